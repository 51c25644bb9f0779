"""TitleCheckPage: every product title checked, and a checker for a new title (stub)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...models.period_presets import PeriodSelection
from ...tasks import TaskRunner


class TitleCheckPage(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner

    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        pass
