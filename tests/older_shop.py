"""A shop file as the version before this one left it: without what the last migration
creates (whichever migration that is), at the version before."""

import re
import sqlite3

from opsdesk_gui.store.schema import LATEST_VERSION, MIGRATIONS


def make_previous_version(conn: sqlite3.Connection) -> None:
    for table in re.findall(r"CREATE TABLE (\w+)", MIGRATIONS[-1]):
        conn.execute(f"DROP TABLE {table}")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION - 1}")
