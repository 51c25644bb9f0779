"""The tabs' tables, against the small Taobao shop worked out by hand."""

import sqlite3
from datetime import date

import pytest
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.listings import buyers_table, campaigns_table, products_table
from opsdesk_gui.models.periods import Period

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def conn(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS),
                             write_lines(tmp_path / "l.csv", LINES)])
    conn = sqlite3.connect(shop_path)
    yield conn
    conn.close()


def test_products_with_the_periods_sales(conn):
    table = products_table(conn, MARCH).set_index("sku")
    # order 1: 2 tees at 50.00 (paid); order 2: a bag at 59.90 (paid); order 3 (bag) is
    # unpaid and order 4 (cup) was closed before payment: neither is a sale
    assert table.loc["SKU-TEE", ["units", "sales_cents", "orders"]].tolist() == [2, 10000, 1]
    assert table.loc["SKU-BAG", ["units", "sales_cents", "orders"]].tolist() == [1, 5990, 1]
    assert table.loc["SKU-CUP", ["units", "sales_cents", "orders"]].tolist() == [0, 0, 0]
    assert list(table.index) == ["SKU-TEE", "SKU-BAG", "SKU-CUP"]  # best sellers first
    april = products_table(conn, Period(date(2026, 4, 1), date(2026, 4, 30)))
    assert april["units"].sum() == 0
    assert products_table(conn, MARCH, platform="shopify").empty


def test_buyers_with_history_and_period(conn):
    table = buyers_table(conn, Period(date(2026, 3, 2), date(2026, 3, 31))).set_index(
        "buyer_id")
    # buyer_a paid order 1 (110.00, on 3/1: before this period); order 3 is unpaid
    assert table.loc["buyer_a", ["orders", "spent_cents", "period_orders",
                                 "period_spent_cents"]].tolist() == [1, 11000, 0, 0]
    assert table.loc["buyer_b", ["orders", "spent_cents", "period_orders",
                                 "period_spent_cents"]].tolist() == [1, 5990, 1, 5990]
    assert "buyer_c" not in table.index  # never paid
    assert table.loc["buyer_b", "name"] == "测试买家2"


def test_campaigns(conn):
    conn.execute("INSERT INTO campaigns (platform, name, starts_on, ends_on) VALUES "
                 "('taobao', '双11', '2026-11-01', '2026-11-11'), "
                 "(NULL, '会员日', '2026-03-08', '2026-03-08')")
    assert campaigns_table(conn)["name"].tolist() == ["双11", "会员日"]
    assert campaigns_table(conn, "douyin")["name"].tolist() == ["会员日"]
