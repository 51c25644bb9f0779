"""The Products tab's metrics, worked out by hand on a small Taobao shop imported for real
(订单报表 + 宝贝报表 as GBK CSV, a 退款管理 export, the owner's product sheet).

Period P = March 2026 (31 days). Previous period = 2026-01-29 .. 2026-02-28. The recent
window (rate, 'no sale in 30 days') = 2026-03-02 .. 2026-03-31; 'new' = first sale on or
after 2026-03-02.

March sales (orders paid in March; prices in yuan; all 交易成功 unless said):
order  paid_at               lines                              postage  order refund
101    03-05 10:00           A1 x3 @600                         0        600.00
102    03-20 10:00           A1 x4 @600                         0
103    03-01 00:00:00        A2 x1 @600                         0
104    03-10 10:00           C1 x31 @2                          0
105    03-15 10:00           B1 x2 @100, B2 x5 @60              10.00    110.00
106    03-25 10:00           B1 x4 @100                         0
107    03-02 10:00           C2 x1 @40                          0
108    03-01 12:00           C3 x1 @38                          0
109    03-12 10:00           C4 x3 @20, C5 x2 @20               0
110    03-18 10:00           C6 x1 @30, C6 x1 @20 (a discount)  0
111    03-22 10:00           C7 x1 @10                          0
112    03-08 10:00           A1 x1, 等待买家付款 (unpaid): not a sale
114    04-01 00:00:00        A1 x1: April, not in P
Previous period: 201 02-10 A1 x7 @600; 202 02-01 A2 x2 @600; 203 02-15 B1 x4 @100;
204 02-20 B2 x4 @60; 205 02-10 C1 x31 @2. Earlier: 301 2025-12-01 C4 x1 @20 + C5 x1 @20;
302 2025-11-15 C7 x1 @10.
Refund records: R1 order 105, SKU-B2, 60.00 succeeded; R2 order 999 (not in the file),
SKU-C4, 20.00 succeeded on 03-20 (a return, by its date); R3 order 102, A1, 600.00
pending (moves no money).

Product sheet (售价, 成本, 库存, 安全库存, 采购周期): A1 600/360/40/-/10, A2 600/400/5,
B1 100/50/0, B2 60/30/8, C1 2/1/45, C2 40/20/10, C3 38/19/0, C4 20/8/30, C5 20/8/0,
C6 30/25/4, C7 10/8/1/0/60, C8 15/10/12, C9 15/10/0, C10 15/10/(no stock),
C11 50/30/15/20/5. C8-C11 never sold.

Refunds of lines: order 101 has one line: its 600.00 goes to A1. Order 105: the record
names B2 (60.00, known for B2); the order's refund is max(110 order, 60 records) = 110,
so 50.00 is left for the lines' remaining amounts, B1 200.00 and B2 300 - 60 = 240.00
(H = 440.00): B1 gets round(5000 x 20000 / 44000) = round(2272.7) = 22.73, B2 the rest
50.00 - 22.73 = 27.27, so B2 = 60 + 27.27 = 87.27. Sum 110.00.

March product sales: A1 4200, A2 600, B1 600, B2 300, C1 62, C2 40, C3 38, C4 60, C5 40,
C6 50, C7 10: total 6000.00. ABC by the share ranked before: A1 0% -> A; A2 4200 = 70%
-> A; B1 4800 = 80% -> B (at the threshold); B2 5400 = 90% -> B; C1 5700 = 95% -> C (at
the threshold); the rest C (A2 before B1 at the tie of 600: platform, sku order).
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import date

import pandas as pd
import pytest
from exportfiles import write_csv
from taobao_files import line_row, order_row, write_lines, write_orders

from opsdesk_gui.cli import main
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.product_metrics import (
    ProductRules,
    divide_half_up,
    product_metrics,
    product_summary,
)
from opsdesk_gui.money import format_cents
from opsdesk_gui.store import open_shop

P = Period(date(2026, 3, 1), date(2026, 3, 31))
DONE, UNPAID = "交易成功", "等待买家付款"

# order number, paid_at, [(sku, price in cents, qty)], postage cents, order refund cents,
# status
ORDERS = [
    (101, "2026-03-05 10:00:00", [("SKU-A1", 60000, 3)], 0, 60000, DONE),
    (102, "2026-03-20 10:00:00", [("SKU-A1", 60000, 4)], 0, 0, DONE),
    (103, "2026-03-01 00:00:00", [("SKU-A2", 60000, 1)], 0, 0, DONE),
    (104, "2026-03-10 10:00:00", [("SKU-C1", 200, 31)], 0, 0, DONE),
    (105, "2026-03-15 10:00:00", [("SKU-B1", 10000, 2), ("SKU-B2", 6000, 5)], 1000, 11000,
     DONE),
    (106, "2026-03-25 10:00:00", [("SKU-B1", 10000, 4)], 0, 0, DONE),
    (107, "2026-03-02 10:00:00", [("SKU-C2", 4000, 1)], 0, 0, DONE),
    (108, "2026-03-01 12:00:00", [("SKU-C3", 3800, 1)], 0, 0, DONE),
    (109, "2026-03-12 10:00:00", [("SKU-C4", 2000, 3), ("SKU-C5", 2000, 2)], 0, 0, DONE),
    (110, "2026-03-18 10:00:00", [("SKU-C6", 3000, 1), ("SKU-C6", 2000, 1)], 0, 0, DONE),
    (111, "2026-03-22 10:00:00", [("SKU-C7", 1000, 1)], 0, 0, DONE),
    (112, "", [("SKU-A1", 60000, 1)], 0, 0, UNPAID),
    (114, "2026-04-01 00:00:00", [("SKU-A1", 60000, 1)], 0, 0, DONE),
    (201, "2026-02-10 10:00:00", [("SKU-A1", 60000, 7)], 0, 0, DONE),
    (202, "2026-02-01 10:00:00", [("SKU-A2", 60000, 2)], 0, 0, DONE),
    (203, "2026-02-15 10:00:00", [("SKU-B1", 10000, 4)], 0, 0, DONE),
    (204, "2026-02-20 10:00:00", [("SKU-B2", 6000, 4)], 0, 0, DONE),
    (205, "2026-02-10 10:00:00", [("SKU-C1", 200, 31)], 0, 0, DONE),
    (301, "2025-12-01 10:00:00", [("SKU-C4", 2000, 1), ("SKU-C5", 2000, 1)], 0, 0, DONE),
    (302, "2025-11-15 10:00:00", [("SKU-C7", 1000, 1)], 0, 0, DONE),
]

SHEET_HEADER = ["商家编码", "商品名称", "售价", "成本", "库存", "安全库存", "采购周期(天)"]
SHEET = [
    ["SKU-A1", "测试宝贝A1", "600.00", "360.00", 40, "", 10],
    ["SKU-A2", "测试宝贝A2", "600.00", "400.00", 5, "", ""],
    ["SKU-B1", "测试宝贝B1", "100.00", "50.00", 0, "", ""],
    ["SKU-B2", "测试宝贝B2", "60.00", "30.00", 8, "", ""],
    ["SKU-C1", "测试宝贝C1", "2.00", "1.00", 45, "", ""],
    ["SKU-C2", "测试宝贝C2", "40.00", "20.00", 10, "", ""],
    ["SKU-C3", "测试宝贝C3", "38.00", "19.00", 0, "", ""],
    ["SKU-C4", "测试宝贝C4", "20.00", "8.00", 30, "", ""],
    ["SKU-C5", "测试宝贝C5", "20.00", "8.00", 0, "", ""],
    ["SKU-C6", "测试宝贝C6", "30.00", "25.00", 4, "", ""],
    ["SKU-C7", "测试宝贝C7", "10.00", "8.00", 1, 0, 60],
    ["SKU-C8", "测试宝贝C8", "15.00", "10.00", 12, "", ""],
    ["SKU-C9", "测试宝贝C9", "15.00", "10.00", 0, "", ""],
    ["SKU-C10", "测试宝贝C10", "15.00", "10.00", "", "", ""],
    ["SKU-C11", "测试宝贝C11", "50.00", "30.00", 15, 20, 5],
]

REFUND_HEADER = ["退款编号", "订单编号", "商家编码", "退款金额", "退款状态", "退款完结时间",
                 "退款原因"]
REFUNDS = [
    ["R1", "100000000000000105", "SKU-B2", "60.00", "退款成功", "2026-03-16 10:00:00", "尺码不符"],
    ["R2", "100000000000000999", "SKU-C4", "20.00", "退款成功", "2026-03-20 10:00:00",
     "不想要了"],
    ["R3", "100000000000000102", "SKU-A1", "600.00", "等待卖家同意", "", "质量问题"],
]


def _yuan(cents: int) -> str:
    return format_cents(cents)


def export_rows(orders) -> tuple[list, list]:
    """Order and line rows of the Taobao exports for `orders` (see ORDERS)."""
    order_rows, line_rows = [], []
    for number, paid_at, lines, postage, refund, status in orders:
        order_id = f"100000000000000{number:03d}"
        goods = sum(price * qty for _, price, qty in lines)
        units = sum(qty for _, _, qty in lines)
        created = paid_at or "2026-03-08 09:00:00"
        order_rows.append(order_row(order_id, f"buyer_{number}", _yuan(goods), _yuan(postage),
                                    _yuan(goods + postage), status, created, paid_at, units,
                                    refund=_yuan(refund)))
        for sku, price, qty in lines:
            line_rows.append(line_row(order_id, f"测试宝贝{sku[4:]}", _yuan(price), qty, sku,
                                      status))
    return order_rows, line_rows


def import_shop(shop_path, folder, orders, *, sheet=True, refunds=True):
    order_rows, line_rows = export_rows(orders)
    files = [write_orders(folder / "ExportOrderList202604020900.csv", order_rows),
             write_lines(folder / "ExportOrderDetailList202604020900.csv", line_rows)]
    if sheet:
        files.append(write_csv(folder / "商品成本库存.csv", SHEET_HEADER, SHEET))
    if refunds:
        files.append(write_csv(folder / "退款管理.csv", REFUND_HEADER, REFUNDS, encoding="gbk"))
    summary = import_files(shop_path, files)
    expected = ["taobao_orders", "taobao_lines"] + ["product_sheet"] * sheet + [
        "taobao_refunds"] * refunds
    assert [f.preset for f in summary.files] == expected
    return summary


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("products")
    path = folder / "shop.opsdesk"
    import_shop(path, folder, ORDERS)
    return path


@pytest.fixture(scope="module")
def table(shop):
    conn = sqlite3.connect(shop)
    try:
        frame = product_metrics(conn, P)
    finally:
        conn.close()
    return frame


def row(table, sku):
    found = table[table["sku"] == sku]
    assert len(found) == 1, sku
    return found.iloc[0]


def close(value, expected, places=6):
    return value is not None and not pd.isna(value) and math.isclose(
        float(value), expected, abs_tol=10 ** -places)


def test_one_row_per_product_best_sellers_first(table):
    assert len(table) == 15  # the sheet's 15 products; every sold sku is in it
    assert table["sku"].tolist()[:4] == ["SKU-A1", "SKU-A2", "SKU-B1", "SKU-B2"]
    assert set(table["currency"]) == {"CNY"}
    assert row(table, "SKU-A1")["title"] == "测试宝贝A1"  # the sheet's title


def test_sales_refunds_and_net_sales(table):
    # A1: orders 101 (x3) and 102 (x4), 600.00 each; 112 unpaid and 114 (April) excluded
    a1 = row(table, "SKU-A1")
    assert (a1["units"], a1["sales_cents"], a1["orders"]) == (7, 420000, 2)
    assert (a1["refund_cents"], a1["return_cents"]) == (60000, 0)  # R3 is pending
    assert a1["net_sales_cents"] == 360000
    assert close(a1["refund_rate"], 600 / 4200)
    # B1 and B2 share order 105's refund of 110.00: 22.73 and 60.00 + 27.27
    b1, b2 = row(table, "SKU-B1"), row(table, "SKU-B2")
    assert (b1["units"], b1["sales_cents"], b1["refund_cents"]) == (6, 60000, 2273)
    assert (b2["units"], b2["sales_cents"], b2["refund_cents"]) == (5, 30000, 8727)
    assert b1["refund_cents"] + b2["refund_cents"] == 11000
    assert b1["net_sales_cents"] == 57727 and b2["net_sales_cents"] == 21273
    # C4: 3 x 20.00, and the return R2 of 20.00 dated 03-20 without its order
    c4 = row(table, "SKU-C4")
    assert (c4["sales_cents"], c4["refund_cents"], c4["return_cents"]) == (6000, 0, 2000)
    assert c4["net_sales_cents"] == 4000 and close(c4["refund_rate"], 20 / 60)
    # never sold
    c8 = row(table, "SKU-C8")
    assert (c8["units"], c8["sales_cents"], c8["orders"]) == (0, 0, 0)
    assert pd.isna(c8["refund_rate"])


def test_an_order_with_two_lines_of_one_product_counts_once(table):
    c6 = row(table, "SKU-C6")  # order 110: C6 at 30.00 and C6 at 20.00
    assert (c6["units"], c6["sales_cents"], c6["orders"]) == (2, 5000, 1)


def test_gross_margin(table):
    # A1: cogs 7 x 360 = 2520.00; profit 3600.00 - 2520.00 = 1080.00; margin 1080 / 3600
    a1 = row(table, "SKU-A1")
    assert (a1["cogs_cents"], a1["gross_profit_cents"]) == (252000, 108000)
    assert close(a1["gross_margin"], 0.3)
    # B2: cogs 5 x 30 = 150.00; net 212.73; profit 62.73
    b2 = row(table, "SKU-B2")
    assert (b2["cogs_cents"], b2["gross_profit_cents"]) == (15000, 6273)
    assert close(b2["gross_margin"], 62.73 / 212.73)
    # C8 sold nothing: cogs 0, net 0: no margin
    c8 = row(table, "SKU-C8")
    assert c8["cogs_cents"] == 0 and pd.isna(c8["gross_margin"])


def test_realised_prices_after_discounts(table):
    c6 = row(table, "SKU-C6")  # 50.00 / 2 units; the lowest line 20.00 / 1
    assert (c6["realised_price_cents"], c6["min_unit_price_cents"]) == (2500, 2000)
    assert row(table, "SKU-A1")["realised_price_cents"] == 60000
    assert pd.isna(row(table, "SKU-C8")["realised_price_cents"])


def test_dong_xiao_per_product(table):
    sold = set(table.loc[table["sold"], "sku"])
    assert sold == {"SKU-A1", "SKU-A2", "SKU-B1", "SKU-B2", "SKU-C1", "SKU-C2", "SKU-C3",
                    "SKU-C4", "SKU-C5", "SKU-C6", "SKU-C7"}


def test_cover_turnover_and_sell_through(table):
    # A1: 7 units in 03-02..03-31, rate 7/30 a day; stock 40 today, and order 114 sold
    # one more on 04-01, after March: at the end of March the stock was 40 + 1 = 41
    a1 = row(table, "SKU-A1")
    assert (a1["stock"], a1["stock_at_end"]) == (40, 41)
    assert a1["recent_units"] == 7 and close(a1["daily_units"], 7 / 30)
    assert close(a1["days_of_cover"], 41 / (7 / 30))      # 175.71
    assert close(a1["turnover_days"], 41 / (7 / 31))      # 181.57: over the 31-day period
    assert close(a1["sell_through"], 7 / 48)
    # A2 sold only on 03-01, outside the 30 days: no rate, so no cover; turnover 5 x 31 / 1
    a2 = row(table, "SKU-A2")
    assert a2["recent_units"] == 0 and pd.isna(a2["days_of_cover"])
    assert close(a2["turnover_days"], 155.0) and close(a2["sell_through"], 1 / 6)
    # B1: stock 0 -> cover 0, turnover 0, sold through
    b1 = row(table, "SKU-B1")
    assert close(b1["days_of_cover"], 0.0) and close(b1["turnover_days"], 0.0)
    assert close(b1["sell_through"], 1.0)
    # C1: stock 45, 31 units in the period: turnover exactly 45 days
    c1 = row(table, "SKU-C1")
    assert close(c1["turnover_days"], 45.0) and close(c1["days_of_cover"], 45 / (31 / 30))
    # C10 has no stock figure: none of the stock metrics
    c10 = row(table, "SKU-C10")
    assert pd.isna(c10["stock"]) and pd.isna(c10["days_of_cover"])
    assert pd.isna(c10["sell_through"]) and pd.isna(c10["turnover_days"])


def test_a_single_day_classes_no_lifecycle(shop):
    """On one day most products sell nothing: 'slow' would say nothing about them."""
    with sqlite3.connect(shop) as conn:
        day = product_metrics(conn, Period.day(date(2026, 3, 20)))
    assert day["lifecycle"].isna().all()
    assert row(day, "SKU-A1")["units"] == 4  # order 102; the figures themselves stay


def test_abc_at_the_thresholds(table):
    abc = dict(zip(table["sku"], table["abc"], strict=True))
    assert abc["SKU-A1"] == "A" and abc["SKU-A2"] == "A"   # before: 0%, 70%
    assert abc["SKU-B1"] == "B"                            # before: exactly 80%
    assert abc["SKU-B2"] == "B"                            # before: 90%
    assert abc["SKU-C1"] == "C"                            # before: exactly 95%
    assert {abc[f"SKU-C{k}"] for k in range(1, 12)} == {"C"}  # unsold ones too


def test_abc_thresholds_are_settings(shop):
    conn = sqlite3.connect(shop)
    try:
        # A at 70%: A2 (70% before it) is no longer A; B at 90%: B2 (90% before it) is C
        frame = product_metrics(conn, P, settings=ProductRules(abc_a_share=0.70,
                                                               abc_b_share=0.90))
    finally:
        conn.close()
    abc = dict(zip(frame["sku"], frame["abc"], strict=True))
    assert (abc["SKU-A1"], abc["SKU-A2"], abc["SKU-B1"], abc["SKU-B2"]) == ("A", "B", "B", "C")


def test_lifecycle_classes(table):
    life = dict(zip(table["sku"], table["lifecycle"], strict=True))
    # hot: class A and 7 units now = 7 before (not declining, at the threshold); it is
    # overstocked (turnover 177 days) but 'hot' comes before 'slow'
    assert life["SKU-A1"] == "hot"
    # A2 is class A but declining (1 < 2), not rising, and its only sale (03-01) is just
    # outside the 30 days ending 03-31, with stock 5: slow
    assert life["SKU-A2"] == "slow"
    # rising at the threshold: 6 >= 4 x 1.5
    assert life["SKU-B1"] == "rising" and close(row(table, "SKU-B1")["units_growth"], 0.5)
    # 5 < 4 x 1.5: not rising; turnover 8 x 31 / 5 = 49.6 > 45 with stock: slow
    assert life["SKU-B2"] == "slow" and close(row(table, "SKU-B2")["turnover_days"], 49.6)
    # turnover exactly 45 is not over 45; 31 units = 31 before: long tail
    assert life["SKU-C1"] == "long_tail"
    # first sale 03-02 = end - 29: new (and new comes before slow: turnover 310 days)
    assert life["SKU-C2"] == "new"
    # first sale 03-01: not new; no sale since, but no stock: not slow either
    assert life["SKU-C3"] == "long_tail"
    # nothing in the previous period: 3 units is rising (rising_min_units), 2 is not
    assert life["SKU-C4"] == "rising" and life["SKU-C5"] == "long_tail"
    assert life["SKU-C6"] == "new"       # first sale 03-18
    assert life["SKU-C7"] == "long_tail"  # first sale 2025-11-15, 1 unit, turnover 31
    # never sold: with stock slow, without stock (0 or unknown) long tail
    assert (life["SKU-C8"], life["SKU-C9"], life["SKU-C10"], life["SKU-C11"]) == (
        "slow", "long_tail", "long_tail", "slow")
    assert row(table, "SKU-C2")["first_sale_day"] == "2026-03-02"
    assert pd.isna(row(table, "SKU-C8")["first_sale_day"])
    assert row(table, "SKU-A2")["last_sale_day"] == "2026-03-01"
    # A1's sale of 04-01 is after the period end: its last sale as of 03-31 is 03-20
    assert row(table, "SKU-A1")["last_sale_day"] == "2026-03-20"


def test_lifecycle_thresholds_are_settings(shop):
    conn = sqlite3.connect(shop)
    try:
        frame = product_metrics(conn, P, settings=ProductRules(
            slow_turnover_days=50, rising_min_units=2, new_days=31))
    finally:
        conn.close()
    life = dict(zip(frame["sku"], frame["lifecycle"], strict=True))
    assert life["SKU-B2"] == "long_tail"  # turnover 49.6 is not over 50 any more
    assert life["SKU-C5"] == "rising"     # 2 units from nothing
    assert life["SKU-C3"] == "new"        # first sale 03-01 = end - 30 is within 31 days


def test_replenishment(table):
    # A1: lead 10 (sheet), review 7, rate 7/30: safety ceil(7/30 x 17 = 3.97) = 4,
    # reorder point ceil(7/30 x 10 = 2.33) + 4 = 7; stock 40 above it: no reorder
    a1 = row(table, "SKU-A1")
    assert (a1["lead_time_days"], a1["safety_stock"], a1["reorder_point"],
            a1["reorder_qty"]) == (10, 4, 7, 0)
    assert not a1["safety_stock_from_sheet"]
    # B1: lead 7 (default), rate 6/30 = 0.2: safety ceil(2.8) = 3, point ceil(1.4) + 3 = 5;
    # stock 0: order ceil(0.2 x 14) + 3 - 0 = 6
    b1 = row(table, "SKU-B1")
    assert (b1["lead_time_days"], b1["safety_stock"], b1["reorder_point"],
            b1["reorder_qty"]) == (7, 3, 5, 6)
    # C7: sheet safety 0 and lead 60, rate 1/30: point ceil(2.0) + 0 = 2; stock 1:
    # order ceil(1/30 x 67 = 2.23) + 0 - 1 = 2
    c7 = row(table, "SKU-C7")
    assert (c7["lead_time_days"], c7["safety_stock"], c7["reorder_point"],
            c7["reorder_qty"]) == (60, 0, 2, 2)
    assert c7["safety_stock_from_sheet"]
    # C11: sheet safety 20, lead 5, no sales: point 0 + 20; stock 15: order 20 - 15 = 5
    c11 = row(table, "SKU-C11")
    assert (c11["safety_stock"], c11["reorder_point"], c11["reorder_qty"]) == (20, 20, 5)
    # A2: no recent sales, no sheet safety: 0, 0, 0
    a2 = row(table, "SKU-A2")
    assert (a2["safety_stock"], a2["reorder_point"], a2["reorder_qty"]) == (0, 0, 0)
    assert pd.isna(row(table, "SKU-C10")["reorder_qty"])  # stock unknown


def test_alerts(table):
    flagged = {name: set(table.loc[table[name], "sku"])
               for name in ("low_stock", "slow_mover", "below_cost", "below_margin_floor")}
    # low stock: B1 (0 < safety 3), C5 (0 < safety ceil(2/30 x 14) = 1), C11 (15 < 20), and
    # C7 (stock 1 >= safety 0, but cover 1 / (1/30) = 30 days < lead time 60)
    assert flagged["low_stock"] == {"SKU-B1", "SKU-C5", "SKU-C7", "SKU-C11"}
    assert flagged["slow_mover"] == {"SKU-A2", "SKU-B2", "SKU-C8", "SKU-C11"}
    # C6 sold one at 20.00 under its cost of 25.00; at its realised 25.00 the margin is 0
    assert flagged["below_cost"] == {"SKU-C6"}
    # C7: (10 - 8) / 10 = 20% is not below the 20% floor
    assert flagged["below_margin_floor"] == {"SKU-C6"}
    # capital tied up: stock x cost
    values = dict(zip(table["sku"], table["stock_value_cents"], strict=True))
    assert (values["SKU-A2"], values["SKU-B2"], values["SKU-C8"], values["SKU-C11"]) == (
        200000, 24000, 12000, 45000)
    assert pd.isna(values["SKU-C10"])


def test_summary(table):
    s = product_summary(table)
    # on shelf: the 11 sold + C8 and C11 (stock, unsold); C9 (stock 0) and C10 (no stock
    # figure) are not. 动销率 = 11 / 13
    assert (s.products, s.on_shelf, s.sold) == (15, 13, 11)
    assert math.isclose(s.sell_through_rate, 11 / 13)
    assert s.slow_movers == 4 and s.platforms_without_stock == ()
    assert s.slow_stock_value_cents == 200000 + 24000 + 12000 + 45000
    assert (s.low_stock, s.below_cost, s.below_margin_floor) == (4, 1, 1)


def test_sell_through_of_a_platform_without_stock_is_unknown(table):
    """抖店 rows without any stock figure: 2 products, 1 sold. Counted, 动销率 would read
    11 + 1 sold of 13 + 1 on shelf; left out, it stays 11 / 13 and names 抖店."""
    douyin = pd.DataFrame({
        "platform": ["douyin", "douyin"], "sku": ["D1", "D2"], "currency": ["CNY", "CNY"],
        "units": [3, 0], "stock": pd.array([pd.NA, pd.NA], dtype="Int64"),
        "slow_mover": [False, False], "low_stock": [False, False],
        "below_cost": [False, False], "below_margin_floor": [False, False],
        "stock_value_cents": pd.array([pd.NA, pd.NA], dtype="Int64")})
    s = product_summary(pd.concat([table, douyin], ignore_index=True))
    assert (s.on_shelf, s.sold, s.platforms_without_stock) == (13, 11, ("douyin",))
    assert math.isclose(s.sell_through_rate, 11 / 13)
    only = product_summary(douyin)
    assert only.sell_through_rate is None  # unknown, not 1 of 1 = 100 %


def test_previous_period_and_platform_filter(shop):
    conn = sqlite3.connect(shop)
    try:
        feb = product_metrics(conn, P.previous())
        other = product_metrics(conn, P, platform="jd")
    finally:
        conn.close()
    # 01-29 .. 02-28: A1 7, A2 2, B1 4, B2 4, C1 31
    units = dict(zip(feb["sku"], feb["units"], strict=True))
    assert {k: v for k, v in units.items() if v} == {
        "SKU-A1": 7, "SKU-A2": 2, "SKU-B1": 4, "SKU-B2": 4, "SKU-C1": 31}
    assert other.empty and list(other.columns) == list(feb.columns)


def test_empty_shop(shop_path):
    db = open_shop(shop_path, create=True)
    try:
        frame = product_metrics(db.conn, P)
    finally:
        db.conn.close()
    assert frame.empty
    assert product_summary(frame).sell_through_rate is None


def test_divide_half_up():
    got = divide_half_up(pd.Series([1001, -1001, 1000, 5, 7]), pd.Series([2, 2, 3, 0, 2]))
    # 500.5 -> 501, -500.5 -> -501 (away from zero), 333.3 -> 333, /0 -> NA, 3.5 -> 4
    assert got.iloc[[0, 1, 2, 4]].tolist() == [501, -501, 333, 4]
    assert pd.isna(got.iloc[3])


def test_cli_json_matches_the_function(shop, table, capsys):
    assert main(["products", "--shop", str(shop), "--from", "2026-03-01",
                 "--to", "2026-03-31", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    assert doc["summary"]["sell_through_rate"] == round(11 / 13, 6)
    assert doc["summary"]["slow_stock_value"] == "2810.00"
    by_sku = {p["sku"]: p for p in doc["products"]}
    assert list(by_sku) == table["sku"].tolist()
    for _, r in table.iterrows():
        p = by_sku[r["sku"]]
        assert p["units"] == r["units"] and p["orders"] == r["orders"]
        assert p["sales"] == format_cents(r["sales_cents"])
        assert p["net_sales"] == format_cents(r["net_sales_cents"])
        assert p["abc"] == r["abc"] and p["lifecycle"] == r["lifecycle"]
        assert p["low_stock"] == bool(r["low_stock"])
        if pd.isna(r["days_of_cover"]):
            assert p["days_of_cover"] is None
        else:
            assert p["days_of_cover"] == round(r["days_of_cover"], 6)
    # and by hand
    assert by_sku["SKU-B2"]["refund"] == "87.27" and by_sku["SKU-B2"]["gross_profit"] == "62.73"
    assert by_sku["SKU-A1"]["gross_margin"] == 0.3 and by_sku["SKU-C10"]["stock"] is None


def test_cli_csv_and_text(shop, tmp_path, capsys):
    out = tmp_path / "products.csv"
    assert main(["products", "--shop", str(shop), "--from", "2026-03-01", "--to",
                 "2026-03-31", "--csv", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel and WPS
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str)
    assert "sales" in frame.columns and "sales_cents" not in frame.columns
    a1 = frame[frame["sku"] == "SKU-A1"].iloc[0]
    assert (a1["sales"], a1["title"], a1["lifecycle"]) == ("4200.00", "测试宝贝A1", "hot")
    capsys.readouterr()
    assert main(["products", "--shop", str(shop), "--from", "2026-03-01", "--to",
                 "2026-03-31", "--limit", "3"]) == 0
    text = capsys.readouterr().out
    assert "动销率 84.6%" in text and "SKU-A1" in text and "12 more" in text
