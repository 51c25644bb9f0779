"""Periods of days: the span every metric is computed over, and the spans it is compared with.

A `Period` runs from `start` to `end`, both days included. In the shop file's times
('YYYY-MM-DD HH:MM:SS', shop-local wall time) it covers [start 00:00:00, end 23:59:59];
`time_bounds()` gives that as a half-open text range [start, day after end) so that
times with fractions of a second or without a time are never lost at the edges.

- `previous()`: the period of the same length just before (March 1-31 -> January 30 -
  February 29 in a leap year, both 31 days).
- `last_year()`: the same calendar dates a year earlier; February 29 becomes February 28.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..errors import OpsDeskError

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class PeriodError(OpsDeskError, ValueError):
    """A day that cannot be read, or a period that ends before it starts."""


def parse_day(text: str) -> date:
    """'2024-03-31' -> date(2024, 3, 31); anything else (other layouts, 2023-02-29)
    raises PeriodError('bad_day')."""
    value = str(text).strip()
    if not _DAY.match(value):
        raise PeriodError("bad_day", {"value": text})
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise PeriodError("bad_day", {"value": text}) from None


def same_day_years_before(day: date, years: int = 1) -> date:
    """The same calendar day `years` earlier; February 29 -> February 28."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # only Feb 29 into a common year
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("period_reversed",
                              {"start": self.start.isoformat(), "end": self.end.isoformat()})

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        """Period.parse('2024-03-01', '2024-03-31')."""
        return cls(parse_day(start), parse_day(end))

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length ending the day before this one starts."""
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def last_year(self) -> Period:
        """The same dates one year earlier (Feb 29 -> Feb 28)."""
        return Period(same_day_years_before(self.start), same_day_years_before(self.end))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def time_bounds(self) -> tuple[str, str]:
        """('YYYY-MM-DD', 'YYYY-MM-DD' of the day after the end): compare shop-file times
        with `>= first AND < second`."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()

    def as_dict(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}

    def __str__(self) -> str:
        return f"{self.start.isoformat()} .. {self.end.isoformat()}"
