"""Staged rows on their way to the TEMP staging tables, written as whole Arrow columns.

Binding rows through the `sqlite3` module turns every cell into a Python object and binds
it while holding the GIL (about 2.4 s for 1,000,000 generic lines, and it slows the
cleaning beside it). Here each chunk's tables go to a scratch SQLite file through the
Arrow project's ADBC driver, whose loop is C and lets go of the GIL; once every file is
read, the writer's connection ATTACHes the scratch file and moves its rows into the
staging tables with one `INSERT ... SELECT` each, in the order they came, so a later row
for a key fills in what it states exactly as binding them one by one did.

The scratch file is no part of the shop: the shop is only written inside the import's
transaction, so a killed import leaves the shop as it was (and a scratch file that the
next import deletes, temp_copies.remove_stale_copies). It holds buyer data, so it is
deleted when the import ends.

A frame whose columns Arrow would store differently than the `sqlite3` module binds them
(a column mixing integers and text or floats, dates, categories) is refused by `as_arrow`:
the staging then binds the rest of the import the usual way (merge.Staging.add).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .files import remove_with_side_files

PREFIX = "opsdesk-stage-"
SUFFIX = ".db"
SCHEMA = "opsdesk_raw"  # the scratch file's name on the writer's connection


def _plain_type(kind: pa.DataType) -> bool:
    return (pa.types.is_integer(kind) or pa.types.is_float64(kind)
            or pa.types.is_boolean(kind) or pa.types.is_string(kind)
            or pa.types.is_large_string(kind) or pa.types.is_null(kind))


def _as_column(values: pd.Series) -> pa.Array | None:
    try:
        column = pa.array(values, from_pandas=True)  # NaN and None -> null
    except (pa.ArrowException, OverflowError, TypeError, ValueError):
        return None  # e.g. integers and text in one column, or a huge integer
    if not _plain_type(column.type):
        return None
    if (values.dtype == object and pa.types.is_float64(column.type)
            and pd.api.types.infer_dtype(values, skipna=True) != "floating"):
        return None  # integers or booleans among the floats: Arrow made them floats
    if pa.types.is_null(column.type):  # every cell missing; ADBC needs a real type
        column = pa.nulls(len(column), pa.string())
    return column


def as_arrow(frame: pd.DataFrame) -> pa.Table | None:
    """The frame as an Arrow table whose cells SQLite stores with the same value and type
    as the `sqlite3` module's binding of `merge.column_values` (missing -> NULL); None
    where some column would not."""
    columns = []
    for name in frame.columns:
        column = _as_column(frame[name])
        if column is None:
            return None
        columns.append(column)
    return pa.Table.from_arrays(columns, names=[str(name) for name in frame.columns])


class RawStage:
    """A scratch SQLite file filled through ADBC; one raw table per staged table, with
    no declared column types (no affinity: every value is stored as it comes)."""

    def __init__(self) -> None:
        handle, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=SUFFIX)
        os.close(handle)
        self.path = Path(name)
        self.columns: dict[str, list[str]] = {}  # raw table -> its columns, in order
        self._conn = None

    def _connection(self):
        if self._conn is None:
            import adbc_driver_sqlite.dbapi as adbc  # the first chunk pays its import

            self._conn = adbc.connect(str(self.path), autocommit=True)
            with contextlib.closing(self._conn.cursor()) as cursor:
                cursor.execute("PRAGMA journal_mode = OFF")  # a scratch file
                cursor.execute("PRAGMA synchronous = OFF")
        return self._conn

    def add(self, table: str, rows: pa.Table) -> None:
        import adbc_driver_manager

        try:
            self._add(table, rows)
        except adbc_driver_manager.Error as exc:
            # as sqlite3 says it, so a full disk gets its message (writer.write_error)
            raise sqlite3.OperationalError(str(exc)) from exc

    def _add(self, table: str, rows: pa.Table) -> None:
        conn = self._connection()
        known = self.columns.get(table)
        with contextlib.closing(conn.cursor()) as cursor:
            if known is None:
                known = self.columns[table] = []
                cursor.execute(f"CREATE TABLE raw_{table} (_seq INTEGER PRIMARY KEY)")
            for name in rows.column_names:
                if name not in known:
                    cursor.execute(f"ALTER TABLE raw_{table} ADD COLUMN {name}")
                    known.append(name)
            cursor.adbc_ingest(f"raw_{table}", rows, mode="append")

    def close(self) -> None:
        """Let go of the file (the writer reads it next); idempotent."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def attach(self, conn: sqlite3.Connection) -> None:
        self.close()
        conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (str(self.path),))

    def remove(self, conn: sqlite3.Connection | None) -> None:
        """Detach (outside a transaction) and delete the scratch file."""
        self.close()
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):  # not attached, or already closed
                conn.execute(f"DETACH DATABASE {SCHEMA}")
        with contextlib.suppress(OSError):  # still open somewhere (Windows): left stale
            remove_with_side_files(self.path)
