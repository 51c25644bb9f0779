"""Daily summaries of the sales, kept IN the shop file, so that a period's product and shop
metrics read thousands of rows, not millions. No Qt.

These tables are a cache, not schema: `ensure_daily_cache` (re)creates them, dropping
any older copy, and fills them in one transaction whenever the data they summarise has
changed. They are not in store/schema.py and have no migration: a file without them (or
with an older CACHE_VERSION) simply gets them rebuilt, and dropping them loses nothing.

Tables (money in integer cents; `day` = the first 10 characters of orders.paid_at):

- cache_sku_daily (platform, sku, currency, day): the sales of one product on one day.
  units, sales_cents (sum of line amounts, 商品销售额), orders (distinct orders), lines,
  refund_cents (the product's refunds that succeeded that day: each line's refund, below,
  spread over the days of its order's refund pieces, refund_days.py, in proportion),
  cohort_refund_cents (refunds OF the lines sold that day, on the day of the sale),
  return_cents (refund records whose order the file does not hold, e.g. a return
  invoice, counted on their own date: refunded_at, else requested_at), min_unit_cents (the
  lowest realised unit price, line amount / qty, REAL; NULL on a day with only returns).
- cache_sku (platform, sku, currency): every product with a row above, with the first and
  last day it sold on (first_day, last_day; NULL if it only has returns).
- cache_shop_daily (platform, currency, day): the orders of one day, as models/kpi.py
  counts them: gmv_cents (orders.paid_cents), paid_orders, units (the order's units, else
  its lines' qty), refund_cents and refunded_orders (the refunds that succeeded that day
  and the orders first refunded that day, refund_days.py; undated_refund_cents: the part
  without a date of its own, on its order's payment day), unmatched_refund_cents
  (succeeded refund records without an order in the file, by their own date, in the
  platform's home currency: the currency most of its orders are in), line_orders
  (orders with at least one line of qty > 0; the rest are 'orders without lines'),
  goods_cents and line_units (the lines' amounts and
  qty, over lines with a sku), nosku_lines and nosku_units (lines of qty > 0 without a
  sku, and their qty), lineless_units (the units of the orders without lines of qty > 0),
  negative_paid_cents (paid_cents of orders stating a negative payment: kpi.py's refund
  rule caps an order's refund at what was paid, so such an order adds its paid amount to
  the refunds), unmatched_refunds (how many refund records without an order) and
  buyerless_orders (orders whose buyer is approximate: rules.approximate_buyer).
  Paying buyers are NOT here: distinct buyers do not add up across days. They are in
  cache_day_ids (models/daily_ids.py) as numbers per day, to be unioned over a period.
- cache_home (platform, currency): orders (every order, any status) and last_day (the
  latest day of coalesce(paid_at, created_at)): the home currency (kpi.py's rule) and
  where the imported data ends, without a scan of the orders.
- cache_day_ids, cache_sku_no: per platform, currency and day, the paying buyers and the
  sold SKUs as arrays of numbers (models/daily_ids.py).
- cache_meta (key, value): 'version' (CACHE_VERSION) and 'stamp' (what the data looked like
  when the cache was built).

Which sales: orders with paid_at set and status != 'unpaid', lines with qty > 0 (a
negative line is a refund, never a negative sale) and a sku (lines without one cannot be
given to a product).

Refunds of lines. An order's refund (the kpi rule above) is given to its lines:
1. what is known per line: the line's own refund_cents, or the succeeded refund records
   that name the line (by line_id, else the first line of the order with the record's
   sku), whichever is larger, at most the line's amount;
2. the rest of the order's refund (refunds stated for the whole order) is spread over the
   lines in proportion to what is left of their amounts, cumulatively rounded half up so
   that the lines add up to exactly that rest; a line never gets more than its amount (a
   refund of the postage has no product).

Cost: a rebuild reads every sale line once (about 5 s for 1,000,000 lines on a 2-core
machine, 0.5 s for 100,000: bench/bench_products.py), so the app runs it in a worker, e.g.
after an import; a fresh cache costs a few count(*) reads per call.

Staleness: the stamp is (the newest import that changed orders, order lines or refunds,
then count(*) and max(rowid) of orders, order_lines and refunds). Every write of these
tables goes through an import, which is recorded in `imports` with its counts. Undoing an
import restores the whole file, cache included, as it was before: its cache carries the
stamp of its own data, so it is used as is when it was fresh then, rebuilt otherwise. Code
that ever writes these tables outside an import must call `invalidate_daily_cache`.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager

from .daily_ids import ID_TABLES, build_day_ids
from .refund_days import refund_pieces_sql
from .rules import approximate_buyer, order_refund, pick_home, refund_time, sale, succeeded

CACHE_VERSION = 5  # 4: buyerless_orders counted only orders without buyer_id

_TABLES = """
CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE cache_sku_daily (
    platform TEXT NOT NULL, sku TEXT NOT NULL, currency TEXT NOT NULL, day TEXT NOT NULL,
    units INTEGER NOT NULL, sales_cents INTEGER NOT NULL, orders INTEGER NOT NULL,
    lines INTEGER NOT NULL, refund_cents INTEGER NOT NULL, return_cents INTEGER NOT NULL,
    min_unit_cents REAL, cohort_refund_cents INTEGER NOT NULL,
    PRIMARY KEY (platform, sku, currency, day)) WITHOUT ROWID;
CREATE TABLE cache_sku (
    platform TEXT NOT NULL, sku TEXT NOT NULL, currency TEXT NOT NULL,
    first_day TEXT, last_day TEXT,
    PRIMARY KEY (platform, sku, currency)) WITHOUT ROWID;
CREATE TABLE cache_shop_daily (
    platform TEXT NOT NULL, currency TEXT NOT NULL, day TEXT NOT NULL,
    gmv_cents INTEGER NOT NULL, paid_orders INTEGER NOT NULL, units INTEGER NOT NULL,
    refund_cents INTEGER NOT NULL, refunded_orders INTEGER NOT NULL,
    unmatched_refund_cents INTEGER NOT NULL, line_orders INTEGER NOT NULL,
    goods_cents INTEGER NOT NULL, line_units INTEGER NOT NULL,
    nosku_lines INTEGER NOT NULL, nosku_units INTEGER NOT NULL,
    lineless_units INTEGER NOT NULL, negative_paid_cents INTEGER NOT NULL,
    unmatched_refunds INTEGER NOT NULL, undated_refund_cents INTEGER NOT NULL,
    buyerless_orders INTEGER NOT NULL,
    PRIMARY KEY (platform, currency, day)) WITHOUT ROWID;
CREATE TABLE cache_home (
    platform TEXT NOT NULL, currency TEXT NOT NULL, orders INTEGER NOT NULL, last_day TEXT,
    PRIMARY KEY (platform, currency)) WITHOUT ROWID;
"""
CACHE_TABLES = ("cache_sku_daily", "cache_sku", "cache_shop_daily", "cache_home",
                *ID_TABLES, "cache_meta")

_SUCCEEDED = succeeded("r")
_SALE = sale("o")
_TOUCHING = ("orders", "order_lines", "refunds")

# The newest import that added or updated rows of the tables the cache summarises (an
# import whose counts cannot be read counts as one).
_LAST_IMPORT_SQL = "SELECT max(id) FROM imports WHERE NOT json_valid(counts) OR " + " OR ".join(
    f"coalesce(json_extract(counts, '$.{t}.added'), 0) "
    f"+ coalesce(json_extract(counts, '$.{t}.updated'), 0) > 0" for t in _TOUCHING)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def data_stamp(conn: sqlite3.Connection) -> str:
    """What the summarised data looks like now (see the module docstring)."""
    parts: list = [conn.execute(_LAST_IMPORT_SQL).fetchone()[0]]
    for table in _TOUCHING:  # apart: count(*) alone reads the smallest index only
        parts.append(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        parts.append(conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0])
    return json.dumps([CACHE_VERSION, *parts])


def _tables_exist(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        f"({', '.join('?' * len(CACHE_TABLES))})", CACHE_TABLES).fetchone()[0]
    return found == len(CACHE_TABLES)


def _stored_stamp(conn: sqlite3.Connection) -> str | None:
    if not _tables_exist(conn):
        return None
    row = conn.execute("SELECT value FROM cache_meta WHERE key = 'stamp'").fetchone()
    return row[0] if row else None


def cache_is_fresh(conn: sqlite3.Connection) -> bool:
    return _stored_stamp(conn) == data_stamp(conn)


def invalidate_daily_cache(conn: sqlite3.Connection) -> None:
    """Mark the cache stale (for writers of orders/lines/refunds other than imports)."""
    if _tables_exist(conn):
        conn.execute("DELETE FROM cache_meta WHERE key = 'stamp'")


SCRATCH = "opsdesk_dc_scratch"


@contextmanager
def _transaction(conn: sqlite3.Connection):
    """BEGIN IMMEDIATE with an in-memory scratch database attached (ATTACH is not allowed
    inside a transaction), or a savepoint inside the caller's transaction with the scratch
    tables in TEMP. Yields the scratch schema's name."""
    nested = conn.in_transaction
    if nested:
        conn.execute("SAVEPOINT daily_cache")
    else:
        conn.execute(f"ATTACH DATABASE ':memory:' AS {SCRATCH}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except BaseException:
            conn.execute(f"DETACH DATABASE {SCRATCH}")
            raise
    try:
        yield "temp" if nested else SCRATCH
    except BaseException:
        if nested:
            conn.execute("ROLLBACK TO daily_cache")
            conn.execute("RELEASE daily_cache")
        else:
            conn.execute("ROLLBACK")
            conn.execute(f"DETACH DATABASE {SCRATCH}")
        raise
    if nested:
        conn.execute("RELEASE daily_cache")
    else:
        conn.execute("COMMIT")
        conn.execute(f"DETACH DATABASE {SCRATCH}")


def ensure_daily_cache(conn: sqlite3.Connection) -> bool:
    """Rebuild the cache tables if they are missing or stale; True if it rebuilt them.

    Cheap when fresh (a few count(*) reads). The rebuild runs in one transaction (a
    savepoint when the caller has one open), so readers see the old cache or the new one.
    """
    if _stored_stamp(conn) == data_stamp(conn):
        return False
    with _transaction(conn) as scratch:
        stamp = data_stamp(conn)  # again, now that we hold the write lock
        if _stored_stamp(conn) == stamp:
            return False
        _rebuild(conn, stamp, scratch)
    return True


# --- the rebuild ------------------------------------------------------------------------

# One pass over the sale orders in paid_at order (so the aggregate's day-first keys arrive
# almost in order) and their lines, folded into one row per (day, platform, currency, sku)
# by upserting (SQLite's GROUP BY would sort all the lines: slower). An order's lines
# arrive together (CROSS JOIN keeps orders as the outer loop), so `orders` counts an order
# once even when several of its lines share a sku (last_order is the order last counted).
# The unary + keeps SQLite from scanning order_lines by its sku index instead.
_SKU_PASS = f"""
INSERT INTO scratch.dc_sku (day, platform, sku, currency, units, sales, orders, lines,
                         last_order, min_unit, refund, returns)
SELECT substr(o.paid_at, 1, 10), l.platform, l.sku, o.currency, l.qty,
       coalesce(l.amount_cents, 0), 1, 1, o.rowid, coalesce(l.amount_cents, 0) * 1.0 / l.qty,
       0, 0
FROM orders AS o INDEXED BY orders_by_paid_at
CROSS JOIN order_lines AS l ON l.platform = o.platform AND l.order_id = o.order_id
WHERE {_SALE} AND l.qty > 0 AND +l.sku IS NOT NULL
ON CONFLICT DO UPDATE SET
    units = units + excluded.units, sales = sales + excluded.sales,
    orders = orders + (last_order != excluded.last_order),
    lines = lines + 1, last_order = excluded.last_order,
    min_unit = min(min_unit, excluded.min_unit)
"""

# One pass over the sale orders (table order: the aggregate is tiny) for the shop's days.
# line_orders first counts orders with any line: the EXISTS is answered by the lines' key
# index alone; _LINELESS then takes back the orders whose lines all have no qty > 0.
_SHOP_PASS = f"""
INSERT INTO scratch.dc_shop (day, platform, currency, gmv, orders, units, line_orders,
                             lineless_units, negative_paid, buyerless)
SELECT day, platform, currency, paid, 1, units, has_lines,
       CASE WHEN has_lines THEN 0 ELSE units END, min(paid, 0), buyerless
FROM (SELECT substr(o.paid_at, 1, 10) AS day, o.platform, o.currency,
             {approximate_buyer('o')} AS buyerless,
             coalesce(o.paid_cents, 0) AS paid,
             coalesce(o.units, (SELECT sum(l.qty) FROM order_lines l
                                WHERE l.platform = o.platform AND l.order_id = o.order_id
                                  AND l.qty > 0), 0) AS units,
             EXISTS (SELECT 1 FROM order_lines l
                     WHERE l.platform = o.platform AND l.order_id = o.order_id) AS has_lines
      FROM orders AS o NOT INDEXED
      WHERE {_SALE})
WHERE true
ON CONFLICT DO UPDATE SET
    gmv = gmv + excluded.gmv, orders = orders + 1, units = units + excluded.units,
    line_orders = line_orders + excluded.line_orders,
    lineless_units = lineless_units + excluded.lineless_units,
    negative_paid = negative_paid + excluded.negative_paid,
    buyerless = buyerless + excluded.buyerless
"""
_LINELESS = f"""
UPDATE scratch.dc_shop AS k SET line_orders = k.line_orders - a.n,
                                lineless_units = k.lineless_units + a.units FROM (
    SELECT substr(o.paid_at, 1, 10) AS day, o.platform, o.currency, count(*) AS n,
           sum(coalesce(o.units, 0)) AS units
    FROM (SELECT DISTINCT platform, order_id FROM order_lines NOT INDEXED
          WHERE NOT qty > 0 OR qty IS NULL) AS q
    CROSS JOIN orders o ON o.platform = q.platform AND o.order_id = q.order_id
    WHERE {_SALE} AND NOT EXISTS (
        SELECT 1 FROM order_lines l
        WHERE l.platform = q.platform AND l.order_id = q.order_id AND l.qty > 0)
    GROUP BY 1, 2, 3) AS a
WHERE k.day = a.day AND k.platform = a.platform AND k.currency = a.currency
"""
# Sale lines without a sku: no product, so no cost (kpi.py counts them as uncosted).
_NOSKU = f"""
UPDATE scratch.dc_shop AS k SET nosku_lines = a.n, nosku_units = a.units FROM (
    SELECT substr(o.paid_at, 1, 10) AS day, o.platform, o.currency, count(*) AS n,
           sum(l.qty) AS units
    FROM order_lines l CROSS JOIN orders o
      ON o.platform = l.platform AND o.order_id = l.order_id
    WHERE l.sku IS NULL AND l.qty > 0 AND {_SALE}
    GROUP BY 1, 2, 3) AS a
WHERE k.day = a.day AND k.platform = a.platform AND k.currency = a.currency
"""

# Sale orders with a refund, as kpi.py states it per order.
_REFUND_ORDERS = [
    "INSERT OR IGNORE INTO scratch.dc_rorder (platform, order_id) "
    "SELECT platform, order_id FROM orders NOT INDEXED WHERE refund_cents > 0",
    "INSERT OR IGNORE INTO scratch.dc_rorder (platform, order_id) "
    "SELECT platform, order_id FROM order_lines NOT INDEXED WHERE refund_cents > 0",
    f"INSERT OR IGNORE INTO scratch.dc_rorder (platform, order_id) "
    f"SELECT platform, order_id FROM refunds r WHERE order_id IS NOT NULL "
    f"AND r.amount_cents > 0 AND {_SUCCEEDED}",
    f"""UPDATE scratch.dc_rorder AS x SET (day, currency, refund) = (
           SELECT substr(o.paid_at, 1, 10), o.currency, {order_refund("o")}
           FROM orders o
           WHERE o.platform = x.platform AND o.order_id = x.order_id AND {_SALE})""",
    "DELETE FROM scratch.dc_rorder WHERE day IS NULL OR NOT refund > 0",
    # their lines
    """INSERT INTO scratch.dc_rline (lid, platform, order_id, line_id, sku, currency, day,
                                  amount, line_refund, record)
       SELECT l.rowid, l.platform, l.order_id, l.line_id, l.sku, x.currency, x.day,
              max(coalesce(l.amount_cents, 0), 0), max(coalesce(l.refund_cents, 0), 0), 0
       FROM scratch.dc_rorder x CROSS JOIN order_lines l
         ON l.platform = x.platform AND l.order_id = x.order_id
       WHERE l.qty > 0""",
    "CREATE INDEX scratch.dc_rline_by_order ON dc_rline (platform, order_id)",
    # succeeded refund records, each on the line it names (line_id, else the first line
    # with its sku); records naming no line stay with the order
    f"""UPDATE scratch.dc_rline AS t SET record = a.amount FROM (
           SELECT target, sum(amount) AS amount FROM (
               SELECT r.amount_cents AS amount, coalesce(
                   (SELECT min(d.lid) FROM scratch.dc_rline d WHERE d.platform = r.platform
                      AND d.order_id = r.order_id AND d.line_id = r.line_id),
                   (SELECT min(d.lid) FROM scratch.dc_rline d WHERE d.platform = r.platform
                      AND d.order_id = r.order_id AND d.sku = r.sku)) AS target
               FROM scratch.dc_rorder x JOIN refunds r
                 ON r.platform = x.platform AND r.order_id = x.order_id
               WHERE {_SUCCEEDED} AND r.amount_cents > 0)
           WHERE target IS NOT NULL GROUP BY target) AS a
       WHERE t.lid = a.target""",
    "UPDATE scratch.dc_rline SET known = min(amount, max(line_refund, record))",
    # the rest of each order's refund, spread over what is left of its lines' amounts
    # (H = their sum): all of it when the rest covers H, else line k gets
    # round(rest * cum_k / H) - round(rest * cum_(k-1) / H), rounding half up
    """UPDATE scratch.dc_rorder AS x SET (stated, total) = (
           SELECT coalesce(sum(d.known), 0), coalesce(sum(d.amount - d.known), 0)
           FROM scratch.dc_rline d WHERE d.platform = x.platform AND d.order_id = x.order_id)""",
    "UPDATE scratch.dc_rorder SET rest = max(0, refund - stated)",
    """UPDATE scratch.dc_rline AS t SET refund = CASE
           WHEN x.rest = 0 OR x.total <= 0 THEN t.known
           WHEN x.rest >= x.total THEN t.amount END
       FROM scratch.dc_rorder x WHERE x.platform = t.platform AND x.order_id = t.order_id""",
    """WITH per AS (
           SELECT lid, platform, order_id, amount - known AS h,
                  sum(amount - known) OVER (PARTITION BY platform, order_id ORDER BY lid
                                            ROWS UNBOUNDED PRECEDING) AS cum
           FROM scratch.dc_rline WHERE refund IS NULL)
       UPDATE scratch.dc_rline AS t SET refund = t.known
           + (2 * x.rest * p.cum + x.total) / (2 * x.total)
           - (2 * x.rest * (p.cum - p.h) + x.total) / (2 * x.total)
       FROM per p JOIN scratch.dc_rorder x
         ON x.platform = p.platform AND x.order_id = p.order_id
       WHERE t.lid = p.lid""",
    # the cohort: refunds of the lines, on the day of the sale
    """UPDATE scratch.dc_sku AS k SET cohort = a.refund FROM (
           SELECT day, platform, sku, currency, sum(refund) AS refund FROM scratch.dc_rline
           WHERE sku IS NOT NULL GROUP BY day, platform, sku, currency) AS a
       WHERE k.day = a.day AND k.platform = a.platform AND k.sku = a.sku
         AND k.currency = a.currency""",
    # the pieces of the orders' refunds, each on its own day (refund_days.py)
    f"""INSERT INTO scratch.dc_piece (platform, order_id, currency, day, amount, dated, first)
        SELECT platform, order_id, currency, day, amount, dated, first
        FROM ({refund_pieces_sql("SELECT platform, order_id FROM scratch.dc_rorder")})""",
    "CREATE INDEX scratch.dc_piece_by_order ON dc_piece (platform, order_id, day)",
    # the shop's refunds on the day they succeeded
    """INSERT INTO scratch.dc_shop (day, platform, currency, gmv, orders, units, line_orders,
                                    refund, refunded, undated)
       SELECT day, platform, currency, 0, 0, 0, 0, sum(amount), sum(first),
              sum(CASE WHEN dated THEN 0 ELSE amount END)
       FROM scratch.dc_piece WHERE true GROUP BY day, platform, currency
       ORDER BY day, platform, currency
       ON CONFLICT DO UPDATE SET refund = refund + excluded.refund,
                                 refunded = refunded + excluded.refunded,
                                 undated = undated + excluded.undated""",
    # a line's refund on the days of its order's pieces, in proportion to them (the
    # cumulative share rounded half up, so that the days add up to the line's refund)
    """WITH per AS (
           SELECT l.platform, l.sku, l.currency, p.day, l.refund, x.refund AS whole,
                  sum(p.amount) OVER (PARTITION BY l.lid ORDER BY p.day, p.dated, p.rowid
                                      ROWS UNBOUNDED PRECEDING) AS cum, p.amount
           FROM scratch.dc_rline l
           JOIN scratch.dc_rorder x ON x.platform = l.platform AND x.order_id = l.order_id
           JOIN scratch.dc_piece p ON p.platform = l.platform AND p.order_id = l.order_id
           WHERE l.sku IS NOT NULL AND l.refund > 0 AND x.refund > 0 AND p.amount > 0)
       INSERT INTO scratch.dc_sku (day, platform, sku, currency, units, sales, orders, lines,
                                   last_order, min_unit, refund, returns)
       SELECT day, platform, sku, currency, 0, 0, 0, 0, NULL, NULL, sum(share), 0 FROM (
           SELECT day, platform, sku, currency,
                  (2 * refund * cum + whole) / (2 * whole)
                  - (2 * refund * (cum - amount) + whole) / (2 * whole) AS share
           FROM per) WHERE true
       GROUP BY day, platform, currency, sku
       ORDER BY day, platform, currency, sku
       ON CONFLICT DO UPDATE SET refund = refund + excluded.refund""",
]

# Succeeded refund records whose order the file does not hold, by their own date.
_UNMATCHED = f"""
SELECT r.platform, substr({refund_time("r")}, 1, 10) AS day, r.sku, r.currency,
       sum(r.amount_cents), count(*)
FROM refunds r
WHERE {_SUCCEEDED} AND {refund_time("r")} IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.platform = r.platform
                  AND o.order_id = r.order_id)
GROUP BY 1, 2, 3, 4
"""

# Orders per platform and currency, counted by upserting into a tiny table: one scan of
# the orders, no sort of them.
_HOME_COUNT = """
INSERT INTO scratch.dc_home (platform, currency, n, last_day)
SELECT platform, currency, 1, substr(coalesce(paid_at, created_at), 1, 10)
FROM orders NOT INDEXED WHERE true
ON CONFLICT DO UPDATE SET n = n + 1, last_day = max(coalesce(last_day, excluded.last_day),
                                                    coalesce(excluded.last_day, last_day))
"""
_HOME_COUNTS = "SELECT platform, currency, n FROM scratch.dc_home"

_TEMP = """
CREATE TABLE scratch.dc_sku (
    day TEXT, platform TEXT, sku TEXT, currency TEXT, units INTEGER, sales INTEGER,
    orders INTEGER, lines INTEGER, last_order INTEGER, min_unit REAL, refund INTEGER,
    returns INTEGER, cohort INTEGER DEFAULT 0,
    PRIMARY KEY (day, platform, currency, sku)) WITHOUT ROWID;
CREATE TABLE scratch.dc_shop (
    day TEXT, platform TEXT, currency TEXT, gmv INTEGER, orders INTEGER, units INTEGER,
    line_orders INTEGER, refund INTEGER DEFAULT 0, refunded INTEGER DEFAULT 0,
    unmatched INTEGER DEFAULT 0, lineless_units INTEGER DEFAULT 0,
    negative_paid INTEGER DEFAULT 0, nosku_lines INTEGER DEFAULT 0,
    nosku_units INTEGER DEFAULT 0, unmatched_n INTEGER DEFAULT 0,
    undated INTEGER DEFAULT 0, buyerless INTEGER DEFAULT 0,
    PRIMARY KEY (day, platform, currency)) WITHOUT ROWID;
CREATE TABLE scratch.dc_rorder (
    platform TEXT, order_id TEXT, day TEXT, currency TEXT, refund INTEGER, stated INTEGER,
    total INTEGER, rest INTEGER,
    PRIMARY KEY (platform, order_id)) WITHOUT ROWID;
CREATE TABLE scratch.dc_rline (
    lid INTEGER PRIMARY KEY, platform TEXT, order_id TEXT, line_id TEXT, sku TEXT,
    currency TEXT, day TEXT, amount INTEGER, line_refund INTEGER, record INTEGER,
    known INTEGER, refund INTEGER);
CREATE TABLE scratch.dc_piece (
    platform TEXT, order_id TEXT, currency TEXT, day TEXT, amount INTEGER, dated INTEGER,
    first INTEGER);
CREATE TABLE scratch.dc_home (
    platform TEXT, currency TEXT, n INTEGER, last_day TEXT,
    PRIMARY KEY (platform, currency)) WITHOUT ROWID
"""
_TEMP_NAMES = ("dc_sku", "dc_shop", "dc_rorder", "dc_rline", "dc_piece", "dc_home")

class _Scratch:
    """Runs the build's statements with `scratch.` naming the scratch schema."""

    def __init__(self, conn: sqlite3.Connection, schema: str) -> None:
        self.conn, self.schema = conn, schema

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql.replace("scratch.", f"{self.schema}."), params)

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        return self.conn.executemany(sql.replace("scratch.", f"{self.schema}."), rows)

    def drop(self) -> None:
        for name in _TEMP_NAMES:
            self.execute(f"DROP TABLE IF EXISTS scratch.{name}")


def _rebuild(conn: sqlite3.Connection, stamp: str, schema: str) -> None:
    for table in CACHE_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS main.{table}")
    for statement in _statements(_TABLES):
        conn.execute(statement)
    db = _Scratch(conn, schema)
    db.drop()
    try:
        for statement in _statements(_TEMP):
            db.execute(statement)
        db.execute(_SKU_PASS)
        db.execute(_SHOP_PASS)
        db.execute(_LINELESS)
        db.execute(_NOSKU)
        for statement in _REFUND_ORDERS:
            db.execute(statement)
        db.execute(_HOME_COUNT)
        _add_unmatched(db)
        db.execute("""
            INSERT INTO cache_sku_daily (platform, sku, currency, day, units, sales_cents,
                orders, lines, refund_cents, return_cents, min_unit_cents,
                cohort_refund_cents)
            SELECT platform, sku, currency, day, units, sales, orders, lines, refund,
                   returns, min_unit, cohort
            FROM scratch.dc_sku ORDER BY platform, sku, currency, day""")
        db.execute("""
            INSERT INTO cache_sku (platform, sku, currency, first_day, last_day)
            SELECT platform, sku, currency, min(CASE WHEN units > 0 THEN day END),
                   max(CASE WHEN units > 0 THEN day END)
            FROM cache_sku_daily GROUP BY platform, sku, currency""")
        db.execute("""
            INSERT INTO cache_shop_daily (platform, currency, day, gmv_cents, paid_orders,
                units, refund_cents, refunded_orders, unmatched_refund_cents, line_orders,
                goods_cents, line_units, nosku_lines, nosku_units, lineless_units,
                negative_paid_cents, unmatched_refunds, undated_refund_cents,
                buyerless_orders)
            SELECT s.platform, s.currency, s.day, s.gmv, s.orders, s.units, s.refund,
                   s.refunded, s.unmatched, s.line_orders,
                   coalesce(g.sales, 0), coalesce(g.units, 0), s.nosku_lines, s.nosku_units,
                   s.lineless_units, s.negative_paid, s.unmatched_n,
                   s.undated + s.negative_paid, s.buyerless
            FROM scratch.dc_shop s LEFT JOIN (
                SELECT day, platform, currency, sum(sales) AS sales, sum(units) AS units
                FROM scratch.dc_sku GROUP BY day, platform, currency) g
              ON g.day = s.day AND g.platform = s.platform AND g.currency = s.currency
            ORDER BY s.platform, s.currency, s.day""")
        db.execute("INSERT INTO cache_home (platform, currency, orders, last_day) "
                   "SELECT platform, currency, n, last_day FROM scratch.dc_home")
        build_day_ids(conn)
        conn.executemany("INSERT INTO cache_meta (key, value) VALUES (?, ?)",
                         [("version", str(CACHE_VERSION)), ("stamp", stamp)])
    finally:
        db.drop()


def _add_unmatched(conn: _Scratch) -> None:
    """Refund records without their order: the product's returns and the shop's unmatched
    refunds, on their own date, in their own currency, else the platform's home currency."""
    found = conn.execute(_UNMATCHED).fetchall()
    if not found:
        return
    counts: dict[str, dict[str, int]] = {p: {} for p, *_ in found}
    for p, currency, n in conn.execute(_HOME_COUNTS):
        counts.setdefault(p, {})[currency] = n
    home = {p: pick_home(c) for p, c in counts.items()}
    rows = [(p, day, sku, currency or home[p], amount, n)
            for p, day, sku, currency, amount, n in found]
    conn.executemany(
        """INSERT INTO scratch.dc_sku (day, platform, sku, currency, units, sales, orders, lines,
                                    last_order, min_unit, refund, returns)
           VALUES (?, ?, ?, ?, 0, 0, 0, 0, NULL, NULL, 0, ?)
           ON CONFLICT DO UPDATE SET returns = returns + excluded.returns""",
        [(day, p, sku, currency, amount) for p, day, sku, currency, amount, _ in rows
         if sku is not None])
    conn.executemany(
        """INSERT INTO scratch.dc_shop (day, platform, currency, gmv, orders, units, line_orders,
                                     unmatched, unmatched_n)
           VALUES (?, ?, ?, 0, 0, 0, 0, ?, ?)
           ON CONFLICT DO UPDATE SET unmatched = unmatched + excluded.unmatched,
                                     unmatched_n = unmatched_n + excluded.unmatched_n""",
        [(day, p, currency, amount, n) for p, day, _, currency, amount, n in rows])
