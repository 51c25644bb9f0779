"""The registration sheet a platform hands out for an event (活动报名表), CSV or XLSX, read
into a plan's products. No Qt.

Recognised headers: the product by 商家编码 / SKU (the catalogue's sku) or 商品ID (the
platform's item id, looked up in the catalogue); the price by 活动价 / 报名价; the stock by
活动库存 / 报名库存. A sheet with other headers is mapped like an import (`mapping`:
{field: header}). Every refusal names the file, row and column; nothing is written here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ..errors import ImportFailed
from .cleaning import CellContext, clean_id, clean_int, clean_money
from .reading import normalise_header, open_source


class SheetProduct(NamedTuple):
    """A row of a registration sheet: the fields of models.campaigns.plan.PlanProduct, in
    its order (CampaignPlan.with_products takes these)."""
    platform: str
    sku: str
    campaign_price_cents: int | None = None
    reserved_stock: int | None = None
    flash_cap: int | None = None


FIELDS: dict[str, tuple[str, ...]] = {
    "sku": ("商家编码", "SKU", "商家编码/SKU", "货号", "规格编码", "sku"),
    "product_id": ("商品ID", "宝贝ID", "商品id", "Item ID", "product_id"),
    "campaign_price": ("活动价", "报名价", "活动价格", "报名价格", "Campaign price"),
    "reserved_stock": ("活动库存", "报名库存", "Reserved stock", "Campaign stock"),
}


def _ignore(*_args) -> None:
    pass


def _columns(header: list[str], mapping: dict[str, str] | None, file: str) -> dict[str, str]:
    found = {}
    for field, aliases in FIELDS.items():
        if mapping and field in mapping:
            wanted = normalise_header(mapping[field])
            if wanted not in header:
                raise ImportFailed("bad_mapping", {"column": mapping[field], "file": file})
            found[field] = wanted
            continue
        for alias in aliases:
            if normalise_header(alias) in header:
                found[field] = normalise_header(alias)
                break
    return found


def read_registration_sheet(path: str | Path, conn: sqlite3.Connection, platform: str,
                            mapping: dict[str, str] | None = None) -> list[SheetProduct]:
    """The sheet's products for `platform`, in the sheet's order (a product listed twice:
    its last row)."""
    path = Path(path)
    known = [a for aliases in FIELDS.values() for a in aliases] + list((mapping or {}).values())
    source = open_source(path, known)
    columns = _columns(source.header, mapping, path.name)
    if "sku" not in columns and "product_id" not in columns:
        raise ImportFailed("sheet_no_product_column", {"file": path.name})
    frames = [(chunk.frame, chunk.rows()) for chunk in source.chunks()]
    if not frames:
        return []
    frame = pd.concat([f for f, _ in frames])
    rows = pd.concat([r for _, r in frames])
    frame.index = rows.index = range(len(frame))

    def cleaned(field: str, cleaner):
        if field not in columns:
            return pd.Series([pd.NA] * len(frame), dtype="object")
        return cleaner(frame[columns[field]], CellContext(path.name, columns[field], rows,
                                                          _ignore))

    sku = cleaned("sku", clean_id)
    if "product_id" in columns:
        item = cleaned("product_id", clean_id)
        catalogue = dict(conn.execute(
            "SELECT product_id, sku FROM products WHERE platform = ? AND product_id IS NOT "
            "NULL", (platform,)).fetchall())
        for index in frame.index[sku.isna() & item.notna()]:
            if item[index] not in catalogue:
                raise ImportFailed("unknown_product", {
                    "file": path.name, "row": int(rows[index]),
                    "column": columns["product_id"], "value": item[index]})
            sku[index] = catalogue[item[index]]
    price = cleaned("campaign_price", clean_money)
    stock = cleaned("reserved_stock", clean_int)
    for field, values in (("campaign_price", price), ("reserved_stock", stock)):
        negative = values.notna() & (values.fillna(0) < 0)
        if negative.any():
            index = negative.to_numpy().nonzero()[0][0]
            raise ImportFailed("negative_value", {
                "file": path.name, "row": int(rows[index]), "column": columns[field],
                "value": frame[columns[field]].iloc[index]})
    products: dict[str, SheetProduct] = {}
    for index in frame.index[sku.notna()]:
        products[str(sku[index])] = SheetProduct(
            platform, str(sku[index]),
            None if pd.isna(price[index]) else int(price[index]),
            None if pd.isna(stock[index]) else int(stock[index]))
    return list(products.values())


def sheet_headers(path: str | Path) -> list[str]:
    """The column names of a sheet whose headers are not recognised (its first row), to
    map them."""
    return [h for h in open_source(path, [], first_row_header=True).header if h]
