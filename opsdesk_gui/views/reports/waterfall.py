""""Why did GMV change?": the comparison period's GMV, the parts of the change due to
visitors, conversion and spend per buyer (models/dashboard.GmvBridge, which add up to
the change to the cent), then this period's GMV, as a waterfall."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...models.dashboard import GmvBridge
from ...models.kpi import KpiComparison
from ...money import format_cents
from ..table.model import grouping_locale
from .kpi_table import scope_note

TOTAL, UP, DOWN, TEXT, QUIET = "#4a7fb5", "#2f855a", "#c53030", "#2d3748", "#718096"


def money_text(cents: int, signed: bool = False) -> str:
    text = grouping_locale(QLocale()).toString(float(format_cents(abs(cents))), "f", 2)
    if signed:
        return ("+" if cents >= 0 else "−") + text
    return ("−" if cents < 0 else "") + text


class GmvWaterfall(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge: GmvBridge | None = None
        self.comparison: KpiComparison | None = None
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def names(self) -> list[str]:
        first, last = self.tr("Comparison"), self.tr("This period")
        if self.scoped():  # marked; the tooltip and the page's note say the platforms
            first, last = f"{first} *", f"{last} *"
        return [first, self.tr("Visitors"), self.tr("Conversion"),
                self.tr("Spend per buyer"), last]

    def scoped(self) -> bool:
        """Whether the split covers only the GMV of the platforms with visitors."""
        c = self.comparison
        return self.bridge is not None and c is not None and not (
            c.current.visitors_cover_all_sales and c.base.visitors_cover_all_sales)

    def set_bridge(self, bridge: GmvBridge | None, comparison: KpiComparison) -> None:
        self.bridge, self.comparison = bridge, comparison
        self.setToolTip(scope_note("conversion_rate", comparison.current) or ""
                        if self.scoped() else "")
        self.update()

    def bars(self) -> list[tuple[str, int, int, int]]:
        """(name, bottom, top, amount) of each bar in cents, left to right."""
        if self.bridge is None:
            return []
        b = self.bridge
        bars = [(self.names()[0], 0, b.base_gmv, b.base_gmv)]
        level = b.base_gmv
        for name, (_, amount) in zip(self.names()[1:4], b.parts(), strict=True):
            bars.append((name, min(level, level + amount), max(level, level + amount), amount))
            level += amount
        bars.append((self.names()[4], 0, level, level))
        return bars

    def labels(self) -> list[tuple[str, str]]:
        """(name, amount) of each bar as drawn: the totals plain, the parts signed."""
        bars = self.bars()
        return [(name, money_text(amount, signed=0 < i < len(bars) - 1))
                for i, (name, _, _, amount) in enumerate(bars)]

    def gap_text(self) -> str:
        """Why there is no split, for the comparison shown."""
        if self.comparison is None:
            return ""
        change = self.comparison.change
        if change.gmv is None:
            return self.tr("No sales in one of the two periods: the change cannot be split.")
        return self.tr("Import the 生意参谋 traffic (访客数) of both periods to split the "
                       "change into visitors, conversion and spend per buyer.")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bars = self.bars()
        if not bars:
            painter.setPen(QColor(QUIET))
            painter.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8),
                             Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
                             self.gap_text())
            return
        labels = self.labels()
        slot = self.width() / len(bars)
        widest = max(painter.fontMetrics().horizontalAdvance(text) for _, text in labels)
        if widest > slot - 4:  # big amounts in a narrow pane: a smaller font, not clipped
            font = painter.font()
            font.setPointSizeF(max(6.0, font.pointSizeF() * (slot - 4) / widest))
            painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        top_margin, bottom_margin = line + 6, 2 * line + 8
        height = self.height() - top_margin - bottom_margin
        highest = max(top for _, _, top, _ in bars) or 1
        scale = height / highest

        def y_of(cents: int) -> float:
            return top_margin + height - cents * scale

        for index, ((name, bottom, top, amount), (_, label)) in enumerate(
                zip(bars, labels, strict=True)):
            total = index in (0, len(bars) - 1)
            colour = TOTAL if total else (UP if amount >= 0 else DOWN)
            rect = QRectF(index * slot + slot * 0.18, y_of(top), slot * 0.64,
                          max(1.0, (top - bottom) * scale))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(rect)
            if index < len(bars) - 1:  # the connector to the next bar's start
                level = top if total or amount >= 0 else bottom
                painter.setPen(QPen(QColor(QUIET), 1, Qt.PenStyle.DotLine))
                painter.drawLine(rect.right(), y_of(level), rect.right() + slot * 0.36,
                                 y_of(level))
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(index * slot, rect.top() - line - 2, slot, line),
                             Qt.AlignmentFlag.AlignCenter, label)
            painter.drawText(QRectF(index * slot, self.height() - bottom_margin + 4, slot,
                                    2 * line), Qt.AlignmentFlag.AlignHCenter
                             | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, name)
