"""The owner's product sheet -> products, daily ad reports -> ad_spend, and detection of
every file these tests (and the 生意参谋 tests) write, against each other and Taobao's."""

import sqlite3

import pytest
from exportfiles import write_csv, write_xlsx
from taobao_files import LINE_HEADER, ORDER_HEADER
from test_presets_sycm import PRODUCT_HEADER, SHOP_HEADER, SOURCE_HEADER

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.importers.preset import detect_preset, presets


def rows(shop, sql, *params):
    with sqlite3.connect(shop) as conn:
        return conn.execute(sql, params).fetchall()


PRODUCTS_SQL = ("SELECT platform, sku, title, variant, category, price_cents, cost_cents, "
                "stock, safety_stock, lead_time_days FROM products ORDER BY platform, sku")

SHEET_HEADER = ["商家编码", "商品名称", "规格", "类目", "售价", "成本价", "库存数量",
                "安全库存", "采购周期（天）", "平台"]
SHEET = [
    ["SKU-TEE", "测试T恤", "黑色 L", "男装", "¥99.00", "35.50", "1,200", "100", "7", "淘宝"],
    ["SKU-BAG", "测试帆布包", "", "箱包", "59.9", "20", "0", "-", "", ""],
    ["", "没有编码的样品", "", "", "10", "1", "1", "", "", ""],
    ["SKU-CUP", "测试杯子", "350ml", "家居", "29.00", "8.8", "40", "10", "15", "京东"],
]
SHEET_EXPECTED = [
    ("jd", "SKU-CUP", "测试杯子", "350ml", "家居", 2900, 880, 40, 10, 15),
    ("taobao", "SKU-BAG", "测试帆布包", None, "箱包", 5990, 2000, 0, None, None),
    ("taobao", "SKU-TEE", "测试T恤", "黑色 L", "男装", 9900, 3550, 1200, 100, 7),
]


def test_product_sheet_lands_exactly(shop_path, tmp_path):
    path = write_xlsx(tmp_path / "商品成本表.xlsx", SHEET_HEADER, SHEET)
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "product_sheet"
    assert summary.files[0].kind == "products"
    assert summary.files[0].warnings["skipped_no_sku"].count == 1
    assert summary.counts["products"].added == 3
    assert rows(shop_path, PRODUCTS_SQL) == SHEET_EXPECTED


def test_cost_only_sheet_updates_cost_and_keeps_stock(shop_path, tmp_path):
    import_files(shop_path, [write_xlsx(tmp_path / "full.xlsx", SHEET_HEADER, SHEET)])
    costs = write_csv(tmp_path / "成本.csv", ["商家编码", "成本"],
                      [["SKU-TEE", "36.00"], ["SKU-BAG", "20.00"]], encoding="gbk")
    summary = import_files(shop_path, [costs])
    assert summary.files[0].preset == "product_sheet"
    assert summary.counts["products"].as_dict() == {"added": 0, "updated": 1, "unchanged": 1}
    assert rows(shop_path, PRODUCTS_SQL) == [
        SHEET_EXPECTED[0], SHEET_EXPECTED[1],
        ("taobao", "SKU-TEE", "测试T恤", "黑色 L", "男装", 9900, 3600, 1200, 100, 7),
    ]


def test_stock_sheet_with_empty_cells_keeps_what_is_known(shop_path, tmp_path):
    import_files(shop_path, [write_xlsx(tmp_path / "full.xlsx", SHEET_HEADER, SHEET)])
    stock = write_csv(tmp_path / "库存.csv", ["货号", "库存", "安全库存"],
                      [["SKU-TEE", "1,150", ""], ["SKU-BAG", "-", "5"]])
    import_files(shop_path, [stock])
    assert rows(shop_path, "SELECT sku, cost_cents, stock, safety_stock FROM products "
                "WHERE platform = 'taobao' ORDER BY sku") == [
        ("SKU-BAG", 2000, 0, 5), ("SKU-TEE", 3550, 1150, 100)]


@pytest.mark.parametrize(("header", "bad", "column", "value"), [
    (["商家编码", "进货价", "库存"], ["SKU-BAG", "-5.00", "3"], "进货价", "-5.00"),
    (["SKU", "成本", "库存"], ["SKU-BAG", "5.00", "-3"], "库存", "-3"),
])
def test_negative_cost_or_stock_is_refused_and_nothing_written(shop_path, tmp_path, header,
                                                                bad, column, value):
    import_files(shop_path, [write_xlsx(tmp_path / "full.xlsx", SHEET_HEADER, SHEET)])
    before = rows(shop_path, PRODUCTS_SQL)
    path = write_csv(tmp_path / "neg.csv", header, [["SKU-TEE", "1.00", "1"], bad])
    with pytest.raises(ImportFailed) as failed:
        import_files(shop_path, [path])
    assert failed.value.code == "negative_value"
    assert failed.value.params == {"file": "neg.csv", "row": 3, "column": column,
                                   "value": value}
    # the first row's valid change is not written either
    assert rows(shop_path, PRODUCTS_SQL) == before


AD_HEADER = ["日期", "计划名称", "展现量", "点击量", "点击率", "花费(元)", "总成交笔数",
             "总成交金额(元)", "投入产出比"]
AD_ROWS = [
    ["2026-11-01", "测试计划A", "10,000", "300", "3.00%", "150.50", "5", "1,200.00", "7.97"],
    ["2026-11-01", "测试计划B", "2,000", "40", "2.00%", "-", "0", "-", "-"],
    ["2026-11-02", "测试计划A", "12,000", "360", "3.00%", "180.00", "6", "1,500.00", "8.33"],
    ["合计", "", "24,000", "700", "", "330.50", "11", "2,700.00", ""],
]
AD_SQL = ("SELECT platform, channel, campaign, day, spend_cents, impressions, clicks, orders, "
          "gmv_cents, new_buyers FROM ad_spend ORDER BY platform, channel, campaign, day")


def test_one_tool_report_takes_the_channel_from_the_file_name(shop_path, tmp_path):
    path = write_xlsx(tmp_path / "直通车_计划报表_20261102.xlsx", AD_HEADER, AD_ROWS,
                      preamble=[["计划报表"], ["2026-11-01 至 2026-11-02"]])
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "ad_spend"
    assert summary.files[0].warnings["skipped_total"].count == 1
    assert rows(shop_path, AD_SQL) == [
        ("taobao", "直通车", "测试计划A", "2026-11-01", 15050, 10000, 300, 5, 120000, None),
        ("taobao", "直通车", "测试计划A", "2026-11-02", 18000, 12000, 360, 6, 150000, None),
        # '-' spend: nothing spent
        ("taobao", "直通车", "测试计划B", "2026-11-01", 0, 2000, 40, 0, None, None),
    ]
    forced = import_files(shop_path, [path], force=True)
    assert forced.counts["ad_spend"].as_dict() == {"added": 0, "updated": 0, "unchanged": 3}


def test_channel_from_a_labelled_line_above_the_header(shop_path, tmp_path):
    path = write_csv(tmp_path / "report.csv", AD_HEADER, AD_ROWS[:1], encoding="gbk",
                     preamble=["推广工具：万相台无界", ""])
    import_files(shop_path, [path])
    assert rows(shop_path, "SELECT platform, channel, campaign, spend_cents FROM ad_spend") == [
        ("taobao", "万相台", "测试计划A", 15050)]


def test_report_without_any_channel_is_refused(shop_path, tmp_path):
    path = write_csv(tmp_path / "report.csv", AD_HEADER, AD_ROWS[:1],
                     preamble=["计划报表"])
    with pytest.raises(ImportFailed) as failed:
        import_files(shop_path, [path])
    assert failed.value.code == "no_ad_channel"
    assert failed.value.params["column"] == "推广渠道"
    assert "推广渠道" in failed.value.message and "report.csv" in failed.value.message
    assert not shop_path.exists()  # a refused first import leaves no shop file behind


MULTI_HEADER = ["日期", "平台", "推广渠道", "消耗", "展示次数", "点击次数", "成交订单数",
                "成交金额", "新客数"]


def test_multi_channel_sheet_with_platform_column(shop_path, tmp_path):
    path = write_csv(tmp_path / "ads.csv", MULTI_HEADER, [
        ["2026/11/1", "抖音", "巨量千川", "1,000.00", "50,000", "1,000", "20", "3,000.00", "12"],
        ["2026/11/1", "", "直通车", "200", "8,000", "150", "3", "450", "2"],
        # no 平台: 千川 only exists on 抖音
        ["2026/11/2", "", "千川", "800", "40,000", "900", "15", "2,400.00", "9"],
        ["2026/11/2", "淘宝", "", "100", "1,000", "10", "1", "100", "1"],
    ], encoding="gbk")
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "ad_spend"
    assert summary.files[0].warnings["skipped_no_channel"].count == 1
    assert rows(shop_path, AD_SQL) == [
        ("douyin", "巨量千川", "", "2026-11-01", 100000, 50000, 1000, 20, 300000, 12),
        ("douyin", "巨量千川", "", "2026-11-02", 80000, 40000, 900, 15, 240000, 9),
        ("taobao", "直通车", "", "2026-11-01", 20000, 8000, 150, 3, 45000, 2),
    ]


def test_rows_broken_down_by_keyword_are_added_up(shop_path, tmp_path):
    header = ["日期", "推广工具", "推广计划", "关键词", "花费", "展现量", "点击量"]
    path = write_csv(tmp_path / "keywords.csv", header, [
        ["2026-11-01", "直通车", "测试计划A", "T恤 男", "10.50", "1,000", "30"],
        ["2026-11-01", "直通车", "测试计划A", "T恤 黑色", "4.25", "500", "-"],
        ["2026-11-01", "直通车", "测试计划A", "短袖", "0", "200", "5"],
        ["2026-11-02", "直通车", "测试计划A", "T恤 男", "7.00", "800", "20"],
    ])
    summary = import_files(shop_path, [path])
    assert summary.files[0].warnings["ad_rows_summed"].count == 2
    assert rows(shop_path, "SELECT day, spend_cents, impressions, clicks FROM ad_spend "
                "ORDER BY day") == [("2026-11-01", 1475, 1700, 35), ("2026-11-02", 700, 800, 20)]
    # importing the same report again states the same totals: nothing changes
    forced = import_files(shop_path, [path], force=True)
    assert forced.counts["ad_spend"].as_dict() == {"added": 0, "updated": 0, "unchanged": 2}


# Every header these tests write, and the preset it must be detected as.
DETECTION = [
    (SHOP_HEADER, "sycm_shop_daily"),
    ([h for h in SHOP_HEADER if h != "统计日期"], "sycm_shop_daily"),
    (PRODUCT_HEADER, "sycm_product_daily"),
    (SOURCE_HEADER, "sycm_traffic_sources"),
    (SHEET_HEADER, "product_sheet"),
    (["商家编码", "成本"], "product_sheet"),
    (["货号", "库存", "安全库存"], "product_sheet"),
    (["商家编码", "进货价", "库存"], "product_sheet"),
    (["SKU", "成本", "库存"], "product_sheet"),
    (AD_HEADER, "ad_spend"),
    (MULTI_HEADER, "ad_spend"),
    (["日期", "推广工具", "推广计划", "关键词", "花费", "展现量", "点击量"], "ad_spend"),
    ([h.strip() for h in ORDER_HEADER], "taobao_orders"),
    (LINE_HEADER, "taobao_lines"),
]


@pytest.mark.parametrize(("header", "expected"), DETECTION)
def test_detection_does_not_collide(header, expected):
    assert detect_preset(header).name == expected


def test_order_and_line_headers_do_not_look_like_a_product_sheet():
    # 商家编码 alone (as in 宝贝报表) is no product sheet: it takes a cost or stock column
    sheet = presets()["product_sheet"]
    assert sheet.score(LINE_HEADER) == -1
    assert sheet.score(["商家编码", "标题", "价格"]) == -1
    assert sheet.score(["商家编码", "标题", "价格", "成本"]) == 4


def test_sums_carry_across_chunks_of_one_file():
    import pandas as pd

    from opsdesk_gui.importers.preset import BuildContext
    from opsdesk_gui.importers.presets import ads

    warnings = []
    ctx = BuildContext("直通车.csv", "taobao", lambda *w: warnings.append(w),
                       columns={"day": "日期", "spend": "花费", "clicks": "点击量"})

    def chunk(first_row, spends, clicks):
        n = len(spends)
        return pd.DataFrame({
            "_row": range(first_row, first_row + n), "day": ["2026-11-01"] * n,
            "spend": pd.array(spends, dtype="Int64"), "clicks": pd.array(clicks, dtype="Int64"),
        })

    first = ads.build(chunk(2, [1000, 250], [10, None]), ctx)["ad_spend"]
    second = ads.build(chunk(4, [125], [None]), ctx)["ad_spend"]
    assert first[["channel", "day", "spend_cents", "clicks"]].values.tolist() == [
        ["直通车", "2026-11-01", 1250, 10]]
    # the second chunk states the running total, which staging keeps as the later value
    assert second[["channel", "day", "spend_cents", "clicks"]].values.tolist() == [
        ["直通车", "2026-11-01", 1375, 10]]
    assert warnings == [("ad_rows_summed", 3, None, 1), ("ad_rows_summed", 4, None, 1)]
