"""`opsdesk kpi`: a period's core metrics (支付金额, 访客数, 支付转化率, 客单价 ...)."""

from __future__ import annotations

import argparse
import json
import math
import unicodedata

from ..models.kpi import KpiChange, KpiComparison, Kpis, compare_kpis, compute_kpis
from ..models.periods import Period
from ..models.shop_reading import reading
from ..money import format_cents
from ..reports.review import gmv_split
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
        "before_first_sale": k.before_data,
        "gmv": format_cents(k.gmv),
        "paid_orders": k.paid_orders,
        "paying_buyers": k.paying_buyers,
        "units": k.units,
        "aov": format_cents(k.aov),
        "aov_per_order": format_cents(k.aov_per_order),
        "refund_amount": format_cents(k.refund_amount),
        "undated_refund_amount": format_cents(k.undated_refund_amount),
        "refund_rate": _rate(k.refund_rate),
        "refund_order_rate": _rate(k.refund_order_rate),
        "net_sales": format_cents(k.net_sales),
        "visitors": k.visitors,
        "visitors_approximate": k.visitors_approximate,
        "visitor_platforms": list(k.visitor_platforms),
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
    "negative_net_sales": "more refunded than sold: net sales below 0",
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


def _signed(cents: int) -> str:
    return ("+" if cents >= 0 else "") + format_cents(cents)


_FACTOR_NAMES = {"visitors": "visitors", "conversion": "conversion", "aov": "AOV",
                 "buyers": "paying buyers"}


def _split_lines(comparison: KpiComparison) -> list[str]:
    """The split of the GMV change, as the printed review gives it: factors whose ratios
    multiply to the GMV ratio they explain, and amounts that add up to its change."""
    change, now = comparison.change, comparison.current
    delta = _signed(change.gmv_delta)
    if comparison.base.before_data:
        return ["GMV change: no data (the compared period is before the shop's first sale)"]
    if change.gmv is None:
        return [f"GMV change {delta} (no split: one of the periods has no sales)"]
    head = f"GMV change {math.expm1(change.gmv) * 100:+.2f}% ({delta})"
    factors = gmv_split(comparison)
    if not factors:
        return [head + " (no split: one of the periods has no paying buyers)"]
    explained = change.split_current_gmv - change.split_base_gmv
    parts = " x ".join(f"{_FACTOR_NAMES[f.code]} x{math.exp(f.log):.3f} ({_signed(f.amount)})"
                       for f in factors)
    if factors[0].code == "buyers":
        return [head + f" = {parts}",
                "  (no visitors on both sides: split as paying buyers x AOV)"]
    ratio = change.split_current_gmv / change.split_base_gmv
    if change.split_base_gmv == comparison.base.gmv and change.split_current_gmv == now.gmv:
        return [head + f" = {parts}"]
    scope = ", ".join(now.visitor_platforms)
    return [head, f"  of which {scope} (the platforms with visitors) x{ratio:.3f} "
                  f"({_signed(explained)}) = {parts}",
            f"  other platforms {_signed(change.gmv_delta - explained)}"]


def _notes(k: Kpis) -> list[str]:
    notes = []
    if k.undated_refund_amount:
        notes.append(f"{format_cents(k.undated_refund_amount)} of the refunds have no date "
                     "of their own and are counted on their order's payment day")
    if not k.buyers_known:
        notes.append(f"paying buyers are approximate: {k.buyerless_orders} orders have no "
                     "buyer ID (抖店, 拼多多, 快手), their buyers are counted by the receiver's "
                     "name and phone, or one per order")
    if k.visitors is not None and not k.visitors_cover_all_sales:
        notes.append("conversion rate and value per visitor cover "
                     f"{', '.join(k.visitor_platforms)} only (the platforms with visitors)")
    return notes


def print_text(current: Kpis, base: Kpis | None, comparison: KpiComparison | None,
               platform: str | None) -> None:
    head = (f"{current.period} ({current.period.days} days), currency {current.currency}, "
            f"platform {platform or 'all'}")
    print(head)
    if base is None:
        rows = [["metric", "指标", "value"]] + [list(r) for r in _rows(current)]
    else:
        rows = [["metric", "指标", "value", f"compared: {base.period}"]]
        rows += [[*now, "no data" if base.before_data else then[2]]
                 for now, then in zip(_rows(current), _rows(base), strict=True)]
    for line in _table(rows):
        print("  " + line)
    for note in _notes(current):
        print("  note: " + note)
    if comparison is not None:
        for line in _split_lines(comparison):
            print("  " + line)


def run(args: argparse.Namespace) -> int:
    period = Period(args.start, args.end)
    with reading(args.shop) as conn:  # the figures are summed from its daily cache
        if args.compare:
            base = COMPARE[args.compare](period)
            compared = compare_kpis(conn, period, base, args.platform, args.currency)
            results = {c: (x.current, x.base, x) for c, x in compared.items()}
        else:
            results = {c: (k, None, None) for c, k in
                       compute_kpis(conn, period, args.platform, args.currency).items()}
    if args.json:
        out = {}
        for currency, (current, base, change) in results.items():
            entry = kpi_json(current)
            if base is not None:
                entry["compare"] = kpi_json(base)
                entry["change"] = change_json(change.change)
            out[currency] = entry
        doc = next(iter(out.values())) if len(out) == 1 else {"by_currency": out}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    for index, (current, base, change) in enumerate(results.values()):
        if index:
            print()
        print_text(current, base, change, args.platform)
    return 0
