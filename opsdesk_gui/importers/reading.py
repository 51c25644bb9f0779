"""Opening an export file: finding its header row and reading it in chunks of text.

Every cell comes out as a string (IDs must never pass through float); cleaning and
typing happen later, per field. Row numbers are those a person sees in Excel: the
first line of the file is row 1.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import pandas as pd

from ..errors import ImportFailed
from .decoding import detect_encoding, guess_encoding

HEADER_SCAN_ROWS = 30
CHUNK_ROWS = 100_000
_UNIT_SUFFIXES = ("(元)", "(件)", "(¥)", "(%)", "(个)", "(人)", "(次)")


def normalise_header(name: object) -> str:
    """'商品总价（元） ' -> '商品总价': NFKC folds full-width forms; units are dropped."""
    text = unicodedata.normalize("NFKC", str(name)).replace("\ufeff", "").strip()
    for suffix in _UNIT_SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
    return text


@dataclass
class Chunk:
    frame: pd.DataFrame  # columns: the file's headers, normalised; values: str
    first_row: int  # the file row number of frame's first row
    progress: float  # 0..1, how much of the file has been read

    def rows(self) -> pd.Series:
        return pd.Series(range(self.first_row, self.first_row + len(self.frame)),
                         index=self.frame.index)


@dataclass
class Source:
    """An opened export: its header, the lines above it, and a way to read its rows."""

    path: Path
    header: list[str]
    header_row: int  # 1-based
    preamble: list[list[str]] = field(default_factory=list)
    encoding: str | None = None

    def chunks(self, size: int = CHUNK_ROWS) -> Iterator[Chunk]:
        if self.path.suffix.lower() == ".csv" or self.path.suffix.lower() == ".txt":
            return self._csv_chunks(size)
        return self._sheet_chunks(size)

    def _fail(self, code: str, **params: object) -> ImportFailed:
        return ImportFailed(code, {"file": self.path.name, **params})

    def _csv_chunks(self, size: int) -> Iterator[Chunk]:
        total = max(self.path.stat().st_size, 1)
        if not _ends_with_newline(self.path):
            _check_last_row(self)
        next_row = self.header_row + 1
        with self.path.open("rb") as fh:
            try:
                reader = pd.read_csv(
                    fh, encoding=self.encoding, dtype=str, keep_default_na=False,
                    skiprows=self.header_row - 1, header=0, chunksize=size,
                    engine="c", skip_blank_lines=True, on_bad_lines="error",
                )
                for frame in reader:
                    frame.columns = [normalise_header(c) for c in frame.columns]
                    frame = _unwrap_quoted_rows(frame)
                    chunk = Chunk(frame, next_row, min(fh.tell() / total, 1.0))
                    next_row += len(frame)
                    yield chunk
            except UnicodeDecodeError as exc:
                raise self._fail("bad_encoding", guess=guess_encoding(self.path)) from exc
            except pd.errors.ParserError as exc:
                if "EOF" in str(exc):
                    raise self._fail("file_truncated") from exc
                raise self._fail("unreadable_sheet", detail=str(exc)) from exc

    def _sheet_chunks(self, size: int) -> Iterator[Chunk]:
        rows = _sheet_rows(self.path)
        width = len(self.header)
        for _ in range(self.header_row):
            next(rows, None)
        total = self.total_rows or 1
        buffer: list[list[str]] = []
        next_row = self.header_row + 1
        seen = self.header_row
        for row in rows:
            seen += 1
            if not any(row):
                if not buffer:
                    next_row += 1
                continue
            buffer.append((row + [""] * width)[:width])
            if len(buffer) >= size:
                yield Chunk(self._sheet_frame(buffer), next_row, min(seen / total, 1.0))
                next_row = seen + 1
                buffer = []
        if buffer:
            yield Chunk(self._sheet_frame(buffer), next_row, 1.0)

    def _sheet_frame(self, rows: list[list[str]]) -> pd.DataFrame:
        return pd.DataFrame(rows, columns=self.header, dtype=str)

    total_rows: int | None = None


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(0, io.SEEK_END)
        if fh.tell() == 0:
            return False
        fh.seek(-1, io.SEEK_END)
        return fh.read(1) in (b"\n", b"\r")


def _unwrap_quoted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Some re-saved CSVs quote a whole row as one field ("a,b,""c"",d"): pandas reads it
    as a first cell holding every value and nothing after it. Split such rows again."""
    if frame.shape[1] < 2:
        return frame
    rest_missing = (frame.iloc[:, 1:].fillna("") == "").all(axis=1)
    wrapped = rest_missing & frame.iloc[:, 0].str.contains(",", regex=False, na=False)
    if not wrapped.any():
        return frame
    width = frame.shape[1]
    for index in frame.index[wrapped]:
        cells = next(csv.reader([frame.at[index, frame.columns[0]]]))
        if len(cells) == width:
            frame.loc[index] = cells
    return frame


def _check_last_row(source: Source) -> None:
    """A file cut off mid-row (no final line break, last row short of fields): refuse it."""
    with source.path.open("rb") as fh:
        fh.seek(max(fh.seek(0, io.SEEK_END) - 65536, 0))
        tail = fh.read().decode(source.encoding or "utf-8", errors="replace")
    last = tail.splitlines()[-1] if tail.strip() else ""
    fields = next(csv.reader([last]), [])
    if len(fields) < len(source.header):
        raise ImportFailed("file_truncated", {"file": source.path.name})


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


def _sheet_rows(path: Path) -> Iterator[list[str]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        for row in sheet.iter_rows():
            yield [_cell_text(v) for v in row]
    except ImportFailed:
        raise
    except Exception as exc:  # calamine raises its own error types per format
        raise ImportFailed("unreadable_sheet", {"file": path.name, "detail": str(exc)}) from exc


def _sheet_row_count(path: Path) -> int | None:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).total_height
    except Exception:
        return None


def _csv_head(path: Path, encoding: str) -> list[list[str]]:
    with path.open("r", encoding=encoding, newline="", errors="replace") as fh:
        reader = csv.reader(fh)
        head = []
        for row in reader:
            head.append(row)
            if len(head) >= HEADER_SCAN_ROWS:
                break
        return head


def _find_header(head: list[list[str]], known: set[str]) -> int | None:
    """Index of the first row with at least two known column names (or all names known)."""
    for index, row in enumerate(head):
        names = [normalise_header(c) for c in row if str(c).strip()]
        hits = sum(1 for n in names if n in known)
        if hits >= 2 or (names and hits == len(names)):
            return index
    return None


def open_source(path: str | Path, known_headers: Iterable[str],
                first_row_header: bool = False) -> Source:
    """Open an export and find its header row among its first rows. With
    `first_row_header`, a file with no known column names takes its first non-empty row
    as the header (to offer its columns for mapping)."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ImportFailed("file_missing", {"file": name})
    if path.stat().st_size == 0:
        raise ImportFailed("file_empty", {"file": name})
    suffix = path.suffix.lower()
    known = {normalise_header(h) for h in known_headers}
    encoding = None
    if suffix in (".csv", ".txt"):
        encoding = detect_encoding(path)
        if encoding is None:
            raise ImportFailed("bad_encoding", {"file": name, "guess": guess_encoding(path)})
        head = _csv_head(path, encoding)
    elif suffix in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"):
        rows = _sheet_rows(path)
        head = [row for _, row in zip(range(HEADER_SCAN_ROWS), rows, strict=False)]
    else:
        raise ImportFailed("unsupported_type", {"file": name, "suffix": path.suffix})
    if not any(any(str(c).strip() for c in row) for row in head):
        raise ImportFailed("file_empty", {"file": name})
    index = _find_header(head, known)
    if index is None and first_row_header:
        index = next(i for i, row in enumerate(head) if any(str(c).strip() for c in row))
    if index is None:
        raise ImportFailed("no_header", {"file": name, "rows": HEADER_SCAN_ROWS})
    header = [normalise_header(c) for c in head[index]]
    while header and not header[-1]:
        header.pop()
    source = Source(path, header, index + 1, head[:index], encoding)
    if encoding is None:
        source.total_rows = _sheet_row_count(path)
    return source
