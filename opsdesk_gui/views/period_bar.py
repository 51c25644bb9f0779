"""The period bar shared by the tabs: a preset or custom dates, the comparison, and the
platform when the shop holds several."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ..models.period_presets import COMPARISONS, PRESETS, PeriodSelection, preset_period
from ..models.periods import Period
from .labels import comparison_name, period_preset_name, platform_name

CUSTOM = "custom"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodBar(QWidget):
    selection_changed = Signal(object)  # PeriodSelection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._anchor = date.today()
        self.preset = QComboBox(self)
        self.start = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.comparison = QComboBox(self)
        self.platform = QComboBox(self)
        self._to_label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        for widget in (self.preset, self.start, self._to_label, self.end, self.comparison,
                       self.platform):
            layout.addWidget(widget)
        layout.addStretch(1)
        for code in (*PRESETS, CUSTOM):
            self.preset.addItem("", code)
        for code in COMPARISONS:
            self.comparison.addItem("", code)
        self.platform.addItem("", None)
        self.platform.setVisible(False)
        self.retranslate()
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        for widget in (self.comparison, self.platform):
            widget.currentIndexChanged.connect(self._emit)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._on_date_edited)
        self.set_preset("last_30_days")

    def retranslate(self) -> None:
        for i in range(self.preset.count()):
            self.preset.setItemText(i, period_preset_name(self.preset.itemData(i)))
        for i in range(self.comparison.count()):
            self.comparison.setItemText(i, comparison_name(self.comparison.itemData(i)))
        for i in range(self.platform.count()):
            code = self.platform.itemData(i)
            self.platform.setItemText(i, platform_name(code) if code else self.tr("All platforms"))
        self._to_label.setText(self.tr("to"))

    # -- what the main window sets ------------------------------------------------
    def set_anchor(self, anchor: date) -> None:
        """The day presets are counted back from (the last day the data covers)."""
        self._anchor = anchor
        self._on_preset_changed()

    def set_platforms(self, platforms: list[str]) -> None:
        current = self.platform.currentData()
        self.platform.blockSignals(True)
        while self.platform.count() > 1:
            self.platform.removeItem(1)
        for code in platforms:
            self.platform.addItem(platform_name(code), code)
        index = self.platform.findData(current)
        self.platform.setCurrentIndex(max(index, 0))
        self.platform.blockSignals(False)
        self.platform.setVisible(len(platforms) > 1)

    def set_preset(self, code: str) -> None:
        index = self.preset.findData(code)
        self.preset.setCurrentIndex(index if index >= 0 else self.preset.findData(
            "last_30_days"))
        self._on_preset_changed()

    def set_comparison(self, mode: str) -> None:
        self.comparison.setCurrentIndex(max(self.comparison.findData(mode), 0))

    def selection(self) -> PeriodSelection:
        period = Period(_pydate(self.start.date()), _pydate(self.end.date()))
        return PeriodSelection(period, self.comparison.currentData(),
                               self.platform.currentData())

    # -- reacting -----------------------------------------------------------------
    @Slot()
    def _on_preset_changed(self) -> None:
        code = self.preset.currentData()
        custom = code == CUSTOM
        for edit in (self.start, self.end):
            edit.setEnabled(custom)
        if not custom:
            period = preset_period(code, self._anchor)
            for edit, day in ((self.start, period.start), (self.end, period.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self._emit()

    @Slot()
    def _on_date_edited(self) -> None:
        if self.end.date() < self.start.date():
            self.end.setDate(self.start.date())
            return
        self._emit()

    @Slot()
    def _emit(self) -> None:
        self.selection_changed.emit(self.selection())
