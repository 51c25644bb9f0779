"""What the Customers pages share: loading in a worker from the shop's paid orders with the
tab's settings, reloading with the last shop and selection, the note above the figures
(with what makes its buyers approximate), and the failure message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...models.customer_orders import (
    cached_paid_orders,
    in_one_currency,
    last_order_day,
    orders_before_receivers,
)
from ...models.customer_rules import tiers_from_json
from ...models.period_presets import PeriodSelection
from ...store.customer_rules import read_rules
from ...tasks import TaskRunner
from ...writes import write_customer_rule
from ..labels import count_text
from ..messages import error_text
from ..shop_reading import read_only
from .controls import CustomerControls

TIER_RULE = "default"  # the name the tier rules are saved under (kind 'tiers')


@dataclass(frozen=True)
class PageInput:
    """What a page's worker gets: the orders (one currency) and the settings."""

    shop_path: Path
    orders: object            # pd.DataFrame of customer_orders.ORDER_COLUMNS
    currency: str
    as_of: date | None        # the owner's pick, else the last order day (None: no orders)
    last_order: date | None
    window_days: int
    vocabulary: str
    fixed_f: bool
    cutoffs: object = None    # rfm.Cutoffs as the owner edited them, else None (quintiles)
    tiers: tuple = ()         # customer_rules.Tier, as saved in the shop file


class CustomerPage(QWidget):
    loaded = Signal(int)
    key = "customers"

    def __init__(self, runner: TaskRunner, controls: CustomerControls,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.controls = runner, controls
        self.shop_path: Path | None = None
        self.selection: PeriodSelection | None = None  # of the last refresh
        self.note = QLabel(self, wordWrap=True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 8)
        self.body.addWidget(self.note)

    # -- what a page defines -----------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    @staticmethod
    def compute(data: PageInput, progress, cancel):
        raise NotImplementedError

    def show_result(self, result) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def compute_args(self) -> tuple:
        """Page-specific inputs of `compute`, read on the GUI thread before the worker."""
        return ()

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Refresh with the shop and selection of the last refresh (after an edit)."""
        if self.selection is not None:
            self.refresh(self.shop_path, self.selection)

    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        self.shop_path, self.selection = shop_path, selection
        if shop_path is None:
            self.clear()
            self.note.setText(self.tr("Open or create a shop, then import your exports."))
            return
        picked, controls = self.controls.picked_as_of, self.controls
        settings = (controls.window_days, controls.vocabulary, controls.fixed_f,
                    controls.cutoffs)
        compute, extra = type(self).compute, self.compute_args()

        def op(progress, cancel):
            with read_only(shop_path) as conn:
                orders = cached_paid_orders(conn, str(shop_path), selection.platform)
                tiers = tiers_from_json(read_rules(conn, "tiers").get(TIER_RULE))
                before = orders_before_receivers(conn, selection.platform)
            orders, currency = in_one_currency(orders)
            last = last_order_day(orders)
            data = PageInput(shop_path, orders, currency, picked or last, last, *settings,
                             tiers)
            approximate = bool(orders["approximate"].to_numpy().any())
            return data, compute(data, progress, cancel, *extra), (approximate, before)

        self.runner.start(f"customers:{self.key}", op, self._on_loaded, self._on_failed)

    def _on_loaded(self, outcome) -> None:
        data, result, (approximate, before) = outcome
        self.controls.show_as_of(data.as_of)
        self.show_result(result)
        notes = [self.note.text()]
        if approximate and data.as_of is not None:
            notes.append(self.tr(
                "Approximate: 抖店, 拼多多 and 快手 exports have no buyer ID, so a buyer there "
                "is the receiver's name and phone as exported (one person with two phones "
                "counts twice, people sharing a masked phone once), and an order with "
                "neither counts as a buyer of its own."))
        if before:
            notes.append(self.tr(
                "{count} orders of 抖店, 拼多多 or 快手 were imported before OpsDesk kept the "
                "receiver: each counts as a buyer of its own until you import their export "
                "again.").format(count=count_text(before)))
        self.note.setText(" ".join(n for n in notes if n))

    def write_rule(self, shop_path: Path, write, on_done) -> None:
        """Run a customer_rules write (a function of a connection) in the worker; it
        commits whatever happens, so Cancel leaves it alone."""
        self.runner.submit_write(f"customers:write:{self.key}",
                                 lambda progress, cancel: write_customer_rule(shop_path, write),
                                 on_done, self._on_failed, cancellable=False)

    def _on_failed(self, error: BaseException) -> None:
        self.clear()
        self.note.setText(error_text(error))
