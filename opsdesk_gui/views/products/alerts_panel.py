"""AlertsPanel: the compact strip above the products table with the alert counts as
buttons, the capital tied up in slow movers and the units to reorder.

API (the ProductsTab codes against it):
- `AlertsPanel(parent=None)`;
- `set_metrics(frame)`: a `product_metrics` table (None: no shop; the strip empties);
- `alert_chosen = Signal(str)`: emitted when a button is clicked, with the flag column of
  the frame ('low_stock', 'slow_mover', 'below_margin_floor', 'below_cost') or '' for all;
- `set_current(flag)`: check the button of `flag` without emitting (the tab's filter was
  changed elsewhere);
- `retranslate()` (also called by itself on a LanguageChange event).
The figures come from models/product_alerts.alert_summary.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ...models.product_alerts import ALERT_FLAGS, AlertSummary, alert_summary
from ..labels import count_text
from ..table.model import grouping_locale

ALL = ""
# the alert's colour on its button when it has products (calm: a coloured count only)
FLAG_COLOURS = {"low_stock": "#c05621", "slow_mover": "#6b46c1",
                "below_margin_floor": "#b7791f", "below_cost": "#c53030"}


class AlertsPanel(QFrame):
    alert_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: AlertSummary | None = None
        self._currency = ""
        self.setObjectName("alertsPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold; padding-right: 4px;")
        layout.addWidget(self.heading)
        for flag in (ALL, *ALERT_FLAGS):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, f=flag: self._on_button_clicked(f))
            self.group.addButton(button)
            self.buttons[flag] = button
            layout.addWidget(button)
        self.buttons[ALL].setChecked(True)
        layout.addStretch(1)
        self.figures = QLabel(self)
        self.figures.setStyleSheet("color: palette(window-text);")
        layout.addWidget(self.figures)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # retranslated on its own: the table page around it need not know its texts
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- API ------------------------------------------------------------------------
    def set_metrics(self, frame: pd.DataFrame | None) -> None:
        if frame is None:
            self.summary, self._currency = None, ""
        else:
            self.summary = alert_summary(frame)
            currencies = frame["currency"].dropna().unique() if len(frame) else []
            self._currency = str(currencies[0]) if len(currencies) == 1 else ""
        self._show()

    def set_current(self, flag: str) -> None:
        if flag in self.buttons:
            self.buttons[flag].setChecked(True)

    def current(self) -> str:
        return next((f for f, b in self.buttons.items() if b.isChecked()), ALL)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Alerts"))
        tips = {
            ALL: self.tr("Show every product"),
            "low_stock": self.tr(
                "Stock under the safety stock (安全库存), or days of cover (可售天数) shorter "
                "than the lead time (采购周期): reorder now"),
            "slow_mover": self.tr(
                "滞销: stock on hand and no sale in the last 30 days, or stock turnover "
                "(库存周转天数) over 45 days"),
            "below_margin_floor": self.tr(
                "The margin at the price actually paid, (sales − units × cost) ÷ sales, is "
                "under the margin floor (20%)"),
            "below_cost": self.tr(
                "Some sale in the period was paid below the unit cost, after discounts"),
        }
        for flag, button in self.buttons.items():
            button.setToolTip(tips[flag])
        self._show()

    # -- showing --------------------------------------------------------------------
    def _names(self) -> dict[str, str]:
        return {ALL: self.tr("All"), "low_stock": self.tr("Low stock"),
                "slow_mover": self.tr("Slow movers"),
                "below_margin_floor": self.tr("Below margin floor"),
                "below_cost": self.tr("Below cost")}

    def _show(self) -> None:
        names, summary = self._names(), self.summary
        for flag, button in self.buttons.items():
            if summary is None:
                button.setText(names[flag])
                button.setStyleSheet("")
                continue
            count = summary.products if flag == ALL else summary.counts[flag]
            button.setText(f"{names[flag]} {count_text(count)}")
            colour = FLAG_COLOURS.get(flag) if count else None
            button.setStyleSheet(f"QToolButton {{ color: {colour}; font-weight: bold; }}"
                                 if colour else "")
        if summary is None:
            self.figures.setText("")
            return
        locale = grouping_locale(QLocale())
        money = locale.toString(summary.capital_tied_up_cents / 100.0, "f", 2)
        if self._currency:
            money = f"{self._currency} {money}"
        self.figures.setText(self.tr(
            "Capital tied up in slow movers: {money}   ·   To reorder: {units} units of "
            "{products} products").format(money=money, units=count_text(summary.reorder_units),
                                          products=count_text(summary.reorder_products)))
        self.figures.setToolTip(self.tr(
            "积压资金 = stock × unit cost of the slow movers with a cost. 建议补货 = the reorder "
            "quantities of the products at or under their reorder point (补货点): enough for "
            "the lead time and the review period at the last 30 days' rate, back to the "
            "safety stock."))

    def _on_button_clicked(self, flag: str) -> None:
        self.alert_chosen.emit(flag)
