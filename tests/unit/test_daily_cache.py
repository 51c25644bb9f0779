"""The daily cache: its rows worked out by hand on a small Taobao shop imported for real,
its agreement with compute_kpis, and staying in step with imports and undo.

The shop (prices in yuan; line exports with 子订单编号 and 退款金额):
order  paid_at               lines                              paid    refund
101    03-05 10:00           A x2 @100                          200     -
102    03-05 11:00 交易关闭   A x1 @100 (line refund 100),       160     160 (postage 10 too)
                             B x1 @50 (line refund 50)
103    03-06 10:00           B x3 @50                           150     -
104    unpaid                A x1 @100                          -       not a sale
105    03-31 23:59:59        B x1 @50                           50      -
106    04-01 00:00:00        A x1 @100                          100     -
107    03-07 10:00           A x1 @100, B x2 @50 (line L107-2)  200     30.00 on the order;
                                                                        record RF1: 30.00 on L107-2
108    03-08 10:00           A x1 @100, B x1 @50                150     0.10 on the order only
RF2: a return of 25.00 for B on 03-10 whose order (999) the file does not hold.

Refunds given to lines: 102: the lines state 100 + 50 = 150 of the order's 160; the
other 10.00 (postage) has no line with room left: A 100.00, B 50.00. 107: RF1 names
L107-2 (B): B 30.00; nothing left for A. 108: 10 cents over A 100.00 and B 50.00 (H =
150.00): A round(10 x 10000 / 15000 = 6.67) = 7 cents, B 10 - 7 = 3 cents.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from exportfiles import write_csv
from taobao_files import order_row, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models import daily_cache
from opsdesk_gui.models.daily_cache import (
    cache_is_fresh,
    ensure_daily_cache,
    invalidate_daily_cache,
)
from opsdesk_gui.models.kpi import compute_kpis
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.product_metrics import product_metrics
from opsdesk_gui.store import undo_last_import
from opsdesk_gui.store.schema import LATEST_VERSION

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
DONE, CLOSED, UNPAID = "交易成功", "交易关闭", "等待买家付款"
LINE_HEADER = ["主订单编号", "子订单编号", "标题", "价格", "购买数量", "商家编码", "订单状态",
               "退款金额"]
REFUND_HEADER = ["退款编号", "订单编号", "子订单编号", "商家编码", "退款金额", "退款状态",
                 "退款完结时间"]


def oid(number: int) -> str:
    return f"100000000000000{number:03d}"


# number, paid_at, status, postage, order refund, [(line id, sku, price, qty, line refund)]
ORDERS = [
    (101, "2026-03-05 10:00:00", DONE, "0.00", "0.00", [("L101-1", "A", "100.00", 2, "")]),
    (102, "2026-03-05 11:00:00", CLOSED, "10.00", "160.00",
     [("L102-1", "A", "100.00", 1, "100.00"), ("L102-2", "B", "50.00", 1, "50.00")]),
    (103, "2026-03-06 10:00:00", DONE, "0.00", "0.00", [("L103-1", "B", "50.00", 3, "")]),
    (104, "", UNPAID, "0.00", "0.00", [("L104-1", "A", "100.00", 1, "")]),
    (105, "2026-03-31 23:59:59", DONE, "0.00", "0.00", [("L105-1", "B", "50.00", 1, "")]),
    (106, "2026-04-01 00:00:00", DONE, "0.00", "0.00", [("L106-1", "A", "100.00", 1, "")]),
    (107, "2026-03-07 10:00:00", DONE, "0.00", "30.00",
     [("L107-1", "A", "100.00", 1, ""), ("L107-2", "B", "50.00", 2, "")]),
    (108, "2026-03-08 10:00:00", DONE, "0.00", "0.10",
     [("L108-1", "A", "100.00", 1, ""), ("L108-2", "B", "50.00", 1, "")]),
]
REFUNDS = [
    ["RF1", oid(107), "L107-2", "B", "30.00", "退款成功", "2026-03-09 10:00:00"],
    ["RF2", oid(999), "", "B", "25.00", "退款成功", "2026-03-10 10:00:00"],
]


def write_exports(folder, orders, refunds=(), stamp="202604020900"):
    order_rows, line_rows = [], []
    for number, paid_at, status, postage, refund, lines in orders:
        goods = sum(float(price) * qty for _, _, price, qty, _ in lines)
        units = sum(qty for _, _, _, qty, _ in lines)
        paid = goods + float(postage)
        order_rows.append(order_row(oid(number), f"buyer_{number}", f"{goods:.2f}", postage,
                                    f"{paid:.2f}", status, paid_at or "2026-03-06 09:00:00",
                                    paid_at, units, refund=refund))
        for line_id, sku, price, qty, line_refund in lines:
            line_rows.append([oid(number), line_id, f"测试宝贝{sku}", price, qty, sku, status,
                              line_refund])
    folder.mkdir(parents=True, exist_ok=True)
    files = [write_orders(folder / f"ExportOrderList{stamp}.csv", order_rows)]
    if line_rows:
        files.append(write_csv(folder / f"ExportOrderDetailList{stamp}.csv", LINE_HEADER,
                               line_rows, encoding="gbk"))
    if refunds:
        files.append(write_csv(folder / f"退款{stamp}.csv", REFUND_HEADER, refunds))
    return files


@pytest.fixture
def shop(shop_path, tmp_path):
    summary = import_files(shop_path, write_exports(tmp_path / "first", ORDERS, REFUNDS))
    assert [f.preset for f in summary.files] == ["taobao_orders", "taobao_lines",
                                                 "taobao_refunds"]
    return shop_path


def sku_rows(conn):
    return conn.execute(
        "SELECT sku, day, units, sales_cents, orders, lines, refund_cents, return_cents, "
        "min_unit_cents FROM cache_sku_daily ORDER BY sku, day").fetchall()


def shop_rows(conn):
    return conn.execute(
        "SELECT day, gmv_cents, paid_orders, units, refund_cents, refunded_orders, "
        "unmatched_refund_cents, line_orders, goods_cents, line_units FROM cache_shop_daily "
        "ORDER BY day").fetchall()


def test_cache_rows_by_hand(shop):
    conn = sqlite3.connect(shop)
    assert ensure_daily_cache(conn) is True      # built now
    assert ensure_daily_cache(conn) is False     # and fresh
    assert sku_rows(conn) == [
        # sku, day, units, sales, orders, lines, refunds, returns, lowest unit price
        ("A", "2026-03-05", 3, 30000, 2, 2, 10000, 0, 10000.0),
        ("A", "2026-03-07", 1, 10000, 1, 1, 0, 0, 10000.0),
        ("A", "2026-03-08", 1, 10000, 1, 1, 7, 0, 10000.0),
        ("A", "2026-04-01", 1, 10000, 1, 1, 0, 0, 10000.0),
        ("B", "2026-03-05", 1, 5000, 1, 1, 5000, 0, 5000.0),
        ("B", "2026-03-06", 3, 15000, 1, 1, 0, 0, 5000.0),
        ("B", "2026-03-07", 2, 10000, 1, 1, 3000, 0, 5000.0),
        ("B", "2026-03-08", 1, 5000, 1, 1, 3, 0, 5000.0),
        ("B", "2026-03-10", 0, 0, 0, 0, 0, 2500, None),   # the return, on its own date
        ("B", "2026-03-31", 1, 5000, 1, 1, 0, 0, 5000.0),
    ]
    assert conn.execute("SELECT sku, first_day, last_day FROM cache_sku ORDER BY sku"
                        ).fetchall() == [("A", "2026-03-05", "2026-04-01"),
                                         ("B", "2026-03-05", "2026-03-31")]
    assert shop_rows(conn) == [
        # day, gmv, orders, units, refund, refunded orders, unmatched, orders with lines,
        # goods (line amounts), line units
        ("2026-03-05", 36000, 2, 4, 16000, 1, 0, 2, 35000, 4),
        ("2026-03-06", 15000, 1, 3, 0, 0, 0, 1, 15000, 3),
        ("2026-03-07", 20000, 1, 3, 3000, 1, 0, 1, 20000, 3),
        ("2026-03-08", 15000, 1, 2, 10, 1, 0, 1, 15000, 2),
        ("2026-03-10", 0, 0, 0, 0, 0, 2500, 0, 0, 0),
        ("2026-03-31", 5000, 1, 1, 0, 0, 0, 1, 5000, 1),
        ("2026-04-01", 10000, 1, 1, 0, 0, 0, 1, 10000, 1),
    ]
    conn.close()


def test_shop_days_add_up_to_compute_kpis(shop):
    conn = sqlite3.connect(shop)
    ensure_daily_cache(conn)
    for period in (MARCH, Period(date(2026, 3, 5), date(2026, 3, 7)),
                   Period(date(2026, 3, 31), date(2026, 4, 1))):
        k = compute_kpis(conn, period)["CNY"]
        summed = conn.execute(
            "SELECT sum(gmv_cents), sum(paid_orders), sum(units), "
            "sum(refund_cents) + sum(unmatched_refund_cents), sum(refunded_orders), "
            "sum(unmatched_refund_cents) FROM cache_shop_daily "
            "WHERE day >= ? AND day <= ?", (period.start.isoformat(), period.end.isoformat())
        ).fetchone()
        assert summed == (k.gmv, k.paid_orders, k.units, k.refund_amount, k.refunded_orders,
                          k.unmatched_refund_amount), period
    # March by hand: 200 + 160 + 150 + 200 + 150 + 50 = 910.00 from 6 orders, 13 units;
    # refunds 160 + 30 + 0.10 + the 25.00 return = 215.10
    k = compute_kpis(conn, MARCH)["CNY"]
    assert (k.gmv, k.paid_orders, k.units, k.refund_amount) == (91000, 6, 13, 21510)
    conn.close()


SECOND = [
    # 103 is now closed after payment with its 150.00 refunded (its line again,
    # unchanged); 109 is new
    (103, "2026-03-06 10:00:00", CLOSED, "0.00", "150.00", [("L103-1", "B", "50.00", 3, "")]),
    (109, "2026-03-20 10:00:00", DONE, "0.00", "0.00", [("L109-1", "A", "100.00", 1, "")]),
]


def march_a_b(conn):
    frame = product_metrics(conn, MARCH).set_index("sku")
    return {sku: tuple(int(frame.loc[sku, c]) for c in ("units", "sales_cents", "refund_cents",
                                                         "return_cents"))
            for sku in ("A", "B")}


# March per product before the second import: A 3 + 1 + 1 = 5 units, 500.00, refunds
# 100.00 + 0.07; B 1 + 3 + 2 + 1 + 1 = 8 units, 400.00, refunds 50 + 30 + 0.03, return 25.
BEFORE = {"A": (5, 50000, 10007, 0), "B": (8, 40000, 8003, 2500)}
# After: A + 1 unit (109); B + 150.00 refunded (103).
AFTER = {"A": (6, 60000, 10007, 0), "B": (8, 40000, 23003, 2500)}


def test_second_import_then_undo(shop, tmp_path):
    conn = sqlite3.connect(shop)
    assert march_a_b(conn) == BEFORE
    conn.close()
    import_files(shop, write_exports(tmp_path / "second", SECOND, stamp="202604090900"))
    conn = sqlite3.connect(shop)
    assert not cache_is_fresh(conn)
    assert march_a_b(conn) == AFTER
    assert conn.execute("SELECT refund_cents FROM cache_sku_daily WHERE sku = 'B' "
                        "AND day = '2026-03-06'").fetchone() == (15000,)
    conn.close()
    undo_last_import(shop)  # the snapshot holds the cache built for the first import
    conn = sqlite3.connect(shop)
    assert cache_is_fresh(conn)
    assert ensure_daily_cache(conn) is False
    assert march_a_b(conn) == BEFORE
    conn.close()


def test_undo_to_a_file_whose_cache_was_stale(shop, tmp_path):
    # no metrics after the first import: the snapshot of the second has no cache
    import_files(shop, write_exports(tmp_path / "second", SECOND, stamp="202604090900"))
    conn = sqlite3.connect(shop)
    assert march_a_b(conn) == AFTER
    conn.close()
    undo_last_import(shop)
    conn = sqlite3.connect(shop)
    assert not cache_is_fresh(conn)
    assert march_a_b(conn) == BEFORE
    conn.close()
    # importing the second export again after the undo: import id 2 again, rebuilt again
    import_files(shop, write_exports(tmp_path / "again", SECOND, stamp="202604090900"))
    conn = sqlite3.connect(shop)
    assert march_a_b(conn) == AFTER
    conn.close()


def test_the_same_file_again_changes_nothing(shop, tmp_path):
    conn = sqlite3.connect(shop)
    ensure_daily_cache(conn)
    summary = import_files(shop, write_exports(tmp_path / "first", ORDERS, REFUNDS))
    assert summary.import_id is None  # every file was imported before
    assert ensure_daily_cache(conn) is False
    conn.close()


def test_a_product_sheet_import_does_not_make_it_stale(shop, tmp_path):
    conn = sqlite3.connect(shop)
    ensure_daily_cache(conn)
    sheet = write_csv(tmp_path / "成本.csv", ["商家编码", "成本", "库存"], [["A", "60.00", 9]])
    import_files(shop, [sheet])
    assert cache_is_fresh(conn)  # it changed products only, which the cache does not hold
    frame = product_metrics(conn, MARCH).set_index("sku")
    assert (frame.loc["A", "cost_cents"], frame.loc["A", "stock"]) == (6000, 9)  # read live
    conn.close()


def test_writes_outside_imports(shop):
    conn = sqlite3.connect(shop, isolation_level=None)
    ensure_daily_cache(conn)
    # a new row changes count(*) and max(rowid): noticed
    conn.execute("INSERT INTO orders (platform, order_id, status, paid_at, paid_cents, units) "
                 "VALUES ('taobao', 'X1', 'paid', '2026-03-09 10:00:00', 700, 1)")
    assert not cache_is_fresh(conn)
    ensure_daily_cache(conn)
    assert conn.execute("SELECT gmv_cents FROM cache_shop_daily WHERE day = '2026-03-09'"
                        ).fetchone() == (700,)
    # a change in place is not: such writers must invalidate the cache
    conn.execute("UPDATE orders SET paid_cents = 900 WHERE order_id = 'X1'")
    assert cache_is_fresh(conn)
    invalidate_daily_cache(conn)
    assert ensure_daily_cache(conn) is True
    assert conn.execute("SELECT gmv_cents FROM cache_shop_daily WHERE day = '2026-03-09'"
                        ).fetchone() == (900,)
    conn.close()


def test_a_failed_rebuild_keeps_the_old_cache(shop, monkeypatch):
    conn = sqlite3.connect(shop, isolation_level=None)
    ensure_daily_cache(conn)
    before = sku_rows(conn)
    conn.execute("INSERT INTO orders (platform, order_id, status, paid_at, paid_cents, units) "
                 "VALUES ('taobao', 'X2', 'paid', '2026-03-09 10:00:00', 700, 1)")

    def broken(db):
        raise RuntimeError("disk full")

    monkeypatch.setattr(daily_cache, "_add_unmatched", broken)
    with pytest.raises(RuntimeError):
        ensure_daily_cache(conn)
    assert not conn.in_transaction
    assert sku_rows(conn) == before and not cache_is_fresh(conn)
    assert [row[1] for row in conn.execute("PRAGMA database_list")] == ["main"]
    monkeypatch.undo()
    assert ensure_daily_cache(conn) is True and cache_is_fresh(conn)
    conn.close()


def test_inside_the_callers_transaction(shop):
    conn = sqlite3.connect(shop, isolation_level=None)
    conn.execute("BEGIN")
    assert ensure_daily_cache(conn) is True  # a savepoint, scratch tables in TEMP
    assert conn.in_transaction
    conn.execute("COMMIT")
    assert cache_is_fresh(conn)
    assert len(sku_rows(conn)) == 10
    assert conn.execute("SELECT count(*) FROM sqlite_temp_master").fetchone() == (0,)
    conn.close()


def test_the_cache_is_not_schema(shop):
    conn = sqlite3.connect(shop)
    ensure_daily_cache(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION  # none of its own
    for table in daily_cache.CACHE_TABLES:  # dropping it loses nothing: it comes back
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    assert ensure_daily_cache(conn) is True
    assert len(sku_rows(conn)) == 10
    conn.close()


def test_orders_without_lines(shop, tmp_path):
    # 110: its only line has qty -1 (a Taobao line is kept as it is: not a sale of A);
    # 111: no line at all. Both paid on 03-09: 2 orders, neither with a line of qty > 0.
    more = [(110, "2026-03-09 10:00:00", DONE, "0.00", "0.00",
             [("L110-1", "A", "100.00", -1, "")]),
            (111, "2026-03-09 11:00:00", DONE, "0.00", "0.00", [])]
    files = write_exports(tmp_path / "more", more, stamp="202604100900")
    import_files(shop, files)
    conn = sqlite3.connect(shop)
    ensure_daily_cache(conn)
    day = conn.execute("SELECT paid_orders, line_orders FROM cache_shop_daily "
                       "WHERE day = '2026-03-09'").fetchone()
    assert day == (2, 0)
    assert conn.execute("SELECT count(*) FROM cache_sku_daily WHERE day = '2026-03-09'"
                        ).fetchone() == (0,)
    k = compute_kpis(conn, Period(date(2026, 3, 9), date(2026, 3, 9)))["CNY"]
    assert k.orders_without_lines == 2
    march = conn.execute("SELECT sum(paid_orders) - sum(line_orders) FROM cache_shop_daily "
                         "WHERE day BETWEEN '2026-03-01' AND '2026-03-31'").fetchone()
    assert march == (compute_kpis(conn, MARCH)["CNY"].orders_without_lines,) == (2,)
    conn.close()
