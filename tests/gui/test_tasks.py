"""Background work: results on the GUI thread, progress, cancel, one task per key."""

import gc
import threading
import time

from PySide6.QtCore import QThread

from opsdesk_gui.tasks import GuiThreadGarbageCollector


def test_result_arrives_on_the_gui_thread(qtbot, runner):
    seen = {}

    def op(progress, cancel):
        seen["worker"] = QThread.currentThread()
        progress(0.5)
        return 42

    def on_success(result):
        seen["result"], seen["gui"] = result, QThread.currentThread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start("sum", op, on_success)
    assert seen["result"] == 42
    assert seen["gui"] is not seen["worker"]


def test_failure_goes_to_the_handler(qtbot, runner):
    errors = []

    def op(progress, cancel):
        raise ValueError("bad file")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start("x", op, lambda r: None, errors.append)
    assert [str(e) for e in errors] == ["bad file"]


def test_a_new_task_cancels_the_old_one_of_the_same_key(qtbot, runner):
    release = threading.Event()
    results = []

    def slow(progress, cancel):
        while not release.is_set():
            cancel.check()
            time.sleep(0.01)
        return "old"

    first = runner.start("period", slow, results.append)
    with qtbot.waitSignal(runner.busy_changed, timeout=5000,
                          check_params_cb=lambda busy: not busy):
        runner.start("period", lambda p, c: "new", results.append)
        release.set()
    assert first.cancelled
    assert results == ["new"]


def test_cancel_leaves_a_write_alone_and_its_result_lands(qtbot, runner):
    release = threading.Event()
    results = []

    def write(progress, cancel):  # commits whatever happens: never checks cancel
        release.wait(5)
        return "written"

    token = runner.start("edit", write, results.append, cancellable=False)
    runner.cancel_all()  # the status bar's Cancel
    runner.cancel("edit")
    assert not token.cancelled
    with qtbot.waitSignal(runner.busy_changed, timeout=5000,
                          check_params_cb=lambda busy: not busy):
        release.set()
    assert results == ["written"]


def test_progress_is_reported_with_its_key(qtbot, runner):
    fractions = []
    runner.progressed.connect(lambda key, f: fractions.append((key, f)))

    def op(progress, cancel):
        for step in range(1, 5):
            progress(step / 4)
            time.sleep(0.06)
        return None

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.start("import", op, lambda r: None)
    qtbot.wait(50)
    assert fractions and fractions[-1] == ("import", 1.0)
    assert all(key == "import" for key, _ in fractions)


def test_the_status_bar_shows_long_work_and_cancels_it(qtbot, runner):
    from opsdesk_gui.views.status_area import SHOW_AFTER_MS, BackgroundWork

    work = BackgroundWork(runner)
    qtbot.addWidget(work)
    stopped = threading.Event()
    results = []

    def op(progress, cancel):
        progress(0.25)
        try:
            while True:
                cancel.check()
                time.sleep(0.01)
        finally:
            stopped.set()

    runner.start("long", op, results.append)
    assert work.isHidden()  # quick work never flashes a bar
    qtbot.waitUntil(lambda: not work.isHidden(), timeout=SHOW_AFTER_MS + 2000)
    qtbot.waitUntil(lambda: work.progress.value() == 250)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        work.cancel_button.click()
    assert stopped.wait(2)
    assert work.isHidden() and results == []


def test_garbage_is_collected_on_the_gui_thread_not_in_a_worker(qtbot):
    """A cycle becomes garbage; the collector's timer frees it, on the GUI thread."""
    freed_on = []

    class Node:
        def __del__(self):
            freed_on.append(threading.current_thread() is threading.main_thread())

    thresholds = gc.get_threshold()
    gc.set_threshold(1, 10, 10)
    try:
        collector = GuiThreadGarbageCollector(interval_ms=10)
        assert not gc.isenabled()
        node = Node()
        node.self = node  # a cycle: only the collector frees it
        del node
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
        assert freed_on == [True]
        collector.deleteLater()
    finally:
        gc.set_threshold(*thresholds)
