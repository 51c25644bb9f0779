"""Where an import's time goes: `opsdesk import` of bench/generate.py's files into a new
shop, in process, with a timer around each step of importers/pipeline.py.

    python bench/import_steps.py [--lines 1000000] [--only taobao|generic]

Steps: reading, cleaning and building every chunk (the staging thread stages each
chunk's rows beside it; the time the reading waits for the thread is part of the step),
deriving order totals, merging, cataloguing products, and the rest (snapshot, the
per-preset finishing over the staged rows, commit). `opsdesk import` then rebuilds the
daily cache too (writes.import_files), which this script leaves out. Not a test.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    from bench_import import OUT, datasets, generate

    from opsdesk_gui.importers import pipeline
    from opsdesk_gui.store import merge

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--only", choices=("taobao", "generic"))
    args = parser.parse_args()
    files, mapping = generate(OUT / "data" / f"lines-{args.lines}", args.lines)
    spent: dict[str, float] = defaultdict(float)

    def timed(owner, name: str, label: str) -> None:
        real = getattr(owner, name)

        def wrapper(*a, **k):
            started = time.perf_counter()
            try:
                return real(*a, **k)
            finally:
                spent[label] += time.perf_counter() - started

        setattr(owner, name, wrapper)

    timed(pipeline, "_stage_file", "read, clean, build (+ staging beside it)")
    timed(pipeline, "clean_chunk", "  of which: cleaning")
    timed(pipeline, "_warn_changed_repeats", "  of which: repeated keys")
    timed(pipeline._Stager, "put", "  of which: waiting for the staging thread")
    timed(pipeline._Stager, "__exit__", "  of which: waiting for it at the end")
    timed(merge.Staging, "add", "  staging (in its thread, overlapping)")
    timed(pipeline, "_derive_order_totals", "order totals from lines")
    timed(merge.Staging, "merge", "merge into the shop")
    timed(pipeline, "_catalogue_products", "catalogue products")
    work = OUT / "work"
    work.mkdir(parents=True, exist_ok=True)
    for name, data in datasets(files, mapping).items():
        if args.only and name != args.only:
            continue
        shop = work / f"steps-{name}.opsdesk"
        for leftover in work.glob(f"steps-{name}.opsdesk*"):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        spent.clear()
        started = time.perf_counter()
        pipeline.import_files(shop, data["files"],
                              mapping=mapping if name == "generic" else None)
        total = time.perf_counter() - started
        print(f"\n{name}: {total:.2f} s in all")
        for label, seconds in spent.items():
            print(f"  {label:48} {seconds:6.2f} s")
        print(f"  {'the rest (snapshot, finishing, commit)':48} "
              f"{total - sum(v for k, v in spent.items() if not k.startswith(' ')):6.2f} s")
        for leftover in work.glob(f"steps-{name}.opsdesk*"):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()


if __name__ == "__main__":
    main()
