"""The arrays behind a table and the order of its rows: sorting, filtering, masking (no Qt).

Each column is taken once from the frame: numbers as a float64 array (NaN is missing),
text as an object array (None is missing). Everything that touches all rows is
vectorised: sorting is a stable numpy argsort (missing last in both orders), filtering a
pandas substring search over lowercase search columns, one per text column, built when
first needed (joining them into one column costs more than it saves: the search reads
the same bytes either way).
`rows` holds the rows on show, as indices into the frame, in display order.

Personal columns (names, phones, e-mails, addresses) are searched, sorted, copied and
exported as they are shown: masked unless `unmasked` is set, so that a filter cannot be
used to find out what a masked cell holds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from opsdesk_gui.privacy import MASKERS

from .columns import Column

_LAST = np.iinfo(np.int64).max  # sort key of a missing text value


def filter_terms(text: str) -> tuple[str, ...]:
    """'  Blue  张 ' -> ('blue', '张'): lowercase words, each of which a row must contain."""
    return tuple(dict.fromkeys(text.lower().split()))


def _number_array(series: pd.Series | None, n: int) -> np.ndarray:
    if series is None:
        return np.full(n, np.nan)
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        series = pd.to_numeric(series, errors="coerce")
    return series.to_numpy(dtype="float64", na_value=np.nan)


def _text_array(series: pd.Series | None, kind: str, n: int) -> tuple[np.ndarray, pd.Series]:
    """The column as an object array (None: missing), and as a pandas string Series when
    the frame already holds one (kept for vectorised search and sort, not copied)."""
    if series is None:
        return np.full(n, None, dtype=object), None
    if isinstance(series.dtype, pd.CategoricalDtype):  # each distinct text made once
        categories = series.cat.categories
        if pd.api.types.is_string_dtype(categories.dtype):  # already text: no str() each
            names = np.append(categories.to_numpy(dtype=object), None)
        else:
            names = np.array([*(str(c) for c in categories), None], dtype=object)
        return names[series.cat.codes.to_numpy()], None  # code -1 (missing): the None
    if pd.api.types.is_datetime64_any_dtype(series):
        series = series.dt.strftime("%Y-%m-%d" if kind == "date" else "%Y-%m-%d %H:%M:%S")
    elif not isinstance(series.dtype, pd.StringDtype) and (
            series.dtype != object or pd.api.types.infer_dtype(series, skipna=True) != "string"):
        series = series.astype("str")
    strings = series if isinstance(series.dtype, pd.StringDtype) else None
    return _objects(series), strings


def _objects(series: pd.Series) -> np.ndarray:
    """The values as Python objects. A column of few distinct values (titles, names,
    statuses) shares one string object per value: faster, and far less memory."""
    sample = series.iloc[::max(1, len(series) // 4096)]
    if len(series) > 10_000 and sample.nunique() * 2 < len(sample):
        codes, uniques = pd.factorize(series)
        return np.array([*uniques, None], dtype=object)[codes]  # code -1: the final None
    return series.to_numpy(dtype=object, na_value=None)


# (rows, numeric columns, text columns, pandas string columns kept for search and sort)
PreparedColumns = tuple[int, dict, dict, dict]


def prepare_columns(columns: Sequence[Column], frame: pd.DataFrame | None) -> PreparedColumns:
    """The arrays TableData shows, taken from `frame`: no Qt, no state, so a worker can
    make them (TableData.install then shows them)."""
    n = 0 if frame is None else len(frame)
    numbers: dict[int, np.ndarray] = {}
    texts: dict[int, np.ndarray] = {}
    strings: dict[tuple[int, bool], pd.Series] = {}
    for i, column in enumerate(columns):
        series = None
        if frame is not None and column.key in frame.columns:
            series = frame[column.key].reset_index(drop=True)
        if column.numeric:
            numbers[i] = _number_array(series, n)
        else:
            texts[i], kept = _text_array(series, column.kind, n)
            if kept is not None:
                strings[(i, False)] = kept
    return n, numbers, texts, strings


class TableData:
    """The columns of one frame, and which of its rows are shown in which order."""

    def __init__(self, columns: Sequence[Column], frame: pd.DataFrame | None = None) -> None:
        self.columns = tuple(columns)
        self.unmasked = False
        self.terms: tuple[str, ...] = ()
        self.sort_column: int | None = None
        self.descending = False
        self.search_columns = tuple(i for i, c in enumerate(self.columns) if not c.numeric)
        self.load(frame)

    # ---- data -------------------------------------------------------------------------
    def load(self, frame: pd.DataFrame | None) -> None:
        """Take the columns' arrays from `frame` (a column it lacks is all missing)."""
        self.install(prepare_columns(self.columns, frame))

    def install(self, prepared: PreparedColumns) -> None:
        """Show columns prepared by `prepare_columns` (possibly in a worker: converting
        150,000 rows of text takes a few hundred milliseconds); sort and filter stay."""
        self.total, self._numbers, self._texts, self._strings = prepared
        self._masked: dict[int, np.ndarray] = {}
        self._codes: dict[tuple[int, bool], np.ndarray] = {}
        self._lower: dict[tuple[int, bool], pd.Series] = {}
        self._perm: tuple[tuple, np.ndarray] | None = None
        self._filtered = self._match(self.terms, None)
        self._update_rows()

    def masked(self, i: int) -> bool:
        """Whether column `i` is shown masked right now."""
        return self.columns[i].personal is not None and not self.unmasked

    def number(self, i: int, row: int) -> float:
        """The value of numeric column `i` in frame row `row` (NaN when missing)."""
        return self._numbers[i][row]

    def numbers(self, i: int) -> np.ndarray:
        return self._numbers[i]

    def text(self, i: int, row: int) -> str | None:
        """Text column `i` in frame row `row` as shown (masked when it should be)."""
        value = self._texts[i][row]
        if value is None or not self.masked(i):
            return value
        cached = self._masked.get(i)
        if cached is not None:
            return cached[row]
        return MASKERS[self.columns[i].personal](value)

    def shown(self, i: int) -> np.ndarray:
        """Text column `i` as shown, for every frame row (None for missing)."""
        if not self.masked(i):
            return self._texts[i]
        if i not in self._masked:
            source = self._strings.get((i, False))  # hashing a string Series is faster
            codes, uniques = pd.factorize(self._texts[i] if source is None else source)
            mask = MASKERS[self.columns[i].personal]
            masked = np.array([*(mask(u) for u in uniques), None], dtype=object)
            self._masked[i] = masked[codes]  # code -1 (missing) picks the final None
            self._strings[(i, True)] = pd.Series(masked, dtype="str").take(codes).reset_index(
                drop=True)
        return self._masked[i]

    def _shown_strings(self, i: int) -> pd.Series:
        """Text column `i` as shown, as a pandas string Series (NaN for missing)."""
        key = (i, self.masked(i))
        if key not in self._strings:
            if key[1]:
                self.shown(i)
            else:
                self._strings[key] = pd.Series(self._texts[i], dtype="str")
        return self._strings[key]

    def _lowered(self, i: int) -> pd.Series:
        """The search column of text column `i`: its shown text in lower case."""
        key = (i, self.masked(i))
        if key not in self._lower:
            strings = self._shown_strings(i)
            kind = self.columns[i].kind
            self._lower[key] = strings if kind in ("date", "datetime") else strings.str.lower()
        return self._lower[key]

    # ---- state ------------------------------------------------------------------------
    def set_sort(self, column: int | None, descending: bool = False) -> None:
        """Sort by `column` (None: the frame's own order). Ties keep their order."""
        self.sort_column, self.descending = column, descending
        self._update_rows()

    def set_filter(self, text: str) -> bool:
        """Keep the rows whose shown text contains every word of `text`; True if changed."""
        terms = filter_terms(text)
        if terms == self.terms:
            return False
        narrowing = (self._filtered is not None
                     and all(any(old in new for new in terms) for old in self.terms))
        self.terms = terms
        self._filtered = self._match(terms, self._filtered if narrowing else None)
        self._update_rows()
        return True

    def set_search_columns(self, columns: Sequence[int]) -> bool:
        """Search these (text) columns only; True if the rows on show may have changed."""
        columns = tuple(i for i in columns if not self.columns[i].numeric)
        if columns == self.search_columns:
            return False
        self.search_columns = columns
        return self._refilter()

    def set_unmasked(self, unmasked: bool) -> bool:
        """Show personal columns in clear (or masked); True if the rows may have changed."""
        if unmasked == self.unmasked:
            return False
        self.unmasked = unmasked
        personal = {i for i, c in enumerate(self.columns) if c.personal is not None}
        changed = self._refilter() if personal & set(self.search_columns) else False
        if self.sort_column in personal:
            self._update_rows()
            changed = True
        return changed

    def mask_changes_rows(self) -> bool:
        """Whether masking or unmasking would change which rows show, or their order."""
        personal = {i for i, c in enumerate(self.columns) if c.personal is not None}
        return self.sort_column in personal or bool(
            self.terms and personal & set(self.search_columns))

    def _refilter(self) -> bool:
        if not self.terms:
            return False
        self._filtered = self._match(self.terms, None)
        self._update_rows()
        return True

    # ---- filtering --------------------------------------------------------------------
    def _match(self, terms: tuple[str, ...], within: np.ndarray | None) -> np.ndarray | None:
        """Frame rows (ascending) whose search text holds every term; None: no filter."""
        if not terms:
            return None
        columns = [self._lowered(i) for i in self.search_columns]
        if not columns:
            return np.empty(0, dtype=np.int64)
        rows = within
        for term in terms:
            hit = np.zeros(self.total if rows is None else len(rows), dtype=bool)
            for column in columns:
                part = column if rows is None else column.take(rows)
                hit |= part.str.contains(term, regex=False).to_numpy(dtype=bool, na_value=False)
            rows = np.flatnonzero(hit) if rows is None else rows[hit]
            if not len(rows):
                break
        return rows.astype(np.int64, copy=False)

    # ---- sorting ----------------------------------------------------------------------
    def _sort_key(self, i: int, rows: np.ndarray | None) -> np.ndarray:
        if self.columns[i].numeric:
            values = self._numbers[i] if rows is None else self._numbers[i][rows]
            return -values if self.descending else values  # NaN stays NaN: sorted last
        key = (i, self.masked(i))
        if key not in self._codes:
            strings = self._shown_strings(i)
            if self.columns[i].kind == "text":
                strings = strings.str.lower()
            self._codes[key] = pd.factorize(strings, sort=True)[0].astype(np.int64)
        codes = self._codes[key] if rows is None else self._codes[key][rows]
        return np.where(codes < 0, _LAST, -codes if self.descending else codes)

    def _sorted(self, rows: np.ndarray | None) -> np.ndarray:
        """`rows` (ascending; None: all) in the current sort order."""
        if self.sort_column is None:
            return np.arange(self.total, dtype=np.int64) if rows is None else rows
        if rows is not None and len(rows) * 4 < self.total:  # a narrow filter: sort it alone
            return rows[np.argsort(self._sort_key(self.sort_column, rows), kind="stable")]
        state = (self.sort_column, self.descending, self.masked(self.sort_column))
        if self._perm is None or self._perm[0] != state:
            key = self._sort_key(self.sort_column, None)
            self._perm = (state, np.argsort(key, kind="stable").astype(np.int64, copy=False))
        perm = self._perm[1]
        if rows is None:
            return perm
        keep = np.zeros(self.total, dtype=bool)
        keep[rows] = True
        return perm[keep[perm]]

    def _update_rows(self) -> None:
        self.rows = self._sorted(self._filtered)

    # ---- export -----------------------------------------------------------------------
    def export_frame(self, columns: Sequence[int]) -> tuple[pd.DataFrame, set[str]]:
        """The rows on show, in order, for Excel: numbers raw (money in yuan), text as
        shown. Returns the frame (titles as headers) and the titles of ID columns."""
        rows = self.rows
        data: dict[str, np.ndarray] = {}
        ids: set[str] = set()
        for i in columns:
            column = self.columns[i]
            title, k = column.title, 2
            while title in data:
                title, k = f"{column.title} ({k})", k + 1
            if column.kind == "int":
                values = self._numbers[i][rows]
                present = ~np.isnan(values)
                out = np.full(len(rows), None, dtype=object)
                out[present] = values[present].astype(np.int64).astype(object)
            elif column.numeric:
                out = self._numbers[i][rows]
                out = out / 100.0 if column.kind == "money" else out.copy()
            else:
                out = self.shown(i)[rows]
                if column.kind == "id":
                    ids.add(title)
            data[title] = out
        return pd.DataFrame(data, index=pd.RangeIndex(len(rows))), ids
