"""The KPIs, trends and unusual days read from the daily cache (models/cached_sales.py)
against the plain reads of the orders they replace (`raw=True`), field by field, on a
random shop full of the awkward cases; and the cases the cache adds, worked out by hand.

While the cached figures are computed, the test's connection refuses every read of the
orders, lines and refunds (an SQLite authorizer): the figures really come from the cache.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

import pandas as pd
import pytest

from opsdesk_gui.models.anomalies import find_anomalies
from opsdesk_gui.models.cached_sales import CachedSales
from opsdesk_gui.models.daily_cache import cache_is_fresh, ensure_daily_cache
from opsdesk_gui.models.kpi import compare_kpis, compute_kpis
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.trends import GRAINS, compute_trends
from opsdesk_gui.store import open_shop

FIRST, LAST = date(2024, 1, 1), date(2024, 6, 30)
RAW_TABLES = {"orders", "order_lines", "refunds"}
STATUSES = ["completed", "completed", "shipped", "paid", "closed", "refunded", "unpaid"]


def _day(rng: random.Random) -> date:
    return FIRST + timedelta(days=rng.randrange((LAST - FIRST).days + 1))


def _time(rng: random.Random, day: date) -> str:
    form = rng.random()
    if form < 0.05:
        return day.isoformat()                       # a day without a time
    if form < 0.1:
        return f"{day} 23:59:59.5"                   # fractions of a second at the edge
    return f"{day} {rng.randrange(24):02d}:{rng.randrange(60):02d}:00"


def build_random_shop(path, seed: int = 11) -> None:
    """Three platforms selling (shopify in USD and CNY), one with traffic only; orders
    without buyer, without lines, without paid amount or units, one paid negative; lines
    without sku, with qty 0, -1 or NULL; products without cost or missing; refunds on
    orders and lines, pending, closed, without an order, without any date."""
    rng = random.Random(seed)
    open_shop(path, create=True).conn.close()
    conn = sqlite3.connect(path)
    skus = [f"S{i}" for i in range(12)]
    orders, lines, refunds = [], [], []
    for n in range(700):
        platform = rng.choice(["taobao", "taobao", "douyin", "shopify"])
        currency = "USD" if platform == "shopify" and rng.random() < 0.7 else "CNY"
        status = rng.choice(STATUSES)
        day = _day(rng)
        paid_at = None if status == "unpaid" or rng.random() < 0.03 else _time(rng, day)
        paid = rng.choice([None] + [rng.randrange(100, 50000)] * 30) if paid_at else None
        if n == 5:
            paid = -1500  # a payment stated negative (a correction row)
        order_id = f"O{n}"
        refund = rng.choice([None, 0, 0, 0, rng.randrange(0, 60000)])
        units = rng.choice([None, rng.randrange(1, 5), rng.randrange(1, 5)])
        buyer = None if rng.random() < 0.1 else f"b{rng.randrange(120)}"
        orders.append((platform, order_id, buyer, status, f"{day} 08:00:00", paid_at,
                       currency, paid, refund, units))
        for k in range(rng.choice([0, 1, 1, 2, 3])):
            sku = None if rng.random() < 0.08 else rng.choice(skus)
            qty = rng.choice([1, 1, 2, 3, 0, -1, None]) if rng.random() < 0.3 else 1
            amount = None if rng.random() < 0.05 else rng.randrange(100, 20000)
            line_refund = rng.choice([None, None, None, rng.randrange(0, 30000)])
            lines.append((platform, order_id, f"L{k}", sku, qty, amount, line_refund))
            if rng.random() < 0.1:
                refunds.append((platform, f"R{len(refunds)}", order_id, f"L{k}", sku,
                                rng.randrange(0, 20000),
                                rng.choice(["succeeded", None, "pending", "closed"]),
                                None, f"{_day(rng)} 12:00:00"))
        if rng.random() < 0.05:  # a refund of the whole order
            refunds.append((platform, f"R{len(refunds)}", order_id, None, None,
                            rng.randrange(0, 20000), "succeeded", None, None))
    for n in range(25):  # refunds whose order the file does not hold
        platform = rng.choice(["taobao", "douyin", "shopify", "pdd"])
        requested = rng.choice([None, f"{_day(rng)} 09:00:00"])
        refunded = rng.choice([None, f"{_day(rng)} 10:00:00"])
        refunds.append((platform, f"X{n}", f"GONE{n}", None, rng.choice([None, "S1"]),
                        rng.choice([0, rng.randrange(100, 9000)]),
                        rng.choice(["succeeded", None, "closed"]), requested, refunded))
    traffic = []
    day = FIRST
    while day <= LAST:
        for platform in ("taobao", "jd", "shopify"):
            if rng.random() < 0.8 and not (platform == "shopify" and day.month == 3):
                traffic.append((platform, day.isoformat(), day.isoformat(),
                                rng.randrange(50, 900)))
        day += timedelta(days=1)
    traffic += [("taobao", "2024-03-01", "2024-03-31", 12345),
                ("douyin", "2024-04-01", "2024-04-30", 999),
                ("taobao", "2024-03-04", "2024-03-10", 4444)]
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.executemany("INSERT INTO products (platform, sku, cost_cents) VALUES (?, ?, ?)",
                         [(p, s, None if s in ("S3", "S7") else 100 + 37 * i)
                          for p in ("taobao", "douyin", "shopify")
                          for i, s in enumerate(skus) if (p, s) != ("douyin", "S5")])
        conn.executemany(
            "INSERT INTO orders (platform, order_id, buyer_id, status, created_at, paid_at, "
            "currency, paid_cents, refund_cents, units) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            orders)
        conn.executemany(
            "INSERT INTO order_lines (platform, order_id, line_id, sku, qty, amount_cents, "
            "refund_cents) VALUES (?, ?, ?, ?, ?, ?, ?)", lines)
        conn.executemany(
            "INSERT INTO refunds (platform, refund_id, order_id, line_id, sku, amount_cents, "
            "status, requested_at, refunded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", refunds)
        conn.executemany(
            "INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
            "visitors) VALUES (?, 'shop', '', ?, ?, ?)", traffic)
        conn.execute("INSERT INTO campaigns (platform, name, kind, starts_on, ends_on) "
                     "VALUES (NULL, '618', 'platform', '2024-06-01', '2024-06-18')")
        # the last order of all: created after every payment, never paid
        conn.execute("INSERT INTO orders (platform, order_id, status, created_at, currency) "
                     "VALUES ('taobao', 'LATE', 'unpaid', '2024-07-03 10:00:00', 'CNY')")
    conn.close()


def _deny_raw(action, table, *_):
    return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_READ and table in RAW_TABLES \
        else sqlite3.SQLITE_OK


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("cached") / "random.opsdesk"
    build_random_shop(path)
    conn = sqlite3.connect(path)
    ensure_daily_cache(conn)
    yield conn
    conn.close()


def cached(conn, compute):
    """compute(cache) with the raw tables unreadable."""
    cache = CachedSales.open(conn)
    assert cache is not None
    conn.set_authorizer(_deny_raw)
    try:
        return compute(cache)
    finally:
        conn.set_authorizer(None)


def periods():
    for days in (1, 7, 30, 31, 91, 182, 400):
        for end in (date(2024, 3, 31), date(2024, 6, 30), date(2024, 2, 29), date(2024, 8, 1),
                    date(2023, 6, 1)):
            yield Period(end - timedelta(days=days - 1), end)
    yield Period(date(2024, 3, 1), date(2024, 3, 31))  # taobao's exact traffic row


def test_the_shop_holds_the_awkward_cases(conn):
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(DISTINCT currency) FROM orders WHERE platform = 'shopify'") == 2
    assert one("SELECT count(*) FROM orders WHERE paid_cents < 0") == 1
    assert one("SELECT count(*) FROM order_lines WHERE sku IS NULL AND qty > 0") > 0
    assert one("SELECT count(*) FROM orders o WHERE paid_at IS NOT NULL AND NOT EXISTS "
               "(SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id)") > 0
    assert one("SELECT count(*) FROM refunds r WHERE NOT EXISTS (SELECT 1 FROM orders o "
               "WHERE o.order_id = r.order_id) AND status IS NOT 'closed'") > 0


def test_kpis_from_the_cache_equal_the_orders(conn):
    checked = 0
    for period in periods():
        for base in (period.previous(), period.last_year()):
            for platform in (None, "taobao", "shopify", "jd", "pdd"):
                raw = compare_kpis(conn, period, base, platform, raw=True)
                fast = cached(conn, lambda c, p=period, b=base, pl=platform: compare_kpis(
                    conn, p, b, pl, cache=c))
                assert fast == raw, (period, base, platform)
                checked += 1
        for currency in ("USD", "CNY", "EUR"):
            fast = cached(conn, lambda c, p=period, cur=currency: compute_kpis(
                conn, p, currency=cur, cache=c))
            assert fast == compute_kpis(conn, period, currency=currency, raw=True)
    assert checked == len(list(periods())) * 10


def test_trends_and_unusual_days_from_the_cache_equal_the_orders(conn):
    for period in list(periods())[::6]:
        for platform in (None, "shopify"):
            for currency in ("CNY", "USD"):
                for grain in GRAINS:
                    raw = compute_trends(conn, period, grain, period.previous(), platform,
                                         currency, raw=True)
                    fast = cached(conn, lambda c, p=period, g=grain, pl=platform,
                                  cur=currency: compute_trends(conn, p, g, p.previous(), pl,
                                                               cur, cache=c))
                    pd.testing.assert_frame_equal(fast.series, raw.series)
                    pd.testing.assert_frame_equal(fast.comparison, raw.comparison)
                raw = find_anomalies(conn, period, platform, currency, raw=True)
                fast = cached(conn, lambda c, p=period, pl=platform, cur=currency:
                              find_anomalies(conn, p, pl, cur, cache=c))
                pd.testing.assert_frame_equal(fast, raw)


def test_a_stale_cache_is_not_read(tmp_path):
    path = tmp_path / "stale.opsdesk"
    build_random_shop(path, seed=3)
    conn = sqlite3.connect(path)
    try:
        ensure_daily_cache(conn)
        march = Period(date(2024, 3, 1), date(2024, 3, 31))
        before = compute_kpis(conn, march)["CNY"].gmv
        conn.execute("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, "
                     "currency, paid_cents) VALUES ('taobao', 'NEW', 'bx', 'paid', "
                     "'2024-03-09 10:00:00', 'CNY', 777)")
        assert not cache_is_fresh(conn) and CachedSales.open(conn) is None
        assert compute_kpis(conn, march)["CNY"].gmv == before + 777  # read from the orders
    finally:
        conn.close()


def test_what_the_cache_adds_by_hand(shop_path):
    """taobao, CNY, 2024-05-02 (costs: A 10.00; B has no product):
    P1 buyer u1 paid 100.00: A x2, a line without sku x1, a line of qty 0
    P2 buyer u1 paid  50.00: no lines, units 3
    P3 buyer u2 paid -20.00 (a correction): A x1
    P4 no buyer paid 30.00: B x1; refund record 10.00 succeeded
    -> gmv 160.00, 4 orders, buyers u1, u2 and P4 on its own = 3, units 2+1 + 3 + 1 + 1 = 8
       refunds: P3's refund is capped at what was paid: -20.00; P4 10.00 -> -10.00 in all,
       1 order refunded (P3's is not > 0)
       cost: A 3 x 10.00 = 30.00 known; the sku-less line and B have none: 2 lines
       without cost, so no cost and no margin; cost units: lines 2+1 + 1 + 1 = 5, and
       P2's 3 units without lines = 8; costed units 3; 1 order without lines."""
    open_shop(shop_path, create=True).conn.close()
    conn = sqlite3.connect(shop_path)
    with conn:
        conn.execute("INSERT INTO products (platform, sku, cost_cents) VALUES "
                     "('taobao', 'A', 1000)")
        conn.executemany(
            "INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, currency, "
            "paid_cents, units) VALUES ('taobao', ?, ?, 'completed', '2024-05-02 10:00:00', "
            "'CNY', ?, ?)", [("P1", "u1", 10000, None), ("P2", "u1", 5000, 3),
                             ("P3", "u2", -2000, None), ("P4", None, 3000, None)])
        conn.executemany(
            "INSERT INTO order_lines (platform, order_id, line_id, sku, qty, amount_cents) "
            "VALUES ('taobao', ?, ?, ?, ?, ?)",
            [("P1", "1", "A", 2, 8000), ("P1", "2", None, 1, 2000), ("P1", "3", "A", 0, 0),
             ("P3", "1", "A", 1, -2000), ("P4", "1", "B", 1, 3000)])
        conn.execute("INSERT INTO refunds (platform, refund_id, order_id, amount_cents, status) "
                     "VALUES ('taobao', 'R1', 'P4', 1000, 'succeeded')")
    ensure_daily_cache(conn)
    day = Period(date(2024, 5, 2), date(2024, 5, 2))
    k = cached(conn, lambda c: compute_kpis(conn, day, cache=c))["CNY"]
    conn.close()
    assert (k.gmv, k.paid_orders, k.paying_buyers, k.units) == (16000, 4, 3, 8)
    assert (k.refund_amount, k.refunded_orders) == (-1000, 1)
    assert (k.known_cost, k.lines_without_cost, k.cost, k.gross_margin) == (3000, 2, None, None)
    assert (k.cost_units, k.costed_units, k.orders_without_lines) == (8, 3, 1)


def test_the_raw_tables_are_really_refused(conn):
    with pytest.raises(sqlite3.DatabaseError):
        cached(conn, lambda c: compare_kpis(conn, Period(FIRST, LAST), Period(FIRST, FIRST),
                                            raw=True))


def test_the_cli_reads_a_stale_cache_right_without_writing(tmp_path, capsys):
    """`opsdesk kpi` after an import that left the cache stale: the new order counts, and
    the shop file is not written (the reader builds its cache in memory)."""
    import json

    from taobao_files import order_row, write_orders

    from opsdesk_gui.cli import main
    from opsdesk_gui.importers.pipeline import import_files

    path = tmp_path / "cli.opsdesk"
    build_random_shop(path, seed=5)
    march = Period(date(2024, 3, 1), date(2024, 3, 31))
    with sqlite3.connect(path) as conn:
        ensure_daily_cache(conn)
        before = compute_kpis(conn, march, "taobao", raw=True)["CNY"]
    order = order_row("600000000000000001", "buyer_new", "88.00", "0.00", "88.00",
                      "交易成功", "2024-03-09 10:00:00", "2024-03-09 10:01:00", 1)
    import_files(path, [write_orders(tmp_path / "o.csv", [order])])
    with sqlite3.connect(path) as conn:
        assert not cache_is_fresh(conn)
    before_bytes = path.read_bytes()
    argv = ["kpi", "--shop", str(path), "--from", "2024-03-01", "--to", "2024-03-31",
            "--platform", "taobao", "--currency", "CNY", "--json"]
    assert main(argv) == 0
    doc = json.loads(capsys.readouterr().out)
    assert path.read_bytes() == before_bytes
    with sqlite3.connect(path) as conn:
        assert not cache_is_fresh(conn)  # only a writer rebuilds it
        ensure_daily_cache(conn)
        after = compute_kpis(conn, march, "taobao", raw=True)["CNY"]
    assert after.gmv == before.gmv + 8800 and after.paid_orders == before.paid_orders + 1
    assert (doc["gmv"], doc["paid_orders"], doc["paying_buyers"]) == (
        f"{after.gmv // 100}.{after.gmv % 100:02d}", after.paid_orders, after.paying_buyers)
