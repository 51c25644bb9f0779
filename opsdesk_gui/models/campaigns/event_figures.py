"""What a campaign's pace and review read from the shop file, besides the core metrics
(which come from models/kpi.py, so that the event's GMV is `opsdesk kpi`'s to the cent).
No Qt; money in integer cents.

- Phases: warm-up (预热) from `warmup_start` to the day before `start`, peak (爆发)
  `start`..`end`, encore (返场) the day after `end` to `encore_end`; a plan without warm-up
  or encore has the peak only. The event's days are the first phase's first to the last
  phase's last.
- Ads (广告): ad_spend over the event's days (the plan's platform, else all).
- Discount given (让利): over the event's paid orders, each line's list price × qty − what
  it was paid, when the line has a list price and that is more; gift lines (qty > 0, paid
  0) are not discounts but gifts.
- Gifts (赠品): gift lines' qty × the product's unit cost; lines without a known cost are
  counted in `gift_lines_uncosted`, not guessed.
- New buyers (新客): paying buyers of the event whose first paid order of the platform is
  in the event; their repeat within 30 days: another paid order in the 30 days after the
  event's last day (known once the data reaches that day, else None).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from ..listings import _SALE as SALE
from ..periods import Period
from .plan import CampaignPlan

PHASES = ("warmup", "peak", "encore")
REPEAT_DAYS = 30


@dataclass(frozen=True)
class Phase:
    key: str  # warmup|peak|encore
    period: Period


def plan_phases(plan: CampaignPlan) -> list[Phase]:
    start, end = date.fromisoformat(plan.start), date.fromisoformat(plan.end)
    phases = []
    if plan.warmup_start and date.fromisoformat(plan.warmup_start) < start:
        phases.append(Phase("warmup", Period(date.fromisoformat(plan.warmup_start),
                                             start - timedelta(days=1))))
    phases.append(Phase("peak", Period(start, end)))
    if plan.encore_end and date.fromisoformat(plan.encore_end) > end:
        phases.append(Phase("encore", Period(end + timedelta(days=1),
                                             date.fromisoformat(plan.encore_end))))
    return phases


def peak_of(plan: CampaignPlan) -> Period:
    return Period.parse(plan.start, plan.end)


def event_period(plan: CampaignPlan) -> Period:
    phases = plan_phases(plan)
    return Period(phases[0].period.start, phases[-1].period.end)


def days_of(period: Period) -> list[date]:
    return [period.start + timedelta(days=n) for n in range(period.days)]


def _bounds(period: Period) -> dict:
    start, after = period.time_bounds()
    return {"start": start, "after": after}


@dataclass(frozen=True)
class CostParts:
    ads: int = 0
    discounts: int = 0
    gifts: int = 0
    gift_lines_uncosted: int = 0

    @property
    def total(self) -> int:
        return self.ads + self.discounts + self.gifts


def cost_parts(conn: sqlite3.Connection, period: Period, platform: str | None) -> CostParts:
    params = _bounds(period) | {"platform": platform, "first": period.start.isoformat(),
                                "last": period.end.isoformat()}
    ads = conn.execute(
        "SELECT coalesce(sum(spend_cents), 0) FROM ad_spend WHERE day >= :first "
        "AND day <= :last AND (:platform IS NULL OR platform = :platform)", params).fetchone()[0]
    discounts, gifts, uncosted = conn.execute(
        f"""SELECT
              coalesce(sum(CASE WHEN l.amount_cents > 0 AND l.unit_price_cents IS NOT NULL
                                 AND l.unit_price_cents * l.qty > l.amount_cents
                            THEN l.unit_price_cents * l.qty - l.amount_cents END), 0),
              coalesce(sum(CASE WHEN l.amount_cents = 0 THEN l.qty * p.cost_cents END), 0),
              coalesce(sum(l.amount_cents = 0 AND p.cost_cents IS NULL), 0)
            FROM order_lines l
            JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id
            LEFT JOIN products p ON p.platform = l.platform AND p.sku = l.sku
            WHERE {SALE} AND l.qty > 0 AND o.paid_at >= :start AND o.paid_at < :after
              AND (:platform IS NULL OR o.platform = :platform)""", params).fetchone()
    return CostParts(int(ads), int(discounts), int(gifts), int(uncosted))


@dataclass(frozen=True)
class NewBuyers:
    buyers: int            # paying buyers of the event with a buyer id
    new: int               # of which bought for the first time in the event
    repeat_30d: int | None  # of the new, bought again in the 30 days after; None: too early
    repeat_until: str      # the last day of those 30 days

    @property
    def share(self) -> float | None:
        return self.new / self.buyers if self.buyers else None

    @property
    def repeat_rate(self) -> float | None:
        return self.repeat_30d / self.new if self.repeat_30d is not None and self.new else None


def new_buyers(conn: sqlite3.Connection, period: Period, platform: str | None,
               data_until: date | None) -> NewBuyers:
    """`data_until`: the last day the shop file has sales for (the 30 days must be over)."""
    after_event = period.end + timedelta(days=1)
    until = period.end + timedelta(days=REPEAT_DAYS)
    params = _bounds(period) | {
        "platform": platform, "event_after": after_event.isoformat(),
        "repeat_after": (until + timedelta(days=1)).isoformat()}
    buyers, new, repeat = conn.execute(
        f"""WITH event AS (
              SELECT DISTINCT o.platform, o.buyer_id FROM orders o
              WHERE {SALE} AND o.buyer_id IS NOT NULL AND o.paid_at >= :start
                AND o.paid_at < :after AND (:platform IS NULL OR o.platform = :platform)),
            fresh AS (
              SELECT e.platform, e.buyer_id FROM event e WHERE NOT EXISTS (
                SELECT 1 FROM orders o WHERE o.platform = e.platform
                  AND o.buyer_id = e.buyer_id AND {SALE} AND o.paid_at < :start))
            SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM fresh),
                   (SELECT count(*) FROM fresh f WHERE EXISTS (
                      SELECT 1 FROM orders o WHERE o.platform = f.platform
                        AND o.buyer_id = f.buyer_id AND {SALE}
                        AND o.paid_at >= :event_after AND o.paid_at < :repeat_after))""",
        params).fetchone()
    known = data_until is not None and data_until >= until
    return NewBuyers(int(buyers), int(new), int(repeat) if known else None, until.isoformat())


@dataclass(frozen=True)
class LateRefunds:
    amount: int           # refund records of event orders that succeeded after the event
    count: int
    last_on: str | None   # the latest such refund's day


def late_refunds(conn: sqlite3.Connection, period: Period, platform: str | None
                 ) -> LateRefunds:
    """Refunds of the event's orders dated after the event (they arrive as exports do)."""
    params = _bounds(period) | {"platform": platform}
    amount, count, last = conn.execute(
        f"""SELECT coalesce(sum(r.amount_cents), 0), count(*),
                   max(substr(coalesce(r.refunded_at, r.requested_at), 1, 10))
            FROM refunds r JOIN orders o ON o.platform = r.platform AND o.order_id = r.order_id
            WHERE {SALE} AND o.paid_at >= :start AND o.paid_at < :after
              AND (:platform IS NULL OR o.platform = :platform)
              AND (r.status IS NULL OR r.status = 'succeeded')
              AND coalesce(r.refunded_at, r.requested_at) >= :after""", params).fetchone()
    return LateRefunds(int(amount), int(count), last)


@dataclass(frozen=True)
class ProductSales:
    platform: str
    sku: str
    title: str | None
    units: int
    amount: int          # what its lines were paid
    stock: int | None


def product_sales(conn: sqlite3.Connection, period: Period, platform: str | None,
                  limit: int = 10) -> list[ProductSales]:
    """The event's best sellers by what their lines were paid, with their stock now (the
    event's orders read first, by the paid_at index: CROSS JOIN keeps that order, and
    `+l.sku` keeps SQLite off the sku index, which scans every line)."""
    params = _bounds(period) | {"platform": platform, "limit": limit}
    rows = conn.execute(
        f"""SELECT l.platform, l.sku, coalesce(p.title, max(l.title)), sum(l.qty),
                   coalesce(sum(l.amount_cents), 0), p.stock
            FROM orders o CROSS JOIN order_lines l
              ON l.platform = o.platform AND l.order_id = o.order_id
            LEFT JOIN products p ON p.platform = l.platform AND p.sku = l.sku
            WHERE {SALE} AND l.qty > 0 AND +l.sku IS NOT NULL AND o.paid_at >= :start
              AND o.paid_at < :after AND (:platform IS NULL OR o.platform = :platform)
            GROUP BY l.platform, l.sku ORDER BY 5 DESC, 2 LIMIT :limit""", params).fetchall()
    return [ProductSales(p, s, t, int(u), int(a), None if st is None else int(st))
            for p, s, t, u, a, st in rows]


def ads_by_day(conn: sqlite3.Connection, period: Period, platform: str | None
               ) -> dict[str, int]:
    rows = conn.execute(
        "SELECT day, sum(spend_cents) FROM ad_spend WHERE day >= ? AND day <= ? "
        "AND (? IS NULL OR platform = ?) GROUP BY day",
        (period.start.isoformat(), period.end.isoformat(), platform, platform)).fetchall()
    return {d: int(v) for d, v in rows}


def event_platforms(conn: sqlite3.Connection, period: Period, platform: str | None
                    ) -> list[str]:
    """The platforms with paid orders in the period (the plan's one only, when it has one)."""
    rows = conn.execute(
        f"SELECT DISTINCT o.platform FROM orders o WHERE {SALE} AND o.paid_at >= :start "
        "AND o.paid_at < :after AND (:platform IS NULL OR o.platform = :platform) ORDER BY 1",
        _bounds(period) | {"platform": platform}).fetchall()
    return [r[0] for r in rows]


def first_paid_day(conn: sqlite3.Connection) -> date | None:
    """The shop file's first day with a sale: before it, GMV is unknown, not zero."""
    row = conn.execute(f"SELECT min(substr(o.paid_at, 1, 10)) FROM orders o WHERE {SALE}"
                       ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def gmv_by_hour(conn: sqlite3.Connection, day: date | Period, platform: str | None,
                currency: str) -> list[int] | None:
    """A day's (or a period's) GMV per hour 0..23 (orders by the hour of their payment
    time, as kpi counts them: paid sales, what buyers paid); None when the orders carry
    no time."""
    period = day if isinstance(day, Period) else Period.day(day)
    rows = conn.execute(
        f"""SELECT substr(o.paid_at, 12, 2), coalesce(sum(o.paid_cents), 0) FROM orders o
            WHERE {SALE} AND o.paid_at >= :start AND o.paid_at < :after
              AND (:platform IS NULL OR o.platform = :platform) AND o.currency = :currency
            GROUP BY 1""", _bounds(period) | {"platform": platform, "currency": currency}
    ).fetchall()
    if not rows or any(not (h or "").isdigit() for h, _ in rows):
        return None
    hours = [0] * 24
    for hour, cents in rows:
        hours[int(hour)] += int(cents)
    return hours
