"""The Campaigns tab's tables as frames: the plans and the calendar (shown texts)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from ...models.campaigns.calendar import CalendarEvent
from ...models.campaigns.plan import CampaignPlan
from ...printed.campaign_texts import status_names, translate
from ..labels import platform_name


def plans_frame(plans: list[CampaignPlan], today: date) -> pd.DataFrame:
    statuses = status_names()
    return pd.DataFrame(
        {
            "name": [p.name for p in plans],
            "platform": [
                platform_name(p.platform) if p.platform else translate("Campaigns", "All platforms")
                for p in plans
            ],
            "registration": [p.registration_deadline or "" for p in plans],
            "start": [p.start for p in plans],
            "end": [p.end for p in plans],
            "status": [statuses[p.status(today)] for p in plans],
            "products": pd.array([len(p.products) for p in plans], dtype="Int64"),
            "target": pd.array([p.target_gmv_cents for p in plans], dtype="Int64"),
        }
    )


def calendar_frame(
    events: list[CalendarEvent], plans: list[CampaignPlan], today: date
) -> pd.DataFrame:
    """The events of the calendar not planned yet (`event_id`: which one), and the shop's
    plans of this year and the next (a planned event shows the plan's own dates)."""
    planned = {p.name for p in plans}
    rows = [
        {
            "name": e.name,
            "source": translate("Campaigns", "Own event") if e.key == "own"
            else translate("Campaigns", "Platform calendar"),
            "registration": e.registration_deadline.isoformat(),
            "warmup": e.warmup_start.isoformat(),
            "start": e.start.isoformat(),
            "end": e.end.isoformat(),
            "encore": e.encore_end.isoformat(),
            "planned": "",
            "event_id": e.event_id,
        }
        for e in events
        if e.name not in planned
    ]
    rows += [
        {
            "name": p.name,
            "source": translate("Campaigns", "Shop plan"),
            "registration": p.registration_deadline or "",
            "warmup": p.warmup_start or "",
            "start": p.start,
            "end": p.end,
            "encore": p.encore_end or "",
            "planned": translate("Campaigns", "yes"),
            "event_id": "",
        }
        for p in plans
        if p.end[:4] >= str(today.year)
    ]
    frame = pd.DataFrame(
        rows,
        columns=["name", "source", "registration", "warmup", "start", "end", "encore", "planned",
                 "event_id"],
    )
    return frame.sort_values("start", kind="stable").reset_index(drop=True)
