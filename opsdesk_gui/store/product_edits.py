"""The owner's edits of the product catalogue: unit cost, safety stock, lead time, category
and tags. No Qt.

`set_product_fields` writes a batch of changes in one transaction and returns what it
overwrote, so that applying the returned changes undoes the batch exactly (the Products
tab's undo stack does). A change to a product the catalogue does not hold yet (sold but
never in a product sheet) adds its row; undoing that change removes the row again.

Values are checked before anything is written (`check_value`): cost in integer cents >= 0,
safety stock an integer >= 0, lead time an integer >= 1 day; category and tags are text,
empty text meaning none. Reading what the owner typed is importers/typed_values.py's job.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime

import pandas as pd

# field -> kind; the field names are the products table's columns
EDITABLE_FIELDS: dict[str, str] = {
    "cost_cents": "money",
    "safety_stock": "int",
    "lead_time_days": "int",
    "category": "text",
    "tags": "text",
}


class BadValue(ValueError):
    """A value the field cannot take; `code` says why: 'not_a_number', 'not_money',
    'negative', 'not_positive', 'unknown_field'."""

    def __init__(self, code: str, field: str, value: object) -> None:
        super().__init__(f"{field}: {value!r} ({code})")
        self.code, self.field, self.value = code, field, value


@dataclass(frozen=True)
class FieldChange:
    """Set `field` of the product (platform, sku) to `value` (None clears it). With
    `remove_row`, the product's row is deleted instead (undoing the row's creation)."""

    platform: str
    sku: str
    field: str
    value: object = None
    remove_row: bool = False


def check_value(field: str, value: object) -> object:
    """The value as stored, or BadValue."""
    kind = EDITABLE_FIELDS.get(field)
    if kind is None:
        raise BadValue("unknown_field", field, value)
    if value is None:
        return None
    if kind == "text":
        text = str(value).strip()
        return text or None
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue("not_money" if kind == "money" else "not_a_number", field, value)
    if field == "lead_time_days" and value < 1:
        raise BadValue("not_positive", field, value)
    if value < 0:
        raise BadValue("negative", field, value)
    return int(value)


def _current(conn: sqlite3.Connection, platform: str, sku: str, field: str):
    row = conn.execute(f"SELECT {field} FROM products WHERE platform = ? AND sku = ?",
                       (platform, sku)).fetchone()
    return row  # None: no row


def set_product_fields(conn: sqlite3.Connection, changes: Iterable[FieldChange]
                       ) -> list[FieldChange]:
    """Apply `changes` in one transaction (all or nothing) and return the changes that undo
    them, in the order to apply. Every value is checked first."""
    changes = list(changes)
    for change in changes:
        if not change.remove_row:
            check_value(change.field, change.value)
    undo: list[FieldChange] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for c in changes:
            if c.remove_row:
                old = conn.execute("SELECT * FROM products WHERE platform = ? AND sku = ?",
                                   (c.platform, c.sku)).fetchone()
                if old is not None:
                    conn.execute("DELETE FROM products WHERE platform = ? AND sku = ?",
                                 (c.platform, c.sku))
                    undo.append(FieldChange(c.platform, c.sku, c.field, None))
                continue
            value = check_value(c.field, c.value)
            row = _current(conn, c.platform, c.sku, c.field)
            if row is None:
                conn.execute(f"INSERT INTO products (platform, sku, {c.field}) VALUES (?, ?, ?)",
                             (c.platform, c.sku, value))
                undo.append(FieldChange(c.platform, c.sku, c.field, remove_row=True))
            else:
                conn.execute(f"UPDATE products SET {c.field} = ? WHERE platform = ? AND sku = ?",
                             (value, c.platform, c.sku))
                undo.append(FieldChange(c.platform, c.sku, c.field, row[0]))
        _log(conn, changes)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    undo.reverse()  # later changes first: a row added by the batch is removed last
    return undo


def _log(conn: sqlite3.Connection, changes: list[FieldChange]) -> None:
    """Recorded, so that undoing the last import can replay them (store/undo.py)."""
    conn.execute(
        "INSERT INTO edits (made_at, after_import, kind, changes) "
        "VALUES (?, (SELECT max(id) FROM imports), 'product_fields', ?)",
        (datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
         json.dumps([asdict(c) for c in changes], ensure_ascii=False)))


def logged_changes(conn: sqlite3.Connection, since_import: int) -> list[FieldChange]:
    """The product edits made after import `since_import` was committed, oldest first."""
    changes: list[FieldChange] = []
    for (text,) in conn.execute(
            "SELECT changes FROM edits WHERE kind = 'product_fields' AND after_import >= ? "
            "ORDER BY id", (since_import,)):
        changes.extend(FieldChange(**change) for change in json.loads(text))
    return changes


def read_product_fields(conn: sqlite3.Connection, platform: str | None = None
                        ) -> pd.DataFrame:
    """The editable fields as the catalogue stores them (the metrics show safety stock and
    lead time with their defaults filled in): platform, sku, tags, sheet_safety_stock,
    sheet_lead_time_days."""
    frame = pd.read_sql_query(
        "SELECT platform, sku, tags, safety_stock AS sheet_safety_stock, "
        "lead_time_days AS sheet_lead_time_days FROM products "
        "WHERE (:platform IS NULL OR platform = :platform)", conn,
        params={"platform": platform})
    for column in ("sheet_safety_stock", "sheet_lead_time_days"):
        frame[column] = frame[column].astype("Int64")
    return frame
