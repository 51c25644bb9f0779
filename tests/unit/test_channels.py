"""The channel table, worked out by hand. A Taobao order export (CNY) and a Shopify USD order
make the shop; traffic-source and ad rows are inserted into their tables. Period: March 2024.

Sources (taobao, exported for exactly Mar 1..31; visitors, paying buyers, 支付金额):
  淘内免费/手淘搜索        5000  150  15000.00
  付费流量/直通车          2000   80   9000.00
  付费流量/万相台          1000   20   2000.00   } both are 万相台's: one row
  付费流量/万相台无界版     500   10   1000.00   }   1500  30  3000.00
  付费流量                 3500  110  12000.00   level-1 subtotal: left out
  淘外流量/小红书/笔记      300    3    300.00   } no level-2 row: summed
  淘外流量/小红书/直播      200    2    200.00   }   500   5   500.00
  自主访问/购物车           800   60   6000.00
  自主访问/购物车/已买到     100    9    900.00   detail of a level-2 row: left out
  淘外流量/微信               0    0      0.00   no visitors: conversion unknown
Other source rows: 淘内免费/手淘搜索 for Mar 1 only (9999: the exact month wins) and for
Feb 20..Mar 5 (7777: reaches outside March, never used).

Ads (spend, impressions, clicks, orders, 成交金额, new buyers):
  taobao 直通车   Mar 1   300.00  10000  200  10  1200.00  6
                  Mar 2   200.00   5000  100   5   600.00  4
                  Apr 1   999.99 (outside March)
  taobao 万相台   Mar 5   400.00  20000  400   4   800.00  5
  taobao 引力魔方 Mar 6   100.00      0    0   -      -     0
  douyin 巨量千川 Mar 3   250.00  50000  500   5   500.00  5
  shopify Google Ads Mar 3 100.00 (USD)  4000  80   2   300.00  2
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest
from taobao_files import ORDERS, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.channels import channel_table, choose_periods
from opsdesk_gui.models.periods import Period

MARCH = Period(date(2024, 3, 1), date(2024, 3, 31))

SOURCES = [
    ("淘内免费/手淘搜索", 5000, 150, 1500000),
    ("付费流量/直通车", 2000, 80, 900000),
    ("付费流量/万相台", 1000, 20, 200000),
    ("付费流量/万相台无界版", 500, 10, 100000),
    ("付费流量", 3500, 110, 1200000),
    ("淘外流量/小红书/笔记", 300, 3, 30000),
    ("淘外流量/小红书/直播", 200, 2, 20000),
    ("自主访问/购物车", 800, 60, 600000),
    ("自主访问/购物车/已买到", 100, 9, 90000),
    ("淘外流量/微信", 0, 0, 0),
]
ADS = [
    ("taobao", "直通车", "核心词", "2024-03-01", 30000, 10000, 200, 10, 120000, 6),
    ("taobao", "直通车", "核心词", "2024-03-02", 20000, 5000, 100, 5, 60000, 4),
    ("taobao", "直通车", "核心词", "2024-04-01", 99999, 1, 1, 1, 1, 1),
    ("taobao", "万相台", "拉新", "2024-03-05", 40000, 20000, 400, 4, 80000, 5),
    ("taobao", "引力魔方", "人群", "2024-03-06", 10000, 0, 0, None, None, 0),
    ("douyin", "巨量千川", "直播", "2024-03-03", 25000, 50000, 500, 5, 50000, 5),
    ("shopify", "Google Ads", "brand", "2024-03-03", 10000, 4000, 80, 2, 30000, 2),
]


def add_source(conn, subject, start, end, visitors, buyers, cents):
    conn.execute("INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
                 "visitors, paid_buyers, paid_cents) VALUES ('taobao', 'source', ?, ?, ?, ?, ?, ?)",
                 (subject, start, end, visitors, buyers, cents))


@pytest.fixture
def shop(tmp_path, shop_path):
    import_files(shop_path, [write_orders(tmp_path / "ExportOrderList.csv", ORDERS)])
    with sqlite3.connect(shop_path) as conn:
        for row in SOURCES:
            add_source(conn, row[0], "2024-03-01", "2024-03-31", *row[1:])
        add_source(conn, "淘内免费/手淘搜索", "2024-03-01", "2024-03-01", 9999, 99, 99)
        add_source(conn, "淘内免费/手淘搜索", "2024-02-20", "2024-03-05", 7777, 77, 77)
        conn.executemany("INSERT INTO ad_spend (platform, channel, campaign, day, spend_cents, "
                         "impressions, clicks, orders, gmv_cents, new_buyers) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ADS)
        conn.execute("INSERT INTO orders (platform, order_id, status, paid_at, currency, "
                     "paid_cents) VALUES ('shopify', 'S1', 'paid', '2024-03-02 10:00:00', "
                     "'USD', 5000)")
    return shop_path


def table(shop, period=MARCH, platform=None):
    with sqlite3.connect(shop) as conn:
        return channel_table(conn, period, platform)


def rows(result):
    channels = result.rows[result.rows["row_kind"] == "channel"]
    return {(p, c): r for p, c, r in zip(channels["platform"], channels["channel"],
                                         channels.to_dict("records"), strict=True)}


def test_ad_channels_joined_to_their_sources(shop):
    r = rows(table(shop))
    ztc = r[("taobao", "直通车")]
    assert ztc["source"] == "付费流量/直通车" and ztc["paid"]
    # spend 300 + 200 (April left out); impressions 15000; clicks 300
    assert (ztc["spend"], ztc["impressions"], ztc["clicks"]) == (50000, 15000, 300)
    assert ztc["ctr"] == pytest.approx(300 / 15000)    # 2%
    assert ztc["cpc"] == 167                            # 500.00 / 300 = 1.6667 -> 1.67
    assert ztc["roi"] == pytest.approx(180000 / 50000)  # 投产比 3.6 on the ad's 成交金额
    assert ztc["roi_basis"] == "ad"
    assert ztc["cac"] == 5000                           # 500.00 / 10 new buyers = 50.00
    assert (ztc["visitors"], ztc["buyers"], ztc["gmv"]) == (2000, 80, 900000)
    assert ztc["conversion"] == pytest.approx(0.04)
    wxt = r[("taobao", "万相台")]
    # 万相台 + 万相台无界版 are one channel: 1000 + 500 visitors, 20 + 10 buyers
    assert wxt["source"] == "付费流量/万相台 + 付费流量/万相台无界版"
    assert (wxt["visitors"], wxt["buyers"], wxt["gmv"]) == (1500, 30, 300000)
    assert wxt["visitors_approximate"]
    assert wxt["cac"] == 8000 and wxt["cpc"] == 100 and wxt["roi"] == pytest.approx(2.0)
    assert wxt["conversion"] == pytest.approx(0.02)


def test_zero_guards(shop):
    r = rows(table(shop))
    ylmf = r[("taobao", "引力魔方")]
    # 0 impressions, 0 clicks, 0 new buyers, no 成交金额 and no source: nothing divides
    assert ylmf["spend"] == 10000
    for name in ("ctr", "cpc", "cac", "roi", "conversion", "visitors"):
        assert pd.isna(ylmf[name]), name
    assert ylmf["roi_basis"] is None
    wx = r[("taobao", "淘外流量/微信")]
    assert wx["visitors"] == 0 and pd.isna(wx["conversion"])


def test_source_levels_are_not_counted_twice(shop):
    r = rows(table(shop))
    assert ("taobao", "付费流量") not in r  # a level-1 subtotal of the rows below it
    # level-3 rows without a level-2 row: summed
    xhs = r[("taobao", "淘外流量/小红书")]
    assert (xhs["visitors"], xhs["buyers"], xhs["gmv"]) == (500, 5, 50000)
    assert xhs["visitors_approximate"]
    # a level-2 row with level-3 detail: the level-2 figure alone
    cart = r[("taobao", "自主访问/购物车")]
    assert (cart["visitors"], cart["buyers"]) == (800, 60) and not cart["paid"]
    # the exact month wins over the day and the row reaching outside March
    assert r[("taobao", "淘内免费/手淘搜索")]["visitors"] == 5000


def test_order_totals_and_currencies(shop):
    result = table(shop)
    frame = result.rows
    order = list(zip(frame["row_kind"], frame["currency"], frame["channel"], strict=True))
    assert order == [
        # spend first, lowest CAC first: 直通车 and 巨量千川 both 50.00, 直通车 converts 4%
        # (千川 has no visitors); then 万相台 80.00; 引力魔方's CAC is unknown: last
        ("channel", "CNY", "直通车"), ("channel", "CNY", "巨量千川"),
        ("channel", "CNY", "万相台"), ("channel", "CNY", "引力魔方"),
        # then the channels without spend, by 支付金额: 15000, 6000, 500, 0
        ("channel", "CNY", "淘内免费/手淘搜索"), ("channel", "CNY", "自主访问/购物车"),
        ("channel", "CNY", "淘外流量/小红书"), ("channel", "CNY", "淘外流量/微信"),
        ("total", "CNY", None),
        # Shopify's home currency is USD: its own group and total, never added to CNY
        ("channel", "USD", "Google Ads"), ("total", "USD", None),
    ]
    total = frame[(frame["row_kind"] == "total") & (frame["currency"] == "CNY")].iloc[0]
    # spend 500 + 250 + 400 + 100 = 1250.00; impressions 15000 + 50000 + 20000 + 0
    assert (total["spend"], total["impressions"], total["clicks"]) == (125000, 85000, 1200)
    assert total["ctr"] == pytest.approx(1200 / 85000)
    assert total["cpc"] == 104                      # 1250.00 / 1200 = 1.0417 -> 1.04
    assert total["new_buyers"] == 20 and total["cac"] == 6250   # 1250.00 / 20
    # ROI over the channels whose ROI is known: (1800 + 500 + 800) / (500 + 250 + 400)
    assert total["roi"] == pytest.approx(310000 / 115000)
    # visitors 5000 + 2000 + 1500 + 800 + 500 + 0; buyers 150 + 80 + 30 + 60 + 5
    assert (total["visitors"], total["buyers"]) == (9800, 325)
    assert total["gmv"] == 1500000 + 900000 + 300000 + 600000 + 50000
    assert total["conversion"] == pytest.approx(325 / 9800)
    assert total["visitors_approximate"]
    usd = frame[(frame["row_kind"] == "total") & (frame["currency"] == "USD")].iloc[0]
    assert (usd["spend"], usd["cac"]) == (10000, 5000)
    assert usd["roi"] == pytest.approx(3.0)
    assert result.coverage == {"taobao": 1.0} and not result.partial
    assert result.outside == {"taobao": [("2024-02-20", "2024-03-05")]}
    # one platform only
    only = table(shop, platform="douyin").rows
    assert list(only["channel"]) == ["巨量千川", None]


def test_sources_covering_part_of_the_period(shop):
    with sqlite3.connect(shop) as conn:
        add_source(conn, "淘内免费/手淘搜索", "2024-04-01", "2024-04-07", 1000, 20, 200000)
        add_source(conn, "淘内免费/手淘搜索", "2024-04-02", "2024-04-02", 111, 1, 100)
    result = table(shop, Period(date(2024, 3, 1), date(2024, 4, 15)))
    # no row for Mar 1 .. Apr 15: the month (31 days) and the week (7 days) are the
    # longest rows that do not overlap; Apr 2 lies in the week: left out
    assert result.source_periods["taobao"] == [("2024-03-01", "2024-03-31"),
                                               ("2024-04-01", "2024-04-07")]
    assert result.coverage["taobao"] == pytest.approx(38 / 46) and result.partial
    search = rows(result)[("taobao", "淘内免费/手淘搜索")]
    assert (search["visitors"], search["buyers"]) == (6000, 170)
    assert search["visitors_approximate"] and search["coverage"] == pytest.approx(38 / 46)
    # a period inside the month: only the Mar 1 row fits (1 day of 15)
    mid = table(shop, Period(date(2024, 3, 1), date(2024, 3, 15)))
    assert mid.coverage["taobao"] == pytest.approx(1 / 15) and mid.partial
    assert rows(mid)[("taobao", "淘内免费/手淘搜索")]["visitors"] == 9999
    assert ("taobao", "付费流量/直通车") not in rows(mid)  # no source row: 直通车's ads only
    assert pd.isna(rows(mid)[("taobao", "直通车")]["visitors"])
    # a period inside the week of April: no source row fits at all: coverage 0
    week = table(shop, Period(date(2024, 4, 3), date(2024, 4, 5)))
    assert week.coverage == {"taobao": 0.0} and week.partial


def test_choose_periods():
    assert choose_periods([("2024-03-01", "2024-03-31"), ("2024-03-01", "2024-03-01")],
                          "2024-03-01", "2024-03-31") == [("2024-03-01", "2024-03-31")]
    days = [("2024-03-01", "2024-03-01"), ("2024-03-02", "2024-03-02")]
    assert choose_periods(days, "2024-03-01", "2024-03-31") == days
