"""The review notes of a campaign plan in the shop file: read, and replace in one
transaction. No Qt."""

from __future__ import annotations

import sqlite3

from .review_notes import ReviewNote, cleaned_notes


def read_notes(conn: sqlite3.Connection, campaign_id: int) -> list[ReviewNote]:
    return [ReviewNote(*row) for row in conn.execute(
        "SELECT problem, cause, action, owner, due_on FROM campaign_review_notes "
        "WHERE campaign_id = ? ORDER BY position", (campaign_id,))]


def save_notes(conn: sqlite3.Connection, campaign_id: int, notes) -> list[ReviewNote]:
    """Replace the plan's notes with `notes` (empty ones dropped, dates checked first, so a
    bad date changes nothing); returns what was saved."""
    kept = cleaned_notes(notes)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM campaign_review_notes WHERE campaign_id = ?", (campaign_id,))
        conn.executemany(
            "INSERT INTO campaign_review_notes (campaign_id, position, problem, cause, action, "
            "owner, due_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(campaign_id, n, x.problem, x.cause, x.action, x.owner, x.due_on)
             for n, x in enumerate(kept)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return kept
