"""Per product instead of per SKU: the variants (SKUs with the same platform item id,
products.product_id) of a product_metrics table added into one row. No Qt.

Rows group by (platform, product_id, currency); a row without a product_id stays a product
of its own. Added up: units, sales, refunds, returns, net sales, cost of goods, gross
profit, stock, stock value, the previous and recent units, safety stock, reorder point and
reorder quantity. A sum with an unknown part (a variant without a stock figure, a variant
that sold without a cost) is unknown. The ratios are worked out again from the sums, by
the definitions of product_metrics (refund rate, margin, realised price, days of cover,
turnover, sell-through, growth); ABC and lifecycle are classed again over the products.

Not added: `orders` (an order with two variants of a product would count twice; NA) and
the product's visitors (the same for all its SKUs: taken once). Unit cost is the
units-weighted cost of what sold (cogs / units), else the variants' cost when they share
one. Price is the lowest variant price (the "from" price). The alerts are the variants'
(any): a product is low on stock when one of its variants is. `sku` is the first SKU code
(in code order); `sku_count` and `member_skus` say which rows were added.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from .periods import Period
from .product_metrics import ProductRules, _abc, _lifecycle, add_rates, divide_half_up

_SUMS = ("units", "sales_cents", "refund_cents", "return_cents", "cohort_refund_cents",
         "net_sales_cents",
         "prev_units", "recent_units", "reorder_point", "safety_stock")
# a variant's reorder quantity is unknown with its stock: the product's is unknown too
_SUMS_UNKNOWN_IF_ANY = ("stock", "stock_at_end", "stock_value_cents", "reorder_qty")
_ANY = ("low_stock", "below_cost", "below_margin_floor", "visitors_approximate")
_FIRST = ("title", "category", "tags", "visitors", "paid_buyers", "conversion")


def by_product(frame: pd.DataFrame, period: Period,
               rules: ProductRules | None = None) -> pd.DataFrame:
    """See the module docstring; rows in ABC order (sales, then platform, sku)."""
    rules = rules or ProductRules()
    f = frame.copy()
    f["group"] = f["product_id"].where(f["product_id"].notna(), "\0" + f["sku"].astype(str))
    f = f.sort_values(["platform", "group", "currency", "sku"], ignore_index=True)
    keys = ["platform", "group", "currency"]
    by = f.groupby(keys, sort=False, dropna=False)
    out = by[list(_SUMS)].sum(min_count=1)
    for column in ("units", "sales_cents", "refund_cents", "return_cents",
                   "cohort_refund_cents", "net_sales_cents", "prev_units", "recent_units"):
        out[column] = out[column].fillna(0).astype("int64")
    for column in ("reorder_point", "safety_stock"):
        out[column] = out[column].astype("Int64")
    for column in _SUMS_UNKNOWN_IF_ANY:
        out[column] = by[column].sum(min_count=1).astype("Int64").where(
            ~by[column].apply(lambda s: s.isna().any()))
    # cost of goods: unknown when a variant that sold has no cost
    sold_uncosted = (f["units"] > 0) & f["cost_cents"].isna()
    out["cogs_cents"] = f["cogs_cents"].fillna(0).groupby(
        [f[k] for k in keys], sort=False, dropna=False).sum().astype("Int64").where(
        ~sold_uncosted.groupby([f[k] for k in keys], sort=False, dropna=False).any())
    no_cost_known = by["cost_cents"].apply(lambda s: s.isna().all())
    out["cogs_cents"] = out["cogs_cents"].where(~(no_cost_known & (out["units"] == 0)))
    out["gross_profit_cents"] = (out["net_sales_cents"] - out["cogs_cents"]).astype("Int64")
    first = by[["sku", "product_id", *(c for c in _FIRST if c in f)]].first()
    out = out.join(first)
    out["sku_count"] = by["sku"].size()
    out["member_skus"] = by["sku"].agg(tuple)
    out["price_cents"] = by["price_cents"].min().astype("Int64")
    one_cost = by["cost_cents"].agg(lambda s: s.iloc[0] if s.notna().all()
                                    and s.nunique() == 1 else pd.NA).astype("Int64")
    out["cost_cents"] = divide_half_up(out["cogs_cents"], out["units"]).where(
        out["units"] > 0, one_cost).astype("Int64")
    out["min_unit_price_cents"] = by["min_unit_price_cents"].min().astype("Int64")
    out["first_sale_day"] = by["first_sale_day"].min()
    out["last_sale_day"] = by["last_sale_day"].max()
    out["lead_time_days"] = by["lead_time_days"].max()
    out["safety_stock_from_sheet"] = by["safety_stock_from_sheet"].all()
    for column in _ANY:
        if column in f:
            out[column] = by[column].any()
    out = out.reset_index().drop(columns="group")

    out["orders"] = pd.array([pd.NA] * len(out), dtype="Int64")
    add_rates(out, period, rules)
    out["abc"] = _abc(out, rules)
    # 'no sale in the last slow_days days' as product_metrics counts it: from the last sale
    slow_start = (period.end - timedelta(days=rules.slow_days - 1)).isoformat()
    out["slow_window_units"] = np.where(out["last_sale_day"].fillna("") >= slow_start, 1, 0)
    out["lifecycle"] = _lifecycle(out, period, rules)
    out["slow_mover"] = out["lifecycle"] == "slow"
    out = out.drop(columns="slow_window_units")
    out = out.sort_values(["sales_cents", "platform", "sku", "currency"],
                          ascending=[False, True, True, True], ignore_index=True)
    return out
