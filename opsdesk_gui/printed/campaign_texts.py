"""The Campaigns tab's wording in the current language: checklist items, reasons with their
figures, statuses, tasks, steps of the promotion maths. One table, used by the pages, the
printout and `opsdesk campaign check --pdf`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .names import platform_name

translate = QCoreApplication.translate  # lupdate reads translate("Campaigns", "…")


def item_names() -> dict[str, str]:
    return {
        "price_not_above_recent_lowest": translate(
            "Campaigns", "Campaign price at or below the recent lowest paid price"
        ),
        "reference_price": translate("Campaigns", "Strike-through price each product may show"),
        "reserved_stock": translate(
            "Campaigns", "Reserved stock: within stock, enough for the expected demand"
        ),
        "titles": translate("Campaigns", "Titles pass the title check"),
        "stacked_price_above_cost": translate(
            "Campaigns", "Lowest stacked price at or above unit cost"
        ),
        "margin_floor": translate(
            "Campaigns", "Margin at the lowest stacked price at or above the floor"
        ),
        "thresholds": translate("Campaigns", "满减 and coupon thresholds reachable and consistent"),
        "no_qr_codes": translate("Campaigns", "Main images without QR codes"),
        "detail_pages": translate("Campaigns", "Detail pages updated"),
        "service_scripts": translate("Campaigns", "Customer-service scripts updated"),
        "gift_stock": translate("Campaigns", "Gift stock ready"),
        "shipping_promise": translate("Campaigns", "Shipping promise set (e.g. within 24 h)"),
        "full_reduction_entered": translate(
            "Campaigns", "满减 settings entered in the back office"
        ),
        "prices_entered": translate("Campaigns", "Prices in the back office match the plan"),
    }


def advice_texts() -> dict[str, str]:
    """What to do when an automatic item fails or needs a look."""
    return {
        "price_not_above_recent_lowest": translate(
            "Campaigns",
            "Lower the campaign price to the lowest paid price or below, or ask "
            "the platform which window (7, 15 or 30 days) it checks.",
        ),
        "reference_price": translate(
            "Campaigns",
            "Show no strike-through price above these, or explain on the page "
            "what the compared price is.",
        ),
        "reserved_stock": translate(
            "Campaigns",
            "Reserve no more than is on hand; order stock or reserve more where "
            "the expected demand is higher.",
        ),
        "titles": translate("Campaigns", "Fix the titles on the Products tab's Title check page."),
        "stacked_price_above_cost": translate(
            "Campaigns", "Raise the campaign price, or drop or change an offer that stacks."
        ),
        "margin_floor": translate(
            "Campaigns", "Raise the price or narrow the offers, or lower the floor on purpose."
        ),
        "thresholds": translate(
            "Campaigns",
            "Set each threshold above the cheapest campaign price and within "
            "reach, each higher tier giving more off.",
        ),
    }


def reason_templates() -> dict[str, str]:
    return {
        "no_products": translate("Campaigns", "The plan has no products yet."),
        "no_campaign_price": translate("Campaigns", "no campaign price in the plan"),
        "never_sold": translate("Campaigns", "never sold: no paid price to compare with"),
        "above_recent_lowest": translate(
            "Campaigns",
            "campaign price {campaign_price} above the lowest paid {lowest_paid} "
            "({paid_on}, {days}-day window)",
        ),
        "reference_price": translate(
            "Campaigns", "strike-through at most {reference_price} ({paid_on})"
        ),
        "no_reference_price": translate("Campaigns", "no sale yet: show no strike-through price"),
        "no_reserved_stock": translate("Campaigns", "no reserved stock in the plan"),
        "stock_unknown": translate("Campaigns", "stock on hand unknown (import a product list)"),
        "above_stock": translate("Campaigns", "reserves {reserved}, only {stock} in stock"),
        "below_expected_demand": translate(
            "Campaigns", "reserves {reserved}, expected demand {expected} ({source})"
        ),
        "no_title": translate("Campaigns", "no title in the catalogue"),
        "banned_words": translate("Campaigns", "banned words: {words}"),
        "title_too_long": translate("Campaigns", "title {bytes} bytes, over the limit of {limit}"),
        "repeated_words": translate("Campaigns", "repeated words: {words}"),
        "no_cost": translate(
            "Campaigns",
            "lowest stacked price {lowest_price} ({qty} units): no unit cost to compare with",
        ),
        "below_cost": translate(
            "Campaigns",
            "lowest stacked price {lowest_price} ({qty} units) is below the unit cost {cost}",
        ),
        "below_margin_floor": translate(
            "Campaigns", "margin {margin} at {lowest_price} is below the floor {floor}"
        ),
        "plain_discount": translate(
            "Campaigns",
            "threshold {threshold} (−{off}) is at or below the campaign price "
            "{campaign_price}: one unit reaches it, a plain discount",
        ),
        "out_of_reach": translate(
            "Campaigns",
            "threshold {threshold} is above {max_qty} units at "
            "{campaign_price}: hardly anyone reaches it",
        ),
        "tiers_inconsistent": translate(
            "Campaigns",
            "tier {threshold}−{off} gives no more than the lower tier "
            "{lower_threshold}−{lower_off}",
        ),
    }


def task_names() -> dict[str, str]:
    return {
        "goals_budget": translate("Campaigns", "Targets and budget agreed"),
        "products_stock": translate("Campaigns", "Products chosen, stock ordered"),
        "prices_mechanics": translate("Campaigns", "Campaign prices and offers set"),
        "registration_sheet": translate("Campaigns", "Registration sheet filled, checklist run"),
        "assets": translate("Campaigns", "Images and detail pages delivered"),
        "freeze": translate("Campaigns", "Changes frozen; back-office settings entered"),
        "register": translate("Campaigns", "Registration submitted"),
    }


def role_names() -> dict[str, str]:
    return {
        "owner": translate("Campaigns", "Shop owner"),
        "operator": translate("Campaigns", "Operator"),
        "designer": translate("Campaigns", "Designer"),
        "service": translate("Campaigns", "Customer service"),
        "warehouse": translate("Campaigns", "Warehouse"),
    }


def status_names() -> dict[str, str]:
    return {
        "pass": translate("Campaigns", "Pass"),
        "fail": translate("Campaigns", "Fail"),
        "look": translate("Campaigns", "Needs a look"),
        "open": translate("Campaigns", "Open"),
        "done": translate("Campaigns", "Done"),
        "planned": translate("Campaigns", "Planned"),
        "running": translate("Campaigns", "Running"),
        "over": translate("Campaigns", "Over"),
    }


def step_names() -> dict[str, str]:
    return {
        "item": translate("Campaigns", "单品直降/折扣"),
        "shop": translate("Campaigns", "Shop 满减"),
        "coupon": translate("Campaigns", "Shop coupon"),
        "platform": translate("Campaigns", "Platform 跨店满减 / coupon"),
        "member": translate("Campaigns", "Member discount"),
        "presale": translate("Campaigns", "预售 deposit worth more (定金膨胀)"),
    }


def checklist_labels(platforms: list[str] = ()) -> dict[str, str]:
    """Every label reports/campaign_checklist.py asks for."""
    labels = {
        "title": translate("Campaigns", "Registration checklist — {name}"),
        "subtitle": translate(
            "Campaigns",
            "Checked on {as_of} · lowest price over {days} days · margin floor "
            "{floor} · up to {qty} units",
        ),
        "note": translate(
            "Campaigns",
            "☑ pass · ☒ fail · ☐ needs a look. Automatic items are checked against the "
            "shop file; manual items are ticked by a person.",
        ),
        "platform.all": translate("Campaigns", "All platforms"),
        "phase.registration": translate("Campaigns", "Registration deadline"),
        "phase.warmup": translate("Campaigns", "Warm-up"),
        "phase.peak": translate("Campaigns", "Peak"),
        "phase.encore": translate("Campaigns", "Encore until"),
        "col.box": "",
        "col.item": translate("Campaigns", "Item"),
        "col.status": translate("Campaigns", "Status"),
        "col.owner": translate("Campaigns", "Owner"),
        "col.due": translate("Campaigns", "Due"),
        "col.products": translate("Campaigns", "Products at fault"),
        "kind.auto": translate("Campaigns", "automatic"),
        "kind.manual": translate("Campaigns", "manual"),
        "source.baseline": translate("Campaigns", "baseline × usual lift"),
    }
    labels.update({f"item.{k}": v for k, v in item_names().items()})
    labels.update({f"reason.{k}": v for k, v in reason_templates().items()})
    labels.update({f"advice.{k}": v for k, v in advice_texts().items()})
    labels.update({f"role.{k}": v for k, v in role_names().items()})
    labels.update({f"status.{k}": v for k, v in status_names().items()})
    labels.update({f"platform.{p}": platform_name(p) for p in platforms})
    return labels
