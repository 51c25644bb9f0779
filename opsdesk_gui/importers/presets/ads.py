"""Daily ad reports (直通车, 万相台, 引力魔方, 巨量千川, Google / Meta Ads ...) ->
the `ad_spend` table, one row per platform, channel (the ad tool), campaign and day.

The channel is the report's 推广渠道 / 渠道 / 推广工具 column. A report downloaded from
one tool usually has no such column; then the channel is taken, in this order, from a
line above the header ('推广工具：直通车'), from a known tool's name in those lines, or
from a known tool's name in the file name ('直通车_计划报表_20261107.xlsx'). When none
says it, the file is refused with a message naming the missing column: spend filed
under a guessed channel would mislead every ROI.

The platform is the 平台 column when there is one; else the platform a channel belongs
to when it only exists on one (巨量千川 -> douyin, Google Ads -> shopify ...); else taobao.

Rows of one file for the same channel, campaign and day (a report broken down by unit,
keyword or creative) are added up: spend, clicks and orders are additive. The same key in
two files is the same figure exported twice: the later file's value stands.
"""

from __future__ import annotations

import re

import pandas as pd

from ...errors import ImportFailed
from ..preset import BuildContext, Field, Preset
from .common import col, skip_rows, table
from .product_sheet import platform_codes
from .sycm import TOTAL_TOKENS, parse_dates

PLATFORM = "taobao"

# Ad tools as their names appear in files and file names -> the channel recorded.
TOOLS: dict[str, str] = {
    "直通车": "直通车", "万相台无界": "万相台", "万相台": "万相台", "引力魔方": "引力魔方",
    "超级推荐": "超级推荐", "钻石展位": "钻石展位", "钻展": "钻石展位", "品销宝": "品销宝",
    "淘宝客": "淘宝客", "全站推广": "全站推广",
    "巨量千川": "巨量千川", "千川": "巨量千川", "巨量引擎": "巨量引擎",
    "京东快车": "京东快车", "京准通": "京准通", "多多搜索": "多多搜索", "多多场景": "多多场景",
    "磁力金牛": "磁力金牛",
    "Google Ads": "Google Ads", "Meta Ads": "Meta Ads", "Facebook Ads": "Meta Ads",
    "TikTok Ads": "TikTok Ads", "Microsoft Ads": "Microsoft Ads", "Bing Ads": "Microsoft Ads",
}
# Channels that exist on one platform only.
CHANNEL_PLATFORMS: dict[str, str] = {
    "巨量千川": "douyin", "巨量引擎": "douyin", "京东快车": "jd", "京准通": "jd",
    "多多搜索": "pdd", "多多场景": "pdd", "磁力金牛": "kuaishou",
    "Google Ads": "shopify", "Meta Ads": "shopify", "TikTok Ads": "shopify",
    "Microsoft Ads": "shopify",
}
_CHANNEL_LABEL = re.compile(r"^(?:推广渠道|推广工具|渠道|推广产品|投放渠道)\s*[:：]?\s*(.*)$")

FIELDS = (
    Field("day", "text", ("日期", "统计日期", "数据日期", "时间", "Day", "Date"), required=True),
    Field("channel", "text", ("推广渠道", "渠道", "推广工具", "投放渠道", "Channel")),
    Field("campaign", "text", ("计划名称", "推广计划", "计划名", "计划", "Campaign",
                               "Campaign name")),
    Field("spend", "money", ("花费", "消耗", "总花费", "Cost", "Spend", "Amount spent",
                             "Amount spent (USD)"), required=True),
    Field("impressions", "int", ("展现量", "展现", "展示次数", "展示数", "曝光量",
                                 "Impressions", "Impr.")),
    Field("clicks", "int", ("点击量", "点击数", "点击次数", "Clicks", "Link clicks")),
    Field("orders", "int", ("总成交笔数", "成交订单数", "成交笔数", "Conversions", "Purchases")),
    Field("gmv", "money", ("总成交金额", "成交金额", "Conv. value", "Conversion value",
                           "Purchases conversion value")),
    Field("new_buyers", "int", ("新客数", "成交新客数")),
    Field("platform", "text", ("平台", "所属平台")),
)

_KEY = ["platform", "channel", "campaign", "day"]
_SUMS = {"spend": "spend_cents", "impressions": "impressions", "clicks": "clicks",
         "orders": "orders", "gmv": "gmv_cents", "new_buyers": "new_buyers"}


def _tools_in(text: str) -> set[str]:
    lower = text.lower()
    return {channel for name, channel in TOOLS.items() if name.lower() in lower}


def file_channel(ctx: BuildContext) -> str | None:
    """The ad tool a report without a channel column comes from, if the file says it."""
    if "file_channel" in ctx.state:
        return ctx.state["file_channel"]
    found = None
    for row in ctx.preamble:  # a labelled line: '推广工具：直通车' or ['推广工具', '直通车']
        cells = [str(c).strip() for c in row if str(c).strip()]
        for index, cell in enumerate(cells):
            match = _CHANNEL_LABEL.match(cell)
            if match:
                value = match.group(1).strip() or (cells[index + 1] if index + 1 < len(cells)
                                                   else "")
                if value:
                    found = TOOLS.get(value, value)
                    break
        if found:
            break
    if found is None:
        for text in (" ".join(" ".join(map(str, row)) for row in ctx.preamble), ctx.file):
            tools = _tools_in(text)
            if len(tools) == 1:
                found = tools.pop()
                break
    ctx.state["file_channel"] = found
    return found


def _running_totals(out: pd.DataFrame, ctx: BuildContext) -> pd.DataFrame:
    """Add up rows of one key, across the chunks of the file too: each chunk states the
    key's total so far, and the last statement is what staging keeps."""
    metrics = list(_SUMS.values())
    totals: dict[tuple, list] = ctx.state.setdefault("ad_totals", {})
    keys = pd.Series(list(zip(*(out[k] for k in _KEY), strict=True)), index=out.index)
    repeated = keys.duplicated() | keys.isin(list(totals))
    if repeated.any():
        ctx.warn("ad_rows_summed", int(out.loc[repeated, "_row"].iloc[0]), None,
                 int(repeated.sum()))
    grouped = out.groupby(_KEY, sort=False)[metrics].sum(min_count=1)
    records = []
    for key, row in zip(grouped.index, grouped.itertuples(index=False), strict=True):
        values = [None if pd.isna(v) else int(v) for v in row]
        before = totals.get(key)
        if before is not None:
            values = [b if v is None else v if b is None else b + v
                      for b, v in zip(before, values, strict=True)]
        totals[key] = values
        records.append((*key, *values))
    frame = pd.DataFrame.from_records(records, columns=_KEY + metrics)
    for name in metrics:
        frame[name] = frame[name].astype("Int64")
    return frame


def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    day_column = ctx.columns.get("day", "日期")
    frame = skip_rows(~frame["day"].isin(TOTAL_TOKENS), frame, ctx, "skipped_total", day_column)
    frame = skip_rows(frame["day"].notna(), frame, ctx, "skipped_no_date", day_column)
    day = parse_dates(frame["day"], frame["_row"], ctx, day_column)

    fallback = None if "channel" in frame and frame["channel"].notna().all() else file_channel(ctx)
    if "channel" not in frame and fallback is None:
        raise ImportFailed("no_ad_channel", {"file": ctx.file, "column": "推广渠道",
                                             "aliases": "渠道 / 推广工具"})
    channel = col(frame, "channel").fillna(fallback) if fallback else col(frame, "channel")
    channel = channel.map(lambda c: TOOLS.get(c, c), na_action="ignore")
    keep = channel.notna()
    frame = skip_rows(keep, frame, ctx, "skipped_no_channel", ctx.columns.get("channel"))
    channel, day = channel[frame.index], day[frame.index]

    implied = channel.map(CHANNEL_PLATFORMS).fillna(PLATFORM)
    platform = platform_codes(col(frame, "platform"), implied)
    out = pd.DataFrame({
        "_row": frame["_row"], "platform": platform, "channel": channel,
        "campaign": col(frame, "campaign").fillna("").astype(object), "day": day,
        **{column: col(frame, name) for name, column in _SUMS.items()},
    }, index=frame.index)
    for column in _SUMS.values():
        out[column] = out[column].astype("Int64")
    out["spend_cents"] = out["spend_cents"].fillna(0)  # '-' or empty: nothing spent
    if out.empty:
        return {}
    totals = _running_totals(out, ctx)
    return {"ad_spend": table(
        totals["platform"], channel=totals["channel"], campaign=totals["campaign"],
        day=totals["day"], **{column: totals[column] for column in _SUMS.values()})}


PRESETS = (
    Preset("ad_spend", "推广花费日报 (直通车/万相台/千川 …)", PLATFORM, "ad_spend", FIELDS, build,
           signature=("day", "spend")),
)
