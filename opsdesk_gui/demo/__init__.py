"""The demo shop a new user opens on first start: two years of a made-up shop selling
on Taobao and 抖店, produced by writing the platforms' export files and importing them
through the real importers.

Modules, one job each: `events` (the calendar and its campaigns), `seasons` (daily
demand), `catalogue` (the SKUs), `people` (made-up buyers), `behaviour` (orders, payments,
shipping, refunds), `marketing` (traffic and ad spend), `exports` (writing the files),
`campaigns` (the owner's plans), `shop` (putting it together).
"""

from .shop import DemoSummary, build_demo_shop

__all__ = ["DemoSummary", "build_demo_shop"]
