"""Reading a period's sales from a FRESH daily cache (daily_cache.py, daily_ids.py) rather
than from the orders: what kpi.py, trends.py, anomalies.py and dashboard.py need per
switch of period or platform, in a few small reads. No Qt.

`CachedSales.open(conn)` is None when the cache is missing or stale: the callers then
read the orders as before (their raw queries stay the reference the tests compare with).
Every figure here equals the raw one exactly; what cannot be summed over days (distinct
buyers) is the union of the days' buyer numbers.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd

from .daily_cache import cache_is_fresh
from .daily_ids import BUYER_DTYPE, LINES_DTYPE, SKU_DTYPE, UNITS_DTYPE
from .rules import pick_home

_DAYS_SQL = """
SELECT s.platform, s.currency, s.day, s.gmv_cents, s.paid_orders, s.units,
       s.refund_cents + s.negative_paid_cents AS refund_cents, s.refunded_orders,
       s.unmatched_refund_cents, s.unmatched_refunds, s.line_orders, s.line_units,
       s.nosku_lines, s.nosku_units, s.lineless_units, s.undated_refund_cents,
       s.buyerless_orders,
       coalesce(i.buyers, 0) AS buyers
FROM cache_shop_daily s
LEFT JOIN cache_day_ids i
  ON i.platform = s.platform AND i.currency = s.currency AND i.day = s.day
WHERE s.day >= :first AND s.day <= :last AND (:platform IS NULL OR s.platform = :platform)
ORDER BY s.day
"""
_IDS_SQL = """
SELECT day, {columns} FROM cache_day_ids
WHERE day >= :first AND day <= :last AND currency = :currency
  AND (:platform IS NULL OR platform = :platform)
ORDER BY day
"""
_COSTS_SQL = """
SELECT n.no, p.cost_cents FROM cache_sku_no n
LEFT JOIN products p ON p.platform = n.platform AND p.sku = n.sku
"""
DAY_COLUMNS = ["gmv_cents", "paid_orders", "units", "refund_cents", "refunded_orders",
               "unmatched_refund_cents", "unmatched_refunds", "line_orders", "line_units",
               "nosku_lines", "nosku_units", "lineless_units", "undated_refund_cents",
               "buyerless_orders",
               "buyers"]


class CachedSales:
    """One computation's view of a fresh cache (e.g. one dashboard): what it reads is
    kept, so make a new one after the shop changes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._homes: list[tuple[str, str, int, str | None]] | None = None
        self._costs: tuple[np.ndarray, np.ndarray] | None = None
        self._days: dict[tuple, pd.DataFrame] = {}

    @classmethod
    def open(cls, conn: sqlite3.Connection) -> CachedSales | None:
        return cls(conn) if cache_is_fresh(conn) else None

    # -- the whole file ----------------------------------------------------------------
    def _home_rows(self) -> list[tuple[str, str, int, str | None]]:
        if self._homes is None:
            self._homes = self.conn.execute(
                "SELECT platform, currency, orders, last_day FROM cache_home").fetchall()
        return self._homes

    def home_currency(self, platform: str | None) -> str:
        """The currency most of the platform's (all platforms') orders are in; CNY if none
        (ties: the first currency code)."""
        counts: dict[str, int] = {}
        for p, currency, n, _ in self._home_rows():
            if platform is None or p == platform:
                counts[currency] = counts.get(currency, 0) + n
        return pick_home(counts)

    def last_day(self, platform: str | None) -> str | None:
        """The latest day of any order (paid, else created) of the platform(s)."""
        days = [d for p, _, _, d in self._home_rows()
                if d is not None and (platform is None or p == platform)]
        return max(days) if days else None

    # -- per day -----------------------------------------------------------------------
    def days(self, first: str, last: str, platform: str | None) -> pd.DataFrame:
        """The cache_shop_daily rows of the days first..last ('YYYY-MM-DD'): the refunds
        of the day they succeeded (refund_days.py) and the day's distinct buyers among
        DAY_COLUMNS (kept and shared between callers: filter it, do not change it)."""
        key = (first, last, platform)
        if key not in self._days:
            self._days[key] = pd.read_sql_query(_DAYS_SQL, self.conn, params={
                "first": first, "last": last, "platform": platform})
        return self._days[key]

    def _arrays(self, first: str, last: str, platform: str | None, currency: str,
                columns: list[str]) -> tuple[list[str], list[list[bytes]]]:
        sql = _IDS_SQL.format(columns=", ".join(columns))
        rows = self.conn.execute(sql, {"first": first, "last": last, "currency": currency,
                                       "platform": platform}).fetchall()
        return [r[0] for r in rows], [[r[i + 1] for r in rows] for i in range(len(columns))]

    def distinct_buyers(self, first: str, last: str, platform: str | None, currency: str,
                        bucket_of=None) -> dict[str, int]:
        """Distinct paying buyers over first..last; with `bucket_of` (day -> bucket key),
        per bucket ({bucket: count}, buckets without buyers absent); else {'': count}."""
        days, (blobs,) = self._arrays(first, last, platform, currency, ["buyer_nos"])
        groups: dict[str, list[np.ndarray]] = {}
        for day, blob in zip(days, blobs, strict=True):
            key = bucket_of(day) if bucket_of else ""
            groups.setdefault(key, []).append(np.frombuffer(blob, dtype=BUYER_DTYPE))
        found = [np.concatenate(parts) for parts in groups.values()]
        size = max((int(a.max()) + 1 for a in found if a.size), default=0)
        seen = np.zeros(size, dtype=bool)
        result = {}
        for key, ids in zip(groups, found, strict=True):
            seen[:] = False
            seen[ids] = True
            result[key] = int(np.count_nonzero(seen))
        return result

    def _unit_costs(self) -> tuple[np.ndarray, np.ndarray]:
        """(cost_cents, has a cost) by sku number, from the products as they are now."""
        if self._costs is None:
            rows = self.conn.execute(_COSTS_SQL).fetchall()
            size = max((no for no, _ in rows), default=-1) + 1
            cost = np.zeros(size, dtype="int64")
            known = np.zeros(size, dtype=bool)
            for no, cents in rows:
                if cents is not None:
                    cost[no], known[no] = int(cents), True
            self._costs = cost, known
        return self._costs

    def daily_costs(self, first: str, last: str, platform: str | None,
                    currency: str) -> pd.DataFrame:
        """Per day with sold SKUs: day, known_cost (units x unit cost over the SKUs with a
        cost), costed_units, uncosted_lines (lines of SKUs without a cost or product)."""
        days, (nos, units, lines) = self._arrays(first, last, platform, currency,
                                                 ["sku_nos", "sku_units", "sku_lines"])
        cost, known = self._unit_costs()
        sizes = np.array([len(b) // 4 for b in nos], dtype="int64")
        keep = sizes > 0
        frame = pd.DataFrame({"day": pd.Series(days, dtype=object)[keep].to_numpy()})
        if not keep.any():
            return frame.assign(known_cost=np.zeros(0, "int64"),
                                costed_units=np.zeros(0, "int64"),
                                uncosted_lines=np.zeros(0, "int64"))
        sku = np.concatenate([np.frombuffer(b, SKU_DTYPE) for b in nos]).astype("int64")
        qty = np.concatenate([np.frombuffer(b, UNITS_DTYPE) for b in units])
        count = np.concatenate([np.frombuffer(b, LINES_DTYPE) for b in lines]).astype("int64")
        has = known[sku]
        starts = np.concatenate([[0], np.cumsum(sizes[keep])[:-1]])
        frame["known_cost"] = np.add.reduceat(np.where(has, qty * cost[sku], 0), starts)
        frame["costed_units"] = np.add.reduceat(np.where(has, qty, 0), starts)
        frame["uncosted_lines"] = np.add.reduceat(np.where(has, 0, count), starts)
        return frame
