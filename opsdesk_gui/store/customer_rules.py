"""The owner's customer rules in the shop file: member tiers and saved re-activation lists.
No Qt.

A rule is JSON text under (kind, name). `save_rule` and `delete_rule` write in one
transaction and return what was there before (None: nothing), so that saving that back
(or deleting, for None) undoes the change exactly; the Customers pages keep those for
their Undo.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime


def read_rules(conn: sqlite3.Connection, kind: str) -> dict[str, dict]:
    """name -> rule of one kind; {} for a shop file without the table (read-only, old)."""
    try:
        rows = conn.execute("SELECT name, rule FROM customer_rules WHERE kind = ? "
                            "ORDER BY name", (kind,)).fetchall()
    except sqlite3.OperationalError:
        return {}
    return {name: json.loads(rule) for name, rule in rows}


def _write(conn: sqlite3.Connection, kind: str, name: str, rule: dict | None) -> dict | None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT rule FROM customer_rules WHERE kind = ? AND name = ?",
                           (kind, name)).fetchone()
        if rule is None:
            conn.execute("DELETE FROM customer_rules WHERE kind = ? AND name = ?", (kind, name))
        else:
            conn.execute(
                "INSERT INTO customer_rules (kind, name, rule, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, name) DO UPDATE SET rule = excluded.rule, "
                "updated_at = excluded.updated_at",
                (kind, name, json.dumps(rule, ensure_ascii=False, sort_keys=True),
                 datetime.now().strftime("%Y-%m-%d %H:%M:%S")))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return None if row is None else json.loads(row[0])


def save_rule(conn: sqlite3.Connection, kind: str, name: str, rule: dict) -> dict | None:
    """Store the rule; returns the rule it replaced (None: it is new)."""
    return _write(conn, kind, name, rule)


def delete_rule(conn: sqlite3.Connection, kind: str, name: str) -> dict | None:
    """Remove the rule; returns it (None: there was none)."""
    return _write(conn, kind, name, None)


def restore_rule(conn: sqlite3.Connection, kind: str, name: str, rule: dict | None) -> None:
    """Undo: put back what save_rule or delete_rule returned."""
    _write(conn, kind, name, rule)
