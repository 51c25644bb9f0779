"""The log file: unexpected failures with their tracebacks, never buyer data. No Qt.

It lives in the user's data folder (`log_folder()`, Help > Open log folder in the window),
rotates at 1 MB keeping 3 old files, and is private to the owner. A failure is logged as
its type and the code locations it passed through: never its message or local values,
which can carry a cell of an export (a buyer's name or phone).
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "opsdesk.log"
_HANDLER_NAME = "opsdesk-file"
_FOLDER_ENV = "OPSDESK_LOG_DIR"  # tests and portable installs put the log elsewhere


def log_folder() -> Path:
    if folder := os.environ.get(_FOLDER_ENV):
        return Path(folder)
    from platformdirs import user_log_path

    return user_log_path("OpsDesk", appauthor=False)


def log_file() -> Path:
    return log_folder() / LOG_NAME


def start_logging() -> Path:
    """Send warnings and errors of every logger to the log file (once per process)."""
    root = logging.getLogger()
    path = log_file()
    for handler in root.handlers:
        if handler.get_name() == _HANDLER_NAME:
            if Path(handler.baseFilename) == path:
                return path
            root.removeHandler(handler)  # the folder changed (tests)
            handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if os.name == "posix":
        path.chmod(0o600)
    return path


def describe(error: BaseException) -> str:
    """The failure's type and where it passed, without its message or values."""
    lines = [type(error).__qualname__]
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        frames = traceback.extract_tb(error.__traceback__)
        lines += [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
        error = error.__cause__ or error.__context__
        if error is not None:
            lines.append(f"caused by {type(error).__qualname__}")
    return "\n".join(lines)


def log_failure(what: str, error: BaseException) -> Path:
    """Record an unexpected failure of `what` (a task's name, never data)."""
    path = start_logging()
    logging.getLogger("opsdesk").error("%s failed: %s", what, describe(error))
    return path


def stop_logging() -> None:
    """Close the log file (tests, and before the log folder moves)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
