"""The period's unusual days (models/anomalies.py): date, metric, value, normal range;
campaign days are listed as expected, and the days that could not be judged say why.
Clicking a day asks the chart to show it."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ...money import format_cents
from ..table.model import grouping_locale

UNUSUAL, EXPECTED, UNJUDGED = "#c53030", "#975a16", "#718096"


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

    def set_days(self, days: pd.DataFrame, unjudged: pd.DataFrame | None = None) -> None:
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
        reasons = {"short_history": self.tr("< 14 normal days before"),
                   "no_data": self.tr("no data imported")}
        for row in (unjudged if unjudged is not None else pd.DataFrame()).itertuples():
            days_text = (f"{row.first:%Y-%m-%d}" if row.first == row.last
                         else f"{row.first:%Y-%m-%d} – {row.last:%m-%d}")
            item = QTreeWidgetItem([days_text, names.get(row.metric, row.metric),
                                    self.tr("not judged"), reasons.get(row.reason, "")])
            for column in range(self.columnCount()):
                item.setForeground(column, QBrush(QColor(UNJUDGED)))
                item.setToolTip(column, self.tr(
                    "Not judged: {0}. A day is judged against the 28 normal days (no "
                    "campaign, data imported) before it.").format(reasons.get(row.reason, "")))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
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
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is None:  # a span of days not judged
            return
        row = self.days.iloc[index]
        self.day_selected.emit(row["date"], row["metric"])
