"""The customers of a shop as of a day: every buyer with their RFM scores, segment and
lifecycle, the way the Customers tab, `opsdesk customers` and the exported lists all see
them (rfm.py and segments.py hold the rules). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .rfm import Cutoffs, buyer_summary, quintile_cutoffs, score_buyers
from .segments import assign_segments, segment_codes, segment_table


@dataclass(frozen=True)
class RfmSettings:
    as_of: date
    since: date
    vocabulary: str = "cn8"
    fixed_f: bool = False
    cutoffs: Cutoffs | None = None  # None: the shop's own quintiles


@dataclass(frozen=True)
class CustomerView:
    settings: RfmSettings
    cutoffs: Cutoffs          # the ones used (quintiles, or as edited)
    buyers: pd.DataFrame      # every buyer up to as_of; r/f/m/segment empty when unscored
    segments: pd.DataFrame    # segments.segment_table of the scored buyers

    @property
    def scored(self) -> pd.DataFrame:
        return self.buyers.loc[self.buyers["orders"] > 0]

    @property
    def approximate(self) -> bool:
        return bool(self.buyers["approximate"].any()) if len(self.buyers) else False


def customer_view(orders: pd.DataFrame, settings: RfmSettings) -> CustomerView:
    buyers = buyer_summary(orders, settings.as_of, settings.since)
    in_window = buyers["orders"].to_numpy() > 0
    cutoffs = settings.cutoffs or quintile_cutoffs(buyers.loc[in_window], settings.fixed_f)
    scored = score_buyers(buyers, cutoffs)
    scored["segment"] = assign_segments(scored, settings.vocabulary)
    for column in ("r", "f", "m"):
        values = np.zeros(len(buyers), np.int64)
        values[in_window] = scored[column].to_numpy()
        buyers[column] = pd.array(values, dtype="Int64")
        buyers.loc[~in_window, column] = pd.NA
    codes = segment_codes(settings.vocabulary)
    number = np.full(len(buyers), len(codes))  # '': not scored
    number[in_window] = scored["segment"].cat.codes.to_numpy()
    buyers["segment"] = pd.Categorical.from_codes(number, [*codes, ""])
    buyers["aov_cents"] = per_order_cents(buyers["monetary_cents"], buyers["orders"])
    paid, refunded = buyers["monetary_cents"].to_numpy(), buyers["refund_cents"].to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        buyers["refund_share"] = np.where(paid > 0, refunded / paid, np.nan)
    # the most paid first; ties in key order (the index is sorted: platform, buyer)
    order = np.argsort(-buyers["monetary_cents"].to_numpy(), kind="stable")
    return CustomerView(settings, cutoffs, buyers.iloc[order],
                        segment_table(scored, settings.vocabulary))


def per_order_cents(cents: pd.Series, orders: pd.Series) -> pd.Series:
    """cents / orders rounded half away from zero (money.divide_cents, vectorised); NA
    without orders."""
    c, n = cents.to_numpy(np.int64), orders.to_numpy(np.int64)
    safe = np.maximum(n, 1)
    rounded = np.sign(c) * ((2 * np.abs(c) + safe) // (2 * safe))
    return pd.Series(rounded, index=cents.index, dtype="Int64").where(n > 0)


def with_display_columns(buyers: pd.DataFrame) -> pd.DataFrame:
    """The buyers (indexed by buyer key) as a flat frame with the text the tables show,
    made in the worker: buyer_text (the buyer ID, or '#order'), first_text and last_text
    ('YYYY-MM-DD'). Keys are split once per distinct key, not per row."""
    frame = buyers.reset_index()
    keys = pd.Categorical(frame["buyer"].astype(str)) if not isinstance(
        frame["buyer"].dtype, pd.CategoricalDtype) else frame["buyer"].cat
    suffix = _key_suffixes(keys.categories)
    # object dtype: a str column would copy 150,000 texts into Arrow for nothing
    frame["buyer_text"] = pd.Series(suffix[np.asarray(keys.codes)], dtype=object)
    for column, text in (("first_order", "first_text"), ("last_order", "last_text")):
        if column in frame:
            frame[text] = day_texts(frame[column])
    return frame


def day_texts(days: pd.Series) -> pd.Categorical:
    """Days as 'YYYY-MM-DD' categories: each day of the span written once, rows coded by
    their day number (no sort: np.unique over 150,000 days costs ~40 ms)."""
    numbers = days.to_numpy().astype("datetime64[D]").astype(np.int64)
    if len(numbers) == 0:
        return pd.Categorical([], categories=pd.Index([], dtype=object))
    first = numbers.min()
    span = np.arange(first, numbers.max() + 1).astype("datetime64[D]")
    return pd.Categorical.from_codes(numbers - first,
                                     pd.Index(np.datetime_as_string(span, unit="D"),
                                              dtype=object))


_SUFFIXES: dict[int, tuple[pd.Index, np.ndarray]] = {}


def _key_suffixes(categories: pd.Index) -> np.ndarray:
    """'platform<US>rest' -> 'rest' for each key, kept for the orders' key index (the
    same object while the shop's data is unchanged): an as-of change does not redo it."""
    kept = _SUFFIXES.get(id(categories))
    if kept is not None and kept[0] is categories:
        return kept[1]
    # pyarrow's split: Python's str.split over 150,000 keys takes a second
    parts = pc.split_pattern(pa.array(categories.astype(str)), "\x1f", max_splits=1)
    suffix = np.asarray(pc.list_element(parts, 1).to_pylist(), dtype=object)
    _SUFFIXES.clear()
    _SUFFIXES[id(categories)] = (categories, suffix)
    return suffix
