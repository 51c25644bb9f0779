"""What the checklist reads from the shop file for a plan's products: the catalogue row,
the lowest unit price buyers paid in a window, the units sold, the order baskets. No Qt.

The paid unit price of a line is its amount (as stored: after the order-level discounts
the importers allocate) ÷ its quantity, over sales (paid, not unpaid) and lines of qty > 0.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from ...money import divide_cents
from ..listings import _SALE as SALE


@dataclass(frozen=True)
class LowestPaid:
    unit_cents: int      # amount ÷ qty, rounded half away from zero to the cent
    amount_cents: int    # the line it comes from
    qty: int
    paid_on: str         # the day it was paid
    in_window: bool      # False: no sale in the window, the last sale before it (Art. 16)


def _window(as_of: date, days: int) -> tuple[str, str]:
    """The `days` days before `as_of` (as_of excluded), as paid_at bounds."""
    return (as_of - timedelta(days=days)).isoformat(), as_of.isoformat()


def lowest_paid_prices(conn: sqlite3.Connection, keys: list[tuple[str, str]], as_of: date,
                       days: int) -> dict[tuple[str, str], LowestPaid]:
    """(platform, sku) -> the lowest unit price paid in the `days` days before `as_of`; a
    product with no sale in them gets its last paid price before them; one never sold is
    absent. Comparing amount ÷ qty exactly (not the rounded cents)."""
    first, end = _window(as_of, days)
    result: dict[tuple[str, str], LowestPaid] = {}
    for platform, sku in keys:
        row = conn.execute(
            f"""SELECT l.amount_cents, l.qty, substr(o.paid_at, 1, 10) FROM order_lines l
            JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id
            WHERE l.platform = ? AND l.sku = ? AND l.qty > 0 AND l.amount_cents IS NOT NULL
              AND {SALE} AND o.paid_at >= ? AND o.paid_at < ?
            ORDER BY l.amount_cents * 1.0 / l.qty, o.paid_at LIMIT 1""",
            (platform, sku, first, end)).fetchone()
        in_window = row is not None
        if row is None:
            row = conn.execute(
                f"""SELECT l.amount_cents, l.qty, substr(o.paid_at, 1, 10) FROM order_lines l
                JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id
                WHERE l.platform = ? AND l.sku = ? AND l.qty > 0
                  AND l.amount_cents IS NOT NULL AND {SALE} AND o.paid_at < ?
                ORDER BY o.paid_at DESC, l.amount_cents * 1.0 / l.qty LIMIT 1""",
                (platform, sku, first)).fetchone()
        if row is not None:
            amount, qty, day = row
            result[(platform, sku)] = LowestPaid(divide_cents(amount, qty), amount, qty, day,
                                                 in_window)
    return result


def catalogue(conn: sqlite3.Connection, keys: list[tuple[str, str]]) -> pd.DataFrame:
    """platform, sku, title, price_cents, cost_cents, stock of the plan's products (a
    product not in the catalogue has a row of blanks)."""
    frame = pd.DataFrame(keys, columns=["platform", "sku"])
    known = pd.read_sql_query(
        "SELECT platform, sku, title, price_cents, cost_cents, stock FROM products", conn)
    merged = frame.merge(known, on=["platform", "sku"], how="left")
    for column in ("price_cents", "cost_cents", "stock"):
        merged[column] = merged[column].astype("Int64")
    return merged


def units_sold(conn: sqlite3.Connection, keys: list[tuple[str, str]], first: str,
               last: str) -> dict[tuple[str, str], int]:
    """Units paid per product over the days first..last (inclusive)."""
    end = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    rows = conn.execute(
        f"""SELECT l.platform, l.sku, sum(l.qty) FROM order_lines l
        JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id
        WHERE l.qty > 0 AND {SALE} AND o.paid_at >= ? AND o.paid_at < ?
        GROUP BY l.platform, l.sku""", (first, end)).fetchall()
    wanted = set(keys)
    return {(p, s): int(u) for p, s, u in rows if (p, s) in wanted}


def _stem(name: str) -> str:
    """'双11 2026' -> '双11': the event without its year."""
    return re.sub(r"\s*(19|20)\d\d\s*", " ", name).strip()


def last_comparable(conn: sqlite3.Connection, name: str, start: str,
                    platform: str | None) -> tuple[str, str, str] | None:
    """The latest earlier campaign of the same event (its name without the year) and
    platform: (name, starts_on, ends_on)."""
    rows = conn.execute(
        "SELECT name, starts_on, ends_on FROM campaigns WHERE ends_on < ? "
        "AND coalesce(platform, '') = coalesce(?, '') ORDER BY starts_on DESC",
        (start, platform)).fetchall()
    return next((tuple(r) for r in rows if _stem(r[0]) == _stem(name)), None)


def order_baskets(conn: sqlite3.Connection, first: str, last: str,
                  platform: str | None) -> pd.Series:
    """The goods amount (cents, before postage) of each paid order over first..last."""
    end = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
    frame = pd.read_sql_query(
        f"""SELECT coalesce(o.goods_cents, o.paid_cents) AS basket FROM orders o
        WHERE {SALE} AND o.paid_at >= :first AND o.paid_at < :end
          AND (:platform IS NULL OR o.platform = :platform)""", conn,
        params={"first": first, "end": end, "platform": platform})
    return frame["basket"].dropna().astype("int64")


def last_paid_day(conn: sqlite3.Connection) -> date | None:
    row = conn.execute(f"SELECT max(substr(o.paid_at, 1, 10)) FROM orders o WHERE {SALE}"
                       ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def recent_baskets(conn: sqlite3.Connection, days: int = 30, platform: str | None = None
                   ) -> tuple[pd.Series, str | None, str | None]:
    """The baskets of the last `days` days with sales (the comparable period of a 满减),
    with that period's first and last day."""
    last = last_paid_day(conn)
    if last is None:
        return pd.Series([], dtype="int64"), None, None
    first = (last - timedelta(days=days - 1)).isoformat()
    return order_baskets(conn, first, last.isoformat(), platform), first, last.isoformat()


def comparable_baskets(conn: sqlite3.Connection, name: str, start: str,
                       platform: str | None) -> tuple[pd.Series, str | None, str | None]:
    """The baskets a 满减 of the plan is measured on: those of the last event of the same
    name (same platform), else of the last 30 days with sales; with the period's days."""
    comparable = last_comparable(conn, name, start, platform)
    if comparable is not None:
        _name, first, last = comparable
        return order_baskets(conn, first, last, platform), first, last
    return recent_baskets(conn, platform=platform)
