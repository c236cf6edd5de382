<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../ui/contract_dialog.py" line="121"/>
        <source>产品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="121"/>
        <source>规格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="122"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="122"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="123"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="124"/>
        <location filename="../ui/payments_dialog.py" line="28"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="126"/>
        <source>产品明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="19"/>
        <source>合同号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="20"/>
        <location filename="../ui/payments_dialog.py" line="27"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="21"/>
        <location filename="../ui/customers_tab.py" line="21"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="22"/>
        <source>签订日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="23"/>
        <source>合同金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="24"/>
        <source>已回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="25"/>
        <source>未回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="26"/>
        <source>下次到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="28"/>
        <location filename="../ui/customers_tab.py" line="29"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="29"/>
        <source>价格确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="30"/>
        <source>欠款确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="19"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="20"/>
        <source>客户名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="22"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="23"/>
        <source>信用等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="24"/>
        <source>信用额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="25"/>
        <source>账期（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="26"/>
        <source>应收余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="27"/>
        <source>逾期金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="26"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="29"/>
        <source>已分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="30"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="31"/>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="32"/>
        <source>冲销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="33"/>
        <source>{day} 冲销：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="40"/>
        <source>冲销所选回款…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="67"/>
        <source>无法打开数据库 {path}：
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../ui/contract_dialog.py" line="41"/>
        <source>新建合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="41"/>
        <source>编辑合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="54"/>
        <source>编辑合同 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="84"/>
        <source>客户 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="85"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="86"/>
        <source>签订日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="87"/>
        <source>发货日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="88"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="89"/>
        <source>价格确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="90"/>
        <source>欠款确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="91"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="102"/>
        <source>添加行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="102"/>
        <source>删除行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="129"/>
        <source>按账期生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="130"/>
        <source>一期：发货日期（未填则签订日期）+ 客户账期，金额为合同总额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="133"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="134"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="136"/>
        <source>回款计划（分期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="151"/>
        <source>合同总额 {total}&#x3000;已排期 {scheduled}&#x3000;差额 {gap}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../ui/contracts_tab.py" line="43"/>
        <source>按合同号、客户、业务员筛选（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="44"/>
        <source>新建合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="45"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="46"/>
        <source>记录回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="47"/>
        <source>回款记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../ui/customer_dialog.py" line="19"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="19"/>
        <source>编辑客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="24"/>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="25"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="26"/>
        <source>信用与开户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="27"/>
        <source>付款习惯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="28"/>
        <source>状态与备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="55"/>
        <source>客户编码 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="56"/>
        <source>客户全称 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="57"/>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="58"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="59"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="60"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="66"/>
        <source>采购联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="67"/>
        <source>采购电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="68"/>
        <source>财务联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="69"/>
        <source>财务电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="70"/>
        <source>出纳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="71"/>
        <source>出纳电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="78"/>
        <source>信用等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="79"/>
        <source>信用额度（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="80"/>
        <source>账期（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="81"/>
        <source>已收到开户申请书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="83"/>
        <source>审批人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="84"/>
        <source>审批日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="90"/>
        <source>付款审批人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="91"/>
        <source>每月付款日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="93"/>
        <source>发票要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="94"/>
        <source>需要送货凭证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="95"/>
        <source>可收现金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="104"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="105"/>
        <source>状态原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customer_dialog.py" line="108"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <location filename="../ui/customers_tab.py" line="42"/>
        <source>按编码、名称、电话、业务员筛选（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="43"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="44"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="45"/>
        <source>记录回款</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/error_text.py" line="11"/>
        <source>客户编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="12"/>
        <source>客户全称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="13"/>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="14"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="15"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="16"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="17"/>
        <source>信用等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="18"/>
        <source>信用额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="19"/>
        <source>账期（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="20"/>
        <source>开户申请审批人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="21"/>
        <source>开户申请审批日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="22"/>
        <source>每月付款日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="23"/>
        <source>状态原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="24"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="25"/>
        <location filename="../ui/error_text.py" line="37"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="26"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="27"/>
        <source>签订日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="28"/>
        <source>发货日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="29"/>
        <source>产品明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="30"/>
        <source>回款计划分期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="31"/>
        <source>价格确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="32"/>
        <source>欠款确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="33"/>
        <source>回款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="34"/>
        <location filename="../ui/error_text.py" line="52"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="35"/>
        <source>回款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="36"/>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="38"/>
        <source>分配金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="39"/>
        <source>冲销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="40"/>
        <source>回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="41"/>
        <source>回款目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="42"/>
        <source>合同总额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="46"/>
        <source>产品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="47"/>
        <source>规格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="48"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="49"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="50"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="51"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="53"/>
        <source>分期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="56"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="57"/>
        <source>不是有效的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="58"/>
        <source>必须是整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="59"/>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="60"/>
        <source>必须大于零</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="61"/>
        <source>小数位数不能超过 {places} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="62"/>
        <source>数值过大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="63"/>
        <source>不是有效的日期（格式：2026-01-31）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="64"/>
        <source>不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="65"/>
        <source>已被其他记录使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="66"/>
        <source>取值不允许</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="67"/>
        <source>必须在 {low} 到 {high} 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="68"/>
        <source>合计 {scheduled}，与合同总额 {total} 不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="70"/>
        <source>至少需要一行产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="71"/>
        <source>至少需要一期回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="72"/>
        <source>{amount} 超过该期尚欠的 {owed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="73"/>
        <source>合计 {allocated}，超过回款金额 {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="74"/>
        <source>不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="75"/>
        <source>属于其他客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="76"/>
        <source>所属合同未确认或已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="77"/>
        <source>已经冲销过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="78"/>
        <source>已有回款 {paid}，不能删除或改得比它少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="79"/>
        <source>不能从“{current}”改为“{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="80"/>
        <source>已有回款，请先冲销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="81"/>
        <source>早于合同签订日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="82"/>
        <source>不能超过 {limit} 个字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../ui/form_dialog.py" line="30"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/form_dialog.py" line="31"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/form_dialog.py" line="54"/>
        <source>这条记录已不存在（可能已被他人删除）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/labels.py" line="9"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="10"/>
        <source>暂停供货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="11"/>
        <source>黑名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="14"/>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="15"/>
        <source>已确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="16"/>
        <source>已发货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="17"/>
        <source>已结清</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="18"/>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="21"/>
        <source>银行转账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="22"/>
        <source>现金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="23"/>
        <source>支付宝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="24"/>
        <source>微信支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="25"/>
        <source>银行承兑汇票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="26"/>
        <source>以物抵债</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="27"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="30"/>
        <source>原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="31"/>
        <source>复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="32"/>
        <source>传真件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../ui/list_tab.py" line="19"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="85"/>
        <source>共 {count} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="22"/>
        <source>回款通 {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="27"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="28"/>
        <source>合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="29"/>
        <source>回款计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="32"/>
        <source>数据库：{path}&#x3000;操作员：{operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="37"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="38"/>
        <source>记录回款…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="47"/>
        <source>筛选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/payment_dialog.py" line="33"/>
        <source>记录回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="59"/>
        <source>客户 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="60"/>
        <source>回款日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="61"/>
        <source>金额（元） *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="62"/>
        <source>回款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="63"/>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="64"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="70"/>
        <source>自动分配（最早到期优先）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="71"/>
        <source>手动分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="83"/>
        <source>合同号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="84"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="85"/>
        <source>尚欠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="86"/>
        <source>本次分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payment_dialog.py" line="129"/>
        <source>已分配 {allocated}，未分配（转为客户预收款）{left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <location filename="../ui/payments_dialog.py" line="21"/>
        <source>回款记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="62"/>
        <location filename="../ui/payments_dialog.py" line="70"/>
        <source>冲销回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="63"/>
        <source>冲销 {day} 的回款 {amount}。请填写原因：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../ui/plan_model.py" line="28"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="28"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="28"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="28"/>
        <source>本月到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="29"/>
        <source>逾期转入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="29"/>
        <source>本月已回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="29"/>
        <source>本月目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="69"/>
        <source>双击输入本月回款目标；清空即删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../ui/plan_tab.py" line="44"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="46"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="63"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="76"/>
        <source>合计（{count} 个客户）：本月到期 {due}&#x3000;逾期转入 {overdue}&#x3000;本月已回款 {received}&#x3000;本月目标 {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="86"/>
        <source>回款目标</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
