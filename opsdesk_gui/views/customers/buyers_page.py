"""Buyers: one row per buyer as of the as-of day, with their R/F/M values and scores,
segment and lifecycle. Names and phones are masked until the owner unmasks them."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QSplitter

from ...models.customer_orders import with_buyer_details
from ...models.customer_rules import tier_numbers
from ...models.customers import RfmSettings, customer_view, with_display_columns
from ...models.rfm import window_start
from ..labels import count_text, platform_name
from ..shop_reading import read_only
from ..table import Column, TableView
from ..table.data import prepare_columns
from .buyer_detail import BuyerDetail
from .names import approximate_column, approximate_texts, lifecycle_name, segment_name
from .page import CustomerPage, PageInput


class BuyersPage(CustomerPage):
    key = "customer_buyers"

    def __init__(self, runner, controls, parent=None) -> None:
        super().__init__(runner, controls, parent)
        self.table = TableView(self.columns(), parent=self, export_name="buyers")
        self.detail = BuyerDetail(runner, self)
        self.frame = None
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([420, 180])
        self.body.addWidget(split, 1)
        self.table.table.selectionModel().currentRowChanged.connect(
            self._on_current_row_changed)

    def title(self) -> str:
        return self.tr("Buyers")

    def columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("buyer_text", self.tr("Buyer"), "id", self.tr(
                "The platform's buyer ID. 抖店, 拼多多 and 快手 exports carry none: '~' and a "
                "code made from the receiver's name and phone, or '#order' when the export "
                "names no receiver (that order counts as a buyer of its own)"),
                   personal="buyer_id"),
            Column("name", self.tr("Name"), personal="name"),
            Column("phone", self.tr("Phone"), personal="phone"),
            Column("province", self.tr("Province")),
            Column("first_text", self.tr("First order"), "date", self.tr(
                "The buyer's first paid order, all time")),
            Column("last_text", self.tr("Last order"), "date"),
            Column("orders", self.tr("Orders · F"), "int", self.tr(
                "Paid orders in the window")),
            Column("monetary_cents", self.tr("Paid · M"), "money", self.tr(
                "What the buyer paid for the window's orders, postage included")),
            Column("aov_cents", self.tr("Per order"), "money", self.tr(
                "Paid ÷ orders in the window")),
            Column("refund_share", self.tr("Refunded"), "rate", self.tr(
                "Refunds of the window's orders ÷ what they paid")),
            Column("recency_days", self.tr("Days since · R"), "int", self.tr(
                "As-of day − the day of the last paid order")),
            Column("r", self.tr("R"), "int", self.tr("Recency score 1–5 (5 = most recent)")),
            Column("f", self.tr("F"), "int", self.tr("Frequency score 1–5")),
            Column("m", self.tr("M"), "int", self.tr("Monetary score 1–5")),
            Column("segment_name", self.tr("Segment")),
            Column("lifecycle_name", self.tr("Lifecycle"), "text", self.tr(
                "By paid orders in the last 90 days: 1 first purchase, 2–3 repeat, 4+ loyal; "
                "none for 90 days dormant, for 180 days lost")),
            Column("expected_purchases", self.tr("Predicted purchases"), "number", self.tr(
                "Purchases expected over the horizon, from the last fit on the Lifetime "
                "value page; blank until a fit has been made")),
            Column("expected_cents", self.tr("Predicted value"), "money", self.tr(
                "Value expected over the horizon (Lifetime value page), not discounted")),
            Column("tier", self.tr("Member tier"), "text", self.tr(
                "By the tier rules on the Member tiers page, over the window")),
            approximate_column(),
        ]

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.table.model.set_locale(QLocale())
        self.detail.retranslate()

    def _on_current_row_changed(self, current, _previous) -> None:
        if not current.isValid() or self.frame is None or self.shop_path is None:
            self.detail.clear()
            return
        row = int(self.table.model.row_order()[current.row()])
        self.detail.show_buyer(self.shop_path, str(self.frame["buyer"].iloc[row]))

    def compute_args(self) -> tuple:
        return self.controls.predictions, self.columns(), self.tr("Yes")

    @staticmethod
    def compute(data: PageInput, progress, cancel, predictions=None, columns=(), yes="Yes"):
        if data.as_of is None:
            return None
        since = window_start(data.as_of, data.window_days)
        view = customer_view(data.orders, RfmSettings(data.as_of, since, data.vocabulary,
                                                      data.fixed_f, data.cutoffs))
        with read_only(data.shop_path) as conn:
            buyers = with_buyer_details(conn, data.orders, view.buyers)
        names = [t.name for t in data.tiers]
        numbers = tier_numbers(buyers, data.tiers)
        buyers["tier"] = (pd.Categorical.from_codes(numbers, names) if len(set(names)) ==
                          len(names) else np.array(names, dtype=object)[numbers])
        buyers["expected_purchases"] = buyers["expected_cents"] = np.nan
        if predictions is not None:  # found by the buyers' codes, not their 150,000 keys
            at = predictions.index.get_indexer(data.orders["buyer"].cat.categories)[
                np.asarray(buyers.index.codes)]
            found = at >= 0
            purchases, value = (predictions[c].to_numpy(np.float64)[at[found]]
                                for c in ("expected_purchases", "expected_value"))
            buyers.loc[found, "expected_purchases"] = purchases
            buyers.loc[found, "expected_cents"] = (value * 100).round()
        frame = with_display_columns(buyers)
        # names looked up here (QCoreApplication.translate is thread-safe) and the table's
        # arrays made here: for 150,000 buyers that is ~0.4 s kept off the GUI thread
        frame["platform_name"] = frame["platform"].map(platform_name)
        frame["segment_name"] = frame["segment"].map(segment_name)
        frame["lifecycle_name"] = frame["lifecycle"].map(lifecycle_name)
        frame["approximate_text"] = approximate_texts(frame["approximate"], yes)
        return view, frame, prepare_columns(columns, frame)

    def clear(self) -> None:
        self.frame = None
        self.table.set_frame(None)
        self.detail.clear()

    def show_result(self, result) -> None:
        if result is None:
            self.clear()
            self.note.setText(self.tr("No paid orders yet."))
            return
        view, frame, prepared = result
        self.frame = frame
        self.table.set_prepared(prepared)
        self.detail.clear()
        self.note.setText(self.describe(view, len(frame)))
        self.loaded.emit(len(frame))

    def describe(self, view, rows: int) -> str:
        s = view.settings
        text = self.tr("{buyers} buyers up to {as_of}; {scored} bought from {since} to "
                       "{as_of} and are scored.").format(
            buyers=count_text(rows), scored=count_text(len(view.scored)),
            since=s.since.isoformat(), as_of=s.as_of.isoformat())
        return text
