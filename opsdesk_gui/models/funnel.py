"""The shop's conversion funnel 访客 -> 加购 -> 下单 -> 支付 from the traffic exports. No Qt.

- Steps (codes, the view names them): 'visitors' (访客数), 'add_cart' (加购人数,
  add_cart_buyers), 'order' (下单买家数, order_buyers), 'paid' (支付买家数, paid_buyers),
  from traffic rows of scope 'shop' (several subjects of one platform and period add).
- Which rows, per platform, as for visitors in kpi.py: the rows exported for exactly the
  period win; otherwise the daily rows inside the period are summed, and the funnel is
  `approximate` (people are de-duplicated within the exported period, not across days).
  Only rows with visitors count. Platforms (all of them without a platform filter) add;
  a step that one of them does not state is unknown for all (a partial sum would distort
  the rates).
- count: the step's figure, None when no chosen row states it. step_rate = count / the
  previous step's count (加购率, 下单率, 支付率 of those who ordered); overall_rate =
  count / visitors. A rate is None when a figure is missing or its denominator is 0.
- Against a base period: base_count, base_step_rate, base_overall_rate, count_change
  (count / base_count - 1), step_rate_change and overall_rate_change (differences of
  rates, e.g. 0.012 = +1.2 points). `weakest_step` is the step whose step rate fell most,
  relative to its base: the weak link of the chain.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import pandas as pd

from ..money import ratio
from .periods import Period

STEPS = (("visitors", "visitors"), ("add_cart", "add_cart_buyers"),
         ("order", "order_buyers"), ("paid", "paid_buyers"))

_EXACT = "(period_start = :first AND period_end = :last)"
_DAILY = "(period_start = period_end AND period_start >= :first AND period_start <= :last)"
_FUNNEL_SQL = f"""
SELECT platform, count(CASE WHEN {_EXACT} THEN 1 END),
       count(DISTINCT CASE WHEN {_DAILY} THEN period_start END),
       {", ".join(f"sum(CASE WHEN {_EXACT} THEN {c} END)" for _, c in STEPS)},
       {", ".join(f"sum(CASE WHEN {_DAILY} THEN {c} END)" for _, c in STEPS)}
FROM traffic
WHERE scope = 'shop' AND visitors IS NOT NULL
  AND (:platform IS NULL OR platform = :platform)
  AND period_start <= :last AND period_end >= :first
GROUP BY platform ORDER BY platform
"""


@dataclass(frozen=True)
class FunnelCounts:
    """One period's step counts (None: not stated), and how they were read."""

    period: Period
    counts: tuple[int | None, ...]
    approximate: bool = False      # some platform's figures are sums of daily rows
    found: bool = False            # any usable traffic row at all
    days_covered: int | None = None  # distinct days of the daily rows summed, if any

    def step_rates(self) -> list[float | None]:
        rates: list[float | None] = [None]
        for before, now in zip(self.counts, self.counts[1:], strict=False):
            rates.append(None if before is None or now is None else ratio(now, before))
        return rates

    def overall_rates(self) -> list[float | None]:
        first = self.counts[0]
        return [None if first is None or c is None else ratio(c, first) for c in self.counts]


def funnel_counts(conn: sqlite3.Connection, period: Period,
                  platform: str | None = None) -> FunnelCounts:
    params = {"first": period.start.isoformat(), "last": period.end.isoformat(),
              "platform": platform}
    totals: list[int | None] = [0] * len(STEPS)
    approximate = found = False
    days: int | None = None
    n = len(STEPS)
    for row in conn.execute(_FUNNEL_SQL, params):
        exact_rows, daily_days = row[1], row[2]
        if exact_rows:
            values = row[3:3 + n]
        elif daily_days:
            values = row[3 + n:3 + 2 * n]
            approximate = True
            days = max(days or 0, daily_days)
        else:
            continue
        found = True
        for i, v in enumerate(values):  # a step some platform does not state is unknown
            totals[i] = None if v is None or totals[i] is None else totals[i] + int(v)
    if not found:
        totals = [None] * len(STEPS)
    return FunnelCounts(period, tuple(totals), approximate, found, days)


@dataclass(frozen=True)
class Funnel:
    current: FunnelCounts
    base: FunnelCounts | None
    steps: pd.DataFrame  # one row per step, columns as in the module docstring

    @property
    def weakest_step(self) -> str | None:
        if self.base is None:
            return None
        changes = self.steps["step_rate"] / self.steps["base_step_rate"] - 1
        changes = changes.astype("float64").dropna()
        if changes.empty or changes.min() >= 0:
            return None
        return str(self.steps.loc[changes.idxmin(), "step"])


def _difference(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _relative(a: int | None, b: int | None) -> float | None:
    return None if a is None or not b else a / b - 1


def compute_funnel(conn: sqlite3.Connection, period: Period, base: Period | None = None,
                   platform: str | None = None) -> Funnel:
    now = funnel_counts(conn, period, platform)
    before = funnel_counts(conn, base, platform) if base is not None else None
    rows = []
    step_rates, overall = now.step_rates(), now.overall_rates()
    base_counts = before.counts if before else (None,) * len(STEPS)
    base_steps = before.step_rates() if before else [None] * len(STEPS)
    base_overall = before.overall_rates() if before else [None] * len(STEPS)
    for i, (code, _) in enumerate(STEPS):
        rows.append({
            "step": code, "count": now.counts[i], "step_rate": step_rates[i],
            "overall_rate": overall[i], "base_count": base_counts[i],
            "base_step_rate": base_steps[i], "base_overall_rate": base_overall[i],
            "count_change": _relative(now.counts[i], base_counts[i]),
            "step_rate_change": _difference(step_rates[i], base_steps[i]),
            "overall_rate_change": _difference(overall[i], base_overall[i]),
        })
    frame = pd.DataFrame(rows)
    for column in frame.columns[1:]:
        kind = "Int64" if column.endswith("count") else "Float64"
        frame[column] = frame[column].astype(kind)
    return Funnel(now, before, frame)
