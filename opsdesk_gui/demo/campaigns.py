"""The owner's campaign plans, written straight into the `campaigns` table (no platform
exports them): each event of the calendar with a GMV target and an ad budget set the way
an owner sets them, from the weeks before it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import numpy as np
import pandas as pd

from .behaviour import DAY, Trade
from .events import DAYS, EVENTS, Event
from .seasons import day_index

BASELINE_DAYS = 28
COLUMNS = ("platform", "name", "kind", "mechanic", "starts_on", "ends_on", "target_gmv_cents",
           "budget_cents", "notes")


def _daily(values: np.ndarray, seconds: np.ndarray) -> np.ndarray:
    day = (seconds // DAY).astype(np.int64)
    keep = (day >= 0) & (day < DAYS)
    return np.bincount(day[keep], weights=values[keep], minlength=DAYS)


def _round(cents: float, step: int = 100_000) -> int:
    return int(max(round(cents / step), 1) * step)


def campaign_rows(trade: Trade, ads: pd.DataFrame) -> list[tuple]:
    """One row per event: (platform, name, kind, mechanic, starts_on, ends_on,
    target_gmv_cents, budget_cents, notes)."""
    rows = []
    orders = trade.orders[trade.orders["paid_at"].notna()]
    for event in EVENTS:
        mine = orders if event.platform is None else orders[orders["platform"] == event.platform]
        gmv = _daily(mine["paid"].to_numpy(dtype=float), mine["paid_at"].to_numpy())
        spent = ads if event.platform is None else ads[ads["platform"] == event.platform]
        spend = np.bincount(spent["day"], weights=spent["spend"], minlength=DAYS)
        first = day_index(event.starts_on)
        before = slice(max(min(first, DAYS) - BASELINE_DAYS, 0), min(first, DAYS))
        baseline_gmv = float(np.median(gmv[before]))
        baseline_spend = float(np.mean(spend[before]))
        lift = _expected_lift(event)
        target = _round(baseline_gmv * lift * event.goal)
        if first < DAYS:  # run: the budget was about what it spent
            last = day_index(event.ends_on)
            budget = _round(spend[first:last + 1].sum() * 1.05, 10_000)
        else:  # planned
            budget = _round(baseline_spend * lift * 1.1, 10_000)
        rows.append((event.platform, event.name, event.kind, event.mechanic,
                     event.starts_on.isoformat(), event.ends_on.isoformat(), target, budget,
                     event.notes))
    return rows


def _expected_lift(event: Event) -> float:
    """The owner's rule of thumb: the event's days at its level, its peak day at the peak."""
    days = event.days()
    if event.peak:
        return event.level * (days - 1) + event.peak
    return event.level * days


def insert_campaigns(conn: sqlite3.Connection, rows: list[tuple]) -> int:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            f"INSERT INTO campaigns ({', '.join(COLUMNS)}) VALUES "
            f"({', '.join('?' * len(COLUMNS))})", rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(rows)


def plan_upcoming(conn: sqlite3.Connection, products: int = 8) -> None:
    """The planned event (the last one, after the data ends) as a full plan, the way an owner
    prepares it: the best sellers of the last 30 days at about 15 % off, stock reserved for
    them (one more than is on hand, as happens), the event's coupons, a member discount."""
    from ..models.campaigns.plan import CampaignPlan, Mechanics, PlanProduct
    from ..models.campaigns.stacking import Tier
    from ..models.campaigns.storage import find_plan, save_plan
    from ..models.campaigns.timeline import default_tasks

    event = EVENTS[-1]
    plan = find_plan(conn, event.name)
    first = (event.starts_on.replace(day=1) - pd.Timedelta(days=40)).isoformat()
    rows = conn.execute(
        "SELECT l.sku, sum(l.qty) AS units, p.price_cents, p.stock FROM order_lines l "
        "JOIN orders o ON o.platform = l.platform AND o.order_id = l.order_id "
        "JOIN products p ON p.platform = l.platform AND p.sku = l.sku "
        "WHERE l.platform = 'taobao' AND o.paid_at >= ? AND l.qty > 0 "
        "AND p.price_cents IS NOT NULL GROUP BY l.sku ORDER BY units DESC, l.sku LIMIT ?",
        (first, products)).fetchall()
    chosen = []
    for n, (sku, units, price, stock) in enumerate(rows):
        campaign_price = (price * 85 // 10000) * 100 - 10  # 15 % off, ending in .90
        reserved = (stock or 0) + 5 if n == 2 else min(stock or 0, int(units))
        chosen.append(PlanProduct("taobao", sku, campaign_price, reserved))
    deadline = (event.starts_on - pd.Timedelta(days=23)).isoformat()
    plan = CampaignPlan(
        name=event.name, start=event.starts_on.isoformat(), end=event.ends_on.isoformat(),
        platform=event.platform, kind=event.kind, registration_deadline=deadline,
        warmup_start=(event.starts_on - pd.Timedelta(days=9)).isoformat(),
        mechanics=Mechanics(coupons=tuple(Tier(t * 100, off * 100) for t, off in event.tiers),
                            member=0.95),
        products=tuple(chosen), target_gmv_cents=plan.target_gmv_cents,
        budget_ads_cents=plan.budget_ads_cents, notes=plan.notes, id=plan.id)
    manual = tuple(replace(i, status="pass", owner="operator") if i.key in (
        "no_qr_codes", "shipping_promise") else i for i in plan.manual_items)
    save_plan(conn, replace(plan, manual_items=manual, tasks=default_tasks(plan)))


# The owner's review notes (复盘) of the demo's past events, written from what their reviews
# show: visitors short of the target while conversion held, 客单价 below ordinary days, 抖店
# below its own baseline in 618, late refunds. Invented, as the data is.
REVIEW_NOTES = {
    "618 2026": [
        ("访客数比目标少两成多，转化率达标", "直通车和引力魔方活动前三天才加预算，预热期没有蓄水",
         "双11提前两周加预算，预热期投放收藏加购人群", "运营", "2026-10-15"),
        ("抖店低于不做活动的预期", "抖店只报了3款商品，直播场次比平时少",
         "双11抖店同步报名主推款，排满每天两场直播", "店长", "2026-10-10"),
        ("活动后退款多", "夏装尺码偏小，详情页没有尺码表", "详情页加尺码表和模特身高体重",
         "设计", "2026-07-15"),
    ],
    "双11 2026": [
        ("访客数比目标少约三成，转化率和客单价都达标", "没有设预热期，开门红才开始投放",
         "双12设9天预热期，预热期投放收藏加购人群", "运营", "2026-11-25"),
        ("客单价比平时低", "满减门槛太低，买一件就够", "双12满减门槛按平时客单价的1.2倍设",
         "运营", "2026-11-20"),
        ("活动后仍有退款陆续进来", "外套色差，主图和实物不符", "重拍主图，补充实物细节图",
         "设计", "2026-12-05"),
    ],
}


def note_reviews(conn: sqlite3.Connection) -> None:
    """The demo's past events get the owner's review notes."""
    from ..models.campaigns.notes_storage import save_notes
    from ..models.campaigns.review_notes import ReviewNote
    from ..models.campaigns.storage import find_plan

    for name, notes in REVIEW_NOTES.items():
        plan = find_plan(conn, name)
        if plan is not None and plan.id is not None:
            save_notes(conn, plan.id, [ReviewNote(*note) for note in notes])
