"""The demo shop's goods: ~300 SKUs in four categories, titles built the way operators
write them (core word + attribute words + scene words), prices, costs and popularity.

A handful of titles carry a banned absolute word (最好, 第一 ...) for the title checks,
a few SKUs are out of stock, and a few hold large stock that barely sells.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .events import DAYS


@dataclass(frozen=True)
class Category:
    name: str
    code: str  # merchant-code prefix
    share: float  # of the SKUs
    cores: tuple[str, ...]
    attributes: tuple[str, ...]
    scenes: tuple[str, ...]
    price: tuple[int, int]  # list price range, yuan
    options: tuple[tuple[str, tuple[str, ...]], ...]  # (option name, values)
    winter: tuple[str, ...] = ()  # core words that sell only in the cold months


COLOURS = ("黑色", "米白色", "燕麦色", "雾霾蓝", "酒红色", "墨绿色", "浅灰色", "杏色")
CATEGORIES = (
    Category("女装", "NZ", 0.40,
             ("连衣裙", "针织开衫", "阔腿裤", "衬衫", "半身裙", "卫衣", "羽绒服", "毛呢大衣",
              "T恤", "西装外套", "牛仔裤", "打底衫"),
             ("法式", "碎花", "收腰", "显瘦", "宽松", "高腰", "纯棉", "垂感", "小个子", "复古",
              "简约", "加厚", "薄款", "设计感"),
             ("通勤", "度假风", "上班", "约会", "百搭", "秋冬", "夏季", "春秋"),
             (69, 459), (("颜色分类", COLOURS[:5]), ("尺码", ("S", "M", "L", "XL"))),
             winter=("羽绒服", "毛呢大衣")),
    Category("家居", "JJ", 0.27,
             ("收纳盒", "抱枕", "四件套", "香薰蜡烛", "地毯", "保温杯", "浴巾", "桌布",
              "台灯", "玻璃花瓶", "餐具套装"),
             ("北欧", "ins风", "日式", "加厚", "纯棉", "大容量", "简约", "可折叠", "耐高温",
              "奶油风"),
             ("卧室", "客厅", "宿舍", "家用", "办公室", "送礼"),
             (19, 299), (("颜色分类", COLOURS[1:6]), ("规格", ("小号", "中号", "大号")))),
    Category("配饰", "PS", 0.20,
             ("耳环", "项链", "发夹", "丝巾", "渔夫帽", "托特包", "腰带", "手链", "围巾"),
             ("925银", "珍珠", "小众", "轻奢", "复古", "简约", "气质", "韩版", "羊毛"),
             ("通勤", "约会", "送女友", "百搭", "日常", "秋冬"),
             (9, 199), (("颜色分类", (*COLOURS[:4], "金色", "银色")),),
             winter=("围巾",)),
    Category("鞋靴", "XX", 0.13,
             ("小白鞋", "乐福鞋", "马丁靴", "凉鞋", "运动鞋", "雪地靴", "玛丽珍鞋"),
             ("真皮", "软底", "厚底", "增高", "平底", "透气", "防滑", "复古"),
             ("通勤", "百搭", "学生", "秋冬", "夏季", "出游"),
             (99, 459), (("颜色分类", COLOURS[:4]), ("尺码", ("35", "36", "37", "38", "39",
                                                                   "40"))),
             winter=("雪地靴", "马丁靴")),
)
# Absolute claims banned by the Advertising Law: a few titles carry one.
BANNED = ("最好穿的", "销量第一", "顶级", "全网最低价", "100%纯棉", "独家定制")
# Words that contradict a core word's season.
WARM_WORDS = ("夏季", "度假风", "薄款", "出游")
COLD_WORDS = ("秋冬", "加厚", "羊毛")
SUMMER_CORES = ("连衣裙", "T恤", "凉鞋", "渔夫帽", "半身裙")
# Words that only suit some core words (no cotton lamps, no pearl scarves).
ONLY_FOR = {
    "纯棉": ("四件套", "抱枕", "浴巾", "桌布", "T恤", "衬衫", "卫衣", "打底衫", "连衣裙"),
    "耐高温": ("保温杯", "餐具套装", "玻璃花瓶", "香薰蜡烛"),
    "大容量": ("收纳盒", "保温杯", "托特包"),
    "可折叠": ("收纳盒", "桌布", "地毯", "渔夫帽"),
    "加厚": ("四件套", "地毯", "浴巾", "抱枕", "卫衣", "羽绒服", "毛呢大衣", "打底衫", "针织开衫"),
    "925银": ("耳环", "项链", "手链"), "珍珠": ("耳环", "项链", "发夹", "手链"),
    "羊毛": ("围巾", "渔夫帽"), "真皮": ("乐福鞋", "马丁靴", "小白鞋", "腰带", "托特包"),
    "收腰": ("连衣裙", "西装外套", "毛呢大衣", "羽绒服", "衬衫"),
    "小个子": ("连衣裙", "阔腿裤", "半身裙", "牛仔裤", "西装外套", "毛呢大衣"),
    "碎花": ("连衣裙", "半身裙", "衬衫"),
}
# At most one word of each group in a title.
EXCLUSIVE = (("春秋", "秋冬", "夏季"), ("加厚", "薄款"), ("宽松", "收腰"), ("厚底", "平底"))
MAX_TITLE_CHARS = 30  # Taobao: 60 bytes


def _title(cat: Category, core: str, rng: np.random.Generator, year: int) -> str:
    """Core word + attribute words + scene words, at most 30 characters."""
    avoid = WARM_WORDS if core in cat.winter else COLD_WORDS if core in SUMMER_CORES else ()

    def suits(word: str) -> bool:
        return word not in avoid and core in ONLY_FOR.get(word, (core,))

    attrs = _distinct([a for a in cat.attributes if suits(a)], 3, rng)
    chosen = _distinct([s for s in cat.scenes if suits(s)], 2, rng, taken=attrs)
    lead = f"{year}新款" if rng.random() < 0.4 else ""
    gender = "女" if cat.name in ("女装", "鞋靴") else ""
    parts = [lead, *attrs, core, gender, *chosen]
    while len("".join(parts)) > MAX_TITLE_CHARS and len(parts) > 3:
        parts.pop()
    return "".join(parts)


def _distinct(words: list[str], count: int, rng: np.random.Generator,
              taken: list[str] = ()) -> list[str]:
    """Up to `count` words in random order, at most one of each EXCLUSIVE group."""
    out: list[str] = []
    used = list(taken)
    for word in rng.permutation(words):
        groups = [g for g in EXCLUSIVE if word in g]
        if any(u in g for g in groups for u in used):
            continue
        out.append(str(word))
        used.append(str(word))
        if len(out) == count:
            break
    return out


def _price(low: int, high: int, rng: np.random.Generator, size: int) -> np.ndarray:
    """List prices in cents, shaped like shop prices: 89.00, 129.90, 59.90."""
    yuan = np.exp(rng.uniform(np.log(low), np.log(high), size))
    whole = np.maximum(np.round(yuan / 10) * 10 - 1, low)
    cents = whole * 100 + np.where(rng.random(size) < 0.5, 0, 90)
    return cents.astype("int64")


def build_catalogue(rng: np.random.Generator, n: int = 300) -> pd.DataFrame:
    """One row per SKU: sku, product_id, douyin_id, title, category, price_cents,
    cost_cents, weight (relative popularity), launch_day, winter, on_douyin, slow,
    return_bias, options."""
    rows = []
    counts = np.round(np.array([c.share for c in CATEGORIES]) * n).astype(int)
    counts[0] += n - counts.sum()
    serial = 1000
    for cat, count in zip(CATEGORIES, counts, strict=True):
        cores = rng.choice(cat.cores, size=count)
        prices = _price(*cat.price, rng, count)
        for core, price in zip(cores, prices, strict=True):
            serial += int(rng.integers(1, 9))
            rows.append({
                "sku": f"{cat.code}{serial}", "category": cat.name, "core": str(core),
                "title": _title(cat, str(core), rng, 2025 if rng.random() < 0.5 else 2026),
                "price_cents": int(price), "winter": str(core) in cat.winter,
            })
    frame = pd.DataFrame(rows)
    size = len(frame)
    # Margins of 30-70%; costs rounded to 0.10 yuan.
    margin = rng.uniform(0.30, 0.70, size)
    frame["cost_cents"] = (np.round(frame["price_cents"] * (1 - margin) / 10) * 10).astype("int64")
    # Popularity: a few best sellers and a long tail.
    rank = rng.permutation(size) + 1
    frame["weight"] = 1.0 / rank**0.95
    # Each SKU a Taobao item id (12 digits) and a 抖店 product id (19 digits).
    frame["product_id"] = (6_8000_0000_000 + np.sort(rng.choice(10**10, size, replace=False))
                           ).astype(str)
    frame["douyin_id"] = (3_600_000_000_000_000_000 + rng.choice(10**15, size, replace=False)
                          ).astype(str)
    # New products launched during the two years; the rest were on sale from the start.
    launched = rng.random(size) < 0.18
    frame["launch_day"] = np.where(launched, rng.integers(30, DAYS - 20, size), 0)
    # 抖店 lists the better-selling half of the range.
    frame["on_douyin"] = rank <= size * 0.45
    # Slow movers: large stock, almost no sales.
    slow = rng.choice(np.flatnonzero(rank > size * 0.5), size=6, replace=False)
    frame["slow"] = False
    frame.loc[slow, "slow"] = True
    frame.loc[slow, "weight"] *= 0.01
    frame.loc[slow, ["launch_day", "on_douyin", "winter"]] = [0, False, False]
    # Some SKUs come back more often (a sizing problem, a weak seam).
    frame["return_bias"] = rng.lognormal(0.0, 0.4, size)
    problem = rng.choice(np.flatnonzero(rank <= 30), size=2, replace=False)
    frame.loc[problem, "return_bias"] *= 4.0
    # A few titles break the Advertising Law.
    banned = rng.choice(size, size=len(BANNED), replace=False)
    for index, word in zip(banned, BANNED, strict=True):
        title = frame.at[index, "title"]
        frame.at[index, "title"] = (word + title)[:MAX_TITLE_CHARS]
    frame["options"] = frame["category"].map({c.name: c.options for c in CATEGORIES})
    return frame


def stock_levels(catalogue: pd.DataFrame, units_30d: pd.Series,
                 rng: np.random.Generator) -> pd.DataFrame:
    """Stock and safety stock at the end of the window from the last 30 days' sales:
    mostly 3-10 weeks of cover, a few SKUs sold out, slow movers heavily overstocked."""
    size = len(catalogue)
    daily = units_30d.reindex(catalogue["sku"]).fillna(0).to_numpy() / 30.0
    cover = rng.uniform(12, 70, size)
    stock = np.round(daily * cover + rng.integers(3, 40, size)).astype("int64")
    safety = np.maximum(np.round(daily * 15), 5).astype("int64")
    selling = np.flatnonzero((daily > 0.3) & ~catalogue["slow"].to_numpy())
    sold_out = rng.choice(selling, size=min(5, len(selling)), replace=False)
    stock[sold_out] = 0
    slow = catalogue["slow"].to_numpy()
    stock[slow] = rng.integers(600, 1500, slow.sum())
    return pd.DataFrame({"sku": catalogue["sku"], "stock": stock, "safety_stock": safety})
