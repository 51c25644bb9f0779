"""A Campaigns page computed from the plan chosen on the Plans page (Pace, Review): it keeps
the plan and the shop, works its figures out in a worker when on show (again after each
import), and shows them; a subclass says what to compute and how to show it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...models.campaigns.plan import CampaignPlan
from ...tasks import TaskRunner
from ..messages import error_text
from ..shop_reading import fresh_cache_connection

translate = QCoreApplication.translate  # lupdate reads translate("CampaignReview", "…")


class PlanComputedPage(QWidget):
    key = ""
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.plan: CampaignPlan | None = None
        self.result = None  # what compute() gave for the plan, None until then
        self._shop_path: Path | None = None
        self.heading = QLabel(self, wordWrap=True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")

    # what a subclass provides
    def compute(self, conn, plan: CampaignPlan, options):
        """In the worker, on a fresh read connection: the page's figures of `plan`
        (`options`: what compute_options() gave on the GUI thread)."""
        raise NotImplementedError

    def compute_options(self):
        return None

    def plan_of(self, result) -> CampaignPlan:
        raise NotImplementedError

    def show_result(self) -> None:
        """Shows self.result (None: nothing computed yet)."""
        raise NotImplementedError

    def working_text(self, plan: CampaignPlan) -> str | None:
        return None

    def shown_count(self, result) -> int:
        return 0

    # the shared machinery
    @property
    def shop_path(self) -> Path | None:
        return self._shop_path

    def set_writable(self, writable: bool) -> None:
        pass  # a computed page only reads

    def set_plan(self, plan: CampaignPlan | None) -> None:
        self.plan = plan
        self.result = None
        self._compute()

    def refresh(self, shop_path: Path | None, selection=None) -> None:
        self._shop_path = shop_path
        self._compute()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.result is None:
            self._compute()

    def _compute(self) -> None:
        if self._shop_path is None or self.plan is None or not self.isVisible():
            if self.plan is None:
                self.heading.setText(
                    translate("CampaignReview", "Choose a plan on the Plans page."))
            self.show_result()
            return
        shop, plan, compute = self._shop_path, self.plan, self.compute
        options = self.compute_options()

        def op(progress, cancel):
            with fresh_cache_connection(shop) as conn:
                return compute(conn, plan, options)

        working = self.working_text(plan)
        if working:
            self.heading.setText(working)
        self.runner.start(f"tab:{self.key}", op, self._on_computed,
                          lambda error: self.heading.setText(error_text(error)))

    def _on_computed(self, result) -> None:
        if self.plan is None or self.plan_of(result).id != self.plan.id:
            return
        self.result = result
        self.show_result()
        self.loaded.emit(self.shown_count(result))
