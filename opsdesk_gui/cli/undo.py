"""`opsdesk undo`: restore the shop as it was before its last import."""

from __future__ import annotations

import argparse

from ..store import list_backups, undo_last_import

NAME = "undo"
HELP = "undo the last import (restores the snapshot taken before it)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--list", action="store_true", help="list the snapshots instead")


def run(args: argparse.Namespace) -> int:
    if args.list:
        for backup in list_backups(args.shop):
            print(f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  {backup.reason}  {backup.path}")
        return 0
    backup = undo_last_import(args.shop)
    print(f"Restored the shop as it was at {backup.taken_at:%Y-%m-%d %H:%M:%S}.")
    return 0
