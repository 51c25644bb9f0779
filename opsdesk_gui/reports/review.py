"""The content of a daily snapshot, weekly review or monthly review, built from the models:
key figures against the comparison period with the GMV change split, daily trend, top and
slowest products, channels, after-sales and unusual days. Plain data, no wording. No Qt.

Periods (`review_period`), for a period end day D:
- daily: D, compared with the day before;
- weekly: the seven days ending on D, compared with the seven days before;
- monthly: D's calendar month (1st to last day), compared with the calendar month before
  (not the same number of days before: a month is read against a month).

One currency: the home currency of the selected platform(s) (the one most of their orders
are in), as the trend chart; currencies never add.

The GMV change split (`gmv_split`): kpi.py gives ln(GMV2/GMV1) = ln(visitors ratio) +
ln(conversion ratio) + ln(spend-per-buyer ratio). Each factor is given the share of the GMV
change in cents that its log term is of the whole (log-share attribution, LMDI), rounded
to the cent by largest remainders so that the parts add up to the change exactly: the
amounts are models.dashboard.gmv_bridge's, so the printed review and the dashboard's
waterfall agree to the cent. Without usable visitors on both sides, the split is paying
buyers x spend per buyer instead, shared out the same way.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from ..models.aftersales import refund_analysis
from ..models.anomalies import judge_days
from ..models.channels import channel_table
from ..models.dashboard import allocate_cents, gmv_bridge
from ..models.kpi import KpiComparison, compare_kpis
from ..models.periods import Period
from ..models.product_metrics import ProductSummary, product_metrics, product_summary
from ..models.rules import home_currency, sale
from ..models.trends import compute_trends, trend_series

KINDS = ("daily", "weekly", "monthly")
TOP_PRODUCTS = 10
BOTTOM_PRODUCTS = 10
TOP_REFUNDED = 5
DAILY_TREND_DAYS = 30  # a daily snapshot's chart shows the month leading up to the day

# (code, kind) of the key figures, in the order operators read them (as the Reports tab).
KPI_METRICS = (
    ("gmv", "money"), ("visitors", "int"), ("conversion_rate", "rate"), ("aov", "money"),
    ("paid_orders", "int"), ("paying_buyers", "int"), ("units", "int"),
    ("aov_per_order", "money"), ("refund_amount", "money"), ("refund_rate", "rate"),
    ("net_sales", "money"), ("gross_margin", "rate"), ("uv_value", "money"),
)

_LAST_SALE_DAY_SQL = f"""
SELECT max(substr(o.paid_at, 1, 10)) FROM orders o
WHERE {sale("o")} AND (:platform IS NULL OR o.platform = :platform)
"""


def review_period(kind: str, end: date) -> Period:
    if kind == "daily":
        return Period.day(end)
    if kind == "weekly":
        return Period(end - timedelta(days=6), end)
    if kind == "monthly":
        first = end.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return Period(first, following - timedelta(days=1))
    raise ValueError(f"unknown review kind {kind!r}")


def review_base(kind: str, period: Period) -> Period:
    """The comparison period: the previous calendar month for a monthly review, else the
    period of the same length just before."""
    if kind == "monthly":
        return review_period("monthly", period.start - timedelta(days=1))
    return period.previous()


def last_sale_day(conn: sqlite3.Connection, platform: str | None = None) -> date | None:
    day = conn.execute(_LAST_SALE_DAY_SQL, {"platform": platform}).fetchone()[0]
    return date.fromisoformat(day) if day else None


@dataclass(frozen=True)
class GmvFactor:
    """One factor of the GMV change: 'visitors', 'conversion', 'aov' or 'buyers'."""

    code: str
    base: float | int | None       # the factor's value in the comparison period
    current: float | int | None
    log: float                     # ln(current / base)
    amount: int                    # its share of the GMV change, in cents


def gmv_split(comparison: KpiComparison) -> tuple[GmvFactor, ...]:
    """The factors of the GMV change (module docstring); empty when one of the periods has
    no sales."""
    change, now, before = comparison.change, comparison.current, comparison.base
    if change.gmv is None:
        return ()
    bridge = gmv_bridge(change.split_base_gmv, change.split_current_gmv, change)
    if bridge is not None:  # the dashboard's waterfall, to the cent
        factors = [("visitors", before.visitors, now.visitors, change.visitors),
                   ("conversion", before.conversion_rate, now.conversion_rate,
                    change.conversion),
                   ("aov", before.scoped_aov, now.scoped_aov, change.aov)]
        amounts = [bridge.visitors, bridge.conversion, bridge.aov]
    elif change.aov is not None:
        factors = [("buyers", before.paying_buyers, now.paying_buyers,
                    math.log(now.paying_buyers / before.paying_buyers)),
                   ("aov", before.aov, now.aov, change.aov)]
        delta = change.gmv_delta
        # the logarithmic mean of the two GMVs, as dashboard.gmv_bridge
        mean = float(before.gmv) if delta == 0 else delta / change.gmv
        amounts = allocate_cents(delta, [mean * f[3] for f in factors])
    else:
        return ()
    return tuple(GmvFactor(code, base, current, log, amount)
                 for (code, base, current, log), amount in zip(factors, amounts, strict=True))


@dataclass(frozen=True)
class ReviewContent:
    kind: str
    period: Period
    base: Period
    platform: str | None
    currency: str
    last_sale_day: date | None     # the shop's data ends here (a period past it is partial)
    comparison: KpiComparison
    gmv_factors: tuple[GmvFactor, ...]
    trend_period: Period
    trend: pd.DataFrame            # daily: date, gmv, paying_buyers, visitors, conversion,
    #                                [gmv_ma7] for a daily snapshot, [base_gmv, base_conversion]
    top_products: pd.DataFrame
    bottom_products: pd.DataFrame
    products: ProductSummary
    channels: pd.DataFrame         # models.channels COLUMNS, of the review's currency
    refund_reasons: pd.DataFrame   # models.aftersales REASON_COLUMNS
    refunded_products: pd.DataFrame  # models.aftersales SKU_COLUMNS, the most refunded
    unusual_days: pd.DataFrame     # models.anomalies COLUMNS
    unjudged_days: pd.DataFrame | None = None  # models.anomalies UNJUDGED_COLUMNS

    @property
    def partial(self) -> bool:
        """The period runs past the shop's last sale (e.g. a month not over yet)."""
        return self.last_sale_day is not None and self.period.end > self.last_sale_day


def _trend(conn: sqlite3.Connection, kind: str, period: Period, base: Period,
           platform: str | None, currency: str) -> tuple[Period, pd.DataFrame]:
    if kind == "daily":
        span = Period(period.end - timedelta(days=DAILY_TREND_DAYS - 1), period.end)
        series = trend_series(conn, span, "day", platform, currency)
        return span, series[["date", "gmv", "paying_buyers", "visitors", "conversion",
                             "gmv_ma7"]]
    trends = compute_trends(conn, period, "day", base, platform, currency)
    return period, trends.comparison[["date", "gmv", "paying_buyers", "visitors",
                                      "conversion", "base_date", "base_gmv",
                                      "base_conversion"]]


def top_and_bottom(products: pd.DataFrame, currency: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Top: the best sellers (sales > 0), by sales. Bottom: products on shelf (stock > 0)
    selling least, by sales, then the most capital tied up (stock x cost), then platform, sku."""
    rows = products[products["currency"] == currency]
    top = rows[rows["sales_cents"] > 0].head(TOP_PRODUCTS).reset_index(drop=True)
    shelf = rows[rows["stock"].fillna(0) > 0].assign(
        _tied=lambda f: f["stock_value_cents"].fillna(-1))
    bottom = shelf.sort_values(["sales_cents", "_tied", "platform", "sku"],
                               ascending=[True, False, True, True])
    return top, bottom.head(BOTTOM_PRODUCTS).drop(columns="_tied").reset_index(drop=True)


def build_review(conn: sqlite3.Connection, kind: str, end: date,
                 platform: str | None = None, progress=None, cancel=None) -> ReviewContent:
    """The review of `kind` for the period ending on (or, monthly, containing) `end`.
    `conn` must be writable, or the daily cache fresh: product figures read it."""
    def step(fraction: float) -> None:
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(fraction)

    period = review_period(kind, end)
    base = review_base(kind, period)
    currency = home_currency(conn, platform)
    comparison = compare_kpis(conn, period, base, platform, currency)[currency]
    step(0.15)
    trend_period, trend = _trend(conn, kind, period, base, platform, currency)
    step(0.3)
    products = product_metrics(conn, period, platform)
    top, bottom = top_and_bottom(products, currency)
    step(0.6)
    channels = channel_table(conn, period, platform).rows
    after = refund_analysis(conn, period, platform, currency)
    step(0.8)
    judged = judge_days(conn, period, platform, currency)
    step(1.0)
    refunded = after.by_sku[after.by_sku["refund_cents"] > 0].head(TOP_REFUNDED)
    return ReviewContent(
        kind=kind, period=period, base=base, platform=platform, currency=currency,
        last_sale_day=last_sale_day(conn, platform), comparison=comparison,
        gmv_factors=gmv_split(comparison), trend_period=trend_period, trend=trend,
        top_products=top, bottom_products=bottom,
        products=product_summary(products[products["currency"] == currency]),
        channels=channels[channels["currency"] == currency].reset_index(drop=True),
        refund_reasons=after.by_reason, refunded_products=refunded.reset_index(drop=True),
        unusual_days=judged.found, unjudged_days=judged.unjudged)
