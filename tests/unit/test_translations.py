"""The Simplified Chinese translation: the window's strings (.ts/.qm) and the messages of
the Qt-free code (errors.MESSAGES_ZH). No Qt here: the .ts is plain XML."""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from opsdesk_gui.errors import MESSAGES, MESSAGES_ZH, ImportFailed, RowWarning, render

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS = TRANSLATIONS / "opsdesk_zh_CN.ts"
QM = TRANSLATIONS / "opsdesk_zh_CN.qm"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z]{2}")  # a source of placeholders and signs stays as it is
# Names that stay as they are in Chinese.
SAME_IN_CHINESE = {"Shopify", "WooCommerce"}


def messages():
    """(context, source, [translation texts], translation element) for every message."""
    root = ET.parse(TS).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            found.append((name, message.findtext("source"), texts, translation))
    return found


def translation_of(context: str, source: str) -> str:
    for name, text, texts, _ in messages():
        if (name, text) == (context, source):
            return texts[0]
    raise LookupError((context, source))


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def test_the_ts_file_has_the_window_strings():
    found = messages()
    assert len(found) >= 200
    contexts = {context for context, *_ in found}
    assert {"MainWindow", "PeriodBar", "ImportDialog", "MappingEditor", "TableView",
            "ReportsTab", "labels", "ImportSummary", "BackupsDialog"} <= contexts


def test_every_message_is_translated():
    unfinished = [(context, source) for context, source, texts, element in messages()
                  if element.get("type") in ("unfinished", "obsolete", "vanished")
                  or not all(text.strip() for text in texts) or not texts]
    assert unfinished == []


def test_translations_are_chinese():
    english = [(context, source) for context, source, texts, _ in messages()
               if source not in SAME_IN_CHINESE and WORD.search(PLACEHOLDER.sub("", source))
               and not all(CJK.search(t) for t in texts)]
    assert english == []


def test_translations_keep_the_placeholders():
    changed = [(context, source, text) for context, source, texts, _ in messages()
               for text in texts if placeholders(text) != placeholders(source)
               or text.count("%Ln") != source.count("%Ln")]
    assert changed == []


def test_accelerators_follow_the_chinese_windows_convention():
    accelerated = [(source, texts[0]) for _, source, texts, _ in messages()
                   if re.search(r"&[A-Za-z]", source.replace("&&", ""))]
    assert len(accelerated) >= 9  # the File and Language menus
    for source, text in accelerated:
        key = re.search(r"&([A-Za-z])", source).group(1).upper()
        # "&Open shop…" -> "打开店铺(&O)…": the key in brackets after the words
        assert re.search(rf"\(&{key}\)…?$", text), (source, text)
        assert text.count("&") == 1, (source, text)


def test_dialog_ellipsis_is_kept():
    for _, source, texts, _ in messages():
        assert source.endswith("…") == texts[0].endswith("…"), (source, texts[0])


def test_names_with_their_chinese_term_become_the_term():
    # a column or card name: a few English words and the operators' term
    pairs = [(source, texts[0]) for _, source, texts, _ in messages()
             if re.fullmatch(r"[A-Za-z -]+ \([\u4e00-\u9fffA-Z]+\)", source)
             and len(source.split(" (")[0].split()) <= 3]
    assert len(pairs) >= 12  # the KPIs of the reports tab at least
    for source, text in pairs:
        assert text == re.search(r"\((.+)\)", source).group(1)
    assert translation_of("ReportsTab", "GMV (支付金额)") == "支付金额"
    assert translation_of("ReportsTab", "Refund rate (退款率, by amount)") == "退款率（按金额）"


def test_operators_terms():
    assert translation_of("MainWindow", "&File") == "文件(&F)"
    assert translation_of("MainWindow", "&Undo last import") == "撤销上次导入(&U)"
    assert translation_of("labels", "Last 7 days") == "近7天"
    assert translation_of("labels", "Last 30 days") == "近30天"
    assert translation_of("labels", "Custom…") == "自定义…"
    assert translation_of("ProductsTab", "SKU code") == "商家编码"
    assert translation_of("ReportsTab", "Spend per buyer (客单价)") == "客单价"
    assert translation_of("BuyersPage", "Phone") == "手机号"
    assert translation_of("TableView", "%Ln row(s)") == "%Ln 行"


def test_file_dialog_filters_keep_their_patterns():
    # Qt reads the patterns from the ASCII brackets at the end of each filter
    for context, source in (("MainWindow", "OpsDesk shops (*{0})"),
                            ("MainWindow", "Exports (*.csv *.xlsx *.xls *.txt)"),
                            ("TableView", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")):
        text = translation_of(context, source)
        patterns = re.findall(r"\(([^()]*)\)(?:;;|$)", source)
        assert re.findall(r"\(([^()]*)\)(?:;;|$)", text) == patterns
        assert text.count(";;") == source.count(";;")


def test_the_compiled_qm_holds_the_translations():
    data = QM.read_bytes()
    assert data[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic
    # the .qm stores translations as UTF-16BE: a translation missing from it means the .qm
    # was not compiled again after the .ts changed
    stale = [texts[0] for _, _, texts, _ in messages()
             if texts[0].encode("utf-16-be") not in data]
    assert stale == []


# -- the Qt-free code's messages -------------------------------------------------------------
def test_every_message_code_has_a_chinese_template():
    assert sorted(MESSAGES_ZH) == sorted(MESSAGES)
    for code, english in MESSAGES.items():
        chinese = MESSAGES_ZH[code]
        assert placeholders(chinese) == placeholders(english), code
        assert CJK.search(chinese), code


def test_errors_render_in_chinese():
    assert render("bad_money", "zh_CN", file="订单.csv", row=12, column="买家实付金额",
                  value="abc") == "订单.csv 第 12 行“买家实付金额”列：“abc”不是金额。"
    assert render("file_empty", "zh_CN", file="a.csv") == "a.csv：文件是空的。"
    assert render("missing_column", "zh_CN", file="a.csv", column="订单编号",
                  aliases="订单号") == "a.csv：缺少必需的列“订单编号”（也可能叫 订单号）。"
    assert render("period_reversed", "zh_CN", start="2026-03-05", end="2026-03-01") == (
        "统计周期的结束日期 2026-03-01 早于开始日期 2026-03-05。")
    # English stays the default
    assert render("file_empty", file="a.csv") == "a.csv: the file is empty."


def test_an_error_speaks_the_language_asked_for():
    error = ImportFailed("bad_number", {"file": "x.csv", "row": 3, "column": "数量",
                                        "value": "两件"})
    assert error.text("zh_CN") == "x.csv 第 3 行“数量”列：“两件”不是数字。"
    assert str(error) == "x.csv, row 3, column '数量': '两件' is not a number."


def test_warnings_are_counted_in_chinese():
    warning = RowWarning("skipped_blank", count=3, row=5)
    assert warning.text("zh_CN") == "3 × 空行已跳过（首次出现在第 5 行）"
    warning = RowWarning("skipped_no_order", count=2, row=7, column="订单编号")
    assert warning.text("zh_CN") == "2 × 没有订单编号的行已跳过（首次出现在第 7 行，列“订单编号”）"


def test_a_code_missing_in_chinese_falls_back_to_english(monkeypatch):
    monkeypatch.delitem(MESSAGES_ZH, "file_missing")
    assert render("file_missing", "zh_CN", file="a.csv") == "a.csv: the file does not exist."


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_chinese_template_formats(code):
    params = {name.strip("{}"): "X" for name in PLACEHOLDER.findall(MESSAGES[code])}
    text = render(code, "zh_CN", **params)
    assert "{" not in text and "}" not in text
