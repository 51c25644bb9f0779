"""Benchmark of `opsdesk import` against what else could load the same files.

On the files of bench/generate.py (a Taobao 订单报表 + 宝贝报表 pair in GBK, and a generic
UTF-8 CSV with the columns of UCI Online Retail, each with an overlapping later export),
every contender runs in its own process, timed from start to exit (interpreter start and
imports included), its peak resident memory taken from the kernel (wait4's ru_maxrss):

- floor: reading the bytes; parsing every cell as text with pandas and with pyarrow
- the `sqlite3` command line's `.import` (cleans and checks nothing; /usr/bin/sqlite3)
- by hand: `pandas.read_csv` + `DataFrame.to_sql`, one table per file, types inferred
- `opsdesk import`: into a new shop; the same files again (recognised by SHA-256);
  again with --force (everything read, cleaned, staged and compared; nothing written);
  the later export (the last 30% of the orders again, some changed, plus new orders)

    python bench/bench_import.py [--lines 1000000] [--repeat 1] [--only taobao|generic]
                                 [--before CHECKOUT]

Prints a table and writes bench/out/results.json. Not a test: pytest never collects it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
SQLITE_CLI = "/usr/bin/sqlite3"
# This process only starts the others: it imports nothing heavy, since a child's peak RSS
# as the kernel counts it starts from this process's size at fork.

# Children: each is run as `python bench_import.py --child NAME ARGS_JSON`.


def _child_bytes(args: dict) -> dict:
    total = 0
    for path in args["files"]:
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                total += len(block)
    return {"bytes": total}


def _child_pandas(args: dict) -> dict:
    import pandas as pd

    rows = 0
    for path in args["files"]:
        rows += len(pd.read_csv(path, encoding=args["encoding"], dtype=str,
                                keep_default_na=False))
    return {"rows": rows}


def _child_pyarrow(args: dict) -> dict:
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    rows = 0
    for path in args["files"]:
        with open(path, "rb") as fh:
            header = fh.readline().decode(args["encoding"]).rstrip("\r\n").split(",")
        table = pa_csv.read_csv(
            path, read_options=pa_csv.ReadOptions(encoding=args["encoding"]),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: pa.string() for name in header}))
        rows += table.num_rows
    return {"rows": rows}


def _child_by_hand(args: dict) -> dict:
    """What a user would write: read each file, append it to a table, commit."""
    import pandas as pd

    conn = sqlite3.connect(args["db"])
    rows = 0
    for path, table in zip(args["files"], args["tables"], strict=True):
        frame = pd.read_csv(path, encoding=args["encoding"])
        rows += frame.to_sql(table, conn, if_exists="append", index=False) or 0
    conn.commit()
    conn.close()
    return {"rows": rows}


def _child_opsdesk(args: dict) -> dict:
    """`opsdesk import ... --json`, in process so the summary comes back."""
    import contextlib
    import io

    from opsdesk_gui.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["import", "--shop", args["shop"], *args["files"], *args["extra"],
                     "--json"])
    if code != 0:
        raise SystemExit(f"opsdesk import exited {code}")
    summary = json.loads(out.getvalue())
    return {key: summary[key] for key in ("added", "updated", "unchanged", "skipped")} | {
        "tables": summary["tables"],
        "rows_read": sum(f["rows_read"] for f in summary["files"]),
        "already_imported": all(f["already_imported"] for f in summary["files"])}


CHILDREN = {"bytes": _child_bytes, "pandas": _child_pandas, "pyarrow": _child_pyarrow,
            "by_hand": _child_by_hand, "opsdesk": _child_opsdesk}


def run_child(name: str, args: dict, code: str | None = None) -> dict:
    """One contender in a process of its own: seconds, peak RSS and what it reported.
    `code`: a checkout whose opsdesk_gui the child imports instead of this one's."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name,
               json.dumps(args)]
    env = None if code is None else os.environ | {"PYTHONPATH": code}
    return _run(command, parse=True, env=env)


def _run(command: list[str], parse: bool = False, stdin: str | None = None,
         env: dict | None = None) -> dict:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin else None,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=ROOT, env=env)
    if stdin:
        process.stdin.write(stdin)
        process.stdin.close()
    stdout = process.stdout.read()
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed ({process.returncode}): {stderr[-2000:]}")
    result = {"seconds": round(seconds, 3), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
              "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2)}
    if parse:
        result["report"] = json.loads(stdout.strip().splitlines()[-1])
    return result


def run_sqlite_cli(db: Path, files: list[Path], tables: list[str]) -> dict | None:
    if not Path(SQLITE_CLI).exists():
        return None
    db.unlink(missing_ok=True)
    script = ".mode csv\n" + "".join(f".import '{f}' {t}\n" for f, t in zip(
        files, tables, strict=True))
    result = _run([SQLITE_CLI, str(db)], stdin=script)
    with sqlite3.connect(db) as conn:
        result["report"] = {"rows": sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                        for t in tables)}
    return result


# The data sets: files, their encoding, the extra arguments opsdesk needs.
def generate(out: Path, lines: int) -> tuple[dict[str, list[Path]], dict[str, str]]:
    """bench/generate.py in its own process (it skips files already written)."""
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--lines", str(lines),
                    "--out", str(out)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    manifest = json.loads((out / "manifest.json").read_text())
    files = {name: [out / p for p in paths] for name, paths in manifest["files"].items()}
    return files, manifest["generic_mapping"]


def datasets(files: dict[str, list[Path]], mapping: dict[str, str]) -> dict[str, dict]:
    map_args = [arg for field, header in mapping.items() for arg in ("--map", f"{field}={header}")]
    return {
        "taobao": {"label": "Taobao 订单报表 + 宝贝报表 (GBK)", "encoding": "gbk",
                   "files": files["taobao"], "later": files["taobao_later"],
                   "tables": ["orders", "lines"], "extra": []},
        "generic": {"label": "generic UTF-8 CSV (UCI Online Retail columns, --map)",
                    "encoding": "utf-8", "files": files["generic"],
                    "later": files["generic_later"], "tables": ["retail"],
                    "extra": map_args},
    }


def _remove_shop(shop: Path) -> None:
    for leftover in shop.parent.glob(f"{shop.name}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


def bench_dataset(name: str, data: dict, work: Path, before: str | None = None) -> dict:
    files = [str(f) for f in data["files"]]
    io_args = {"files": files, "encoding": data["encoding"]}
    results: dict[str, dict | None] = {}

    def step(key: str, run) -> None:
        print(f"  {name}: {key} ...", end=" ", flush=True)
        results[key] = run()
        shown = results[key]
        print("skipped" if shown is None else f"{shown['seconds']:.2f} s, "
              f"{shown['peak_rss_mb']:.0f} MB")

    step("floor: read the bytes", lambda: run_child("bytes", io_args))
    step("floor: pandas parse (all text)", lambda: run_child("pandas", io_args))
    step("floor: pyarrow parse (all text)", lambda: run_child("pyarrow", io_args))
    step("sqlite3 CLI .import", lambda: run_sqlite_cli(work / f"{name}-cli.db",
                                                       data["files"], data["tables"]))
    hand_db = work / f"{name}-hand.db"
    hand_db.unlink(missing_ok=True)
    step("by hand: read_csv + to_sql", lambda: run_child(
        "by_hand", io_args | {"db": str(hand_db), "tables": data["tables"]}))

    if before:  # the same import by the code of another checkout, in the same run
        earlier = work / f"{name}-before.opsdesk"
        _remove_shop(earlier)
        step("opsdesk import: new shop, code before", lambda: run_child(
            "opsdesk", {"shop": str(earlier), "extra": data["extra"], "files": files},
            code=before))
        _remove_shop(earlier)
    shop = work / f"{name}.opsdesk"
    _remove_shop(shop)
    opsdesk = {"shop": str(shop), "extra": data["extra"]}
    step("opsdesk import: new shop", lambda: run_child(
        "opsdesk", opsdesk | {"files": files}))
    step("opsdesk import: same files again", lambda: run_child(
        "opsdesk", opsdesk | {"files": files}))
    step("opsdesk import: same data, --force", lambda: run_child(
        "opsdesk", opsdesk | {"files": files, "extra": [*data["extra"], "--force"]}))
    step("opsdesk import: later overlapping export", lambda: run_child(
        "opsdesk", opsdesk | {"files": [str(f) for f in data["later"]]}))
    return results


def _median(runs: list[dict | None]) -> dict | None:
    runs = [r for r in runs if r is not None]
    if not runs:
        return None
    best = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    return best | {"runs_seconds": [r["seconds"] for r in runs],
                   "min_seconds": min(r["seconds"] for r in runs),
                   "peak_rss_mb": max(r["peak_rss_mb"] for r in runs)}


def targets(results: dict[str, dict | None]) -> dict[str, dict]:
    first = results["opsdesk import: new shop"]
    hand = results["by hand: read_csv + to_sql"]
    cli = results["sqlite3 CLI .import"]
    same = results["opsdesk import: same files again"]
    forced = results["opsdesk import: same data, --force"]
    later = results["opsdesk import: later overlapping export"]
    opsdesk_peak = max(results[k]["peak_rss_mb"] for k in results
                       if k.startswith("opsdesk") and "code before" not in k)
    out = {
        "at least as fast as by hand": {
            "value": round(hand["seconds"] / first["seconds"], 2), "unit": "x (by hand / opsdesk)",
            "met": first["seconds"] <= hand["seconds"]},
        "peak memory under 1 GB": {"value": opsdesk_peak, "unit": "MB",
                                   "met": opsdesk_peak < 1024},
        "re-import (same bytes) >= 5x faster": {
            "value": round(first["seconds"] / same["seconds"], 1), "unit": "x",
            "met": first["seconds"] >= 5 * same["seconds"]},
        "re-import (--force, re-read) >= 5x faster": {
            "value": round(first["seconds"] / forced["seconds"], 1), "unit": "x",
            "met": first["seconds"] >= 5 * forced["seconds"]},
    }
    out["later overlapping export <= half the first import"] = {
        "value": round(later["seconds"] / first["seconds"], 2), "unit": "x (later / first)",
        "met": 2 * later["seconds"] <= first["seconds"]}
    if cli is not None:
        out["within 2x of sqlite3 .import"] = {
            "value": round(first["seconds"] / cli["seconds"], 2), "unit": "x (opsdesk / .import)",
            "met": first["seconds"] <= 2 * cli["seconds"]}
    return out


def machine() -> dict:
    from importlib.metadata import version

    memory = None
    if Path("/proc/meminfo").exists():
        with open("/proc/meminfo") as fh:
            memory = next((int(line.split()[1]) // 1024 for line in fh
                           if line.startswith("MemTotal")), None)
    cli = None
    if Path(SQLITE_CLI).exists():
        cli = subprocess.run([SQLITE_CLI, "--version"], capture_output=True,
                             text=True).stdout.split()[0]
    return {"nproc": os.cpu_count(), "memory_mb": memory, "platform": platform.platform(),
            "python": platform.python_version(), "sqlite (python)": sqlite3.sqlite_version,
            "sqlite (cli)": cli, "pandas": version("pandas"), "numpy": version("numpy"),
            "pyarrow": version("pyarrow"),
            "load average at start": os.getloadavg() if hasattr(os, "getloadavg") else None}


def print_table(name: str, label: str, results: dict, sizes: dict) -> None:
    print(f"\n{label}: {sizes['lines']:,} lines, {sizes['mb']:.0f} MB")
    print(f"{'contender':42} {'seconds':>9} {'min':>8} {'peak MB':>8}  what it reported")
    for key, r in results.items():
        if r is None:
            print(f"{key:42} {'skipped (no ' + SQLITE_CLI + ')':>26}")
            continue
        report = r.get("report", {})
        shown = ", ".join(f"{k} {v}" for k, v in report.items() if k != "tables")
        print(f"{key:42} {r['seconds']:9.2f} {r['min_seconds']:8.2f} {r['peak_rss_mb']:8.0f}"
              f"  {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of every contender; the table shows the median")
    parser.add_argument("--only", choices=("taobao", "generic"))
    parser.add_argument("--before", metavar="CHECKOUT",
                        help="also time a new shop's import by the opsdesk_gui of another "
                             "checkout (e.g. the code before a change), in the same runs")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("child_args", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](json.loads(args.child_args))), flush=True)
        # pyarrow's reader threads now and then abort the interpreter's shutdown
        # ("terminate called without an active exception"): the result is out, leave.
        os._exit(0)

    data_dir = OUT / "data" / f"lines-{args.lines}"
    work = OUT / "work"
    work.mkdir(parents=True, exist_ok=True)
    print(f"generating {args.lines:,} lines into {data_dir} (deterministic) ...")
    started = time.perf_counter()
    files, mapping = generate(data_dir, args.lines)
    print(f"  done in {time.perf_counter() - started:.1f} s")
    report = {"lines": args.lines, "repeat": args.repeat, "machine": machine(), "datasets": {}}
    for name, data in datasets(files, mapping).items():
        if args.only and name != args.only:
            continue
        runs = [bench_dataset(name, data, work, args.before) for _ in range(args.repeat)]
        results = {key: _median([run[key] for run in runs]) for key in runs[0]}
        sizes = {"lines": args.lines, "mb": sum(Path(f).stat().st_size for f in data["files"])
                 / 1e6, "later_mb": sum(Path(f).stat().st_size for f in data["later"]) / 1e6}
        report["datasets"][name] = {"label": data["label"], "files": [str(f) for f in data[
            "files"]], "sizes": sizes, "results": results, "targets": targets(results)}
        print_table(name, data["label"], results, sizes)
        for target, verdict in report["datasets"][name]["targets"].items():
            print(f"  target {target}: {verdict['value']} {verdict['unit']} -> "
                  f"{'met' if verdict['met'] else 'NOT met'}")
    for leftover in work.iterdir():  # shops, backups and databases: hundreds of MB
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    (OUT / "results.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    print(f"\nwrote {OUT / 'results.json'}")


if __name__ == "__main__":
    main()
