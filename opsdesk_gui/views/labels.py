"""Translated names for the codes Qt-free code returns: platforms, statuses, presets.

The names are marked with QT_TRANSLATE_NOOP so lupdate finds them; they are translated
when looked up, in the language in force at that moment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ..printed.names import code_name, platform_name
from .table.model import grouping_locale

# platform names live in printed/names.py, shared with the printed documents
__all__ = ["campaign_kind_name", "comparison_name", "count_text", "period_preset_name",
           "platform_name", "status_name"]

_PRESETS = {
    "today": QT_TRANSLATE_NOOP("labels", "Today"),
    "yesterday": QT_TRANSLATE_NOOP("labels", "Yesterday"),
    "last_7_days": QT_TRANSLATE_NOOP("labels", "Last 7 days"),
    "last_30_days": QT_TRANSLATE_NOOP("labels", "Last 30 days"),
    "this_week": QT_TRANSLATE_NOOP("labels", "This week"),
    "this_month": QT_TRANSLATE_NOOP("labels", "This month"),
    "last_month": QT_TRANSLATE_NOOP("labels", "Last month"),
    "this_year": QT_TRANSLATE_NOOP("labels", "This year"),
    "custom": QT_TRANSLATE_NOOP("labels", "Custom…"),
}
_COMPARISONS = {
    "previous": QT_TRANSLATE_NOOP("labels", "vs previous period"),
    "last_year": QT_TRANSLATE_NOOP("labels", "vs same period last year"),
}
_CAMPAIGN_KINDS = {
    "platform": QT_TRANSLATE_NOOP("labels", "Platform event"),
    "category": QT_TRANSLATE_NOOP("labels", "Category event"),
    "shop": QT_TRANSLATE_NOOP("labels", "Shop event"),
}
_STATUSES = {
    "unpaid": QT_TRANSLATE_NOOP("labels", "Unpaid"),
    "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
    "shipped": QT_TRANSLATE_NOOP("labels", "Shipped"),
    "completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    "refunded": QT_TRANSLATE_NOOP("labels", "Refunded"),
    "partly_refunded": QT_TRANSLATE_NOOP("labels", "Partly refunded"),
}


def period_preset_name(code: str) -> str:
    return code_name(_PRESETS, code)


def comparison_name(code: str) -> str:
    return code_name(_COMPARISONS, code)


def campaign_kind_name(code: str | None) -> str:
    return code_name(_CAMPAIGN_KINDS, code)


def count_text(number: int) -> str:
    """A count with the thousands grouped as the language writes them."""
    return grouping_locale(QLocale()).toString(int(number))


def status_name(code: str) -> str:
    return code_name(_STATUSES, code)
