"""What the window shows while no shop is open: open the demo shop (built in the
background the first time), create a shop and import, open a shop or a recent one, save
the cost-and-stock sheet template, and the import guide for each platform."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...demo import build_demo_shop
from ...reports.cost_sheet_template import write_sheet_template
from ...settings import Settings
from ...tasks import TaskRunner
from ..messages import error_text
from .guide import ImportGuide

DEMO_TASK = "welcome:demo"


def build_demo(path: Path, scale: float, progress, cancel) -> Path:
    """The worker's part: the demo shop, cancelled between two progress reports."""

    def report(fraction: float) -> None:
        cancel.check()
        progress(fraction)

    build_demo_shop(path, progress=report, scale=scale)
    return path


class WelcomePage(QWidget):
    shop_chosen = Signal(object)  # Path of a shop to open
    new_shop_requested = Signal()
    open_shop_requested = Signal()

    def __init__(self, settings: Settings, runner: TaskRunner, demo_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.runner, self.demo_path = settings, runner, demo_path
        self.demo_scale = 1.0  # tests build a smaller demo shop
        self.building_demo = False
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self, wordWrap=True)

        self.demo_button, self.demo_note = QPushButton(self), QLabel(self, wordWrap=True)
        self.demo_progress = QProgressBar(self, visible=False, textVisible=False)
        self.new_button, self.new_note = QPushButton(self), QLabel(self, wordWrap=True)
        self.open_button, self.open_note = QPushButton(self), QLabel(self, wordWrap=True)
        self.template_button = QPushButton(self)
        self.template_note = QLabel(self, wordWrap=True)
        self.recent_label = QLabel(self)
        self.recent_list = QListWidget(self)
        self.guide_label = QLabel(self)
        self.guide_label.setFont(self._bold(self.guide_label))
        self.recent_label.setFont(self._bold(self.recent_label))
        self.guide = ImportGuide(self)

        actions = QGridLayout()
        actions.setColumnStretch(1, 1)
        actions.setVerticalSpacing(10)
        rows = ((self.demo_button, self.demo_note), (self.new_button, self.new_note),
                (self.open_button, self.open_note),
                (self.template_button, self.template_note))
        for row, (button, note) in enumerate(rows):
            button.setMinimumWidth(170)
            actions.addWidget(button, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            actions.addWidget(note, row * 2, 1)
        actions.addWidget(self.demo_progress, 1, 0, 1, 2)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.intro)
        left.addSpacing(8)
        left.addLayout(actions)
        left.addSpacing(8)
        left.addWidget(self.recent_label)
        left.addWidget(self.recent_list, 1)
        right = QVBoxLayout()
        right.addWidget(self.guide_label)
        right.addWidget(self.guide, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(24)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.demo_button.clicked.connect(self.open_demo)
        self.new_button.clicked.connect(self.new_shop_requested)
        self.open_button.clicked.connect(self.open_shop_requested)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        runner.progressed.connect(self._on_runner_progressed)
        runner.busy_changed.connect(self._on_runner_busy_changed)
        self.retranslate()

    @staticmethod
    def _bold(label: QLabel):
        font = label.font()
        font.setBold(True)
        return font

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to OpsDesk"))
        self.intro.setText(self.tr(
            "Download the exports from your shop's back-office as you do today; OpsDesk "
            "reads them into one shop file on this computer and answers what sold, what "
            "earned, who bought and what changed. Nothing leaves your computer."))
        self.demo_button.setText(self.tr("Open the demo shop"))
        self.demo_note.setText(self.tr(
            "Two years of a made-up Taobao and 抖店 shop, to look around first. Built once, "
            "in about half a minute."))
        self.new_button.setText(self.tr("Create a shop and import…"))
        self.new_note.setText(self.tr(
            "Choose where to keep your shop file, then pick the exports you downloaded "
            "(see the guide on the right)."))
        self.open_button.setText(self.tr("Open a shop…"))
        self.open_note.setText(self.tr("A shop file (.opsdesk) you made before."))
        self.template_button.setText(self.tr("Cost and stock template…"))
        self.template_note.setText(self.tr(
            "An Excel sheet to fill with each 商家编码's cost, stock, safety stock and lead "
            "time: margins and reorder alerts need them."))
        self.recent_label.setText(self.tr("Recent shops"))
        self.guide_label.setText(self.tr("Where to download each export"))
        self.guide.retranslate()
        self.show_recent_shops()

    def show_recent_shops(self) -> None:
        self.recent_list.clear()
        for path in self.settings.recent_shops:
            if not Path(path).exists():
                continue
            item = QListWidgetItem(f"{Path(path).stem}   —   {path}", self.recent_list)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
        if not self.recent_list.count():
            item = QListWidgetItem(self.tr("None yet"), self.recent_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    @Slot(QListWidgetItem)
    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        if path := item.data(Qt.ItemDataRole.UserRole):
            self.shop_chosen.emit(Path(path))

    # -- the demo shop -------------------------------------------------------------
    @Slot()
    def open_demo(self) -> None:
        if self.demo_path.exists():
            self.shop_chosen.emit(self.demo_path)
            return
        self.building_demo = True
        self.demo_button.setEnabled(False)
        self.demo_progress.setRange(0, 0)
        self.demo_progress.setVisible(True)
        path, scale = self.demo_path, self.demo_scale
        self.runner.start(DEMO_TASK, lambda progress, cancel: build_demo(
            path, scale, progress, cancel), self._on_demo_built, self._on_demo_failed)

    def _demo_done(self) -> None:
        self.building_demo = False
        self.demo_button.setEnabled(True)
        self.demo_progress.setVisible(False)

    def _on_demo_built(self, path: Path) -> None:
        self._demo_done()
        self.shop_chosen.emit(path)

    def _on_demo_failed(self, error: BaseException) -> None:
        self._demo_done()
        QMessageBox.warning(self, self.tr("The demo shop could not be built"),
                            error_text(error))

    @Slot(str, float)
    def _on_runner_progressed(self, key: str, fraction: float) -> None:
        if key == DEMO_TASK:
            self.demo_progress.setRange(0, 1000)
            self.demo_progress.setValue(round(fraction * 1000))

    @Slot(bool)
    def _on_runner_busy_changed(self, busy: bool) -> None:
        if not busy:  # a cancelled build reports nothing else
            self._demo_done()

    # -- the template --------------------------------------------------------------
    def template_notes(self) -> dict[str, str]:
        return {
            "sku": self.tr("Required. The code you give each product or SKU in the "
                           "back-office (商家编码 / 货号 / SKU), exactly as in the exports."),
            "title": self.tr("Optional: the product's name."),
            "variant": self.tr("Optional: colour, size… of this SKU."),
            "cost": self.tr("What one unit costs you, in yuan (e.g. 23.50). Margins and "
                            "毛利率 need it."),
            "stock": self.tr("Units in stock today. Days of cover and low-stock alerts "
                             "need it."),
            "safety_stock": self.tr("Optional: the fewest units you want to keep."),
            "lead_time_days": self.tr("Optional: days from ordering to receiving new stock."),
            "price": self.tr("Optional: your selling price, in yuan."),
            "category": self.tr("Optional: your own category."),
            "platform": self.tr("Optional: 淘宝, 京东, 抖店, 拼多多, Shopify… when a code "
                                "means different products on different platforms."),
        }

    @Slot()
    def _on_template_button_clicked(self) -> None:
        name = self.tr("cost-and-stock.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> bool:
        try:
            write_sheet_template(path, self.template_notes())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save the template"), error_text(error))
            return False
        QMessageBox.information(self, self.tr("Save the template"), self.tr(
            "Saved {0}. Fill in one row per 商家编码, save it, then import it like an "
            "export (File → Import…).").format(path))
        return True
