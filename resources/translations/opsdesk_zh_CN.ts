<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../opsdesk_gui/views/about.py" line="16"/>
        <source>no shop open</source>
        <translation>未打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/about.py" line="18"/>
        <source>The shop operator&apos;s workbench: your platform exports in, your numbers out, offline.</source>
        <translation>店铺运营工作台：导入平台导出的数据，离线得出你的经营数字。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/about.py" line="20"/>
        <source>Your data stays on this computer, in the shop file:</source>
        <translation>你的数据只保存在这台电脑上的店铺文件中：</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/about.py" line="25"/>
        <source>About OpsDesk</source>
        <translation>关于 OpsDesk</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="26"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="30"/>
        <source>{time} — before an import</source>
        <translation>{time} — 导入前</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="35"/>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="52"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="40"/>
        <source>OpsDesk keeps the shop as it was before each of the last imports.</source>
        <translation>OpsDesk 会在最近几次导入前，各保留一份当时的店铺数据。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="53"/>
        <source>Replace the shop with this backup? Imports made after it are lost.</source>
        <translation>用这份备份替换当前店铺数据？备份之后的导入将会丢失。</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="17"/>
        <source>Campaign</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="18"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="19"/>
        <source>Kind</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="20"/>
        <source>Mechanic</source>
        <translation>玩法</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="21"/>
        <source>满减, 折扣, 秒杀, 优惠券, 赠品, 预售, 拼团</source>
        <translation>满减、折扣、秒杀、优惠券、赠品、预售、拼团</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="22"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="23"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="24"/>
        <source>GMV target</source>
        <translation>目标支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="25"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="26"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/campaigns.py" line="41"/>
        <source>{count} campaigns, {running} of them in {period}</source>
        <translation>共 {count} 个活动，其中 {running} 个在 {period} 期间进行</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="17"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="18"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="18"/>
        <source>The platform&apos;s buyer ID</source>
        <translation>买家在平台上的 ID</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="20"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="21"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="22"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="23"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="23"/>
        <source>Paid orders, all time</source>
        <translation>历史累计支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="24"/>
        <source>Spent</source>
        <translation>累计支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="25"/>
        <source>What the buyer paid, all time, postage included</source>
        <translation>买家历史累计实付金额，含运费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="26"/>
        <source>First order</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="27"/>
        <source>Last order</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="28"/>
        <source>Orders in period</source>
        <translation>本期订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="29"/>
        <source>Spent in period</source>
        <translation>本期支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/customers.py" line="40"/>
        <source>{buyers} buyers, {active} bought in {period}</source>
        <translation>共 {buyers} 位买家，其中 {active} 位在 {period} 期间购买</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="74"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="78"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="78"/>
        <source>Kind</source>
        <translation>报表类型</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="79"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="94"/>
        <source>Copy summary</source>
        <translation>复制导入结果</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="95"/>
        <source>Save summary…</source>
        <translation>保存导入结果…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="97"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="124"/>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="217"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="141"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="144"/>
        <source>Other: map the columns myself</source>
        <translation>其他：自己对应各列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="168"/>
        <source>Detected: {0}</source>
        <translation>已识别：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="172"/>
        <source>Map the columns on the right</source>
        <translation>请在右侧对应各列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="176"/>
        <source>Ready to import</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="262"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="270"/>
        <source>Nothing was imported; the shop is unchanged.</source>
        <translation>没有导入任何数据，店铺数据未作改动。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="278"/>
        <source>The import was cancelled; the shop is unchanged.</source>
        <translation>导入已取消，店铺数据未作改动。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="289"/>
        <source>Save summary</source>
        <translation>保存导入结果</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="14"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="15"/>
        <source>order lines</source>
        <translation>子订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="16"/>
        <source>buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="17"/>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="18"/>
        <source>refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="19"/>
        <source>traffic rows</source>
        <translation>流量数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="20"/>
        <source>ad spend rows</source>
        <translation>推广花费数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="29"/>
        <source>{file}: imported before, nothing to add</source>
        <translation>{file}：之前已导入过，没有可新增的数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="32"/>
        <source>{file} ({kind}): {rows} rows read, {skipped} skipped</source>
        <translation>{file}（{kind}）：读取 {rows} 行，跳过 {skipped} 行</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="37"/>
        <source>Note: {0}</source>
        <translation>注意：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="42"/>
        <source>{table}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{table}：新增 {added}，更新 {updated}，未变 {unchanged}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_summary.py" line="46"/>
        <source>In all: {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
        <translation>合计：新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}</translation>
    </message>
</context>
<context>
    <name>ListingTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/base.py" line="66"/>
        <source>The first {0} of {1} rows.</source>
        <translation>仅打印前 {0} 行（共 {1} 行）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/base.py" line="76"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请先打开或新建店铺，再导入从后台下载的报表。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/base.py" line="97"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="94"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="94"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="94"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="95"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="121"/>
        <source>Cannot open the shop</source>
        <translation>无法打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="128"/>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="129"/>
        <source>This shop is open in another OpsDesk window. It is opened read-only here: you can look, but import and undo are off.</source>
        <translation>该店铺已在另一个 OpsDesk 窗口中打开，此处以只读方式打开：可以查看，但不能导入或撤销。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="144"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="154"/>
        <source>No shop</source>
        <translation>未打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="156"/>
        <source>Orders {first} to {last}</source>
        <translation>订单日期：{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="157"/>
        <source>No orders yet</source>
        <translation>暂无订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="159"/>
        <source>Last import {0}</source>
        <translation>上次导入：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="173"/>
        <source>OpsDesk shops (*{0})</source>
        <translation>OpsDesk 店铺文件 (*{0})</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="177"/>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="186"/>
        <source>Open shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="203"/>
        <source>Import export files</source>
        <translation>导入报表文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="204"/>
        <source>Exports (*.csv *.xlsx *.xls *.txt)</source>
        <translation>后台导出的报表 (*.csv *.xlsx *.xls *.txt)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="223"/>
        <location filename="../../opsdesk_gui/views/main_window.py" line="230"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="224"/>
        <source>Restore the shop as it was before its last import?</source>
        <translation>将店铺数据恢复到上次导入之前的状态？</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="261"/>
        <source>Watch a folder</source>
        <translation>监控文件夹</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="280"/>
        <source>Imported from the watched folder: {0} added, {1} updated</source>
        <translation>已从监控文件夹导入：新增 {0} 条，更新 {1} 条</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="65"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="66"/>
        <source>&amp;New shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="67"/>
        <source>&amp;Open shop…</source>
        <translation>打开店铺(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="68"/>
        <source>Recent shops</source>
        <translation>最近打开的店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="69"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="70"/>
        <source>&amp;Undo last import</source>
        <translation>撤销上次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="71"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="72"/>
        <source>&amp;Export table…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="73"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="74"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="75"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="76"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="77"/>
        <source>&amp;About OpsDesk</source>
        <translation>关于 OpsDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="82"/>
        <source>Stop watching {0}</source>
        <translation>停止监视 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="84"/>
        <source>&amp;Watch a folder…</source>
        <translation>监视文件夹(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="86"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="28"/>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="29"/>
        <source>Line / sub-order number</source>
        <translation>子订单编号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="30"/>
        <source>Merchant SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="31"/>
        <source>Platform product ID</source>
        <translation>平台商品 ID</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="32"/>
        <source>Product title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="33"/>
        <source>Variant / specification</source>
        <translation>销售属性 / 规格</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="34"/>
        <source>Quantity (negative = return)</source>
        <translation>购买数量（负数为退货）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="35"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="36"/>
        <source>Amount paid for the line</source>
        <translation>子订单实付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="37"/>
        <source>Amount paid for the order</source>
        <translation>订单实付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="38"/>
        <source>Postage</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="39"/>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="40"/>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="41"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="42"/>
        <source>Buyer / customer ID</source>
        <translation>买家 / 客户 ID</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="43"/>
        <source>Buyer&apos;s name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="44"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="45"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="46"/>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="47"/>
        <source>Province / region / country</source>
        <translation>省份 / 地区 / 国家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="48"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="49"/>
        <source>Currency code</source>
        <translation>币种代码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="50"/>
        <source>Refunded amount of the line</source>
        <translation>子订单退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="51"/>
        <source>Unit cost of goods</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="52"/>
        <source>Stock on hand</source>
        <translation>当前库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="62"/>
        <source>Which column holds what</source>
        <translation>各字段在哪一列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="64"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="75"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="128"/>
        <source>Saved mappings…</source>
        <translation>已保存的列对应…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="141"/>
        <source>Save mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="141"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../opsdesk_gui/views/period_bar.py" line="65"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/period_bar.py" line="66"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="17"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="18"/>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="19"/>
        <source>商家编码: the merchant&apos;s own product code</source>
        <translation>商家编码：商家自己为商品设置的编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="20"/>
        <source>Title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="21"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="22"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="23"/>
        <source>Unit cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="24"/>
        <source>Cost of goods per unit, from the product sheet</source>
        <translation>每件商品的成本，取自商品表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="25"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="26"/>
        <source>Units sold</source>
        <translation>支付件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="27"/>
        <source>支付件数: units in orders paid in the period</source>
        <translation>支付件数：本期已支付订单中该商品的件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="28"/>
        <source>Product sales</source>
        <translation>商品销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="29"/>
        <source>商品销售额: the amounts of the product&apos;s lines in orders paid in the period; postage is not in it, so the total is below 支付金额</source>
        <translation>商品销售额：本期已支付订单中该商品各子订单的金额之和；不含运费，因此合计低于支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="31"/>
        <source>Orders</source>
        <translation>支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="32"/>
        <source>Paid orders in the period with this product</source>
        <translation>本期包含该商品的已支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="43"/>
        <source>{products} products, {selling} sold in {period}</source>
        <translation>共 {products} 个商品，其中 {selling} 个在 {period} 期间有销售</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="34"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="35"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="36"/>
        <source>Comparison period</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="37"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="38"/>
        <source>This period against the comparison period, in per cent</source>
        <translation>本期相对对比期的变化百分比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="39"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="40"/>
        <source>Definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="46"/>
        <source>GMV (支付金额)</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="47"/>
        <source>What buyers actually paid for orders paid in the period, postage included, refunds not subtracted</source>
        <translation>本期已支付订单中买家实际支付的金额，含运费，未扣除退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="49"/>
        <source>Visitors (访客数)</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="50"/>
        <source>Distinct visitors, from the 生意参谋 export for exactly this period, else the sum of daily visitors (approximate: visitors do not add up across days)</source>
        <translation>去重后的访客人数，取自与本期完全一致的生意参谋导出；没有时为每日访客数之和（近似值：访客数跨天不能直接相加）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="52"/>
        <source>Conversion (支付转化率)</source>
        <translation>支付转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="53"/>
        <source>Paying buyers ÷ visitors</source>
        <translation>支付买家数 ÷ 访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="54"/>
        <source>Spend per buyer (客单价)</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="55"/>
        <source>GMV ÷ paying buyers (生意参谋&apos;s definition)</source>
        <translation>支付金额 ÷ 支付买家数（生意参谋口径）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="56"/>
        <source>Paid orders (支付订单数)</source>
        <translation>支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="57"/>
        <source>Orders with a payment time in the period</source>
        <translation>付款时间在本期内的订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="58"/>
        <source>Paying buyers (支付买家数)</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="59"/>
        <source>Distinct buyers with a paid order in the period</source>
        <translation>本期有已支付订单的买家数（去重）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="60"/>
        <source>Units (支付件数)</source>
        <translation>支付件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="60"/>
        <source>Items in the period&apos;s paid orders</source>
        <translation>本期已支付订单中的商品件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="61"/>
        <source>Order value (笔单价)</source>
        <translation>笔单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="62"/>
        <source>GMV ÷ paid orders</source>
        <translation>支付金额 ÷ 支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="63"/>
        <source>Refunds (退款金额)</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="64"/>
        <source>Refunds of the period&apos;s orders: for each order the largest amount its exports state, never more than was paid</source>
        <translation>本期订单的退款金额：每笔订单取各导出文件所记录的最大退款金额，且不超过实付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="66"/>
        <source>Refund rate (退款率, by amount)</source>
        <translation>退款率（按金额）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="67"/>
        <source>Refunds ÷ GMV</source>
        <translation>退款金额 ÷ 支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="68"/>
        <source>Net sales (净销售额)</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="68"/>
        <source>GMV − refunds</source>
        <translation>支付金额 − 退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="69"/>
        <source>Gross margin (毛利率)</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="70"/>
        <source>(Net sales − unit cost × units) ÷ net sales</source>
        <translation>（净销售额 − 成本价 × 件数）÷ 净销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="71"/>
        <source>Value per visitor (UV价值)</source>
        <translation>UV价值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="71"/>
        <source>GMV ÷ visitors</source>
        <translation>支付金额 ÷ 访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="109"/>
        <source>(approx.)</source>
        <translation>（近似）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="114"/>
        <source>— import 生意参谋 traffic</source>
        <translation>— 请导入生意参谋流量数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="116"/>
        <source>— add unit costs (product sheet)</source>
        <translation>— 请补充成本价（商品表）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/reports.py" line="120"/>
        <source>{period} against {base}</source>
        <translation>{period} 对比 {base}</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="56"/>
        <source>Filter: type words the rows must contain</source>
        <translation>筛选：输入要查找的文字</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="60"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="61"/>
        <source>Choose the columns to show</source>
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="66"/>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="68"/>
        <source>Buyers&apos; names, phones, e-mails and addresses are masked. Show them in clear on screen, in copies and in exports.</source>
        <translation>买家的姓名、手机号、邮箱和地址已打码。开启后，屏幕上、复制的内容和导出的文件中都显示完整信息。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="73"/>
        <location filename="../../opsdesk_gui/views/table/view.py" line="102"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="75"/>
        <source>Save the rows shown, in this order, as an Excel workbook or a CSV file</source>
        <translation>将当前显示的行按现在的顺序保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="96"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="100"/>
        <source>Copy with column titles</source>
        <translation>复制（含列标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opsdesk_gui/views/table/view.py" line="195"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../opsdesk_gui/views/table/view.py" line="197"/>
        <source>{shown} of %Ln row(s)</source>
        <translation>
            <numerusform>显示 {shown} 行，共 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="298"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="299"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="313"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="314"/>
        <source>Could not write {path}: {error}. If the file is open in Excel or WPS, close it and try again.</source>
        <translation>无法写入 {path}：{error}。如果该文件正在 Excel 或 WPS 中打开，请先关闭再重试。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="13"/>
        <source>Taobao/Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="14"/>
        <source>Douyin shop</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="15"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="16"/>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="17"/>
        <source>Kuaishou shop</source>
        <translation>快手小店</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="18"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="19"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="20"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="23"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="24"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="25"/>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="26"/>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="27"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="28"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="29"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="30"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="31"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="34"/>
        <source>vs previous period</source>
        <translation>对比上一周期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="35"/>
        <source>vs same period last year</source>
        <translation>对比去年同期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="38"/>
        <source>Platform event</source>
        <translation>平台活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="39"/>
        <source>Category event</source>
        <translation>品类活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="40"/>
        <source>Shop event</source>
        <translation>店铺活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="43"/>
        <source>Unpaid</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="44"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="45"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="46"/>
        <source>Completed</source>
        <translation>交易成功</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="47"/>
        <source>Closed</source>
        <translation>交易关闭</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="48"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="49"/>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
</context>
</TS>
