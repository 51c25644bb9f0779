"""What a shop file holds: platforms, counts, the dates covered, the imports."""

from __future__ import annotations

import json
import sqlite3

COUNTED_TABLES = ("orders", "order_lines", "buyers", "products", "refunds", "traffic",
                  "ad_spend", "campaigns")


def shop_info(conn: sqlite3.Connection, recent_imports: int = 10) -> dict:
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}
    platforms = sorted(
        row[0] for row in conn.execute(
            "SELECT platform FROM orders UNION SELECT platform FROM traffic "
            "UNION SELECT platform FROM products"))
    first_order, last_order = conn.execute(
        "SELECT min(date(coalesce(paid_at, created_at))), "
        "max(date(coalesce(paid_at, created_at))) FROM orders").fetchone()
    first_traffic, last_traffic = conn.execute(
        "SELECT min(period_start), max(period_end) FROM traffic").fetchone()
    currencies = [row[0] for row in conn.execute(
        "SELECT currency FROM orders GROUP BY currency ORDER BY count(*) DESC")]
    imports = []
    for import_id, at, counted in conn.execute(
            "SELECT id, imported_at, counts FROM imports ORDER BY id DESC LIMIT ?",
            (recent_imports,)):
        files = [
            {"file": f, "preset": p, "kind": k, "rows_read": r, "rows_skipped": s}
            for f, p, k, r, s in conn.execute(
                "SELECT file_name, preset, kind, rows_read, rows_skipped FROM import_files "
                "WHERE import_id = ?", (import_id,))]
        imports.append({"id": import_id, "imported_at": at, "files": files,
                        "counts": json.loads(counted)})
    return {
        "platforms": platforms,
        "currencies": currencies,
        "counts": counts,
        "first_order_date": first_order,
        "last_order_date": last_order,
        "first_traffic_date": first_traffic,
        "last_traffic_date": last_traffic,
        "imports": imports,
    }
