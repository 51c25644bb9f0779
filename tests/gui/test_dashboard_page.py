"""The Reports dashboard driven as the operator drives it, against the figures of
tests/dashboard_shop.py worked out by hand (see its docstring):

WEEK 2024-03-08..14 against 03-01..07:
  GMV 600.00 vs 200.00 (+200.0%), visitors 100 vs 50 (+100.0%), 支付转化率 3.00% vs
  4.00% (−1.00 pt), 客单价 200.00 vs 100.00 (+100.0%), orders 4 vs 2 (+100.0%), buyers 3 vs
  2 (+50.0%), refunds 50.00 vs 0 (no comparison), 退款率 50 / 600 = 8.33% (+8.33 pt), net sales
  550.00 vs 200.00 (+175.0%), 毛利率 60.00% vs (200 − 2 × 40) / 200 = 60.00% (= 0.00 pt),
  UV价值 6.00 vs 4.00 (+50.0%).
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest
from dashboard_shop import BASE, SPIKE_DAY, WEEK, build_shop, build_steady_shop
from PySide6.QtCore import QDate, QSettings, Qt

from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.settings import Settings
from opsdesk_gui.views.main_window import MainWindow
from opsdesk_gui.views.reports.dashboard import DashboardPage
from opsdesk_gui.views.reports.trend_chart import seconds


@pytest.fixture
def page(qtbot, runner):
    page = DashboardPage(runner)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def load(qtbot, page, shop_path, selection=WEEK):
    page.result = None
    page.refresh(shop_path, selection)
    qtbot.waitUntil(lambda: page.result is not None, timeout=15_000)
    return page


def card(page, code):
    widget = page.cards.cards[code]
    return widget.value.text(), widget.change.text()


def day_x(day) -> float:
    """Where a day starts on the chart's date axis."""
    return float(seconds(pd.Series(pd.to_datetime([day])))[0])


def amount(text: str) -> int:
    """Cents of a shown amount: '+252.37' -> 25237, '−104.74' -> -10474."""
    sign = -1 if text.startswith(("−", "-")) else 1
    return sign * int(re.sub(r"[^0-9]", "", text))


def test_the_cards_show_the_hand_computed_week(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path))
    assert card(page, "gmv") == ("600.00", "▲ 200.0%")
    assert card(page, "visitors") == ("100", "▲ 100.0%")
    assert card(page, "conversion_rate") == ("3.00%", "▼ 1.00 pt")  # 3.00% against 4.00%
    assert card(page, "aov") == ("200.00", "▲ 100.0%")
    assert card(page, "paid_orders") == ("4", "▲ 100.0%")
    assert card(page, "paying_buyers") == ("3", "▲ 50.0%")
    # the 50.00 is stated on the order export only: no refund date of its own, so it
    # counts on the order's payment day, and the card says so (* and its tooltip)
    assert card(page, "refund_amount")[0] == "50.00"
    assert page.cards.cards["refund_amount"].name.text().endswith(" *")
    assert "50.00 of it has no refund date" in page.cards.cards["refund_amount"].toolTip()
    assert "* 50.00 of it has no refund date" in page.note.text()
    assert card(page, "refund_amount")[1] == page.cards.cards["gmv"].tr("no comparison")
    assert card(page, "refund_rate") == ("8.33%", "▲ 8.33 pt")  # against no refunds
    assert card(page, "net_sales") == ("550.00", "▲ 175.0%")
    assert card(page, "gross_margin") == ("60.00%", "= 0.00 pt")  # (200 − 80) / 200 before
    assert card(page, "uv_value") == ("6.00", "▲ 50.0%")
    # a fall in conversion is bad (red), a rise in refunds too; more GMV is good
    colours = {code: page.cards.cards[code].change.styleSheet()
               for code in ("gmv", "conversion_rate")}
    assert "#2f855a" in colours["gmv"] and "#c53030" in colours["conversion_rate"]
    # the sparkline: GMV by day 150, 100, 50, 0, 300, 0, 0
    assert page.cards.cards["gmv"].sparkline.values.tolist() == [
        15000, 10000, 5000, 0, 30000, 0, 0]
    assert "2024-03-08 .. 2024-03-14" in page.note.text()


def test_the_funnel_shows_each_step_and_its_change(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path))
    # 100 → 20 → 5 → 3: 20/100, 5/20, 3/5; before 50 → 10 → 2 → 2: 20%, 20%, 100%
    rows = page.funnel.rows()
    assert [r[1] for r in rows] == ["100", "20", "5", "3"]
    assert [r[2] for r in rows] == ["", "20.0%", "25.0%", "60.0%"]
    assert [r[3] for r in rows] == ["", "+0.0 pt", "+5.0 pt", "−40.0 pt"]


def test_the_waterfall_parts_add_up_to_the_gmv_change_shown(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path))
    labels = [text for _, text in page.waterfall.labels()]
    # 400.00 × ln 2 / ln 3 = 252.37 (visitors ×2), 400.00 × ln 0.75 / ln 3 = −104.74
    # (conversion ×0.75), spend per buyer ×2: 252.37; 252.37 − 104.74 + 252.37 = 400.00
    assert labels == ["200.00", "+252.37", "−104.74", "+252.37", "600.00"]
    shown_change = amount(card(page, "gmv")[0]) - amount(labels[0])
    assert sum(amount(t) for t in labels[1:4]) == shown_change == 40000
    assert amount(labels[-1]) == amount(card(page, "gmv")[0])


def test_without_traffic_the_visitor_cards_say_what_to_import(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path, traffic=False))
    for code in ("visitors", "conversion_rate", "uv_value"):
        value, _ = card(page, code)
        assert "生意参谋" in value and "0" not in value, code
        assert page.cards.cards[code].sparkline.values.size == 0
    assert card(page, "gmv")[0] == "600.00"  # the sales figures do not need traffic
    assert page.waterfall.labels() == []
    assert "生意参谋" in page.waterfall.gap_text()
    assert not page.funnel.has_figures()


def test_without_costs_the_margin_card_asks_for_unit_costs(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path, costs=False))
    value, _ = card(page, "gross_margin")
    assert "cost" in value and "%" not in value
    assert card(page, "net_sales")[0] == "550.00"


def test_other_periods_change_every_figure(qtbot, page, shop_path):
    build_shop(shop_path)
    load(qtbot, page, shop_path)
    # 03-09..12 against 03-05..08: GMV 100 + 50 + 300 = 450.00 vs 100 + 150 = 250.00
    # (+80.0%), orders 3 vs 2 (+50.0%), buyers u3, u4 vs u2, u1 (= 0%); no traffic
    # export for exactly these days
    load(qtbot, page, shop_path, PeriodSelection(Period(date(2024, 3, 9),
                                                        date(2024, 3, 12))))
    assert card(page, "gmv") == ("450.00", "▲ 80.0%")
    assert card(page, "paid_orders") == ("3", "▲ 50.0%")
    assert card(page, "paying_buyers") == ("2", "= 0.0%")
    assert "生意参谋" in card(page, "visitors")[0]
    # a year before the shop's first sale: no data then (not a rise from 0)
    load(qtbot, page, shop_path, PeriodSelection(WEEK.period, "last_year"))
    assert card(page, "gmv")[0] == "600.00"
    assert card(page, "gmv")[1] == page.cards.cards["gmv"].tr("no data then")
    assert "2023-03-08" in page.note.text()
    # another platform: nothing ever sold there, so no data at all
    load(qtbot, page, shop_path, PeriodSelection(WEEK.period, "previous", "douyin"))
    assert card(page, "gmv")[0] == page.cards.cards["gmv"].tr("no data")


def test_the_trend_chart_by_grain_with_the_comparison_and_hover(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path))
    chart = page.chart
    _, y = chart.points()
    assert y.tolist() == [150, 100, 50, 0, 300, 0, 0]  # yuan by day
    _, base_y = chart.base_line.getOriginalDataset()
    assert base_y.tolist() == [0, 100, 0, 0, 100, 0, 0]  # 03-01..07 laid over 03-08..14
    assert set(page.result.trends) == {"day"}  # only the grain on show is computed
    chart.grain_box.setCurrentIndex(chart.grain_box.findData("week"))  # loaded now
    qtbot.waitUntil(lambda: "week" in page.result.trends, timeout=15_000)
    assert chart.points()[1].tolist() == [300, 300]  # Mon 03-04 (08..10), Mon 03-11
    chart.grain_box.setCurrentIndex(chart.grain_box.findData("day"))
    chart.metric_box.setCurrentIndex(chart.metric_box.findData("conversion"))
    assert chart.metric_code() == "conversion"
    chart.metric_box.setCurrentIndex(chart.metric_box.findData("gmv"))
    chart.show_readout(day_x("2024-03-12") + 3600)
    assert "2024-03-12: 300.00" in chart.readout.text()
    assert "2024-03-05" in chart.readout.text()  # the comparison day beside it


def test_a_switch_computes_the_grain_on_show(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path))
    chart = page.chart
    chart.grain_box.setCurrentIndex(chart.grain_box.findData("month"))
    qtbot.waitUntil(lambda: "month" in page.result.trends, timeout=15_000)
    assert chart.points()[1].tolist() == [600]  # March 2024: 150 + 100 + 50 + 300
    # the next period comes with the month (and the day the cards need), not the week
    load(qtbot, page, shop_path, PeriodSelection(BASE, "previous"))
    assert set(page.result.trends) == {"day", "month"}
    assert chart.points()[1].tolist() == [200]  # 03-01..07: 100 + 100


def test_clicking_an_unusual_day_highlights_it_on_the_chart(qtbot, page, shop_path):
    load(qtbot, page, build_steady_shop(shop_path))
    unusual = page.unusual
    assert unusual.topLevelItemCount() == 1  # see build_steady_shop
    item = unusual.topLevelItem(0)
    assert [item.text(c) for c in range(4)] == [
        "2024-03-12", unusual.tr("GMV"), "▲ 1,000.00", "85.00 – 115.00"]
    chart = page.chart
    marker_x = [p.pos().x() for p in chart.markers.points()]
    assert marker_x == [day_x(SPIKE_DAY)]  # marked on the chart
    chart.grain_box.setCurrentIndex(chart.grain_box.findData("week"))
    assert not chart.highlight.isVisible()
    rect = unusual.visualItemRect(item)
    qtbot.mouseClick(unusual.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chart.grain_code() == "day" and chart.metric_code() == "gmv"
    assert chart.highlight.isVisible()
    assert chart.highlight.value() == day_x(SPIKE_DAY)  # where its point is


def test_days_that_cannot_be_judged_say_why(qtbot, page, shop_path):
    # the steady shop starts on 2024-02-01: Feb 1..14 have fewer than 14 days before them
    load(qtbot, page, build_steady_shop(shop_path),
         PeriodSelection(Period(date(2024, 2, 1), date(2024, 2, 20))))
    unusual = page.unusual
    rows = [[unusual.topLevelItem(i).text(c) for c in range(4)]
            for i in range(unusual.topLevelItemCount())]
    assert rows == [["2024-02-01 – 02-14", unusual.tr("GMV"), unusual.tr("not judged"),
                     unusual.tr("< 14 normal days before")]]
    item = unusual.topLevelItem(0)
    qtbot.mouseClick(unusual.viewport(), Qt.MouseButton.LeftButton,
                     pos=unusual.visualItemRect(item).center())  # nothing to highlight
    assert not page.chart.highlight.isVisible()
    page.grab().save(str(shop_path.parent / "unjudged.png"))


def test_the_printout_holds_the_figures(qtbot, page, shop_path):
    load(qtbot, page, build_shop(shop_path))
    html = page.printable_html("Dashboard")
    for figure in ("600.00", "200.00", "550.00", "8.33%", "60.00%", "6.00", "+252.37",
                   "−104.74", "60.0%", "−40.0 pt", "<img"):
        assert figure in html, figure


@pytest.fixture
def window(qtbot, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"),
                                  QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    yield window
    window.close()


def test_the_period_bar_drives_the_dashboard(qtbot, window, shop_path):
    build_shop(shop_path)
    assert window.open_shop(shop_path)
    window.tabs.setCurrentWidget(window.reports)
    page = window.reports.current_page
    assert isinstance(page, DashboardPage)
    bar = window.period_bar

    def settle():
        qtbot.waitUntil(lambda: not window.runner.busy and page.result is not None
                        and page.result.period == bar.selection().period
                        and page.result.base == bar.selection().comparison,
                        timeout=15_000)

    settle()
    bar.set_preset("custom")
    bar.start.setDate(QDate(2024, 3, 8))
    bar.end.setDate(QDate(2024, 3, 14))
    settle()
    assert page.result.base == BASE
    assert card(page, "gmv") == ("600.00", "▲ 200.0%")
    assert card(page, "visitors") == ("100", "▲ 100.0%")
    bar.set_comparison("last_year")
    settle()
    assert card(page, "gmv")[1] == page.cards.cards["gmv"].tr("no data then")
    assert card(page, "visitors")[1] == page.cards.cards["gmv"].tr("no data then")
    bar.set_comparison("previous")
    bar.start.setDate(QDate(2024, 3, 9))
    bar.end.setDate(QDate(2024, 3, 12))
    settle()
    assert card(page, "gmv") == ("450.00", "▲ 80.0%")


def test_the_waterfall_marks_a_split_over_some_platforms(qtbot):
    """Visitors on Taobao only, 抖店 selling too: the bars explain Taobao's GMV (the
    split's 300.00 -> 450.00), marked * with the platforms in the tooltip."""
    from opsdesk_gui.models.dashboard import gmv_bridge
    from opsdesk_gui.models.kpi import KpiComparison, Kpis, kpi_change
    from opsdesk_gui.views.reports.waterfall import GmvWaterfall

    period = Period(date(2026, 11, 1), date(2026, 11, 7))
    scope = dict(visitor_platforms=("taobao",))
    before = Kpis("CNY", period.previous(), gmv=40000, paying_buyers=4, visitors=100,
                  scoped_gmv=30000, scoped_buyers=3, **scope)
    now = Kpis("CNY", period, gmv=60000, paying_buyers=6, visitors=150, scoped_gmv=45000,
               scoped_buyers=4, **scope)
    change = kpi_change(before, now)
    waterfall = GmvWaterfall()
    qtbot.addWidget(waterfall)
    waterfall.set_bridge(gmv_bridge(change.split_base_gmv, change.split_current_gmv, change),
                         KpiComparison(now, before, change))
    labels = waterfall.labels()
    assert labels[0] == (waterfall.tr("Comparison") + " *", "300.00")
    assert labels[-1] == (waterfall.tr("This period") + " *", "450.00")
    assert "Taobao/Tmall" in waterfall.toolTip()
