"""Small shops for the Products tab's parts, written row by row with sqlite3 so that every
figure the tests expect can be worked out by hand (see the docstrings of the tests)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from opsdesk_gui.store import open_shop


def create_shop(path: Path, products: Iterable[tuple], buyers: Iterable[tuple],
                orders: Iterable[tuple]) -> Path:
    """products: (sku, title, price, cost, stock); buyers: (buyer_id, name, phone, province,
    city); orders: (order_id, buyer_id, status, paid_at or None, [(sku, qty, amount)],
    province, city). Platform taobao, currency CNY, money in cents."""
    db = open_shop(path, create=True)
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO products (platform, sku, title, currency, price_cents, cost_cents, stock)"
        " VALUES ('taobao', ?, ?, 'CNY', ?, ?, ?)", list(products))
    conn.executemany(
        "INSERT INTO buyers (platform, buyer_id, name, phone, province, city)"
        " VALUES ('taobao', ?, ?, ?, ?, ?)", list(buyers))
    for order_id, buyer, status, paid_at, lines, province, city in orders:
        paid = sum(amount for _, qty, amount in lines if qty > 0)
        conn.execute(
            "INSERT INTO orders (platform, order_id, buyer_id, status, created_at, paid_at,"
            " currency, goods_cents, paid_cents, province, city)"
            " VALUES ('taobao', ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?)",
            (order_id, buyer, status, paid_at or "2026-03-02 08:00:00", paid_at, paid, paid,
             province, city))
        conn.executemany(
            "INSERT INTO order_lines (platform, order_id, line_id, sku, qty, amount_cents)"
            " VALUES ('taobao', ?, ?, ?, ?, ?)",
            [(order_id, str(n), sku, qty, amount)
             for n, (sku, qty, amount) in enumerate(lines, 1)])
    conn.execute("COMMIT")
    conn.close()
    return path


# -- the detail shop: P1 over 2026-03-01 .. 2026-03-05 ---------------------------------------
DETAIL_PRODUCTS = [
    ("P1", "测试宝贝P1 纯棉T恤", 5000, 2000, 12),
    ("Q1", "测试宝贝Q1 帆布包", 1000, 400, 3),
]
DETAIL_BUYERS = [
    ("ba", "张小三", "13812341234", "浙江省", "杭州市"),
    ("bb", "李四", "13900001111", "江苏省", "南京市"),
]
DETAIL_ORDERS = [
    ("o1", "ba", "completed", "2026-03-01 10:00:00", [("P1", 2, 10000)], None, None),
    ("o2", "bb", "paid", "2026-03-01 15:00:00", [("P1", 1, 4500)], None, None),
    # a refund line (qty -1) is no sale; 99.99 for 2 is 49.995 a unit
    ("o3", "ba", "completed", "2026-03-03 09:00:00",
     [("P1", 2, 9999), ("Q1", 1, 1000), ("P1", -1, -5000)], None, None),
    # two lines of P1 in one order: one order, the lower unit price counts
    ("o4", "bc", "completed", "2026-03-05 23:59:59", [("P1", 1, 3333), ("P1", 1, 4000)],
     "广东省", "深圳市"),
    ("o5", "ba", "unpaid", None, [("P1", 5, 1000)], None, None),  # never paid
    ("o6", "bb", "completed", "2026-03-06 00:00:00", [("P1", 1, 4000)], None, None),
    ("o7", "bb", "completed", "2026-02-28 23:59:59", [("P1", 1, 4000)], None, None),
]


def detail_shop(path: Path) -> Path:
    return create_shop(path, DETAIL_PRODUCTS, DETAIL_BUYERS, DETAIL_ORDERS)


# -- the basket shop (the baskets of tests/unit/test_bundles.py), period March 2026 -------
BASKET_PRICES = {"X": 3000, "H": 10000, "Y": 1000, "Z": 2000}
BASKET_PRODUCTS = [("X", "测试宝贝X", 3000, 1200, 5), ("H", "测试宝贝H", 10000, 4000, 50),
                   ("Y", "测试宝贝Y", 1000, 400, 20), ("Z", "测试宝贝Z", 2000, 800, 0)]
BASKETS = [
    ("b1", "2026-01-10 10:00:00", ["X", "H"]),
    ("b2", "2026-01-11 10:00:00", ["X", "X", "H"]),
    ("b3", "2026-01-12 10:00:00", ["X", "Y"]),
    ("b8", "2026-01-13 10:00:00", ["Z"]),
    ("b4", "2026-03-05 10:00:00", ["H"]),
    ("b5", "2026-03-06 10:00:00", ["H", "Y"]),
    ("b6", "2026-03-07 10:00:00", ["Y"]),
    ("b7", "2026-03-08 10:00:00", ["H"]),
    ("b9", "2026-03-09 10:00:00", ["Y"]),
    ("b10", "2026-03-10 10:00:00", ["Y"]),
    ("b11", "2026-03-11 10:00:00", ["Y"]),
    ("b12", "2026-03-12 10:00:00", ["Y"]),
]


def basket_shop(path: Path) -> Path:
    orders = [(name, f"buyer_{name}", "completed", paid_at,
               [(sku, 1, BASKET_PRICES[sku]) for sku in skus], None, None)
              for name, paid_at, skus in BASKETS]
    orders.append(("u1", "buyer_u1", "unpaid", None, [("X", 1, 3000), ("H", 1, 10000)],
                   None, None))
    return create_shop(path, BASKET_PRODUCTS, [], orders)
