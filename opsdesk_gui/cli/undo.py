"""`opsdesk undo`: restore the shop as it was before its last import."""

from __future__ import annotations

import argparse

from ..store import list_backups
from ..writes import undo_last_import

NAME = "undo"
HELP = "undo the last import (restores the snapshot taken before it)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--list", action="store_true", help="list the snapshots instead")


def run(args: argparse.Namespace) -> int:
    if args.list:
        for backup in list_backups(args.shop):
            before = f" {backup.import_id}" if backup.import_id else ""
            print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  before {backup.reason}{before}  "
                  f"{backup.path}")
        return 0
    plan = undo_last_import(args.shop)
    print(f"Undid import {plan.import_id} of {plan.imported_at} "
          f"({', '.join(plan.files) or 'no files'}): the shop is as it was at "
          f"{plan.backup.taken_at:%Y-%m-%d %H:%M:%S}.")
    if plan.edits:
        print(f"Replayed {len(plan.edits)} product edits made after that import.")
    return 0
