"""Edit → Undo / Redo of the window: they act on the undo stack of the page on show, and
on the last import when that page has none.

Convention: a page that offers undo has a method `undo_stack() -> QUndoStack | None`
(None: nothing to undo there now). The actions follow the page shown: their texts name
the edit ("Undo Edit 双12 2026"), they are off where there is nothing to undo or the shop
is read-only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


def page_undo_stack(page: QWidget | None) -> QUndoStack | None:
    """The page's own undo stack, by the convention above."""
    method = getattr(page, "undo_stack", None)
    return method() if method is not None else None


class EditUndo(QObject):
    def __init__(self, window: QWidget, undo_import: Callable[[], None]) -> None:
        super().__init__(window)
        self._undo_import = undo_import
        self.undo_action = QAction(window)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(window)
        redo_keys = [QKeySequence("Ctrl+Y")]  # Windows' redo, also where Ctrl+Shift+Z is
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if k not in redo_keys]  # twice in one action would be ambiguous
        self.redo_action.setShortcuts(redo_keys)
        self.undo_action.triggered.connect(self._on_undo_triggered)
        self.redo_action.triggered.connect(self._on_redo_triggered)
        self.stack: QUndoStack | None = None
        self._writable = False
        self.update()

    def follow(self, page: QWidget | None) -> None:
        """The page on show changed (or its stack did)."""
        stack = page_undo_stack(page)
        if stack is not self.stack:
            if self.stack is not None and isValid(self.stack):
                self.stack.indexChanged.disconnect(self.update)
            self.stack = stack
            if stack is not None:
                stack.indexChanged.connect(self.update)
        self.update()

    def set_writable(self, writable: bool) -> None:
        self._writable = writable
        self.update()

    def update(self, *_args) -> None:
        if self.stack is not None and not isValid(self.stack):  # its page is being deleted
            self.stack = None
        stack = self.stack
        if stack is None:
            self.undo_action.setText(self.tr("&Undo last import"))
            self.undo_action.setEnabled(self._writable)
            self.redo_action.setText(self.tr("&Redo"))
            self.redo_action.setEnabled(False)
            return
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo
                                 else self.tr("&Redo"))
        self.undo_action.setEnabled(self._writable and stack.canUndo())
        self.redo_action.setEnabled(self._writable and stack.canRedo())

    def _on_undo_triggered(self) -> None:
        if self.stack is None:
            self._undo_import()
        elif self._writable:
            self.stack.undo()

    def _on_redo_triggered(self) -> None:
        if self.stack is not None and self._writable:
            self.stack.redo()
