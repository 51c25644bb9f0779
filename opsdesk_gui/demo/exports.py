"""Writing the demo's trade as the platforms' back-offices export it.

Taobao 订单报表/宝贝报表 as GBK CSVs with `="..."` order numbers and trailing spaces on
some headers; the 退款管理 export; the 抖店 order export (UTF-8 with BOM, one row per
sub-order, IDs prefixed with a tab against Excel); 生意参谋 XLSX with a preamble; the
ad reports; the owner's product sheet. Each writer returns the paths it wrote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from .behaviour import DAY, Trade
from .events import DOWNLOADED, END_DAY, START_DAY
from .marketing import Marketing

TAOBAO_STORE = "栖木生活小铺"
DOUYIN_STORE = "栖木生活抖音小店"
T0 = np.datetime64(START_DAY, "s")
COURIERS = ("中通快递", "圆通速递", "韵达快递", "申通快递", "顺丰速运")
COURIER_CODES = ("ZTO", "YT", "YD", "STO", "SF")
MESSAGES = ("尽快发货，谢谢", "送人的，不要放价格单", "麻烦核对一下尺码, 要M码",
            "请用顺丰，运费我补", "周末不在家，请工作日送达", "要和上次同一个颜色")
Columns = list[tuple[str, Sequence]]


# ---- cells -------------------------------------------------------------------------
def when(seconds: np.ndarray) -> np.ndarray:
    """Seconds after the first midnight -> 'YYYY-MM-DD HH:MM:SS'; NaN -> ''."""
    seconds = np.asarray(seconds, dtype=float)
    ok = ~np.isnan(seconds)
    out = np.full(len(seconds), "", dtype=object)
    stamps = T0 + seconds[ok].astype(np.int64).astype("timedelta64[s]")
    out[ok] = np.char.replace(np.datetime_as_string(stamps, unit="s"), "T", " ").astype(object)
    return out


def day_text(day: np.ndarray) -> np.ndarray:
    dates = np.datetime64(START_DAY, "D") + np.asarray(day, dtype=np.int64)
    return np.datetime_as_string(dates, unit="D").astype(object)


def money(cents: Sequence) -> np.ndarray:
    """Cents -> '128.00'."""
    cents = pd.Series(np.asarray(cents, dtype=np.int64))
    text = (cents // 100).astype(str) + "." + (cents % 100).astype(str).str.zfill(2)
    return text.to_numpy(dtype=object)


def yuan(cents: Sequence) -> np.ndarray:
    """Cents -> a number of yuan, for spreadsheet cells."""
    return np.round(np.asarray(cents, dtype=float) / 100, 2)


def percent(rate: np.ndarray) -> np.ndarray:
    return pd.Series(np.asarray(rate, dtype=float) * 100).map("{:.2f}%".format).to_numpy(object)


def excel_id(values: Sequence) -> np.ndarray:
    """Taobao writes long numbers as a formula so Excel keeps them: ="3912..."; an empty
    cell stays empty."""
    text = pd.Series(np.asarray(values, dtype=object)).fillna("").astype(str)
    return text.mask(text != "", '="' + text + '"').to_numpy(dtype=object)


def stamp(minutes: int) -> str:
    return (DOWNLOADED + timedelta(minutes=minutes)).strftime("%Y%m%d%H%M")


# ---- files -------------------------------------------------------------------------
def write_csv(path: Path, columns: Columns, encoding: str, *, bom: bool = False,
              raw: frozenset[str] = frozenset()) -> Path:
    """A CSV as the back-offices write it: CRLF, fields quoted only when they must be;
    `raw` columns hold Taobao's ="..." cells, which are written unquoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    values = [np.asarray(v, dtype=object) for _, v in columns]
    writer.writerows(zip(*values, strict=True))
    text = buffer.getvalue()
    if raw:  # the csv module quotes ="123" as "=""123"""; Taobao does not
        text = text.replace('"=""', '="').replace('"""', '"')
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def write_xlsx(path: Path, columns: Columns, preamble: Sequence[Sequence[str]] = ()) -> Path:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Sheet1")
    row = 0
    for line in preamble:
        sheet.write_row(row, 0, list(line))
        row += 1
    sheet.write_row(row, 0, [name for name, _ in columns])
    values = [np.asarray(v, dtype=object) for _, v in columns]
    for record in zip(*values, strict=True):
        row += 1
        sheet.write_row(row, 0, [None if v is None or v == "" else v for v in record])
    workbook.close()
    return path


# ---- Taobao ------------------------------------------------------------------------
TAOBAO_STATUS = {
    "unpaid": "等待买家付款", "closed_unpaid": "交易关闭", "paid": "买家已付款，等待卖家发货",
    "shipped": "卖家已发货，等待买家确认", "completed": "交易成功", "closed_refunded": "交易关闭",
}
DOUYIN_STATUS = {
    "unpaid": "待支付", "closed_unpaid": "已关闭", "paid": "待发货", "shipped": "已发货",
    "completed": "已完成", "closed_refunded": "已关闭",
}


def line_frame(trade: Trade, catalogue: pd.DataFrame) -> pd.DataFrame:
    """Lines with what the exports show beside them: ids, titles, codes, refund state."""
    lines = trade.lines.copy()
    sku = lines["sku_index"].to_numpy()
    for column in ("sku", "title", "product_id", "douyin_id"):
        lines[column] = catalogue[column].to_numpy()[sku]
    order_ids = trade.orders["order_id"].to_numpy()[lines["order"].to_numpy()]
    lines["order_id"] = order_ids
    lines["line_id"] = (order_ids.astype(np.int64) + lines["position"].to_numpy() - 1).astype(str)
    refund_status = np.full(len(lines), "", dtype=object)
    refunds = trade.refunds
    refund_status[refunds["line"].to_numpy()] = refunds["status"].to_numpy()
    lines["refund_status"] = refund_status
    return lines


def _shipping(orders: pd.DataFrame, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    shipped = orders["shipped_at"].notna().to_numpy()
    pick = rng.integers(0, len(COURIERS), len(orders))
    number = pd.Series(rng.integers(10**11, 10**12, len(orders))).astype(str).to_numpy(object)
    codes = np.asarray(COURIER_CODES, dtype=object)[pick] + number
    company = np.asarray(COURIERS, dtype=object)[pick]
    return np.where(shipped, codes, ""), np.where(shipped, company, "")


def taobao_order_columns(orders: pd.DataFrame, buyers: pd.DataFrame, titles: pd.Series,
                         rng: np.random.Generator) -> Columns:
    n = len(orders)
    who = buyers.iloc[orders["buyer"].to_numpy()]
    state = orders["state"].to_numpy()
    tracking, courier = _shipping(orders, rng)
    phone = who["phone"].to_numpy(dtype=object)
    alipay = pd.Series(phone).str.slice(0, 3) + "****" + pd.Series(phone).str.slice(-4)
    message = np.where(rng.random(n) < 0.03,
                       np.asarray(MESSAGES, dtype=object)[rng.integers(0, len(MESSAGES), n)], "")
    note = np.where(rng.random(n) < 0.01, "已备注：送小样", "")
    paid = orders["paid"].to_numpy()
    refund = orders["refund"].to_numpy()
    settled = np.where(state == "completed", paid - refund, 0)
    order_id = orders["order_id"].to_numpy()
    pay_no = (pd.Series(rng.integers(10**15, 10**16, n)).astype(str)).to_numpy(object)
    blank = np.full(n, "", dtype=object)
    zero = money(np.zeros(n))
    return [
        ("订单编号", excel_id(order_id)), ("买家会员名", who["nick"].to_numpy()),
        ("买家支付宝账号", alipay.to_numpy(object)),
        ("支付单号", excel_id(np.where(orders["paid_at"].notna(), "2026" + pay_no, ""))),
        ("支付详情", blank),
        ("买家应付货款", money(orders["goods"])), ("买家应付邮费", money(orders["postage"])),
        ("买家支付积分", np.zeros(n, dtype=int)),
        ("总金额", money(orders["goods"].to_numpy() + orders["postage"].to_numpy())),
        ("返点积分", np.zeros(n, dtype=int)), ("买家实际支付金额", money(paid)),
        ("买家实际支付积分", np.zeros(n, dtype=int)),
        ("订单状态", pd.Series(state).map(TAOBAO_STATUS).to_numpy(object)),
        ("买家留言", message), ("收货人姓名", who["name"].to_numpy()),
        ("收货地址 ", who["address"].to_numpy()), ("运送方式", np.full(n, "快递", dtype=object)),
        ("联系电话 ", blank), ("联系手机", "'" + phone),
        ("订单创建时间", when(orders["created"])), ("订单付款时间 ", when(orders["paid_at"])),
        ("宝贝标题 ", titles.to_numpy(object)), ("宝贝种类", orders["kinds"].to_numpy()),
        ("物流单号 ", tracking), ("物流公司", courier), ("订单备注", note),
        ("宝贝总数量", orders["units"].to_numpy()), ("店铺Id", np.full(n, "0", dtype=object)),
        ("店铺名称", np.full(n, TAOBAO_STORE, dtype=object)),
        ("订单关闭原因", orders["close_reason"].fillna("").to_numpy(object)),
        ("卖家服务费", zero), ("买家服务费", zero), ("发票抬头", blank),
        ("是否手机订单", np.where(rng.random(n) < 0.92, "手机订单", "")),
        ("分阶段订单信息", blank), ("特权订金订单id", blank),
        ("是否上传合同照片", np.full(n, "否")),
        ("是否上传小票", np.full(n, "否")), ("是否代付", np.full(n, "否")),
        ("定金排名", blank), ("修改后的sku", blank), ("修改后的收货地址", blank),
        ("异常信息", blank), ("天猫卡券抵扣", blank), ("集分宝抵扣", zero),
        ("是否是O2O交易", blank), ("退款金额", money(refund)), ("预约门店", blank),
        ("确认收货时间", when(orders["confirmed_at"])),
        ("打款商家金额", money(settled) + "元"), ("含应开票给个人的个人红包", zero),
        ("主订单编号", excel_id(order_id)),
    ]


def taobao_line_columns(lines: pd.DataFrame, orders: pd.DataFrame) -> Columns:
    n = len(lines)
    o = lines["order"].to_numpy()
    state = orders["state"].to_numpy()[o]
    status = pd.Series(state).map(TAOBAO_STATUS).to_numpy(object)
    refunded = lines["refund"].to_numpy() > 0
    status = np.where(refunded, "交易关闭", status)
    refund_text = pd.Series(lines["refund_status"].to_numpy()).map({
        "succeeded": "退款成功", "closed": "退款关闭", "pending": "退款中"}).fillna("没有申请退款")
    refund_amount = np.where(lines["refund_status"].to_numpy() == "", "无退款申请",
                             money(lines["refund"]))
    blank = np.full(n, "", dtype=object)
    return [
        ("子订单编号", excel_id(lines["line_id"])), ("主订单编号", excel_id(lines["order_id"])),
        ("标题", lines["title"].to_numpy()), ("价格", money(lines["price"])),
        ("购买数量", lines["qty"].to_numpy()), ("外部系统编号", blank),
        ("商品属性", lines["variant"].to_numpy()), ("套餐信息", blank), ("备注", blank),
        ("订单状态", status), ("商家编码", lines["sku"].to_numpy()),
        ("买家应付货款", money(lines["goods"])), ("买家实际支付金额", money(lines["paid"])),
        ("退款状态", refund_text.to_numpy(object)), ("退款金额", refund_amount),
        ("订单创建时间", when(orders["created"].to_numpy()[o])),
        ("订单付款时间", when(orders["paid_at"].to_numpy()[o])),
        ("商品ID", lines["product_id"].to_numpy()),
        ("发货时间", when(orders["shipped_at"].to_numpy()[o])),
    ]


def _order_titles(lines: pd.DataFrame, n: int) -> pd.Series:
    """An order's 宝贝标题: its lines' titles joined by '，'."""
    titles = np.full(n, "", dtype=object)
    order = lines["order"].to_numpy()
    position = lines["position"].to_numpy()
    title = lines["title"].to_numpy(dtype=object)
    for k in range(1, position.max() + 1):
        at = position == k
        titles[order[at]] = titles[order[at]] + ("，" if k > 1 else "") + title[at]
    return pd.Series(titles)


def write_taobao_orders(folder: Path, trade: Trade, lines: pd.DataFrame,
                        rng: np.random.Generator, slices: int = 4) -> list[list[Path]]:
    """订单报表 + 宝贝报表 pairs, one pair per slice of the two years (newest rows first,
    as downloaded): each pair is one of the owner's imports."""
    orders = trade.orders
    taobao = orders["platform"].to_numpy() == "taobao"
    titles = _order_titles(lines, len(orders))
    edges = np.linspace(0, orders["day"].max() + 1, slices + 1).astype(int)
    pairs = []
    for k in range(slices):
        chosen = taobao & (orders["day"].to_numpy() >= edges[k]) & (
            orders["day"].to_numpy() < edges[k + 1])
        index = np.flatnonzero(chosen)[::-1]
        part = orders.iloc[index]
        part_lines = lines[np.isin(lines["order"].to_numpy(), index)].iloc[::-1]
        name = stamp(3 * k)
        order_file = write_csv(
            folder / f"ExportOrderList{name}.csv",
            taobao_order_columns(part, trade.buyers, titles.iloc[index], rng), "gbk",
            raw=frozenset({"订单编号", "支付单号", "主订单编号"}))
        line_file = write_csv(
            folder / f"ExportOrderDetailList{name}.csv", taobao_line_columns(part_lines, orders),
            "gbk", raw=frozenset({"子订单编号", "主订单编号"}))
        pairs.append([order_file, line_file])
    return pairs


REFUND_PENDING = ("买家已经申请退款，等待卖家同意", "卖家已经同意退款，等待买家退货",
                  "买家已经退货，等待卖家确认收货")


def write_taobao_refunds(folder: Path, trade: Trade, lines: pd.DataFrame,
                         rng: np.random.Generator) -> Path:
    """千牛 退款管理 → 批量导出: one row per refund, newest first."""
    refunds = trade.refunds
    orders = trade.orders
    mine = refunds[orders["platform"].to_numpy()[refunds["order"].to_numpy()] == "taobao"]
    mine = mine.sort_values("requested_at", ascending=False)
    n = len(mine)
    o = mine["order"].to_numpy()
    line = lines.iloc[mine["line"].to_numpy()]
    status = mine["status"].map({"succeeded": "退款成功", "closed": "退款关闭"}).to_numpy(object)
    pending = pd.isna(status)
    status[pending] = np.asarray(REFUND_PENDING, dtype=object)[rng.integers(0, 3, pending.sum())]
    returned = mine["returned"].to_numpy()
    ids = 1_900_000_000_000_000 + np.sort(rng.choice(10**13, n, replace=False))[::-1]
    who = trade.buyers["nick"].to_numpy()[orders["buyer"].to_numpy()[o]]
    ended = mine["refunded_at"].fillna(mine["closed_at"]).to_numpy()
    blank = np.full(n, "", dtype=object)
    columns: Columns = [
        ("订单编号", orders["order_id"].to_numpy()[o]), ("子订单编号", line["line_id"].to_numpy()),
        ("退款编号", ids.astype(str)), ("支付宝交易号", blank),
        ("订单付款时间", when(orders["paid_at"].to_numpy()[o])),
        ("商品ID", line["product_id"].to_numpy()), ("商家编码", line["sku"].to_numpy()),
        ("退款完结时间", when(ended)), ("买家实际支付金额", money(orders["paid"].to_numpy()[o])),
        ("宝贝标题", line["title"].to_numpy()), ("买家退款金额", money(mine["amount"])),
        ("手工退款/系统退款", np.full(n, "系统退款", dtype=object)),
        ("是否需要退货", np.where(returned, "是", "否")),
        ("退款的申请时间", when(mine["requested_at"])), ("退款状态", status),
        ("货物状态", np.where(returned, "买家已收到货", "买家未收到货")),
        ("客服介入状态", np.full(n, "客服未介入", dtype=object)),
        ("买家会员名", who), ("退款原因", mine["reason"].to_numpy()), ("退款说明", blank),
        ("退款阶段", np.where(returned, "售后", "售中")),
    ]
    return write_csv(folder / f"退款管理导出_{stamp(14)}.csv", columns, "gbk")


# ---- 抖店 --------------------------------------------------------------------------
def write_douyin_orders(folder: Path, trade: Trade, lines: pd.DataFrame) -> list[Path]:
    orders = trade.orders
    mine = lines[orders["platform"].to_numpy()[lines["order"].to_numpy()] == "douyin"]
    mine = mine.iloc[::-1]
    o = mine["order"].to_numpy()
    n = len(mine)
    who = trade.buyers.iloc[orders["buyer"].to_numpy()[o]]
    state = orders["state"].to_numpy()[o]
    status = pd.Series(state).map(DOUYIN_STATUS).to_numpy(object)
    after = mine["refund_status"].to_numpy()
    returned = trade.refunds.set_index("line")["returned"].reindex(mine.index).fillna(False)
    aftersales = np.select(
        [after == "succeeded", after == "pending", after == "closed"],
        [np.where(returned.to_numpy(dtype=bool), "退货退款成功", "退款成功"), "待商家处理",
         "售后关闭"], "-")
    phone = pd.Series(who["phone"].to_numpy(dtype=object))
    masked = (phone.str.slice(0, 3) + "****" + phone.str.slice(-4)).to_numpy(object)
    name = (who["name"].str.slice(0, 1) + "**").to_numpy(object)
    tab = "\t"
    finished = np.where(state == "completed", when(orders["confirmed_at"].to_numpy()[o]), "")
    columns: Columns = [
        ("主订单编号", tab + mine["order_id"]), ("子订单编号", tab + mine["line_id"]),
        ("选购商品", mine["title"].to_numpy()), ("商品规格", mine["variant"].to_numpy()),
        ("商品数量", mine["qty"].to_numpy()), ("商品ID", tab + mine["douyin_id"]),
        ("商家编码", mine["sku"].to_numpy()), ("商品单价", money(mine["price"])),
        ("订单应付金额", money(orders["paid"].to_numpy()[o])),
        ("运费", money(orders["postage"].to_numpy()[o])),
        ("优惠总金额", money(orders["discount"].to_numpy()[o])),
        ("商品金额", money(mine["goods"])), ("支付方式", np.full(n, "抖音支付", dtype=object)),
        ("收件人", name), ("收件人手机号", masked), ("省", who["province"].to_numpy()),
        ("市", who["city"].to_numpy()), ("区", who["district"].to_numpy()),
        ("详细地址", np.full(n, "***", dtype=object)),
        ("订单提交时间", when(orders["created"].to_numpy()[o])),
        ("支付完成时间", when(orders["paid_at"].to_numpy()[o])), ("订单完成时间", finished),
        ("订单状态", status), ("售后状态", aftersales),
        ("取消原因", np.where(state == "closed_unpaid", "超时未支付", "")),
        ("商家备注", np.full(n, "", dtype=object)),
        ("达人昵称", np.full(n, DOUYIN_STORE, dtype=object)),
        ("流量来源", np.where(np.arange(n) % 5 < 3, "直播", "短视频")),
        ("订单类型", np.full(n, "普通订单", dtype=object)),
    ]
    return [write_csv(folder / f"抖店订单导出_{stamp(8)}.csv", columns, "utf-8", bom=True)]


# ---- 生意参谋, ads, products -------------------------------------------------------
def _period_line() -> list[str]:
    return [f"统计时间：{START_DAY:%Y-%m-%d} ~ {END_DAY:%Y-%m-%d}"]


def write_sycm(folder: Path, marketing: Marketing) -> list[Path]:
    d = marketing.shop_daily.iloc[::-1]
    buyers = np.maximum(d["paid_buyers"].to_numpy(), 1)
    visitors = d["visitors"].to_numpy()
    change = d["visitors"].pct_change(-1).fillna(0).to_numpy()
    span = f"{START_DAY:%Y%m%d}-{END_DAY:%Y%m%d}"
    shop = write_xlsx(folder / f"【生意参谋】店铺整体数据_{span}.xlsx", [
        ("统计日期", day_text(d["day"])), ("访客数", visitors), ("访客数较前一日", percent(change)),
        ("浏览量", d["page_views"].to_numpy()), ("支付金额", yuan(d["paid_cents"])),
        ("支付买家数", d["paid_buyers"].to_numpy()), ("支付子订单数", d["paid_orders"].to_numpy()),
        ("支付件数", d["paid_units"].to_numpy()),
        ("支付转化率", percent(d["paid_buyers"].to_numpy() / visitors)),
        ("客单价", yuan(d["paid_cents"].to_numpy() / buyers)),
        ("UV价值", yuan(d["paid_cents"].to_numpy() / visitors)),
        ("跳失率", percent(d["bounce_rate"])), ("平均停留时长", d["avg_stay"].to_numpy()),
        ("加购人数", d["add_cart_buyers"].to_numpy()), ("加购件数", d["add_cart_units"].to_numpy()),
        ("收藏买家数", d["favorite_buyers"].to_numpy()),
        ("下单买家数", d["order_buyers"].to_numpy()), ("下单件数", d["order_units"].to_numpy()),
        ("下单金额", yuan(d["order_cents"])), ("新访客数", d["new_visitors"].to_numpy()),
        ("搜索引导访客数", d["search_visitors"].to_numpy()),
        ("成功退款金额", yuan(d["refund_cents"])),
    ], preamble=[["【生意参谋】店铺整体数据"], _period_line(), ["终端：所有终端"]])
    s = marketing.monthly_sources.iloc[::-1]
    visitors = np.maximum(s["visitors"].to_numpy(), 1)
    period = day_text(s["first"]) + "~" + day_text(s["last"])
    months = f"{START_DAY:%Y%m}-{END_DAY:%Y%m}"
    sources = write_xlsx(folder / f"【生意参谋】店铺流量来源_{months}_按月.xlsx", [
        ("统计日期", period), ("一级来源", s["source1"].to_numpy()),
        ("二级来源", s["source2"].to_numpy()), ("三级来源", np.full(len(s), "", dtype=object)),
        ("访客数", s["visitors"].to_numpy()), ("支付买家数", s["paid_buyers"].to_numpy()),
        ("支付金额", yuan(s["paid_cents"])),
        ("支付转化率", percent(s["paid_buyers"].to_numpy() / visitors)),
        ("UV价值", yuan(s["paid_cents"].to_numpy() / visitors)),
        ("加购人数", s["add_cart_buyers"].to_numpy()), ("新访客数", s["new_visitors"].to_numpy()),
    ], preamble=[["【生意参谋】店铺流量来源"], ["统计周期：按月"], ["终端：无线端"]])
    return [shop, sources]


def write_ads(folder: Path, ads: pd.DataFrame) -> list[Path]:
    """The Taobao tools' daily report as a CSV (UTF-8 with BOM), 千川's as XLSX."""
    paths = []
    for platform, label, suffix in (("taobao", "淘宝推广日报", ".csv"),
                                    ("douyin", "巨量千川日报", ".xlsx")):
        a = ads[ads["platform"] == platform].iloc[::-1]
        clicks = np.maximum(a["clicks"].to_numpy(), 1)
        spend = np.maximum(a["spend"].to_numpy(), 1)
        name = folder / f"{label}_{START_DAY:%Y%m%d}-{END_DAY:%Y%m%d}{suffix}"
        columns: Columns = [
            ("日期", day_text(a["day"])), ("推广渠道", a["channel"].to_numpy()),
            ("计划名称", a["campaign"].to_numpy()), ("花费", yuan(a["spend"])),
            ("展现量", a["impressions"].to_numpy()), ("点击量", a["clicks"].to_numpy()),
            ("点击率", percent(a["clicks"].to_numpy() / np.maximum(a["impressions"], 1))),
            ("平均点击花费", yuan(a["spend"].to_numpy() / clicks)),
            ("总成交笔数", a["orders"].to_numpy()), ("总成交金额", yuan(a["gmv"])),
            ("投入产出比", np.round(a["gmv"].to_numpy() / spend, 2)),
            ("成交新客数", a["new_buyers"].to_numpy()),
        ]
        paths.append(write_csv(name, columns, "utf-8", bom=True) if suffix == ".csv"
                     else write_xlsx(name, columns))
    return paths


def write_product_sheet(folder: Path, catalogue: pd.DataFrame, stock: pd.DataFrame) -> Path:
    """The owner's sheet: one row per SKU and storefront; stock is kept on the main
    shop's rows (one warehouse serves both)."""
    c = catalogue.merge(stock, on="sku")
    douyin = c[c["on_douyin"]]
    both = pd.concat([c.assign(平台="淘宝", id=c["product_id"]),
                      douyin.assign(平台="抖店", id=douyin["douyin_id"],
                                    stock=None, safety_stock=None)], ignore_index=True)
    lead = np.where(both["category"] == "女装", 7, np.where(both["category"] == "鞋靴", 10, 5))
    return write_xlsx(folder / "商品成本库存表.xlsx", [
        ("商家编码", both["sku"].to_numpy()), ("商品名称", both["title"].to_numpy()),
        ("平台", both["平台"].to_numpy()), ("商品ID", both["id"].to_numpy()),
        ("类目", both["category"].to_numpy()), ("售价", yuan(both["price_cents"])),
        ("成本", yuan(both["cost_cents"])), ("库存", both["stock"].to_numpy()),
        ("安全库存", both["safety_stock"].to_numpy()),
        ("采购周期(天)", np.where(both["平台"] == "淘宝", lead, None)),
    ])


def units_last_30_days(trade: Trade, catalogue: pd.DataFrame) -> pd.Series:
    """Units sold per SKU code in the last 30 days (paid orders)."""
    orders = trade.orders
    recent = orders["paid_at"].notna().to_numpy() & (
        orders["paid_at"].fillna(0).to_numpy() >= (orders["day"].max() - 29) * DAY)
    lines = trade.lines[recent[trade.lines["order"].to_numpy()]]
    codes = catalogue["sku"].to_numpy()[lines["sku_index"].to_numpy()]
    return pd.Series(lines["qty"].to_numpy()).groupby(codes).sum()
