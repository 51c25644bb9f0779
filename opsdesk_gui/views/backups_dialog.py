"""Backups…: the snapshots taken before each import, and choosing one to restore (the
window restores it in a worker: a big shop takes seconds)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
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

from ..store.backups import Backup, list_backups


class BackupsDialog(QDialog):
    def __init__(self, shop_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_path = shop_path
        self.chosen: Backup | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.resize(480, 360)
        self.list = QListWidget(self)
        for backup in list_backups(shop_path):
            text = self.tr("{time} — before an import").format(
                time=f"{backup.taken_at:%Y-%m-%d %H:%M:%S}")
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
            "Replace the shop with this backup? Imports made after it are lost."))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()
