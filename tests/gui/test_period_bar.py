from datetime import date

from opsdesk_gui.models.periods import Period
from opsdesk_gui.views.period_bar import PeriodBar


def test_presets_follow_the_anchor_and_emit(qtbot):
    bar = PeriodBar()
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.selection_changed) as signal:
        bar.set_anchor(date(2026, 3, 4))
    assert signal.args[0].period == Period(date(2026, 2, 3), date(2026, 3, 4))
    with qtbot.waitSignal(bar.selection_changed) as signal:
        bar.set_preset("last_month")
    assert signal.args[0].period == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert not bar.start.isEnabled()


def test_comparison_and_platform(qtbot):
    bar = PeriodBar()
    qtbot.addWidget(bar)
    bar.set_anchor(date(2026, 3, 4))
    bar.set_preset("this_month")
    bar.set_platforms(["taobao"])
    assert bar.platform.isHidden()  # one platform: nothing to choose
    bar.set_platforms(["douyin", "taobao"])
    assert not bar.platform.isHidden()
    with qtbot.waitSignal(bar.selection_changed) as signal:
        bar.set_comparison("last_year")
    assert signal.args[0].comparison == Period(date(2025, 3, 1), date(2025, 3, 4))
    with qtbot.waitSignal(bar.selection_changed) as signal:
        bar.platform.setCurrentIndex(bar.platform.findData("douyin"))
    assert signal.args[0].platform == "douyin"


def test_custom_dates(qtbot):
    bar = PeriodBar()
    qtbot.addWidget(bar)
    bar.set_preset("custom")
    assert bar.start.isEnabled()
    bar.start.setDate(bar.start.date().addDays(-400))
    bar.end.setDate(bar.start.date().addDays(-5))  # before the start: pulled back
    selection = bar.selection()
    assert selection.period.start == selection.period.end
