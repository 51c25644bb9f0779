"""The Customers tab's pages (用户运营): buyers, RFM segments, cohorts, lifetime value. Each
page computes in a worker from the shop's paid orders (models/customer_orders.py) and the
tab's settings strip (as-of day, window, segment vocabulary, F scoring)."""
