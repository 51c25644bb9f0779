"""Importing export files into a shop file: one transaction, nothing half written.

Steps: hash each file (a file imported before adds nothing); snapshot the shop with the
backup API; stage every file's cleaned rows; derive what line-level files leave open;
merge into the shop counting added/updated/unchanged; record the import; commit. Any
error or a cancel rolls everything back and drops the snapshot.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from ..errors import ImportFailed, ImportInterrupted, RowWarning
from ..jobs import Cancelled, CancelToken, ProgressCallback, throttled
from ..store.backups import prune, snapshot
from ..store.lock import Holder
from ..store.merge import MergeCounts, Staging
from ..store.shop import open_shop
from ..store.writer import last_import_id, writing
from .cleaning import CLEANERS, CellContext
from .freed_memory import release_freed_memory
from .preset import BuildContext, Preset, all_known_headers, detect_preset, get_preset
from .presets.generic import generic_preset
from .reading import Chunk, IrregularRows, Source, open_source
from .row_hashes import row_hashes
from .temp_copies import remove_stale_copies

SKIP_CODES_PREFIX = "skipped_"
IMPORT_CACHE_KIB = 64 * 1024  # the shop file's page cache while importing


@dataclass
class FileReport:
    file: str
    preset: str
    kind: str
    rows_read: int = 0
    rows_skipped: int = 0
    already_imported: bool = False
    warnings: dict[str, RowWarning] = field(default_factory=dict)

    def warn(self, code: str, row: int | None, column: str | None, count: int) -> None:
        found = self.warnings.setdefault(code, RowWarning(code, 0, row, column))
        found.count += count
        if code.startswith(SKIP_CODES_PREFIX) or code == "zero_qty":
            self.rows_skipped += count


@dataclass
class ImportSummary:
    import_id: int | None
    files: list[FileReport]
    counts: dict[str, MergeCounts]

    def total(self, what: str) -> int:
        if what == "skipped":
            return sum(f.rows_skipped for f in self.files)
        return sum(getattr(c, what) for c in self.counts.values())

    def as_dict(self) -> dict:
        return {
            "import_id": self.import_id,
            "files": [
                {"file": f.file, "preset": f.preset, "kind": f.kind, "rows_read": f.rows_read,
                 "rows_skipped": f.rows_skipped, "already_imported": f.already_imported,
                 "warnings": [w.as_dict() | {"message": w.message}
                              for w in f.warnings.values()]}
                for f in self.files
            ],
            "tables": {t: c.as_dict() for t, c in self.counts.items()},
            "added": self.total("added"), "updated": self.total("updated"),
            "unchanged": self.total("unchanged"), "skipped": self.total("skipped"),
        }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _sha256_or_blank(path: Path) -> str:
    """The file's hash; "" for what cannot be read (open_source says why)."""
    try:
        return file_sha256(path) if path.is_file() else ""
    except OSError:
        return ""


def _choose_preset(source: Source, preset_name: str | None, mapping: dict | None,
                   platform: str | None, currency: str) -> Preset:
    """The file's preset: named ('generic' is built from the mapping), else detected."""
    if preset_name == "generic":
        if not mapping:
            raise ImportFailed("required_field", {"field": "order_id"})
        return generic_preset(mapping, platform=platform or "generic", currency=currency)
    if preset_name:
        return get_preset(preset_name)
    preset = detect_preset(source.header)
    if preset is None:
        raise ImportFailed("unknown_preset", {"file": source.path.name})
    return preset


def clean_chunk(chunk: Chunk, preset: Preset, resolved: dict[str, str], report: FileReport
           ) -> pd.DataFrame:
    rows = chunk.rows()
    columns = {"_row": rows}
    # rows of a workbook's further sheet are named by file and sheet
    file = f"{report.file} ({chunk.sheet})" if chunk.sheet else report.file
    for name, header in resolved.items():
        f = preset.field(name)
        ctx = CellContext(file, header, rows, report.warn)
        cleaner = CLEANERS[f.kind]
        if f.kind == "money":
            columns[name] = cleaner(chunk.frame[header], ctx, decimal_comma=preset.decimal_comma)
        else:
            columns[name] = cleaner(chunk.frame[header], ctx)
        if name == "paid" and preset.kind in ("orders", "order_lines"):
            ctx.warn("negative_amount", (columns[name] < 0).fillna(False))
    return pd.DataFrame(columns, index=chunk.frame.index)


def _repeat_key(preset: Preset, resolved: dict[str, str]) -> list[str] | None:
    """The fields naming one row of an export that lists each order (or each order line,
    by its own number) once; None where rows may repeat a key by design."""
    if preset.kind == "orders":
        return ["order_id"]
    if preset.kind == "order_lines" and "line_id" in resolved:
        return ["order_id", "line_id"]
    return None


def _warn_changed_repeats(cleaned: pd.DataFrame, key: list[str], report: FileReport,
                          column: str, seen: dict[tuple, int]) -> None:
    """A row whose key came before with other values keeps the last values (as staging
    does), with a warning."""
    rows = cleaned[cleaned[key].notna().all(axis=1)]
    hashes = row_hashes(rows.drop(columns="_row")).tolist()
    keys = zip(*(rows[k].tolist() for k in key), strict=True)
    changed = []
    for name, digest, row in zip(keys, hashes, rows["_row"].tolist(), strict=True):
        if seen.get(name, digest) != digest:
            changed.append(row)
        seen[name] = digest
    if changed:
        report.warn("duplicate_order", changed[0], column, len(changed))


def _stage_file(staging: Staging, source: Source, preset: Preset, report: FileReport,
                cancel: CancelToken, progress: ProgressCallback) -> None:
    resolved = preset.resolve(source.header)
    if preset.name == "generic":
        missing = [h for h in preset.headers() if h not in set(source.header)]
        if missing:
            raise ImportFailed("bad_mapping", {"column": missing[0], "file": report.file})
    preset.check_required(source.header, report.file)
    before = report.rows_read, report.rows_skipped, copy.deepcopy(report.warnings)
    try:
        try:
            _stage_chunks(staging, source, preset, report, resolved, cancel, progress)
        except IrregularRows:
            # The fast CSV reader met, after some rows, a row it does not read as pandas
            # does: read the whole file again with pandas. Staging the rows read so far
            # once more changes nothing (the same rows, in the same order, fill in the
            # same values).
            report.rows_read, report.rows_skipped, report.warnings = before
            source.fast_csv = False
            _stage_chunks(staging, source, preset, report, resolved, cancel, progress)
    except FileNotFoundError as exc:  # moved or deleted since it was chosen and opened
        raise ImportFailed("file_gone", {"file": report.file}) from exc
    if report.rows_read == 0:
        raise ImportFailed("file_empty", {"file": report.file})


def _stage_chunks(staging: Staging, source: Source, preset: Preset, report: FileReport,
                  resolved: dict[str, str], cancel: CancelToken,
                  progress: ProgressCallback) -> None:
    ctx = BuildContext(report.file, preset.platform, report.warn, source.preamble,
                       columns=resolved)
    key, seen = _repeat_key(preset, resolved), {}
    with _Stager(staging) as stager:
        for chunk in source.chunks():
            cancel.check()
            cleaned = clean_chunk(chunk, preset, resolved, report)
            if key:
                _warn_changed_repeats(cleaned, key, report, resolved[key[-1]], seen)
            report.rows_read += len(cleaned)
            stager.put(preset.build(cleaned, ctx))
            progress(chunk.progress)


class _Stager:
    """Stages the built tables of one chunk in a thread of its own while the next chunk is
    read, cleaned and built: SQLite lets go of the GIL while it inserts, so the two
    overlap. One chunk waits at most; chunks are staged in order; the thread's error is
    raised in the caller (at the next chunk, or when the with block ends)."""

    def __init__(self, staging: Staging) -> None:
        self._staging = staging
        self._queue: queue.Queue[dict[str, pd.DataFrame] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="staging", daemon=True)

    def __enter__(self) -> _Stager:
        self._thread.start()
        return self

    def _run(self) -> None:
        while (tables := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain: the import fails anyway
            try:
                for table, frame in tables.items():
                    self._staging.add(table, frame)
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc

    def put(self, tables: dict[str, pd.DataFrame]) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(tables)

    def __exit__(self, kind, exc, trace) -> None:
        self._queue.put(None)
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error


_DERIVE_FROM_LINES = (
    ("units", "sum(qty)"),
    ("paid_cents", "sum(amount_cents)"),
    ("goods_cents", "sum(amount_cents)"),
)


def _derive_order_totals(staging: Staging) -> None:
    """Orders whose export states no totals take them from their staged lines, unless the
    shop already holds them from an order-level export."""
    if not {"orders", "order_lines"} <= set(staging.tables):
        return
    open_ = " OR ".join(f"o.{column} IS NULL" for column, _ in _DERIVE_FROM_LINES)
    if staging.conn.execute(
            f"SELECT 1 FROM temp.stage_orders AS o WHERE {open_} LIMIT 1").fetchone() is None:
        return  # every staged order states its totals (e.g. an order-level export)
    # One pass over the lines for all columns. `m` is the shop's row for the order (the key
    # is unique), so `m.x IS NULL` means: no such order, or the shop does not hold x.
    aggregates = ", ".join(f"{aggregate} AS {column}" for column, aggregate in _DERIVE_FROM_LINES)
    sets = ", ".join(
        f"{column} = CASE WHEN o.{column} IS NULL AND m.{column} IS NULL "
        f"THEN agg.{column} ELSE o.{column} END"
        for column, _ in _DERIVE_FROM_LINES)
    staging.conn.execute(f"""
        WITH agg AS (
            SELECT platform, order_id, {aggregates} FROM temp.stage_order_lines
            WHERE qty > 0 GROUP BY platform, order_id)
        UPDATE temp.stage_orders AS o SET {sets}
        FROM agg LEFT JOIN main.orders AS m
          ON m.platform = agg.platform AND m.order_id = agg.order_id
        WHERE o.platform = agg.platform AND o.order_id = agg.order_id AND ({open_})""")


# Order-level exports are staged after line-level ones, so what they state wins.
_STAGE_ORDER = {"order_lines": 0, "orders": 1}


def _catalogue_products(staging: Staging) -> int:
    """Products first seen in order lines join the catalogue (titles of known products
    are left as the owner's product sheet has them)."""
    if "order_lines" not in staging.tables:
        return 0
    # The maxima over the distinct (sku, product id, title) combinations are those over
    # all lines; a shop has far fewer combinations than lines, and DISTINCT dedupes them
    # with a small temporary index where GROUP BY over the lines would sort every line.
    return staging.conn.execute("""
        INSERT INTO main.products (platform, sku, product_id, title)
        SELECT platform, sku, max(product_id), max(title) FROM (
            SELECT DISTINCT platform, sku, product_id, title
            FROM temp.stage_order_lines NOT INDEXED WHERE sku IS NOT NULL)
        GROUP BY platform, sku
        ON CONFLICT DO NOTHING""").rowcount


def import_files(
    shop_path: str | Path,
    files: list[str | Path],
    *,
    preset: str | None = None,
    presets: dict[str, str] | None = None,
    mapping: dict[str, str] | None = None,
    platform: str | None = None,
    currency: str = "CNY",
    force: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    after_commit: Callable[[sqlite3.Connection], object] | None = None,
    waiting: Callable[[Holder], object] | None = None,
) -> ImportSummary:
    """Import `files` into the shop at `shop_path` (created when missing), all or nothing.

    `preset` names the preset of every file, `presets` that of some ({str(path): name});
    other files are detected from their header. `mapping` drives the generic import.
    `after_commit(conn)` runs once the import committed, still holding the shop's lock
    (opsdesk_gui/writes.py rebuilds the daily cache there). `waiting(holder)` is told once
    when another writer holds the shop and this import waits for it."""
    cancel = cancel or CancelToken()
    remove_stale_copies()
    report_progress = throttled(progress)
    with writing(shop_path, create=True, who="import", cancel=cancel,
                 waiting=waiting) as conn:
        summary = _import_locked(conn, Path(shop_path), files, preset, presets, mapping,
                                 platform, currency, force, report_progress, cancel)
        if after_commit is not None and summary.import_id is not None:
            # The TEMP staging tables and the import's page cache live as long as the
            # connection (a DROP does not free an in-memory table's pages): closing it,
            # and handing what was freed back, keeps the import's memory from sharing
            # the peak with the cache rebuild (1M Taobao lines: 1,065 -> 881 MiB).
            conn.close()
            release_freed_memory()
            fresh = open_shop(shop_path).conn
            try:
                after_commit(fresh)
            finally:
                fresh.close()
    report_progress(1.0)
    return summary


def _import_locked(conn, shop_path: Path, files, preset, presets, mapping, platform,
                   currency, force, report_progress, cancel) -> ImportSummary:
    paths = [Path(f) for f in files]
    hashes = {p: _sha256_or_blank(p) for p in paths}
    reports: list[FileReport] = []
    todo: list[tuple[Path, FileReport]] = []
    for path in paths:
        seen = conn.execute("SELECT preset, kind FROM import_files WHERE sha256 = ?",
                            (hashes[path],)).fetchone()
        if seen and not force:
            report = FileReport(path.name, seen[0], seen[1], already_imported=True)
            report.warn("already_imported", None, None, 1)
        else:
            report = FileReport(path.name, "", "")
            todo.append((path, report))
        reports.append(report)
    if not todo:
        return ImportSummary(None, reports, {})

    # Taken with the lock held, so it is the shop as the previous import left it; named
    # after this import, so undo finds exactly it.
    import_id = last_import_id(conn) + 1
    backup = snapshot(conn, shop_path, "import", import_id)
    staging = Staging(conn)
    known = all_known_headers() | set((mapping or {}).values())
    conn.execute("PRAGMA temp_store = MEMORY")
    # A page cache that holds the indexes being filled: with the default 2 MB, merging
    # 1M lines re-reads and re-spills index pages for every row (about 2x slower).
    conn.execute(f"PRAGMA main.cache_size = {-IMPORT_CACHE_KIB}")
    conn.execute("BEGIN IMMEDIATE")
    committing = False
    try:
        opened = []
        for path, report in todo:
            source = open_source(path, known)
            if presets is not None:
                named = presets.get(str(path))
            else:  # the command line: --map alone means the generic import
                named = preset or ("generic" if mapping else None)
            chosen = _choose_preset(source, named, mapping, platform, currency)
            report.preset, report.kind = chosen.name, chosen.kind
            for code, about in source.notes:
                report.warn(code, None, about, 1)
            opened.append((source, chosen, report))
        opened.sort(key=lambda item: _STAGE_ORDER.get(item[1].kind, 0))
        share = 0.9 / len(opened)
        for index, (source, chosen, report) in enumerate(opened):
            _stage_file(staging, source, chosen, report, cancel,
                        lambda f, i=index: report_progress((i + f) * share))
        cancel.check()
        for finish in dict.fromkeys(c.finish for _, c, _ in opened if c.finish):
            finish(staging.conn)
        _derive_order_totals(staging)
        counts = {table: staging.merge(table) for table in staging.tables}
        catalogued = _catalogue_products(staging)
        if catalogued:
            counts.setdefault("products", MergeCounts()).added += catalogued
        cancel.check()
        _record(conn, import_id, todo, hashes, counts)
        committing = True
        conn.execute("COMMIT")
    except BaseException as exc:
        # Ctrl-C right after COMMIT returned: the import is saved (and can be undone).
        saved = isinstance(exc, KeyboardInterrupt) and committing and not conn.in_transaction
        if conn.in_transaction:  # a failed COMMIT may have rolled back already
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if saved:
            raise ImportInterrupted("interrupted_saved") from exc
        backup.path.unlink(missing_ok=True)
        if isinstance(exc, Cancelled):
            raise ImportFailed("cancelled") from exc
        if isinstance(exc, KeyboardInterrupt):
            raise ImportInterrupted("interrupted") from exc
        raise
    prune(shop_path)  # only now: a refused import must not push out a real snapshot
    # Closing the connection (writing() does) discards the TEMP staging tables; dropping
    # them first would copy their pages into the temp journal (1M lines: +100 MB, 0.5 s).
    return ImportSummary(import_id, reports, counts)


def _record(conn, import_id: int, todo, hashes, counts: dict[str, MergeCounts]) -> None:
    conn.execute(
        "INSERT INTO imports (id, imported_at, counts) VALUES (?, ?, ?)",
        (import_id, datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
         json.dumps({t: c.as_dict() for t, c in counts.items()})))
    conn.executemany(
        "INSERT INTO import_files (import_id, file_name, sha256, preset, kind, rows_read, "
        "rows_skipped, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(import_id, r.file, hashes[p], r.preset, r.kind, r.rows_read, r.rows_skipped,
          json.dumps([w.as_dict() for w in r.warnings.values()], ensure_ascii=False))
         for p, r in todo])
