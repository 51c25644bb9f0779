"""The one way OpsDesk opens a workbook to write: xlsxwriter with no text turned into a
formula, number or link, written under a temporary name and put in place only when whole
(a full disk leaves no half-written workbook); sheet names as Excel allows them. No Qt."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..exporting import close_workbook
from ..store.files import complete_or_nothing

HEADER_FORMAT = {"bold": True, "bg_color": "#e8eef6"}
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_name(text: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the book."""
    base = _BAD_SHEET_CHARS.sub(" ", text).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        name = f"{base[:28]} {n}"
        n += 1
    taken.add(name.lower())
    return name


@contextmanager
def new_workbook(path: str | Path) -> Iterator[tuple[object, object]]:
    """Yields (workbook, the header cells' format); closes and puts it in place."""
    import xlsxwriter

    with complete_or_nothing(path) as partial:
        workbook = xlsxwriter.Workbook(str(partial), {"strings_to_formulas": False,
                                                   "strings_to_numbers": False,
                                                   "strings_to_urls": False})
        try:
            yield workbook, workbook.add_format(HEADER_FORMAT)
        finally:
            close_workbook(workbook)
