"""The dashboard's KPI cards: a metric's value for the period, its change against the
comparison period (▲/▼, green when the change is good, red when bad), a sparkline of its
daily values and its definition as tooltip. A metric without data names the export to
import instead of showing 0. The figures are compare_kpis's; this module only formats."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from ...models.kpi import KpiComparison, metric_change
from ..table.model import grouping_locale
from .kpi_table import change_text, format_metric, metric_names, metric_value, scope_note

# (code, kind) of the cards, in reading order: sales, traffic, value, refunds, profit.
CARDS = (
    ("gmv", "money"), ("visitors", "int"), ("conversion_rate", "rate"), ("aov", "money"),
    ("paid_orders", "int"), ("paying_buyers", "int"), ("refund_amount", "money"),
    ("refund_rate", "rate"), ("net_sales", "money"), ("gross_margin", "rate"),
    ("uv_value", "money"),
)
LOWER_IS_BETTER = {"refund_amount", "refund_rate"}
GOOD, BAD, QUIET = "#2f855a", "#c53030", "#718096"
LINE = "#4a7fb5"
COLUMNS = 6


def change_of(comparison: KpiComparison, code: str) -> float | None:
    """models.kpi.metric_change of a card's metric (rates in points)."""
    return metric_change(code, metric_value(comparison.current, code),
                         metric_value(comparison.base, code), comparison.base.before_data)


class Sparkline(QWidget):
    """The daily values as a thin line; days without a figure leave a gap. More days than
    half the pixels are averaged in buckets first: a year of days is painted as ~40 points
    (twelve cards repaint at once on the GUI thread)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = np.array([], dtype="float64")
        self.setFixedHeight(26)
        self.setMinimumWidth(50)

    def set_values(self, values) -> None:
        self.values = np.asarray(values, dtype="float64")
        self.update()

    def drawn_values(self) -> np.ndarray:
        """The values as painted: bucket means (NaN where a bucket has no figure)."""
        points = max(2, self.width() // 2)
        if len(self.values) <= points:
            return self.values
        starts = np.linspace(0, len(self.values), points, endpoint=False).astype(int)
        finite = np.isfinite(self.values)
        sums = np.add.reduceat(np.where(finite, self.values, 0.0), starts)
        counts = np.add.reduceat(finite.astype(int), starts)
        return np.divide(sums, counts, out=np.full(len(starts), np.nan), where=counts > 0)

    def paintEvent(self, event) -> None:
        values = self.drawn_values()
        finite = values[np.isfinite(values)]
        if len(values) < 2 or finite.size == 0:
            return
        low, high = float(finite.min()), float(finite.max())
        span = high - low or 1.0
        width, height = self.width() - 2, self.height() - 4
        xs = 1 + np.arange(len(values)) * (width / (len(values) - 1))
        ys = 2 + height * (1 - (values - low) / span)
        path, drawing = QPainterPath(), False
        for x, y in zip(xs.tolist(), ys.tolist(), strict=True):
            if not math.isfinite(y):
                drawing = False
                continue
            if drawing:
                path.lineTo(QPointF(x, y))
            else:
                path.moveTo(QPointF(x, y))
                drawing = True
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(LINE), 1.4))
        painter.drawPath(path)


class KpiCard(QFrame):
    def __init__(self, code: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code, self.kind = code, kind
        self.setObjectName("kpiCard")
        self.setStyleSheet("#kpiCard { background: palette(base); border: 1px solid "
                           "palette(midlight); border-radius: 6px; }")
        self.name = QLabel(self)
        self.name.setStyleSheet("color: palette(dark);")
        # a long English name must not widen the grid: it is cut, the tooltip explains
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name.setMinimumWidth(40)
        self.value = QLabel(self, wordWrap=True)
        self.change = QLabel(self)
        self.sparkline = Sparkline(self)
        self.change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the name across the card (English names are long), then the value beside the
        # change over the sparkline: two rows of cards fit 1366×768
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 4, 8, 6)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.name, 0, 0, 1, 2)
        layout.addWidget(self.value, 1, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.change, 1, 1)
        layout.addWidget(self.sparkline, 2, 1, Qt.AlignmentFlag.AlignBottom)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.missing = False

    @staticmethod
    def _style(label: QLabel, sheet: str) -> None:
        """Set a style sheet only when it changes: each set re-polishes the label, and
        eleven cards refresh at once on the GUI thread."""
        if label.styleSheet() != sheet:
            label.setStyleSheet(sheet)

    def retitle(self, name: str, definition: str) -> None:
        self.title, self.definition = name, definition
        self.name.setText(name)
        self.setToolTip(definition)

    def show_figures(self, comparison: KpiComparison, daily) -> None:
        current = comparison.current
        note = scope_note(self.code, current)
        self.setToolTip(self.definition + (f"\n{note}" if note else ""))
        # the mark sends the reader to the tooltip and the page's note
        self.name.setText(self.title + (" *" if note else ""))
        value = metric_value(current, self.code)
        self.missing = value is None or current.before_data
        if self.code == "visitors" and current.visitors_approximate and value is not None:
            # "(approx.)" would wrap the card; the tooltip and the page's note explain
            text = "≈ " + grouping_locale(QLocale()).toString(int(value))
        else:
            text = format_metric(self.code, self.kind, current, value)
        size = "12px" if self.missing else "19px"
        self._style(self.value, f"font-size: {size}; font-weight: 600;"
                    + (" color: palette(dark);" if self.missing else ""))
        self.value.setText(text)
        if comparison.base.before_data:
            self._style(self.change, f"color: {QUIET};")
            self.change.setText(self.tr("no data then"))  # before the shop's first sale
        else:
            self.change.setText(self._change_text(change_of(comparison, self.code)))
        self.sparkline.set_values([] if self.missing else daily)

    def _change_text(self, change: float | None) -> str:
        if change is None:
            self._style(self.change, f"color: {QUIET};")
            return self.tr("no comparison")  # the base is 0 or missing
        if change == 0:
            self._style(self.change, f"color: {QUIET};")
            return "= " + change_text(self.code, 0.0, signed=False)
        good = (change > 0) != (self.code in LOWER_IS_BETTER)
        self._style(self.change, f"color: {GOOD if good else BAD};")
        arrow = "▲" if change > 0 else "▼"
        return f"{arrow} {change_text(self.code, abs(change), signed=False)}"


class KpiCards(QWidget):
    """The cards in a grid of COLUMNS columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {code: KpiCard(code, kind, self) for code, kind in CARDS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    def retranslate(self) -> None:
        names = metric_names()
        for code, card in self.cards.items():
            card.retitle(*names[code])

    def show_figures(self, comparison: KpiComparison, daily) -> None:
        for code, card in self.cards.items():
            card.show_figures(comparison, daily[code].to_numpy(dtype="float64"))
