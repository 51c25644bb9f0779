"""京东 POP 商家后台 → 订单查询与跟踪 → 导出 (the older template): one row per product
line. The order's own values (应付金额, 运费金额, times, status, buyer) repeat on each line
of the order: they are taken once per order, never summed.
"""

from __future__ import annotations

import pandas as pd

from ..preset import BuildContext, Field, Preset
from .common import col, line_positions, map_status, skip_rows, table

PLATFORM = "jd"

FIELDS = (
    Field("order_id", "id", ("订单号",), required=True),
    Field("product_id", "id", ("商品ID", "商品id", "商品编号")),
    Field("title", "text", ("商品名称",), required=True),
    Field("qty", "int", ("订购数量",), required=True),
    Field("created_at", "datetime", ("下单时间",)),
    Field("price", "money", ("京东价",), required=True),
    # 订单金额 is read as text, for recognising the export only: whether it is before or
    # after discounts differs between template years, so it is not stored.
    Field("order_amount", "text", ("订单金额",)),
    Field("paid", "money", ("应付金额",), required=True),
    Field("status", "text", ("订单状态",), required=True),
    Field("buyer_id", "id", ("下单帐号", "下单账号")),
    Field("name", "text", ("客户姓名",)),
    Field("address", "text", ("客户地址",)),
    Field("phone", "id", ("联系电话",)),
    Field("postage", "money", ("运费金额",)),
    Field("paid_at", "datetime", ("付款确认时间",), required=True),
    Field("sku", "id", ("货号",)),
    Field("finished_at", "datetime", ("订单完成时间",)),
)


def item_line_ids(order_ids: pd.Series, items: pd.Series, ctx: BuildContext) -> pd.Series:
    """Line ids for exports without a sub-order number: the line's item (商品ID), so a
    later export listing an order's lines in another order names each line the same; a
    second line of the same item in one order is 'item#2'. Rows without an item id take
    their position in the order. Counted across chunks, like `line_positions`."""
    ids = line_positions(order_ids, ctx)
    has = items.notna()
    if has.any():
        seen: dict[str, int] = ctx.state.setdefault("item_lines", {})
        item = items[has].astype(str)
        key = order_ids[has] + "\x1f" + item
        nth = key.groupby(key, sort=False).cumcount() + 1 + key.map(seen).fillna(0).astype(int)
        for k, count in key.value_counts(sort=False).items():
            seen[k] = seen.get(k, 0) + int(count)
        ids[has] = item.where(nth == 1, item + "#" + nth.astype(str))
    return ids


def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order", "订单号")
    frame = skip_rows(frame["qty"].notna(), frame, ctx, "skipped_no_qty")
    frame = skip_rows(frame["qty"] != 0, frame, ctx, "zero_qty", "订购数量")
    qty = frame["qty"]
    product_id = col(frame, "product_id")
    paid_at = frame["paid_at"]
    status = map_status(col(frame, "status"), paid_at, ctx, frame["_row"])
    # 京东价 is the list price: a line's amount is 京东价 × 订购数量, before the order's
    # discounts (应付金额 on the order is what the buyer paid).
    lines = table(
        PLATFORM, order_id=frame["order_id"],
        line_id=item_line_ids(frame["order_id"], product_id.fillna(col(frame, "sku")), ctx),
        sku=col(frame, "sku").fillna(product_id).fillna(frame["title"]),
        product_id=product_id, title=frame["title"], qty=qty,
        unit_price_cents=frame["price"], amount_cents=frame["price"] * qty, status=status,
    )
    # 应付金额 and 运费金额 are the order's, repeated on every line: the first line states
    # them. Units and goods come from the lines (pipeline).
    first = ~frame["order_id"].duplicated()
    buyer_id = col(frame, "buyer_id")
    orders = table(
        PLATFORM, order_id=frame["order_id"], buyer_id=buyer_id, status=status,
        created_at=col(frame, "created_at"), paid_at=paid_at.where(status != "unpaid", None),
        finished_at=col(frame, "finished_at"), currency=pd.Series("CNY", index=frame.index),
        paid_cents=frame["paid"], postage_cents=col(frame, "postage"),
    )[first]
    # 下单帐号 is the buyer's JD account: an ID, so the buyer's personal data may be kept
    # with it in `buyers` (the addresses carry no spaces to split province from city).
    out = {"orders": orders, "order_lines": lines}
    if buyer_id.notna().any():
        out["buyers"] = table(
            PLATFORM, buyer_id=buyer_id, name=col(frame, "name"), phone=col(frame, "phone"),
            address=col(frame, "address"),
        )[buyer_id.notna()].drop_duplicates("buyer_id", keep="last")
    return out


PRESETS = (
    Preset("jd_orders", "京东 订单导出", PLATFORM, "order_lines", FIELDS, build,
           signature=("order_id", "qty", "price", "paid")),
)
