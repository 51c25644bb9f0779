"""Staging through Arrow and the scratch file stages exactly what binding rows does."""

import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from opsdesk_gui.importers.temp_copies import remove_stale_copies
from opsdesk_gui.store import raw_stage
from opsdesk_gui.store.merge import Staging
from opsdesk_gui.store.shop import open_shop


def chunks() -> list[pd.DataFrame]:
    """Three chunks of products: keys come back across chunks (filling in what they
    state), a chunk without the stock column, text that looks like a number, a float
    column, and missing cells of each kind."""
    first = pd.DataFrame({
        "platform": "tb", "sku": ["00123", "A", "B", "A"],
        "title": ["杯子", None, "碗", "盘子"],
        "stock": pd.array([5, None, 3, None], dtype="Int64"),
        "cost_cents": pd.array([100, 250, None, None], dtype="Int64"),
    })
    second = pd.DataFrame({"platform": "tb", "sku": ["B", "C"], "title": [None, "勺"]})
    third = pd.DataFrame({
        "platform": "tb", "sku": ["C", "00123"],
        "title": pd.Series([None, None], dtype=object),  # every cell missing
        "stock": pd.array([7, None], dtype="Int64"),
        "cost_cents": pd.array([None, 90], dtype="Int64"),
    })
    return [first, second, third]


def staged(conn) -> list[tuple]:
    """Each staged value as SQLite quotes it, with its type."""
    picks = ", ".join(f"quote({c}), typeof({c})"
                      for c in ("platform", "sku", "title", "stock", "cost_cents"))
    return conn.execute(f"SELECT {picks} FROM temp.stage_products ORDER BY rowid").fetchall()


def stage(path: Path, frames, through_arrow: bool) -> list[tuple]:
    conn = open_shop(path, create=True).conn
    staging = Staging(conn, through_arrow=through_arrow)
    for frame in frames:
        staging.add("products", frame)
    staging.flush()
    rows = staged(conn)
    staging.close()
    conn.close()
    return rows


def test_arrow_staging_stages_what_binding_stages(tmp_path):
    bound = stage(tmp_path / "bound.opsdesk", chunks(), through_arrow=False)
    # 00123 (first and last chunk), A twice in one chunk, B, C: four keys
    assert len(bound) == 4
    assert ("'tb'", "text", "'00123'", "text", "'杯子'", "text", "5", "integer",
            "90", "integer") in bound
    assert stage(tmp_path / "arrow.opsdesk", chunks(), through_arrow=True) == bound


def test_a_frame_arrow_would_store_differently_is_bound_after_the_rest(tmp_path):
    frames = chunks()
    # an object column mixing integers and text: Arrow would make all of it one type
    mixed = pd.DataFrame({"platform": "tb", "sku": ["A", "D"],
                          "title": pd.Series([1, "x"], dtype=object)})
    frames.insert(1, mixed)
    assert raw_stage.as_arrow(mixed) is None
    bound = stage(tmp_path / "bound.opsdesk", frames, through_arrow=False)
    # the bound chunk came after the first one: its title 1 (an integer) wins for A
    assert ("'tb'", "text", "'A'", "text", "1", "integer") in [r[:6] for r in bound]
    assert stage(tmp_path / "arrow.opsdesk", frames, through_arrow=True) == bound


@pytest.mark.parametrize("values", [
    pd.Series([1, 2.5], dtype=object),  # Arrow: both doubles; sqlite3: integer and real
    pd.Series([pd.Timestamp("2026-01-01"), None], dtype=object),
    pd.Series(["a", "b"], dtype="category"),
])
def test_columns_arrow_would_change_are_refused(values):
    assert raw_stage.as_arrow(pd.DataFrame({"x": values})) is None


def test_plain_columns_pass():
    frame = pd.DataFrame({"i": pd.array([1, None], dtype="Int64"), "f": [1.5, float("nan")],
                          "t": ["007", None], "o": pd.Series([3, None], dtype=object),
                          "none": pd.Series([None, None], dtype=object)})
    table = raw_stage.as_arrow(frame)
    assert table is not None
    assert table.column("o").to_pylist() == [3, None]
    assert table.column("none").to_pylist() == [None, None]


def test_the_scratch_file_is_gone_after_the_import(tmp_path):
    conn = open_shop(tmp_path / "s.opsdesk", create=True).conn
    staging = Staging(conn, through_arrow=True)
    staging.add("products", chunks()[0])
    scratch = staging._scratch.path
    assert scratch.exists()
    staging.flush()
    staging.close()
    assert not scratch.exists()
    conn.close()


def test_a_killed_imports_scratch_file_is_removed_by_the_next_import(tmp_path):
    dead = os.getpid() + 1
    while True:  # a process id that is not running
        try:
            os.kill(dead, 0)
            dead += 1
        except ProcessLookupError:
            break
        except PermissionError:
            dead += 1
    left = tmp_path / f"{raw_stage.PREFIX}{dead}-x{raw_stage.SUFFIX}"
    left.write_bytes(b"")
    mine = Path(tempfile.mkstemp(prefix=f"{raw_stage.PREFIX}{os.getpid()}-",
                                 suffix=raw_stage.SUFFIX, dir=tmp_path)[1])
    assert remove_stale_copies(tmp_path) == 1
    assert not left.exists() and mine.exists()
