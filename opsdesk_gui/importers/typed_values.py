"""What the owner typed into a product field ("12.5", "¥12.50", "12元") -> the stored value,
read with the importers' cleaning so that the editor and the cost sheet agree. No Qt.
(Checking the value against the field's rules is store/product_edits.check_value.)"""

from __future__ import annotations

import pandas as pd

from ..errors import ImportFailed
from ..store.product_edits import EDITABLE_FIELDS, BadValue, check_value
from .cleaning import CellContext, clean_int, clean_money


def _ignore(*_args) -> None:
    pass


def parse_value(field: str, text: str) -> object:
    """What the owner typed -> the stored value (cents for money), or BadValue.
    Empty text clears the field."""
    kind = EDITABLE_FIELDS.get(field)
    if kind is None:
        raise BadValue("unknown_field", field, text)
    if kind == "text":
        return check_value(field, text)
    if not str(text).strip():
        return None
    cells = pd.Series([str(text)])
    ctx = CellContext("", field, pd.Series([1]), _ignore)
    try:
        parsed = clean_money(cells, ctx) if kind == "money" else clean_int(cells, ctx)
    except ImportFailed as exc:
        raise BadValue("not_money" if kind == "money" else "not_a_number", field,
                       text) from exc
    value = parsed.iloc[0]
    if value is pd.NA:
        return None
    return check_value(field, int(value))
