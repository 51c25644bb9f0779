"""A printable page of several parts (reports/page_html.py)."""

from __future__ import annotations

import base64

from opsdesk_gui.reports.page_html import image_block, note_block, page_html, table_block


def test_page_keeps_the_order_of_its_blocks_and_escapes_text():
    table = table_block("By reason", ["Reason", "Refunds"], [["尺码不符", "<b>"], ["160.00", "1"]],
                        [False, True])
    html = page_html("After-sales <1>", "first line\nsecond & last", [
        table, image_block(b"\x89PNG", 900), note_block("a note")])
    assert "<h1>After-sales &lt;1&gt;</h1>" in html
    assert "first line<br>second &amp; last" in html
    assert "<h2>By reason</h2>" in html
    assert '<td align="left">尺码不符</td><td align="right">160.00</td>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    data = base64.b64encode(b"\x89PNG").decode()
    assert f'<img src="data:image/png;base64,{data}" width="900">' in html
    assert html.index("By reason") < html.index("data:image") < html.index("a note")


def test_empty_heading_and_note_add_nothing():
    assert table_block("", ["A"], [["1"]], [True]).startswith("<table")
    assert note_block("") == ""
