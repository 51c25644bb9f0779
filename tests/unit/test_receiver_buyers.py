"""Who is a buyer where the export has no buyer ID: the receiver's name + phone (as the
抖店/拼多多/快手 importers store it), one identity for the KPIs and the Customers figures.
Invented receivers; every figure worked out by hand.

  platform  order  buyer                          paid day     paid
  taobao    T1     tb_a (buyer ID)                2026-03-01   100.00
  taobao    T2     tb_a                           2026-03-02    50.00
  taobao    T3     tb_b                           2026-03-03    30.00
  douyin    D1     ~r1 (receiver 张**, 138****0000) 2026-03-01    40.00
  douyin    D2     ~r1                            2026-03-02    60.00
  douyin    D3     ~r2 (receiver 李**, 139****1111) 2026-03-03    20.00
  douyin    D4     none: the export named nobody  2026-03-03    10.00
  douyin    D5     imported before receivers kept 2026-03-03     5.00
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pandas as pd
import pytest

from opsdesk_gui.cli import main
from opsdesk_gui.cli.clv import clv_json
from opsdesk_gui.models.clv import BgNbdParams, ClvResult, GammaGammaParams
from opsdesk_gui.models.customer_orders import (
    approximate_by_buyer,
    load_paid_orders,
    orders_before_receivers,
)
from opsdesk_gui.models.kpi import compute_kpis
from opsdesk_gui.models.periods import Period
from opsdesk_gui.store import open_shop

ORDERS = [  # platform, order, buyer_id, buyer_source, day, paid cents
    ("taobao", "T1", "tb_a", None, "2026-03-01", 10000),
    ("taobao", "T2", "tb_a", None, "2026-03-02", 5000),
    ("taobao", "T3", "tb_b", None, "2026-03-03", 3000),
    ("douyin", "D1", "~r1", "receiver", "2026-03-01", 4000),
    ("douyin", "D2", "~r1", "receiver", "2026-03-02", 6000),
    ("douyin", "D3", "~r2", "receiver", "2026-03-03", 2000),
    ("douyin", "D4", None, "none", "2026-03-03", 1000),
    ("douyin", "D5", None, None, "2026-03-03", 500),
]
MARCH = Period(date(2026, 3, 1), date(2026, 3, 3))


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    path = tmp_path_factory.mktemp("receivers") / "shop.opsdesk"
    open_shop(path, create=True).conn.close()
    with sqlite3.connect(path) as conn:
        for platform, order, buyer, source, day, paid in ORDERS:
            conn.execute(
                "INSERT INTO orders (platform, order_id, buyer_id, buyer_source, status, "
                "paid_at, currency, paid_cents, units) VALUES (?, ?, ?, ?, 'completed', ?, "
                "'CNY', ?, 1)", (platform, order, buyer, source, f"{day} 10:00:00", paid))
        conn.executemany("INSERT INTO buyers (platform, buyer_id, name, phone) VALUES "
                         "('douyin', ?, ?, ?)", [("~r1", "张**", "138****0000"),
                                                 ("~r2", "李**", "139****1111")])
    return path


@pytest.mark.parametrize("raw", [True, False])  # straight from the orders, and via the cache
def test_kpi_buyers_use_the_receiver_identity(shop, raw):
    with sqlite3.connect(shop) as conn:
        every = compute_kpis(conn, MARCH, raw=raw)["CNY"]
        taobao = compute_kpis(conn, MARCH, platform="taobao", raw=raw)["CNY"]
        douyin = compute_kpis(conn, MARCH, platform="douyin", raw=raw)["CNY"]
    # tb_a, tb_b, ~r1 (D1 + D2 one buyer), ~r2, D4 and D5 one buyer each = 6
    assert (every.paying_buyers, every.paid_orders) == (6, 8)
    # 100 + 50 + 30 + 40 + 60 + 20 + 10 + 5 = 315.00; 客单价 315.00 / 6 = 52.50
    assert (every.gmv, every.aov) == (31500, 5250)
    # D1..D5 are approximate buyers' orders: the figure says so
    assert (every.buyerless_orders, every.buyers_known) == (5, False)
    # Taobao has buyer IDs and stays exact, as 生意参谋 counts: 180.00 / 2 = 90.00
    assert (taobao.paying_buyers, taobao.aov, taobao.buyers_known) == (2, 9000, True)
    # 抖店: ~r1, ~r2, D4, D5 = 4 buyers; 135.00 / 4 = 33.75
    assert (douyin.paying_buyers, douyin.aov) == (4, 3375)


def test_customers_count_the_same_buyers_and_mark_them(shop, capsys):
    assert main(["customers", "--shop", str(shop), "--as-of", "2026-03-03", "--since",
                 "2026-03-01", "--json"]) == 0
    buyers = {b["buyer_id"]: b for b in json.loads(capsys.readouterr().out)["buyers"]}
    # the same 6 buyers as 支付买家数 over the same days
    assert sorted(buyers) == ["#D4", "#D5", "tb_a", "tb_b", "~r1", "~r2"]
    assert (buyers["~r1"]["orders"], buyers["~r1"]["monetary"]) == (2, "100.00")  # 40 + 60
    assert {k for k, b in buyers.items() if b["approximate"]} == {"#D4", "#D5", "~r1", "~r2"}


def test_orders_imported_before_receivers_are_counted_for_the_screen(shop):
    with sqlite3.connect(shop) as conn:
        # D5 only: D4's export named nobody (importing it again changes nothing)
        assert orders_before_receivers(conn) == 1
        assert orders_before_receivers(conn, "taobao") == 0
        orders = load_paid_orders(conn)
    flags = approximate_by_buyer(orders)
    assert flags["douyin\x1f~r1"] and flags["douyin\x1f#D5"] and not flags["taobao\x1ftb_a"]


def test_clv_json_carries_the_flag():
    inputs = pd.DataFrame({"frequency": [1, 0], "recency": [1.0, 0.0], "T": [2.0, 2.0],
                           "monetary_value": [60.0, float("nan")],
                           "expected_purchases": [0.5, 0.1], "p_alive": [0.9, 1.0],
                           "expected_value": [30.0, 6.0]},
                          index=["douyin\x1f~r1", "taobao\x1ftb_b"])
    result = ClvResult(BgNbdParams(1, 1, 1, 1), GammaGammaParams(1, 2, 1), inputs)
    flags = pd.Series([True, False], index=["douyin\x1f~r1", "taobao\x1ftb_b"])
    doc = clv_json(result, None, flags)
    assert [(b["buyer_id"], b["approximate"]) for b in doc["buyers"]] == [
        ("~r1", True), ("tb_b", False)]
