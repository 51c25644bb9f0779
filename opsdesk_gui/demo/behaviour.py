"""Buyers and what they did: orders, lines, payments, shipping, refunds.

Every buyer arrives on a day drawn from the storefront's demand (so new buyers crowd
into the big sales); most never come back, the others buy again at their own pace until
they lapse, their repeat days again drawn from demand. Times are seconds after the
first day's midnight (float, NaN = never); `exports` turns them into text.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .events import AS_OF, DAYS, EVENTS, START_DAY
from .people import make_people
from .seasons import calendar, day_index, peak_days, sample_seconds

HOUR, DAY = 3600.0, 86400.0
NOW = (AS_OF - pd.Timestamp(START_DAY)).total_seconds()

BUYERS = 20_000  # of the Taobao shop
DOUYIN_BUYERS = 0.2  # per Taobao buyer; 抖店 opened later, so its share of orders is lower
REPEATER_SHARE = 0.32  # buyers who may come back at all
REPEAT_EVERY = 100.0  # median days between a repeater's orders (weighted by demand)
LIFETIME = 320.0  # mean days a repeater stays before lapsing
MAX_ORDERS = 30
HISTORY = 365  # days of trade before the window, which shape who comes back
TAOBAO_PEOPLE = 1.28  # people simulated per Taobao buyer seen in the window

NEVER_PAID = 0.035
PENDING_RECENT = 0.25  # of the last day's orders, not paid yet when the file was exported
REFUND_BEFORE_SHIPPING = 0.008
RETURN_AFTER_DELIVERY = 0.04
REFUND_WITHDRAWN = 0.006

CLOSE_REASONS = ("未及时付款", "买家不想买了", "买家信息填写错误，重新拍")
REASONS_FASHION = (("尺码不符", 0.42), ("质量问题", 0.2), ("七天无理由", 0.2),
                   ("不想要了", 0.13), ("发错货", 0.05))
REASONS_GOODS = (("质量问题", 0.36), ("七天无理由", 0.3), ("不想要了", 0.24), ("发错货", 0.1))
REASONS_UNSHIPPED = (("不想要了", 0.8), ("尺码不符", 0.2))


@dataclass
class Trade:
    buyers: pd.DataFrame  # one row per buyer: buyer, platform, nick, name, phone, address ...
    orders: pd.DataFrame  # one row per order
    lines: pd.DataFrame  # one row per order line
    refunds: pd.DataFrame  # one row per refunded line


def _draw_days(cum: np.ndarray, low: np.ndarray, high: np.ndarray,
               rng: np.random.Generator) -> np.ndarray:
    """Days in [low, high] drawn in proportion to demand (cum[k] = demand before day k)."""
    u = cum[low] + rng.random(len(low)) * (cum[high + 1] - cum[low])
    return np.clip(np.searchsorted(cum, u, side="right") - 1, low, high)


def make_buyers(taobao: int, douyin: int, rng: np.random.Generator) -> pd.DataFrame:
    n = taobao + douyin
    people = make_people(n, rng)
    platform = np.where(rng.permutation(n) < douyin, "douyin", "taobao")
    people.insert(0, "platform", platform.astype(object))
    people.insert(0, "buyer", np.arange(n))
    return people


def _with_history(demand: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Demand for HISTORY days before the window too: the shop traded before its exports
    begin, so the window opens with returning buyers, not with an empty shop. The year
    before is the first year again, smaller; 抖店 did not exist."""
    out = {}
    for name, weights in demand.items():
        before = weights[:HISTORY] / 1.3 if name == "taobao" else np.zeros(HISTORY)
        out[name] = np.concatenate([before, weights])
    return out


def make_orders(buyers: pd.DataFrame, demand: dict[str, np.ndarray],
                rng: np.random.Generator) -> pd.DataFrame:
    """One row per order in the window: buyer, platform, day, created (seconds), first
    (the buyer's first order ever). Orders before the window are dropped."""
    n = len(buyers)
    span = HISTORY + DAYS
    platform = buyers["platform"].to_numpy()
    first = np.zeros(n, dtype=np.int64)
    exposure = np.zeros(n)
    cums = {}
    for name, weights in _with_history(demand).items():
        cum = np.concatenate([[0.0], np.cumsum(weights)])
        cums[name] = cum
        mine = np.flatnonzero(platform == name)
        first[mine] = _draw_days(cum, np.zeros(len(mine), dtype=np.int64),
                                 np.full(len(mine), span - 1), rng)
    # Repeaters buy again at their own pace (some often, most rarely) until they lapse.
    repeater = rng.random(n) < REPEATER_SHARE
    rate = rng.lognormal(np.log(1 / REPEAT_EVERY), 0.7, n)
    last = np.minimum(first + rng.exponential(LIFETIME, n).astype(np.int64), span - 1)
    for name, cum in cums.items():
        mine = platform == name
        exposure[mine] = cum[last[mine] + 1] - cum[np.minimum(first[mine] + 1, span)]
    mean_weight = np.mean(np.concatenate(list(demand.values())))
    repeats = rng.poisson(rate * np.maximum(exposure, 0) / mean_weight) * repeater
    repeats[last <= first] = 0
    repeats = np.minimum(repeats, MAX_ORDERS - 1)
    who = np.repeat(np.arange(n), repeats)
    day = np.empty(len(who), dtype=np.int64)
    for name, cum in cums.items():
        mine = platform[who] == name
        day[mine] = _draw_days(cum, first[who[mine]] + 1, last[who[mine]], rng)
    orders = pd.DataFrame({
        "buyer": np.concatenate([np.arange(n), who]),
        "day": np.concatenate([first, day]) - HISTORY,
        "first": np.concatenate([np.ones(n, dtype=bool), np.zeros(len(who), dtype=bool)]),
    })
    orders = orders[orders["day"] >= 0]
    orders["platform"] = platform[orders["buyer"].to_numpy()]
    orders["created"] = (orders["day"] * DAY + sample_seconds(orders["day"].to_numpy(), rng)
                         ).astype(float)
    orders = orders.sort_values(["created", "buyer"], kind="stable").reset_index(drop=True)
    return orders


def _order_numbers(platform: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Order numbers rising with time: Taobao's 19 digits from 39..., 抖店's from 69..."""
    ids = np.empty(len(platform), dtype=np.int64)
    bases = (("taobao", 3_912_000_000_000_000_000), ("douyin", 6_921_000_000_000_000_000))
    for name, base in bases:
        mine = np.flatnonzero(platform == name)
        ids[mine] = base + np.cumsum(rng.integers(10**6, 10**9, len(mine)))
    return ids


def make_lines(orders: pd.DataFrame, catalogue: pd.DataFrame,
               rng: np.random.Generator) -> pd.DataFrame:
    """Order lines: which SKUs, how many, which variant, at which price."""
    count = rng.choice(4, size=len(orders), p=[0.74, 0.19, 0.05, 0.02]) + 1
    order = np.repeat(np.arange(len(orders)), count)
    starts = np.cumsum(count) - count
    position = np.arange(len(order)) - np.repeat(starts, count) + 1
    platform = orders["platform"].to_numpy()[order]
    day = orders["day"].to_numpy()[order]
    _, _, month = calendar()
    warm = (month[day] >= 4) & (month[day] <= 9)
    launch = catalogue["launch_day"].to_numpy()
    winter = catalogue["winter"].to_numpy()
    on_douyin = catalogue["on_douyin"].to_numpy()
    evergreen = (launch == 0) & ~winter
    sku = np.empty(len(order), dtype=np.int64)
    for name, listed in (("taobao", np.ones(len(catalogue), dtype=bool)),
                         ("douyin", on_douyin)):
        mine = np.flatnonzero(platform == name)
        weights = catalogue["weight"].to_numpy() * listed
        sku[mine] = rng.choice(len(catalogue), size=len(mine), p=weights / weights.sum())
        # Not launched yet, or a winter item in the warm months: something always on sale.
        bad = mine[(day[mine] < launch[sku[mine]]) | (winter[sku[mine]] & warm[mine])]
        spare = weights * evergreen
        sku[bad] = rng.choice(len(catalogue), size=len(bad), p=spare / spare.sum())
    qty = rng.choice(3, size=len(order), p=[0.86, 0.11, 0.03]) + 1
    lines = pd.DataFrame({"order": order, "position": position, "sku_index": sku, "qty": qty})
    lines["variant"] = _variants(catalogue, sku, rng)
    lines["price"] = catalogue["price_cents"].to_numpy()[sku]
    lines["goods"] = lines["price"] * lines["qty"]
    return lines


def _variants(catalogue: pd.DataFrame, sku: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """'颜色分类:黑色;尺码:M' per line."""
    out = np.empty(len(sku), dtype=object)
    category = catalogue["category"].to_numpy()[sku]
    for name, options in catalogue.groupby("category")["options"].first().items():
        mine = np.flatnonzero(category == name)
        text = np.full(len(mine), "", dtype=object)
        for i, (option, values) in enumerate(options):
            picked = np.asarray(values, dtype=object)[rng.integers(0, len(values), len(mine))]
            text = text + (";" if i else "") + option + ":" + picked
        out[mine] = text
    return out


def _discounts(orders: pd.DataFrame, goods: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """What the shop's offers took off each order: the event's offer on event days, else
    a shop coupon now and then; 抖店 adds platform subsidies."""
    discount = np.zeros(len(orders), dtype=np.int64)
    day = orders["day"].to_numpy()
    platform = orders["platform"].to_numpy()
    handled = np.zeros(len(orders), dtype=bool)
    for event in EVENTS:
        first, last = day_index(event.starts_on), day_index(event.ends_on)
        hit = (day >= first) & (day <= last)
        if event.platform:
            hit &= platform == event.platform
        if not hit.any():
            continue
        handled |= hit
        if event.rate < 1:
            discount[hit] = np.round(goods[hit] * (1 - event.rate)).astype(np.int64)
        elif event.mechanic == "满减":
            threshold, off = event.tiers[0]
            discount[hit] = goods[hit] // (threshold * 100) * off * 100
        else:
            discount[hit] = _best_tier(goods[hit], event.tiers)
    coupon = ~handled & (rng.random(len(orders)) < 0.18)
    discount[coupon] = _best_tier(goods[coupon], ((129, 10), (69, 5)))
    douyin = (platform == "douyin") & (rng.random(len(orders)) < 0.3)
    subsidy = rng.integers(3, 21, len(orders)) * 100
    discount[douyin] += np.minimum(subsidy[douyin], goods[douyin] // 5)
    return np.minimum(discount, goods - goods // 2)


def _best_tier(goods: np.ndarray, tiers: tuple[tuple[int, int], ...]) -> np.ndarray:
    off = np.zeros(len(goods), dtype=np.int64)
    for threshold, value in sorted(tiers):
        off = np.where(goods >= threshold * 100, value * 100, off)
    return off


def price_orders(orders: pd.DataFrame, lines: pd.DataFrame, rng: np.random.Generator) -> None:
    """Goods, discount, postage, paid per order; each line's share of what was paid."""
    n = len(orders)
    goods = np.bincount(lines["order"], weights=lines["goods"], minlength=n).astype(np.int64)
    orders["goods"] = goods
    orders["units"] = np.bincount(lines["order"], weights=lines["qty"], minlength=n).astype(int)
    orders["kinds"] = np.bincount(lines["order"], minlength=n)
    discount = _discounts(orders, goods, rng)
    orders["discount"] = discount
    taobao = orders["platform"].to_numpy() == "taobao"
    orders["postage"] = np.where(taobao & (goods < 4900), 600, 0)
    orders["paid"] = goods - discount + orders["postage"].to_numpy()
    # Lines share the discount in proportion to their goods; rounding goes to line 1.
    order = lines["order"].to_numpy()
    share = np.floor(lines["goods"].to_numpy() * (goods - discount)[order] / goods[order])
    paid = share.astype(np.int64)
    rest = (goods - discount) - np.bincount(order, weights=paid, minlength=n).astype(np.int64)
    first_line = lines["position"].to_numpy() == 1
    paid[first_line] += rest[order[first_line]]
    lines["paid"] = paid


def _pick_reasons(table: tuple[tuple[str, float], ...], n: int,
                  rng: np.random.Generator) -> np.ndarray:
    names = np.array([r for r, _ in table], dtype=object)
    weights = np.array([w for _, w in table])
    return names[rng.choice(len(names), size=n, p=weights / weights.sum())]


def settle(orders: pd.DataFrame, lines: pd.DataFrame, catalogue: pd.DataFrame,
           rng: np.random.Generator) -> pd.DataFrame:
    """Payment, shipping, delivery, receipt and refunds as of the export's moment.

    Adds to orders: paid_at, shipped_at, confirmed_at, state (unpaid|closed_unpaid|paid|
    shipped|completed|closed_refunded), close_reason, refund; to lines: refund. Returns
    the refund records (one per refunded line)."""
    n = len(orders)
    created = orders["created"].to_numpy()
    day = orders["day"].to_numpy()
    recent = created > NOW - DAY
    delay = np.where(rng.random(n) < 0.7, rng.uniform(10, 120, n),
                     np.where(rng.random(n) < 0.83, rng.uniform(120, 1800, n),
                              rng.uniform(1800, 20 * HOUR, n)))
    paid_at = created + delay
    unpaid = (rng.random(n) < NEVER_PAID) | (recent & (rng.random(n) < PENDING_RECENT))
    unpaid |= paid_at > NOW
    paid_at[unpaid] = np.nan
    # Peak days ship late: two to four days of backlog.
    backlog = np.where(peak_days()[day], rng.uniform(30, 80, n) * HOUR, 0.0)
    shipped_at = paid_at + rng.lognormal(np.log(16 * HOUR), 0.5, n) + backlog
    delivered = shipped_at + rng.uniform(1, 4, n) * DAY
    auto = rng.random(n) < 0.4
    confirmed_at = np.where(auto, shipped_at + 10 * DAY, delivered + rng.uniform(0.1, 3, n) * DAY)

    # Refunds: one record per refunded line, with the order's refunded amount beside.
    sku = lines["sku_index"].to_numpy()
    order = lines["order"].to_numpy()
    bias = catalogue["return_bias"].to_numpy()[sku]
    # One candidate line per order (a random one) carries the order's refund risk.
    pick = rng.random(len(lines))
    candidate = pick == pd.Series(pick).groupby(order).transform("max").to_numpy()
    risk = np.ones(n)
    risk[order[candidate]] = bias[candidate]
    paid = ~np.isnan(paid_at)
    roll = rng.random(n) / risk
    before = paid & (roll < REFUND_BEFORE_SHIPPING)
    after = paid & ~before & (roll < REFUND_BEFORE_SHIPPING + RETURN_AFTER_DELIVERY)
    withdrawn = paid & ~before & ~after & (rng.random(n) < REFUND_WITHDRAWN)

    requested = np.full(n, np.nan)
    window = np.minimum(shipped_at - paid_at, 20 * HOUR) * 0.9
    requested[before] = (paid_at + rng.uniform(0.05, 1.0, n) * window)[before]
    ret = after | withdrawn
    requested[ret] = (delivered + rng.uniform(2 * HOUR, 7 * DAY, n))[ret]
    done = np.where(before, requested + rng.uniform(0.1, 8, n) * HOUR,
                    requested + rng.uniform(2, 8, n) * DAY)
    done[withdrawn] = (requested + rng.uniform(0.5, 3, n) * DAY)[withdrawn]
    asked = ~np.isnan(requested) & (requested <= NOW)
    succeeded = asked & (done <= NOW) & ~withdrawn
    # Which lines: everything before shipping; after delivery one line of a multi-line
    # order (or all of them), on Taobao sometimes one unit of several (抖店 after-sales
    # return whole lines).
    whole = before | (rng.random(n) < 0.35)
    line_asked = asked[order] & (whole[order] | candidate)
    qty = lines["qty"].to_numpy()
    taobao = orders["platform"].to_numpy()[order] == "taobao"
    one_unit = line_asked & ~before[order] & (qty > 1) & taobao & (
        rng.random(len(lines)) < 0.5)
    refund_qty = np.where(one_unit, 1, qty)
    line_paid = lines["paid"].to_numpy()
    amount = np.where(one_unit, line_paid // np.maximum(qty, 1), line_paid)
    line_refund = np.where(line_asked & succeeded[order], amount, 0)
    lines["refund"] = line_refund
    refund = np.bincount(order, weights=line_refund, minlength=n).astype(np.int64)
    full = succeeded & (refund >= orders["goods"].to_numpy() - orders["discount"].to_numpy())
    full_before = succeeded & before
    # Full refunds before shipping also return the postage.
    refund = np.where(full_before, orders["paid"].to_numpy(), refund)

    state = np.full(n, "completed", dtype=object)
    state[confirmed_at > NOW] = "shipped"
    state[shipped_at > NOW] = "paid"
    pending_before = before & asked & ~succeeded  # a refund asked for halts shipping
    state[pending_before] = "paid"
    state[full | full_before] = "closed_refunded"
    state[unpaid] = np.where(recent[unpaid], "unpaid", "closed_unpaid")
    shipped_at[full_before | pending_before | unpaid | (shipped_at > NOW)] = np.nan
    confirmed_at[(state != "completed")] = np.nan
    orders["paid_at"] = paid_at
    orders["shipped_at"] = shipped_at
    orders["confirmed_at"] = confirmed_at
    orders["state"] = state
    orders["refund"] = refund
    orders["close_reason"] = None
    closed_unpaid = state == "closed_unpaid"
    orders.loc[closed_unpaid, "close_reason"] = np.asarray(CLOSE_REASONS, dtype=object)[
        rng.choice(3, size=int(closed_unpaid.sum()), p=[0.7, 0.2, 0.1])]
    orders.loc[state == "closed_refunded", "close_reason"] = "退款"
    orders["finished_at"] = np.where(state == "closed_refunded", done, confirmed_at)

    # The refund records.
    chosen = np.flatnonzero(line_asked)
    o = order[chosen]
    fashion = catalogue["category"].isin(["女装", "鞋靴"]).to_numpy()[sku[chosen]]
    reason = np.where(fashion, _pick_reasons(REASONS_FASHION, len(chosen), rng),
                      _pick_reasons(REASONS_GOODS, len(chosen), rng))
    reason = np.where(before[o], np.where(fashion, _pick_reasons(
        REASONS_UNSHIPPED, len(chosen), rng), "不想要了"), reason)
    ended = withdrawn[o] & (done[o] <= NOW)
    status = np.where(succeeded[o], "succeeded", np.where(ended, "closed", "pending"))
    records = pd.DataFrame({
        "line": chosen, "order": o, "sku_index": sku[chosen], "qty": refund_qty[chosen],
        "amount": np.where(full_before[o] & (lines["position"].to_numpy()[chosen] == 1),
                           amount[chosen] + orders["postage"].to_numpy()[o], amount[chosen]),
        "reason": reason, "status": status, "requested_at": requested[o],
        "refunded_at": np.where(succeeded[o], done[o], np.nan),
        "closed_at": np.where(ended, done[o], np.nan),
        "returned": ~before[o],
    })
    return records


def simulate(catalogue: pd.DataFrame, demand: dict[str, np.ndarray], rng: np.random.Generator,
             buyers: int = BUYERS) -> Trade:
    people = make_buyers(round(buyers * TAOBAO_PEOPLE), round(buyers * DOUYIN_BUYERS), rng)
    orders = make_orders(people, demand, rng)
    orders["order_id"] = _order_numbers(orders["platform"].to_numpy(), rng).astype(str)
    lines = make_lines(orders, catalogue, rng)
    price_orders(orders, lines, rng)
    refunds = settle(orders, lines, catalogue, rng)
    return Trade(people, orders, lines, refunds)
