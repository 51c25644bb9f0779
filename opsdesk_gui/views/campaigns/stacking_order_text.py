"""The plan's stacking order as the owner reads and types it: the steps' names in the
window's language joined by arrows ("单品直降/折扣 → 店铺满减 → …"). Typing the steps'
short codes (item, shop, coupon, platform, member) or commas also reads."""

from __future__ import annotations

import re

from ...models.campaigns.stacking import STEP_ORDER
from ...printed.campaign_texts import step_names

_SEPARATORS = re.compile(r"\s*(?:→|->|,|，|、)\s*")


def order_text(order: tuple[str, ...]) -> str:
    names = step_names()
    return " → ".join(names[step] for step in order)


def read_order(text: str) -> tuple[str, ...] | None:
    """The steps in the order typed, or None for a name that is no step or a step named
    twice (a step left out does not apply)."""
    known = {name.casefold(): step for step, name in step_names().items()}
    known.update((step, step) for step in STEP_ORDER)
    order = tuple(known.get(part.casefold()) for part in _SEPARATORS.split(text.strip())
                  if part)
    return order if None not in order and len(set(order)) == len(order) else None
