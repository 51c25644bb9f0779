"""Daily / weekly / monthly series, worked out by hand on a small shop imported for real.

Taobao orders (GBK 订单报表 through the importer), CNY:

order  buyer    paid    paid_at              units  note
001    buyer_a  100.00  2024-03-04 10:00:00  1      Monday, week 1
002    buyer_a   50.00  2024-03-05 11:00:00  2      Tuesday: buyer_a again, same week
003    buyer_b   30.00  2024-03-05 12:00:00  1
004    buyer_c   20.00  2024-03-07 09:00:00  1
005    buyer_b   99.00  -                    1      unpaid (Mar 8): not a sale
006    buyer_d   70.00  2024-03-10 23:59:59  3      Sunday, last second of week 1
007    buyer_a   40.00  2024-03-11 00:00:00  1      Monday, week 2
008    buyer_e   60.00  2024-03-12 08:00:00  2      closed after payment: still a sale
009    buyer_e   10.00  2024-03-12 09:00:00  1
010    buyer_f   15.00  2024-03-18 00:00:00  1      after the period
011    buyer_g   25.00  2024-03-03 23:59:59  1      before the period
Plus a Shopify USD order on 2024-03-05 (never added to CNY).

Shop traffic (visitors): daily rows Mar 4..10 = 100, 200, 150, 120, 130, 110, 190 (sum 1000),
Mar 11 = 300, Mar 12 = 250; a row exported for exactly Mar 4..10 = 800; a row for
Mar 5..11 = 9999 (matches no bucket: never used).
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date

import pandas as pd
import pytest
from taobao_files import order_row, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.trends import (
    buckets,
    campaign_spans,
    compute_trends,
    trend_series,
)

PAID, DONE, UNPAID, CLOSED = "买家已付款，等待卖家发货", "交易成功", "等待买家付款", "交易关闭"


def _order(n, buyer, paid, status, paid_at, units):
    created = paid_at or "2024-03-08 10:00:00"
    return order_row(f"200000000000000{n:03d}", buyer, paid, "0.00", paid, status, created,
                     paid_at, units)


ORDERS = [
    _order(1, "buyer_a", "100.00", DONE, "2024-03-04 10:00:00", 1),
    _order(2, "buyer_a", "50.00", DONE, "2024-03-05 11:00:00", 2),
    _order(3, "buyer_b", "30.00", DONE, "2024-03-05 12:00:00", 1),
    _order(4, "buyer_c", "20.00", PAID, "2024-03-07 09:00:00", 1),
    _order(5, "buyer_b", "99.00", UNPAID, "", 1),
    _order(6, "buyer_d", "70.00", DONE, "2024-03-10 23:59:59", 3),
    _order(7, "buyer_a", "40.00", DONE, "2024-03-11 00:00:00", 1),
    _order(8, "buyer_e", "60.00", CLOSED, "2024-03-12 08:00:00", 2),
    _order(9, "buyer_e", "10.00", DONE, "2024-03-12 09:00:00", 1),
    _order(10, "buyer_f", "15.00", DONE, "2024-03-18 00:00:00", 1),
    _order(11, "buyer_g", "25.00", DONE, "2024-03-03 23:59:59", 1),
]
DAILY_VISITORS = {"2024-03-04": 100, "2024-03-05": 200, "2024-03-06": 150, "2024-03-07": 120,
                  "2024-03-08": 130, "2024-03-09": 110, "2024-03-10": 190,
                  "2024-03-11": 300, "2024-03-12": 250}
TWO_WEEKS = Period(date(2024, 3, 4), date(2024, 3, 17))


def shop_traffic(conn, start, end, visitors, platform="taobao"):
    conn.execute("INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
                 "visitors) VALUES (?, 'shop', '', ?, ?, ?)", (platform, start, end, visitors))


@pytest.fixture
def shop(tmp_path, shop_path):
    summary = import_files(shop_path, [write_orders(tmp_path / "ExportOrderList.csv", ORDERS)])
    assert [f.preset for f in summary.files] == ["taobao_orders"]
    with sqlite3.connect(shop_path) as conn:
        for day, visitors in DAILY_VISITORS.items():
            shop_traffic(conn, day, day, visitors)
        shop_traffic(conn, "2024-03-04", "2024-03-10", 800)
        shop_traffic(conn, "2024-03-05", "2024-03-11", 9999)
        conn.execute("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, "
                     "currency, paid_cents, units) VALUES ('shopify', 'S1', 'cust-1', 'paid', "
                     "'2024-03-05 10:00:00', 'USD', 4999, 1)")
    return shop_path


def series(shop, period=TWO_WEEKS, grain="day", **kwargs) -> pd.DataFrame:
    with sqlite3.connect(shop) as conn:
        return trend_series(conn, period, grain, **kwargs)


def by_day(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index(frame["date"].dt.strftime("%Y-%m-%d"))


def test_daily_series_by_hand(shop):
    d = by_day(series(shop))
    assert len(d) == 14 and list(d.index[:2]) == ["2024-03-04", "2024-03-05"]
    # Mar 4: 001 only (011 is the second before the period)
    assert tuple(d.loc["2024-03-04", ["gmv", "paid_orders", "paying_buyers", "units"]]) == (
        10000, 1, 1, 1)
    # Mar 5: 002 + 003 = 50 + 30; buyers a and b; units 2 + 1
    assert tuple(d.loc["2024-03-05", ["gmv", "paid_orders", "paying_buyers", "units"]]) == (
        8000, 2, 2, 3)
    # Mar 8: only the unpaid 005: zero, not a sale
    assert tuple(d.loc["2024-03-08", ["gmv", "paid_orders", "paying_buyers", "units"]]) == (
        0, 0, 0, 0)
    # Mar 10 23:59:59 is still Mar 10; Mar 12: 008 closed after payment + 009, one buyer
    assert d.loc["2024-03-10", "gmv"] == 7000
    assert tuple(d.loc["2024-03-12", ["gmv", "paid_orders", "paying_buyers", "units"]]) == (
        7000, 2, 1, 3)
    # 客单价 per day: 80.00 / 2 buyers = 40.00; Mar 12: 70.00 / 1 buyer
    assert d.loc["2024-03-05", "aov"] == 4000 and d.loc["2024-03-12", "aov"] == 7000
    # a day without sales: sums zero, ratios NaN
    assert math.isnan(d.loc["2024-03-06", "aov"])
    # visitors from the daily rows; not approximate (only Taobao sells CNY and has traffic)
    assert d.loc["2024-03-04", "visitors"] == 100
    assert not d.loc["2024-03-04", "visitors_approximate"]
    assert d.loc["2024-03-04", "conversion"] == pytest.approx(1 / 100)
    assert d.loc["2024-03-05", "conversion"] == pytest.approx(2 / 200)
    # Mar 6: 150 visitors, nobody paid: conversion 0, not NaN
    assert d.loc["2024-03-06", "conversion"] == 0
    # Mar 13: no traffic row: visitors and conversion unknown
    assert math.isnan(d.loc["2024-03-13", "visitors"])
    assert math.isnan(d.loc["2024-03-13", "conversion"])
    assert d["gmv"].sum() == 10000 + 8000 + 2000 + 7000 + 4000 + 7000 == 38000


def test_seven_day_moving_average(shop):
    d = by_day(series(shop))
    # trailing: NaN until 7 days exist in the period
    assert d["gmv_ma7"].iloc[:6].isna().all()
    # day 7 (Mar 10) = mean of Mar 4..10 = (100 + 80 + 0 + 20 + 0 + 0 + 70) / 7 yuan
    assert d.loc["2024-03-10", "gmv_ma7"] == pytest.approx(27000 / 7)  # 3857.14 cents
    assert d.loc["2024-03-10", "paid_orders_ma7"] == pytest.approx(5 / 7)
    assert d.loc["2024-03-10", "visitors_ma7"] == pytest.approx(1000 / 7)
    # conversion_ma7 = the week's buyers / its visitors: (1+2+0+1+0+0+1) / 1000
    assert d.loc["2024-03-10", "conversion_ma7"] == pytest.approx(5 / 1000)
    # day 8 (Mar 11) = Mar 5..11: 80 + 0 + 20 + 0 + 0 + 70 + 40 = 210 yuan
    assert d.loc["2024-03-11", "gmv_ma7"] == pytest.approx(21000 / 7)
    assert d.loc["2024-03-11", "visitors_ma7"] == pytest.approx(
        (200 + 150 + 120 + 130 + 110 + 190 + 300) / 7)
    # Mar 13 has no visitors: every 7-day visitor mean containing it is NaN
    assert math.isnan(d.loc["2024-03-13", "visitors_ma7"])
    assert d.loc["2024-03-13", "gmv_ma7"] == pytest.approx((2000 + 7000 + 4000 + 7000) / 7)


def test_weekly_buyers_are_distinct_and_visitors_exact_or_approximate(shop):
    w = series(shop, grain="week")
    assert list(w["date"]) == [pd.Timestamp("2024-03-04"), pd.Timestamp("2024-03-11")]
    assert list(w["days"]) == [7, 7] and not w["partial"].any()
    one, two = w.iloc[0], w.iloc[1]
    # week 1: 100 + 50 + 30 + 20 + 70; 5 orders; buyers a, b, c, d = 4 although the
    # daily buyers add up to 1 + 2 + 1 + 1 = 5 (buyer_a paid on Monday and Tuesday)
    assert (one["gmv"], one["paid_orders"], one["paying_buyers"], one["units"]) == (
        27000, 5, 4, 8)
    assert one["aov"] == 6750  # 270.00 / 4
    # the row exported for exactly Mar 4..10 (800) wins over the daily sum (1000)
    assert (one["visitors"], one["visitors_approximate"]) == (800, False)
    assert one["conversion"] == pytest.approx(4 / 800)
    # week 2: 40 + 60 + 10; buyers a, e; no weekly row: daily 300 + 250, approximate
    assert (two["gmv"], two["paid_orders"], two["paying_buyers"], two["units"]) == (
        11000, 3, 2, 4)
    assert (two["visitors"], two["visitors_approximate"]) == (550, True)
    assert two["conversion"] == pytest.approx(2 / 550)


def test_partial_week_and_month_buckets(shop):
    # Wednesday Mar 6 .. Sunday Mar 17: the first week is cut to Mar 6..10
    w = series(shop, Period(date(2024, 3, 6), date(2024, 3, 17)), "week")
    first = w.iloc[0]
    assert first["date"] == pd.Timestamp("2024-03-04")
    assert (first["start"], first["end"]) == (pd.Timestamp("2024-03-06"),
                                              pd.Timestamp("2024-03-10"))
    assert (first["days"], first["partial"]) == (5, True)
    # only 004 (buyer_c) and 006 (buyer_d) inside; the Mar 4..10 row reaches outside the
    # bucket: the daily rows Mar 6..10 are summed: 150 + 120 + 130 + 110 + 190
    assert (first["gmv"], first["paying_buyers"]) == (9000, 2)
    assert (first["visitors"], first["visitors_approximate"]) == (700, True)
    # one month bucket, cut to Mar 4..17: buyers a, b, c, d, e = 5
    m = series(shop, grain="month")
    assert len(m) == 1
    month = m.iloc[0]
    assert month["date"] == pd.Timestamp("2024-03-01")
    assert (month["days"], month["partial"]) == (14, True)
    assert (month["gmv"], month["paid_orders"], month["paying_buyers"]) == (38000, 8, 5)
    assert month["aov"] == 7600  # 380.00 / 5
    assert (month["visitors"], month["visitors_approximate"]) == (1000 + 550, True)
    # a row exported for exactly the bucket's days wins
    with sqlite3.connect(shop) as conn:
        shop_traffic(conn, "2024-03-04", "2024-03-17", 1400)
    month = series(shop, grain="month").iloc[0]
    assert (month["visitors"], month["visitors_approximate"]) == (1400, False)
    assert month["conversion"] == pytest.approx(5 / 1400)


def test_month_boundaries():
    frame = buckets(Period(date(2024, 1, 15), date(2024, 3, 2)), "month")
    assert [d.strftime("%Y-%m-%d") for d in frame["date"]] == [
        "2024-01-01", "2024-02-01", "2024-03-01"]
    assert list(frame["days"]) == [17, 29, 2]  # Jan 15..31, leap February, Mar 1..2
    assert list(frame["partial"]) == [True, False, True]


def test_currencies_are_never_added(shop):
    usd = by_day(series(shop, currency="USD"))
    assert usd["gmv"].sum() == 4999 and usd.loc["2024-03-05", "gmv"] == 4999
    # the Taobao visitors do not go with the USD sales
    assert usd["visitors"].isna().all()
    # and the USD order is not in the CNY series: Mar 5 is 002 + 003 only
    assert by_day(series(shop)).loc["2024-03-05", "gmv"] == 8000


def test_a_selling_platform_without_traffic_makes_visitors_approximate(shop):
    with sqlite3.connect(shop) as conn:
        conn.execute("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, "
                     "currency, paid_cents, units) VALUES ('jd', 'J1', 'jd-1', 'paid', "
                     "'2024-03-06 10:00:00', 'CNY', 1000, 1)")
    d = by_day(series(shop))
    assert d.loc["2024-03-06", "gmv"] == 1000 and d.loc["2024-03-06", "paying_buyers"] == 1
    # JD sold CNY in the period but exported no traffic: the visitors cover part of it
    assert d.loc["2024-03-04", "visitors"] == 100 and d.loc["2024-03-04", "visitors_approximate"]
    taobao = by_day(series(shop, platform="taobao"))
    assert not taobao.loc["2024-03-04", "visitors_approximate"]


def test_comparison_is_aligned_by_offset(shop):
    week2 = Period(date(2024, 3, 11), date(2024, 3, 17))
    with sqlite3.connect(shop) as conn:
        trends = compute_trends(conn, week2, "day", base=week2.previous())
        shorter = compute_trends(conn, week2, "day",
                                 base=Period(date(2024, 3, 4), date(2024, 3, 5)))
    c = trends.comparison
    assert list(c["offset"]) == list(range(7))
    # day 1 with day 1: Mar 11 (40.00) against Mar 4 (100.00)
    assert c.loc[0, "date"] == pd.Timestamp("2024-03-11")
    assert c.loc[0, "base_date"] == pd.Timestamp("2024-03-04")
    assert (c.loc[0, "gmv"], c.loc[0, "base_gmv"]) == (4000, 10000)
    # day 2: Mar 12 (70.00) against Mar 5 (80.00, 2 buyers)
    assert (c.loc[1, "gmv"], c.loc[1, "base_gmv"], c.loc[1, "base_paying_buyers"]) == (
        7000, 8000, 2)
    # a 2-day base: nothing to overlay from day 3 on
    s = shorter.comparison
    assert s.loc[1, "base_gmv"] == 8000 and math.isnan(s.loc[2, "base_gmv"])
    assert trends.currency == "CNY" and trends.grain == "day"


def test_campaigns_overlapping_the_period(shop):
    with sqlite3.connect(shop) as conn:
        conn.executemany(
            "INSERT INTO campaigns (platform, name, kind, starts_on, ends_on) "
            "VALUES (?, ?, 'shop', ?, ?)",
            [(None, "春季会员日", "2024-03-01", "2024-03-05"),      # starts before the period
             ("taobao", "周末促销", "2024-03-16", "2024-03-20"),    # ends after it
             ("jd", "京东日", "2024-03-10", "2024-03-10"),          # another platform
             (None, "年货节", "2024-02-01", "2024-02-10")])         # before the period
        spans = campaign_spans(conn, TWO_WEEKS, "taobao")
        every = campaign_spans(conn, TWO_WEEKS)
    assert list(spans["name"]) == ["春季会员日", "周末促销"]
    # clipped to the period for shading, the real dates kept
    assert list(spans["start"]) == [pd.Timestamp("2024-03-04"), pd.Timestamp("2024-03-16")]
    assert list(spans["end"]) == [pd.Timestamp("2024-03-05"), pd.Timestamp("2024-03-17")]
    assert spans.loc[0, "starts_on"] == pd.Timestamp("2024-03-01")
    # all platforms: the JD campaign too
    assert list(every["name"]) == ["春季会员日", "京东日", "周末促销"]


def test_empty_shop_gives_every_bucket(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS[:1])])
    w = series(shop_path, Period(date(2025, 1, 1), date(2025, 1, 31)), "week")
    # Wed Jan 1 .. Fri Jan 31: weeks of Dec 30, Jan 6, 13, 20, 27
    assert len(w) == 5 and (w["gmv"] == 0).all() and w["aov"].isna().all()
    assert w["visitors"].isna().all() and w["conversion"].isna().all()
