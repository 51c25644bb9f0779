"""The window's printing of an HTML document: print preview and the print dialog. PDF output
and the page set-up are printed/pdf.py's, shared with the command line."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from ..printed.pdf import html_document, page_setup, save_pdf

__all__ = ["preview", "print_html", "save_pdf"]

def preview(parent: QWidget, html: str, landscape: bool = True) -> QPrintPreviewDialog:
    """The print preview (its toolbar prints too); the document is laid out once."""
    dialog = QPrintPreviewDialog(parent)
    # the dialog's own printer: one passed in from Python would be collected while the
    # dialog still draws on it (a crash)
    page_setup(dialog.printer(), landscape)
    document = html_document(html, dialog)  # lives as long as the dialog
    dialog.paintRequested.connect(document.print_)
    dialog.open()
    return dialog


def print_html(parent: QWidget, html: str, landscape: bool = True) -> bool:
    """The system's print dialog, then print; False when cancelled."""
    printer = page_setup(landscape=landscape)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    html_document(html).print_(printer)
    return True
