"""抖店 (Douyin shop) 订单管理 → 批量导出: one row per sub-order (子订单), so line-level.

What belongs to the whole order (订单应付金额, 运费, 优惠总金额, its times, 订单状态, 省/市)
is repeated on every line of the order: it is taken once per order, never summed.

Line amounts are stored after the order's discounts, as on every platform (products and
after-sales read them as what was paid): 商品金额 is before them, so once the lines are
staged (`share_discounts`) the order's 优惠总金额 (else what 商品金额 + 运费 exceeds
订单应付金额) is shared over its lines in proportion to 商品金额, in whole cents by largest
remainder (ties to the earlier line), never more than the goods. goods_cents keeps the
goods before discounts; a line refunded in full is refunded its amount after them.
"""

from __future__ import annotations

import sqlite3

import pandas as pd

from ..preset import BuildContext, Field, Preset
from .common import col, line_positions, map_status, receiver_buyers, skip_rows, table

PLATFORM = "douyin"

# 售后状态 values meaning the line's money went back to the buyer. `-` (no after-sales),
# 售后关闭, 退款失败 and cases still in progress (退款中, 待商家处理 ...) leave it a sale.
REFUNDED = frozenset({"退款成功", "售后完成", "退货退款成功", "已退款"})

FIELDS = (
    Field("order_id", "id", ("主订单编号", "主订单号"), required=True),
    Field("line_id", "id", ("子订单编号", "子订单号")),
    Field("title", "text", ("选购商品", "商品名称"), required=True),
    Field("product_id", "id", ("商品ID", "商品id")),
    Field("sku", "id", ("商家编码", "货号")),
    Field("variant", "text", ("商品规格",)),
    Field("qty", "int", ("商品数量",), required=True),
    Field("price", "money", ("商品单价",)),
    Field("amount", "money", ("商品金额",)),
    Field("created_at", "datetime", ("订单提交时间", "下单时间")),
    Field("paid_at", "datetime", ("支付完成时间", "支付时间"), required=True),
    Field("finished_at", "datetime", ("订单完成时间",)),
    Field("status", "text", ("订单状态",), required=True),
    Field("paid", "money", ("订单应付金额",), required=True),
    Field("postage", "money", ("运费",)),
    Field("discount", "money", ("优惠总金额",)),
    Field("province", "text", ("省", "省份")),
    Field("city", "text", ("市", "城市")),
    Field("aftersales", "text", ("售后状态",)),
    Field("receiver_name", "text", ("收件人", "收件人姓名", "收货人")),
    Field("receiver_phone", "id", ("收件人手机号", "收件人电话", "收货人手机号")),
)
# Buyers: 抖店 exports carry no buyer ID, only the recipient (收件人, 收件人手机号, 省/市/区,
# 详细地址), usually masked. The receiver's name + phone stand for the buyer
# (common.receiver_buyers): the order's buyer_id is a code made from them, buyer_source
# 'receiver' marks it approximate, and a buyers row keeps the name and phone (personal
# data, in the shop file only). 详细地址 is not read.


def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order", "主订单编号")
    frame = skip_rows(frame["qty"].notna(), frame, ctx, "skipped_no_qty")
    frame = skip_rows(frame["qty"] != 0, frame, ctx, "zero_qty", "商品数量")
    qty = frame["qty"]
    if "price" in frame:  # 商品金额 is then the line's amount
        price = frame["price"]
        amount = frame["amount"].fillna(price * qty) if "amount" in frame else price * qty
    elif "amount" in frame:  # older templates: no 商品单价, and 商品金额 is the unit price
        price, amount = frame["amount"], frame["amount"] * qty
    else:
        price = amount = pd.Series(pd.NA, index=frame.index, dtype="Int64")

    # A line whose after-sales ended in a refund (退款成功 / 售后完成) was refunded in
    # full: its refund_cents is the line's amount. The export states no refunded sum.
    refunded = col(frame, "aftersales").isin(REFUNDED)
    refund = amount.where(refunded) if refunded.any() else None

    paid_at = frame["paid_at"]
    status = map_status(col(frame, "status"), paid_at, ctx, frame["_row"])
    line_id = col(frame, "line_id").fillna(line_positions(frame["order_id"], ctx))
    product_id = col(frame, "product_id")
    sku = col(frame, "sku").fillna(product_id).fillna(frame["title"])
    lines = table(
        PLATFORM, order_id=frame["order_id"], line_id=line_id, sku=sku, product_id=product_id,
        title=frame["title"], variant=col(frame, "variant"), qty=qty, unit_price_cents=price,
        amount_cents=amount, refund_cents=refund, status=status.mask(refunded, "refunded"),
    )
    # 订单应付金额 is what the buyer paid for the whole order, repeated on each of its
    # lines: the first line states it. Units and goods come from the lines (pipeline).
    first = ~frame["order_id"].duplicated()
    buyer, buyers = receiver_buyers(PLATFORM, frame)
    orders = table(
        PLATFORM, order_id=frame["order_id"], **buyer, status=status,
        created_at=col(frame, "created_at"), paid_at=paid_at.where(status != "unpaid", None),
        finished_at=col(frame, "finished_at"), currency=pd.Series("CNY", index=frame.index),
        paid_cents=frame["paid"], postage_cents=col(frame, "postage"),
        discount_cents=col(frame, "discount"), province=col(frame, "province"),
        city=col(frame, "city"),
    )[first]
    return {"orders": orders, "order_lines": lines, "buyers": buyers}


# Over the staged 抖店 orders and lines (see the module docstring).
_GOODS = f"""
UPDATE temp.stage_orders AS o SET goods_cents = a.goods FROM (
    SELECT order_id, sum(amount_cents) AS goods FROM temp.stage_order_lines
    WHERE platform = '{PLATFORM}' AND qty > 0 GROUP BY order_id) AS a
WHERE o.platform = '{PLATFORM}' AND o.order_id = a.order_id
"""
_SHARE = f"""
WITH orders AS (
    SELECT order_id, goods_cents AS goods,
           min(max(coalesce(discount_cents,
                            goods_cents + coalesce(postage_cents, 0) - paid_cents), 0),
               goods_cents) AS discount
    FROM temp.stage_orders WHERE platform = '{PLATFORM}' AND goods_cents > 0),
base AS (
    SELECT l.rowid AS rid, l.order_id, o.discount,
           o.discount * l.amount_cents / o.goods AS share,
           o.discount * l.amount_cents % o.goods AS rest
    FROM temp.stage_order_lines l JOIN orders o ON o.order_id = l.order_id
    WHERE l.platform = '{PLATFORM}' AND l.qty > 0 AND l.amount_cents > 0
      AND o.discount > 0),
ranked AS (
    SELECT rid, share + (row_number() OVER (PARTITION BY order_id ORDER BY rest DESC, rid)
                         <= discount - sum(share) OVER (PARTITION BY order_id)) AS cut
    FROM base)
UPDATE temp.stage_order_lines AS l
SET amount_cents = l.amount_cents - r.cut,
    refund_cents = CASE WHEN l.refund_cents = l.amount_cents
                        THEN l.amount_cents - r.cut ELSE l.refund_cents END
FROM ranked r WHERE l.rowid = r.rid
"""


def share_discounts(conn: sqlite3.Connection) -> None:
    staged = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_temp_master WHERE type = 'table'")}
    if {"stage_orders", "stage_order_lines"} <= staged:
        for statement in (_GOODS, _SHARE):
            conn.execute(statement)


PRESETS = (
    Preset("douyin_orders", "抖店 订单导出", PLATFORM, "order_lines", FIELDS, build,
           signature=("order_id", "title", "qty", "paid"), finish=share_discounts),
)
