"""Connections the views' workers read the shop through: read-only, never writing it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ShopFileError
from ..models.daily_cache import cache_is_fresh
from ..models.shop_reading import reading
from ..store.files import connect_read_only
from ..writes import refresh_cache


@contextmanager
def read_only(shop_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write, closed when the block ends."""
    conn = connect_read_only(shop_path)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def fresh_cache_connection(shop_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection for metrics that read the daily cache (models/daily_cache.py).
    Writes keep the cache fresh; one an older OpsDesk left stale is rebuilt once by the
    writer (under the store's lock, waiting for a write in progress: seconds on a big
    shop, so only in a worker). A shop that cannot be written gets a private cache in
    memory (models/shop_reading.py)."""
    with read_only(shop_path) as probe:
        stale = not cache_is_fresh(probe)
    if stale:
        with contextlib.suppress(ShopFileError):  # read-only, or busy: read it in memory
            refresh_cache(shop_path)
    with reading(shop_path) as conn:
        yield conn
