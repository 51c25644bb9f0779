<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbTestPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="117"/>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="121"/>
        <source>Two versions of a detail page (main picture, title, price …) shown to separate visitors: type each version&apos;s visitors (访客数) and buyers (支付买家数) to see whether the difference in conversion is more than chance.</source>
        <translation>同一详情页的两个版本（主图、标题、价格……）分别展示给不同访客：填入每个版本的访客数和支付买家数，看转化率的差异是否超出偶然。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="125"/>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="127"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="129"/>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="246"/>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="248"/>
        <source>Visitors (访客数)</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="131"/>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="247"/>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="249"/>
        <source>Buyers (支付买家数)</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="132"/>
        <source>Confidence level</source>
        <translation>置信水平</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="167"/>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="168"/>
        <source>Conversion of {0} (支付转化率)</source>
        <translation>{0} 的支付转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="169"/>
        <source>Absolute lift ({0} − {1})</source>
        <translation>绝对提升（{0} − {1}）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="170"/>
        <source>Relative lift ({0} ÷ {1} − 1)</source>
        <translation>相对提升（{0} ÷ {1} − 1）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="171"/>
        <source>{0} confidence interval of the absolute lift</source>
        <translation>绝对提升的 {0} 置信区间</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="173"/>
        <source>p-value (two-proportion z-test)</source>
        <translation>p 值（双比例 z 检验）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="176"/>
        <source>p-value (Fisher&apos;s exact test: the sample is too small for the z-test&apos;s normal approximation)</source>
        <translation>p 值（Fisher 精确检验：样本太小，z 检验的正态近似不成立）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="207"/>
        <source>Not enough data yet: type the visitors of both versions.</source>
        <translation>数据不足：请填入两个版本的访客数。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="211"/>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="214"/>
        <source>{0} converts {1} better than {2}; significant at {3}.</source>
        <translation>{0} 的转化率比 {2} 高 {1}，在 {3} 水平上显著。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="216"/>
        <source>{0} converts {1} worse than {2}; significant at {3}.</source>
        <translation>{0} 的转化率比 {2} 低 {1}，在 {3} 水平上显著。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="219"/>
        <source>No difference between {0} and {1}.</source>
        <translation>{0} 与 {1} 没有差异。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="220"/>
        <source>Not enough data yet: the difference is not significant at {0} (it may be chance). Keep the test running.</source>
        <translation>数据还不够：差异在 {0} 水平上不显著（可能只是偶然）。请继续测试。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="241"/>
        <source>{0} pp</source>
        <translation>{0} 个百分点</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="253"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="253"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/abtest_page.py" line="253"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
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
    <name>AfterSalesPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="64"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="68"/>
        <source>Reason</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="69"/>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="96"/>
        <source>Refunds</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="70"/>
        <source>Refunds for this reason that succeeded in the period (whichever period the order was paid in), plus refund records whose order is not in the shop file</source>
        <translation>本期内因该原因退款成功的金额（不论订单在哪一期支付），以及订单不在店铺文件中的退款记录</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="73"/>
        <source>Cases</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="74"/>
        <source>Orders (and refund records without their order) refunded for this reason</source>
        <translation>因此原因退款的订单（及没有对应订单的退款记录）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="75"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="76"/>
        <source>This reason&apos;s part of all refunds</source>
        <translation>此原因占全部退款的比例</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="77"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="78"/>
        <source>The share of this reason and of every larger one</source>
        <translation>此原因及所有更大原因的合计占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="79"/>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="101"/>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="80"/>
        <source>This reason&apos;s refunds ÷ the period&apos;s GMV (支付金额)</source>
        <translation>此原因的退款 ÷ 本期支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="81"/>
        <source>Fix first</source>
        <translation>优先解决</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="82"/>
        <source>The stated reasons that make up the first 80% of the refunds: the few worth fixing first (e.g. size guidance for 尺码不符)</source>
        <translation>构成前 80% 退款的原因：最值得先解决的少数几项（例如针对尺码不符完善尺码说明）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="88"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="89"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="90"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="91"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="92"/>
        <source>The period&apos;s paid orders with this product</source>
        <translation>本期含此商品的支付订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="93"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="94"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="95"/>
        <source>The product&apos;s line amounts in the period&apos;s orders</source>
        <translation>本期订单中此商品的明细金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="97"/>
        <source>The product&apos;s refunds that succeeded in the period, as in the products table</source>
        <translation>该商品本期内退款成功的金额，与商品表一致</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="99"/>
        <source>Refunded orders</source>
        <translation>退款订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="100"/>
        <source>Orders with a refund of this product that succeeded in the period</source>
        <translation>本期内该商品有退款成功的订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="102"/>
        <source>By amount: refunds ÷ sales</source>
        <translation>按金额：退款 ÷ 销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="103"/>
        <source>Refunded order rate</source>
        <translation>退款订单率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="104"/>
        <source>By count: refunded orders ÷ orders</source>
        <translation>按笔数：退款订单 ÷ 订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="108"/>
        <source>By reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="109"/>
        <source>By product, most refunded first</source>
        <translation>按商品，退款最多的在前</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="129"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请打开或新建店铺，然后导入导出文件。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="141"/>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="143"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="147"/>
        <source>Not attributed</source>
        <translation>未归属</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="155"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="174"/>
        <source>{0}: no refunds in {1}. Refund reasons come from the after-sales export (退款管理).</source>
        <translation>{0}：{1} 没有退款。退款原因来自售后导出（退款管理）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="178"/>
        <source>{0}: refunds {1} {2} of GMV (支付金额) {1} {3}, a refund rate of {4}.</source>
        <translation>{0}：退款 {1} {2}，支付金额 {1} {3}，退款率 {4}。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="183"/>
        <source>Fix first: {0} make up 80% of the refunds with a stated reason.</source>
        <translation>优先解决：{0} 占注明原因退款的 80%。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/aftersales_page.py" line="186"/>
        <source>Includes {0} {1} refunded on orders the shop file does not hold (counted by their refund date).</source>
        <translation>包含店铺文件中没有的订单的退款 {0} {1}（按退款日期计入）。</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="88"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="90"/>
        <source>Show every product</source>
        <translation>显示全部商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="92"/>
        <source>Stock under the safety stock (安全库存), or days of cover (可售天数) shorter than the lead time (采购周期): reorder now</source>
        <translation>库存低于安全库存，或可售天数短于采购周期：请立即补货</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="95"/>
        <source>滞销: stock on hand and no sale in the last 30 days, or stock turnover (库存周转天数) over 45 days</source>
        <translation>滞销：有库存但近30天无销售，或库存周转天数超过45天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="98"/>
        <source>The margin at the price actually paid, (sales − units × cost) ÷ sales, is under the margin floor (20%)</source>
        <translation>按实付价格计算的毛利率（销售额 − 件数 × 成本）÷ 销售额 低于毛利率下限（20%）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="101"/>
        <source>Some sale in the period was paid below the unit cost, after discounts</source>
        <translation>本期有成交的实付单价（扣除优惠后）低于单位成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="109"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="109"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="110"/>
        <source>Slow movers</source>
        <translation>滞销品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="111"/>
        <source>Below margin floor</source>
        <translation>低于毛利下限</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="112"/>
        <source>Below cost</source>
        <translation>低于成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="134"/>
        <source>Capital tied up in slow movers: {money}   ·   To reorder: {units} units of {products} products</source>
        <translation>滞销积压资金：{money}   ·   建议补货：{products} 个商品共 {units} 件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/alerts_panel.py" line="138"/>
        <source>积压资金 = stock × unit cost of the slow movers with a cost. 建议补货 = the reorder quantities of the products at or under their reorder point (补货点): enough for the lead time and the review period at the last 30 days&apos; rate, back to the safety stock.</source>
        <translation>积压资金 = 有成本的滞销品的库存 × 单位成本。建议补货 = 库存不高于补货点的商品的补货量：按近30天的日均销量够采购周期和盘点周期之用，并回到安全库存。</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <location filename="../../opsdesk_gui/views/status_area.py" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/status_area.py" line="38"/>
        <source>Stop the work running in the background</source>
        <translation>停止后台运行的任务</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="34"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="40"/>
        <source>{time} — before a restore</source>
        <translation>{time} — 恢复之前</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="42"/>
        <source>{time} — before import {number}</source>
        <translation>{time} — 第 {number} 次导入之前</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="45"/>
        <source>{time} — before an import</source>
        <translation>{time} — 导入前</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="49"/>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="54"/>
        <source>OpsDesk keeps the shop as it was before each of the last imports.</source>
        <translation>OpsDesk 会在最近几次导入前，各保留一份当时的店铺数据。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="67"/>
        <source>Replace the shop with this backup? The shop as it is now is kept as a backup first, so you can go back.</source>
        <translation>用这个备份替换店铺吗？店铺当前的状态会先保存为一个备份，可以随时恢复回来。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="76"/>
        <source>Undo import {number} of {time} ({files})? The shop goes back to how it was before it.</source>
        <translation>撤销 {time} 的第 {number} 次导入（{files}）吗？店铺将回到这次导入之前的状态。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="80"/>
        <source>Product edits made after that import: {count}. They are kept: they are made again on the restored shop.</source>
        <translation>这次导入之后修改过的商品资料：{count} 处。这些修改会保留：在恢复后的店铺中重新应用。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="83"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="91"/>
        <source>Cannot open the shop</source>
        <translation>无法打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/backups_dialog.py" line="93"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
</context>
<context>
    <name>BannedWordsDialog</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/banned_words_dialog.py" line="18"/>
        <source>Extra banned words</source>
        <translation>自定义违禁词</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/banned_words_dialog.py" line="20"/>
        <source>Words to flag in titles on top of the Advertising Law&apos;s list (极限词), one a line: for instance a rival&apos;s brand, or a word your platform warned you about. They are found through spaces, full-width letters and case, as the built-in words are.</source>
        <translation>在广告法极限词之外要在标题中标出的词，每行一个：例如竞品品牌，或平台警告过的词。与内置词一样，中间加空格、全角字母或大小写变化也能识别。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/banned_words_dialog.py" line="26"/>
        <source>One word a line</source>
        <translation>每行一个词</translation>
    </message>
</context>
<context>
    <name>BundlesView</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="136"/>
        <source>Bundles</source>
        <translation>滞销品搭配</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="140"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="141"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="142"/>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="157"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="143"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="144"/>
        <source>Capital tied up</source>
        <translation>积压资金</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="145"/>
        <source>积压资金: stock × unit cost</source>
        <translation>积压资金：库存 × 单位成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="146"/>
        <source>Last sale</source>
        <translation>最近售出</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="147"/>
        <source>Pairs</source>
        <translation>搭配数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="148"/>
        <source>Strong sellers suggested to bundle with it (see the right-hand table)</source>
        <translation>建议与它搭配的热销品数（见右侧表格）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="149"/>
        <source>Best pair</source>
        <translation>最佳搭配</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="150"/>
        <source>The suggested strong seller with the highest lift</source>
        <translation>提升度最高的建议搭配热销品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="151"/>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="171"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="156"/>
        <source>Bought with</source>
        <translation>一起购买</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="158"/>
        <source>Seller</source>
        <translation>销售表现</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="159"/>
        <source>Strong seller: ABC class A or 爆款 in the period</source>
        <translation>热销品：本期ABC分类为A类或爆款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="160"/>
        <source>Suggested</source>
        <translation>建议搭配</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="161"/>
        <source>A strong seller bought with it in at least 2 orders, in at least 5% of its orders, with lift above 1.5</source>
        <translation>与它同单购买至少2单、占它订单的至少5%、提升度高于1.5的热销品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="163"/>
        <source>Orders together</source>
        <translation>同单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="164"/>
        <source>Orders (baskets) holding both products</source>
        <translation>同时包含两个商品的订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="165"/>
        <source>Support, per 10,000 orders</source>
        <translation>支持度（每万单）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="166"/>
        <source>支持度: orders with both ÷ all orders of the platform in the window, here per 10,000 orders (2.5 = 0.025%)</source>
        <translation>支持度：同时包含两者的订单 ÷ 时间窗内该平台的全部订单，这里按每万单计（2.5 = 0.025%）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="168"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="169"/>
        <source>置信度: orders with both ÷ orders with the slow mover: the share of its buyers who took this product in the same order</source>
        <translation>置信度：同时包含两者的订单 ÷ 含该滞销品的订单，即它的买家中同单买了此商品的比例</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="172"/>
        <source>提升度: confidence ÷ the share of all orders holding this product. Above 1: bought together more often than by chance</source>
        <translation>提升度：置信度 ÷ 含此商品的订单占全部订单的比例。大于1：一起购买比偶然更常见</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="174"/>
        <source>Its orders</source>
        <translation>它的订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="175"/>
        <source>Orders in the window holding this product</source>
        <translation>时间窗内包含此商品的订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="179"/>
        <source>Slow movers (滞销), those with a pair first</source>
        <translation>滞销品（可搭配的排在前面）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="181"/>
        <source>Choose a slow mover to see what its buyers also bought</source>
        <translation>选择一个滞销品，查看它的买家还一起买了什么</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="186"/>
        <source>Bought in the same orders as {sku} {title}</source>
        <translation>与 {sku} {title} 同单购买的商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="205"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请打开或新建店铺，然后导入导出文件。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="209"/>
        <source>Looking through a year of orders for what the slow movers&apos; buyers also bought…</source>
        <translation>正在查看一年的订单，找出滞销品的买家还买了什么…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="237"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="243"/>
        <source>No slow movers in this period: nothing to bundle.</source>
        <translation>本期没有滞销品，无需搭配。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="245"/>
        <source>{slow} slow movers; {paired} of them were bought with a strong seller often enough to bundle ({pairs} pairs). Orders from {first} to {last}: a slow mover sells little lately, so its orders are looked for over a year.</source>
        <translation>滞销品 {slow} 个，其中 {paired} 个常与热销品一起购买，可以搭配（共 {pairs} 对）。订单范围 {first} 至 {last}：滞销品近期卖得少，所以在一年的订单里查找。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="299"/>
        <source>Strong seller</source>
        <translation>热销品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="299"/>
        <source>Class {0}</source>
        <translation>{0}类</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/bundles_view.py" line="304"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>BuyerDetail</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="40"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="41"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="43"/>
        <source>Paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="44"/>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="48"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="47"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="47"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="49"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="50"/>
        <source>The lines&apos; amounts (postage not included)</source>
        <translation>商品行金额（不含运费）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="51"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="58"/>
        <source>The buyer&apos;s paid orders</source>
        <translation>该买家的支付订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyer_detail.py" line="59"/>
        <source>What they bought</source>
        <translation>买过的商品</translation>
    </message>
</context>
<context>
    <name>BuyersPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="41"/>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="45"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="46"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="47"/>
        <source>The platform&apos;s buyer ID. 抖店, 拼多多 and 快手 exports carry none: &apos;~&apos; and a code made from the receiver&apos;s name and phone, or &apos;#order&apos; when the export names no receiver (that order counts as a buyer of its own)</source>
        <translation>平台的买家ID。抖店、拼多多和快手的导出没有买家ID：显示“~”加一段由收件人姓名和手机号生成的编码；导出未写收件人时显示“#订单号”（该订单各算一个买家）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="51"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="52"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="53"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="54"/>
        <source>First order</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="55"/>
        <source>The buyer&apos;s first paid order, all time</source>
        <translation>买家有史以来第一笔支付订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="56"/>
        <source>Last order</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="57"/>
        <source>Orders · F</source>
        <translation>订单数 (F)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="58"/>
        <source>Paid orders in the window</source>
        <translation>统计窗口内的支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="59"/>
        <source>Paid · M</source>
        <translation>支付金额 (M)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="60"/>
        <source>What the buyer paid for the window&apos;s orders, postage included</source>
        <translation>买家在统计窗口内订单的实付金额，含运费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="61"/>
        <source>Per order</source>
        <translation>笔单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="62"/>
        <source>Paid ÷ orders in the window</source>
        <translation>统计窗口内支付金额 ÷ 订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="63"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="64"/>
        <source>Refunds of the window&apos;s orders ÷ what they paid</source>
        <translation>统计窗口内订单的退款 ÷ 实付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="65"/>
        <source>Days since · R</source>
        <translation>距今天数 (R)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="66"/>
        <source>As-of day − the day of the last paid order</source>
        <translation>分析日 − 最近一笔支付订单的日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="67"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="67"/>
        <source>Recency score 1–5 (5 = most recent)</source>
        <translation>最近购买得分 1–5（5 = 最近）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="68"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="68"/>
        <source>Frequency score 1–5</source>
        <translation>购买频次得分 1–5</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="69"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="69"/>
        <source>Monetary score 1–5</source>
        <translation>消费金额得分 1–5</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="70"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="71"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="72"/>
        <source>By paid orders in the last 90 days: 1 first purchase, 2–3 repeat, 4+ loyal; none for 90 days dormant, for 180 days lost</source>
        <translation>按近 90 天的支付订单数：1 笔为首购，2–3 笔为复购，4 笔及以上为忠诚；90 天无购买为沉睡，180 天无购买为流失</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="74"/>
        <source>Predicted purchases</source>
        <translation>预计购买次数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="75"/>
        <source>Purchases expected over the horizon, from the last fit on the Lifetime value page; blank until a fit has been made</source>
        <translation>预测期内预计的购买次数，来自“生命周期价值”页最近一次拟合；拟合之前为空</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="77"/>
        <source>Predicted value</source>
        <translation>预计价值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="78"/>
        <source>Value expected over the horizon (Lifetime value page), not discounted</source>
        <translation>预测期内的预计价值（“生命周期价值”页），未折现</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="79"/>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="80"/>
        <source>By the tier rules on the Member tiers page, over the window</source>
        <translation>按“会员等级”页的规则，以统计窗口内的数据划分</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="97"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="138"/>
        <source>No paid orders yet.</source>
        <translation>还没有支付订单。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/buyers_page.py" line="149"/>
        <source>{buyers} buyers up to {as_of}; {scored} bought from {since} to {as_of} and are scored.</source>
        <translation>截至 {as_of} 共 {buyers} 位买家；其中 {scored} 位在 {since} 至 {as_of} 有购买并参与评分。</translation>
    </message>
</context>
<context>
    <name>CampaignReview</name>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="257"/>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="60"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="258"/>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="61"/>
        <source>Title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="62"/>
        <source>Units to date</source>
        <translation>至今件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="63"/>
        <source>Paid to date</source>
        <translation>至今支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="64"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="67"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="69"/>
        <source>Stock ÷ units a day so far in the event</source>
        <translation>库存 ÷ 活动至今日均件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="73"/>
        <source>Runs out</source>
        <translation>将售罄</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="74"/>
        <source>Runs out before the event ends</source>
        <translation>活动结束前会售罄</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="79"/>
        <source>Pace</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="85"/>
        <source>GMV to date</source>
        <translation>至今支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="86"/>
        <source>Target curve</source>
        <translation>目标曲线</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="121"/>
        <source>each phase weighing its part of the Targets page&apos;s rows</source>
        <translation>各阶段按“目标”页各行所占比例分配</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="183"/>
        <source>by hour as {event} sold</source>
        <translation>按小时：照 {event} 的分布</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="184"/>
        <source>by hour as the 28 days before sold</source>
        <translation>按小时：照活动前 28 天的分布</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="185"/>
        <source>by hour: an even split</source>
        <translation>按小时：平均分配</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_page.py" line="81"/>
        <source>Choose a plan on the Plans page.</source>
        <translation>请在“活动计划”页选择一个计划。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="108"/>
        <source>target curve: the shape of {event}</source>
        <translation>目标曲线：按{event}的走势</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="109"/>
        <source>target curve: the peak shaped as {event}&apos;s, the other days as ordinary days</source>
        <translation>目标曲线：爆发期按{event}的走势，其余日子按平日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="115"/>
        <source>target curve: an even split (no comparable event of the same length)</source>
        <translation>目标曲线：平均分配（没有同样天数的可比活动）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="127"/>
        <source>{name} starts on {first}: its target {target} along the curve below; the figures fill in as the sales of its days are imported.</source>
        <translation>{name} 于 {first} 开始：目标 {target}，按下方曲线分配；导入活动期间的销售后即显示进度。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="141"/>
        <source>{name} as of {day} (day {n} of {days}): GMV {gmv}, target to date {target}, projected {projected}; ad spend {spend}, ad ROI {roi}</source>
        <translation>{name} 截至 {day}（第 {n} 天，共 {days} 天）：支付金额 {gmv}，至今目标 {target}，预计最终 {projected}；推广花费 {spend}，推广投产比 {roi}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/pace_page.py" line="173"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="318"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="319"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="320"/>
        <source>Action</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="321"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="322"/>
        <source>Due (YYYY-MM-DD)</source>
        <translation>完成日期 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="266"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="93"/>
        <source>Notes: problem → cause → action</source>
        <translation>复盘记录：问题 → 原因 → 措施</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="94"/>
        <source>Add note</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="95"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="155"/>
        <source>Delete note</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="96"/>
        <source>Deletes the chosen note (Undo brings it back)</source>
        <translation>删除选中的记录（撤销可恢复）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="98"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="99"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="163"/>
        <source>Edit note</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_notes.py" line="178"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="220"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="86"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="221"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="87"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="223"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="89"/>
        <source>How</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="231"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="94"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="232"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="95"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="233"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="96"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="234"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="248"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="281"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="97"/>
        <source>GMV</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="79"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="235"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="98"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="236"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="249"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="283"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="99"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="93"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="237"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="284"/>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="100"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="109"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="115"/>
        <source>Beside:</source>
        <translation>对比活动：</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="116"/>
        <source>The campaign shown beside it, on screen and printed</source>
        <translation>与之并列对比的活动（屏幕和打印）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="146"/>
        <source>Working out the review of {name}…</source>
        <translation>正在计算 {name} 的复盘…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="158"/>
        <source>last event of the same name</source>
        <translation>上一次同名活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/review_page.py" line="181"/>
        <source>{name} starts on {first}: its review fills in as the sales of its days are imported (the Pace page follows it meanwhile).</source>
        <translation>{name} 于 {first} 开始：导入活动期间的销售后即生成复盘（进行中请看“进度”页）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="19"/>
        <source>Warm-up</source>
        <translation>预热期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="20"/>
        <source>Peak</source>
        <translation>爆发期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="21"/>
        <source>Encore</source>
        <translation>返场期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="60"/>
        <source>known after {day}</source>
        <translation>{day} 后可知</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="67"/>
        <source>visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="68"/>
        <source>conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="69"/>
        <source>客单价</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="74"/>
        <source>GMV (支付金额)</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="76"/>
        <source>as the KPI page over the event&apos;s days</source>
        <translation>与核心指标页同口径，按活动日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="81"/>
        <source>{share} reached</source>
        <translation>完成 {share}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="88"/>
        <source>Expected without the event</source>
        <translation>无活动时的预期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="36"/>
        <source>same weekdays of {first}..{last}</source>
        <translation>按 {first}..{last} 的同星期日均</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="40"/>
        <source>, without {days} days of other events</source>
        <translation>，不含其他活动的 {days} 天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="45"/>
        <source> × seasonal ratio {ratio:.3f} (a year earlier: {season} ÷ {base})</source>
        <translation> × 季节系数 {ratio:.3f}（一年前：{season} ÷ {base}）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="95"/>
        <source>GMV ÷ expected − 1</source>
        <translation>支付金额 ÷ 预期 − 1</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="98"/>
        <source>Cost</source>
        <translation>活动成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="100"/>
        <source>ads {ads} + discounts {discounts} + gifts {gifts}</source>
        <translation>推广 {ads} + 让利 {discounts} + 赠品 {gifts}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="106"/>
        <source>ROI</source>
        <translation>投产比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="106"/>
        <source>GMV ÷ cost</source>
        <translation>支付金额 ÷ 成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="108"/>
        <source>New buyers</source>
        <translation>新客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="110"/>
        <source>{share} of the {buyers} buyers known by id</source>
        <translation>占 {buyers} 位有买家ID的买家的 {share}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="112"/>
        <source>; target {target}</source>
        <translation>；目标 {target}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="116"/>
        <source>New buyers who bought again within 30 days</source>
        <translation>新客 30 天内复购人数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="118"/>
        <source>by {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="121"/>
        <source>Refunds of the event&apos;s orders</source>
        <translation>活动订单的退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="123"/>
        <source>of which {amount} after the event ({count})</source>
        <translation>其中活动后退款 {amount}（{count} 笔）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="128"/>
        <source>Gross margin after discounts</source>
        <translation>让利后毛利率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="133"/>
        <source>Against the target</source>
        <translation>对比目标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="137"/>
        <source>missed: {factors}</source>
        <translation>未达：{factors}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="142"/>
        <source>Against the baseline</source>
        <translation>对比基线</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="144"/>
        <source>log shares of the GMV gap</source>
        <translation>支付金额差距的对数拆分</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="150"/>
        <source>{name} {first}..{last}: GMV {gmv}, {share} of the target, lift {lift}, ROI {roi}</source>
        <translation>{name} {first}..{last}：支付金额 {gmv}，目标完成 {share}，提升 {lift}，投产比 {roi}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="173"/>
        <source>Last event</source>
        <translation>上次同名活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="229"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="308"/>
        <source>By phase</source>
        <translation>分阶段</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="242"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="309"/>
        <source>By platform</source>
        <translation>分平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="280"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="282"/>
        <source>Paying buyers</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="285"/>
        <source>Ads</source>
        <translation>推广花费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="245"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="310"/>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="247"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="255"/>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="311"/>
        <source>Best sellers</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="259"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="260"/>
        <source>Paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="307"/>
        <source>Campaign review (复盘)</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_review_text.py" line="312"/>
        <source>Notes</source>
        <translation>复盘记录</translation>
    </message>
</context>
<context>
    <name>CampaignTargets</name>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="50"/>
        <source>save targets</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="97"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="101"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="101"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="102"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="103"/>
        <source>Conversion %</source>
        <translation>转化率 %</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="104"/>
        <source>客单价</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="105"/>
        <source>New buyers %</source>
        <translation>新客占比 %</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="106"/>
        <source>GMV</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="106"/>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="107"/>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="107"/>
        <source>Returning</source>
        <translation>老客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="108"/>
        <source>Save targets</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="109"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="110"/>
        <source>Back to the figures of the last comparable event (or the 28 days before); nothing is saved until Save targets</source>
        <translation>回到上一次同类活动（或活动前 28 天）的数值；点“保存目标”之前不会保存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="139"/>
        <source>Your targets, saved with the plan.</source>
        <translation>您的目标，已随计划保存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="141"/>
        <source>Starting from {event}: its visitors a day, conversion, 客单价 and new buyers&apos; share in each phase; type yours over them and save.</source>
        <translation>以 {event} 为起点：各阶段的日均访客数、转化率、客单价和新客占比；改成您的目标后保存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="145"/>
        <source>Starting from the 28 days before the event, other events&apos; days left out (no earlier event of the same name); type yours over them and save.</source>
        <translation>以活动前 28 天为起点，不含其他活动的日子（没有更早的同名活动）；改成您的目标后保存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="153"/>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="228"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="191"/>
        <source>{name}: no visitors or sales to start the targets from yet.</source>
        <translation>{name}：还没有可作为目标起点的访客或销售数据。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="195"/>
        <source>{name}: target {total} = the sum of the rows (the plan&apos;s GMV target now: {plan})</source>
        <translation>{name}：目标 {total} = 各行之和（计划当前的支付金额目标：{plan}）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="221"/>
        <source>Row {row}, {column}: &apos;{text}&apos; is not a valid value (visitors a whole number, 客单价 an amount, per cents 0 to 100).</source>
        <translation>第 {row} 行，{column}：“{text}”不是有效的值（访客数为整数，客单价为金额，百分比在 0 到 100 之间）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="268"/>
        <source>Targets as they were before.</source>
        <translation>目标已恢复为之前的样子。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/targets_page.py" line="270"/>
        <source>Saved: the plan&apos;s GMV target is now {total}.</source>
        <translation>已保存：计划的支付金额目标现在是 {total}。</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="52"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="139"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="259"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="140"/>
        <source>List total</source>
        <translation>原价合计</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="51"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="52"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="141"/>
        <source>Pays</source>
        <translation>实付</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="53"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="142"/>
        <source>Per unit (到手价)</source>
        <translation>到手价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="53"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="143"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="81"/>
        <source>Type the units of each product in the basket: the thresholds are reached by the whole basket, and what they take off is shared over the products in proportion to their amounts.</source>
        <translation>填写篮子里每个商品的件数：满减和优惠券门槛按整单计算，优惠金额按各商品金额比例分摊。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="95"/>
        <source>Basket {0} → pays {1}</source>
        <translation>整单 {0} → 实付 {1}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="144"/>
        <source>Steps</source>
        <translation>优惠步骤</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="149"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="150"/>
        <source>Basket</source>
        <translation>客单（笔单价）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="151"/>
        <source>Effective discount</source>
        <translation>实际折让</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="152"/>
        <source>Sales lift needed</source>
        <translation>保本所需销量增幅</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="153"/>
        <source>Orders already above</source>
        <translation>已达门槛订单占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="154"/>
        <source>Orders just below</source>
        <translation>差一点达门槛的订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="158"/>
        <source>Promotion maths</source>
        <translation>优惠计算</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="163"/>
        <source>Price and offers</source>
        <translation>价格与优惠</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="165"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="274"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="52"/>
        <source>List price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="166"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="275"/>
        <source>Unit cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="167"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="263"/>
        <source>单品直降 per unit</source>
        <translation>单品直降（每件）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="170"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="268"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="256"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="373"/>
        <source>预售 deposit worth (定金膨胀)</source>
        <translation>预售定金膨胀后抵扣</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="171"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="265"/>
        <source>Units a buyer buys at most</source>
        <translation>买家最多购买件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="172"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="267"/>
        <source>Stacking order</source>
        <translation>叠加顺序</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="173"/>
        <source>Gross margin (break-even)</source>
        <translation>毛利率（保本测算）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="178"/>
        <source>One product, 1…k units</source>
        <translation>单个商品，买 1…k 件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="179"/>
        <source>Basket of several products</source>
        <translation>多商品组合</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="180"/>
        <source>Use the plan&apos;s offers</source>
        <translation>套用计划的优惠</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="182"/>
        <source>Fill in the chosen product&apos;s campaign price and cost and the plan&apos;s offers</source>
        <translation>填入所选商品的活动价、成本和计划中的优惠</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="278"/>
        <source>Type the list price.</source>
        <translation>请输入售价。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="286"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="379"/>
        <source>预售: the deposit&apos;s worth (定金膨胀) is at least the deposit.</source>
        <translation>预售：定金膨胀后的抵扣金额不能低于定金。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="290"/>
        <source>Stacking order: name each of {0} once; a rate is between 0 and 1.</source>
        <translation>叠加顺序：{0} 各写一次；折扣率在 0 到 1 之间。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="307"/>
        <source>no offer applies</source>
        <translation>没有可用的优惠</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="314"/>
        <source>Lowest price per unit: {price} buying {qty}</source>
        <translation>最低单件到手价：{price}（买 {qty} 件）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="318"/>
        <source>, margin {0:.1f}%</source>
        <translation>，毛利率 {0:.1f}%</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="320"/>
        <source> — below cost</source>
        <translation> —— 低于成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="322"/>
        <source> (deposit {0}, balance {1})</source>
        <translation>（定金 {0}，尾款 {1}）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="339"/>
        <source>满减 break-even at a gross margin of {m:.0f}%: the sales lift that keeps profit flat is m ÷ (m − d) − 1, d = off ÷ basket. Baskets: {n} orders of {period}.</source>
        <translation>满减保本测算（毛利率 {m:.0f}%）：利润持平所需的销量增幅 = m ÷ (m − d) − 1，d = 减免金额 ÷ 客单。客单取自 {period} 的 {n} 笔订单。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="346"/>
        <source>no orders</source>
        <translation>无订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="45"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="75"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="76"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="190"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="46"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="77"/>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="124"/>
        <source>Registration deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="47"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="78"/>
        <source>Warm-up from</source>
        <translation>预热开始</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="47"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="79"/>
        <source>Peak from</source>
        <translation>正式开始</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="48"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="80"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="250"/>
        <source>Peak until</source>
        <translation>正式结束</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="51"/>
        <source>Save dates</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="52"/>
        <source>Add as new event</source>
        <translation>添加为新活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="53"/>
        <source>Remove event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="193"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_editor.py" line="48"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="81"/>
        <source>Encore until</source>
        <translation>返场结束</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="158"/>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="82"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="86"/>
        <source>Calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="91"/>
        <source>Plan this event</source>
        <translation>为此活动做计划</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="92"/>
        <source>The platforms&apos; big events of this year and the next, with their usual dates (the platforms announce the exact days each year), and the shop&apos;s own plans. Choose an event to correct its dates below; Edit → Undo takes a change back.</source>
        <translation>今明两年平台大促的常见日期（确切日期以平台每年公布为准），以及店铺自己的计划。选中一个活动，在下方修改它的日期；编辑 → 撤销可以撤回修改。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="164"/>
        <source>Change dates of {0}</source>
        <translation>修改{0}的日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="196"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="92"/>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="127"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="195"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="93"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="94"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="246"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="197"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="95"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="110"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="131"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="198"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="96"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="132"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="199"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="97"/>
        <source>Products at fault</source>
        <translation>有问题的商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="101"/>
        <source>Checklist</source>
        <translation>报名检查清单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="105"/>
        <source>Checked as of</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="107"/>
        <source>Prices paid in the days before this day count</source>
        <translation>以此日之前若干天的成交价为准</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="109"/>
        <source>Set manual item</source>
        <translation>设置人工检查项</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="111"/>
        <source>Who ticks the item (optional)</source>
        <translation>由谁勾选此项（可不填）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="112"/>
        <source>Add item…</source>
        <translation>添加检查项…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="113"/>
        <source>Remove item</source>
        <translation>移除检查项</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="115"/>
        <source>Set the status of the manual item chosen in the table</source>
        <translation>设置表格中所选人工检查项的状态</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="182"/>
        <source>Choose a plan on the Plans page.</source>
        <translation>请在“活动计划”页选择一个计划。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="192"/>
        <source>{name}: {fail} to fix, {look} to look at, {ok} passed</source>
        <translation>{name}：{fail} 项需修改，{look} 项需查看，{ok} 项通过</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="195"/>
        <source> (with the changes not saved yet)</source>
        <translation>（含尚未保存的修改）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="233"/>
        <source>Nothing at fault.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="243"/>
        <source>Choose a manual item in the table first.</source>
        <translation>请先在表格中选择一个人工检查项。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="262"/>
        <source>Tick {0}</source>
        <translation>勾选 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="267"/>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="267"/>
        <source>Manual item:</source>
        <translation>人工检查项：</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="169"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="281"/>
        <source>Add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calendar_page.py" line="176"/>
        <location filename="../../opsdesk_gui/views/campaigns/checklist_page.py" line="289"/>
        <source>Remove {0}</source>
        <translation>移除 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="189"/>
        <location filename="../../opsdesk_gui/views/campaigns/frames.py" line="21"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="302"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/frames.py" line="43"/>
        <source>Own event</source>
        <translation>自建活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/frames.py" line="44"/>
        <source>Platform calendar</source>
        <translation>平台日历</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/frames.py" line="59"/>
        <source>Shop plan</source>
        <translation>店铺计划</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/frames.py" line="65"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="48"/>
        <source>{0}: write tiers as threshold-off in yuan, e.g. 300-50, 200-20</source>
        <translation>{0}：请按“门槛-减免”（元）填写，例如 300-50, 200-20</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="59"/>
        <source>{0}: type an amount in yuan, e.g. 12.50</source>
        <translation>{0}：请输入金额（元），例如 12.50</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="72"/>
        <source>{0}: write the share paid, e.g. 0.9 for 9折</source>
        <translation>{0}：请填写实付比例，例如 9折 填 0.9</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="80"/>
        <source>折扣</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="81"/>
        <source>Shop 满减 tiers</source>
        <translation>店铺满减档位</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="82"/>
        <source>Shop 每满减</source>
        <translation>店铺每满减</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="83"/>
        <source>Shop coupons</source>
        <translation>店铺优惠券</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="84"/>
        <source>跨店满减 (every)</source>
        <translation>跨店满减（每满）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="85"/>
        <source>Platform coupons</source>
        <translation>平台优惠券</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="170"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="86"/>
        <source>Member discount</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="235"/>
        <source>Plan and phases</source>
        <translation>计划与阶段</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="236"/>
        <source>Mechanics</source>
        <translation>玩法</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="237"/>
        <source>Targets and budget</source>
        <translation>目标与预算</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="238"/>
        <source>Checklist settings</source>
        <translation>检查设置</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="244"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="245"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="49"/>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="123"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="247"/>
        <source>Registration deadline (报名截止)</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="248"/>
        <source>Warm-up (预热) from</source>
        <translation>预热开始</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="249"/>
        <source>Peak (正式) from</source>
        <translation>正式开始</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="251"/>
        <source>Encore (返场) until</source>
        <translation>返场结束</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="252"/>
        <source>折扣 for products without a price</source>
        <translation>未填活动价商品的折扣</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="254"/>
        <source>Gifts</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="277"/>
        <source>The steps in the order they apply, joined by →: {0}</source>
        <translation>按生效先后排列各步骤，用 → 连接：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="169"/>
        <location filename="../../opsdesk_gui/views/campaigns/calculator_page.py" line="266"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="255"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="370"/>
        <source>预售 deposit</source>
        <translation>预售定金</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="257"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="401"/>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="129"/>
        <source>GMV target</source>
        <translation>目标支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="258"/>
        <source>New buyers</source>
        <translation>新客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="260"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="404"/>
        <source>Ad budget</source>
        <translation>推广预算</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="261"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="406"/>
        <source>Discount cost</source>
        <translation>优惠成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="262"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="408"/>
        <source>Gift cost</source>
        <translation>赠品成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="263"/>
        <source>Lowest price over</source>
        <translation>最低价统计天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="264"/>
        <source>Margin floor</source>
        <translation>毛利率底线</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="266"/>
        <source>Usual lift of the event</source>
        <translation>活动通常增幅</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="272"/>
        <source>300-50, 200-20</source>
        <translation>300-50, 200-20</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="274"/>
        <source>300-50</source>
        <translation>300-50</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="276"/>
        <source>0.9 = 9折</source>
        <translation>0.9 = 9折</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="281"/>
        <source>Daily units at the event ÷ on ordinary days, for the expected demand of a product when the shop has no earlier event of the same name</source>
        <translation>活动期日均销量 ÷ 日常日均销量；店铺没有同名的往届活动时，用它估算商品的预计销量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="288"/>
        <source>7 days: the 2022 price-labelling rule (Art. 16); 15 or 30 as the platform asks</source>
        <translation>7 天：2022 年《明码标价和禁止价格欺诈规定》第十六条；平台要求时选 15 或 30 天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="355"/>
        <source>Give the campaign a name.</source>
        <translation>请为活动命名。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="358"/>
        <source>The peak ends before it starts.</source>
        <translation>正式期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_form.py" line="362"/>
        <source>Stacking order: name each of {0} once.</source>
        <translation>叠加顺序：{0} 各写一次。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="50"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="51"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/basket_panel.py" line="51"/>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="53"/>
        <source>Campaign price</source>
        <translation>活动价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="54"/>
        <source>Reserved stock</source>
        <translation>活动库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="55"/>
        <source>秒杀 cap</source>
        <translation>秒杀限购</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="56"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="60"/>
        <source>单品直降/折扣: the price the product is registered at (活动价)</source>
        <translation>单品直降/折扣：商品的报名价（活动价）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="63"/>
        <source>秒杀: the most units one buyer gets at the campaign price</source>
        <translation>秒杀：每位买家按活动价最多可买的件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="103"/>
        <source>{0}: &apos;{1}&apos; is not an amount or a count.</source>
        <translation>{0}：“{1}”不是金额或数量。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="130"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="133"/>
        <source>Days before registration</source>
        <translation>距报名截止天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plan_tables.py" line="166"/>
        <source>{0}: &apos;{1}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{0}：“{1}”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="122"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="125"/>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="126"/>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="128"/>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="141"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="133"/>
        <source>Plans</source>
        <translation>活动计划</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="140"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="142"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="145"/>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="329"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="146"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="147"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="148"/>
        <source>Import registration sheet…</source>
        <translation>导入报名表…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="149"/>
        <source>Remove products</source>
        <translation>移除商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="150"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="151"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="155"/>
        <source>The platform&apos;s registration sheet (CSV/XLSX with 商品ID or 商家编码, 活动价, 活动库存)</source>
        <translation>平台提供的报名表（CSV/XLSX，含 商品ID 或 商家编码、活动价、活动库存）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="191"/>
        <source>Open or create a shop, then plan a campaign.</source>
        <translation>请先打开或新建店铺，再做活动计划。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="207"/>
        <source>{0} campaign plans. Choose one to edit it, check it on the Checklist page, work out its prices on the Promotion maths page.</source>
        <translation>共 {0} 个活动计划。选择一个进行编辑，在“报名检查清单”页检查，在“优惠计算”页算价。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="318"/>
        <source>Edit {0}</source>
        <translation>编辑 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="325"/>
        <source>New campaign</source>
        <translation>新活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="348"/>
        <source>Add products to {0}</source>
        <translation>向 {0} 添加商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="354"/>
        <source>Delete {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="365"/>
        <source>Remove products from {0}</source>
        <translation>从 {0} 移除商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="371"/>
        <source>Registration sheet</source>
        <translation>报名表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="373"/>
        <source>Sheets (*.csv *.xlsx *.xls)</source>
        <translation>表格 (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/plans_page.py" line="383"/>
        <source>A registration sheet is for one platform: choose the plan&apos;s platform first.</source>
        <translation>报名表只对应一个平台：请先选择计划的平台。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="23"/>
        <source>Merchant code (商家编码)</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="24"/>
        <source>Item ID (商品ID)</source>
        <translation>商品ID</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="25"/>
        <source>Campaign price (活动价)</source>
        <translation>活动价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="26"/>
        <source>Reserved stock (活动库存)</source>
        <translation>活动库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="33"/>
        <source>Map the registration sheet</source>
        <translation>报名表列对应</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="36"/>
        <source>{0}: choose the column of each field (the product by its merchant code or its item ID).</source>
        <translation>{0}：请为每一项选择对应的列（商品用商家编码或商品ID识别）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="49"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/sheet_mapping.py" line="68"/>
        <source>Choose the column of the merchant code or the item ID.</source>
        <translation>请选择商家编码或商品ID所在的列。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="16"/>
        <source>Campaign price at or below the recent lowest paid price</source>
        <translation>活动价不高于近期最低成交价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="19"/>
        <source>Strike-through price each product may show</source>
        <translation>各商品可标示的划线价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="20"/>
        <source>Reserved stock: within stock, enough for the expected demand</source>
        <translation>活动库存：不超过现有库存，且够预计销量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="23"/>
        <source>Titles pass the title check</source>
        <translation>标题通过标题检查</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="24"/>
        <source>Lowest stacked price at or above unit cost</source>
        <translation>叠加后最低到手价不低于成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="27"/>
        <source>Margin at the lowest stacked price at or above the floor</source>
        <translation>最低到手价的毛利率不低于底线</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="30"/>
        <source>满减 and coupon thresholds reachable and consistent</source>
        <translation>满减和优惠券门槛可达且前后一致</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="31"/>
        <source>Main images without QR codes</source>
        <translation>主图无二维码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="32"/>
        <source>Detail pages updated</source>
        <translation>详情页已更新</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="33"/>
        <source>Customer-service scripts updated</source>
        <translation>客服话术已更新</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="34"/>
        <source>Gift stock ready</source>
        <translation>赠品库存已备好</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="35"/>
        <source>Shipping promise set (e.g. within 24 h)</source>
        <translation>发货承诺已设置（如 24 小时内发货）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="36"/>
        <source>满减 settings entered in the back office</source>
        <translation>满减已在后台设置</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="39"/>
        <source>Prices in the back office match the plan</source>
        <translation>后台价格与计划一致</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="46"/>
        <source>Lower the campaign price to the lowest paid price or below, or ask the platform which window (7, 15 or 30 days) it checks.</source>
        <translation>把活动价降到最低成交价或以下，或向平台确认按几天（7、15 或 30 天）的最低价核查。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="51"/>
        <source>Show no strike-through price above these, or explain on the page what the compared price is.</source>
        <translation>划线价不要高于上述价格，或在页面上说明对比价的含义。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="56"/>
        <source>Reserve no more than is on hand; order stock or reserve more where the expected demand is higher.</source>
        <translation>活动库存不要超过现有库存；预计销量更高的商品要补货或多报库存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="61"/>
        <source>Fix the titles on the Products tab&apos;s Title check page.</source>
        <translation>在“商品”标签页的“标题检查”页修改标题。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="62"/>
        <source>Raise the campaign price, or drop or change an offer that stacks.</source>
        <translation>提高活动价，或取消、调整可叠加的优惠。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="65"/>
        <source>Raise the price or narrow the offers, or lower the floor on purpose.</source>
        <translation>提高价格或收窄优惠，或有意识地调低毛利率底线。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="68"/>
        <source>Set each threshold above the cheapest campaign price and within reach, each higher tier giving more off.</source>
        <translation>每个门槛都要高于最便宜商品的活动价且能够达到，档位越高减得越多。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="78"/>
        <source>The plan has no products yet.</source>
        <translation>计划中还没有商品。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="79"/>
        <source>no campaign price in the plan</source>
        <translation>计划中没有活动价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="80"/>
        <source>never sold: no paid price to compare with</source>
        <translation>从未售出：没有成交价可比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="81"/>
        <source>campaign price {campaign_price} above the lowest paid {lowest_paid} ({paid_on}, {days}-day window)</source>
        <translation>活动价 {campaign_price} 高于最低成交价 {lowest_paid}（{paid_on}，{days} 天内）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="86"/>
        <source>strike-through at most {reference_price} ({paid_on})</source>
        <translation>划线价最高 {reference_price}（{paid_on}）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="89"/>
        <source>no sale yet: show no strike-through price</source>
        <translation>尚无成交：不要标示划线价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="90"/>
        <source>no reserved stock in the plan</source>
        <translation>计划中没有活动库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="91"/>
        <source>stock on hand unknown (import a product list)</source>
        <translation>现有库存未知（请导入商品表）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="92"/>
        <source>reserves {reserved}, only {stock} in stock</source>
        <translation>活动库存 {reserved}，现有库存只有 {stock}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="93"/>
        <source>reserves {reserved}, expected demand {expected} ({source})</source>
        <translation>活动库存 {reserved}，预计销量 {expected}（{source}）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="96"/>
        <source>no title in the catalogue</source>
        <translation>商品库中没有标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="97"/>
        <source>banned words: {words}</source>
        <translation>违禁词：{words}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="98"/>
        <source>title {bytes} bytes, over the limit of {limit}</source>
        <translation>标题 {bytes} 字节，超过上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="99"/>
        <source>repeated words: {words}</source>
        <translation>重复词：{words}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="100"/>
        <source>lowest stacked price {lowest_price} ({qty} units): no unit cost to compare with</source>
        <translation>叠加后最低到手价 {lowest_price}（{qty} 件）：没有成本价可比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="104"/>
        <source>lowest stacked price {lowest_price} ({qty} units) is below the unit cost {cost}</source>
        <translation>叠加后最低到手价 {lowest_price}（{qty} 件）低于成本价 {cost}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="108"/>
        <source>margin {margin} at {lowest_price} is below the floor {floor}</source>
        <translation>到手价 {lowest_price} 的毛利率 {margin} 低于底线 {floor}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="111"/>
        <source>threshold {threshold} (−{off}) is at or below the campaign price {campaign_price}: one unit reaches it, a plain discount</source>
        <translation>门槛 {threshold}（减 {off}）不高于活动价 {campaign_price}：买一件就满足，等于直接降价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="116"/>
        <source>threshold {threshold} is above {max_qty} units at {campaign_price}: hardly anyone reaches it</source>
        <translation>门槛 {threshold} 高于 {max_qty} 件 × {campaign_price}：几乎没人能达到</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="121"/>
        <source>tier {threshold}−{off} gives no more than the lower tier {lower_threshold}−{lower_off}</source>
        <translation>档位 {threshold}−{off} 的减免不比低一档 {lower_threshold}−{lower_off} 多</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="131"/>
        <source>Targets and budget agreed</source>
        <translation>确定目标和预算</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="132"/>
        <source>Products chosen, stock ordered</source>
        <translation>选定商品，备货下单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="133"/>
        <source>Campaign prices and offers set</source>
        <translation>定好活动价和优惠</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="134"/>
        <source>Registration sheet filled, checklist run</source>
        <translation>填好报名表，完成检查清单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="135"/>
        <source>Images and detail pages delivered</source>
        <translation>主图和详情页交付</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="136"/>
        <source>Changes frozen; back-office settings entered</source>
        <translation>冻结改动；后台设置完成</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="137"/>
        <source>Registration submitted</source>
        <translation>提交报名</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="143"/>
        <source>Shop owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="144"/>
        <source>Operator</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="145"/>
        <source>Designer</source>
        <translation>美工</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="146"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="147"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="153"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="154"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="155"/>
        <source>Needs a look</source>
        <translation>需查看</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="156"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="157"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="159"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="160"/>
        <source>Over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="166"/>
        <source>单品直降/折扣</source>
        <translation>单品直降/折扣</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="167"/>
        <source>Shop 满减</source>
        <translation>店铺满减</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="168"/>
        <source>Shop coupon</source>
        <translation>店铺券</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="169"/>
        <source>Platform 跨店满减 / coupon</source>
        <translation>平台跨店满减/平台券</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="171"/>
        <source>预售 deposit worth more (定金膨胀)</source>
        <translation>预售定金膨胀</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="178"/>
        <source>Registration checklist — {name}</source>
        <translation>活动报名检查清单 —— {name}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="179"/>
        <source>Checked on {as_of} · lowest price over {days} days · margin floor {floor} · up to {qty} units</source>
        <translation>检查日期 {as_of} · 最低价统计 {days} 天 · 毛利率底线 {floor} · 最多买 {qty} 件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="184"/>
        <source>☑ pass · ☒ fail · ☐ needs a look. Automatic items are checked against the shop file; manual items are ticked by a person.</source>
        <translation>☑ 通过 · ☒ 不通过 · ☐ 需查看。自动项按店铺文件中的数据检查；人工项由负责人勾选。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="191"/>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="192"/>
        <source>Peak</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="200"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="201"/>
        <source>manual</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/campaign_texts.py" line="202"/>
        <source>baseline × usual lift</source>
        <translation>日常销量 × 通常增幅</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/unsaved.py" line="16"/>
        <source>Changes not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/campaigns/unsaved.py" line="17"/>
        <source>The changes to {0} are not saved yet. Save them?</source>
        <translation>对 {0} 的更改尚未保存。要保存吗？</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="57"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="61"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="62"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="63"/>
        <source>A 生意参谋 traffic source (一级/二级来源) or an ad tool; an ad tool&apos;s row joins the source its visitors arrive in</source>
        <translation>生意参谋流量来源（一级/二级来源）或推广工具；推广工具的行并入其访客到达的来源</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="65"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="66"/>
        <source>What the ad tool charged in the period (推广 ad spend exports)</source>
        <translation>推广工具本期的扣费（推广花费导出）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="67"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="68"/>
        <source>Visitors from the 生意参谋 traffic sources. Summed over sub-sources or periods they are approximate, and the total always is: a visitor can arrive through several sources</source>
        <translation>来自生意参谋流量来源的访客。跨子来源或跨时段相加只是近似值，合计也总是近似：一个访客可能从多个来源进店</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="71"/>
        <source>Buyers</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="72"/>
        <source>Paying buyers from the 生意参谋 traffic sources</source>
        <translation>来自生意参谋流量来源的支付买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="73"/>
        <source>GMV</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="74"/>
        <source>Paid amount from the 生意参谋 traffic sources</source>
        <translation>来自生意参谋流量来源的支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="75"/>
        <source>Conversion</source>
        <translation>支付转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="76"/>
        <source>Buyers ÷ visitors</source>
        <translation>支付买家数 ÷ 访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="77"/>
        <source>CTR</source>
        <translation>点击率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="77"/>
        <source>Clicks ÷ impressions</source>
        <translation>点击量 ÷ 展现量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="78"/>
        <source>CPC</source>
        <translation>平均点击花费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="78"/>
        <source>Spend ÷ clicks</source>
        <translation>花费 ÷ 点击量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="79"/>
        <source>ROI (投产比)</source>
        <translation>投产比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="80"/>
        <source>Attributed GMV ÷ spend. Attributed GMV is the 成交金额 the ad report states, else the 支付金额 of the channel&apos;s traffic source. Below 1 the channel costs more than it sells</source>
        <translation>归属成交金额 ÷ 花费。归属成交金额取推广报表的成交金额，没有时取该渠道流量来源的支付金额。低于 1 表示花费多于成交</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="83"/>
        <source>CAC (获客成本)</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="84"/>
        <source>Spend ÷ the new buyers the ad report states: what one new buyer costs. The rows are sorted by it, cheapest first</source>
        <translation>花费 ÷ 推广报表中的新客数：获得一个新客的成本。按此排序，最便宜的在前</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="86"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="87"/>
        <source>Impressions</source>
        <translation>展现量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="88"/>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="89"/>
        <source>New buyers</source>
        <translation>新客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="90"/>
        <source>New buyers as the ad report states them</source>
        <translation>推广报表中的新客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="91"/>
        <source>Ad GMV (成交金额)</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="92"/>
        <source>The GMV the ad tool attributes to itself</source>
        <translation>推广工具归属给自己的成交金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="108"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请打开或新建店铺，然后导入导出文件。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="125"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="133"/>
        <source>Total ({0})</source>
        <translation>合计（{0}）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="160"/>
        <source>{0}. Channels with spend first, the cheapest new buyer (获客成本) on top: budget moved up the list buys more.</source>
        <translation>{0}。有花费的渠道在前，获客成本最低的在最上：预算往上移能买到更多新客。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="164"/>
        <source>No channel figures for this period: import the 生意参谋 traffic source export (流量来源) and the 推广 ad spend exports (直通车, 万相台, 巨量千川 …).</source>
        <translation>本期没有渠道数据：请导入生意参谋流量来源导出和推广花费导出（直通车、万相台、巨量千川……）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="169"/>
        <source>No ad spend in this period: import the 推广 ad spend exports (直通车, 万相台, 巨量千川 …) for spend, CPC, ROI and CAC.</source>
        <translation>本期没有推广花费：请导入推广花费导出（直通车、万相台、巨量千川……），以得到花费、平均点击花费、投产比和获客成本。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="173"/>
        <source>No 生意参谋 traffic sources for this period: import the traffic source export (流量来源) for visitors, buyers and conversion.</source>
        <translation>本期没有生意参谋流量来源：请导入流量来源导出，以得到访客数、支付买家数和转化率。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="180"/>
        <source>{0}: the 生意参谋 traffic sources cover only {1} of the period ({2}): import the traffic source export for the whole period.</source>
        <translation>{0}：生意参谋流量来源只覆盖本期的 {1}（{2}）：请导入整个时段的流量来源导出。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="186"/>
        <source>{0}: no 生意参谋 traffic source, so visitors and conversion are unknown (ROI uses the ad report&apos;s 成交金额).</source>
        <translation>{0}：没有生意参谋流量来源，访客数和转化率未知（投产比使用推广报表的成交金额）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/channels_page.py" line="191"/>
        <source>{0}: the ad report states no new buyers, so CAC is unknown.</source>
        <translation>{0}：推广报表没有新客数，获客成本未知。</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="58"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="61"/>
        <source>Group buyers by</source>
        <translation>买家分组依据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="65"/>
        <source>Month of the first order</source>
        <translation>首单月份</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="66"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="67"/>
        <source>Category of the first order</source>
        <translation>首单类目</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="70"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="75"/>
        <source>Bought in month +k (share of the cohort)</source>
        <translation>第 +k 月有购买（占同期群比例）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="76"/>
        <source>Bought again by month +k (cumulative share)</source>
        <translation>到第 +k 月已复购（累计比例）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="77"/>
        <source>Paid per buyer by month +k (cumulative)</source>
        <translation>到第 +k 月人均支付金额（累计）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="104"/>
        <source>No paid orders yet.</source>
        <translation>还没有支付订单。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="110"/>
        <source>{cohorts} cohorts up to {end}. Blank: the month is not over yet. 30-day and 90-day repurchase count the buyers whose first order is at least that long ago.</source>
        <translation>截至 {end} 共 {cohorts} 个同期群。空白：该月尚未结束。30 天和 90 天复购率只统计首单距今已满 30 / 90 天的买家。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="115"/>
        <source>The buyers of a group started in different months: each cell counts those for whom month +k is over.</source>
        <translation>同一组的买家首购月份不同：每个单元格只统计第 +k 月已结束的买家。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="125"/>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="125"/>
        <source>30-day repurchase</source>
        <translation>30 天复购率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="126"/>
        <source>90-day repurchase</source>
        <translation>90 天复购率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="147"/>
        <source>No category</source>
        <translation>无类目</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/cohorts_page.py" line="157"/>
        <source>Days to 2nd order</source>
        <translation>距第二单天数</translation>
    </message>
</context>
<context>
    <name>CustomerControls</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="43"/>
        <source>As of</source>
        <translation>分析日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="45"/>
        <source>The day the analysis is made on (default: the shop&apos;s last order day)</source>
        <translation>分析所依据的日期（默认：店铺最后一笔订单的日期）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="46"/>
        <source>Window</source>
        <translation>统计窗口</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="47"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="49"/>
        <source>F and M count the paid orders of this many days, ending on the as-of day</source>
        <translation>F 和 M 统计截至分析日、这么多天内的支付订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="50"/>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="51"/>
        <source>F scores</source>
        <translation>F 评分</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="53"/>
        <source>Chinese eight types (八类客户)</source>
        <translation>八类客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="54"/>
        <source>R × FM grid (Shopify&apos;s groups)</source>
        <translation>R × FM 网格（Shopify 分组）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="55"/>
        <source>Quintiles</source>
        <translation>五分位数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/controls.py" line="56"/>
        <source>Fixed: 1 / 2 / 3–4 / 5+ orders</source>
        <translation>固定：1 / 2 / 3–4 / 5 笔及以上</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/page.py" line="96"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请打开或新建店铺，然后导入导出文件。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/page.py" line="124"/>
        <source>Approximate: 抖店, 拼多多 and 快手 exports have no buyer ID, so a buyer there is the receiver&apos;s name and phone as exported (one person with two phones counts twice, people sharing a masked phone once), and an order with neither counts as a buyer of its own.</source>
        <translation>近似值：抖店、拼多多和快手的导出没有买家ID，这些平台的买家按导出的收件人姓名和手机号识别（一人用两个手机号会算作两人，共用同一打码手机号的人会算作一人）；两者都没有的订单各算一个买家。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/page.py" line="130"/>
        <source>{count} orders of 抖店, 拼多多 or 快手 were imported before OpsDesk kept the receiver: each counts as a buyer of its own until you import their export again.</source>
        <translation>有 {count} 笔抖店、拼多多或快手订单是在 OpsDesk 保存收件人之前导入的：在重新导入其导出文件之前，每笔订单各算一个买家。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="92"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="95"/>
        <source>Funnel: visitors → cart → order → paid</source>
        <translation>转化漏斗：访客 → 加购 → 下单 → 支付</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="96"/>
        <source>Why did GMV change?</source>
        <translation>支付金额为什么变了？</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="96"/>
        <source>Unusual days</source>
        <translation>异常日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="112"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请打开或新建店铺，然后导入后台导出的文件。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="178"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="189"/>
        <source>all platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="190"/>
        <source>{period} against {base} · {platform} · in {currency}</source>
        <translation>{period} 对比 {base} · {platform} · 币种 {currency}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="194"/>
        <source>The shop also sold in {0}: choose the currency on the right (currencies are never added).</source>
        <translation>店铺还有 {0} 的销售：请在右侧选择币种（不同币种不会相加）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="198"/>
        <source>Visitors are the sum of daily visitors (approximate): import the 生意参谋 export for exactly this period.</source>
        <translation>访客数为每日访客数之和（近似值）：请导入正好覆盖本期的生意参谋数据。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="223"/>
        <source>Key figures</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="224"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="224"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="224"/>
        <source>Comparison period</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="225"/>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="232"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="231"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="231"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="231"/>
        <source>Rate from the step before</source>
        <translation>上一环节转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="235"/>
        <source>Part</source>
        <translation>构成</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/dashboard.py" line="235"/>
        <source>GMV</source>
        <translation>支付金额</translation>
    </message>
</context>
<context>
    <name>EditUndo</name>
    <message>
        <location filename="../../opsdesk_gui/views/edit_undo.py" line="66"/>
        <source>&amp;Undo last import</source>
        <translation>撤销上次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/edit_undo.py" line="68"/>
        <location filename="../../opsdesk_gui/views/edit_undo.py" line="75"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/edit_undo.py" line="72"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销{0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/edit_undo.py" line="73"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/edit_undo.py" line="74"/>
        <source>&amp;Redo {0}</source>
        <translation>重做{0}(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/funnel_view.py" line="27"/>
        <source>Visitors (访客)</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/funnel_view.py" line="27"/>
        <source>Added to cart (加购)</source>
        <translation>加购</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/funnel_view.py" line="28"/>
        <source>Ordered (下单)</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/funnel_view.py" line="28"/>
        <source>Paid (支付)</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/funnel_view.py" line="47"/>
        <source>{0} pt</source>
        <translation>{0} 个百分点</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/funnel_view.py" line="60"/>
        <source>No funnel: import the 生意参谋 shop overview (访客数, 加购人数, 下单买家数, 支付买家数) for this period.</source>
        <translation>暂无漏斗：请导入本期的生意参谋店铺概况（访客数、加购人数、下单买家数、支付买家数）。</translation>
    </message>
</context>
<context>
    <name>GmvWaterfall</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/waterfall.py" line="36"/>
        <source>Comparison</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/waterfall.py" line="39"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/waterfall.py" line="39"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/waterfall.py" line="40"/>
        <source>Spend per buyer</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/waterfall.py" line="36"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/waterfall.py" line="79"/>
        <source>No sales in one of the two periods: the change cannot be split.</source>
        <translation>其中一个时期没有销售，无法拆分变化。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/waterfall.py" line="80"/>
        <source>Import the 生意参谋 traffic (访客数) of both periods to split the change into visitors, conversion and spend per buyer.</source>
        <translation>请导入两个时期的生意参谋流量（访客数），即可把变化拆分为访客数、转化率和客单价的贡献。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="75"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="79"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="79"/>
        <source>Kind</source>
        <translation>报表类型</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="80"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="95"/>
        <source>Copy summary</source>
        <translation>复制导入结果</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="96"/>
        <source>Save summary…</source>
        <translation>保存导入结果…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="98"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="125"/>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="218"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="142"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="145"/>
        <source>Other: map the columns myself</source>
        <translation>其他：自己对应各列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="169"/>
        <source>Detected: {0}</source>
        <translation>已识别：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="173"/>
        <source>Map the columns on the right</source>
        <translation>请在右侧对应各列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="177"/>
        <source>Ready to import</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="263"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="271"/>
        <source>Nothing was imported; the shop is unchanged.</source>
        <translation>没有导入任何数据，店铺数据未作改动。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="279"/>
        <source>The import was cancelled; the shop is unchanged.</source>
        <translation>导入已取消，店铺数据未作改动。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/import_dialog.py" line="290"/>
        <source>Save summary</source>
        <translation>保存导入结果</translation>
    </message>
</context>
<context>
    <name>ImportGuide</name>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="37"/>
        <source>Sales, orders and buyers: the Products, Customers and Reports tabs.</source>
        <translation>销售额、订单和买家：商品、客户和报表页。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="43"/>
        <source>Taobao / Tmall (千牛)</source>
        <translation>淘宝 / 天猫（千牛）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="44"/>
        <source>Orders: 订单报表 and 宝贝报表</source>
        <translation>订单：订单报表和宝贝报表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="46"/>
        <source>choose the dates, tick 订单报表 and 宝贝报表</source>
        <translation>选择时间，勾选订单报表和宝贝报表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="49"/>
        <source>Import both together: orders, buyers, and each product&apos;s units and sales (Products, Customers, Reports).</source>
        <translation>两个文件一起导入：订单、买家，以及每个商品的件数和销售额（商品、客户、报表）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="52"/>
        <source>Refunds: 退款管理</source>
        <translation>退款：退款管理</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="54"/>
        <source>the 退款管理 export (CSV or XLSX)</source>
        <translation>退款管理导出的文件（CSV 或 XLSX）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="55"/>
        <source>Refund reasons and amounts: Reports → After-sales, and net sales.</source>
        <translation>退款原因和金额：报表 → 售后，以及净销售额。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="58"/>
        <source>Traffic: 生意参谋 downloads</source>
        <translation>流量：生意参谋下载</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="61"/>
        <source>XLS/XLSX files whose first rows name the shop and the period</source>
        <translation>XLS/XLSX 文件，开头几行写着店铺和统计时间</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="63"/>
        <source>Visitors, conversion and the funnel on the dashboard; channels with their sales.</source>
        <translation>看板上的访客数、转化率和漏斗；各渠道及其成交。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="66"/>
        <source>Advertising: 直通车 / 万相台 reports</source>
        <translation>推广：直通车 / 万相台报表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="41"/>
        <source>choose the days</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="68"/>
        <source>a daily report with 花费, 展现量, 点击量</source>
        <translation>按天的报表，含花费、展现量、点击量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="39"/>
        <source>Ad spend: Reports → Channels (ROAS, cost per buyer).</source>
        <translation>推广花费：报表 → 渠道（投产比、获客成本）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="71"/>
        <source>抖店 (Douyin)</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="72"/>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="83"/>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="90"/>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="97"/>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="118"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="40"/>
        <source>choose the dates</source>
        <translation>选择时间</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="74"/>
        <source>a CSV or XLSX with 主订单编号, 子订单编号, 选购商品</source>
        <translation>CSV 或 XLSX，含主订单编号、子订单编号、选购商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="77"/>
        <source>Advertising: 巨量千川</source>
        <translation>推广：巨量千川</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="79"/>
        <source>a daily report with 消耗, 展示次数, 点击次数</source>
        <translation>按天的报表，含消耗、展示次数、点击次数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="82"/>
        <source>拼多多 (Pinduoduo)</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="85"/>
        <source>a CSV with 订单号, 商品, 用户实付金额(元)</source>
        <translation>CSV，含订单号、商品、用户实付金额(元)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="87"/>
        <source>Buyers&apos; addresses come masked (****) from 拼多多: OpsDesk keeps them so.</source>
        <translation>拼多多导出的买家地址已打码（****），OpsDesk 照原样保存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="89"/>
        <source>京东 (JD)</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="92"/>
        <source>an XLS/XLSX or CSV with 订单号, 商品ID, 京东价, 订购数量</source>
        <translation>XLS/XLSX 或 CSV，含订单号、商品ID、京东价、订购数量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="99"/>
        <source>a date range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="101"/>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="113"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="104"/>
        <source>Titles, prices, stock and cost per item: the Products tab.</source>
        <translation>标题、价格、库存和单件成本：商品页。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="106"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="109"/>
        <source>Customers&apos; totals and marketing consent: the Customers tab.</source>
        <translation>客户的累计消费和营销许可：客户页。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="111"/>
        <source>Shopify e-mails a download link when the export is large.</source>
        <translation>导出量大时，Shopify 会把下载链接发到邮箱。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="116"/>
        <source>Titles, prices, stock and cost of goods: the Products tab.</source>
        <translation>标题、价格、库存和商品成本：商品页。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="120"/>
        <source>a CSV with Date, Order #, Status, Product(s), Net sales</source>
        <translation>CSV，含 Date、Order #、Status、Product(s)、Net sales 列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="122"/>
        <source>Orders and sales; the first time, map its columns in the import dialog (the mapping is saved).</source>
        <translation>订单和销售额；第一次导入时在导入窗口里对应各列（对应关系会保存）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="126"/>
        <source>Your cost and stock sheet</source>
        <translation>您的成本库存表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="127"/>
        <source>Costs, stock, safety stock and lead times</source>
        <translation>成本、库存、安全库存和采购周期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="128"/>
        <source>Save the template (button on the left), fill in one row per 商家编码 in Excel or WPS, save it.</source>
        <translation>保存模板（左侧按钮），在 Excel 或 WPS 里每个商家编码填一行，然后保存。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="131"/>
        <source>the template, or any sheet with 商家编码 and 成本 or 库存</source>
        <translation>这个模板，或任何含商家编码以及成本或库存列的表格</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="133"/>
        <source>Margins, 毛利率, days of cover and reorder alerts: the Products tab. Import it like an export, or with Products → Import cost sheet.</source>
        <translation>毛利、毛利率、可售天数和补货提醒：商品页。像导出文件一样导入，或在商品页用“导入成本表”。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="143"/>
        <source>Where</source>
        <translation>在哪下载</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="143"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="144"/>
        <source>Adds</source>
        <translation>带来什么</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/guide_text.py" line="154"/>
        <source>Drag the downloaded files onto the window, or use File → Import…: the import dialog shows what each file was recognised as before anything is written.</source>
        <translation>把下载的文件拖到窗口上，或用 文件 → 导入…：导入窗口会先显示每个文件被识别成什么，确认后才写入。</translation>
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
    <name>KpiCard</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_cards.py" line="151"/>
        <source>no data then</source>
        <translation>当时无数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_cards.py" line="159"/>
        <source>no comparison</source>
        <translation>无对比</translation>
    </message>
</context>
<context>
    <name>KpiTablePage</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="113"/>
        <source>KPI table</source>
        <translation>指标表</translation>
    </message>
</context>
<context>
    <name>LifetimeValuePage</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="49"/>
        <source>Lifetime value</source>
        <translation>生命周期价值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="53"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="54"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="55"/>
        <source>Repeat days</source>
        <translation>复购天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="56"/>
        <source>Days with a purchase after the first (orders of one day are one purchase)</source>
        <translation>首次购买之后有购买的天数（同一天的订单算一次购买）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="57"/>
        <source>First to last (weeks)</source>
        <translation>首末购买间隔（周）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="58"/>
        <source>Age (weeks)</source>
        <translation>客龄（周）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="59"/>
        <source>First purchase to the calibration end</source>
        <translation>从首次购买到校准截止日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="60"/>
        <source>Mean repeat purchase</source>
        <translation>平均复购金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="61"/>
        <source>Expected purchases</source>
        <translation>预计购买次数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="62"/>
        <source>Still a customer</source>
        <translation>仍活跃概率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="63"/>
        <source>The chance that the buyer has not quietly left (BG/NBD)</source>
        <translation>买家尚未悄然流失的概率（BG/NBD）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="64"/>
        <source>Expected value</source>
        <translation>预计价值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="65"/>
        <source>Expected purchases × expected value of a purchase (Gamma-Gamma), over the horizon, not discounted</source>
        <translation>预测期内的预计购买次数 × 每次购买的预计金额（Gamma-Gamma），未折现</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="73"/>
        <source>Calibration end</source>
        <translation>校准截止日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="75"/>
        <source>The models learn from the orders up to this day; later orders check them</source>
        <translation>模型从截至这一天的订单学习；之后的订单用于检验</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="76"/>
        <source>Horizon</source>
        <translation>预测期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="77"/>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="78"/>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="90"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="117"/>
        <source>No paid orders yet.</source>
        <translation>还没有支付订单。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="127"/>
        <source>BG/NBD: r {r:.3f}, α {alpha:.3f}, a {a:.3f}, b {b:.3f}. Gamma-Gamma: p {p:.3f}, q {q:.3f}, γ {gamma:.2f}. Time in weeks.</source>
        <translation>BG/NBD：r {r:.3f}，α {alpha:.3f}，a {a:.3f}，b {b:.3f}。Gamma-Gamma：p {p:.3f}，q {q:.3f}，γ {gamma:.2f}。时间单位：周。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="130"/>
        <source>{buyers} buyers up to {end}; expected over the next {weeks} weeks: {purchases:,.0f} purchases worth {value:,.2f}.</source>
        <translation>截至 {end} 共 {buyers} 位买家；预计未来 {weeks} 周：{purchases:,.0f} 次购买，价值 {value:,.2f}。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/clv_page.py" line="136"/>
        <source>Holdout to {until} ({weeks:.1f} weeks): predicted {predicted:,.0f} repeat purchases, actual {actual:,}.</source>
        <translation>留出期至 {until}（{weeks:.1f} 周）：预测复购 {predicted:,.0f} 次，实际 {actual:,} 次。</translation>
    </message>
</context>
<context>
    <name>ListingTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/listing_tab.py" line="99"/>
        <source>The first {0} of {1} rows.</source>
        <translation>仅打印前 {0} 行（共 {1} 行）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/listing_tab.py" line="68"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请先打开或新建店铺，再导入从后台下载的报表。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/listing_tab.py" line="86"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="85"/>
        <source>Re-activation lists</source>
        <translation>召回名单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="89"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="90"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="92"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="93"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="94"/>
        <source>Last order</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="95"/>
        <source>Days since last order</source>
        <translation>距最近购买天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="96"/>
        <source>Orders in window</source>
        <translation>窗口内订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="97"/>
        <source>Paid in window</source>
        <translation>窗口内支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="98"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="99"/>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="100"/>
        <source>As of</source>
        <translation>分析日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="100"/>
        <source>The day the list was made for</source>
        <translation>名单所依据的日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="101"/>
        <source>Last order in shop</source>
        <translation>店铺最后订单日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="102"/>
        <source>The shop&apos;s last order day when the list was made: later orders are not in</source>
        <translation>生成名单时店铺最后一笔订单的日期：之后的订单不在其中</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="109"/>
        <source>No purchase for at least</source>
        <translation>至少多少天未购买</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="109"/>
        <source>Bought a product (SKU or title contains)</source>
        <translation>买过的商品（编码或标题包含）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="110"/>
        <source>Bought in category</source>
        <translation>买过的类目</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="110"/>
        <source>Segment is any of</source>
        <translation>分群属于</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="111"/>
        <source>Member tier is any of</source>
        <translation>会员等级属于</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="111"/>
        <source>Saved lists</source>
        <translation>已保存的名单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="114"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="115"/>
        <source>any product</source>
        <translation>任意商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="116"/>
        <source>any category</source>
        <translation>任意类目</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="117"/>
        <source>name of the list</source>
        <translation>名单名称</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="118"/>
        <source>Save list</source>
        <translation>保存名单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="119"/>
        <source>Delete list</source>
        <translation>删除名单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="120"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="197"/>
        <source>No paid orders yet.</source>
        <translation>还没有支付订单。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="204"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="209"/>
        <source>{count} buyers as of {as_of} (the shop&apos;s last order: {last}). Export keeps names and phones masked unless you press Show personal data first.</source>
        <translation>截至 {as_of} 共 {count} 位买家（店铺最后订单：{last}）。导出时姓名和手机号保持打码，除非先点“显示个人信息”。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/lists_page.py" line="233"/>
        <source>Give the list a name to save it.</source>
        <translation>请先给名单起个名字再保存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="112"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="112"/>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="112"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="113"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="147"/>
        <source>Cannot open the shop</source>
        <translation>无法打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="154"/>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="155"/>
        <source>This shop file cannot be written (the file or its folder is read-only). You can look, but import, undo and edits are off.</source>
        <translation>这个店铺文件无法写入（文件或所在文件夹是只读的）。可以查看，但导入、撤销和编辑都不可用。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="174"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="208"/>
        <source>Add to campaign</source>
        <translation>加入活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="209"/>
        <source>Choose the rows, and a plan on the Campaigns tab (or create one) first.</source>
        <translation>请先选择商品行，并在“活动”标签页选择（或新建）一个计划。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="211"/>
        <source>{0} products added to {1}</source>
        <translation>已将 {0} 个商品加入 {1}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/status_area.py" line="74"/>
        <source>No shop</source>
        <translation>未打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/status_area.py" line="76"/>
        <source>Orders {first} to {last}</source>
        <translation>订单日期：{first} 至 {last}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/status_area.py" line="77"/>
        <source>No orders yet</source>
        <translation>暂无订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/status_area.py" line="79"/>
        <source>Last import {0}</source>
        <translation>上次导入：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="220"/>
        <source>OpsDesk shops (*{0})</source>
        <translation>OpsDesk 店铺文件 (*{0})</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="224"/>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="240"/>
        <source>Open shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="257"/>
        <source>Import export files</source>
        <translation>导入报表文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="258"/>
        <source>Exports (*.csv *.xlsx *.xls *.txt)</source>
        <translation>后台导出的报表 (*.csv *.xlsx *.xls *.txt)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="345"/>
        <source>Watch a folder</source>
        <translation>监控文件夹</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/main_window.py" line="364"/>
        <source>Imported from the watched folder: {0} added, {1} updated</source>
        <translation>已从监控文件夹导入：新增 {0} 条，更新 {1} 条</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="70"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="71"/>
        <source>&amp;New shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="72"/>
        <source>&amp;Open shop…</source>
        <translation>打开店铺(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="73"/>
        <source>Recent shops</source>
        <translation>最近打开的店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="74"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="75"/>
        <source>&amp;Undo last import</source>
        <translation>撤销上次导入(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="76"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="77"/>
        <source>&amp;Export table…</source>
        <translation>导出表格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="78"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="80"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="81"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="83"/>
        <source>&amp;Daily/weekly/monthly review…</source>
        <translation>日报/周报/月报复盘(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="84"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="85"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="86"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="87"/>
        <source>&amp;About OpsDesk</source>
        <translation>关于 OpsDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="92"/>
        <source>Stop watching {0}</source>
        <translation>停止监视 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="94"/>
        <source>&amp;Watch a folder…</source>
        <translation>监视文件夹(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/menus.py" line="96"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="32"/>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="33"/>
        <source>Line / sub-order number</source>
        <translation>子订单编号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="34"/>
        <source>Merchant SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="35"/>
        <source>Platform product ID</source>
        <translation>平台商品 ID</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="36"/>
        <source>Product title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="37"/>
        <source>Variant / specification</source>
        <translation>销售属性 / 规格</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="38"/>
        <source>Quantity (negative = return)</source>
        <translation>购买数量（负数为退货）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="39"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="40"/>
        <source>Amount paid for the line</source>
        <translation>子订单实付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="41"/>
        <source>Amount paid for the order</source>
        <translation>订单实付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="42"/>
        <source>Postage</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="43"/>
        <source>Payment time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="44"/>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="45"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="46"/>
        <source>Buyer / customer ID</source>
        <translation>买家 / 客户 ID</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="47"/>
        <source>Buyer&apos;s name</source>
        <translation>买家姓名</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="48"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="49"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="50"/>
        <source>Address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="51"/>
        <source>Province / region / country</source>
        <translation>省份 / 地区 / 国家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="52"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="53"/>
        <source>Currency code</source>
        <translation>币种代码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="54"/>
        <source>Refunded amount of the line</source>
        <translation>子订单退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="55"/>
        <source>Unit cost of goods</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="56"/>
        <source>Stock on hand</source>
        <translation>当前库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="67"/>
        <source>Which column holds what</source>
        <translation>各字段在哪一列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="69"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="80"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="133"/>
        <source>Saved mappings…</source>
        <translation>已保存的列对应…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="146"/>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="152"/>
        <source>Save mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/mapping_editor.py" line="146"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../opsdesk_gui/views/messages.py" line="27"/>
        <source>Something unexpected went wrong ({0}), so this was not done. Nothing in the shop file was lost. The details are in the log file in {1} (Help &gt; Open log folder).</source>
        <translation>发生了意外错误（{0}），此操作没有完成。店铺文件中的数据没有任何丢失。详细信息记录在 {1} 中的日志文件里（帮助 &gt; 打开日志文件夹）。</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/charts.py" line="109"/>
        <source>Refund reasons (Pareto): share of the refund amount and cumulative share</source>
        <translation>退款原因（帕累托）：各原因占退款金额的比例及累计占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/charts.py" line="111"/>
        <source>% of refunds</source>
        <translation>占退款 %</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/charts.py" line="113"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
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
    <name>ProductCharts</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="115"/>
        <source>Units sold per day</source>
        <translation>每日支付件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="119"/>
        <source>Lowest paid unit price per day (after discounts)</source>
        <translation>每日最低实付单价（扣除优惠后）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="105"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="106"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="107"/>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="117"/>
        <source>Stock today (the shop file keeps no stock history)</source>
        <translation>当前库存（店铺文件不保存库存历史）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="122"/>
        <source>List price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/charts.py" line="124"/>
        <source>Unit cost</source>
        <translation>成本价</translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="75"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="75"/>
        <source>The platform&apos;s buyer ID</source>
        <translation>平台的买家ID</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="77"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="78"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="79"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="80"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="81"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="82"/>
        <source>The buyer&apos;s paid orders in the period with this product</source>
        <translation>该买家本期含此商品的已付款订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="83"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="84"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="85"/>
        <source>What the buyer paid for this product in the period (its lines&apos; amounts)</source>
        <translation>该买家本期为此商品支付的金额（商品行金额）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="86"/>
        <source>Last paid</source>
        <translation>最近付款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="128"/>
        <source>Loading {0}…</source>
        <translation>正在加载 {0}…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="146"/>
        <source>Could not load the product: {0}</source>
        <translation>无法加载该商品：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="157"/>
        <source>Product detail</source>
        <translation>商品详情</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="159"/>
        <source>Choose a product in the table to see its daily sales, its prices and its buyers.</source>
        <translation>在表格中选择一个商品，查看它的每日销量、价格和买家。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="161"/>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="164"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="166"/>
        <source>{platform} · SKU {sku}</source>
        <translation>{platform} · 商家编码 {sku}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="169"/>
        <source>{platform} · {count} SKUs: {skus}</source>
        <translation>{platform} · {count} 个 SKU：{skus}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="172"/>
        <source>stock today {0}</source>
        <translation>当前库存 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="174"/>
        <source>list price {0}</source>
        <translation>售价 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="176"/>
        <source>unit cost {0}</source>
        <translation>单位成本 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="180"/>
        <source>safety stock {0}</source>
        <translation>安全库存 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="182"/>
        <source>{period}: {units} units sold, sales {money}, {buyers} buyers</source>
        <translation>{period}：售出 {units} 件，商品销售额 {money}，买家 {buyers} 人</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/detail.py" line="187"/>
        <source>Buyers in the period, best first</source>
        <translation>本期买家（按金额从高到低）</translation>
    </message>
</context>
<context>
    <name>ProductTablePage</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="159"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="163"/>
        <source>By SKU</source>
        <translation>按 SKU</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="164"/>
        <source>One row per SKU (商家编码)</source>
        <translation>每个 SKU（商家编码）一行</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="165"/>
        <source>By product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="167"/>
        <source>The SKUs of one product (the same 商品ID) added into one row</source>
        <translation>同一商品（相同商品ID）的各 SKU 汇总为一行</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="168"/>
        <source>Set…</source>
        <translation>批量设置…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="169"/>
        <source>Set the cost, safety stock, lead time, category or tags of the selected rows</source>
        <translation>设置所选行的成本价、安全库存、采购周期、类目或标签</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="171"/>
        <source>Import cost sheet…</source>
        <translation>导入成本表…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="173"/>
        <source>A CSV or Excel sheet with SKU codes and unit costs (成本): the costs are set as one edit you can undo</source>
        <translation>含商家编码和成本的 CSV 或 Excel 表：成本作为一次可撤销的修改写入</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="175"/>
        <source>Add to campaign</source>
        <translation>加入活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="206"/>
        <source>The first {0} of {1} rows.</source>
        <translation>共 {1} 行中的前 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="225"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请打开或新建店铺，然后导入后台导出的文件。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="247"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="268"/>
        <source>{products} products, {sold} sold in {period}</source>
        <translation>{products} 个商品，{period} 期间有 {sold} 个售出</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="270"/>
        <source>{products} SKUs, {sold} sold in {period}</source>
        <translation>{products} 个 SKU，{period} 期间有 {sold} 个售出</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="323"/>
        <source>set {field} of {sku}</source>
        <translation>修改 {sku} 的{field}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="330"/>
        <source>Safety stock is set per SKU: switch to By SKU.</source>
        <translation>安全库存按 SKU 设置：请切换到“按 SKU”。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="333"/>
        <source>set {field} of {count} products</source>
        <translation>修改 {count} 个商品的{field}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="341"/>
        <source>Select the rows to set first.</source>
        <translation>请先选择要设置的行。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="350"/>
        <source>Import cost sheet</source>
        <translation>导入成本表</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="351"/>
        <source>Cost sheets (*.csv *.xlsx *.xls *.txt)</source>
        <translation>成本表 (*.csv *.xlsx *.xls *.txt)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="374"/>
        <source>{file}: costs of {set} products set; {missing} codes not found among the products shown, {skipped} rows without a code or cost.</source>
        <translation>{file}：已设置 {set} 个商品的成本；{missing} 个编码在当前商品中未找到，{skipped} 行缺少编码或成本。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="379"/>
        <source>import the cost sheet {0}</source>
        <translation>导入成本表 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="415"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="428"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销{0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="429"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="430"/>
        <source>&amp;Redo {0}</source>
        <translation>重做{0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_page.py" line="431"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="35"/>
        <source>A cost, a stock figure or a count cannot be negative.</source>
        <translation>成本、库存或数量不能为负数。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="37"/>
        <source>The lead time is at least 1 day.</source>
        <translation>采购周期至少为 1 天。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="38"/>
        <source>Type a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="39"/>
        <source>Type an amount in yuan, e.g. 12.50.</source>
        <translation>请输入以元为单位的金额，例如 12.50。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="41"/>
        <source>&apos;{0}&apos; is refused: {1}</source>
        <translation>“{0}”无法保存：{1}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="48"/>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="293"/>
        <source>Safety stock (安全库存)</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="49"/>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="303"/>
        <source>Lead time (采购周期)</source>
        <translation>采购周期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="50"/>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="102"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="51"/>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="108"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="140"/>
        <source>Set a field of {0} products</source>
        <translation>批量设置 {0} 个商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="145"/>
        <source>Empty clears the field</source>
        <translation>留空则清除该项</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="153"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="154"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/editing.py" line="47"/>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="120"/>
        <source>Unit cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="17"/>
        <source>New (新品)</source>
        <translation>新品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="18"/>
        <source>Best seller (爆款)</source>
        <translation>爆款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="19"/>
        <source>Rising (潜力款)</source>
        <translation>潜力款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="20"/>
        <source>Long tail (长尾)</source>
        <translation>长尾</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="21"/>
        <source>Slow (滞销)</source>
        <translation>滞销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="25"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="26"/>
        <source>Slow</source>
        <translation>滞销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="27"/>
        <source>Low margin</source>
        <translation>毛利过低</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="28"/>
        <source>Below cost</source>
        <translation>低于成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="92"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="95"/>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="97"/>
        <source>商家编码: the merchant&apos;s own product code</source>
        <translation>商家编码：商家自己的商品编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="99"/>
        <source>Title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="104"/>
        <source>Double-click to edit</source>
        <translation>双击修改</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="110"/>
        <source>Your own words for the product; double-click to edit</source>
        <translation>您为商品写的标签；双击修改</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="114"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="116"/>
        <source>List price from the product sheet</source>
        <translation>商品表中的售价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="122"/>
        <source>Cost of goods per unit (成本), from the product sheet or typed here; double-click to edit</source>
        <translation>每件商品的成本，来自商品成本表或在此填写；双击修改</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="130"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="132"/>
        <source>Current stock (库存) from the product sheet</source>
        <translation>商品表中的当前库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="136"/>
        <source>Stock at period end</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="138"/>
        <source>Current stock + units sold since the period&apos;s end: the stock the period ended with (deliveries since are not known). Cover, turnover, sell-through and 滞销 use it</source>
        <translation>当前库存 + 期末之后卖出的件数：即本期结束时的库存（之后的到货无从得知）。可售天数、周转天数、售罄率和滞销都按它计算</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="147"/>
        <source>Units (支付件数)</source>
        <translation>支付件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="149"/>
        <source>Units in orders paid in the period</source>
        <translation>本期已付款订单中的件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="153"/>
        <source>Sales (商品销售额)</source>
        <translation>商品销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="155"/>
        <source>The amounts of the product&apos;s lines in orders paid in the period; postage is not in it, so the total is below 支付金额</source>
        <translation>本期已付款订单中该商品各行的金额；不含运费，因此合计低于支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="163"/>
        <source>Refunds</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="165"/>
        <source>Refunds that succeeded in the period (成功退款金额, as 生意参谋), and returns dated in the period</source>
        <translation>本期内退款成功的金额（成功退款金额，与生意参谋一致），以及日期在本期的退货</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="173"/>
        <source>Refunds of the period&apos;s orders</source>
        <translation>本期订单的退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="175"/>
        <source>A different figure: the refunds of the lines sold in the period, whenever they happened (the latest period&apos;s are not all in yet)</source>
        <translation>另一个指标：本期卖出的商品后来发生的全部退款，不论何时退款成功（最近一期的退款往往还没发生完）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="237"/>
        <source>Stock at the period&apos;s end ÷ average daily units sold over the 30 days up to it</source>
        <translation>期末库存 ÷ 截至期末 30 天的日均销量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="247"/>
        <source>Average stock ÷ average daily units sold in the period (the stock at the period&apos;s end stands in for the average: the shop file keeps no stock history)</source>
        <translation>平均库存 ÷ 本期日均销量（店铺文件没有库存历史，以期末库存代替平均库存）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="258"/>
        <source>Units sold ÷ (units sold + stock at the period&apos;s end)</source>
        <translation>销量 ÷（销量 + 期末库存）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="273"/>
        <source>新品: first sale within 30 days; 爆款: class A and not declining; 潜力款: units up 50% or more on the previous period; 滞销: stock but no sale in 30 days, or turnover over 45 days; 长尾: the rest. A single day is not classed</source>
        <translation>新品：30 天内首次售出；爆款：A 类且未下滑；潜力款：销量比上期增长 50% 以上；滞销：有库存但 30 天无销售，或周转超过 45 天；长尾：其余。单日不分类</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="183"/>
        <source>Net sales (净销售额)</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="185"/>
        <source>Sales − refunds − returns</source>
        <translation>商品销售额 − 退款 − 退货</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="189"/>
        <source>Gross profit (毛利)</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="191"/>
        <source>Net sales − unit cost × units</source>
        <translation>净销售额 − 成本价 × 件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="195"/>
        <source>Margin (毛利率)</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="197"/>
        <source>Gross profit ÷ net sales; empty without a unit cost</source>
        <translation>毛利 ÷ 净销售额；没有成本价时为空</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="201"/>
        <source>Refund rate (退款率)</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="203"/>
        <source>Refunds and returns ÷ sales, by amount</source>
        <translation>（退款 + 退货）÷ 商品销售额，按金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="207"/>
        <source>Visitors (访客数)</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="209"/>
        <source>The product&apos;s visitors from 生意参谋 商品效果: the export for exactly this period, else the sum of daily visitors (approximate). Shared by all SKUs of the product</source>
        <translation>来自生意参谋商品效果的商品访客数：优先用恰好为本期的导出，否则为每日访客数之和（近似值）。同一商品的所有 SKU 共用</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="218"/>
        <source>Conversion (支付转化率)</source>
        <translation>支付转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="220"/>
        <source>The product&apos;s paying buyers ÷ visitors, as 生意参谋 states them</source>
        <translation>商品支付买家数 ÷ 访客数（按生意参谋的数据）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="226"/>
        <source>Sold (动销)</source>
        <translation>动销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="228"/>
        <source>At least one unit sold in the period; 动销率 = products sold ÷ products on shelf</source>
        <translation>本期至少售出一件；动销率 = 有销售的商品数 ÷ 在架商品数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="235"/>
        <source>Days of cover (可售天数)</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="245"/>
        <source>Turnover days (库存周转天数)</source>
        <translation>库存周转天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="256"/>
        <source>Sell-through (售罄率)</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="262"/>
        <source>ABC (ABC分类)</source>
        <translation>ABC分类</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="264"/>
        <source>A: the products making the first 80% of sales, B: the next 15%, C: the last 5%</source>
        <translation>A：贡献前 80% 销售额的商品；B：其后 15%；C：最后 5%</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="271"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="282"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="284"/>
        <source>Low stock: below the safety stock, or fewer days of cover than the lead time. Slow: 滞销. Low margin: margin at the realised price under 20%. Below cost: sold below the unit cost</source>
        <translation>库存不足：低于安全库存，或可售天数少于采购周期。滞销：滞销商品。毛利过低：按实际成交价的毛利率低于 20%。低于成本：有成交价低于成本价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="295"/>
        <source>Yours when set, else average daily units × (lead time + 7 review days); double-click to edit</source>
        <translation>已设置时用您的数值，否则为日均销量 ×（采购周期 + 7 天盘点周期）；双击修改</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="305"/>
        <source>Days from ordering to stock on the shelf (7 unless set); double-click to edit</source>
        <translation>从下单采购到上架的天数（未设置时为 7）；双击修改</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="312"/>
        <source>Reorder point (补货点)</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="314"/>
        <source>Lead-time demand + safety stock</source>
        <translation>采购周期内的需求 + 安全库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="318"/>
        <source>Reorder qty</source>
        <translation>建议补货量</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="320"/>
        <source>When stock is at or below the reorder point: enough for the lead time and review period at the recent rate, back up to the safety stock</source>
        <translation>库存不高于补货点时：按近期销量补足采购周期和盘点周期的需求，并回到安全库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="328"/>
        <source>Realised price</source>
        <translation>成交均价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="330"/>
        <source>Sales ÷ units: the price actually paid after discounts</source>
        <translation>商品销售额 ÷ 件数：优惠后的实际成交价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="334"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="336"/>
        <source>Paid orders in the period with this product (not added up per product: an order may hold several of its SKUs)</source>
        <translation>本期含该商品的已付款订单数（按商品汇总时不相加：一个订单可能含该商品的多个 SKU）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="344"/>
        <source>SKUs</source>
        <translation>SKU 数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="346"/>
        <source>SKUs added into this row</source>
        <translation>汇总到这一行的 SKU 数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="357"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/table_columns.py" line="357"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="51"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="51"/>
        <source>Bundles</source>
        <translation>搭配推荐</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/tabs/products.py" line="51"/>
        <source>Title check</source>
        <translation>标题检查</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/printable.py" line="26"/>
        <source>The first {0} of {1} rows.</source>
        <translation>前 {0} 行，共 {1} 行。</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="63"/>
        <source>Approximate: {0} orders have no buyer ID; their buyers are counted by the receiver&apos;s name and phone, or one per order</source>
        <translation>近似值：{0} 笔订单没有买家ID，其买家按收件人姓名和手机号计，或每笔订单算一个买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="117"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="118"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="119"/>
        <source>Comparison period</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="120"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="123"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="124"/>
        <source>Definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="35"/>
        <source>GMV (支付金额)</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="41"/>
        <source>{0} pt</source>
        <translation>{0} 个百分点</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="35"/>
        <source>What buyers actually paid for orders paid in the period, postage included, refunds not subtracted</source>
        <translation>本期已支付订单中买家实际支付的金额，含运费，未扣除退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="38"/>
        <source>Visitors (访客数)</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="38"/>
        <source>Distinct visitors, from the 生意参谋 export for exactly this period, else the sum of daily visitors (approximate: visitors do not add up across days)</source>
        <translation>去重后的访客人数，取自与本期完全一致的生意参谋导出；没有时为每日访客数之和（近似值：访客数跨天不能直接相加）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="41"/>
        <source>Conversion (支付转化率)</source>
        <translation>支付转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="44"/>
        <source>Spend per buyer (客单价)</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="44"/>
        <source>GMV ÷ paying buyers (生意参谋&apos;s definition); approximate where buyers are told apart by their receiver</source>
        <translation>支付金额 ÷ 支付买家数（生意参谋口径）；按收件人区分买家的部分为近似值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="47"/>
        <source>Paid orders (支付订单数)</source>
        <translation>支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="47"/>
        <source>Orders with a payment time in the period</source>
        <translation>付款时间在本期内的订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="49"/>
        <source>Paying buyers (支付买家数)</source>
        <translation>支付买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="49"/>
        <source>Distinct buyers with a paid order in the period; where the export has no buyer ID (抖店, 拼多多, 快手) a buyer is the receiver&apos;s name + phone, and an order naming neither counts as one buyer (approximate)</source>
        <translation>本期有支付订单的去重买家数；导出没有买家ID时（抖店、拼多多、快手）按收件人姓名＋手机号识别买家，两者都没有的订单各算一个买家（近似值）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="53"/>
        <source>Units (支付件数)</source>
        <translation>支付件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="53"/>
        <source>Items in the period&apos;s paid orders</source>
        <translation>本期已支付订单中的商品件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="55"/>
        <source>Order value (笔单价)</source>
        <translation>笔单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="55"/>
        <source>GMV ÷ paid orders</source>
        <translation>支付金额 ÷ 支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="57"/>
        <source>Refunds (退款金额)</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="63"/>
        <source>Refund rate (退款率, by amount)</source>
        <translation>退款率（按金额）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="63"/>
        <source>Refunds ÷ GMV</source>
        <translation>退款金额 ÷ 支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="65"/>
        <source>Net sales (净销售额)</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="65"/>
        <source>GMV − refunds</source>
        <translation>支付金额 − 退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="67"/>
        <source>Gross margin (毛利率)</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="67"/>
        <source>(Net sales − unit cost × units) ÷ net sales</source>
        <translation>（净销售额 − 成本价 × 件数）÷ 净销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="69"/>
        <source>Value per visitor (UV价值)</source>
        <translation>UV价值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="87"/>
        <source>— net sales below 0</source>
        <translation>— 净销售额为负</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="95"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="105"/>
        <source>(approx.)</source>
        <translation>（近似）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="83"/>
        <source>— import 生意参谋 traffic</source>
        <translation>— 请导入生意参谋流量数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="41"/>
        <source>Paying buyers ÷ visitors, both of the platforms whose visitors are known (never one platform&apos;s visitors under all platforms&apos; buyers)</source>
        <translation>支付买家数 ÷ 访客数，两者都只算有访客数据的平台（绝不用所有平台的买家除以一个平台的访客）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="57"/>
        <source>Refunds that succeeded in the period (生意参谋&apos;s 成功退款金额), whichever period the order was paid in; for each order the largest amount its exports state, never more than was paid. A refund without a date of its own counts on its order&apos;s payment day</source>
        <translation>本期内退款成功的金额（即生意参谋的成功退款金额），不论订单在哪一期支付；每个订单取各导出表所记的最大金额，且不超过实付。没有自身退款日期的退款计在订单的支付日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="69"/>
        <source>GMV ÷ visitors, both of the platforms whose visitors are known</source>
        <translation>支付金额 ÷ 访客数，两者都只算有访客数据的平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="60"/>
        <source>Covers {0} only: the platforms whose visitors are known</source>
        <translation>只含{0}：有访客数据的平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="67"/>
        <source>{0} of it has no refund date: counted on the order&apos;s payment day</source>
        <translation>其中 {0} 没有退款日期：计在订单的支付日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="85"/>
        <source>— add unit costs (product sheet)</source>
        <translation>— 请补充成本价（商品表）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="121"/>
        <source>This period against the comparison period: in per cent, rates in percentage points (个百分点)</source>
        <translation>本期对比对比期：百分比变化，比率类指标为百分点（个百分点）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/kpi_table.py" line="159"/>
        <source>{period} against {base}</source>
        <translation>{period} 对比 {base}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="88"/>
        <source>Daily, weekly or monthly review</source>
        <translation>日报、周复盘、月复盘</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="89"/>
        <source>Daily snapshot (that day)</source>
        <translation>日报（当天）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="90"/>
        <source>Weekly review (the seven days ending on it)</source>
        <translation>周复盘（截至当天的 7 天）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="91"/>
        <source>Monthly review (its calendar month)</source>
        <translation>月复盘（所在自然月）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="94"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="95"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="95"/>
        <source>Ending on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="96"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="96"/>
        <source>Covers</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="99"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="100"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="101"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="102"/>
        <source>Save XLSX…</source>
        <translation>保存 XLSX…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="122"/>
        <source>{0} ({1} days), compared with {2}</source>
        <translation>{0}（{1} 天），对比 {2}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="143"/>
        <source>Building the review…</source>
        <translation>正在生成复盘…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="167"/>
        <source>Save the review as PDF</source>
        <translation>将复盘保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="174"/>
        <source>Save the review as XLSX</source>
        <translation>将复盘保存为 XLSX</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/review_dialog.py" line="202"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="15"/>
        <source>Daily snapshot</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="16"/>
        <source>Weekly review</source>
        <translation>周复盘</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="17"/>
        <source>Monthly review</source>
        <translation>月复盘</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="18"/>
        <source>{shop} — {kind}</source>
        <translation>{shop} — {kind}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="19"/>
        <source>{period} ({days} days), compared with {base} · {platform} · {currency}</source>
        <translation>{period}（{days} 天），对比 {base} · {platform} · {currency}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="21"/>
        <source>The shop&apos;s data ends on {day}: the days after it have no figures yet.</source>
        <translation>店铺数据截至 {day}：之后的日期尚无数据。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="23"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="24"/>
        <source>None in this period.</source>
        <translation>本期没有。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="25"/>
        <source>{0} pt</source>
        <translation>{0} 个百分点</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="26"/>
        <source>GMV changed by {delta} ({percent}). GMV = visitors × conversion × spend per buyer, so the change splits into these parts (by their share of the change in logs):</source>
        <translation>支付金额变化 {delta}（{percent}）。支付金额 = 访客数 × 支付转化率 × 客单价，变化按各因素在对数变化中的占比拆分如下：</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="31"/>
        <source>GMV changed by {delta} ({percent}). Without visitors for both periods, it splits into paying buyers × spend per buyer:</source>
        <translation>支付金额变化 {delta}（{percent}）。两个周期的访客数不全，按 支付买家数 × 客单价 拆分：</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="34"/>
        <source>GMV changed by {delta}; no split: one of the periods has no sales.</source>
        <translation>支付金额变化 {delta}；其中一个周期没有销售，无法拆分。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="36"/>
        <source>{sold} of {on_shelf} products on shelf sold in the period (动销率 {rate}).</source>
        <translation>在售 {on_shelf} 个商品中本期有 {sold} 个动销（动销率 {rate}）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="38"/>
        <source>动销率 leaves out {platforms}: no stock figures there, so it is unknown.</source>
        <translation>动销率不含{platforms}：那里没有库存数据，无从得知。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="40"/>
        <source>Conversion and value per visitor cover {platforms} only: the platforms whose visitors are known.</source>
        <translation>支付转化率和UV价值只含{platforms}：有访客数据的平台。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="43"/>
        <source>Paying buyers are approximate: {count} orders have no buyer ID (抖店, 拼多多, 快手), so their buyers are counted by the receiver&apos;s name and phone, or one per order.</source>
        <translation>支付买家数为近似值：{count} 笔订单没有买家ID（抖店、拼多多、快手），其买家按收件人姓名和手机号计，或每笔订单算一个买家。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="48"/>
        <source>{amount} of the refunds has no refund date of its own: counted on its order&apos;s payment day.</source>
        <translation>退款中有 {amount} 没有自身的退款日期：计在订单的支付日。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="51"/>
        <source>The comparison period is before the shop&apos;s first sale: no data to compare.</source>
        <translation>对比期在店铺首笔成交之前：没有可比的数据。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="53"/>
        <source>The split covers {platforms}, the platforms whose visitors are known ({scoped}); the other platforms: {other}.</source>
        <translation>拆分只含{platforms}，即有访客数据的平台（{scoped}）；其他平台：{other}。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="57"/>
        <source>Key figures</source>
        <translation>核心指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="58"/>
        <source>Why GMV changed</source>
        <translation>支付金额为何变化</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="59"/>
        <source>Trend per day</source>
        <translation>每日趋势</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="60"/>
        <source>Top products by sales</source>
        <translation>销售额最高的商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="61"/>
        <source>Slowest products on shelf</source>
        <translation>在售最滞销的商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="62"/>
        <source>Channels and ad spend</source>
        <translation>渠道与推广花费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="63"/>
        <source>Refund reasons</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="64"/>
        <source>Most refunded products</source>
        <translation>退款最多的商品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="65"/>
        <source>Unusual days</source>
        <translation>异常日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="66"/>
        <source>GMV (支付金额) per day</source>
        <translation>每日支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="67"/>
        <source>Conversion per day (支付转化率, %)</source>
        <translation>每日支付转化率（%）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="68"/>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="72"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="69"/>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="73"/>
        <source>Comparison period</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="70"/>
        <source>7-day average</source>
        <translation>7日均值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="71"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="74"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="75"/>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="76"/>
        <source>Ratio</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="77"/>
        <source>Share of the GMV change</source>
        <translation>贡献的金额变化</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="78"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="79"/>
        <source>Comparison date</source>
        <translation>对比日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="80"/>
        <source>GMV</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="81"/>
        <source>GMV (comparison)</source>
        <translation>支付金额（对比期）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="82"/>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="83"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="84"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="85"/>
        <source>Conversion (comparison)</source>
        <translation>转化率（对比期）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="86"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="87"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="88"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="89"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="90"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="91"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="92"/>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="93"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="94"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="95"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="96"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="97"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="98"/>
        <source>Attributed GMV</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="99"/>
        <source>ROI</source>
        <translation>投产比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="100"/>
        <source>Cost per new buyer</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="101"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="102"/>
        <source>Refunds</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="103"/>
        <source>Cases</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="104"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="105"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="106"/>
        <source>Refunded orders</source>
        <translation>退款订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="107"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="108"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="109"/>
        <source>Normal from</source>
        <translation>正常下限</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="110"/>
        <source>Normal to</source>
        <translation>正常上限</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="111"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="112"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="113"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="114"/>
        <source>New</source>
        <translation>新品</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="115"/>
        <source>Best seller</source>
        <translation>爆款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="116"/>
        <source>Rising</source>
        <translation>潜力款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="117"/>
        <source>Slow</source>
        <translation>滞销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="118"/>
        <source>Long tail</source>
        <translation>长尾</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="119"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="120"/>
        <source>Not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="121"/>
        <source>Above normal</source>
        <translation>高于正常</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="122"/>
        <source>Below normal</source>
        <translation>低于正常</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="123"/>
        <source>Unusual</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="124"/>
        <source>Campaign (expected)</source>
        <translation>活动（预期内）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="125"/>
        <source>Not judged: {days} ({metric}): {reason}.</source>
        <translation>未判断：{days}（{metric}）：{reason}。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="126"/>
        <source>fewer than 14 normal days (no campaign, data imported) before them</source>
        <translation>此前正常日（无活动、已导入数据）不足 14 天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="129"/>
        <source>no orders imported for these days</source>
        <translation>这些日期尚未导入订单</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="139"/>
        <source>GMV of the platforms with visitors</source>
        <translation>有访客数据平台的支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/review_text.py" line="141"/>
        <source>GMV of the other platforms</source>
        <translation>其他平台的支付金额</translation>
    </message>
</context>
<context>
    <name>RfmPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="71"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="75"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="76"/>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="77"/>
        <source>Share of buyers</source>
        <translation>买家占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="78"/>
        <source>Paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="79"/>
        <source>What the segment&apos;s buyers paid in the window</source>
        <translation>该分群买家在统计窗口内的支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="80"/>
        <source>Share of revenue</source>
        <translation>金额占比</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="87"/>
        <source>Cut-offs (a value up to the first scores 1 — R: 5 — above the fourth 5 — R: 1). Edit a cell to set your own.</source>
        <translation>分界值（不超过第一个分界值得 1 分——R 得 5 分——超过第四个得 5 分——R 得 1 分）。可直接修改单元格。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="89"/>
        <source>Back to quintiles</source>
        <translation>恢复五分位数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="90"/>
        <source>R: days since</source>
        <translation>R：距今天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="91"/>
        <source>F: orders</source>
        <translation>F：订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="91"/>
        <source>M: paid</source>
        <translation>M：支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="93"/>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="94"/>
        <source>R × F: buyers and what they paid</source>
        <translation>R × F：买家数与支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="96"/>
        <source>Movement: segment {0} days earlier (rows) → now (columns), buyers</source>
        <translation>分群变化：{0} 天前的分群（行）→ 现在（列），买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="122"/>
        <source>No paid orders yet.</source>
        <translation>还没有支付订单。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="133"/>
        <source>{scored} buyers with a paid order from {since} to {as_of}, scored against the shop&apos;s own buyers.</source>
        <translation>{since} 至 {as_of} 有支付订单的买家 {scored} 位，按本店买家自身的分布评分。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="140"/>
        <source>Many buyers have the same number of orders, so F&apos;s quintiles tie and F takes fewer than five scores: F scoring offers fixed cut-offs (1 / 2 / 3–4 / 5+).</source>
        <translation>许多买家的订单数相同，F 的五分位分界重合，F 得不到五档评分：可在“F 评分”中改用固定分界（1 / 2 / 3–4 / 5+）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="158"/>
        <source>A cut-off must be a number.</source>
        <translation>分界值必须是数字。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="161"/>
        <source>Cut-offs must not decrease from left to right.</source>
        <translation>分界值从左到右不能减小。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/rfm_page.py" line="181"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>RoiChart</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/charts.py" line="68"/>
        <source>ROI (投产比) per channel with spend; dashed: 1 (attributed GMV = spend)</source>
        <translation>各有花费渠道的投产比；虚线：1（归属成交金额 = 花费）</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="62"/>
        <source>Filter: type words the rows must contain</source>
        <translation>筛选：输入要查找的文字</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="66"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="67"/>
        <source>Choose the columns to show</source>
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="72"/>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="74"/>
        <source>Buyers&apos; names, phones, e-mails and addresses are masked. Show them in clear on screen, in copies and in exports.</source>
        <translation>买家的姓名、手机号、邮箱和地址已打码。开启后，屏幕上、复制的内容和导出的文件中都显示完整信息。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="79"/>
        <location filename="../../opsdesk_gui/views/table/view.py" line="108"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="81"/>
        <source>Save the rows shown, in this order, as an Excel workbook or a CSV file</source>
        <translation>将当前显示的行按现在的顺序保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="102"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="106"/>
        <source>Copy with column titles</source>
        <translation>复制（含列标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opsdesk_gui/views/table/view.py" line="222"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../opsdesk_gui/views/table/view.py" line="224"/>
        <source>{shown} of %Ln row(s)</source>
        <translation>
            <numerusform>显示 {shown} 行，共 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="325"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="326"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="340"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/table/view.py" line="341"/>
        <source>Could not write {path}: {error}. If the file is open in Excel or WPS, close it and try again.</source>
        <translation>无法写入 {path}：{error}。如果该文件正在 Excel 或 WPS 中打开，请先关闭再重试。</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="77"/>
        <source>Member tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="80"/>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="88"/>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="102"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="80"/>
        <source>Buyers</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="81"/>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="92"/>
        <source>Paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="82"/>
        <source>What the tier&apos;s buyers paid in the window</source>
        <translation>该等级买家在统计窗口内的支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="86"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="87"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="89"/>
        <source>Next tier</source>
        <translation>下一等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="90"/>
        <source>Still needed</source>
        <translation>还差</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="91"/>
        <source>Spend (yuan) or orders the buyer still needs in the window</source>
        <translation>买家在统计窗口内还需的消费金额（元）或订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="93"/>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="165"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="94"/>
        <source>Days since last order</source>
        <translation>距最近购买天数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="102"/>
        <source>Measure</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="103"/>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="105"/>
        <source>Spend in yuan, or orders, in the window; the first tier starts at 0</source>
        <translation>统计窗口内的消费金额（元）或订单数；第一个等级从 0 开始</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="106"/>
        <source>Add tier</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="107"/>
        <source>Remove tier</source>
        <translation>删除等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="108"/>
        <source>Save tiers</source>
        <translation>保存等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="109"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="110"/>
        <source>Tier rules (saved in the shop file)</source>
        <translation>等级规则（保存在店铺文件中）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="111"/>
        <source>Buyers per tier</source>
        <translation>各等级买家数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="112"/>
        <source>Close to the next tier (at least {0:.0%} of the way)</source>
        <translation>接近下一等级（已达到 {0:.0%} 以上）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="142"/>
        <source>No paid orders yet.</source>
        <translation>还没有支付订单。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="148"/>
        <source>{buyers} buyers with a paid order in the window; {near} close to their next tier.</source>
        <translation>统计窗口内有支付订单的买家 {buyers} 位；其中 {near} 位接近下一等级。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="164"/>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="186"/>
        <source>New tier</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="206"/>
        <source>Each tier&apos;s threshold must be a number.</source>
        <translation>每个等级的起点必须是数字。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="207"/>
        <source>Each tier needs a name of its own.</source>
        <translation>每个等级需要一个不重复的名称。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="208"/>
        <source>A tier is measured by spend or by orders.</source>
        <translation>等级按消费金额或订单数划分。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="209"/>
        <source>The first tier starts at 0: it holds every other buyer.</source>
        <translation>第一个等级从 0 开始：其余买家都属于它。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/tiers_page.py" line="210"/>
        <source>Thresholds must rise from one tier to the next.</source>
        <translation>起点必须一级比一级高。</translation>
    </message>
</context>
<context>
    <name>TitleCheckPage</name>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="177"/>
        <source>Title check</source>
        <translation>标题检查</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="181"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="182"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="183"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="184"/>
        <source>Banned words (极限词) red, repeated words (keyword stuffing) orange, the part over the platform&apos;s limit grey</source>
        <translation>极限词标红，重复词（关键词堆砌）标橙，超出平台字数限制的部分标灰</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="186"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="187"/>
        <source>The title&apos;s length as the platform counts it: a Chinese character 2 bytes, a letter or digit 1</source>
        <translation>平台计算的标题长度：一个汉字2字节，一个字母或数字1字节</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="189"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="190"/>
        <source>The platform&apos;s limit in bytes (淘宝/天猫 60 = 30 Chinese characters); - where no documented limit is known</source>
        <translation>平台的字节上限（淘宝/天猫 60 = 30个汉字）；没有公开上限的平台显示 -</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="192"/>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="193"/>
        <source>What to change</source>
        <translation>修改建议</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="197"/>
        <source>Check a title:</source>
        <translation>检查标题：</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="199"/>
        <source>Type or paste a new title: it is checked as you type</source>
        <translation>输入或粘贴新标题：边输入边检查</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="200"/>
        <source>Extra banned words…</source>
        <translation>自定义违禁词…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="202"/>
        <source>Add your own words to flag in titles, on top of the Advertising Law&apos;s list</source>
        <translation>在广告法极限词之外，添加您自己要在标题中标出的词</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="228"/>
        <source>A good title: core word + attribute words + scene words (核心词+属性词+场景词), no absolute claims, no repeated keywords.</source>
        <translation>好标题：核心词+属性词+场景词，不用绝对化用语，不重复堆砌关键词。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="232"/>
        <source>{bytes} of {limit} bytes</source>
        <translation>{bytes} / {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="234"/>
        <source>{bytes} bytes (no limit checked for this platform)</source>
        <translation>{bytes} 字节（此平台不检查长度）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="241"/>
        <source>No findings: no banned words, no repeats, within the limit.</source>
        <translation>没有问题：无极限词、无重复、未超长。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="257"/>
        <source>Open or create a shop, then import your exports.</source>
        <translation>请打开或新建店铺，然后导入导出文件。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="274"/>
        <source>{titles} titles checked, {flagged} with something to change.</source>
        <translation>已检查 {titles} 个标题，其中 {flagged} 个需要修改。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="277"/>
        <source>Your extra banned words: {0}.</source>
        <translation>自定义违禁词：{0}。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/products/title_check.py" line="282"/>
        <source>Could not load: {0}</source>
        <translation>无法加载：{0}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="140"/>
        <source>GMV (支付金额)</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="140"/>
        <source>Paid orders</source>
        <translation>支付订单数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="141"/>
        <source>Visitors (访客数)</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="142"/>
        <source>Conversion (支付转化率) %</source>
        <translation>支付转化率 %</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="143"/>
        <source>Spend per buyer (客单价)</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="144"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="144"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="145"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="196"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="230"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="231"/>
        <source>7-day average</source>
        <translation>7日均线</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="232"/>
        <source>Comparison period</source>
        <translation>对比期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="290"/>
        <source>7-day average {0}</source>
        <translation>7日均值 {0}</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/trend_chart.py" line="293"/>
        <source>comparison {0}: {1}</source>
        <translation>对比期 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>UnusualDays</name>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="37"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="37"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="37"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="38"/>
        <source>Normal range</source>
        <translation>正常范围</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="43"/>
        <source>GMV</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="43"/>
        <source>Conversion</source>
        <translation>支付转化率</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="55"/>
        <source>During {0}: expected</source>
        <translation>处于{0}期间：属预期波动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="59"/>
        <source>&lt; 14 normal days before</source>
        <translation>此前正常日不足14天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="60"/>
        <source>no data imported</source>
        <translation>未导入数据</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="65"/>
        <source>not judged</source>
        <translation>未判断</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/reports/unusual_days.py" line="69"/>
        <source>Not judged: {0}. A day is judged against the 28 normal days (no campaign, data imported) before it.</source>
        <translation>未判断：{0}。每天都与它之前的 28 个正常日（无活动、已导入数据）比较。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="120"/>
        <source>Welcome to OpsDesk</source>
        <translation>欢迎使用 OpsDesk</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="122"/>
        <source>Download the exports from your shop&apos;s back-office as you do today; OpsDesk reads them into one shop file on this computer and answers what sold, what earned, who bought and what changed. Nothing leaves your computer.</source>
        <translation>照常从店铺后台下载导出文件；OpsDesk 把它们读进这台电脑上的一个店铺文件，告诉您卖了什么、赚了多少、谁在买、有什么变化。数据不会离开您的电脑。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="125"/>
        <source>Open the demo shop</source>
        <translation>打开演示店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="127"/>
        <source>Two years of a made-up Taobao and 抖店 shop, to look around first. Built once, in about half a minute.</source>
        <translation>一家虚构的淘宝和抖店店铺两年的数据，先随便看看。只在第一次生成，约半分钟。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="129"/>
        <source>Create a shop and import…</source>
        <translation>新建店铺并导入…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="131"/>
        <source>Choose where to keep your shop file, then pick the exports you downloaded (see the guide on the right).</source>
        <translation>选择店铺文件保存的位置，再选择下载好的导出文件（见右侧指南）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="133"/>
        <source>Open a shop…</source>
        <translation>打开店铺…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="134"/>
        <source>A shop file (.opsdesk) you made before.</source>
        <translation>之前建好的店铺文件（.opsdesk）。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="135"/>
        <source>Cost and stock template…</source>
        <translation>成本库存表模板…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="137"/>
        <source>An Excel sheet to fill with each 商家编码&apos;s cost, stock, safety stock and lead time: margins and reorder alerts need them.</source>
        <translation>一张 Excel 表，填写每个商家编码的成本、库存、安全库存和采购周期：毛利和补货提醒都要用到。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="139"/>
        <source>Recent shops</source>
        <translation>最近打开的店铺</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="140"/>
        <source>Where to download each export</source>
        <translation>各平台导出文件去哪里下载</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="153"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="186"/>
        <source>The demo shop could not be built</source>
        <translation>演示店铺生成失败</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="203"/>
        <source>Required. The code you give each product or SKU in the back-office (商家编码 / 货号 / SKU), exactly as in the exports.</source>
        <translation>必填。您在后台给每个商品或 SKU 设的编码（商家编码 / 货号 / SKU），与导出文件中完全一致。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="205"/>
        <source>Optional: the product&apos;s name.</source>
        <translation>选填：商品名称。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="206"/>
        <source>Optional: colour, size… of this SKU.</source>
        <translation>选填：这个 SKU 的颜色、尺码等。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="207"/>
        <source>What one unit costs you, in yuan (e.g. 23.50). Margins and 毛利率 need it.</source>
        <translation>一件的成本，单位元（例如 23.50）。计算毛利和毛利率需要它。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="209"/>
        <source>Units in stock today. Days of cover and low-stock alerts need it.</source>
        <translation>当前库存件数。可售天数和低库存提醒需要它。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="211"/>
        <source>Optional: the fewest units you want to keep.</source>
        <translation>选填：至少要保留的件数。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="212"/>
        <source>Optional: days from ordering to receiving new stock.</source>
        <translation>选填：从下采购单到到货的天数。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="213"/>
        <source>Optional: your selling price, in yuan.</source>
        <translation>选填：售价，单位元。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="214"/>
        <source>Optional: your own category.</source>
        <translation>选填：您自己的分类。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="215"/>
        <source>Optional: 淘宝, 京东, 抖店, 拼多多, Shopify… when a code means different products on different platforms.</source>
        <translation>选填：淘宝、京东、抖店、拼多多、Shopify 等，同一编码在不同平台是不同商品时填写。</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="221"/>
        <source>cost-and-stock.xlsx</source>
        <translation>成本库存表.xlsx</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="222"/>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="231"/>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="233"/>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="223"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/welcome/page.py" line="234"/>
        <source>Saved {0}. Fill in one row per 商家编码, save it, then import it like an export (File → Import…).</source>
        <translation>已保存 {0}。每个商家编码填一行，保存后像导出文件一样导入（文件 → 导入…）。</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="13"/>
        <source>Important value (重要价值客户)</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="14"/>
        <source>Important to recall (重要唤回客户)</source>
        <translation>重要唤回客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="15"/>
        <source>Important to develop (重要深耕客户)</source>
        <translation>重要深耕客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="16"/>
        <source>Important to retain (重要挽留客户)</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="17"/>
        <source>Potential (潜力客户)</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="18"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="19"/>
        <source>Maintain (一般维持客户)</source>
        <translation>一般维持客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="20"/>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="21"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="22"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="23"/>
        <source>Active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="24"/>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="25"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="26"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="27"/>
        <source>Almost lost</source>
        <translation>即将流失</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="28"/>
        <source>Previously loyal</source>
        <translation>曾经忠诚</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="29"/>
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="30"/>
        <source>Prospects (no order)</source>
        <translation>潜在客户（未下单）</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="33"/>
        <source>First purchase (首购客)</source>
        <translation>首购客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="34"/>
        <source>Repeat (复购客)</source>
        <translation>复购客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="35"/>
        <source>Loyal (忠诚客)</source>
        <translation>忠诚客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="36"/>
        <source>Dormant (沉睡客)</source>
        <translation>沉睡客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="37"/>
        <source>Lost (流失客)</source>
        <translation>流失客</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="55"/>
        <source>Approximate</source>
        <translation>近似</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/customers/names.py" line="56"/>
        <source>Yes: the export has no buyer ID; this buyer is the receiver&apos;s name and phone, or a single order when the export names no receiver</source>
        <translation>是：导出没有买家ID；此买家按收件人姓名和手机号识别，导出未写收件人时为单笔订单</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="12"/>
        <source>Taobao/Tmall</source>
        <translation>淘宝/天猫</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="13"/>
        <source>Douyin shop</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="14"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="15"/>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="16"/>
        <source>Kuaishou shop</source>
        <translation>快手小店</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="17"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="18"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/printed/names.py" line="19"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="18"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="19"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="20"/>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="21"/>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="22"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="23"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="24"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="25"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="26"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="29"/>
        <source>vs previous period</source>
        <translation>对比上一周期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="30"/>
        <source>vs same period last year</source>
        <translation>对比去年同期</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="33"/>
        <source>Platform event</source>
        <translation>平台活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="34"/>
        <source>Category event</source>
        <translation>品类活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="35"/>
        <source>Shop event</source>
        <translation>店铺活动</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="38"/>
        <source>Unpaid</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="39"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="40"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="41"/>
        <source>Completed</source>
        <translation>交易成功</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="42"/>
        <source>Closed</source>
        <translation>交易关闭</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="43"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../opsdesk_gui/views/labels.py" line="44"/>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
</context>
</TS>
