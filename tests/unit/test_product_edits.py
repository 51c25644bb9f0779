"""The owner's catalogue edits (store/product_edits.py) and the cost sheet
(importers/cost_sheet.py), on a shop whose catalogue is written here:

  taobao A1  cost 12.00  safety stock 5     lead time 10  category 女装  tags None
  taobao B2  cost None   safety stock None  lead time None
"""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
from exportfiles import write_csv, write_xlsx

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.cost_sheet import CostSheet, match_costs, read_cost_sheet
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.importers.typed_values import parse_value
from opsdesk_gui.store import open_shop
from opsdesk_gui.store.product_edits import (
    BadValue,
    FieldChange,
    read_product_fields,
    set_product_fields,
)


@pytest.fixture
def conn(shop_path):
    db = open_shop(shop_path, create=True)
    db.conn.executemany(
        "INSERT INTO products (platform, sku, title, category, cost_cents, safety_stock, "
        "lead_time_days) VALUES ('taobao', ?, ?, ?, ?, ?, ?)",
        [("A1", "测试宝贝A1", "女装", 1200, 5, 10), ("B2", "测试宝贝B2", None, None, None, None)])
    db.conn.commit()
    yield db.conn
    db.conn.close()


def fields(conn, sku):
    return conn.execute("SELECT cost_cents, safety_stock, lead_time_days, category, tags "
                        "FROM products WHERE platform = 'taobao' AND sku = ?", (sku,)).fetchone()


def test_a_batch_is_written_and_undone(conn):
    undo = set_product_fields(conn, [
        FieldChange("taobao", "A1", "cost_cents", 1550),
        FieldChange("taobao", "B2", "safety_stock", 8),
        FieldChange("taobao", "A1", "tags", "夏季 新品"),
    ])
    assert fields(conn, "A1") == (1550, 5, 10, "女装", "夏季 新品")
    assert fields(conn, "B2") == (None, 8, None, None, None)
    # the undo holds the old values, later changes first
    assert undo == [FieldChange("taobao", "A1", "tags", None),
                    FieldChange("taobao", "B2", "safety_stock", None),
                    FieldChange("taobao", "A1", "cost_cents", 1200)]
    redo = set_product_fields(conn, undo)
    assert fields(conn, "A1") == (1200, 5, 10, "女装", None)
    assert fields(conn, "B2") == (None, None, None, None, None)
    set_product_fields(conn, redo)
    assert fields(conn, "A1") == (1550, 5, 10, "女装", "夏季 新品")


def test_a_product_missing_from_the_catalogue_gets_a_row_and_loses_it_on_undo(conn):
    undo = set_product_fields(conn, [FieldChange("douyin", "N9", "cost_cents", 300)])
    assert conn.execute("SELECT cost_cents FROM products WHERE sku = 'N9'").fetchone() == (300,)
    set_product_fields(conn, undo)
    assert conn.execute("SELECT count(*) FROM products WHERE sku = 'N9'").fetchone() == (0,)


def test_an_invalid_value_writes_nothing(conn):
    with pytest.raises(BadValue) as caught:
        set_product_fields(conn, [FieldChange("taobao", "A1", "cost_cents", 900),
                                  FieldChange("taobao", "B2", "lead_time_days", 0)])
    assert caught.value.code == "not_positive"
    assert fields(conn, "A1")[0] == 1200  # the first change was not written either
    assert not conn.in_transaction


@pytest.mark.parametrize(("field", "text", "value"), [
    ("cost_cents", "12.5", 1250), ("cost_cents", "¥1,234.565", 123457),
    ("cost_cents", "8元", 800), ("cost_cents", "", None), ("cost_cents", "0", 0),
    ("safety_stock", "20", 20), ("lead_time_days", "1", 1),
    ("category", "  男装 ", "男装"), ("tags", "", None),
])
def test_typed_values(field, text, value):
    assert parse_value(field, text) == value


@pytest.mark.parametrize(("field", "text", "code"), [
    ("cost_cents", "-1", "negative"), ("cost_cents", "abc", "not_money"),
    ("safety_stock", "2.5", "not_a_number"), ("safety_stock", "-3", "negative"),
    ("lead_time_days", "0", "not_positive"), ("lead_time_days", "-2", "not_positive"),
    ("lead_time_days", "七", "not_a_number"), ("price_cents", "1", "unknown_field"),
])
def test_refused_values(field, text, code):
    with pytest.raises(BadValue) as caught:
        parse_value(field, text)
    assert caught.value.code == code


def test_read_product_fields(conn):
    frame = read_product_fields(conn).set_index("sku")
    assert frame.loc["A1", "sheet_safety_stock"] == 5
    assert frame.loc["A1", "sheet_lead_time_days"] == 10
    assert frame.loc["B2", "sheet_safety_stock"] is pd_na()


def pd_na():
    import pandas as pd
    return pd.NA


# -- a later product sheet must not wipe the owner's costs --------------------------------

def test_a_product_sheet_without_costs_keeps_the_edited_cost(shop_path, tmp_path):
    import_files(shop_path, [write_csv(tmp_path / "sheet1.csv", ["商家编码", "成本", "库存"],
                                       [["A1", "10.00", "5"]])])
    with sqlite3.connect(shop_path) as conn:
        set_product_fields(conn, [FieldChange("taobao", "A1", "cost_cents", 1888)])
    # stock only: the cost column is absent
    import_files(shop_path, [write_csv(tmp_path / "sheet2.csv", ["商家编码", "库存"],
                                       [["A1", "7"]])], preset="product_sheet")
    # a cost column with an empty cell
    import_files(shop_path, [write_csv(tmp_path / "sheet3.csv", ["商家编码", "成本", "库存"],
                                       [["A1", "", "9"]])])
    with sqlite3.connect(shop_path) as conn:
        row = conn.execute("SELECT cost_cents, stock FROM products WHERE sku = 'A1'").fetchone()
    assert row == (1888, 9)


# -- the cost sheet ---------------------------------------------------------------------

def test_cost_sheet_csv_in_gbk(tmp_path):
    path = write_csv(tmp_path / "成本表.csv", ["商家编码", "商品名称", "成本价(元)"], [
        ['="A1"', "测试宝贝A1", "￥12.50"],
        ["B2", "测试宝贝B2", "1,001.5元"],
        ["", "no code", "3.00"],        # skipped
        ["C3", "no cost", ""],          # skipped
        ["A1", "again", "13.00"],       # the last cost of a code wins
    ], encoding="gbk")
    sheet = read_cost_sheet(path)
    rows = sheet.costs.sort_values("sku").to_dict("records")
    assert [(r["sku"], r["cost_cents"]) for r in rows] == [("A1", 1300), ("B2", 100150)]
    assert all(r["platform"] is None for r in rows)
    assert sheet.skipped == 2


def test_cost_sheet_xlsx_with_platforms(tmp_path):
    path = write_xlsx(tmp_path / "cost.xlsx", ["平台", "SKU", "进货价"],
                      [["抖店", "A1", "5"], ["淘宝", "A1", "6.5"]])
    costs = read_cost_sheet(path).costs.sort_values("platform")
    assert costs.values.tolist() == [["douyin", "A1", 500], ["taobao", "A1", 650]]


def test_cost_sheet_refusals(tmp_path):
    negative = write_csv(tmp_path / "neg.csv", ["商家编码", "成本"], [["A1", "1"], ["B2", "-2"]])
    with pytest.raises(ImportFailed) as caught:
        read_cost_sheet(negative)
    assert caught.value.code == "negative_value" and caught.value.params["row"] == 3
    no_cost = write_csv(tmp_path / "stock.csv", ["商家编码", "库存"], [["A1", "1"]])
    with pytest.raises(ImportFailed) as caught:
        read_cost_sheet(no_cost)
    assert caught.value.code == "missing_column"


def test_cost_sheet_rows_matched_to_the_catalogue():
    catalogue = pd.DataFrame({"platform": ["taobao", "douyin", "taobao"],
                              "sku": ["A", "A", "B"]})
    sheet = CostSheet(pd.DataFrame({
        "platform": ["douyin", None, None, None],
        "sku": ["A", "A", "B", "ZZ"],
        "cost_cents": [900, 1000, 500, 100]}), skipped=0)
    match = match_costs(catalogue, sheet)
    # douyin's A is named with its platform (9.00); the code alone sets every other A
    # (taobao 10.00) and B; ZZ is in no catalogue
    got = sorted(match.costs.itertuples(index=False, name=None))
    assert got == [("douyin", "A", 900), ("taobao", "A", 1000), ("taobao", "B", 500)]
    assert match.missing == 1
