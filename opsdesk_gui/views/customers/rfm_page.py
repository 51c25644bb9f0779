"""RFM segments: the cut-offs (shown, editable), segment sizes and revenue shares, the R × F
heat map of buyers and amounts, and who moved between segments in the last 30 days."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...models.customers import RfmSettings, customer_view
from ...models.rfm import Cutoffs, window_start
from ...models.segments import rf_grid, segment_codes, transitions
from ...money import format_cents
from ..labels import count_text
from ..paged_tab import titled_box
from ..table import Column, TableView
from .heat_table import HeatTable
from .names import segment_name
from .page import CustomerPage, PageInput

MOVE_DAYS = 30


class RfmPage(CustomerPage):
    key = "customer_rfm"

    def __init__(self, runner, controls, parent=None) -> None:
        super().__init__(runner, controls, parent)
        self.view = None
        self.cutoff_grid = QTableWidget(3, 4, self)
        self.cutoff_grid.setMaximumHeight(120)
        self.cutoff_grid.itemChanged.connect(self._on_cutoff_grid_item_changed)
        self.quintiles_button = QPushButton(self)
        self.quintiles_button.clicked.connect(lambda: self.controls.set_cutoffs(None))
        self.cutoff_title = QLabel(self)
        head = QHBoxLayout()
        head.addWidget(self.cutoff_grid, 1)
        head.addWidget(self.quintiles_button, 0, Qt.AlignmentFlag.AlignTop)
        self.table = TableView(self.columns(), parent=self, export_name="segments")
        self.heat = HeatTable(self)
        self.moves = HeatTable(self)
        self.segments_title, self.heat_title, self.moves_title = QLabel(self), QLabel(self), \
            QLabel(self)
        for label in (self.cutoff_title, self.segments_title, self.heat_title, self.moves_title):
            label.setStyleSheet("font-weight: bold; padding-top: 4px;")
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(titled_box(self, self.segments_title, self.table))
        top.addWidget(titled_box(self, self.heat_title, self.heat))
        top.setSizes([640, 560])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(titled_box(self, self.moves_title, self.moves))
        splitter.setSizes([360, 200])
        box = QVBoxLayout()
        box.addWidget(self.cutoff_title)
        box.addLayout(head)
        self.body.addLayout(box)
        self.body.addWidget(splitter, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("RFM segments")

    def columns(self) -> list[Column]:
        return [
            Column("segment_name", self.tr("Segment")),
            Column("buyers", self.tr("Buyers"), "int"),
            Column("buyer_share", self.tr("Share of buyers"), "rate"),
            Column("monetary_cents", self.tr("Paid"), "money", self.tr(
                "What the segment's buyers paid in the window")),
            Column("revenue_share", self.tr("Share of revenue"), "rate"),
        ]

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.table.model.set_locale(QLocale())
        self.cutoff_title.setText(self.tr(
            "Cut-offs (a value up to the first scores 1 — R: 5 — above the fourth 5 — R: 1). "
            "Edit a cell to set your own."))
        self.quintiles_button.setText(self.tr("Back to quintiles"))
        self.cutoff_grid.setVerticalHeaderLabels([self.tr("R: days since"),
                                                  self.tr("F: orders"), self.tr("M: paid")])
        self.cutoff_grid.setHorizontalHeaderLabels(["1 | 2", "2 | 3", "3 | 4", "4 | 5"])
        self.segments_title.setText(self.tr("Segments"))
        self.heat_title.setText(self.tr("R × F: buyers and what they paid"))
        self.moves_title.setText(self.tr(
            "Movement: segment {0} days earlier (rows) → now (columns), buyers").format(
            MOVE_DAYS))

    @staticmethod
    def compute(data: PageInput, progress, cancel):
        if data.as_of is None:
            return None
        settings = RfmSettings(data.as_of, window_start(data.as_of, data.window_days),
                               data.vocabulary, data.fixed_f, data.cutoffs)
        view = customer_view(data.orders, settings)
        earlier_day = data.as_of - timedelta(days=MOVE_DAYS)
        earlier = customer_view(data.orders, RfmSettings(
            earlier_day, window_start(earlier_day, data.window_days), data.vocabulary,
            data.fixed_f, view.cutoffs))
        moves = transitions(earlier.buyers["segment"], view.buyers["segment"])
        return view, rf_grid(view.scored), moves

    def clear(self) -> None:
        self.view = None
        self.table.set_frame(None)
        self.heat.fill([], [], [], [])
        self.moves.fill([], [], [], [])

    def show_result(self, result) -> None:
        if result is None:
            self.clear()
            self.note.setText(self.tr("No paid orders yet."))
            return
        self.view, grid, moves = result
        segments = self.view.segments.copy()
        segments["segment_name"] = segments["segment"].map(segment_name)
        self.table.set_frame(segments)
        self._show_cutoffs(self.view.cutoffs)
        self._show_grid(grid)
        self._show_moves(moves)
        s = self.view.settings
        self.note.setText(self.tr(
            "{scored} buyers with a paid order from {since} to {as_of}, scored against the "
            "shop's own buyers.").format(scored=count_text(len(self.view.scored)),
                                         since=s.since.isoformat(), as_of=s.as_of.isoformat()))
        f_cuts = self.view.cutoffs.f
        if not self.controls.fixed_f and self.controls.cutoffs is None and len(set(f_cuts)) < len(
                f_cuts):  # most buyers ordered once: quintiles of F collapse
            self.note.setText(self.note.text() + " " + self.tr(
                "Many buyers have the same number of orders, so F's quintiles tie and F takes "
                "fewer than five scores: F scoring offers fixed cut-offs (1 / 2 / 3–4 / 5+)."))
        self.loaded.emit(len(segments))

    def _show_cutoffs(self, cutoffs: Cutoffs) -> None:
        self.cutoff_grid.blockSignals(True)
        for row, values in enumerate((cutoffs.r, cutoffs.f, cutoffs.m)):
            for col, value in enumerate(values):
                text = format_cents(int(value)) if row == 2 else f"{value:g}"
                self.cutoff_grid.setItem(row, col, QTableWidgetItem(text))
        self.cutoff_grid.blockSignals(False)

    @Slot(QTableWidgetItem)
    def _on_cutoff_grid_item_changed(self, _item: QTableWidgetItem) -> None:
        try:
            rows = [[float(self.cutoff_grid.item(r, c).text()) for c in range(4)]
                    for r in range(3)]
        except (AttributeError, ValueError):
            self.note.setText(self.tr("A cut-off must be a number."))
            return
        if any(row != sorted(row) for row in rows):
            self.note.setText(self.tr("Cut-offs must not decrease from left to right."))
            return
        rows[2] = [round(v * 100) for v in rows[2]]  # yuan on screen, cents inside
        self.controls.set_cutoffs(Cutoffs(*(tuple(row) for row in rows)))

    def _show_grid(self, grid) -> None:
        top = max(int(grid["buyers"].max()), 1)
        cells = {(r, f): (b, m) for r, f, b, m in grid.itertuples(index=False)}
        rows = [f"R{r}" for r in range(5, 0, -1)]
        texts, shades = [], []
        for r in range(5, 0, -1):
            texts.append([f"{count_text(cells[(r, f)][0])}\n{cells[(r, f)][1] / 100:,.2f}"
                          for f in range(1, 6)])
            shades.append([cells[(r, f)][0] / top for f in range(1, 6)])
        self.heat.fill(rows, [f"F{f}" for f in range(1, 6)], texts, shades)

    def _show_moves(self, moves) -> None:
        codes = ["", *segment_codes(self.view.settings.vocabulary)]
        rows = [c for c in codes if c in moves.index]
        cols = [c for c in codes if c in moves.columns]
        name = {"": self.tr("Not scored"), **{c: segment_name(c) for c in codes if c}}
        top = max(int(moves.to_numpy().max()) if moves.size else 1, 1)
        texts = [[count_text(moves.loc[r, c]) for c in cols] for r in rows]
        shades = [[moves.loc[r, c] / top if r != c else None for c in cols] for r in rows]
        self.moves.fill([name[r] for r in rows], [name[c] for c in cols], texts, shades)
