"""Buyers, RFM scores, segments and lifecycle against the hand-worked shop of
tests/customer_shop.py (its docstring shows the arithmetic)."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import date

import numpy as np
import pandas as pd
import pytest

from opsdesk_gui.models.customer_orders import last_order_day, load_paid_orders
from opsdesk_gui.models.customers import RfmSettings, customer_view, per_order_cents
from opsdesk_gui.models.rfm import Cutoffs, score, window_start
from opsdesk_gui.models.segments import (
    CN8_RULES,
    GRID11_CODES,
    cn8_conditions,
    grid11_conditions,
    rf_grid,
    transitions,
)
from tests.customer_shop import AS_OF, SINCE, build_customer_shop


@pytest.fixture(scope="module")
def orders(tmp_path_factory):
    path = build_customer_shop(tmp_path_factory.mktemp("shop") / "shop.db")
    with sqlite3.connect(path) as conn:
        return load_paid_orders(conn)


def _view(orders, **kwargs):
    return customer_view(orders, RfmSettings(AS_OF, SINCE, **kwargs))


def _by_id(view):
    buyers = view.buyers.copy()
    buyers["key"] = buyers["buyer_id"].fillna(buyers.index.to_series().str[-3:])
    return buyers.set_index("key")


def test_paid_orders_and_buyer_identity(orders):
    assert len(orders) == 12  # 13 orders less the unpaid one
    douyin = orders.loc[orders["platform"] == "douyin"]
    assert douyin["approximate"].all() and douyin["buyer"].nunique() == 2  # one per order
    assert not orders.loc[orders["platform"] == "taobao", "approximate"].any()
    refund = orders.set_index("order_id")["refund_cents"]
    assert refund["A3"] == 5000  # max(order 20.00, lines 50.00)
    assert refund["F1"] == 6000  # the succeeded refund record
    assert last_order_day(orders) == AS_OF


def test_window_is_365_days_ending_on_as_of():
    assert window_start(AS_OF) == SINCE  # 2024-06-30 - 364 days


def test_buyer_measures(orders):
    b = _by_id(_view(orders))
    t1 = b.loc["t1"]
    assert (t1["orders"], t1["monetary_cents"], t1["recency_days"]) == (2, 30000, 10)
    assert t1["first_order"] == pd.Timestamp("2023-05-10")  # all time, not the window
    assert t1["aov_cents"] == 15000  # 300.00 / 2
    assert t1["refund_share"] == pytest.approx(5000 / 30000)
    t2 = b.loc["t2"]
    assert (t2["orders"], t2["monetary_cents"], t2["recency_days"]) == (4, 25000, 2)
    assert b.loc["t4", "recency_days"] == 303  # 2023-09-01 .. 2024-06-30
    assert b.loc["t5", "refund_share"] == 1.0


def test_quintile_cutoffs_and_scores(orders):
    view = _view(orders)
    assert view.cutoffs == Cutoffs(r=(2, 10, 19, 20), f=(1, 1, 1, 1),
                                   m=(4000, 4000, 6000, 25000))
    b = _by_id(view)
    got = {k: (b.loc[k, "r"], b.loc[k, "f"], b.loc[k, "m"]) for k in b.index}
    assert got == {"t1": (4, 5, 5), "t2": (5, 5, 4), "t3": (1, 1, 5), "t4": (1, 1, 1),
                   "t5": (5, 1, 3), "#D1": (2, 1, 1), "#D2": (3, 1, 1)}


def test_fixed_f_cutoffs():
    # 1 / 2 / 3-4 / 5+ orders -> 1 / 2 / 3 / 5
    assert list(score(np.array([1, 2, 3, 4, 5, 9]), (1, 2, 4, 4))) == [1, 2, 3, 3, 5, 5]


def test_recency_scores_reverse():
    # cut-offs 2, 10, 19, 20 days: 0 and 2 days score 5, 21 days scores 1
    assert list(score(np.array([0, 2, 3, 19, 20, 21]), (2, 10, 19, 20), reverse=True)) == [
        5, 5, 4, 3, 2, 1]


def test_edited_cutoffs_are_used(orders):
    view = _view(orders, cutoffs=Cutoffs(r=(0, 1, 2, 3), f=(1, 2, 3, 4), m=(0, 1, 2, 3)))
    b = _by_id(view)
    assert b.loc["t5", "r"] == 5 and b.loc["t2", "r"] == 3 and b.loc["t1", "r"] == 1
    # t2: 2 days is above 0 and 1, so 5 - 2 = 3
    assert b.loc["t2", "f"] == 4  # 4 orders: above 1, 2, 3, not above 4


def test_chinese_eight_segments(orders):
    b = _by_id(_view(orders, vocabulary="cn8"))
    assert b["segment"].to_dict() == {
        "t1": "important_value", "t2": "important_value", "t3": "important_retain",
        "t4": "lost", "t5": "important_develop", "#D1": "lost", "#D2": "lost"}


def test_grid_segments(orders):
    view = _view(orders, vocabulary="grid11")
    b = _by_id(view)
    assert b["segment"].to_dict() == {
        "t1": "loyal", "t2": "champions", "t3": "dormant", "t4": "dormant", "t5": "new",
        "#D1": "almost_lost", "#D2": "needs_attention"}
    table = view.segments.set_index("segment")
    assert list(table.index) == list(GRID11_CODES)
    # dormant: t3 500.00 + t4 30.00; total 300 + 250 + 500 + 30 + 60 + 40 + 40 = 1,220.00
    assert table.loc["dormant", "buyers"] == 2
    assert table.loc["dormant", "monetary_cents"] == 53000
    assert table.loc["dormant", "revenue_share"] == pytest.approx(530 / 1220)
    assert table.loc["prospects", "buyers"] == 0


def test_lifecycle(orders):
    b = _by_id(_view(orders))
    assert b["lifecycle"].to_dict() == {
        "t1": "first", "t2": "loyal", "t3": "dormant", "t4": "lost", "t5": "first",
        "#D1": "first", "#D2": "first"}


def test_buyers_outside_the_window_are_listed_but_not_scored(orders):
    view = customer_view(orders, RfmSettings(AS_OF, date(2024, 6, 1)))
    b = _by_id(view)
    assert b.loc["t3", "orders"] == 0 and b.loc["t3", "segment"] == ""
    assert pd.isna(b.loc["t3", "r"]) and b.loc["t3", "lifecycle"] == "dormant"
    assert len(view.scored) == 5  # t1, t2, t5, D1, D2 bought in June


def test_grid_rules_cover_every_score_pair_exactly_once():
    fms = [v / 2 for v in range(2, 11)]  # 1, 1.5, ..., 5
    pairs = list(itertools.product(range(1, 6), fms))
    r, fm = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    hits = np.array(grid11_conditions(r, fm)).sum(axis=0)
    assert (hits == 1).all()


def test_cn8_rules_cover_every_high_low_combination_exactly_once():
    combos = np.array(list(itertools.product(range(1, 6), repeat=3)))
    hits = np.array(cn8_conditions(combos[:, 0], combos[:, 1], combos[:, 2],
                                   (3, 2.5, 3.2))).sum(axis=0)
    assert (hits == 1).all() and len(CN8_RULES) == 8


def test_rf_grid_and_transitions(orders):
    view = _view(orders)
    grid = rf_grid(view.scored).set_index(["r", "f"])
    assert len(grid) == 25
    assert grid.loc[(1, 1), "buyers"] == 2 and grid.loc[(1, 1), "monetary_cents"] == 53000
    earlier = customer_view(orders, RfmSettings(date(2024, 5, 31), date(2023, 6, 2)))
    moves = transitions(earlier.buyers["segment"], view.buyers["segment"])
    # t5, D1 and D2 first bought in June: not scored on May 31
    assert moves.loc["", "lost"] == 2 and moves.loc["", "important_develop"] == 1


def test_per_order_cents_rounds_half_up():
    got = per_order_cents(pd.Series([1001, 1000, -1001, 5]), pd.Series([2, 3, 2, 0]))
    # 500.5 -> 501, 333.33 -> 333, -500.5 -> -501, no orders -> NA
    assert list(got[:3]) == [501, 333, -501] and pd.isna(got[3])
