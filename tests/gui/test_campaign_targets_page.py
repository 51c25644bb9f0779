"""The Campaigns tab's Targets page driven with real widgets on tests/campaign_shop.py
(figures worked out in tests/unit/test_campaign_targets.py)."""

from contextlib import closing

import pytest
from campaign_shop import PLAN, create_campaign_shop
from PySide6.QtWidgets import QTableWidgetItem

from opsdesk_gui.models.campaigns.storage import find_plan
from opsdesk_gui.models.campaigns.targets import read_targets
from opsdesk_gui.store.shop import connect


@pytest.fixture
def tab(open_campaigns_tab, shop_path):
    tab = open_campaigns_tab(create_campaign_shop(shop_path))
    row = next(n for n, p in enumerate(tab.plans.plans) if p.name == PLAN.name)
    tab.plans.table.table.selectRow(row)
    return tab


def column(page, c):
    return [page.grid.item(r, c).text() for r in range(page.grid.rowCount())]


def test_targets_typed_factor_by_factor_saved_and_followed(qtbot, tab, shop_path):
    """From 双11 2025: GMV 100.00, 800.00, 100.00. The peak typed to 120 visitors at 3 %:
    120 × 0.03 × 400.00 = 1,440.00; saved, the plan's target becomes 1,640.00 and the Pace
    page's curve follows (1,640.00 by the last day, 460.00 by the first peak day)."""
    page = tab.targets
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    assert column(page, 0) == ["Warm-up", "Peak", "Encore"]
    assert column(page, 6) == ["100.00", "800.00", "100.00"]
    assert "双11 2025" in page.source.text()
    page.grid.setItem(1, 2, QTableWidgetItem("120"))
    page.grid.setItem(1, 3, QTableWidgetItem("3"))
    assert column(page, 6)[1] == "1,440.00" and column(page, 7)[1] == "4"
    assert "1,640.00" in page.heading.text()
    page.grid.setItem(1, 4, QTableWidgetItem("abc"))  # refused, naming row and column
    assert "Row 2" in page.message.text() and "客单价" in page.message.text()
    assert not page.save.isEnabled()
    page.grid.setItem(1, 4, QTableWidgetItem("400"))
    with qtbot.waitSignal(tab.plans.loaded, timeout=30_000):
        page.save.click()
    with closing(connect(shop_path)) as conn:
        assert find_plan(conn, PLAN.name).target_gmv_cents == 164000
        assert [r.visitors for r in read_targets(conn, tab.plans.current.id)] == [80, 120, 40]
    assert tab.plans.current.target_gmv_cents == 164000
    with qtbot.waitSignal(tab.pace.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(tab.pace)
    assert "Targets page" in tab.pace.heading.text()
    _, target = tab.pace.target_line.getData()
    assert list(target) == [100.0, 100.0, 460.0, 1540.0, 1640.0]


def test_saved_targets_undone_and_redone(qtbot, tab, shop_path):
    """Saving is one undoable step: undone, the plan's GMV target is what it was and no
    factor rows are stored (the page starts from 双11 2025 again); redone, 1,640.00."""
    page = tab.targets
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        tab.page_bar.setCurrentWidget(page)
    before = tab.plans.current.target_gmv_cents
    page.grid.setItem(1, 2, QTableWidgetItem("120"))
    page.grid.setItem(1, 3, QTableWidgetItem("3"))
    page.grid.setItem(1, 4, QTableWidgetItem("400"))
    with qtbot.waitSignal(tab.plans.loaded, timeout=30_000):
        page.save.click()
    stack = page.undo_stack()
    assert stack.canUndo() and stack.undoText() == "save targets"

    def stored():
        with closing(connect(shop_path)) as conn:
            return (find_plan(conn, PLAN.name).target_gmv_cents,
                    [r.visitors for r in read_targets(conn, tab.plans.current.id)])

    assert stored() == (164000, [80, 120, 40])

    def settled(gmv):  # the write, the Plans page's reload and the page's recompute done
        return lambda: (not tab.runner.busy and tab.plans.current.target_gmv_cents == gmv
                        and page.result is not None)

    stack.undo()
    qtbot.waitUntil(settled(before), timeout=30_000)
    assert stored() == (before, [])
    assert column(page, 6) == ["100.00", "800.00", "100.00"]
    stack.redo()
    qtbot.waitUntil(settled(164000), timeout=30_000)
    assert stored() == (164000, [80, 120, 40])
    assert column(page, 6)[1] == "1,440.00"
