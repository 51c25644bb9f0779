"""The main window. A placeholder shell until the shell issue: the shop's name, what it
holds, and the four tabs a shop owner will work in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget


class MainWindow(QMainWindow):
    def __init__(self, shop_path: Path | None = None, summary: dict | None = None) -> None:
        super().__init__()
        self.shop_path = shop_path
        title = self.tr("OpsDesk")
        if shop_path is not None:
            title = f"{shop_path.stem} - {title}"
        self.setWindowTitle(title)
        self.tabs = QTabWidget(self)
        for name in (self.tr("Products"), self.tr("Campaigns"), self.tr("Customers"),
                     self.tr("Reports")):
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.addWidget(QLabel(self._describe(summary), page))
            self.tabs.addTab(page, name)
        self.setCentralWidget(self.tabs)
        self.resize(1366, 768)

    def _describe(self, summary: dict | None) -> str:
        if not summary:
            return self.tr("No shop is open. Import the files you downloaded from your "
                           "back-office to begin.")
        counts = summary["counts"]
        return self.tr("{orders} orders from {first} to {last}").format(
            orders=counts["orders"], first=summary["first_order_date"] or "-",
            last=summary["last_order_date"] or "-")
