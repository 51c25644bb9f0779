"""Daily, weekly and monthly series of the core metrics for the Reports tab. No Qt.

The figures are kpi.py's, per bucket (one currency, one platform or all):

- A sale is an order with `paid_at` in the bucket and `status != 'unpaid'`. gmv (支付金额,
  cents), paid_orders, units (coalesce(orders.units, the sum of its lines' positive qty))
  add up across days. paying_buyers (支付买家数) are distinct (platform, buyer_id) within
  each bucket (an order without buyer_id is a buyer of its own): a buyer who pays on
  Monday and on Tuesday is one buyer of that week, so weekly and monthly buyers are
  counted over the bucket, never summed from the days. aov (客单价) = gmv / paying_buyers,
  rounded half away from zero to the cent.
- Buckets: days; Monday-to-Sunday weeks; calendar months. `date` is the bucket's nominal
  first day (the Monday, the 1st), `start`/`end` the part of it inside the period (the
  first and last buckets may be cut: `partial`), `days` how many days that is.
- visitors (访客数) come from traffic rows of scope 'shop', per platform: for a day, the
  row exported for that day; for a week or a month, the row exported for exactly the
  bucket's `start`..`end`, else the sum of the daily rows inside it, marked
  `visitors_approximate` (visitors are de-duplicated within the exported period and do not
  add across days). No usable row: visitors is NaN (unknown, not zero). As in kpi.py, a
  platform's visitors go with the currencies it sold in over the period (without sales
  there, its home currency), and when a platform that sold in the currency has no traffic
  rows in the period at all, every bucket's visitors are marked approximate.
  conversion = paying_buyers / visitors (NaN when visitors is unknown or 0).
- Missing days are zero for sums and NaN for ratios (aov, conversion).
- The daily series carries a trailing 7-day moving average (`*_ma7`) of gmv, paid_orders,
  paying_buyers, units and visitors: the mean of the day and the 6 days before it within
  the period, NaN until 7 days exist (the first 6 days of the period) and wherever one of
  the 7 values is NaN. conversion_ma7 = paying_buyers_ma7 / visitors_ma7 (the ratio of the
  week's totals, not the mean of daily rates, which would overweight quiet days).
- Comparison: the base period's series aligned by offset (the current period's day 1
  with the base's day 1; for weeks and months, bucket 1 with bucket 1) for overlaying:
  `base_` columns beside the current ones, NaN where the base period is shorter.
- Campaigns overlapping the period (of the platform or of all platforms) for shading.

Currency: never added. Without `currency` the series is in the home currency of the
selected platform(s) (the one most of their orders are in; CNY for an empty shop).

Reading: `daily_sales` (additive sums and daily buyers per day); weekly and monthly sums
are the sum of its days. Distinct buyers of a week or month (`bucket_buyers`) are not
additive. With a fresh daily cache (cached_sales.CachedSales) both come from it (the
buckets' buyers as the union of the days' buyer numbers); else from the orders, the
reference the cache path is tested against.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from .cached_sales import CachedSales
from .periods import Period
from .rules import home_currency, sale_in_period

GRAINS = ("day", "week", "month")
DATE_DTYPE = "datetime64[ns]"
MA_DAYS = 7
MA_COLUMNS = ("gmv", "paid_orders", "paying_buyers", "units", "visitors")

_BUYER = ("CASE WHEN o.buyer_id IS NULL THEN 'o' || o.platform || char(31) || o.order_id "
          "ELSE 'b' || o.platform || char(31) || o.buyer_id END")
_SALES_WHERE = f"""{sale_in_period("o")}
  AND (:platform IS NULL OR o.platform = :platform) AND o.currency = :currency"""
_UNITS = """coalesce(o.units, (SELECT sum(l.qty) FROM order_lines l
                              WHERE l.platform = o.platform AND l.order_id = o.order_id
                                AND l.qty > 0), 0)"""

_DAILY_SALES_SQL = f"""
SELECT substr(o.paid_at, 1, 10) AS day, sum(coalesce(o.paid_cents, 0)) AS gmv,
       count(*) AS paid_orders, count(DISTINCT {_BUYER}) AS paying_buyers,
       sum({_UNITS}) AS units
FROM orders o WHERE {_SALES_WHERE}
GROUP BY day
"""

# The Monday on or before a day: back 6 days, then forward to the next Monday.
_BUCKET_SQL = {
    "day": "substr(o.paid_at, 1, 10)",
    "week": "date(substr(o.paid_at, 1, 10), '-6 days', 'weekday 1')",
    "month": "substr(o.paid_at, 1, 7) || '-01'",
}

_SELLING_SQL = f"""
SELECT DISTINCT o.platform, o.currency FROM orders o
WHERE {sale_in_period("o")} AND (:platform IS NULL OR o.platform = :platform)
"""

_SHOP_TRAFFIC_SQL = """
SELECT platform, period_start, period_end, sum(visitors) AS visitors
FROM traffic
WHERE scope = 'shop' AND visitors IS NOT NULL
  AND period_start >= :first AND period_end <= :last
  AND (:platform IS NULL OR platform = :platform)
GROUP BY platform, period_start, period_end
"""

_CAMPAIGNS_SQL = """
SELECT id, name, platform, kind, mechanic, starts_on, ends_on FROM campaigns
WHERE starts_on <= :last AND ends_on >= :first
  AND (:platform IS NULL OR platform IS NULL OR platform = :platform)
ORDER BY starts_on, id
"""


def divide_cents_series(cents: pd.Series, counts: pd.Series) -> pd.Series:
    """Money / count per row, rounded half away from zero to the cent (exact integer
    arithmetic, as money.divide_cents); NaN where the count is 0 or missing."""
    c = cents.fillna(0).astype("int64").to_numpy()
    n = counts.fillna(0).astype("int64").to_numpy()
    safe = np.where(n > 0, n, 1)
    rounded = np.sign(c) * ((2 * np.abs(c) + safe) // (2 * safe))
    return pd.Series(np.where(n > 0, rounded, np.nan), index=cents.index, dtype="float64")


def rate_series(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    """numerator / denominator as floats; NaN where the denominator is 0 or missing."""
    den = denominator.astype("float64")
    return (numerator.astype("float64") / den.where(den > 0)).astype("float64")


def _bucket_start(day: date, grain: str) -> date:
    if grain == "week":
        return day - timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    return day


def _next_bucket(first: date, grain: str) -> date:
    if grain == "week":
        return first + timedelta(days=7)
    if grain == "month":
        return (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first + timedelta(days=1)


def buckets(period: Period, grain: str = "day") -> pd.DataFrame:
    """The period's buckets: date (nominal first day), start, end (inside the period),
    days, partial (the bucket is cut by the period's edges)."""
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {GRAINS}, not {grain!r}")
    if grain == "day":  # the common case, without a loop over the days
        dates = pd.date_range(period.start, period.end, freq="D").astype(DATE_DTYPE)
        return pd.DataFrame({"date": dates, "start": dates, "end": dates,
                             "days": np.ones(len(dates), dtype="int64"),
                             "partial": np.zeros(len(dates), dtype=bool)})
    rows = []
    first = _bucket_start(period.start, grain)
    while first <= period.end:
        after = _next_bucket(first, grain)
        start, end = max(first, period.start), min(after - timedelta(days=1), period.end)
        rows.append((first, start, end, (end - start).days + 1, start != first or
                     end != after - timedelta(days=1)))
        first = after
    frame = pd.DataFrame(rows, columns=["date", "start", "end", "days", "partial"])
    for column in ("date", "start", "end"):
        frame[column] = pd.to_datetime(frame[column]).astype(DATE_DTYPE)
    frame["days"] = frame["days"].astype("int64")
    frame["partial"] = frame["partial"].astype(bool)
    return frame


def _params(period: Period, platform: str | None, currency: str) -> dict:
    start, after = period.time_bounds()
    return {"start": start, "after": after, "platform": platform, "currency": currency}


def _cache(conn: sqlite3.Connection, cache: CachedSales | None, raw: bool
           ) -> CachedSales | None:
    return None if raw else cache or CachedSales.open(conn)


def daily_sales(conn: sqlite3.Connection, period: Period, platform: str | None,
                currency: str, cache: CachedSales | None = None) -> pd.DataFrame:
    """Per day with sales: day ('YYYY-MM-DD'), gmv, paid_orders, paying_buyers, units.
    Days without sales have no row. `cache`: read it instead of the orders."""
    if cache is not None:
        days = cache.days(period.start.isoformat(), period.end.isoformat(), platform)
        days = days[(days["currency"] == currency) & (days["paid_orders"] > 0)]
        frame = days.groupby("day", sort=True, as_index=False)[
            ["gmv_cents", "paid_orders", "buyers", "units"]].sum().rename(
            columns={"gmv_cents": "gmv", "buyers": "paying_buyers"})
    else:
        frame = pd.read_sql_query(_DAILY_SALES_SQL, conn,
                                  params=_params(period, platform, currency))
    for column in ("gmv", "paid_orders", "paying_buyers", "units"):
        frame[column] = frame[column].fillna(0).astype("int64")
    return frame


def bucket_buyers(conn: sqlite3.Connection, period: Period, grain: str, platform: str | None,
                  currency: str, cache: CachedSales | None = None) -> pd.Series:
    """Distinct paying buyers per bucket, indexed by the bucket's nominal first day."""
    if cache is not None:
        counts = cache.distinct_buyers(
            period.start.isoformat(), period.end.isoformat(), platform, currency,
            lambda day: _bucket_start(date.fromisoformat(day), grain).isoformat())
        index = pd.DatetimeIndex(list(counts), dtype=DATE_DTYPE)
        return pd.Series(list(counts.values()), index=index, dtype="int64")
    sql = (f"SELECT {_BUCKET_SQL[grain]} AS bucket, count(DISTINCT {_BUYER}) FROM orders o "
           f"WHERE {_SALES_WHERE} GROUP BY bucket")
    rows = conn.execute(sql, _params(period, platform, currency)).fetchall()
    index = pd.DatetimeIndex([b for b, _ in rows], dtype=DATE_DTYPE)
    return pd.Series([int(n) for _, n in rows], index=index, dtype="int64")


def selling_currencies(conn: sqlite3.Connection, period: Period,
                       platform: str | None, cache: CachedSales | None = None
                       ) -> dict[str, set[str]]:
    """platform -> the currencies it sold in over the period."""
    start, after = period.time_bounds()
    selling: dict[str, set[str]] = {}
    if cache is not None:
        days = cache.days(period.start.isoformat(), period.end.isoformat(), platform)
        sold = days.loc[days["paid_orders"] > 0, ["platform", "currency"]].drop_duplicates()
        for p, c in sold.itertuples(index=False):
            selling.setdefault(p, set()).add(c)
        return selling
    for p, c in conn.execute(_SELLING_SQL, {"start": start, "after": after,
                                            "platform": platform}):
        selling.setdefault(p, set()).add(c)
    return selling


def lends_to(conn: sqlite3.Connection, platform: str, selling: dict[str, set[str]],
             homes: dict[str, str], currency: str, cache: CachedSales | None = None) -> bool:
    """Whether a platform's traffic goes with `currency`: it sold in it over the period,
    or it sold nothing there and `currency` is its home currency (homes: a memo)."""
    if platform in selling:
        return currency in selling[platform]
    if platform not in homes:
        homes[platform] = (cache.home_currency(platform) if cache is not None
                           else home_currency(conn, platform))
    return homes[platform] == currency


def bucket_visitors(conn: sqlite3.Connection, period: Period, grain: str,
                    platform: str | None, currency: str,
                    cache: CachedSales | None = None) -> pd.DataFrame:
    """Per bucket of `buckets(period, grain)`: visitors (float, NaN when unknown) and
    visitors_approximate, by the rule of the module docstring."""
    frame = buckets(period, grain)
    rows = pd.read_sql_query(_SHOP_TRAFFIC_SQL, conn, params={
        "first": period.start.isoformat(), "last": period.end.isoformat(),
        "platform": platform})
    selling, homes = selling_currencies(conn, period, platform, cache), {}
    used = [p for p in rows["platform"].unique()
            if lends_to(conn, p, selling, homes, currency, cache)]
    blind = any(currency in cs and p not in set(used) for p, cs in selling.items())
    visitors = np.full(len(frame), np.nan)
    approximate = np.zeros(len(frame), dtype=bool)
    starts = frame["start"].dt.strftime("%Y-%m-%d").tolist()
    ends = frame["end"].dt.strftime("%Y-%m-%d").tolist()
    for p in used:
        mine = rows[rows["platform"] == p]
        exact = {(s, e): int(v) for s, e, v in zip(mine["period_start"], mine["period_end"],
                                                  mine["visitors"], strict=True)}
        daily = mine[mine["period_start"] == mine["period_end"]].sort_values("period_start")
        day_keys = daily["period_start"].astype(str).to_numpy()
        # sums of the daily rows in [s, e] by difference of running totals
        running = np.concatenate([[0], np.cumsum(daily["visitors"].astype("int64"))]).tolist()
        lows = np.searchsorted(day_keys, starts, side="left").tolist()
        highs = np.searchsorted(day_keys, ends, side="right").tolist()
        for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
            if (s, e) in exact:
                value, approx = exact[(s, e)], False
            elif highs[i] > lows[i]:
                value, approx = running[highs[i]] - running[lows[i]], True
            else:
                continue
            visitors[i] = value if np.isnan(visitors[i]) else visitors[i] + value
            approximate[i] |= approx
    known = ~np.isnan(visitors)
    return pd.DataFrame({"date": frame["date"], "visitors": visitors,
                         "visitors_approximate": approximate | (known & blind)})


def trend_series(conn: sqlite3.Connection, period: Period, grain: str = "day",
                 platform: str | None = None, currency: str | None = None, *,
                 cache: CachedSales | None = None, raw: bool = False) -> pd.DataFrame:
    """The period's series at `grain` ('day', 'week', 'month'); one row per bucket, every
    bucket present. Columns: date, start, end, days, partial, gmv, paid_orders,
    paying_buyers, units, aov, visitors, visitors_approximate, conversion; for days also
    the *_ma7 moving averages. `cache`: a fresh cache already checked (else the daily
    cache is used when fresh); `raw`: read the orders."""
    cache = _cache(conn, cache, raw)
    currency = currency or (cache.home_currency(platform) if cache is not None
                            else home_currency(conn, platform))
    frame = buckets(period, grain)
    sales = daily_sales(conn, period, platform, currency, cache)
    days = pd.to_datetime(sales["day"]).astype(DATE_DTYPE)
    keys = days if grain == "day" else pd.to_datetime(
        [_bucket_start(d.date(), grain) for d in days]).astype(DATE_DTYPE)
    sums = sales[["gmv", "paid_orders", "paying_buyers", "units"]].groupby(
        pd.Index(keys, name="date")).sum()
    if grain != "day":  # distinct within the bucket, not the sum of the days
        sums["paying_buyers"] = bucket_buyers(conn, period, grain, platform, currency, cache)
    frame = frame.join(sums, on="date")
    for column in ("gmv", "paid_orders", "paying_buyers", "units"):
        frame[column] = frame[column].fillna(0).astype("int64")
    frame["aov"] = divide_cents_series(frame["gmv"], frame["paying_buyers"])
    traffic = bucket_visitors(conn, period, grain, platform, currency, cache)
    frame["visitors"] = traffic["visitors"].to_numpy()
    frame["visitors_approximate"] = traffic["visitors_approximate"].to_numpy()
    frame["conversion"] = rate_series(frame["paying_buyers"], frame["visitors"])
    if grain == "day":
        add_moving_averages(frame)
    return frame


def add_moving_averages(frame: pd.DataFrame, days: int = MA_DAYS) -> None:
    """Trailing `days`-day means of a daily series, in place (see the module docstring)."""
    for column in MA_COLUMNS:
        frame[f"{column}_ma{days}"] = (frame[column].astype("float64")
                                       .rolling(days, min_periods=days).mean())
    frame[f"conversion_ma{days}"] = rate_series(frame[f"paying_buyers_ma{days}"],
                                                frame[f"visitors_ma{days}"])


def compare_series(current: pd.DataFrame, base: pd.DataFrame) -> pd.DataFrame:
    """`current` with the `base` series beside it, aligned by position (offset 0 = the
    first day or bucket of each): columns offset, the current ones, and base_<column>
    for every base column (base_date included). NaN where the base is shorter."""
    left = current.reset_index(drop=True)
    right = base.reset_index(drop=True).add_prefix("base_").iloc[:len(left)]
    result = left.join(right)
    result.insert(0, "offset", np.arange(len(result), dtype="int64"))
    return result


def campaign_spans(conn: sqlite3.Connection, period: Period,
                   platform: str | None = None) -> pd.DataFrame:
    """Campaigns overlapping the period, of the platform or of every platform: id, name,
    platform, kind, mechanic, starts_on, ends_on, and start/end clipped to the period
    (for shading)."""
    frame = pd.read_sql_query(_CAMPAIGNS_SQL, conn, params={
        "first": period.start.isoformat(), "last": period.end.isoformat(),
        "platform": platform})
    frame["starts_on"] = pd.to_datetime(frame["starts_on"]).astype(DATE_DTYPE)
    frame["ends_on"] = pd.to_datetime(frame["ends_on"]).astype(DATE_DTYPE)
    frame["start"] = frame["starts_on"].clip(lower=pd.Timestamp(period.start))
    frame["end"] = frame["ends_on"].clip(upper=pd.Timestamp(period.end))
    return frame


@dataclass(frozen=True)
class Trends:
    """What the Reports tab's trend chart shows."""

    period: Period
    grain: str
    currency: str
    series: pd.DataFrame
    comparison: pd.DataFrame | None   # series with base_ columns, when a base was given
    campaigns: pd.DataFrame


def compute_trends(conn: sqlite3.Connection, period: Period, grain: str = "day",
                   base: Period | None = None, platform: str | None = None,
                   currency: str | None = None, *, cache: CachedSales | None = None,
                   raw: bool = False) -> Trends:
    cache = _cache(conn, cache, raw)
    currency = currency or (cache.home_currency(platform) if cache is not None
                            else home_currency(conn, platform))
    series = trend_series(conn, period, grain, platform, currency, cache=cache, raw=raw)
    comparison = None
    if base is not None:
        comparison = compare_series(series, trend_series(conn, base, grain, platform, currency,
                                                         cache=cache, raw=raw))
    return Trends(period, grain, currency, series, comparison,
                  campaign_spans(conn, period, platform))
