"""Country table: ISO 3166 alpha-2, alpha-3, English names and Chinese names (parsed lazily).

One country per line: ``A2 A3 English name; other name | 中文名; 别名``. Names are matched
case-insensitively except those marked with a leading ``^`` (also ordinary words or
given names), which must be capitalised.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

_TABLE = """
AE ARE United Arab Emirates; UAE; the Emirates | 阿联酋; 阿拉伯联合酋长国
AR ARG Argentina | 阿根廷
AT AUT Austria | 奥地利
AU AUS Australia | 澳大利亚; 澳洲
BD BGD Bangladesh | 孟加拉国; 孟加拉
BE BEL Belgium | 比利时
BG BGR Bulgaria | 保加利亚
BH BHR Bahrain | 巴林
BN BRN Brunei | 文莱
BR BRA Brazil | 巴西
CA CAN Canada | 加拿大
CH CHE Switzerland | 瑞士
CL CHL Chile | 智利
CN CHN China; PRC; Mainland China; People's Republic of China | 中国; 中国大陆; 大陆; 内地
CO COL Colombia | 哥伦比亚
CY CYP Cyprus | 塞浦路斯
CZ CZE Czech Republic; Czechia | 捷克
DE DEU Germany | 德国
DK DNK Denmark | 丹麦
EG EGY Egypt | 埃及
EE EST Estonia | 爱沙尼亚
ES ESP Spain | 西班牙
FI FIN Finland | 芬兰
FR FRA France | 法国
GB GBR United Kingdom; UK; U.K.; Great Britain; Britain; England; Scotland; Wales | 英国
GH GHA Ghana | 加纳
GR GRC Greece | 希腊
HK HKG Hong Kong; Hongkong | 香港; 中国香港
HR HRV Croatia | 克罗地亚
HU HUN Hungary | 匈牙利
ID IDN Indonesia | 印度尼西亚; 印尼
IE IRL Ireland | 爱尔兰
IL ISR Israel | 以色列
IN IND India | 印度
IS ISL Iceland | 冰岛
IT ITA Italy | 意大利
JO JOR ^Jordan | 约旦
JP JPN Japan | 日本
KE KEN Kenya | 肯尼亚
KH KHM Cambodia | 柬埔寨
KR KOR South Korea; Korea; Republic of Korea | 韩国; 南韩
KW KWT Kuwait | 科威特
KZ KAZ Kazakhstan | 哈萨克斯坦
LA LAO Laos | 老挝
LK LKA Sri Lanka | 斯里兰卡
LT LTU Lithuania | 立陶宛
LU LUX Luxembourg | 卢森堡
LV LVA Latvia | 拉脱维亚
MA MAR Morocco | 摩洛哥
MM MMR Myanmar; Burma | 缅甸
MN MNG Mongolia | 蒙古
MO MAC Macau; Macao | 澳门; 中国澳门
MT MLT Malta | 马耳他
MX MEX Mexico | 墨西哥
MY MYS Malaysia | 马来西亚
NG NGA Nigeria | 尼日利亚
NL NLD Netherlands; the Netherlands; Holland | 荷兰
NO NOR Norway | 挪威
NP NPL Nepal | 尼泊尔
NZ NZL New Zealand | 新西兰
OM OMN Oman | 阿曼
PE PER Peru | 秘鲁
PH PHL Philippines; Phillipines; Philipines | 菲律宾
PK PAK Pakistan | 巴基斯坦
PL POL Poland | 波兰
PT PRT Portugal | 葡萄牙
QA QAT Qatar | 卡塔尔
RO ROU Romania | 罗马尼亚
RS SRB Serbia | 塞尔维亚
RU RUS Russia; Russian Federation | 俄罗斯
SA SAU Saudi Arabia | 沙特阿拉伯; 沙特
SE SWE Sweden | 瑞典
SG SGP Singapore | 新加坡
SI SVN Slovenia | 斯洛文尼亚
SK SVK Slovakia | 斯洛伐克
TH THA Thailand | 泰国
TR TUR ^Turkey; Türkiye; Turkiye | 土耳其
TW TWN Taiwan | 台湾; 中国台湾; 臺灣
TZ TZA Tanzania | 坦桑尼亚
UA UKR Ukraine | 乌克兰
UG UGA Uganda | 乌干达
US USA United States; United States of America; USA; U.S.; U.S.A.; America; the States | 美国
UY URY Uruguay | 乌拉圭
UZ UZB Uzbekistan | 乌兹别克斯坦
VN VNM Vietnam; Viet Nam | 越南
ZA ZAF South Africa | 南非
"""

# Phrases that contain a country name but do not name that country.
NOT_COUNTRIES: tuple[str, ...] = (
    "South America",
    "North America",
    "Latin America",
    "Central America",
    "American Express",
    "Bank of America",
    "Bank of China",
    "中国银行",
    "中国工商银行",
    "中国建设银行",
    "中国农业银行",
    "中国邮政",
    "中国移动",
    "中国联通",
    "中国电信",
    "大陆银行",
)


@dataclass(frozen=True)
class CountryName:
    """One way to write a country: its text, its alpha-2 code, and whether case matters."""

    text: str
    code: str
    needs_capital: bool


@cache
def country_names() -> tuple[CountryName, ...]:
    """Every English and Chinese name in ``_TABLE``."""
    names: list[CountryName] = []
    for line in _TABLE.strip().splitlines():
        head, _, chinese = line.partition("|")
        code, _code3, english = head.split(" ", 2)
        for name in english.split(";"):
            name = name.strip()
            if name:
                names.append(CountryName(name.lstrip("^"), code, name.startswith("^")))
        for name in chinese.split(";"):
            name = name.strip()
            if name:
                names.append(CountryName(name, code, False))
    return tuple(names)


@cache
def alpha_codes() -> dict[str, str]:
    """Every alpha-2 and alpha-3 code in ``_TABLE`` mapped to its alpha-2 code."""
    codes: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        code, code3, _ = line.split(" ", 2)
        codes[code] = code
        codes[code3] = code
    return codes
