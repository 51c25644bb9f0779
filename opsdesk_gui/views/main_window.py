"""The main window: wiring only. Menus, the period bar, the four tabs, the status bar,
drag-and-drop of export files; the work itself lives in the tabs, dialogs and the
Qt-free packages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from ..errors import OpsDeskError
from ..i18n import install as install_language
from ..logs import start_logging
from ..models.period_presets import anchor_day
from ..places import demo_shop_path
from ..settings import Settings
from ..store import SHOP_SUFFIX, plan_undo
from ..tasks import TaskRunner
from ..writes import import_files, restore_snapshot, undo_last_import
from . import printing
from .about import show_about
from .backups_dialog import BackupsDialog, confirm_undo, offer_restore
from .edit_undo import EditUndo
from .folder_watcher import FolderWatcher
from .import_dialog import ImportDialog
from .menus import MainMenus
from .messages import error_text
from .period_bar import PeriodBar
from .review_dialog import ReviewDialog
from .shop_session import ShopSession, read_info
from .status_area import ShopStatus
from .tabs import CampaignsTab, CustomersTab, ProductsTab, ReportsTab
from .welcome import WelcomePage

EXPORT_SUFFIXES = {".csv", ".txt", ".xlsx", ".xls", ".xlsm"}


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.session: ShopSession | None = None
        self.setAcceptDrops(True)
        self.resize(1366, 768)

        self.period_bar = PeriodBar(self)
        self.period_toolbar = QToolBar(self, objectName="period", movable=False)
        self.period_toolbar.addWidget(self.period_bar)
        self.addToolBar(self.period_toolbar)
        self.tabs = QTabWidget(self, documentMode=True)
        self.products = ProductsTab(self.runner, self)
        self.products.titles.set_settings(settings)
        self.campaigns = CampaignsTab(self.runner, self)
        self.customers = CustomersTab(self.runner, self)
        self.customers.controls.set_settings(settings)
        self.reports = ReportsTab(self.runner, self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
            for key, table in tab.header_tables().items():
                if state := settings.header_state(key):
                    table.restore_header_state(bytes(state.data()))
        if state := settings.splitter_state("products"):
            self.products.restore_splitter_state(bytes(state.data()))
        self.welcome = WelcomePage(settings, self.runner, demo_shop_path(), self)
        self.welcome.shop_chosen.connect(self.open_shop)
        self.welcome.new_shop_requested.connect(self._on_welcome_new_shop_requested)
        self.welcome.open_shop_requested.connect(self._on_open_triggered)
        self.pages = QStackedWidget(self)  # the welcome page until a shop is open
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        self.status = ShopStatus(self.statusBar(), self.runner)
        self.edit_undo = EditUndo(self, self._on_undo_import_triggered)
        self.tabs.currentChanged.connect(self._update_actions)
        for tab in (self.reports, self.products, self.campaigns, self.customers):
            tab.page_changed.connect(self._update_actions)
        # a cost edited in the product table changes the reports' margins
        self.products.products.edits_saved.connect(self._on_product_edits_saved)
        self.products.products.add_to_campaign_requested.connect(self._on_add_to_campaign)

        self.watcher = FolderWatcher(self)
        self.watcher.files_arrived.connect(self._on_watcher_files_arrived)
        if settings.watched_folder:
            self.watcher.watch(Path(settings.watched_folder))
        self.menus = MainMenus(self, settings.language)
        self._update_actions()
        self.retranslate()
        self.period_bar.set_preset(settings.period_preset)
        self.period_bar.set_comparison(settings.comparison)
        self.period_bar.selection_changed.connect(self._on_period_bar_selection_changed)
        if geometry := settings.window_geometry():
            self.restoreGeometry(geometry)

    def all_tabs(self):
        return (self.products, self.campaigns, self.customers, self.reports)

    def retranslate(self) -> None:
        names = (self.tr("Products"), self.tr("Campaigns"), self.tr("Customers"),
                 self.tr("Reports"))
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.menus.retranslate(str(self.watcher.folder) if self.watcher.folder else None)
        self.period_bar.retranslate()
        self.status.work.retranslate()
        self.welcome.retranslate()
        for tab in self.all_tabs():
            tab.retranslate()
        self._update_title()

    def set_language(self, code: str) -> None:
        """Switch the language now: widgets retranslate, the tabs reload their rows."""
        self.settings.language = code
        install_language(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._update_status()
            self.refresh_tabs()
        super().changeEvent(event)

    # -- the shop ------------------------------------------------------------------
    def open_shop(self, path: Path, create: bool = False) -> bool:
        if self.session is not None and not self.campaigns.confirm_leave():
            return False
        try:
            session = ShopSession(path, create=create)
        except OpsDeskError as exc:
            if exc.code == "shop_damaged" and (backup := offer_restore(self, path, exc)):
                self._restore_in_background(lambda: restore_snapshot(path, backup),
                                            then=lambda: self.open_shop(path))
            elif exc.code != "shop_damaged":
                QMessageBox.warning(self, self.tr("Cannot open the shop"), error_text(exc))
            return False
        if self.session:
            self.session.close()
        self.session = session
        self.settings.last_shop = str(session.path)
        if session.read_only:
            QMessageBox.information(self, self.tr("Opened read-only"), self.tr(
                "This shop file cannot be written (the file or its folder is read-only). "
                "You can look, but import, undo and edits are off."))
        self._update_title()
        self._update_actions()
        self._reload_shop()  # its summary, then the bars and tabs, from a worker
        return True

    def _on_shop_changed(self) -> None:
        self.products.forget_edits()  # another shop, or this one changed under them
        self.campaigns.forget_edits()
        self.period_bar.set_platforms(self.session.platforms)
        self.period_bar.set_anchor(anchor_day(self.session.last_day, date.today()))
        self._update_title()
        self._update_actions()
        self._update_status()

    def _update_title(self) -> None:
        title = "OpsDesk"
        if self.session:
            suffix = self.tr(" (read-only)") if self.session.read_only else ""
            title = f"{self.session.name}{suffix} — OpsDesk"
        self.setWindowTitle(title)

    def _update_actions(self) -> None:
        writable = self.session is not None and not self.session.read_only
        self.menus.enable(self.session is not None, writable)
        self.pages.setCurrentWidget(self.tabs if self.session else self.welcome)
        self.period_toolbar.setVisible(self.session is not None)
        self.products.set_writable(writable)
        self.campaigns.set_writable(writable)
        self.edit_undo.set_writable(writable)
        self.edit_undo.follow(getattr(self.tabs.currentWidget(), "current_page", None))
        # a page without a table (the dashboard) has nothing to export
        if self.tabs.currentWidget().table is None:
            self.menus.export_action.setEnabled(False)

    def _update_status(self) -> None:
        self.status.show_shop(self.session.name if self.session else None,
                              self.session.info if self.session else {})

    def refresh_tabs(self) -> None:
        selection = self.period_bar.selection()
        for tab in self.all_tabs():
            tab.refresh(self.session.path if self.session else None, selection)

    @Slot()
    def _on_product_edits_saved(self) -> None:
        if self.session is not None:
            self.reports.refresh(self.session.path, self.period_bar.selection())

    @Slot(list)
    def _on_add_to_campaign(self, keys: list) -> None:
        if not keys or not self.campaigns.add_products(keys):
            QMessageBox.information(self, self.tr("Add to campaign"), self.tr(
                "Choose the rows, and a plan on the Campaigns tab (or create one) first."))
            return
        self.statusBar().showMessage(self.tr("{0} products added to {1}").format(
            len(keys), self.campaigns.plans.current.name))

    @Slot(object)
    def _on_period_bar_selection_changed(self, selection) -> None:
        self.refresh_tabs()

    # -- file menu -----------------------------------------------------------------
    def _shop_filter(self) -> str:
        return self.tr("OpsDesk shops (*{0})").format(SHOP_SUFFIX)

    @Slot()
    def _on_new_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New shop"), "", self._shop_filter())
        if path:
            path = Path(path)
            if path.suffix != SHOP_SUFFIX:
                path = path.with_name(path.name + SHOP_SUFFIX)
            self.open_shop(path, create=True)

    @Slot()
    def _on_welcome_new_shop_requested(self) -> None:
        before = self.session
        self._on_new_triggered()
        if self.session is not None and self.session is not before:  # not cancelled
            self._on_import_triggered()

    @Slot()
    def _on_open_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open shop"), "",
                                              self._shop_filter())
        if path:
            self.open_shop(Path(path))

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        menu = self.menus.recent_menu
        menu.clear()
        for path in self.settings.recent_shops:
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_shop(Path(p)))
        menu.setEnabled(bool(self.settings.recent_shops))

    @Slot()
    def _on_import_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import export files"), "",
            self.tr("Exports (*.csv *.xlsx *.xls *.txt)"))
        if files:
            self.open_import_dialog([Path(f) for f in files])

    def open_import_dialog(self, files: list[Path]) -> ImportDialog | None:
        if not self.session or self.session.read_only:
            return None
        dialog = ImportDialog(self.session.path, files, self.runner, self)
        dialog.import_finished.connect(self._on_import_finished)
        dialog.open()
        return dialog

    @Slot(object)
    def _on_import_finished(self, summary) -> None:
        self._reload_shop()

    def _reload_shop(self) -> None:
        """The shop changed (import, undo, restore): its summary is read in a worker, then
        the bars and tabs follow."""
        session = self.session

        def on_loaded(info: dict) -> None:
            if session is self.session:  # not another shop opened meanwhile
                session.info = info
                self._on_shop_changed()

        self.runner.start("shop:info", lambda progress, cancel: read_info(session.path),
                          on_loaded, self._on_shop_work_failed)

    def _restore_in_background(self, restore_op, then=None) -> None:
        """Undo and restore copy the whole shop file (seconds on a big shop): on the write
        queue, after the writes before them."""
        self.runner.submit_write("shop:restore", lambda progress, cancel: restore_op(),
                                 lambda _result: (then or self._reload_shop)(),
                                 self._on_shop_work_failed, cancellable=False)

    def _on_shop_work_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))

    @Slot()
    def _on_undo_import_triggered(self) -> None:
        path = self.session.path  # no snapshot to go back to: the worker's error says so
        self.runner.start("shop:undo-plan", lambda progress, cancel: plan_undo(path),
                          self._on_undo_planned, self._on_shop_work_failed)

    def _on_undo_planned(self, plan) -> None:
        if confirm_undo(self, plan):
            path = self.session.path
            self._restore_in_background(lambda: undo_last_import(path, plan.import_id))

    @Slot()
    def _on_backups_triggered(self) -> None:
        dialog = BackupsDialog(self.session.path, self)
        if dialog.exec() and (backup := dialog.chosen) is not None:
            path = self.session.path
            self._restore_in_background(lambda: restore_snapshot(path, backup))

    @Slot()
    def _on_log_folder_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(start_logging().parent)))

    @Slot()
    def _on_about_triggered(self) -> None:
        show_about(self, str(self.session.path) if self.session else None)

    @Slot()
    def _on_print_triggered(self) -> None:
        tab = self.tabs.currentWidget()
        title = f"{self.session.name} — {self.tabs.tabText(self.tabs.currentIndex())}"
        printing.preview(self, tab.printable_html(title),
                         landscape=getattr(tab, "print_landscape", True))

    @Slot()
    def _on_review_triggered(self) -> None:
        ReviewDialog(self.session.path, self.session.platforms, self.session.last_day,
                     self.runner, self, self.period_bar.selection().platform).open()

    @Slot()
    def _on_export_triggered(self) -> None:
        if (table := self.tabs.currentWidget().table) is not None:
            table._on_export_requested()

    # -- the watched folder --------------------------------------------------------
    @Slot()
    def _on_watch_triggered(self) -> None:
        folder = None
        if not self.watcher.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Watch a folder"))
            folder = Path(chosen) if chosen else None
        self.settings.watched_folder = str(folder or "")
        self.watcher.watch(folder)
        self.retranslate()

    @Slot(list)
    def _on_watcher_files_arrived(self, files: list[Path]) -> None:
        if not self.session or self.session.read_only:
            return
        shop = self.session.path

        def op(progress, cancel):
            return import_files(shop, files, progress=progress, cancel=cancel)

        self.runner.submit_write("watched-import", op, self._on_watched_import_finished,
                                 lambda error: self.statusBar().showMessage(error_text(error)))

    def _on_watched_import_finished(self, summary) -> None:
        self.statusBar().showMessage(self.tr("Imported from the watched folder: {0} added, "
                                             "{1} updated").format(summary.total("added"),
                                                                  summary.total("updated")))
        self._on_import_finished(summary)

    # -- drag and drop -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(Path(u.toLocalFile()).suffix.lower() in EXPORT_SUFFIXES | {SHOP_SUFFIX}
                        for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        if len(paths) == 1 and paths[0].suffix == SHOP_SUFFIX:
            self.open_shop(paths[0])
        else:
            self.open_import_dialog([p for p in paths if p.suffix.lower() in EXPORT_SUFFIXES])
        event.acceptProposedAction()

    # -- closing -------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self.campaigns.confirm_leave():  # a plan's changes not saved: stay
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        for tab in self.all_tabs():
            for key, table in tab.header_tables().items():
                self.settings.save_header_state(key, QByteArray(table.header_state()))
        self.settings.save_splitter_state("products",
                                          QByteArray(self.products.splitter_state()))
        selection_preset = self.period_bar.preset.currentData()
        self.settings.period_preset = selection_preset
        self.settings.comparison = self.period_bar.comparison.currentData()
        self.runner.shutdown()
        if self.session:
            self.session.close()
        super().closeEvent(event)
