"""The import guide's words: for each platform, where in its back-office each export is
downloaded, the file to expect, and what it adds to OpsDesk's tabs.

Menu paths are the platforms' own (they rename them now and then), so they are kept in
Chinese for the Chinese platforms and in English for Shopify and WooCommerce, in both
languages of the window. File names are the ones the importers detect.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Export:
    name: str    # what the export is, translated
    where: str   # the clicks in the back-office (the platform's own words)
    files: str   # the file names to expect
    adds: str    # what it adds to the tabs, translated


@dataclass(frozen=True)
class Platform:
    key: str
    name: str
    exports: tuple[Export, ...]
    note: str = ""


def platforms() -> list[Platform]:
    """The guide in the current language (call again after a language change)."""
    orders_adds = translate(
        "ImportGuide", "Sales, orders and buyers: the Products, Customers and Reports tabs.")
    ads_adds = translate("ImportGuide", "Ad spend: Reports → Channels (ROAS, cost per buyer).")
    dates = translate("ImportGuide", "choose the dates")
    days = translate("ImportGuide", "choose the days")
    return [
        Platform("taobao", translate("ImportGuide", "Taobao / Tmall (千牛)"), (
            Export(translate("ImportGuide", "Orders: 订单报表 and 宝贝报表"),
                   "千牛卖家中心 → 交易 → 已卖出的宝贝 → 批量导出 → "
                   + translate("ImportGuide", "choose the dates, tick 订单报表 and 宝贝报表")
                   + " → 生成报表 → 下载",
                   "ExportOrderList‹…›.csv, ExportOrderDetailList‹…›.csv",
                   translate("ImportGuide",
                             "Import both together: orders, buyers, and each product's units "
                             "and sales (Products, Customers, Reports).")),
            Export(translate("ImportGuide", "Refunds: 退款管理"),
                   "千牛卖家中心 → 交易 → 退款管理 → 批量导出 → 下载",
                   translate("ImportGuide", "the 退款管理 export (CSV or XLSX)"),
                   translate("ImportGuide",
                             "Refund reasons and amounts: Reports → After-sales, and net "
                             "sales.")),
            Export(translate("ImportGuide", "Traffic: 生意参谋 downloads"),
                   "生意参谋 → 流量 → 店铺来源 → 下载; 生意参谋 → 品类 → 商品效果 → 下载; "
                   "生意参谋 → 首页 → 店铺整体 → 下载",
                   translate("ImportGuide",
                             "XLS/XLSX files whose first rows name the shop and the period"),
                   translate("ImportGuide",
                             "Visitors, conversion and the funnel on the dashboard; channels "
                             "with their sales.")),
            Export(translate("ImportGuide", "Advertising: 直通车 / 万相台 reports"),
                   f"万相台 / 直通车 → 报表 → {days} → 下载报表",
                   translate("ImportGuide", "a daily report with 花费, 展现量, 点击量"),
                   ads_adds),
        )),
        Platform("douyin", translate("ImportGuide", "抖店 (Douyin)"), (
            Export(translate("ImportGuide", "Orders"),
                   f"抖店后台 → 订单 → 订单管理 → {dates} → 批量导出 → 导出记录 → 下载",
                   translate("ImportGuide",
                             "a CSV or XLSX with 主订单编号, 子订单编号, 选购商品"),
                   orders_adds),
            Export(translate("ImportGuide", "Advertising: 巨量千川"),
                   f"巨量千川 → 数据 → {days} → 下载",
                   translate("ImportGuide", "a daily report with 消耗, 展示次数, 点击次数"),
                   ads_adds),
        )),
        Platform("pdd", translate("ImportGuide", "拼多多 (Pinduoduo)"), (
            Export(translate("ImportGuide", "Orders"),
                   "拼多多商家后台 → 订单管理 → 订单查询 → 批量导出 → 查看已导出报表 → 下载",
                   translate("ImportGuide", "a CSV with 订单号, 商品, 用户实付金额(元)"),
                   orders_adds),
        ), translate("ImportGuide",
                     "Buyers' addresses come masked (****) from 拼多多: OpsDesk keeps them so.")),
        Platform("jd", translate("ImportGuide", "京东 (JD)"), (
            Export(translate("ImportGuide", "Orders"),
                   f"京麦 / 商家后台 → 订单管理 → 订单查询与跟踪 → {dates} → 导出",
                   translate("ImportGuide",
                             "an XLS/XLSX or CSV with 订单号, 商品ID, 京东价, 订购数量"),
                   orders_adds),
        )),
        Platform("shopify", "Shopify", (
            Export(translate("ImportGuide", "Orders"),
                   "Shopify admin → Orders → Export → All orders / "
                   + translate("ImportGuide", "a date range") + " → CSV for Excel → Export orders",
                   "orders_export_1.csv", orders_adds),
            Export(translate("ImportGuide", "Products"),
                   "Shopify admin → Products → Export → All products → CSV for Excel",
                   "products_export_1.csv",
                   translate("ImportGuide",
                             "Titles, prices, stock and cost per item: the Products tab.")),
            Export(translate("ImportGuide", "Customers"),
                   "Shopify admin → Customers → Export → All customers → CSV for Excel",
                   "customers_export.csv",
                   translate("ImportGuide",
                             "Customers' totals and marketing consent: the Customers tab.")),
        ), translate("ImportGuide", "Shopify e-mails a download link when the export is large.")),
        Platform("woocommerce", "WooCommerce", (
            Export(translate("ImportGuide", "Products"),
                   "WordPress admin → Products → Export → Generate CSV",
                   "wc-product-export-‹…›.csv",
                   translate("ImportGuide",
                             "Titles, prices, stock and cost of goods: the Products tab.")),
            Export(translate("ImportGuide", "Orders"),
                   "WordPress admin → WooCommerce → Analytics → Orders → Download",
                   translate("ImportGuide",
                             "a CSV with Date, Order #, Status, Product(s), Net sales"),
                   translate("ImportGuide",
                             "Orders and sales; the first time, map its columns in the import "
                             "dialog (the mapping is saved).")),
        )),
        Platform("costs", translate("ImportGuide", "Your cost and stock sheet"), (
            Export(translate("ImportGuide", "Costs, stock, safety stock and lead times"),
                   translate("ImportGuide",
                             "Save the template (button on the left), fill in one row per "
                             "商家编码 in Excel or WPS, save it."),
                   translate("ImportGuide",
                             "the template, or any sheet with 商家编码 and 成本 or 库存"),
                   translate("ImportGuide",
                             "Margins, 毛利率, days of cover and reorder alerts: the Products "
                             "tab. Import it like an export, or with Products → Import cost "
                             "sheet.")),
        )),
    ]


def platform_html(platform: Platform) -> str:
    parts = [f"<h3>{escape(platform.name)}</h3>"]
    labels = (translate("ImportGuide", "Where"), translate("ImportGuide", "Files"),
              translate("ImportGuide", "Adds"))
    for export in platform.exports:
        parts.append(f"<p><b>{escape(export.name)}</b></p><table cellspacing='2'>")
        for label, value in zip(labels, (export.where, export.files, export.adds),
                                strict=True):
            parts.append(f"<tr><td style='color:#666;padding-right:8px'>{escape(label)}</td>"
                         f"<td>{escape(value)}</td></tr>")
        parts.append("</table>")
    if platform.note:
        parts.append(f"<p><i>{escape(platform.note)}</i></p>")
    how = translate("ImportGuide", "Drag the downloaded files onto the window, or use "
                    "File → Import…: the import dialog shows what each file was "
                    "recognised as before anything is written.")
    parts.append(f"<p>{escape(how)}</p>")
    return "".join(parts)
