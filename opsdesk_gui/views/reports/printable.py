"""What a report page prints: its tables as shown, its charts as pictures."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QWidget

from ...reports.page_html import note_block, table_block
from ..table import TableView

translate = QCoreApplication.translate
PRINT_ROWS = 2000  # as ListingTab: a printout of a million rows helps nobody
CHART_WIDTH = 900  # pixels of a chart on the page (the printed page is about 1000 wide)


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


def widget_png(widget: QWidget, size: tuple[int, int] = (CHART_WIDTH, 340)) -> bytes:
    """The widget as PNG bytes; one not on screen (its page not shown) is laid out at
    `size` first, since it may never have had a size of its own."""
    if not widget.isVisible():
        widget.resize(*size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    buffer.close()
    return bytes(data)
