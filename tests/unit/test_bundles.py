"""Co-purchase and bundle suggestions on baskets worked out by hand (a Taobao shop imported
for real). Period P = March 2026; baskets of the 365 days ending 2026-03-31, i.e. from
2025-04-01.

basket  paid_at              products (price: X 30.00, H 100.00, Y 10.00, Z 20.00)
b1      2026-01-10           X, H
b2      2026-01-11           X, X (two lines of X: one basket entry), H
b3      2026-01-12           X, Y
b8      2026-01-13           Z
b4      2026-03-05           H
b5      2026-03-06           H, Y
b6      2026-03-07           Y
b7      2026-03-08           H
b9-b12  2026-03-09 .. 12     Y (one each)
not baskets: u1 (03-13, unpaid) X, H; old (2025-03-31, a day before the window) X, H.

N = 12 baskets; X in 3 (b1 b2 b3), H in 5 (b1 b2 b4 b5 b7), Y in 7 (b3 b5 b6 b9-b12),
Z in 1.
X with H: 2 baskets: support 2/12, confidence 2/3, lift 2 x 12 / (3 x 5) = 1.6.
X with Y: 1 basket: support 1/12, confidence 1/3, lift 12 / (3 x 7) = 4/7.
Y with H: 1 (b5): confidence 1/7, lift 12 / (7 x 5) = 12/35; Y with X: lift 12/21 = 4/7.

Classes in March: H 3 units x 100 = 300.00, Y 6 x 10 = 60.00: H is class A (and hot),
Y is B (300 / 360 = 83% before it). X sold nothing since January and has stock 5: slow.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date

import pytest
from exportfiles import write_csv
from taobao_files import line_row, order_row, write_lines, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models import bundles
from opsdesk_gui.models.bundles import BundleRules, bundle_suggestions, co_purchases
from opsdesk_gui.models.periods import Period
from opsdesk_gui.models.product_metrics import product_metrics

P = Period(date(2026, 3, 1), date(2026, 3, 31))
WINDOW = Period(date(2025, 4, 1), date(2026, 3, 31))
PRICES = {"X": 3000, "H": 10000, "Y": 1000, "Z": 2000}
DONE, UNPAID = "交易成功", "等待买家付款"

BASKETS = [
    # number, paid_at, skus, status
    (1, "2026-01-10 10:00:00", ["X", "H"], DONE),
    (2, "2026-01-11 10:00:00", ["X", "X", "H"], DONE),
    (3, "2026-01-12 10:00:00", ["X", "Y"], DONE),
    (8, "2026-01-13 10:00:00", ["Z"], DONE),
    (4, "2026-03-05 10:00:00", ["H"], DONE),
    (5, "2026-03-06 10:00:00", ["H", "Y"], DONE),
    (6, "2026-03-07 10:00:00", ["Y"], DONE),
    (7, "2026-03-08 10:00:00", ["H"], DONE),
    (9, "2026-03-09 10:00:00", ["Y"], DONE),
    (10, "2026-03-10 10:00:00", ["Y"], DONE),
    (11, "2026-03-11 10:00:00", ["Y"], DONE),
    (12, "2026-03-12 10:00:00", ["Y"], DONE),
    (20, "", ["X", "H"], UNPAID),
    (21, "2025-03-31 23:00:00", ["X", "H"], DONE),
]
SHEET = [["X", "测试宝贝X", "30.00", "12.00", 5], ["H", "测试宝贝H", "100.00", "40.00", 50],
         ["Y", "测试宝贝Y", "10.00", "4.00", 20], ["Z", "测试宝贝Z", "20.00", "8.00", 0]]


def yuan(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bundles")
    orders, lines = [], []
    for number, paid_at, skus, status in BASKETS:
        order_id = f"2000000000000000{number:02d}"
        goods = sum(PRICES[s] for s in skus)
        orders.append(order_row(order_id, f"buyer_{number}", yuan(goods), "0.00", yuan(goods),
                                status, paid_at or "2026-03-13 09:00:00", paid_at, len(skus)))
        lines += [line_row(order_id, f"测试宝贝{s}", yuan(PRICES[s]), 1, s, status)
                  for s in skus]
    path = folder / "shop.opsdesk"
    sheet_header = ["商家编码", "商品名称", "售价", "成本", "库存"]
    import_files(path, [write_orders(folder / "ExportOrderList.csv", orders),
                        write_lines(folder / "ExportOrderDetailList.csv", lines),
                        write_csv(folder / "sheet.csv", sheet_header, SHEET)])
    return path


@pytest.fixture
def conn(shop):
    conn = sqlite3.connect(shop)
    yield conn
    conn.close()


def pairs_of(frame, sku):
    return {r["other_sku"]: r for r in frame[frame["sku"] == sku].to_dict("records")}


@pytest.mark.parametrize("scan_share", [0.0, 2.0])  # scan the window / use the sku index
def test_co_purchases_by_hand(conn, monkeypatch, scan_share):
    monkeypatch.setattr(bundles, "SCAN_SHARE", scan_share)
    frame = co_purchases(conn, [("taobao", "X"), ("taobao", "Y")], WINDOW)
    x = pairs_of(frame, "X")
    assert set(x) == {"H", "Y"}
    h = x["H"]
    assert (h["pair_orders"], h["sku_orders"], h["other_orders"], h["baskets"]) == (2, 3, 5, 12)
    assert math.isclose(h["support"], 2 / 12) and math.isclose(h["confidence"], 2 / 3)
    assert math.isclose(h["lift"], 1.6)
    y = x["Y"]
    assert (y["pair_orders"], y["sku_orders"], y["other_orders"]) == (1, 3, 7)
    assert math.isclose(y["confidence"], 1 / 3) and math.isclose(y["lift"], 4 / 7)
    from_y = pairs_of(frame, "Y")
    assert set(from_y) == {"H", "X"}
    assert from_y["H"]["pair_orders"] == 1 and math.isclose(from_y["H"]["lift"], 12 / 35)
    assert math.isclose(from_y["X"]["confidence"], 1 / 7)
    # X's pairs: best lift first
    assert frame[frame["sku"] == "X"]["other_sku"].tolist() == ["H", "Y"]


def test_the_window_bounds_the_baskets(conn):
    # from 2025-03-31: the 'old' basket (X, H) is in too: X in 4, H in 6, together 3, N 13
    frame = co_purchases(conn, [("taobao", "X")], Period(date(2025, 3, 31), date(2026, 3, 31)))
    h = pairs_of(frame, "X")["H"]
    assert (h["pair_orders"], h["sku_orders"], h["other_orders"], h["baskets"]) == (3, 4, 6, 13)
    # January only: b1 b2 b3 b8, N = 4; X in 3, H in 2, together 2: lift 2 x 4 / 6
    jan = co_purchases(conn, [("taobao", "X")], Period(date(2026, 1, 1), date(2026, 1, 31)))
    h = pairs_of(jan, "X")["H"]
    assert (h["pair_orders"], h["baskets"]) == (2, 4) and math.isclose(h["lift"], 8 / 6)
    assert co_purchases(conn, [], WINDOW).empty
    assert co_purchases(conn, [("taobao", "nothing")], WINDOW).empty


def test_bundle_suggestions(conn):
    metrics = product_metrics(conn, P)
    life = dict(zip(metrics["sku"], metrics["lifecycle"], strict=True))
    abc = dict(zip(metrics["sku"], metrics["abc"], strict=True))
    assert (life["X"], abc["H"], life["H"], abc["Y"]) == ("slow", "A", "hot", "B")
    found = bundle_suggestions(conn, metrics, P)
    # X (slow) with H (strong): 2 baskets, confidence 2/3, lift 1.6 > 1.5. X with Y is
    # not suggested: Y is not a strong seller (and the lift is under 1).
    assert found[["sku", "other_sku", "pair_orders"]].values.tolist() == [["X", "H", 2]]
    assert found.iloc[0]["title"] == "测试宝贝X" and found.iloc[0]["other_title"] == "测试宝贝H"
    assert math.isclose(found.iloc[0]["lift"], 1.6)


@pytest.mark.parametrize("rules", [BundleRules(min_lift=1.6), BundleRules(min_pair_orders=3),
                                   BundleRules(min_confidence=0.7),
                                   BundleRules(lookback_days=31)])
def test_bundle_rules_at_their_thresholds(conn, rules):
    # lift 1.6 is not above 1.6; 2 baskets < 3; confidence 2/3 < 70%; in the 31 days of
    # March X has no basket at all
    metrics = product_metrics(conn, P)
    assert bundle_suggestions(conn, metrics, P, rules).empty


def test_counts_read_once_give_the_same_pairs(conn):
    """The Bundles page reads the window's basket counts once and passes them to each
    co_purchases call: the figures are those of a call that reads them itself."""
    bundles.ensure_daily_cache(conn)
    counts = bundles.basket_counts(conn, WINDOW)
    # X in 3 baskets, Y in 7 (module docstring); N = 12
    assert counts.per_sku.loc[("taobao", "X")] == 3
    assert counts.per_sku.loc[("taobao", "Y")] == 7
    assert counts.per_platform == {"taobao": 12}
    given = co_purchases(conn, [("taobao", "X")], WINDOW, counts)
    assert given.equals(co_purchases(conn, [("taobao", "X")], WINDOW))
    assert given["lift"].tolist() == pytest.approx([1.6, 4 / 7])
