"""`opsdesk undo`: restore the shop as it was before its last import."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import ShopFileError
from ..store import list_backups
from ..writes import restore_snapshot, undo_last_import

NAME = "undo"
HELP = "undo the last import (restores the snapshot taken before it)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--list", action="store_true", help="list the snapshots instead")
    parser.add_argument("--restore", metavar="SNAPSHOT",
                        help="restore this snapshot (a name from --list) instead; the shop "
                        "as it is now is kept as a snapshot first (also a damaged shop)")


def run(args: argparse.Namespace) -> int:
    if args.list:
        for backup in list_backups(args.shop):
            before = f" {backup.import_id}" if backup.import_id else ""
            print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  before {backup.reason}{before}  "
                  f"{backup.path}")
        return 0
    if args.restore:
        return _restore(args.shop, Path(args.restore).name)
    plan = undo_last_import(args.shop)
    print(f"Undid import {plan.import_id} of {plan.imported_at} "
          f"({', '.join(plan.files) or 'no files'}): the shop is as it was at "
          f"{plan.backup.taken_at:%Y-%m-%d %H:%M:%S}.")
    if plan.edits:
        print(f"Replayed {len(plan.edits)} product edits made after that import.")
    return 0


def _restore(shop: str, name: str) -> int:
    backup = next((b for b in list_backups(shop) if b.path.name == name), None)
    if backup is None:
        raise ShopFileError("snapshot_damaged", {"path": name,
                                                 "detail": "not a snapshot of this shop"})
    kept = restore_snapshot(shop, backup)
    print(f"Restored the shop as it was at {backup.taken_at:%Y-%m-%d %H:%M:%S}; the shop "
          f"as it was is kept as {kept.path.name}.")
    return 0
