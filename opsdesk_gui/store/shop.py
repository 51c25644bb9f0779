"""Opening, creating and migrating a shop file, and telling odd files apart.

One writer at a time (store/writer.py holds the lock; Python's bundled SQLite has a rare
WAL bug with several writers), WAL with synchronous=NORMAL, foreign keys on. Readers open
the file read-only and never migrate it, so a read never changes its bytes.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from ..errors import ShopFileError
from .files import connect_read_only, header_problem, make_private, sqlite_uri
from .schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

SHOP_SUFFIX = ".opsdesk"
BUSY_TIMEOUT_MS = 60_000  # the store's lock serialises writers; this only covers a checkpoint


def connect(path: str | Path) -> sqlite3.Connection:
    """A raw connection in autocommit mode: callers open transactions with BEGIN."""
    conn = sqlite3.connect(sqlite_uri(path), uri=True, isolation_level=None,
                           check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _damaged(path: Path, detail: str) -> ShopFileError:
    return ShopFileError("shop_damaged", {"path": str(path), "detail": detail})


def check_shop(path: str | Path, *, write: bool = False, allow_empty: bool = False) -> None:
    """Raise ShopFileError, touching nothing, unless `path` is a shop file this program can
    read (and, with `write`, write): each odd file gets its own code."""
    path = Path(path)
    if path.is_dir():
        raise ShopFileError("shop_is_folder", {"path": str(path)})
    try:
        problem = header_problem(path)
    except FileNotFoundError:
        raise ShopFileError("shop_missing", {"path": str(path)}) from None
    except PermissionError:
        raise ShopFileError("shop_unreadable", {"path": str(path)}) from None
    if problem == "empty" and allow_empty:
        return
    if problem == "not_sqlite":
        raise ShopFileError("not_a_shop", {"path": str(path)})
    if problem is not None:
        raise _damaged(path, "the file is empty" if problem == "empty" else "the file is cut off")
    probe = connect_read_only(path)
    try:
        app_id = probe.execute("PRAGMA application_id").fetchone()[0]
        tables = probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        found = schema_version(probe)
    except sqlite3.OperationalError:
        raise  # not the file's content: I/O, a full disk (store/writer.write_error says which)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    finally:
        probe.close()
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise ShopFileError("not_a_shop", {"path": str(path)})
    if found > LATEST_VERSION:
        raise ShopFileError(
            "newer_shop", {"path": str(path), "found": found, "supported": LATEST_VERSION})
    if write and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise ShopFileError("shop_read_only", {"path": str(path)})


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
    """Open (or create) a shop file for writing and bring its schema up to date.

    Refuses, changing nothing, a file that fails `check_shop`. Writers go through
    store/writer.py's `writing`, which takes the lock first."""
    path = Path(path)
    if create and not path.exists() and not path.is_symlink():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        make_private(path)
    check_shop(path, write=True, allow_empty=True)  # 0 bytes: nothing to lose
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def open_for_reading(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a checked shop file of this version: never migrates,
    never writes. A file of an older version is refused with a message (the window's
    writer brings it up to date when it opens it)."""
    check_shop(path)
    conn = connect_read_only(path)
    found = schema_version(conn)
    if found < LATEST_VERSION:  # its tables lack what this version's figures read
        conn.close()
        raise ShopFileError("older_shop", {"path": str(path), "found": found,
                                           "supported": LATEST_VERSION})
    return conn
