"""The SQLite shop file: schema, migrations, merging, snapshots. No Qt."""

from .backups import list_backups, snapshot, undo_last_import
from .shop import SHOP_SUFFIX, open_shop

__all__ = ["SHOP_SUFFIX", "list_backups", "open_shop", "snapshot", "undo_last_import"]
