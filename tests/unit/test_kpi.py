"""The core KPIs of a period, worked out by hand on a small shop imported for real.

The shop (Taobao, CNY, imported from a GBK 订单报表 + 宝贝报表 pair; a Shopify USD order,
refund records and traffic rows inserted directly). Period: March 2024.

order   buyer     paid    paid_at              status / note               in March?
100001  测试买家1  100.00  2024-03-01 00:00:00  交易成功, A x1              yes (first second)
100002  测试买家2   58.00  2024-03-05 12:00:00  shipped, B x2 = 50 + 8 postage  yes
100003  测试买家3  100.00  -                    等待买家付款 (unpaid)        no: not a sale
100004  测试买家4   25.00  -                    交易关闭 before payment      no: not a sale
100005  测试买家5  100.00  2024-03-12 09:00:00  交易关闭 after payment, A x1, refund 100 (order
                                                and line)                    yes
100006  测试买家1  125.00  2024-03-20 20:00:00  A x1 + B x1, refund 25.00 on the order AND on
                                                line B (and a refund record of 25.00)  yes
100007  测试买家6  200.00  2024-02-29 23:59:59  A x2                         no (previous period)
100008  (none)     19.02  2024-03-31 23:59:59  C x1, no buyer id            yes (last second)
100009  测试买家7   30.00  2024-04-01 00:00:00  B x1                         no (April)
100010  测试买家8   50.00  2023-03-08 15:00:00  B x1                         no (last year)
S2001   cust-1     49.99 USD  2024-03-15        shopify, units NULL, line SH-1 x1  yes (USD)

Costs: A 30.00, B 12.50, C 9.50 (C unknown until set), SH-1 20.00.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from datetime import date

import pytest
from exportfiles import write_csv

from opsdesk_gui.cli import main
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.kpi import Kpis, compare_kpis, compute_kpis, kpi_change, metric_change
from opsdesk_gui.models.periods import Period, PeriodError, parse_day

ORDER_HEADER = ["订单编号", "买家会员名", "买家应付货款", "买家应付邮费", "买家实际支付金额",
                "订单状态", "订单创建时间", "订单付款时间", "宝贝总数量", "退款金额"]
LINE_HEADER = ["主订单编号", "子订单编号", "标题", "价格", "购买数量", "商家编码", "订单状态",
               "退款金额", "订单付款时间"]

DONE, SHIPPED, WAITING = "交易成功", "卖家已发货，等待买家确认", "买家已付款，等待卖家发货"
UNPAID, CLOSED = "等待买家付款", "交易关闭"

ORDERS = [
    # id, buyer, goods, postage, paid, status, created, paid_at, units, refund
    ["100001", "测试买家1", "100.00", "0.00", "100.00", DONE, "2024-02-29 23:50:00",
     "2024-03-01 00:00:00", 1, "0.00"],
    ["100002", "测试买家2", "50.00", "8.00", "58.00", SHIPPED, "2024-03-05 11:58:00",
     "2024-03-05 12:00:00", 2, "0.00"],
    ["100003", "测试买家3", "100.00", "0.00", "100.00", UNPAID, "2024-03-10 09:00:00", "", 1,
     "0.00"],
    ["100004", "测试买家4", "25.00", "0.00", "25.00", CLOSED, "2024-03-11 09:00:00", "", 1,
     "0.00"],
    ["100005", "测试买家5", "100.00", "0.00", "100.00", CLOSED, "2024-03-12 08:59:00",
     "2024-03-12 09:00:00", 1, "100.00"],
    ["100006", "测试买家1", "125.00", "0.00", "125.00", DONE, "2024-03-20 19:59:00",
     "2024-03-20 20:00:00", 2, "25.00"],
    ["100007", "测试买家6", "200.00", "0.00", "200.00", DONE, "2024-02-29 23:59:00",
     "2024-02-29 23:59:59", 2, "0.00"],
    ["100008", "", "19.02", "0.00", "19.02", WAITING, "2024-03-31 23:59:00",
     "2024-03-31 23:59:59", 1, "0.00"],
    ["100009", "测试买家7", "30.00", "0.00", "30.00", DONE, "2024-03-31 23:59:30",
     "2024-04-01 00:00:00", 1, "0.00"],
    ["100010", "测试买家8", "50.00", "0.00", "50.00", DONE, "2023-03-08 14:59:00",
     "2023-03-08 15:00:00", 1, "0.00"],
]
LINES = [
    # order, line, title, price, qty, sku, status, refund, paid_at
    ["100001", "L1", "测试宝贝A", "100.00", 1, "SKU-A", DONE, "无退款申请", "2024-03-01 00:00:00"],
    ["100002", "L2", "测试宝贝B", "25.00", 2, "SKU-B", SHIPPED, "无退款申请",
     "2024-03-05 12:00:00"],
    ["100003", "L3", "测试宝贝A", "100.00", 1, "SKU-A", UNPAID, "无退款申请", ""],
    ["100004", "L4", "测试宝贝B", "25.00", 1, "SKU-B", CLOSED, "无退款申请", ""],
    ["100005", "L5", "测试宝贝A", "100.00", 1, "SKU-A", CLOSED, "100.00", "2024-03-12 09:00:00"],
    ["100006", "L6", "测试宝贝A", "100.00", 1, "SKU-A", DONE, "无退款申请", "2024-03-20 20:00:00"],
    ["100006", "L7", "测试宝贝B", "25.00", 1, "SKU-B", DONE, "25.00", "2024-03-20 20:00:00"],
    ["100007", "L8", "测试宝贝A", "100.00", 2, "SKU-A", DONE, "无退款申请", "2024-02-29 23:59:59"],
    ["100008", "L9", "测试宝贝C", "19.02", 1, "SKU-C", WAITING, "无退款申请",
     "2024-03-31 23:59:59"],
    ["100009", "L10", "测试宝贝B", "30.00", 1, "SKU-B", DONE, "无退款申请", "2024-04-01 00:00:00"],
    ["100010", "L11", "测试宝贝B", "50.00", 1, "SKU-B", DONE, "无退款申请", "2023-03-08 15:00:00"],
]

REFUNDS = [
    # refund_id, order_id, amount, status, requested_at, refunded_at
    # for 100002, refunded in April: counts in April (the day it succeeded), not March
    ("RF1", "100002", 800, "succeeded", None, "2024-04-03 10:00:00"),
    ("RF2", "100001", 10000, "pending", "2024-03-02 10:00:00", None),    # not money moved
    ("RF3", "100006", 2500, "succeeded", None, "2024-03-22 10:00:00"),   # same 25.00 again
    ("RF4", "999001", 1000, "succeeded", None, "2024-03-18 10:00:00"),   # no order: by date
    ("RF5", "999002", 500, None, "2024-03-03 08:00:00", None),           # by requested_at
    ("RF6", "999003", 700, "succeeded", None, "2024-04-02 00:00:00"),    # April
    ("RF7", "999004", 300, "closed", None, "2024-03-05 10:00:00"),       # refused
]

TRAFFIC = [
    # platform, scope, subject, start, end, visitors
    ("taobao", "shop", "", "2024-03-01", "2024-03-31", 1000),  # exported for exactly March
    ("taobao", "shop", "", "2024-03-01", "2024-03-01", 300),
    ("taobao", "shop", "", "2024-03-02", "2024-03-02", 400),
    ("taobao", "shop", "", "2024-03-31", "2024-03-31", 500),
    ("taobao", "shop", "", "2024-04-01", "2024-04-01", 9000),   # outside March
    ("taobao", "shop", "", "2024-03-04", "2024-03-10", 7777),   # a week: never used for March
    ("taobao", "product", "SKU-A", "2024-03-01", "2024-03-31", 5000),  # not shop scope
    ("taobao", "shop", "", "2024-01-30", "2024-02-29", 800),   # the previous period, exactly
]

MARCH = Period(date(2024, 3, 1), date(2024, 3, 31))


def sql(shop, statement, *params):
    with sqlite3.connect(shop) as conn:
        conn.execute(statement, params)


@pytest.fixture
def shop(tmp_path, shop_path):
    orders = write_csv(tmp_path / "ExportOrderList202404020900.csv", ORDER_HEADER, ORDERS,
                       encoding="gbk")
    lines = write_csv(tmp_path / "ExportOrderDetailList202404020900.csv", LINE_HEADER, LINES,
                      encoding="gbk")
    summary = import_files(shop_path, [orders, lines])
    assert {f.preset for f in summary.files} == {"taobao_orders", "taobao_lines"}
    with sqlite3.connect(shop_path) as conn:
        for sku, cost in (("SKU-A", 3000), ("SKU-B", 1250)):  # SKU-C: cost not known yet
            conn.execute("UPDATE products SET cost_cents = ? WHERE platform = 'taobao' "
                         "AND sku = ?", (cost, sku))
        conn.execute("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, "
                     "currency, paid_cents, units) VALUES ('shopify', 'S2001', 'cust-1', "
                     "'paid', '2024-03-15 10:00:00', 'USD', 4999, NULL)")
        conn.execute("INSERT INTO order_lines (platform, order_id, line_id, sku, qty, "
                     "amount_cents) VALUES ('shopify', 'S2001', '1', 'SH-1', 1, 4999)")
        conn.execute("INSERT INTO products (platform, sku, cost_cents) "
                     "VALUES ('shopify', 'SH-1', 2000)")
        conn.executemany("INSERT INTO refunds (platform, refund_id, order_id, amount_cents, "
                         "status, requested_at, refunded_at) VALUES ('taobao', ?, ?, ?, ?, ?, ?)",
                         REFUNDS)
        conn.executemany("INSERT INTO traffic (platform, scope, subject, period_start, "
                         "period_end, visitors) VALUES (?, ?, ?, ?, ?, ?)", TRAFFIC)
    return shop_path


def set_cost_of_c(shop):
    sql(shop, "UPDATE products SET cost_cents = 950 WHERE platform = 'taobao' AND sku = 'SKU-C'")


def kpis(shop, period=MARCH, **kwargs) -> dict[str, Kpis]:
    conn = sqlite3.connect(shop)
    try:
        return compute_kpis(conn, period, **kwargs)
    finally:
        conn.close()


# --- the period's figures ----------------------------------------------------------------

def test_march_cny_by_hand(shop):
    set_cost_of_c(shop)
    result = kpis(shop)
    assert list(result) == ["CNY", "USD"]  # largest GMV first, currencies never added
    k = result["CNY"]
    # sales: 100001, 100002, 100005 (closed after payment stays a sale), 100006, 100008;
    # not 100003 (unpaid), 100004 (closed before payment), 100007/100009 (just outside)
    assert k.paid_orders == 5
    # 100.00 + 58.00 (postage included) + 100.00 + 125.00 + 19.02 = 402.02
    assert k.gmv == 40202
    # 测试买家1 (two orders), 测试买家2, 测试买家5, and 100008 without buyer id on its own
    assert k.paying_buyers == 4
    # ... which the figure says: one of the 4 is an order, not a known buyer
    assert (k.buyerless_orders, k.buyers_known) == (1, False)
    assert kpis(shop, raw=True)["CNY"].buyerless_orders == 1
    assert k.units == 1 + 2 + 1 + 2 + 1
    # 客单价 402.02 / 4 = 100.505 -> 100.51 (half away from zero; banker's would give 100.50)
    assert k.aov == 10051
    # 笔单价 402.02 / 5 = 80.404 -> 80.40
    assert k.aov_per_order == 8040
    # refunds by the day they succeeded: 100005 max(100, 100, 0) = 100.00 has no refund
    # record, so no date of its own: it stays on its payment day (Mar 12), undated;
    # 100006 max(25, 25, 25) = 25.00 (once), dated by RF3 (Mar 22); 100002's 8.00 (RF1)
    # succeeded on Apr 3: April's, not March's; 100001's pending 100.00 moves nothing;
    # orders not in the file: RF4 10.00 (Mar 18) + RF5 5.00 (requested Mar 3); RF6 is
    # April, RF7 closed.  100 + 25 + 10 + 5 = 140.00
    assert k.refund_amount == 14000
    assert k.undated_refund_amount == 10000
    assert k.unmatched_refund_amount == 1500
    assert k.refunded_orders == 2  # 100005 and 100006
    assert k.refund_rate == pytest.approx(14000 / 40202)  # 0.348241...
    assert k.refund_order_rate == pytest.approx(2 / 5)
    assert k.net_sales == 40202 - 14000 == 26202
    # the row exported for exactly March wins over the daily rows
    assert (k.visitors, k.visitors_approximate) == (1000, False)
    assert k.conversion_rate == pytest.approx(4 / 1000)
    assert k.uv_value == 40  # 402.02 / 1000 = 0.40202 -> 0.40
    # cost: A 30 x (1 + 1 + 1) + B 12.50 x (2 + 1) + C 9.50 x 1 = 90 + 37.50 + 9.50 = 137.00
    assert k.cost == 13700
    assert k.gross_margin == pytest.approx((26202 - 13700) / 26202)  # 0.477139...
    assert k.cost_coverage == 1.0


def test_refunds_count_on_the_day_they_succeeded(shop):
    """April holds 100002's 8.00 (RF1, succeeded Apr 3) although the order was paid in
    March, and RF6 7.00 (no order, Apr 2): 15.00; the one order refunded in April is
    100002. The cache and the orders agree."""
    april = Period(date(2024, 4, 1), date(2024, 4, 30))
    for raw in (True, False):
        k = kpis(shop, april, raw=raw)["CNY"]
        assert (k.gmv, k.paid_orders) == (3000, 1)  # 100009 only
        assert (k.refund_amount, k.unmatched_refund_amount) == (800 + 700, 700)
        assert (k.refunded_orders, k.undated_refund_amount) == (1, 0)
        # 2024-03-12, the payment day of 100005 whose 100.00 has no date of its own
        day = kpis(shop, Period.day(date(2024, 3, 12)), raw=raw)["CNY"]
        assert (day.refund_amount, day.undated_refund_amount, day.refunded_orders) == (
            10000, 10000, 1)


def test_a_record_beyond_the_orders_refund_counts_up_to_it(shop):
    """A second refund of 100006 (RF8 25.00, Apr 5): its records now state 50.00, more
    than the order's 25.00, so R = 50.00 and April gets RF8's 25.00; 100006 was first
    refunded in March, so it is not an order refunded in April. A second refund on
    100002 (paid 58.00): RF1 8.00 (Apr 3) + RF9 60.00 (Apr 20) is capped at what was paid,
    R = 58.00, so Apr 20 gets 58.00 - 8.00 = 50.00."""
    sql(shop, "INSERT INTO refunds (platform, refund_id, order_id, amount_cents, status, "
              "refunded_at) VALUES ('taobao', 'RF8', '100006', 2500, 'succeeded', "
              "'2024-04-05 09:00:00'), ('taobao', 'RF9', '100002', 6000, 'succeeded', "
              "'2024-04-20 09:00:00')")
    april = Period(date(2024, 4, 1), date(2024, 4, 30))
    for raw in (True, False):
        k = kpis(shop, april, raw=raw)["CNY"]
        assert k.refund_amount == 800 + 5000 + 2500 + 700  # RF1, capped RF9, RF8, RF6
        assert k.refunded_orders == 1  # 100002 (first refunded Apr 3)


def test_usd_order_stays_in_its_currency(shop):
    usd = kpis(shop)["USD"]
    assert (usd.gmv, usd.paid_orders, usd.paying_buyers) == (4999, 1, 1)
    assert usd.units == 1  # orders.units is NULL: the line's qty
    assert (usd.refund_amount, usd.net_sales) == (0, 4999)
    # no Shopify traffic: the Taobao visitors are not lent to USD
    assert usd.visitors is None and usd.conversion_rate is None and usd.uv_value is None
    assert usd.visitors_gap == "no_traffic"
    assert usd.gross_margin == pytest.approx((4999 - 2000) / 4999)
    # a filter on currency or platform gives only that entry
    assert list(kpis(shop, currency="USD")) == ["USD"]
    assert kpis(shop, currency="USD")["USD"] == usd
    assert list(kpis(shop, platform="taobao")) == ["CNY"]
    assert kpis(shop, platform="taobao")["CNY"].gmv == 40202


def test_margin_is_missing_while_a_cost_is_unknown(shop):
    k = kpis(shop, platform="taobao")["CNY"]
    # SKU-C has no cost yet: no margin rather than a flattering one
    assert k.gross_margin is None and k.cost is None
    assert k.margin_gap == "no_cost"
    assert k.cost_coverage == pytest.approx(6 / 7)  # all units but 100008's one
    # an order without lines: the margin is missing as well
    set_cost_of_c(shop)
    sql(shop, "DELETE FROM order_lines WHERE order_id = '100002'")
    k = kpis(shop, platform="taobao")["CNY"]
    assert k.margin_gap == "no_lines" and k.gross_margin is None
    assert k.units == 7  # the order export still states 100002's 2 units
    assert k.cost_coverage == pytest.approx(5 / 7)  # 100002's 2 units have no cost


def test_visitors_from_daily_rows_are_approximate(shop):
    sql(shop, "DELETE FROM traffic WHERE period_start = '2024-03-01' "
        "AND period_end = '2024-03-31' AND scope = 'shop'")
    k = kpis(shop, platform="taobao")["CNY"]
    # daily rows inside March: 300 + 400 + 500; April 1 and the week row are left out
    assert (k.visitors, k.visitors_approximate) == (1200, True)
    assert k.conversion_rate == pytest.approx(4 / 1200)
    assert k.uv_value == 34  # 402.02 / 1200 = 0.33502 -> 0.34


def test_a_single_day_row_is_exact_for_that_day(shop):
    k = kpis(shop, Period.day(date(2024, 3, 1)), platform="taobao")["CNY"]
    assert (k.gmv, k.paid_orders, k.paying_buyers) == (10000, 1, 1)  # 100001 at 00:00:00
    assert (k.visitors, k.visitors_approximate) == (300, False)
    assert k.conversion_rate == pytest.approx(1 / 300)
    assert k.refund_amount == 0  # RF5 (requested Mar 3) is not on Mar 1


def test_visitors_go_with_the_platforms_of_their_currency(shop):
    with sqlite3.connect(shop) as conn:
        conn.executemany(
            "INSERT INTO traffic (platform, scope, period_start, period_end, visitors) "
            "VALUES (?, 'shop', '2024-03-01', '2024-03-31', ?)",
            [("shopify", 250), ("jd", 60)])  # jd: traffic, no orders at all -> CNY
    result = kpis(shop)
    assert result["USD"].visitors == 250
    assert result["USD"].conversion_rate == pytest.approx(1 / 250)
    assert (result["CNY"].visitors, result["CNY"].visitors_approximate) == (1060, False)
    # a CNY platform selling without traffic: the visitors cover part of the sales only
    sql(shop, "INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, paid_cents, "
        "units) VALUES ('pdd', 'P1', 'pdd-1', 'paid', '2024-03-09 09:00:00', 1000, 1)")
    cny = kpis(shop)["CNY"]
    assert (cny.gmv, cny.paying_buyers) == (41202, 5)
    assert (cny.visitors, cny.visitors_approximate) == (1060, True)


def test_rates_over_visitors_stay_within_their_platforms(shop):
    """A 拼多多 order (no traffic export) must not be divided by Taobao's visitors:
    支付转化率 = Taobao's 4 buyers / 1,000 Taobao visitors = 0.40 % (not 5 / 1,000), UV价值
    = Taobao's 402.02 / 1,000 = 0.40 (not 412.02 / 1,000 = 0.41); the split of the GMV
    change covers Taobao's GMV on both sides."""
    sql(shop, "INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, paid_cents, "
        "units) VALUES ('pdd', 'P1', 'pdd-1', 'paid', '2024-03-09 09:00:00', 1000, 1)")
    for raw in (True, False):
        cny = kpis(shop, raw=raw)["CNY"]
        assert (cny.gmv, cny.paying_buyers, cny.visitors) == (41202, 5, 1000)
        assert cny.visitor_platforms == ("taobao",)
        assert (cny.scoped_gmv, cny.scoped_buyers) == (40202, 4)
        assert cny.conversion_rate == pytest.approx(4 / 1000)
        assert cny.uv_value == 40  # 402.02 / 1000 = 0.40202 -> 0.40
        assert not cny.visitors_cover_all_sales
    with sqlite3.connect(shop) as conn:
        change = compare_kpis(conn, MARCH, MARCH.previous(), raw=True)["CNY"].change
    # Feb 1..29 (the previous 31 days: Jan 30..Feb 29): 100007 200.00, 1 buyer, 800 visitors
    assert (change.split_base_gmv, change.split_current_gmv) == (20000, 40202)
    assert change.visitors + change.conversion + change.aov == pytest.approx(
        math.log(40202 / 20000))
    assert change.gmv == pytest.approx(math.log(41202 / 20000))


def test_empty_period_still_gives_one_row(shop):
    result = kpis(shop, Period(date(2022, 1, 1), date(2022, 1, 31)))
    assert list(result) == ["CNY"]  # the shop's orders are mostly CNY
    k = result["CNY"]
    assert (k.gmv, k.paid_orders, k.units, k.refund_amount) == (0, 0, 0, 0)
    assert k.aov is None and k.aov_per_order is None and k.refund_rate is None
    assert k.visitors is None and k.gross_margin is None and k.margin_gap == "no_sales"
    assert k.cost_coverage is None


# --- comparisons -------------------------------------------------------------------------

def test_compare_previous_period_splits_the_gmv_change(shop):
    conn = sqlite3.connect(shop)
    compared = compare_kpis(conn, MARCH, MARCH.previous(), currency="CNY")
    conn.close()
    c = compared["CNY"]
    # previous: 2024-01-30 .. 2024-02-29: 100007 (last second of the leap day), 800 visitors
    assert c.base.period == Period(date(2024, 1, 30), date(2024, 2, 29))
    assert (c.base.gmv, c.base.paying_buyers, c.base.units, c.base.visitors) == (20000, 1, 2, 800)
    assert c.current.gmv == 40202
    ch = c.change
    assert ch.gmv_delta == 20202
    assert ch.gmv == pytest.approx(math.log(40202 / 20000))
    assert ch.visitors == pytest.approx(math.log(1000 / 800))
    assert ch.conversion == pytest.approx(math.log((4 / 1000) / (1 / 800)))  # ln 3.2
    assert ch.aov == pytest.approx(math.log((40202 / 4) / 20000))  # unrounded AOV
    assert math.isclose(ch.visitors + ch.conversion + ch.aov, ch.gmv, rel_tol=1e-12)


def test_compare_last_year_without_traffic_leaves_terms_null(shop):
    conn = sqlite3.connect(shop)
    compared = compare_kpis(conn, MARCH, MARCH.last_year(), platform="taobao")
    conn.close()
    c = compared["CNY"]
    assert c.base.period == Period(date(2023, 3, 1), date(2023, 3, 31))
    assert (c.base.gmv, c.base.paying_buyers, c.base.visitors) == (5000, 1, None)
    assert c.change.gmv == pytest.approx(math.log(40202 / 5000))
    assert c.change.visitors is None and c.change.conversion is None
    assert c.change.aov == pytest.approx(math.log((40202 / 4) / 5000))
    assert c.change.gmv_delta == 35202


def test_a_period_before_the_first_sale_has_no_data_not_zeros(shop, capsys):
    """The shop's first sale is 100010 on 2023-03-08: January 2023 is not a month of 0
    sales but a month without data, so March 2024 shows no change against it."""
    january = Period(date(2023, 1, 1), date(2023, 1, 31))
    with sqlite3.connect(shop) as conn:
        for raw in (True, False):
            c = compare_kpis(conn, MARCH, january, raw=raw)["CNY"]
            assert c.base.before_data and not c.current.before_data
            assert metric_change("gmv", c.current.gmv, c.base.gmv, c.base.before_data) is None
    # a period that ends on the first sale's day has data
    with sqlite3.connect(shop) as conn:
        first = compute_kpis(conn, Period(date(2023, 3, 1), date(2023, 3, 8)))["CNY"]
    assert not first.before_data and first.gmv == 5000
    # March 2023 against the 31 days before (2023-01-29 .. 02-28): no data then
    code, out, _ = run_cli(capsys, "--shop", str(shop), "--from", "2023-03-01",
                           "--to", "2023-03-31", "--compare", "previous")
    assert code == 0
    gmv_line = next(line for line in out.splitlines() if "支付金额" in line)
    assert gmv_line.split()[-1] == "data" and "50.00" in gmv_line  # "... 50.00  no data"
    assert "GMV change: no data (the compared period is before the shop's first sale)" in out


def test_change_from_nothing_has_no_log_terms():
    period = Period.day(date(2024, 3, 1))
    before = Kpis("CNY", period)
    now = Kpis("CNY", period, gmv=5000, paid_orders=1, paying_buyers=1, visitors=10)
    change = kpi_change(before, now)
    assert (change.gmv, change.visitors, change.conversion, change.aov) == (None,) * 4
    assert change.gmv_delta == 5000
    # the reverse: a drop to zero
    assert kpi_change(now, before).gmv_delta == -5000
    assert kpi_change(now, before).gmv is None


def test_compare_lists_a_currency_sold_in_either_period(shop):
    conn = sqlite3.connect(shop)
    compared = compare_kpis(conn, MARCH, MARCH.previous())
    conn.close()
    assert list(compared) == ["CNY", "USD"]
    usd = compared["USD"]
    assert usd.base.gmv == 0 and usd.change.gmv is None and usd.change.gmv_delta == 4999


# --- the command line --------------------------------------------------------------------

def run_cli(capsys, *argv):
    code = main(["kpi", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_one_currency(shop, capsys):
    set_cost_of_c(shop)
    code, out, _ = run_cli(capsys, "--shop", str(shop), "--from", "2024-03-01",
                           "--to", "2024-03-31", "--platform", "taobao", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc == {
        "currency": "CNY",
        "period": {"from": "2024-03-01", "to": "2024-03-31"}, "before_first_sale": False,
        "gmv": "402.02", "paid_orders": 5, "paying_buyers": 4, "units": 7,
        "aov": "100.51", "aov_per_order": "80.40",
        "refund_amount": "140.00", "undated_refund_amount": "100.00",
        "refund_rate": round(14000 / 40202, 6),
        "refund_order_rate": 0.4, "net_sales": "262.02",
        "visitors": 1000, "visitors_approximate": False, "visitor_platforms": ["taobao"],
        "conversion_rate": 0.004,
        "uv_value": "0.40", "gross_margin": round(12502 / 26202, 6), "cost_coverage": 1.0,
    }


def test_cli_json_by_currency_and_compare(shop, capsys):
    code, out, _ = run_cli(capsys, "--shop", str(shop), "--from", "2024-03-01",
                           "--to", "2024-03-31", "--compare", "previous", "--json")
    assert code == 0
    doc = json.loads(out)
    assert list(doc) == ["by_currency"]
    assert list(doc["by_currency"]) == ["CNY", "USD"]
    cny, usd = doc["by_currency"]["CNY"], doc["by_currency"]["USD"]
    assert cny["gmv"] == "402.02" and cny["gross_margin"] is None  # SKU-C has no cost
    assert cny["compare"]["period"] == {"from": "2024-01-30", "to": "2024-02-29"}
    assert cny["compare"]["gmv"] == "200.00" and cny["compare"]["visitors"] == 800
    assert cny["change"] == {
        "gmv": round(math.log(40202 / 20000), 6), "visitors": round(math.log(1.25), 6),
        "conversion": round(math.log(3.2), 6), "aov": round(math.log(40202 / 80000), 6),
        "gmv_delta": "202.02"}
    assert usd["gmv"] == "49.99" and usd["visitors"] is None and usd["conversion_rate"] is None
    assert usd["change"]["gmv"] is None and usd["change"]["gmv_delta"] == "49.99"


def test_cli_text_table(shop, capsys):
    code, out, _ = run_cli(capsys, "--shop", str(shop), "--from", "2024-03-01",
                           "--to", "2024-03-31", "--compare", "last-year")
    assert code == 0
    for name in ("支付金额", "支付订单数", "支付买家数", "支付件数", "客单价", "笔单价", "退款金额",
                 "退款率", "净销售额", "访客数", "支付转化率", "UV价值", "毛利率"):
        assert name in out
    gmv_line = next(line for line in out.splitlines() if "支付金额" in line)
    assert "402.02" in gmv_line and "50.00" in gmv_line.split("402.02")[1]  # 2024, 2023
    assert "no traffic imported" in out  # USD, and March 2023
    assert "costs missing" in out  # SKU-C
    assert "2023-03-01 .. 2023-03-31" in out
    # no visitors in March 2023: the change splits as buyers x AOV, and it adds up:
    # 402.02 / 50.00 = x8.040 = buyers 4 / 1 (x4.000) x AOV 100.505 / 50.00 (x2.010), and
    # the two amounts add up to the change, 402.02 - 50.00 = +352.02
    split = next(line for line in out.splitlines() if "GMV change" in line and "CNY" not in
                 line and "+352.02" in line)
    assert "+704.04%" in split and "paying buyers x4.000" in split and "AOV x2.010" in split
    amounts = re.findall(r"\(([+-][0-9.]+)\)", split.split("=", 1)[1])
    assert sum(round(float(a) * 100) for a in amounts) == 35202
    assert "no visitors on both sides" in out
    assert "paying buyers are approximate: 1 orders have no buyer ID" in out  # 100008


def test_cli_refuses_bad_input(shop, tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["kpi", "--shop", str(shop), "--from", "2024-02-30", "--to", "2024-03-31"])
    assert exited.value.code != 0
    assert "2024-02-30" in capsys.readouterr().err
    code, _, err = run_cli(capsys, "--shop", str(shop), "--from", "2024-03-31",
                           "--to", "2024-03-01")
    assert code != 0 and "before it starts" in err
    code, _, err = run_cli(capsys, "--shop", str(tmp_path / "nothing.opsdesk"),
                           "--from", "2024-03-01", "--to", "2024-03-31")
    assert code != 0 and "nothing.opsdesk" in err
    assert not (tmp_path / "nothing.opsdesk").exists()


# --- periods -----------------------------------------------------------------------------

def test_period_days_and_previous():
    assert MARCH.days == 31
    # same length, just before: in a leap year that is Jan 30 .. Feb 29
    assert MARCH.previous() == Period(date(2024, 1, 30), date(2024, 2, 29))
    assert MARCH.previous().days == 31
    feb_2023 = Period.parse("2023-02-01", "2023-02-28")
    assert feb_2023.previous() == Period(date(2023, 1, 4), date(2023, 1, 31))
    assert Period.day(date(2024, 1, 1)).previous() == Period.day(date(2023, 12, 31))
    week = Period.parse("2024-12-30", "2025-01-05")
    assert (week.days, week.previous()) == (7, Period.parse("2024-12-23", "2024-12-29"))


def test_period_last_year_and_leap_day():
    assert Period.day(date(2024, 2, 29)).last_year() == Period.day(date(2023, 2, 28))
    feb = Period.parse("2024-02-01", "2024-02-29")
    assert feb.days == 29
    assert feb.last_year() == Period.parse("2023-02-01", "2023-02-28")
    assert feb.last_year().days == 28
    # from a common year back to a leap year: the same dates, Feb 29 is not added
    assert Period.parse("2025-02-01", "2025-03-01").last_year() == Period.parse(
        "2024-02-01", "2024-03-01")
    assert Period.parse("2025-03-01", "2025-03-31").last_year().days == 31


def test_period_parsing_and_bounds():
    assert parse_day(" 2024-03-31 ") == date(2024, 3, 31)
    for bad in ("2024-3-1", "2024/03/01", "2023-02-29", "2024-04-31", "", "yesterday"):
        with pytest.raises(PeriodError):
            parse_day(bad)
    with pytest.raises(ValueError) as reversed_:
        Period.parse("2024-03-02", "2024-03-01")
    assert reversed_.value.code == "period_reversed"
    assert Period.parse("2024-12-01", "2024-12-31").time_bounds() == ("2024-12-01", "2025-01-01")
    assert date(2024, 3, 31) in MARCH and date(2024, 4, 1) not in MARCH
    assert MARCH.as_dict() == {"from": "2024-03-01", "to": "2024-03-31"}


def test_an_orders_refund_never_exceeds_what_was_paid(tmp_path):
    """A line refund stated at list price (99.90) on an order paid 82.90 after a
    discount counts as 82.90."""
    from taobao_files import line_row, order_row, write_lines, write_orders

    from opsdesk_gui.importers.pipeline import import_files
    from opsdesk_gui.models.kpi import compute_kpis
    from opsdesk_gui.models.periods import Period

    shop = tmp_path / "cap.opsdesk"
    order = order_row("500000000000000001", "buyer_z", "99.90", "0.00", "82.90", "交易关闭",
                      "2026-03-05 10:00:00", "2026-03-05 10:01:00", 1)
    line = line_row("500000000000000001", "测试宝贝 外套", "99.90", 1, "SKU-COAT", "交易关闭")
    import_files(shop, [write_orders(tmp_path / "o.csv", [order]),
                        write_lines(tmp_path / "l.csv", [line])])
    with sqlite3.connect(shop) as conn:
        conn.execute("UPDATE order_lines SET refund_cents = 9990")
        kpis = compute_kpis(conn, Period.parse("2026-03-01", "2026-03-31"))["CNY"]
    assert (kpis.gmv, kpis.refund_amount, kpis.net_sales) == (8290, 8290, 0)
