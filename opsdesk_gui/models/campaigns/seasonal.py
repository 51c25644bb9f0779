"""The shop's seasonal ratio for a campaign's expected GMV, when a year of data exists
(domain.md §4; issue 15). No Qt; money in integer cents.

The 28 days before the event say how the shop sells just before it; the season may turn
in between (a winter coat shop sells more each week of November). A year earlier tells by
how much: ratio = the mean GMV of last year's ordinary days in the season of the event
÷ the mean GMV of last year's ordinary days in the season of the baseline, where
- a year earlier is 364 days (same weekdays),
- the season of the event is its days a year earlier and the 7 days after them,
- the season of the baseline is the 28 baseline days a year earlier,
- ordinary days are those in no event of the shop file (any plan's warm-up to encore).
Used only when the shop file's first sale is on or before the first of those days, and
both means are known and above zero; the expected GMV of each day is then the mean of its
weekday in the 28 days × the ratio.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from ..periods import Period

YEAR_DAYS = 364   # 52 weeks: a year earlier on the same weekday
AFTER_DAYS = 7    # the event's season runs a week past its days


@dataclass(frozen=True)
class SeasonalRatio:
    ratio: Fraction
    season: Period     # the event's days a year earlier and the week after
    base: Period       # the baseline a year earlier

    def to_dict(self) -> dict:
        return {"ratio": round(float(self.ratio), 6), "season": self.season.as_dict(),
                "base": self.base.as_dict()}


def year_earlier(period: Period) -> Period:
    shift = timedelta(days=YEAR_DAYS)
    return Period(period.start - shift, period.end - shift)


def event_days(conn: sqlite3.Connection) -> set[date]:
    """Every day of every plan in the shop file, warm-up to encore."""
    days: set[date] = set()
    for first, last in conn.execute("SELECT coalesce(warmup_starts_on, starts_on), "
                                    "coalesce(encore_ends_on, ends_on) FROM campaigns"):
        period = Period.parse(first, last)
        days.update(period.start + timedelta(days=n) for n in range(period.days))
    return days


def _ordinary_mean(daily: dict[date, int], events: set[date]) -> Fraction | None:
    kept = [gmv for day, gmv in daily.items() if day not in events]
    return Fraction(sum(kept), len(kept)) if kept else None


def ratio_of(season: dict[date, int], base: dict[date, int], events: set[date]
             ) -> Fraction | None:
    """Mean ordinary day of `season` ÷ that of `base` (None when either is unknown or the
    base sold nothing)."""
    top, bottom = _ordinary_mean(season, events), _ordinary_mean(base, events)
    if top is None or not bottom:
        return None
    return top / bottom


def seasonal_ratio(events: set[date], event: Period, baseline: Period,
                   data_from: date | None, daily_gmv) -> SeasonalRatio | None:
    """The ratio, or None without a year of data. `events`: every plan's days
    (event_days); `daily_gmv(period)` gives each day's GMV (kpi's, of the review's platform
    and currency)."""
    base = year_earlier(baseline)
    if data_from is None or data_from > base.start:
        return None
    last = year_earlier(event)
    season = Period(last.start, last.end + timedelta(days=AFTER_DAYS))
    ratio = ratio_of(daily_gmv(season), daily_gmv(base), events)
    return None if ratio is None else SeasonalRatio(ratio, season, base)
