"""A corpus of bad or odd export files, written on demand, with the outcome each must
have: read exactly (as the clean Taobao 订单报表 of taobao_files reads), refused with a
named reason, or read with a named warning. Invented data only (taobao_files' buyers).

Each case writes its file into a folder and names its outcome; tests/unit/
test_hostile_files.py imports every one of them.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from exportfiles import write_csv
from taobao_files import ORDER_HEADER, ORDERS, write_orders

READ, REFUSED, WARNED = "read", "refused", "warned"
PAID = ORDER_HEADER.index("买家实际支付金额")
UNITS = ORDER_HEADER.index("宝贝总数量")
NOTE = ORDER_HEADER.index("买家留言")


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]  # writes the file into a folder, returns its path
    outcome: str  # READ | REFUSED | WARNED
    code: str | None = None  # the refusal's or the warning's code
    # the orders expected, from those of the clean file (order_id, status, paid_at, paid)
    expect: Callable[[list[tuple]], list[tuple]] | None = None
    preview: bool = True  # the import dialog's preview gives the same refusal


def _rows(change: Callable[[list[list]], None] | None = None) -> list[list]:
    rows = [list(r) for r in ORDERS]
    if change:
        change(rows)
    return rows


def _orders(name: str, change=None, **kwargs) -> Callable[[Path], Path]:
    return lambda folder: write_orders(folder / name, _rows(change), **kwargs)


def _text(name: str, delimiter: str, encoding: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(ORDER_HEADER)
        writer.writerows(ORDERS)
        data = buffer.getvalue().encode(encoding)
        if encoding == "utf-16-le":  # Excel's "Unicode text": UTF-16 with its BOM
            data = codecs.BOM_UTF16_LE + data
        (folder / name).write_bytes(data)
        return folder / name
    return make


def _sheets(name: str, sheets: list[tuple[str, list[list]]]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        import xlsxwriter

        workbook = xlsxwriter.Workbook(str(folder / name), {"strings_to_numbers": False,
                                                            "strings_to_formulas": False})
        for title, rows in sheets:
            sheet = workbook.add_worksheet(title)
            for r, row in enumerate(rows):
                sheet.write_row(r, 0, row)
        workbook.close()
        return folder / name
    return make


def _xlsx_with_cell(name: str, row: int, column: int) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        import xlsxwriter

        workbook = xlsxwriter.Workbook(str(folder / name), {"strings_to_numbers": False,
                                                            "strings_to_formulas": False})
        sheet = workbook.add_worksheet()
        sheet.write_row(0, 0, ORDER_HEADER)
        for r, values in enumerate(ORDERS, start=1):
            sheet.write_row(r, 0, values)
        sheet.write(row, column, "x")
        workbook.close()
        return folder / name
    return make


def _row_says_6(name: str) -> Callable[[Path], Path]:
    """A far cell (ZZ1048576) inside a row element that claims to be row 6."""
    def make(folder: Path) -> Path:
        source = _xlsx_with_cell("source.xlsx", 1_048_575, 701)(folder)
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(folder / name, "w") as new:
            for item in old.infolist():
                data = old.read(item)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data = data.replace(b'<row r="1048576"', b'<row r="6"')
                    data = data.replace(b'<dimension ref="A1:ZZ1048576"/>', b"")
                new.writestr(item, data)
        return folder / name
    return make


def _bytes(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data() if callable(data) else data)
        return folder / name
    return make


def _cut(name: str, at: Callable[[bytes], int]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        data = write_orders(folder / name, _rows()).read_bytes()
        (folder / name).write_bytes(data[: at(data)])
        return folder / name
    return make


def _cut_to_zeros(folder: Path) -> Path:
    """An interrupted download of the full size: its last 100 bytes never arrived."""
    data = write_orders(folder / "zeros.csv", _rows()).read_bytes()
    (folder / "zeros.csv").write_bytes(data[:-100] + b"\x00" * 100)
    return folder / "zeros.csv"


def _edit_text(name: str, edit: Callable[[str], str]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = write_orders(folder / name, _rows())
        path.write_bytes(edit(path.read_bytes().decode("gbk")).encode("gbk"))
        return path
    return make


def _folder(folder: Path) -> Path:
    (folder / "exports.csv").mkdir()
    return folder / "exports.csv"


def _set(row: int, column: int, value: str):
    def change(rows: list[list]) -> None:
        rows[row][column] = value
    return change


def _ids(value: Callable[[int], str]):
    def change(rows: list[list]) -> None:
        for n, row in enumerate(rows):
            row[0] = value(n)
    return change


def _duplicate_paid_column(folder: Path) -> Path:
    header = [*ORDER_HEADER, "买家实际支付金额"]
    rows = [[*r[:PAID], "0.00", *r[PAID + 1:], r[PAID]] for r in ORDERS]
    return write_csv(folder / "dup_column.csv", header, rows, encoding="gbk")


def _big5(folder: Path) -> Path:
    header = ["訂單編號", "買家會員名", "買家實際支付金額", "訂單狀態", "訂單付款時間"]
    rows = [["1001", "測試買家", "10.00", "交易成功", "2026-03-01 10:00:00"]] * 3
    return write_csv(folder / "big5.csv", header, rows, encoding="big5")


def _wide_header(folder: Path) -> Path:
    header = ORDER_HEADER + [f"列{i}" for i in range(100_052 - len(ORDER_HEADER))]
    return write_csv(folder / "wide.csv", header, [], encoding="utf-8")


def _web_page() -> bytes:
    cells = "".join(f"<td>{h}</td>" for h in ORDER_HEADER)
    return f"<html><body><table><tr>{cells}</tr></table></body></html>".encode()


def _damaged_xlsx(folder: Path) -> Path:
    whole = _sheets("whole.xlsx", [("Sheet1", [ORDER_HEADER, *ORDERS])])(folder).read_bytes()
    (folder / "damaged.xlsx").write_bytes(whole[: len(whole) // 2])
    return folder / "damaged.xlsx"


def _numeric_ids_xlsx(folder: Path) -> Path:
    """Order numbers typed in as numbers: the workbook holds 1.0000000000000002e17."""
    rows = [[float(r[0][2:-1]), *r[1:]] for r in ORDERS]
    return _sheets("numeric_ids.xlsx", [("Sheet1", [ORDER_HEADER, *rows])])(folder)


def _unit_in_header_twice(folder: Path) -> Path:
    header = [*ORDER_HEADER, "买家实际支付金额（元）"]  # the same column once normalised
    rows = [[*r, "0.00"] for r in ORDERS]
    return write_csv(folder / "dup_unit.csv", header, rows, encoding="gbk")


_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Sheet1">')
_ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _ods_row(values: list, repeat: int = 1, columns: int = 1) -> str:
    cells = "".join(
        f'<table:table-cell table:number-columns-repeated="{columns}" '
        f'office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
        for v in values)
    return f'<table:table-row table:number-rows-repeated="{repeat}">{cells}</table:table-row>'


def _ods(name: str, body: Callable[[], str]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            archive.writestr("content.xml", _ODS_HEAD + body() + _ODS_TAIL)
            archive.writestr("META-INF/manifest.xml", "<manifest/>")
        return folder / name
    return make


def _ods_as_libreoffice() -> str:
    """Rows as LibreOffice writes them: each ends with its empty cells up to column
    1024, and empty rows repeated to the sheet's last row follow the data."""
    empty_cells = '<table:table-cell table:number-columns-repeated="1004"/>'
    rows = "".join(_ods_row(r).replace("</table:table-row>", empty_cells + "</table:table-row>")
                   for r in [ORDER_HEADER, *ORDERS])
    return (rows + '<table:table-row table:number-rows-repeated="1048571">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')


def _ods_repeat_bomb() -> str:
    return _ods_row(ORDER_HEADER[:3]) + _ods_row(["x"], repeat=20_000, columns=1_000)


def _first_paid_negative(orders: list[tuple]) -> list[tuple]:
    first = orders[0]
    return [(*first[:3], -first[3]), *orders[1:]]


def _last_row_wins(orders: list[tuple]) -> list[tuple]:
    first = orders[0]
    return [(*first[:3], 1), *orders[1:]]


def _no_separators(orders: list[tuple]) -> list[tuple]:
    return sorted((f"12345678901{n}", *o[1:]) for n, o in enumerate(orders))


def _repeat_first_order(rows: list[list]) -> None:
    again = list(rows[0])
    again[PAID] = "0.01"
    rows.append(again)


def _longer_first_row(rows: list[list]) -> None:
    rows[0].append("多出来的值")


def _longer_third_row(rows: list[list]) -> None:
    rows[2].append("多出来的值")


def _short_row(rows: list[list]) -> None:
    del rows[1][UNITS]


CASES: tuple[Case, ...] = (
    # read exactly as the clean export
    Case("gbk_csv", _orders("ExportOrderList.csv"), READ),
    Case("utf8_bom", _orders("bom.csv", encoding="utf-8", bom=True), READ),
    Case("unicode_text_tab_utf16", _text("unicode.txt", "\t", "utf-16-le"), READ),
    Case("semicolons", _text("semicolons.csv", ";", "gbk"), READ),
    Case("no_extension", _orders("ExportOrderList"), READ),
    Case("xlsx_named_csv", _sheets("named.csv", [("Sheet1", [ORDER_HEADER, *ORDERS])]), READ),
    Case("xlsx_two_sheets", _sheets("two.xlsx", [("Sheet1", [ORDER_HEADER, *ORDERS[:2]]),
                                                 ("Sheet2", [ORDER_HEADER, *ORDERS[2:]])]),
         READ),
    Case("xlsx_second_sheet_only", _sheets("second.xlsx", [
        ("Sheet1", []), ("订单", [ORDER_HEADER, *ORDERS])]), READ),
    Case("long_note_in_first_row", _orders("note.csv", _set(0, NOTE, "谢" * 200_000)), READ),
    Case("old_mac_line_ends", _edit_text("cr.csv", lambda t: t.replace("\r\n", "\r")),
         READ),
    Case("xlsx_named_xls", _sheets("ExportOrderList.xls", [("Sheet1", [ORDER_HEADER,
                                                                      *ORDERS])]), READ),
    Case("ods_as_libreoffice_writes", _ods("orders.ods", _ods_as_libreoffice), READ),
    Case("currency_signs", _orders("yuan.csv", _set(0, PAID, "￥110.00")), READ),
    Case("trailing_delimiters", _edit_text("trailing.csv",
                                           lambda t: t.replace("\r\n", ",\r\n")), READ),
    # read, with a warning saying what was assumed
    Case("xlsx_notes_sheet", _sheets("notes.xlsx", [("Sheet1", [ORDER_HEADER, *ORDERS]),
                                                    ("说明", [["导出说明"], ["金额单位：元"]])]),
         WARNED, "sheet_skipped"),
    Case("negative_paid", _orders("negative.csv", _set(0, PAID, "-110.00")), WARNED,
         "negative_amount", _first_paid_negative),
    Case("order_twice", _orders("twice.csv", _repeat_first_order), WARNED, "duplicate_order",
         _last_row_wins),
    Case("ids_with_separators", _orders("sep.csv", _ids(
        lambda n: f"123,456,789,01{n}")), WARNED, "id_separators", _no_separators),
    # refused with the reason named
    Case("empty", _bytes("empty.csv", b""), REFUSED, "file_empty"),
    Case("header_only", lambda f: write_orders(f / "header.csv", []), REFUSED, "file_empty",
         preview=False),  # the preview shows the header and no rows
    Case("bom_only", _bytes("bom_only.csv", b"\xef\xbb\xbf"), REFUSED, "file_empty"),
    Case("folder", _folder, REFUSED, "not_a_file"),
    Case("missing", lambda f: f / "gone.csv", REFUSED, "file_missing"),
    Case("pdf", _bytes("orders.pdf", b"%PDF-1.4\n"), REFUSED, "unsupported_type"),
    Case("html_as_xls", _bytes("ExportOrderList.xls", _web_page), REFUSED, "web_page"),
    Case("big5", _big5, REFUSED, "big5_text"),
    Case("nul_bytes", _edit_text("nul.csv", lambda t: t.replace("测试小店", "测试\0小店")),
         REFUSED, "nul_byte"),
    Case("download_ending_in_zeros", _cut_to_zeros, REFUSED, "nul_byte"),
    Case("binary", _bytes("junk.csv", lambda: random.Random(7).randbytes(4000) + b"\n"),
         REFUSED, "bad_encoding"),
    # the last cell ends in 元, two bytes in GBK: cut between them
    Case("gbk_cut_mid_character", _cut("cut_char.csv", lambda d: len(d.rstrip(b"\r\n")) - 1),
         REFUSED, "file_truncated"),
    Case("cut_in_last_field", _cut("cut_field.csv", lambda d: len(d) - 4), REFUSED,
         "no_final_line_break"),
    Case("cut_mid_row", _cut("cut_row.csv", lambda d: len(d) - 60), REFUSED,
         "file_truncated"),
    Case("short_row_mid_file", _orders("short.csv", _short_row), REFUSED, "row_width"),
    Case("longer_first_row", _orders("longer.csv", _longer_first_row), REFUSED, "row_width"),
    Case("longer_row_mid_file", _orders("longer3.csv", _longer_third_row), REFUSED,
         "row_width"),
    Case("column_twice", _duplicate_paid_column, REFUSED, "duplicate_column"),
    Case("excel_rounded_ids", _orders("rounded.csv", _ids(
        lambda n: f"10000000000000{n}000")), REFUSED, "id_rounded"),
    Case("rounded_ids_with_separators", _orders("rounded_sep.csv", _ids(
        lambda n: f"100,000,000,000,00{n},000")), REFUSED, "id_rounded"),
    Case("xlsx_numeric_ids", _numeric_ids_xlsx, REFUSED, "id_destroyed"),
    Case("column_twice_once_normalised", _unit_in_header_twice, REFUSED, "duplicate_column"),
    Case("excel_scientific_ids", _orders("sci.csv", _set(1, 0, "1.00000E+17")), REFUSED,
         "id_destroyed"),
    Case("amount_1e400", _orders("1e400.csv", _set(0, PAID, "1e400")), REFUSED,
         "number_too_large"),
    Case("quantity_beyond_int64", _orders("qty.csv", _set(0, UNITS, "99999999999999999999")),
         REFUSED, "number_too_large"),
    Case("decimal_comma", _orders("comma.csv", _set(1, PAID, "59,90")), REFUSED, "bad_money"),
    Case("bad_cell_of_1mb", _orders("mb.csv", _set(1, PAID, "x" * (1 << 20))), REFUSED,
         "bad_money"),
    Case("far_cell_xfd", _xlsx_with_cell("far.xlsx", 1_048_575, 16_383), REFUSED,
         "too_many_columns"),
    Case("far_cell_in_a_lying_row", _row_says_6("lying.xlsx"), REFUSED, "sheet_too_large"),
    Case("far_cell_z", _xlsx_with_cell("far_z.xlsx", 1_048_575, 25), REFUSED, "far_cell"),
    Case("wide_header", _wide_header, REFUSED, "too_many_columns"),
    Case("ods_repeat_bomb", _ods("bomb.ods", _ods_repeat_bomb), REFUSED, "cells_repeated"),
    Case("damaged_xlsx", _damaged_xlsx, REFUSED, "damaged_workbook"),
)


def zip_bomb(path: Path, inflated: int = 1_150 << 20) -> Path:
    """An XLSX whose sheet is one row repeated until it inflates to `inflated` bytes
    (packed, a few MB): the size of the issue's 1.15 GB case."""
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = row * ((1 << 20) // len(row))
            written = 0
            while written < inflated:
                sheet.write(block)
                written += len(block)
    return path


def write_case_text(path: Path, rows: int) -> Path:
    """A Taobao 订单报表 of `rows` orders (for sizes)."""
    base = ORDERS[0]
    return write_orders(path, [[f'="{100000000000000000 + n}"', *base[1:]]
                               for n in range(rows)])

