"""Every change the window and the command line make to a shop file, as one function each.
No Qt.

Each takes the shop's path, takes the store's lock for the whole change
(store/writer.py), and leaves the daily cache fresh, so that readers never have to write
(models/shop_reading.py). The window runs these on its write queue
(tasks.TaskRunner.submit_write), one after another; the command line calls them directly.
To add a write (a campaign plan, a saved customer list): a function here that does its
work inside `writing(shop_path, who=...)`, and a call of it through `submit_write`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import ShopFileError
from .importers.pipeline import ImportSummary
from .importers.pipeline import import_files as _import_files
from .jobs import CancelToken, ProgressCallback
from .models.campaigns.calendar import CalendarChange, check_phases
from .models.campaigns.calendar_storage import write_change
from .models.campaigns.notes_storage import save_notes
from .models.campaigns.plan import CampaignPlan
from .models.campaigns.storage import delete_plan, save_plan
from .models.daily_cache import ensure_daily_cache
from .store.backups import (
    Backup,
    keep_damaged_copy,
    prune,
    replace_damaged,
    restore_into,
    snapshot,
)
from .store.mappings import SavedMapping
from .store.mappings import save_mapping as _save_mapping
from .store.product_edits import FieldChange, set_product_fields
from .store.undo import UndoPlan
from .store.undo import undo_last_import as _undo_last_import
from .store.writer import writing


def import_files(shop_path: str | Path, files: list, *, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None, **options) -> ImportSummary:
    """importers.pipeline.import_files, then the daily cache rebuilt under the same lock."""
    return _import_files(shop_path, files, progress=progress, cancel=cancel,
                         after_commit=ensure_daily_cache, **options)


def undo_last_import(shop_path: str | Path, expected_import: int | None = None) -> UndoPlan:
    plan = _undo_last_import(shop_path, expected_import)
    refresh_cache(shop_path)
    return plan


def restore_snapshot(shop_path: str | Path, backup: Backup) -> Backup:
    """Replace the shop with `backup`; the shop as it was is kept as a snapshot first (a
    damaged shop: as a byte copy), so the restore itself loses nothing. Returns it."""
    with writing(shop_path, who="restore", restoring=True) as conn:
        try:
            kept = snapshot(conn, shop_path, "restore")
        except (ShopFileError, sqlite3.DatabaseError) as exc:  # a damaged shop
            if isinstance(exc, ShopFileError) and exc.code != "shop_damaged":
                raise
            kept = keep_damaged_copy(shop_path)
            conn.close()  # SQLite cannot write into it: the file is replaced whole
            replace_damaged(shop_path, backup)
            prune(shop_path)
            return kept
        restore_into(conn, backup)
        prune(shop_path)
        ensure_daily_cache(conn)
    return kept


def edit_products(shop_path: str | Path, changes: Iterable[FieldChange]) -> list[FieldChange]:
    """store.product_edits.set_product_fields under the lock; returns the undoing changes."""
    with writing(shop_path, who="edit") as conn:
        return set_product_fields(conn, changes)


def save_mapping(shop_path: str | Path, name: str, mapping: SavedMapping) -> None:
    with writing(shop_path, create=True, who="mapping") as conn:
        _save_mapping(conn, name, mapping)


def refresh_cache(shop_path: str | Path) -> bool:
    """Rebuild a stale daily cache (after an undo, or on opening a shop an older OpsDesk
    wrote); True if it did."""
    with writing(shop_path, who="cache") as conn:
        return ensure_daily_cache(conn)


def write_campaign_plan(shop_path: str | Path, save: CampaignPlan | None,
                        delete_id: int | None = None) -> int | None:
    """Save `save` (its id, new or not) or delete the plan `delete_id`."""
    with writing(shop_path, who="campaign plan") as conn:
        if delete_id is not None:
            delete_plan(conn, delete_id)
            return None
        return save_plan(conn, save)


def write_customer_rule(shop_path: str | Path, write: Callable[[sqlite3.Connection], object]):
    """A member-tier or saved-list change (store/customer_rules.py), under the lock."""
    with writing(shop_path, who="customer rule") as conn:
        return write(conn)


def write_target_factors(shop_path: str | Path, plan_id: int, rows: list) -> int:
    """A campaign's factor targets replaced and its GMV target set to their total."""
    from .models.campaigns.targets import save_targets

    with writing(shop_path, who="campaign targets") as conn:
        return save_targets(conn, plan_id, rows)


def restore_target_factors(shop_path: str | Path, plan_id: int, rows: list,
                           target_gmv_cents: int | None) -> None:
    """A campaign's factor targets and GMV target put back as they were (an undo)."""
    from .models.campaigns.targets import put_targets

    with writing(shop_path, who="campaign targets") as conn:
        put_targets(conn, plan_id, rows, target_gmv_cents)


def write_review_notes(shop_path: str | Path, plan_id: int, notes: list) -> list:
    """A campaign review's notes (problem → cause → action) replaced, under the lock."""
    with writing(shop_path, who="campaign review notes") as conn:
        return save_notes(conn, plan_id, notes)


def write_calendar_change(shop_path: str | Path, event_id: str,
                          change: CalendarChange | None) -> None:
    """The owner's version of a calendar event (None: back to the usual one), checked and
    written under the lock."""
    if change is not None and not change.removed:
        check_phases(change.event)
    with writing(shop_path, who="campaign calendar") as conn:
        write_change(conn, event_id, change)
