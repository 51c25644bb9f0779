"""Connections the views' workers read the shop through."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..models.daily_cache import ensure_daily_cache


def read_only(shop_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{shop_path}?mode=ro", uri=True, check_same_thread=False)


def with_fresh_cache(shop_path: Path) -> sqlite3.Connection:
    """A connection for metrics that read the daily cache (models/daily_cache.py): the cache
    is rebuilt first when the data changed (seconds on a big shop, so only in a worker).
    Writable, since the cache lives in the shop file; SQLite's locking keeps a rebuild
    safe beside another instance, and its busy timeout waits for a rebuild in progress."""
    conn = sqlite3.connect(shop_path, check_same_thread=False, timeout=30)
    try:
        ensure_daily_cache(conn)
    except BaseException:
        conn.close()
        raise
    return conn
