"""An import's summary as text people read (and can copy into a message)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..importers.pipeline import ImportSummary
from ..importers.preset import presets

TABLE_NAMES = {
    "orders": "orders", "order_lines": "order lines", "buyers": "buyers",
    "products": "products", "refunds": "refunds", "traffic": "traffic rows",
    "ad_spend": "ad spend rows",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummary", text)


def summary_text(summary: ImportSummary) -> str:
    lines = []
    for report in summary.files:
        label = presets()[report.preset].label if report.preset in presets() else report.preset
        if report.already_imported:
            lines.append(_tr("{file}: imported before, nothing to add").format(
                file=report.file))
            continue
        lines.append(_tr("{file} ({kind}): {rows} rows read, {skipped} skipped").format(
            file=report.file, kind=label, rows=report.rows_read, skipped=report.rows_skipped))
        for warning in report.warnings.values():
            lines.append("  " + _tr("Note: {0}").format(warning.message))
    lines.append("")
    for table, counts in summary.counts.items():
        lines.append(_tr("{table}: {added} added, {updated} updated, {unchanged} unchanged")
                     .format(table=_tr(TABLE_NAMES.get(table, table)), added=counts.added,
                             updated=counts.updated, unchanged=counts.unchanged))
    lines.append(_tr("In all: {added} added, {updated} updated, {unchanged} unchanged, "
                     "{skipped} skipped").format(
        added=summary.total("added"), updated=summary.total("updated"),
        unchanged=summary.total("unchanged"), skipped=summary.total("skipped")))
    return "\n".join(lines)
