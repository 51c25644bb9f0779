"""The charts of the Channels and After-sales pages (pyqtgraph, imported when the first
chart is built, not at start-up): ROI (投产比) per channel as horizontal bars, and the
Pareto of refund reasons (bars by share, largest first, with the cumulative share and
the 80% line)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...models.aftersales import PARETO_SHARE

translate = QCoreApplication.translate
BAR_COLOUR = "#4a7fb5"
VITAL_COLOUR = "#c05621"
LINE_COLOUR = "#2d3748"
GRID_COLOUR = "#888888"
TEXT_COLOUR = "#333333"
BREAK_EVEN_COLOUR = "#c53030"


class _Chart(QWidget):
    """One white pyqtgraph plot with quiet axes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg  # ~0.4 s: only when the first chart is shown

        self._pg = pg
        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.plot = self.canvas.addPlot()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(GRID_COLOUR))
            axis.setTextPen(pg.mkPen(TEXT_COLOUR))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def _title(self, text: str) -> None:
        self.plot.setTitle(text, color=TEXT_COLOUR, size="10pt")


class RoiChart(_Chart):
    """投产比 of each channel with spend, top channel first, with the break-even line at 1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg = self._pg
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=BAR_COLOUR,
                                    pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.break_even = pg.InfiniteLine(pos=1.0, angle=90, pen=pg.mkPen(
            BREAK_EVEN_COLOUR, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.break_even)
        self.channels: list[str] = []
        self.rois: list[float] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._title(translate("RoiChart", "ROI (投产比) per channel with spend; dashed: 1 "
                                          "(attributed GMV = spend)"))

    def set_data(self, channels: Sequence[str], rois: Sequence[float]) -> None:
        self.channels, self.rois = list(channels), [float(r) for r in rois]
        count = len(self.rois)
        # the first channel on top: y counts down
        ys = [count - 1 - i for i in range(count)]
        self.bars.setOpts(x0=[0.0] * count, y=ys, height=0.6, width=self.rois)
        self.plot.getAxis("left").setTicks([list(zip(ys, self.channels, strict=True))])
        self.plot.setYRange(-0.6, max(count, 1) - 0.4, padding=0)
        self.plot.setXRange(0, max([*self.rois, 1.0]) * 1.1, padding=0)


class ParetoChart(_Chart):
    """Each reason's share of the refunds (bars, largest first; the vital few darker),
    the cumulative share (line) and the 80% line, on one axis in per cent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg = self._pg
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6, brushes=[], pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.cumulative = self.plot.plot([], [], pen=pg.mkPen(LINE_COLOUR, width=2),
                                         symbol="o", symbolSize=6, symbolBrush=LINE_COLOUR,
                                         symbolPen=None)
        self.pareto_line = pg.InfiniteLine(
            pos=PARETO_SHARE * 100, angle=0,
            pen=pg.mkPen(VITAL_COLOUR, style=Qt.PenStyle.DashLine),
            label="80%", labelOpts={"position": 0.02, "color": VITAL_COLOUR,
                                    "anchors": [(0, 1), (0, 1)]})
        self.plot.addItem(self.pareto_line)
        self.plot.setYRange(0, 112, padding=0)
        self.legend = self.plot.addLegend(offset=(10, 2), labelTextColor=TEXT_COLOUR)
        self.reasons: list[str] = []
        self.shares: list[float] = []
        self.cumulative_shares: list[float] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._title(translate("ParetoChart", "Refund reasons (Pareto): share of the refund "
                                             "amount and cumulative share"))
        self.plot.setLabel("left", translate("ParetoChart", "% of refunds"))
        self.legend.clear()
        self.legend.addItem(self.cumulative, translate("ParetoChart", "Cumulative share"))

    def set_data(self, reasons: Sequence[str], shares: Sequence[float],
                 cumulative: Sequence[float], vital: Sequence[bool]) -> None:
        """Shares as fractions, in the model's order (largest first, 'not stated' last)."""
        pg = self._pg
        self.reasons = list(reasons)
        self.shares = [float(s) for s in shares]
        self.cumulative_shares = [float(c) for c in cumulative]
        xs = list(range(len(self.reasons)))
        brushes = [pg.mkBrush(VITAL_COLOUR if v else BAR_COLOUR) for v in vital]
        self.bars.setOpts(x=xs, height=[s * 100 for s in self.shares], width=0.6,
                          brushes=brushes)
        self.cumulative.setData(xs, [c * 100 for c in self.cumulative_shares])
        self.plot.getAxis("bottom").setTicks([list(zip(xs, self.reasons, strict=True))])
        self.plot.setXRange(-0.6, max(len(xs), 1) - 0.4, padding=0)
