"""A campaign's target factor by factor (models/campaigns/targets.py) on
tests/campaign_shop.py, every figure worked out by hand."""

from dataclasses import replace

import pytest
from campaign_shop import PLAN

from opsdesk_gui.errors import OpsDeskError
from opsdesk_gui.models.campaigns.pace import campaign_pace
from opsdesk_gui.models.campaigns.review import review_campaign
from opsdesk_gui.models.campaigns.storage import find_plan, save_plan
from opsdesk_gui.models.campaigns.targets import (
    FactorTarget,
    read_targets,
    save_targets,
    starting_targets,
)


@pytest.fixture
def conn(shop_path):
    from campaign_shop import create_campaign_shop

    from opsdesk_gui.store import open_shop

    db = open_shop(create_campaign_shop(shop_path))
    yield db.conn
    db.conn.close()


def test_starting_from_the_last_comparable_event(conn):
    """双11 2025, 40 visitors a day, p1..p4 all new: warm-up 11-08..09 80 visitors, 1 buyer
    (100.00): conversion 1/80 = 0.0125, 客单价 100.00; peak 11-10..11 80 visitors, 2 buyers,
    800.00: 0.025, 400.00; encore 11-12 40 visitors, 1 buyer, 100.00: 0.025, 100.00. This
    year's phases are as long: GMV 80 × 0.0125 × 100 = 100.00, 80 × 0.025 × 400 = 800.00,
    40 × 0.025 × 100 = 100.00."""
    plan = find_plan(conn, PLAN.name)
    rows, source, event = starting_targets(conn, plan, find_plan)
    assert (source, event) == ("last_event", "双11 2025")
    assert [(r.phase, r.platform, r.visitors, r.conversion, r.aov, r.new_share)
            for r in rows] == [("warmup", "taobao", 80, 0.0125, 10000, 1.0),
                               ("peak", "taobao", 80, 0.025, 40000, 1.0),
                               ("encore", "taobao", 40, 0.025, 10000, 1.0)]
    assert [r.gmv for r in rows] == [10000, 80000, 10000]
    assert [(r.new_buyers, r.returning_buyers) for r in rows] == [(1, 0), (2, 0), (1, 0)]


def test_starting_from_the_recent_baseline(conn):
    """No earlier 周末促销 (11-10..11-11). The 28 days before are 10-13..11-09, but 11-08 and
    11-09 are 双11 2026's warm-up: the ordinary run just before is 10-13..11-07 (26 days).
    Visitors 26 × 50 = 1,300; orders 26 × 100.00 + 400.00 (Tuesday 10-13) = 3,000.00 by
    old1..old4 (4 buyers); new among them old3 (first order 10-13) and old4 (10-14): 2 of 4.
    Two days: 1,300 ÷ 26 × 2 = 100 visitors; 客单价 3,000.00 ÷ 4 = 750.00; GMV 100 × 4/1,300
    × 750.00 = 230.769 -> 230.77. (With the warm-up days kept in, 1,500 visitors and the
    warm-up's 200.00 order would have made it 107 visitors and 800.00.)"""
    plan = replace(PLAN, name="周末促销 2026", start="2026-11-10", end="2026-11-11",
                   warmup_start=None, encore_end=None, id=None)
    save_plan(conn, plan)
    rows, source, event = starting_targets(conn, find_plan(conn, plan.name), find_plan)
    assert (source, event) == ("baseline", None)
    [row] = rows
    assert (row.phase, row.visitors, row.aov, row.new_share) == ("peak", 100, 75000, 0.5)
    assert row.conversion == pytest.approx(4 / 1300)
    assert row.gmv == 23077


def test_ordinary_stretch_before_an_event():
    """Days 1..28. Events on 20..21 and 27..28: the run just before is 22..26, 5 days, too
    short: the whole period stays. Events on 27..28 alone: 1..26. An event on the 10th:
    11..28. No event, or every day an event's: the whole period."""
    from datetime import date

    from opsdesk_gui.models.campaigns.baseline import ordinary_stretch
    from opsdesk_gui.models.periods import Period

    def day(n):
        return date(2026, 2, n)

    whole = Period(day(1), day(28))
    assert ordinary_stretch(whole, {day(20), day(21), day(27), day(28)}) == whole
    assert ordinary_stretch(whole, {day(27), day(28)}) == Period(day(1), day(26))
    assert ordinary_stretch(whole, {day(10)}) == Period(day(11), day(28))
    assert ordinary_stretch(whole, set()) == whole
    assert ordinary_stretch(whole, {day(n) for n in range(1, 29)}) == whole


def test_edited_factors_set_the_target_and_the_curve_follows(conn):
    """The peak edited to 120 visitors at 3 %: 120 × 0.03 × 400.00 = 1,440.00; target =
    100 + 1,440 + 100 = 1,640.00 (saved as the plan's). Last year's curve (100, 0, 200,
    600, 100 of 1,000) inside each phase: warm-up 100 + 0, peak 1,440 × 2/8 = 360 and
    1,440 × 6/8 = 1,080, encore 100: cumulative 100, 100, 460, 1,540, 1,640. Against the
    target: 240 visitors, 1 + 3.6 + 1 = 5.6 buyers; new buyers (all new last year) 1 + 4
    (3.6 rounded) + 1 = 6, beside the 2 won (n1, n2)."""
    plan = find_plan(conn, PLAN.name)
    rows, _, _ = starting_targets(conn, plan, find_plan)
    rows[1] = replace(rows[1], visitors=120, conversion=0.03)
    assert save_targets(conn, plan.id, rows) == 164000
    assert read_targets(conn, plan.id) == rows
    plan = find_plan(conn, PLAN.name)
    assert plan.target_gmv_cents == 164000
    pace = campaign_pace(conn, plan)
    assert pace.curve.factors
    assert [d.target_cumulative for d in pace.days] == [10000, 10000, 46000, 154000, 164000]
    review = review_campaign(conn, plan)
    assert [p.target for p in review.by_phase] == [10000, 144000, 10000]
    assert review.target_factors.visitors == pytest.approx(240)
    assert review.target_factors.conversion == pytest.approx(5.6 / 240)
    assert review.target_new_buyers == 6 and review.new.new == 2
    assert review.to_dict()["target_new_buyers"] == 6


def test_a_factor_out_of_range_is_refused_and_nothing_saved(conn):
    plan = find_plan(conn, PLAN.name)
    bad = [FactorTarget("peak", "taobao", 100, 1.5, 40000, 0.5)]
    with pytest.raises(OpsDeskError) as refused:
        save_targets(conn, plan.id, bad)
    assert refused.value.code == "bad_target_factor"
    assert read_targets(conn, plan.id) == []
    assert find_plan(conn, PLAN.name).target_gmv_cents == 100000


def test_saving_the_plan_again_keeps_its_factor_targets(conn):
    """The Plans page saves a plan by replacing its row: the factors stay with it."""
    plan = find_plan(conn, PLAN.name)
    rows, _, _ = starting_targets(conn, plan, find_plan)
    save_targets(conn, plan.id, rows)
    save_plan(conn, replace(find_plan(conn, PLAN.name), notes="edited"))
    assert read_targets(conn, plan.id) == rows


def test_saving_the_plan_again_keeps_its_review_notes(conn):
    """It used to replace the row, and the delete cascaded to the notes."""
    from opsdesk_gui.models.campaigns.notes_storage import read_notes, save_notes
    from opsdesk_gui.models.campaigns.review_notes import ReviewNote

    plan = find_plan(conn, PLAN.name)
    save_notes(conn, plan.id, [ReviewNote("访客数未达标", "预算晚", "提前投放", "运营", None)])
    save_plan(conn, replace(plan, notes="edited"))
    assert [n.problem for n in read_notes(conn, plan.id)] == ["访客数未达标"]
    assert find_plan(conn, PLAN.name).notes == "edited"


def test_a_phase_last_year_did_not_have_starts_from_ordinary_days(conn):
    """双11 2025 without its warm-up: this year's warm-up (11-08..09) starts from the 28
    days before 11-08 (10-11..11-07): 28 × 50 = 1,400 visitors, buyers old1..old4 (all
    first orders in those days: new share 1), 3,200.00: 50 visitors a day × 2 = 100;
    GMV 100 × 4/1400 × 800.00 = 228.5714 -> 228.57. The peak and encore as before."""
    save_plan(conn, replace(find_plan(conn, "双11 2025"), warmup_start=None))
    rows, source, _ = starting_targets(conn, find_plan(conn, PLAN.name), find_plan)
    assert source == "last_event"
    warmup = rows[0]
    assert (warmup.phase, warmup.visitors, warmup.aov, warmup.new_share) == (
        "warmup", 100, 80000, 1.0)
    assert warmup.conversion == pytest.approx(4 / 1400) and warmup.gmv == 22857
    assert [r.gmv for r in rows[1:]] == [80000, 10000]


def test_cli_targets_json(conn, shop_path, capsys):
    """Where they start (双11 2025), then the saved ones (1,640.00, as above)."""
    import json

    from opsdesk_gui.cli import main

    args = ["campaign", "targets", "--shop", str(shop_path), "--name", PLAN.name, "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["source"], data["event"], data["target_gmv"]) == (
        "last_event", "双11 2025", "1000.00")
    assert [r["gmv"] for r in data["rows"]] == ["100.00", "800.00", "100.00"]
    plan = find_plan(conn, PLAN.name)
    rows, _, _ = starting_targets(conn, plan, find_plan)
    save_targets(conn, plan.id, [rows[0], replace(rows[1], visitors=120, conversion=0.03),
                                 rows[2]])
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["source"], data["target_gmv"], data["plan_target_gmv"]) == (
        "saved", "1640.00", "1640.00")
    assert data["rows"][1]["buyers"] == 4 and data["rows"][1]["conversion"] == 0.03
