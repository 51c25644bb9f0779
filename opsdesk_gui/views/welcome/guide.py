"""The import guide: the platforms on the left, on the right where each export is
downloaded, the files to expect and what they add."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from .guide_text import platform_html, platforms


class ImportGuide(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform_list = QListWidget(self)
        self.platform_list.setMaximumWidth(210)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.platform_list)
        layout.addWidget(self.text, 1)
        self.platform_list.currentItemChanged.connect(self._on_platform_list_current_changed)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.current_platform() or "taobao"
        self.platform_list.clear()
        for platform in platforms():
            item = QListWidgetItem(platform.name, self.platform_list)
            item.setData(Qt.ItemDataRole.UserRole, platform.key)
            if platform.key == current:
                self.platform_list.setCurrentItem(item)

    def current_platform(self) -> str | None:
        item = self.platform_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_platform(self, key: str) -> None:
        for row in range(self.platform_list.count()):
            if self.platform_list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.platform_list.setCurrentRow(row)

    def platform_keys(self) -> list[str]:
        return [self.platform_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.platform_list.count())]

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_platform_list_current_changed(self, item, _previous) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        chosen = next(p for p in platforms() if p.key == key)
        self.text.setHtml(platform_html(chosen))
