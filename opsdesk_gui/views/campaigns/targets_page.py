"""Targets (目标): the chosen plan's GMV target factor by factor — visitors × conversion ×
客单价 and the new buyers' share — per phase and platform, starting from the last comparable
event or the recent baseline (models/campaigns/targets.py). Typed cells recompute the GMV
at once; Save targets stores them with the plan and makes its GMV target their total (the
Pace and Review pages then follow)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.campaigns.plan import CampaignPlan
from ...models.campaigns.storage import find_plan
from ...models.campaigns.targets import (
    FactorTarget,
    read_targets,
    round_half_up,
    starting_targets,
    total_gmv,
)
from ...printed.campaign_review_text import money_shown, phase_names
from ...printed.names import platform_name
from ...tasks import TaskRunner
from ...writes import restore_target_factors, write_target_factors
from ..messages import error_text
from .plan_page import PlanComputedPage

translate = QCoreApplication.translate  # lupdate reads translate("CampaignTargets", "…")
EDITABLE = ("visitors", "conversion", "aov", "new_share")  # columns 2..5
COLUMNS = ("phase", "platform", *EDITABLE, "gmv", "buyers", "new", "returning")


class SaveTargetsCommand(QUndoCommand):
    """One save of the targets: redo writes the rows typed (the plan's GMV target becomes
    their total), undo puts back the rows and the GMV target that were there before."""

    def __init__(self, page: TargetsPage, shop: Path, plan_id: int,
                 before: list[FactorTarget], before_gmv: int | None,
                 after: list[FactorTarget]) -> None:
        super().__init__(translate("CampaignTargets", "save targets"))
        self.page, self.shop, self.plan_id = page, shop, plan_id
        self.before, self.before_gmv, self.after = before, before_gmv, after

    def redo(self) -> None:
        rows, plan_id = self.after, self.plan_id
        self.page.write(lambda: write_target_factors(self.shop, plan_id, rows))

    def undo(self) -> None:
        rows, gmv, plan_id = self.before, self.before_gmv, self.plan_id
        self.page.write(lambda: restore_target_factors(self.shop, plan_id, rows, gmv))


class TargetsPage(PlanComputedPage):
    key = "campaign_targets"
    saved = Signal(int)  # the plan's new GMV target, cents

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.rows: list[FactorTarget] = []
        self.stack = QUndoStack(self)
        self.source = QLabel(self, wordWrap=True)
        self.message = QLabel(self, wordWrap=True)
        self.save = QPushButton(self, enabled=False)
        self.restart = QPushButton(self, enabled=False)
        self.grid = QTableWidget(0, len(COLUMNS), self)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.verticalHeader().setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.source, 1)
        bar.addWidget(self.restart)
        bar.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)
        self.grid.itemChanged.connect(self._on_table_item_changed)
        self.save.clicked.connect(self.save_targets)
        self.restart.clicked.connect(self.start_again)
        self._writable = True
        self.retranslate()

    def title(self) -> str:
        return translate("CampaignTargets", "Targets")

    def retranslate(self) -> None:
        self.grid.setHorizontalHeaderLabels([
            translate("CampaignTargets", "Phase"), translate("CampaignTargets", "Platform"),
            translate("CampaignTargets", "Visitors"),
            translate("CampaignTargets", "Conversion %"),
            translate("CampaignTargets", "客单价"),
            translate("CampaignTargets", "New buyers %"),
            translate("CampaignTargets", "GMV"), translate("CampaignTargets", "Buyers"),
            translate("CampaignTargets", "New"), translate("CampaignTargets", "Returning")])
        self.save.setText(translate("CampaignTargets", "Save targets"))
        self.restart.setText(translate("CampaignTargets", "Start again"))
        self.restart.setToolTip(translate(
            "CampaignTargets", "Back to the figures of the last comparable event (or the 28 "
            "days before); nothing is saved until Save targets"))
        self.show_result()

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self._update_buttons()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.AllEditTriggers if writable
                                   else QTableWidget.EditTrigger.NoEditTriggers)

    def compute(self, conn, plan: CampaignPlan, options):
        stored = read_targets(conn, plan.id) if plan.id is not None else []
        start = starting_targets(conn, plan, find_plan)
        return plan, stored, start

    def plan_of(self, result) -> CampaignPlan:
        return result[0]

    def shown_count(self, result) -> int:
        return len(self.rows)

    def show_result(self) -> None:
        if self.result is None:
            self._fill([])
            return
        _, stored, (start, source, event) = self.result
        self._fill(stored or start)
        if stored:
            text = translate("CampaignTargets", "Your targets, saved with the plan.")
        elif source == "last_event":
            text = translate("CampaignTargets", "Starting from {event}: its visitors a day, "
                             "conversion, 客单价 and new buyers' share in each phase; type "
                             "yours over them and save.").format(event=event)
        else:
            text = translate("CampaignTargets", "Starting from the 28 days before the event, "
                             "other events' days left out (no earlier event of the same "
                             "name); type yours over them and save.")
        self.source.setText(text)

    def start_again(self) -> None:
        if self.result is not None:
            self._fill(self.result[2][0])
            self.message.setText(translate("CampaignTargets", "Not saved yet."))

    def _fill(self, rows: list[FactorTarget]) -> None:
        self.rows = list(rows)
        names = phase_names()
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            texts = (names.get(row.phase, row.phase), platform_name(row.platform),
                     f"{row.visitors:,}", f"{row.conversion * 100:.2f}",
                     money_shown(row.aov), f"{row.new_share * 100:.1f}")
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, item)
            self._show_derived(r)
        self.grid.blockSignals(False)
        self.grid.resizeColumnsToContents()
        self.message.clear()
        self._show_total()

    def _show_derived(self, r: int) -> None:
        row = self.rows[r]
        for c, text in enumerate((money_shown(row.gmv), f"{round_half_up(row.buyers):,}",
                                  f"{row.new_buyers:,}", f"{row.returning_buyers:,}"), start=6):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(r, c, item)

    def _show_total(self) -> None:
        if self.plan is None:
            return
        if not self.rows:
            self.heading.setText(translate(
                "CampaignTargets", "{name}: no visitors or sales to start the targets from "
                "yet.").format(name=self.plan.name))
            return
        self.heading.setText(translate(
            "CampaignTargets", "{name}: target {total} = the sum of the rows (the plan's GMV "
            "target now: {plan})").format(name=self.plan.name,
                                          total=money_shown(total_gmv(self.rows)),
                                          plan=money_shown(self.plan.target_gmv_cents)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.plan is not None and self.plan.id is not None and bool(self.rows)
        self.save.setEnabled(self._writable and ready)
        self.restart.setEnabled(self._writable and self.result is not None)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        r, c = item.row(), item.column()
        field = COLUMNS[c]
        try:
            value = float(item.text().replace(",", "").replace("%", "").strip())
        except ValueError:
            value = -1.0
        if field == "visitors":
            ok, change = value >= 0 and value == int(value), {"visitors": int(value)}
        elif field == "aov":
            ok, change = value >= 0, {"aov": round_half_up(value * 100)}
        else:  # a per cent
            ok, change = 0 <= value <= 100, {field: value / 100}
        if not ok:
            self.message.setText(translate(
                "CampaignTargets", "Row {row}, {column}: '{text}' is not a valid value "
                "(visitors a whole number, 客单价 an amount, per cents 0 to 100).").format(
                    row=r + 1, column=self.grid.horizontalHeaderItem(c).text(),
                    text=item.text()))
            self.save.setEnabled(False)
            return
        self.message.setText(translate("CampaignTargets", "Not saved yet."))
        self.rows[r] = replace(self.rows[r], **change)
        self.grid.blockSignals(True)
        self._show_derived(r)
        self.grid.blockSignals(False)
        self._show_total()

    def undo_stack(self) -> QUndoStack:
        return self.stack  # Edit → Undo (views/edit_undo.py)

    def save_targets(self) -> None:
        if self._shop_path is None or self.plan is None or self.plan.id is None:
            return
        self.save.setEnabled(False)
        stored = self.result[1] if self.result is not None else []
        self.stack.push(SaveTargetsCommand(self, self._shop_path, self.plan.id, list(stored),
                                           self.plan.target_gmv_cents, list(self.rows)))

    def set_plan(self, plan: CampaignPlan | None) -> None:
        if plan is None or self.plan is None or plan.id != self.plan.id:
            self.stack.clear()  # the saves undone are this plan's
        super().set_plan(plan)

    def refresh(self, shop_path: Path | None, selection=None) -> None:
        if shop_path != self._shop_path:
            self.stack.clear()
        super().refresh(shop_path, selection)

    def write(self, write) -> None:
        """Runs `write()` in the write queue; the page and the plan follow."""
        self.runner.submit_write(
            "campaign-targets",
            lambda progress, cancel: write(),
            self._on_saved,
            lambda error: self.message.setText(error_text(error)),
            cancellable=False,
        )

    def _on_saved(self, total: int | None) -> None:
        if total is None:  # an undo: the page shows what was there again
            self.message.setText(translate("CampaignTargets", "Targets as they were before."))
        else:
            self.message.setText(translate("CampaignTargets", "Saved: the plan's GMV target "
                                           "is now {total}.").format(total=money_shown(total)))
        self.saved.emit(total or 0)
