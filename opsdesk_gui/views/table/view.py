"""TableView: the table every tab shows, with a filter, a column chooser, copy and export.

The main window remembers each table's header (column order, widths, hidden columns,
sort) through `header_state()` / `restore_header_state()`. Personal columns stay masked
until the owner presses "Show personal data"; copying and exporting write what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk_gui.exporting import export_csv, export_xlsx

from .columns import Column
from .model import FrameTableModel
from .tsv import to_tsv

FILTER_DELAY_MS = 200
SIZE_SAMPLE_ROWS = 200  # columns are sized from the header and this many rows, no more
SIZE_MEASURED = 6  # of which the texts of this many longest are measured


def _display_length(text: str) -> int:
    return len(text) + sum(ord(ch) >= 0x2E80 for ch in text)
MAX_COLUMN_WIDTH = 360


class TableView(QWidget):
    filter_changed = Signal(str)  # the filter in force after the operator stopped typing
    unmasked_changed = Signal(bool)
    export_finished = Signal(str)  # the path written

    def __init__(self, columns: Sequence[Column], frame: pd.DataFrame | None = None,
                 parent: QWidget | None = None, export_name: str = "table",
                 model_class: type[FrameTableModel] = FrameTableModel) -> None:
        super().__init__(parent)
        self.export_name = export_name
        self.model = model_class(columns, frame, self)
        self._sized = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: type words the rows must contain"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(QMenu(self.columns_button))
        self.columns_button.menu().aboutToShow.connect(self._on_columns_menu_about_to_show)
        self.unmask_button = QToolButton(self)
        self.unmask_button.setText(self.tr("Show personal data"))
        self.unmask_button.setToolTip(self.tr(
            "Buyers' names, phones, e-mails and addresses are masked. Show them in clear "
            "on screen, in copies and in exports."))
        self.unmask_button.setCheckable(True)
        self.unmask_button.setVisible(any(c.personal for c in self.model.columns))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr(
            "Save the rows shown, in this order, as an Excel workbook or a CSV file"))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.copy_action = QAction(self.tr("Copy"), self.table)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self._on_copy_action_triggered)
        self.copy_headers_action = QAction(self.tr("Copy with column titles"), self.table)
        self.copy_headers_action.triggered.connect(self._on_copy_headers_action_triggered)
        self.export_action = QAction(self.tr("Export…"), self.table)
        self.export_action.triggered.connect(self._on_export_requested)
        self.table.addActions([self.copy_action, self.copy_headers_action, self.export_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.columns_button)
        bar.addWidget(self.unmask_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._apply_filter)
        self.unmask_button.toggled.connect(self._on_unmask_button_toggled)
        self.export_button.clicked.connect(self._on_export_requested)
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)
        self._update_count()
        if self.model.rowCount():
            self.size_columns()

    # ---- data and state ---------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame | None) -> None:
        self.model.set_frame(frame)
        if not self._sized and self.model.rowCount():
            self.size_columns()

    def set_prepared(self, prepared) -> None:
        """Like set_frame, with the columns already made in a worker
        (data.prepare_columns over this table's columns)."""
        self.model.set_prepared(prepared)
        if not self._sized and self.model.rowCount():
            self.size_columns()

    def set_unmasked(self, unmasked: bool) -> None:
        self.unmask_button.setChecked(unmasked)

    def header_state(self) -> bytes:
        """Column order, widths, hidden columns and sort, for the settings; headed by the
        keys of the columns it was saved for."""
        keys = ",".join(column.key for column in self.model.columns)
        return f"columns:{keys}\n".encode() + bytes(
            self.table.horizontalHeader().saveState().data())

    def restore_header_state(self, state: bytes) -> bool:
        """Restores a state saved for these columns or for their first ones (columns
        appended since show as they come); False, changing nothing, for a state of other
        columns (an older table), which Qt would lay onto the wrong sections."""
        header = self.table.horizontalHeader()
        head, _, saved = bytes(state or b"").partition(b"\n")
        if not head.startswith(b"columns:") or not saved:
            return False
        keys = [column.key for column in self.model.columns]
        saved_keys = head.removeprefix(b"columns:").decode(errors="replace").split(",")
        if saved_keys != keys[:len(saved_keys)]:
            return False
        if not header.restoreState(QByteArray(saved)):
            return False
        self._sized = True
        if header.hiddenSectionCount() >= header.count():
            header.showSection(header.logicalIndex(0))
        self._sync_search_columns()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True

    def visible_columns(self) -> list[int]:
        """The shown columns (model indices) in the order the operator arranged them."""
        header = self.table.horizontalHeader()
        logical = (header.logicalIndex(v) for v in range(header.count()))
        return [i for i in logical if not header.isSectionHidden(i)]

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        if not visible and self.visible_columns() == [column]:
            return  # the last column stays
        header.setSectionHidden(column, not visible)
        if visible and header.sectionSize(column) < 24:
            header.resizeSection(column, header.defaultSectionSize())
        self._sync_search_columns()

    def size_columns(self, columns: Sequence[int] | None = None, grow: bool = False) -> None:
        """Fit columns (default: all) to their title and the first rows, never to all rows;
        with `grow`, only widen them."""
        header = self.table.horizontalHeader()
        cells, titles = self.table.fontMetrics(), header.fontMetrics()
        for c in range(self.model.columnCount()) if columns is None else columns:
            title = str(self.model.headerData(c, Qt.Orientation.Horizontal))
            width = titles.horizontalAdvance(title) + 32  # room for the sort arrow
            # only the longest texts are measured (measuring is what costs on the GUI
            # thread); a CJK character counts twice, being about twice as wide
            texts = set(self.model.first_texts(c, SIZE_SAMPLE_ROWS))
            for text in sorted(texts, key=_display_length, reverse=True)[:SIZE_MEASURED]:
                width = max(width, cells.horizontalAdvance(text) + 20)
            width = min(max(width, 48), MAX_COLUMN_WIDTH)
            if not grow or width > header.sectionSize(c):
                header.resizeSection(c, width)
        self._sized = True

    def _sync_search_columns(self) -> None:
        self.model.set_search_columns(self.visible_columns())

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_rows
        if shown == total:
            self.count_label.setText(self.tr("%Ln row(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of %Ln row(s)", "", total).format(
                shown=self.locale().toString(shown)))

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._filter_timer.start()  # restarted by every key: applied once typing pauses

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter_edit.text()
        if self.model.set_filter_text(text):
            self.filter_changed.emit(text)

    # ---- column chooser ---------------------------------------------------------------
    def column_menu(self, menu: QMenu | None = None) -> QMenu:
        """A checkable action per column, in the shown order (fills `menu` if given)."""
        if menu is None:
            menu = QMenu(self)
        menu.clear()
        shown = self.visible_columns()
        header = self.table.horizontalHeader()
        for v in range(header.count()):
            column = header.logicalIndex(v)
            action = menu.addAction(self.model.columns[column].title)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
            action.setData(column)
            action.toggled.connect(
                lambda checked, c=column: self.set_column_visible(c, checked))
        return menu

    def _on_columns_menu_about_to_show(self) -> None:
        self.column_menu(self.columns_button.menu())

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().viewport().mapToGlobal(pos))
        menu.deleteLater()

    # ---- masking, copying, exporting --------------------------------------------------
    def _on_unmask_button_toggled(self, checked: bool) -> None:
        self.model.set_unmasked(checked)
        if checked:  # names and addresses in clear are longer than masked
            personal = [i for i, c in enumerate(self.model.columns) if c.personal]
            self.size_columns(personal, grow=True)
        self.unmasked_changed.emit(checked)

    def selection_tsv(self, headers: bool = False) -> str:
        """The selected cells of the shown columns as TSV, as shown (masked or not)."""
        selection = self.table.selectionModel().selection()
        ranges = [(r.top(), r.bottom(), r.left(), r.right()) for r in selection]
        if not ranges:
            return ""
        rows = np.unique(np.concatenate([np.arange(t, b + 1) for t, b, _, _ in ranges]))
        columns, cells = [], []
        for column in self.visible_columns():
            spans = [(t, b) for t, b, left, right in ranges if left <= column <= right]
            if not spans:
                continue
            chosen = np.zeros(len(rows), dtype=bool)
            for top, bottom in spans:
                chosen[np.searchsorted(rows, top):np.searchsorted(rows, bottom, "right")] = True
            texts = self.model.texts(column, rows)
            if not chosen.all():
                texts = [t if keep else "" for t, keep in zip(texts, chosen, strict=True)]
            columns.append(column)
            cells.append(texts)
        kinds = [not self.model.columns[c].numeric for c in columns]
        titles = [self.model.columns[c].title for c in columns] if headers else None
        return to_tsv(cells, kinds, titles)

    def copy_selection(self, headers: bool = False) -> str:
        """Put the selection on the clipboard as TSV (pastes into Excel and WPS)."""
        text = self.selection_tsv(headers)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _on_copy_action_triggered(self) -> None:
        self.copy_selection()

    def _on_copy_headers_action_triggered(self) -> None:
        self.copy_selection(headers=True)

    def export(self, path: str | Path) -> Path:
        """Write the rows shown (this order, this filter, the shown columns) to an .xlsx
        or .csv file: numbers as numbers (money in yuan), personal data as shown."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            raise ValueError(f"cannot export to {suffix or 'a file without a suffix'}")
        frame, ids = self.model.export_frame(self.visible_columns())
        if suffix == ".xlsx":
            export_xlsx(frame, path, text_columns=ids)
        else:
            export_csv(frame, path)
        self.export_finished.emit(str(path))
        return path

    def _on_export_requested(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export table"), f"{self.export_name}.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if "*.csv" in chosen else ".xlsx"
        failure = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.export(path)
        except OSError as error:  # typically: the file is open in Excel or WPS
            failure = error
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            QMessageBox.warning(self, self.tr("Export failed"), self.tr(
                "Could not write {path}: {error}. If the file is open in Excel or WPS, close "
                "it and try again.").format(path=path, error=failure.strerror or failure))
