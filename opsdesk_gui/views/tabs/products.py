"""Products (商品运营): a page bar over the product table with its alerts and detail, the
bundle suggestions and the title check. Only the page on show loads; the others load
when they are shown (as in the Reports tab)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...models.period_presets import PeriodSelection
from ...tasks import TaskRunner
from ..products.bundles_view import BundlesView
from ..products.table_page import ProductTablePage
from ..products.title_check import TitleCheckPage


class ProductsTab(QWidget):
    key = "products"
    loaded = Signal(int)  # the product table finished loading (rows shown)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.products = ProductTablePage(runner, self)
        self.bundles = BundlesView(runner, self)
        self.titles = TitleCheckPage(runner, self)
        self.pages: list[QWidget] = [self.products, self.bundles, self.titles]
        self.page_bar = QTabWidget(self, documentMode=True)
        for page in self.pages:
            self.page_bar.addTab(page, "")
        self.products.loaded.connect(self.loaded)
        # the table, its undo actions: the window remembers its header, Edit menu, export
        self.table = self.products.table
        self.undo_action = self.products.undo_action
        self.redo_action = self.products.redo_action
        self._shop_path: Path | None = None
        self._selection: PeriodSelection | None = None
        self._stale: set[int] = set()
        self.page_bar.currentChanged.connect(self._on_page_bar_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.page_bar)
        self.retranslate()

    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        self._shop_path, self._selection = shop_path, selection
        self._stale = set(range(len(self.pages)))
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        index = self.page_bar.currentIndex()
        if index in self._stale and self._selection is not None:
            self._stale.discard(index)
            self.pages[index].refresh(self._shop_path, self._selection)

    @Slot(int)
    def _on_page_bar_current_changed(self, _index: int) -> None:
        self._refresh_shown()

    def set_writable(self, writable: bool) -> None:
        self.products.set_writable(writable)

    def splitter_state(self) -> bytes:
        return self.products.splitter_state()

    def restore_splitter_state(self, state: bytes) -> bool:
        return self.products.restore_splitter_state(state)

    def retranslate(self) -> None:
        self.products.retranslate()
        for page in (self.bundles, self.titles):
            if (retranslate := getattr(page, "retranslate", None)) is not None:
                retranslate()
        names = (self.tr("Products"), self.tr("Bundles"), self.tr("Title check"))
        for index, name in enumerate(names):
            self.page_bar.setTabText(index, name)

    def printable_html(self, title: str) -> str:
        page = self.page_bar.currentWidget()
        if (printable := getattr(page, "printable_html", None)) is not None:
            return printable(title)
        return self.products.printable_html(title)
