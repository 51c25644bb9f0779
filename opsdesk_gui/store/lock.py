"""The one writer of a shop file: a lock every writer takes (the window, the command line,
another process). No Qt.

The lock is the operating system's lock on `<shop>.lock` (flock on POSIX, msvcrt on
Windows): it is released when its holder's process ends, however it ends, so a dead
holder's lock is simply taken over. The file's text says who holds it and since when,
for the message a second writer gets.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import ShopFileError
from ..jobs import CancelToken
from .files import PRIVATE_FILE

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


WAIT_SECONDS = 10.0  # how long a writer waits for another before it is refused
_POLL = 0.1
# The holder's text starts past the first bytes, which Windows locks.
_TEXT_AT = 16


def lock_path(shop_path: str | Path) -> Path:
    shop_path = Path(shop_path)
    return shop_path.with_name(shop_path.name + ".lock")


@dataclass(frozen=True)
class Holder:
    """Who holds a shop's lock: read from the lock file (may be empty)."""

    who: str = ""
    pid: int = 0
    host: str = ""
    since: str = ""


def read_holder(shop_path: str | Path) -> Holder:
    try:
        text = lock_path(shop_path).read_bytes()[_TEXT_AT:].decode("utf-8")
        data = json.loads(text)
        return Holder(str(data.get("who", "")), int(data.get("pid", 0)),
                      str(data.get("host", "")), str(data.get("since", "")))
    except (OSError, ValueError, TypeError, AttributeError):
        return Holder()


class ShopLock:
    """Held while writing; `acquire` waits up to `timeout` seconds for another writer,
    reporting `waiting(holder)` once, then refuses with ShopFileError('shop_busy')."""

    def __init__(self, shop_path: str | Path, who: str = "") -> None:
        self.shop_path = Path(shop_path)
        self.who = who or Path(sys.argv[0]).name or "opsdesk"
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float = WAIT_SECONDS, *,
                waiting: Callable[[Holder], None] | None = None,
                cancel: CancelToken | None = None) -> None:
        path = lock_path(self.shop_path)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:
            raise ShopFileError("shop_read_only", {"path": str(self.shop_path)}) from exc
        deadline = time.monotonic() + timeout
        told = False
        while not _try_lock(fd):
            if cancel is not None and cancel.cancelled:
                os.close(fd)
                cancel.check()
            holder = read_holder(self.shop_path)
            if time.monotonic() >= deadline:
                os.close(fd)
                raise ShopFileError("shop_busy", {
                    "path": str(self.shop_path), "holder": holder.who or "OpsDesk",
                    "pid": holder.pid or "?", "host": holder.host or "?",
                    "since": holder.since or "?"})
            if waiting is not None and not told:
                waiting(holder)
                told = True
            time.sleep(_POLL)
        self._fd = fd
        self._write_holder()

    def _write_holder(self) -> None:
        text = json.dumps({"who": self.who, "pid": os.getpid(), "host": socket.gethostname(),
                           "since": datetime.now().strftime("%Y-%m-%d %H:%M:%S")})
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, b" " * _TEXT_AT + text.encode("utf-8"))

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> ShopLock:
        if not self.held:
            self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
