<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="21"/>
        <source>关于回款通</source>
        <translation>About Receivables Desk</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="23"/>
        <source>&lt;b&gt;回款通&lt;/b&gt; Receivables Desk {version}</source>
        <translation>&lt;b&gt;Receivables Desk&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="24"/>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="26"/>
        <source>本软件包含以下开源组件：&lt;br&gt;{components}</source>
        <translation>This software includes these open-source components:&lt;br&gt;{components}</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="38"/>
        <source>字体许可：</source>
        <translation>Font licence:</translation>
    </message>
</context>
<context>
    <name>AgingItemsDialog</name>
    <message>
        <location filename="../ui/aging_view.py" line="206"/>
        <source>{name} · {what}（截至 {day}）</source>
        <translation>{name} · {what} (as of {day})</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="208"/>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="208"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="209"/>
        <source>发货日</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="209"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="210"/>
        <source>已收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="210"/>
        <source>尚欠</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="211"/>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="216"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="223"/>
        <source>回款记录…</source>
        <translation>Collection record…</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="225"/>
        <source>打开合同…</source>
        <translation>Open contract…</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="232"/>
        <source>共 {count} 期；双击一行打开合同</source>
        <translation>Installments: {count}; double-click a row to open its contract</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <location filename="../ui/aging_view.py" line="44"/>
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="45"/>
        <source>{days} 以上</source>
        <translation>Over {days}</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="59"/>
        <source>应收账龄</source>
        <translation>Aging</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="65"/>
        <location filename="../ui/aging_view.py" line="121"/>
        <source>按到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="66"/>
        <location filename="../ui/aging_view.py" line="121"/>
        <source>按发货日</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="67"/>
        <source>按到期日：逾期天数 = 截至日 − 到期日；按发货日：发货后的天数</source>
        <translation>Due date: days overdue = as-of date − due date; delivery date: days since delivery</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="68"/>
        <source>按业务员分组</source>
        <translation>Group by salesperson</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="69"/>
        <source>账龄依据</source>
        <translation>Age from</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="78"/>
        <source>双击客户的金额：列出其中的每一期</source>
        <translation>Double-click a customer&apos;s amount: list the installments in it</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="95"/>
        <source>每一期尚欠的金额按它自己的天数放进一列，各列之和等于合计（截至当天尚欠）。逾期天数 = 截至日 − 到期日，当天到期算未到期；1–30 天含第 30 天。截至过去某天时，只计那天之前的发货、回款、核销和退货折让（之后收到或冲销的不计）。预收/未核销的钱单列，不抵减各列；净额 = 合计 − 预收。</source>
        <translation>What each installment still owes goes into one column by its own days; the columns add up to the total (owed as of the day). Days overdue = as-of date − due date; due on the day counts as not due; 1–30 includes day 30. As of a past day, only deliveries, payments, applications, returns and allowances up to that day count (money received or reversed later does not). Unapplied credit stands apart and does not reduce the columns; net = total − unapplied credit.</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="122"/>
        <source>截至 {day}，{by}计算账龄；客户 {count} 个</source>
        <translation>As of {day}, aged from: {by}; customers: {count}</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="125"/>
        <source>业务员：{name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="128"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="128"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="128"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="128"/>
        <location filename="../ui/aging_view.py" line="131"/>
        <location filename="../ui/aging_view.py" line="154"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="129"/>
        <source>预收/未核销</source>
        <translation>Unapplied credit</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="129"/>
        <source>净额</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="131"/>
        <source>应收账龄表</source>
        <translation>Aging report</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="132"/>
        <source>小计：{salesperson}</source>
        <translation>Subtotal: {salesperson}</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="132"/>
        <location filename="../ui/aging_view.py" line="158"/>
        <source>（未分配）</source>
        <translation>(Unassigned)</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="161"/>
        <source>账龄分布</source>
        <translation>Aging by bucket</translation>
    </message>
    <message>
        <location filename="../ui/aging_view.py" line="177"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../ui/alerts_dialog.py" line="48"/>
        <source>{days} 天内到期（事前催收）</source>
        <translation>Due within {days} days (pre-due reminder)</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="49"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="50"/>
        <source>到期未开票（先开票、寄出发票）</source>
        <translation>Due but not invoiced (issue and send the invoice first)</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="51"/>
        <source>今天到期的承诺回款</source>
        <translation>Promises to pay due today</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="52"/>
        <source>上次启动以来失约的承诺</source>
        <translation>Promises broken since the last start</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="53"/>
        <source>到期应跟进的客户</source>
        <translation>Customers due for follow-up</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="54"/>
        <source>超出信用额度的客户</source>
        <translation>Customers over their credit limit</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="55"/>
        <source>诉讼时效即将届满（日期为时效届满日；建议寄送催款函并保留寄送凭证，或请客户确认对账单。仅为提醒，不构成法律意见）</source>
        <translation>Limitation period ending soon (the date is when the limitation ends; send a dunning letter and keep proof of sending, or have the customer confirm a statement. A reminder only, not legal advice)</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="60"/>
        <source>还有 {days} 天</source>
        <translation>in {days} d</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="61"/>
        <location filename="../ui/alerts_dialog.py" line="62"/>
        <source>逾期 {days} 天</source>
        <translation>{days} d overdue</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="63"/>
        <location filename="../ui/alerts_dialog.py" line="73"/>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="64"/>
        <source>已过 {days} 天</source>
        <translation>{days} d ago</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="65"/>
        <source>晚了 {days} 天</source>
        <translation>{days} d late</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="66"/>
        <source>超额</source>
        <translation>over limit</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="67"/>
        <source>还有 {days} 天届满</source>
        <translation>ends in {days} d</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="70"/>
        <location filename="../ui/alerts_dialog.py" line="71"/>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="72"/>
        <source>今天届满</source>
        <translation>ends today</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="75"/>
        <source>{title}（{count}）</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="76"/>
        <source>{code}  {name}（{count} 项）</source>
        <translation>{code}  {name} ({count} items)</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="79"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="79"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="80"/>
        <source>到期/承诺日</source>
        <translation>Due / promised on</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="80"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="81"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../ui/alerts_dialog.py" line="270"/>
        <location filename="../ui/alerts_dialog.py" line="378"/>
        <source>今日提醒</source>
        <translation>Today&apos;s alerts</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="347"/>
        <source>今天没有需要处理的提醒。</source>
        <translation>Nothing to chase today.</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="317"/>
        <source>明天再提醒所选</source>
        <translation>Snooze selected until tomorrow</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="278"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="281"/>
        <source>只显示今天有逾期欠款的客户的提醒（各类提醒都显示，不只是“已逾期”）</source>
        <translation>Only alerts for customers with overdue debts today (alerts of every kind, not only “Overdue”)</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="284"/>
        <source>客户的业务员</source>
        <translation>Customer&apos;s salesperson</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="285"/>
        <source>全部业务员</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="307"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="319"/>
        <source>启动时显示</source>
        <translation>Show at start</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="355"/>
        <source>没有符合筛选条件的提醒。</source>
        <translation>No alerts match the filters.</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="356"/>
        <source>{kind} {count} 条 {amount}</source>
        <translation>{kind}: {count} ({amount})</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="360"/>
        <source>{kind} {count} 个</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="362"/>
        <source>共 {count} 条提醒：{parts}</source>
        <translation>Alerts: {count}. {parts}</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="363"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="370"/>
        <source>业务员：{name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="387"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="388"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="397"/>
        <source>合计（{count} 条）</source>
        <translation>Totals (alerts: {count})</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="398"/>
        <source>各类金额不相加：逾期分期、承诺回款与超出额度是同一笔钱的不同量度。</source>
        <translation>The kinds&apos; amounts are not added together: overdue installments, promises to pay and amounts over the limit are different measures of the same money.</translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="399"/>
        <source>{kind}：{count} 条，金额 {amount}</source>
        <translation>{kind}: {count}, amount {amount}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="101"/>
        <source>回款通</source>
        <translation>Receivables Desk</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="85"/>
        <source>无法打开数据库 {path}：
{error}</source>
        <translation>Cannot open the database {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="38"/>
        <source>核销预收款</source>
        <translation>Apply customer credit</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="44"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="48"/>
        <source>核销日期 *</source>
        <translation>Applied on *</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="52"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="53"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="54"/>
        <source>尚欠</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="55"/>
        <source>本次核销</source>
        <translation>Apply now</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="63"/>
        <source>按到期先后自动分配</source>
        <translation>Allocate by due date, earliest first</translation>
    </message>
    <message>
        <location filename="../ui/apply_credit_dialog.py" line="86"/>
        <source>本次核销 {applied}，核销后剩余预收款 {left}</source>
        <translation>Applying {applied}; credit left afterwards {left}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../ui/backup_actions.py" line="50"/>
        <source>这不是一个数据库文件。</source>
        <translation>This is not a database file.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="51"/>
        <source>这个备份文件已损坏（完整性检查未通过）。</source>
        <translation>This backup file is damaged (it failed the integrity check).</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="52"/>
        <source>这不是回款通的数据库（没有版本信息）。</source>
        <translation>This is not a Receivables Desk database (it has no version information).</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="53"/>
        <source>这个备份来自更新版本的回款通，请先升级程序再恢复。</source>
        <translation>This backup comes from a newer version of Receivables Desk; update the program before restoring it.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="55"/>
        <source>这个备份的数据库版本无法识别。</source>
        <translation>The database version of this backup is not recognised.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="56"/>
        <source>这个备份缺少它的版本应有的表或字段，恢复后无法正常使用。</source>
        <translation>This backup lacks tables or columns its version should have; restored, it would not work.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="105"/>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="107"/>
        <source>备份到…</source>
        <translation>Back Up To…</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="108"/>
        <source>把数据库备份到另选的文件夹，例如 U 盘</source>
        <translation>Back up the database into a folder you choose, such as a USB stick</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="110"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="113"/>
        <source>服务器数据库请用服务器自己的工具备份（PostgreSQL：pg_dump）。</source>
        <translation>Back up a server database with the server&apos;s own tools (PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="164"/>
        <source>数据库文件检查未通过。</source>
        <translation>The database file failed its check.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="171"/>
        <source>数据库文件检查失败：{error}</source>
        <translation>The database file could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="176"/>
        <source>数据库文件可能已损坏：SQLite 检查时发现了问题，继续使用可能会丢失数据。
请从备份恢复：文件 › 从备份恢复…，选一份出问题之前的备份（恢复前会先检查备份是否完好，当前文件会另存，不会删除）。</source>
        <translation>The database file may be damaged: SQLite&apos;s check found problems, and going on could lose data.
Restore from a backup: File › Restore from backup…, and choose one from before the trouble (the backup is checked first; the current file is kept aside, not deleted).</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="181"/>
        <source>这次的备份副本已另存为 {file}，不计入保留份数；原有的完好备份都还在。</source>
        <translation>This backup copy was kept aside as {file} and does not count toward the backups kept; the good backups are all still there.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="184"/>
        <source>检查结果：{detail}</source>
        <translation>What the check found: {detail}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="185"/>
        <source>现在从备份恢复吗？</source>
        <translation>Restore from a backup now?</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="187"/>
        <source>数据库文件可能已损坏</source>
        <translation>The database file may be damaged</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="206"/>
        <source>自动备份失败：{error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="221"/>
        <location filename="../ui/backup_actions.py" line="235"/>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="230"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="239"/>
        <source>已备份：{path}</source>
        <translation>Backed up: {path}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="240"/>
        <location filename="../ui/backup_actions.py" line="248"/>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="241"/>
        <source>数据库已备份到：
{path}</source>
        <translation>The database was backed up to:
{path}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="244"/>
        <source>备份失败：{error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="249"/>
        <source>备份失败：
{error}</source>
        <translation>Backup failed:
{error}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="259"/>
        <location filename="../ui/backup_actions.py" line="286"/>
        <location filename="../ui/backup_actions.py" line="314"/>
        <location filename="../ui/backup_actions.py" line="328"/>
        <location filename="../ui/backup_actions.py" line="334"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="260"/>
        <source>数据库备份 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="264"/>
        <source>正在检查备份文件…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="272"/>
        <source>{revision}（较旧，恢复后打开时自动升级）</source>
        <translation>{revision} (older; upgraded automatically when opened after the restore)</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="274"/>
        <source>备份文件：{file}
备份时间：{time}
数据库版本：{version}
客户：{customers} 个
合同：{contracts} 份</source>
        <translation>Backup file: {file}
Backed up at: {time}
Database version: {version}
Customers: {customers}
Contracts: {contracts}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="280"/>
        <source>备份文件检查通过：{file}</source>
        <translation>Backup file checked: {file}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="282"/>
        <source>{contents}

恢复后，当前数据库会移到 {folder} 保存（不会删除），程序将重新启动。
确定要恢复这个备份吗？</source>
        <translation>{contents}

The current database will be moved to {folder} and kept (not deleted), and the program will restart.
Restore this backup?</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="290"/>
        <source>已取消恢复。</source>
        <translation>Restore cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="302"/>
        <source>数据库仍在使用中（可能还有别的窗口或程序打开了它），请关闭后再试。当前数据库没有改动。</source>
        <translation>The database is still in use (another window or program may have it open). Close it and try again. The current database is unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="309"/>
        <source>恢复失败，当前数据库没有改动：
{error}</source>
        <translation>The restore failed; the current database is unchanged:
{error}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="312"/>
        <source>（原来没有数据库文件）</source>
        <translation>(there was no database file before)</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="315"/>
        <source>已恢复备份 {file}。
原来的数据库保存为：
{kept}

程序将重新启动。</source>
        <translation>Backup {file} restored.
The previous database was kept as:
{kept}

The program will now restart.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="327"/>
        <source>不能恢复：{file}</source>
        <translation>Cannot restore: {file}</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="329"/>
        <source>不能从 {file} 恢复：
{reason}

当前数据库没有改动。</source>
        <translation>Cannot restore from {file}:
{reason}

The current database is unchanged.</translation>
    </message>
    <message>
        <location filename="../ui/backup_actions.py" line="333"/>
        <source>恢复失败。</source>
        <translation>The restore failed.</translation>
    </message>
</context>
<context>
    <name>BatchDocumentsDialog</name>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="120"/>
        <source>批量打印价格确认书</source>
        <translation>Print price confirmations in a batch</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="137"/>
        <source>选择合同（已确认、价格确认书未签回）</source>
        <translation>Choose contracts (confirmed, price confirmation not signed back)</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="140"/>
        <source>全部业务员</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="144"/>
        <source>合同编号、客户或业务员</source>
        <translation>Contract no., customer or salesperson</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="147"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="149"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="151"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="153"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="159"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="164"/>
        <source>合同</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="177"/>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="178"/>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="193"/>
        <source>输出</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="195"/>
        <source>合并为一个 PDF 文件</source>
        <translation>One PDF file for all</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="195"/>
        <source>每份合同一个 PDF 文件（合同编号 客户名称.pdf）</source>
        <translation>One PDF file per contract (contract no. customer name.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="206"/>
        <source>保存到…</source>
        <translation>Save to…</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="206"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="205"/>
        <source>开始生成</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="205"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="234"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="258"/>
        <source>共 {rows} 份合同，已选 {chosen} 份</source>
        <translation>{rows} contracts, {chosen} selected</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="206"/>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="207"/>
        <source>价格确认书 {day}.pdf</source>
        <translation>Price confirmations {day}.pdf</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="206"/>
        <source>保存到文件夹</source>
        <translation>Save into folder</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="266"/>
        <source>请先勾选要打印的合同。</source>
        <translation>Tick the contracts to print first.</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="207"/>
        <source>请先选择保存位置。</source>
        <translation>Choose where to save first.</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="205"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="284"/>
        <source>正在写入文件…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="286"/>
        <source>已完成 {done} / {total} 份</source>
        <translation>{done} of {total} done</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="295"/>
        <source>已取消：没有记录任何单据，也没有写入文件，编号未被占用。</source>
        <translation>Cancelled: no document was recorded, no file written, and no number used.</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="297"/>
        <source>已取消：已写入并记录 {count} 份，其余未处理。</source>
        <translation>Cancelled: {count} written and recorded; the rest were not processed.</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="300"/>
        <source>已生成 {count} 份价格确认书（新编号 {new} 份，重印 {reprinted} 份），保存到 {path}</source>
        <translation>{count} price confirmations made ({new} newly numbered, {reprinted} reprinted), saved to {path}</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="305"/>
        <source>跳过 {count} 份（合同已作废或已删除）：{numbers}</source>
        <translation>{count} skipped (contract cancelled or deleted): {numbers}</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="307"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="315"/>
        <source>已写入并记录 {count} 份，之后出错：</source>
        <translation>{count} written and recorded, then an error:</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="319"/>
        <source>没有记录任何单据，也没有写入文件：</source>
        <translation>No document was recorded and no file written:</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="208"/>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="208"/>
        <source>生成失败：{error}</source>
        <translation>Could not make the documents: {error}</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="205"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="334"/>
        <source>已完成 0 / {total} 份</source>
        <translation>0 of {total} done</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="44"/>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="44"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="44"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="44"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="45"/>
        <source>合同金额</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="45"/>
        <source>已出具的确认书</source>
        <translation>Confirmation issued</translation>
    </message>
    <message>
        <location filename="../ui/batch_documents_dialog.py" line="82"/>
        <source>（新编号）</source>
        <translation>(new number)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../ui/charts.py" line="35"/>
        <source>万元</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="36"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
</context>
<context>
    <name>CollectionRecordDialog</name>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="63"/>
        <source>回款档案</source>
        <translation>Collection record</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="87"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="121"/>
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="123"/>
        <location filename="../ui/collection_record_dialog.py" line="262"/>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="124"/>
        <source>承诺记录</source>
        <translation>Promise record</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="127"/>
        <source>{caption}：</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="162"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="163"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="164"/>
        <source>分期金额</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="165"/>
        <source>尚欠</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="167"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="167"/>
        <source>{days} 天</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="186"/>
        <location filename="../ui/collection_record_dialog.py" line="307"/>
        <source>未结分期</source>
        <translation>Open installments</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="236"/>
        <source>客户改期、失约或只付了一部分时：请他给出新的确切日期和金额</source>
        <translation>When the customer moves the date, breaks the promise or pays only part: ask for a new exact date and amount</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="256"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="223"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="257"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="212"/>
        <source>记录回款…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="75"/>
        <source>退货/折让</source>
        <translation>Returns/allowances</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="174"/>
        <source>核销预收款…</source>
        <translation>Apply credit…</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="217"/>
        <location filename="../ui/collection_record_dialog.py" line="307"/>
        <source>回款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="222"/>
        <source>承诺日期</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="224"/>
        <source>已兑现</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="225"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="227"/>
        <source>承诺人</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="228"/>
        <source>作出日期</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="229"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="232"/>
        <source>记录承诺…</source>
        <translation>Record promise…</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="234"/>
        <source>重新承诺…</source>
        <translation>Re-promise…</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="51"/>
        <location filename="../ui/collection_record_dialog.py" line="242"/>
        <location filename="../ui/collection_record_dialog.py" line="308"/>
        <source>承诺回款</source>
        <translation>Promises to pay</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="48"/>
        <source>催款函送达</source>
        <translation>Dunning letter delivered</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="49"/>
        <source>对账单确认</source>
        <translation>Statement confirmed</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="50"/>
        <source>欠款确认书</source>
        <translation>IOU</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="52"/>
        <source>部分回款</source>
        <translation>Part payment</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="53"/>
        <source>法律行动</source>
        <translation>Legal action</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="80"/>
        <source>催款函</source>
        <translation>Dunning letters</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="177"/>
        <source>记录法律行动…</source>
        <translation>Record legal action…</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="178"/>
        <source>起诉、仲裁、支付令：所涉分期的诉讼时效自该日起重新计算</source>
        <translation>Lawsuit, arbitration, payment order: the limitation period of the installments concerned restarts from that day</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="183"/>
        <source>时效届满日：诉讼时效三年，自到期日（或约定还款日）起算，催款函送达、对账单确认、欠款确认书、承诺、部分回款或法律行动后重新计算。仅为提醒，不构成法律意见。</source>
        <translation>Limitation ends: the limitation period is three years from the due date (or the agreed repayment date) and restarts after a dunning letter is delivered, a statement confirmed, an IOU, a promise, a part payment or legal action. A reminder only, not legal advice.</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="203"/>
        <source>{event} {day}</source>
        <translation>{event} {day}</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="205"/>
        <source>时效届满日</source>
        <translation>Limitation ends</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="207"/>
        <source>时效重新起算</source>
        <translation>Restarted by</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="214"/>
        <source>对账单…</source>
        <translation>Statements…</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="252"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="258"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="259"/>
        <source>客户说法</source>
        <translation>Customer said</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="260"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="261"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="263"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="266"/>
        <source>记录跟进…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="269"/>
        <location filename="../ui/collection_record_dialog.py" line="308"/>
        <source>跟进记录</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="279"/>
        <source>回款档案 - {name}</source>
        <translation>Collection record - {name}</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="282"/>
        <source>【{status}】</source>
        <translation>[{status}]</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="289"/>
        <source>近12个月承诺 {made} 次：守约 {kept}，部分 {partly}，失约 {broken}，待兑现 {pending}</source>
        <translation>Promises in the last 12 months: {made}; kept {kept}, partly kept {partly}, broken {broken}, pending {pending}</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="291"/>
        <source>近12个月承诺 {made} 次：守约 {kept}，部分 {partly}，失约 {broken}</source>
        <translation>Promises in the last 12 months: {made}; kept {kept}, partly kept {partly}, broken {broken}</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="322"/>
        <source>无需跟进（没有欠款）</source>
        <translation>No follow-up needed (nothing owed)</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="324"/>
        <source>{day}（已晚 {days} 天）</source>
        <translation>{day} ({days} d late)</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="327"/>
        <source>{day}（今天）</source>
        <translation>{day} (today)</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="336"/>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="337"/>
        <source>出纳</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="341"/>
        <source>付款审批 {name}</source>
        <translation>Payment approver {name}</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="343"/>
        <source>每月 {day} 日付款</source>
        <translation>Pays on day {day} of the month</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="344"/>
        <source>&#x3000;</source>
        <comment>between contacts</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="249"/>
        <source>替代 {day} 的承诺</source>
        <translation>Replaces the promise for {day}</translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="251"/>
        <source>已有新承诺</source>
        <translation>Replaced by a newer promise</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../ui/company_dialog.py" line="36"/>
        <source>公司信息与回款规则</source>
        <translation>Company and collection rules</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="42"/>
        <source>公司名称 *</source>
        <translation>Company name *</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="43"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="44"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="45"/>
        <source>纳税人识别号</source>
        <translation>Taxpayer ID</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="46"/>
        <source>开户行及账号</source>
        <translation>Bank and account number</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="47"/>
        <source>分公司代码（单据编号用）</source>
        <translation>Branch code (in document numbers)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="53"/>
        <source>价格确认书签回后才能标记为已发货</source>
        <translation>Mark a contract delivered only after its price confirmation sheet comes back signed</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="67"/>
        <source>1–6 位英文字母或数字，如 BJ</source>
        <translation>1–6 letters or digits, e.g. BJ</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="69"/>
        <source>用于单据编号，如 BJ-2026-00042；{rule}</source>
        <translation>Used in document numbers such as BJ-2026-00042; {rule}</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="60"/>
        <source>回款规则</source>
        <translation>Collection rules</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="77"/>
        <source>提前提醒天数（到期前）</source>
        <translation>Pre-due reminder (days before the due date)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="78"/>
        <source>信用控制逾期宽限天数</source>
        <translation>Credit hold: days of grace for overdue amounts</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="82"/>
        <source>例如 0.05 即每日万分之五；空为不收</source>
        <translation>e.g. 0.05 means 0.05% a day; leave empty for none</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="83"/>
        <source>新合同默认滞纳金（每日 %）</source>
        <translation>Default late fee for new contracts (% per day)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="88"/>
        <source>{rating} 级客户跟进间隔（天）</source>
        <translation>Follow-up interval, rating {rating} (days)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="61"/>
        <source>付款方式模板</source>
        <translation>Payment terms templates</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="59"/>
        <source>公司信息</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="94"/>
        <source>账龄表各列的最后一天（逾期天数），用逗号隔开；例如 30, 60, 90 得到 未到期、1–30、31–60、61–90、90 以上 五列。空为默认。</source>
        <translation>The last day (days overdue) of each aging column, separated by commas; e.g. 30, 60, 90 gives five columns: Not due, 1–30, 31–60, 61–90, Over 90. Empty for the default.</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="96"/>
        <source>账龄分段（天）</source>
        <translation>Aging buckets (days)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="98"/>
        <source>到期前发付款提醒（1 级）</source>
        <translation>Payment reminder before the due date (level 1)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="99"/>
        <source>在“提前提醒天数”内到期的分期，先发一封付款提醒函</source>
        <translation>Installments falling due within the pre-due reminder days get a payment reminder letter first</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="101"/>
        <source>催款函</source>
        <translation>Dunning letters</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="103"/>
        <source>催款通知（2 级）自逾期第几天</source>
        <translation>Payment demand (level 2) from day overdue</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="103"/>
        <source>逾期警告函（3 级）自逾期第几天</source>
        <translation>Overdue warning (level 3) from day overdue</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="104"/>
        <source>律师函（4 级）自逾期第几天</source>
        <translation>Lawyer&apos;s letter (level 4) from day overdue</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="112"/>
        <source>诉讼时效（三年）届满前多少个月开始提醒：发催款函并留存送达凭证，或请客户确认对账单。仅为提醒，不构成法律意见。</source>
        <translation>How many months before the limitation period (three years) ends to start warning: send a dunning letter and keep proof of delivery, or have the customer confirm a statement. A reminder only, not legal advice.</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="114"/>
        <source>诉讼时效提前提醒（月）</source>
        <translation>Limitation warning (months before)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="126"/>
        <source>每期写作“比例%[定金]@签订/发货/月末+天数”，各期用分号隔开，比例合计 100%；月末指发货当月最后一天（月结）。例：30%定金@签订+0; 70%@发货+60</source>
        <translation>Write each part as “percent%[deposit]@signing/delivery/month-end+days”, parts separated by semicolons, adding up to 100%; month-end is the last day of the delivery month. Example: 30%deposit@signing+0; 70%@delivery+60</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="131"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="132"/>
        <source>各期</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="133"/>
        <source>含义</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="145"/>
        <source>添加模板</source>
        <translation>Add template</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="145"/>
        <source>删除模板</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="171"/>
        <source>无法识别，请按上面的写法填写</source>
        <translation>Not understood; write it as shown above</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="176"/>
        <source>发货当月月末后 {days} 天</source>
        <translation>{days} days after the end of the delivery month</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="177"/>
        <source>发货当月月末</source>
        <translation>at the end of the delivery month</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="179"/>
        <source>签订后 {days} 天</source>
        <translation>{days} days after signing</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="180"/>
        <source>发货后 {days} 天</source>
        <translation>{days} days after delivery</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="182"/>
        <source>签订时</source>
        <translation>on signing</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="182"/>
        <source>发货时</source>
        <translation>on delivery</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="183"/>
        <source>{when}付 {percent}%</source>
        <translation>{percent}% {when}</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="184"/>
        <source>（定金）</source>
        <translation> (deposit)</translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="185"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../ui/contract_dialog.py" line="78"/>
        <source>新建合同</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="78"/>
        <source>编辑合同</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="101"/>
        <source>信用控制经理放行：{text}</source>
        <translation>Credit hold overridden by a manager: {text}</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="106"/>
        <source>编辑合同 {number}</source>
        <translation>Edit contract {number}</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="136"/>
        <source>例如 0.05 即每日万分之五；空为不收</source>
        <translation>e.g. 0.05 means 0.05% a day; leave empty for none</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="142"/>
        <source>客户 *</source>
        <translation>Customer *</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="143"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="145"/>
        <source>签订日期 *</source>
        <translation>Signed on *</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="146"/>
        <source>发货日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="144"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="147"/>
        <source>价格确认书签回日期</source>
        <translation>Price confirmation signed on</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="149"/>
        <source>欠款确认书签回日期</source>
        <translation>IOU signed on</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="150"/>
        <source>送货单号</source>
        <translation>Delivery note no.</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="151"/>
        <source>滞纳金（每日 %）</source>
        <translation>Late fee (% per day)</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="152"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="168"/>
        <source>添加行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="168"/>
        <source>删除行</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="186"/>
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="186"/>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="187"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="188"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="189"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="192"/>
        <source>产品明细</source>
        <translation>Product lines</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="219"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="314"/>
        <source>发货比计划晚 {days} 天。</source>
        <translation>Delivery was {days} days later than planned.</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="315"/>
        <source>把发货后的各期到期日顺延 {days} 天吗？</source>
        <translation>Move the due dates that follow delivery {days} days later?</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="369"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="190"/>
        <location filename="../ui/contract_dialog.py" line="220"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="210"/>
        <source>按付款方式生成</source>
        <translation>Fill from terms</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="212"/>
        <source>按所选付款方式重新生成各期：金额按比例拆分（尾差计入最后一期），到期日从签订日期、发货日期（未填则签订日期）或发货当月月末起算</source>
        <translation>Rebuild the installments from the chosen payment terms: the amount is split by percentage (the rounding remainder goes to the last one), due dates count from the signing date, the delivery date (the signing date when none) or the end of the delivery month</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="221"/>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="224"/>
        <source>回款计划（分期）</source>
        <translation>Payment schedule (installments)</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="225"/>
        <source>付款方式</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="243"/>
        <source>合同总额 {total}&#x3000;已排期 {scheduled}&#x3000;差额 {gap}&#x3000;已回款 {received}</source>
        <translation>Contract total {total} · Scheduled {scheduled} · Difference {gap} · Received {received}</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="244"/>
        <source>合同总额 {total}&#x3000;已排期 {scheduled}&#x3000;差额 {gap}</source>
        <translation>Contract total {total} · Scheduled {scheduled} · Difference {gap}</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="313"/>
        <source>发货晚于计划</source>
        <translation>Delivered later than planned</translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="368"/>
        <source>因信用控制未保存：{reasons}</source>
        <translation>Not saved because of the credit hold: {reasons}</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../ui/contracts_tab.py" line="36"/>
        <source>按合同号、客户、业务员筛选（Ctrl+F）</source>
        <translation>Filter by contract no., customer or salesperson (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="37"/>
        <source>新建合同</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="38"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="39"/>
        <source>记录回款</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="40"/>
        <source>回款记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="41"/>
        <source>价格确认书…</source>
        <translation>Price confirmation sheet…</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="42"/>
        <source>欠款确认书…</source>
        <translation>IOU…</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="43"/>
        <source>单据与签回件…</source>
        <translation>Documents and signed copies…</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="45"/>
        <source>点击显示全部客户的合同</source>
        <translation>Click to show every customer&apos;s contracts</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="52"/>
        <source>只显示今天有逾期欠款的合同：应收的分期到期日在今天之前仍未付清（下次到期日显示为红色）</source>
        <translation>Only contracts with overdue debts today: an installment owed that fell due before today and is still unpaid (the next due date shows in red)</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="53"/>
        <source>合同的业务员</source>
        <translation>Contract&apos;s salesperson</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="67"/>
        <source>合计（{count} 份合同）：合同金额 {total}&#x3000;已回款 {received}&#x3000;{owed_title} {owed}&#x3000;{committed_title} {committed}</source>
        <translation>Totals (contracts: {count}): Contract amount {total} · Received {received} · {owed_title} {owed} · {committed_title} {committed}</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="78"/>
        <source>合同列表</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="83"/>
        <source>客户：{name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="88"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="89"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="90"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="91"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="92"/>
        <source>合同金额</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="93"/>
        <source>已回款</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="98"/>
        <source>下次到期</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="100"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="102"/>
        <source>价格确认书</source>
        <translation>Price confirmation</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="104"/>
        <source>欠款确认书</source>
        <translation>IOU</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="111"/>
        <source>只看客户：{name}  ✕</source>
        <translation>Only customer: {name}  ✕</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="155"/>
        <source>核销预收款</source>
        <translation>Apply customer credit</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="156"/>
        <source>该客户有预收款 {credit} 尚未核销。</source>
        <translation>This customer has unapplied credit of {credit}.</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="157"/>
        <source>现在核销到合同 {number} 吗？</source>
        <translation>Apply it to contract {number} now?</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="168"/>
        <source>合同 {number} 已标记为已发货。</source>
        <translation>Contract {number} is marked as delivered.</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="169"/>
        <source>现在打印欠款确认书，请客户签字盖章吗？</source>
        <translation>Print the IOU now for the customer to sign and seal?</translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="167"/>
        <source>已发货</source>
        <translation>Delivered</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="34"/>
        <source>程序出错了，已记录到日志：
{path}

{error}</source>
        <translation>Something went wrong. The details are in the log:
{path}

{error}</translation>
    </message>
    <message>
        <location filename="../ui/crash.py" line="29"/>
        <location filename="../ui/crash.py" line="37"/>
        <source>回款通</source>
        <translation>Receivables Desk</translation>
    </message>
</context>
<context>
    <name>CreditHold</name>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="13"/>
        <source>开户申请尚未审批通过</source>
        <translation>The account-opening application is not approved yet</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="14"/>
        <source>客户处于暂停供货状态</source>
        <translation>The customer is on hold (supply suspended)</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="15"/>
        <source>客户在黑名单中</source>
        <translation>The customer is blacklisted</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="16"/>
        <source>有逾期未付款（超过宽限 {grace} 天）：{overdue}</source>
        <translation>Overdue and unpaid beyond the {grace} days of grace: {overdue}</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="17"/>
        <source>合计占用 {exposure} 超过信用额度 {limit}</source>
        <translation>Total exposure {exposure} is above the credit limit {limit}</translation>
    </message>
</context>
<context>
    <name>CreditHoldDialog</name>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="30"/>
        <source>信用控制：前帐未清，不谈下回交易</source>
        <translation>Credit hold: no new supply while old debts are open</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="31"/>
        <source>客户 {code} {name} 不能确认新合同或发货，原因：</source>
        <translation>Customer {code} {name} cannot have a new contract confirmed or goods delivered, because:</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="38"/>
        <source>其中逾期</source>
        <translation>of which overdue</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="42"/>
        <source>合计占用</source>
        <translation>Total exposure</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="43"/>
        <source>信用额度（0 为不限）</source>
        <translation>Credit limit (0 = no limit)</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="47"/>
        <source>经理放行须填写原因，将记入审计日志并显示在合同上</source>
        <translation>A manager&apos;s override needs a reason; it is audited and shown on the contract</translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="50"/>
        <source>经理放行</source>
        <translation>Manager override</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="63"/>
        <source>退货/折让</source>
        <translation>Return/allowance</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="86"/>
        <source>{number}（签订 {day}，合同总额 {total}）</source>
        <translation>{number} (signed {day}, contract total {total})</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="92"/>
        <source>退货</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="93"/>
        <source>折让</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="107"/>
        <source>如：包装破损、质量问题、价格调整</source>
        <translation>e.g. damaged packaging, quality problem, price adjustment</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="111"/>
        <source>合同 *</source>
        <translation>Contract *</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="113"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="114"/>
        <source>日期 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="115"/>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="116"/>
        <source>折让金额（元） *</source>
        <translation>Allowance amount (CNY) *</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="137"/>
        <source>在“退货数量”一列填写退回的数量：</source>
        <translation>Enter the quantities sent back in the “Returned now” column:</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="139"/>
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="140"/>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="141"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="142"/>
        <source>供货数量</source>
        <translation>Supplied</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="144"/>
        <source>已退数量</source>
        <translation>Returned before</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="146"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="148"/>
        <source>退货数量</source>
        <translation>Returned now</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="149"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="159"/>
        <source>自动冲减（最晚到期的分期优先）</source>
        <translation>Reduce automatically (latest installment first)</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="160"/>
        <source>手动指定冲减的分期和金额</source>
        <translation>Choose the installments and amounts to reduce</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="172"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="173"/>
        <source>分期金额</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="174"/>
        <source>尚欠</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="175"/>
        <source>本次冲减</source>
        <translation>Reduce by</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="192"/>
        <source>该客户没有已发货的合同，不能退货或折让。</source>
        <translation>This customer has no delivered contract, so there is nothing to return or allow.</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="199"/>
        <source>合同总额 {total}，此前退货/折让 {credited}，尚欠 {unpaid}</source>
        <translation>Contract total {total}; earlier returns/allowances {credited}; still owed {unpaid}</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="260"/>
        <source>冲减合计 {reduced} 超过退货/折让金额 {amount}</source>
        <translation>Reductions of {reduced} exceed the return/allowance amount {amount}</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="263"/>
        <source>金额 {amount}：冲减应收 {reduced}；超出部分 {surplus} 转为客户预收款</source>
        <translation>Amount {amount}: reduces what is owed by {reduced}; the {surplus} beyond that becomes customer credit</translation>
    </message>
    <message>
        <location filename="../ui/credit_note_dialog.py" line="266"/>
        <source>金额 {amount}：冲减应收 {reduced}</source>
        <translation>Amount {amount}: reduces what is owed by {reduced}</translation>
    </message>
</context>
<context>
    <name>CreditNotesPage</name>
    <message>
        <location filename="../ui/credit_notes_page.py" line="29"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="30"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="31"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="32"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="33"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="34"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="36"/>
        <source>新建退货/折让…</source>
        <translation>New return/allowance…</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="38"/>
        <source>打印确认书…</source>
        <translation>Print confirmation…</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="39"/>
        <source>退货确认书/折让确认书，请客户签字盖章</source>
        <translation>The return or allowance confirmation, for the customer to sign and stamp</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="49"/>
        <source>{kind}（已冲销）</source>
        <translation>{kind} (reversed)</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="80"/>
        <source>退货/折让</source>
        <translation>Return/allowance</translation>
    </message>
    <message>
        <location filename="../ui/credit_notes_page.py" line="81"/>
        <source>已保存 {number}。现在打印确认书，请客户签字盖章？</source>
        <translation>Saved {number}. Print the confirmation now for the customer to sign and stamp?</translation>
    </message>
</context>
<context>
    <name>CustomerBox</name>
    <message>
        <location filename="../ui/customer_box.py" line="97"/>
        <source>输入编码、名称或拼音首字母</source>
        <translation>Type a code, name or pinyin initials</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/customer_dialog.py" line="30"/>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="30"/>
        <source>编辑客户</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="35"/>
        <source>基本信息</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="36"/>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="37"/>
        <source>信用与开户</source>
        <translation>Credit and account opening</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="38"/>
        <source>开票信息</source>
        <translation>Invoicing details</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="39"/>
        <source>付款习惯</source>
        <translation>Payment habits</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="40"/>
        <source>状态与备注</source>
        <translation>Status and notes</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="72"/>
        <source>客户编码 *</source>
        <translation>Customer code *</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="73"/>
        <source>客户全称 *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="74"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="75"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="76"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="77"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="84"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="85"/>
        <source>18 位，如 91350100M000100Y43</source>
        <translation>18 characters, e.g. 91350100M000100Y43</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="86"/>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="86"/>
        <source>如 中国工商银行南京新街口支行</source>
        <translation>e.g. ICBC Nanjing Xinjiekou sub-branch</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="87"/>
        <source>账号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="87"/>
        <source>只填数字，可用空格分组</source>
        <translation>Digits only; spaces may group them</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="95"/>
        <source>采购联系人</source>
        <translation>Purchasing contact</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="96"/>
        <source>采购电话</source>
        <translation>Purchasing phone</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="97"/>
        <source>财务联系人</source>
        <translation>Finance contact</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="98"/>
        <source>财务电话</source>
        <translation>Finance phone</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="99"/>
        <source>出纳</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="100"/>
        <source>出纳电话</source>
        <translation>Cashier phone</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="107"/>
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="108"/>
        <source>信用额度（元）</source>
        <translation>Credit limit (CNY)</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="110"/>
        <source>默认付款方式</source>
        <translation>Default payment terms</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="111"/>
        <source>已收到开户申请书</source>
        <translation>Account-opening application received</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="113"/>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="114"/>
        <source>审批日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="125"/>
        <source>新合同的回款计划按此付款方式生成；模板在“设置 › 公司信息与回款规则”中维护</source>
        <translation>New contracts&apos; installments are filled from these terms; the templates are kept in Settings › Company and collection rules</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="141"/>
        <source>付款审批人</source>
        <translation>Payment approver</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="142"/>
        <source>每月付款日</source>
        <translation>Usual payment day of the month</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="144"/>
        <source>发票要求</source>
        <translation>Invoice requirement</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="145"/>
        <source>需要送货凭证</source>
        <translation>Proof of delivery required</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="146"/>
        <source>可收现金</source>
        <translation>Cash accepted</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="151"/>
        <source>付款习惯：计算中…</source>
        <translation>Payment habits: calculating…</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="153"/>
        <source>近 12 个月收到并已核销的钱，按金额加权：收款日 − 到期日，按时计 0 天</source>
        <translation>Money received and applied in the last 12 months, weighted by amount: date received − due date, on time counting as 0 days</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="166"/>
        <source>付款习惯：无法计算</source>
        <translation>Payment habits: cannot be calculated</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="170"/>
        <source>付款习惯：近 12 个月没有已核销的回款</source>
        <translation>Payment habits: no applied payments in the last 12 months</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="172"/>
        <source>付款习惯：按时付款（近 12 个月 {count} 笔回款，{amount}）</source>
        <translation>Payment habits: pays on time (payments in the last 12 months: {count}, {amount})</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="174"/>
        <source>付款习惯：平均晚付 {days} 天（近 12 个月 {count} 笔回款，{amount}）</source>
        <translation>Payment habits: {days} days late on average (payments in the last 12 months: {count}, {amount})</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="182"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="183"/>
        <source>状态原因</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="186"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../ui/customers_tab.py" line="44"/>
        <source>按编码、名称、电话、业务员筛选（Ctrl+F）</source>
        <translation>Filter by code, name, phone or salesperson (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="45"/>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="46"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="47"/>
        <source>记录回款</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="48"/>
        <source>回款记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="49"/>
        <source>欠款确认书…</source>
        <translation>IOU…</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="50"/>
        <source>回款档案…</source>
        <translation>Collection record…</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="52"/>
        <source>新建合同…</source>
        <translation>New Contract…</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="55"/>
        <source>查看合同</source>
        <translation>Show Contracts</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="57"/>
        <source>合并客户…</source>
        <translation>Merge customers…</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="60"/>
        <source>只显示今天有逾期欠款的客户：应收的分期（已发货合同及定金）到期日在今天之前仍未付清</source>
        <translation>Only customers with overdue debts today: an installment owed (delivered contracts and deposits) that fell due before today and is still unpaid</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="61"/>
        <source>客户的业务员</source>
        <translation>Customer&apos;s salesperson</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="73"/>
        <source>合计（{count} 个客户）：信用额度 {limit}&#x3000;{owed_title} {owed}&#x3000;{overdue_title} {overdue}</source>
        <translation>Totals (customers: {count}): Credit limit {limit} · {owed_title} {owed} · {overdue_title} {overdue}</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="83"/>
        <source>客户列表</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="87"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="88"/>
        <source>客户名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="89"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="90"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="91"/>
        <source>信用等级</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="92"/>
        <source>信用额度</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="94"/>
        <source>付款方式</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="99"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <location filename="../ui/problem_text.py" line="12"/>
        <source>数据库正忙：另一位同事正在保存修改。请稍等片刻再试一次，刚才填写的内容还在。</source>
        <translation>The database is busy: a colleague is saving a change. Wait a moment and try again; what you typed is still here.</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="15"/>
        <source>数据库不能写入：文件、文件夹或服务器是只读的。请检查文件属性和文件夹权限（或请管理员开放写入权限）后再试。</source>
        <translation>The database cannot be written: the file, folder or server is read-only. Check the file&apos;s properties and the folder&apos;s permissions (or ask the administrator for write access), then try again.</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="19"/>
        <source>磁盘（或服务器的磁盘）已满。请腾出磁盘空间（例如把旧备份移到别处）后再试。</source>
        <translation>The disk (or the server&apos;s disk) is full. Free some space (for example, move old backups elsewhere), then try again.</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="22"/>
        <source>数据库文件可能已损坏。请从备份恢复：文件 › 从备份恢复…，选一份出问题之前的备份（恢复前会先检查备份是否完好，当前文件会另存，不会删除）。</source>
        <translation>The database file may be damaged. Restore from a backup: File › Restore from backup…, and choose one from before the trouble (the backup is checked first; the current file is kept aside, not deleted).</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="26"/>
        <source>读写数据库文件时出错（磁盘或网络故障）。请检查磁盘和网络连接后再试；如果反复出现，请从备份恢复：文件 › 从备份恢复…。</source>
        <translation>The database file could not be read or written (a disk or network fault). Check the disk and the network, then try again; if it keeps happening, restore from a backup: File › Restore from backup….</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="30"/>
        <source>与数据库服务器的连接断开了。请检查网络，稍后再试；刚才填写的内容还在。</source>
        <translation>The connection to the database server was lost. Check the network and try again shortly; what you typed is still here.</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="33"/>
        <source>无法打开数据库：文件不存在、没有权限，或服务器没有响应。请检查文件位置（或服务器地址和网络）后重新启动回款通。</source>
        <translation>The database cannot be opened: the file is missing or not permitted, or the server does not answer. Check where the file is (or the server&apos;s address and the network), then start Receivables Desk again.</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="37"/>
        <source>此数据库由更新版本的回款通创建（版本 {revision}），请升级程序。这个版本的回款通没有改动它。</source>
        <translation>This database was created by a newer version of Receivables Desk (version {revision}); please update the program. This version has not changed it.</translation>
    </message>
    <message>
        <location filename="../ui/problem_text.py" line="41"/>
        <source>数据库文件在网络共享（共享文件夹或网络驱动器）上：{where}
在网络共享上，SQLite 数据库无法安全地加锁，几台电脑同时使用会损坏数据。
请把数据库文件放在这台电脑上；如果几台电脑要共用同一份数据，请使用 PostgreSQL 服务器（见说明书中的“PostgreSQL”一节）。</source>
        <translation>The database file is on a network share (a shared folder or network drive): {where}
On a network share an SQLite database cannot be locked safely, and several PCs using it at once will damage the data.
Keep the database file on this PC; if several PCs must share the same data, use a PostgreSQL server (see “PostgreSQL” in the manual).</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../ui/date_field.py" line="45"/>
        <source>选择日期（Alt+↓）</source>
        <translation>Pick a date (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../ui/document_dialog.py" line="118"/>
        <source>供货价格确认书</source>
        <translation>Price confirmation sheet</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="118"/>
        <source>欠款确认书</source>
        <translation>IOU</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="119"/>
        <source>退货/折让确认书</source>
        <translation>Return/allowance confirmation</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="129"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="137"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="138"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="139"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="180"/>
        <source>与客户现在约定的还款日期：打印为付款期限；已过期的原到期日只作为“原到期日”列出</source>
        <translation>The repayment date agreed with the customer now: printed as the payment deadline; original due dates already past are only listed as “original due date”</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="184"/>
        <source>约定还款日期：</source>
        <translation>Agreed repayment date:</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="186"/>
        <source>付款期限为约定还款日期与原到期日中较晚者（必填）</source>
        <translation>The payment deadline is the later of the agreed repayment date and the original due date (required)</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="244"/>
        <source>单据号 {number}，共 {pages} 页</source>
        <translation>Document no. {number}, pages: {pages}</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="247"/>
        <source>共 {pages} 页</source>
        <translation>Pages: {pages}</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="249"/>
        <source>预览（打印或另存为 PDF 时记录），共 {pages} 页</source>
        <translation>Preview (recorded when printed or saved as PDF), {pages} pages</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="252"/>
        <source>预览（打印或另存为 PDF 时才编号并记录），共 {pages} 页</source>
        <translation>Preview (numbered and recorded only when printed or saved as PDF), pages: {pages}</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="262"/>
        <source>生成失败：{error}</source>
        <translation>Could not make the document: {error}</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="288"/>
        <source>无法开始打印，请检查打印机。</source>
        <translation>Printing could not start; please check the printer.</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="308"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="320"/>
        <source>无法保存到 {path}：{reason}</source>
        <translation>Could not save to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="355"/>
        <source>无法打印，请检查打印机。单据未记录，编号未被占用。</source>
        <translation>Could not print; please check the printer. The document was not recorded and its number was not used.</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="357"/>
        <source>无法保存到 {path}：{reason}
单据未记录，编号未被占用。</source>
        <translation>Could not save to {path}: {reason}
The document was not recorded and its number was not used.</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="379"/>
        <source>单据 {number} 已打印，但未能记录到数据库。请作废这份打印件（该编号会再次使用），稍后重新打印。</source>
        <translation>Document {number} was printed but could not be recorded in the database. Destroy this printout (the number will be used again) and print again later.</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="384"/>
        <source>单据 {number} 未能记录到数据库，已删除保存的文件 {path}。请稍后重试。</source>
        <translation>Document {number} could not be recorded in the database; the saved file {path} was deleted. Please try again later.</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="394"/>
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="396"/>
        <source>没有写入权限（文件或文件夹只读）</source>
        <translation>no permission to write (the file or folder is read-only)</translation>
    </message>
</context>
<context>
    <name>DunningDialog</name>
    <message>
        <location filename="../ui/dunning_dialog.py" line="51"/>
        <source>催款</source>
        <translation>Dunning</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="53"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="56"/>
        <source>客户编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="57"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="58"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="59"/>
        <source>逾期金额</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="60"/>
        <source>滞纳金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="61"/>
        <source>最长逾期天数</source>
        <translation>Max days overdue</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="62"/>
        <source>付款期限</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="71"/>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="73"/>
        <source>跳级原因</source>
        <translation>Reason for skipping</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="74"/>
        <source>跳级</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="77"/>
        <source>签发律师函的经理（不填则律师函不出）</source>
        <translation>Manager issuing lawyer&apos;s letters (empty: none issued)</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="78"/>
        <source>出函</source>
        <translation>Issue letters</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="80"/>
        <source>存为一个 PDF…</source>
        <translation>Save as one PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="82"/>
        <source>每封一个文件…</source>
        <translation>One file per letter…</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="89"/>
        <source>催款日期</source>
        <translation>Dunning date</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="91"/>
        <source>所选客户跳至</source>
        <translation>Move selected customer to</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="107"/>
        <source>{level}（跳级：{manager}）</source>
        <translation>{level} (skipped by {manager})</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="109"/>
        <source>{level}（需经理签发）</source>
        <translation>{level} (needs a manager to issue)</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="131"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="140"/>
        <source>共 {count} 封待出</source>
        <translation>Letters to issue: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="157"/>
        <source>所选客户没有可跳至的级别。</source>
        <translation>The selected customer has no level to skip to.</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="161"/>
        <source>跳级须填写经理姓名和跳级原因。</source>
        <translation>Skipping a level needs the manager&apos;s name and the reason.</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="195"/>
        <source>已出函 {count} 封</source>
        <translation>Letters issued: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="197"/>
        <source>；{count} 封律师函待经理签发</source>
        <translation>; lawyer&apos;s letters awaiting a manager: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="212"/>
        <source>已取消：没有出任何函。</source>
        <translation>Cancelled: no letters were issued.</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="222"/>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="223"/>
        <source>催款函 {day}.pdf</source>
        <translation>Dunning letters {day}.pdf</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="228"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="238"/>
        <source>保存到文件夹</source>
        <translation>Save into folder</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="242"/>
        <source>已保存 {count} 个文件到 {path}</source>
        <translation>{count} files saved to {path}</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="259"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/dunning_dialog.py" line="271"/>
        <source>保存失败：{reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
</context>
<context>
    <name>DunningLettersPage</name>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="51"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="52"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="53"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="54"/>
        <source>逾期金额</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="55"/>
        <source>滞纳金</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="56"/>
        <source>付款期限</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="57"/>
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="59"/>
        <source>记录送达…</source>
        <translation>Record sending…</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="61"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="67"/>
        <source>未记录送达</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="89"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/error_text.py" line="15"/>
        <source>列对应</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="16"/>
        <location filename="../ui/error_text.py" line="24"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="17"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="18"/>
        <location filename="../ui/error_text.py" line="19"/>
        <source>合同号/发票号</source>
        <translation>Contract/invoice no.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="20"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="21"/>
        <source>已收金额</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="22"/>
        <source>未收金额</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="23"/>
        <source>是否定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="25"/>
        <source>客户全称</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="26"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="27"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="28"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="29"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="30"/>
        <source>采购联系人</source>
        <translation>Purchasing contact</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="31"/>
        <source>采购电话</source>
        <translation>Purchasing phone</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="32"/>
        <source>财务联系人</source>
        <translation>Finance contact</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="33"/>
        <source>财务电话</source>
        <translation>Finance phone</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="34"/>
        <source>出纳</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="35"/>
        <source>出纳电话</source>
        <translation>Cashier phone</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="36"/>
        <source>付款审批人</source>
        <translation>Payment approver</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="37"/>
        <source>发票要求</source>
        <translation>Invoice requirement</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="38"/>
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="39"/>
        <source>信用额度</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="40"/>
        <source>开户申请审批人</source>
        <translation>Account-opening application approved by</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="41"/>
        <source>开户申请审批日期</source>
        <translation>Account-opening application approved on</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="42"/>
        <source>每月付款日</source>
        <translation>Usual payment day of the month</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="43"/>
        <source>状态原因</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="44"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="45"/>
        <location filename="../ui/error_text.py" line="61"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="46"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="47"/>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="48"/>
        <source>账号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="49"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="50"/>
        <location filename="../ui/error_text.py" line="120"/>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="51"/>
        <source>签订日期</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="52"/>
        <source>发货日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="53"/>
        <source>产品明细</source>
        <translation>Product lines</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="54"/>
        <source>回款计划分期</source>
        <translation>Installments</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="55"/>
        <source>价格确认书签回日期</source>
        <translation>Price confirmation signed on</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="56"/>
        <source>欠款确认书签回日期</source>
        <translation>IOU signed on</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="57"/>
        <source>回款日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="58"/>
        <location filename="../ui/error_text.py" line="141"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="59"/>
        <source>回款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="60"/>
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="62"/>
        <source>分配金额</source>
        <translation>Allocations</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="63"/>
        <source>冲销原因</source>
        <translation>Reversal reason</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="64"/>
        <source>回款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="65"/>
        <source>回款目标</source>
        <translation>Collection target</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="66"/>
        <source>合同总额</source>
        <translation>Contract total</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="67"/>
        <source>送货单号</source>
        <translation>Delivery note no.</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="68"/>
        <source>滞纳金（每日 %）</source>
        <translation>Late fee (% per day)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="69"/>
        <source>公司名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="70"/>
        <source>提前提醒天数</source>
        <translation>Pre-due reminder days</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="71"/>
        <source>操作员姓名</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="72"/>
        <source>分公司代码</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="73"/>
        <source>信用控制逾期宽限天数</source>
        <translation>Credit hold: days of grace for overdue amounts</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="74"/>
        <source>账龄分段</source>
        <translation>Aging buckets</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="75"/>
        <source>催款通知（2 级）天数</source>
        <translation>Payment demand (level 2) days</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="76"/>
        <source>逾期警告函（3 级）天数</source>
        <translation>Overdue warning (level 3) days</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="77"/>
        <source>律师函（4 级）天数</source>
        <translation>Lawyer&apos;s letter (level 4) days</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="78"/>
        <source>诉讼时效提前提醒月数</source>
        <translation>Limitation warning months</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="79"/>
        <source>放行原因</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="80"/>
        <source>公司地址</source>
        <translation>Company address</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="81"/>
        <source>公司电话</source>
        <translation>Company phone</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="82"/>
        <source>纳税人识别号</source>
        <translation>Taxpayer ID</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="83"/>
        <source>开户行及账号</source>
        <translation>Bank and account number</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="84"/>
        <source>欠款确认书</source>
        <translation>IOU</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="85"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="86"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="87"/>
        <source>承诺日期</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="88"/>
        <source>承诺作出日期</source>
        <translation>Promise made on</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="89"/>
        <source>承诺人</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="90"/>
        <source>被替代的承诺</source>
        <translation>Replaced promise</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="91"/>
        <source>跟进日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="92"/>
        <source>跟进方式</source>
        <translation>Follow-up channel</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="93"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="94"/>
        <source>客户说法</source>
        <translation>Customer said</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="95"/>
        <source>跟进结果</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="96"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="97"/>
        <source>下次跟进日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="98"/>
        <source>A 级客户跟进间隔（天）</source>
        <translation>Follow-up interval, rating A (days)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="99"/>
        <source>B 级客户跟进间隔（天）</source>
        <translation>Follow-up interval, rating B (days)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="100"/>
        <source>C 级客户跟进间隔（天）</source>
        <translation>Follow-up interval, rating C (days)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="101"/>
        <source>D 级客户跟进间隔（天）</source>
        <translation>Follow-up interval, rating D (days)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="102"/>
        <source>核销日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="103"/>
        <source>核销</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="104"/>
        <source>撤销原因</source>
        <translation>Undo reason</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="105"/>
        <source>付款方式</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="106"/>
        <source>退货/折让日期</source>
        <translation>Return/allowance date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="107"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="108"/>
        <source>冲减分期</source>
        <translation>Installments reduced</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="109"/>
        <source>退货/折让单</source>
        <translation>Return/allowance</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="110"/>
        <source>发票号码</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="111"/>
        <source>发票种类</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="112"/>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="113"/>
        <source>发票金额</source>
        <translation>Invoice amount</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="114"/>
        <source>寄送方式</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="115"/>
        <source>快递单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="116"/>
        <source>客户签收日期</source>
        <translation>Received by customer on</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="117"/>
        <source>约定还款日期</source>
        <translation>Agreed repayment date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="118"/>
        <source>法律行动日期</source>
        <translation>Legal action date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="119"/>
        <source>法律行动类型</source>
        <translation>Legal action type</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="121"/>
        <source>对账起始日</source>
        <translation>Statement period start</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="122"/>
        <source>对账截止日</source>
        <translation>Statement period end</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="123"/>
        <source>回函日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="124"/>
        <source>客户记录的余额</source>
        <translation>Customer&apos;s balance</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="125"/>
        <source>对账单</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="126"/>
        <source>跳级</source>
        <translation>Level skip</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="127"/>
        <source>催款日期</source>
        <translation>Dunning date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="128"/>
        <source>送达日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="129"/>
        <source>账龄汇总方式</source>
        <translation>Aging basis</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="130"/>
        <source>账龄段</source>
        <translation>Aging bucket</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="131"/>
        <source>保留的客户</source>
        <translation>Customer to keep</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="135"/>
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="136"/>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="137"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="138"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="139"/>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="140"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="142"/>
        <location filename="../ui/error_text.py" line="144"/>
        <source>分期</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="143"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="145"/>
        <source>合同产品行</source>
        <translation>Contract lines</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="148"/>
        <source>不能为空</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="149"/>
        <source>不是有效的数字</source>
        <translation>is not a valid number</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="150"/>
        <source>必须是整数</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="151"/>
        <source>不能为负数</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="152"/>
        <source>必须大于零</source>
        <translation>must be greater than zero</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="153"/>
        <source>小数位数不能超过 {places} 位</source>
        <translation>allows at most {places} decimal places</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="154"/>
        <source>数值过大</source>
        <translation>is too large</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="155"/>
        <source>不是有效的日期（格式：2026-01-31）</source>
        <translation>is not a valid date (format: 2026-01-31)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="156"/>
        <source>不能晚于今天</source>
        <translation>must not be later than today</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="157"/>
        <source>已被其他记录使用</source>
        <translation>is already used by another record</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="158"/>
        <source>取值不允许</source>
        <translation>has a value that is not allowed</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="159"/>
        <location filename="../ui/error_text.py" line="185"/>
        <source>必须在 {low} 到 {high} 之间</source>
        <translation>must be between {low} and {high}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="160"/>
        <source>合计 {scheduled}，与合同总额 {total} 不一致</source>
        <translation>add up to {scheduled}, but the contract total is {total}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="162"/>
        <source>至少需要一行产品</source>
        <translation>need at least one product line</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="163"/>
        <source>至少需要一期回款</source>
        <translation>need at least one installment</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="164"/>
        <source>{amount} 超过该期尚欠的 {owed}</source>
        <translation>{amount} is more than the {owed} still owed on this installment</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="165"/>
        <source>合计 {allocated}，超过回款金额 {amount}</source>
        <translation>add up to {allocated}, more than the payment of {amount}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="166"/>
        <source>不存在</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="167"/>
        <source>属于其他客户</source>
        <translation>belongs to another customer</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="168"/>
        <source>所属合同未确认或已作废</source>
        <translation>belongs to a contract that is not confirmed or is cancelled</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="169"/>
        <source>已经冲销过</source>
        <translation>has already been reversed</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="170"/>
        <source>已有回款 {paid}，不能删除或改得比它少</source>
        <translation>already has {paid} paid; it cannot be removed or made smaller than that</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="171"/>
        <source>不能从“{current}”改为“{target}”</source>
        <translation>cannot change from “{current}” to “{target}”</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="172"/>
        <source>已有回款，请先冲销</source>
        <translation>has payments; reverse them first</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="173"/>
        <source>早于合同签订日期</source>
        <translation>is before the contract&apos;s signing date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="174"/>
        <source>不能超过 {limit} 个字</source>
        <translation>must not be longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="175"/>
        <source>必须先填写（客户签字盖章的价格确认书收回后），才能标记为已发货</source>
        <translation>must be filled in (once the price confirmation sheet is back, signed and sealed) before the contract can be marked delivered</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="177"/>
        <source>无可确认的欠款：该合同或客户没有未付金额</source>
        <translation>nothing to acknowledge: nothing is owed on this contract or by this customer</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="178"/>
        <source>未填写：请先在“设置 &gt; 公司信息”中填写本公司名称</source>
        <translation>is not filled in: enter our company&apos;s name under Settings &gt; Company and collection rules first</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="180"/>
        <source>不能早于作出承诺的日期</source>
        <translation>must not be before the day the promise was made</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="181"/>
        <source>不能早于本次跟进日期</source>
        <translation>must not be before the day of this follow-up</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="182"/>
        <source>已有新的承诺替代它</source>
        <translation>has already been replaced by a newer promise</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="183"/>
        <source>状态为“{status}”：已兑现的承诺不能再重新承诺</source>
        <translation>is “{status}”: a kept promise cannot be replaced</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="186"/>
        <source>只能填一行，不能有换行或制表符（第 {position} 个字符）</source>
        <translation>must be one line, without line breaks or tabs (character {position})</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="188"/>
        <source>含有控制字符或不可见字符（第 {position} 个字符），请删除后重新输入</source>
        <translation>contains a control or invisible character (character {position}); delete it and type again</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="190"/>
        <source>必须是 {length} 位</source>
        <translation>must be {length} characters</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="191"/>
        <source>只能包含数字和英文字母（不含 I、O、S、V、Z）</source>
        <translation>may hold only digits and letters (not I, O, S, V or Z)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="193"/>
        <source>校验位不正确，请核对</source>
        <translation>has a wrong check character; please check it</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="194"/>
        <source>只能包含数字和空格</source>
        <translation>may hold only digits and spaces</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="195"/>
        <source>不能超过 {limit} 位数字</source>
        <translation>may not have more than {limit} digits</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="196"/>
        <source>那天没有可核销的预收款</source>
        <translation>there was no credit to apply on that day</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="197"/>
        <source>合计 {allocated}，超过可核销的预收款 {credit}</source>
        <translation>totals {allocated}, more than the credit available, {credit}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="198"/>
        <source>已经撤销过</source>
        <translation>has already been undone</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="199"/>
        <source>“{name}”不是已设置的付款方式（设置 › 公司信息与回款规则）</source>
        <translation>“{name}” is not one of the payment terms set up (Settings › Company and collection rules)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="201"/>
        <source>无法识别“{part}”：每期写作 30%定金@签订+0，各期用分号隔开</source>
        <translation>“{part}” is not understood: write each part as 30%deposit@signing+0, parts separated by semicolons</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="203"/>
        <source>比例合计 {percent}%，应为 100%（{name}）</source>
        <translation>percentages add up to {percent}%, not 100% ({name})</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="204"/>
        <source>“{part}”：定金须从签订日期起算（@签订）</source>
        <translation>“{part}”: a deposit counts from the signing date (@signing)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="205"/>
        <source>“{name}”是 {count} 个客户的默认付款方式，请先为这些客户改选其他付款方式</source>
        <translation>“{name}” is the default payment terms of {count} customers; choose other terms for them first</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="207"/>
        <source>未发货：只有已发货或已结清的合同才能退货或折让</source>
        <translation>is not delivered: only delivered or settled contracts can have returns or allowances</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="209"/>
        <source>早于发货日期 {delivery_on}</source>
        <translation>is before the delivery date {delivery_on}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="210"/>
        <source>{quantity} 超过“{product}”可退的 {returnable}（供货 {supplied}，已扣除此前退货）</source>
        <translation>{quantity} is more than the {returnable} of “{product}” that can be returned ({supplied} supplied, less earlier returns)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="212"/>
        <source>未填写退货数量：请至少在一行填写</source>
        <translation>has no returned quantity: fill in at least one line</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="213"/>
        <source>累计退货/折让 {credited}，超过合同总额 {total}</source>
        <translation>returns/allowances would total {credited}, more than the contract total {total}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="214"/>
        <source>属于其他合同</source>
        <translation>belongs to another contract</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="215"/>
        <source>合计 {allocated}，超过退货/折让金额 {amount}</source>
        <translation>totals {allocated}, more than the return/allowance amount {amount}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="216"/>
        <source>中有已退货的产品行，不能删除</source>
        <translation>include a line with returns, which cannot be deleted</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="217"/>
        <source>必须大于上一级的天数</source>
        <translation>must be more than the previous level&apos;s days</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="218"/>
        <source>累计开票 {invoiced}，超过合同总额 {total}</source>
        <translation>invoices on the contract would total {invoiced}, more than the contract total {total}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="219"/>
        <source>早于开票日期</source>
        <translation>is before the invoice date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="220"/>
        <source>不能早于今天</source>
        <translation>must not be earlier than today</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="221"/>
        <source>晚于对账截止日</source>
        <translation>is after the end of the statement period</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="222"/>
        <source>已记录过客户回函</source>
        <translation>already has the customer&apos;s reply recorded</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="223"/>
        <source>早于对账单出具日期</source>
        <translation>is before the statement was issued</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="224"/>
        <source>未填写：数据不符时请填写客户记录的余额或不符事项</source>
        <translation>is not filled in: when the figures are disputed, enter the customer&apos;s balance or what differs</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="227"/>
        <source>只能跳到高于本次级别、且逾期天数已达到的级别</source>
        <translation>can only skip to a level above the next one that the days overdue have reached</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="229"/>
        <source>须填写经理姓名</source>
        <translation>needs the manager&apos;s name</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="230"/>
        <source>须填写原因</source>
        <translation>needs a reason</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="231"/>
        <source>无效：该客户当天没有待出的催款函</source>
        <translation>is not valid: the customer has no letter due that day</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="232"/>
        <source>早于催款函日期</source>
        <translation>is before the letter&apos;s date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="234"/>
        <source>不能是要合并的客户本身，请另选一个客户保留</source>
        <translation>cannot be the customer being merged: choose another customer to keep</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="235"/>
        <source>已有 {day} 寄给同一原编码的 {level} 级催款函，这两个客户不能合并</source>
        <translation>already holds a level {level} letter of {day} sent to the same former code: these two customers cannot be merged</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="238"/>
        <source>应填“是”或“否”</source>
        <translation>must be yes or no (Y/N, 1/0, or the same in Chinese)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="239"/>
        <source>早于发票日期</source>
        <translation>is before the invoice date</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="240"/>
        <source>大于发票金额 {amount}</source>
        <translation>is more than the invoice amount of {amount}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="241"/>
        <source>与已收金额 {paid} 之和不等于发票金额 {amount}</source>
        <translation>plus the paid {paid} does not make the invoice amount of {amount}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="242"/>
        <source>没有对应文件中的列，请选择</source>
        <translation>has no column of the file: choose one</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="243"/>
        <source>对应的列 {column} 在文件中不存在</source>
        <translation>names column {column}, which the file does not have</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="244"/>
        <source>把第 {column} 列对应给了两个字段</source>
        <translation>maps column {column} to two fields</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="245"/>
        <source>不是可以导入的字段</source>
        <translation>is not a field this import reads</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="246"/>
        <source>与文件第 {first} 行重复</source>
        <translation>is also on row {first} of the file</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="247"/>
        <source>找不到这个客户编码，请先导入客户</source>
        <translation>names no customer: import the customers first</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="248"/>
        <source>找不到这个客户编码，这一行也没有客户名称可用来新建客户</source>
        <translation>names no customer, and the row has no customer name to create one with</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="250"/>
        <source>与同一合同 {number} 的第 {row} 行不一致</source>
        <translation>differs from row {row} of the same contract {number}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="251"/>
        <source>同一合同 {number} 的第 {row} 行有问题，整份合同未导入</source>
        <translation>belongs to contract {number}, whose row {row} has a problem: the whole contract is not imported</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="253"/>
        <source>找不到这个客户编码，但有客户 {code}：可能是 Excel 去掉了编码开头的 0（请把该列设为文本后重新输入）</source>
        <translation>names no customer, but customer {code} exists: Excel may have dropped the code&apos;s leading zeros (format the column as text and type the codes again)</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="256"/>
        <source>是负数（红字发票），不是未收的应收：请从它所冲的发票金额中减去，或导入后在该合同上登记退货/折让</source>
        <translation>is negative: a credit (red) invoice is not an open receivable; take it off the invoice it credits, or record a return or allowance on that contract after the import</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="262"/>
        <source>只能是 1–6 位英文字母或数字，如 BJ</source>
        <translation>may be only 1–6 letters or digits, e.g. BJ</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="263"/>
        <source>应为 1 到 8 个逐个增大的天数（1–3650），用逗号隔开，如 30, 60, 90, 180, 365</source>
        <translation>must be 1 to 8 rising numbers of days (1–3650), separated by commas, e.g. 30, 60, 90, 180, 365</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="290"/>
        <source>已被他人修改，请重新打开</source>
        <translation>Changed by someone else meanwhile; please open it again</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="291"/>
        <source>已被 {operator} 于 {time} 修改，请重新打开</source>
        <translation>Changed by {operator} at {time}; please open it again</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="303"/>
        <source>{table}第 {row} 行：{column}</source>
        <translation>{table}, row {row}, {column}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="320"/>
        <source>{field}{reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="322"/>
        <source>{field}{reason}</source>
        <comment>the reason goes on from the field&apos;s name: English puts a space between (Amount is required)</comment>
        <translation>{field} {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceBar</name>
    <message>
        <location filename="../ui/evidence_bar.py" line="19"/>
        <source>证据材料包…</source>
        <translation>Evidence bundle…</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="21"/>
        <source>合同、价格确认书与欠款确认书（有签回件用签回件）、发票、送货记录、对账单、催款函及寄送记录、回款记录、诉讼时效，按律师整理的顺序合成一个带目录和页码的 PDF</source>
        <translation>Contracts, price confirmations and IOUs (the signed copies where returned), invoices, delivery records, statements, dunning letters with their sending records, payments and limitation periods, put together in a lawyer&apos;s order into one PDF with contents and page numbers</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="45"/>
        <source>保存证据材料包</source>
        <translation>Save evidence bundle</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="46"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="63"/>
        <source>正在生成证据材料包…</source>
        <translation>Making the evidence bundle…</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="63"/>
        <source>已生成（{pages} 页）：{path}</source>
        <translation>Made ({pages} pages): {path}</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="64"/>
        <source>未能生成证据材料包</source>
        <translation>Could not make the evidence bundle</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="64"/>
        <source>未能生成证据材料包：{error}</source>
        <translation>Could not make the evidence bundle: {error}</translation>
    </message>
    <message>
        <location filename="../ui/evidence_bar.py" line="65"/>
        <source>证据材料包</source>
        <translation>Evidence bundle</translation>
    </message>
</context>
<context>
    <name>ExportStatus</name>
    <message>
        <location filename="../ui/list_export.py" line="136"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="136"/>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="137"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="138"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="137"/>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../ui/first_run_page.py" line="54"/>
        <source>选择保存导入模板的文件夹</source>
        <translation>Choose a folder for the import templates</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="60"/>
        <source>无法写入 {folder}：{error}</source>
        <translation>Cannot write to {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="62"/>
        <source>已将 {count} 个导入模板保存到 {folder}</source>
        <translation>{count} import templates saved to {folder}</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="80"/>
        <source>欢迎使用回款通</source>
        <translation>Welcome to Receivables Desk</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="86"/>
        <source>这是一个新的空数据库。先填好我们公司的信息，再从 Excel 导入已有的客户和欠款，或者直接开始录入。</source>
        <translation>This is a new, empty database. Fill in our company first, then import the customers and debts you already have from Excel, or start typing.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="120"/>
        <source>第 1 步：我们公司</source>
        <translation>Step 1: our company</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="124"/>
        <source>公司名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="125"/>
        <source>打印在每份单据上，如 北京九州医疗器械有限公司</source>
        <translation>Printed on every document, e.g. Jiuzhou Medical Devices Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="126"/>
        <source>分公司代码 *</source>
        <translation>Branch code *</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="127"/>
        <source>1–6 位英文字母或数字，用在每个编号里：BJ-2026-00042 中的 BJ</source>
        <translation>1–6 letters or digits, in every number: the BJ of BJ-2026-00042</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="128"/>
        <source>开户行及账号</source>
        <translation>Bank and account</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="129"/>
        <source>印在对账单和催款函上，如 中国工商银行北京分行 0200 0000 0000 0000 000</source>
        <translation>Printed on statements and letters, e.g. ICBC Beijing Branch 0200 0000 0000 0000 000</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="131"/>
        <source>操作员姓名 *</source>
        <translation>Operator&apos;s name *</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="132"/>
        <source>在这台电脑上工作的人，记入每条修改记录</source>
        <translation>Who works at this PC; recorded with every change</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="155"/>
        <source>保存公司信息</source>
        <translation>Save company details</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="161"/>
        <source>地址、电话、税号和回款规则可以稍后在 设置 › 公司信息与回款规则 中填写。</source>
        <translation>Address, phone, tax number and the collection rules can be filled in later under Settings › Company and collection rules.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="191"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="212"/>
        <source>第 2 步：导入已有数据（Excel 或 CSV）</source>
        <translation>Step 2: import what you have (Excel or CSV)</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="214"/>
        <source>建议顺序：先导入客户，再导入期初应收（按发票）或合同及分期，最后导入回款。</source>
        <translation>Suggested order: customers first, then opening receivables (by invoice) or contracts with installments, then payments.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="218"/>
        <source>导入客户…</source>
        <translation>Import customers…</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="218"/>
        <source>导入期初应收…</source>
        <translation>Import opening receivables…</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="219"/>
        <source>导入合同…</source>
        <translation>Import contracts…</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="219"/>
        <source>导入回款…</source>
        <translation>Import payments…</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="229"/>
        <source>没有现成的表格？下载导入模板填好再导入：第 1 行是表头（带 * 的必填），第 2 行是示例，“说明”页解释每一列。模板文件：</source>
        <translation>No sheet at hand? Download the import templates, fill them in and import them: row 1 is the header (* required), row 2 an example, and the notes sheet explains each column. Template files:</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="242"/>
        <source>下载导入模板…</source>
        <translation>Download import templates…</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="265"/>
        <source>第 3 步：或者直接开始录入</source>
        <translation>Step 3: or start typing</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="267"/>
        <source>不导入也可以：在“客户”页新建客户，在“合同”页录入合同和回款计划。</source>
        <translation>You need not import: add customers on the Customers tab, contracts and their schedules on the Contracts tab.</translation>
    </message>
    <message>
        <location filename="../ui/first_run_page.py" line="269"/>
        <source>直接开始录入</source>
        <translation>Start typing</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="20"/>
        <source>记录跟进</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="26"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="32"/>
        <source>客户方联系人（采购、财务、出纳）</source>
        <translation>The customer&apos;s contact (purchasing, finance, cashier)</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="34"/>
        <source>客户怎么说（原话更好）</source>
        <translation>What the customer said (their own words are best)</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="39"/>
        <source>空着：按信用等级的间隔</source>
        <translation>Empty: the interval for the customer&apos;s credit rating</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="43"/>
        <source>跟进日期 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="44"/>
        <source>方式 *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="45"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="46"/>
        <source>客户说法</source>
        <translation>Customer said</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="47"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="48"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="49"/>
        <source>下次跟进日期</source>
        <translation>Next follow-up on</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../ui/form_dialog.py" line="67"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/form_dialog.py" line="68"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/form_dialog.py" line="103"/>
        <source>这条记录已不存在（可能已被他人删除）。</source>
        <translation>This record no longer exists (someone else may have deleted it).</translation>
    </message>
    <message>
        <location filename="../ui/form_dialog.py" line="133"/>
        <source>等待其他用户…（另一位同事正在保存，稍候会自动重试）</source>
        <translation>Waiting for another user… (a colleague is saving; this will be tried again shortly)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/import_dialog.py" line="55"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="56"/>
        <source>合同及分期（每行一期）</source>
        <translation>Contracts with installments (one row per installment)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="57"/>
        <source>期初应收（每行一张发票）</source>
        <translation>Opening receivables (one row per invoice)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="58"/>
        <source>回款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="82"/>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="83"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="84"/>
        <source>GBK / GB18030（中文 Windows 的 Excel）</source>
        <translation>GBK / GB18030 (Excel on Chinese Windows)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="85"/>
        <source>UTF-16（Unicode 文本）</source>
        <translation>UTF-16 (Unicode text)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="101"/>
        <source>第 {row} 行：{reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="103"/>
        <source>第 {row} 行 {column}：{value} {reason}</source>
        <translation>Row {row}, {column}: {value} {reason}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="120"/>
        <location filename="../ui/import_dialog.py" line="688"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="133"/>
        <source>选择 .xlsx、.xls 或 .csv 文件</source>
        <translation>Choose an .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="134"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="136"/>
        <source>下载导入模板…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="147"/>
        <source>列名所在的行（标题行之上的表头说明会被跳过）</source>
        <translation>The row holding the column names (title rows above it are skipped)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="149"/>
        <source>日期为 月/日/年（美式，如 3/5/2024）</source>
        <translation>Dates are month/day/year (US order, e.g. 3/5/2024)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="152"/>
        <source>其余按到期日从早到晚核销</source>
        <translation>the rest pays the oldest due first</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="153"/>
        <source>其余留作预收款（未核销）</source>
        <translation>the rest stays as credit (unapplied)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="154"/>
        <source>回款行写明了合同号/发票号时：先核销该合同，超出它欠款的部分如何处理</source>
        <translation>When a payment row names a contract or invoice: it pays that contract first; where what it does not owe goes</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="157"/>
        <source>1. 文件</source>
        <translation>1. File</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="159"/>
        <source>导入内容</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="162"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="166"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="169"/>
        <source>编码</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="173"/>
        <source>列名在第</source>
        <translation>Column names on row</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="175"/>
        <source>行</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="180"/>
        <source>回款写明合同时</source>
        <translation>Payment naming a contract:</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="188"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="188"/>
        <source>文件中的列</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="194"/>
        <source>2. 列对应</source>
        <translation>2. Columns</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="204"/>
        <source>没有发现问题</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="205"/>
        <source>3. 预览（前 {n} 行，按导入时的读法）与问题</source>
        <translation>3. Preview (first {n} rows, as they will be read) and problems</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="223"/>
        <source>试运行</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="224"/>
        <source>只统计将新建、更新和跳过多少条，不写入任何数据</source>
        <translation>Counts what would be created, updated and skipped; writes nothing</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="226"/>
        <source>全部导入</source>
        <translation>Import all</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="227"/>
        <source>一次写入全部行：有任何一行有问题就什么都不写入</source>
        <translation>Writes every row at once: if any row has a problem, nothing is written</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="229"/>
        <source>只导入有效行…</source>
        <translation>Import valid rows only…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="230"/>
        <source>写入没有问题的行；有问题的行另存为 Excel，改好后可再导入</source>
        <translation>Writes the rows without problems; the others go to an Excel file to correct and import again</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="232"/>
        <location filename="../ui/import_dialog.py" line="274"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="274"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="294"/>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="295"/>
        <source>Excel 或 CSV (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
        <translation>Excel or CSV (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="326"/>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="346"/>
        <source>（已自动识别，请核对预览中的中文）</source>
        <translation>(detected: check the Chinese in the preview)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="347"/>
        <source>（无法确定编码：请看预览中的中文是否正常，必要时换一种）</source>
        <translation>(not sure of the encoding: check the Chinese in the preview and choose another if it is garbled)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="354"/>
        <source>已按上次导入相同列名的文件对应。</source>
        <translation>Mapped as the last file with the same column names was.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="355"/>
        <source>按列名自动对应；认不出的列请手工选择。</source>
        <translation>Mapped by the column names; choose by hand where a column was not recognised.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="368"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="371"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="402"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="637"/>
        <source>其中 {amount} 的回款没有可核销的欠款，留作客户的预收款（未核销）。</source>
        <translation>Of the payments, {amount} paid nothing owed and stays as the customers&apos; credit (unapplied).</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="640"/>
        <source>导入的是历史数据，没有执行信用控制；按现在的数据，{n} 个客户会被信用控制拦下（有逾期、超出额度、暂停供货或在黑名单上），例如：{examples}。</source>
        <translation>This is history, so the credit hold was not enforced; as the data stand now, it would stop {n} customers (something overdue, over the limit, on hold or blacklisted), e.g. {examples}.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="667"/>
        <source>……另有 {n} 个问题（只导入有效行时全部写入退回文件）</source>
        <translation>… and {n} more problems (all of them go to the file of refused rows when importing the valid rows only)</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="420"/>
        <source>列名所在的第 {row} 行下面没有可导入的行：请检查工作表和列名所在的行。</source>
        <translation>There are no rows to import below the column names on row {row}: check the sheet and the header row.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="670"/>
        <source>第 {rows} 行不是数据（如“{text}”），不导入。</source>
        <translation>Row {rows} is not data (such as &quot;{text}&quot;): not imported.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="425"/>
        <source>共 {rows} 行：{good} 行可以导入，{bad} 行有问题（见上方列表）。可以改好文件后重新选择，或只导入有效行。</source>
        <translation>{rows} rows: {good} can be imported, {bad} have problems (listed above). Correct the file and choose it again, or import the valid rows only.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="429"/>
        <source>共 {rows} 行，没有发现问题。可以先试运行，看将新建、更新和跳过多少条。</source>
        <translation>{rows} rows, no problems found. A dry run says what would be created, updated and skipped.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="437"/>
        <source>请为必填字段“{field}”选择文件中的列。</source>
        <translation>Choose the file&apos;s column for the required field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="439"/>
        <source>第 {column} 列被选给了两个字段：每列只能对应一个字段。</source>
        <translation>Column {column} is chosen for two fields: each column maps to one field.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="458"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="504"/>
        <source>已取消，没有写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="513"/>
        <location filename="../ui/import_dialog.py" line="688"/>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="536"/>
        <source>只能导入 .xlsx、.xls、.csv 或 .txt 文件。</source>
        <translation>Only .xlsx, .xls, .csv or .txt files can be imported.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="537"/>
        <source>无法打开这个文件：它可能已被 Excel 等程序打开（请先关闭），或没有读取权限。</source>
        <translation>The file cannot be opened: another program such as Excel may have it open (close it first), or you may not have permission to read it.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="539"/>
        <source>这个文件已损坏或不是它的扩展名所说的格式。请在 Excel 中打开并另存为 .xlsx 后再试。</source>
        <translation>The file is damaged, or not the format its extension says. Open it in Excel, save it as .xlsx and try again.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="540"/>
        <source>这个文件（或工作表）是空的。</source>
        <translation>The file (or sheet) is empty.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="541"/>
        <source>按所选编码读不通第 {line} 行：请换一种编码。</source>
        <translation>Line {line} does not read in the chosen encoding: choose another.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="542"/>
        <source>找不到工作表“{sheet}”。</source>
        <translation>There is no sheet &quot;{sheet}&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="555"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="580"/>
        <source>{name}-未导入的行.xlsx</source>
        <translation>{name}-refused rows.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="581"/>
        <source>有问题的行保存到</source>
        <translation>Save the refused rows to</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="604"/>
        <source>正在试运行…</source>
        <translation>Dry run…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="604"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="611"/>
        <source>客户 {customers} 个，合同 {contracts} 份，回款 {payments} 笔</source>
        <translation>{customers} customers, {contracts} contracts, {payments} payments</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="616"/>
        <source>更新客户 {updated} 个；跳过 {exists} 行（已导入过），{unchanged} 行（没有变化）；有问题 {bad} 行。</source>
        <translation>{updated} customers updated; {exists} rows skipped (already imported), {unchanged} unchanged; {bad} rows with problems.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="620"/>
        <source>试运行：将新建 {counts}；{rest}</source>
        <translation>Dry run: would create {counts}; {rest}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="626"/>
        <source>没有导入：{bad} 行有问题（见上方列表）。全部导入时任何一行有问题就什么都不写入；改好文件后重新选择，或只导入有效行。</source>
        <translation>Nothing imported: {bad} rows have problems (listed above). Import all writes nothing while any row has a problem; correct the file and choose it again, or import the valid rows only.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="630"/>
        <source>已导入：新建 {counts}；{rest}</source>
        <translation>Imported: created {counts}; {rest}</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="632"/>
        <source>有问题的 {n} 行已保存到 {path}，改好后可再导入。</source>
        <translation>The {n} refused rows are saved in {path}: correct them and import that file.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="681"/>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="691"/>
        <source>模板已保存到 {path}：按表头填写（带 * 的必填），保存后在这里选择它导入。</source>
        <translation>Template saved to {path}: fill in the columns (* required), save it, then choose it here to import.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="724"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="725"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../ui/import_dialog.py" line="62"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="62"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="63"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="63"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="64"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="64"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="65"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="65"/>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="66"/>
        <source>财务联系人</source>
        <translation>Finance contact</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="66"/>
        <source>财务电话</source>
        <translation>Finance phone</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="67"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="68"/>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="68"/>
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="69"/>
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="69"/>
        <source>信用额度</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="70"/>
        <source>付款条件</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="70"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="71"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="71"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="72"/>
        <source>发货日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="72"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="73"/>
        <source>品名</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="73"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="74"/>
        <source>分期金额</source>
        <translation>Installment amount</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="74"/>
        <source>是否定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="75"/>
        <source>送货单号</source>
        <translation>Delivery note no.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="75"/>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="76"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="76"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="77"/>
        <source>已收金额</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="77"/>
        <source>未收金额</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="78"/>
        <source>收款日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="78"/>
        <source>收款金额</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="79"/>
        <source>收款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="79"/>
        <source>流水号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/import_dialog.py" line="80"/>
        <source>合同号/发票号</source>
        <translation>Contract/invoice no.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/invoice_dialog.py" line="62"/>
        <source>发票</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="62"/>
        <source>修改发票</source>
        <translation>Edit invoice</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="74"/>
        <source>快递必填</source>
        <translation>Required for courier</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="76"/>
        <source>客户收到发票的日期</source>
        <translation>Date the customer received the invoice</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="82"/>
        <source>发票号码 *</source>
        <translation>Invoice number *</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="83"/>
        <source>种类 *</source>
        <translation>Type *</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="84"/>
        <source>开票日期 *</source>
        <translation>Invoice date *</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="85"/>
        <source>金额 *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="86"/>
        <source>寄送方式</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="87"/>
        <source>快递单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="88"/>
        <source>客户签收日期</source>
        <translation>Received by customer on</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="89"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../ui/invoice_dialog.py" line="39"/>
        <source>专票（增值税专用发票）</source>
        <translation>Special VAT invoice</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="40"/>
        <source>普票（增值税普通发票）</source>
        <translation>Ordinary VAT invoice</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="41"/>
        <source>专票</source>
        <translation>Special VAT</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="42"/>
        <source>普票</source>
        <translation>Ordinary VAT</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="43"/>
        <source>未寄出</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="44"/>
        <source>快递</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="45"/>
        <source>邮寄</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="46"/>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="47"/>
        <source>邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="124"/>
        <source>发票号码</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="124"/>
        <source>种类</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="125"/>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="125"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="126"/>
        <source>寄送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="126"/>
        <source>客户签收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="129"/>
        <source>发票</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="142"/>
        <source>添加发票…</source>
        <translation>Add invoice…</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="143"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="144"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="172"/>
        <source>已开票 {amount}</source>
        <translation>Invoiced {amount}</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="173"/>
        <location filename="../ui/invoice_dialog.py" line="250"/>
        <source>尚未开票</source>
        <translation>Not invoiced yet</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="196"/>
        <source>发票 {number}（{amount}）：作废或录错的发票才删除，删除记入操作日志。</source>
        <translation>Invoice {number} ({amount}): delete only a voided or mistyped invoice; the deletion is logged.</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="198"/>
        <location filename="../ui/invoice_dialog.py" line="205"/>
        <source>删除发票</source>
        <translation>Delete invoice</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="198"/>
        <source>删除这张发票吗？</source>
        <translation>Delete this invoice?</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="235"/>
        <source>发票…</source>
        <translation>Invoices…</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="239"/>
        <source>发票：</source>
        <translation>Invoices:</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="248"/>
        <source>{count} 张，已开票 {amount}：{numbers}</source>
        <translation>{count} invoiced, {amount}: {numbers}</translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="250"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/invoice_dialog.py" line="254"/>
        <source>合同 {number} 的发票</source>
        <translation>Invoices of contract {number}</translation>
    </message>
</context>
<context>
    <name>InvoicesDialog</name>
    <message>
        <location filename="../ui/invoice_dialog.py" line="218"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="9"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="10"/>
        <source>暂停供货</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="11"/>
        <source>黑名单</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>已发货</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>已结清</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>银行转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>微信支付</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>银行承兑汇票</source>
        <translation>Bank acceptance bill</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>以物抵债</source>
        <translation>Payment in goods</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <location filename="../ui/labels.py" line="39"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="28"/>
        <source>退货/折让</source>
        <translation>Return/allowance</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="32"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="33"/>
        <source>传真件</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>供货价格确认书</source>
        <translation>Price confirmation sheet</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="38"/>
        <source>欠款确认书</source>
        <translation>IOU</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="40"/>
        <source>退货/折让确认书</source>
        <translation>Return/allowance confirmation</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>退货</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>折让</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="47"/>
        <source>电话</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>拜访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="32"/>
        <source>付款提醒</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="33"/>
        <source>催款通知</source>
        <translation>Payment demand</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="34"/>
        <source>逾期警告函</source>
        <translation>Overdue warning</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="35"/>
        <source>律师函</source>
        <translation>Lawyer&apos;s letter</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="38"/>
        <source>邮寄</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="39"/>
        <source>快递</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="40"/>
        <location filename="../ui/labels.py" line="50"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="41"/>
        <source>邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="42"/>
        <source>当面送达</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="54"/>
        <source>待兑现</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="55"/>
        <source>已兑现</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="56"/>
        <source>部分兑现</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="57"/>
        <source>已失约</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="63"/>
        <source>应收余额</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="64"/>
        <source>逾期金额</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="65"/>
        <source>已确认未发货</source>
        <translation>Confirmed, not delivered</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="66"/>
        <source>预收款（未核销）</source>
        <translation>Unapplied credit</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="67"/>
        <source>本合同未付</source>
        <translation>Unpaid on this contract</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="70"/>
        <source>已发货合同的各期，以及已确认合同的定金/预付款，尚未付的部分</source>
        <translation>What is unpaid of delivered contracts&apos; installments and of confirmed contracts&apos; deposits</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="72"/>
        <source>已确认、未发货合同中定金以外的各期：发货后才成为应收，只计入信用占用</source>
        <translation>Installments other than deposits of confirmed contracts not yet delivered: owed only after delivery, counted in the credit exposure only</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="74"/>
        <source>已收到、尚未核销到任何分期的钱（预收款、多付款、退货余额）</source>
        <translation>Money received and not applied to any installment (advances, overpayments, return surplus)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>签订</source>
        <translation>signing</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>发货</source>
        <translation>delivery</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="82"/>
        <source>月末</source>
        <translation>month-end</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="83"/>
        <source>定金</source>
        <translation>deposit</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="107"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="108"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="34"/>
        <source>待回函</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="35"/>
        <source>已确认相符</source>
        <translation>Confirmed: matches</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="36"/>
        <source>客户回函不符</source>
        <translation>Disputed by customer</translation>
    </message>
</context>
<context>
    <name>LegalActionDialog</name>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="16"/>
        <source>起诉</source>
        <translation>Lawsuit</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="17"/>
        <source>仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="18"/>
        <source>支付令</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="19"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="33"/>
        <source>记录法律行动</source>
        <translation>Record legal action</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="39"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="46"/>
        <source>全部欠款</source>
        <translation>Everything owed</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="50"/>
        <source>案号、法院或仲裁机构、律师等</source>
        <translation>Case number, court or arbitration body, lawyer, etc.</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="53"/>
        <source>日期 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="54"/>
        <source>类型 *</source>
        <translation>Type *</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="55"/>
        <source>针对</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="56"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/legal_action_dialog.py" line="60"/>
        <source>记录后，所涉分期的诉讼时效自该日起重新计算。仅为提醒，不构成法律意见。</source>
        <translation>Once recorded, the limitation period of the installments concerned restarts from that day. A reminder only, not legal advice.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../ui/list_tab.py" line="47"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="51"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="56"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="57"/>
        <location filename="../ui/list_tab.py" line="199"/>
        <source>全部业务员</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="135"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="145"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="184"/>
        <source>包含“{text}”</source>
        <translation>Containing “{text}”</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="186"/>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="191"/>
        <source>业务员：{name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="218"/>
        <source>合计计算中…</source>
        <translation>Calculating totals…</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="232"/>
        <source>合计未能计算：{error}</source>
        <translation>Totals could not be calculated: {error}</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="253"/>
        <source>合计（{count} 条）</source>
        <translation>Totals (rows: {count})</translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="310"/>
        <source>共 {count} 条</source>
        <translation>Rows: {count}</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="86"/>
        <source>日期：{day}（金额按当天计）</source>
        <translation>Date: {day} (amounts as of that day)</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="87"/>
        <source>日期：{day}</source>
        <translation>Date: {day}</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="89"/>
        <source>筛选：无（全部）</source>
        <translation>Filters: none (all)</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="90"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="91"/>
        <source>筛选：{filters}</source>
        <translation>Filters: {filters}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="47"/>
        <source>回款通 {version}</source>
        <translation>Receivables Desk {version}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="55"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="56"/>
        <source>合同</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>回款计划</source>
        <translation>Collection plan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="307"/>
        <source>数据库：{path}&#x3000;操作员：{operator}</source>
        <translation>Database: {path} · Operator: {operator}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="73"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="61"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="74"/>
        <source>记录回款…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="78"/>
        <source>批量打印价格确认书…</source>
        <translation>Print Price Confirmations in a Batch…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="81"/>
        <source>批量生成对账单…</source>
        <translation>Make statements in a batch…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="84"/>
        <source>催款…</source>
        <translation>Dunning…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="88"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>从 Excel 或 CSV 导入客户、合同、期初应收或回款</source>
        <translation>Import customers, contracts, opening receivables or payments from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>下载导入模板…</source>
        <translation>Download import templates…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="99"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="104"/>
        <source>今日提醒…</source>
        <translation>Today&apos;s alerts…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="108"/>
        <source>全部回款…</source>
        <translation>All payments…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="109"/>
        <source>所有客户的回款：可按客户、凭证号、业务员筛选，合计，导出</source>
        <translation>Every customer&apos;s payments: filter by customer, reference or salesperson, with totals and export</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="112"/>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="113"/>
        <source>公司信息与回款规则…</source>
        <translation>Company and collection rules…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="116"/>
        <source>本机设置…</source>
        <translation>This PC&apos;s settings…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="119"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="120"/>
        <source>关于回款通…</source>
        <translation>About Receivables Desk…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>下载导入模板</source>
        <translation>Download import templates</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="251"/>
        <source>提醒计算失败：{error}</source>
        <translation>Could not work out the alerts: {error}</translation>
    </message>
</context>
<context>
    <name>MergeCustomersDialog</name>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="34"/>
        <source>合同</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="35"/>
        <source>其中发票</source>
        <translation>of which invoices</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="36"/>
        <source>其中签回件附件</source>
        <translation>of which signed scans</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="37"/>
        <source>回款（含退货/折让冲减）</source>
        <translation>Payments (with returns/allowances)</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="38"/>
        <source>退货/折让单</source>
        <translation>Returns/allowances</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="39"/>
        <source>回款目标（月）</source>
        <translation>Monthly targets</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="40"/>
        <source>其中与保留客户同月（金额相加）</source>
        <translation>of which in a month the kept customer has (added)</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="43"/>
        <source>承诺回款</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="44"/>
        <source>跟进记录</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="45"/>
        <source>已出具单据</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="46"/>
        <source>对账单</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="47"/>
        <source>催款函</source>
        <translation>Dunning letters</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="48"/>
        <source>法律行动</source>
        <translation>Legal actions</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="64"/>
        <location filename="../ui/merge_customers_dialog.py" line="167"/>
        <source>合并客户</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="73"/>
        <source>被合并的客户</source>
        <translation>Customer merged</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="77"/>
        <source>保留的客户 *</source>
        <translation>Customer to keep *</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="79"/>
        <source>如：同一客户录入两次；旧系统编码</source>
        <translation>e.g. the same customer typed twice; the old system&apos;s code</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="80"/>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="85"/>
        <source>被合并客户的全部记录移到保留的客户名下，合同号和业务员不变；随后删除被合并的客户，它的编码和名称留在保留的客户上，搜索仍能找到。保留客户自己的资料不变，被合并客户的资料完整记入操作日志。合并不能撤销。</source>
        <translation>Everything of the merged customer moves to the customer kept; contract numbers and salespeople stay. The merged customer is then deleted; its code and name stay on the kept one, so searches still find it. The kept customer&apos;s own details do not change; the merged customer&apos;s are written in full to the audit log. A merge cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="91"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="94"/>
        <source>将移到保留客户名下</source>
        <translation>Moves to the customer kept</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="131"/>
        <source>这个客户已不存在（可能已被他人删除或合并）。</source>
        <translation>This customer no longer exists (someone may have deleted or merged it).</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="160"/>
        <source>{merge_code} {merge_name} 的合同 {contracts} 份、回款 {payments} 笔及其他全部记录将移到 {keep_code} {keep_name} 名下，然后删除 {merge_code}。</source>
        <translation>{merge_code} {merge_name}&apos;s {contracts} contracts, {payments} payments and everything else will move to {keep_code} {keep_name}, and {merge_code} will be deleted.</translation>
    </message>
    <message>
        <location filename="../ui/merge_customers_dialog.py" line="165"/>
        <source>确定把 {merge_code} 合并到 {keep_code} 吗？合并不能撤销。</source>
        <translation>Merge {merge_code} into {keep_code}? A merge cannot be undone.</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <location filename="../ui/papers_dialog.py" line="35"/>
        <source>合同 {number} 的单据与签回件</source>
        <translation>Documents and signed copies of contract {number}</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="37"/>
        <source>单据号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="38"/>
        <location filename="../ui/papers_dialog.py" line="45"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="39"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="40"/>
        <source>生成时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="42"/>
        <location filename="../ui/papers_dialog.py" line="49"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="46"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="47"/>
        <source>添加时间</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="59"/>
        <source>已生成的单据</source>
        <translation>Documents made</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="60"/>
        <source>重新打印…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="61"/>
        <source>签回的扫描件/照片</source>
        <translation>Signed copies (scans or photos)</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="62"/>
        <source>添加文件…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="63"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="111"/>
        <source>选择签回件的扫描件或照片</source>
        <translation>Choose a scan or photo of the signed copy</translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="112"/>
        <source>扫描件或照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</source>
        <translation>Scans or photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PaymentColumns</name>
    <message>
        <location filename="../ui/payments_dialog.py" line="47"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="48"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="49"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="50"/>
        <source>已分配</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="51"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="52"/>
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="53"/>
        <source>冲销</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="54"/>
        <source>{day} 冲销：{reason}</source>
        <translation>Reversed {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="56"/>
        <source>—（已冲销）</source>
        <translation>— (reversed)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/payment_dialog.py" line="46"/>
        <source>记录回款</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="71"/>
        <source>客户 *</source>
        <translation>Customer *</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="72"/>
        <source>回款日期 *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="73"/>
        <source>金额（元） *</source>
        <translation>Amount (CNY) *</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="74"/>
        <source>回款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="75"/>
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="76"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="82"/>
        <source>自动分配（最早到期优先）</source>
        <translation>Allocate automatically (oldest due first)</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="83"/>
        <source>手动分配</source>
        <translation>Allocate by hand</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="95"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="96"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="97"/>
        <source>尚欠</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="98"/>
        <source>本次分配</source>
        <translation>Allocated now</translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="149"/>
        <source>已分配 {allocated}，未分配（转为客户预收款）{left}</source>
        <translation>Allocated {allocated}; not allocated (kept as customer credit) {left}</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <location filename="../ui/payments_dialog.py" line="109"/>
        <source>回款记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="128"/>
        <source>按客户（编码、名称、拼音）或凭证号筛选</source>
        <translation>Filter by customer (code, name, pinyin) or reference</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="129"/>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="132"/>
        <source>只显示今天有逾期欠款的客户的回款（回款本身没有逾期之说）</source>
        <translation>Only payments from customers with overdue debts today (a payment itself is never overdue)</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="135"/>
        <source>客户的业务员</source>
        <translation>Customer&apos;s salesperson</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="136"/>
        <location filename="../ui/payments_dialog.py" line="178"/>
        <source>全部业务员</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="142"/>
        <source>冲销所选回款…</source>
        <translation>Reverse selected payment…</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="144"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="149"/>
        <source>合同号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="150"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="151"/>
        <source>核销金额</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="152"/>
        <source>核销日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="153"/>
        <source>撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="160"/>
        <source>撤销所选核销…</source>
        <translation>Undo selected application…</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="172"/>
        <source>全部回款</source>
        <translation>All payments</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="186"/>
        <source>所选回款核销到的分期：</source>
        <translation>Installments the selected payment is applied to:</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="214"/>
        <source>合计计算中…</source>
        <translation>Calculating totals…</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="224"/>
        <source>合计未能计算：{error}</source>
        <translation>Totals could not be calculated: {error}</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="227"/>
        <source>共 {count} 笔&#x3000;回款合计 {received}&#x3000;已冲销 {reversed}&#x3000;净回款 {net}</source>
        <translation>Payments: {count} · Received {received} · Reversed {reversed} · Net {net}</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="231"/>
        <source>&#x3000;另有退货/折让 {amount}（不是回款，未计入）</source>
        <translation> · plus returns/allowances {amount} (not money, not counted)</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="250"/>
        <source>包含“{text}”</source>
        <translation>Containing “{text}”</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="252"/>
        <source>只看逾期（今天有逾期欠款的客户）</source>
        <translation>Overdue only (customers with overdue debts today)</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="254"/>
        <source>业务员：{name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="256"/>
        <source>客户：{code} {name}</source>
        <translation>Customer: {code} {name}</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="256"/>
        <source>合同：{number}</source>
        <translation>Contract: {number}</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="264"/>
        <source>合计（{count} 笔）</source>
        <translation>Totals (payments: {count})</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="265"/>
        <source>其中已冲销 {reversed}，净回款 {net}；已冲销的回款不再分配任何分期。</source>
        <translation>Of which reversed {reversed}, net received {net}; a reversed payment no longer pays any installment.</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="266"/>
        <source>另有退货/折让 {amount}：列在表中，不是回款，未计入回款合计。</source>
        <translation>Also returns/allowances {amount}: listed in the table, not money, not counted in the total received.</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="309"/>
        <source>{day} 撤销：{reason}</source>
        <translation>Undone {day}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="312"/>
        <source>{day} 随回款冲销，不再计入</source>
        <translation>reversed with the payment on {day}, no longer counted</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="320"/>
        <location filename="../ui/payments_dialog.py" line="329"/>
        <source>撤销核销</source>
        <translation>Undo application</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="321"/>
        <source>撤销核销到 {number}（{day} 到期）的 {amount}，这笔钱回到客户的预收款。请填写原因：</source>
        <translation>Undo the {amount} applied to {number} (due {day}); the money goes back to the customer&apos;s credit. Reason:</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="340"/>
        <location filename="../ui/payments_dialog.py" line="348"/>
        <source>冲销回款</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="341"/>
        <source>冲销 {day} 的回款 {amount}。请填写原因：</source>
        <translation>Reverse the payment of {amount} received on {day}. Reason:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../ui/plan_model.py" line="80"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="80"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="80"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="80"/>
        <source>本月到期</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="81"/>
        <source>逾期转入</source>
        <translation>Overdue carried in</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="81"/>
        <source>本月已回款</source>
        <translation>Received this month</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="81"/>
        <source>承诺回款</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="82"/>
        <source>本月目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="82"/>
        <source>目标差距</source>
        <translation>Gap to target</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="82"/>
        <source>尚需回款</source>
        <translation>Still to collect</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="84"/>
        <source>客户承诺在本月付款的金额合计（被新承诺取代的不计）</source>
        <translation>What the customer promised to pay this month (promises replaced by newer ones left out)</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="85"/>
        <source>双击输入本月回款目标；清空即删除</source>
        <translation>Double-click to enter this month&apos;s collection target; clear it to remove it</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="86"/>
        <source>本月目标 − 承诺回款；大于零（红色）表示承诺还不够</source>
        <translation>Target − promised; above zero (red) means the promises are not enough yet</translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="87"/>
        <source>本月目标 − 本月已回款</source>
        <translation>Target − received this month</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../ui/plan_tab.py" line="105"/>
        <source>复制上月目标</source>
        <translation>Copy last month&apos;s targets</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="106"/>
        <source>本月还没有目标的客户，沿用上月的目标</source>
        <translation>Customers without a target this month get last month&apos;s target</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="107"/>
        <source>按本月应收设目标</source>
        <translation>Targets from amounts due</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="109"/>
        <source>本月还没有目标的客户，目标设为本月到期加逾期转入的金额（为零的不设）</source>
        <translation>Customers without a target this month get this month&apos;s amount due plus the overdue carried in (none where that is zero)</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="110"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="136"/>
        <source>本月到期、逾期转入：月初尚欠的金额（已发货合同及定金）；本月已回款：本月收到的钱（退货/折让不算回款）；查看当天之前已冲销的回款、已撤销的核销，两处都不计。目标差距 = 目标 − 已回款 − 待兑现承诺，尚需回款 = 目标 − 已回款，均不小于零；合计为各客户之和。</source>
        <translation>Due this month and overdue brought forward: what was owed at the start of the month (delivered contracts and deposits); received this month: money received this month (returns/allowances are not received money); payments reversed and applications undone before the day viewed count in neither. Gap = target − received − pending promises, still to collect = target − received, neither below zero; totals are the sums over customers.</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="148"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="150"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="98"/>
        <location filename="../ui/plan_tab.py" line="185"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="101"/>
        <source>编码、名称或拼音</source>
        <translation>Code, name or pinyin</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="103"/>
        <source>按客户编码、名称或拼音（如 bjjz）筛选（Ctrl+F）；回车或↓转到列表</source>
        <translation>Filter by customer code, name or pinyin (e.g. bjjz) (Ctrl+F); Enter or Down goes to the list</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="152"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="292"/>
        <source>合计（{count} 个客户）：本月到期 {due}&#x3000;逾期转入 {overdue}&#x3000;承诺回款 {promised}&#x3000;本月已回款 {received}&#x3000;本月目标 {target}&#x3000;目标差距 {gap}&#x3000;尚需回款 {still}</source>
        <translation>Totals (customers: {count}): due this month {due} · overdue carried in {overdue} · promised {promised} · received this month {received} · target {target} · gap to target {gap} · still to collect {still}</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="335"/>
        <source>已设置 {count} 个客户的目标</source>
        <translation>Targets set: {count}</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="337"/>
        <source>没有需要设置目标的客户（已有目标的不会改动）</source>
        <translation>No customer needed a target (existing targets are left as they are)</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="344"/>
        <source>回款计划-{month}</source>
        <translation>collection-plan-{month}</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="348"/>
        <location filename="../ui/plan_tab.py" line="383"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="349"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="355"/>
        <location filename="../ui/plan_tab.py" line="357"/>
        <source>回款计划 {month}</source>
        <translation>Collection plan {month}</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="356"/>
        <source>回款计划 {month}（业务员：{name}）</source>
        <translation>Collection plan {month} (salesperson: {name})</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="358"/>
        <source>合计（{count} 个客户）</source>
        <translation>Totals (customers: {count})</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="366"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="374"/>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="381"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="384"/>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="304"/>
        <source>回款目标</source>
        <translation>Collection target</translation>
    </message>
</context>
<context>
    <name>PriorityView</name>
    <message>
        <location filename="../ui/priority_view.py" line="33"/>
        <source>逾期 {amount}，最长 {days} 天</source>
        <translation>{amount} overdue, oldest {days} days</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="34"/>
        <source>今日承诺回款 {amount}</source>
        <translation>{amount} promised for today</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="35"/>
        <source>近 90 天失约 {count} 次</source>
        <translation>Broken promises in 90 days: {count}</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="36"/>
        <source>超出信用额度 {amount}</source>
        <translation>{amount} over the credit limit</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="37"/>
        <source>诉讼时效将于 {date} 届满</source>
        <translation>Limitation period ends on {date}</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="38"/>
        <source>评级 C</source>
        <translation>Rating C</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="39"/>
        <source>评级 D</source>
        <translation>Rating D</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="59"/>
        <location filename="../ui/priority_view.py" line="133"/>
        <source>今日优先</source>
        <translation>Today&apos;s priorities</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="65"/>
        <source>记录跟进…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="66"/>
        <source>记录承诺…</source>
        <translation>Record promise…</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="67"/>
        <source>打开回款记录</source>
        <translation>Open collection record</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="87"/>
        <source>双击一行：打开该客户的回款记录；右键：记录跟进或承诺</source>
        <translation>Double-click a row: open the customer&apos;s collection record; right-click: record a follow-up or a promise</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="101"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="104"/>
        <source>得分 = 评级系数 × (√(逾期金额 ÷ 100) × (1 + 最长逾期天数 ÷ {age}) + {broken} × 近 90 天失约次数 + {share} × √(超额度 ÷ 100) + 今日有承诺时 {today} + √(今日承诺 ÷ 100) + 诉讼时效将届满时 {limitation} + √(其欠款 ÷ 100))，取整；评级系数 {factors}。同分时逾期金额大的在前，再按编码。逾期：到期日在截至日之前、那天仍未付的金额（当天到期不算）；失约：承诺日在截至日前 90 天内、未足额兑现的承诺；超额度：与今日提醒的超额相同；今日承诺：承诺日为截至日、尚未收到的部分；诉讼时效将届满：有分期的诉讼时效在截至日起“回款规则”所设月数内届满（建议寄送催款函并保留凭证，或请客户确认对账单；仅为提醒，不构成法律意见）。没有以上任何一项的客户不列出。</source>
        <translation>Score = rating factor × (√(overdue ÷ 100) × (1 + max days overdue ÷ {age}) + {broken} × broken promises in 90 days + {share} × √(over limit ÷ 100) + {today} if a promise falls due today + √(promised today ÷ 100) + {limitation} if a limitation period is ending + √(the debt concerned ÷ 100)), rounded; rating factors {factors}. On equal scores the larger overdue amount comes first, then by code. Overdue: what fell due before the as-of date and was still unpaid that day (due on the day does not count); broken promises: promises dated in the 90 days before the as-of date and not kept in full; over limit: the same excess as in today&apos;s alerts; promised today: the part of promises dated on the as-of date not yet received; limitation ending: an installment&apos;s limitation period ends within the months set in “Collection rules” from the as-of date (send a dunning letter and keep proof, or have the customer confirm a statement; a reminder only, not legal advice). Customers with none of these are not listed.</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="125"/>
        <source>截至 {day}</source>
        <translation>As of {day}</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="126"/>
        <source>业务员：{name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="127"/>
        <source>业务员：全部</source>
        <translation>Salesperson: all</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="129"/>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="129"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="129"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="129"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="130"/>
        <source>评级</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="130"/>
        <source>逾期金额</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="130"/>
        <source>最长逾期天数</source>
        <translation>Max days overdue</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="131"/>
        <source>近90天失约</source>
        <translation>Broken (90 days)</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="131"/>
        <source>超额度</source>
        <translation>Over limit</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="131"/>
        <source>今日承诺</source>
        <translation>Promised today</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="132"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="132"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="132"/>
        <source>时效将届满</source>
        <translation>Limitation ending</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="134"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/priority_view.py" line="141"/>
        <source>客户 {count} 个</source>
        <translation>Customers: {count}</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../ui/promise_dialog.py" line="21"/>
        <source>重新承诺</source>
        <translation>Re-promise</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="21"/>
        <source>记录承诺回款</source>
        <translation>Record promise to pay</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="28"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="31"/>
        <source>替代 {day} 承诺的 {amount}（{status}，尚差 {short}）。请客户给出新的确切日期和金额。</source>
        <translation>Replaces the promise of {amount} for {day} ({status}, {short} short). Ask the customer for a new exact date and amount.</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="39"/>
        <source>例如 {day}</source>
        <translation>e.g. {day}</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="44"/>
        <source>客户方谁作出的承诺</source>
        <translation>Who at the customer made the promise</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="52"/>
        <source>承诺日期 *</source>
        <translation>Promised date *</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="53"/>
        <source>金额（元） *</source>
        <translation>Amount (CNY) *</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="54"/>
        <source>承诺人</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="55"/>
        <source>作出承诺日期</source>
        <translation>Promise made on</translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="56"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RateRules</name>
    <message>
        <location filename="../services/reports/rate.py" line="64"/>
        <source>本月到期：月初仍欠、到期日在本月的分期；逾期转入：月初仍欠、到期日在本月之前的分期（与回款计划同一口径：已发货合同的分期及定金，月底前应收的都算）。</source>
        <translation>Due this month: installments still owed at the start of the month and falling due in it; overdue carried in: installments still owed at the start of the month that fell due before it (the same basis as the collection plan: installments of delivered contracts and deposits, everything owed by the end of the month).</translation>
    </message>
    <message>
        <location filename="../services/reports/rate.py" line="67"/>
        <source>本月已回款：本月收到的钱（含预收、多付），退货/折让不是钱，不算回款；在查看当天之前已冲销的回款、已撤销的核销，哪里都不计。</source>
        <translation>Received this month: money received in the month (advances and overpayments included); returns/allowances are not money and do not count as received; payments reversed and applications undone before the day viewed count nowhere.</translation>
    </message>
    <message>
        <location filename="../services/reports/rate.py" line="70"/>
        <source>回款率 = 本月已回款 ÷（本月到期 + 逾期转入），四舍五入到万分之一；分母为零时不计，可超过 100%（预收或提前付款）。</source>
        <translation>Collection rate = received this month ÷ (due this month + overdue carried in), rounded to 0.01%; none when the divisor is zero; it may exceed 100% (advances or early payments).</translation>
    </message>
    <message>
        <location filename="../services/reports/rate.py" line="73"/>
        <source>月末逾期：月末最后一天仍欠、到期日早于该日的金额（当月未结束时按查看当天）；逾期客户数：月末有逾期的客户数。按客户的业务员归属，合计为各业务员之和。</source>
        <translation>Overdue at month end: what is still owed on the month&apos;s last day and fell due before it (the day viewed while the month is not over); customers overdue: customers with an overdue amount at month end. Counted under the customer&apos;s salesperson; totals are the sums over salespeople.</translation>
    </message>
</context>
<context>
    <name>RateView</name>
    <message>
        <location filename="../ui/rate_view.py" line="22"/>
        <location filename="../ui/rate_view.py" line="35"/>
        <location filename="../ui/rate_view.py" line="111"/>
        <source>回款率</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="23"/>
        <location filename="../ui/rate_view.py" line="111"/>
        <source>本月已回款</source>
        <translation>Received this month</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="24"/>
        <location filename="../ui/rate_view.py" line="111"/>
        <source>应收合计</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="25"/>
        <location filename="../ui/rate_view.py" line="112"/>
        <source>月末逾期</source>
        <translation>Overdue at month end</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="47"/>
        <source>近 12 个月</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="49"/>
        <source>按业务员列出截至所选月份的 12 个月，每月一列</source>
        <translation>By salesperson, the 12 months up to the chosen month, one column a month</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="55"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="99"/>
        <source>业务员：{name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="100"/>
        <source>业务员：全部</source>
        <translation>Salesperson: all</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="109"/>
        <source>回款率 {month}</source>
        <translation>Collection rate {month}</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="110"/>
        <location filename="../ui/rate_view.py" line="125"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="110"/>
        <source>本月到期</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="110"/>
        <source>逾期转入</source>
        <translation>Overdue carried in</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="112"/>
        <source>逾期客户数</source>
        <translation>Customers overdue</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="113"/>
        <source>月份：{month}</source>
        <translation>Month: {month}</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="115"/>
        <source>月末逾期计至 {day}</source>
        <translation>Overdue at month end as of {day}</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="116"/>
        <location filename="../ui/rate_view.py" line="128"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="116"/>
        <location filename="../ui/rate_view.py" line="128"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="120"/>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="123"/>
        <source>{figure}（近 {count} 个月）</source>
        <translation>{figure} (last {count} months)</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="126"/>
        <source>月份：{span}</source>
        <translation>Months: {span}</translation>
    </message>
    <message>
        <location filename="../ui/rate_view.py" line="127"/>
        <source>数字：{figure}</source>
        <translation>Figure: {figure}</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../ui/statement_dialog.py" line="182"/>
        <source>记录回函 {number}</source>
        <translation>Record reply - {number}</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="183"/>
        <source>以上数据相符（期末余额 {amount}）</source>
        <translation>The figures match (closing balance {amount})</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="185"/>
        <source>数据不符</source>
        <translation>The figures are disputed</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="200"/>
        <source>回函日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="201"/>
        <source>客户记录的余额</source>
        <translation>Customer&apos;s balance</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="202"/>
        <source>不符事项</source>
        <translation>What differs</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../ui/report_view.py" line="337"/>
        <source>无法计算：{reason}</source>
        <translation>Cannot calculate: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../ui/reports_tab.py" line="63"/>
        <source>报表截至这一天：只计那天之前发生的发货、回款、核销和退货</source>
        <translation>Reports as of this day: only deliveries, payments, applications and returns up to that day count</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="64"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="68"/>
        <location filename="../ui/reports_tab.py" line="140"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="69"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="70"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="71"/>
        <source>打印 PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="72"/>
        <source>写成 A4 横向的 PDF（页眉、页脚和页码），可打开后打印</source>
        <translation>Writes a landscape A4 PDF (header, footer and page numbers) to open and print</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="84"/>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="87"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="198"/>
        <source>报表还没有算好，请稍候再试</source>
        <translation>The report is not ready yet; try again in a moment</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="207"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="208"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="211"/>
        <source>打印 PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="212"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="221"/>
        <source>第 {page} 页 / 共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="222"/>
        <source>打印时间：{time}</source>
        <translation>Printed: {time}</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="231"/>
        <source>正在写入…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="245"/>
        <source>已写入 {path}</source>
        <translation>Written to {path}</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="257"/>
        <source>写入失败</source>
        <translation>Writing failed</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="258"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../ui/reports_tab.py" line="258"/>
        <source>写入失败：{error}</source>
        <translation>Writing failed: {error}</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="101"/>
        <source>记录送达 - {number}</source>
        <translation>Record sending - {number}</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="111"/>
        <source>送达日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="112"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="113"/>
        <source>快递/挂号单号</source>
        <translation>Courier/registered post no.</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="114"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="118"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/dunning_letters_page.py" line="119"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="29"/>
        <source>本机设置</source>
        <translation>This PC&apos;s settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <source>记入审计日志的姓名</source>
        <translation>The name recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="43"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="51"/>
        <source>启动时显示今日提醒</source>
        <translation>Show today&apos;s alerts at start</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="53"/>
        <source>操作员姓名 *</source>
        <translation>Operator name *</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="54"/>
        <location filename="../ui/settings_dialog.py" line="84"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <location filename="../ui/settings_dialog.py" line="64"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56"/>
        <source>保留备份份数</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="85"/>
        <source>界面语言将在重新启动回款通后切换。</source>
        <translation>The new language takes effect when Receivables Desk is restarted.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="87"/>
        <source>现在重新启动吗？正在编辑的其他窗口会关闭。</source>
        <translation>Restart now? Other windows being edited will close.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="88"/>
        <source>现在重新启动</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="89"/>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>StatementBatchDialog</name>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="25"/>
        <source>为所有有余额的客户生成对账单</source>
        <translation>Statements for every customer with a balance</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="27"/>
        <source>空：接上次对账</source>
        <translation>Empty: from the last statement</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="30"/>
        <source>合并为一个 PDF 文件（每份对账单单独编页）</source>
        <translation>One PDF file for all (each statement paged on its own)</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="31"/>
        <source>每个客户一个 PDF 文件（客户编号 客户名称.pdf）</source>
        <translation>One PDF file per customer (customer code customer name.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="50"/>
        <source>保存到…</source>
        <translation>Save to…</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="50"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="33"/>
        <source>对账期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="35"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="49"/>
        <source>开始生成</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="49"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="50"/>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="51"/>
        <source>对账单 {day}.pdf</source>
        <translation>Statements {day}.pdf</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="50"/>
        <source>保存到文件夹</source>
        <translation>Save into folder</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="51"/>
        <source>请先选择保存位置。</source>
        <translation>Choose where to save first.</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="49"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="81"/>
        <source>已完成 {done} / {total} 个客户</source>
        <translation>Customers done: {done} / {total}</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="86"/>
        <source>已取消：没有记录任何对账单，也没有写入文件，编号未被占用。</source>
        <translation>Cancelled: no statement was recorded and no file written; no numbers were used.</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="88"/>
        <source>已取消：已写入并记录 {count} 份，其余未处理。</source>
        <translation>Cancelled: {count} written and recorded; the rest were not processed.</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="91"/>
        <source>已生成 {count} 份对账单，保存到 {path}</source>
        <translation>{count} statements made, saved to {path}</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="52"/>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="52"/>
        <source>生成失败：{error}</source>
        <translation>Could not make the statements: {error}</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="49"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="94"/>
        <source>；跳过 {count} 个客户：{codes}</source>
        <translation>; skipped {count} customer(s): {codes}</translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="96"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/statement_batch_dialog.py" line="104"/>
        <source>正在查找有余额的客户…</source>
        <translation>Finding customers with a balance…</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/statement_dialog.py" line="49"/>
        <location filename="../ui/statement_dialog.py" line="153"/>
        <source>对账单</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="52"/>
        <source>预览并出具…</source>
        <translation>Preview and issue…</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="55"/>
        <location filename="../ui/statement_dialog.py" line="62"/>
        <source>对账期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="55"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="60"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="61"/>
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="62"/>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="64"/>
        <source>期初余额</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="65"/>
        <source>期末余额</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="66"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="67"/>
        <source>回函日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="68"/>
        <source>客户记录的余额</source>
        <translation>Customer&apos;s balance</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="70"/>
        <source>不符事项</source>
        <translation>What differs</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="78"/>
        <source>查看/重印…</source>
        <translation>View/reprint…</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="79"/>
        <source>记录回函…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="84"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/statement_dialog.py" line="164"/>
        <source>对账单 {number}</source>
        <translation>Statement {number}</translation>
    </message>
</context>
<context>
    <name>TrendRules</name>
    <message>
        <location filename="../services/reports/trend.py" line="51"/>
        <source>本月到期、逾期转入、本月已回款、月末逾期：与回款率同一口径（见回款率下方说明）；当月未结束时月末逾期按查看当天。</source>
        <translation>Due this month, overdue carried in, received this month, overdue at month end: the same basis as the collection rate (see the notes under it); while the month is not over, overdue at month end is as of the day viewed.</translation>
    </message>
    <message>
        <location filename="../services/reports/trend.py" line="54"/>
        <source>平均晚付天数：本月收到、已核销到分期的钱，按核销金额加权；天数 = 收款日 − 分期到期日，按时或提前付款计 0 天；预收后来才核销的，按收款日计；未核销的钱和退货/折让不计。</source>
        <translation>Average days late: money received in the month and applied to installments, weighted by the amount applied; days = date received − installment due date, paid on time or early counting as 0 days; an advance applied later counts from the date it was received; unapplied money and returns/allowances do not count.</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <location filename="../ui/trend_view.py" line="30"/>
        <source>趋势</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="61"/>
        <source>{first} 至 {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="63"/>
        <source>业务员：{name}</source>
        <translation>Salesperson: {name}</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="64"/>
        <source>业务员：全部</source>
        <translation>Salesperson: all</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="66"/>
        <source>回款趋势（近 {count} 个月）</source>
        <translation>Collection trend (last {count} months)</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="67"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="67"/>
        <location filename="../ui/trend_view.py" line="79"/>
        <source>本月到期</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="67"/>
        <source>逾期转入</source>
        <translation>Overdue carried in</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="68"/>
        <location filename="../ui/trend_view.py" line="80"/>
        <source>本月已回款</source>
        <translation>Received this month</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="68"/>
        <location filename="../ui/trend_view.py" line="81"/>
        <source>月末逾期</source>
        <translation>Overdue at month end</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="68"/>
        <source>平均晚付天数</source>
        <translation>Avg. days late</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="69"/>
        <source>月份：{span}</source>
        <translation>Months: {span}</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="70"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/trend_view.py" line="82"/>
        <source>到期与回款</source>
        <translation>Due and received</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/list_export.py" line="78"/>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../ui/list_export.py" line="79"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
</TS>
