"""Unusual days: daily GMV or conversion outside its recent normal range. No Qt.

The rule (robust, so that one big day does not move the normal range):

- For each day of the period, the baseline is the same metric over the 28 normal days
  before it: days inside a known campaign (campaigns of the platform or of all
  platforms), days with no figure (conversion without traffic), and days outside the
  shop's data (before its first sale, after its last order of any status: not imported
  yet) are not normal and are skipped, looking further back (up to LOOKBACK_DAYS), so
  that the days after a long campaign are judged against the days before it. Without
  skipped days the 28 are four whole weeks (every weekday weighs the same). Fewer than 14
  normal days: the day is not judged, and `judge_days` says so (`unjudged`).
- expected = the baseline's median m; spread s = 1.4826 x MAD (median absolute deviation
  from m, scaled to a standard deviation for normal data); when MAD is 0 (over half the
  days equal, e.g. a shop that sells on few days) s = 1.2533 x the mean absolute
  deviation from m instead. A floor keeps a flat series from flagging noise:
  s >= 5% of |m| and s >= an absolute floor (GMV 1.00, conversion 0.1 point).
- The normal range is m +- 3 s (clipped at 0, and at 1 for conversion); a value outside
  is flagged with direction 'up' or 'down'.
- A flagged day inside a campaign is kind 'campaign' (expected, not an anomaly) with the
  campaign's name; other flagged days are kind 'anomaly'. `include_campaigns=False`
  leaves campaign days out.
- Days after the shop's data ends (its latest order) are not judged: a missing import is
  not a slump.

Values are trends.py's daily series (one currency: the platform's home currency unless
given): gmv in cents, conversion = paying buyers / visitors.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from .cached_sales import CachedSales
from .periods import Period
from .rules import home_currency, sale
from .trends import campaign_spans, trend_series

WINDOW_DAYS = 28
LOOKBACK_DAYS = 120
MIN_HISTORY = 14
THRESHOLD = 3.0
MAD_SCALE = 1.4826
MEAN_AD_SCALE = 1.2533
RELATIVE_FLOOR = 0.05
ABSOLUTE_FLOORS = {"gmv": 100.0, "conversion": 0.001}
UPPER_LIMITS = {"gmv": np.inf, "conversion": 1.0}
METRICS = ("gmv", "conversion")
COLUMNS = ["date", "metric", "value", "expected", "low", "high", "direction", "kind",
           "campaign"]
# Spans of days of the period left unjudged: first, last (dates), metric, reason
# ('short_history': fewer than MIN_HISTORY normal days before them; 'no_data': after the
# shop's last order, or before its first sale).
UNJUDGED_COLUMNS = ["first", "last", "metric", "reason"]


@dataclass(frozen=True)
class JudgedDays:
    found: pd.DataFrame      # COLUMNS
    unjudged: pd.DataFrame   # UNJUDGED_COLUMNS

_DATA_SPAN_SQL = f"""
SELECT (SELECT min(substr(o.paid_at, 1, 10)) FROM orders o
        WHERE {sale("o")} AND o.currency = :currency
          AND (:platform IS NULL OR o.platform = :platform)),
       (SELECT max(substr(coalesce(paid_at, created_at), 1, 10)) FROM orders
        WHERE (:platform IS NULL OR platform = :platform))
"""


def normal_range(history: np.ndarray, metric: str) -> tuple[float, float, float]:
    """(expected, low, high) from the baseline values (no NaN), by the module's rule."""
    median = float(np.median(history))
    deviations = np.abs(history - median)
    mad = float(np.median(deviations))
    spread = MAD_SCALE * mad if mad > 0 else MEAN_AD_SCALE * float(deviations.mean())
    spread = max(spread, RELATIVE_FLOOR * abs(median), ABSOLUTE_FLOORS[metric])
    low = max(median - THRESHOLD * spread, 0.0)
    high = min(median + THRESHOLD * spread, UPPER_LIMITS[metric])
    return median, low, high


def _campaign_days(conn: sqlite3.Connection, span: Period, platform: str | None
                   ) -> dict[date, str]:
    days: dict[date, str] = {}
    campaigns = campaign_spans(conn, span, platform)
    for name, start, end in zip(campaigns["name"], campaigns["start"], campaigns["end"],
                                strict=True):
        day = start.date()
        while day <= end.date():
            days.setdefault(day, name)
            day += timedelta(days=1)
    return days


def _data_span(conn: sqlite3.Connection, platform: str | None, currency: str,
               cache: CachedSales | None) -> tuple[str | None, str | None]:
    """The shop's first sale day in the currency and its last day of any order."""
    if cache is None:
        return conn.execute(_DATA_SPAN_SQL, {"platform": platform,
                                             "currency": currency}).fetchone()
    first = conn.execute(
        "SELECT min(day) FROM cache_shop_daily WHERE paid_orders > 0 AND currency = ? "
        "AND (? IS NULL OR platform = ?)", (currency, platform, platform)).fetchone()[0]
    return first, cache.last_day(platform)


def find_anomalies(conn: sqlite3.Connection, period: Period, platform: str | None = None,
                   currency: str | None = None, metrics: tuple[str, ...] = METRICS,
                   include_campaigns: bool = True, *, cache: CachedSales | None = None,
                   raw: bool = False) -> pd.DataFrame:
    """The period's unusual days, one row per day and metric: date, metric, value,
    expected, low, high, direction ('up'|'down'), kind ('anomaly'|'campaign'), campaign.
    `cache` and `raw` as for trends.trend_series."""
    return judge_days(conn, period, platform, currency, metrics, include_campaigns,
                      cache=cache, raw=raw).found


def _spans(days: list[tuple[date, str, str]]) -> list[tuple]:
    """Consecutive days of one metric and reason, as (first, last, metric, reason)."""
    spans: list[list] = []
    for day, metric, reason in days:
        last = spans[-1] if spans else None
        if (last and last[2] == metric and last[3] == reason
                and last[1] + timedelta(days=1) == day):
            last[1] = day
        else:
            spans.append([day, day, metric, reason])
    return [tuple(span) for span in spans]


def judge_days(conn: sqlite3.Connection, period: Period, platform: str | None = None,
               currency: str | None = None, metrics: tuple[str, ...] = METRICS,
               include_campaigns: bool = True, *, cache: CachedSales | None = None,
               raw: bool = False) -> JudgedDays:
    """find_anomalies's days, and the spans of the period's days that were not judged."""
    cache = None if raw else cache or CachedSales.open(conn)
    currency = currency or (cache.home_currency(platform) if cache is not None
                            else home_currency(conn, platform))
    span = Period(period.start - timedelta(days=LOOKBACK_DAYS), period.end)
    series = trend_series(conn, span, "day", platform, currency, cache=cache, raw=raw)
    first, last = _data_span(conn, platform, currency, cache)
    if first is None:
        unjudged = [(period.start, period.end, m, "no_data") for m in metrics]
        return JudgedDays(pd.DataFrame(columns=COLUMNS),
                          pd.DataFrame(unjudged, columns=UNJUDGED_COLUMNS))
    days = series["date"].dt.date.to_numpy()
    campaigns = _campaign_days(conn, span, platform)
    in_data = (days >= date.fromisoformat(first)) & (days <= date.fromisoformat(last))
    in_campaign = np.array([d in campaigns for d in days], dtype=bool)
    found, skipped = [], []
    for metric in metrics:
        values = series[metric].astype("float64").to_numpy()
        usable = np.flatnonzero(in_data & ~in_campaign & ~np.isnan(values))
        for i in range(LOOKBACK_DAYS, len(series)):
            if not in_data[i]:
                skipped.append((days[i], metric, "no_data"))
                continue
            if np.isnan(values[i]):
                continue
            before = usable[usable < i][-WINDOW_DAYS:]
            if len(before) < MIN_HISTORY:
                skipped.append((days[i], metric, "short_history"))
                continue
            expected, low, high = normal_range(values[before], metric)
            if low <= values[i] <= high:
                continue
            kind = "campaign" if in_campaign[i] else "anomaly"
            if kind == "campaign" and not include_campaigns:
                continue
            found.append((series["date"].iloc[i], metric, values[i], expected, low, high,
                          "up" if values[i] > high else "down", kind,
                          campaigns.get(days[i])))
    frame = pd.DataFrame(found, columns=COLUMNS)
    frame["campaign"] = pd.Series([c for *_, c in found], index=frame.index, dtype=object)
    unjudged = pd.DataFrame(_spans(sorted(skipped, key=lambda d: (d[1], d[0]))),
                            columns=UNJUDGED_COLUMNS)
    return JudgedDays(frame.sort_values(["date", "metric"], ignore_index=True), unjudged)
