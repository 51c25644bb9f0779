"""The plan's products (campaign price and reserved stock typed in the cells) and its task
timeline (ticked when done). Small tables: a QTableWidget each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ...importers.typed_values import parse_value
from ...models.campaigns.plan import PlanProduct, Task
from ...money import format_cents
from ...printed.campaign_texts import role_names, task_names, translate
from ...store.product_edits import BadValue
from ..labels import platform_name
from .plan_form import FormError

EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
FIXED = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
PRICE, RESERVED, CAP = 4, 5, 6


def table_item(text: str, flags=FIXED, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(flags)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ProductsTable(QTableWidget):
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, 8, parent)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.products: list[PlanProduct] = []
        self.itemChanged.connect(lambda _item: self.edited.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                translate("Campaigns", "Platform"),
                translate("Campaigns", "SKU"),
                translate("Campaigns", "Title"),
                translate("Campaigns", "List price"),
                translate("Campaigns", "Campaign price"),
                translate("Campaigns", "Reserved stock"),
                translate("Campaigns", "秒杀 cap"),
                translate("Campaigns", "Stock"),
            ]
        )
        self.horizontalHeaderItem(PRICE).setToolTip(
            translate("Campaigns", "单品直降/折扣: the price the product is registered at (活动价)")
        )
        self.horizontalHeaderItem(CAP).setToolTip(
            translate("Campaigns", "秒杀: the most units one buyer gets at the campaign price")
        )

    def set_products(self, products, catalogue: dict) -> None:
        """catalogue: (platform, sku) -> (title, list price cents, stock, cost cents)."""
        self.blockSignals(True)
        self.products = list(products)
        self.setRowCount(len(self.products))
        for row, p in enumerate(self.products):
            title, price, stock, _cost = catalogue.get((p.platform, p.sku), (None,) * 4)
            cells = [
                table_item(platform_name(p.platform)),
                table_item(p.sku),
                table_item(title or "—"),
                table_item(format_cents(price) or "—", right=True),
                table_item(format_cents(p.campaign_price_cents) or "", EDITABLE, True),
                table_item("" if p.reserved_stock is None else str(p.reserved_stock),
                           EDITABLE, True),
                table_item("" if p.flash_cap is None else str(p.flash_cap), EDITABLE, True),
                table_item("—" if stock is None else str(stock), right=True),
            ]
            for column, cell in enumerate(cells):
                self.setItem(row, column, cell)
        self.blockSignals(False)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def selected_keys(self) -> list[tuple[str, str]]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        return [(self.products[r].platform, self.products[r].sku) for r in rows]

    def read(self) -> tuple[PlanProduct, ...]:
        out = []
        for row, p in enumerate(self.products):
            try:
                price = parse_value("cost_cents", self.item(row, PRICE).text())
                reserved = parse_value("safety_stock", self.item(row, RESERVED).text())
                cap = parse_value("safety_stock", self.item(row, CAP).text()) or None
            except BadValue as error:
                raise FormError(
                    translate("Campaigns", "{0}: '{1}' is not an amount or a count.").format(
                        p.sku, error.value
                    )
                ) from None
            out.append(
                replace(p, campaign_price_cents=price, reserved_stock=reserved, flash_cap=cap)
            )
        return tuple(out)


class TasksTable(QTableWidget):
    """The timeline: task, owner role, T-offset, due date, done (a tick)."""

    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tasks: list[Task] = []
        self.itemChanged.connect(lambda _item: self.edited.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                translate("Campaigns", "Task"),
                translate("Campaigns", "Owner"),
                translate("Campaigns", "Due"),
                translate("Campaigns", "Days before registration"),
            ]
        )

    def set_tasks(self, tasks) -> None:
        self.blockSignals(True)
        self.tasks = list(tasks)
        names, roles = task_names(), role_names()
        self.setRowCount(len(self.tasks))
        for row, t in enumerate(self.tasks):
            name = table_item(names.get(t.key, t.key), FIXED | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(
                Qt.CheckState.Checked if t.status == "done" else Qt.CheckState.Unchecked
            )
            self.setItem(row, 0, name)
            self.setItem(row, 1, table_item(roles.get(t.owner, t.owner), EDITABLE))
            self.setItem(row, 2, table_item(t.due_on, EDITABLE))
            self.setItem(row, 3, table_item(f"T-{t.offset_days}", right=True))
        self.blockSignals(False)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def read(self) -> tuple[Task, ...]:
        """The tasks as edited: done or not, owner (a role's name or any text), due date."""
        keys = {name: key for key, name in role_names().items()}
        tasks = []
        for row, t in enumerate(self.tasks):
            owner = self.item(row, 1).text().strip()
            due = self.item(row, 2).text().strip()
            try:
                date.fromisoformat(due)
            except ValueError:
                raise FormError(
                    translate("Campaigns", "{0}: '{1}' is not a date (YYYY-MM-DD).").format(
                        self.item(row, 0).text(), due
                    )
                ) from None
            done = self.item(row, 0).checkState() == Qt.CheckState.Checked
            tasks.append(
                replace(
                    t, owner=keys.get(owner, owner), due_on=due, status="done" if done else "open"
                )
            )
        return tuple(tasks)
