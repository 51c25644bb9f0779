"""The shop file's schema and its ordered migrations.

Conventions (docs/shop-file.md):
- IDs are TEXT, money is INTEGER cents (`*_cents`), times are TEXT
  'YYYY-MM-DD HH:MM:SS' in the shop's local wall-clock time, dates 'YYYY-MM-DD'.
- `platform` is part of every natural key, so one file can merge several storefronts.
- `PRAGMA application_id` marks a file as a shop file; `PRAGMA user_version` is its
  schema version. A migration only ever adds: migration N takes a version N-1 file to N.
"""

from __future__ import annotations

APPLICATION_ID = 0x4F505344  # "OPSD"

_V1 = """
CREATE TABLE products (
    platform TEXT NOT NULL,
    sku TEXT NOT NULL,              -- merchant code (商家编码), else the platform's item id
    product_id TEXT,                -- the platform's item id (商品ID)
    title TEXT,
    variant TEXT,
    category TEXT,
    tags TEXT,
    status TEXT,
    currency TEXT,
    price_cents INTEGER,
    cost_cents INTEGER,             -- unit cost of goods
    stock INTEGER,
    safety_stock INTEGER,
    lead_time_days INTEGER,
    PRIMARY KEY (platform, sku)
);

-- Personal data lives here only; it is masked on screen and in exports.
CREATE TABLE buyers (
    platform TEXT NOT NULL,
    buyer_id TEXT NOT NULL,
    name TEXT,
    phone TEXT,
    email TEXT,
    address TEXT,
    province TEXT,
    city TEXT,
    PRIMARY KEY (platform, buyer_id)
);

CREATE TABLE orders (
    platform TEXT NOT NULL,
    order_id TEXT NOT NULL,
    buyer_id TEXT,
    store TEXT,                     -- the storefront's name (店铺名称)
    status TEXT NOT NULL,           -- unpaid|paid|shipped|completed|closed|refunded|partly_refunded
    created_at TEXT,
    paid_at TEXT,                   -- NULL: never paid, so not a sale
    finished_at TEXT,
    currency TEXT NOT NULL DEFAULT 'CNY',
    goods_cents INTEGER,            -- 买家应付货款
    postage_cents INTEGER,          -- 买家应付邮费
    discount_cents INTEGER,
    paid_cents INTEGER,             -- 买家实际支付金额: what the buyer paid, postage included
    refund_cents INTEGER,           -- the order's refunded amount as the order export states it
    units INTEGER,
    province TEXT,
    city TEXT,
    PRIMARY KEY (platform, order_id)
);
CREATE INDEX orders_by_paid_at ON orders (paid_at);
CREATE INDEX orders_by_buyer ON orders (platform, buyer_id);

CREATE TABLE order_lines (
    platform TEXT NOT NULL,
    order_id TEXT NOT NULL,
    line_id TEXT NOT NULL,          -- 子订单编号, else the line's position in its order
    sku TEXT,
    product_id TEXT,
    title TEXT,
    variant TEXT,
    qty INTEGER,
    unit_price_cents INTEGER,
    amount_cents INTEGER,           -- what the line was paid, else price x qty
    refund_cents INTEGER,
    status TEXT,
    PRIMARY KEY (platform, order_id, line_id),
    FOREIGN KEY (platform, order_id) REFERENCES orders (platform, order_id) ON DELETE CASCADE
);
CREATE INDEX order_lines_by_sku ON order_lines (platform, sku);

-- After-sales records: refunds and returns with their reasons. `order_id` may name an
-- order the shop file does not hold (a return invoice); such a refund counts by its date.
CREATE TABLE refunds (
    platform TEXT NOT NULL,
    refund_id TEXT NOT NULL,
    order_id TEXT,
    line_id TEXT,
    buyer_id TEXT,
    sku TEXT,
    title TEXT,
    qty INTEGER,
    amount_cents INTEGER NOT NULL,
    reason TEXT,
    status TEXT,                    -- succeeded|pending|closed: only succeeded moves money
    requested_at TEXT,
    refunded_at TEXT,
    PRIMARY KEY (platform, refund_id)
);
CREATE INDEX refunds_by_order ON refunds (platform, order_id);

-- Visitors are de-duplicated within the period a row was exported for, so they do not
-- add up across days: every row keeps its period.
CREATE TABLE traffic (
    platform TEXT NOT NULL,
    scope TEXT NOT NULL,            -- shop|product|source
    subject TEXT NOT NULL DEFAULT '',  -- product id, or 'level1/level2/level3' source
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,       -- inclusive
    visitors INTEGER,
    page_views INTEGER,
    bounce_rate REAL,
    avg_stay_seconds REAL,
    favorite_buyers INTEGER,
    add_cart_buyers INTEGER,
    add_cart_units INTEGER,
    order_buyers INTEGER,
    order_units INTEGER,
    order_cents INTEGER,
    paid_buyers INTEGER,
    paid_units INTEGER,
    paid_cents INTEGER,
    new_visitors INTEGER,
    search_visitors INTEGER,
    refund_cents INTEGER,
    PRIMARY KEY (platform, scope, subject, period_start, period_end)
);

CREATE TABLE ad_spend (
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    campaign TEXT NOT NULL DEFAULT '',
    day TEXT NOT NULL,
    spend_cents INTEGER NOT NULL,
    impressions INTEGER,
    clicks INTEGER,
    orders INTEGER,
    gmv_cents INTEGER,
    new_buyers INTEGER,
    PRIMARY KEY (platform, channel, campaign, day)
);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    platform TEXT,
    name TEXT NOT NULL,
    kind TEXT,                      -- platform|category|shop
    mechanic TEXT,                  -- 满减|折扣|秒杀|优惠券|赠品|预售|拼团
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    target_gmv_cents INTEGER,
    budget_cents INTEGER,
    notes TEXT
);

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    counts TEXT NOT NULL            -- JSON: {table: {added, updated, unchanged}}
);

CREATE TABLE import_files (
    import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    preset TEXT NOT NULL,
    kind TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_skipped INTEGER NOT NULL,
    warnings TEXT NOT NULL          -- JSON list of {code, row, column, count}
);
CREATE INDEX import_files_by_sha ON import_files (sha256);

CREATE TABLE column_mappings (
    name TEXT PRIMARY KEY,
    mapping TEXT NOT NULL,          -- JSON {field: header}
    updated_at TEXT NOT NULL
);
"""

# A refund keeps its own currency (a return line of a generic export states it); NULL:
# its order's currency, else the platform's home currency (models/rules.py).
_REFUND_CURRENCY = """
ALTER TABLE refunds ADD COLUMN currency TEXT;
"""

# The owner's edits, so that undoing an import replays the edits made after it
# (store/backups.py). `after_import`: the newest import when the edit was made.
_EDITS_LOG = """
CREATE TABLE edits (
    id INTEGER PRIMARY KEY,
    made_at TEXT NOT NULL,
    after_import INTEGER,
    kind TEXT NOT NULL,             -- product_fields
    changes TEXT NOT NULL           -- JSON list of what was set
);
CREATE INDEX edits_by_import ON edits (after_import);
"""

# Campaign plans (docs/campaigns.md): the phases as columns, the mechanics, targets, budget,
# settings, manual checklist items and tasks as JSON in `plan`; the products of a plan with
# their campaign price and reserved stock. Rows written before (v1) read as plans with the
# default settings.
_CAMPAIGN_PLANS = """
ALTER TABLE campaigns ADD COLUMN registration_deadline TEXT;
ALTER TABLE campaigns ADD COLUMN warmup_starts_on TEXT;
ALTER TABLE campaigns ADD COLUMN encore_ends_on TEXT;
ALTER TABLE campaigns ADD COLUMN plan TEXT;
CREATE TABLE campaign_products (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    sku TEXT NOT NULL,
    campaign_price_cents INTEGER,
    reserved_stock INTEGER,
    flash_cap INTEGER,
    position INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, platform, sku)
);
"""

# The owner's customer rules (store/customer_rules.py): member tiers and saved
# re-activation lists, each a JSON rule under a kind and a name.
_CUSTOMER_RULES = """
CREATE TABLE customer_rules (
    kind TEXT NOT NULL,             -- tiers|list
    name TEXT NOT NULL,
    rule TEXT NOT NULL,             -- JSON (models/customer_rules.py)
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, name)
);
"""

# The review's notes (复盘: problem → cause → action, with owner and due date), per plan;
# imports never touch them.
_CAMPAIGN_REVIEW_NOTES = """
CREATE TABLE campaign_review_notes (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    problem TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    PRIMARY KEY (campaign_id, position)
);
"""

# Who the buyer of an order is, where the export carries no buyer ID (抖店, 拼多多, 快手):
# 'receiver': buyer_id is made from the receiver's name + phone as exported (a buyers row
# keeps them), so the buyer is approximate; 'none': the export named no receiver either.
# NULL: the export's own buyer ID, or (buyer_id NULL) an order imported before receivers
# were kept, whose buyer is unknown until its export is imported again.
_BUYER_SOURCE = """
ALTER TABLE orders ADD COLUMN buyer_source TEXT;
"""

# The owner's campaign calendar (models/campaigns/calendar_storage.py): a prefilled
# platform event with the owner's dates ('double11:2026'), one removed, or one added
# ('own:<n>'); imports never touch it.
_CAMPAIGN_CALENDAR = """
CREATE TABLE campaign_calendar (
    event_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,             -- the prefilled event's key, or 'own'
    name TEXT NOT NULL,
    registration_deadline TEXT NOT NULL,
    warmup_starts_on TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    encore_ends_on TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0
);
"""

# A campaign's target factor by factor (models/campaigns/targets.py), one row per phase and
# platform; the owner's, like the plan.
_CAMPAIGN_TARGET_FACTORS = """
CREATE TABLE campaign_target_factors (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    phase TEXT NOT NULL,
    platform TEXT NOT NULL,
    visitors INTEGER NOT NULL,
    conversion REAL NOT NULL,
    aov_cents INTEGER NOT NULL,
    new_share REAL NOT NULL,
    PRIMARY KEY (campaign_id, phase, platform)
);
"""

# MIGRATIONS[i] takes a file from version i to version i + 1.
MIGRATIONS: list[str] = [_V1, _REFUND_CURRENCY, _EDITS_LOG, _CAMPAIGN_PLANS, _CUSTOMER_RULES,
                         _CAMPAIGN_REVIEW_NOTES, _BUYER_SOURCE, _CAMPAIGN_CALENDAR,
                         _CAMPAIGN_TARGET_FACTORS]
LATEST_VERSION = len(MIGRATIONS)

# Tables that only the owner writes (imports never do): undoing an import keeps them as
# they are now, so a plan, a rule or the edits log made after the import are not lost.
# In an order that satisfies the foreign keys.
OWNER_TABLES = ("campaigns", "campaign_products", "campaign_review_notes", "customer_rules",
                "column_mappings", "edits", "campaign_calendar", "campaign_target_factors")
