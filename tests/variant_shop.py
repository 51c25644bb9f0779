"""A small shop with a product in two variants (SKUs sharing a 商品ID) and 生意参谋 product
traffic; the figures are worked out in tests/unit/test_product_rollup.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from opsdesk_gui.models.periods import Period
from opsdesk_gui.store import open_shop

PERIOD = Period(date(2026, 3, 1), date(2026, 3, 10))
CATALOGUE = [("V-RED", "900", 5000, 2000, 10), ("V-BLUE", "900", 4500, 3000, 5),
             ("W1", "901", 300, 100, 4), ("W2", "901", 300, None, None),
             ("S-ONE", None, 1000, 400, 3)]
ORDERS = [("o0", "2026-01-05 10:00:00", [("V-RED", 1, 5000)]),
          ("o1", "2026-03-02 10:00:00", [("V-RED", 2, 9000)]),
          ("o2", "2026-03-03 10:00:00", [("V-RED", 1, 4500), ("V-BLUE", 1, 4000)]),
          ("o3", "2026-03-04 10:00:00", [("V-BLUE", 1, 4500)]),
          ("o4", "2026-03-05 10:00:00", [("S-ONE", 1, 1000)]),
          ("o5", "2026-03-06 10:00:00", [("W1", 1, 300), ("W2", 1, 300)])]
# product, start, end, visitors, paid buyers
TRAFFIC = [("900", "2026-03-01", "2026-03-01", 100, 2), ("900", "2026-03-02", "2026-03-02", 50, 1),
           ("900", "2026-02-28", "2026-02-28", 70, 7),    # before the period
           ("900", "2026-03-01", "2026-03-07", 120, 2),   # a week: another span, unused
           ("901", "2026-03-01", "2026-03-10", 400, 10),  # exactly the period: wins
           ("901", "2026-03-01", "2026-03-01", 999, 9),
           ("903", "2026-03-01", "2026-03-07", 10, 1)]    # only a week: no figure




def variant_shop(path: Path) -> Path:
    db = open_shop(path, create=True)
    c = db.conn
    c.executemany("INSERT INTO products (platform, sku, product_id, title, currency, "
                  "price_cents, cost_cents, stock) VALUES ('taobao', ?, ?, '测试宝贝' || ?, "
                  "'CNY', ?, ?, ?)", [(s, p, s, pr, co, st) for s, p, pr, co, st in CATALOGUE])
    for order, paid_at, lines in ORDERS:
        total = sum(amount for _, _, amount in lines)
        c.execute("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, currency, "
                  "paid_cents) VALUES ('taobao', ?, 'b', 'completed', ?, 'CNY', ?)",
                  (order, paid_at, total))
        c.executemany("INSERT INTO order_lines (platform, order_id, line_id, sku, qty, "
                      "amount_cents) VALUES ('taobao', ?, ?, ?, ?, ?)",
                      [(order, str(n), sku, qty, amount)
                       for n, (sku, qty, amount) in enumerate(lines)])
    c.executemany("INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
                  "visitors, paid_buyers) VALUES ('taobao', 'product', ?, ?, ?, ?, ?)", TRAFFIC)
    c.commit()
    c.close()
    return path
