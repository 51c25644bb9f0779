"""Opening, creating and migrating a shop file.

One writer at a time (Python's bundled SQLite has a rare WAL bug with several writers),
WAL with synchronous=NORMAL, foreign keys on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from ..errors import ShopFileError
from .schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

SHOP_SUFFIX = ".opsdesk"


def connect(path: str | Path) -> sqlite3.Connection:
    """A raw connection in autocommit mode: callers open transactions with BEGIN."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _check_is_shop(conn: sqlite3.Connection, path: Path) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:  # not an SQLite file at all
        raise ShopFileError("not_a_shop", {"path": str(path)}) from exc
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise ShopFileError("not_a_shop", {"path": str(path)})
    found = schema_version(conn)
    if found > LATEST_VERSION:
        raise ShopFileError(
            "newer_shop", {"path": str(path), "found": found, "supported": LATEST_VERSION}
        )


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> None:
    """Bring the file up to `target`, all steps in one transaction."""
    current = schema_version(conn)
    if current >= target:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if current == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for version in range(current, target):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit midway)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def open_shop(path: str | Path, *, create: bool = False) -> sqlite_utils.Database:
    """Open (or create) a shop file and bring its schema up to date.

    Refuses, changing nothing, a file that is not a shop file or is from a newer version.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise ShopFileError("not_a_shop", {"path": str(path)})
    if path.exists():
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            _check_is_shop(probe, path)
        finally:
            probe.close()
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(conn)
    return sqlite_utils.Database(conn)
