"""Cancelling and reporting progress of long work, without Qt.

A worker receives a `CancelToken` and a progress callback; it calls `token.check()`
between steps (raising `Cancelled`) and reports progress as a fraction from 0 to 1.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

ProgressCallback = Callable[[float], None]


class Cancelled(Exception):
    """Raised inside a worker when its token was cancelled."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def throttled(callback: ProgressCallback | None, interval: float = 0.1) -> ProgressCallback:
    """Pass progress on at most every `interval` seconds (and always the final 1.0)."""
    last = [0.0]

    def report(fraction: float) -> None:
        now = time.monotonic()
        if callback and (fraction >= 1.0 or now - last[0] >= interval):
            last[0] = now
            callback(min(max(fraction, 0.0), 1.0))

    return report
