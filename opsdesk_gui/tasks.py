"""The one place that creates threads.

A background operation is a plain function `op(progress, cancel) -> result` that takes
immutable inputs, opens its own SQLite connection, never touches widgets, reports
progress as a fraction and calls `cancel.check()` between steps. `TaskRunner.start` runs
it on a worker and delivers `on_success(result)` or `on_failure(error)` on the GUI thread.
Starting a task under a key that is still running cancels the older one, whose result is
then dropped.

Writes of the shop file go through `submit_write` instead: one queue, one thread, run in
the order submitted (an import, an edit, a cost sheet, a restore, a campaign plan …);
each op takes the store's lock inside (opsdesk_gui/writes.py), so a write of another
process waits too. `wrote(key)` tells the views that the shop changed.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from .errors import OpsDeskError
from .jobs import Cancelled, CancelToken, throttled
from .logs import log_failure

Operation = Callable[[Callable[[float], None], CancelToken], Any]


class _Signals(QObject):
    progressed = Signal(int, float)
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, op: Operation, token: CancelToken,
                 signals: _Signals) -> None:
        super().__init__()
        self.task_id, self.op, self.token, self.signals = task_id, op, token, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        report = throttled(lambda f: self.signals.progressed.emit(self.task_id, f), 0.05)
        try:
            result = self.op(report, self.token)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(self.task_id, exc)
        else:
            self.signals.succeeded.emit(self.task_id, result)


class TaskRunner(QObject):
    """Runs operations off the GUI thread; one live task per key."""

    busy_changed = Signal(bool)
    progressed = Signal(str, float)  # key, fraction
    wrote = Signal(str)  # a write's key, after it succeeded

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)  # one writer, first come first served
        self._writes: set[int] = set()
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._on_job_progressed)
        self._signals.succeeded.connect(self._on_job_succeeded)
        self._signals.failed.connect(self._on_job_failed)
        self._ids = itertools.count(1)
        self._live: dict[int, tuple[str, CancelToken, Callable, Callable | None]] = {}
        self._by_key: dict[str, int] = {}
        self._uncancellable: set[int] = set()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def start(self, key: str, op: Operation, on_success: Callable[[Any], None],
              on_failure: Callable[[BaseException], None] | None = None,
              cancellable: bool = True) -> CancelToken:
        """`cancellable=False` for a write that commits whatever happens (an edit, a
        restore): Cancel leaves it alone, so its result is always applied."""
        self.cancel(key)
        return self._launch(self._pool, key, op, on_success, on_failure, cancellable)

    def submit_write(self, key: str, op: Operation, on_success: Callable[[Any], None],
                     on_failure: Callable[[BaseException], None] | None = None,
                     cancellable: bool = True) -> CancelToken:
        """Queue a write of the shop after the writes submitted before it (an earlier
        write under the same key is not cancelled: both are wanted)."""
        token = self._launch(self._write_pool, key, op, on_success, on_failure, cancellable)
        self._writes.add(self._by_key[key])
        return token

    @property
    def writing(self) -> bool:
        """A write is queued or running."""
        return bool(self._writes)

    def _launch(self, pool: QThreadPool, key: str, op: Operation, on_success, on_failure,
                cancellable: bool) -> CancelToken:
        task_id, token = next(self._ids), CancelToken()
        if not cancellable:
            self._uncancellable.add(task_id)
        was_busy = self.busy
        self._live[task_id] = (key, token, on_success, on_failure)
        self._by_key[key] = task_id
        pool.start(_Job(task_id, op, token, self._signals))
        if not was_busy:
            self.busy_changed.emit(True)
        return token

    def cancel(self, key: str) -> None:
        task_id = self._by_key.get(key)
        if task_id is None or task_id in self._uncancellable:
            return
        del self._by_key[key]
        if task_id in self._live:
            self._live[task_id][1].cancel()

    def cancel_all(self) -> None:
        """Cancel every live task (the status bar's Cancel); their results are dropped."""
        for key in list(self._by_key):
            self.cancel(key)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel everything and wait for the workers (at window close and in tests)."""
        for _, token, _, _ in self._live.values():
            token.cancel()
        done = self._write_pool.waitForDone(timeout_ms) and self._pool.waitForDone(timeout_ms)
        self._live.clear()
        self._by_key.clear()
        self._uncancellable.clear()
        self._writes.clear()
        return done

    def _finish(self, task_id: int) -> tuple | None:
        self._uncancellable.discard(task_id)
        self._writes.discard(task_id)
        entry = self._live.pop(task_id, None)
        if entry and self._by_key.get(entry[0]) == task_id:
            del self._by_key[entry[0]]
        if not self._live:
            self.busy_changed.emit(False)
        if entry is None or entry[1].cancelled:
            return None  # superseded or cancelled: the result is not wanted
        return entry

    @Slot(int, float)
    def _on_job_progressed(self, task_id: int, fraction: float) -> None:
        entry = self._live.get(task_id)
        if entry and not entry[1].cancelled:
            self.progressed.emit(entry[0], fraction)

    @Slot(int, object)
    def _on_job_succeeded(self, task_id: int, result: object) -> None:
        was_write = task_id in self._writes
        entry = self._finish(task_id)
        if entry:
            entry[2](result)
        if was_write and entry is not None:
            self.wrote.emit(entry[0])

    @Slot(int, object)
    def _on_job_failed(self, task_id: int, error: BaseException) -> None:
        cancelled = self._live.get(task_id, (None, CancelToken()))[1].cancelled
        entry = self._finish(task_id)
        if isinstance(error, Cancelled) or cancelled:
            return
        if not isinstance(error, OpsDeskError):  # a bug: its traceback goes to the log file
            log_failure(entry[0] if entry else "background task", error)
        if entry and entry[3]:
            entry[3](error)


class GuiThreadGarbageCollector(QObject):
    """Python's cyclic garbage collector runs in whichever thread happens to allocate when a
    threshold is passed. In a worker it can destroy Qt objects (a closed window's menus)
    there, and deadlock with the GUI thread destroying their parents: seen as a test run
    that hung, a worker's gc waiting for the GIL inside ~QObject while the GUI thread, GIL
    held, waited for that QObject's mutex. So automatic collection is switched off and this
    collects on the GUI thread from a timer, generation by generation as gc would."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    @Slot()
    def collect(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest due, which includes the younger ones
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
