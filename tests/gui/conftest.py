import pytest

from opsdesk_gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    """The background runner a widget under test is given; no task may outlive the test."""
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(), "a task was left running"
