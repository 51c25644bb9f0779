"""A/B test (测试): two versions of a detail page, their visitors and buyers typed in;
each conversion, the lift, the two-proportion z-test at the chosen confidence and a
verdict in words. Needs no shop: it works on what the operator types, as they type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...models.abtest import AbResult, AbTestError, ab_test
from ...models.period_presets import PeriodSelection
from ...reports.page_html import note_block, page_html, table_block
from ...tasks import TaskRunner
from ..messages import error_text
from ..table.model import grouping_locale

CONFIDENCES = (0.90, 0.95, 0.99)
MAX_COUNT = 2_000_000_000  # within QSpinBox's int range


class AbTestPage(QWidget):
    loaded = Signal(int)  # 0: the page has nothing to load
    key = "abtest"
    table = None  # nothing to export: the page is a calculator

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result: AbResult | None = None
        self.error: AbTestError | None = None
        self.names: list[QLineEdit] = []
        self.visitors: list[QSpinBox] = []
        self.buyers: list[QSpinBox] = []
        self.groups: list[QGroupBox] = []
        self.visitor_labels: list[QLabel] = []
        self.buyer_labels: list[QLabel] = []
        self.name_labels: list[QLabel] = []
        inputs = QHBoxLayout()
        for variant in ("A", "B"):
            inputs.addWidget(self._variant_box(variant))
        self.confidence = QComboBox(self)
        self.confidence_label = QLabel(self)
        inputs.addStretch(1)

        self.intro = QLabel(self, wordWrap=True)
        self.verdict = QLabel(self, wordWrap=True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.setStyleSheet("font-size: 13pt; font-weight: bold; padding: 8px 0;")
        self.figures = QGridLayout()
        self.figure_names: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        for row, code in enumerate(("conversion_a", "conversion_b", "difference", "lift",
                                    "interval", "p_value")):
            self.figure_names[code] = QLabel(self)
            self.figure_values[code] = QLabel(self)
            self.figure_values[code].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures.addWidget(self.figure_names[code], row, 0)
            self.figures.addWidget(self.figure_values[code], row, 1)
        self.figures.setColumnStretch(2, 1)
        self.figures.setHorizontalSpacing(24)

        settings = QHBoxLayout()
        settings.addWidget(self.confidence_label)
        settings.addWidget(self.confidence)
        settings.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.intro)
        layout.addLayout(inputs)
        layout.addLayout(settings)
        layout.addWidget(self.verdict)
        layout.addLayout(self.figures)
        layout.addStretch(1)
        self.retranslate()
        for box in (*self.visitors, *self.buyers):
            box.valueChanged.connect(self._on_input_changed)
        for edit in self.names:
            edit.textChanged.connect(self._on_input_changed)
        self.confidence.currentIndexChanged.connect(self._on_input_changed)

    def _variant_box(self, variant: str) -> QGroupBox:
        group = QGroupBox(self)
        form = QFormLayout(group)
        name = QLineEdit(self, placeholderText=variant, maxLength=40)
        visitors = QSpinBox(self, minimum=0, maximum=MAX_COUNT, groupSeparatorShown=True)
        buyers = QSpinBox(self, minimum=0, maximum=MAX_COUNT, groupSeparatorShown=True)
        labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(labels, (name, visitors, buyers), strict=True):
            form.addRow(label, field)
        for field in (visitors, buyers):
            field.setMinimumWidth(140)
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.groups.append(group)
        self.names.append(name)
        self.visitors.append(visitors)
        self.buyers.append(buyers)
        self.name_labels.append(labels[0])
        self.visitor_labels.append(labels[1])
        self.buyer_labels.append(labels[2])
        return group

    def title(self) -> str:
        return self.tr("A/B test")

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Two versions of a detail page (main picture, title, price …) shown to separate "
            "visitors: type each version's visitors (访客数) and buyers (支付买家数) to see "
            "whether the difference in conversion is more than chance."))
        for group, variant in zip(self.groups, ("A", "B"), strict=True):
            group.setTitle(self.tr("Version {0}").format(variant))
        for label in self.name_labels:
            label.setText(self.tr("Name"))
        for label in self.visitor_labels:
            label.setText(self.tr("Visitors (访客数)"))
        for label in self.buyer_labels:
            label.setText(self.tr("Buyers (支付买家数)"))
        self.confidence_label.setText(self.tr("Confidence level"))
        current = max(self.confidence.currentIndex(), CONFIDENCES.index(0.95))
        self.confidence.blockSignals(True)
        self.confidence.clear()
        for level in CONFIDENCES:
            self.confidence.addItem(self._percent(level, 0), level)
        self.confidence.setCurrentIndex(current)
        self.confidence.blockSignals(False)
        self.calculate()

    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        """The test needs no shop: nothing to load."""
        self.loaded.emit(0)

    def _on_input_changed(self, *_args) -> None:
        self.calculate()

    # -- the test ----------------------------------------------------------------------
    def variant_names(self) -> tuple[str, str]:
        return tuple(edit.text().strip() or variant
                     for edit, variant in zip(self.names, ("A", "B"), strict=True))

    def calculate(self) -> None:
        level = self.confidence.currentData() or 0.95
        try:
            self.result = ab_test(self.visitors[0].value(), self.buyers[0].value(),
                                  self.visitors[1].value(), self.buyers[1].value(), level)
            self.error = None
        except AbTestError as error:
            self.result, self.error = None, error
        self._show()

    def _show(self) -> None:
        a, b = self.variant_names()
        names = {
            "conversion_a": self.tr("Conversion of {0} (支付转化率)").format(a),
            "conversion_b": self.tr("Conversion of {0} (支付转化率)").format(b),
            "difference": self.tr("Absolute lift ({0} − {1})").format(b, a),
            "lift": self.tr("Relative lift ({0} ÷ {1} − 1)").format(b, a),
            "interval": self.tr("{0} confidence interval of the absolute lift").format(
                self._percent(self.confidence.currentData() or 0.95, 0)),
            "p_value": self.tr("p-value (two-proportion z-test)"),
        }
        if self.result is not None and self.result.method == "fisher":
            names["p_value"] = self.tr("p-value (Fisher's exact test: the sample is too "
                                       "small for the z-test's normal approximation)")
        for code, text in names.items():
            self.figure_names[code].setText(text)
        values = self.figure_texts()
        for code, label in self.figure_values.items():
            label.setText(values[code])
        self.verdict.setText(self.verdict_text())

    def figure_texts(self) -> dict[str, str]:
        r = self.result
        if r is None:
            return dict.fromkeys(self.figure_values, "-")
        interval = "-"
        if r.ci_low is not None:
            interval = f"{self._points(r.ci_low)} … {self._points(r.ci_high)}"
        return {
            "conversion_a": self._percent(r.conversion_a, 2),
            "conversion_b": self._percent(r.conversion_b, 2),
            "difference": self._points(r.difference),
            "lift": self._signed_percent(r.lift),
            "interval": interval,
            "p_value": "-" if r.p_value is None else QLocale().toString(r.p_value, "f", 4),
        }

    def verdict_text(self) -> str:
        if self.error is not None:
            return error_text(self.error)
        r = self.result
        a, b = self.variant_names()
        if r is None or r.conversion_a is None or r.conversion_b is None:
            return self.tr("Not enough data yet: type the visitors of both versions.")
        level = self._percent(r.confidence, 0)
        if r.significant:
            if r.lift is None:  # A converts nobody: a relative lift has no meaning
                return self.tr("{0} converts {1} better than {2}; significant at {3}.").format(
                    b, self._points(r.difference), a, level)
            if r.lift > 0:
                return self.tr("{0} converts {1} better than {2}; significant at {3}.").format(
                    b, self._percent(r.lift, 1), a, level)
            return self.tr("{0} converts {1} worse than {2}; significant at {3}.").format(
                b, self._percent(-r.lift, 1), a, level)
        if r.difference == 0:
            return self.tr("No difference between {0} and {1}.").format(a, b)
        return self.tr("Not enough data yet: the difference is not significant at {0} "
                       "(it may be chance). Keep the test running.").format(level)

    # -- formatting ----------------------------------------------------------------------
    @staticmethod
    def _percent(value: float | None, decimals: int) -> str:
        if value is None:
            return "-"
        locale = grouping_locale(QLocale())
        return locale.toString(value * 100, "f", decimals) + locale.percent()

    def _signed_percent(self, value: float | None) -> str:
        if value is None:
            return "-"
        return ("+" if value > 0 else "") + self._percent(value, 1)

    def _points(self, value: float | None) -> str:
        """A difference of two rates, in percentage points."""
        if value is None:
            return "-"
        sign = "+" if value > 0 else ""
        return self.tr("{0} pp").format(sign + QLocale().toString(value * 100, "f", 2))

    def printable_html(self, title: str) -> str:
        a, b = self.variant_names()
        rows = [
            (self.tr("Visitors (访客数)"), a, QLocale().toString(self.visitors[0].value())),
            (self.tr("Buyers (支付买家数)"), a, QLocale().toString(self.buyers[0].value())),
            (self.tr("Visitors (访客数)"), b, QLocale().toString(self.visitors[1].value())),
            (self.tr("Buyers (支付买家数)"), b, QLocale().toString(self.buyers[1].value())),
        ]
        values = self.figure_texts()
        rows += [(self.figure_names[c].text(), "", values[c]) for c in self.figure_values]
        headers = [self.tr("Figure"), self.tr("Version"), self.tr("Value")]
        columns = [[row[i] for row in rows] for i in range(3)]
        return page_html(title, self.intro.text(), [
            table_block("", headers, columns, [False, False, True]),
            note_block(self.verdict_text())])
