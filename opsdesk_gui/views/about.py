"""The about box: what OpsDesk is, its version, and where the shop's data lives."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__


def about_text(parent: QWidget, shop_path: str | None) -> str:
    tr = parent.tr
    lines = [
        f"<h3>OpsDesk {__version__}</h3>",
        "<p>" + tr("The shop operator's workbench: your platform exports in, your numbers "
                   "out, offline.") + "</p>",
        "<p>" + tr("Your data stays on this computer, in the shop file:") + "<br>"
        + (shop_path or tr("no shop open")) + "</p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget, shop_path: str | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, parent.tr("About OpsDesk"),
                      about_text(parent, shop_path), QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box
