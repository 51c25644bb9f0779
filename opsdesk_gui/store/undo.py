"""Undoing the last import: exactly the last committed import, with the owner's edits made
since then replayed on the restored shop, never dropped silently. No Qt.

`plan_undo` says what an undo would do (for the confirmation: which import, its files,
the edits to replay); `undo_last_import` does it under the store's lock, refusing when
another import committed after the plan was shown.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ShopFileError
from .backups import PART, Backup, check_snapshot, list_backups, restore_into
from .files import connect_read_only, remove_with_side_files, sqlite_uri
from .product_edits import FieldChange, logged_changes, set_product_fields
from .schema import OWNER_TABLES
from .shop import connect, migrate, open_for_reading
from .writer import last_import_id, writing


@dataclass
class UndoPlan:
    import_id: int
    imported_at: str
    files: list[str]
    backup: Backup
    edits: list[FieldChange] = field(default_factory=list)  # replayed after the restore


def _previous_import(conn: sqlite3.Connection, import_id: int) -> int:
    row = conn.execute("SELECT coalesce(max(id), 0) FROM imports WHERE id < ?",
                       (import_id,)).fetchone()
    return row[0]


def _snapshot_before(shop_path: Path, import_id: int, previous: int) -> Backup:
    """The newest snapshot taken before `import_id`: named after it, or (a snapshot from an
    older OpsDesk, named 'import' only) whose own last import is the one before."""
    for backup in list_backups(shop_path):
        if backup.reason != "import" or backup.import_id not in (import_id, None):
            continue
        if backup.import_id is None:
            try:
                probe = connect_read_only(backup.path)
                try:
                    if last_import_id(probe) != previous:
                        continue
                finally:
                    probe.close()
            except sqlite3.DatabaseError:
                continue
        return backup
    raise ShopFileError("snapshot_missing", {"import_id": import_id})


def plan_from(conn: sqlite3.Connection, shop_path: str | Path) -> UndoPlan:
    shop_path = Path(shop_path)
    row = conn.execute("SELECT id, imported_at FROM imports ORDER BY id DESC LIMIT 1"
                       ).fetchone()
    if row is None:
        raise ShopFileError("no_backup", {"path": str(shop_path)})
    import_id, imported_at = row
    files = [name for (name,) in conn.execute(
        "SELECT file_name FROM import_files WHERE import_id = ? ORDER BY rowid", (import_id,))]
    backup = _snapshot_before(shop_path, import_id, _previous_import(conn, import_id))
    has_log = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'edits'").fetchone()
    edits = logged_changes(conn, import_id) if has_log else []
    return UndoPlan(import_id, imported_at, files, backup, edits)


def plan_undo(shop_path: str | Path) -> UndoPlan:
    """What undoing the last import would do, read without writing."""
    conn = open_for_reading(shop_path)
    try:
        return plan_from(conn, shop_path)
    finally:
        conn.close()


def undo_last_import(shop_path: str | Path, expected_import: int | None = None,
                     who: str = "undo") -> UndoPlan:
    """Restore the snapshot taken before the last import, replay the product edits made
    since, and discard the snapshot. `expected_import`: the import the owner confirmed."""
    with writing(shop_path, who=who) as conn:
        plan = plan_from(conn, shop_path)
        if expected_import is not None and plan.import_id != expected_import:
            raise ShopFileError("undo_changed", {"path": str(shop_path)})
        _restore_keeping_owner_data(conn, plan)
        plan.backup.path.unlink(missing_ok=True)
    return plan


def _restore_keeping_owner_data(conn: sqlite3.Connection, plan: UndoPlan) -> None:
    """The snapshot is copied, the product edits made since the import are replayed on the
    copy and the tables only the owner writes (schema.OWNER_TABLES: plans, rules, the
    edits log) are taken over from the shop as it is now; then the copy replaces the shop
    in one step: a kill midway leaves the shop as it was, never restored without them."""
    check_snapshot(plan.backup.path)
    work = plan.backup.path.with_name(plan.backup.path.name + ".replay" + PART)
    remove_with_side_files(work)
    try:
        source = connect_read_only(plan.backup.path)
        copy = connect(work)
        try:
            source.backup(copy)
            migrate(copy)  # a snapshot of an older version has no edits log yet
            if plan.edits:
                set_product_fields(copy, plan.edits)
        finally:
            source.close()
            copy.close()
        _copy_owner_tables(conn, work)
        restore_into(conn, Backup(work, plan.backup.taken_at, plan.backup.reason))
    finally:
        remove_with_side_files(work)


def _copy_owner_tables(conn: sqlite3.Connection, work: Path) -> None:
    """Replace the owner's tables of the database at `work` with the shop's (`conn`)."""
    conn.execute("ATTACH DATABASE ? AS work", (sqlite_uri(work),))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table in reversed(OWNER_TABLES):
                conn.execute(f"DELETE FROM work.{table}")
            for table in OWNER_TABLES:
                columns = ", ".join(row[1] for row in conn.execute(
                    f"PRAGMA main.table_info({table})"))
                conn.execute(f"INSERT INTO work.{table} ({columns}) "
                             f"SELECT {columns} FROM main.{table}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE work")
