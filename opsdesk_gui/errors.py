"""Errors and warnings as codes with data, so the GUI can translate them.

Qt-free code never builds sentences for people except through `MESSAGES`, the one
table of English templates; the GUI looks the same code up in its translations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MESSAGES: dict[str, str] = {
    # shop file
    "not_a_shop": "{path} is not an OpsDesk shop file.",
    "older_shop": "{path} was written by an older OpsDesk (shop file version {found}; this "
    "one reads version {supported}). Open it once in the OpsDesk window, which brings it up "
    "to date, then run this again.",
    "newer_shop": "{path} was written by a newer OpsDesk (shop file version {found}, "
    "this program reads up to {supported}). Update OpsDesk to open it.",
    "no_such_mapping": "There is no saved mapping named '{name}' (saved: {known}).",
    "no_backup": "There is no import to undo for {path}.",
    "shop_missing": "{path} does not exist.",
    "shop_is_folder": "{path} is a folder, not a shop file: choose the .opsdesk file.",
    "shop_damaged": "{path} is damaged ({detail}). Nothing was written to it. Restore a "
    "snapshot (File > Backups…, or opsdesk undo --list, then --restore) or a copy you "
    "keep elsewhere.",
    "shop_read_only": "{path} cannot be written (the file or its folder is read-only). "
    "It can still be read; to import or edit, copy it to a folder you can write to.",
    "shop_unreadable": "{path} cannot be read: permission denied.",
    "shop_busy": "{path} is being written by {holder} (process {pid} on {host}) since "
    "{since}. Wait until that has finished, then try again.",
    "snapshot_damaged": "The snapshot {path} is damaged or incomplete ({detail}). The shop "
    "was not changed.",
    "snapshot_missing": "The snapshot taken before import {import_id} is missing, so that "
    "import cannot be undone. The shop was not changed.",
    "undo_changed": "The shop had another import after you confirmed, so nothing was "
    "undone. Try again.",
    "disk_full": "The disk is full: {path} could not be written. Nothing was changed; free "
    "some space and try again.",
    "write_failed": "{path} could not be written ({detail}). Nothing was changed.",
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
    "not_a_file": "{file} is a folder, not a file. Choose the export files inside it.",
    "file_unreadable": "{file}: OpsDesk may not read this file (it is locked by another "
    "program, or your account lacks the permission). Close the program that has it open, "
    "or copy the file to your Documents folder, and import the copy.",
    "web_page": "{file} is a web page (HTML) saved under a spreadsheet's name, not a "
    "workbook. Open it in Excel or WPS and save it as XLSX (or CSV), then import that.",
    "damaged_workbook": "{file}: the workbook is damaged or was cut off while "
    "downloading. Download it again.",
    "workbook_inflates": "{file}: this {packed} workbook unpacks to {inflated}, far more "
    "than an export's rows take; OpsDesk does not open it. Download the export again, "
    "or export it as CSV.",
    "too_many_columns": "{file}: the sheet has {found} columns, more than the {limit} an "
    "export can have. Is this the platform's export? Download it again, or delete the "
    "columns that are not part of it.",
    "sheet_too_large": "{file}: the sheet spans {cells} cells, more than the {limit} "
    "OpsDesk reads from one sheet. Export a shorter period, or export as CSV.",
    "cells_repeated": "{file}: the sheet repeats a few cells into {cells}, far more "
    "than an export holds; OpsDesk does not open it. Export the file again (as XLSX or "
    "CSV).",
    "far_cell": "{file}: the sheet reaches to cell {cell}, far beyond its data (something "
    "such as a format or a space sits there). Delete the empty rows and columns after "
    "the data, or copy the data into a new workbook, save, and import again.",
    "no_final_line_break": "{file}: the file does not end with a line break, so its "
    "last row may have been cut off while downloading or copying. Download it again. "
    "(If you made the file yourself, end it with a line break.)",
    "row_width": "{file}, row {row}: the row has {found} fields but the header has "
    "{expected}, so its values cannot be matched to their columns. The file was cut or "
    "edited by hand: download it again.",
    "nul_byte": "{file}, line {row}: the file holds zero bytes (NUL) where text should "
    "be, as an interrupted download leaves. Download it again.",
    "cell_too_long": "{file}, row {row}: a cell holds millions of characters, which no "
    "export does. Download the file again.",
    "big5_text": "{file} is written in Big5 (Traditional Chinese). OpsDesk reads the "
    "exports of the mainland back-offices (UTF-8 or GBK, simplified headers): export "
    "the file again from the back-office.",
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
    "id_rounded": "{file}, row {row}, column '{column}': the ID '{value}' ends in zeros "
    "where Excel rounds a long number to 15 digits, so different orders may now share "
    "one ID. Export the file again from the back-office and import it without opening "
    "it in Excel (or import the XLSX).",
    "number_too_large": "{file}, row {row}, column '{column}': '{value}' is far too large "
    "for an amount or a count. Check the cell and download the file again.",
    "duplicate_column": "{file}: the column '{column}' appears {count} times, so OpsDesk "
    "cannot tell which one holds the figures. Delete the copies that are not the "
    "export's and import again.",
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
    "interrupted": "Interrupted: nothing was imported; the shop file is unchanged.",
    "interrupted_saved": "Interrupted after the import was saved: the files are in the "
    "shop file ('opsdesk undo' takes them out again).",
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
    "sheet_skipped": "a sheet with data but without this export's header row was not read",
    "id_separators": "IDs written with thousands separators (1,234,567) were read "
    "without them",
    "negative_amount": "negative amounts paid were read as they are (they lower the "
    "sales figures)",
    "duplicate_order": "an order (or order line) on several rows with different values: "
    "the last row was kept",
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
    # campaigns (models/campaigns)
    "no_such_campaign": "There is no campaign named '{name}' in {path}.",
    "bad_offer": "'{value}' is not a valid offer ({detail}).",
    "sheet_no_product_column": "{file}: a registration sheet needs a column 商品ID, 商家编码 "
    "or SKU to say which product each row is.",
    "unknown_product": "{file}, row {row}, column '{column}': the product '{value}' is not in "
    "the shop's catalogue. Import the product list first, or correct the ID.",
    "sheet_needs_platform": "The shop sells on {platforms}: say with --platform which one the "
    "registration sheet is for.",
    "campaign_exists": "{path} already has a campaign named '{name}': choose another name.",
    "calendar_no_name": "An event needs a name.",
    "calendar_phases": "{name}: the day {then} comes before {first}. The phases run in this "
    "order: registration deadline, warm-up, peak from, peak until, encore until.",
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
    "bad_target_factor": "The target of {phase} on {platform} cannot be saved: visitors and "
    "客单价 must be 0 or more, conversion and the new buyers' share between 0 % and 100 %.",
    "file_gone": "{file} could not be read: it was moved or deleted after it was chosen. "
    "Nothing was imported; put it back and import it again.",
}


# The same messages in Simplified Chinese, for the window when it speaks Chinese. A code
# missing here falls back to English.
MESSAGES_ZH: dict[str, str] = {
    # shop file
    "not_a_shop": "{path} 不是 OpsDesk 店铺文件。",
    "older_shop": "{path} 由旧版本的 OpsDesk 写入（店铺文件版本 {found}，"
    "本程序读取版本 {supported}）。请先在 OpsDesk 窗口中打开一次（会自动升级），再运行此命令。",
    "newer_shop": "{path} 由更新版本的 OpsDesk 写入（店铺文件版本 {found}，本程序最高只能读取 "
    "{supported}）。请升级 OpsDesk 后再打开。",
    "no_such_mapping": "没有名为“{name}”的已保存列对应（已保存：{known}）。",
    "no_backup": "{path} 没有可以撤销的导入。",
    "shop_missing": "{path} 不存在。",
    "shop_is_folder": "{path} 是文件夹，不是店铺文件：请选择 .opsdesk 文件。",
    "shop_damaged": "{path} 已损坏（{detail}），没有向其写入任何内容。请恢复一个备份"
    "（“文件 > 备份…”，或 opsdesk undo --list 后用 --restore），或使用您另外保存的副本。",
    "shop_read_only": "{path} 无法写入（文件或所在文件夹是只读的）。仍可读取；如需导入或编辑，"
    "请把它复制到可写的文件夹。",
    "shop_unreadable": "{path} 无法读取：没有权限。",
    "shop_busy": "{path} 正在被 {holder}（计算机 {host} 上的进程 {pid}）写入，开始于 {since}。"
    "请等它完成后再试。",
    "snapshot_damaged": "快照 {path} 已损坏或不完整（{detail}），店铺文件未作改动。",
    "snapshot_missing": "导入 {import_id} 之前的快照不见了，因此无法撤销这次导入。"
    "店铺文件未作改动。",
    "undo_changed": "店铺在确认后又有了新的导入，因此没有撤销任何内容。请重新操作。",
    "disk_full": "磁盘已满：无法写入 {path}。没有任何改动；请腾出空间后再试。",
    "write_failed": "无法写入 {path}（{detail}）。没有任何改动。",
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
    "not_a_file": "{file} 是文件夹，不是文件。请选择其中的导出文件。",
    "file_unreadable": "{file}：OpsDesk 没有权限读取这个文件"
    "（可能被其他程序占用，或当前账户没有权限）。请关闭打开它的程序，或把文件复制到“文档”文件夹后导入副本。",
    "web_page": "{file} 是一个以表格文件名保存的网页（HTML），不是工作簿。请用 Excel 或 WPS 打开，"
    "另存为 XLSX（或 CSV）后再导入。",
    "damaged_workbook": "{file}：工作簿已损坏，或下载时被截断。请重新下载。",
    "workbook_inflates": "{file}：这个 {packed} 的工作簿解压后有 {inflated}，"
    "远超导出数据应有的大小，OpsDesk 不会打开它。请重新下载导出文件，或改为导出 CSV。",
    "too_many_columns": "{file}：表格有 {found} 列，超过导出文件可能有的 {limit} 列。这是平台导出的"
    "文件吗？请重新下载，或删除不属于导出的列。",
    "sheet_too_large": "{file}：表格范围有 {cells} 个单元格，超过 OpsDesk 单个工作表能读取的 "
    "{limit} 个。请缩短导出的时间段，或导出为 CSV。",
    "cells_repeated": "{file}：表格把少数几个单元格重复成了 {cells} 个，远超导出文件应有的数量，"
    "OpsDesk 不会打开它。请重新导出（XLSX 或 CSV 格式）。",
    "far_cell": "{file}：表格一直延伸到 {cell} 单元格，"
    "远超数据所在范围（那里有格式或空格之类的内容）。请删除数据之后的空行和空列，或把数据复制到新工作簿，保存后再导入。",
    "no_final_line_break": "{file}：文件末尾没有换行，"
    "最后一行可能在下载或复制时被截断了。请重新下载。（如果是您自己制作的文件，请在末尾加一个换行。）",
    "row_width": "{file} 第 {row} 行：这一行有 {found} 个字段，而表头有 {expected} 个，"
    "无法把值对应到各列。文件被截断或被手工改动过：请重新下载。",
    "nul_byte": "{file} 第 {row} 行：文件中本应是文字的地方出现了零字节（NUL），"
    "这是下载中断留下的。请重新下载。",
    "cell_too_long": "{file} 第 {row} 行：有一个单元格长达数百万字符，导出文件不会这样。"
    "请重新下载。",
    "big5_text": "{file} 是 Big5（繁体中文）编码。OpsDesk 读取的是大陆各平台后台的导出文件"
    "（UTF-8 或 GBK 编码、简体表头）：请从后台重新导出。",
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
    "id_rounded": "{file} 第 {row} 行“{column}”列：编号“{value}”的末尾是 0，正是 Excel 把长数字"
    "四舍五入到 15 位的结果，不同订单可能因此变成同一个编号。请从后台重新导出，不要用 Excel 打开，"
    "直接导入（或改为导入 XLSX 文件）。",
    "number_too_large": "{file} 第 {row} 行“{column}”列：“{value}”作为金额或数量大得离谱。"
    "请检查这个单元格，并重新下载文件。",
    "duplicate_column": "{file}：“{column}”列出现了 {count} 次，"
    "OpsDesk 无法判断哪一列是真正的数据。请删除不属于导出的那几列后再导入。",
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
    "interrupted": "已中断：没有导入任何数据，店铺文件未作改动。",
    "interrupted_saved": "在导入保存之后才中断：文件已导入店铺文件（可用“opsdesk undo”撤销）。",
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
    "sheet_skipped": "有数据但没有本导出表头行的工作表未读取",
    "id_separators": "带千位分隔符的编号（如 1,234,567）已去掉分隔符读取",
    "negative_amount": "实付金额为负数的已按原值读取（会拉低销售额）",
    "duplicate_order": "同一订单（或子订单）出现在多行且数值不同：已保留最后一行",
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
    # campaigns (models/campaigns)
    "no_such_campaign": "{path} 中没有名为“{name}”的活动。",
    "bad_offer": "“{value}”不是有效的优惠（{detail}）。",
    "sheet_no_product_column": "{file}：报名表需要“商品ID”“商家编码”或“SKU”列，"
    "用来说明每一行是哪个商品。",
    "unknown_product": "{file} 第 {row} 行“{column}”列：商品“{value}”不在店铺的商品库中。"
    "请先导入商品表，或更正编号。",
    "sheet_needs_platform": "店铺在 {platforms} 上销售：请用 --platform 说明报名表属于哪个平台。",
    "campaign_exists": "{path} 中已有名为“{name}”的活动：请换一个名称。",
    "calendar_no_name": "活动需要一个名称。",
    "calendar_phases": "{name}：日期 {then} 早于 {first}。各阶段的顺序是：报名截止、预热、"
    "正式开始、正式结束、返场结束。",
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
    "bad_target_factor": "{platform} 的{phase}目标无法保存：访客数和客单价不能小于 0，"
    "转化率和新客占比须在 0% 到 100% 之间。",
    "file_gone": "无法读取 {file}：选择之后它被移动或删除了。没有导入任何内容；请把文件放回原处，"
    "再导入一次。",
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


class ImportInterrupted(OpsDeskError):
    """Ctrl-C stopped an import: "interrupted" (nothing written) or "interrupted_saved"
    (it came after the import was saved)."""


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
        if self.row is None:  # a warning about a whole sheet names it
            if not self.column:
                return line
            return f"{line}（“{self.column}”）" if language.startswith("zh") else (
                f"{line} ('{self.column}')")
        if language.startswith("zh"):
            column = f"，列“{self.column}”" if self.column else ""
            return f"{line}（首次出现在第 {self.row} 行{column}）"
        column = f", column '{self.column}'" if self.column else ""
        return f"{line} (first at row {self.row}{column})"

    def as_dict(self) -> dict:
        return {"code": self.code, "count": self.count, "row": self.row, "column": self.column}
