"""Promotion maths on a basket of several products (e.g. A × 1 + B × 2): the thresholds
(满减, coupons, 跨店满减) are reached by the whole basket, and what each step takes off is
shared over the lines in proportion to their amounts, in whole cents by largest remainder;
then each line's price per unit and margin. No Qt; money in integer cents.
The steps and their order are stacking.py's (a basket of one line is its `stack`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ...money import divide_cents, format_cents
from .stacking import BadOffer, Offers, Step, check_offers, margin, stack_lines


@dataclass(frozen=True)
class BasketLine:
    sku: str
    unit_price: int            # the price a unit is listed at in the campaign, cents
    qty: int
    cost: int | None = None    # unit cost, for the margin


@dataclass(frozen=True)
class LinePaid:
    line: BasketLine
    paid: int                  # this line's part of what the buyer pays

    @property
    def unit_price(self) -> int:
        return divide_cents(self.paid, self.line.qty)

    @property
    def margin(self) -> float | None:
        return margin(self.unit_price, self.line.cost)

    def to_dict(self) -> dict:
        m = self.margin
        return {"sku": self.line.sku, "qty": self.line.qty,
                "list_price": format_cents(self.line.unit_price),
                "pays": format_cents(self.paid), "unit_price": format_cents(self.unit_price),
                "margin": None if m is None else round(m, 4)}


@dataclass(frozen=True)
class Basket:
    lines: tuple[LinePaid, ...]
    steps: tuple[Step, ...]
    deposit: int = 0

    @property
    def list_total(self) -> int:
        return sum(p.line.unit_price * p.line.qty for p in self.lines)

    @property
    def total(self) -> int:
        return sum(p.paid for p in self.lines)

    def to_dict(self) -> dict:
        out = {"lines": [p.to_dict() for p in self.lines],
               "list_total": format_cents(self.list_total), "total": format_cents(self.total),
               "steps": [s.to_dict() for s in self.steps]}
        if self.deposit:
            out |= {"deposit": format_cents(self.deposit),
                    "balance": format_cents(self.total - self.deposit)}
        return out


def stack_basket(lines: list[BasketLine], offers: Offers) -> Basket:
    check_offers(offers)
    _total, steps, paid = stack_lines([line.unit_price for line in lines],
                                      [line.qty for line in lines], offers)
    return Basket(tuple(LinePaid(line, p) for line, p in zip(lines, paid, strict=True)),
                  steps, offers.deposit * sum(line.qty for line in lines))


def parse_basket_line(text: str) -> BasketLine:
    """'A:199:1' (SKU, price in yuan, units) or 'A:199:1:90' (and unit cost); BadOffer
    ('bad_basket') otherwise."""
    parts = [part.strip() for part in text.split(":")]
    try:
        if len(parts) not in (3, 4) or not parts[0]:
            raise ValueError(text)
        price, cost = Decimal(parts[1]), Decimal(parts[3]) if len(parts) == 4 else None
        qty = int(parts[2])
    except (ValueError, InvalidOperation):
        raise BadOffer("bad_basket", text) from None
    line = BasketLine(parts[0], int(price * 100), qty,
                      None if cost is None else int(cost * 100))
    if line.unit_price <= 0 or line.qty < 1 or (line.cost is not None and line.cost < 0):
        raise BadOffer("bad_basket", text)
    return line
