"""The campaign review's wording in the current language: the result line, the figures
with how each is worked out, the phases; and the same as tables for the printed review
and its workbook (Review page, File → Print, `opsdesk campaign review --pdf/--xlsx`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..models.campaigns.review import CampaignReview
from ..models.campaigns.review_notes import ReviewNote
from ..reports.review_html import money_text
from .names import platform_name

translate = QCoreApplication.translate  # lupdate reads translate("CampaignReview", "…")


def phase_names() -> dict[str, str]:
    return {
        "warmup": translate("CampaignReview", "Warm-up"),
        "peak": translate("CampaignReview", "Peak"),
        "encore": translate("CampaignReview", "Encore"),
    }


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:+.1f}%"


def money_shown(cents: int | None) -> str:
    """12345678 -> '123,456.78': thousands grouped, on the page and on paper."""
    return "-" if cents is None else money_text(cents)


def expected_how(review: CampaignReview) -> str:
    """Which baseline the expected GMV used."""
    text = translate("CampaignReview", "same weekdays of {first}..{last}").format(
        first=review.baseline.period.start, last=review.baseline.period.end
    )
    if review.baseline_left_out:
        text += translate("CampaignReview", ", without {days} days of other events").format(
            days=review.baseline_left_out)
    seasonal = review.seasonal
    if seasonal is None:
        return text
    return text + translate(
        "CampaignReview",
        " × seasonal ratio {ratio:.3f} (a year earlier: {season} ÷ {base})",
    ).format(
        ratio=float(seasonal.ratio),
        season=f"{seasonal.season.start}..{seasonal.season.end}",
        base=f"{seasonal.base.start}..{seasonal.base.end}",
    )


def figure_rows(review: CampaignReview) -> list[tuple[str, str, str]]:
    """(figure, value, how it is worked out) in the current language."""
    k, cost, new = review.kpis, review.cost, review.new
    roi = "-" if review.roi is None else f"{review.roi:.2f}"
    repeat = (
        translate("CampaignReview", "known after {day}").format(day=new.repeat_until)
        if new.repeat_30d is None
        else f"{new.repeat_30d:,}"
    )
    factors = review.vs_target
    base = review.vs_baseline
    names = {
        "visitors": translate("CampaignReview", "visitors"),
        "conversion": translate("CampaignReview", "conversion"),
        "aov": translate("CampaignReview", "客单价"),
    }
    missed = [names[f] for f, v in factors.items() if v is not None and v < 0]
    return [
        (
            translate("CampaignReview", "GMV (支付金额)"),
            money_shown(review.gmv),
            translate("CampaignReview", "as the KPI page over the event's days"),
        ),
        (
            translate("CampaignReview", "Target"),
            money_shown(review.target_gmv),
            translate("CampaignReview", "{share} reached").format(
                share="-"
                if review.target_reached is None
                else f"{review.target_reached * 100:.1f}%"
            ),
        ),
        (
            translate("CampaignReview", "Expected without the event"),
            money_shown(review.expected_gmv),
            expected_how(review),
        ),
        (
            translate("CampaignReview", "Lift"),
            _percent(review.lift),
            translate("CampaignReview", "GMV ÷ expected − 1"),
        ),
        (
            translate("CampaignReview", "Cost"),
            money_shown(cost.total),
            translate("CampaignReview", "ads {ads} + discounts {discounts} + gifts {gifts}").format(
                ads=money_shown(cost.ads),
                discounts=money_shown(cost.discounts),
                gifts=money_shown(cost.gifts),
            ),
        ),
        (translate("CampaignReview", "ROI"), roi, translate("CampaignReview", "GMV ÷ cost")),
        (
            translate("CampaignReview", "New buyers"),
            f"{new.new:,}",
            translate("CampaignReview", "{share} of the {buyers} buyers known by id").format(
                share="-" if new.share is None else f"{new.share * 100:.1f}%",
                buyers=f"{new.buyers:,}",
            ) + ("" if review.target_new_buyers is None else translate(
                "CampaignReview", "; target {target}").format(target=review.target_new_buyers)),
        ),
        (
            translate("CampaignReview", "New buyers who bought again within 30 days"),
            repeat,
            translate("CampaignReview", "by {day}").format(day=new.repeat_until),
        ),
        (
            translate("CampaignReview", "Refunds of the event's orders"),
            money_shown(k.refund_amount),
            translate("CampaignReview", "of which {amount} after the event ({count})").format(
                amount=money_shown(review.late_refunds.amount), count=review.late_refunds.count
            ),
        ),
        (
            translate("CampaignReview", "Gross margin after discounts"),
            "-" if k.gross_margin is None else f"{k.gross_margin * 100:.1f}%",
            "",
        ),
        (
            translate("CampaignReview", "Against the target"),
            ", ".join(
                f"{names[f]} {_percent(v)}" for f, v in factors.items()
            ),
            translate("CampaignReview", "missed: {factors}").format(
                factors=", ".join(missed) or "-"
            ),
        ),
        (
            translate("CampaignReview", "Against the baseline"),
            ", ".join(f"{names[f]} {_percent(v)}" for f, v in base.items()),
            translate("CampaignReview", "log shares of the GMV gap"),
        ),
    ]


def result_line(review: CampaignReview) -> str:
    return translate(
        "CampaignReview",
        "{name} {first}..{last}: GMV {gmv}, {share} of the target, lift {lift}, ROI {roi}",
    ).format(
        name=review.plan.name,
        first=review.period.start,
        last=review.period.end,
        gmv=money_shown(review.gmv),
        lift=_percent(review.lift),
        share="-" if review.target_reached is None else f"{review.target_reached:.0%}",
        roi="-" if review.roi is None else f"{review.roi:.2f}",
    )


Block = tuple[str, list[str], list[list[str]], list[bool]]  # heading, headers, columns, numeric


def _block(heading: str, headers: list[str], rows: list[tuple], numeric: list[bool]) -> Block:
    columns = [[str(row[c]) for row in rows] for c in range(len(headers))]
    return heading, headers, columns, numeric


def last_event_title(last: CampaignReview | None) -> str:
    return last.plan.name if last is not None else translate("CampaignReview", "Last event")


def figure_rows_beside(
    review: CampaignReview, last: CampaignReview | None
) -> list[tuple[str, str, str, str]]:
    """(figure, value, the last event's value, how): the two events side by side."""
    rows = figure_rows(review)
    before = [r[1] for r in figure_rows(last)] if last is not None else ["-"] * len(rows)
    return [(f, v, b, how) for (f, v, how), b in zip(rows, before, strict=True)]


def figure_frame(review: CampaignReview, last: CampaignReview | None):
    import pandas as pd

    return pd.DataFrame(
        figure_rows_beside(review, last), columns=["figure", "value", "last", "how"]
    )


def review_blocks(
    review: CampaignReview,
    last: CampaignReview | None = None,
    notes: list[ReviewNote] | None = None,
) -> list[Block]:
    """The printed review's tables (shown texts): result and figures beside the last event
    of the same name, phases, days, products."""
    names = phase_names()
    phases = [
        (
            names[p.key],
            p.period.start,
            p.period.end,
            money_shown(p.gmv),
            money_shown(p.target),
            money_shown(p.expected),
            _percent(p.lift),
        )
        for p in review.by_phase
    ]
    platforms = platform_rows(review)
    days = [(d, money_shown(g), money_shown(e)) for d, g, e in review.daily]
    products = [(p.sku, p.title or "", p.units, money_shown(p.amount)) for p in review.products]
    return [
        _block(
            result_line(review),
            [
                translate("CampaignReview", "Figure"),
                translate("CampaignReview", "Value"),
                last_event_title(last),
                translate("CampaignReview", "How"),
            ],
            figure_rows_beside(review, last),
            [False, True, True, False],
        ),
        _block(
            translate("CampaignReview", "By phase"),
            [
                translate("CampaignReview", "Phase"),
                translate("CampaignReview", "From"),
                translate("CampaignReview", "To"),
                translate("CampaignReview", "GMV"),
                translate("CampaignReview", "Target"),
                translate("CampaignReview", "Expected"),
                translate("CampaignReview", "Lift"),
            ],
            phases,
            [False] * 3 + [True] * 4,
        ),
        _block(translate("CampaignReview", "By platform"), platform_headers(), platforms,
               [False] + [True] * 5),
        _block(
            translate("CampaignReview", "By day"),
            [
                translate("CampaignReview", "Day"),
                translate("CampaignReview", "GMV"),
                translate("CampaignReview", "Expected"),
            ],
            days,
            [False, True, True],
        ),
        _block(
            translate("CampaignReview", "Best sellers"),
            [
                translate("CampaignReview", "SKU"),
                translate("CampaignReview", "Title"),
                translate("CampaignReview", "Units"),
                translate("CampaignReview", "Paid"),
            ],
            products,
            [False, False, True, True],
        ),
        _block(
            translate("CampaignReview", "Notes: problem → cause → action"),
            note_headers(),
            [
                (n.problem, n.cause, n.action, n.owner, n.due_on or "")
                for n in notes or []
                if not n.empty
            ],
            [False] * 5,
        ),
    ]


def platform_headers() -> list[str]:
    return [
        translate("CampaignReview", "Platform"),
        translate("CampaignReview", "GMV"),
        translate("CampaignReview", "Paying buyers"),
        translate("CampaignReview", "Expected"),
        translate("CampaignReview", "Lift"),
        translate("CampaignReview", "Ads"),
    ]


def platform_rows(review: CampaignReview) -> list[tuple[str, str, str, str, str, str]]:
    """Each selling platform's GMV, buyers, expected GMV, lift and ads, as shown."""
    return [
        (
            platform_name(p.platform),
            money_shown(p.gmv),
            f"{p.paying_buyers:,}",
            money_shown(p.expected),
            _percent(p.lift),
            money_shown(p.ads),
        )
        for p in review.by_platform
    ]


def sheet_titles() -> list[str]:
    """The workbook's sheet per block of review_blocks (the first is the review itself)."""
    return [
        translate("CampaignReview", "Campaign review (复盘)"),
        translate("CampaignReview", "By phase"),
        translate("CampaignReview", "By platform"),
        translate("CampaignReview", "By day"),
        translate("CampaignReview", "Best sellers"),
        translate("CampaignReview", "Notes"),
    ]


def note_headers() -> list[str]:
    return [
        translate("CampaignReview", "Problem"),
        translate("CampaignReview", "Cause"),
        translate("CampaignReview", "Action"),
        translate("CampaignReview", "Owner"),
        translate("CampaignReview", "Due (YYYY-MM-DD)"),
    ]
