"""Reports (数据运营): a page bar over the report pages (views/reports/, contract in its
__init__); only the page on show loads (views/paged_tab.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...tasks import TaskRunner
from ..paged_tab import PagedTab
from ..reports.abtest_page import AbTestPage
from ..reports.aftersales_page import AfterSalesPage
from ..reports.channels_page import ChannelsPage
from ..reports.dashboard import DashboardPage
from ..reports.kpi_table import KpiTablePage

# The pages, in the order of the page bar.
PAGE_CLASSES = (DashboardPage, KpiTablePage, ChannelsPage, AfterSalesPage, AbTestPage)


class ReportsTab(PagedTab):
    key = "reports"
    loaded = Signal(int)  # a page finished loading (rows shown, or 0 for a page)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__([cls(runner) for cls in PAGE_CLASSES], parent)
        self.runner = runner
        for page in self.pages:
            if (signal := getattr(page, "loaded", None)) is not None:
                signal.connect(self.loaded)
        self.set_page_titles([page.title() for page in self.pages])

    def retranslate(self) -> None:
        for page in self.pages:
            page.retranslate()
        self.set_page_titles([page.title() for page in self.pages])

    def printable_html(self, title: str) -> str:
        return self.current_page.printable_html(title)
