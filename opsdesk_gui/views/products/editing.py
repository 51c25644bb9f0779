"""Editing the catalogue from the product table: the editable cells, the in-place editor
that checks what was typed, the undo command, and the "Set…" dialog for many rows.

Nothing here writes: the editor and the dialog hand a checked value to the tab, which
writes it through store/product_edits.py in a worker and pushes an EditCommand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...importers.typed_values import parse_value
from ...store.product_edits import BadValue, FieldChange
from ..table import SORT_ROLE, FrameTableModel
from .table_columns import EDITABLE

translate = QCoreApplication.translate


def refusal_text(error: BadValue) -> str:
    texts = {
        "negative": translate("ProductsTab", "A cost, a stock figure or a count cannot be "
                              "negative."),
        "not_positive": translate("ProductsTab", "The lead time is at least 1 day."),
        "not_a_number": translate("ProductsTab", "Type a whole number."),
        "not_money": translate("ProductsTab", "Type an amount in yuan, e.g. 12.50."),
    }
    return translate("ProductsTab", "'{0}' is refused: {1}").format(
        error.value, texts.get(error.code, error.code))


def field_names() -> dict[str, str]:
    return {
        "cost_cents": translate("ProductsTab", "Unit cost"),
        "safety_stock": translate("ProductsTab", "Safety stock (安全库存)"),
        "lead_time_days": translate("ProductsTab", "Lead time (采购周期)"),
        "category": translate("ProductsTab", "Category"),
        "tags": translate("ProductsTab", "Tags"),
    }


# fields a product row (its SKUs added up) cannot set: a sum, not each SKU's value
PER_SKU_FIELDS = frozenset({"safety_stock"})


class EditableFrameModel(FrameTableModel):
    """A FrameTableModel whose catalogue columns open an editor (while `editable`)."""

    editable = False
    locked: frozenset[str] = frozenset()  # editable columns not editable for now

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        key = self.columns[index.column()].key if index.isValid() else None
        if self.editable and key in EDITABLE and key not in self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def edit_text(self, index: QModelIndex) -> str:
        """What the editor starts with: the value as typed (yuan for money)."""
        column = self.columns[index.column()]
        raw = self.data(index, SORT_ROLE)
        if raw is None:
            return ""
        if column.kind == "money":
            return f"{raw / 100:.2f}"
        return str(raw)


class CellEditor(QStyledItemDelegate):
    """A line editor; what was typed is checked with importers.typed_values.parse_value and
    handed to `commit(row, field, value)`, or refused through `refuse(message)`."""

    def __init__(self, commit: Callable[[int, str, object], None],
                 refuse: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit, self._refuse = commit, refuse

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(index.model().edit_text(index))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        field = model.columns[index.column()].key
        text = editor.text()
        if text.strip() == model.edit_text(index):
            return  # unchanged
        try:
            value = parse_value(field, text)
        except BadValue as error:
            self._refuse(refusal_text(error))
            return
        self._commit(index.row(), field, value)


class EditCommand(QUndoCommand):
    """One saved edit. It was written before being pushed, so its first redo does nothing;
    later undo/redo ask `write` to apply the old or the new values."""

    def __init__(self, text: str, changes: list[FieldChange], undo: list[FieldChange],
                 write: Callable[[list[FieldChange]], None]) -> None:
        super().__init__(text)
        self.changes, self.undo_changes, self._write = changes, undo, write
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._write(self.changes)

    def undo(self) -> None:
        self._write(self.undo_changes)


class SetFieldDialog(QDialog):
    """Set one field of the selected products to one value."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ProductsTab", "Set a field of {0} products").format(rows))
        self.field = QComboBox(self)
        for field, name in field_names().items():
            self.field.addItem(name, field)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(translate("ProductsTab", "Empty clears the field"))
        self.message = QLabel(self, wordWrap=True)
        self.message.setStyleSheet("color: #c53030;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(translate("ProductsTab", "Field"), self.field)
        layout.addRow(translate("ProductsTab", "Value"), self.value)
        layout.addRow(self.message)
        layout.addRow(buttons)
        self.chosen: tuple[str, object] | None = None

    def accept(self) -> None:
        field = self.field.currentData()
        try:
            value = parse_value(field, self.value.text())
        except BadValue as error:
            self.message.setText(refusal_text(error))
            return
        self.chosen = (field, value)
        super().accept()

