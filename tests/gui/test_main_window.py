"""The main window driven as a shop owner would."""

import sqlite3
from datetime import date

import pytest
from older_shop import make_previous_version
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.store.schema import LATEST_VERSION
from opsdesk_gui.views.backups_dialog import BackupsDialog
from opsdesk_gui.views.import_dialog import ImportDialog
from opsdesk_gui.views.main_window import MainWindow
from opsdesk_gui.views.reports.dashboard import DashboardPage
from opsdesk_gui.views.reports.kpi_table import KpiTablePage


@pytest.fixture
def shop(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS),
                             write_lines(tmp_path / "l.csv", LINES)])
    return shop_path


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)


def test_opening_a_shop_fills_the_tabs(qtbot, window, shop, settings):
    assert window.open_shop(shop)
    wait_idle(qtbot, window)
    assert window.windowTitle() == "shop — OpsDesk"
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Products", "Campaigns", "Customers", "Reports"]
    # the period bar counts back from the last day the data covers
    assert window.period_bar.selection().period.end == date(2026, 3, 3)
    products = window.products.table.model
    assert products.rowCount() == 3
    assert window.customers.table.model.rowCount() == 2  # buyer_c never paid
    # Reports opens on the dashboard; the KPI table loads when its page is shown
    assert isinstance(window.reports.current_page, DashboardPage)
    assert window.reports.table is None
    window.tabs.setCurrentWidget(window.reports)
    assert not window.menus.export_action.isEnabled()  # the dashboard has no table
    kpi_page = window.reports.page(KpiTablePage)
    assert kpi_page.table.model.rowCount() == 0
    window.reports.page_bar.setCurrentWidget(kpi_page)
    wait_idle(qtbot, window)
    assert window.menus.export_action.isEnabled()
    reports = window.reports.table.model
    assert reports.rowCount() == 13
    gmv = reports.index(0, 1).data()
    assert gmv == "169.90"  # 110.00 + 59.90; orders 3 and 4 were never paid
    assert "Orders 2026-03-01 to 2026-03-03" in window.status.range_label.text()
    assert settings.last_shop == str(shop)


def test_a_shop_of_an_older_version_is_brought_up_to_date_when_opened(qtbot, window, shop,
                                                                     monkeypatch):
    """Readers refuse an older file (they never write): the window migrates it first."""
    with sqlite3.connect(shop) as conn:  # as the version before left it
        make_previous_version(conn)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    assert window.open_shop(shop)
    wait_idle(qtbot, window)
    assert warnings == []
    assert window.period_bar.selection().period.end == date(2026, 3, 3)  # its info read
    with sqlite3.connect(shop) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_changing_the_period_refreshes(qtbot, window, shop):
    window.reports.page_bar.setCurrentIndex(1)  # the KPI table
    window.open_shop(shop)
    wait_idle(qtbot, window)
    window.period_bar.set_preset("custom")
    window.period_bar.start.setDate(window.period_bar.start.date().addYears(-1))
    window.period_bar.end.setDate(window.period_bar.start.date())
    wait_idle(qtbot, window)
    # a day a year before the shop's first sale: no data, not 0.00
    assert window.reports.table.model.index(0, 1).data() == "no data"
    assert window.products.table.model.rowCount() == 3  # the catalogue stays listed


def test_dropping_files_opens_the_import_dialog(qtbot, window, shop_path, tmp_path):
    window.open_shop(shop_path, create=True)
    files = [write_orders(tmp_path / "ExportOrderList1.csv", ORDERS)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.files == files
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=15_000)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, window)
    assert window.session.info["counts"]["orders"] == 4
    assert window.products.table.model.rowCount() == 0  # an order file lists no products


def test_a_file_that_is_not_a_shop_is_refused(qtbot, window, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: messages.append(args[2]))
    bogus = tmp_path / "notes.opsdesk"
    bogus.write_text("hello")
    assert not window.open_shop(bogus)
    assert "is not an OpsDesk shop file" in messages[0]
    assert window.session is None and bogus.read_text() == "hello"


def test_a_second_window_on_the_same_shop_writes_too(qtbot, window, shop, settings):
    """Writes take the store's lock one at a time, so a second window is not read-only."""
    window.open_shop(shop)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.open_shop(shop)
    assert not second.session.read_only and not window.session.read_only
    assert second.menus.import_action.isEnabled()
    second.close()


def test_a_read_only_shop_file_opens_read_only(qtbot, window, shop, monkeypatch):
    import subprocess

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    if subprocess.run(["chattr", "+i", str(shop)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for this user here")
    try:
        window.open_shop(shop)
        wait_idle(qtbot, window)
        assert window.session.read_only and "(read-only)" in window.windowTitle()
        assert not window.menus.import_action.isEnabled()
        assert "cannot be written" in told[0]
        assert window.products.table.model.rowCount() == 3  # and it reads as usual
    finally:
        subprocess.run(["chattr", "-i", str(shop)], check=True)


def test_undo_last_import_from_the_menu(qtbot, window, shop, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    window.open_shop(shop)
    window.menus.undo_import_action.trigger()
    wait_idle(qtbot, window)
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    assert window.status.range_label.text() == "No orders yet"


def test_restoring_a_backup_runs_in_the_background(qtbot, window, shop, monkeypatch):
    def choose_the_newest(dialog):
        dialog.chosen = dialog.list.item(0).data(Qt.ItemDataRole.UserRole)
        return True

    monkeypatch.setattr(BackupsDialog, "exec", choose_the_newest)
    window.open_shop(shop)
    assert window.status.range_label.text() != "No orders yet"
    window.menus.backups_action.trigger()
    qtbot.waitUntil(lambda: window.status.range_label.text() == "No orders yet")
    wait_idle(qtbot, window)
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_undo_without_a_snapshot_says_so(qtbot, window, shop_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    window.open_shop(shop_path, create=True)
    window.menus.undo_import_action.trigger()
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert warnings[0].startswith("There is no import to undo")


def test_self_test_exits_zero(capsys):
    from opsdesk_gui.__main__ import main

    assert main(["--self-test"]) == 0
    assert "self-test: ok" in capsys.readouterr().out


def test_files_saved_into_the_watched_folder_are_imported(qtbot, window, shop_path,
                                                          tmp_path, settings):
    folder = tmp_path / "downloads"
    folder.mkdir()
    window.open_shop(shop_path, create=True)
    window.watcher._timer.setInterval(100)
    window.watcher.watch(folder)
    write_orders(folder / "ExportOrderList202603041200.csv", ORDERS)
    qtbot.waitUntil(lambda: window.session.info.get("counts", {}).get("orders") == 4,
                    timeout=15_000)
    assert "Imported from the watched folder: " in window.statusBar().currentMessage()


def test_table_headers_are_remembered(qtbot, settings, shop):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.open_shop(shop)
    qtbot.waitUntil(lambda: not first.runner.busy, timeout=15_000)
    first.products.table.set_column_visible(3, False)  # hide 'Category'
    first.products.titles.table.set_column_visible(1, False)  # and the title page's SKU
    first.products.page_bar.setCurrentWidget(first.products.titles)  # shown when closing
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert 3 not in second.products.table.visible_columns()
    assert 1 not in second.products.titles.table.visible_columns()
    assert 3 in second.products.titles.table.visible_columns()
    second.close()


def test_export_table_follows_the_page_on_show(qtbot, window, shop):
    window.open_shop(shop)
    wait_idle(qtbot, window)
    export = window.menus.export_action
    assert export.isEnabled()  # the product table
    window.products.page_bar.setCurrentWidget(window.products.bundles)
    assert not export.isEnabled()  # two tables there, each with its own Export button
    window.products.page_bar.setCurrentWidget(window.products.titles)
    assert export.isEnabled() and window.products.table is window.products.titles.table
    wait_idle(qtbot, window)


def test_shopify_buyer_ids_are_masked_on_screen_and_in_exports(qtbot, window, shop_path,
                                                               tmp_path):
    from shopify_files import ORDER_HEADER, ORDERS, write_dicts

    orders = write_dicts(tmp_path / "orders_export_1.csv", ORDER_HEADER, ORDERS)
    import_files(shop_path, [orders])
    with sqlite3.connect(shop_path) as conn:
        ids = {r[0] for r in conn.execute("SELECT buyer_id FROM orders")}
    assert any(i.startswith("email:") for i in ids)  # Shopify knows a buyer by e-mail
    assert window.open_shop(shop_path)
    wait_idle(qtbot, window)
    table = window.customers.table
    table.table.selectAll()
    copied = table.selection_tsv()
    exported = table.export(tmp_path / "customers.csv").read_text(encoding="utf-8-sig")
    for text in (copied, exported):
        assert "email:" in text and "***@" in text
        for buyer_id in ids:  # no e-mail or phone of a buyer in clear
            assert buyer_id.partition(":")[2] not in text
