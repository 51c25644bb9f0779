"""The import dialog driven as a shop owner would: files in, previews, import, summary."""

import sqlite3

from exportfiles import write_csv
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.views.import_dialog import ImportDialog


def make_dialog(qtbot, runner, shop_path, files):
    dialog = ImportDialog(shop_path, files, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog._previews) == len(files), timeout=10_000)
    return dialog


def test_detects_previews_and_imports(qtbot, runner, shop_path, tmp_path):
    files = [write_orders(tmp_path / "ExportOrderList1.csv", ORDERS),
             write_lines(tmp_path / "ExportOrderDetailList1.csv", LINES)]
    dialog = make_dialog(qtbot, runner, shop_path, files)
    assert dialog.file_table.item(0, 2).text() == "Ready to import"
    assert "订单报表" in dialog.file_table.cellWidget(0, 1).itemText(0)
    dialog.file_table.selectRow(0)
    assert dialog.preview_table.model.rowCount() == 4
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as finished:
        dialog.import_button.click()
    assert finished.args[0].counts["orders"].added == 4
    assert "In all: " in dialog.summary.toPlainText()
    with sqlite3.connect(shop_path) as conn:
        assert conn.execute("SELECT count(*) FROM order_lines").fetchone()[0] == 4


def test_a_bad_file_shows_its_message_and_blocks_the_import(qtbot, runner, shop_path,
                                                            tmp_path):
    rows = [list(r) for r in ORDERS]
    rows[2][0] = "1.00000E+17"
    files = [write_orders(tmp_path / "good.csv", ORDERS),
             write_orders(tmp_path / "excel.csv", rows)]
    dialog = make_dialog(qtbot, runner, shop_path, files)
    dialog.file_table.selectRow(1)
    assert "lost digits" in dialog.file_table.item(1, 2).text()
    assert "row 4, column '订单编号'" in dialog.preview_error.text()
    assert not dialog.import_button.isEnabled()
    assert not shop_path.exists()


def test_generic_mapping_in_the_dialog(qtbot, runner, shop_path, tmp_path):
    path = write_csv(tmp_path / "plugin.csv", ["No", "Qty", "When", "Price"],
                     [["W1", "3", "2026-03-05 10:00:00", "9.90"]])
    dialog = make_dialog(qtbot, runner, shop_path, [path])
    assert "does not recognise" in dialog.file_table.item(0, 2).text()
    combo = dialog.file_table.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("generic"))
    dialog.file_table.selectRow(0)
    assert dialog.mapping.isVisibleTo(dialog)
    for field, header in {"order_id": "No", "qty": "Qty", "paid_at": "When",
                          "unit_price": "Price"}.items():
        box = dialog.mapping.field_combos[field]
        box.setCurrentIndex(box.findData(header))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        dialog.import_button.click()
    with sqlite3.connect(shop_path) as conn:
        assert conn.execute("SELECT paid_cents FROM orders").fetchall() == [(2970,)]


def test_hostile_files_show_their_reason_and_the_window_lives(qtbot, runner, shop_path,
                                                              tmp_path):
    from hostile_files import CASES

    wanted = {"far_cell_xfd": "16,384 columns", "html_as_xls": "web page", "folder": "is a folder",
              "bad_cell_of_1mb": "characters)", "short_row_mid_file": "row 3"}
    cases = [c for c in CASES if c.name in wanted]
    files = [case.make(tmp_path) for case in cases]
    dialog = make_dialog(qtbot, runner, shop_path, files)
    for row, case in enumerate(cases):
        status = dialog.file_table.item(row, 2).text()
        assert wanted[case.name] in status
        assert len(status) < 700, case.name  # the 1 MB cell is not echoed whole
        dialog.file_table.selectRow(row)
        assert dialog.preview_error.text() == status
    assert not dialog.import_button.isEnabled()
    assert not shop_path.exists()
