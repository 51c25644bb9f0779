"""Benchmark of the Reports dashboard: switching period or platform on a big shop.

The shop is bench_products.py's (1,000,000 order lines in about 400,000 orders over 2025,
2,000 SKUs, made-up buyers), copied and given what the dashboard reads besides orders:
every fourth order moved to 抖店 (douyin, with its own copy of the products), a 生意参谋 /
抖店罗盘 shop traffic row per platform and day (visitors, 加购, 下单, 支付 buyers), and three
campaigns (618, 99大促, 双11) to shade and to leave out of the unusual-day baselines.

Timed in one run (medians; the shop files are built once and reused with --keep):
- the daily cache: a cold build on the copy (once);
- compute_dashboard (KPI cards with their sparklines, the trend by day with the comparison
  overlaid, funnel, GMV bridge, unusual days) over the warm cache, as the page asks for it
  on a switch (week and month are computed when picked: timed apart), for a sequence of
  selections an operator switches through: target under 0.3 s each;
- a plain pandas groupby over the raw order lines for the same selections: the period's
  and the comparison's orders and lines read from SQLite, GMV, orders, buyers and units
  per day grouped in pandas. It computes less than the dashboard (no refunds, costs,
  traffic, anomalies), and its totals are checked equal to the dashboard's cards;
- the real DashboardPage in an offscreen QApplication at 1366×768: each switch refreshes
  it through its TaskRunner while a 5 ms QTimer heartbeat runs on the GUI thread; the
  longest gap between two beats is how long the GUI thread was blocked (target under
  50 ms), the time to the figures shown is what the operator waits.

    python bench/bench_reports.py [--lines 1000000] [--keep] [--repeat 5]
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_products import OUT, SEED, shop_arguments, shop_file, timed

from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.dashboard import compute_dashboard, dashboard_trends
from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.store.shop import connect

END = date(2025, 12, 31)
HEARTBEAT_MS = 5
CAMPAIGNS = [("taobao", "618", "2025-06-01", "2025-06-18"),
             (None, "99大促", "2025-09-05", "2025-09-09"),
             (None, "双11", "2025-10-20", "2025-11-11")]


def _days(n: int) -> Period:
    return Period(END - timedelta(days=n - 1), END)


# What an operator switches through: period presets, platforms, the comparison.
SELECTIONS = [
    ("近30天, all platforms", PeriodSelection(_days(30))),
    ("近30天, 淘宝", PeriodSelection(_days(30), platform="taobao")),
    ("近30天, 抖店", PeriodSelection(_days(30), platform="douyin")),
    ("近7天, all", PeriodSelection(_days(7))),
    ("近90天, all", PeriodSelection(_days(90))),
    ("本月 vs last year, all", PeriodSelection(Period(date(2025, 12, 1), END), "last_year")),
    ("双11 (10-20..11-11), 淘宝", PeriodSelection(Period(date(2025, 10, 20),
                                                       date(2025, 11, 11)),
                                                platform="taobao")),
    ("近365天, all", PeriodSelection(_days(365))),
]


# --- the shop ---------------------------------------------------------------------------

def add_report_data(path: Path) -> dict[str, int]:
    """Move every fourth order to douyin, add daily shop traffic and campaigns."""
    conn = connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        conn.execute("CREATE TEMP TABLE moved AS SELECT order_id FROM orders "
                     "WHERE rowid % 4 = 0")
        conn.execute("CREATE UNIQUE INDEX temp.moved_id ON moved (order_id)")
        for table in ("orders", "order_lines", "refunds"):
            conn.execute(f"UPDATE {table} SET platform = 'douyin' "
                         "WHERE order_id IN (SELECT order_id FROM moved)")
        columns = [r[1] for r in conn.execute("PRAGMA table_info(products)")]
        rest = ", ".join(c for c in columns if c != "platform")
        conn.execute(f"INSERT INTO products (platform, {rest}) "
                     f"SELECT 'douyin', {rest} FROM products WHERE platform = 'taobao'")
        # traffic: about 30 visitors per paying buyer, with a day-to-day wobble
        buyers = pd.read_sql_query(
            "SELECT platform, substr(paid_at, 1, 10) AS day, count(DISTINCT buyer_id) AS n "
            "FROM orders WHERE paid_at IS NOT NULL AND status != 'unpaid' "
            "GROUP BY platform, day", conn)
        rng = np.random.default_rng(SEED)
        visitors = np.round(buyers["n"] * rng.uniform(25, 35, len(buyers))).astype(int)
        cart = np.round(visitors * rng.uniform(0.08, 0.12, len(buyers))).astype(int)
        ordered = np.round(buyers["n"] * rng.uniform(1.05, 1.2, len(buyers))).astype(int)
        conn.executemany(
            "INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
            "visitors, add_cart_buyers, order_buyers, paid_buyers) "
            "VALUES (?, 'shop', '', ?, ?, ?, ?, ?, ?)",
            zip(buyers["platform"], buyers["day"], buyers["day"], visitors.tolist(),
                cart.tolist(), ordered.tolist(), buyers["n"].tolist(), strict=True))
        conn.executemany("INSERT INTO campaigns (platform, name, kind, starts_on, ends_on) "
                         "VALUES (?, ?, 'platform', ?, ?)", CAMPAIGNS)
        counts = dict(conn.execute("SELECT platform, count(*) FROM orders GROUP BY platform"))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return counts


def reports_shop(lines: int, skus: int, keep: bool) -> tuple[Path, float]:
    """The reports shop with a warm daily cache, and the cold build's time (0 if kept)."""
    path = OUT / f"reports_{lines}_{skus}.opsdesk"
    if keep and path.exists():
        return path, 0.0
    base, counts = shop_file(lines, skus, keep)
    print(f"products shop: {counts}")
    shutil.copyfile(base, path)
    print(f"orders by platform: {add_report_data(path)}")
    conn = connect(path)
    started = time.perf_counter()
    ensure_daily_cache(conn)
    build = time.perf_counter() - started
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path, build


# --- the straightforward way: pandas over the raw lines ---------------------------------

_RAW_SQL = """
SELECT o.platform, o.order_id, o.buyer_id, o.currency, substr(o.paid_at, 1, 10) AS day,
       o.paid_cents, l.qty
FROM orders o LEFT JOIN order_lines l ON l.platform = o.platform AND l.order_id = o.order_id
WHERE o.paid_at >= :low AND o.paid_at < :after AND o.status != 'unpaid'
  AND (:platform IS NULL OR o.platform = :platform)
"""


@dataclass
class RawFigures:
    gmv: int
    paid_orders: int
    paying_buyers: int
    daily: pd.DataFrame


def raw_dashboard(conn: sqlite3.Connection, selection: PeriodSelection
                  ) -> tuple[RawFigures, RawFigures]:
    """The period's and the comparison's GMV, orders, buyers and units per day, grouped
    in pandas from the raw order lines."""
    period, base = selection.period, selection.comparison
    low, high = min(period.start, base.start), max(period.end, base.end)
    lines = pd.read_sql_query(_RAW_SQL, conn, params={
        "low": low.isoformat(), "after": (high + timedelta(days=1)).isoformat(),
        "platform": selection.platform})
    out = []
    for span in (period, base):
        mine = lines[(lines["day"] >= span.start.isoformat())
                     & (lines["day"] <= span.end.isoformat())]
        orders = mine.groupby(["platform", "order_id"], sort=False).agg(
            day=("day", "first"), buyer=("buyer_id", "first"), paid=("paid_cents", "first"),
            units=("qty", "sum"))
        buyers = orders.reset_index()["platform"] + "\x1f" + orders["buyer"].to_numpy()
        daily = orders.groupby("day").agg(gmv=("paid", "sum"), orders=("paid", "size"),
                                          units=("units", "sum"))
        out.append(RawFigures(int(orders["paid"].sum()), len(orders),
                              int(buyers.nunique()), daily))
    return out[0], out[1]


# --- the GUI thread ---------------------------------------------------------------------

def gui_switches(path: Path, rounds: int) -> list[tuple[str, float, float, float]]:
    """(selection, time to figures shown, longest heartbeat gap, time in the GUI-thread
    handler) per switch; the first row is the page's first load (pyqtgraph imported and the
    chart built)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from opsdesk_gui.tasks import TaskRunner
    from opsdesk_gui.views.reports.dashboard import DashboardPage

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    page = DashboardPage(runner)
    page.resize(1366, 768)
    page.show()
    beats: list[float] = []
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    handler: list[float] = []
    loaded_slot = page._on_loaded

    def timed_loaded(result):  # the part of a refresh that runs on the GUI thread
        started = time.perf_counter()
        loaded_slot(result)
        app.processEvents()  # the repaint of what changed
        handler.append(time.perf_counter() - started)

    page._on_loaded = timed_loaded
    rows = []

    def switch(name: str, selection: PeriodSelection) -> None:
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        beats.clear()
        handler.clear()
        heartbeat.start()
        started = time.perf_counter()
        beats.append(started)
        page.refresh(path, selection)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        shown = time.perf_counter() - started
        settle = QEventLoop()  # beats for a while after, so a late repaint is seen
        QTimer.singleShot(100, settle.quit)
        settle.exec()
        heartbeat.stop()
        page.loaded.disconnect(loop.quit)
        gap = float(np.diff(beats).max()) if len(beats) > 1 else float("nan")
        rows.append((name, shown, gap, handler[0] if handler else float("nan")))

    switch("first load (pyqtgraph, chart built)", SELECTIONS[0][1])
    for _ in range(rounds):
        for name, selection in SELECTIONS[1:] + SELECTIONS[:1]:
            switch(name, selection)
    assert runner.shutdown()
    page.close()
    return rows


# --- the report -------------------------------------------------------------------------

def main() -> None:
    args = shop_arguments(__doc__)
    path, build = reports_shop(args.lines, args.skus, args.keep)
    print(f"shop: {path} ({path.stat().st_size / 1e6:.0f} MB)"
          + (f"; daily cache cold build {build:.1f} s" if build else ""))
    conn = connect(path)
    ensure_daily_cache(conn)
    rows = []
    for name, selection in SELECTIONS:
        ours_s, ours = timed(lambda s=selection: compute_dashboard(
            conn, s.period, s.comparison, s.platform, grains=("day",)), args.repeat)
        grain_s = [timed(lambda s=selection, g=grain, c=ours.currency: dashboard_trends(
            conn, s.period, s.comparison, s.platform, c, g), args.repeat)[0]
            for grain in ("week", "month")]
        raw_s, (now, before) = timed(lambda s=selection: raw_dashboard(conn, s),
                                     max(1, args.repeat // 2))
        current, base = ours.comparison.current, ours.comparison.base
        equal = ((current.gmv, current.paid_orders, current.paying_buyers)
                 == (now.gmv, now.paid_orders, now.paying_buyers)
                 and (base.gmv, base.paid_orders) == (before.gmv, before.paid_orders)
                 and ours.cards["gmv"].sum() == now.daily["gmv"].sum())
        rows.append((name, ours_s, raw_s, current.paid_orders, len(ours.anomalies), equal,
                     grain_s))
        assert equal, f"the dashboard and the raw groupby differ for {name}"
    conn.close()

    width = max(len(r[0]) for r in rows)
    print(f"\n{'compute_dashboard, warm cache':<{width}}  {'median s':>9}  {'pandas s':>9}  "
          f"{'week s':>7}  {'month s':>7}  notes")
    for name, ours_s, raw_s, orders, unusual, equal, (week_s, month_s) in rows:
        print(f"{name:<{width}}  {ours_s:>9.3f}  {raw_s:>9.3f}  {week_s:>7.3f}  "
              f"{month_s:>7.3f}  {orders:,} orders, {unusual} unusual days; under 0.3 s: "
              f"{ours_s < 0.3}; pandas x{raw_s / ours_s:.1f}; same totals: {equal}")

    gui = gui_switches(path, rounds=max(1, args.repeat // 2))
    width = max(len(r[0]) for r in gui)
    print(f"\n{'DashboardPage switch (GUI thread)':<{width}}  {'shown s':>8}  "
          f"{'max gap ms':>10}  {'handler ms':>10}")
    for name, shown, gap, handler in gui:
        print(f"{name:<{width}}  {shown:>8.3f}  {gap * 1000:>10.1f}  {handler * 1000:>10.1f}")
    switches = gui[1:]
    gaps = [g for _, _, g, _ in switches]
    print(f"switches: median time to shown {statistics.median(s for _, s, _, _ in switches):.3f}"
          f" s; longest GUI-thread gap {max(gaps) * 1000:.1f} ms (median "
          f"{statistics.median(gaps) * 1000:.1f} ms); under 50 ms: {max(gaps) < 0.05}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs (other processes slow the timings)")
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
