"""The generic import (columns mapped by the user) on real public data, UCI Online
Retail, checked against figures computed here independently with the csv module; and
the mapping's errors."""

import csv
import sqlite3
from decimal import Decimal

import pytest
from exportfiles import shared_data, write_csv

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.kpi import compute_kpis
from opsdesk_gui.models.periods import Period

UCI = shared_data("online_retail_head.csv")
MAPPING = {"order_id": "InvoiceNo", "sku": "StockCode", "title": "Description",
           "qty": "Quantity", "paid_at": "InvoiceDate", "unit_price": "UnitPrice",
           "buyer_id": "CustomerID", "region": "Country"}

needs_uci = pytest.mark.skipif(not UCI.is_file(), reason=f"{UCI} is not on this machine")


def rows(shop, sql, *params):
    with sqlite3.connect(shop) as conn:
        return conn.execute(sql, params).fetchall()


def uci_records() -> list[dict[str, str]]:
    """The file's rows; a row quoted as a whole reads as one cell and is split again."""
    with UCI.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        out = []
        for cells in reader:
            if len(cells) == 1 and "," in cells[0]:
                cells = next(csv.reader([cells[0]]))
            assert len(cells) == len(header)
            out.append(dict(zip(header, cells, strict=True)))
        return out


@pytest.fixture(scope="module")
def expected():
    """Sales, returns and buyers of the extract, computed without the importer."""
    records = uci_records()
    invoices, pence, returns, returned = set(), Decimal(0), 0, Decimal(0)
    for r in records:
        qty, value = int(r["Quantity"]), int(r["Quantity"]) * Decimal(r["UnitPrice"]) * 100
        if qty > 0:
            invoices.add(r["InvoiceNo"])
            pence += value
        elif qty < 0:
            returns += 1
            returned -= value
    assert pence == int(pence) and returned == int(returned)  # prices have 2 decimals
    return {
        "rows": len(records),
        "orders": len(invoices), "paid_cents": int(pence),
        "refunds": returns, "refund_cents": int(returned),
        "no_customer": sum(1 for r in records if not r["CustomerID"]),
        "float_ids": sum(1 for r in records if r["CustomerID"].endswith(".0")),
        "buyers": len({r["CustomerID"] for r in records if r["CustomerID"]}),
        "wrapped": next(r for r in records if r["InvoiceNo"] == "536381"
                        and r["StockCode"] == "82567"),
    }


@needs_uci
def test_uci_online_retail_agrees_with_an_independent_count(shop_path, expected):
    summary = import_files(shop_path, [UCI], mapping=MAPPING, currency="GBP")
    report = summary.files[0]
    assert report.preset == "generic" and report.rows_read == expected["rows"]
    assert rows(shop_path, "SELECT count(*), sum(paid_cents) FROM orders") == [
        (expected["orders"], expected["paid_cents"])]
    assert rows(shop_path, "SELECT count(*), sum(amount_cents) FROM refunds") == [
        (expected["refunds"], expected["refund_cents"])]
    assert rows(shop_path, "SELECT DISTINCT currency FROM orders") == [("GBP",)]
    # every invoice is a sale at its invoice time
    assert rows(shop_path, "SELECT count(*) FROM orders WHERE paid_at IS NULL "
                "OR status = 'unpaid'") == [(0,)]
    # CustomerID '17850.0' -> '17850', counted; rows without one counted too
    assert report.warnings["float_id"].count == expected["float_ids"]
    assert report.warnings["missing_buyer"].count == expected["no_customer"]
    assert report.warnings["returns_as_refunds"].count == expected["refunds"]
    assert rows(shop_path, "SELECT count(*) FROM buyers") == [(expected["buyers"],)]
    assert rows(shop_path, "SELECT buyer_id, province FROM orders WHERE order_id = '536365'"
                ) == [("17850", "United Kingdom")]
    # a row quoted as a whole (file line 111) is read as its eight cells
    wrapped = expected["wrapped"]
    assert wrapped["Description"] == "AIRLINE LOUNGE,METAL SIGN"
    assert rows(shop_path, "SELECT title, qty, unit_price_cents FROM order_lines "
                "WHERE order_id = '536381' AND sku = '82567'") == [
        ("AIRLINE LOUNGE,METAL SIGN", 2, 210)]


@pytest.fixture
def small(tmp_path):
    return write_csv(tmp_path / "plugin-orders.csv",
                     ["Order", "Item", "Qty", "Date", "Price"],
                     [["A1", "SKU-1", "2", "2026-03-01 10:00:00", "9.50"],
                      ["A1", "SKU-2", "-1", "2026-03-02 11:00:00", "3.00"]])


def test_generic_small_file_by_hand(shop_path, small):
    mapping = {"order_id": "Order", "sku": "Item", "qty": "Qty", "paid_at": "Date",
               "unit_price": "Price"}
    import_files(shop_path, [small], mapping=mapping, platform="myshop", currency="EUR")
    assert rows(shop_path, "SELECT platform, order_id, status, paid_at, currency, paid_cents, "
                "units FROM orders") == [
        ("myshop", "A1", "paid", "2026-03-01 10:00:00", "EUR", 1900, 2)]
    # the return line is a refund dated by its own time, not a negative sale
    assert rows(shop_path, "SELECT refund_id, order_id, sku, qty, amount_cents, refunded_at "
                "FROM refunds") == [("A1/2", "A1", "SKU-2", 1, 300, "2026-03-02 11:00:00")]


def _refused(shop_path, files, mapping) -> ImportFailed:
    with pytest.raises(ImportFailed) as caught:
        import_files(shop_path, files, mapping=mapping)
    assert not shop_path.exists()  # a refused first import leaves no shop file behind
    return caught.value


def test_mapping_names_a_header_the_file_lacks(shop_path, small):
    mapping = {"order_id": "Order", "qty": "Quantity", "paid_at": "Date",
               "unit_price": "Price"}
    error = _refused(shop_path, [small], mapping)
    assert error.code == "bad_mapping"
    assert error.message == ("The mapping names the column 'Quantity', which "
                             "plugin-orders.csv does not have.")


def test_mapping_names_an_unknown_field(shop_path, small):
    mapping = {"order_id": "Order", "quantity": "Qty", "paid_at": "Date",
               "unit_price": "Price"}
    error = _refused(shop_path, [small], mapping)
    assert error.code == "unknown_field"
    assert error.message.startswith("'quantity' is not a field OpsDesk imports. Fields: ")
    assert "qty" in error.params["known"].split(", ")


@pytest.mark.parametrize(("left_out", "field"), [
    ("paid_at", "paid_at"), ("order_id", "order_id"), ("qty", "qty"),
    ("unit_price", "unit_price"),  # neither unit_price nor line_amount
])
def test_mapping_misses_a_required_field(shop_path, small, left_out, field):
    mapping = {"order_id": "Order", "qty": "Qty", "paid_at": "Date", "unit_price": "Price"}
    del mapping[left_out]
    error = _refused(shop_path, [small], mapping)
    assert error.code == "required_field"
    assert error.message == f"The mapping must name a column for '{field}'."


def test_a_return_keeps_its_currency(shop_path, tmp_path):
    """USD and CNY sales and a CNY return (R9, 3 x 100.00) whose order is not in the
    file. The 300.00 is a CNY refund: USD refunds stay 0 (not 300.00 over 70.00 of USD
    sales), CNY net sales = 2 x 50.00 - 300.00 = -200.00, and a margin over negative net
    sales is no percentage: None, with the reason."""
    files = write_csv(tmp_path / "mixed.csv", ["Order", "Item", "Qty", "Date", "Price", "Cur"], [
        ["U1", "SKU-1", "1", "2026-03-01 10:00:00", "70.00", "USD"],
        ["C1", "SKU-2", "2", "2026-03-01 11:00:00", "50.00", "CNY"],
        ["R9", "SKU-2", "-3", "2026-03-03 09:00:00", "100.00", "CNY"]])
    mapping = {"order_id": "Order", "sku": "Item", "qty": "Qty", "paid_at": "Date",
               "unit_price": "Price", "currency": "Cur"}
    import_files(shop_path, [files], mapping=mapping, platform="myshop", currency="USD")
    assert rows(shop_path, "SELECT refund_id, amount_cents, currency FROM refunds") == [
        ("R9/1", 30000, "CNY")]
    march = Period.parse("2026-03-01", "2026-03-31")
    with sqlite3.connect(shop_path) as conn:
        conn.execute("UPDATE products SET cost_cents = 3000 WHERE sku = 'SKU-1'")
        conn.execute("UPDATE products SET cost_cents = 2000 WHERE sku = 'SKU-2'")
        for raw in (True, False):
            if not raw:
                ensure_daily_cache(conn)
            result = compute_kpis(conn, march, raw=raw)
            usd, cny = result["USD"], result["CNY"]
            assert (usd.gmv, usd.refund_amount, usd.net_sales) == (7000, 0, 7000)
            assert usd.gross_margin == pytest.approx((7000 - 3000) / 7000)
            assert (cny.gmv, cny.refund_amount, cny.net_sales) == (10000, 30000, -20000)
            assert cny.gross_margin is None and cny.margin_gap == "negative_net_sales"
