"""The campaign calendar edited by the owner: dates of a prefilled event changed, an event
removed, one of the shop's own added; stored in the shop file, kept through re-imports and
the undo of an import."""

from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.errors import OpsDeskError
from opsdesk_gui.models.campaigns.calendar import CalendarChange, calendar, own_event
from opsdesk_gui.models.campaigns.calendar_storage import next_own_number, read_changes
from opsdesk_gui.store.shop import connect
from opsdesk_gui.writes import import_files, undo_last_import, write_calendar_change

TODAY = date(2026, 12, 7)


def events_by_name(changes=None):
    return {e.name: e for e in calendar(TODAY, changes)}


def stored(shop):
    with closing(connect(shop)) as conn:
        return read_changes(conn)


def test_changed_removed_and_added_events():
    usual = events_by_name()["双11 2026"]
    assert usual.event_id == "double11:2026"
    moved = replace(usual, warmup_start=date(2026, 10, 15), start=date(2026, 10, 31))
    mine = own_event(1, "店庆 2027", date(2027, 3, 1), date(2027, 3, 10), date(2027, 3, 15),
                     date(2027, 3, 17), date(2027, 3, 18))
    gone = events_by_name()["38节 2027"]
    changes = {usual.event_id: CalendarChange(moved),
               gone.event_id: CalendarChange(gone, removed=True),
               mine.event_id: CalendarChange(mine)}
    events = events_by_name(changes)
    assert (events["双11 2026"].warmup_start, events["双11 2026"].start) == (
        date(2026, 10, 15), date(2026, 10, 31))
    assert "38节 2027" not in events and "38节 2026" in events
    assert events["店庆 2027"].start == date(2027, 3, 15)
    assert len(events) == len(events_by_name()) - 1 + 1  # one removed, one added
    assert next_own_number(changes) == 2


def test_an_own_event_of_a_past_year_is_not_shown():
    old = own_event(1, "店庆 2025", *(date(2025, 3, d) for d in (1, 10, 15, 17, 18)))
    assert "店庆 2025" not in events_by_name({old.event_id: CalendarChange(old)})


def test_phases_out_of_order_are_refused_and_nothing_written(shop_path):
    event = events_by_name()["618 2027"]
    wrong = replace(event, start=event.warmup_start.replace(day=1))  # peak before warm-up
    with pytest.raises(OpsDeskError) as info:
        write_calendar_change(shop_path, event.event_id, CalendarChange(wrong))
    assert info.value.code == "calendar_phases"
    assert info.value.params["first"] == event.warmup_start.isoformat()
    with pytest.raises(OpsDeskError) as info:
        write_calendar_change(shop_path, event.event_id,
                              CalendarChange(replace(event, name=" ")))
    assert info.value.code == "calendar_no_name"
    assert stored(shop_path) == {}


def test_stored_changes_survive_a_reimport_and_the_undo_of_an_import(shop_path, tmp_path):
    import_files(shop_path, [write_orders(tmp_path / "first.csv", ORDERS[:1])])
    event = events_by_name()["双12 2026"]
    moved = CalendarChange(replace(event, end=date(2026, 12, 13),
                                   encore_end=date(2026, 12, 14)))
    write_calendar_change(shop_path, event.event_id, moved)
    removed = CalendarChange(events_by_name()["99大促 2027"], removed=True)
    write_calendar_change(shop_path, removed.event.event_id, removed)
    import_files(shop_path, [write_orders(tmp_path / "all.csv", ORDERS),
                             write_lines(tmp_path / "lines.csv", LINES)])
    assert stored(shop_path) == {event.event_id: moved, removed.event.event_id: removed}
    undo_last_import(shop_path)
    assert stored(shop_path) == {event.event_id: moved, removed.event.event_id: removed}
    write_calendar_change(shop_path, event.event_id, None)  # back to the usual dates
    assert list(stored(shop_path)) == [removed.event.event_id]
