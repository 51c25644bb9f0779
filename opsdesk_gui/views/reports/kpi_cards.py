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

from ...models.kpi import KpiComparison
from ..table.model import grouping_locale
from .kpi_table import format_metric, metric_names, metric_value

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
    """Relative change of a metric (as the KPI table shows it); None when not defined."""
    now = metric_value(comparison.current, code)
    before = metric_value(comparison.base, code)
    return now / before - 1 if now is not None and before else None


class Sparkline(QWidget):
    """The daily values as a thin line; days without a figure leave a gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = np.array([], dtype="float64")
        self.setFixedHeight(26)
        self.setMinimumWidth(50)

    def set_values(self, values) -> None:
        self.values = np.asarray(values, dtype="float64")
        self.update()

    def paintEvent(self, event) -> None:
        finite = self.values[np.isfinite(self.values)]
        if len(self.values) < 2 or finite.size == 0:
            return
        low, high = float(finite.min()), float(finite.max())
        span = high - low or 1.0
        width, height = self.width() - 2, self.height() - 4
        step = width / (len(self.values) - 1)
        path, drawing = QPainterPath(), False
        for i, value in enumerate(self.values):
            if not math.isfinite(value):
                drawing = False
                continue
            point = QPointF(1 + i * step, 2 + height * (1 - (value - low) / span))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
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
        # name and change on top, value and sparkline below: two rows fit 1366×768
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 4, 8, 6)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.change, 0, 1)
        layout.addWidget(self.value, 1, 0)
        layout.addWidget(self.sparkline, 1, 1, Qt.AlignmentFlag.AlignBottom)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.missing = False

    def retitle(self, name: str, definition: str) -> None:
        self.name.setText(name)
        self.setToolTip(definition)

    def show_figures(self, comparison: KpiComparison, daily) -> None:
        current = comparison.current
        value = metric_value(current, self.code)
        self.missing = value is None
        text = format_metric(self.code, self.kind, current, value)
        size = "12px" if self.missing else "19px"
        self.value.setStyleSheet(f"font-size: {size}; font-weight: 600;"
                                 + (" color: palette(dark);" if self.missing else ""))
        self.value.setText(text)
        self.change.setText(self._change_text(change_of(comparison, self.code)))
        self.sparkline.set_values([] if self.missing else daily)

    def _change_text(self, change: float | None) -> str:
        if change is None:
            self.change.setStyleSheet(f"color: {QUIET};")
            return self.tr("no comparison")  # the base is 0 or missing
        if change == 0:
            self.change.setStyleSheet(f"color: {QUIET};")
            return "= 0%"
        good = (change > 0) != (self.code in LOWER_IS_BETTER)
        self.change.setStyleSheet(f"color: {GOOD if good else BAD};")
        arrow = "▲" if change > 0 else "▼"
        locale = grouping_locale(QLocale())
        return f"{arrow} {locale.toString(abs(change) * 100, 'f', 1)}%"


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
