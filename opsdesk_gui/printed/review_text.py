"""The wording of the printed and exported reviews, in the current language: the `labels`
the Qt-free review_html and review_xlsx take (keys as they document them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .names import metric_names, platform_name

PLATFORMS = ("taobao", "douyin", "pdd", "jd", "kuaishou", "shopify", "woocommerce", "generic")

def review_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    labels = {
        "kind.daily": translate("ReviewReport", "Daily snapshot"),
        "kind.weekly": translate("ReviewReport", "Weekly review"),
        "kind.monthly": translate("ReviewReport", "Monthly review"),
        "title": translate("ReviewReport", "{shop} — {kind}"),
        "subtitle": translate("ReviewReport", "{period} ({days} days), compared with {base} · "
                                              "{platform} · {currency}"),
        "partial": translate("ReviewReport", "The shop's data ends on {day}: the days after it "
                                             "have no figures yet."),
        "all_platforms": translate("ReviewReport", "All platforms"),
        "empty": translate("ReviewReport", "None in this period."),
        "unit.points": translate("ReviewReport", "{0} pt"),
        "gmv.split": translate("ReviewReport", "GMV changed by {delta} ({percent}). GMV = "
                                               "visitors × conversion × spend per buyer, so the "
                                               "change splits "
                                               "into these parts (by their share of the change in "
                                               "logs):"),
        "gmv.split_buyers": translate("ReviewReport", "GMV changed by {delta} ({percent}). Without "
                                                      "visitors for both periods, it splits into "
                                                      "paying buyers × spend per buyer:"),
        "gmv.no_split": translate("ReviewReport", "GMV changed by {delta}; no split: one of the "
                                                  "periods has no sales."),
        "products.summary": translate("ReviewReport", "{sold} of {on_shelf} products on shelf sold "
                                                      "in the period (动销率 {rate})."),
        "products.no_stock": translate("ReviewReport", "动销率 leaves out {platforms}: no stock "
                                                       "figures there, so it is unknown."),
        "note.scope": translate("ReviewReport", "Conversion and value per visitor cover "
                                                "{platforms} only: the platforms whose "
                                                "visitors are known."),
        "note.buyerless": translate("ReviewReport", "Paying buyers are approximate: {count} "
                                                    "orders have no buyer ID (抖店, 拼多多, "
                                                    "快手), so their buyers are counted by the "
                                                    "receiver's name and phone, or one per "
                                                    "order."),
        "note.undated": translate("ReviewReport", "{amount} of the refunds has no refund date "
                                                  "of its own: counted on its order's payment "
                                                  "day."),
        "note.before_data": translate("ReviewReport", "The comparison period is before the "
                                                      "shop's first sale: no data to compare."),
        "gmv.split_scope": translate("ReviewReport", "The split covers {platforms}, the "
                                                     "platforms whose visitors are known "
                                                     "({scoped}); the other platforms: "
                                                     "{other}."),
        "section.kpis": translate("ReviewReport", "Key figures"),
        "section.gmv_split": translate("ReviewReport", "Why GMV changed"),
        "section.trend": translate("ReviewReport", "Trend per day"),
        "section.top_products": translate("ReviewReport", "Top products by sales"),
        "section.bottom_products": translate("ReviewReport", "Slowest products on shelf"),
        "section.channels": translate("ReviewReport", "Channels and ad spend"),
        "section.refund_reasons": translate("ReviewReport", "Refund reasons"),
        "section.refunded_products": translate("ReviewReport", "Most refunded products"),
        "section.unusual_days": translate("ReviewReport", "Unusual days"),
        "chart.gmv": translate("ReviewReport", "GMV (支付金额) per day"),
        "chart.conversion": translate("ReviewReport", "Conversion per day (支付转化率, %)"),
        "chart.current": translate("ReviewReport", "This period"),
        "chart.base": translate("ReviewReport", "Comparison period"),
        "chart.ma7": translate("ReviewReport", "7-day average"),
        "col.metric": translate("ReviewReport", "Metric"),
        "col.current": translate("ReviewReport", "This period"),
        "col.base": translate("ReviewReport", "Comparison period"),
        "col.change": translate("ReviewReport", "Change"),
        "col.factor": translate("ReviewReport", "Factor"),
        "col.ratio": translate("ReviewReport", "Ratio"),
        "col.amount": translate("ReviewReport", "Share of the GMV change"),
        "col.date": translate("ReviewReport", "Date"),
        "col.base_date": translate("ReviewReport", "Comparison date"),
        "col.gmv": translate("ReviewReport", "GMV"),
        "col.base_gmv": translate("ReviewReport", "GMV (comparison)"),
        "col.buyers": translate("ReviewReport", "Buyers"),
        "col.visitors": translate("ReviewReport", "Visitors"),
        "col.conversion": translate("ReviewReport", "Conversion"),
        "col.base_conversion": translate("ReviewReport", "Conversion (comparison)"),
        "col.platform": translate("ReviewReport", "Platform"),
        "col.sku": translate("ReviewReport", "SKU"),
        "col.title": translate("ReviewReport", "Title"),
        "col.units": translate("ReviewReport", "Units"),
        "col.sales": translate("ReviewReport", "Sales"),
        "col.orders": translate("ReviewReport", "Orders"),
        "col.refund_rate": translate("ReviewReport", "Refund rate"),
        "col.margin": translate("ReviewReport", "Gross margin"),
        "col.stock": translate("ReviewReport", "Stock"),
        "col.lifecycle": translate("ReviewReport", "Lifecycle"),
        "col.channel": translate("ReviewReport", "Channel"),
        "col.spend": translate("ReviewReport", "Spend"),
        "col.ad_gmv": translate("ReviewReport", "Attributed GMV"),
        "col.roi": translate("ReviewReport", "ROI"),
        "col.cac": translate("ReviewReport", "Cost per new buyer"),
        "col.reason": translate("ReviewReport", "Reason"),
        "col.refund": translate("ReviewReport", "Refunds"),
        "col.cases": translate("ReviewReport", "Cases"),
        "col.share": translate("ReviewReport", "Share"),
        "col.cumulative_share": translate("ReviewReport", "Cumulative share"),
        "col.refunded_orders": translate("ReviewReport", "Refunded orders"),
        "col.value": translate("ReviewReport", "Value"),
        "col.expected": translate("ReviewReport", "Expected"),
        "col.low": translate("ReviewReport", "Normal from"),
        "col.high": translate("ReviewReport", "Normal to"),
        "col.direction": translate("ReviewReport", "Direction"),
        "col.kind": translate("ReviewReport", "Kind"),
        "col.campaign": translate("ReviewReport", "Campaign"),
        "lifecycle.new": translate("ReviewReport", "New"),
        "lifecycle.hot": translate("ReviewReport", "Best seller"),
        "lifecycle.rising": translate("ReviewReport", "Rising"),
        "lifecycle.slow": translate("ReviewReport", "Slow"),
        "lifecycle.long_tail": translate("ReviewReport", "Long tail"),
        "channel.none": translate("ReviewReport", "Total"),
        "reason.none": translate("ReviewReport", "Not stated"),
        "direction.up": translate("ReviewReport", "Above normal"),
        "direction.down": translate("ReviewReport", "Below normal"),
        "unusual.anomaly": translate("ReviewReport", "Unusual"),
        "unusual.campaign": translate("ReviewReport", "Campaign (expected)"),
        "unjudged": translate("ReviewReport", "Not judged: {days} ({metric}): {reason}."),
        "unjudged.short_history": translate("ReviewReport", "fewer than 14 normal days (no "
                                                            "campaign, data imported) before "
                                                            "them"),
        "unjudged.no_data": translate("ReviewReport", "no orders imported for these days"),
    }
    # the metrics and the GMV split's factors by the names the Reports tab gives them
    names = {code: name for code, (name, _) in metric_names().items()}
    labels.update({f"metric.{code}": name for code, name in names.items()})
    labels["metric.conversion"] = names["conversion_rate"]
    labels.update({"factor.visitors": names["visitors"],
                   "factor.conversion": names["conversion_rate"],
                   "factor.aov": names["aov"], "factor.buyers": names["paying_buyers"],
                   "factor.gmv": names["gmv"],
                   "factor.scoped_gmv": translate("ReviewReport", "GMV of the platforms with "
                                                                  "visitors"),
                   "factor.other_gmv": translate("ReviewReport", "GMV of the other platforms")})
    for code in PLATFORMS:
        labels[f"platform.{code}"] = platform_name(code)
    return labels
