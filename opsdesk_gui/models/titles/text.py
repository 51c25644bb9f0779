"""A title's width in bytes, and the title folded for matching with a map back to it.

Folding: each character is NFKC-normalised (full-width letters, digits and signs become
half-width: ＮＯ．１ -> NO.1, № -> No, ① -> 1) and case-folded, then separators are
dropped: spaces, punctuation, symbols (emoji, ★, +), control and format characters
(zero-width spaces, joiners) and combining marks (emoji variation selectors, keycaps).
Two characters stay because words are made of them: % (100%), and a . or , between
two digits (1.00% is not 100%). So 最 好, 最-好, 最💥好 and Ｎ Ｏ . 1 fold to 最好 and no1.
Traditional and variant forms fold to the simplified character (頂級 -> 顶级, 國家級 ->
国家级, 第壹 -> 第一: VARIANTS), look-alikes to what they imitate (katakana ー -> 一; a
digit 0 after a letter and not before a digit -> o, so N0.1 and T0P1 fold to no1, top1).

Every folded character remembers the index of the original character it came from, so
a match in the folded text maps back to `title[start:end]`, dodging characters included.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_DIGITS = "0123456789"


# Traditional, financial and variant forms of the characters of the banned words, and
# look-alikes of them, folded to the simplified character they stand for.
VARIANTS = str.maketrans({
    "頂": "顶", "級": "级", "國": "国", "壹": "一", "弌": "一", "ー": "一", "㇐": "一",
    "獨": "独", "極": "极", "選": "选", "價": "价", "網": "网", "萬": "万", "僅": "仅",
    "強": "强", "優": "优", "熱": "热", "歡": "欢", "進": "进",
    "則": "则", "絕": "绝", "對": "对", "贏": "赢", "軍": "军",
})


@lru_cache(maxsize=4096)
def char_bytes(char: str) -> int:
    """The bytes a character takes in a title, as the platform counts them (GB18030): 1
    for ASCII, 2 for a character GBK has (Chinese, full-width forms), 4 for the rest
    (emoji and other characters GBK lacks)."""
    if ord(char) < 128:
        return 1
    try:
        return len(char.encode("gb18030"))
    except UnicodeEncodeError:  # a lone surrogate: as wide as an emoji
        return 4


def title_bytes(title: str) -> int:
    return sum(char_bytes(c) for c in title)


def fitting_length(title: str, limit: int) -> int:
    """How many leading characters of `title` fit in `limit` bytes."""
    used = 0
    for index, char in enumerate(title):
        used += char_bytes(char)
        if used > limit:
            return index
    return len(title)


@lru_cache(maxsize=4096)
def _normalised(char: str) -> str:
    return unicodedata.normalize("NFKC", char).casefold().translate(VARIANTS)


@lru_cache(maxsize=4096)
def _is_separator(char: str) -> bool:
    if char == "%":
        return False
    category = unicodedata.category(char)
    return category[0] in "ZPSC" or category in ("Mn", "Me")


def is_word_ascii(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in ".,")


@dataclass(frozen=True)
class Folded:
    """A title folded for matching.

    `text` is the folded title; `origin[k]` is the index in the original title of the
    character that `text[k]` came from; `normal` is the title normalised but with its
    separators kept, and `place[k]` the index of `text[k]` in it (to see what stood
    next to a match, and whether two folded characters were adjacent)."""

    title: str
    text: str
    origin: tuple[int, ...]
    normal: str
    place: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) -> the original title's [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1

    def before(self, start: int) -> str:
        """The normalised character just before folded index `start` ('' at the start)."""
        at = self.place[start]
        return self.normal[at - 1] if at > 0 else ""

    def after(self, end: int) -> str:
        """The normalised character just after folded [.., end) ('' at the end)."""
        at = self.place[end - 1] + 1
        return self.normal[at] if at < len(self.normal) else ""

    def adjacent(self, k: int) -> bool:
        """Whether folded characters k and k + 1 stood next to each other."""
        return self.place[k + 1] == self.place[k] + 1


@lru_cache(maxsize=256)  # a title is folded by each check; Folded is immutable
def fold(title: str) -> Folded:
    normal: list[str] = []
    normal_origin: list[int] = []
    for index, char in enumerate(title):
        for out in _normalised(char):
            normal.append(out)
            normal_origin.append(index)
    for at in range(1, len(normal)):  # N0.1, T0P1: a zero standing in for the letter o
        if (normal[at] == "0" and normal[at - 1].isascii() and normal[at - 1].isalpha()
                and (at + 1 == len(normal) or normal[at + 1] not in _DIGITS)):
            normal[at] = "o"
    text: list[str] = []
    origin: list[int] = []
    place: list[int] = []
    for at, char in enumerate(normal):
        decimal = (char in ".," and 0 < at < len(normal) - 1
                   and normal[at - 1] in _DIGITS and normal[at + 1] in _DIGITS)
        if decimal or not _is_separator(char):
            text.append(char)
            origin.append(normal_origin[at])
            place.append(at)
    return Folded(title, "".join(text), tuple(origin), "".join(normal), tuple(place))


def fold_word(word: str) -> str:
    """A banned or allowed word folded as titles are."""
    return fold(word).text


@dataclass(frozen=True)
class Token:
    """A unit of a folded title for finding repeats: an ASCII word or number, or one
    other character. `start`/`end` index the folded text."""

    text: str
    start: int
    end: int


def tokens(folded: Folded) -> list[Token]:
    out: list[Token] = []
    text = folded.text
    k = 0
    while k < len(text):
        end = k + 1
        if is_word_ascii(text[k]):
            while end < len(text) and is_word_ascii(text[end]) and folded.adjacent(end - 1):
                end += 1
        out.append(Token(text[k:end], k, end))
        k = end
    return out
