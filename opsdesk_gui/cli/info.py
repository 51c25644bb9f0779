"""`opsdesk info`: what a shop file holds."""

from __future__ import annotations

import argparse
import json

from ..models.shop_info import shop_info
from ..store import open_for_reading

NAME = "info"
HELP = "show a shop file's platforms, counts, dates covered and imports"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    conn = open_for_reading(args.shop)
    try:
        info = shop_info(conn)
    finally:
        conn.close()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"platforms: {', '.join(info['platforms']) or '-'}")
    print(f"currencies: {', '.join(info['currencies']) or '-'}")
    print(f"orders: {info['first_order_date'] or '-'} .. {info['last_order_date'] or '-'}")
    print(f"traffic: {info['first_traffic_date'] or '-'} .. {info['last_traffic_date'] or '-'}")
    for table, count in info["counts"].items():
        print(f"{table}: {count}")
    for entry in info["imports"]:
        names = ", ".join(f"{f['file']} ({f['preset']})" for f in entry["files"])
        print(f"import {entry['id']} at {entry['imported_at']}: {names}")
    return 0
