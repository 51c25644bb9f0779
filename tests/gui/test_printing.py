"""Printing a tab: the table as shown, to PDF, with Chinese text embedded."""

import shutil
import subprocess

import pytest
from PySide6.QtCore import QSettings
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.reports.table_html import table_html
from opsdesk_gui.settings import Settings
from opsdesk_gui.views.main_window import MainWindow
from opsdesk_gui.views.printing import save_pdf


def test_html_is_escaped():
    html = table_html("<b>", "x & y", ["名称"], [["<script>"]], [False])
    assert "<script>" not in html and "&lt;script&gt;" in html and "x &amp; y" in html


def test_products_tab_prints_to_pdf(qtbot, shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS),
                             write_lines(tmp_path / "l.csv", LINES)])
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.open_shop(shop_path)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    html = window.products.printable_html("测试小店 — 商品")
    assert "测试宝贝 黑色 T恤" in html and "100.00" in html
    pdf = save_pdf(html, tmp_path / "products.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "测试宝贝" in text and "SKU-TEE" in text
    window.close()
