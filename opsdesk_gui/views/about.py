"""The about box: what OpsDesk is, its version, and where the shop's data lives."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__

translate = QCoreApplication.translate


def about_text(shop_path: str | None) -> str:
    where = escape(shop_path) if shop_path else translate("About", "no shop open")
    return (f"<h3>OpsDesk {__version__}</h3><p>"
            + translate("About", "The shop operator's workbench: your platform exports in, "
                        "your numbers out, offline.")
            + "</p><p>" + translate("About", "Your data stays on this computer, in the shop "
                                    "file:") + f"<br>{where}</p>")


def show_about(parent: QWidget, shop_path: str | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, translate("About", "About OpsDesk"),
                      about_text(shop_path), QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box
