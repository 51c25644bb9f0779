"""Benchmark of the printed reviews: the weekly review as a PDF on a big shop, stage by stage.

The shop is bench_products.py's (2,000 SKUs, 1,000,000 order lines in about 400,000
orders over 2025, made-up buyers; built once and reused with --keep), copied, with a
生意参谋 shop row per day (visitors about 30 per paying buyer) and two ad channels' daily
spend added so that every section of the review has figures: the GMV split by visitors ×
conversion × spend per buyer, both trend charts, channels with ROI.

Timed (median of --repeat runs, with a warm daily cache, as in the window where the
cache is brought up to date after each import):
- build_review, the Qt-free content, with its stages from its progress calls: key figures
  and their comparison, daily trend, product metrics with top and bottom, channels and
  after-sales, unusual days;
- the two trend charts drawn to PNG (pyqtgraph, off screen);
- the HTML document, then QTextDocument laying it out and printing it to an A4 PDF;
- the workbook (XLSX), for comparison.
The daily and monthly reviews' totals are timed too. Target: the weekly PDF (content +
charts + HTML + PDF) under 3 s.

    python bench/bench_review.py [--keep] [--repeat 5]
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_products import OUT, PLATFORM, shop_file

from opsdesk_gui.cli.report import pdf_pages
from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.reports.review import build_review
from opsdesk_gui.reports.review_html import review_html
from opsdesk_gui.reports.review_xlsx import write_review_xlsx
from opsdesk_gui.store.shop import connect

END = date(2025, 12, 31)
STAGES = ("key figures", "daily trend", "product metrics, top/bottom",
          "channels, after-sales", "unusual days")


def add_traffic_and_ads(path: Path) -> None:
    """A shop row per day (visitors ~30 per paying buyer) and two channels' spend."""
    conn = connect(path)
    buyers = pd.read_sql_query(
        "SELECT substr(paid_at, 1, 10) AS day, count(DISTINCT buyer_id) AS buyers FROM orders "
        "WHERE paid_at IS NOT NULL AND status != 'unpaid' GROUP BY day", conn)
    rng = np.random.default_rng(7)
    visitors = (buyers["buyers"] * rng.uniform(25, 35, len(buyers))).round().astype(int)
    with conn:
        conn.executemany(
            "INSERT OR REPLACE INTO traffic (platform, scope, subject, period_start, "
            "period_end, visitors, paid_buyers) VALUES (?, 'shop', '', ?, ?, ?, ?)",
            zip([PLATFORM] * len(buyers), buyers["day"], buyers["day"], visitors.tolist(),
                buyers["buyers"].tolist(), strict=True))
        rows = []
        for day in buyers["day"]:
            for channel, spend in (("直通车", 80000), ("万相台", 50000)):
                cents = int(spend * rng.uniform(0.7, 1.3))
                rows.append((PLATFORM, channel, day, cents, cents * 40, cents // 100,
                             cents // 2000, cents * 3, cents // 5000))
        conn.executemany(
            "INSERT OR REPLACE INTO ad_spend (platform, channel, day, spend_cents, "
            "impressions, clicks, orders, gmv_cents, new_buyers) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()


def staged_build(conn, kind: str) -> tuple[float, list[float], object]:
    """build_review's time and its stages' (from the moments of its progress calls)."""
    marks = [time.perf_counter()]
    content = build_review(conn, kind, END, progress=lambda _: marks.append(time.perf_counter()))
    total = time.perf_counter() - marks[0]
    return total, [b - a for a, b in itertools.pairwise(marks)], content


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true",
                        help="reuse bench_products.py's shop file of an earlier run")
    args = parser.parse_args()
    base, counts = shop_file(1_000_000, 2000, args.keep)
    work = OUT / "review_work.opsdesk"
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, work)
    add_traffic_and_ads(work)
    conn = connect(work)
    started = time.perf_counter()
    ensure_daily_cache(conn)
    cache_s = time.perf_counter() - started
    print(f"shop: {counts}; daily cache built in {cache_s:.1f} s (once, after an import)")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841
    from opsdesk_gui.printed.pdf import save_pdf
    from opsdesk_gui.printed.review_charts import review_chart_pngs
    from opsdesk_gui.printed.review_text import review_labels

    labels = review_labels()
    review_chart_pngs(build_review(conn, "daily", END), labels)  # pyqtgraph's first import
    pdf, xlsx = OUT / "review.pdf", OUT / "review.xlsx"
    totals: dict[str, list[float]] = {}
    timings: dict[str, list[float]] = {}
    stage_times: list[list[float]] = []
    pages = {}
    for kind in ("weekly", "daily", "monthly"):
        for _ in range(args.repeat if kind == "weekly" else max(1, args.repeat // 2)):
            build_s, stages, content = staged_build(conn, kind)
            t0 = time.perf_counter()
            charts = review_chart_pngs(content, labels)
            t1 = time.perf_counter()
            html = review_html(content, labels, "bench", charts)
            t2 = time.perf_counter()
            save_pdf(html, pdf, landscape=False)
            t3 = time.perf_counter()
            write_review_xlsx(content, labels, xlsx)
            t4 = time.perf_counter()
            totals.setdefault(kind, []).append(build_s + t3 - t0)
            if kind == "weekly":
                stage_times.append(stages)
                for name, seconds in (("build_review (content, Qt-free)", build_s),
                                      ("charts: 2 PNGs (pyqtgraph)", t1 - t0),
                                      ("HTML document", t2 - t1),
                                      ("QTextDocument layout + A4 PDF", t3 - t2),
                                      ("XLSX workbook (not in the PDF total)", t4 - t3)):
                    timings.setdefault(name, []).append(seconds)
        pages[kind] = pdf_pages(pdf)
    conn.close()

    rows = [(name, median(values), "") for name, values in timings.items()]
    stage_rows = [(f"  {name}", median([s[i] for s in stage_times]), "")
                  for i, name in enumerate(STAGES)]
    rest = median(timings["build_review (content, Qt-free)"]) - sum(r[1] for r in stage_rows)
    rows[1:1] = [*stage_rows, ("  the rest (last sale day, slicing)", rest, "")]
    weekly = median(totals["weekly"])
    rows.append(("weekly PDF, in all", weekly,
                 f"{pages['weekly']} pages; under 3 s: {weekly < 3}"))
    for kind in ("daily", "monthly"):
        rows.append((f"{kind} PDF, in all", median(totals[kind]), f"{pages[kind]} pages"))
    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'median s':>9}  notes")
    for name, seconds, notes in rows:
        print(f"{name:<{width}}  {seconds:>9.3f}  {notes}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs; peak memory {peak:.0f} MB")
    for path in (work, Path(str(work) + "-wal"), Path(str(work) + "-shm"), pdf, xlsx):
        path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
