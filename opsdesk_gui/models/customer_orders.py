"""The paid orders behind every customer figure (RFM, lifecycle, cohorts, lifetime value),
one row per order with its buyer. No Qt.

Who is a buyer (rules.py, the same for the KPIs): the platform's buyer ID, per platform
(no matching across platforms). 抖店, 拼多多 and 快手 exports carry none: their importers
make the order's buyer_id from the receiver's name + phone as exported (buyer_source
'receiver'). An order with no identity at all is a one-order buyer of its own. Both kinds
are approximate, and so is every figure built on them. Orders of those platforms imported
before the receiver was kept have no identity until their export is imported again
(`orders_before_receivers`).

A sale is an order with a payment time whose status is not unpaid (`SALE`, the rule of
kpi.py and listings.py; kept here once so it can point at the one home of that rule).
An order's refund is the kpi rule: the largest of what the order, its lines and its
succeeded refund records state, at most what the buyer paid.
"""

from __future__ import annotations

import sqlite3
import threading

import numpy as np
import pandas as pd

from ..errors import OpsDeskError
from .daily_cache import data_stamp
from .rules import approximate_buyer

SALE = "o.paid_at IS NOT NULL AND o.status != 'unpaid'"
_SUCCEEDED = "(r.status IS NULL OR r.status = 'succeeded')"

ORDER_COLUMNS = ("platform", "buyer", "buyer_id", "order_id", "day", "paid_cents",
                 "refund_cents", "approximate", "currency")

_ORDERS_SQL = f"""
SELECT o.platform, o.buyer_id, o.order_id, substr(o.paid_at, 1, 10) AS day,
       coalesce(o.paid_cents, 0) AS paid_cents, coalesce(o.refund_cents, 0) AS order_refund,
       o.currency, {approximate_buyer("o")} AS approximate
FROM orders o
WHERE {SALE} AND (:platform IS NULL OR o.platform = :platform)
"""
_LINE_REFUNDS_SQL = """
SELECT platform, order_id, sum(refund_cents) AS lines FROM order_lines
WHERE refund_cents > 0 AND (:platform IS NULL OR platform = :platform)
GROUP BY platform, order_id
"""
_RECORD_REFUNDS_SQL = f"""
SELECT r.platform, r.order_id, sum(r.amount_cents) AS records FROM refunds r
WHERE r.order_id IS NOT NULL AND {_SUCCEEDED} AND (:platform IS NULL OR r.platform = :platform)
GROUP BY r.platform, r.order_id
"""


def load_paid_orders(conn: sqlite3.Connection, platform: str | None = None) -> pd.DataFrame:
    """Every paid order of the shop (or of one platform) with its buyer key: `buyer` is
    'platform<US>buyer_id', or 'platform<US>#order_id' for an order without a buyer ID;
    `day` is the payment day (datetime64, midnight, shop-local)."""
    params = {"platform": platform}
    orders = pd.read_sql_query(_ORDERS_SQL, conn, params=params)
    refunds = orders[["platform", "order_id", "order_refund"]]
    for sql in (_LINE_REFUNDS_SQL, _RECORD_REFUNDS_SQL):
        stated = pd.read_sql_query(sql, conn, params=params)
        refunds = refunds.merge(stated, on=["platform", "order_id"], how="left")
    largest = refunds[["order_refund", "lines", "records"]].fillna(0).max(axis=1)
    paid = orders["paid_cents"].to_numpy(np.int64)
    orders["refund_cents"] = np.minimum(largest.to_numpy(np.int64), np.maximum(paid, 0))
    orders["approximate"] = orders["approximate"].astype(bool)
    orders["buyer"] = buyer_keys(orders).astype("category")
    orders["platform"] = orders["platform"].astype("category")
    orders["day"] = pd.to_datetime(orders["day"], format="%Y-%m-%d")
    orders["paid_cents"] = orders["paid_cents"].astype(np.int64)
    return orders[list(ORDER_COLUMNS)].sort_values(["day", "order_id"], ignore_index=True)


def approximate_by_buyer(orders: pd.DataFrame) -> pd.Series:
    """Whether each buyer of the orders is approximate, indexed by buyer key (text)."""
    flags = orders.groupby("buyer", observed=True, sort=False)["approximate"].first()
    return flags.set_axis(flags.index.astype(str))


def buyer_keys(frame: pd.DataFrame) -> pd.Series:
    """'platform<US>buyer_id', or 'platform<US>#order_id' for an order without a buyer ID."""
    no_id = frame["buyer_id"].isna()
    return frame["platform"] + "\x1f" + frame["buyer_id"].where(~no_id, "#" + frame["order_id"])


_BOUGHT_SQL = f"""
SELECT DISTINCT o.platform, o.buyer_id, o.order_id, l.sku, l.title, p.category,
       substr(o.paid_at, 1, 10) AS day
FROM orders o JOIN order_lines l ON l.platform = o.platform AND l.order_id = o.order_id
LEFT JOIN products p ON p.platform = l.platform AND p.sku = l.sku
WHERE {SALE} AND l.qty > 0 AND (:platform IS NULL OR o.platform = :platform)
"""


def buyer_products(conn: sqlite3.Connection, platform: str | None = None) -> pd.DataFrame:
    """What each buyer bought: buyer key, sku, title, category and the day, one row per
    paid order line (for re-activation lists: "bought product or category X")."""
    lines = pd.read_sql_query(_BOUGHT_SQL, conn, params={"platform": platform})
    lines["buyer"] = buyer_keys(lines)
    lines["day"] = pd.to_datetime(lines["day"], format="%Y-%m-%d")
    return lines[["buyer", "sku", "title", "category", "day"]]


# The platforms whose exports name the buyer only by the receiver (importers/presets).
RECEIVER_PLATFORMS = ("douyin", "pdd", "kuaishou")
_BEFORE_RECEIVERS_SQL = f"""
SELECT count(*) FROM orders o
WHERE {SALE} AND o.buyer_id IS NULL AND o.buyer_source IS NULL
  AND o.platform IN ({", ".join(f"'{p}'" for p in RECEIVER_PLATFORMS)})
  AND (:platform IS NULL OR o.platform = :platform)
"""


def orders_before_receivers(conn: sqlite3.Connection, platform: str | None = None) -> int:
    """Paid orders of 抖店, 拼多多 or 快手 imported before OpsDesk kept the receiver: their
    buyer is unknown (each counts as a buyer of its own) until their export is imported
    again. Orders whose export named no receiver ('none') are not counted: nothing helps."""
    return conn.execute(_BEFORE_RECEIVERS_SQL, {"platform": platform}).fetchone()[0]


def last_order_day(orders: pd.DataFrame):
    """The day of the shop's last paid order (the default as-of date), or None."""
    return None if orders.empty else orders["day"].max().date()


def in_one_currency(orders: pd.DataFrame, currency: str | None = None) -> tuple[pd.DataFrame, str]:
    """The orders of one currency: `currency`, or the only one there is. Amounts in two
    currencies are never added: several without a choice raise 'mixed_currencies'."""
    present = sorted(orders["currency"].dropna().unique())
    if currency is None:
        if len(present) > 1:
            raise OpsDeskError("mixed_currencies", {"currencies": ", ".join(present)})
        return orders, present[0] if present else "CNY"
    return orders.loc[orders["currency"] == currency], currency


_CACHE: dict = {}
_CACHE_LOCK = threading.Lock()


def cached_paid_orders(conn: sqlite3.Connection, shop_key: str,
                       platform: str | None = None) -> pd.DataFrame:
    """load_paid_orders, kept while the shop's data is unchanged (daily_cache.data_stamp),
    so that a change of as-of day or window only recomputes (the pages of the Customers
    tab read the same orders). Callers must not modify the frame."""
    key = (shop_key, platform, data_stamp(conn))
    with _CACHE_LOCK:
        if key in _CACHE:
            return _CACHE[key]
    orders = load_paid_orders(conn, platform)
    with _CACHE_LOCK:
        _CACHE.clear()  # one shop and platform at a time: a big shop's orders are large
        _CACHE[key] = orders
    return orders


DETAIL_COLUMNS = ("name", "phone", "province")
_DETAILS: dict = {}


def with_buyer_details(conn: sqlite3.Connection, orders: pd.DataFrame,
                       buyers: pd.DataFrame) -> pd.DataFrame:
    """`buyers` (indexed by the orders' buyer keys, as rfm.buyer_summary makes them) with
    each buyer's name, phone and province (personal data: callers mask it on screen and in
    exports until the owner unmasks it), as categorical text (missing: not known).

    The buyers table is read once per `orders` frame (cached_paid_orders keeps one per
    data change) and kept per buyer key: an as-of change only takes rows of it."""
    categories = orders["buyer"].cat.categories
    with _CACHE_LOCK:
        kept = _DETAILS.get("kept")
    if kept is None or kept[0] is not categories:
        kept = (categories, _details_by_key(conn, categories))
        with _CACHE_LOCK:
            _DETAILS["kept"] = kept
    codes = np.asarray(buyers.index.codes) if isinstance(
        buyers.index, pd.CategoricalIndex) else categories.get_indexer(buyers.index.astype(str))
    out = buyers.copy()
    for column, (by_key, texts) in kept[1].items():
        out[column] = pd.Categorical.from_codes(by_key[codes], texts)  # key -1: missing
    return out


def _details_by_key(conn: sqlite3.Connection, categories: pd.Index) -> dict:
    """Per column (name, phone, province): each buyer key's code into the column's
    distinct texts (-1: none; one more -1 after the last key, for code -1), and the texts."""
    rows = pd.read_sql_query(
        "SELECT platform, buyer_id, name, phone, province FROM buyers", conn)
    position = categories.get_indexer(rows["platform"] + "\x1f" + rows["buyer_id"])
    found = position >= 0
    details = {}
    for column in DETAIL_COLUMNS:
        codes, texts = pd.factorize(rows[column])
        by_key = np.full(len(categories) + 1, -1, dtype=np.int64)
        by_key[position[found]] = codes[found]
        details[column] = (by_key, pd.Index(texts, dtype=object))
    return details


_BUYER_ORDERS_SQL = f"""
SELECT o.order_id, substr(o.paid_at, 1, 10) AS day, o.status,
       coalesce(o.paid_cents, 0) AS paid_cents, o.units
FROM orders o
WHERE {SALE} AND o.platform = :platform
  AND (o.buyer_id = :buyer_id OR (:buyer_id IS NULL AND o.order_id = :order_id))
ORDER BY o.paid_at DESC
"""
_BUYER_LINES_SQL = f"""
SELECT l.sku, max(l.title) AS title, sum(l.qty) AS units, sum(l.amount_cents) AS amount_cents,
       count(DISTINCT o.order_id) AS orders
FROM orders o JOIN order_lines l ON l.platform = o.platform AND l.order_id = o.order_id
WHERE {SALE} AND l.qty > 0 AND o.platform = :platform
  AND (o.buyer_id = :buyer_id OR (:buyer_id IS NULL AND o.order_id = :order_id))
GROUP BY l.sku ORDER BY amount_cents DESC
"""


def buyer_history(conn: sqlite3.Connection, buyer_key: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One buyer's paid orders (newest first) and the products in them (most paid first).
    `buyer_key` is the key of load_paid_orders ('platform<US>buyer_id' or
    'platform<US>#order_id')."""
    platform, rest = buyer_key.split("\x1f", 1)
    params = {"platform": platform, "buyer_id": None if rest.startswith("#") else rest,
              "order_id": rest[1:] if rest.startswith("#") else None}
    return (pd.read_sql_query(_BUYER_ORDERS_SQL, conn, params=params),
            pd.read_sql_query(_BUYER_LINES_SQL, conn, params=params))
