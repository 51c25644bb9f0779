"""Every file of the hostile corpus (tests/hostile_files.py) has its named outcome: read
exactly as the clean export, read with the named warning, or refused with the named
reason and nothing written. The import dialog's preview never raises on any of them."""

import sqlite3

import pytest
from hostile_files import CASES, READ, REFUSED, WARNED, Case
from taobao_files import ORDERS, order_row, write_orders
from test_import_safety import table_digest

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.importers.preview import preview_file
from opsdesk_gui.store import list_backups

# An order already in the shop, so that "nothing written" is checked on a shop with data.
SEED = [order_row("900000000000000009", "buyer_z", "9.00", "0.00", "9.00", "交易成功",
                  "2026-02-01 10:00:00", "2026-02-01 10:00:00", 1)]
ORDER_SQL = ("SELECT order_id, status, paid_at, paid_cents FROM orders "
             "WHERE order_id != '900000000000000009' ORDER BY order_id")


def orders(shop) -> list[tuple]:
    with sqlite3.connect(shop) as conn:
        return conn.execute(ORDER_SQL).fetchall()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The orders and warnings of the clean export, as every READ case must give them."""
    folder = tmp_path_factory.mktemp("clean")
    summary = import_files(folder / "shop.opsdesk", [write_orders(folder / "o.csv", ORDERS)])
    return orders(folder / "shop.opsdesk"), set(summary.files[0].warnings)


def test_the_clean_orders_are_the_hand_written_ones(clean):
    rows, warnings = clean
    # 110.00 and 59.90 paid; the unpaid and the closed-before-payment orders have no paid_at
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("100000000000000001", "2026-03-01 10:05:00", 11000),
        ("100000000000000002", "2026-03-02 09:06:00", 5990),
        ("100000000000000003", None, 3000),
        ("100000000000000004", None, 4500)]
    assert warnings == set()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_file(case: Case, tmp_path, clean):
    shop = tmp_path / "shop.opsdesk"
    import_files(shop, [write_orders(tmp_path / "seed.csv", SEED)])
    folder = tmp_path / "in"
    folder.mkdir()
    path = case.make(folder)
    preview = preview_file(path)  # what the import dialog shows: never raises
    if case.outcome == REFUSED:
        before, backups = table_digest(shop), len(list_backups(shop))
        with pytest.raises(ImportFailed) as info:
            import_files(shop, [path])
        assert info.value.code == case.code, info.value.message
        assert len(info.value.message) < 700  # a bad cell is never echoed whole
        assert table_digest(shop) == before
        assert len(list_backups(shop)) == backups
        if case.preview:
            assert preview.error is not None and preview.error.code == case.code
        return
    assert case.outcome in (READ, WARNED)
    summary = import_files(shop, [path])
    expected_rows, expected_warnings = clean
    if case.outcome == WARNED:
        expected_warnings = expected_warnings | {case.code}
    assert set(summary.files[0].warnings) == expected_warnings
    assert orders(shop) == (case.expect or list)(expected_rows)
    assert preview.error is None


def test_utf8_copies_left_by_a_killed_import_are_deleted_by_the_next(tmp_path, monkeypatch):
    import os
    import subprocess
    import sys

    from opsdesk_gui.importers import reading, temp_copies

    monkeypatch.setattr(temp_copies.tempfile, "tempdir", str(tmp_path))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = tmp_path / f"opsdesk-utf8-{gone.stdout.strip()}-abc.csv"
    ours = tmp_path / f"opsdesk-utf8-{os.getpid()}-def.csv"
    running = tmp_path / f"opsdesk-utf8-{os.getppid()}-ghi.csv"
    for path in (stale, ours, running):
        path.write_text("测试买家")
    shop = tmp_path / "shop.opsdesk"
    seen = []
    real_copy = reading.new_copy

    def spy():  # the copy the GBK export is read through is named for this process
        handle, path = real_copy()
        seen.append(path.name)
        return handle, path

    monkeypatch.setattr(reading, "new_copy", spy)
    import_files(shop, [write_orders(tmp_path / "o.csv", ORDERS[2:])])  # GBK, no ="…"
    assert seen and seen[0].startswith(f"opsdesk-utf8-{os.getpid()}-")
    assert not stale.exists() and ours.exists() and running.exists()
    assert not (tmp_path / seen[0]).exists()  # and deleted when its reading ended


def test_an_order_line_twice_with_other_values_keeps_the_last_with_a_warning(tmp_path):
    from exportfiles import write_csv
    from test_presets_cn import TB_NEW_LINE_HEADER

    def line(qty: int) -> list:
        return ['="100000000000000011"', '="100000000000000001"', "测试宝贝", "50.00", qty,
                "颜色:黑色", "", "交易成功", "SKU-TEE", "100.00", f"{50 * qty}.00", "无退款申请",
                "无退款申请", "2026-03-01 10:00:00", "2026-03-01 10:05:00", "600000000001"]

    shop = tmp_path / "shop.opsdesk"
    path = write_csv(tmp_path / "lines.csv", TB_NEW_LINE_HEADER, [line(2), line(3)],
                     encoding="gbk")
    summary = import_files(shop, [path])
    warning = summary.files[0].warnings["duplicate_order"]
    assert (warning.count, warning.row, warning.column) == (1, 3, "子订单编号")
    with sqlite3.connect(shop) as conn:  # the last row: 3 x 50.00
        assert conn.execute("SELECT qty, amount_cents FROM order_lines").fetchall() == [
            (3, 15000)]
    # the same line twice with the same values is no news
    again = write_csv(tmp_path / "again.csv", TB_NEW_LINE_HEADER, [line(2), line(2)],
                      encoding="gbk")
    assert "duplicate_order" not in import_files(tmp_path / "s2.opsdesk",
                                                 [again]).files[0].warnings


def test_a_bad_cell_on_a_further_sheet_is_named_with_its_sheet(tmp_path):
    from hostile_files import PAID, _sheets
    from taobao_files import ORDER_HEADER

    rows = [list(r) for r in ORDERS[2:]]
    rows[1][PAID] = "五十"
    path = _sheets("two.xlsx", [("Sheet1", [ORDER_HEADER, *ORDERS[:2]]),
                                ("Sheet2", [ORDER_HEADER, *rows])])(tmp_path)
    with pytest.raises(ImportFailed) as info:
        import_files(tmp_path / "shop.opsdesk", [path])
    assert info.value.message == ("two.xlsx (Sheet2), row 3, column '买家实际支付金额': "
                                  "'五十' is not an amount of money.")
