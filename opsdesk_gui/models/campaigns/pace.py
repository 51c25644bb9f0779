"""A campaign's pace during the event: the figures to date against the target curve, the
projected final GMV, the best sellers' stock, spend and ROI to date. No Qt; cents.

- A one-day event (a 会员日, a flash day), and a longer event's one-day peak (双11's 11-11)
  on that day, are also shown hour by hour: the day's GMV per hour of payment (when the
  orders carry a time), against an hourly target: the day's target (the whole plan's for a
  one-day event) spread over the hours as the shop's last one-day event of the same name sold
  ('last_event'), else as the 28 days before sold by hour ('baseline_hours'), else evenly
  ('even').
- As of: a day of the event; by default the last day with sales imported, kept within
  the event (before it: nothing to date).
- Target to date = the plan's GMV target × the curve's cumulative share to that day.
- Projected final GMV = GMV to date ÷ that cumulative share (the event keeps the shape
  of the curve); None before the first day.
- A best seller's pace = its units to date ÷ the event days elapsed; days of cover = its
  stock ÷ that pace; it runs out before the end when the cover is less than the days left.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from ...money import format_cents
from ..kpi import Kpis
from ..periods import Period
from .baseline import (
    Curve,
    baseline_period,
    comparable_event,
    daily_gmv,
    event_kpis,
    round_cents,
    target_curve,
)
from .event_figures import (
    ads_by_day,
    days_of,
    event_period,
    gmv_by_hour,
    peak_of,
    plan_phases,
    product_sales,
)
from .plan import CampaignPlan
from .shop_figures import last_paid_day
from .targets import apply_to_curve, read_targets


@dataclass(frozen=True)
class ProductPace:
    platform: str
    sku: str
    title: str | None
    units: int
    amount: int
    stock: int | None
    days_of_cover: float | None
    runs_out: bool


@dataclass(frozen=True)
class PaceDay:
    day: date
    phase: str
    gmv: int | None             # None after the as-of day
    cumulative: int | None
    target_cumulative: int | None


@dataclass(frozen=True)
class CampaignPace:
    plan: CampaignPlan
    period: Period
    as_of: date
    elapsed: int                 # event days up to and including as_of
    kpis: Kpis | None            # to date (None before the event)
    curve: Curve
    days: tuple[PaceDay, ...]
    spend: int
    products: tuple[ProductPace, ...]
    hours: tuple[int, ...] | None = None  # the day watched by hour: GMV per hour
    hour_curve: Curve | None = None       # and its target's shares by hour
    hour_day: date | None = None          # that day: a one-day event's, or its one-day peak

    @property
    def day_target(self) -> Fraction | None:
        """The target of the day watched by hour: its share of the target curve (exact)."""
        target = self.plan.target_gmv_cents
        if self.hour_day is None or target is None:
            return None
        n = (self.hour_day - self.period.start).days
        return (self.curve.cumulative(n + 1) - self.curve.cumulative(n)) * target

    @property
    def hour_targets(self) -> tuple[int, ...] | None:
        """The day's target to the end of each hour (cumulative), when it has one."""
        target = self.day_target
        if self.hour_curve is None or target is None:
            return None
        return tuple(round_cents(self.hour_curve.cumulative(h + 1) * target) for h in range(24))

    @property
    def gmv(self) -> int:
        return self.kpis.gmv if self.kpis else 0

    @property
    def share_to_date(self) -> Fraction:
        return self.curve.cumulative(self.elapsed)

    @property
    def target_to_date(self) -> int | None:
        target = self.plan.target_gmv_cents
        return None if target is None else round_cents(self.share_to_date * target)

    @property
    def projected_gmv(self) -> int | None:
        share = self.share_to_date
        return round_cents(self.gmv / share) if share else None

    @property
    def roi(self) -> float | None:
        return self.gmv / self.spend if self.spend else None

    def to_dict(self) -> dict:
        k = self.kpis
        return {
            "campaign": self.plan.name, **self.period.as_dict(),
            "as_of": self.as_of.isoformat(), "days_elapsed": self.elapsed,
            "days_left": self.period.days - self.elapsed,
            "currency": k.currency if k else None,
            "gmv": format_cents(self.gmv), "paid_orders": k.paid_orders if k else 0,
            "paying_buyers": k.paying_buyers if k else 0,
            "visitors": k.visitors if k else None,
            "conversion_rate": _rate(k.conversion_rate) if k else None,
            "aov": format_cents(k.aov) if k else None,
            "target_gmv": format_cents(self.plan.target_gmv_cents),
            "target_to_date": format_cents(self.target_to_date),
            "projected_gmv": format_cents(self.projected_gmv),
            "spend": format_cents(self.spend), "roi": _rate(self.roi),
            "curve": {"source": self.curve.source, "event": self.curve.event},
            "days": [{"day": d.day.isoformat(), "phase": d.phase, "gmv": format_cents(d.gmv),
                      "cumulative": format_cents(d.cumulative),
                      "target_cumulative": format_cents(d.target_cumulative)}
                     for d in self.days],
            "hour_day": self.hour_day and self.hour_day.isoformat(),
            "hours": list(self.hours) if self.hours is not None else None,
            "hour_curve": self.hour_curve and {"source": self.hour_curve.source,
                                               "event": self.hour_curve.event},
            "hour_target_cumulative": None if self.hour_targets is None
            else [format_cents(t) for t in self.hour_targets],
            "products": [{"platform": p.platform, "sku": p.sku, "title": p.title,
                          "units": p.units, "amount": format_cents(p.amount),
                          "stock": p.stock, "days_of_cover": None if p.days_of_cover is None
                          else round(p.days_of_cover, 1), "runs_out": p.runs_out}
                         for p in self.products],
        }


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def default_as_of(conn: sqlite3.Connection, period: Period) -> date:
    last = last_paid_day(conn) or period.start - timedelta(days=1)
    return min(last, period.end)


def campaign_pace(conn: sqlite3.Connection, plan: CampaignPlan, as_of: date | None = None
                  ) -> CampaignPace:
    period = event_period(plan)
    as_of = min(as_of or default_as_of(conn, period), period.end)
    elapsed = max((as_of - period.start).days + 1, 0)
    kpis = currency = None
    if elapsed:
        to_date = Period(period.start, as_of)
        kpis = event_kpis(conn, to_date, plan.platform, None)
        currency = kpis.currency
    probe = currency or event_kpis(conn, period, plan.platform, None).currency
    curve = target_curve(conn, plan.name, period, plan.platform, probe, peak_of(plan))
    if plan.id is not None:
        curve = apply_to_curve(curve, plan, read_targets(conn, plan.id))
    actual = daily_gmv(conn, Period(period.start, as_of), plan.platform, probe) if elapsed \
        else {}
    phase_of = {d: p.key for p in plan_phases(plan) for d in days_of(p.period)}
    days, running = [], 0
    for n, day in enumerate(days_of(period)):
        gmv = actual.get(day)
        running = running + gmv if gmv is not None else running
        target = plan.target_gmv_cents
        days.append(PaceDay(day, phase_of[day], gmv, running if gmv is not None else None,
                            None if target is None
                            else round_cents(curve.cumulative(n + 1) * target)))
    spend = sum(ads_by_day(conn, Period(period.start, as_of), plan.platform).values()) \
        if elapsed else 0
    left = period.days - elapsed
    products = []
    if elapsed:
        for p in product_sales(conn, Period(period.start, as_of), plan.platform):
            daily = p.units / elapsed
            cover = p.stock / daily if p.stock is not None and daily else None
            products.append(ProductPace(p.platform, p.sku, p.title, p.units, p.amount,
                                        p.stock, cover, cover is not None and cover < left))
    hours = hourly = None
    hour_day = watched_by_hour(plan, period, as_of)
    if hour_day is not None:
        if as_of >= hour_day and elapsed:
            found = gmv_by_hour(conn, hour_day, plan.platform, probe)
            hours = tuple(found) if found is not None else None
        hourly = hour_curve(conn, plan, hour_day, probe)
    return CampaignPace(plan, period, as_of, elapsed, kpis, curve, tuple(days), spend,
                        tuple(products), hours, hourly, hour_day)


def watched_by_hour(plan: CampaignPlan, period: Period, as_of: date) -> date | None:
    """The day shown hour by hour: a one-day event's, or a longer event's one-day peak on
    that very day (the rest of the event is followed day by day)."""
    if period.days == 1:
        return period.start
    peak = peak_of(plan)
    return peak.start if peak.days == 1 and as_of == peak.start else None


def hour_curve(conn: sqlite3.Connection, plan: CampaignPlan, day: date, currency: str
               ) -> Curve:
    """The watched day's target shares by hour of payment: the last one-day event of the
    same name's, else the 28 days before the event's, else even."""
    found = comparable_event(conn, plan.name, day, plan.platform)
    sources = [(baseline_period(event_period(plan)), "baseline_hours", None)]
    if found is not None and found[1].days == 1:
        sources.insert(0, (found[1], "last_event", found[0]))
    for period, source, event in sources:
        hours = gmv_by_hour(conn, period, plan.platform, currency)
        total = sum(hours) if hours else 0
        if total > 0:
            return Curve(tuple(Fraction(h, total) for h in hours), source, event)
    return Curve(tuple(Fraction(1, 24) for _ in range(24)), "even")
