"""The fields of one calendar event under the Calendar page's table: its name and the days
of its phases, with Save dates / Add as new event / Remove event. The page writes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...models.campaigns.calendar import CalendarEvent
from ...printed.campaign_texts import translate
from .plan_form import date_edit

PHASES = ("registration_deadline", "warmup_start", "start", "end", "encore_end")


class CalendarEditor(QWidget):
    save_requested = Signal()
    add_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.dates = {key: date_edit(self) for key in PHASES}
        for edit in self.dates.values():  # until an event is chosen: a new one from today
            edit.setDate(QDate.currentDate())
        self.labels = [QLabel(self) for _ in range(1 + len(PHASES))]
        self.buttons = {key: QPushButton(self) for key in ("save", "add", "remove")}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        for column, (label, field) in enumerate(
                zip(self.labels, (self.name, *self.dates.values()), strict=True)):
            grid.addWidget(label, 0, column)
            grid.addWidget(field, 1, column)
        grid.setColumnStretch(0, 2)
        for column, key in enumerate(("save", "add", "remove"), start=len(self.labels)):
            grid.addWidget(self.buttons[key], 1, column)
        self.buttons["save"].clicked.connect(self.save_requested)
        self.buttons["add"].clicked.connect(self.add_requested)
        self.buttons["remove"].clicked.connect(self.remove_requested)

    def retranslate(self) -> None:
        texts = (translate("Campaigns", "Event"),
                 translate("Campaigns", "Registration deadline"),
                 translate("Campaigns", "Warm-up from"), translate("Campaigns", "Peak from"),
                 translate("Campaigns", "Peak until"), translate("Campaigns", "Encore until"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.buttons["save"].setText(translate("Campaigns", "Save dates"))
        self.buttons["add"].setText(translate("Campaigns", "Add as new event"))
        self.buttons["remove"].setText(translate("Campaigns", "Remove event"))

    def show_event(self, event: CalendarEvent | None) -> None:
        """The event's fields (None: a row that is not the calendar's, e.g. a plan)."""
        if event is not None:
            self.name.setText(event.name)
            for key, edit in self.dates.items():
                day: date = getattr(event, key)
                edit.setDate(QDate(day.year, day.month, day.day))
        for key in ("save", "remove"):
            self.buttons[key].setEnabled(event is not None and self.isEnabled())

    def fields(self) -> dict:
        """name and the phases' days as typed."""
        fields = {key: edit.date().toPython() for key, edit in self.dates.items()}
        return {"name": self.name.text().strip(), **fields}
