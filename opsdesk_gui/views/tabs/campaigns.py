"""Campaigns (活动运营): the owner's campaign plans. Mechanics, checklists, promotion
maths and pace come in their own issue."""

from __future__ import annotations

from ...models.listings import campaigns_table
from ..labels import campaign_kind_name, count_text, platform_name
from ..listing_tab import ListingTab
from ..table import Column


class CampaignsTab(ListingTab):
    key = "campaigns"

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Campaign")),
            Column("platform_name", self.tr("Platform")),
            Column("kind", self.tr("Kind")),
            Column("mechanic", self.tr("Mechanic"), tooltip=self.tr(
                "满减, 折扣, 秒杀, 优惠券, 赠品, 预售, 拼团")),
            Column("starts_on", self.tr("Starts"), "date"),
            Column("ends_on", self.tr("Ends"), "date"),
            Column("target_gmv_cents", self.tr("GMV target"), "money"),
            Column("budget_cents", self.tr("Budget"), "money"),
            Column("notes", self.tr("Notes")),
        ]

    @staticmethod
    def load(conn, selection):
        frame = campaigns_table(conn, selection.platform)
        frame.insert(1, "platform_name", frame["platform"].map(platform_name))
        frame["kind"] = frame["kind"].map(campaign_kind_name)
        return frame

    def describe(self, frame, selection) -> str:
        period = selection.period
        running = int(((frame["starts_on"] <= period.end.isoformat())
                       & (frame["ends_on"] >= period.start.isoformat())).sum()) if len(
            frame) else 0
        return self.tr("{count} campaigns, {running} of them in {period}").format(
            count=count_text(len(frame)), running=count_text(running), period=str(period))
