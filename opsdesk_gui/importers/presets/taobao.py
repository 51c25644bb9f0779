"""Taobao / Tmall: 订单报表 (ExportOrderList, one row per order) and 宝贝报表
(ExportOrderDetailList, one row per line item). Either alone or both together; they meet
on the order number in the shop file."""

from __future__ import annotations

import pandas as pd

from ..preset import BuildContext, Field, Preset
from .common import col, line_positions, map_status, skip_rows, split_address, table

PLATFORM = "taobao"

ORDER_FIELDS = (
    Field("order_id", "id", ("订单编号", "订单号"), required=True),
    Field("buyer_id", "id", ("买家会员名", "买家昵称")),
    Field("goods", "money", ("买家应付货款",)),
    Field("postage", "money", ("买家应付邮费",)),
    Field("total", "money", ("总金额",)),
    Field("paid", "money", ("买家实际支付金额", "买家实付金额"), required=True),
    Field("status", "text", ("订单状态",), required=True),
    Field("name", "text", ("收货人姓名",)),
    Field("address", "text", ("收货地址",)),
    Field("phone", "id", ("联系手机", "联系电话")),
    Field("created_at", "datetime", ("订单创建时间", "买家下单时间")),
    Field("paid_at", "datetime", ("订单付款时间", "买家付款时间"), required=True),
    Field("finished_at", "datetime", ("确认收货时间", "交易结束时间")),
    Field("units", "int", ("宝贝总数量", "商品总数量")),
    Field("store", "text", ("店铺名称",)),
    Field("refund", "money", ("退款金额",)),
    Field("title", "text", ("宝贝标题",)),
)

LINE_FIELDS = (
    Field("order_id", "id", ("主订单编号", "订单编号"), required=True),
    Field("line_id", "id", ("子订单编号",)),
    Field("title", "text", ("标题", "商品标题", "宝贝标题"), required=True),
    Field("price", "money", ("价格", "商品价格"), required=True),
    Field("qty", "int", ("购买数量", "商品数量"), required=True),
    Field("external_code", "id", ("外部系统编号",)),
    Field("variant", "text", ("商品属性", "宝贝规格", "商品规格")),
    Field("package", "text", ("套餐信息",)),
    Field("status", "text", ("订单状态",)),
    Field("sku", "id", ("商家编码",)),
    Field("product_id", "id", ("商品ID", "宝贝ID")),
    Field("paid", "money", ("买家实际支付金额", "买家实付金额")),
    Field("goods", "money", ("买家应付货款",)),
    Field("refund_status", "text", ("退款状态",)),
    Field("refund", "money", ("退款金额",)),
    Field("created_at", "datetime", ("订单创建时间", "买家下单时间")),
    Field("paid_at", "datetime", ("订单付款时间", "买家付款时间")),
)


def build_orders(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order", "订单编号")
    paid_at = col(frame, "paid_at")
    status = map_status(col(frame, "status"), paid_at, ctx, frame["_row"])
    address = col(frame, "address")
    province, city = split_address(address)
    orders = table(
        PLATFORM, order_id=frame["order_id"], buyer_id=col(frame, "buyer_id"),
        store=col(frame, "store"), status=status, created_at=col(frame, "created_at"),
        paid_at=paid_at.where(status != "unpaid", None), finished_at=col(frame, "finished_at"),
        currency=pd.Series("CNY", index=frame.index), goods_cents=col(frame, "goods"),
        postage_cents=col(frame, "postage"), paid_cents=col(frame, "paid"),
        refund_cents=col(frame, "refund"), units=col(frame, "units"),
        province=province, city=city,
    )
    with_buyer = frame["buyer_id"].notna() if "buyer_id" in frame else frame["order_id"].isna()
    buyers = table(
        PLATFORM, buyer_id=col(frame, "buyer_id"), name=col(frame, "name"),
        phone=col(frame, "phone"), address=address, province=province, city=city,
    )[with_buyer]
    return {"orders": orders, "buyers": buyers}


def build_lines(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order", "订单编号")
    frame = skip_rows(frame["qty"].notna(), frame, ctx, "skipped_no_qty")
    frame = skip_rows(frame["qty"] != 0, frame, ctx, "zero_qty", "购买数量")
    line_id = col(frame, "line_id").fillna(line_positions(frame["order_id"], ctx))
    sku = col(frame, "sku").fillna(col(frame, "external_code")).fillna(
        col(frame, "product_id")).fillna(frame["title"])
    amount = col(frame, "paid").fillna(frame["price"] * frame["qty"])
    paid_at = col(frame, "paid_at")
    status = map_status(col(frame, "status"), paid_at, ctx, frame["_row"])
    variant = col(frame, "variant").fillna(col(frame, "package"))
    lines = table(
        PLATFORM, order_id=frame["order_id"], line_id=line_id, sku=sku,
        product_id=col(frame, "product_id"), title=frame["title"], variant=variant,
        qty=frame["qty"], unit_price_cents=frame["price"], amount_cents=amount,
        refund_cents=col(frame, "refund"), status=status,
    )
    orders = table(
        PLATFORM, order_id=frame["order_id"], status=status,
        created_at=col(frame, "created_at"), paid_at=paid_at.where(status != "unpaid", None),
    ).drop_duplicates("order_id", keep="last")
    return {"orders": orders, "order_lines": lines}


PRESETS = (
    Preset("taobao_orders", "淘宝/天猫 订单报表", PLATFORM, "orders", ORDER_FIELDS,
           build_orders, signature=("order_id", "paid", "status", "paid_at")),
    Preset("taobao_lines", "淘宝/天猫 宝贝报表", PLATFORM, "order_lines", LINE_FIELDS,
           build_lines, signature=("order_id", "title", "price", "qty")),
)
