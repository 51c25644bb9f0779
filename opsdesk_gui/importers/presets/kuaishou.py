"""快手小店 商家后台 → 订单管理 → 导出: one row per order item; a 快手 order is usually
one product. Money may carry ¥ (the cleaner drops it).

实付款 is what the buyer paid for the row. Should an order span several rows, its paid
amount is the sum of its rows' 实付款, counted across chunks of a large file.
"""

from __future__ import annotations

import pandas as pd

from ..preset import BuildContext, Field, Preset
from .common import col, map_status, receiver_buyers, skip_rows, table
from .jd import item_line_ids

PLATFORM = "kuaishou"

FIELDS = (
    Field("order_id", "id", ("订单号",), required=True),
    Field("created_at", "datetime", ("订单创建时间", "下单时间")),
    Field("paid_at", "datetime", ("订单支付时间", "支付时间"), required=True),
    Field("status", "text", ("订单状态",), required=True),
    Field("paid", "money", ("实付款",), required=True),
    Field("qty", "int", ("成交数量",), required=True),
    Field("title", "text", ("商品名称",), required=True),
    Field("variant", "text", ("商品规格",)),
    Field("price", "money", ("商品单价",)),
    Field("product_id", "id", ("商品ID", "商品id")),
    Field("sku", "id", ("商家编码", "SKU编码")),
    Field("postage", "money", ("运费",)),
    Field("receiver_name", "text", ("收货人", "收货人姓名", "收件人")),
    Field("receiver_phone", "id", ("收货人电话", "收货人手机号", "收件人手机号")),
)
# No buyer ID column: the recipient (收货人 + 收货人电话) stands for the buyer
# (common.receiver_buyers), marked approximate.


def _order_totals(frame: pd.DataFrame, ctx: BuildContext) -> pd.Series:
    """Each row's order total so far: the sum of 实付款 over the order's rows seen in this
    file, so the last staged row of an order (later rows win) carries its whole sum."""
    totals: dict[str, int] = ctx.state.setdefault("paid_totals", {})
    sums = frame.groupby("order_id", sort=False)["paid"].sum(min_count=1)
    for order_id, value in sums.items():
        if pd.notna(value):
            totals[order_id] = totals.get(order_id, 0) + int(value)
    return frame["order_id"].map(totals).astype("Int64")


def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order", "订单号")
    frame = skip_rows(frame["qty"].notna(), frame, ctx, "skipped_no_qty")
    frame = skip_rows(frame["qty"] != 0, frame, ctx, "zero_qty", "成交数量")
    qty = frame["qty"]
    price = col(frame, "price")
    amount = frame["paid"].fillna(price * qty) if "price" in frame else frame["paid"]
    product_id = col(frame, "product_id")
    paid_at = frame["paid_at"]
    status = map_status(col(frame, "status"), paid_at, ctx, frame["_row"])
    lines = table(
        PLATFORM, order_id=frame["order_id"],
        line_id=item_line_ids(frame["order_id"], product_id.fillna(col(frame, "sku")), ctx),
        sku=col(frame, "sku").fillna(product_id).fillna(frame["title"]),
        product_id=product_id, title=frame["title"], variant=col(frame, "variant"), qty=qty,
        unit_price_cents=price, amount_cents=amount, status=status,
    )
    last = ~frame["order_id"].duplicated(keep="last")
    buyer, buyers = receiver_buyers(PLATFORM, frame)
    orders = table(
        PLATFORM, order_id=frame["order_id"], **buyer, status=status,
        created_at=col(frame, "created_at"), paid_at=paid_at.where(status != "unpaid", None),
        currency=pd.Series("CNY", index=frame.index), paid_cents=_order_totals(frame, ctx),
        postage_cents=col(frame, "postage"),
    )[last]
    return {"orders": orders, "order_lines": lines, "buyers": buyers}


PRESETS = (
    Preset("kuaishou_orders", "快手小店 订单导出", PLATFORM, "order_lines", FIELDS, build,
           signature=("order_id", "paid", "qty")),
)
