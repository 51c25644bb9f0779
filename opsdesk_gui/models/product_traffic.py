"""Visitors and conversion per product, from 生意参谋 商品效果 (the sycm_product_daily
import: traffic rows of scope 'product' whose subject is the platform's item id, i.e.
products.product_id). No Qt.

Per (platform, product_id), the rule models/kpi.py applies to the shop's visitors: a row
exported for exactly the period (period_start = start, period_end = end) wins; otherwise
the daily rows (period_start = period_end) inside the period are summed and the figure is
approximate, since visitors are de-duplicated per exported period and do not add across
days. Rows of other spans are not used. No usable row: no figure (NA).

- visitors (商品访客数) = the rows' visitors.
- paid_buyers = the rows' 支付买家数, as the export states them: which buyer visited which
  product page only the platform knows, so the orders cannot give this figure.
- conversion (商品支付转化率) = paid_buyers / visitors (NA with 0 visitors or either
  missing): 生意参谋's own definition for a product.

A product's variants (SKUs) share its item id, so every SKU row of one product shows the
product's visitors: they are the product's, not the SKU's, and must not be added up.
"""

from __future__ import annotations

import sqlite3

import pandas as pd

from .periods import Period

_SQL = """
SELECT platform, subject AS product_id,
       count(CASE WHEN exact THEN 1 END) AS exact_rows,
       sum(CASE WHEN exact THEN visitors END) AS exact_visitors,
       sum(CASE WHEN exact THEN paid_buyers END) AS exact_buyers,
       count(CASE WHEN daily THEN 1 END) AS daily_rows,
       sum(CASE WHEN daily THEN visitors END) AS daily_visitors,
       sum(CASE WHEN daily THEN paid_buyers END) AS daily_buyers
FROM (SELECT platform, subject, visitors, paid_buyers,
             period_start = :start AND period_end = :end AS exact,
             period_start = period_end AND period_start >= :start
                 AND period_start <= :end AS daily
      FROM traffic
      WHERE scope = 'product' AND subject != ''
        AND (:platform IS NULL OR platform = :platform))
GROUP BY platform, subject
"""
COLUMNS = ("platform", "product_id", "visitors", "paid_buyers", "conversion",
           "visitors_approximate")


def product_traffic(conn: sqlite3.Connection, period: Period,
                    platform: str | None = None) -> pd.DataFrame:
    """One row per product with usable traffic in the period (see the module docstring)."""
    raw = pd.read_sql_query(_SQL, conn, params={
        "start": period.start.isoformat(), "end": period.end.isoformat(),
        "platform": platform})
    exact = raw["exact_rows"] > 0
    daily = ~exact & (raw["daily_rows"] > 0)
    raw = raw[exact | daily]
    exact = exact[raw.index]
    out = pd.DataFrame({
        "platform": raw["platform"], "product_id": raw["product_id"],
        "visitors": raw["exact_visitors"].where(exact, raw["daily_visitors"]),
        "paid_buyers": raw["exact_buyers"].where(exact, raw["daily_buyers"]),
    })
    out["visitors"] = out["visitors"].astype("Int64")
    out["paid_buyers"] = out["paid_buyers"].astype("Int64")
    visitors = out["visitors"].astype("Float64")
    out["conversion"] = (out["paid_buyers"].astype("Float64")
                         / visitors.where(visitors > 0)).astype("float64")
    out["visitors_approximate"] = ~exact
    return out.reset_index(drop=True)[list(COLUMNS)]


def with_traffic(metrics: pd.DataFrame, traffic: pd.DataFrame) -> pd.DataFrame:
    """`metrics` (product_metrics rows) with visitors, paid_buyers, conversion and
    visitors_approximate of their product joined on (platform, product_id); rows keep
    their order and count."""
    joined = metrics.merge(traffic, on=["platform", "product_id"], how="left", sort=False)
    joined["visitors_approximate"] = joined["visitors_approximate"].fillna(False).astype(bool)
    joined.index = metrics.index
    return joined
