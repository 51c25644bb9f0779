"""Snapshots of a shop file taken with SQLite's backup API, and restoring them.

A copy of a live WAL database's file loses recent commits (shared/setup.md), so every
snapshot and every restore goes through `Connection.backup`, page by page, in one step.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import ShopFileError

KEEP = 5


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str


def backup_dir(shop_path: str | Path) -> Path:
    shop_path = Path(shop_path)
    return shop_path.with_name(shop_path.name + "-backups")


def snapshot(conn: sqlite3.Connection, shop_path: str | Path, reason: str = "import") -> Backup:
    """Copy the shop as it is now; keep only the newest `KEEP` snapshots."""
    folder = backup_dir(shop_path)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    target = folder / f"{now:%Y%m%d-%H%M%S-%f}_{reason}.opsdesk"
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    for old in list_backups(shop_path)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, now, reason)


def list_backups(shop_path: str | Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(shop_path)
    found = []
    for path in folder.glob("*_*.opsdesk") if folder.is_dir() else []:
        stamp, _, reason = path.stem.partition("_")
        try:
            taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(Backup(path, taken, reason))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def restore(shop_path: str | Path, backup: Backup) -> None:
    """Replace the shop's content with the snapshot's, in one step."""
    source = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    dest = sqlite3.connect(str(shop_path))
    try:
        source.backup(dest)
    finally:
        source.close()
        dest.close()


def undo_last_import(shop_path: str | Path) -> Backup:
    """Restore the snapshot taken before the newest import, and discard it."""
    for backup in list_backups(shop_path):
        if backup.reason == "import":
            restore(shop_path, backup)
            backup.path.unlink(missing_ok=True)
            return backup
    raise ShopFileError("no_backup", {"path": str(shop_path)})
