"""Shopify (orders, products, customers) and WooCommerce (products) exports: detection,
values worked out by hand, and the quirks (order fields on the first line row only,
image-only product rows, decimal commas)."""

import sqlite3

import pytest
from shopify_files import ORDER_HEADER, ORDERS, write_dicts

from opsdesk_gui.importers import reading
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.importers.presets.woocommerce import decimal_style


def rows(shop, sql, *params):
    with sqlite3.connect(shop) as conn:
        return conn.execute(sql, params).fetchall()


# --- Shopify orders (the file: tests/shopify_files.py) ---------------------------------

EXPECTED_ORDERS = [
    # order, buyer, status, created, paid, finished, currency, goods, postage, discount,
    # paid, refund, units, province, city
    ("#1001", "email:buyer.one@example.com", "shipped", "2023-05-31 23:06:05",
     "2023-05-31 23:06:07", None, "USD", 5500, 500, 500, 6440, 0, 4, "CA-ON", "Ottawa"),
    ("#1002", "email:buyer2@example.com", "refunded", "2023-06-01 09:59:00",
     "2023-06-01 10:00:00", "2023-06-02 08:00:00", "USD", 3000, 0, 0, 3000, 3000, 1,
     None, None),
    ("#1003", "phone:+447700900001", "closed", "2023-06-03 11:00:00", None,
     "2023-06-03 12:00:00", "EUR", 2500, 0, None, 2500, None, 1, "DE", "Berlin"),
    ("#1004", "email:buyer.one@example.com", "partly_refunded", "2023-06-04 08:59:00",
     "2023-06-04 09:00:00", None, "USD", 123450, 0, None, 123450, 10000, 3, None, None),
    ("#1005", "email:buyer2@example.com", "unpaid", "2023-06-05 12:00:00", None, None,
     "USD", 1000, 0, None, 1000, None, 1, None, None),
]
ORDER_SQL = ("SELECT order_id, buyer_id, status, created_at, paid_at, finished_at, currency, "
             "goods_cents, postage_cents, discount_cents, paid_cents, refund_cents, units, "
             "province, city FROM orders ORDER BY order_id")


@pytest.fixture
def orders_csv(tmp_path):
    return write_dicts(tmp_path / "orders_export_1.csv", ORDER_HEADER, ORDERS)


def test_shopify_orders_detected_and_values_exact(shop_path, orders_csv):
    summary = import_files(shop_path, [orders_csv])
    report = summary.files[0]
    assert (report.preset, report.kind) == ("shopify_orders", "order_lines")
    assert report.rows_read == 7 and report.rows_skipped == 0
    assert rows(shop_path, ORDER_SQL) == EXPECTED_ORDERS
    assert rows(shop_path, "SELECT order_id, line_id, sku, title, qty, unit_price_cents, "
                "amount_cents, status FROM order_lines ORDER BY order_id, line_id") == [
        ("#1001", "1", "TEE-R-L", "Classic Tee - Red / L", 2, 2000, 3500, "shipped"),
        ("#1001", "2", "MUG", "Mug", 1, 1000, 1000, "shipped"),
        # no SKU: filed under the line's name
        ("#1001", "3", "Sticker pack", "Sticker pack", 1, 1000, 1000, "shipped"),
        ("#1002", "1", "HOOD", "Hoodie", 1, 3000, 3000, "refunded"),
        ("#1003", "1", "CAP", "Cap", 1, 2500, 2500, "closed"),
        ("#1004", "1", "LAMP", "Lamp", 3, 41150, 123450, "partly_refunded"),
        ("#1005", "1", "MUG", "Mug", 1, 1000, 1000, "unpaid"),
    ]
    # one buyer per e-mail whatever its case; the phone-only buyer by its digits; a
    # buyer's later order (#1004: no phone, no address) fills in, never blanks out
    assert rows(shop_path, "SELECT buyer_id, name, phone, email, province, city FROM buyers "
                "ORDER BY buyer_id") == [
        ("email:buyer.one@example.com", "T. Buyer One", "+1 613-555-0101",
         "buyer.one@example.com", "CA-ON", "Ottawa"),
        ("email:buyer2@example.com", "Test Buyer Two", None, "buyer2@example.com", None, None),
        ("phone:+447700900001", None, "+44 7700 900001", None, "DE", "Berlin"),
    ]
    # sales: paid and not unpaid -> #1001, #1002, #1004 (refunds not subtracted)
    assert rows(shop_path, "SELECT count(*), sum(paid_cents) FROM orders "
                "WHERE paid_at IS NOT NULL AND status != 'unpaid'") == [(3, 6440 + 3000 + 123450)]


def test_shopify_order_split_across_chunks_keeps_its_first_row(
        tmp_path, orders_csv, monkeypatch):
    """With chunks of two rows #1001's third line comes alone in the second chunk: its
    blank order fields must not overwrite (nor reset the status to unpaid)."""
    whole = tmp_path / "whole.opsdesk"
    import_files(whole, [orders_csv])
    chunks = reading.Source.chunks
    monkeypatch.setattr(reading.Source, "chunks", lambda self, size=2: chunks(self, 2))
    split = tmp_path / "split.opsdesk"
    import_files(split, [orders_csv])
    assert rows(split, ORDER_SQL) == EXPECTED_ORDERS
    line_sql = "SELECT * FROM order_lines ORDER BY order_id, line_id"
    assert rows(split, line_sql) == rows(whole, line_sql)


def test_shopify_reimport_adds_nothing(shop_path, orders_csv):
    import_files(shop_path, [orders_csv])
    again = import_files(shop_path, [orders_csv], force=True)
    assert again.total("added") == 0 and again.total("updated") == 0


# --- Shopify customers ------------------------------------------------------------------

CUSTOMER_HEADER = [
    "Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
    "Default Address Company", "Default Address Address1", "Default Address Address2",
    "Default Address City", "Default Address Province Code", "Default Address Country Code",
    "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
    "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags",
]
CUSTOMERS = [
    {"Customer ID": "'6000000000001", "First Name": "Test", "Last Name": "Buyer One",
     "Email": "Buyer.One@example.com", "Default Address City": "Ottawa",
     "Default Address Province Code": "ON", "Default Address Country Code": "CA",
     "Phone": "'+16135550101", "Total Spent": "1298.90", "Total Orders": "2", "Tags": "vip"},
    # the voided order's buyer: no e-mail, the same phone written differently
    {"Customer ID": "'6000000000002", "First Name": "Test", "Last Name": "Buyer Three",
     "Phone": "'+447700900001", "Default Address Country Code": "DE",
     "Total Spent": "0.00", "Total Orders": "0"},
    # neither e-mail nor phone: filed under the customer ID
    {"Customer ID": "'6000000000003", "First Name": "Test", "Last Name": "Buyer Four",
     "Total Spent": "0.00", "Total Orders": "0"},
]


def test_shopify_customers_meet_the_orders_buyers(shop_path, orders_csv, tmp_path):
    customers = write_dicts(tmp_path / "customers_export.csv", CUSTOMER_HEADER, CUSTOMERS)
    import_files(shop_path, [orders_csv])
    summary = import_files(shop_path, [customers])
    assert summary.files[0].preset == "shopify_customers"
    # two of the three customers are buyers the orders already named
    assert (summary.counts["buyers"].added, summary.counts["buyers"].updated) == (1, 2)
    assert rows(shop_path, "SELECT buyer_id, name, phone, email, province, city FROM buyers "
                "ORDER BY buyer_id") == [
        ("email:buyer.one@example.com", "Test Buyer One", "+16135550101",
         "Buyer.One@example.com", "CA-ON", "Ottawa"),
        ("email:buyer2@example.com", "Test Buyer Two", None, "buyer2@example.com", None, None),
        ("id:6000000000003", "Test Buyer Four", None, None, None, None),
        ("phone:+447700900001", "Test Buyer Three", "+447700900001", None, "DE", "Berlin"),
    ]


# --- Shopify products -------------------------------------------------------------------

PRODUCT_HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags",
    "Published", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
    "Option3 Name", "Option3 Value", "Variant SKU", "Variant Grams",
    "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price",
    "Variant Requires Shipping", "Variant Taxable", "Variant Barcode", "Image Src",
    "Image Position", "Image Alt Text", "Gift Card", "Variant Image", "Variant Weight Unit",
    "Cost per item", "Status",
]
PRODUCTS = [
    {"Handle": "classic-tee", "Title": "Classic Tee", "Body (HTML)": "<p>Soft, cotton</p>",
     "Vendor": "Test Vendor", "Type": "Shirts", "Tags": "cotton, summer", "Published": "true",
     "Option1 Name": "Color", "Option1 Value": "Red", "Option2 Name": "Size",
     "Option2 Value": "L", "Variant SKU": "TEE-R-L", "Variant Inventory Qty": "12",
     "Variant Price": "20.00", "Image Src": "https://cdn.example.com/tee.jpg",
     "Image Position": "1", "Cost per item": "8.50", "Status": "active"},
    # a later variant: product fields left empty, and no SKU
    {"Handle": "classic-tee", "Option1 Value": "Blue", "Option2 Value": "L",
     "Variant Inventory Qty": "0", "Variant Price": "22.00", "Cost per item": "8.50"},
    # an image-only row
    {"Handle": "classic-tee", "Image Src": "https://cdn.example.com/tee-back.jpg",
     "Image Position": "2"},
    {"Handle": "mug", "Title": "Mug", "Type": "Kitchen", "Published": "false",
     "Option1 Name": "Title", "Option1 Value": "Default Title", "Variant SKU": "MUG",
     "Variant Inventory Qty": "30", "Variant Price": "$10.00", "Cost per item": "4.00",
     "Status": "draft"},
]


def test_shopify_products_carry_titles_and_skip_image_rows(shop_path, tmp_path):
    path = write_dicts(tmp_path / "products_export_1.csv", PRODUCT_HEADER, PRODUCTS)
    summary = import_files(shop_path, [path])
    report = summary.files[0]
    assert (report.preset, report.kind) == ("shopify_products", "products")
    assert (report.rows_read, report.rows_skipped) == (4, 1)
    assert report.warnings["skipped_image_only"].count == 1
    assert report.warnings["skipped_image_only"].row == 4  # header is row 1
    assert rows(shop_path, "SELECT sku, product_id, title, variant, category, tags, status, "
                "price_cents, cost_cents, stock FROM products ORDER BY sku") == [
        ("MUG", "mug", "Mug", None, "Kitchen", None, "draft", 1000, 400, 30),
        ("TEE-R-L", "classic-tee", "Classic Tee", "Red / L", "Shirts", "cotton, summer",
         "active", 2000, 850, 12),
        ("classic-tee/Blue/L", "classic-tee", "Classic Tee", "Blue / L", "Shirts",
         "cotton, summer", "active", 2200, 850, 0),
    ]


# --- WooCommerce products ---------------------------------------------------------------

WOO_HEADER = [
    "ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog",
    "Short description", "Description", "In stock?", "Stock", "Sale price", "Regular price",
    "Categories", "Tags", "Images", "Parent", "Cost of goods", "Attribute 1 name",
    "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
]
WOO = [
    {"ID": "10", "Type": "simple", "SKU": "WOO-MUG", "Name": "Mug", "Published": "1",
     "Stock": "25", "Regular price": "12,50", "Categories": "Kitchen", "Tags": "ceramic",
     "Cost of goods": "4,10"},
    {"ID": "11", "Type": "variable", "SKU": "HOOD", "Name": "Hoodie", "Published": "1",
     "Categories": "Clothing > Hoodies", "Tags": "warm", "Attribute 1 name": "Color",
     "Attribute 1 value(s)": "Red, Blue", "Attribute 1 visible": "1"},
    # a variation naming its parent by ID; this row writes decimal points
    {"ID": "12", "Type": "variation", "SKU": "HOOD-RED", "Name": "Hoodie - Red",
     "Published": "1", "Stock": "5", "Sale price": "39.90", "Regular price": "45.00",
     "Parent": "id:11", "Attribute 1 name": "Color", "Attribute 1 value(s)": "Red"},
    # a variation without its own SKU naming its parent by SKU; thousands dot
    {"ID": "13", "Type": "variation", "Name": "Hoodie - Blue", "Published": "0",
     "Stock": "2", "Regular price": "1.234,50", "Parent": "HOOD",
     "Attribute 1 name": "Color", "Attribute 1 value(s)": "Blue"},
    # ambiguous '1.234': 3 decimal-comma cells against 2 decimal-point cells -> 1234.00
    {"ID": "14", "Type": "simple", "SKU": "WOO-LAMP", "Name": "Lamp", "Published": "-1",
     "Stock": "3", "Regular price": "1.234", "Categories": "Lighting"},
]


def test_woocommerce_products_decimal_comma_and_variations(shop_path, tmp_path):
    path = write_dicts(tmp_path / "wc-product-export-1-6-2023.csv", WOO_HEADER, WOO)
    summary = import_files(shop_path, [path])
    report = summary.files[0]
    assert (report.preset, report.kind) == ("woocommerce_products", "products")
    assert (report.rows_read, report.rows_skipped) == (5, 1)
    assert report.warnings["skipped_variable_parent"].row == 3
    assert rows(shop_path, "SELECT sku, product_id, title, variant, category, tags, status, "
                "price_cents, cost_cents, stock FROM products ORDER BY sku") == [
        ("13", "11", "Hoodie - Blue", "Blue", "Clothing > Hoodies", "warm", "draft",
         123450, None, 2),
        ("HOOD-RED", "11", "Hoodie - Red", "Red", "Clothing > Hoodies", "warm", "active",
         3990, None, 5),
        ("WOO-LAMP", "14", "Lamp", None, "Lighting", None, "private", 123400, None, 3),
        ("WOO-MUG", "10", "Mug", None, "Kitchen", "ceramic", "active", 1250, 410, 25),
    ]


def test_woocommerce_ambiguous_price_in_a_decimal_point_file(shop_path, tmp_path):
    records = [
        {"ID": "1", "Type": "simple", "SKU": "A", "Name": "A", "Regular price": "19.99"},
        {"ID": "2", "Type": "simple", "SKU": "B", "Name": "B", "Regular price": "1,234"},
        {"ID": "3", "Type": "simple", "SKU": "C", "Name": "C", "Regular price": "7"},
    ]
    path = write_dicts(tmp_path / "products.csv", WOO_HEADER, records)
    import_files(shop_path, [path])
    assert rows(shop_path, "SELECT sku, price_cents FROM products ORDER BY sku") == [
        ("A", 1999), ("B", 123400), ("C", 700)]


@pytest.mark.parametrize(("text", "style"), [
    ("12,50", "comma"), ("12,5", "comma"), ("1.234,50", "comma"), ("1.234.567", "comma"),
    ("€ 12,50", "comma"), ("12.50", "dot"), ("1,234.50", "dot"), ("1,234,567", "dot"),
    ("$12.5", "dot"), ("1,234", None), ("1.234", None), ("12", None),
])
def test_decimal_style(text, style):
    assert decimal_style(text) == style
