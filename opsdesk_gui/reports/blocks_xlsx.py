"""Tables of shown texts (heading, headers, columns, numeric flags) as a workbook, one sheet
per table: the printed campaign review's tables. Numeric columns become numbers ('1,234.56'
-> 1234.56, '+12.5%' -> 0.125 formatted as per cent); other cells stay text, neutralised
so that none runs as a formula. No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..exporting import neutralise
from .workbook import new_workbook, sheet_name


def _number(text: str) -> tuple[float, bool] | None:
    """(value, is_percent), or None when the cell is not a number ('-', a note)."""
    raw = text.replace(",", "").strip()
    percent = raw.endswith("%")
    try:
        value = float(raw.rstrip("%"))
    except ValueError:
        return None
    return (value / 100, True) if percent else (value, False)


def write_blocks_xlsx(blocks: Sequence[tuple[str, Sequence[str], Sequence[Sequence[str]],
                                             Sequence[bool]]],
                      sheet_titles: Sequence[str], path: str | Path) -> Path:
    with new_workbook(path) as (workbook, bold):
        money = workbook.add_format({"num_format": "#,##0.00"})
        percent = workbook.add_format({"num_format": "+0.0%;-0.0%;0.0%"})
        taken: set[str] = set()
        for (heading, headers, columns, numeric), title in zip(blocks, sheet_titles,
                                                               strict=True):
            sheet = workbook.add_worksheet(sheet_name(title, taken))
            sheet.write_string(0, 0, str(neutralise(heading)), bold)
            for c, header in enumerate(headers):
                sheet.write_string(1, c, header, bold)
                sheet.set_column(c, c, 40 if not numeric[c] and c else 16)
            for c, cells in enumerate(columns):
                for r, text in enumerate(cells, start=2):
                    number = _number(text) if numeric[c] else None
                    if number is None:
                        sheet.write_string(r, c, str(neutralise(text)))
                    else:
                        sheet.write_number(r, c, number[0], percent if number[1] else money)
            sheet.freeze_panes(2, 0)
    return Path(path)
