"""Errors and warnings of the Qt-free code, in the window's language: the one place that
turns a failure into what the owner reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..errors import OpsDeskError, RowWarning, ShopFileError
from ..i18n import current_language
from ..logs import log_folder
from ..store.writer import write_error


def error_text(error: BaseException) -> str:
    """What failed and what to do. An unexpected error (a bug) was logged with its
    traceback by the task runner; its own text (for a KeyError just 'sku') is not shown."""
    if isinstance(error, OSError | sqlite3.Error):  # a full disk, a locked file ...
        error = write_error(error, Path(getattr(error, "filename", None) or "")) or error
    if isinstance(error, OSError):
        error = ShopFileError("write_failed", {"path": error.filename or "",
                                               "detail": error.strerror or str(error)})
    if isinstance(error, OpsDeskError):
        return error.text(current_language())
    return QCoreApplication.translate(
        "Messages", "Something unexpected went wrong ({0}), so this was not done. Nothing "
        "in the shop file was lost. The details are in the log file in {1} "
        "(Help > Open log folder).").format(type(error).__name__, log_folder())


def warning_text(warning: RowWarning) -> str:
    return warning.text(current_language())
