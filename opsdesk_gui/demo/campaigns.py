"""The owner's campaign plans, written straight into the `campaigns` table (no platform
exports them): each event of the calendar with a GMV target and an ad budget set the way
an owner sets them, from the weeks before it."""

from __future__ import annotations

import sqlite3

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
