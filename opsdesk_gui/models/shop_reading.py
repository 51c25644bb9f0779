"""Reading a shop file: never a write, even when the daily cache is stale. No Qt.

The writer keeps the daily cache (models/daily_cache.py) fresh after every write
(opsdesk_gui/writes.py). A reader that still finds it stale (a shop written by an older
OpsDesk, a read-only shop, a write killed before its cache was rebuilt) builds a private
cache in memory: its connection's main database is in memory and the shop is attached
read-only, so the cache tables resolve to the memory copy and every other table to the
shop. The shop's bytes never change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..store.files import sqlite_uri
from ..store.shop import open_for_reading
from .daily_cache import cache_is_fresh, ensure_daily_cache

SHOP_SCHEMA = "shop"


def _private_cache(shop_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect("file::memory:", uri=True, check_same_thread=False,
                           isolation_level=None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS {SHOP_SCHEMA}", (sqlite_uri(shop_path, mode="ro"),))
        ensure_daily_cache(conn)
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def reading(shop_path: str | Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write the shop and whose daily cache is fresh, closed when
    the block ends. Raises ShopFileError for a file that is not a readable shop."""
    shop_path = Path(shop_path)
    conn = open_for_reading(shop_path)
    try:
        fresh = cache_is_fresh(conn)
    except BaseException:
        conn.close()
        raise
    if not fresh:
        conn.close()
        conn = _private_cache(shop_path)
    try:
        yield conn
    finally:
        conn.close()
