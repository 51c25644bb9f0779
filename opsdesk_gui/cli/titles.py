"""`opsdesk titles`: every product title of a shop checked as `lint-title` checks one;
prints the products with findings and how many there are."""

from __future__ import annotations

import argparse
import json

from ..models.titles import check_product_titles
from ..store import open_for_reading
from .lint_title import add_word_arguments, print_check

NAME = "titles"
HELP = "check every product title of a shop: length, banned words, repeated keywords"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--platform", help="only this platform's products (e.g. taobao)")
    add_word_arguments(parser)
    parser.add_argument("--json", action="store_true",
                        help="print JSON: a list of the products with findings")


def run(args: argparse.Namespace) -> int:
    conn = open_for_reading(args.shop)
    try:
        checked = check_product_titles(conn, args.platform, extra_words=args.extra_word,
                                       allowed_words=args.allow_word)
    finally:
        conn.close()
    flagged = [p for p in checked if p.check.findings]
    if args.json:
        print(json.dumps([p.to_dict() for p in flagged], ensure_ascii=False, indent=2))
        return 0
    for product in flagged:
        print(f"{product.platform} {product.sku}:")
        print_check(product.check, indent="  ")
    print(f"{len(flagged)} of {len(checked)} titles have findings")
    return 0
