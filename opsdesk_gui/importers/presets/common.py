"""Pieces every preset's builder uses: statuses, line positions, addresses, frames."""

from __future__ import annotations

import hashlib
import itertools
import unicodedata

import numpy as np
import pandas as pd
from pandas.api.types import is_scalar

from ..preset import BuildContext

# Order statuses of every platform -> OpsDesk's small set.
STATUSES: dict[str, str] = {
    # Taobao / Tmall
    "等待买家付款": "unpaid", "未创建支付宝交易": "unpaid",
    "买家已付款，等待卖家发货": "paid", "等待卖家发货": "paid", "买家已付款": "paid",
    "卖家部分发货": "shipped", "卖家已发货，等待买家确认": "shipped",
    "等待买家确认收货": "shipped", "买家已签收": "shipped", "卖家已发货": "shipped",
    "交易成功": "completed", "交易关闭": "closed", "交易被淘宝关闭": "closed",
    # 抖店 / 拼多多 / 京东 / 快手
    "待支付": "unpaid", "待付款": "unpaid", "等待付款": "unpaid", "未支付": "unpaid",
    "备货中": "paid", "待发货": "paid", "已支付": "paid", "待配货": "paid", "等待出库": "paid",
    "已发货": "shipped", "待收货": "shipped", "已发货，待签收": "shipped",
    "等待确认收货": "shipped",
    "已签收": "shipped", "已完成": "completed", "完成": "completed", "已收货": "completed",
    "交易完成": "completed", "已关闭": "closed", "已取消": "closed", "订单取消": "closed",
    "(删除)等待出库": "closed", "锁定": "paid",
    "部分发货": "shipped", "已付款": "paid", "订单关闭": "closed", "暂停": "paid",
    "未发货，退款成功": "refunded", "已发货，退款成功": "refunded",
    "退款成功": "refunded", "已退款": "refunded", "全额退款": "refunded",
    "部分退款": "partly_refunded",
    # Shopify / WooCommerce (financial status)
    "paid": "paid", "pending": "unpaid", "authorized": "unpaid", "voided": "closed",
    "refunded": "refunded", "partially_refunded": "partly_refunded",
    "partially_paid": "paid", "completed": "completed", "processing": "paid",
    "on-hold": "unpaid", "cancelled": "closed", "failed": "closed", "shipped": "shipped",
    "unpaid": "unpaid", "closed": "closed",
}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


_FOLDED_STATUSES = {_fold(k): v for k, v in STATUSES.items()}


def map_status(raw: pd.Series | None, paid_at: pd.Series, ctx: BuildContext,
               rows: pd.Series) -> pd.Series:
    """Raw status text -> OpsDesk status; unknown text -> 'paid' when a payment time is
    present, else 'unpaid' (counted as a warning)."""
    fallback = pd.Series("unpaid", index=paid_at.index).mask(paid_at.notna(), "paid")
    if raw is None:
        return fallback
    text = raw.fillna("").astype(str).str.strip()
    # A file holds a handful of distinct statuses: look each up once, folded like
    # headers (full-width brackets and commas, letter case).
    codes, distinct = pd.factorize(text)
    lookup = np.array([_FOLDED_STATUSES.get(_fold(value)) for value in distinct] + [None],
                      dtype=object)
    mapped = pd.Series(lookup[codes], index=text.index, name=text.name, dtype=object)
    unknown = mapped.isna() & (text != "")
    if unknown.any():
        ctx.warn("unknown_status", int(rows[unknown].iloc[0]), None, int(unknown.sum()))
    return mapped.fillna(fallback).astype(object)


def line_positions(order_ids: pd.Series, ctx: BuildContext) -> pd.Series:
    """The line's position within its order ('1', '2', ...), counted across chunks, so
    the same file always gives the same line ids."""
    seen: dict[str, int] = ctx.state.setdefault("line_positions", {})
    if order_ids.isna().any():
        offset = order_ids.map(seen).fillna(0).astype("int64")
        position = order_ids.groupby(order_ids, sort=False).cumcount() + 1 + offset
        for order_id, count in order_ids.value_counts(sort=False).items():
            seen[order_id] = seen.get(order_id, 0) + int(count)
        return position.astype(str)
    # The same with integer codes: each order's lines so far, then its rank in this chunk.
    codes, distinct = pd.factorize(order_ids)
    distinct = list(distinct)
    before = np.fromiter(map(seen.get, distinct, itertools.repeat(0)), dtype=np.int64,
                         count=len(distinct))
    counts = np.bincount(codes, minlength=len(distinct))
    grouped = np.argsort(codes, kind="stable")  # each order's rows, in file order
    rank = np.empty(len(codes), dtype=np.int64)
    rank[grouped] = np.arange(len(codes)) - np.repeat(np.cumsum(counts) - counts, counts)
    seen.update(zip(distinct, (before + counts).tolist(), strict=True))
    return pd.Series(rank + 1 + before[codes], index=order_ids.index).astype(str)


def split_address(address: pd.Series) -> tuple[pd.Series, pd.Series]:
    """'浙江省 杭州市 西湖区 文三路1号(310000)' -> ('浙江省', '杭州市')."""
    # The same steps as over the whole column, once per distinct address.
    text = address.fillna("").astype(str)
    codes, distinct = pd.factorize(text)
    parts = pd.Series(distinct, name=text.name).str.split(r"\s+", n=2, regex=True)
    province = parts.str[0].replace("", None).astype(object).to_numpy()
    city = parts.str[1]
    city = city.where(city.notna(), None).astype(object).to_numpy()
    return (pd.Series(province[codes], index=address.index, name=text.name, dtype=object),
            pd.Series(city[codes], index=address.index, name=text.name, dtype=object))


def skip_rows(keep: pd.Series, frame: pd.DataFrame, ctx: BuildContext, code: str,
              column: str | None = None) -> pd.DataFrame:
    """Drop rows where `keep` is False, counting them as skipped."""
    dropped = ~keep
    if dropped.any():
        ctx.warn(code, int(frame.loc[dropped, "_row"].iloc[0]), column, int(dropped.sum()))
        return frame[keep]
    return frame


def _any_value(values: pd.Series) -> bool:
    """`values.notna().any()`, answered by the first cell when it holds a value."""
    if len(values):
        first = values.iloc[0]
        if is_scalar(first) and not pd.isna(first):
            return True
    return bool(values.notna().any())


def table(platform: str, **columns: pd.Series) -> pd.DataFrame:
    """A frame for one shop table; columns the export does not carry are left out, so
    staging never overwrites them."""
    present = {k: v for k, v in columns.items() if v is not None and _any_value(v)}
    index = next(iter(columns.values())).index
    return pd.DataFrame({"platform": platform, **present}, index=index)


def col(frame: pd.DataFrame, name: str) -> pd.Series:
    """A field's column, or all-missing when the export does not carry it."""
    if name in frame.columns:
        return frame[name]
    return pd.Series(None, index=frame.index, dtype=object)


def receiver_buyers(platform: str, frame: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """Who bought, for an export without a buyer ID: the receiver's name + phone as exported
    (masked digits included) stand for the buyer. Returns the orders' columns buyer_id ('~'
    and 16 hex digits of a SHA-256 of platform, name and phone: stable across imports, and
    showing neither) and buyer_source ('receiver', or 'none' where the row names no
    receiver and phone), and the buyers rows keeping the name and phone (personal data:
    only in the shop file).
    A name or a phone alone is not enough: a masked phone or a surname alone is shared by
    many people."""
    name = col(frame, "receiver_name").astype(object).str.strip()
    phone = col(frame, "receiver_phone").astype(object).str.strip()
    known = name.fillna("").ne("") & phone.fillna("").ne("")
    codes, pairs = pd.factorize(pd.Series(
        [f"{platform}\x1f{n}\x1f{p}" for n, p in zip(name[known], phone[known], strict=True)],
        dtype=object))
    digests = np.array(["~" + hashlib.sha256(pair.encode()).hexdigest()[:16]
                        for pair in pairs] + [None], dtype=object)
    buyer_id = pd.Series(None, index=frame.index, dtype=object)
    buyer_id[known] = digests[codes]
    source = pd.Series("none", index=frame.index, dtype=object).mask(known, "receiver")
    buyers = table(platform, buyer_id=buyer_id, name=name, phone=phone,
                   province=col(frame, "province"), city=col(frame, "city"))[known]
    return ({"buyer_id": buyer_id, "buyer_source": source},
            buyers.drop_duplicates("buyer_id", keep="last"))
