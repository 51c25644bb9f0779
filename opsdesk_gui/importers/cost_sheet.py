"""A cost sheet: the owner's list of SKU codes with their unit costs (CSV in UTF-8 or GBK,
or Excel), read for the Products tab's "Import cost sheet…", which applies the costs as
one undoable edit. No Qt.

The columns are found by the product sheet's names (商家编码/SKU/货号…, 成本/成本价/进货价…,
and an optional 平台 column); cells are cleaned as an import cleans them (`="…"` codes,
¥ and 元, thousands separators). Rows without a code or without a cost are skipped and
counted; a negative or unreadable cost refuses the file, naming the row and column. A
code listed twice keeps its last cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import ImportFailed
from .cleaning import CellContext, clean_id, clean_money
from .presets.product_sheet import FIELDS, platform_codes
from .reading import normalise_header, open_source

_WANTED = {f.name: f for f in FIELDS if f.name in ("sku", "cost", "platform")}


@dataclass
class CostSheet:
    costs: pd.DataFrame  # platform (None: not stated), sku, cost_cents
    skipped: int         # rows without a code or a cost


def read_cost_sheet(path: str | Path) -> CostSheet:
    path = Path(path)
    aliases = [a for f in FIELDS for a in f.aliases]  # the header row of any product sheet
    source = open_source(path, aliases)
    present = {}
    for name, f in _WANTED.items():
        for alias in f.aliases:
            if normalise_header(alias) in source.header:
                present[name] = normalise_header(alias)
                break
    for name in ("sku", "cost"):
        if name not in present:
            raise ImportFailed("missing_column", {
                "file": path.name, "column": _WANTED[name].aliases[0],
                "aliases": ", ".join(_WANTED[name].aliases[1:])})
    parts, skipped = [], 0
    for chunk in source.chunks():
        rows = chunk.rows()
        frame = chunk.frame

        def ctx(name: str, rows=rows) -> CellContext:
            return CellContext(path.name, present[name], rows, lambda *_: None)

        sku = clean_id(frame[present["sku"]], ctx("sku"))
        cost = clean_money(frame[present["cost"]], ctx("cost"))
        negative = (cost < 0).fillna(False).astype(bool)
        if negative.any():
            shown = cost.map(lambda v: f"{v / 100:.2f}", na_action="ignore")
            raise ctx("cost").fail("negative_value", negative, shown)
        platform = (platform_codes(frame[present["platform"]], None)
                    if "platform" in present else pd.Series(None, index=frame.index,
                                                            dtype=object))
        keep = sku.notna() & cost.notna()
        skipped += int((~keep).sum())
        parts.append(pd.DataFrame({"platform": platform[keep], "sku": sku[keep],
                                   "cost_cents": cost[keep].astype("int64")}))
    costs = (pd.concat(parts, ignore_index=True) if parts
             else pd.DataFrame(columns=["platform", "sku", "cost_cents"]))
    platform = costs["platform"].astype(object)
    costs["platform"] = platform.where(platform.notna(), None)
    costs = costs.drop_duplicates(["platform", "sku"], keep="last").reset_index(drop=True)
    return CostSheet(costs, skipped)


@dataclass
class CostMatch:
    costs: pd.DataFrame  # platform, sku, cost_cents: one row per catalogue product matched
    missing: int         # sheet rows whose code is not in the catalogue


def match_costs(catalogue: pd.DataFrame, sheet: CostSheet) -> CostMatch:
    """The sheet's costs for the catalogue's (platform, sku) rows: a row that names its
    platform sets that product only, one without sets the code on every platform; the
    first row of a product wins."""
    stated = sheet.costs[sheet.costs["platform"].notna()]
    anywhere = sheet.costs[sheet.costs["platform"].isna()].drop(columns="platform")
    matched = pd.concat([catalogue.merge(stated, on=["platform", "sku"]),
                         catalogue.merge(anywhere, on="sku")], ignore_index=True)
    matched = matched.drop_duplicates(["platform", "sku"], keep="first")
    missing = int((~sheet.costs["sku"].isin(set(matched["sku"]))).sum())
    return CostMatch(matched[["platform", "sku", "cost_cents"]].reset_index(drop=True),
                     missing)
