"""The funnel 访客 → 加购 → 下单 → 支付 (models/funnel.py): one bar per step, as wide as
its share of the visitors, with its count, the rate from the step before and that
rate's change against the comparison period, in points."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...models.funnel import Funnel
from ..table.model import grouping_locale

BAR = "#4a7fb5"
GOOD, BAD, TEXT, QUIET = "#2f855a", "#c53030", "#2d3748", "#718096"
ROW = 30


class FunnelView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.funnel: Funnel | None = None
        self.setMinimumHeight(ROW * 4 + 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def step_names(self) -> dict[str, str]:
        return {"visitors": self.tr("Visitors (访客)"), "add_cart": self.tr("Added to cart (加购)"),
                "order": self.tr("Ordered (下单)"), "paid": self.tr("Paid (支付)")}

    def set_funnel(self, funnel: Funnel | None) -> None:
        self.funnel = funnel
        self.update()

    def has_figures(self) -> bool:
        return self.funnel is not None and self.funnel.current.found

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(step name, count, rate from the step before, its change) as shown."""
        if not self.has_figures():
            return []
        locale = grouping_locale(QLocale())
        names, shown = self.step_names(), []
        for step in self.funnel.steps.itertuples():
            count = "—" if _missing(step.count) else locale.toString(int(step.count))
            rate = "" if _missing(step.step_rate) else (
                locale.toString(float(step.step_rate) * 100, "f", 1) + "%")
            change = "" if _missing(step.step_rate_change) else self.tr("{0} pt").format(
                ("+" if step.step_rate_change >= 0 else "−")
                + locale.toString(abs(float(step.step_rate_change)) * 100, "f", 1))
            shown.append((names[step.step], count, rate, change))
        return shown

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.has_figures():
            painter.setPen(QColor(QUIET))
            painter.drawText(QRectF(self.rect()).adjusted(8, 8, -8, -8),
                             Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
                             self.tr("No funnel: import the 生意参谋 shop overview (访客数, "
                                     "加购人数, 下单买家数, 支付买家数) for this period."))
            return
        label_width = min(150, self.width() * 0.32)
        bar_space = self.width() - label_width - 150
        for index, (name, count, rate, change) in enumerate(self.rows()):
            y = 6 + index * ROW
            # a funnel's shape, narrowing step by step: the counts and rates carry the
            # figures (to scale, 加购 of 10% would be a sliver)
            width = bar_space * (1 - 0.16 * index)
            left = label_width + (bar_space - width) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BAR).lighter(100 + 18 * index))
            painter.drawRoundedRect(QRectF(left, y, width, ROW - 8), 3, 3)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(0, y, label_width - 6, ROW - 8),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(label_width, y, bar_space, ROW - 8),
                             Qt.AlignmentFlag.AlignCenter, count)
            right = label_width + bar_space + 8
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(right, y, 60, ROW - 8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, rate)
            painter.setFont(self.font())
            step_change = self.funnel.steps["step_rate_change"].iloc[index]
            colour = QUIET if _missing(step_change) or step_change == 0 else (
                GOOD if step_change > 0 else BAD)
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(right + 60, y, 80, ROW - 8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, change)


def _missing(value) -> bool:
    try:
        return value is None or bool(value != value)  # None, NaN, pd.NA
    except TypeError:
        return True
