"""Bundling slow movers (domain.md §3): what else the buyers of a slow item put in the same
order, and which strong sellers to pair it with. No Qt.

Baskets are order baskets: the set of products (platform, sku) of the lines with qty > 0
of one sale order (paid_at set, status not 'unpaid') paid within the window. A product
counts once per basket however many lines it has there. For a product A and another B
of the same platform, over the platform's baskets in the window:

- baskets N: the platform's sale orders in the window with at least one line;
- support(A, B) = baskets with both / N;
- confidence(A -> B) = baskets with both / baskets with A (the share of A's buyers who
  also took B, in the same order);
- lift(A, B) = confidence / (baskets with B / N): how much likelier B is in a basket with
  A than in any basket; > 1 means they go together more than by chance.

The baskets holding one of the asked items are read from the order lines: found on the
sku index when the items are in few baskets, else by one scan of the window's orders.
Products are coded as integers, each basket's distinct products kept with np.unique, the
pairs joined on the basket id (a pandas merge) and counted with np.unique: no loop over
orders. The baskets with B and N come from the daily cache, which counts the same orders.

`bundle_suggestions` takes a `product_metrics` table: each slow mover (lifecycle 'slow')
is paired with the strong sellers (ABC class A or lifecycle 'hot') found in its baskets at
least `min_pair_orders` (2) times, in at least `min_confidence` (5%) of them, with lift
above `min_lift` (1.5), best lift first (then confidence, then baskets together), at most
`per_item` (3) per slow mover. The window is the
`lookback_days` (365) days ending at the period end: a slow mover has by definition few
recent sales, so its baskets are looked for over a longer time than the period.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import pandas as pd

from .daily_cache import ensure_daily_cache
from .periods import Period
from .rules import sale_in_period


@dataclass(frozen=True)
class BundleRules:
    lookback_days: int = 365
    min_pair_orders: int = 2
    min_confidence: float = 0.05
    min_lift: float = 1.5
    per_item: int = 3


_SALE_IN_WINDOW = sale_in_period("o")
_KEY = "l.platform || char(31) || l.sku"
SEP = "\x1f"  # char(31), between platform and sku in a product key

# The lines of the baskets holding one of the items, found on the sku index: for items
# in few baskets. The unary + keeps SQLite off the sku index for the basket's lines.
_ITEM_BASKETS_SQL = f"""
WITH items AS (
    SELECT json_extract(value, '$[0]') AS platform, json_extract(value, '$[1]') AS sku
    FROM json_each(:items)),
baskets AS (
    SELECT DISTINCT o.rowid AS id
    FROM items i
    CROSS JOIN order_lines l ON l.platform = i.platform AND l.sku = i.sku
    CROSS JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id
    WHERE l.qty > 0 AND {_SALE_IN_WINDOW})
SELECT o.rowid, {_KEY}
FROM baskets b
CROSS JOIN orders o ON o.rowid = b.id
CROSS JOIN order_lines l ON l.platform = o.platform AND l.order_id = o.order_id
WHERE l.qty > 0 AND +l.sku IS NOT NULL
"""

# Every basket of the window, in paid_at order: for items in many baskets.
_WINDOW_SQL = f"""
SELECT o.rowid, {_KEY}
FROM orders AS o INDEXED BY orders_by_paid_at
CROSS JOIN order_lines AS l ON l.platform = o.platform AND l.order_id = o.order_id
WHERE {_SALE_IN_WINDOW} AND l.qty > 0 AND +l.sku IS NOT NULL
"""

# Above this share of the window's baskets holding an item, scanning the window is cheaper
# than finding the baskets on the sku index one line at a time.
SCAN_SHARE = 0.10

_SKU_BASKETS_SQL = """
SELECT s.platform, s.sku, coalesce(sum(c.orders), 0) AS baskets
FROM cache_sku s
JOIN cache_sku_daily c
  ON c.platform = s.platform AND c.sku = s.sku AND c.currency = s.currency
 AND c.day >= :first AND c.day <= :last
GROUP BY s.platform, s.sku, s.currency
"""

_ALL_BASKETS_SQL = """
SELECT platform, sum(line_orders) FROM cache_shop_daily
WHERE day >= :first AND day <= :last GROUP BY platform
"""

PAIR_COLUMNS = ("platform", "sku", "other_sku", "pair_orders", "sku_orders", "other_orders",
                "baskets", "support", "confidence", "lift")


def _basket_lines(conn: sqlite3.Connection, wanted: list[tuple[str, str]], window: Period,
                  item_baskets: int, all_baskets: int) -> tuple[np.ndarray, pd.Index, np.ndarray]:
    """(basket id, product code) of each distinct product in each basket holding an item,
    with the products ('platform<US>sku') the codes stand for."""
    start, after = window.time_bounds()
    params = {"start": start, "after": after}
    if item_baskets >= SCAN_SHARE * all_baskets:
        rows = conn.execute(_WINDOW_SQL, params).fetchall()
    else:
        items = json.dumps(wanted, ensure_ascii=False)
        rows = conn.execute(_ITEM_BASKETS_SQL, params | {"items": items}).fetchall()
    if not rows:
        return np.empty(0, np.int64), pd.Index([], dtype=object), np.empty(0, np.int64)
    ids = np.fromiter((row[0] for row in rows), np.int64, len(rows))
    codes, products = pd.factorize(pd.Series([row[1] for row in rows], dtype=object))
    size = max(len(products), 1)
    pairs = ids * size + codes
    pairs.sort()  # then one row per (basket, product): drop the repeats
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    return pairs // size, pd.Index(products), pairs % size


def _counted(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct keys and how often each occurs (by sorting)."""
    keys = np.sort(keys)
    if not len(keys):
        return keys, keys
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return keys[starts], np.diff(np.append(starts, len(keys)))


@dataclass(frozen=True)
class BasketCounts:
    """The window's baskets per product (platform, sku) and per platform, from the daily
    cache: what every co_purchases call over that window reads first."""

    window: Period
    per_sku: pd.Series
    per_platform: dict[str, int]


def basket_counts(conn: sqlite3.Connection, window: Period) -> BasketCounts:
    """For a caller asking co_purchases about one item after another over the same window
    (the Bundles page): read once, passed to each call (the cache must be fresh)."""
    days = {"first": window.start.isoformat(), "last": window.end.isoformat()}
    per_sku = pd.read_sql_query(_SKU_BASKETS_SQL, conn, params=days).groupby(
        ["platform", "sku"])["baskets"].sum()
    return BasketCounts(window, per_sku, dict(conn.execute(_ALL_BASKETS_SQL, days).fetchall()))


def co_purchases(conn: sqlite3.Connection, items: Iterable[tuple[str, str]],
                 window: Period, counts: BasketCounts | None = None) -> pd.DataFrame:
    """For each (platform, sku) of `items`, every product bought in the same orders within
    `window`, with the counts and support, confidence and lift (module docstring).
    `counts`: the window's basket_counts, read once by a caller that asks repeatedly."""
    wanted = sorted({(str(p), str(s)) for p, s in items})
    if not wanted:
        return pd.DataFrame(columns=list(PAIR_COLUMNS))
    if counts is None or counts.window != window:
        ensure_daily_cache(conn)
        counts = basket_counts(conn, window)
    per_sku, all_baskets = counts.per_sku, counts.per_platform
    asked = pd.MultiIndex.from_tuples(wanted, names=["platform", "sku"])
    item_baskets = int(per_sku.reindex(asked).fillna(0).sum())
    baskets, products, codes = _basket_lines(conn, wanted, window, item_baskets,
                                             sum(all_baskets.values()))
    is_item = products.isin([f"{p}{SEP}{s}" for p, s in wanted])
    lines = pd.DataFrame({"basket": baskets, "other": codes})
    item_lines = lines[is_item[codes]].rename(columns={"other": "item"})
    joined = item_lines.merge(lines, on="basket")
    joined = joined[joined["item"] != joined["other"]]
    size = max(len(products), 1)
    pair_key, pair_orders = _counted(joined["item"].to_numpy() * size
                                     + joined["other"].to_numpy())
    item_orders = np.bincount(item_lines["item"], minlength=size)
    parts = [key.split(SEP, 1) for key in products]
    platform_of = np.array([p for p, _ in parts] or [""], dtype=object)
    sku_of = np.array([s for _, s in parts] or [""], dtype=object)
    item, other = pair_key // size, pair_key % size
    counted = pd.DataFrame({
        "platform": platform_of[item], "sku": sku_of[item], "other_sku": sku_of[other],
        "pair_orders": pair_orders.astype("int64"), "sku_orders": item_orders[item]})
    other_counts = per_sku.rename("other_orders").rename_axis(["platform", "other_sku"])
    counted = counted.join(other_counts, on=["platform", "other_sku"])
    counted["baskets"] = counted["platform"].map(all_baskets)
    for column in ("other_orders", "baskets"):
        counted[column] = counted[column].fillna(0).astype("int64")
    n, pair = counted["baskets"], counted["pair_orders"]
    counted["support"] = pair / n.where(n > 0)
    counted["confidence"] = pair / counted["sku_orders"].where(counted["sku_orders"] > 0)
    expected = counted["sku_orders"] * counted["other_orders"]
    counted["lift"] = pair * n / expected.where(expected > 0)
    counted = counted.sort_values(["platform", "sku", "lift", "pair_orders", "other_sku"],
                                  ascending=[True, True, False, False, True], ignore_index=True)
    return counted[list(PAIR_COLUMNS)]


def bundle_suggestions(conn: sqlite3.Connection, metrics: pd.DataFrame, period: Period,
                       rules: BundleRules = BundleRules()) -> pd.DataFrame:
    """Slow movers of a `product_metrics` table paired with strong sellers bought with
    them (module docstring): one row per suggested pair, with both titles."""
    slow = metrics.loc[metrics["slow_mover"], ["platform", "sku"]].drop_duplicates()
    strong = metrics.loc[(metrics["abc"] == "A") | (metrics["lifecycle"] == "hot"),
                         ["platform", "sku"]].drop_duplicates()
    window = Period(period.end - timedelta(days=rules.lookback_days - 1), period.end)
    pairs = co_purchases(conn, slow.itertuples(index=False, name=None), window)
    strong_keys = pd.MultiIndex.from_frame(strong.rename(columns={"sku": "other_sku"}))
    is_strong = pd.MultiIndex.from_frame(pairs[["platform", "other_sku"]]).isin(strong_keys)
    good = pairs[is_strong & (pairs["pair_orders"] >= rules.min_pair_orders)
                 & (pairs["confidence"] >= rules.min_confidence)
                 & (pairs["lift"] > rules.min_lift)]
    good = good.sort_values(["platform", "sku", "lift", "confidence", "pair_orders", "other_sku"],
                            ascending=[True, True, False, False, False, True])
    good = good.groupby(["platform", "sku"], sort=False).head(rules.per_item)
    titles = metrics.drop_duplicates(["platform", "sku"]).set_index(["platform", "sku"])["title"]
    out = good.join(titles, on=["platform", "sku"])
    out = out.join(titles.rename("other_title").rename_axis(["platform", "other_sku"]),
                   on=["platform", "other_sku"])
    return out.reset_index(drop=True)[
        ["platform", "sku", "title", "other_sku", "other_title", *PAIR_COLUMNS[3:]]]
