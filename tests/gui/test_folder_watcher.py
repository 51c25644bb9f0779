from taobao_files import ORDERS, write_orders

from opsdesk_gui.views.folder_watcher import FolderWatcher


def test_only_new_settled_exports_arrive(qtbot, tmp_path):
    old = write_orders(tmp_path / "old.csv", ORDERS)
    watcher = FolderWatcher(settle_ms=100)
    watcher.watch(tmp_path)
    (tmp_path / "notes.docx").write_text("not an export")
    with qtbot.waitSignal(watcher.files_arrived, timeout=5000) as arrived:
        new = write_orders(tmp_path / "ExportOrderList2.csv", ORDERS)
    assert arrived.args[0] == [new]
    assert old not in arrived.args[0]
    with qtbot.assertNotEmitted(watcher.files_arrived, wait=500):
        new.touch()  # seen already: not again


def test_stop_watching(qtbot, tmp_path):
    watcher = FolderWatcher(settle_ms=100)
    watcher.watch(tmp_path)
    watcher.watch(None)
    with qtbot.assertNotEmitted(watcher.files_arrived, wait=600):
        write_orders(tmp_path / "ExportOrderList3.csv", ORDERS)
