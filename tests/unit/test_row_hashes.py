"""importers/row_hashes.py gives pandas' own row hashes, so the repeated-order check
(pipeline._warn_changed_repeats) makes the same decisions as with hash_pandas_object."""

import numpy as np
import pandas as pd
import pytest

from opsdesk_gui.importers.row_hashes import row_hashes


def pandas_hashes(frame: pd.DataFrame) -> np.ndarray:
    return pd.util.hash_pandas_object(frame, index=False).to_numpy()


EDGE_CASES = pd.DataFrame({
    # missing in three spellings, and the texts pandas would write for them
    "text": ["a", None, np.nan, pd.NA, "None", "nan", "<NA>", "", " ", "订单"],
    "unique": [f"T{i:05d}" for i in range(10)],
    "all_missing": [None] * 10,
    # not all text: pandas' path (1 and "1" hash alike there, so here too)
    "mixed": [1, "1", None, 2.5, "2.5", "x", 0, "0", np.nan, "y"],
    "cents": pd.array([100, None, 0, -5, 100, None, 7, 8, 9, 10], dtype="Int64"),
    "row": np.arange(10, dtype="int64"),
})


def test_equal_to_pandas_value_for_value():
    assert np.array_equal(row_hashes(EDGE_CASES), pandas_hashes(EDGE_CASES))


@pytest.mark.parametrize("column", list(EDGE_CASES.columns))
def test_equal_to_pandas_column_by_column(column):
    frame = EDGE_CASES[[column]]
    assert np.array_equal(row_hashes(frame), pandas_hashes(frame))


def test_empty_frame():
    assert np.array_equal(row_hashes(EDGE_CASES.iloc[:0]), pandas_hashes(EDGE_CASES.iloc[:0]))


def test_what_the_check_tells_apart():
    """A missing value differs from every text, "None" and "nan" included; the three
    missing spellings are one; the order of the columns counts."""
    h = row_hashes(EDGE_CASES[["text"]])
    assert h[1] == h[2] == h[3]
    assert len({h[1], h[4], h[5], h[6], h[7], h[8]}) == 6
    swapped = pd.DataFrame({"a": ["x", "y"], "b": ["y", "x"]})
    first, second = row_hashes(swapped)
    assert first != second
