"""The KPI table page of the Reports tab: the period's KPIs against the comparison period,
with the names operators know and each definition in the tooltip. The metric names and
definitions keep the "ReportsTab" translation context they have always had; the
dashboard's cards reuse them."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale

from ...models.kpi import RATE_METRICS, KpiComparison, Kpis, compare_kpis, metric_change
from ...money import format_cents
from ...printed.names import metric_names
from ..labels import platform_name
from ..listing_tab import ListingTab
from ..table import Column
from ..table.model import grouping_locale

translate = QCoreApplication.translate

# (code, kind): the KPIs in the order operators read them.
METRICS = (
    ("gmv", "money"), ("visitors", "int"), ("conversion_rate", "rate"), ("aov", "money"),
    ("paid_orders", "int"), ("paying_buyers", "int"), ("units", "int"),
    ("aov_per_order", "money"), ("refund_amount", "money"), ("refund_rate", "rate"),
    ("net_sales", "money"), ("gross_margin", "rate"), ("uv_value", "money"),
)


def metric_value(kpis: Kpis, code: str):
    return getattr(kpis, code)


def change_text(code: str, change: float | None, signed: bool = True) -> str:
    """A metric_change as text: '+12.0%', or for a rate '+0.50 pt' (个百分点)."""
    if change is None:
        return "—"
    locale = grouping_locale(QLocale())
    sign = ("+" if change >= 0 else "−") if signed else ""
    if code in RATE_METRICS:
        return translate("ReportsTab", "{0} pt").format(
            sign + locale.toString(abs(change) * 100, "f", 2))
    return sign + locale.toString(abs(change) * 100, "f", 1) + "%"


VISITOR_RATES = ("conversion_rate", "uv_value")
BUYER_FIGURES = ("paying_buyers", "aov")


def platforms_text(codes) -> str:
    return "、".join(platform_name(code) for code in codes)


def scope_note(code: str, kpis: Kpis) -> str | None:
    """What a figure of this period covers, when it is not simply every sale: the
    platforms a rate over visitors covers, the orders counted as buyers, the refunds
    without a date of their own."""
    if (code in VISITOR_RATES and kpis.visitors is not None
            and not kpis.visitors_cover_all_sales):
        return translate("ReportsTab", "Covers {0} only: the platforms whose visitors are "
                         "known").format(platforms_text(kpis.visitor_platforms))
    if code in BUYER_FIGURES and not kpis.buyers_known:
        return translate("ReportsTab", "Approximate: {0} orders have no buyer ID; their "
                         "buyers are counted by the receiver's name and phone, or one per "
                         "order").format(kpis.buyerless_orders)
    if code == "refund_amount" and kpis.undated_refund_amount:
        return translate("ReportsTab", "{0} of it has no refund date: counted on the "
                         "order's payment day").format(grouping_locale(QLocale()).toString(
                             float(format_cents(kpis.undated_refund_amount)), "f", 2))
    return None


def scope_notes(kpis: Kpis) -> list[str]:
    """The period's scope notes, once each, for a page's note."""
    notes = [scope_note(code, kpis) for code in ("conversion_rate", "paying_buyers",
                                                 "refund_amount")]
    return [note for note in notes if note]


def missing_text(code: str, kpis: Kpis) -> str:
    """What a KPI without a figure says instead: the export to import, else a dash."""
    if code in ("visitors", "conversion_rate", "uv_value") and kpis.visitors is None:
        return translate("ReportsTab", "— import 生意参谋 traffic")
    if code == "gross_margin" and kpis.margin_gap in ("no_cost", "no_lines"):
        return translate("ReportsTab", "— add unit costs (product sheet)")
    if code == "gross_margin" and kpis.margin_gap == "negative_net_sales":
        return translate("ReportsTab", "— net sales below 0")
    return "—"


def format_metric(code: str, kind: str, kpis: Kpis, value) -> str:
    """A KPI's value as shown: money with format_cents, rates in per cent, counts grouped;
    a period before the shop's first sale has no data, not zeros."""
    if kpis.before_data:
        return translate("ReportsTab", "no data")
    if value is None:
        return missing_text(code, kpis)
    locale = grouping_locale(QLocale())
    if kind == "money":
        return locale.toString(float(format_cents(value)), "f", 2)
    if kind == "rate":
        return locale.toString(value * 100, "f", 2) + "%"
    text = locale.toString(int(value))
    if code == "visitors" and kpis.visitors_approximate:
        text += " " + translate("ReportsTab", "(approx.)")
    return text


class KpiTablePage(ListingTab):
    key = "reports"  # keeps the table's saved header state and export name

    def title(self) -> str:
        return self.tr("KPI table")

    def columns(self) -> list[Column]:
        return [
            Column("metric", translate("ReportsTab", "Metric")),
            Column("value", translate("ReportsTab", "This period")),
            Column("base", translate("ReportsTab", "Comparison period")),
            Column("change", translate("ReportsTab", "Change"), "text",
                   translate("ReportsTab", "This period against the comparison period: in "
                             "per cent, rates in percentage points (个百分点)")),
            Column("currency", translate("ReportsTab", "Currency")),
            Column("definition", translate("ReportsTab", "Definition")),
        ]

    @staticmethod
    def load(conn, selection) -> pd.DataFrame:
        comparisons = compare_kpis(conn, selection.period, selection.comparison,
                                   selection.platform)
        return pd.DataFrame({"comparison": list(comparisons.values())})

    def _on_loaded(self, frame: pd.DataFrame, selection) -> None:
        rows = []
        names = metric_names()
        for comparison in frame["comparison"]:
            rows.extend(self._rows(comparison, names))
        super()._on_loaded(pd.DataFrame(rows, columns=["metric", "value", "base", "change",
                                                       "currency", "definition"]), selection)

    @staticmethod
    def _rows(comparison: KpiComparison, names) -> list[tuple]:
        rows = []
        for code, kind in METRICS:
            now = metric_value(comparison.current, code)
            before = metric_value(comparison.base, code)
            change = change_text(code, metric_change(code, now, before,
                                                     comparison.base.before_data))
            # what the figure covers first, where a narrow column still shows it
            note = scope_note(code, comparison.current)
            definition = f"* {note} — {names[code][1]}" if note else names[code][1]
            value = format_metric(code, kind, comparison.current, now)
            rows.append((names[code][0], value + (" *" if note else ""),
                         format_metric(code, kind, comparison.base, before), change,
                         comparison.current.currency, definition))
        return rows

    def describe(self, frame, selection) -> str:
        return translate("ReportsTab", "{period} against {base}").format(
            period=str(selection.period), base=str(selection.comparison))
