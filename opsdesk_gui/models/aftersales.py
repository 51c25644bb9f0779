"""After-sales (domain.md §7): refunds by product (sku) and by reason, and the Pareto of
reasons that points at what to fix. No Qt.

Which refunds: as in kpi.py, so that the totals here equal its refund_amount: the
refunds that succeeded in the period (refund_days.py), of orders paid in any period, in
one currency. An order's refund R = min(paid, max(orders.refund_cents, sum of its lines'
refund_cents, sum of its refund records with status NULL or 'succeeded')): the order,
line and after-sales exports state the same refund at different grain, so R is the
largest, never their sum; the part of R dated in the period is what counts here (when it
is only part of R, the split below is scaled to it). Plus refund records whose order the
shop file does not hold, counted by their own date (refunded_at, else requested_at) in
the period, in their own currency (else their platform's home currency).

Splitting an order's R over (sku, reason), in cents that add up to R exactly (largest
remainders):
1. its refund records give amounts per (sku, reason) (a record's sku, else its line's,
   else the order's only sku); if they state R or more, they are scaled down to R;
2. else the rest goes to the skus whose line refunds exceed what the records already put
   on them (reason unstated), scaled down to what is left;
3. whatever is still left has no stated sku or reason: it goes to the order's only sku
   when all its lines are one sku, else to sku None (unattributed); reason None.
Unmatched records keep their own sku and reason.

By sku: orders (period orders with the sku), units and sales_cents (the lines' amounts),
refund_cents, refunded_orders (orders with a refund of the sku in the period),
refund_rate (by amount: refund_cents / sales_cents) and refund_order_rate (by count:
refunded_orders / orders).
Rows: every sku sold or refunded, most refunded first.

By reason (the Pareto): refund_cents, cases (orders, plus unmatched records, with an
amount on the reason), share of all refunds, cumulative_share, refund_rate (refund_cents /
the period's GMV), and `vital`: the stated reasons that make up the first 80% of the
stated amount (each one whose running total before it is under 80%): the few to fix
first. Sorted by amount, largest first; reason None (not stated) always last and never
vital. With a `sku` filter the reasons are that sku's on every selected platform.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from .kpi import UNMATCHED_REFUNDS
from .periods import Period
from .refund_days import PERIOD_ORDER_REFUNDS_SQL
from .rules import DEFAULT_CURRENCY, home_currencies, home_currency, sale_in_period, succeeded

PARETO_SHARE = 0.8

_SALES = f"""{sale_in_period("o")}
  AND (:platform IS NULL OR o.platform = :platform) AND o.currency = :currency"""

_GMV_SQL = f"SELECT coalesce(sum(o.paid_cents), 0) FROM orders o WHERE {_SALES}"
_SKUS_SQL = f"""
SELECT l.platform, l.sku, max(coalesce(p.title, l.title)), count(DISTINCT l.order_id),
       sum(l.qty), sum(coalesce(l.amount_cents, 0))
FROM orders o JOIN order_lines l ON l.platform = o.platform AND l.order_id = o.order_id
LEFT JOIN products p ON p.platform = l.platform AND p.sku = l.sku
WHERE {_SALES} AND l.qty > 0
GROUP BY l.platform, l.sku
"""
# The orders refunded in the period (refund_days.py) with their lines (one row per line;
# one row with NULL line fields for an order without lines), and their refund records.
_REFUNDED_SQL = f"""
WITH t AS ({PERIOD_ORDER_REFUNDS_SQL})
SELECT t.platform, t.order_id, t.in_period, t.refund, l.line_id, l.sku, l.qty,
       coalesce(l.refund_cents, 0)
FROM t LEFT JOIN order_lines l ON l.platform = t.platform AND l.order_id = t.order_id
"""
_RECORDS_SQL = f"""
WITH t AS ({PERIOD_ORDER_REFUNDS_SQL})
SELECT r.platform, r.order_id, r.line_id, r.sku, r.reason, r.amount_cents
FROM t JOIN refunds r ON r.platform = t.platform AND r.order_id = t.order_id
WHERE {succeeded("r")}
"""
_UNMATCHED_SQL = ("SELECT r.platform, r.refund_id, r.sku, r.title, r.reason, r.amount_cents, "
                  "r.currency "
                  f"FROM {UNMATCHED_REFUNDS}")

SKU_COLUMNS = ["platform", "sku", "title", "orders", "units", "sales_cents", "refund_cents",
               "refunded_orders", "refund_rate", "refund_order_rate"]
REASON_COLUMNS = ["reason", "refund_cents", "cases", "share", "cumulative_share",
                  "refund_rate", "vital"]


def scale_cents(amounts: dict, total: int) -> dict:
    """Integer amounts proportional to `amounts`, adding up to `total` exactly (largest
    remainder; ties go to the earlier key). Zero weights get nothing."""
    weight = sum(amounts.values())
    if weight <= 0 or total <= 0:
        return {key: 0 for key in amounts}
    shares = {key: value * total for key, value in amounts.items()}
    result = {key: share // weight for key, share in shares.items()}
    left = total - sum(result.values())
    order = sorted(amounts, key=lambda key: -(shares[key] % weight))
    for key in order[:left]:
        result[key] += 1
    return result


def split_order_refund(refund: int, records: list[tuple], line_refunds: dict,
                       skus: set) -> dict:
    """One order's refund over (sku, reason), by the module's rule. records: (sku,
    reason, amount); line_refunds: sku -> refund stated on its lines; skus: the skus of
    the order's lines."""
    only = next(iter(skus)) if len(skus) == 1 else None
    joint: dict = defaultdict(int)
    for sku, reason, amount in records:
        joint[(sku if sku is not None else only, reason)] += amount
    stated = sum(joint.values())
    if stated >= refund:
        return {k: v for k, v in scale_cents(dict(joint), refund).items() if v}
    result = dict(joint)
    left = refund - stated
    on_sku: dict = defaultdict(int)
    for (sku, _), amount in joint.items():
        on_sku[sku] += amount
    extra = {sku: amount - on_sku[sku] for sku, amount in line_refunds.items()
             if amount > on_sku[sku]}
    for sku, amount in scale_cents(extra, min(left, sum(extra.values()))).items():
        if amount:
            result[(sku, None)] = result.get((sku, None), 0) + amount
            left -= amount
    if left:
        result[(only, None)] = result.get((only, None), 0) + left
    return result


@dataclass(frozen=True)
class AfterSales:
    period: Period
    currency: str
    gmv: int               # the period's 支付金额, the denominator of the reasons' rates
    refund_amount: int     # = kpi refund_amount for the same period, platform, currency
    unmatched_refund_amount: int
    by_sku: pd.DataFrame
    by_reason: pd.DataFrame


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """Rows -> a frame whose text columns keep None (not NaN) for 'not stated'."""
    return pd.DataFrame({c: pd.Series([r[c] for r in rows], dtype=object) for c in columns})


def _reason_frame(amounts: dict, cases: dict, gmv: int) -> pd.DataFrame:
    total = sum(amounts.values())
    stated = total - amounts.get(None, 0)
    keys = sorted(amounts, key=lambda r: (r is None, -amounts[r], r or ""))
    rows, running = [], 0
    for reason in keys:
        before = running
        running += amounts[reason]
        rows.append({
            "reason": reason, "refund_cents": amounts[reason], "cases": len(cases[reason]),
            "share": amounts[reason] / total if total else None,
            "cumulative_share": running / total if total else None,
            "refund_rate": amounts[reason] / gmv if gmv else None,
            "vital": reason is not None and before < PARETO_SHARE * stated,
        })
    frame = _frame(rows, REASON_COLUMNS)
    frame["refund_cents"] = frame["refund_cents"].astype("int64")
    frame["cases"] = frame["cases"].astype("int64")
    frame["vital"] = frame["vital"].astype(bool)
    for column in ("share", "cumulative_share", "refund_rate"):
        frame[column] = frame[column].astype("float64")
    return frame


def refund_analysis(conn: sqlite3.Connection, period: Period, platform: str | None = None,
                    currency: str | None = None, sku: str | None = None) -> AfterSales:
    """The period's refunds by sku and reason. With `sku`, the reasons are that sku's
    (its Pareto); by_sku and the totals stay the whole shop's."""
    currency = currency or home_currency(conn, platform)
    start, after = period.time_bounds()
    params = {"start": start, "after": after, "platform": platform, "currency": currency}
    gmv = conn.execute(_GMV_SQL, params).fetchone()[0]
    sold: dict = {}
    for p, item, title, count, units, sales in conn.execute(_SKUS_SQL, params):
        sold[(p, item)] = {"title": title, "orders": count, "units": units, "sales_cents": sales}

    orders: dict = {}                    # (platform, order) -> (in the period, whole refund)
    line_sku: dict = {}
    order_skus: dict = defaultdict(set)
    line_refunds: dict = defaultdict(lambda: defaultdict(int))
    for p, o, in_period, whole, line, item, qty, refund in conn.execute(_REFUNDED_SQL,
                                                                        params):
        orders[(p, o)] = (in_period, whole)
        if line is None:
            continue
        line_sku[(p, o, line)] = item
        line_refunds[(p, o)][item] += refund
        if qty is not None and qty > 0:
            order_skus[(p, o)].add(item)
    records: dict = defaultdict(list)
    for p, o, line, record_sku, reason, amount in conn.execute(_RECORDS_SQL, params):
        records[(p, o)].append((record_sku or line_sku.get((p, o, line)), reason or None,
                                amount))

    refunded: dict = defaultdict(int)          # (platform, sku) -> cents
    refunded_orders: dict = defaultdict(set)   # (platform, sku) -> order ids
    reasons: dict = defaultdict(int)
    cases: dict = defaultdict(set)
    total = 0
    for (p, o), (in_period, whole) in orders.items():
        total += in_period
        split = split_order_refund(whole, records.get((p, o), []),
                                   dict(line_refunds.get((p, o), {})),
                                   order_skus.get((p, o), set()))
        if in_period != whole:  # part of it succeeded in another period
            split = {k: v for k, v in scale_cents(split, in_period).items() if v}
        for (item, reason), amount in split.items():
            refunded[(p, item)] += amount
            refunded_orders[(p, item)].add(o)
            if sku is None or item == sku:
                reasons[reason] += amount
                cases[reason].add((p, o))

    unmatched = 0
    homes: dict | None = None
    for p, refund_id, item, title, reason, amount, own in conn.execute(_UNMATCHED_SQL,
                                                                       params):
        homes = home_currencies(conn) if homes is None else homes
        if (own or homes.get(p, DEFAULT_CURRENCY)) != currency:
            continue
        unmatched += amount
        total += amount
        refunded[(p, item)] += amount
        sold.setdefault((p, item), {"title": title, "orders": 0, "units": 0,
                                    "sales_cents": 0})
        if sku is None or item == sku:
            reasons[reason or None] += amount
            cases[reason or None].add(("record", p, refund_id))

    rows = []
    for key in set(sold) | set(refunded):
        entry = sold.get(key, {"title": None, "orders": 0, "units": 0, "sales_cents": 0})
        count, n_refunded = entry["orders"], len(refunded_orders.get(key, ()))
        rows.append({
            "platform": key[0], "sku": key[1], "title": entry["title"], "orders": count,
            "units": entry["units"], "sales_cents": entry["sales_cents"],
            "refund_cents": refunded.get(key, 0), "refunded_orders": n_refunded,
            "refund_rate": (refunded.get(key, 0) / entry["sales_cents"]
                            if entry["sales_cents"] else None),
            "refund_order_rate": n_refunded / count if count else None,
        })
    rows.sort(key=lambda r: (-r["refund_cents"], -r["sales_cents"], r["platform"],
                             r["sku"] is None, r["sku"] or ""))
    by_sku = _frame(rows, SKU_COLUMNS)
    for column in ("orders", "units", "sales_cents", "refund_cents", "refunded_orders"):
        by_sku[column] = by_sku[column].astype("int64")
    for column in ("refund_rate", "refund_order_rate"):
        by_sku[column] = by_sku[column].astype("float64")
    return AfterSales(period, currency, gmv, total, unmatched, by_sku,
                      _reason_frame(dict(reasons), cases, gmv))
