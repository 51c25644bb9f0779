"""满减 break-even per tier, with the baskets of the last comparable period. No Qt.

With gross margin m and effective discount d = Y ÷ basket, profit stays flat only if sales
grow by m ÷ (m − d) − 1 (m = 40 %, d = 10 %: +33 %). The basket of a tier is the average
goods amount of the period's orders that reached its threshold (the threshold itself when
none did: the deepest the discount can be). "Just below": orders within 20 % under the
threshold, the ones a 满减 can pull over it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ...money import divide_cents
from .stacking import Tier, break_even_lift

JUST_BELOW = 0.8  # an order of at least 80 % of the threshold sits just below it


@dataclass(frozen=True)
class TierBreakEven:
    tier: Tier
    basket_cents: int          # the basket the discount is measured on
    discount: float            # d = Y ÷ basket
    lift_needed: float | None  # None: the discount eats the whole margin
    orders: int                # orders of the period
    share_reaching: float | None
    just_below: int


def tier_break_even(tiers: list[Tier], baskets: pd.Series, gross_margin: float
                    ) -> list[TierBreakEven]:
    out = []
    total = len(baskets)
    for tier in sorted(tiers, key=lambda t: t.threshold):
        reaching = baskets[baskets >= tier.threshold]
        basket = divide_cents(int(reaching.sum()), len(reaching)) if len(reaching) else (
            tier.threshold)
        discount = tier.off / basket
        below = int(((baskets < tier.threshold)
                     & (baskets >= tier.threshold * JUST_BELOW)).sum())
        out.append(TierBreakEven(tier, basket, discount, break_even_lift(gross_margin, discount),
                                 total, len(reaching) / total if total else None, below))
    return out
