<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../ui/contract_dialog.py" line="140"/>
        <source>产品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="140"/>
        <source>规格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="141"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="141"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="142"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="133"/>
        <location filename="../ui/collection_record_dialog.py" line="152"/>
        <location filename="../ui/contract_dialog.py" line="143"/>
        <location filename="../ui/papers_dialog.py" line="29"/>
        <location filename="../ui/payments_dialog.py" line="28"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="145"/>
        <source>产品明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="116"/>
        <location filename="../ui/contracts_tab.py" line="23"/>
        <source>合同号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="24"/>
        <location filename="../ui/payments_dialog.py" line="27"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="25"/>
        <location filename="../ui/customers_tab.py" line="25"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="26"/>
        <source>签订日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="27"/>
        <source>合同金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="28"/>
        <source>已回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="29"/>
        <source>未回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="30"/>
        <source>下次到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="154"/>
        <location filename="../ui/contracts_tab.py" line="32"/>
        <location filename="../ui/customers_tab.py" line="33"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="33"/>
        <source>价格确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="34"/>
        <source>欠款确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="23"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="24"/>
        <source>客户名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="26"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="27"/>
        <source>信用等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="28"/>
        <source>信用额度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="29"/>
        <source>账期（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="30"/>
        <source>应收余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="31"/>
        <source>逾期金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="117"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="118"/>
        <source>分期金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="119"/>
        <source>尚欠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="121"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="121"/>
        <source>{days} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="127"/>
        <location filename="../ui/collection_record_dialog.py" line="235"/>
        <source>未结分期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="132"/>
        <location filename="../ui/collection_record_dialog.py" line="185"/>
        <location filename="../ui/payments_dialog.py" line="26"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="134"/>
        <location filename="../ui/payments_dialog.py" line="29"/>
        <source>已分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="135"/>
        <location filename="../ui/collection_record_dialog.py" line="186"/>
        <location filename="../ui/payments_dialog.py" line="30"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="136"/>
        <location filename="../ui/payments_dialog.py" line="31"/>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="137"/>
        <location filename="../ui/payments_dialog.py" line="32"/>
        <source>冲销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="138"/>
        <location filename="../ui/payments_dialog.py" line="33"/>
        <source>{day} 冲销：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="143"/>
        <source>记录回款…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="145"/>
        <location filename="../ui/collection_record_dialog.py" line="235"/>
        <source>回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="151"/>
        <source>承诺日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="153"/>
        <source>已兑现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="156"/>
        <source>承诺人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="157"/>
        <source>作出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="158"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="161"/>
        <source>记录承诺…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="163"/>
        <source>重新承诺…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="164"/>
        <source>客户失约或只付了一部分时：请他给出新的确切日期和金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="170"/>
        <location filename="../ui/collection_record_dialog.py" line="236"/>
        <source>承诺回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="187"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="188"/>
        <source>客户说法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="189"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="190"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="191"/>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="192"/>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="195"/>
        <source>记录跟进…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="198"/>
        <location filename="../ui/collection_record_dialog.py" line="236"/>
        <source>跟进记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="209"/>
        <source>回款档案 - {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="219"/>
        <source>近12个月承诺 {made} 次：守约 {kept}，部分 {partly}，失约 {broken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="222"/>
        <source>，待兑现 {pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="243"/>
        <source>无需跟进（没有欠款）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="245"/>
        <source>{day}（已晚 {days} 天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="248"/>
        <source>{day}（今天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="257"/>
        <source>财务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="258"/>
        <source>出纳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="262"/>
        <source>付款审批 {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="264"/>
        <source>每月 {day} 日付款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/payments_dialog.py" line="40"/>
        <source>冲销所选回款…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="27"/>
        <source>单据号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="28"/>
        <location filename="../ui/papers_dialog.py" line="34"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="30"/>
        <source>生成时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="31"/>
        <location filename="../ui/papers_dialog.py" line="37"/>
        <source>操作员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="35"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="36"/>
        <source>添加时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="47"/>
        <source>已生成的单据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="48"/>
        <source>重新打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="49"/>
        <source>签回的扫描件/照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="50"/>
        <source>添加文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="50"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../ui/alerts_dialog.py" line="15"/>
        <source>{days} 天内到期（事前催收）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="16"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="17"/>
        <source>今天到期的承诺回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="18"/>
        <source>上次启动以来失约的承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="19"/>
        <source>到期应跟进的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="20"/>
        <source>超出信用额度的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="23"/>
        <source>还有 {days} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="24"/>
        <source>逾期 {days} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="25"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="26"/>
        <source>已过 {days} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="27"/>
        <source>晚了 {days} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="28"/>
        <source>超额</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../ui/alerts_dialog.py" line="42"/>
        <source>今日提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="49"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="49"/>
        <source>合同号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="49"/>
        <source>到期/承诺日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="49"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="50"/>
        <source>天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="62"/>
        <source>共 {count} 条提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="63"/>
        <source>今天没有需要处理的提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="64"/>
        <source>明天再提醒所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="66"/>
        <source>启动时显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts_dialog.py" line="82"/>
        <source>{title}（{count}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="69"/>
        <source>无法打开数据库 {path}：
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionRecordDialog</name>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="30"/>
        <source>回款档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="40"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="73"/>
        <source>信用等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="73"/>
        <source>应收余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="74"/>
        <source>逾期金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="74"/>
        <source>预收款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="75"/>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="76"/>
        <source>承诺记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="79"/>
        <source>：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="177"/>
        <source>替代 {day} 的承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/collection_record_dialog.py" line="179"/>
        <source>已有新承诺</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../ui/company_dialog.py" line="14"/>
        <source>公司信息与回款规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="19"/>
        <source>公司名称 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="20"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="21"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="22"/>
        <source>纳税人识别号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="23"/>
        <source>开户行及账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="28"/>
        <source>价格确认书签回后才能标记为已发货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="36"/>
        <source>回款规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="40"/>
        <source>提前提醒天数（到期前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="41"/>
        <source>信用控制逾期宽限天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/company_dialog.py" line="47"/>
        <source>{rating} 级客户跟进间隔（天）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../ui/contract_dialog.py" line="44"/>
        <source>新建合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="44"/>
        <source>编辑合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="63"/>
        <source>信用控制经理放行：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="68"/>
        <source>编辑合同 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="97"/>
        <source>例如 0.05 即每日万分之五；空为不收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="101"/>
        <source>客户 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="102"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="103"/>
        <source>签订日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="104"/>
        <source>发货日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="105"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="106"/>
        <source>价格确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="107"/>
        <source>欠款确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="108"/>
        <source>送货单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="109"/>
        <source>滞纳金（每日 %）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="110"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="121"/>
        <source>添加行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="121"/>
        <source>删除行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="148"/>
        <source>按账期生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="149"/>
        <source>一期：发货日期（未填则签订日期）+ 客户账期，金额为合同总额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="152"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="153"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="155"/>
        <source>回款计划（分期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="170"/>
        <source>合同总额 {total}&#x3000;已排期 {scheduled}&#x3000;差额 {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="173"/>
        <source>&#x3000;已回款 {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contract_dialog.py" line="243"/>
        <source>因信用控制未保存：{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../ui/contracts_tab.py" line="48"/>
        <source>按合同号、客户、业务员筛选（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="49"/>
        <source>新建合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="50"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="51"/>
        <source>记录回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="52"/>
        <source>回款记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="53"/>
        <source>价格确认书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="54"/>
        <source>欠款确认书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="55"/>
        <source>单据与签回件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="78"/>
        <source>已发货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contracts_tab.py" line="79"/>
        <source>合同 {number} 已标记为已发货。现在打印欠款确认书请客户签字盖章吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../ui/crash.py" line="22"/>
        <source>程序出错了，已记录到日志：
{path}

{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditHold</name>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="12"/>
        <source>开户申请尚未审批通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="13"/>
        <source>客户处于暂停供货状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="14"/>
        <source>客户在黑名单中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="15"/>
        <source>有逾期未付款（超过宽限 {grace} 天）：{overdue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="16"/>
        <source>合计占用 {exposure} 超过信用额度 {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditHoldDialog</name>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="29"/>
        <source>信用控制：前帐未清，不谈下回交易</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="30"/>
        <source>客户 {code} {name} 不能确认新合同或发货，原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="36"/>
        <source>应收余额（已发货）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="37"/>
        <source>其中逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="38"/>
        <source>已确认未发货合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="39"/>
        <source>本合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="40"/>
        <source>信用额度（0 为不限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="44"/>
        <source>经理放行须填写原因，将记入审计日志并显示在合同上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credit_hold_dialog.py" line="47"/>
        <source>经理放行</source>
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
        <location filename="../ui/customers_tab.py" line="47"/>
        <source>按编码、名称、电话、业务员筛选（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="48"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="49"/>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="50"/>
        <source>记录回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="51"/>
        <source>回款记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="52"/>
        <source>欠款确认书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/customers_tab.py" line="53"/>
        <source>回款档案…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../ui/document_dialog.py" line="29"/>
        <source>供货价格确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="29"/>
        <source>欠款确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="34"/>
        <source>正在生成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="42"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="43"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="44"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="77"/>
        <source>单据号 {number}，共 {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="79"/>
        <source>共 {pages} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="88"/>
        <source>生成失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="112"/>
        <source>无法开始打印，请检查打印机。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/document_dialog.py" line="128"/>
        <source>另存为 PDF</source>
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
        <location filename="../ui/error_text.py" line="38"/>
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
        <source>合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="28"/>
        <source>签订日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="29"/>
        <source>发货日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="30"/>
        <source>产品明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="31"/>
        <source>回款计划分期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="32"/>
        <source>价格确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="33"/>
        <source>欠款确认书签回日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="34"/>
        <source>回款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="35"/>
        <location filename="../ui/error_text.py" line="81"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="36"/>
        <source>回款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="37"/>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="39"/>
        <source>分配金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="40"/>
        <source>冲销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="41"/>
        <source>回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="42"/>
        <source>回款目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="43"/>
        <source>合同总额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="44"/>
        <source>送货单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="45"/>
        <source>滞纳金（每日 %）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="46"/>
        <source>公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="47"/>
        <source>提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="48"/>
        <source>信用控制逾期宽限天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="49"/>
        <source>放行原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="50"/>
        <source>公司地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="51"/>
        <source>公司电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="52"/>
        <source>纳税人识别号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="53"/>
        <source>开户行及账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="54"/>
        <source>欠款确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="55"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="56"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="57"/>
        <source>承诺日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="58"/>
        <source>承诺作出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="59"/>
        <source>承诺人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="60"/>
        <source>被替代的承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="61"/>
        <source>跟进日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="62"/>
        <source>跟进方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="63"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="64"/>
        <source>客户说法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="65"/>
        <source>跟进结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="66"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="67"/>
        <source>下次跟进日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="68"/>
        <source>A 级客户跟进间隔（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="69"/>
        <source>B 级客户跟进间隔（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="70"/>
        <source>C 级客户跟进间隔（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="71"/>
        <source>D 级客户跟进间隔（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="75"/>
        <source>产品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="76"/>
        <source>规格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="77"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="78"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="79"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="80"/>
        <source>到期日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="82"/>
        <source>分期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="85"/>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="86"/>
        <source>不是有效的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="87"/>
        <source>必须是整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="88"/>
        <source>不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="89"/>
        <source>必须大于零</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="90"/>
        <source>小数位数不能超过 {places} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="91"/>
        <source>数值过大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="92"/>
        <source>不是有效的日期（格式：2026-01-31）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="93"/>
        <source>不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="94"/>
        <source>已被其他记录使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="95"/>
        <source>取值不允许</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="96"/>
        <source>必须在 {low} 到 {high} 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="97"/>
        <source>合计 {scheduled}，与合同总额 {total} 不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="99"/>
        <source>至少需要一行产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="100"/>
        <source>至少需要一期回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="101"/>
        <source>{amount} 超过该期尚欠的 {owed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="102"/>
        <source>合计 {allocated}，超过回款金额 {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="103"/>
        <source>不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="104"/>
        <source>属于其他客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="105"/>
        <source>所属合同未确认或已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="106"/>
        <source>已经冲销过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="107"/>
        <source>已有回款 {paid}，不能删除或改得比它少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="108"/>
        <source>不能从“{current}”改为“{target}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="109"/>
        <source>已有回款，请先冲销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="110"/>
        <source>早于合同签订日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="111"/>
        <source>不能超过 {limit} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="112"/>
        <source>必须先填写（客户签字盖章的价格确认书收回后），才能标记为已发货</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="114"/>
        <source>无可确认的欠款：该合同或客户没有未付金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="115"/>
        <source>未填写：请先在“设置 &gt; 公司信息”中填写本公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="117"/>
        <source>不能早于作出承诺的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="118"/>
        <source>不能早于本次跟进日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/error_text.py" line="119"/>
        <source>已有新的承诺替代它</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="19"/>
        <source>记录跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="25"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="31"/>
        <source>客户方联系人（采购、财务、出纳）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="33"/>
        <source>客户怎么说（原话更好）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="38"/>
        <source>空着：按信用等级的间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="40"/>
        <source>跟进日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="41"/>
        <source>方式 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="42"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="43"/>
        <source>客户说法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="44"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="45"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/follow_up_dialog.py" line="46"/>
        <source>下次跟进日期</source>
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
        <location filename="../ui/labels.py" line="38"/>
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
    <message>
        <location filename="../ui/labels.py" line="36"/>
        <source>供货价格确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="37"/>
        <source>欠款确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="41"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="42"/>
        <source>拜访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>短信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="45"/>
        <source>信函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="48"/>
        <source>待兑现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="49"/>
        <source>已兑现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="50"/>
        <source>部分兑现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="51"/>
        <source>已失约</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../ui/list_tab.py" line="22"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="75"/>
        <source>更多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/list_tab.py" line="118"/>
        <source>共 {count} 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="24"/>
        <source>回款通 {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="30"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="31"/>
        <source>合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="32"/>
        <source>回款计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="35"/>
        <source>数据库：{path}&#x3000;操作员：{operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="40"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="41"/>
        <source>记录回款…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="46"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="50"/>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="51"/>
        <source>今日提醒…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="55"/>
        <source>设置(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="56"/>
        <source>公司信息与回款规则…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <source>筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>提醒计算失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <location filename="../ui/papers_dialog.py" line="23"/>
        <source>合同 {number} 的单据与签回件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="94"/>
        <source>选择签回件的扫描件或照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/papers_dialog.py" line="95"/>
        <source>扫描件或照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</source>
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
        <location filename="../ui/plan_model.py" line="36"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="36"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="36"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="36"/>
        <source>本月到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="37"/>
        <source>逾期转入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="37"/>
        <source>本月已回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="37"/>
        <source>承诺回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="38"/>
        <source>本月目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="38"/>
        <source>目标差距</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="38"/>
        <source>尚需回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="40"/>
        <source>客户承诺在本月付款的金额合计（被新承诺取代的不计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="41"/>
        <source>双击输入本月回款目标；清空即删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="42"/>
        <source>本月目标 − 承诺回款；大于零（红色）表示承诺还不够</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_model.py" line="43"/>
        <source>本月目标 − 本月已回款</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../ui/plan_tab.py" line="41"/>
        <source>复制上月目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="42"/>
        <source>本月还没有目标的客户，沿用上月的目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="43"/>
        <source>按本月应收设目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="45"/>
        <source>本月还没有目标的客户，目标设为本月到期加逾期转入的金额（为零的不设）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="46"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="74"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="76"/>
        <source>业务员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="107"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="150"/>
        <source>合计（{count} 个客户）：本月到期 {due}&#x3000;逾期转入 {overdue}&#x3000;承诺回款 {promised}&#x3000;本月已回款 {received}&#x3000;本月目标 {target}&#x3000;目标差距 {gap}&#x3000;尚需回款 {still}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="190"/>
        <source>已设置 {count} 个客户的目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="192"/>
        <source>没有需要设置目标的客户（已有目标的不会改动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="199"/>
        <source>回款计划-{month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="203"/>
        <location filename="../ui/plan_tab.py" line="238"/>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="204"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="210"/>
        <source>回款计划 {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="212"/>
        <source>（业务员：{name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="213"/>
        <source>合计（{count} 个客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="221"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="229"/>
        <source>已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="236"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="239"/>
        <source>导出失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="249"/>
        <source>回款记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="249"/>
        <source>回款记录暂不可用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_tab.py" line="162"/>
        <source>回款目标</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../ui/promise_dialog.py" line="21"/>
        <source>重新承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="21"/>
        <source>记录承诺回款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="28"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="31"/>
        <source>替代 {day} 承诺的 {amount}（{status}，尚差 {short}）。请客户给出新的确切日期和金额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="39"/>
        <source>例如 {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="44"/>
        <source>客户方谁作出的承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="50"/>
        <source>承诺日期 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="51"/>
        <source>金额（元） *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="52"/>
        <source>承诺人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="53"/>
        <source>作出承诺日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/promise_dialog.py" line="54"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
