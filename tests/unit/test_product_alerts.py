"""The alert strip's figures over a product_metrics-shaped frame written by hand.

Products (platform taobao):
  A  low stock, reorder 30                       (one row)
  B  slow, stock 40 x cost 12.50 = 500.00, reorder 0, below the margin floor
  C  slow, stock 10 x cost unknown (not in the capital), below cost and margin floor
  D  two currencies (CNY, USD): low stock in one row only; reorder 5 and 8 -> 8 counts
  E  nothing flagged, stock 7, reorder 0
Counts: low stock A, D = 2; slow B, C = 2; below margin floor B, C = 2; below cost C = 1.
Capital tied up: 40 x 1250 = 50,000 cents (C has no cost). Units to reorder: A 30 + D 8
= 38, over 2 products. Products: 5 (D once).
"""

from __future__ import annotations

import pandas as pd

from opsdesk_gui.models.product_alerts import alert_summary


def _frame() -> pd.DataFrame:
    rows = [
        # sku, currency, units, stock, cost, reorder, low, slow, floor, below, value
        ("A", "CNY", 9, 2, 300, 30, True, False, False, False, 600),
        ("B", "CNY", 0, 40, 1250, 0, False, True, True, False, 50000),
        ("C", "CNY", 1, 10, None, 0, False, True, True, True, None),
        ("D", "CNY", 4, 3, 500, 5, True, False, False, False, 1500),
        ("D", "USD", 1, 3, 500, 8, False, False, False, False, 1500),
        ("E", "CNY", 2, 7, 100, 0, False, False, False, False, 700),
    ]
    frame = pd.DataFrame(rows, columns=[
        "sku", "currency", "units", "stock", "cost_cents", "reorder_qty", "low_stock",
        "slow_mover", "below_margin_floor", "below_cost", "stock_value_cents"])
    frame.insert(0, "platform", "taobao")
    for column in ("stock", "cost_cents", "reorder_qty", "stock_value_cents"):
        frame[column] = frame[column].astype("Int64")
    return frame


def test_counts_capital_and_reorder():
    summary = alert_summary(_frame())
    assert summary.products == 5
    assert summary.counts == {"low_stock": 2, "slow_mover": 2, "below_margin_floor": 2,
                              "below_cost": 1}
    assert summary.capital_tied_up_cents == 50_000
    assert (summary.reorder_units, summary.reorder_products) == (38, 2)


def test_unknown_reorder_quantities_count_nothing():
    frame = _frame()
    frame["reorder_qty"] = pd.array([None] * len(frame), dtype="Int64")
    summary = alert_summary(frame)
    assert (summary.reorder_units, summary.reorder_products) == (0, 0)
