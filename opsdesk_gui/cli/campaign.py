"""`opsdesk campaign add|list|check|price|review|pace|targets`: campaign plans, their
registration checklist and the promotion maths, the same figures as the Campaigns tab."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..errors import OpsDeskError
from ..importers.cleaning import CellContext, clean_money
from ..models.campaigns.basket import parse_basket_line, stack_basket
from ..models.campaigns.checklist import check_plan, default_check_day
from ..models.campaigns.plan import CampaignPlan
from ..models.campaigns.stacking import (
    STEP_ORDER,
    BadOffer,
    Offers,
    margin,
    parse_tier,
    price_table,
)
from ..models.campaigns.storage import find_plan, list_plans, save_plan
from ..models.campaigns.timeline import default_tasks
from ..models.shop_reading import reading
from ..money import format_cents
from ..store.writer import writing
from .campaign_review import add_review_parsers, run_pace, run_review, run_targets
from .options import _day

NAME = "campaign"
HELP = "campaign plans: add, list, check the registration checklist, work out 到手价"


def _money(text: str) -> int:
    import pandas as pd

    values = pd.Series([text])
    try:
        cents = clean_money(values, CellContext("", "", pd.Series([1]), lambda *a: None))
    except OpsDeskError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount of money") from None
    if pd.isna(cents.iloc[0]) or cents.iloc[0] < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount of money")
    return int(cents.iloc[0])


def _tier(text: str):
    try:
        return parse_tier(text)
    except BadOffer:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a tier: write threshold-off in yuan, e.g. 300-50") from None


def _basket_line(text: str):
    try:
        return parse_basket_line(text)
    except BadOffer:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a basket line: write SKU:PRICE:QTY or SKU:PRICE:QTY:COST in "
            "yuan, e.g. A:199:2") from None


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a rate: write the share paid, e.g. 0.9 for 9折")
    return value


def _order(text: str) -> tuple[str, ...]:
    steps = tuple(s.strip() for s in text.split(","))
    if sorted(steps) != sorted(STEP_ORDER):
        raise argparse.ArgumentTypeError(
            f"'{text}' must name each of {','.join(STEP_ORDER)} once")
    return steps


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a campaign plan")
    add.add_argument("--shop", required=True, help="the shop file")
    add.add_argument("--name", required=True)
    add.add_argument("--start", required=True, type=_day, metavar="DATE",
                     help="first day of the peak (正式)")
    add.add_argument("--end", required=True, type=_day, metavar="DATE")
    add.add_argument("--platform", help="only this platform (default: all)")
    add.add_argument("--kind", choices=("platform", "category", "shop"), default="platform")
    add.add_argument("--registration-deadline", type=_day, metavar="DATE")
    add.add_argument("--warmup-start", type=_day, metavar="DATE")
    add.add_argument("--encore-end", type=_day, metavar="DATE")
    add.add_argument("--gmv-target", type=_money, metavar="X", help="GMV target in yuan")
    add.add_argument("--budget", type=_money, metavar="X", help="ad budget in yuan")
    add.add_argument("--products", type=Path, metavar="FILE",
                     help="the platform's registration sheet (CSV/XLSX: 商品ID or 商家编码, "
                     "活动价, 活动库存)")

    listing = sub.add_parser("list", help="list the campaign plans")
    listing.add_argument("--shop", required=True)
    listing.add_argument("--json", action="store_true")

    check = sub.add_parser("check", help="the registration checklist of a plan")
    check.add_argument("--shop", required=True)
    check.add_argument("--name", required=True)
    check.add_argument("--as-of", type=_day, metavar="DATE",
                       help="the day of the check (default: today, but not after the peak "
                       "starts nor after the day after the last sale imported); prices paid "
                       "in the days before it count")
    check.add_argument("--lowest-days", type=int, choices=(7, 15, 30),
                       help="the lowest-price window (default: the plan's, 7)")
    check.add_argument("--json", action="store_true")
    check.add_argument("--pdf", type=Path, metavar="OUT", help="also print it to a PDF")
    check.add_argument("--language", choices=("zh_CN", "en"), help="the PDF's language")

    price = sub.add_parser("price", help="the lowest price per unit (到手价) buying 1…k units")
    price.add_argument("--price", type=_money, metavar="P", help="the list price in yuan")
    price.add_argument("--basket", type=_basket_line, action="append", default=[],
                       metavar="SKU:PRICE:QTY[:COST]",
                       help="instead of --price: a line of a basket of several products "
                            "(repeat), e.g. --basket A:199:1 --basket B:89:2")
    price.add_argument("--discount", type=_rate, metavar="R", help="折扣: share paid, 0.9 = 9折")
    price.add_argument("--direct-off", type=_money, default=0, metavar="X",
                       help="单品直降 per unit, yuan")
    price.add_argument("--full-reduction", type=_tier, action="append", default=[],
                       metavar="T-Y", help="shop 满减 tier (repeat; the highest reached applies)")
    price.add_argument("--every", type=_tier, metavar="T-Y", help="shop 每满减: Y off every T")
    price.add_argument("--coupon", type=_tier, action="append", default=[], metavar="T-Y",
                       help="shop coupon (repeat; one applies)")
    price.add_argument("--platform-coupon", type=_tier, action="append", default=[],
                       metavar="T-Y", help="platform coupon (repeat; one applies)")
    price.add_argument("--cross-store", type=_tier, metavar="T-Y", help="跨店满减: Y off every T")
    price.add_argument("--member", type=_rate, metavar="R", help="member discount, share paid")
    price.add_argument("--deposit", type=_money, metavar="D",
                       help="预售 deposit (定金) per unit, yuan; the balance is paid in the peak")
    price.add_argument("--deposit-worth", type=_money, metavar="V",
                       help="what the deposit takes off the price (定金膨胀), yuan; default D")
    price.add_argument("--max-qty", type=int, default=3, metavar="K")
    price.add_argument("--cost", type=_money, metavar="C", help="unit cost, for the margin")
    price.add_argument("--order", type=_order, default=STEP_ORDER,
                       help="stacking order (default: " + ",".join(STEP_ORDER) + ")")
    price.add_argument("--json", action="store_true")
    add_review_parsers(sub)


def _add(args) -> int:
    with writing(args.shop, who="campaign add") as conn:
        if find_plan(conn, args.name) is not None:
            raise OpsDeskError("campaign_exists", {"name": args.name, "path": args.shop})
        plan = CampaignPlan(
            name=args.name, start=args.start.isoformat(), end=args.end.isoformat(),
            platform=args.platform, kind=args.kind,
            registration_deadline=args.registration_deadline and
            args.registration_deadline.isoformat(),
            warmup_start=args.warmup_start and args.warmup_start.isoformat(),
            encore_end=args.encore_end and args.encore_end.isoformat(),
            target_gmv_cents=args.gmv_target, budget_ads_cents=args.budget)
        plan = replace(plan, tasks=default_tasks(plan))
        if args.products:
            from ..importers.registration_sheet import read_registration_sheet

            platform = args.platform or _only_platform(conn)
            plan = plan.with_products(read_registration_sheet(args.products, conn, platform))
        plan_id = save_plan(conn, plan)
    print(f"campaign {plan_id} '{plan.name}' {plan.start}..{plan.end}: "
          f"{len(plan.products)} products")
    return 0


def _only_platform(conn) -> str:
    """The platform of a one-storefront shop (a sheet names no platform)."""
    rows = sorted(r[0] for r in conn.execute(
        "SELECT platform FROM products UNION SELECT platform FROM orders"))
    if len(rows) != 1:
        raise OpsDeskError("sheet_needs_platform", {"platforms": ", ".join(rows) or "-"})
    return rows[0]


def _list(args) -> int:
    with reading(args.shop) as conn:
        plans = list_plans(conn)
    today = date.today()
    rows = [{"name": p.name, "platform": p.platform, "kind": p.kind, "start": p.start,
             "end": p.end, "status": p.status(today),
             "registration_deadline": p.registration_deadline,
             "gmv_target": format_cents(p.target_gmv_cents),
             "budget": format_cents(p.budget_cents), "products": len(p.products)}
            for p in plans]
    if args.json:
        print(json.dumps({"campaigns": rows}, ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{r['start']}..{r['end']}  {r['status']:<8} {r['platform'] or 'all':<12} "
              f"{r['name']}  ({r['products']} products)")
    return 0


def _check(args) -> int:
    with reading(args.shop) as conn:
        plan = find_plan(conn, args.name)
        if plan is None:
            raise OpsDeskError("no_such_campaign", {"name": args.name, "path": args.shop})
        if args.lowest_days:
            plan = replace(plan, settings=replace(plan.settings, lowest_days=args.lowest_days))
        as_of = args.as_of or default_check_day(conn, plan, date.today())
        checklist = check_plan(conn, plan, as_of)
    if args.pdf:
        from .campaign_pdf import write_checklist_pdf

        try:
            write_checklist_pdf(plan, checklist, Path(args.shop).stem, args.pdf, args.language)
        except OSError as exc:
            print(f"opsdesk: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(checklist.to_dict(), ensure_ascii=False))
        return 0
    print(f"{checklist.campaign}: checked as of {checklist.as_of}")
    for item in checklist.items:
        print(f"[{item.status:<4}] {item.kind:<6} {item.key} {item.text}".rstrip())
        for p in item.products:
            figures = " ".join(f"{k}={v}" for k, v in p.to_dict().items()
                               if k not in ("sku", "platform", "reason"))
            print(f"         {p.sku} {p.reason} {figures}".rstrip())
    if args.pdf:
        print(f"written: {args.pdf}")
    return 0


def _price(args) -> int:
    offers = Offers(direct_off=args.direct_off, discount=args.discount,
                    full_reduction=tuple(args.full_reduction), every=args.every,
                    coupons=tuple(args.coupon), platform_every=args.cross_store,
                    platform_coupons=tuple(args.platform_coupon), member=args.member,
                    order=args.order, deposit=args.deposit or 0,
                    deposit_value=args.deposit_worth or 0)
    if (args.price is None) == (not args.basket):
        raise OpsDeskError("bad_offer", {"value": args.price or "",
                                         "detail": "give either --price or --basket"})
    if args.basket:
        return _price_basket(args, offers)
    if args.max_qty < 1:
        raise OpsDeskError("bad_offer", {"value": args.max_qty, "detail": "--max-qty >= 1"})
    try:
        table = price_table(args.price, offers, args.max_qty)
    except BadOffer as exc:
        raise OpsDeskError("bad_offer", {"value": exc.value, "detail": exc.code}) from None
    result = table.to_dict()
    if args.cost is not None:
        best_margin = margin(table.best.unit_price, args.cost)
        result["best"]["margin"] = None if best_margin is None else round(best_margin, 4)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for q in table.quantities:
        steps = ", ".join(f"{s.step} -{format_cents(s.off)}" for s in q.steps) or "no offer"
        print(f"{q.qty} × : total {format_cents(q.total)}, per unit "
              f"{format_cents(q.unit_price)}  ({steps})")
    best = result["best"]
    line = f"lowest per unit: {best['unit_price']} buying {best['qty']}"
    if "margin" in best and best["margin"] is not None:
        line += f", margin {best['margin'] * 100:.1f}%"
    print(line)
    return 0


def _price_basket(args, offers: Offers) -> int:
    try:
        basket = stack_basket(args.basket, offers)
    except BadOffer as exc:
        raise OpsDeskError("bad_offer", {"value": exc.value, "detail": exc.code}) from None
    if args.json:
        print(json.dumps({"basket": basket.to_dict()}, ensure_ascii=False))
        return 0
    steps = ", ".join(f"{s.step} -{format_cents(s.off)}" for s in basket.steps) or "no offer"
    print(f"basket: {format_cents(basket.list_total)} → pays {format_cents(basket.total)} "
          f"({steps})")
    for p in basket.lines:
        margin_text = "" if p.margin is None else f", margin {p.margin * 100:.1f}%"
        print(f"  {p.line.sku} × {p.line.qty}: pays {format_cents(p.paid)}, per unit "
              f"{format_cents(p.unit_price)}{margin_text}")
    return 0


def run(args: argparse.Namespace) -> int:
    return {"add": _add, "list": _list, "check": _check, "price": _price,
            "review": run_review, "pace": run_pace, "targets": run_targets}[args.action](args)
