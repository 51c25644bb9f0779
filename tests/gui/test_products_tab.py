"""The Products tab driven as the owner uses it: the table shows what `opsdesk products`
computes, costs are edited in place or for many rows, a cost sheet is imported, every
edit is undone and redone (in the shop file too), SKUs are added into products, and the
alerts filter the table. Shops: tests/product_shop.py (the detail shop) and
tests/variant_shop.py (a product in two variants; figures in test_product_rollup.py)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from exportfiles import write_csv
from product_shop import detail_shop
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from variant_shop import PERIOD, variant_shop

from opsdesk_gui.cli import main
from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.views.table import SORT_ROLE
from opsdesk_gui.views.tabs.products import ProductsTab

DETAIL_PERIOD = Period(date(2026, 3, 1), date(2026, 3, 5))


@pytest.fixture
def tab(qtbot, runner):
    tab = ProductsTab(runner)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def load(qtbot, tab, shop, period):
    with qtbot.waitSignal(tab.loaded, timeout=15_000):
        tab.refresh(shop, PeriodSelection(period))


def idle(qtbot, tab):
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)


def column(tab, key) -> int:
    return next(i for i, c in enumerate(tab.table.model.columns) if c.key == key)


def cells(tab, key, role=SORT_ROLE) -> list:
    model = tab.table.model
    return [model.index(r, column(tab, key)).data(role) for r in range(model.rowCount())]


def row_of(tab, sku) -> int:
    return cells(tab, "sku").index(sku)


def stored(shop, sku, field="cost_cents"):
    with sqlite3.connect(shop) as conn:
        return conn.execute(f"SELECT {field} FROM products WHERE sku = ?", (sku,)).fetchone()[0]


def edit_cell(qtbot, tab, sku, key, text):
    view = tab.table.table
    index = tab.table.model.index(row_of(tab, sku), column(tab, key))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_the_table_shows_what_opsdesk_products_computes(qtbot, tab, shop_path, capsys):
    shop = detail_shop(shop_path)
    load(qtbot, tab, shop, DETAIL_PERIOD)
    assert main(["products", "--shop", str(shop), "--from", "2026-03-01", "--to",
                 "2026-03-05", "--json"]) == 0
    expected = json.loads(capsys.readouterr().out)["products"]
    assert cells(tab, "sku") == [p["sku"] for p in expected]
    assert cells(tab, "units") == [p["units"] for p in expected]
    model = tab.table.model
    shown = [model.index(r, column(tab, "sales_cents")).data() for r in range(model.rowCount())]
    assert shown == [p["sales"] for p in expected]  # money as the CLI writes it
    for key, name in (("gross_margin", "gross_margin"), ("days_of_cover", "days_of_cover"),
                      ("sell_through", "sell_through"), ("refund_rate", "refund_rate")):
        assert cells(tab, key) == pytest.approx(
            [p[name] if p[name] is not None else None for p in expected], abs=1e-6)
    assert cells(tab, "abc") == [p["abc"] for p in expected]
    # P1 (cost 20.00) in Mar 1-5: o1 2 for 100.00, o2 1 for 45.00, o3 2 for 99.99 (its
    # qty -1 line is no sale and states no refund), o4 1 for 33.33 + 1 for 40.00: 7 units,
    # 318.32, no refund; margin (318.32 - 7 x 20.00) / 318.32
    p1 = row_of(tab, "P1")
    assert (cells(tab, "units")[p1], cells(tab, "net_sales_cents")[p1]) == (7, 31832)
    assert cells(tab, "gross_margin")[p1] == pytest.approx((31832 - 14000) / 31832)
    assert cells(tab, "lifecycle_name")[p1] == "New (新品)"
    header = model.headerData(column(tab, "days_of_cover"), Qt.Orientation.Horizontal,
                              Qt.ItemDataRole.ToolTipRole)
    assert "average daily units sold over the 30 days up to it" in header


def test_edit_a_cost_in_place_then_undo_and_redo(qtbot, tab, shop_path):
    shop = detail_shop(shop_path)
    load(qtbot, tab, shop, DETAIL_PERIOD)
    before = cells(tab, "gross_margin")[row_of(tab, "P1")]
    edit_cell(qtbot, tab, "P1", "cost_cents", "¥30")
    qtbot.waitUntil(lambda: stored(shop, "P1") == 3000, timeout=15_000)
    idle(qtbot, tab)
    # margin at cost 30.00: (318.32 - 7 x 30.00) / 318.32
    assert cells(tab, "gross_margin")[row_of(tab, "P1")] == pytest.approx(10832 / 31832)
    assert tab.undo_action.isEnabled() and "P1" in tab.undo_action.text()

    # (Ctrl+Z / Ctrl+Y are the window's Edit menu's: tests/gui/test_edit_undo.py)
    tab.undo_action.trigger()
    qtbot.waitUntil(lambda: stored(shop, "P1") == 2000, timeout=15_000)
    idle(qtbot, tab)
    assert cells(tab, "gross_margin")[row_of(tab, "P1")] == pytest.approx(before)
    tab.redo_action.trigger()
    qtbot.waitUntil(lambda: stored(shop, "P1") == 3000, timeout=15_000)
    idle(qtbot, tab)
    assert cells(tab, "cost_cents")[row_of(tab, "P1")] == 3000


@pytest.mark.parametrize(("key", "text"), [("cost_cents", "-5"), ("cost_cents", "abc"),
                                           ("lead_time_days", "0"), ("safety_stock", "1.5")])
def test_an_invalid_value_is_refused_with_a_message(qtbot, tab, shop_path, key, text):
    shop = detail_shop(shop_path)
    load(qtbot, tab, shop, DETAIL_PERIOD)
    with qtbot.waitSignal(tab.products.message_shown, timeout=5_000) as signal:
        edit_cell(qtbot, tab, "P1", key, text)
    assert "is refused" in signal.args[0] and tab.products.message.isVisible()
    idle(qtbot, tab)
    assert stored(shop, "P1", key) == {"cost_cents": 2000}.get(key)
    assert not tab.undo_action.isEnabled()


def test_set_a_field_of_the_selected_rows(qtbot, tab, shop_path):
    shop = detail_shop(shop_path)
    load(qtbot, tab, shop, DETAIL_PERIOD)
    tab.table.table.selectAll()

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        dialog.field.setCurrentIndex(dialog.field.findData("lead_time_days"))
        dialog.value.setText("0")
        dialog.accept()  # refused: stays open with the reason
        assert dialog.isVisible() and "at least 1 day" in dialog.message.text()
        dialog.value.setText("12")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    tab.products.set_button.click()
    qtbot.waitUntil(lambda: stored(shop, "Q1", "lead_time_days") == 12, timeout=15_000)
    assert stored(shop, "P1", "lead_time_days") == 12
    idle(qtbot, tab)
    assert cells(tab, "lead_time_days") == [12, 12]
    tab.undo_action.trigger()
    qtbot.waitUntil(lambda: stored(shop, "P1", "lead_time_days") is None, timeout=15_000)
    assert stored(shop, "Q1", "lead_time_days") is None


def test_import_a_cost_sheet(qtbot, tab, shop_path, tmp_path):
    shop = detail_shop(shop_path)
    load(qtbot, tab, shop, DETAIL_PERIOD)
    sheet = write_csv(tmp_path / "成本.csv", ["商家编码", "成本价"],
                      [["P1", "￥25.50"], ["Q1", "5"], ["NOPE", "1"]], encoding="gbk")
    tab.products.import_cost_sheet(sheet)
    qtbot.waitUntil(lambda: stored(shop, "P1") == 2550, timeout=15_000)
    assert stored(shop, "Q1") == 500
    assert "1 codes not found" in tab.products.message.text()
    idle(qtbot, tab)
    tab.undo_action.trigger()  # one edit: both costs come back
    qtbot.waitUntil(lambda: stored(shop, "P1") == 2000, timeout=15_000)
    assert stored(shop, "Q1") == 400


def test_by_product_adds_the_variants(qtbot, tab, shop_path):
    shop = variant_shop(shop_path)
    load(qtbot, tab, shop, PERIOD)
    assert sorted(cells(tab, "sku")) == ["S-ONE", "V-BLUE", "V-RED", "W1", "W2"]
    # each variant shows its product's visitors (150: Mar 1 + Mar 2)
    assert cells(tab, "visitors")[row_of(tab, "V-RED")] == 150
    assert tab.products.alerts.summary.products == 5
    tab.products.by_product_button.click()
    assert cells(tab, "sku") == ["V-BLUE", "S-ONE", "W1"]
    assert tab.products.alerts.summary.products == 3  # the alerts count the rows shown
    detail = tab.products.detail
    with qtbot.waitSignal(detail.loaded, timeout=15_000):  # a product row: both variants
        tab.table.table.setCurrentIndex(tab.table.model.index(0, column(tab, "title")))
    assert sorted(detail.detail.skus) == ["V-BLUE", "V-RED"]
    assert detail.detail.units == 5
    assert tab.products.note.text().startswith("3 products")
    assert cells(tab, "units") == [5, 1, 2]
    assert cells(tab, "cost_cents")[0] == 2400  # 120.00 of goods for 5 units
    assert cells(tab, "visitors")[0] == 150
    assert not tab.table.table.isColumnHidden(column(tab, "sku_count"))
    # a cost set on the product row goes to both its variants
    edit_cell(qtbot, tab, "V-BLUE", "cost_cents", "10")
    qtbot.waitUntil(lambda: stored(shop, "V-RED") == 1000, timeout=15_000)
    assert stored(shop, "V-BLUE") == 1000
    idle(qtbot, tab)
    # its safety stock is the variants' sum: not set there, each variant would get it all
    index = tab.table.model.index(0, column(tab, "safety_stock"))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    tab.products.set_field(tab.products.selected_rows(), "safety_stock", 30)
    assert "per SKU" in tab.products.message.text()
    tab.products.by_sku_button.click()
    assert len(cells(tab, "sku")) == 5
    index = tab.table.model.index(row_of(tab, "V-RED"), column(tab, "safety_stock"))
    assert index.flags() & Qt.ItemFlag.ItemIsEditable


def test_the_undo_history_is_forgotten_when_the_shop_changes_under_it(qtbot, tab, shop_path):
    shop = detail_shop(shop_path)
    load(qtbot, tab, shop, DETAIL_PERIOD)
    edit_cell(qtbot, tab, "P1", "cost_cents", "30")
    qtbot.waitUntil(lambda: stored(shop, "P1") == 3000, timeout=15_000)
    idle(qtbot, tab)
    assert tab.undo_action.isEnabled()
    tab.forget_edits()  # what the window does after an import, an undo or a restore
    assert not tab.undo_action.isEnabled()


def test_an_alert_filters_the_table(qtbot, tab, shop_path):
    shop = variant_shop(shop_path)
    load(qtbot, tab, shop, PERIOD)
    frame = tab.products.frame
    slow = sorted(frame.loc[frame["slow_mover"], "sku"])
    tab.products.alerts.alert_chosen.emit("below_margin_floor")
    low_margin = sorted(tab.products.frame["sku"])
    assert low_margin == sorted(frame.loc[frame["below_margin_floor"], "sku"])
    assert sorted(cells(tab, "sku")) == low_margin
    tab.products.alerts.alert_chosen.emit("slow_mover")
    assert sorted(cells(tab, "sku")) == slow
    tab.products.alerts.alert_chosen.emit("")
    assert len(cells(tab, "sku")) == 5


def test_a_read_only_shop_cannot_be_edited(qtbot, tab, shop_path):
    shop = detail_shop(shop_path)
    load(qtbot, tab, shop, DETAIL_PERIOD)
    tab.set_writable(False)
    index = tab.table.model.index(0, column(tab, "cost_cents"))
    assert not tab.table.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not tab.products.set_button.isEnabled()
    assert not tab.products.cost_sheet_button.isEnabled()
    tab.set_writable(True)
    assert tab.table.model.flags(index) & Qt.ItemFlag.ItemIsEditable
