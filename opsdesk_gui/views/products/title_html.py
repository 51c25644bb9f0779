"""A title as rich text with its findings marked: banned words red, repeats orange, the
tail over the platform's limit grey and struck through (a banned word in the tail stays
red, struck through). Formatting only: the findings come from models/titles."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ...models.titles import Finding

BANNED_COLOUR = "#c53030"
REPEAT_COLOUR = "#dd6b20"
OVERFLOW_COLOUR = "#8a8a8a"


def _style(kinds: frozenset[str]) -> str:
    parts = []
    if "banned_word" in kinds:
        parts.append(f"color:{BANNED_COLOUR}; font-weight:bold")
    elif "repeat" in kinds:
        parts.append(f"color:{REPEAT_COLOUR}; font-weight:bold")
    elif "length" in kinds:
        parts.append(f"color:{OVERFLOW_COLOUR}")
    if "length" in kinds:
        parts.append("text-decoration:line-through")
    return "; ".join(parts)


def title_html(title: str, findings: Iterable[Finding]) -> str:
    """`title` escaped for rich text, each run of characters with the same findings in one
    <span> styled by their kinds."""
    kinds: list[set[str]] = [set() for _ in title]
    for finding in findings:
        for at in range(max(finding.start, 0), min(finding.end, len(title))):
            kinds[at].add(finding.kind)
    out: list[str] = []
    at = 0
    while at < len(title):
        here = frozenset(kinds[at])
        end = at + 1
        while end < len(title) and frozenset(kinds[end]) == here:
            end += 1
        text = escape(title[at:end]).replace(" ", "&nbsp;")
        out.append(f'<span style="{_style(here)}">{text}</span>' if here else text)
        at = end
    return "".join(out)
