"""The cost-and-stock template: filled in by an owner, it is read by the cost sheet
importer and detected as a product sheet by an import."""

import sqlite3

from python_calamine import CalamineWorkbook

from opsdesk_gui.importers.cost_sheet import read_cost_sheet
from opsdesk_gui.importers.pipeline import import_files
from opsdesk_gui.reports.cost_sheet_template import (
    NOTES_SHEET_NAME,
    SHEET_NAME,
    TEMPLATE_FIELDS,
    template_headers,
    write_sheet_template,
)

# sku, title, variant, cost, stock, safety stock, lead time, price, category, platform
FILLED = [
    ("00123", "示例连衣裙", "红色 M", 23.5, 40, 10, 7, 89.9, "连衣裙", "淘宝"),
    ("SKU-B", "示例T恤", None, "12.05", 5, None, None, None, None, None),
]


def test_the_header_row_is_the_product_sheets_first_names():
    assert template_headers() == ["商家编码", "商品名称", "规格", "成本", "库存", "安全库存",
                                  "采购周期(天)", "售价", "类目", "平台"]


def test_the_notes_become_a_second_sheet(tmp_path):
    path = write_sheet_template(tmp_path / "t.xlsx", {"sku": "Required.", "cost": "Yuan."})
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == [SHEET_NAME, NOTES_SHEET_NAME]
    notes = book.get_sheet_by_name(NOTES_SHEET_NAME).to_python()
    assert notes[0] == ["商家编码", "Required."] and notes[3] == ["成本", "Yuan."]
    assert len(notes) == len(TEMPLATE_FIELDS)


def test_a_filled_template_is_read_by_the_cost_sheet_importer(tmp_path):
    path = write_sheet_template(tmp_path / "costs.xlsx", rows=FILLED)
    sheet = read_cost_sheet(path)
    costs = sheet.costs.sort_values("sku").reset_index(drop=True)
    assert costs["sku"].tolist() == ["00123", "SKU-B"]  # the leading zeros are kept
    # 23.5 yuan = 2350 cents; "12.05" yuan = 1205 cents
    assert costs["cost_cents"].tolist() == [2350, 1205]
    assert costs["platform"].tolist()[0] == "taobao"  # 淘宝 -> taobao
    assert sheet.skipped == 0


def test_a_filled_template_imports_as_a_product_sheet(tmp_path):
    path = write_sheet_template(tmp_path / "costs.xlsx", rows=FILLED)
    summary = import_files(tmp_path / "shop.opsdesk", [path])
    assert summary.files[0].preset == "product_sheet"
    with sqlite3.connect(tmp_path / "shop.opsdesk") as conn:
        rows = conn.execute("SELECT sku, cost_cents, stock, safety_stock, lead_time_days, "
                            "price_cents FROM products ORDER BY sku").fetchall()
    # 89.9 yuan = 8990 cents; empty cells stay empty
    assert rows == [("00123", 2350, 40, 10, 7, 8990), ("SKU-B", 1205, 5, None, None, None)]
