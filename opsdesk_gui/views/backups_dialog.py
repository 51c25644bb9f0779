"""Backups…: the snapshots taken before each import, and choosing one to restore (the
window restores it on its write queue: a big shop takes seconds); the confirmation of an
undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import OpsDeskError
from ..i18n import current_language
from ..store.backups import Backup, list_backups
from ..store.undo import UndoPlan

translate = QCoreApplication.translate


class BackupsDialog(QDialog):
    def __init__(self, shop_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_path = shop_path
        self.chosen: Backup | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.resize(480, 360)
        self.list = QListWidget(self)
        for backup in list_backups(shop_path):
            time = f"{backup.taken_at:%Y-%m-%d %H:%M:%S}"
            if backup.reason == "restore":
                text = self.tr("{time} — before a restore").format(time=time)
            elif backup.import_id is not None:
                text = self.tr("{time} — before import {number}").format(
                    time=time, number=backup.import_id)
            else:
                text = self.tr("{time} — before an import").format(time=time)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(self.tr("Restore"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "OpsDesk keeps the shop as it was before each of the last imports."), self,
            wordWrap=True))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.list.currentItemChanged.connect(
            lambda current, _: self.restore_button.setEnabled(current is not None))

    @Slot()
    def _on_restore_clicked(self) -> None:
        backup = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Replace the shop with this backup? The shop as it is now is kept as a "
            "backup first, so you can go back."))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()


def confirm_undo(parent: QWidget, plan: UndoPlan) -> bool:
    """Ask before undoing the last import, naming it and the edits that are made again."""
    text = translate("BackupsDialog", "Undo import {number} of {time} ({files})? The shop "
                     "goes back to how it was before it.").format(
        number=plan.import_id, time=plan.imported_at, files=", ".join(plan.files))
    if plan.edits:
        text += "\n\n" + translate(
            "BackupsDialog", "Product edits made after that import: {count}. They are kept: "
            "they are made again on the restored shop.").format(count=len(plan.edits))
    answer = QMessageBox.question(parent, translate("BackupsDialog", "Undo last import"),
                                  text)
    return answer == QMessageBox.StandardButton.Yes


def offer_restore(parent: QWidget, shop_path: Path, error: OpsDeskError) -> Backup | None:
    """A damaged shop cannot be opened: say so, and offer to restore one of its snapshots
    (the damaged file is kept beside them). The snapshot chosen, or None."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("BackupsDialog", "Cannot open the shop"),
                      error.text(current_language()), QMessageBox.StandardButton.Close, parent)
    restore = box.addButton(translate("BackupsDialog", "Restore a backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    restore.setEnabled(bool(list_backups(shop_path)))
    box.exec()
    if box.clickedButton() is not restore:
        return None
    dialog = BackupsDialog(shop_path, parent)
    return dialog.chosen if dialog.exec() else None
