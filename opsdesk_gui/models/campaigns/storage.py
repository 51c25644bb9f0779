"""Campaign plans in the shop file: read, save (one transaction), delete. No Qt.

Imports never touch these tables, so plans survive re-imports. Undo is the caller's: it
keeps the plan before an edit and saves it back (`save_plan`), or deletes a plan it
created (`delete_plan` returns the plan deleted, to save it again on redo).
"""

from __future__ import annotations

import sqlite3

from .plan import CampaignPlan, PlanProduct, extras_from_json

_COLUMNS = ("id, platform, name, kind, starts_on, ends_on, target_gmv_cents, budget_cents, "
            "notes, registration_deadline, warmup_starts_on, encore_ends_on, plan")


def _plan(conn: sqlite3.Connection, row) -> CampaignPlan:
    (id_, platform, name, kind, start, end, gmv, budget, notes, deadline, warmup, encore,
     extras) = row
    products = tuple(PlanProduct(*r) for r in conn.execute(
        "SELECT platform, sku, campaign_price_cents, reserved_stock, flash_cap "
        "FROM campaign_products WHERE campaign_id = ? ORDER BY position", (id_,)))
    fields = extras_from_json(extras)
    if not extras and budget is not None:  # a v1 row: its budget is all ads
        fields["budget_ads_cents"] = budget
    return CampaignPlan(name=name, start=start, end=end, platform=platform,
                        kind=kind or "platform", registration_deadline=deadline,
                        warmup_start=warmup, encore_end=encore, products=products,
                        target_gmv_cents=gmv, notes=notes or "", id=id_, **fields)


def list_plans(conn: sqlite3.Connection, platform: str | None = None) -> list[CampaignPlan]:
    """Every plan (of `platform` and of all platforms), latest start first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM campaigns WHERE (? IS NULL OR platform IS NULL OR "
        "platform = ?) ORDER BY starts_on DESC, id DESC", (platform, platform)).fetchall()
    return [_plan(conn, row) for row in rows]


def read_plan(conn: sqlite3.Connection, plan_id: int) -> CampaignPlan | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM campaigns WHERE id = ?", (plan_id,)).fetchone()
    return _plan(conn, row) if row else None


def find_plan(conn: sqlite3.Connection, name: str) -> CampaignPlan | None:
    """The plan of that name (the latest when several share it)."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM campaigns WHERE name = ? "
                       "ORDER BY starts_on DESC, id DESC LIMIT 1", (name,)).fetchone()
    return _plan(conn, row) if row else None


def _mechanic(plan: CampaignPlan) -> str | None:
    """The v1 column `mechanic`: the plan's main offer."""
    m = plan.mechanics
    for present, name in ((m.full_reduction or m.every, "满减"), (m.coupons, "优惠券"),
                          (m.discount is not None, "折扣"),
                          (any(p.flash_cap for p in plan.products), "秒杀"),
                          (m.presale_deposit_cents, "预售"), (m.gifts, "赠品")):
        if present:
            return name
    return None


def save_plan(conn: sqlite3.Connection, plan: CampaignPlan) -> int:
    """Insert the plan (no id) or replace it (with its id, even when it was deleted since:
    redo of a deletion); its products are replaced. One transaction; returns the id."""
    values = (plan.platform, plan.name, plan.kind, _mechanic(plan), plan.start, plan.end,
              plan.target_gmv_cents, plan.budget_cents, plan.notes or None,
              plan.registration_deadline, plan.warmup_start, plan.encore_end,
              plan.extras_json())
    conn.execute("BEGIN IMMEDIATE")
    try:
        if plan.id is None:
            cursor = conn.execute(
                "INSERT INTO campaigns (platform, name, kind, mechanic, starts_on, ends_on, "
                "target_gmv_cents, budget_cents, notes, registration_deadline, "
                "warmup_starts_on, encore_ends_on, plan) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
            plan_id = cursor.lastrowid
        else:
            plan_id = plan.id
            # an upsert, not INSERT OR REPLACE: replacing deletes the row first, and the
            # delete cascades to the plan's review notes and factor targets
            columns = ("platform", "name", "kind", "mechanic", "starts_on", "ends_on",
                       "target_gmv_cents", "budget_cents", "notes", "registration_deadline",
                       "warmup_starts_on", "encore_ends_on", "plan")
            conn.execute(
                f"INSERT INTO campaigns (id, {', '.join(columns)}) VALUES "
                f"(?, {', '.join('?' * len(columns))}) ON CONFLICT (id) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in columns), (plan_id, *values))
            conn.execute("DELETE FROM campaign_products WHERE campaign_id = ?", (plan_id,))
        conn.executemany(
            "INSERT INTO campaign_products (campaign_id, platform, sku, campaign_price_cents, "
            "reserved_stock, flash_cap, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(plan_id, p.platform, p.sku, p.campaign_price_cents, p.reserved_stock,
              p.flash_cap, n) for n, p in enumerate(plan.products)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return plan_id


def delete_plan(conn: sqlite3.Connection, plan_id: int) -> CampaignPlan | None:
    """Delete the plan and its products; returns it as it was (None: no such plan)."""
    plan = read_plan(conn, plan_id)
    if plan is not None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM campaign_products WHERE campaign_id = ?", (plan_id,))
            conn.execute("DELETE FROM campaigns WHERE id = ?", (plan_id,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return plan
