"""Bad input gets a message naming file, row and column, and nothing is half written."""

import hashlib
import sqlite3

import pytest
from exportfiles import write_csv, write_xlsx
from taobao_files import LINE_HEADER, LINES, ORDER_HEADER, ORDERS, order_row, write_orders

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.jobs import CancelToken
from opsdesk_gui.store import list_backups, undo_last_import


def table_digest(shop) -> str:
    """Everything a shop holds, as one hash (to prove a failed import changed nothing)."""
    digest = hashlib.sha256()
    with sqlite3.connect(shop) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                     "ORDER BY name"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def shop_with_data(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "first.csv", ORDERS[:1])])
    return shop_path


def fails(shop, files, code, **kwargs) -> ImportFailed:
    before = table_digest(shop) if shop.exists() else None
    backups = len(list_backups(shop))
    with pytest.raises(ImportFailed) as info:
        import_files(shop, files, **kwargs)
    assert info.value.code == code, info.value.message
    if before is not None:
        assert table_digest(shop) == before
        assert len(list_backups(shop)) == backups  # a failed import leaves no snapshot
    return info.value


@pytest.mark.parametrize("encoding,bom", [("gbk", False), ("gb18030", False),
                                          ("utf-8", False), ("utf-8", True)])
def test_every_encoding_reads_the_same(tmp_path, encoding, bom):
    path = write_orders(tmp_path / "o.csv", ORDERS, encoding=encoding, bom=bom)
    shop = tmp_path / "s.opsdesk"
    import_files(shop, [path])
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT store, province FROM orders LIMIT 1").fetchone() == (
            "测试小店", "浙江省")


def test_gb18030_only_characters(tmp_path, shop_path):
    rows = [order_row("300000000000000001", "𠮷野家", "10.00", "0.00", "10.00", "交易成功",
                      "2026-03-01 10:00:00", "2026-03-01 10:00:00", 1)]
    import_files(shop_path, [write_orders(tmp_path / "o.csv", rows, encoding="gb18030")])
    with sqlite3.connect(shop_path) as conn:
        assert conn.execute("SELECT buyer_id FROM orders").fetchone() == ("𠮷野家",)


def test_undecodable_bytes_are_refused(tmp_path, shop_with_data):
    path = write_orders(tmp_path / "bad.csv", ORDERS, encoding="gbk")
    path.write_bytes(path.read_bytes() + b"\xff\xff\x80,\xff\r\n")
    err = fails(shop_with_data, [path], "bad_encoding")
    assert "bad.csv" in err.message


def test_empty_and_header_only_files(tmp_path, shop_with_data):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty.csv" in fails(shop_with_data, [empty], "file_empty").message
    header_only = write_orders(tmp_path / "header.csv", [])
    fails(shop_with_data, [header_only], "file_empty")


def test_truncated_file(tmp_path, shop_with_data):
    path = write_orders(tmp_path / "cut.csv", ORDERS)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])  # cut inside the last row
    assert "Download it again" in fails(shop_with_data, [path], "file_truncated").message


def test_truncated_inside_quotes(tmp_path, shop_with_data):
    path = write_orders(tmp_path / "cut.csv", ORDERS)
    data = path.read_bytes()
    cut = data.index("请发顺丰".encode("gbk")) + 4
    path.write_bytes(data[:cut])
    fails(shop_with_data, [path], "file_truncated")


def test_ids_destroyed_by_excel_are_refused(tmp_path, shop_with_data):
    rows = [list(r) for r in ORDERS]
    rows[2][0] = "1.00000E+17"
    err = fails(shop_with_data, [write_orders(tmp_path / "excel.csv", rows)], "id_destroyed")
    assert (err.params["row"], err.params["column"]) == (4, "订单编号")
    assert "Export the file again" in err.message


def test_missing_required_column(tmp_path, shop_with_data):
    header = [h for h in ORDER_HEADER if h.strip() != "订单状态"]
    rows = [[v for h, v in zip(ORDER_HEADER, r, strict=True) if h.strip() != "订单状态"]
            for r in ORDERS]
    path = write_csv(tmp_path / "nostatus.csv", header, rows, encoding="gbk")
    err = fails(shop_with_data, [path], "missing_column", preset="taobao_orders")
    assert err.params["column"] == "订单状态"


def test_a_file_of_another_kind(tmp_path, shop_with_data):
    path = write_csv(tmp_path / "notes.csv", ["名字", "备注"], [["a", "b"]])
    fails(shop_with_data, [path], "no_header")
    wrong = write_csv(tmp_path / "lines.csv", LINE_HEADER, [LINES[0]], encoding="gbk")
    fails(shop_with_data, [wrong], "wrong_preset", preset="taobao_orders")


def test_bad_money_names_file_row_and_column(tmp_path, shop_with_data):
    rows = [list(r) for r in ORDERS]
    rows[1][6] = "五十九"
    err = fails(shop_with_data, [write_orders(tmp_path / "m.csv", rows)], "bad_money")
    assert err.message == ("m.csv, row 3, column '买家实际支付金额': '五十九' is not an amount "
                           "of money.")


def test_second_file_failing_writes_nothing_of_the_first(tmp_path, shop_with_data):
    good = write_orders(tmp_path / "good.csv", ORDERS)
    bad = write_orders(tmp_path / "bad.csv", [[*ORDERS[0][:13], "not a date", *ORDERS[0][14:]]])
    fails(shop_with_data, [good, bad], "bad_date")


def test_cancel_leaves_the_shop_unchanged(tmp_path, shop_with_data):
    token = CancelToken()
    path = write_orders(tmp_path / "o.csv", ORDERS)
    fails(shop_with_data, [path], "cancelled", cancel=token, progress=lambda f: token.cancel())


def test_undo_last_import_restores_the_shop(tmp_path, shop_with_data):
    before = table_digest(shop_with_data)
    import_files(shop_with_data, [write_orders(tmp_path / "more.csv", ORDERS)])
    assert table_digest(shop_with_data) != before
    undo_last_import(shop_with_data)
    assert table_digest(shop_with_data) == before
    # the file can be imported again after the undo
    assert import_files(shop_with_data, [tmp_path / "more.csv"]).total("added") > 0


def test_xlsx_with_preamble_reads_like_the_csv(tmp_path):
    csv_shop, xlsx_shop = tmp_path / "c.opsdesk", tmp_path / "x.opsdesk"
    import_files(csv_shop, [write_orders(tmp_path / "o.csv", ORDERS)])
    xlsx = write_xlsx(tmp_path / "o.xlsx", ORDER_HEADER, ORDERS,
                      preamble=[["已卖出的宝贝 导出"], ["导出时间：2026-03-04 12:00"]])
    import_files(xlsx_shop, [xlsx])
    query = "SELECT order_id, status, paid_at, paid_cents, units FROM orders ORDER BY 1"
    with sqlite3.connect(csv_shop) as a, sqlite3.connect(xlsx_shop) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_warnings_are_counted_with_their_first_row(tmp_path, shop_path):
    rows = [list(r) for r in ORDERS]
    rows[3][0] = ""  # an order without a number
    summary = import_files(shop_path, [write_orders(tmp_path / "o.csv", rows)])
    report = summary.files[0]
    assert report.rows_read == 4 and report.rows_skipped == 1
    warning = report.warnings["skipped_no_order"]
    assert (warning.count, warning.row) == (1, 5)


def test_cache_rebuild_runs_without_the_staging_tables(tmp_path, shop_path):
    """after_commit (the daily cache rebuild) gets a fresh connection: the import's TEMP
    staging tables, whose memory only closing frees, are gone by then."""
    seen = []

    def after_commit(conn):
        seen.append(conn.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0])
        seen.append(conn.execute("SELECT count(*) FROM orders").fetchone()[0])

    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS)],
                 after_commit=after_commit)
    assert seen == [0, len(ORDERS)]


def test_file_removed_after_it_was_chosen(shop_with_data, tmp_path, monkeypatch):
    """The file is opened (header read, preset chosen), then deleted before its rows are
    read: the message says it could not be read and names it (it used to say 'could
    not be written'), and the shop is unchanged."""
    from opsdesk_gui.importers import pipeline

    path = write_orders(tmp_path / "订单 gone.csv", ORDERS)
    real_open = pipeline.open_source

    def open_then_delete(*args, **kwargs):
        source = real_open(*args, **kwargs)
        path.unlink()
        return source

    monkeypatch.setattr(pipeline, "open_source", open_then_delete)
    error = fails(shop_with_data, [path], "file_gone")
    assert error.message == ("订单 gone.csv could not be read: it was moved or deleted "
                             "after it was chosen. Nothing was imported; put it back and "
                             "import it again.")
    assert "written" not in error.message
    assert error.text("zh_CN").startswith("无法读取 订单 gone.csv")
