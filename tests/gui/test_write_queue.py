"""The window's writes: one queue, the store's lock shared with the command line, undo
that names the edits it keeps, and one error handler that logs (issue 11)."""

import sqlite3
import subprocess
import sys
import threading

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui import writes
from opsdesk_gui.logs import log_folder
from opsdesk_gui.store import writing
from opsdesk_gui.store.product_edits import FieldChange


@pytest.fixture
def shop(shop_path, tmp_path):
    writes.import_files(shop_path, [write_lines(tmp_path / "l.csv", LINES[:1])])
    return shop_path


def held_write(window, shop, release: threading.Event, entered: threading.Event):
    """A write of the window that holds the shop until `release` (a long import)."""
    def op(progress, cancel):
        with writing(shop, who="the window's import"):
            entered.set()
            release.wait(20)

    window.runner.submit_write("import", op, lambda _: None)


def count(shop, table):
    with sqlite3.connect(shop) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_command_line_waits_for_the_windows_write(qtbot, window, shop, tmp_path):
    window.open_shop(shop)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    before = count(shop, "orders")
    release, entered = threading.Event(), threading.Event()
    held_write(window, shop, release, entered)
    assert entered.wait(5)
    export = write_orders(tmp_path / "o.csv", ORDERS)
    cli = subprocess.Popen([sys.executable, "-m", "opsdesk_gui", "import", "--shop",
                            str(shop), str(export)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            cli.wait(3)  # before: it wrote into the shop the window was writing
        assert count(shop, "orders") == before
        release.set()
        _, err = cli.communicate(timeout=30)
    finally:
        release.set()
        cli.kill()
    assert cli.returncode == 0, err
    assert count(shop, "orders") == 4  # the line-level order and three more
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)


def test_an_edit_made_during_an_import_waits_for_it(qtbot, window, shop, tmp_path):
    window.open_shop(shop)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    release, entered = threading.Event(), threading.Event()
    held_write(window, shop, release, entered)
    assert entered.wait(5)
    done = []
    window.runner.submit_write(
        "edit", lambda p, c: writes.edit_products(
            shop, [FieldChange("taobao", "SKU-TEE", "cost_cents", 990)]), done.append)
    qtbot.wait(300)
    assert window.runner.writing and not done  # queued behind the import, not racing it
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT cost_cents FROM products WHERE sku = 'SKU-TEE'"
                            ).fetchone() == (990,)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)


def test_undo_names_the_edits_it_keeps(qtbot, window, shop, tmp_path, monkeypatch):
    writes.import_files(shop, [write_lines(tmp_path / "l2.csv", LINES[1:])])
    writes.edit_products(shop, [FieldChange("taobao", "SKU-TEE", "cost_cents", 1250)])
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.open_shop(shop)
    window.menus.undo_import_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    assert "Undo import 2 of " in asked[0] and "(l2.csv)" in asked[0]
    assert "Product edits made after that import: 1. They are kept" in asked[0]
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT sku, cost_cents FROM products").fetchall() == [
            ("SKU-TEE", 1250)]


def test_an_unexpected_error_is_logged_and_told_in_a_sentence(qtbot, window, shop,
                                                              monkeypatch):
    def broken(shop_path, changes):
        raise KeyError("sku")  # what a bug looks like: before, the owner read just 'sku'

    monkeypatch.setattr("opsdesk_gui.views.products.table_page.edit_products", broken)
    window.open_shop(shop)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    page = window.products.products
    page.submit([FieldChange("taobao", "SKU-TEE", "cost_cents", 100)], "set a cost")
    qtbot.waitUntil(lambda: "Not saved" in page.message.text(), timeout=15_000)
    text = page.message.text()
    assert "Something unexpected went wrong (KeyError)" in text and "Nothing" in text
    assert str(log_folder()) in text
    log = (log_folder() / "opsdesk.log").read_text(encoding="utf-8")
    assert "KeyError" in log and "test_write_queue.py" in log and "broken" in log


def test_help_opens_the_log_folder(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    window.menus.log_folder_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(log_folder())]
    assert window.menus.log_folder_action.text() == "Open &log folder"


def test_a_damaged_shop_offers_a_snapshot_and_opens_restored(qtbot, window, shop,
                                                             monkeypatch):
    from opsdesk_gui.store import list_backups

    offered = []

    def choose_newest(parent, path, error):
        offered.append(error.code)
        return list_backups(path)[0]

    monkeypatch.setattr("opsdesk_gui.views.main_window.offer_restore", choose_newest)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    with sqlite3.connect(shop) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shop.write_bytes(shop.read_bytes()[:4096])  # cut off: damaged
    assert not window.open_shop(shop)
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert offered == ["shop_damaged"] and window.session.path == shop and warnings == []
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
