"""Saved column mappings of the generic import, kept per shop file: the columns, and the
currency and platform the file's orders are filed under (reusing a mapping must not
refile the same orders in another currency)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import datetime

from ..errors import OpsDeskError


@dataclass
class SavedMapping:
    fields: dict[str, str] = field(default_factory=dict)  # OpsDesk field -> file header
    currency: str | None = None
    platform: str | None = None


def save_mapping(conn: sqlite3.Connection, name: str, mapping: SavedMapping) -> None:
    conn.execute(
        "INSERT INTO column_mappings (name, mapping, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, "
        "updated_at = excluded.updated_at",
        (name, json.dumps(asdict(mapping), ensure_ascii=False),
         datetime.now().strftime("%Y-%m-%d %H:%M:%S")))


def load_mapping(conn: sqlite3.Connection, name: str) -> SavedMapping:
    saved = saved_mappings(conn)
    if name not in saved:
        known = ", ".join(saved) or "none saved yet"
        raise OpsDeskError("no_such_mapping", {"name": name, "known": known})
    return saved[name]


def saved_mappings(conn: sqlite3.Connection) -> dict[str, SavedMapping]:
    return {name: SavedMapping(**json.loads(mapping)) for name, mapping in
            conn.execute("SELECT name, mapping FROM column_mappings ORDER BY name")}
