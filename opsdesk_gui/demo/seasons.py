"""Daily demand: growth, weekly rhythm, months, the big sale days, Spring Festival.

Days are numbered 0..DAYS-1 from START_DAY. A weight of 1 is an ordinary day of the
first year; the buyers' purchases are drawn in proportion to these weights.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from .events import DAYS, EVENTS, SPRING_FESTIVALS, START_DAY

# Monday first: weekends a little busier, midweek a little quieter.
WEEKDAY = np.array([1.0, 0.95, 0.93, 0.96, 1.0, 1.1, 1.14])
MONTH = np.array([1.05, 0.85, 0.95, 1.0, 1.05, 1.1, 0.9, 0.85, 0.95, 1.05, 1.2, 1.15])
# Hours of an ordinary day: a morning, an afternoon and a long evening peak.
HOURS = np.array([2.2, 1.0, 0.5, 0.3, 0.2, 0.3, 0.7, 1.5, 2.6, 3.6, 4.2, 4.3, 3.6, 3.9, 4.3,
                  4.3, 4.1, 3.7, 3.6, 4.3, 5.4, 6.2, 6.0, 3.9])
# The peak days of 618 and 双11 open at midnight and close late.
PEAK_HOURS = np.array([16.0, 7.0, 2.5, 1.0, 0.4, 0.3, 0.5, 1.0, 2.0, 3.0, 3.5, 3.5, 3.0, 3.2,
                       3.3, 3.3, 3.2, 3.0, 3.0, 3.6, 5.0, 6.5, 7.5, 8.0])
DOUYIN_OPENS = date(2025, 3, 1)


def day_index(day: date) -> int:
    return (day - START_DAY).days


def calendar() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(datetime64[D] days, weekday 0=Monday, month 1..12) of the trading window."""
    days = np.datetime64(START_DAY, "D") + np.arange(DAYS)
    weekday = (days.astype("int64") + 3) % 7
    month = days.astype("datetime64[M]").astype("int64") % 12 + 1
    return days, weekday, month


def event_levels() -> tuple[np.ndarray, np.ndarray]:
    """Per day: the demand multiplier of the events, and a marker of peak days."""
    level = np.ones(DAYS)
    peak = np.zeros(DAYS, dtype=bool)
    for event in EVENTS:
        first, last = day_index(event.starts_on), day_index(event.ends_on)
        if last < 0 or first >= DAYS:
            continue
        lo, hi = max(first, 0), min(last, DAYS - 1)
        # Demand builds towards the peak day.
        ramp = np.linspace(0.85, 1.15, hi - lo + 1) if event.peak else np.ones(hi - lo + 1)
        level[lo:hi + 1] = event.level * ramp
        if event.peak and last < DAYS:
            level[last] = event.peak
            peak[last] = event.peak >= 4
            after = slice(last + 1, min(last + 5, DAYS))
            level[after] = np.minimum(level[after], 0.8)  # the dip after a big sale
            before = slice(max(first - 10, 0), first)
            level[before] = np.minimum(level[before], 0.9)  # buyers wait for the sale
    return level, peak


def spring_festival() -> np.ndarray:
    """Quiet from about ten days before Spring Festival (couriers stop) to a week after."""
    factor = np.ones(DAYS)
    for festival in SPRING_FESTIVALS:
        for offset in range(-12, 12):
            i = day_index(festival + timedelta(days=offset))
            if 0 <= i < DAYS:
                if offset < -3:
                    factor[i] = 1.0 - 0.07 * (offset + 12)
                elif offset < 8:
                    factor[i] = 0.3
                else:
                    factor[i] = 0.3 + 0.15 * (offset - 7)
    return factor


def demand(rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Daily demand weights per storefront (taobao, douyin)."""
    _, weekday, month = calendar()
    t = np.arange(DAYS) / 365.0
    level, _ = event_levels()
    base = (1 + 0.3 * t) * WEEKDAY[weekday] * MONTH[month - 1] * level * spring_festival()
    base *= rng.lognormal(0.0, 0.1, DAYS)
    opens = day_index(DOUYIN_OPENS)
    ramp = np.clip((np.arange(DAYS) - opens) / 240.0, 0.0, 1.0)
    douyin = base * np.where(np.arange(DAYS) >= opens, 0.35 + 0.65 * ramp, 0.0)
    # 抖店 sales run on live streams: a steadier week, weaker platform peaks.
    douyin = douyin * np.where(level > 2, 0.6, 1.0)
    return {"taobao": base, "douyin": douyin}


def peak_days() -> np.ndarray:
    return event_levels()[1]


def sample_seconds(day: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Seconds after midnight for purchases on the given day indexes."""
    peak = peak_days()[day]
    hour = np.where(
        peak,
        rng.choice(24, size=len(day), p=PEAK_HOURS / PEAK_HOURS.sum()),
        rng.choice(24, size=len(day), p=HOURS / HOURS.sum()),
    )
    return hour * 3600 + rng.integers(0, 3600, len(day))
