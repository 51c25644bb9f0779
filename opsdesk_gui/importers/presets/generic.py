"""The generic import: any line-level order export whose columns the user maps to
OpsDesk's fields (`--map qty=Quantity`), e.g. UCI Online Retail or a plugin's CSV.

Lines with a negative quantity are returns (UCI's 'C' invoices): they become refund
records dated by their own time, never negative sales.
"""

from __future__ import annotations

import pandas as pd

from ...errors import ImportFailed
from ..preset import BuildContext, Field, Preset
from .common import col, line_positions, map_status, skip_rows, table

# OpsDesk field -> (kind, description). The mapping's keys must be among these.
GENERIC_FIELDS: dict[str, tuple[str, str]] = {
    "order_id": ("id", "order number"),
    "line_id": ("id", "line / sub-order number"),
    "sku": ("id", "merchant SKU code"),
    "product_id": ("id", "platform product ID"),
    "title": ("text", "product title"),
    "variant": ("text", "variant / specification"),
    "qty": ("int", "quantity (negative = return)"),
    "unit_price": ("money", "unit price"),
    "line_amount": ("money", "amount paid for the line"),
    "order_total": ("money", "amount paid for the whole order"),
    "postage": ("money", "postage"),
    "paid_at": ("datetime", "payment time"),
    "created_at": ("datetime", "order time"),
    "status": ("text", "order status"),
    "buyer_id": ("id", "buyer / customer ID"),
    "buyer_name": ("text", "buyer's name"),
    "phone": ("id", "phone"),
    "email": ("text", "e-mail"),
    "address": ("text", "address"),
    "region": ("text", "province / region / country"),
    "city": ("text", "city"),
    "currency": ("text", "currency code"),
    "refund_amount": ("money", "refunded amount of the line"),
    "cost": ("money", "unit cost of goods"),
    "stock": ("int", "stock on hand"),
}
REQUIRED = ("order_id", "qty", "paid_at")


def generic_preset(mapping: dict[str, str], platform: str = "generic",
                   currency: str = "CNY") -> Preset:
    for name in mapping:
        if name not in GENERIC_FIELDS:
            raise ImportFailed("unknown_field", {"field": name,
                                                 "known": ", ".join(GENERIC_FIELDS)})
    for name in REQUIRED:
        if name not in mapping:
            raise ImportFailed("required_field", {"field": name})
    if "unit_price" not in mapping and "line_amount" not in mapping:
        raise ImportFailed("required_field", {"field": "unit_price"})
    fields = tuple(Field(name, GENERIC_FIELDS[name][0], (header,), required=True)
                   for name, header in mapping.items())

    def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
        return _build(frame, ctx, platform, currency)

    return Preset("generic", "Generic (mapped columns)", platform, "order_lines", fields, build)


def _build(frame: pd.DataFrame, ctx: BuildContext, platform: str, currency: str
           ) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order")
    frame = skip_rows(frame["qty"].notna(), frame, ctx, "skipped_no_qty")
    frame = skip_rows(frame["qty"] != 0, frame, ctx, "zero_qty")
    positions = line_positions(frame["order_id"], ctx)
    line_id = col(frame, "line_id").fillna(positions)
    sku = col(frame, "sku").fillna(col(frame, "product_id")).fillna(col(frame, "title"))
    qty = frame["qty"]
    amount = col(frame, "line_amount")
    if "unit_price" in frame:
        amount = amount.fillna(frame["unit_price"] * qty)
    buyer_id = col(frame, "buyer_id")
    if buyer_id.isna().any():
        missing = buyer_id.isna()
        ctx.warn("missing_buyer", int(frame.loc[missing, "_row"].iloc[0]), None,
                 int(missing.sum()))
    money_currency = col(frame, "currency").fillna(currency)

    returns = qty < 0
    if returns.any():
        ctx.warn("returns_as_refunds", int(frame.loc[returns, "_row"].iloc[0]), None,
                 int(returns.sum()))
    r = frame[returns]
    refunds = table(
        platform, refund_id=r["order_id"] + "/" + line_id[returns], order_id=r["order_id"],
        buyer_id=buyer_id[returns], sku=sku[returns], title=col(r, "title"),
        qty=-qty[returns], amount_cents=-amount[returns], status=pd.Series("succeeded", r.index),
        currency=money_currency[returns],
        refunded_at=col(r, "paid_at").fillna(col(r, "created_at")),
    ) if returns.any() else pd.DataFrame()

    s = frame[~returns]
    paid_at = col(s, "paid_at")
    status = map_status(col(s, "status"), paid_at, ctx, s["_row"])
    lines = table(
        platform, order_id=s["order_id"], line_id=line_id[~returns], sku=sku[~returns],
        product_id=col(s, "product_id"), title=col(s, "title"), variant=col(s, "variant"),
        qty=qty[~returns], unit_price_cents=col(s, "unit_price"),
        amount_cents=amount[~returns], refund_cents=col(s, "refund_amount"), status=status,
    )
    first = ~s["order_id"].duplicated()
    orders = table(
        platform, order_id=s["order_id"], buyer_id=buyer_id[~returns], status=status,
        created_at=col(s, "created_at"), paid_at=paid_at.where(status != "unpaid", None),
        currency=money_currency[~returns], paid_cents=col(s, "order_total"),
        postage_cents=col(s, "postage"), province=col(s, "region"), city=col(s, "city"),
    )[first]
    buyers = table(
        platform, buyer_id=buyer_id, name=col(frame, "buyer_name"), phone=col(frame, "phone"),
        email=col(frame, "email"), address=col(frame, "address"),
        province=col(frame, "region"), city=col(frame, "city"),
    )[buyer_id.notna()].drop_duplicates("buyer_id", keep="last")
    out = {"orders": orders, "order_lines": lines, "buyers": buyers}
    if not refunds.empty:
        out["refunds"] = refunds
    if "cost" in frame or "stock" in frame:
        out["products"] = table(
            platform, sku=sku, title=col(frame, "title"), cost_cents=col(frame, "cost"),
            stock=col(frame, "stock"),
        )[sku.notna()].drop_duplicates("sku", keep="last")
    return out
