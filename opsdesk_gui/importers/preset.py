"""What an export preset is, the registry of presets, and detecting one from headers.

A preset says which OpsDesk fields a platform's export carries and under which header
names (an alias table: header sets drift from year to year), which fields identify the
export, and how its cleaned rows become rows of the shop file's tables.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd

from ..errors import ImportFailed
from .reading import normalise_header


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # a key of cleaning.CLEANERS
    aliases: tuple[str, ...]
    required: bool = False


@dataclass
class BuildContext:
    """What a preset's `build` gets beside the cleaned rows."""

    file: str
    platform: str
    warn: Callable[[str, int, str | None, int], None]
    preamble: list[list[str]] = field(default_factory=list)
    state: dict = field(default_factory=dict)  # carried from chunk to chunk of one file
    columns: dict[str, str] = field(default_factory=dict)  # field -> the file's header


Builder = Callable[[pd.DataFrame, BuildContext], dict[str, pd.DataFrame]]


@dataclass(frozen=True)
class Preset:
    name: str  # e.g. "taobao_orders"
    label: str  # shown to people, e.g. "淘宝/天猫 订单报表"
    platform: str
    kind: str  # orders | order_lines | traffic | products | buyers | refunds | ad_spend
    fields: tuple[Field, ...]
    build: Builder
    signature: tuple[str, ...] = ()  # fields whose headers identify the export
    decimal_comma: bool = False
    # run once over the staged rows after every file is staged (an order's lines may
    # span chunks and files): e.g. sharing an order's discount over its lines
    finish: Callable[[sqlite3.Connection], None] | None = None

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def headers(self) -> set[str]:
        return {normalise_header(a) for f in self.fields for a in f.aliases}

    def resolve(self, header: Iterable[str]) -> dict[str, str]:
        """Field name -> the header it is read from, first alias found wins."""
        present = {normalise_header(h): h for h in header}
        resolved = {}
        for f in self.fields:
            for alias in f.aliases:
                if normalise_header(alias) in present:
                    resolved[f.name] = present[normalise_header(alias)]
                    break
        return resolved

    def score(self, header: Iterable[str]) -> int:
        """How well a header matches: -1 when a signature field is missing."""
        resolved = self.resolve(header)
        if not self.signature or any(s not in resolved for s in self.signature):
            return -1
        return len(resolved)

    def check_required(self, header: list[str], file: str) -> None:
        """Refuse a file missing a required column (when another preset fits the header,
        say the file is of that kind instead), or with a column it reads there twice."""
        for column in self.resolve(header).values():
            count = sum(1 for h in header if normalise_header(h) == normalise_header(column))
            if count > 1:
                raise ImportFailed("duplicate_column",
                                   {"file": file, "column": column, "count": count})
        missing = [f for f in self.fields if f.required and f.name not in self.resolve(header)]
        detected = detect_preset(header) if missing else None
        if detected is not None and detected.name != self.name:
            raise ImportFailed("wrong_preset", {
                "file": file, "preset": self.name, "detected": detected.name,
                "missing": ", ".join(f.aliases[0] for f in missing)})
        if missing:
            f = missing[0]
            raise ImportFailed("missing_column", {
                "file": file, "column": f.aliases[0],
                "aliases": " / ".join(f.aliases[1:]) or "nothing else"})


_REGISTRY: dict[str, Preset] = {}


def presets() -> dict[str, Preset]:
    """Every preset, found in the modules of `importers.presets` (each lists PRESETS)."""
    if not _REGISTRY:
        from . import presets as package

        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for preset in getattr(module, "PRESETS", ()):
                _REGISTRY[preset.name] = preset
    return _REGISTRY


def get_preset(name: str) -> Preset:
    known = presets()
    if name not in known:
        raise ImportFailed("no_such_preset", {"preset": name, "known": ", ".join(sorted(known))})
    return known[name]


def all_known_headers() -> set[str]:
    return set().union(*(p.headers() for p in presets().values()))


def detect_preset(header: Iterable[str]) -> Preset | None:
    """The preset whose signature the header carries and which resolves most fields."""
    header = list(header)
    scored = [(p.score(header), p.name, p) for p in presets().values()]
    best = max(scored, default=(-1, "", None), key=lambda t: (t[0], t[1]))
    return best[2] if best[0] >= 0 else None
