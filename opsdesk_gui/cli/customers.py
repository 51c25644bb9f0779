"""`opsdesk customers`: every buyer's R, F, M, scores, segment and lifecycle as of a day."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

from ..exporting import export_csv
from ..models.customers import RfmSettings, customer_view
from ..models.rfm import DEFAULT_WINDOW_DAYS, window_start
from ..models.segments import VOCABULARIES
from ..money import format_cents
from .customer_options import add_shop_arguments, plain, read_orders
from .options import _day

NAME = "customers"
HELP = ("show every buyer's RFM (recency, orders, amount), 1-5 scores, segment and "
        "lifecycle as of a day")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_shop_arguments(parser, ("--as-of", "the day the analysis is made on (included), "
                                "YYYY-MM-DD"))
    parser.add_argument("--since", type=_day, metavar="DATE",
                        help=f"first day of the window (default: {DEFAULT_WINDOW_DAYS} days "
                        "ending on --as-of)")
    parser.add_argument("--segments", choices=VOCABULARIES, default="cn8",
                        help="cn8: the Chinese eight types (default); grid11: the R x FM grid")
    parser.add_argument("--fixed-f", action="store_true",
                        help="score F by 1 / 2 / 3-4 / 5+ orders instead of quintiles")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON (money as decimal text)")
    out.add_argument("--csv", metavar="OUT", help="write the buyers to this CSV file")


def customers_json(view, currency: str) -> dict:
    scored = view.scored
    buyers = [{
        "platform": row.platform, "buyer_id": _buyer_id(row), "first_order": _day_text(
            row.first_order), "last_order": _day_text(row.last_order), "orders": int(row.orders),
        "monetary": format_cents(int(row.monetary_cents)), "recency_days": int(row.recency_days),
        "r": plain(row.r), "f": plain(row.f), "m": plain(row.m), "segment": row.segment,
        "lifecycle": row.lifecycle, "approximate": bool(row.approximate)}
        for row in scored.itertuples()]
    segments = [{"segment": s.segment, "buyers": int(s.buyers),
                 "monetary": format_cents(int(s.monetary_cents))}
                for s in view.segments.itertuples()]
    return {"as_of": view.settings.as_of.isoformat(), "since": view.settings.since.isoformat(),
            "currency": currency, "buyers": buyers, "segments": segments}


def _buyer_id(row) -> str:
    """The platform's buyer ID; '#<order>' for an order without one (a buyer of its own)."""
    return row.buyer_id if isinstance(row.buyer_id, str) else row.Index.split("\x1f", 1)[1]


def _day_text(value) -> str:
    return value.date().isoformat()


def run(args: argparse.Namespace) -> int:
    orders, currency = read_orders(args)
    since = args.since or window_start(args.as_of)
    view = customer_view(orders, RfmSettings(args.as_of, since, args.segments, args.fixed_f))
    doc = customers_json(view, currency)
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    elif args.csv:
        import pandas as pd
        export_csv(pd.DataFrame(doc["buyers"]), args.csv)
        print(f"{len(doc['buyers'])} buyers written to {args.csv}")
    else:
        print(f"{len(doc['buyers'])} buyers with a paid order from {since} to {args.as_of} "
              f"({(args.as_of - since + timedelta(days=1)).days} days), {currency}")
        for s in doc["segments"]:
            print(f"  {s['segment']:<20} {s['buyers']:>8} {s['monetary']:>14}")
        if view.approximate:
            print("  approximate: where an export has no buyer ID, a buyer is the receiver's "
                  "name + phone, or one order when no receiver is named")
    return 0
