"""Campaigns before the event (活动运营, domain.md §4): the plan, the calendar of platform
events, the task timeline, the registration checklist and the promotion maths. No Qt."""
