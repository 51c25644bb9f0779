"""What a file is, found before any reader opens it: a folder or a file OpsDesk may not
read, its real format (by its first bytes, whatever its name says), and for a workbook
whether its sheets fit in memory. Every refusal here is fast and reads a bounded amount.

A workbook's reader (calamine) holds a sheet as a dense grid from A1 to its farthest
cell: one stray cell at XFD1048576 asks for 17 billion cells. So the sheets' XML is
scanned first (streamed, a few regex searches per block) for how far they reach.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import ImportFailed

TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
MAX_COLUMNS = 702  # A .. ZZ; exports have fewer than 200
MAX_SHEET_CELLS = 30_000_000  # about 1 GB in the reader: 500,000 rows of 60 columns
# An ODS states repeated cells once with a count: a few bytes can ask for millions.
MAX_REPEAT_RATIO = 100
# An entry inflating to more than this and more than MAX_RATIO times its packed size is
# refused: real sheets pack 5-30 times, a "zip bomb" hundreds of times.
MAX_INFLATED = 256 << 20
MAX_RATIO = 100
_BLOCK = 4 << 20

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MARKUP = re.compile(rb"^\s*<(?:!doctype\s+html|html|table|\?xml|head|body|meta)", re.I)


def _fail(code: str, path: Path, **params: object) -> ImportFailed:
    return ImportFailed(code, {"file": path.name, **params})


def inspect_file(path: Path) -> str:
    """The file's format ("text", "xlsx", "xls", "xlsb" or "ods"), or ImportFailed
    naming what stops it being read."""
    if not path.exists():
        raise _fail("file_missing", path)
    if path.is_dir():
        raise _fail("not_a_file", path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + SHEET_SUFFIXES + ("",):
        raise _fail("unsupported_type", path, suffix=path.suffix)
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise _fail("file_unreadable", path) from exc
    if not head:
        raise _fail("file_empty", path)
    if head.startswith(_ZIP):
        return _zip_format(path)
    if head.startswith(_OLE):
        return "xls"
    text = head.removeprefix(b"\xef\xbb\xbf")
    if _MARKUP.match(text) or (b"<table" in text.lower() and b"<tr" in text.lower()):
        raise _fail("web_page", path)
    return "text"


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                _check_inflation(path, archive)
                for name in sorted(n for n in names if n.startswith("xl/worksheets/")
                                   and n.endswith(".xml")):
                    _check_sheet_extent(path, archive, name)
                return "xlsx"
            if "xl/workbook.bin" in names:
                _check_inflation(path, archive)
                return "xlsb"
            if "content.xml" in names:
                _check_inflation(path, archive)
                _check_ods_extent(path, archive)
                return "ods"
    except zipfile.BadZipFile as exc:
        raise _fail("damaged_workbook", path) from exc
    raise _fail("unsupported_type", path, suffix=path.suffix or ".zip")


def _check_inflation(path: Path, archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        if info.file_size > MAX_INFLATED and info.file_size > MAX_RATIO * max(
                info.compress_size, 1):
            raise _fail("workbook_inflates", path, packed=_megabytes(path.stat().st_size),
                        inflated=_megabytes(info.file_size))


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):,.1f} MB"


def column_number(letters: bytes | str) -> int:
    """'A' -> 1, 'ZZ' -> 702."""
    number = 0
    for letter in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _beyond(width: int, spaced: bool = False) -> re.Pattern[bytes]:
    """A cell reference of a column right of `width` (at most ZZ). Attributes follow a
    space; `spaced` also takes a tab or a line break before `r=` (a slower search)."""
    letters = column_letters(width)
    options = [b"[A-Z]{3}"]
    if len(letters) == 1:
        options.append(b"[A-Z]{2}")
        if letters < "Z":
            options.append(f"[{chr(ord(letters) + 1)}-Z]".encode())
    else:
        first, second = letters
        if first < "Z":
            options.append(f"[{chr(ord(first) + 1)}-Z][A-Z]".encode())
        if second < "Z":
            options.append(f"{first}[{chr(ord(second) + 1)}-Z]".encode())
    before = rb"\sr=\"" if spaced else rb' r="'
    return re.compile(before + b"(" + b"|".join(options) + rb")[0-9]")


def _deeper(row: int, spaced: bool) -> re.Pattern[bytes]:
    """A cell reference of a row number with more digits than `row`."""
    before = rb"\sr=\"" if spaced else rb' r="'
    return re.compile(before + rb"[A-Z]{1,3}([0-9]{%d,})" % (len(str(row)) + 1))


_ODD_SPACING = re.compile(rb'[\t\n\r]r="')
_ROW = re.compile(rb'<row\s[^>]*?r="([0-9]+)"')


def _check_sheet_extent(path: Path, archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a sheet whose grid, from A1 to its farthest row and column, is wider than
    MAX_COLUMNS, larger than MAX_SHEET_CELLS, or mostly empty beyond its cells."""
    width, last_row, cells = 1, 0, 0
    tail = b""
    with archive.open(name) as stream:
        while block := stream.read(_BLOCK):
            data = tail + block
            cut = data.rfind(b">") + 1  # never split a tag between blocks
            data, tail = data[:cut], data[cut:]
            cells += data.count(b"<c")  # and a few <col>: an estimate from above
            rows = _ROW.findall(data)
            if rows:
                last_row = max(last_row, max(int(r) for r in rows))
            spaced = _ODD_SPACING.search(data) is not None
            # the reader places a cell by its own reference, whatever its row says
            for match in _deeper(last_row, spaced).finditer(data):
                last_row = max(last_row, int(match.group(1)))
            while match := _beyond(width, spaced).search(data):
                width = max(width, column_number(match.group(1)))
                if width > MAX_COLUMNS:
                    raise _fail("too_many_columns", path, found=f"{width:,}",
                                limit=MAX_COLUMNS)
    area = width * last_row
    if area > MAX_SHEET_CELLS:
        raise _fail("sheet_too_large", path, cells=f"{area:,}", limit=f"{MAX_SHEET_CELLS:,}")
    if area > 4 * cells + 1_000_000:
        raise _fail("far_cell", path, cell=f"{column_letters(width)}{last_row}")


_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODS_CELLS = (f"{_ODS_TABLE} table-cell", f"{_ODS_TABLE} covered-table-cell")


class _OdsExtent:
    """Follows content.xml (expat, streamed) for how far each sheet's cells with content
    reach once their repeat counts are applied, and how many cell elements state them.
    Empty cells do not count: every ODS ends its rows with thousands of them."""

    def __init__(self) -> None:
        self.area = self.cells = self.elements = 0
        self._row = self._column = self._last_row = self._width = 0
        self._row_repeat = self._cell_repeat = 1
        self._row_filled = self._cell_filled = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == f"{_ODS_TABLE} table":
            self._row = self._last_row = self._width = 0
        elif name == f"{_ODS_TABLE} table-row":
            self._row_repeat = int(attrs.get(f"{_ODS_TABLE} number-rows-repeated", 1))
            self._column, self._row_filled = 0, False
        elif name in _ODS_CELLS:
            self.elements += 1
            self._cell_repeat = int(attrs.get(f"{_ODS_TABLE} number-columns-repeated", 1))
            self._cell_filled = f"{_ODS_OFFICE} value-type" in attrs
        else:  # text inside a cell
            self._cell_filled = True

    def end(self, name: str) -> None:
        if name in _ODS_CELLS:
            self._column += self._cell_repeat
            if self._cell_filled:
                self._width = max(self._width, self._column)
                self._row_filled = True
                self.cells += self._cell_repeat * self._row_repeat
            self._cell_filled = False
        elif name == f"{_ODS_TABLE} table-row":
            self._row += self._row_repeat
            if self._row_filled:
                self._last_row = self._row
        elif name == f"{_ODS_TABLE} table":
            self.area = max(self.area, self._last_row * self._width)


def _check_ods_extent(path: Path, archive: zipfile.ZipFile) -> None:
    from xml.parsers import expat

    extent = _OdsExtent()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler, parser.EndElementHandler = extent.start, extent.end
    with archive.open("content.xml") as stream:
        try:
            while block := stream.read(_BLOCK):
                parser.Parse(block, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise _fail("damaged_workbook", path) from exc
    if extent.area > MAX_SHEET_CELLS:
        raise _fail("sheet_too_large", path, cells=f"{extent.area:,}",
                    limit=f"{MAX_SHEET_CELLS:,}")
    if extent.cells > 1_000_000 and extent.cells > MAX_REPEAT_RATIO * extent.elements:
        raise _fail("cells_repeated", path, cells=f"{extent.cells:,}")
