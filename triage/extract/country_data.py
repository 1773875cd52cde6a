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
AF AFG Afghanistan | 阿富汗
AL ALB Albania | 阿尔巴尼亚
AM ARM Armenia | 亚美尼亚
AZ AZE Azerbaijan | 阿塞拜疆
BO BOL Bolivia | 玻利维亚
BY BLR Belarus | 白俄罗斯
CM CMR Cameroon | 喀麦隆
CR CRI Costa Rica | 哥斯达黎加
DO DOM Dominican Republic | 多米尼加
DZ DZA Algeria | 阿尔及利亚
EC ECU Ecuador | 厄瓜多尔
ET ETH Ethiopia | 埃塞俄比亚
FJ FJI Fiji | 斐济
GE GEO ^Georgia | 格鲁吉亚
GT GTM Guatemala | 危地马拉
IQ IRQ Iraq | 伊拉克
IR IRN Iran | 伊朗
JM JAM Jamaica | 牙买加
KG KGZ Kyrgyzstan | 吉尔吉斯斯坦
LB LBN Lebanon | 黎巴嫩
MD MDA Moldova | 摩尔多瓦
MU MUS Mauritius | 毛里求斯
MV MDV Maldives | 马尔代夫
PA PAN Panama | 巴拿马
PY PRY Paraguay | 巴拉圭
RW RWA Rwanda | 卢旺达
SN SEN Senegal | 塞内加尔
TN TUN Tunisia | 突尼斯
VE VEN Venezuela | 委内瑞拉
ZM ZMB Zambia | 赞比亚
ZW ZWE Zimbabwe | 津巴布韦
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
    "Jordan River",
)

# Big cities people name instead of their country ("I paid in Tokyo"). English names count
# after a place word ("in", "to", "from"...); Chinese ones anywhere but in bank names/times.
_CITIES = """
JP Tokyo; Osaka; Kyoto | 东京; 大阪; 京都
KR Seoul; Busan | 首尔; 釜山
TH Bangkok; Phuket; Chiang Mai | 曼谷; 普吉岛; 清迈
AE Dubai; Abu Dhabi | 迪拜; 阿布扎比
PH Manila; Cebu | 马尼拉; 宿务
MY Kuala Lumpur; Penang | 吉隆坡; 槟城
ID Jakarta; Bali | 雅加达; 巴厘岛
VN Hanoi; Ho Chi Minh City; Saigon; Da Nang | 河内; 胡志明市; 岘港
GB London; Manchester; Edinburgh | 伦敦; 曼彻斯特; 爱丁堡
FR Paris | 巴黎
DE Berlin; Munich; Frankfurt; Hamburg | 柏林; 慕尼黑; 法兰克福; 汉堡
ES Madrid; Barcelona | 马德里; 巴塞罗那
IT Rome; Milan | 罗马; 米兰
NL Amsterdam; Rotterdam | 阿姆斯特丹; 鹿特丹
CH Zurich; Geneva | 苏黎世; 日内瓦
AT Vienna | 维也纳
PT Lisbon | 里斯本
IE Dublin | 都柏林
AU Sydney; Melbourne; Brisbane; Perth | 悉尼; 墨尔本; 布里斯班; 珀斯
NZ Auckland; Wellington | 奥克兰; 惠灵顿
CA Toronto; Vancouver; Montreal | 多伦多; 温哥华; 蒙特利尔
US New York; Los Angeles; San Francisco; Chicago; Seattle | 纽约; 洛杉矶; 旧金山; 芝加哥; 西雅图
CN Shanghai; Beijing; Shenzhen; Guangzhou; Hangzhou; Chengdu | 上海; 北京; 深圳; 广州; 杭州; 成都
CN Wuhan; Nanjing; Chongqing; Tianjin | 武汉; 南京; 重庆; 天津; 西安; 苏州
TW Taipei; Kaohsiung | 台北; 高雄
IN Mumbai; Delhi; New Delhi; Bangalore; Bengaluru; Chennai | 孟买; 新德里; 班加罗尔
PK Karachi; Lahore | 卡拉奇
NG Lagos; Abuja | 拉各斯
KE Nairobi | 内罗毕
TR Istanbul; Ankara; Izmir; Antalya; Bursa | 伊斯坦布尔; 安卡拉; 伊兹密尔; 安塔利亚
EG Cairo | 开罗
ZA Johannesburg; Cape Town | 约翰内斯堡; 开普敦
MX Mexico City; Cancun; Guadalajara; Monterrey; Tijuana | 墨西哥城; 坎昆; 瓜达拉哈拉; 蒙特雷
BR São Paulo; Sao Paulo; Rio de Janeiro | 圣保罗; 里约热内卢
KH Phnom Penh | 金边
MM Yangon | 仰光
QA Doha | 多哈
SA Riyadh; Jeddah | 利雅得; 吉达
GB Birmingham; Leeds; Glasgow; Liverpool; Bristol; Sheffield; Newcastle; Cardiff; Belfast
GB | 伯明翰; 利兹; 格拉斯哥; 利物浦; 布里斯托; 谢菲尔德; 纽卡斯尔; 卡迪夫; 贝尔法斯特
GB Nottingham; Leicester; Brighton; Oxford; Cambridge; Coventry | 诺丁汉; 莱斯特; 布莱顿; 牛津; 剑桥
US Houston; Boston; Miami; Dallas; Atlanta; Philadelphia; Las Vegas; Denver
US | 休斯顿; 波士顿; 迈阿密; 达拉斯; 亚特兰大; 费城; 拉斯维加斯
CA Calgary; Ottawa; Edmonton | 卡尔加里; 渥太华
AU Canberra; Gold Coast | 堪培拉; 黄金海岸
IN Hyderabad; Kolkata; Pune; Ahmedabad; Jaipur | 加尔各答; 海得拉巴
PK Islamabad; Faisalabad; Rawalpindi | 伊斯兰堡; 拉合尔
PH Davao; Quezon City; Makati; Iloilo | 达沃
NG Port Harcourt; Ibadan
KE Mombasa; Kisumu | 蒙巴萨
GH Accra; Kumasi | 阿克拉
VN Hai Phong; Haiphong; Can Tho; Nha Trang | 芽庄
ID Surabaya; Bandung; Medan; Yogyakarta | 泗水; 万隆
TH Pattaya | 芭提雅
MY Johor Bahru; Malacca; Melaka; Kota Kinabalu; Kuching | 新山; 马六甲; 亚庇; 古晋
BD Dhaka; Chittagong | 达卡
NP Kathmandu | 加德满都
LK Colombo | 科伦坡
DE Cologne; Köln; Stuttgart; Düsseldorf; Dusseldorf; Leipzig; Dresden
DE | 科隆; 斯图加特; 杜塞尔多夫; 莱比锡; 德累斯顿
FR Lyon; Marseille; Toulouse; Bordeaux; Lille; Strasbourg | 里昂; 图卢兹; 波尔多; 斯特拉斯堡
ES Valencia; Seville; Sevilla; Malaga; Málaga; Bilbao | 瓦伦西亚; 塞维利亚; 马拉加
IT Naples; Turin; Venice; Bologna | 那不勒斯; 都灵; 威尼斯; 博洛尼亚; 佛罗伦萨
NL The Hague; Utrecht; Eindhoven | 海牙; 乌得勒支
BE Brussels; Antwerp | 布鲁塞尔; 安特卫普
PL Warsaw; Krakow; Kraków; Wroclaw; Gdansk | 华沙; 克拉科夫
PT Porto | 波尔图
GR Athens | 雅典
SE Stockholm; Gothenburg | 斯德哥尔摩; 哥德堡
NO Oslo; Bergen | 奥斯陆; 卑尔根
DK Copenhagen | 哥本哈根
FI Helsinki | 赫尔辛基
CZ Prague | 布拉格
HU Budapest | 布达佩斯
RU Moscow; Saint Petersburg | 莫斯科; 圣彼得堡
UA Kyiv; Kiev | 基辅
IL Tel Aviv; Jerusalem | 特拉维夫; 耶路撒冷
JO Amman | 安曼
LB Beirut | 贝鲁特
MA Casablanca; Marrakech | 卡萨布兰卡; 马拉喀什
KR Incheon; Daegu | 仁川; 大邱
JP Yokohama; Nagoya; Sapporo; Fukuoka; Okinawa | 横滨; 名古屋; 札幌; 福冈; 冲绳
TW Taichung; Tainan | 台中; 台南; 新北
CN Qingdao; Xiamen; Ningbo; Zhengzhou; Jinan; Shenyang; Dalian; Harbin; Changsha; Kunming
CN | 青岛; 厦门; 宁波; 郑州; 济南; 沈阳; 大连; 哈尔滨; 长沙; 昆明
CN Fuzhou; Hefei; Dongguan; Foshan; Zhuhai; Suzhou; Xi'an
CN | 福州; 合肥; 东莞; 佛山; 珠海; 长春; 南宁; 贵阳; 无锡; 温州; 南昌; 石家庄; 太原; 兰州; 三亚
HK Kowloon | 九龙; 尖沙咀; 铜锣湾; 旺角
AR Buenos Aires | 布宜诺斯艾利斯
CO Bogota; Bogotá; Medellin; Medellín | 波哥大
PE Lima | 利马
NZ Christchurch; Queenstown | 基督城; 皇后镇
ZA Durban; Pretoria | 德班; 比勒陀利亚
ET Addis Ababa | 亚的斯亚贝巴
TZ Dar es Salaam | 达累斯萨拉姆
UG Kampala | 坎帕拉
SA Mecca; Makkah; Dammam | 麦加
AE Sharjah | 沙迦
OM Muscat | 马斯喀特
BH Manama | 麦纳麦
KH Siem Reap | 暹粒
MN Ulaanbaatar | 乌兰巴托
KZ Almaty; Astana | 阿拉木图
UZ Tashkent | 塔什干
GB York; Southampton; Portsmouth; Inverness; Norwich; Plymouth; Exeter; Swansea; Bournemouth
GB | 约克; 南安普敦; 朴次茅斯; 因弗内斯; 诺里奇; 普利茅斯; 埃克塞特; 斯旺西; 伯恩茅斯
IE Cork; Galway; Limerick
IE | 科克; 戈尔韦; 利默里克
FR Nantes; Montpellier; Rennes; Grenoble; Cannes; Chamonix; Avignon; Annecy; Dijon
FR | 南特; 蒙彼利埃; 雷恩; 格勒诺布尔; 戛纳; 霞慕尼; 阿维尼翁; 安纳西; 第戎
DE Hanover; Hannover; Nuremberg; Nürnberg; Bremen; Heidelberg; Bonn; Dortmund; Mannheim
DE Freiburg
DE Augsburg
DE | 汉诺威; 纽伦堡; 不来梅; 海德堡; 波恩; 多特蒙德; 曼海姆; 弗莱堡; 奥格斯堡
ES Granada; Ibiza; Zaragoza; Alicante; Marbella; Tenerife; San Sebastian; San Sebastián
ES Las Palmas
ES Mallorca; Majorca
ES | 格拉纳达; 帕尔马; 伊维萨; 萨拉戈萨; 阿利坎特; 马贝拉; 特内里费; 圣塞巴斯蒂安; 马略卡
IT Florence; Firenze; Verona; Genoa; Palermo; Catania; Siena; Sorrento; Amalfi; Pisa
IT | 维罗纳; 热那亚; 巴勒莫; 卡塔尼亚; 锡耶纳; 索伦托; 阿马尔菲
NL Groningen; Maastricht; Leiden; Delft
NL | 格罗宁根; 马斯特里赫特; 莱顿; 代尔夫特
BE Ghent; Bruges; Brugge; Liege; Liège
BE | 根特; 布鲁日; 列日
CH Lausanne; Bern; Berne; Basel; Lucerne; Luzern; Lugano; Interlaken; Zermatt; Davos; St. Moritz
CH St Moritz
CH | 洛桑; 伯尔尼; 巴塞尔; 卢塞恩; 琉森; 卢加诺; 因特拉肯; 采尔马特; 达沃斯; 圣莫里茨
AT Salzburg; Innsbruck; Graz; Linz; Kitzbühel; Kitzbuhel; Hallstatt
AT | 萨尔茨堡; 因斯布鲁克; 格拉茨; 林茨; 哈尔施塔特
PT Faro; Braga; Coimbra; Funchal; Algarve
PT | 法鲁; 布拉加; 科英布拉; 丰沙尔
GR Thessaloniki; Santorini; Mykonos; Heraklion; Corfu; Crete; Chania; Rhodes
GR | 塞萨洛尼基; 圣托里尼; 米克诺斯; 克里特岛; 科孚
SE Malmö; Malmo; Uppsala
SE | 马尔默; 乌普萨拉
NO Trondheim; Stavanger; Tromsø; Tromso
NO | 特隆赫姆; 斯塔万格; 特罗姆瑟
DK Aarhus; Odense
DK | 奥胡斯; 欧登塞
FI Tampere; Turku; Rovaniemi
FI | 坦佩雷; 图尔库; 罗瓦涅米
IS Reykjavik; Reykjavík
IS | 雷克雅未克
PL Poznan; Poznań; Lodz; Katowice; Lublin
PL | 波兹南; 卡托维兹; 弗罗茨瓦夫; 格但斯克
CZ Brno; Karlovy Vary; Cesky Krumlov; Český Krumlov
CZ | 布尔诺; 卡罗维发利; 克鲁姆洛夫
SK Bratislava
SK | 布拉迪斯拉发
HU Debrecen
HU | 德布勒森
RO Bucharest; Cluj-Napoca
RO | 布加勒斯特
BG Varna; Plovdiv
BG | 瓦尔纳; 普罗夫迪夫
HR Zagreb; Dubrovnik; Zadar
HR | 萨格勒布; 杜布罗夫尼克; 斯普利特
RS Belgrade; Novi Sad
RS | 贝尔格莱德; 诺维萨德
SI Ljubljana
SI | 卢布尔雅那
EE Tallinn
EE | 塔林
LV Riga
LT Vilnius; Kaunas
LT | 维尔纽斯; 考纳斯
MT Valletta
MT | 瓦莱塔
CY Nicosia; Limassol; Larnaca
CY | 尼科西亚; 利马索尔; 拉纳卡
TR Bodrum; Cappadocia; Fethiye; Trabzon
TR | 博德鲁姆; 卡帕多奇亚; 费特希耶
RU Novosibirsk; Kazan; Vladivostok; Sochi
RU | 新西伯利亚; 喀山; 符拉迪沃斯托克; 海参崴; 索契
UA Lviv; Odesa; Odessa; Kharkiv
UA | 利沃夫; 敖德萨; 哈尔科夫
GE Tbilisi; Batumi
GE | 第比利斯; 巴统
AM Yerevan
AM | 埃里温
AZ Baku
AZ | 巴库
BY Minsk
BY | 明斯克
MD Chisinau; Chișinău
MD | 基希讷乌
AL Tirana
AL | 地拉那
TH Krabi; Koh Samui; Ko Samui; Hua Hin; Chiang Rai; Hat Yai; Khon Kaen; Koh Phangan; Koh Tao
TH | 甲米; 苏梅岛; 清莱; 合艾; 孔敬; 帕岸岛; 涛岛
VN Hue; Hoi An; Da Lat; Dalat; Vung Tau; Phu Quoc; Ha Long; Halong; Sapa; Quy Nhon; Bien Hoa
VN | 大叻; 头顿; 富国岛; 下龙湾; 顺化; 归仁
ID Semarang; Makassar; Denpasar; Ubud; Lombok; Batam; Palembang; Malang; Bogor; Bekasi
ID Tangerang
ID | 三宝垄; 望加锡; 登巴萨; 乌布; 龙目岛; 巴淡岛; 巨港; 玛琅; 茂物
MY Ipoh; Langkawi; Shah Alam; Petaling Jaya; Putrajaya; Cyberjaya; Genting Highlands; Kota Bharu
MY Seremban; Klang; Miri; Sandakan; KL
MY | 怡保; 兰卡威; 莎阿南; 八打灵再也; 布城; 云顶高原; 哥打巴鲁; 巴生; 山打根
PH Baguio; Boracay; Palawan; Puerto Princesa; Cagayan de Oro; Zamboanga; Pasig; Taguig; Bacolod
PH Cebu City; Pasay; Paranaque; Parañaque; Caloocan; General Santos
PH | 长滩岛; 巴拉望; 三宝颜; 怡朗; 描戈律
KH Sihanoukville; Battambang; Kampot
KH | 西哈努克城; 马德望; 贡布
LA Vientiane; Luang Prabang
LA | 琅勃拉邦; 万象市
MM Mandalay; Naypyidaw; Nay Pyi Taw
MM | 曼德勒; 内比都
BN Bandar Seri Begawan
BN | 斯里巴加湾
MX Puebla; Playa del Carmen; Tulum; Oaxaca; Puerto Vallarta; Cabo San Lucas; Los Cabos
MX Queretaro
MX Querétaro; Acapulco; Mazatlan; Mazatlán; Hermosillo
MX | 普埃布拉; 图卢姆; 瓦哈卡; 巴亚尔塔港; 阿卡普尔科; 马萨特兰; 卡波圣卢卡斯
BR Brasilia; Brasília; Fortaleza; Belo Horizonte; Recife; Porto Alegre; Curitiba; Manaus
BR Florianopolis; Florianópolis; Campinas; Foz do Iguacu; Foz do Iguaçu
BR | 巴西利亚; 福塔雷萨; 贝洛奥里藏特; 累西腓; 阿雷格里港; 库里蒂巴; 马瑙斯; 弗洛里亚诺波利斯
BR | 坎皮纳斯
AR Bariloche; Mar del Plata; Ushuaia; Salta
AR | 巴里洛切; 马德普拉塔; 乌斯怀亚
CL Valparaiso; Valparaíso; Vina del Mar; Viña del Mar; Punta Arenas; Antofagasta
CL | 瓦尔帕莱索; 比尼亚德尔马; 蓬塔阿雷纳斯
CO Barranquilla; Santa Marta; Bucaramanga
CO | 巴兰基亚; 圣玛尔塔
PE Cusco; Cuzco; Arequipa
PE | 库斯科; 阿雷基帕
EC Quito; Guayaquil
EC | 基多; 瓜亚基尔
VE Caracas; Maracaibo
VE | 加拉加斯; 马拉开波
UY Montevideo; Punta del Este
UY | 蒙得维的亚; 埃斯特角城
PY Asuncion; Asunción
PY | 亚松森
BO Cochabamba; Santa Cruz de la Sierra
BO | 拉巴斯; 科恰班巴
DO Santo Domingo; Punta Cana; Santiago de los Caballeros
DO | 圣多明各; 蓬塔卡纳
CR | 圣何塞市
JM Montego Bay; Ocho Rios
JM | 蒙特哥贝
JP Niseko; Hakuba; Furano; Nagano; Karuizawa; Hakone; Kobe; Hiroshima; Nara; Sendai; Kanazawa
JP Kagoshima; Kumamoto; Naha; Nikko; Otaru; Hakodate; Beppu; Takayama; Rusutsu; Myoko; Yuzawa
JP Kamakura; Yokosuka; Chiba; Saitama; Shizuoka; Okayama; Matsuyama
JP | 二世谷; 新雪谷; 富良野; 长野; 轻井泽; 箱根; 神户; 广岛; 奈良; 仙台; 金泽; 鹿儿岛; 熊本
JP | 那霸; 小樽; 函馆; 别府; 留寿都; 越后汤泽; 镰仓; 横须贺; 千叶
JP | 埼玉; 静冈; 冈山; 松山市
KR Jeju; Gangneung; Pyeongchang; Sokcho; Gyeongju; Jeonju; Ulsan; Suwon; Gwangju; Daejeon
KR Yongpyong
KR Seongnam; Changwon
KR | 济州; 束草; 庆州; 蔚山; 水原; 光州; 城南市; 昌原
CN Guilin; Lijiang; Xining; Urumqi; Lhasa; Haikou; Sanya; Yinchuan; Hohhot; Xuzhou; Changzhou
CN Yangzhou; Yantai; Luoyang; Quanzhou; Shantou; Yiwu; Zhongshan; Huizhou; Wenzhou; Wuxi
CN Nanning
CN Guiyang; Changchun; Nanchang; Shijiazhuang; Taiyuan; Lanzhou; Zhangjiajie; Shaoxing; Jiaxing
CN Weifang; Baotou
CN | 桂林; 丽江; 西宁; 乌鲁木齐; 拉萨; 海口; 银川; 呼和浩特; 徐州; 常州; 扬州; 烟台; 洛阳; 泉州
CN | 汕头; 义乌; 惠州; 绍兴; 嘉兴; 潍坊; 包头; 张家界
CN | 九寨沟; 秦皇岛; 唐山; 保定; 廊坊; 芜湖; 宜昌; 襄阳; 柳州; 湛江; 江门; 肇庆; 揭阳; 潮州
CN | 台州; 金华; 湖州; 舟山; 盐城; 南通; 淮安; 连云港; 镇江
CN | 泰州; 宿迁
TW Hsinchu; Keelung; Hualien; Taoyuan; Yilan; Kenting; Taitung; Chiayi; Changhua; Pingtung
TW | 新竹; 基隆; 花莲; 花蓮; 桃园; 桃園; 宜兰; 宜蘭; 垦丁; 墾丁; 台东; 臺東; 嘉义; 嘉義; 彰化
TW | 屏东; 屏東
HK Tsim Sha Tsui; Mong Kok; Causeway Bay; Sha Tin; Tsuen Wan; Lantau; Wan Chai; Kwun Tong
HK Tuen Mun
HK Yuen Long
HK | 沙田; 荃湾; 荃灣; 大屿山; 大嶼山; 湾仔; 灣仔; 观塘; 觀塘; 屯门; 屯門; 元朗; 銅鑼灣
MO Taipa; Cotai
MO | 氹仔; 路氹
AE Ajman; Ras Al Khaimah; Al Ain; Fujairah
AE | 阿治曼; 哈伊马角; 富查伊拉
SA Khobar; Al Khobar
SA | 麦地那; 胡拜尔
KW Kuwait City
KW | 科威特城
IR Tehran; Isfahan; Shiraz; Mashhad
IR | 德黑兰; 伊斯法罕; 设拉子; 马什哈德
IQ Baghdad; Erbil; Basra
IQ | 巴格达; 埃尔比勒; 巴士拉
EG Giza; Hurghada; Sharm El Sheikh; Luxor; Aswan
EG | 吉萨; 赫尔格达; 沙姆沙伊赫; 卢克索; 阿斯旺
MA Rabat; Fes; Tangier; Agadir
MA | 拉巴特; 丹吉尔; 阿加迪尔
DZ Algiers; Oran
DZ | 阿尔及尔
NG Kano; Enugu; Benin City; Kaduna
NG | 埃努古
GH Takoradi
GH | 塔科拉迪
SN Dakar
SN | 达喀尔
CM Douala; Yaounde; Yaoundé
CM | 杜阿拉; 雅温得
RW Kigali
RW | 基加利
ZW Harare; Bulawayo
ZW | 哈拉雷; 布拉瓦约
ZM Lusaka
ZM | 卢萨卡
ET Bahir Dar; Dire Dawa
ET | 巴赫达尔
TZ Arusha; Zanzibar; Dodoma
TZ | 阿鲁沙; 桑给巴尔; 多多马
UG Entebbe
UG | 恩德培
ZA Port Elizabeth; Gqeberha; Stellenbosch; Bloemfontein
ZA | 伊丽莎白港; 斯泰伦博斯; 布隆方丹
AU Adelaide; Hobart; Cairns; Sunshine Coast; Byron Bay; Wollongong; Geelong
AU | 阿德莱德; 霍巴特; 凯恩斯市; 拜伦湾; 卧龙岗; 吉朗
NZ Rotorua; Dunedin; Wanaka
NZ | 罗托鲁瓦; 但尼丁; 瓦纳卡
CA Quebec City; Québec City; Winnipeg; Whistler; Banff; Mississauga; Burnaby; Saskatoon
CA | 魁北克城; 魁北克市; 温尼伯; 惠斯勒; 班夫; 密西沙加; 本拿比; 万锦; 列治文
US Washington DC; Washington, D.C.; San Diego; Honolulu; Portland; Minneapolis; Detroit
US Nashville
US New Orleans; Salt Lake City; Sacramento; Anchorage; Pittsburgh; Baltimore; Tampa; St. Louis
US Kansas City; Cleveland; Cincinnati; Indianapolis; San Antonio; Fort Worth; Oakland; Brooklyn
US Manhattan; Aspen; Vail; St Louis
US St Louis
US | 华盛顿; 圣迭戈; 檀香山; 火奴鲁鲁; 波特兰; 明尼阿波利斯; 底特律; 纳什维尔; 新奥尔良; 盐湖城
US | 萨克拉门托; 安克雷奇; 匹兹堡; 巴尔的摩; 坦帕; 圣路易斯; 堪萨斯城
US | 克利夫兰; 辛辛那提; 印第安纳波利斯; 圣安东尼奥; 布鲁克林; 曼哈顿; 阿斯彭
IN Goa; Kochi; Cochin; Lucknow; Surat; Chandigarh; Amritsar; Agra; Varanasi; Udaipur; Noida
IN Gurgaon
IN Gurugram; Indore; Nagpur; Thiruvananthapuram; Mysore; Mysuru; Coimbatore; Visakhapatnam
IN | 果阿; 阿格拉; 瓦拉纳西; 勒克瑙; 苏拉特; 昌迪加尔; 阿姆利则; 乌代浦; 诺伊达; 古尔冈
IN | 海德拉巴
PK Multan; Peshawar; Quetta; Sialkot
PK | 木尔坦; 白沙瓦; 奎达
BD Sylhet; Khulna
BD | 锡尔赫特; 库尔纳
LK Kandy; Galle
LK | 康提
NP Pokhara
NP | 博卡拉
MV | 马累
KZ Shymkent
KZ | 奇姆肯特
UZ Samarkand; Bukhara
UZ | 撒马尔罕; 布哈拉
KG Bishkek
KG | 比什凯克
MN Darkhan
MN | 达尔汗
FJ Suva; Nadi
FJ | 苏瓦; 楠迪
"""


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
def city_names() -> tuple[CountryName, ...]:
    """Big cities and their country; ``needs_capital`` marks the English (Latin) names."""
    names: list[CountryName] = []
    for line in _CITIES.strip().splitlines():
        head, _, chinese = line.partition("|")
        code, _, english = head.strip().partition(" ")
        names += [CountryName(n.strip(), code, True) for n in english.split(";") if n.strip()]
        names += [CountryName(n.strip(), code, False) for n in chinese.split(";") if n.strip()]
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
