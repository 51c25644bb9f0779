"""ProductDetail: one product's daily sales with stock, price history and buyers (stub)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...models.period_presets import PeriodSelection
from ...tasks import TaskRunner


class ProductDetail(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner

    def show_product(self, shop_path: Path, selection: PeriodSelection, platform: str,
                     sku: str) -> None:
        pass

    def clear(self) -> None:
        pass
