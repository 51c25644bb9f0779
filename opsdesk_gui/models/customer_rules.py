"""Member tiers and re-activation lists: the owner's rules over the buyers of
customers.customer_view (one row per buyer as of a day). No Qt.

Tiers. A tier rule is a name, a measure ('spend': what the buyer paid in the window, in
cents; 'orders': paid orders in the window) and a threshold; a buyer gets the highest tier
whose threshold they reach (>=). The first tier has threshold 0 and so holds everyone else.
Default: 普通 (0), 银卡 (spend 1,000.00), 金卡 (spend 5,000.00). "Near the next tier": a
buyer who has reached NEAR_SHARE (80 %) of the next tier's threshold, with the gap.

Re-activation lists. A rule: no purchase for at least `min_days` days (R >= min_days)
AND bought a product whose SKU or title contains `product` (any time up to the as-of
day) AND bought in `category` AND segment in `segments` AND tier in `tiers`; an empty
condition is left out. Every list is stamped with its as-of day and the shop's last
order day.
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

MEASURES = ("spend", "orders")
NEAR_SHARE = 0.8


@dataclass(frozen=True)
class Tier:
    name: str
    measure: str = "spend"
    threshold: int = 0  # cents for spend, orders for orders


DEFAULT_TIERS = (Tier("普通", "spend", 0), Tier("银卡", "spend", 100000),
                 Tier("金卡", "spend", 500000))


def tiers_from_json(rule: dict | None) -> tuple[Tier, ...]:
    if not rule or not rule.get("tiers"):
        return DEFAULT_TIERS
    return tuple(Tier(t["name"], t["measure"], int(t["threshold"])) for t in rule["tiers"])


def tiers_to_json(tiers: tuple[Tier, ...]) -> dict:
    return {"tiers": [asdict(t) for t in tiers]}


def check_tiers(tiers: tuple[Tier, ...]) -> str | None:
    """None when the tiers can be used, else a code: 'tier_names' (empty or repeated),
    'tier_measure', 'tier_order' (thresholds must rise), 'tier_first' (the first is 0)."""
    names = [t.name.strip() for t in tiers]
    if not tiers or any(not n for n in names) or len(set(names)) != len(names):
        return "tier_names"
    if any(t.measure not in MEASURES for t in tiers):
        return "tier_measure"
    if tiers[0].threshold != 0:
        return "tier_first"
    if any(b.threshold <= a.threshold and b.measure == a.measure
           for a, b in itertools.pairwise(tiers)):
        return "tier_order"
    return None


def _measure(buyers: pd.DataFrame, measure: str) -> np.ndarray:
    return buyers["monetary_cents" if measure == "spend" else "orders"].to_numpy()


def assign_tiers(buyers: pd.DataFrame, tiers: tuple[Tier, ...]) -> np.ndarray:
    """Each buyer's tier: the last tier (highest) whose threshold they reach."""
    return np.array([t.name for t in tiers], dtype=object)[tier_numbers(buyers, tiers)]


def tier_numbers(buyers: pd.DataFrame, tiers: tuple[Tier, ...]) -> np.ndarray:
    """Each buyer's tier as its position in `tiers` (assign_tiers, without the names)."""
    out = np.zeros(len(buyers), dtype=np.int64)
    for number, tier in enumerate(tiers[1:], 1):
        out[_measure(buyers, tier.measure) >= tier.threshold] = number
    return out


def tier_counts(buyers: pd.DataFrame, tiers: tuple[Tier, ...]) -> pd.DataFrame:
    """Per tier, in order: buyers and what they paid in the window."""
    named = pd.DataFrame({"tier": assign_tiers(buyers, tiers),
                          "monetary_cents": buyers["monetary_cents"].to_numpy()})
    sums = named.groupby("tier").agg(buyers=("tier", "size"),
                                     monetary_cents=("monetary_cents", "sum"))
    return sums.reindex([t.name for t in tiers], fill_value=0).rename_axis(
        "tier").reset_index()


def near_next_tier(buyers: pd.DataFrame, tiers: tuple[Tier, ...]) -> pd.DataFrame:
    """Buyers below a tier who have reached NEAR_SHARE of its threshold: their next tier
    and the gap (cents or orders), the smallest gaps first within each tier."""
    current = assign_tiers(buyers, tiers)
    rank = {t.name: i for i, t in enumerate(tiers)}
    level = np.array([rank[name] for name in current])
    parts = []
    for i, tier in enumerate(tiers[1:], start=1):
        value = _measure(buyers, tier.measure)
        near = (level == i - 1) & (value >= NEAR_SHARE * tier.threshold) & (
            value < tier.threshold)
        part = buyers.loc[near].copy()
        part["tier"] = tiers[i - 1].name
        part["next_tier"] = tier.name
        part["gap"] = tier.threshold - value[near]
        part["gap_measure"] = tier.measure
        parts.append(part.sort_values("gap", kind="stable"))
    return pd.concat(parts) if parts else buyers.iloc[:0]


@dataclass(frozen=True)
class ListRule:
    min_days: int | None = None
    product: str = ""
    category: str = ""
    segments: tuple[str, ...] = field(default_factory=tuple)
    tiers: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {"min_days": self.min_days, "product": self.product,
                "category": self.category, "segments": list(self.segments),
                "tiers": list(self.tiers)}

    @classmethod
    def from_json(cls, rule: dict) -> ListRule:
        return cls(rule.get("min_days"), rule.get("product", ""), rule.get("category", ""),
                   tuple(rule.get("segments", ())), tuple(rule.get("tiers", ())))

    @property
    def needs_products(self) -> bool:
        return bool(self.product.strip() or self.category.strip())


def select_buyers(buyers: pd.DataFrame, rule: ListRule, tier_names: np.ndarray,
                  bought: pd.DataFrame | None = None) -> pd.DataFrame:
    """The buyers the rule picks. `bought` (customer_orders.buyer_products: buyer key,
    sku, title, category) is needed when the rule names a product or a category."""
    keep = np.ones(len(buyers), bool)
    if rule.min_days is not None:
        keep &= buyers["recency_days"].to_numpy() >= rule.min_days
    if rule.segments:
        keep &= np.isin(buyers["segment"].astype(object).to_numpy(), list(rule.segments))
    if rule.tiers:
        keep &= np.isin(tier_names, list(rule.tiers))
    if rule.needs_products:
        if bought is None:
            raise ValueError("the rule names a product or category: pass `bought`")
        match = np.ones(len(bought), bool)
        if rule.product.strip():
            word = rule.product.strip().casefold()
            match &= (bought["sku"].fillna("").str.casefold().str.contains(word, regex=False)
                      | bought["title"].fillna("").str.casefold().str.contains(
                          word, regex=False)).to_numpy()
        if rule.category.strip():
            match &= (bought["category"].fillna("").str.casefold()
                      == rule.category.strip().casefold()).to_numpy()
        chosen = set(bought.loc[match, "buyer"].astype(str))
        keep &= np.isin(buyers.index.astype(str), list(chosen))
    out = buyers.loc[keep].copy()
    out["tier"] = tier_names[keep]
    return out
