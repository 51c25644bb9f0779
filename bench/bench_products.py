"""Benchmark of the Products tab's metrics: the daily cache against raw order lines.

A synthetic Taobao shop (made-up buyers) written straight into a shop file's tables with
numpy: 2,000 SKUs over 1,000,000 order lines in about 400,000 orders over 2025, with
skewed demand (a few best sellers, a long tail, SKUs that never sell), stock of 5 to 50
days of demand (some overstocked, some out), discounts, order refunds, line refunds,
refund records and returns without an order; 60 slow SKUs are mostly bought together with
a best seller, so that bundles have something to find.

Timed in one run (median of several runs each; the shop file is built once and reused
with --keep):
- the daily cache: a cold build (ensure_daily_cache on a copy without it) and the
  staleness check when fresh;
- product_metrics for the 30, 90 and 365 days ending 2025-12-31 with a warm cache,
  against a straightforward pandas implementation that reads the raw lines each time
  (units, sales, orders, previous-period units, 30-day units, ABC), whose figures are
  checked equal to product_metrics';
- bundles: co-purchases of the 60 bundled SKUs, and bundle_suggestions for every slow
  mover of December, over the year's baskets.

    python bench/bench_products.py [--lines 1000000] [--skus 2000] [--keep] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from opsdesk_gui.models.bundles import bundle_suggestions, co_purchases
from opsdesk_gui.models.daily_cache import cache_is_fresh, ensure_daily_cache
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.product_metrics import (
    ProductRules,
    product_metrics,
    product_summary,
)
from opsdesk_gui.store import open_shop
from opsdesk_gui.store.shop import connect

SEED = 20260311
START = date(2025, 1, 1)
DAYS = 365
PLATFORM = "taobao"
OUT = Path(__file__).parent / "out"
BUNDLED = 60
RULES = ProductRules()


# --- the shop ---------------------------------------------------------------------------

def _ids(prefix: str, numbers: np.ndarray, width: int) -> list[str]:
    return (prefix + pd.Series(numbers).astype(str).str.zfill(width)).tolist()


def _times(seconds: np.ndarray) -> list[str]:
    moments = np.datetime64(START.isoformat() + "T00:00:00") + seconds.astype("timedelta64[s]")
    return pd.Series(np.datetime_as_string(moments, unit="s")).str.replace("T", " ").tolist()


def bundled_skus(rank: np.ndarray, skus: int) -> np.ndarray:
    """The SKUs bought with a best seller: the 60 least popular of those that sell."""
    selling = int(skus * 0.92)
    return np.argsort(rank)[selling - BUNDLED:selling]


def build_shop(path: Path, lines: int, skus: int) -> dict[str, int]:
    """Write the synthetic shop into a new shop file at `path`; returns its counts."""
    rng = np.random.default_rng(SEED)
    path.unlink(missing_ok=True)
    db = open_shop(path, create=True)
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # the rows are consistent by construction

    # Products: Zipf-like demand over a shuffled rank; the last 8% never sell.
    rank = rng.permutation(skus)
    weight = 1.0 / (rank + 1.0) ** 0.9
    weight[rank >= int(skus * 0.92)] = 0.0
    weight /= weight.sum()
    price = rng.integers(10, 400, skus) * 100 - 10
    cost = (price * rng.uniform(0.35, 0.75, skus)).astype(np.int64)
    thin = rng.random(skus) < 0.03
    cost[thin] = price[thin] * 97 // 100  # thin margins: below the margin floor
    # stock: 5 to 50 days of demand; 5% overstocked (a year of demand), 5% sold out; the
    # SKUs that never sell hold 0 to 100
    daily = weight * lines * 1.57 / DAYS  # 1.57 units per line on average
    stock = np.round(daily * rng.uniform(5, 50, skus)).astype(np.int64)
    over = rng.random(skus) < 0.05
    stock[over] = np.round(daily[over] * 365).astype(np.int64)
    stock[rng.random(skus) < 0.05] = 0
    never = weight == 0
    stock[never] = rng.integers(0, 100, int(never.sum()))
    lead = np.where(rng.random(skus) < 0.7, rng.integers(5, 30, skus), -1)
    sku_ids = _ids("SKU-", np.arange(skus), 5)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO products (platform, sku, product_id, title, currency, price_cents, "
        "cost_cents, stock, lead_time_days) VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?)",
        [(PLATFORM, s, f"6{k:011d}", f"测试宝贝 款{k}", int(p), int(c), int(q),
          None if t < 0 else int(t))
         for k, (s, p, c, q, t) in enumerate(zip(sku_ids, price, cost, stock, lead,
                                                 strict=True))])

    # Orders of 1-4 lines adding up to `lines`.
    counts = rng.integers(1, 5, lines // 2 + 8)
    ends = np.cumsum(counts)
    n = int(np.searchsorted(ends, lines)) + 1
    counts = counts[:n]
    counts[-1] -= int(ends[n - 1] - lines)
    seconds = np.sort(rng.integers(0, DAYS * 86400, n))
    line_order = np.repeat(np.arange(n), counts)
    first_line = np.concatenate([[0], np.cumsum(counts)[:-1]])
    position = np.arange(lines) - first_line[line_order]
    item = rng.choice(skus, lines, p=weight)
    # Bundles: 60 slow SKUs (low demand) each go with one best seller in their baskets.
    slow = bundled_skus(rank, skus)
    partner = np.argsort(rank)[:BUNDLED]
    is_slow = np.full(skus, -1)
    is_slow[slow] = np.arange(BUNDLED)
    second = position == 1
    leader = item[first_line[line_order]]
    bundle = second & (is_slow[leader] >= 0) & (rng.random(lines) < 0.8)
    item[bundle] = partner[is_slow[leader[bundle]]]
    qty = rng.choice([1, 1, 1, 1, 2, 2, 3], lines)
    amount = price[item] * qty
    discounted = rng.random(lines) < 0.1
    amount[discounted] = amount[discounted] * 8 // 10

    goods = np.bincount(line_order, weights=amount, minlength=n).astype(np.int64)
    units = np.bincount(line_order, weights=qty, minlength=n).astype(np.int64)
    postage = np.where(rng.random(n) < 0.2, 800, 0)
    paid = goods + postage
    state = rng.choice(5, n, p=[0.82, 0.08, 0.04, 0.04, 0.02])  # done, shipped, unpaid,
    status = np.array(["completed", "shipped", "unpaid", "refunded", "partly_refunded"],
                      dtype=object)[state]                       # refunded, partly
    paid_at = _times(seconds)
    paid_at = [None if s == 2 else t for s, t in zip(state, paid_at, strict=True)]
    order_refund = np.where(state == 3, paid, 0)
    order_ids = _ids("3", 10_000_000 + np.arange(n) * 7, 12)
    buyers = rng.integers(0, max(n * 2 // 5, 1), n)
    conn.executemany(
        "INSERT INTO orders (platform, order_id, buyer_id, status, created_at, paid_at, "
        "currency, goods_cents, postage_cents, paid_cents, refund_cents, units) "
        "VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?)",
        zip([PLATFORM] * n, order_ids, _ids("测试买家", buyers, 1), status.tolist(),
            paid_at, paid_at, goods.tolist(), postage.tolist(), paid.tolist(),
            order_refund.tolist(), units.tolist(), strict=True))

    # Line refunds: half the lines of partly refunded orders give back half their amount.
    partly = (state[line_order] == 4) & (position % 2 == 0)
    line_refund = np.where(partly, amount // 2, 0)
    line_ids = (pd.Series(position + 1).astype(str)).tolist()
    order_of_line = [order_ids[i] for i in line_order.tolist()]
    conn.executemany(
        "INSERT INTO order_lines (platform, order_id, line_id, sku, title, qty, "
        "unit_price_cents, amount_cents, refund_cents, status) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)",
        zip([PLATFORM] * lines, order_of_line, line_ids, [sku_ids[i] for i in item.tolist()],
            [f"测试宝贝 款{i}" for i in item.tolist()], qty.tolist(), price[item].tolist(),
            amount.tolist(), [v or None for v in line_refund.tolist()],
            status[line_order].tolist(), strict=True))

    # Refund records: the partly refunded lines (succeeded), plus returns without an order.
    refunded = np.flatnonzero(partly)
    returns = rng.integers(0, lines, 2000)
    rows = [(PLATFORM, f"R{k}", order_of_line[i], line_ids[i], sku_ids[item[i]],
             int(line_refund[i]), "succeeded", paid_at[line_order[i]])
            for k, i in enumerate(refunded.tolist())]
    rows += [(PLATFORM, f"X{k}", f"C{k}", "1", sku_ids[item[i]], int(price[item[i]]),
              "succeeded", _times(np.array([int(rng.integers(0, DAYS * 86400))]))[0])
             for k, i in enumerate(returns.tolist())]
    conn.executemany(
        "INSERT INTO refunds (platform, refund_id, order_id, line_id, sku, amount_cents, "
        "status, refunded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO imports (imported_at, counts) VALUES ('2026-03-11 12:00:00', "
                 "'{}')")
    conn.execute("COMMIT")
    conn.close()
    return {"products": skus, "orders": n, "order_lines": lines, "refunds": len(rows)}


# --- the straightforward way: pandas over the raw lines, each time ----------------------

_RAW_SQL = """
SELECT l.platform, l.sku, o.currency, substr(o.paid_at, 1, 10) AS day, l.order_id, l.qty,
       coalesce(l.amount_cents, 0) AS amount
FROM order_lines l JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id
WHERE o.paid_at >= :low AND o.paid_at < :after AND o.status != 'unpaid' AND l.qty > 0
  AND +l.sku IS NOT NULL
"""


def raw_metrics(conn: sqlite3.Connection, period: Period,
                rules: ProductRules = RULES) -> pd.DataFrame:
    """Units, sales, orders, previous-period units, 30-day units and ABC per product, from
    the order lines joined with their orders, grouped in pandas."""
    previous = period.previous()
    recent = (period.end - timedelta(days=rules.recent_days - 1)).isoformat()
    low = min(previous.start, period.end - timedelta(days=rules.recent_days - 1))
    lines = pd.read_sql_query(_RAW_SQL, conn, params={
        "low": low.isoformat(), "after": (period.end + timedelta(days=1)).isoformat()})
    keys = ["platform", "sku", "currency"]
    now = lines[lines["day"] >= period.start.isoformat()]
    out = now.groupby(keys).agg(units=("qty", "sum"), sales_cents=("amount", "sum"),
                                orders=("order_id", "nunique"))
    before = lines[(lines["day"] >= previous.start.isoformat())
                   & (lines["day"] <= previous.end.isoformat())]
    out = out.join(before.groupby(keys)["qty"].sum().rename("prev_units"), how="outer")
    out = out.join(lines[lines["day"] >= recent].groupby(keys)["qty"].sum()
                   .rename("recent_units"), how="outer")
    out = out.fillna(0).astype("int64").reset_index()
    catalogue = pd.read_sql_query("SELECT platform, sku FROM products", conn)
    out = catalogue.merge(out, on=["platform", "sku"], how="outer")
    out["currency"] = out["currency"].fillna("CNY")
    for column in ("units", "sales_cents", "orders", "prev_units", "recent_units"):
        out[column] = out[column].fillna(0).astype("int64")
    out = out.sort_values(["sales_cents", "platform", "sku"], ascending=[False, True, True],
                          ignore_index=True)
    total = out["sales_cents"].sum()
    before_share = out["sales_cents"].cumsum() - out["sales_cents"]
    out["abc"] = np.where(out["sales_cents"] <= 0, "C",
                          np.where(before_share < rules.abc_a_share * total, "A",
                                   np.where(before_share < rules.abc_b_share * total, "B", "C")))
    return out


CHECKED = ["units", "sales_cents", "orders", "prev_units", "recent_units", "abc"]


def same_figures(ours: pd.DataFrame, raw: pd.DataFrame) -> bool:
    a = ours.set_index(["platform", "sku"])[CHECKED].sort_index()
    b = raw.set_index(["platform", "sku"])[CHECKED].sort_index()
    return a.index.equals(b.index) and all((a[c].to_numpy() == b[c].to_numpy()).all()
                                           for c in CHECKED)


# --- timing -----------------------------------------------------------------------------

def timed(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def cold_build(base: Path, work: Path, repeat: int) -> float:
    """ensure_daily_cache on a fresh copy of the shop without its cache, median."""
    times = []
    for _ in range(repeat):
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        shutil.copyfile(base, work)
        conn = connect(work)
        started = time.perf_counter()
        assert ensure_daily_cache(conn)
        times.append(time.perf_counter() - started)
        conn.close()
    return statistics.median(times)


def shop_file(lines: int, skus: int, keep: bool) -> tuple[Path, dict]:
    base = OUT / f"products_{lines}_{skus}.opsdesk"
    meta = base.with_suffix(".json")
    if keep and base.exists() and meta.exists():
        return base, json.loads(meta.read_text())
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = build_shop(base, lines, skus)
    counts["generated_s"] = round(time.perf_counter() - started, 1)
    conn = sqlite3.connect(base)  # fold the WAL in, so that a plain copy is the whole shop
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    meta.write_text(json.dumps(counts))
    return base, counts


def shop_arguments(doc: str) -> argparse.Namespace:
    """The options every benchmark over the generated shop takes."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--skus", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true",
                        help="reuse the shop files of an earlier run with the same sizes")
    return parser.parse_args()


def main() -> None:
    args = shop_arguments(__doc__)
    base, counts = shop_file(args.lines, args.skus, args.keep)
    print(f"shop: {counts} ({base.stat().st_size / 1e6:.0f} MB)")
    work = OUT / "products_work.opsdesk"
    rows: list[tuple[str, float, str]] = []

    build = cold_build(base, work, max(1, args.repeat // 2))
    conn = connect(work)
    rows.append(("daily cache: cold build", build,
                 f"{conn.execute('SELECT count(*) FROM cache_sku_daily').fetchone()[0]:,} "
                 "sku-day rows"))
    fresh, _ = timed(lambda: ensure_daily_cache(conn), args.repeat * 4)
    assert cache_is_fresh(conn)
    rows.append(("daily cache: freshness check", fresh, "count(*)/max(rowid) reads"))

    end = date(2025, 12, 31)
    for days in (30, 90, 365):
        period = Period(end - timedelta(days=days - 1), end)
        ours_s, ours = timed(lambda p=period: product_metrics(conn, p), args.repeat)
        raw_s, raw = timed(lambda p=period: raw_metrics(conn, p), max(1, args.repeat // 2))
        equal = same_figures(ours, raw)
        rows.append((f"product_metrics, {days} days (warm cache)", ours_s,
                     f"{len(ours)} products; under 0.5 s: {ours_s < 0.5}"))
        rows.append((f"  pandas from raw lines, {days} days", raw_s,
                     f"x{raw_s / ours_s:.1f} slower; same figures: {equal}"))
        assert equal, f"product_metrics and the raw computation differ for {period}"

    december = Period(date(2025, 12, 1), end)
    metrics = product_metrics(conn, december)
    summary = product_summary(metrics)
    rank = np.random.default_rng(SEED).permutation(args.skus)
    bundled = [f"SKU-{k:05d}" for k in bundled_skus(rank, args.skus)]
    partners = [f"SKU-{k:05d}" for k in np.argsort(rank)[:BUNDLED]]
    year = Period(date(2025, 1, 1), end)
    pair_s, pairs = timed(lambda: co_purchases(conn, [(PLATFORM, s) for s in bundled], year),
                          args.repeat)
    designed = pairs.merge(pd.DataFrame({"sku": bundled, "other_sku": partners}),
                           on=["sku", "other_sku"])
    rows.append((f"co_purchases of the {len(bundled)} bundled SKUs, 1 year", pair_s,
                 f"{len(pairs):,} pairs; with their best seller: median confidence "
                 f"{designed['confidence'].median():.0%}, lift {designed['lift'].median():.1f}"))
    suggest_s, suggested = timed(lambda: bundle_suggestions(conn, metrics, december),
                                 max(1, args.repeat // 2))
    rows.append((f"bundle_suggestions, {summary.slow_movers} slow movers, 1 year", suggest_s,
                 f"{len(suggested)} suggestions for {suggested['sku'].nunique()} SKUs, "
                 f"{counts['orders']:,} orders"))
    conn.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'median s':>9}  notes")
    for name, seconds, notes in rows:
        print(f"{name:<{width}}  {seconds:>9.3f}  {notes}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs (other processes slow the timings)")
    print(f"peak memory {peak:.0f} MB; 动销率 December {summary.sell_through_rate:.1%}, "
          f"slow movers {summary.slow_movers}, low stock {summary.low_stock}")
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
