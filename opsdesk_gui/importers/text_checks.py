"""Checks of a CSV's text that pandas does not make: rows cut off at the end of the file,
rows with fewer or more fields than the header (pandas fills a short row with empty
cells, and takes a long first row's first field as an index), and the first rows read
within a bounded number of bytes.

Row numbers are those of Chunk.rows: the header's row, then one per record, blank
lines not counted.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable
from pathlib import Path

from ..errors import ImportFailed

_LINE_ENDS = {b"\n", b"\r"}


def read_head(path: Path, encoding: str, limit: int) -> tuple[str, bool]:
    """At most `limit` bytes of the file's start as text, cut after the last whole line
    when the file is longer; and whether that is the whole file."""
    with path.open("rb") as fh:
        data = fh.read(limit)
        whole = not fh.read(1)
    if not whole:
        cut = data.rfind(b"\n")
        data = data[: cut + 1] if cut >= 0 else data
    return data.decode(encoding, errors="replace"), whole


def ends_with_line_break(path: Path, encoding: str | None) -> bool:
    with path.open("rb") as fh:
        size = fh.seek(0, io.SEEK_END)
        fh.seek(max(size - 2, 0))
        tail = fh.read()
    if encoding and codecs.lookup(encoding).name.startswith("utf-16"):
        return tail in (b"\n\x00", b"\r\x00", b"\x00\n", b"\x00\r")
    return tail[-1:] in _LINE_ENDS


def check_no_nul(path: Path, encoding: str, block: int = 1 << 22) -> None:
    """Refuse text holding NUL bytes: what an interrupted download leaves where the rest
    of the file should be (no export writes them). Its line is named."""
    if codecs.lookup(encoding).name.startswith("utf-16"):
        return
    lines = 0
    with path.open("rb") as fh:
        while data := fh.read(block):
            at = data.find(b"\x00")
            if at >= 0:
                raise ImportFailed("nul_byte", {"file": path.name,
                                                "row": lines + data.count(b"\n", 0, at) + 1})
            lines += data.count(b"\n")


def check_end(path: Path, encoding: str, delimiter: str, width: int) -> None:
    """A file that does not end with a line break may have been cut off inside its last
    row. Refused, unless its last field is quoted and closed (a cut cannot leave that)."""
    if ends_with_line_break(path, encoding):
        return
    with path.open("rb") as fh:
        size = fh.seek(0, io.SEEK_END)
        fh.seek(max(size - 65536, 0) & ~1)
        tail = fh.read().decode(_bomless(encoding), errors="replace")
    last = tail.splitlines()[-1] if tail.strip() else ""
    fields = next(csv.reader([last], delimiter=delimiter), [])
    if len(fields) < width:
        raise ImportFailed("file_truncated", {"file": path.name})
    if not last.rstrip().endswith('"') or last.count('"') % 2:
        raise ImportFailed("no_final_line_break", {"file": path.name})


def _split(cell: str, delimiter: str) -> int:
    return len(next(csv.reader([cell], delimiter=delimiter), []))


def _bomless(encoding: str) -> str:
    return {"utf-16": "utf-16-le"}.get(codecs.lookup(encoding).name, encoding)


def check_row_widths(path: Path, encoding: str, delimiter: str, header_row: int,
                     width: int) -> None:
    """Refuse the first record with fewer fields than the header line, or with more
    that are not empty."""
    with path.open("r", encoding=encoding, newline="", errors="replace") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            for _ in range(header_row):
                next(reader, None)
            check_widths(reader, path.name, delimiter, header_row, width)
        except csv.Error as exc:
            raise ImportFailed("cell_too_long", {"file": path.name,
                                                 "row": reader.line_num}) from exc


def check_widths(records: Iterable[list[str]], file: str, delimiter: str, header_row: int,
                 width: int) -> None:
    """check_row_widths over the records after the header. A record quoted whole
    ("a,b,c" in one field) is split again when its parts fill the header, as the
    reading does."""
    row = header_row
    for fields in records:
        if not fields or fields == [""]:
            continue
        row += 1
        found = len(fields)
        if found == width:
            continue
        if found == 1 and _split(fields[0], delimiter) == width:
            continue
        if found > width and not any(f.strip() for f in fields[width:]):
            continue
        raise ImportFailed("row_width", {"file": file, "row": row, "found": found,
                                         "expected": width})
