"""AlertsPanel: the product alerts with counts (stub). alert_chosen emits a flag column of
the product_metrics frame: 'low_stock', 'slow_mover', 'below_margin_floor', 'below_cost',
or '' for all products."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class AlertsPanel(QWidget):
    alert_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def set_metrics(self, frame: pd.DataFrame | None) -> None:
        pass
