"""生意参谋 downloads -> traffic: preamble rows, change columns, `%`, `-`, thousands
commas; every row keeps the period it was exported for and visitors are never added up."""

import sqlite3

import pytest
from exportfiles import write_csv, write_xlsx

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.pipeline import import_files


def rows(shop, sql, *params):
    with sqlite3.connect(shop) as conn:
        return conn.execute(sql, params).fetchall()


def count(shop, table):
    if not shop.exists():
        return 0
    return rows(shop, f"SELECT count(*) FROM {table}")[0][0]


PREAMBLE = [["[生意参谋平台]店铺整体看板"], ["统计日期：2026-11-01~2026-11-07"],
            ["导出时间：2026-11-08 09:00:00"], []]

# Each metric may be followed by its change column; 较前一期 appears twice.
SHOP_HEADER = [
    "统计日期", "访客数", "访客数较前一期", "浏览量", "较前一期", "跳失率", "较前一期",
    "人均浏览量", "平均停留时长", "商品收藏人数", "加购人数", "加购件数", "下单买家数",
    "下单件数", "下单金额", "支付买家数", "支付件数", "支付金额", "环比", "支付转化率",
    "客单价", "新访客数", "成功退款金额",
]


def shop_row(day, visitors, pv, bounce, stay, paid, refund="-"):
    return [day, visitors, "+5.20%", pv, "-1.10%", bounce, "-", "2.80", stay, "56", "78",
            "90", "40", "44", "5,678.90", "35", "38", paid, "+3%", "2.84%", "123.46", "800",
            refund]


DAILY = [
    shop_row("2026-11-01", "1,234", "3,456", "45.67%", "38", "4,321.00", "120.50"),
    shop_row("2026-11-02", "1,100", "3,000", "-", "00:01:05", "3,000.00"),
    shop_row("2026-11-03", "1,050", "2,900", "50%", "1分05秒", "2,500.5"),
    shop_row("2026-11-04", "990", "2,800", "0.4", "40.5", "2,000"),
    shop_row("2026-11-05", "1,010", "2,850", "41.00%", "39", "2,100.00"),
    shop_row("2026-11-06", "1,500", "4,000", "39.50%", "42", "6,000.00"),
    shop_row("2026-11-07", "1,600", "4,200", "38.00%", "44", "6,500.00"),
]

SHOP_SQL = ("SELECT period_start, period_end, visitors, page_views, bounce_rate, "
            "avg_stay_seconds, favorite_buyers, add_cart_buyers, add_cart_units, order_buyers, "
            "order_units, order_cents, paid_buyers, paid_units, paid_cents, new_visitors, "
            "search_visitors, refund_cents FROM traffic WHERE platform = 'taobao' "
            "AND scope = 'shop' AND subject = '' ORDER BY period_start, period_end")


def test_daily_shop_rows_land_exactly(shop_path, tmp_path):
    path = write_xlsx(tmp_path / "店铺整体看板_日.xlsx", SHOP_HEADER, DAILY, preamble=PREAMBLE)
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "sycm_shop_daily"
    assert summary.files[0].kind == "traffic"
    assert summary.counts["traffic"].added == 7
    got = rows(shop_path, SHOP_SQL)
    # the row's own 统计日期 wins over the file's 统计日期 line: one day per row
    assert [(r[0], r[1]) for r in got] == [(f"2026-11-0{d}", f"2026-11-0{d}")
                                           for d in range(1, 8)]
    assert got[0] == ("2026-11-01", "2026-11-01", 1234, 3456, pytest.approx(0.4567), 38.0,
                      56, 78, 90, 40, 44, 567890, 35, 38, 432100, 800, None, 12050)
    # '-' is nothing (not 0); 00:01:05 and 1分05秒 are 65 seconds; '50%' and 0.4 are rates
    assert got[1][2:6] == (1100, 3000, None, 65.0)
    assert got[1][17] is None
    assert got[2][4:6] == (0.5, 65.0)
    assert got[3][4:6] == (0.4, 40.5)
    assert [r[2] for r in got] == [1234, 1100, 1050, 990, 1010, 1500, 1600]
    assert [r[14] for r in got] == [432100, 300000, 250050, 200000, 210000, 600000, 650000]


def test_week_row_and_daily_rows_coexist(shop_path, tmp_path):
    daily = write_xlsx(tmp_path / "daily.xlsx", SHOP_HEADER, DAILY, preamble=PREAMBLE)
    # a 7-day download: 6,100 distinct visitors in the week, not the 8,484 of the days
    week = write_csv(tmp_path / "week.csv", SHOP_HEADER, [
        shop_row("2026-11-01 ~ 2026-11-07", "6,100", "23,206", "42.00%", "41", "26,421.50",
                 "300.00")], encoding="gbk", preamble=["店铺整体看板", ""])
    summary = import_files(shop_path, [daily, week])
    assert [f.preset for f in summary.files] == ["sycm_shop_daily"] * 2
    assert summary.counts["traffic"].added == 8
    got = rows(shop_path, SHOP_SQL)
    assert len(got) == 8
    week_row = [r for r in got if r[0] != r[1]]
    assert week_row == [("2026-11-01", "2026-11-07", 6100, 23206, pytest.approx(0.42), 41.0,
                         56, 78, 90, 40, 44, 567890, 35, 38, 2642150, 800, None, 30000)]
    # the daily rows are untouched by the week's row
    assert rows(shop_path, "SELECT visitors FROM traffic WHERE period_start = "
                "'2026-11-01' AND period_end = '2026-11-01'") == [(1234,)]


def test_reimport_changes_nothing(shop_path, tmp_path):
    path = write_xlsx(tmp_path / "daily.xlsx", SHOP_HEADER, DAILY, preamble=PREAMBLE)
    import_files(shop_path, [path])
    before = rows(shop_path, SHOP_SQL)
    again = import_files(shop_path, [path])
    assert again.files[0].already_imported and again.counts == {}
    forced = import_files(shop_path, [path], force=True)
    assert forced.counts["traffic"].as_dict() == {"added": 0, "updated": 0, "unchanged": 7}
    assert rows(shop_path, SHOP_SQL) == before


def test_same_period_twice_is_not_summed(shop_path, tmp_path):
    path = write_csv(tmp_path / "dup.csv", SHOP_HEADER, [
        shop_row("2026-11-01", "100", "300", "40%", "30", "1,000.00"),
        shop_row("2026-11-01", "120", "330", "40%", "30", "1,000.00")])
    import_files(shop_path, [path])
    assert rows(shop_path, "SELECT visitors, page_views FROM traffic") == [(120, 330)]


def test_period_from_the_line_above_the_header(shop_path, tmp_path):
    header = [h for h in SHOP_HEADER if h != "统计日期"]
    path = write_csv(tmp_path / "week.csv", header, [shop_row("x", "6,100", "23,206", "42%",
                                                              "41", "26,421.50")[1:]],
                     encoding="gbk", preamble=["店铺整体看板", "统计日期：2026-11-01~2026-11-07"])
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "sycm_shop_daily"
    assert rows(shop_path, "SELECT period_start, period_end, visitors FROM traffic") == [
        ("2026-11-01", "2026-11-07", 6100)]


def test_no_period_anywhere_is_refused(shop_path, tmp_path):
    header = [h for h in SHOP_HEADER if h != "统计日期"]
    path = write_xlsx(tmp_path / "nodate.xlsx", header,
                      [shop_row("x", "6,100", "23,206", "42%", "41", "26,421.50")[1:]],
                      preamble=[["店铺整体看板"], ["导出时间：2026-11-08 09:00:00"]])
    with pytest.raises(ImportFailed) as failed:
        import_files(shop_path, [path])
    assert failed.value.code == "no_period"
    assert failed.value.params == {"file": "nodate.xlsx"}
    assert "统计日期" in failed.value.message
    assert count(shop_path, "traffic") == 0


def test_backwards_period_is_refused_with_its_cell(shop_path, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", SHOP_HEADER, [
        shop_row("2026-11-01", "1", "1", "1%", "1", "1"),
        shop_row("2026-11-07~2026-11-01", "1", "1", "1%", "1", "1")], preamble=PREAMBLE)
    with pytest.raises(ImportFailed) as failed:
        import_files(shop_path, [path])
    # 4 preamble rows, the header on row 5, data from row 6
    assert failed.value.code == "bad_period"
    assert failed.value.params["row"] == 7
    assert failed.value.params["column"] == "统计日期"
    assert failed.value.params["value"] == "2026-11-07~2026-11-01"
    assert count(shop_path, "traffic") == 0


PRODUCT_HEADER = [
    "统计日期", "商品ID", "商品名称", "货号", "商品状态", "商品访客数", "较前一期", "商品浏览量",
    "平均停留时长", "商品详情页跳出率", "商品收藏人数", "商品加购件数", "商品加购人数",
    "下单买家数", "下单件数", "下单金额", "下单转化率", "支付买家数", "支付件数", "支付金额",
    "较上期", "商品支付转化率", "支付新买家数", "成功退款金额", "搜索引导访客数",
]


def product_row(day, product_id, visitors, paid, search):
    return [day, product_id, "测试T恤", "SKU-TEE", "当前在线", visitors, "-12.00%", "1,500",
            "25.5", "60.00%", "12", "30", "25", "9", "10", "990.00", "1.50%", "8", "9", paid,
            "+2%", "1.33%", "6", "99.00", search]


def test_product_daily_rows_by_product_and_period(shop_path, tmp_path):
    path = write_xlsx(tmp_path / "商品效果.xlsx", PRODUCT_HEADER, [
        # product IDs as Excel numbers: read back as the whole number
        product_row("2026-11-01", 712345678901, "600", "891.00", "200"),
        product_row("2026-11-01", 712345678902, "1,200", "1,782.00", "-"),
        product_row("2026-11-01~2026-11-07", 712345678901, "3,500", "6,237.00", "1,400"),
        ["合计", "", "", "", "", "1,800", "", "3,000", "", "", "", "", "", "", "", "", "", "",
         "", "2,673.00", "", "", "", "", ""],
    ], preamble=[["商品效果"], ["统计日期：2026-11-01"], []])
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "sycm_product_daily"
    assert summary.files[0].warnings["skipped_total"].count == 1
    got = rows(shop_path, "SELECT scope, subject, period_start, period_end, visitors, "
               "page_views, avg_stay_seconds, bounce_rate, favorite_buyers, add_cart_units, "
               "add_cart_buyers, order_buyers, order_units, order_cents, paid_buyers, "
               "paid_units, paid_cents, refund_cents, search_visitors FROM traffic "
               "ORDER BY subject, period_end")
    common = (1500, 25.5, pytest.approx(0.6), 12, 30, 25, 9, 10, 99000, 8, 9)
    assert got == [
        ("product", "712345678901", "2026-11-01", "2026-11-01", 600, *common, 89100, 9900,
         200),
        ("product", "712345678901", "2026-11-01", "2026-11-07", 3500, *common, 623700, 9900,
         1400),
        ("product", "712345678902", "2026-11-01", "2026-11-01", 1200, *common, 178200, 9900,
         None),
    ]


SOURCE_HEADER = [
    "一级来源", "二级来源", "三级来源", "访客数", "访客数较前一期", "下单金额", "下单买家数",
    "下单转化率", "支付金额", "支付买家数", "支付转化率", "客单价", "UV价值", "收藏商品人数",
    "加购人数", "新访客数", "新访客数较前一期",
]


def source_row(l1, l2, l3, visitors, order, paid, buyers):
    return [l1, l2, l3, visitors, "+1.0%", order, "10", "2.00%", paid, buyers, "1.50%",
            "100.00", "1.23", "7", "15", "300", "-"]


SOURCES = [
    source_row("淘内免费", "手淘搜索", "", "2,345", "3,000.00", "2,400.00", "24"),
    source_row("淘内免费", "手淘推荐", "猜你喜欢", "1,200", "1,000.00", "800.50", "8"),
    source_row("付费流量", "-", "-", "500", "600.00", "450.00", "5"),
    source_row("自主访问", "", "购物车", "300", "-", "200.00", "2"),
    source_row("汇总", "", "", "4,000", "4,600.00", "3,850.50", "39"),
]
SOURCE_SQL = ("SELECT subject, period_start, period_end, visitors, order_cents, order_buyers, "
              "paid_cents, paid_buyers, favorite_buyers, add_cart_buyers, new_visitors "
              "FROM traffic WHERE scope = 'source' ORDER BY subject")
SOURCE_EXPECTED = [
    ("付费流量", "2026-11-01", "2026-11-07", 500, 60000, 10, 45000, 5, 7, 15, 300),
    ("淘内免费/手淘推荐/猜你喜欢", "2026-11-01", "2026-11-07", 1200, 100000, 10, 80050, 8, 7,
     15, 300),
    ("淘内免费/手淘搜索", "2026-11-01", "2026-11-07", 2345, 300000, 10, 240000, 24, 7, 15,
     300),
    ("自主访问/购物车", "2026-11-01", "2026-11-07", 300, None, 10, 20000, 2, 7, 15, 300),
]


def test_sources_xlsx_take_the_period_line(shop_path, tmp_path):
    path = write_xlsx(tmp_path / "店铺流量来源.xlsx", SOURCE_HEADER, SOURCES,
                      preamble=[["店铺流量来源"], ["统计时间：", "2026-11-01 ~ 2026-11-07"], []])
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "sycm_traffic_sources"
    assert summary.files[0].rows_skipped == 1  # the 汇总 row
    assert rows(shop_path, SOURCE_SQL) == SOURCE_EXPECTED


def test_sources_csv_with_period_in_one_cell(shop_path, tmp_path):
    path = write_csv(tmp_path / "sources.csv", SOURCE_HEADER, SOURCES, encoding="gbk",
                     preamble=["店铺流量来源", "统计日期：2026-11-01~2026-11-07", ""])
    summary = import_files(shop_path, [path])
    assert summary.files[0].preset == "sycm_traffic_sources"
    assert rows(shop_path, SOURCE_SQL) == SOURCE_EXPECTED
    # the same sources for one day are other rows
    day = write_csv(tmp_path / "sources_day.csv", SOURCE_HEADER, SOURCES[:1],
                    preamble=["统计日期：2026-11-03"])
    import_files(shop_path, [day])
    assert rows(shop_path, "SELECT period_start, period_end, visitors FROM traffic WHERE "
                "subject = '淘内免费/手淘搜索' ORDER BY period_end") == [
        ("2026-11-03", "2026-11-03", 2345), ("2026-11-01", "2026-11-07", 2345)]
