"""The period's unusual days (models/anomalies.py): date, metric, value, normal range;
campaign days are listed as expected. Clicking a day asks the chart to show it."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ...money import format_cents
from ..table.model import grouping_locale

UNUSUAL, EXPECTED = "#c53030", "#975a16"


class UnusualDays(QTreeWidget):
    day_selected = Signal(object, str)  # pandas Timestamp, metric code

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.days = pd.DataFrame()
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnCount(4)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemClicked.connect(self._on_item_clicked)
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(320, 130)  # as tall as the funnel beside it; it scrolls

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Day"), self.tr("Metric"), self.tr("Value"),
                              self.tr("Normal range")])

    def set_days(self, days: pd.DataFrame) -> None:
        self.days = days.reset_index(drop=True)
        self.clear()
        names = {"gmv": self.tr("GMV"), "conversion": self.tr("Conversion")}
        items = []
        for row in self.days.itertuples():
            arrow = "▲" if row.direction == "up" else "▼"
            value = f"{arrow} {self._text(row.value, row.metric)}"
            span = f"{self._text(row.low, row.metric)} – {self._text(row.high, row.metric)}"
            item = QTreeWidgetItem([f"{row.date:%Y-%m-%d}", names.get(row.metric, row.metric),
                                    value, span])
            colour = UNUSUAL if row.kind == "anomaly" else EXPECTED
            item.setForeground(2, QBrush(QColor(colour)))
            if row.kind == "campaign":
                for column in range(self.columnCount()):
                    item.setToolTip(column, self.tr("During {0}: expected").format(
                        row.campaign))
            item.setData(0, Qt.ItemDataRole.UserRole, row.Index)
            items.append(item)
        self.addTopLevelItems(items)  # at once: the columns fit their contents once

    @staticmethod
    def _text(value: float, metric: str) -> str:
        locale = grouping_locale(QLocale())
        if metric == "conversion":
            return locale.toString(float(value) * 100, "f", 2) + "%"
        return locale.toString(float(format_cents(round(value))), "f", 2)

    @Slot(QTreeWidgetItem, int)
    def _on_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        row = self.days.iloc[item.data(0, Qt.ItemDataRole.UserRole)]
        self.day_selected.emit(row["date"], row["metric"])
