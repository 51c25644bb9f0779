"""Calendar (活动日历): the big platform events of this year and the next with their
typical phases, beside the shop's own plans; "Plan this event" makes a plan of one (its
dates are then edited on the Plans page)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...models.campaigns.calendar import calendar
from ...models.campaigns.plan import CampaignPlan
from ...printed.campaign_texts import translate
from ...tasks import TaskRunner
from ..table import Column, TableView
from .frames import calendar_frame


class CalendarPage(QWidget):
    key = "campaign_calendar"
    loaded = Signal(int)
    plan_requested = Signal(dict)  # the fields of a new plan

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.events = calendar(date.today())
        self.plans: list[CampaignPlan] = []
        self.frame = pd.DataFrame()
        self.note = QLabel(self, wordWrap=True)
        self.plan_button = QPushButton(self)
        self.table = TableView(self.columns(), parent=self, export_name="campaign_calendar")
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.plan_button.clicked.connect(self._on_plan_clicked)
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
        self.plan_button.setText(translate("Campaigns", "Plan this event"))
        self.note.setText(
            translate(
                "Campaigns",
                "The platforms' big events of this year and the next, with their "
                "usual dates (the platforms announce the exact days each year), "
                "and the shop's own plans.",
            )
        )
        self.set_plans(self.plans)

    def set_plans(self, plans: list[CampaignPlan]) -> None:
        self.plans = plans
        self.frame = calendar_frame(self.events, plans, date.today())
        self.table.set_frame(self.frame)

    def set_writable(self, writable: bool) -> None:
        self.plan_button.setEnabled(writable)

    def refresh(self, shop_path: Path | None, selection=None) -> None:
        self.set_plans(self.plans)
        self.loaded.emit(len(self.frame))

    def _on_plan_clicked(self) -> None:
        index = self.table.table.currentIndex()
        if not index.isValid():
            return
        model = self.table.table.model()
        row = model.mapToSource(index).row() if hasattr(model, "mapToSource") else index.row()
        name = self.frame.iloc[row]["name"]
        event = next((e for e in self.events if e.name == name), None)
        if event is not None and name not in {p.name for p in self.plans}:
            self.plan_requested.emit(event.plan_fields())
