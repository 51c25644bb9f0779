"""Opening an export file: finding its header row and reading it in chunks of text.

Every cell comes out as a string (IDs must never pass through float); cleaning and
typing happen later, per field. Row numbers are those a person sees in Excel: the
first line of the file is row 1.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from ..errors import ImportFailed
from .decoding import detect_encoding, guess_encoding
from .inspection import MAX_COLUMNS, inspect_file
from .sheets import choose_sheets, sheet_height, sheet_rows
from .temp_copies import new_copy
from .text_checks import (
    check_end,
    check_no_nul,
    check_row_widths,
    check_widths,
    ends_with_line_break,
    read_head,
)

HEADER_SCAN_ROWS = 30
HEAD_BYTES = 4 << 20  # the most read to find the header row
DELIMITERS = (",", "\t", ";")  # CSV; Excel's "Unicode text"; CSV in a European locale
# csv's own limit (131,072 characters) made a long note in the first rows a traceback;
# beyond this one, a cell is refused as cell_too_long.
MAX_CELL_CHARS = 1 << 24
csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
CHUNK_ROWS = 50_000
ARROW_BLOCK_BYTES = 4 << 20
# What pandas gives a text column read with dtype=str ('str' in pandas 3, object before).
_TEXT_DTYPE = pd.read_csv(io.StringIO("a\nx"), dtype=str)["a"].dtype
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
    sheet: str | None = None  # a workbook's further sheet the rows come from

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
    encoding: str | None = None  # None: a workbook
    delimiter: str = ","
    width: int = 0  # fields of the header line, trailing empty ones included
    sheet: int = 0
    more_sheets: list[tuple[int, str, int]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (warning code, about what)

    def chunks(self, size: int = CHUNK_ROWS) -> Iterator[Chunk]:
        if self.encoding is not None:
            return self._csv_chunks(size)
        return self._sheet_chunks(size)

    def _fail(self, code: str, **params: object) -> ImportFailed:
        return ImportFailed(code, {"file": self.path.name, **params})

    def _csv_chunks(self, size: int) -> Iterator[Chunk]:
        total = max(self.path.stat().st_size, 1)
        fast = self.fast_csv and self.delimiter == ","
        names = self._arrow_names() if fast else None
        if names is not None:
            handed_out = False
            try:
                for chunk in self._arrow_chunks(size, names, total):
                    handed_out = True
                    yield chunk
                return
            except _UnlikePandas as exc:
                if handed_out:
                    raise IrregularRows(self.path.name) from exc
            # nothing handed out yet: read the file as below
        yield from self._pandas_chunks(size, total)

    def _arrow_names(self) -> list[str] | None:
        """The column names pandas gives this file, when the fast reader can read it as
        pandas would: an encoding that writes quotes and line ends as ASCII does, and no
        quote or blank line among the lines up to the header (the fast reader counts
        lines there, pandas rows)."""
        encoding = self.encoding or "utf-8"
        try:
            if '"\n'.encode(encoding) != b'"\n':
                return None
            with self.path.open("rb") as fh:
                for _ in range(self.header_row):
                    line = fh.readline()
                    if b'"' in line or not line.strip():
                        return None
                fh.seek(0)
                names = pd.read_csv(
                    fh, encoding=self.encoding, dtype=str, keep_default_na=False,
                    skiprows=self.header_row - 1, header=0, nrows=0, engine="c",
                    skip_blank_lines=True).columns
        except Exception:  # pandas' reading says what is wrong
            return None
        names = [str(n) for n in names]
        return names if len(set(names)) == len(names) else None

    def _arrow_chunks(self, size: int, names: list[str], total: int) -> Iterator[Chunk]:
        """pyarrow's CSV reader, several times faster than pandas' here, for files it reads
        as pandas does. The file is first checked (and, in another encoding than UTF-8,
        copied as UTF-8 to a temporary file): pyarrow then reads a file of its own, with no
        call back into Python from its threads. What it would read otherwise raises
        _UnlikePandas: the check's findings before any row, a row of another width than
        the header before the rows of its block."""
        with _utf8_file(self.path, self.encoding or "utf-8") as (utf8, lines, unlike):
            if unlike:
                raise _UnlikePandas(unlike)
            try:
                reader = pa_csv.open_csv(
                    str(utf8),
                    read_options=pa_csv.ReadOptions(
                        column_names=names, skip_rows=self.header_row,
                        block_size=ARROW_BLOCK_BYTES),
                    parse_options=pa_csv.ParseOptions(newlines_in_values=True,
                                                      ignore_empty_lines=True),
                    convert_options=pa_csv.ConvertOptions(
                        column_types={n: pa.large_string() for n in names},
                        strings_can_be_null=False, quoted_strings_can_be_null=False))
            except Exception as exc:
                raise _UnlikePandas(str(exc)) from exc
            try:
                yield from self._arrow_batches(reader, size, max(lines - self.header_row, 1))
            finally:
                reader.close()

    def _arrow_batches(self, reader, size: int, lines: int) -> Iterator[Chunk]:
        next_row, first_index = self.header_row + 1, 0
        pending: list[pa.RecordBatch] = []
        rows = 0
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                break
            except Exception as exc:  # a row of another width, ...
                raise _UnlikePandas(str(exc)) from exc
            pending.append(batch)
            rows += batch.num_rows
            while rows >= size:
                head, rows, pending = _split_batches(pending, size)
                frame = self._arrow_frame(head, first_index)
                first_index += len(frame)
                yield Chunk(frame, next_row, min(first_index / lines, 1.0))
                next_row += len(frame)
        if rows or not first_index:  # a header alone gives pandas one empty frame
            table = pa.Table.from_batches(pending, schema=reader.schema)
            yield Chunk(self._arrow_frame(table, first_index), next_row, 1.0)

    def _arrow_frame(self, table: pa.Table, first_index: int) -> pd.DataFrame:
        frame = table.to_pandas()
        if any(dtype != _TEXT_DTYPE for dtype in frame.dtypes):
            raise _UnlikePandas("text columns of another dtype")
        frame.index = pd.RangeIndex(first_index, first_index + len(frame))
        frame.columns = [normalise_header(c) for c in frame.columns]
        return _unwrap_quoted_rows(frame)

    def _pandas_chunks(self, size: int, total: int) -> Iterator[Chunk]:
        next_row = self.header_row + 1
        widths_checked = False
        with self.path.open("rb") as fh:
            try:
                reader = pd.read_csv(
                    fh, encoding=self.encoding, dtype=str, keep_default_na=False,
                    skiprows=self.header_row - 1, header=0, chunksize=size,
                    engine="c", skip_blank_lines=True, on_bad_lines="error",
                    sep=self.delimiter, index_col=False,
                )
                for frame in reader:
                    if not widths_checked and (frame.iloc[:, -1] == "").any():
                        # pandas reads a row short of fields with empty cells at its end:
                        # only then can one be there (a pass over the whole file, once)
                        check_row_widths(self.path, self.encoding, self.delimiter,
                                         self.header_row, frame.shape[1])
                        widths_checked = True
                    frame.columns = [normalise_header(c) for c in frame.columns]
                    frame = _unwrap_quoted_rows(frame, self.delimiter)
                    chunk = Chunk(frame, next_row, min(fh.tell() / total, 1.0))
                    next_row += len(frame)
                    yield chunk
            except UnicodeDecodeError as exc:
                raise self._fail("bad_encoding", guess=guess_encoding(self.path)) from exc
            except pd.errors.ParserError as exc:
                if "EOF" in str(exc):
                    raise self._fail("file_truncated") from exc
                longer = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
                if longer:
                    expected, row, found = map(int, longer.groups())
                    raise self._fail("row_width", row=row, found=found, expected=expected
                                     ) from exc
                raise self._fail("unreadable_sheet", detail=str(exc)[:200]) from exc

    def _sheet_chunks(self, size: int) -> Iterator[Chunk]:
        yield from self._one_sheet_chunks(self.sheet, self.header_row, None, size)
        for index, name, header_row in self.more_sheets:
            yield from self._one_sheet_chunks(index, header_row, name, size)

    def _one_sheet_chunks(self, index: int, header_row: int, name: str | None,
                          size: int) -> Iterator[Chunk]:
        rows = sheet_rows(self.path, index)
        width = len(self.header)
        for _ in range(header_row):
            next(rows, None)
        total = (self.total_rows if name is None else sheet_height(self.path, index)) or 1
        buffer: list[list[str]] = []
        next_row = header_row + 1
        seen = header_row
        for row in rows:
            seen += 1
            if not any(row):
                if not buffer:
                    next_row += 1
                continue
            buffer.append((row + [""] * width)[:width])
            if len(buffer) >= size:
                yield Chunk(self._sheet_frame(buffer), next_row, min(seen / total, 1.0), name)
                next_row = seen + 1
                buffer = []
        if buffer:
            yield Chunk(self._sheet_frame(buffer), next_row, 1.0, name)

    def _sheet_frame(self, rows: list[list[str]]) -> pd.DataFrame:
        return pd.DataFrame(rows, columns=self.header, dtype=str)

    total_rows: int | None = None
    fast_csv: bool = True  # read CSV with pyarrow where it reads as pandas does


class _UnlikePandas(Exception):
    """The fast reader cannot give what pandas' reading would."""


class IrregularRows(Exception):
    """The fast CSV reader met, after handing out rows, a row it does not read as pandas
    does (another width, a broken quote, undecodable bytes): read the file again with
    `fast_csv` off, from the start."""


class _CsvCheck:
    """Checks a CSV's bytes (ASCII-compatible), block by block, for what pyarrow's reader
    and pandas' read differently: a quote inside an unquoted field or after a closing
    quote, a file ending inside quotes, a carriage return without its line feed, NUL
    bytes. `unlike` names the first such thing found."""

    def __init__(self) -> None:
        self._held = b""  # trailing quotes / carriage return, checked with what follows
        self._last: int | None = None  # the byte before the next one checked
        self._quotes = 0  # runs of an odd number of quotes so far
        self.lines = 0
        self.unlike: str | None = None

    def feed(self, data: bytes, final: bool = False) -> None:
        data = self._held + data
        keep = len(data) if final else len(data.rstrip(b'"\r'))
        data, self._held = data[:keep], data[keep:]
        if data and not self.unlike:
            self._check(data, final)
        if final and self.unlike is None and self._quotes % 2:
            self.unlike = "the file ends inside quotes"

    def _check(self, data: bytes, final: bool) -> None:
        self.lines += data.count(b"\n")
        carriage_returns = data.count(b"\r") - data.count(b"\r\n")
        if b"\x00" in data:
            self.unlike = "a NUL byte"
        elif carriage_returns and not (final and carriage_returns == 1
                                       and data.endswith(b"\r")):
            self.unlike = "a carriage return without a line feed"
        cells = np.frombuffer(data, dtype=np.uint8)
        quotes = np.flatnonzero(cells == ord('"'))
        if len(quotes) and not self.unlike:
            # Runs of adjacent quotes: an even run never changes whether a field is quoted;
            # the odd runs must alternate opening (at a field's start) and closing.
            starts = np.flatnonzero(np.diff(quotes, prepend=-2) != 1)
            lengths = np.diff(np.append(starts, len(quotes)))
            odd = quotes[starts[lengths % 2 == 1]]
            before = cells[np.maximum(odd - 1, 0)].astype(np.int64)
            if len(odd) and odd[0] == 0:  # the first byte: the one before, or the start
                before[0] = ord(",") if self._last is None else self._last
            opening = (np.arange(len(odd)) + self._quotes) % 2 == 0
            at_start = np.isin(before, (ord(","), ord("\n"), ord("\r")))
            if (opening & ~at_start).any():
                self.unlike = "a quote inside a field"
            self._quotes += len(odd)
        self._last = data[-1]


@contextlib.contextmanager
def _utf8_file(path: Path, encoding: str, block: int = 1 << 22
               ) -> Iterator[tuple[Path, int, str | None]]:
    """The file as UTF-8 (itself, or a temporary copy decoded block by block), its line
    count and what _CsvCheck found in it."""
    check = _CsvCheck()
    copy = None
    try:
        try:
            with path.open("rb") as source:
                if codecs.lookup(encoding).name == "utf-8":
                    while not check.unlike and (data := source.read(block)):
                        check.feed(data)
                    check.feed(b"", final=True)
                else:
                    handle, copy = new_copy()
                    decoder = codecs.getincrementaldecoder(encoding)()
                    with open(handle, "wb") as out:
                        while not check.unlike:
                            data = source.read(block)
                            text = decoder.decode(data, final=not data).encode("utf-8")
                            out.write(text)
                            check.feed(text, final=not data)
                            if not data:
                                break
        except (UnicodeDecodeError, OSError) as exc:  # pandas' reading says what is wrong
            raise _UnlikePandas(str(exc)) from exc
        yield copy or path, check.lines, check.unlike
    finally:
        if copy is not None:
            copy.unlink(missing_ok=True)


def _split_batches(batches: list[pa.RecordBatch], size: int
                   ) -> tuple[pa.Table, int, list[pa.RecordBatch]]:
    """The first `size` rows of `batches` as a table, and the rest."""
    table = pa.Table.from_batches(batches)
    rest = table.slice(size)
    return table.slice(0, size), rest.num_rows, rest.to_batches()


def _unwrap_quoted_rows(frame: pd.DataFrame, delimiter: str = ",") -> pd.DataFrame:
    """Some re-saved CSVs quote a whole row as one field ("a,b,""c"",d"): pandas reads it
    as a first cell holding every value and nothing after it. Split such rows again."""
    if frame.shape[1] < 2:
        return frame
    commas = frame.iloc[:, 0].str.contains(delimiter, regex=False, na=False)
    if not commas.any():  # the common case, decided by one column
        return frame
    rest_missing = (frame.iloc[:, 1:].fillna("") == "").all(axis=1)
    wrapped = rest_missing & commas
    if not wrapped.any():
        return frame
    width = frame.shape[1]
    for index in frame.index[wrapped]:
        cells = next(csv.reader([frame.at[index, frame.columns[0]]], delimiter=delimiter))
        if len(cells) == width:
            frame.loc[index] = cells
    return frame


def _text_head(path: Path, encoding: str, known: set[str]
               ) -> tuple[list[list[str]], str, int | None]:
    """The first rows of a text file (within HEAD_BYTES), the delimiter they are split
    by and the header's position among them: the first delimiter that gives a header
    with known names, else the one that splits the first line most."""
    text, whole = read_head(path, encoding, HEAD_BYTES)
    best: tuple[list[list[str]], str, int | None] | None = None
    for delimiter in DELIMITERS:
        head = []
        try:
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                if len(row) > MAX_COLUMNS:
                    raise ImportFailed("too_many_columns", {
                        "file": path.name, "found": len(row), "limit": MAX_COLUMNS})
                head.append(row)
                if len(head) >= HEADER_SCAN_ROWS:
                    break
        except csv.Error as exc:
            raise ImportFailed("cell_too_long", {"file": path.name, "row": len(head) + 1}
                               ) from exc
        if not whole and len(head) < HEADER_SCAN_ROWS and head:
            head.pop()  # the last line read may be cut by the byte limit
        index = _find_header(head, known)
        if index is not None:
            return head, delimiter, index
        widest = max((len(r) for r in head), default=0)
        if best is None or widest > max((len(r) for r in best[0]), default=0):
            best = (head, delimiter, None)
    return best or ([], ",", None)


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
    kind = inspect_file(path)
    known = {normalise_header(h) for h in known_headers}
    try:
        if kind == "text":
            return _open_text(path, known, first_row_header)
        return _open_workbook(path, known, first_row_header)
    except OSError as exc:
        raise ImportFailed("file_unreadable", {"file": path.name}) from exc


def _open_text(path: Path, known: set[str], first_row_header: bool) -> Source:
    encoding = detect_encoding(path)
    if encoding is None:
        if not ends_with_line_break(path, None):  # cut in the middle of a character
            raise ImportFailed("file_truncated", {"file": path.name})
        raise ImportFailed("bad_encoding", {"file": path.name, "guess": guess_encoding(path)})
    head, delimiter, index = _text_head(path, encoding, known)
    if index is None and encoding == "gb18030" and _looks_big5(path):
        raise ImportFailed("big5_text", {"file": path.name})
    index = _header_index(path, head, index, first_row_header)
    source = Source(path, _header(head[index]), index + 1, head[:index], encoding,
                    delimiter=delimiter, width=len(head[index]))
    check_no_nul(path, encoding)
    check_end(path, encoding, delimiter, source.width)
    # pandas drops the extra fields of a first row longer than the header: see the rows
    # here (later ones it refuses itself)
    check_widths(head[index + 1:], path.name, delimiter, index + 1, source.width)
    return source


def _looks_big5(path: Path) -> bool:
    return guess_encoding(path).lower() in ("big5", "cp950", "big5hkscs")


def _open_workbook(path: Path, known: set[str], first_row_header: bool) -> Source:
    choice = choose_sheets(path, HEADER_SCAN_ROWS, lambda head: _find_header(head, known))
    index = _header_index(path, choice.head, choice.header_index, first_row_header)
    source = Source(path, _header(choice.head[index]), index + 1, choice.head[:index],
                    sheet=choice.index, more_sheets=choice.more)
    source.width = len(choice.head[index])
    source.notes = [("sheet_skipped", name) for name in choice.skipped]
    source.total_rows = sheet_height(path, choice.index)
    return source


def _header_index(path: Path, head: list[list[str]], index: int | None,
                  first_row_header: bool) -> int:
    if not any(any(str(c).strip() for c in row) for row in head):
        raise ImportFailed("file_empty", {"file": path.name})
    if index is None and first_row_header:
        index = next(i for i, row in enumerate(head) if any(str(c).strip() for c in row))
    if index is None:
        raise ImportFailed("no_header", {"file": path.name, "rows": HEADER_SCAN_ROWS})
    if len(head[index]) > MAX_COLUMNS:
        raise ImportFailed("too_many_columns", {"file": path.name, "found": len(head[index]),
                                                "limit": MAX_COLUMNS})
    return index


def _header(row: list[str]) -> list[str]:
    header = [normalise_header(c) for c in row]
    while header and not header[-1]:
        header.pop()
    return header
