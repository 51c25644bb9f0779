"""The dashboard's trend chart (pyqtgraph, loaded with the first figures): one metric at a
grain, its 7-day moving average (days), the comparison period shifted onto the same x
range, campaign periods shaded, unusual days marked; hovering reads out a bucket. A grain
not loaded yet is asked for (`grain_requested`) and drawn when `add_trends` brings it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...models.trends import Trends
from ...money import format_cents
from ..table.model import grouping_locale

# (code, column of trends.py's series, kind)
METRICS = (("gmv", "gmv", "money"), ("paid_orders", "paid_orders", "int"),
           ("visitors", "visitors", "int"), ("conversion", "conversion", "rate"),
           ("aov", "aov", "money"))
GRAINS = ("day", "week", "month")
DAY = 86_400
CURRENT, AVERAGE, BASE = "#2b6cb0", "#dd6b20", "#a0aec0"
CAMPAIGN_BRUSH = (237, 137, 54, 38)
UNUSUAL, EXPECTED, HIGHLIGHT = "#c53030", "#dd6b20", "#2d3748"
GRID = "#e2e8f0"


def seconds(dates: pd.Series) -> np.ndarray:
    """Dates as the UTC epoch seconds the date axis reads (the axis shows them in UTC)."""
    return pd.to_datetime(dates).to_numpy(dtype="datetime64[s]").astype("int64").astype(float)


def shown_values(values: pd.Series, kind: str) -> np.ndarray:
    """Cents as yuan and rates as per cent, so the axis reads as the cards do."""
    array = values.astype("float64").to_numpy()
    return array / 100 if kind == "money" else array * 100 if kind == "rate" else array


class NumberAxis(pg.AxisItem):
    """Ticks with the language's digit grouping instead of pyqtgraph's SI prefixes."""

    def tickStrings(self, values, scale, spacing):
        locale = grouping_locale(QLocale())
        decimals = 0 if spacing >= 1 else 1 if spacing >= 0.1 else 2
        return [locale.toString(float(v), "f", decimals) for v in values]


class HorizontalGrid(pg.GraphicsObject):
    """Light lines at the left axis's major ticks. (pyqtgraph's own grid makes the axis
    replay its picture over the whole plot: about 15 ms a repaint on the GUI thread.)"""

    def __init__(self, axis: pg.AxisItem) -> None:
        super().__init__()
        self.axis = axis
        self.pen = pg.mkPen(GRID, width=1)
        self.setZValue(-20)

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return QRectF() if view is None else view.viewRect()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def paint(self, painter, *args) -> None:
        rect, view = self.boundingRect(), self.getViewBox()
        if view is None or rect.height() <= 0:
            return
        levels = self.axis.tickValues(rect.top(), rect.bottom(), view.height())
        painter.setPen(self.pen)
        for value in levels[0][1] if levels else []:
            painter.drawLine(QPointF(rect.left(), value), QPointF(rect.right(), value))


class TrendChart(QWidget):
    grain_requested = Signal(str)  # a grain picked whose trend is not loaded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trends: dict[str, Trends] = {}
        self.anomalies = pd.DataFrame()
        self.frame = pd.DataFrame()
        self.highlighted: pd.Timestamp | None = None
        self.metric_box = QComboBox(self)
        self.grain_box = QComboBox(self)
        for code, *_ in METRICS:
            self.metric_box.addItem("", code)
        for code in GRAINS:
            self.grain_box.addItem("", code)
        self.readout = QLabel(self)
        self.readout.setStyleSheet("color: palette(dark);")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        controls = QHBoxLayout()
        controls.addWidget(self.metric_box)
        controls.addWidget(self.grain_box)
        controls.addWidget(self.readout, 1)

        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.plot = self.canvas.addPlot(axisItems={
            "bottom": pg.DateAxisItem(utcOffset=0), "left": NumberAxis("left")})
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.grid = HorizontalGrid(self.plot.getAxis("left"))
        self.plot.addItem(self.grid, ignoreBounds=True)
        self.legend = self.plot.addLegend(offset=(10, 4))
        self.base_line = self.plot.plot([], [], pen=pg.mkPen(BASE, width=1.5))
        self.current_line = self.plot.plot([], [], pen=pg.mkPen(CURRENT, width=2))
        self.average_line = self.plot.plot([], [], pen=pg.mkPen(
            AVERAGE, width=1.5, style=Qt.PenStyle.DashLine))
        for line in (self.base_line, self.current_line, self.average_line):
            line.setClipToView(True)
            line.setDownsampling(auto=True, method="peak")
        self.markers = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w"))
        self.plot.addItem(self.markers)
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#718096", width=1))
        self.highlight = pg.InfiniteLine(angle=90, pen=pg.mkPen(
            HIGHLIGHT, width=1.5, style=Qt.PenStyle.DashLine))
        for line in (self.cursor, self.highlight):
            line.hide()
            self.plot.addItem(line, ignoreBounds=True)
        self.regions: list = []
        self._campaigns: tuple = ()   # what the regions show, to rebuild them only on change
        self._legend: tuple = ()      # which lines the legend names, likewise
        self.plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.metric_box.currentIndexChanged.connect(self._on_choice_changed)
        self.grain_box.currentIndexChanged.connect(self._on_choice_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.canvas, 1)
        self.retranslate()

    def retranslate(self) -> None:
        names = {"gmv": self.tr("GMV (支付金额)"), "paid_orders": self.tr("Paid orders"),
                 "visitors": self.tr("Visitors (访客数)"),
                 "conversion": self.tr("Conversion (支付转化率) %"),
                 "aov": self.tr("Spend per buyer (客单价)")}
        grains = {"day": self.tr("By day"), "week": self.tr("By week"),
                  "month": self.tr("By month")}
        for index in range(self.metric_box.count()):
            self.metric_box.setItemText(index, names[self.metric_box.itemData(index)])
        for index in range(self.grain_box.count()):
            self.grain_box.setItemText(index, grains[self.grain_box.itemData(index)])
        self._draw()

    # -- figures ---------------------------------------------------------------------
    def set_trends(self, trends: dict[str, Trends], anomalies: pd.DataFrame) -> None:
        self.trends, self.anomalies = trends, anomalies
        self.highlighted = None
        self._draw()

    def add_trends(self, trends: Trends) -> None:
        """Another grain of the same figures (asked for with grain_requested)."""
        self.trends = {**self.trends, trends.grain: trends}
        if trends.grain == self.grain_code():
            self._draw()

    def metric_code(self) -> str:
        return self.metric_box.currentData()

    def grain_code(self) -> str:
        return self.grain_box.currentData()

    def highlight_day(self, day: pd.Timestamp, metric: str | None = None) -> None:
        """Show a day (an unusual day clicked in the list): by day, its metric, a line."""
        self.highlighted = pd.Timestamp(day)
        if metric in ("gmv", "conversion"):
            self.metric_box.setCurrentIndex(self.metric_box.findData(metric))
        self.grain_box.setCurrentIndex(self.grain_box.findData("day"))
        self._draw()

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """(x seconds, y as drawn) of the current line."""
        x, y = self.current_line.getOriginalDataset()
        return (np.array([]) if x is None else x), (np.array([]) if y is None else y)

    @Slot()
    def _on_choice_changed(self, *_args) -> None:
        self._draw()

    def _draw(self) -> None:
        trends = self.trends.get(self.grain_code())
        if trends is None:
            self._shade_campaigns(None)
            self._name_lines(())
            for line in (self.current_line, self.average_line, self.base_line, self.markers):
                line.setData([], [])
            self.frame = pd.DataFrame()
            if self.trends:  # figures shown, but not at this grain yet
                self.readout.setText(self.tr("Loading…"))
                self.grain_requested.emit(self.grain_code())
            return
        self.readout.clear()
        code = self.metric_code()
        column, kind = next((c, k) for m, c, k in METRICS if m == code)
        frame = trends.comparison if trends.comparison is not None else trends.series
        self.frame = frame
        x = seconds(frame["date"])
        self.current_line.setData(x, shown_values(frame[column], kind))
        named = [self.current_line]
        average = f"{column}_ma7"
        if average in frame:
            self.average_line.setData(x, shown_values(frame[average], kind))
            named.append(self.average_line)
        else:
            self.average_line.setData([], [])
        if f"base_{column}" in frame:
            self.base_line.setData(x, shown_values(frame[f"base_{column}"], kind))
            named.append(self.base_line)
        else:
            self.base_line.setData([], [])
        self._name_lines(tuple(named))
        self._shade_campaigns(trends)
        self._mark_unusual_days(code, kind, frame)
        if self.highlighted is not None:
            self.highlight.setPos(seconds(pd.Series([self.highlighted]))[0])
            self.highlight.show()
        else:
            self.highlight.hide()
        self.plot.enableAutoRange()

    def _name_lines(self, lines: tuple) -> None:
        """The legend for these lines (rebuilt only when they or the language change)."""
        names = {self.current_line: self.tr("This period"),
                 self.average_line: self.tr("7-day average"),
                 self.base_line: self.tr("Comparison period")}
        key = tuple((id(line), names[line]) for line in lines)
        if key == self._legend:
            return
        self._legend = key
        self.legend.clear()
        for line in lines:
            self.legend.addItem(line, names[line])

    def _shade_campaigns(self, trends: Trends | None) -> None:
        spans = () if trends is None else tuple(zip(
            trends.campaigns["name"], trends.campaigns["start"], trends.campaigns["end"],
            strict=True))
        if spans == self._campaigns:  # the same shading: keep the items
            return
        self._campaigns = spans
        for item in self.regions:
            self.plot.removeItem(item)
        self.regions = []
        for name, start, end in spans:
            span = seconds(pd.Series([start, end]))
            region = pg.LinearRegionItem((span[0], span[1] + DAY), movable=False,
                                         brush=pg.mkBrush(*CAMPAIGN_BRUSH),
                                         pen=pg.mkPen(None))
            region.setZValue(-10)
            region.setToolTip(name)
            self.plot.addItem(region, ignoreBounds=True)
            self.regions.append(region)

    def _mark_unusual_days(self, code: str, kind: str, frame: pd.DataFrame) -> None:
        days = self.anomalies
        if self.grain_code() != "day" or days.empty or code not in ("gmv", "conversion"):
            self.markers.setData([], [])
            return
        mine = days[days["metric"] == code]
        brushes = [pg.mkBrush(UNUSUAL if k == "anomaly" else EXPECTED) for k in mine["kind"]]
        self.markers.setData(x=seconds(mine["date"]), y=shown_values(mine["value"], kind),
                             brush=brushes)

    # -- hover -----------------------------------------------------------------------
    @Slot(object)
    def _on_scene_mouse_moved(self, position) -> None:
        if self.frame.empty or not self.plot.sceneBoundingRect().contains(position):
            return
        x = self.plot.vb.mapSceneToView(position).x()
        self.show_readout(x)

    def show_readout(self, x: float) -> None:
        """The bucket nearest to x (epoch seconds): its date and values, in the label."""
        xs = seconds(self.frame["date"])
        index = int(np.abs(xs - x).argmin())
        self.cursor.setPos(xs[index])
        self.cursor.show()
        code = self.metric_code()
        column, kind = next((c, k) for m, c, k in METRICS if m == code)
        row = self.frame.iloc[index]
        parts = [f"{row['date']:%Y-%m-%d}: {self._text(row[column], kind)}"]
        if f"{column}_ma7" in row:
            parts.append(self.tr("7-day average {0}").format(
                self._text(row[f"{column}_ma7"], kind)))
        if f"base_{column}" in row and pd.notna(row.get("base_date")):
            parts.append(self.tr("comparison {0}: {1}").format(
                f"{row['base_date']:%Y-%m-%d}", self._text(row[f"base_{column}"], kind)))
        self.readout.setText("  ·  ".join(parts))

    @staticmethod
    def _text(value, kind: str) -> str:
        if pd.isna(value):
            return "—"
        locale = grouping_locale(QLocale())
        if kind == "money" and float(value).is_integer():
            return locale.toString(float(format_cents(int(value))), "f", 2)
        if kind == "money":  # a moving average of cents
            return locale.toString(float(value) / 100, "f", 2)
        if kind == "rate":
            return locale.toString(float(value) * 100, "f", 2) + "%"
        return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)
