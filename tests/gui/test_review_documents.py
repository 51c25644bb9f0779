"""The printed reviews out of the window and the command line: `opsdesk report` (periods,
pages, sheets, exit codes), the review dialog, and one shop on which the dashboard,
`opsdesk kpi --json`, the PDF and the XLSX all show the same figures to the cent.

The shop is tests/dashboard_shop.py's: the week 2024-03-08..14 against 03-01..07.
Worked out by hand there and in tests/unit/test_review.py:
  GMV 600.00 against 200.00: +400.00; 客单价 200.00; refunds 50.00, net sales 550.00;
  visitors 100 against 50, 支付转化率 3.00% against 4.00%;
  the change split: visitors +252.37, conversion -104.74, 客单价 +252.37.
"""

from __future__ import annotations

import json
import math
import shutil
import sqlite3
import subprocess
from datetime import date

import pytest
from dashboard_shop import BASE, WEEK, build_shop
from PySide6.QtPrintSupport import QPrintPreviewWidget
from python_calamine import CalamineWorkbook

from opsdesk_gui.cli import main
from opsdesk_gui.cli.report import pdf_pages
from opsdesk_gui.i18n import install
from opsdesk_gui.models.daily_cache import ensure_daily_cache
from opsdesk_gui.models.dashboard import compute_dashboard
from opsdesk_gui.views import printing
from opsdesk_gui.views.review_dialog import ReviewDialog

SHEETS_EN = ["Key figures", "Why GMV changed", "Trend per day", "Top products by sales",
             "Slowest products on shelf", "Channels and ad spend", "Refund reasons",
             "Most refunded products", "Unusual days"]
# by hand (module docstring), in cents
GMV, BASE_GMV, AOV, REFUNDS, NET_SALES = 60000, 20000, 20000, 5000, 55000
PARTS = [25237, -10474, 25237]


@pytest.fixture
def shop(shop_path):
    return build_shop(shop_path)


@pytest.fixture
def english():
    yield
    install("en")  # the language is process-wide: leave English behind


def report(capsys, *argv):
    code = main(["report", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def sheet(book, name) -> list[list]:
    return book.get_sheet_by_name(name).to_python()


# --- opsdesk report ---------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "end", "covers", "gmv"), [
    ("daily", "2024-03-12", "2024-03-12 .. 2024-03-12", "300.00"),        # C4 alone
    ("weekly", "2024-03-14", "2024-03-08 .. 2024-03-14", "600.00"),
    ("monthly", "2024-03-14", "2024-03-01 .. 2024-03-31", "800.00"),      # 200 + 600
])
def test_report_writes_the_pdf_and_the_workbook(capsys, english, shop, tmp_path, kind, end,
                                                covers, gmv):
    pdf, xlsx = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.xlsx"
    code, out, err = report(capsys, "--shop", str(shop), "--kind", kind, "--period-end", end,
                            "--pdf", str(pdf), "--xlsx", str(xlsx), "--language", "en")
    assert code == 0, err
    assert f"{kind} review {covers}: GMV {gmv} CNY" in out
    pages = pdf_pages(pdf)
    assert pages > 0 and f"({pages} pages)" in out
    assert CalamineWorkbook.from_path(str(xlsx)).sheet_names == SHEETS_EN
    text = pdf_text(pdf)
    assert covers in text and gmv in text


def test_report_in_chinese_embeds_its_fonts(capsys, english, shop, tmp_path):
    pdf = tmp_path / "w.pdf"
    code, _, err = report(capsys, "--shop", str(shop), "--kind", "weekly", "--period-end",
                          "2024-03-14", "--pdf", str(pdf), "--language", "zh_CN")
    assert code == 0, err
    assert "宝贝A" in pdf_text(pdf)  # a product title, drawn in a Chinese font
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils is not installed")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # the 'emb' column


def test_report_reads_a_read_only_shop_without_changing_a_byte(capsys, shop, tmp_path):
    import hashlib
    import sqlite3
    import subprocess

    with sqlite3.connect(shop) as conn:  # no fresh cache (as an older OpsDesk left it)
        conn.execute("DROP TABLE IF EXISTS cache_meta")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(shop.read_bytes()).hexdigest()
    if subprocess.run(["chattr", "+i", str(shop)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for this user here")
    try:
        code, _, err = report(capsys, "--shop", str(shop), "--kind", "daily",
                                "--period-end", "2024-03-12", "--pdf", str(tmp_path / "r.pdf"))
    finally:
        subprocess.run(["chattr", "-i", str(shop)], check=True)
    assert code == 0, err  # before: the cache was built in the shop file, which failed
    assert hashlib.sha256(shop.read_bytes()).hexdigest() == before


def test_report_refuses_a_bad_shop_date_or_folder(capsys, shop, tmp_path):
    pdf = tmp_path / "r.pdf"
    missing = tmp_path / "nothing.opsdesk"
    code, _, err = report(capsys, "--shop", str(missing), "--kind", "daily",
                          "--period-end", "2024-03-12", "--pdf", str(pdf))
    assert code == 2 and "nothing.opsdesk" in err and "does not exist" in err
    assert not missing.exists() and not pdf.exists()
    text_file = tmp_path / "notes.opsdesk"
    text_file.write_text("not a shop")
    code, _, err = report(capsys, "--shop", str(text_file), "--kind", "daily",
                          "--period-end", "2024-03-12", "--pdf", str(pdf))
    assert code == 2 and "notes.opsdesk" in err
    with pytest.raises(SystemExit) as exited:
        main(["report", "--shop", str(shop), "--kind", "weekly", "--period-end", "2024-02-30",
              "--pdf", str(pdf)])
    assert exited.value.code == 2 and "'2024-02-30' is not a date" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["report", "--shop", str(shop), "--kind", "yearly", "--period-end", "2024-03-12",
              "--pdf", str(pdf)])
    assert exited.value.code == 2 and "yearly" in capsys.readouterr().err
    code, _, err = report(capsys, "--shop", str(shop), "--kind", "daily", "--period-end",
                          "2024-03-12", "--pdf", str(tmp_path / "no-such-folder" / "r.pdf"))
    assert code == 2 and "no-such-folder" in err
    assert not pdf.exists()


# --- one shop, every way out, the same figures ------------------------------------------

def test_dashboard_cli_pdf_and_xlsx_agree_to_the_cent(capsys, english, shop, tmp_path):
    conn = sqlite3.connect(shop)
    try:
        ensure_daily_cache(conn)
        dashboard = compute_dashboard(conn, WEEK.period, BASE)
    finally:
        conn.close()
    now = dashboard.comparison.current
    assert (now.gmv, dashboard.comparison.base.gmv, now.aov) == (GMV, BASE_GMV, AOV)
    assert (now.refund_amount, now.net_sales) == (REFUNDS, NET_SALES)
    assert [part for _, part in dashboard.bridge.parts()] == PARTS

    assert main(["kpi", "--shop", str(shop), "--from", "2024-03-08", "--to", "2024-03-14",
                 "--compare", "previous", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["gmv"], doc["compare"]["gmv"], doc["aov"]) == ("600.00", "200.00", "200.00")
    assert (doc["refund_amount"], doc["net_sales"]) == ("50.00", "550.00")
    change = doc["change"]
    assert change["gmv_delta"] == "400.00"
    # ln 3 = ln 2 (visitors) + ln 0.75 (conversion) + ln 2 (客单价), to the 6 places printed
    assert change["gmv"] == round(math.log(3), 6)
    assert (change["visitors"], change["conversion"], change["aov"]) == (
        round(math.log(2), 6), round(math.log(0.75), 6), round(math.log(2), 6))
    assert change["visitors"] + change["conversion"] + change["aov"] == pytest.approx(
        change["gmv"], abs=2e-6)

    pdf, xlsx = tmp_path / "w.pdf", tmp_path / "w.xlsx"
    code, _, err = report(capsys, "--shop", str(shop), "--kind", "weekly", "--period-end",
                          "2024-03-14", "--pdf", str(pdf), "--xlsx", str(xlsx),
                          "--language", "en")
    assert code == 0, err
    book = CalamineWorkbook.from_path(str(xlsx))
    kpis = {row[0]: row[1:3] for row in sheet(book, "Key figures")[1:]}
    assert kpis["GMV (支付金额)"] == [600.0, 200.0]
    assert kpis["Spend per buyer (客单价)"] == [200.0, 100.0]
    assert kpis["Refunds (退款金额)"][0] == 50.0 and kpis["Net sales (净销售额)"][0] == 550.0
    split = sheet(book, "Why GMV changed")
    assert [row[4] for row in split[1:]] == [252.37, -104.74, 252.37, 400.0]

    lines = [" ".join(line.split()) for line in pdf_text(pdf).splitlines()]

    def line_of(start: str) -> str:
        return next(line for line in lines if line.startswith(start))

    assert line_of("GMV (支付金额)").startswith("GMV (支付金额) 600.00 200.00 +200.0%")
    assert line_of("Spend per buyer (客单价)").startswith("Spend per buyer (客单价) 200.00 100.00")
    assert "GMV changed by +400.00 (+200.0%)" in " ".join(lines)
    assert line_of("Visitors (访客数) 50").endswith("+252.37")
    assert line_of("Conversion (支付转化率) 4.00%").endswith("-104.74")
    assert line_of("Spend per buyer (客单价) 100.00").endswith("+252.37")


# --- the dialog -------------------------------------------------------------------------

@pytest.fixture
def dialog(qtbot, runner, shop):
    dialog = ReviewDialog(shop, ["taobao"], date(2024, 3, 14), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog  # closed by qtbot


def choose(dialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_the_dialog_says_what_the_review_covers(dialog):
    assert "2024-03-08 .. 2024-03-14 (7 days), compared with 2024-03-01 .. 2024-03-07" \
        in dialog.covers.text()
    choose(dialog, "monthly")
    assert "2024-03-01 .. 2024-03-31 (31 days), compared with 2024-02-01 .. 2024-02-29" \
        in dialog.covers.text()
    choose(dialog, "daily")
    assert dialog.covers.text().startswith("2024-03-14 .. 2024-03-14 (1 days)")


def test_the_dialog_saves_a_pdf_and_a_workbook(qtbot, dialog, tmp_path):
    choose(dialog, "monthly")
    pdf = tmp_path / "m.pdf"
    with qtbot.waitSignal(dialog.document_saved, timeout=30_000) as saved:
        dialog.save_pdf(pdf)
    assert saved.args == [str(pdf)]
    assert pdf_pages(pdf) > 0
    assert "2024-03-01 .. 2024-03-31" in pdf_text(pdf)
    xlsx = tmp_path / "m.xlsx"
    with qtbot.waitSignal(dialog.document_saved, timeout=30_000):
        dialog.save_xlsx(xlsx)
    book = CalamineWorkbook.from_path(str(xlsx))
    assert book.sheet_names == SHEETS_EN
    assert sheet(book, "Key figures")[1][1] == 800.0  # the month: 200.00 + 600.00
    assert str(xlsx) in dialog.status.text()


def test_the_dialog_shows_why_a_pdf_was_not_written(qtbot, dialog, tmp_path):
    target = tmp_path / "no-such-folder" / "w.pdf"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: "no-such-folder" in dialog.status.text(), timeout=30_000)
    assert not target.exists()


def test_the_preview_lays_out_the_review(qtbot, dialog, monkeypatch):
    opened = []
    original = printing.preview

    def recording_preview(*args, **kwargs):
        opened.append(original(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(printing, "preview", recording_preview)
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    preview = opened[0]
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 0, timeout=10_000)
    preview.close()
    # the same choices again: the review built for them is reused, nothing runs
    dialog.preview_button.click()
    assert len(opened) == 2 and not dialog.runner.busy
    opened[1].close()
