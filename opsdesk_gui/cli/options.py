"""Arguments several commands share: the shop file and a period of days."""

from __future__ import annotations

import argparse

from ..models.periods import PeriodError, parse_day


def _day(text: str):
    try:
        return parse_day(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    """--shop, --from, --to and --platform (args.shop, args.start, args.end, args.platform)."""
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--from", dest="start", required=True, type=_day, metavar="DATE",
                        help="first day of the period, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, type=_day, metavar="DATE",
                        help="last day of the period (included), YYYY-MM-DD")
    parser.add_argument("--platform", help="only this platform (e.g. taobao)")
