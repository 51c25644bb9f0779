"""The shop's counting rules, each written once; every query that needs one is built
from here (docs/metrics.md states them in the operator's words). No Qt.

- A sale: an order with a payment time and a status other than 'unpaid'. An order closed
  after payment stays a sale; what was given back counts as a refund.
- A refund record moves money when its status is 'succeeded' or not stated; its time is
  when it succeeded (refunded_at), else when it was asked for (requested_at).
- An order's refund: the order, line and after-sales exports describe the same refund at
  different grain, so it is the LARGEST of what they state (never their sum), and never
  more than the buyer paid.
- A buyer is the platform's buyer ID. An export without one (抖店, 拼多多, 快手) names the
  buyer by the receiver's name + phone (orders.buyer_source 'receiver'); an order with
  neither is a buyer of its own. Both are approximate: one person may use two phones, two
  people share one masked phone. Every figure counting buyers (KPIs, customers) uses this
  one identity, so 支付买家数 agrees everywhere; Taobao has buyer IDs and stays exact.
- The home currency of a platform (or of the shop): the currency most of its orders are
  in (ties: the first code), CNY for a shop without orders. Figures are never added
  across currencies; the home currency is only where a figure without a currency of its
  own (a refund record without its order, visitors) is shown.
"""

from __future__ import annotations

import sqlite3

DEFAULT_CURRENCY = "CNY"


def sale(o: str = "o") -> str:
    """SQL condition: the order aliased `o` is a sale."""
    return f"{o}.paid_at IS NOT NULL AND {o}.status != 'unpaid'"


def sale_in_period(o: str = "o") -> str:
    """SQL condition: a sale paid within [:start, :after) (the paid_at index is used)."""
    return f"{o}.paid_at >= :start AND {o}.paid_at < :after AND {o}.status != 'unpaid'"


def approximate_buyer(o: str = "o") -> str:
    """SQL condition: the buyer of the order aliased `o` is not the platform's buyer ID
    (the receiver stands for them, or nobody does)."""
    return f"({o}.buyer_id IS NULL OR {o}.buyer_source IS 'receiver')"


def succeeded(r: str = "r") -> str:
    """SQL condition: the refund record aliased `r` moved money."""
    return f"({r}.status IS NULL OR {r}.status = 'succeeded')"


def refund_time(r: str = "r") -> str:
    """SQL expression: when the refund record aliased `r` happened (NULL: not stated)."""
    return f"coalesce({r}.refunded_at, {r}.requested_at)"


def order_refund(o: str = "o", line_refunds: str | None = None) -> str:
    """SQL expression: the order aliased `o`'s refund in cents. `line_refunds`: an
    expression for the sum of its lines' refund_cents when the query already has it
    (else a subquery reads them)."""
    lines = line_refunds or (
        f"(SELECT sum(l2.refund_cents) FROM order_lines l2 "
        f"WHERE l2.platform = {o}.platform AND l2.order_id = {o}.order_id)")
    return (f"min(coalesce({o}.paid_cents, 1 << 62), max("
            f"coalesce({o}.refund_cents, 0), coalesce({lines}, 0), "
            f"coalesce((SELECT sum(r2.amount_cents) FROM refunds r2 "
            f"WHERE r2.platform = {o}.platform AND r2.order_id = {o}.order_id "
            f"AND {succeeded('r2')}), 0)))")


# The home currency of one platform (:platform) or of all (:platform NULL).
HOME_CURRENCY_SQL = """
SELECT currency FROM orders WHERE (:platform IS NULL OR platform = :platform)
GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1
"""


def pick_home(counts: dict[str, int]) -> str:
    """The home currency from orders per currency (see the module docstring)."""
    if not counts:
        return DEFAULT_CURRENCY
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def home_currency(conn: sqlite3.Connection, platform: str | None = None) -> str:
    """The currency most of the platform's (all platforms') orders are in; CNY if none."""
    row = conn.execute(HOME_CURRENCY_SQL, {"platform": platform}).fetchone()
    return row[0] if row else DEFAULT_CURRENCY


def home_currencies(conn: sqlite3.Connection) -> dict[str, str]:
    """Every platform's home currency in one pass (platforms without orders: absent)."""
    counts: dict[str, dict[str, int]] = {}
    for platform, currency, count in conn.execute(
            # currency first: a plain scan (by platform it walks an index, 4x slower)
            "SELECT platform, currency, count(*) FROM orders GROUP BY currency, platform"):
        counts.setdefault(platform, {})[currency] = count
    return {platform: pick_home(found) for platform, found in counts.items()}
