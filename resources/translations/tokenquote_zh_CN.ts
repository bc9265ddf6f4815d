<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Quote {0}</source>
        <translation>报价单 {0}</translation>
    </message>
    <message>
        <source>TokenQuote quote</source>
        <translation>TokenQuote 报价单</translation>
    </message>
    <message>
        <source>{0} (internal)</source>
        <translation>{0}（内部）</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>&amp;Client quote — to send</source>
        <translation>客户报价单（&amp;C）—— 发给客户</translation>
    </message>
    <message>
        <source>&amp;Internal workbook — for you and your finance team</source>
        <translation>内部工作簿（&amp;I）—— 供您与财务团队使用</translation>
    </message>
    <message>
        <source>&amp;Internal copy — for you and your finance team</source>
        <translation>内部版本（&amp;I）—— 供您与财务团队使用</translation>
    </message>
    <message>
        <source>What the client pays: each option&apos;s price, tax and total a month and for the first year, the volumes it is for, your notes and the validity. No vendor cost, discount, markup, price source or internal note.</source>
        <translation>客户需支付的金额：各方案每月及首年的价格、税额与合计，对应的用量、您的备注和有效期。不含厂商成本、折扣、加价、价格来源或内部说明。</translation>
    </message>
    <message>
        <source>Everything: vendor prices and costs, discount, markup, the comparison of every model, the projection, the exchange rates and where each price comes from, with live formulas.</source>
        <translation>全部内容：厂商价格与成本、折扣、加价、全部模型的比较、预测、汇率及各价格的来源，公式可随输入更新。</translation>
    </message>
    <message>
        <source>Everything on one page or two: vendor prices and costs, discount, markup, the exchange rates and where each price comes from.</source>
        <translation>一到两页的全部内容：厂商价格与成本、折扣、加价、汇率及各价格的来源。</translation>
    </message>
    <message>
        <source>No discount or markup is set: the client&apos;s price is the vendor&apos;s cost. Set them in Quote terms… (Ctrl+T).</source>
        <translation>尚未设置折扣或加价：客户价格即厂商成本。请在“报价条款…”（Ctrl+T）中设置。</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>导出给谁？</translation>
    </message>
</context>
<context>
    <name>CatalogActions</name>
    <message>
        <source>&amp;Catalog…</source>
        <translation>价格目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Browse the catalog, its price history and sources; import, add models, enter negotiated prices, switch layers</source>
        <translation>浏览价格目录及其价格历史和来源；导入、添加模型、录入协议价、切换价格层</translation>
    </message>
    <message>
        <source>&amp;Import price list…</source>
        <translation>导入价目表(&amp;I)…</translation>
    </message>
    <message>
        <source>Import price list…</source>
        <translation>导入价目表…</translation>
    </message>
    <message>
        <source>Save price-list &amp;template…</source>
        <translation>保存价目表模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Write an empty CSV or Excel price list in the layout the import reads</source>
        <translation>生成导入所用格式的空白 CSV 或 Excel 价目表</translation>
    </message>
    <message>
        <source>Compare the prices this project was saved with against the current catalog</source>
        <translation>将本项目保存时的价格与当前价格目录对比</translation>
    </message>
    <message>
        <source>Only &amp;stale prices</source>
        <translation>仅显示过时价格(&amp;S)</translation>
    </message>
    <message>
        <source>Show only models whose price was checked longer ago than the stale limit (Tools › Catalog sets it)</source>
        <translation>只显示价格核对时间早于过时期限的模型（期限在“工具 › 价格目录”中设置）</translation>
    </message>
    <message>
        <source>Only stale</source>
        <translation>仅过时</translation>
    </message>
    <message>
        <source>The catalog was not changed</source>
        <translation>价格目录未更改</translation>
    </message>
    <message>
        <source>Your catalog could not be read</source>
        <translation>无法读取您的价格目录</translation>
    </message>
    <message>
        <source>TokenQuote uses the bundled catalog for now, because one of your catalog files could not be read:

{0}

Fix or delete that file, or turn its layer off in Tools › Catalog.</source>
        <translation>由于您的一个价格目录文件无法读取，TokenQuote 暂时使用内置价格目录：

{0}

请修复或删除该文件，或在“工具 › 价格目录”中关闭该价格层。</translation>
    </message>
    <message>
        <source>LiteLLM price map (*.json)</source>
        <translation>LiteLLM 价格表 (*.json)</translation>
    </message>
    <message>
        <source>genai-prices data (*.json)</source>
        <translation>genai-prices 数据文件 (*.json)</translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>导入价目表</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>The price list was not added to the catalog.

{0}</source>
        <translation>价目表未添加到价格目录中。

{0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1} added, {2} updated, {3} skipped</source>
        <translation>已导入 {0}：新增 {1}，更新 {2}，跳过 {3}</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>已取消导入</translation>
    </message>
    <message>
        <source>The price list was not imported.

{0}</source>
        <translation>价目表未导入。

{0}</translation>
    </message>
    <message>
        <source>CSV price list (*.csv)</source>
        <translation>CSV 价目表 (*.csv)</translation>
    </message>
    <message>
        <source>Excel price list (*.xlsx)</source>
        <translation>Excel 价目表 (*.xlsx)</translation>
    </message>
    <message>
        <source>Add a LiteLLM price map, a genai-prices data file, or a CSV or Excel price list, as a catalog layer</source>
        <translation>将 LiteLLM 价格表、genai-prices 数据文件或 CSV、Excel 价目表添加为一个价格层</translation>
    </message>
    <message>
        <source>&amp;Saved prices vs catalog…</source>
        <translation>已保存价格与价格目录对比(&amp;S)…</translation>
    </message>
    <message>
        <source>Price lists (*.json *.csv *.tsv *.txt *.xlsx)</source>
        <translation>价目表 (*.json *.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>CSV price list (*.csv *.tsv *.txt)</source>
        <translation>CSV 价目表 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save price-list template</source>
        <translation>保存价目表模板</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Saved the price-list template to {0}</source>
        <translation>价目表模板已保存到 {0}</translation>
    </message>
    <message>
        <source>Saved prices vs catalog</source>
        <translation>已保存价格与价格目录对比</translation>
    </message>
    <message>
        <source>This project&apos;s prices are the current catalog&apos;s.</source>
        <translation>本项目的价格与当前价格目录一致。</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>本项目</translation>
    </message>
    <message>
        <source>Reprice with the current catalog</source>
        <translation>按当前价格目录重新计价</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>Vendor / model</source>
        <translation>厂商 / 模型</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Latest in / out per 1M</source>
        <translation>最新价格 输入 / 输出（每百万）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>价格层</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Deprecated by the vendor</source>
        <translation>厂商已弃用</translation>
    </message>
</context>
<context>
    <name>CatalogTreePanel</name>
    <message>
        <source>Filter vendors and models, e.g. gpt, deepseek, 豆包</source>
        <translation>筛选厂商和模型，如 gpt、deepseek、豆包</translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <source>Catalog — TokenQuote</source>
        <translation>价格目录 — TokenQuote</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <source>Add a model of your own, with its price</source>
        <translation>添加自建模型及其价格</translation>
    </message>
    <message>
        <source>Edit model…</source>
        <translation>编辑模型…</translation>
    </message>
    <message>
        <source>Edit a model you added, or give it a new dated price</source>
        <translation>编辑您添加的模型，或为其设定新的带日期价格</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Delete a model you added</source>
        <translation>删除您添加的模型</translation>
    </message>
    <message>
        <source>Negotiated price or discount…</source>
        <translation>协议价或折扣…</translation>
    </message>
    <message>
        <source>Enter a discount % for a vendor or model, or a negotiated price for a model</source>
        <translation>为厂商或模型录入折扣 %，或为某个模型录入协议价</translation>
    </message>
    <message>
        <source>Reset to bundled…</source>
        <translation>恢复为内置价格目录…</translation>
    </message>
    <message>
        <source>Move your imports, models and negotiated prices to a backup folder</source>
        <translation>将您导入的价目表、自建模型和协议价移到备份文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>价格目录</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Your catalog layers could not be read, so the bundled catalog is used: {0}. Fix or delete that file, or turn its layer off.</source>
        <translation>无法读取您的价格层，因此使用内置价格目录：{0}。请修复或删除该文件，或关闭其价格层。</translation>
    </message>
    <message>
        <source>The catalog was not changed</source>
        <translation>价格目录未更改</translation>
    </message>
    <message>
        <source>Turn on {0}</source>
        <translation>启用 {0}</translation>
    </message>
    <message>
        <source>Turn off {0}</source>
        <translation>停用 {0}</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>删除价格层</translation>
    </message>
    <message>
        <source>Delete the layer “{0}” and its prices? Undo brings it back.</source>
        <translation>删除价格层“{0}”及其价格吗？可以撤销恢复。</translation>
    </message>
    <message>
        <source>Delete layer {0}</source>
        <translation>删除价格层 {0}</translation>
    </message>
    <message>
        <source>Reset to bundled</source>
        <translation>恢复为内置价格目录</translation>
    </message>
    <message>
        <source>Use only the bundled catalog? Your imported price lists, your models and your negotiated prices are moved to a backup folder (nothing is deleted), and Undo brings them back.</source>
        <translation>只使用内置价格目录吗？您导入的价目表、自建模型和协议价会被移到备份文件夹（不会删除任何内容），可以撤销恢复。</translation>
    </message>
    <message>
        <source>The bundled catalog is used again. Your catalog files were moved to:
{0}</source>
        <translation>已重新使用内置价格目录。您的价格目录文件已移至：
{0}</translation>
    </message>
    <message>
        <source>Edit model {0}</source>
        <translation>编辑模型 {0}</translation>
    </message>
    <message>
        <source>Add model {0}</source>
        <translation>添加模型 {0}</translation>
    </message>
    <message>
        <source>Delete your model “{0}” ({1})? Undo brings it back.</source>
        <translation>删除您的模型“{0}”（{1}）吗？可以撤销恢复。</translation>
    </message>
    <message>
        <source>Delete model {0}</source>
        <translation>删除模型 {0}</translation>
    </message>
    <message>
        <source>{0}% off {1}</source>
        <translation>{1} 减 {0}%</translation>
    </message>
    <message>
        <source>Negotiated price for {0}</source>
        <translation>{0} 的协议价</translation>
    </message>
    <message>
        <source>Delete negotiated price for {0}</source>
        <translation>删除 {0} 的协议价</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>Save chart image</source>
        <translation>保存图表图片</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the image</source>
        <translation>无法保存图片</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>保存图片(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>成本预测</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>组合方案</translation>
    </message>
    <message>
        <source>Client price</source>
        <translation>客户价格</translation>
    </message>
    <message>
        <source>The quote&apos;s options as the client is charged: price after markup, tax and totals</source>
        <translation>报价各方案向客户收取的金额：加价后价格、税额与合计</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>输入/百万</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>输出/百万</translation>
    </message>
    <message>
        <source>Monthly ({0})</source>
        <translation>月度成本（{0}）</translation>
    </message>
    <message>
        <source>12 × month ({0})</source>
        <translation>月度 × 12（{0}）</translation>
    </message>
    <message>
        <source>vs cheapest</source>
        <translation>与最低价差额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tick the models to offer in the quote and show in the charts</source>
        <translation>勾选要纳入报价并在图表中显示的模型</translation>
    </message>
    <message>
        <source>Rank by monthly cost among all compared models whose context window holds the prompt (filters do not change ranks); {0} marks the cheapest</source>
        <translation>在上下文窗口容得下提示词的全部比较模型中按月度成本排名（筛选不改变排名）；{0} 表示最低价</translation>
    </message>
    <message>
        <source>Context window in tokens</source>
        <translation>上下文窗口（tokens）</translation>
    </message>
    <message>
        <source>List price per 1M input tokens, in the vendor&apos;s billing currency</source>
        <translation>每百万输入 tokens 的标价，以厂商计费币种计</translation>
    </message>
    <message>
        <source>List price per 1M output tokens, in the vendor&apos;s billing currency</source>
        <translation>每百万输出 tokens 的标价，以厂商计费币种计</translation>
    </message>
    <message>
        <source>Monthly cost of all workloads in the display currency</source>
        <translation>全部工作负载的月度成本，以显示币种计</translation>
    </message>
    <message>
        <source>Twelve times the monthly cost, a run rate: the first 12 months with the volume growth, price changes and decline are in the Projection tab and the workbook&apos;s Projection sheet</source>
        <translation>月度成本的 12 倍（按当月水平折算）：计入用量增长、价格变动和价格下降后的前 12 个月金额见“成本预测”选项卡和工作簿的“预测”工作表</translation>
    </message>
    <message>
        <source>Monthly cost of {0} in the display currency</source>
        <translation>{0} 的月度成本，以显示币种计</translation>
    </message>
    <message>
        <source>The catalog layer each price comes from (bundled, an imported price list, negotiated) and when it was last checked; a stale price is marked</source>
        <translation>每个价格来自哪一价格层（内置、导入的价目表、协议价）及最近核对日期；过时的价格会标出</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>a plan&apos;s row in the Rank column</comment>
        <translation>组合</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>最低价</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <comment>a plan&apos;s row: the plan · its model</comment>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>{0}: {1} {2} per 1M tokens</source>
        <translation>{0}：每百万 tokens {1} {2}</translation>
    </message>
    <message>
        <source>Cache hits: {0} {1} per 1M tokens</source>
        <translation>缓存命中：每百万 tokens {0} {1}</translation>
    </message>
    <message>
        <source>Long-prompt tier: prompts of {0} tokens or more</source>
        <translation>长提示词档位：提示词达到 {0} tokens 及以上</translation>
    </message>
    <message>
        <source>Long-prompt tier: prompts above {0} tokens</source>
        <translation>长提示词档位：提示词超过 {0} tokens</translation>
    </message>
    <message>
        <source>Input cost: {0}</source>
        <translation>输入成本：{0}</translation>
    </message>
    <message>
        <source>Output cost: {0}</source>
        <translation>输出成本：{0}</translation>
    </message>
    <message>
        <source>Monthly in {0}: {1}</source>
        <translation>以 {0} 计的月度成本：{1}</translation>
    </message>
    <message>
        <source>Exchange rate: 1 {0} = {1} {2}</source>
        <translation>汇率：1 {0} = {1} {2}</translation>
    </message>
    <message>
        <source>Vendor: {0}</source>
        <translation>厂商：{0}</translation>
    </message>
    <message>
        <source>Region: {0} · billed in {1}</source>
        <translation>地区：{0} · 以 {1} 计费</translation>
    </message>
    <message>
        <source>Context window: {0} tokens</source>
        <translation>上下文窗口：{0} tokens</translation>
    </message>
    <message>
        <source>{0} Cheapest for this workload</source>
        <translation>{0} 该工作负载下价格最低</translation>
    </message>
    <message>
        <source>Price in force from {0}</source>
        <translation>价格生效日期：{0}</translation>
    </message>
    <message>
        <source>… until {0}</source>
        <translation>……有效至 {0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>Checked: {0}</source>
        <translation>核对日期：{0}</translation>
    </message>
    <message>
        <source>… (whole note: Catalog window)</source>
        <translation>…（完整说明见“价格目录”窗口）</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>no price on this date</source>
        <translation>该日期无价格</translation>
    </message>
    <message>
        <source>Monthly cost above the cheapest model (the cheapest paid one unless View › Include free models is ticked)</source>
        <translation>比最便宜模型高出的月费用（未勾选“视图 › 包含免费模型”时，与最便宜的付费模型比较）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Exactly {0} {1}, as the vendor publishes it</source>
        <translation>精确值 {0} {1}（厂商公布价）</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Show one vendor&apos;s models</source>
        <translation>只显示某一厂商的模型</translation>
    </message>
    <message>
        <source>Show the vendors of one region</source>
        <translation>只显示某一地区的厂商</translation>
    </message>
    <message>
        <source>Show the models billed in one currency</source>
        <translation>只显示以某一币种计费的模型</translation>
    </message>
    <message>
        <source>Filter models, e.g. gpt, 豆包, deepseek</source>
        <translation>筛选模型，如 gpt、豆包、deepseek</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部厂商</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <source>Billed in {0}</source>
        <translation>以 {0} 计费</translation>
    </message>
    <message>
        <source>Remove from the quote</source>
        <translation>从报价中移除</translation>
    </message>
    <message>
        <source>Add to the quote</source>
        <translation>加入报价</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>编辑组合方案</translation>
    </message>
    <message>
        <source>Copy model id</source>
        <translation>复制模型 ID</translation>
    </message>
    <message>
        <source>Open the price source</source>
        <translation>打开价格来源</translation>
    </message>
    <message>
        <source>Show only {0}</source>
        <translation>只显示{0}</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>模型比较</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <source>Vendor filter</source>
        <translation>厂商筛选</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>地区筛选</translation>
    </message>
    <message>
        <source>Billing currency filter</source>
        <translation>计费币种筛选</translation>
    </message>
    <message>
        <source>What the greyed rows are, with the mark in their Rank column</source>
        <translation>灰色行的含义，标记显示在“排名”列</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
    </message>
    <message>
        <source>Use for “{0}” in a plan</source>
        <translation>在组合方案中用于“{0}”</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建组合方案</translation>
    </message>
    <message>
        <source>Use for a workload in a plan</source>
        <translation>在组合方案中用于某个工作负载</translation>
    </message>
</context>
<context>
    <name>ConstraintsDialog</name>
    <message>
        <source>Constraints of “{0}”</source>
        <translation>“{0}”的约束条件</translation>
    </message>
    <message>
        <source>The workloads on “Cheapest that fits” take the cheapest model that passes these limits and whose context holds their prompt. Nothing ticked in a list: any.</source>
        <translation>设为“最便宜的合适模型”的工作负载，会选用满足这些限制且上下文能容纳其提示词的最便宜模型。列表中未勾选任何项：不限。</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Billed in {0}</source>
        <translation>以 {0} 计费</translation>
    </message>
    <message>
        <source>minimum context</source>
        <translation>最小上下文</translation>
    </message>
    <message>
        <source>= {0} tokens</source>
        <translation>= {0} tokens</translation>
    </message>
    <message>
        <source>any context window</source>
        <translation>不限上下文窗口</translation>
    </message>
    <message>
        <source>e.g. 128K</source>
        <translation>例如 128K</translation>
    </message>
    <message>
        <source>Minimum context window</source>
        <translation>最小上下文窗口</translation>
    </message>
    <message>
        <source>A batch price, for the workloads that send batch traffic</source>
        <translation>有批量价格（用于发送批量流量的工作负载）</translation>
    </message>
    <message>
        <source>An off-peak price, for the workloads that send off-peak traffic</source>
        <translation>有错峰价格（用于发送错峰流量的工作负载）</translation>
    </message>
    <message numerus="yes">
        <source>Only among the %n model(s) named in the project file</source>
        <translation>
            <numerusform>仅限项目文件中列出的 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>不限模型</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Billing currencies</source>
        <translation>计费币种</translation>
    </message>
    <message>
        <source>Minimum context window (tokens)</source>
        <translation>最小上下文窗口（tokens）</translation>
    </message>
</context>
<context>
    <name>CopyRows</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>Billed in</source>
        <translation>计费币种</translation>
    </message>
    <message>
        <source>Input per 1M</source>
        <translation>输入单价（每百万）</translation>
    </message>
    <message>
        <source>Output per 1M</source>
        <translation>输出单价（每百万）</translation>
    </message>
    <message>
        <source>Cached input per 1M</source>
        <translation>缓存输入单价（每百万）</translation>
    </message>
    <message>
        <source>Input cost / month</source>
        <translation>输入费用 / 月</translation>
    </message>
    <message>
        <source>Output cost / month</source>
        <translation>输出费用 / 月</translation>
    </message>
    <message>
        <source>Cost / month (billed)</source>
        <translation>月费用（计费币种）</translation>
    </message>
    <message>
        <source>Cost / month ({0})</source>
        <translation>月费用（{0}）</translation>
    </message>
    <message>
        <source>Cost / year ({0})</source>
        <translation>年费用（{0}）</translation>
    </message>
    <message>
        <source>Difference to cheapest ({0})</source>
        <translation>与最低价之差（{0}）</translation>
    </message>
    <message>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>an unexpected problem stopped this ({0}); nothing was changed. Please report it with what you were doing.</source>
        <translation>出现了意外问题，操作已中止（{0}）；没有做任何更改。请连同您当时的操作一起报告此问题。</translation>
    </message>
    <message>
        <source>{value!r} is not a currency code (three capital letters, e.g. USD, CNY)</source>
        <translation>{value!r} 不是币种代码（三个大写字母，如 USD、CNY）</translation>
    </message>
    <message>
        <source>{value!r} must be an exact number (a decimal string or integer), not a float</source>
        <translation>{value!r} 须为精确数字（十进制字符串或整数），不能是浮点数</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} 不是数字</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>应为数字，实际为 {kind}</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} 不是有限数值</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>{value!r}: a comma only groups thousands (1,234,567); write a decimal with a point (1.5)</source>
        <translation>{value!r}：逗号只用于千位分隔（1,234,567）；小数请用小数点（1.5）</translation>
    </message>
    <message>
        <source>{value!r}: a point only groups thousands here (1.234.567); write a decimal with a comma (1,5)</source>
        <translation>{value!r}：此处小数点只用于千位分隔（1.234.567）；小数请用逗号（1,5）</translation>
    </message>
    <message>
        <source>{value!r}: digits are grouped in threes (1 234 567)</source>
        <translation>{value!r}：数字应每三位一组（1 234 567）</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} 不是整数</translation>
    </message>
    <message>
        <source>{value!r} is far outside any sensible range</source>
        <translation>{value!r} 远超出合理范围</translation>
    </message>
    <message>
        <source>{value} is below the minimum {limit}</source>
        <translation>{value} 低于最小值 {limit}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {limit}</source>
        <translation>{value} 高于最大值 {limit}</translation>
    </message>
    <message>
        <source>expected a number of tokens</source>
        <translation>应为 tokens 数量</translation>
    </message>
    <message>
        <source>expected a number of tokens, got {kind}</source>
        <translation>应为 tokens 数量，实际为 {kind}</translation>
    </message>
    <message>
        <source>{value!r} is negative; volumes are 0 or more tokens</source>
        <translation>{value!r} 为负数；用量须为 0 或更多 tokens</translation>
    </message>
    <message>
        <source>{value!r} is {tokens} tokens; volumes are whole tokens</source>
        <translation>{value!r} 即 {tokens} tokens；用量须为整数 tokens</translation>
    </message>
    <message>
        <source>is empty; enter a number of tokens such as 300M or 1.2亿</source>
        <translation>为空；请输入 tokens 数量，如 300M 或 1.2亿</translation>
    </message>
    <message>
        <source>{value!r} is not a volume; use digits with an optional K, M, B, T, 万 or 亿 (e.g. 2.5M, 10B, 1.2亿)</source>
        <translation>{value!r} 不是有效的用量；请输入数字，可带单位 K、M、B、T、万 或 亿（如 2.5M、10B、1.2亿）</translation>
    </message>
    <message>
        <source>{value!r}: unknown unit {unit!r}; use K, M, B, T, 万 or 亿</source>
        <translation>{value!r}：未知单位 {unit!r}；请使用 K、M、B、T、万 或 亿</translation>
    </message>
    <message>
        <source>is empty; enter a percentage from 0 to 100</source>
        <translation>为空；请输入 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>{value}% is outside 0–100%</source>
        <translation>{value}% 超出 0–100% 的范围</translation>
    </message>
    <message>
        <source>no token ratio for {unit} of {language!r} text; use characters for Chinese, words or characters for English</source>
        <translation>没有 {language!r} 文本按 {unit} 计的 token 换算比例；中文请按字符计，英文按单词或字符计</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>holds a character that is not text ({char} at position {position}); retype it</source>
        <translation>包含一个不是文本的字符（第 {position} 个位置的 {char}）；请重新输入</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit</source>
        <translation>长度为 {length} 个字符；最多 {limit} 个</translation>
    </message>
    <message>
        <source>{value!r} must be a whole number 0–10^15</source>
        <translation>{value!r} 须为 0–10^15 之间的整数</translation>
    </message>
    <message>
        <source>{value!r} must be 0–100</source>
        <translation>{value!r} 须在 0–100 之间</translation>
    </message>
    <message>
        <source>{batch} + {off_peak} is more than 100% of traffic</source>
        <translation>{batch} + {off_peak} 超过了流量的 100%</translation>
    </message>
    <message>
        <source>{value!r} must be 0–3650 days</source>
        <translation>{value!r} 须在 0–3650 天之间</translation>
    </message>
    <message>
        <source>{value!r} must be 0 or more</source>
        <translation>{value!r} 须为 0 或以上</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number of days</source>
        <translation>{value!r} 不是整数天数</translation>
    </message>
    <message>
        <source>expected an object of vendor id → percent</source>
        <translation>应为“厂商 ID → 百分比”的对象</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>应为文本，实际为 {kind}</translation>
    </message>
    <message>
        <source>{value} must be 1–{limit}</source>
        <translation>{value} 须在 1–{limit} 之间</translation>
    </message>
    <message>
        <source>{value!r} must be 1–120</source>
        <translation>{value!r} 须在 1–120 之间</translation>
    </message>
    <message>
        <source>{value} must be between -100 and 1000 per month</source>
        <translation>{value} 须在每月 -100 到 1000 之间</translation>
    </message>
    <message>
        <source>{value!r} must be between -100 and 1000</source>
        <translation>{value!r} 须在 -100 到 1000 之间</translation>
    </message>
    <message>
        <source>{growth}% a month for {months} months takes a month&apos;s cost above {limit} {currency}; lower the growth or the months</source>
        <translation>每月增长 {growth}%、持续 {months} 个月会使单月费用超过 {limit} {currency}；请降低增长率或月数</translation>
    </message>
    <message>
        <source>{value} must be 0–100 per year</source>
        <translation>{value} 须在每年 0–100 之间</translation>
    </message>
    <message>
        <source>{value!r} is not a percentage</source>
        <translation>{value!r} 不是百分比</translation>
    </message>
    <message>
        <source>{model} has no price in force during the projection</source>
        <translation>{model} 在预测期内没有生效的价格</translation>
    </message>
    <message>
        <source>no exchange rate for {source}→{target}: add {source}/{target}, or rates for both against {hub}</source>
        <translation>缺少 {source}→{target} 的汇率：请添加 {source}/{target}，或添加两者各自对 {hub} 的汇率</translation>
    </message>
    <message>
        <source>{value!r} must look like USD/CNY=7.2 (1 USD = 7.2 CNY)</source>
        <translation>{value!r} 的格式应为 USD/CNY=7.2（即 1 USD = 7.2 CNY）</translation>
    </message>
    <message>
        <source>{value!r} converts {currency} to itself</source>
        <translation>{value!r} 是 {currency} 对自身的汇率</translation>
    </message>
    <message>
        <source>{value!r}: a rate must be above 0</source>
        <translation>{value!r}：汇率必须大于 0</translation>
    </message>
    <message>
        <source>{value!r}: a rate must be between {low} and {high}</source>
        <translation>{value!r}：汇率必须在 {low} 与 {high} 之间</translation>
    </message>
    <message>
        <source>{value!r} conflicts with {other!r}: give one rate for {pair}</source>
        <translation>{value!r} 与 {other!r} 冲突：{pair} 只能给一个汇率</translation>
    </message>
    <message>
        <source>expected a list of rates</source>
        <translation>应为汇率列表</translation>
    </message>
    <message>
        <source>expected an object with &apos;pair&apos;, &apos;rate&apos; and &apos;as_of&apos;</source>
        <translation>应为包含 &apos;pair&apos;、&apos;rate&apos; 和 &apos;as_of&apos; 的对象</translation>
    </message>
    <message>
        <source>{value} is outside the dates TokenQuote prices ({first} to {last})</source>
        <translation>{value} 超出了 TokenQuote 可计价的日期范围（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>{value!r} is not a real date (YYYY-MM-DD)</source>
        <translation>{value!r} 不是真实存在的日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>{model!r} is not in the catalog (tokenquote-cli catalog list shows the ids)</source>
        <translation>目录中没有 {model!r}（tokenquote-cli catalog list 可列出所有 ID）</translation>
    </message>
    <message>
        <source>{vendor!r} is not in the catalog</source>
        <translation>目录中没有 {vendor!r}</translation>
    </message>
    <message>
        <source>is {size} MB; a price list is expected to be under {limit} MB</source>
        <translation>大小为 {size} MB；价目表应小于 {limit} MB</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save it as UTF-8)</source>
        <translation>不是 UTF-8 文本（请另存为 UTF-8）</translation>
    </message>
    <message>
        <source>is a price table, not a catalog file: import it first (tokenquote-cli catalog import, or File › Import price list…), then use the catalog file the import writes</source>
        <translation>是价格表，不是价格目录文件：请先导入（tokenquote-cli catalog import，或 文件 › 导入价目表…），再使用导入写出的目录文件</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <source>{key!r} is given twice in one object; give it once</source>
        <translation>同一对象中 {key!r} 出现了两次；只能写一次</translation>
    </message>
    <message>
        <source>not valid JSON ({detail}) — the file ends early, perhaps it was cut off by a full disk</source>
        <translation>不是有效的 JSON（{detail}）——文件提前结束，可能因磁盘已满而被截断</translation>
    </message>
    <message>
        <source>is nested too deeply to be read</source>
        <translation>嵌套层级过深，无法读取</translation>
    </message>
    <message>
        <source>holds a number with more than {limit} digits</source>
        <translation>包含位数超过 {limit} 位的数字</translation>
    </message>
    <message>
        <source>expected an object with &apos;schema_version&apos;, &apos;vendor&apos; and &apos;models&apos;</source>
        <translation>应为包含 &apos;schema_version&apos;、&apos;vendor&apos; 和 &apos;models&apos; 的对象</translation>
    </message>
    <message>
        <source>is {value!r}; this version of TokenQuote reads {supported}</source>
        <translation>为 {value!r}；此版本的 TokenQuote 读取的是 {supported}</translation>
    </message>
    <message>
        <source>model id {model!r} appears twice</source>
        <translation>模型 ID {model!r} 出现了两次</translation>
    </message>
    <message>
        <source>{value!r} must be a lower-case slug</source>
        <translation>{value!r} 须为小写标识（slug）</translation>
    </message>
    <message>
        <source>{value!r} is not one of {allowed}</source>
        <translation>{value!r} 不在 {allowed} 之中</translation>
    </message>
    <message>
        <source>{value!r} must be &apos;{vendor}/&lt;model&gt;&apos; in lower case</source>
        <translation>{value!r} 须为小写的 &apos;{vendor}/&lt;模型&gt;&apos;</translation>
    </message>
    <message>
        <source>needs at least one price point</source>
        <translation>至少需要一个价格点</translation>
    </message>
    <message>
        <source>points must be in date order ({after} follows {before})</source>
        <translation>价格点须按日期排序（{after} 排在了 {before} 之后）</translation>
    </message>
    <message>
        <source>point ending {end} overlaps the one from {start}</source>
        <translation>截至 {end} 的价格点与始于 {start} 的价格点重叠</translation>
    </message>
    <message>
        <source>{end} is before &apos;from&apos; {start}</source>
        <translation>{end} 早于起始日期 &apos;from&apos; {start}</translation>
    </message>
    <message>
        <source>{value} is below {limit} per 1M tokens: not a plausible price</source>
        <translation>{value} 低于每百万 tokens {limit}：不是合理的价格</translation>
    </message>
    <message>
        <source>must be a positive whole number of tokens</source>
        <translation>须为正整数 tokens</translation>
    </message>
    <message>
        <source>a tier states its boundary once: above_prompt_tokens (the boundary itself not included) or from_prompt_tokens (included)</source>
        <translation>档位的边界只能写一次：above_prompt_tokens（不含边界本身）或 from_prompt_tokens（含边界本身）</translation>
    </message>
    <message>
        <source>tiers must be in ascending order</source>
        <translation>价格档位须按升序排列</translation>
    </message>
    <message>
        <source>is missing (price per 1M tokens)</source>
        <translation>缺失（每百万 tokens 价格）</translation>
    </message>
    <message>
        <source>expected an object with &apos;factor&apos; or &apos;input&apos;/&apos;output&apos;</source>
        <translation>应为包含 &apos;factor&apos; 或 &apos;input&apos;/&apos;output&apos; 的对象</translation>
    </message>
    <message>
        <source>give either &apos;factor&apos; or explicit prices, not both</source>
        <translation>请给出 &apos;factor&apos; 或具体价格，不能两者都给</translation>
    </message>
    <message>
        <source>{value} is above 1; a factor is the share of the standard price</source>
        <translation>{value} 大于 1；系数是标准价格的比例</translation>
    </message>
    <message>
        <source>expected a date &apos;YYYY-MM-DD&apos;, got {value!r}</source>
        <translation>应为日期 &apos;YYYY-MM-DD&apos;，实际为 {value!r}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected {expected}, got {kind}</source>
        <translation>应为{expected}，实际为 {kind}</translation>
    </message>
    <message>
        <source>expected a whole number of tokens, got {value!r}</source>
        <translation>应为整数 tokens，实际为 {value!r}</translation>
    </message>
    <message>
        <source>unknown field {key!r} (allowed: {allowed})</source>
        <translation>未知字段 {key!r}（允许的字段：{allowed}）</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>{model} is billed in {old}; this layer prices it in {new} (a layer cannot change a model&apos;s currency: give its prices in {old}, or add the model under a new id)</source>
        <translation>{model} 以 {old} 计费；此价格层却以 {new} 定价（价格层不能更改模型的币种：请以 {old} 给出价格，或以新的 ID 添加该模型）</translation>
    </message>
    <message>
        <source>vendor {vendor} bills in {old}; this layer says {new} (a layer cannot change a vendor&apos;s currency)</source>
        <translation>厂商 {vendor} 以 {old} 计费；此价格层却写为 {new}（价格层不能更改厂商的币种）</translation>
    </message>
    <message>
        <source>folder holds no catalog .json files</source>
        <translation>文件夹中没有目录 .json 文件</translation>
    </message>
    <message>
        <source>bundled resource is missing (looked in {folder})</source>
        <translation>缺少内置资源（查找位置：{folder}）</translation>
    </message>
    <message>
        <source>expected an object with &apos;target&apos;, &apos;from&apos; and a discount or prices</source>
        <translation>应为包含 &apos;target&apos;、&apos;from&apos; 以及折扣或价格的对象</translation>
    </message>
    <message>
        <source>expected input and output prices</source>
        <translation>应给出输入和输出价格</translation>
    </message>
    <message>
        <source>give either a discount % or a negotiated price, not both</source>
        <translation>请给出折扣 % 或协议价，不能两者都给</translation>
    </message>
    <message>
        <source>{value} must be above 0 and at most 100</source>
        <translation>{value} 须大于 0 且不超过 100</translation>
    </message>
    <message>
        <source>a negotiated price is for one model (vendor/model), not a whole vendor</source>
        <translation>协议价针对单个模型（厂商/模型），而不是整个厂商</translation>
    </message>
    <message>
        <source>ends {end} before it starts {start}</source>
        <translation>结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <source>model {model!r} is not in the catalog</source>
        <translation>目录中没有模型 {model!r}</translation>
    </message>
    <message>
        <source>vendor {vendor!r} is not in the catalog</source>
        <translation>目录中没有厂商 {vendor!r}</translation>
    </message>
    <message>
        <source>expected {{&quot;disabled&quot;: [layer names]}}</source>
        <translation>应为 {{&quot;disabled&quot;: [价格层名称]}}</translation>
    </message>
    <message>
        <source>expected a list of overrides</source>
        <translation>应为协议价列表</translation>
    </message>
    <message>
        <source>{value!r} is not an import layer</source>
        <translation>{value!r} 不是导入的价格层</translation>
    </message>
    <message>
        <source>is {size} MB; this is not a TokenQuote project</source>
        <translation>大小为 {size} MB；这不是 TokenQuote 项目</translation>
    </message>
    <message>
        <source>is not a TokenQuote project (not UTF-8 text)</source>
        <translation>不是 TokenQuote 项目（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <source>is empty (perhaps a save was cut off); nothing to open</source>
        <translation>为空（可能保存时被中断）；没有可打开的内容</translation>
    </message>
    <message>
        <source>is not a TokenQuote project (no &quot;format&quot;: &quot;tokenquote-project&quot;)</source>
        <translation>不是 TokenQuote 项目（缺少 &quot;format&quot;: &quot;tokenquote-project&quot;）</translation>
    </message>
    <message>
        <source>is {value!r}; this version of TokenQuote reads up to {supported} (update the app to open it)</source>
        <translation>为 {value!r}；此版本的 TokenQuote 最高只能读取 {supported}（请更新应用后再打开）</translation>
    </message>
    <message>
        <source>{field!r} needs schema version 2 or later; the file says {version}</source>
        <translation>{field!r} 需要文件格式版本 2 或更高；该文件为 {version}</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>应为非空列表</translation>
    </message>
    <message>
        <source>{count} workloads; a project holds at most {limit}: combine some</source>
        <translation>{count} 个工作负载；一个项目最多容纳 {limit} 个：请合并一些</translation>
    </message>
    <message>
        <source>{before} is not earlier than the as-of date {as_of}: give the earlier day as --before</source>
        <translation>{before} 不早于价格日期 {as_of}：请用 --before 给出较早的日期</translation>
    </message>
    <message>
        <source>expected a list of model ids</source>
        <translation>应为模型 ID 列表</translation>
    </message>
    <message>
        <source>expected a list of vendor entries</source>
        <translation>应为厂商条目列表</translation>
    </message>
    <message>
        <source>a project keeps at least one workload</source>
        <translation>项目至少要保留一个工作负载</translation>
    </message>
    <message>
        <source>{value!r} is already used by another workload</source>
        <translation>{value!r} 已被另一个工作负载使用</translation>
    </message>
    <message>
        <source>no price on {day}: priced from {first}</source>
        <translation>{day} 没有价格：自 {first} 起才有定价</translation>
    </message>
    <message>
        <source>no price on {day}: its last price ended {last}</source>
        <translation>{day} 没有价格：其最后一个价格已于 {last} 结束</translation>
    </message>
    <message>
        <source>no price on {day}</source>
        <translation>{day} 没有价格</translation>
    </message>
    <message>
        <source>no model that fits this workload&apos;s prompt and the plan&apos;s constraints has a price on {day}</source>
        <translation>没有既能容纳该工作负载的提示词、又符合组合方案约束条件的模型在 {day} 有价格</translation>
    </message>
    <message>
        <source>the prompt ({prompt} tokens) is longer than {model}&apos;s context window ({window} tokens)</source>
        <translation>提示词（{prompt} tokens）超出了 {model} 的上下文窗口（{window} tokens）</translation>
    </message>
    <message>
        <source>the file is read-only: save under another name, or make it writable first</source>
        <translation>该文件为只读：请另存为其他名称，或先将其改为可写</translation>
    </message>
    <message>
        <source>{model}&apos;s output price on {day} is not known: a later price stands in, so its cost here is likely understated</source>
        <translation>{model} 在 {day} 的输出价格未知：以之后的价格代替，因此此处的费用可能被低估</translation>
    </message>
    <message>
        <source>{model}&apos;s prices are known only for prompts of up to {limit} tokens, and this prompt has {prompt}: its cost here is understated</source>
        <translation>{model} 的价格仅适用于不超过 {limit} tokens 的提示词，而此提示词有 {prompt} tokens：此处的费用被低估</translation>
    </message>
    <message>
        <source>{workload!r} → {model!r} is not a workload name and a model id</source>
        <translation>{workload!r} → {model!r} 不是“工作负载名称 → 模型 ID”</translation>
    </message>
    <message>
        <source>two plans have the same name ({value!r})</source>
        <translation>有两个组合方案同名（{value!r}）</translation>
    </message>
    <message>
        <source>{value!r} is not one of the workloads ({allowed})</source>
        <translation>{value!r} 不是现有的工作负载（{allowed}）</translation>
    </message>
    <message>
        <source>cannot be quoted: {problem}</source>
        <translation>无法报价：{problem}</translation>
    </message>
    <message>
        <source>{value!r} is not a plan of this project ({allowed})</source>
        <translation>{value!r} 不是本项目的组合方案（{allowed}）</translation>
    </message>
    <message>
        <source>expected an object of workload name: model id</source>
        <translation>应为“工作负载名称: 模型 ID”形式的对象</translation>
    </message>
    <message>
        <source>give workloads with --workload or --workloads, not both</source>
        <translation>请用 --workload 或 --workloads 给出工作负载，不能同时使用</translation>
    </message>
    <message>
        <source>give at least one workload (NAME:INPUT:OUTPUT), or --workloads FILE.json</source>
        <translation>请至少给出一个工作负载（NAME:INPUT:OUTPUT），或使用 --workloads FILE.json</translation>
    </message>
    <message>
        <source>{value!r} is not NAME:INPUT:OUTPUT[:CACHE_PCT[:BATCH_PCT[:PROMPT_TOKENS]]] (a name without &apos;:&apos;)</source>
        <translation>{value!r} 不符合 NAME:INPUT:OUTPUT[:CACHE_PCT[:BATCH_PCT[:PROMPT_TOKENS]]]（名称中不能有 &apos;:&apos;）</translation>
    </message>
    <message>
        <source>expected a JSON list of workloads, or an object with a workloads list (a project, or what usage --format json prints)</source>
        <translation>应为工作负载的 JSON 列表，或含 workloads 列表的对象（项目文件，或 usage --format json 的输出）</translation>
    </message>
    <message>
        <source>{value!r} is not WORKLOAD=MODEL_ID</source>
        <translation>{value!r} 不符合 WORKLOAD=MODEL_ID</translation>
    </message>
    <message>
        <source>{value!r} is given two different models</source>
        <translation>{value!r} 被指定了两个不同的模型</translation>
    </message>
    <message>
        <source>no model for {names}: assign one, or give --cheapest to take the cheapest that fits</source>
        <translation>{names} 没有模型：请指定一个，或用 --cheapest 选用最便宜的合适模型</translation>
    </message>
    <message>
        <source>give the workloads with --workload/--workloads or with --input/--output, not both</source>
        <translation>请用 --workload/--workloads 或 --input/--output 给出工作负载，不要同时使用</translation>
    </message>
    <message>
        <source>is missing: give --input and --output (or --workload NAME:INPUT:OUTPUT for each workload)</source>
        <translation>缺失：请给出 --input 和 --output（或为每个工作负载给出 --workload 名称:输入:输出）</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>应为 ID 列表</translation>
    </message>
    <message>
        <source>is empty; give comma-separated ids</source>
        <translation>为空；请给出以逗号分隔的 ID</translation>
    </message>
    <message>
        <source>no model has a price in force on {day} for this selection</source>
        <translation>所选范围内没有模型在 {day} 有生效的价格</translation>
    </message>
    <message>
        <source>no model has a price in force on {day}; nothing to quote</source>
        <translation>没有模型在 {day} 有生效的价格；无可报价内容</translation>
    </message>
    <message>
        <source>{value!r} must be one of {allowed}</source>
        <translation>{value!r} 须为 {allowed} 之一</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>is a folder, not a price-list file</source>
        <translation>这是文件夹，不是价目表文件</translation>
    </message>
    <message>
        <source>is {size} MB; a price list is expected to be under {limit} MB (is this the right file?)</source>
        <translation>大小为 {size} MB；价目表应小于 {limit} MB（文件选对了吗？）</translation>
    </message>
    <message>
        <source>top level is {kind}; a LiteLLM price map is a JSON object of model entries</source>
        <translation>顶层是 {kind}；LiteLLM 价格表应是由模型条目组成的 JSON 对象</translation>
    </message>
    <message>
        <source>top level is {kind}; a genai-prices file is a JSON list of providers (data.json) or one provider with its models</source>
        <translation>顶层是 {kind}；genai-prices 数据文件应是由服务商组成的 JSON 列表（data.json），或一个带模型列表的服务商</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte offset {offset}); a LiteLLM price map is UTF-8 JSON</source>
        <translation>不是 UTF-8 文本（字节偏移 {offset}）；LiteLLM 价格表应为 UTF-8 编码的 JSON</translation>
    </message>
    <message>
        <source>not valid JSON ({detail}) (the file looks cut short)</source>
        <translation>不是有效的 JSON（{detail}）（文件似乎被截断了）</translation>
    </message>
    <message>
        <source>is nested too deeply to be a price map</source>
        <translation>嵌套层级过深，不像是价格表</translation>
    </message>
    <message>
        <source>{out} is a file; give a folder (or a .json file for a single vendor)</source>
        <translation>{out} 是文件；请给出文件夹（单个厂商可给出 .json 文件）</translation>
    </message>
    <message>
        <source>{out} is a folder; a name ending in .json is taken as one vendor file</source>
        <translation>{out} 是文件夹；以 .json 结尾的名称会被当作单个厂商文件</translation>
    </message>
    <message>
        <source>this import holds {count} vendors ({names}); the catalog reads one vendor per file, so give a folder</source>
        <translation>本次导入包含 {count} 个厂商（{names}）；目录每个文件只读取一个厂商，请给出文件夹</translation>
    </message>
    <message>
        <source>{out} holds vendor {held!r}; this import is vendor {vendor!r} (give a folder, or another file)</source>
        <translation>{out} 中是厂商 {held!r}；本次导入的是厂商 {vendor!r}（请给出文件夹或其他文件）</translation>
    </message>
    <message>
        <source>{out} is the bundled catalog; import into a folder of your own (it is loaded over the bundled one with --catalog)</source>
        <translation>{out} 是内置目录；请导入到您自己的文件夹（用 --catalog 叠加在内置目录之上加载）</translation>
    </message>
    <message>
        <source>vendor {vendor!r} also has a file in {folder} ({other})</source>
        <translation>厂商 {vendor!r} 在 {folder} 中还有另一个文件（{other}）</translation>
    </message>
    <message>
        <source>would be {size} MB for {models} models, above the {limit} MB a catalog file may have: import fewer models at a time</source>
        <translation>{models} 个模型将有 {size} MB，超过价格目录文件 {limit} MB 的上限：请一次导入较少的模型</translation>
    </message>
    <message>
        <source>import produced an invalid entry: {problem}</source>
        <translation>导入生成了无效条目：{problem}</translation>
    </message>
    <message>
        <source>{value!r} is not a source format ({allowed})</source>
        <translation>{value!r} 不是支持的来源格式（{allowed}）</translation>
    </message>
    <message>
        <source>{value!r} is not csv or xlsx</source>
        <translation>{value!r} 不是 csv 或 xlsx</translation>
    </message>
    <message>
        <source>the header has no {columns} column (the price-list template shows the layout)</source>
        <translation>表头缺少 {columns} 列（价目表模板给出了格式）</translation>
    </message>
    <message>
        <source>column {index} {name!r} is not a price-list column (did you mean {close}?)</source>
        <translation>第 {index} 列 {name!r} 不是价目表的列（是指 {close} 吗？）</translation>
    </message>
    <message>
        <source>column {index} {name!r} is not a price-list column; the columns are: {columns}</source>
        <translation>第 {index} 列 {name!r} 不是价目表的列；可用的列为：{columns}</translation>
    </message>
    <message>
        <source>column {name!r} appears twice (columns {first} and {second})</source>
        <translation>列 {name!r} 出现了两次（第 {first} 列和第 {second} 列）</translation>
    </message>
    <message>
        <source>byte offset {offset} (0x{byte}) is neither UTF-8 nor GB18030 text; save the file as CSV UTF-8</source>
        <translation>字节偏移 {offset}（0x{byte}）既不是 UTF-8 也不是 GB18030 文本；请将文件另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>holds binary data (a NUL byte at byte offset {offset}); this is not a CSV text file — save the sheet as CSV UTF-8, or import the .xlsx</source>
        <translation>包含二进制数据（字节偏移 {offset} 处有 NUL 字节）；这不是 CSV 文本文件——请将表格另存为 CSV UTF-8，或直接导入 .xlsx</translation>
    </message>
    <message>
        <source>starts like UTF-16 text but is not; save it as CSV UTF-8</source>
        <translation>开头像 UTF-16 文本但实际不是；请另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>holds no header row</source>
        <translation>没有表头行</translation>
    </message>
    <message>
        <source>not a readable CSV file ({detail})</source>
        <translation>不是可读取的 CSV 文件（{detail}）</translation>
    </message>
    <message>
        <source>not a readable CSV row ({detail})</source>
        <translation>不是可读取的 CSV 行（{detail}）</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook ({detail})</source>
        <translation>不是可读取的 .xlsx 工作簿（{detail}）</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>无法读取（{detail}）</translation>
    </message>
    <message>
        <source>{count} workloads do not fit one workbook&apos;s Comparison sheet (at most {limit}); combine some</source>
        <translation>{count} 个工作负载无法放入一个工作簿的“比较”工作表（最多 {limit} 个）；请合并部分工作负载</translation>
    </message>
    <message>
        <source>nothing to write: give --xlsx PATH, --pdf PATH or both</source>
        <translation>没有要写入的文件：请指定 --xlsx PATH、--pdf PATH 或两者</translation>
    </message>
    <message>
        <source>is {size} MB; a logo may be at most {limit} MB</source>
        <translation>大小为 {size} MB；标志文件不得超过 {limit} MB</translation>
    </message>
    <message>
        <source>is a {kind} image; a logo must be a PNG or JPEG image</source>
        <translation>是 {kind} 图像；标志必须是 PNG 或 JPEG 图像</translation>
    </message>
    <message>
        <source>is {width} × {height} pixels; a logo may be at most {limit} pixels on a side</source>
        <translation>为 {width} × {height} 像素；标志每边不得超过 {limit} 像素</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image that can be read ({detail})</source>
        <translation>不是可读取的 PNG 或 JPEG 图像（{detail}）</translation>
    </message>
    <message>
        <source>column {column!r} is listed twice; each column adds once</source>
        <translation>列 {column!r} 列出了两次；每列只能计入一次</translation>
    </message>
    <message>
        <source>the file has no group column mapped; map one (&quot;group&quot; in the mapping) or group otherwise</source>
        <translation>文件没有映射分组列；请在映射中指定 &quot;group&quot;，或改用其他分组方式</translation>
    </message>
    <message>
        <source>the file ends inside this row, before its last columns: its missing cells are not zeros</source>
        <translation>文件在这一行中途结束，缺少最后几列：缺失的单元格不能当作零</translation>
    </message>
    <message>
        <source>{value!r} is written in another currency than the row&apos;s; the row is left out</source>
        <translation>{value!r} 所用的货币与该行的币种不同；该行未计入</translation>
    </message>
    <message>
        <source>every date is the first of its month: read as monthly totals, so its last month is whole</source>
        <translation>所有日期都是当月 1 日：按月度汇总读取，因此最后一个月是完整的</translation>
    </message>
    <message>
        <source>no model given is of a vendor given: together they leave nothing to compare</source>
        <translation>所给模型都不属于所给厂商：两者合起来没有可比较的模型</translation>
    </message>
    <message>
        <source>the logo goes on the PDF quote: give --pdf too</source>
        <translation>徽标只用于 PDF 报价单：请同时给出 --pdf</translation>
    </message>
    <message>
        <source>given twice ({first!r}, then {then!r}); give it once</source>
        <translation>给了两次（{first!r}，又 {then!r}）；只能给一次</translation>
    </message>
    <message>
        <source>dates such as 03/04/2026 are read as day/month/year, the order {value!r} shows; if that is wrong, choose the dates&apos; order (the import&apos;s date setting, or &quot;day_first&quot; in a mapping file)</source>
        <translation>03/04/2026 这类日期按“日/月/年”读取，{value!r} 表明了这一顺序；如果不对，请选择日期顺序（导入时的日期设置，或映射文件中的 &quot;day_first&quot;）</translation>
    </message>
    <message>
        <source>dates such as 03/04/2026 are read as month/day/year, the order {value!r} shows; if that is wrong, choose the dates&apos; order (the import&apos;s date setting, or &quot;day_first&quot; in a mapping file)</source>
        <translation>03/04/2026 这类日期按“月/日/年”读取，{value!r} 表明了这一顺序；如果不对，请选择日期顺序（导入时的日期设置，或映射文件中的 &quot;day_first&quot;）</translation>
    </message>
    <message>
        <source>{value!r} can only be month/day/year, but {first!r} can only be day/month/year: the file writes dates in both orders, so some months may be wrong; check its dates</source>
        <translation>{value!r} 只能是“月/日/年”，而 {first!r} 只能是“日/月/年”：文件中的日期混用了两种顺序，部分月份可能有误；请检查文件中的日期</translation>
    </message>
    <message>
        <source>its usage is dated up to {last}, after today ({today}): check the file&apos;s dates (a wrong year, or day and month swapped) before budgeting on its months</source>
        <translation>其中用量的日期最晚为 {last}，晚于今天（{today}）：请先核对文件中的日期（年份是否有误、日与月是否颠倒），再按其月份编制预算</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file; choose a file</source>
        <translation>是{kind}，不是普通文件；请选择一个文件</translation>
    </message>
    <message>
        <source>a {what} is written to a file ending in {suffix}; choose such a name</source>
        <translation>{what}须写入以 {suffix} 结尾的文件；请选择这样的文件名</translation>
    </message>
    <message>
        <source>the file is open in another program (lock file {lock}); close it and try again, or delete the lock file if no program has it open</source>
        <translation>文件已被其他程序打开（锁文件 {lock}）；请关闭后重试；如果并没有程序打开它，可删除该锁文件</translation>
    </message>
    <message>
        <source>is a folder, not a usage export</source>
        <translation>是文件夹，不是用量导出文件</translation>
    </message>
    <message>
        <source>{value!r} is not a currency&apos;s ISO 4217 code (e.g. USD, CNY, EUR)</source>
        <translation>{value!r} 不是 ISO 4217 货币代码（例如 USD、CNY、EUR）</translation>
    </message>
    <message>
        <source>{value}% is outside 0–1000% (a markup of up to ten times the cost)</source>
        <translation>{value}% 超出 0–1000% 的范围（加价最多为成本的十倍）</translation>
    </message>
    <message>
        <source>two workloads have the same name ({value!r})</source>
        <translation>有两个工作负载同名（{value!r}）</translation>
    </message>
    <message>
        <source>cannot tell the format of {name!r}; choose litellm, genai-prices, csv or xlsx</source>
        <translation>无法判断 {name!r} 的格式；请选择 litellm、genai-prices、csv 或 xlsx</translation>
    </message>
    <message>
        <source>is {size} MB; a usage export is expected to be under {limit} MB</source>
        <translation>大小为 {size} MB；用量导出文件应小于 {limit} MB</translation>
    </message>
    <message>
        <source>is empty; a usage export starts with a header row (date, model, input_tokens, output_tokens, …)</source>
        <translation>是空文件；用量导出文件应以表头行开始（date、model、input_tokens、output_tokens 等）</translation>
    </message>
    <message>
        <source>holds a header but no rows of usage</source>
        <translation>只有表头，没有用量数据行</translation>
    </message>
    <message>
        <source>none of its {count} rows could be read; the first: {where}: {first}</source>
        <translation>{count} 行数据均无法读取；第一处：{where}：{first}</translation>
    </message>
    <message>
        <source>has no column for {fields} (its columns: {header}); map the columns, or name them date, model, input_tokens, output_tokens</source>
        <translation>缺少 {fields} 对应的列（现有列：{header}）；请指定列映射，或将列命名为 date、model、input_tokens、output_tokens</translation>
    </message>
    <message>
        <source>{field} is read from one column only</source>
        <translation>{field} 只能取自一列</translation>
    </message>
    <message>
        <source>{field}: column {column} is not in the file</source>
        <translation>{field}：文件中没有第 {column} 列</translation>
    </message>
    <message>
        <source>is not a usage mapping: expected a small JSON object {{&quot;field&quot;: &quot;column header&quot;}}</source>
        <translation>不是用量列映射文件：应为 JSON 对象 {{&quot;字段&quot;: &quot;列标题&quot;}}</translation>
    </message>
    <message>
        <source>expected a column header, or a list of headers to add up</source>
        <translation>应为列标题，或要相加的列标题列表</translation>
    </message>
    <message>
        <source>no column {column!r} in the file (its columns: {header})</source>
        <translation>文件中没有列 {column!r}（现有列：{header}）</translation>
    </message>
    <message>
        <source>{value!r} is not a preset ({allowed})</source>
        <translation>{value!r} 不是预设格式（可选：{allowed}）</translation>
    </message>
    <message>
        <source>{value!r} is not a grouping ({allowed})</source>
        <translation>{value!r} 不是分组方式（可选：{allowed}）</translation>
    </message>
    <message>
        <source>the file holds no full calendar month of usage (it stops during {month})</source>
        <translation>文件中没有完整自然月的用量（数据止于 {month} 月中）</translation>
    </message>
    <message>
        <source>the model is empty</source>
        <translation>模型名称为空</translation>
    </message>
    <message>
        <source>{value!r} is not a date (2025-03-01, 2025/3/1, 2025年3月1日, 2025-03, 20250301, Unix seconds)</source>
        <translation>{value!r} 不是日期（可用格式：2025-03-01、2025/3/1、2025年3月1日、2025-03、20250301、Unix 秒数）</translation>
    </message>
    <message>
        <source>{value!r} may be day/month or month/day; say which with &quot;day_first&quot; in the mapping</source>
        <translation>{value!r} 可能是“日/月”也可能是“月/日”；请在列映射中用 &quot;day_first&quot; 指明</translation>
    </message>
    <message>
        <source>{value!r} is outside the years 2000–2199</source>
        <translation>{value!r} 超出 2000–2199 年的范围</translation>
    </message>
    <message>
        <source>{value!r} is negative; token counts are 0 or more</source>
        <translation>{value!r} 为负数；token 数应为 0 或以上</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number of tokens</source>
        <translation>{value!r} 不是整数个 token</translation>
    </message>
    <message>
        <source>{value!r} is not a number of tokens</source>
        <translation>{value!r} 不是 token 数量</translation>
    </message>
    <message>
        <source>{value!r} is more than 10^15 tokens</source>
        <translation>{value!r} 超过 10^15 个 token</translation>
    </message>
    <message>
        <source>{value!r} cached tokens are more than the row&apos;s input tokens</source>
        <translation>缓存 token 数 {value!r} 多于该行的输入 token 数</translation>
    </message>
    <message>
        <source>{value!r} is not an amount of money</source>
        <translation>{value!r} 不是金额</translation>
    </message>
    <message>
        <source>{value!r} is not a currency code (USD, CNY, …)</source>
        <translation>{value!r} 不是币种代码（USD、CNY 等）</translation>
    </message>
    <message>
        <source>{value!r} is not a token item (input, output or cache-hit tokens); the row is left out</source>
        <translation>{value!r} 不是 token 计费项（输入、输出或缓存命中 token）；该行不计入</translation>
    </message>
    <message>
        <source>{value!r} is not a unit of tokens (tokens, 千tokens, 百万tokens)</source>
        <translation>{value!r} 不是 token 计量单位（tokens、千tokens、百万tokens）</translation>
    </message>
    <message>
        <source>{count} rows have a cost but no currency: add a currency column, or &quot;currency_code&quot; to the mapping; their costs are left out of the reconciliation</source>
        <translation>有 {count} 行有费用但没有币种：请添加币种列，或在列映射中加入 &quot;currency_code&quot;；这些费用不计入对账</translation>
    </message>
    <message>
        <source>{value!r} is not a paper size ({allowed})</source>
        <translation>{value!r} 不是可用的纸张尺寸（{allowed}）</translation>
    </message>
    <message>
        <source>no paid model has a price in force on {day} for this selection; free models are left out unless --include-free is given</source>
        <translation>在 {day}，所选范围内没有有效价格的付费模型；除非指定 --include-free，否则不包含免费模型</translation>
    </message>
</context>
<context>
    <name>CoreFields</name>
    <message>
        <source>assumption: edit to your budget rate</source>
        <translation>假设值：请改为您的预算汇率</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>命令行给定</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>FX</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>workload name</source>
        <translation>工作负载名称</translation>
    </message>
    <message>
        <source>workloads</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>input tokens</source>
        <translation>输入 tokens</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>输出 tokens</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>提示词 tokens</translation>
    </message>
    <message>
        <source>prompt tokens per request</source>
        <translation>每次请求提示词 tokens</translation>
    </message>
    <message>
        <source>cache-hit %</source>
        <translation>缓存命中 %</translation>
    </message>
    <message>
        <source>batch %</source>
        <translation>批量 %</translation>
    </message>
    <message>
        <source>off-peak %</source>
        <translation>闲时 %</translation>
    </message>
    <message>
        <source>batch % + off-peak %</source>
        <translation>批量 % + 闲时 %</translation>
    </message>
    <message>
        <source>requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>tokens per request</source>
        <translation>每次请求 tokens</translation>
    </message>
    <message>
        <source>monthly tokens</source>
        <translation>每月 tokens</translation>
    </message>
    <message>
        <source>number of chars</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>number of words</source>
        <translation>单词数</translation>
    </message>
    <message>
        <source>text unit</source>
        <translation>文本单位</translation>
    </message>
    <message>
        <source>validity (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>quote number</source>
        <translation>报价单号</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>报价人</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>markup %</source>
        <translation>加价 %</translation>
    </message>
    <message>
        <source>tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>discount % for {vendor}</source>
        <translation>{vendor} 的折扣 %</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>growth %</source>
        <translation>增长率 %</translation>
    </message>
    <message>
        <source>price decline %</source>
        <translation>降价幅度 %</translation>
    </message>
    <message>
        <source>models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>override</source>
        <translation>协议价</translation>
    </message>
    <message>
        <source>override dates</source>
        <translation>协议价日期</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>价格层</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>audience (client or internal)</source>
        <translation>导出对象（客户或内部）</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>sheet {name}</source>
        <translation>工作表 {name}</translation>
    </message>
    <message>
        <source>plan name</source>
        <translation>组合方案名称</translation>
    </message>
    <message>
        <source>plan constraint {name}</source>
        <translation>组合方案约束条件 {name}</translation>
    </message>
    <message>
        <source>plan {plan!r}</source>
        <translation>组合方案 {plan!r}</translation>
    </message>
    <message>
        <source>plan {plan!r}, workload {workload!r}</source>
        <translation>组合方案 {plan!r}，工作负载 {workload!r}</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>组合方案</translation>
    </message>
    <message>
        <source>the same usage on other models</source>
        <translation>同样用量在其他模型上的费用</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an object without a models list</source>
        <translation>不含 models 列表的对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>another kind of value</source>
        <translation>其他类型的值</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>permission denied (choose another folder or check the file is not read-only)</source>
        <translation>权限不足（请选择其他文件夹，或检查文件是否为只读）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation>该文件夹位于只读磁盘上</translation>
    </message>
    <message>
        <source>the file is open in another program; close it and try again</source>
        <translation>文件已被其他程序打开；请关闭后重试</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file name is too long; choose a shorter one</source>
        <translation>文件名过长；请选择较短的文件名</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>文件超出了此磁盘或此账户允许的大小</translation>
    </message>
    <message>
        <source>the path goes round a loop of links</source>
        <translation>路径中的链接构成了循环</translation>
    </message>
    <message>
        <source>this disk does not allow that file name (a character such as : or ? in it?); choose another</source>
        <translation>此磁盘不允许该文件名（其中是否有 : 或 ? 等字符？）；请另选一个</translation>
    </message>
    <message>
        <source>the disk reported an error (is it still connected?)</source>
        <translation>磁盘报告了错误（它是否仍处于连接状态？）</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>缺少一个值</translation>
    </message>
    <message>
        <source>a name in double quotes is missing</source>
        <translation>缺少带双引号的名称</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing</source>
        <translation>缺少“:”</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is missing</source>
        <translation>缺少“,”</translation>
    </message>
    <message>
        <source>a text in quotes does not end</source>
        <translation>引号中的文本没有结束</translation>
    </message>
    <message>
        <source>a text holds a control character</source>
        <translation>文本中含有控制字符</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>反斜杠转义无效</translation>
    </message>
    <message>
        <source>more follows the end of the data</source>
        <translation>数据结束后还有多余内容</translation>
    </message>
    <message>
        <source>a &apos;,&apos; comes before a closing bracket</source>
        <translation>右括号前多了一个“,”</translation>
    </message>
    <message>
        <source>a line holds a NUL byte</source>
        <translation>某一行含有 NUL 字节</translation>
    </message>
    <message>
        <source>a cell is too long</source>
        <translation>某个单元格过长</translation>
    </message>
    <message>
        <source>a line break inside a cell without quotes</source>
        <translation>未加引号的单元格中有换行</translation>
    </message>
    <message>
        <source>parts of the workbook are missing</source>
        <translation>工作簿缺少部分内容</translation>
    </message>
    <message>
        <source>not an .xlsx workbook, or one cut short</source>
        <translation>不是 .xlsx 工作簿，或文件不完整</translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation>不是图像文件</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>PDF quote</source>
        <translation>PDF 报价单</translation>
    </message>
    <message>
        <source>no usable model id</source>
        <translation>没有可用的模型 ID</translation>
    </message>
    <message>
        <source>converted from another currency</source>
        <translation>由其他币种换算而来</translation>
    </message>
    <message>
        <source>invalid price</source>
        <translation>价格无效</translation>
    </message>
    <message>
        <source>negative price</source>
        <translation>价格为负</translation>
    </message>
    <message>
        <source>unrecognised tiers</source>
        <translation>无法识别的阶梯价格</translation>
    </message>
    <message>
        <source>unrecognised prices</source>
        <translation>无法识别的价格</translation>
    </message>
    <message>
        <source>also priced per request</source>
        <translation>另按请求次数计费</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>没有价格</translation>
    </message>
    <message>
        <source>no per-token price</source>
        <translation>没有按 token 计的价格</translation>
    </message>
    <message>
        <source>no per-token price ({units})</source>
        <translation>没有按 token 计的价格（{units}）</translation>
    </message>
    <message>
        <source>input or output price missing</source>
        <translation>缺少输入或输出价格</translation>
    </message>
    <message>
        <source>unrecognised conditional prices</source>
        <translation>无法识别的条件价格</translation>
    </message>
    <message>
        <source>invalid date</source>
        <translation>日期无效</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>键重复</translation>
    </message>
    <message>
        <source>specification entry</source>
        <translation>格式说明条目</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>mode missing</source>
        <translation>缺少 mode</translation>
    </message>
    <message>
        <source>mode={mode}</source>
        <translation>mode={mode}（非对话模型）</translation>
    </message>
    <message>
        <source>litellm_provider missing</source>
        <translation>缺少 litellm_provider</translation>
    </message>
    <message>
        <source>unrecognised tier fields</source>
        <translation>无法识别的阶梯字段</translation>
    </message>
    <message>
        <source>conflicting prices</source>
        <translation>价格相互矛盾</translation>
    </message>
    <message>
        <source>unrecognised tiered_pricing</source>
        <translation>无法识别的 tiered_pricing</translation>
    </message>
    <message>
        <source>unrecognised off_peak_pricing</source>
        <translation>无法识别的 off_peak_pricing</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>缺少值</translation>
    </message>
    <message>
        <source>invalid id</source>
        <translation>ID 无效</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>数字无效</translation>
    </message>
    <message>
        <source>invalid region</source>
        <translation>地区无效</translation>
    </message>
    <message>
        <source>invalid tier row</source>
        <translation>阶梯行无效</translation>
    </message>
    <message>
        <source>invalid URL</source>
        <translation>网址无效</translation>
    </message>
    <message>
        <source>unknown currency</source>
        <translation>未知币种</translation>
    </message>
    <message>
        <source>duplicate model id</source>
        <translation>模型 ID 重复</translation>
    </message>
    <message>
        <source>not a provider</source>
        <translation>不是供应商</translation>
    </message>
    <message>
        <source>currency differs from the catalog</source>
        <translation>币种与价格目录不同</translation>
    </message>
    <message>
        <source>duplicate row</source>
        <translation>行重复</translation>
    </message>
    <message>
        <source>price incomplete</source>
        <translation>价格不完整</translation>
    </message>
    <message>
        <source>tier without its base row</source>
        <translation>阶梯行缺少基础行</translation>
    </message>
    <message>
        <source>new vendor incomplete</source>
        <translation>新供应商信息不全</translation>
    </message>
    <message>
        <source>currency differs within the file</source>
        <translation>同一文件内币种不一致</translation>
    </message>
    <message>
        <source>id is {value!r}</source>
        <translation>ID 为 {value!r}</translation>
    </message>
    <message>
        <source>genai-prices converts this provider&apos;s prices to USD from the vendor&apos;s own currency; the catalog&apos;s {model} keeps the price as the vendor publishes it</source>
        <translation>genai-prices 把该供应商的价格从其本币换算成了美元；价格目录中的 {model} 保留供应商公布的原始价格</translation>
    </message>
    <message>
        <source>{where} is {value!r}, not a date (YYYY-MM-DD)</source>
        <translation>{where} 为 {value!r}，不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{where} is {value!r}, not a number</source>
        <translation>{where} 为 {value!r}，不是数字</translation>
    </message>
    <message>
        <source>{where} is {value}</source>
        <translation>{where} 为 {value}</translation>
    </message>
    <message>
        <source>{where} is {value} per 1M tokens: not a plausible price</source>
        <translation>{where} 为每百万 token {value}：不是合理的价格</translation>
    </message>
    <message>
        <source>{where} is not {{base, tiers: [{{start, price}}]}}</source>
        <translation>{where} 不是 {{base, tiers: [{{start, price}}]}} 形式</translation>
    </message>
    <message>
        <source>{where} gives one start twice</source>
        <translation>{where} 中同一起点出现了两次</translation>
    </message>
    <message>
        <source>{where} is {kind}, not an object</source>
        <translation>{where} 是{kind}，不是对象</translation>
    </message>
    <message>
        <source>{where}.requests_kcount is {value}; the catalog prices tokens only</source>
        <translation>{where}.requests_kcount 为 {value}；价格目录只按 token 计价</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>{where} 为空</translation>
    </message>
    <message>
        <source>{field} is missing; input and output are priced together</source>
        <translation>缺少 {field}；输入和输出价格须同时给出</translation>
    </message>
    <message>
        <source>{where} is an empty list</source>
        <translation>{where} 是空列表</translation>
    </message>
    <message>
        <source>{where}: start dates out of order or given twice</source>
        <translation>{where}：起始日期顺序错乱或重复</translation>
    </message>
    <message>
        <source>{where}: a daily window is read only beside one default price</source>
        <translation>{where}：每日时段价格只能与一个默认价格同时使用</translation>
    </message>
    <message>
        <source>{where}.constraint is {value!r}</source>
        <translation>{where}.constraint 为 {value!r}</translation>
    </message>
    <message>
        <source>{where}: off-peak prices with context tiers</source>
        <translation>{where}：错峰价格带有上下文阶梯</translation>
    </message>
    <message>
        <source>{where}: neither price is the cheaper one</source>
        <translation>{where}：两个价格都不是较便宜的一方</translation>
    </message>
    <message>
        <source>{where} is {value!r}, not a UTC time HH:MM[:SS]Z</source>
        <translation>{where} 为 {value!r}，不是 UTC 时间 HH:MM[:SS]Z</translation>
    </message>
    <message>
        <source>{where} is not {{start, price}}</source>
        <translation>{where} 不是 {{start, price}} 形式</translation>
    </message>
    <message>
        <source>{where}.start is {value!r}, not a positive whole number of tokens</source>
        <translation>{where}.start 为 {value!r}，不是正整数个 token</translation>
    </message>
    <message>
        <source>neither input_mtok nor output_mtok</source>
        <translation>既没有 input_mtok 也没有 output_mtok</translation>
    </message>
    <message>
        <source>{where} is not {{constraint, prices}}</source>
        <translation>{where} 不是 {{constraint, prices}} 形式</translation>
    </message>
    <message>
        <source>sample_spec documents the format; it is not a model</source>
        <translation>sample_spec 是格式说明，不是模型</translation>
    </message>
    <message>
        <source>the value is {kind}</source>
        <translation>该值是{kind}</translation>
    </message>
    <message>
        <source>no &apos;mode&apos;: cannot tell a chat model from an embedding or image model</source>
        <translation>没有 &apos;mode&apos;：无法区分对话模型与嵌入或图像模型</translation>
    </message>
    <message>
        <source>cannot tell which vendor sells it</source>
        <translation>无法确定由哪家供应商提供</translation>
    </message>
    <message>
        <source>{key!r} has no letters or digits to make an id from</source>
        <translation>{key!r} 中没有可用于生成 ID 的字母或数字</translation>
    </message>
    <message>
        <source>{field} is {value}; the catalog prices tokens only</source>
        <translation>{field} 为 {value}；价格目录只按 token 计价</translation>
    </message>
    <message>
        <source>{key!r} also at line {line}; JSON readers keep only one</source>
        <translation>{key!r} 在第 {line} 行也出现；JSON 读取时只保留其一</translation>
    </message>
    <message>
        <source>{field} is {value} per token: not a plausible per-token price</source>
        <translation>{field} 为每 token {value}：不是合理的单 token 价格</translation>
    </message>
    <message>
        <source>{field} is {value} per token ({per_1m} per 1M): not a per-token price</source>
        <translation>{field} 为每 token {value}（每百万 {per_1m}）：不是单 token 价格</translation>
    </message>
    <message>
        <source>both tiered_pricing and {field}: which one applies?</source>
        <translation>同时给出了 tiered_pricing 和 {field}：无法确定以哪个为准</translation>
    </message>
    <message>
        <source>neither input_cost_per_token nor output_cost_per_token</source>
        <translation>既没有 input_cost_per_token 也没有 output_cost_per_token</translation>
    </message>
    <message>
        <source>expected a non-empty list of {{range: [lo, hi], ...}}</source>
        <translation>应为非空的 {{range: [lo, hi], ...}} 列表</translation>
    </message>
    <message>
        <source>no range starts at 0 (first starts at {start:,})</source>
        <translation>没有从 0 开始的区间（第一个区间从 {start:,} 开始）</translation>
    </message>
    <message>
        <source>it is {kind}, not an object</source>
        <translation>它是{kind}，不是对象</translation>
    </message>
    <message>
        <source>field {field!r}</source>
        <translation>字段 {field!r}</translation>
    </message>
    <message>
        <source>windows is not a list of {{hours_utc, weekdays}}</source>
        <translation>windows 不是 {{hours_utc, weekdays}} 列表</translation>
    </message>
    <message>
        <source>{field} is not a &lt;price&gt;_above_&lt;N&gt;k_tokens field</source>
        <translation>{field} 不是 &lt;price&gt;_above_&lt;N&gt;k_tokens 形式的字段</translation>
    </message>
    <message>
        <source>{field}: {tokens} is not a whole number of tokens</source>
        <translation>{field}：{tokens} 不是整数个 token</translation>
    </message>
    <message>
        <source>above {tokens:,} tokens only batch prices are given</source>
        <translation>超过 {tokens:,} token 的部分只给出了批量价格</translation>
    </message>
    <message>
        <source>{where} has {field!r}</source>
        <translation>{where} 含有 {field!r}</translation>
    </message>
    <message>
        <source>{where}.range is {value!r}, not [lo, hi]</source>
        <translation>{where}.range 为 {value!r}，不是 [lo, hi]</translation>
    </message>
    <message>
        <source>{where}.range [{lo}, {hi}] is not a token range</source>
        <translation>{where}.range [{lo}, {hi}] 不是有效的 token 区间</translation>
    </message>
    <message>
        <source>ranges leave a gap or overlap between {end} and {start}</source>
        <translation>区间在 {end} 与 {start} 之间有空缺或重叠</translation>
    </message>
    <message>
        <source>no {field}</source>
        <translation>没有 {field}</translation>
    </message>
    <message>
        <source>{where} is not {{hours_utc, weekdays}}</source>
        <translation>{where} 不是 {{hours_utc, weekdays}} 形式</translation>
    </message>
    <message>
        <source>{where}.hours_utc is {value!r}</source>
        <translation>{where}.hours_utc 为 {value!r}</translation>
    </message>
    <message>
        <source>{field} ({top}/1M) differs from tiered_pricing&apos;s first range ({value}/1M)</source>
        <translation>{field}（每百万 {top}）与 tiered_pricing 第一个区间（每百万 {value}）不同</translation>
    </message>
    <message>
        <source>{where} has no {field}</source>
        <translation>{where} 没有 {field}</translation>
    </message>
    <message>
        <source>{where}.hours_utc {value!r} is not HH:MM-HH:MM</source>
        <translation>{where}.hours_utc {value!r} 不是 HH:MM-HH:MM 形式</translation>
    </message>
    <message>
        <source>{where}.weekdays is {value!r} (expected 1–7, Monday = 1)</source>
        <translation>{where}.weekdays 为 {value!r}（应为 1–7，周一为 1）</translation>
    </message>
    <message>
        <source>column {column} is empty</source>
        <translation>{column} 列为空</translation>
    </message>
    <message>
        <source>column vendor_id: {value!r} must be a slug (a-z 0-9 . -)</source>
        <translation>vendor_id 列：{value!r} 只能由 a-z 0-9 . - 组成</translation>
    </message>
    <message>
        <source>column model_id: {value!r} is not under vendor {vendor!r}</source>
        <translation>model_id 列：{value!r} 不属于供应商 {vendor!r}</translation>
    </message>
    <message>
        <source>column model_id: {value!r} must be vendor/model with a-z 0-9 . _ - only</source>
        <translation>model_id 列：{value!r} 应为“供应商/模型”形式，只能含 a-z 0-9 . _ -</translation>
    </message>
    <message>
        <source>column above_prompt_tokens: {value} must be above 0 (empty for the base price)</source>
        <translation>above_prompt_tokens 列：{value} 必须大于 0（基础价格留空）</translation>
    </message>
    <message>
        <source>column region: {value!r} is not one of {regions}</source>
        <translation>region 列：{value!r} 不是 {regions} 之一</translation>
    </message>
    <message>
        <source>column source_url: {value!r} is not an http(s) address</source>
        <translation>source_url 列：{value!r} 不是 http(s) 网址</translation>
    </message>
    <message>
        <source>column {column} is empty; {segment} input and output prices go together</source>
        <translation>{column} 列为空；{segment} 的输入和输出价格须同时给出</translation>
    </message>
    <message>
        <source>column {column}: a tier row (above_prompt_tokens set) holds prices only; put batch, off-peak and free allowances on the base row</source>
        <translation>{column} 列：阶梯行（填了 above_prompt_tokens）只能含价格；批量、错峰和免费额度请写在基础行</translation>
    </message>
    <message>
        <source>column {segment}_factor: give a factor or explicit {segment} prices, not both</source>
        <translation>{segment}_factor 列：折扣系数和明确的 {segment} 价格只能给其一</translation>
    </message>
    <message>
        <source>column {segment}_input_per_1m is empty ({segment}_cached_input_per_1m needs input and output prices)</source>
        <translation>{segment}_input_per_1m 列为空（{segment}_cached_input_per_1m 需要同时有输入和输出价格）</translation>
    </message>
    <message>
        <source>column off_peak_hours is set but no off-peak price is given</source>
        <translation>填了 off_peak_hours 列，但没有给出错峰价格</translation>
    </message>
    <message>
        <source>column {column}: {value!r} is ambiguous; write numbers with a decimal point and no thousands separators (1.5, 1234.5)</source>
        <translation>{column} 列：{value!r} 有歧义；数字请用小数点、不加千位分隔符（1.5、1234.5）</translation>
    </message>
    <message>
        <source>column {column}: {value!r} is not a real date (write YYYY-MM-DD)</source>
        <translation>{column} 列：{value!r} 不是有效日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>column {column}: {value} is outside the catalog&apos;s years ({first} to {last})</source>
        <translation>{column} 列：{value} 超出价格目录的年份范围（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>column currency: {value!r} is not an ISO 4217 code (did you mean {hint}?)</source>
        <translation>currency 列：{value!r} 不是 ISO 4217 代码（是否指 {hint}？）</translation>
    </message>
    <message>
        <source>column currency: {value!r} is not an ISO 4217 code (e.g. USD, CNY, EUR)</source>
        <translation>currency 列：{value!r} 不是 ISO 4217 代码（如 USD、CNY、EUR）</translation>
    </message>
    <message>
        <source>column {column}: {value!r} is not a number</source>
        <translation>{column} 列：{value!r} 不是数字</translation>
    </message>
    <message>
        <source>column {column}: {value!r} is not a finite number</source>
        <translation>{column} 列：{value!r} 不是有限数字</translation>
    </message>
    <message>
        <source>column {column}: {value} is below 0</source>
        <translation>{column} 列：{value} 小于 0</translation>
    </message>
    <message>
        <source>column {column}: {value} per 1M tokens is not a plausible price</source>
        <translation>{column} 列：每百万 token {value} 不是合理的价格</translation>
    </message>
    <message>
        <source>column {column}: {value!r} must be a share of the standard price, above 0 and at most 1 (0.5 or 50%)</source>
        <translation>{column} 列：{value!r} 应为标准价格的比例，大于 0 且不超过 1（0.5 或 50%）</translation>
    </message>
    <message>
        <source>column currency is empty and the catalog does not know this model or vendor</source>
        <translation>currency 列为空，且价格目录中没有该模型或供应商</translation>
    </message>
    <message>
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <source>row {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <source>nothing to write: every row was skipped</source>
        <translation>没有可写入的内容：所有行都已跳过</translation>
    </message>
    <message>
        <source>the bundled catalog could not be read ({error}); every model counts as added</source>
        <translation>无法读取内置价格目录（{error}）；所有模型都按新增计</translation>
    </message>
    <message>
        <source>{model} also comes from {kept!r}, which is kept; same prices</source>
        <translation>{model} 也来自 {kept!r}，保留后者；价格相同</translation>
    </message>
    <message>
        <source>{model} also comes from {kept!r}, which is kept; different prices</source>
        <translation>{model} 也来自 {kept!r}，保留后者；价格不同</translation>
    </message>
    <message>
        <source>a provider without an id or models</source>
        <translation>没有 id 或 models 的供应商</translation>
    </message>
    <message>
        <source>it is {what}</source>
        <translation>它是{what}</translation>
    </message>
    <message>
        <source>the entry is {kind}</source>
        <translation>该条目是{kind}</translation>
    </message>
    <message>
        <source>the catalog prices {model} in {known}; this source gives {given}, and one model&apos;s history stays in one currency</source>
        <translation>价格目录以 {known} 为 {model} 计价；此来源给出的是 {given}，同一模型的价格历史只能使用一种币种</translation>
    </message>
    <message>
        <source>{model} from {start} is also on line {line}</source>
        <translation>{model}（自 {start} 起）也在第 {line} 行</translation>
    </message>
    <message>
        <source>the tier above {tokens:,} tokens of {model} from {start} is also on line {line}</source>
        <translation>{model}（自 {start} 起）超过 {tokens:,} token 的阶梯也在第 {line} 行</translation>
    </message>
    <message>
        <source>line {line} of this price ({reason}) was skipped, so the rest is not imported either</source>
        <translation>此价格的第 {line} 行（{reason}）已跳过，因此其余部分也不导入</translation>
    </message>
    <message>
        <source>no row for {model} from {start} with an empty above_prompt_tokens</source>
        <translation>没有 {model}（自 {start} 起）above_prompt_tokens 为空的基础行</translation>
    </message>
    <message>
        <source>vendor {vendor!r} is not in the catalog: give its region (US, EU or CN) and source_url (its pricing page) on one of its rows</source>
        <translation>供应商 {vendor!r} 不在价格目录中：请在其某一行填写 region（US、EU 或 CN）和 source_url（其价格页面）</translation>
    </message>
    <message>
        <source>vendor {vendor!r} is not in the catalog: give its region (US, EU or CN) on one of its rows</source>
        <translation>供应商 {vendor!r} 不在价格目录中：请在其某一行填写 region（US、EU 或 CN）</translation>
    </message>
    <message>
        <source>vendor {vendor!r} is not in the catalog: give its source_url (its pricing page) on one of its rows</source>
        <translation>供应商 {vendor!r} 不在价格目录中：请在其某一行填写 source_url（其价格页面）</translation>
    </message>
    <message>
        <source>{model} is priced in {currency} on line {line}; one model&apos;s prices stay in one currency</source>
        <translation>{model} 在第 {line} 行以 {currency} 计价；同一模型的价格只能使用一种币种</translation>
    </message>
    <message>
        <source>{model} is priced in {currency} on row {line}; one model&apos;s prices stay in one currency</source>
        <translation>{model} 在第 {line} 行以 {currency} 计价；同一模型的价格只能使用一种币种</translation>
    </message>
    <message>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <source>in {input} / out {output}</source>
        <translation>输入 {input} / 输出 {output}</translation>
    </message>
    <message>
        <source>in {input} / out {output}, cached {cached}</source>
        <translation>输入 {input} / 输出 {output}，缓存 {cached}</translation>
    </message>
    <message>
        <source>new point from {start}; the catalog&apos;s prices start later</source>
        <translation>自 {start} 起的新价格点；价格目录中的价格开始得更晚</translation>
    </message>
    <message>
        <source>replaces the catalog&apos;s point from {start}, same prices as from {before}</source>
        <translation>替换价格目录中自 {start} 起的价格点，价格与自 {before} 起的相同</translation>
    </message>
    <message>
        <source>new point from {start}, same prices as from {before}</source>
        <translation>自 {start} 起的新价格点，价格与自 {before} 起的相同</translation>
    </message>
    <message>
        <source>replaces the catalog&apos;s point from {start}, same base prices as from {before}, other context tiers</source>
        <translation>替换价格目录中自 {start} 起的价格点，基础价格与自 {before} 起的相同，上下文阶梯不同</translation>
    </message>
    <message>
        <source>new point from {start}, same base prices as from {before}, other context tiers</source>
        <translation>自 {start} 起的新价格点，基础价格与自 {before} 起的相同，上下文阶梯不同</translation>
    </message>
    <message>
        <source>replaces the catalog&apos;s point from {start}: {new} (was {old} from {before})</source>
        <translation>替换价格目录中自 {start} 起的价格点：{new}（原为自 {before} 起的 {old}）</translation>
    </message>
    <message>
        <source>new point from {start}: {new} (was {old} from {before})</source>
        <translation>自 {start} 起的新价格点：{new}（原为自 {before} 起的 {old}）</translation>
    </message>
    <message>
        <source>context window unknown (the source gives none)</source>
        <translation>上下文窗口未知（来源未给出）</translation>
    </message>
    <message>
        <source>prices still known only for prompts of up to {n} tokens (the list gives no long-prompt price)</source>
        <translation>价格仍仅适用于不超过 {n} tokens 的提示词（价目表未给出长提示词价格）</translation>
    </message>
    <message>
        <source>price from {start}</source>
        <translation>自 {start} 起的价格</translation>
    </message>
    <message>
        <source>tier above {tokens:,} prompt tokens of the price from {start}</source>
        <translation>自 {start} 起价格中超过 {tokens:,} 提示 token 的阶梯</translation>
    </message>
    <message>
        <source>context window from max_tokens (the file gives no max_input_tokens)</source>
        <translation>上下文窗口取自 max_tokens（文件未给出 max_input_tokens）</translation>
    </message>
    <message>
        <source>deprecation_date {value!r} ignored (not a date)</source>
        <translation>已忽略 deprecation_date {value!r}（不是日期）</translation>
    </message>
    <message>
        <source>free (0/0 in the file)</source>
        <translation>免费（文件中为 0/0）</translation>
    </message>
    <message>
        <source>not imported: {what}</source>
        <translation>未导入：{what}</translation>
    </message>
    <message>
        <source>{field} {value} ignored (not a positive whole number of tokens)</source>
        <translation>已忽略 {field} {value}（不是正整数个 token）</translation>
    </message>
    <message>
        <source>the file&apos;s match rule names the catalog&apos;s {model}</source>
        <translation>文件的匹配规则指向价格目录中的 {model}</translation>
    </message>
    <message>
        <source>context_window {value!r} ignored (not a positive whole number of tokens)</source>
        <translation>已忽略 context_window {value!r}（不是正整数个 token）</translation>
    </message>
    <message>
        <source>the file&apos;s first price ({prices}) was in force before {change}, from a date it does not give: not imported</source>
        <translation>文件中的第一个价格（{prices}）在 {change} 之前生效，起始日期未给出：未导入</translation>
    </message>
    <message>
        <source>scheduled: {prices} from {start}</source>
        <translation>已排定：自 {start} 起 {prices}</translation>
    </message>
    <message>
        <source>reasoning output is {value}/1M in the file; the output price here is for non-reasoning output</source>
        <translation>文件中推理输出为每百万 {value}；此处的输出价格是非推理输出的价格</translation>
    </message>
    <message>
        <source>reasoning output is {value}/1M in the file (first range); the output price here is for non-reasoning output</source>
        <translation>文件中推理输出为每百万 {value}（第一个区间）；此处的输出价格是非推理输出的价格</translation>
    </message>
    <message>
        <source>batch price not imported: the file gives only {field}</source>
        <translation>未导入批量价格：文件只给出了 {field}</translation>
    </message>
    <message>
        <source>batch prices not imported: they differ by context tier in a way the catalog cannot hold (batch share billed at the standard price)</source>
        <translation>未导入批量价格：它们随上下文阶梯变化，价格目录无法表示（批量部分按标准价格计）</translation>
    </message>
    <message>
        <source>input_cost_per_token_cache_hit ({hit}/1M) differs from cache_read_input_token_cost ({cached}/1M); the latter is used</source>
        <translation>input_cost_per_token_cache_hit（每百万 {hit}）与 cache_read_input_token_cost（每百万 {cached}）不同；采用后者</translation>
    </message>
    <message>
        <source>off-peak prices not imported: the file gives them for the base context tier only</source>
        <translation>未导入错峰价格：文件只给出了基础上下文阶梯的错峰价格</translation>
    </message>
    <message>
        <source>cache writes</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>per-character prices</source>
        <translation>按字符计价</translation>
    </message>
    <message>
        <source>per-second prices</source>
        <translation>按秒计价</translation>
    </message>
    <message>
        <source>priority tier</source>
        <translation>优先级档</translation>
    </message>
    <message>
        <source>flex tier</source>
        <translation>弹性档</translation>
    </message>
    <message>
        <source>web search/queries</source>
        <translation>网页搜索/查询</translation>
    </message>
    <message>
        <source>web search</source>
        <translation>网页搜索</translation>
    </message>
    <message>
        <source>reasoning output</source>
        <translation>推理输出</translation>
    </message>
    <message>
        <source>Databricks DBUs</source>
        <translation>Databricks DBU 计费</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>batch requests</source>
        <translation>批量请求</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>按秒</translation>
    </message>
    <message>
        <source>per character</source>
        <translation>按字符</translation>
    </message>
    <message>
        <source>per image</source>
        <translation>按图像</translation>
    </message>
    <message>
        <source>per pixel</source>
        <translation>按像素</translation>
    </message>
    <message>
        <source>per query</source>
        <translation>按查询</translation>
    </message>
    <message>
        <source>per request</source>
        <translation>按请求</translation>
    </message>
    <message>
        <source>audio tokens only</source>
        <translation>仅音频 token</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null（空值）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <source>months of usage</source>
        <translation>用量月份</translation>
    </message>
</context>
<context>
    <name>CostBarChart</name>
    <message>
        <source>Monthly cost of the chosen models for {1} ({0})</source>
        <translation>{1}：已选模型的月度成本（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>Monthly cost of the %n cheapest model(s) for {1} ({0})</source>
        <translation>
            <numerusform>{1}：价格最低的 %n 个模型的月度成本（{0}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly cost of the chosen models ({0})</source>
        <translation>已选模型的月度成本（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>Monthly cost of the %n cheapest model(s) ({0}) — tick models to choose</source>
        <translation>
            <numerusform>价格最低的 %n 个模型的月度成本（{0}）——勾选模型可自选</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>Monthly cost chart</source>
        <translation>月费用图表</translation>
    </message>
    <message>
        <source>A bar per model, cheapest at the top; the table has the figures</source>
        <translation>每个模型一根条形，最便宜的在最上方；具体数字见表格</translation>
    </message>
    <message>
        <source>monthly-cost</source>
        <translation>月费用</translation>
    </message>
</context>
<context>
    <name>CustomModelDialog</name>
    <message>
        <source>Edit model</source>
        <translation>编辑模型</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>New vendor…</source>
        <translation>新厂商…</translation>
    </message>
    <message>
        <source>e.g. my-model-32k</source>
        <translation>例如 my-model-32k</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <source>output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>price from</source>
        <translation>价格起始日期</translation>
    </message>
    <message>
        <source>e.g. the vendor&apos;s pricing page (https://…) or a contract</source>
        <translation>例如厂商的价格页面（https://…）或合同</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>New vendor id</source>
        <translation>新厂商 ID</translation>
    </message>
    <message>
        <source>New vendor name</source>
        <translation>新厂商名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Context window (tokens)</source>
        <translation>上下文窗口（tokens）</translation>
    </message>
    <message>
        <source>Input price per 1M</source>
        <translation>每百万输入价格</translation>
    </message>
    <message>
        <source>Output price per 1M</source>
        <translation>每百万输出价格</translation>
    </message>
    <message>
        <source>Cache-hit price per 1M</source>
        <translation>每百万缓存命中价格</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>价格生效日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>vendor id</source>
        <translation>厂商 ID</translation>
    </message>
    <message>
        <source>“{0}” must be a lower-case slug (letters, digits, &apos;.&apos;, &apos;-&apos;), e.g. {1}</source>
        <translation>“{0}”须为小写标识（字母、数字、&apos;.&apos;、&apos;-&apos;），例如 {1}</translation>
    </message>
    <message>
        <source>“{0}” must be lower case: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; (e.g. {1})</source>
        <translation>“{0}”须为小写：字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;（例如 {1}）</translation>
    </message>
    <message>
        <source>{0} already exists: choose it in the vendor list</source>
        <translation>{0} 已存在：请在厂商列表中选择它</translation>
    </message>
    <message>
        <source>required, e.g. 128K</source>
        <translation>必填，如 128K</translation>
    </message>
    <message>
        <source>model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <source>{0} is already one of your models: edit it instead</source>
        <translation>{0} 已是您的模型之一：请改为编辑它</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>{0} has no exchange rate (known: {1}); add one in Edit › Exchange rates first</source>
        <translation>{0} 没有汇率（已有：{1}）；请先在“编辑 › 汇率”中添加</translation>
    </message>
    <message>
        <source>context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <source>must be more than 0 tokens</source>
        <translation>须大于 0 tokens</translation>
    </message>
    <message>
        <source>cache-hit price</source>
        <translation>缓存命中价格</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>correct the fields marked in red</source>
        <translation>请更正标红的字段</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>the catalog prices {0} in {1}; one model&apos;s history stays in one currency</source>
        <translation>价格目录中 {0} 以 {1} 计价；同一模型的价格历史须使用同一币种</translation>
    </message>
</context>
<context>
    <name>DateChangesDialog</name>
    <message>
        <source>Compare with an earlier date</source>
        <translation>与较早日期比较</translation>
    </message>
    <message>
        <source>earlier date</source>
        <translation>较早日期</translation>
    </message>
    <message>
        <source>&amp;Earlier date</source>
        <translation>较早日期(&amp;E)</translation>
    </message>
    <message>
        <source>beside the as-of date {0}</source>
        <translation>对比价格日期 {0}</translation>
    </message>
    <message>
        <source>Each model&apos;s prices and monthly cost on the earlier date beside those on the project&apos;s as-of date, for its workloads. The chosen models, or every model the comparison shows when none is chosen.</source>
        <translation>按本项目的工作负载，列出各模型在较早日期与项目价格日期的单价和月费用：已选模型；未选择模型时为比较表中显示的所有模型。</translation>
    </message>
    <message>
        <source>Each model&apos;s prices and monthly cost on the earlier date beside those on the project&apos;s as-of date, for its workloads: every model the comparison shows (choose models to see only those).</source>
        <translation>按本项目的工作负载，列出各模型在较早日期与项目价格日期的单价和月费用：比较表中显示的所有模型（勾选模型可只看这些模型）。</translation>
    </message>
    <message>
        <source>The earlier date must come before the as-of date {0}.</source>
        <translation>较早的日期必须早于价格日期 {0}。</translation>
    </message>
    <message>
        <source>These dates could not be priced: {0}</source>
        <translation>无法按这两个日期计价：{0}</translation>
    </message>
    <message>
        <source>No model has a price on either date.</source>
        <translation>两个日期均没有模型有有效价格。</translation>
    </message>
    <message>
        <source>None of these models has a price on both dates: no total to compare.</source>
        <translation>这些模型都没有在两个日期同时有价格，无法比较合计。</translation>
    </message>
    <message numerus="yes">
        <source>Monthly total of the %n model(s) priced on both dates: {0} on {1}, {2} on {3} ({4}).</source>
        <translation>
            <numerusform>两个日期均有价格的 %n 个模型月费用合计：{1} 为 {0}，{3} 为 {2}（{4}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly total of the chosen models: {0} on {1}, {2} on {3} ({4}).</source>
        <translation>已选模型月费用合计：{1} 为 {0}，{3} 为 {2}（{4}）。</translation>
    </message>
    <message>
        <source>Monthly total of these models: {0} on {1}, {2} on {3} ({4}).</source>
        <translation>这些模型的月费用合计：{1} 为 {0}，{3} 为 {2}（{4}）。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message>
        <source>no batch price: batch share billed at standard price</source>
        <translation>无批量价格：批量部分按标准价格计费</translation>
    </message>
    <message>
        <source>no off-peak price: off-peak share billed at standard price</source>
        <translation>无闲时价格：闲时部分按标准价格计费</translation>
    </message>
    <message>
        <source>no cache-hit price: cache hits billed at the input price</source>
        <translation>无缓存命中价格：缓存命中部分按输入价格计费</translation>
    </message>
    <message>
        <source>prompt is longer than the context window</source>
        <translation>提示词长度超出了该模型的上下文窗口</translation>
    </message>
    <message>
        <source>no price known for prompts this long: billed at the shorter prompts&apos; price, so understated</source>
        <translation>没有这么长提示词的已知价格：按较短提示词的价格计费，因此费用被低估</translation>
    </message>
    <message>
        <source>output price not known on this date: a later price stands in, so output is likely understated</source>
        <translation>该日期的输出价格未知：以之后的价格代替，因此输出费用可能被低估</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>The workbook writer is not available: {0}</source>
        <translation>工作簿写入组件不可用：{0}</translation>
    </message>
    <message>
        <source>The workbook was not written: the project&apos;s figures could not be priced.

{0}</source>
        <translation>工作簿未写入：无法为该项目的数据计价。

{0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>已取消导出</translation>
    </message>
    <message>
        <source>The workbook was not written.

{0}</source>
        <translation>工作簿未写入。

{0}</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the workbook in your spreadsheet program</source>
        <translation>用您的电子表格程序打开工作簿</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation>在文件夹中显示(&amp;D)</translation>
    </message>
    <message>
        <source>Open the folder that holds the workbook</source>
        <translation>打开工作簿所在的文件夹</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Dismiss the export notice</source>
        <translation>关闭导出提示</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation>“{0}”有尚未保存的修改。要先保存吗？</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>TokenQuote projects (*{0});;All files (*)</source>
        <translation>TokenQuote 项目 (*{0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>TokenQuote could not open “{0}”.

{1}</source>
        <translation>TokenQuote 无法打开“{0}”。

{1}</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>TokenQuote projects (*{0})</source>
        <translation>TokenQuote 项目 (*{0})</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>“{0}” was changed on disk since you opened it here — perhaps saved from another TokenQuote window. Replace those changes with yours? (File › Save As… keeps both.)</source>
        <translation>自您在此打开“{0}”以来，磁盘上的该文件已被更改——可能是从另一个 TokenQuote 窗口保存的。要用您的版本替换那些更改吗？（文件 › 另存为… 可同时保留两者。）</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>The project was not saved to “{0}”.

{1}</source>
        <translation>项目未能保存到“{0}”。

{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <translation>&amp;{0} {1}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>“{0}” no longer exists.</source>
        <translation>“{0}”已不存在。</translation>
    </message>
</context>
<context>
    <name>FxDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Add or replace</source>
        <translation>添加或替换</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>汇率日期</translation>
    </message>
    <message>
        <source>A rate reads as published: USD/CNY 7.10 means 1 USD buys 7.10 CNY. Double-click a rate, date or note to edit it.</source>
        <translation>汇率按公布的方式解读：USD/CNY 7.10 表示 1 USD 可兑换 7.10 CNY。双击汇率、日期或备注即可编辑。</translation>
    </message>
    <message>
        <source>new rate</source>
        <translation>新汇率</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
</context>
<context>
    <name>FxRatesModel</name>
    <message>
        <source>Pair</source>
        <translation>货币对</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>1 {0} = {1} {2}</source>
        <translation>1 {0} = {1} {2}</translation>
    </message>
    <message>
        <source>A bundled assumption: replace it with your company&apos;s rate</source>
        <translation>内置的假设值：请替换为贵公司采用的汇率</translation>
    </message>
</context>
<context>
    <name>GreyRows</name>
    <message>
        <source>{0} prompt longer than the context window ({1})</source>
        <translation>{0} 提示词超过上下文窗口（{1}）</translation>
    </message>
    <message>
        <source>{0} price not known for this workload: cost understated ({1})</source>
        <translation>{0} 此工作负载的价格未知：费用被低估（{1}）</translation>
    </message>
    <message>
        <source>{0} retired by the vendor by {2} ({1})</source>
        <translation>{0} 截至 {2} 已被厂商下线（{1}）</translation>
    </message>
    <message>
        <source>{0} no price on {2} ({1})</source>
        <translation>{0} {2} 无价格（{1}）</translation>
    </message>
    <message>
        <source>Deprecated by the vendor later: still sold on {0}</source>
        <translation>厂商后来弃用了该模型：{0} 时仍在销售</translation>
    </message>
    <message>
        <source>Free of charge. {0}</source>
        <translation>免费。{0}</translation>
    </message>
    <message>
        <source>The vendor may limit free use (rate limits, quotas): check its terms.</source>
        <translation>厂商可能限制免费调用（限流、配额），请查阅厂商条款。</translation>
    </message>
    <message>
        <source>Not ranked: free models are left out of the ranking (View › Include free models)</source>
        <translation>不参与排名：免费模型不计入排名（视图 › 包含免费模型）</translation>
    </message>
    <message>
        <source>Grey rows: {0}</source>
        <translation>灰色行：{0}</translation>
    </message>
    <message>
        <source>Greyed: the prompt is longer than the context window (not ranked)</source>
        <translation>灰色：提示词超过上下文窗口（不参与排名）</translation>
    </message>
    <message>
        <source>Greyed: the catalog does not have the price this workload is billed at (see the notes); the cost shown is a floor, so understated (not ranked)</source>
        <translation>灰色：价格目录没有此工作负载实际计费的价格（见备注）；显示的费用只是下限，因此被低估（不参与排名）</translation>
    </message>
    <message>
        <source>Greyed: retired by the vendor by {0}; shown because it is chosen</source>
        <translation>灰色：截至 {0} 已被厂商下线；因已选中而显示</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>TokenQuote help</source>
        <translation>TokenQuote 帮助</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report — {0}</source>
        <translation>导入报告 — {0}</translation>
    </message>
    <message>
        <source>{0}: {1} added, {2} updated, {3} skipped of {4} entries.</source>
        <translation>{0}：共 {4} 条，新增 {1}，更新 {2}，跳过 {3}。</translation>
    </message>
    <message>
        <source>The prices are in the catalog layer “{0}” (Tools › Catalog shows and switches layers).</source>
        <translation>这些价格位于价格层“{0}”（可在“工具 › 价格目录”中查看和切换价格层）。</translation>
    </message>
    <message>
        <source>Nothing was added to the catalog.</source>
        <translation>没有向价格目录添加任何内容。</translation>
    </message>
    <message>
        <source>Read as {0}.</source>
        <translation>按 {0} 格式读取。</translation>
    </message>
    <message>
        <source>Skipped: {0}</source>
        <translation>已跳过：{0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>All results ({0})</source>
        <translation>全部结果（{0}）</translation>
    </message>
    <message>
        <source>Added ({0})</source>
        <translation>新增（{0}）</translation>
    </message>
    <message>
        <source>Updated ({0})</source>
        <translation>更新（{0}）</translation>
    </message>
    <message>
        <source>Skipped ({0})</source>
        <translation>跳过（{0}）</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>另存为文本…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>{0} import report.txt</source>
        <translation>{0} 导入报告.txt</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>无法保存报告</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Reason / details</source>
        <translation>原因 / 详情</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Layers (ticked layers are used, later ones over earlier ones)</source>
        <translation>价格层（使用已勾选的价格层，后面的覆盖前面的）</translation>
    </message>
    <message>
        <source>Delete layer…</source>
        <translation>删除价格层…</translation>
    </message>
    <message>
        <source>Delete the chosen imported price list or custom models file</source>
        <translation>删除所选的导入价目表或自建模型文件</translation>
    </message>
    <message>
        <source>Reset to bundled…</source>
        <translation>恢复为内置价格目录…</translation>
    </message>
    <message>
        <source>A price last checked longer ago than this is marked stale in the comparison&apos;s Source column</source>
        <translation>最近核对时间早于此期限的价格，会在比较表的“来源”列中标为过时</translation>
    </message>
    <message>
        <source>Mark prices as stale when last checked more than</source>
        <translation>价格最近核对超过以下天数即标为过时：</translation>
    </message>
    <message>
        <source>Bundled catalog</source>
        <translation>内置价格目录</translation>
    </message>
    <message>
        <source>Negotiated prices and discounts</source>
        <translation>协议价与折扣</translation>
    </message>
    <message numerus="yes">
        <source>{0} — %n model(s)</source>
        <translation>
            <numerusform>{0} — %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Your catalog files: {0}</source>
        <translation>您的价格目录文件：{0}</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .tokenquote project</source>
        <translation>打开 .tokenquote 项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the quote workbook (.xlsx)</source>
        <translation>生成报价工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the quote as a PDF, then save it to send</source>
        <translation>预览 PDF 报价单，确认后保存以便发送</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Quote &amp;terms…</source>
        <translation>报价条款(&amp;T)…</translation>
    </message>
    <message>
        <source>Client, quote number, discount, markup, tax</source>
        <translation>客户、报价编号、折扣、加价、税率</translation>
    </message>
    <message>
        <source>E&amp;xchange rates…</source>
        <translation>汇率(&amp;X)…</translation>
    </message>
    <message>
        <source>View and edit the exchange rates and their dates</source>
        <translation>查看并编辑汇率及其日期</translation>
    </message>
    <message>
        <source>Estimate &amp;volumes…</source>
        <translation>估算用量(&amp;V)…</translation>
    </message>
    <message>
        <source>Fill volumes from requests a day or from an amount of text</source>
        <translation>按每日请求数或文本量填入用量</translation>
    </message>
    <message>
        <source>C&amp;lear chosen models</source>
        <translation>清除已选模型(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find model</source>
        <translation>查找模型(&amp;F)</translation>
    </message>
    <message>
        <source>Hide &amp;deprecated models</source>
        <translation>隐藏已弃用模型(&amp;D)</translation>
    </message>
    <message>
        <source>Hide deprecated</source>
        <translation>隐藏已弃用</translation>
    </message>
    <message>
        <source>Only fitting</source>
        <translation>仅上下文够用</translation>
    </message>
    <message>
        <source>Show only models whose context window holds the prompt size</source>
        <translation>只显示上下文窗口容得下提示词长度的模型</translation>
    </message>
    <message>
        <source>Only chosen</source>
        <translation>仅已选</translation>
    </message>
    <message>
        <source>Show only the models ticked for the quote</source>
        <translation>只显示已勾选纳入报价的模型</translation>
    </message>
    <message>
        <source>Only chose&amp;n models</source>
        <translation>仅显示已选模型(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About TokenQuote</source>
        <translation>关于 TokenQuote(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, exported workbooks, recent files, autosave</source>
        <translation>语言、导出的工作簿、最近文件、自动备份</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>工作负载(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Show the charts under the table</source>
        <translation>在表格下方显示图表</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Main tool bar</source>
        <translation>主工具栏(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Filter bar</source>
        <translation>筛选栏(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>组合方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>TokenQuote &amp;Help</source>
        <translation>TokenQuote 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>How to use TokenQuote</source>
        <translation>如何使用 TokenQuote</translation>
    </message>
    <message>
        <source>Leave out the models the vendor has retired by the as-of date (on an earlier date, those retired later are shown)</source>
        <translation>不显示截至价格日期已被厂商下线的模型（选择较早日期时，之后才下线的模型仍会显示）</translation>
    </message>
    <message>
        <source>Include free</source>
        <translation>包含免费</translation>
    </message>
    <message>
        <source>Include f&amp;ree models</source>
        <translation>包含免费模型(&amp;R)</translation>
    </message>
    <message>
        <source>Rank free models too; otherwise the cheapest is the cheapest paid model and free models show only when chosen</source>
        <translation>免费模型也参与排名；否则“最便宜”指最便宜的付费模型，免费模型仅在选中时显示</translation>
    </message>
    <message>
        <source>Only models whose context f&amp;its</source>
        <translation>仅显示上下文够用的模型(&amp;I)</translation>
    </message>
    <message>
        <source>Compare with an &amp;earlier date…</source>
        <translation>与较早日期比较(&amp;E)…</translation>
    </message>
    <message>
        <source>The prices and monthly costs on an earlier date beside those of the as-of date, per model</source>
        <translation>按模型对比较早日期与价格日期的单价和月费用</translation>
    </message>
    <message>
        <source>Include free models</source>
        <translation>包含免费模型</translation>
    </message>
    <message>
        <source>Leave free models out</source>
        <translation>不含免费模型</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message numerus="yes">
        <source>Catalog {0} · %n model(s)</source>
        <translation>
            <numerusform>价格目录 {0} · 共 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>No model has a price in force on {0}: choose a later Prices as of date.</source>
        <translation>{0} 没有任何模型的价格生效：请选择更晚的价格日期。</translation>
    </message>
    <message>
        <source>The figures below are from before the last change: {0}</source>
        <translation>下方数字仍是上次修改之前的结果：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} of %n model(s)</source>
        <translation>
            <numerusform>显示 {0} / %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: {0}</source>
        <translation>币种：{0}</translation>
    </message>
    <message>
        <source>Prices as of {0} (today)</source>
        <translation>价格日期：{0}（今天）</translation>
    </message>
    <message>
        <source>Prices as of {0}</source>
        <translation>价格日期：{0}</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>自动备份失败：{0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{0}[*] — TokenQuote</source>
        <translation>{0}[*] — TokenQuote</translation>
    </message>
    <message>
        <source>Choose {0}</source>
        <translation>选择 {0}</translation>
    </message>
    <message>
        <source>Unchoose {0}</source>
        <translation>取消选择 {0}</translation>
    </message>
    <message>
        <source>Clear chosen models</source>
        <translation>清除已选模型</translation>
    </message>
    <message>
        <source>Edit projection</source>
        <translation>编辑成本预测</translation>
    </message>
    <message>
        <source>Edit quote terms</source>
        <translation>编辑报价条款</translation>
    </message>
    <message>
        <source>Edit exchange rates</source>
        <translation>编辑汇率</translation>
    </message>
    <message>
        <source>About TokenQuote</source>
        <translation>关于 TokenQuote</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenQuote {0}&lt;/h3&gt;&lt;p&gt;Prices LLM API usage offline against a dated catalog of vendors and models.&lt;/p&gt;&lt;p&gt;Catalog as of {1}: {2} models from {3} vendors.&lt;/p&gt;&lt;p&gt;Prices are shown as each vendor publishes them, with their source and date; exchange rates are yours to set.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenQuote {0}&lt;/h3&gt;&lt;p&gt;离线计算大模型 API 的使用费用，依据注明日期的厂商与模型价格目录。&lt;/p&gt;&lt;p&gt;价格目录日期 {1}：{3} 家厂商，{2} 个模型。&lt;/p&gt;&lt;p&gt;价格均按各厂商公布的原样显示，并注明来源和日期；汇率由您自行设定。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>• {0}: “{1}” is not valid; {2} is used</source>
        <translation>• {0}：“{1}”无效；使用的是 {2}</translation>
    </message>
    <message>
        <source>Some fields hold entries that are not valid:

{0}

The last valid figures go into the file. {1} all the same?</source>
        <translation>有些字段中的内容无效：

{0}

写入文件的是最后一次有效的数值。仍要{1}吗？</translation>
    </message>
    <message>
        <source>Entries not valid</source>
        <translation>内容无效</translation>
    </message>
    <message>
        <source>Export in progress</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Wait for the workbook to be written, or cancel it.</source>
        <translation>请等待工作簿写入完成，或取消导出。</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token 数</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>Cached input tokens</source>
        <translation>缓存命中输入 token 数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求次数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Group (project, team, key)</source>
        <translation>分组（项目、团队、密钥）</translation>
    </message>
    <message>
        <source>Billing item (bills with one row per item)</source>
        <translation>计费项（每个计费项一行的账单）</translation>
    </message>
    <message>
        <source>Usage amount (bills)</source>
        <translation>用量（账单）</translation>
    </message>
    <message>
        <source>Usage unit (bills)</source>
        <translation>用量单位（账单）</translation>
    </message>
    <message>
        <source>{0}: {1} columns.</source>
        <translation>{0}：共 {1} 列。</translation>
    </message>
    <message>
        <source>Read as {0}.</source>
        <translation>按 {0} 编码读取。</translation>
    </message>
    <message>
        <source>Recognised as: {0}.</source>
        <translation>识别为：{0}。</translation>
    </message>
    <message>
        <source>The generic column names (date, model, input_tokens, …) were recognised.</source>
        <translation>已识别通用列名（date、model、input_tokens 等）。</translation>
    </message>
    <message>
        <source>No documented export recognised: check the columns below.</source>
        <translation>未识别出已知的导出格式：请核对下面的列。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>例如 USD</translation>
    </message>
    <message>
        <source>Currency of the costs when no column gives it:</source>
        <translation>无币种列时费用的币种：</translation>
    </message>
    <message>
        <source>refuse dates such as 03/04/2025</source>
        <translation>不接受 03/04/2025 这类日期</translation>
    </message>
    <message>
        <source>day first (3 April 2025)</source>
        <translation>日在前（2025 年 4 月 3 日）</translation>
    </message>
    <message>
        <source>month first (4 March 2025)</source>
        <translation>月在前（2025 年 3 月 4 日）</translation>
    </message>
    <message>
        <source>Dates written d/m/yyyy or m/d/yyyy:</source>
        <translation>写作 d/m/yyyy 或 m/d/yyyy 的日期：</translation>
    </message>
    <message>
        <source>The file&apos;s first rows, with the field each column is read as:</source>
        <translation>文件前几行，以及每列对应的字段：</translation>
    </message>
    <message>
        <source>“{0}” is not a currency code (three letters, e.g. USD, CNY).</source>
        <translation>“{0}”不是币种代码（三个字母，例如 USD、CNY）。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Cheapest that fits</source>
        <translation>最便宜的合适模型</translation>
    </message>
    <message>
        <source>The cheapest model that fits this workload under the plan&apos;s constraints</source>
        <translation>在组合方案约束条件下、适合该工作负载的最便宜模型</translation>
    </message>
    <message>
        <source>{0} ({1}), chosen for this workload</source>
        <translation>{0}（{1}），为该工作负载选定</translation>
    </message>
    <message>
        <source>{0}  {1} — {2}</source>
        <translation>{0}  {1} — {2}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Edit negotiated price</source>
        <translation>编辑协议价</translation>
    </message>
    <message>
        <source>Negotiated price or discount</source>
        <translation>协议价或折扣</translation>
    </message>
    <message>
        <source>Discount on the list price</source>
        <translation>标价折扣</translation>
    </message>
    <message>
        <source>Negotiated price per 1M (one model)</source>
        <translation>每百万协议价（单个模型）</translation>
    </message>
    <message>
        <source>e.g. 20 (for 20% off)</source>
        <translation>例如 20（即减 20%）</translation>
    </message>
    <message>
        <source>input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <source>output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>e.g. MSA 2026, signed 2026-01-15</source>
        <translation>例如 2026 年框架协议，2026-01-15 签署</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Input price per 1M</source>
        <translation>每百万输入价格</translation>
    </message>
    <message>
        <source>Output price per 1M</source>
        <translation>每百万输出价格</translation>
    </message>
    <message>
        <source>Cache-hit price per 1M</source>
        <translation>每百万缓存命中价格</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>{0} must be above 0 and at most 100</source>
        <translation>{0} 须大于 0 且不超过 100</translation>
    </message>
    <message>
        <source>cache-hit price</source>
        <translation>缓存命中价格</translation>
    </message>
    <message>
        <source>applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>choose a vendor or a model from the list</source>
        <translation>请从列表中选择厂商或模型</translation>
    </message>
    <message>
        <source>override</source>
        <translation>协议价</translation>
    </message>
    <message>
        <source>correct the fields marked in red</source>
        <translation>请更正标红的字段</translation>
    </message>
</context>
<context>
    <name>OverridesPanel</name>
    <message>
        <source>Negotiated prices and discounts</source>
        <translation>协议价与折扣</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0}% off the list price</source>
        <translation>标价减 {0}%</translation>
    </message>
    <message>
        <source>{0} / {1} per 1M</source>
        <translation>每百万 {0} / {1}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>The PDF was not written: the project&apos;s figures could not be priced.

{0}</source>
        <translation>未写入 PDF：无法为项目的数据计价。

{0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing the PDF quote…</source>
        <translation>正在生成 PDF 报价单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Save PDF quote</source>
        <translation>保存 PDF 报价单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>The PDF was not written.

{0}</source>
        <translation>未写入 PDF。

{0}</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>已取消导出</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>PDF quote preview</source>
        <translation>PDF 报价单预览</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Check the quote, then save it to send it.</source>
        <translation>
            <numerusform>共 %n 页。请核对报价单，确认无误后保存并发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be shown ({0}); it can still be saved.</source>
        <translation>无法显示该 PDF（{0}）；仍可保存。</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Plans</source>
        <translation>组合方案</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>新建组合方案(&amp;N)</translation>
    </message>
    <message>
        <source>A plan puts a model on each workload: the cheapest that fits, or one you choose</source>
        <translation>组合方案为每个工作负载指定一个模型：最便宜的合适模型，或您选定的模型</translation>
    </message>
    <message>
        <source>&amp;Duplicate plan</source>
        <translation>复制组合方案(&amp;D)</translation>
    </message>
    <message>
        <source>A copy of the current plan, to change</source>
        <translation>复制当前组合方案，以便修改</translation>
    </message>
    <message>
        <source>&amp;Rename plan…</source>
        <translation>重命名组合方案(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the current plan</source>
        <translation>重命名当前组合方案</translation>
    </message>
    <message>
        <source>De&amp;lete plan</source>
        <translation>删除组合方案(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the current plan (Edit › Undo brings it back)</source>
        <translation>删除当前组合方案（编辑 › 撤销可恢复）</translation>
    </message>
    <message>
        <source>&amp;Constraints…</source>
        <translation>约束条件(&amp;C)…</translation>
    </message>
    <message>
        <source>Which models the current plan&apos;s cheapest slots may pick from: vendors, regions, currencies, context, batch</source>
        <translation>当前组合方案中“最便宜的合适模型”可从哪些模型中选取：厂商、地区、币种、上下文、批量</translation>
    </message>
    <message>
        <source>In the &amp;quote</source>
        <translation>纳入报价(&amp;Q)</translation>
    </message>
    <message>
        <source>Offer the current plan as an option in the quote</source>
        <translation>将当前方案作为报价中的一个选项</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>组合方案(&amp;P)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>组合方案</translation>
    </message>
    <message>
        <source>New plan “{0}”</source>
        <translation>新建组合方案“{0}”</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} 副本</translation>
    </message>
    <message>
        <source>Duplicate plan “{0}”</source>
        <translation>复制组合方案“{0}”</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>重命名组合方案</translation>
    </message>
    <message>
        <source>Plan name:</source>
        <translation>组合方案名称：</translation>
    </message>
    <message>
        <source>Cannot rename the plan</source>
        <translation>无法重命名组合方案</translation>
    </message>
    <message>
        <source>Rename plan “{0}”</source>
        <translation>重命名组合方案“{0}”</translation>
    </message>
    <message>
        <source>Delete plan “{0}”</source>
        <translation>删除组合方案“{0}”</translation>
    </message>
    <message>
        <source>Deleted plan “{0}”: Edit › Undo brings it back</source>
        <translation>已删除组合方案“{0}”：编辑 › 撤销可恢复</translation>
    </message>
    <message>
        <source>Cheapest that fits for {0} in “{1}”</source>
        <translation>“{1}”中的 {0} 改用最便宜的合适模型</translation>
    </message>
    <message>
        <source>Use {0} for {1} in “{2}”</source>
        <translation>“{2}”中的 {1} 使用 {0}</translation>
    </message>
    <message>
        <source>Use {0} for {1} in a new plan</source>
        <translation>在新组合方案中为 {1} 使用 {0}</translation>
    </message>
    <message>
        <source>Put plan “{0}” in the quote</source>
        <translation>将组合方案“{0}”纳入报价</translation>
    </message>
    <message>
        <source>Take plan “{0}” out of the quote</source>
        <translation>将组合方案“{0}”移出报价</translation>
    </message>
    <message>
        <source>Edit the constraints of “{0}”</source>
        <translation>编辑“{0}”的约束条件</translation>
    </message>
</context>
<context>
    <name>PlanStackChart</name>
    <message>
        <source>Plans chart</source>
        <translation>组合方案图表</translation>
    </message>
    <message>
        <source>A bar per plan and per chosen model, a segment per workload; the plans panel and the table have the figures</source>
        <translation>每个组合方案和每个选定模型各一条，每个工作负载一段；具体数字见组合方案面板和表格</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>组合方案</translation>
    </message>
    <message>
        <source>No plans yet: Plans › New plan puts a model on each workload ({0})</source>
        <translation>尚无组合方案：组合方案 › 新建组合方案 可为每个工作负载指定模型（{0}）</translation>
    </message>
    <message>
        <source>Monthly cost by workload: the plans and the chosen models ({0})</source>
        <translation>按工作负载的月度成本：各组合方案与选定模型（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>Monthly cost by workload: the plans and the %n cheapest model(s) ({0})</source>
        <translation>
            <numerusform>按工作负载的月度成本：各方案与最便宜的 %n 个模型（{0}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>{0}
{1}: no price</source>
        <translation>{0}
{1}：无价格</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}, {3} a month</source>
        <translation>{0}
{1}：{2}，每月 {3}</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation>组合方案：{0}</translation>
    </message>
    <message>
        <source>{0} · {1} a month</source>
        <translation>{0} · 每月 {1}</translation>
    </message>
    <message>
        <source>Chosen for this workload</source>
        <translation>为该工作负载选定</translation>
    </message>
    <message numerus="yes">
        <source>Cheapest of %n model(s) that fit</source>
        <translation>
            <numerusform>%n 个合适模型中最便宜</numerusform>
        </translation>
    </message>
    <message>
        <source>next: {0}, {1} more</source>
        <translation>其次：{0}，贵 {1}</translation>
    </message>
    <message>
        <source>next: {0}, at the same cost</source>
        <translation>其次：{0}，费用相同</translation>
    </message>
    <message numerus="yes">
        <source>%n with too small a context</source>
        <translation>
            <numerusform>%n 个上下文不够</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no known price for this workload</source>
        <translation>
            <numerusform>%n 个此工作负载的价格未知</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the constraints</source>
        <translation>
            <numerusform>%n 个被约束条件排除</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{0} a month · 12 × month {1}</source>
        <translation>每月 {0} · 月度 × 12：{1}</translation>
    </message>
    <message>
        <source>Plan “{0}” · in the quote</source>
        <translation>组合方案“{0}” · 已纳入报价</translation>
    </message>
    <message>
        <source>Plan “{0}” · not in the quote</source>
        <translation>组合方案“{0}” · 未纳入报价</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>合计：{0}</translation>
    </message>
    <message numerus="yes">
        <source>The total leaves out %n line(s) without a price</source>
        <translation>
            <numerusform>合计未计入 %n 项无价格的工作负载</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a problem, marked %1</source>
        <translation>
            <numerusform>%n 项有问题，已用 %1 标出</numerusform>
        </translation>
    </message>
    <message>
        <source>Billed: {0} a month</source>
        <translation>计费：每月 {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n 家厂商</numerusform>
        </translation>
    </message>
    <message>
        <source>Cheapest among: any model</source>
        <translation>选取范围：不限模型</translation>
    </message>
    <message>
        <source>billed in {0}</source>
        <translation>以 {0} 计费</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) named</source>
        <translation>
            <numerusform>指定的 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>context of {0} tokens or more</source>
        <translation>上下文不少于 {0} tokens</translation>
    </message>
    <message>
        <source>a batch price for batch traffic</source>
        <translation>批量流量须有批量价格</translation>
    </message>
    <message>
        <source>an off-peak price for off-peak traffic</source>
        <translation>错峰流量须有错峰价格</translation>
    </message>
    <message>
        <source>Cheapest among: {0}</source>
        <translation>选取范围：{0}</translation>
    </message>
    <message>
        <source>the cheapest that fits</source>
        <translation>最便宜的合适模型</translation>
    </message>
    <message>
        <source>{0} more than {1}</source>
        <translation>比 {1} 贵 {0}</translation>
    </message>
    <message>
        <source>dearer than {0}</source>
        <translation>比 {0} 贵</translation>
    </message>
    <message>
        <source>its context window is smaller than the prompt</source>
        <translation>其上下文窗口小于提示词</translation>
    </message>
    <message>
        <source>its price for this workload is not known, only a floor</source>
        <translation>它对此工作负载的价格未知，只有下限</translation>
    </message>
    <message>
        <source>left out by the plan&apos;s constraints</source>
        <translation>被组合方案的约束条件排除</translation>
    </message>
    <message>
        <source>free models are left out (View › Include free models)</source>
        <translation>不含免费模型（视图 › 包含免费模型）</translation>
    </message>
    <message>
        <source>retired by the as-of date</source>
        <translation>截至计价日期已下线</translation>
    </message>
    <message>
        <source>no price on the as-of date</source>
        <translation>计价日期无价格</translation>
    </message>
    <message>
        <source>Plan “{0}”, {1}: {2}</source>
        <translation>组合方案“{0}”，{1}：{2}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <source>A plan puts a model on each workload: the cheapest that fits, or one you choose (here, or from a model&apos;s menu in the table). Its total shows beside the models, and it can be an option in the quote.</source>
        <translation>方案为每个工作负载指定一个模型：最便宜的合适模型，或您选定的模型（在此处，或在表格中模型的右键菜单里）。方案合计显示在各模型旁边，并可作为报价中的一个选项。</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建组合方案</translation>
    </message>
    <message>
        <source>Plan shown</source>
        <translation>显示的组合方案</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add a plan</source>
        <translation>添加组合方案</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the plan</source>
        <translation>复制该组合方案</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the plan</source>
        <translation>重命名该组合方案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the plan (Edit › Undo brings it back)</source>
        <translation>删除该组合方案（编辑 › 撤销可恢复）</translation>
    </message>
    <message>
        <source>In the quote</source>
        <translation>纳入报价</translation>
    </message>
    <message>
        <source>Offer this plan as an option in the quote, after the ticked models</source>
        <translation>将该方案作为报价选项，列在勾选的模型之后</translation>
    </message>
    <message>
        <source>Constraints…</source>
        <translation>约束条件…</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>合计：—</translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation>合计：{0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>跟随系统（{0}）</translation>
    </message>
    <message>
        <source>A new interface language applies when TokenQuote starts again.</source>
        <translation>更改界面语言后，需重新启动 TokenQuote 才会生效。</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <source>Sheet names, headings and cover text of exported quote workbooks; the figures and formulas are the same</source>
        <translation>导出的报价工作簿中工作表名称、标题和封面文字所用的语言；数字和公式不变</translation>
    </message>
    <message>
        <source>On PDF quotes whose terms name no company</source>
        <translation>用于报价条款中未填写公司的 PDF 报价单</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>The locale&apos;s ({0})</source>
        <translation>跟随区域设置（{0}）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied to a recovery file, offered back after a crash</source>
        <translation>未保存的修改多久复制一次到恢复文件；程序异常退出后可据此恢复</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>界面：</translation>
    </message>
    <message>
        <source>Exported workbooks:</source>
        <translation>导出的工作簿：</translation>
    </message>
    <message>
        <source>PDF quotes</source>
        <translation>PDF 报价单</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG):</source>
        <translation>标志（PNG 或 JPEG）：</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Recent projects listed:</source>
        <translation>最近项目列出个数：</translation>
    </message>
    <message>
        <source>Copy unsaved work every:</source>
        <translation>备份未保存工作的间隔：</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Restart TokenQuote?</source>
        <translation>重新启动 TokenQuote？</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light and dark use TokenQuote&apos;s own colours; applies when TokenQuote starts again</source>
        <translation>浅色与深色使用 TokenQuote 自带的配色；重新启动 TokenQuote 后生效</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <source>The interface language and appearance change when TokenQuote starts again. Restart now? The open project is opened again; you are asked first about unsaved changes.</source>
        <translation>界面语言和外观将在 TokenQuote 重新启动后更改。现在重新启动吗？当前项目会重新打开；如有未保存的更改，会先询问您。</translation>
    </message>
</context>
<context>
    <name>PriceChangesDialog</name>
    <message>
        <source>Prices have changed</source>
        <translation>价格已变化</translation>
    </message>
    <message>
        <source>“{0}” was saved with prices that differ from your current catalog on {1}. Keep the saved prices to reproduce the saved figures, or reprice with the current catalog.</source>
        <translation>“{0}”保存时的价格与当前价格目录在 {1} 的价格不同。保留已保存的价格可重现保存时的数字，也可按当前价格目录重新计价。</translation>
    </message>
    <message>
        <source>Keep saved prices</source>
        <translation>保留已保存的价格</translation>
    </message>
    <message>
        <source>The project keeps the prices it was saved with</source>
        <translation>项目保留保存时的价格</translation>
    </message>
    <message>
        <source>Reprice with current catalog</source>
        <translation>按当前价格目录重新计价</translation>
    </message>
    <message>
        <source>Use the current catalog&apos;s prices (Edit › Undo takes it back)</source>
        <translation>使用当前价格目录的价格（可用“编辑 › 撤销”恢复）</translation>
    </message>
    <message>
        <source>The monthly effect could not be priced: {0}</source>
        <translation>无法计算对月度成本的影响：{0}</translation>
    </message>
    <message>
        <source>Monthly total of the models in the quote: {0} saved, {1} with the current catalog ({2}).</source>
        <translation>报价中模型的月度合计：保存时 {0}，按当前价格目录 {1}（{2}）。</translation>
    </message>
    <message>
        <source>Monthly total of these models: {0} saved, {1} with the current catalog ({2}).</source>
        <translation>这些模型的月度合计：保存时 {0}，按当前价格目录 {1}（{2}）。</translation>
    </message>
</context>
<context>
    <name>PriceChangesModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Saved price (in / out per 1M)</source>
        <translation>保存时价格（输入 / 输出，每百万）</translation>
    </message>
    <message>
        <source>Current price (in / out per 1M)</source>
        <translation>当前价格（输入 / 输出，每百万）</translation>
    </message>
    <message>
        <source>Monthly ({0}): saved → current</source>
        <translation>月度成本（{0}）：保存时 → 当前</translation>
    </message>
    <message>
        <source>Effect ({0})</source>
        <translation>影响（{0}）</translation>
    </message>
    <message>
        <source>{0} (in the quote)</source>
        <translation>{0}（在报价中）</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>no price that day</source>
        <translation>当日无价格</translation>
    </message>
    <message>
        <source>{0} {1} input; output not known</source>
        <translation>输入 {0} {1}；输出价格未知</translation>
    </message>
    <message>
        <source>{0} / {1} {2}</source>
        <translation>{0} / {1} {2}</translation>
    </message>
    <message>
        <source>Change ({0})</source>
        <translation>变化（{0}）</translation>
    </message>
    <message>
        <source>Price on {0}
(in / out per 1M)</source>
        <translation>{0} 价格
（输入 / 输出，每百万）</translation>
    </message>
    <message>
        <source>Monthly ({0})
{1} → {2}</source>
        <translation>月费用（{0}）
{1} → {2}</translation>
    </message>
    <message>
        <source>Price change
(in / out)</source>
        <translation>价格变化
（输入 / 输出）</translation>
    </message>
    <message>
        <source>Exactly {0} / {1} {2}</source>
        <translation>精确值 {0} / {1} {2}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>PriceHistoryChart</name>
    <message>
        <source>{0}: price per 1M tokens ({1})</source>
        <translation>{0}：每百万 tokens 价格（{1}）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Price history chart</source>
        <translation>价格历史图表</translation>
    </message>
    <message>
        <source>price-history</source>
        <translation>价格历史</translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>输入/百万</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>输出/百万</translation>
    </message>
    <message>
        <source>Cache hit / 1M</source>
        <translation>缓存命中/百万</translation>
    </message>
    <message>
        <source>Long-prompt tiers</source>
        <translation>长提示词档位</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>闲时</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>价格层</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Click a link to open the vendor&apos;s page</source>
        <translation>点击链接打开厂商页面</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>打开 {0}</translation>
    </message>
    <message>
        <source>The sources give no output price for these dates: a later price stands in, so output costs priced on it are likely understated</source>
        <translation>资料来源未给出这些日期的输出价格：以较晚的价格暂代，因此按此计算的输出成本很可能偏低</translation>
    </message>
    <message>
        <source>Prices are known only for prompts of up to {0} tokens: a longer prompt is priced at them as a floor and marked in the comparison</source>
        <translation>仅知提示词不超过 {0} tokens 时的价格：更长的提示词按此价格计为下限，并在比较表中标出</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>{0} (stand-in)</source>
        <translation>{0}（暂代）</translation>
    </message>
    <message>
        <source>above {0}: {1}</source>
        <translation>超过 {0}：{1}</translation>
    </message>
    <message>
        <source>from {0}: {1}</source>
        <translation>自 {0} 起：{1}</translation>
    </message>
    <message>
        <source>above {0}: not known</source>
        <translation>超过 {0}：未知</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>×{0}</source>
        <translation>×{0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Exactly {0}, as the vendor publishes it</source>
        <translation>精确值 {0}（厂商公布价）</translation>
    </message>
</context>
<context>
    <name>PriceHistoryPanel</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · billed in {2} · pricing: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · 以 {2} 计费 · 价格页面：{3}</translation>
    </message>
    <message>
        <source>Choose a model to see its price history.</source>
        <translation>选择一个模型以查看其价格历史。</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} tokens</translation>
    </message>
    <message>
        <source> · deprecated</source>
        <translation> · 已弃用</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · {1} · prices in {2} per 1M tokens · context {3}{4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · {1} · 价格以 {2} 计（每百万 tokens） · 上下文 {3}{4}</translation>
    </message>
</context>
<context>
    <name>PricingControls</name>
    <message>
        <source>Display currency for monthly and annual costs</source>
        <translation>月度和年度成本的显示币种</translation>
    </message>
    <message>
        <source>&amp;Currency </source>
        <translation>币种(&amp;C) </translation>
    </message>
    <message>
        <source> Prices &amp;as of </source>
        <translation> 价格日期(&amp;A) </translation>
    </message>
    <message>
        <source>prices as of</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Price with the prices in force on this day (YYYY-MM-DD)</source>
        <translation>按该日生效的价格计价（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Always use today&apos;s prices</source>
        <translation>始终使用当天的价格</translation>
    </message>
    <message>
        <source>Display currency {0}</source>
        <translation>显示币种改为 {0}</translation>
    </message>
    <message>
        <source>Cannot use this setting</source>
        <translation>无法使用此设置</translation>
    </message>
    <message>
        <source>{0} (the figures use {1})</source>
        <translation>{0}（当前数字仍按 {1} 的价格计算）</translation>
    </message>
    <message>
        <source>Prices as of {0}</source>
        <translation>价格日期：{0}</translation>
    </message>
    <message>
        <source>Prices as of today</source>
        <translation>价格日期：今天</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>显示币种</translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> % / month</source>
        <translation> %/月</translation>
    </message>
    <message>
        <source>Volume growth per month</source>
        <translation>每月用量增长率</translation>
    </message>
    <message>
        <source> % / year</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Assumed price decline per year after the last known price, applied in yearly steps</source>
        <translation>最后一个已知价格之后假设的年降价幅度，按年逐级计入</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>预测期</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Price decline</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Exactly {0} %</source>
        <translation>精确值 {0} %</translation>
    </message>
    <message>
        <source>Tick models in the table to project their cost</source>
        <translation>在表格中勾选模型即可预测其成本</translation>
    </message>
    <message>
        <source>Projected monthly cost of the chosen models ({0})</source>
        <translation>已选模型的预测月度成本（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>Projected monthly cost of the %n cheapest model(s) ({0})</source>
        <translation>
            <numerusform>价格最低的 %n 个模型的预测月度成本（{0}）</numerusform>
        </translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>the projection&apos;s month axis: a Qt date format (MMM = Jan…)</comment>
        <translation>yy年M月</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message numerus="yes">
        <source>Total over %n month(s) — {0}</source>
        <translation>
            <numerusform>%n 个月合计——{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Projection chart</source>
        <translation>预测图表</translation>
    </message>
    <message>
        <source>Projected monthly cost per model; the total is below the chart</source>
        <translation>各模型的预测月费用；合计见图表下方</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Projection months</source>
        <translation>预测月数</translation>
    </message>
    <message>
        <source>Price decline per year</source>
        <translation>每年价格降幅</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>negotiated</source>
        <translation>协议价</translation>
    </message>
    <message>
        <source>saved with the project</source>
        <translation>随项目保存</translation>
    </message>
    <message>
        <source>Bundled catalog (read-only, shipped with TokenQuote)</source>
        <translation>内置价格目录（只读，随 TokenQuote 提供）</translation>
    </message>
    <message>
        <source>Negotiated price or discount you entered ({0})</source>
        <translation>您录入的协议价或折扣（{0}）</translation>
    </message>
    <message>
        <source>The price this project was saved with (kept instead of the current catalog&apos;s)</source>
        <translation>本项目保存时的价格（沿用该价格，而非当前价格目录中的价格）</translation>
    </message>
    <message>
        <source>Your catalog layer “{0}” (an imported price list or your own models)</source>
        <translation>您的价格层“{0}”（导入的价目表或自建模型）</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>从未核对</translation>
    </message>
    <message>
        <source>checked {0}, today</source>
        <translation>核对于 {0}（今天）</translation>
    </message>
    <message>
        <source>checked {0}, 1 day ago</source>
        <translation>核对于 {0}（1 天前）</translation>
    </message>
    <message>
        <source>checked {0}, {1} days ago</source>
        <translation>核对于 {0}（{1} 天前）</translation>
    </message>
    <message>
        <source>Stale price: {0} (the limit is {1} days; set it in Tools › Catalog)</source>
        <translation>价格可能已过时：{0}（期限为 {1} 天；可在“工具 › 价格目录”中设置）</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;https://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) The Qt Company Ltd. and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd. product developed as an open source project. See &lt;a href=&quot;https://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt 是用于跨平台应用程序开发的 C++ 工具包。&lt;/p&gt;&lt;p&gt;Qt 让同一套源代码可移植到所有主流桌面操作系统，也可用于嵌入式 Linux 以及其他嵌入式和移动操作系统。&lt;/p&gt;&lt;p&gt;Qt 提供多种许可方式，以满足不同用户的需求。&lt;/p&gt;&lt;p&gt;如果您开发专有或商业软件，不希望与第三方共享任何源代码，或者无法遵守 GNU (L)GPL 的条款，适合使用依据我们的商业许可协议授权的 Qt。&lt;/p&gt;&lt;p&gt;如果您能够遵守相应许可证的条款和条件，适合使用依据 GNU (L)GPL 授权的 Qt 开发 Qt&amp;nbsp;应用程序。&lt;/p&gt;&lt;p&gt;有关 Qt 许可的概述，请参阅 &lt;a href=&quot;https://%2/&quot;&gt;%2&lt;/a&gt;。&lt;/p&gt;&lt;p&gt;版权所有 (C) The Qt Company Ltd. 及其他贡献者。&lt;/p&gt;&lt;p&gt;Qt 及 Qt 徽标是 The Qt Company Ltd. 的商标。&lt;/p&gt;&lt;p&gt;Qt 是 The Qt Company Ltd. 以开源项目形式开发的产品。详情请参阅 &lt;a href=&quot;https://%3/&quot;&gt;%3&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QuoteSummary</name>
    <message>
        <source>Quote terms…</source>
        <translation>报价条款…</translation>
    </message>
    <message>
        <source>The quote&apos;s options: the client&apos;s price, tax and total</source>
        <translation>报价方案：客户价格、税额与合计</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Vendor cost / month</source>
        <translation>厂商成本/月</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Price after markup</source>
        <translation>加价后价格</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total / month</source>
        <translation>合计/月</translation>
    </message>
    <message>
        <source>First 12 months</source>
        <translation>首 12 个月</translation>
    </message>
    <message>
        <source>The first 12 months incl. tax: each month&apos;s vendor cost with the projection&apos;s growth and any price change, through discount, markup and tax — the year figure of the exported quote</source>
        <translation>首 12 个月含税合计：每月厂商成本按预测的增长和调价计算，再依次扣除折扣、加价并计税——即导出报价单中的年度金额</translation>
    </message>
    <message>
        <source>What the client pays before tax: (vendor cost − discount) + markup</source>
        <translation>客户税前支付金额：（厂商成本 − 折扣）+ 加价</translation>
    </message>
    <message numerus="yes">
        <source>The quote&apos;s 12 months start on {0}, the prices&apos; date: %n month(s) before its issue date {1} are in the client&apos;s figures. Set Prices as of to {1} to quote from then.</source>
        <translation>
            <numerusform>报价的 12 个月从价格日期 {0} 开始：早于签发日期 {1} 的 %n 个月已计入客户的金额。如需从签发之日起报价，请将价格日期设为 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor&apos;s price of {0} ends within the quote&apos;s 12 months: the months after it are priced at that ended price, and the client&apos;s quote says so.</source>
        <translation>{0} 的厂商价格在报价的 12 个月内结束：其后各月按该已结束的价格计算，客户报价单中会注明。</translation>
    </message>
    <message>
        <source>{0} (ends {1})</source>
        <translation>{0}（{1} 结束）</translation>
    </message>
    <message>
        <source>Part of the price of {0} is not known for these volumes (the table&apos;s notes say why): the client&apos;s quote says it is to be confirmed.</source>
        <translation>{0} 的价格按这些用量有一部分未知（表格的备注说明原因）：客户报价会注明“待确认”。</translation>
    </message>
    <message>
        <source>The client&apos;s price of {0} is 0 (a 100% discount): check Quote terms… before sending.</source>
        <translation>{0} 的客户价格为 0（100% 折扣）：发送前请检查“报价条款…”。</translation>
    </message>
    <message>
        <source>No discount or markup is set: the client&apos;s price is the vendor&apos;s cost. Quote terms… sets them.</source>
        <translation>尚未设置折扣或加价：客户价格即厂商成本。可在“报价条款…”中设置。</translation>
    </message>
    <message>
        <source>The client&apos;s quote (File › Export workbook… or Export PDF…, then Client quote) shows the price after markup, tax and totals, not the vendor cost or discount.</source>
        <translation>客户报价单（文件 › 导出工作簿… 或 导出 PDF…，再选“客户报价单”）只列出加价后价格、税额与合计，不含厂商成本或折扣。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{1}为 {0}</translation>
    </message>
    <message>
        <source>{0} on the others</source>
        <translation>其他厂商为 {0}</translation>
    </message>
    <message>
        <source>discount {0}</source>
        <translation>折扣 {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between clauses</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>markup {0}</source>
        <translation>加价 {0}</translation>
    </message>
    <message>
        <source>tax {0}</source>
        <translation>税率 {0}</translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation>客户：{0}</translation>
    </message>
    <message>
        <source>valid until {0}</source>
        <translation>有效期至 {0}</translation>
    </message>
    <message>
        <source>Quote terms: {0}</source>
        <translation>报价条款：{0}</translation>
    </message>
</context>
<context>
    <name>ReconciliationChart</name>
    <message>
        <source>Billed</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <source>Catalog cost</source>
        <translation>目录成本</translation>
    </message>
    <message>
        <source>Billed against catalog prices per month ({0})</source>
        <translation>每月账单金额与目录价格对比（{0}）</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Model (as in the file)</source>
        <translation>模型（文件中的名称）</translation>
    </message>
    <message>
        <source>Catalog model</source>
        <translation>目录模型</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>输入 token 数</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>输出 token 数</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存命中输入</translation>
    </message>
    <message>
        <source>Billed ({0})</source>
        <translation>账单金额（{0}）</translation>
    </message>
    <message>
        <source>Catalog cost ({0})</source>
        <translation>目录成本（{0}）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>No price for this model in force that month</source>
        <translation>该月此模型没有生效的价格</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>A recovery copy could not be read; it is kept as {0}.

{1}</source>
        <translation>无法读取一份恢复副本；它已保留为 {0}。

{1}</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>一个未保存的项目</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>TokenQuote did not close normally. A copy of {0} from {1} was kept.

Restore it? (No keeps it for {2} days in {3}, where File › Open reads it.)</source>
        <translation>TokenQuote 未正常关闭，已保留 {0} 在 {1} 的副本。

要恢复吗？（选“否”则在 {3} 中保留 {2} 天，可用 文件 › 打开 读取。）</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>{0}: {1} rows read, {2} used, {3} skipped; {4} months of {5} models.</source>
        <translation>{0}：读取 {1} 行，使用 {2} 行，跳过 {3} 行；共 {4} 个月、{5} 个模型。</translation>
    </message>
    <message>
        <source>Skipped {0} rows: {1}</source>
        <translation>跳过 {0} 行：{1}</translation>
    </message>
    <message>
        <source>Skipped {0} rows ({1})</source>
        <translation>跳过 {0} 行（{1}）</translation>
    </message>
    <message>
        <source>Not in the catalog (workloads, but not priced in the reconciliation): {0}</source>
        <translation>不在目录中（生成工作负载，但对账时不计价）：{0}</translation>
    </message>
    <message>
        <source>… and {0} more such notes.</source>
        <translation>……另有 {0} 条类似说明。</translation>
    </message>
    <message>
        <source> full month(s)</source>
        <translation> 个完整月</translation>
    </message>
    <message>
        <source>one per model</source>
        <translation>每个模型一个</translation>
    </message>
    <message>
        <source>one per vendor</source>
        <translation>每个厂商一个</translation>
    </message>
    <message>
        <source>one per group column</source>
        <translation>按分组列每组一个</translation>
    </message>
    <message>
        <source>one for all usage</source>
        <translation>全部用量合为一个</translation>
    </message>
    <message>
        <source>Replace the project&apos;s workloads (otherwise they are added)</source>
        <translation>替换项目中的工作负载（否则追加）</translation>
    </message>
    <message>
        <source>Volumes from the average of the last:</source>
        <translation>用量取最近几个月的平均值：</translation>
    </message>
    <message>
        <source>Workloads:</source>
        <translation>工作负载：</translation>
    </message>
    <message>
        <source>Projection growth per month (%):</source>
        <translation>预测的月增长率（%）：</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Input tokens / month</source>
        <translation>输入 token 数/月</translation>
    </message>
    <message>
        <source>Output tokens / month</source>
        <translation>输出 token 数/月</translation>
    </message>
    <message>
        <source>Cache hits</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>Fitted growth / month</source>
        <translation>拟合月增长率</translation>
    </message>
    <message>
        <source>Billed {0}; the catalog&apos;s prices give {1} for the same tokens; difference {2}.</source>
        <translation>账单金额 {0}；同样用量按目录价格计为 {1}；差额 {2}。</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>等</translation>
    </message>
    <message>
        <source>Lines with only one of the two figures are in neither: {0} (billed {1} with no catalog price).</source>
        <translation>只有其中一项金额的行未计入上述两项合计：{0}（其中账单金额 {1} 在当月没有目录价格）。</translation>
    </message>
    <message>
        <source>The file has no costs; the catalog&apos;s prices give {0} for its tokens.</source>
        <translation>文件中没有费用；其用量按目录价格计为 {0}。</translation>
    </message>
    <message>
        <source>Models not in the catalog are in neither figure: {0}.</source>
        <translation>不在价格目录中的模型不计入以上两个金额：{0}。</translation>
    </message>
    <message>
        <source>The file&apos;s whole usage, every month and every model (those not in the catalog too), priced at the prices in force on {0}.</source>
        <translation>文件中的全部用量（所有月份、所有模型，包括价格目录中没有的模型），按 {0} 生效的价格计算。</translation>
    </message>
    <message>
        <source>Months averaged: {0}. Fitted growth: least squares of the log of each month&apos;s tokens per day over {1} full months, {2} % a month.</source>
        <translation>平均的月份：{0}。拟合增长率：对 {1} 个完整月份每月日均 tokens 的对数做最小二乘拟合，每月 {2} %。</translation>
    </message>
    <message>
        <source>{0} is left out: the file starts after its first day.</source>
        <translation>{0} 未计入：文件从该月第一天之后才开始。</translation>
    </message>
    <message>
        <source>No workload for {0}: no use in the months averaged.</source>
        <translation>{0} 没有生成工作负载：在所平均的月份中没有用量。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Cost of the same usage ({0})</source>
        <translation>同样用量的费用（{0}）</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>对账</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Other models</source>
        <translation>其他模型</translation>
    </message>
    <message>
        <source>{0} is left out: the file stops before its end.</source>
        <translation>{0} 未计入：文件数据止于该月月中。</translation>
    </message>
</context>
<context>
    <name>SpinBox</name>
    <message>
        <source>{0} is outside {1}–{2}: {3} is kept</source>
        <translation>{0} 超出范围 {1}–{2}：保留 {3}</translation>
    </message>
    <message>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Vendor: {0} ({1})</source>
        <translation>厂商：{0}（{1}）</translation>
    </message>
    <message>
        <source>Model: {0} ({1})</source>
        <translation>模型：{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>Quote terms</source>
        <translation>报价条款</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>注明日期</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>markup %</source>
        <translation>加价 %</translation>
    </message>
    <message>
        <source>tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s quote (workbook and PDF)</source>
        <translation>将原样印在客户报价单上（工作簿和 PDF）</translation>
    </message>
    <message>
        <source>Printed on the client&apos;s quote, as typed: keep internal remarks out</source>
        <translation>按输入原样印在客户报价单上：请勿填写内部备注</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Discount % (all vendors)</source>
        <translation>折扣 %（所有厂商）</translation>
    </message>
    <message>
        <source>Markup %</source>
        <translation>加价 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>报价人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Notes for the client</source>
        <translation>给客户的备注</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Negotiated discount per vendor of the chosen models; leave blank to use the discount for all vendors.</source>
        <translation>为已选模型的各厂商分别设置协议折扣；留空则使用适用于所有厂商的折扣。</translation>
    </message>
    <message>
        <source>Tick models in the table to give their vendors their own discount.</source>
        <translation>在表格中勾选模型，即可为其厂商单独设置折扣。</translation>
    </message>
    <message>
        <source>discount % for {0}</source>
        <translation>{0} 的折扣 %</translation>
    </message>
</context>
<context>
    <name>UsageActions</name>
    <message>
        <source>Import &amp;usage…</source>
        <translation>导入用量(&amp;U)…</translation>
    </message>
    <message>
        <source>Start workloads from a usage or billing export (OpenAI, Anthropic, LiteLLM, 火山引擎, or any CSV/Excel file), and reconcile what was billed with the catalog&apos;s prices</source>
        <translation>从用量或账单导出文件（OpenAI、Anthropic、LiteLLM、火山引擎，或任意 CSV/Excel 文件）生成工作负载，并将实际账单与目录价格对账</translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation>导入用量</translation>
    </message>
    <message>
        <source>Usage exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>用量导出文件 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import usage</source>
        <translation>无法导入用量</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>已取消导入。</translation>
    </message>
    <message>
        <source>Import usage from {0}</source>
        <translation>从 {0} 导入用量</translation>
    </message>
    <message>
        <source>Imported {0} workloads from {1}</source>
        <translation>已从 {1} 导入 {0} 个工作负载</translation>
    </message>
</context>
<context>
    <name>UsageImportDialog</name>
    <message>
        <source>Import usage — {0}</source>
        <translation>导入用量 — {0}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to the columns</source>
        <translation>返回列映射(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add to the project</source>
        <translation>添加到项目(&amp;A)</translation>
    </message>
    <message>
        <source>No workload to add: the file holds no full month of use.</source>
        <translation>没有可添加的工作负载：文件中没有完整月份的用量。</translation>
    </message>
</context>
<context>
    <name>VolumeHelperDialog</name>
    <message>
        <source>Estimate monthly volumes</source>
        <translation>估算月用量</translation>
    </message>
    <message>
        <source>requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>input tokens per request</source>
        <translation>每次请求输入 tokens</translation>
    </message>
    <message>
        <source>output tokens per request</source>
        <translation>每次请求输出 tokens</translation>
    </message>
    <message>
        <source>Also use the input tokens per request as the prompt size</source>
        <translation>同时把每次请求输入 tokens 作为提示词长度</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>Input tokens per request</source>
        <translation>每次请求输入 tokens</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>每次请求输出 tokens</translation>
    </message>
    <message>
        <source>Days per month</source>
        <translation>每月天数</translation>
    </message>
    <message>
        <source>From traffic</source>
        <translation>按请求量</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>input text per month</source>
        <translation>每月输入文本量</translation>
    </message>
    <message>
        <source>output text per month</source>
        <translation>每月输出文本量</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计数单位</translation>
    </message>
    <message>
        <source>Input text per month</source>
        <translation>每月输入文本量</translation>
    </message>
    <message>
        <source>Output text per month</source>
        <translation>每月输出文本量</translation>
    </message>
    <message>
        <source>Chinese: 1.6 characters per token; English: 0.75 words or 4 characters per token (the vendors&apos; own rules of thumb).</source>
        <translation>中文：每个 token 约 1.6 个字符；英文：每个 token 约 0.75 个单词或 4 个字符（各厂商给出的经验值）。</translation>
    </message>
    <message>
        <source>From an amount of text</source>
        <translation>按文本量</translation>
    </message>
    <message>
        <source>Use these volumes</source>
        <translation>使用这些用量</translation>
    </message>
    <message>
        <source>= {0}</source>
        <translation>= {0}</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>例如 {0}</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>words</source>
        <translation>单词</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Fill in each field to see the monthly volumes.</source>
        <translation>填写各项后即可看到每月用量。</translation>
    </message>
    <message>
        <source>= {0} input and {1} output tokens a month</source>
        <translation>= 每月输入 {0} tokens、输出 {1} tokens</translation>
    </message>
</context>
<context>
    <name>WorkloadChooser</name>
    <message>
        <source>Show one workload&apos;s costs and ranks, or all workloads together</source>
        <translation>显示单个工作负载的成本和排名，或全部工作负载合计</translation>
    </message>
    <message>
        <source>Workload shown</source>
        <translation>显示的工作负载</translation>
    </message>
    <message>
        <source>All workloads</source>
        <translation>全部工作负载</translation>
    </message>
</context>
<context>
    <name>WorkloadsPanel</name>
    <message>
        <source>Double-click a workload to rename it</source>
        <translation>双击工作负载可重命名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a workload</source>
        <translation>添加工作负载</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the current workload</source>
        <translation>复制当前工作负载</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the current workload</source>
        <translation>重命名当前工作负载</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the current workload</source>
        <translation>删除当前工作负载</translation>
    </message>
    <message>
        <source>input tokens</source>
        <translation>输入 tokens</translation>
    </message>
    <message>
        <source>output tokens</source>
        <translation>输出 tokens</translation>
    </message>
    <message>
        <source>cache-hit %</source>
        <translation>缓存命中 %</translation>
    </message>
    <message>
        <source>{0}% of input tokens billed at the cache-hit price</source>
        <translation>{0}% 的输入 tokens 按缓存命中价格计费</translation>
    </message>
    <message>
        <source>batch %</source>
        <translation>批量 %</translation>
    </message>
    <message>
        <source>{0}% of traffic sent as batch</source>
        <translation>{0}% 的流量以批量方式发送</translation>
    </message>
    <message>
        <source>off-peak %</source>
        <translation>闲时 %</translation>
    </message>
    <message>
        <source>{0}% of traffic in off-peak hours</source>
        <translation>{0}% 的流量在闲时（错峰）时段</translation>
    </message>
    <message>
        <source>prompt tokens per request</source>
        <translation>每次请求提示词 tokens</translation>
    </message>
    <message>
        <source>&amp;Input tokens / month</source>
        <translation>每月输入 tokens(&amp;I)</translation>
    </message>
    <message>
        <source>O&amp;utput tokens / month</source>
        <translation>每月输出 tokens(&amp;U)</translation>
    </message>
    <message>
        <source>Cache hits (% of input)</source>
        <translation>缓存命中（占输入 %）</translation>
    </message>
    <message>
        <source>Batch (% of traffic)</source>
        <translation>批量（占流量 %）</translation>
    </message>
    <message>
        <source>Off-peak (% of traffic)</source>
        <translation>闲时/错峰（占流量 %）</translation>
    </message>
    <message>
        <source>Prompt tokens / request</source>
        <translation>每次请求提示词 tokens</translation>
    </message>
    <message>
        <source>Edit input tokens</source>
        <translation>编辑输入 tokens</translation>
    </message>
    <message>
        <source>Edit output tokens</source>
        <translation>编辑输出 tokens</translation>
    </message>
    <message>
        <source>Edit cache-hit %</source>
        <translation>编辑缓存命中 %</translation>
    </message>
    <message>
        <source>Edit batch %</source>
        <translation>编辑批量 %</translation>
    </message>
    <message>
        <source>Edit off-peak %</source>
        <translation>编辑闲时 %</translation>
    </message>
    <message>
        <source>Edit prompt tokens per request</source>
        <translation>编辑每次请求提示词 tokens</translation>
    </message>
    <message>
        <source>Estimate volumes…</source>
        <translation>估算用量…</translation>
    </message>
    <message>
        <source>Fill the volumes from requests a day × tokens a request, or from an amount of text</source>
        <translation>按“每日请求数 × 每次请求 tokens”或按文本量填入用量</translation>
    </message>
    <message>
        <source>e.g. 300M, 1.2亿, 1,234,567</source>
        <translation>例如 3亿、1.2亿、300M、1,234,567</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>= {0} tokens ({1})</source>
        <translation>= {0} tokens（{1}）</translation>
    </message>
    <message>
        <source>= {0} tokens</source>
        <translation>= {0} tokens</translation>
    </message>
    <message>
        <source>0 = unknown: base prices, no long-prompt tier</source>
        <translation>0 = 未知：按基础价格计，不用长提示词档位</translation>
    </message>
    <message>
        <source>= {0} tokens per request (picks the context-length tier)</source>
        <translation>= 每次请求 {0} tokens（据此选择上下文长度档位）</translation>
    </message>
    <message>
        <source>Estimate volumes</source>
        <translation>估算用量</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Add workload</source>
        <translation>添加工作负载</translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation>{0} 副本</translation>
    </message>
    <message>
        <source>Duplicate workload</source>
        <translation>复制工作负载</translation>
    </message>
    <message>
        <source>Remove workload</source>
        <translation>删除工作负载</translation>
    </message>
    <message>
        <source>A workload needs a name.</source>
        <translation>工作负载需要名称。</translation>
    </message>
    <message>
        <source>“{0}” is already the name of another workload.</source>
        <translation>“{0}”已是另一个工作负载的名称。</translation>
    </message>
    <message>
        <source>Rename workload</source>
        <translation>重命名工作负载</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>工作负载</translation>
    </message>
</context>
<context>
    <name>_LineBox</name>
    <message>
        <source>Model for {0}</source>
        <translation>{0} 的模型</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>TokenQuote</source>
        <translation>TokenQuote</translation>
    </message>
    <message>
        <source>TokenQuote cannot start</source>
        <translation>TokenQuote 无法启动</translation>
    </message>
    <message>
        <source>The price catalog could not be read.

{0}</source>
        <translation>无法读取价格目录。

{0}</translation>
    </message>
</context>
<context>
    <name>font_check</name>
    <message>
        <source>No fonts were found on this computer, so text cannot be shown. Install a font package (for example fonts-dejavu and fonts-noto-cjk) and start TokenQuote again.</source>
        <translation>这台计算机上找不到任何字体，无法显示文字。请安装字体包（例如 fonts-dejavu 和 fonts-noto-cjk），然后重新启动 TokenQuote。</translation>
    </message>
    <message>
        <source>No font for Chinese text was found: Chinese model names will show as boxes. Install a CJK font (for example fonts-noto-cjk or fonts-wqy-microhei).</source>
        <translation>找不到能显示中文的字体：中文模型名称会显示为方框。请安装中日韩字体（例如 fonts-noto-cjk 或 fonts-wqy-microhei）。</translation>
    </message>
    <message>
        <source>No fonts</source>
        <translation>没有字体</translation>
    </message>
</context>
</TS>
