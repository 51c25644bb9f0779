"""A block of cells as tab-separated text, the way Excel and WPS paste it (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence

from opsdesk_gui.exporting import neutralise

_FLATTEN = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


def to_tsv(columns: Sequence[Sequence[str]], text: Sequence[bool],
           headers: Sequence[str] | None = None) -> str:
    """Cells given column by column; `text[i]` marks a text column, whose cells are
    flattened to one line and kept from running as a formula when pasted ('=1+1' ->
    "'=1+1"). Lines end with '\\n'; the last one has no line end."""
    cleaned = []
    for cells, is_text in zip(columns, text, strict=True):
        if is_text:
            cells = [neutralise(c.translate(_FLATTEN)) for c in cells]
        cleaned.append(cells)
    lines = ["\t".join(row) for row in zip(*cleaned, strict=True)]
    if headers is not None:
        lines.insert(0, "\t".join(h.translate(_FLATTEN) for h in headers))
    return "\n".join(lines)
