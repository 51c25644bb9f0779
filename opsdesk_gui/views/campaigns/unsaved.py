"""The question asked when changes typed in a plan are not saved and the owner leaves the
plan (chooses another plan, opens another shop, closes the window): Save, Discard or
Cancel (stay on the plan)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ...printed.campaign_texts import translate

Button = QMessageBox.StandardButton


def ask_unsaved(parent: QWidget, plan_name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Campaigns", "Changes not saved"),
                      translate("Campaigns", "The changes to {0} are not saved yet. Save them?"
                                ).format(plan_name),
                      Button.Save | Button.Discard | Button.Cancel, parent)
    box.setObjectName("unsaved_plan")
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    answer = box.exec()
    return {Button.Save: "save", Button.Discard: "discard"}.get(Button(answer), "cancel")
