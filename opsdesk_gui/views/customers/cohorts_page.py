"""Cohorts: buyers by the month of their first paid order; a heat map of who bought in
month +k, who bought again by month +k, or what a buyer paid by month +k. A month not over
yet is blank, not zero."""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter

from ...models.cohorts import (
    GROUPINGS,
    cohort_table,
    first_category_groups,
    first_platform_groups,
)
from ...models.customer_orders import buyer_products
from ...money import format_cents
from ..labels import count_text, platform_name
from ..shop_reading import read_only
from .heat_table import HeatTable
from .page import CustomerPage, PageInput

MODES = ("retention", "repeat_by", "ltv")
GAP_BINS = (0, 7, 14, 30, 60, 90, 180, 365)  # days from first to second order


class CohortsPage(CustomerPage):
    key = "customer_cohorts"

    def __init__(self, runner, controls, parent=None) -> None:
        super().__init__(runner, controls, parent)
        self.result = None
        self.mode_combo = QComboBox(self)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._show_matrix())
        self.mode_label, self.group_label = QLabel(self), QLabel(self)
        self.group_combo = QComboBox(self)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.reload())
        row = QHBoxLayout()
        row.addWidget(self.group_label)
        row.addWidget(self.group_combo)
        row.addWidget(self.mode_label)
        row.addWidget(self.mode_combo)
        row.addStretch(1)
        self.heat = HeatTable(self)
        self.gaps = HeatTable(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.heat)
        splitter.addWidget(self.gaps)
        splitter.setSizes([460, 110])
        self.body.addLayout(row)
        self.body.addWidget(splitter, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Cohorts")

    def retranslate(self) -> None:
        self.group_label.setText(self.tr("Group buyers by"))
        group = max(self.group_combo.currentIndex(), 0)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItems([self.tr("Month of the first order"),
                                   self.tr("Platform"),
                                   self.tr("Category of the first order")])
        self.group_combo.setCurrentIndex(group)
        self.group_combo.blockSignals(False)
        self.mode_label.setText(self.tr("Show"))
        index = max(self.mode_combo.currentIndex(), 0)
        self.mode_combo.blockSignals(True)
        self.mode_combo.clear()
        self.mode_combo.addItems([
            self.tr("Bought in month +k (share of the cohort)"),
            self.tr("Bought again by month +k (cumulative share)"),
            self.tr("Paid per buyer by month +k (cumulative)")])
        self.mode_combo.setCurrentIndex(index)
        self.mode_combo.blockSignals(False)

    def compute_args(self) -> tuple:
        return (GROUPINGS[max(self.group_combo.currentIndex(), 0)],)

    @staticmethod
    def compute(data: PageInput, progress, cancel, grouping="month"):
        if data.as_of is None:
            return None
        groups = None
        if grouping == "platform":
            groups = first_platform_groups(data.orders)
        elif grouping == "category":
            with read_only(data.shop_path) as conn:
                groups = first_category_groups(buyer_products(conn))
        return cohort_table(data.orders, data.as_of, groups=groups)

    def clear(self) -> None:
        self.result = None
        self.heat.fill([], [], [], [])
        self.gaps.fill([], [], [], [])

    def show_result(self, result) -> None:
        if result is None:
            self.clear()
            self.note.setText(self.tr("No paid orders yet."))
            return
        self.result = result
        self._show_matrix()
        self._show_gaps()
        self.note.setText(self.tr(
            "{cohorts} cohorts up to {end}. Blank: the month is not over yet. 30-day and "
            "90-day repurchase count the buyers whose first order is at least that long "
            "ago.").format(cohorts=len(result.cohorts), end=result.data_end.isoformat()))
        if self.group_combo.currentIndex() > 0:
            self.note.setText(self.note.text() + " " + self.tr(
                "The buyers of a group started in different months: each cell counts those "
                "for whom month +k is over."))
        self.loaded.emit(len(result.cohorts))

    def _show_matrix(self) -> None:
        if self.result is None:
            return
        mode = MODES[max(self.mode_combo.currentIndex(), 0)]
        cohorts = self.result.cohorts
        width = max((len(c.retention) for c in cohorts), default=0)
        columns = [self.tr("Buyers"), self.tr("30-day repurchase"),
                   self.tr("90-day repurchase")] + [f"+{k}" for k in range(width)]
        top = max((v for c in cohorts for v in c.ltv_cents if v is not None), default=1) or 1
        texts, shades, rows = [], [], []
        for c in cohorts:
            values = getattr(c, mode if mode != "ltv" else "ltv_cents")
            cells = [_share(v) if mode != "ltv" else
                     ("" if v is None else format_cents(v)) for v in values]
            shade = [None if v is None else (v / top if mode == "ltv" else v) for v in values]
            pad = width - len(values)
            name = self._group_name(c.cohort)
            rows.append(name + (" *" if c.approximate else ""))
            texts.append([count_text(c.buyers), _share(c.repeat_30), _share(c.repeat_90),
                          *cells, *[""] * pad])
            shades.append([None, None, None, *shade, *[None] * pad])
        self.heat.fill(rows, columns, texts, shades)

    def _group_name(self, cohort: str) -> str:
        grouping = GROUPINGS[max(self.group_combo.currentIndex(), 0)]
        if grouping == "platform":
            return platform_name(cohort)
        if grouping == "category" and not cohort:
            return self.tr("No category")
        return cohort

    def _show_gaps(self) -> None:
        gaps = self.result.days_to_second
        edges = [*GAP_BINS, np.inf]
        counts = np.histogram(gaps, bins=edges)[0] if len(gaps) else np.zeros(len(GAP_BINS))
        labels = [f"{lo}–{hi - 1}" for lo, hi in itertools.pairwise(GAP_BINS)]
        labels.append(f"{GAP_BINS[-1]}+")
        top = max(int(counts.max()), 1)
        self.gaps.fill([self.tr("Days to 2nd order")], labels,
                       [[count_text(int(n)) for n in counts]], [[n / top for n in counts]])


def _share(value) -> str:
    return "" if value is None else f"{value * 100:.1f}%"
