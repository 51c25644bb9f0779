"""The owner's own product sheet, as kept in Excel: codes, titles, prices, unit costs,
stock, safety stock and lead times -> the `products` table.

Only the columns the sheet has are written, and an empty cell keeps what the shop holds:
a sheet of SKU + cost updates costs and leaves stock alone. A negative price, cost,
stock, safety stock or lead time is refused, naming the file, row and column.

Detection: a SKU column plus at least one of cost / stock / safety stock / lead time,
which no order export carries. A sheet with only prices is imported with
`--preset product_sheet`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ..cleaning import CellContext
from ..preset import BuildContext, Field, Preset
from .common import col, skip_rows, table

PLATFORM = "taobao"

# What owners write in a 平台 column -> OpsDesk's platform codes.
PLATFORM_NAMES: dict[str, str] = {
    "淘宝": "taobao", "天猫": "taobao", "淘宝天猫": "taobao", "淘宝/天猫": "taobao",
    "taobao": "taobao", "tmall": "taobao",
    "京东": "jd", "jd": "jd",
    "抖音": "douyin", "抖店": "douyin", "抖音小店": "douyin", "douyin": "douyin",
    "拼多多": "pdd", "pdd": "pdd", "pinduoduo": "pdd",
    "快手": "kuaishou", "快手小店": "kuaishou", "kuaishou": "kuaishou",
    "shopify": "shopify", "woocommerce": "woocommerce",
}


def platform_codes(names: pd.Series, default: str | pd.Series) -> pd.Series:
    """A 平台 column -> platform codes; unknown names are kept (lower case), empty cells
    take `default`."""
    text = names.fillna("").astype(str).str.strip()
    lower = text.str.lower()
    codes = text.map(PLATFORM_NAMES).fillna(lower.map(PLATFORM_NAMES)).fillna(lower)
    codes = codes.mask(codes == "", None)
    return codes.fillna(default).astype(object)


FIELDS = (
    Field("sku", "id", ("商家编码", "SKU", "SKU编码", "货号", "商家货号"), required=True),
    Field("product_id", "id", ("商品ID", "宝贝ID")),
    Field("title", "text", ("商品名称", "标题", "商品标题", "宝贝名称")),
    Field("variant", "text", ("规格", "商品规格", "SKU规格")),
    Field("category", "text", ("类目", "商品类目", "分类")),
    Field("price", "money", ("售价", "价格", "销售价", "零售价")),
    Field("cost", "money", ("成本", "成本价", "进货价", "采购价", "单位成本")),
    Field("stock", "int", ("库存", "库存数量", "可用库存", "现有库存")),
    Field("safety_stock", "int", ("安全库存",)),
    Field("lead_time_days", "int", ("采购周期(天)", "采购周期", "到货天数", "补货周期")),
    Field("platform", "text", ("平台", "所属平台")),
)

# field -> (table column, how a value is shown in a message)
_NON_NEGATIVE = {
    "price": ("price_cents", lambda v: f"{v / 100:.2f}"),
    "cost": ("cost_cents", lambda v: f"{v / 100:.2f}"),
    "stock": ("stock", str),
    "safety_stock": ("safety_stock", str),
    "lead_time_days": ("lead_time_days", str),
}


def build(frame: pd.DataFrame, ctx: BuildContext) -> dict[str, pd.DataFrame]:
    sku_column = ctx.columns.get("sku", "商家编码")
    frame = skip_rows(frame["sku"].notna(), frame, ctx, "skipped_no_sku", sku_column)
    for name, (_, show) in _NON_NEGATIVE.items():
        values = col(frame, name)
        negative = (values < 0).fillna(False).astype(bool) if name in frame else None
        if negative is not None and negative.any():
            cell = CellContext(ctx.file, ctx.columns.get(name, name), frame["_row"], ctx.warn)
            raise cell.fail("negative_value", negative, values.map(show, na_action="ignore"))
    platform = platform_codes(col(frame, "platform"), PLATFORM)
    products = table(
        platform, sku=frame["sku"], product_id=col(frame, "product_id"),
        title=col(frame, "title"), variant=col(frame, "variant"),
        category=col(frame, "category"),
        **{column: col(frame, name) for name, (column, _) in _NON_NEGATIVE.items()},
    )
    return {"products": products}


@dataclass(frozen=True)
class SheetPreset(Preset):
    """A preset recognised by its signature plus at least one of `any_of`."""

    any_of: tuple[str, ...] = ()

    def score(self, header: Iterable[str]) -> int:
        header = list(header)
        resolved = self.resolve(header)
        if not any(name in resolved for name in self.any_of):
            return -1
        return super().score(header)


PRESETS = (
    SheetPreset("product_sheet", "商品成本/库存表", PLATFORM, "products", FIELDS, build,
                signature=("sku",), any_of=("cost", "stock", "safety_stock", "lead_time_days")),
)
