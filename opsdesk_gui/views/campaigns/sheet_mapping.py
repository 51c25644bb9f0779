"""Reading a registration sheet into a plan in a worker; a sheet whose headers OpsDesk
does not recognise is mapped first: which column holds the product (商家编码 or 商品ID),
the campaign price and the reserved stock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ...importers.registration_sheet import sheet_headers
from ...printed.campaign_texts import translate
from ...tasks import TaskRunner
from ..messages import error_text

# a sheet refused for these is mapped by the owner, as an import is
UNMAPPED = ("sheet_no_product_column", "no_header")


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


class SheetImport(QObject):
    """One sheet read for `platform`: `read_sheet` carries its PlanProducts, `failed` the
    message; on unknown headers the mapping dialog (`dialog`) asks first."""

    read_sheet = Signal(list)
    failed = Signal(str)

    def __init__(
        self, parent: QWidget, runner: TaskRunner, editor, path: Path, platform: str
    ) -> None:
        super().__init__(parent)
        self.runner, self.editor, self.path, self.platform = runner, editor, path, platform
        self.dialog: SheetMappingDialog | None = None

    def start(self, mapping: dict | None = None) -> None:
        def failed(error: BaseException) -> None:
            if mapping is None and getattr(error, "code", "") in UNMAPPED:
                self.runner.start(
                    "campaigns:sheet",
                    lambda progress, cancel: sheet_headers(self.path),
                    self._ask_mapping,
                    self._fail,
                )
            else:
                self._fail(error)

        self.runner.start(
            "campaigns:sheet",
            lambda progress, cancel: self.editor.read_sheet(self.path, self.platform, mapping),
            self.read_sheet.emit,
            failed,
        )

    def _fail(self, error: BaseException) -> None:
        self.failed.emit(error_text(error))

    def _ask_mapping(self, headers: list[str]) -> None:
        self.dialog = SheetMappingDialog(self.path.name, headers, self.parent())
        self.dialog.accepted.connect(lambda: self.start(self.dialog.mapping()))
        self.dialog.open()
