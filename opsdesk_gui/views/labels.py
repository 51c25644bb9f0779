"""Translated names for the codes Qt-free code returns: platforms, statuses, presets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def platform_name(code: str) -> str:
    names = {
        "taobao": _tr("Taobao/Tmall"), "douyin": _tr("Douyin shop"), "pdd": _tr("Pinduoduo"),
        "jd": _tr("JD"), "kuaishou": _tr("Kuaishou shop"), "shopify": "Shopify",
        "woocommerce": "WooCommerce", "generic": _tr("Other"),
    }
    return names.get(code, code)


def period_preset_name(code: str) -> str:
    names = {
        "today": _tr("Today"), "yesterday": _tr("Yesterday"),
        "last_7_days": _tr("Last 7 days"), "last_30_days": _tr("Last 30 days"),
        "this_week": _tr("This week"), "this_month": _tr("This month"),
        "last_month": _tr("Last month"), "this_year": _tr("This year"),
        "custom": _tr("Custom…"),
    }
    return names.get(code, code)


def comparison_name(code: str) -> str:
    return {"previous": _tr("vs previous period"),
            "last_year": _tr("vs same period last year")}.get(code, code)


def status_name(code: str) -> str:
    names = {
        "unpaid": _tr("Unpaid"), "paid": _tr("Paid"), "shipped": _tr("Shipped"),
        "completed": _tr("Completed"), "closed": _tr("Closed"), "refunded": _tr("Refunded"),
        "partly_refunded": _tr("Partly refunded"),
    }
    return names.get(code, code)
