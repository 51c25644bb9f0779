"""The Products tab's metrics (domain.md §3): one row per product over a period, from the
daily cache (models/daily_cache.py), vectorised in pandas. No Qt.

Sales of a product are its lines' amounts (商品销售额, postage left out) in orders paid in
the period (a sale: paid_at set, status not 'unpaid'); units are the lines' qty > 0.

Per product (platform, sku; money in integer cents):
- units, sales_cents, orders (orders with the product), refund_cents (the product's
  refunds that succeeded in the period, as the shop's refunds: the daily cache gives each
  order's refund to its lines and dates it by refund_days.py) and return_cents (refund
  records without an order in the file, e.g. return invoices, dated in the period);
  net_sales_cents = sales - refunds - returns; refund_rate = (refunds + returns) / sales.
  cohort_refund_cents: a different metric, the refunds OF the period's sales, whenever
  they happened ("refunds of this period's orders").
- cogs_cents = units x unit cost; gross_profit_cents (毛利) = net sales - cogs;
  gross_margin (毛利率) = gross profit / net sales (None without a cost or with net sales
  0 or below), as kpi.py computes the shop's.
- realised_price_cents = sales / units (the price actually paid after discounts, rounded
  half away from zero); min_unit_price_cents = the lowest line amount / qty of the period.
- sold (动销) = units >= 1.
- stock_at_end: the stock as of the period's end, reconstructed as today's stock (the
  owner's sheet) + the units sold after the period's end, so that a past period is read
  with the stock it had then (deliveries since are not known: they would make it
  smaller). `stock` stays today's stock, for the alerts and the reorder quantity, which
  are about today.
- daily_units = units sold in the last `recent_days` (30) days ENDING AT THE PERIOD END /
  30: the recent rate. days_of_cover = stock_at_end / daily_units (None when it sold
  nothing in those days: cover without end).
- turnover_days = average stock / average daily units in the period. The shop file holds
  no stock history, so average stock is taken as stock_at_end: right for a steady stock,
  wrong after a big delivery or sell-out. None without sales in the period.
- sell_through (售罄率) = units / (units + stock_at_end).
- abc: products ranked by the period's sales (ties by platform, sku), within each
  currency: A while the sales ranked before the product are < 80% of the total (so the
  product that crosses 80% is A), B while < 95%, C after. Products without sales are C.
- lifecycle, the first rule that applies, in this order:
  1. 'new': its first sale ever is within `new_days` (30) days up to the period end
     (first sale day >= end - 29);
  2. 'hot' (爆款): class A and not declining: units >= units of the previous period of
     the same length;
  3. 'rising' (潜力款): units >= previous units x (1 + 50%); with no units in the
     previous period, at least `rising_min_units` (3) units;
  4. 'slow' (滞销): stock > 0 and either nothing sold in the last `slow_days` (30) days
     ending at the period end, or turnover_days > 45 (no sales in the period with stock
     counts as an endless turnover);
  5. 'long_tail': the rest (including products with neither sales nor stock).
  A one-day period classes no lifecycle (None): one day says nothing about a product's
  course (most products sell nothing on a given day).
  Why this order: a product just launched is not judged on its stock yet; 'hot' before
  'slow' keeps an overstocked best seller hot (its stock shows in days of cover and the
  alerts instead); a class A product that is declining, and neither rising nor slow,
  ends in 'long_tail'. 'First sale' is as of the period end (a later first sale: none).
- Replenishment, with lead time = the product's 采购周期 (else `lead_time_days`, 7) and
  review period `review_days` (7): safety_stock = the owner's 安全库存 when the sheet
  gives one, else ceil(daily_units x (lead time + review days)); reorder_point =
  ceil(daily_units x lead time) + safety stock; reorder_qty (when stock <= reorder point)
  = ceil(daily_units x (lead time + review days)) + safety stock - stock, else 0: enough
  to cover the lead time and the review period at the recent rate and be back at the
  safety stock.
- Alerts: low_stock = stock < safety stock, or days of cover < lead time; slow_mover =
  lifecycle 'slow', with stock_value_cents = stock x unit cost (capital tied up);
  below_cost = some sale of the period had a realised unit price below the unit cost;
  below_margin_floor = the margin at the realised price, (sales - units x cost) / sales,
  is under `margin_floor` (20%). Figures that need an unknown stock or cost are None
  (NA) and their alerts False.

Rows come in ABC order (sales, then platform, sku). A product's row: the catalogue
(products table) joined with its sales; a product sold in
two currencies has a row per currency; a product sold but missing from the catalogue has
a row without title, price, cost or stock. A product without sales takes the currency of
its catalogue row, else its platform's home currency (rules.py).

`product_summary` gives 动销率 = products with >= 1 unit sold / products on shelf, where on
shelf = in the catalogue with stock > 0, or sold in the period (a product without a stock
figure counts only when it sold). A platform without any stock figure (e.g. 抖店 rows of
a sheet that keeps the stock on the main shop's rows) is left out: its 动销率 is unknown,
not 100 % (`platforms_without_stock` names them).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import pandas as pd

from .daily_cache import ensure_daily_cache
from .periods import Period
from .rules import DEFAULT_CURRENCY, pick_home

LIFECYCLES = ("new", "hot", "rising", "slow", "long_tail")


@dataclass(frozen=True)
class ProductRules:
    """The thresholds of the classes and alerts (settings the owner can change)."""

    abc_a_share: float = 0.80
    abc_b_share: float = 0.95
    recent_days: int = 30          # the recent rate: days of cover, safety stock, reorder
    new_days: int = 30
    slow_days: int = 30
    slow_turnover_days: float = 45.0
    rising_growth: float = 0.50
    rising_min_units: int = 3      # 'rising' from nothing in the previous period
    lead_time_days: int = 7        # when the product has no 采购周期
    review_days: int = 7
    margin_floor: float = 0.20


# Each range is read on its own from the cache's (platform, sku, currency, day) key, driven
# by cache_sku so that SQLite groups without sorting: the period's figures, then units in
# the previous period and in the recent windows ending at the period end. _PER_SKU: each
# SKU of the cache with its days from :start to :end, one row per SKU.
_PER_SKU = """FROM cache_sku s
LEFT JOIN cache_sku_daily c
  ON c.platform = s.platform AND c.sku = s.sku AND c.currency = s.currency
 AND c.day >= :start AND c.day <= :end
WHERE (:platform IS NULL OR s.platform = :platform)
GROUP BY s.platform, s.sku, s.currency"""

_PERIOD_SQL = f"""
SELECT s.platform, s.sku, s.currency, s.first_day,
       coalesce(sum(c.units), 0) AS units, coalesce(sum(c.sales_cents), 0) AS sales_cents,
       coalesce(sum(c.orders), 0) AS orders, coalesce(sum(c.refund_cents), 0) AS refund_cents,
       coalesce(sum(c.return_cents), 0) AS return_cents,
       coalesce(sum(c.cohort_refund_cents), 0) AS cohort_refund_cents,
       min(CASE WHEN c.units > 0 THEN c.min_unit_cents END) AS min_unit_price,
       (SELECT d.day FROM cache_sku_daily d
        WHERE d.platform = s.platform AND d.sku = s.sku AND d.currency = s.currency
          AND d.day <= :end AND d.units > 0
        ORDER BY d.day DESC LIMIT 1) AS last_sale_day
{_PER_SKU}"""
_UNITS_SQL = f"""
SELECT s.platform, s.sku, s.currency, coalesce(sum(c.units), 0) AS units,
       coalesce(sum(CASE WHEN c.day >= :inner THEN c.units END), 0) AS inner_units
{_PER_SKU}"""

_CATALOGUE_SQL = """
SELECT platform, sku, product_id, title, category, currency AS catalogue_currency,
       price_cents, cost_cents, stock, safety_stock AS sheet_safety_stock,
       lead_time_days AS sheet_lead_time_days
FROM products WHERE (:platform IS NULL OR platform = :platform)
"""

# Each platform's orders per currency (for the home currency of products without sales).
_HOME_SQL = "SELECT platform, currency, orders FROM cache_home"

_INT_COLUMNS = ("price_cents", "cost_cents", "stock", "sheet_safety_stock",
                "sheet_lead_time_days")
_COUNT_COLUMNS = ("units", "sales_cents", "orders", "refund_cents", "return_cents",
                  "cohort_refund_cents",
                  "prev_units", "recent_units", "slow_window_units")
# Units of each product sold after :end (in any currency): what the stock was then.
_SOLD_SINCE_SQL = """
SELECT platform, sku, sum(units) AS sold_since FROM cache_sku_daily
WHERE day > :end AND (:platform IS NULL OR platform = :platform)
GROUP BY platform, sku
"""


def _day(value) -> str:
    return value.isoformat()


def divide_half_up(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    """Integer cents / count, rounded half away from zero (money.divide_cents, for
    columns); NA where the denominator is 0 or either is NA."""
    num = numerator.astype("Int64")
    den = denominator.astype("Int64")
    valid = den.notna() & num.notna() & (den != 0)
    n = num.where(valid, 0).abs()
    d = den.where(valid, 1).abs()
    quotient = (2 * n + d) // (2 * d)
    sign = np.sign(num.where(valid, 0).astype("int64")) * np.sign(
        den.where(valid, 1).astype("int64"))
    return (quotient * sign).where(valid, pd.NA).astype("Int64")


def _ceil(values: pd.Series) -> pd.Series:
    """Float units -> whole units, up (tiny float noise above a whole number is dropped)."""
    return np.ceil(values.astype("float64") - 1e-9).astype("Int64")


def _ratio(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    num = numerator.astype("Float64")
    den = denominator.astype("Float64")
    return (num / den.where(den != 0)).astype("float64")


def add_rates(f: pd.DataFrame, period: Period, rules: ProductRules) -> None:
    """The figures worked out from a row's sums (module docstring), for a SKU here and for
    a product's added-up variants in product_rollup: refund rate, margin, realised price,
    动销, the recent daily rate, days of cover, turnover, sell-through, growth."""
    units, stock = f["units"], f["stock_at_end"]
    f["refund_rate"] = _ratio(f["refund_cents"] + f["return_cents"], f["sales_cents"])
    # over net sales below 0 (more refunded than sold) a margin is no percentage: None
    f["gross_margin"] = _ratio(f["gross_profit_cents"], f["net_sales_cents"]).where(
        f["net_sales_cents"] > 0)
    f["realised_price_cents"] = divide_half_up(f["sales_cents"], units)
    f["sold"] = units > 0
    f["daily_units"] = f["recent_units"] / rules.recent_days
    rate = f["daily_units"]
    f["days_of_cover"] = (stock.astype("float64") / rate.where(rate > 0)).astype("float64")
    period_rate = (units / period.days).where(units > 0)
    f["turnover_days"] = (stock.astype("float64") / period_rate).astype("float64")
    f["sell_through"] = _ratio(units, units + stock)
    prev = f["prev_units"]
    f["units_growth"] = (units / prev.where(prev > 0) - 1).astype("float64")


def _sales(conn: sqlite3.Connection, period: Period, platform: str | None,
           rules: ProductRules) -> pd.DataFrame:
    """One row per product and currency in the cache."""
    start, end = _day(period.start), _day(period.end)
    frame = pd.read_sql_query(_PERIOD_SQL, conn, params={
        "start": start, "end": end, "platform": platform})
    keys = ["platform", "sku", "currency"]
    previous = period.previous()
    prev = pd.read_sql_query(_UNITS_SQL, conn, params={
        "start": _day(previous.start), "end": _day(previous.end),
        "inner": _day(previous.start), "platform": platform})
    frame = frame.merge(prev[[*keys, "units"]].rename(columns={"units": "prev_units"}),
                        on=keys, how="left")
    recent_start = period.end - timedelta(days=rules.recent_days - 1)
    slow_start = period.end - timedelta(days=rules.slow_days - 1)
    recent = pd.read_sql_query(_UNITS_SQL, conn, params={
        "start": _day(min(recent_start, slow_start)), "end": end,
        "inner": _day(max(recent_start, slow_start)), "platform": platform})
    longer, shorter = ("units", "inner_units") if recent_start <= slow_start else (
        "inner_units", "units")
    recent = recent.rename(columns={longer: "recent_units", shorter: "slow_window_units"})
    frame = frame.merge(recent, on=keys, how="left")
    return frame


def _stock_at_end(conn: sqlite3.Connection, f: pd.DataFrame, period: Period,
                  platform: str | None) -> pd.Series:
    since = pd.read_sql_query(_SOLD_SINCE_SQL, conn, params={
        "end": _day(period.end), "platform": platform})
    sold = f[["platform", "sku"]].merge(since, on=["platform", "sku"], how="left")
    return (f["stock"] + sold["sold_since"].fillna(0).astype("int64").to_numpy()
            ).astype("Int64")


def _catalogue(conn: sqlite3.Connection, platform: str | None) -> pd.DataFrame:
    frame = pd.read_sql_query(_CATALOGUE_SQL, conn, params={"platform": platform})
    for column in _INT_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    return frame


def _join(sales: pd.DataFrame, catalogue: pd.DataFrame, home: dict[str, str]) -> pd.DataFrame:
    """One row per product and currency of its sales; products without sales once."""
    frame = sales.merge(catalogue, on=["platform", "sku"], how="outer", sort=False)
    unsold = frame["currency"].isna()
    frame["currency"] = frame["currency"].where(~unsold, frame["catalogue_currency"].fillna(
        frame["platform"].map(home)).fillna(DEFAULT_CURRENCY))
    for column in _COUNT_COLUMNS:
        frame[column] = frame[column].fillna(0).astype("int64")
    for column in _INT_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    frame["min_unit_price"] = frame["min_unit_price"].astype("float64")
    return frame.drop(columns="catalogue_currency")


def _abc(frame: pd.DataFrame, rules: ProductRules) -> pd.Series:
    order = frame.sort_values(["currency", "sales_cents", "platform", "sku"],
                              ascending=[True, False, True, True])
    sales = order["sales_cents"].astype("int64")
    total = sales.groupby(order["currency"]).transform("sum")
    before = sales.groupby(order["currency"]).cumsum() - sales
    abc = np.where(sales <= 0, "C",
                   np.where(before < rules.abc_a_share * total, "A",
                            np.where(before < rules.abc_b_share * total, "B", "C")))
    return pd.Series(abc, index=order.index).reindex(frame.index)


def _lifecycle(f: pd.DataFrame, period: Period, rules: ProductRules) -> pd.Series:
    if period.days == 1:
        return pd.Series(None, index=f.index, dtype=object)
    new_from = _day(period.end - timedelta(days=rules.new_days - 1))
    first = f["first_sale_day"]
    new = first.notna() & (first.fillna("") >= new_from)
    hot = (f["abc"] == "A") & (f["units"] >= f["prev_units"])
    prev = f["prev_units"]
    rising = np.where(prev > 0, f["units"] >= prev * (1 + rules.rising_growth),
                      f["units"] >= rules.rising_min_units)
    stocked = f["stock_at_end"].fillna(0) > 0
    turnover = f["turnover_days"]
    slow = stocked & ((f["slow_window_units"] == 0) | (f["units"] == 0)
                      | (turnover > rules.slow_turnover_days).fillna(False))
    return pd.Series(np.select([new, hot, rising, slow], ["new", "hot", "rising", "slow"],
                               default="long_tail"), index=f.index)


def product_metrics(conn: sqlite3.Connection, period: Period, platform: str | None = None,
                    settings: ProductRules = ProductRules()) -> pd.DataFrame:
    """The period's metrics per product, by sales (then platform, sku) as ABC ranks them
    (see the module docstring).

    Brings the daily cache up to date first (a rebuild after an import, else a few
    count(*) reads)."""
    rules = settings
    ensure_daily_cache(conn)
    counts: dict[str, dict[str, int]] = {}
    for p, currency, n in conn.execute(_HOME_SQL):
        counts.setdefault(p, {})[currency] = n
    home = {p: pick_home(found) for p, found in counts.items()}
    f = _join(_sales(conn, period, platform, rules), _catalogue(conn, platform), home)

    end = _day(period.end)
    f["first_sale_day"] = f["first_day"].where(f["first_day"].fillna("9999") <= end)
    units, sales, stock, cost = f["units"], f["sales_cents"], f["stock"], f["cost_cents"]
    f["stock_at_end"] = _stock_at_end(conn, f, period, platform)
    f["net_sales_cents"] = sales - f["refund_cents"] - f["return_cents"]
    f["cogs_cents"] = (cost * units).astype("Int64")
    f["gross_profit_cents"] = (f["net_sales_cents"] - f["cogs_cents"]).astype("Int64")
    f["min_unit_price_cents"] = np.floor(f["min_unit_price"] + 0.5).astype("Int64")
    add_rates(f, period, rules)
    rate = f["daily_units"]
    f["abc"] = _abc(f, rules)
    f["lifecycle"] = _lifecycle(f, period, rules)

    lead = f["sheet_lead_time_days"].fillna(rules.lead_time_days).astype("int64")
    cycle = lead + rules.review_days
    f["lead_time_days"] = lead
    f["safety_stock_from_sheet"] = f["sheet_safety_stock"].notna()
    f["safety_stock"] = f["sheet_safety_stock"].fillna(_ceil(rate * cycle)).astype("Int64")
    f["reorder_point"] = (_ceil(rate * lead) + f["safety_stock"]).astype("Int64")
    order_up_to = _ceil(rate * cycle) + f["safety_stock"]
    due = (stock <= f["reorder_point"]).astype("boolean")
    f["reorder_qty"] = (order_up_to - stock).clip(lower=0).where(due, 0).where(
        stock.notna(), pd.NA).astype("Int64")

    cover = f["days_of_cover"]
    f["low_stock"] = (stock.notna() & ((stock < f["safety_stock"]).fillna(False)
                                       | (cover < lead).fillna(False))).astype(bool)
    f["slow_mover"] = f["lifecycle"] == "slow"
    f["stock_value_cents"] = (stock * cost).astype("Int64")
    costed = units.gt(0) & cost.notna()
    f["below_cost"] = (costed & (f["min_unit_price"] < cost.astype("float64")).fillna(False)
                       ).astype(bool)
    margin_at_price = _ratio(sales - units * cost, sales)
    f["below_margin_floor"] = (costed & ((sales == 0) | (margin_at_price < rules.margin_floor)
                                         .fillna(False))).astype(bool)

    f = f.sort_values(["sales_cents", "platform", "sku", "currency"],
                      ascending=[False, True, True, True], ignore_index=True)
    return f[list(COLUMNS)]


COLUMNS = (
    "platform", "sku", "currency", "product_id", "title", "category", "price_cents",
    "cost_cents", "stock", "stock_at_end", "units", "sales_cents", "orders", "refund_cents",
    "return_cents", "cohort_refund_cents",
    "net_sales_cents", "refund_rate", "cogs_cents", "gross_profit_cents", "gross_margin",
    "realised_price_cents", "min_unit_price_cents", "sold", "recent_units", "daily_units",
    "days_of_cover", "turnover_days", "sell_through", "prev_units", "units_growth",
    "first_sale_day", "last_sale_day", "abc", "lifecycle", "lead_time_days",
    "safety_stock", "safety_stock_from_sheet", "reorder_point", "reorder_qty", "low_stock",
    "slow_mover", "stock_value_cents", "below_cost", "below_margin_floor",
)
MONEY_COLUMNS = ("price_cents", "cost_cents", "sales_cents", "refund_cents", "return_cents",
                 "cohort_refund_cents",
                 "net_sales_cents", "cogs_cents", "gross_profit_cents", "realised_price_cents",
                 "min_unit_price_cents", "stock_value_cents")


@dataclass(frozen=True)
class ProductSummary:
    products: int          # distinct (platform, sku) in the table
    on_shelf: int          # in the catalogue with stock > 0, or sold in the period
    sold: int              # with >= 1 unit sold in the period
    slow_movers: int
    slow_stock_value_cents: int  # capital tied up in slow movers (those with a cost)
    low_stock: int
    below_cost: int
    below_margin_floor: int
    platforms_without_stock: tuple[str, ...] = ()  # left out of 动销率: unknown there

    @property
    def sell_through_rate(self) -> float | None:
        """动销率 = sold / on shelf."""
        return self.sold / self.on_shelf if self.on_shelf else None


def product_summary(frame: pd.DataFrame) -> ProductSummary:
    """The Products tab's headline figures over a `product_metrics` table (a product
    with rows in two currencies counts once)."""
    by = frame.groupby(["platform", "sku"], sort=False)
    sold = by["units"].sum() > 0
    stocked = by["stock"].max().fillna(0) > 0
    with_stock = frame.groupby("platform")["stock"].apply(lambda s: s.notna().any())
    blind = tuple(sorted(p for p, known in with_stock.items() if not known))
    counted = ~sold.index.get_level_values("platform").isin(blind)
    flags = by[["slow_mover", "low_stock", "below_cost", "below_margin_floor"]].any()
    slow_rows = frame.loc[frame["slow_mover"]].drop_duplicates(["platform", "sku"])
    slow_value = slow_rows["stock_value_cents"]
    return ProductSummary(
        products=len(sold), on_shelf=int(((sold | stocked) & counted).sum()),
        sold=int((sold & counted).sum()), platforms_without_stock=blind,
        slow_movers=int(flags["slow_mover"].sum()),
        slow_stock_value_cents=int(slow_value.fillna(0).sum()),
        low_stock=int(flags["low_stock"].sum()), below_cost=int(flags["below_cost"].sum()),
        below_margin_floor=int(flags["below_margin_floor"].sum()),
    )
