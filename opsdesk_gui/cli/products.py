"""`opsdesk products`: a period's product metrics (动销率, ABC, lifecycle, stock alerts)."""

from __future__ import annotations

import argparse
import json
import math
import unicodedata

import pandas as pd

from ..exporting import export_csv
from ..models.bundles import bundle_suggestions
from ..models.periods import Period
from ..models.product_metrics import MONEY_COLUMNS, product_metrics, product_summary
from ..models.shop_reading import reading
from ..money import format_cents
from .options import add_period_arguments

NAME = "products"
HELP = ("show a period's product metrics: units, sales, margin, 动销率, ABC and lifecycle "
        "classes, days of cover, reorder points and alerts")

ALERTS = ("low_stock", "slow_mover", "below_cost", "below_margin_floor")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_period_arguments(parser)
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON (money as decimal text)")
    out.add_argument("--csv", metavar="OUT",
                     help="write every product's row to this CSV file (UTF-8 with BOM)")
    parser.add_argument("--bundles", action="store_true",
                        help="also suggest bundles: slow movers with the strong sellers "
                        "bought in the same orders")
    parser.add_argument("--limit", type=int, default=20,
                        help="products shown in the text table (default 20)")


# --- values for JSON and CSV ------------------------------------------------------------

def _name(column: str) -> str:
    """Money columns lose their _cents suffix: their values are decimal text."""
    return column[:-len("_cents")] if column in MONEY_COLUMNS else column


def text_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """For CSV and JSON: money columns as decimal text (named without _cents)."""
    out = frame.copy()
    for column in MONEY_COLUMNS:
        if column in out:
            out[column] = out[column].astype(object).map(
                lambda v: None if v is None or v is pd.NA else format_cents(int(v)))
    return out.rename(columns={c: _name(c) for c in out.columns})


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as JSON-ready dicts: money as decimal strings, NA as None, floats to 6 places."""
    text = text_frame(frame).to_json(orient="records", double_precision=6, force_ascii=False)
    return json.loads(text)


def summary_json(frame: pd.DataFrame) -> dict:
    s = product_summary(frame)
    rate = s.sell_through_rate
    return {"products": s.products, "on_shelf": s.on_shelf, "sold": s.sold,
            "sell_through_rate": None if rate is None else round(rate, 6),
            "platforms_without_stock": list(s.platforms_without_stock),
            "slow_movers": s.slow_movers,
            "slow_stock_value": format_cents(s.slow_stock_value_cents),
            "low_stock": s.low_stock, "below_cost": s.below_cost,
            "below_margin_floor": s.below_margin_floor}


# --- text -------------------------------------------------------------------------------

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, width: int) -> str:
    out = ""
    for ch in text:
        if _width(out + ch) > width:
            return out + "…"
        out += ch
    return out


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _fmt(value, kind: str) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if kind == "money":
        return format_cents(int(value))
    if kind == "rate":
        return f"{value * 100:.1f}%"
    if kind == "days":
        return f"{value:.1f}"
    return str(value)


_TEXT_COLUMNS = (
    ("sku", "sku", "text"), ("title", "title", "title"), ("units", "units", "int"),
    ("sales_cents", "sales", "money"), ("refund_rate", "refunds", "rate"),
    ("gross_margin", "margin", "rate"), ("stock", "stock", "int"),
    ("days_of_cover", "cover d", "days"), ("abc", "ABC", "text"),
    ("lifecycle", "class", "text"), ("reorder_qty", "reorder", "int"),
)


def print_text(frame: pd.DataFrame, period: Period, platform: str | None, limit: int,
               bundles: pd.DataFrame | None) -> None:
    s = summary_json(frame)
    rate = s["sell_through_rate"]
    print(f"{period} ({period.days} days), platform {platform or 'all'}")
    print(f"  products {s['products']}, on shelf {s['on_shelf']}, sold {s['sold']}, "
          f"动销率 {'-' if rate is None else f'{rate * 100:.1f}%'}")
    print(f"  slow movers {s['slow_movers']} (stock value {s['slow_stock_value']}), "
          f"low stock {s['low_stock']}, below cost {s['below_cost']}, "
          f"below margin floor {s['below_margin_floor']}")
    shown = frame.head(limit)
    columns = _TEXT_COLUMNS
    if frame["platform"].nunique() > 1:  # the same sku may be on two platforms
        columns = (("platform", "platform", "text"), *columns)
    rows = [[head for _, head, _ in columns] + ["alerts"]]
    for record in shown.to_dict("records"):
        cells = [_cut(str(record[c] or ""), 24) if kind == "title" else _fmt(record[c], kind)
                 for c, _, kind in columns]
        cells.append(",".join(a for a in ALERTS if record[a]) or "-")
        rows.append(cells)
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  " + "  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip())
    if len(frame) > limit:
        print(f"  ... {len(frame) - limit} more (--limit, --csv)")
    if bundles is not None:
        print("bundles (slow mover + strong seller bought in the same orders):")
        if bundles.empty:
            print("  none found")
        for b in bundles.head(limit).to_dict("records"):
            print(f"  {b['sku']} + {b['other_sku']}: together in {b['pair_orders']} orders, "
                  f"confidence {b['confidence'] * 100:.1f}%, lift {b['lift']:.2f}")
        if len(bundles) > limit:
            print(f"  ... {len(bundles) - limit} more (--json)")


def run(args: argparse.Namespace) -> int:
    period = Period(args.start, args.end)
    with reading(args.shop) as conn:
        frame = product_metrics(conn, period, args.platform)
        bundles = bundle_suggestions(conn, frame, period) if args.bundles else None
    if args.csv:
        path = export_csv(text_frame(frame), args.csv)
        print(f"{len(frame)} products written to {path}")
        return 0
    if args.json:
        doc = {"period": period.as_dict(), "platform": args.platform,
               "summary": summary_json(frame), "products": records(frame)}
        if bundles is not None:
            doc["bundles"] = records(bundles)
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    print_text(frame, period, args.platform, args.limit, bundles)
    return 0
