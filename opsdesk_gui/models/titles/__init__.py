"""Product titles: length against the platform's limit, banned absolute words (极限词),
keyword stuffing. No Qt; the rules are data in rules.py."""

from .check import (
    Finding,
    ProductTitle,
    TitleCheck,
    banned_words,
    check_product_titles,
    check_title,
    length_finding,
    marked,
    platform_limit,
    repeats,
)
from .rules import BANNED_WORDS, PLATFORM_LIMITS
from .text import fold, title_bytes

__all__ = [
    "BANNED_WORDS", "PLATFORM_LIMITS", "Finding", "ProductTitle", "TitleCheck", "banned_words",
    "check_product_titles", "check_title", "fold", "length_finding", "marked",
    "platform_limit", "repeats", "title_bytes",
]
