"""Giving memory the import has freed back to the operating system.

After an import of 1,000,000 lines, glibc's malloc keeps about 450 MB that pandas and
SQLite have freed (many small blocks, so it never shrinks the heap by itself); the daily
cache rebuild that follows then adds its own pages on top and the peak went over 1 GB.
`malloc_trim(0)` returns those pages. Elsewhere (Windows' heap, macOS) it does nothing.
The cyclic garbage collector runs here only on the main thread: in the window the import
runs in a worker, where a collection can deadlock with the GUI thread (tasks.py,
GuiThreadGarbageCollector); the frames freed there are freed by their reference counts.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import sys
import threading


def release_freed_memory() -> None:
    if threading.current_thread() is threading.main_thread():
        gc.collect()
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # musl and others: no malloc_trim
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
