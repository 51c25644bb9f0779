"""The review's trend charts as PNG images for the printed document: GMV per day and
conversion per day, this period against the comparison period (aligned day 1 with day 1),
or for a daily snapshot the last 30 days with their 7-day average.

Drawn with pyqtgraph off screen at twice the size they are printed (sharp on paper), with
fonts sized for that; days as positions with "MM-DD" ticks. Runs on the GUI thread
(widgets) and takes ~0.1 s per chart."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ..reports.review import ReviewContent
from .pictures import widget_png

CURRENT_COLOUR = "#2b6cb0"
BASE_COLOUR = "#a0aec0"
AVERAGE_COLOUR = "#dd6b20"
TEXT_COLOUR = "#333333"
SIZE = (1280, 440)   # pixels drawn; printed at review_html.CHART_WIDTH (half)
FONT_PX = 20


def _day_ticks(dates: pd.Series) -> list[tuple[float, str]]:
    """'MM-DD' under every day, or every few days so that at most ~10 labels show (a
    printed chart cannot be zoomed, so the days are spelt out rather than left to an
    automatic date axis)."""
    step = max(1, math.ceil(len(dates) / 10))
    return [(float(i), d.strftime("%m-%d")) for i, d in enumerate(dates) if i % step == 0]



def _chart(title: str, ticks: list[tuple[float, str]],
           lines: list[tuple[str, np.ndarray, str, bool]]) -> bytes:
    """One line chart: `lines` are (legend, values, colour, dashed)."""
    import pyqtgraph as pg  # ~0.4 s: only when a review is drawn

    font = QFont()
    font.setPixelSize(FONT_PX)
    widget = pg.PlotWidget(background="w")
    plot = widget.getPlotItem()
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setTitle(title, color=TEXT_COLOUR, size=f"{FONT_PX + 2}px")
    plot.showGrid(x=False, y=True, alpha=0.2)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font, tickTextOffset=8)
        axis.setPen(pg.mkPen("#888888"))
        axis.setTextPen(pg.mkPen(TEXT_COLOUR))
    plot.getAxis("left").setWidth(110)
    plot.getAxis("bottom").setHeight(48)
    plot.addLegend(offset=(12, 8), labelTextColor=TEXT_COLOUR, labelTextSize=f"{FONT_PX}px")
    plot.getAxis("bottom").setTicks([ticks])
    for name, values, colour, dashed in lines:
        x = np.arange(len(values), dtype=float)
        pen = pg.mkPen(colour, width=3,
                       style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        symbol = {} if dashed or len(x) > 31 else {
            "symbol": "o", "symbolSize": 9, "symbolBrush": colour, "symbolPen": None}
        plot.plot(x, values, pen=pen, connect="finite", name=name, **symbol)
    finite = np.concatenate([v[np.isfinite(v)] for _, v, _, _ in lines] or [np.zeros(1)])
    top = float(finite.max()) if finite.size else 1.0
    plot.setYRange(0, top * 1.15 if top > 0 else 1.0, padding=0)
    plot.setXRange(-0.5, max(len(lines[0][1]), 1) - 0.5, padding=0.01)
    try:
        return widget_png(widget, SIZE)
    finally:
        widget.deleteLater()


def review_chart_pngs(content: ReviewContent, labels: Mapping[str, str]) -> dict[str, bytes]:
    """chart key -> PNG: 'gmv' and 'conversion'."""
    trend = content.trend
    ticks = _day_ticks(trend["date"])
    current, base = labels.get("chart.current", ""), labels.get("chart.base", "")
    gmv = [(current, trend["gmv"].to_numpy(float) / 100, CURRENT_COLOUR, False)]
    conversion = [(current, trend["conversion"].to_numpy(float) * 100, CURRENT_COLOUR, False)]
    if "base_gmv" in trend:
        gmv.append((base, trend["base_gmv"].to_numpy(float) / 100, BASE_COLOUR, True))
        conversion.append((base, trend["base_conversion"].to_numpy(float) * 100, BASE_COLOUR,
                           True))
    if "gmv_ma7" in trend:
        gmv.append((labels.get("chart.ma7", ""), trend["gmv_ma7"].to_numpy(float) / 100,
                    AVERAGE_COLOUR, False))
    charts = {"gmv": _chart(labels.get("chart.gmv", ""), ticks, gmv)}
    if np.isfinite(trend["conversion"].to_numpy(float)).any():
        charts["conversion"] = _chart(labels.get("chart.conversion", ""), ticks,
                                     conversion)
    return charts
