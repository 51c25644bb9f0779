"""Review (复盘): the plan chosen on the Plans page against its target and against the GMV
expected without it; cost, ROI, new buyers, the factor that missed, by phase, platform and
product; beside it another campaign (by default the last event of the same name), and the
notes. Computed in a worker (models/campaigns/review.py)."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ...models.campaigns.notes_storage import read_notes
from ...models.campaigns.plan import CampaignPlan
from ...models.campaigns.review import CampaignReview, review_beside
from ...models.campaigns.storage import find_plan, list_plans
from ...printed.campaign_review_text import (
    figure_frame,
    last_event_title,
    phase_names,
    platform_headers,
    platform_rows,
    result_line,
    review_blocks,
)
from ...reports.page_html import page_html, table_block
from ...tasks import TaskRunner
from ..table import Column, TableView
from .plan_page import PlanComputedPage
from .review_notes import ReviewNotes

translate = QCoreApplication.translate  # lupdate reads translate("CampaignReview", "…")
PLATFORM_KEYS = ("platform", "gmv", "buyers", "expected", "lift", "ads")


class ReviewPage(PlanComputedPage):
    key = "campaign_review"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.against: str | None = None  # the campaign beside it; None: the last of its name
        self.notes = ReviewNotes(runner, self)
        self.beside_label = QLabel(self)
        self.beside = QComboBox(self)
        self.beside.setMinimumContentsLength(16)
        self.beside.activated.connect(self._on_beside_activated)
        self.figures = TableView(self.figure_columns(), parent=self, export_name="campaign_review")
        self.figures.table.horizontalHeader().setStretchLastSection(True)
        self.phases = TableView(
            self.phase_columns(), parent=self, export_name="campaign_review_phases"
        )
        self.platforms = TableView(
            self.platform_columns(), parent=self, export_name="campaign_review_platforms"
        )
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        for widget in (self.figures, self.phases, self.platforms, self.notes):
            split.addWidget(widget)
        for index, stretch in enumerate((5, 2, 2, 3)):  # the figures first; phases are few
            split.setStretchFactor(index, stretch)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.beside_label)
        top.addWidget(self.beside)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate()

    @property
    def review(self) -> CampaignReview | None:
        return self.result[0] if self.result is not None else None

    @property
    def last(self) -> CampaignReview | None:
        """The campaign beside it (the last event of the same name unless chosen)."""
        return self.result[1] if self.result is not None else None

    def undo_stack(self) -> QUndoStack | None:
        """Edit → Undo on this page undoes the notes' edits and deletions."""
        return self.notes.undo_stack

    def figure_columns(self) -> list[Column]:
        return [
            Column("figure", translate("CampaignReview", "Figure")),
            Column("value", translate("CampaignReview", "Value")),
            Column("last", last_event_title(self.last)),
            Column("how", translate("CampaignReview", "How")),
        ]

    def phase_columns(self) -> list[Column]:
        return [
            Column("phase", translate("CampaignReview", "Phase")),
            Column("from", translate("CampaignReview", "From"), "date"),
            Column("to", translate("CampaignReview", "To"), "date"),
            Column("gmv", translate("CampaignReview", "GMV"), "money"),
            Column("target", translate("CampaignReview", "Target"), "money"),
            Column("expected", translate("CampaignReview", "Expected"), "money"),
            Column("lift", translate("CampaignReview", "Lift"), "change"),
        ]

    def platform_columns(self) -> list[Column]:
        kinds = ("text", "money", "int", "money", "change", "money")
        return [Column(key, header, kind) for key, header, kind
                in zip(PLATFORM_KEYS, platform_headers(), kinds, strict=True)]

    def title(self) -> str:
        return translate("CampaignReview", "Review")

    def retranslate(self) -> None:
        self.figures.model.retitle(self.figure_columns())
        self.phases.model.retitle(self.phase_columns())
        self.platforms.model.retitle(self.platform_columns())
        self.beside_label.setText(translate("CampaignReview", "Beside:"))
        self.beside.setToolTip(translate("CampaignReview", "The campaign shown beside it, on "
                                                           "screen and printed"))
        self.notes.retranslate()
        self._fill_beside()
        self.show_result()

    def set_writable(self, writable: bool) -> None:
        self.notes.set_writable(writable)

    def set_plan(self, plan: CampaignPlan | None) -> None:
        if plan is None or self.plan is None or plan.id != self.plan.id:
            self.against = None  # another plan: beside it, the last event of its name
        super().set_plan(plan)

    def compute_options(self) -> str | None:
        return self.against

    def compute(self, conn, plan: CampaignPlan, against: str | None):
        review, other = review_beside(conn, plan, find_plan, against)
        notes = read_notes(conn, plan.id) if plan.id is not None else []
        names = [p.name for p in list_plans(conn) if p.id != plan.id]
        return review, other, notes, names

    def plan_of(self, result) -> CampaignPlan:
        return result[0].plan

    def shown_count(self, result) -> int:
        return len(result[0].by_phase)

    def working_text(self, plan: CampaignPlan) -> str:
        return translate("CampaignReview", "Working out the review of {name}…").format(
            name=plan.name)

    def _on_computed(self, result) -> None:
        if self.plan is not None and self.plan_of(result).id == self.plan.id:
            self.notes.set_notes(self._shop_path, self.plan.id, result[2])
        super()._on_computed(result)

    def _fill_beside(self) -> None:
        names = self.result[3] if self.result is not None else []
        self.beside.blockSignals(True)
        self.beside.clear()
        self.beside.addItem(translate("CampaignReview", "last event of the same name"), None)
        for name in names:
            self.beside.addItem(name, name)
        self.beside.setCurrentIndex(max(0, self.beside.findData(self.against)))
        self.beside.blockSignals(False)

    def choose_beside(self, name: str | None) -> None:
        """Shows the review beside the campaign `name` (None: the last of the same name)."""
        self.against = name
        self.result = None
        self._compute()

    def _on_beside_activated(self, index: int) -> None:
        self.choose_beside(self.beside.itemData(index))

    def show_result(self) -> None:
        review = self.review
        self._fill_beside()
        if review is None or not review.started:
            for view in (self.figures, self.phases, self.platforms):
                view.set_frame(None)
            if review is not None:
                self.heading.setText(
                    translate(
                        "CampaignReview",
                        "{name} starts on {first}: its review fills in as the sales of its "
                        "days are imported (the Pace page follows it meanwhile).",
                    ).format(name=review.plan.name, first=review.period.start)
                )
            return
        self.heading.setText(result_line(review))
        self.figures.model.retitle(self.figure_columns())
        self.figures.set_frame(figure_frame(review, self.last))
        names = phase_names()
        self.phases.set_frame(
            pd.DataFrame(
                {
                    "phase": [names[p.key] for p in review.by_phase],
                    "from": [p.period.start.isoformat() for p in review.by_phase],
                    "to": [p.period.end.isoformat() for p in review.by_phase],
                    "gmv": [p.gmv for p in review.by_phase],
                    "target": pd.array([p.target for p in review.by_phase], dtype="Int64"),
                    "expected": [p.expected for p in review.by_phase],
                    "lift": [p.lift for p in review.by_phase],
                }
            )
        )
        self.platforms.set_frame(
            pd.DataFrame(
                {
                    "platform": [row[0] for row in platform_rows(review)],
                    "gmv": [p.gmv for p in review.by_platform],
                    "buyers": [p.paying_buyers for p in review.by_platform],
                    "expected": [p.expected for p in review.by_platform],
                    "lift": [p.lift for p in review.by_platform],
                    "ads": [p.ads for p in review.by_platform],
                }
            )
        )

    def printable_html(self, title: str) -> str:
        """File → Print: the review as `opsdesk campaign review --pdf` prints it."""
        if self.review is None or not self.review.started:
            return page_html(title, self.heading.text(), [])
        return page_html(
            title,
            self.title(),
            [table_block(*b) for b in review_blocks(self.review, self.last, self.notes.notes())],
        )
