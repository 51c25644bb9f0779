"""Below the Buyers table: the selected buyer's paid orders and the products in them,
read in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...models.customer_orders import buyer_history
from ...tasks import TaskRunner
from ..labels import status_name
from ..messages import error_text
from ..paged_tab import titled_box
from ..shop_reading import read_only
from ..table import Column, TableView


class BuyerDetail(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.buyer_key: str | None = None
        self.orders = TableView(self.order_columns(), parent=self, export_name="buyer_orders")
        self.products = TableView(self.product_columns(), parent=self,
                                  export_name="buyer_products")
        self.orders_title, self.products_title = QLabel(self), QLabel(self)
        for label in (self.orders_title, self.products_title):
            label.setStyleSheet("font-weight: bold; padding-top: 4px;")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(titled_box(self, self.orders_title, self.orders))
        split.addWidget(titled_box(self, self.products_title, self.products))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.retranslate()

    def order_columns(self) -> list[Column]:
        return [Column("day", self.tr("Paid on"), "date"),
                Column("order_id", self.tr("Order"), "id"),
                Column("status_name", self.tr("Status")),
                Column("paid_cents", self.tr("Paid"), "money"),
                Column("units", self.tr("Units"), "int")]

    def product_columns(self) -> list[Column]:
        return [Column("sku", self.tr("SKU"), "id"), Column("title", self.tr("Title")),
                Column("units", self.tr("Units"), "int"),
                Column("amount_cents", self.tr("Amount"), "money", self.tr(
                    "The lines' amounts (postage not included)")),
                Column("orders", self.tr("Orders"), "int")]

    def retranslate(self) -> None:
        for view, columns in ((self.orders, self.order_columns()),
                              (self.products, self.product_columns())):
            view.model.retitle(columns)
            view.model.set_locale(QLocale())
        self.orders_title.setText(self.tr("The buyer's paid orders"))
        self.products_title.setText(self.tr("What they bought"))

    def clear(self) -> None:
        self.buyer_key = None
        self.orders.set_frame(None)
        self.products.set_frame(None)

    def show_buyer(self, shop_path: Path, buyer_key: str) -> None:
        self.buyer_key = buyer_key

        def op(progress, cancel):
            with read_only(shop_path) as conn:
                return buyer_history(conn, buyer_key)

        self.runner.start("customers:buyer", op, self._on_loaded, self._on_failed)

    def _on_loaded(self, result) -> None:
        orders, products = result
        orders["status_name"] = orders["status"].map(status_name)
        self.orders.set_frame(orders)
        self.products.set_frame(products)

    def _on_failed(self, error: BaseException) -> None:
        self.orders_title.setText(error_text(error))
