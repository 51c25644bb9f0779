"""The printed reviews' content (reports/review*.py) against figures worked out by hand, on
the shop of tests/dashboard_shop.py (read its docstring for the orders and traffic) with
stock and one refund record added:

  products  SKU-A stock 10, SKU-B stock 5, SKU-C (cost 20.00) stock 8 and never sold
  refund    R1 on order C1, SKU-B, 50.00, 尺码不符, succeeded (the 50.00 the order states)
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date

import pytest
from dashboard_shop import build_shop
from python_calamine import CalamineWorkbook

from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.kpi import KpiChange, KpiComparison, Kpis
from opsdesk_gui.models.periods import Period
from opsdesk_gui.reports.review import build_review, gmv_split, review_base, review_period
from opsdesk_gui.reports.review_html import cell_text, money_text, review_html
from opsdesk_gui.reports.review_tables import Typed, review_sections
from opsdesk_gui.reports.review_xlsx import sheet_name, write_review_xlsx

D = date


def add_stock_and_refund(path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE products SET stock = 10 WHERE sku = 'SKU-A'")
        conn.execute("UPDATE products SET stock = 5 WHERE sku = 'SKU-B'")
        conn.execute("INSERT INTO products (platform, sku, title, cost_cents, stock) "
                     "VALUES ('taobao', 'SKU-C', '宝贝C', 2000, 8)")
        conn.execute("INSERT INTO refunds (platform, refund_id, order_id, sku, amount_cents, "
                     "reason, status, refunded_at) VALUES ('taobao', 'R1', 'C1', 'SKU-B', "
                     "5000, '尺码不符', 'succeeded', '2024-03-09 10:00:00')")
    conn.close()


@pytest.fixture
def conn(shop_path):
    build_shop(shop_path)
    add_stock_and_refund(shop_path)
    conn = sqlite3.connect(shop_path)
    ensure_daily_cache(conn)
    yield conn
    conn.close()


# --- periods -----------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "end", "period", "base"), [
    ("daily", D(2024, 3, 1), (D(2024, 3, 1), D(2024, 3, 1)), (D(2024, 2, 29), D(2024, 2, 29))),
    ("weekly", D(2024, 3, 14), (D(2024, 3, 8), D(2024, 3, 14)), (D(2024, 3, 1), D(2024, 3, 7))),
    # across a year end: 2024-12-29 .. 2025-01-04, before it 12-22 .. 12-28
    ("weekly", D(2025, 1, 4), (D(2024, 12, 29), D(2025, 1, 4)),
     (D(2024, 12, 22), D(2024, 12, 28))),
    # a month is read against the calendar month before, whatever their lengths
    ("monthly", D(2024, 3, 14), (D(2024, 3, 1), D(2024, 3, 31)), (D(2024, 2, 1), D(2024, 2, 29))),
    ("monthly", D(2023, 3, 31), (D(2023, 3, 1), D(2023, 3, 31)), (D(2023, 2, 1), D(2023, 2, 28))),
    ("monthly", D(2025, 1, 1), (D(2025, 1, 1), D(2025, 1, 31)), (D(2024, 12, 1), D(2024, 12, 31))),
])
def test_review_periods(kind, end, period, base):
    got = review_period(kind, end)
    assert (got.start, got.end) == period
    before = review_base(kind, got)
    assert (before.start, before.end) == base


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="yearly"):
        review_period("yearly", D(2024, 3, 1))


# --- the weekly review ------------------------------------------------------------------

def test_weekly_review_by_hand(conn):
    review = build_review(conn, "weekly", D(2024, 3, 14))
    assert (review.period, review.base) == (Period(D(2024, 3, 8), D(2024, 3, 14)),
                                            Period(D(2024, 3, 1), D(2024, 3, 7)))
    assert review.currency == "CNY"
    # the last sale is on 03-12: 03-13 and 03-14 have no figures yet
    assert review.last_sale_day == D(2024, 3, 12) and review.partial
    now, before = review.comparison.current, review.comparison.base
    # 150 + 100 + 50 + 300 = 600.00 against 100 + 100 = 200.00
    assert (now.gmv, before.gmv) == (60000, 20000)
    # 客单价 600.00 / 3 buyers = 200.00 and 200.00 / 2 = 100.00
    assert (now.aov, before.aov) == (20000, 10000)
    # 支付转化率 3 / 100 and 2 / 50
    assert (now.conversion_rate, before.conversion_rate) == (0.03, 0.04)


def test_the_gmv_change_split_by_hand(conn):
    review = build_review(conn, "weekly", D(2024, 3, 14))
    factors = {f.code: f for f in review.gmv_factors}
    assert list(factors) == ["visitors", "conversion", "aov"]
    # ratios: visitors 100/50 = 2, conversion 0.03/0.04 = 0.75, 客单价 200/100 = 2 (x3 in all)
    assert math.exp(factors["visitors"].log) == pytest.approx(2)
    assert math.exp(factors["conversion"].log) == pytest.approx(0.75)
    assert math.exp(factors["aov"].log) == pytest.approx(2)
    # the change 400.00 shared by log terms: 40000 x ln2/ln3 = 25237.19,
    # 40000 x ln0.75/ln3 = -10474.38; floors 25237 + (-10475) + 25237 = 39999, the cent
    # left goes to the largest fraction (-10474.38 -> -10474)
    assert [f.amount for f in review.gmv_factors] == [25237, -10474, 25237]
    assert sum(f.amount for f in review.gmv_factors) == 40000


def test_without_traffic_the_split_is_buyers_times_spend_per_buyer(shop_path):
    build_shop(shop_path, traffic=False)
    conn = sqlite3.connect(shop_path)
    try:
        ensure_daily_cache(conn)
        review = build_review(conn, "weekly", D(2024, 3, 14))
    finally:
        conn.close()
    # buyers 2 -> 3 (ln 1.5), 客单价 100.00 -> 200.00 (ln 2), GMV x3:
    # 40000 x ln1.5/ln3 = 14762.81, 40000 x ln2/ln3 = 25237.19 -> floors 14762 + 25237 =
    # 39999, the cent to the larger fraction (.81): 14763
    assert [(f.code, f.base, f.current, f.amount) for f in review.gmv_factors] == [
        ("buyers", 2, 3, 14763), ("aov", 10000, 20000, 25237)]


def test_an_unchanged_gmv_still_splits_into_offsetting_parts():
    # 100.00 both times, visitors 10 -> 20, conversion 1/10 -> 1/20: parts 100.00 x ln2 =
    # 69.31 and -69.31 (the dashboard's waterfall shows the same)
    period = Period.day(D(2024, 3, 2))
    both = dict(gmv=10000, paying_buyers=1, scoped_gmv=10000, scoped_buyers=1)
    before = Kpis("CNY", period.previous(), visitors=10, **both)
    now = Kpis("CNY", period, visitors=20, **both)
    change = KpiChange(gmv=0.0, visitors=math.log(2), conversion=math.log(0.5), aov=0.0,
                       gmv_delta=0, split_base_gmv=10000, split_current_gmv=10000)
    factors = gmv_split(KpiComparison(now, before, change))
    assert [f.amount for f in factors] == [6931, -6931, 0]


def test_products_refunds_and_trend_by_hand(conn):
    review = build_review(conn, "weekly", D(2024, 3, 14))
    sections = {s.key: s for s in review_sections(review)}
    # top: SKU-A 1 + 1 + 3 units, 100 + 100 + 300 = 500.00 in 3 orders (C1, C2, C4);
    # SKU-B 1 + 1 units, 50 + 50 = 100.00 in 2 orders, refunded 50.00 of 100.00 = 50%
    top = [row[1:7] for row in sections["top_products"].rows]
    assert top == [("SKU-A", "宝贝A", 5, 50000, 3, 0.0), ("SKU-B", "宝贝B", 2, 10000, 2, 0.5)]
    # slowest on shelf by sales: SKU-C (0), SKU-B (100.00), SKU-A (500.00)
    assert [row[1] for row in sections["bottom_products"].rows] == ["SKU-C", "SKU-B", "SKU-A"]
    # on shelf A, B, C; sold A, B: 动销率 2 / 3
    assert (review.products.sold, review.products.on_shelf) == (2, 3)
    assert sections["refund_reasons"].rows == [("尺码不符", 5000, 1, 1.0, 1.0)]
    assert sections["refunded_products"].rows == [
        ("taobao", "SKU-B", "宝贝B", 10000, 5000, 0.5, 1)]
    trend = sections["trend"].rows
    assert [row[0] for row in trend] == [D(2024, 3, d) for d in range(8, 15)]
    assert [row[1] for row in trend] == [15000, 10000, 5000, 0, 30000, 0, 0]
    # aligned day by day with 03-01 .. 03-07: B1 on 03-02, B2 on 03-05
    assert [row[5] for row in trend] == [D(2024, 3, d) for d in range(1, 8)]
    assert [row[6] for row in trend] == [0, 10000, 0, 0, 10000, 0, 0]


def test_daily_snapshot_against_a_day_without_sales(conn):
    review = build_review(conn, "daily", D(2024, 3, 12))
    # C4 alone: 300.00 against nothing on 03-11 (U1 is unpaid): no log split
    assert (review.comparison.current.gmv, review.comparison.base.gmv) == (30000, 0)
    assert review.gmv_factors == () and review.comparison.change.gmv_delta == 30000
    assert not review.partial
    # the chart covers the 30 days up to the day: 02-12 .. 03-12 (2024 is a leap year)
    assert review.trend_period == Period(D(2024, 2, 12), D(2024, 3, 12))
    assert len(review.trend) == 30 and "gmv_ma7" in review.trend


def test_monthly_review_covers_the_calendar_month(conn):
    review = build_review(conn, "monthly", D(2024, 3, 14))
    # every paid order is in March: 200.00 + 600.00; February had none
    assert (review.comparison.current.gmv, review.comparison.base.gmv) == (80000, 0)
    assert review.comparison.current.paid_orders == 6
    assert len(review.trend) == 31 and review.partial  # the data ends on 03-12


# --- the printed document and the workbook ---------------------------------------------

def test_cells_are_shown_as_operators_write_them():
    assert money_text(123456789) == "1,234,567.89"
    assert money_text(-10474, signed=True) == "-104.74"
    assert money_text(25237, signed=True) == "+252.37"
    assert cell_text(Typed(0.0833333, "rate"), "text", {}) == "8.33%"
    assert cell_text(-0.01, "points", {"unit.points": "{0} pt"}) == "-1.00 pt"
    assert cell_text(2.0, "change", {}) == "+200.0%"
    assert cell_text(None, "code", {"reason.none": "Not stated"}, "reason") == "Not stated"
    assert cell_text(0.75, "factor", {}) == "×0.750"
    assert cell_text(1234.5, "approx_int", {}) == "≈1,235"  # half away from zero


def test_the_document_holds_every_section_escaped(conn):
    review = build_review(conn, "weekly", D(2024, 3, 14))
    labels = {"title": "{shop} — {kind}", "kind.weekly": "Weekly review",
              "gmv.split": "GMV changed by {delta} ({percent}):"}
    html = review_html(review, labels, "<b>小店</b>", {"gmv": b"\x89PNG fake"})
    assert "&lt;b&gt;小店&lt;/b&gt; — Weekly review" in html and "<b>小店" not in html
    # 600.00 against 200.00 is +400.00, +200.0%; the parts as in the split test
    assert "GMV changed by +400.00 (+200.0%):" in html
    for text in ("600.00", "200.00", "+252.37", "-104.74", "尺码不符", "宝贝C"):
        assert text in html
    assert html.count("data:image/png;base64,") == 1
    for key in ("kpis", "gmv_split", "trend", "top_products", "bottom_products",
                "channels", "refund_reasons", "refunded_products", "unusual_days"):
        if key != "gmv_split":  # its heading is printed apart from its table
            assert f"section.{key}" in html  # a label not given shows its key


def test_the_workbook_has_a_sheet_per_section_with_the_same_figures(conn, tmp_path):
    review = build_review(conn, "weekly", D(2024, 3, 14))
    labels = {"section.kpis": "Key figures", "section.gmv_split": "Why GMV changed",
              "col.amount": "Share of the GMV change", "factor.visitors": "Visitors"}
    path = write_review_xlsx(review, labels, tmp_path / "w.xlsx")
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names[:2] == ["Key figures", "Why GMV changed"]
    assert len(book.sheet_names) == 9
    kpis = book.get_sheet_by_name("Key figures").to_python()
    assert kpis[1][1:3] == [600.0, 200.0]  # GMV in yuan, a number
    split = book.get_sheet_by_name("Why GMV changed").to_python()
    assert split[0][4] == "Share of the GMV change"
    assert split[1][0] == "Visitors"
    assert [row[4] for row in split[1:]] == [252.37, -104.74, 252.37, 400.0]
    top = book.get_sheet_by_name("section.top_products").to_python()
    assert top[1][1] == "SKU-A" and top[1][4] == 500.0


def test_sheet_names_follow_excels_rules():
    taken: set[str] = set()
    assert sheet_name("Refunds: why / how?", taken) == "Refunds  why   how"
    long = "x" * 40
    assert sheet_name(long, taken) == "x" * 31
    assert sheet_name(long, taken) == "x" * 28 + " 2"
    assert sheet_name("", taken) == "Sheet"


def test_the_document_says_what_the_figures_cover(conn):
    """抖店 orders without buyer IDs in both weeks (03-03 40.00, 03-10 100.00) and no 抖店
    traffic: the split covers Taobao (600.00 - 200.00 = +400.00, the same three parts as
    before), the other platforms changed by 100.00 - 40.00 = +60.00; the week's figures
    say that conversion covers Taobao only and one buyer is an order; the 50.00 refund
    has its date (R1, 03-09), so no note on it."""
    conn.executemany(
        "INSERT INTO orders (platform, order_id, status, paid_at, currency, paid_cents, units) "
        "VALUES ('douyin', ?, 'completed', ?, 'CNY', ?, 1)",
        [("DY1", "2024-03-03 10:00:00", 4000), ("DY2", "2024-03-10 10:00:00", 10000)])
    conn.commit()
    review = build_review(conn, "weekly", D(2024, 3, 14))
    assert [f.amount for f in review.gmv_factors] == [25237, -10474, 25237]  # sum 400.00
    labels = {"note.scope": "rates: {platforms}", "note.buyerless": "{count} order buyers",
              "note.undated": "{amount} undated", "platform.taobao": "淘宝",
              "gmv.split_scope": "split over {platforms} {scoped}; others {other}"}
    html = review_html(review, labels, "小店")
    assert "* rates: 淘宝" in html and "* 1 order buyers" in html
    assert "undated" not in html
    assert "split over 淘宝 +400.00; others +60.00" in html
    # the shop's first sale is 03-02: no day of the week has 14 normal days before it;
    # its last order is of 03-12, so 03-13..14 have no data yet (conversion has no daily
    # figure to judge: traffic is exported per week). The page says which and why.
    assert review.unjudged_days.values.tolist() == [
        [D(2024, 3, 13), D(2024, 3, 14), "conversion", "no_data"],
        [D(2024, 3, 8), D(2024, 3, 12), "gmv", "short_history"],
        [D(2024, 3, 13), D(2024, 3, 14), "gmv", "no_data"]]
    html = review_html(review, labels | {"unjudged": "not judged {days} {metric}: {reason}",
                                         "unjudged.short_history": "short"}, "小店")
    assert "not judged 2024-03-08 – 2024-03-12 metric.gmv: short" in html
    split = next(s for s in review_sections(review) if s.key == "gmv_split")
    # the factors add up to Taobao's change; then the other platforms; then the whole
    assert [(r[0], r[4]) for r in split.rows] == [
        ("visitors", 25237), ("conversion", -10474), ("aov", 25237),
        ("scoped_gmv", 40000), ("other_gmv", 6000), ("gmv", 46000)]
