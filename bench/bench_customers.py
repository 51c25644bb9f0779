"""Customers: RFM scores and segments, the cohort matrix and the lifetime-value fit on a
shop-sized set of paid orders (default 150,000 buyers, about 450,000 orders: the orders of
the 1,000,000-line shop), built in memory so the figures time the models alone; loading
the orders from the shop file is timed by the app once per data change
(customer_orders.cached_paid_orders). Compared in the same run with a straightforward
pandas computation of R, F, M and quintile scores.

    .venv/bin/python bench/bench_customers.py [--buyers 150000]
    .venv/bin/python bench/bench_customers.py --generated 1000000   # end to end
    .venv/bin/python bench/bench_customers.py --buyers-page 1000000  # the page, Qt offscreen
"""

from __future__ import annotations

import argparse
import time
from datetime import date, timedelta

import numpy as np
import pandas as pd

from opsdesk_gui.models.clv import ClvError, clv_inputs, lifetime_value, purchases_of
from opsdesk_gui.models.cohorts import cohort_table
from opsdesk_gui.models.customers import RfmSettings, customer_view
from opsdesk_gui.models.rfm import window_start

AS_OF = date(2026, 11, 15)


def orders_frame(buyers: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    counts = 1 + rng.geometric(0.45, buyers) - 1 + (rng.random(buyers) < 0.3)
    owner = np.repeat(np.arange(buyers), counts)
    first = rng.integers(0, 730, buyers)
    day = np.minimum(first[owner] + rng.integers(0, 240, len(owner)), 729)
    days = pd.Timestamp(AS_OF) - pd.to_timedelta(729 - day, unit="D")
    keys = np.array([f"taobao\x1fb{i}" for i in range(buyers)])
    return pd.DataFrame({
        "platform": pd.Categorical(["taobao"] * len(owner)),
        "buyer": pd.Categorical(keys[owner]),
        "buyer_id": keys[owner], "order_id": np.arange(len(owner)).astype(str), "day": days,
        "paid_cents": rng.integers(1000, 50000, len(owner)).astype(np.int64),
        "refund_cents": np.zeros(len(owner), np.int64), "approximate": False,
        "currency": "CNY"})


def bgnbd_orders(buyers: int, seed: int = 2) -> pd.DataFrame:
    """Buyers who follow BG/NBD (r 0.25, alpha 4 weeks, a 0.8, b 2.5) from a first order in
    the first year, at most 40 purchases each, on whole days; amounts from Gamma-Gamma."""
    rng = np.random.default_rng(seed)
    lam = rng.gamma(0.25, 1 / 4.0, buyers) + 1e-9
    stays = rng.geometric(rng.beta(0.8, 2.5, buyers))  # purchases made before leaving
    gaps = rng.exponential(1.0, (buyers, 40)) / lam[:, None] * 7  # days
    gaps[:, 0] = rng.integers(0, 365, buyers)  # the first purchase
    times = np.cumsum(gaps, axis=1)
    made = (times < 730) & (np.arange(40)[None, :] < np.maximum(stays, 1)[:, None] + 1)
    owner, index = np.nonzero(made)
    day = np.floor(times[owner, index]).astype(np.int64)
    keys = np.array([f"taobao\x1fb{i}" for i in range(buyers)])
    spend = rng.gamma(4.0, 1 / 15.0, buyers)
    return pd.DataFrame({
        "platform": pd.Categorical(["taobao"] * len(owner)),
        "buyer": pd.Categorical(keys[owner]), "buyer_id": keys[owner],
        "order_id": np.arange(len(owner)).astype(str),
        "day": pd.Timestamp(AS_OF) - pd.to_timedelta(729 - day, unit="D"),
        "paid_cents": (rng.gamma(6.0, 1 / spend[owner]) * 100).round().astype(np.int64),
        "refund_cents": np.zeros(len(owner), np.int64), "approximate": False,
        "currency": "CNY"})


def straightforward_rfm(orders: pd.DataFrame) -> pd.DataFrame:
    since = pd.Timestamp(window_start(AS_OF))
    window = orders.loc[orders["day"] >= since]
    g = window.groupby("buyer", observed=True).agg(last=("day", "max"), f=("day", "size"),
                                                  m=("paid_cents", "sum"))
    g["r_days"] = (pd.Timestamp(AS_OF) - g["last"]).dt.days
    for col in ("r_days", "f", "m"):
        g[col + "_score"] = pd.qcut(g[col].rank(method="first"), 5, labels=False) + 1
    return g


def timed(label: str, fn, repeat: int = 3):
    best, result = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"{label:<52} {best:7.3f} s")
    return result


def generated_shop(lines: int) -> None:
    """End to end on the generated shop file of bench_products (1,000,000 lines): reading
    the paid orders, then each page's figures, against pandas from the raw lines."""
    import sqlite3

    from bench_products import shop_file

    from opsdesk_gui.models.customer_orders import load_paid_orders

    path, counts = shop_file(lines, 2000, True)
    print(f"generated shop: {counts}")
    conn = sqlite3.connect(path)
    orders = timed("read the paid orders (once per data change)",
                   lambda: load_paid_orders(conn), 1)
    as_of = orders["day"].max().date()
    print(f"{orders['buyer'].nunique():,} buyers, {len(orders):,} paid orders, as of {as_of}")

    def from_raw_lines():
        raw = pd.read_sql_query(
            "SELECT o.platform, o.buyer_id, o.order_id, o.paid_at, o.paid_cents, l.amount_cents "
            "FROM order_lines l JOIN orders o ON o.platform = l.platform "
            "AND o.order_id = l.order_id WHERE o.paid_at IS NOT NULL AND o.status != 'unpaid'",
            conn)
        per_order = raw.groupby(["platform", "order_id"]).agg(
            buyer=("buyer_id", "first"), paid_at=("paid_at", "first"), paid=("paid_cents", "first"))
        per_order["day"] = pd.to_datetime(per_order["paid_at"].str[:10])
        since = pd.Timestamp(window_start(as_of))
        window = per_order.loc[per_order["day"] >= since]
        g = window.groupby("buyer").agg(last=("day", "max"), f=("day", "size"), m=("paid", "sum"))
        g["r"] = (pd.Timestamp(as_of) - g["last"]).dt.days
        for col in ("r", "f", "m"):
            g[col + "_score"] = pd.qcut(g[col].rank(method="first"), 5, labels=False) + 1
        return g

    timed("straightforward pandas from the raw lines: RFM scores", from_raw_lines, 1)
    settings = RfmSettings(as_of, window_start(as_of))
    timed("Buyers page / RFM: customer_view", lambda: customer_view(orders, settings))
    timed("Cohorts: cohort_table", lambda: cohort_table(orders, as_of))
    inputs = timed("Lifetime value: inputs", lambda: clv_inputs(purchases_of(orders), as_of), 1)
    try:
        timed("Lifetime value: fit and predictions", lambda: lifetime_value(inputs), 1)
    except ClvError as exc:
        print(f"Lifetime value: refused ({exc.code})")
    conn.close()


def with_invented_buyers(path):
    """A copy of the generated shop with a buyers row (invented name, masked phone, a
    province) for every buyer ID, as a Taobao order export leaves it."""
    import shutil
    import sqlite3

    copy = path.with_name(path.stem + "_buyers.opsdesk")
    if not copy.exists():
        shutil.copy(path, copy)
        conn = sqlite3.connect(copy)
        ids = conn.execute("SELECT DISTINCT platform, buyer_id FROM orders "
                           "WHERE buyer_id IS NOT NULL").fetchall()
        provinces = ("浙江省", "广东省", "江苏省", "北京", "四川省")
        with conn:
            conn.executemany(
                "INSERT INTO buyers (platform, buyer_id, name, phone, province) "
                "VALUES (?, ?, ?, ?, ?)",
                [(p, b, f"测试买家{i}", f"138****{i % 10_000:04d}", provinces[i % 5])
                 for i, (p, b) in enumerate(ids)])
        conn.close()
    return copy


def buyers_page(lines: int) -> None:
    """The Buyers page on the generated shop (with its buyers' names): what the worker
    does after an as-of change (BuyersPage.compute), and what the GUI thread does with
    the result, the first time (columns sized) and after."""
    import os
    import sqlite3

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench_products import shop_file
    from PySide6.QtWidgets import QApplication

    from opsdesk_gui.models.customer_orders import (
        cached_paid_orders,
        in_one_currency,
        last_order_day,
    )
    from opsdesk_gui.models.customer_rules import DEFAULT_TIERS
    from opsdesk_gui.tasks import TaskRunner
    from opsdesk_gui.views.customers.buyers_page import BuyersPage
    from opsdesk_gui.views.customers.controls import CustomerControls
    from opsdesk_gui.views.customers.page import PageInput

    path = with_invented_buyers(shop_file(lines, 2000, True)[0])
    conn = sqlite3.connect(path)
    orders = timed("read the paid orders (once per data change)",
                   lambda: cached_paid_orders(conn, str(path)), 1)
    orders, currency = in_one_currency(orders)
    last = last_order_day(orders)
    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    page = BuyersPage(runner, CustomerControls())
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    extra = page.compute_args()

    def compute(days_back: int):
        as_of = last - timedelta(days=days_back)
        data = PageInput(path, orders, currency, as_of, last, 365, "cn8", False, None,
                         DEFAULT_TIERS)
        return BuyersPage.compute(data, None, None, *extra)

    compute(0)  # the buyers' names are read once per data change
    results = [timed(f"Buyers page worker, as of the last day - {d} days",
                     lambda d=d: compute(d)) for d in (30, 60, 90)]
    for label, result in (("first", results[0]), ("again", results[1])):
        start = time.perf_counter()
        page.show_result(result)
        shown = time.perf_counter() - start
        start = time.perf_counter()
        app.processEvents()  # the paint the result asks for
        print(f"Buyers page GUI thread ({label}): show {shown:.3f} s, "
              f"paint {time.perf_counter() - start:.3f} s")
    runner.shutdown()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--buyers", type=int, default=150_000)
    parser.add_argument("--generated", type=int, metavar="LINES",
                        help="time the generated shop file of bench_products instead")
    parser.add_argument("--buyers-page", type=int, metavar="LINES",
                        help="time the Buyers page (worker and GUI thread) on that shop")
    args = parser.parse_args()
    if args.generated:
        generated_shop(args.generated)
        return
    if args.buyers_page:
        buyers_page(args.buyers_page)
        return
    orders = timed("build the orders (not part of any figure)", lambda: orders_frame(
        args.buyers), 1)
    print(f"{args.buyers:,} buyers, {len(orders):,} orders")
    settings = RfmSettings(AS_OF, window_start(AS_OF))
    timed("straightforward pandas: R, F, M and quintile scores", lambda: straightforward_rfm(
        orders))
    timed("Buyers page / RFM: customer_view (scores, segments)", lambda: customer_view(
        orders, settings))
    timed("Cohorts: cohort_table", lambda: cohort_table(orders, AS_OF))
    simulated = bgnbd_orders(args.buyers)
    print(f"lifetime value: {args.buyers:,} buyers who follow BG/NBD, {len(simulated):,} orders")
    purchases = purchases_of(simulated)
    inputs = timed("Lifetime value: inputs per buyer", lambda: clv_inputs(purchases, AS_OF), 1)
    try:
        result = timed("Lifetime value: BG/NBD + Gamma-Gamma fit, predictions",
                       lambda: lifetime_value(inputs), 1)
        print(f"  fitted {result.bgnbd} {result.gamma_gamma}")
    except ClvError as exc:
        print(f"Lifetime value: refused ({exc.code})")


if __name__ == "__main__":
    main()
