"""`opsdesk lint-title`: one title against its platform's length limit, the banned
absolute words and keyword stuffing. A report: it exits 0 even with findings."""

from __future__ import annotations

import argparse
import json

from ..models.titles import PLATFORM_LIMITS, TitleCheck, check_title, fold, marked

NAME = "lint-title"
HELP = "check a product title: length, banned absolute words (极限词), repeated keywords"


def word(value: str) -> str:
    """An argparse type: a word that is more than spaces and punctuation."""
    if not fold(value).text:
        raise argparse.ArgumentTypeError(f"'{value}' has no letters, digits or characters")
    return value


def add_word_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--extra-word", action="append", default=[], type=word, metavar="W",
                        help="another banned word (repeat the option for more)")
    parser.add_argument("--allow-word", action="append", default=[], type=word, metavar="W",
                        help="a word in which banned words are allowed, e.g. a brand "
                        "such as 永久牌 (repeat the option for more)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("title", help="the title")
    parser.add_argument("--platform", default="taobao", choices=sorted(PLATFORM_LIMITS),
                        help="whose length limit applies (default: taobao)")
    add_word_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")


def print_check(check: TitleCheck, indent: str = "") -> None:
    """The title with its hits between brackets, then one line per finding."""
    print(f"{indent}{marked(check.title, check.findings)}")
    for f in check.findings:
        print(f"{indent}  {f.kind} {f.start}-{f.end} '{f.text}': {f.suggestion}")


def size_line(check: TitleCheck, platform: str) -> str:
    if check.limit is None:
        return f"{check.bytes} bytes (no length limit checked for {platform})"
    return f"{check.bytes} of {check.limit} bytes ({platform})"


def run(args: argparse.Namespace) -> int:
    check = check_title(args.title, args.platform, extra_words=args.extra_word,
                        allowed_words=args.allow_word)
    if args.json:
        print(json.dumps(check.to_dict(), ensure_ascii=False))
        return 0
    print_check(check)
    print(size_line(check, args.platform))
    count = len(check.findings)
    print("no findings" if not count else f"{count} finding{'s' if count > 1 else ''}")
    return 0
