"""Pace (进度): the chosen plan's GMV to date against its target curve, the projected final
GMV, spend and ROI to date, and the best sellers' stock (those running out before the end
flagged). Recomputed after each import (the tab is refreshed); models/campaigns/pace.py."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ...models.campaigns.pace import CampaignPace, campaign_pace
from ...models.campaigns.plan import CampaignPlan
from ...printed.campaign_review_text import money_shown
from ...reports.page_html import page_html, table_block
from ...tasks import TaskRunner
from ..listing_tab import shown_table
from ..table import Column, TableView
from .plan_page import PlanComputedPage

translate = QCoreApplication.translate  # lupdate reads translate("CampaignReview", "…")


class PacePage(PlanComputedPage):
    key = "campaign_pace"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        import pyqtgraph as pg  # only when the tab is built

        self.chart = pg.PlotWidget(background="w")
        self.chart.getPlotItem().addLegend(offset=(10, 5))
        self.chart.getPlotItem().showGrid(y=True, alpha=0.2)
        self.actual_line = self.chart.plot(
            [],
            [],
            pen=pg.mkPen("#1f77b4", width=3),
            symbol="o",
            symbolSize=7,
            symbolBrush="#1f77b4",
        )
        self.target_line = self.chart.plot(
            [], [], pen=pg.mkPen("#d62728", width=2, style=pg.QtCore.Qt.DashLine)
        )
        self.products = TableView(
            self.product_columns(), parent=self, export_name="campaign_pace_products"
        )
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.products)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.retranslate()

    def product_columns(self) -> list[Column]:
        return [
            Column("sku", translate("CampaignReview", "SKU"), "id"),
            Column("title", translate("CampaignReview", "Title")),
            Column("units", translate("CampaignReview", "Units to date"), "int"),
            Column("amount", translate("CampaignReview", "Paid to date"), "money"),
            Column("stock", translate("CampaignReview", "Stock"), "int"),
            Column(
                "cover",
                translate("CampaignReview", "Days of cover"),
                "number",
                translate("CampaignReview", "Stock ÷ units a day so far in the event"),
            ),
            Column(
                "runs_out",
                translate("CampaignReview", "Runs out"),
                tooltip=translate("CampaignReview", "Runs out before the event ends"),
            ),
        ]

    def title(self) -> str:
        return translate("CampaignReview", "Pace")

    def retranslate(self) -> None:
        self.products.model.retitle(self.product_columns())
        legend = self.chart.getPlotItem().legend
        legend.clear()
        legend.addItem(self.actual_line, translate("CampaignReview", "GMV to date"))
        legend.addItem(self.target_line, translate("CampaignReview", "Target curve"))
        self.show_result()

    @property
    def pace(self) -> CampaignPace | None:
        return self.result

    def compute(self, conn, plan: CampaignPlan, options) -> CampaignPace:
        return campaign_pace(conn, plan)

    def plan_of(self, result: CampaignPace) -> CampaignPlan:
        return result.plan

    def shown_count(self, result: CampaignPace) -> int:
        return len(result.products)

    def show_result(self) -> None:
        pace = self.pace
        if pace is None:
            self.products.set_frame(None)
            return
        source = {
            "last_event": translate("CampaignReview", "target curve: the shape of {event}"),
            "last_peak": translate(
                "CampaignReview",
                "target curve: the peak shaped as {event}'s, the other days as ordinary days",
            ),
        }.get(
            pace.curve.source,
            translate(
                "CampaignReview",
                "target curve: an even split (no comparable event of the same length)",
            ),
        ).format(event=pace.curve.event)
        if pace.curve.factors:
            source += "; " + translate(
                "CampaignReview", "each phase weighing its part of the Targets page's rows")
        if pace.hour_curve is not None:
            source += f"; {pace.hour_day}: " + self._hour_source(pace)
        if not pace.elapsed:
            self.heading.setText(
                translate(
                    "CampaignReview",
                    "{name} starts on {first}: its target {target} along the curve below; the "
                    "figures fill in as the sales of its days are imported.",
                ).format(
                    name=pace.plan.name,
                    first=pace.period.start,
                    target=money_shown(pace.plan.target_gmv_cents),
                )
                + "\n"
                + source
            )
        else:
            self.heading.setText(
                translate(
                    "CampaignReview",
                    "{name} as of {day} (day {n} of {days}): GMV {gmv}, target to date {target}, "
                    "projected {projected}; ad spend {spend}, ad ROI {roi}",
                ).format(
                    name=pace.plan.name,
                    day=pace.as_of,
                    n=pace.elapsed,
                    days=pace.period.days,
                    gmv=money_shown(pace.gmv),
                    target=money_shown(pace.target_to_date),
                    projected=money_shown(pace.projected_gmv),
                    spend=money_shown(pace.spend),
                    roi="-" if pace.roi is None else f"{pace.roi:.2f}",
                )
                + "\n"
                + source
            )
        self._draw(pace)
        self.products.set_frame(
            pd.DataFrame(
                {
                    "sku": [p.sku for p in pace.products],
                    "title": [p.title or "" for p in pace.products],
                    "units": [p.units for p in pace.products],
                    "amount": [p.amount for p in pace.products],
                    "stock": pd.array([p.stock for p in pace.products], dtype="Int64"),
                    "cover": [
                        np.nan if p.days_of_cover is None else round(p.days_of_cover, 1)
                        for p in pace.products
                    ],
                    "runs_out": [
                        translate("CampaignReview", "yes") if p.runs_out else ""
                        for p in pace.products
                    ],
                }
            )
        )

    @staticmethod
    def _hour_source(pace: CampaignPace) -> str:
        return {
            "last_event": translate("CampaignReview", "by hour as {event} sold"),
            "baseline_hours": translate("CampaignReview", "by hour as the 28 days before sold"),
        }.get(pace.hour_curve.source, translate("CampaignReview", "by hour: an even split")
              ).format(event=pace.hour_curve.event)

    def _draw(self, pace: CampaignPace) -> None:
        """Cumulative GMV against the target curve by day; the day watched by hour (a
        one-day event, or a one-day peak on its day) by hour."""
        if pace.hour_curve is not None:
            actual = np.cumsum(pace.hours) / 100 if pace.hours else np.full(24, np.nan)
            targets = pace.hour_targets
            target = np.array(targets) / 100 if targets else np.full(24, np.nan)
            ticks = [(float(h), f"{h:02d}") for h in range(0, 24, 2)]
        else:
            actual = np.array(
                [np.nan if d.cumulative is None else d.cumulative / 100 for d in pace.days]
            )
            target = np.array(
                [
                    np.nan if d.target_cumulative is None else d.target_cumulative / 100
                    for d in pace.days
                ]
            )
            ticks = [(float(i), d.day.strftime("%m-%d")) for i, d in enumerate(pace.days)]
        x = np.arange(len(actual), dtype=float)
        self.actual_line.setData(x, actual, connect="finite")
        self.target_line.setData(x, target, connect="finite")
        self.chart.getPlotItem().getAxis("bottom").setTicks([ticks])

    def printable_html(self, title: str) -> str:
        block = table_block(self.heading.text(), *shown_table(self.products, missing="—")[:3])
        return page_html(title, self.title(), [block])
