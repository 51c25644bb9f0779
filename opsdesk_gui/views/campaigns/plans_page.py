"""Plans (活动策划): the shop's campaign plans on the left, the chosen plan's fields,
products and task timeline on the right. Every change is saved in a worker and can be
undone (the tab's undo stack, views/campaigns/editing.py)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.campaigns.plan import CampaignPlan
from ...models.campaigns.timeline import default_tasks, moved_tasks, tasks_of
from ...printed.campaign_texts import translate
from ...reports.table_html import table_html
from ...tasks import TaskRunner
from ..listing_tab import shown_table
from ..messages import error_text
from ..table import Column, TableView
from .editing import PlanEditor
from .frames import plans_frame
from .plan_form import FormError, PlanForm
from .plan_tables import ProductsTable, TasksTable
from .sheet_mapping import SheetImport
from .unsaved import ask_unsaved


class PlansPage(QWidget):
    key = "campaign_plans"
    loaded = Signal(int)
    plan_chosen = Signal(object)  # the CampaignPlan shown (None: none)
    plan_drafted = Signal(object)  # the plan with the changes typed, not saved yet (what-if)

    def __init__(
        self, runner: TaskRunner, editor: PlanEditor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner, self.editor = runner, editor
        self.plans: list[CampaignPlan] = []
        self.catalogue: dict = {}
        self.current: CampaignPlan | None = None
        self._choose_id: int | None = None
        self._pending_id: int | None = None  # the plan to show once an edit is saved
        self.table = TableView(self.columns(), parent=self, export_name="campaigns")
        self.table.table.setSortingEnabled(False)
        self.form = PlanForm(self)
        self.products = ProductsTable(self)
        self.tasks = TasksTable(self)
        self.parts = QTabWidget(self)
        scroll = QScrollArea(self, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)  # the form keeps its size in a small window
        self.parts.addTab(scroll, "")
        self.parts.addTab(self.products, "")
        self.parts.addTab(self.tasks, "")
        self.note = QLabel(self, wordWrap=True)
        self.message = QLabel(self, wordWrap=True)
        self.message.setStyleSheet("color: #c53030;")
        self.buttons = {
            key: QPushButton(self)
            for key in ("new", "delete", "save", "sheet", "remove", "undo", "redo")
        }
        bar = QHBoxLayout()
        for key in ("new", "delete", "save", "sheet", "remove"):
            bar.addWidget(self.buttons[key])
        bar.addStretch(1)
        bar.addWidget(self.buttons["undo"])
        bar.addWidget(self.buttons["redo"])
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.parts, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([430, 930])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

        self.table.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.buttons["new"].clicked.connect(self.new_plan)
        self.buttons["delete"].clicked.connect(self._on_delete_clicked)
        self.buttons["save"].clicked.connect(self.save_form)
        self.buttons["sheet"].clicked.connect(self._on_sheet_clicked)
        self.buttons["remove"].clicked.connect(self._on_remove_clicked)
        self.buttons["undo"].clicked.connect(editor.stack.undo)
        self.buttons["redo"].clicked.connect(editor.stack.redo)
        editor.stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        editor.stack.canRedoChanged.connect(self.buttons["redo"].setEnabled)
        editor.saved.connect(self._on_editor_saved)
        editor.failed.connect(self._on_editor_failed)
        for part in (self.form, self.products, self.tasks):
            signal = getattr(part, "changed", None) or part.edited
            signal.connect(self._on_part_edited)
        self._shop_path: Path | None = None
        self._writable = True
        self._dirty = False
        self._loading = False
        self.retranslate()
        self._show_plan(None)

    def columns(self) -> list[Column]:
        return [
            Column("name", translate("Campaigns", "Campaign")),
            Column("platform", translate("Campaigns", "Platform")),
            Column("registration", translate("Campaigns", "Registration deadline"), "date"),
            Column("start", translate("Campaigns", "Starts"), "date"),
            Column("end", translate("Campaigns", "Ends"), "date"),
            Column("status", translate("Campaigns", "Status")),
            Column("products", translate("Campaigns", "Products"), "int"),
            Column("target", translate("Campaigns", "GMV target"), "money"),
        ]

    def title(self) -> str:
        return translate("Campaigns", "Plans")

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.form.retranslate()
        self.products.retranslate()
        self.tasks.retranslate()
        for index, text in enumerate((translate("Campaigns", "Plan"),
                                      translate("Campaigns", "Products"),
                                      translate("Campaigns", "Timeline"))):
            self.parts.setTabText(index, text)
        texts = {
            "new": translate("Campaigns", "New plan"),
            "delete": translate("Campaigns", "Delete plan"),
            "save": translate("Campaigns", "Save changes"),
            "sheet": translate("Campaigns", "Import registration sheet…"),
            "remove": translate("Campaigns", "Remove products"),
            "undo": translate("Campaigns", "Undo"),
            "redo": translate("Campaigns", "Redo"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.buttons["sheet"].setToolTip(translate(
            "Campaigns", "The platform's registration sheet (CSV/XLSX with 商品ID or 商家编码, "
            "活动价, 活动库存)"))

    def undo_stack(self) -> QUndoStack:
        """The plans' edits, for the window's Edit → Undo / Ctrl+Z."""
        return self.editor.stack

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.buttons["new"].setEnabled(writable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self._writable and self._shop_path is not None
        for key in ("delete", "sheet", "remove"):
            self.buttons[key].setEnabled(writable and self.current is not None)
        self._set_dirty(False)
        self.buttons["new"].setEnabled(writable)

    def _set_dirty(self, dirty: bool) -> None:
        """Whether the form holds changes not saved (nor being saved) yet."""
        self._dirty = dirty and self.current is not None and self._writable
        self.buttons["save"].setEnabled(self._dirty)

    def printable_html(self, title: str) -> str:
        return table_html(title, self.note.text(), *shown_table(self.table))

    # -- loading -------------------------------------------------------------------
    def refresh(self, shop_path: Path | None, selection=None) -> None:
        self._shop_path = shop_path
        self.editor.shop_path = shop_path
        if shop_path is None:
            self.plans, self.catalogue = [], {}
            self.table.set_frame(None)
            self.note.setText(
                translate("Campaigns", "Open or create a shop, then plan a campaign.")
            )
            self._show_plan(None)
            return
        self.runner.start(
            "tab:campaign_plans",
            lambda progress, cancel: self.editor.load(shop_path),
            self._on_loaded,
            lambda error: self.note.setText(error_text(error)),
        )

    def _on_loaded(self, result) -> None:
        self.plans, self.catalogue, platforms = result
        self.form.set_platforms(platforms)
        self.table.set_frame(plans_frame(self.plans, date.today()))
        self.note.setText(
            translate(
                "Campaigns",
                "{0} campaign plans. Choose one to edit it, check it on the "
                "Checklist page, work out its prices on the Promotion maths "
                "page.",
            ).format(len(self.plans))
        )
        wanted = (
            self._choose_id
            if self._choose_id is not None
            else (self.current.id if self.current else None)
        )
        row = next((i for i, p in enumerate(self.plans) if p.id == wanted), 0)
        self._choose_id = None
        if self.plans:
            # the same plan with changes typed and not saved: they stay on screen
            keep = (
                self._dirty and self.current is not None and self.plans[row].id == self.current.id
            )
            self._loading = True  # choosing the row is no switch of plans
            self.table.table.selectRow(row)
            self._loading = False
            if keep:
                self.current = self.plans[row]
            else:
                self._show_plan(self.plans[row])
        else:
            self._show_plan(None)
        self.loaded.emit(len(self.plans))

    def _on_row_changed(self, current, previous) -> None:
        if self._loading or not current.isValid() or current.row() >= len(self.plans):
            return
        chosen = self.plans[current.row()]
        if self._dirty:
            # changes typed and not saved: Save (undoable) then show the plan chosen,
            # Discard, or Cancel (stay, as with a change that does not read)
            answer = ask_unsaved(self, self.current.name)
            edited = self._readable_edit() if answer == "save" else None
            if answer == "cancel" or (answer == "save" and edited is None):
                self.table.table.selectionModel().blockSignals(True)
                self.table.table.setCurrentIndex(previous)
                self.table.table.selectionModel().blockSignals(False)
                return
            if answer == "save" and edited != self.current:
                self._pending_id = chosen.id
                self._save(edited)
                return
        self._show_plan(chosen)

    def confirm_leave(self) -> bool:
        """Before the plan shown goes (another shop, the window closes): False to stay."""
        if not self._dirty:
            return True
        answer = ask_unsaved(self, self.current.name)
        if answer == "save":
            if (edited := self._readable_edit()) is None:
                return False
            self._save(edited)
        elif answer == "discard":
            self._show_plan(self.current)
        return answer != "cancel"

    def _readable_edit(self) -> CampaignPlan | None:
        """The plan with the changes typed (None: one does not read, and says why)."""
        try:
            return self._with_tasks(self.edited_plan())
        except FormError as error:  # kept on screen until they read
            self.message.setText(str(error))
            return None

    def _show_plan(self, plan: CampaignPlan | None) -> None:
        self.current = plan
        self.message.clear()
        self.parts.setEnabled(plan is not None)
        if plan is not None:
            self.form.set_plan(plan)
            self.products.set_products(plan.products, self.catalogue)
            self.tasks.set_tasks(tasks_of(plan))
        else:
            self.products.set_products([], {})
            self.tasks.set_tasks([])
        self._update_buttons()
        self.plan_chosen.emit(plan)

    # -- editing -------------------------------------------------------------------
    def edited_plan(self) -> CampaignPlan:
        plan = self.form.read(self.current)
        return replace(plan, products=self.products.read(), tasks=self.tasks.read())

    def _on_part_edited(self, *_args) -> None:
        """Something typed: Save is offered, and the checklist follows the draft."""
        self._set_dirty(True)
        if self.current is not None:
            # a field that does not read yet: Save names it; the checklist keeps its draft
            with suppress(FormError):
                self.plan_drafted.emit(self.edited_plan())

    def _with_tasks(self, plan: CampaignPlan) -> CampaignPlan:
        """A new registration deadline moves the timeline."""
        if not plan.tasks or plan.registration_deadline != self.current.registration_deadline:
            return replace(plan, tasks=moved_tasks(plan, self.current))
        return plan

    def save_form(self) -> None:
        if self.current is not None and (plan := self._readable_edit()) is not None:
            self._save(plan)

    def _save(self, plan: CampaignPlan) -> None:
        self.message.clear()
        self._set_dirty(False)  # being saved: the reload that follows must not save again
        self.editor.change(self.current, plan, translate("Campaigns", "Edit {0}").format(plan.name))

    def new_plan(self, fields: dict | None = None) -> None:
        today = date.today().isoformat()
        plan = CampaignPlan(
            **(
                fields
                or {"name": translate("Campaigns", "New campaign"), "start": today, "end": today}
            )
        )
        self.editor.create(
            replace(plan, tasks=default_tasks(plan)), translate("Campaigns", "New plan")
        )

    def _base(self) -> CampaignPlan:
        """What an edit of the plan shown builds on: the changes typed, when they read
        (saved with it: nothing typed is dropped), else the plan as saved."""
        if self._dirty:
            with suppress(FormError):
                plan = self._with_tasks(self.edited_plan())
                self._set_dirty(False)
                return plan
        return self.current

    def add_products(self, products) -> None:
        """Add products (PlanProducts) to the plan shown, keeping the ones it has."""
        if self.current is not None:
            self.editor.change(
                self.current,
                self._base().with_products(products),
                translate("Campaigns", "Add products to {0}").format(self.current.name),
            )

    def _on_delete_clicked(self) -> None:
        if self.current is not None:
            self.editor.delete(
                self.current, translate("Campaigns", "Delete {0}").format(self.current.name)
            )

    def _on_remove_clicked(self) -> None:
        keys = set(self.products.selected_keys())
        if self.current is not None and keys:
            base = self._base()
            kept = tuple(p for p in base.products if (p.platform, p.sku) not in keys)
            self.editor.change(
                self.current,
                replace(base, products=kept),
                translate("Campaigns", "Remove products from {0}").format(self.current.name),
            )

    def _on_sheet_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Campaigns", "Registration sheet"),
            "",
            translate("Campaigns", "Sheets (*.csv *.xlsx *.xls)"),
        )
        if path and self.current is not None:
            self.import_sheet(Path(path))

    def import_sheet(self, path: Path) -> None:
        """The sheet's products join the plan shown (views/campaigns/sheet_mapping.py)."""
        platforms = self.form_platforms()
        if self.current.platform is None and len(platforms) > 1:
            self.message.setText(
                translate(
                    "Campaigns",
                    "A registration sheet is for one platform: choose the plan's platform first.",
                )
            )
            return
        self.sheet_import = SheetImport(
            self, self.runner, self.editor, path, self.current.platform or platforms[0]
        )
        self.sheet_import.read_sheet.connect(self.add_products)
        self.sheet_import.failed.connect(self.message.setText)
        self.sheet_import.start()

    def form_platforms(self) -> list[str]:
        return [self.form.platform.itemData(i) for i in range(1, self.form.platform.count())]

    def _on_editor_failed(self, text: str) -> None:
        self.message.setText(text)
        self._pending_id = None
        self._set_dirty(True)  # what was typed is still on screen, not saved

    def _on_editor_saved(self, plan_id) -> None:
        pending, self._pending_id = self._pending_id, None
        self._choose_id = pending if pending is not None else plan_id
        self.refresh(self._shop_path)
