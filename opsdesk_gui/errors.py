"""Errors and warnings as codes with data, so the GUI can translate them.

Qt-free code never builds sentences for people except through `MESSAGES`, the one
table of English templates; the GUI looks the same code up in its translations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MESSAGES: dict[str, str] = {
    # shop file
    "not_a_shop": "{path} is not an OpsDesk shop file.",
    "newer_shop": "{path} was written by a newer OpsDesk (shop file version {found}, "
    "this program reads up to {supported}). Update OpsDesk to open it.",
    "no_such_mapping": "There is no saved mapping named '{name}' (saved: {known}).",
    "no_backup": "There is no import to undo for {path}.",
    # periods
    "bad_day": "'{value}' is not a date: write it as YYYY-MM-DD (e.g. 2024-03-31).",
    "period_reversed": "The period ends on {end}, before it starts on {start}.",
    # files
    "file_missing": "{file}: the file does not exist.",
    "file_empty": "{file}: the file is empty.",
    "file_truncated": "{file}: the file ends in the middle of its last row, so it was cut "
    "off while downloading or copying. Download it again.",
    "bad_encoding": "{file}: the text is neither UTF-8 nor GBK/GB18030 "
    "(it looks like {guess}). Save it again as UTF-8 or as the platform exported it.",
    "unsupported_type": "{file}: OpsDesk reads CSV, XLSX and XLS files, not '{suffix}'.",
    "unreadable_sheet": "{file}: the spreadsheet cannot be read ({detail}).",
    "no_header": "{file}: no header row with known column names was found in the first "
    "{rows} rows. Is this an export from the shop's back-office?",
    "unknown_preset": "{file}: OpsDesk does not recognise this export. Choose its kind "
    "with --preset, or map its columns with --map FIELD=HEADER.",
    "no_such_preset": "There is no preset named '{preset}'. Known presets: {known}.",
    "wrong_preset": "{file} does not look like a '{preset}' export but like a '{detected}' "
    "one: the columns {missing} are missing. Choose '{detected}', or another file.",
    "missing_column": "{file}: the required column '{column}' is missing "
    "(it may also be called {aliases}).",
    "bad_mapping": "The mapping names the column '{column}', which {file} does not have.",
    "unknown_field": "'{field}' is not a field OpsDesk imports. Fields: {known}.",
    "required_field": "The mapping must name a column for '{field}'.",
    # cells
    "bad_number": "{file}, row {row}, column '{column}': '{value}' is not a number.",
    "bad_money": "{file}, row {row}, column '{column}': '{value}' is not an amount of money.",
    "bad_date": "{file}, row {row}, column '{column}': '{value}' is not a date or time.",
    "id_destroyed": "{file}, row {row}, column '{column}': the ID '{value}' was turned into "
    "a rounded number by Excel and has lost digits. Export the file again from the "
    "back-office and import it without opening it in Excel (or import the XLSX).",
    "missing_id": "{file}, row {row}, column '{column}': the ID is empty.",
    "bad_period": "{file}, row {row}, column '{column}': '{value}' is not a date or a "
    "period such as 2026-11-01~2026-11-07 (ending on or after its start).",
    "no_period": "{file}: the period the figures cover is unknown: there is no 统计日期 "
    "column and no line such as '统计日期：2026-11-01~2026-11-07' above the header. "
    "Visitors only count within their period, so OpsDesk does not guess it: download the "
    "file again with its date line, or add a 统计日期 column.",
    "no_ad_channel": "{file}: the column '{column}' (or {aliases}) is missing, and neither "
    "the lines above the header nor the file name say which ad tool (直通车, 万相台, "
    "巨量千川 ...) the report comes from. Add a '{column}' column, or put the tool's name "
    "in the file name.",
    "negative_value": "{file}, row {row}, column '{column}': '{value}' is negative; "
    "a price, cost, stock or lead time cannot be below 0.",
    "cancelled": "The import was cancelled; the shop file is unchanged.",
    # warnings
    "float_id": "IDs written as decimals (such as 17850.0) were read as whole numbers",
    "missing_buyer": "rows without a buyer ID",
    "skipped_no_order": "rows without an order number were skipped",
    "skipped_blank": "blank rows were skipped",
    "skipped_no_qty": "rows without a quantity were skipped",
    "skipped_no_sku": "rows without a product code were skipped",
    "skipped_no_date": "rows without a date were skipped",
    "skipped_image_only": "rows that only add a product image were skipped",
    "skipped_no_buyer": "customers without an e-mail, phone or customer ID were skipped",
    "skipped_variable_parent": "parent rows of variable products were skipped "
    "(their variations are the products)",
    "skipped_no_refund": "rows without a refund number were skipped",
    "skipped_no_amount": "rows without an amount were skipped",
    "unknown_status": "unknown order statuses were read as 'paid' when a payment time is present",
    "already_imported": "this file was imported before; nothing was added",
    "returns_as_refunds": "lines with a negative quantity were recorded as refunds",
    "zero_qty": "lines with a quantity of 0 were skipped",
    "skipped_total": "total rows (合计/汇总) were skipped",
    "skipped_no_source": "rows without a traffic source were skipped",
    "skipped_no_channel": "rows without an ad channel were skipped",
    "ad_rows_summed": "rows for the same day, channel and campaign (a report by unit, "
    "keyword or creative) were added up",
}


# The same messages in Simplified Chinese, for the window when it speaks Chinese. A code
# missing here falls back to English.
MESSAGES_ZH: dict[str, str] = {}


def render(code: str, language: str = "en", **params: object) -> str:
    table = MESSAGES_ZH if language.startswith("zh") else MESSAGES
    template = table.get(code) or MESSAGES.get(code, code)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


@dataclass
class OpsDeskError(Exception):
    """A failure the user can act on: a code, its data, and where it happened."""

    code: str
    params: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return render(self.code, **self.params)

    def text(self, language: str) -> str:
        return render(self.code, language, **self.params)

    def __str__(self) -> str:
        return self.message


class ShopFileError(OpsDeskError):
    """The shop file cannot be opened as it is."""


class ImportFailed(OpsDeskError):
    """An import was refused; nothing was written."""


@dataclass
class RowWarning:
    """A counted warning of an import: what, how often, and the first row it happened on."""

    code: str
    count: int = 0
    row: int | None = None
    column: str | None = None

    @property
    def message(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        line = f"{self.count} × {render(self.code, language)}"
        if self.row is None:
            return line
        if language.startswith("zh"):
            column = f"，列“{self.column}”" if self.column else ""
            return f"{line}（首次出现在第 {self.row} 行{column}）"
        column = f", column '{self.column}'" if self.column else ""
        return f"{line} (first at row {self.row}{column})"

    def as_dict(self) -> dict:
        return {"code": self.code, "count": self.count, "row": self.row, "column": self.column}
