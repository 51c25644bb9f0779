"""The import's fast paths give what the general paths give, on the cases that pick one or
the other: pyarrow's CSV reading and its fallback to pandas, the cleaners' shortcuts,
the builders' per-distinct-value work, multi-row staging and the one-pass derivation."""

import sqlite3
import subprocess
import sys
import textwrap

import pandas as pd
import pytest
from exportfiles import write_csv

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers import reading
from opsdesk_gui.importers.cleaning import (
    CellContext,
    clean_datetime,
    clean_id,
    clean_int,
    clean_money,
)
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.importers.preset import BuildContext
from opsdesk_gui.importers.presets.common import line_positions, map_status, split_address
from opsdesk_gui.importers.reading import open_source
from opsdesk_gui.store import merge, open_shop
from opsdesk_gui.store.merge import ROWS_PER_INSERT, Staging

HEADER = ["Invoice", "Code", "Qty", "Date", "Price", "Customer"]
MAPPING = {"order_id": "Invoice", "sku": "Code", "qty": "Qty", "paid_at": "Date",
           "unit_price": "Price", "buyer_id": "Customer"}


def chunks(path, fast, size):
    source = open_source(path, set(HEADER))
    source.fast_csv = fast
    return [(c.first_row, c.frame.to_numpy().tolist(), list(c.frame.index))
            for c in source.chunks(size)]


def lines(shop):
    with sqlite3.connect(shop) as conn:
        return conn.execute("SELECT order_id, line_id, sku, qty, unit_price_cents FROM "
                            "order_lines ORDER BY order_id, line_id").fetchall()


@pytest.fixture
def small_chunks(monkeypatch):
    original = reading.Source.chunks
    monkeypatch.setattr(reading.Source, "chunks", lambda self, size=2: original(self, 2))


def test_quoted_cells_read_the_same_both_ways(tmp_path):
    rows = [['="1001"', "A,1", 2, "2026-01-05 10:00:00", "9.90", "7"],
            ['="1001"', 'say "hi"', 1, "2026-01-05 10:00:00", "1.00", "7"],
            ['="1002"', "two\nlines", 3, "2026-01-06 11:00:00", "2.50", ""]]
    path = write_csv(tmp_path / "q.csv", HEADER, rows, encoding="gbk")
    expected = [
        (2, [['="1001"', "A,1", "2", "2026-01-05 10:00:00", "9.90", "7"],
             ['="1001"', 'say "hi"', "1", "2026-01-05 10:00:00", "1.00", "7"]], [0, 1]),
        (4, [['="1002"', "two\nlines", "3", "2026-01-06 11:00:00", "2.50", ""]], [2]),
    ]
    assert chunks(path, fast=True, size=2) == expected
    assert chunks(path, fast=False, size=2) == expected


def test_a_short_row_after_the_first_chunk_is_refused(tmp_path, shop_path, small_chunks):
    # pandas would read the missing cell as empty; the row's values might belong to
    # other columns (a field lost in the middle), so the file is refused, naming the row.
    text = ("Invoice,Code,Qty,Date,Price,Customer\r\n"
            "1,A,1,2026-01-01 09:00:00,1.00,7\r\n"
            "1,B,2,2026-01-01 09:00:00,2.00,7\r\n"
            "2,C,3,2026-01-02 09:00:00,3.00,8\r\n"
            "3,D,4,2026-01-03 09:00:00,4.00\r\n")  # no customer cell at all
    path = tmp_path / "short.csv"
    path.write_text(text, encoding="utf-8", newline="")
    with pytest.raises(ImportFailed) as info:
        import_files(shop_path, [path], mapping=MAPPING)
    assert info.value.code == "row_width"
    assert (info.value.params["row"], info.value.params["found"],
            info.value.params["expected"]) == (5, 5, 6)


def test_a_file_ending_inside_quotes_is_refused_after_chunks(tmp_path, shop_path,
                                                             small_chunks):
    text = ("Invoice,Code,Qty,Date,Price,Customer\n"
            "1,A,1,2026-01-01 09:00:00,1.00,7\n"
            "1,B,2,2026-01-01 09:00:00,2.00,7\n"
            '2,C,3,2026-01-02 09:00:00,3.00,"8\n')  # the last quote never closes
    path = tmp_path / "cut.csv"
    path.write_text(text, encoding="utf-8", newline="")
    with pytest.raises(ImportFailed) as info:
        import_files(shop_path, [path], mapping=MAPPING)
    assert info.value.code == "file_truncated"


def test_a_lone_carriage_return_in_a_cell_is_kept(tmp_path):
    path = tmp_path / "cr.csv"
    path.write_bytes(b'Invoice,Code,Qty,Date,Price,Customer\n1,"x\ry",1,d,1.00,7\n')
    assert chunks(path, fast=True, size=10)[0][1] == [["1", "x\ry", "1", "d", "1.00", "7"]]


def test_leaving_a_read_half_way_exits_cleanly(tmp_path):
    rows = [[str(i), f"SKU{i}", 1, "2026-01-01 09:00:00", "1.00", "7"] for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", HEADER, rows, encoding="gbk")
    code = textwrap.dedent(f"""
        from opsdesk_gui.importers.reading import open_source
        source = open_source({str(path)!r}, {set(HEADER)!r})
        first = next(iter(source.chunks(100)))
        print(len(first.frame))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "100"


def ctx(n):
    return CellContext("f.csv", "col", pd.Series(range(2, 2 + n)), lambda *a: None)


def cells(series):
    """Values with None for whatever missing marker pandas uses."""
    return [None if pd.isna(v) else v for v in series.tolist()]


def test_cleaners_shortcuts_and_general_paths():
    # every cell ="…": the shortcut; one plain cell among them: the general replace
    assert cells(clean_id(pd.Series(['="0012"', '=" 7 "', ""], dtype="str"), ctx(3))) == [
        "0012", "7", None]
    assert cells(clean_id(pd.Series(['="0012"', "'0013", "\t14"], dtype="str"), ctx(3))) == [
        "0012", "0013", "14"]
    # plain decimals vs symbols and commas: the same cents
    assert cells(clean_money(pd.Series(["12.5", "-0.01", "", "3"]), ctx(4))) == [
        1250, -1, None, 300]
    assert cells(clean_money(pd.Series(["¥1,234.565", "12.5"]), ctx(2))) == [123457, 1250]
    assert cells(clean_int(pd.Series(["3", "-2", ""]), ctx(3))) == [3, -2, None]
    with pytest.raises(ImportFailed) as info:
        clean_int(pd.Series(["3", "2.5"]), ctx(2))
    assert (info.value.code, info.value.params["row"]) == ("bad_number", 3)


def test_datetime_shortcut_keeps_empty_cells_and_checks_every_time():
    assert cells(clean_datetime(pd.Series(["2026-03-01 10:05:00", "", "-"]), ctx(3))) == [
        "2026-03-01 10:05:00", None, None]
    assert cells(clean_datetime(pd.Series(["2026/3/2 9:06", ""]), ctx(2))) == [
        "2026-03-02 09:06:00", None]
    with pytest.raises(ImportFailed) as info:
        clean_datetime(pd.Series(["2026-03-01 10:05:00", "2026-02-30 10:00:00"]), ctx(2))
    assert (info.value.code, info.value.params["row"]) == ("bad_date", 3)


def test_line_positions_count_across_chunks():
    build = BuildContext("f.csv", "p", lambda *a: None)
    first = line_positions(pd.Series(["A", "B", "A"], dtype=object), build)
    second = line_positions(pd.Series(["A", "C", "B"], index=[3, 4, 5], dtype=object), build)
    assert first.tolist() == ["1", "1", "2"]
    assert second.tolist() == ["3", "1", "2"]
    assert list(second.index) == [3, 4, 5]


def test_split_address_on_any_space_and_statuses_by_distinct_value():
    province, city = split_address(pd.Series(["浙江省\u3000杭州市 西湖区", "", "上海"]))
    assert cells(province) == ["浙江省", None, "上海"]
    assert cells(city) == ["杭州市", None, None]
    warned = []
    build = BuildContext("f.csv", "p", lambda *a: warned.append(a))
    status = map_status(pd.Series(["交易成功", "（删除）等待出库", "新状态", ""]),
                        pd.Series([None, None, "2026-01-01 00:00:00", None]), build,
                        pd.Series([2, 3, 4, 5]))
    assert status.tolist() == ["completed", "closed", "paid", "unpaid"]
    assert warned == [("unknown_status", 4, None, 1)]


def test_a_key_repeated_within_one_multi_row_insert_fills_in(shop_path):
    conn = open_shop(shop_path, create=True).conn
    count = ROWS_PER_INSERT + 30
    skus = [f"S{i}" for i in range(count)]
    titles = [f"t{i}" for i in range(count)]
    stock = [None] * count
    skus[60], titles[60], stock[60] = "S5", None, 9  # S5 again: no title, a stock
    stage = Staging(conn)
    stage.add("products", pd.DataFrame({"platform": "tb", "sku": skus, "title": titles,
                                        "stock": pd.array(stock, dtype="Int64")}))
    assert stage.merge("products").added == count - 1
    assert conn.execute("SELECT title, stock FROM products WHERE sku = 'S5'").fetchone() == (
        "t5", 9)


def test_multi_row_statements_stage_what_one_row_statements_stage(shop_path, monkeypatch):
    # Two full statements and a shorter last one; keys come back across each boundary,
    # filling in a value the first row left out.
    count = 2 * ROWS_PER_INSERT + 7
    skus = [f"S{i}" for i in range(count)]
    titles = [f"t{i}" for i in range(count)]
    stock: list[int | None] = [None] * count
    for again, first in ((ROWS_PER_INSERT, ROWS_PER_INSERT - 1),
                         (2 * ROWS_PER_INSERT + 3, 2 * ROWS_PER_INSERT - 1),
                         (count - 1, 0)):
        skus[again], titles[again], stock[again] = skus[first], None, again
    frame = pd.DataFrame({"platform": "tb", "sku": skus, "title": titles,
                          "stock": pd.array(stock, dtype="Int64")})

    def staged(rows_per_insert):
        monkeypatch.setattr(merge, "ROWS_PER_INSERT", rows_per_insert)
        conn = open_shop(shop_path, create=True).conn
        stage = Staging(conn)
        stage.add("products", frame)
        rows = conn.execute("SELECT sku, title, stock FROM temp.stage_products "
                            "ORDER BY sku").fetchall()
        conn.close()
        return rows

    one_by_one = staged(1)
    assert len(one_by_one) == count - 3
    assert (f"S{ROWS_PER_INSERT - 1}", f"t{ROWS_PER_INSERT - 1}", ROWS_PER_INSERT) in one_by_one
    assert ("S0", "t0", count - 1) in one_by_one
    assert staged(ROWS_PER_INSERT) == one_by_one


def test_order_totals_come_from_lines_only_where_missing(shop_path, tmp_path):
    header = ["Invoice", "Code", "Qty", "Date", "Price", "Total"]
    mapping = MAPPING | {"order_total": "Total"}
    del mapping["buyer_id"]
    rows = [["1", "A", 2, "2026-01-01 09:00:00", "1.50", "9.99"],
            ["2", "B", 1, "2026-01-01 09:00:00", "4.00", ""],
            ["2", "C", 3, "2026-01-01 09:00:00", "0.50", ""],
            ["2", "D", -1, "2026-01-01 09:00:00", "4.00", ""]]  # a return: not in totals
    import_files(shop_path, [write_csv(tmp_path / "t.csv", header, rows)], mapping=mapping)
    with sqlite3.connect(shop_path) as conn:
        assert conn.execute("SELECT order_id, units, paid_cents, goods_cents FROM orders "
                            "ORDER BY order_id").fetchall() == [
            ("1", 2, 999, 300), ("2", 4, 550, 550)]
