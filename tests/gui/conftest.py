from datetime import date

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


# The period the Campaigns tab tests show (the plans' checks are made as of its end).
CAMPAIGN_SELECTION_DAYS = (date(2026, 11, 1), date(2026, 11, 19))


@pytest.fixture
def open_campaigns_tab(qtbot, runner):
    """Opens a shown Campaigns tab on a shop file, waiting until its plans have loaded."""
    from opsdesk_gui.models.period_presets import PeriodSelection
    from opsdesk_gui.models.periods import Period
    from opsdesk_gui.views.campaigns.tab import CampaignsTab

    def open_tab(shop):
        tab = CampaignsTab(runner)
        qtbot.addWidget(tab)
        tab.resize(1366, 720)
        tab.show()
        qtbot.waitExposed(tab)
        with qtbot.waitSignal(tab.loaded, timeout=15_000):
            tab.refresh(shop, PeriodSelection(Period(*CAMPAIGN_SELECTION_DAYS)))
        return tab

    return open_tab
