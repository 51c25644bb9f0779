"""Review (复盘): the plan chosen on the Plans page against its target and against the GMV
expected without it; cost, ROI, new buyers, the factor that missed, by phase and product.
Computed in a worker (models/campaigns/review.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...models.campaigns.notes_storage import read_notes
from ...models.campaigns.plan import CampaignPlan
from ...models.campaigns.review import CampaignReview, review_with_last
from ...models.campaigns.storage import find_plan
from ...printed.campaign_review_text import (
    figure_frame,
    last_event_title,
    phase_names,
    result_line,
    review_blocks,
)
from ...reports.page_html import page_html, table_block
from ...tasks import TaskRunner
from ..messages import error_text
from ..shop_reading import fresh_cache_connection
from ..table import Column, TableView
from .review_notes import ReviewNotes

translate = QCoreApplication.translate  # lupdate reads translate("CampaignReview", "…")


class ReviewPage(QWidget):
    key = "campaign_review"
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.plan: CampaignPlan | None = None
        self.review: CampaignReview | None = None
        self.last: CampaignReview | None = None  # the last event of the same name
        self._shop_path: Path | None = None
        self.heading = QLabel(self, wordWrap=True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.notes = ReviewNotes(runner, self)
        self.figures = TableView(self.figure_columns(), parent=self, export_name="campaign_review")
        self.figures.table.horizontalHeader().setStretchLastSection(True)
        self.phases = TableView(
            self.phase_columns(), parent=self, export_name="campaign_review_phases"
        )
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.figures)
        split.addWidget(self.phases)
        split.addWidget(self.notes)
        for index, stretch in enumerate((5, 2, 3)):  # the figures first; phases are few
            split.setStretchFactor(index, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.retranslate()

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
            Column("lift", translate("CampaignReview", "Lift"), "rate"),
        ]

    def title(self) -> str:
        return translate("CampaignReview", "Review")

    def retranslate(self) -> None:
        self.figures.model.retitle(self.figure_columns())
        self.phases.model.retitle(self.phase_columns())
        self.notes.retranslate()
        self._show()

    def set_writable(self, writable: bool) -> None:
        self.notes.set_writable(writable)

    def set_plan(self, plan: CampaignPlan | None) -> None:
        self.plan = plan
        self.review = None
        self._compute()

    def refresh(self, shop_path: Path | None, selection=None) -> None:
        self._shop_path = shop_path
        self._compute()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.review is None:
            self._compute()

    def _compute(self) -> None:
        if self._shop_path is None or self.plan is None or not self.isVisible():
            self._show()
            return
        shop, plan = self._shop_path, self.plan

        def op(progress, cancel):
            with fresh_cache_connection(shop) as conn:
                return (
                    *review_with_last(conn, plan, find_plan),
                    read_notes(conn, plan.id) if plan.id is not None else [],
                )

        self.heading.setText(
            translate("CampaignReview", "Working out the review of {name}…").format(name=plan.name)
        )
        self.runner.start(
            "tab:campaign_review",
            op,
            self._on_computed,
            lambda error: self.heading.setText(error_text(error)),
        )

    def _on_computed(self, result) -> None:
        review, last, notes = result
        if self.plan is None or review.plan.id != self.plan.id:
            return
        self.review, self.last = review, last
        self.notes.set_notes(self._shop_path, self.plan.id, notes)
        self._show()
        self.loaded.emit(len(review.by_phase))

    def _show(self) -> None:
        review = self.review
        if self.plan is None:
            self.heading.setText(translate("CampaignReview", "Choose a plan on the Plans page."))
        if review is None or not review.started:
            self.figures.set_frame(None)
            self.phases.set_frame(None)
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

    def printable_html(self, title: str) -> str:
        """File → Print: the review as `opsdesk campaign review --pdf` prints it."""
        if self.review is None or not self.review.started:
            return page_html(title, self.heading.text(), [])
        return page_html(
            title,
            self.title(),
            [table_block(*b) for b in review_blocks(self.review, self.last, self.notes.notes())],
        )
