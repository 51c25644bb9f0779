"""Snapshots that are checked, and an undo that undoes exactly the last committed import
(issue 11). Every test here failed on the code before the store owned its writes."""

import os
import sqlite3
import subprocess
import sys

import pytest
from taobao_files import LINES, ORDERS, order_row, write_lines, write_orders

from opsdesk_gui.errors import ImportFailed, ShopFileError
from opsdesk_gui.models.campaigns.plan import CampaignPlan, PlanProduct
from opsdesk_gui.store import list_backups, plan_undo
from opsdesk_gui.store.backups import KEEP, backup_dir
from opsdesk_gui.store.customer_rules import save_rule
from opsdesk_gui.store.mappings import SavedMapping
from opsdesk_gui.store.product_edits import FieldChange
from opsdesk_gui.store.schema import LATEST_VERSION
from opsdesk_gui.writes import (
    edit_products,
    import_files,
    save_mapping,
    undo_last_import,
    write_campaign_plan,
    write_customer_rule,
)

NAMES = ["shop#1.opsdesk", "what?.opsdesk", "100%.opsdesk", "my shop.opsdesk",
         "我的店铺.opsdesk", "a#b?c%d 店.opsdesk"]


def count(shop, table="orders") -> int:
    conn = sqlite3.connect(shop)  # a plain path: sqlite3 takes it as a file name
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def two_imports(shop, tmp_path):
    """Import 1: the first order; import 2: all four orders and their lines."""
    import_files(shop, [write_orders(tmp_path / "first.csv", ORDERS[:1])])
    import_files(shop, [write_orders(tmp_path / "all.csv", ORDERS),
                        write_lines(tmp_path / "lines.csv", LINES)])
    assert count(shop) == 4


@pytest.mark.parametrize("name", NAMES)
def test_undo_with_any_character_in_the_file_name(tmp_path, name):
    shop = tmp_path / name
    two_imports(shop, tmp_path)
    plan = undo_last_import(shop)
    assert plan.import_id == 2 and plan.files == ["all.csv", "lines.csv"]
    assert count(shop) == 1  # as import 1 left it: not emptied, not unchanged
    assert [b.import_id for b in list_backups(shop)] == [1]
    # nothing was opened beside it: the cut-off names a URI would have made do not exist
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".opsdesk") == [name]


@pytest.mark.parametrize("name", ["new#er.opsdesk", "a?b.opsdesk", "x%23y.opsdesk"])
def test_a_newer_or_foreign_file_is_refused_whatever_its_name(tmp_path, name):
    newer = tmp_path / name
    import_files(newer, [write_orders(tmp_path / "o.csv", ORDERS[:1])])
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    foreign = tmp_path / ("other" + name)
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    for path, code in ((newer, "newer_shop"), (foreign, "not_a_shop")):
        before = path.read_bytes()
        with pytest.raises(ShopFileError) as info:
            import_files(path, [tmp_path / "o.csv"], force=True)
        assert info.value.code == code
        assert path.read_bytes() == before


def snapshot_of(shop, import_id):
    return next(b for b in list_backups(shop) if b.import_id == import_id)


@pytest.mark.parametrize("damage", ["empty", "half", "bad_page"])
def test_a_broken_snapshot_is_never_restored(tmp_path, damage):
    shop = tmp_path / "shop.opsdesk"
    two_imports(shop, tmp_path)
    path = snapshot_of(shop, 2).path
    data = path.read_bytes()
    if damage == "empty":  # a full disk while it was written (before: "restored", 0 orders)
        path.write_bytes(b"")
    elif damage == "half":  # a kill while it was written
        path.write_bytes(data[: len(data) // 2])
    else:  # whole length, a page of garbage
        page = 4096
        path.write_bytes(data[:page * 2] + b"\xff" * page + data[page * 3:])
    before = shop.read_bytes()
    with pytest.raises(ShopFileError) as info:
        undo_last_import(shop)
    assert info.value.code == ("snapshot_damaged" if damage == "bad_page"
                               else "snapshot_missing")
    assert shop.read_bytes() == before and count(shop) == 4


CHILD = """
import sys, time
import opsdesk_gui.store.backups as backups
import opsdesk_gui.importers.pipeline as pipeline
stage = sys.argv[3]
def stop(*args, **kwargs):
    print("stopped", flush=True)
    time.sleep(60)
if stage == "snapshot":
    backups.check_snapshot = stop    # killed with the snapshot written, not yet checked
else:
    pipeline._record = stop          # killed after the snapshot, before the commit
pipeline.import_files(sys.argv[1], [sys.argv[2]])
"""


def killed_import(shop, export, stage):
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(shop), str(export), stage],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout.readline() == b"stopped\n", child.stderr.read()
    finally:
        child.kill()
        child.wait()


@pytest.mark.skipif(os.name != "posix", reason="kills a child process")
@pytest.mark.parametrize("stage", ["snapshot", "merge"])
def test_undo_after_a_killed_import_undoes_the_last_committed_one(tmp_path, stage):
    shop = tmp_path / "shop.opsdesk"
    import_files(shop, [write_orders(tmp_path / "first.csv", ORDERS[:1])])
    killed_import(shop, write_orders(tmp_path / "all.csv", ORDERS), stage)
    assert count(shop) == 1  # the kill changed nothing
    leftovers = sorted(p.name for p in backup_dir(shop).iterdir())
    assert len(leftovers) == 2  # the snapshot of import 1 and what the kill left
    plan = undo_last_import(shop)  # before: success that changed nothing, or a traceback
    assert plan.import_id == 1
    assert count(shop) == 0
    assert list(backup_dir(shop).iterdir()) == []  # the killed import's leftovers cleaned
    # and the killed import can be made again, and undone again
    import_files(shop, [tmp_path / "all.csv"])
    assert count(shop) == 4 and undo_last_import(shop).import_id == 1


def test_overlapping_imports_each_undo_only_their_own(tmp_path, monkeypatch):
    """The second import waits for the first; its snapshot holds the first import."""
    import threading

    import opsdesk_gui.importers.pipeline as pipeline

    shop = tmp_path / "shop.opsdesk"
    import_files(shop, [write_orders(tmp_path / "seed.csv", ORDERS[:1])])
    first_merging, original = threading.Event(), pipeline._record

    def slow_record(*args):
        first_merging.set()
        threading.Event().wait(0.5)  # the second import starts meanwhile
        return original(*args)

    monkeypatch.setattr(pipeline, "_record", slow_record)
    a = write_orders(tmp_path / "a.csv", ORDERS[1:2])
    worker = threading.Thread(target=import_files, args=(shop, [a]))
    worker.start()
    first_merging.wait(5)
    monkeypatch.setattr(pipeline, "_record", original)
    import_files(shop, [write_orders(tmp_path / "b.csv", ORDERS[2:])])
    worker.join()
    assert count(shop) == 4
    assert undo_last_import(shop).files == ["b.csv"]
    assert count(shop) == 2  # the first import is still there
    assert undo_last_import(shop).files == ["a.csv"]
    assert count(shop) == 1


def test_undo_replays_the_edits_made_after_the_import(tmp_path):
    shop = tmp_path / "shop.opsdesk"
    import_files(shop, [write_lines(tmp_path / "l1.csv", LINES[:1])])  # SKU-TEE
    import_files(shop, [write_lines(tmp_path / "l2.csv", LINES[1:])])  # SKU-BAG, SKU-CUP
    edit_products(shop, [FieldChange("taobao", "SKU-TEE", "cost_cents", 1250)])
    plan = plan_undo(shop)  # what the confirmation names
    assert plan.import_id == 2
    assert plan.edits == [FieldChange("taobao", "SKU-TEE", "cost_cents", 1250)]
    undo_last_import(shop, expected_import=2)
    with sqlite3.connect(shop) as conn:
        assert conn.execute("SELECT sku, cost_cents FROM products ORDER BY sku").fetchall() == [
            ("SKU-TEE", 1250)]  # import 2's products gone, the edit kept


def test_undo_keeps_plans_rules_and_mappings_made_after_the_import(tmp_path):
    shop = tmp_path / "shop.opsdesk"
    two_imports(shop, tmp_path)
    plan = CampaignPlan(name="双12", start="2026-12-10", end="2026-12-12",
                        products=(PlanProduct("taobao", "SKU-TEE", 9900, 20),))
    plan_id = write_campaign_plan(shop, plan)
    write_customer_rule(shop, lambda conn: save_rule(conn, "list", "sleepers", {"days": 90}))
    save_mapping(shop, "mine", SavedMapping({"order_id": "单号"}))
    undo_last_import(shop)
    assert count(shop) == 1  # import 2 undone ...
    with sqlite3.connect(shop) as conn:  # ... what the owner wrote after it kept
        assert conn.execute("SELECT id, name FROM campaigns").fetchall() == [(plan_id, "双12")]
        assert conn.execute("SELECT sku, campaign_price_cents FROM campaign_products"
                            ).fetchall() == [("SKU-TEE", 9900)]
        assert conn.execute("SELECT kind, name FROM customer_rules").fetchall() == [
            ("list", "sleepers")]
        assert conn.execute("SELECT name FROM column_mappings").fetchall() == [("mine",)]


def test_undo_refuses_when_another_import_came_after_the_confirmation(tmp_path):
    shop = tmp_path / "shop.opsdesk"
    two_imports(shop, tmp_path)
    with pytest.raises(ShopFileError) as info:
        undo_last_import(shop, expected_import=1)
    assert info.value.code == "undo_changed" and count(shop) == 4


def test_a_refused_import_keeps_every_snapshot(tmp_path):
    shop = tmp_path / "shop.opsdesk"
    for n in range(KEEP):
        import_files(shop, [write_orders(tmp_path / f"o{n}.csv", ORDERS[n % 4:n % 4 + 1])],
                     force=True)
    kept = list_backups(shop)
    assert len(kept) == KEEP
    bad = order_row("100000000000000009", "buyer_x", "1", "0", "abc", "交易成功",
                    "2026-03-01 10:00:00", "2026-03-01 10:00:00", 1)
    with pytest.raises(ImportFailed):
        import_files(shop, [write_orders(tmp_path / "bad.csv", [bad])])
    assert list_backups(shop) == kept  # before: the oldest real snapshot was pruned


def test_stray_side_files_are_cleaned_and_snapshots_leave_none(tmp_path):
    shop = tmp_path / "shop.opsdesk"
    two_imports(shop, tmp_path)
    folder = backup_dir(shop)
    stray = [folder / "old.opsdesk-wal", folder / "old.opsdesk-shm",
             folder / "20260101-000000-000000_import-1.opsdesk.part"]
    for path in stray:
        path.write_bytes(b"x")
    plan_undo(shop)  # reads a snapshot: leaves no -wal/-shm beside it
    import_files(shop, [write_lines(tmp_path / "lines2.csv", LINES[:1])], force=True)
    names = sorted(p.name for p in folder.iterdir())
    assert [n.partition("_")[2] for n in names] == [
        "import-1.opsdesk", "import-2.opsdesk", "import-3.opsdesk"]
