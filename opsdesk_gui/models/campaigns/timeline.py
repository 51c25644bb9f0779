"""The task timeline of a plan, counted back from its registration deadline
(T-60/45/30/21/14/7/0): goals first, assets two weeks before, changes frozen in the last
week. No Qt; the task keys are translated on screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .plan import CampaignPlan, Task, default_deadline

# (key, days before the registration deadline, owner role)
DEFAULT_TASKS: tuple[tuple[str, int, str], ...] = (
    ("goals_budget", 60, "owner"),          # targets and budget agreed
    ("products_stock", 45, "operator"),     # products chosen, stock ordered
    ("prices_mechanics", 30, "operator"),   # campaign prices and offers set
    ("registration_sheet", 21, "operator"),  # registration sheet filled, checklist run
    ("assets", 14, "designer"),             # images and detail pages delivered
    ("freeze", 7, "operator"),              # no more changes; back-office settings entered
    ("register", 0, "operator"),            # registration submitted
)


def default_tasks(plan: CampaignPlan) -> tuple[Task, ...]:
    deadline = date.fromisoformat(plan.registration_deadline or default_deadline(plan.start))
    return tuple(Task(key, offset, owner, (deadline - timedelta(days=offset)).isoformat())
                 for key, offset, owner in DEFAULT_TASKS)


def tasks_of(plan: CampaignPlan) -> tuple[Task, ...]:
    """The plan's own tasks, else the default timeline."""
    return plan.tasks or default_tasks(plan)


def moved_tasks(plan: CampaignPlan, before: CampaignPlan) -> tuple[Task, ...]:
    """The timeline counted back from the plan's (new) deadline; the owners and statuses of
    the tasks `before` had stay."""
    kept = {t.key: t for t in before.tasks}
    return tuple(replace(t, owner=kept[t.key].owner, status=kept[t.key].status)
                 if t.key in kept else t for t in default_tasks(plan))


def overdue(tasks: tuple[Task, ...], today: date) -> list[Task]:
    return [t for t in tasks if t.status != "done" and date.fromisoformat(t.due_on) < today]
