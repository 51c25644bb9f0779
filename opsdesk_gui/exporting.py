"""Writing a table for Excel/WPS: XLSX with ID columns as text, or CSV in UTF-8 with BOM.

A text cell starting with = + - @ (or a tab/CR) would run as a formula when opened, so it
is written with a leading apostrophe (OWASP's advice against CSV injection). Numbers are
written as numbers, including numbers already turned into text such as a negative amount
'-260.67': an apostrophe there would make Excel leave it out of every sum.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .store.files import complete_or_nothing

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?")


def is_number_text(value: str) -> bool:
    """'-260.67', '+5', '12.5%': text that Excel reads as a number, never as a formula."""
    return _NUMBER.fullmatch(value) is not None


def neutralise(value: object) -> object:
    if (isinstance(value, str) and value.startswith(_FORMULA_START)
            and not is_number_text(value)):
        return "'" + value
    return value


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise, na_action="ignore")
    return out


def export_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """UTF-8 with BOM, so Excel and WPS open Chinese text correctly."""
    with complete_or_nothing(path) as partial:
        _safe(frame).to_csv(partial, index=False, encoding="utf-8-sig")
    return Path(path)


def export_xlsx(frame: pd.DataFrame, path: str | Path, text_columns: set[str] = frozenset(),
                sheet: str = "Sheet1") -> Path:
    """`text_columns` (IDs) are written as text, so Excel keeps every digit."""
    import xlsxwriter

    safe = _safe(frame)
    with complete_or_nothing(path) as partial:
        workbook = xlsxwriter.Workbook(str(partial), {"strings_to_formulas": False,
                                                   "strings_to_numbers": False,
                                                   "strings_to_urls": False})
        try:
            worksheet = workbook.add_worksheet(sheet[:31])
            bold = workbook.add_format({"bold": True})
            as_text = workbook.add_format({"num_format": "@"})
            for c, name in enumerate(safe.columns):
                worksheet.write_string(0, c, str(name), bold)
                values = safe[name].tolist()
                text = name in text_columns
                for r, value in enumerate(values, start=1):
                    if value is None or (isinstance(value, float) and value != value):
                        continue
                    if text:
                        worksheet.write_string(r, c, str(value), as_text)
                    elif isinstance(value, bool | int | float):
                        worksheet.write_number(r, c, value)
                    elif isinstance(value, str) and is_number_text(value) and "%" not in value:
                        worksheet.write_number(r, c, float(value))
                    else:
                        worksheet.write_string(r, c, str(value))
                if text:
                    worksheet.set_column(c, c, 22, as_text)
            worksheet.freeze_panes(1, 0)
        finally:
            close_workbook(workbook)
    return Path(path)


def close_workbook(workbook) -> None:
    """Write the xlsxwriter workbook out; a file that cannot be written (e.g. open in
    Excel) raises the OSError behind it, which the callers' messages know."""
    import xlsxwriter

    try:
        workbook.close()
    except xlsxwriter.exceptions.FileCreateError as error:
        cause = error.args[0] if error.args else None
        raise (cause if isinstance(cause, OSError) else OSError(str(error))) from error
