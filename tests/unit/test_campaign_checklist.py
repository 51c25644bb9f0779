"""The registration checklist (models/campaigns/checklist.py) on a small shop whose every
figure is worked out by hand in the docstrings."""

from dataclasses import replace
from datetime import date

import pytest
from product_shop import create_shop

from opsdesk_gui.models.campaigns.checklist import (
    check_plan,
    default_check_day,
    evaluate,
    gather_facts,
    lowest_reachable,
)
from opsdesk_gui.models.campaigns.plan import CampaignPlan, Mechanics, PlanProduct, Settings
from opsdesk_gui.models.campaigns.stacking import Tier
from opsdesk_gui.store import open_shop

AS_OF = date(2026, 11, 20)  # 7-day window: 11-13 .. 11-19
PRODUCTS = [("A", "纯棉T恤 夏季短袖", 10000, 4000, 50),
            ("B", "全网最低价 帆布包", 5000, 4500, 3),
            ("C", "测试宝贝C", 8000, None, None)]
BUYERS = [("b1", "测试买家", "13800000000", "浙江省", "杭州市")]
ORDERS = [
    ("o1", "b1", "completed", "2026-11-14 10:00:00", [("A", 2, 17000)], None, None),  # 85.00
    ("o2", "b1", "completed", "2026-11-18 10:00:00", [("A", 1, 9000)], None, None),   # 90.00
    ("o3", "b1", "completed", "2026-11-10 10:00:00", [("A", 1, 7000)], None, None),   # before
    ("o4", "b1", "completed", "2026-11-20 09:00:00", [("A", 1, 6000)], None, None),   # the day
    ("o5", "b1", "completed", "2026-11-01 10:00:00", [("B", 1, 4800)], None, None),   # B last
    ("o6", "b1", "unpaid", None, [("A", 1, 100)], None, None),                        # no sale
]
MECHANICS = Mechanics(full_reduction=(Tier(15000, 2000),), coupons=(Tier(4000, 500),),
                      member=0.95)
PLAN = CampaignPlan("双12 2026", "2026-12-10", "2026-12-12", mechanics=MECHANICS,
                    products=(PlanProduct("taobao", "A", 8800, 60),
                              PlanProduct("taobao", "B", 4500, 2),
                              PlanProduct("taobao", "C")),
                    settings=Settings(max_qty=2))


@pytest.fixture
def conn(shop_path):
    create_shop(shop_path, PRODUCTS, BUYERS, ORDERS)
    db = open_shop(shop_path)
    yield db.conn
    db.conn.close()


def by_sku(item):
    return {p.sku: p for p in item.products}


def test_campaign_price_against_the_lowest_paid_in_the_window(conn):
    """A: paid 170.00 for 2 (85.00) on 11-14 and 90.00 on 11-18; 70.00 on 11-10 is before
    the 7 days, 60.00 on 11-20 is the check's own day. 88.00 > 85.00: fail.
    B: no sale in the window; its last price before, 48.00 on 11-01 (Art. 16): 45.00 ≤ 48.00.
    C has no campaign price (and the plan no discount): a look."""
    item = check_plan(conn, PLAN, AS_OF).item("price_not_above_recent_lowest")
    assert item.status == "fail"
    found = by_sku(item)
    assert found["A"].to_dict() == {
        "sku": "A", "platform": "taobao", "reason": "above_recent_lowest",
        "campaign_price": "88.00", "lowest_paid": "85.00", "paid_on": "2026-11-14",
        "days": 7, "in_window": True}
    assert "B" not in found
    assert found["C"].reason == "no_campaign_price"


def test_a_longer_window_reaches_further_back(conn):
    """15 days (11-05 .. 11-19) include 70.00 on 11-10: A's lowest is 70.00."""
    plan = replace(PLAN, settings=replace(PLAN.settings, lowest_days=15))
    found = by_sku(check_plan(conn, plan, AS_OF).item("price_not_above_recent_lowest"))
    assert found["A"].figures["lowest_paid_cents"] == 7000
    assert found["A"].figures["paid_on"] == "2026-11-10"


def test_reference_price_per_product(conn):
    """A may show at most 85.00 as its strike-through price; B 48.00 (its last sale, not in
    the 7 days); C was never sold: a look."""
    item = check_plan(conn, PLAN, AS_OF).item("reference_price")
    found = by_sku(item)
    assert found["A"].figures["reference_price_cents"] == 8500
    assert found["B"].figures == {"reference_price_cents": 4800, "paid_on": "2026-11-01",
                                  "in_window": False}
    assert found["C"].reason == "no_reference_price"
    assert item.status == "look"


def test_reserved_stock(conn):
    """A reserves 60 of 50 in stock: fail. B reserves 2 of 3; expected demand with no earlier
    event: 1 unit in the 28 days before ÷ 28 × 3 days × 1.5 = 0.16 → 1 unit ≤ 2: pass.
    C reserves nothing: a look."""
    item = check_plan(conn, PLAN, AS_OF).item("reserved_stock")
    found = by_sku(item)
    assert item.status == "fail"
    assert found["A"].reason == "above_stock"
    assert "B" not in found
    assert found["C"].reason == "no_reserved_stock"


def test_expected_demand_from_the_last_comparable_event(conn):
    """双12 2025 ran 2025-12-10..12 and sold 5 of B: reserving 2 for 双12 2026 is too few."""
    conn.execute("INSERT INTO campaigns (name, starts_on, ends_on) VALUES "
                 "('双12 2025', '2025-12-10', '2025-12-12')")
    conn.execute("INSERT INTO orders (platform, order_id, status, paid_at, currency) VALUES "
                 "('taobao', 'old', 'completed', '2025-12-11 10:00:00', 'CNY')")
    conn.execute("INSERT INTO order_lines (platform, order_id, line_id, sku, qty, amount_cents)"
                 " VALUES ('taobao', 'old', '1', 'B', 5, 20000)")
    found = by_sku(check_plan(conn, PLAN, AS_OF).item("reserved_stock"))
    assert found["B"].to_dict() == {"sku": "B", "platform": "taobao",
                                    "reason": "below_expected_demand", "reserved": 2,
                                    "stock": 3, "expected": 5, "source": "双12 2025"}


def test_titles(conn):
    """B's title holds the banned 全网最低价: fail; A and C pass."""
    item = check_plan(conn, PLAN, AS_OF).item("titles")
    assert item.status == "fail"
    assert [(p.sku, p.reason) for p in item.products] == [("B", "banned_words")]
    assert "全网最低价" in item.products[0].figures["words"]


def test_stacked_price_against_cost_and_margin_floor(conn):
    """Order: shop 满150减20 → coupon 满40减5 → member 0.95; up to 2 units.
    A at 88.00: 1 unit 88 − 5 = 83 × 0.95 = 78.85; 2 units 176 − 20 = 156 − 5 = 151 × 0.95
    = 143.45 → 71.725 → 71.73 a unit: the lowest. Cost 40.00: margin (71.73 − 40) ÷ 71.73
    = 44.2 %, above 10 %: pass.
    B at 45.00: 1 unit 45 − 5 = 40 × 0.95 = 38.00; 2 units 90 − 5 = 85 × 0.95 = 80.75 →
    40.375 → 40.38. Lowest 38.00 < cost 45.00: fail; margin (38 − 45) ÷ 38 < 10 %: fail.
    C: no price: a look."""
    checklist = check_plan(conn, PLAN, AS_OF)
    cost = by_sku(checklist.item("stacked_price_above_cost"))
    assert checklist.item("stacked_price_above_cost").status == "fail"
    assert "A" not in cost
    assert cost["B"].to_dict() == {"sku": "B", "platform": "taobao", "reason": "below_cost",
                                   "lowest_price": "38.00", "qty": 1, "cost": "45.00"}
    margin = by_sku(checklist.item("margin_floor"))
    assert "A" not in margin
    assert margin["B"].figures["margin"] == pytest.approx(-7 / 38, abs=1e-4)
    assert margin["C"].reason == "no_campaign_price"


def test_a_product_without_cost_needs_a_look_not_a_pass(conn):
    plan = replace(PLAN, products=(PlanProduct("taobao", "C", 7000, 1),))
    checklist = check_plan(conn, plan, AS_OF)
    assert checklist.item("stacked_price_above_cost").status == "look"
    assert by_sku(checklist.item("margin_floor"))["C"].reason == "no_cost"


def test_thresholds(conn):
    """The coupon 满40减5 sits below the cheapest campaign price (B, 45.00): one unit reaches
    it, a plain discount: fail. 满150减20 is within 2 × 88.00 = 176.00: fine."""
    item = check_plan(conn, PLAN, AS_OF).item("thresholds")
    assert item.status == "fail"
    assert [(p.sku, p.reason, p.figures["threshold_cents"]) for p in item.products] == [
        ("B", "plain_discount", 4000)]


def test_thresholds_out_of_reach_and_inconsistent_tiers(conn):
    """满300减50 needs more than 2 × 88.00 = 176.00: a look. Tiers 满150减20 and 满200减20
    give the same off for a higher threshold: fail."""
    mechanics = Mechanics(full_reduction=(Tier(15000, 2000), Tier(20000, 2000)),
                          coupons=(Tier(30000, 5000),))
    plan = replace(PLAN, mechanics=mechanics)
    item = check_plan(conn, plan, AS_OF).item("thresholds")
    reasons = [p.reason for p in item.products]
    assert reasons == ["out_of_reach", "out_of_reach", "tiers_inconsistent"]
    assert item.status == "fail"


def test_manual_items_and_an_empty_plan():
    """No products: every automatic item needs a look; the manual items keep their status."""
    plan = CampaignPlan("空", "2026-12-10", "2026-12-12")
    plan = replace(plan, manual_items=(replace(plan.manual_items[0], status="pass"),
                                       *plan.manual_items[1:]))
    checklist = evaluate(plan, [], AS_OF)
    statuses = {i.key: (i.kind, i.status) for i in checklist.items}
    assert statuses["titles"] == ("auto", "look")
    assert statuses["no_qr_codes"] == ("manual", "pass")
    assert statuses["prices_entered"] == ("manual", "look")
    data = checklist.to_dict()
    assert data["campaign"] == "空" and data["as_of"] == "2026-11-20"


def test_default_check_day(conn):
    """The last sale is on 11-20 (o4): checked on 12-07 the check is as of 11-21, the day
    after (prices paid since are not imported); on 11-01 as of that day; never after the
    peak starts (12-10)."""
    assert default_check_day(conn, PLAN, date(2026, 12, 7)) == date(2026, 11, 21)
    assert default_check_day(conn, PLAN, date(2026, 11, 1)) == date(2026, 11, 1)
    early = replace(PLAN, start="2026-11-05", end="2026-11-06")
    assert default_check_day(conn, early, date(2026, 12, 7)) == date(2026, 11, 5)


def test_a_flash_sale_cap_limits_the_units_stacked(conn):
    """A at 88.00 capped at 1 unit (秒杀): only 1 unit stacks, 88 − 5 = 83 × 0.95 = 78.85
    (2 units would give 71.73). B has no cap: as before."""
    plan = replace(PLAN, products=(replace(PLAN.products[0], flash_cap=1), *PLAN.products[1:]))
    facts = {f.sku: f for f in gather_facts(conn, plan, AS_OF)}
    assert lowest_reachable(plan, facts["A"]).unit_price == 7885
    assert lowest_reachable(plan, facts["B"]).unit_price == 3800


def test_a_presale_deposit_worth_more_counts_in_the_lowest_price(conn):
    """预售: deposit 10.00 worth 30.00 (定金膨胀), the plan's other offers as before, after
    them (the offers are reached on the goods' price, the deposit's worth comes off the
    balance). A at 88.00, 2 units: 151 × 0.95 = 143.45 after the offers; pays 2 × 10 +
    (143.45 − 2 × 30) = 103.45 → 51.725 → 51.73 a unit; margin (51.73 − 40) ÷ 51.73 =
    22.7 %: above cost and floor. 1 unit: 10 + (78.85 − 30) = 58.85. B at 45.00, 1 unit:
    10 + (38 − 30) = 18.00, below its cost 45.00: fail."""
    mechanics = replace(MECHANICS, presale_deposit_cents=1000, presale_deposit_value_cents=3000)
    plan = replace(PLAN, mechanics=mechanics)
    facts = {f.sku: f for f in gather_facts(conn, plan, AS_OF)}
    best = lowest_reachable(plan, facts["A"])
    assert (best.qty, best.unit_price, best.deposit) == (2, 5173, 2000)
    checklist = evaluate(plan, list(facts.values()), AS_OF)
    assert "A" not in by_sku(checklist.item("margin_floor"))
    assert by_sku(checklist.item("stacked_price_above_cost"))["B"].to_dict()[
        "lowest_price"] == "18.00"


def test_thresholds_without_any_priced_product_need_a_look(conn):
    plan = replace(PLAN, products=(PlanProduct("taobao", "C"),))
    assert check_plan(conn, plan, AS_OF).item("thresholds").status == "look"
    plain = replace(plan, mechanics=Mechanics())
    assert check_plan(conn, plain, AS_OF).item("thresholds").status == "pass"


def test_comparable_baskets(conn):
    """Without an earlier 双12: the last 30 days with sales (10-22 .. 11-20), the five paid
    orders' goods amounts (o6 was never paid); with 双12 2025 in the file: its days' orders
    only (none here)."""
    from opsdesk_gui.models.campaigns.shop_figures import comparable_baskets

    baskets, first, last = comparable_baskets(conn, "双12 2026", "2026-12-10", None)
    assert (first, last) == ("2026-10-22", "2026-11-20")
    assert sorted(baskets) == [4800, 6000, 7000, 9000, 17000]
    conn.execute("INSERT INTO campaigns (name, starts_on, ends_on) VALUES "
                 "('双12 2025', '2025-12-10', '2025-12-12')")
    baskets, first, last = comparable_baskets(conn, "双12 2026", "2026-12-10", None)
    assert (first, last, len(baskets)) == ("2025-12-10", "2025-12-12", 0)
