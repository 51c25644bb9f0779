"""Cohort cells against the hand-worked shop of tests/customer_shop.py.

First-order months: t1 2023-05, t4 2023-09, t3 2024-02, t2 2024-04, t5 D1 D2 2024-06.
t2: 04-15 (+0) 50.00, 05-01 (+1) 100.00, 06-28 (+2) 80.00 + 20.00; second order 05-01,
16 days after the first. t1: 2023-05-10 (+0) 50.00, 2024-01-15 (+8) 100.00, 2024-06-20
(+13) 200.00; second order 250 days after the first.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from opsdesk_gui.models.cohorts import (
    cohort_table,
    first_category_groups,
    first_platform_groups,
)
from opsdesk_gui.models.customer_orders import buyer_products, load_paid_orders
from tests.customer_shop import build_customer_shop


@pytest.fixture(scope="module")
def shop_path(tmp_path_factory):
    return build_customer_shop(tmp_path_factory.mktemp("shop") / "shop.db")


@pytest.fixture(scope="module")
def orders(shop_path):
    with sqlite3.connect(shop_path) as conn:
        return load_paid_orders(conn)


def _cohorts(table):
    return {c.cohort: c for c in table.cohorts}


def test_cohort_cells(orders):
    table = cohort_table(orders, date(2024, 6, 30))  # June is over on its last day
    c = _cohorts(table)
    assert [k for k in c] == ["2023-05", "2023-09", "2024-02", "2024-04", "2024-06"]
    april = c["2024-04"]
    assert april.buyers == 1
    assert april.retention == [1.0, 1.0, 1.0]
    assert april.repeat_by == [0.0, 1.0, 1.0]
    assert april.ltv_cents == [5000, 15000, 25000]  # 50, +100, +80 +20
    assert april.repeat_30 == 1.0  # 16 days; first + 30 days = 05-15 <= 06-30
    assert april.repeat_90 is None  # first + 90 days = 07-14, after the data end
    may = c["2023-05"]
    assert len(may.retention) == 14  # 2023-05 .. 2024-06
    assert [i for i, v in enumerate(may.retention) if v] == [0, 8, 13]
    assert may.repeat_by[7] == 0.0 and may.repeat_by[8] == 1.0 and may.repeat_by[13] == 1.0
    assert may.ltv_cents[0] == 5000 and may.ltv_cents[8] == 15000
    assert may.ltv_cents[13] == 35000
    assert may.repeat_30 == 0.0 and may.repeat_90 == 0.0  # 250 days
    june = c["2024-06"]
    assert june.buyers == 3 and june.retention == [1.0] and june.repeat_by == [0.0]
    assert june.approximate  # D1 and D2 have no buyer ID
    assert june.ltv_cents == [4667]  # (60 + 40 + 40) / 3 = 46.666.. -> 46.67
    assert sorted(table.days_to_second) == [16, 250]


def test_month_not_over_is_blank(orders):
    c = _cohorts(cohort_table(orders, date(2024, 6, 29)))
    assert c["2024-04"].retention == [1.0, 1.0, None]
    assert c["2024-04"].repeat_by == [0.0, 1.0, None]
    assert c["2024-04"].ltv_cents == [5000, 15000, None]
    # t5 (06-30) is after the data end: June holds D1 and D2 only
    assert c["2024-06"].buyers == 2


def test_month_range(orders):
    c = _cohorts(cohort_table(orders, date(2024, 6, 30), "2024-01", "2024-04"))
    assert list(c) == ["2024-02", "2024-04"]


def test_cohorts_by_first_platform(orders):
    """Taobao: t1 (first month 2023-05, months +0..+13 over), t4 (2023-09, +0..+9), t3
    (2024-02, +0..+4), t2 (2024-04, +0..+2), t5 (2024-06, +0). Month +1 is over for t1,
    t4, t3, t2: only t2 bought in it (05-01): 1/4. Month +8: over for t1 and t4, t1
    bought (2024-01): 1/2. Month +13: t1 only, who bought (06-20)."""
    c = _cohorts(cohort_table(orders, date(2024, 6, 30), groups=first_platform_groups(orders)))
    taobao = c["taobao"]
    assert taobao.buyers == 5 and len(taobao.retention) == 14
    assert taobao.retention[1] == 0.25 and taobao.retention[3] == 0.0
    assert taobao.retention[8] == 0.5 and taobao.retention[13] == 1.0
    assert taobao.repeat_by[1] == 0.25 and taobao.repeat_by[8] == 0.5
    # month +0, all five: 50 + 30 + 500 + 50 + 60 = 690.00 / 5 = 138.00; by month +1
    # (t1, t4, t3, t2): 50 + 30 + 500 + (50 + 100) = 730.00 / 4 = 182.50
    assert taobao.ltv_cents[:2] == [13800, 18250]
    assert c["douyin"].buyers == 2 and c["douyin"].approximate


def test_cohorts_by_first_category(orders, shop_path):
    with sqlite3.connect(shop_path) as conn:
        bought = buyer_products(conn)
    groups = first_category_groups(bought)
    # t3's first (only) order is 帆布包 (配饰); the 抖店 lines have no catalogue entry
    assert groups["taobao\x1ft3"] == "配饰" and groups["taobao\x1ft2"] == "女装"
    assert groups["douyin\x1f#D1"] == ""
    c = _cohorts(cohort_table(orders, date(2024, 6, 30), groups=groups))
    assert (c["女装"].buyers, c["配饰"].buyers, c[""].buyers) == (4, 1, 2)
