"""The registration checklist (活动报名检查清单) of a plan: automatic items checked against
the shop's own data, manual items ticked by a person. No Qt; reasons are codes that the
window, the CLI and the printout translate. docs/campaigns.md states each rule's source.

Automatic items (keys as in `opsdesk campaign check --json`):
- price_not_above_recent_lowest: the campaign price is at most the lowest unit price paid
  in the `lowest_days` days before the check (else the last price paid before them);
- reference_price: the strike-through price each product may show, the lowest paid in the
  7 days before (SAMR Order 56, Art. 16);
- reserved_stock: at most the stock on hand, at least the expected demand;
- titles: no banned word, within the platform's length (repeats: a look);
- stacked_price_above_cost / margin_floor: the lowest price a buyer reaches by stacking
  every offer (1…max_qty units) is at or above cost, its margin at or above the floor;
- thresholds: every 满减/coupon threshold above the cheapest campaign price (else it is a
  plain discount), reachable within max_qty units of the dearest product, and tiers of one
  kind giving more off for a higher threshold.
Status of an item: fail if any product fails, else look if any needs a look, else pass.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise

import pandas as pd

from ...money import format_cents
from ..titles import check_title
from .plan import CampaignPlan
from .shop_figures import (
    LowestPaid,
    catalogue,
    last_comparable,
    last_paid_day,
    lowest_paid_prices,
    units_sold,
)
from .stacking import price_table, rate_paid

AUTO_KEYS = ("price_not_above_recent_lowest", "reference_price", "reserved_stock", "titles",
             "stacked_price_above_cost", "margin_floor", "thresholds")
REFERENCE_DAYS = 7    # Art. 16: the compared price is the lowest of the 7 days before
BASELINE_DAYS = 28    # ordinary days before the check, for the expected demand


@dataclass(frozen=True)
class ProductFinding:
    sku: str
    reason: str
    platform: str = ""
    figures: dict = field(default_factory=dict)  # money in cents under *_cents keys

    def to_dict(self) -> dict:
        out = {"sku": self.sku, "platform": self.platform, "reason": self.reason}
        for key, value in self.figures.items():
            if key.endswith("_cents"):
                out[key.removesuffix("_cents")] = format_cents(value)
            else:
                out[key] = value
        return out


@dataclass(frozen=True)
class CheckItem:
    key: str
    kind: str                      # auto|manual
    status: str                    # pass|fail|look
    products: tuple[ProductFinding, ...] = ()
    text: str = ""                 # a custom manual item's wording
    owner: str = ""
    due_on: str = ""

    def to_dict(self) -> dict:
        out = {"key": self.key, "kind": self.kind, "status": self.status,
               "products": [p.to_dict() for p in self.products]}
        if self.kind == "manual":
            out.update(text=self.text, owner=self.owner, due_on=self.due_on)
        return out


@dataclass(frozen=True)
class Checklist:
    campaign: str
    as_of: str
    items: tuple[CheckItem, ...]

    def item(self, key: str) -> CheckItem:
        return next(i for i in self.items if i.key == key)

    def to_dict(self) -> dict:
        return {"campaign": self.campaign, "as_of": self.as_of,
                "items": [i.to_dict() for i in self.items]}


@dataclass(frozen=True)
class ProductFacts:
    """One product of the plan with what the shop knows of it."""

    platform: str
    sku: str
    title: str | None
    list_price: int | None
    cost: int | None
    stock: int | None
    campaign_price: int | None     # the plan's price, else the list price at the discount
    reserved: int | None
    lowest: LowestPaid | None      # in the plan's window (lowest_days)
    lowest_reference: LowestPaid | None  # in the 7 days before
    expected_units: int | None
    expected_source: str = ""      # last event's name, or 'baseline'
    flash_cap: int | None = None   # 秒杀: a buyer gets at most this many units


def _status(findings: list[ProductFinding], fails: set[str]) -> str:
    if any(f.reason in fails for f in findings):
        return "fail"
    return "look" if findings else "pass"


def _no_products(key: str) -> CheckItem:
    return CheckItem(key, "auto", "look", (ProductFinding("", "no_products"),))


def check_lowest_price(facts: list[ProductFacts], days: int) -> CheckItem:
    found = []
    for p in facts:
        if p.campaign_price is None:
            found.append(ProductFinding(p.sku, "no_campaign_price", p.platform))
        elif p.lowest is None:
            found.append(ProductFinding(p.sku, "never_sold", p.platform,
                                        {"campaign_price_cents": p.campaign_price}))
        elif p.campaign_price * p.lowest.qty > p.lowest.amount_cents:  # exact, not rounded
            found.append(ProductFinding(p.sku, "above_recent_lowest", p.platform, {
                "campaign_price_cents": p.campaign_price,
                "lowest_paid_cents": p.lowest.unit_cents, "paid_on": p.lowest.paid_on,
                "days": days, "in_window": p.lowest.in_window}))
    return CheckItem("price_not_above_recent_lowest", "auto",
                     _status(found, {"above_recent_lowest"}), tuple(found))


def check_reference_price(facts: list[ProductFacts]) -> CheckItem:
    """Every product with the strike-through price it may show."""
    shown = []
    for p in facts:
        if p.lowest_reference is None:
            shown.append(ProductFinding(p.sku, "no_reference_price", p.platform))
        else:
            shown.append(ProductFinding(p.sku, "reference_price", p.platform, {
                "reference_price_cents": p.lowest_reference.unit_cents,
                "paid_on": p.lowest_reference.paid_on,
                "in_window": p.lowest_reference.in_window}))
    status = "look" if any(s.reason == "no_reference_price" for s in shown) else "pass"
    return CheckItem("reference_price", "auto", status, tuple(shown))


def check_reserved_stock(facts: list[ProductFacts]) -> CheckItem:
    found = []
    for p in facts:
        figures = {"reserved": p.reserved, "stock": p.stock}
        if p.reserved is None:
            found.append(ProductFinding(p.sku, "no_reserved_stock", p.platform, figures))
        elif p.stock is None:
            found.append(ProductFinding(p.sku, "stock_unknown", p.platform, figures))
        elif p.reserved > p.stock:
            found.append(ProductFinding(p.sku, "above_stock", p.platform, figures))
        elif p.expected_units is not None and p.reserved < p.expected_units:
            found.append(ProductFinding(p.sku, "below_expected_demand", p.platform, {
                **figures, "expected": p.expected_units, "source": p.expected_source}))
    return CheckItem("reserved_stock", "auto",
                     _status(found, {"above_stock", "below_expected_demand"}), tuple(found))


def check_titles(facts: list[ProductFacts], extra_words=(), allowed_words=()) -> CheckItem:
    found = []
    for p in facts:
        if not (p.title or "").strip():
            found.append(ProductFinding(p.sku, "no_title", p.platform))
            continue
        check = check_title(p.title, p.platform, extra_words=extra_words,
                            allowed_words=allowed_words)
        banned = [f.text for f in check.findings if f.kind == "banned_word"]
        if banned:
            found.append(ProductFinding(p.sku, "banned_words", p.platform,
                                        {"words": "、".join(banned)}))
        if any(f.kind == "length" for f in check.findings):
            found.append(ProductFinding(p.sku, "title_too_long", p.platform,
                                        {"bytes": check.bytes, "limit": check.limit}))
        elif not banned and check.findings:
            found.append(ProductFinding(p.sku, "repeated_words", p.platform, {
                "words": "、".join(f.text for f in check.findings)}))
    return CheckItem("titles", "auto", _status(found, {"banned_words", "title_too_long"}),
                     tuple(found))


def lowest_reachable(plan: CampaignPlan, p: ProductFacts):
    """The quantity with the lowest unit price after stacking (up to the plan's units a buyer
    buys, and the product's 秒杀 cap), or None without a price."""
    if not p.campaign_price:
        return None
    offers = plan.mechanics.offers(plan.settings.order, item_discount=False)
    units = min(plan.settings.max_qty, p.flash_cap or plan.settings.max_qty)
    return price_table(p.campaign_price, offers, units).best


def check_cost_and_margin(plan: CampaignPlan, facts: list[ProductFacts]
                          ) -> tuple[CheckItem, CheckItem]:
    floor = plan.settings.margin_floor
    below_cost, below_floor = [], []
    for p in facts:
        best = lowest_reachable(plan, p)
        if best is None:
            below_cost.append(ProductFinding(p.sku, "no_campaign_price", p.platform))
            below_floor.append(ProductFinding(p.sku, "no_campaign_price", p.platform))
            continue
        figures = {"lowest_price_cents": best.unit_price, "qty": best.qty}
        if p.cost is None:
            below_cost.append(ProductFinding(p.sku, "no_cost", p.platform, figures))
            below_floor.append(ProductFinding(p.sku, "no_cost", p.platform, figures))
            continue
        figures["cost_cents"] = p.cost
        margin = (best.unit_price - p.cost) / best.unit_price
        if best.unit_price < p.cost:
            below_cost.append(ProductFinding(p.sku, "below_cost", p.platform, figures))
        if margin < floor:
            below_floor.append(ProductFinding(p.sku, "below_margin_floor", p.platform, {
                **figures, "margin": round(margin, 4), "floor": floor}))
    return (CheckItem("stacked_price_above_cost", "auto", _status(below_cost, {"below_cost"}),
                      tuple(below_cost)),
            CheckItem("margin_floor", "auto", _status(below_floor, {"below_margin_floor"}),
                      tuple(below_floor)))


def check_thresholds(plan: CampaignPlan, facts: list[ProductFacts]) -> CheckItem:
    priced = [p for p in facts if p.campaign_price]
    found = []
    thresholds = plan.mechanics.offers(plan.settings.order, False).thresholds()
    if thresholds and not priced:  # nothing to measure the thresholds against
        found.append(ProductFinding("", "no_campaign_price"))
    if priced:
        cheapest = min(priced, key=lambda p: p.campaign_price)
        dearest = max(priced, key=lambda p: p.campaign_price)
        reach = dearest.campaign_price * plan.settings.max_qty
        for kind, tier in thresholds:
            figures = {"threshold_cents": tier.threshold, "off_cents": tier.off, "step": kind}
            if tier.threshold <= cheapest.campaign_price:
                found.append(ProductFinding(cheapest.sku, "plain_discount", cheapest.platform, {
                    **figures, "campaign_price_cents": cheapest.campaign_price}))
            elif tier.threshold > reach:
                found.append(ProductFinding(dearest.sku, "out_of_reach", dearest.platform, {
                    **figures, "max_qty": plan.settings.max_qty,
                    "campaign_price_cents": dearest.campaign_price}))
    for kind in ("shop", "coupon", "platform"):
        tiers = sorted((t for k, t in thresholds if k == kind), key=lambda t: t.threshold)
        for lower, higher in pairwise(tiers):
            if higher.off <= lower.off:
                found.append(ProductFinding("", "tiers_inconsistent", "", {
                    "step": kind, "threshold_cents": higher.threshold, "off_cents": higher.off,
                    "lower_threshold_cents": lower.threshold, "lower_off_cents": lower.off}))
    return CheckItem("thresholds", "auto",
                     _status(found, {"plain_discount", "tiers_inconsistent"}), tuple(found))


def evaluate(plan: CampaignPlan, facts: list[ProductFacts], as_of: date,
             extra_words=(), allowed_words=()) -> Checklist:
    """The checklist from the facts (pure: tested with hand-made facts)."""
    if facts:
        cost, margin = check_cost_and_margin(plan, facts)
        auto = [check_lowest_price(facts, plan.settings.lowest_days),
                check_reference_price(facts), check_reserved_stock(facts),
                check_titles(facts, extra_words, allowed_words), cost, margin,
                check_thresholds(plan, facts)]
    else:
        auto = [_no_products(key) for key in AUTO_KEYS]
    manual = [CheckItem(i.key, "manual", i.status, (), i.text, i.owner, i.due_on)
              for i in plan.manual_items]
    return Checklist(plan.name, as_of.isoformat(), tuple(auto + manual))


def campaign_price(plan: CampaignPlan, chosen: int | None, list_price: int | None
                   ) -> int | None:
    if chosen is not None:
        return chosen
    if plan.mechanics.discount is not None and list_price is not None:
        return rate_paid(list_price, plan.mechanics.discount)
    return None


def _expected_units(conn: sqlite3.Connection, plan: CampaignPlan, keys, as_of: date
                    ) -> tuple[dict, str]:
    comparable = last_comparable(conn, plan.name, plan.start, plan.platform)
    if comparable is not None:
        name, first, last = comparable
        sold = units_sold(conn, keys, first, last)
        return {k: sold.get(k, 0) for k in keys}, name
    first = (as_of - timedelta(days=BASELINE_DAYS)).isoformat()
    last = (as_of - timedelta(days=1)).isoformat()
    sold = units_sold(conn, keys, first, last)
    lift = plan.settings.usual_lift
    return {k: math.ceil(sold.get(k, 0) / BASELINE_DAYS * plan.days * lift - 1e-9)
            for k in keys}, "baseline"


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def gather_facts(conn: sqlite3.Connection, plan: CampaignPlan, as_of: date
                 ) -> list[ProductFacts]:
    keys = [(p.platform, p.sku) for p in plan.products]
    if not keys:
        return []
    rows = catalogue(conn, keys)
    lowest = lowest_paid_prices(conn, keys, as_of, plan.settings.lowest_days)
    reference = lowest_paid_prices(conn, keys, as_of, REFERENCE_DAYS)
    expected, source = _expected_units(conn, plan, keys, as_of)
    facts = []
    for product, row in zip(plan.products, rows.itertuples(index=False), strict=True):
        key = (product.platform, product.sku)
        list_price = _int(row.price_cents)
        facts.append(ProductFacts(
            product.platform, product.sku, row.title if isinstance(row.title, str) else None,
            list_price, _int(row.cost_cents), _int(row.stock),
            campaign_price(plan, product.campaign_price_cents, list_price),
            product.reserved_stock, lowest.get(key), reference.get(key), expected.get(key),
            source, product.flash_cap))
    return facts


def check_plan(conn: sqlite3.Connection, plan: CampaignPlan, as_of: date,
               extra_words=(), allowed_words=()) -> Checklist:
    return evaluate(plan, gather_facts(conn, plan, as_of), as_of, extra_words, allowed_words)


def default_check_day(conn: sqlite3.Connection, plan: CampaignPlan, today: date) -> date:
    """The day a check is made as of, unless chosen: today, but not after the peak starts
    (a plan checked afterwards is checked as it was registered) nor after the day following
    the last sale in the shop file (prices paid since are not imported yet)."""
    days = [today, date.fromisoformat(plan.start)]
    if (last := last_paid_day(conn)) is not None:
        days.append(last + timedelta(days=1))
    return min(days)
