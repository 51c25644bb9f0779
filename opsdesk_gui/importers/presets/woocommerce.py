"""WooCommerce: the core product export (Products → Export, one row per product or
variation). WooCommerce orders have no core export: they come through the generic
import's column mapping.

Rows. A variable product's own row (Type 'variable') is the parent of its variations and
not a SKU that sells: it is skipped (counted); its categories and tags are carried to its
variations, which name it in Parent as 'id:<ID>' or by its SKU. A product without a SKU
is filed under its WooCommerce ID (the schema's "else the platform's item id"); a
variation's product_id is its parent's ID, so variations group like Shopify's variants.

Prices. A shop set to a decimal comma, or a file re-saved by a European Excel, writes
'12,50'. The preset's fixed `decimal_comma` cannot serve both kinds of shop, so the
price columns are read here and every cell decides from its own text: the separator
followed by one or two digits (or the last of two different separators) is the decimal
one ('12,50', '1.234,50', '12.5', '1,234.50'); several equal separators are thousands
('1.234.567'). A cell whose only separator is followed by exactly three digits ('1,234',
'1.234') is ambiguous: it follows the majority of the unambiguous price cells of the file
read so far, and the dot convention when there are none (so a file that mixes both
conventions is read cell by cell, and its ambiguous cells the way most of it is written).
"""

from __future__ import annotations

import re

import pandas as pd

from ..cleaning import CellContext, clean_money
from ..preset import BuildContext, Field, Preset
from .common import col, skip_rows, table
from .shopify import join_present

PLATFORM = "woocommerce"

PRICE_FIELDS = {"sale_price": "Sale price", "regular_price": "Regular price",
                "cost": "Cost of goods"}

FIELDS = (
    Field("woo_id", "id", ("ID",), required=True),
    Field("type", "text", ("Type",), required=True),
    Field("sku", "id", ("SKU",)),
    Field("name", "text", ("Name",), required=True),
    Field("published", "text", ("Published",)),
    Field("stock", "int", ("Stock",)),
    # prices are read by `_prices` (decimal comma or point, decided from the data)
    Field("sale_price", "text", ("Sale price",)),
    Field("regular_price", "text", ("Regular price",), required=True),
    Field("categories", "text", ("Categories",)),
    Field("tags", "text", ("Tags",)),
    Field("parent", "text", ("Parent",)),
    Field("cost", "text", ("Cost of goods", "Meta: _wc_cog_cost")),
    Field("attribute1", "text", ("Attribute 1 value(s)",)),
    Field("attribute2", "text", ("Attribute 2 value(s)",)),
    Field("attribute3", "text", ("Attribute 3 value(s)",)),
)

PUBLISHED = {"1": "active", "0": "draft", "-1": "private"}


def decimal_style(text: str) -> str | None:
    """'comma' or 'dot' for the decimal separator a price is written with; None when
    the text cannot tell ('1,234', '1.234', and whole numbers, which read the same
    either way)."""
    digits = re.sub(r"[^\d,.]", "", text)
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        return "comma" if digits.rfind(",") > digits.rfind(".") else "dot"
    if not commas and not dots:
        return None
    sep = "," if commas else "."
    if commas + dots > 1:  # several equal separators: thousands
        return "dot" if sep == "," else "comma"
    if len(digits) - digits.rfind(sep) - 1 != 3:
        return "comma" if sep == "," else "dot"
    return None


def _prices(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.Series]:
    """The price columns as cents, each cell read with its own decimal separator."""
    counts = ctx.state.setdefault("woocommerce_separators", {"comma": 0, "dot": 0})
    styles = {}
    for name in PRICE_FIELDS:
        if name in frame:
            styles[name] = frame[name].dropna().map(decimal_style)
            for style, n in styles[name].value_counts().items():
                counts[style] += int(n)
    majority = "comma" if counts["comma"] > counts["dot"] else "dot"
    out = {}
    for name, header in PRICE_FIELDS.items():
        if name not in frame:
            continue
        values = frame[name]
        comma = styles[name].fillna(majority).reindex(values.index, fill_value="dot") == "comma"
        cents = pd.Series(pd.NA, index=values.index, dtype="Int64")
        for mask, decimal_comma in ((comma, True), (~comma, False)):
            if mask.any():
                cell = CellContext(ctx.file, header, frame.loc[mask, "_row"], ctx.warn)
                cents[mask] = clean_money(values[mask], cell, decimal_comma=decimal_comma)
        out[name] = cents
    return out


def build_products(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    parents: dict[str, dict] = ctx.state.setdefault("woocommerce_parents", {})
    is_parent = frame["type"].fillna("").str.contains("variable", regex=False)
    for _, row in frame[is_parent].iterrows():
        info = {"id": row["woo_id"], "categories": row.get("categories"),
                "tags": row.get("tags")}
        parents["id:" + str(row["woo_id"])] = info
        if pd.notna(row.get("sku")):
            parents[str(row["sku"])] = info
    frame = skip_rows(~is_parent, frame, ctx, "skipped_variable_parent", "Type")
    frame = skip_rows(frame["woo_id"].notna() | col(frame, "sku").notna(), frame, ctx,
                      "skipped_no_sku", "SKU")

    parent = col(frame, "parent").map(parents.get)  # 'id:12' or the parent's SKU
    from_parent = {key: parent.map(lambda p, k=key: p[k] if isinstance(p, dict) else None)
                   for key in ("id", "categories", "tags")}
    prices = _prices(frame, ctx)
    regular = prices["regular_price"]
    # the price a buyer pays now: the sale price when one is set
    price = prices["sale_price"].fillna(regular) if "sale_price" in prices else regular
    options = [col(frame, f"attribute{i}") for i in (1, 2, 3)]
    products = table(
        PLATFORM, sku=col(frame, "sku").fillna(frame["woo_id"]),
        product_id=from_parent["id"].astype(object).fillna(frame["woo_id"]),
        title=frame["name"], variant=join_present(options, " / "),
        category=col(frame, "categories").fillna(from_parent["categories"]),
        tags=col(frame, "tags").fillna(from_parent["tags"]),
        status=col(frame, "published").map(PUBLISHED).astype(object),
        price_cents=price, cost_cents=prices.get("cost"), stock=col(frame, "stock"),
    )
    return {"products": products}


PRESETS = (
    Preset("woocommerce_products", "WooCommerce products", PLATFORM, "products", FIELDS,
           build_products, signature=("woo_id", "type", "name", "regular_price")),
)
