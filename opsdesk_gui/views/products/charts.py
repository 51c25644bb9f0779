"""The product detail's charts (pyqtgraph, imported when the first chart is built): daily
units as bars with today's stock as a level on its own axis, and the lowest paid unit price
per day with the list price and the unit cost as reference lines. The two plots share the
day axis."""

from __future__ import annotations

from datetime import date, datetime, timezone
from html import escape

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

translate = QCoreApplication.translate
DAY = 86_400.0
BAR_COLOUR = "#4a7fb5"
STOCK_COLOUR = "#e08a1e"
PRICE_COLOUR = "#2b6cb0"
LIST_COLOUR = "#888888"
COST_COLOUR = "#c53030"
TEXT_COLOUR = "#333333"
AXIS_WIDTH = 58  # both plots' axes alike: their days line up


def day_seconds(days: list[str]) -> np.ndarray:
    """'YYYY-MM-DD' -> seconds since the epoch at midnight UTC (the axis shows UTC)."""
    return np.array([datetime.combine(date.fromisoformat(d), datetime.min.time(),
                                      tzinfo=timezone.utc).timestamp() for d in days],
                    dtype=float)


class ProductCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # ~0.4 s: only when a product is first shown

        self._pg = pg
        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.units_plot = self.canvas.addPlot(
            row=0, col=0, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.price_plot = self.canvas.addPlot(
            row=1, col=0, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        self.price_plot.setXLink(self.units_plot)
        for plot in (self.units_plot, self.price_plot):
            plot.showGrid(x=False, y=True, alpha=0.15)
            plot.setMouseEnabled(x=True, y=False)
            for name in ("left", "bottom", "right"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(LIST_COLOUR))
                axis.setTextPen(pg.mkPen(TEXT_COLOUR))

        self.units_bars = pg.BarGraphItem(x=[], height=[], width=0.8 * DAY,
                                          brush=BAR_COLOUR, pen=pg.mkPen(None))
        self.units_plot.addItem(self.units_bars)
        # stock on its own axis on the right: a stock of hundreds would flatten the bars
        self.units_plot.showAxis("right")
        self.stock_box = pg.ViewBox(enableMouse=False)
        self.units_plot.scene().addItem(self.stock_box)
        self.units_plot.getAxis("right").linkToView(self.stock_box)
        self.stock_box.setXLink(self.units_plot)
        self.stock_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(STOCK_COLOUR, width=2,
                                                                style=Qt.PenStyle.DashLine))
        self.stock_box.addItem(self.stock_line)
        self.units_plot.vb.sigResized.connect(self._sync_stock_box)

        self.price_curve = self.price_plot.plot(
            [], [], pen=pg.mkPen(PRICE_COLOUR, width=2), symbol="o", symbolSize=6,
            symbolBrush=PRICE_COLOUR, symbolPen=None, connect="finite")
        dash = Qt.PenStyle.DashLine
        self.list_price_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(LIST_COLOUR, style=dash))
        self.cost_line = pg.InfiniteLine(angle=0, pen=pg.mkPen(COST_COLOUR, style=dash))
        self.price_plot.addItem(self.list_price_line)
        self.price_plot.addItem(self.cost_line)
        # an empty right axis on the price plot too, so that both plots are as wide and
        # their days line up
        self.price_plot.showAxis("right")
        self.price_plot.getAxis("right").setStyle(showValues=False)
        for plot in (self.units_plot, self.price_plot):
            for name in ("left", "right"):
                plot.getAxis(name).setWidth(AXIS_WIDTH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.canvas, 1)
        # one legend line under the plots: legends inside a short plot would cover it
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self._stock: int | None = None
        self._price: int | None = None
        self._cost: int | None = None
        self.retranslate()

    def _sync_stock_box(self) -> None:
        self.stock_box.setGeometry(self.units_plot.vb.sceneBoundingRect())
        self.stock_box.linkedViewChanged(self.units_plot.vb, self.stock_box.XAxis)

    def retranslate(self) -> None:
        # no plot titles: the legend line names each series (the pane is often short)
        self.units_plot.setLabel("left", translate("ProductCharts", "Units"))
        self.units_plot.setLabel("right", translate("ProductCharts", "Stock"))
        self.price_plot.setLabel("left", translate("ProductCharts", "Yuan"))
        self._legends()

    def _legends(self) -> None:
        def key(colour: str, mark: str, text: str) -> str:
            return f'<span style="color:{colour}">{mark}</span>&nbsp;{escape(text)}'

        dashes = "- - -"
        items = [key(BAR_COLOUR, "■", translate("ProductCharts", "Units sold per day"))]
        if self._stock is not None:
            items.append(key(STOCK_COLOUR, dashes, translate(
                "ProductCharts", "Stock today (the shop file keeps no stock history)")))
        items.append(key(PRICE_COLOUR, "—●—", translate(
            "ProductCharts", "Lowest paid unit price per day (after discounts)")))
        if self._price is not None:
            items.append(key(LIST_COLOUR, dashes, translate("ProductCharts", "List price")))
        if self._cost is not None:
            items.append(key(COST_COLOUR, dashes, translate("ProductCharts", "Unit cost")))
        self.legend.setText(" &nbsp;&nbsp; ".join(items))

    def set_data(self, daily: pd.DataFrame, stock: int | None, price_cents: int | None,
                 cost_cents: int | None) -> None:
        """daily: product_detail.DAILY_COLUMNS; prices in cents, shown in yuan."""
        x = day_seconds(daily["day"].tolist())
        units = daily["units"].to_numpy(dtype=float)
        self.units_bars.setOpts(x=x, height=units, width=0.8 * DAY)
        prices = daily["min_unit_price_cents"].astype("Float64").to_numpy(
            dtype=float, na_value=np.nan) / 100.0
        self.price_curve.setData(x, prices)
        self._stock, self._price, self._cost = stock, price_cents, cost_cents
        self.stock_line.setVisible(stock is not None)
        self.stock_line.setPos(float(stock or 0))
        self.stock_box.setYRange(0, max(float(stock or 0), 1.0) * 1.15, padding=0)
        for line, cents in ((self.list_price_line, price_cents), (self.cost_line, cost_cents)):
            line.setVisible(cents is not None)
            line.setPos((cents or 0) / 100.0)
        if len(x):
            self.units_plot.setXRange(x[0] - DAY / 2, x[-1] + DAY / 2, padding=0.01)
        self.units_plot.setYRange(0, max(float(units.max(initial=0)), 1.0) * 1.15, padding=0)
        shown = [p for p in prices if p == p] + [
            c / 100.0 for c in (price_cents, cost_cents) if c is not None]
        top = max(shown, default=1.0)
        self.price_plot.setYRange(0, top * 1.15, padding=0)
        self._legends()
        self._sync_stock_box()
