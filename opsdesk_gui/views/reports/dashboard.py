"""The Reports tab's dashboard (数据监控), the operator's morning look: KPI cards on top,
the trend chart, then the funnel, "why did GMV change?" and the unusual days side by
side. Every figure comes from models/dashboard.compute_dashboard, loaded in one worker
op; the trend chart (pyqtgraph, slow to import) is built with the first figures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...models.dashboard import Dashboard, compute_dashboard, dashboard_trends
from ...models.period_presets import PeriodSelection
from ...reports.page_html import image_block, note_block, page_html, table_block
from ...tasks import TaskRunner
from ..labels import platform_name
from ..messages import error_text
from ..shop_reading import fresh_cache_connection
from .funnel_view import FunnelView
from .kpi_cards import CARDS, KpiCards, change_of
from .kpi_table import change_text, format_metric, metric_names, metric_value, scope_notes
from .printable import CHART_WIDTH, widget_png
from .unusual_days import UnusualDays
from .waterfall import GmvWaterfall


class DashboardPage(QWidget):
    key = "dashboard"
    loaded = Signal(int)
    table = None  # nothing to export as a table: File > Export table… is off here

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result: Dashboard | None = None
        self._pending: Dashboard | None = None  # figures whose chart is not drawn yet
        self.chart = None  # TrendChart, built with the first figures
        self._shop_path: Path | None = None
        self._selection: PeriodSelection | None = None
        self.note = QLabel(self, wordWrap=True)
        self.note.setStyleSheet("color: palette(dark);")
        self.currency = QComboBox(self)
        self.currency.hide()
        self.currency.activated.connect(self._on_currency_activated)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.currency)
        self.cards = KpiCards(self)
        self.chart_box = QWidget(self)
        self.chart_box.setMinimumHeight(220)
        self.chart_box.setLayout(QVBoxLayout())
        self.chart_box.layout().setContentsMargins(0, 0, 0, 0)
        self.funnel = FunnelView(self)
        self.waterfall = GmvWaterfall(self)
        self.unusual = UnusualDays(self)
        self.unusual.day_selected.connect(self._on_unusual_day_selected)
        self.boxes = [QGroupBox(self) for _ in range(3)]
        bottom = QHBoxLayout()
        for box, widget, stretch in zip(self.boxes, (self.funnel, self.waterfall,
                                                     self.unusual), (4, 4, 4), strict=True):
            QVBoxLayout(box).addWidget(widget)
            box.layout().setContentsMargins(6, 6, 6, 6)
            bottom.addWidget(box, stretch)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(10, 6, 10, 10)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.cards)
        column.addWidget(self.chart_box, 1)
        column.addLayout(bottom)
        scroll = QScrollArea(self, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        titles = (self.tr("Funnel: visitors → cart → order → paid"),
                  self.tr("Why did GMV change?"), self.tr("Unusual days"))
        for box, text in zip(self.boxes, titles, strict=True):
            box.setTitle(text)
        self.cards.retranslate()
        self.unusual.retranslate()
        if self.chart is not None:
            self.chart.retranslate()
        self.funnel.update()
        self.waterfall.update()

    # -- loading ---------------------------------------------------------------------
    def refresh(self, shop_path: Path | None, selection: PeriodSelection,
                currency: str | None = None) -> None:
        self._shop_path, self._selection = shop_path, selection
        if shop_path is None:
            self.result = None
            self.note.setText(self.tr("Open or create a shop, then import your exports."))
            return

        first = self.chart is None
        grain = "day" if first else self.chart.grain_code()

        def op(progress, cancel):
            if first:  # ~0.4 s of imports, here rather than on the GUI thread
                import pyqtgraph  # noqa: F401

            with fresh_cache_connection(shop_path) as conn:
                return compute_dashboard(conn, selection.period, selection.comparison,
                                         selection.platform, currency, grains=(grain,))

        self.runner.cancel("reports:dashboard-grain")
        self.runner.start("reports:dashboard", op, self._on_loaded, self._on_failed)

    @Slot(str)
    def _on_grain_requested(self, grain: str) -> None:
        shown, shop_path = self.result, self._shop_path
        if shown is None or shop_path is None or grain in shown.trends:
            return

        def op(progress, cancel):
            with fresh_cache_connection(shop_path) as conn:
                return dashboard_trends(conn, shown.period, shown.base, shown.platform,
                                        shown.currency, grain)

        def on_done(trends) -> None:
            if self.result is shown and self.chart is not None:  # not a newer selection
                shown.trends[grain] = trends
                self.chart.add_trends(trends)

        self.runner.start("reports:dashboard-grain", op, on_done, self._on_failed)

    @Slot(int)
    def _on_currency_activated(self, index: int) -> None:
        self.refresh(self._shop_path, self._selection, self.currency.itemData(index))

    def _on_loaded(self, result: Dashboard) -> None:
        """The cards and boxes now, the chart in the next turn of the event loop: two
        shorter repaints keep the GUI thread free (each under 50 ms on a year of days)."""
        self._pending = result
        comparison = result.comparison
        self.cards.show_figures(comparison, result.cards)
        self._show_currencies(result)
        self.note.setText(self.describe(result))
        self.funnel.set_funnel(result.funnel)
        self.waterfall.set_bridge(result.bridge, comparison)
        self.unusual.set_days(result.anomalies, result.unjudged)
        QTimer.singleShot(0, lambda: self._show_trends(result))

    def _show_trends(self, result: Dashboard) -> None:
        if self._pending is not result:  # a newer selection arrived meanwhile
            return
        self.result = result
        if self.chart is None:
            from .trend_chart import TrendChart  # pyqtgraph: imported by the worker

            self.chart = TrendChart(self.chart_box)
            self.chart.grain_requested.connect(self._on_grain_requested)
            self.chart_box.layout().addWidget(self.chart)
        self.chart.set_trends(result.trends, result.anomalies)
        self.loaded.emit(len(result.anomalies))

    def _on_failed(self, error: BaseException) -> None:
        self.note.setText(self.tr("Could not load: {0}").format(error_text(error)))

    def _show_currencies(self, result: Dashboard) -> None:
        self.currency.clear()
        for code in result.currencies:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(self.currency.findData(result.currency))
        self.currency.setVisible(len(result.currencies) > 1)

    def describe(self, result: Dashboard) -> str:
        platform = (platform_name(result.platform) if result.platform
                    else self.tr("all platforms"))
        text = self.tr("{period} against {base} · {platform} · in {currency}").format(
            period=str(result.period), base=str(result.base), platform=platform,
            currency=result.currency)
        if len(result.currencies) > 1:
            text += "\n" + self.tr("The shop also sold in {0}: choose the currency on the "
                                   "right (currencies are never added).").format(
                ", ".join(c for c in result.currencies if c != result.currency))
        if result.comparison.current.visitors_approximate:
            text += "\n" + self.tr("Visitors are the sum of daily visitors (approximate): "
                                   "import the 生意参谋 export for exactly this period.")
        for note in scope_notes(result.comparison.current):
            text += "\n* " + note
        return text

    @Slot(object, str)
    def _on_unusual_day_selected(self, day, metric: str) -> None:
        if self.chart is not None:
            self.chart.highlight_day(day, metric)

    # -- printing --------------------------------------------------------------------
    def printable_html(self, title: str) -> str:
        if self.result is None:
            return page_html(title, self.note.text(), [])
        result, names = self.result, metric_names()
        rows = []
        for code, kind in CARDS:
            change = change_of(result.comparison, code)
            rows.append((names[code][0],
                         format_metric(code, kind, result.comparison.current,
                                       metric_value(result.comparison.current, code)),
                         format_metric(code, kind, result.comparison.base,
                                       metric_value(result.comparison.base, code)),
                         change_text(code, change)))
        blocks = [table_block(self.tr("Key figures"), [
            self.tr("Metric"), self.tr("This period"), self.tr("Comparison period"),
            self.tr("Change")], list(zip(*rows, strict=True)), [False, True, True, True])]
        if self.chart is not None:
            blocks.append(image_block(widget_png(self.chart), CHART_WIDTH))
        funnel = self.funnel.rows()
        if funnel:
            blocks.append(table_block(self.boxes[0].title(), [
                self.tr("Step"), self.tr("People"), self.tr("Rate from the step before"),
                self.tr("Change")], list(zip(*funnel, strict=True)), [False, True, True, True]))
        bars = self.waterfall.labels()
        if bars:
            blocks.append(table_block(self.boxes[1].title(), [self.tr("Part"), self.tr("GMV")],
                                      [list(column) for column in zip(*bars, strict=True)],
                                      [False, True]))
        else:
            blocks.append(note_block(self.waterfall.gap_text()))
        days = [[self.unusual.topLevelItem(i).text(c)
                 for i in range(self.unusual.topLevelItemCount())] for c in range(4)]
        if days[0]:
            blocks.append(table_block(self.boxes[2].title(), [
                self.unusual.headerItem().text(c) for c in range(4)], days,
                [False, False, True, True]))
        return page_html(title, self.note.text(), blocks)
