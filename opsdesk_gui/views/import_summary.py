"""An import's summary as text people read (and can copy into a message)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..importers.pipeline import ImportSummary
from ..importers.preset import presets
from .messages import warning_text

translate = QCoreApplication.translate
CONTEXT = "ImportSummary"
TABLE_NAMES = {
    "orders": QT_TRANSLATE_NOOP("ImportSummary", "orders"),
    "order_lines": QT_TRANSLATE_NOOP("ImportSummary", "order lines"),
    "buyers": QT_TRANSLATE_NOOP("ImportSummary", "buyers"),
    "products": QT_TRANSLATE_NOOP("ImportSummary", "products"),
    "refunds": QT_TRANSLATE_NOOP("ImportSummary", "refunds"),
    "traffic": QT_TRANSLATE_NOOP("ImportSummary", "traffic rows"),
    "ad_spend": QT_TRANSLATE_NOOP("ImportSummary", "ad spend rows"),
}


def summary_text(summary: ImportSummary) -> str:
    lines = []
    for report in summary.files:
        label = presets()[report.preset].label if report.preset in presets() else report.preset
        if report.already_imported:
            lines.append(translate("ImportSummary", "{file}: imported before, nothing to add")
                         .format(file=report.file))
            continue
        lines.append(translate("ImportSummary", "{file} ({kind}): {rows} rows read, "
                               "{skipped} skipped").format(file=report.file, kind=label,
                                                           rows=report.rows_read,
                                                           skipped=report.rows_skipped))
        for warning in report.warnings.values():
            lines.append("  " + translate("ImportSummary", "Note: {0}").format(
                warning_text(warning)))
    lines.append("")
    for table, counts in summary.counts.items():
        name = translate(CONTEXT, TABLE_NAMES.get(table, table))
        lines.append(translate("ImportSummary", "{table}: {added} added, {updated} updated, "
                               "{unchanged} unchanged").format(
            table=name, added=counts.added, updated=counts.updated,
            unchanged=counts.unchanged))
    lines.append(translate("ImportSummary", "In all: {added} added, {updated} updated, "
                           "{unchanged} unchanged, {skipped} skipped").format(
        added=summary.total("added"), updated=summary.total("updated"),
        unchanged=summary.total("unchanged"), skipped=summary.total("skipped")))
    return "\n".join(lines)
