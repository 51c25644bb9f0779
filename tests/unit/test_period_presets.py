from datetime import date

import pytest

from opsdesk_gui.models.period_presets import (
    PRESETS,
    anchor_day,
    comparison_period,
    preset_period,
)
from opsdesk_gui.models.periods import Period

ANCHOR = date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize("name,start,end", [
    ("today", date(2026, 3, 4), date(2026, 3, 4)),
    ("yesterday", date(2026, 3, 3), date(2026, 3, 3)),
    ("last_7_days", date(2026, 2, 26), date(2026, 3, 4)),
    ("last_30_days", date(2026, 2, 3), date(2026, 3, 4)),
    ("this_week", date(2026, 3, 2), date(2026, 3, 4)),
    ("this_month", date(2026, 3, 1), date(2026, 3, 4)),
    ("last_month", date(2026, 2, 1), date(2026, 2, 28)),
    ("this_year", date(2026, 1, 1), date(2026, 3, 4)),
])
def test_presets(name, start, end):
    assert preset_period(name, ANCHOR) == Period(start, end)


def test_every_preset_is_known():
    assert all(preset_period(name, ANCHOR) for name in PRESETS)
    with pytest.raises(ValueError):
        preset_period("next_year", ANCHOR)


def test_last_month_in_january_and_in_a_leap_year():
    assert preset_period("last_month", date(2026, 1, 15)) == Period(date(2025, 12, 1),
                                                                    date(2025, 12, 31))
    assert preset_period("last_month", date(2024, 3, 10)) == Period(date(2024, 2, 1),
                                                                   date(2024, 2, 29))


def test_comparison_and_anchor():
    week = Period(date(2026, 3, 2), date(2026, 3, 8))
    assert comparison_period(week, "previous") == Period(date(2026, 2, 23), date(2026, 3, 1))
    assert comparison_period(week, "last_year") == Period(date(2025, 3, 2), date(2025, 3, 8))
    assert anchor_day(date(2026, 2, 1), date(2026, 3, 4)) == date(2026, 2, 1)
    assert anchor_day(None, date(2026, 3, 4)) == date(2026, 3, 4)
    assert anchor_day(date(2027, 1, 1), date(2026, 3, 4)) == date(2026, 3, 4)
