"""Staging and merging imported rows, counting what was added, updated or unchanged.

An import first stages every file's rows in TEMP tables with the target's natural key.
A later row for the same key fills in what it states and keeps what it does not (the
order file and the line file of one export describe the same order). Merging then
inserts the new keys and updates only rows whose stated values differ, so importing
the same data twice writes nothing.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

import pandas as pd

NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "products": ("platform", "sku"),
    "buyers": ("platform", "buyer_id"),
    "orders": ("platform", "order_id"),
    "order_lines": ("platform", "order_id", "line_id"),
    "refunds": ("platform", "refund_id"),
    "traffic": ("platform", "scope", "subject", "period_start", "period_end"),
    "ad_spend": ("platform", "channel", "campaign", "day"),
}
# Parents before children, for the foreign keys.
MERGE_ORDER = ("products", "buyers", "orders", "order_lines", "refunds", "traffic", "ad_spend")


@dataclass
class MergeCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def _insert_expressions(conn: sqlite3.Connection, table: str) -> list[str]:
    """Staged values to insert; a staged NULL takes the column's declared default
    (an explicit NULL would bypass it)."""
    return [f"coalesce({name}, {default})" if default is not None else name
            for _, name, _, _, default, _ in conn.execute(f"PRAGMA main.table_info({table})")]


def column_values(series: pd.Series) -> list:
    """A column as plain Python values with None for missing, ready for sqlite3."""
    if series.dtype.kind in "iub" and not series.hasnans:  # Int64 with <NA>: below
        return series.tolist()
    if series.dtype.kind == "f":
        values = series.to_numpy()
        return [None if v != v else float(v) for v in values.tolist()]
    values = series.to_numpy(dtype=object, na_value=None)
    if isinstance(series.dtype, pd.Int64Dtype | pd.BooleanDtype):
        return [None if v is None else int(v) for v in values]
    return values.tolist()


# Rows per INSERT statement when staging: binding a multi-row VALUES list costs about half
# of what executemany row by row does (bench/, docs/performance.md). Rows of one statement
# are applied in order, so a key repeated within a statement coalesces as it would
# across statements.
ROWS_PER_INSERT = 100
BULK_MERGE_ROWS = 50_000  # from this many rows into an empty table, indexes are built after
_PLAIN_INDEX = re.compile(r"\s*CREATE\s+INDEX\s", re.IGNORECASE)


def _insert_rows(conn: sqlite3.Connection, head: str, tail: str, columns: list[list]) -> None:
    """Run `head (?, ...), (?, ...) tail` over the rows whose column values are `columns`."""
    width, count = len(columns), len(columns[0])
    flat: list = [None] * (width * count)  # row-major: row i's values at i*width...
    for position, values in enumerate(columns):
        if len(values) != count:
            raise ValueError("columns of different lengths")
        flat[position::width] = values
    row = "(" + ", ".join("?" * width) + ")"
    per = max(1, min(ROWS_PER_INSERT, 30_000 // width, count))
    whole = count // per * per
    if whole:
        step = per * width
        conn.executemany(head + ", ".join([row] * per) + tail,
                         (flat[i:i + step] for i in range(0, whole * width, step)))
    if whole < count:
        conn.execute(head + ", ".join([row] * (count - whole)) + tail, flat[whole * width:])


class Staging:
    """TEMP tables holding one import's rows until they are merged into the shop."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._columns: dict[str, list[str]] = {}

    def _ensure(self, table: str) -> list[str]:
        if table not in self._columns:
            columns = table_columns(self.conn, table)
            keys = NATURAL_KEYS[table]
            self.conn.execute(f"DROP TABLE IF EXISTS temp.stage_{table}")
            self.conn.execute(
                f"CREATE TEMP TABLE stage_{table} ({', '.join(columns)}, "
                f"PRIMARY KEY ({', '.join(keys)}))"
            )
            self._columns[table] = columns
        return self._columns[table]

    def add(self, table: str, frame: pd.DataFrame) -> None:
        """Stage rows; a row for a key already staged fills in what it states."""
        if frame.empty:
            return
        known = self._ensure(table)
        columns = [c for c in frame.columns if c in known]
        unknown = set(frame.columns) - set(known)
        if unknown:
            raise ValueError(f"{table} has no columns {sorted(unknown)}")
        keys = NATURAL_KEYS[table]
        values = [column_values(frame[c]) for c in columns]
        fill = [c for c in columns if c not in keys]
        on_conflict = (
            "DO UPDATE SET " + ", ".join(f"{c} = coalesce(excluded.{c}, {c})" for c in fill)
            if fill
            else "DO NOTHING"
        )
        head = f"INSERT INTO temp.stage_{table} ({', '.join(columns)}) VALUES "
        tail = f" ON CONFLICT ({', '.join(keys)}) {on_conflict}"
        _insert_rows(self.conn, head, tail, values)

    @property
    def tables(self) -> list[str]:
        return [t for t in MERGE_ORDER if t in self._columns]

    def staged_count(self, table: str) -> int:
        if table not in self._columns:
            return 0
        return self.conn.execute(f"SELECT count(*) FROM temp.stage_{table}").fetchone()[0]

    def merge(self, table: str) -> MergeCounts:
        """Insert new keys, update changed rows; the caller holds the transaction."""
        columns = self._columns[table]
        keys = NATURAL_KEYS[table]
        fill = [c for c in columns if c not in keys]
        staged = self.staged_count(table)
        match = " AND ".join(f"t.{k} = s.{k}" for k in keys)
        updated = 0
        if fill:
            differs = " OR ".join(f"(s.{c} IS NOT NULL AND s.{c} IS NOT t.{c})" for c in fill)
            cursor = self.conn.execute(
                f"UPDATE main.{table} AS t SET "
                + ", ".join(f"{c} = coalesce(s.{c}, t.{c})" for c in fill)
                + f" FROM temp.stage_{table} AS s WHERE {match} AND ({differs})"
            )
            updated = cursor.rowcount
        rebuild = self._indexes_to_rebuild(table, staged)
        for name, _ in rebuild:
            self.conn.execute(f'DROP INDEX main."{name}"')
        cursor = self.conn.execute(
            f"INSERT INTO main.{table} ({', '.join(columns)}) "
            f"SELECT {', '.join(_insert_expressions(self.conn, table))} "
            f"FROM temp.stage_{table} WHERE true "
            f"ON CONFLICT DO NOTHING"
        )
        added = cursor.rowcount
        for _, sql in rebuild:
            self.conn.execute(sql)
        return MergeCounts(added=added, updated=updated, unchanged=staged - added - updated)

    def _indexes_to_rebuild(self, table: str, staged: int) -> list[tuple[str, str]]:
        """The plain (non-unique) indexes of a table the merge fills from empty with many
        rows: building them afterwards, sorted at once, is cheaper than inserting every
        row into them (1M lines: about 1.5 s less). They are back before the merge ends,
        inside the caller's transaction."""
        if staged < BULK_MERGE_ROWS or self.conn.execute(
                f"SELECT 1 FROM main.{table} LIMIT 1").fetchone():
            return []
        return [(name, sql) for name, sql in self.conn.execute(
            "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", (table,)) if _PLAIN_INDEX.match(sql)]

    def drop(self) -> None:
        for table in list(self._columns):
            self.conn.execute(f"DROP TABLE IF EXISTS temp.stage_{table}")
        self._columns.clear()

