"""The plan's fields: name, platform, kind, phases, targets, budget, mechanics and the
check's settings. `set_plan` shows a plan; `read(plan)` returns it with what was typed, or
raises FormError with a message naming the field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...importers.typed_values import parse_value
from ...models.campaigns.plan import KINDS, CampaignPlan, Mechanics
from ...models.campaigns.stacking import STEP_ORDER, BadOffer, Tier, parse_tier
from ...money import format_cents
from ...printed.campaign_texts import translate
from ...store.product_edits import BadValue
from ..labels import campaign_kind_name, platform_name
from .stacking_order_text import order_text, read_order


class FormError(ValueError):
    pass


def tiers_text(tiers) -> str:
    return ", ".join(t.text() for t in tiers)


def parse_tiers(text: str, field: str) -> tuple[Tier, ...]:
    try:
        return tuple(
            parse_tier(part) for part in text.replace("，", ",").split(",") if part.strip()
        )
    except BadOffer:
        raise FormError(
            translate(
                "Campaigns", "{0}: write tiers as threshold-off in yuan, e.g. 300-50, 200-20"
            ).format(field)
        ) from None


def _money(text: str, field: str) -> int | None:
    try:
        return parse_value("cost_cents", text)
    except BadValue:
        raise FormError(
            translate("Campaigns", "{0}: type an amount in yuan, e.g. 12.50").format(field)
        ) from None


def _rate(text: str, field: str) -> float | None:
    if not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 1:
        raise FormError(
            translate("Campaigns", "{0}: write the share paid, e.g. 0.9 for 9折").format(field)
        )
    return value


def offer_names() -> dict[str, str]:
    """The offer fields a form and the calculator share, with their names."""
    return {
        "discount": translate("Campaigns", "折扣"),
        "full_reduction": translate("Campaigns", "Shop 满减 tiers"),
        "every": translate("Campaigns", "Shop 每满减"),
        "coupons": translate("Campaigns", "Shop coupons"),
        "platform_every": translate("Campaigns", "跨店满减 (every)"),
        "platform_coupons": translate("Campaigns", "Platform coupons"),
        "member": translate("Campaigns", "Member discount"),
    }


def show_offers(widget, offers) -> None:
    """Fill the widget's offer line edits from Mechanics or Offers."""
    for key in ("discount", "member"):
        value = getattr(offers, key)
        getattr(widget, key).setText("" if value is None else f"{value:g}")
    for key in ("full_reduction", "coupons", "platform_coupons"):
        getattr(widget, key).setText(tiers_text(getattr(offers, key)))
    for key in ("every", "platform_every"):
        tier = getattr(offers, key)
        getattr(widget, key).setText(tiers_text([tier] if tier else []))


def read_offers(widget) -> dict:
    """The offers typed in the widget's line edits, as keyword arguments of Mechanics or
    Offers; FormError names the field that is wrong."""
    names, out = offer_names(), {}
    for key in ("discount", "member"):
        out[key] = _rate(getattr(widget, key).text(), names[key])
    for key in ("full_reduction", "coupons", "platform_coupons"):
        out[key] = parse_tiers(getattr(widget, key).text(), names[key])
    for key in ("every", "platform_every"):
        tiers = parse_tiers(getattr(widget, key).text(), names[key])
        out[key] = tiers[0] if tiers else None
    return out


def date_edit(parent: QWidget, optional: bool = False) -> QDateEdit:
    edit = QDateEdit(parent, calendarPopup=True, displayFormat="yyyy-MM-dd")
    if optional:  # the minimum shows as blank: no date
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(" ")
    return edit


class PlanForm(QWidget):
    changed = Signal()  # something was typed or chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.platform = QComboBox(self)
        self.kind = QComboBox(self)
        self.deadline, self.warmup = date_edit(self, True), date_edit(self, True)
        self.start, self.end, self.encore = (
            date_edit(self),
            date_edit(self),
            date_edit(self, True),
        )
        self.gmv, self.new_buyers, self.units = QLineEdit(self), QSpinBox(self), QSpinBox(self)
        self.ads, self.discount_cost, self.gifts_cost = (QLineEdit(self) for _ in range(3))
        self.discount, self.member = QLineEdit(self), QLineEdit(self)
        self.full_reduction, self.every, self.coupons = (QLineEdit(self) for _ in range(3))
        self.platform_every, self.platform_coupons = QLineEdit(self), QLineEdit(self)
        self.gifts = QLineEdit(self)
        self.deposit, self.deposit_value = QLineEdit(self), QLineEdit(self)
        self.usual_lift = QDoubleSpinBox(self, decimals=1, minimum=1, maximum=50, suffix=" ×")
        self.lowest_days = QComboBox(self)
        for days in (7, 15, 30):
            self.lowest_days.addItem(str(days), days)
        self.margin_floor = QDoubleSpinBox(self, decimals=0, maximum=90, suffix=" %")
        self.max_qty = QSpinBox(self, minimum=1, maximum=20)
        self.order = QLineEdit(self)
        for spin in (self.new_buyers, self.units):
            spin.setMaximum(10_000_000)
        self.boxes = [QGroupBox(self) for _ in range(4)]
        self.forms = [QFormLayout(box) for box in self.boxes]
        for form in self.forms:
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows = [
            (0, self.name),
            (0, self.platform),
            (0, self.kind),
            (0, self.deadline),
            (0, self.warmup),
            (0, self.start),
            (0, self.end),
            (0, self.encore),
            (1, self.discount),
            (1, self.full_reduction),
            (1, self.every),
            (1, self.coupons),
            (1, self.platform_every),
            (1, self.platform_coupons),
            (1, self.member),
            (1, self.gifts),
            (1, self.deposit),
            (1, self.deposit_value),
            (2, self.gmv),
            (2, self.new_buyers),
            (2, self.units),
            (2, self.ads),
            (2, self.discount_cost),
            (2, self.gifts_cost),
            (3, self.lowest_days),
            (3, self.margin_floor),
            (3, self.max_qty),
            (3, self.usual_lift),
            (3, self.order),
        ]
        self.labels = [QLabel(self) for _ in self.rows]
        for (box, widget), label in zip(self.rows, self.labels, strict=True):
            self.forms[box].addRow(label, widget)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.boxes):  # two by two: phases | mechanics, then
            grid.addWidget(box, index // 2, index % 2)  # targets | settings
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for widget in (
            self.name,
            self.gmv,
            self.ads,
            self.discount_cost,
            self.gifts_cost,
            self.discount,
            self.member,
            self.full_reduction,
            self.every,
            self.coupons,
            self.platform_every,
            self.platform_coupons,
            self.gifts,
            self.deposit,
            self.deposit_value,
            self.order,
        ):
            widget.textEdited.connect(self.changed)
        for widget in (self.deadline, self.warmup, self.start, self.end, self.encore):
            widget.dateChanged.connect(self.changed)
        for widget in (self.platform, self.kind, self.lowest_days):
            widget.activated.connect(self.changed)
        for widget in (
            self.new_buyers,
            self.units,
            self.max_qty,
            self.margin_floor,
            self.usual_lift,
        ):
            widget.valueChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        for box, title in zip(
            self.boxes,
            (
                translate("Campaigns", "Plan and phases"),
                translate("Campaigns", "Mechanics"),
                translate("Campaigns", "Targets and budget"),
                translate("Campaigns", "Checklist settings"),
            ),
            strict=True,
        ):
            box.setTitle(title)
        labels = [
            translate("Campaigns", "Name"),
            translate("Campaigns", "Platform"),
            translate("Campaigns", "Kind"),
            translate("Campaigns", "Registration deadline (报名截止)"),
            translate("Campaigns", "Warm-up (预热) from"),
            translate("Campaigns", "Peak (正式) from"),
            translate("Campaigns", "Peak until"),
            translate("Campaigns", "Encore (返场) until"),
            translate("Campaigns", "折扣 for products without a price"),
            *list(offer_names().values())[1:],  # the plan's 折扣 has its own label
            translate("Campaigns", "Gifts"),
            translate("Campaigns", "预售 deposit"),
            translate("Campaigns", "预售 deposit worth (定金膨胀)"),
            translate("Campaigns", "GMV target"),
            translate("Campaigns", "New buyers"),
            translate("Campaigns", "Units"),
            translate("Campaigns", "Ad budget"),
            translate("Campaigns", "Discount cost"),
            translate("Campaigns", "Gift cost"),
            translate("Campaigns", "Lowest price over"),
            translate("Campaigns", "Margin floor"),
            translate("Campaigns", "Units a buyer buys at most"),
            translate("Campaigns", "Usual lift of the event"),
            translate("Campaigns", "Stacking order"),
        ]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for edit in (self.full_reduction, self.coupons, self.platform_coupons):
            edit.setPlaceholderText(translate("Campaigns", "300-50, 200-20"))
        for edit in (self.every, self.platform_every):
            edit.setPlaceholderText(translate("Campaigns", "300-50"))
        for edit in (self.discount, self.member):
            edit.setPlaceholderText(translate("Campaigns", "0.9 = 9折"))
        self.order.setToolTip(translate(
            "Campaigns", "The steps in the order they apply, joined by →: {0}").format(
                order_text(STEP_ORDER)))
        self.usual_lift.setToolTip(
            translate(
                "Campaigns",
                "Daily units at the event ÷ on ordinary days, for the expected demand of a "
                "product when the shop has no earlier event of the same name",
            )
        )
        self.lowest_days.setToolTip(
            translate(
                "Campaigns",
                "7 days: the 2022 price-labelling rule (Art. 16); 15 or 30 as the platform asks",
            )
        )
        index = self.kind.currentIndex()
        self.kind.clear()
        for kind in KINDS:
            self.kind.addItem(campaign_kind_name(kind), kind)
        self.kind.setCurrentIndex(max(index, 0))

    def set_platforms(self, platforms: list[str]) -> None:
        chosen = self.platform.currentData()
        self.platform.clear()
        self.platform.addItem(translate("Campaigns", "All platforms"), None)
        for code in platforms:
            self.platform.addItem(platform_name(code), code)
        self.platform.setCurrentIndex(max(self.platform.findData(chosen), 0))

    def set_plan(self, plan: CampaignPlan) -> None:
        blockers = [w.blockSignals(True) for w in self.findChildren(QWidget)]
        self.name.setText(plan.name)
        if self.platform.findData(plan.platform) < 0 and plan.platform:
            self.platform.addItem(platform_name(plan.platform), plan.platform)
        self.platform.setCurrentIndex(max(self.platform.findData(plan.platform), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(plan.kind), 0))
        for edit, value in (
            (self.deadline, plan.registration_deadline),
            (self.warmup, plan.warmup_start),
            (self.start, plan.start),
            (self.end, plan.end),
            (self.encore, plan.encore_end),
        ):
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else edit.minimumDate())
        m = plan.mechanics
        show_offers(self, m)
        self.gifts.setText(m.gifts)
        self.deposit.setText(format_cents(m.presale_deposit_cents) or "")
        self.deposit_value.setText(format_cents(m.presale_deposit_value_cents) or "")
        self.usual_lift.setValue(plan.settings.usual_lift)
        for edit, cents in (
            (self.gmv, plan.target_gmv_cents),
            (self.ads, plan.budget_ads_cents),
            (self.discount_cost, plan.budget_discount_cents),
            (self.gifts_cost, plan.budget_gifts_cents),
        ):
            edit.setText(format_cents(cents) or "")
        self.new_buyers.setValue(plan.target_new_buyers or 0)
        self.units.setValue(plan.target_units or 0)
        s = plan.settings
        self.lowest_days.setCurrentIndex(max(self.lowest_days.findData(s.lowest_days), 0))
        self.margin_floor.setValue(s.margin_floor * 100)
        self.max_qty.setValue(s.max_qty)
        self.order.setText(order_text(s.order))
        self.order.setCursorPosition(0)
        for widget, blocked in zip(self.findChildren(QWidget), blockers, strict=True):
            widget.blockSignals(blocked)

    def _date(self, edit: QDateEdit) -> str | None:
        if edit.specialValueText() and edit.date() == edit.minimumDate():
            return None
        return edit.date().toString("yyyy-MM-dd")

    def read(self, plan: CampaignPlan) -> CampaignPlan:
        """`plan` with the form's values; FormError names the field that is wrong."""
        name = self.name.text().strip()
        if not name:
            raise FormError(translate("Campaigns", "Give the campaign a name."))
        start, end = self._date(self.start), self._date(self.end)
        if end < start:
            raise FormError(translate("Campaigns", "The peak ends before it starts."))
        order = read_order(self.order.text())
        if order is None or sorted(order) != sorted(STEP_ORDER):
            raise FormError(
                translate("Campaigns", "Stacking order: name each of {0} once.").format(
                    order_text(STEP_ORDER)
                )
            )
        mechanics = Mechanics(
            **read_offers(self),
            gifts=self.gifts.text().strip(),
            presale_deposit_cents=_money(
                self.deposit.text(), translate("Campaigns", "预售 deposit")
            ),
            presale_deposit_value_cents=_money(
                self.deposit_value.text(), translate("Campaigns", "预售 deposit worth (定金膨胀)")
            ),
            presale_balance_cents=plan.mechanics.presale_balance_cents,  # typed before
        )
        deposit, worth = mechanics.presale_deposit_cents, mechanics.presale_deposit_value_cents
        if worth and (not deposit or deposit > worth):
            raise FormError(translate(
                "Campaigns", "预售: the deposit's worth (定金膨胀) is at least the deposit."))
        settings = replace(
            plan.settings,
            lowest_days=self.lowest_days.currentData(),
            margin_floor=round(self.margin_floor.value() / 100, 4),
            max_qty=self.max_qty.value(),
            usual_lift=round(self.usual_lift.value(), 1),
            order=order,
        )
        return replace(
            plan,
            name=name,
            platform=self.platform.currentData(),
            kind=self.kind.currentData(),
            start=start,
            end=end,
            registration_deadline=self._date(self.deadline),
            warmup_start=self._date(self.warmup),
            encore_end=self._date(self.encore),
            mechanics=mechanics,
            settings=settings,
            target_gmv_cents=_money(self.gmv.text(), translate("Campaigns", "GMV target")),
            target_new_buyers=self.new_buyers.value() or None,
            target_units=self.units.value() or None,
            budget_ads_cents=_money(self.ads.text(), translate("Campaigns", "Ad budget")),
            budget_discount_cents=_money(
                self.discount_cost.text(), translate("Campaigns", "Discount cost")
            ),
            budget_gifts_cents=_money(self.gifts_cost.text(), translate("Campaigns", "Gift cost")),
        )
