"""Masking personal data, and exports that Excel reads back exactly and safely."""

import pandas as pd
import pytest
from python_calamine import CalamineWorkbook

from opsdesk_gui.exporting import export_csv, export_xlsx
from opsdesk_gui.privacy import mask_address, mask_buyer_id, mask_email, mask_name, mask_phone


@pytest.mark.parametrize("name,masked", [
    ("张三", "张*"), ("张小三", "张*三"), ("欧阳小明", "欧**明"), ("Anna Lee", "A*** L**"),
    ("", ""), (None, None)])
def test_mask_name(name, masked):
    assert mask_name(name) == masked


@pytest.mark.parametrize("phone,masked", [
    ("13812341234", "138****1234"), ("+8613812341234", "+86*******1234"), ("5551234", "*****34")])
def test_mask_phone(phone, masked):
    assert mask_phone(phone) == masked


def test_mask_email_and_address():
    assert mask_email("anna@example.com") == "a***@example.com"
    assert mask_address("浙江省 杭州市 西湖区 测试路1号(310000)") == "浙江省 杭州市 ****"


@pytest.mark.parametrize("buyer_id,masked", [
    ("email:anna@example.com", "email:a***@example.com"),  # Shopify: known by e-mail
    ("phone:+8613812341234", "phone:+86*******1234"),  # ... or by phone
    ("anna@example.com", "a***@example.com"),
    ("id:7001", "id:7001"), ("tb_buyer_a", "tb_buyer_a"), ("17850", "17850"), (None, None)])
def test_mask_buyer_id(buyer_id, masked):
    assert mask_buyer_id(buyer_id) == masked


TABLE = pd.DataFrame({
    "order_id": ["100000000000000001", "100000000000000002"],
    "title": ["=HYPERLINK(\"http://x\")", "测试宝贝"],
    "note": ["-1+2", "@SUM(A1)"],
    "qty": [2, -1],
})


def test_xlsx_keeps_ids_as_text_and_neutralises_formulas(tmp_path):
    path = export_xlsx(TABLE, tmp_path / "t.xlsx", text_columns={"order_id"})
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert rows[0] == ["order_id", "title", "note", "qty"]
    assert rows[1][0] == "100000000000000001"  # all 18 digits, as text
    assert rows[1][1] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][2] == "'-1+2" and rows[2][2] == "'@SUM(A1)"
    assert rows[2][3] == -1  # a real number stays a number


def test_csv_has_a_bom_and_reads_back(tmp_path):
    path = export_csv(TABLE, tmp_path / "t.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, dtype=str, encoding="utf-8-sig")
    assert back["order_id"].tolist() == TABLE["order_id"].tolist()
    assert back["title"].tolist() == ["'=HYPERLINK(\"http://x\")", "测试宝贝"]


def test_negative_money_stays_a_number(tmp_path):
    """Gross profit of -260.67 written as text by `products --csv` must reach Excel as a
    number: an apostrophe ('-260.67) would leave it out of the column's sum (306,649.98
    instead of 305,834.21 for Oct 2026). Text starting a formula is still neutralised."""
    money = pd.DataFrame({"sku": ["A", "B", "-X"], "profit": ["100.00", "-260.67", "+5"]})
    path = export_csv(money, tmp_path / "m.csv")
    back = pd.read_csv(path, dtype=str, encoding="utf-8-sig")
    assert back["profit"].tolist() == ["100.00", "-260.67", "+5"]
    assert back["sku"].tolist() == ["A", "B", "'-X"]
    path = export_xlsx(money, tmp_path / "m.xlsx")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [r[1] for r in rows[1:]] == [100.0, -260.67, 5.0]
    assert sum(r[1] for r in rows[1:]) == pytest.approx(100 - 260.67 + 5)  # -155.67
