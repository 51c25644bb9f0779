"""The title rules as data: length limits, banned absolute words, softer wordings, and the
contexts in which a banned word is not a claim. The checker (check.py) only reads these.

Length limits, in bytes as the platform counts them (an ASCII character is 1 byte, any
other character 2, the width it has in GBK):

- taobao (and tmall, which shops import as taobao): 60 bytes = 30 Chinese characters,
  as the Taobao/Tmall publishing form counts them (domain.md §3).
- jd, douyin, pdd, kuaishou: None = not checked. Their limits are widely quoted (拼多多
  and 抖店 60 bytes, 京东 about 45 characters) but no platform documentation for them
  was found to confirm the figure or its unit, so they are not checked until one is.
- shopify, woocommerce: None = not checked. Shopify caps a title at 255 characters (not
  bytes) and WooCommerce has no cap; neither is a limit an operator writes against.

Banned words (极限词): the list of domain.md §3, from China's Advertising Law art. 9(3)
as platforms apply it. Words are written naturally here and folded like a title before
matching (full-width to half-width, lower case, spaces and punctuation dropped), so
"NO.1" also finds "ＮＯ．１", "No 1" and "n-o-1".

最 alone is on the list, so every 最X is flagged unless it is one of the time and
sequence words in ALLOWED (最近 recently, 最后 last, 最初 at first, 最终 in the end):
these say when, not how good. 最新 IS flagged: platform checkers and the published
极限词 lists name it (最新, 最新技术, 最新科学), and it claims the goods are the newest
there are; the softer wording is 新 (最新款 -> 新款), which says the same without the
superlative.

第一 is flagged, except as an ordinal: 第一 followed by a measure word or a time noun
(第一次 the first time, 第一天, 第一件, 第一批, 第一代 ...). 第一名 / 第一位 / 第一品牌 /
第一个 stay flagged: they rank the goods against others.

100% is flagged (100%有效, 100%好评 are claims), except as a material composition:
100%纯棉, 100%棉, 纯棉100%, 含棉量100%, 100%羊毛, 100%桑蚕丝, 100% cotton ... which state
a fact the label must carry anyway (fibre content labelling, GB/T 29862). The same
goes for 100%果汁, the juice content of a pure juice. A material followed by 感 (100%棉感,
"feels like cotton") states no composition: it stays flagged.

万能胶 (contact adhesive) is a product name, not a claim.
"""

from __future__ import annotations

import re

# platform code -> title limit in bytes (ASCII 1, any other character 2); None = no check
PLATFORM_LIMITS: dict[str, int | None] = {
    "taobao": 60,
    "tmall": 60,
    "jd": None,
    "douyin": None,
    "pdd": None,
    "kuaishou": None,
    "shopify": None,
    "woocommerce": None,
}

# China's Advertising Law: absolute claims banned in titles (domain.md §3)
BANNED_WORDS: tuple[str, ...] = (
    "最", "最佳", "最好", "最低价", "全网最低", "第一", "唯一", "NO.1", "TOP1", "国家级",
    "世界级", "顶级", "极致", "首选", "独家", "万能", "100%", "永久", "史上最低价", "仅此一次",
)

# 最-claims beyond the list. They are flagged through 最 anyway; naming them marks the
# whole word (最便宜, not just 最) and gives it a softer wording.
ZUI_CLAIMS: tuple[str, ...] = (
    "最低", "最强", "最便宜", "最新", "最高", "最大", "最优", "最火", "最热", "最受欢迎",
    "最美", "最全", "最先进",
)

# banned word -> a softer wording to write instead; None: remove it, nothing says it softly
SOFTER: dict[str, str | None] = {
    "最": None,
    "最佳": "优选",
    "最好": "优质",
    "最低价": "特惠价",
    "全网最低": None,
    "第一": "热销",
    "唯一": None,
    "NO.1": "热销",
    "TOP1": "热销",
    "国家级": None,
    "世界级": None,
    "顶级": "高端",
    "极致": "精致",
    "首选": "推荐",
    "独家": None,
    "万能": "多功能",
    "100%": None,
    "永久": "长效",
    "史上最低价": None,
    "仅此一次": None,
    "最低": "实惠",
    "最强": "强劲",
    "最便宜": "实惠",
    "最新": "新",
    "最高": "高",
    "最大": "大",
    "最优": "优质",
    "最火": "热销",
    "最热": "热销",
    "最受欢迎": "人气",
    "最美": "美",
    "最全": "齐全",
    "最先进": "先进",
}

# 最-words that say when, not how good
ZUI_TIME_WORDS: tuple[str, ...] = ("最近", "最后", "最初", "最终")

# what may follow 第一 for it to be an ordinal: measure words and time nouns
FIRST_ORDINAL_NEXT = (
    "次天日周月年季期代批届弹波站集节课"  # time nouns and rounds
    "件双套只瓶盒袋包片口步层眼杯颗支条张本台"  # measure words
    "百千万"  # 第一百 ...: a longer ordinal
)

# materials whose share "100%" states a composition, not a claim
MATERIALS: tuple[str, ...] = (
    "棉", "羊毛", "羊绒", "山羊绒", "绵羊毛", "桑蚕丝", "真丝", "蚕丝", "亚麻", "苎麻", "涤纶",
    "聚酯纤维", "锦纶", "尼龙", "莫代尔", "粘纤", "粘胶纤维", "天丝", "莱赛尔", "腈纶", "氨纶",
    "牛皮", "羊皮", "鸭绒", "鹅绒", "白鸭绒", "白鹅绒", "果汁", "cotton", "wool", "silk",
    "linen", "polyester", "cashmere",
)

_MATERIAL = "|".join(re.escape(m) for m in sorted(MATERIALS, key=len, reverse=True))

# Contexts (regular expressions over the folded title: lower case, without spaces and
# punctuation other than % and decimal points) inside which a banned word is no claim.
ALLOWED: tuple[str, ...] = (
    *(re.escape(word) for word in ZUI_TIME_WORDS),
    "万能胶",
    f"第一[{FIRST_ORDINAL_NEXT}]",
    f"100%(?:纯|全)?(?:{_MATERIAL})(?!感)",
    f"(?:{_MATERIAL})(?:含量|成分)?100%",
    f"含(?:{_MATERIAL})量100%",
)
