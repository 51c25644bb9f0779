"""The review's notes (复盘: problem → cause → action, owner, due date) under the Review
page: typed in the table, saved to the shop file after each edit (in a worker, one
transaction). Every edit, added note and deleted note is a command on the page's undo
stack (Undo / Redo here, and Edit → Undo through ReviewPage.undo_stack()): undoing puts
the notes as they were back in the table and in the shop file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
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


class NotesCommand(QUndoCommand):
    """The notes before and after one edit; redo/undo show and save one or the other."""

    def __init__(self, notes: ReviewNotes, before: list[ReviewNote], after: list[ReviewNote],
                 text: str) -> None:
        super().__init__(text)
        self.notes, self.before, self.after = notes, before, after
        self._first = True  # the table already shows `after` when the command is pushed

    def redo(self) -> None:
        if not self._first:
            self.notes.show_notes(self.after)
        self._first = False
        self.notes.save(self.after)

    def undo(self) -> None:
        self.notes.show_notes(self.before)
        self.notes.save(self.before)


class ReviewNotes(QWidget):
    saved = Signal(int)  # notes kept

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop_path: Path | None = None
        self.plan_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._shown: list[ReviewNote] = []  # the table's rows as last shown or saved
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.message = QLabel(self, wordWrap=True)
        self.add = QPushButton(self)
        self.delete = QPushButton(self)
        self.undo = QPushButton(self, enabled=False)
        self.redo = QPushButton(self, enabled=False)
        self.table = QTableWidget(0, len(FIELDS), self)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((320, 320, 320, 100)):
            self.table.setColumnWidth(column, width)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.message, 1)
        for button in (self.add, self.delete, self.undo, self.redo):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.add.clicked.connect(self.add_note)
        self.delete.clicked.connect(self.delete_note)
        self.undo.clicked.connect(self.undo_stack.undo)
        self.redo.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CampaignReview", "Notes: problem → cause → action"))
        self.add.setText(translate("CampaignReview", "Add note"))
        self.delete.setText(translate("CampaignReview", "Delete note"))
        self.delete.setToolTip(translate("CampaignReview", "Deletes the chosen note (Undo "
                                                           "brings it back)"))
        self.undo.setText(translate("CampaignReview", "Undo"))
        self.redo.setText(translate("CampaignReview", "Redo"))
        self.table.setHorizontalHeaderLabels(note_headers())

    def set_writable(self, writable: bool) -> None:
        for button in (self.add, self.delete):
            button.setEnabled(writable)
        self.undo.setEnabled(writable and self.undo_stack.canUndo())
        self.redo.setEnabled(writable and self.undo_stack.canRedo())
        triggers = (
            QTableWidget.EditTrigger.AllEditTriggers
            if writable
            else QTableWidget.EditTrigger.NoEditTriggers
        )
        self.table.setEditTriggers(triggers)

    def set_notes(
        self, shop_path: Path | None, plan_id: int | None, notes: list[ReviewNote]
    ) -> None:
        if plan_id != self.plan_id or shop_path != self.shop_path:
            self.undo_stack.clear()  # undo belongs to the notes of one plan
        self.shop_path, self.plan_id = shop_path, plan_id
        self.message.clear()
        self.show_notes(notes)

    def show_notes(self, notes: list[ReviewNote]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(notes))
        for r, note in enumerate(notes):
            for c, field in enumerate(FIELDS):
                self.table.setItem(r, c, QTableWidgetItem(getattr(note, field) or ""))
        self.table.blockSignals(False)
        self._shown = list(notes)

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
        self._shown = self.notes()  # an empty row is no note: nothing to save or undo

    def delete_note(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= self.table.rowCount():
            return
        before = self.notes()
        after = before[:row] + before[row + 1:]
        self.show_notes(after)
        self.undo_stack.push(
            NotesCommand(self, before, after, translate("CampaignReview", "Delete note")))

    def _on_table_item_changed(self, _item) -> None:
        if self.shop_path is None or self.plan_id is None:
            return
        before, after = self._shown, self.notes()
        self._shown = after
        self.undo_stack.push(
            NotesCommand(self, before, after, translate("CampaignReview", "Edit note")))

    def save(self, notes: list[ReviewNote]) -> None:
        if self.shop_path is None or self.plan_id is None:
            return
        shop, plan_id = self.shop_path, self.plan_id
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
