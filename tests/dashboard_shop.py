"""A small shop for the Reports dashboard, with every figure worked out by hand.

Taobao, CNY. Costs: SKU-A 40.00, SKU-B 10.00.
Comparison period 2024-03-01..07:
  B1  u1  2024-03-02  paid 100.00  A x1
  B2  u2  2024-03-05  paid 100.00  A x1
  -> GMV 200.00, 2 orders, 2 buyers, 客单价 100.00, no refunds
This period 2024-03-08..14:
  C1  u1  2024-03-08  paid 150.00  A x1 (100.00) + B x1 (50.00), refund 50.00 on the order
  C2  u3  2024-03-09  paid 100.00  A x1
  C3  u3  2024-03-10  paid  50.00  B x1
  C4  u4  2024-03-12  paid 300.00  A x3
  U1  u5  2024-03-11  unpaid (not a sale)
  -> GMV 600.00, 4 orders, 3 buyers (u1, u3, u4), 客单价 200.00, refunds 50.00
     (退款率 8.33%), net sales 550.00, cost 5 x 40.00 + 2 x 10.00 = 220.00,
     毛利率 (550 - 220) / 550 = 60.00%
Traffic (生意参谋, shop, exported for exactly each period):
  this period   visitors 100, 加购 20, 下单 5, 支付 3  -> 支付转化率 3.00%, UV价值 6.00
  comparison    visitors  50, 加购 10, 下单 2, 支付 2  -> 支付转化率 4.00%, UV价值 4.00
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.store import open_shop

WEEK = PeriodSelection(Period(date(2024, 3, 8), date(2024, 3, 14)))
BASE = Period(date(2024, 3, 1), date(2024, 3, 7))
ORDERS = [  # order, buyer, status, paid_at, paid cents, refund cents, lines (sku, qty, cents)
    ("B1", "u1", "completed", "2024-03-02 10:00:00", 10000, 0, [("SKU-A", 1, 10000)]),
    ("B2", "u2", "completed", "2024-03-05 10:00:00", 10000, 0, [("SKU-A", 1, 10000)]),
    ("C1", "u1", "completed", "2024-03-08 09:00:00", 15000, 5000,
     [("SKU-A", 1, 10000), ("SKU-B", 1, 5000)]),
    ("C2", "u3", "completed", "2024-03-09 11:00:00", 10000, 0, [("SKU-A", 1, 10000)]),
    ("C3", "u3", "shipped", "2024-03-10 12:00:00", 5000, 0, [("SKU-B", 1, 5000)]),
    ("C4", "u4", "completed", "2024-03-12 13:00:00", 30000, 0, [("SKU-A", 3, 30000)]),
    ("U1", "u5", "unpaid", None, 20000, 0, [("SKU-A", 2, 20000)]),
]
TRAFFIC = [  # start, end, visitors, add to cart, ordered, paid
    ("2024-03-08", "2024-03-14", 100, 20, 5, 3),
    ("2024-03-01", "2024-03-07", 50, 10, 2, 2),
]


def build_shop(path: Path, traffic: bool = True, costs: bool = True) -> Path:
    open_shop(path, create=True).conn.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO products (platform, sku, title, cost_cents) "
                         "VALUES ('taobao', ?, ?, ?)",
                         [("SKU-A", "宝贝A", 4000 if costs else None),
                          ("SKU-B", "宝贝B", 1000 if costs else None)])
        for order, buyer, status, paid_at, paid, refund, lines in ORDERS:
            created = paid_at or "2024-03-11 08:00:00"
            conn.execute(
                "INSERT INTO orders (platform, order_id, buyer_id, status, created_at, paid_at,"
                " currency, paid_cents, refund_cents, units) "
                "VALUES ('taobao', ?, ?, ?, ?, ?, 'CNY', ?, ?, ?)",
                (order, buyer, status, created, paid_at, paid, refund,
                 sum(qty for _, qty, _ in lines)))
            for index, (sku, qty, cents) in enumerate(lines):
                conn.execute(
                    "INSERT INTO order_lines (platform, order_id, line_id, sku, qty, "
                    "amount_cents) VALUES ('taobao', ?, ?, ?, ?, ?)",
                    (order, str(index + 1), sku, qty, cents))
        if traffic:
            conn.executemany(
                "INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
                "visitors, add_cart_buyers, order_buyers, paid_buyers) "
                "VALUES ('taobao', 'shop', '', ?, ?, ?, ?, ?, ?)", TRAFFIC)
    conn.close()
    return path


SPIKE_DAY = date(2024, 3, 12)


def build_steady_shop(path: Path) -> Path:
    """One order of 100.00 a day from 2024-02-01 to 03-14, except 1,000.00 on 03-12.

    For each day of WEEK the 28 days before are all 100.00 (03-13, 03-14: all but the
    spike), so median 100.00 and MAD 0; the mean absolute deviation is 0 before the
    spike, so the spread is the 5% floor, 5.00, and the normal range 100.00 ± 3 × 5.00 =
    85.00 – 115.00: 03-12 is the one unusual day (GMV, up). After it the mean absolute
    deviation is 900.00 / 28, spread 1.2533 × 32.14 = 40.28, range 0 – 220.85: 100.00
    is normal."""
    open_shop(path, create=True).conn.close()
    conn = sqlite3.connect(path)
    day, n = date(2024, 2, 1), 0
    with conn:
        while day <= WEEK.period.end:
            n += 1
            cents = 100000 if day == SPIKE_DAY else 10000
            conn.execute(
                "INSERT INTO orders (platform, order_id, buyer_id, status, created_at, "
                "paid_at, currency, paid_cents, refund_cents, units) "
                "VALUES ('taobao', ?, ?, 'completed', ?, ?, 'CNY', ?, 0, 1)",
                (f"S{n}", f"u{n}", f"{day} 10:00:00", f"{day} 10:00:00", cents))
            conn.execute("INSERT INTO order_lines (platform, order_id, line_id, sku, qty, "
                         "amount_cents) VALUES ('taobao', ?, '1', 'SKU-A', 1, ?)",
                         (f"S{n}", cents))
            day = date.fromordinal(day.toordinal() + 1)
    conn.close()
    return path
