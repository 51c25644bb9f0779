"""Errors and warnings of the Qt-free code, in the window's language."""

from __future__ import annotations

from ..errors import OpsDeskError, RowWarning
from ..i18n import current_language


def error_text(error: BaseException) -> str:
    if isinstance(error, OpsDeskError):
        return error.text(current_language())
    return str(error)


def warning_text(warning: RowWarning) -> str:
    return warning.text(current_language())
