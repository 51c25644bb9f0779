"""The Reports tab's Channels, After-sales and A/B pages, driven as the operator sees them,
against figures worked out by hand. The shop (March 2024, Taobao, CNY):

Orders (paid, 价格 × qty per line) and their refunds:
  A01  SKU-A 1 × 100.00   refund 60.00  尺码不符 (record)
  A02  SKU-A 2 × 100.00   refund 100.00 尺码不符 (record)
  A03  SKU-B 1 × 50.00    refund 50.00  质量问题 (record)
  A04  SKU-B 3 × 50.00    refund 20.00  不想要了 (record)
  A05  SKU-C 1 × 300.00   no refund
  A06  SKU-B 1 × 50.00    refund 10.00  on the line only: reason not stated
GMV 850.00, refunds 240.00.

生意参谋 sources for Mar 1..31 (visitors, buyers, 支付金额):
  付费流量/直通车     2000   80   9000.00
  淘内免费/手淘搜索   5000  150  15000.00
Ads (spend, impressions, clicks, orders, 成交金额, new buyers):
  直通车 Mar 1   300.00  10000  200  10  1200.00  6
  直通车 Mar 2   200.00   5000  100   5   600.00  4
  万相台 Mar 5   400.00  20000  400   4   800.00  5   (no source of its own)
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from exportfiles import write_csv
from PySide6.QtCore import Qt

from opsdesk_gui.errors import render
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.views.reports.abtest_page import AbTestPage
from opsdesk_gui.views.reports.aftersales_page import AfterSalesPage
from opsdesk_gui.views.reports.channels_page import ChannelsPage
from opsdesk_gui.views.table import SORT_ROLE

MARCH = PeriodSelection(Period(date(2024, 3, 1), date(2024, 3, 31)))
ORDER_HEADER = ["订单编号", "买家会员名", "买家应付货款", "买家应付邮费", "买家实际支付金额",
                "订单状态", "订单创建时间", "订单付款时间", "宝贝总数量", "退款金额"]
LINE_HEADER = ["主订单编号", "子订单编号", "标题", "价格", "购买数量", "商家编码", "订单状态",
               "退款金额", "订单付款时间"]
DONE, NONE = "交易成功", "无退款申请"
# order, sku, price, qty, refund, record reason (None: no record)
SALES = [
    ("A01", "SKU-A", "100.00", 1, "60.00", "尺码不符"),
    ("A02", "SKU-A", "100.00", 2, "100.00", "尺码不符"),
    ("A03", "SKU-B", "50.00", 1, "50.00", "质量问题"),
    ("A04", "SKU-B", "50.00", 3, "20.00", "不想要了"),
    ("A05", "SKU-C", "300.00", 1, "0.00", None),
    ("A06", "SKU-B", "50.00", 1, "10.00", None),
]
SOURCES = [("付费流量/直通车", 2000, 80, 900000), ("淘内免费/手淘搜索", 5000, 150, 1500000)]
ADS = [
    ("直通车", "2024-03-01", 30000, 10000, 200, 10, 120000, 6),
    ("直通车", "2024-03-02", 20000, 5000, 100, 5, 60000, 4),
    ("万相台", "2024-03-05", 40000, 20000, 400, 4, 80000, 5),
]


def write_shop(tmp_path, shop_path, source_days=("2024-03-01", "2024-03-31"), ads=True):
    orders, lines = [], []
    for n, (order, sku, price, qty, refund, _) in enumerate(SALES, start=1):
        paid = f"{float(price) * qty:.2f}"
        at = f"2024-03-{n + 1:02d} 10:00:00"
        orders.append([order, f"测试买家{n}", paid, "0.00", paid, DONE, at, at, qty, refund])
        lines.append([order, f"{order}-1", f"测试宝贝{sku[-1]}", price, qty, sku, DONE,
                      NONE if refund == "0.00" else refund, at])
    import_files(shop_path, [
        write_csv(tmp_path / "ExportOrderList.csv", ORDER_HEADER, orders, encoding="gbk"),
        write_csv(tmp_path / "ExportOrderDetailList.csv", LINE_HEADER, lines, encoding="gbk")])
    with sqlite3.connect(shop_path) as conn:
        conn.executemany(
            "INSERT INTO refunds (platform, refund_id, order_id, sku, reason, amount_cents, "
            "status, refunded_at) VALUES ('taobao', ?, ?, ?, ?, ?, 'succeeded', ?)",
            [(f"R{order}", order, sku, reason, round(float(refund) * 100), "2024-03-20")
             for order, sku, _, _, refund, reason in SALES if reason])
        conn.executemany(
            "INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
            "visitors, paid_buyers, paid_cents) VALUES ('taobao', 'source', ?, ?, ?, ?, ?, ?)",
            [(subject, *source_days, *figures) for subject, *figures in SOURCES])
        if ads:
            conn.executemany(
                "INSERT INTO ad_spend (platform, channel, day, spend_cents, impressions, "
                "clicks, orders, gmv_cents, new_buyers) VALUES ('taobao', ?, ?, ?, ?, ?, ?, "
                "?, ?)", ADS)
    return shop_path


@pytest.fixture
def shop(tmp_path, shop_path):
    return write_shop(tmp_path, shop_path)


def loaded(qtbot, page, shop_path, selection=MARCH):
    page.result = None
    page.refresh(shop_path, selection)
    qtbot.waitUntil(lambda: page.result is not None, timeout=15_000)
    return page


def cells(view, key):
    """The model's raw values of one column, in display order."""
    model = view.model
    column = [c.key for c in model.columns].index(key)
    return [model.data(model.index(row, column), SORT_ROLE) for row in range(model.rowCount())]


def shown(view, key, row):
    model = view.model
    column = [c.key for c in model.columns].index(key)
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


# -- Channels --------------------------------------------------------------------------
def test_channel_table_shows_hand_computed_roi_cac_cpc(qtbot, runner, shop):
    page = ChannelsPage(runner)
    qtbot.addWidget(page)
    loaded(qtbot, page, shop)
    table = page.table
    # 直通车 CAC 50.00 before 万相台 80.00; the source without spend; the total last
    assert cells(table, "channel_name") == ["直通车", "万相台", "淘内免费/手淘搜索",
                                            "Total (CNY)"]
    # 直通车: spend 300 + 200 = 500.00; CPC 500.00 / 300 clicks = 1.6667 -> 1.67;
    # ROI 成交金额 1800.00 / 500.00 = 3.6; CAC 500.00 / 10 new buyers = 50.00;
    # CTR 300 / 15000 = 2%; conversion 80 / 2000 = 4%
    # 万相台: CPC 400.00 / 400 = 1.00, ROI 800 / 400 = 2, CAC 400.00 / 5 = 80.00
    # total: spend 900.00, CPC 900.00 / 700 = 1.2857 -> 1.29, ROI (1800 + 800) / 900,
    # CAC 900.00 / 15 = 60.00, conversion (80 + 150) / (2000 + 5000)
    assert cells(table, "spend") == [50000, 40000, None, 90000]
    assert cells(table, "cpc") == [167, 100, None, 129]
    assert cells(table, "roi") == [pytest.approx(3.6), pytest.approx(2.0), None,
                                   pytest.approx(2600 / 900)]
    assert cells(table, "cac") == [5000, 8000, None, 6000]
    assert cells(table, "ctr")[:2] == [pytest.approx(0.02), pytest.approx(0.02)]
    assert cells(table, "conversion") == [pytest.approx(0.04), None, pytest.approx(0.03),
                                          pytest.approx(230 / 7000)]
    assert cells(table, "visitors") == [2000, None, 5000, 7000]
    assert shown(table, "cac", 0) == "50.00"
    assert shown(table, "cpc", 3) == "1.29"
    assert shown(table, "roi", 0) == "3.60"
    # the definitions are in the header tooltips
    roi = [c.key for c in table.model.columns].index("roi")
    tooltip = table.model.headerData(roi, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.ToolTipRole)
    assert "Attributed GMV ÷ spend" in tooltip
    # 万相台 has no 生意参谋 source: the note says so; the sources cover the whole month
    assert "万相台: no 生意参谋 traffic source" in page.note.text()
    assert "cover only" not in page.note.text()
    # the ROI chart: channels with spend, highest ROI first
    assert page.chart.channels == ["直通车", "万相台"]
    assert page.chart.rois == pytest.approx([3.6, 2.0])
    html = page.printable_html("Channels")
    assert "Total (CNY)" in html and "<img src=\"data:image/png;base64," in html


def test_channel_notes_name_the_missing_exports(qtbot, runner, tmp_path, shop_path):
    # sources only for Mar 1..15 (15 of 31 days = 48%), no ad spend at all
    write_shop(tmp_path, shop_path, source_days=("2024-03-01", "2024-03-15"), ads=False)
    page = ChannelsPage(runner)
    qtbot.addWidget(page)
    loaded(qtbot, page, shop_path)
    note = page.note.text()
    assert "No ad spend in this period: import the 推广 ad spend exports" in note
    assert "cover only 48% of the period (2024-03-01~2024-03-15)" in note
    assert page.chart_box.isHidden()  # no spend, no ROI to chart
    # a month without any channel data names both exports
    loaded(qtbot, page, shop_path, PeriodSelection(Period(date(2024, 5, 1),
                                                          date(2024, 5, 31))))
    assert page.table.model.rowCount() == 0
    assert "生意参谋 traffic source export" in page.note.text()
    assert "推广 ad spend exports" in page.note.text()


# -- After-sales -----------------------------------------------------------------------
def test_refunds_by_reason_and_product(qtbot, runner, shop):
    page = AfterSalesPage(runner)
    qtbot.addWidget(page)
    loaded(qtbot, page, shop)
    reasons = page.reasons
    # 尺码不符 60 + 100; 质量问题 50; 不想要了 20; not stated: A06's 10 (last, never vital)
    assert cells(reasons, "reason_name") == ["尺码不符", "质量问题", "不想要了", "Not stated"]
    assert cells(reasons, "refund_cents") == [16000, 5000, 2000, 1000]
    assert cells(reasons, "cases") == [2, 1, 1, 1]
    assert cells(reasons, "cumulative_share") == pytest.approx(
        [160 / 240, 210 / 240, 230 / 240, 1.0])
    assert cells(reasons, "refund_rate") == pytest.approx(
        [160 / 850, 50 / 850, 20 / 850, 10 / 850])
    # 80% of the stated 230.00 is 184.00: 尺码不符 starts at 0, 质量问题 at 160 (< 184),
    # 不想要了 at 210 (not)
    assert cells(reasons, "vital_text") == ["Yes", "Yes", "", ""]
    assert shown(reasons, "refund_cents", 0) == "160.00"
    assert shown(reasons, "cumulative_share", 1) == "87.50%"

    products = page.table
    assert cells(products, "sku") == ["SKU-A", "SKU-B", "SKU-C"]
    # SKU-A: A01 + A02, 3 units, sales 300.00, refunds 160.00; SKU-B: A03 + A04 + A06,
    # 5 units, sales 250.00, refunds 50 + 20 + 10 = 80.00
    assert cells(products, "units") == [3, 5, 1]
    assert cells(products, "sales_cents") == [30000, 25000, 30000]
    assert cells(products, "refund_cents") == [16000, 8000, 0]
    assert cells(products, "refund_rate") == pytest.approx([160 / 300, 80 / 250, 0.0])
    assert cells(products, "refunded_orders") == [2, 3, 0]
    assert shown(products, "refund_cents", 1) == "80.00"
    # refund rate 240 / 850 = 28.24%; the vital few named
    assert "refunds CNY 240.00 of GMV (支付金额) CNY 850.00, a refund rate of 28.24%" in (
        page.note.text())
    assert "Fix first: 尺码不符、质量问题" in page.note.text()


def test_pareto_chart_has_the_cumulative_share_and_the_80_percent_line(qtbot, runner, shop):
    page = AfterSalesPage(runner)
    qtbot.addWidget(page)
    loaded(qtbot, page, shop)
    chart = page.chart
    assert chart.reasons == ["尺码不符", "质量问题", "不想要了", "Not stated"]
    assert chart.shares == pytest.approx([160 / 240, 50 / 240, 20 / 240, 10 / 240])
    _, line = chart.cumulative.getData()
    assert list(line) == pytest.approx([100 * 160 / 240, 87.5, 100 * 230 / 240, 100.0])
    assert chart.pareto_line.value() == pytest.approx(80.0)
    html = page.printable_html("After-sales")
    assert html.index("By reason") < html.index("data:image/png") < html.index("By product")


def test_closing_the_shop_empties_the_after_sales_page(qtbot, runner, shop):
    page = AfterSalesPage(runner)
    qtbot.addWidget(page)
    loaded(qtbot, page, shop)
    page.refresh(None, MARCH)
    assert page.table.model.rowCount() == page.reasons.model.rowCount() == 0
    assert page.chart.reasons == []
    assert "Open or create a shop" in page.note.text()
    page.retranslate()
    assert page.reasons_title.text() == "By reason"


# -- A/B -------------------------------------------------------------------------------
def type_count(qtbot, box, text):
    box.selectAll()
    qtbot.keyClicks(box, text)


def test_ab_verdict_from_typed_figures(qtbot, runner):
    page = AbTestPage(runner)
    qtbot.addWidget(page)
    assert page.table is None
    page.refresh(None, MARCH)  # needs no shop
    assert page.verdict.text() == "Not enough data yet: type the visitors of both versions."
    for box, text in zip((page.visitors[0], page.buyers[0], page.visitors[1],
                          page.buyers[1]), ("1000", "200", "1000", "250"), strict=True):
        type_count(qtbot, box, text)
    # A 20%, B 25%: lift 25% / 20% - 1 = 25.0%; pooled z = 2.677, p = 0.0074;
    # 95% interval of the 5-point difference: ± 1.96 x 0.018641 = ± 3.65 points
    assert page.figure_values["conversion_a"].text() == "20.00%"
    assert page.figure_values["conversion_b"].text() == "25.00%"
    assert page.figure_values["lift"].text() == "+25.0%"
    assert page.figure_values["difference"].text() == "+5.00 pp"
    assert page.figure_values["interval"].text() == "+1.35 pp … +8.65 pp"
    assert page.figure_values["p_value"].text() == "0.0074"
    assert page.verdict.text() == "B converts 25.0% better than A; significant at 95%."
    page.names[1].insert("新主图")  # QTest types only Latin-1 keys
    assert page.verdict.text() == "新主图 converts 25.0% better than A; significant at 95%."
    # at 99% (alpha 0.01) p = 0.0074 still is significant
    page.confidence.setCurrentIndex(2)
    assert page.verdict.text().endswith("significant at 99%.")
    html = page.printable_html("A/B test")
    assert "新主图" in html and "0.0074" in html


def test_ab_small_samples_are_not_enough(qtbot, runner):
    page = AbTestPage(runner)
    qtbot.addWidget(page)
    for box, text in zip((page.visitors[0], page.buyers[0], page.visitors[1],
                          page.buyers[1]), ("100", "10", "100", "12"), strict=True):
        type_count(qtbot, box, text)
    # 10% vs 12%: lift +20.0%, but p = 0.65
    assert page.figure_values["lift"].text() == "+20.0%"
    assert page.verdict.text().startswith("Not enough data yet: the difference is not "
                                          "significant at 95%")


def test_ab_tiny_samples_use_fishers_exact_test(qtbot, runner):
    page = AbTestPage(runner)
    qtbot.addWidget(page)
    for box, text in zip((page.visitors[0], page.buyers[0], page.visitors[1],
                          page.buyers[1]), ("10", "1", "10", "6"), strict=True):
        type_count(qtbot, box, text)
    # 1 / 10 vs 6 / 10: the z-test would say p = 0.019; Fisher's exact p = 4440 / 77520
    assert "Fisher's exact test" in page.figure_names["p_value"].text()
    assert page.figure_values["p_value"].text() == "0.0573"
    assert page.verdict.text().startswith("Not enough data yet")


def test_ab_invalid_input_shows_the_models_message(qtbot, runner):
    page = AbTestPage(runner)
    qtbot.addWidget(page)
    type_count(qtbot, page.visitors[0], "10")
    type_count(qtbot, page.buyers[0], "20")  # more buyers than visitors
    assert page.result is None
    assert page.verdict.text() == render("bad_ab_counts", visitors_a=10, buyers_a=20,
                                         visitors_b=0, buyers_b=0)
    assert page.figure_values["lift"].text() == "-"
    page.retranslate()
    assert page.verdict.text().startswith("A/B test: visitors and buyers must be counts")


def test_the_kpi_table_says_which_platforms_a_rate_covers():
    """Taobao with 1,000 visitors, 30 buyers, 3,000.00; 抖店 20 orders without buyer IDs,
    1,000.00, no visitors: 支付转化率 = 30 / 1,000 = 3.00 % (not 50 / 1,000 = 5.00 %),
    UV价值 = 3,000.00 / 1,000 = 3.00, and the rows say so."""
    from opsdesk_gui.models.kpi import KpiComparison, Kpis, kpi_change
    from opsdesk_gui.views.reports.kpi_table import KpiTablePage, metric_names

    period = Period(date(2026, 11, 1), date(2026, 11, 11))
    figures = dict(gmv=400000, paid_orders=50, paying_buyers=50, buyerless_orders=20,
                   visitors=1000, visitor_platforms=("taobao",), scoped_gmv=300000,
                   scoped_buyers=30)
    now = Kpis("CNY", period, **figures)
    before = Kpis("CNY", period.last_year(), **figures)
    rows = {row[0]: row for row in KpiTablePage._rows(
        KpiComparison(now, before, kpi_change(before, now)), metric_names())}
    names = metric_names()
    conversion = rows[names["conversion_rate"][0]]
    assert conversion[1] == "3.00% *"
    assert conversion[5].startswith("* Covers Taobao/Tmall only")  # seen in a narrow column
    assert rows[names["uv_value"][0]][1] == "3.00 *"
    assert "Approximate: 20 orders have no buyer ID" in rows[
        names["paying_buyers"][0]][5]
    assert "Covers" not in rows[names["gmv"][0]][5]


def test_every_tooltip_quotes_the_metric_glossary():
    """docs/metrics.md quotes each metric's tooltip word for word: the two cannot drift."""
    from pathlib import Path

    from opsdesk_gui.views.reports.kpi_table import metric_names

    glossary = (Path(__file__).parents[2] / "docs" / "metrics.md").read_text(encoding="utf-8")
    for code, (_name, definition) in metric_names().items():
        assert f'"{definition}"' in glossary, code
