"""Promotion maths on a basket of several products (models/campaigns/basket.py) against
hand-computed 到手价: thresholds reached by the basket, the discount shared over the lines
in proportion to their amounts, in cents by largest remainder."""

import json

import pytest

from opsdesk_gui.cli import main
from opsdesk_gui.models.campaigns.basket import BasketLine, parse_basket_line, stack_basket
from opsdesk_gui.models.campaigns.stacking import BadOffer, Offers, Tier, stack

A = BasketLine("A", 19900, 1, 9000)
B = BasketLine("B", 8900, 2, 4000)
OFFERS = Offers(full_reduction=(Tier(30000, 5000),), coupons=(Tier(30000, 3000),), member=0.95)


def test_a_basket_reaches_what_one_product_does_not():
    """A 199.00 × 1 + B 89.00 × 2 = 377.00.
    满300减50 on 377.00, in cents shared 199 : 178: 5000 × 199/377 = 2639.26 → 2639,
    5000 × 178/377 = 2360.74 → 2360; the cent left goes to the larger remainder (B, .74)
    → 2639 / 2361.
    Lines 172.61 / 154.39, basket 327.00.
    Coupon 满300减30 on 327.00: 3000 × 17261/32700 = 1583.58 → 1583, 3000 × 15439/32700 =
    1416.42 → 1416; the cent left to A (.58) → 1584 / 1416. Lines 156.77 / 140.23, 297.00.
    Member 0.95: 297.00 × 0.95 = 282.15, 14.85 off: 1485 × 15677/29700 = 783.85 → 783,
    1485 × 14023/29700 = 701.15 → 701; the cent to A (.85) → 784 / 701.
    A pays 156.77 − 7.84 = 148.93 (a unit); B 140.23 − 7.01 = 133.22, 66.61 a unit.
    Together 282.15. Margins: A (148.93 − 90) ÷ 148.93 = 39.57 %, B (66.61 − 40) ÷ 66.61 =
    39.95 %. A alone (199.00) reaches no threshold: 199 × 0.95 = 189.05."""
    basket = stack_basket([A, B], OFFERS)
    assert [(s.step, s.amount_before, s.off) for s in basket.steps] == [
        ("shop", 37700, 5000), ("coupon", 32700, 3000), ("member", 29700, 1485)]
    assert [p.paid for p in basket.lines] == [14893, 13322]
    assert [p.unit_price for p in basket.lines] == [14893, 6661]
    assert basket.total == 28215 == stack(37700, 1, OFFERS).total
    assert [round(p.margin, 4) for p in basket.lines] == [0.3957, 0.3995]
    assert stack(19900, 1, OFFERS).total == 18905


def test_direct_off_is_shared_by_units_and_one_line_is_stack():
    """单品直降 10.00 a unit: A × 1 gets 10.00, B × 2 gets 20.00 (not 199 : 178)."""
    basket = stack_basket([A, B], Offers(direct_off=1000))
    assert [p.paid for p in basket.lines] == [18900, 15800]
    one = stack_basket([B], OFFERS)
    assert one.total == stack(8900, 2, OFFERS).total and one.steps == stack(8900, 2,
                                                                            OFFERS).steps


def test_parse_basket_lines():
    assert parse_basket_line("A:199:1:90") == BasketLine("A", 19900, 1, 9000)
    assert parse_basket_line("B:89.9:2") == BasketLine("B", 8990, 2, None)
    for text in ("A:199", "A:x:1", "A:199:0", ":1:1", "A:-1:1"):
        with pytest.raises(BadOffer):
            parse_basket_line(text)


def test_cli_price_of_a_basket(capsys):
    assert main(["campaign", "price", "--basket", "A:199:1:90", "--basket", "B:89:2:40",
                 "--full-reduction", "300-50", "--coupon", "300-30", "--member", "0.95",
                 "--json"]) == 0
    basket = json.loads(capsys.readouterr().out)["basket"]
    assert basket["total"] == "282.15" and basket["list_total"] == "377.00"
    assert [(line["sku"], line["pays"], line["unit_price"], line["margin"])
            for line in basket["lines"]] == [("A", "148.93", "148.93", 0.3957),
                                             ("B", "133.22", "66.61", 0.3995)]
    with pytest.raises(SystemExit) as info:
        main(["campaign", "price", "--basket", "A:199"])
    assert info.value.code == 2 and "'A:199' is not a basket line" in capsys.readouterr().err
    assert main(["campaign", "price", "--price", "199", "--basket", "A:199:1"]) == 2
    assert "either --price or --basket" in capsys.readouterr().err
