"""Customers (用户运营): the settings strip (as-of day, window, segments, F scoring) over a
page bar of buyers, RFM segments, cohorts and lifetime value (views/customers/); only the
page on show loads (views/paged_tab.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...reports.table_html import table_html
from ...tasks import TaskRunner
from ..customers.buyers_page import BuyersPage
from ..customers.clv_page import LifetimeValuePage
from ..customers.cohorts_page import CohortsPage
from ..customers.controls import CustomerControls
from ..customers.lists_page import ListsPage
from ..customers.rfm_page import RfmPage
from ..customers.tiers_page import TiersPage
from ..listing_tab import shown_table
from ..paged_tab import PagedTab

PAGE_CLASSES = (BuyersPage, RfmPage, CohortsPage, LifetimeValuePage, TiersPage, ListsPage)


class CustomersTab(PagedTab):
    key = "customers"
    loaded = Signal(int)  # a page finished loading (rows shown)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        self.controls = CustomerControls()
        super().__init__([cls(runner, self.controls) for cls in PAGE_CLASSES], parent)
        self.controls.setParent(self)
        self.layout().insertWidget(0, self.controls)
        self.runner = runner
        self.buyers, self.rfm, self.cohorts, self.clv, self.tiers, self.lists = self.pages
        for page in self.pages:
            page.loaded.connect(self.loaded)
        self.controls.changed.connect(self._on_controls_changed)
        self.clv.predicted.connect(lambda: self._stale.add(self.pages.index(self.buyers)))
        self._source = None  # (shop, platform) the as-of day was taken from
        self.retranslate()

    def refresh(self, shop_path, selection) -> None:
        source = (shop_path, selection.platform)
        if source != self._source:
            self._source = source
            self.controls.forget_as_of()
            self.controls.cutoffs = None
            self.controls.predictions = None
        super().refresh(shop_path, selection)

    def _on_controls_changed(self) -> None:
        if self._selection is not None:
            super().refresh(self._shop_path, self._selection)

    def retranslate(self) -> None:
        self.controls.retranslate()
        for page in self.pages:
            page.retranslate()
        self.set_page_titles([page.title() for page in self.pages])

    def printable_html(self, title: str) -> str:
        """The shown page's table (the Buyers table for a page without one)."""
        page = self.current_page
        table = getattr(page, "table", None) or self.buyers.table
        return table_html(title, page.note.text(), *shown_table(table))
