"""Channels (渠道运营): one row per traffic source or ad channel with spend, visitors,
buyers, GMV, conversion, CTR, CPC, 投产比 and 获客成本, in the model's order (the channels
whose new buyers cost least on top, so a budget move reads from the top), a total per
currency, notes naming the exports that are missing, and a bar chart of 投产比."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...models.channels import ChannelTable, channel_table
from ...models.period_presets import PeriodSelection
from ...reports.page_html import image_block, page_html
from ...tasks import TaskRunner
from ..labels import platform_name
from ..messages import error_text
from ..shop_reading import read_only
from ..table import Column, TableView
from .printable import CHART_WIDTH, table_view_block, widget_png

HIDDEN = ("impressions", "clicks", "new_buyers", "ad_gmv")  # in the column chooser


class ChannelsPage(QWidget):
    loaded = Signal(int)  # rows shown
    key = "channels"

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result: ChannelTable | None = None
        self.chart = None  # RoiChart, built with the first figures (pyqtgraph is slow to load)
        self.note = QLabel(self, wordWrap=True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = TableView(self.columns(), parent=self, export_name="channels")
        for index, column in enumerate(self.table.model.columns):
            if column.key in HIDDEN:
                self.table.set_column_visible(index, False)
        self.chart_box = QWidget(self)
        self.chart_box.setLayout(QVBoxLayout())
        self.chart_box.layout().setContentsMargins(0, 0, 0, 0)
        self.chart_box.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 240])  # scaled to the page's height when first laid out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Channels")

    def columns(self) -> list[Column]:
        return [
            Column("platform_name", self.tr("Platform")),
            Column("channel_name", self.tr("Channel"), "text", self.tr(
                "A 生意参谋 traffic source (一级/二级来源) or an ad tool; an ad tool's row "
                "joins the source its visitors arrive in")),
            Column("spend", self.tr("Spend"), "money", self.tr(
                "What the ad tool charged in the period (推广 ad spend exports)")),
            Column("visitors", self.tr("Visitors"), "int", self.tr(
                "Visitors from the 生意参谋 traffic sources. Summed over sub-sources or "
                "periods they are approximate, and the total always is: a visitor can "
                "arrive through several sources")),
            Column("buyers", self.tr("Buyers"), "int", self.tr(
                "Paying buyers from the 生意参谋 traffic sources")),
            Column("gmv", self.tr("GMV"), "money", self.tr(
                "Paid amount from the 生意参谋 traffic sources")),
            Column("conversion", self.tr("Conversion"), "rate", self.tr(
                "Buyers ÷ visitors")),
            Column("ctr", self.tr("CTR"), "rate", self.tr("Clicks ÷ impressions")),
            Column("cpc", self.tr("CPC"), "money", self.tr("Spend ÷ clicks")),
            Column("roi", self.tr("ROI (投产比)"), "number", self.tr(
                "Attributed GMV ÷ spend. Attributed GMV is the 成交金额 the ad report "
                "states, else the 支付金额 of the channel's traffic source. Below 1 the "
                "channel costs more than it sells")),
            Column("cac", self.tr("CAC (获客成本)"), "money", self.tr(
                "Spend ÷ the new buyers the ad report states: what one new buyer costs. "
                "The rows are sorted by it, cheapest first")),
            Column("currency", self.tr("Currency")),
            Column("impressions", self.tr("Impressions"), "int"),
            Column("clicks", self.tr("Clicks"), "int"),
            Column("new_buyers", self.tr("New buyers"), "int", self.tr(
                "New buyers as the ad report states them")),
            Column("ad_gmv", self.tr("Ad GMV (成交金额)"), "money", self.tr(
                "The GMV the ad tool attributes to itself")),
        ]

    def retranslate(self) -> None:
        """Titles in the new language; the window then refreshes the rows."""
        self.table.model.retitle(self.columns())
        self.table.model.set_locale(QLocale())
        if self.chart is not None:
            self.chart.retranslate()

    # -- loading ---------------------------------------------------------------------
    def refresh(self, shop_path: Path | None, selection: PeriodSelection) -> None:
        if shop_path is None:
            self.result = None
            self.table.set_frame(None)
            self.chart_box.hide()
            self.note.setText(self.tr("Open or create a shop, then import your exports."))
            return

        def op(progress, cancel):
            with read_only(shop_path) as conn:
                return channel_table(conn, selection.period, selection.platform)

        self.runner.start(f"reports:{self.key}", op, self._on_loaded, self._on_failed)

    def _on_loaded(self, result: ChannelTable) -> None:
        self.result = result
        self.table.set_frame(self.shown_frame(result.rows))
        self.note.setText(self.describe(result))
        self._show_chart(result.rows)
        self.loaded.emit(self.table.model.rowCount())

    def _on_failed(self, error: BaseException) -> None:
        self.note.setText(self.tr("Could not load: {0}").format(error_text(error)))

    def shown_frame(self, rows: pd.DataFrame) -> pd.DataFrame:
        """The model's rows with names to read: platform, channel, 'Total (CNY)'."""
        frame = rows.copy()
        total = frame["row_kind"] == "total"
        frame["platform_name"] = ["" if t else platform_name(p)
                                  for p, t in zip(frame["platform"], total, strict=True)]
        frame["channel_name"] = [self.tr("Total ({0})").format(c) if t else name
                                 for name, c, t in zip(frame["channel"], frame["currency"],
                                                       total, strict=True)]
        return frame

    def _show_chart(self, rows: pd.DataFrame) -> None:
        with_roi = rows[(rows["row_kind"] == "channel") & rows["roi"].notna()]
        if with_roi.empty:
            self.chart_box.hide()
            return
        if self.chart is None:
            from .charts import RoiChart

            self.chart = RoiChart(self.chart_box)
            self.chart.setMinimumHeight(180)
            self.chart_box.layout().addWidget(self.chart)
        with_roi = with_roi.sort_values("roi", ascending=False, kind="stable")
        several = rows.loc[rows["row_kind"] == "channel", "platform"].nunique() > 1
        names = [f"{c} · {platform_name(p)}" if several else c
                 for c, p in zip(with_roi["channel"], with_roi["platform"], strict=True)]
        self.chart.set_data(names, with_roi["roi"].astype(float).tolist())
        self.chart_box.show()

    # -- what the notes say ----------------------------------------------------------
    def describe(self, result: ChannelTable) -> str:
        rows = result.rows
        channels = rows[rows["row_kind"] == "channel"]
        lines = [self.tr("{0}. Channels with spend first, the cheapest new buyer (获客成本) "
                         "on top: budget moved up the list buys more.").format(result.period)]
        if channels.empty:
            lines.append(self.tr(
                "No channel figures for this period: import the 生意参谋 traffic source export "
                "(流量来源) and the 推广 ad spend exports (直通车, 万相台, 巨量千川 …)."))
            return "\n".join(lines)
        if channels["spend"].isna().all():
            lines.append(self.tr(
                "No ad spend in this period: import the 推广 ad spend exports (直通车, 万相台, "
                "巨量千川 …) for spend, CPC, ROI and CAC."))
        if not any(share > 0 for share in result.coverage.values()):
            lines.append(self.tr(
                "No 生意参谋 traffic sources for this period: import the traffic source "
                "export (流量来源) for visitors, buyers and conversion."))
        for platform, share in sorted(result.coverage.items()):
            if 0 < share < 1:
                periods = ", ".join(f"{s}~{e}" for s, e in result.source_periods.get(
                    platform, []))
                lines.append(self.tr(
                    "{0}: the 生意参谋 traffic sources cover only {1} of the period ({2}): "
                    "import the traffic source export for the whole period.").format(
                        platform_name(platform), self._percent(share), periods))
        no_source = channels[channels["spend"].notna() & channels["visitors"].isna()]
        if not no_source.empty and any(s > 0 for s in result.coverage.values()):
            lines.append(self.tr(
                "{0}: no 生意参谋 traffic source, so visitors and conversion are unknown "
                "(ROI uses the ad report's 成交金额).").format("、".join(no_source["channel"])))
        no_new = channels[(channels["spend"] > 0).fillna(False) & channels["cac"].isna()]
        if not no_new.empty:
            lines.append(self.tr(
                "{0}: the ad report states no new buyers, so CAC is unknown.").format(
                    "、".join(no_new["channel"])))
        return "\n".join(lines)

    @staticmethod
    def _percent(share: float) -> str:
        return QLocale().toString(share * 100, "f", 0) + "%"

    def printable_html(self, title: str) -> str:
        blocks = [table_view_block(self.table)]
        if self.chart is not None and not self.chart_box.isHidden():
            blocks.append(image_block(widget_png(self.chart), CHART_WIDTH))
        return page_html(title, self.note.text(), blocks)
