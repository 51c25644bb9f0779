"""A printable page of several parts: tables with their headings, charts as images, notes.
The look is table_html's (same style sheet), for pages that show more than one table."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from .table_html import STYLE


def table_block(heading: str, headers: Sequence[str], columns: Sequence[Sequence[str]],
                numeric: Sequence[bool]) -> str:
    """A heading (may be empty) and a table; `columns` holds each column's shown texts."""
    align = ["right" if num else "left" for num in numeric]
    head = "".join(f'<th bgcolor="#e8eef6" align="{a}">{escape(h)}</th>'
                   for h, a in zip(headers, align, strict=True))
    rows = []
    for index, values in enumerate(zip(*columns, strict=True)):
        shade = ' bgcolor="#f6f8fb"' if index % 2 else ""
        cells = "".join(f'<td align="{a}">{escape(v)}</td>'
                        for v, a in zip(values, align, strict=True))
        rows.append(f"<tr{shade}>{cells}</tr>")
    title = f"<h2>{escape(heading)}</h2>" if heading else ""
    return (f'{title}<table width="100%" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def image_block(png: bytes, width: int) -> str:
    """A PNG embedded in the page (Qt's rich text reads data: URLs), `width` in pixels."""
    data = base64.b64encode(png).decode("ascii")
    return f'<p><img src="data:image/png;base64,{data}" width="{int(width)}"></p>'


def note_block(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>' if text else ""


def page_html(title: str, subtitle: str, blocks: Sequence[str]) -> str:
    """The page: title, what it shows (its lines kept), then the blocks in order."""
    lines = "<br>".join(escape(line) for line in subtitle.splitlines())
    style = STYLE + "h2 { font-size: 11pt; margin: 10pt 0 4pt 0; }\n"
    return (f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class='subtitle'>{lines}</p>"
            f"{''.join(blocks)}</body></html>")
