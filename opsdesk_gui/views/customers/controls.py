"""The Customers tab's settings strip: the as-of day, the window, the segment vocabulary and
how F is scored. Until the owner picks a day, the as-of day follows the shop's last order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from ...models.rfm import DEFAULT_WINDOW_DAYS, Cutoffs


class CustomerControls(QWidget):
    changed = Signal()  # the owner changed a setting: the shown page reloads

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picked_as_of: date | None = None  # None: the shop's last order day
        self.cutoffs: Cutoffs | None = None  # as edited on the RFM page; None: quintiles
        # the last lifetime-value fit's predictions (a frame by buyer key), for the Buyers
        # page; None until the Lifetime value page has fitted this shop and platform
        self.predictions = None
        self.as_of_label, self.window_label = QLabel(self), QLabel(self)
        self.segments_label, self.f_label = QLabel(self), QLabel(self)
        self.as_of_edit = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.window_spin = QSpinBox(self, minimum=7, maximum=3650, value=DEFAULT_WINDOW_DAYS)
        self.vocabulary_combo = QComboBox(self)
        self.f_combo = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 0)
        for widget in (self.as_of_label, self.as_of_edit, self.window_label, self.window_spin,
                       self.segments_label, self.vocabulary_combo, self.f_label, self.f_combo):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()
        self.as_of_edit.dateChanged.connect(self._on_as_of_edit_date_changed)
        self.window_spin.editingFinished.connect(self.changed)
        self.vocabulary_combo.currentIndexChanged.connect(self.changed)
        self.f_combo.currentIndexChanged.connect(self._on_f_combo_current_index_changed)

    def retranslate(self) -> None:
        self.as_of_label.setText(self.tr("As of"))
        self.as_of_edit.setToolTip(self.tr(
            "The day the analysis is made on (default: the shop's last order day)"))
        self.window_label.setText(self.tr("Window"))
        self.window_spin.setSuffix(self.tr(" days"))
        self.window_spin.setToolTip(self.tr(
            "F and M count the paid orders of this many days, ending on the as-of day"))
        self.segments_label.setText(self.tr("Segments"))
        self.f_label.setText(self.tr("F scores"))
        for combo, items in (
                (self.vocabulary_combo, [(self.tr("Chinese eight types (八类客户)"), "cn8"),
                                         (self.tr("R × FM grid (Shopify's groups)"), "grid11")]),
                (self.f_combo, [(self.tr("Quintiles"), False),
                                (self.tr("Fixed: 1 / 2 / 3–4 / 5+ orders"), True)])):
            index = max(combo.currentIndex(), 0)
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    @property
    def window_days(self) -> int:
        return self.window_spin.value()

    @property
    def vocabulary(self) -> str:
        return self.vocabulary_combo.currentData()

    @property
    def fixed_f(self) -> bool:
        return bool(self.f_combo.currentData())

    def show_as_of(self, day: date | None) -> None:
        """The day a page computed with, shown without counting as the owner's pick."""
        if day is None:
            return
        self.as_of_edit.blockSignals(True)
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))
        self.as_of_edit.blockSignals(False)

    def forget_as_of(self) -> None:
        """Another shop or platform: follow its last order day again."""
        self.picked_as_of = None

    def set_settings(self, settings) -> None:
        """Start from the owner's saved choices and save every change (settings.Settings)."""
        for combo, value in ((self.vocabulary_combo, settings.customer_segments),
                             (self.f_combo, settings.customer_fixed_f)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

        def save() -> None:
            settings.customer_segments = self.vocabulary
            settings.customer_fixed_f = self.fixed_f

        self.changed.connect(save)

    def set_cutoffs(self, cutoffs: Cutoffs | None) -> None:
        self.cutoffs = cutoffs
        self.changed.emit()

    @Slot(int)
    def _on_f_combo_current_index_changed(self, _index: int) -> None:
        self.cutoffs = None  # the other way of scoring F starts from its own cut-offs
        self.changed.emit()

    @Slot(QDate)
    def _on_as_of_edit_date_changed(self, value: QDate) -> None:
        self.picked_as_of = date(value.year(), value.month(), value.day())
        self.changed.emit()
