"""Saving plans with undo: every change is a PlanCommand holding the plan before and after;
the write runs in a worker through models/campaigns/storage.py (one transaction each), and
undo saves the plan before back (or deletes the plan a command created)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...importers.registration_sheet import read_registration_sheet
from ...models.campaigns.plan import CampaignPlan
from ...models.campaigns.storage import list_plans
from ...tasks import TaskRunner
from ...writes import write_campaign_plan
from ..messages import error_text
from ..shop_reading import read_only


def load_plans(shop_path: Path):
    """(plans, catalogue {(platform, sku): (title, price, stock, cost)}, platforms)."""
    with read_only(shop_path) as conn:
        plans = list_plans(conn)
        catalogue = {
            (row[0], row[1]): row[2:]
            for row in conn.execute(
                "SELECT platform, sku, title, price_cents, stock, cost_cents FROM products"
            )
        }
        platforms = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT platform FROM products UNION SELECT DISTINCT platform FROM orders"
            )
        ]
    return plans, catalogue, sorted(platforms)


class PlanCommand(QUndoCommand):
    """A plan before and after (None: it did not exist). Already written when pushed."""

    def __init__(
        self,
        text: str,
        before: CampaignPlan | None,
        after: CampaignPlan | None,
        write: Callable[[CampaignPlan | None, CampaignPlan | None], None],
    ) -> None:
        super().__init__(text)
        self.before, self.after, self._write = before, after, write
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._write(self.after, self.before)

    def undo(self) -> None:
        self._write(self.before, self.after)


class PlanEditor(QObject):
    saved = Signal(object)  # the id of the plan written (None after a deletion)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.stack = QUndoStack(self)
        self.shop_path: Path | None = None

    @staticmethod
    def load(shop_path: Path):
        return load_plans(shop_path)

    def read_sheet(self, path: Path, platform: str, mapping: dict | None = None):
        with read_only(self.shop_path) as conn:
            return read_registration_sheet(path, conn, platform, mapping)

    def _run(
        self,
        save: CampaignPlan | None,
        delete_id: int | None,
        then: Callable[[int | None], None] | None = None,
    ) -> None:
        shop = self.shop_path

        def done(plan_id) -> None:
            if then is not None:
                then(plan_id)
            self.saved.emit(plan_id)

        self.runner.submit_write(
            "campaigns:write",
            lambda progress, cancel: write_campaign_plan(shop, save, delete_id),
            done,
            lambda error: self.failed.emit(error_text(error)),
            cancellable=False,
        )

    def _apply(self, target: CampaignPlan | None, other: CampaignPlan | None) -> None:
        """Undo/redo: make `target` the stored state (None: delete `other`)."""
        if target is None:
            self._run(None, other.id)
        else:
            self._run(target, None)

    def create(self, plan: CampaignPlan, text: str) -> None:
        def created(plan_id: int | None) -> None:
            self.stack.push(PlanCommand(text, None, replace(plan, id=plan_id), self._apply))

        self._run(plan, None, created)

    def change(self, before: CampaignPlan, after: CampaignPlan, text: str) -> None:
        if before == after:
            return
        self._run(
            after, None, lambda _id: self.stack.push(PlanCommand(text, before, after, self._apply))
        )

    def delete(self, plan: CampaignPlan, text: str) -> None:
        self._run(
            None, plan.id, lambda _id: self.stack.push(PlanCommand(text, plan, None, self._apply))
        )

    def forget(self) -> None:
        self.stack.clear()
