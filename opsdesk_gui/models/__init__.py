"""Metrics over the shop file, in pandas and SQL. No Qt."""
