"""A tab made of pages on a page bar (Products, Reports). Only the page on show loads: the
others remember that the shop or period changed and load when they are shown, so
switching the period stays fast. A page has `refresh(shop_path, selection)` and, when it
prints, `printable_html(title)`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..models.period_presets import PeriodSelection


class PagedTab(QWidget):
    page_changed = Signal()  # another page is shown (its table may differ)

    def __init__(self, pages: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.page_bar = QTabWidget(self, documentMode=True)
        for page in pages:
            self.page_bar.addTab(page, "")
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

    def header_tables(self) -> dict:
        """page key -> its table, whose column layout the window remembers."""
        return {page.key: page.table for page in self.pages
                if getattr(page, "table", None) is not None}

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
    def _on_page_bar_current_changed(self, _index: int) -> None:
        self._refresh_shown()
        self.page_changed.emit()

    def set_page_titles(self, titles: list[str]) -> None:
        for index, title in enumerate(titles):
            self.page_bar.setTabText(index, title)


def titled_box(parent: QWidget, title: QLabel, content: QWidget) -> QWidget:
    """A title over a widget (a table), as one piece for a splitter."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(content, 1)
    return box
