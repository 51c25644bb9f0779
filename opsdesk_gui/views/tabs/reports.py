"""Reports (数据运营): a page bar over the report pages (views/reports/, contract in its
__init__). Only the page on show loads: the others remember that the shop or period
changed and load when they are shown, so switching the period stays fast."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...models.period_presets import PeriodSelection
from ...tasks import TaskRunner
from ..reports.abtest_page import AbTestPage
from ..reports.aftersales_page import AfterSalesPage
from ..reports.channels_page import ChannelsPage
from ..reports.dashboard import DashboardPage
from ..reports.kpi_table import KpiTablePage

# The pages, in the order of the page bar.
PAGE_CLASSES = (DashboardPage, KpiTablePage, ChannelsPage, AfterSalesPage, AbTestPage)


class ReportsTab(QWidget):
    key = "reports"
    loaded = Signal(int)       # a page finished loading (rows shown, or 0 for a page)
    page_changed = Signal()    # another page is shown (its table may differ)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.pages = [cls(runner, self) for cls in PAGE_CLASSES]
        self.page_bar = QTabWidget(self, documentMode=True)
        for page in self.pages:
            self.page_bar.addTab(page, page.title())
            if (signal := getattr(page, "loaded", None)) is not None:
                signal.connect(self.loaded)
        self._shop_path: Path | None = None
        self._selection: PeriodSelection | None = None
        self._stale: set[int] = set()  # pages that have not loaded the latest selection
        self.page_bar.currentChanged.connect(self._on_page_bar_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.page_bar)

    @property
    def current_page(self) -> QWidget:
        return self.page_bar.currentWidget()

    @property
    def table(self):
        """The shown page's table (File > Export table…), or None for a page without."""
        return getattr(self.current_page, "table", None)

    def page(self, page_class: type) -> QWidget:
        return next(p for p in self.pages if isinstance(p, page_class))

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
    def _on_page_bar_current_changed(self, index: int) -> None:
        self._refresh_shown()
        self.page_changed.emit()

    def retranslate(self) -> None:
        for index, page in enumerate(self.pages):
            page.retranslate()
            self.page_bar.setTabText(index, page.title())

    def printable_html(self, title: str) -> str:
        return self.current_page.printable_html(title)
