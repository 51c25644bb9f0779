"""The cost-and-stock sheet template: an XLSX whose header row is the product sheet's
own column names (presets/product_sheet.py), so a filled-in copy is recognised as
`product_sheet` by an import and read by Products → Import cost sheet. No Qt.

The words of the second sheet (what each column means) come from the caller, which
translates them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..exporting import close_workbook
from ..importers.presets.product_sheet import FIELDS

SHEET_NAME = "商品成本库存"
NOTES_SHEET_NAME = "填写说明"
# Left to right as an owner fills them: the code first, the numbers OpsDesk needs next.
TEMPLATE_FIELDS = ("sku", "title", "variant", "cost", "stock", "safety_stock",
                   "lead_time_days", "price", "category", "platform")
_TEXT_FIELDS = {"sku", "title", "variant", "category", "platform"}


def template_headers() -> list[str]:
    """The header row: each field's first (canonical) name, e.g. 商家编码, 成本, 库存."""
    names = {field.name: field.aliases[0] for field in FIELDS}
    return [names[name] for name in TEMPLATE_FIELDS]


def write_sheet_template(path: str | Path, notes: Mapping[str, str] | None = None,
                         rows: Iterable[Sequence[object]] = ()) -> Path:
    """Write the template to `path`. `notes` (field -> explanation) fill the second
    sheet and the header cells' comments; `rows` (in TEMPLATE_FIELDS order) prefill it."""
    import xlsxwriter

    notes = notes or {}
    headers = template_headers()
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                               "strings_to_numbers": False,
                                               "strings_to_urls": False})
    try:
        sheet = workbook.add_worksheet(SHEET_NAME)
        bold = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1})
        as_text = workbook.add_format({"num_format": "@"})
        money = workbook.add_format({"num_format": "0.00"})
        for column, (name, header) in enumerate(zip(TEMPLATE_FIELDS, headers, strict=True)):
            sheet.write_string(0, column, header, bold)
            if note := notes.get(name):
                sheet.write_comment(0, column, note, {"x_scale": 2, "y_scale": 1.5})
            style = as_text if name in _TEXT_FIELDS else money if name in (
                "cost", "price") else None
            sheet.set_column(column, column, 28 if name == "title" else 14, style)
        for row_number, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, int | float) and not isinstance(value, bool):
                    sheet.write_number(row_number, column, value)
                else:
                    sheet.write_string(row_number, column, str(value), as_text)
        sheet.freeze_panes(1, 1)
        if notes:
            help_sheet = workbook.add_worksheet(NOTES_SHEET_NAME)
            help_sheet.set_column(0, 0, 16)
            help_sheet.set_column(1, 1, 90)
            for row_number, (name, header) in enumerate(
                    zip(TEMPLATE_FIELDS, headers, strict=True)):
                help_sheet.write_string(row_number, 0, header, bold)
                help_sheet.write_string(row_number, 1, notes.get(name, ""))
    finally:
        close_workbook(workbook)
    return Path(path)
