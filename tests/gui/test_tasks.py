"""Background work: results on the GUI thread, progress, cancel, one task per key."""

import threading
import time

import pytest
from PySide6.QtCore import QThread

from opsdesk_gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(), "a task was left running"


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
