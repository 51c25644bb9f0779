"""The shop file: creation, migrations, refusing what it cannot open, merging, snapshots."""

import sqlite3

import pandas as pd
import pytest

from opsdesk_gui.errors import ShopFileError
from opsdesk_gui.store import list_backups, open_shop, snapshot, undo_last_import
from opsdesk_gui.store.backups import KEEP, prune
from opsdesk_gui.store.merge import Staging
from opsdesk_gui.store.schema import APPLICATION_ID, LATEST_VERSION
from opsdesk_gui.store.shop import connect, migrate


def test_new_shop_file(shop_path):
    db = open_shop(shop_path, create=True)
    conn = db.conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"orders", "order_lines", "buyers", "products", "refunds", "traffic", "ad_spend",
            "campaigns", "imports", "import_files", "column_mappings"} <= set(db.table_names())


@pytest.mark.parametrize("version", range(LATEST_VERSION))
def test_every_earlier_version_opens_and_migrates(tmp_path, version):
    path = tmp_path / f"v{version}.opsdesk"
    conn = connect(path)
    migrate(conn, target=version)
    conn.close()
    db = open_shop(path)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_missing_file_is_not_created_unless_asked(shop_path):
    with pytest.raises(ShopFileError):
        open_shop(shop_path)
    assert not shop_path.exists()


@pytest.mark.parametrize("content", [b"hello, this is text\n", b"PK\x03\x04 zip"])
def test_not_a_shop_file_is_refused_unchanged(tmp_path, content):
    path = tmp_path / "notes.opsdesk"
    path.write_bytes(content)
    with pytest.raises(ShopFileError) as info:
        open_shop(path)
    assert info.value.code == "not_a_shop"
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    before = path.read_bytes()
    with pytest.raises(ShopFileError) as info:
        open_shop(path)
    assert info.value.code == "not_a_shop"
    assert path.read_bytes() == before


def test_newer_version_is_refused_unchanged(shop_path):
    open_shop(shop_path, create=True).conn.close()
    with sqlite3.connect(shop_path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = shop_path.read_bytes()
    with pytest.raises(ShopFileError) as info:
        open_shop(shop_path)
    assert info.value.code == "newer_shop"
    assert "newer OpsDesk" in info.value.message
    assert shop_path.read_bytes() == before


def products(rows):
    return pd.DataFrame(rows, columns=["platform", "sku", "title", "stock"])


def test_merge_counts_and_keeps_what_a_later_row_does_not_state(shop_path):
    conn = open_shop(shop_path, create=True).conn
    stage = Staging(conn)
    stage.add("products", products([("tb", "A", "杯子", 5), ("tb", "B", "碗", 3)]))
    assert stage.merge("products").as_dict() == {"added": 2, "updated": 0, "unchanged": 0}
    stage.drop()
    stage = Staging(conn)
    # A: stock changed; B: no stock stated (None) and same title: unchanged; C: new
    stage.add("products", products([("tb", "A", "杯子", 4), ("tb", "B", "碗", None),
                                    ("tb", "C", "盘", 1)]))
    assert stage.merge("products").as_dict() == {"added": 1, "updated": 1, "unchanged": 1}
    assert conn.execute("SELECT sku, stock FROM products ORDER BY sku").fetchall() == [
        ("A", 4), ("B", 3), ("C", 1)]


def test_staging_fills_in_a_key_seen_twice(shop_path):
    conn = open_shop(shop_path, create=True).conn
    stage = Staging(conn)
    stage.add("products", products([("tb", "A", "杯子", None)]))
    stage.add("products", products([("tb", "A", None, 7)]))
    stage.merge("products")
    assert conn.execute("SELECT title, stock FROM products").fetchall() == [("杯子", 7)]


def test_snapshots_are_checked_private_and_not_pruned_before_commit(shop_path):
    conn = open_shop(shop_path, create=True).conn
    for n in range(KEEP + 2):
        backup = snapshot(conn, shop_path, "import", n + 1)
        assert backup.path.stat().st_mode & 0o777 == 0o600
    assert backup.path.parent.stat().st_mode & 0o777 == 0o700
    # snapshot() never prunes: only a committed write may push an old snapshot out
    assert len(list_backups(shop_path)) == KEEP + 2
    prune(shop_path)
    assert [b.import_id for b in list_backups(shop_path)] == [7, 6, 5, 4, 3]
    conn.close()


def test_undo_without_snapshot(shop_path):
    open_shop(shop_path, create=True).conn.close()
    with pytest.raises(ShopFileError) as info:
        undo_last_import(shop_path)
    assert info.value.code == "no_backup"
