"""Bundles for slow movers (滞销品搭配): the slow movers of the period with the strong sellers
suggested to pair them with, and for the chosen slow mover every product its buyers also
put in the same order, with support, confidence and lift (models/bundles.py).

Two workers: `refresh` reads the product metrics and the bundle suggestions of every slow
mover at once (about 0.2 s on the demo shop, 1.4 s on a 400,000-order shop: a progress bar
shows meanwhile); choosing a slow mover reads its co-purchases alone (0.03 s on the demo,
about 0.1 s on the 400,000-order shop: docs/performance.md).

API (the ProductsTab codes against it):
- `BundlesView(runner, parent=None)`;
- `refresh(shop_path, selection)`; `title()`; `retranslate()`;
- `loaded = Signal(int)` (slow movers shown), `pairs_loaded = Signal(int)` (co-purchases
  of the chosen slow mover); `choose(platform, sku)` selects a slow mover.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QSplitter, QVBoxLayout, QWidget

from ...models.bundles import (
    BasketCounts,
    BundleRules,
    basket_counts,
    bundle_suggestions,
    co_purchases,
)
from ...models.period_presets import PeriodSelection
from ...models.periods import Period
from ...models.product_metrics import product_metrics
from ...tasks import TaskRunner
from ..labels import count_text, platform_name
from ..messages import error_text
from ..paged_tab import titled_box
from ..shop_reading import fresh_cache_connection
from ..table import Column, TableView

RULES = BundleRules()


@dataclass(frozen=True)
class BundleData:
    """What `refresh` loads: the slow movers (with their suggestions counted), the
    suggested pairs, the strong sellers and every product's title."""

    window: Period
    slow: pd.DataFrame
    suggestions: pd.DataFrame
    strong: frozenset[tuple[str, str]]
    titles: dict[tuple[str, str], str]
    classes: dict[tuple[str, str], str]
    counts: BasketCounts  # the window's baskets per product: read once for every choice


def lookback_window(period: Period, rules: BundleRules = RULES) -> Period:
    return Period(period.end - timedelta(days=rules.lookback_days - 1), period.end)


def load_bundles(shop_path: Path, selection: PeriodSelection, progress, cancel) -> BundleData:
    with fresh_cache_connection(shop_path) as conn:
        progress(0.1)
        metrics = product_metrics(conn, selection.period, selection.platform)
        cancel.check()
        progress(0.3)
        suggestions = bundle_suggestions(conn, metrics, selection.period, RULES)
        progress(0.9)
        counts = basket_counts(conn, lookback_window(selection.period))
        progress(1.0)
    keys = list(zip(metrics["platform"], metrics["sku"], strict=True))
    strong = frozenset(k for k, abc, life in zip(keys, metrics["abc"], metrics["lifecycle"],
                                                 strict=True) if abc == "A" or life == "hot")
    titles = {k: t for k, t in zip(keys, metrics["title"], strict=True) if isinstance(t, str)}
    classes = dict(zip(keys, metrics["abc"], strict=True))
    slow = metrics.loc[metrics["slow_mover"]].drop_duplicates(["platform", "sku"]).copy()
    counted = suggestions.groupby(["platform", "sku"]).agg(
        suggested=("other_sku", "size"), best_sku=("other_sku", "first"),
        best_title=("other_title", "first"), best_lift=("lift", "first"))
    slow = slow.join(counted, on=["platform", "sku"])
    slow["suggested"] = slow["suggested"].fillna(0).astype("int64")
    # the slow movers with a pair to suggest first, most capital tied up first
    slow = slow.sort_values(["suggested", "stock_value_cents", "platform", "sku"],
                            ascending=[False, False, True, True], ignore_index=True)
    return BundleData(lookback_window(selection.period), slow, suggestions, strong, titles,
                      classes, counts)


class BundlesView(QWidget):
    loaded = Signal(int)
    pairs_loaded = Signal(int)
    key = "bundles"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data: BundleData | None = None
        self.pairs: pd.DataFrame | None = None
        self._shop: Path | None = None
        self._chosen: tuple[str, str] | None = None
        self.note = QLabel(self, wordWrap=True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setVisible(False)
        self.slow_title = QLabel(self)
        self.pairs_title = QLabel(self, wordWrap=True)
        for label in (self.slow_title, self.pairs_title):
            label.setStyleSheet("font-weight: bold; padding-top: 4px;")
        self.slow_table = TableView(self.slow_columns(), parent=self,
                                    export_name="slow_movers")
        self.pairs_table = TableView(self.pair_columns(), parent=self,
                                     export_name="bought_with")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(titled_box(self, self.slow_title, self.slow_table))
        splitter.addWidget(titled_box(self, self.pairs_title, self.pairs_table))
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        self.slow_table.table.selectionModel().currentRowChanged.connect(
            self._on_slow_row_changed)
        runner.progressed.connect(self._on_runner_progressed)
        self._retitle()

    def title(self) -> str:
        return self.tr("Bundles")

    def slow_columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("sku", self.tr("SKU"), "id"),
            Column("title", self.tr("Title")),
            Column("stock", self.tr("Stock"), "int"),
            Column("stock_value_cents", self.tr("Capital tied up"), "money", self.tr(
                "积压资金: stock × unit cost")),
            Column("last_sale_day", self.tr("Last sale"), "date"),
            Column("suggested", self.tr("Pairs"), "int", self.tr(
                "Strong sellers suggested to bundle with it (see the right-hand table)")),
            Column("best_title", self.tr("Best pair"), "text", self.tr(
                "The suggested strong seller with the highest lift")),
            Column("best_lift", self.tr("Lift"), "number"),
        ]

    def pair_columns(self) -> list[Column]:
        return [
            Column("other_sku", self.tr("Bought with"), "id"),
            Column("other_title", self.tr("Title")),
            Column("strength", self.tr("Seller"), "text", self.tr(
                "Strong seller: ABC class A or 爆款 in the period")),
            Column("suggested_text", self.tr("Suggested"), "text", self.tr(
                "A strong seller bought with it in at least 2 orders, in at least 5% of "
                "its orders, with lift above 1.5")),
            Column("pair_orders", self.tr("Orders together"), "int", self.tr(
                "Orders (baskets) holding both products")),
            Column("support_10k", self.tr("Support, per 10,000 orders"), "number", self.tr(
                "支持度: orders with both ÷ all orders of the platform in the window, here per "
                "10,000 orders (2.5 = 0.025%)")),
            Column("confidence", self.tr("Confidence"), "rate", self.tr(
                "置信度: orders with both ÷ orders with the slow mover: the share of its "
                "buyers who took this product in the same order")),
            Column("lift", self.tr("Lift"), "number", self.tr(
                "提升度: confidence ÷ the share of all orders holding this product. Above 1: "
                "bought together more often than by chance")),
            Column("other_orders", self.tr("Its orders"), "int", self.tr(
                "Orders in the window holding this product")),
        ]

    def _retitle(self) -> None:
        self.slow_title.setText(self.tr("Slow movers (滞销), those with a pair first"))
        if self._chosen is None:
            self.pairs_title.setText(self.tr("Choose a slow mover to see what its buyers "
                                             "also bought"))
        else:
            sku = self._chosen[1]
            title = self.data.titles.get(self._chosen, "") if self.data else ""
            self.pairs_title.setText(self.tr("Bought in the same orders as {sku} {title}")
                                     .format(sku=sku, title=title))

    def retranslate(self) -> None:
        self._retitle()
        for view, columns in ((self.slow_table, self.slow_columns()),
                              (self.pairs_table, self.pair_columns())):
            view.model.retitle(columns)
            view.model.set_locale(QLocale())

    # -- loading ---------------------------------------------------------------------
    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        self._shop = shop_path
        self.runner.cancel(f"products:{self.key}:pairs")
        if shop_path is None:
            self.data = None
            self._show_pairs(None, None)
            self.slow_table.set_frame(None)
            self.progress.setVisible(False)
            self.note.setText(self.tr("Open or create a shop, then import your exports."))
            return
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.note.setText(self.tr("Looking through a year of orders for what the slow "
                                  "movers' buyers also bought…"))

        def op(progress, cancel):
            return load_bundles(shop_path, selection, progress, cancel)

        self.runner.start(f"products:{self.key}", op, self._on_loaded, self._on_failed)

    def _on_runner_progressed(self, key: str, fraction: float) -> None:
        if key == f"products:{self.key}":
            self.progress.setValue(int(fraction * 100))

    def _on_loaded(self, data: BundleData) -> None:
        self.progress.setVisible(False)
        self.data = data
        slow = data.slow.copy()
        slow.insert(0, "platform_name", [platform_name(p) for p in slow["platform"]])
        self.slow_table.set_frame(slow)
        self.note.setText(self.describe(data))
        previous = self._chosen
        self._show_pairs(None, None)
        self.loaded.emit(len(slow))
        if len(slow):
            keys = list(zip(slow["platform"], slow["sku"], strict=True))
            self.choose(*(previous if previous in keys else keys[0]))

    def _on_failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.note.setText(self.tr("Could not load: {0}").format(error_text(error)))

    def describe(self, data: BundleData) -> str:
        slow = data.slow
        paired = int((slow["suggested"] > 0).sum()) if len(slow) else 0
        if not len(slow):
            return self.tr("No slow movers in this period: nothing to bundle.")
        return self.tr(
            "{slow} slow movers; {paired} of them were bought with a strong seller often "
            "enough to bundle ({pairs} pairs). Orders from {first} to {last}: a slow mover "
            "sells little lately, so its orders are looked for over a year.").format(
                slow=count_text(len(slow)), paired=count_text(paired),
                pairs=count_text(len(data.suggestions)), first=data.window.start.isoformat(),
                last=data.window.end.isoformat())

    # -- the chosen slow mover -------------------------------------------------------
    def choose(self, platform: str, sku: str) -> None:
        model = self.slow_table.model
        frame = self.data.slow if self.data is not None else None
        if frame is None:
            return
        for view_row, frame_row in enumerate(model.row_order().tolist()):
            if (frame["platform"].iat[frame_row], frame["sku"].iat[frame_row]) == (platform,
                                                                                   sku):
                self.slow_table.table.selectionModel().setCurrentIndex(
                    model.index(view_row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    def _on_slow_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.data is None or self._shop is None:
            return
        frame_row = int(self.slow_table.model.row_order()[current.row()])
        slow = self.data.slow
        item = (str(slow["platform"].iat[frame_row]), str(slow["sku"].iat[frame_row]))
        if item == self._chosen and self.pairs is not None:
            return
        shop, window, counts = self._shop, self.data.window, self.data.counts

        def op(progress, cancel):
            with fresh_cache_connection(shop) as conn:
                return co_purchases(conn, [item], window, counts)

        self._chosen = item
        self._retitle()
        self.runner.start(f"products:{self.key}:pairs", op,
                          lambda pairs: self._show_pairs(item, pairs), self._on_failed)

    def _show_pairs(self, item: tuple[str, str] | None, pairs: pd.DataFrame | None) -> None:
        self._chosen = item
        if pairs is None or self.data is None:
            self.pairs = None
            self.pairs_table.set_frame(None)
            self._retitle()
            return
        data = self.data
        shown = pairs.copy()
        others = list(zip(shown["platform"], shown["other_sku"], strict=True))
        shown["other_title"] = [data.titles.get(k) for k in others]
        # a percentage with two decimals shows 0.00% for most pairs of a big shop
        shown["support_10k"] = shown["support"] * 10_000
        hot, a_class = self.tr("Strong seller"), self.tr("Class {0}")
        shown["strength"] = [hot if k in data.strong else a_class.format(data.classes.get(k, "C"))
                             for k in others]
        suggested = set(zip(data.suggestions["platform"], data.suggestions["sku"],
                            data.suggestions["other_sku"], strict=True))
        yes = self.tr("Yes")
        shown["suggested_text"] = ["" if (*item, k[1]) not in suggested else yes for k in others]
        self.pairs = shown
        self.pairs_table.set_frame(shown)
        self._retitle()
        self.pairs_loaded.emit(len(shown))
