"""Made-up buyers: nicknames, names, phones and addresses. No real person's data:
names are random surname + given-name pairs, phones are 13x with random digits."""

from __future__ import annotations

import numpy as np
import pandas as pd

SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余")
GIVEN = tuple("婷静敏丽娟艳芳娜秀英慧颖雪琳晶欣怡佳悦雯倩蕾洁琪瑶萌梦涵思嘉宁晓月露菲璐小子")
# (province, city, districts, zip prefix, weight)
PLACES = (
    ("广东省", "广州市", ("天河区", "海珠区", "越秀区", "白云区"), "510", 7),
    ("广东省", "深圳市", ("南山区", "福田区", "龙华区", "宝安区"), "518", 7),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "滨江区", "余杭区"), "310", 6),
    ("浙江省", "宁波市", ("鄞州区", "海曙区", "江北区"), "315", 2),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "建邺区"), "210", 4),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "工业园区"), "215", 4),
    ("上海", "上海市", ("浦东新区", "徐汇区", "静安区", "闵行区"), "200", 7),
    ("北京", "北京市", ("朝阳区", "海淀区", "丰台区", "东城区"), "100", 6),
    ("山东省", "济南市", ("历下区", "市中区", "槐荫区"), "250", 3),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"), "266", 3),
    ("四川省", "成都市", ("锦江区", "武侯区", "高新区", "成华区"), "610", 5),
    ("湖北省", "武汉市", ("武昌区", "洪山区", "江汉区"), "430", 4),
    ("湖南省", "长沙市", ("岳麓区", "天心区", "雨花区"), "410", 3),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), "361", 2),
    ("福建省", "福州市", ("鼓楼区", "台江区", "仓山区"), "350", 2),
    ("河南省", "郑州市", ("金水区", "二七区", "郑东新区"), "450", 3),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区"), "710", 3),
    ("重庆", "重庆市", ("渝中区", "江北区", "南岸区"), "400", 3),
    ("天津", "天津市", ("和平区", "南开区", "河西区"), "300", 2),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "庐阳区"), "230", 2),
    ("辽宁省", "沈阳市", ("和平区", "沈河区", "浑南区"), "110", 2),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区"), "650", 1),
    ("河北省", "石家庄市", ("长安区", "桥西区", "裕华区"), "050", 2),
    ("江西省", "南昌市", ("东湖区", "红谷滩区", "青山湖区"), "330", 1),
    ("广西壮族自治区", "南宁市", ("青秀区", "兴宁区", "西乡塘区"), "530", 1),
    ("新疆维吾尔自治区", "乌鲁木齐市", ("天山区", "沙依巴克区"), "830", 1),
)
STREETS = tuple(f"{a}{b}" for a in ("文华", "建设", "人民", "解放", "中山", "和平", "长江",
                                     "新华", "青年", "东风", "学府", "滨江")
                for b in ("路", "大道", "街"))
NICK_PARTS = ("xiao", "tb", "mi", "lulu", "yoyo", "candy", "momo", "sunny", "coco", "kiki",
              "ah", "lili", "echo", "nana", "bobo")


def _pick(values: tuple[str, ...], rng: np.random.Generator, n: int) -> np.ndarray:
    return np.asarray(values, dtype=object)[rng.integers(0, len(values), n)]


def make_people(n: int, rng: np.random.Generator) -> pd.DataFrame:
    """n made-up people: nick (unique), name, phone, province, city, address."""
    numbers = rng.choice(9 * 10**7, size=n, replace=False) + 10**7
    nick = _pick(NICK_PARTS, rng, n) + pd.Series(numbers).astype(str).to_numpy(dtype=object)
    given = _pick(GIVEN, rng, n) + np.where(rng.random(n) < 0.7, _pick(GIVEN, rng, n), "")
    name = _pick(SURNAMES, rng, n) + given
    phone = "13" + pd.Series(rng.integers(0, 10**9, n)).astype(str).str.zfill(9)
    weights = np.array([p[4] for p in PLACES], dtype=float)
    place = rng.choice(len(PLACES), size=n, p=weights / weights.sum())
    province = np.array([PLACES[i][0] for i in place], dtype=object)
    city = np.array([PLACES[i][1] for i in place], dtype=object)
    district = np.array([PLACES[i][2][k % len(PLACES[i][2])]
                         for i, k in zip(place, rng.integers(0, 12, n), strict=True)],
                        dtype=object)
    zip_code = np.array([PLACES[i][3] for i in place], dtype=object) + pd.Series(
        rng.integers(0, 1000, n)).astype(str).str.zfill(3).to_numpy(dtype=object)
    house = pd.Series(rng.integers(1, 999, n)).astype(str).to_numpy(dtype=object)
    flat = (pd.Series(rng.integers(1, 30, n)).astype(str) + "栋"
            + pd.Series(rng.integers(101, 2999, n)).astype(str) + "室").to_numpy(dtype=object)
    street = _pick(STREETS, rng, n) + house + "号" + flat
    address = province + " " + city + " " + district + " " + street + "(" + zip_code + ")"
    return pd.DataFrame({"nick": nick, "name": name, "phone": phone.to_numpy(dtype=object),
                         "province": province, "city": city, "district": district,
                         "street": street, "address": address})
