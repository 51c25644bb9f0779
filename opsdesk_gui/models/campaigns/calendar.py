"""The year's big platform events with their typical phases, prefilled for the current and
the next year; the owner corrects their dates, removes one or adds events of the shop's
own (stored in the shop file: calendar_storage.py), and turns one into a plan. No Qt.

The dates are the usual ones of recent years (platforms announce the exact days each
year): registration closes about three weeks before the warm-up on the big events.
年货节 follows the Spring Festival (a lunar date), so it has its own table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from ...errors import OpsDeskError

# Spring Festival (春节) days; 年货节 ends about two weeks before (couriers stop).
SPRING_FESTIVALS = {2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
                    2028: date(2028, 1, 26), 2029: date(2029, 2, 13)}


@dataclass(frozen=True)
class CalendarEvent:
    key: str                    # 618, double11 …; 'own' for an event the owner added
    name: str                   # '<name> <year>'
    registration_deadline: date
    warmup_start: date
    start: date
    end: date
    encore_end: date
    event_id: str = ""          # 'double11:2026'; 'own:3' for an added one

    def phases(self) -> tuple[date, ...]:
        return (self.registration_deadline, self.warmup_start, self.start, self.end,
                self.encore_end)

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
                         date(year, *start), last, last + timedelta(days=encore_days),
                         f"{key}:{year}")


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
                                       start, end, end, f"new_year_goods:{year}"))
    return events


@dataclass(frozen=True)
class CalendarChange:
    """The owner's version of an event: a prefilled one with other dates or name, one
    removed, or one added (event_id 'own:<n>')."""

    event: CalendarEvent
    removed: bool = False


def check_phases(event: CalendarEvent) -> None:
    """Refuses an event without a name, or whose phases are out of order: registration
    deadline ≤ warm-up ≤ peak from ≤ peak until ≤ encore until."""
    if not event.name.strip():
        raise OpsDeskError("calendar_no_name", {})
    phases = event.phases()
    for earlier, later in pairwise(phases):
        if later < earlier:
            raise OpsDeskError("calendar_phases", {"name": event.name,
                                                   "first": earlier.isoformat(),
                                                   "then": later.isoformat()})


def own_event(number: int, name: str, registration_deadline: date, warmup_start: date,
              start: date, end: date, encore_end: date) -> CalendarEvent:
    return CalendarEvent("own", name, registration_deadline, warmup_start, start, end,
                         encore_end, f"own:{number}")


def calendar(today: date, changes: dict[str, CalendarChange] | None = None
             ) -> list[CalendarEvent]:
    """This year's and next year's events, by start, with the owner's changes: an event
    edited shows its own dates, one removed is left out, the owner's own events of these
    two years are added."""
    changes = changes or {}
    events = platform_events(today.year) + platform_events(today.year + 1)
    shown = [changes[e.event_id].event if e.event_id in changes else e for e in events]
    prefilled = {e.event_id for e in events}
    shown += [c.event for key, c in changes.items()
              if key not in prefilled and c.event.key == "own"
              and c.event.encore_end.year >= today.year]
    removed = {key for key, c in changes.items() if c.removed}
    return sorted((e for e in shown if e.event_id not in removed), key=lambda e: e.start)
