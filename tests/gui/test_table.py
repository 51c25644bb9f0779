"""The table every tab uses: model, sorting, filtering, masking, copy, export, header state.

Expected values are worked out by hand from FRAME below (made-up buyers only).
"""

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from python_calamine import CalamineWorkbook

from opsdesk_gui.views.table import SORT_ROLE, Column, FrameTableModel, TableView

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
DISPLAY = Qt.ItemDataRole.DisplayRole
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

COLUMNS = [
    Column("order_id", "订单编号", "id"),
    Column("buyer_name", "买家", personal="name"),
    Column("phone", "手机", personal="phone"),
    Column("title", "宝贝标题"),
    Column("paid_cents", "实付金额", "money", tooltip="买家实际支付的金额，含邮费"),
    Column("conversion", "转化率", "rate", tooltip="下单买家数 / 访客数"),
    Column("quantity", "数量", "int"),
    Column("paid_at", "付款时间", "datetime"),
]
ID, NAME, PHONE, TITLE, MONEY, RATE, QTY, PAID_AT = range(8)

FRAME = pd.DataFrame({
    "order_id": ["202603011234567890", "202603011234567891", None,
                 "202603011234567893", "202603011234567894"],
    "buyer_name": ["张小三", "测试买家1", "测试买家2", None, "李四"],
    "phone": ["13812341234", "13800000001", None, "13800000003", "13800000004"],
    "title": ["夏季T恤 Blue", "=1+1", "blue 帽子", None, "袜子 red"],
    "paid_cents": pd.array([123456, None, 500, 123456, -2000], dtype="Int64"),
    "conversion": [0.0321, 0.5, np.nan, 0.0321, 0.0],
    "quantity": pd.array([1200, 2, None, 7, 0], dtype="Int64"),
    "paid_at": ["2026-03-01 10:00:00", "2026-03-01 11:00:00", None,
                "2026-03-02 09:00:00", "2026-03-03 08:00:00"],
})


def make_model(frame=FRAME, columns=COLUMNS):
    model = FrameTableModel(columns, frame)
    model.set_locale(US)
    return model


def shown(model, column):
    return [model.data(model.index(r, column), DISPLAY) for r in range(model.rowCount())]


@pytest.fixture
def view(qtbot):
    widget = TableView(COLUMNS, FRAME)
    widget.model.set_locale(US)
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    return widget


def select(view, top, left, bottom, right):
    model = view.model
    selection = QItemSelection(model.index(top, left), model.index(bottom, right))
    view.table.selectionModel().select(selection,
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)


# ---- the model -----------------------------------------------------------------------
def test_qtmodeltester_python_checks(qtmodeltester):
    model = make_model()
    qtmodeltester.check(model, force_py=True)  # re-checks on every signal below
    model.sort(MONEY, DESC)
    model.set_filter_text("blue")
    model.set_unmasked(True)
    model.set_filter_text("")
    model.sort(-1, ASC)
    model.set_frame(FRAME.iloc[:2])
    model.set_frame(None)
    assert model.rowCount() == 0


@pytest.mark.qt_log_level_fail("WARNING")
def test_qtmodeltester_qt_checks(qtmodeltester):
    model = make_model()
    qtmodeltester.check(model)  # Qt's own tester reports problems as warnings
    model.sort(TITLE, ASC)
    model.set_filter_text("1")
    model.set_unmasked(True)
    model.set_frame(FRAME)
    assert model.rowCount() == 4  # "1" is in four order numbers and in '=1+1'


def test_cells_are_formatted_by_kind_with_the_locale():
    model = make_model()
    assert [model.data(model.index(0, c), DISPLAY) for c in range(8)] == [
        "202603011234567890", "张*三", "138****1234", "夏季T恤 Blue", "1,234.56", "3.21%",
        "1,200", "2026-03-01 10:00:00"]
    assert [model.data(model.index(2, c), DISPLAY) for c in range(8)] == [
        "-", "测***2", "-", "blue 帽子", "5.00", "-", "-", "-"]
    assert model.data(model.index(4, MONEY), DISPLAY) == "-20.00"
    assert model.data(model.index(4, RATE), DISPLAY) == "0.00%"
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    model.set_locale(german)
    assert model.data(model.index(0, MONEY), DISPLAY) == "1.234,56"
    assert model.data(model.index(0, RATE), DISPLAY) == "3,21%"


def test_sort_role_gives_raw_values_and_alignment_follows_the_kind():
    model = make_model()
    raw = [model.data(model.index(0, c), SORT_ROLE) for c in range(8)]
    assert raw == ["202603011234567890", "张*三", "138****1234", "夏季T恤 Blue", 123456, 0.0321,
                   1200, "2026-03-01 10:00:00"]
    assert type(raw[MONEY]) is int
    assert model.data(model.index(1, MONEY), SORT_ROLE) is None
    align = Qt.ItemDataRole.TextAlignmentRole
    assert model.data(model.index(0, MONEY), align) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, TITLE), align) & Qt.AlignmentFlag.AlignLeft


def test_header_gives_title_and_the_metric_definition_as_tooltip():
    model = make_model()
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(MONEY, horizontal, DISPLAY) == "实付金额"
    assert model.headerData(MONEY, horizontal, Qt.ItemDataRole.ToolTipRole) == \
        "买家实际支付的金额，含邮费"
    assert model.headerData(TITLE, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(8, horizontal, DISPLAY) is None


def test_column_definitions_are_checked():
    with pytest.raises(ValueError):
        Column("x", "X", kind="currency")
    with pytest.raises(ValueError):
        Column("x", "X", personal="passport")
    with pytest.raises(ValueError):
        Column("x", "X", kind="money", personal="name")


def test_a_column_missing_from_the_frame_shows_as_missing():
    model = make_model(FRAME.drop(columns=["phone", "quantity"]))
    assert shown(model, PHONE) == ["-"] * 5
    assert shown(model, QTY) == ["-"] * 5


# ---- sorting -------------------------------------------------------------------------
@pytest.mark.parametrize(("column", "order", "rows"), [
    (MONEY, ASC, [4, 2, 0, 3, 1]),   # -20 < 5 < 1234.56 = 1234.56 (frame order kept), missing
    (MONEY, DESC, [0, 3, 2, 4, 1]),
    (RATE, ASC, [4, 0, 3, 1, 2]),    # 0 < 3.21% = 3.21% < 50%, missing
    (RATE, DESC, [1, 0, 3, 4, 2]),
    (TITLE, ASC, [1, 2, 0, 4, 3]),   # '=' < 'b' < 夏 (U+590F) < 袜 (U+889C), missing
    (TITLE, DESC, [4, 0, 2, 1, 3]),
    (QTY, DESC, [0, 3, 1, 4, 2]),
])
def test_sorting_puts_missing_values_last_in_both_orders(column, order, rows):
    model = make_model()
    model.sort(column, order)
    assert model.row_order().tolist() == rows


def test_text_sorts_without_regard_to_case_and_keeps_ties_in_frame_order():
    columns = [Column("name", "Name")]
    model = make_model(pd.DataFrame({"name": ["b", "A", None, "a", "C"]}), columns)
    model.sort(0, ASC)
    assert shown(model, 0) == ["A", "a", "b", "C", "-"]
    model.sort(0, DESC)
    assert shown(model, 0) == ["C", "b", "A", "a", "-"]
    model.sort(-1, ASC)
    assert shown(model, 0) == ["b", "A", "-", "a", "C"]


def test_masked_personal_column_sorts_by_what_is_shown():
    model = make_model()
    model.sort(NAME, ASC)  # 张*三 (U+5F20) < 李* (U+674E) < 测***1 = 测***2 (U+6D4B), missing
    assert shown(model, NAME) == ["张*三", "李*", "测***1", "测***2", "-"]


def test_persistent_indexes_follow_their_rows_through_a_sort():
    model = make_model()
    kept = QPersistentModelIndex(model.index(1, TITLE))  # frame row 1, '=1+1'
    model.sort(MONEY, ASC)  # frame row 1 has no money: it goes last
    assert (kept.row(), kept.column()) == (4, TITLE)
    assert model.data(model.index(kept.row(), TITLE), DISPLAY) == "=1+1"


# ---- filtering -----------------------------------------------------------------------
def test_filter_narrows_and_clears():
    model = make_model()
    assert model.set_filter_text("BLUE")
    assert model.row_order().tolist() == [0, 2]
    model.set_filter_text("blue 帽")  # every word must be there
    assert model.row_order().tolist() == [2]
    model.set_filter_text("blue")  # wider again
    assert model.row_order().tolist() == [0, 2]
    assert not model.set_filter_text("  Blue ")  # the same words: nothing to do
    model.set_filter_text("")
    assert model.row_order().tolist() == [0, 1, 2, 3, 4]
    assert model.total_rows == 5


def test_filter_searches_text_columns_only_and_keeps_the_sort():
    model = make_model()
    model.set_filter_text("1,234.56")  # shown in 实付金额, a number: not searched
    assert model.rowCount() == 0
    model.set_filter_text("2026-03-0")
    model.sort(MONEY, DESC)
    assert model.row_order().tolist() == [0, 3, 4, 1]
    model.set_filter_text("blue")
    assert model.row_order().tolist() == [0, 2]
    model.sort(MONEY, ASC)
    assert model.row_order().tolist() == [2, 0]


def test_filter_typed_letter_by_letter_matches_a_fresh_filter():
    model = make_model()
    for text in ("r", "re", "red", "red "):
        model.set_filter_text(text)
    assert model.row_order().tolist() == [4]
    for text in ("b", "bl", "blu"):
        model.set_filter_text(text)
    assert model.row_order().tolist() == [0, 2]


def test_filter_finds_personal_data_only_as_shown(qtbot):
    model = make_model()
    model.set_filter_text("张小三")
    assert model.rowCount() == 0  # masked: the filter must not reveal who is who
    model.set_filter_text("张*三")
    assert model.row_order().tolist() == [0]
    model.set_filter_text("13812341234")
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.modelReset, timeout=100):  # the rows change: views must know
        model.set_unmasked(True)
    assert model.row_order().tolist() == [0]
    model.set_filter_text("张小三")
    assert model.row_order().tolist() == [0]


def test_hidden_columns_are_not_searched():
    model = make_model()
    model.set_filter_text("blue")
    model.set_search_columns([ID, NAME, PHONE, PAID_AT])
    assert model.rowCount() == 0
    model.set_search_columns([TITLE])
    assert model.row_order().tolist() == [0, 2]


def test_many_rows_of_few_distinct_values_keep_their_missing_values():
    titles = ["帽子", None, "T恤", "袜子"] * 5000  # > 10,000 rows: values shared per title
    model = make_model(pd.DataFrame({"title": titles}), [Column("title", "宝贝标题")])
    assert shown(model, 0)[:4] == ["帽子", "-", "T恤", "袜子"]
    model.sort(0, DESC)  # 袜 (U+889C) > 帽 (U+5E3D) > T, missing last
    order = model.row_order()
    assert [titles[r] for r in order[[0, 4999, 5000, 9999, 10000, 14999, 15000, 19999]]] == [
        "袜子", "袜子", "帽子", "帽子", "T恤", "T恤", None, None]
    assert order[:3].tolist() == [3, 7, 11]  # ties in frame order


def test_filter_and_sort_a_million_rows():
    n = 1_000_000
    rng = np.random.default_rng(7)
    i = np.arange(n)
    cents = rng.integers(-5_000, 10_000_000, n).astype("float64")
    cents[::10] = np.nan
    frame = pd.DataFrame({
        "order_id": pd.Series(i + 10**17).astype("str"),
        "title": pd.Series(pd.Categorical.from_codes(
            i % 1000, [f"商品{k:04d} 款式" for k in range(1000)])).astype("str"),
        "paid_cents": pd.array(cents, dtype="Int64"),
    })
    columns = [Column("order_id", "订单编号", "id"), Column("title", "宝贝标题"),
               Column("paid_cents", "实付金额", "money")]
    model = make_model(frame, columns)
    assert model.rowCount() == n
    model.sort(2, DESC)
    order = model.row_order()
    values = cents[order]
    present = n - n // 10
    assert np.isnan(values[present:]).all()
    assert (np.diff(values[:present]) <= 0).all()
    assert values[0] == np.nanmax(cents)
    model.set_filter_text("商品0007")
    rows = model.row_order()
    assert len(rows) == 1000
    assert (rows % 1000 == 7).all()
    kept = cents[rows]
    kept = kept[~np.isnan(kept)]
    assert (np.diff(kept) <= 0).all()  # still sorted
    assert np.isnan(cents[rows][len(kept):]).all()
    model.set_filter_text("商品0007 100000000000000007")  # order number ends in ...0007
    assert model.row_order().tolist() == [7]
    model.set_filter_text("")
    assert model.rowCount() == n


# ---- the view ------------------------------------------------------------------------
def test_filter_line_waits_for_the_operator_to_stop_typing(qtbot, view):
    seen = []
    view.filter_changed.connect(seen.append)
    assert view.filter_edit.placeholderText()
    with qtbot.waitSignal(view.filter_changed, timeout=2000):
        qtbot.keyClicks(view.filter_edit, "blue")
    qtbot.wait(250)
    assert seen == ["blue"]
    assert view.model.row_order().tolist() == [0, 2]
    assert view.count_label.text() == "2 of 5 row(s)"


def test_copy_puts_the_selection_on_the_clipboard_as_tsv(qtbot, view):
    with qtbot.waitActive(view):  # shortcuts only reach an active window
        view.show()
        view.activateWindow()
    view.table.sortByColumn(MONEY, DESC)  # frame rows 0, 3, 2, 4, 1
    select(view, 0, NAME, 1, MONEY)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "张*三\t138****1234\t夏季T恤 Blue\t1,234.56\n"
        "\t138****0003\t\t1,234.56")
    view.unmask_button.click()
    assert view.model.unmasked
    assert view.copy_selection().startswith("张小三\t13812341234\t")
    select(view, 4, ID, 4, TITLE)  # frame row 1: a formula-like title
    assert view.copy_selection(headers=True) == (
        "订单编号\t买家\t手机\t宝贝标题\n"
        "202603011234567891\t测试买家1\t13800000001\t'=1+1")


def test_masking_on_screen_is_the_default_and_can_be_switched_off(qtbot, view):
    model = view.model
    assert not view.unmask_button.isChecked()
    assert view.unmask_button.isVisibleTo(view)
    assert shown(model, NAME)[0] == "张*三"
    assert shown(model, PHONE)[0] == "138****1234"
    with qtbot.waitSignal(view.unmasked_changed) as blocker:
        view.set_unmasked(True)
    assert blocker.args == [True]
    assert shown(model, NAME)[0] == "张小三"
    assert shown(model, PHONE)[0] == "13812341234"
    view.set_unmasked(False)
    assert shown(model, NAME)[0] == "张*三"


def test_unmasking_widens_personal_columns_to_their_clear_text(qtbot):
    address = "浙江省 杭州市 西湖区 文三路100号"
    view = TableView([Column("address", "地址", personal="address")],
                     pd.DataFrame({"address": [address]}))
    qtbot.addWidget(view)
    clear_width = view.table.fontMetrics().horizontalAdvance(address)
    header = view.table.horizontalHeader()
    assert header.sectionSize(0) < clear_width  # sized to '浙江省 杭州市 ****'
    view.set_unmasked(True)
    assert header.sectionSize(0) > clear_width


def read_xlsx(path):
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_export_xlsx_writes_the_rows_shown_in_their_order(view, tmp_path):
    view.table.sortByColumn(MONEY, DESC)  # frame rows 0, 3, 2, 4, 1
    path = view.export(tmp_path / "orders.xlsx")
    rows = read_xlsx(path)
    assert rows[0] == [c.title for c in COLUMNS]
    assert [r[ID] for r in rows[1:]] == ["202603011234567890", "202603011234567893", "",
                                         "202603011234567894", "202603011234567891"]
    assert [r[NAME] for r in rows[1:]] == ["张*三", "", "测***2", "李*", "测***1"]
    assert [r[PHONE] for r in rows[1:]] == ["138****1234", "138****0003", "",
                                            "138****0004", "138****0001"]
    assert rows[5][TITLE] == "'=1+1"
    assert [r[MONEY] for r in rows[1:]] == [1234.56, 1234.56, 5.0, -20.0, ""]
    assert [r[RATE] for r in rows[1:]] == [0.0321, 0.0321, "", 0.0, 0.5]
    assert [r[QTY] for r in rows[1:]] == [1200, 7, "", 0, 2]


def test_export_csv_with_a_filter_and_unmasked(view, tmp_path):
    view.model.set_filter_text("2026-03-01")  # frame rows 0 and 1
    view.set_unmasked(True)
    path = view.export(tmp_path / "orders.CSV")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Excel/WPS
    back = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert back.columns.tolist() == [c.title for c in COLUMNS]
    assert back["订单编号"].tolist() == ["202603011234567890", "202603011234567891"]
    assert back["买家"].tolist() == ["张小三", "测试买家1"]
    assert back["手机"].tolist() == ["13812341234", "13800000001"]
    assert back["宝贝标题"].tolist() == ["夏季T恤 Blue", "'=1+1"]
    assert back["实付金额"].tolist() == ["1234.56", ""]
    assert back["数量"].tolist() == ["1200", "2"]
    with pytest.raises(ValueError):
        view.export(tmp_path / "orders.txt")


def test_export_button_asks_for_a_file_and_adds_the_suffix(view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "orders"), "CSV, UTF-8 (*.csv)"))
    written = []
    view.export_finished.connect(written.append)
    view.export_button.click()
    assert written == [str(tmp_path / "orders.csv")]
    assert len(pd.read_csv(written[0], dtype=str)) == 5


def test_export_failure_is_shown_not_raised(view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "no such folder" / "orders.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    shown_messages = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown_messages.append(text))
    view.export_button.click()
    assert len(shown_messages) == 1 and str(target) in shown_messages[0]
    assert QGuiApplication.overrideCursor() is None


def test_export_after_a_language_change_uses_the_new_titles(view, tmp_path):
    english = [Column(c.key, f"T{i}", c.kind, c.tooltip, c.personal)
               for i, c in enumerate(COLUMNS)]
    view.model.retitle(english)
    assert view.model.headerData(MONEY, Qt.Orientation.Horizontal, DISPLAY) == "T4"
    back = pd.read_csv(view.export(tmp_path / "orders.csv"), dtype=str)
    assert back.columns.tolist() == [f"T{i}" for i in range(8)]


def test_column_chooser_hides_a_column_and_export_leaves_it_out(view, tmp_path):
    menu = view.column_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == [c.title for c in COLUMNS]
    assert all(a.isChecked() for a in actions.values())
    actions["手机"].trigger()
    assert view.table.isColumnHidden(PHONE)
    assert PHONE not in view.visible_columns()
    rows = read_xlsx(view.export(tmp_path / "no_phone.xlsx"))
    assert rows[0] == ["订单编号", "买家", "宝贝标题", "实付金额", "转化率", "数量", "付款时间"]
    assert rows[1][:2] == ["202603011234567890", "张*三"]
    view.model.set_filter_text("0003")  # only in the hidden (masked) phone of frame row 3
    assert view.model.rowCount() == 0
    view.column_menu().actions()[PHONE].trigger()  # show it again
    assert view.model.row_order().tolist() == [3]


def test_the_last_visible_column_cannot_be_hidden(view):
    for column in range(1, 8):
        view.set_column_visible(column, False)
    assert view.visible_columns() == [ID]
    assert not view.column_menu().actions()[ID].isEnabled()
    view.set_column_visible(ID, False)
    assert view.visible_columns() == [ID]


def test_header_state_round_trip(qtbot, view):
    header = view.table.horizontalHeader()
    header.moveSection(header.visualIndex(TITLE), 0)
    view.set_column_visible(PHONE, False)
    header.resizeSection(MONEY, 133)
    view.table.sortByColumn(MONEY, DESC)
    state = view.header_state()
    assert isinstance(state, bytes) and state

    other = TableView(COLUMNS, FRAME)
    qtbot.addWidget(other)
    assert other.restore_header_state(state)
    restored = other.table.horizontalHeader()
    assert other.visible_columns() == [TITLE, ID, NAME, MONEY, RATE, QTY, PAID_AT]
    assert restored.sectionSize(MONEY) == 133
    assert (restored.sortIndicatorSection(), restored.sortIndicatorOrder()) == (MONEY, DESC)
    assert other.model.row_order().tolist() == [0, 3, 2, 4, 1]
    other.model.set_filter_text("0003")  # the phone column is hidden: not searched
    assert other.model.rowCount() == 0
    assert not other.restore_header_state(b"")
    assert not other.restore_header_state(b"not a header state")


def test_header_state_of_an_older_column_set_still_restores(qtbot, view):
    view.set_column_visible(PHONE, False)
    state = view.header_state()
    more = TableView([*COLUMNS, Column("note", "备注")], FRAME)  # a column added since
    qtbot.addWidget(more)
    assert more.restore_header_state(state)
    assert more.visible_columns() == [ID, NAME, TITLE, MONEY, RATE, QTY, PAID_AT, 8]


def test_header_state_of_other_columns_is_not_applied(qtbot, view):
    view.set_column_visible(PHONE, False)
    state = view.header_state()
    reordered = TableView([COLUMNS[1], COLUMNS[0], *COLUMNS[2:]], FRAME)  # a new table
    qtbot.addWidget(reordered)
    assert not reordered.restore_header_state(state)
    assert len(reordered.visible_columns()) == len(COLUMNS)  # nothing hidden
    qt_only = bytes(view.table.horizontalHeader().saveState().data())  # an older version's
    assert not reordered.restore_header_state(qt_only)


def test_columns_are_sized_from_the_first_rows_only(qtbot):
    titles = ["短"] * 300
    titles[250] = "很长的标题" * 30
    view = TableView([Column("title", "宝贝标题")], pd.DataFrame({"title": titles}))
    qtbot.addWidget(view)
    width = view.table.horizontalHeader().sectionSize(0)
    assert width < view.table.fontMetrics().horizontalAdvance(titles[250])
    assert width >= view.table.fontMetrics().horizontalAdvance("宝贝标题")


def test_unmask_button_is_hidden_when_nothing_is_personal(qtbot):
    view = TableView([Column("title", "宝贝标题")], None)
    qtbot.addWidget(view)
    assert not view.unmask_button.isVisibleTo(view)
    assert view.model.rowCount() == 0
    assert view.selection_tsv() == ""
