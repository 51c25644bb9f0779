"""The open shop: its path, whether this window may write to it, and what it holds.

A second OpsDesk opening the same shop finds the lock taken and works read-only (no
import, no undo), so two writers never meet in one file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..models.shop_info import shop_info
from ..store import open_shop


class ShopSession:
    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = Path(path)
        db = open_shop(self.path, create=create)  # raises ShopFileError, changing nothing
        db.conn.close()
        self._lock = QLockFile(str(self.path) + ".lock")
        self._lock.setStaleLockTime(0)  # a lock whose process died is taken over
        self.read_only = not self._lock.tryLock(100)
        self.info: dict = {}  # read_info's, read by the window in a worker

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def last_day(self) -> date | None:
        last = self.info.get("last_order_date")
        return date.fromisoformat(last) if last else None

    @property
    def platforms(self) -> list[str]:
        return list(self.info.get("platforms", []))

    def close(self) -> None:
        if not self.read_only:
            self._lock.unlock()


def read_info(path: Path) -> dict:
    """What the window shows of a shop (status bar, platforms, last day); ~0.25 s on a
    shop of a million lines, so after an import it is read in a worker."""
    db = open_shop(path)
    try:
        return shop_info(db.conn, recent_imports=1)
    finally:
        db.conn.close()
