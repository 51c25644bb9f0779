"""The part of the daily cache that is not a sum: who bought and what sold, per day, as
arrays of numbers, so that a period's distinct paying buyers and its cost of goods are
computed from a few hundred small rows instead of the orders. No Qt.

Tables (built by daily_cache's rebuild, in its transaction; numbers are only meaningful
within one build, which is all a cache ever holds):

- cache_sku_no (no, platform, sku): a number for every (platform, sku) that sold.
- cache_day_ids (platform, currency, day): buyers (how many distinct paying buyers),
  buyer_nos (their numbers, sorted, int32 little-endian: a buyer is (platform, buyer_id),
  an order without buyer_id a buyer of its own, as kpi.py counts them), and the day's
  sold SKUs as three parallel arrays: sku_nos (int32), sku_units (int64, the lines' qty)
  and sku_lines (int32, how many lines) over the sale lines of qty > 0 with a sku (the
  rows of cache_sku_daily, which counts the same lines).
"""

from __future__ import annotations

import sqlite3
from itertools import pairwise

import numpy as np
import pandas as pd

from .rules import sale

ID_TABLES = ("cache_sku_no", "cache_day_ids")
BUYER_DTYPE, SKU_DTYPE, UNITS_DTYPE, LINES_DTYPE = "<i4", "<i4", "<i8", "<i4"

_TABLES = [
    "CREATE TABLE cache_sku_no (no INTEGER PRIMARY KEY, platform TEXT NOT NULL, "
    "sku TEXT NOT NULL, UNIQUE (platform, sku))",
    """CREATE TABLE cache_day_ids (
        platform TEXT NOT NULL, currency TEXT NOT NULL, day TEXT NOT NULL,
        buyers INTEGER NOT NULL, buyer_nos BLOB NOT NULL, sku_nos BLOB NOT NULL,
        sku_units BLOB NOT NULL, sku_lines BLOB NOT NULL,
        PRIMARY KEY (platform, currency, day)) WITHOUT ROWID""",
]

_BUYERS_SQL = f"""
SELECT platform, currency, substr(paid_at, 1, 10) AS day,
       CASE WHEN buyer_id IS NULL THEN 'o' || order_id ELSE 'b' || buyer_id END AS buyer
FROM orders o WHERE {sale("o")}
"""
_SKUS_SQL = """
SELECT platform, sku, currency, day, units, lines FROM cache_sku_daily WHERE lines > 0
ORDER BY platform, sku
"""
_KEYS = ["platform", "currency", "day"]


def _groups(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[tuple], list[slice]]:
    """The frame sorted by day key then number; the keys and each key's rows in it."""
    frame = frame.sort_values([*_KEYS, "no"], kind="stable", ignore_index=True)
    key = frame[_KEYS]
    starts = np.flatnonzero(key.ne(key.shift()).any(axis=1).to_numpy())
    bounds = np.append(starts, len(frame)).tolist()
    return (frame, list(key.iloc[starts].itertuples(index=False, name=None)),
            [slice(a, b) for a, b in pairwise(bounds)])


def build_day_ids(conn: sqlite3.Connection) -> None:
    """Fill the tables from the orders and cache_sku_daily (already built)."""
    for statement in _TABLES:
        conn.execute(statement)
    empty = b""
    rows: dict[tuple, list] = {}
    buyers = pd.read_sql_query(_BUYERS_SQL, conn)
    if len(buyers):
        buyers["no"] = pd.factorize(buyers["platform"] + "\x1f" + buyers["buyer"])[0]
        buyers = buyers.drop(columns="buyer").drop_duplicates()
        buyers, keys, spans = _groups(buyers)
        numbers = buyers["no"].to_numpy()
        for key, where in zip(keys, spans, strict=True):
            ids = numbers[where].astype(BUYER_DTYPE)
            rows[key] = [len(ids), ids.tobytes(), empty, empty, empty]
    skus = pd.read_sql_query(_SKUS_SQL, conn)
    if len(skus):
        skus["no"] = pd.factorize(skus["platform"] + "\x1f" + skus["sku"])[0]
        named = skus.drop_duplicates("no")
        conn.executemany("INSERT INTO cache_sku_no (no, platform, sku) VALUES (?, ?, ?)",
                         zip(named["no"].tolist(), named["platform"], named["sku"],
                             strict=True))
        skus, keys, spans = _groups(skus)
        numbers, units, lines = (skus[c].to_numpy() for c in ("no", "units", "lines"))
        for key, where in zip(keys, spans, strict=True):
            row = rows.setdefault(key, [0, empty, empty, empty, empty])
            row[2:] = [numbers[where].astype(SKU_DTYPE).tobytes(),
                       units[where].astype(UNITS_DTYPE).tobytes(),
                       lines[where].astype(LINES_DTYPE).tobytes()]
    conn.executemany(
        "INSERT INTO cache_day_ids (platform, currency, day, buyers, buyer_nos, sku_nos, "
        "sku_units, sku_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(*key, *row) for key, row in sorted(rows.items())])
