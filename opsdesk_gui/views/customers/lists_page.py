"""Re-activation lists: a rule builder (no purchase for N days, bought a product or
category, segments, tiers), a live count and the buyers it picks, saved lists in the
shop file (with undo), and the export for the platform's SMS/coupon tool: masked unless
the owner shows personal data for it, stamped with the as-of day and the shop's last
order day."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...models.customer_orders import buyer_products, with_buyer_details
from ...models.customer_rules import ListRule, assign_tiers, select_buyers
from ...models.customers import RfmSettings, customer_view, with_display_columns
from ...models.rfm import window_start
from ...models.segments import segment_codes
from ...store.customer_rules import delete_rule, read_rules, restore_rule, save_rule
from ..labels import count_text, platform_name
from ..shop_reading import read_only
from ..table import Column, TableView
from .names import approximate_column, approximate_texts, segment_name
from .page import CustomerPage, PageInput


class ListsPage(CustomerPage):
    key = "customer_lists"

    def __init__(self, runner, controls, parent=None) -> None:
        super().__init__(runner, controls, parent)
        self.replaced_saves: list = []  # (name, what the save or delete replaced)
        self.tier_names: tuple[str, ...] = ()
        self.days_spin = QSpinBox(self, minimum=0, maximum=3650, value=30)
        self.product_edit, self.category_edit = QLineEdit(self), QLineEdit(self)
        self.segment_list, self.tier_list = QListWidget(self), QListWidget(self)
        for widget in (self.segment_list, self.tier_list):
            widget.setMaximumHeight(52)
        self.saved_combo = QComboBox(self, editable=True, minimumWidth=220)
        self.save_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.undo_button = QPushButton(self)
        self.undo_button.setEnabled(False)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(6)]
        for label, widget in zip(self.form_labels, (self.days_spin, self.product_edit,
                                                    self.category_edit, self.segment_list,
                                                    self.tier_list), strict=False):
            self.form.addRow(label, widget)
        saved = QHBoxLayout()
        for widget in (self.saved_combo, self.save_button, self.delete_button,
                       self.undo_button):
            saved.addWidget(widget)
        saved.addStretch(1)
        self.form.addRow(self.form_labels[-1], saved)
        builder = QWidget(self)
        builder.setLayout(self.form)
        self.table = TableView(self.columns(), parent=self, export_name="reactivation")
        self.body.addWidget(builder)
        self.body.addWidget(self.table, 1)
        self.timer = QTimer(self, singleShot=True, interval=300)  # typing settles first
        self.timer.timeout.connect(self.reload)
        self.days_spin.valueChanged.connect(self.timer.start)
        self.product_edit.textChanged.connect(self.timer.start)
        self.category_edit.textChanged.connect(self.timer.start)
        self.segment_list.itemChanged.connect(self.timer.start)
        self.tier_list.itemChanged.connect(self.timer.start)
        self.saved_combo.activated.connect(self._on_saved_combo_activated)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.saved: dict[str, dict] = {}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Re-activation lists")

    def columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("buyer_text", self.tr("Buyer"), "id", personal="buyer_id"),
            Column("name", self.tr("Name"), personal="name"),
            Column("phone", self.tr("Phone"), personal="phone"),
            Column("province", self.tr("Province")),
            Column("last_text", self.tr("Last order"), "date"),
            Column("recency_days", self.tr("Days since last order"), "int"),
            Column("orders", self.tr("Orders in window"), "int"),
            Column("monetary_cents", self.tr("Paid in window"), "money"),
            Column("segment_name", self.tr("Segment")),
            Column("tier", self.tr("Member tier")),
            Column("as_of", self.tr("As of"), "date", self.tr("The day the list was made for")),
            Column("shop_last_order", self.tr("Last order in shop"), "date", self.tr(
                "The shop's last order day when the list was made: later orders are not in")),
            approximate_column(),
        ]

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.table.model.set_locale(QLocale())
        labels = [self.tr("No purchase for at least"), self.tr("Bought a product (SKU or "
                  "title contains)"), self.tr("Bought in category"), self.tr("Segment is any "
                  "of"), self.tr("Member tier is any of"), self.tr("Saved lists")]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.days_spin.setSuffix(self.tr(" days"))
        self.product_edit.setPlaceholderText(self.tr("any product"))
        self.category_edit.setPlaceholderText(self.tr("any category"))
        self.saved_combo.lineEdit().setPlaceholderText(self.tr("name of the list"))
        self.save_button.setText(self.tr("Save list"))
        self.delete_button.setText(self.tr("Delete list"))
        self.undo_button.setText(self.tr("Undo"))

    # -- the rule ----------------------------------------------------------------------
    def rule(self) -> ListRule:
        def checked(widget):
            return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(widget.count())
                         if widget.item(i).checkState() == Qt.CheckState.Checked)
        return ListRule(self.days_spin.value() or None, self.product_edit.text().strip(),
                        self.category_edit.text().strip(), checked(self.segment_list),
                        checked(self.tier_list))

    def set_rule(self, rule: ListRule) -> None:
        self.days_spin.setValue(rule.min_days or 0)
        self.product_edit.setText(rule.product)
        self.category_edit.setText(rule.category)
        for widget, chosen in ((self.segment_list, rule.segments),
                               (self.tier_list, rule.tiers)):
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked
                                   if item.data(Qt.ItemDataRole.UserRole) in chosen
                                   else Qt.CheckState.Unchecked)

    def _fill_choices(self, widget: QListWidget, codes, name) -> None:
        chosen = {widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                  if widget.item(i).checkState() == Qt.CheckState.Checked}
        widget.blockSignals(True)
        widget.clear()
        for code in codes:
            item = QListWidgetItem(name(code), widget)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code in chosen
                               else Qt.CheckState.Unchecked)
        widget.setFlow(QListWidget.Flow.LeftToRight)
        widget.setWrapping(True)
        widget.blockSignals(False)

    # -- loading -----------------------------------------------------------------------
    def refresh(self, shop_path, selection) -> None:
        if shop_path != self.shop_path:
            self.replaced_saves.clear()
            self.undo_button.setEnabled(False)
        super().refresh(shop_path, selection)

    def compute_args(self) -> tuple:
        return (self.rule(),)

    @staticmethod
    def compute(data: PageInput, progress, cancel, rule=None):
        with read_only(data.shop_path) as conn:
            saved = read_rules(conn, "list")
            bought = buyer_products(conn) if rule.needs_products else None
        if data.as_of is None:
            return data, saved, None
        settings = RfmSettings(data.as_of, window_start(data.as_of, data.window_days),
                               data.vocabulary, data.fixed_f, data.cutoffs)
        buyers = customer_view(data.orders, settings).buyers
        with read_only(data.shop_path) as conn:
            buyers = with_buyer_details(conn, data.orders, buyers)
        if bought is not None:
            bought = bought.loc[bought["day"] <= pd.Timestamp(data.as_of)]
        chosen = select_buyers(buyers, rule, assign_tiers(buyers, data.tiers), bought)
        return data, saved, with_display_columns(chosen)

    def clear(self) -> None:
        self.table.set_frame(None)

    def show_result(self, result) -> None:
        data, saved, chosen = result
        self.saved = saved
        self._fill_saved(saved)
        self._fill_choices(self.segment_list, segment_codes(data.vocabulary), segment_name)
        self.tier_names = tuple(t.name for t in data.tiers)
        self._fill_choices(self.tier_list, self.tier_names, str)
        if chosen is None:
            self.clear()
            self.note.setText(self.tr("No paid orders yet."))
            return
        frame = chosen
        frame["platform_name"] = frame["platform"].map(platform_name)
        frame["segment_name"] = frame["segment"].map(segment_name)
        frame["as_of"] = data.as_of.isoformat()
        frame["shop_last_order"] = data.last_order.isoformat()
        frame["approximate_text"] = approximate_texts(frame["approximate"], self.tr("Yes"))
        self.table.set_frame(frame)
        self.table.export_name = (f"reactivation_{self.saved_combo.currentText() or 'list'}"
                                  f"_{data.as_of.isoformat()}")
        self.note.setText(self.tr(
            "{count} buyers as of {as_of} (the shop's last order: {last}). Export keeps "
            "names and phones masked unless you press Show personal data first.").format(
            count=count_text(len(frame)), as_of=data.as_of.isoformat(),
            last=data.last_order.isoformat()))
        self.loaded.emit(len(frame))

    # -- saved lists -------------------------------------------------------------------
    def _fill_saved(self, saved: dict) -> None:
        current = self.saved_combo.currentText()
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItems(sorted(saved))
        self.saved_combo.setEditText(current)
        self.saved_combo.blockSignals(False)

    def _on_saved_combo_activated(self, _index: int) -> None:
        rule = self.saved.get(self.saved_combo.currentText())
        if rule is not None:
            self.set_rule(ListRule.from_json(rule))
            self.timer.start()

    def _on_save_button_clicked(self) -> None:
        name = self.saved_combo.currentText().strip()
        if not name or self.shop_path is None:
            self.note.setText(self.tr("Give the list a name to save it."))
            return
        rule = self.rule().to_json()
        self.write_rule(self.shop_path, lambda conn: save_rule(conn, "list", name, rule),
                        lambda replaced: self._on_written(name, replaced))

    def _on_delete_button_clicked(self) -> None:
        name = self.saved_combo.currentText().strip()
        if name not in self.saved or self.shop_path is None:
            return
        self.write_rule(self.shop_path, lambda conn: delete_rule(conn, "list", name),
                        lambda removed: self._on_written(name, removed))

    def _on_written(self, name: str, previous) -> None:
        self.replaced_saves.append((name, previous))
        self.undo_button.setEnabled(True)
        self.reload()

    def _on_undo_button_clicked(self) -> None:
        if not self.replaced_saves or self.shop_path is None:
            return
        name, previous = self.replaced_saves.pop()
        self.undo_button.setEnabled(bool(self.replaced_saves))
        self.write_rule(self.shop_path,
                        lambda conn: restore_rule(conn, "list", name, previous),
                        lambda _none: self.reload())
