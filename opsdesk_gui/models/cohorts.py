"""Cohorts: buyers grouped by the month of their first paid order (domain.md §5). No Qt.

For a cohort of n buyers and month +k (k = 0 is the first-order month):
- retention[k] ("bought in month +k") = cohort buyers with a paid order in month +k / n;
  retention[0] = 1 by definition;
- repeat_by[k] ("bought again by month +k", cumulative) = cohort buyers whose second paid
  order falls in month +k or earlier / n (two orders of one day count);
- ltv_cents[k] = what the cohort paid in months +0..+k / n, rounded to the cent.
A month not over by the data end (the shop's last order day) is None: blank, not zero.
repeat_30 / repeat_90 = buyers with a second order within 30 / 90 days of their first,
among the buyers whose first order is at least 30 / 90 days before the data end (None
when there are none). `days_to_second` lists the days from first to second order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Cohort:
    cohort: str                   # 'YYYY-MM'
    buyers: int
    retention: list[float | None]
    repeat_by: list[float | None]
    ltv_cents: list[int | None]
    repeat_30: float | None
    repeat_90: float | None
    approximate: bool             # holds buyers without a buyer ID


@dataclass(frozen=True)
class CohortTable:
    data_end: date | None
    cohorts: list[Cohort]
    days_to_second: np.ndarray


def _month_number(days: pd.Series) -> np.ndarray:
    return (days.dt.year * 12 + days.dt.month - 1).to_numpy(np.int64)


def cohort_table(orders: pd.DataFrame, data_end: date | None = None,
                 first_month: str | None = None, last_month: str | None = None) -> CohortTable:
    if orders.empty:
        return CohortTable(data_end, [], np.array([], dtype=np.int64))
    end = pd.Timestamp(data_end) if data_end else orders["day"].max()
    orders = orders.loc[orders["day"] <= end].sort_values(["day", "order_id"])
    rank = orders.groupby("buyer", observed=True).cumcount()
    firsts = orders.loc[rank == 0].set_index("buyer")
    seconds = orders.loc[rank == 1].set_index("buyer")["day"]
    month = pd.Series(_month_number(firsts["day"]), index=firsts.index)
    k = _month_number(orders["day"]) - month.loc[orders["buyer"]].to_numpy()
    # the last month +k that is over, per cohort: month m is over when its last day <= end
    end_month = end.year * 12 + end.month - 1
    last_over = end_month if (end + pd.Timedelta(days=1)).day == 1 else end_month - 1
    second_k = pd.Series(_month_number(seconds) - month.loc[seconds.index].to_numpy(),
                         index=seconds.index)
    to_second = (seconds - firsts["day"].loc[seconds.index]).dt.days
    cohorts = []
    for cohort_month, members in month.groupby(month):
        label = f"{cohort_month // 12:04d}-{cohort_month % 12 + 1:02d}"
        if (first_month and label < first_month) or (last_month and label > last_month):
            continue
        n = len(members)
        mine = orders["buyer"].isin(members.index).to_numpy()
        span = end_month - cohort_month + 1
        active = np.zeros(span)
        paid = np.zeros(span)
        ks = k[mine]
        np.add.at(paid, ks, orders["paid_cents"].to_numpy()[mine])
        pairs = pd.DataFrame({"b": orders["buyer"].to_numpy()[mine], "k": ks}).drop_duplicates()
        np.add.at(active, pairs["k"].to_numpy(), 1)
        repeats = np.bincount(second_k.reindex(members.index).dropna().astype(int),
                              minlength=span)[:span]
        over = [cohort_month + i <= last_over for i in range(span)]
        retention = [1.0] + [active[i] / n if over[i] else None for i in range(1, span)]
        repeat_by = [np.cumsum(repeats)[i] / n if over[i] else None for i in range(span)]
        ltv = [int(np.floor(np.cumsum(paid)[i] / n + 0.5)) if over[i] else None
               for i in range(span)]
        first_days = firsts["day"].loc[members.index]
        gaps = to_second.reindex(members.index)
        cohorts.append(Cohort(label, n, retention, repeat_by, ltv,
                              _repeat_within(first_days, gaps, end, 30),
                              _repeat_within(first_days, gaps, end, 90),
                              bool(firsts["approximate"].loc[members.index].any())))
    return CohortTable(end.date(), cohorts, to_second.to_numpy(np.int64))


def _repeat_within(first_days: pd.Series, gaps: pd.Series, end: pd.Timestamp,
                   days: int) -> float | None:
    eligible = first_days + pd.Timedelta(days=days) <= end
    if not eligible.any():
        return None
    return float((gaps[eligible] <= days).sum() / eligible.sum())
