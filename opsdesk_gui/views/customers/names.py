"""Translated names of the customer codes (segments, lifecycle stages) and the
Approximate column every buyer table shows."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..table import Column

_SEGMENTS = {
    "important_value": QT_TRANSLATE_NOOP("customers", "Important value (重要价值客户)"),
    "important_recall": QT_TRANSLATE_NOOP("customers", "Important to recall (重要唤回客户)"),
    "important_develop": QT_TRANSLATE_NOOP("customers", "Important to develop (重要深耕客户)"),
    "important_retain": QT_TRANSLATE_NOOP("customers", "Important to retain (重要挽留客户)"),
    "potential": QT_TRANSLATE_NOOP("customers", "Potential (潜力客户)"),
    "new": QT_TRANSLATE_NOOP("customers", "New"),
    "general_maintain": QT_TRANSLATE_NOOP("customers", "Maintain (一般维持客户)"),
    "lost": QT_TRANSLATE_NOOP("customers", "Lost"),
    "champions": QT_TRANSLATE_NOOP("customers", "Champions"),
    "loyal": QT_TRANSLATE_NOOP("customers", "Loyal"),
    "active": QT_TRANSLATE_NOOP("customers", "Active"),
    "promising": QT_TRANSLATE_NOOP("customers", "Promising"),
    "needs_attention": QT_TRANSLATE_NOOP("customers", "Needs attention"),
    "at_risk": QT_TRANSLATE_NOOP("customers", "At risk"),
    "almost_lost": QT_TRANSLATE_NOOP("customers", "Almost lost"),
    "previously_loyal": QT_TRANSLATE_NOOP("customers", "Previously loyal"),
    "dormant": QT_TRANSLATE_NOOP("customers", "Dormant"),
    "prospects": QT_TRANSLATE_NOOP("customers", "Prospects (no order)"),
}
_LIFECYCLES = {
    "first": QT_TRANSLATE_NOOP("customers", "First purchase (首购客)"),
    "repeat": QT_TRANSLATE_NOOP("customers", "Repeat (复购客)"),
    "loyal": QT_TRANSLATE_NOOP("customers", "Loyal (忠诚客)"),
    "dormant": QT_TRANSLATE_NOOP("customers", "Dormant (沉睡客)"),
    "lost": QT_TRANSLATE_NOOP("customers", "Lost (流失客)"),
}


def _name(table: dict, code: str) -> str:
    return QCoreApplication.translate("customers", table[code]) if code in table else code


def segment_name(code: str) -> str:
    return _name(_SEGMENTS, code)


def lifecycle_name(code: str) -> str:
    return _name(_LIFECYCLES, code)


def approximate_column() -> Column:
    """The 'Approximate' column of the buyer tables (its text: approximate_texts)."""
    return Column("approximate_text", QCoreApplication.translate("customers", "Approximate"),
                  "text", QCoreApplication.translate(
                      "customers", "Yes: the export has no buyer ID; this buyer is the "
                      "receiver's name and phone, or a single order when the export names "
                      "no receiver"))


def approximate_texts(flags: pd.Series, yes: str) -> pd.Categorical:
    """`yes` for an approximate buyer, '' otherwise (a missing flag: not approximate); as
    categories, which the table takes without converting each row's text."""
    return pd.Categorical.from_codes(flags.fillna(False).to_numpy(bool).astype(np.int8),
                                     ["", yes])
