"""The status bar's contents: the shop, the days its orders cover and its last import on
the left; on the right, background work with its progress and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from ..tasks import TaskRunner

translate = QCoreApplication.translate
SHOW_AFTER_MS = 600  # work that ends sooner never flashes a progress bar


class BackgroundWork(QWidget):
    """Progress of the runner's tasks: indeterminate until one reports a fraction."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.progress = QProgressBar(self, maximumWidth=200, textVisible=False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addStretch(1)  # an empty status bar (no shop) must not widen the button
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._delay = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._delay.timeout.connect(self._on_delay_timeout)
        runner.busy_changed.connect(self._on_runner_busy_changed)
        runner.progressed.connect(self._on_runner_progressed)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the work running in the background"))

    @Slot(bool)
    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            self.progress.setRange(0, 0)
            self._delay.start()
        else:
            self._delay.stop()
            self.setVisible(False)

    @Slot()
    def _on_delay_timeout(self) -> None:
        self.setVisible(self.runner.busy)

    @Slot(str, float)
    def _on_runner_progressed(self, key: str, fraction: float) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(round(fraction * 1000))

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.runner.cancel_all()


class ShopStatus:
    """Fills a window's status bar: three labels and the background work."""

    def __init__(self, bar: QStatusBar, runner: TaskRunner) -> None:
        self.shop_label, self.range_label, self.import_label = QLabel(), QLabel(), QLabel()
        for label in (self.shop_label, self.range_label, self.import_label):
            bar.addWidget(label)
        self.work = BackgroundWork(runner, bar)
        bar.addPermanentWidget(self.work)

    def show_shop(self, name: str | None, info: dict) -> None:
        self.shop_label.setText(name or translate("MainWindow", "No shop"))
        first, last = info.get("first_order_date"), info.get("last_order_date")
        self.range_label.setText(translate("MainWindow", "Orders {first} to {last}").format(
            first=first, last=last) if first else translate("MainWindow", "No orders yet"))
        imports = info.get("imports") or []
        self.import_label.setText(translate("MainWindow", "Last import {0}").format(
            imports[0]["imported_at"]) if imports else "")
