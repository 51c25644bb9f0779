"""The SQLite shop file: schema, migrations, merging, snapshots, the one writer. No Qt."""

from .backups import list_backups, snapshot
from .shop import SHOP_SUFFIX, open_for_reading, open_shop
from .undo import plan_undo, undo_last_import
from .writer import writing

__all__ = ["SHOP_SUFFIX", "list_backups", "open_for_reading", "open_shop", "plan_undo",
           "snapshot", "undo_last_import", "writing"]
