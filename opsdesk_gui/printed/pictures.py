"""Widgets (charts) as PNG pictures for printed documents."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QWidget

CHART_WIDTH = 900  # pixels of a chart on the page (the printed page is about 1000 wide)


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
