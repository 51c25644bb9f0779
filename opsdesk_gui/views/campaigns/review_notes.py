"""The review's notes (复盘: problem → cause → action, owner, due date) under the Review
page: typed in the table, saved to the shop file after each edit (in a worker, one
transaction). A note is removed by clearing its cells, so nothing goes with one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.campaigns.review_notes import ReviewNote
from ...printed.campaign_review_text import note_headers
from ...tasks import TaskRunner
from ...writes import write_review_notes
from ..messages import error_text

translate = QCoreApplication.translate  # lupdate reads translate("CampaignReview", "…")
FIELDS = ("problem", "cause", "action", "owner", "due_on")


class ReviewNotes(QWidget):
    saved = Signal(int)  # notes kept

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop_path: Path | None = None
        self.plan_id: int | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.message = QLabel(self, wordWrap=True)
        self.add = QPushButton(self)
        self.table = QTableWidget(0, len(FIELDS), self)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((320, 320, 320, 100)):
            self.table.setColumnWidth(column, width)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.add.clicked.connect(self.add_note)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CampaignReview", "Notes: problem → cause → action"))
        self.add.setText(translate("CampaignReview", "Add note"))
        self.add.setToolTip(translate("CampaignReview", "A note is removed by clearing its cells"))
        self.table.setHorizontalHeaderLabels(note_headers())

    def set_writable(self, writable: bool) -> None:
        self.add.setEnabled(writable)
        triggers = (
            QTableWidget.EditTrigger.AllEditTriggers
            if writable
            else QTableWidget.EditTrigger.NoEditTriggers
        )
        self.table.setEditTriggers(triggers)

    def set_notes(
        self, shop_path: Path | None, plan_id: int | None, notes: list[ReviewNote]
    ) -> None:
        self.shop_path, self.plan_id = shop_path, plan_id
        self.message.clear()
        self.table.blockSignals(True)
        self.table.setRowCount(len(notes))
        for r, note in enumerate(notes):
            for c, field in enumerate(FIELDS):
                self.table.setItem(r, c, QTableWidgetItem(getattr(note, field) or ""))
        self.table.blockSignals(False)

    def notes(self) -> list[ReviewNote]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [
            ReviewNote(*(text(r, c) for c in range(len(FIELDS))))
            for r in range(self.table.rowCount())
        ]

    def add_note(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _on_table_item_changed(self, _item) -> None:
        if self.shop_path is None or self.plan_id is None:
            return
        shop, plan_id, notes = self.shop_path, self.plan_id, self.notes()

        self.runner.submit_write(
            f"campaign-notes:{plan_id}",
            lambda progress, cancel: write_review_notes(shop, plan_id, notes),
            self._on_saved,
            lambda error: self.message.setText(error_text(error)),
            cancellable=False,
        )

    def _on_saved(self, kept: list[ReviewNote]) -> None:
        self.message.setText(translate("CampaignReview", "Saved."))
        self.saved.emit(len(kept))
