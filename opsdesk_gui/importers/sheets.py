"""Workbooks (XLSX, XLS, ODS) read with calamine, sheet by sheet, as text cells.

A workbook may hold its rows on more than one sheet (a long export split in two, or the
data on the second sheet after an empty first one): `choose_sheets` finds the sheet with
the header, the other sheets that carry the same header (read after it), and the sheets
with data that are left unread (named in a warning).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from ..errors import ImportFailed


@dataclass
class SheetChoice:
    index: int  # the sheet with the header
    head: list[list[str]]  # its first rows
    header_index: int | None  # the header's position in head (None: none found)
    more: list[tuple[int, str, int]] = field(default_factory=list)  # (index, name, header row)
    skipped: list[str] = field(default_factory=list)  # names of sheets with data not read


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip() if isinstance(value, str) else str(value)


# The reader calamine picks for a file name; a workbook under another name (an XLSX
# named .xls or .csv) is read from its bytes, where calamine goes by the content.
_READER_OF_SUFFIX = {".xlsx": "zip", ".xlsm": "zip", ".xlsb": "zip", ".ods": "zip",
                     ".xls": "ole"}


def _workbook(path: Path):
    from python_calamine import CalamineWorkbook

    try:
        with path.open("rb") as fh:
            signature = "zip" if fh.read(4) == b"PK\x03\x04" else "ole"
        if _READER_OF_SUFFIX.get(path.suffix.lower()) != signature:
            with path.open("rb") as fh:
                return CalamineWorkbook.from_filelike(fh)
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types per format
        raise ImportFailed("unreadable_sheet", {"file": path.name, "detail": str(exc)[:200]}
                           ) from exc


def sheet_rows(path: Path, index: int = 0) -> Iterator[list[str]]:
    try:
        sheet = _workbook(path).get_sheet_by_index(index)
        for row in sheet.iter_rows():
            yield [_cell_text(v) for v in row]
    except ImportFailed:
        raise
    except Exception as exc:
        raise ImportFailed("unreadable_sheet", {"file": path.name, "detail": str(exc)[:200]}
                           ) from exc


def sheet_height(path: Path, index: int = 0) -> int | None:
    try:
        return _workbook(path).get_sheet_by_index(index).total_height
    except Exception:
        return None


def choose_sheets(path: Path, scan_rows: int,
                  find_header: Callable[[list[list[str]]], int | None]) -> SheetChoice:
    names = _workbook(path).sheet_names
    found: list[tuple[int, str, list[list[str]], int | None]] = []
    for index, name in enumerate(names):
        rows = sheet_rows(path, index)
        head = [row for _, row in zip(range(scan_rows), rows, strict=False)]
        if any(any(cell.strip() for cell in row) for row in head):
            found.append((index, name, head, find_header(head)))
    if not found:
        return SheetChoice(0, [], None)
    first = next((f for f in found if f[3] is not None), found[0])
    choice = SheetChoice(first[0], first[2], first[3])
    header = first[2][first[3]] if first[3] is not None else None
    for index, name, head, at in found:
        if index == first[0]:
            continue
        if header is not None and at is not None and _same(head[at], header):
            choice.more.append((index, name, at + 1))
        else:
            choice.skipped.append(name)
    return choice


def _same(row: list[str], header: list[str]) -> bool:
    def names(cells: list[str]) -> list[str]:
        cells = [c.strip() for c in cells]
        while cells and not cells[-1]:
            cells.pop()
        return cells

    return names(row) == names(header)
