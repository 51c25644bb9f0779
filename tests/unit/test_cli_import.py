"""`opsdesk import`, `info` and `undo` from the command line."""

import json
import shutil

import pytest
from exportfiles import shared_data
from taobao_files import ORDERS, write_orders

from opsdesk_gui.cli import main

UCI_MAP = ["--map", "order_id=InvoiceNo", "--map", "sku=StockCode", "--map",
           "title=Description", "--map", "qty=Quantity", "--map", "paid_at=InvoiceDate",
           "--map", "unit_price=UnitPrice", "--map", "buyer_id=CustomerID",
           "--map", "region=Country"]


@pytest.fixture
def uci(tmp_path):
    source = shared_data("online_retail_head.csv")
    if not source.exists():
        pytest.skip("the shared UCI extract is not beside this checkout")
    return shutil.copy(source, tmp_path / "uci.csv")


def test_import_prints_the_summary_and_info_the_dates(shop_path, tmp_path, capsys):
    export = write_orders(tmp_path / "ExportOrderList202603041200.csv", ORDERS)
    assert main(["import", "--shop", str(shop_path), str(export)]) == 0
    out = capsys.readouterr().out
    assert "ExportOrderList202603041200.csv: taobao_orders (4 rows)" in out
    assert "orders: 4 added, 0 updated, 0 unchanged" in out
    assert main(["info", "--shop", str(shop_path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["platforms"] == ["taobao"]
    assert info["counts"]["orders"] == 4
    assert (info["first_order_date"], info["last_order_date"]) == ("2026-03-01", "2026-03-03")
    assert info["imports"][0]["files"][0]["preset"] == "taobao_orders"


def test_failure_exits_non_zero_with_the_message(shop_path, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"")
    assert main(["import", "--shop", str(shop_path), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv: the file is empty." in err
    assert "the shop file is unchanged" in err


def test_generic_mapping_is_saved_and_reused(shop_path, uci, capsys):
    assert main(["import", "--shop", str(shop_path), str(uci), "--currency", "GBP",
                 "--save-mapping", "uci", *UCI_MAP]) == 0
    capsys.readouterr()
    assert main(["import", "--shop", str(shop_path), str(uci), "--mapping", "uci",
                 "--force", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["added"] == summary["updated"] == 0
    assert summary["tables"]["order_lines"]["unchanged"] == 8248
    assert main(["import", "--shop", str(shop_path), str(uci), "--mapping", "nope"]) == 2
    assert "no saved mapping named 'nope' (saved: uci)" in capsys.readouterr().err


def test_undo_from_the_command_line(shop_path, tmp_path, capsys):
    main(["import", "--shop", str(shop_path), str(write_orders(tmp_path / "o.csv", ORDERS))])
    capsys.readouterr()
    assert main(["undo", "--shop", str(shop_path)]) == 0
    assert capsys.readouterr().out.startswith("Undid import 1 of ")
    main(["info", "--shop", str(shop_path), "--json"])
    assert json.loads(capsys.readouterr().out)["counts"]["orders"] == 0
    assert main(["undo", "--shop", str(shop_path)]) == 2
