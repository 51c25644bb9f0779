"""The printed review: its wording in the current language and its charts, composed by
reports/review_html.py. The window's review dialog and `opsdesk report` both print it."""

from __future__ import annotations

from ..reports.review import ReviewContent
from ..reports.review_html import review_html
from .review_charts import review_chart_pngs
from .review_text import review_labels


def review_document_html(content: ReviewContent, shop_name: str) -> str:
    """The printable document in the current language, charts included (GUI thread)."""
    labels = review_labels()
    return review_html(content, labels, shop_name, review_chart_pngs(content, labels))
