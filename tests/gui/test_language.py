"""Switching the window between Simplified Chinese and English while it runs."""

import pytest
from PySide6.QtCore import Qt
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.i18n import current_language
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.views.messages import error_text
from opsdesk_gui.views.reports.kpi_table import KpiTablePage

CHINESE_TABS = ["商品", "活动", "客户", "报表"]
ENGLISH_TABS = ["Products", "Campaigns", "Customers", "Reports"]


@pytest.fixture
def window(window):
    """conftest's window, left in English: the language is process-wide."""
    yield window
    window.set_language("en")


def tab_names(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def file_menu_texts(window):
    return [action.text() for action in window.menuBar().actions()[0].menu().actions()]


def headers(model, count):
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(count)]


def test_the_window_switches_to_chinese_and_back(qtbot, window, settings):
    assert tab_names(window) == ENGLISH_TABS

    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: tab_names(window) == CHINESE_TABS, timeout=5_000)
    assert current_language() == "zh_CN"
    assert settings.language == "zh_CN"
    assert menu_titles(window)[:4] == ["文件(&F)", "编辑(&E)", "报表(&R)", "语言(&L)"]
    assert {"新建店铺(&N)…", "打开店铺(&O)…", "导入(&I)…", "撤销上次导入(&U)",
            "导出表格(&E)…", "退出(&Q)"} <= set(file_menu_texts(window))
    assert window.status.shop_label.text() == "未打开店铺"
    assert window.period_bar.preset.currentText() == "近30天"
    assert window.period_bar.comparison.currentText() == "对比上一周期"
    assert window.period_bar._to_label.text() == "至"
    reports = window.reports.page(KpiTablePage).table.model
    assert headers(reports, 2) == ["指标", "本期"]
    # the Qt-free code's messages follow the window's language
    error = ImportFailed("file_empty", {"file": "订单.csv"})
    assert error_text(error) == "订单.csv：文件是空的。"

    window.set_language("en")
    qtbot.waitUntil(lambda: tab_names(window) == ENGLISH_TABS, timeout=5_000)
    assert current_language() == "en"
    assert menu_titles(window)[:4] == ["&File", "&Edit", "&Reports", "&Language"]
    assert "&Import…" in file_menu_texts(window)
    assert window.period_bar.preset.currentText() == "Last 30 days"
    assert headers(reports, 2) == ["Metric", "This period"]
    assert error_text(error) == "订单.csv: the file is empty."


def test_a_shop_reads_in_chinese(qtbot, window, shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS),
                             write_lines(tmp_path / "l.csv", LINES)])
    window.set_language("zh_CN")
    window.reports.page_bar.setCurrentWidget(window.reports.page(KpiTablePage))
    assert window.open_shop(shop_path)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    assert window.status.range_label.text() == "订单日期：2026-03-01 至 2026-03-03"
    reports = window.reports.table.model
    names = [reports.index(row, 0).data() for row in range(reports.rowCount())]
    assert names[:4] == ["支付金额", "访客数", "支付转化率", "客单价"]
    assert "退款率（按金额）" in names
    assert reports.index(0, 1).data() == "169.90"
    # no traffic imported: the visitors ask for the 生意参谋 export
    assert reports.index(1, 1).data() == "— 请导入生意参谋流量数据"
    products = window.products.table.model
    assert {products.index(row, 0).data() for row in range(products.rowCount())} == {"淘宝/天猫"}
