"""A review as a printable HTML document (escaped), for QTextDocument: title, what it
covers, then each section as a table, the GMV change explained in a sentence, and the trend
charts as embedded PNG images. The wording comes in `labels` (built on the Qt side in the
current language); missing labels show their key, so a gap is visible, not fatal. No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from html import escape

from ..money import format_cents
from .page_html import image_block
from .review import ReviewContent
from .review_tables import Col, Section, Typed, is_missing, review_sections
from .table_html import STYLE

NUMERIC_KINDS = {"int", "approx_int", "money", "signed_money", "rate", "change", "points",
                 "factor"}
# Columns whose cells may wrap: long free text, and labels with spaces. Every other cell
# stays on one line (Qt's table layout would squeeze a short column to a character wide).
WRAPPING_COLUMNS = {"title", "reason", "direction", "kind", "metric"}
CHART_WIDTH = 640  # pixels on the page: a portrait A4 page is about 660 wide


def money_text(cents: int, signed: bool = False) -> str:
    """12345678 -> '123,456.78' (thousands grouped as both languages write them)."""
    text = format_cents(abs(int(cents)))
    whole, frac = text.split(".")
    sign = "-" if cents < 0 else ("+" if signed and cents > 0 else "")
    return f"{sign}{int(whole):,}.{frac}"


def whole(value: float | int) -> int:
    """Rounded half away from zero (as money.divide_cents), never to even."""
    return int(math.copysign(math.floor(abs(float(value)) + 0.5), float(value)))


def label(labels: Mapping[str, str], key: str) -> str:
    return labels.get(key, key)


def cell_text(value: object, kind: str, labels: Mapping[str, str], group: str = "") -> str:
    if isinstance(value, Typed):
        value, kind = value.value, value.kind
    if kind == "code":
        if is_missing(value):
            return labels.get(f"{group}.none", "—")
        return labels.get(f"{group}.{value}", str(value))
    if is_missing(value):
        return "—"
    if kind == "money":
        return money_text(whole(value))
    if kind == "signed_money":
        return money_text(whole(value), signed=True)
    if kind == "int":
        return f"{whole(value):,}"
    if kind == "approx_int":
        return "≈" + f"{whole(value):,}"
    if kind == "rate":
        return f"{value * 100:.2f}%"
    if kind == "change":
        return f"{value * 100:+.1f}%"
    if kind == "points":
        return label(labels, "unit.points").format(f"{value * 100:+.2f}")
    if kind == "factor":
        return f"×{value:.3f}"
    return str(value)


def _table(headers: list[str], texts: list[list[str]], cols: tuple[Col, ...],
           numeric: list[bool]) -> str:
    def cell(tag: str, text: str, i: int) -> str:
        attrs = f' align="{"right" if numeric[i] else "left"}"'
        if tag == "td" and cols[i].key not in WRAPPING_COLUMNS:
            attrs += ' style="white-space: nowrap"'  # Qt ignores the nowrap attribute
        if tag == "th":
            attrs += ' bgcolor="#e8eef6"'
        return f"<{tag}{attrs}>{escape(text)}</{tag}>"

    head = "".join(cell("th", h, i) for i, h in enumerate(headers))
    rows = []
    for n, values in enumerate(zip(*texts, strict=True)):
        shade = ' bgcolor="#f6f8fb"' if n % 2 else ""
        rows.append(f"<tr{shade}>" + "".join(cell("td", v, i) for i, v in enumerate(values))
                    + "</tr>")
    return (f'<table width="100%" cellspacing="0" cellpadding="3"><thead><tr>{head}</tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def section_table(section: Section, labels: Mapping[str, str], heading: bool = True) -> str:
    """The section's heading and table; columns with no figure in any row are left out
    (e.g. a channel table without 生意参谋 source rows has no visitors to show)."""
    title = label(labels, f"section.{section.key}") if heading else ""
    html = f"<h2>{escape(title)}</h2>" if title else ""
    if not section.rows:
        return html + f'<p class="note">{escape(label(labels, "empty"))}</p>'
    shown = [i for i, col in enumerate(section.columns)
             if col.kind == "code" or any(not is_missing(_raw(row[i])) for row in section.rows)]
    cols = tuple(section.columns[i] for i in shown)
    texts = [[cell_text(row[i], section.columns[i].kind, labels, section.columns[i].group)
              for row in section.rows] for i in shown]
    numeric = [col.kind in NUMERIC_KINDS or (col.kind == "text" and _typed_numeric(section, i))
               for i, col in zip(shown, cols, strict=True)]
    return html + _table([label(labels, f"col.{c.key}") for c in cols], texts, cols, numeric)


def _raw(value: object) -> object:
    return value.value if isinstance(value, Typed) else value


def _typed_numeric(section: Section, index: int) -> bool:
    return any(isinstance(row[index], Typed) and row[index].kind in NUMERIC_KINDS
               for row in section.rows)


def split_sentence(content: ReviewContent, labels: Mapping[str, str]) -> str:
    change = content.comparison.change
    delta = money_text(change.gmv_delta, signed=True)
    if not content.gmv_factors:
        return label(labels, "gmv.no_split").format(delta=delta)
    percent = f"{math.expm1(change.gmv) * 100:+.1f}%"
    key = "gmv.split_buyers" if content.gmv_factors[0].code == "buyers" else "gmv.split"
    return label(labels, key).format(delta=delta, percent=percent)


def _platforms(codes, labels: Mapping[str, str]) -> str:
    return "、".join(labels.get(f"platform.{code}", code) for code in codes)


def scope_notes(content: ReviewContent, labels: Mapping[str, str]) -> list[str]:
    """What the key figures cover, when it is not every sale of the period."""
    now, notes = content.comparison.current, []
    if now.visitors is not None and not now.visitors_cover_all_sales:
        notes.append(label(labels, "note.scope").format(
            platforms=_platforms(now.visitor_platforms, labels)))
    if not now.buyers_known:
        notes.append(label(labels, "note.buyerless").format(count=now.buyerless_orders))
    if now.undated_refund_amount:
        notes.append(label(labels, "note.undated").format(
            amount=money_text(now.undated_refund_amount)))
    if content.comparison.base.before_data:
        notes.append(label(labels, "note.before_data"))
    return notes


def _split_scope(content: ReviewContent, labels: Mapping[str, str]) -> str | None:
    """Which GMV the split explains, when it is not the whole GMV."""
    change, now = content.comparison.change, content.comparison.current
    if not content.gmv_factors or content.gmv_factors[0].code == "buyers":
        return None
    scoped = change.split_current_gmv - change.split_base_gmv
    if scoped == change.gmv_delta and now.visitors_cover_all_sales:
        return None
    return label(labels, "gmv.split_scope").format(
        platforms=_platforms(now.visitor_platforms, labels),
        scoped=money_text(scoped, signed=True),
        other=money_text(change.gmv_delta - scoped, signed=True))


def unjudged_lines(content: ReviewContent, labels: Mapping[str, str]) -> list[str]:
    """The days of the period the unusual-day check could not judge, and why."""
    spans = content.unjudged_days
    if spans is None:
        return []
    lines = []
    for first, last, metric, reason in spans.itertuples(index=False):
        days = str(first) if first == last else f"{first} – {last}"
        lines.append(label(labels, "unjudged").format(
            days=days, metric=label(labels, f"metric.{metric}"),
            reason=label(labels, f"unjudged.{reason}")))
    return lines


def _subtitle(content: ReviewContent, labels: Mapping[str, str]) -> str:
    platform = (labels.get(f"platform.{content.platform}", content.platform)
                if content.platform else label(labels, "all_platforms"))
    lines = [label(labels, "subtitle").format(
        period=str(content.period), days=content.period.days, base=str(content.base),
        platform=platform, currency=content.currency)]
    if content.partial:
        lines.append(label(labels, "partial").format(day=content.last_sale_day.isoformat()))
    return "<br>".join(escape(line) for line in lines)


def review_html(content: ReviewContent, labels: Mapping[str, str], shop_name: str,
                charts: Mapping[str, bytes] | None = None) -> str:
    """The whole document. `charts`: chart key -> PNG, placed under the trend heading."""
    sections = {s.key: s for s in review_sections(content)}
    title = label(labels, "title").format(shop=shop_name,
                                          kind=label(labels, f"kind.{content.kind}"))
    summary = content.products
    blocks = [section_table(sections["kpis"], labels)]
    blocks += [f'<p class="note">* {escape(note)}</p>' for note in scope_notes(content, labels)]
    blocks += [f"<h2>{escape(label(labels, 'section.gmv_split'))}</h2>",
               f"<p>{escape(split_sentence(content, labels))}</p>"]
    scope = _split_scope(content, labels)
    if scope:
        blocks.append(f'<p class="note">{escape(scope)}</p>')
    if sections["gmv_split"].rows:
        blocks.append(section_table(sections["gmv_split"], labels, heading=False))
    blocks.append(f"<h2>{escape(label(labels, 'section.trend'))}</h2>")
    blocks += [image_block(png, CHART_WIDTH) for png in (charts or {}).values()]
    blocks.append(section_table(sections["top_products"], labels))
    rate = summary.sell_through_rate
    blocks.append('<p class="note">' + escape(label(labels, "products.summary").format(
        sold=summary.sold, on_shelf=summary.on_shelf,
        rate="—" if rate is None else f"{rate * 100:.1f}%")) + "</p>")
    if summary.platforms_without_stock:
        blocks.append('<p class="note">' + escape(label(labels, "products.no_stock").format(
            platforms=_platforms(summary.platforms_without_stock, labels))) + "</p>")
    for key in ("bottom_products", "channels", "refund_reasons", "refunded_products",
                "unusual_days"):
        blocks.append(section_table(sections[key], labels))
    blocks += [f'<p class="note">{escape(line)}</p>' for line in unjudged_lines(content, labels)]
    style = STYLE + "h2 { font-size: 11pt; margin: 12pt 0 4pt 0; }\ntd, th { font-size: 8pt; }\n"
    return (f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class='subtitle'>{_subtitle(content, labels)}</p>"
            f"{''.join(blocks)}</body></html>")
