"""A review's sections as typed tables, shared by the printed document (review_html) and
the workbook (review_xlsx), so both show the same figures. Cells hold raw values (money in
cents, rates as fractions); a column's kind says how to show them. No Qt, no wording:
headers and codes are keys into the labels the Qt side passes in.

Kinds: text, id (kept as text in Excel), code (translated via labels[f"{group}.{value}"],
labels[f"{group}.none"] for None, else shown as it is),
int, approx_int (a count marked approximate), money (cents), signed_money, rate (a
fraction), change (relative change, signed), points (a difference of rates), factor
(x1.234), date. A cell may be a `Typed` to override its column's kind (the key figures
mix money, counts and rates in one column).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from ..models.kpi import RATE_METRICS, metric_change
from .review import KPI_METRICS, ReviewContent


@dataclass(frozen=True)
class Typed:
    value: object
    kind: str


@dataclass(frozen=True)
class Col:
    key: str          # header label: labels[f"col.{key}"]
    kind: str
    group: str = ""   # for kind 'code'


@dataclass(frozen=True)
class Section:
    key: str          # heading label: labels[f"section.{key}"]
    columns: tuple[Col, ...]
    rows: list[tuple] = field(default_factory=list)


def is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _plain(value: object) -> object:
    """numpy / pandas scalars -> Python ones, NA -> None."""
    if is_missing(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _rows(frame: pd.DataFrame, keys: list[str]) -> list[tuple]:
    columns = [frame[k].tolist() for k in keys]
    return [tuple(_plain(v) for v in values) for values in zip(*columns, strict=True)]


def _kpi_section(content: ReviewContent) -> Section:
    now, before = content.comparison.current, content.comparison.base
    rows = []
    for code, kind in KPI_METRICS:
        a, b = getattr(now, code), getattr(before, code)
        if before.before_data:  # before the shop's first sale: unknown, not 0
            b = None
        change = Typed(metric_change(code, a, b, before.before_data),
                       "points" if code in RATE_METRICS else "change")
        kind_now = kind_before = kind
        if code == "visitors":
            kind_now = "approx_int" if now.visitors_approximate else "int"
            kind_before = "approx_int" if before.visitors_approximate else "int"
        rows.append((code, Typed(a, kind_now), Typed(b, kind_before), change))
    return Section("kpis", (Col("metric", "code", "metric"), Col("current", "text"),
                            Col("base", "text"), Col("change", "text")), rows)


_FACTOR_KINDS = {"visitors": "int", "conversion": "rate", "aov": "money", "buyers": "int"}


def _split_section(content: ReviewContent) -> Section:
    rows = [(f.code, Typed(f.base, _FACTOR_KINDS[f.code]),
             Typed(f.current, _FACTOR_KINDS[f.code]), math.exp(f.log), f.amount)
            for f in content.gmv_factors]
    if rows:
        change, base, now = (content.comparison.change, content.comparison.base,
                             content.comparison.current)
        scoped = content.gmv_factors[0].code != "buyers" and (
            change.split_base_gmv, change.split_current_gmv) != (base.gmv, now.gmv)
        if scoped:  # the factors explain the GMV of the platforms with visitors
            b, c = change.split_base_gmv, change.split_current_gmv
            rows.append(("scoped_gmv", Typed(b, "money"), Typed(c, "money"),
                         c / b if b else None, c - b))
            rows.append(("other_gmv", Typed(base.gmv - b, "money"),
                         Typed(now.gmv - c, "money"),
                         (now.gmv - c) / (base.gmv - b) if base.gmv - b else None,
                         change.gmv_delta - (c - b)))
        rows.append(("gmv", Typed(base.gmv, "money"), Typed(now.gmv, "money"),
                     now.gmv / base.gmv if base.gmv else None, change.gmv_delta))
    return Section("gmv_split", (Col("factor", "code", "factor"), Col("base", "text"),
                                 Col("current", "text"), Col("ratio", "factor"),
                                 Col("amount", "signed_money")), rows)


def _trend_section(content: ReviewContent) -> Section:
    t = content.trend
    keys = ["date", "gmv", "paying_buyers", "visitors", "conversion"]
    cols = [Col("date", "date"), Col("gmv", "money"), Col("buyers", "int"),
            Col("visitors", "int"), Col("conversion", "rate")]
    if "base_gmv" in t:
        keys += ["base_date", "base_gmv", "base_conversion"]
        cols += [Col("base_date", "date"), Col("base_gmv", "money"),
                 Col("base_conversion", "rate")]
    frame = t.assign(**{k: t[k].dt.date.astype(object) for k in keys if k.endswith("date")})
    return Section("trend", tuple(cols), _rows(frame, keys))


_PRODUCT_COLS = (Col("platform", "code", "platform"), Col("sku", "id"), Col("title", "text"),
                 Col("units", "int"), Col("sales", "money"), Col("orders", "int"),
                 Col("refund_rate", "rate"), Col("margin", "rate"), Col("stock", "int"),
                 Col("lifecycle", "code", "lifecycle"))
_PRODUCT_KEYS = ["platform", "sku", "title", "units", "sales_cents", "orders", "refund_rate",
                 "gross_margin", "stock", "lifecycle"]


def _channel_section(content: ReviewContent) -> Section:
    # the total rows' channel is None: shown as labels["channel.none"]
    frame = content.channels
    keys = ["platform", "channel", "spend", "visitors", "buyers", "gmv", "conversion",
            "ad_gmv", "roi", "cac"]
    cols = (Col("platform", "code", "platform"), Col("channel", "code", "channel"),
            Col("spend", "money"), Col("visitors", "int"), Col("buyers", "int"),
            Col("gmv", "money"), Col("conversion", "rate"), Col("ad_gmv", "money"),
            Col("roi", "factor"), Col("cac", "money"))
    return Section("channels", cols, _rows(frame, keys))


def _reason_section(content: ReviewContent) -> Section:
    frame = content.refund_reasons  # reason None (not stated): labels["reason.none"]
    cols = (Col("reason", "code", "reason"), Col("refund", "money"), Col("cases", "int"),
            Col("share", "rate"), Col("cumulative_share", "rate"))
    return Section("refund_reasons", cols, _rows(frame, ["reason", "refund_cents", "cases",
                                                         "share", "cumulative_share"]))


def _refunded_section(content: ReviewContent) -> Section:
    cols = (Col("platform", "code", "platform"), Col("sku", "id"), Col("title", "text"),
            Col("sales", "money"), Col("refund", "money"), Col("refund_rate", "rate"),
            Col("refunded_orders", "int"))
    return Section("refunded_products", cols, _rows(content.refunded_products, [
        "platform", "sku", "title", "sales_cents", "refund_cents", "refund_rate",
        "refunded_orders"]))


def _unusual_section(content: ReviewContent) -> Section:
    rows = []
    for r in content.unusual_days.itertuples(index=False):
        kind = "money" if r.metric == "gmv" else "rate"
        rows.append((r.date.date(), r.metric, Typed(r.value, kind), Typed(r.expected, kind),
                     Typed(r.low, kind), Typed(r.high, kind), r.direction, r.kind,
                     _plain(r.campaign)))
    cols = (Col("date", "date"), Col("metric", "code", "metric"), Col("value", "text"),
            Col("expected", "text"), Col("low", "text"), Col("high", "text"),
            Col("direction", "code", "direction"), Col("kind", "code", "unusual"),
            Col("campaign", "text"))
    return Section("unusual_days", cols, rows)


def review_sections(content: ReviewContent) -> list[Section]:
    """Every section in the order of the document."""
    return [
        _kpi_section(content),
        _split_section(content),
        _trend_section(content),
        Section("top_products", _PRODUCT_COLS, _rows(content.top_products, _PRODUCT_KEYS)),
        Section("bottom_products", _PRODUCT_COLS,
                _rows(content.bottom_products, _PRODUCT_KEYS)),
        _channel_section(content),
        _reason_section(content),
        _refunded_section(content),
        _unusual_section(content),
    ]
