"""The product detail pane: one product's daily units with today's stock, its price history
(the lowest paid unit price per day) and its buyers, names and phones masked.

API (the ProductsTab codes against it):
- `ProductDetail(runner, parent=None)` (also importable as `ProductDetailPane`);
- `show_product(shop_path, selection, platform, sku)`: loads models/product_detail in a
  worker (task key "products:detail"; a newer call supersedes an older one); `sku` may be
  a product row's list of SKUs, shown as one product;
- `clear()`: back to the hint, nothing shown;
- `retranslate()` (also by itself on a LanguageChange); `loaded = Signal()` after a
  product is shown; `detail` holds the product_detail.ProductDetail shown (None when
  cleared)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...models.period_presets import PeriodSelection
from ...models.product_detail import ProductDetail as Detail
from ...models.product_detail import load_product_detail
from ...tasks import TaskRunner
from ..labels import count_text, platform_name
from ..messages import error_text
from ..shop_reading import fresh_cache_connection
from ..table import Column, TableView
from ..table.model import grouping_locale

TASK_KEY = "products:detail"


class ProductDetail(QWidget):
    loaded = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.detail: Detail | None = None
        self.charts = None  # ProductCharts, built for the first product (pyqtgraph is slow)
        self.heading = QLabel(self, wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self, wordWrap=True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart_box = QWidget(self)
        self.chart_box.setLayout(QVBoxLayout())
        self.chart_box.layout().setContentsMargins(0, 0, 0, 0)
        self.chart_box.setMinimumSize(320, 200)
        self.buyers_title = QLabel(self)
        self.buyers_title.setStyleSheet("font-weight: bold; padding-top: 4px;")
        self.buyers = TableView(self.buyer_columns(), parent=self, export_name="product_buyers")
        buyers_box = QWidget(self)
        box = QVBoxLayout(buyers_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.buyers_title)
        box.addWidget(self.buyers, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.chart_box)
        self.splitter.addWidget(buyers_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 240])
        self.splitter.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.splitter, 1)
        layout.addStretch(0)  # takes the room while no product is shown (the splitter hidden)
        self.clear()

    def buyer_columns(self) -> list[Column]:
        return [
            Column("buyer_id", self.tr("Buyer"), "id", self.tr("The platform's buyer ID"),
                   personal="buyer_id"),
            Column("name", self.tr("Name"), personal="name"),
            Column("phone", self.tr("Phone"), personal="phone"),
            Column("province", self.tr("Province")),
            Column("city", self.tr("City")),
            Column("orders", self.tr("Orders"), "int", self.tr(
                "The buyer's paid orders in the period with this product")),
            Column("units", self.tr("Units"), "int"),
            Column("amount_cents", self.tr("Amount"), "money", self.tr(
                "What the buyer paid for this product in the period (its lines' amounts)")),
            Column("last_paid_at", self.tr("Last paid"), "datetime"),
        ]

    def retranslate(self) -> None:
        self.buyers.model.retitle(self.buyer_columns())
        self.buyers.model.set_locale(QLocale())
        if self.charts is not None:
            self.charts.retranslate()
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        # retranslated on its own: the table page around it need not know its texts
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        # below a wide table the pane is wide and short: charts and buyers side by side
        wide = event.size().width() > 1.6 * event.size().height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.splitter.setSizes([3, 2])
        super().resizeEvent(event)

    # -- API ------------------------------------------------------------------------
    def clear(self) -> None:
        self.runner.cancel(TASK_KEY)
        self.detail = None
        self.buyers.set_frame(None)
        self.splitter.setVisible(False)
        self._describe()

    def show_product(self, shop_path: Path, selection: PeriodSelection, platform: str,
                     sku: str | list[str]) -> None:
        period = selection.period

        def op(progress, cancel):
            with fresh_cache_connection(shop_path) as conn:
                cancel.check()
                return load_product_detail(conn, period, platform, sku)

        self.facts.setText(self.tr("Loading {0}…").format(sku))
        self.runner.start(TASK_KEY, op, self._on_loaded, self._on_failed)

    # -- showing --------------------------------------------------------------------
    def _on_loaded(self, detail: Detail) -> None:
        self.detail = detail
        if self.charts is None:
            from .charts import ProductCharts

            self.charts = ProductCharts(self.chart_box)
            self.chart_box.layout().addWidget(self.charts)
        self.splitter.setVisible(True)
        self.charts.set_data(detail.daily, detail.stock, detail.price_cents, detail.cost_cents)
        self.buyers.set_frame(detail.buyers)
        self._describe()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.facts.setText(self.tr("Could not load the product: {0}").format(
            error_text(error)))

    def _money(self, cents: int | None) -> str:
        if cents is None:
            return "-"
        return grouping_locale(QLocale()).toString(cents / 100.0, "f", 2)

    def _describe(self) -> None:
        detail = self.detail
        if detail is None:
            self.heading.setText(self.tr("Product detail"))
            self.facts.setText(self.tr(
                "Choose a product in the table to see its daily sales, its prices and its "
                "buyers."))
            self.buyers_title.setText(self.tr("Buyers"))
            return
        self.heading.setText(detail.title or detail.sku)
        unknown = self.tr("not given")
        facts = [
            self.tr("{platform} · SKU {sku}").format(platform=platform_name(detail.platform),
                                                    sku=detail.sku)
            if len(detail.skus) <= 1 else
            self.tr("{platform} · {count} SKUs: {skus}").format(
                platform=platform_name(detail.platform), count=len(detail.skus),
                skus="、".join(detail.skus)),
            self.tr("stock today {0}").format(
                unknown if detail.stock is None else count_text(detail.stock)),
            self.tr("list price {0}").format(
                unknown if detail.price_cents is None else self._money(detail.price_cents)),
            self.tr("unit cost {0}").format(
                unknown if detail.cost_cents is None else self._money(detail.cost_cents)),
        ]
        if detail.safety_stock is not None:
            facts.append(self.tr("safety stock {0}").format(count_text(detail.safety_stock)))
        currency = f"{detail.currency} " if detail.currency else ""
        summary = self.tr("{period}: {units} units sold, sales {money}, {buyers} buyers").format(
            period=str(detail.period), units=count_text(detail.units),
            money=currency + self._money(detail.sales_cents),
            buyers=count_text(len(detail.buyers)))
        self.facts.setText("   ·   ".join([*facts, summary]))
        self.buyers_title.setText(self.tr("Buyers in the period, best first"))


ProductDetailPane = ProductDetail
