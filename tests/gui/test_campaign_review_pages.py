"""The Campaigns tab's Pace and Review pages driven with real widgets on
tests/campaign_shop.py (figures worked out in tests/unit/test_campaign_review.py)."""

from datetime import date

import pytest
from campaign_shop import PLAN, create_campaign_shop
from PySide6.QtCore import Qt

from opsdesk_gui.i18n import install
from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period

SELECTION = PeriodSelection(Period(date(2026, 11, 1), date(2026, 11, 19)))


@pytest.fixture
def tab(open_campaigns_tab, shop_path):
    return open_campaigns_tab(create_campaign_shop(shop_path))


def choose(tab, name):
    row = next(n for n, p in enumerate(tab.plans.plans) if p.name == name)
    tab.plans.table.table.selectRow(row)


def cells(view, column):
    model = view.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_review_page_shows_the_hand_computed_review(qtbot, tab):
    choose(tab, PLAN.name)
    page = tab.review
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    assert page.review.gmv == 110000 and page.review.expected_gmv == 60000
    assert "1,100.00" in page.heading.text() and "+83.3%" in page.heading.text()
    values = dict(zip(cells(page.figures, 0), cells(page.figures, 1), strict=True))
    assert values["Cost"] == "605.00" and values["ROI"] == "1.82"
    assert values["New buyers"] == "2"
    # beside it, 双11 2025: 100 + 200 + 600 + 100 = 1,000.00 (p1..p4, all new)
    model = page.figures.table.model()
    assert model.headerData(2, Qt.Orientation.Horizontal) == "双11 2025"
    last = dict(zip(cells(page.figures, 0), cells(page.figures, 2), strict=True))
    assert last["GMV (支付金额)"] == "1,000.00" and last["New buyers"] == "4"
    assert cells(page.phases, 0) == ["Warm-up", "Peak", "Encore"]
    # by platform, on the page: taobao sells it all; its ads 50 + 100 + 150 = 300.00
    assert cells(page.platforms, 0) == ["Taobao/Tmall"]
    assert cells(page.platforms, 1) == ["1,100.00"] and cells(page.platforms, 5) == ["300.00"]
    # a lift is signed with one decimal in every table, as in the heading: 1,100 ÷ 600 − 1
    assert cells(page.platforms, 4) == ["+83.3%"] and values["Lift"] == "+83.3%"
    html = page.printable_html("shop — Review")
    assert "605.00" in html and "Warm-up" in html


def test_pace_page_and_its_chart(qtbot, tab):
    choose(tab, PLAN.name)
    page = tab.pace
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    # the data reaches 12-15: the whole event is counted
    assert page.pace.as_of == date(2026, 11, 12) and page.pace.gmv == 110000
    assert "双11 2025" in page.heading.text()
    _, y = page.actual_line.getData()
    assert list(y) == [200.0, 200.0, 500.0, 1000.0, 1100.0]
    _, target = page.target_line.getData()
    assert list(target) == [100.0, 100.0, 300.0, 900.0, 1000.0]
    skus = cells(page.products, 0)
    assert skus[0] == "A"  # 2 × 250 + 100 paid


def test_review_page_in_chinese(qtbot, tab):
    install("zh_CN")
    try:
        tab.retranslate()
        choose(tab, PLAN.name)
        page = tab.review
        with qtbot.waitSignal(page.loaded, timeout=30_000):
            tab.page_bar.setCurrentWidget(page)
        assert page.title() == "复盘"
        assert cells(page.phases, 0) == ["预热期", "爆发期", "返场期"]
    finally:
        install("en")


@pytest.mark.parametrize("language, heading", [("en", "By phase"), ("zh_CN", "分阶段")])
def test_printed_review_pdf_and_workbook(shop_path, tmp_path, capsys, language, heading):
    """`campaign review --pdf --xlsx`: the PDF has its pages, the workbook the figures as
    numbers (cost 605.00, lift +83.3%) in the language asked for."""
    from python_calamine import CalamineWorkbook

    from opsdesk_gui.cli import main
    from opsdesk_gui.cli.report import pdf_pages

    shop = create_campaign_shop(shop_path)
    pdf, xlsx = tmp_path / "review.pdf", tmp_path / "review.xlsx"
    try:
        assert main(["campaign", "review", "--shop", str(shop), "--name", PLAN.name, "--pdf",
                     str(pdf), "--xlsx", str(xlsx), "--language", language]) == 0
    finally:
        install("en")
    assert pdf_pages(pdf) >= 1
    book = CalamineWorkbook.from_path(str(xlsx))
    assert book.sheet_names[1] == heading
    rows = book.get_sheet_by_index(0).to_python()[2:]
    values = {row[0]: row[1] for row in rows}
    cost = next(v for k, v in values.items() if k in ("Cost", "活动成本"))
    lift = next(v for k, v in values.items() if k in ("Lift", "提升度"))
    assert cost == 605.0 and lift == pytest.approx(0.833)


def test_pace_follows_a_new_import(qtbot, tab, shop_path):
    """After an import (the window refreshes its tabs, also for the watched folder) the Pace
    page shown is worked out again: an order of 50.00 on 11-12 takes GMV to 1,150.00."""
    import sqlite3

    choose(tab, PLAN.name)
    page = tab.pace
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    assert page.pace.gmv == 110000
    with sqlite3.connect(shop_path) as conn:
        conn.execute("INSERT INTO orders (platform, order_id, buyer_id, status, paid_at, "
                     "currency, paid_cents) VALUES ('taobao', 'new1', 'n9', 'paid', "
                     "'2026-11-12 20:00:00', 'CNY', 5000)")
    conn.close()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.refresh(shop_path, SELECTION)
    qtbot.waitUntil(lambda: page.pace is not None and page.pace.gmv == 115000, timeout=30_000)


def test_review_notes_typed_saved_and_printed(qtbot, tab, shop_path):
    from contextlib import closing

    from PySide6.QtWidgets import QTableWidgetItem

    from opsdesk_gui.models.campaigns.notes_storage import read_notes
    from opsdesk_gui.store.shop import connect

    choose(tab, PLAN.name)
    page = tab.review
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    notes = page.notes
    notes.add.click()
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        notes.table.setItem(0, 0, QTableWidgetItem("Visitors short"))
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        notes.table.setItem(0, 4, QTableWidgetItem("2026-12-01"))
    with closing(connect(shop_path)) as conn:
        [saved] = read_notes(conn, page.plan.id)
    assert (saved.problem, saved.due_on) == ("Visitors short", "2026-12-01")
    # a bad date is refused with a message naming it; the note stays on screen and stored
    notes.table.setItem(0, 4, QTableWidgetItem("12/01"))
    qtbot.waitUntil(lambda: "12/01" in notes.message.text(), timeout=15_000)
    assert notes.table.item(0, 0).text() == "Visitors short"
    with closing(connect(shop_path)) as conn:
        assert read_notes(conn, page.plan.id) == [saved]
    assert "Visitors short" in page.printable_html("shop — Review")


def test_review_beside_a_campaign_the_owner_chooses(qtbot, tab, shop_path):
    """Beside 双11 2026 by default 双11 2025; the owner chooses a weekend event instead:
    Sat 10-17 + Sun 10-18 of the baseline, 100.00 a day = 200.00 (bought by old3, old4)."""
    from contextlib import closing

    from opsdesk_gui.models.campaigns.plan import CampaignPlan
    from opsdesk_gui.models.campaigns.storage import save_plan
    from opsdesk_gui.store.shop import connect

    with closing(connect(shop_path)) as conn:
        save_plan(conn, CampaignPlan("周末促销 2026", "2026-10-17", "2026-10-18"))
    choose(tab, PLAN.name)
    page = tab.review
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    names = [page.beside.itemText(i) for i in range(page.beside.count())]
    assert names[0] == "last event of the same name" and page.beside.currentIndex() == 0
    assert sorted(names[1:]) == ["双11 2025", "周末促销 2026"]
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.beside.activated.emit(names.index("周末促销 2026"))
    model = page.figures.table.model()
    assert model.headerData(2, Qt.Orientation.Horizontal) == "周末促销 2026"
    beside = dict(zip(cells(page.figures, 0), cells(page.figures, 2), strict=True))
    assert beside["GMV (支付金额)"] == "200.00"
    assert page.beside.currentText() == "周末促销 2026"
    assert "周末促销 2026" in page.printable_html("shop — Review")


def test_deleted_note_comes_back_with_undo(qtbot, tab, shop_path):
    from contextlib import closing

    from PySide6.QtWidgets import QTableWidgetItem

    from opsdesk_gui.models.campaigns.notes_storage import read_notes
    from opsdesk_gui.store.shop import connect

    def stored():
        with closing(connect(shop_path)) as conn:
            return [n.problem for n in read_notes(conn, page.plan.id)]

    choose(tab, PLAN.name)
    page = tab.review
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    notes, stack = page.notes, page.undo_stack()
    assert stack is notes.undo_stack and not stack.canUndo()
    for row, problem in enumerate(("Visitors short", "Coupon too high")):
        notes.add.click()
        with qtbot.waitSignal(notes.saved, timeout=15_000):
            notes.table.setItem(row, 0, QTableWidgetItem(problem))
    notes.table.setCurrentCell(0, 0)
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        notes.delete.click()
    assert stored() == ["Coupon too high"] and notes.table.rowCount() == 1
    assert notes.undo.isEnabled()
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        notes.undo.click()  # as Edit → Undo (Ctrl+Z) does through page.undo_stack()
    assert stored() == ["Visitors short", "Coupon too high"]
    assert notes.table.item(0, 0).text() == "Visitors short"
    with qtbot.waitSignal(notes.saved, timeout=15_000):
        stack.redo()
    assert stored() == ["Coupon too high"]
    # undo the deletion and the second note's text: the first note alone is left
    for _ in range(2):
        with qtbot.waitSignal(notes.saved, timeout=15_000):
            stack.undo()
    assert stored() == ["Visitors short"]


def test_pace_chart_of_a_one_day_event_by_hour(qtbot, runner):
    """The page drawn with a one-day pace: 24 points, cumulative, the last the day's GMV;
    the target line: 1,000.00 spread evenly, 1000 × 12/24 = 500.00 by the end of 11:00."""
    from fractions import Fraction

    from opsdesk_gui.models.campaigns.baseline import Curve
    from opsdesk_gui.models.campaigns.pace import CampaignPace
    from opsdesk_gui.views.campaigns.pace_page import PacePage

    page = PacePage(runner)
    qtbot.addWidget(page)
    hours = (30000,) + (0,) * 22 + (5000,)
    day = date(2026, 11, 10)
    pace = CampaignPace(PLAN, Period(day, day), day, 1, None, Curve((Fraction(1),), "even"),
                        (), 0, (), hours,
                        Curve(tuple(Fraction(1, 24) for _ in range(24)), "even"), day)
    page._draw(pace)
    _, y = page.actual_line.getData()
    assert len(y) == 24 and y[0] == 300.0 and y[-1] == 350.0
    _, target = page.target_line.getData()
    assert len(target) == 24 and target[11] == 500.0 and target[-1] == 1000.0
