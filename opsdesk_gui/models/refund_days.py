"""Which day a refund belongs to: the day it succeeded (domain.md §2, 生意参谋's
成功退款金额), the one home of that rule for the KPIs, the daily cache and the dashboard.
No Qt.

An order's refund R (rules.order_refund) is cut into dated pieces:
1. its succeeded refund records with a time (refunded_at, else requested_at), taken in
   time order, each on its own day, until R is used up (a record beyond R counts only
   the part of R it reaches: the exports may state the same refund twice);
2. what is left of R has no date of its own (an order export's 退款金额 without the
   after-sales export, 抖店's line refunds): it stays on the order's payment day and is
   marked undated, so a figure can say how much of it there is.
An order counts once as a refunded order, on the day of its first piece.

Refund records whose order the shop file does not hold are not here: they count on
their own day (kpi.UNMATCHED_REFUNDS).
"""

from __future__ import annotations

from .rules import order_refund, refund_time, sale, succeeded


def refund_pieces_sql(candidates: str) -> str:
    """SELECT of the refund pieces of the sale orders listed by `candidates` (a SELECT or
    table of (platform, order_id), without duplicates): platform, order_id, currency, day
    ('YYYY-MM-DD'), amount (cents, never 0), dated (1: the refund's own day, 0: the
    order's payment day) and first (1 on the order's first piece with amount > 0)."""
    when = refund_time("r")
    return f"""
WITH ord AS (
    SELECT o.platform, o.order_id, o.currency, substr(o.paid_at, 1, 10) AS paid_day,
           {order_refund("o")} AS refund
    FROM ({candidates}) AS c
    CROSS JOIN orders o ON o.platform = c.platform AND o.order_id = c.order_id
    WHERE {sale("o")}
),
rec AS (
    SELECT r.platform, r.order_id, substr({when}, 1, 10) AS day, r.amount_cents AS amount,
           sum(r.amount_cents) OVER (PARTITION BY r.platform, r.order_id
                                     ORDER BY {when}, r.refund_id
                                     ROWS UNBOUNDED PRECEDING) AS cum
    FROM ord CROSS JOIN refunds r ON r.platform = ord.platform AND r.order_id = ord.order_id
    WHERE ord.refund > 0 AND {succeeded("r")} AND r.amount_cents > 0 AND {when} IS NOT NULL
),
dated AS (
    SELECT rec.platform, rec.order_id, ord.currency, rec.day,
           max(0, min(rec.cum, ord.refund) - (rec.cum - rec.amount)) AS amount, 1 AS dated
    FROM rec JOIN ord ON ord.platform = rec.platform AND ord.order_id = rec.order_id
),
pieces AS (
    SELECT * FROM dated WHERE amount > 0
    UNION ALL
    SELECT ord.platform, ord.order_id, ord.currency, ord.paid_day,
           ord.refund - coalesce((SELECT sum(d.amount) FROM dated d
                                  WHERE d.platform = ord.platform
                                    AND d.order_id = ord.order_id), 0), 0
    FROM ord
)
SELECT platform, order_id, currency, day, amount, dated,
       amount > 0 AND row_number() OVER (
           PARTITION BY platform, order_id, amount > 0 ORDER BY day, dated DESC) = 1 AS first
FROM pieces WHERE amount != 0
"""


# The pieces of a period (:start, :after as 'YYYY-MM-DD', :platform or NULL): of the
# orders paid in it and of the orders with a refund record dated in it.
_PERIOD_CANDIDATES = f"""
SELECT o.platform, o.order_id FROM orders o
WHERE o.paid_at >= :start AND o.paid_at < :after AND {sale("o")}
  AND (:platform IS NULL OR o.platform = :platform)
UNION
SELECT r.platform, r.order_id FROM refunds r
WHERE r.order_id IS NOT NULL AND {succeeded("r")}
  AND {refund_time("r")} >= :start AND {refund_time("r")} < :after
  AND (:platform IS NULL OR r.platform = :platform)
"""

# Per currency: refunds dated in the period, orders first refunded in it, undated part.
PERIOD_REFUNDS_SQL = f"""
SELECT currency, sum(amount), sum(first), sum(CASE WHEN dated THEN 0 ELSE amount END)
FROM ({refund_pieces_sql(_PERIOD_CANDIDATES)})
WHERE day >= :start AND day < :after AND (:currency IS NULL OR currency = :currency)
GROUP BY currency
"""

# Per order of one currency (:currency) refunded in the period: platform, order_id, the
# part of its refund dated in the period (> 0) and its whole refund.
PERIOD_ORDER_REFUNDS_SQL = f"""
SELECT platform, order_id,
       sum(CASE WHEN day >= :start AND day < :after THEN amount ELSE 0 END) AS in_period,
       sum(amount) AS refund
FROM ({refund_pieces_sql(_PERIOD_CANDIDATES)})
WHERE currency = :currency
GROUP BY platform, order_id
HAVING in_period > 0
"""
