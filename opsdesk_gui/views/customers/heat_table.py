"""A small read-only grid whose cells are shaded by their value (heat maps of buyer counts
and cohort shares). Blank cells stay white: a blank is 'not known yet', not zero."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class HeatTable(QTableWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, rows: list[str], columns: list[str], texts: list[list[str]],
             shades: list[list[float | None]], tips: list[list[str]] | None = None) -> None:
        """shades in 0..1 (None: blank cell, no colour)."""
        self.clear()
        self.setRowCount(len(rows))
        self.setColumnCount(len(columns))
        self.setVerticalHeaderLabels(rows)
        self.setHorizontalHeaderLabels(columns)
        for i, row in enumerate(texts):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                shade = shades[i][j]
                if shade is not None:
                    level = max(0.0, min(1.0, shade))
                    item.setBackground(QColor.fromRgbF(1 - 0.75 * level, 1 - 0.45 * level, 1.0))
                    if level > 0.6:
                        item.setForeground(QColor("white"))
                if tips is not None:
                    item.setToolTip(tips[i][j])
                self.setItem(i, j, item)
