"""FrameTableModel: a Qt table model over the column arrays of a pandas frame.

Sorting and filtering happen here, on the arrays (see data.py), not in a
QSortFilterProxyModel: a proxy asks data() for every cell, which freezes the window on a
million rows. Cells are formatted by kind with QLocale: money from cents with two
decimals and grouping, rates as percentages, missing values as "-".
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from .columns import Column
from .data import TableData, filter_terms

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value: cents, fractions, text as shown
MISSING = "-"
_TOOLTIP_LENGTH = 24  # text cells longer than this repeat themselves as a tooltip

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_SORT_HINT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
          | Qt.ItemFlag.ItemNeverHasChildren)
_LAYOUT_SIGNATURE = ("QList<QPersistentModelIndex>", QAbstractItemModel.LayoutChangeHint)


def grouping_locale(locale: QLocale) -> QLocale:
    """A copy of `locale` that groups thousands (the C locale does not by default)."""
    locale = QLocale(locale)
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


class FrameTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], frame: pd.DataFrame | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = TableData(columns, frame)
        self._columns = self._data.columns
        self._alignments = [_RIGHT if c.numeric else _LEFT for c in self._columns]
        self._locale = grouping_locale(QLocale())

    def retitle(self, columns: Sequence[Column]) -> None:
        """New titles and tooltips for the same columns (the language changed)."""
        if [(c.key, c.kind) for c in columns] != [(c.key, c.kind) for c in self._columns]:
            raise ValueError("retitle keeps the columns' keys and kinds")
        self._columns = self._data.columns = tuple(columns)  # exports use the new titles
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)

    # ---- what the views ask -----------------------------------------------------------
    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def total_rows(self) -> int:
        """Rows in the frame, whether or not the filter shows them."""
        return self._data.total

    @property
    def unmasked(self) -> bool:
        return self._data.unmasked

    @property
    def filter_text(self) -> str:
        return " ".join(self._data.terms)

    def row_order(self) -> np.ndarray:
        """The frame rows on show (positions in the frame), in display order."""
        return self._data.rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._data.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every painted cell: answer the common cases first.
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.column(), int(self._data.rows[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignments[index.column()]
        if role == SORT_ROLE:
            return self._raw(index.column(), int(self._data.rows[index.row()]))
        if role == Qt.ItemDataRole.ToolTipRole and not self._columns[index.column()].numeric:
            text = self._data.text(index.column(), int(self._data.rows[index.row()]))
            return text if text is not None and len(text) > _TOOLTIP_LENGTH else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._columns[section].tooltip or None
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
            return self._locale.toString(section + 1)
        return None

    def _raw(self, column: int, row: int) -> object:
        kind = self._columns[column].kind
        if self._columns[column].numeric:
            value = self._data.number(column, row)
            if value != value:
                return None
            return int(value) if kind in ("int", "money") else float(value)
        return self._data.text(column, row)

    def _display(self, column: int, row: int) -> str:
        if self._columns[column].numeric:
            value = self._data.number(column, row)
            return MISSING if value != value else self._format(column, value)
        text = self._data.text(column, row)
        return MISSING if text is None else text

    def _format(self, column: int, value: float) -> str:
        kind, locale = self._columns[column].kind, self._locale
        if kind == "money":
            return locale.toString(value / 100.0, "f", 2)
        if kind == "rate":
            return locale.toString(value * 100.0, "f", 2) + locale.percent()
        if kind == "change":
            sign = "+" if value > 0 else ""  # a negative one has its minus already
            return sign + locale.toString(value * 100.0, "f", 1) + locale.percent()
        if kind == "int":
            return locale.toString(int(value))
        return locale.toString(float(value), "f", 2)

    def first_texts(self, column: int, count: int) -> list[str]:
        """The texts the first `count` rows on show display in `column`, for sizing it
        cheaply: no model indexes; personal cells masked one by one, as painted; of a
        numeric column only its smallest and largest value (the widest when formatted)."""
        rows = self._data.rows[:count]
        if self._columns[column].numeric:
            values = self._data.numbers(column)[rows]
            values = values[values == values]
            texts = [self._format(column, v) for v in (values.min(), values.max())] if len(
                values) else []
            return texts + ([MISSING] if len(values) < len(rows) else [])
        return [self._display(column, row) for row in rows.tolist()]

    def texts(self, column: int, view_rows: np.ndarray, missing: str = "") -> list[str]:
        """The shown text of `column` in these view rows (for copying), missing as `missing`."""
        rows = self._data.rows[np.asarray(view_rows, dtype=np.int64)]
        if self._columns[column].numeric:
            values = self._data.numbers(column)[rows]
            return [missing if v != v else self._format(column, v) for v in values.tolist()]
        return [missing if t is None else t for t in self._data.shown(column)[rows].tolist()]

    def export_frame(self, columns: Sequence[int]) -> tuple[pd.DataFrame, set[str]]:
        """See TableData.export_frame: the rows on show, for Excel or CSV."""
        return self._data.export_frame(columns)

    # ---- what the views change --------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Show another frame with the same columns; sort and filter stay as they are."""
        self.beginResetModel()
        self._data.load(frame)
        self.endResetModel()

    def set_prepared(self, prepared) -> None:
        """Show columns made by data.prepare_columns (in a worker) for these columns."""
        self.beginResetModel()
        self._data.install(prepared)
        self.endResetModel()

    def set_locale(self, locale: QLocale) -> None:
        self._locale = grouping_locale(locale)
        self._all_changed()

    def set_filter_text(self, text: str) -> bool:
        """Show only rows whose text columns contain every word of `text` (any case)."""
        if filter_terms(text) == self._data.terms:
            return False
        self.beginResetModel()
        self._data.set_filter(text)
        self.endResetModel()
        return True

    def set_search_columns(self, columns: Sequence[int]) -> None:
        """The columns the filter searches (the visible ones); numeric columns are skipped."""
        columns = tuple(i for i in columns if not self._columns[i].numeric)
        if columns == self._data.search_columns:
            return
        if self._data.terms:
            self.beginResetModel()
            self._data.set_search_columns(columns)
            self.endResetModel()
        else:
            self._data.set_search_columns(columns)

    def set_unmasked(self, unmasked: bool) -> None:
        """Show personal columns in clear (True) or masked (False, the default)."""
        unmasked = bool(unmasked)
        if unmasked == self._data.unmasked:
            return
        if self._data.mask_changes_rows():
            self.beginResetModel()
            self._data.set_unmasked(unmasked)
            self.endResetModel()
            return
        self._data.set_unmasked(unmasked)
        rows = self.rowCount()
        for i, column in enumerate(self._columns):
            if column.personal is not None and rows:
                self.dataChanged.emit(self.index(0, i), self.index(rows - 1, i))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (stable, missing last); a column of -1 restores the frame order."""
        key = column if 0 <= column < len(self._columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], _SORT_HINT)
        persistent = self.persistentIndexList()
        sources = [int(self._data.rows[i.row()]) for i in persistent]
        self._data.set_sort(key, descending)
        if persistent:
            position = np.full(self._data.total, -1, dtype=np.int64)
            position[self._data.rows] = np.arange(len(self._data.rows))
            moved = [self.index(int(position[s]), i.column()) if position[s] >= 0
                     else QModelIndex() for s, i in zip(sources, persistent, strict=True)]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], _SORT_HINT)

    def _all_changed(self) -> None:
        if self.rowCount() and self._columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, len(self._columns) - 1))
