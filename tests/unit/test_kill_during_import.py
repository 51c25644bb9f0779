"""An import killed with SIGKILL at any moment leaves the shop intact, with all of that
import or none of it (one transaction per import, WAL), through the same function the
window's write queue runs (writes.import_files: the store's lock, the snapshot, the
cache rebuild); and the undo that follows undoes exactly the last committed import."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from exportfiles import write_csv

from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.writes import undo_last_import

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

MAPPING = {"order_id": "Invoice", "sku": "Code", "qty": "Qty", "paid_at": "Date",
           "unit_price": "Price", "buyer_id": "Customer"}
LINES = 150_000

CHILD = """
import sys
from opsdesk_gui.writes import import_files
import_files(sys.argv[1], [sys.argv[2]], mapping={mapping!r})
print("done", flush=True)
"""


def big_export(path):
    rows = [(f"{500000 + i // 3}", f"SKU{i % 400}", 1 + i % 5, "2026-01-01 10:00:00",
             f"{1 + i % 97}.50", f"{10000 + i % 9000}") for i in range(LINES)]
    return write_csv(path, ["Invoice", "Code", "Qty", "Date", "Price", "Customer"], rows)


def seeded_shop(path, tmp_path):
    small = write_csv(tmp_path / "small.csv", ["Invoice", "Code", "Qty", "Date", "Price",
                                                "Customer"],
                      [("1", "SKU1", 1, "2025-12-31 09:00:00", "9.90", "7")])
    import_files(path, [small], mapping=MAPPING)


def lines_in(shop):
    conn = sqlite3.connect(shop)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM order_lines").fetchone()[0]
    finally:
        conn.close()


def run_child(shop, export):
    code = CHILD.format(mapping=MAPPING)
    return subprocess.Popen([sys.executable, "-c", code, str(shop), str(export)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_sigkill_at_any_moment_is_all_or_nothing(tmp_path):
    export = big_export(tmp_path / "big.csv")
    reference = tmp_path / "reference.opsdesk"
    seeded_shop(reference, tmp_path)
    started = time.monotonic()
    child = run_child(reference, export)
    assert child.wait(timeout=120) == 0, child.stderr.read().decode()
    duration = time.monotonic() - started
    full = lines_in(reference)
    assert full == LINES + 1

    outcomes = []
    for fraction in (0.2, 0.5, 0.8, 0.97):
        shop = tmp_path / f"killed{fraction}.opsdesk"
        seeded_shop(shop, tmp_path)
        child = run_child(shop, export)
        time.sleep(duration * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        count = lines_in(shop)
        assert count in (1, full), f"killed at {fraction:.0%}: {count} lines, half an import"
        outcomes.append(count)
        # the dead writer's lock is free, and undo takes back exactly the last import
        plan = undo_last_import(shop)
        assert (plan.import_id, lines_in(shop)) == ((2, 1) if count == full else (1, 0))
    # the early kills certainly landed before the commit
    assert outcomes[0] == 1
