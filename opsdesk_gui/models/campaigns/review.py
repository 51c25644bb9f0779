"""The campaign review (复盘): goal vs actual vs baseline, cost and ROI, new buyers, by
phase and product (domain.md §4). No Qt; money in cents.

The event's GMV, orders, buyers, visitors, refunds and margin are `opsdesk kpi`'s over
the event's days (warm-up to encore). ROI = event GMV ÷ (ads + discount given + gifts).
The per-phase targets split the plan's GMV target by the target curve (baseline.py).
The expected GMV is the same weekdays' of the 28 days before without other events' days
(baseline.py), × the shop's seasonal ratio when a year of data exists (seasonal.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from ...errors import OpsDeskError
from ...money import format_cents
from ..kpi import Kpis
from ..periods import Period
from .baseline import (
    Curve,
    Factors,
    baseline_period,
    comparable_event,
    daily_gmv,
    event_kpis,
    expected_by_day,
    factors_of,
    known_days,
    lift,
    log_split,
    ordinary_baseline,
    reference_factors,
    round_cents,
    target_curve,
)
from .event_figures import (
    CostParts,
    LateRefunds,
    NewBuyers,
    ProductSales,
    cost_parts,
    days_of,
    event_period,
    event_platforms,
    first_paid_day,
    late_refunds,
    new_buyers,
    peak_of,
    plan_phases,
    product_sales,
)
from .plan import CampaignPlan
from .seasonal import SeasonalRatio, event_days, seasonal_ratio
from .shop_figures import last_paid_day
from .targets import apply_to_curve, read_targets, target_factors_total


@dataclass(frozen=True)
class PhaseFigures:
    key: str
    period: Period
    gmv: int
    target: int | None
    expected: int

    @property
    def lift(self) -> float | None:
        return lift(self.gmv, self.expected)

    def to_dict(self) -> dict:
        return {"phase": self.key, **self.period.as_dict(), "gmv": format_cents(self.gmv),
                "target_gmv": format_cents(self.target),
                "expected_gmv": format_cents(self.expected), "lift": _rate(self.lift)}


@dataclass(frozen=True)
class PlatformFigures:
    platform: str
    gmv: int
    paying_buyers: int
    expected: int
    ads: int

    @property
    def lift(self) -> float | None:
        return lift(self.gmv, self.expected)

    def to_dict(self) -> dict:
        return {"platform": self.platform, "gmv": format_cents(self.gmv),
                "paying_buyers": self.paying_buyers,
                "expected_gmv": format_cents(self.expected), "lift": _rate(self.lift),
                "ads": format_cents(self.ads)}


@dataclass(frozen=True)
class CampaignReview:
    plan: CampaignPlan
    period: Period
    kpis: Kpis
    baseline: Kpis
    expected_gmv: int
    curve: Curve
    cost: CostParts
    new: NewBuyers
    late_refunds: LateRefunds
    target_factors: Factors
    expected_factors: Factors
    by_phase: tuple[PhaseFigures, ...]
    products: tuple[ProductSales, ...]
    daily: tuple[tuple[date, int, int], ...]  # day, GMV, expected GMV
    data_until: date | None = None  # the last day with sales in the shop file
    by_platform: tuple[PlatformFigures, ...] = ()
    seasonal: SeasonalRatio | None = None  # the expected GMV's seasonal ratio, if used
    baseline_left_out: int = 0  # baseline days left out: days of other events
    target_new_buyers: int | None = None  # the Targets page's rows', else the plan's

    @property
    def started(self) -> bool:
        """False: no day of the event is in the shop file yet (a plan, not a result)."""
        return self.data_until is not None and self.data_until >= self.period.start

    @property
    def complete(self) -> bool:
        return self.data_until is not None and self.data_until >= self.period.end

    @property
    def gmv(self) -> int:
        return self.kpis.gmv

    @property
    def target_gmv(self) -> int | None:
        return self.plan.target_gmv_cents

    @property
    def lift(self) -> float | None:
        """None before the event's first day is in the shop file (no result yet)."""
        return lift(self.gmv, self.expected_gmv) if self.started else None

    @property
    def target_reached(self) -> float | None:
        return self.gmv / self.target_gmv if self.target_gmv else None

    @property
    def roi(self) -> float | None:
        return self.gmv / self.cost.total if self.cost.total else None

    @property
    def factors(self) -> Factors:
        return factors_of(self.kpis)

    @property
    def vs_target(self) -> dict[str, float | None]:
        return log_split(self.factors, self.target_factors)

    @property
    def vs_baseline(self) -> dict[str, float | None]:
        return log_split(self.factors, self.expected_factors)

    def to_dict(self) -> dict:
        k = self.kpis
        return {
            "campaign": self.plan.name, "platform": self.plan.platform,
            "currency": k.currency, **self.period.as_dict(),
            "data_until": self.data_until and self.data_until.isoformat(),
            "complete": self.complete,
            "gmv": format_cents(self.gmv), "target_gmv": format_cents(self.target_gmv),
            "target_reached": _rate(self.target_reached),
            "expected_gmv": format_cents(self.expected_gmv), "lift": _rate(self.lift),
            "baseline": {**self.baseline.period.as_dict(), "gmv": format_cents(
                self.baseline.gmv), "seasonal": self.seasonal and self.seasonal.to_dict(),
                "days_left_out": self.baseline_left_out},
            "paid_orders": k.paid_orders, "paying_buyers": k.paying_buyers,
            "visitors": k.visitors, "conversion_rate": _rate(k.conversion_rate),
            "aov": format_cents(k.aov),
            "refund_amount": format_cents(k.refund_amount),
            "late_refunds": {"amount": format_cents(self.late_refunds.amount),
                             "count": self.late_refunds.count,
                             "last_on": self.late_refunds.last_on},
            "gross_margin": _rate(k.gross_margin),
            "cost": {"ads": format_cents(self.cost.ads),
                     "discounts": format_cents(self.cost.discounts),
                     "gifts": format_cents(self.cost.gifts),
                     "total": format_cents(self.cost.total),
                     "gift_lines_uncosted": self.cost.gift_lines_uncosted},
            "roi": _rate(self.roi),
            "new_buyers": self.new.new, "target_new_buyers": self.target_new_buyers,
            "new_buyer_share": _rate(self.new.share),
            "new_buyer_repeat_30d": self.new.repeat_30d,
            "new_buyer_repeat_until": self.new.repeat_until,
            "factors": {key: {"actual": self.factors.to_dict()[key],
                              "target": self.target_factors.to_dict()[key],
                              "expected": self.expected_factors.to_dict()[key],
                              "vs_target": _rate(self.vs_target[key]),
                              "vs_baseline": _rate(self.vs_baseline[key])}
                        for key in ("visitors", "conversion", "aov")},
            "curve": {"source": self.curve.source, "event": self.curve.event},
            "by_phase": [p.to_dict() for p in self.by_phase],
            "by_platform": [p.to_dict() for p in self.by_platform],
            "products": [{"platform": p.platform, "sku": p.sku, "title": p.title,
                          "units": p.units, "amount": format_cents(p.amount)}
                         for p in self.products],
        }


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def phase_targets(plan: CampaignPlan, curve: Curve, period: Period) -> dict[str, int | None]:
    """The plan's GMV target split over its phases by the curve's shares."""
    result = {}
    for phase in plan_phases(plan):
        offset = (phase.period.start - period.start).days
        share = sum(curve.shares[offset:offset + phase.period.days])
        result[phase.key] = (None if plan.target_gmv_cents is None
                             else round_cents(share * plan.target_gmv_cents))
    return result


def review_campaign(conn: sqlite3.Connection, plan: CampaignPlan) -> CampaignReview:
    period = event_period(plan)
    data_until = last_paid_day(conn)
    kpis = event_kpis(conn, period, plan.platform, None)
    currency = kpis.currency
    base_period = baseline_period(period)
    baseline = event_kpis(conn, base_period, plan.platform, currency)
    events = event_days(conn)
    expected, seasonal, left_out = expected_days(conn, period, base_period, plan.platform,
                                                 currency, events)
    actual = daily_gmv(conn, period, plan.platform, currency)
    expected_gmv = round_cents(sum(expected.values()))
    curve = target_curve(conn, plan.name, period, plan.platform, currency,
                         peak_of(plan))
    factor_rows = read_targets(conn, plan.id) if plan.id is not None else []
    curve = apply_to_curve(curve, plan, factor_rows)
    targets = phase_targets(plan, curve, period)
    phases = tuple(
        PhaseFigures(p.key, p.period, sum(actual[d] for d in days_of(p.period)),
                     targets[p.key], round_cents(sum(expected[d] for d in days_of(p.period))))
        for p in plan_phases(plan))
    shape = factors_of(baseline)
    found = comparable_event(conn, plan.name, period.start, plan.platform)
    if found is not None:
        last = factors_of(event_kpis(conn, found[1], plan.platform, currency))
        if last.conversion and last.aov:
            shape = last
    if factor_rows:  # the owner's factor targets
        owned = target_factors_total(factor_rows)
        if owned.conversion and owned.aov:
            shape = owned
    return CampaignReview(
        plan=plan, period=period, kpis=kpis, baseline=baseline, expected_gmv=expected_gmv,
        curve=curve, cost=cost_parts(conn, period, plan.platform),
        new=new_buyers(conn, period, plan.platform, data_until), data_until=data_until,
        late_refunds=late_refunds(conn, period, plan.platform),
        target_factors=reference_factors(plan.target_gmv_cents, shape),
        expected_factors=reference_factors(expected_gmv, factors_of(baseline)),
        by_phase=phases, products=tuple(product_sales(conn, period, plan.platform)),
        daily=tuple((d, actual[d], round_cents(expected[d])) for d in days_of(period)),
        by_platform=platform_figures(conn, period, base_period, plan.platform, currency,
                                     events),
        seasonal=seasonal, baseline_left_out=left_out,
        target_new_buyers=(sum(r.new_buyers for r in factor_rows) if factor_rows
                           else plan.target_new_buyers))


def expected_days(conn: sqlite3.Connection, period: Period, base_period: Period,
                  platform: str | None, currency: str, events: set[date]
                  ) -> tuple[dict[date, Fraction], SeasonalRatio | None, int]:
    """Each event day's expected GMV (exact): its weekday's mean in the baseline's ordinary
    days (`events`: every plan's days), × the seasonal ratio when a year of data gives one;
    and how many baseline days with data were left out as days of other events."""
    data_from = first_paid_day(conn)
    known = known_days(daily_gmv(conn, base_period, platform, currency), data_from)
    ordinary = ordinary_baseline(known, events)
    expected = expected_by_day(ordinary, days_of(period))
    seasonal = seasonal_ratio(events, period, base_period, data_from,
                              lambda p: daily_gmv(conn, p, platform, currency))
    if seasonal is not None:
        expected = {day: value * seasonal.ratio for day, value in expected.items()}
    return expected, seasonal, len(known) - len(ordinary)


def platform_figures(conn: sqlite3.Connection, period: Period, base_period: Period,
                     platform: str | None, currency: str, events: set[date]
                     ) -> tuple[PlatformFigures, ...]:
    """Each selling platform's GMV, buyers, expected GMV (its own baseline) and ads."""
    result = []
    for p in event_platforms(conn, period, platform):
        expected, _, _ = expected_days(conn, period, base_period, p, currency, events)
        k = event_kpis(conn, period, p, currency)
        result.append(PlatformFigures(p, k.gmv, k.paying_buyers,
                                      round_cents(sum(expected.values())),
                                      cost_parts(conn, period, p).ads))
    return tuple(sorted(result, key=lambda f: -f.gmv))


def review_beside(conn: sqlite3.Connection, plan: CampaignPlan, find_plan,
                  against: str | None = None) -> tuple[CampaignReview, CampaignReview | None]:
    """The plan's review and, side by side, that of the plan named `against`, by default the
    shop's last event of the same name (双11 2026 beside 双11 2025); `find_plan(conn, name)`
    reads a plan (the store's). An `against` the shop file does not hold is refused."""
    review = review_campaign(conn, plan)
    if against is not None:
        other = find_plan(conn, against)
        if other is None:
            path = conn.execute("PRAGMA database_list").fetchone()[2]
            raise OpsDeskError("no_such_campaign", {"name": against, "path": path})
    else:
        found = comparable_event(conn, plan.name, review.period.start, plan.platform)
        other = find_plan(conn, found[0]) if found is not None else None
    return review, (review_campaign(conn, other) if other is not None else None)
