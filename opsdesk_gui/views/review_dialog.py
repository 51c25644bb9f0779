"""Reports → Daily/weekly/monthly review…: choose the kind, the day it ends on and the
platform, then preview (and print from the preview), print, save a PDF or an XLSX.

The content is built on the TaskRunner (its own connection, the daily cache brought up to
date there); only the charts and the final QTextDocument paint run on the GUI thread (a
few hundred ms). A built review is kept for the same choices, so preview then save builds
once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..printed.review_document import review_document_html
from ..printed.review_text import review_labels
from ..reports.review import KINDS, ReviewContent, build_review, review_base, review_period
from ..reports.review_xlsx import write_review_xlsx
from ..tasks import TaskRunner
from . import printing
from .labels import platform_name
from .messages import error_text
from .shop_reading import fresh_cache_connection


class ReviewDialog(QDialog):
    document_saved = Signal(str)  # the path of a PDF or XLSX just written

    def __init__(self, shop_path: Path, platforms: list[str], last_day: date | None,
                 runner: TaskRunner, parent: QWidget | None = None,
                 platform: str | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shop_path, self.runner = Path(shop_path), runner
        self._built: tuple[tuple, ReviewContent] | None = None
        self.kind = QComboBox(self)
        for code in KINDS:
            self.kind.addItem("", code)
        self.kind.setCurrentIndex(KINDS.index("weekly"))
        self.end = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        day = last_day or date.today()
        self.end.setDate(QDate(day.year, day.month, day.day))
        self.platform = QComboBox(self)
        self.platform.addItem("", None)
        for code in platforms:
            self.platform.addItem(platform_name(code), code)
        if platform in platforms:
            self.platform.setCurrentIndex(platforms.index(platform) + 1)
        self.covers = QLabel(self, wordWrap=True)
        self.status = QLabel(self, wordWrap=True)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(4)]
        for name, field in zip(self.form_labels,
                               (self.kind, self.end, self.platform, self.covers), strict=True):
            self.form.addRow(name, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.preview_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.xlsx_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.xlsx_button.clicked.connect(self._on_xlsx_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update_covers)
        self.end.dateChanged.connect(self._update_covers)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Daily, weekly or monthly review"))
        names = (self.tr("Daily snapshot (that day)"),
                 self.tr("Weekly review (the seven days ending on it)"),
                 self.tr("Monthly review (its calendar month)"))
        for index, name in enumerate(names):
            self.kind.setItemText(index, name)
        self.platform.setItemText(0, self.tr("All platforms"))
        for name, text in zip(self.form_labels, (self.tr("Review"), self.tr("Ending on"),
                                                 self.tr("Platform"), self.tr("Covers")),
                              strict=True):
            name.setText(text)
        self.preview_button.setText(self.tr("Preview…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        self.xlsx_button.setText(self.tr("Save XLSX…"))
        self._update_covers()

    def done(self, result: int) -> None:
        # a review still building would call back into a closed dialog: drop it (an
        # XLSX being written is still written)
        self.runner.cancel("review")
        self.runner.cancel("review-xlsx")
        super().done(result)

    # -- the choices ------------------------------------------------------------------
    def choices(self) -> tuple[str, date, str | None]:
        qdate = self.end.date()
        return (self.kind.currentData(), date(qdate.year(), qdate.month(), qdate.day()),
                self.platform.currentData())

    @Slot()
    def _update_covers(self) -> None:
        kind, end, _ = self.choices()
        period = review_period(kind, end)
        self.covers.setText(self.tr("{0} ({1} days), compared with {2}").format(
            period, period.days, review_base(kind, period)))

    def _with_review(self, then: Callable[[ReviewContent], None]) -> None:
        """Build the review for the current choices off the GUI thread (or reuse the last
        one built for them), then call `then` with it on the GUI thread."""
        choices = self.choices()
        if self._built and self._built[0] == choices:
            then(self._built[1])
            return
        shop, (kind, end, platform) = self.shop_path, choices

        def op(progress, cancel):
            with fresh_cache_connection(shop) as conn:
                return build_review(conn, kind, end, platform, progress, cancel)

        def done(content: ReviewContent) -> None:
            self._built = (choices, content)
            self.status.clear()
            then(content)

        self.status.setText(self.tr("Building the review…"))
        self.runner.start("review", op, done, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def _html(self, content: ReviewContent) -> str:
        return review_document_html(content, self.shop_path.stem)

    def _default_name(self, suffix: str) -> str:
        kind, end, _ = self.choices()
        return str(self.shop_path.with_name(f"{self.shop_path.stem}-{kind}-{end}{suffix}"))

    # -- the buttons ------------------------------------------------------------------
    @Slot()
    def _on_preview_clicked(self) -> None:
        self._with_review(lambda c: printing.preview(self, self._html(c), landscape=False))

    @Slot()
    def _on_print_clicked(self) -> None:
        self._with_review(lambda c: printing.print_html(self, self._html(c), landscape=False))

    @Slot()
    def _on_pdf_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the review as PDF"),
                                              self._default_name(".pdf"), "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    @Slot()
    def _on_xlsx_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the review as XLSX"),
                                              self._default_name(".xlsx"), "Excel (*.xlsx)")
        if path:
            self.save_xlsx(Path(path))

    def save_pdf(self, path: Path) -> None:
        def write(content: ReviewContent) -> None:
            try:
                printing.save_pdf(self._html(content), path, landscape=False,
                                  title=f"{self.shop_path.stem} {content.period}")
            except OSError as exc:
                self._on_failed(exc)
                return
            self._saved(path)

        self._with_review(write)

    def save_xlsx(self, path: Path) -> None:
        labels = review_labels()  # the wording is read here, the file written in a worker

        def write(content: ReviewContent) -> None:
            self.runner.start("review-xlsx",
                              lambda progress, cancel: write_review_xlsx(content, labels, path),
                              lambda _: self._saved(path), self._on_failed)

        self._with_review(write)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {0}").format(str(path)))
        self.document_saved.emit(str(path))
