"""Snapshots of a shop file taken with SQLite's backup API, checked, and restoring them.

A copy of a live WAL database's file loses recent commits (shared/setup.md), so every
snapshot and every restore goes through `Connection.backup`, page by page, in one step.

A snapshot is written under a `.part` name, checked (quick_check, application id,
version) and renamed into place only when whole, and checked again with the full
integrity_check before it is restored; a snapshot is named after the import it
precedes (`…_import-12.opsdesk`), so undo restores exactly the snapshot of the last
committed import. Everything here runs under the store's lock (store/writer.py), which
also makes it safe to clean what a killed writer left: `.part` files, snapshots of imports
that never committed, broken snapshots and stray -wal/-shm files.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import ShopFileError
from .files import (
    SIDE_FILES,
    connect_read_only,
    fsync_file,
    header_problem,
    make_private,
    private_folder,
    remove_with_side_files,
    sqlite_uri,
)
from .schema import APPLICATION_ID, LATEST_VERSION

KEEP = 5
PART = ".part"
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str  # "import" (before an import) or "restore" (before restoring another)
    import_id: int | None = None  # the import this snapshot was taken before


def backup_dir(shop_path: str | Path) -> Path:
    shop_path = Path(shop_path)
    return shop_path.with_name(shop_path.name + "-backups")


def check_snapshot(path: Path, thorough: bool = True) -> None:
    """ShopFileError('snapshot_damaged') unless `path` is a whole, readable shop file.
    `thorough`: SQLite's integrity_check (before a restore); else its quick_check, which
    finds what a full disk or a kill leaves (missing or torn pages) in a third of the
    time (a snapshot just written from a shop that passed its own checks)."""
    def damaged(detail: str) -> ShopFileError:
        return ShopFileError("snapshot_damaged", {"path": str(path), "detail": detail})

    try:
        if path.stat().st_size == 0:
            raise damaged("empty file")
    except FileNotFoundError:
        raise damaged("missing") from None
    conn = connect_read_only(path)
    try:
        check = "integrity_check" if thorough else "quick_check"
        verdict = conn.execute(f"PRAGMA {check}(1)").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise damaged(str(exc)) from exc
    finally:
        conn.close()
    if verdict != "ok":
        raise damaged(verdict)
    if app_id != APPLICATION_ID or not 1 <= version <= LATEST_VERSION:
        raise damaged("not a shop file of this version")


def snapshot(conn: sqlite3.Connection, shop_path: str | Path, reason: str = "import",
             import_id: int | None = None) -> Backup:
    """Copy the shop as `conn` sees it now into a checked snapshot. Keeping only the newest
    `KEEP` is `prune`'s job, once the write that needed the snapshot has committed."""
    folder = private_folder(backup_dir(shop_path))
    now = datetime.now()
    label = f"{reason}-{import_id}" if import_id is not None else reason
    target = folder / f"{now:{_STAMP}}_{label}.opsdesk"
    part = target.with_name(target.name + PART)
    try:
        dest = sqlite3.connect(sqlite_uri(part), uri=True)
        try:
            conn.backup(dest)
            # a snapshot is only ever read: no WAL, so reading it leaves no -wal/-shm
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        make_private(part)
        try:
            check_snapshot(part, thorough=False)
        except ShopFileError as exc:  # a faithful copy of a damaged shop
            raise ShopFileError("shop_damaged", {"path": str(shop_path),
                                                 "detail": exc.params["detail"]}) from exc
        fsync_file(part)
        os.replace(part, target)
    except BaseException:
        remove_with_side_files(part)
        raise
    return Backup(target, now, reason, import_id)


def _parse(path: Path) -> Backup | None:
    stamp, _, label = path.stem.partition("_")
    reason, _, number = label.partition("-")
    try:
        taken = datetime.strptime(stamp, _STAMP)
        import_id = int(number) if number else None
    except ValueError:
        return None
    return Backup(path, taken, reason, import_id)


def list_backups(shop_path: str | Path) -> list[Backup]:
    """The snapshots, newest first (one failing the cheap header check is not one)."""
    folder = backup_dir(shop_path)
    found = []
    for path in folder.glob("*_*.opsdesk") if folder.is_dir() else []:
        backup = _parse(path)
        if backup is not None and header_problem(path) is None:
            found.append(backup)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def clean(shop_path: str | Path, last_import_id: int) -> None:
    """Remove what killed or failed writers left (call with the store's lock held):
    `.part` files, side files, empty snapshots and those of imports that never committed."""
    folder = backup_dir(shop_path)
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        name = path.name
        if name.endswith(PART) or any(name.endswith(PART + s) for s in SIDE_FILES):
            path.unlink(missing_ok=True)
        elif any(name.endswith(s) for s in SIDE_FILES):
            # a snapshot is never open while the lock is held: a -journal beside one is
            # a kill in the middle of writing it, so the snapshot goes too
            path.unlink(missing_ok=True)
            if name.endswith("-journal"):
                Path(str(path)[:-len("-journal")]).unlink(missing_ok=True)
    for backup in list(folder.glob("*_*.opsdesk")):
        parsed = _parse(backup)
        if parsed is None:
            continue
        never_committed = parsed.import_id is not None and parsed.import_id > last_import_id
        if never_committed or header_problem(backup) is not None:
            backup.unlink(missing_ok=True)


def prune(shop_path: str | Path) -> None:
    """Keep the newest `KEEP` snapshots."""
    for old in list_backups(shop_path)[KEEP:]:
        old.path.unlink(missing_ok=True)


def keep_damaged_copy(shop_path: str | Path) -> Backup:
    """A byte copy of a damaged shop (and its WAL) before a snapshot replaces it, for
    whoever tries to rescue it later; never listed as a snapshot."""
    shop_path = Path(shop_path)
    now = datetime.now()
    target = private_folder(backup_dir(shop_path)) / f"{now:{_STAMP}}_damaged.opsdesk-damaged"
    for suffix, copy_suffix in (("", ""), ("-wal", ".wal")):  # clean() removes *-wal
        source = Path(str(shop_path) + suffix)
        if source.exists():
            copy = Path(str(target) + copy_suffix)
            shutil.copyfile(source, copy)
            make_private(copy)
    return Backup(target, now, "damaged")


def replace_damaged(shop_path: str | Path, backup: Backup) -> None:
    """Restore into a shop SQLite cannot write any more (a cut-off or corrupt file): the
    checked snapshot is copied beside it and renamed over it (call with the lock held and
    no connection to the shop open)."""
    check_snapshot(backup.path)
    shop_path = Path(shop_path)
    part = shop_path.with_name(f".{shop_path.name}{PART}")
    remove_with_side_files(part)
    try:
        source, dest = connect_read_only(backup.path), sqlite3.connect(sqlite_uri(part), uri=True)
        try:
            source.backup(dest)
        finally:
            source.close()
            dest.close()
        make_private(part)
        fsync_file(part)
        for suffix in SIDE_FILES:  # the damaged file's WAL must not be replayed into it
            Path(str(shop_path) + suffix).unlink(missing_ok=True)
        os.replace(part, shop_path)
    finally:
        remove_with_side_files(part)


def restore_into(conn: sqlite3.Connection, backup: Backup) -> None:
    """Replace the content of the shop `conn` writes with the snapshot's, in one step,
    after checking the snapshot again; a damaged one is refused, the shop untouched."""
    check_snapshot(backup.path)
    source = connect_read_only(backup.path)
    try:
        source.backup(conn)
    finally:
        source.close()
