"""The owner's changes to the campaign calendar in the shop file: read, write one (one
transaction), forget one. No Qt. Imports never touch the table, and undoing an import keeps
it (schema.OWNER_TABLES)."""

from __future__ import annotations

import sqlite3
from datetime import date

from .calendar import CalendarChange, CalendarEvent

_COLUMNS = ("event_id, kind, name, registration_deadline, warmup_starts_on, starts_on, "
            "ends_on, encore_ends_on, removed")


def read_changes(conn: sqlite3.Connection) -> dict[str, CalendarChange]:
    """event_id -> the owner's version (empty in a shop file without the table yet)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'campaign_calendar'"
                    ).fetchone() is None:
        return {}
    changes = {}
    for row in conn.execute(f"SELECT {_COLUMNS} FROM campaign_calendar ORDER BY event_id"):
        event_id, kind, name, *days, removed = row
        event = CalendarEvent(kind, name, *(date.fromisoformat(d) for d in days), event_id)
        changes[event_id] = CalendarChange(event, bool(removed))
    return changes


def write_change(conn: sqlite3.Connection, event_id: str, change: CalendarChange | None
                 ) -> None:
    """Store the owner's version of `event_id`; None forgets it (a prefilled event shows
    its usual dates again, an added one is gone)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM campaign_calendar WHERE event_id = ?", (event_id,))
        if change is not None:
            e = change.event
            conn.execute(
                f"INSERT INTO campaign_calendar ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, e.key, e.name, *(d.isoformat() for d in e.phases()),
                 int(change.removed)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def next_own_number(changes: dict[str, CalendarChange]) -> int:
    """The number of the next event the owner adds ('own:<n>')."""
    numbers = [int(key.split(":")[1]) for key in changes if key.startswith("own:")]
    return max(numbers, default=0) + 1
