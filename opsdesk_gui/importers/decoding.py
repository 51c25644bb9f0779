"""Which text encoding a CSV export is in.

Order (shared/formats.md, shared/setup.md): a BOM; then strict UTF-8; then GB18030, a
superset of GBK, which Chinese Excel writes without a BOM. Statistical detection is
wrong on a sample that ends mid-character, so it only names a guess for the message.
"""

from __future__ import annotations

import codecs
from pathlib import Path

SAMPLE_BYTES = 4 << 20

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _sample(path: Path) -> bytes:
    with path.open("rb") as fh:
        data = fh.read(SAMPLE_BYTES)
        more = fh.read(1)
    if more and b"\n" in data:  # cut at a line end, never mid-character
        data = data[: data.rindex(b"\n") + 1]
    return data


def detect_encoding(path: str | Path) -> str | None:
    """The codec name to read `path` with, or None when no candidate decodes it."""
    data = _sample(Path(path))
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    for name in ("utf-8", "gb18030"):
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return name
    return None


def guess_encoding(path: str | Path) -> str:
    """charset-normalizer's best guess, for an error message only."""
    from charset_normalizer import from_bytes

    best = from_bytes(_sample(Path(path))).best()
    return best.encoding if best else "binary data"
