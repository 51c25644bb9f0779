"""Writing an HTML document to PDF (and the page set-up printing shares): one small module
the window (views/printing.py) and the command line (`opsdesk report`) both call.

Page numbers: QTextDocument.print_ numbers the pages itself when the document has no page
size of its own, which is why the documents here are never given one. It then also puts a
2 cm margin of its own inside the printer's page: the printer's margins are 0 so that a
page keeps 2 cm all round, not 3.2 cm (an A4 portrait page then has 17 cm of text, not
14.6 cm: the printed checklist used little more than two thirds of the width)."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..store.files import complete_or_nothing

# QTextDocument.print_ adds 2 cm on each side inside these (the page's own margin)
PRINTER_MARGINS_MM = QMarginsF(0, 0, 0, 0)


def html_document(html: str, parent: QWidget | None = None) -> QTextDocument:
    document = QTextDocument(parent)
    document.setHtml(html)
    return document


def page_setup(printer: QPrinter | None = None, landscape: bool = True) -> QPrinter:
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    # a printer that cannot print to the edge keeps its own least margins (and A4)
    printer.setPageMargins(PRINTER_MARGINS_MM, QPageLayout.Unit.Millimeter)
    return printer


def save_pdf(html: str, path: str | Path, landscape: bool = True, title: str = "") -> Path:
    """A4 PDF with the fonts embedded (Chinese included) and numbered pages. OSError when
    the file cannot be written (QPrinter would only warn and write nothing)."""
    with complete_or_nothing(path) as partial:  # a full disk leaves no 0-byte PDF
        with open(partial, "wb"):  # the OS's own reason: no such folder, no permission
            pass
        printer = page_setup(QPrinter(QPrinter.PrinterMode.HighResolution), landscape)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        if title:
            printer.setDocName(title)
        html_document(html).print_(printer)
        if not _complete_pdf(partial):
            raise OSError(errno.EIO, "the PDF could not be written completely", str(path))
    return Path(path)


def _complete_pdf(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(max(handle.seek(0, 2) - 64, 0))
        return b"%%EOF" in handle.read()
