"""Each odd shop file gets its own message and nothing is written into it; reading never
writes; a full disk says so; files with buyers' data are private (issue 11)."""

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess

import pytest
from older_shop import make_previous_version
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.cli import main
from opsdesk_gui.errors import ImportFailed, ShopFileError
from opsdesk_gui.store.backups import backup_dir
from opsdesk_gui.writes import import_files

READ_COMMANDS = [
    ["info"], ["info", "--json"], ["titles"],
    ["kpi", "--from", "2026-03-01", "--to", "2026-03-31"],
    ["products", "--from", "2026-03-01", "--to", "2026-03-31"],
]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS),
                             write_lines(tmp_path / "l.csv", LINES)])
    return shop_path


def run(capsys, command, shop, *extra):
    code = main([command[0], "--shop", str(shop), *command[1:], *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


@contextlib.contextmanager
def immutable(path):
    """Read-only even for root (chattr +i), or skip where that is not possible."""
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for this user here")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_read_commands_work_on_a_read_only_shop_and_change_no_byte(shop, capsys):
    with sqlite3.connect(shop) as conn:  # a cache an older OpsDesk left stale
        conn.execute("DELETE FROM cache_meta")
    before = digest(shop)
    with immutable(shop):
        for command in READ_COMMANDS:
            code, out, err = run(capsys, command, shop)
            assert code == 0, (command, err)
            assert "Traceback" not in err
        code, out, _ = run(capsys, ["kpi", "--from", "2026-03-01", "--to", "2026-03-31",
                                    "--json"], shop)
        assert '"paid_orders": 2' in out  # 110.00 and 59.90 paid; one unpaid, one closed
        code, _, err = run(capsys, ["import"], shop, str(shop.parent / "o.csv"), "--force")
        assert code == 2 and "cannot be written" in err
    assert digest(shop) == before


def corrupt_a_page(path):
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'orders'"
                            ).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\x5a" * page_size
    path.write_bytes(bytes(data))


def test_a_damaged_shop_is_named_damaged_and_never_written(shop, tmp_path, capsys):
    corrupt_a_page(shop)
    before = digest(shop)
    code, _, err = run(capsys, ["info"], shop)
    assert code == 2 and "is damaged" in err and "Restore a snapshot" in err
    assert "Traceback" not in err
    with pytest.raises(ShopFileError) as info:
        import_files(shop, [write_orders(tmp_path / "more.csv", ORDERS[:1])], force=True)
    assert info.value.code == "shop_damaged"
    assert digest(shop) == before


@pytest.mark.parametrize("make, code, words", [
    (lambda p: p.mkdir(), "shop_is_folder", "is a folder"),
    (lambda p: None, "shop_missing", "does not exist"),
    (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 50),
     "shop_damaged", "is damaged"),
    (lambda p: p.write_bytes(b"hello"), "not_a_shop", "is not an OpsDesk shop file"),
])
def test_each_odd_file_has_its_own_message(shop_path, capsys, make, code, words):
    make(shop_path)
    exit_code, _, err = run(capsys, ["info"], shop_path)
    assert exit_code == 2 and words in err and "Traceback" not in err


def test_an_older_shop_is_refused_by_readers_and_brought_up_to_date_by_a_writer(shop, tmp_path,
                                                                            capsys):
    """A file of the version before (as an older OpsDesk left it) lacks what this version
    reads: every read command says so instead of failing on a missing column."""
    with sqlite3.connect(shop) as conn:  # undo the last migration (the tables it creates)
        make_previous_version(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(shop)
    for command in READ_COMMANDS:
        code, _, err = run(capsys, command, shop)
        assert code == 2 and "written by an older OpsDesk" in err, command
        assert "Traceback" not in err
    assert main(["campaign", "list", "--shop", str(shop)]) == 2
    assert "written by an older OpsDesk" in capsys.readouterr().err
    assert digest(shop) == before
    import_files(shop, [write_orders(tmp_path / "more.csv", ORDERS[:1])], force=True)
    assert run(capsys, ["info"], shop)[0] == 0  # the writer migrated it


def test_a_truncated_shop_is_damaged_not_foreign(shop, capsys):
    with sqlite3.connect(shop) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shop.write_bytes(shop.read_bytes()[: shop.stat().st_size // 2])
    code, _, err = run(capsys, ["info"], shop)
    assert code == 2 and "is damaged (the file is cut off)" in err


def test_a_failed_first_import_leaves_no_file(shop_path, tmp_path):
    bad = write_orders(tmp_path / "bad.csv", [])  # a header and no rows: refused
    with pytest.raises(ImportFailed):
        import_files(shop_path, [bad])
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(shop_path.name))
    assert left in ([], [shop_path.name + ".lock"])  # the lock file of the attempt only
    assert not backup_dir(shop_path).exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_shop_snapshots_and_exports_are_private(shop, tmp_path, capsys):
    assert shop.stat().st_mode & 0o777 == 0o600
    folder = backup_dir(shop)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in folder.iterdir())
    out = tmp_path / "products.csv"
    assert run(capsys, ["products", "--from", "2026-03-01", "--to", "2026-03-31",
                        "--csv", str(out)], shop)[0] == 0
    assert out.stat().st_mode & 0o777 == 0o600


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB file system (tmpfs) where the test can fill the disk; skipped elsewhere."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk, leave: int) -> None:
    free = shutil.disk_usage(disk).free
    with open(disk / "filler", "wb") as handle:
        handle.write(b"\0" * max(free - leave, 0))


def test_a_full_disk_says_so_and_changes_nothing(small_disk, tmp_path, capsys):
    shop = small_disk / "shop.opsdesk"
    import_files(shop, [write_orders(tmp_path / "o.csv", ORDERS[:1])])
    before = digest(shop)
    big = write_lines(tmp_path / "big.csv", [[*LINES[0][:1], f"宝贝{n}" * 40, *LINES[0][2:]]
                                             for n in range(3000)])
    fill(small_disk, 64 * 1024)
    code, _, err = run(capsys, ["import"], shop, str(big))
    assert code == 2 and "The disk is full" in err and "cannot rollback" not in err
    assert digest(shop) == before
    # an output that does not fit leaves no 0-byte or half-written file
    (small_disk / "filler").unlink()
    fill(small_disk, 0)
    out = small_disk / "products.csv"
    code, _, err = run(capsys, ["products", "--from", "2026-01-01", "--to", "2026-12-31",
                                "--csv", str(out)], shop)
    assert code == 2 and "The disk is full" in err, err
    assert not out.exists()
    assert [p.name for p in small_disk.iterdir() if p.name.endswith(".part")] == []


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    from opsdesk_gui.logs import stop_logging

    monkeypatch.setenv("OPSDESK_LOG_DIR", str(tmp_path / "logs"))
    yield tmp_path / "logs"
    stop_logging()


def test_an_unexpected_error_is_logged_without_buyer_data(shop, log_dir, monkeypatch, capsys):
    import opsdesk_gui.cli.info as info

    def broken(conn, **kwargs):  # a bug whose message carries a buyer's name and phone
        raise KeyError("测试买家1 13800000001")

    monkeypatch.setattr(info, "shop_info", broken)
    code, _, err = run(capsys, ["info"], shop)
    assert code == 3 and "KeyError" in err and "Traceback" not in err
    assert "13800000001" not in err and str(log_dir) in err
    log = (log_dir / "opsdesk.log").read_text(encoding="utf-8")
    assert "info failed: KeyError" in log and "cli/info.py" in log  # where it happened
    assert "13800000001" not in log and "测试买家" not in log


def test_a_damaged_shop_can_be_restored_from_a_snapshot(shop, tmp_path, capsys):
    from opsdesk_gui.store import list_backups

    corrupt_a_page(shop)
    damaged = shop.read_bytes()
    name = list_backups(shop)[0].path.name  # the snapshot before the import
    code, out, err = run(capsys, ["undo", "--restore", name], shop)
    assert code == 0, err
    kept = backup_dir(shop) / out.split("kept as ")[1].strip().rstrip(".")
    assert kept.read_bytes() == damaged  # the damaged file is kept, byte for byte
    code, out, _ = run(capsys, ["info", "--json"], shop)
    assert code == 0 and '"orders": 0' in out  # whole again, as before the import
