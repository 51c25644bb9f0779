"""The Campaigns tab driven with real widgets: a plan made, edited and undone, products
added, the checklist checked and ticked, the promotion maths typed, the calendar, and the
printed checklist in both languages."""

import shutil
import subprocess
from contextlib import closing
from datetime import date

import pytest
from product_shop import create_shop
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from opsdesk_gui.i18n import install
from opsdesk_gui.models.campaigns.plan import Mechanics
from opsdesk_gui.models.campaigns.stacking import Tier
from opsdesk_gui.models.campaigns.storage import find_plan, list_plans
from opsdesk_gui.models.period_presets import PeriodSelection
from opsdesk_gui.models.periods import Period
from opsdesk_gui.store.shop import connect
from opsdesk_gui.views.campaigns.plan_tables import PRICE, RESERVED
from opsdesk_gui.views.printing import save_pdf

PRODUCTS = [("A", "纯棉T恤 夏季短袖", 10000, 4000, 50), ("B", "全网最低价 帆布包", 5000, 4500, 3)]
BUYERS = [("b1", "测试买家", "13800000000", "浙江省", "杭州市")]
ORDERS = [("o1", "b1", "completed", "2026-11-14 10:00:00", [("A", 2, 17000)], None, None),
          ("o2", "b1", "completed", "2026-11-16 10:00:00", [("B", 1, 4800)], None, None)]
SELECTION = PeriodSelection(Period(date(2026, 11, 1), date(2026, 11, 19)))


@pytest.fixture
def shop(shop_path):
    return create_shop(shop_path, PRODUCTS, BUYERS, ORDERS)


@pytest.fixture
def tab(open_campaigns_tab, shop):
    return open_campaigns_tab(shop)


def stored(shop, name):
    with closing(connect(shop)) as conn:
        return find_plan(conn, name)


def saved(qtbot, tab, action):
    with qtbot.waitSignal(tab.editor.saved, timeout=15_000):
        action()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)


def make_plan(qtbot, tab, shop):
    """A new plan named 双12 2026 with 满150减20, member 0.95, A and B in it."""
    page = tab.plans
    saved(qtbot, tab, page.new_plan)
    form = page.form
    form.name.setText("双12 2026")
    form.start.setDate(QDate(2026, 12, 10))
    form.end.setDate(QDate(2026, 12, 12))
    form.deadline.setDate(QDate(2026, 11, 20))
    form.full_reduction.setText("150-20")
    form.member.setText("0.95")
    saved(qtbot, tab, page.save_form)
    saved(qtbot, tab, lambda: tab.add_products([("taobao", "A"), ("taobao", "B")]))
    return stored(shop, "双12 2026")


def test_plan_edited_saved_undone_and_redone(qtbot, tab, shop):
    plan = make_plan(qtbot, tab, shop)
    assert plan.mechanics == Mechanics(full_reduction=(Tier(15000, 2000),), member=0.95)
    assert [p.sku for p in plan.products] == ["A", "B"]
    tasks = {t.key: t.due_on for t in plan.tasks}
    assert tasks["assets"] == "2026-11-06"  # T-14 of the deadline typed
    page = tab.plans
    page.products.item(0, PRICE).setText("88")
    page.products.item(0, RESERVED).setText("20")
    saved(qtbot, tab, page.save_form)
    assert stored(shop, "双12 2026").products[0].campaign_price_cents == 8800
    saved(qtbot, tab, tab.editor.stack.undo)
    assert stored(shop, "双12 2026").products[0].campaign_price_cents is None
    saved(qtbot, tab, tab.editor.stack.redo)
    assert stored(shop, "双12 2026").products[0].reserved_stock == 20
    page.form.member.setText("1.5")
    page.save_form()
    assert "0.9" in page.message.text()  # refused, naming the field's form
    assert stored(shop, "双12 2026").mechanics.member == 0.95


def test_plan_stacking_order_read_and_typed_by_the_steps_names(qtbot, tab, shop):
    make_plan(qtbot, tab, shop)
    form = tab.plans.form
    assert form.order.text() == ("单品直降/折扣 → Shop 满减 → Shop coupon → "
                                 "Platform 跨店满减 / coupon → Member discount")
    form.order.setText("Shop 满减 → 单品直降/折扣 → Shop coupon → Platform 跨店满减 / coupon "
                       "→ Member discount")
    saved(qtbot, tab, tab.plans.save_form)
    assert stored(shop, "双12 2026").settings.order == (
        "shop", "item", "coupon", "platform", "member")
    form.order.setText("Shop 满减 → 单品直降/折扣")  # every step must be placed
    tab.plans.save_form()
    assert "Stacking order" in tab.plans.message.text()
    assert stored(shop, "双12 2026").settings.order[0] == "shop"


def test_new_plan_undone_is_deleted(qtbot, tab, shop):
    saved(qtbot, tab, tab.plans.new_plan)
    with closing(connect(shop)) as conn:
        assert len(list_plans(conn)) == 1
    saved(qtbot, tab, tab.editor.stack.undo)
    with closing(connect(shop)) as conn:
        assert list_plans(conn) == []
    assert tab.plans.current is None


def test_checklist_checks_and_ticks_a_manual_item(qtbot, tab, shop):
    make_plan(qtbot, tab, shop)
    page = tab.plans
    page.products.item(0, PRICE).setText("88")
    saved(qtbot, tab, page.save_form)
    checklist = tab.checklist
    with qtbot.waitSignal(checklist.loaded, timeout=15_000):
        tab.page_bar.setCurrentWidget(checklist)
        checklist.as_of.setDate(QDate(2026, 11, 20))
    qtbot.waitUntil(lambda: checklist.checklist is not None
                    and checklist.checklist.as_of == "2026-11-20", timeout=15_000)
    item = checklist.checklist.item("price_not_above_recent_lowest")
    # A at 88.00 above the 85.00 paid on 11-14 (170.00 for 2); B has no campaign price
    assert item.status == "fail"
    assert "85.00" in checklist.details.toPlainText()  # the first failing item is chosen
    assert checklist.checklist.item("titles").status == "fail"  # B: 全网最低价
    manual_row = next(n for n, i in enumerate(checklist.checklist.items)
                      if i.key == "no_qr_codes")
    checklist.table.table.setCurrentIndex(checklist.table.model.index(manual_row, 1))
    checklist.manual_status.setCurrentIndex(checklist.manual_status.findData("pass"))
    saved(qtbot, tab, lambda: qtbot.mouseClick(checklist.set_status, Qt.MouseButton.LeftButton))
    plan = stored(shop, "双12 2026")
    assert next(i for i in plan.manual_items if i.key == "no_qr_codes").status == "pass"
    html = checklist.printable_html("测试小店 — 活动")
    assert "双12 2026" in html and "85.00" in html


def test_calculator_what_if(qtbot, tab):
    page = tab.calculator
    tab.page_bar.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    page.price.clear()
    qtbot.keyClicks(page.price, "160")
    page.cost.setText("100")
    page.full_reduction.setText("150-20")
    page.discount.setText("0.8")
    page.max_qty.setValue(1)
    page.recompute()
    # item first: 160 × 0.8 = 128, below 150: no 满减 → 128.00, margin (128 − 100) ÷ 128
    assert "128.00" in page.best.text() and "21.9%" in page.best.text()
    assert page.order.text() == ("单品直降/折扣 → Shop 满减 → Shop coupon → "
                                 "Platform 跨店满减 / coupon → Member discount")
    page.order.setText("Shop 满减 → 单品直降/折扣 → Shop coupon → Platform 跨店满减 / coupon")
    page.recompute()
    # 满减 first: 160 − 20 = 140, × 0.8 = 112.00 (a step left out does not apply)
    assert "112.00" in page.best.text()
    page.order.setText("shop, item, coupon, platform, member")  # the short codes read too
    page.recompute()
    assert "112.00" in page.best.text()
    page.order.setText("shop → shop")
    page.recompute()
    assert "Stacking order" in page.message.text()
    page.order.setText("shop, item, coupon, platform, member")
    page.full_reduction.setText("abc")
    page.recompute()
    assert "300-50" in page.message.text()
    # the break-even: the two orders' baskets (170.00, 48.00) against 满150减20
    page.full_reduction.setText("150-20")
    page.recompute()
    # only 170.00 reaches 150: basket 170.00, d = 20 ÷ 170 = 11.76 %; at 40 % margin the
    # lift needed is 0.4 ÷ (0.4 − 0.1176) − 1 = 41.67 %; one of two orders above (50 %)
    model = page.breakeven.model
    assert [model.texts(c, [0], "-")[0] for c in range(model.columnCount())] == [
        "Shop 满减 150-20", "170.00", "11.76%", "41.67%", "50.00%", "0"]


def test_calculator_presale_deposit(qtbot, tab):
    page = tab.calculator
    tab.page_bar.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    page.price.setText("299")
    page.full_reduction.clear()
    page.platform_every.setText("300-50")
    page.max_qty.setValue(2)
    qtbot.keyClicks(page.deposit, "20")
    qtbot.keyClicks(page.deposit_value, "50")
    # 2 units: 598 − 50 (每满300减50) = 548; pays 2 × 20 + (548 − 2 × 50) = 488 → 244.00
    assert "244.00 buying 2" in page.best.text()
    assert "deposit 40.00, balance 448.00" in page.best.text()
    page.deposit_value.setText("10")  # worth less than it costs
    page.recompute()
    assert "at least the deposit" in page.message.text()


def test_calculator_basket_of_the_plans_products(qtbot, tab, shop):
    """The plan's A (100.00, cost 40.00) × 1 and B (50.00, cost 45.00) × 2 = 200.00 with
    满150减20 and member 0.95 typed: 200 reaches 150 (neither product alone with one unit
    does): 20.00 off shared 100 : 100 → 10.00 each; lines 90.00 / 90.00; member 0.95:
    180 × 0.95 = 171.00, 9.00 off → 4.50 each. A pays 85.50 (margin (85.50 − 40) ÷ 85.50
    = 53.2 %); B 85.50, 42.75 a unit (margin (42.75 − 45) ÷ 42.75 = −5.3 %)."""
    make_plan(qtbot, tab, shop)
    page = tab.calculator
    tab.page_bar.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    page.views.setCurrentWidget(page.basket)
    basket = page.basket
    assert [line.sku for line in basket.lines] == ["A", "B"]
    page.full_reduction.setText("150-20")
    page.member.setText("0.95")
    basket.set_units(0, 1)
    basket.set_units(1, 2)
    rows = [[basket.table.item(r, c).text() for c in (3, 4, 5)] for r in range(2)]
    assert rows == [["85.50", "85.50", "53.2%"], ["85.50", "42.75", "-5.3%"]]
    assert "Basket 200.00 → pays 171.00" in basket.summary.text()
    page.member.setText("2")  # a rate that does not read: no basket shown
    page.recompute()
    assert basket.table.item(0, 3).text() == "" and "Type the units" in basket.summary.text()


def test_calendar_plans_an_event(qtbot, tab, shop):
    page = tab.calendar
    tab.page_bar.setCurrentWidget(page)
    row = next(n for n, name in enumerate(page.frame["name"])
               if name.startswith("双11"))
    name = page.frame["name"].iloc[row]
    page.table.table.setCurrentIndex(page.table.model.index(
        list(page.table.model.row_order()).index(row), 0))
    saved(qtbot, tab, lambda: qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton))
    plan = stored(shop, name)
    event = next(e for e in page.events if e.name == name)
    assert (plan.start, plan.warmup_start) == (event.start.isoformat(),
                                               event.warmup_start.isoformat())
    assert tab.current_page is tab.plans


def calendar_written(qtbot, page, action):
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        action()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=15_000)


def test_calendar_events_changed_added_removed_and_undone(qtbot, tab, shop):
    from opsdesk_gui.models.campaigns.calendar_storage import read_changes

    def changes():
        with closing(connect(shop)) as conn:
            return read_changes(conn)

    page = tab.calendar
    tab.page_bar.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    event = next(e for e in page.events if e.name.startswith("双11"))
    page.choose(event.event_id)
    assert page.editor.name.text() == event.name
    page.editor.dates["start"].setDate(QDate(2026, 10, 31))
    page.editor.dates["warmup_start"].setDate(QDate(2026, 10, 21))
    calendar_written(qtbot, page, page.editor.buttons["save"].click)
    moved = changes()[event.event_id].event
    assert (moved.warmup_start, moved.start) == (date(2026, 10, 21), date(2026, 10, 31))
    shown = page.frame[page.frame["event_id"] == event.event_id].iloc[0]
    assert (shown["warmup"], shown["start"]) == ("2026-10-21", "2026-10-31")
    assert page.undo_stack().undoText() == f"Change dates of {event.name}"

    page.editor.dates["start"].setDate(QDate(2026, 10, 1))  # before the warm-up: refused
    page.editor.buttons["save"].click()
    qtbot.waitUntil(lambda: "comes before" in page.message.text(), timeout=15_000)
    assert changes()[event.event_id].event.start == date(2026, 10, 31)

    page.editor.name.setText("店庆 2027")
    for key, day in zip(("registration_deadline", "warmup_start", "start", "end",
                         "encore_end"), (1, 10, 15, 17, 18), strict=True):
        page.editor.dates[key].setDate(QDate(2027, 3, day))
    calendar_written(qtbot, page, page.editor.buttons["add"].click)
    assert changes()["own:1"].event.name == "店庆 2027"
    assert page.chosen_event().event_id == "own:1"
    assert "店庆 2027" in list(page.frame["name"])

    page.choose(event.event_id)
    calendar_written(qtbot, page, page.editor.buttons["remove"].click)
    assert changes()[event.event_id].removed
    assert event.event_id not in list(page.frame["event_id"])

    calendar_written(qtbot, page, page.stack.undo)  # the removal taken back
    assert not changes()[event.event_id].removed
    calendar_written(qtbot, page, page.stack.undo)  # the added event gone
    assert "own:1" not in changes()
    calendar_written(qtbot, page, page.stack.undo)  # the usual dates again
    assert changes() == {}
    assert page.frame[page.frame["event_id"] == event.event_id].iloc[0]["start"] == (
        event.start.isoformat())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_printed_checklist_in_both_languages(qtbot, tab, shop, tmp_path, language):
    make_plan(qtbot, tab, shop)
    install(language)
    try:
        tab.retranslate()
        checklist = tab.checklist
        with qtbot.waitSignal(checklist.loaded, timeout=15_000):
            tab.page_bar.setCurrentWidget(checklist)
        pdf = save_pdf(tab.printable_html("测试小店 — 活动"), tmp_path / "c.pdf",
                       landscape=False)
    finally:
        install("en")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "双12 2026" in text
    expected = "活动报名检查清单" if language == "zh_CN" else "Registration checklist"
    assert expected in text


def test_add_to_campaign_from_the_products_tab(qtbot, shop, tmp_path):
    """Rows picked on the Products tab join the plan shown on the Campaigns tab."""
    from PySide6.QtCore import QSettings

    from opsdesk_gui.settings import Settings
    from opsdesk_gui.views.main_window import MainWindow

    with closing(connect(shop)) as conn:
        from opsdesk_gui.models.campaigns.plan import CampaignPlan
        from opsdesk_gui.models.campaigns.storage import save_plan

        save_plan(conn, CampaignPlan("双12 2026", "2026-12-10", "2026-12-12"))
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.open_shop(shop)
    qtbot.waitUntil(lambda: not window.runner.busy and window.campaigns.plans.current
                    is not None, timeout=15_000)
    page = window.products.products
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 2, timeout=15_000)
    page.table.table.selectAll()
    with qtbot.waitSignal(window.campaigns.editor.saved, timeout=15_000):
        page.add_to_campaign_action.trigger()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    assert sorted(p.sku for p in stored(shop, "双12 2026").products) == ["A", "B"]
    assert "双12 2026" in window.statusBar().currentMessage()
    window.close()


def test_manual_items_are_an_editable_list(qtbot, tab, shop):
    make_plan(qtbot, tab, shop)
    checklist = tab.checklist
    with qtbot.waitSignal(checklist.loaded, timeout=15_000):
        tab.page_bar.setCurrentWidget(checklist)
    saved(qtbot, tab, lambda: checklist.add_manual_item("直播间话术已排练"))
    qtbot.waitUntil(lambda: checklist.checklist is not None and any(
        i.key == "custom:1" for i in checklist.checklist.items), timeout=15_000)
    added = stored(shop, "双12 2026").manual_items[-1]
    assert (added.key, added.text) == ("custom:1", "直播间话术已排练")
    row = next(n for n, i in enumerate(checklist.checklist.items) if i.key == "custom:1")
    checklist.table.table.setCurrentIndex(checklist.table.model.index(row, 1))
    checklist.manual_status.setCurrentIndex(checklist.manual_status.findData("fail"))
    checklist.manual_owner.setText("Customer service")  # a role's name: stored as its key
    saved(qtbot, tab, checklist.set_status.click)
    item = stored(shop, "双12 2026").manual_items[-1]
    assert (item.status, item.owner) == ("fail", "service")
    qtbot.waitUntil(lambda: checklist.checklist.items[row].status == "fail", timeout=15_000)
    checklist.table.table.setCurrentIndex(checklist.table.model.index(row, 1))
    saved(qtbot, tab, checklist.remove_manual_item)
    assert [i.key for i in stored(shop, "双12 2026").manual_items][-1] == "prices_entered"


def test_task_owner_and_due_date_are_edited(qtbot, tab, shop):
    make_plan(qtbot, tab, shop)
    tasks = tab.plans.tasks
    tasks.item(4, 1).setText("外包美工")
    tasks.item(4, 2).setText("2026-11-01")
    tasks.item(0, 0).setCheckState(Qt.CheckState.Checked)
    saved(qtbot, tab, tab.plans.save_form)
    plan = stored(shop, "双12 2026")
    assert (plan.tasks[4].key, plan.tasks[4].owner, plan.tasks[4].due_on) == (
        "assets", "外包美工", "2026-11-01")
    assert plan.tasks[0].status == "done" and plan.tasks[1].owner == "operator"
    tab.plans.tasks.item(4, 2).setText("11月1日")
    tab.plans.save_form()
    assert "YYYY-MM-DD" in tab.plans.message.text()


def test_the_checklist_follows_a_price_typed_before_saving(qtbot, tab, shop):
    """What-if: A's campaign price typed as 80 (below the 85.00 paid on 11-14) turns the
    price item to pass on the Checklist page before the plan is saved; B is given 45 too."""
    make_plan(qtbot, tab, shop)
    page, checklist = tab.plans, tab.checklist
    page.products.item(0, PRICE).setText("88")
    page.products.item(1, PRICE).setText("45")
    saved(qtbot, tab, page.save_form)
    with qtbot.waitSignal(checklist.loaded, timeout=15_000):
        tab.page_bar.setCurrentWidget(checklist)
        checklist.as_of.setDate(QDate(2026, 11, 20))
    qtbot.waitUntil(lambda: checklist.checklist.as_of == "2026-11-20", timeout=15_000)
    assert checklist.checklist.item("price_not_above_recent_lowest").status == "fail"
    tab.page_bar.setCurrentWidget(page)
    page.products.item(0, PRICE).setText("80")  # itemChanged: a draft
    with qtbot.waitSignal(checklist.loaded, timeout=15_000):
        tab.page_bar.setCurrentWidget(checklist)
    assert checklist.checklist.item("price_not_above_recent_lowest").status == "pass"
    assert "not saved" in checklist.heading.text()
    assert stored(shop, "双12 2026").products[0].campaign_price_cents == 8800


def test_a_sheet_with_unknown_headers_is_mapped(qtbot, tab, shop, tmp_path):
    make_plan(qtbot, tab, shop)
    sheet = tmp_path / "报名.csv"
    sheet.write_text("编码,价格,数量\nA,79.9,12\n", encoding="utf-8")
    page = tab.plans
    page.import_sheet(sheet)
    qtbot.waitUntil(lambda: page.sheet_import.dialog is not None
                    and page.sheet_import.dialog.isVisible(), timeout=15_000)
    dialog = page.sheet_import.dialog
    dialog.accept()  # no product column chosen: refused, saying so
    assert dialog.isVisible() and dialog.message.text()
    for field, header in (("sku", "编码"), ("campaign_price", "价格"),
                          ("reserved_stock", "数量")):
        dialog.combos[field].setCurrentIndex(dialog.combos[field].findData(header))
    with qtbot.waitSignal(tab.editor.saved, timeout=15_000):
        dialog.accept()
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    product = stored(shop, "双12 2026").product("taobao", "A")
    assert (product.campaign_price_cents, product.reserved_stock) == (7990, 12)


def test_cli_check_prints_the_same_checklist_to_pdf(qtbot, tab, shop, tmp_path, capsys):
    """`opsdesk campaign check --pdf` draws the page the window prints, in Chinese."""
    from opsdesk_gui.cli import main

    make_plan(qtbot, tab, shop)
    pdf = tmp_path / "清单.pdf"
    try:
        assert main(["campaign", "check", "--shop", str(shop), "--name", "双12 2026",
                     "--as-of", "2026-11-20", "--pdf", str(pdf), "--language", "zh_CN"]) == 0
    finally:
        install("en")
    assert "written:" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "活动报名检查清单" in text and "检查日期 2026-11-20" in text


def answer_unsaved(qtbot, button):
    """Click `button` of the question about changes not saved, once it shows."""
    def click():
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "unsaved_plan", "no question asked"
        box.button(button).click()

    QTimer.singleShot(0, click)


def type_gifts(page, text):
    page.form.gifts.setText(text)
    page.form.gifts.textEdited.emit(text)  # as typed


def test_changes_not_saved_are_saved_before_another_plan_shows(qtbot, tab, shop):
    make_plan(qtbot, tab, shop)
    saved(qtbot, tab, tab.plans.new_plan)  # "New campaign", shown now
    page = tab.plans
    other = next(n for n, p in enumerate(page.plans) if p.name == "双12 2026")
    type_gifts(page, "帆布包")
    answer_unsaved(qtbot, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(tab.editor.saved, timeout=15_000):
        page.table.table.selectRow(other)
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    assert stored(shop, "New campaign").mechanics.gifts == "帆布包"
    assert page.current.name == "双12 2026"
    saved(qtbot, tab, tab.editor.stack.undo)  # the save is one more undoable edit
    assert stored(shop, "New campaign").mechanics.gifts == ""


def test_changes_not_saved_discarded_or_kept_when_another_plan_is_chosen(qtbot, tab, shop):
    make_plan(qtbot, tab, shop)
    saved(qtbot, tab, tab.plans.new_plan)  # "New campaign", shown now
    page = tab.plans
    row = page.table.table.currentIndex().row()
    other = next(n for n, p in enumerate(page.plans) if p.name == "双12 2026")
    count = tab.editor.stack.count()
    type_gifts(page, "帆布包")
    answer_unsaved(qtbot, QMessageBox.StandardButton.Cancel)  # stay on the plan
    page.table.table.selectRow(other)
    assert page.current.name == "New campaign" and page.form.gifts.text() == "帆布包"
    assert page.table.table.currentIndex().row() == row and page.buttons["save"].isEnabled()

    answer_unsaved(qtbot, QMessageBox.StandardButton.Discard)
    page.table.table.selectRow(other)
    assert page.current.name == "双12 2026" and not page.buttons["save"].isEnabled()
    qtbot.wait(200)
    assert not tab.runner.busy and tab.editor.stack.count() == count  # nothing written
    assert stored(shop, "New campaign").mechanics.gifts == ""


def test_closing_the_window_asks_about_changes_not_saved(qtbot, window, shop):
    window.open_shop(shop)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    tab = window.campaigns
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    saved(qtbot, tab, tab.plans.new_plan)
    type_gifts(tab.plans, "保温杯")
    window.show()
    answer_unsaved(qtbot, QMessageBox.StandardButton.Cancel)
    assert not window.close() and window.isVisible()
    answer_unsaved(qtbot, QMessageBox.StandardButton.Save)
    assert window.close()  # the save is written before the window's tasks stop
    assert stored(shop, "New campaign").mechanics.gifts == "保温杯"


def test_saving_writes_once(qtbot, tab, shop):
    """One Save is one write and one undo step (the reload that follows saves nothing)."""
    make_plan(qtbot, tab, shop)
    count = tab.editor.stack.count()
    tab.plans.form.gifts.setText("帆布包")
    tab.plans.form.gifts.textEdited.emit("帆布包")
    saved(qtbot, tab, tab.plans.save_form)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    assert tab.editor.stack.count() == count + 1
    assert not tab.plans.buttons["save"].isEnabled()


def test_typed_changes_survive_adding_products_and_a_reload(qtbot, tab, shop):
    """Gifts typed, not saved: adding products saves them with the products; a reload of
    the tab (another period) keeps what is typed on screen."""
    make_plan(qtbot, tab, shop)
    page = tab.plans
    page.form.gifts.setText("帆布包")
    page.form.gifts.textEdited.emit("帆布包")
    saved(qtbot, tab, lambda: tab.add_products([("taobao", "C")]))
    plan = stored(shop, "双12 2026")
    assert plan.mechanics.gifts == "帆布包" and plan.products[-1].sku == "C"
    page.form.gifts.setText("保温杯")
    page.form.gifts.textEdited.emit("保温杯")
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        tab.refresh(shop, SELECTION)
    assert page.form.gifts.text() == "保温杯" and page.buttons["save"].isEnabled()
