"""The printed registration checklist for `opsdesk campaign check --pdf`, drawn by Qt
offscreen the way `opsdesk report` draws its PDF (Qt is imported only here, when asked)."""

from __future__ import annotations

from pathlib import Path

from ..models.campaigns.checklist import Checklist
from ..models.campaigns.plan import CampaignPlan
from .report import _qt_application


def write_checklist_pdf(plan: CampaignPlan, checklist: Checklist, shop_name: str, pdf: Path,
                        language: str | None) -> Path:
    app = _qt_application()  # noqa: F841 - lives while the document is drawn
    from ..i18n import install
    from ..printed.campaign_texts import checklist_labels
    from ..printed.pdf import save_pdf
    from ..reports.campaign_checklist import checklist_html

    install(language or "")
    labels = checklist_labels([plan.platform] if plan.platform else [])
    return save_pdf(checklist_html(plan, checklist, labels, shop_name), pdf, landscape=False,
                    title=f"{shop_name} {plan.name}")
