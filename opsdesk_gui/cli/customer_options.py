"""What `opsdesk customers`, `cohorts` and `clv` share: the shop, a platform, a currency,
and the paid orders read once."""

from __future__ import annotations

import argparse
import math

import pandas as pd

from ..models.customer_orders import in_one_currency, load_paid_orders
from ..models.shop_reading import reading
from .options import _day


def add_shop_arguments(parser: argparse.ArgumentParser,
                       day: tuple[str, str] | None = None) -> None:
    """--shop, --platform, --currency and, with `day` = (option, help), a required day."""
    parser.add_argument("--shop", required=True, help="the shop file")
    parser.add_argument("--platform", help="only this platform's buyers (e.g. taobao)")
    parser.add_argument("--currency", help="only orders in this currency (needed when the "
                        "shop sells in several)")
    if day is not None:
        parser.add_argument(day[0], required=True, type=_day, metavar="DATE", help=day[1])


def read_orders(args: argparse.Namespace) -> tuple[pd.DataFrame, str]:
    with reading(args.shop) as conn:
        orders = load_paid_orders(conn, args.platform)
    return in_one_currency(orders, args.currency)


def plain(value):
    """A JSON-ready value: NaN and NA become None, numpy numbers Python numbers."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value
