"""The period bar's presets, relative to an anchor day.

The anchor is the last day the shop's data covers (or today, if that is earlier): an
owner who imports last week's export on Monday wants 'last 7 days' to mean the seven
days the export holds, not a week with nothing in it. Weeks start on Monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .periods import Period

PRESETS = ("today", "yesterday", "last_7_days", "last_30_days", "this_week", "this_month",
           "last_month", "this_year")
COMPARISONS = ("previous", "last_year")


def preset_period(name: str, anchor: date) -> Period:
    if name == "today":
        return Period.day(anchor)
    if name == "yesterday":
        return Period.day(anchor - timedelta(days=1))
    if name == "last_7_days":
        return Period(anchor - timedelta(days=6), anchor)
    if name == "last_30_days":
        return Period(anchor - timedelta(days=29), anchor)
    if name == "this_week":
        return Period(anchor - timedelta(days=anchor.weekday()), anchor)
    if name == "this_month":
        return Period(anchor.replace(day=1), anchor)
    if name == "last_month":
        end = anchor.replace(day=1) - timedelta(days=1)
        return Period(end.replace(day=1), end)
    if name == "this_year":
        return Period(anchor.replace(month=1, day=1), anchor)
    raise ValueError(f"unknown period preset {name!r}")


def comparison_period(period: Period, mode: str) -> Period:
    return period.last_year() if mode == "last_year" else period.previous()


def anchor_day(last_data_day: date | None, today: date) -> date:
    return min(last_data_day, today) if last_data_day else today


@dataclass(frozen=True)
class PeriodSelection:
    """What the period bar hands every tab: the period, what it is compared with, and
    the platform filter (None = all platforms)."""

    period: Period
    mode: str = "previous"
    platform: str | None = None

    @property
    def comparison(self) -> Period:
        return comparison_period(self.period, self.mode)
