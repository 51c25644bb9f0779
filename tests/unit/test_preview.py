from exportfiles import write_csv
from taobao_files import LINES, ORDERS, write_lines, write_orders

from opsdesk_gui.importers.preview import preview_file


def test_preview_detects_and_cleans_the_first_rows(tmp_path):
    preview = preview_file(write_orders(tmp_path / "o.csv", ORDERS), limit=2)
    assert preview.preset == "taobao_orders" and preview.error is None
    assert len(preview.rows) == 2
    assert preview.rows["order_id"].tolist() == ["100000000000000001", "100000000000000002"]
    assert preview.rows["paid"].tolist() == [11000, 5990]
    assert preview.rows["paid_at"].tolist() == ["2026-03-01 10:05:00", "2026-03-02 09:06:00"]


def test_preview_with_a_chosen_preset_shows_the_error(tmp_path):
    preview = preview_file(write_lines(tmp_path / "l.csv", LINES), preset="taobao_orders")
    assert preview.error is not None and preview.error.code == "wrong_preset"
    assert preview.rows is None


def test_preview_of_a_generic_mapping(tmp_path):
    path = write_csv(tmp_path / "g.csv", ["Invoice", "Qty", "When", "Price"],
                     [["A1", "2", "2026/3/2 9:06", "1,234.50"]])
    mapping = {"order_id": "Invoice", "qty": "Qty", "paid_at": "When", "unit_price": "Price"}
    ok = preview_file(path, mapping=mapping)
    assert ok.preset == "generic" and ok.error is None
    assert ok.rows[["order_id", "qty", "paid_at", "unit_price"]].values.tolist() == [
        ["A1", 2, "2026-03-02 09:06:00", 123450]]
    wrong = preview_file(path, mapping={**mapping, "paid_at": "Invoice"})
    assert wrong.error.code == "bad_date" and wrong.error.params["column"] == "Invoice"


def test_preview_of_a_missing_file(tmp_path):
    assert preview_file(tmp_path / "missing.csv").error.code == "file_missing"


def test_an_unknown_file_still_offers_its_columns(tmp_path):
    path = write_csv(tmp_path / "plugin.csv", ["No", "Qty"], [["W1", "3"]])
    preview = preview_file(path)
    assert preview.error.code == "unknown_preset"
    assert preview.header == ["No", "Qty"]
