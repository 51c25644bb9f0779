"""Checking product titles: length, banned absolute words, keyword stuffing.

A finding is data: its kind ("banned_word", "length", "repeat"), the text as it stands
in the original title, its [start, end) there (Python string indices), and an advice
code with its parameters (errors.MESSAGES renders it: `Finding.suggestion`).

Banned words are matched in the folded title (text.py), so dodges such as 最 好 or
ＮＯ．１ are found; a word inside an allowed context (rules.ALLOWED) is not flagged, and
a word that starts or ends with an ASCII letter or digit must not continue an ASCII
word or number (TOP1 is not found in TOP10 or LAPTOP1). Overlapping hits are one finding
(全网最低价), advised as its longest banned word.

Repeats (keyword stuffing): a unit of 2 or more characters (Chinese characters, ASCII
words; numbers alone do not count: 2020 is a year, not 20 twice) that occurs 3 or more
times, or twice back to back (连衣裙连衣裙). Only the longest repeated unit is reported
(连衣裙, not also 连衣 and 衣裙, nor 衣裙连 in 连衣裙连衣裙); each occurrence after the
first is one finding, to remove.

Length: when a title is longer than its platform's limit (rules.PLATFORM_LIMITS), the
finding is the tail that does not fit; when removing the repeats and the banned words
without a softer wording would bring it within the limit, the advice says so.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ...errors import render
from . import rules
from .text import Folded, char_bytes, fitting_length, fold, fold_word, title_bytes, tokens

KINDS = ("banned_word", "length", "repeat")


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str
    start: int
    end: int
    advice: str
    params: dict = field(default_factory=dict, compare=True, hash=False)

    @property
    def suggestion(self) -> str:
        return self.suggestion_in("en")

    def suggestion_in(self, language: str) -> str:
        return render(self.advice, language, text=self.text, **self.params)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "suggestion": self.suggestion}


@dataclass(frozen=True)
class TitleCheck:
    title: str
    bytes: int
    limit: int | None
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict:
        return {"bytes": self.bytes, "limit": self.limit,
                "findings": [f.to_dict() for f in self.findings]}


def platform_limit(platform: str | None) -> int | None:
    return rules.PLATFORM_LIMITS.get((platform or "").lower())


# -- banned words -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Hit:
    start: int  # folded indices
    end: int
    word: str  # folded


@lru_cache(maxsize=64)
def _rule_tables(extra: tuple[str, ...]) -> tuple[frozenset[str], dict[str, str | None]]:
    """The banned words folded, and folded word -> softer wording (None: remove)."""
    softer = {fold_word(w): wording for w, wording in rules.SOFTER.items()}
    for word in extra:
        softer.setdefault(fold_word(word), None)
    words = {fold_word(w) for w in (*rules.BANNED_WORDS, *rules.ZUI_CLAIMS, *extra)}
    return frozenset(w for w in words if w), softer


@lru_cache(maxsize=64)
def _allowed_patterns(allowed_words: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    words = (re.escape(fold_word(w)) for w in allowed_words if fold_word(w))
    return tuple(re.compile(f"(?=({pattern}))") for pattern in (*rules.ALLOWED, *words))


def _ascii_edge(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _hits(folded: Folded, words: Iterable[str]) -> list[_Hit]:
    text = folded.text
    hits = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            clear = ((not _ascii_edge(word[0]) or not _ascii_edge(folded.before(at)))
                     and (not _ascii_edge(word[-1]) or not _ascii_edge(folded.after(end))))
            if clear:
                hits.append(_Hit(at, end, word))
            at = text.find(word, at + 1)
    return hits


def _allowed_spans(text: str, allowed_words: tuple[str, ...]) -> list[tuple[int, int]]:
    return [(match.start(1), match.end(1))
            for pattern in _allowed_patterns(allowed_words) for match in pattern.finditer(text)]


def banned_words(title: str, extra_words: Iterable[str] = (),
                 allowed_words: Iterable[str] = ()) -> list[Finding]:
    """Absolute claims in `title`: rules.BANNED_WORDS plus `extra_words`, except inside
    rules.ALLOWED or `allowed_words` (e.g. a brand name such as 永久牌)."""
    folded = fold(title)
    words, softer = _rule_tables(tuple(extra_words))
    allowed = _allowed_spans(folded.text, tuple(allowed_words))
    hits = [h for h in _hits(folded, words)
            if not any(a <= h.start and h.end <= b for a, b in allowed)]
    hits.sort(key=lambda h: (h.start, -len(h.word)))
    groups: list[list[_Hit]] = []
    for hit in hits:
        if groups and hit.start < max(h.end for h in groups[-1]):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    findings = []
    for group in groups:
        word = max(group, key=lambda h: len(h.word)).word  # the first longest
        start, end = folded.span(group[0].start, max(h.end for h in group))
        text = title[start:end]
        replacement = softer.get(word)
        if replacement:
            findings.append(Finding("banned_word", text, start, end, "title_replace",
                                    {"replacement": replacement}))
        else:
            findings.append(Finding("banned_word", text, start, end, "title_remove"))
    return findings


# -- repeats ------------------------------------------------------------------------------
def _numeric(units: tuple[str, ...]) -> bool:
    return all(ch in "0123456789.," for unit in units for ch in unit)


def _repeated_grams(units: list[str]) -> list[tuple[int, dict[tuple[str, ...], list[int]]]]:
    """For n = 1, 2, ...: the n-grams of `units` that occur at least twice -> where they
    start (in order of first occurrence). An n-gram repeats only where its (n-1)-gram
    prefix does, so each n looks at those starts alone, and stops when none repeat."""
    out = []
    candidates = range(len(units))
    n = 1
    while n <= len(units) // 2:
        starts: dict[tuple[str, ...], list[int]] = {}
        for i in candidates:
            if i + n <= len(units):
                starts.setdefault(tuple(units[i:i + n]), []).append(i)
        grams = {gram: where for gram, where in starts.items() if len(where) >= 2}
        if not grams:
            break
        out.append((n, grams))
        candidates = sorted(i for where in grams.values() for i in where)
        n += 1
    return out


def repeats(title: str) -> list[Finding]:
    """Keyword stuffing: each occurrence after the first of a repeated unit."""
    folded = fold(title)
    toks = tokens(folded)
    reported: list[tuple[int, int]] = []  # token spans of the occurrences reported
    findings = []
    for n, grams in reversed(_repeated_grams([t.text for t in toks])):
        for units, positions in grams.items():
            if sum(len(u) for u in units) < 2 or _numeric(units):
                continue
            occurrences: list[int] = []
            for i in positions:  # left to right, not overlapping
                if not occurrences or i >= occurrences[-1] + n:
                    occurrences.append(i)
            back_to_back = any(b - a == n for a, b in pairwise(occurrences))
            if len(occurrences) < 3 and not back_to_back:
                continue
            # occurrences clear of those reported: 连衣 inside 连衣裙, or 衣裙女连 across
            # 连衣裙女连衣裙女, is the same stuffing seen again
            new = [i for i in occurrences if not any(i < b and a < i + n for a, b in reported)]
            if not new:
                continue
            reported.extend((i, i + n) for i in occurrences)
            for i in occurrences[1:]:
                if i not in new:
                    continue
                start, end = folded.span(toks[i].start, toks[i + n - 1].end)
                advice, params = (("title_repeat", {"count": len(occurrences)})
                                  if len(occurrences) >= 3 else ("title_repeat_adjacent", {}))
                findings.append(Finding("repeat", title[start:end], start, end, advice, params))
    return findings


# -- length -------------------------------------------------------------------------------
def _removed_bytes(title: str, findings: Iterable[Finding]) -> int:
    """Bytes saved by removing the repeats and the banned words that have no softer
    wording (overlaps counted once)."""
    removed: set[int] = set()
    for f in findings:
        if f.kind == "repeat" or f.advice == "title_remove":
            removed.update(range(f.start, f.end))
    return sum(char_bytes(title[i]) for i in removed)


def length_finding(title: str, limit: int | None,
                   other: Iterable[Finding] = ()) -> Finding | None:
    size = title_bytes(title)
    if limit is None or size <= limit:
        return None
    start = fitting_length(title, limit)
    params = {"bytes": size, "limit": limit, "over": size - limit}
    saved = _removed_bytes(title, other)
    if saved >= size - limit:
        return Finding("length", title[start:], start, len(title), "title_too_long_fixable",
                       {**params, "saved": saved})
    return Finding("length", title[start:], start, len(title), "title_too_long", params)


# -- the whole check ----------------------------------------------------------------------
def check_title(title: str, platform: str | None = "taobao", *,
                extra_words: Iterable[str] = (),
                allowed_words: Iterable[str] = ()) -> TitleCheck:
    """Every finding of `title` against `platform`'s rules, ordered by position."""
    limit = platform_limit(platform)
    findings = banned_words(title, extra_words, allowed_words) + repeats(title)
    too_long = length_finding(title, limit, findings)
    if too_long:
        findings.append(too_long)
    findings.sort(key=lambda f: (f.start, f.end, KINDS.index(f.kind)))
    return TitleCheck(title, title_bytes(title), limit, tuple(findings))


@dataclass(frozen=True)
class ProductTitle:
    platform: str
    sku: str
    check: TitleCheck

    def to_dict(self) -> dict:
        return {"platform": self.platform, "sku": self.sku, "title": self.check.title,
                **self.check.to_dict()}


def check_product_titles(conn: sqlite3.Connection, platform: str | None = None, *,
                         extra_words: Iterable[str] = (),
                         allowed_words: Iterable[str] = ()) -> list[ProductTitle]:
    """The check of every product with a title (blank titles are skipped), each against
    its own platform's limit; by platform and SKU."""
    extra_words, allowed_words = list(extra_words), list(allowed_words)
    sql = "SELECT platform, sku, title FROM products WHERE trim(coalesce(title, '')) != ''"
    params: list[str] = []
    if platform:
        sql += " AND platform = ?"
        params.append(platform)
    rows = conn.execute(sql + " ORDER BY platform, sku", params).fetchall()
    return [ProductTitle(p, sku, check_title(title, p, extra_words=extra_words,
                                             allowed_words=allowed_words))
            for p, sku, title in rows]


def marked(title: str, findings: Iterable[Finding], left: str = "[", right: str = "]") -> str:
    """The title with its banned words and repeats between brackets (overlaps merged)."""
    spans = sorted((f.start, f.end) for f in findings if f.kind != "length")
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [title[at:start], left, title[start:end], right]
        at = end
    out.append(title[at:])
    return "".join(out)
