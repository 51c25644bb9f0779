"""Benchmark of the Bundles page: what the operator waits for, against straightforward pandas.

The shop is bench_products.py's (2,000 SKUs, 1,000,000 order lines in 399,591 orders over
2025; 60 slow SKUs mostly bought with a best seller), built once and reused with --keep.
Period: December 2025; baskets of the 365 days ending 2025-12-31.

Timed (median of --repeat runs, warm daily cache, one process):
- the page's refresh: product_metrics + bundle_suggestions for every slow mover + the
  window's basket counts (kept for the choices that follow);
- choosing a slow mover: co_purchases of that one SKU (the page reads it when the
  operator picks a row), over 20 slow movers, the median and the slowest; and the same
  with the window's basket counts read once beforehand (basket_counts), as the page does;
- the baseline, straightforward pandas: read every sale line of the window's orders,
  one row per (order, product), self-merge the slow movers' lines with their orders'
  lines, count, and compute support, confidence, lift with the same rules; checked equal
  to bundle_suggestions. And the same baseline for one chosen SKU.

"Instant" here means under 0.1 s, the usual threshold for a response that needs no
feedback; anything longer runs in a worker with a progress bar.

    python bench/bench_bundles.py [--keep] [--repeat 5]
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_products import OUT, shop_arguments, shop_file, timed

from opsdesk_gui.models.bundles import (
    BundleRules,
    basket_counts,
    bundle_suggestions,
    co_purchases,
)
from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.product_metrics import product_metrics
from opsdesk_gui.store.shop import connect

RULES = BundleRules()
END = date(2025, 12, 31)
DECEMBER = Period(date(2025, 12, 1), END)
WINDOW = Period(END - timedelta(days=RULES.lookback_days - 1), END)
INSTANT_S = 0.1

_LINES_SQL = """
SELECT o.platform, o.order_id, l.sku
FROM orders o JOIN order_lines l ON l.platform = o.platform AND l.order_id = o.order_id
WHERE o.paid_at >= :start AND o.paid_at < :after AND o.status != 'unpaid' AND l.qty > 0
  AND +l.sku IS NOT NULL  -- the + keeps SQLite off the sku index (a scan per order)
"""


def pandas_pairs(conn: sqlite3.Connection, items: list[tuple[str, str]]) -> pd.DataFrame:
    """Support, confidence and lift of each item with every product in its orders: the
    whole window read into pandas, then grouped and merged."""
    start, after = WINDOW.time_bounds()
    lines = pd.read_sql_query(_LINES_SQL, conn, params={"start": start, "after": after})
    baskets = lines.drop_duplicates()
    n = baskets.groupby("platform")["order_id"].nunique().rename("baskets")
    per_sku = baskets.groupby(["platform", "sku"]).size().rename("other_orders")
    wanted = pd.DataFrame(items, columns=["platform", "sku"])
    mine = baskets.merge(wanted, on=["platform", "sku"])
    joined = mine.merge(baskets, on=["platform", "order_id"], suffixes=("", "_other"))
    joined = joined[joined["sku"] != joined["sku_other"]]
    pairs = joined.groupby(["platform", "sku", "sku_other"]).size().rename("pair_orders")
    pairs = pairs.reset_index().rename(columns={"sku_other": "other_sku"})
    pairs = pairs.join(mine.groupby(["platform", "sku"]).size().rename("sku_orders"),
                       on=["platform", "sku"])
    pairs = pairs.join(per_sku.rename_axis(["platform", "other_sku"]),
                       on=["platform", "other_sku"])
    pairs = pairs.join(n, on="platform")
    pairs["support"] = pairs["pair_orders"] / pairs["baskets"]
    pairs["confidence"] = pairs["pair_orders"] / pairs["sku_orders"]
    pairs["lift"] = pairs["confidence"] / (pairs["other_orders"] / pairs["baskets"])
    return pairs


def pandas_suggestions(conn: sqlite3.Connection, metrics: pd.DataFrame) -> pd.DataFrame:
    slow = metrics.loc[metrics["slow_mover"], ["platform", "sku"]].drop_duplicates()
    strong = metrics.loc[(metrics["abc"] == "A") | (metrics["lifecycle"] == "hot"),
                         ["platform", "sku"]].drop_duplicates()
    pairs = pandas_pairs(conn, list(slow.itertuples(index=False, name=None)))
    pairs = pairs.merge(strong.rename(columns={"sku": "other_sku"}),
                        on=["platform", "other_sku"])
    good = pairs[(pairs["pair_orders"] >= RULES.min_pair_orders)
                 & (pairs["confidence"] >= RULES.min_confidence)
                 & (pairs["lift"] > RULES.min_lift)]
    good = good.sort_values(["platform", "sku", "lift", "confidence", "pair_orders",
                             "other_sku"], ascending=[True, True, False, False, False, True])
    return good.groupby(["platform", "sku"], sort=False).head(RULES.per_item)


def same_suggestions(ours: pd.DataFrame, theirs: pd.DataFrame) -> bool:
    key = ["platform", "sku", "other_sku"]
    a = ours.sort_values(key, ignore_index=True)
    b = theirs.sort_values(key, ignore_index=True)
    return (a[key].equals(b[key])
            and (a["pair_orders"].to_numpy() == b["pair_orders"].to_numpy()).all()
            and np.allclose(a["lift"].to_numpy(float), b["lift"].to_numpy(float)))


def main() -> None:
    args = shop_arguments(__doc__)
    base, counts = shop_file(args.lines, args.skus, args.keep)
    work = OUT / "bundles_work.opsdesk"
    shutil.copyfile(base, work)
    conn = connect(work)
    ensure_daily_cache(conn)  # built once, as after an import; not what is timed here
    print(f"shop: {counts['orders']:,} orders, {counts['order_lines']:,} lines")

    rows: list[tuple[str, float, str]] = []

    def refresh():  # what the page's worker does (views/products/bundles_view.load_bundles)
        metrics = product_metrics(conn, DECEMBER)
        suggested = bundle_suggestions(conn, metrics, DECEMBER, RULES)
        basket_counts(conn, WINDOW)
        return metrics, suggested

    refresh_s, (metrics, ours) = timed(refresh, args.repeat)
    slow = metrics.loc[metrics["slow_mover"]].drop_duplicates(["platform", "sku"])
    rows.append((f"page refresh: metrics + suggestions for {len(slow)} slow movers",
                 refresh_s, f"{len(ours)} pairs suggested"))
    theirs_s, theirs = timed(lambda: pandas_suggestions(conn, metrics),
                             max(1, args.repeat // 2))
    rows.append(("  pandas baseline: all slow movers' suggestions", theirs_s,
                 f"x{theirs_s / refresh_s:.1f} of the refresh; same pairs: "
                 f"{same_suggestions(ours, theirs)}"))

    chosen = list(slow[["platform", "sku"]].head(20).itertuples(index=False, name=None))
    one = [timed(lambda item=item: co_purchases(conn, [item], WINDOW), args.repeat)[0]
           for item in chosen]
    rows.append((f"choose a slow mover: co_purchases of 1 SKU (median of {len(one)})",
                 statistics.median(one), f"slowest {max(one):.3f} s; instant (< "
                 f"{INSTANT_S} s): {max(one) < INSTANT_S}"))
    counts = basket_counts(conn, WINDOW)
    given = [timed(lambda item=item: co_purchases(conn, [item], WINDOW, counts),
                   args.repeat)[0] for item in chosen]
    rows.append(("  the same, the window's basket counts read once (as the page does)",
                 statistics.median(given), f"slowest {max(given):.3f} s; instant: "
                 f"{max(given) < INSTANT_S}"))
    one_pd, _ = timed(lambda: pandas_pairs(conn, chosen[:1]), max(1, args.repeat // 2))
    rows.append(("  pandas baseline: 1 SKU's co-purchases", one_pd,
                 f"x{one_pd / statistics.median(one):.0f} of co_purchases"))
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)

    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'median s':>9}  notes")
    for name, seconds, notes in rows:
        print(f"{name:<{width}}  {seconds:>9.3f}  {notes}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs (other processes slow the timings)")
    assert same_suggestions(ours, theirs), "bundle_suggestions and the baseline differ"


if __name__ == "__main__":
    main()
