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

from .rfm import day_numbers


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


def _months(days: np.ndarray) -> np.ndarray:
    """Day numbers -> month numbers (months since 1970-01)."""
    return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def cohort_table(orders: pd.DataFrame, data_end: date | None = None,
                 first_month: str | None = None, last_month: str | None = None) -> CohortTable:
    """Computed on buyer codes with numpy: one pass over the orders whatever the number of
    cohorts (150,000 buyers, 400,000 orders in well under a second)."""
    if orders.empty:
        return CohortTable(data_end, [], np.array([], dtype=np.int64))
    all_days = day_numbers(orders["day"])
    end = int(np.datetime64(data_end, "D").astype(np.int64)) if data_end else int(all_days.max())
    keep = all_days <= end
    days = all_days[keep]
    codes = orders["buyer"].cat.codes.to_numpy()[keep]
    paid = orders["paid_cents"].to_numpy(np.float64)[keep]
    approximate = orders["approximate"].to_numpy(bool)[keep]
    # orders of a buyer together, in day order (and the frame's order within a day)
    order = np.lexsort((days, codes))
    codes, days, paid, approximate = codes[order], days[order], paid[order], approximate[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]])
    counts = np.diff(np.r_[starts, len(codes)])
    first_day = days[starts]
    has_second = counts > 1
    second_day = np.where(has_second, days[np.minimum(starts + 1, len(days) - 1)], -1)
    cohort_month = _months(first_day)
    buyer_of_order = np.repeat(np.arange(len(starts)), counts)
    k = _months(days) - cohort_month[buyer_of_order]
    end_month = int(_months(np.array([end]))[0])
    next_day_month = int(_months(np.array([end + 1]))[0])
    last_over = end_month if next_day_month != end_month else end_month - 1
    # cohort i is the month first_cohort + i (np.unique's hashing is slow on 150,000 keys)
    first_cohort = int(cohort_month.min())
    cohort_of_buyer = cohort_month - first_cohort
    n_cohorts = width = end_month - first_cohort + 1

    def grid(index_buyer, index_k, weights=None) -> np.ndarray:
        flat = cohort_of_buyer[index_buyer] * width + index_k
        return np.bincount(flat, weights=weights, minlength=n_cohorts * width).reshape(
            n_cohorts, width)

    # a buyer's orders are together in day order: a new (buyer, month +k) starts where
    # either changes
    new_pair = np.r_[True, (buyer_of_order[1:] != buyer_of_order[:-1]) | (k[1:] != k[:-1])]
    active = grid(buyer_of_order[new_pair], k[new_pair])
    revenue = grid(buyer_of_order, k, paid)
    repeaters = np.flatnonzero(has_second)
    repeats = grid(repeaters, _months(second_day[repeaters]) - cohort_month[repeaters])
    size = np.bincount(cohort_of_buyer, minlength=n_cohorts)
    approximate_buyers = np.bincount(cohort_of_buyer, weights=approximate[starts],
                                     minlength=n_cohorts)
    gap = np.where(has_second, second_day - first_day, np.iinfo(np.int64).max)
    within = {d: _repeat_within(first_day, gap, end, d, cohort_of_buyer, n_cohorts)
              for d in (30, 90)}
    cohorts = []
    for i in np.flatnonzero(size):
        month = first_cohort + int(i)
        label = f"{month // 12 + 1970:04d}-{month % 12 + 1:02d}"
        if (first_month and label < first_month) or (last_month and label > last_month):
            continue
        n, span = int(size[i]), end_month - int(month) + 1
        over = [int(month) + j <= last_over for j in range(span)]
        repeat_by, ltv = np.cumsum(repeats[i, :span]) / n, np.cumsum(revenue[i, :span]) / n
        cohorts.append(Cohort(
            label, n,
            [1.0] + [float(active[i, j] / n) if over[j] else None for j in range(1, span)],
            [float(repeat_by[j]) if over[j] else None for j in range(span)],
            [int(np.floor(ltv[j] + 0.5)) if over[j] else None for j in range(span)],
            within[30][i], within[90][i], bool(approximate_buyers[i] > 0)))
    gaps = (second_day - first_day)[has_second]
    return CohortTable(date.fromordinal(end + _EPOCH_ORDINAL), cohorts, gaps.astype(np.int64))


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _repeat_within(first_day, gap, end: int, days: int, cohort_of_buyer,
                   n_cohorts: int) -> list[float | None]:
    eligible = first_day + days <= end
    base = np.bincount(cohort_of_buyer[eligible], minlength=n_cohorts)
    hits = np.bincount(cohort_of_buyer[eligible & (gap <= days)], minlength=n_cohorts)
    return [float(h / b) if b else None for h, b in zip(hits, base, strict=True)]
