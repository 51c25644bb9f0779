"""The Products tab's parts driven as the operator sees them, on the small shops of
tests/product_shop.py whose figures are worked out by hand there and below."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest
from product_shop import basket_shop, create_shop, detail_shop
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.settings import Settings
from opsdesk_gui.views.products.alerts_panel import AlertsPanel
from opsdesk_gui.views.products.banned_words_dialog import BannedWordsDialog
from opsdesk_gui.views.products.bundles_view import BundlesView
from opsdesk_gui.views.products.detail import ProductDetail, ProductDetailPane
from opsdesk_gui.views.products.title_check import TitleCheckPage
from opsdesk_gui.views.products.title_html import BANNED_COLOUR, REPEAT_COLOUR
from opsdesk_gui.views.table import SORT_ROLE

DAYS = PeriodSelection(Period(date(2026, 3, 1), date(2026, 3, 5)))
MARCH = PeriodSelection(Period(date(2026, 3, 1), date(2026, 3, 31)))
RED = f'<span style="color:{BANNED_COLOUR}; font-weight:bold">'


def type_text(widget, text):
    """Key presses carrying each character (QTest.keyClicks aborts on CJK characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def cells(view, key):
    model = view.model
    column = [c.key for c in model.columns].index(key)
    return [model.data(model.index(row, column), SORT_ROLE) for row in range(model.rowCount())]


def shown(view, key):
    model = view.model
    column = [c.key for c in model.columns].index(key)
    return [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())]


# -- the detail ---------------------------------------------------------------------------
def test_detail_shows_daily_units_lowest_price_and_masked_buyers(qtbot, runner, tmp_path):
    shop = detail_shop(tmp_path / "shop.opsdesk")
    pane = ProductDetailPane(runner)
    assert ProductDetailPane is ProductDetail
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded, timeout=15_000):
        pane.show_product(shop, DAYS, "taobao", "P1")
    # units per day (product_shop docstring): 03-01 2 + 1, 03-03 2 (the -1 line is no
    # sale), 03-05 1 + 1; lowest paid unit price: 45.00, -, 99.99 / 2 = 49.995 -> 50.00,
    # -, 33.33 (the cheaper of o4's two lines)
    assert list(pane.charts.units_bars.opts["height"]) == [3, 0, 2, 0, 2]
    _, prices = pane.charts.price_curve.getData()
    assert prices[[0, 2, 4]] == pytest.approx([45.0, 50.0, 33.33])
    assert np.isnan(prices[[1, 3]]).all()
    # stock today 12, list price 50.00, cost 20.00 as reference lines; 7 units, sales
    # 100.00 + 45.00 + 99.99 + 33.33 + 40.00 = 318.32 from 3 buyers
    assert pane.charts.stock_line.value() == 12
    assert (pane.charts.list_price_line.value(), pane.charts.cost_line.value()) == (50.0, 20.0)
    assert "7 units sold, sales CNY 318.32, 3 buyers" in pane.facts.text()
    assert pane.heading.text() == "测试宝贝P1 纯棉T恤"
    # buyers, best first: ba 199.99, bc 73.33, bb 45.00; names and phones masked
    assert cells(pane.buyers, "buyer_id") == ["ba", "bc", "bb"]
    assert cells(pane.buyers, "amount_cents") == [19999, 7333, 4500]
    names, phones = shown(pane.buyers, "name"), shown(pane.buyers, "phone")
    assert (names[0], phones[0]) == ("张*三", "138****1234")
    assert (names[2], phones[2]) == ("李*", "139****1111")
    pane.buyers.table.selectAll()  # a copy holds what is shown: masked
    copied = pane.buyers.selection_tsv()
    assert "张*三" in copied and "张小三" not in copied and "13812341234" not in copied
    pane.clear()
    assert pane.detail is None and pane.buyers.model.rowCount() == 0
    assert pane.splitter.isHidden()


# -- the alerts strip ---------------------------------------------------------------------
def alert_frame() -> pd.DataFrame:
    """A product_metrics-shaped frame (tests/unit/test_product_alerts.py): low stock A and
    D (D in two currencies, counted once), slow B and C, below the floor B and C, below
    cost C; capital tied up 40 x 12.50 = 500.00; to reorder A 30 + D max(5, 8) = 38."""
    rows = [
        ("A", "CNY", 2, 300, 30, True, False, False, False, 600),
        ("B", "CNY", 40, 1250, 0, False, True, True, False, 50000),
        ("C", "CNY", 10, None, 0, False, True, True, True, None),
        ("D", "CNY", 3, 500, 5, True, False, False, False, 1500),
        ("D", "USD", 3, 500, 8, False, False, False, False, 1500),
        ("E", "CNY", 7, 100, 0, False, False, False, False, 700),
    ]
    frame = pd.DataFrame(rows, columns=[
        "sku", "currency", "stock", "cost_cents", "reorder_qty", "low_stock", "slow_mover",
        "below_margin_floor", "below_cost", "stock_value_cents"])
    frame.insert(0, "platform", "taobao")
    frame["units"] = 1
    for column in ("stock", "cost_cents", "reorder_qty", "stock_value_cents"):
        frame[column] = frame[column].astype("Int64")
    return frame


def test_alert_counts_match_the_frame_and_clicks_emit_the_flag(qtbot):
    panel = AlertsPanel()
    qtbot.addWidget(panel)
    frame = alert_frame()
    panel.set_metrics(frame)
    expected = {"": 5, "low_stock": 2, "slow_mover": 2, "below_margin_floor": 2,
                "below_cost": 1}
    for flag, count in expected.items():
        assert panel.buttons[flag].text().endswith(f" {count}")
        if flag:  # the frame says the same, a product counted once
            assert frame.groupby("sku")[flag].any().sum() == count
    assert "500.00" in panel.figures.text()
    assert "38 units of 2 products" in panel.figures.text()
    for flag in ("slow_mover", "below_cost", ""):
        with qtbot.waitSignal(panel.alert_chosen, timeout=1000) as emitted:
            qtbot.mouseClick(panel.buttons[flag], Qt.MouseButton.LeftButton)
        assert emitted.args == [flag]
        assert panel.current() == flag
    panel.set_current("low_stock")
    assert panel.buttons["low_stock"].isChecked()
    panel.set_metrics(None)
    assert panel.figures.text() == ""


# -- bundles ------------------------------------------------------------------------------
def test_bundles_show_support_confidence_lift_of_the_slow_mover(qtbot, runner, tmp_path):
    shop = basket_shop(tmp_path / "shop.opsdesk")
    view = BundlesView(runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.pairs_loaded, timeout=15_000):
        view.refresh(shop, MARCH)
    # X (stock 5, no sale since January) is the only slow mover; stock x cost 5 x 12.00
    assert cells(view.slow_table, "sku") == ["X"]
    assert cells(view.slow_table, "stock_value_cents") == [6000]
    # N = 12 baskets; X in 3, H in 5, Y in 7. X with H in 2: support 2/12, confidence
    # 2/3, lift 2 x 12 / (3 x 5) = 1.6 (> 1.5, H is class A: suggested); X with Y in 1:
    # support 1/12, confidence 1/3, lift 12 / (3 x 7) = 4/7
    assert cells(view.slow_table, "suggested") == [1]
    assert cells(view.slow_table, "best_title") == ["测试宝贝H"]
    pairs = view.pairs_table
    assert cells(pairs, "other_sku") == ["H", "Y"]
    assert cells(pairs, "pair_orders") == [2, 1]
    assert cells(pairs, "support_10k") == pytest.approx([2 / 12 * 10_000, 1 / 12 * 10_000])
    assert cells(pairs, "confidence") == pytest.approx([2 / 3, 1 / 3])
    assert cells(pairs, "lift") == pytest.approx([1.6, 4 / 7])
    assert cells(pairs, "other_orders") == [5, 7]
    assert cells(pairs, "suggested_text") == ["Yes", ""]
    assert cells(pairs, "strength")[0] == "Strong seller"
    assert shown(pairs, "confidence")[0] == "66.67%"
    assert "X" in view.pairs_title.text() and view.progress.isHidden()
    assert math.isclose(cells(view.slow_table, "best_lift")[0], 1.6)


# -- title check --------------------------------------------------------------------------
TITLES = [
    ("T1", "Ｎ Ｏ．１纯棉T恤女夏季", 5000, 2000, 1),   # NO.1 in full-width with a space
    ("T2", "第一次穿就爱上的纯棉T恤", 5000, 2000, 1),  # an ordinal: no claim
    ("T3", "限时秒 杀纯棉T恤", 5000, 2000, 1),         # 秒杀 once it is an extra word
    ("T4", "连衣裙连衣裙夏季新款", 5000, 2000, 1),       # a back-to-back repeat
]


@pytest.fixture
def title_page(qtbot, runner, tmp_path):
    shop = create_shop(tmp_path / "shop.opsdesk", TITLES, [], [])
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    page = TitleCheckPage(runner, settings=settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.refresh(shop, MARCH)
    return page


def html_of(page, sku):
    row = cells(page.table, "sku").index(sku)
    return page.row_html(row)


def test_titles_marked_banned_through_full_width_and_spaces(title_page):
    page = title_page
    t1 = html_of(page, "T1")
    assert f"{RED}Ｎ&nbsp;Ｏ．１</span>" in t1
    assert "<span" not in html_of(page, "T2")  # 第一次 is not flagged
    assert "<span" not in html_of(page, "T3")  # 秒杀 is no banned word yet
    assert f'<span style="color:{REPEAT_COLOUR}; font-weight:bold">连衣裙</span>' in html_of(
        page, "T4")
    skus, findings = cells(page.table, "sku"), cells(page.table, "findings")
    assert dict(zip(skus, findings, strict=True)) == {"T1": 1, "T2": 0, "T3": 0, "T4": 1}
    advice = dict(zip(skus, cells(page.table, "advice"), strict=True))
    assert "'Ｎ Ｏ．１' is an absolute claim" in advice["T1"] and "热销" in advice["T1"]
    # bytes: Ｎ Ｏ．１ 4 full-width x 2 + a space 1 = 9, 纯棉 4, T 1, 恤女夏季 8: 22
    row = skus.index("T1")
    assert cells(page.table, "bytes")[row] == 22 and cells(page.table, "limit")[row] == 60
    assert "4 titles checked, 2 with something to change." in page.note.text()
    # the rows are drawn through the rich-text delegate
    assert page.table.table.itemDelegateForColumn(page._title_column) is page.delegate


def test_checker_updates_as_you_type(qtbot, title_page):
    page = title_page
    type_text(page.checker, "纯棉T恤")
    assert "No findings" in page.result.text()
    assert "7 of 60 bytes" in page.result.text()  # 纯 2 + 棉 2 + T 1 + 恤 2
    type_text(page.checker, "最 好")
    text = page.result.text()
    assert f"{RED}最&nbsp;好</span>" in text and "No findings" not in text
    assert "优质" in text  # the softer wording
    page.checker.clear()
    assert "核心词+属性词+场景词" in page.result.text()


def test_extra_banned_word_from_settings_is_flagged(qtbot, title_page):
    page = title_page
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.set_extra_words(["秒杀", " ", "秒杀"])
    assert page.settings().extra_banned_words == ["秒杀"]
    assert f"{RED}秒&nbsp;杀</span>" in html_of(page, "T3")
    assert "Your extra banned words: 秒杀." in page.note.text()
    type_text(page.checker, "秒杀价T恤")
    assert f"{RED}秒杀</span>" in page.result.text()


def test_extra_words_dialog_and_setting(tmp_path):
    dialog = BannedWordsDialog(["秒杀"])
    dialog.editor.setPlainText("秒杀\n\n  爆款 \n秒杀\n")
    assert dialog.words() == ["秒杀", "爆款"]
    ini = str(tmp_path / "s.ini")
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.extra_banned_words == []
    settings.extra_banned_words = ["爆款"]  # a lone item comes back as a string
    settings.sync()
    assert Settings(QSettings(ini, QSettings.Format.IniFormat)).extra_banned_words == ["爆款"]
