"""生意参谋 (Taobao Business Advisor) downloads -> the `traffic` table: the shop's daily
overview, product performance (商品效果) and the shop's traffic sources (店铺流量来源).

Visitors are de-duplicated within the period a row was exported for, so a row keeps its
period and rows are never added up: a 7-day row and the seven daily rows of the same
week are different keys. The period is the row's 统计日期 (one day, or a range such as
`2026-11-01~2026-11-07`); without that column it is the file's 统计日期/统计时间 line
above the header; without either the file is refused.

Each metric may be followed by a "change vs previous period" column (较前一期, 较上期,
环比, 访客数较前一期 ...): no field has such an alias, so they are never read.
"""

from __future__ import annotations

import re
from datetime import datetime

import pandas as pd

from ...errors import ImportFailed
from ..cleaning import CellContext, clean_date
from ..preset import BuildContext, Field, Preset
from .common import col, skip_rows, table

PLATFORM = "taobao"

# First cells of summary rows, which are no period, product or source of their own.
TOTAL_TOKENS = frozenset({"合计", "总计", "汇总", "全部", "合计:", "总计:", "Total", "total"})

_RANGE_SPLIT = r"\s*[~～至到]\s*|\s+[-—–]\s+"
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_PERIOD_LINE = re.compile(
    r"(统计日期|统计时间|统计周期|统计区间|日期范围|时间范围|时间段)\s*[:：]?\s*"
    rf"({_DATE})(?:(?:\s*[~～至到]\s*|\s*[-—–]\s*)({_DATE}))?")


def header(ctx: BuildContext, name: str, default: str) -> str:
    """The file's header a field was read from, for messages."""
    return ctx.columns.get(name, default)


def _iso_date(text: str) -> str | None:
    """'2026年11月1日' / '2026/11/1' / '2026.11.01' -> '2026-11-01'; None when invalid."""
    parts = re.findall(r"\d+", text)
    if len(parts) != 3:
        return None
    try:
        return datetime(int(parts[0]), int(parts[1]), int(parts[2])).strftime("%Y-%m-%d")
    except ValueError:
        return None


def _period_from_lines(ctx: BuildContext) -> tuple[str, str] | None:
    """The period stated above the header ('统计日期：2026-11-01~2026-11-07'), if any."""
    if "preamble_period" not in ctx.state:
        found = None
        for number, row in enumerate(ctx.preamble, start=1):
            text = " ".join(str(c).strip() for c in row if str(c).strip())
            match = _PERIOD_LINE.search(text)
            if not match:
                continue
            start, end = _iso_date(match.group(2)), _iso_date(match.group(3) or match.group(2))
            if start is None or end is None or end < start:
                raise ImportFailed("bad_period", {"file": ctx.file, "row": number,
                                                  "column": match.group(1), "value": text})
            found = (start, end)
            break
        ctx.state["preamble_period"] = found
    return ctx.state["preamble_period"]


def parse_dates(text: pd.Series, rows: pd.Series, ctx: BuildContext, column: str
                ) -> pd.Series:
    """Date text ('2026-11-01', '2026/11/1', '2026年11月1日', an Excel date) -> 'YYYY-MM-DD'."""
    text = text.fillna("").astype(str).str.strip()
    chinese = text.str.contains("年", regex=False)
    if chinese.any():
        text = text.mask(chinese, text[chinese].map(lambda t: _iso_date(t) or t))
    return clean_date(text, CellContext(ctx.file, column, rows, ctx.warn))


def row_periods(frame: pd.DataFrame, ctx: BuildContext
                ) -> tuple[pd.DataFrame, pd.Series, pd.Series]:
    """Each row's (period_start, period_end), inclusive. Summary rows and rows without a
    period are skipped (counted); a file that states no period at all is refused."""
    stated = _period_from_lines(ctx)
    if "period" not in frame.columns:
        if stated is None:
            raise ImportFailed("no_period", {"file": ctx.file})
        return (frame, pd.Series(stated[0], index=frame.index, dtype=object),
                pd.Series(stated[1], index=frame.index, dtype=object))
    column = header(ctx, "period", "统计日期")
    frame = skip_rows(~frame["period"].isin(TOTAL_TOKENS), frame, ctx, "skipped_total", column)
    if stated is None:
        frame = skip_rows(frame["period"].notna(), frame, ctx, "skipped_no_date", column)
    text = frame["period"].fillna("").astype(str).str.strip()
    parts = text.str.split(_RANGE_SPLIT, n=1, regex=True)
    first, second = parts.str[0].fillna(""), parts.str[1]
    second = second.where(second.notna(), first)
    rows = frame["_row"]
    try:
        start = parse_dates(first, rows, ctx, column)
        end = parse_dates(second, rows, ctx, column)
    except ImportFailed as exc:
        value = text[rows == exc.params.get("row")]
        raise ImportFailed("bad_period", {**exc.params, "value": value.iloc[0]}) from exc
    backwards = start.notna() & end.notna() & (end < start)
    if backwards.any():
        raise CellContext(ctx.file, column, rows, ctx.warn).fail("bad_period", backwards, text)
    if stated is not None:
        start, end = start.fillna(stated[0]), end.fillna(stated[1])
    return frame, start.astype(object), end.astype(object)


_HMS = re.compile(r"^(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$")
_NUMBER = r"(\d+(?:\.\d+)?)"
_UNITS = re.compile(rf"^(?:{_NUMBER}\s*(?:小时|时|h))?\s*(?:{_NUMBER}\s*(?:分钟|分|min|m))?"
                    rf"\s*(?:{_NUMBER}\s*(?:秒|s))?$", re.IGNORECASE)


def _seconds(text: str) -> float | None:
    text = text.replace(",", "").strip()
    try:
        return float(text)
    except ValueError:
        pass
    match = _HMS.match(text)
    if match:
        hours, minutes, seconds = match.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    match = _UNITS.match(text)
    if match and any(match.groups()):
        hours, minutes, seconds = (float(g or 0) for g in match.groups())
        return hours * 3600 + minutes * 60 + seconds
    return None


def stay_seconds(values: pd.Series, rows: pd.Series, ctx: BuildContext, column: str
                 ) -> pd.Series:
    """平均停留时长: seconds as a number, '00:01:23', or '1分23秒' -> seconds."""
    parsed = values.map(lambda t: None if t is None or t != t else _seconds(str(t)))
    bad = values.notna() & parsed.isna()
    if bad.any():
        raise CellContext(ctx.file, column, rows, ctx.warn).fail("bad_number", bad, values)
    return parsed.astype("float64")


PERIOD = Field("period", "text", ("统计日期", "日期", "统计时间", "统计周期"))

# The shop-level metrics; product and source files carry the same ones, under the same
# names or their own (aliases added below). Field names are the traffic table's columns.
_METRICS = (
    Field("visitors", "int", ("访客数", "店铺访客数"), required=True),
    Field("page_views", "int", ("浏览量", "店铺浏览量")),
    Field("bounce_rate", "rate", ("跳失率",)),
    Field("avg_stay", "text", ("平均停留时长", "人均停留时长")),
    Field("favorite_buyers", "int", ("收藏人数", "商品收藏人数", "收藏买家数", "收藏商品人数")),
    Field("add_cart_buyers", "int", ("加购人数", "商品加购人数")),
    Field("add_cart_units", "int", ("加购件数", "商品加购件数")),
    Field("order_buyers", "int", ("下单买家数",)),
    Field("order_units", "int", ("下单件数",)),
    Field("order_cents", "money", ("下单金额",)),
    Field("paid_buyers", "int", ("支付买家数",)),
    Field("paid_units", "int", ("支付件数",)),
    Field("paid_cents", "money", ("支付金额",)),
    Field("new_visitors", "int", ("新访客数",)),
    Field("search_visitors", "int", ("搜索引导访客数", "搜索访客数")),
    Field("refund_cents", "money", ("成功退款金额",)),
)


def _metrics(own: dict[str, tuple[str, ...]]) -> tuple[Field, ...]:
    """The shop metrics with a file kind's own names first. Keeping the shop names makes a
    product or source file always resolve more fields than the shop preset does."""
    return tuple(Field(f.name, f.kind, own.get(f.name, ()) + f.aliases, f.required)
                 for f in _METRICS)


SHOP_FIELDS = (PERIOD, *_METRICS)
PRODUCT_FIELDS = (
    PERIOD,
    Field("product_id", "id", ("商品ID", "宝贝ID"), required=True),
    *_metrics({
        "visitors": ("商品访客数",), "page_views": ("商品浏览量",),
        "bounce_rate": ("商品详情页跳出率", "详情页跳出率"),
        "favorite_buyers": ("商品收藏人数",), "add_cart_buyers": ("商品加购人数",),
        "add_cart_units": ("商品加购件数",),
    }),
)
SOURCE_FIELDS = (
    PERIOD,
    Field("source1", "text", ("一级来源",), required=True),
    Field("source2", "text", ("二级来源",)),
    Field("source3", "text", ("三级来源",)),
    *_metrics({"favorite_buyers": ("收藏商品人数",)}),
)

_COUNTS = ("visitors", "page_views", "favorite_buyers", "add_cart_buyers", "add_cart_units",
           "order_buyers", "order_units", "order_cents", "paid_buyers", "paid_units",
           "paid_cents", "new_visitors", "search_visitors", "refund_cents")


def _traffic(frame: pd.DataFrame, ctx: BuildContext, scope: str, subject: pd.Series
             ) -> dict[str, pd.DataFrame]:
    frame, start, end = row_periods(frame, ctx)
    subject = subject[frame.index]
    stay = col(frame, "avg_stay")
    if stay.notna().any():
        stay = stay_seconds(stay, frame["_row"], ctx, header(ctx, "avg_stay", "平均停留时长"))
    traffic = table(
        PLATFORM, scope=pd.Series(scope, index=frame.index), subject=subject,
        period_start=start, period_end=end, bounce_rate=col(frame, "bounce_rate"),
        avg_stay_seconds=stay, **{name: col(frame, name) for name in _COUNTS},
    )
    return {"traffic": traffic}


def build_shop(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    return _traffic(frame, ctx, "shop", pd.Series("", index=frame.index, dtype=object))


def build_product(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    column = header(ctx, "product_id", "商品ID")
    total = frame["product_id"].isin(TOTAL_TOKENS) | col(frame, "period").isin(TOTAL_TOKENS)
    frame = skip_rows(~total, frame, ctx, "skipped_total", column)
    frame = skip_rows(frame["product_id"].notna(), frame, ctx, "skipped_no_sku", column)
    return _traffic(frame, ctx, "product", frame["product_id"])


def build_sources(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    """subject = '一级来源/二级来源/三级来源', empty levels dropped."""
    column = header(ctx, "source1", "一级来源")
    frame = skip_rows(~frame["source1"].isin(TOTAL_TOKENS), frame, ctx, "skipped_total", column)
    levels = [col(frame, f"source{i}").fillna("").astype(str) for i in (1, 2, 3)]
    subject = (levels[0] + "/" + levels[1] + "/" + levels[2]).str.replace(
        r"/{2,}", "/", regex=True).str.strip("/")
    frame = skip_rows(subject != "", frame, ctx, "skipped_no_source", column)
    return _traffic(frame, ctx, "source", subject[frame.index].astype(object))


PRESETS = (
    Preset("sycm_shop_daily", "生意参谋 店铺整体数据", PLATFORM, "traffic", SHOP_FIELDS,
           build_shop, signature=("visitors", "page_views", "paid_cents")),
    Preset("sycm_product_daily", "生意参谋 商品效果", PLATFORM, "traffic", PRODUCT_FIELDS,
           build_product, signature=("product_id", "visitors")),
    Preset("sycm_traffic_sources", "生意参谋 店铺流量来源", PLATFORM, "traffic", SOURCE_FIELDS,
           build_sources, signature=("source1", "visitors")),
)
