"""Customers (用户运营): buyers with their history. Names and phones are masked until
the owner unmasks them. RFM, cohorts and tiers come in their own issue."""

from __future__ import annotations

from ...models.listings import buyers_table
from ..labels import count_text, platform_name
from ..listing_tab import ListingTab
from ..table import Column


class CustomersTab(ListingTab):
    key = "customers"

    def columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("buyer_id", self.tr("Buyer"), "id", self.tr("The platform's buyer ID"),
                   personal="buyer_id"),
            Column("name", self.tr("Name"), personal="name"),
            Column("phone", self.tr("Phone"), personal="phone"),
            Column("province", self.tr("Province")),
            Column("city", self.tr("City")),
            Column("orders", self.tr("Orders"), "int", self.tr("Paid orders, all time")),
            Column("spent_cents", self.tr("Spent"), "money",
                   self.tr("What the buyer paid, all time, postage included")),
            Column("first_paid_at", self.tr("First order"), "datetime"),
            Column("last_paid_at", self.tr("Last order"), "datetime"),
            Column("period_orders", self.tr("Orders in period"), "int"),
            Column("period_spent_cents", self.tr("Spent in period"), "money"),
        ]

    @staticmethod
    def load(conn, selection):
        frame = buyers_table(conn, selection.period, selection.platform)
        frame.insert(0, "platform_name", frame["platform"].map(platform_name))
        return frame

    def describe(self, frame, selection) -> str:
        active = int((frame["period_orders"] > 0).sum()) if len(frame) else 0
        return self.tr("{buyers} buyers, {active} bought in {period}").format(
            buyers=count_text(len(frame)), active=count_text(active),
            period=str(selection.period))
