"""What the import dialog shows before anything is written: the preset a file is
detected as, and its first rows as OpsDesk reads them (cleaned and typed), or the
message that will stop its import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import ImportFailed
from .pipeline import FileReport, clean_chunk
from .preset import Preset, all_known_headers, detect_preset, get_preset
from .presets.generic import generic_preset
from .reading import open_source

PREVIEW_ROWS = 20


@dataclass
class FilePreview:
    path: Path
    header: list[str] = field(default_factory=list)
    preset: str | None = None  # detected or chosen; None: OpsDesk does not know it
    rows: pd.DataFrame | None = None  # cleaned fields of the first rows
    columns: dict[str, str] = field(default_factory=dict)  # field -> the file's header
    error: ImportFailed | None = None


def preview_file(path: str | Path, preset: str | None = None,
                 mapping: dict[str, str] | None = None, currency: str = "CNY",
                 limit: int = PREVIEW_ROWS) -> FilePreview:
    path = Path(path)
    result = FilePreview(path)
    try:
        source = open_source(path, all_known_headers() | set((mapping or {}).values()),
                             first_row_header=True)
        result.header = source.header
        chosen: Preset | None
        if mapping:
            chosen = generic_preset(mapping, currency=currency)
        elif preset:
            chosen = get_preset(preset)
        else:
            chosen = detect_preset(source.header)
        if chosen is None:
            raise ImportFailed("unknown_preset", {"file": path.name})
        result.preset = chosen.name
        chosen.check_required(source.header, path.name)
        chunk = next(iter(source.chunks(size=limit)), None)
        if chunk is not None:
            report = FileReport(path.name, chosen.name, chosen.kind)
            result.columns = chosen.resolve(source.header)
            result.rows = clean_chunk(chunk, chosen, result.columns, report)
    except ImportFailed as exc:
        result.error = exc
    return result
