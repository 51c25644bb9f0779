"""Money is kept in integer cents (分) everywhere: in the shop file, in frames, in metrics.

Only at the edges is it turned into text: `format_cents` for people and JSON. Ratios of
money (客单价, UV价值) are rounded half away from zero to the cent, as SQL and accountants
do; pandas' default banker's rounding is never used on money.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal


def format_cents(cents: int | None) -> str | None:
    """12345 -> '123.45'; -5 -> '-0.05'; None stays None."""
    if cents is None:
        return None
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(int(cents)), 100)
    return f"{sign}{whole}.{frac:02d}"


def divide_cents(cents: int, divisor: int | float) -> int | None:
    """Money divided by a count, rounded half away from zero to the cent; None for /0."""
    if not divisor:
        return None
    quotient = Decimal(int(cents)) / Decimal(str(divisor))
    return int(quotient.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def ratio(numerator: float | int, denominator: float | int) -> float | None:
    """A plain rate (conversion, refund rate, margin); None when the denominator is 0."""
    if not denominator:
        return None
    return numerator / denominator


def allocate_cents(total: int, shares: list[float]) -> list[int]:
    """Integers that add up to `total`, each within a cent of its real share (the shares
    add up to `total` up to float rounding): largest remainder, ties in list order."""
    floors = [math.floor(s) for s in shares]
    left = total - sum(floors)
    by_fraction = sorted(range(len(shares)), key=lambda i: -(shares[i] - floors[i]))
    step = 1 if left >= 0 else -1
    order = by_fraction if left >= 0 else by_fraction[::-1]
    for k in range(abs(left)):
        floors[order[k % len(order)]] += step
    return floors
