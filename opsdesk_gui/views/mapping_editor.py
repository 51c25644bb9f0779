"""The generic import's column mapping: which header holds each OpsDesk field, the
currency, and the shop's saved mappings (load one, save this one under a name)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..importers.presets.generic import GENERIC_FIELDS, REQUIRED
from ..store import open_for_reading
from ..store.mappings import SavedMapping, saved_mappings
from ..tasks import TaskRunner
from ..writes import save_mapping
from .messages import error_text

NONE = ""
translate = QCoreApplication.translate
FIELD_LABELS = {
    "order_id": QT_TRANSLATE_NOOP("MappingEditor", "Order number"),
    "line_id": QT_TRANSLATE_NOOP("MappingEditor", "Line / sub-order number"),
    "sku": QT_TRANSLATE_NOOP("MappingEditor", "Merchant SKU code"),
    "product_id": QT_TRANSLATE_NOOP("MappingEditor", "Platform product ID"),
    "title": QT_TRANSLATE_NOOP("MappingEditor", "Product title"),
    "variant": QT_TRANSLATE_NOOP("MappingEditor", "Variant / specification"),
    "qty": QT_TRANSLATE_NOOP("MappingEditor", "Quantity (negative = return)"),
    "unit_price": QT_TRANSLATE_NOOP("MappingEditor", "Unit price"),
    "line_amount": QT_TRANSLATE_NOOP("MappingEditor", "Amount paid for the line"),
    "order_total": QT_TRANSLATE_NOOP("MappingEditor", "Amount paid for the order"),
    "postage": QT_TRANSLATE_NOOP("MappingEditor", "Postage"),
    "paid_at": QT_TRANSLATE_NOOP("MappingEditor", "Payment time"),
    "created_at": QT_TRANSLATE_NOOP("MappingEditor", "Order time"),
    "status": QT_TRANSLATE_NOOP("MappingEditor", "Order status"),
    "buyer_id": QT_TRANSLATE_NOOP("MappingEditor", "Buyer / customer ID"),
    "buyer_name": QT_TRANSLATE_NOOP("MappingEditor", "Buyer's name"),
    "phone": QT_TRANSLATE_NOOP("MappingEditor", "Phone"),
    "email": QT_TRANSLATE_NOOP("MappingEditor", "E-mail"),
    "address": QT_TRANSLATE_NOOP("MappingEditor", "Address"),
    "region": QT_TRANSLATE_NOOP("MappingEditor", "Province / region / country"),
    "city": QT_TRANSLATE_NOOP("MappingEditor", "City"),
    "currency": QT_TRANSLATE_NOOP("MappingEditor", "Currency code"),
    "refund_amount": QT_TRANSLATE_NOOP("MappingEditor", "Refunded amount of the line"),
    "cost": QT_TRANSLATE_NOOP("MappingEditor", "Unit cost of goods"),
    "stock": QT_TRANSLATE_NOOP("MappingEditor", "Stock on hand"),
}


class MappingEditor(QGroupBox):
    mapping_changed = Signal()

    def __init__(self, shop_path: Path, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_path, self.runner = shop_path, runner
        self.setTitle(self.tr("Which column holds what"))
        self.saved = QComboBox(self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.currency_edit = QLineEdit("CNY", self)
        self.currency_edit.setMaxLength(3)
        self.field_combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for name, (_, description) in GENERIC_FIELDS.items():
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(self._on_field_changed)
            self.field_combos[name] = combo
            label = translate("MappingEditor", FIELD_LABELS.get(name, description))
            form.addRow(label + (" *" if name in REQUIRED else ""), combo)
        form.addRow(self.tr("Currency"), self.currency_edit)
        top = QHBoxLayout()
        top.addWidget(self.saved, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        self.saved.activated.connect(self._on_saved_activated)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.currency_edit.editingFinished.connect(self.mapping_changed)
        self._load_saved()

    def set_headers(self, headers: list[str]) -> None:
        """Offer the file's headers; keep choices that the file still has."""
        for combo in self.field_combos.values():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", NONE)
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.field_combos.items()
                if combo.currentData()}

    def currency(self) -> str:
        return self.currency_edit.text().strip().upper() or "CNY"

    def apply(self, saved: SavedMapping) -> None:
        for name, combo in self.field_combos.items():
            header = saved.fields.get(name, NONE)
            if combo.findData(header) < 0 and header:
                combo.addItem(header, header)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(header), 0))
            combo.blockSignals(False)
        if saved.currency:
            self.currency_edit.setText(saved.currency)
        self.mapping_changed.emit()

    # -- saved mappings (a tiny table: read and written in place) -------------------
    def _load_saved(self) -> None:
        self._saved: dict[str, SavedMapping] = {}
        if self.shop_path.exists():
            conn = open_for_reading(self.shop_path)
            try:
                self._saved = saved_mappings(conn)
            finally:
                conn.close()
        self.saved.clear()
        self.saved.addItem(self.tr("Saved mappings…"), None)
        for name in self._saved:
            self.saved.addItem(name, name)
        self.saved.setEnabled(bool(self._saved))

    @Slot(int)
    def _on_saved_activated(self, index: int) -> None:
        name = self.saved.itemData(index)
        if name:
            self.apply(self._saved[name])

    @Slot()
    def _on_save_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"), self.tr("Name:"))
        if ok and name.strip():
            shop, mapping = self.shop_path, SavedMapping(self.mapping(), self.currency())
            self.runner.submit_write(
                "save-mapping", lambda progress, cancel: save_mapping(shop, name.strip(), mapping),
                lambda _: self._load_saved(),
                lambda error: QMessageBox.warning(self, self.tr("Save mapping"),
                                                  error_text(error)))

    @Slot()
    def _on_field_changed(self) -> None:
        self.mapping_changed.emit()
