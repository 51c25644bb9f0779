"""The title checker: bytes against the platform limit, banned absolute words found through
full-width forms, case and dodging characters, the ordinal/material/time-word guards,
keyword stuffing, and the two commands. Every position below was counted by hand."""

import json

import pytest
from exportfiles import write_csv

from opsdesk_gui.cli import main
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.models.titles import (
    banned_words,
    check_title,
    marked,
    platform_limit,
    repeats,
    title_bytes,
)

THIRTY = "春夏秋冬东南西北上下左右前后大小多少高低长短轻重新旧冷热软硬"  # 30 distinct hanzi


def spans(findings):
    return [(f.kind, f.text, f.start, f.end) for f in findings]


def assert_maps_back(title, findings):
    for f in findings:
        assert title[f.start:f.end] == f.text


# -- length ------------------------------------------------------------------------------
def test_bytes_count_chinese_as_two_and_ascii_as_one():
    assert len(THIRTY) == 30
    assert title_bytes(THIRTY) == 60
    # 夏季新款纯棉短袖 (8 hanzi) + T + 恤女宽松百搭上衣 (8 hanzi): 16 * 2 + 1
    assert title_bytes("夏季新款纯棉短袖T恤女宽松百搭上衣") == 33
    # Women's(7) + 3 spaces + relaxed(7) + cotton(6) + tee(3)
    assert title_bytes("Women's relaxed cotton tee") == 26
    assert title_bytes("ＮＯ．１") == 8  # full-width forms are 2 bytes each, as in GBK
    assert platform_limit("taobao") == 60
    assert platform_limit("shopify") is None and platform_limit("nowhere") is None


def test_pure_chinese_at_and_over_sixty_bytes():
    assert check_title(THIRTY).findings == ()
    over = check_title(THIRTY + "甜")
    assert (over.bytes, over.limit) == (62, 60)
    assert spans(over.findings) == [("length", "甜", 30, 31)]
    assert over.findings[0].params == {"bytes": 62, "limit": 60, "over": 2}


def test_ascii_at_and_over_sixty_bytes():
    sixty = "Relaxed fit organic cotton crew neck tee short sleeve, white"
    assert len(sixty) == 60 and title_bytes(sixty) == 60
    assert [f for f in check_title(sixty).findings if f.kind == "length"] == []
    over = check_title(sixty + "!")
    assert spans([f for f in over.findings if f.kind == "length"]) == [("length", "!", 60, 61)]


def test_mixed_title_over_the_limit_names_the_tail_that_does_not_fit():
    title = "2026夏季新款纯棉短袖T恤女宽松百搭上衣韩版学生ins风打底衫圆领半袖潮"
    # 2026: 4, 夏季新款纯棉短袖: 16 (index 4-11), T: 1 (12), 恤女宽松百搭上衣韩版学生: 24
    # (13-24), ins: 3 (25-27), 风打底衫圆领: 12 (28-33) -> 60 bytes;
    # 半袖潮 (34-36, 6 bytes) do not fit
    check = check_title(title)
    assert (check.bytes, check.limit) == (66, 60)
    assert spans(check.findings) == [("length", "半袖潮", 34, 37)]
    assert check.findings[0].advice == "title_too_long"
    assert check.findings[0].suggestion == (
        "The title is 66 bytes, 6 over the limit of 60 (a Chinese character counts 2): "
        "cut 6 bytes; as it stands, '半袖潮' at the end does not fit.")
    assert check_title(title, "shopify").findings == ()  # no limit checked
    assert check_title(title, "shopify").bytes == 66


def test_a_chinese_character_across_the_limit_does_not_fit():
    # A (1) + 29 hanzi (58) = 59 bytes; the 30th hanzi, 硬, would end at byte 61
    check = check_title("A" + THIRTY)
    assert check.bytes == 61
    assert spans(check.findings) == [("length", "硬", 30, 31)]


def test_length_says_when_removing_the_repeats_is_enough():
    title = THIRTY[:24] + "连衣裙连衣裙" + "新旧"  # 48 + 12 + 4 = 64 bytes
    check = check_title(title)
    # the repeat 连衣裙 (27-29) saves 6 bytes >= the 4 over; 新旧 (30-31) is what overflows
    assert spans(check.findings) == [("repeat", "连衣裙", 27, 30), ("length", "新旧", 30, 32)]
    assert check.findings[1].advice == "title_too_long_fixable"
    assert check.findings[1].params == {"bytes": 64, "limit": 60, "over": 4, "saved": 6}


# -- normalisation -----------------------------------------------------------------------
@pytest.mark.parametrize(("title", "expected"), [
    ("ＮＯ．１爆款卫衣", [("ＮＯ．１", 0, 4)]),           # full-width letters and dot
    ("１００％有效", [("１００％", 0, 4)]),              # full-width digits and %
    ("爆款 No.1 卫衣", [("No.1", 3, 7)]),               # case
    ("爆款top1卫衣", [("top1", 2, 6)]),
    ("最 好的礼物", [("最 好", 0, 3)]),                  # a space between
    ("最-好的礼物", [("最-好", 0, 3)]),                  # punctuation between
    ("唯、一 款式", [("唯、一", 0, 3)]),
    ("最💥好", [("最💥好", 0, 3)]),                      # an emoji between
    ("最❤️好", [("最❤️好", 0, 4)]),                     # emoji + variation selector
    ("最\u200b好", [("最\u200b好", 0, 3)]),              # a zero-width space
    ("Ｎ Ｏ . 1 卫衣", [("Ｎ Ｏ . 1", 0, 7)]),           # all of it at once
    ("№1 卫衣", [("№1", 0, 2)]),                        # № folds to two letters, No
    ("TOP ① 热卖", [("TOP ①", 0, 5)]),                  # ① folds to 1
])
def test_found_through_normalisation_and_mapped_back(title, expected):
    found = banned_words(title)
    assert [(f.text, f.start, f.end) for f in found] == expected
    assert_maps_back(title, found)


@pytest.mark.parametrize(("title", "expected"), [
    ("頂級羊絨大衣", [("頂級", 0, 2)]),               # traditional forms of 顶级
    ("國家級非遗工藝", [("國家級", 0, 3)]),           # 国家级
    ("銷量第壹", [("第壹", 2, 4)]),                   # the financial form of 一
    ("銷量第ー", [("第ー", 2, 4)]),                   # katakana ー looks like 一
    ("爆款N0.1卫衣", [("N0.1", 2, 6)]),              # digit 0 for the letter O
    ("T0P1 爆款", [("T0P1", 0, 4)]),
    ("100%棉感T恤", [("100%", 0, 4)]),               # feels like cotton: no composition
])
def test_variants_and_look_alikes_are_found(title, expected):
    found = banned_words(title)
    assert [(f.text, f.start, f.end) for f in found] == expected
    assert_maps_back(title, found)


def test_emoji_take_four_bytes_as_the_platform_counts_them():
    # GB18030, as Taobao counts: ASCII 1, a character GBK has 2, an emoji 4
    assert title_bytes("💥") == 4 and title_bytes("✨") == 4
    assert title_bytes("爆款💥T恤") == 2 + 2 + 4 + 1 + 2  # 11
    assert title_bytes("★") == 2  # in GBK
    # 28 hanzi (56 bytes) + one emoji (4) = 60 fits; a second emoji does not
    assert check_title(THIRTY[:28] + "💥", "taobao").findings == ()
    over = check_title(THIRTY[:28] + "💥💥", "taobao")
    assert over.bytes == 64 and over.findings[0].text == "💥"


def test_ascii_words_are_not_found_inside_longer_ones():
    assert banned_words("TOP10 榜单") == []
    assert banned_words("LAPTOP1 包") == []
    assert banned_words("款号NO.12") == []
    assert banned_words("款号N01") == [] and banned_words("尺码M0.5") == []
    assert banned_words("含量1.00%") == []  # a decimal point is kept: 1.00% is not 100%
    assert [(f.text, f.start, f.end) for f in banned_words("1 0 0 %有效")] == [
        ("1 0 0 %", 0, 7)]


# -- guards and true positives ------------------------------------------------------------
@pytest.mark.parametrize("title", [
    "第一次购买送赠品", "第一天发货", "第一件半价", "第一批现货", "最近很火的卫衣",
    "最后一天清仓", "100%纯棉T恤", "100% 纯棉短袖", "纯棉100%打底衫", "含棉量100%",
    "100%桑蚕丝睡衣", "100% cotton tee", "万能胶水",
])
def test_ordinals_time_words_and_materials_are_not_flagged(title):
    assert banned_words(title) == []


@pytest.mark.parametrize(("title", "expected", "advice", "replacement"), [
    ("全网第一卫衣", ("第一", 2, 4), "title_replace", "热销"),
    ("第一名品牌", ("第一", 0, 2), "title_replace", "热销"),   # a rank, not an ordinal
    ("最好的礼物", ("最好", 0, 2), "title_replace", "优质"),
    ("100%有效祛痘", ("100%", 0, 4), "title_remove", None),
    ("新品ＮＯ．１", ("ＮＯ．１", 2, 6), "title_replace", "热销"),
    ("2026最新款卫衣", ("最新", 4, 6), "title_replace", "新"),   # 最新 is flagged (rules.py)
    ("最强续航", ("最强", 0, 2), "title_replace", "强劲"),
    ("最低价清仓", ("最低价", 0, 3), "title_replace", "特惠价"),
    ("最萌公仔", ("最", 0, 1), "title_remove", None),          # any other 最X: 最 itself
    ("全网最低价", ("全网最低价", 0, 5), "title_remove", None),  # overlapping hits: one
    ("史上最低价 仅此一次", ("史上最低价", 0, 5), "title_remove", None),
    ("永久包邮", ("永久", 0, 2), "title_replace", "长效"),
])
def test_claims_are_flagged(title, expected, advice, replacement):
    found = banned_words(title)
    assert (found[0].text, found[0].start, found[0].end) == expected
    assert found[0].advice == advice
    assert found[0].params.get("replacement") == replacement
    assert_maps_back(title, found)


def test_every_position_maps_back_in_a_title_full_of_dodges():
    title = "【全网第一】Ｔｏｐ 1 最 好 ✨最💥强 第一次用 100％有效 100%纯棉"
    # 【0 全1 网2 第3 一4 】5 Ｔ6 ｏ7 ｐ8 _9 1(10) _11 最12 _13 好14 _15 ✨16 最17 💥18 强19
    # _20 第21 一22 次23 用24 _25 1(26) 0(27) 0(28) ％29 有30 效31 _32 1(33) 0 0 %(36) 纯37 棉38
    # (_ a space); 第一次 (21-23) and 100%纯棉 (33-38) are allowed
    found = banned_words(title)
    assert spans(found) == [
        ("banned_word", "第一", 3, 5),
        ("banned_word", "Ｔｏｐ 1", 6, 11),
        ("banned_word", "最 好", 12, 15),
        ("banned_word", "最💥强", 17, 20),
        ("banned_word", "100％", 26, 30),
    ]
    assert_maps_back(title, found)


def test_allowed_words_such_as_a_brand():
    assert [f.text for f in banned_words("永久牌自行车")] == ["永久"]
    assert banned_words("永久牌自行车", allowed_words=["永久牌"]) == []


def test_an_extra_word_is_folded_like_the_title():
    assert banned_words("爆款 秒杀 卫衣") == []
    found = banned_words("爆款 秒 杀 卫衣", extra_words=["秒杀"])
    assert [(f.text, f.start, f.end, f.advice) for f in found] == [
        ("秒 杀", 3, 6, "title_remove")]
    found = banned_words("限时vip专享", extra_words=["ＶＩＰ"])
    assert [(f.text, f.start, f.end) for f in found] == [("vip", 2, 5)]


# -- repeats -----------------------------------------------------------------------------
def test_a_word_three_times_reports_the_second_and_third():
    title = "连衣裙连衣裙 女 连衣裙"  # 连衣裙 at 0-2, 3-5, 9-11
    found = repeats(title)
    assert spans(found) == [("repeat", "连衣裙", 3, 6), ("repeat", "连衣裙", 9, 12)]
    assert [f.params for f in found] == [{"count": 3}, {"count": 3}]
    assert found[0].suggestion == (
        "'连衣裙' occurs 3 times (keyword stuffing): remove this repeat.")
    assert found[0].suggestion_in("zh_CN") == "“连衣裙”出现了 3 次（关键词堆砌）：删除这一处重复。"


def test_back_to_back_twice_is_stuffing_and_apart_twice_is_not():
    assert spans(repeats("休闲裤休闲裤男")) == [("repeat", "休闲裤", 3, 6)]
    assert repeats("休闲裤休闲裤男")[0].advice == "title_repeat_adjacent"
    assert repeats("红色上衣 配 红色") == []
    assert repeats("宽松 T恤 修身") == []


def test_the_longest_repeat_is_reported_not_its_parts_or_rotations():
    # 连衣裙女 at 0-3 and 4-7 back to back, then 连衣裙 a third time at 8-10
    assert spans(repeats("连衣裙女连衣裙女连衣裙")) == [
        ("repeat", "连衣裙女", 4, 8), ("repeat", "连衣裙", 8, 11)]


def test_ascii_words_repeat_whatever_their_case_and_numbers_do_not():
    assert spans(repeats("dress Dress DRESS")) == [
        ("repeat", "Dress", 6, 11), ("repeat", "DRESS", 12, 17)]
    assert repeats("2020新款 2020 2020") == []      # a year is not stuffing
    assert repeats("10cm 20cm 30cm 收纳盒") == []    # different sizes


def test_marked_brackets_the_hits():
    title = "全网第一 休闲裤休闲裤"
    check = check_title(title)
    assert spans(check.findings) == [("banned_word", "第一", 2, 4), ("repeat", "休闲裤", 8, 11)]
    assert marked(title, check.findings) == "全网[第一] 休闲裤[休闲裤]"
    # overlapping spans (最好 at 2-3, 网最好 at 1-3 with 网最 banned too) get one pair
    overlapping = [*banned_words("全网最好"), *banned_words("全网最好", extra_words=["网最"])]
    assert [(f.start, f.end) for f in overlapping] == [(2, 4), (1, 4)]
    assert marked("全网最好", overlapping) == "全[网最好]"


# -- the commands ------------------------------------------------------------------------
def test_lint_title_json_is_exact(capsys):
    # 全网第一 (8) + space (1) + 100% (4) + 纯棉 (4) + T (1) + 恤 (2) = 20 bytes
    assert main(["lint-title", "全网第一 100%纯棉T恤", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "bytes": 20, "limit": 60, "findings": [{
            "kind": "banned_word", "text": "第一", "start": 2, "end": 4,
            "suggestion": "'第一' is an absolute claim the Advertising Law bans: write '热销' "
                          "instead, or remove it."}]}
    assert main(["lint-title", "夏季 秒杀", "--platform", "shopify", "--extra-word", "秒杀",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "bytes": 9, "limit": None, "findings": [{
            "kind": "banned_word", "text": "秒杀", "start": 3, "end": 5,
            "suggestion": "'秒杀' is an absolute claim the Advertising Law bans: remove it."}]}


def test_lint_title_text_marks_the_hits(capsys):
    assert main(["lint-title", "全网第一 100%纯棉T恤"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "全网[第一] 100%纯棉T恤"
    assert out[1].startswith("  banned_word 2-4 '第一': ")
    assert out[2:] == ["20 of 60 bytes (taobao)", "1 finding"]
    assert main(["lint-title", "纯棉T恤"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "no findings"


@pytest.mark.parametrize("argv", [
    ["lint-title", "卫衣", "--platform", "nowhere"],
    ["lint-title", "卫衣", "--extra-word", " !? "],
    ["lint-title"],
])
def test_lint_title_bad_arguments_exit_non_zero(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


@pytest.fixture
def shop(shop_path, tmp_path):
    sheet = write_csv(tmp_path / "商品表.csv", ["商家编码", "商品名称", "库存", "平台"], [
        ["SKU-A", "全网第一 纯棉T恤", "10", "淘宝"],
        ["SKU-B", "夏季新款纯棉短袖T恤", "5", "淘宝"],
        ["SKU-C", "", "7", "淘宝"],                      # no title: skipped
        ["SKU-D", "休闲裤休闲裤男", "3", "淘宝"],
        ["SKU-E", THIRTY + "甜", "1", "抖店"],            # 62 bytes, douyin: no limit
        ["SKU-F", THIRTY + "甜", "1", "淘宝"],            # 62 bytes on taobao: too long
    ])
    import_files(shop_path, [sheet])
    return shop_path


def test_titles_lists_the_products_with_findings(shop, capsys):
    assert main(["titles", "--shop", str(shop), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["platform"], p["sku"], p["title"], p["bytes"], p["limit"]) for p in listed] == [
        ("taobao", "SKU-A", "全网第一 纯棉T恤", 16, 60),
        ("taobao", "SKU-D", "休闲裤休闲裤男", 14, 60),
        ("taobao", "SKU-F", THIRTY + "甜", 62, 60),
    ]
    assert [[(f["kind"], f["text"], f["start"], f["end"]) for f in p["findings"]]
            for p in listed] == [
        [("banned_word", "第一", 2, 4)],
        [("repeat", "休闲裤", 3, 6)],
        [("length", "甜", 30, 31)],
    ]
    assert main(["titles", "--shop", str(shop)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["taobao SKU-A:", "  全网[第一] 纯棉T恤"]
    assert out[2].startswith("    banned_word 2-4 '第一': ")
    assert out[-1] == "3 of 5 titles have findings"


def test_titles_for_one_platform(shop, capsys):
    assert main(["titles", "--shop", str(shop), "--platform", "douyin", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["titles", "--shop", str(shop), "--platform", "douyin"]) == 0
    assert capsys.readouterr().out.splitlines() == ["0 of 1 titles have findings"]
