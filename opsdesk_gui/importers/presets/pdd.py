"""拼多多 商家后台 → 订单查询 → 导出: one row per order, and a 拼多多 order is one product
(one SKU, a quantity), so each row gives an order and its single order line.

The reader drops unit suffixes from headers, so 商品总价(元) is aliased as 商品总价.
"""

from __future__ import annotations

import pandas as pd

from ..preset import BuildContext, Field, Preset
from .common import col, line_positions, map_status, receiver_buyers, skip_rows, table

PLATFORM = "pdd"

# 售后状态 values meaning the buyer got the money back. 无售后或售后取消 (none) and cases
# still open (售后处理中, 退款中, 待商家处理 ...) leave the order a sale.
REFUNDED = frozenset({"退款成功", "售后完成", "退货退款成功", "已退款"})

FIELDS = (
    Field("order_id", "id", ("订单号",), required=True),
    Field("title", "text", ("商品", "商品名称"), required=True),
    Field("status", "text", ("订单状态",), required=True),
    Field("goods", "money", ("商品总价",)),
    Field("postage", "money", ("邮费",)),
    Field("shop_discount", "money", ("店铺优惠折扣",)),
    Field("platform_discount", "money", ("平台优惠折扣",)),
    Field("paid", "money", ("用户实付金额",), required=True),
    Field("qty", "int", ("商品数量",), required=True),
    Field("product_id", "id", ("商品id", "商品ID")),
    Field("variant", "text", ("商品规格",)),
    Field("sku", "id", ("商家编码-规格维度", "商家编码-SKU维度", "商家编码")),
    Field("aftersales", "text", ("售后状态",)),
    # 拼多多 lists an order once it is paid (成交); 订单成交时间 is that moment, so it is
    # both the order's time and its payment time unless a 支付时间 column is present.
    Field("created_at", "datetime", ("订单成交时间", "下单时间")),
    Field("paid_at", "datetime", ("支付时间", "订单成交时间"), required=True),
    Field("finished_at", "datetime", ("确认收货时间",)),
    Field("province", "text", ("省", "省份")),
    Field("city", "text", ("市", "城市")),
    Field("receiver_name", "text", ("收货人", "收件人")),
    Field("receiver_phone", "id", ("手机", "收货人手机号", "收件人手机号")),
)
# Not read: 商家实收金额 (what the shop receives; the shop file keeps what the buyer
# paid) and 收货地址. There is no buyer ID column: the recipient (收货人 + 手机, masked
# with ****) stands for the buyer (common.receiver_buyers), marked approximate.


def _sum_present(*parts: pd.Series | None) -> pd.Series | None:
    """Sum of the columns that are present; missing where every part is missing."""
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    total = sum(p.fillna(0) for p in parts)
    stated = pd.concat([p.notna() for p in parts], axis=1).any(axis=1)
    return total.where(stated)


def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order", "订单号")
    frame = skip_rows(frame["qty"].notna(), frame, ctx, "skipped_no_qty")
    frame = skip_rows(frame["qty"] != 0, frame, ctx, "zero_qty", "商品数量")
    qty = frame["qty"]
    goods = frame.get("goods")
    postage = frame.get("postage")
    # The line's amount is what the buyer paid for the goods: 用户实付金额 less 邮费
    # (discounts are already taken off), else 商品总价.
    amount = (frame["paid"] - (postage.fillna(0) if postage is not None else 0)).clip(lower=0)
    if goods is not None:
        amount = amount.fillna(goods)
    # 商品总价 ÷ quantity is the unit price when it divides exactly; otherwise the
    # export does not say what each piece cost.
    price = None
    if goods is not None:
        price = (goods // qty).where(goods % qty == 0)
    refunded = col(frame, "aftersales").isin(REFUNDED)
    refund = amount.where(refunded) if refunded.any() else None

    paid_at = frame["paid_at"]
    status = map_status(col(frame, "status"), paid_at, ctx, frame["_row"])
    product_id = col(frame, "product_id")
    lines = table(
        PLATFORM, order_id=frame["order_id"], line_id=line_positions(frame["order_id"], ctx),
        sku=col(frame, "sku").fillna(product_id).fillna(frame["title"]),
        product_id=product_id, title=frame["title"], variant=col(frame, "variant"), qty=qty,
        unit_price_cents=price, amount_cents=amount, refund_cents=refund,
        status=status.mask(refunded, "refunded"),
    )
    buyer, buyers = receiver_buyers(PLATFORM, frame)
    orders = table(
        PLATFORM, order_id=frame["order_id"], **buyer, status=status,
        created_at=col(frame, "created_at"), paid_at=paid_at.where(status != "unpaid", None),
        finished_at=col(frame, "finished_at"), currency=pd.Series("CNY", index=frame.index),
        goods_cents=goods, postage_cents=postage, paid_cents=frame["paid"],
        discount_cents=_sum_present(frame.get("shop_discount"), frame.get("platform_discount")),
        units=qty, province=col(frame, "province"), city=col(frame, "city"),
    ).drop_duplicates("order_id", keep="last")
    return {"orders": orders, "order_lines": lines, "buyers": buyers}


PRESETS = (
    Preset("pdd_orders", "拼多多 订单导出", PLATFORM, "orders", FIELDS, build,
           signature=("order_id", "paid", "qty")),
)
