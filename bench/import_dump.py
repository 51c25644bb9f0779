"""A canonical text of an import's outcome, to prove a faster import changes nothing.

`dump_shop(conn)` lists every table of a shop file row by row in rowid order, each value
with its SQLite type (`typeof()`), so an integer stored as text or 1.0 for 1 shows up.
The wall-clock times an import or an edit was made at are the only values left out (the
tests write their XLSX files anew each run, and XLSX carries its time of writing: their
SHA-256 in import_files differ from run to run for that reason alone).
`dump_summary(summary)` is the import's result (files, warnings with file, row and
column, rows added / updated / unchanged per table) as sorted JSON.

Used two ways:
- `pytest -p import_recorder` (tests/import_recorder.py, OPSDESK_RECORD_IMPORTS=DIR)
  writes one such text for every import the test suite runs;
- `python bench/import_dump.py OUT` imports bench/generate.py's files into fresh shops
  and writes their texts (and SHA-256s) to OUT.
Compare two outputs with `diff -r`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from pathlib import Path

# Columns whose value is the moment of the run, not the import's result.
VOLATILE = {("imports", "imported_at"), ("edits", "made_at")}


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [name for (name,) in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def dump_table(conn: sqlite3.Connection, table: str):
    """Lines of text: the columns, then each row as `value:type` pairs."""
    columns = [row[1] for row in conn.execute(f'PRAGMA main.table_info("{table}")')]
    shown = [c for c in columns if (table, c) not in VOLATILE]
    yield f"## {table} ({', '.join(shown)})\n"
    picks = ", ".join(f'quote("{c}"), typeof("{c}")' for c in shown)
    try:
        rows = conn.execute(f'SELECT rowid, {picks} FROM main."{table}" ORDER BY rowid')
    except sqlite3.OperationalError:  # WITHOUT ROWID
        rows = conn.execute(f'SELECT NULL, {picks} FROM main."{table}" ORDER BY 2, 4')
    for row in rows:
        cells = [f"{row[i]}:{row[i + 1]}" for i in range(1, len(row), 2)]
        yield f"{row[0]}|" + "|".join(cells) + "\n"


def dump_shop(conn: sqlite3.Connection):
    for table in _tables(conn):
        if table.startswith("daily_"):  # the cache built after the import, not its result
            continue
        yield from dump_table(conn, table)


def dump_summary(summary) -> str:
    return json.dumps(summary.as_dict(), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def dump_error(error: BaseException) -> str:
    return json.dumps({"error": type(error).__name__, "code": getattr(error, "code", None),
                       "params": getattr(error, "params", None)},
                      ensure_ascii=False, sort_keys=True, default=str) + "\n"


def _bench(out: Path, lines: int) -> None:
    """Import the benchmark's files (new shop, then the later export) and dump both."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_import import OUT, _remove_shop, datasets, generate

    from opsdesk_gui.importers.pipeline import import_files

    files, mapping = generate(OUT / "data" / f"lines-{lines}", lines)
    out.mkdir(parents=True, exist_ok=True)
    hashes = {}
    for name, data in datasets(files, mapping).items():
        shop = out / f"{name}.opsdesk"
        _remove_shop(shop)
        use_map = mapping if name == "generic" else None
        for step, group in (("new", data["files"]), ("later", data["later"])):
            summary = import_files(shop, group, mapping=use_map)
            text = out / f"{name}-{step}.txt"
            with text.open("w", encoding="utf-8") as fh:
                fh.write(dump_summary(summary))
                conn = sqlite3.connect(shop)
                for line in dump_shop(conn):
                    fh.write(line)
                conn.close()
            hashes[text.name] = hashlib.sha256(text.read_bytes()).hexdigest()
            print(f"{text.name} {hashes[text.name]}", flush=True)
        _remove_shop(shop)
    (out / "sha256.json").write_text(json.dumps(hashes, indent=1) + "\n")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lines", type=int, default=1_000_000)
    args = parser.parse_args()
    _bench(args.out, args.lines)
