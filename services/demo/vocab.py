"""Words and numbers the demo data is made of: places, names, products, payment references.

Kept apart from services.demo.generate so the generator reads as logic. Every choice goes through the
caller's random.Random, so a seed gives the same book every time.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal


def _table(text: str) -> list[list[str]]:
    return [line.split("|") for line in text.strip().splitlines()]


# city | province | area code | districts | weight (a Beijing branch sells mostly nearby)
_CITY_TABLE = _table("""
北京||010|朝阳区 海淀区 丰台区 大兴区 通州区 昌平区|8
天津||022|和平区 河西区 南开区 滨海新区|3
石家庄|河北省|0311|长安区 桥西区 裕华区|2
保定|河北省|0312|竞秀区 莲池区|2
廊坊|河北省|0316|广阳区 安次区|2
唐山|河北省|0315|路北区 路南区|1
太原|山西省|0351|小店区 迎泽区|1
济南|山东省|0531|历下区 市中区 槐荫区|1
青岛|山东省|0532|市南区 崂山区 黄岛区|1
郑州|河南省|0371|金水区 二七区 中原区|1
沈阳|辽宁省|024|和平区 沈河区 铁西区|1
大连|辽宁省|0411|中山区 沙河口区|1
呼和浩特|内蒙古自治区|0471|新城区 赛罕区|1
西安|陕西省|029|雁塔区 碑林区 未央区|1
武汉|湖北省|027|江汉区 武昌区 洪山区|1
南京|江苏省|025|鼓楼区 玄武区 江宁区|1
杭州|浙江省|0571|西湖区 拱墅区 滨江区|1
上海||021|浦东新区 徐汇区 闵行区 静安区|1
广州|广东省|020|天河区 越秀区 海珠区|1
成都|四川省|028|锦江区 武侯区 青羊区|1
""")
CITIES = [(city, province, area, tuple(districts.split()))
          for city, province, area, districts, weight in _CITY_TABLE for _ in range(int(weight))]

BRANDS = ("康达 仁和 华康 济民 同泰 恒瑞 瑞康 永康 德仁 安泰 百草 天元 国盛 金象 九州 普济 惠民 "
          "益生 博爱 聚仁 嘉禾 鑫源 正大 长青 福瑞 海王 联众 协和 广济 宏达 众生 新特 泰和 "
          "康宁 佳禾 致远 贝康 万和 春晖 明德").split()
# full suffix, the part kept in the short name
KINDS = (("医药有限公司", "医药"), ("医药有限公司", "医药"), ("医疗器械有限公司", "器械"),
         ("大药房连锁有限公司", "大药房"), ("药业有限公司", "药业"), ("医疗科技有限公司", "医疗"),
         ("医院", "医院"), ("门诊部", "门诊"), ("诊所", "诊所"))
ROADS = ("中山路", "人民路", "解放路", "建设路", "和平路", "胜利路", "光明路", "新华路", "东风路",
         "健康路", "长江路", "黄河路", "文化路", "朝阳路", "幸福路", "迎宾大道", "科技园路", "学院路")
SALESPEOPLE = ("王建国", "李娜", "张伟", "刘洋", "陈静")
MANAGERS = ("周志明", "孙丽华")  # who approves account-opening applications
CUSTOMER_NOTES = ("",) * 6 + ("每月25日前对账", "付款需院长签字", "财务在总部，对账找财务",
                              "年底资金紧张，提前催收", "只认盖合同专用章的对账单")
CONTRACT_NOTES = ("",) * 8 + ("含运费", "分批发货", "医院招标项目", "需随货提供检验报告",
                              "发票随货同行")

_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
             "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史")
_GIVEN = ("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建华 文 华 红 "
          "玉兰 志强 海燕 晓东 建军 丹 萍 鹏 辉 玲 俊 婷 雪 琳 宇 浩 佳 欣 凯 斌 慧 晨 立新 国庆").split()
_MOBILE_PREFIXES = ("130 131 132 133 135 136 137 138 139 139 138 150 151 158 186 188 189").split()


def person(rng: random.Random) -> str:
    """A plausible Chinese personal name."""
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def mobile(rng: random.Random) -> str:
    """A plausible 11-digit mainland mobile number."""
    return f"{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10 ** 8):08d}"


# product | spec | unit | unit price low-high | quantity low-high (decimal places as written)
_PRODUCT_TABLE = _table("""
阿莫西林胶囊|0.25g×24粒|盒|6.80-12.50|100-3000
头孢克肟分散片|0.1g×6片|盒|9.50-18.00|100-2000
布洛芬缓释胶囊|0.3g×20粒|盒|7.20-14.80|100-2000
奥美拉唑肠溶胶囊|20mg×14粒|盒|11.00-24.50|50-1500
复方丹参滴丸|27mg×180丸|瓶|22.00-36.00|50-1000
0.9%氯化钠注射液|250ml:2.25g|瓶|2.150-3.800|500-10000
5%葡萄糖注射液|500ml:25g|瓶|2.650-4.500|500-8000
一次性使用无菌注射器|5ml 带针|支|0.285-0.520|2000-50000
一次性使用输液器|带针 0.7mm|套|0.950-1.850|1000-30000
静脉留置针|22G 密闭式|支|3.20-6.50|200-5000
医用外科口罩|17.5cm×9.5cm 50只/盒|盒|12.00-26.00|100-5000
一次性医用检查手套|丁腈 M码 100只/盒|盒|28.00-45.00|50-2000
医用脱脂纱布块|8cm×10cm-8P 10块/包|包|1.350-2.600|500-10000
医用棉签|10cm 50支/包|包|0.680-1.250|500-10000
碘伏消毒液|500ml|瓶|6.50-12.00|100-3000
75%乙醇消毒液|500ml|瓶|5.80-9.90|100-3000
医用凡士林|药用级|千克|18.00-32.00|5.0-200.0
一次性使用导尿包|16Fr 双腔|套|9.80-18.50|100-2000
血糖试纸|50片/盒|盒|45.00-78.00|20-800
电子血压计|臂式 全自动|台|168.00-320.00|5-100
红外额温计|非接触式|台|85.00-160.00|5-200
医用防护服|连体式 XL|件|18.00-35.00|100-3000
医用输液贴|6cm×7cm 100贴/盒|盒|8.800-15.600|50-2000
手术刀片|11号 100片/盒|盒|38.00-60.00|10-500
""")


def _range(text: str) -> tuple[int, int, int]:
    """Bounds in units of the last written place: "2.150-3.800" gives (2150, 3800, 3)."""
    low, high = (Decimal(part) for part in text.split("-"))
    places = -low.as_tuple().exponent
    return int(low.scaleb(places)), int(high.scaleb(places)), places


_PRODUCTS = [(name, spec, unit, _range(price), _range(quantity))
             for name, spec, unit, price, quantity in _PRODUCT_TABLE]
PRODUCT_COUNT = len(_PRODUCTS)


def _draw(rng: random.Random, bounds: tuple[int, int, int]) -> Decimal:
    low, high, places = bounds
    step = 10 if places == 0 and low >= 100 else 1  # big orders come in tens
    return Decimal(rng.randrange(low, high + 1, step)).scaleb(-places)


def pick_product(rng: random.Random, index: int) -> tuple[str, str, str, Decimal, Decimal]:
    """(product, spec, unit, quantity, unit price) for one contract line."""
    name, spec, unit, price, quantity = _PRODUCTS[index]
    return name, spec, unit, _draw(rng, quantity), _draw(rng, price)


_BANKS = ("ICBC", "CCB", "ABC", "BOC", "BCM", "CMB", "SPDB", "CIB")


def payment_reference(rng: random.Random, method: str, day: dt.date) -> tuple[str, str]:
    """(reference, note) as the bank statement or receipt would show them."""
    stamp = day.strftime("%Y%m%d")
    if method == "bank_transfer":
        return f"{rng.choice(_BANKS)}{stamp}{rng.randrange(10 ** 10):010d}", "货款"
    if method == "acceptance_bill":
        maturity = day + dt.timedelta(days=180)
        return f"1{rng.randrange(10 ** 29):029d}", f"电子银行承兑汇票，到期日{maturity.isoformat()}"
    if method == "wechat_pay":
        return f"4200{rng.randrange(10 ** 24):024d}", "微信转账"
    if method == "alipay":
        return f"{stamp}2200{rng.randrange(10 ** 20):020d}", "支付宝转账"
    if method == "cash":
        return f"收据No.{rng.randrange(10 ** 7):07d}", "现金，已开收据"
    return "", "以物抵债：客户以库存耗材冲抵货款"


def yuan(fen: int) -> Decimal:
    """Integer fen as the exact Decimal the Money columns take."""
    return Decimal(fen).scaleb(-2)


def stamp(rng: random.Random, day: dt.date) -> dt.datetime:
    """A time in office hours on `day`, for created_at columns."""
    return dt.datetime.combine(day, dt.time(8 + rng.randrange(10), rng.randrange(60)))
