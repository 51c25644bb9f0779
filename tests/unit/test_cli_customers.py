"""`opsdesk customers`, `cohorts` and `clv` print the figures of the models (the hand-worked
shop of tests/customer_shop.py), to the cent."""

from __future__ import annotations

import json

import pytest

from opsdesk_gui.cli import main
from tests.customer_shop import build_customer_shop


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    return str(build_customer_shop(tmp_path_factory.mktemp("shop") / "shop.db"))


def test_customers_json(shop, capsys):
    assert main(["customers", "--shop", shop, "--as-of", "2024-06-30", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["as_of"], doc["since"], doc["currency"]) == ("2024-06-30", "2023-07-02", "CNY")
    buyers = {b["buyer_id"]: b for b in doc["buyers"]}
    assert buyers["t1"] == {
        "platform": "taobao", "buyer_id": "t1", "first_order": "2023-05-10",
        "last_order": "2024-06-20", "orders": 2, "monetary": "300.00", "recency_days": 10,
        "r": 4, "f": 5, "m": 5, "segment": "important_value", "lifecycle": "first",
        "approximate": False}
    assert buyers["#D1"]["approximate"] and buyers["#D1"]["platform"] == "douyin"
    segments = {s["segment"]: s for s in doc["segments"]}
    # lost: t4 30.00 + D1 40.00 + D2 40.00
    assert segments["lost"] == {"segment": "lost", "buyers": 3, "monetary": "110.00"}
    assert sum(s["buyers"] for s in doc["segments"]) == len(doc["buyers"]) == 7


def test_customers_since_and_platform(shop, capsys):
    assert main(["customers", "--shop", shop, "--as-of", "2024-06-30", "--since",
                 "2024-06-01", "--platform", "taobao", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    # June: t1 200.00, t2 80.00 + 20.00, t5 60.00
    got = {b["buyer_id"]: (b["orders"], b["monetary"]) for b in doc["buyers"]}
    assert got == {"t1": (1, "200.00"), "t2": (2, "100.00"), "t5": (1, "60.00")}


def test_customers_csv(shop, tmp_path, capsys):
    out = tmp_path / "buyers.csv"
    assert main(["customers", "--shop", shop, "--as-of", "2024-06-30", "--csv", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("platform,buyer_id,first_order")
    assert "t2,2024-04-15,2024-06-28,4,250.00,2" in text


def test_cohorts_json(shop, capsys):
    assert main(["cohorts", "--shop", shop, "--from", "2024-04", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [c["cohort"] for c in doc["cohorts"]] == ["2024-04", "2024-06"]
    april = doc["cohorts"][0]
    assert april["retention"] == [1.0, 1.0, 1.0] and april["repeat_by"] == [0.0, 1.0, 1.0]
    assert april["ltv"] == ["50.00", "150.00", "250.00"]


def test_clv_refuses_a_fit_it_cannot_make(shop, capsys):
    assert main(["clv", "--shop", shop, "--calibration-end", "2024-05-31", "--json"]) == 2
    assert "no figures are shown" in capsys.readouterr().err


def test_cohorts_by_platform_and_category(shop, capsys):
    assert main(["cohorts", "--shop", shop, "--by", "platform", "--json"]) == 0
    cohorts = {c["cohort"]: c for c in json.loads(capsys.readouterr().out)["cohorts"]}
    # tests/unit/test_cohorts.py: month +1 is over for four taobao buyers, t2 bought in it
    assert cohorts["taobao"]["retention"][1] == 0.25 and cohorts["douyin"]["buyers"] == 2
    assert main(["cohorts", "--shop", shop, "--by", "category", "--json"]) == 0
    cohorts = {c["cohort"]: c["buyers"] for c in json.loads(capsys.readouterr().out)["cohorts"]}
    assert cohorts == {"": 2, "女装": 4, "配饰": 1}
