"""The registration checklist as a printable HTML page (A4 portrait, more pages if
needed): the plan's header, then each item with a box, its status, owner, due date and the
products at fault. The wording comes in `labels` (built on the Qt side in the current
language); a missing label shows its key. No Qt."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from ..models.campaigns.checklist import CheckItem, Checklist, ProductFinding
from ..models.campaigns.plan import CampaignPlan
from .table_html import STYLE

BOX = {"pass": "☑", "fail": "☒", "look": "☐"}
# (label, width %): Qt's table layout squeezes a column without a width to its longest word
COLUMNS = (("col.box", 4), ("col.item", 20), ("col.status", 8), ("col.owner", 8),
           ("col.due", 10), ("col.products", 50))
COLOURS = {"pass": "#2f855a", "fail": "#c53030", "look": "#b7791f"}


def _label(labels: Mapping[str, str], key: str) -> str:
    return labels.get(key, key)


def finding_text(finding: ProductFinding, labels: Mapping[str, str]) -> str:
    """'SKU: what is wrong, with its figures' in the labels' language."""
    template = _label(labels, f"reason.{finding.reason}")
    figures = finding.to_dict()
    if "source" in figures and figures["source"] == "baseline":
        figures["source"] = _label(labels, "source.baseline")
    for key in ("margin", "floor"):
        if isinstance(figures.get(key), float):
            figures[key] = f"{figures[key] * 100:.1f}%"
    try:
        text = template.format(**figures)
    except (KeyError, IndexError, ValueError):
        text = template
    return f"{finding.sku}: {text}" if finding.sku else text


def item_name(item: CheckItem, labels: Mapping[str, str]) -> str:
    return item.text or _label(labels, f"item.{item.key}")


def _phases(plan: CampaignPlan, labels: Mapping[str, str]) -> str:
    parts = [(labels.get("phase.registration", "registration"), plan.registration_deadline),
             (labels.get("phase.warmup", "warm-up"), plan.warmup_start),
             (labels.get("phase.peak", "peak"), f"{plan.start} ~ {plan.end}"),
             (labels.get("phase.encore", "encore"), plan.encore_end)]
    return " · ".join(f"{name} {value}" for name, value in parts if value)


def checklist_html(plan: CampaignPlan, checklist: Checklist, labels: Mapping[str, str],
                   shop_name: str = "") -> str:
    title = _label(labels, "title").format(name=plan.name)
    platform = labels.get(f"platform.{plan.platform}", plan.platform or "") if plan.platform \
        else _label(labels, "platform.all")
    subtitle = [f"{shop_name} · {platform}" if shop_name else platform, _phases(plan, labels),
                _label(labels, "subtitle").format(
                    as_of=checklist.as_of, days=plan.settings.lowest_days,
                    floor=f"{plan.settings.margin_floor * 100:.0f}%",
                    qty=plan.settings.max_qty)]
    head = "".join(f'<th bgcolor="#e8eef6" align="left" width="{w}%">'
                   f"{escape(_label(labels, k))}</th>" for k, w in COLUMNS)
    rows = []
    for index, item in enumerate(checklist.items):
        colour = COLOURS[item.status]
        products = "<br>".join(escape(finding_text(p, labels)) for p in item.products)
        if item.status != "pass" and (advice := labels.get(f"advice.{item.key}")):
            products += f"<br><span style='color: #555'>→ {escape(advice)}</span>"
        owner = labels.get(f"role.{item.owner}", item.owner) or (
            _label(labels, "role.operator") if item.kind == "auto" else "")
        due = item.due_on or plan.registration_deadline or ""
        kind = _label(labels, f"kind.{item.kind}")
        shade = ' bgcolor="#f6f8fb"' if index % 2 else ""
        rows.append(
            f"<tr{shade}><td style='font-size: 13pt'>{BOX[item.status]}</td>"
            f"<td>{escape(item_name(item, labels))}<br><span style='color: #777'>"
            f"{escape(kind)}</span></td>"
            f"<td style='white-space: nowrap'><font color='{colour}'><b>"
            f"{escape(_label(labels, f'status.{item.status}'))}</b></font></td>"
            f"<td style='white-space: nowrap'>{escape(owner)}</td>"
            f"<td style='white-space: nowrap'>{escape(due)}</td>"
            f"<td>{products}</td></tr>")
    lines = "<br>".join(escape(line) for line in subtitle if line)
    return (f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class='subtitle'>{lines}</p>"
            f'<table width="100%" cellspacing="0" cellpadding="4" border="0">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<p class='note'>{escape(_label(labels, 'note'))}</p></body></html>")
