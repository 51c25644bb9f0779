"""The customers of a shop as of a day: every buyer with their RFM scores, segment and
lifecycle, the way the Customers tab, `opsdesk customers` and the exported lists all see
them (rfm.py and segments.py hold the rules). No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

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
    categories = keys.categories.astype(str)
    suffix = np.asarray(categories.str.split("\x1f", n=1).str[1], dtype=object)
    frame["buyer_text"] = suffix[np.asarray(keys.codes)]
    for column, text in (("first_order", "first_text"), ("last_order", "last_text")):
        if column in frame:
            frame[text] = np.datetime_as_string(
                frame[column].to_numpy().astype("datetime64[D]"), unit="D")
    return frame
