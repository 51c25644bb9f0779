"""The tables the tabs list before their own analytics: products with the period's
sales, buyers with their history, campaigns. Plain SQL over the shop file, no Qt.

A sale is an order with a payment time whose status is not unpaid (as in kpi.py).
Product sales are the lines' amounts (商品销售额): they leave out postage and so add up
to less than 支付金额, which is what the buyer paid for the whole order.
"""

from __future__ import annotations

import sqlite3

import pandas as pd

from .periods import Period
from .rules import sale

_SALE = sale("o")


def _platform_filter(alias: str, platform: str | None) -> tuple[str, list]:
    return (f" AND {alias}.platform = ?", [platform]) if platform else ("", [])


def products_table(conn: sqlite3.Connection, period: Period,
                   platform: str | None = None) -> pd.DataFrame:
    start, end = period.time_bounds()
    line_filter, line_params = _platform_filter("l", platform)
    product_filter, product_params = _platform_filter("p", platform)
    sql = f"""
        WITH sold AS (
            SELECT l.platform, l.sku, sum(l.qty) AS units, sum(l.amount_cents) AS sales_cents,
                   count(DISTINCT l.order_id) AS orders
            FROM order_lines l JOIN orders o
              ON o.platform = l.platform AND o.order_id = l.order_id
            WHERE o.paid_at >= ? AND o.paid_at < ? AND {_SALE} AND l.qty > 0{line_filter}
            GROUP BY l.platform, l.sku)
        SELECT p.platform, p.sku, p.product_id, p.title, p.category, p.price_cents,
               p.cost_cents, p.stock, coalesce(s.units, 0) AS units,
               coalesce(s.sales_cents, 0) AS sales_cents, coalesce(s.orders, 0) AS orders
        FROM products p LEFT JOIN sold s ON s.platform = p.platform AND s.sku = p.sku
        WHERE 1{product_filter}
        ORDER BY sales_cents DESC, p.platform, p.sku"""
    return pd.read_sql_query(sql, conn, params=[start, end, *line_params, *product_params])


def buyers_table(conn: sqlite3.Connection, period: Period,
                 platform: str | None = None) -> pd.DataFrame:
    """Buyers with a paid order, their history and what they bought in the period."""
    start, end = period.time_bounds()
    order_filter, params = _platform_filter("o", platform)
    sql = f"""
        SELECT o.platform, o.buyer_id, b.name, b.phone, b.province, b.city,
               count(*) AS orders, sum(o.paid_cents) AS spent_cents,
               min(o.paid_at) AS first_paid_at, max(o.paid_at) AS last_paid_at,
               sum(o.paid_at >= ? AND o.paid_at < ?) AS period_orders,
               sum(CASE WHEN o.paid_at >= ? AND o.paid_at < ? THEN o.paid_cents ELSE 0 END)
                   AS period_spent_cents
        FROM orders o LEFT JOIN buyers b ON b.platform = o.platform AND b.buyer_id = o.buyer_id
        WHERE {_SALE} AND o.buyer_id IS NOT NULL{order_filter}
        GROUP BY o.platform, o.buyer_id
        ORDER BY period_spent_cents DESC, spent_cents DESC"""
    return pd.read_sql_query(sql, conn, params=[start, end, start, end, *params])


def campaigns_table(conn: sqlite3.Connection, platform: str | None = None) -> pd.DataFrame:
    where, params = ("WHERE platform = ? OR platform IS NULL", [platform]) if platform else ("", [])
    return pd.read_sql_query(
        f"SELECT id, platform, name, kind, mechanic, starts_on, ends_on, target_gmv_cents, "
        f"budget_cents, notes FROM campaigns {where} ORDER BY starts_on DESC", conn,
        params=params)
