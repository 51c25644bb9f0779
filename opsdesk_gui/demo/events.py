"""The demo shop's calendar: the trading window and the campaigns it ran (and plans).

One table serves two purposes: `seasons` turns the events into demand, and the shop's
`campaigns` table receives them as the owner's own plans (no platform exports those).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# The demo's trade ends on a fixed day, so every build of a seed is the same shop.
END_DAY = date(2026, 11, 15)
DAYS = 730
START_DAY = END_DAY - timedelta(days=DAYS - 1)  # 2024-11-16
# The moment the exports were "downloaded": the statuses are those of this moment.
AS_OF = datetime.combine(END_DAY, time(23, 59, 59))
# Files carry the download time in their names (the morning after the last day).
DOWNLOADED = datetime.combine(END_DAY + timedelta(days=1), time(9, 12))

SPRING_FESTIVALS = (date(2025, 1, 29), date(2026, 2, 17))


@dataclass(frozen=True)
class Event:
    name: str
    kind: str  # platform|category|shop
    mechanic: str  # 满减|折扣|秒杀|优惠券|赠品|预售|拼团
    starts_on: date
    ends_on: date
    level: float  # demand multiplier on the event's ordinary days
    peak: float = 0.0  # demand multiplier on its last day (0: no peak day)
    platform: str | None = None  # None: every storefront
    notes: str = ""
    goal: float = 1.1  # target GMV = the owner's expectation x goal
    # The offer, in yuan: 满减 "每满 threshold 减 off"; 优惠券 tiers (threshold, off), best
    # one reached; 折扣 pays `rate` of the price.
    tiers: tuple[tuple[int, int], ...] = ()
    rate: float = 1.0

    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1


EVENTS: tuple[Event, ...] = (
    Event("双12 2024", "platform", "优惠券", date(2024, 12, 10), date(2024, 12, 12), 1.3, 2.4,
          notes="店铺券 满199减20、满99减10", tiers=((199, 20), (99, 10))),
    Event("年货节 2025", "platform", "满减", date(2025, 1, 6), date(2025, 1, 19), 1.25,
          notes="每满200减20；1月20日起快递陆续停运，提前发货", tiers=((200, 20),)),
    Event("618 2025", "platform", "满减", date(2025, 6, 1), date(2025, 6, 18), 1.6, 5.0,
          notes="每满300减50；6月18日0点开门红，夏装主推", tiers=((300, 50),)),
    Event("夏末会员日 2025", "shop", "优惠券", date(2025, 8, 18), date(2025, 8, 20), 1.35,
          platform="taobao", notes="会员专享券 满150减25", goal=1.2, tiers=((150, 25),)),
    Event("99大促 2025", "platform", "折扣", date(2025, 9, 5), date(2025, 9, 9), 1.2, 1.8,
          platform="taobao", notes="全店9折，秋装上新", rate=0.9),
    Event("双11 2025", "platform", "满减", date(2025, 11, 1), date(2025, 11, 11), 1.8, 8.0,
          notes="每满300减50；10月20日起预热，11日0点开门红", goal=1.15,
          tiers=((300, 50),)),
    Event("双12 2025", "platform", "优惠券", date(2025, 12, 10), date(2025, 12, 12), 1.3, 2.5,
          notes="店铺券 满199减20、满99减10", tiers=((199, 20), (99, 10))),
    Event("年货节 2026", "platform", "满减", date(2026, 1, 19), date(2026, 2, 2), 1.25,
          notes="每满200减20；2月6日起快递陆续停运", tiers=((200, 20),)),
    Event("春季会员日 2026", "shop", "优惠券", date(2026, 3, 18), date(2026, 3, 20), 1.35,
          platform="taobao", notes="会员专享券 满150减25", goal=1.2, tiers=((150, 25),)),
    Event("618 2026", "platform", "满减", date(2026, 6, 1), date(2026, 6, 18), 1.6, 5.0,
          notes="每满300减50；主推连衣裙和凉鞋", goal=1.2, tiers=((300, 50),)),
    Event("99大促 2026", "platform", "折扣", date(2026, 9, 5), date(2026, 9, 9), 1.2, 1.8,
          platform="taobao", notes="全店9折", rate=0.9),
    Event("双11 2026", "platform", "满减", date(2026, 11, 1), date(2026, 11, 11), 1.8, 8.0,
          notes="每满300减50；目标：新客占比过半", goal=1.25, tiers=((300, 50),)),
    # Planned, after the data ends: the campaign tab has something to prepare.
    Event("双12 2026", "platform", "优惠券", date(2026, 12, 10), date(2026, 12, 12), 1.3, 2.5,
          notes="计划中：素材12月1日前交付，客服话术更新", goal=1.2,
          tiers=((199, 20), (99, 10))),
)


def event_on(day: date) -> Event | None:
    for event in EVENTS:
        if event.starts_on <= day <= event.ends_on:
            return event
    return None
