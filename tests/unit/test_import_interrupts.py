"""Ctrl-C and unreadable files: the command line says whether anything was imported,
never with a traceback."""

import pathlib
import sqlite3

import pytest
from taobao_files import ORDERS, write_orders
from test_import_safety import table_digest

from opsdesk_gui.cli import main
from opsdesk_gui.errors import ImportFailed, ImportInterrupted
from opsdesk_gui.importers import pipeline
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.store import list_backups, writer


class _InterruptAfterCommit:
    """A connection on which Ctrl-C arrives just after COMMIT has returned."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        result = self._conn.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return result

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.fixture
def seeded(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "first.csv", ORDERS[:1])])
    return shop_path


def _interrupt_after_commit(monkeypatch):
    real_open = writer.open_shop

    def open_shop(path, **kwargs):
        db = real_open(path, **kwargs)
        db.conn = _InterruptAfterCommit(db.conn)
        return db

    monkeypatch.setattr(writer, "open_shop", open_shop)


def test_ctrl_c_while_reading_imports_nothing(seeded, tmp_path, monkeypatch, capsys):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_stage_file", interrupted)
    before, backups = table_digest(seeded), len(list_backups(seeded))
    path = write_orders(tmp_path / "more.csv", ORDERS)
    assert main(["import", "--shop", str(seeded), str(path)]) == 130
    err = capsys.readouterr().err
    assert "Interrupted: nothing was imported; the shop file is unchanged." in err
    assert "Traceback" not in err
    assert table_digest(seeded) == before and len(list_backups(seeded)) == backups


def test_ctrl_c_after_the_commit_says_the_import_was_saved(seeded, tmp_path, monkeypatch,
                                                           capsys):
    _interrupt_after_commit(monkeypatch)
    backups = len(list_backups(seeded))
    path = write_orders(tmp_path / "more.csv", ORDERS)
    assert main(["import", "--shop", str(seeded), str(path)]) == 130
    err = capsys.readouterr().err
    assert "Interrupted after the import was saved" in err
    with sqlite3.connect(seeded) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (4,)
    assert len(list_backups(seeded)) == backups + 1  # kept, so that undo works


def test_ctrl_c_after_the_commit_raises_interrupted_saved(seeded, tmp_path, monkeypatch):
    _interrupt_after_commit(monkeypatch)
    with pytest.raises(ImportInterrupted) as info:
        import_files(seeded, [write_orders(tmp_path / "more.csv", ORDERS)])
    assert info.value.code == "interrupted_saved"


def test_a_file_that_may_not_be_read_is_refused_by_name(seeded, tmp_path, monkeypatch):
    path = write_orders(tmp_path / "locked.csv", ORDERS)
    real_open = pathlib.Path.open

    def locked_open(self, *args, **kwargs):
        if self.name == "locked.csv":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", locked_open)
    before = table_digest(seeded)
    with pytest.raises(ImportFailed) as info:
        import_files(seeded, [path])
    assert info.value.code == "file_unreadable"
    assert "locked.csv: OpsDesk may not read this file" in info.value.message
    assert table_digest(seeded) == before
