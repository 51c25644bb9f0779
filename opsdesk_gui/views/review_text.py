"""The wording of the printed and exported reviews, in the current language: the `labels`
the Qt-free review_html and review_xlsx take (keys as they document them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .labels import platform_name

PLATFORMS = ("taobao", "douyin", "pdd", "jd", "kuaishou", "shopify", "woocommerce", "generic")

def review_labels() -> dict[str, str]:
    tr = QCoreApplication.translate
    labels = {
        "kind.daily": tr("ReviewReport", "Daily snapshot"),
        "kind.weekly": tr("ReviewReport", "Weekly review"),
        "kind.monthly": tr("ReviewReport", "Monthly review"),
        "title": tr("ReviewReport", "{shop} — {kind}"),
        "subtitle": tr("ReviewReport", "{period} ({days} days), compared with {base} · "
                                       "{platform} · {currency}"),
        "partial": tr("ReviewReport", "The shop's data ends on {day}: the days after it have "
                                      "no figures yet."),
        "all_platforms": tr("ReviewReport", "All platforms"),
        "empty": tr("ReviewReport", "None in this period."),
        "unit.points": tr("ReviewReport", "{0} pt"),
        "gmv.split": tr("ReviewReport", "GMV changed by {delta} ({percent}). GMV = visitors × "
                                        "conversion × spend per buyer, so the change splits "
                                        "into these parts (by their share of the change in "
                                        "logs):"),
        "gmv.split_buyers": tr("ReviewReport", "GMV changed by {delta} ({percent}). Without "
                                               "visitors for both periods, it splits into "
                                               "paying buyers × spend per buyer:"),
        "gmv.no_split": tr("ReviewReport", "GMV changed by {delta}; no split: one of the "
                                           "periods has no sales."),
        "products.summary": tr("ReviewReport", "{sold} of {on_shelf} products on shelf sold "
                                               "in the period (动销率 {rate})."),
        "section.kpis": tr("ReviewReport", "Key figures"),
        "section.gmv_split": tr("ReviewReport", "Why GMV changed"),
        "section.trend": tr("ReviewReport", "Trend per day"),
        "section.top_products": tr("ReviewReport", "Top products by sales"),
        "section.bottom_products": tr("ReviewReport", "Slowest products on shelf"),
        "section.channels": tr("ReviewReport", "Channels and ad spend"),
        "section.refund_reasons": tr("ReviewReport", "Refund reasons"),
        "section.refunded_products": tr("ReviewReport", "Most refunded products"),
        "section.unusual_days": tr("ReviewReport", "Unusual days"),
        "chart.gmv": tr("ReviewReport", "GMV per day (支付金额)"),
        "chart.conversion": tr("ReviewReport", "Conversion per day (支付转化率, %)"),
        "chart.current": tr("ReviewReport", "This period"),
        "chart.base": tr("ReviewReport", "Comparison period"),
        "chart.ma7": tr("ReviewReport", "7-day average"),
        "col.metric": tr("ReviewReport", "Metric"),
        "col.current": tr("ReviewReport", "This period"),
        "col.base": tr("ReviewReport", "Comparison period"),
        "col.change": tr("ReviewReport", "Change"),
        "col.factor": tr("ReviewReport", "Factor"),
        "col.ratio": tr("ReviewReport", "Ratio"),
        "col.amount": tr("ReviewReport", "Share of the GMV change"),
        "col.date": tr("ReviewReport", "Date"),
        "col.base_date": tr("ReviewReport", "Comparison date"),
        "col.gmv": tr("ReviewReport", "GMV"),
        "col.base_gmv": tr("ReviewReport", "GMV (comparison)"),
        "col.buyers": tr("ReviewReport", "Buyers"),
        "col.visitors": tr("ReviewReport", "Visitors"),
        "col.conversion": tr("ReviewReport", "Conversion"),
        "col.base_conversion": tr("ReviewReport", "Conversion (comparison)"),
        "col.platform": tr("ReviewReport", "Platform"),
        "col.sku": tr("ReviewReport", "SKU"),
        "col.title": tr("ReviewReport", "Title"),
        "col.units": tr("ReviewReport", "Units"),
        "col.sales": tr("ReviewReport", "Sales"),
        "col.orders": tr("ReviewReport", "Orders"),
        "col.refund_rate": tr("ReviewReport", "Refund rate"),
        "col.margin": tr("ReviewReport", "Gross margin"),
        "col.stock": tr("ReviewReport", "Stock"),
        "col.lifecycle": tr("ReviewReport", "Lifecycle"),
        "col.channel": tr("ReviewReport", "Channel"),
        "col.spend": tr("ReviewReport", "Spend"),
        "col.ad_gmv": tr("ReviewReport", "Attributed GMV"),
        "col.roi": tr("ReviewReport", "ROI"),
        "col.cac": tr("ReviewReport", "Cost per new buyer"),
        "col.reason": tr("ReviewReport", "Reason"),
        "col.refund": tr("ReviewReport", "Refunds"),
        "col.cases": tr("ReviewReport", "Cases"),
        "col.share": tr("ReviewReport", "Share"),
        "col.cumulative_share": tr("ReviewReport", "Cumulative share"),
        "col.refunded_orders": tr("ReviewReport", "Refunded orders"),
        "col.value": tr("ReviewReport", "Value"),
        "col.expected": tr("ReviewReport", "Expected"),
        "col.low": tr("ReviewReport", "Normal from"),
        "col.high": tr("ReviewReport", "Normal to"),
        "col.direction": tr("ReviewReport", "Direction"),
        "col.kind": tr("ReviewReport", "Kind"),
        "col.campaign": tr("ReviewReport", "Campaign"),
        "metric.gmv": tr("ReviewReport", "GMV (支付金额)"),
        "metric.visitors": tr("ReviewReport", "Visitors (访客数)"),
        "metric.conversion_rate": tr("ReviewReport", "Conversion (支付转化率)"),
        "metric.conversion": tr("ReviewReport", "Conversion (支付转化率)"),
        "metric.aov": tr("ReviewReport", "Spend per buyer (客单价)"),
        "metric.paid_orders": tr("ReviewReport", "Paid orders (支付订单数)"),
        "metric.paying_buyers": tr("ReviewReport", "Paying buyers (支付买家数)"),
        "metric.units": tr("ReviewReport", "Units (支付件数)"),
        "metric.aov_per_order": tr("ReviewReport", "Order value (笔单价)"),
        "metric.refund_amount": tr("ReviewReport", "Refunds (退款金额)"),
        "metric.refund_rate": tr("ReviewReport", "Refund rate (退款率)"),
        "metric.net_sales": tr("ReviewReport", "Net sales (净销售额)"),
        "metric.gross_margin": tr("ReviewReport", "Gross margin (毛利率)"),
        "metric.uv_value": tr("ReviewReport", "Value per visitor (UV价值)"),
        "factor.visitors": tr("ReviewReport", "Visitors (访客数)"),
        "factor.conversion": tr("ReviewReport", "Conversion (支付转化率)"),
        "factor.aov": tr("ReviewReport", "Spend per buyer (客单价)"),
        "factor.buyers": tr("ReviewReport", "Paying buyers (支付买家数)"),
        "factor.gmv": tr("ReviewReport", "GMV (支付金额)"),
        "lifecycle.new": tr("ReviewReport", "New"),
        "lifecycle.hot": tr("ReviewReport", "Best seller"),
        "lifecycle.rising": tr("ReviewReport", "Rising"),
        "lifecycle.slow": tr("ReviewReport", "Slow"),
        "lifecycle.long_tail": tr("ReviewReport", "Long tail"),
        "channel.none": tr("ReviewReport", "Total"),
        "reason.none": tr("ReviewReport", "Not stated"),
        "direction.up": tr("ReviewReport", "Above normal"),
        "direction.down": tr("ReviewReport", "Below normal"),
        "unusual.anomaly": tr("ReviewReport", "Unusual"),
        "unusual.campaign": tr("ReviewReport", "Campaign (expected)"),
    }
    for code in PLATFORMS:
        labels[f"platform.{code}"] = platform_name(code)
    return labels
