"""The main window opens on a shop and shows the four tabs."""

from PySide6.QtWidgets import QLabel
from taobao_files import ORDERS, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.shop_info import shop_info
from opsdesk_gui.store import open_shop
from opsdesk_gui.views.main_window import MainWindow


def test_window_shows_the_shop(qtbot, shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS)])
    db = open_shop(shop_path)
    window = MainWindow(shop_path, shop_info(db.conn))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("shop")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Products", "Campaigns", "Customers", "Reports"]
    label = window.tabs.widget(0).findChild(QLabel)
    assert label.text() == "4 orders from 2026-03-01 to 2026-03-03"


def test_self_test_exits_zero(capsys):
    from opsdesk_gui.cli import main

    assert main(["--self-test"]) == 0
    assert "self-test: ok" in capsys.readouterr().out
