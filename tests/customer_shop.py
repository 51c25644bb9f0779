"""A small shop for the customer figures, every one worked out by hand (invented buyers).

As of 2024-06-30 over 365 days (window 2023-07-02 .. 2024-06-30); the last 90 days are
2024-04-02 .. 2024-06-30.

  buyer      orders (paid day, amount)                       in window       R days
  taobao t1  05-10-2023 50.00 (before the window),           2 / 300.00      10
             01-15 100.00, 06-20 200.00 (refund: order 20.00, lines 50.00 -> 50.00)
  taobao t2  04-15 50.00, 05-01 100.00, 06-28 80.00 + 20.00  4 / 250.00      2
  taobao t3  02-01 500.00                                    1 / 500.00      150
  taobao t4  09-01-2023 30.00                                1 / 30.00       303
  taobao t5  06-30 60.00 (a succeeded refund record 60.00)   1 / 60.00       0
  douyin D1  06-10 40.00, no buyer ID: a buyer of its own    1 / 40.00       20
  douyin D2  06-11 40.00, no buyer ID                        1 / 40.00       19
  taobao t6  unpaid: not a sale

Quintile cut-offs of the 7 scored buyers (numpy 'lower': the values at positions
floor(q x 6) = 1, 2, 3, 4 of the sorted values):
  R days 0 2 10 19 20 150 303           -> 2, 10, 19, 20
  F      1 1 1 1 1 2 4                  -> 1, 1, 1, 1
  M      30 40 40 60 250 300 500 (yuan) -> 40, 40, 60, 250
Scores (R: 5 minus the cut-offs exceeded; F, M: 1 plus them):
  t1 R4 F5 M5   t2 R5 F5 M4   t3 R1 F1 M5   t4 R1 F1 M1   t5 R5 F1 M3   D1 R2 F1 M1
  D2 R3 F1 M1
Averages: R 21/7 = 3, F 15/7 = 2.14, M 20/7 = 2.86 (high = above the average):
  t1 HHH important_value, t2 HHH important_value, t3 LLH important_retain, t4 LLL lost,
  t5 HLH important_develop, D1 LLL lost, D2 LLL lost (R3 is not above 3)
Grid (FM = (F + M) / 2, whole): t1 R4 FM5 loyal, t2 R5 FM4.5->4 champions, t3 R1 FM3
  dormant, t4 R1 FM1 dormant, t5 R5 FM2 new, D1 R2 FM1 almost_lost, D2 R3 FM1
  needs_attention
Lifecycle (orders in the last 90 days, R): t1 1 first, t2 4 loyal, t3 150 days dormant,
  t4 303 days lost, t5 first, D1 first, D2 first
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from opsdesk_gui.store import open_shop

AS_OF = date(2024, 6, 30)
SINCE = date(2023, 7, 2)
# Every order has one line of SKU-1 (连衣裙, category 女装) except these (帆布包, 配饰):
LINE = {"B3": ("SKU-2", "帆布包"), "C1": ("SKU-2", "帆布包")}
ORDERS = [  # platform, order, buyer, status, paid_at, paid cents, order refund cents
    ("taobao", "A1", "t1", "completed", "2023-05-10 10:00:00", 5000, 0),
    ("taobao", "A2", "t1", "completed", "2024-01-15 10:00:00", 10000, 0),
    ("taobao", "A3", "t1", "completed", "2024-06-20 10:00:00", 20000, 2000),
    ("taobao", "B1", "t2", "completed", "2024-04-15 09:00:00", 5000, 0),
    ("taobao", "B2", "t2", "completed", "2024-05-01 09:00:00", 10000, 0),
    ("taobao", "B3", "t2", "shipped", "2024-06-28 09:00:00", 8000, 0),
    ("taobao", "B4", "t2", "paid", "2024-06-28 21:00:00", 2000, 0),
    ("taobao", "C1", "t3", "completed", "2024-02-01 12:00:00", 50000, 0),
    ("taobao", "E1", "t4", "completed", "2023-09-01 12:00:00", 3000, 0),
    ("taobao", "F1", "t5", "refunded", "2024-06-30 18:00:00", 6000, 0),
    ("taobao", "G1", "t6", "unpaid", None, 9900, 0),
    ("douyin", "D1", None, "completed", "2024-06-10 08:00:00", 4000, 0),
    ("douyin", "D2", None, "completed", "2024-06-11 08:00:00", 4000, 0),
]


def build_customer_shop(path: Path) -> Path:
    open_shop(path, create=True).conn.close()
    conn = sqlite3.connect(path)
    with conn:
        for platform, order, buyer, status, paid_at, paid, refund in ORDERS:
            conn.execute(
                "INSERT INTO orders (platform, order_id, buyer_id, status, created_at, paid_at,"
                " currency, paid_cents, refund_cents, units) VALUES (?, ?, ?, ?, ?, ?, 'CNY',"
                " ?, ?, 1)",
                (platform, order, buyer, status, paid_at or "2024-06-29 08:00:00", paid_at,
                 paid, refund))
            conn.execute(
                "INSERT INTO order_lines (platform, order_id, line_id, sku, title, qty, "
                "amount_cents, refund_cents) VALUES (?, ?, '1', ?, ?, 1, ?, ?)",
                (platform, order, *LINE.get(order, ("SKU-1", "连衣裙 碎花")), paid,
                 5000 if order == "A3" else None))
        conn.executemany("INSERT INTO products (platform, sku, title, category) "
                         "VALUES ('taobao', ?, ?, ?)",
                         [("SKU-1", "连衣裙 碎花", "女装"), ("SKU-2", "帆布包", "配饰")])
        conn.execute("INSERT INTO refunds (platform, refund_id, order_id, amount_cents, status)"
                     " VALUES ('taobao', 'R1', 'F1', 6000, 'succeeded')")
        conn.executemany(
            "INSERT INTO buyers (platform, buyer_id, name, phone, province) "
            "VALUES ('taobao', ?, ?, ?, ?)",
            [("t1", "测试一", "13800000001", "浙江"), ("t2", "测试二", "13800000002", "上海")])
    conn.close()
    return path
