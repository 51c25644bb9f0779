"""`opsdesk kpi`: a period's core metrics (支付金额, 访客数, 支付转化率, 客单价 ...)."""

from __future__ import annotations

import argparse
import json
import math
import unicodedata

from ..models.kpi import KpiChange, Kpis, compare_kpis, compute_kpis
from ..models.periods import Period
from ..models.shop_reading import reading
from ..money import format_cents
from .options import add_period_arguments

NAME = "kpi"
HELP = "show a period's core metrics: GMV, orders, buyers, AOV, refunds, visitors, margin"

COMPARE = {"previous": Period.previous, "last-year": Period.last_year}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_period_arguments(parser)
    parser.add_argument("--currency", type=str.upper,
                        help="only orders in this currency (e.g. CNY)")
    parser.add_argument("--compare", choices=sorted(COMPARE),
                        help="also compute the previous period of the same length, or the "
                        "same dates a year earlier, and split the GMV change")
    parser.add_argument("--json", action="store_true", help="print JSON")


# --- JSON -------------------------------------------------------------------------------

def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def kpi_json(k: Kpis) -> dict:
    """One currency's metrics: money as decimal strings, rates as floats (6 places)."""
    return {
        "currency": k.currency,
        "period": k.period.as_dict(),
        "gmv": format_cents(k.gmv),
        "paid_orders": k.paid_orders,
        "paying_buyers": k.paying_buyers,
        "units": k.units,
        "aov": format_cents(k.aov),
        "aov_per_order": format_cents(k.aov_per_order),
        "refund_amount": format_cents(k.refund_amount),
        "refund_rate": _rate(k.refund_rate),
        "refund_order_rate": _rate(k.refund_order_rate),
        "net_sales": format_cents(k.net_sales),
        "visitors": k.visitors,
        "visitors_approximate": k.visitors_approximate,
        "conversion_rate": _rate(k.conversion_rate),
        "uv_value": format_cents(k.uv_value),
        "gross_margin": _rate(k.gross_margin),
        "cost_coverage": _rate(k.cost_coverage),
    }


def change_json(change: KpiChange) -> dict:
    return {"gmv": _rate(change.gmv), "visitors": _rate(change.visitors),
            "conversion": _rate(change.conversion), "aov": _rate(change.aov),
            "gmv_delta": format_cents(change.gmv_delta)}


# --- text -------------------------------------------------------------------------------

_GAPS = {
    "no_traffic": "no traffic imported",
    "no_visitors": "0 visitors",
    "no_sales": "no sales",
    "no_lines": "orders without line items: import the line export",
    "no_cost": "costs missing for some products",
    "no_net_sales": "net sales are 0",
}


def _money(cents: int | None, gap: str) -> str:
    return format_cents(cents) if cents is not None else f"- ({gap})"


def _percent(value: float | None, gap: str) -> str:
    return f"{value * 100:.2f}%" if value is not None else f"- ({gap})"


def _visitors(k: Kpis) -> str:
    if k.visitors is None:
        return f"- ({_GAPS['no_traffic']})"
    return f"~{k.visitors} (sum of daily rows)" if k.visitors_approximate else str(k.visitors)


def _rows(k: Kpis) -> list[tuple[str, str, str]]:
    traffic_gap = _GAPS.get(k.visitors_gap or "", "")
    return [
        ("GMV (paid amount)", "支付金额", format_cents(k.gmv)),
        ("paid orders", "支付订单数", str(k.paid_orders)),
        ("paying buyers", "支付买家数", str(k.paying_buyers)),
        ("units", "支付件数", str(k.units)),
        ("AOV per buyer", "客单价", _money(k.aov, "no paying buyers")),
        ("AOV per order", "笔单价", _money(k.aov_per_order, "no paid orders")),
        ("refund amount", "退款金额", format_cents(k.refund_amount)),
        ("refund rate (by amount)", "退款率", _percent(k.refund_rate, "no sales")),
        ("refund rate (by orders)", "退款率(按单)",
         _percent(k.refund_order_rate, "no paid orders")),
        ("net sales", "净销售额", format_cents(k.net_sales)),
        ("visitors (UV)", "访客数", _visitors(k)),
        ("conversion rate", "支付转化率", _percent(k.conversion_rate, traffic_gap)),
        ("value per visitor", "UV价值", _money(k.uv_value, traffic_gap)),
        ("gross margin", "毛利率", _percent(k.gross_margin, _GAPS.get(k.margin_gap or "", ""))),
        ("cost coverage (units)", "成本覆盖率", _percent(k.cost_coverage, "no units")),
    ]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(_pad(cell, w) for cell, w in zip(r, widths, strict=True)).rstrip()
            for r in rows]


def _split_line(change: KpiChange) -> str:
    delta = ("+" if change.gmv_delta >= 0 else "") + format_cents(change.gmv_delta)
    if change.gmv is None:
        return f"GMV change {delta} (no split: one of the periods has no sales)"

    def factor(term: float | None) -> str:
        return "-" if term is None else f"x{math.exp(term):.3f} (ln {term:+.4f})"

    return (f"GMV change {math.expm1(change.gmv) * 100:+.2f}% ({delta}, ln {change.gmv:+.4f})"
            f" = visitors {factor(change.visitors)} x conversion {factor(change.conversion)}"
            f" x AOV {factor(change.aov)}")


def print_text(current: Kpis, base: Kpis | None, change: KpiChange | None,
               platform: str | None) -> None:
    head = (f"{current.period} ({current.period.days} days), currency {current.currency}, "
            f"platform {platform or 'all'}")
    print(head)
    if base is None:
        rows = [["metric", "指标", "value"]] + [list(r) for r in _rows(current)]
    else:
        rows = [["metric", "指标", "value", f"compared: {base.period}"]]
        rows += [[*now, then[2]] for now, then in zip(_rows(current), _rows(base), strict=True)]
    for line in _table(rows):
        print("  " + line)
    if change is not None:
        print("  " + _split_line(change))


def run(args: argparse.Namespace) -> int:
    period = Period(args.start, args.end)
    with reading(args.shop) as conn:  # the figures are summed from its daily cache
        if args.compare:
            base = COMPARE[args.compare](period)
            compared = compare_kpis(conn, period, base, args.platform, args.currency)
            results = {c: (x.current, x.base, x.change) for c, x in compared.items()}
        else:
            results = {c: (k, None, None) for c, k in
                       compute_kpis(conn, period, args.platform, args.currency).items()}
    if args.json:
        out = {}
        for currency, (current, base, change) in results.items():
            entry = kpi_json(current)
            if base is not None:
                entry["compare"] = kpi_json(base)
                entry["change"] = change_json(change)
            out[currency] = entry
        doc = next(iter(out.values())) if len(out) == 1 else {"by_currency": out}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    for index, (current, base, change) in enumerate(results.values()):
        if index:
            print()
        print_text(current, base, change, args.platform)
    return 0
