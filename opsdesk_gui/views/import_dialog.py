"""The import dialog: each file with its detected preset (changeable), a preview of its
first rows as OpsDesk reads them, a column mapping for the generic import, then the
import on a worker with progress and Cancel, and its summary (copy or save)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..importers.pipeline import ImportSummary
from ..importers.preset import presets
from ..importers.preview import FilePreview, preview_file
from ..tasks import TaskRunner
from ..writes import import_files
from .import_summary import summary_text
from .mapping_editor import MappingEditor
from .messages import error_text
from .table import Column, TableView

_KIND_TO_COLUMN = {"id": "id", "text": "text", "money": "money", "int": "int",
                   "number": "number", "rate": "rate", "datetime": "datetime", "date": "date"}
_PERSONAL_FIELDS = {"name": "name", "buyer_name": "name", "billing_name": "name",
                    "phone": "phone", "billing_phone": "phone", "email": "email",
                    "address": "address"}


def preview_columns(preview: FilePreview) -> list[Column]:
    """Columns for a preview's cleaned fields, personal ones masked."""
    if preview.rows is None or preview.preset is None:
        return []
    known = presets().get(preview.preset)
    columns = []
    for name in preview.rows.columns:
        if name == "_row":
            continue
        kind = known.field(name).kind if known else "text"
        column_kind = _KIND_TO_COLUMN.get(kind, "text")
        personal = _PERSONAL_FIELDS.get(name)
        if personal:
            column_kind = "text"
        title = preview.columns.get(name, name)
        columns.append(Column(name, title, column_kind, tooltip=name, personal=personal))
    return columns


class ImportDialog(QDialog):
    import_finished = Signal(object)  # ImportSummary

    def __init__(self, shop_path: Path, files: list[Path], runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_path, self.files, self.runner = shop_path, list(files), runner
        self._previews: dict[int, FilePreview] = {}
        self._headers: dict[int, list[str]] = {}  # kept while a file's preview is redone
        self._token = None
        self.setWindowTitle(self.tr("Import files"))
        self.resize(1100, 680)

        self.file_table = QTableWidget(len(self.files), 3, self)
        self.file_table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"),
                                                   self.tr("Check")])
        self.file_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.file_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.file_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.preview_stack = QStackedWidget(self)
        self.preview_error = QLabel(self, wordWrap=True)
        self.preview_error.setStyleSheet("color: #b3261e; padding: 8px;")
        self.preview_table = TableView([], parent=self)
        self.preview_stack.addWidget(self.preview_table)
        self.preview_stack.addWidget(self.preview_error)
        self.mapping = MappingEditor(shop_path, runner, self)
        self.mapping.setVisible(False)
        self.progress = QProgressBar(self, visible=False)
        self.summary = QPlainTextEdit(self, readOnly=True, visible=False)
        self.copy_button = QPushButton(self.tr("Copy summary"), self, visible=False)
        self.save_button = QPushButton(self.tr("Save summary…"), self, visible=False)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        upper = QSplitter(Qt.Orientation.Vertical, self)
        upper.addWidget(self.file_table)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.preview_stack, 3)
        lower_layout.addWidget(self.mapping, 1)
        upper.addWidget(lower)
        upper.setSizes([160, 420])
        summary_buttons = QHBoxLayout()
        summary_buttons.addWidget(self.copy_button)
        summary_buttons.addWidget(self.save_button)
        summary_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(upper, 1)
        layout.addWidget(self.summary)
        layout.addLayout(summary_buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        for row, path in enumerate(self.files):
            self.file_table.setItem(row, 0, _item(path.name))
            self.file_table.setCellWidget(row, 1, self._preset_combo(row))
            self.file_table.setItem(row, 2, _item(self.tr("Reading…")))
        self.file_table.resizeColumnToContents(0)
        self.file_table.setColumnWidth(1, 280)
        self.file_table.itemSelectionChanged.connect(self._on_file_table_selection_changed)
        self.mapping.mapping_changed.connect(self._on_mapping_changed)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        for row in range(len(self.files)):
            self._refresh_preview(row)
        if self.files:
            self.file_table.selectRow(0)

    # -- files and previews ---------------------------------------------------------
    def _preset_combo(self, row: int) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Detect automatically"), None)
        for name, preset in sorted(presets().items(), key=lambda item: item[1].label):
            combo.addItem(preset.label, name)
        combo.addItem(self.tr("Other: map the columns myself"), "generic")
        combo.currentIndexChanged.connect(lambda _=0, r=row: self._on_preset_chosen(r))
        return combo

    def chosen_preset(self, row: int) -> str | None:
        return self.file_table.cellWidget(row, 1).currentData()

    def _refresh_preview(self, row: int) -> None:
        path, preset = self.files[row], self.chosen_preset(row)
        mapping = self.mapping.mapping() if preset == "generic" else None
        currency = self.mapping.currency()

        def op(progress, cancel):
            return preview_file(path, preset=None if preset == "generic" else preset,
                                mapping=mapping or None, currency=currency)

        self.runner.start(f"preview:{row}", op, lambda p, r=row: self._on_preview_ready(r, p))

    def _on_preview_ready(self, row: int, preview: FilePreview) -> None:
        self._previews[row] = preview
        if preview.header:
            self._headers[row] = preview.header
        combo = self.file_table.cellWidget(row, 1)
        if combo.currentData() is None and preview.preset and preview.preset != "generic":
            combo.setItemText(0, self.tr("Detected: {0}").format(
                presets()[preview.preset].label))
        unmapped = self.chosen_preset(row) == "generic" and not self.mapping.mapping()
        if unmapped:
            check, error = self.tr("Map the columns on the right"), False
        elif preview.error is not None:
            check, error = error_text(preview.error), True
        else:
            check, error = self.tr("Ready to import"), False
        self.file_table.setItem(row, 2, _item(check, error=error))
        if self._selected_row() == row:
            self._show_preview(row)
        self._update_import_button()

    def _show_preview(self, row: int) -> None:
        preview = self._previews.get(row)
        generic = self.chosen_preset(row) == "generic"
        self.mapping.setVisible(generic)
        if generic:
            self.mapping.set_headers(self._headers.get(row, []))
        if preview is None:
            return
        if preview.error is not None:
            self.preview_error.setText(error_text(preview.error))
            self.preview_stack.setCurrentWidget(self.preview_error)
            return
        old = self.preview_table
        self.preview_table = TableView(preview_columns(preview), preview.rows, parent=self)
        self.preview_stack.insertWidget(0, self.preview_table)
        self.preview_stack.removeWidget(old)
        old.deleteLater()
        self.preview_stack.setCurrentWidget(self.preview_table)

    def _selected_row(self) -> int:
        rows = self.file_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_import_button(self) -> None:
        ready = len(self._previews) == len(self.files) and all(
            p.error is None for p in self._previews.values())
        self.import_button.setEnabled(ready and self._token is None)

    @Slot()
    def _on_file_table_selection_changed(self) -> None:
        if self._selected_row() >= 0:
            self._show_preview(self._selected_row())

    def _on_preset_chosen(self, row: int) -> None:
        self._previews.pop(row, None)
        self.file_table.setItem(row, 2, _item(self.tr("Reading…")))
        self._update_import_button()
        self._refresh_preview(row)
        if row == self._selected_row():
            self._show_preview(row)

    @Slot()
    def _on_mapping_changed(self) -> None:
        for row in range(len(self.files)):
            if self.chosen_preset(row) == "generic":
                self._refresh_preview(row)

    # -- importing ------------------------------------------------------------------
    @Slot()
    def _on_import_clicked(self) -> None:
        chosen = {str(p): self.chosen_preset(r) for r, p in enumerate(self.files)
                  if self.chosen_preset(r)}
        mapping = self.mapping.mapping() or None
        shop, files, currency = self.shop_path, list(self.files), self.mapping.currency()

        def op(progress, cancel):
            return import_files(shop, files, presets=chosen, mapping=mapping,
                                currency=currency, progress=progress, cancel=cancel)

        self.progress.setVisible(True)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.import_button.setEnabled(False)
        self.file_table.setEnabled(False)
        self.runner.progressed.connect(self._on_runner_progressed)
        self._token = self.runner.submit_write("import", op, self._on_import_succeeded,
                                        self._on_import_failed)

    @Slot(str, float)
    def _on_runner_progressed(self, key: str, fraction: float) -> None:
        if key == "import":
            self.progress.setValue(int(fraction * 1000))

    def _finish(self, text: str) -> None:
        self.runner.progressed.disconnect(self._on_runner_progressed)
        self._token = None
        self.progress.setVisible(False)
        self.summary.setPlainText(text)
        for widget in (self.summary, self.copy_button, self.save_button):
            widget.setVisible(True)
        self.cancel_button.setText(self.tr("Close"))

    def _on_import_succeeded(self, summary: ImportSummary) -> None:
        self._finish(summary_text(summary))
        self.import_finished.emit(summary)

    def _on_import_failed(self, error: BaseException) -> None:
        message = error_text(error)
        self._finish(self.tr("Nothing was imported; the shop is unchanged.") + "\n\n" + message)
        self.file_table.setEnabled(True)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self._finish(self.tr("The import was cancelled; the shop is unchanged."))
            self.cancel_button.setEnabled(True)
            return
        self.reject() if self.summary.isHidden() else self.accept()

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.toPlainText())

    @Slot()
    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save summary"),
                                              "import-summary.txt", "Text (*.txt)")
        if path:
            Path(path).write_text(self.summary.toPlainText(), encoding="utf-8")


def _item(text: str, error: bool = False):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QTableWidgetItem

    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)
    if error:
        item.setForeground(QColor("#b3261e"))
    return item
