"""Connections the views' workers read the shop through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..models.daily_cache import ensure_daily_cache


@contextmanager
def read_only(shop_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write, closed when the block ends."""
    conn = sqlite3.connect(f"file:{shop_path}?mode=ro", uri=True, check_same_thread=False)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def fresh_cache_connection(shop_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection for metrics that read the daily cache (models/daily_cache.py): the cache
    is rebuilt first when the data changed (seconds on a big shop, so only in a worker).
    Writable, since the cache lives in the shop file; SQLite's locking keeps a rebuild
    safe beside another instance, and its busy timeout waits for a rebuild in progress."""
    conn = sqlite3.connect(shop_path, check_same_thread=False, timeout=30)
    try:
        ensure_daily_cache(conn)
        yield conn
    finally:
        conn.close()
