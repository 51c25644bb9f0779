"""Every figure of the Reports dashboard for one selection, in one plain dataclass, read
off the GUI thread. No Qt.

The figures are the existing models', never recomputed: the cards are
kpi.compare_kpis's (the CLI's `opsdesk kpi`), the trend is trends.compute_trends's, the
funnel funnel.compute_funnel's, the unusual days anomalies.find_anomalies's. What is
added here:

- The daily values behind each card's sparkline. Sales, buyers, visitors and their
  ratios are trends.py's daily series; refunds per day come from the daily cache
  (cache_shop_daily: the refunds OF the orders paid that day by kpi.py's rule, plus
  refunds without an order on their own date), and the cost of goods per day from
  cache_sku_daily × products.cost_cents. A day's margin is NaN when a line of it has no
  cost or an order of it no lines (as kpi.py's gross_margin). A sparkline shows a shape;
  the card's number is always compare_kpis's. The day trend gets `aov_ma7`, spend per
  buyer over the trailing 7 days (their GMV ÷ their buyers, as trends.py's
  conversion_ma7), in cents, unrounded (a line on a chart).
- `GmvBridge`, the "why did GMV change" waterfall: kpi.KpiChange splits ln(GMV2/GMV1)
  exactly into visitors + conversion + AOV. In money (LMDI): part_i = L × ln-term_i with
  L = (GMV2 − GMV1) / ln(GMV2/GMV1), the logarithmic mean (= GMV1 when unchanged), so the
  parts add up to GMV2 − GMV1 in real numbers. Rounded to cents by the largest remainder
  (each part floored, the cents left given to the largest fractions, ties in the order
  visitors, conversion, AOV), so they add up to the delta to the cent.

The connection must carry a fresh daily cache (views/shop_reading.fresh_cache_connection): it
is checked once and handed to every model, so that a switch of period or platform reads
a few hundred cached rows (bench/bench_reports.py). Only the trend grains asked for are
computed (the page asks for another when the operator picks it: `dashboard_trends`).
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..money import allocate_cents
from .anomalies import judge_days
from .cached_sales import CachedSales
from .funnel import Funnel, compute_funnel
from .kpi import KpiChange, KpiComparison, compare_kpis
from .periods import Period
from .rules import home_currency
from .trends import (
    DATE_DTYPE,
    GRAINS,
    MA_DAYS,
    Trends,
    compute_trends,
    divide_cents_series,
    rate_series,
)

BRIDGE_PARTS = ("visitors", "conversion", "aov")

@dataclass(frozen=True)
class GmvBridge:
    """From the base period's GMV to the current one's, in cents: the three parts add up
    to current_gmv - base_gmv exactly."""

    base_gmv: int
    current_gmv: int
    visitors: int
    conversion: int
    aov: int

    @property
    def delta(self) -> int:
        return self.current_gmv - self.base_gmv

    def parts(self) -> list[tuple[str, int]]:
        return [(code, getattr(self, code)) for code in BRIDGE_PARTS]


def gmv_bridge(base_gmv: int, current_gmv: int, change: KpiChange) -> GmvBridge | None:
    """The waterfall's parts in cents; None when the log split is not defined (GMV or
    visitors missing or 0 on either side)."""
    terms = [change.visitors, change.conversion, change.aov]
    if change.gmv is None or any(t is None for t in terms):
        return None
    delta = current_gmv - base_gmv
    # the logarithmic mean of the two GMVs (their common value when unchanged)
    mean = float(base_gmv) if delta == 0 else delta / math.log(current_gmv / base_gmv)
    visitors, conversion, aov = allocate_cents(delta, [mean * t for t in terms])
    return GmvBridge(base_gmv, current_gmv, visitors, conversion, aov)


def card_series(conn: sqlite3.Connection, daily: pd.DataFrame, period: Period,
                platform: str | None, currency: str,
                cache: CachedSales | None = None) -> pd.DataFrame:
    """Per day of the period: the value of every card (see the module docstring)."""
    cache = cache or CachedSales(conn)
    first, last = period.start.isoformat(), period.end.isoformat()
    days = daily["date"]
    shop = cache.days(first, last, platform)
    shop = shop[shop["currency"] == currency]
    refunds = pd.DataFrame({
        "day": shop["day"], "refunds": shop["refund_cents"] + shop["unmatched_refund_cents"],
        "lineless": shop["paid_orders"] - shop["line_orders"],
        "nosku": shop["nosku_lines"]}).groupby("day").sum()
    cost = cache.daily_costs(first, last, platform, currency).groupby("day").sum()
    for frame in (refunds, cost):
        frame.index = pd.DatetimeIndex(pd.to_datetime(frame.index), dtype=DATE_DTYPE)
    refund = refunds["refunds"].reindex(days).fillna(0).astype("int64").reset_index(drop=True)
    lineless = refunds["lineless"].reindex(days).fillna(0).to_numpy()
    known_cost = cost["known_cost"].reindex(days).fillna(0).to_numpy(dtype="float64")
    uncosted = (cost["uncosted_lines"].reindex(days).fillna(0).to_numpy()
                + refunds["nosku"].reindex(days).fillna(0).to_numpy())
    gmv = daily["gmv"].reset_index(drop=True)
    net = gmv - refund
    margin = rate_series(net - known_cost, net)
    margin[(lineless > 0) | (uncosted > 0) | (daily["paid_orders"].to_numpy() == 0)] = np.nan
    visitors = daily["visitors"].reset_index(drop=True)
    return pd.DataFrame({
        "date": days.reset_index(drop=True),
        "gmv": gmv, "visitors": visitors,
        "conversion_rate": daily["conversion"].reset_index(drop=True),
        "aov": daily["aov"].reset_index(drop=True),
        "paid_orders": daily["paid_orders"].reset_index(drop=True),
        "paying_buyers": daily["paying_buyers"].reset_index(drop=True),
        "refund_amount": refund, "refund_rate": rate_series(refund, gmv),
        "net_sales": net, "gross_margin": margin,
        "uv_value": divide_cents_series(gmv, visitors.fillna(0)).where(visitors.notna()),
    })


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows for one selection, in one currency."""

    period: Period
    base: Period
    platform: str | None
    currency: str
    currencies: tuple[str, ...]        # every currency with figures, largest GMV first
    comparison: KpiComparison
    cards: pd.DataFrame                # card_series of the period
    trends: dict[str, Trends]          # by grain, each with the base period overlaid
    funnel: Funnel
    anomalies: pd.DataFrame
    bridge: GmvBridge | None
    unjudged: pd.DataFrame | None = None  # anomalies.UNJUDGED_COLUMNS: days not judged


def compute_dashboard(conn: sqlite3.Connection, period: Period, base: Period,
                      platform: str | None = None, currency: str | None = None,
                      grains: tuple[str, ...] = GRAINS, *,
                      cache: CachedSales | None = None) -> Dashboard:
    """All the dashboard's figures; `currency` None: the home currency of the platform
    (the one most of its orders are in), else the first with figures. The day trend is
    always computed (the cards and the unusual days read it); `grains` adds others."""
    cache = cache or CachedSales.open(conn)
    comparisons = compare_kpis(conn, period, base, platform, cache=cache)
    home = currency or (cache.home_currency(platform) if cache is not None
                        else home_currency(conn, platform))
    if home not in comparisons:
        home = next(iter(comparisons))
    comparison = comparisons[home]
    trends = {grain: dashboard_trends(conn, period, base, platform, home, grain, cache)
              for grain in dict.fromkeys(("day", *grains))}
    change = comparison.change
    bridge = gmv_bridge(change.split_base_gmv, change.split_current_gmv, change)
    judged = judge_days(conn, period, platform, home, cache=cache)
    return Dashboard(
        period=period, base=base, platform=platform, currency=home,
        currencies=tuple(comparisons), comparison=comparison,
        cards=card_series(conn, trends["day"].series, period, platform, home, cache),
        trends={g: trends[g] for g in trends if g in grains or g == "day"},
        funnel=compute_funnel(conn, period, base, platform),
        anomalies=judged.found, bridge=bridge, unjudged=judged.unjudged)


def dashboard_trends(conn: sqlite3.Connection, period: Period, base: Period,
                     platform: str | None, currency: str, grain: str,
                     cache: CachedSales | None = None) -> Trends:
    """The trend at one grain as the dashboard shows it (the day trend with `aov_ma7`)."""
    trends = compute_trends(conn, period, grain, base, platform, currency,
                            cache=cache or CachedSales.open(conn))
    if grain == "day":  # spend per buyer over the 7 days: the ratio of their sums
        for frame in (trends.series, trends.comparison):
            if frame is not None:
                frame[f"aov_ma{MA_DAYS}"] = (frame[f"gmv_ma{MA_DAYS}"]
                                             / frame[f"paying_buyers_ma{MA_DAYS}"]
                                             .where(frame[f"paying_buyers_ma{MA_DAYS}"] > 0))
    return trends
