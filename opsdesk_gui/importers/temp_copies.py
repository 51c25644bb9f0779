"""Temporary UTF-8 copies of exports in other encodings (the fast CSV reader reads
UTF-8 only). A copy holds the export's buyer data; it is deleted when its reading ends,
but a killed import leaves it behind: the next import deletes the copies of processes
that are gone. A copy's name carries the id of the process that made it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PREFIX = "opsdesk-utf8-"


def new_copy() -> tuple[int, Path]:
    """An open handle and the path of a new, empty copy."""
    handle, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=".csv")
    return handle, Path(name)


def remove_stale_copies(folder: str | Path | None = None) -> int:
    """Delete the copies left by processes that no longer run; how many were deleted."""
    removed = 0
    for path in Path(folder or tempfile.gettempdir()).glob(f"{PREFIX}*.csv"):
        pid = path.name[len(PREFIX):].partition("-")[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _running(int(pid)):
            continue
        try:
            path.unlink()
            removed += 1
        except OSError:  # in use (Windows), or already gone
            pass
    return removed


def _running(pid: int) -> bool:
    if os.name == "nt":
        # os.kill would end the process on Windows; a copy in use cannot be deleted there,
        # so trying to delete it is the check.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
