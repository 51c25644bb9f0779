"""Promotion maths (到手价): a price and the offers typed in (or taken from the chosen
plan and product); the lowest price per unit buying 1…k units with the steps taken, the
margin at each, and the 满减 break-even per tier with the shop's recent baskets. The
figures follow what is typed, as it is typed (what-if)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.campaigns.basket import BasketLine
from ...models.campaigns.breakeven import tier_break_even
from ...models.campaigns.plan import CampaignPlan
from ...models.campaigns.shop_figures import comparable_baskets, recent_baskets
from ...models.campaigns.stacking import STEP_ORDER, BadOffer, Offers, margin, price_table
from ...money import format_cents
from ...printed.campaign_texts import step_names, translate
from ...reports.page_html import page_html, table_block
from ...tasks import TaskRunner
from ..listing_tab import shown_table
from ..shop_reading import read_only
from ..table import Column, TableView
from .basket_panel import BasketPanel
from .plan_form import FormError, _money, offer_names, read_offers, show_offers
from .stacking_order_text import order_text, read_order


class CalculatorPage(QWidget):
    key = "campaign_maths"
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.plan: CampaignPlan | None = None
        self._shop_path: Path | None = None
        self.catalogue: dict = {}
        self.baskets = pd.Series([], dtype="int64")
        self.period = ""
        self.product = QComboBox(self)
        self.use_plan = QPushButton(self)
        self.price, self.cost, self.direct_off = (
            QLineEdit("199", self),
            QLineEdit(self),
            QLineEdit(self),
        )
        self.discount, self.member = QLineEdit(self), QLineEdit(self)
        self.full_reduction, self.every, self.coupons = (
            QLineEdit("300-50", self),
            QLineEdit(self),
            QLineEdit(self),
        )
        self.platform_every, self.platform_coupons = QLineEdit(self), QLineEdit(self)
        self.deposit, self.deposit_value = QLineEdit(self), QLineEdit(self)
        self.max_qty = QSpinBox(self, minimum=1, maximum=20, value=3)
        self.order = QLineEdit(order_text(STEP_ORDER), self)
        self.gross_margin = QDoubleSpinBox(self, decimals=0, maximum=99, value=40, suffix=" %")
        self.inputs = QFormLayout()
        self.fields = [
            self.price,
            self.cost,
            self.direct_off,
            self.discount,
            self.full_reduction,
            self.every,
            self.coupons,
            self.platform_every,
            self.platform_coupons,
            self.member,
            self.deposit,
            self.deposit_value,
            self.max_qty,
            self.order,
            self.gross_margin,
        ]
        self.labels = [QLabel(self) for _ in self.fields]
        for widget, label in zip(self.fields, self.labels, strict=True):
            self.inputs.addRow(label, widget)
        self.inputs.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.input_box = QGroupBox(self)
        self.input_box.setLayout(self.inputs)
        self.input_box.setFixedWidth(480)
        self.best = QLabel(self, wordWrap=True)
        self.best.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 0;")
        self.message = QLabel(self, wordWrap=True)
        self.message.setStyleSheet("color: #c53030;")
        self.table = TableView(self.columns(), parent=self, export_name="campaign_prices")
        self.table.table.horizontalHeader().setStretchLastSection(True)  # the steps
        self.breakeven_title = QLabel(self, wordWrap=True)
        self.breakeven = TableView(
            self.breakeven_columns(), parent=self, export_name="campaign_breakeven"
        )
        top = QHBoxLayout()
        top.addWidget(self.product, 1)
        top.addWidget(self.use_plan)
        right = QVBoxLayout()
        right.addWidget(self.best)
        right.addWidget(self.message)
        self.basket = BasketPanel(self)
        self.basket.changed.connect(self.recompute)
        self.views = QTabWidget(self)  # one product 1…k units, or a basket of several
        self.views.addTab(self.table, "")
        self.views.addTab(self.basket, "")
        right.addWidget(self.views, 3)
        right.addWidget(self.breakeven_title)
        right.addWidget(self.breakeven, 2)
        body = QHBoxLayout()
        body.addWidget(self.input_box)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        for widget in self.fields:
            signal = getattr(widget, "textEdited", None) or widget.valueChanged
            signal.connect(self.recompute)
        self.use_plan.clicked.connect(self.fill_from_plan)
        self.retranslate()

    def columns(self) -> list[Column]:
        return [
            Column("qty", translate("Campaigns", "Units"), "int"),
            Column("list", translate("Campaigns", "List total"), "money"),
            Column("total", translate("Campaigns", "Pays"), "money"),
            Column("unit", translate("Campaigns", "Per unit (到手价)"), "money"),
            Column("margin", translate("Campaigns", "Margin"), "rate"),
            Column("steps", translate("Campaigns", "Steps")),
        ]

    def breakeven_columns(self) -> list[Column]:
        return [
            Column("tier", translate("Campaigns", "Tier")),
            Column("basket", translate("Campaigns", "Basket"), "money"),
            Column("discount", translate("Campaigns", "Effective discount"), "rate"),
            Column("lift", translate("Campaigns", "Sales lift needed"), "rate"),
            Column("share", translate("Campaigns", "Orders already above"), "rate"),
            Column("below", translate("Campaigns", "Orders just below"), "int"),
        ]

    def title(self) -> str:
        return translate("Campaigns", "Promotion maths")

    def retranslate(self) -> None:
        self.table.model.retitle(self.columns())
        self.breakeven.model.retitle(self.breakeven_columns())
        self.input_box.setTitle(translate("Campaigns", "Price and offers"))
        labels = [
            translate("Campaigns", "List price"),
            translate("Campaigns", "Unit cost"),
            translate("Campaigns", "单品直降 per unit"),
            *offer_names().values(),
            translate("Campaigns", "预售 deposit"),
            translate("Campaigns", "预售 deposit worth (定金膨胀)"),
            translate("Campaigns", "Units a buyer buys at most"),
            translate("Campaigns", "Stacking order"),
            translate("Campaigns", "Gross margin (break-even)"),
        ]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.basket.retranslate()
        self.views.setTabText(0, translate("Campaigns", "One product, 1…k units"))
        self.views.setTabText(1, translate("Campaigns", "Basket of several products"))
        self.use_plan.setText(translate("Campaigns", "Use the plan's offers"))
        self.use_plan.setToolTip(
            translate(
                "Campaigns",
                "Fill in the chosen product's campaign price and cost and the plan's offers",
            )
        )
        self.recompute()

    def set_plan(self, plan: CampaignPlan | None, catalogue: dict) -> None:
        self.plan, self.catalogue = plan, catalogue
        self.product.clear()
        for p in plan.products if plan else ():
            title = (catalogue.get((p.platform, p.sku)) or (None,))[0] or ""
            self.product.addItem(f"{p.sku} {title}".strip(), (p.platform, p.sku))
        self.use_plan.setEnabled(bool(plan and plan.products))
        self._set_basket_products()
        if plan is not None and plan.products:  # the plan's first product, to start
            self.fill_from_plan()
        if self._shop_path is not None and self.isVisible():
            self._load_baskets()

    def _set_basket_products(self) -> None:
        """The plan's products at their campaign price (else list price) for the basket."""
        lines, titles = [], []
        for p in self.plan.products if self.plan else ():
            title, list_price, _stock, cost = self.catalogue.get((p.platform, p.sku), (None,) * 4)
            if price := p.campaign_price_cents or list_price:
                lines.append(BasketLine(p.sku, price, 0, cost))
                titles.append(title or "")
        self.basket.set_products(lines, titles)

    def refresh(self, shop_path: Path | None, selection=None) -> None:
        self._shop_path = shop_path
        self._load_baskets()

    def _load_baskets(self) -> None:
        """The baskets of the plan's last comparable event (else the last 30 days)."""
        shop_path, plan = self._shop_path, self.plan
        if shop_path is None:
            self.baskets, self.period = pd.Series([], dtype="int64"), ""
            self.recompute()
            return

        def op(progress, cancel):
            with read_only(shop_path) as conn:
                if plan is None:
                    return recent_baskets(conn)
                return comparable_baskets(conn, plan.name, plan.start, plan.platform)

        self.runner.start("tab:campaign_baskets", op, self._on_baskets)

    def _on_baskets(self, result) -> None:
        self.baskets, first, last = result
        self.period = f"{first} ~ {last}" if first else ""
        self.recompute()
        self.loaded.emit(len(self.baskets))

    def fill_from_plan(self) -> None:
        if self.plan is None or self.product.currentData() is None:
            return
        product = self.plan.product(*self.product.currentData())
        _title, list_price, _stock, cost = self.catalogue.get(
            self.product.currentData(), (None,) * 4
        )
        m = self.plan.mechanics
        price = product.campaign_price_cents or list_price
        self.price.setText(format_cents(price) or "")
        self.cost.setText(format_cents(cost) or "")
        self.direct_off.clear()
        discount = m.discount if product.campaign_price_cents is None else None
        show_offers(self, replace(m, discount=discount))
        self.deposit.setText(format_cents(m.presale_deposit_cents) or "")
        self.deposit_value.setText(format_cents(m.presale_deposit_value_cents) or "")
        self.max_qty.setValue(self.plan.settings.max_qty)
        self.order.setText(order_text(self.plan.settings.order))
        self.recompute()

    def offers(self) -> Offers:
        order = read_order(self.order.text())
        if order is None:
            raise BadOffer("bad_order", self.order.text())
        return Offers(
            direct_off=_money(self.direct_off.text(), translate("Campaigns", "单品直降 per unit"))
            or 0,
            order=order,
            deposit=_money(self.deposit.text(), translate("Campaigns", "预售 deposit")) or 0,
            deposit_value=_money(self.deposit_value.text(),
                                 translate("Campaigns", "预售 deposit worth (定金膨胀)")) or 0,
            **read_offers(self),
        )

    def recompute(self, *_args) -> None:
        try:
            price = _money(self.price.text(), translate("Campaigns", "List price"))
            cost = _money(self.cost.text(), translate("Campaigns", "Unit cost"))
            offers = self.offers()
            if not price:
                raise FormError(translate("Campaigns", "Type the list price."))
            table = price_table(price, offers, self.max_qty.value())
        except FormError as error:
            self.message.setText(str(error))
            self.basket.show_basket(None)
            return
        except BadOffer as error:
            self.basket.show_basket(None)
            deposit = translate(
                "Campaigns", "预售: the deposit's worth (定金膨胀) is at least the deposit.")
            self.message.setText(
                deposit if error.code == "bad_deposit"
                else translate(
                    "Campaigns", "Stacking order: name each of {0} once; a rate is between 0 and 1."
                ).format(order_text(STEP_ORDER))
            )
            return
        self.message.clear()
        names = step_names()
        self.table.set_frame(
            pd.DataFrame(
                {
                    "qty": pd.array([q.qty for q in table.quantities], dtype="Int64"),
                    "list": pd.array([q.list_total for q in table.quantities], dtype="Int64"),
                    "total": pd.array([q.total for q in table.quantities], dtype="Int64"),
                    "unit": pd.array([q.unit_price for q in table.quantities], dtype="Int64"),
                    "margin": [margin(q.unit_price, cost) for q in table.quantities],
                    "steps": [
                        " → ".join(f"{names[s.step]} −{format_cents(s.off)}" for s in q.steps)
                        or translate("Campaigns", "no offer applies")
                        for q in table.quantities
                    ],
                }
            )
        )
        best = table.best
        text = translate("Campaigns", "Lowest price per unit: {price} buying {qty}").format(
            price=format_cents(best.unit_price), qty=best.qty
        )
        if (best_margin := margin(best.unit_price, cost)) is not None:
            text += translate("Campaigns", ", margin {0:.1f}%").format(best_margin * 100)
            if best.unit_price < cost:
                text += translate("Campaigns", " — below cost")
        if best.deposit:
            text += translate("Campaigns", " (deposit {0}, balance {1})").format(
                format_cents(best.deposit), format_cents(best.total - best.deposit))
        self.best.setText(text)
        self.basket.show_basket(offers)
        self._show_break_even(offers)

    def _show_break_even(self, offers: Offers) -> None:
        # every shop threshold offer: 满减 tiers, 每满减 (its first threshold), coupons
        kinds = {
            t: "shop" for t in offers.full_reduction + ((offers.every,) if offers.every else ())
        }
        kinds.update({t: "coupon" for t in offers.coupons if t not in kinds})
        tiers = list(kinds)
        m = self.gross_margin.value() / 100
        rows = tier_break_even(tiers, self.baskets, m)
        names = step_names()
        self.breakeven_title.setText(
            translate(
                "Campaigns",
                "满减 break-even at a gross margin of {m:.0f}%: the sales lift that keeps profit "
                "flat is m ÷ (m − d) − 1, d = off ÷ basket. Baskets: {n} orders of {period}.",
            ).format(
                m=m * 100,
                n=len(self.baskets),
                period=self.period or translate("Campaigns", "no orders"),
            )
        )
        self.breakeven.set_frame(
            pd.DataFrame(
                {
                    "tier": [f"{names[kinds[r.tier]]} {r.tier.text()}" for r in rows],
                    "basket": pd.array([r.basket_cents for r in rows], dtype="Int64"),
                    "discount": [r.discount for r in rows],
                    "lift": [r.lift_needed for r in rows],
                    "share": [r.share_reaching for r in rows],
                    "below": pd.array([r.just_below for r in rows], dtype="Int64"),
                }
            )
        )
        self.breakeven.size_columns([0], grow=True)  # the tier's name

    def printable_html(self, title: str) -> str:
        blocks = []
        for heading, view in (
            (self.best.text(), self.table),
            (self.breakeven_title.text(), self.breakeven),
        ):
            headers, texts, numeric, _note = shown_table(view, missing="—")
            blocks.append(table_block(heading, headers, texts, numeric))
        return page_html(title, self.title(), blocks)
