"""Traffic and ad spend consistent with the orders.

生意参谋 counts a day's paying buyers and paid amount from the orders; visitors follow
from a conversion rate of about 2-5% (lower while buyers wait for a sale, higher on
its peak day). Traffic sources split the day's visitors and sales; the paid sources'
visitors are the ad tools' clicks, and each tool's spend follows from the sales it is
credited with at an ROI of about 2-4.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .behaviour import DAY, Trade
from .events import DAYS, EVENTS
from .seasons import calendar, day_index, event_levels

# (level 1, level 2, share of visitors, relative conversion)
SOURCES = (
    ("淘内免费", "手淘搜索", 0.30, 1.15),
    ("淘内免费", "手淘推荐", 0.17, 0.6),
    ("淘内免费", "淘宝直播", 0.04, 1.3),
    ("淘内免费", "逛逛", 0.03, 0.5),
    ("付费流量", "直通车", 0.11, 1.05),
    ("付费流量", "万相台", 0.11, 1.0),
    ("付费流量", "引力魔方", 0.05, 0.55),
    ("付费流量", "淘宝客", 0.02, 1.6),
    ("自主访问", "购物车", 0.06, 3.2),
    ("自主访问", "我的淘宝", 0.06, 1.8),
    ("自主访问", "直接访问", 0.02, 1.2),
    ("淘外流量", "小红书", 0.02, 0.5),
    ("淘外流量", "微信", 0.01, 0.4),
)
# Ad tools: (platform, channel, plans, ROI, CTR, share of the source's visitors that are
# the tool's clicks)
TOOLS = (
    ("taobao", "直通车", ("直通车-核心词", "直通车-长尾词"), 3.1, 0.024),
    ("taobao", "万相台", ("万相台-货品加速", "万相台-拉新快"), 3.4, 0.017),
    ("taobao", "引力魔方", ("引力魔方-人群拉新",), 2.2, 0.007),
    ("douyin", "巨量千川", ("千川-直播间成交", "千川-短视频带货"), 2.6, 0.012),
)
DOUYIN_AD_SHARE = 0.7  # of 抖店 sales credited to 千川


@dataclass
class Marketing:
    shop_daily: pd.DataFrame  # one row per day (Taobao): the 生意参谋 overview
    sources: pd.DataFrame  # one row per day and source
    monthly_sources: pd.DataFrame  # one row per month and source, as the owner downloads
    ads: pd.DataFrame  # one row per day, tool and plan


def _per_day(day: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    return np.bincount(day, weights=weights, minlength=DAYS)[:DAYS]


def _distinct_per_day(day: np.ndarray, who: np.ndarray) -> np.ndarray:
    pairs = np.unique(day.astype(np.int64) * 10**7 + who)
    return np.bincount(pairs // 10**7, minlength=DAYS)[:DAYS]


def shop_daily(trade: Trade, rng: np.random.Generator) -> pd.DataFrame:
    """The Taobao shop's day by day: orders placed, orders paid, visitors and behaviour."""
    orders = trade.orders[trade.orders["platform"] == "taobao"]
    created_day = (orders["created"].to_numpy() // DAY).astype(np.int64)
    paid = orders[orders["paid_at"].notna()]
    paid_day = (paid["paid_at"].to_numpy() // DAY).astype(np.int64)
    keep = paid_day < DAYS
    paid, paid_day = paid[keep], paid_day[keep]
    out = pd.DataFrame({"day": np.arange(DAYS)})
    out["paid_buyers"] = _distinct_per_day(paid_day, paid["buyer"].to_numpy())
    out["paid_cents"] = _per_day(paid_day, paid["paid"].to_numpy()).astype(np.int64)
    out["paid_units"] = _per_day(paid_day, paid["units"].to_numpy()).astype(np.int64)
    out["paid_orders"] = _per_day(paid_day).astype(np.int64)
    out["order_buyers"] = _distinct_per_day(created_day, orders["buyer"].to_numpy())
    out["order_cents"] = _per_day(created_day, orders["paid"].to_numpy()).astype(np.int64)
    out["order_units"] = _per_day(created_day, orders["units"].to_numpy()).astype(np.int64)
    refunds = trade.refunds[trade.refunds["refunded_at"].notna()]
    refunds = refunds[trade.orders["platform"].to_numpy()[refunds["order"]] == "taobao"]
    refund_day = (refunds["refunded_at"].to_numpy() // DAY).astype(np.int64)
    ok = refund_day < DAYS
    out["refund_cents"] = _per_day(refund_day[ok], refunds["amount"].to_numpy()[ok]
                                   ).astype(np.int64)

    level, peak = event_levels()
    waiting = (level < 0.95) & (level > 0.85)  # the days before a sale: browsing, carts
    rate = rng.normal(0.031, 0.003, DAYS)
    rate = np.where(level > 1.05, rate * 1.15, rate)
    rate = np.where(waiting, rate * 0.75, rate)
    rate = np.where(peak, rng.uniform(0.046, 0.05, DAYS), rate)
    rate = np.clip(rate, 0.021, 0.05)
    visitors = np.maximum(np.round(out["paid_buyers"] / rate), 1).astype(np.int64)
    visitors = np.maximum(visitors, out["order_buyers"] + 1)
    out["visitors"] = visitors
    out["page_views"] = np.round(visitors * rng.uniform(2.8, 3.6, DAYS)).astype(np.int64)
    out["bounce_rate"] = np.round(rng.uniform(0.55, 0.68, DAYS), 4)
    out["avg_stay"] = np.round(rng.uniform(32, 58, DAYS), 2)
    cart = np.where(waiting, 0.16, np.where(level > 1.05, 0.11, 0.085))
    out["add_cart_buyers"] = np.round(visitors * cart * rng.uniform(0.9, 1.1, DAYS)).astype(int)
    out["add_cart_units"] = np.round(out["add_cart_buyers"] * rng.uniform(1.2, 1.5, DAYS)
                                     ).astype(np.int64)
    out["favorite_buyers"] = np.round(visitors * rng.uniform(0.03, 0.05, DAYS)).astype(int)
    out["new_visitors"] = np.round(visitors * rng.uniform(0.62, 0.75, DAYS)).astype(int)
    out["search_visitors"] = np.round(visitors * rng.uniform(0.26, 0.34, DAYS)).astype(int)
    return out


def traffic_sources(daily: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Per day and source: visitors (a visitor may come by several, so they add up to a
    little more than the shop's), paying buyers and paid amount (each buyer credited to
    one source)."""
    share = np.array([s[2] for s in SOURCES])
    lift = np.array([s[3] for s in SOURCES])
    n = len(SOURCES)
    mix = share * rng.lognormal(0, 0.12, (DAYS, n))
    mix /= mix.sum(axis=1, keepdims=True)
    visitors = np.round(daily["visitors"].to_numpy()[:, None] * mix * 1.08).astype(np.int64)
    buyers_mix = mix * lift
    buyers_mix /= buyers_mix.sum(axis=1, keepdims=True)
    buyers = _split(daily["paid_buyers"].to_numpy(), buyers_mix, rng)
    cents = np.round(daily["paid_cents"].to_numpy()[:, None] * buyers
                     / np.maximum(daily["paid_buyers"].to_numpy()[:, None], 1)).astype(np.int64)
    frame = pd.DataFrame({
        "day": np.repeat(np.arange(DAYS), n),
        "source1": np.tile([s[0] for s in SOURCES], DAYS),
        "source2": np.tile([s[1] for s in SOURCES], DAYS),
        "visitors": visitors.ravel(),
        "paid_buyers": buyers.ravel(),
        "paid_cents": cents.ravel(),
    })
    frame["add_cart_buyers"] = np.round(frame["visitors"] * rng.uniform(0.06, 0.11, len(frame))
                                        ).astype(np.int64)
    frame["new_visitors"] = np.round(frame["visitors"] * rng.uniform(0.5, 0.8, len(frame))
                                     ).astype(np.int64)
    return frame


def _split(totals: np.ndarray, mix: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Whole numbers per row adding up to the row's total, in proportion to mix."""
    out = np.zeros(mix.shape, dtype=np.int64)
    for day, total in enumerate(totals):
        if total:
            out[day] = rng.multinomial(int(total), mix[day])
    return out


def ad_spend(trade: Trade, daily: pd.DataFrame, sources: pd.DataFrame,
             rng: np.random.Generator) -> pd.DataFrame:
    """Per day, tool and plan: spend, impressions, clicks, orders and GMV credited."""
    level, peak = event_levels()
    boost = np.where(peak, 1.3, np.where(level > 1.05, 1.1, 1.0))
    frames = []
    aov = daily["paid_cents"].to_numpy() / np.maximum(daily["paid_buyers"].to_numpy(), 1)
    douyin = _douyin_daily(trade)
    for platform, channel, plans, roi, ctr in TOOLS:
        if platform == "taobao":
            mine = sources[sources["source2"] == channel].sort_values("day")
            clicks = np.round(mine["visitors"].to_numpy() / 0.85).astype(np.int64)
            credited = mine["paid_cents"].to_numpy() * 1.25  # a 15-day attribution window
            per_order = aov
        else:
            credited = douyin["paid_cents"] * DOUYIN_AD_SHARE
            per_order = douyin["paid_cents"] / np.maximum(douyin["orders"], 1)
            clicks = None
        # Budgets follow the week's sales and rise for the big days; the day's ROI varies.
        week = np.convolve(credited, np.ones(7) / 7)[:DAYS]
        ratio = roi * boost * rng.lognormal(0, 0.18, DAYS)
        spend = np.round((0.5 * credited + 0.5 * week) / ratio).astype(np.int64)
        if clicks is None:  # 千川: clicks from a cost per click of 0.6-1.2 yuan
            clicks = np.round(spend / rng.uniform(60, 120, DAYS)).astype(np.int64)
        orders = np.round(credited / np.maximum(per_order, 1)).astype(np.int64)
        impressions = np.round(clicks / (ctr * rng.lognormal(0, 0.15, DAYS))).astype(np.int64)
        split = rng.dirichlet(np.full(len(plans), 4.0), DAYS) if len(plans) > 1 else np.ones(
            (DAYS, 1))
        for k, plan in enumerate(plans):
            frames.append(pd.DataFrame({
                "day": np.arange(DAYS), "platform": platform, "channel": channel,
                "campaign": plan, "spend": np.round(spend * split[:, k]).astype(np.int64),
                "impressions": np.round(impressions * split[:, k]).astype(np.int64),
                "clicks": np.round(clicks * split[:, k]).astype(np.int64),
                "orders": np.round(orders * split[:, k]).astype(np.int64),
                "gmv": np.round(credited * split[:, k]).astype(np.int64),
            }))
    ads = pd.concat(frames, ignore_index=True)
    ads = _event_plans(ads)
    ads["new_buyers"] = np.round(ads["orders"] * rng.uniform(0.45, 0.7, len(ads))).astype(int)
    ads = ads[ads["spend"] > 0].sort_values(["day", "platform", "channel", "campaign"])
    return ads.reset_index(drop=True)


def _douyin_daily(trade: Trade) -> dict[str, np.ndarray]:
    orders = trade.orders[(trade.orders["platform"] == "douyin") & trade.orders["paid_at"].notna()]
    day = (orders["paid_at"].to_numpy() // DAY).astype(np.int64)
    keep = day < DAYS
    return {"paid_cents": _per_day(day[keep], orders["paid"].to_numpy()[keep]),
            "orders": _per_day(day[keep])}


def _event_plans(ads: pd.DataFrame) -> pd.DataFrame:
    """During a campaign, 万相台 runs a plan named after it with 40% of the tool's money."""
    ads = ads.copy()
    extra = []
    money = ["spend", "impressions", "clicks", "orders", "gmv"]
    for event in EVENTS:
        first, last = day_index(event.starts_on), day_index(event.ends_on)
        hit = (ads["channel"] == "万相台") & (ads["day"] >= first) & (ads["day"] <= last)
        if not hit.any():
            continue
        moved = ads.loc[hit, money].mul(0.4).round().astype(np.int64)
        ads.loc[hit, money] = ads.loc[hit, money].to_numpy() - moved.to_numpy()
        plan = ads.loc[hit, ["day", "platform", "channel"]].copy()
        plan["campaign"] = f"大促-{event.name}"
        extra.append(pd.concat([plan, moved], axis=1))
    if extra:
        plans = pd.concat(extra).groupby(["day", "platform", "channel", "campaign"],
                                         as_index=False)[money].sum()
        ads = pd.concat([ads, plans], ignore_index=True)
    return ads


def monthly(sources: pd.DataFrame) -> pd.DataFrame:
    """Sources per calendar month (the last one partial): amounts add up, people do not
    (a visitor of several days is one visitor of the month)."""
    days, _, _ = calendar()
    month = days.astype("datetime64[M]")
    frame = sources.assign(month=month[sources["day"].to_numpy()])
    out = frame.groupby(["month", "source1", "source2"], sort=True, as_index=False).agg(
        first=("day", "min"), last=("day", "max"), visitors=("visitors", "sum"),
        paid_buyers=("paid_buyers", "sum"), paid_cents=("paid_cents", "sum"),
        add_cart_buyers=("add_cart_buyers", "sum"), new_visitors=("new_visitors", "sum"))
    for column, kept in (("visitors", 0.84), ("add_cart_buyers", 0.9), ("new_visitors", 0.84),
                         ("paid_buyers", 0.97)):
        out[column] = np.round(out[column] * kept).astype(np.int64)
    order = {name: k for k, (_, name, _, _) in enumerate(SOURCES)}
    out["rank"] = out["source2"].map(order)
    return out.sort_values(["month", "rank"]).drop(columns="rank").reset_index(drop=True)


def build_marketing(trade: Trade, rng: np.random.Generator) -> Marketing:
    daily = shop_daily(trade, rng)
    sources = traffic_sources(daily, rng)
    return Marketing(daily, sources, monthly(sources), ad_spend(trade, daily, sources, rng))
