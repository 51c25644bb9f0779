"""Campaign plans in the shop file, the registration sheet, the timeline and the calendar,
and `opsdesk campaign` from the command line."""

import json
from dataclasses import replace
from datetime import date

import pytest
from product_shop import create_shop

from opsdesk_gui.cli import main
from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.registration_sheet import SheetProduct, read_registration_sheet
from opsdesk_gui.models.campaigns.calendar import calendar
from opsdesk_gui.models.campaigns.plan import CampaignPlan, Mechanics, PlanProduct
from opsdesk_gui.models.campaigns.stacking import Tier
from opsdesk_gui.models.campaigns.storage import delete_plan, find_plan, list_plans, save_plan
from opsdesk_gui.models.campaigns.timeline import default_tasks, overdue
from opsdesk_gui.store import open_shop
from opsdesk_gui.store.shop import connect, migrate

PRODUCTS = [("A", "纯棉T恤", 10000, 4000, 50), ("B", "帆布包", 5000, 2000, 3)]
BUYERS = [("b1", "测试买家", "13800000000", "浙江省", "杭州市")]
ORDERS = [("o1", "b1", "completed", "2026-11-14 10:00:00", [("A", 2, 17000)], None, None)]


@pytest.fixture
def shop(shop_path):
    create_shop(shop_path, PRODUCTS, BUYERS, ORDERS)
    conn = open_shop(shop_path).conn
    conn.execute("UPDATE products SET product_id = '6001' WHERE sku = 'A'")
    conn.close()
    return shop_path


def test_a_plan_round_trips_and_undo_restores_it(shop):
    conn = open_shop(shop).conn
    plan = CampaignPlan("双12 2026", "2026-12-10", "2026-12-12", platform="taobao",
                        registration_deadline="2026-11-20", warmup_start="2026-12-01",
                        mechanics=Mechanics(full_reduction=(Tier(30000, 5000),), member=0.95),
                        products=(PlanProduct("taobao", "A", 8800, 20),),
                        target_gmv_cents=5_000_000, target_units=400, budget_ads_cents=80000,
                        budget_gifts_cents=20000)
    plan_id = save_plan(conn, plan)
    stored = find_plan(conn, "双12 2026")
    assert stored == replace(plan, id=plan_id)
    assert stored.budget_cents == 100000  # ads 800 + gifts 200
    row = conn.execute("SELECT mechanic, budget_cents FROM campaigns WHERE id = ?",
                       (plan_id,)).fetchone()
    assert row == ("满减", 100000)  # the v1 columns stay filled for the other tabs
    edited = stored.with_products([PlanProduct("taobao", "B", 4500, 2),
                                   PlanProduct("taobao", "A", 8500, 20)])
    save_plan(conn, edited)
    assert [(p.sku, p.campaign_price_cents) for p in find_plan(conn, "双12 2026").products] == [
        ("B", 4500), ("A", 8500)]
    save_plan(conn, stored)  # undo: the plan as it was
    assert find_plan(conn, "双12 2026") == stored
    deleted = delete_plan(conn, plan_id)
    assert list_plans(conn) == [] and deleted == stored
    save_plan(conn, deleted)  # redo of the creation keeps its id
    assert find_plan(conn, "双12 2026").id == plan_id
    conn.close()


def test_a_v1_campaign_row_reads_as_a_plan(tmp_path):
    """A file of version 1 with the demo's kind of row: migrated, read with defaults."""
    path = tmp_path / "v1.opsdesk"
    conn = connect(path)
    migrate(conn, target=1)
    conn.execute("INSERT INTO campaigns (platform, name, kind, mechanic, starts_on, ends_on, "
                 "target_gmv_cents, budget_cents, notes) VALUES (NULL, '618 2026', "
                 "'platform', '满减', '2026-06-01', '2026-06-18', 100, 50, '每满300减50')")
    conn.close()
    conn = open_shop(path).conn
    (plan,) = list_plans(conn)
    assert (plan.name, plan.start, plan.budget_ads_cents, plan.notes) == (
        "618 2026", "2026-06-01", 50, "每满300减50")
    assert plan.settings.lowest_days == 7 and len(plan.manual_items) == 7
    assert plan.status(date(2026, 6, 10)) == "running"
    conn.close()


def test_registration_sheet_by_item_id_or_merchant_code(shop, tmp_path):
    """Row 2 names A by its 商品ID 6001, row 3 B by its 商家编码; prices in yuan."""
    sheet = tmp_path / "报名表.csv"
    sheet.write_text("商品ID,商家编码,活动价,活动库存\n6001,,88.00,20\n,B,45,2\n",
                     encoding="utf-8")
    conn = open_shop(shop).conn
    assert read_registration_sheet(sheet, conn, "taobao") == [
        SheetProduct("taobao", "A", 8800, 20), SheetProduct("taobao", "B", 4500, 2)]
    sheet.write_text("商品ID,活动价\n6001,88\n7777,10\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        read_registration_sheet(sheet, conn, "taobao")
    assert refused.value.params == {"file": "报名表.csv", "row": 3, "column": "商品ID",
                                    "value": "7777"}
    sheet.write_text("商家编码,报名价\nA,abc\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as refused:
        read_registration_sheet(sheet, conn, "taobao")
    assert refused.value.code == "bad_money" and refused.value.params["row"] == 2
    conn.close()


def test_timeline_counts_back_from_the_registration_deadline():
    """Deadline 2026-11-20: T-60 is 09-21, T-30 10-21, T-14 (assets) 11-06, T-7 (freeze)
    11-13; on 10-22 the first three are overdue."""
    plan = CampaignPlan("双12 2026", "2026-12-10", "2026-12-12",
                        registration_deadline="2026-11-20")
    tasks = {t.key: t for t in default_tasks(plan)}
    assert tasks["goals_budget"].due_on == "2026-09-21"
    assert (tasks["assets"].due_on, tasks["assets"].owner) == ("2026-11-06", "designer")
    assert tasks["freeze"].due_on == "2026-11-13" and tasks["register"].due_on == "2026-11-20"
    assert [t.key for t in overdue(tuple(tasks.values()), date(2026, 10, 22))] == [
        "goals_budget", "products_stock", "prices_mechanics"]


def test_calendar_holds_this_and_next_years_events():
    """双11 2026: warm-up from 10-20, registration three weeks before (09-29), encore to 11-13;
    年货节 2027 ends 12 days before the Spring Festival (2027-02-06 → 01-25)."""
    events = {e.name: e for e in calendar(date(2026, 12, 7))}
    double11 = events["双11 2026"]
    assert (double11.registration_deadline, double11.warmup_start, double11.encore_end) == (
        date(2026, 9, 29), date(2026, 10, 20), date(2026, 11, 13))
    assert events["年货节 2027"].end == date(2027, 1, 25)
    assert "618 2027" in events


def test_cli_add_list_check_price(shop, tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("商家编码,活动价,活动库存\nA,88,20\n", encoding="utf-8")
    assert main(["campaign", "add", "--shop", str(shop), "--name", "双12 2026", "--start",
                 "2026-12-10", "--end", "2026-12-12", "--registration-deadline", "2026-11-20",
                 "--gmv-target", "50000", "--products", str(sheet)]) == 0
    capsys.readouterr()
    assert main(["campaign", "add", "--shop", str(shop), "--name", "双12 2026", "--start",
                 "2026-12-10", "--end", "2026-12-12"]) == 2
    assert "already has a campaign named '双12 2026'" in capsys.readouterr().err
    assert main(["campaign", "list", "--shop", str(shop), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["campaigns"]
    assert {k: row[k] for k in ("name", "platform", "start", "end", "gmv_target")} == {
        "name": "双12 2026", "platform": None, "start": "2026-12-10", "end": "2026-12-12",
        "gmv_target": "50000.00"}
    assert main(["campaign", "check", "--shop", str(shop), "--name", "双12 2026",
                 "--as-of", "2026-11-20", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    item = next(i for i in data["items"] if i["key"] == "price_not_above_recent_lowest")
    # 88.00 > 85.00 (170.00 for 2 on 11-14)
    assert item["status"] == "fail" and item["products"][0]["lowest_paid"] == "85.00"
    assert main(["campaign", "check", "--shop", str(shop), "--name", "nope"]) == 2
    assert "no campaign named 'nope'" in capsys.readouterr().err
    assert main(["campaign", "price", "--price", "199", "--full-reduction", "300-50",
                 "--max-qty", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["best"] == {"qty": 2, "unit_price": "174.00"}


def test_registration_sheet_with_other_headers_is_mapped(shop, tmp_path):
    """A sheet whose headers are not known is read with a mapping, as an import is;
    a mapping naming a missing column is refused, naming it."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("编码,价格,数量\nA,88,20\n", encoding="utf-8")
    conn = open_shop(shop).conn
    mapping = {"sku": "编码", "campaign_price": "价格", "reserved_stock": "数量"}
    assert read_registration_sheet(sheet, conn, "taobao", mapping) == [
        SheetProduct("taobao", "A", 8800, 20)]
    with pytest.raises(ImportFailed) as refused:
        read_registration_sheet(sheet, conn, "taobao", {**mapping, "sku": "货品"})
    assert refused.value.code == "bad_mapping" and refused.value.params["file"] == "sheet.csv"
    conn.close()


def test_cli_sheet_of_a_shop_on_several_platforms_needs_the_platform(shop, tmp_path, capsys):
    conn = open_shop(shop).conn
    conn.execute("INSERT INTO products (platform, sku) VALUES ('jd', 'J1')")
    conn.close()
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("商家编码,活动价\nA,88\n", encoding="utf-8")
    args = ["campaign", "add", "--shop", str(shop), "--name", "618 2027", "--start",
            "2027-06-01", "--end", "2027-06-18", "--products", str(sheet)]
    assert main(args) == 2
    assert "jd, taobao" in capsys.readouterr().err
    assert main([*args, "--platform", "taobao"]) == 0


def test_a_new_deadline_moves_the_timeline_keeping_owners_and_done():
    """Deadline 11-20 → 11-10: T-14 (assets) moves from 11-06 to 10-27; its owner and the
    done goals stay."""
    from opsdesk_gui.models.campaigns.timeline import moved_tasks

    before = CampaignPlan("双12 2026", "2026-12-10", "2026-12-12",
                          registration_deadline="2026-11-20")
    tasks = list(default_tasks(before))
    tasks[0] = replace(tasks[0], status="done")
    tasks[4] = replace(tasks[4], owner="外包美工")
    before = replace(before, tasks=tuple(tasks))
    moved = moved_tasks(replace(before, registration_deadline="2026-11-10"), before)
    assert (moved[4].due_on, moved[4].owner) == ("2026-10-27", "外包美工")
    assert moved[0].status == "done" and moved[0].due_on == "2026-09-11"
