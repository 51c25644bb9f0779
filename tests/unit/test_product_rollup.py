"""Per product instead of per SKU (models/product_rollup.py) and a product's visitors
(models/product_traffic.py), worked out by hand. Period 2026-03-01 .. 03-10 (10 days;
previous 02-19 .. 02-28; recent window 02-09 .. 03-10). Taobao, CNY, prices in yuan.

Catalogue (product_id, price, cost, stock):
  V-RED  900  50.00  20.00  10        V-BLUE 900  45.00  30.00  5
  W1     901  3.00   1.00   4         W2     901  3.00   -      -
  S-ONE  -    10.00  4.00   3
Orders: o0 2026-01-05 V-RED x1 50.00 (an old sale: 900 is not new)
        o1 03-02 V-RED x2 90.00; o2 03-03 V-RED x1 45.00 + V-BLUE x1 40.00;
        o3 03-04 V-BLUE x1 45.00; o4 03-05 S-ONE x1 10.00; o5 03-06 W1 x1 3.00 + W2 x1 3.00

Product 900: units 3 + 2 = 5; sales 90 + 45 + 40 + 45 = 220.00; cogs 3 x 20 + 2 x 30 =
120.00; gross profit 100.00; margin 100 / 220 = 0.454545; unit cost 120 / 5 = 24.00;
price min(50, 45) = 45.00; stock 15; realised price 220 / 5 = 44.00; lowest unit price
40.00 (o2's V-BLUE); sell-through 5 / 20 = 0.25; daily rate 5 / 30, days of cover
15 / (5/30) = 90; turnover 15 / (5/10) = 30; orders not added (o2 holds both variants).
Product 901: units 2, sales 6.00; W2 sold without a cost: cogs, margin and unit cost
unknown; W2 has no stock figure: stock unknown.
ABC over products (total 236.00): 900 A (0 before); S-ONE 220/236 = 93.2% before -> B;
901 230/236 = 97.5% -> C. Lifecycle: 900 first sold 01-05 (not new), class A, 5 units >=
0 before -> hot; S-ONE and 901 first sold in March -> new.
"""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
from variant_shop import PERIOD, variant_shop

from opsdesk_gui.models.product_metrics import product_metrics
from opsdesk_gui.models.product_rollup import by_product
from opsdesk_gui.models.product_traffic import product_traffic, with_traffic
from opsdesk_gui.store import open_shop


@pytest.fixture
def conn(shop_path):
    c = sqlite3.connect(variant_shop(shop_path))
    yield c
    c.close()


@pytest.fixture
def products(conn):
    return by_product(product_metrics(conn, PERIOD), PERIOD).set_index("product_id",
                                                                        drop=False)


def test_variants_are_added_into_their_product(products):
    assert len(products) == 3
    p = products.loc["900"]
    assert (p["sku"], p["sku_count"], p["member_skus"]) == ("V-BLUE", 2, ("V-BLUE", "V-RED"))
    assert (p["units"], p["sales_cents"], p["cogs_cents"]) == (5, 22000, 12000)
    assert (p["gross_profit_cents"], p["cost_cents"], p["price_cents"]) == (10000, 2400, 4500)
    assert p["gross_margin"] == pytest.approx(10000 / 22000)
    assert (p["stock"], p["realised_price_cents"], p["min_unit_price_cents"]) == (15, 4400, 4000)
    assert p["sell_through"] == pytest.approx(0.25)
    assert p["days_of_cover"] == pytest.approx(90.0)
    assert p["turnover_days"] == pytest.approx(30.0)
    assert p["orders"] is pd.NA


def test_an_unknown_part_makes_the_sum_unknown(products):
    p = products.loc["901"]
    assert (p["units"], p["sales_cents"]) == (2, 600)
    assert p["cogs_cents"] is pd.NA and p["cost_cents"] is pd.NA
    assert pd.isna(p["gross_margin"]) and p["stock"] is pd.NA
    assert p["reorder_qty"] is pd.NA  # W2's is unknown with its stock, so the product's is


def test_a_product_without_an_item_id_stays_itself(products):
    row = products[products["sku"] == "S-ONE"].iloc[0]
    assert (row["units"], row["sales_cents"], row["sku_count"]) == (1, 1000, 1)
    assert row["gross_margin"] == pytest.approx((1000 - 400) / 1000)


def test_abc_and_lifecycle_over_products(products):
    assert products["sku"].tolist() == ["V-BLUE", "S-ONE", "W1"]  # by sales
    assert products["abc"].tolist() == ["A", "B", "C"]
    assert products["lifecycle"].tolist() == ["hot", "new", "new"]


def test_product_visitors_and_conversion(conn):
    traffic = product_traffic(conn, PERIOD).set_index("product_id")
    assert sorted(traffic.index) == ["900", "901"]
    # 900: the daily rows of Mar 1 and 2 added, approximate; 901: the period's own row
    assert (traffic.loc["900", "visitors"], traffic.loc["900", "paid_buyers"]) == (150, 3)
    assert traffic.loc["900", "conversion"] == pytest.approx(3 / 150)
    assert bool(traffic.loc["900", "visitors_approximate"])
    assert (traffic.loc["901", "visitors"], traffic.loc["901", "paid_buyers"]) == (400, 10)
    assert traffic.loc["901", "conversion"] == pytest.approx(10 / 400)
    assert not traffic.loc["901", "visitors_approximate"]


def test_every_variant_shows_its_products_visitors_once_added(conn):
    skus = with_traffic(product_metrics(conn, PERIOD), product_traffic(conn, PERIOD))
    by_sku = skus.set_index("sku")
    assert by_sku.loc["V-RED", "visitors"] == by_sku.loc["V-BLUE", "visitors"] == 150
    assert by_sku.loc["S-ONE", "visitors"] is pd.NA
    rolled = by_product(skus, PERIOD).set_index("product_id")
    assert rolled.loc["900", "visitors"] == 150  # the product's, not 300


def test_no_traffic_at_all(shop_path):
    db = open_shop(shop_path, create=True)
    assert product_traffic(db.conn, PERIOD).empty
    db.conn.close()


def test_sku_rows_add_up_to_the_products(conn):
    skus = product_metrics(conn, PERIOD)
    rolled = by_product(skus, PERIOD)
    for column in ("units", "sales_cents", "net_sales_cents"):
        assert rolled[column].sum() == skus[column].sum()
