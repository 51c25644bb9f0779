"""A review as a workbook: one sheet per section, the same figures as the printed document.
Money is a number in yuan (2 decimals shown), rates are numbers formatted as per cent, IDs
are text (every digit kept), codes are translated with `labels`; text cells that would
run as formulas are neutralised (exporting.neutralise). No Qt."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..exporting import neutralise
from .review import ReviewContent
from .review_html import cell_text, label, whole
from .review_tables import Typed, is_missing, review_sections
from .workbook import new_workbook, sheet_name

__all__ = ["sheet_name", "write_review_xlsx"]  # sheet_name: tests and callers read it here

_FORMATS = {"money": "#,##0.00", "signed_money": "+#,##0.00;-#,##0.00;0.00", "int": "#,##0",
            "approx_int": "#,##0", "rate": "0.00%", "change": "+0.0%;-0.0%;0.0%",
            "points": "+0.00%;-0.00%;0.00%", "factor": "0.000"}


def _number(value: object, kind: str) -> float | int:
    if kind in ("money", "signed_money"):
        return whole(value) / 100  # cents -> yuan; the format shows 2 decimals
    if kind in ("int", "approx_int"):
        return whole(value)
    return float(value)


def write_review_xlsx(content: ReviewContent, labels: Mapping[str, str],
                      path: str | Path) -> Path:
    with new_workbook(path) as (workbook, bold):
        text = workbook.add_format({"num_format": "@"})
        numbers = {kind: workbook.add_format({"num_format": f}) for kind, f in _FORMATS.items()}
        taken: set[str] = set()
        for section in review_sections(content):
            sheet = workbook.add_worksheet(sheet_name(label(labels, f"section.{section.key}"),
                                                      taken))
            for c, col in enumerate(section.columns):
                sheet.write_string(0, c, label(labels, f"col.{col.key}"), bold)
                sheet.set_column(c, c, 28 if col.key == "title" else 14)
            for r, row in enumerate(section.rows, start=1):
                for c, col in enumerate(section.columns):
                    value, kind = row[c], col.kind
                    if isinstance(value, Typed):
                        value, kind = value.value, value.kind
                    if kind in _FORMATS:
                        if not is_missing(value):
                            sheet.write_number(r, c, _number(value, kind), numbers[kind])
                    elif kind == "id":
                        if not is_missing(value):
                            sheet.write_string(r, c, str(value), text)
                    else:
                        shown = cell_text(value, kind, labels, col.group)
                        sheet.write_string(r, c, str(neutralise(shown)))
            sheet.freeze_panes(1, 0)
    return Path(path)
