"""The printed campaign review for `opsdesk campaign review --pdf/--xlsx`, drawn by Qt
offscreen as `opsdesk report` draws its PDF (Qt is imported only here, when asked)."""

from __future__ import annotations

from pathlib import Path

from ..models.campaigns.review import CampaignReview
from .report import _qt_application


def write_review_documents(review: CampaignReview, last: CampaignReview | None, notes,
                           shop_name: str, pdf: Path | None, xlsx: Path | None,
                           language: str | None) -> None:
    app = _qt_application()  # noqa: F841 - lives while the document is drawn
    from ..i18n import install
    from ..printed.campaign_review_text import review_blocks, sheet_titles
    from ..printed.pdf import save_pdf
    from ..reports.blocks_xlsx import write_blocks_xlsx
    from ..reports.page_html import page_html, table_block

    install(language or "")
    blocks = review_blocks(review, last, notes)
    title = f"{shop_name} — {review.plan.name}"
    if pdf is not None:
        save_pdf(page_html(title, sheet_titles()[0], [table_block(*b) for b in blocks]), pdf,
                 landscape=False, title=title)
    if xlsx is not None:
        write_blocks_xlsx(blocks, sheet_titles(), xlsx)
