"""Title check (标题检查): every product title with its length against the platform's limit
and its findings marked in the title (banned words red, repeats orange, the tail over the
limit grey) with the advice; and on top a checker for a title being written, checked as
it is typed (one title is a pure, cheap check: on the GUI thread).

The owner's extra banned words (Settings.extra_banned_words, edited with the "Extra banned
words…" button) are passed to every check. The page keeps them in the Settings given to it
(`settings=` or `set_settings`: the main window's); without, only for the session.

API (the ProductsTab codes against it):
- `TitleCheckPage(runner, parent=None, settings=None)`; `set_settings(settings)`;
- `refresh(shop_path, selection)` (the shop's titles, checked in a worker); `title()`;
  `retranslate()`; `loaded = Signal(int)` (titles shown); `checks` holds the
  models.titles.ProductTitle of each row of the table's frame.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import current_language
from ...models.period_presets import PeriodSelection
from ...models.titles import ProductTitle, TitleCheck, check_product_titles
from ...models.titles import check_title as run_check
from ...settings import Settings
from ...tasks import TaskRunner
from ..labels import count_text, platform_name
from ..messages import error_text
from ..shop_reading import read_only
from ..table import Column, TableView
from .banned_words_dialog import BannedWordsDialog
from .title_html import BANNED_COLOUR, OVERFLOW_COLOUR, REPEAT_COLOUR, title_html

CHECKER_PLATFORMS = ("taobao", "douyin", "pdd", "jd", "kuaishou", "shopify", "woocommerce")


def suggestions_text(check: TitleCheck, separator: str = "; ") -> str:
    language = current_language()
    return separator.join(f.suggestion_in(language) for f in check.findings)


class RichTitleDelegate(QStyledItemDelegate):
    """Paints the title column as rich text: the page gives the HTML of a frame row."""

    def __init__(self, page: TitleCheckPage) -> None:
        super().__init__(page)
        self.page = page

    def paint(self, painter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        html = self.page.row_html(index.row())
        if html is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = text_rect.top() + max(0, (text_rect.height() - doc.size().height()) / 2)
        painter.translate(text_rect.left() + 2, top)
        painter.setClipRect(0, 0, text_rect.width() - 2, text_rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()


class TitleCheckPage(QWidget):
    loaded = Signal(int)
    key = "titles"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._settings = settings
        self._session_words: list[str] = []
        self._last: tuple[Path | None, PeriodSelection] | None = None
        self.checks: list[ProductTitle] = []
        self._html: list[str] = []

        self.checker_label = QLabel(self)
        self.checker_label.setStyleSheet("font-weight: bold;")
        self.checker = QLineEdit(self)
        self.checker.setClearButtonEnabled(True)
        self.platform_box = QComboBox(self)
        self.words_button = QPushButton(self)
        self.result = QLabel(self, wordWrap=True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setMinimumHeight(self.fontMetrics().height() * 2)
        self.note = QLabel(self, wordWrap=True)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.table = TableView(self.columns(), parent=self, export_name="title_check")
        self.delegate = RichTitleDelegate(self)
        self._title_column = [c.key for c in self.table.model.columns].index("title")
        self.table.table.setItemDelegateForColumn(self._title_column, self.delegate)
        self.table.table.horizontalHeader().setStretchLastSection(True)  # the advice

        row = QHBoxLayout()
        row.addWidget(self.checker_label)
        row.addWidget(self.checker, 1)
        row.addWidget(self.platform_box)
        row.addWidget(self.words_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(row)
        layout.addWidget(self.result)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 1)
        notes.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(notes)
        layout.addWidget(self.table, 1)

        self.checker.textChanged.connect(self._on_checker_text_changed)
        self.platform_box.currentIndexChanged.connect(self._on_checker_text_changed)
        self.words_button.clicked.connect(self.edit_extra_words)
        self.retranslate()

    # -- settings -------------------------------------------------------------------
    def set_settings(self, settings: Settings | None) -> None:
        self._settings = settings

    def settings(self) -> Settings | None:
        return self._settings

    def extra_words(self) -> list[str]:
        settings = self.settings()
        return settings.extra_banned_words if settings is not None else self._session_words

    def set_extra_words(self, words: list[str]) -> None:
        """Keep the words (in the settings when there are some) and check everything again."""
        settings = self.settings()
        if settings is not None:
            settings.extra_banned_words = words
        else:
            self._session_words = list(dict.fromkeys(w.strip() for w in words if w.strip()))
        self._on_checker_text_changed()
        if self._last is not None:
            self.refresh(*self._last)

    def edit_extra_words(self) -> None:
        dialog = BannedWordsDialog(self.extra_words(), self)
        if dialog.exec():
            self.set_extra_words(dialog.words())

    # -- texts ----------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Title check")

    def columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("sku", self.tr("SKU"), "id"),
            Column("title", self.tr("Title"), "text", self.tr(
                "Banned words (极限词) red, repeated words (keyword stuffing) orange, the part "
                "over the platform's limit grey")),
            Column("bytes", self.tr("Bytes"), "int", self.tr(
                "The title's length as the platform counts it: a Chinese character 2 bytes, "
                "a letter or digit 1")),
            Column("limit", self.tr("Limit"), "int", self.tr(
                "The platform's limit in bytes (淘宝/天猫 60 = 30 Chinese characters); - where "
                "no documented limit is known")),
            Column("findings", self.tr("Findings"), "int"),
            Column("advice", self.tr("What to change"), "text"),
        ]

    def retranslate(self) -> None:
        self.checker_label.setText(self.tr("Check a title:"))
        self.checker.setPlaceholderText(self.tr(
            "Type or paste a new title: it is checked as you type"))
        self.words_button.setText(self.tr("Extra banned words…"))
        self.words_button.setToolTip(self.tr(
            "Add your own words to flag in titles, on top of the Advertising Law's list"))
        current = self.platform_box.currentData() or "taobao"
        self.platform_box.blockSignals(True)
        self.platform_box.clear()
        for code in CHECKER_PLATFORMS:
            self.platform_box.addItem(platform_name(code), code)
        self.platform_box.setCurrentIndex(CHECKER_PLATFORMS.index(current))
        self.platform_box.blockSignals(False)
        self.legend.setText(
            f'<span style="color:{BANNED_COLOUR}; font-weight:bold">{self.tr("banned word")}'
            f'</span> &nbsp; <span style="color:{REPEAT_COLOUR}; font-weight:bold">'
            f'{self.tr("repeat")}</span> &nbsp; <span style="color:{OVERFLOW_COLOUR}; '
            f'text-decoration:line-through">{self.tr("over the limit")}</span>')
        self.table.model.retitle(self.columns())
        self.table.model.set_locale(QLocale())
        self._on_checker_text_changed()

    # -- the checker ----------------------------------------------------------------
    def check_typed(self) -> TitleCheck:
        return run_check(self.checker.text(), self.platform_box.currentData() or "taobao",
                         extra_words=self.extra_words())

    def _on_checker_text_changed(self, *_args) -> None:
        text = self.checker.text()
        if not text.strip():
            self.result.setText(self.tr(
                "A good title: core word + attribute words + scene words "
                "(核心词+属性词+场景词), no absolute claims, no repeated keywords."))
            return
        check = self.check_typed()
        size = self.tr("{bytes} of {limit} bytes").format(
            bytes=check.bytes, limit=check.limit) if check.limit is not None else self.tr(
            "{bytes} bytes (no limit checked for this platform)").format(bytes=check.bytes)
        lines = [f"{title_html(check.title, check.findings)} &nbsp; "
                 f'<span style="color:{OVERFLOW_COLOUR}">{size}</span>']
        if check.findings:
            lines += [f"• {escape(f.suggestion_in(current_language()))}"
                      for f in check.findings]
        else:
            lines.append(self.tr("No findings: no banned words, no repeats, within the limit."))
        self.result.setText("<br>".join(lines))

    # -- the shop's titles ----------------------------------------------------------
    def row_html(self, view_row: int) -> str | None:
        """The rich text of the title in the table's `view_row` (None: no such row)."""
        order = self.table.model.row_order()
        if not 0 <= view_row < len(order) or len(self._html) != self.table.model.total_rows:
            return None
        return self._html[int(order[view_row])]

    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        self._last = (shop_path, selection)
        if shop_path is None:
            self.checks, self._html = [], []
            self.table.set_frame(None)
            self.note.setText(self.tr("Open or create a shop, then import your exports."))
            return
        extra, platform = self.extra_words(), selection.platform

        def op(progress, cancel):
            with read_only(shop_path) as conn:
                checks = check_product_titles(conn, platform, extra_words=extra)
            return shown_titles(checks)

        self.runner.start(f"products:{self.key}", op, self._on_loaded, self._on_failed)

    def _on_loaded(self, shown: tuple[list[ProductTitle], pd.DataFrame, list[str]]) -> None:
        checks, frame, self._html = shown
        self.checks = checks
        self.table.set_frame(frame)
        flagged = sum(1 for c in checks if c.check.findings)
        extra = self.extra_words()
        note = self.tr("{titles} titles checked, {flagged} with something to change.").format(
            titles=count_text(len(checks)), flagged=count_text(flagged))
        if extra:
            note += " " + self.tr("Your extra banned words: {0}.").format("、".join(extra))
        self.note.setText(note)
        self.loaded.emit(len(checks))

    def _on_failed(self, error: BaseException) -> None:
        self.note.setText(self.tr("Could not load: {0}").format(error_text(error)))


def shown_titles(checks: list[ProductTitle]) -> tuple[list[ProductTitle], pd.DataFrame,
                                                       list[str]]:
    """The checks in the table's order (most findings first), its frame and each title's
    marked-up HTML: built in the loading worker (thousands of titles)."""
    checks = sorted(checks, key=lambda c: (-len(c.check.findings), c.platform, c.sku))
    frame = pd.DataFrame({
        "platform_name": [platform_name(c.platform) for c in checks],
        "sku": [c.sku for c in checks],
        "title": [c.check.title for c in checks],
        "bytes": [c.check.bytes for c in checks],
        "limit": pd.array([c.check.limit for c in checks], dtype="Int64"),
        "findings": [len(c.check.findings) for c in checks],
        "advice": [suggestions_text(c.check) for c in checks],
    })
    return checks, frame, [title_html(c.check.title, c.check.findings) for c in checks]
