"""The open shop: its path, whether it can be written, and what it holds.

Writing is the store's business (store/writer.py takes one lock per write, for every
window and process), so two windows on one shop both write, one after the other. A shop
that cannot be written (a read-only file or folder) opens read-only: no import, no undo.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..errors import ShopFileError
from ..models.shop_info import shop_info
from ..store import open_for_reading, writing
from ..store.shop import check_shop


class ShopSession:
    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = Path(path)
        if create and not self.path.exists():
            with writing(self.path, create=True, who="new shop"):
                pass  # a new, empty shop file
        check_shop(self.path)  # raises ShopFileError, changing nothing
        try:
            check_shop(self.path, write=True)
            self.read_only = False
        except ShopFileError as exc:
            if exc.code != "shop_read_only":
                raise
            self.read_only = True
        if not self.read_only and _older(self.path):
            with writing(self.path, who="upgrade"):
                pass  # the writer's open brings the schema up to date (migrations only add)
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
        pass  # nothing held between writes


def _older(path: Path) -> bool:
    """Written by an older OpsDesk: readers refuse it until a writer has migrated it."""
    try:
        open_for_reading(path).close()
    except ShopFileError as exc:
        if exc.code == "older_shop":
            return True
        raise
    return False


def read_info(path: Path) -> dict:
    """What the window shows of a shop (status bar, platforms, last day); ~0.25 s on a
    shop of a million lines, so after an import it is read in a worker."""
    conn = open_for_reading(path)
    try:
        return shop_info(conn, recent_imports=1)
    finally:
        conn.close()
