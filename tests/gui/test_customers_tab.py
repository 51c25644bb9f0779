"""The Customers tab driven with real widgets: the pages show the figures of the
hand-worked shop (tests/customer_shop.py), follow the settings strip, and say why a
lifetime-value fit is refused instead of showing numbers."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from PySide6.QtCore import QSettings, Qt

from opsdesk_gui.cli import main
from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.settings import Settings
from opsdesk_gui.views.customers.names import segment_name
from opsdesk_gui.views.table.model import SORT_ROLE
from opsdesk_gui.views.tabs.customers import CustomersTab
from tests.customer_shop import build_customer_shop

JUNE = PeriodSelection(Period(date(2024, 6, 1), date(2024, 6, 30)))


@pytest.fixture
def shop(tmp_path):
    return build_customer_shop(tmp_path / "shop.db")


def column(view, key):
    model = view.model
    index = [c.key for c in model.columns].index(key)
    return [model.data(model.index(row, index), SORT_ROLE) for row in range(model.rowCount())]


def show_page(qtbot, tab, page, shop=None):
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        if shop is not None:
            tab.refresh(shop, JUNE)
        else:
            tab.page_bar.setCurrentWidget(page)


def test_buyers_page_shows_the_hand_computed_rfm(qtbot, runner, shop):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    table = tab.buyers.table
    # as of the last order day, 2024-06-30; the most paid first (t3 500.00, t1 300.00 ...)
    assert tab.controls.as_of_edit.date().toString("yyyy-MM-dd") == "2024-06-30"
    assert column(table, "buyer_text")[:2] == ["t3", "t1"]
    assert column(table, "monetary_cents")[:2] == [50000, 30000]
    rows = dict(zip(column(table, "buyer_text"), column(table, "segment_name"), strict=True))
    assert rows["t1"] == "Important value (重要价值客户)" and rows["t4"] == "Lost"
    assert "#D1" in rows  # a 抖店 order without a buyer ID is a buyer of its own
    assert "Approximate" in tab.buyers.note.text()
    approximate = dict(zip(column(table, "buyer_text"), column(table, "approximate_text"),
                           strict=True))
    assert (approximate["#D1"], approximate["t1"]) == ("Yes", "")
    # D1 and D2 were stored without a receiver (as before OpsDesk kept it): said on screen
    assert ("2 orders of 抖店, 拼多多 or 快手 were imported before OpsDesk kept the receiver"
            in tab.buyers.note.text())
    # names are masked until the owner unmasks them
    row = column(table, "buyer_text").index("t1")
    name = [c.key for c in table.model.columns].index("name")
    assert table.model.data(table.model.index(row, name), Qt.ItemDataRole.DisplayRole) == "测*一"


def test_rfm_page_follows_the_settings(qtbot, runner, shop):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    show_page(qtbot, tab, tab.rfm, None)
    segments = dict(zip(column(tab.rfm.table, "segment_name"), column(tab.rfm.table, "buyers"),
                        strict=True))
    assert segments["Important value (重要价值客户)"] == 2 and segments["Lost"] == 3
    assert tab.rfm.cutoff_grid.item(0, 0).text() == "2"  # R quintile cut-offs 2, 10, 19, 20
    # R5 F5 holds t2 (250.00): the heat map's top-right cell
    assert tab.rfm.heat.item(0, 4).text().startswith("1\n250.00")
    # most of the seven buyers ordered once: F's quintile cut-offs are 1, 1, 1, 1; the page
    # says so and what to do; with the fixed cut-offs chosen the remark goes
    assert [tab.rfm.cutoff_grid.item(1, c).text() for c in range(4)] == ["1"] * 4
    assert "F's quintiles tie" in tab.rfm.note.text()
    with qtbot.waitSignal(tab.rfm.loaded, timeout=20_000):
        tab.controls.f_combo.setCurrentIndex(1)
    assert [tab.rfm.cutoff_grid.item(1, c).text() for c in range(4)] != ["1"] * 4
    assert "F's quintiles tie" not in tab.rfm.note.text()
    with qtbot.waitSignal(tab.rfm.loaded, timeout=20_000):
        tab.controls.f_combo.setCurrentIndex(0)
    with qtbot.waitSignal(tab.rfm.loaded, timeout=20_000):
        tab.controls.vocabulary_combo.setCurrentIndex(1)  # the R x FM grid
    segments = dict(zip(column(tab.rfm.table, "segment_name"), column(tab.rfm.table, "buyers"),
                        strict=True))
    assert segments["Dormant"] == 2 and segments["Champions"] == 1
    # an edited cut-off is used: M above 0.00 ... every buyer's M is then 5
    with qtbot.waitSignal(tab.rfm.loaded, timeout=20_000):
        for col in range(4):
            tab.rfm.cutoff_grid.item(2, col).setText("0.01")
    assert tab.controls.cutoffs.m == (1, 1, 1, 1)


def test_cohorts_page_leaves_months_not_over_blank(qtbot, runner, shop):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    with qtbot.waitSignal(tab.buyers.loaded, timeout=20_000):
        tab.controls.as_of_edit.setDate(date(2024, 6, 29))  # June is not over
    show_page(qtbot, tab, tab.cohorts, None)
    heat = tab.cohorts.heat
    rows = [heat.verticalHeaderItem(i).text() for i in range(heat.rowCount())]
    april = rows.index("2024-04")
    # columns: buyers, 30-day, 90-day, +0, +1, +2
    assert [heat.item(april, c).text() for c in range(3, 6)] == ["100.0%", "100.0%", ""]
    with qtbot.waitSignal(tab.cohorts.loaded, timeout=20_000):
        tab.cohorts.group_combo.setCurrentIndex(1)  # by platform
    rows = [heat.verticalHeaderItem(i).text() for i in range(heat.rowCount())]
    assert rows == ["Douyin shop *", "Taobao/Tmall"]


def test_a_fit_that_cannot_be_made_shows_why_and_no_numbers(qtbot, runner, shop):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    tab.page_bar.setCurrentWidget(tab.clv)
    qtbot.waitUntil(lambda: "no figures are shown" in tab.clv.note.text(), timeout=60_000)
    assert tab.clv.table.model.rowCount() == 0 and tab.clv.params.text() == ""


def test_tiers_are_edited_saved_and_undone(qtbot, runner, shop):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    show_page(qtbot, tab, tab.tiers, None)
    page = tab.tiers
    # the default tiers: 银卡 from 1,000.00, nobody paid that much in the window
    assert column(page.counts, "buyers") == [7, 0, 0]
    page.rules.item(1, 2).setText("250")  # 银卡 from 250.00: t1 (300.00), t2 (250.00)
    page.rules.item(2, 2).setText("360")  # 金卡 from 360.00: t3 (500.00)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.save_button.click()
    assert column(page.counts, "buyers") == [4, 2, 1]
    assert column(page.table, "buyer_text") == ["t1"]  # 60.00 short of 金卡
    assert column(page.table, "gap_text") == ["60.00"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.undo_button.click()
    assert column(page.counts, "buyers") == [7, 0, 0]
    page.rules.item(2, 2).setText("100")  # below 银卡: refused, nothing saved
    page.save_button.click()
    assert "must rise" in page.note.text()


def test_reactivation_list_counts_saves_and_stamps(qtbot, runner, shop, tmp_path):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    page = tab.lists
    show_page(qtbot, tab, page, None)
    # 30 days without a purchase: t3 (150 days), t4 (303)
    assert sorted(column(page.table, "buyer_text")) == ["t3", "t4"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.days_spin.setValue(10)
        page.category_edit.setText("女装")  # 10+ days and bought 女装: t1, t4
    assert sorted(column(page.table, "buyer_text")) == ["t1", "t4"]
    assert set(column(page.table, "as_of")) == {"2024-06-30"}
    assert set(column(page.table, "shop_last_order")) == {"2024-06-30"}
    # the export for the SMS tool: masked until the owner shows personal data
    text = page.table.export(tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    assert "138****0001" in text and "13800000001" not in text and "2024-06-30" in text
    page.table.unmask_button.setChecked(True)
    text = page.table.export(tmp_path / "open.csv").read_text(encoding="utf-8-sig")
    assert "13800000001" in text
    page.saved_combo.setEditText("女装 win-back")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.save_button.click()
    assert page.saved == {"女装 win-back": {"category": "女装", "min_days": 10, "product": "",
                                          "segments": [], "tiers": []}}
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.undo_button.click()
    assert page.saved == {}
    # 抖店 buyers without an identity are in lists too, and the export says they are
    # approximate: 15+ days, any category: t1 (10 days) out, D1 (20) and D2 (19) in
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.days_spin.setValue(15)
        page.category_edit.setText("")
    approximate = dict(zip(column(page.table, "buyer_text"),
                           column(page.table, "approximate_text"), strict=True))
    assert approximate == {"t3": "", "t4": "", "#D1": "Yes", "#D2": "Yes"}
    lines = page.table.export(tmp_path / "dy.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",Approximate") and sum(line.endswith(",Yes") for line in lines) == 2


def test_selecting_a_buyer_shows_their_orders_and_products(qtbot, runner, shop):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    table = tab.buyers.table
    row = column(table, "buyer_text").index("t2")
    detail = tab.buyers.detail
    table.table.setCurrentIndex(table.model.index(row, 1))
    qtbot.waitUntil(lambda: detail.orders.model.rowCount() == 4, timeout=20_000)
    # newest first: 06-28 (twice), 05-01, 04-15
    assert column(detail.orders, "day") == ["2024-06-28", "2024-06-28", "2024-05-01",
                                            "2024-04-15"]
    # SKU-1: B1 50.00 + B2 100.00 + B4 20.00 = 170.00 in 3 orders; SKU-2: B3 80.00
    assert column(detail.products, "sku") == ["SKU-1", "SKU-2"]
    assert column(detail.products, "amount_cents") == [17000, 8000]
    assert column(detail.products, "orders") == [3, 1]


def test_buyers_page_shows_the_last_fits_predictions(qtbot, runner, shop):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    assert set(column(tab.buyers.table, "expected_cents")) == {None}  # no fit yet
    # what a fit on the Lifetime value page leaves behind (this shop is too small to fit)
    tab.controls.predictions = pd.DataFrame(
        {"expected_purchases": [1.25], "expected_value": [123.456]},
        index=["taobao\x1ft2"])
    tab.clv.predicted.emit()
    show_page(qtbot, tab, tab.rfm, None)
    show_page(qtbot, tab, tab.buyers, None)
    rows = column(tab.buyers.table, "buyer_text")
    values = dict(zip(rows, column(tab.buyers.table, "expected_cents"), strict=True))
    assert values["t2"] == 12346 and values["t1"] is None  # 123.456 -> 123.46


def test_tab_and_command_line_agree_to_the_cent(qtbot, runner, shop, capsys):
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    show_page(qtbot, tab, tab.buyers, shop)
    table = tab.buyers.table
    shown = {b: (m, r, f, mm, s) for b, m, r, f, mm, s in zip(
        column(table, "buyer_text"), column(table, "monetary_cents"), column(table, "r"),
        column(table, "f"), column(table, "m"), column(table, "segment_name"), strict=True)}
    assert main(["customers", "--shop", str(shop), "--as-of", "2024-06-30", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    cli = {b["buyer_id"]: (round(float(b["monetary"]) * 100), b["r"], b["f"], b["m"],
                           segment_name(b["segment"])) for b in doc["buyers"]}
    assert cli == {b: v for b, v in shown.items() if v[0]}  # every scored buyer


def test_segment_vocabulary_and_f_scoring_are_kept_in_the_settings(qtbot, runner, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert (settings.customer_segments, settings.customer_fixed_f) == ("cn8", False)
    tab = CustomersTab(runner)
    qtbot.addWidget(tab)
    tab.controls.set_settings(settings)
    tab.controls.vocabulary_combo.setCurrentIndex(1)
    tab.controls.f_combo.setCurrentIndex(1)
    assert (settings.customer_segments, settings.customer_fixed_f) == ("grid11", True)
    again = CustomersTab(runner)
    qtbot.addWidget(again)
    again.controls.set_settings(settings)
    assert (again.controls.vocabulary, again.controls.fixed_f) == ("grid11", True)
