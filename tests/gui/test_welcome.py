"""The welcome page: what a new owner sees before any shop is open."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from opsdesk_gui.i18n import install as install_language
from opsdesk_gui.importers.cost_sheet import read_cost_sheet
from opsdesk_gui.reports.cost_sheet_template import template_headers
from opsdesk_gui.settings import Settings
from opsdesk_gui.store import open_shop
from opsdesk_gui.views.main_window import MainWindow
from opsdesk_gui.views.welcome.guide_text import platform_html, platforms


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings, tmp_path):
    window = MainWindow(settings)
    window.welcome.demo_path = tmp_path / "demo" / "demo.opsdesk"  # never the user's
    window.welcome.demo_scale = 0.03
    qtbot.addWidget(window)
    yield window
    window.close()


def test_no_shop_shows_the_welcome_page_and_a_shop_shows_the_tabs(window, shop_path):
    assert window.pages.currentWidget() is window.welcome
    assert not window.period_toolbar.isVisibleTo(window)
    assert not window.menus.import_action.isEnabled()
    open_shop(shop_path, create=True).conn.close()
    assert window.open_shop(shop_path)
    assert window.pages.currentWidget() is window.tabs
    assert window.period_toolbar.isVisibleTo(window)


def test_the_demo_shop_is_built_in_the_background_with_progress(qtbot, window):
    progress = []
    window.runner.progressed.connect(lambda key, fraction: progress.append(fraction))
    window.welcome.demo_button.click()
    # the click returns at once: the shop is built by a worker, the button waits for it
    assert window.welcome.building_demo
    assert not window.welcome.demo_button.isEnabled()
    assert window.session is None
    qtbot.waitUntil(lambda: window.session is not None, timeout=120_000)
    assert window.session.path == window.welcome.demo_path
    assert window.pages.currentWidget() is window.tabs
    assert progress and max(progress) == 1.0
    assert not window.welcome.building_demo and window.welcome.demo_button.isEnabled()


def test_a_cancelled_demo_build_leaves_no_shop_and_can_start_again(qtbot, window):
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.welcome.demo_progress.maximum() == 1000, timeout=60_000)
    window.runner.cancel_all()  # the status bar's Cancel
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
    assert window.session is None and not window.welcome.demo_path.exists()
    assert not window.welcome.building_demo and window.welcome.demo_button.isEnabled()


def test_opening_the_demo_again_opens_the_built_shop(window):
    path = window.welcome.demo_path
    path.parent.mkdir()
    open_shop(path, create=True).conn.close()
    window.welcome.open_demo()  # no second build: it is there
    assert not window.welcome.building_demo
    assert window.session.path == path


def test_recent_shops_are_listed_and_open_on_activation(window, settings, tmp_path):
    kept, gone = tmp_path / "kept.opsdesk", tmp_path / "gone.opsdesk"
    open_shop(kept, create=True).conn.close()
    settings.last_shop = str(gone)
    settings.last_shop = str(kept)
    window.welcome.show_recent_shops()
    items = window.welcome.recent_list
    assert items.count() == 1  # a shop file that was moved or deleted is not offered
    assert items.item(0).data(Qt.ItemDataRole.UserRole) == str(kept)
    items.itemActivated.emit(items.item(0))
    assert window.session.path == kept


def test_the_cost_and_stock_template_is_read_by_the_cost_sheet_importer(
        window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    path = tmp_path / "成本库存.xlsx"
    assert window.welcome.save_template(path)
    assert str(path) in shown[0]
    sheet = read_cost_sheet(path)  # the header alone: found, and no rows yet
    assert sheet.costs.empty and sheet.skipped == 0
    assert template_headers()[:5] == ["商家编码", "商品名称", "规格", "成本", "库存"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_import_guide_names_each_platforms_files(qtbot, window, language):
    install_language(language)
    try:
        qtbot.waitUntil(lambda: window.welcome.heading.text() != "", timeout=5_000)
        if language == "zh_CN":  # the page retranslates on the language change event
            qtbot.waitUntil(lambda: "欢迎" in window.welcome.heading.text(), timeout=5_000)
        guide = window.welcome.guide
        assert guide.platform_keys() == ["taobao", "douyin", "pdd", "jd", "shopify",
                                         "woocommerce", "costs"]
        guide.show_platform("shopify")
        text = guide.text.toPlainText()
        assert "orders_export_1.csv" in text and "products_export_1.csv" in text
        guide.show_platform("taobao")
        text = guide.text.toPlainText()
        assert "ExportOrderList" in text and "退款管理" in text and "生意参谋" in text
        if language == "zh_CN":
            assert "去哪里下载" in window.welcome.guide_label.text()
            assert all(p.name != "Your cost and stock sheet" for p in platforms())
    finally:
        install_language("en")


def test_every_guide_page_says_where_what_and_what_it_adds():
    for platform in platforms():
        html = platform_html(platform)
        assert platform.exports
        for export in platform.exports:
            assert export.where and export.files and export.adds
            assert "→" in export.where or "template" in export.where
        assert html.count("<table") == len(platform.exports)


def test_create_a_shop_and_import_asks_for_the_shop_then_the_exports(
        window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from taobao_files import ORDERS, write_orders

    from opsdesk_gui.views.import_dialog import ImportDialog

    export = write_orders(tmp_path / "ExportOrderList202603031200.csv", ORDERS)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "我的店"), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(export)], ""))
    window.welcome.new_button.click()
    assert window.session.path == tmp_path / "我的店.opsdesk"  # the suffix is added
    assert window.pages.currentWidget() is window.tabs
    dialogs = window.findChildren(ImportDialog)  # the import dialog, on the new shop
    assert len(dialogs) == 1
    assert dialogs[0].shop_path == window.session.path and dialogs[0].files == [export]
    dialogs[0].close()


def test_cancelling_the_new_shop_asks_for_no_exports(window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args: asked.append(args) or ([], ""))
    window.welcome.new_button.click()
    assert window.session is None and asked == []
    assert window.pages.currentWidget() is window.welcome


def test_the_template_button_saves_where_the_owner_chooses(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "my costs.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window.welcome.template_button.click()
    assert read_cost_sheet(target).costs.empty  # written, and readable as a cost sheet


def test_a_template_that_cannot_be_written_says_so(window, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert not window.welcome.save_template(tmp_path / "no-such-folder" / "t.xlsx")
    assert warned and "no-such-folder" in warned[0]


@pytest.mark.slow
def test_screenshot_without_a_shop_renders_the_welcome_page_per_platform(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    out = tmp_path / "shots"
    result = subprocess.run([sys.executable, "-m", "opsdesk_gui", "--screenshot", str(out),
                             "--language", "zh_CN"], env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["welcome.png", "welcome-douyin.png", "welcome-pdd.png",
                            "welcome-jd.png", "welcome-shopify.png", "welcome-woocommerce.png",
                            "welcome-costs.png"])
    for path in out.iterdir():
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 20_000
