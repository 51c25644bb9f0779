"""One writer at a time, across processes: a second writer waits, then is refused naming
who holds the shop and since when; a dead holder's lock is taken over (issue 11)."""

import os
import subprocess
import sys
import time

import pytest
from taobao_files import ORDERS, write_orders

import opsdesk_gui.store.lock as lock_module
from opsdesk_gui.cli import main
from opsdesk_gui.errors import ShopFileError
from opsdesk_gui.store import writing
from opsdesk_gui.store.lock import ShopLock, read_holder
from opsdesk_gui.writes import import_files

HOLDER = """
import sys, time
from opsdesk_gui.store import writing
with writing(sys.argv[1], create=True, who="the test's other process"):
    print("holding", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def holder(shop_path):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(shop_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout.readline() == b"holding\n", child.stderr.read()
    yield child
    child.kill()
    child.wait()


def test_a_second_process_waits_then_is_refused_naming_the_holder(shop_path, tmp_path,
                                                                   holder, monkeypatch, capsys):
    monkeypatch.setattr(lock_module, "WAIT_SECONDS", 0.5)
    export = write_orders(tmp_path / "o.csv", ORDERS)
    started = time.monotonic()
    with pytest.raises(ShopFileError) as info:
        import_files(shop_path, [export])
    assert time.monotonic() - started >= 0.5  # it waited first
    assert info.value.code == "shop_busy"
    assert f"process {holder.pid}" in info.value.message
    assert "the test's other process" in info.value.message
    assert read_holder(shop_path).since in info.value.message
    # the command line says the same, without a traceback
    assert main(["import", "--shop", str(shop_path), str(export)]) == 2
    err = capsys.readouterr().err
    assert "is being written by the test's other process" in err
    assert err.index("waiting up to") < err.index("Wait until that has finished")


@pytest.mark.skipif(os.name != "posix", reason="kills a child process")
def test_a_dead_holders_lock_is_taken_over(shop_path, tmp_path, holder):
    holder.kill()  # SIGKILL: no chance to release anything
    holder.wait()
    started = time.monotonic()
    summary = import_files(shop_path, [write_orders(tmp_path / "o.csv", ORDERS)])
    assert summary.total("added") > 0
    assert time.monotonic() - started < lock_module.WAIT_SECONDS


def test_writers_in_one_process_wait_for_each_other(shop_path, monkeypatch):
    monkeypatch.setattr(lock_module, "WAIT_SECONDS", 0.2)
    with writing(shop_path, create=True, who="first"):
        with pytest.raises(ShopFileError) as info:
            ShopLock(shop_path, "second").acquire(0.2)
        assert "first" in info.value.message
    with ShopLock(shop_path, "second"):
        pass  # free again once the first finished


def test_a_waiting_writer_says_whom_it_waits_for(shop_path, tmp_path, holder):
    told = []
    with pytest.raises(ShopFileError), writing(shop_path, timeout=0.3, waiting=told.append):
        pass
    assert [h.pid for h in told] == [holder.pid]
