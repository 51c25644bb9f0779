"""Unusual days, worked out by hand. One Taobao order a day (a new buyer each day), imported
for real, 2024-02-01 .. 2024-03-10, with a weekly pattern of GMV:

    Mon 700, Tue 850, Wed 1000, Thu 1150, Fri 1300, Sat 1000, Sun 1000 (yuan)

Injected: Wed 2024-03-06 = 2000 (up), Fri 2024-03-08 = 200 (down), Sat 2024-03-09 = 2500
inside the campaign 周末大促 (Mar 9..10); Sun Mar 10 stays 1000. Visitors: 1000 a day,
100 on Mon 2024-03-04 (conversion 1/100 instead of 1/1000).

The baseline of Mar 6 is Feb 7 .. Mar 5: four of each weekday. Sorted, the 28 values are
700 x4, 850 x4, 1000 x12, 1150 x4, 1300 x4: median (14th and 15th) = 1000. Deviations
0 x12, 150 x8, 300 x8: MAD = 150 yuan = 15000 cents; spread = 1.4826 x 15000 = 22239
cents (above the floor, 5% of 100000 = 5000); range 100000 +- 3 x 22239 = [33283, 166717].
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import numpy as np
import pytest
from taobao_files import order_row, write_orders

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.anomalies import find_anomalies, judge_days, normal_range
from opsdesk_gui.models.periods import Period

PATTERN = {0: 700, 1: 850, 2: 1000, 3: 1150, 4: 1300, 5: 1000, 6: 1000}
FIRST, LAST = date(2024, 2, 1), date(2024, 3, 10)
MARCH_1_10 = Period(date(2024, 3, 1), date(2024, 3, 10))


def days(first=FIRST, last=LAST):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def write_shop(tmp_path, shop_path, gmv_of):
    rows = []
    for n, day in enumerate(days(), start=1):
        paid = f"{gmv_of(day):.2f}"
        at = f"{day.isoformat()} 12:00:00"
        rows.append(order_row(f"3000000000000{n:05d}", f"buyer_{n}", paid, "0.00", paid,
                              "交易成功", at, at, 1))
    summary = import_files(shop_path, [write_orders(tmp_path / "ExportOrderList.csv", rows)])
    assert summary.files[0].preset == "taobao_orders"
    return shop_path


def patterned(day):
    return {date(2024, 3, 6): 2000, date(2024, 3, 8): 200,
            date(2024, 3, 9): 2500}.get(day, PATTERN[day.weekday()])


@pytest.fixture
def shop(tmp_path, shop_path):
    write_shop(tmp_path, shop_path, patterned)
    with sqlite3.connect(shop_path) as conn:
        conn.executemany(
            "INSERT INTO traffic (platform, scope, subject, period_start, period_end, visitors) "
            "VALUES ('taobao', 'shop', '', ?, ?, ?)",
            [(d.isoformat(), d.isoformat(), 100 if d == date(2024, 3, 4) else 1000)
             for d in days()])
        conn.execute("INSERT INTO campaigns (platform, name, starts_on, ends_on) "
                     "VALUES ('taobao', '周末大促', '2024-03-09', '2024-03-10')")
    return shop_path


def anomalies(shop, period=MARCH_1_10, **kwargs):
    with sqlite3.connect(shop) as conn:
        return find_anomalies(conn, period, **kwargs)


def flagged(frame):
    return {(d.strftime("%Y-%m-%d"), m): (direction, kind) for d, m, direction, kind in
            zip(frame["date"], frame["metric"], frame["direction"], frame["kind"], strict=True)}


def test_injected_days_are_flagged_and_normal_days_not(shop):
    found = anomalies(shop)
    assert flagged(found) == {
        ("2024-03-04", "conversion"): ("up", "anomaly"),
        ("2024-03-06", "gmv"): ("up", "anomaly"),
        ("2024-03-08", "gmv"): ("down", "anomaly"),
        ("2024-03-09", "gmv"): ("up", "campaign"),
    }
    up = found[(found["metric"] == "gmv") & (found["direction"] == "up")].iloc[0]
    assert up["value"] == 200000
    assert up["expected"] == 100000
    assert up["low"] == pytest.approx(100000 - 3 * 1.4826 * 15000)   # 33283
    assert up["high"] == pytest.approx(100000 + 3 * 1.4826 * 15000)  # 166717
    assert up["campaign"] is None
    # Mar 8's baseline (Feb 9 .. Mar 7) holds Mar 6's 2000 in place of a 1000: the median
    # stays 1000 and the MAD 150 (the outlier moves neither): same range; 20000 < 33283
    down = found[found["direction"] == "down"].iloc[0]
    assert (down["value"], down["expected"]) == (20000, 100000)
    assert down["low"] == pytest.approx(33283)
    # the campaign day is named, not called an anomaly
    campaign = found[found["kind"] == "campaign"].iloc[0]
    assert campaign["campaign"] == "周末大促" and campaign["value"] == 250000


def test_conversion_range_uses_the_floor(shop):
    conv = anomalies(shop, metrics=("conversion",))
    assert len(conv) == 1
    row = conv.iloc[0]
    # every baseline day converts 1/1000: MAD 0, mean deviation 0, so the spread is the
    # floor 0.001 (0.1 point); range 0.001 +- 0.003, clipped at 0: [0, 0.004]
    assert row["value"] == pytest.approx(0.01)
    assert row["expected"] == pytest.approx(0.001)
    assert (row["low"], row["high"]) == (0, pytest.approx(0.004))


def test_campaign_days_can_be_left_out(shop):
    found = anomalies(shop, include_campaigns=False)
    assert "campaign" not in set(found["kind"])
    assert len(found) == 3


def test_days_after_the_data_and_before_enough_history_are_not_judged(shop):
    # Mar 11..15 have no orders at all (not imported yet): not a slump
    later = anomalies(shop, Period(date(2024, 3, 11), date(2024, 3, 15)))
    assert later.empty
    # Feb 1..14: fewer than 14 days of data before each day (January is before the first
    # sale, so its zeros are no baseline): nothing judged, no false 'up' on Feb 1
    assert anomalies(shop, Period(date(2024, 2, 1), date(2024, 2, 14))).empty


def test_a_flat_series_does_not_flag_noise(tmp_path, shop_path):
    def flat(day):
        return {date(2024, 3, 4): 1040, date(2024, 3, 7): 1200}.get(day, 1000)

    write_shop(tmp_path, shop_path, flat)
    found = anomalies(shop_path, metrics=("gmv",))
    # a perfectly flat baseline has MAD 0: without the floor any change would flag. The
    # floor (5% of 1000 = 50 yuan) gives the range 1000 +- 150: 1040 is noise; 1200 is not
    # (Mar 7's baseline holds Mar 4's 1040: mean deviation 40/28 yuan, still under the floor)
    assert flagged(found) == {("2024-03-07", "gmv"): ("up", "anomaly")}
    row = found.iloc[0]
    assert (row["expected"], row["low"], row["high"]) == (100000, 85000, 115000)


def test_normal_range_rule():
    # median 14, deviations 4, 2, 0, 2, 4 -> MAD 2 -> spread max(2.9652, 0.7, 100) = 100
    # (the GMV floor is 100 cents)
    assert normal_range(np.array([10.0, 12, 14, 16, 18]), "gmv") == (14, 0, 314)
    # in cents of real size the MAD wins: median 10000, MAD 2000 -> spread 2965.2
    low, high = 10000 - 3 * 2965.2, 10000 + 3 * 2965.2
    assert normal_range(np.array([6000.0, 8000, 10000, 12000, 14000]), "gmv") == (
        10000, pytest.approx(low), pytest.approx(high))
    # MAD 0 but not flat (a shop selling on few days): the mean deviation takes over:
    # values 0 x3, 9000 x2: median 0, MAD 0, mean |x - 0| = 3600 -> 1.2533 x 3600 = 4511.88
    assert normal_range(np.array([0.0, 0, 0, 9000, 9000]), "gmv") == (
        0, 0, pytest.approx(3 * 1.2533 * 3600))


def test_the_days_after_a_long_campaign_are_judged_against_the_days_before_it(
        tmp_path, shop_path):
    """Orders 2024-01-01 .. 2024-03-20 in the weekly pattern; a campaign over all of
    February (29 days); Mar 6 = 2000, Mar 8 = 200. Before, the 28 days before Mar 6 held
    5 normal days (Mar 1..5): not judged. Now the 28 normal days before it are Mar 1..5
    and Jan 9..31: Mon 4 (700), Tue 5 (850), Wed 4 (1000), Thu 3 (1150), Fri 4 (1300),
    Sat 4 + Sun 4 (1000). Sorted: 700 x4, 850 x5, 1000 x12, 1150 x3, 1300 x4: median 1000;
    deviations 0 x12, 150 x8, 300 x8: MAD 150 yuan; range 1000 +- 3 x 1.4826 x 150 =
    [332.83, 1667.17]: Mar 6 is 'up', Mar 8 'down'."""
    def gmv(day):
        return {date(2024, 3, 6): 2000, date(2024, 3, 8): 200}.get(day, PATTERN[day.weekday()])

    rows = []
    for n, day in enumerate(days(date(2024, 1, 1), date(2024, 3, 20)), start=1):
        at = f"{day.isoformat()} 12:00:00"
        rows.append(order_row(f"3100000000000{n:05d}", f"buyer_{n}", f"{gmv(day):.2f}",
                              "0.00", f"{gmv(day):.2f}", "交易成功", at, at, 1))
    import_files(shop_path, [write_orders(tmp_path / "ExportOrderList.csv", rows)])
    with sqlite3.connect(shop_path) as conn:
        conn.execute("INSERT INTO campaigns (platform, name, starts_on, ends_on) "
                     "VALUES ('taobao', '年货节', '2024-02-01', '2024-02-29')")
    march = Period(date(2024, 3, 1), date(2024, 3, 14))
    with sqlite3.connect(shop_path) as conn:
        judged = judge_days(conn, march, metrics=("gmv",))
    found = judged.found
    assert flagged(found) == {("2024-03-06", "gmv"): ("up", "anomaly"),
                              ("2024-03-08", "gmv"): ("down", "anomaly")}
    row = found.iloc[0]
    assert (row["expected"], row["low"]) == (100000, pytest.approx(100000 - 3 * 22239))
    assert judged.unjudged.empty  # every day of March had its 28 normal days
    # the first days of the shop cannot be judged, and the page can say which and why
    with sqlite3.connect(shop_path) as conn:
        early = judge_days(conn, Period(date(2024, 1, 1), date(2024, 1, 20)),
                           metrics=("gmv",)).unjudged
    assert early.values.tolist() == [[date(2024, 1, 1), date(2024, 1, 14), "gmv",
                                      "short_history"]]
