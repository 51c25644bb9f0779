"""Hostile sizes are refused fast and in bounded memory: each file is imported (and
previewed, as the import dialog does) in a child process, timed, its peak resident
memory taken from the kernel (VmHWM). The limits are generous (a shared, slow machine); the
figures measured are in docs/import-files.md."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_files import CASES, zip_bomb

if not Path("/proc/self/status").exists():  # the peak memory as Linux counts it
    pytest.skip("needs /proc (Linux)", allow_module_level=True)

# Python, pandas, pyarrow and calamine loaded take about 140 MB.
PEAK_LIMIT_MB = 400
SECONDS_LIMIT = 30

CHILD = """
import sys
from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.importers.preview import preview_file
preview = preview_file(sys.argv[2])
try:
    import_files(sys.argv[1], [sys.argv[2]])
    code = "imported"
except ImportFailed as exc:
    code = exc.code
# The high-water mark of this program's memory (ru_maxrss would count the parent's
# size at fork too)
status = open("/proc/self/status").read()
peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
print(code, preview.error.code if preview.error else None, peak)
"""


def run_child(shop, path) -> tuple[str, str | None, float, float]:
    """(the import's outcome, the preview's error, seconds, peak MB) in a child."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(shop), str(path)],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    assert done.returncode == 0, done.stderr[-2000:]  # no traceback, no abort
    code, preview, peak = done.stdout.split()
    return code, None if preview == "None" else preview, seconds, float(peak)


CASE = {c.name: c for c in CASES}


@pytest.mark.parametrize("name,code", [
    ("wide_header", "too_many_columns"),
    ("far_cell_xfd", "too_many_columns"),
    ("far_cell_z", "far_cell"),
    ("ods_repeat_bomb", "cells_repeated"),
    ("long_note_in_first_row", "imported"),
])
def test_hostile_size_is_bounded(name, code, tmp_path):
    path = CASE[name].make(tmp_path)
    outcome, preview, seconds, peak = run_child(tmp_path / "shop.opsdesk", path)
    assert outcome == code
    assert preview == (None if code == "imported" else code)
    print(f"{name}: {seconds:.1f} s, {peak:.0f} MB")
    assert seconds < SECONDS_LIMIT and peak < PEAK_LIMIT_MB, (seconds, peak)


def test_a_zip_bomb_is_refused_before_it_inflates(tmp_path):
    path = zip_bomb(tmp_path / "bomb.xlsx")  # 1.15 GB of sheet XML, a few MB packed
    assert path.stat().st_size < 16 << 20
    outcome, preview, seconds, peak = run_child(tmp_path / "shop.opsdesk", path)
    assert outcome == preview == "workbook_inflates"
    print(f"zip bomb: {seconds:.1f} s, {peak:.0f} MB")
    assert seconds < SECONDS_LIMIT and peak < PEAK_LIMIT_MB, (seconds, peak)
