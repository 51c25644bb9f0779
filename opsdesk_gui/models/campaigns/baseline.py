"""A campaign's yardsticks: the GMV expected without it, the target's daily curve, and the
split of a GMV gap into visitors × conversion × 客单价 (domain.md §2, §4). No Qt.

- Baseline: the 28 days before the event's first day (warm-up included in the event),
  without the days of other events (any plan's warm-up to encore: 双11 sits in the 28 days
  before 双12 and would inflate it), unless that leaves no day with data.
  Expected GMV of an event day = the mean GMV of the baseline days of the same weekday
  (4 of each in 28 days); the event's expected GMV is their sum, rounded once to the cent.
  Lift = actual ÷ expected − 1.
- Target curve: each event day's share of the event's GMV, from the shop's last
  comparable event (same name without the year, same platform) when it lasted as many
  days ('last_event'); else, when its peak lasted as many days as this peak, the other
  days weigh one ordinary day and each peak day last year's multiple of an ordinary day
  ('last_peak'); else an even split ('even').
- Factors: GMV = visitors × conversion × 客单价. Against the baseline the reference
  conversion and 客单价 are the baseline's and the reference visitors are what makes the
  reference GMV the expected GMV; against the target, conversion and 客单价 are the last
  comparable event's (else the baseline's), visitors what reaches the target. The gap
  splits exactly in logs: ln(actual ÷ reference GMV) = Σ ln(actual ÷ reference factor).
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from ...money import divide_cents
from ..cached_sales import CachedSales
from ..kpi import Kpis, compute_kpis
from ..periods import Period
from .shop_figures import _stem

BASELINE_DAYS = 28


def baseline_period(event: Period) -> Period:
    return Period(event.start - timedelta(days=BASELINE_DAYS),
                  event.start - timedelta(days=1))


def event_kpis(conn: sqlite3.Connection, period: Period, platform: str | None,
               currency: str | None) -> Kpis:
    """The core metrics of the period, as `opsdesk kpi` gives them (the event's currency:
    `currency`, else the one with the largest GMV)."""
    results = compute_kpis(conn, period, platform, currency)
    return next(iter(results.values()))


def daily_gmv(conn: sqlite3.Connection, period: Period, platform: str | None,
              currency: str) -> dict[date, int]:
    """Each day's GMV as `opsdesk kpi` gives it for that day."""
    cache = CachedSales.open(conn)
    result = {}
    for n in range(period.days):
        day = period.start + timedelta(days=n)
        kpis = compute_kpis(conn, Period.day(day), platform, currency, cache=cache,
                            raw=cache is None)
        result[day] = kpis[currency].gmv
    return result


def ordinary_stretch(period: Period, events: set[date], min_days: int = 7) -> Period:
    """The last run of days in no event that ends `period` or ends before an event inside
    it: the ordinary days just before (visitors, conversion and 客单价 of 双11 are not a
    baseline for 双12). The whole period when no such run lasts `min_days`."""
    end = period.end
    while end >= period.start and end in events:
        end -= timedelta(days=1)
    start = end
    while start - timedelta(days=1) >= period.start and start - timedelta(days=1) not in events:
        start -= timedelta(days=1)
    run = (end - start).days + 1 if end >= period.start else 0
    return Period(start, end) if run >= min_days else period


def known_days(baseline: dict[date, int], data_from: date | None) -> dict[date, int]:
    """The baseline's days from `data_from` (the shop file's first sale) on: days before it
    are not known, not zero."""
    return {d: g for d, g in baseline.items() if data_from is None or d >= data_from}


def ordinary_baseline(baseline: dict[date, int], events: set[date]) -> dict[date, int]:
    """The baseline's days in no other event; all of them when every one is an event's."""
    return {d: g for d, g in baseline.items() if d not in events} or baseline


def expected_by_day(baseline: dict[date, int], days: list[date],
                    data_from: date | None = None) -> dict[date, Fraction]:
    """Each day's expected GMV: the mean of the baseline days of its weekday (exact). Days
    before `data_from` (the shop file's first sale) are not known, not zero: they are left
    out, and a weekday without a known day takes the mean of the known days."""
    known = known_days(baseline, data_from)
    by_weekday: dict[int, list[int]] = {}
    for day, gmv in known.items():
        by_weekday.setdefault(day.weekday(), []).append(gmv)
    overall = Fraction(sum(known.values()), len(known)) if known else Fraction(0)
    return {d: Fraction(sum(by_weekday[d.weekday()]), len(by_weekday[d.weekday()]))
            if d.weekday() in by_weekday else overall for d in days}


def round_cents(value: Fraction) -> int:
    return divide_cents(value.numerator, value.denominator)


def lift(actual: int, expected: int) -> float | None:
    return actual / expected - 1 if expected else None


@dataclass(frozen=True)
class Curve:
    shares: tuple[Fraction, ...]  # one per event day, adding up to 1
    source: str                   # 'last_event' | 'last_peak' | 'even'
    event: str | None = None      # the comparable event's name
    factors: bool = False         # phases weighed by the factor targets (targets.py)

    def cumulative(self, days: int) -> Fraction:
        return sum(self.shares[:days], Fraction(0))


def comparable_event(conn: sqlite3.Connection, name: str, first_day: date,
                     platform: str | None) -> tuple[str, Period] | None:
    """The latest earlier event of the same name (without its year) and platform, with
    its days (warm-up and encore included)."""
    rows = conn.execute(
        "SELECT name, coalesce(warmup_starts_on, starts_on), coalesce(encore_ends_on, "
        "ends_on) FROM campaigns WHERE ends_on < ? AND coalesce(platform, '') = "
        "coalesce(?, '') ORDER BY starts_on DESC", (first_day.isoformat(), platform))
    for other, first, last in rows:
        if _stem(other) == _stem(name):
            return other, Period.parse(first, last)
    return None


def target_curve(conn: sqlite3.Connection, name: str, event: Period, platform: str | None,
                 currency: str, peak: Period | None = None) -> Curve:
    found = comparable_event(conn, name, event.start, platform)
    if found is not None and found[1].days == event.days:
        days = daily_gmv(conn, found[1], platform, currency)
        total = sum(days.values())
        if total > 0:
            return Curve(tuple(Fraction(g, total) for g in days.values()), "last_event",
                         found[0])
    if found is not None and peak is not None:
        curve = _peak_curve(conn, found[0], event, peak, platform, currency)
        if curve is not None:
            return curve
    return Curve(tuple(Fraction(1, event.days) for _ in range(event.days)), "even")


def _peak_curve(conn: sqlite3.Connection, name: str, event: Period, peak: Period,
                platform: str | None, currency: str) -> Curve | None:
    """When last year's event had other phases but a peak as long as this one: the other
    days weigh one ordinary day each, each peak day its multiple of last year's ordinary
    day (its GMV ÷ the mean day of the 28 days before last year's event)."""
    row = conn.execute("SELECT starts_on, ends_on, coalesce(warmup_starts_on, starts_on) "
                       "FROM campaigns WHERE name = ? ORDER BY starts_on DESC LIMIT 1",
                       (name,)).fetchone()
    last_peak = Period.parse(row[0], row[1])
    if last_peak.days != peak.days:
        return None
    before = daily_gmv(conn, baseline_period(Period(date.fromisoformat(row[2]), last_peak.end)),
                       platform, currency)
    ordinary = Fraction(sum(before.values()), len(before))
    if not ordinary:
        return None
    peak_days = list(daily_gmv(conn, last_peak, platform, currency).values())
    weights = [Fraction(peak_days[(day - peak.start).days]) / ordinary if day in peak
               else Fraction(1) for day in (event.start + timedelta(days=n)
                                            for n in range(event.days))]
    total = sum(weights)
    return Curve(tuple(w / total for w in weights), "last_peak", name) if total else None


@dataclass(frozen=True)
class Factors:
    """GMV's three factors; aov unrounded, in cents."""

    visitors: float | None
    conversion: float | None
    aov: float | None

    @property
    def gmv(self) -> float | None:
        if None in (self.visitors, self.conversion, self.aov):
            return None
        return self.visitors * self.conversion * self.aov

    def to_dict(self) -> dict:
        return {"visitors": None if self.visitors is None else round(self.visitors, 1),
                "conversion": None if self.conversion is None else round(self.conversion, 6),
                "aov": None if self.aov is None else round(self.aov / 100, 2)}


def factors_of(k: Kpis) -> Factors:
    conversion = k.paying_buyers / k.visitors if k.visitors else None
    aov = k.gmv / k.paying_buyers if k.paying_buyers else None
    return Factors(k.visitors, conversion, aov)


def reference_factors(gmv: int | None, shape: Factors) -> Factors:
    """`shape`'s conversion and 客单价, with the visitors that make their GMV `gmv`."""
    if gmv is None or not shape.conversion or not shape.aov:
        return Factors(None, shape.conversion, shape.aov)
    return Factors(gmv / (shape.conversion * shape.aov), shape.conversion, shape.aov)


def _log(a: float | None, b: float | None) -> float | None:
    return math.log(a / b) if a and b else None


def log_split(actual: Factors, reference: Factors) -> dict[str, float | None]:
    """ln(actual ÷ reference) per factor; they add up to ln(actual ÷ reference GMV)."""
    return {"visitors": _log(actual.visitors, reference.visitors),
            "conversion": _log(actual.conversion, reference.conversion),
            "aov": _log(actual.aov, reference.aov)}
