"""The channel table (domain.md §6): traffic sources from 生意参谋 and ad spend, one row per
channel, to show where a budget move pays. No Qt.

Sources. Traffic rows of scope 'source' have subject 'level1/level2/level3' (一级/二级/
三级来源). A channel is a source's first two levels ('淘内免费/手淘搜索'). A level-2 row
is the channel's figure; level-3 rows are summed into their channel only when it has no
level-2 row of its own, and a level-1 row ('付费流量') stands alone only when no deeper
row of that level exists (otherwise it is a subtotal and left out), so nothing is
counted twice. Figures: visitors, buyers (支付买家数, paid_buyers) and gmv (支付金额,
paid_cents).

Periods. Source rows carry their own period; only rows inside the period are used. Per
platform, rows exported for exactly the period win; otherwise the longest non-overlapping
periods inside it are taken (e.g. one month's row rather than its days). `coverage` tells
how many of the period's days they cover (< 1: the figures are for part of the period;
rows reaching outside the period are listed in `outside`; a platform with only such rows
has coverage 0). Visitors and buyers summed over several periods or sub-sources are not
de-duplicated: `visitors_approximate` (always set on the totals: a visitor can arrive
through several sources).

Ads. `ad_spend` rows with their day in the period, summed per platform and channel: spend,
impressions, clicks, ad_orders, ad_gmv (成交金额 the ad tool attributes), new_buyers. An ad
channel joins its traffic source on the same platform through AD_SOURCES, a small map of
the 生意参谋 sources (under 付费流量) each Taobao ad tool's visitors arrive in. Channels not
in the map (巨量千川 is Douyin's: 生意参谋 has no source for it; Google Ads ...) are rows of
their own without source figures. `paid`: the channel has ad spend or is a 付费流量 source.

Ratios (None when a figure is missing or the denominator is 0): ctr = clicks /
impressions; cpc = spend / clicks (cents); conversion = buyers / visitors; roi (投产比) =
attributed GMV / spend, attributed GMV being ad_gmv when the ad report states it, else the
source's gmv (`roi_basis` 'ad' or 'source'); cac (获客成本) = spend / new_buyers (cents).

Totals: one row per currency (row_kind 'total'; a platform's money is in its home
currency, currencies never add): sums, and ratios over the rows where both figures are
known (e.g. total cac = spend of the rows stating new buyers / their new buyers).

Order, so the budget question reads from the top: channels with spend first, lowest cac
first (then higher conversion, then higher roi; cac unknown last); then the channels
without spend by gmv, then visitors; the total last (the currency with the most channels
first). Example (domain.md §6): A costs
50 per new buyer at 8% conversion, B 80 at 5%: A is above B.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from ..money import divide_cents, ratio
from .periods import Period
from .rules import DEFAULT_CURRENCY, home_currencies

# Ad channel -> the 生意参谋 sources (level1/level2) its visitors arrive under.
AD_SOURCES: dict[str, tuple[str, ...]] = {
    "直通车": ("付费流量/直通车",),
    "万相台": ("付费流量/万相台", "付费流量/万相台无界版"),
    "引力魔方": ("付费流量/引力魔方",),
    "淘宝客": ("付费流量/淘宝客",),
    "超级推荐": ("付费流量/超级推荐",),
    "钻石展位": ("付费流量/钻石展位",),
    "品销宝": ("付费流量/品销宝",),
}
PAID_LEVEL1 = "付费流量"
_SOURCE_TO_AD = {source: ad for ad, sources in AD_SOURCES.items() for source in sources}

_SOURCE_METRICS = {"visitors": "visitors", "buyers": "paid_buyers", "gmv": "paid_cents"}
_AD_METRICS = ("spend", "impressions", "clicks", "ad_orders", "ad_gmv", "new_buyers")

_SOURCES_SQL = """
SELECT platform, subject, period_start, period_end, visitors, paid_buyers, paid_cents
FROM traffic
WHERE scope = 'source' AND period_start <= :last AND period_end >= :first
  AND (:platform IS NULL OR platform = :platform)
"""

_ADS_SQL = """
SELECT platform, channel, sum(spend_cents) AS spend, sum(impressions) AS impressions,
       sum(clicks) AS clicks, sum(orders) AS ad_orders, sum(gmv_cents) AS ad_gmv,
       sum(new_buyers) AS new_buyers
FROM ad_spend
WHERE day >= :first AND day <= :last AND (:platform IS NULL OR platform = :platform)
GROUP BY platform, channel
"""

COLUMNS = ["row_kind", "platform", "currency", "channel", "source", "paid", "spend",
           "impressions", "clicks", "ctr", "cpc", "ad_orders", "ad_gmv", "new_buyers",
           "visitors", "buyers", "gmv", "conversion", "roi", "roi_basis", "cac",
           "visitors_approximate", "coverage"]


@dataclass(frozen=True)
class ChannelTable:
    period: Period
    rows: pd.DataFrame                      # COLUMNS, channels then a total per currency
    coverage: dict[str, float] = field(default_factory=dict)  # platform -> share of days
    source_periods: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    outside: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    @property
    def partial(self) -> bool:
        """Some platform's source figures cover only part of the period."""
        return any(share < 1 for share in self.coverage.values())


def _days(start: str, end: str) -> int:
    return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1


def choose_periods(periods: list[tuple[str, str]], first: str, last: str
                   ) -> list[tuple[str, str]]:
    """The source periods to use: exactly [first, last] if present, else the longest
    non-overlapping ones (earlier first on ties)."""
    if (first, last) in periods:
        return [(first, last)]
    chosen: list[tuple[str, str]] = []
    for start, end in sorted(set(periods), key=lambda p: (-_days(*p), p)):
        if all(end < s or start > e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _channel_figures(rows: list[tuple]) -> list[dict]:
    """Source rows (platform, subject, period_start, period_end, visitors, paid_buyers,
    paid_cents) of the chosen periods -> one dict per (platform, channel key) with
    visitors, buyers, gmv (None when no row states it) and visitors_approximate."""
    deeper, level2 = set(), set()
    for p, subject, start, end, *_ in rows:
        parts = subject.split("/")
        if len(parts) >= 2:
            deeper.add((p, start, end, parts[0]))
        if len(parts) == 2:
            level2.add((p, start, end, subject))
    groups: dict[tuple[str, str], list[tuple]] = {}
    for row in rows:
        p, subject, start, end = row[:4]
        parts = subject.split("/")
        key = "/".join(parts[:2])
        if len(parts) == 1 and (p, start, end, parts[0]) in deeper:
            continue  # a level-1 subtotal of the rows below it
        if len(parts) >= 3 and (p, start, end, key) in level2:
            continue  # detail of a level-2 row
        groups.setdefault((p, key), []).append(row)
    out = []
    for (p, key), group in sorted(groups.items()):
        figures = {}
        for index, name in enumerate(_SOURCE_METRICS, start=4):
            values = [r[index] for r in group if r[index] is not None]
            figures[name] = int(sum(values)) if values else None
        periods = {(r[2], r[3]) for r in group}
        out.append({"platform": p, "source": key, **figures,
                    "visitors_approximate": len(group) > len(periods) or len(periods) > 1})
    return out


def _ratio_or_none(num, den) -> float | None:
    return None if num is None or den is None else ratio(num, den)


def _cents_or_none(cents, count) -> int | None:
    return None if cents is None or count is None else divide_cents(cents, count)


def _with_ratios(row: dict) -> dict:
    spend = row.get("spend")
    row["ctr"] = _ratio_or_none(row.get("clicks"), row.get("impressions"))
    row["cpc"] = _cents_or_none(spend, row.get("clicks"))
    row["conversion"] = _ratio_or_none(row.get("buyers"), row.get("visitors"))
    attributed, basis = row.get("ad_gmv"), "ad"
    if attributed is None:
        attributed, basis = row.get("gmv"), "source"
    roi = _ratio_or_none(attributed, spend)
    row["roi"], row["roi_basis"] = roi, basis if roi is not None else None
    row["cac"] = _cents_or_none(spend, row.get("new_buyers"))
    return row


def _known_sum(rows: list[dict], name: str, also: str | None = None) -> int | None:
    """Sum of `name` over the rows stating it (and `also`, when given); None if none."""
    values = [r[name] for r in rows if r.get(name) is not None
              and (also is None or r.get(also) is not None)]
    return sum(values) if values else None


def _total(rows: list[dict], currency: str) -> dict:
    spend_rows = [r for r in rows if r.get("spend") is not None]
    total = {"row_kind": "total", "platform": None, "currency": currency, "channel": None,
             "source": None, "paid": bool(spend_rows)}
    for name in ("spend", "impressions", "clicks", "ad_orders", "ad_gmv", "new_buyers",
                 "visitors", "buyers", "gmv"):
        total[name] = _known_sum(rows, name)
    total["ctr"] = _ratio_or_none(_known_sum(rows, "clicks", "impressions"),
                                  _known_sum(rows, "impressions", "clicks"))
    total["cpc"] = _cents_or_none(_known_sum(rows, "spend", "clicks"),
                                  _known_sum(rows, "clicks", "spend"))
    total["conversion"] = _ratio_or_none(_known_sum(rows, "buyers", "visitors"),
                                         _known_sum(rows, "visitors", "buyers"))
    with_roi = [r for r in spend_rows if r.get("roi") is not None]
    attributed = sum(r["ad_gmv"] if r["roi_basis"] == "ad" else r["gmv"] for r in with_roi)
    total["roi"] = ratio(attributed, sum(r["spend"] for r in with_roi)) if with_roi else None
    bases = {r["roi_basis"] for r in spend_rows if r.get("roi_basis")}
    total["roi_basis"] = bases.pop() if len(bases) == 1 else ("mixed" if bases else None)
    total["cac"] = _cents_or_none(_known_sum(rows, "spend", "new_buyers"),
                                  _known_sum(rows, "new_buyers", "spend"))
    total["visitors_approximate"] = total["visitors"] is not None
    total["coverage"] = None
    return total


def _sort_key(row: dict) -> tuple:
    if row.get("spend"):
        cac, conversion, roi = row.get("cac"), row.get("conversion"), row.get("roi")
        return (0, cac is None, cac or 0, -(conversion or 0), -(roi or 0), row["channel"])
    return (1, -(row.get("gmv") or 0), -(row.get("visitors") or 0), row["channel"])


def channel_table(conn: sqlite3.Connection, period: Period,
                  platform: str | None = None) -> ChannelTable:
    first, last = period.start.isoformat(), period.end.isoformat()
    params = {"first": first, "last": last, "platform": platform}
    inside: dict[str, list[tuple]] = {}
    outside: dict[str, list[tuple[str, str]]] = {}
    for row in conn.execute(_SOURCES_SQL, params):
        p, _, start, end = row[:4]
        if start >= first and end <= last:
            inside.setdefault(p, []).append(row)
        elif (start, end) not in outside.setdefault(p, []):
            outside[p].append((start, end))
    outside = {p: sorted(pairs) for p, pairs in outside.items()}
    chosen: dict[str, list[tuple[str, str]]] = {}
    coverage: dict[str, float] = {}
    used: list[tuple] = []
    for p, group in inside.items():
        chosen[p] = choose_periods([(r[2], r[3]) for r in group], first, last)
        coverage[p] = sum(_days(*pair) for pair in chosen[p]) / period.days
        used.extend(r for r in group if (r[2], r[3]) in chosen[p])
    for p in outside:
        coverage.setdefault(p, 0.0)  # its rows all reach outside the period
    figures = _channel_figures(used)
    ads = [dict(zip(("platform", "channel", *_AD_METRICS), r, strict=True))
           for r in conn.execute(_ADS_SQL, params)]

    rows: dict[tuple[str, str], dict] = {}
    for record in figures:
        ad = _SOURCE_TO_AD.get(record["source"])
        name = ad or record["source"]
        row = rows.setdefault((record["platform"], name), {
            "platform": record["platform"], "channel": name, "source": None,
            "visitors_approximate": False, "coverage": coverage.get(record["platform"])})
        row["source"] = record["source"] if row["source"] is None else (
            row["source"] + " + " + record["source"])
        for metric in _SOURCE_METRICS:
            if record[metric] is not None:
                row[metric] = (row.get(metric) or 0) + record[metric]
        # two sources of one ad channel: their visitors are not de-duplicated
        row["visitors_approximate"] |= bool(record["visitors_approximate"]) or (
            " + " in row["source"])
    for record in ads:
        row = rows.setdefault((record["platform"], record["channel"]), {
            "platform": record["platform"], "channel": record["channel"], "source": None,
            "visitors_approximate": False, "coverage": None})
        for metric in _AD_METRICS:
            value = record[metric]
            row[metric] = None if value is None else int(value)

    homes = home_currencies(conn) if rows else {}
    by_currency: dict[str, list[dict]] = {}
    for row in rows.values():
        currency = homes.get(row["platform"], DEFAULT_CURRENCY)
        row["currency"], row["row_kind"] = currency, "channel"
        source = row["source"] or ""
        row["paid"] = row.get("spend") is not None or source.startswith(PAID_LEVEL1 + "/")
        by_currency.setdefault(currency, []).append(_with_ratios(row))
    ordered = []
    for currency in sorted(by_currency, key=lambda c: (-len(by_currency[c]), c)):
        group = sorted(by_currency[currency], key=_sort_key)
        ordered.extend(group)
        ordered.append(_total(group, currency))
    frame = pd.DataFrame({c: pd.Series([r.get(c) for r in ordered], dtype=object)
                          for c in COLUMNS})
    for column in ("spend", "impressions", "clicks", "cpc", "ad_orders", "ad_gmv",
                   "new_buyers", "visitors", "buyers", "gmv", "cac"):
        frame[column] = frame[column].astype("Int64")
    for column in ("ctr", "conversion", "roi", "coverage"):
        frame[column] = frame[column].astype("Float64")
    for column in ("paid", "visitors_approximate"):
        frame[column] = frame[column].astype(bool)
    return ChannelTable(period, frame, coverage, chosen, outside)
