"""Reports (数据运营): the period's KPIs against the comparison period, with the names
operators know and each definition in the tooltip. The dashboard, charts and printed
reports come in their own issue."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QLocale

from ...models.kpi import KpiComparison, Kpis, compare_kpis
from ...money import format_cents
from ..table import Column
from ..table.model import grouping_locale
from .base import ListingTab

# (code, kind): the KPI cards of the dashboard, in the order operators read them.
METRICS = (
    ("gmv", "money"), ("visitors", "int"), ("conversion_rate", "rate"), ("aov", "money"),
    ("paid_orders", "int"), ("paying_buyers", "int"), ("units", "int"),
    ("aov_per_order", "money"), ("refund_amount", "money"), ("refund_rate", "rate"),
    ("net_sales", "money"), ("gross_margin", "rate"), ("uv_value", "money"),
)


def metric_value(kpis: Kpis, code: str):
    return getattr(kpis, code)


class ReportsTab(ListingTab):
    key = "reports"

    def columns(self) -> list[Column]:
        return [
            Column("metric", self.tr("Metric")),
            Column("value", self.tr("This period")),
            Column("base", self.tr("Comparison period")),
            Column("change", self.tr("Change"), "rate",
                   self.tr("This period against the comparison period, in per cent")),
            Column("currency", self.tr("Currency")),
            Column("definition", self.tr("Definition")),
        ]

    def metric_names(self) -> dict[str, tuple[str, str]]:
        """code -> (name, definition), per domain.md §2."""
        return {
            "gmv": (self.tr("GMV (支付金额)"), self.tr(
                "What buyers actually paid for orders paid in the period, postage included, "
                "refunds not subtracted")),
            "visitors": (self.tr("Visitors (访客数)"), self.tr(
                "Distinct visitors, from the 生意参谋 export for exactly this period, else "
                "the sum of daily visitors (approximate: visitors do not add up across days)")),
            "conversion_rate": (self.tr("Conversion (支付转化率)"), self.tr(
                "Paying buyers ÷ visitors")),
            "aov": (self.tr("Spend per buyer (客单价)"), self.tr(
                "GMV ÷ paying buyers (生意参谋's definition)")),
            "paid_orders": (self.tr("Paid orders (支付订单数)"), self.tr(
                "Orders with a payment time in the period")),
            "paying_buyers": (self.tr("Paying buyers (支付买家数)"), self.tr(
                "Distinct buyers with a paid order in the period")),
            "units": (self.tr("Units (支付件数)"), self.tr("Items in the period's paid orders")),
            "aov_per_order": (self.tr("Order value (笔单价)"), self.tr(
                "GMV ÷ paid orders")),
            "refund_amount": (self.tr("Refunds (退款金额)"), self.tr(
                "Refunds of the period's orders: for each order the largest amount its "
                "exports state, never more than was paid")),
            "refund_rate": (self.tr("Refund rate (退款率, by amount)"), self.tr(
                "Refunds ÷ GMV")),
            "net_sales": (self.tr("Net sales (净销售额)"), self.tr("GMV − refunds")),
            "gross_margin": (self.tr("Gross margin (毛利率)"), self.tr(
                "(Net sales − unit cost × units) ÷ net sales")),
            "uv_value": (self.tr("Value per visitor (UV价值)"), self.tr("GMV ÷ visitors")),
        }

    @staticmethod
    def load(conn, selection) -> pd.DataFrame:
        comparisons = compare_kpis(conn, selection.period, selection.comparison,
                                   selection.platform)
        return pd.DataFrame({"comparison": list(comparisons.values())})

    def _on_loaded(self, frame: pd.DataFrame, selection) -> None:
        rows = []
        names = self.metric_names()
        for comparison in frame["comparison"]:
            rows.extend(self._rows(comparison, names))
        super()._on_loaded(pd.DataFrame(rows, columns=["metric", "value", "base", "change",
                                                       "currency", "definition"]), selection)

    def _rows(self, comparison: KpiComparison, names) -> list[tuple]:
        rows = []
        for code, kind in METRICS:
            now = metric_value(comparison.current, code)
            before = metric_value(comparison.base, code)
            change = (now / before - 1) if now is not None and before else None
            rows.append((names[code][0], self._format(code, kind, comparison.current, now),
                         self._format(code, kind, comparison.base, before), change,
                         comparison.current.currency, names[code][1]))
        return rows

    def _format(self, code: str, kind: str, kpis: Kpis, value) -> str:
        if value is None:
            return self._missing(code, kpis)
        locale = grouping_locale(QLocale())
        if kind == "money":
            return locale.toString(float(format_cents(value)), "f", 2)
        if kind == "rate":
            return locale.toString(value * 100, "f", 2) + "%"
        text = locale.toString(int(value))
        if code == "visitors" and kpis.visitors_approximate:
            text += " " + self.tr("(approx.)")
        return text

    def _missing(self, code: str, kpis: Kpis) -> str:
        if code in ("visitors", "conversion_rate", "uv_value") and kpis.visitors is None:
            return self.tr("— import 生意参谋 traffic")
        if code == "gross_margin" and kpis.margin_gap in ("no_cost", "no_lines"):
            return self.tr("— add unit costs (product sheet)")
        return "—"

    def describe(self, frame, selection) -> str:
        return self.tr("{period} against {base}").format(
            period=str(selection.period), base=str(selection.comparison))
