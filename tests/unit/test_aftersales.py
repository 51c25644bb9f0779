"""Refunds by sku and reason and the Pareto of reasons, worked out by hand. Orders and lines
come through the real importer (Taobao 订单报表 + 宝贝报表 with line refunds); refund records
are inserted into `refunds`. Period: March 2024, CNY.

order paid    lines                 order refund  line refunds  records (succeeded)
A01   150.00  A x1 100, B x1 50      50.00         B 50          B 尺码不符 50
A02   200.00  A x2 200 (closed)     200.00         A 200         A 质量问题 120 (+ A 50 pending)
A03    80.00  C x1 80                30.00         -             no sku, 不想要了 30
A04   180.00  A x1 100, C x1 80      40.00         -             -
A05   100.00  B x2 100                 -           -             -
A06    50.00  B x1 50                  -           -             B 尺码不符 60 (more than paid)
A07   paid Feb 28 (outside)            -           -             B 尺码不符 10, refunded Mar 1
A08   100.00  A x1 60, B x1 40         -           -             A 质量问题 100, B 尺码不符 50
Records without an order in the file: X999 SKU-D 发错货 15.00 (refunded Mar 15),
X998 no sku, no reason, 5.00 (requested Mar 20), X997 发错货 7.00 (refunded Apr 2: no).

Refunds count in the period they succeeded in (refund_days.py): A07 was paid in
February, but its 10.00 succeeded on Mar 1, so it is March's.

Each order's refund R = min(paid, max(order, lines, records)):
A01 max(50, 50, 50) = 50 -> records state it: B 尺码不符 50.00
A02 max(200, 200, 120) = 200 -> records 120 (A 质量问题); the rest 80 on A's line refund
    beyond the records (200 - 120): A, reason unstated
A03 30 -> the record has no sku: the order's only sku, C 不想要了 30.00
A04 40 -> nothing says which sku (A and C): unattributed, reason unstated
A06 min(50, 60) = 50 -> B 尺码不符 50.00
A08 min(100, 150) = 100 -> records scaled to 100: A 100 x 100/150 = 66.666 -> 66.67,
    B 50 x 100/150 = 33.333 -> 33.33 (largest remainder gets the last cent)
A07 max(0, 0, 10) = 10 -> B 尺码不符 10.00
Total 50 + 200 + 30 + 40 + 50 + 100 + 10 + unmatched 15 + 5 = 500.00 (as kpi.py counts).
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date

import pytest
from exportfiles import write_csv

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.aftersales import refund_analysis, scale_cents, split_order_refund
from opsdesk_gui.models.kpi import compute_kpis
from opsdesk_gui.models.periods import Period

ORDER_HEADER = ["订单编号", "买家会员名", "买家应付货款", "买家应付邮费", "买家实际支付金额",
                "订单状态", "订单创建时间", "订单付款时间", "宝贝总数量", "退款金额"]
LINE_HEADER = ["主订单编号", "子订单编号", "标题", "价格", "购买数量", "商家编码", "订单状态",
               "退款金额", "订单付款时间"]
DONE, CLOSED, NONE = "交易成功", "交易关闭", "无退款申请"


def order(n, buyer, paid, status, paid_at, units, refund="0.00"):
    return [n, buyer, paid, "0.00", paid, status, paid_at, paid_at, units, refund]


ORDERS = [
    order("A01", "测试买家1", "150.00", DONE, "2024-03-02 10:00:00", 2, "50.00"),
    order("A02", "测试买家2", "200.00", CLOSED, "2024-03-03 10:00:00", 2, "200.00"),
    order("A03", "测试买家3", "80.00", DONE, "2024-03-04 10:00:00", 1, "30.00"),
    order("A04", "测试买家4", "180.00", DONE, "2024-03-05 10:00:00", 2, "40.00"),
    order("A05", "测试买家5", "100.00", DONE, "2024-03-06 10:00:00", 2),
    order("A06", "测试买家6", "50.00", DONE, "2024-03-10 10:00:00", 1),
    order("A07", "测试买家7", "90.00", DONE, "2024-02-28 10:00:00", 1),
    order("A08", "测试买家8", "100.00", DONE, "2024-03-12 10:00:00", 2),
]


def line(o, n, sku, price, qty, status, refund, paid_at):
    return [o, f"{o}-{n}", f"测试宝贝{sku[-1]}", price, qty, sku, status, refund, paid_at]


LINES = [
    line("A01", 1, "SKU-A", "100.00", 1, DONE, NONE, "2024-03-02 10:00:00"),
    line("A01", 2, "SKU-B", "50.00", 1, DONE, "50.00", "2024-03-02 10:00:00"),
    line("A02", 1, "SKU-A", "100.00", 2, CLOSED, "200.00", "2024-03-03 10:00:00"),
    line("A03", 1, "SKU-C", "80.00", 1, DONE, NONE, "2024-03-04 10:00:00"),
    line("A04", 1, "SKU-A", "100.00", 1, DONE, NONE, "2024-03-05 10:00:00"),
    line("A04", 2, "SKU-C", "80.00", 1, DONE, NONE, "2024-03-05 10:00:00"),
    line("A05", 1, "SKU-B", "50.00", 2, DONE, NONE, "2024-03-06 10:00:00"),
    line("A06", 1, "SKU-B", "50.00", 1, DONE, NONE, "2024-03-10 10:00:00"),
    line("A07", 1, "SKU-B", "90.00", 1, DONE, NONE, "2024-02-28 10:00:00"),
    line("A08", 1, "SKU-A", "60.00", 1, DONE, NONE, "2024-03-12 10:00:00"),
    line("A08", 2, "SKU-B", "40.00", 1, DONE, NONE, "2024-03-12 10:00:00"),
]
RECORDS = [
    # refund_id, order, sku, reason, amount, status, requested_at, refunded_at
    ("R1", "A01", "SKU-B", "尺码不符", 5000, "succeeded", None, "2024-03-04 10:00:00"),
    ("R2", "A02", "SKU-A", "质量问题", 12000, "succeeded", None, "2024-03-05 10:00:00"),
    ("R3", "A02", "SKU-A", "质量问题", 5000, "pending", "2024-03-06 10:00:00", None),
    ("R4", "A03", None, "不想要了", 3000, "succeeded", None, "2024-03-06 10:00:00"),
    ("R5", "A06", "SKU-B", "尺码不符", 6000, "succeeded", None, "2024-03-12 10:00:00"),
    ("R6", "A07", "SKU-B", "尺码不符", 1000, "succeeded", None, "2024-03-01 10:00:00"),
    ("R10", "A08", "SKU-A", "质量问题", 10000, "succeeded", None, "2024-03-14 10:00:00"),
    ("R11", "A08", "SKU-B", "尺码不符", 5000, "succeeded", None, "2024-03-14 10:00:00"),
    ("R7", "X999", "SKU-D", "发错货", 1500, "succeeded", None, "2024-03-15 10:00:00"),
    ("R8", "X998", None, None, 500, None, "2024-03-20 10:00:00", None),
    ("R9", "X997", "SKU-D", "发错货", 700, "succeeded", None, "2024-04-02 10:00:00"),
]
MARCH = Period(date(2024, 3, 1), date(2024, 3, 31))


@pytest.fixture
def shop(tmp_path, shop_path):
    files = [write_csv(tmp_path / "ExportOrderList.csv", ORDER_HEADER, ORDERS, encoding="gbk"),
             write_csv(tmp_path / "ExportOrderDetailList.csv", LINE_HEADER, LINES,
                       encoding="gbk")]
    summary = import_files(shop_path, files)
    assert {f.preset for f in summary.files} == {"taobao_orders", "taobao_lines"}
    with sqlite3.connect(shop_path) as conn:
        conn.executemany("INSERT INTO refunds (platform, refund_id, order_id, sku, reason, "
                         "amount_cents, status, requested_at, refunded_at) "
                         "VALUES ('taobao', ?, ?, ?, ?, ?, ?, ?, ?)", RECORDS)
    return shop_path


def analysis(shop, **kwargs):
    with sqlite3.connect(shop) as conn:
        return refund_analysis(conn, MARCH, **kwargs), compute_kpis(conn, MARCH)["CNY"]


def test_totals_match_the_kpis(shop):
    result, kpis = analysis(shop)
    assert result.refund_amount == 50000 == kpis.refund_amount
    assert result.unmatched_refund_amount == 2000 == kpis.unmatched_refund_amount
    # GMV: 150 + 200 + 80 + 180 + 100 + 50 + 100 = 860.00
    assert result.gmv == 86000 == kpis.gmv
    assert result.by_sku["refund_cents"].sum() == 50000
    assert result.by_reason["refund_cents"].sum() == 50000


def test_pareto_of_reasons(shop):
    reasons = analysis(shop)[0].by_reason
    assert list(reasons["reason"]) == ["质量问题", "尺码不符", "不想要了", "发错货", None]
    # 质量问题: A02 120.00 + A08 66.67; 尺码不符: A01 50 + A06 50 + A08 33.33 + A07 10;
    # 不想要了: A03 30; 发错货: X999 15; unstated: A02 80 + A04 40 + X998 5
    assert list(reasons["refund_cents"]) == [18667, 14333, 3000, 1500, 12500]
    assert list(reasons["cases"]) == [2, 4, 1, 1, 3]
    cumulative = [18667, 33000, 36000, 37500, 50000]
    assert list(reasons["cumulative_share"]) == pytest.approx([c / 50000 for c in cumulative])
    assert reasons["share"].iloc[0] == pytest.approx(18667 / 50000)  # 0.37334
    assert reasons["refund_rate"].iloc[0] == pytest.approx(18667 / 86000)
    # vital few: the stated reasons reaching 80% of the stated 375.00 (300.00): 质量问题
    # starts at 0, 尺码不符 at 186.67 (< 300), 不想要了 at 330.00 (not)
    assert list(reasons["vital"]) == [True, True, False, False, False]


def test_refunds_by_sku(shop):
    by_sku = analysis(shop)[0].by_sku
    assert list(zip(by_sku["sku"], by_sku["refund_cents"], strict=True)) == [
        ("SKU-A", 26667), ("SKU-B", 14333), (None, 4500), ("SKU-C", 3000), ("SKU-D", 1500)]
    a = by_sku.iloc[0]
    # SKU-A in A01, A02, A04, A08: units 1 + 2 + 1 + 1, sales 100 + 200 + 100 + 60
    assert (a["orders"], a["units"], a["sales_cents"], a["refunded_orders"]) == (4, 5, 46000, 2)
    assert a["refund_rate"] == pytest.approx(26667 / 46000)
    assert a["refund_order_rate"] == pytest.approx(2 / 4)
    b = by_sku.iloc[1]
    # SKU-B sold in A01, A05, A06, A08 (A07 is February): 50 + 100 + 50 + 40; refunded
    # in March: A01, A06, A08 and A07 (its refund succeeded on Mar 1)
    assert (b["orders"], b["sales_cents"], b["refunded_orders"]) == (4, 24000, 4)
    assert b["refund_rate"] == pytest.approx(14333 / 24000)
    unattributed = by_sku.iloc[2]
    # A04's 40.00 (two skus, nothing says which) + X998's 5.00; the record has no order
    assert (unattributed["orders"], unattributed["refunded_orders"]) == (0, 1)
    assert math.isnan(unattributed["refund_rate"])
    assert by_sku.iloc[3]["refund_rate"] == pytest.approx(3000 / 16000)  # C: A03 + A04 80 each


def test_reasons_of_one_sku(shop):
    reasons = analysis(shop, sku="SKU-B")[0].by_reason
    assert list(reasons["reason"]) == ["尺码不符"]
    assert list(reasons["refund_cents"]) == [14333]
    assert list(reasons["cumulative_share"]) == [1.0]
    reasons = analysis(shop, sku="SKU-A")[0].by_reason
    assert list(reasons["reason"]) == ["质量问题", None]
    assert list(reasons["refund_cents"]) == [18667, 8000]


def test_split_rules():
    # largest remainder: 2/3 and 1/3 of 100.00 -> 66.67 + 33.33, adding up exactly
    assert scale_cents({"a": 10000, "b": 5000}, 10000) == {"a": 6667, "b": 3333}
    assert scale_cents({"a": 1, "b": 1, "c": 1}, 100) == {"a": 34, "b": 33, "c": 33}
    assert scale_cents({"a": 0}, 100) == {"a": 0}
    # records short of R, line refunds say where the rest is
    split = split_order_refund(7000, [("A", "质量问题", 3000)], {"A": 5000, "B": 2000},
                               {"A", "B"})
    assert split == {("A", "质量问题"): 3000, ("A", None): 2000, ("B", None): 2000}
    # only an order-level figure and one sku: that sku
    assert split_order_refund(4000, [], {}, {"C"}) == {("C", None): 4000}
