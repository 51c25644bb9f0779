"""A tab that lists one table of the shop for the selected period, loaded off the GUI
thread: `load(conn, selection)` is a plain function over a read-only connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..models.period_presets import PeriodSelection
from ..reports.table_html import table_html
from ..tasks import TaskRunner
from .messages import error_text
from .shop_reading import read_only
from .table import Column, TableView

translate = QCoreApplication.translate
PRINT_ROWS = 2000  # a printout of a million rows helps nobody


class ListingTab(QWidget):
    loaded = Signal(int)  # rows shown
    key = "listing"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.note = QLabel(self, wordWrap=True)
        self.note.setStyleSheet("color: palette(mid); padding: 2px 0 6px 0;")
        self.table = TableView(self.columns(), parent=self, export_name=self.key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def header_tables(self) -> dict:
        """key -> the table whose column layout the window remembers."""
        return {self.key: self.table}

    # -- what a tab defines ----------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    @staticmethod
    def load(conn: sqlite3.Connection, selection: PeriodSelection) -> pd.DataFrame:
        raise NotImplementedError

    def describe(self, frame: pd.DataFrame, selection: PeriodSelection) -> str:
        return ""

    def retranslate(self) -> None:
        """Column titles in the new language; the rows are reloaded by the window."""
        self.table.model.retitle(self.columns())
        self.table.model.set_locale(QLocale())

    def printable_html(self, title: str, limit: int = PRINT_ROWS) -> str:
        return printable_table_html(self.table, title, self.note.text(), limit)

    # -- loading ---------------------------------------------------------------------
    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        if shop_path is None:
            self.table.set_frame(None)
            self.note.setText(translate("ListingTab",
                                        "Open or create a shop, then import your exports."))
            return
        load = type(self).load

        def op(progress, cancel):
            with read_only(shop_path) as conn:
                return load(conn, selection)

        self.runner.start(f"tab:{self.key}", op,
                          lambda frame: self._on_loaded(frame, selection), self._on_failed)

    def _on_loaded(self, frame: pd.DataFrame, selection: PeriodSelection) -> None:
        self.table.set_frame(frame)
        self.note.setText(self.describe(frame, selection))
        self.loaded.emit(len(frame))

    def _on_failed(self, error: BaseException) -> None:
        self.note.setText(translate("ListingTab", "Could not load: {0}").format(
            error_text(error)))


def printable_table_html(table: TableView, title: str, intro: str,
                         limit: int = PRINT_ROWS) -> str:
    """A table as shown (filter, order, visible columns, masking) for printing."""
    model = table.model
    shown = table.visible_columns()
    rows = np.arange(min(model.rowCount(), limit))
    note = ""
    if model.rowCount() > limit:
        note = translate("ListingTab", "The first {0} of {1} rows.").format(
            limit, model.rowCount())
    return table_html(title, intro, [model.columns[c].title for c in shown],
                      [model.texts(c, rows, "-") for c in shown],
                      [model.columns[c].numeric for c in shown], note)
