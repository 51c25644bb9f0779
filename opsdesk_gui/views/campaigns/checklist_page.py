"""Checklist (活动报名检查清单): the chosen plan checked against the shop file in a worker;
each item with its status and the products at fault. Manual items are ticked here (saved
with undo); File → Print prints the page as the one-page checklist."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.campaigns.checklist import Checklist, check_plan, default_check_day
from ...models.campaigns.plan import CampaignPlan, ManualItem
from ...printed.campaign_texts import checklist_labels, role_names, status_names, translate
from ...reports.campaign_checklist import checklist_html, finding_text, item_name
from ...tasks import TaskRunner
from ..messages import error_text
from ..shop_reading import read_only
from ..table import Column, TableView
from .editing import PlanEditor


class ChecklistPage(QWidget):
    key = "campaign_checklist"
    loaded = Signal(int)

    def __init__(
        self, runner: TaskRunner, editor: PlanEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner, self.editor = runner, editor
        self.plan: CampaignPlan | None = None
        self.draft = False
        self.checklist: Checklist | None = None
        self._shop_path: Path | None = None
        self.heading = QLabel(self, wordWrap=True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.as_of = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.as_of_label = QLabel(self)
        self.manual_status = QComboBox(self)
        self.set_status = QPushButton(self)
        self.manual_owner = QLineEdit(self)
        self.add_item, self.remove_item = QPushButton(self), QPushButton(self)
        self.table = TableView(self.columns(), parent=self, export_name="campaign_checklist")
        self.table.table.horizontalHeader().setStretchLastSection(True)  # the products
        self.details = QPlainTextEdit(self, readOnly=True)
        self.details.setMaximumHeight(150)
        self.table.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.as_of_label)
        bar.addWidget(self.as_of)
        bar.addStretch(1)
        for widget in (
            self.manual_status,
            self.manual_owner,
            self.set_status,
            self.add_item,
            self.remove_item,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self._as_of_chosen = False
        self._checked: CampaignPlan | None = None  # the plan the checklist shown is of
        self.as_of.dateChanged.connect(self._on_as_of_changed)
        self.set_status.clicked.connect(self._on_set_status_clicked)
        self.add_item.clicked.connect(self._on_add_item_clicked)
        self.remove_item.clicked.connect(self.remove_manual_item)
        self.retranslate()

    def columns(self) -> list[Column]:
        return [
            Column("status", translate("Campaigns", "Status")),
            Column("item", translate("Campaigns", "Item")),
            Column("kind", translate("Campaigns", "Kind")),
            Column("owner", translate("Campaigns", "Owner")),
            Column("due", translate("Campaigns", "Due"), "date"),
            Column("products", translate("Campaigns", "Products at fault")),
        ]

    def title(self) -> str:
        return translate("Campaigns", "Checklist")

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.as_of_label.setText(translate("Campaigns", "Checked as of"))
        self.as_of.setToolTip(
            translate("Campaigns", "Prices paid in the days before this day count")
        )
        self.set_status.setText(translate("Campaigns", "Set manual item"))
        self.manual_owner.setPlaceholderText(translate("Campaigns", "Owner"))
        self.manual_owner.setToolTip(translate("Campaigns", "Who ticks the item (optional)"))
        self.add_item.setText(translate("Campaigns", "Add item…"))
        self.remove_item.setText(translate("Campaigns", "Remove item"))
        self.set_status.setToolTip(
            translate("Campaigns", "Set the status of the manual item chosen in the table")
        )
        self.manual_status.clear()
        for code, name in status_names().items():
            if code in ("pass", "fail", "look"):
                self.manual_status.addItem(name, code)
        self._show()

    def undo_stack(self):
        """The plans' edits, for the window's Edit → Undo / Ctrl+Z."""
        return self.editor.stack

    def set_writable(self, writable: bool) -> None:
        for widget in (self.set_status, self.add_item, self.remove_item):
            widget.setEnabled(writable)

    def set_plan(self, plan: CampaignPlan | None, draft: bool = False) -> None:
        """Check `plan`; a draft is the plan with changes not saved yet (what-if)."""
        changed = plan is None or self.plan is None or plan.id != self.plan.id
        self.plan, self.draft = plan, draft
        if changed:
            self._as_of_chosen = False  # the plan's default day until one is chosen
        self._check()

    def _on_as_of_changed(self, _day) -> None:
        self._as_of_chosen = True
        self._check()

    def refresh(self, shop_path: Path | None, selection=None) -> None:
        self._shop_path = shop_path
        self._check()

    def _check(self) -> None:
        if self._shop_path is None or self.plan is None or not self.isVisible():
            self.checklist = None
            self._show()
            return
        shop, plan = self._shop_path, self.plan
        chosen = self.as_of.date().toPython() if self._as_of_chosen else None

        def op(progress, cancel):
            with read_only(shop) as conn:
                return check_plan(conn, plan, chosen or default_check_day(conn, plan, date.today()))

        self.runner.start(
            "tab:campaign_checklist",
            op,
            self._on_checked,
            lambda error: self.heading.setText(error_text(error)),
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.checklist is None or self._checked is not self.plan:
            self._check()

    def _on_checked(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self._checked = self.plan
        self.as_of.blockSignals(True)
        self.as_of.setDate(QDate.fromString(checklist.as_of, "yyyy-MM-dd"))
        self.as_of.blockSignals(False)
        self._show()
        self.loaded.emit(len(checklist.items))

    def _show(self) -> None:
        if self.plan is None:
            self.heading.setText(translate("Campaigns", "Choose a plan on the Plans page."))
            self.table.set_frame(None)
            return
        if self.checklist is None:
            self.heading.setText(self.plan.name)
            return
        labels = checklist_labels([self.plan.platform] if self.plan.platform else [])
        items = self.checklist.items
        counts = {s: sum(i.status == s for i in items) for s in ("pass", "fail", "look")}
        self.heading.setText(
            translate("Campaigns", "{name}: {fail} to fix, {look} to look at, {ok} passed").format(
                name=self.plan.name, fail=counts["fail"], look=counts["look"], ok=counts["pass"]
            )
            + (translate("Campaigns", " (with the changes not saved yet)") if self.draft else "")
        )
        roles = role_names()
        self.table.set_frame(
            pd.DataFrame(
                {
                    "status": [labels[f"status.{i.status}"] for i in items],
                    "item": [item_name(i, labels) for i in items],
                    "kind": [labels[f"kind.{i.kind}"] for i in items],
                    "owner": [
                        roles.get(i.owner, i.owner)
                        or (roles["operator"] if i.kind == "auto" else "")
                        for i in items
                    ],
                    "due": [i.due_on or self.plan.registration_deadline or "" for i in items],
                    "products": [
                        "; ".join(finding_text(p, labels) for p in i.products) for i in items
                    ],
                }
            )
        )
        first = next((n for n, i in enumerate(items) if i.status == "fail"), 0)
        self.table.table.setCurrentIndex(self.table.model.index(first, 1))

    def _chosen_item(self):
        index = self.table.table.currentIndex()
        if self.checklist is None or not index.isValid():
            return None
        return self.checklist.items[int(self.table.model.row_order()[index.row()])]

    def _on_current_row_changed(self, *_args) -> None:
        """The chosen item's products, one a line, with what to do."""
        item = self._chosen_item()
        if item is None or self.plan is None:
            self.details.clear()
            return
        labels = checklist_labels([self.plan.platform] if self.plan.platform else [])
        lines = [finding_text(p, labels) for p in item.products] or [
            translate("Campaigns", "Nothing at fault.")
        ]
        text = item_name(item, labels) + "\n" + "\n".join(f"  • {line}" for line in lines)
        if item.status != "pass" and (advice := labels.get(f"advice.{item.key}")):
            text += f"\n  → {advice}"
        self.details.setPlainText(text)

    def _chosen_manual(self):
        item = self._chosen_item()
        if item is None or item.kind != "manual" or self.plan is None:
            self.heading.setText(translate("Campaigns", "Choose a manual item in the table first."))
            return None
        return item

    def _change_manual(self, items, text: str) -> None:
        self.editor.change(self.plan, replace(self.plan, manual_items=tuple(items)), text)

    def _on_set_status_clicked(self) -> None:
        """The chosen manual item gets the status chosen, and the owner typed (if any)."""
        if (item := self._chosen_manual()) is None:
            return
        status = self.manual_status.currentData()
        typed = self.manual_owner.text().strip()
        owner = {name: key for key, name in role_names().items()}.get(typed, typed)
        manual = [
            replace(i, status=status, owner=owner or i.owner) if i.key == item.key else i
            for i in self.plan.manual_items
        ]
        self._change_manual(
            manual, translate("Campaigns", "Tick {0}").format(item_name(item, checklist_labels()))
        )

    def _on_add_item_clicked(self) -> None:
        text, ok = QInputDialog.getText(
            self, translate("Campaigns", "Add item"), translate("Campaigns", "Manual item:")
        )
        if ok and text.strip():
            self.add_manual_item(text.strip())

    def add_manual_item(self, text: str) -> None:
        """A manual item of the owner's own wording, at the end of the list."""
        if self.plan is None:
            return
        numbers = [
            int(i.key.split(":")[1]) for i in self.plan.manual_items if i.key.startswith("custom:")
        ]
        item = ManualItem(f"custom:{max(numbers, default=0) + 1}", text)
        self._change_manual(
            (*self.plan.manual_items, item), translate("Campaigns", "Add {0}").format(text)
        )

    def remove_manual_item(self) -> None:
        if (item := self._chosen_manual()) is None:
            return
        kept = [i for i in self.plan.manual_items if i.key != item.key]
        self._change_manual(
            kept, translate("Campaigns", "Remove {0}").format(item_name(item, checklist_labels()))
        )

    def printable_html(self, title: str) -> str:
        if self.plan is None or self.checklist is None:
            return f"<h1>{escape(title)}</h1>"
        labels = checklist_labels([self.plan.platform] if self.plan.platform else [])
        return checklist_html(self.plan, self.checklist, labels, title.split(" — ")[0])
