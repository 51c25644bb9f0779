"""Promotion maths (到手价): the lowest price a buyer reaches for one product, buying 1…k
units, with the offers stacked in a stated order. No Qt; money in integer cents.

Steps (keys of `STEP_ORDER`, each applied once, in the plan's order):
- item:     单品直降 (so much off each unit) then 折扣 (the share of the price paid, 0.9 = 9折);
- shop:     the shop's 满减, tiers "满T减Y" (the highest tier reached applies once) or
            "每满T减Y" (Y off for every full T); tiers and 每满 are one kind: the better one
            applies, never both;
- coupon:   shop coupons "满T减Y": the best one usable on the amount left (same-kind coupons
            do not stack);
- platform: 跨店满减 ("每满T减Y") or a platform coupon ("满T减Y"), the better one;
- member:   a member discount (the share paid, 0.95 = 95折).
Each threshold is checked on the amount left after the earlier steps. A rate is rounded
half away from zero to the cent on the whole basket.

预售 (pre-sale), after the steps: the buyer pays a deposit (定金) D per unit before the
event, and the balance (尾款) in the peak. The deposit takes V ≥ D off the price (定金膨胀:
"pay 20, worth 50"). The offers above are reached on the goods' price and come off the
balance, which never goes below zero: pays = D × units + max(amount after the steps −
V × units, 0). (Tmall's pre-sale: 定金膨胀, 跨店满减 reached on the pre-sale price.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from ...money import allocate_cents, divide_cents, format_cents

STEP_ORDER = ("item", "shop", "coupon", "platform", "member")


@dataclass(frozen=True)
class Tier:
    """满T减Y in cents."""

    threshold: int
    off: int

    def text(self) -> str:
        """'300-50' (yuan, cents only when there are some)."""
        return "-".join(format_cents(c).removesuffix(".00") for c in (self.threshold, self.off))


@dataclass(frozen=True)
class Offers:
    """Everything a buyer may stack. Rates are the share paid (0.9 = 9折); None: none."""

    direct_off: int = 0                         # 单品直降 per unit, cents
    discount: float | None = None               # 折扣 on the item
    full_reduction: tuple[Tier, ...] = ()       # shop 满减 tiers
    every: Tier | None = None                   # shop 每满减
    coupons: tuple[Tier, ...] = ()              # shop coupons
    platform_every: Tier | None = None          # 跨店满减
    platform_coupons: tuple[Tier, ...] = ()     # platform coupons
    member: float | None = None                 # member discount
    order: tuple[str, ...] = STEP_ORDER
    deposit: int = 0                            # 预售 定金 per unit, cents (0: no pre-sale)
    deposit_value: int = 0                      # what it takes off the price (定金膨胀); 0: D

    @property
    def deposit_worth(self) -> int:
        return max(self.deposit_value, self.deposit) if self.deposit else 0

    def thresholds(self) -> list[tuple[str, Tier]]:
        """Every threshold of the plan: (kind, tier)."""
        found = [("shop", t) for t in self.full_reduction] + [("coupon", t) for t in self.coupons]
        found += [("platform", t) for t in self.platform_coupons]
        found += [(k, t) for k, t in (("shop", self.every), ("platform", self.platform_every))
                  if t is not None]
        return found


@dataclass(frozen=True)
class Step:
    step: str
    amount_before: int
    off: int

    def to_dict(self) -> dict:
        return {"step": self.step, "amount_before": format_cents(self.amount_before),
                "off": format_cents(self.off)}


@dataclass(frozen=True)
class Quantity:
    qty: int
    list_total: int
    total: int
    steps: tuple[Step, ...] = field(default_factory=tuple)
    deposit: int = 0  # 预售: the part of `total` paid before the event; the rest is the balance

    @property
    def unit_price(self) -> int:
        return divide_cents(self.total, self.qty)

    def to_dict(self) -> dict:
        out = {"qty": self.qty, "total": format_cents(self.total),
               "unit_price": format_cents(self.unit_price),
               "steps": [s.to_dict() for s in self.steps]}
        if self.deposit:
            out |= {"deposit": format_cents(self.deposit),
                    "balance": format_cents(self.total - self.deposit)}
        return out


class BadOffer(ValueError):
    """An offer that cannot be: `code` is 'bad_rate', 'bad_tier', 'bad_order', 'bad_price' or
    'bad_deposit' (a 定金膨胀 value without a deposit, or below it)."""

    def __init__(self, code: str, value: object) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code, self.value = code, value


def rate_paid(amount: int, rate: float) -> int:
    return int((Decimal(amount) * Decimal(str(rate))).quantize(Decimal(1), ROUND_HALF_UP))


def best_tier(amount: int, tiers: tuple[Tier, ...]) -> int:
    """The most off one of `tiers` gives on `amount` (its threshold reached), else 0."""
    return max((t.off for t in tiers if amount >= t.threshold), default=0)


def every_off(amount: int, tier: Tier | None) -> int:
    return (amount // tier.threshold) * tier.off if tier is not None else 0


def _step_off(step: str, amount: int, qty: int, offers: Offers) -> int:
    if step == "item":
        after = max(amount - offers.direct_off * qty, 0)
        if offers.discount is not None:
            after = rate_paid(after, offers.discount)
        return amount - after
    if step == "shop":
        return max(best_tier(amount, offers.full_reduction), every_off(amount, offers.every))
    if step == "coupon":
        return best_tier(amount, offers.coupons)
    if step == "platform":
        return max(best_tier(amount, offers.platform_coupons),
                   every_off(amount, offers.platform_every))
    if step == "member":
        return amount - rate_paid(amount, offers.member) if offers.member is not None else 0
    raise BadOffer("bad_order", step)


def check_offers(offers: Offers) -> None:
    for rate in (offers.discount, offers.member):
        if rate is not None and not 0 < rate <= 1:
            raise BadOffer("bad_rate", rate)
    tiers = [t for _, t in offers.thresholds()]
    if offers.direct_off < 0 or any(t.threshold <= 0 or t.off <= 0 or t.off > t.threshold
                                    for t in tiers):
        raise BadOffer("bad_tier", offers.direct_off)
    if offers.deposit < 0 or (offers.deposit_value and not offers.deposit) or (
            offers.deposit_value and offers.deposit_value < offers.deposit):
        raise BadOffer("bad_deposit", format_cents(offers.deposit_value or offers.deposit))
    if sorted(offers.order) != sorted(set(offers.order)) or not set(offers.order) <= set(
            STEP_ORDER):
        raise BadOffer("bad_order", ",".join(offers.order))


def _item_weights(amounts: list[int], qtys: list[int], offers: Offers) -> list[float]:
    """What the item step takes off each line on its own (to share the basket's)."""
    weights = []
    for amount, qty in zip(amounts, qtys, strict=True):
        after = max(amount - offers.direct_off * qty, 0)
        weights.append(amount - after * (offers.discount if offers.discount is not None else 1))
    return weights


def _share(off: int, weights: list[float]) -> list[int]:
    """`off` over the lines in proportion to `weights`, in cents by largest remainder."""
    whole = sum(weights)
    if not whole:
        return [0] * len(weights)
    return allocate_cents(off, [off * w / whole for w in weights])


def stack_lines(prices: list[int], qtys: list[int], offers: Offers
                ) -> tuple[int, tuple[Step, ...], list[int]]:
    """The basket of lines (unit price, units) after every offer: (what the buyer pays, the
    steps on the whole basket, each line's part of it). Each step works on the basket's
    amount left; what it takes off is shared over the lines in proportion to their amounts
    left (the item step: to what it takes off each line)."""
    if not prices or any(p <= 0 for p in prices) or any(q < 1 for q in qtys):
        raise BadOffer("bad_price", prices)
    lines = [p * q for p, q in zip(prices, qtys, strict=True)]
    units, amount, steps = sum(qtys), sum(lines), []
    for step in offers.order:
        off = min(_step_off(step, amount, units, offers), amount)
        if off:
            steps.append(Step(step, amount, off))
            weights = _item_weights(lines, qtys, offers) if step == "item" else lines
            lines = [a - s for a, s in zip(lines, _share(off, weights), strict=True)]
            amount -= off
    if offers.deposit:
        paid = offers.deposit * units + max(amount - offers.deposit_worth * units, 0)
        if paid != amount:
            steps.append(Step("presale", amount, amount - paid))
            more = [(offers.deposit_worth - offers.deposit) * q for q in qtys]
            lines = [a - s for a, s in zip(lines, _share(amount - paid, more), strict=True)]
            amount = paid
    return amount, tuple(steps), lines


def stack(unit_price: int, qty: int, offers: Offers) -> Quantity:
    """What `qty` units of a product listed at `unit_price` cost after every offer."""
    if unit_price <= 0 or qty < 1:
        raise BadOffer("bad_price", unit_price)
    total, steps, _ = stack_lines([unit_price], [qty], offers)
    return Quantity(qty, unit_price * qty, total, steps, offers.deposit * qty)


@dataclass(frozen=True)
class PriceTable:
    quantities: tuple[Quantity, ...]

    @property
    def best(self) -> Quantity:
        """The quantity with the lowest unit price (the fewest units on a tie)."""
        return min(self.quantities, key=lambda q: (q.unit_price, q.qty))

    def to_dict(self) -> dict:
        return {"quantities": [q.to_dict() for q in self.quantities],
                "best": {"qty": self.best.qty,
                         "unit_price": format_cents(self.best.unit_price)}}


def price_table(unit_price: int, offers: Offers, max_qty: int = 3) -> PriceTable:
    check_offers(offers)
    return PriceTable(tuple(stack(unit_price, q, offers) for q in range(1, max_qty + 1)))


def margin(price: int, cost: int | None) -> float | None:
    """(price − cost) ÷ price; None without a cost or a price."""
    if cost is None or not price:
        return None
    return (price - cost) / price


def break_even_lift(gross_margin: float, discount: float) -> float | None:
    """The sales growth that keeps profit flat when `discount` (Y ÷ basket) is given at
    `gross_margin`: m ÷ (m − d) − 1. None when the discount eats the whole margin."""
    if discount >= gross_margin or gross_margin <= 0:
        return None
    return gross_margin / (gross_margin - discount) - 1


def parse_tier(text: str) -> Tier:
    """'300-50' (yuan) -> Tier(30000, 5000); BadOffer('bad_tier') otherwise."""
    try:
        cleaned = text.replace("每满", "").replace("满", "").replace("减", "-")
        threshold, off = (Decimal(part.strip()) for part in cleaned.split("-"))
    except (ValueError, ArithmeticError) as exc:
        raise BadOffer("bad_tier", text) from exc
    tier = Tier(int(threshold * 100), int(off * 100))
    if tier.threshold <= 0 or tier.off <= 0 or tier.off > tier.threshold:
        raise BadOffer("bad_tier", text)
    return tier
