"""Calendar (活动日历): the big platform events of this year and the next with their
typical phases, beside the shop's own plans. The owner corrects an event's name and dates,
removes one or adds the shop's own (stored in the shop file, undoable from Edit → Undo);
"Plan this event" makes a plan of one (its dates are then edited on the Plans page)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...models.campaigns.calendar import CalendarChange, CalendarEvent, calendar, own_event
from ...models.campaigns.calendar_storage import next_own_number, read_changes
from ...models.campaigns.plan import CampaignPlan
from ...printed.campaign_texts import translate
from ...tasks import TaskRunner
from ...writes import write_calendar_change
from ..messages import error_text
from ..shop_reading import read_only
from ..table import Column, TableView
from .calendar_editor import CalendarEditor
from .editing import PlanCommand
from .frames import calendar_frame


def load_changes(shop_path: Path) -> dict[str, CalendarChange]:
    with read_only(shop_path) as conn:
        return read_changes(conn)


class CalendarPage(QWidget):
    key = "campaign_calendar"
    loaded = Signal(int)
    plan_requested = Signal(dict)  # the fields of a new plan

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.shop_path: Path | None = None
        self.changes: dict[str, CalendarChange] = {}
        self.events = calendar(date.today())
        self.plans: list[CampaignPlan] = []
        self.frame = pd.DataFrame()
        self.stack = QUndoStack(self)
        self._writable = True
        self.note = QLabel(self, wordWrap=True)
        self.message = QLabel(self, wordWrap=True)
        self.message.setStyleSheet("color: #c53030;")
        self.plan_button = QPushButton(self)
        self.table = TableView(self.columns(), parent=self, export_name="campaign_calendar")
        self.editor = CalendarEditor(self)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        self.plan_button.clicked.connect(self._on_plan_clicked)
        self.table.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.editor.save_requested.connect(self._on_save_requested)
        self.editor.add_requested.connect(self._on_add_requested)
        self.editor.remove_requested.connect(self._on_remove_requested)
        self.retranslate()

    def columns(self) -> list[Column]:
        return [
            Column("name", translate("Campaigns", "Event")),
            Column("source", translate("Campaigns", "From")),
            Column("registration", translate("Campaigns", "Registration deadline"), "date"),
            Column("warmup", translate("Campaigns", "Warm-up from"), "date"),
            Column("start", translate("Campaigns", "Peak from"), "date"),
            Column("end", translate("Campaigns", "Peak until"), "date"),
            Column("encore", translate("Campaigns", "Encore until"), "date"),
            Column("planned", translate("Campaigns", "Planned")),
        ]

    def title(self) -> str:
        return translate("Campaigns", "Calendar")

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.editor.retranslate()
        self.plan_button.setText(translate("Campaigns", "Plan this event"))
        self.note.setText(translate(
            "Campaigns",
            "The platforms' big events of this year and the next, with their usual dates "
            "(the platforms announce the exact days each year), and the shop's own plans. "
            "Choose an event to correct its dates below; Edit → Undo takes a change back."))
        self.set_plans(self.plans)

    def undo_stack(self) -> QUndoStack:
        """The calendar's edits, for the window's Edit → Undo / Ctrl+Z."""
        return self.stack

    def set_plans(self, plans: list[CampaignPlan]) -> None:
        self.plans = plans
        self.events = calendar(date.today(), self.changes)
        self.frame = calendar_frame(self.events, plans, date.today())
        self.table.set_frame(self.frame)
        self.table.size_columns(grow=True)  # a short table: titles and names in full
        self._on_row_changed()

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.plan_button.setEnabled(writable)
        self.editor.setEnabled(writable)
        self._on_row_changed()

    def forget(self) -> None:
        """Another shop, or this one restored: the undo history is not this file's."""
        self.stack.clear()

    def refresh(self, shop_path: Path | None, selection=None) -> None:
        self.shop_path = shop_path
        if shop_path is None:
            self._on_loaded({})
            return
        self.runner.start("tab:campaign_calendar",
                          lambda progress, cancel: load_changes(shop_path),
                          self._on_loaded, lambda error: self.message.setText(error_text(error)))

    def _on_loaded(self, changes: dict) -> None:
        self.changes = changes
        chosen = self.chosen_event()
        self.set_plans(self.plans)
        if chosen is not None:  # the same event stays chosen (by id: its dates moved)
            self.choose(chosen.event_id)
        self.loaded.emit(len(self.frame))

    # -- choosing ------------------------------------------------------------------
    def chosen_event(self) -> CalendarEvent | None:
        """The calendar event of the current row (None: none, or a shop plan's row)."""
        index = self.table.table.currentIndex()
        if not index.isValid() or self.frame.empty:
            return None
        row = self.table.model.row_order()[index.row()]  # sorted or filtered
        event_id = self.frame.iloc[row]["event_id"]
        return next((e for e in self.events if e.event_id == event_id), None)

    def choose(self, event_id: str) -> None:
        rows = self.frame.index[self.frame["event_id"] == event_id]
        order = list(self.table.model.row_order())
        if len(rows) and int(rows[0]) in order:
            self.table.table.setCurrentIndex(self.table.model.index(order.index(int(rows[0])), 0))

    def _on_row_changed(self, *_args) -> None:
        self.editor.show_event(self.chosen_event())

    # -- editing -------------------------------------------------------------------
    def _typed(self, event: CalendarEvent) -> CalendarEvent:
        return replace(event, **self.editor.fields())

    def _on_save_requested(self) -> None:
        if (event := self.chosen_event()) is not None:
            self._change(event.event_id, CalendarChange(self._typed(event)),
                         translate("Campaigns", "Change dates of {0}").format(event.name))

    def _on_add_requested(self) -> None:
        event = own_event(next_own_number(self.changes), **self.editor.fields())
        self._change(event.event_id, CalendarChange(event),
                     translate("Campaigns", "Add {0}").format(event.name))

    def _on_remove_requested(self) -> None:
        if (event := self.chosen_event()) is not None:
            # an event of the shop's own is forgotten; a platform event is marked removed
            after = None if event.key == "own" else CalendarChange(event, removed=True)
            self._change(event.event_id, after,
                         translate("Campaigns", "Remove {0}").format(event.name))

    def _change(self, event_id: str, after: CalendarChange | None, text: str) -> None:
        before = self.changes.get(event_id)
        if before == after or self.shop_path is None:
            return

        def written(_result) -> None:
            self.stack.push(PlanCommand(text, before, after,
                                        lambda target, _other: self._write(event_id, target)))
            self.choose(event_id)

        self._write(event_id, after, written)

    def _write(self, event_id: str, change: CalendarChange | None, then=None) -> None:
        """Write in a worker, then read the calendar again (undo and redo come here too)."""
        shop = self.shop_path

        def done(result) -> None:
            self.message.clear()
            self.changes = {**self.changes, event_id: change} if change else {
                k: v for k, v in self.changes.items() if k != event_id}
            self._on_loaded(self.changes)
            if then is not None:
                then(result)

        self.runner.submit_write(
            "campaigns:calendar",
            lambda progress, cancel: write_calendar_change(shop, event_id, change),
            done, lambda error: self.message.setText(error_text(error)), cancellable=False)

    def _on_plan_clicked(self) -> None:
        event = self.chosen_event()
        if event is not None and event.name not in {p.name for p in self.plans}:
            self.plan_requested.emit(event.plan_fields())
