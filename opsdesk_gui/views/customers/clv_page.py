"""Lifetime value: BG/NBD + Gamma-Gamma fitted on the orders up to a calibration end (in a
worker, with progress), the parameters, each buyer's expected purchases, value and chance
of still being a customer over the horizon, and a holdout check when there is data after
the calibration end."""

from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QSpinBox

from ...models.clv import clv_inputs, holdout_check, lifetime_value, purchases_of
from ...models.customer_orders import approximate_by_buyer
from ...models.customers import with_display_columns
from ..labels import count_text, platform_name
from ..table import Column, TableView
from .names import approximate_column, approximate_texts
from .page import CustomerPage, PageInput


class LifetimeValuePage(CustomerPage):
    key = "customer_clv"
    predicted = Signal()  # a fit succeeded: the Buyers page can show its predictions

    def __init__(self, runner, controls, parent=None) -> None:
        super().__init__(runner, controls, parent)
        self.calibration_end: date | None = None  # None: the as-of day
        self._end, self._horizon = None, 52.0
        self.end_label, self.horizon_label = QLabel(self), QLabel(self)
        self.end_edit = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.horizon_spin = QSpinBox(self, minimum=1, maximum=520, value=52)
        self.fit_button = QPushButton(self)
        self.fit_button.clicked.connect(self._on_fit_button_clicked)
        row = QHBoxLayout()
        for widget in (self.end_label, self.end_edit, self.horizon_label, self.horizon_spin,
                       self.fit_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.params = QLabel(self, wordWrap=True)
        self.table = TableView(self.columns(), parent=self, export_name="lifetime_value")
        self.body.addLayout(row)
        self.body.addWidget(self.params)
        self.body.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Lifetime value")

    def columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("buyer_text", self.tr("Buyer"), "id", personal="buyer_id"),
            Column("frequency", self.tr("Repeat days"), "int", self.tr(
                "Days with a purchase after the first (orders of one day are one purchase)")),
            Column("recency", self.tr("First to last (weeks)"), "number"),
            Column("T", self.tr("Age (weeks)"), "number", self.tr(
                "First purchase to the calibration end")),
            Column("monetary_cents", self.tr("Mean repeat purchase"), "money"),
            Column("expected_purchases", self.tr("Expected purchases"), "number"),
            Column("p_alive", self.tr("Still a customer"), "rate", self.tr(
                "The chance that the buyer has not quietly left (BG/NBD)")),
            Column("expected_cents", self.tr("Expected value"), "money", self.tr(
                "Expected purchases × expected value of a purchase (Gamma-Gamma), over the "
                "horizon, not discounted")),
            approximate_column(),
        ]

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.table.model.set_locale(QLocale())
        self.end_label.setText(self.tr("Calibration end"))
        self.end_edit.setToolTip(self.tr(
            "The models learn from the orders up to this day; later orders check them"))
        self.horizon_label.setText(self.tr("Horizon"))
        self.horizon_spin.setSuffix(self.tr(" weeks"))
        self.fit_button.setText(self.tr("Fit"))

    def _on_fit_button_clicked(self) -> None:
        value = self.end_edit.date()
        self.calibration_end = date(value.year(), value.month(), value.day())
        self.reload()

    def refresh(self, shop_path, selection) -> None:
        self._end, self._horizon = self.calibration_end, float(self.horizon_spin.value())
        super().refresh(shop_path, selection)

    def compute_args(self):
        return self._end, self._horizon, self.tr("Yes")

    @staticmethod
    def compute(data: PageInput, progress, cancel, end=None, horizon=52.0, yes="Yes"):
        if data.as_of is None:
            return None
        end = end or data.as_of
        purchases = purchases_of(data.orders)
        result = lifetime_value(clv_inputs(purchases, end), horizon,
                                lambda done, total: progress(done / total))
        frame = result.buyers.rename_axis("buyer").reset_index()
        frame["platform"] = pd.Categorical(frame["buyer"].str.split("\x1f", n=1).str[0])
        frame = with_display_columns(frame.set_index("buyer"))
        frame["approximate_text"] = approximate_texts(
            approximate_by_buyer(data.orders).reindex(frame["buyer"].astype(str)), yes)
        frame["monetary_cents"] = (frame["monetary_value"] * 100).round().astype("Int64")
        frame["expected_cents"] = (frame["expected_value"] * 100).round().astype("Int64")
        frame = frame.sort_values("expected_cents", ascending=False, ignore_index=True)
        return end, horizon, result, holdout_check(result, purchases, end), frame

    def clear(self) -> None:
        self.table.set_frame(None)
        self.params.setText("")

    def show_result(self, outcome) -> None:
        if outcome is None:
            self.clear()
            self.note.setText(self.tr("No paid orders yet."))
            return
        end, horizon, result, holdout, frame = outcome
        self.controls.predictions = result.buyers[["expected_purchases", "expected_value"]]
        self.predicted.emit()
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        frame["platform_name"] = frame["platform"].map(platform_name)
        self.table.set_frame(frame)
        bg, gg = result.bgnbd, result.gamma_gamma
        self.params.setText(self.tr(
            "BG/NBD: r {r:.3f}, α {alpha:.3f}, a {a:.3f}, b {b:.3f}. Gamma-Gamma: p {p:.3f}, "
            "q {q:.3f}, γ {gamma:.2f}. Time in weeks.").format(
            r=bg.r, alpha=bg.alpha, a=bg.a, b=bg.b, p=gg.p, q=gg.q, gamma=gg.gamma))
        text = self.tr("{buyers} buyers up to {end}; expected over the next {weeks} weeks: "
                       "{purchases:,.0f} purchases worth {value:,.2f}.").format(
            buyers=count_text(len(frame)), end=end.isoformat(), weeks=int(horizon),
            purchases=frame["expected_purchases"].sum(), value=frame["expected_value"].sum())
        if holdout:
            text += " " + self.tr(
                "Holdout to {until} ({weeks:.1f} weeks): predicted {predicted:,.0f} repeat "
                "purchases, actual {actual:,}.").format(**holdout)
        self.note.setText(text)
        self.loaded.emit(len(frame))
