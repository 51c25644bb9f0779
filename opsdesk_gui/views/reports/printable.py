"""What a report page prints: its tables as shown, its charts as pictures."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...printed.pictures import CHART_WIDTH, widget_png
from ...reports.page_html import note_block, table_block
from ..table import TableView

translate = QCoreApplication.translate
__all__ = ["CHART_WIDTH", "table_view_block", "widget_png"]  # charts: printed/pictures.py
PRINT_ROWS = 2000  # as ListingTab: a printout of a million rows helps nobody


def table_view_block(view: TableView, heading: str = "", limit: int = PRINT_ROWS) -> str:
    """The table as shown (filter, order, visible columns, masking)."""
    model = view.model
    shown = view.visible_columns()
    rows = np.arange(min(model.rowCount(), limit))
    block = table_block(heading, [model.columns[c].title for c in shown],
                        [model.texts(c, rows, "-") for c in shown],
                        [model.columns[c].numeric for c in shown])
    if model.rowCount() > limit:
        block += note_block(translate("ReportPages", "The first {0} of {1} rows.").format(
            limit, model.rowCount()))
    return block


