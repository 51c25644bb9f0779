"""Campaigns (活动运营), before the event: a page bar over the plans, the registration
checklist, the promotion maths and the calendar (views/paged_tab.py); only the page on
show loads. The plan chosen on the Plans page is the one the other pages work on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...models.campaigns.plan import PlanProduct
from ...tasks import TaskRunner
from ..paged_tab import PagedTab
from .calculator_page import CalculatorPage
from .calendar_page import CalendarPage
from .checklist_page import ChecklistPage
from .editing import PlanEditor
from .pace_page import PacePage
from .plans_page import PlansPage
from .review_page import ReviewPage
from .targets_page import TargetsPage


class CampaignsTab(PagedTab):
    key = "campaigns"
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        editor = PlanEditor(runner)
        pages = [
            PlansPage(runner, editor),
            ChecklistPage(runner, editor),
            CalculatorPage(runner),
            CalendarPage(runner),
            TargetsPage(runner),
            PacePage(runner),
            ReviewPage(runner),
        ]
        super().__init__(pages, parent)
        editor.setParent(self)
        self.editor, self.runner = editor, runner
        self.plans, self.checklist, self.calculator, self.calendar = pages[:4]
        self.targets, self.pace, self.review = pages[4:]
        self.targets.saved.connect(self._on_targets_saved)
        self.plans.loaded.connect(self.loaded)
        self.plans.loaded.connect(lambda _n: self.calendar.set_plans(self.plans.plans))
        self.plans.plan_chosen.connect(self._on_plans_plan_chosen)
        self.plans.plan_drafted.connect(lambda plan: self.checklist.set_plan(plan, draft=True))
        self.calendar.plan_requested.connect(self._on_calendar_plan_requested)
        self.retranslate()

    def _on_plans_plan_chosen(self, plan) -> None:
        self.checklist.set_plan(plan)
        self.calculator.set_plan(plan, self.plans.catalogue)
        self.pace.set_plan(plan)
        self.review.set_plan(plan)
        self.targets.set_plan(plan)
        if self.current_page is not self.calculator:  # its baskets: the plan's, on show
            self._stale.add(self.pages.index(self.calculator))

    def _on_targets_saved(self, _total: int) -> None:
        """The plan's GMV target changed: the Plans page reads it again (and the pages
        working on the plan follow)."""
        self.plans.refresh(self.targets.shop_path)

    def _on_calendar_plan_requested(self, fields: dict) -> None:
        self.plans.new_plan(fields)
        self.page_bar.setCurrentWidget(self.plans)

    def add_products(self, keys: list[tuple[str, str]]) -> bool:
        """Products picked on the Products tab join the plan shown (False: no plan)."""
        if self.plans.current is None:
            return False
        self.plans.add_products([PlanProduct(platform, sku) for platform, sku in keys])
        return True

    def refresh(self, shop_path, selection) -> None:
        super().refresh(shop_path, selection)
        if self.current_page is not self.plans:  # the other pages work on its plan
            self.plans.refresh(shop_path, selection)
            self._stale.discard(0)

    def confirm_leave(self) -> bool:
        """Changes typed in a plan and not saved: Save, Discard or Cancel (False: stay)."""
        return self.plans.confirm_leave()

    def forget_edits(self) -> None:
        self.editor.forget()
        self.calendar.forget()

    def set_writable(self, writable: bool) -> None:
        for page in (self.plans, self.checklist, self.calendar, self.review, self.targets):
            page.set_writable(writable)

    def retranslate(self) -> None:
        for page in self.pages:
            page.retranslate()
        self.set_page_titles([page.title() for page in self.pages])

    @property
    def print_landscape(self) -> bool:
        """The checklist is an A4 portrait page; the tables print in landscape."""
        return self.current_page is not self.checklist

    def printable_html(self, title: str) -> str:
        return self.current_page.printable_html(title)
