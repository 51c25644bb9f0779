"""A printable page of several parts: tables with their headings, charts as images, notes.
The look is table_html's (same style sheet), for pages that show more than one table."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from .table_html import STYLE, note_block, table_block

__all__ = ["image_block", "note_block", "page_html", "table_block"]


def image_block(png: bytes, width: int) -> str:
    """A PNG embedded in the page (Qt's rich text reads data: URLs), `width` in pixels."""
    data = base64.b64encode(png).decode("ascii")
    return f'<p><img src="data:image/png;base64,{data}" width="{int(width)}"></p>'


def page_html(title: str, subtitle: str, blocks: Sequence[str]) -> str:
    """The page: title, what it shows (its lines kept), then the blocks in order."""
    lines = "<br>".join(escape(line) for line in subtitle.splitlines())
    style = STYLE + "h2 { font-size: 11pt; margin: 10pt 0 4pt 0; }\n"
    return (f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class='subtitle'>{lines}</p>"
            f"{''.join(blocks)}</body></html>")
