"""The dashboard's own figures (models/dashboard.py) against hand-computed values on the
shop of tests/dashboard_shop.py; the rest are the existing models', checked here only
for being passed through unchanged."""

from __future__ import annotations

import math
import sqlite3

import pandas as pd
import pytest
from dashboard_shop import BASE, WEEK, build_shop

from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.dashboard import allocate_cents, compute_dashboard, gmv_bridge
from opsdesk_gui.models.kpi import KpiChange


@pytest.fixture
def conn(shop_path):
    build_shop(shop_path)
    conn = sqlite3.connect(shop_path)
    ensure_daily_cache(conn)
    yield conn
    conn.close()


def test_allocate_cents_adds_up_and_stays_within_a_cent():
    # 700000 / 3 each: two get 233333, one 233334 (the first, on a tie)
    assert allocate_cents(700000, [700000 / 3] * 3) == [233334, 233333, 233333]
    # floors −4, −4, −3 make −11: the cent left goes to the first largest fraction (0.5)
    assert allocate_cents(-10, [-3.5, -3.5, -3.0]) == [-3, -4, -3]
    assert allocate_cents(0, [12.4, -12.4, 0.0]) == [12, -12, 0]


def test_the_bridge_splits_the_change_by_hand():
    # 200.00 -> 600.00: visitors x2, conversion x0.75, spend per buyer x2 (ln 3 in all)
    change = KpiChange(gmv=math.log(3), visitors=math.log(2), conversion=math.log(0.75),
                       aov=math.log(2), gmv_delta=40000)
    bridge = gmv_bridge(20000, 60000, change)
    # 400.00 x ln2/ln3 = 252.371887…, 400.00 x ln0.75/ln3 = −104.743774…
    assert (bridge.visitors, bridge.conversion, bridge.aov) == (25237, -10474, 25237)
    assert bridge.visitors + bridge.conversion + bridge.aov == bridge.delta == 40000


def test_an_unchanged_gmv_still_splits_into_offsetting_parts():
    # 100.00 both times: visitors x2, conversion x0.5 -> L = 100.00, parts ±69.31
    change = KpiChange(gmv=0.0, visitors=math.log(2), conversion=math.log(0.5), aov=0.0,
                       gmv_delta=0)
    bridge = gmv_bridge(10000, 10000, change)
    assert (bridge.visitors, bridge.conversion, bridge.aov) == (6931, -6931, 0)


def test_no_split_without_visitors_or_sales():
    no_traffic = KpiChange(gmv=math.log(3), visitors=None, conversion=None,
                           aov=math.log(2), gmv_delta=40000)
    assert gmv_bridge(20000, 60000, no_traffic) is None
    no_sales = KpiChange(gmv=None, visitors=0.1, conversion=None, aov=None, gmv_delta=-20000)
    assert gmv_bridge(20000, 0, no_sales) is None


def test_the_dashboard_of_the_hand_built_shop(conn):
    result = compute_dashboard(conn, WEEK.period, BASE)
    now, before = result.comparison.current, result.comparison.base
    assert (now.gmv, now.paid_orders, now.paying_buyers, now.refund_amount) == (
        60000, 4, 3, 5000)
    assert (now.aov, now.net_sales, now.uv_value, now.visitors) == (20000, 55000, 600, 100)
    assert now.gross_margin == pytest.approx(0.6)
    assert (before.gmv, before.paying_buyers, before.visitors) == (20000, 2, 50)
    assert result.currency == "CNY" and result.currencies == ("CNY",)
    bridge = result.bridge
    assert (bridge.visitors, bridge.conversion, bridge.aov) == (25237, -10474, 25237)


def test_the_cards_daily_values(conn):
    cards = compute_dashboard(conn, WEEK.period, BASE).cards
    assert [d.strftime("%m-%d") for d in cards["date"]] == [
        "03-08", "03-09", "03-10", "03-11", "03-12", "03-13", "03-14"]
    assert cards["gmv"].tolist() == [15000, 10000, 5000, 0, 30000, 0, 0]
    assert cards["refund_amount"].tolist() == [5000, 0, 0, 0, 0, 0, 0]
    assert cards["net_sales"].tolist() == [10000, 10000, 5000, 0, 30000, 0, 0]
    assert cards["paid_orders"].tolist() == [1, 1, 1, 0, 1, 0, 0]
    # 03-08: net 150.00 − 50.00 refunded = 100.00, cost 40.00 + 10.00: (100 − 50) / 100;
    # 03-09: (100 − 40) / 100; 03-10: (50 − 10) / 50; 03-12: (300 − 120) / 300;
    # days without sales: no margin
    margin = cards["gross_margin"].tolist()
    assert margin[:3] == pytest.approx([0.5, 0.6, 0.8])
    assert margin[4] == pytest.approx(0.6)
    assert all(math.isnan(margin[i]) for i in (3, 5, 6))
    assert cards["refund_rate"].iloc[0] == pytest.approx(5000 / 15000)


def test_trends_funnel_and_grains(conn):
    result = compute_dashboard(conn, WEEK.period, BASE)
    assert set(result.trends) == {"day", "week", "month"}
    week = result.trends["week"].series
    # 2024-03-08 is a Friday: the weeks of Mon 03-04 (08..10) and Mon 03-11 (11..14)
    assert week["gmv"].tolist() == [30000, 30000]
    day = result.trends["day"].comparison
    assert day["base_gmv"].tolist() == [0, 10000, 0, 0, 10000, 0, 0]  # 03-01 .. 03-07
    assert result.funnel.steps["count"].tolist() == [100, 20, 5, 3]
    rates = result.funnel.steps["step_rate"]
    assert pd.isna(rates.iloc[0])  # the first step has no step before it
    assert rates.iloc[1:].astype(float).tolist() == pytest.approx([0.2, 0.25, 0.6])


def test_without_traffic_there_is_no_split(shop_path):
    build_shop(shop_path, traffic=False)
    conn = sqlite3.connect(shop_path)
    try:
        ensure_daily_cache(conn)
        result = compute_dashboard(conn, WEEK.period, BASE)
    finally:
        conn.close()
    assert result.comparison.current.visitors is None
    assert result.bridge is None
    assert not result.funnel.current.found
