"""Turning exported text into typed columns, vectorised, with errors that name the cell.

Each function takes a column of strings and the file row numbers beside it, and returns
the typed column. A value that cannot be read raises ImportFailed naming the file, row
and column; a value that is read with a caveat is counted as a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import ImportFailed

# Cells that mean "nothing here" in the platforms' exports.
NONE_TOKENS = {"", "-", "--", "—", "无", "无退款申请", "null", "NULL", "None", "N/A", "nan", "NaN"}
_NONE_WORDS = NONE_TOKENS - {""}

_SCI_ID = r"^[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+$"
_FLOAT_ID = r"^[0-9]+\.0+$"
_ODD_ID = f"{_SCI_ID}|{_FLOAT_ID}"
_ID_MARKS = re.compile(r"^[='\t]|\"")  # what makes clean_id look further
# Excel's text marker around a whole ID (Taobao's order numbers): removing `="` and the
# closing `"` from such a cell is all the general replace in clean_id does to it.
_EXCEL_TEXT_ID = '="[^"\t]*"'
# A plain decimal that every parser reads as the same float64, exactly for cents: the fast
# path of money and integers (the general path strips symbols and commas first).
_PLAIN_DECIMAL = r"-?[0-9]{1,15}(?:\.[0-9]{1,6})?"
# The largest amount or count read (1e12): beyond it, a number is a mistake (or 1e400),
# and cents would no longer be exact in float64.
MAX_MAGNITUDE = 1e12
SHOWN_CHARS = 60  # of a bad cell in a message
# Excel keeps 15 significant digits of a number: a longer ID it held as a number comes
# back with zeros (…398000) or with thousands separators (1,234,…).
_EXCEL_DIGITS = 15
_GROUPED_ID = r"^[0-9]{1,3}(?:,[0-9]{3})+$"
# Thousands separators in an amount stand between groups of three digits.
_COMMA_OUT_OF_PLACE = r",(?![0-9]{3}(?:[^0-9]|$))"


class CellContext:
    """Where a column came from, for messages and warnings."""

    def __init__(self, file: str, column: str, rows: pd.Series,
                 warn: Callable[[str, int, str | None, int], None]) -> None:
        self.file, self.column, self.rows, self._warn = file, column, rows, warn

    def fail(self, code: str, mask: pd.Series, values: pd.Series) -> ImportFailed:
        first = mask.to_numpy().nonzero()[0][0]
        return ImportFailed(code, {"file": self.file, "row": int(self.rows.iloc[first]),
                                   "column": self.column, "value": shown(values.iloc[first])})

    def warn(self, code: str, mask: pd.Series) -> None:
        hits = mask.to_numpy().nonzero()[0]
        if len(hits):
            self._warn(code, int(self.rows.iloc[hits[0]]), self.column, len(hits))


def shown(value: object) -> str:
    """A cell as a message quotes it: at most SHOWN_CHARS characters."""
    text = "" if value is None else str(value)
    if len(text) <= SHOWN_CHARS:
        return text
    return f"{text[:SHOWN_CHARS]}… ({len(text):,} characters)"


def _strip(values: pd.Series) -> pd.Series:
    values = values.fillna("").astype(str).str.strip()
    words = values.isin(_NONE_WORDS)
    return values.mask(words, "") if words.any() else values


def _none_if_empty(values: pd.Series, empty: pd.Series | None = None) -> pd.Series:
    """Text -> object values, empty cells missing; the same as
    `values.mask(values == "", None).astype(object)` (which gives the text dtype's missing
    value: NaN for pandas 3's str, None for object), without a second copy."""
    missing = values.dtype.na_value if isinstance(values.dtype, pd.StringDtype) else None
    cells = values.to_numpy(dtype=object, copy=True)
    cells[(values == "" if empty is None else empty).to_numpy(dtype=bool)] = missing
    return pd.Series(cells, index=values.index, name=values.name, dtype=object)


def clean_text(values: pd.Series, ctx: CellContext) -> pd.Series:
    return _none_if_empty(_strip(values))


def clean_id(values: pd.Series, ctx: CellContext) -> pd.Series:
    """`="123"`, a leading `'` and tabs removed; `17850.0` -> `17850` with a warning;
    `1.23457E+17` refused: Excel has already lost its digits."""
    values = _strip(values)
    first = values.iloc[0] if len(values) else ""
    if _ID_MARKS.search(first) or values.str.contains(_ID_MARKS.pattern, regex=True).any():
        if (values.str.fullmatch(_EXCEL_TEXT_ID) | (values == "")).all():
            values = values.str.slice(2, -1).str.strip()  # the same, without a regex
        else:
            values = values.str.replace(r'^="?|"$|^\'|\t', "", regex=True).str.strip()
    if values.str.contains(",", regex=False).any():
        grouped = values.str.match(_GROUPED_ID)
        if grouped.any():
            _refuse_rounded(values.str.replace(",", "", regex=False).where(grouped, ""),
                            ctx, values, always=True)
            ctx.warn("id_separators", grouped)
            values = values.mask(grouped, values.str.replace(",", "", regex=False))
    _refuse_rounded(values, ctx, values)
    if values.str.match(_ODD_ID).any():  # one pass for both checks when neither applies
        destroyed = values.str.match(_SCI_ID)
        if destroyed.any():
            raise ctx.fail("id_destroyed", destroyed, values)
        floaty = values.str.match(_FLOAT_ID)
        if floaty.any():
            ctx.warn("float_id", floaty)
            values = values.mask(floaty, values.str.replace(r"\.0+$", "", regex=True))
    return _none_if_empty(values)


def _refuse_rounded(digits: pd.Series, ctx: CellContext, values: pd.Series,
                    always: bool = False) -> None:
    """Refuse IDs of more than 15 digits that end in zeros after the 15th: Excel rounded
    them. One such ID may be true; zeros where 6 or more random digits would stand are
    not (or `always`: the ID carried thousands separators, so Excel held it as a number)."""
    long_ = digits.str.len() > _EXCEL_DIGITS
    if not long_.any():
        return
    numeric = long_ & digits.str.fullmatch(r"[0-9]+")
    tail = digits[numeric].str.slice(_EXCEL_DIGITS)
    zeros = tail.str.fullmatch("0+")
    if not zeros.any():
        return
    if always or (zeros.all() and int(tail.str.len().sum()) >= 6):
        rounded = pd.Series(False, index=digits.index)
        rounded[zeros[zeros].index] = True
        raise ctx.fail("id_rounded", rounded, values)


def _plain_decimals(text: pd.Series) -> bool:
    """Whether every cell of stripped text is empty or a plain decimal (no symbol, comma,
    sign other than '-', exponent or space): the general cleaning leaves such text as it
    is, and `_plain_floats` reads it."""
    return bool((text.str.fullmatch(_PLAIN_DECIMAL) | (text == "")).all())


def _plain_floats(text: pd.Series) -> pd.Series:
    """Plain decimals -> float64 (NaN for empty cells) in one vectorised cast; the same
    correctly rounded values pd.to_numeric gives, up to the sign of a zero."""
    cells = pa.array(text)  # Arrow-backed text: no copy
    cells = pc.if_else(pc.equal(cells, ""), pa.scalar(None, cells.type), cells)
    numbers = pc.cast(cells, pa.float64()).to_numpy(zero_copy_only=False)
    return pd.Series(numbers, index=text.index, dtype="float64")


def _numeric_text(values: pd.Series, decimal_comma: bool) -> pd.Series:
    values = _strip(values).str.replace(r"[¥￥元$€£\s]", "", regex=True)
    values = values.str.replace(r"^=\"?|\"$", "", regex=True)
    if decimal_comma:
        return values.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    return values.str.replace(",", "", regex=False)


def _to_float(text: pd.Series, code: str, ctx: CellContext, raw: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(text.mask(text == "", None), errors="coerce")
    bad = numbers.isna() & (text != "")
    if bad.any():
        raise ctx.fail(code, bad, raw)
    return _in_range(numbers.astype("float64"), ctx, raw)


def _in_range(numbers: pd.Series, ctx: CellContext, raw: pd.Series) -> pd.Series:
    """Refuse infinities and magnitudes beyond MAX_MAGNITUDE (missing cells pass)."""
    huge = ~(numbers.abs() < MAX_MAGNITUDE) & numbers.notna()
    if huge.any():
        raise ctx.fail("number_too_large", huge, raw)
    return numbers


def _commas_in_place(values: pd.Series, ctx: CellContext, code: str) -> None:
    """'1,234.50' is an amount; '40,90' (a decimal comma) or '1,2,3' is not read as one."""
    text = _strip(values).str.replace(r"\s", "", regex=True)
    if not text.str.contains(",", regex=False).any():
        return
    misplaced = text.str.contains(_COMMA_OUT_OF_PLACE, regex=True)
    misplaced |= text.str.contains(r"\.[0-9]*,", regex=True)  # a comma after the point
    if misplaced.any():
        raise ctx.fail(code, misplaced, values)


def clean_money(values: pd.Series, ctx: CellContext, decimal_comma: bool = False) -> pd.Series:
    """Money text -> integer cents (Int64), exact: '1,234.565' -> 123457."""
    stripped = _strip(values)
    if not decimal_comma and _plain_decimals(stripped):
        text, numbers = stripped, _in_range(_plain_floats(stripped), ctx, values)
    else:
        if not decimal_comma:
            _commas_in_place(values, ctx, "bad_money")
        text = _numeric_text(values, decimal_comma)
        numbers = _to_float(text, "bad_money", ctx, values)
    scaled = numbers.to_numpy() * 100
    cents = np.rint(scaled)
    inexact = np.abs(scaled - cents) > 1e-6
    inexact &= ~np.isnan(scaled)
    result = pd.Series(cents, index=values.index)
    if inexact.any():  # more than two decimals: round half away from zero, exactly
        exact = [int((Decimal(t) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
                 for t in text[inexact]]
        result[inexact] = exact
    return result.round().astype("Int64")


def clean_int(values: pd.Series, ctx: CellContext) -> pd.Series:
    stripped = _strip(values)
    if _plain_decimals(stripped):
        numbers = _in_range(_plain_floats(stripped), ctx, values)
    else:
        _commas_in_place(values, ctx, "bad_number")
        numbers = _to_float(_numeric_text(values, False), "bad_number", ctx, values)
    fractional = numbers.notna() & (numbers != np.floor(numbers))
    if fractional.any():
        raise ctx.fail("bad_number", fractional, values)
    return numbers.round().astype("Int64")


def clean_number(values: pd.Series, ctx: CellContext) -> pd.Series:
    _commas_in_place(values, ctx, "bad_number")
    return _to_float(_numeric_text(values, False), "bad_number", ctx, values)


def clean_rate(values: pd.Series, ctx: CellContext) -> pd.Series:
    """'3.21%' -> 0.0321; a plain number is taken as the fraction itself."""
    text = _strip(values).str.replace(",", "", regex=False)
    percent = text.str.endswith("%")
    numbers = _to_float(text.str.rstrip("%").str.strip(), "bad_number", ctx, values)
    return numbers.where(~percent, numbers / 100)


_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M",
    "%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d",
)
_CANONICAL = r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"
_OFFSET = r"(?:\s*(?:[+-]\d{2}:?\d{2}|Z|UTC))$"
# Every cell _OFFSET can change ends like this (it is cheaper: no Unicode classes).
_OFFSET_HINT = r"(?:Z|UTC|[+-].{4,5})$"


def _parse_datetimes(values: pd.Series, ctx: CellContext) -> pd.Series:
    """Text -> datetime64, local wall-clock time (a trailing UTC offset is dropped:
    the shop's day is the day the shop saw)."""
    text = _strip(values)
    if text.str.contains(_OFFSET_HINT).any():
        text = text.str.replace(_OFFSET, "", regex=True)
    text = text.str.replace("T", " ", regex=False)
    parsed = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    todo = text != ""
    for fmt in _DATETIME_FORMATS:
        if not todo.any():
            break
        attempt = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        parsed[attempt.index] = parsed[attempt.index].fillna(attempt)
        todo = todo & parsed.isna()
    if todo.any():
        raise ctx.fail("bad_date", todo, values)
    return parsed


def _valid_canonical(text: pd.Series) -> bool:
    """Whether every cell of text written 'YYYY-MM-DD HH:MM:SS' is a time that
    _parse_datetimes reads with its first format (the others cannot read such text)."""
    if text.empty:
        return True
    parsed = pd.to_datetime(text, format=_DATETIME_FORMATS[0], errors="coerce")
    return bool(parsed.notna().all() and parsed.min() >= pd.Timestamp.min
                and parsed.max() <= pd.Timestamp.max)


def clean_datetime(values: pd.Series, ctx: CellContext) -> pd.Series:
    """Text -> 'YYYY-MM-DD HH:MM:SS' (or None)."""
    text = _strip(values)
    empty = text == ""
    canonical = bool((text.str.match(_CANONICAL) | empty).all())
    if canonical and _valid_canonical(text[~empty]):
        # the common case: valid, and written as it is stored (formatting the parsed
        # times would give the same text)
        return _none_if_empty(text, empty)
    parsed = _parse_datetimes(text, ctx)  # raises for the cell that is not a time
    if canonical:
        return _none_if_empty(text, empty)
    out = parsed.dt.strftime("%Y-%m-%d %H:%M:%S")
    return out.where(parsed.notna(), None).astype(object)


def clean_date(values: pd.Series, ctx: CellContext) -> pd.Series:
    """Text -> 'YYYY-MM-DD' (or None)."""
    parsed = _parse_datetimes(values, ctx)
    out = parsed.dt.strftime("%Y-%m-%d")
    return out.where(parsed.notna(), None).astype(object)


CLEANERS: dict[str, Callable[..., pd.Series]] = {
    "id": clean_id,
    "text": clean_text,
    "money": clean_money,
    "int": clean_int,
    "number": clean_number,
    "rate": clean_rate,
    "datetime": clean_datetime,
    "date": clean_date,
}

