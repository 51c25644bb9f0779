"""The Promotion maths page's basket of several products of the plan: units typed per
product; the offers typed on the page are reached by the whole basket and what they take
off is shared over the lines (models/campaigns/basket.py); each line's price per unit and
margin."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.campaigns.basket import BasketLine, stack_basket
from ...models.campaigns.stacking import Offers
from ...money import format_cents
from ...printed.campaign_texts import step_names, translate
from .plan_tables import table_item

UNITS, PAYS, PER_UNIT, MARGIN = 2, 3, 4, 5


class BasketPanel(QWidget):
    changed = Signal()  # units typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[BasketLine] = []
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold; padding: 4px 0;")
        self.table = QTableWidget(0, 6, self)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            translate("Campaigns", "Product"), translate("Campaigns", "Campaign price"),
            translate("Campaigns", "Units"), translate("Campaigns", "Pays"),
            translate("Campaigns", "Per unit (到手价)"), translate("Campaigns", "Margin")])

    def set_products(self, lines: list[BasketLine], titles: list[str]) -> None:
        """The plan's products (their campaign price and cost), none in the basket yet."""
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, (line, title) in enumerate(zip(lines, titles, strict=True)):
            self.table.setItem(row, 0, table_item(f"{line.sku} {title}".strip()))
            self.table.setItem(row, 1, table_item(format_cents(line.unit_price), right=True))
            spin = QSpinBox(self.table, minimum=0, maximum=99)
            spin.valueChanged.connect(self.changed)
            self.table.setCellWidget(row, UNITS, spin)
            for column in (PAYS, PER_UNIT, MARGIN):
                self.table.setItem(row, column, table_item("", right=True))

    def set_units(self, row: int, units: int) -> None:
        self.table.cellWidget(row, UNITS).setValue(units)

    def show_basket(self, offers: Offers | None) -> None:
        """Work the basket out with `offers` (None: the offers typed do not read)."""
        chosen = []
        for row, line in enumerate(self.lines):
            if units := self.table.cellWidget(row, UNITS).value():
                chosen.append((row, replace(line, qty=units)))
        for row in range(self.table.rowCount()):
            for column in (PAYS, PER_UNIT, MARGIN):
                self.table.item(row, column).setText("")
        if not chosen or offers is None:
            self.summary.setText(translate(
                "Campaigns", "Type the units of each product in the basket: the thresholds "
                "are reached by the whole basket, and what they take off is shared over the "
                "products in proportion to their amounts."))
            return
        basket = stack_basket([line for _, line in chosen], offers)
        for (row, _line), paid in zip(chosen, basket.lines, strict=True):
            margin = paid.margin
            for column, text in ((PAYS, format_cents(paid.paid)),
                                 (PER_UNIT, format_cents(paid.unit_price)),
                                 (MARGIN, "" if margin is None else f"{margin * 100:.1f}%")):
                self.table.item(row, column).setText(text)
        names = step_names()
        steps = " → ".join(f"{names[s.step]} −{format_cents(s.off)}" for s in basket.steps)
        self.summary.setText(translate("Campaigns", "Basket {0} → pays {1}").format(
            format_cents(basket.list_total), format_cents(basket.total))
            + (f" ({steps})" if steps else ""))
