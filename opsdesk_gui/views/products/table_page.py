"""The Products page: the alerts strip, the product table (product_metrics per SKU or per
product, loaded in a worker through fresh_cache_connection) and the chosen product's detail
below it in a splitter; with editing of cost, safety stock, lead time, category and tags
in place or for many rows at once, a cost sheet import, and undo/redo of every edit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...importers.cost_sheet import match_costs, read_cost_sheet
from ...models.period_presets import PeriodSelection
from ...models.product_metrics import product_metrics
from ...models.product_rollup import by_product
from ...models.product_traffic import product_traffic, with_traffic
from ...reports.table_html import table_html
from ...store.product_edits import FieldChange, read_product_fields
from ...tasks import TaskRunner
from ...writes import edit_products
from ..labels import count_text
from ..messages import error_text
from ..shop_reading import fresh_cache_connection
from ..table import TableView
from .alerts_panel import AlertsPanel
from .detail import ProductDetail
from .editing import (
    PER_SKU_FIELDS,
    CellEditor,
    EditableFrameModel,
    EditCommand,
    SetFieldDialog,
    field_names,
)
from .table_columns import HIDDEN_BY_DEFAULT, columns, shown_frame

PRINT_ROWS = 2000
# a page holds a dozen columns: the shown ones among these are printed
PRINT_COLUMNS = ("sku", "title", "price_cents", "cost_cents", "stock", "units", "sales_cents",
                 "gross_margin", "days_of_cover", "abc", "lifecycle_name", "flags_text")


def load_products(shop_path: Path, selection: PeriodSelection) -> tuple[pd.DataFrame,
                                                                        pd.DataFrame]:
    """The table per SKU and per product (in a worker)."""
    with fresh_cache_connection(shop_path) as conn:
        period, platform = selection.period, selection.platform
        frame = product_metrics(conn, period, platform)
        frame = with_traffic(frame, product_traffic(conn, period, platform))
        fields = read_product_fields(conn, platform)[["platform", "sku", "tags"]]
    frame = frame.merge(fields, on=["platform", "sku"], how="left", sort=False)
    frame["member_skus"] = [(sku,) for sku in frame["sku"]]
    return shown_frame(frame), shown_frame(by_product(frame, period))


class ProductTablePage(QWidget):
    key = "products"  # its table's saved header state
    loaded = Signal(int)          # rows shown
    edits_saved = Signal()        # an edit, undo or redo reached the shop file
    message_shown = Signal(str)   # a refusal or the outcome of an edit
    add_to_campaign_requested = Signal(list)  # [(platform, sku)] of the selected rows

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._shop_path: Path | None = None
        self._selection: PeriodSelection | None = None
        self._frames: tuple[pd.DataFrame, pd.DataFrame] | None = None
        self._shown: pd.DataFrame | None = None
        self._flag = ""
        self._writable = True
        self._writes: list[tuple[list[FieldChange], str | None]] = []
        self._writing = False
        self._write_count = 0

        self.note = QLabel(self, wordWrap=True)
        self.note.setStyleSheet("color: palette(mid);")
        self.message = QLabel(self, wordWrap=True)
        self.message.setStyleSheet("color: #c53030;")
        self.by_sku_button = QPushButton(self, checkable=True, checked=True)
        self.by_product_button = QPushButton(self, checkable=True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.by_sku_button)
        group.addButton(self.by_product_button)
        self.set_button = QPushButton(self)
        self.cost_sheet_button = QPushButton(self)
        self.alerts = AlertsPanel(self)
        self.table = TableView(columns(), parent=self, export_name="products",
                               model_class=EditableFrameModel)
        for key in HIDDEN_BY_DEFAULT:
            self.table.set_column_visible(self._column(key), False)
        self.delegate = CellEditor(self._on_cell_edited, self._show_message, self.table.table)
        self.table.table.setItemDelegate(self.delegate)
        self.table.table.setEditTriggers(self.table.table.EditTrigger.DoubleClicked
                                         | self.table.table.EditTrigger.EditKeyPressed)
        self.detail = ProductDetail(runner, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 300])

        # the window's Edit → Undo / Ctrl+Z act on this stack while the page is on show
        # (views/edit_undo.py); these actions are the page's own, without shortcuts
        self.edits_stack = QUndoStack(self)
        self.undo_action = QAction(self)
        self.redo_action = QAction(self)
        self.undo_action.triggered.connect(self.edits_stack.undo)
        self.redo_action.triggered.connect(self.edits_stack.redo)
        for signal in (self.edits_stack.indexChanged, self.edits_stack.cleanChanged):
            signal.connect(self._update_undo_actions)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.note, 1)
        bar.addWidget(self.by_sku_button)
        bar.addWidget(self.by_product_button)
        bar.addSpacing(12)
        bar.addWidget(self.set_button)
        bar.addWidget(self.cost_sheet_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.addWidget(self.alerts)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.message.hide()

        self.by_product_button.toggled.connect(self._on_by_product_button_toggled)
        self.set_button.clicked.connect(self._on_set_button_clicked)
        self.cost_sheet_button.clicked.connect(self._on_cost_sheet_button_clicked)
        self.alerts.alert_chosen.connect(self._on_alerts_alert_chosen)
        self.table.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.add_to_campaign_action = QAction(self.table.table)  # in the rows' context menu
        self.add_to_campaign_action.triggered.connect(lambda: self.add_to_campaign_requested.emit(
            [(row["platform"], sku) for row in self.selected_rows()
             for sku in row["member_skus"]]))
        self.table.table.addAction(self.add_to_campaign_action)
        self.retranslate()
        self.set_writable(True)

    # -- what the tab asks ---------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Products")

    def retranslate(self) -> None:
        self.table.model.retitle(columns())
        self.by_sku_button.setText(self.tr("By SKU"))
        self.by_sku_button.setToolTip(self.tr("One row per SKU (商家编码)"))
        self.by_product_button.setText(self.tr("By product"))
        self.by_product_button.setToolTip(self.tr(
            "The SKUs of one product (the same 商品ID) added into one row"))
        self.set_button.setText(self.tr("Set…"))
        self.set_button.setToolTip(self.tr("Set the cost, safety stock, lead time, category "
                                           "or tags of the selected rows"))
        self.cost_sheet_button.setText(self.tr("Import cost sheet…"))
        self.cost_sheet_button.setToolTip(self.tr(
            "A CSV or Excel sheet with SKU codes and unit costs (成本): the costs are set "
            "as one edit you can undo"))
        self.add_to_campaign_action.setText(self.tr("Add to campaign"))
        self._update_undo_actions()

    def set_writable(self, writable: bool) -> None:
        """A shop opened read-only (in another window) cannot be edited."""
        self._writable = writable
        self.table.model.editable = writable
        for widget in (self.set_button, self.cost_sheet_button):
            widget.setEnabled(writable)
        if not writable:
            self.edits_stack.clear()
        self._update_undo_actions()

    @property
    def frame(self) -> pd.DataFrame | None:
        """The rows shown (after the alert filter), in frame order."""
        return self._shown

    def splitter_state(self) -> bytes:
        return bytes(self.splitter.saveState().data())

    def restore_splitter_state(self, state: bytes) -> bool:
        return self.splitter.restoreState(QByteArray(bytes(state)))

    def printable_html(self, title: str, limit: int = PRINT_ROWS) -> str:
        model = self.table.model
        shown = [c for c in self.table.visible_columns()
                 if model.columns[c].key in PRINT_COLUMNS]
        rows = np.arange(min(model.rowCount(), limit))
        note = ""
        if model.rowCount() > limit:
            note = self.tr("The first {0} of {1} rows.").format(limit, model.rowCount())
        return table_html(title, self.note.text(), [model.columns[c].title for c in shown],
                          [model.texts(c, rows, "-") for c in shown],
                          [model.columns[c].numeric for c in shown], note)

    # -- loading -------------------------------------------------------------------------
    def forget_edits(self) -> None:
        """Another shop, or this one changed under the edits (import, undo, restore): the
        undo history would write old values over new data."""
        self.edits_stack.clear()
        self._writes.clear()

    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        if shop_path != self._shop_path:
            self.forget_edits()
        self._shop_path, self._selection = shop_path, selection
        if shop_path is None:
            self._frames = None
            self._show()
            self.note.setText(self.tr("Open or create a shop, then import your exports."))
            self.detail.clear()
            return
        self._reload()

    def _reload(self) -> None:
        shop_path, selection = self._shop_path, self._selection
        if shop_path is None or selection is None:
            return

        def op(progress, cancel):
            return load_products(shop_path, selection)

        self.runner.start("tab:products", op, self._on_loaded, self._on_failed)

    def _on_loaded(self, frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
        self._frames = frames
        self.alerts.set_metrics(self._rows())
        self._show()
        self.loaded.emit(self.table.model.rowCount())

    def _on_failed(self, error: BaseException) -> None:
        self.note.setText(self.tr("Could not load: {0}").format(error_text(error)))

    def _show(self) -> None:
        if self._frames is None:
            self._shown = None
            self.table.set_frame(None)
            return
        rows = self._rows()
        frame = rows
        if self._flag:
            frame = rows[rows[self._flag].astype(bool)].reset_index(drop=True)
        self._shown = frame
        self.table.set_frame(frame)
        self.note.setText(self._describe(rows))

    def _rows(self) -> pd.DataFrame:
        """The SKU rows, or the product rows when By product is on."""
        return self._frames[1 if self.by_product_button.isChecked() else 0]

    def _describe(self, frame: pd.DataFrame) -> str:
        sold = int((frame["units"] > 0).sum()) if len(frame) else 0
        text = (self.tr("{products} products, {sold} sold in {period}")
                if self.by_product_button.isChecked()
                else self.tr("{products} SKUs, {sold} sold in {period}"))
        return text.format(products=count_text(len(frame)), sold=count_text(sold),
                           period=str(self._selection.period) if self._selection else "")

    def _column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.table.model.columns) if c.key == key)

    # -- choosing rows -------------------------------------------------------------------
    @Slot(bool)
    def _on_by_product_button_toggled(self, checked: bool) -> None:
        self.table.set_column_visible(self._column("sku_count"), checked)
        # a product's safety stock is its SKUs' sum: typed there, each SKU would get it all
        self.table.model.locked = PER_SKU_FIELDS if checked else frozenset()
        if self._frames is not None:
            self.alerts.set_metrics(self._rows())  # counts of the rows shown
        self._show()

    @Slot(str)
    def _on_alerts_alert_chosen(self, flag: str) -> None:
        self._flag = flag
        self._show()

    def _frame_row(self, view_row: int) -> pd.Series | None:
        if self._shown is None or not 0 <= view_row < self.table.model.rowCount():
            return None
        return self._shown.iloc[int(self.table.model.row_order()[view_row])]

    def selected_rows(self) -> list[pd.Series]:
        view_rows = sorted({i.row() for i in self.table.table.selectionModel().selectedIndexes()})
        return [row for r in view_rows if (row := self._frame_row(r)) is not None]

    def _on_current_row_changed(self, current, _previous) -> None:
        row = self._frame_row(current.row()) if current.isValid() else None
        if row is None or self._shop_path is None:
            self.detail.clear()
            return
        self.detail.show_product(self._shop_path, self._selection, row["platform"],
                                 list(row["member_skus"]))  # a product row: all its SKUs

    # -- editing -------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message_shown.emit(text)

    def _changes(self, rows: list[pd.Series], field: str, value) -> list[FieldChange]:
        return [FieldChange(row["platform"], sku, field, value)
                for row in rows for sku in row["member_skus"]]

    def _on_cell_edited(self, view_row: int, field: str, value) -> None:
        row = self._frame_row(view_row)
        if row is None or not self._writable:
            return
        text = self.tr("set {field} of {sku}").format(field=field_names()[field],
                                                      sku=row["sku"])
        self.submit(self._changes([row], field, value), text)

    def set_field(self, rows: list[pd.Series], field: str, value) -> None:
        """Set `field` of these rows (all SKUs of a product row) as one undoable edit."""
        if field in self.table.model.locked:
            self._show_message(self.tr("Safety stock is set per SKU: switch to By SKU."))
            return
        if rows and self._writable:
            text = self.tr("set {field} of {count} products").format(
                field=field_names()[field], count=len(rows))
            self.submit(self._changes(rows, field, value), text)

    @Slot()
    def _on_set_button_clicked(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self._show_message(self.tr("Select the rows to set first."))
            return
        dialog = SetFieldDialog(len(rows), self)
        if dialog.exec() and dialog.chosen is not None:
            self.set_field(rows, *dialog.chosen)

    @Slot()
    def _on_cost_sheet_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import cost sheet"), "",
            self.tr("Cost sheets (*.csv *.xlsx *.xls *.txt)"))
        if path:
            self.import_cost_sheet(Path(path))

    def import_cost_sheet(self, path: Path) -> None:
        if self._frames is None or not self._writable:
            return
        catalogue = self._frames[0][["platform", "sku"]].copy()

        def op(progress, cancel):
            sheet = read_cost_sheet(path)
            return sheet, match_costs(catalogue, sheet)

        self.runner.start("products-cost-sheet", op,
                          lambda result: self._on_cost_sheet_read(path, *result),
                          lambda error: self._show_message(error_text(error)))

    def _on_cost_sheet_read(self, path: Path, sheet, match) -> None:
        if not self._writable:
            return
        changes = [FieldChange(r.platform, r.sku, "cost_cents", int(r.cost_cents))
                   for r in match.costs.itertuples()]
        self._show_message(self.tr(
            "{file}: costs of {set} products set; {missing} codes not found among the "
            "products shown, {skipped} rows without a code or cost.").format(
                file=path.name, set=len(changes), missing=match.missing,
                skipped=sheet.skipped))
        if changes:
            self.submit(changes, self.tr("import the cost sheet {0}").format(path.name))

    def submit(self, changes: list[FieldChange], text: str | None) -> None:
        """Write `changes` after the writes before them; with `text`, push an undo command
        once written (undo and redo pass None: their command is on the stack already)."""
        self._writes.append((changes, text))
        self._next_write()

    def _next_write(self) -> None:
        if self._writing or not self._writes or self._shop_path is None:
            return
        changes, text = self._writes.pop(0)
        shop_path = self._shop_path
        self._writing = True
        self._write_count += 1

        def op(progress, cancel):
            return edit_products(shop_path, changes)

        self.runner.submit_write(f"products-edit:{self._write_count}", op,
                          lambda undo: self._on_written(changes, undo, text),
                          lambda error: self._on_write_failed(error, text),
                          cancellable=False)  # it commits anyway: its result must land

    def _on_written(self, changes, undo, text: str | None) -> None:
        self._writing = False
        if text is not None:
            self.edits_stack.push(EditCommand(text, changes, undo,
                                             lambda c: self.submit(c, None)))
        self.edits_saved.emit()
        if not self._writes:
            self._reload()
        self._next_write()

    def _on_write_failed(self, error: BaseException, text: str | None) -> None:
        self._writing = False
        self._show_message(self.tr("Not saved: {0}").format(error_text(error)))
        if text is None:  # an undo or redo: the stack moved, the file did not
            self.edits_stack.clear()
        self._next_write()

    def undo_stack(self) -> QUndoStack | None:
        return self.edits_stack

    def _update_undo_actions(self) -> None:
        stack, writable = self.edits_stack, self._writable
        self.undo_action.setEnabled(writable and stack.canUndo())
        self.redo_action.setEnabled(writable and stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo
                                 else self.tr("&Redo"))
