"""A campaign's target, factor by factor (domain.md §2: GMV = visitors × conversion ×
客单价), per phase and per platform, with new and returning buyers. No Qt; cents.

- Each row is one phase (warm-up, peak, encore) of one selling platform: its visitors,
  conversion (paying buyers ÷ visitors), 客单价 (GMV ÷ paying buyers, cents) and the share of
  its buyers who are new. GMV = visitors × conversion × 客单价, rounded once to the cent;
  buyers = visitors × conversion; new buyers = buyers × new share; returning = the rest.
- Starting values: each factor as the shop's last comparable event (same name without the
  year, same platform) had it in the same phase, visitors scaled by the days: its visitors
  a day × this phase's days; a phase it did not have (a warm-up added this year) and every
  phase without such an event start from the 28 days before this event, or from their
  last run of at least 7 days in no other event (baseline.ordinary_stretch).
  The owner then edits any factor.
- Stored with the plan (campaign_target_factors); saving makes the plan's GMV target
  their total. The target curve follows: each phase gets the share of the target its rows
  make up, spread over its days as the curve spreads them (apply_to_curve).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

from ...money import divide_cents
from ..periods import Period
from .baseline import Curve, baseline_period, comparable_event, event_kpis, ordinary_stretch
from .event_figures import event_period, event_platforms, new_buyers, plan_phases
from .plan import CampaignPlan
from .seasonal import event_days


@dataclass(frozen=True)
class FactorTarget:
    phase: str          # warmup | peak | encore
    platform: str
    visitors: int
    conversion: float   # paying buyers ÷ visitors
    aov: int            # 客单价, cents
    new_share: float    # new buyers ÷ paying buyers

    @property
    def buyers(self) -> float:
        return self.visitors * self.conversion

    @property
    def gmv(self) -> int:
        return round_half_up(self.buyers * self.aov)

    @property
    def new_buyers(self) -> int:
        return round_half_up(self.buyers * self.new_share)

    @property
    def returning_buyers(self) -> int:
        return round_half_up(self.buyers) - self.new_buyers

    def to_dict(self) -> dict:
        from ...money import format_cents

        return {"phase": self.phase, "platform": self.platform, "visitors": self.visitors,
                "conversion": round(self.conversion, 6), "aov": format_cents(self.aov),
                "new_share": round(self.new_share, 6), "gmv": format_cents(self.gmv),
                "buyers": round_half_up(self.buyers), "new_buyers": self.new_buyers,
                "returning_buyers": self.returning_buyers}


def round_half_up(value: float) -> int:
    """Half away from zero (as money is rounded), never to even."""
    return divide_cents(round(value * 1_000_000), 1_000_000) or 0


def total_gmv(rows: list[FactorTarget]) -> int:
    return sum(r.gmv for r in rows)


def _factors(conn: sqlite3.Connection, period: Period, platform: str, currency: str | None,
             data_until: date | None) -> tuple[float, float, int, float] | None:
    """(visitors a day, conversion, 客单价, new share) of the period, or None when it had no
    visitors or no buyers."""
    k = event_kpis(conn, period, platform, currency)
    if not k.visitors or not k.paying_buyers:
        return None
    share = new_buyers(conn, period, platform, data_until).share or 0.0
    return (k.visitors / period.days, k.paying_buyers / k.visitors,
            divide_cents(k.gmv, k.paying_buyers), share)


def starting_targets(conn: sqlite3.Connection, plan: CampaignPlan, find_plan
                     ) -> tuple[list[FactorTarget], str, str | None]:
    """The rows to start from, and where they come from: ('last_event', its name) or
    ('baseline', None). `find_plan(conn, name)` reads a plan (the store's)."""
    period = event_period(plan)
    found = comparable_event(conn, plan.name, period.start, plan.platform)
    last = find_plan(conn, found[0]) if found is not None else None
    base = ordinary_stretch(baseline_period(period), event_days(conn))
    rows: list[FactorTarget] = []
    if last is not None:
        last_phases = {p.key: p.period for p in plan_phases(last)}
        whole = event_period(last)
        for platform in event_platforms(conn, whole, plan.platform):
            for phase in plan_phases(plan):
                source = last_phases.get(phase.key, base)
                found_factors = (_factors(conn, source, platform, None, None)
                                 or _factors(conn, whole, platform, None, None))
                if found_factors is not None:
                    rows.append(_row(phase.key, platform, phase.period, found_factors))
        if rows:
            return rows, "last_event", last.name
    for platform in event_platforms(conn, base, plan.platform):
        factors = _factors(conn, base, platform, None, None)
        if factors is not None:
            rows.extend(_row(p.key, platform, p.period, factors) for p in plan_phases(plan))
    return rows, "baseline", None


def _row(phase: str, platform: str, period: Period, factors) -> FactorTarget:
    per_day, conversion, aov, share = factors
    return FactorTarget(phase, platform, round_half_up(per_day * period.days), conversion,
                        aov, share)


def read_targets(conn: sqlite3.Connection, campaign_id: int) -> list[FactorTarget]:
    order = "CASE phase WHEN 'warmup' THEN 0 WHEN 'peak' THEN 1 ELSE 2 END, platform"
    return [FactorTarget(*row) for row in conn.execute(
        "SELECT phase, platform, visitors, conversion, aov_cents, new_share FROM "
        f"campaign_target_factors WHERE campaign_id = ? ORDER BY {order}", (campaign_id,))]


def save_targets(conn: sqlite3.Connection, campaign_id: int, rows: list[FactorTarget]) -> int:
    """Replace the plan's factor targets and make its GMV target their total (one
    transaction; without rows the GMV target stays); returns that total."""
    (current,) = conn.execute("SELECT target_gmv_cents FROM campaigns WHERE id = ?",
                              (campaign_id,)).fetchone()
    total = total_gmv(rows)
    put_targets(conn, campaign_id, rows, total if rows else current)
    return total


def put_targets(conn: sqlite3.Connection, campaign_id: int, rows: list[FactorTarget],
                target_gmv_cents: int | None) -> None:
    """The plan's factor targets and GMV target set to exactly these (one transaction): a
    save, or its undo putting back what was there before."""
    for row in rows:
        if row.visitors < 0 or not 0 <= row.conversion <= 1 or row.aov < 0 \
                or not 0 <= row.new_share <= 1:
            from ...errors import OpsDeskError

            raise OpsDeskError("bad_target_factor", {"phase": row.phase,
                                                     "platform": row.platform})
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM campaign_target_factors WHERE campaign_id = ?", (campaign_id,))
        conn.executemany(
            "INSERT INTO campaign_target_factors (campaign_id, phase, platform, visitors, "
            "conversion, aov_cents, new_share) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(campaign_id, r.phase, r.platform, r.visitors, r.conversion, r.aov, r.new_share)
             for r in rows])
        conn.execute("UPDATE campaigns SET target_gmv_cents = ? WHERE id = ?",
                     (target_gmv_cents, campaign_id))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def phase_shares(rows: list[FactorTarget]) -> dict[str, Fraction] | None:
    """Each phase's share of the factor targets' GMV (None without rows or GMV)."""
    total = total_gmv(rows)
    if not rows or total <= 0:
        return None
    shares: dict[str, Fraction] = {}
    for row in rows:
        shares[row.phase] = shares.get(row.phase, Fraction(0)) + Fraction(row.gmv, total)
    return shares


def apply_to_curve(curve: Curve, plan: CampaignPlan, rows: list[FactorTarget]) -> Curve:
    """The curve with each phase weighing its factor targets' share, its days keeping the
    curve's shape inside the phase (a phase the curve gives nothing: evenly)."""
    shares = phase_shares(rows)
    if shares is None:
        return curve
    period = event_period(plan)
    result = list(curve.shares)
    for phase in plan_phases(plan):
        offset = (phase.period.start - period.start).days
        inside = curve.shares[offset:offset + phase.period.days]
        weight = sum(inside, Fraction(0))
        target = shares.get(phase.key, Fraction(0))
        for n, share in enumerate(inside):
            result[offset + n] = (target * share / weight if weight
                                  else target / phase.period.days)
    return replace(curve, shares=tuple(result), factors=True)


def target_factors_total(rows: list[FactorTarget]):
    """The factor targets summed: visitors, conversion and 客单价 of the whole target (for
    the review's 'against the target' split)."""
    from .baseline import Factors

    visitors = sum(r.visitors for r in rows)
    buyers = sum(r.buyers for r in rows)
    gmv = total_gmv(rows)
    return Factors(visitors, buyers / visitors if visitors else None,
                   gmv / buyers if buyers else None)
