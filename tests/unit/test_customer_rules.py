"""Member tiers and re-activation lists on the hand-worked shop of tests/customer_shop.py,
and their storage in the shop file with undo.

Paid in the window (as of 2024-06-30): t3 500.00, t1 300.00, t2 250.00, t5 60.00,
D1 40.00, D2 40.00, t4 30.00. Days since the last order: t5 0, t2 2, t1 10, D2 19, D1 20,
t3 150, t4 303. Lines: SKU-1 (连衣裙 碎花, 女装) except B3 (t2) and C1 (t3): SKU-2 (帆布包,
配饰); the 抖店 lines have no catalogue entry, so no category.
"""

from __future__ import annotations

import sqlite3

import pytest

from opsdesk_gui.models.customer_orders import buyer_products, load_paid_orders
from opsdesk_gui.models.customer_rules import (
    DEFAULT_TIERS,
    ListRule,
    Tier,
    assign_tiers,
    check_tiers,
    near_next_tier,
    select_buyers,
    tier_counts,
    tiers_from_json,
    tiers_to_json,
)
from opsdesk_gui.models.customers import RfmSettings, customer_view
from opsdesk_gui.store import open_shop
from opsdesk_gui.store.customer_rules import delete_rule, read_rules, restore_rule, save_rule
from tests.customer_shop import AS_OF, SINCE, build_customer_shop

TIERS = (Tier("普通", "spend", 0), Tier("银卡", "spend", 25000), Tier("金卡", "spend", 36000))


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    return build_customer_shop(tmp_path_factory.mktemp("shop") / "shop.db")


@pytest.fixture(scope="module")
def buyers(shop):
    with sqlite3.connect(shop) as conn:
        orders = load_paid_orders(conn)
    return customer_view(orders, RfmSettings(AS_OF, SINCE)).buyers


@pytest.fixture(scope="module")
def bought(shop):
    with sqlite3.connect(shop) as conn:
        return buyer_products(conn)


def _ids(frame):
    return sorted(frame.index.astype(str).str.split("\x1f").str[1])


def test_tiers_by_spend(buyers):
    tiers = dict(zip(buyers.index.astype(str).str[-2:], assign_tiers(buyers, TIERS),
                     strict=True))
    # 36,000 cents: t3 (50,000); 25,000: t1 (30,000), t2 (25,000, reached); the rest 普通
    assert tiers == {"t3": "金卡", "t1": "银卡", "t2": "银卡", "t5": "普通", "D1": "普通",
                     "D2": "普通", "t4": "普通"}
    counts = tier_counts(buyers, TIERS).set_index("tier")
    assert counts["buyers"].to_dict() == {"普通": 4, "银卡": 2, "金卡": 1}
    # 普通: 60 + 40 + 40 + 30 = 170.00
    assert counts.loc["普通", "monetary_cents"] == 17000


def test_buyers_near_the_next_tier(buyers):
    near = near_next_tier(buyers, TIERS)
    # 金卡 at 360.00: 80 % = 288.00; t1 has 300.00 (gap 60.00), t2 250.00 is not near;
    # 银卡 at 250.00: 80 % = 200.00, no 普通 buyer has that much
    assert _ids(near) == ["t1"] and near["gap"].tolist() == [6000]
    assert near["next_tier"].tolist() == ["金卡"] and near["tier"].tolist() == ["银卡"]


def test_tiers_by_orders(buyers):
    tiers = (Tier("普通", "spend", 0), Tier("常客", "orders", 2))
    assert sorted(b for b, t in zip(buyers.index.astype(str), assign_tiers(buyers, tiers),
                                    strict=True) if t == "常客") == ["taobao\x1ft1",
                                                                    "taobao\x1ft2"]


def test_tier_rules_are_checked():
    assert check_tiers(DEFAULT_TIERS) is None
    assert check_tiers((Tier("a", "spend", 0), Tier("a", "spend", 5))) == "tier_names"
    assert check_tiers((Tier("a", "spend", 10),)) == "tier_first"
    assert check_tiers((Tier("a", "spend", 0), Tier("b", "spend", 0))) == "tier_order"
    assert check_tiers((Tier("a", "visits", 0),)) == "tier_measure"
    assert tiers_from_json(tiers_to_json(TIERS)) == TIERS
    assert tiers_from_json(None) == DEFAULT_TIERS


def test_list_days_and_category(buyers, bought):
    tiers = assign_tiers(buyers, TIERS)
    chosen = select_buyers(buyers, ListRule(min_days=10, category="女装"), tiers, bought)
    # 10+ days: t1, D2, D1, t3, t4; bought 女装 (SKU-1 in the catalogue): t1, t4
    assert _ids(chosen) == ["t1", "t4"]
    assert chosen["tier"].tolist() == ["银卡", "普通"]  # t1 paid more: listed first


def test_list_product_segment_and_tier(buyers, bought):
    tiers = assign_tiers(buyers, TIERS)
    assert _ids(select_buyers(buyers, ListRule(product="帆布"), tiers, bought)) == [
        "t2", "t3"]
    # cn8 'lost': t4, D1, D2; 20+ days: t4 (303), D1 (20)
    lost = select_buyers(buyers, ListRule(min_days=20, segments=("lost",)), tiers)
    assert _ids(lost) == ["#D1", "t4"]
    assert _ids(select_buyers(buyers, ListRule(tiers=("金卡",)), tiers)) == ["t3"]
    assert ListRule.from_json(ListRule(5, "a", "b", ("lost",), ("金卡",)).to_json()) == \
        ListRule(5, "a", "b", ("lost",), ("金卡",))


def test_rules_are_stored_with_undo(tmp_path):
    db = open_shop(tmp_path / "rules.db", create=True)
    conn = db.conn
    assert save_rule(conn, "list", "win back", {"min_days": 30}) is None
    before = save_rule(conn, "list", "win back", {"min_days": 60})
    assert before == {"min_days": 30}
    restore_rule(conn, "list", "win back", before)  # undo the edit
    assert read_rules(conn, "list") == {"win back": {"min_days": 30}}
    removed = delete_rule(conn, "list", "win back")
    assert read_rules(conn, "list") == {}
    restore_rule(conn, "list", "win back", removed)  # undo the deletion
    assert read_rules(conn, "list") == {"win back": {"min_days": 30}}
    conn.close()
