"""A Shopify orders export (orders_export_1.csv) with invented buyers, shared by the
importer's tests and the window's (personal data masked on screen)."""

from exportfiles import write_csv


def write_dicts(path, header, records):
    """A CSV with Shopify's full header; each record names only the cells it fills."""
    unknown = {k for r in records for k in r} - set(header)
    assert not unknown, unknown
    return write_csv(path, header, [[r.get(h, "") for h in header] for r in records])


ORDER_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
    "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total",
    "Discount Code", "Discount Amount", "Shipping Method", "Created at",
    "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
    "Lineitem fulfillment status", "Billing Name", "Billing Phone", "Shipping City",
    "Shipping Province", "Shipping Country", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Refunded Amount", "Vendor", "Id", "Tags", "Source",
    "Lineitem discount", "Phone",
]

ORDERS = [
    # #1001: three line rows; the order's fields are on the first row only.
    # Lines: 2 x 20.00 - 5.00 discount = 35.00; 1 x 10.00; 1 x 10.00 -> 55.00 subtotal;
    # + 5.00 shipping + 4.40 taxes = 64.40 total.
    {"Name": "#1001", "Email": "Buyer.One@Example.com", "Financial Status": "paid",
     "Paid at": "2023-05-31 23:06:07 -0700", "Fulfillment Status": "fulfilled",
     "Currency": "USD", "Subtotal": "55.00", "Shipping": "5.00", "Taxes": "4.40",
     "Total": "64.40", "Discount Code": "WELCOME5", "Discount Amount": "5.00",
     "Created at": "2023-05-31 23:06:05 -0700", "Lineitem quantity": "2",
     "Lineitem name": "Classic Tee - Red / L", "Lineitem price": "$20.00",
     "Lineitem sku": "TEE-R-L", "Lineitem discount": "5.00", "Billing Name": "T. Buyer One",
     "Billing Phone": "'+1 613-555-0101", "Shipping City": "Ottawa",
     "Shipping Province": "ON", "Shipping Country": "CA", "Notes": "leave at door",
     "Note Attributes": "gift: yes\nwrap, colour: blue", "Refunded Amount": "0.00",
     "Id": "5000000000001", "Source": "web"},
    {"Name": "#1001", "Lineitem quantity": "1", "Lineitem name": "Mug",
     "Lineitem price": "10.00", "Lineitem sku": "MUG", "Lineitem discount": "0.00"},
    {"Name": "#1001", "Lineitem quantity": "1", "Lineitem name": "Sticker pack",
     "Lineitem price": "10.00", "Lineitem discount": "0.00"},
    # #1002: paid, then refunded in full and cancelled: keeps its payment time.
    {"Name": "#1002", "Email": "buyer2@example.com", "Financial Status": "refunded",
     "Paid at": "2023-06-01 10:00:00 -0700", "Fulfillment Status": "unfulfilled",
     "Currency": "USD", "Subtotal": "30.00", "Shipping": "0.00", "Taxes": "0.00",
     "Total": "30.00", "Discount Amount": "0.00", "Created at": "2023-06-01 09:59:00 -0700",
     "Lineitem quantity": "1", "Lineitem name": "Hoodie", "Lineitem price": "30.00",
     "Lineitem sku": "HOOD", "Billing Name": "Test Buyer Two",
     "Cancelled at": "2023-06-02 08:00:00 -0700", "Refunded Amount": "30.00"},
    # #1003: authorisation voided, never paid; euros; phone only (no e-mail).
    {"Name": "#1003", "Financial Status": "voided", "Fulfillment Status": "unfulfilled",
     "Currency": "EUR", "Subtotal": "25.00", "Shipping": "0.00", "Taxes": "0.00",
     "Total": "25.00", "Created at": "2023-06-03 11:00:00 +0200",
     "Lineitem quantity": "1", "Lineitem name": "Cap", "Lineitem price": "25.00",
     "Lineitem sku": "CAP", "Cancelled at": "2023-06-03 12:00:00 +0200",
     "Shipping City": "Berlin", "Shipping Country": "DE", "Phone": "'+44 7700 900001"},
    # #1004: partly refunded; the same buyer as #1001 (e-mail in other case); $ and
    # thousands commas.
    {"Name": "#1004", "Email": "buyer.one@example.com", "Financial Status":
     "partially_refunded", "Paid at": "2023-06-04 09:00:00 -0700",
     "Fulfillment Status": "fulfilled", "Currency": "USD", "Subtotal": "$1,234.50",
     "Shipping": "0.00", "Taxes": "0.00", "Total": "$1,234.50",
     "Created at": "2023-06-04 08:59:00 -0700", "Lineitem quantity": "3",
     "Lineitem name": "Lamp", "Lineitem price": "$411.50", "Lineitem sku": "LAMP",
     "Billing Name": "T. Buyer One", "Refunded Amount": "100.00"},
    # #1005: pending (not paid): kept, not a sale.
    {"Name": "#1005", "Email": "buyer2@example.com", "Financial Status": "pending",
     "Currency": "USD", "Subtotal": "10.00", "Shipping": "0.00", "Total": "10.00",
     "Created at": "2023-06-05 12:00:00 -0700", "Lineitem quantity": "1",
     "Lineitem name": "Mug", "Lineitem price": "10.00", "Lineitem sku": "MUG"},
]
