"""A small shop for the campaign pace and review, every figure worked out by hand (see
tests/unit/test_campaign_review.py). Invented buyers; platform taobao, CNY, cents.

双11 2026: warm-up 11-08 (Sun)..11-09, peak 11-10 (Tue)..11-11, encore 11-12.
Baseline: the 28 days 10-11..11-07, 100.00 a day paid by old1..old4 in turn, plus 400.00
on Tuesday 10-13 (so Tuesdays expect (4 × 100 + 400) ÷ 4 = 200.00, other days 100.00).
双11 2025 (the comparable event, 5 days too): 100, 0, 200, 600, 100 (yuan) by p1..p4;
280.00 by q1 in the 28 days before it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from opsdesk_gui.models.campaigns.plan import CampaignPlan
from opsdesk_gui.models.campaigns.storage import save_plan
from opsdesk_gui.store import open_shop

PLAN = CampaignPlan("双11 2026", "2026-11-10", "2026-11-11", warmup_start="2026-11-08",
                    encore_end="2026-11-12", target_gmv_cents=100000)
LAST_YEAR = CampaignPlan("双11 2025", "2025-11-10", "2025-11-11", warmup_start="2025-11-08",
                         encore_end="2025-11-12", target_gmv_cents=90000)

# sku, title, price, cost, stock
PRODUCTS = [("W", "测试宝贝W 羊毛围巾", 25000, 8000, 2), ("P", "测试宝贝P 羽绒服", 40000, 15000, 0),
            ("A", "测试宝贝A 帆布包", 25000, 6000, 10), ("G", "赠品 小方巾", 0, 500, 100),
            ("B", "测试宝贝B 日常款", 10000, 4000, 50)]


def _baseline_orders() -> list[tuple]:
    rows = []
    for n in range(28):
        day = date(2026, 10, 11) + timedelta(days=n)
        rows.append((f"base{n}", f"old{n % 4 + 1}", f"{day} 12:00:00",
                     [("B", 1, 10000, 10000)]))
    rows.append(("base-tue", "old2", "2026-10-13 15:00:00", [("B", 4, 10000, 40000)]))
    return rows


# order id, buyer, paid at, [(sku, qty, list unit price, amount paid)]
EVENT_ORDERS = [
    ("w1", "old1", "2026-11-08 20:00:00", [("W", 1, 25000, 20000)]),           # 50.00 off
    ("p1", "n1", "2026-11-10 00:10:00", [("P", 1, 40000, 30000), ("G", 1, 0, 0)]),  # gift
    ("p2", "n2", "2026-11-11 09:00:00", [("A", 2, 25000, 50000)]),             # no discount
    ("e1", "n1", "2026-11-12 10:00:00", [("A", 1, 25000, 10000)]),             # 150.00 off
]
LATER_ORDERS = [
    ("after1", "n2", "2026-11-20 10:00:00", [("B", 1, 10000, 8000)]),   # n2 buys again
    ("after2", "old3", "2026-12-15 10:00:00", [("B", 1, 10000, 10000)]),  # data reaches 12-15
]
LAST_YEAR_ORDERS = [
    ("ly1", "p1", "2025-11-08 10:00:00", [("B", 1, 10000, 10000)]),
    ("ly2", "p2", "2025-11-10 10:00:00", [("B", 2, 10000, 20000)]),
    ("ly3", "p3", "2025-11-11 10:00:00", [("B", 6, 10000, 60000)]),
    ("ly4", "p4", "2025-11-12 10:00:00", [("B", 1, 10000, 10000)]),
    # the 28 days before 双11 2025 (10-11..11-07): 280.00 in all, 10.00 an ordinary day
    ("ly0", "q1", "2025-10-20 10:00:00", [("B", 2, 14000, 28000)]),
]
# day, spend: 11-07 and 11-13 are outside the event
ADS = [("2026-11-07", 7700), ("2026-11-08", 5000), ("2026-11-10", 10000),
       ("2026-11-11", 15000), ("2026-11-13", 99900)]
# platform-level daily visitors: 50 a day in the baseline, 100 in the event, 40 last year
TRAFFIC = ([(date(2026, 10, 11) + timedelta(days=n), 50) for n in range(28)]
           + [(date(2026, 11, 8) + timedelta(days=n), 100) for n in range(5)]
           + [(date(2025, 11, 8) + timedelta(days=n), 40) for n in range(5)])
# a refund of p2 that succeeded after the event
REFUNDS = [("r1", "p2", 25000, "2026-11-18 10:00:00")]


def create_campaign_shop(path: Path) -> Path:
    db = open_shop(path, create=True)
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO products (platform, sku, title, currency, price_cents, "
                     "cost_cents, stock) VALUES ('taobao', ?, ?, 'CNY', ?, ?, ?)", PRODUCTS)
    for order_id, buyer, paid_at, lines in (_baseline_orders() + EVENT_ORDERS + LATER_ORDERS
                                            + LAST_YEAR_ORDERS):
        paid = sum(amount for *_, amount in lines)
        conn.execute("INSERT INTO orders (platform, order_id, buyer_id, status, created_at, "
                     "paid_at, currency, goods_cents, paid_cents) "
                     "VALUES ('taobao', ?, ?, 'completed', ?, ?, 'CNY', ?, ?)",
                     (order_id, buyer, paid_at, paid_at, paid, paid))
        conn.executemany("INSERT INTO order_lines (platform, order_id, line_id, sku, qty, "
                         "unit_price_cents, amount_cents) VALUES ('taobao', ?, ?, ?, ?, ?, ?)",
                         [(order_id, str(n), *line) for n, line in enumerate(lines, 1)])
    conn.executemany("INSERT INTO ad_spend (platform, channel, day, spend_cents) "
                     "VALUES ('taobao', '直通车', ?, ?)", ADS)
    conn.executemany("INSERT INTO traffic (platform, scope, period_start, period_end, "
                     "visitors) VALUES ('taobao', 'shop', ?, ?, ?)",
                     [(d.isoformat(), d.isoformat(), v) for d, v in TRAFFIC])
    conn.executemany("INSERT INTO refunds (platform, refund_id, order_id, amount_cents, "
                     "status, refunded_at) VALUES ('taobao', ?, ?, ?, 'succeeded', ?)", REFUNDS)
    conn.execute("COMMIT")
    save_plan(conn, LAST_YEAR)
    save_plan(conn, PLAN)
    conn.close()
    return path
