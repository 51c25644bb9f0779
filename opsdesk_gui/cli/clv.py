"""`opsdesk clv`: BG/NBD + Gamma-Gamma lifetime value fitted on a calibration end."""

from __future__ import annotations

import argparse
import json

import numpy as np
import pandas as pd

from ..models.clv import clv_inputs, holdout_check, lifetime_value, purchases_of
from ..models.customer_orders import approximate_by_buyer
from .customer_options import add_shop_arguments, plain, read_orders

NAME = "clv"
HELP = ("fit BG/NBD and Gamma-Gamma on the orders up to a calibration end and predict each "
        "buyer's purchases, value and chance of still being a customer")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_shop_arguments(parser, ("--calibration-end", "the models learn from the orders up to "
                                "this day (included)"))
    parser.add_argument("--horizon-weeks", type=float, default=52.0,
                        help="predict this many weeks after the calibration end (default 52)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def clv_json(result, holdout, approximate: pd.Series) -> dict:
    """`approximate`: customer_orders.approximate_by_buyer of the orders fitted."""
    bg, gg = result.bgnbd, result.gamma_gamma
    buyers = []
    flags = approximate.reindex(result.buyers.index, fill_value=False).to_numpy(bool)
    rows = result.buyers.itertuples(index=False)
    for key, row, flag in zip(result.buyers.index, rows, flags, strict=True):
        platform, buyer_id = key.split("\x1f", 1)
        buyers.append({
            "platform": platform, "buyer_id": buyer_id, "frequency": int(row.frequency),
            "recency": round(row.recency, 6), "T": round(row.T, 6),
            "monetary_value": plain(None if np.isnan(row.monetary_value)
                                    else round(row.monetary_value, 2)),
            "expected_purchases": round(row.expected_purchases, 6),
            "p_alive": round(row.p_alive, 6),
            "expected_value": round(row.expected_value, 2), "approximate": bool(flag)})
    return {"params": {"r": bg.r, "alpha": bg.alpha, "a": bg.a, "b": bg.b, "p": gg.p,
                       "q": gg.q, "gamma": gg.gamma},
            "time_unit": "week", "holdout": holdout, "buyers": buyers}


def run(args: argparse.Namespace) -> int:
    orders, currency = read_orders(args)
    purchases = purchases_of(orders)
    result = lifetime_value(clv_inputs(purchases, args.calibration_end), args.horizon_weeks)
    holdout = holdout_check(result, purchases, args.calibration_end)
    doc = clv_json(result, holdout, approximate_by_buyer(orders))
    doc["currency"] = currency
    if args.json:
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    p = doc["params"]
    print("BG/NBD  r {r:.3f}  alpha {alpha:.3f}  a {a:.3f}  b {b:.3f}".format(**p))
    print("Gamma-Gamma  p {p:.3f}  q {q:.3f}  gamma {gamma:.2f}".format(**p))
    total = sum(b["expected_value"] for b in doc["buyers"])
    print(f"{len(doc['buyers'])} buyers, expected value over {args.horizon_weeks:g} weeks: "
          f"{total:,.2f} {currency}")
    if holdout:
        print(f"holdout {holdout['weeks']:.1f} weeks: predicted {holdout['predicted']:.1f} "
              f"repeat purchases, actual {holdout['actual']}")
    return 0
