"""One product over a period, for the Products tab's detail pane. No Qt.

- Daily sales: every day of the period (days without a sale are 0), from the daily cache
  (models/daily_cache.py, which must be fresh: the caller opens the connection with
  views/shop_reading.fresh_cache_connection or calls ensure_daily_cache): units (支付件数), sales
  (商品销售额: the lines' amounts, postage left out) and the lowest paid unit price of the
  day (line amount / qty, the price actually paid after discounts), rounded half away
  from zero to the cent; None on a day without a sale. Sales as product_metrics counts
  them: orders paid in the day, status not 'unpaid', lines with qty > 0.
- Stock: the shop file keeps only today's stock (products.stock, from the owner's sheet),
  no history, so the detail shows that one level, not a curve.
- Buyers: everyone who paid for the product in the period, with the orders, units and
  amount of their lines of it and their last payment; name and phone are personal data
  (the view masks them).

A product sold in several currencies (rare: a Shopify store selling abroad) is shown in
the currency most of its sales are in; the other currencies' sales are left out rather
than added to it.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import pandas as pd

from .periods import Period
from .rules import sale

DAILY_COLUMNS = ("day", "units", "sales_cents", "orders", "min_unit_price_cents")
BUYER_COLUMNS = ("buyer_id", "name", "phone", "province", "city", "orders", "units",
                 "amount_cents", "last_paid_at")

_PRODUCT_SQL = """
SELECT title, price_cents, cost_cents, stock, safety_stock, currency
FROM products WHERE platform = ? AND sku IN ({skus})
ORDER BY sku
"""

# The currency of most of the product's sales in the period (then alphabetically).
_CURRENCY_SQL = """
SELECT currency FROM cache_sku_daily
WHERE platform = ? AND sku IN ({skus}) AND day >= ? AND day <= ?
GROUP BY currency ORDER BY sum(sales_cents) DESC, currency LIMIT 1
"""

_DAILY_SQL = """
SELECT day, sum(units), sum(sales_cents), sum(orders), min(min_unit_cents)
FROM cache_sku_daily
WHERE platform = ? AND sku IN ({skus}) AND currency = ? AND day >= ? AND day <= ?
  AND units > 0
GROUP BY day ORDER BY day
"""

# Lines of the product in the period's sale orders, by buyer (orders without a buyer id
# are one anonymous buyer).
_BUYERS_SQL = f"""
SELECT o.buyer_id, b.name, b.phone, coalesce(b.province, max(o.province)) AS province,
       coalesce(b.city, max(o.city)) AS city, count(DISTINCT o.order_id) AS orders,
       sum(l.qty) AS units, sum(coalesce(l.amount_cents, 0)) AS amount_cents,
       max(o.paid_at) AS last_paid_at
FROM order_lines l
JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id
LEFT JOIN buyers b ON b.platform = o.platform AND b.buyer_id = o.buyer_id
WHERE l.platform = ? AND l.sku IN ({{skus}}) AND l.qty > 0 AND o.currency = ?
  AND o.paid_at >= ? AND o.paid_at < ? AND {sale("o")}
GROUP BY o.buyer_id
ORDER BY amount_cents DESC, last_paid_at DESC, o.buyer_id
"""


@dataclass(frozen=True)
class ProductDetail:
    platform: str
    sku: str
    period: Period
    title: str | None
    currency: str | None
    price_cents: int | None
    cost_cents: int | None
    stock: int | None            # today's stock: the only stock figure the file holds
    safety_stock: int | None     # the owner's 安全库存 from the sheet, if given
    daily: pd.DataFrame          # DAILY_COLUMNS, one row per day of the period
    buyers: pd.DataFrame         # BUYER_COLUMNS, best customers first
    skus: tuple[str, ...] = ()   # every SKU shown (a product row's variants); sku the first

    @property
    def units(self) -> int:
        return int(self.daily["units"].sum())

    @property
    def sales_cents(self) -> int:
        return int(self.daily["sales_cents"].sum())


def _half_up(value: float | None) -> int | None:
    """A REAL amount of cents -> whole cents, half away from zero (prices are positive)."""
    if value is None or value != value:
        return None
    return math.floor(value + 0.5 + 1e-9)


def _catalogue(rows: list[tuple], skus: list[str]) -> tuple:
    """(title, price, cost, stock, safety stock, currency) of one or more SKUs' rows."""
    if not rows:
        return (None,) * 6
    known = len(rows) == len(skus)  # a SKU without a catalogue row has no stock figure

    def total(i):
        values = [r[i] for r in rows]
        return sum(values) if known and None not in values else None

    costs = {r[2] for r in rows}
    return (next((r[0] for r in rows if r[0]), None),
            min((r[1] for r in rows if r[1] is not None), default=None),
            costs.pop() if len(costs) == 1 and known else None,
            total(3), total(4), next((r[5] for r in rows if r[5]), None))


def _days(period: Period) -> list[str]:
    return [(period.start + timedelta(days=i)).isoformat() for i in range(period.days)]


def load_product_detail(conn: sqlite3.Connection, period: Period, platform: str,
                        sku: str | Sequence[str]) -> ProductDetail:
    """The product's days, buyers and catalogue figures (module docstring). Several SKUs
    (the variants of a product row) are shown as one product: days and buyers added up,
    the lowest price of a day over all of them, the lowest list price, the stock added up
    (unknown if one is), the unit cost when they share one."""
    skus = [sku] if isinstance(sku, str) else list(sku)
    marks = ", ".join("?" * len(skus))
    first, last = period.start.isoformat(), period.end.isoformat()
    title, price, cost, stock, safety, catalogue_currency = _catalogue(
        conn.execute(_PRODUCT_SQL.format(skus=marks), (platform, *skus)).fetchall(), skus)
    found = conn.execute(_CURRENCY_SQL.format(skus=marks),
                         (platform, *skus, first, last)).fetchone()
    currency = found[0] if found else catalogue_currency

    sold = {day: (units, sales, orders, _half_up(low)) for day, units, sales, orders, low
            in conn.execute(_DAILY_SQL.format(skus=marks),
                            (platform, *skus, currency, first, last))}
    days = _days(period)
    daily = pd.DataFrame({
        "day": days,
        "units": [sold.get(d, (0,))[0] for d in days],
        "sales_cents": [sold.get(d, (0, 0))[1] for d in days],
        "orders": [sold.get(d, (0, 0, 0))[2] for d in days],
        "min_unit_price_cents": pd.array([sold.get(d, (0, 0, 0, None))[3] for d in days],
                                         dtype="Int64"),
    })
    for column in ("units", "sales_cents", "orders"):
        daily[column] = daily[column].astype("int64")

    start, after = period.time_bounds()
    buyers = pd.read_sql_query(_BUYERS_SQL.format(skus=marks), conn,
                               params=(platform, *skus, currency or "", start, after))
    for column in ("orders", "units", "amount_cents"):
        buyers[column] = buyers[column].astype("int64")
    return ProductDetail(platform, skus[0], period, title, currency, price, cost, stock, safety,
                         daily[list(DAILY_COLUMNS)], buyers[list(BUYER_COLUMNS)],
                         tuple(skus))
