"""`opsdesk import`: bring export files into a shop file."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import ImportFailed, ImportInterrupted
from ..importers.pipeline import ImportSummary
from ..store import lock, open_for_reading
from ..store.lock import Holder
from ..store.mappings import SavedMapping, load_mapping
from ..writes import import_files, save_mapping

NAME = "import"
HELP = "import export files into a shop file (created when missing)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--preset", help="the export's kind, instead of detecting it")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                        help="generic import: read FIELD from the column HEADER")
    parser.add_argument("--mapping", metavar="NAME",
                        help="generic import: use the mapping saved under NAME (--map adds to it)")
    parser.add_argument("--save-mapping", metavar="NAME",
                        help="generic import: save this mapping under NAME in the shop file")
    parser.add_argument("--platform", help="generic import: the platform name to file under")
    parser.add_argument("--currency", help="generic import: currency code (default CNY)")
    parser.add_argument("--force", action="store_true",
                        help="read files even when they were imported before")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def tell_waiting(shop: str, holder: Holder) -> None:
    print(f"opsdesk: {shop} is being written by {holder.who or 'OpsDesk'} (process "
          f"{holder.pid or '?'}) since {holder.since or '?'}; waiting up to "
          f"{lock.WAIT_SECONDS:.0f} seconds…", file=sys.stderr, flush=True)


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise SystemExit(f"opsdesk import: --map takes FIELD=HEADER, not '{pair}'")
        mapping[field.strip()] = header.strip()
    return mapping


def print_summary(summary: ImportSummary, out=None) -> None:
    out = out or sys.stdout
    for report in summary.files:
        state = "already imported" if report.already_imported else f"{report.rows_read} rows"
        print(f"{report.file}: {report.preset or '-'} ({state})", file=out)
        for warning in report.warnings.values():
            print(f"  warning: {warning.message}", file=out)
    for table, counts in summary.counts.items():
        print(f"{table}: {counts.added} added, {counts.updated} updated, "
              f"{counts.unchanged} unchanged", file=out)
    print(f"total: {summary.total('added')} added, {summary.total('updated')} updated, "
          f"{summary.total('unchanged')} unchanged, {summary.total('skipped')} skipped",
          file=out)


def _mapping(args: argparse.Namespace) -> SavedMapping:
    """--mapping NAME (saved in the shop) completed or overridden by --map, --currency
    and --platform."""
    mapping = SavedMapping()
    if args.mapping:
        conn = open_for_reading(args.shop)
        try:
            mapping = load_mapping(conn, args.mapping)
        finally:
            conn.close()
    mapping.fields.update(parse_mapping(args.map))
    mapping.currency = args.currency or mapping.currency or "CNY"
    mapping.platform = args.platform or mapping.platform
    return mapping


def run(args: argparse.Namespace) -> int:
    mapping = _mapping(args)
    try:
        summary = import_files(args.shop, args.files, preset=args.preset,
                               mapping=mapping.fields or None, platform=mapping.platform,
                               currency=mapping.currency, force=args.force,
                               waiting=lambda holder: tell_waiting(args.shop, holder))
    except ImportFailed as exc:
        print(f"opsdesk import: {exc.message}", file=sys.stderr)
        print("Nothing was imported; the shop file is unchanged.", file=sys.stderr)
        return 2
    except ImportInterrupted as exc:
        print(f"opsdesk import: {exc.message}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:  # before the import began writing
        print(f"opsdesk import: {ImportInterrupted('interrupted').message}", file=sys.stderr)
        return 130
    if args.save_mapping and mapping.fields:
        save_mapping(args.shop, args.save_mapping, mapping)
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        print_summary(summary)
    return 0
