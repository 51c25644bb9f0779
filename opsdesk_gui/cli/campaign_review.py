"""`opsdesk campaign review|pace`: the campaign's review (复盘) and its pace during the event,
the same figures as the Campaigns tab (registered by cli/campaign.py)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..errors import OpsDeskError
from ..models.campaigns.notes_storage import read_notes
from ..models.campaigns.pace import campaign_pace
from ..models.campaigns.review import review_beside
from ..models.campaigns.storage import find_plan
from ..models.campaigns.targets import read_targets, starting_targets, total_gmv
from ..models.shop_reading import reading
from ..money import format_cents
from .options import _day


def add_review_parsers(sub) -> None:
    review = sub.add_parser("review", help="the review (复盘) of a campaign: target, actual, "
                            "expected without it, lift, cost, ROI, new buyers, by phase")
    review.add_argument("--shop", required=True)
    review.add_argument("--name", required=True)
    review.add_argument("--against", metavar="NAME",
                        help="the campaign shown beside it (default: the last event of the "
                        "same name, e.g. 双11 2025 for 双11 2026)")
    review.add_argument("--json", action="store_true")
    review.add_argument("--pdf", type=Path, metavar="OUT", help="also print it to a PDF")
    review.add_argument("--xlsx", type=Path, metavar="OUT", help="also write it as a workbook")
    review.add_argument("--language", choices=("zh_CN", "en"),
                        help="the PDF's and workbook's language (default: the system's)")
    pace = sub.add_parser("pace", help="a campaign's figures to date against its target curve")
    pace.add_argument("--shop", required=True)
    pace.add_argument("--name", required=True)
    pace.add_argument("--as-of", type=_day, metavar="DATE",
                      help="the last day counted (default: the last day with sales imported)")
    pace.add_argument("--json", action="store_true")
    targets = sub.add_parser("targets", help="a campaign's target factor by factor (visitors × "
                             "conversion × 客单价, new buyers) per phase and platform: the saved "
                             "ones, else where they start")
    targets.add_argument("--shop", required=True)
    targets.add_argument("--name", required=True)
    targets.add_argument("--json", action="store_true")


def _load(args, build):
    with reading(args.shop) as conn:
        plan = find_plan(conn, args.name)
        if plan is None:
            raise OpsDeskError("no_such_campaign", {"name": args.name, "path": args.shop})
        return build(conn, plan)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:+.1f}%"


def run_review(args: argparse.Namespace) -> int:
    review, beside, notes = _load(args, lambda conn, plan: (
        *review_beside(conn, plan, find_plan, args.against), read_notes(conn, plan.id)))
    data = review.to_dict()
    data["beside"] = beside.to_dict() if beside is not None else None
    data["notes"] = [n.to_dict() for n in notes]
    if args.pdf or args.xlsx:
        from .campaign_review_pdf import write_review_documents

        try:
            write_review_documents(review, beside, notes, Path(args.shop).stem, args.pdf, args.xlsx,
                                   args.language)
        except OSError as exc:
            print(f"opsdesk: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"{data['campaign']} {data['from']}..{data['to']} ({data['currency']})")
    if not review.started:
        print(f"  starts on {data['from']}: no sales of its days imported yet")
        return 0
    seasonal = review.seasonal
    print(f"  GMV {data['gmv']}  target {data['target_gmv'] or '-'}  expected "
          f"{data['expected_gmv']}"
          f"{'' if seasonal is None else f' (seasonal ratio {float(seasonal.ratio):.3f})'}"
          f"  lift {_percent(review.lift)}")
    cost = data["cost"]
    print(f"  cost {cost['total']} (ads {cost['ads']}, discounts {cost['discounts']}, "
          f"gifts {cost['gifts']})  ROI {'-' if review.roi is None else f'{review.roi:.2f}'}")
    repeat = data["new_buyer_repeat_30d"]
    print(f"  new buyers {data['new_buyers']}, bought again within 30 days: "
          f"{'after ' + data['new_buyer_repeat_until'] if repeat is None else repeat}")
    for phase in review.by_phase:
        print(f"  {phase.key:<7} {phase.period.start}..{phase.period.end}  GMV "
              f"{format_cents(phase.gmv)}  target {format_cents(phase.target) or '-'}  "
              f"expected {format_cents(phase.expected)}  lift {_percent(phase.lift)}")
    if beside is not None:
        print(f"  beside {beside.plan.name} {beside.period.start}..{beside.period.end}: GMV "
              f"{format_cents(beside.gmv)}  lift {_percent(beside.lift)}")
    return 0


def run_pace(args: argparse.Namespace) -> int:
    as_of: date | None = args.as_of
    pace = _load(args, lambda conn, plan: campaign_pace(conn, plan, as_of))
    data = pace.to_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"{data['campaign']} as of {data['as_of']}: day {data['days_elapsed']} of "
          f"{data['days_elapsed'] + data['days_left']}")
    print(f"  GMV {data['gmv']}  target to date {data['target_to_date'] or '-'}  projected "
          f"{data['projected_gmv'] or '-'}  spend {data['spend']}")
    for p in data["products"]:
        flag = "  runs out before the end" if p["runs_out"] else ""
        print(f"  {p['sku']:<12} units {p['units']:<5} stock {p['stock']}{flag}")
    return 0


def run_targets(args: argparse.Namespace) -> int:
    def build(conn, plan):
        saved = read_targets(conn, plan.id) if plan.id is not None else []
        return plan, saved, starting_targets(conn, plan, find_plan)

    plan, saved, (start, source, event) = _load(args, build)
    rows = saved or start
    data = {"campaign": plan.name, "saved": bool(saved),
            "source": "saved" if saved else source, "event": None if saved else event,
            "target_gmv": format_cents(total_gmv(rows)),
            "plan_target_gmv": format_cents(plan.target_gmv_cents),
            "rows": [r.to_dict() for r in rows]}
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    origin = "saved with the plan" if saved else (
        f"starting from {event}" if event else "starting from the 28 days before")
    print(f"{plan.name}: target {data['target_gmv']} ({origin}); the plan's GMV target "
          f"{data['plan_target_gmv'] or '-'}")
    for r in data["rows"]:
        print(f"  {r['phase']:<7} {r['platform']:<12} visitors {r['visitors']:<8} conversion "
              f"{r['conversion'] * 100:.2f}%  客单价 {r['aov']}  GMV {r['gmv']}  new "
              f"{r['new_buyers']} returning {r['returning_buyers']}")
    return 0
