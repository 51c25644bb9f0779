"""Translated names the printed documents share with the window: platforms and the KPIs
(per domain.md §2). Looked up in the language in force at that moment; marked for lupdate
in their old translation contexts ('labels', 'ReportsTab')."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

_PLATFORMS = {
    "taobao": QT_TRANSLATE_NOOP("labels", "Taobao/Tmall"),
    "douyin": QT_TRANSLATE_NOOP("labels", "Douyin shop"),
    "pdd": QT_TRANSLATE_NOOP("labels", "Pinduoduo"),
    "jd": QT_TRANSLATE_NOOP("labels", "JD"),
    "kuaishou": QT_TRANSLATE_NOOP("labels", "Kuaishou shop"),
    "shopify": QT_TRANSLATE_NOOP("labels", "Shopify"),
    "woocommerce": QT_TRANSLATE_NOOP("labels", "WooCommerce"),
    "generic": QT_TRANSLATE_NOOP("labels", "Other"),
}

def code_name(table: dict[str, str], code: str | None) -> str:
    if code in table:
        return QCoreApplication.translate("labels", table[code])
    return code or ""


def platform_name(code: str | None) -> str:
    return code_name(_PLATFORMS, code)


def metric_names() -> dict[str, tuple[str, str]]:
    """code -> (name, definition), per domain.md §2, in the current language."""
    return {
        "gmv": (translate("ReportsTab", "GMV (支付金额)"), translate("ReportsTab",
            "What buyers actually paid for orders paid in the period, postage included, "
            "refunds not subtracted")),
        "visitors": (translate("ReportsTab", "Visitors (访客数)"), translate("ReportsTab",
            "Distinct visitors, from the 生意参谋 export for exactly this period, else "
            "the sum of daily visitors (approximate: visitors do not add up across days)")),
        "conversion_rate": (translate("ReportsTab", "Conversion (支付转化率)"), translate(
            "ReportsTab", "Paying buyers ÷ visitors, both of the platforms whose visitors "
            "are known (never one platform's visitors under all platforms' buyers)")),
        "aov": (translate("ReportsTab", "Spend per buyer (客单价)"), translate("ReportsTab",
            "GMV ÷ paying buyers (生意参谋's definition); approximate where buyers are told "
            "apart by their receiver")),
        "paid_orders": (translate("ReportsTab", "Paid orders (支付订单数)"), translate(
            "ReportsTab", "Orders with a payment time in the period")),
        "paying_buyers": (translate("ReportsTab", "Paying buyers (支付买家数)"), translate(
            "ReportsTab", "Distinct buyers with a paid order in the period; where the export "
            "has no buyer ID (抖店, 拼多多, 快手) a buyer is the receiver's name + phone, and an "
            "order naming neither counts as one buyer (approximate)")),
        "units": (translate("ReportsTab", "Units (支付件数)"), translate(
            "ReportsTab", "Items in the period's paid orders")),
        "aov_per_order": (translate("ReportsTab", "Order value (笔单价)"), translate(
            "ReportsTab", "GMV ÷ paid orders")),
        "refund_amount": (translate("ReportsTab", "Refunds (退款金额)"), translate(
            "ReportsTab",
            "Refunds that succeeded in the period (生意参谋's 成功退款金额), whichever period "
            "the order was paid in; for each order the largest amount its exports state, "
            "never more than was paid. A refund without a date of its own counts on its "
            "order's payment day")),
        "refund_rate": (translate("ReportsTab", "Refund rate (退款率, by amount)"), translate(
            "ReportsTab", "Refunds ÷ GMV")),
        "net_sales": (translate("ReportsTab", "Net sales (净销售额)"), translate(
            "ReportsTab", "GMV − refunds")),
        "gross_margin": (translate("ReportsTab", "Gross margin (毛利率)"), translate(
            "ReportsTab", "(Net sales − unit cost × units) ÷ net sales")),
        "uv_value": (translate("ReportsTab", "Value per visitor (UV价值)"), translate(
            "ReportsTab", "GMV ÷ visitors, both of the platforms whose visitors are known")),
    }
