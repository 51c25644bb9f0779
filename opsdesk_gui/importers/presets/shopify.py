"""Shopify (UTF-8 CSV): the orders export (one row per line item), the products export
(one row per variant or image) and the customers export.

Buyers. Shopify's order export has no customer ID, so a buyer is known by what both the
order export and the customer export carry: `email:<lower-case e-mail>`, else
`phone:<digits>` (a POS order may have a phone only); the customer export falls back to
`id:<Customer ID>` for a customer with neither (such a buyer meets no order). The e-mail
is an identifier the shop already holds; it stays in the local shop file, the buyers
table is where personal data lives, and it is masked on screen like names and phones.

Regions. Orders and customers give a country code and a province code ('US', 'CA');
they are stored together as the ISO 3166-2 style region 'US-CA' in `province` (a
province code alone is ambiguous across countries: CA is California and Canada), the
country alone when there is no province.

Not stored (no column in the shop file): Taxes (Total includes them), Notes, Note
Attributes, Id, Source, Vendor, the customers' Total Spent / Total Orders / Tags (the
shop file computes them from the orders).
"""

from __future__ import annotations

import pandas as pd

from ..preset import BuildContext, Field, Preset
from .common import col, line_positions, map_status, skip_rows, table

PLATFORM = "shopify"

ORDER_FIELDS = (
    Field("order_id", "id", ("Name",), required=True),
    Field("email", "text", ("Email",)),
    Field("financial_status", "text", ("Financial Status",), required=True),
    Field("paid_at", "datetime", ("Paid at",)),
    Field("fulfillment_status", "text", ("Fulfillment Status",)),
    Field("currency", "text", ("Currency",), required=True),
    Field("subtotal", "money", ("Subtotal",)),
    Field("shipping", "money", ("Shipping",)),
    Field("total", "money", ("Total",), required=True),
    Field("discount", "money", ("Discount Amount",)),
    Field("created_at", "datetime", ("Created at",)),
    Field("qty", "int", ("Lineitem quantity",), required=True),
    Field("line_name", "text", ("Lineitem name",), required=True),
    Field("line_price", "money", ("Lineitem price",), required=True),
    Field("line_sku", "id", ("Lineitem sku",)),
    Field("line_discount", "money", ("Lineitem discount",)),
    Field("billing_name", "text", ("Billing Name",)),
    Field("billing_phone", "id", ("Billing Phone",)),
    Field("phone", "id", ("Phone",)),
    Field("city", "text", ("Shipping City",)),
    Field("province", "text", ("Shipping Province",)),
    Field("country", "text", ("Shipping Country",)),
    Field("cancelled_at", "datetime", ("Cancelled at",)),
    Field("refunded", "money", ("Refunded Amount",)),
)

# Stated on an order's first row only; the order's later rows leave them empty.
ORDER_LEVEL = (
    "email", "financial_status", "paid_at", "fulfillment_status", "currency", "subtotal",
    "shipping", "total", "discount", "created_at", "billing_name", "billing_phone", "phone",
    "city", "province", "country", "cancelled_at", "refunded",
)

PRODUCT_FIELDS = (
    Field("handle", "id", ("Handle",), required=True),
    Field("title", "text", ("Title",)),
    Field("type", "text", ("Type",)),
    Field("product_category", "text", ("Product Category",)),
    Field("tags", "text", ("Tags",)),
    Field("option1", "text", ("Option1 Value",)),
    Field("option2", "text", ("Option2 Value",)),
    Field("option3", "text", ("Option3 Value",)),
    Field("sku", "id", ("Variant SKU",)),
    Field("stock", "int", ("Variant Inventory Qty",)),
    Field("price", "money", ("Variant Price",), required=True),
    Field("cost", "money", ("Cost per item",)),
    Field("status", "text", ("Status",)),
)

# Stated on a handle's first row only; carried to its other variants.
PRODUCT_LEVEL = ("title", "type", "product_category", "tags", "status")

CUSTOMER_FIELDS = (
    Field("customer_id", "id", ("Customer ID",)),
    Field("first_name", "text", ("First Name",), required=True),
    Field("last_name", "text", ("Last Name",), required=True),
    Field("email", "text", ("Email",), required=True),
    Field("phone", "id", ("Phone", "Default Address Phone")),
    Field("city", "text", ("Default Address City", "City")),
    Field("province", "text", ("Default Address Province Code", "Province Code")),
    Field("country", "text", ("Default Address Country Code", "Country Code")),
    Field("total_spent", "text", ("Total Spent",)),  # identifies the export; not stored
)


def buyer_ids(email: pd.Series, phone: pd.Series) -> pd.Series:
    """'email:<lower-case e-mail>', else 'phone:<digits, leading +>', else missing."""
    email = email.astype(object).str.strip().str.lower()
    digits = phone.astype(object).str.replace(r"[^\d+]", "", regex=True)
    ids = ("email:" + email).where(email.notna() & (email != ""), None)
    by_phone = ("phone:" + digits).where(digits.notna() & (digits != ""), None)
    return ids.fillna(by_phone).astype(object)


def region(country: pd.Series, province: pd.Series) -> pd.Series:
    """('US', 'CA') -> 'US-CA'; the country alone, or the province alone, when that is
    all there is."""
    both = country.notna() & province.notna()
    out = country.where(~both, country + "-" + province)
    return out.fillna(province).astype(object)


def join_present(parts: list[pd.Series], sep: str) -> pd.Series:
    """Values present in `parts`, joined by `sep` ('Red', None, 'L' -> 'Red / L')."""
    out = pd.Series(None, index=parts[0].index, dtype=object)
    for part in (p.astype(object) for p in parts):
        out = (out + sep + part).fillna(out).fillna(part)
    return out.astype(object)


def build_orders(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["order_id"].notna(), frame, ctx, "skipped_no_order", "Name")
    state = ctx.state.setdefault("shopify_orders", {"status": {}, "currency": None})
    known: dict[str, str] = state["status"]

    # One row per order: the first value stated for each order-level field, so the
    # blanks of an order's later rows never overwrite (an order split across chunks
    # keeps what earlier chunks staged: the staging fills in only stated values).
    present = [c for c in ORDER_LEVEL if c in frame]
    heads = frame.groupby("order_id", sort=False)[[*present, "_row"]].first()
    order_id = pd.Series(heads.index, index=heads.index, dtype=object)
    new = ~order_id.isin(known)
    stated = col(heads, "financial_status").notna()

    paid_at = col(heads, "paid_at")
    status = map_status(col(heads, "financial_status"), paid_at, ctx, heads["_row"])
    fulfilled = col(heads, "fulfillment_status").str.lower().isin(["fulfilled", "partial"])
    status = status.mask((status == "paid") & fulfilled, "shipped")
    cancelled = col(heads, "cancelled_at").notna() & status.isin(["unpaid", "paid", "shipped"])
    status = status.mask(cancelled, "closed")
    # An order whose first row was in an earlier chunk keeps the status staged then.
    status = status.where(stated | new, None)
    known.update(status.dropna().to_dict())

    currency = col(heads, "currency")
    if state["currency"] is None and currency.notna().any():
        state["currency"] = currency.dropna().iloc[0]
    if state["currency"] is not None:  # a new order without a currency: the file's first
        currency = currency.where(~new, currency.fillna(state["currency"]))

    buyer_id = buyer_ids(col(heads, "email"), col(heads, "phone").fillna(
        col(heads, "billing_phone")))
    missing = buyer_id.isna() & stated
    if missing.any():
        ctx.warn("missing_buyer", int(heads.loc[missing, "_row"].iloc[0]), "Email",
                 int(missing.sum()))
    province = region(col(heads, "country"), col(heads, "province"))
    orders = table(
        PLATFORM, order_id=order_id, buyer_id=buyer_id, status=status,
        created_at=col(heads, "created_at"), paid_at=paid_at.where(status != "unpaid", None),
        finished_at=col(heads, "cancelled_at"), currency=currency,
        goods_cents=col(heads, "subtotal"), postage_cents=col(heads, "shipping"),
        discount_cents=col(heads, "discount"), paid_cents=col(heads, "total"),
        refund_cents=col(heads, "refunded"), province=province, city=col(heads, "city"),
    )
    buyers = table(
        PLATFORM, buyer_id=buyer_id, name=col(heads, "billing_name"),
        phone=col(heads, "billing_phone").fillna(col(heads, "phone")),
        email=col(heads, "email"), province=province, city=col(heads, "city"),
    )[buyer_id.notna()]  # a buyer's orders fill in one another (staging coalesces)

    lines = skip_rows(frame["qty"].notna(), frame, ctx, "skipped_no_qty")
    lines = skip_rows(lines["qty"] != 0, lines, ctx, "zero_qty", "Lineitem quantity")
    qty = lines["qty"]
    # Lineitem discount is the discount on the whole line, not per unit.
    amount = lines["line_price"] * qty - col(lines, "line_discount").fillna(0)
    order_lines = table(
        PLATFORM, order_id=lines["order_id"],
        line_id=line_positions(lines["order_id"], ctx),
        sku=col(lines, "line_sku").fillna(lines["line_name"]), title=lines["line_name"],
        qty=qty, unit_price_cents=lines["line_price"], amount_cents=amount,
        status=lines["order_id"].map(known).astype(object),
    )
    return {"orders": orders, "order_lines": order_lines, "buyers": buyers}


def build_products(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    frame = skip_rows(frame["handle"].notna(), frame, ctx, "skipped_no_sku", "Handle")
    carried: dict[str, dict[str, str]] = ctx.state.setdefault("shopify_products", {})
    frame = frame.copy()
    for name in (c for c in PRODUCT_LEVEL if c in frame):
        seen = carried.setdefault(name, {})
        filled = frame.groupby("handle", sort=False)[name].ffill()
        frame[name] = filled.fillna(frame["handle"].map(seen)).astype(object)
        seen.update(frame.groupby("handle", sort=False)[name].last().dropna().to_dict())

    # Rows that only add an image to a product: no variant SKU and no price.
    image_only = col(frame, "sku").isna() & frame["price"].isna()
    frame = skip_rows(~image_only, frame, ctx, "skipped_image_only")
    options = [col(frame, f"option{i}") for i in (1, 2, 3)]
    options = [o.where(o != "Default Title", None) for o in options]
    variant = join_present(options, " / ")
    sku = col(frame, "sku").fillna(join_present([frame["handle"], *options], "/"))
    products = table(
        PLATFORM, sku=sku, product_id=frame["handle"], title=col(frame, "title"),
        variant=variant, category=col(frame, "type").fillna(col(frame, "product_category")),
        tags=col(frame, "tags"), status=col(frame, "status"), price_cents=frame["price"],
        cost_cents=col(frame, "cost"), stock=col(frame, "stock"),
    )
    return {"products": products}


def build_customers(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    buyer_id = buyer_ids(frame["email"], col(frame, "phone"))
    buyer_id = buyer_id.fillna(("id:" + col(frame, "customer_id")).astype(object))
    frame = skip_rows(buyer_id.notna(), frame, ctx, "skipped_no_buyer", "Email")
    buyer_id = buyer_id[frame.index]
    name = join_present([frame["first_name"], frame["last_name"]], " ")
    buyers = table(
        PLATFORM, buyer_id=buyer_id, name=name, phone=col(frame, "phone"),
        email=frame["email"], province=region(col(frame, "country"), col(frame, "province")),
        city=col(frame, "city"),
    )
    return {"buyers": buyers}


PRESETS = (
    Preset("shopify_orders", "Shopify orders", PLATFORM, "order_lines", ORDER_FIELDS,
           build_orders, signature=("order_id", "financial_status", "qty", "line_name")),
    Preset("shopify_products", "Shopify products", PLATFORM, "products", PRODUCT_FIELDS,
           build_products, signature=("handle", "sku", "price")),
    Preset("shopify_customers", "Shopify customers", PLATFORM, "buyers", CUSTOMER_FIELDS,
           build_customers, signature=("first_name", "last_name", "email", "total_spent")),
)
