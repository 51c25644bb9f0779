"""Runs nobody watches (--self-test, --screenshot): a dialog that would wait for a click
is answered by closing it, and its text goes to standard error, so the run ends with a
reason instead of waiting forever."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


class DialogCloser(QObject):
    """Closes every modal dialog as soon as it shows and remembers what it said."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.closed: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._close_modal)
        self._timer.start()

    def _close_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            return
        text = dialog.windowTitle()
        if isinstance(dialog, QMessageBox):
            text = f"{text}: {dialog.text()}"
        self.closed.append(text)
        print(f"closed a dialog nobody could answer: {text}", file=sys.stderr, flush=True)
        dialog.reject()
