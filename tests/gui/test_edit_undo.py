"""Edit → Undo / Redo and Ctrl+Z / Ctrl+Y of the window act on the undo stack of the page
on show (views/edit_undo.py), and on the last import on a page without one."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.importers.pipeline import import_files


@pytest.fixture
def shop(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS),
                             write_lines(tmp_path / "l.csv", LINES)])
    return shop_path


def plan_names(shop):
    with sqlite3.connect(shop) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM campaigns")]


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)


def press(qtbot, window, key):
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_undoes_the_plan_edit_on_the_campaigns_pages(qtbot, window, shop):
    window.show()
    with qtbot.waitActive(window):  # shortcuts only reach an active window
        window.activateWindow()
    window.open_shop(shop)
    wait_idle(qtbot, window)
    undo, redo = window.edit_undo.undo_action, window.edit_undo.redo_action
    # the Products page: its own (empty) stack of product edits
    assert undo.text() == "&Undo" and not undo.isEnabled()
    window.tabs.setCurrentWidget(window.campaigns)
    wait_idle(qtbot, window)
    assert not undo.isEnabled()
    with qtbot.waitSignal(window.campaigns.editor.saved, timeout=15_000):
        window.campaigns.plans.new_plan()
    wait_idle(qtbot, window)
    assert plan_names(shop) == ["New campaign"]
    assert undo.text() == "&Undo New plan" and undo.isEnabled()
    assert window.menus.edit_menu.actions()[:2] == [undo, redo]

    with qtbot.waitSignal(window.campaigns.editor.saved, timeout=15_000):
        press(qtbot, window, Qt.Key.Key_Z)
    wait_idle(qtbot, window)
    assert plan_names(shop) == []
    assert redo.text() == "&Redo New plan" and redo.isEnabled()
    # the Checklist page edits the same plans: the same stack
    window.campaigns.page_bar.setCurrentWidget(window.campaigns.checklist)
    assert redo.text() == "&Redo New plan"
    with qtbot.waitSignal(window.campaigns.editor.saved, timeout=15_000):
        press(qtbot, window, Qt.Key.Key_Y)
    wait_idle(qtbot, window)
    assert plan_names(shop) == ["New campaign"]


def test_a_page_without_undo_undoes_the_last_import(qtbot, window, shop, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    window.open_shop(shop)
    wait_idle(qtbot, window)
    window.tabs.setCurrentWidget(window.customers)  # its pages keep no undo stack
    undo, redo = window.edit_undo.undo_action, window.edit_undo.redo_action
    assert undo.text() == "&Undo last import" and undo.isEnabled()
    assert not redo.isEnabled()
    undo.trigger()
    wait_idle(qtbot, window)
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_ctrl_z_brings_back_a_deleted_review_note(qtbot, window, shop_path):
    from campaign_shop import PLAN, create_campaign_shop
    from PySide6.QtWidgets import QTableWidgetItem

    shop = create_campaign_shop(shop_path)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_shop(shop)
    wait_idle(qtbot, window)
    tab = window.campaigns
    window.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, window)
    tab.plans.table.table.selectRow(next(n for n, p in enumerate(tab.plans.plans)
                                         if p.name == PLAN.name))
    with qtbot.waitSignal(tab.review.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(tab.review)
    notes = tab.review.notes
    notes.add.click()
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        notes.table.setItem(0, 0, QTableWidgetItem("Visitors short"))
    notes.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        notes.delete.click()
    assert notes.table.rowCount() == 0
    undo = window.edit_undo.undo_action
    assert undo.isEnabled() and undo.text().startswith("&Undo ")
    assert undo.text() != "&Undo last import"
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        press(qtbot, window, Qt.Key.Key_Z)
    assert notes.table.item(0, 0).text() == "Visitors short"
