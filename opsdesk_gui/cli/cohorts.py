"""`opsdesk cohorts`: buyers by the month of their first order, and how many came back."""

from __future__ import annotations

import argparse
import json
import re

from ..models.cohorts import (
    GROUPINGS,
    cohort_table,
    first_category_groups,
    first_platform_groups,
)
from ..models.customer_orders import buyer_products
from ..models.shop_reading import reading
from ..money import format_cents
from .customer_options import add_shop_arguments, read_orders

NAME = "cohorts"
HELP = ("show the monthly cohorts of first-time buyers: who bought in month +k, who bought "
        "again by month +k, revenue per buyer")


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a month: write it as YYYY-MM")
    return text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_shop_arguments(parser)
    parser.add_argument("--from", dest="first", type=_month, metavar="MONTH",
                        help="first cohort, YYYY-MM")
    parser.add_argument("--to", dest="last", type=_month, metavar="MONTH",
                        help="last cohort, YYYY-MM")
    parser.add_argument("--by", choices=GROUPINGS, default="month",
                        help="group buyers by the month of their first order (default), "
                        "their platform, or the category of their first order")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _rounded(values: list) -> list:
    return [None if v is None else round(v, 6) for v in values]


def cohorts_json(table, currency: str) -> dict:
    return {"data_end": table.data_end.isoformat() if table.data_end else None,
            "currency": currency,
            "cohorts": [{"cohort": c.cohort, "buyers": c.buyers,
                         "retention": _rounded(c.retention), "repeat_by": _rounded(c.repeat_by),
                         "ltv": [format_cents(v) for v in c.ltv_cents],
                         "repeat_30": c.repeat_30, "repeat_90": c.repeat_90,
                         "approximate": c.approximate} for c in table.cohorts]}


def run(args: argparse.Namespace) -> int:
    orders, currency = read_orders(args)
    groups = None
    if args.by == "platform":
        groups = first_platform_groups(orders)
    elif args.by == "category":
        with reading(args.shop) as conn:
            groups = first_category_groups(buyer_products(conn, args.platform))
    table = cohort_table(orders, first_month=args.first, last_month=args.last, groups=groups)
    doc = cohorts_json(table, currency)
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    print(f"cohorts to {doc['data_end']}: bought in month +1, +2, +3 (blank: not over)")
    for c in doc["cohorts"]:
        cells = " ".join("   -  " if v is None else f"{v * 100:5.1f}%"
                         for v in c["retention"][1:4])
        print(f"  {c['cohort']}  {c['buyers']:>7}  {cells}")
    return 0
