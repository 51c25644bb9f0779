"""Every QPrinter call: print preview, printing and PDF, of an HTML document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget


def _document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def _printer(printer: QPrinter | None = None, landscape: bool = True) -> QPrinter:
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    return printer


def preview(parent: QWidget, html: str) -> QPrintPreviewDialog:
    dialog = QPrintPreviewDialog(_printer(), parent)
    dialog.paintRequested.connect(lambda printer: _document(html).print_(printer))
    dialog.open()
    return dialog


def save_pdf(html: str, path: str | Path, landscape: bool = True) -> Path:
    printer = _printer(QPrinter(QPrinter.PrinterMode.HighResolution), landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _document(html).print_(printer)
    return Path(path)
