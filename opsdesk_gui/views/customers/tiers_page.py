"""Member tiers: the owner's tier rules (name, measure, threshold) edited in a grid and
saved in the shop file with undo; how many buyers each tier holds; the buyers close to
the next tier."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models.customer_rules import (
    NEAR_SHARE,
    Tier,
    check_tiers,
    near_next_tier,
    tier_counts,
    tiers_to_json,
)
from ...models.customers import RfmSettings, customer_view, with_display_columns
from ...models.rfm import window_start
from ...money import format_cents
from ...store.customer_rules import restore_rule, save_rule
from ..labels import count_text, platform_name
from ..paged_tab import titled_box
from ..table import Column, TableView
from .page import TIER_RULE, CustomerPage, PageInput


class TiersPage(CustomerPage):
    key = "customer_tiers"

    def __init__(self, runner, controls, parent=None) -> None:
        super().__init__(runner, controls, parent)
        self.replaced_saves: list = []  # what each save replaced, newest last
        self.rules = QTableWidget(0, 3, self)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        self.save_button, self.undo_button = QPushButton(self), QPushButton(self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_button.setEnabled(False)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.save_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor = QWidget(self)
        row = QHBoxLayout(editor)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rules, 1)
        row.addLayout(buttons)
        self.counts = TableView(self.count_columns(), parent=self, export_name="tiers")
        self.table = TableView(self.near_columns(), parent=self, export_name="near_next_tier")
        self.rules_title, self.counts_title, self.near_title = (QLabel(self) for _ in range(3))
        for label in (self.rules_title, self.counts_title, self.near_title):
            label.setStyleSheet("font-weight: bold; padding-top: 4px;")
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(titled_box(self, self.rules_title, editor))
        top.addWidget(titled_box(self, self.counts_title, self.counts))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(titled_box(self, self.near_title, self.table))
        splitter.setSizes([220, 340])
        self.body.addWidget(splitter, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Member tiers")

    def count_columns(self) -> list[Column]:
        return [Column("tier", self.tr("Tier")), Column("buyers", self.tr("Buyers"), "int"),
                Column("monetary_cents", self.tr("Paid"), "money", self.tr(
                    "What the tier's buyers paid in the window"))]

    def near_columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("buyer_text", self.tr("Buyer"), "id", personal="buyer_id"),
            Column("tier", self.tr("Tier")),
            Column("next_tier", self.tr("Next tier")),
            Column("gap_text", self.tr("Still needed"), "text", self.tr(
                "Spend (yuan) or orders the buyer still needs in the window")),
            Column("monetary_cents", self.tr("Paid"), "money"),
            Column("orders", self.tr("Orders"), "int"),
            Column("recency_days", self.tr("Days since last order"), "int"),
        ]

    def retranslate(self) -> None:
        for view, columns in ((self.counts, self.count_columns()),
                              (self.table, self.near_columns())):
            view.model.retitle(columns)
            view.model.set_locale(QLocale())
        self.rules.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Measure"),
                                              self.tr("From")])
        self.rules.horizontalHeaderItem(2).setToolTip(self.tr(
            "Spend in yuan, or orders, in the window; the first tier starts at 0"))
        self.add_button.setText(self.tr("Add tier"))
        self.remove_button.setText(self.tr("Remove tier"))
        self.save_button.setText(self.tr("Save tiers"))
        self.undo_button.setText(self.tr("Undo"))
        self.rules_title.setText(self.tr("Tier rules (saved in the shop file)"))
        self.counts_title.setText(self.tr("Buyers per tier"))
        self.near_title.setText(self.tr("Close to the next tier (at least {0:.0%} of the "
                                        "way)").format(NEAR_SHARE))

    @staticmethod
    def compute(data: PageInput, progress, cancel):
        if data.as_of is None:
            return data.tiers, None, None
        settings = RfmSettings(data.as_of, window_start(data.as_of, data.window_days),
                               data.vocabulary, data.fixed_f, data.cutoffs)
        buyers = customer_view(data.orders, settings).scored
        near = with_display_columns(near_next_tier(buyers, data.tiers))
        near["gap_text"] = [format_cents(int(g)) if m == "spend" else str(int(g))
                            for g, m in zip(near["gap"], near["gap_measure"], strict=True)]
        return data.tiers, tier_counts(buyers, data.tiers), near

    def refresh(self, shop_path, selection) -> None:
        if shop_path != self.shop_path:
            self.replaced_saves.clear()
            self.undo_button.setEnabled(False)
        super().refresh(shop_path, selection)

    def clear(self) -> None:
        self.counts.set_frame(None)
        self.table.set_frame(None)

    def show_result(self, result) -> None:
        tiers, counts, near = result
        self._show_rules(tiers)
        if counts is None:
            self.clear()
            self.note.setText(self.tr("No paid orders yet."))
            return
        self.counts.set_frame(counts)
        frame = near
        frame["platform_name"] = frame["platform"].map(platform_name)
        self.table.set_frame(frame)
        self.note.setText(self.tr("{buyers} buyers with a paid order in the window; {near} "
                                  "close to their next tier.").format(
            buyers=count_text(int(counts["buyers"].sum())), near=count_text(len(frame))))
        self.loaded.emit(len(frame))

    # -- the rules grid ----------------------------------------------------------------
    def _show_rules(self, tiers) -> None:
        self.rules.setRowCount(0)
        for tier in tiers:
            self._add_row(tier)

    def _add_row(self, tier: Tier) -> None:
        row = self.rules.rowCount()
        self.rules.insertRow(row)
        self.rules.setItem(row, 0, QTableWidgetItem(tier.name))
        measure = QComboBox(self.rules)
        measure.addItem(self.tr("Spend"), "spend")
        measure.addItem(self.tr("Orders"), "orders")
        measure.setCurrentIndex(0 if tier.measure == "spend" else 1)
        self.rules.setCellWidget(row, 1, measure)
        value = format_cents(tier.threshold) if tier.measure == "spend" else str(tier.threshold)
        self.rules.setItem(row, 2, QTableWidgetItem(value))

    def edited_tiers(self) -> tuple[Tier, ...] | None:
        tiers = []
        for row in range(self.rules.rowCount()):
            name = (self.rules.item(row, 0).text() if self.rules.item(row, 0) else "").strip()
            measure = self.rules.cellWidget(row, 1).currentData()
            text = self.rules.item(row, 2).text() if self.rules.item(row, 2) else ""
            try:
                number = float(text.replace(",", ""))
            except ValueError:
                return None
            threshold = round(number * 100) if measure == "spend" else int(number)
            tiers.append(Tier(name, measure, threshold))
        return tuple(tiers)

    def _on_add_button_clicked(self) -> None:
        self._add_row(Tier(self.tr("New tier"), "spend", 0))

    def _on_remove_button_clicked(self) -> None:
        if self.rules.currentRow() >= 0:
            self.rules.removeRow(self.rules.currentRow())

    def _on_save_button_clicked(self) -> None:
        tiers = self.edited_tiers()
        problem = "tier_number" if tiers is None else check_tiers(tiers)
        if problem is not None:
            self.note.setText(self.problem_text(problem))
            return
        if self.shop_path is None:
            return
        rule = tiers_to_json(tiers)
        self.write_rule(self.shop_path, lambda conn: save_rule(conn, "tiers", TIER_RULE, rule),
                        self._on_saved)

    def problem_text(self, code: str) -> str:
        return {
            "tier_number": self.tr("Each tier's threshold must be a number."),
            "tier_names": self.tr("Each tier needs a name of its own."),
            "tier_measure": self.tr("A tier is measured by spend or by orders."),
            "tier_first": self.tr("The first tier starts at 0: it holds every other buyer."),
            "tier_order": self.tr("Thresholds must rise from one tier to the next."),
        }[code]

    def _on_saved(self, replaced) -> None:
        self.replaced_saves.append(replaced)
        self.undo_button.setEnabled(True)
        self.controls.changed.emit()  # every page shows the new tiers

    def _on_undo_button_clicked(self) -> None:
        if not self.replaced_saves or self.shop_path is None:
            return
        previous = self.replaced_saves.pop()
        self.undo_button.setEnabled(bool(self.replaced_saves))
        self.write_rule(self.shop_path,
                        lambda conn: restore_rule(conn, "tiers", TIER_RULE, previous),
                        lambda _none: self.controls.changed.emit())

