"""Taobao / Tmall 千牛 → 售后 → 退款管理 → 批量导出: one row per refund (退款编号).

Every record is kept, whatever its state, with its status normalised:
退款成功 -> 'succeeded', 退款关闭 -> 'closed', anything else (waiting for the seller,
for the return, in dispute ...) -> 'pending'. Only refunds with status 'succeeded' carry
money into the metrics (net sales, refund rate); the others are after-sales cases
(reasons, counts). This export creates refunds only, never orders: the orders come from
the order exports, and a refund meets its order on 订单编号 / 子订单编号.
"""

from __future__ import annotations

import pandas as pd

from ..preset import BuildContext, Field, Preset
from .common import col, skip_rows, table

PLATFORM = "taobao"

REFUND_STATUSES = {"退款成功": "succeeded", "退款关闭": "closed"}

FIELDS = (
    Field("refund_id", "id", ("退款编号", "退款单号"), required=True),
    Field("order_id", "id", ("订单编号", "主订单编号"), required=True),
    Field("line_id", "id", ("子订单编号",)),
    Field("product_id", "id", ("商品ID", "商品id", "宝贝ID")),
    Field("sku", "id", ("商家编码",)),
    Field("title", "text", ("宝贝标题", "商品标题")),
    # Read as text, for recognising the export only: the order's payment comes from the
    # order export, and the refunds table keeps what was refunded.
    Field("order_paid", "text", ("买家实际支付金额", "买家实付金额")),
    Field("amount", "money", ("买家退款金额", "退款金额"), required=True),
    Field("requested_at", "datetime", ("退款的申请时间", "申请时间", "退款申请时间")),
    Field("refunded_at", "datetime", ("退款完结时间", "退款完成时间")),
    Field("status", "text", ("退款状态",), required=True),
    Field("reason", "text", ("退款原因", "买家退款原因")),
    Field("goods_status", "text", ("货物状态",)),  # recognition only; no column for it
    Field("buyer_id", "id", ("买家会员名", "买家昵称")),
)


def normalise_status(raw: pd.Series) -> pd.Series:
    text = raw.fillna("").astype(str).str.strip()
    return text.map(REFUND_STATUSES).fillna("pending").astype(object)


def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["refund_id"].notna(), frame, ctx, "skipped_no_refund", "退款编号")
    frame = skip_rows(frame["amount"].notna(), frame, ctx, "skipped_no_amount", "退款金额")
    product_id = col(frame, "product_id")
    refunds = table(
        PLATFORM, refund_id=frame["refund_id"], order_id=frame["order_id"],
        line_id=col(frame, "line_id"), buyer_id=col(frame, "buyer_id"),
        sku=col(frame, "sku").fillna(product_id).fillna(col(frame, "title")),
        title=col(frame, "title"), amount_cents=frame["amount"], reason=col(frame, "reason"),
        status=normalise_status(frame["status"]), requested_at=col(frame, "requested_at"),
        refunded_at=col(frame, "refunded_at"),
    )
    return {"refunds": refunds}


PRESETS = (
    Preset("taobao_refunds", "淘宝/天猫 退款管理导出", PLATFORM, "refunds", FIELDS, build,
           signature=("refund_id", "order_id", "amount", "status")),
)
