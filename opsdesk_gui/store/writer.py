"""Every write of a shop file goes through `writing`: the store's lock, the file's checks,
cleaning what a killed writer left, and turning a full disk into a message. No Qt.

    with writing(shop_path, who="import") as conn:
        ...  # BEGIN IMMEDIATE ... COMMIT on conn

A second writer (another window, the command line, another process) waits up to
`timeout` seconds (store/lock.py's WAIT_SECONDS), told through `waiting(holder)`, then
is refused naming the holder.
A shop the block created is removed again when the block fails (a failed first import
leaves no file).
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ShopFileError
from ..jobs import CancelToken
from . import backups
from . import lock as lock_module
from .files import remove_with_side_files
from .lock import Holder, ShopLock
from .shop import connect, open_shop


def last_import_id(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM imports").fetchone()[0]


def is_disk_full(error: BaseException, path: Path | None = None) -> bool:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return True
    if isinstance(error, sqlite3.Error) and "disk is full" in str(error):
        return True
    # SQLite reports a -shm file it could not create as an I/O error
    return (isinstance(error, sqlite3.OperationalError) and "disk I/O error" in str(error)
            and path is not None and _free_bytes(path) < 64 * 1024)


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path.parent if not path.is_dir() else path).free
    except OSError:
        return 1 << 40


def write_error(error: BaseException, path: Path) -> ShopFileError | None:
    """The message for a failed write the owner can act on (disk full, permission)."""
    if is_disk_full(error, path):
        return ShopFileError("disk_full", {"path": str(path)})
    if isinstance(error, PermissionError) or (
            isinstance(error, sqlite3.OperationalError) and "readonly" in str(error)):
        return ShopFileError("shop_read_only", {"path": str(path)})
    if isinstance(error, sqlite3.DatabaseError) and "malformed" in str(error):
        return ShopFileError("shop_damaged", {"path": str(path), "detail": str(error)})
    return None


def _open_damaged(path: Path) -> sqlite3.Connection:
    try:
        return open_shop(path).conn
    except ShopFileError as exc:
        if exc.code != "shop_damaged":
            raise
        return connect(path)  # its content is about to be replaced whole


@contextmanager
def writing(shop_path: str | Path, *, create: bool = False, who: str = "",
            timeout: float | None = None, waiting: Callable[[Holder], None] | None = None,
            cancel: CancelToken | None = None, restoring: bool = False
            ) -> Iterator[sqlite3.Connection]:
    """The shop's one writer: yields an autocommit connection (callers BEGIN IMMEDIATE).
    `restoring`: the block replaces the whole content with a checked snapshot, so a
    damaged shop is opened too (the only write a damaged shop accepts)."""
    path = Path(shop_path)
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = ShopLock(path, who)
    lock.acquire(lock_module.WAIT_SECONDS if timeout is None else timeout, waiting=waiting,
                 cancel=cancel)
    new = create and not path.exists()
    conn = None
    try:
        conn = _open_damaged(path) if restoring else open_shop(path, create=create).conn
        with contextlib.suppress(sqlite3.DatabaseError):  # a damaged shop's imports
            backups.clean(path, last_import_id(conn))
        yield conn
    except BaseException as exc:
        if conn is not None:
            conn.close()
            conn = None
        if new:
            remove_with_side_files(path)
            with contextlib.suppress(OSError):  # only when empty
                backups.backup_dir(path).rmdir()
        if (better := write_error(exc, path)) is not None:
            raise better from exc
        raise
    finally:
        if conn is not None:
            conn.close()
        lock.release()
