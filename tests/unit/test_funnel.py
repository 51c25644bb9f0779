"""The funnel 访客 -> 加购 -> 下单 -> 支付, worked out by hand. The Taobao rows come through the
real importer as a 生意参谋 店铺整体数据 export (one row per 统计日期, a day or a range);
the JD rows are inserted into `traffic` directly.

Taobao rows (visitors, add-cart, ordering, paying buyers):
  2024-03-01             1000  100  40  30
  2024-03-02              800   90  30  25
  2024-03-03             1200  110  50  45     daily sum 3000  300  120  100
  2024-03-01~2024-03-03  2500  280 110  95     exported for exactly Mar 1..3
  2024-02-27~2024-02-29  2000  200 100  80     the previous period, exactly
  2024-03-10                0    0   0   0     a day without visitors
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from exportfiles import write_csv

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.funnel import compute_funnel, funnel_counts
from opsdesk_gui.models.periods import Period

HEADER = ["统计日期", "访客数", "浏览量", "加购人数", "下单买家数", "支付买家数", "支付金额"]
DAILY = [["2024-03-01", 1000, 3000, 100, 40, 30, "3000.00"],
         ["2024-03-02", 800, 2400, 90, 30, 25, "2500.00"],
         ["2024-03-03", 1200, 3600, 110, 50, 45, "4500.00"],
         ["2024-03-10", 0, 0, 0, 0, 0, "0.00"]]
EXACT = [["2024-03-01~2024-03-03", 2500, 9000, 280, 110, 95, "9500.00"],
         ["2024-02-27~2024-02-29", 2000, 6000, 200, 100, 80, "8000.00"]]
MARCH_1_3 = Period(date(2024, 3, 1), date(2024, 3, 3))


def import_traffic(shop_path, tmp_path, rows, name):
    summary = import_files(shop_path, [write_csv(tmp_path / name, HEADER, rows,
                                                 encoding="gbk")])
    assert [f.preset for f in summary.files] == ["sycm_shop_daily"]


@pytest.fixture
def daily_shop(tmp_path, shop_path):
    import_traffic(shop_path, tmp_path, DAILY, "店铺整体数据_日.csv")
    return shop_path


def funnel(shop, period=MARCH_1_3, base=None, platform=None):
    with sqlite3.connect(shop) as conn:
        return compute_funnel(conn, period, base, platform)


def steps(f):
    return f.steps.set_index("step")


def test_daily_rows_are_summed_and_marked_approximate(daily_shop):
    f = funnel(daily_shop)
    s = steps(f)
    assert list(s.index) == ["visitors", "add_cart", "order", "paid"]
    assert list(s["count"]) == [3000, 300, 120, 100]
    assert f.current.approximate and f.current.days_covered == 3
    # step rates: 300 / 3000, 120 / 300, 100 / 120; overall: / 3000
    assert s.loc["add_cart", "step_rate"] == pytest.approx(0.1)
    assert s.loc["order", "step_rate"] == pytest.approx(0.4)
    assert s.loc["paid", "step_rate"] == pytest.approx(100 / 120)  # 0.8333
    assert s.loc["paid", "overall_rate"] == pytest.approx(100 / 3000)
    assert s["step_rate"].isna()["visitors"] and s.loc["visitors", "overall_rate"] == 1
    # no base period: no changes, no weak link
    assert s["count_change"].isna().all() and f.weakest_step is None


def test_exact_period_rows_win_and_the_change_vs_base(daily_shop, tmp_path):
    import_traffic(daily_shop, tmp_path, EXACT, "店铺整体数据_区间.csv")
    f = funnel(daily_shop, base=MARCH_1_3.previous())
    assert MARCH_1_3.previous() == Period(date(2024, 2, 27), date(2024, 2, 29))
    s = steps(f)
    assert list(s["count"]) == [2500, 280, 110, 95]
    assert not f.current.approximate and not f.base.approximate
    # current: 280/2500 = 0.112, 110/280 = 0.392857, 95/110 = 0.863636; overall 95/2500
    assert s.loc["add_cart", "step_rate"] == pytest.approx(0.112)
    assert s.loc["order", "step_rate"] == pytest.approx(110 / 280)
    assert s.loc["paid", "step_rate"] == pytest.approx(95 / 110)
    assert s.loc["paid", "overall_rate"] == pytest.approx(0.038)
    # base: 200/2000 = 0.1, 100/200 = 0.5, 80/100 = 0.8; overall 80/2000 = 0.04
    assert list(s["base_count"]) == [2000, 200, 100, 80]
    assert s.loc["order", "base_step_rate"] == pytest.approx(0.5)
    # changes: visitors +25%; 加购率 +1.2 points; 下单率 -10.71 points; 支付率 +6.36 points
    assert s.loc["visitors", "count_change"] == pytest.approx(0.25)
    assert s.loc["add_cart", "step_rate_change"] == pytest.approx(0.012)
    assert s.loc["order", "step_rate_change"] == pytest.approx(110 / 280 - 0.5)  # -0.107143
    assert s.loc["paid", "step_rate_change"] == pytest.approx(95 / 110 - 0.8)    # +0.063636
    assert s.loc["paid", "overall_rate_change"] == pytest.approx(0.038 - 0.04)
    # the weak link: ordering fell by 21% of its rate (0.3929 / 0.5 - 1), the rest rose
    assert f.weakest_step == "order"


def test_platforms_add_and_an_unstated_step_is_unknown(daily_shop, tmp_path):
    import_traffic(daily_shop, tmp_path, EXACT, "店铺整体数据_区间.csv")
    with sqlite3.connect(daily_shop) as conn:
        # JD exports daily rows without 下单买家数
        conn.execute("INSERT INTO traffic (platform, scope, subject, period_start, period_end, "
                     "visitors, add_cart_buyers, order_buyers, paid_buyers) "
                     "VALUES ('jd', 'shop', '', '2024-03-02', '2024-03-02', 500, 50, NULL, 20)")
    f = funnel(daily_shop)
    s = steps(f)
    # Taobao's exact row + JD's daily row: 2500 + 500, 280 + 50, unknown, 95 + 20
    assert s.loc["visitors", "count"] == 3000 and s.loc["add_cart", "count"] == 330
    assert s["count"].isna()["order"]
    assert s.loc["paid", "count"] == 115
    assert f.current.approximate  # JD's figure is a daily sum
    # rates around the unknown step are unknown; the overall rate is still known
    assert s["step_rate"].isna()["order"] and s["step_rate"].isna()["paid"]
    assert s.loc["paid", "overall_rate"] == pytest.approx(115 / 3000)
    # one platform: Taobao's own funnel
    assert list(steps(funnel(daily_shop, platform="taobao"))["count"]) == [2500, 280, 110, 95]


def test_zero_visitors_and_no_rows(daily_shop):
    s = steps(funnel(daily_shop, Period.day(date(2024, 3, 10))))
    assert list(s["count"]) == [0, 0, 0, 0]
    assert s["step_rate"].isna().all()  # every denominator is 0
    assert s["overall_rate"].isna().all()
    with sqlite3.connect(daily_shop) as conn:
        none = funnel_counts(conn, Period.day(date(2024, 5, 1)))
    assert not none.found and none.counts == (None, None, None, None)
