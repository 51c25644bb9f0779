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
    "bad_ab_counts": "A/B test: visitors and buyers must be counts, with no more buyers "
    "than visitors (A: {buyers_a} of {visitors_a}, B: {buyers_b} of {visitors_b}).",
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
    # title checks (models/titles)
    "title_replace": "'{text}' is an absolute claim the Advertising Law bans: write "
    "'{replacement}' instead, or remove it.",
    "title_remove": "'{text}' is an absolute claim the Advertising Law bans: remove it.",
    "title_repeat": "'{text}' occurs {count} times (keyword stuffing): remove this repeat.",
    "title_repeat_adjacent": "'{text}' is repeated back to back (keyword stuffing): "
    "remove this repeat.",
    "title_too_long": "The title is {bytes} bytes, {over} over the limit of {limit} (a Chinese "
    "character counts 2): cut {over} bytes; as it stands, '{text}' at the end does not fit.",
    "title_too_long_fixable": "The title is {bytes} bytes, {over} over the limit of {limit} "
    "(a Chinese character counts 2): removing the repeats and banned words flagged saves "
    "{saved} bytes, enough to fit; otherwise '{text}' at the end does not fit.",
    # customers (models/customer_orders.py)
    "mixed_currencies": "The buyers paid in several currencies ({currencies}), which are "
    "never added together: choose a platform or a currency.",
    # lifetime value (models/clv.py)
    "clv_no_buyers": "No buyer bought on or before the calibration end: choose a later day.",
    "clv_no_repeat_buyers": "Fewer than two buyers bought again before the calibration end, "
    "so the value of a purchase cannot be estimated: choose a later day.",
    "clv_not_converged": "The lifetime-value model found no stable fit for these buyers "
    "(too few repeat purchases, or a pattern the model does not describe); no figures are "
    "shown.",
    "clv_no_mean_value": "The spend model gives no finite average value for these buyers "
    "(a few very large purchases dominate); no figures are shown.",
    "clv_nonsense": "The lifetime-value model gave impossible figures (negative or infinite "
    "values); no figures are shown.",
}


# The same messages in Simplified Chinese, for the window when it speaks Chinese. A code
# missing here falls back to English.
MESSAGES_ZH: dict[str, str] = {
    # shop file
    "not_a_shop": "{path} 不是 OpsDesk 店铺文件。",
    "newer_shop": "{path} 由更新版本的 OpsDesk 写入（店铺文件版本 {found}，本程序最高只能读取 "
    "{supported}）。请升级 OpsDesk 后再打开。",
    "no_such_mapping": "没有名为“{name}”的已保存列对应（已保存：{known}）。",
    "no_backup": "{path} 没有可以撤销的导入。",
    # periods
    "bad_day": "“{value}”不是日期：请按 YYYY-MM-DD 格式填写（例如 2024-03-31）。",
    "period_reversed": "统计周期的结束日期 {end} 早于开始日期 {start}。",
    "bad_ab_counts": "A/B 测试：访客数和买家数须为非负整数，且买家数不能多于访客数"
    "（A：{visitors_a} 访客 {buyers_a} 买家，B：{visitors_b} 访客 {buyers_b} 买家）。",
    # files
    "file_missing": "{file}：文件不存在。",
    "file_empty": "{file}：文件是空的。",
    "file_truncated": "{file}：文件在最后一行的中途结束，说明下载或复制时被截断了。请重新下载。",
    "bad_encoding": "{file}：文本既不是 UTF-8 也不是 GBK/GB18030 编码（看起来像 {guess}）。"
    "请另存为 UTF-8，或使用平台导出的原始文件。",
    "unsupported_type": "{file}：OpsDesk 只能读取 CSV、XLSX 和 XLS 文件，不支持“{suffix}”。",
    "unreadable_sheet": "{file}：无法读取这个表格（{detail}）。",
    "no_header": "{file}：前 {rows} 行中没有找到包含已知列名的表头行。这是从店铺后台导出的文件吗？",
    "unknown_preset": "{file}：OpsDesk 无法识别这个导出文件。请用 --preset 指定报表类型，"
    "或用 --map 字段=列名 自行对应各列。",
    "no_such_preset": "没有名为“{preset}”的报表类型。已知类型：{known}。",
    "wrong_preset": "{file} 看起来不是“{preset}”报表，而是“{detected}”报表：缺少列 {missing}。"
    "请选择“{detected}”，或换一个文件。",
    "missing_column": "{file}：缺少必需的列“{column}”（也可能叫 {aliases}）。",
    "bad_mapping": "列对应中指定了“{column}”列，但 {file} 中没有这一列。",
    "unknown_field": "“{field}”不是 OpsDesk 可导入的字段。可用字段：{known}。",
    "required_field": "必须为“{field}”指定一列。",
    # cells
    "bad_number": "{file} 第 {row} 行“{column}”列：“{value}”不是数字。",
    "bad_money": "{file} 第 {row} 行“{column}”列：“{value}”不是金额。",
    "bad_date": "{file} 第 {row} 行“{column}”列：“{value}”不是日期或时间。",
    "id_destroyed": "{file} 第 {row} 行“{column}”列：编号“{value}”被 Excel 转成了四舍五入的数字，"
    "已丢失位数。请从后台重新导出，不要用 Excel 打开，直接导入（或改为导入 XLSX 文件）。",
    "missing_id": "{file} 第 {row} 行“{column}”列：编号为空。",
    "bad_period": "{file} 第 {row} 行“{column}”列：“{value}”既不是日期，也不是 "
    "2026-11-01~2026-11-07 这样的统计周期（结束日期不能早于开始日期）。",
    "no_period": "{file}：不知道这些数据的统计周期：没有“统计日期”列，表头上方也没有"
    "“统计日期：2026-11-01~2026-11-07”这样的行。访客数只在其统计周期内有效，所以 OpsDesk "
    "不会猜测：请重新下载带日期行的文件，或添加“统计日期”列。",
    "no_ad_channel": "{file}：缺少“{column}”列（或 {aliases}），表头上方的行和文件名也看不出"
    "报表来自哪个推广工具（直通车、万相台、巨量千川……）。请添加“{column}”列，"
    "或在文件名中写上推广工具的名称。",
    "negative_value": "{file} 第 {row} 行“{column}”列：“{value}”是负数；价格、成本、库存和"
    "补货周期都不能小于 0。",
    "cancelled": "导入已取消，店铺文件未作改动。",
    # warnings
    "float_id": "写成小数的编号（如 17850.0）已按整数读取",
    "missing_buyer": "没有买家 ID 的行",
    "skipped_no_order": "没有订单编号的行已跳过",
    "skipped_blank": "空行已跳过",
    "skipped_no_qty": "没有数量的行已跳过",
    "skipped_no_sku": "没有商家编码的行已跳过",
    "skipped_no_date": "没有日期的行已跳过",
    "skipped_image_only": "只有商品图片的行已跳过",
    "skipped_no_buyer": "没有邮箱、手机号或客户 ID 的客户已跳过",
    "skipped_variable_parent": "多规格商品的父行已跳过（其下各规格才是商品）",
    "skipped_no_refund": "没有退款编号的行已跳过",
    "skipped_no_amount": "没有金额的行已跳过",
    "unknown_status": "无法识别的订单状态：有付款时间的按“已付款”处理",
    "already_imported": "此文件之前已导入过，没有新增任何数据",
    "returns_as_refunds": "数量为负数的行已记为退款",
    "zero_qty": "数量为 0 的行已跳过",
    "skipped_total": "合计/汇总行已跳过",
    "skipped_no_source": "没有流量来源的行已跳过",
    "skipped_no_channel": "没有推广渠道的行已跳过",
    "ad_rows_summed": "同一天、同一渠道、同一推广计划的多行（按单元、关键词或创意拆分的报表）"
    "已合并相加",
    # title checks (models/titles)
    "title_replace": "“{text}”是广告法禁止的绝对化用语：改为“{replacement}”，或删除。",
    "title_remove": "“{text}”是广告法禁止的绝对化用语：请删除。",
    "title_repeat": "“{text}”出现了 {count} 次（关键词堆砌）：删除这一处重复。",
    "title_repeat_adjacent": "“{text}”紧接着重复出现（关键词堆砌）：删除这一处重复。",
    "title_too_long": "标题 {bytes} 字节，超出上限 {limit} 字节 {over} 字节（一个汉字算 2 字节）："
    "请删减 {over} 字节；按现在的写法，末尾的“{text}”放不下。",
    "title_too_long_fixable": "标题 {bytes} 字节，超出上限 {limit} 字节 {over} 字节（一个汉字算 2 "
    "字节）：删除标出的重复词和违禁词可省 {saved} 字节，足以放下；否则末尾的“{text}”放不下。",
    # customers (models/customer_orders.py)
    "mixed_currencies": "买家以多种货币付款（{currencies}），不同货币从不相加："
    "请选择一个平台或一种货币。",
    # lifetime value (models/clv.py)
    "clv_no_buyers": "校准截止日之前没有买家购买：请选择更晚的日期。",
    "clv_no_repeat_buyers": "校准截止日之前复购的买家少于两位，无法估计每次购买的金额："
    "请选择更晚的日期。",
    "clv_not_converged": "生命周期价值模型对这些买家找不到稳定的拟合（复购太少，或购买规律不符合"
    "模型），因此不显示数值。",
    "clv_no_mean_value": "消费金额模型对这些买家给不出有限的平均金额（少数特别大的订单占了主导），"
    "因此不显示数值。",
    "clv_nonsense": "生命周期价值模型给出了不可能的数值（负数或无穷大），因此不显示数值。",
}


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
