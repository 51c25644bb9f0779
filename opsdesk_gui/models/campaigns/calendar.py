"""The year's big platform events with their typical phases, prefilled for the current and
the next year; the owner turns one into a plan and edits its dates. No Qt.

The dates are the usual ones of recent years (platforms announce the exact days each
year): registration closes about three weeks before the warm-up on the big events.
年货节 follows the Spring Festival (a lunar date), so it has its own table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# Spring Festival (春节) days; 年货节 ends about two weeks before (couriers stop).
SPRING_FESTIVALS = {2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
                    2028: date(2028, 1, 26), 2029: date(2029, 2, 13)}


@dataclass(frozen=True)
class CalendarEvent:
    key: str                    # 618, double11 …; the name shown is '<name> <year>'
    name: str
    registration_deadline: date
    warmup_start: date
    start: date
    end: date
    encore_end: date

    def plan_fields(self) -> dict:
        return {"name": self.name, "kind": "platform", "start": self.start.isoformat(),
                "end": self.end.isoformat(),
                "registration_deadline": self.registration_deadline.isoformat(),
                "warmup_start": self.warmup_start.isoformat(),
                "encore_end": self.encore_end.isoformat()}


def _event(key: str, name: str, year: int, warmup: tuple[int, int], start: tuple[int, int],
           end: tuple[int, int], encore_days: int, register_days: int = 21) -> CalendarEvent:
    warm = date(year, *warmup)
    last = date(year, *end)
    return CalendarEvent(key, f"{name} {year}", warm - timedelta(days=register_days), warm,
                         date(year, *start), last, last + timedelta(days=encore_days))


def platform_events(year: int) -> list[CalendarEvent]:
    events = [
        _event("women_day", "38节", year, (2, 28), (3, 1), (3, 8), 0, 14),
        _event("618", "618", year, (5, 20), (6, 1), (6, 18), 2),
        _event("99", "99大促", year, (8, 28), (9, 1), (9, 9), 0, 14),
        _event("double11", "双11", year, (10, 20), (11, 1), (11, 11), 2),
        _event("double12", "双12", year, (12, 1), (12, 8), (12, 12), 0, 14),
    ]
    if (festival := SPRING_FESTIVALS.get(year)) is not None:
        end = festival - timedelta(days=12)
        start = end - timedelta(days=14)
        events.insert(0, CalendarEvent("new_year_goods", f"年货节 {year}",
                                       start - timedelta(days=21), start - timedelta(days=5),
                                       start, end, end))
    return events


def calendar(today: date) -> list[CalendarEvent]:
    """This year's and next year's events, by start."""
    return sorted(platform_events(today.year) + platform_events(today.year + 1),
                  key=lambda e: e.start)
