"""Mapping a registration sheet whose headers OpsDesk does not recognise: which column
holds the product (商家编码 or 商品ID), the campaign price and the reserved stock."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .texts import translate


def field_names() -> dict[str, str]:
    return {
        "sku": translate("Campaigns", "Merchant code (商家编码)"),
        "product_id": translate("Campaigns", "Item ID (商品ID)"),
        "campaign_price": translate("Campaigns", "Campaign price (活动价)"),
        "reserved_stock": translate("Campaigns", "Reserved stock (活动库存)"),
    }


class SheetMappingDialog(QDialog):
    def __init__(self, file_name: str, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Campaigns", "Map the registration sheet"))
        self.note = QLabel(self, wordWrap=True)
        self.note.setText(
            translate(
                "Campaigns",
                "{0}: choose the column of each field (the product by its merchant code or "
                "its item ID).",
            ).format(file_name)
        )
        self.message = QLabel(self, wordWrap=True)
        self.message.setStyleSheet("color: #c53030;")
        self.combos: dict[str, QComboBox] = {}
        layout = QFormLayout(self)
        layout.addRow(self.note)
        for field, name in field_names().items():
            combo = QComboBox(self)
            combo.addItem(translate("Campaigns", "(none)"), "")
            for header in headers:
                combo.addItem(header, header)
            self.combos[field] = combo
            layout.addRow(name, combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(self.message)
        layout.addRow(buttons)

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def accept(self) -> None:
        if not {"sku", "product_id"} & set(self.mapping()):
            self.message.setText(
                translate("Campaigns", "Choose the column of the merchant code or the item ID.")
            )
            return
        super().accept()
