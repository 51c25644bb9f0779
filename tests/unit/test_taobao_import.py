"""Importing Taobao's order pair: values land exactly, the pair joins, re-imports add nothing."""

import sqlite3

import pytest
from taobao_files import LINES, ORDERS, line_row, order_row, write_lines, write_orders

from opsdesk_gui.importers.pipeline import import_files


def rows(shop, sql, *params):
    with sqlite3.connect(shop) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def pair(tmp_path):
    return (write_orders(tmp_path / "ExportOrderList202603041200.csv", ORDERS),
            write_lines(tmp_path / "ExportOrderDetailList202603041200.csv", LINES))


def test_order_file_values_land_exactly(shop_path, pair):
    summary = import_files(shop_path, [pair[0]])
    assert summary.files[0].preset == "taobao_orders"
    assert summary.counts["orders"].added == 4
    got = rows(shop_path, "SELECT order_id, buyer_id, status, paid_at, goods_cents, "
               "postage_cents, paid_cents, units, province, city FROM orders ORDER BY order_id")
    assert got == [
        ("100000000000000001", "buyer_a", "completed", "2026-03-01 10:05:00", 10000, 1000,
         11000, 2, "浙江省", "杭州市"),
        # Excel re-saved dates (2026/3/2 9:06) read as the same wall-clock time
        ("100000000000000002", "buyer_b", "paid", "2026-03-02 09:06:00", 5990, 0, 5990, 1,
         "浙江省", "杭州市"),
        # unpaid and closed-before-payment orders are kept, without a payment time
        ("100000000000000003", "buyer_a", "unpaid", None, 3000, 0, 3000, 1, "浙江省", "杭州市"),
        ("100000000000000004", "buyer_c", "closed", None, 4500, 0, 4500, 1, "浙江省", "杭州市"),
    ]
    # the phone's leading ' is gone; personal data sits in buyers only
    assert rows(shop_path, "SELECT buyer_id, phone FROM buyers ORDER BY buyer_id")[0] == (
        "buyer_a", "13800000003")


def test_pair_joins_on_order_number_in_either_order(tmp_path, pair):
    for name, files in (("a", list(pair)), ("b", list(reversed(pair)))):
        shop = tmp_path / f"{name}.opsdesk"
        summary = import_files(shop, files)
        assert {f.preset for f in summary.files} == {"taobao_orders", "taobao_lines"}
        assert summary.counts["orders"].added == 4
        assert summary.counts["order_lines"].added == 4
        # the order file's status and amounts win over what the line file implies
        assert rows(shop, "SELECT status, paid_cents FROM orders WHERE order_id LIKE '%1'") == [
            ("completed", 11000)]
        assert rows(shop, "SELECT sku, qty, unit_price_cents, amount_cents FROM order_lines "
                    "WHERE order_id LIKE '%1'") == [("SKU-TEE", 2, 5000, 10000)]
        assert rows(shop, "SELECT count(*) FROM products") == [(3,)]


def test_line_file_alone_creates_orders_from_its_lines(shop_path, pair):
    import_files(shop_path, [pair[1]])
    # no payment time in the classic line file: the orders are known but not yet sales
    assert rows(shop_path, "SELECT order_id, status, paid_cents, units FROM orders "
                "WHERE order_id LIKE '%1'") == [("100000000000000001", "completed", 10000, 2)]
    # the order file arriving later states the real paid amount (postage included)
    import_files(shop_path, [pair[0]])
    assert rows(shop_path, "SELECT paid_cents, paid_at FROM orders WHERE order_id LIKE '%1'") == [
        (11000, "2026-03-01 10:05:00")]


def test_same_file_again_adds_nothing(shop_path, pair):
    import_files(shop_path, list(pair))
    again = import_files(shop_path, list(pair))
    assert all(f.already_imported for f in again.files)
    assert again.total("added") == again.total("updated") == 0
    forced = import_files(shop_path, list(pair), force=True)
    assert forced.total("added") == forced.total("updated") == 0
    assert forced.counts["orders"].unchanged == 4
    assert rows(shop_path, "SELECT count(*) FROM import_files") == [(4,)]


def test_overlapping_later_export_updates_what_changed(shop_path, tmp_path, pair):
    import_files(shop_path, [pair[0]])
    later = [
        ORDERS[0],
        # order 2 shipped and received: status changes; a new order appears
        order_row("100000000000000002", "buyer_b", "59.90", "0.00", "59.90", "交易成功",
                  "2026/3/2 9:05", "2026/3/2 9:06", 1, note="请发顺丰\n谢谢"),
        order_row("100000000000000005", "buyer_d", "20.00", "5.00", "25.00",
                  "买家已付款，等待卖家发货", "2026-03-04 08:00:00", "2026-03-04 08:01:00", 1),
    ]
    summary = import_files(shop_path, [write_orders(tmp_path / "later.csv", later)])
    assert summary.counts["orders"].as_dict() == {"added": 1, "updated": 1, "unchanged": 1}
    assert rows(shop_path, "SELECT status FROM orders WHERE order_id LIKE '%2'") == [
        ("completed",)]
    assert rows(shop_path, "SELECT count(*) FROM orders") == [(5,)]


def test_partial_refund_on_order_and_line(shop_path, tmp_path):
    orders = [order_row("200000000000000001", "buyer_e", "80.00", "0.00", "80.00",
                        "交易成功", "2026-03-05 10:00:00", "2026-03-05 10:01:00", 2,
                        refund="40.00")]
    import_files(shop_path, [write_orders(tmp_path / "o.csv", orders),
                             write_lines(tmp_path / "l.csv", [
                                 line_row("200000000000000001", "测试宝贝 袜子", "40.00", 2,
                                          "SKU-SOCK", "交易成功")])])
    assert rows(shop_path, "SELECT refund_cents FROM orders") == [(4000,)]


def test_statuses_match_whatever_their_brackets_and_commas(shop_path, tmp_path):
    """Exports mix full-width and ASCII punctuation in the same status text."""
    orders = [order_row(f"40000000000000000{n}", "buyer_f", "10.00", "0.00", "10.00", status,
                        "2026-03-06 10:00:00", "2026-03-06 10:01:00", 1)
              for n, status in enumerate(["买家已付款,等待卖家发货", "（删除）等待出库", "PAID"])]
    import_files(shop_path, [write_orders(tmp_path / "o.csv", orders)])
    assert [s for (s,) in rows(shop_path, "SELECT status FROM orders ORDER BY order_id")] == [
        "paid", "closed", "paid"]


def test_per_file_presets_in_one_import(shop_path, tmp_path, pair):
    """The import dialog names each file's preset; the mapping serves the generic ones."""
    from exportfiles import write_csv

    generic = write_csv(tmp_path / "plugin.csv", ["No", "Qty", "When", "Price"],
                        [["W1", "3", "2026-03-05 10:00:00", "9.90"]])
    summary = import_files(shop_path, [pair[0], generic],
                           presets={str(generic): "generic"},
                           mapping={"order_id": "No", "qty": "Qty", "paid_at": "When",
                                    "unit_price": "Price"})
    assert [f.preset for f in summary.files] == ["taobao_orders", "generic"]
    assert rows(shop_path, "SELECT platform, count(*) FROM orders GROUP BY 1 ORDER BY 1") == [
        ("generic", 1), ("taobao", 4)]
    assert rows(shop_path, "SELECT paid_cents FROM orders WHERE order_id = 'W1'") == [(2970,)]
