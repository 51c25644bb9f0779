import pytest
from PySide6.QtCore import QSettings

from opsdesk_gui.settings import Settings
from opsdesk_gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    """The background runner a widget under test is given; no task may outlive the test."""
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(), "a task was left running"


@pytest.fixture
def settings(tmp_path):
    """Settings in a file of the test's own."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    """A main window with no shop open yet, closed at the end of the test."""
    from opsdesk_gui.views.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    yield window
    window.close()
