"""The product detail loader on the detail shop (tests/product_shop.py), by hand.

Period 2026-03-01 .. 2026-03-05, product P1 (price 50.00, cost 20.00, stock 12).
Sale lines of P1 (orders paid in the period, status not unpaid, qty > 0):
  03-01  o1 (ba) 2 for 100.00; o2 (bb) 1 for 45.00   -> units 3, sales 145.00, 2 orders,
                                                         lowest unit 45.00
  03-03  o3 (ba) 2 for 99.99 (and a refund line -1)  -> units 2, sales 99.99, 1 order,
                                                         lowest unit 49.995 -> 50.00
  03-05  o4 (bc) 1 for 33.33 + 1 for 40.00           -> units 2, sales 73.33, 1 order,
                                                         lowest unit 33.33
  03-02, 03-04: nothing. Not in it: o5 (unpaid), o6 (03-06), o7 (02-28).
Buyers: ba 2 orders, 4 units, 199.99, last 03-03 09:00; bc 1 order, 2 units, 73.33
(no buyer record: province from the order); bb 1 order, 1 unit, 45.00.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest
from product_shop import detail_shop

from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.product_detail import load_product_detail

P = Period(date(2026, 3, 1), date(2026, 3, 5))


@pytest.fixture
def conn(tmp_path):
    conn = sqlite3.connect(detail_shop(tmp_path / "shop.opsdesk"))
    ensure_daily_cache(conn)
    yield conn
    conn.close()


def test_daily_sales_and_lowest_price(conn):
    detail = load_product_detail(conn, P, "taobao", "P1")
    daily = detail.daily
    assert daily["day"].tolist() == ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04",
                                     "2026-03-05"]
    assert daily["units"].tolist() == [3, 0, 2, 0, 2]
    assert daily["sales_cents"].tolist() == [14500, 0, 9999, 0, 7333]
    assert daily["orders"].tolist() == [2, 0, 1, 0, 1]
    prices = [None if pd.isna(p) else int(p) for p in daily["min_unit_price_cents"]]
    assert prices == [4500, None, 5000, None, 3333]
    assert (detail.units, detail.sales_cents) == (7, 31832)


def test_catalogue_figures(conn):
    detail = load_product_detail(conn, P, "taobao", "P1")
    assert (detail.title, detail.currency) == ("测试宝贝P1 纯棉T恤", "CNY")
    assert (detail.price_cents, detail.cost_cents, detail.stock) == (5000, 2000, 12)
    assert detail.safety_stock is None


def test_buyers(conn):
    buyers = load_product_detail(conn, P, "taobao", "P1").buyers
    assert buyers["buyer_id"].tolist() == ["ba", "bc", "bb"]
    assert buyers["orders"].tolist() == [2, 1, 1]
    assert buyers["units"].tolist() == [4, 2, 1]
    assert buyers["amount_cents"].tolist() == [19999, 7333, 4500]
    assert buyers["last_paid_at"].tolist() == ["2026-03-03 09:00:00", "2026-03-05 23:59:59",
                                               "2026-03-01 15:00:00"]
    first = buyers.iloc[0]
    assert (first["name"], first["phone"], first["province"]) == ("张小三", "13812341234",
                                                                  "浙江省")
    anonymous = buyers.iloc[1]
    assert pd.isna(anonymous["name"]) and anonymous["province"] == "广东省"


def test_a_product_without_sales(conn):
    detail = load_product_detail(conn, Period(date(2026, 4, 1), date(2026, 4, 2)),
                                 "taobao", "P1")
    assert detail.daily["units"].tolist() == [0, 0]
    assert detail.daily["min_unit_price_cents"].isna().all()
    assert detail.buyers.empty and detail.currency == "CNY" and detail.stock == 12


def test_an_unknown_product(conn):
    detail = load_product_detail(conn, P, "taobao", "nope")
    assert detail.title is None and detail.stock is None and detail.units == 0
    assert detail.buyers.empty


def test_a_product_row_of_several_skus_is_shown_as_one(conn):
    # P1 and Q1 as one product: Q1 sold 1 for 10.00 in o3 (03-03, buyer ba)
    detail = load_product_detail(conn, P, "taobao", ["P1", "Q1"])
    assert detail.sku == "P1" and detail.skus == ("P1", "Q1")
    assert detail.daily["units"].tolist() == [3, 0, 3, 0, 2]  # 03-03: 2 of P1 + 1 of Q1
    assert detail.daily["sales_cents"].tolist() == [14500, 0, 10999, 0, 7333]
    assert detail.daily["min_unit_price_cents"].tolist()[2] == 1000  # Q1's 10.00
    # stock 12 + 3; the lowest list price 10.00; costs 20.00 and 4.00 differ: no one cost
    assert (detail.stock, detail.price_cents, detail.cost_cents) == (15, 1000, None)
    ba = detail.buyers.set_index("buyer_id").loc["ba"]
    assert (ba["orders"], ba["units"], ba["amount_cents"]) == (2, 5, 20999)
