"""The main window's menus: building them, naming them in the current language, and
which actions a shop allows. The window owns the slots; this module only wires them.
(Strings keep the MainWindow translation context they have always had.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..i18n import LANGUAGES

translate = QCoreApplication.translate


class MainMenus:
    def __init__(self, window: QMainWindow, language: str) -> None:
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, window._on_new_triggered,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.file_menu, window._on_open_triggered,
                                        QKeySequence.StandardKey.Open)
        self.recent_menu: QMenu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(window._on_recent_menu_about_to_show)
        self.file_menu.addSeparator()
        self.import_action = self._action(self.file_menu, window._on_import_triggered,
                                          "Ctrl+I")
        self.undo_import_action = self._action(self.file_menu,
                                               window._on_undo_import_triggered)
        self.backups_action = self._action(self.file_menu, window._on_backups_triggered)
        self.watch_action = self._action(self.file_menu, window._on_watch_triggered)
        self.file_menu.addSeparator()
        self.export_action = self._action(self.file_menu, window._on_export_triggered,
                                          "Ctrl+E")
        self.print_action = self._action(self.file_menu, window._on_print_triggered,
                                         QKeySequence.StandardKey.Print)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, window.close,
                                        QKeySequence.StandardKey.Quit)
        self.edit_menu = bar.addMenu("")  # undo/redo of the page on show (views/edit_undo.py)
        self.edit_menu.addActions([window.edit_undo.undo_action, window.edit_undo.redo_action])
        self.reports_menu = bar.addMenu("")
        self.review_action = self._action(self.reports_menu, window._on_review_triggered,
                                          "Ctrl+R")
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(window)
        for code in ("", *LANGUAGES):
            action = self.language_menu.addAction("")
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: window.set_language(c))
            self.language_group.addAction(action)
        self.help_menu = bar.addMenu("")
        self.log_folder_action = self._action(self.help_menu, window._on_log_folder_triggered)
        self.about_action = self._action(self.help_menu, window._on_about_triggered)

    def _action(self, menu: QMenu, slot, shortcut=None) -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def retranslate(self, watched_folder: str | None) -> None:
        texts = (
            (self.file_menu.setTitle, translate("MainWindow", "&File")),
            (self.new_action.setText, translate("MainWindow", "&New shop…")),
            (self.open_action.setText, translate("MainWindow", "&Open shop…")),
            (self.recent_menu.setTitle, translate("MainWindow", "Recent shops")),
            (self.import_action.setText, translate("MainWindow", "&Import…")),
            (self.undo_import_action.setText, translate("MainWindow", "&Undo last import")),
            (self.backups_action.setText, translate("MainWindow", "&Backups…")),
            (self.export_action.setText, translate("MainWindow", "&Export table…")),
            (self.print_action.setText, translate("MainWindow", "&Print…")),
            (self.quit_action.setText, translate("MainWindow", "&Quit")),
            (self.edit_menu.setTitle, translate("MainWindow", "&Edit")),
            (self.reports_menu.setTitle, translate("MainWindow", "&Reports")),
            (self.review_action.setText,
             translate("MainWindow", "&Daily/weekly/monthly review…")),
            (self.language_menu.setTitle, translate("MainWindow", "&Language")),
            (self.help_menu.setTitle, translate("MainWindow", "&Help")),
            (self.log_folder_action.setText, translate("MainWindow", "Open &log folder")),
            (self.about_action.setText, translate("MainWindow", "&About OpsDesk")),
        )
        for set_text, text in texts:
            set_text(text)
        if watched_folder:
            watch = translate("MainWindow", "Stop watching {0}").format(watched_folder)
        else:
            watch = translate("MainWindow", "&Watch a folder…")
        self.watch_action.setText(watch)
        names = {"": translate("MainWindow", "Follow the system"), "zh_CN": "简体中文",
                 "en": "English"}
        for action in self.language_group.actions():
            action.setText(names[action.data()])

    def enable(self, has_shop: bool, writable: bool) -> None:
        for action in (self.import_action, self.undo_import_action, self.backups_action,
                       self.watch_action):
            action.setEnabled(writable)
        for action in (self.export_action, self.print_action, self.review_action):
            action.setEnabled(has_shop)
