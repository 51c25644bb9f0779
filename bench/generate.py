"""Synthetic export files for the import benchmark: deterministic, vectorised, made-up buyers.

Three data sets, each as a first export and as an overlapping later export:

- Taobao 订单报表 + 宝贝报表 (GBK CSV, one row per order / one row per line), with the
  platform's quirks as tests/taobao_files.py reproduces them: `="…"` order numbers, a
  leading `'` on phones, trailing spaces on some headers, 打款商家金额 ending in 元.
- A generic UTF-8 CSV with the columns of UCI Online Retail (imported with --map):
  InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID,
  Country; about 2% return invoices ('C' prefix, negative quantities), about 20% of
  invoices without a customer.

The later export holds the last 30% of the first export's orders again, some of them
changed (Taobao: a status moved on; generic: a corrected unit price), plus new orders
adding 10% to the first export's lines.

    python bench/generate.py [--lines 1000000] [--out bench/out/data/lines-1000000]
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from opsdesk_gui.importers.pipeline import file_sha256

SEED = 20260304
OVERLAP = 0.30  # share of the first export's orders that the later export repeats
GROWTH = 0.10  # new lines in the later export, as a share of the first export's lines
CHANGED = 0.20  # share of the repeated orders whose status (or a price) has changed

# As tests/taobao_files.py has them (trailing spaces included), plus the other classic
# columns of shared/formats.md.
ORDER_HEADER = [
    "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额",
    "买家实际支付金额", "订单状态", "买家留言", "收货人姓名", "收货地址 ", "运送方式",
    "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝总数量", "店铺名称",
    "退款金额", "打款商家金额", "宝贝种类", "物流单号", "物流公司", "订单备注", "订单关闭原因",
    "确认收货时间",
]
LINE_HEADER = ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息",
               "备注", "订单状态", "商家编码"]
GENERIC_HEADER = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                  "UnitPrice", "CustomerID", "Country"]
GENERIC_MAPPING = {"order_id": "InvoiceNo", "sku": "StockCode", "title": "Description",
                   "qty": "Quantity", "paid_at": "InvoiceDate", "unit_price": "UnitPrice",
                   "buyer_id": "CustomerID", "region": "Country"}

# Taobao statuses and how often they occur.
PAID, SHIPPED, DONE, UNPAID, CLOSED = (
    "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功", "等待买家付款", "交易关闭")
STATUS_TEXT = np.array([PAID, SHIPPED, DONE, UNPAID, CLOSED], dtype=object)
STATUS_SHARE = [0.08, 0.10, 0.70, 0.04, 0.08]
# What a changed status moves on to in the later export.
NEXT_STATUS = np.array([1, 2, 2, 4, 4])

PROVINCES = np.array([
    ("浙江省", "杭州市", "西湖区"), ("江苏省", "南京市", "鼓楼区"), ("广东省", "广州市", "天河区"),
    ("上海", "上海市", "浦东新区"), ("北京", "北京市", "朝阳区"), ("四川省", "成都市", "武侯区"),
    ("湖北省", "武汉市", "洪山区"), ("山东省", "济南市", "历下区"), ("福建省", "厦门市", "思明区"),
    ("河南省", "郑州市", "金水区"),
], dtype=object)
COLOURS = ["黑色", "白色", "灰色", "藏青", "卡其", "酒红", "浅蓝", "米白"]
NOUNS = ["T恤", "帆布包", "保温杯", "袜子", "卫衣", "雨伞", "笔记本", "围巾", "拖鞋", "抱枕"]
SIZES = ["S", "M", "L", "XL", "均码"]
EN_WORDS = ["WHITE", "RED", "HANGING", "HEART", "LANTERN", "METAL", "GLASS", "VINTAGE",
            "BAG", "MUG", "CANDLE", "HOLDER", "BOX", "SIGN", "CLOCK", "TIN"]
COUNTRIES = np.array(["United Kingdom"] * 9 + ["France", "Germany", "EIRE", "Spain",
                                               "Netherlands"], dtype=object)
START = np.datetime64("2025-01-01T00:00:00")


def _text(values) -> pd.Series:
    return pd.Series(values).astype(str)


def money(cents: np.ndarray) -> pd.Series:
    """Integer cents -> '59.90'."""
    cents = np.asarray(cents, dtype=np.int64)
    return _text(cents // 100) + "." + _text(cents % 100).str.zfill(2)


def stamp(seconds: np.ndarray) -> pd.Series:
    """Seconds after START -> 'YYYY-MM-DD HH:MM:SS'."""
    moments = START + np.asarray(seconds, dtype="timedelta64[s]")
    return pd.Series(np.datetime_as_string(moments, unit="s")).str.replace("T", " ")


@dataclass
class Catalogue:
    sku: np.ndarray
    title: np.ndarray
    variant: np.ndarray
    price: np.ndarray  # cents


def catalogue(rng: np.random.Generator, size: int = 3000) -> Catalogue:
    k = np.arange(size)
    colour = np.array(COLOURS, dtype=object)[k % len(COLOURS)]
    noun = np.array(NOUNS, dtype=object)[(k // len(COLOURS)) % len(NOUNS)]
    size_ = np.array(SIZES, dtype=object)[k % len(SIZES)]
    title = ("测试宝贝 " + pd.Series(colour) + pd.Series(noun) + " 款" + _text(k)).to_numpy()
    variant = ("颜色分类:" + pd.Series(colour) + ";尺码:" + pd.Series(size_)).to_numpy()
    price = rng.integers(5, 500, size) * 100 - 10  # 4.90 .. 498.90
    sku = ("SKU-" + _text(k).str.zfill(5)).to_numpy()
    return Catalogue(sku, title, variant, price)


@dataclass
class Orders:
    """Every order of both exports (the first export's plus the later export's new ones)
    with their lines; index i of the order arrays is order i."""

    first: int  # orders [0, first) are the first export's
    created: np.ndarray  # seconds after START
    status: np.ndarray  # index into STATUS_TEXT
    buyer: np.ndarray
    postage: np.ndarray
    discount: np.ndarray
    line_order: np.ndarray  # per line: its order's index
    line_item: np.ndarray  # per line: its catalogue index
    line_qty: np.ndarray


def _line_counts(rng: np.random.Generator, lines: int) -> np.ndarray:
    """Lines per order, 1..4 (2.5 on average), adding up to exactly `lines`."""
    counts = rng.integers(1, 5, lines // 2 + 8)
    ends = np.cumsum(counts)
    n = int(np.searchsorted(ends, lines)) + 1
    counts = counts[:n].copy()
    counts[-1] -= int(ends[n - 1] - lines)
    return counts


def taobao_orders(lines: int, rng: np.random.Generator) -> Orders:
    first_counts = _line_counts(rng, lines)
    new_counts = _line_counts(rng, max(int(lines * GROWTH), 1))
    counts = np.concatenate([first_counts, new_counts])
    n = len(counts)
    span = 365 * 86400
    created = np.sort(rng.integers(0, span, n))
    buyers = max(n * 2 // 5, 1)
    total_lines = int(counts.sum())
    return Orders(
        first=len(first_counts), created=created,
        status=rng.choice(len(STATUS_TEXT), n, p=STATUS_SHARE),
        buyer=rng.integers(1, buyers + 1, n),
        postage=np.where(rng.random(n) < 0.2, 1000, 0),
        discount=np.where(rng.random(n) < 0.1, 500, 0),
        line_order=np.repeat(np.arange(n), counts),
        line_item=rng.integers(0, 3000, total_lines),
        line_qty=rng.choice([1, 1, 1, 2, 2, 3], total_lines),
    )


def _taobao_frames(o: Orders, cat: Catalogue, pick: np.ndarray, status: np.ndarray
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The 订单报表 and 宝贝报表 rows of the orders `pick` (sorted indices), with their
    statuses `status` (indexed like `pick`)."""
    n = len(pick)
    in_pick = np.zeros(len(o.created), dtype=bool)
    in_pick[pick] = True
    lines = np.flatnonzero(in_pick[o.line_order])
    l_order, l_item, l_qty = o.line_order[lines], o.line_item[lines], o.line_qty[lines]
    position = np.searchsorted(pick, l_order)  # each line's row in the order frame
    price = cat.price[l_item]
    goods = np.bincount(position, weights=price * l_qty, minlength=n).astype(np.int64)
    units = np.bincount(position, weights=l_qty, minlength=n).astype(np.int64)
    kinds = np.bincount(position, minlength=n)
    first_line = np.searchsorted(position, np.arange(n))
    postage, discount = o.postage[pick], np.minimum(o.discount[pick], goods)
    paid = goods + postage - discount
    created = o.created[pick]
    paid_s = created + 30 + pick % 570
    unpaid = status == 3
    closed = status == 4
    closed_before_payment = closed & (pick % 2 == 0)
    no_payment = unpaid | closed_before_payment
    refunded = closed & ~closed_before_payment
    refund = np.where(refunded, paid, 0)
    shipped = (status == 1) | (status == 2) | refunded
    finished = status == 2
    buyer = o.buyer[pick]
    place = PROVINCES[buyer % len(PROVINCES)]
    ids = _text(3_000_000_000_000_000_000 + pick * 104_729)
    quoted = '="' + ids + '"'
    empty = pd.Series("", index=range(n))
    text = STATUS_TEXT[status]
    orders = pd.DataFrame({
        "订单编号": quoted,
        "买家会员名": "测试买家" + _text(buyer),
        "买家支付宝账号": "test***@example.com",
        "买家应付货款": money(goods),
        "买家应付邮费": money(postage),
        "总金额": money(goods + postage),
        "买家实际支付金额": money(paid),
        "订单状态": text,
        "买家留言": empty.mask(pick % 11 == 0, "请尽快发货，谢谢"),
        "收货人姓名": "测试买家" + _text(buyer),
        "收货地址 ": (pd.Series(place[:, 0]) + " " + pd.Series(place[:, 1]) + " "
                  + pd.Series(place[:, 2]) + " 测试路" + _text(buyer % 999 + 1) + "号(310000)"),
        "运送方式": "快递",
        "联系手机": "'138" + _text(buyer % 100_000_000).str.zfill(8),
        "订单创建时间": stamp(created),
        "订单付款时间 ": stamp(paid_s).mask(no_payment, ""),
        "宝贝标题 ": cat.title[l_item[first_line]],
        "宝贝总数量": units,
        "店铺名称": "测试小店",
        "退款金额": money(refund),
        "打款商家金额": money(paid - refund) + "元",
        "宝贝种类": kinds,
        "物流单号": ("SF" + _text(1_000_000_000_000 + pick)).where(shipped, ""),
        "物流公司": empty.mask(shipped, "顺丰速运"),
        "订单备注": "",
        "订单关闭原因": empty.mask(closed, "买家不想买了"),
        "确认收货时间": stamp(paid_s + 5 * 86400).where(finished, ""),
    })
    lines_frame = pd.DataFrame({
        "订单编号": quoted.to_numpy()[position],
        "标题": cat.title[l_item],
        "价格": money(price).to_numpy(),
        "购买数量": l_qty,
        "外部系统编号": "",
        "商品属性": cat.variant[l_item],
        "套餐信息": "",
        "备注": "",
        "订单状态": text[position],
        "商家编码": cat.sku[l_item],
    })
    return orders, lines_frame


def _write(frame: pd.DataFrame, path: Path, encoding: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding=encoding, lineterminator="\r\n")
    return path


def write_taobao(out: Path, lines: int) -> dict[str, list[Path]]:
    rng = np.random.default_rng(SEED)
    cat = catalogue(rng)
    o = taobao_orders(lines, rng)
    first = np.arange(o.first)
    later = np.arange(int(o.first * (1 - OVERLAP)), len(o.created))
    moved = rng.random(len(later)) < CHANGED
    later_status = np.where(moved, NEXT_STATUS[o.status[later]], o.status[later])
    files = {}
    for name, pick, status, stamp_ in (("taobao", first, o.status[first], "202603041200"),
                                       ("taobao_later", later, later_status, "202603111200")):
        orders, line_rows = _taobao_frames(o, cat, pick, status)
        files[name] = [
            _write(orders, out / name / f"ExportOrderList{stamp_}.csv", "gbk"),
            _write(line_rows, out / name / f"ExportOrderDetailList{stamp_}.csv", "gbk"),
        ]
    return files


def _generic_frame(lines: int, rng: np.random.Generator
                   ) -> tuple[pd.DataFrame, int, np.ndarray, int]:
    """All invoices of both exports: the frame, how many lines the first export has (its
    invoices are whole), each line's invoice index, and the first export's invoices."""
    counts = _line_counts(rng, lines + max(int(lines * GROWTH), 1))
    n = len(counts)
    invoice = np.repeat(np.arange(n), counts)
    ret = rng.random(n) < 0.02
    customer = np.where(rng.random(n) < 0.2, 0, rng.integers(12346, 18288, n))
    created = np.sort(rng.integers(0, 365 * 86400, n))
    total = len(invoice)
    stock = rng.integers(0, 4000, total)
    words = np.array(EN_WORDS, dtype=object)
    description = (pd.Series(words[stock % 16]) + " " + pd.Series(words[(stock // 16) % 16])
                   + " " + pd.Series(words[(stock // 256) % 16]) + " " + _text(stock))
    qty = rng.choice([1, 2, 3, 4, 6, 12, 24], total)
    qty = np.where(ret[invoice], -qty, qty)
    number = _text(536_365 + np.arange(n))
    frame = pd.DataFrame({
        "InvoiceNo": (pd.Series(np.where(ret, "C", ""), dtype=object) + number).to_numpy()[invoice],
        "StockCode": _text(10_000 + stock * 19 % 90_000),
        "Description": description,
        "Quantity": qty,
        "InvoiceDate": stamp(created).to_numpy()[invoice],
        "UnitPrice": money(rng.integers(10, 5000, total) // 5 * 5 + 5),
        "CustomerID": pd.Series(np.where(customer > 0, customer.astype(str), ""),
                                dtype=object).to_numpy()[invoice],
        "Country": COUNTRIES[customer % len(COUNTRIES)][invoice],
    })
    first_invoices = int(np.searchsorted(np.cumsum(counts), lines)) + 1
    return frame, int(counts[:first_invoices].sum()), invoice, first_invoices


def write_generic(out: Path, lines: int) -> dict[str, list[Path]]:
    rng = np.random.default_rng(SEED + 1)
    frame, first_lines, invoice, first_invoices = _generic_frame(lines, rng)
    first = frame.iloc[:first_lines]
    later_from = int(np.searchsorted(invoice, int(first_invoices * (1 - OVERLAP))))
    later = frame.iloc[later_from:].copy()
    repeated = np.arange(later_from, len(frame)) < first_lines
    corrected = repeated & (rng.random(len(later)) < CHANGED / 4)
    price = later["UnitPrice"].to_numpy(dtype=object)
    price[corrected] = money(np.full(int(corrected.sum()), 99)).to_numpy()
    later["UnitPrice"] = price
    return {
        "generic": [_write(first, out / "generic" / "online_retail.csv", "utf-8")],
        "generic_later": [_write(later, out / "generic_later" / "online_retail_later.csv",
                                 "utf-8")],
    }


VERSION = 1  # bump when the files change


def generate(out: Path, lines: int, force: bool = False) -> dict[str, list[Path]]:
    """The files for `lines` order lines in `out`, written unless a manifest there says
    they are already these (same version, lines and sizes)."""
    manifest = out / "manifest.json"
    if manifest.exists() and not force:
        known = json.loads(manifest.read_text())
        files = {name: [out / f for f in paths] for name, paths in known["files"].items()}
        if (known.get("version"), known.get("lines")) == (VERSION, lines) and all(
                p.exists() and p.stat().st_size == known["sizes"][str(p.relative_to(out))]
                for paths in files.values() for p in paths):
            return files
    files = write_taobao(out, lines) | write_generic(out, lines)
    every = [p for paths in files.values() for p in paths]
    manifest.write_text(json.dumps({
        "version": VERSION, "lines": lines, "seed": SEED, "generic_mapping": GENERIC_MAPPING,
        "files": {name: [str(p.relative_to(out)) for p in paths] for name, paths in files.items()},
        "sizes": {str(p.relative_to(out)): p.stat().st_size for p in every},
        "sha256": {str(p.relative_to(out)): file_sha256(p) for p in every},
    }, indent=2))
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000, help="order lines (1M)")
    parser.add_argument("--out", type=Path, help="folder (bench/out/data/lines-N)")
    parser.add_argument("--force", action="store_true", help="write even if up to date")
    args = parser.parse_args()
    out = args.out or Path(__file__).parent / "out" / "data" / f"lines-{args.lines}"
    started = time.perf_counter()
    for name, paths in generate(out, args.lines, force=args.force).items():
        for path in paths:
            print(f"{name}: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"done in {time.perf_counter() - started:.1f} s; sha256 in {out / 'manifest.json'}")


if __name__ == "__main__":
    main()
