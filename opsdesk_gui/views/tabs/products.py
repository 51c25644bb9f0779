"""Products (商品运营): a page bar over the product table with its alerts and detail, the
bundle suggestions and the title check; only the page on show loads (views/paged_tab.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...tasks import TaskRunner
from ..paged_tab import PagedTab
from ..products.bundles_view import BundlesView
from ..products.table_page import ProductTablePage
from ..products.title_check import TitleCheckPage


class ProductsTab(PagedTab):
    key = "products"
    loaded = Signal(int)  # the product table finished loading (rows shown)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        pages = [ProductTablePage(runner), BundlesView(runner), TitleCheckPage(runner)]
        super().__init__(pages, parent)
        self.products, self.bundles, self.titles = pages
        self.runner = runner
        self.products.loaded.connect(self.loaded)
        # costs and stock feed the other pages' figures (capital tied up): reload on show
        self.products.edits_saved.connect(self._mark_others_stale)
        # the product table's own undo actions (the window's Edit menu uses its stack)
        self.undo_action = self.products.undo_action
        self.redo_action = self.products.redo_action
        self.retranslate()

    def _mark_others_stale(self) -> None:
        self._stale |= set(range(1, len(self.pages)))

    def forget_edits(self) -> None:
        self.products.forget_edits()

    def set_writable(self, writable: bool) -> None:
        self.products.set_writable(writable)

    def splitter_state(self) -> bytes:
        return self.products.splitter_state()

    def restore_splitter_state(self, state: bytes) -> bool:
        return self.products.restore_splitter_state(state)

    def retranslate(self) -> None:
        for page in self.pages:
            page.retranslate()
        self.set_page_titles([self.tr("Products"), self.tr("Bundles"), self.tr("Title check")])

    def printable_html(self, title: str) -> str:
        if (printable := getattr(self.current_page, "printable_html", None)) is not None:
            return printable(title)
        return self.products.printable_html(title)
