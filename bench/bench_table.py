"""Benchmark of the table component against the usual Qt way of showing a frame.

OpsDesk's TableView (FrameTableModel over column arrays, sorting and filtering in the
model) on 1,000,000 rows and on 100,000 rows, against a QStandardItemModel with a
QSortFilterProxyModel on 100,000 rows (the proxy calls data() for every cell it sorts or
filters). Each step is timed until the window has painted again (widget.grab()):

- build: the model from the frame (baseline: filling the items)
- first render: the widget created, sized, painted once
- sort: by money (descending), by title (text, first time), back to money
- filter: a word in 10% of the titles, then narrowed to 0.1%, then cleared
- scroll: one page jump to a random place, painted (mean of 20)

    python bench/bench_table.py [--rows 1000000] [--baseline 100000] [--python-strings]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pandas as pd
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from opsdesk_gui.views.table import SORT_ROLE, Column, FrameTableModel, TableView

SEED = 20260304
COLUMNS = [
    Column("order_id", "订单编号", "id"),
    Column("buyer_name", "买家", personal="name"),
    Column("title", "宝贝标题"),
    Column("paid_cents", "实付金额", "money"),
    Column("conversion", "转化率", "rate"),
    Column("quantity", "数量", "int"),
    Column("paid_at", "付款时间", "datetime"),
]
MONEY, TITLE = 3, 2
SIZE = (1280, 800)
# PySide6 6.12.0 drops a reference to None in many void calls (QStandardItem.setData,
# QStandardItemModel.appendRow, QLabel.setText...). Where None is mortal (Python < 3.12)
# the baseline's million calls would deallocate None and abort: hold spare references.
_NONE_BALLAST = [None] * 5_000_000 if sys.version_info < (3, 12) else []


def make_frame(n: int) -> pd.DataFrame:
    """n order lines with made-up buyers: 1,000 products, 50,000 buyers, 10% no payment."""
    rng = np.random.default_rng(SEED)
    products = pd.Series([f"商品{k:04d} 夏季新款 纯棉T恤 颜色{k % 7}" for k in range(1000)])
    buyers = pd.Series([f"测试买家{k}" for k in range(50_000)])
    cents = rng.integers(100, 5_000_000, n).astype("float64")
    cents[rng.random(n) < 0.1] = np.nan
    seconds = rng.integers(0, 365 * 86400, n)
    stamps = pd.Timestamp("2025-01-01") + pd.to_timedelta(seconds, unit="s")
    return pd.DataFrame({
        "order_id": pd.Series(rng.integers(10**17, 10**18, n)).astype("str"),
        "buyer_name": buyers.take(rng.integers(0, len(buyers), n)).reset_index(drop=True),
        "title": products.take(rng.integers(0, len(products), n)).reset_index(drop=True)
                         .astype("str"),
        "paid_cents": pd.array(cents, dtype="Int64"),
        "conversion": rng.random(n) * 0.1,
        "quantity": pd.array(rng.integers(1, 20, n), dtype="Int64"),
        "paid_at": pd.Series(stamps).dt.strftime("%Y-%m-%d %H:%M:%S"),
    })


def timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def scroll_mean(table: QTableView, steps: int = 20) -> float:
    """One jump of the scroll bar, then the table's viewport painted (the same for both)."""
    bar = table.verticalScrollBar()
    viewport = table.viewport()
    rng = np.random.default_rng(SEED)
    total = 0.0
    for value in rng.integers(0, max(bar.maximum(), 1), steps):
        total += timed(lambda v=int(value): (bar.setValue(v), viewport.grab()))
    return total / steps


def sorts(table: QTableView, paint: Callable[[], object]) -> dict[str, float]:
    def sort(column: int, order: Qt.SortOrder) -> float:
        return timed(lambda: (table.sortByColumn(column, order), paint()))

    return {"sort money": sort(MONEY, Qt.SortOrder.DescendingOrder),
            "sort title (first)": sort(TITLE, Qt.SortOrder.AscendingOrder),
            "sort money again": sort(MONEY, Qt.SortOrder.AscendingOrder)}


def bench_ours(frame: pd.DataFrame, widths: list[int] | None = None) -> dict[str, float]:
    app = QApplication.instance()
    out = {"build": timed(lambda: FrameTableModel(COLUMNS, frame))}
    holder: list[TableView] = []

    def first_render() -> None:
        view = TableView(COLUMNS, frame)
        view.resize(*SIZE)
        view.grab()
        holder.append(view)

    out["build + first render"] = timed(first_render)
    view = holder[0]
    table, model = view.table, view.model

    def paint() -> None:
        app.processEvents()
        view.grab()

    out.update(sorts(table, paint))
    out["filter (first)"] = timed(lambda: (model.set_filter_text("颜色3"), paint()))
    out["filter narrowed"] = timed(lambda: (model.set_filter_text("颜色3 商品0003"), paint()))
    out["filter other word"] = timed(lambda: (model.set_filter_text("颜色5"), paint()))
    out["filter cleared"] = timed(lambda: (model.set_filter_text(""), paint()))
    out["scroll (mean)"] = scroll_mean(table)
    if widths is not None:  # for the baseline: paint the same columns, as wide
        widths[:] = [table.horizontalHeader().sectionSize(c) for c in range(len(COLUMNS))]
    view.close()
    return out


def bench_baseline(frame: pd.DataFrame, widths: list[int]) -> dict[str, float]:
    app = QApplication.instance()
    out: dict[str, float] = {}
    source = QStandardItemModel()

    def build() -> None:
        locale_money = [f"{v / 100:,.2f}" if v == v else "-" for v in
                        frame["paid_cents"].to_numpy("float64", na_value=np.nan)]
        columns = [frame[c.key].tolist() for c in COLUMNS]
        source.setColumnCount(len(COLUMNS))
        source.setHorizontalHeaderLabels([c.title for c in COLUMNS])
        for r in range(len(frame)):
            items = []
            for c in range(len(COLUMNS)):
                value = columns[c][r]
                missing = pd.isna(value)
                text = locale_money[r] if c == MONEY else ("-" if missing else str(value))
                item = QStandardItem(text)
                if not missing:  # setData(None) crashes PySide6 6.12 (refcount bug)
                    item.setData(value, SORT_ROLE)
                items.append(item)
            source.appendRow(items)

    out["build"] = timed(build)
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = QTableView()
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(table.verticalHeader().ResizeMode.Fixed)

    def first_render() -> None:
        proxy.setSourceModel(source)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        for c, width in enumerate(widths):
            table.horizontalHeader().resizeSection(c, width)
        table.resize(*SIZE)
        table.grab()

    out["build + first render"] = out["build"] + timed(first_render)

    def paint() -> None:
        app.processEvents()
        table.grab()

    out.update(sorts(table, paint))
    out["filter (first)"] = timed(lambda: (proxy.setFilterFixedString("颜色3"), paint()))
    out["filter narrowed"] = timed(lambda: (proxy.setFilterFixedString("商品0003"), paint()))
    out["filter other word"] = timed(lambda: (proxy.setFilterFixedString("颜色5"), paint()))
    out["filter cleared"] = timed(lambda: (proxy.setFilterFixedString(""), paint()))
    out["scroll (mean)"] = scroll_mean(table)
    table.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--baseline", type=int, default=100_000,
                        help="rows for the QStandardItemModel + proxy baseline (0: skip)")
    parser.add_argument("--python-strings", action="store_true",
                        help="pandas strings in Python objects, as without pyarrow installed")
    args = parser.parse_args(argv)
    if args.python_strings:
        pd.set_option("mode.string_storage", "python")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(app.font())
    strings = pd.Series(["x"]).dtype.storage
    print(f"pandas {pd.__version__}, string storage {strings}, {os.cpu_count()} cpu(s), "
          f"load average {os.getloadavg()[0]:.1f}")

    bench_ours(make_frame(20_000))  # warm-up: first calls into pandas/pyarrow kernels
    results: dict[str, dict[str, float]] = {}
    small = make_frame(args.baseline) if args.baseline else None
    big = make_frame(args.rows)
    results[f"TableView {args.rows:,}"] = bench_ours(big)
    if small is not None:
        widths: list[int] = []
        results[f"TableView {args.baseline:,}"] = bench_ours(small, widths)
        results[f"Standard+proxy {args.baseline:,}"] = bench_baseline(small, widths)

    steps = list(next(iter(results.values())))
    names = list(results)
    width = max(len(s) for s in steps) + 2
    print("seconds".ljust(width) + "".join(n.rjust(24) for n in names))
    for step in steps:
        cells = "".join(f"{results[n][step]:24.3f}" for n in names)
        print(step.ljust(width) + cells)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the whole run: {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # no interpreter shutdown: with PySide6 6.12.0 it can deallocate None
