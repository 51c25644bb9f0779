"""`opsdesk report`: the daily snapshot, weekly review or monthly review as the same PDF
(and XLSX) the window prints, without a window.

The PDF needs Qt (text layout, fonts, charts): it is imported only when the command runs,
on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from ..models.shop_reading import reading
from ..money import format_cents
from ..reports.review import KINDS, build_review
from .options import _day

NAME = "report"
HELP = ("write the daily snapshot, weekly review or monthly review as PDF (and XLSX): KPIs "
        "with comparison and the GMV change split, trends, products, channels, refunds")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--kind", required=True, choices=KINDS,
                        help="daily: that day; weekly: the seven days ending on it; "
                        "monthly: its calendar month")
    parser.add_argument("--period-end", dest="end", required=True, type=_day, metavar="DATE",
                        help="the day the review ends on (monthly: a day of the month)")
    parser.add_argument("--pdf", required=True, type=Path, metavar="OUT", help="PDF to write")
    parser.add_argument("--xlsx", type=Path, metavar="OUT",
                        help="also write the sections as a workbook, one sheet each")
    parser.add_argument("--platform", help="only this platform (e.g. taobao)")
    parser.add_argument("--language", choices=("zh_CN", "en"),
                        help="the document's language (default: the system's)")


def load_review(shop: Path, kind: str, end, platform: str | None):
    """The review's content, read without writing the shop."""
    with reading(shop) as conn:
        return build_review(conn, kind, end, platform)


def pdf_pages(path: Path) -> int:
    """Pages of a PDF Qt wrote (its page objects are plain, not in object streams)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def _qt_application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["opsdesk"])


def write_documents(content, shop_name: str, pdf: Path, xlsx: Path | None,
                    language: str | None) -> None:
    app = _qt_application()  # noqa: F841 - lives while the document is drawn
    from ..i18n import install
    from ..printed.pdf import save_pdf
    from ..printed.review_document import review_document_html
    from ..printed.review_text import review_labels
    from ..reports.review_xlsx import write_review_xlsx

    install(language or "")
    save_pdf(review_document_html(content, shop_name), pdf, landscape=False,
             title=f"{shop_name} {content.period}")
    if xlsx is not None:
        write_review_xlsx(content, review_labels(), xlsx)


def run(args: argparse.Namespace) -> int:
    shop = Path(args.shop)
    content = load_review(shop, args.kind, args.end, args.platform)
    try:
        write_documents(content, shop.stem, args.pdf, args.xlsx, args.language)
    except OSError as exc:  # no such folder, no permission, the file open in Excel …
        print(f"opsdesk: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    now = content.comparison.current
    written = [f"{args.pdf} ({pdf_pages(args.pdf)} pages)"] + (
        [str(args.xlsx)] if args.xlsx else [])
    print(f"{args.kind} review {content.period}: GMV {format_cents(now.gmv)} {now.currency}"
          f" (compared with {content.base}: {format_cents(content.comparison.base.gmv)})")
    print("written: " + ", ".join(written))
    return 0
