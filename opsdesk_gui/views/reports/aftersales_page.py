"""After-sales (售后): the period's refunds by reason, with their Pareto chart (the few
reasons that make up 80% of the refunds are the ones to fix first), and by product."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...models.aftersales import AfterSales, refund_analysis
from ...models.period_presets import PeriodSelection
from ...reports.page_html import image_block, page_html
from ...tasks import TaskRunner
from ..labels import platform_name
from ..messages import error_text
from ..paged_tab import titled_box
from ..shop_reading import read_only
from ..table import Column, TableView
from ..table.model import grouping_locale
from .printable import CHART_WIDTH, table_view_block, widget_png


class AfterSalesPage(QWidget):
    loaded = Signal(int)  # rows shown
    key = "aftersales"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result: AfterSales | None = None
        self.chart = None  # ParetoChart, built with the first figures (pyqtgraph is slow)
        self.note = QLabel(self, wordWrap=True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = TableView(self.reason_columns(), parent=self,
                                 export_name="refund_reasons")
        self.table = TableView(self.product_columns(), parent=self,
                               export_name="refunds_by_product")
        self.chart_box = QWidget(self)
        self.chart_box.setLayout(QVBoxLayout())
        self.chart_box.layout().setContentsMargins(0, 0, 0, 0)
        self.reasons_title = QLabel(self)
        self.products_title = QLabel(self)
        for label in (self.reasons_title, self.products_title):
            label.setStyleSheet("font-weight: bold; padding-top: 4px;")
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(titled_box(self, self.reasons_title, self.reasons))
        top.addWidget(self.chart_box)
        top.setChildrenCollapsible(False)
        top.setSizes([560, 640])  # scaled to the page's width when first laid out
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(titled_box(self, self.products_title, self.table))
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        self._retitle()

    def title(self) -> str:
        return self.tr("After-sales")

    def reason_columns(self) -> list[Column]:
        return [
            Column("reason_name", self.tr("Reason")),
            Column("refund_cents", self.tr("Refunds"), "money", self.tr(
                "Refunds for this reason that succeeded in the period (whichever period the "
                "order was paid in), plus refund records whose order is not in the shop "
                "file")),
            Column("cases", self.tr("Cases"), "int", self.tr(
                "Orders (and refund records without their order) refunded for this reason")),
            Column("share", self.tr("Share"), "rate", self.tr(
                "This reason's part of all refunds")),
            Column("cumulative_share", self.tr("Cumulative share"), "rate", self.tr(
                "The share of this reason and of every larger one")),
            Column("refund_rate", self.tr("Refund rate"), "rate", self.tr(
                "This reason's refunds ÷ the period's GMV (支付金额)")),
            Column("vital_text", self.tr("Fix first"), "text", self.tr(
                "The stated reasons that make up the first 80% of the refunds: the few "
                "worth fixing first (e.g. size guidance for 尺码不符)")),
        ]

    def product_columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("sku", self.tr("SKU"), "id"),
            Column("title", self.tr("Title")),
            Column("orders", self.tr("Orders"), "int", self.tr(
                "The period's paid orders with this product")),
            Column("units", self.tr("Units"), "int"),
            Column("sales_cents", self.tr("Sales"), "money", self.tr(
                "The product's line amounts in the period's orders")),
            Column("refund_cents", self.tr("Refunds"), "money", self.tr(
                "The product's refunds that succeeded in the period, as in the products "
                "table")),
            Column("refunded_orders", self.tr("Refunded orders"), "int", self.tr(
                "Orders with a refund of this product that succeeded in the period")),
            Column("refund_rate", self.tr("Refund rate"), "rate", self.tr(
                "By amount: refunds ÷ sales")),
            Column("refund_order_rate", self.tr("Refunded order rate"), "rate", self.tr(
                "By count: refunded orders ÷ orders")),
        ]

    def _retitle(self) -> None:
        self.reasons_title.setText(self.tr("By reason"))
        self.products_title.setText(self.tr("By product, most refunded first"))

    def retranslate(self) -> None:
        """Titles in the new language; the window then refreshes the rows."""
        self._retitle()
        for view, columns in ((self.reasons, self.reason_columns()),
                              (self.table, self.product_columns())):
            view.model.retitle(columns)
            view.model.set_locale(QLocale())
        if self.chart is not None:
            self.chart.retranslate()

    # -- loading ---------------------------------------------------------------------
    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        if shop_path is None:
            self.result = None
            self.reasons.set_frame(None)
            self.table.set_frame(None)
            if self.chart is not None:
                self.chart.set_data([], [], [], [])
            self.note.setText(self.tr("Open or create a shop, then import your exports."))
            return

        def op(progress, cancel):
            with read_only(shop_path) as conn:
                return refund_analysis(conn, selection.period, selection.platform)

        self.runner.start(f"reports:{self.key}", op, self._on_loaded, self._on_failed)

    def _on_loaded(self, result: AfterSales) -> None:
        self.result = result
        reasons = result.by_reason.copy()
        reasons["reason_name"] = [self.tr("Not stated") if r is None else r
                                  for r in reasons["reason"]]
        reasons["vital_text"] = [self.tr("Yes") if v else "" for v in reasons["vital"]]
        self.reasons.set_frame(reasons)
        products = result.by_sku.copy()
        products["platform_name"] = [platform_name(p) for p in products["platform"]]
        products["sku"] = [self.tr("Not attributed") if s is None else s
                           for s in products["sku"]]
        self.table.set_frame(products)
        self.note.setText(self.describe(result))
        self._show_chart(reasons)
        self.loaded.emit(self.table.model.rowCount())

    def _on_failed(self, error: BaseException) -> None:
        self.note.setText(self.tr("Could not load: {0}").format(error_text(error)))

    def _show_chart(self, reasons: pd.DataFrame) -> None:
        if self.chart is None:
            from .charts import ParetoChart

            self.chart = ParetoChart(self.chart_box)
            self.chart.setMinimumSize(320, 200)
            self.chart_box.layout().addWidget(self.chart)
        self.chart.set_data(reasons["reason_name"].tolist(), reasons["share"].tolist(),
                            reasons["cumulative_share"].tolist(), reasons["vital"].tolist())

    def describe(self, result: AfterSales) -> str:
        locale = grouping_locale(QLocale())

        def money(cents: int) -> str:
            return locale.toString(cents / 100.0, "f", 2)

        if result.refund_amount == 0:
            return self.tr("{0}: no refunds in {1}. Refund reasons come from the after-sales "
                           "export (退款管理).").format(result.period, result.currency)
        rate = (locale.toString(result.refund_amount / result.gmv * 100, "f", 2)
                + locale.percent()) if result.gmv else "-"
        lines = [self.tr("{0}: refunds {1} {2} of GMV (支付金额) {1} {3}, a refund rate of "
                         "{4}.").format(result.period, result.currency,
                                        money(result.refund_amount), money(result.gmv), rate)]
        vital = result.by_reason[result.by_reason["vital"]]
        if not vital.empty:
            lines.append(self.tr("Fix first: {0} make up 80% of the refunds with a stated "
                                 "reason.").format("、".join(vital["reason"])))
        if result.unmatched_refund_amount:
            lines.append(self.tr("Includes {0} {1} refunded on orders the shop file does not "
                                 "hold (counted by their refund date).").format(
                                     result.currency, money(result.unmatched_refund_amount)))
        return "\n".join(lines)

    def printable_html(self, title: str) -> str:
        blocks = [table_view_block(self.reasons, self.reasons_title.text())]
        if self.chart is not None:
            blocks.append(image_block(widget_png(self.chart), CHART_WIDTH))
        blocks.append(table_view_block(self.table, self.products_title.text()))
        return page_html(title, self.note.text(), blocks)
