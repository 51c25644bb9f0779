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
    return (f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class='subtitle'>{escape(subtitle)}</p>"
            f"{table_block('', headers, columns, numeric)}{note_block(note)}</body></html>")


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


def note_block(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>' if text else ""
