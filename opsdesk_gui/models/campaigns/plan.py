"""A campaign plan (活动策划): phases, mechanics, products, targets, budget, the check's
settings, the manual checklist items and the task timeline. No Qt; money in cents.

Phases: registration deadline (报名截止) → warm-up (预热, from `warmup_start`) → peak
(正式/爆发, `start`..`end`) → encore (返场, to `encore_end`). Targets and budget are kept
apart (GMV, new buyers, units; ads, discount cost, gifts) so that pace and the review
can be measured against them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta

from .stacking import STEP_ORDER, Offers, Tier

KINDS = ("platform", "category", "shop")
# The manual items every plan starts with; the owner adds, removes and ticks them.
MANUAL_ITEMS = ("no_qr_codes", "detail_pages", "service_scripts", "gift_stock",
                "shipping_promise", "full_reduction_entered", "prices_entered")
ITEM_STATUSES = ("pass", "fail", "look")


@dataclass(frozen=True)
class Mechanics:
    """The offers of the plan; the per-product price (单品直降/折扣) is each product's
    campaign price, `discount` applies to products without one."""

    discount: float | None = None
    full_reduction: tuple[Tier, ...] = ()
    every: Tier | None = None
    coupons: tuple[Tier, ...] = ()
    platform_every: Tier | None = None
    platform_coupons: tuple[Tier, ...] = ()
    member: float | None = None
    gifts: str = ""
    presale_deposit_cents: int | None = None        # 预售 定金 per unit
    presale_balance_cents: int | None = None        # kept as typed before; enters no rule
    presale_deposit_value_cents: int | None = None  # what the deposit takes off (定金膨胀)

    def offers(self, order: tuple[str, ...], item_discount: bool) -> Offers:
        """The offers a buyer stacks; the item step is the campaign price already unless
        `item_discount` (a product priced by the plan's discount)."""
        return Offers(discount=self.discount if item_discount else None,
                      full_reduction=self.full_reduction, every=self.every,
                      coupons=self.coupons, platform_every=self.platform_every,
                      platform_coupons=self.platform_coupons, member=self.member, order=order,
                      deposit=self.presale_deposit_cents or 0,
                      deposit_value=self.presale_deposit_value_cents or 0)


@dataclass(frozen=True)
class PlanProduct:
    platform: str
    sku: str
    campaign_price_cents: int | None = None
    reserved_stock: int | None = None
    flash_cap: int | None = None  # 秒杀 quantity cap


@dataclass(frozen=True)
class ManualItem:
    key: str            # one of MANUAL_ITEMS, or 'custom:<n>' with its text
    text: str = ""      # the owner's wording (custom items); defaults are translated
    status: str = "look"
    owner: str = ""
    due_on: str = ""


@dataclass(frozen=True)
class Task:
    key: str
    offset_days: int    # days before the registration deadline (T-offset)
    owner: str          # a role: operator, designer, customer service, warehouse
    due_on: str
    status: str = "open"  # open|done


@dataclass(frozen=True)
class Settings:
    lowest_days: int = 7          # the window of the lowest-price rule (7, 15 or 30)
    margin_floor: float = 0.10    # the lowest margin at the lowest reachable price
    max_qty: int = 3              # units a buyer is assumed to buy at most
    usual_lift: float = 1.5       # daily units at the event ÷ ordinary days, without history
    order: tuple[str, ...] = STEP_ORDER


@dataclass(frozen=True)
class CampaignPlan:
    name: str
    start: str
    end: str
    platform: str | None = None
    kind: str = "platform"
    registration_deadline: str | None = None
    warmup_start: str | None = None
    encore_end: str | None = None
    mechanics: Mechanics = field(default_factory=Mechanics)
    products: tuple[PlanProduct, ...] = ()
    target_gmv_cents: int | None = None
    target_new_buyers: int | None = None
    target_units: int | None = None
    budget_ads_cents: int | None = None
    budget_discount_cents: int | None = None
    budget_gifts_cents: int | None = None
    settings: Settings = field(default_factory=Settings)
    manual_items: tuple[ManualItem, ...] = tuple(ManualItem(k) for k in MANUAL_ITEMS)
    tasks: tuple[Task, ...] = ()
    notes: str = ""
    id: int | None = None

    @property
    def budget_cents(self) -> int | None:
        parts = [p for p in (self.budget_ads_cents, self.budget_discount_cents,
                             self.budget_gifts_cents) if p is not None]
        return sum(parts) if parts else None

    @property
    def days(self) -> int:
        return (date.fromisoformat(self.end) - date.fromisoformat(self.start)).days + 1

    def status(self, today: date) -> str:
        """planned|running|over, by the peak's days (warm-up and encore included)."""
        first = date.fromisoformat(self.warmup_start or self.start)
        last = date.fromisoformat(self.encore_end or self.end)
        return "planned" if today < first else ("over" if today > last else "running")

    def product(self, platform: str, sku: str) -> PlanProduct | None:
        return next((p for p in self.products if (p.platform, p.sku) == (platform, sku)), None)

    def with_products(self, products) -> CampaignPlan:
        """The plan with `products` (PlanProducts, or tuples of their fields such as a
        registration sheet's rows) added or replacing the same (platform, sku)."""
        products = [p if isinstance(p, PlanProduct) else PlanProduct(*p) for p in products]
        new = {(p.platform, p.sku): p for p in products}
        kept = tuple(p for p in self.products if (p.platform, p.sku) not in new)
        return replace(self, products=kept + tuple(new.values()))

    # -- storage: the mechanics, settings, manual items and tasks as JSON -------------
    def extras_json(self) -> str:
        return json.dumps({
            "mechanics": asdict(self.mechanics), "settings": asdict(self.settings),
            "manual_items": [asdict(i) for i in self.manual_items],
            "tasks": [asdict(t) for t in self.tasks],
            "targets": {"new_buyers": self.target_new_buyers, "units": self.target_units},
            "budget": {"ads": self.budget_ads_cents, "discount": self.budget_discount_cents,
                       "gifts": self.budget_gifts_cents},
        }, ensure_ascii=False)


def _tier(value) -> Tier | None:
    return Tier(**value) if value else None


def _tiers(values) -> tuple[Tier, ...]:
    return tuple(Tier(**v) for v in values or ())


def mechanics_from(data: dict) -> Mechanics:
    return Mechanics(
        discount=data.get("discount"), full_reduction=_tiers(data.get("full_reduction")),
        every=_tier(data.get("every")), coupons=_tiers(data.get("coupons")),
        platform_every=_tier(data.get("platform_every")),
        platform_coupons=_tiers(data.get("platform_coupons")), member=data.get("member"),
        gifts=data.get("gifts", ""), presale_deposit_cents=data.get("presale_deposit_cents"),
        presale_balance_cents=data.get("presale_balance_cents"),
        presale_deposit_value_cents=data.get("presale_deposit_value_cents"))


def extras_from_json(text: str | None) -> dict:
    """The keyword arguments of CampaignPlan that the JSON column holds; a v1 row (no
    JSON) gets the defaults."""
    if not text:
        return {}
    data = json.loads(text)
    settings = dict(data.get("settings") or {})
    if "order" in settings:
        settings["order"] = tuple(settings["order"])
    targets, budget = data.get("targets") or {}, data.get("budget") or {}
    return {
        "mechanics": mechanics_from(data.get("mechanics") or {}),
        "settings": Settings(**settings),
        "manual_items": tuple(ManualItem(**i) for i in data.get("manual_items") or ()),
        "tasks": tuple(Task(**t) for t in data.get("tasks") or ()),
        "target_new_buyers": targets.get("new_buyers"), "target_units": targets.get("units"),
        "budget_ads_cents": budget.get("ads"), "budget_discount_cents": budget.get("discount"),
        "budget_gifts_cents": budget.get("gifts"),
    }


def default_deadline(start: str) -> str:
    """Without a registration deadline, platforms typically close registration about three
    weeks before the event starts."""
    return (date.fromisoformat(start) - timedelta(days=21)).isoformat()
