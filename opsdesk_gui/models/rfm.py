"""RFM as of a day (domain.md §5), buyer by buyer, and the lifecycle stage. No Qt.

As of day D over a window of N days (default 365): the window is D - N + 1 to D, both
included. A buyer is scored when they have a paid order in the window:
- R = recency_days = D - the day of their last paid order (0 = bought on D);
- F = paid orders in the window; M = what those orders paid, in cents.

Scores 1-5 come from four cut-offs per measure: a value up to the first cut-off scores 1
(R: 5, since fewer days is better), above the first and up to the second 2 (R: 4), ...,
above the fourth 5 (R: 1). By default the cut-offs are the shop's own quintiles (the
20/40/60/80 % points of its scored buyers, each an actual value: numpy's 'lower'
method); they are shown and can be edited. With many one-order buyers the F quintiles
tie, so fixed F cut-offs are offered: 1 / 2 / 3-4 / 5+ orders score 1 / 2 / 3 / 5.

Lifecycle on D (every buyer with a paid order on or before D, window or not), from the
paid orders of the last 90 days (D - 89 to D): 1 -> first (首购客), 2-3 -> repeat (复购客),
4 or more -> loyal (忠诚客); none for 90-179 days -> dormant (沉睡客); 180 days or more ->
lost (流失客).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

DEFAULT_WINDOW_DAYS = 365
FIXED_F_CUTOFFS = (1, 2, 4, 4)  # 1 / 2 / 3-4 / 5+ orders -> F 1 / 2 / 3 / 5
LIFECYCLE_DAYS = 90
LOST_DAYS = 180
LIFECYCLES = ("first", "repeat", "loyal", "dormant", "lost")
_QUINTILES = (0.2, 0.4, 0.6, 0.8)


@dataclass(frozen=True)
class Cutoffs:
    """Four non-decreasing cut-offs per measure (days, orders, cents)."""

    r: tuple[float, float, float, float]
    f: tuple[float, float, float, float]
    m: tuple[float, float, float, float]


def window_start(as_of: date, window_days: int = DEFAULT_WINDOW_DAYS) -> date:
    return as_of - timedelta(days=window_days - 1)


def day_numbers(days: pd.Series) -> np.ndarray:
    """Days as whole numbers (days since 1970-01-01), for fast comparisons."""
    return days.to_numpy().astype("datetime64[D]").astype(np.int64)


def _day_number(day: date) -> int:
    return int(np.datetime64(day, "D").astype(np.int64))


def buyer_summary(orders: pd.DataFrame, as_of: date, since: date) -> pd.DataFrame:
    """One row per buyer with a paid order on or before `as_of`, indexed by buyer key:
    platform, buyer_id, approximate, first_order, last_order (days of all their paid
    orders up to as_of), and over [since, as_of]: orders, monetary_cents, refund_cents;
    recency_days (as_of - last_order), orders_90 and lifecycle.

    Computed on the buyers' category codes with numpy (a groupby over 150,000 buyers'
    text keys costs seconds)."""
    end, start = _day_number(as_of), _day_number(since)
    days = day_numbers(orders["day"])
    upto = days <= end
    codes = orders["buyer"].cat.codes.to_numpy()[upto]
    days, rows = days[upto], np.flatnonzero(upto)
    n = len(orders["buyer"].cat.categories)
    first = np.full(n, np.iinfo(np.int64).max)
    last = np.full(n, np.iinfo(np.int64).min)
    np.minimum.at(first, codes, days)
    np.maximum.at(last, codes, days)
    inside = days >= start
    recent = days > end - LIFECYCLE_DAYS

    def total(values, mask) -> np.ndarray:
        return np.bincount(codes[mask], weights=values, minlength=n).round().astype(np.int64)

    paid = orders["paid_cents"].to_numpy(np.float64)[upto][inside]
    refund = orders["refund_cents"].to_numpy(np.float64)[upto][inside]
    # the buyers present and the first row of each, in O(n) (np.unique sorts: ~40 ms)
    first_row = np.full(n, len(codes), dtype=np.int64)
    first_row[codes[::-1]] = np.arange(len(codes) - 1, -1, -1)
    present = np.flatnonzero(first_row < len(codes))
    take = rows[first_row[present]]
    # categorical text and index: taking rows of 150,000 Arrow strings costs ~5 ms a time
    keys = pd.Categorical.from_codes(present, orders["buyer"].cat.categories)
    out = pd.DataFrame({
        "platform": orders["platform"].array.take(take),
        "buyer_id": orders["buyer_id"].array.take(take),
        "approximate": orders["approximate"].to_numpy(bool)[take],
        "first_order": first[present].astype("datetime64[D]").astype("datetime64[ns]"),
        "last_order": last[present].astype("datetime64[D]").astype("datetime64[ns]"),
        "orders": np.bincount(codes[inside], minlength=n)[present].astype(np.int64),
        "monetary_cents": total(paid, inside)[present],
        "refund_cents": total(refund, inside)[present],
        "recency_days": end - last[present],
        "orders_90": np.bincount(codes[recent], minlength=n)[present].astype(np.int64),
    }, index=pd.CategoricalIndex(keys, name="buyer"))
    out["lifecycle"] = lifecycle(out["recency_days"].to_numpy(), out["orders_90"].to_numpy())
    return out


def lifecycle(recency_days: np.ndarray, orders_90: np.ndarray) -> pd.Categorical:
    """The lifecycle code of each buyer (module docstring)."""
    stage = np.select(
        [recency_days >= LOST_DAYS, recency_days >= LIFECYCLE_DAYS, orders_90 >= 4,
         orders_90 >= 2], [4, 3, 2, 1], default=0)
    return pd.Categorical.from_codes(stage, LIFECYCLES)


def quintile_cutoffs(scored: pd.DataFrame, fixed_f: bool = False) -> Cutoffs:
    """The shop's own quintile cut-offs of its scored buyers (orders > 0)."""
    def cuts(values) -> tuple:
        if len(values) == 0:
            return (0, 0, 0, 0)
        return tuple(float(v) for v in np.quantile(np.asarray(values), _QUINTILES,
                                                   method="lower"))
    # .to_numpy() first: numpy probing a Series with a long text index scans the index
    return Cutoffs(r=cuts(scored["recency_days"].to_numpy()),
                   f=FIXED_F_CUTOFFS if fixed_f else cuts(scored["orders"].to_numpy()),
                   m=cuts(scored["monetary_cents"].to_numpy()))


def score(values: np.ndarray, cutoffs, reverse: bool = False) -> np.ndarray:
    """1 + how many cut-offs the value is above (R: 5 minus that)."""
    above = (np.asarray(values, float)[:, None] > np.asarray(cutoffs, float)[None, :]).sum(1)
    return (5 - above) if reverse else (1 + above)


def score_buyers(summary: pd.DataFrame, cutoffs: Cutoffs) -> pd.DataFrame:
    """The scored buyers (orders in the window > 0) with r, f, m and fm = (f + m) / 2."""
    scored = summary.loc[summary["orders"] > 0].copy()
    scored["r"] = score(scored["recency_days"].to_numpy(), cutoffs.r, reverse=True)
    scored["f"] = score(scored["orders"].to_numpy(), cutoffs.f)
    scored["m"] = score(scored["monetary_cents"].to_numpy(), cutoffs.m)
    scored["fm"] = (scored["f"] + scored["m"]) / 2
    return scored
