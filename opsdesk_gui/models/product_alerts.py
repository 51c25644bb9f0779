"""The Products tab's alert strip over a `product_metrics` table. No Qt.

Counts are of products (platform, sku): a product with rows in two currencies counts once,
as `product_summary` counts them. Besides the four alert counts:
- capital tied up (积压资金) = stock x unit cost of the slow movers that have a cost;
- units to reorder (建议补货) = the reorder quantities of the products at or under their
  reorder point (a product in two currencies: its larger quantity), and how many those are.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .product_metrics import product_summary

ALERT_FLAGS = ("low_stock", "slow_mover", "below_margin_floor", "below_cost")


@dataclass(frozen=True)
class AlertSummary:
    products: int
    counts: dict[str, int]           # ALERT_FLAGS -> products flagged
    capital_tied_up_cents: int       # slow movers' stock x unit cost
    reorder_units: int
    reorder_products: int


def alert_summary(frame: pd.DataFrame) -> AlertSummary:
    summary = product_summary(frame)
    reorder = frame.groupby(["platform", "sku"], sort=False)["reorder_qty"].max()
    reorder = reorder.astype("Float64").fillna(0)
    return AlertSummary(
        products=summary.products,
        counts={"low_stock": summary.low_stock, "slow_mover": summary.slow_movers,
                "below_margin_floor": summary.below_margin_floor,
                "below_cost": summary.below_cost},
        capital_tied_up_cents=summary.slow_stock_value_cents,
        reorder_units=int(reorder.sum()),
        reorder_products=int((reorder > 0).sum()),
    )
