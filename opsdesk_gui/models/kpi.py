"""The core metrics of one period (domain.md §2), in SQL over the shop file. No Qt.

Definitions, and the decisions taken where the exports leave a choice:

- Sales. A period's orders are those with `paid_at` in [start 00:00:00, end 23:59:59]
  (queried as `paid_at >= start AND paid_at < day after end`, on the paid_at index), with
  `paid_at IS NOT NULL AND status != 'unpaid'`. An order closed after payment ('closed',
  'refunded') stays a paid order; what was given back counts in refund_amount.
- gmv (支付金额) = sum(orders.paid_cents): what buyers actually paid, postage included,
  refunds not subtracted. paid_orders (支付订单数) = count of the period's orders.
  paying_buyers (支付买家数) = distinct (platform, buyer_id); buyer_id is the receiver's
  code where the export has no buyer ID (rules.py), and an order without buyer_id counts
  as a buyer of its own. units (支付件数) = sum(coalesce(orders.units, the sum of
  its lines' qty)).
- refund_amount (退款金额) is the refunds OF the period's orders (the exports carry no
  refund date for them). The order export, the line export and the after-sales export
  describe the same refund at different grain, so an order's refund is the LARGEST of
  what they state, never their sum: max(orders.refund_cents, sum(order_lines.refund_cents),
  sum(refunds.amount_cents with status NULL or 'succeeded')), and never more than the
  buyer paid for the order (a line refund stated at list price must not exceed it).
  Refund records whose order the shop file does not hold (e.g. a return invoice of the
  generic import) count in the period of their refunded_at date (else requested_at;
  neither: never counted), within the platform filter; `unmatched_refund_amount` shows
  that part. refund_rate (退款率, by amount) = refund_amount / gmv; refund_order_rate
  (退款率, by count) = the period's orders with a refund > 0 / paid_orders (records
  without an order are not in it).
- net_sales (净销售额) = gmv - refund_amount. aov (客单价, 生意参谋's definition) =
  gmv / paying_buyers; aov_per_order (笔单价) = gmv / paid_orders. Money ratios are
  rounded half away from zero to the cent (money.divide_cents).
- visitors (访客数) come from traffic rows of scope 'shop' of the selected platform(s),
  per platform: a row exported for exactly the period (period_start = start and
  period_end = end) wins; otherwise the daily rows (period_start = period_end) inside the
  period are summed and the figure is approximate (`visitors_approximate`), because
  visitors are de-duplicated per exported period and do not add across days. Rows of
  other spans (weeks, months not equal to the period) are not used. Shop rows of one
  platform and period with several subjects are added. No usable row: visitors is None.
  conversion_rate (支付转化率) = paying_buyers / visitors; uv_value (UV价值) = gmv /
  visitors, in cents.
- buyerless_orders: the period's orders whose buyer is approximate (rules.approximate_buyer:
  抖店, 拼多多 and 快手 exports carry no buyer ID, so their receiver's name + phone stand
  for the buyer, else the order is a buyer of its own): `buyers_known` says whether any
  are in 支付买家数 and 客单价.
- gross_margin (毛利率) = (net_sales - cost) / net_sales, cost = sum(line qty x
  products.cost_cents on (platform, sku)) over the period's orders' lines with qty > 0.
  None (with `margin_gap` saying why) when there are no sales, when any period order has
  no lines or any such line has no known cost (the data is missing, a guess would
  mislead), and when net_sales is 0 or below (more refunded than sold in the period).
  cost_coverage = units with a known cost / units the lines (or, for orders without
  lines, the orders) state, for display beside it.
- Currencies are never added together. Orders keep their currency; without `currency`
  the result holds one entry per currency present: in the period's sales, in its
  unmatched refunds, or in the traffic of a platform (see below). When none is present
  the result still holds one empty entry, in the currency most of the selected
  platforms' orders are in (CNY for an empty shop), so callers always have a row.
- Visitors go with the platforms whose period orders are in that currency: a platform
  selling in CNY and USD in the period lends its visitors to both entries (its visitors
  saw both kinds of sale). A platform without period orders lends them to its home
  currency (the currency most of its orders in the file are in, else CNY); unmatched
  refunds, which carry no currency, also go to the home currency of their platform.
  When some platforms selling in a currency have traffic and others have none, the
  figure covers only part of the sales and is marked approximate too.
- before_data: the period ends before the shop's first sale (of the platform): its
  figures are not zero but unknown, so a comparison with it says "no data", not a rise
  from 0.
- Comparison: the same metrics for another period, and `KpiChange`, the split of the
  GMV change in logs: gmv = ln(GMV2/GMV1), visitors = ln(UV2/UV1), conversion =
  ln(CR2/CR1), aov = ln(AOV2/AOV1) with the unrounded AOV, so that the last three add up
  to gmv exactly (GMV = UV x CR x AOV); plus gmv_delta in cents. A term is None when any
  of its figures is 0 or missing on either side.

Reading: with a fresh daily cache (cached_sales.CachedSales) the sales, refunds and costs
are summed from its days and the paying buyers unioned from its buyer numbers; without
one, the orders are read (`_SALES_SQL` and its neighbours, the reference the cache path
is tested against, field by field). Both give the same figures to the cent.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from fractions import Fraction

from ..money import divide_cents, ratio
from .cached_sales import CachedSales
from .periods import Period
from .refund_days import PERIOD_REFUNDS_SQL
from .rules import approximate_buyer, home_currency, refund_time, sale, sale_in_period, succeeded

# One row per period order (lines and their products joined, grouped back to the order),
# then one row per currency. Refunds are not here: they belong to the day they succeeded
# (refund_days.PERIOD_REFUNDS_SQL).
_SALES_SQL = f"""
WITH one AS (
    SELECT o.currency, o.platform,
           CASE WHEN o.buyer_id IS NULL THEN 'o' || o.platform || char(31) || o.order_id
                ELSE 'b' || o.platform || char(31) || o.buyer_id END AS buyer,
           coalesce(o.paid_cents, 0) AS paid, {approximate_buyer('o')} AS buyerless,
           coalesce(o.units, sum(CASE WHEN l.qty > 0 THEN l.qty END), 0) AS units,
           coalesce(sum(l.qty > 0), 0) AS lines,
           coalesce(sum(CASE WHEN l.qty > 0 THEN l.qty END), 0) AS line_qty,
           coalesce(sum(CASE WHEN l.qty > 0 AND p.cost_cents IS NOT NULL THEN l.qty END), 0)
               AS costed_qty,
           coalesce(sum(l.qty > 0 AND p.cost_cents IS NULL), 0) AS uncosted,
           coalesce(sum(CASE WHEN l.qty > 0 THEN l.qty * p.cost_cents END), 0) AS cost
    FROM orders o
    LEFT JOIN order_lines l ON l.platform = o.platform AND l.order_id = o.order_id
    LEFT JOIN products p ON p.platform = l.platform AND p.sku = l.sku
    WHERE {sale_in_period("o")}
      AND (:platform IS NULL OR o.platform = :platform)
      AND (:currency IS NULL OR o.currency = :currency)
    GROUP BY o.platform, o.order_id
)
SELECT currency, platform, sum(paid), count(*), count(DISTINCT buyer), sum(units), sum(cost),
       sum(CASE WHEN lines > 0 THEN line_qty ELSE units END),
       sum(costed_qty), sum(uncosted), sum(lines = 0), sum(buyerless)
FROM one GROUP BY currency, platform
"""

_SALES_PLATFORMS_SQL = f"""
SELECT DISTINCT platform, currency FROM orders o
WHERE {sale_in_period("o")} AND (:platform IS NULL OR platform = :platform)
"""

# Refunds (as `r`) of the period whose order the shop does not hold, dated by the refund.
UNMATCHED_REFUNDS = f"""refunds r
WHERE {succeeded("r")}
  AND {refund_time("r")} >= :start AND {refund_time("r")} < :after
  AND (:platform IS NULL OR r.platform = :platform)
  AND NOT EXISTS (SELECT 1 FROM orders o
                  WHERE o.platform = r.platform AND o.order_id = r.order_id)"""
_UNMATCHED_REFUNDS_SQL = (
    f"SELECT r.platform, r.currency, sum(r.amount_cents) FROM {UNMATCHED_REFUNDS} "
    f"GROUP BY r.platform, r.currency")

_FIRST_SALE_SQL = f"""
SELECT min(o.paid_at) FROM orders o
WHERE {sale("o")} AND (:platform IS NULL OR o.platform = :platform)
"""
_CACHED_FIRST_SALE_SQL = """
SELECT min(day) FROM cache_shop_daily
WHERE paid_orders > 0 AND (:platform IS NULL OR platform = :platform)
"""

_TRAFFIC_SQL = """
SELECT platform,
       sum(CASE WHEN period_start = :first AND period_end = :last THEN visitors END),
       sum(CASE WHEN period_start = period_end AND period_start >= :first
                 AND period_start <= :last THEN visitors END)
FROM traffic
WHERE scope = 'shop' AND visitors IS NOT NULL
  AND (:platform IS NULL OR platform = :platform)
  AND period_start <= :last AND period_end >= :first
GROUP BY platform
"""

@dataclass(frozen=True)
class Kpis:
    """One period's core metrics in one currency: integer cents and counts; the rates
    are properties, None where their data is missing or their denominator is 0."""

    currency: str
    period: Period
    gmv: int = 0
    paid_orders: int = 0
    paying_buyers: int = 0
    units: int = 0
    refund_amount: int = 0
    refunded_orders: int = 0           # period orders with a refund > 0
    unmatched_refund_amount: int = 0   # part of refund_amount without an order in the file
    undated_refund_amount: int = 0     # part of refund_amount on its order's payment day
    visitor_platforms: tuple[str, ...] = ()  # the platforms whose visitors are counted
    scoped_gmv: int = 0                # GMV of those platforms
    scoped_buyers: int = 0             # paying buyers of those platforms
    visitors: int | None = None
    visitors_approximate: bool = False
    known_cost: int = 0                # cost of the lines whose product has a cost
    cost_units: int = 0                # units the cost coverage is measured over
    costed_units: int = 0              # of which have a known cost
    lines_without_cost: int = 0
    orders_without_lines: int = 0
    buyerless_orders: int = 0          # orders without a buyer ID: each counted as a buyer
    before_data: bool = False          # the period ends before the shop's first sale

    @property
    def net_sales(self) -> int:
        return self.gmv - self.refund_amount

    @property
    def aov(self) -> int | None:
        """客单价: gmv per paying buyer, in cents."""
        return divide_cents(self.gmv, self.paying_buyers)

    @property
    def buyers_known(self) -> bool:
        """False when some paying buyers are approximate (no buyer ID: counted by their
        receiver's name + phone, or one per order), so 支付买家数 and 客单价 are too."""
        return self.buyerless_orders == 0

    @property
    def aov_per_order(self) -> int | None:
        """笔单价: gmv per paid order, in cents."""
        return divide_cents(self.gmv, self.paid_orders)

    @property
    def refund_rate(self) -> float | None:
        """By amount: refund_amount / gmv."""
        return ratio(self.refund_amount, self.gmv)

    @property
    def refund_order_rate(self) -> float | None:
        """By count: orders with a refund / paid orders."""
        return ratio(self.refunded_orders, self.paid_orders)

    @property
    def conversion_rate(self) -> float | None:
        """Paying buyers of the platforms whose visitors are known / those visitors."""
        if self.visitors is None:
            return None
        return ratio(self.scoped_buyers, self.visitors)

    @property
    def uv_value(self) -> int | None:
        """GMV of the platforms whose visitors are known / those visitors, in cents."""
        if self.visitors is None:
            return None
        return divide_cents(self.scoped_gmv, self.visitors)

    @property
    def scoped_aov(self) -> int | None:
        """客单价 within the scope of the visitors (the GMV split's third factor)."""
        return divide_cents(self.scoped_gmv, self.scoped_buyers)

    @property
    def visitors_cover_all_sales(self) -> bool:
        """Whether the rates over visitors cover every sale of the period."""
        return (self.visitors is not None and self.scoped_gmv == self.gmv
                and self.scoped_buyers == self.paying_buyers)

    @property
    def visitors_gap(self) -> str | None:
        """Why conversion_rate / uv_value are None: 'no_traffic' or 'no_visitors'."""
        if self.visitors is None:
            return "no_traffic"
        return "no_visitors" if self.visitors == 0 else None

    @property
    def cost(self) -> int | None:
        """Cost of goods of the period's orders; None when part of it is unknown."""
        if self.orders_without_lines or self.lines_without_cost:
            return None
        return self.known_cost

    @property
    def margin_gap(self) -> str | None:
        """Why gross_margin is None: 'no_sales', 'no_lines' (orders without lines),
        'no_cost' (lines whose product has no cost), 'no_net_sales' or
        'negative_net_sales' (more refunded than sold: a margin over it would read as a
        percentage above 100); else None."""
        if not self.paid_orders:
            return "no_sales"
        if self.orders_without_lines:
            return "no_lines"
        if self.lines_without_cost:
            return "no_cost"
        if not self.net_sales:
            return "no_net_sales"
        if self.net_sales < 0:
            return "negative_net_sales"
        return None

    @property
    def gross_margin(self) -> float | None:
        if self.margin_gap:
            return None
        return (self.net_sales - self.known_cost) / self.net_sales

    @property
    def cost_coverage(self) -> float | None:
        """Share of the units with a known cost (None without units)."""
        return ratio(self.costed_units, self.cost_units)


@dataclass(frozen=True)
class KpiChange:
    """From a base period to the current one. The log terms: visitors + conversion + aov
    == ln(split_current_gmv / split_base_gmv) (up to float rounding): with visitors on
    both sides, the split covers the GMV of the platforms whose visitors are known (the
    same on both sides: split_base_gmv, split_current_gmv); without, the whole GMV."""

    gmv: float | None
    visitors: float | None
    conversion: float | None
    aov: float | None
    gmv_delta: int
    split_base_gmv: int = 0
    split_current_gmv: int = 0


@dataclass(frozen=True)
class KpiComparison:
    current: Kpis
    base: Kpis
    change: KpiChange


# Rates compare in percentage points (支付转化率 3.00% -> 3.50%: +0.50 pt), the rest as a
# relative change (支付金额 +12.0%): as operators read them, on screen and on paper alike.
RATE_METRICS = frozenset({"conversion_rate", "refund_rate", "refund_order_rate",
                          "gross_margin", "cost_coverage"})


def metric_change(code: str, now, before, before_data: bool = False) -> float | None:
    """The change shown beside a KPI: for a rate the difference (a fraction: 0.005 is
    +0.50 pt), else now ÷ before − 1; None when either is missing (or before is 0), or
    when the earlier period lies before the shop's data (`before_data`)."""
    if now is None or before is None or before_data:
        return None
    if code in RATE_METRICS:
        return float(now - before)
    return float(now) / float(before) - 1 if before else None


def _log_ratio(new: Fraction | int, old: Fraction | int) -> float | None:
    if not new or not old:
        return None
    return math.log(Fraction(new) / Fraction(old))


def kpi_change(base: Kpis, current: Kpis) -> KpiChange:
    """The change from `base` to `current`, split exactly in logs."""
    v1, v2 = base.visitors or 0, current.visitors or 0
    if v1 and v2:  # within the platforms whose visitors are known, the same on both sides
        g1, g2 = base.scoped_gmv, current.scoped_gmv
        b1, b2 = base.scoped_buyers, current.scoped_buyers
    else:
        g1, g2 = base.gmv, current.gmv
        b1, b2 = base.paying_buyers, current.paying_buyers
    conversion = aov = None
    if b1 and b2 and v1 and v2:
        conversion = _log_ratio(Fraction(b2, v2), Fraction(b1, v1))
    if b1 and b2 and g1 and g2:
        aov = _log_ratio(Fraction(g2, b2), Fraction(g1, b1))
    return KpiChange(gmv=_log_ratio(current.gmv, base.gmv), visitors=_log_ratio(v2, v1),
                     conversion=conversion, aov=aov, gmv_delta=current.gmv - base.gmv,
                     split_base_gmv=g1, split_current_gmv=g2)


class _Query:
    """One period's figures, read once, assembled per currency."""

    def __init__(self, conn: sqlite3.Connection, period: Period, platform: str | None,
                 currency: str | None, cache: CachedSales | None = None) -> None:
        self.conn, self.period, self.platform, self.cache = conn, period, platform, cache
        start, after = period.time_bounds()
        params = {"start": start, "after": after, "platform": platform}
        # currency -> platform -> (gmv, orders, buyers, units, cost, cost units, costed
        # units, lines without cost, orders without lines); buyers are per platform, so
        # they add up across platforms
        self.sales: dict[str, dict[str, tuple]] = {}
        self.refunds: dict[str, tuple[int, int, int]] = {}  # amount, orders, undated
        self.selling: dict[str, set[str]] = {}  # platform -> currencies of its period sales
        # (platform, currency or None: the record states none) -> cents
        self.unmatched: dict[tuple[str, str | None], int] = {}
        if cache is None:
            with_currency = params | {"currency": currency}
            for c, p, *figures in conn.execute(_SALES_SQL, with_currency):
                self.sales.setdefault(c, {})[p] = tuple(figures)
            self.refunds = {c: (int(a), int(n), int(u)) for c, a, n, u in conn.execute(
                PERIOD_REFUNDS_SQL, with_currency)}
            for p, c in conn.execute(_SALES_PLATFORMS_SQL, params):
                self.selling.setdefault(p, set()).add(c)
            self.unmatched = {(p, c): int(a) for p, c, a in
                              conn.execute(_UNMATCHED_REFUNDS_SQL, params)}
        else:
            self._read_cache(cache, currency)
        self.traffic: dict[str, tuple[int, bool]] = {}
        days = {"first": period.start.isoformat(), "last": period.end.isoformat(),
                "platform": platform}
        for p, exact, daily in conn.execute(_TRAFFIC_SQL, days):
            if exact is not None:
                self.traffic[p] = (int(exact), False)
            elif daily is not None:
                self.traffic[p] = (int(daily), True)
        self._home: dict[str | None, str] = {}
        first = conn.execute(_FIRST_SALE_SQL if cache is None else _CACHED_FIRST_SALE_SQL,
                             {"platform": platform}).fetchone()[0]
        self.before_data = first is None or period.end.isoformat() < first[:10]

    def _read_cache(self, cache: CachedSales, currency: str | None) -> None:
        """sales, selling and unmatched as the raw queries give them, from the cache."""
        first, last = self.period.start.isoformat(), self.period.end.isoformat()
        days = cache.days(first, last, self.platform)
        sold = days[days["paid_orders"] > 0]
        for p, c in sold[["platform", "currency"]].drop_duplicates().itertuples(index=False):
            self.selling.setdefault(p, set()).add(c)
        refunds = days[days["unmatched_refunds"] > 0]
        self.unmatched = {(p, c): int(v) for (p, c), v in refunds.groupby(
            ["platform", "currency"])["unmatched_refund_cents"].sum().items()}
        if currency is not None:
            sold = sold[sold["currency"] == currency]
            days = days[days["currency"] == currency]
        for c, mine in days.groupby("currency"):
            amount, orders = int(mine["refund_cents"].sum()), int(mine["refunded_orders"].sum())
            if amount or orders:
                self.refunds[c] = (amount, orders, int(mine["undated_refund_cents"].sum()))
        for (c, p), mine in sold.groupby(["currency", "platform"]):
            totals = mine.drop(columns=["platform", "currency", "day"]).sum()
            costs = cache.daily_costs(first, last, p, c).drop(columns="day").sum()
            buyers = cache.distinct_buyers(first, last, p, c).get("", 0)
            self.sales.setdefault(c, {})[p] = (
                int(totals["gmv_cents"]), int(totals["paid_orders"]), buyers,
                int(totals["units"]), int(costs.get("known_cost", 0)),
                int(totals["line_units"] + totals["nosku_units"] + totals["lineless_units"]),
                int(costs.get("costed_units", 0)),
                int(costs.get("uncosted_lines", 0) + totals["nosku_lines"]),
                int(totals["paid_orders"] - totals["line_orders"]),
                int(totals["buyerless_orders"]))

    def home_currency(self, platform: str | None) -> str:
        if self.cache is not None:
            return self.cache.home_currency(platform)
        if platform not in self._home:
            self._home[platform] = home_currency(self.conn, platform)
        return self._home[platform]

    def refund_currency(self, key: tuple[str, str | None]) -> str:
        """A refund record's own currency, else its platform's home currency."""
        platform, currency = key
        return currency or self.home_currency(platform)

    def currencies_of(self, platform: str) -> set[str]:
        """The currencies a platform's visitors and unmatched refunds go with."""
        return self.selling.get(platform) or {self.home_currency(platform)}

    def present(self) -> set[str]:
        found = set(self.sales) | set(self.refunds)
        found |= {self.refund_currency(key) for key in self.unmatched}
        for p in self.traffic:
            found |= self.currencies_of(p)
        return found

    def kpis(self, currency: str) -> Kpis:
        by_platform = self.sales.get(currency, {})
        figures = {}
        if by_platform:
            (gmv, orders, buyers, units, cost, cost_units, costed, uncosted, lineless,
             buyerless) = (sum(column) for column in zip(*by_platform.values(), strict=True))
            figures = dict(gmv=gmv, paid_orders=orders, paying_buyers=buyers, units=units,
                           known_cost=cost, cost_units=cost_units, costed_units=costed,
                           lines_without_cost=uncosted, orders_without_lines=lineless,
                           buyerless_orders=buyerless)
        refund, refunded, undated = self.refunds.get(currency, (0, 0, 0))
        figures.update(refunded_orders=refunded, undated_refund_amount=undated)
        unmatched = sum(amount for key, amount in self.unmatched.items()
                        if self.refund_currency(key) == currency)
        figures["refund_amount"] = refund + unmatched
        visitors, approximate, scope = self._visitors(currency)
        figures["scoped_gmv"] = sum(by_platform[p][0] for p in scope if p in by_platform)
        figures["scoped_buyers"] = sum(by_platform[p][2] for p in scope if p in by_platform)
        return Kpis(currency=currency, period=self.period, unmatched_refund_amount=unmatched,
                    visitors=visitors, visitors_approximate=approximate,
                    visitor_platforms=scope, before_data=self.before_data, **figures)

    def _visitors(self, currency: str) -> tuple[int | None, bool, tuple[str, ...]]:
        with_traffic = sorted(p for p in self.traffic if currency in self.currencies_of(p))
        if not with_traffic:
            return None, False, ()
        approximate = any(self.traffic[p][1] for p in with_traffic)
        selling_blind = [p for p, cs in self.selling.items()
                         if currency in cs and p not in self.traffic]
        return (sum(self.traffic[p][0] for p in with_traffic),
                approximate or bool(selling_blind), tuple(with_traffic))


def _order(results: dict[str, Kpis]) -> dict[str, Kpis]:
    return dict(sorted(results.items(), key=lambda item: (-item[1].gmv, item[0])))


def _cache_of(conn: sqlite3.Connection, cache: CachedSales | None, raw: bool
              ) -> CachedSales | None:
    return None if raw else cache or CachedSales.open(conn)


def compute_kpis(conn: sqlite3.Connection, period: Period, platform: str | None = None,
                 currency: str | None = None, *, cache: CachedSales | None = None,
                 raw: bool = False) -> dict[str, Kpis]:
    """The period's metrics per currency, largest GMV first; with `currency`, that one
    entry only. Never empty (see the module docstring). `cache`: a fresh cache already
    checked (else the daily cache is used when fresh); `raw`: read the orders."""
    query = _Query(conn, period, platform, currency, _cache_of(conn, cache, raw))
    if currency:
        return {currency: query.kpis(currency)}
    found = query.present() or {query.home_currency(platform)}
    return _order({c: query.kpis(c) for c in found})


def compare_kpis(conn: sqlite3.Connection, period: Period, base: Period,
                 platform: str | None = None, currency: str | None = None, *,
                 cache: CachedSales | None = None, raw: bool = False
                 ) -> dict[str, KpiComparison]:
    """`period` against `base` per currency: the currencies present in either period (a
    currency that sold only in one of them shows the drop to, or rise from, zero).
    `cache` and `raw` as for compute_kpis."""
    cache = _cache_of(conn, cache, raw)
    current_q = _Query(conn, period, platform, currency, cache)
    base_q = _Query(conn, base, platform, currency, cache)
    if currency:
        found = {currency}
    else:
        found = (current_q.present() | base_q.present()) or {current_q.home_currency(platform)}
    result = {}
    for c, now in _order({c: current_q.kpis(c) for c in found}).items():
        before = base_q.kpis(c)
        result[c] = KpiComparison(now, before, kpi_change(before, now))
    return result
