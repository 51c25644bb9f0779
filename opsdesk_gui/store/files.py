"""Files the store creates: how SQLite is told their names, who may read them, and writing
an output so that it appears only when whole. No Qt.

A shop file holds buyers' names, phones and addresses, so the shop, its snapshots and
exports of personal data are created readable by the owner only (0600, folders 0700; on
Windows a file in the user's profile is private already and chmod only sets read-only).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_uri(path: str | Path, **params: str) -> str:
    """A file: URI naming exactly `path`: every character that means something in a URI
    (# ? % and spaces, non-ASCII) is percent-escaped, so no file name changes which file
    SQLite opens."""
    uri = Path(path).absolute().as_uri()
    return f"{uri}?{urlencode(params)}" if params else uri


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot write the file (and never creates it)."""
    return sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, check_same_thread=False,
                           isolation_level=None)


def make_private(path: str | Path) -> None:
    """Owner-only permissions for a file or folder the store created."""
    if os.name != "posix":
        return
    path = Path(path)
    # another user's file, or a file system without permissions: left as it is
    with contextlib.suppress(OSError):
        path.chmod(PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def private_folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    make_private(path)
    return path


def remove_with_side_files(path: Path) -> None:
    """A database file and its WAL, shared-memory and rollback journal files."""
    for suffix in ("", *SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def part_name(path: Path) -> Path:
    """Where `path` is written before it is complete (same folder: the rename is atomic)."""
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


@contextmanager
def complete_or_nothing(path: str | Path, *, private: bool = True) -> Iterator[Path]:
    """Write an output under a temporary name, then rename it into place only when the
    block ended without error: a full disk or a crash leaves the old file (or none), never a
    0-byte or half-written one. Yields the temporary path to write to."""
    path = Path(path)
    temporary = part_name(path)
    try:
        yield temporary
        if private:
            make_private(temporary)
        fsync_file(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        if exc.filename == str(temporary):  # the owner knows the file by its real name
            exc.filename = str(path)
        raise
    finally:
        temporary.unlink(missing_ok=True)


def header_problem(path: Path) -> str | None:
    """Why `path` is not a whole SQLite file by its first 100 bytes and its size, if it is
    not: 'empty', 'not_sqlite' or 'cut_off' (shorter than its header says). Cheap."""
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with path.open("rb") as handle:
        head = handle.read(100)
    if not head.startswith(SQLITE_HEADER):
        return "not_sqlite"
    if len(head) < 100:
        return "cut_off"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if head[92:96] == head[24:28] and size < page_size * pages:  # the page count is valid
        return "cut_off"
    return None
