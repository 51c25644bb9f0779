"""A download cut anywhere in its last two rows is refused, or reads exactly the rows it
still holds: never a shortened value (40.90 read as 4.00) or a row missing a field.

Each platform's representative export (the files the preset tests build) is cut at
every byte from the start of its third-last line to its end; every cut is read and
cleaned as the import does (without a shop file, for speed).
"""

import pandas as pd
import pytest
import test_presets_shopify_woo as shopify_woo
from test_presets_cn import _files

from opsdesk_gui.errors import ImportFailed
from opsdesk_gui.importers.pipeline import FileReport, clean_chunk
from opsdesk_gui.importers.preset import all_known_headers, get_preset
from opsdesk_gui.importers.reading import IrregularRows, open_source

EXTRA = {
    "shopify_orders": ("orders_export_1.csv", shopify_woo.ORDER_HEADER, shopify_woo.ORDERS),
    "shopify_customers": ("customers_export.csv", shopify_woo.CUSTOMER_HEADER,
                          shopify_woo.CUSTOMERS),
    "woocommerce_products": ("wc-product-export.csv", shopify_woo.WOO_HEADER,
                             shopify_woo.WOO),
}
CSV_EXPORTS = ("taobao_orders", "taobao_lines", "taobao_refunds", "douyin_orders",
               "pdd_orders", "jd_orders", *EXTRA)


def export(name: str, folder):
    if name in EXTRA:
        file, header, records = EXTRA[name]
        return shopify_woo.write_dicts(folder / file, header, records)
    return _files(folder)[name]


def read_cleaned(path, preset_name: str) -> pd.DataFrame:
    source = open_source(path, all_known_headers())
    preset = get_preset(preset_name)
    preset.check_required(source.header, path.name)
    resolved = preset.resolve(source.header)
    report = FileReport(path.name, preset.name, preset.kind)
    try:
        frames = [clean_chunk(c, preset, resolved, report) for c in source.chunks()]
    except IrregularRows:
        source.fast_csv = False
        frames = [clean_chunk(c, preset, resolved, report) for c in source.chunks()]
    return pd.concat(frames).reset_index(drop=True)


def start_of_last_lines(data: bytes, lines: int = 3) -> int:
    position = len(data) - 1  # the final line break
    for _ in range(lines):
        position = data.rindex(b"\n", 0, position)
    return position + 1


@pytest.mark.parametrize("name", CSV_EXPORTS)
def test_every_cut_of_the_last_rows_is_refused_or_reads_unchanged(name, tmp_path):
    whole_path = export(name, tmp_path)
    data = whole_path.read_bytes()
    whole = read_cleaned(whole_path, name)
    assert len(whole) >= 3
    cut_path = tmp_path / f"cut{whole_path.suffix}"
    outcomes = {"refused": 0, "read": 0}
    for end in range(start_of_last_lines(data), len(data)):
        cut_path.write_bytes(data[:end])
        try:
            part = read_cleaned(cut_path, name)
        except ImportFailed:
            outcomes["refused"] += 1
            continue
        outcomes["read"] += 1
        assert len(part) <= len(whole), end
        if part.empty:  # the header alone is left: the import says "empty"
            continue
        pd.testing.assert_frame_equal(part, whole.iloc[: len(part)], obj=f"cut at {end}")
    # cuts inside the last row are refused; the file without its final line feed reads
    assert outcomes["refused"] > 0 and outcomes["read"] > 0, outcomes


def test_every_cut_of_a_workbook_is_refused(tmp_path):
    data = _files(tmp_path)["kuaishou_orders"].read_bytes()
    cut_path = tmp_path / "cut.xlsx"
    for end in range(4, len(data), max(len(data) // 60, 1)):  # from its zip signature on
        cut_path.write_bytes(data[:end])
        with pytest.raises(ImportFailed) as info:
            read_cleaned(cut_path, "kuaishou_orders")
        assert info.value.code in ("damaged_workbook", "unreadable_sheet", "file_empty")
