"""Campaign pace and review (models/campaigns/review.py, pace.py, baseline.py,
event_figures.py) on tests/campaign_shop.py, every figure worked out by hand."""

import json
import math
from datetime import date

import pytest
from campaign_shop import PLAN, create_campaign_shop

from opsdesk_gui.cli import main
from opsdesk_gui.models.campaigns.event_figures import event_period, new_buyers
from opsdesk_gui.models.campaigns.pace import campaign_pace
from opsdesk_gui.models.campaigns.review import review_campaign
from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.dashboard import compute_dashboard
from opsdesk_gui.models.periods import Period
from opsdesk_gui.store import open_shop


@pytest.fixture
def shop(shop_path):
    return create_campaign_shop(shop_path)


@pytest.fixture
def conn(shop):
    db = open_shop(shop)
    yield db.conn
    db.conn.close()


def test_event_gmv_baseline_expected_and_lift(conn):
    """Event 11-08..11-12: 200 + 300 + 500 + 100 = 1,100.00 from old1, n1, n2 (3 buyers).
    Baseline 10-11..11-07: 28 × 100 + 400 = 3,200.00. Expected: Sun 100, Mon 100, Tue
    (4 × 100 + 400) ÷ 4 = 200, Wed 100, Thu 100 = 600.00. Lift = 1100 ÷ 600 − 1 = 0.8333."""
    review = review_campaign(conn, PLAN)
    assert review.period == Period(date(2026, 11, 8), date(2026, 11, 12))
    assert (review.gmv, review.kpis.paying_buyers, review.kpis.paid_orders) == (110000, 3, 4)
    assert review.baseline.period == Period(date(2026, 10, 11), date(2026, 11, 7))
    assert review.baseline.gmv == 320000
    assert review.expected_gmv == 60000
    assert [e for _, _, e in review.daily] == [10000, 10000, 20000, 10000, 10000]
    assert review.lift == pytest.approx(1100 / 600 - 1)
    assert review.target_reached == pytest.approx(1100 / 1000)
    # one platform sells: its row is the whole event (its ads: 50 + 100 + 150)
    [taobao] = review.by_platform
    assert (taobao.platform, taobao.gmv, taobao.paying_buyers, taobao.expected, taobao.ads) \
        == ("taobao", 110000, 3, 60000, 30000)


def test_cost_parts_and_roi(conn):
    """Ads 11-08..11-12: 50 + 100 + 150 = 300.00 (11-07 and 11-13 are outside).
    Discounts (list − paid): W 250 − 200 = 50, P 400 − 300 = 100, A 2 × 250 − 500 = 0,
    A 250 − 100 = 150: 300.00. Gift G (paid 0): 1 × cost 5.00. Cost 605.00;
    ROI = 1100 ÷ 605 = 1.8182."""
    review = review_campaign(conn, PLAN)
    assert (review.cost.ads, review.cost.discounts, review.cost.gifts) == (30000, 30000, 500)
    assert review.cost.total == 60500
    assert review.roi == pytest.approx(1100 / 605)


def test_new_buyers_and_their_repeat_within_30_days(conn):
    """old1 bought in the baseline; n1, n2 first bought in the event: 2 new of 3. Within
    the 30 days after (11-13..12-12) n2 bought again on 11-20 (n1's 11-12 order is in the
    event): 1. Known once the data reaches 12-12; with data to 11-20 it is not yet."""
    review = review_campaign(conn, PLAN)
    assert (review.new.new, review.new.buyers, review.new.repeat_30d) == (2, 3, 1)
    assert review.new.share == pytest.approx(2 / 3)
    assert review.new.repeat_until == "2026-12-12"
    early = new_buyers(conn, event_period(PLAN), None, date(2026, 11, 20))
    assert early.repeat_30d is None and early.new == 2
    # the target beside them: the plan's when no Targets rows are saved (none here)
    assert review.target_new_buyers is None
    from dataclasses import replace

    assert review_campaign(conn, replace(PLAN, target_new_buyers=3)).target_new_buyers == 3


def test_phases_targets_from_last_years_curve(conn):
    """双11 2025 (5 days too): 100, 0, 200, 600, 100 of 1,000: shares .1 .0 .2 .6 .1.
    Target 1,000.00: warm-up 100.00, peak 800.00, encore 100.00.
    Actual: warm-up 200, peak 300 + 500 = 800, encore 100. Expected: warm-up 100 + 100,
    peak 200 + 100, encore 100."""
    review = review_campaign(conn, PLAN)
    assert review.curve.source == "last_event" and review.curve.event == "双11 2025"
    assert [(p.key, p.gmv, p.target, p.expected) for p in review.by_phase] == [
        ("warmup", 20000, 10000, 20000), ("peak", 80000, 80000, 30000),
        ("encore", 10000, 10000, 10000)]
    assert review.by_phase[1].lift == pytest.approx(800 / 300 - 1)


def test_factor_split_against_target_and_baseline(conn):
    """Actual: 500 visitors (100 a day), conversion 3 ÷ 500 = 0.006, 客单价 1100 ÷ 3.
    Against the baseline (1,400 visitors, 4 buyers, 3,200.00): conversion 4 ÷ 1400, 客单价
    800.00, visitors 600 ÷ (4/1400 × 800) = 262.5 so that the reference is the expected 600.
    Against the target: 双11 2025's conversion 4 ÷ 200 = 0.02 and 客单价 250.00, visitors
    1000 ÷ (0.02 × 250) = 200. Each split adds up to ln(actual ÷ reference GMV)."""
    review = review_campaign(conn, PLAN)
    base, target = review.vs_baseline, review.vs_target
    assert review.expected_factors.visitors == pytest.approx(262.5)
    assert base["visitors"] == pytest.approx(math.log(500 / 262.5))
    assert base["conversion"] == pytest.approx(math.log((3 / 500) / (4 / 1400)))
    assert base["aov"] == pytest.approx(math.log((110000 / 3) / 80000))
    assert sum(base.values()) == pytest.approx(math.log(1100 / 600))
    assert review.target_factors.visitors == pytest.approx(200)
    assert target["conversion"] == pytest.approx(math.log(0.006 / 0.02))
    assert target["aov"] == pytest.approx(math.log((110000 / 3) / 25000))
    assert sum(target.values()) == pytest.approx(math.log(1100 / 1000))


def test_late_refunds_of_event_orders(conn):
    """p2 (paid 11-11) refunded 250.00 on 11-18, after the event ended."""
    late = review_campaign(conn, PLAN).late_refunds
    assert (late.amount, late.count, late.last_on) == (25000, 1, "2026-11-18")


def test_pace_to_date_projection_and_stock(conn):
    """As of 11-10 (day 3 of 5): GMV 200 + 0 + 300 = 500.00; curve share .1 + 0 + .2 = .3:
    target to date 300.00, projected 500 ÷ 0.3 = 1,666.67. Spend 50 + 100 = 150.00, ROI
    500 ÷ 150. P sold 1 in 3 days with 0 in stock: 0 days of cover < 2 days left, runs out;
    W sold 1 with 2 in stock: 2 ÷ (1/3) = 6 days, does not."""
    pace = campaign_pace(conn, PLAN, date(2026, 11, 10))
    assert (pace.elapsed, pace.gmv, pace.target_to_date) == (3, 50000, 30000)
    assert pace.projected_gmv == 166667
    assert (pace.spend, pace.roi) == (15000, pytest.approx(500 / 150))
    products = {p.sku: p for p in pace.products}
    assert products["P"].days_of_cover == 0 and products["P"].runs_out
    assert products["W"].days_of_cover == pytest.approx(6) and not products["W"].runs_out
    days = pace.days
    assert [d.cumulative for d in days] == [20000, 20000, 50000, None, None]
    assert [d.target_cumulative for d in days] == [10000, 10000, 30000, 90000, 100000]
    assert [d.phase for d in days] == ["warmup", "warmup", "peak", "peak", "encore"]


def test_pace_before_the_event_and_by_default(conn):
    before = campaign_pace(conn, PLAN, date(2026, 11, 1))
    assert (before.elapsed, before.gmv, before.projected_gmv, before.spend) == (0, 0, None, 0)
    # the data reaches 12-15, so by default the whole event is counted
    assert campaign_pace(conn, PLAN).as_of == date(2026, 11, 12)


def test_review_gmv_equals_kpi_and_dashboard_to_the_cent(shop, capsys):
    """`campaign review` GMV = `opsdesk kpi` over the event's days = the dashboard's, with
    the daily cache fresh or not."""
    assert main(["campaign", "review", "--shop", str(shop), "--name", PLAN.name,
                 "--json"]) == 0
    review = json.loads(capsys.readouterr().out)
    assert main(["kpi", "--shop", str(shop), "--from", review["from"], "--to", review["to"],
                 "--json"]) == 0
    kpi = json.loads(capsys.readouterr().out)
    assert review["gmv"] == kpi["gmv"] == "1100.00"
    assert (review["from"], review["to"]) == ("2026-11-08", "2026-11-12")
    db = open_shop(shop)
    try:
        ensure_daily_cache(db.conn)
        period = Period.parse(review["from"], review["to"])
        board = compute_dashboard(db.conn, period, period.previous(), grains=())
        assert board.comparison.current.gmv == 110000
        assert review_campaign(db.conn, PLAN).gmv == 110000  # through the cache
    finally:
        db.conn.close()
    assert review["cost"] == {"ads": "300.00", "discounts": "300.00", "gifts": "5.00",
                              "total": "605.00", "gift_lines_uncosted": 0}
    assert review["expected_gmv"] == "600.00" and review["lift"] == pytest.approx(0.833333)
    assert review["new_buyers"] == 2 and review["new_buyer_repeat_30d"] == 1
    assert set(review["factors"]) == {"visitors", "conversion", "aov"}
    assert [p["phase"] for p in review["by_phase"]] == ["warmup", "peak", "encore"]


def test_cli_pace_json_and_unknown_campaign(shop, capsys):
    assert main(["campaign", "pace", "--shop", str(shop), "--name", PLAN.name, "--as-of",
                 "2026-11-10", "--json"]) == 0
    pace = json.loads(capsys.readouterr().out)
    assert (pace["gmv"], pace["target_to_date"], pace["projected_gmv"]) == (
        "500.00", "300.00", "1666.67")
    assert pace["days_elapsed"] == 3 and pace["days_left"] == 2
    assert main(["campaign", "review", "--shop", str(shop), "--name", "nope"]) == 2
    assert "nope" in capsys.readouterr().err


def test_a_review_before_the_event_is_not_a_result(conn):
    """The data ends 2026-12-15: a plan for 双12 2027 has not started, 双11 2026 is over."""
    from dataclasses import replace

    planned = replace(PLAN, name="双12 2027", start="2027-12-10", end="2027-12-12",
                      warmup_start=None, encore_end=None, id=None)
    review = review_campaign(conn, planned)
    assert not review.started and not review.complete and review.gmv == 0
    done = review_campaign(conn, PLAN)
    assert done.started and done.complete and done.data_until == date(2026, 12, 15)


def test_target_curve_from_last_years_peak_when_the_phases_differ(conn):
    """Warm-up from 11-09 this year: 4 days against last year's 5, but both peaks last 2
    days. Last year's ordinary day: 280.00 ÷ 28 = 10.00; its peak days 200.00 and 600.00
    weigh 20 and 60; the warm-up and encore days 1 each: shares 1, 20, 60, 1 of 82.
    Target 1,000.00: cumulative 1000 × 1/82 = 12.195 -> 12.20, × 21/82 = 256.10,
    × 81/82 = 987.80, 1,000.00."""
    from dataclasses import replace

    plan = replace(PLAN, warmup_start="2026-11-09")
    pace = campaign_pace(conn, plan, date(2026, 11, 10))
    assert (pace.curve.source, pace.curve.event) == ("last_peak", "双11 2025")
    assert [d.target_cumulative for d in pace.days] == [1220, 25610, 98780, 100000]
    # GMV to date 0 + 300 = 300.00 against 256.10: projected 300 ÷ (21/82) = 1,171.43
    assert pace.projected_gmv == 117143


def test_expected_gmv_leaves_out_days_before_the_data():
    """Data from Sat 2027-01-02. Fridays: 1-1 is before the data (unknown, not 0), 1-8 80
    -> 80. Saturdays 1-2, 1-9: (70 + 90) / 2 = 80. Sundays 1-3, 1-10: (100 + 120) / 2 =
    110. Mondays were never seen: the mean of the known days (70 + 100 + 80 + 90 + 120) / 5
    = 92."""
    from fractions import Fraction

    from opsdesk_gui.models.campaigns.baseline import expected_by_day

    baseline = {date(2027, 1, 1): 0, date(2027, 1, 2): 70, date(2027, 1, 3): 100,
                date(2027, 1, 8): 80, date(2027, 1, 9): 90, date(2027, 1, 10): 120}
    days = [date(2027, 1, 15), date(2027, 1, 16), date(2027, 1, 17), date(2027, 1, 11)]
    expected = expected_by_day(baseline, days, date(2027, 1, 2))
    assert [expected[d] for d in days] == [80, 80, 110, 92]
    assert expected_by_day({}, days[:1])[days[0]] == Fraction(0)


def test_review_notes_saved_in_one_transaction_and_in_the_json(shop, capsys):
    """Empty notes are dropped, text trimmed; a bad due date refuses the whole save (the
    notes saved before stay); the CLI's JSON carries them."""
    from opsdesk_gui.models.campaigns.notes_storage import read_notes, save_notes
    from opsdesk_gui.models.campaigns.review_notes import ReviewNote
    from opsdesk_gui.models.campaigns.storage import find_plan
    from opsdesk_gui.models.periods import PeriodError

    db = open_shop(shop)
    try:
        plan_id = find_plan(db.conn, PLAN.name).id
        note = ReviewNote("访客数未达标 ", "直通车预算太晚", "提前两周投放", "运营", "2026-12-01")
        assert save_notes(db.conn, plan_id, [note, ReviewNote()]) == [
            ReviewNote("访客数未达标", "直通车预算太晚", "提前两周投放", "运营", "2026-12-01")]
        with pytest.raises(PeriodError):
            save_notes(db.conn, plan_id, [ReviewNote("x", due_on="2026-13-01")])
        assert [n.problem for n in read_notes(db.conn, plan_id)] == ["访客数未达标"]
    finally:
        db.conn.close()
    assert main(["campaign", "review", "--shop", str(shop), "--name", PLAN.name,
                 "--json"]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert notes == [{"problem": "访客数未达标", "cause": "直通车预算太晚",
                      "action": "提前两周投放", "owner": "运营", "due_on": "2026-12-01"}]


def test_a_one_day_event_is_paced_hour_by_hour(conn):
    """A one-day event on 11-10: p1 paid 300.00 at 00:10; the hours add up to the day's
    GMV as kpi counts it. A five-day event has no hours."""
    from dataclasses import replace

    day = replace(PLAN, name="会员日 2026", start="2026-11-10", end="2026-11-10",
                  warmup_start=None, encore_end=None, id=None)
    pace = campaign_pace(conn, day, date(2026, 11, 10))
    assert pace.hours[0] == 30000 and sum(pace.hours) == pace.gmv == 30000
    assert len(pace.hours) == 24
    assert campaign_pace(conn, PLAN, date(2026, 11, 10)).hours is None


def test_a_one_day_event_has_an_hourly_target(conn):
    """会员日 2026 on 11-10, target 1,000.00, no earlier 会员日: the hours of the 28 days
    before (10-13..11-09) shape it: 26 days × 100.00 at 12:00, 400.00 at 15:00 (10-13),
    200.00 at 20:00 (11-08) = 3,200.00. To the end of 11:00 nothing; of 12:00 1,000 × 26/32
    = 812.50; of 15:00 1,000 × 30/32 = 937.50; of 20:00 1,000.00. With 会员日 2025 (11-10,
    200.00 paid at 10:00 by p2) the whole target is reached by the end of 10:00."""
    from dataclasses import replace

    from opsdesk_gui.models.campaigns.storage import save_plan

    day = replace(PLAN, name="会员日 2026", start="2026-11-10", end="2026-11-10",
                  warmup_start=None, encore_end=None, id=None)
    pace = campaign_pace(conn, day, date(2026, 11, 10))
    assert pace.hour_curve.source == "baseline_hours"
    targets = pace.hour_targets
    assert targets[11] == 0 and targets[12] == 81250 and targets[14] == 81250
    assert targets[15] == 93750 and targets[19] == 93750 and targets[20] == targets[23] == 100000
    assert pace.to_dict()["hour_target_cumulative"][12] == "812.50"
    save_plan(conn, replace(day, name="会员日 2025", start="2025-11-10", end="2025-11-10"))
    pace = campaign_pace(conn, day, date(2026, 11, 10))
    assert (pace.hour_curve.source, pace.hour_curve.event) == ("last_event", "会员日 2025")
    assert pace.hour_targets[9] == 0 and pace.hour_targets[10] == 100000
    assert campaign_pace(conn, PLAN, date(2026, 11, 10)).hour_targets is None


def test_a_one_day_peak_is_watched_by_hour_on_its_day(conn):
    """双11 2026 with a one-day peak on 11-11 (warm-up 11-08..11-10, encore 11-12), target
    1,000.00, shaped as 双11 2025 (100, 0, 200, 600, 100): 11-11 is the 4th day, its target
    1,000 × 600/1,000 = 600.00. Its hours as the 28 days before the event (10-11..11-07) sold:
    28 × 100.00 at 12:00 and 400.00 at 15:00 = 3,200.00, so to the end of 12:00 600 × 28/32
    = 525.00, of 15:00 600.00. On 11-11 p2 paid 500.00 at 09:00. On 11-10 (not the peak) and
    for the two-day peak of the plan as it is, no hours."""
    from dataclasses import replace

    peak_day = replace(PLAN, start="2026-11-11", end="2026-11-11", warmup_start="2026-11-08")
    pace = campaign_pace(conn, peak_day, date(2026, 11, 11))
    assert pace.hour_day == date(2026, 11, 11) and pace.curve.source == "last_event"
    assert pace.hour_curve.source == "baseline_hours"
    assert pace.day_target == 60000
    targets = pace.hour_targets
    assert targets[11] == 0 and targets[12] == targets[14] == 52500
    assert targets[15] == targets[23] == 60000
    assert pace.hours[9] == 50000 and sum(pace.hours) == 50000
    assert pace.to_dict()["hour_day"] == "2026-11-11"
    assert campaign_pace(conn, peak_day, date(2026, 11, 10)).hour_day is None
    assert campaign_pace(conn, PLAN, date(2026, 11, 11)).hour_day is None
