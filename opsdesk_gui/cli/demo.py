"""`opsdesk demo`: build the demo shop (two years of a made-up Taobao + 抖店 shop)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "demo"
HELP = "build a demo shop file from generated platform exports"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file to create")
    parser.add_argument("--seed", type=int, default=7, help="the same seed gives the same shop")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--keep-files", metavar="DIR",
                        help="keep the generated export files in this folder")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    # A smaller (or larger) shop, for tests and timing: a share of the usual buyers.
    parser.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from ..demo import build_demo_shop  # numpy and the generator only when asked for

    path = Path(args.shop)
    if path.exists() and not args.force:
        print(f"opsdesk demo: {path} exists; use --force to replace it.", file=sys.stderr)
        return 2
    summary = build_demo_shop(path, seed=args.seed, keep_files=args.keep_files,
                              replace=args.force, scale=args.scale)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"demo shop: {summary.path} (seed {summary.seed}, {summary.seconds:.1f} s)")
    for table, count in summary.counts.items():
        print(f"{table}: {count}")
    if args.keep_files:
        print(f"export files: {args.keep_files}")
    return 0
