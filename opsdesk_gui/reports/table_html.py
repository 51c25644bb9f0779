"""A table as a printable HTML page: title, a line saying what it shows, the rows."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

STYLE = """
body { font-family: 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif;
       font-size: 9pt; }
h1 { font-size: 14pt; margin: 0 0 2pt 0; }
p.subtitle { color: #555; margin: 0 0 8pt 0; }
p.note { color: #555; margin-top: 6pt; }
"""
# Qt's rich text (which prints these pages) honours table attributes, not cell CSS.


def table_html(title: str, subtitle: str, headers: Sequence[str],
               columns: Sequence[Sequence[str]], numeric: Sequence[bool],
               note: str = "") -> str:
    """`columns` holds each column's shown texts (all the same length)."""
    head = "".join(f'<th bgcolor="#e8eef6" align="{"right" if num else "left"}">'
                   f"{escape(h)}</th>" for h, num in zip(headers, numeric, strict=True))
    rows = []
    for index, values in enumerate(zip(*columns, strict=True)):
        shade = ' bgcolor="#f6f8fb"' if index % 2 else ""
        cells = "".join(f'<td align="{"right" if num else "left"}">{escape(v)}</td>'
                        for v, num in zip(values, numeric, strict=True))
        rows.append(f"<tr{shade}>{cells}</tr>")
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    return (f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class='subtitle'>{escape(subtitle)}</p>"
            f'<table width="100%" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"{note_html}</body></html>")
