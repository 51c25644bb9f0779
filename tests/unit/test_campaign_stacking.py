"""Promotion maths (models/campaigns/stacking.py) against hand-computed 到手价."""

import pytest

from opsdesk_gui.models.campaigns.stacking import (
    BadOffer,
    Offers,
    Tier,
    break_even_lift,
    parse_tier,
    price_table,
    stack,
)

T300_50 = Tier(30000, 5000)


def test_each_threshold_is_checked_on_the_amount_left():
    """199 × 2 = 398, 9折 → 358.20; 满300减50 reached → 308.20; coupon 满300减30 on 308.20
    reached → 278.20; member 0.95 → 264.29 (278.20 × 0.95 = 264.29); per unit 132.145 →
    132.15 (half away from zero)."""
    offers = Offers(discount=0.9, full_reduction=(T300_50,), coupons=(Tier(30000, 3000),),
                    member=0.95)
    q = stack(19900, 2, offers)
    assert [(s.step, s.amount_before, s.off) for s in q.steps] == [
        ("item", 39800, 3980), ("shop", 35820, 5000), ("coupon", 30820, 3000),
        ("member", 27820, 1391)]
    assert q.total == 26429 and q.unit_price == 13215


def test_the_order_of_stacking_changes_the_result():
    """160 one unit, 满150减20 and 8折. Default (item first): 160 × 0.8 = 128, below 150:
    no 满减 → 128. 满减 first: 160 − 20 = 140, then × 0.8 = 112."""
    offers = Offers(discount=0.8, full_reduction=(Tier(15000, 2000),))
    assert stack(16000, 1, offers).total == 12800
    reordered = Offers(discount=0.8, full_reduction=(Tier(15000, 2000),),
                       order=("shop", "item", "coupon", "platform", "member"))
    assert stack(16000, 1, reordered).total == 11200


def test_member_before_coupon_can_lose_the_coupon():
    """100, coupon 满100减10, member 0.95. Coupon first: 100 − 10 = 90, × 0.95 = 85.50.
    Member first: 95, below 100: no coupon → 95.00."""
    coupon_first = Offers(coupons=(Tier(10000, 1000),), member=0.95)
    member_first = Offers(coupons=(Tier(10000, 1000),), member=0.95,
                          order=("item", "shop", "member", "coupon", "platform"))
    assert stack(10000, 1, coupon_first).total == 8550
    assert stack(10000, 1, member_first).total == 9500


def test_tiers_highest_reached_once_and_every_repeats():
    """Tiers 满200减20 / 满300减50 on 2 × 160 = 320: the 300 tier once → 270.
    每满100减10 on 320: 3 × 10 = 30 → 290. Both given: the better one (50) → 270."""
    tiers = (Tier(20000, 2000), Tier(30000, 5000))
    assert stack(16000, 2, Offers(full_reduction=tiers)).total == 27000
    assert stack(16000, 2, Offers(every=Tier(10000, 1000))).total == 29000
    assert stack(16000, 2, Offers(full_reduction=tiers, every=Tier(10000, 1000))).total == 27000


def test_same_kind_coupons_do_not_stack():
    """Coupons 满100减10 and 满200减30 on 250: the best one (30) only → 220."""
    offers = Offers(coupons=(Tier(10000, 1000), Tier(20000, 3000)))
    assert stack(25000, 1, offers).total == 22000


def test_platform_step_takes_the_better_of_cross_store_and_coupon():
    """360: 跨店每满300减40 gives 40; platform coupon 满350减30 gives 30 → 40 off → 320."""
    offers = Offers(platform_every=Tier(30000, 4000), platform_coupons=(Tier(35000, 3000),))
    q = stack(36000, 1, offers)
    assert q.total == 32000 and q.steps[0].step == "platform"


def test_direct_off_then_discount_per_unit():
    """单品直降 10 on 2 × 100 = 200 − 20 = 180, then 9折 → 162."""
    assert stack(10000, 2, Offers(direct_off=1000, discount=0.9)).total == 16200


def test_best_quantity_and_json():
    """199, 满300减50: 1 unit 199.00; 2 units 398 − 50 = 348 → 174.00; 3 units 597 − 50 =
    547 → 182.33 (182.333…). Best: 2 units at 174.00."""
    table = price_table(19900, Offers(full_reduction=(T300_50,)), max_qty=3)
    data = table.to_dict()
    assert [q["unit_price"] for q in data["quantities"]] == ["199.00", "174.00", "182.33"]
    assert data["best"] == {"qty": 2, "unit_price": "174.00"}
    assert data["quantities"][1]["steps"] == [
        {"step": "shop", "amount_before": "398.00", "off": "50.00"}]


def test_an_offer_never_takes_the_amount_below_zero():
    """10 with 满10减10 and a 10 直降: the item step leaves 0, nothing more comes off."""
    q = stack(1000, 1, Offers(direct_off=1000, full_reduction=(Tier(1000, 1000),)))
    assert q.total == 0


def test_break_even_lift():
    """m = 40 %, d = 10 %: 0.4 / 0.3 − 1 = 1/3 (+33 %); d ≥ m: no lift keeps profit flat."""
    assert break_even_lift(0.4, 0.1) == pytest.approx(1 / 3)
    assert break_even_lift(0.4, 0.4) is None


def test_bad_offers_are_refused():
    assert parse_tier("300-50") == T300_50
    assert parse_tier("满300减50") == T300_50
    with pytest.raises(BadOffer):
        parse_tier("50-300")
    with pytest.raises(BadOffer):
        parse_tier("abc")
    with pytest.raises(BadOffer):
        price_table(10000, Offers(discount=1.5))
    with pytest.raises(BadOffer):
        price_table(10000, Offers(order=("item", "item")))


def test_tier_break_even_with_the_baskets():
    """Baskets 100, 200, 290, 300, 350 and 满300减50 at m = 40 %: 300 and 350 reach it, basket
    (300 + 350) ÷ 2 = 325, d = 50 ÷ 325 = 15.38 %, lift 0.4 ÷ (0.4 − 0.15385) − 1 = 62.5 %;
    2 of 5 orders (40 %) already above; just below (240 ≤ basket < 300): 290, one order.
    满1000减50: none reaches it, measured at the threshold, d = 5 %."""
    import pandas as pd

    from opsdesk_gui.models.campaigns.breakeven import tier_break_even

    baskets = pd.Series([10000, 20000, 29000, 30000, 35000])
    high, low = tier_break_even([Tier(100000, 5000), T300_50], baskets, 0.4)[::-1]
    assert (low.basket_cents, low.orders, low.share_reaching, low.just_below) == (
        32500, 5, 0.4, 1)
    assert low.discount == pytest.approx(50 / 325)
    assert low.lift_needed == pytest.approx(0.625)
    assert (high.basket_cents, high.discount, high.share_reaching) == (100000, 0.05, 0.0)


def test_presale_deposit_worth_more_counts_in_the_lowest_price():
    """预售 at 299, deposit 20 worth 50 (定金膨胀), 跨店每满300减50, member none.
    1 unit: 299 < 300, no 满减; pays 20 + (299 − 50) = 269.00 (deposit 20, balance 249.00).
    2 units: 598 reaches 300 once (每满300减50 → 548.00), checked on the goods' price, not on
    the balance; pays 2 × 20 + (548 − 2 × 50) = 488.00, i.e. 244.00 a unit: the lowest."""
    offers = Offers(platform_every=T300_50, deposit=2000, deposit_value=5000)
    one = stack(29900, 1, offers)
    assert (one.total, one.deposit) == (26900, 2000)
    assert [(s.step, s.amount_before, s.off) for s in one.steps] == [("presale", 29900, 3000)]
    two = stack(29900, 2, offers)
    assert [(s.step, s.amount_before, s.off) for s in two.steps] == [
        ("platform", 59800, 5000), ("presale", 54800, 6000)]
    assert (two.total, two.unit_price) == (48800, 24400)
    table = price_table(29900, offers, 2)
    assert (table.best.qty, table.best.unit_price) == (2, 24400)
    assert table.to_dict()["quantities"][1] | {"steps": []} == {
        "qty": 2, "total": "488.00", "unit_price": "244.00", "steps": [],
        "deposit": "40.00", "balance": "448.00"}


def test_presale_deposit_without_more_worth_changes_nothing_and_balance_stops_at_zero():
    """Deposit 30 worth 30: paid 30 + (100 − 30) = 100.00, no step. Deposit 10 worth 90 with
    满100减30: 100 − 30 = 70 left, the balance 70 − 90 stops at 0: pays the deposit, 10.00."""
    plain = stack(10000, 1, Offers(deposit=3000))
    assert (plain.total, plain.steps, plain.deposit) == (10000, (), 3000)
    capped = stack(10000, 1, Offers(full_reduction=(Tier(10000, 3000),), deposit=1000,
                                    deposit_value=9000))
    assert capped.total == 1000 and capped.steps[-1].off == 6000


def test_a_deposit_worth_less_than_it_costs_is_refused():
    for offers in (Offers(deposit=5000, deposit_value=2000), Offers(deposit_value=2000)):
        with pytest.raises(BadOffer) as info:
            price_table(29900, offers)
        assert info.value.code == "bad_deposit"


def test_cli_price_with_a_presale_deposit(capsys):
    """The same case as above from the command line: 2 units at 244.00, deposit 40.00."""
    import json

    from opsdesk_gui.cli import main

    assert main(["campaign", "price", "--price", "299", "--cross-store", "300-50",
                 "--deposit", "20", "--deposit-worth", "50", "--max-qty", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["best"] == {"qty": 2, "unit_price": "244.00"}
    assert (result["quantities"][1]["deposit"], result["quantities"][1]["balance"]) == (
        "40.00", "448.00")
    assert main(["campaign", "price", "--price", "299", "--deposit", "50",
                 "--deposit-worth", "20"]) == 2
    assert "'20.00' is not a valid offer (bad_deposit)" in capsys.readouterr().err
