"""The product table's columns (names operators know, definitions of domain.md §3 in the
tooltips) and the shown frame: product_metrics rows with their codes (lifecycle, alerts)
turned into words of the current language."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..labels import platform_name
from ..table import Column

translate = QCoreApplication.translate
CONTEXT = "ProductsTab"

LIFECYCLE_NAMES = {
    "new": QT_TRANSLATE_NOOP("ProductsTab", "New (新品)"),
    "hot": QT_TRANSLATE_NOOP("ProductsTab", "Best seller (爆款)"),
    "rising": QT_TRANSLATE_NOOP("ProductsTab", "Rising (潜力款)"),
    "long_tail": QT_TRANSLATE_NOOP("ProductsTab", "Long tail (长尾)"),
    "slow": QT_TRANSLATE_NOOP("ProductsTab", "Slow (滞销)"),
}
# the alert columns of product_metrics, in the order they are listed
FLAG_NAMES = {
    "low_stock": QT_TRANSLATE_NOOP("ProductsTab", "Low stock"),
    "slow_mover": QT_TRANSLATE_NOOP("ProductsTab", "Slow"),
    "below_margin_floor": QT_TRANSLATE_NOOP("ProductsTab", "Low margin"),
    "below_cost": QT_TRANSLATE_NOOP("ProductsTab", "Below cost"),
}
# columns the owner edits in place (the products table's field names)
EDITABLE = ("cost_cents", "safety_stock", "lead_time_days", "category", "tags")
# shown only when chosen: useful, but they crowd the table
HIDDEN_BY_DEFAULT = (
    "tags",
    "realised_price_cents",
    "orders",
    "reorder_point",
    "lead_time_days",
    "safety_stock",
    "refund_cents",
    "cohort_refund_cents",
    "stock_at_end",
    "sku_count",
)


# the order of the table: what is read first, first
ORDER = (
    "platform_name",
    "sku",
    "title",
    "category",
    "units",
    "sales_cents",
    "net_sales_cents",
    "gross_profit_cents",
    "gross_margin",
    "refund_rate",
    "stock",
    "days_of_cover",
    "abc",
    "lifecycle_name",
    "flags_text",
    "cost_cents",
    "price_cents",
    "turnover_days",
    "sell_through",
    "sold_text",
    "visitors",
    "conversion",
    "reorder_qty",
    "safety_stock",
    "lead_time_days",
    "reorder_point",
    "tags",
    "refund_cents",
    "cohort_refund_cents",
    "stock_at_end",
    "realised_price_cents",
    "orders",
    "sku_count",
)


def columns() -> list[Column]:
    by_key = {c.key: c for c in _columns()}
    return [by_key[key] for key in ORDER]


def _columns() -> list[Column]:
    return [
        Column("platform_name", translate("ProductsTab", "Platform")),
        Column(
            "sku",
            translate("ProductsTab", "SKU code"),
            "id",
            translate("ProductsTab", "商家编码: the merchant's own product code"),
        ),
        Column("title", translate("ProductsTab", "Title")),
        Column(
            "category",
            translate("ProductsTab", "Category"),
            "text",
            translate("ProductsTab", "Double-click to edit"),
        ),
        Column(
            "tags",
            translate("ProductsTab", "Tags"),
            "text",
            translate("ProductsTab", "Your own words for the product; double-click to edit"),
        ),
        Column(
            "price_cents",
            translate("ProductsTab", "Price"),
            "money",
            translate("ProductsTab", "List price from the product sheet"),
        ),
        Column(
            "cost_cents",
            translate("ProductsTab", "Unit cost"),
            "money",
            translate(
                "ProductsTab",
                "Cost of goods per unit (成本), from the product sheet or typed here; "
                "double-click to edit",
            ),
        ),
        Column(
            "stock",
            translate("ProductsTab", "Stock"),
            "int",
            translate("ProductsTab", "Current stock (库存) from the product sheet"),
        ),
        Column(
            "stock_at_end",
            translate("ProductsTab", "Stock at period end"),
            "int",
            translate(
                "ProductsTab",
                "Current stock + units sold since the period's end: the stock the period "
                "ended with (deliveries since are not known). Cover, turnover, sell-through "
                "and 滞销 use it",
            ),
        ),
        Column(
            "units",
            translate("ProductsTab", "Units (支付件数)"),
            "int",
            translate("ProductsTab", "Units in orders paid in the period"),
        ),
        Column(
            "sales_cents",
            translate("ProductsTab", "Sales (商品销售额)"),
            "money",
            translate(
                "ProductsTab",
                "The amounts of the product's lines in orders paid in the period; postage is "
                "not in it, so the total is below 支付金额",
            ),
        ),
        Column(
            "refund_cents",
            translate("ProductsTab", "Refunds"),
            "money",
            translate(
                "ProductsTab",
                "Refunds that succeeded in the period (成功退款金额, as 生意参谋), and returns "
                "dated in the period",
            ),
        ),
        Column(
            "cohort_refund_cents",
            translate("ProductsTab", "Refunds of the period's orders"),
            "money",
            translate(
                "ProductsTab",
                "A different figure: the refunds of the lines sold in the period, whenever "
                "they happened (the latest period's are not all in yet)",
            ),
        ),
        Column(
            "net_sales_cents",
            translate("ProductsTab", "Net sales (净销售额)"),
            "money",
            translate("ProductsTab", "Sales − refunds − returns"),
        ),
        Column(
            "gross_profit_cents",
            translate("ProductsTab", "Gross profit (毛利)"),
            "money",
            translate("ProductsTab", "Net sales − unit cost × units"),
        ),
        Column(
            "gross_margin",
            translate("ProductsTab", "Margin (毛利率)"),
            "rate",
            translate("ProductsTab", "Gross profit ÷ net sales; empty without a unit cost"),
        ),
        Column(
            "refund_rate",
            translate("ProductsTab", "Refund rate (退款率)"),
            "rate",
            translate("ProductsTab", "Refunds and returns ÷ sales, by amount"),
        ),
        Column(
            "visitors",
            translate("ProductsTab", "Visitors (访客数)"),
            "int",
            translate(
                "ProductsTab",
                "The product's visitors from 生意参谋 商品效果: the export for exactly this "
                "period, else the sum of daily visitors (approximate). Shared by all SKUs of "
                "the product",
            ),
        ),
        Column(
            "conversion",
            translate("ProductsTab", "Conversion (支付转化率)"),
            "rate",
            translate(
                "ProductsTab", "The product's paying buyers ÷ visitors, as 生意参谋 states them"
            ),
        ),
        Column(
            "sold_text",
            translate("ProductsTab", "Sold (动销)"),
            "text",
            translate(
                "ProductsTab",
                "At least one unit sold in the period; 动销率 = products sold ÷ products on shelf",
            ),
        ),
        Column(
            "days_of_cover",
            translate("ProductsTab", "Days of cover (可售天数)"),
            "number",
            translate(
                "ProductsTab",
                "Stock at the period's end ÷ average daily units sold over the 30 days up to "
                "it",
            ),
        ),
        Column(
            "turnover_days",
            translate("ProductsTab", "Turnover days (库存周转天数)"),
            "number",
            translate(
                "ProductsTab",
                "Average stock ÷ average daily units sold in the period (the stock at the "
                "period's end stands in for the average: the shop file keeps no stock "
                "history)",
            ),
        ),
        Column(
            "sell_through",
            translate("ProductsTab", "Sell-through (售罄率)"),
            "rate",
            translate("ProductsTab", "Units sold ÷ (units sold + stock at the period's end)"),
        ),
        Column(
            "abc",
            translate("ProductsTab", "ABC (ABC分类)"),
            "text",
            translate(
                "ProductsTab",
                "A: the products making the first 80% of sales, B: the next 15%, C: the last 5%",
            ),
        ),
        Column(
            "lifecycle_name",
            translate("ProductsTab", "Lifecycle"),
            "text",
            translate(
                "ProductsTab",
                "新品: first sale within 30 days; 爆款: class A and not declining; 潜力款: units "
                "up 50% or more on the previous period; 滞销: stock but no sale in 30 days, or "
                "turnover over 45 days; 长尾: the rest. A single day is not classed",
            ),
        ),
        Column(
            "flags_text",
            translate("ProductsTab", "Alerts"),
            "text",
            translate(
                "ProductsTab",
                "Low stock: below the safety stock, or fewer days of cover than the lead time. "
                "Slow: 滞销. Low margin: margin at the realised price under 20%. Below cost: "
                "sold below the unit cost",
            ),
        ),
        Column(
            "safety_stock",
            translate("ProductsTab", "Safety stock (安全库存)"),
            "int",
            translate(
                "ProductsTab",
                "Yours when set, else average daily units × (lead time + 7 review days); "
                "double-click to edit",
            ),
        ),
        Column(
            "lead_time_days",
            translate("ProductsTab", "Lead time (采购周期)"),
            "int",
            translate(
                "ProductsTab",
                "Days from ordering to stock on the shelf (7 unless set); double-click to edit",
            ),
        ),
        Column(
            "reorder_point",
            translate("ProductsTab", "Reorder point (补货点)"),
            "int",
            translate("ProductsTab", "Lead-time demand + safety stock"),
        ),
        Column(
            "reorder_qty",
            translate("ProductsTab", "Reorder qty"),
            "int",
            translate(
                "ProductsTab",
                "When stock is at or below the reorder point: enough for the lead time and "
                "review period at the recent rate, back up to the safety stock",
            ),
        ),
        Column(
            "realised_price_cents",
            translate("ProductsTab", "Realised price"),
            "money",
            translate("ProductsTab", "Sales ÷ units: the price actually paid after discounts"),
        ),
        Column(
            "orders",
            translate("ProductsTab", "Orders"),
            "int",
            translate(
                "ProductsTab",
                "Paid orders in the period with this product (not added up per product: an "
                "order may hold several of its SKUs)",
            ),
        ),
        Column(
            "sku_count",
            translate("ProductsTab", "SKUs"),
            "int",
            translate("ProductsTab", "SKUs added into this row"),
        ),
    ]


def shown_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The metrics with the text columns the table shows (runs in the loading worker)."""
    out = frame.copy()
    out.insert(0, "platform_name", out["platform"].map(platform_name))
    lifecycle = {code: translate(CONTEXT, name) for code, name in LIFECYCLE_NAMES.items()}
    out["lifecycle_name"] = out["lifecycle"].map(lifecycle)
    yes, no = translate("ProductsTab", "Yes"), translate("ProductsTab", "No")
    out["sold_text"] = out["sold"].map({True: yes, False: no})
    flags = pd.Series("", index=out.index, dtype=object)
    for code, name in FLAG_NAMES.items():
        word = translate(CONTEXT, name)
        hit = out[code].astype(bool)
        flags = flags.where(~hit, flags.where(flags == "", flags + " · ") + word)
    out["flags_text"] = flags.where(flags != "", None)
    if "sku_count" not in out:
        out["sku_count"] = 1
    for column in ("visitors", "conversion", "tags"):
        if column not in out:
            out[column] = pd.NA
    return out
