"""The expected GMV with the shop's seasonal ratio when a year of data exists
(models/campaigns/seasonal.py), on a small invented shop worked out by hand."""

from datetime import date, timedelta

import pytest

from opsdesk_gui.models.campaigns.plan import CampaignPlan
from opsdesk_gui.models.campaigns.review import review_beside, review_campaign
from opsdesk_gui.models.campaigns.seasonal import ratio_of
from opsdesk_gui.models.campaigns.storage import find_plan, save_plan
from opsdesk_gui.models.periods import Period
from opsdesk_gui.store import open_shop

THIS_YEAR = CampaignPlan("周年庆 2026", "2026-03-11", "2026-03-12", target_gmv_cents=90000)
LAST_YEAR = CampaignPlan("周年庆 2025", "2025-03-12", "2025-03-13")


def _days(first: str, count: int) -> list[date]:
    return [date.fromisoformat(first) + timedelta(days=n) for n in range(count)]


def _shop(path, first_day: str = "2025-02-12"):
    """A year earlier (364 days): the baseline's 28 days 2025-02-12..03-11 sell 100.00 a
    day; the event's days 03-12..03-13 (last year's event, 1,000.00 a day) and the week
    after, 03-14..03-20, 150.00 a day. This year: 200.00 a day in the 28 days before
    (2026-02-11..03-10), 500.00 a day in the event (03-11 Wed, 03-12 Thu)."""
    sales = ([(d, 10000) for d in _days("2025-02-12", 28)]
             + [(d, 100000) for d in _days("2025-03-12", 2)]
             + [(d, 15000) for d in _days("2025-03-14", 7)]
             + [(d, 20000) for d in _days("2026-02-11", 28)]
             + [(d, 50000) for d in _days("2026-03-11", 2)])
    sales = [(d, c) for d, c in sales if d >= date.fromisoformat(first_day)]
    db = open_shop(path, create=True)
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, "
                     "currency, paid_cents) VALUES ('taobao', ?, ?, 'completed', ?, 'CNY', ?)",
                     [(f"o{n}", f"buyer{n % 7}", f"{day} 12:00:00", cents)
                      for n, (day, cents) in enumerate(sales)])
    conn.execute("COMMIT")
    save_plan(conn, LAST_YEAR)
    save_plan(conn, THIS_YEAR)
    return db


def test_expected_gmv_with_the_seasonal_ratio(shop_path):
    """Ratio = last year's ordinary days in the event's season (03-14..03-20: 150.00 a day;
    03-12..03-13 are last year's event, left out) ÷ its baseline's (100.00 a day) = 1.5.
    Expected = (200.00 Wed + 200.00 Thu) × 1.5 = 600.00; lift = 1,000 ÷ 600 − 1 = +66.7 %.
    Without the ratio it would be 400.00 (lift +150 %)."""
    db = _shop(shop_path)
    review = review_campaign(db.conn, THIS_YEAR)
    seasonal = review.seasonal
    assert seasonal is not None and seasonal.ratio == pytest.approx(1.5)
    assert seasonal.season == Period(date(2025, 3, 12), date(2025, 3, 20))
    assert seasonal.base == Period(date(2025, 2, 12), date(2025, 3, 11))
    assert review.gmv == 100000 and review.expected_gmv == 60000
    assert [e for _, _, e in review.daily] == [30000, 30000]
    assert review.lift == pytest.approx(1000 / 600 - 1)
    assert [p.expected for p in review.by_phase] == [60000]
    [taobao] = review.by_platform
    assert taobao.expected == 60000
    data = review.to_dict()
    assert data["baseline"]["seasonal"]["ratio"] == 1.5 and data["expected_gmv"] == "600.00"


def test_without_a_year_of_data_the_plain_baseline(shop_path):
    """The shop file starts 2025-02-13, a day after the baseline a year earlier begins:
    no ratio, expected = 200.00 + 200.00 = 400.00, labelled so in the JSON (null)."""
    db = _shop(shop_path, first_day="2025-02-13")
    review = review_campaign(db.conn, THIS_YEAR)
    assert review.seasonal is None and review.expected_gmv == 40000
    assert review.to_dict()["baseline"]["seasonal"] is None


def test_ratio_of_ordinary_days():
    """(30 + 60) / 2 = 45 over (10 + 20) / 2 = 15: 3; an event day (999, 20) left out of
    either side: 45 / 10 = 4.5; nothing known or a base selling nothing: no ratio."""
    d = _days("2025-01-01", 4)
    assert ratio_of({d[0]: 30, d[1]: 60, d[2]: 999}, {d[3]: 10, d[2]: 20}, {d[2]}) == 4.5
    assert ratio_of({d[0]: 30, d[1]: 60, d[2]: 999}, {d[3]: 10, d[0]: 20}, {d[2]}) == 3
    assert ratio_of({d[2]: 5}, {d[0]: 1}, {d[2]}) is None
    assert ratio_of({d[0]: 5}, {d[1]: 0}, set()) is None


def test_review_beside_a_chosen_campaign_or_none_such(shop_path):
    db = _shop(shop_path)
    review, beside = review_beside(db.conn, THIS_YEAR, find_plan)
    assert beside.plan.name == "周年庆 2025" and beside.gmv == 200000
    assert review.gmv == 100000
    _, beside = review_beside(db.conn, THIS_YEAR, find_plan, "周年庆 2025")
    assert beside.gmv == 200000
    with pytest.raises(Exception) as refused:
        review_beside(db.conn, THIS_YEAR, find_plan, "双11 1999")
    assert refused.value.code == "no_such_campaign"


def test_cli_review_against_a_campaign(shop_path, capsys):
    """`--against`: the campaign beside it in the JSON (beside) and the text; a name the
    shop file does not hold is refused naming it."""
    import json

    from opsdesk_gui.cli import main

    _shop(shop_path).conn.close()
    args = ["campaign", "review", "--shop", str(shop_path), "--name", THIS_YEAR.name]
    assert main([*args, "--against", "周年庆 2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["beside"]["campaign"] == "周年庆 2025"
    assert data["beside"]["gmv"] == "2000.00" and data["expected_gmv"] == "600.00"
    assert main([*args, "--against", "周年庆 2025"]) == 0
    text = capsys.readouterr().out
    assert "seasonal ratio 1.500" in text and "beside 周年庆 2025" in text
    assert main([*args, "--against", "双11 1999"]) == 2
    assert "双11 1999" in capsys.readouterr().err


def test_days_of_another_event_are_left_out_of_the_baseline(shop_path):
    """Without a year of data (plain baseline 2026-02-11..03-10). A spring sale on Wed 03-04
    and Thu 03-05 sold 200.00 + 800.00 = 1,000.00 each day. Kept in, Wednesdays would be
    (200 × 3 + 1,000) ÷ 4 = 400.00 and Thursdays the same: expected 800.00. Left out (they
    are another event's days): Wednesdays 02-11, 02-18, 02-25 and Thursdays 02-12, 02-19,
    02-26 at 200.00: expected 400.00, lift 1,000 ÷ 400 − 1 = +150 %, 2 days left out."""
    db = _shop(shop_path, first_day="2025-02-13")
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, "
                     "currency, paid_cents) VALUES ('taobao', ?, 'spring', 'completed', ?, "
                     "'CNY', 80000)", [("s1", "2026-03-04 10:00:00"),
                                       ("s2", "2026-03-05 10:00:00")])
    conn.execute("COMMIT")
    save_plan(conn, CampaignPlan("春促 2026", "2026-03-04", "2026-03-05"))
    review = review_campaign(conn, THIS_YEAR)
    assert review.seasonal is None
    assert review.expected_gmv == 40000 and review.baseline_left_out == 2
    assert review.lift == pytest.approx(1.5)
    assert review.to_dict()["baseline"]["days_left_out"] == 2
    [taobao] = review.by_platform
    assert taobao.expected == 40000


def test_a_baseline_all_in_events_is_kept_whole():
    """When every baseline day with data is an event's day, they are all kept (the mean of
    something rather than of nothing); days before the data are not known either way."""
    from opsdesk_gui.models.campaigns.baseline import known_days, ordinary_baseline

    d = _days("2026-01-01", 3)
    assert ordinary_baseline({d[0]: 5, d[1]: 7, d[2]: 9}, {d[1]}) == {d[0]: 5, d[2]: 9}
    assert ordinary_baseline({d[1]: 7, d[2]: 9}, {d[1], d[2]}) == {d[1]: 7, d[2]: 9}
    assert ordinary_baseline(known_days({d[0]: 0, d[1]: 7}, d[1]), {d[1]}) == {d[1]: 7}
