"""Writing synthetic export files the way the platforms (and Excel) write them.

No real seller export is ever committed: tests build their files here, with made-up
buyers (测试买家1, phone 13800000001) and the platforms' quirks reproduced.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], *,
              encoding: str = "utf-8", bom: bool = False, preamble: Sequence[str] = (),
              final_newline: bool = True) -> Path:
    """A CSV as exported: encoding 'gbk'/'gb18030' for Chinese back-offices, `bom` for
    Excel's UTF-8, `preamble` lines above the header (生意参谋)."""
    buffer = io.StringIO()
    for line in preamble:
        buffer.write(line + "\r\n")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    text = buffer.getvalue()
    if not final_newline:
        text = text.rstrip("\r\n")
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], *,
               preamble: Sequence[Sequence[object]] = ()) -> Path:
    import xlsxwriter

    # Cells are written as they are: never turned into formulas or numbers.
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False,
                                               "strings_to_numbers": False})
    sheet = workbook.add_worksheet()
    r = 0
    for line in preamble:
        sheet.write_row(r, 0, list(line))
        r += 1
    sheet.write_row(r, 0, list(header))
    for row in rows:
        r += 1
        sheet.write_row(r, 0, ["" if v is None else v for v in row])
    workbook.close()
    return path


def shared_data(name: str) -> Path:
    """A file of ../shared/data, beside the checkout (as on developers' machines and CI)."""
    return Path(__file__).resolve().parents[2] / "shared" / "data" / name
