"""The word tables that classify a number: units, measure words, currencies, qualifiers.

Everything the scanner knows about the words around a number lives here, as data,
so that adding a unit or a currency is a one-line change. Written for newsmine.
"""

from __future__ import annotations

# Chinese digits and the place units inside a numeral.
CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}

# Multipliers written after an Arabic number (3千万, 1.2万亿): applied to the value, dropped from the unit.
MULTIPLIERS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}

# Adjacent digit pairs that make a vague range (两三百人 → 200–300).
VAGUE_PAIRS: frozenset[str] = frozenset(
    {"一二", "一两", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九"}
)

# Range separators between two numbers (16—24岁, 3至5年, 50万到80万元).
RANGE_SEPARATORS: tuple[str, ...] = ("——", "—", "–", "－", "-", "～", "~", "〜", "至", "到")
# A hyphen is also part of codes and phone numbers: a range with one must end in a unit.
WEAK_RANGE_SEPARATORS: frozenset[str] = frozenset({"-", "－", "–"})

# Separators of a list whose numbers share the last unit (856.01万、289.11万和338.79万人).
LIST_SEPARATORS: tuple[str, ...] = ("、", "和", "及", "与", "或", "，")

# Currency words → ISO 4217 code. The unit keeps the word as printed (元, 美元 …).
CURRENCIES: dict[str, str] = {
    "元": "CNY",
    "人民币": "CNY",
    "块钱": "CNY",
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "韩元": "KRW",
    "卢布": "RUB",
    "坚戈": "KZT",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "新台币": "TWD",
    "澳门元": "MOP",
    "瑞士法郎": "CHF",
    # a bare 法郎 is the French franc, as the annotated sets read it (the Swiss one is printed 瑞士法郎, 瑞郎)
    "法郎": "FRF",
    "瑞郎": "CHF",
    "泰铢": "THB",
    "卢比": "INR",
    "林吉特": "MYR",
    "越南盾": "VND",
    "雷亚尔": "BRL",
    "兰特": "ZAR",
    "里拉": "TRY",
    "苏姆": "UZS",
    "挪威克朗": "NOK",
    "瑞典克朗": "SEK",
    "丹麦克朗": "DKK",
    "克朗": "SEK",
    "新西兰元": "NZD",
    "印尼盾": "IDR",
    "菲律宾比索": "PHP",
    "墨西哥比索": "MXN",
    "比索": "MXN",
    "阿里亚里": "MGA",
    "迪拉姆": "AED",
    "里亚尔": "SAR",
    "奈拉": "NGN",
    "先令": "KES",
    "第纳尔": "KWD",
    "兹罗提": "PLN",
    "福林": "HUF",
    "格里夫纳": "UAH",
    "铢": "THB",
    "玻利瓦尔": "VEB",  # the bolívar of the 1990s (VEF from 2008, VES from 2018)
    "比利时法郎": "BEF",
    "法国法郎": "FRF",
    "马克": "DEM",  # the Deutsche Mark of pre-euro pages
    "德国马克": "DEM",
    "芬兰马克": "FIM",
    "荷兰盾": "NLG",
    "意大利里拉": "ITL",
    "毛钱": "CNY",
    # 元钱 is left to 元: the span stops before 钱 (3000多元|钱: 9 gold rows to 5)
    "角钱": "CNY",
    "分钱": "CNY",  # 5分钱: hundredths of a yuan (scaled in MONEY_SCALES)
    "日圆": "JPY",
    "美圆": "USD",
    "美分": "USD",
    "欧分": "EUR",
    "便士": "GBP",
    "港仙": "HKD",
    "比塞塔": "ESP",
    "奥地利先令": "ATS",
    "埃及镑": "EGP",
    "谢克尔": "ILS",
    "新谢克尔": "ILS",
    "澳大利亚元": "AUD",
    "加拿大元": "CAD",
    "印度卢比": "INR",
    "巴基斯坦卢比": "PKR",
    "柬币": "KHR",  # the riel, as Chinese pages on Cambodia write it
    "瑞尔": "KHR",
    "戈比": "RUB",  # kopecks: the sets keep the printed amount (票价50戈比 = 50 戈比, not 0.5 卢布)
}
# Colloquial currency words reported under the standard word (3500万美金 → 美元).
MONEY_UNIT_NAMES: dict[str, str] = {"美金": "美元", "美圆": "美元", "日圆": "日元"}
# Per-units printed before a quantity that make it a concentration or a yield (每立方米14微克, 每亩400公斤);
# 每天8小时 is a duration, left alone.
CONCENTRATION_PER: frozenset[str] = frozenset("立方米 升 平方米 亩 公顷 千克 公斤 吨".split())
# Money words whose amount is a fraction of the currency's unit (2毛钱 = 0.2元, 50美分 = 0.5美元):
# word → (scale, unit reported).
MONEY_SCALES: dict[str, tuple[str, str]] = {
    "毛钱": ("0.1", "元"),
    "角钱": ("0.1", "元"),
    "分钱": ("0.01", "元"),
    "美分": ("0.01", "美元"),
    "欧分": ("0.01", "欧元"),
    "便士": ("0.01", "英镑"),
    "港仙": ("0.01", "港元"),
}
# Currency words printed after 元 that name its currency (26.63亿元人民币, 10亿元新台币).
CURRENCY_SUFFIXES: dict[str, str] = {
    "人民币": "CNY",
    "新台币": "TWD",
    "台币": "TWD",
    "港币": "HKD",
    "美金": "USD",
}
# Currency notes that name the currency of every 元 amount from the one before them on (156万元(港币，下同)).
CURRENCY_NOTE_WORDS: dict[str, str] = {
    "港币": "HKD",
    "港元": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "澳门币": "MOP",
    "澳门元": "MOP",
    "美元": "USD",
    "人民币": "CNY",
}
# Symbols written before the number (US$ before $: longest first) → (ISO code, unit word).
CURRENCY_SYMBOLS: dict[str, tuple[str, str]] = {
    "US$": ("USD", "美元"),
    "HK$": ("HKD", "港元"),
    "RMB": ("CNY", "元"),
    "¥": ("CNY", "元"),
    "￥": ("CNY", "元"),
    "$": ("USD", "美元"),
    "＄": ("USD", "美元"),
    "€": ("EUR", "欧元"),
    "£": ("GBP", "英镑"),
    "￡": ("GBP", "英镑"),
}
# Prefix words that name the currency of a following amount (人民币5000元).
# Total words between a currency word and its amount (人民币共计109.75万, 港币合计70万元).
CURRENCY_LINKS: tuple[str, ...] = ("共计", "合计", "总计", "累计", "共")
CURRENCY_PREFIXES: tuple[str, ...] = (
    "人民币",
    "港币",
    "港元",
    "美元",
    "澳门币",
    "新台币",
    "台币",
    "欧元",
    "日元",
)

# Discounts: 8.5折, 七折, 打五折 are percentages of the full price (N折 = N × 10 %). Characters after 折
# that make it another word (折合, 折算, 折旧, 折叠): then the number is no discount.
DISCOUNT_WORD = "折"
DISCOUNT_BLOCK = "合算旧叠腾射返价现损中服扣线痕断腰寿"
# Counts of people by sex printed as a pair (34男30女, 9男7女): the sex word is the measure word, but only
# beside the other one (3女子 is no count).
SEX_WORDS: frozenset[str] = frozenset("男 女".split())
# Suffixes that bound a share (80％强 = a little over 80 %, 2／3弱): read only after a percentage or a
# fraction (3个强台风 is no bound).
SHARE_SUFFIX_QUALIFIERS: dict[str, str] = {"强": "over", "弱": "under"}
# Slash fractions (1/3, １／４): the characters that may follow one for it to be a share of a whole
# (超过3/4的居民, 美国的1/50；, 2／3强) rather than a date, a score or a path.
FRACTION_FOLLOW = "的强弱多左以之，。；、,;：:）)”"
# Per-units printed before a length or a volume that make it a speed or a flow (每小时200公里, 每秒1.2万立方米).
SPEED_PER: frozenset[str] = frozenset("小时 秒 分钟 秒钟".split())
SPEED_UNITS: frozenset[str] = frozenset("公里 千米 米 海里 英里 立方米 方 吨".split())

# Percent units → the unit reported.
PERCENT_UNITS: dict[str, str] = {
    "%": "%",
    "％": "%",
    "‰": "‰",
    "个百分点": "个百分点",
    "百分点": "个百分点",
}

# Measure words: a number with one of these counts things (kind "count").
MEASURE_WORDS: frozenset[str] = frozenset(
    """个 名 人 位 家 项 条 所 次 人次 份 台 辆 套 件 户 座 只 头 匹 艘 架 列 类 种 批 场 处 间 栋 幢
    张 本 册 篇 部 支 枚 颗 株 棵 片 起 例 宗 笔 款 根 对 双 组 队 轮 趟 架次 班次 车次 航班 家次 辆次
    人口 票 首 层 道 盏 口 粒 盒 瓶 箱 袋 包 副 封 剂 针 节 堂 集 届次 床
    批次 面 球 胜 负 平 幅 顶 扇 尊 页 卷 串 圈 件次 人份 个次 台次 课时 学时
    省 县 国 城 校 单 宗次 户次 艘次 盆 罐 车 桌 股 手 块 桶 字 区县 县市 具 连胜 连败 连平 连冠 连负 尾 羽 眼 部门 盘 档 期
    大类 小类 省区""".split()
)

# Measure words that are units of volume in bulk (日产2574万桶 of oil): with 万/亿 the number measures a
# quantity; a plain number counts vessels (没收菜籽油3845桶).
BULK_UNITS: frozenset[str] = frozenset({"桶"})

# Units of measure and time spans (kind "quantity") → unit reported (aliases normalised).
QUANTITY_UNITS: dict[str, str] = {
    "光年": "光年",
    "平方公里": "平方公里",
    "平方千米": "平方千米",
    "平方米": "平方米",
    "平米": "平方米",
    "平方": "平方米",
    "立方米": "立方米",
    "方": "立方米",
    "立方": "立方米",  # 日产生物天然气3万立方: spoken short for 立方米
    "公里": "公里",
    "千米": "千米",
    "米": "米",
    "厘米": "厘米",
    "毫米": "毫米",
    "海里": "海里",
    "英里": "英里",
    "英尺": "英尺",
    "英寸": "英寸",
    "吨": "吨",
    "千克": "千克",
    "公斤": "公斤",
    "克": "克",
    "毫克": "毫克",
    "斤": "斤",
    "亩": "亩",
    "公顷": "公顷",
    "升": "升",
    "毫升": "毫升",
    "千瓦时": "千瓦时",
    "千瓦": "千瓦",
    "兆瓦": "兆瓦",
    "吉瓦": "吉瓦",
    "瓦": "瓦",
    "度": "度",
    "标准箱": "标准箱",
    "标箱": "标箱",  # kept as printed (112万标箱), as 标准箱 is
    "℃": "℃",
    "摄氏度": "℃",
    "岁": "岁",
    "周岁": "周岁",  # full years of age, a legal term (不满16周岁): kept as printed
    "年": "年",
    "个月": "个月",
    "个工作日": "个工作日",  # kept as printed: working days are no calendar days
    "工作日": "个工作日",
    "个自然日": "个自然日",  # 连续90个自然日内: calendar days as printed, beside working days
    "自然日": "个自然日",
    "公分": "厘米",
    "周": "周",
    "星期": "星期",  # as printed (数星期, 几个星期: 2 gold rows of 2)
    "夜": "夜",  # 5天4夜
    "里": "里",  # 四五里地: only before LI_FOLLOWERS (三里屯, 十里河 are places)
    "天": "天",
    "小时": "小时",
    "个小时": "小时",
    "分钟": "分钟",
    "秒": "秒",
    "秒钟": "秒",
    "倍": "倍",
    "个基点": "个基点",  # 降息27个基点: a hundredth of a percentage point
    "基点": "个基点",
    "番": "番",  # 翻了四番: doublings
    "公里/小时": "公里/小时",
    "千米/小时": "千米/小时",
    "米/秒": "米/秒",
    "微克/立方米": "微克/立方米",
    "微克": "微克",
    "毫克/立方米": "毫克/立方米",
    "毫克/升": "毫克/升",
    "毫克/千克": "毫克/千克",
    "毫克/公斤": "毫克/千克",
    "马力": "马力",
    # units of measure news prints beyond the annotated sets (aliases reported under the standard name)
    "微米": "微米",
    "纳米": "纳米",
    "平方厘米": "平方厘米",
    "立方厘米": "立方厘米",
    "平方英里": "平方英里",
    "英亩": "英亩",
    "磅": "磅",
    "盎司": "盎司",
    "加仑": "加仑",
    "克拉": "克拉",
    "分贝": "分贝",
    "千帕": "千帕",
    "兆帕": "兆帕",
    "百帕": "百帕",
    "千伏": "千伏",
    "伏特": "伏特",
    "千卡": "千卡",
    "大卡": "千卡",
    "卡路里": "卡路里",
    "焦耳": "焦耳",
    "毫安时": "毫安时",
    "兆瓦时": "兆瓦时",
    "吉瓦时": "吉瓦时",
    "赫兹": "赫兹",
    "兆赫": "兆赫",
    "毫秒": "毫秒",
    "个星期": "星期",
    "公升": "升",
    "公吨": "吨",
    "市斤": "斤",
    "°C": "℃",
    "°c": "℃",
    "级": "级",  # 4.7级地震, 6到7级大风: only with a decimal or the noun after (LEVEL_NOUNS)
}
# Latin units written after a number (10GB, 20Mbps, 50L) → unit reported. A Latin word that is not
# here (5G, 3D, A320neo) keeps the number a code. Matched case-insensitively on the whole letter run.
LATIN_UNITS: dict[str, str] = {
    "kb": "KB",
    "mb": "MB",
    "gb": "GB",
    "tb": "TB",
    "kbps": "kbps",
    "mbps": "Mbps",
    "gbps": "Gbps",
    "km": "千米",  # the symbol is the SI name; 公里 printed in Chinese stays 公里
    "kg": "千克",
    "mg": "毫克",
    "mg/l": "毫克/升",
    "mg/kg": "毫克/千克",
    "cm": "厘米",
    "mm": "毫米",
    "l": "升",
    "ml": "毫升",
    "kw": "千瓦",
    "kwh": "千瓦时",
    "mw": "兆瓦",
    "gw": "吉瓦",
    "mwh": "兆瓦时",
    "gwh": "吉瓦时",
    "mah": "毫安时",
    "ppm": "ppm",
    "bp": "bp",  # 美债收益率下行近10bp: basis points, as printed
    "bps": "bp",
    "nm": "纳米",
    "hz": "赫兹",
    "ghz": "GHz",
    "mhz": "MHz",
}
# Verbs of a ranking before N位 (跌至34位, 升至第3位 is an ordinal anyway): a place, not a count of people.
RANK_VERBS: tuple[str, ...] = tuple(
    "跌至 升至 降至 跌到 升到 降到 位列 位居 排名 名列 排在 排至 滑落至 跃升至".split()
)
# Event names after a length (女子100米仰泳, 110米栏): the number names the race, it measures nothing.
EVENT_LENGTH_UNITS: frozenset[str] = frozenset({"米", "公里", "千米"})
SPORT_EVENTS: tuple[str, ...] = tuple(
    "仰泳 自由泳 蛙泳 蝶泳 混合泳 个人混合泳 跨栏 栏 接力 短跑 赛跑 障碍跑 竞走 步枪 手枪 飞碟".split()
)
# A list of money-market tenors opens with this word (隔夜、7天、14天): the spans after it are names.
TENOR_CUE = "隔夜"
# 级 is a quantity (magnitude, wind force) only before these, or with a decimal (4.7级).
LEVEL_NOUNS: tuple[str, ...] = ("地震", "余震", "强震", "大风", "阵风", "风", "的地震", "强烈")
# Quantity units that are only durations after a numeral in the date grammar's way:
# a bare 月 after a number is a month (7月), so it is a date unless written 个月.
DATE_UNITS: frozenset[str] = frozenset({"月", "日", "号", "时", "点", "分", "季度", "年代", "年度", "届"})

# Per-units after money or a quantity: 1500元/人, 3元/公斤, 每吨200元.
PER_UNITS: frozenset[str] = frozenset(
    """人 人次 户 家 个 件 台 辆 套 份 次 年 月 天 日 小时 周 公斤 千克 斤 克 吨 亩 公顷 平方米 平米
    立方米 方 千瓦时 度 升 吨公里 公里 米 张 股 桶 盎司 晚 间 床 名 所 项 只 头 亿元 万元 元
    瓶 盒 箱 包 袋 粒 支 根 本 条 双 桌 位 场 节 课时 单 篇 幅 块 枚 株 棵 期 秒 坪""".split()
)

# Qualifiers: before the number, between numeral and multiplier/unit, after the unit.
PREFIX_QUALIFIERS: dict[str, str] = {
    "大约": "about",
    "大约为": "about",  # 大约为1.4% (2 gold rows keep the whole word)
    "远超": "over",  # 远超2.34亿元
    "约合": "about",
    "约为": "about",
    "约": "about",
    "大概": "about",
    "超过": "over",
    "超过了": "over",  # 持股数量超过了10万股
    "过": "over",  # 销售额仍过30万元 (not after 经/通/超…: _PREFIX_WORD_BEFORE)
    "超": "over",
    "不超": "at_most",  # 拟增持不超2%股份: 不 negates the 超
    "逾": "over",
    "不少于": "at_least",
    "不低于": "at_least",
    "至少": "at_least",
    "达到或超过": "at_least",  # reaching or exceeding: the bound itself counts
    "达到或高于": "at_least",
    "等于或超过": "at_least",
    "等于或大于": "at_least",
    "将近": "nearly",
    "接近": "nearly",
    "近": "nearly",
    "不到": "under",
    "不足": "under",
    "不满": "under",
    "低于": "under",
    "高于": "over",  # 总额高于5000元: a strict bound, like 大于
    "不得少于": "at_least",  # 公示时间不得少于15日: a rule's floor
    "不得低于": "at_least",
    "快": "nearly",  # 欠下快20万元: colloquial "almost" (only after a verb: _PREFIX_NEEDS_BEFORE)
    "不超过": "at_most",
    "至多": "at_most",
    "起码": "at_least",
    "少于": "under",
    "小于": "under",
    "大于": "over",
    "没到": "under",
    "没有超过": "at_most",
    "不下于": "at_least",
    "多于": "over",
    "未超过": "at_most",
    "未满": "under",
    "未达": "under",
    "未达到": "under",
    "不要超过": "at_most",
    "不宜超过": "at_most",
    "差不多": "about",
    "大致": "about",
    "不得超过": "at_most",
    "不能超过": "at_most",
    "不应超过": "at_most",
    "最低": "at_least",
    "最少": "at_least",
    "不高于": "at_most",
    "最多": "at_most",
    "最高": "at_most",
    "最高达": "at_most",  # 最高达51%
    "最高达到": "at_most",
    "最高不得超过": "at_most",
    "最高不超过": "at_most",
    "上": "about",  # 上百家, 上千人: only before a bare 百/千/万
}
INFIX_QUALIFIERS: dict[str, str] = {"余": "over", "多": "over", "几": "over"}
SUFFIX_QUALIFIERS: dict[str, str] = {
    "左右": "about",
    "上下": "about",
    "以上": "at_least",
    "及以上": "at_least",
    "以下": "at_most",
    "及以下": "at_most",
    "或以上": "at_least",  # 2个或以上, 36个月或以下
    "或以下": "at_most",
    "不到": "under",  # 两个小时不到 (不到场, 不到位 are verbs: SUFFIX_BLOCKERS)
    "以内": "at_most",
    "之内": "at_most",
    "有余": "over",
    "都不到": "under",  # 10元都不到: "not even" after the amount
    "也不到": "under",
    "都不足": "under",
    "开外": "over",
    "附近": "about",  # 控制在570元附近
    "多": "over",
    "余": "over",
}
# After these a suffix qualifier is a word of its own (上下游, 多家, 余额).
SUFFIX_BLOCKERS: dict[str, tuple[str, ...]] = {
    "上下": ("游", "班", "级", "文", "车"),
    "多": ("元", "样", "种", "方", "个", "家", "项", "次", "边", "式", "位", "名"),
    "余": ("额", "量", "款", "震", "下", "粮"),
    "不到": ("场", "位", "岗", "达", "家", "了", "过", "一", "两", "半", "万", "百", "千", "十"),
}

# Words that begin with a unit character but are not that unit after a number (2060项目, 条件).
UNIT_BLOCKERS: frozenset[str] = frozenset(
    """项目 条件 条例 条款 所有 所以 所在 所属 所得 所谓 台湾 台阶 台账 台风 次日 次年 次要 元素 元宵 元旦
    家庭 家族 家属 家长 名单 名称 名义 名誉 位置 位于 位数 场所 场景 场地 处理 处于 处置 部门 部分 部署
    部长 户籍 户口 座谈 头部 批准 批复 批发 本地 本次 本报 本届 片区 起步 起来 起草 起点 例如 支持 支付
    支出 支撑 对于 对接 对外 对比 对象 组织 组建 组成 队伍 首次 首都 首批 首个 首家 类似 类型 种植 种子
    层面 层次 层级 手机 手续 手段 手术 手工 手艺 手表 手指 手册 手写 道路 道德 天然 天津 天气 天下 天空 周边 周末 周年 年级
    米饭 度假 度过 国家 国际 国内 国务 城市 城镇 城乡 校园 单位 单独 包括 包装 节目 节能 节约 集团
    集中 集体 口岸 口罩 针对 方面 方案 方式 方向 方法 方针 倍增 分钟 人民 人才 人员 人均 人士
    期间 期限 期待 期望 期末 期初 期中 期货 期刊 期权 期满 期内 期工程 期项目 期建设 期改造 期扩建 期货币 期票据
    升至 升到 升为 升了 升幅 升破 升势 升温 升级版 间接 月份 份额 件事 张家 门店 剂量 成本 秒杀 克服 米兰 度过 升级 升高 升值 斤两 号线
    时间 点击 分别 分之 负增长 车间
    面积 面临 面对 面向 面前 面貌 面板 面包 面条 面粉 面料 面子 面试 面谈 面孔 面上 面对面 面的
    球队 球员 球迷 球场 球星 球赛 球拍 球衣 球馆 球技 胜利 胜诉 胜出 胜负 胜率 胜任 胜地 胜算
    负责 负担 负面 负债 负荷 负数 负重 平台 平均 平方 平米 平衡 平稳 平安 平原 平等 平时 平价 平房 平面
    平均值 夜间 夜里 夜晚 夜市 夜班 夜景 幅度 顶级 顶尖 顶部 顶端 页面 卷入 卷烟 串联 圈子 圈内 尊重 尊严 扇区 岁暮 岁末 岁首 岁月""".split()
)

# Verbs that make the number a change rather than a level.
INCREASE_WORDS: tuple[str, ...] = (
    "增长", "增加", "提高", "上升", "提升", "上涨", "增幅", "增速", "攀升", "扩大", "多增", "递增",
    "涨幅", "上调", "上浮", "升高", "增高", "走高", "飙升", "递增", "涨价", "提价", "增", "涨", "升", "多产", "增收", "增产",
    # blind5: market and weather words, and 多 + a verb of earning (可多赚取50亿日元)
    "升值", "暴涨", "大涨", "猛增", "激增", "偏多", "偏高", "加息", "多赚", "多赚取", "多挣",
    # round 9: 翻了四番 / 翻一倍, 延长1岁退休年龄 (延长至65岁 stays a level through LEVEL_MARKERS)
    "翻", "延长",
    "上行",  # 收益率上行5bp (only right before the number: VERB_OBJECT_CHANGES)
    # round 12: 反应增强50倍, 贷款成本多了100万元 (多了 with its 了, as 少了); 多收7万元 is what was overcharged,
    # a level in the sets (3 of 3), so 多收 is no change word
    "增强", "多了",
)  # fmt: skip
DECREASE_WORDS: tuple[str, ...] = (
    "下降", "减少", "回落", "降低", "下滑", "下跌", "缩小", "收窄", "下调", "下浮", "降幅", "跌幅", "削减",
    "缩减", "压减", "减", "减税", "节约", "节支", "减负", "少产",
    "降", "跌", "减收", "减免", "压缩", "减员", "节省", "降价",
    # blind5: 海岸倒退了50多米, 股价急挫11%, 降水偏少5—7成, 降息27个基点
    "倒退", "后退", "下挫", "急挫", "暴跌", "大跌", "缩水", "贬值", "偏少", "偏低", "降息", "少赚", "少收",
    # round 9: 工期缩短3个月, 年节电150万千瓦时 (节电, 节水 hold their object: VERB_OBJECT_CHANGES)
    "缩短", "节电", "节水", "节煤", "节油", "节能",
    # round 11: 卫生纸又少了一半 (少了 with its 了: bare 少 is 至少, 不少; 砍掉了30万株桃树 counts trees)
    "少了", "下行",
    # round 12: 裁减国家工作人员40万人
    "裁减",
)  # fmt: skip
# 少 before a verb of increase makes it a smaller increase than before, a decrease of the figure (社融规模比
# 上年同期少增加3948亿元, 同比少增1200亿元); 多 before a verb of decrease, a larger decrease is still one.
LESS_BEFORE_INCREASE = "少"
BASIS_WORDS: tuple[str, ...] = ("同比", "环比")
# Change verbs that hold their object already (减税, 节支, 多产): they are changes only right before the
# number (减税超过4000亿元), never with another object between (实行的减税政策使…17%).
# Verbs that take no object (缩水, 贬值, 偏少) are changes only right before the number too (资产缩水客户…
# 索赔198万 is no change).
VERB_OBJECT_CHANGES: frozenset[str] = frozenset(
    """减税 节支 减负 增收 降息 加息 缩水 贬值 升值 倒退 后退 下挫 急挫 暴跌 大跌 暴涨 大涨 猛增 激增
    偏少 偏多 偏低 偏高 节电 节水 节煤 节油 节能 上行 下行 延长""".split()  # 延长石油集团出资: a name
)
# The changes among them that take no object (股价急挫11%, 利率大涨22%): the thing that moves is the
# subject, so the verb never names the amount the way 减税 or 节电 do.
OBJECTLESS_CHANGES: frozenset[str] = frozenset(
    """缩水 贬值 升值 倒退 后退 下挫 急挫 暴跌 大跌 暴涨 大涨 猛增 激增 偏少 偏多 偏低 偏高 上行 下行""".split()
)
# Savings named by one word (年节电150万千瓦时): the word is a decrease and also the subject of the number.
SAVING_NOUNS: frozenset[str] = frozenset("节电 节水 节煤 节油 节能".split())

# Words between a change verb and its number that keep it a change (增长了, 分别增长).
CHANGE_FILLERS: tuple[str, ...] = (
    "了", "分别", "约", "近", "超过", "逾", "达", "达到", "为", "幅度为", "只有", "仅有", "仅为", "仅", "只", "已经", "已",
    "速度", "幅度", "高达", "最高达", "一度",
    # round 9: 下降幅度更达32.5%, 同比增长均超过10%
    "更达", "更是", "均", "均为", "均达", "均超过",
    # round 12: 降幅是0.85%, 增长幅度应该超过20%, 降价幅度将在8%以内
    "是", "应该", "应", "在", "将在",
)  # fmt: skip
# A clause made of one of these and a number names a new level, not the change of the clause before
# (同比下跌18.9%，为近4年最低 · 增长了16%，达到602项); 最高达, 最多 etc. still share that change.
LINK_ONLY_CLAUSES: frozenset[str] = frozenset("为 是 达 达到 达到了 成为 相当于 已达 已经达到".split())
# A change verb followed by one of these gives the level reached, not the change (降至16.2%, 降为6.69亿户);
# the nouns 降幅为, 增幅达 stay changes.
LEVEL_MARKERS: tuple[str, ...] = ("至", "到", "为")
# Words that end in a change character and are no change: 飞机起降4.7万架次 (take-offs and landings),
# 升降, 涨跌, 增减 (both ways at once).
NOT_CHANGE_WORDS: tuple[str, ...] = ("起降", "升降", "涨跌", "增减", "升跌", "起跌")
CHANGE_NOUNS: frozenset[str] = frozenset({"增幅", "降幅", "涨幅", "跌幅", "增速", "减幅", "幅度"})

# Nouns after "number的" that frame the amount rather than name what is measured (10万亿的规模,
# 1000元的高价, 30%的界限, 上浮40%的消息): the thing measured is named before the number.
FRAME_NOUNS: tuple[str, ...] = tuple(
    """规模 情况 消息 界限 高价 高息 低价 价位 心理价位 顶峰 高峰 峰值 大关 关口 纪录 记录 水平 战绩 成绩 佳绩
    程度 态势 局面 目标 标准 门槛 红线 上限 下限 买卖 协定 协议""".split()
)

# Measure words that follow a numeral in names rather than counts (三中全会, 二十届).
NAME_FOLLOWERS: tuple[str, ...] = ("中全会", "届", "大", "五")

# Set phrases whose numerals count nothing (千家万户, 千方百计): a number inside one is no fact.
IDIOMS: tuple[str, ...] = tuple(
    """千家万户 千方百计 千辛万苦 万无一失 千千万万 成千上万 成百上千 千军万马 千载难逢 万众一心 百花齐放
    百家争鸣 五湖四海 四面八方 五花八门 四通八达 一举两得 两全其美 三令五申 接二连三 七上八下 乱七八糟
    十全十美 三心二意 一心一意 九牛一毛 百年大计 千篇一律 万紫千红 千变万化 千差万别 三番五次 一五一十
    百折不挠 千锤百炼 万家灯火 千秋万代 十万火急 百尺竿头 千里之行 万象更新 三三两两 万水千山 千山万水
    四平八稳 五颜六色 六神无主 九死一生 一干二净 三五成群 百闻不如一见 百战百胜 千姿百态 万古长青 三天两头 九天揽月 一去不复返""".split()
)

# Words after a number that make it a change (3%的环比涨幅, 5%的降幅).
CHANGE_NOUNS_AFTER: dict[str, str] = {
    "涨幅": "increase",
    "增幅": "increase",
    "增速": "increase",
    "增长": "increase",
    "降幅": "decrease",
    "跌幅": "decrease",
    "减幅": "decrease",
}

# Words made of numeral characters that are no numbers (二手房, 四方桥, 股四头肌, 这两天 = lately).
NUMERAL_WORDS: tuple[str, ...] = tuple(
    """二手 四方 四头肌 三头肌 二头肌 这两天 那两天 这两年 这几天 那几天 一五一十 二把手 一把手 三角 八卦 万一
    千万别 千万不 千万要 九霄 三明治 五金 三轮车 两岸 两会 七夕 万达 百度 千岛 红十字 十字路 冬季两项 铁人三项 五项全能
    七项全能 十项全能 三项全能 五保 三口之家 四口之家 五口之家 三代之家 四代同堂 三代同堂 西方七国 七国集团
    八国集团 二十国集团 东北三省 八项规定 四项基本原则 三个代表 四个全面 五位一体 两学一做 三严三实 四个意识
    四个自信 两个维护 两个确立 一国两制 五险一金 三公经费 三去一降一补 六稳 六保 两不愁三保障 三大攻坚战
    一带一路 三农 四风 三通 三资企业 三来一补 三无产品 四大名著 五粮液 三峡 三好学生 四大银行 四大行 零部件 零件 一口价 小两口 老两口 二人转 二套房 二套 道—琼斯30种 道琼斯30种 道·琼斯30种 道-琼斯30种""".split()
)

# Measure words after which a number preceded by 前 is a rank, not a count (前十名, 前3位, 50强).
RANK_UNITS: frozenset[str] = frozenset({"名", "位", "强"})

# Cues before a number that make 分 a score, not a minute (考了240余分, 得分, 领先10分).
SCORE_CUES: tuple[str, ...] = (
    "考了",
    "考",
    "得了",
    "得",
    "拿到",
    "拿了",
    "获得",
    "取得",
    "领先",
    "落后",
    "总分",
    "成绩",
    "分数",
    "打了",
    "打",
    "扣",
    "扣除",
    "记",
    "综评",
    "评分",
    "打分",
)
# Verbs before N届 that make it a count of editions or terms (举办了四届, 连任两届); elsewhere N届 names a
# session (二十届三中全会, 十四届全国人大) or a class (2024届) and is no fact.
EDITION_CUES: tuple[str, ...] = (
    "举办了",
    "举行了",
    "办了",
    "连续",
    "连任",
    "已举办",
    "举办过",
    "举行过",
    "共举办",
    "历经",
    "先后举办",
    "任了",
)
# After 届 a Chinese numeral + these is the session's ordinal (十四届全国人大二次会议).
SESSION_WORDS: tuple[str, ...] = ("次会议", "次全体会议", "次全会", "中全会", "次代表大会")
# Words before a number that make it a coordinate, not a measurement (北纬29.47度).
COORDINATE_WORDS: tuple[str, ...] = ("北纬", "南纬", "东经", "西经")
# Words before a number + 日 that make 日 a span of days (拘留15日), and before 一 + a duration unit that make
# 一个月, 一年 a fact (判处拘役一个月, 为期一年) rather than an article.
DURATION_CUES: tuple[str, ...] = (
    "拘留", "拘役", "缓刑", "有期徒刑", "徒刑", "为期", "历时", "持续", "连续", "长达", "期限", "工期", "刑期", "暂停",
)  # fmt: skip

# Traditional → simplified characters that matter around numbers, one to one (offsets are kept):
# numerals, multipliers, measure words, units, qualifiers and change words of Big5 pages.
TRADITIONAL: dict[str, str] = dict(
    zip(
        "萬億兩個條項輛臺張類場間棟隻頭顆筆種處門節組隊屆週鐘時號區縣國學戶參餘約達噸歲層點"
        "長漲環幣減實總計與過於額價數幾雙對釐頃畝為內後這將從貸億計劃億業產鎮鄉幹範圍價錢圓",
        "万亿两个条项辆台张类场间栋只头颗笔种处门节组队届周钟时号区县国学户参余约达吨岁层点"
        "长涨环币减实总计与过于额价数几双对厘顷亩为内后这将从贷亿计划亿业产镇乡干范围价钱圆",
        strict=True,
    )
)

# Words of a match record whose counts stand next to each other (4胜1负, 6胜10平12负): 平 is a draw only
# beside one of the others (3平方米 is no record).
RECORD_WORDS: frozenset[str] = frozenset("胜 负 平".split())
# Characters after 三面/四面 that make it sides (三面环山, 四面均有, 四面八方), not a count of flags.
SIDES_AFTER = "环均都临受夹围八方是被皆墙通群透漏楚"
# Financial numerals that are also ordinary characters (队伍, 陆续): alone they are a number only before 元.
FINANCIAL_DIGITS: frozenset[str] = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟")
# Words after 一人/一名 that make it a count of casualties or arrests (一人死亡, 另有一人伤势危急).
ONE_PERSON_AFTER: tuple[str, ...] = tuple(
    """死亡 身亡 遇难 丧生 殒命 罹难 受伤 受重伤 受轻伤 重伤 轻伤 伤势 伤重 失踪 被捕 被抓 落网 被拘 获救
    被困 中毒 感染 确诊""".split()
)
# Words after a duration that make 一 + the duration a span, not an article (一个月前, 仅一年时间).
ONE_DURATION_AFTER: tuple[str, ...] = ("前", "时间", "之前", "以前", "内", "之内")
# Words before a number + 度 that make 度 degrees of temperature (气温陡降到零下4度) → ℃.
TEMPERATURE_CUES: tuple[str, ...] = (
    "气温",
    "温度",
    "高温",
    "低温",
    "水温",
    "体温",
    "室温",
    "零下",
    "降温",
    "升温",
    "摄氏",
    "最高温",
    "最低温",
)
# What may follow 里 for it to be the unit of length (四五里地, 十几里路, 三里外).
LI_FOLLOWERS: tuple[str, ...] = (
    "地",
    "路",
    "外",
    "远",
    "长",
    "左右",
    "多",
    "的",
    "之",
    "，",
    "。",
    "、",
    "；",
)
# Quantity units followed by 级 name a class (56公斤级比赛), not a measurement.
CLASS_SUFFIX = "级"

# Quantity units that are time spans (一年多, 一个多月 are facts even with a lone 一).
DURATION_UNITS: frozenset[str] = frozenset({"年", "个月", "天", "周", "小时", "分钟"})

# Unit words that, right after a place word ending in one of these characters, make the number part of
# an address or a name (融玺公馆7栋, 飞凤村三组, 3号楼), not a count.
ADDRESS_UNITS: dict[str, str] = {
    "栋": "馆苑园区城厦庭府寓舍院楼里坊湾居邸墅",
    "幢": "馆苑园区城厦庭府寓舍院楼里坊湾居邸墅",
    "期": "馆苑园区城厦庭府寓舍院楼里坊湾居邸墅铁程",  # 余家头小区三期, 地铁３期: a phase
    "组": "村屯",
    "社": "村屯",
    "队": "村屯",
}
# Bounds that still qualify a number printed a few words later (至少保证1100万人, 不得超过本级接受捐款
# 的6.5%): the number itself keeps its span, the bound becomes its qualifier.
DISTANT_QUALIFIERS: dict[str, str] = {
    "至少": "at_least",
    "最少": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "最多": "at_most",
    "不超过": "at_most",
    "不得超过": "at_most",
    "不能超过": "at_most",
    "不应超过": "at_most",
    "不高于": "at_most",
    # 最高奖励达100万元, 最高可罚50万, 最高上浮30%: the cap printed before the verb
    "最高": "at_most",
    # 最低要罚2万元, 最低可获5000元: the floor printed before the verb
    "最低": "at_least",
    # 超过总数的98％, 不到16.9亿元总保费的1/10: a bound before a 的-phrase that names the whole
    "超过": "over",
    "不到": "under",
    "不足": "under",
    # 约增加75亿美元, 大约都占90％, 约占全国土地面积的2％: "about" printed before the verb (not 节约, 签约:
    # the characters of PREFIX_WORD_BEFORE["约"] before it); 多达 is no bound (the older sets leave it out)
    "大约": "about",
    "约": "about",
}
# Words after a distant bound that make it part of a noun (最高气温17℃ is the day's top, not a cap).
DISTANT_BLOCKERS: dict[str, tuple[str, ...]] = {
    "最高": tuple(
        "气温 温 价 法 人民 检 峰 点 水位 纪录 记录 级 层 领导 学府 荣誉 时速 速 限 值 分 得分 票 发 的".split()
    ),
    "最多": ("的",),
    "最低": tuple(
        "气温 温 价 法 检 峰 点 水位 纪录 记录 级 层 工资 收入 生活 保障 标准 限 值 分 得分 票 的 时".split()
    ),
}
# Bounds of DISTANT_QUALIFIERS that also reach over a one-character verb (约占2％, 大约占22％).
DISTANT_ONE_CHAR: frozenset[str] = frozenset({"大约", "约"})
# Words before a number + 点 that make 点 index points, not a clock time (点差为10点, 指数上涨了25点).
POINT_CUES: tuple[str, ...] = (
    "点差",
    "指数",
    "点位",
    "基点",
    "大盘",
    "道指",
    "标普",
    "纳指",
    "恒指",
    "股指",
    "沪指",
    "成指",
    "板指",
    "指涨",
    "指跌",
    "上证",
    "深证",  # 沪指涨0.23%报3082点
)
# Count measure words after which letters before the number name the thing counted (cpu344个), not a code.
LETTER_COUNT_UNITS: frozenset[str] = frozenset("个 台 件 部 只 枚 块 片 颗 套 辆 架 张 条 种 款".split())

# Nouns that name a measurement (the brief's 人数, 总额, 规模, 率, 量, 额, and their kin): a number printed
# right after one of these measures it, even when a noun follows the number (价格43.94万元的英菲尼迪汽车,
# 占地1280亩的工程): the subject is the phrase before the number.
MEASURE_HEADS: tuple[str, ...] = tuple(
    """价格 售价 单价 均价 总价 房价 票价 面积 占地 长度 全长 总长 高度 宽度 深度 重量 容量 跨度 里程 距离 规模
    总额 人数 产值 总值 收入 利润 成本 余额 总数 数量 排量 时速 时长 费用 总投资 投资额 率 量 额""".split()
)

# Characters before 前 that make it part of a word (目前, 此前, 提前), not "the top N" (前十名).
NOT_RANK_BEFORE: str = "目此之提以从事空当眼面跟向生日年月节当史先"
# Per-units that a 每X further back in the clause gives an amount (每吨汽油上调170元); time units are
# left out: 每年拨款十亿元 is a yearly amount of money, reported as money.
DISTANT_PER_SKIP: frozenset[str] = frozenset({"年", "月", "天", "日", "周", "小时", "晚", "期", "次", "场"})
# Periods of a 每X that make an amount further on in the clause a rate (每月有3000多元 → 元/月); 每年 is left
# out: 8 of 12 annotated 每年 amounts are yearly totals (每年向大气中排放230亿吨二氧化碳).
RATE_PERIODS: tuple[str, ...] = ("小时", "月", "天", "日", "周", "晚")
# Nouns right after an amount that name it as a fee or a pay (每月收取1元短信费): the 每X before is then
# the fee's period, and the amount is left a plain amount.
AMOUNT_NOUNS_AFTER: tuple[str, ...] = ("费", "工资", "收入", "薪", "租金", "押金", "奖金", "利息")
# Quantities that are never priced per period: spans of time, ages, multiples, temperatures.
NOT_RATE_QUANTITIES: frozenset[str] = frozenset(
    "年 个月 月 天 日 周 星期 小时 个小时 分钟 秒 岁 倍 度 ℃ 个百分点 个季度 季度 晚 夜".split()
)
# Nouns of pay and rent that make a 每 + period before an amount a rate (每天租金144元, 每月工资3000元).
PERIOD_PRICE_NOUNS: tuple[str, ...] = (
    "租金", "房租", "月租", "工资", "薪水", "薪资", "薪酬", "收入", "费用", "收费", "补贴", "补助", "津贴", "生活费",
)  # fmt: skip
# Words between 每X and an amount that make the amount a total of something else, not a price per X:
# 每股收益0.73元 (earnings per share are printed as an amount), 每股净资产, 每人奖品价值1000元 (a thing's worth).
PER_GAP_TOTALS: tuple[str, ...] = ("收益", "净资产", "公积金", "现金流", "分红", "派息", "全年", "价值")
# Per-units reported by their full name (20万元每平米 → 元/平方米, as 平米 alone is 平方米).
PER_NAMES: dict[str, str] = {"平米": "平方米"}
# A distant 每位/每名 prices an amount per person (每位烈士发放3万元 → 元/人).
PER_ALIASES: dict[str, str] = {"位": "人", "名": "人"}
# Verbs that name an amount when they stand right before it (完成投资131.2亿元, 累计脱贫5500多万人,
# 合计销售3189.4亿元): accepted as the head of a subject although jieba tags them as verbs.
NOMINAL_VERBS: frozenset[str] = frozenset(
    """投资 消费 支出 收入 销售 发债 融资 贷款 出口 进口 捐款 营收 亏损 盈利 补贴 纳税 交易 成交 接待 脱贫 落户
    就业 安置 返息 生产 采购 出货 发行 募集 分红 赔偿 罚款 缴纳 投入 存款 用电 用水 成交额 招收 招生 转移安置
    持股 占地 清查 监督 检查 培训 救助 受灾 减产 增产 储备 预存 充值 进账 赞助 拨款 集资 入网 抓举 挺举 开价""".split()
)
# Verbs that really open a predicate right after an amount (1800万元|获得…, 500万元|用于…, 30人|参加培训):
# a verb-tagged word after a count's measure word that is not one of these is read as part of the
# counted noun that jieba mis-tags (16个|上合/v|组织/v|国家/n).
AMOUNT_PREDICATE_VERBS: frozenset[str] = frozenset(
    """获得 取得 赢得 用于 达到 完成 实现 投资 投入 建设 建成 新建 发放 增加 减少 参加 参与 购买 收购 支付
    领取 获 用 帮助 支持 资助 扶持 奖励 补贴 改善 改造 解决 带动 吸纳 安置 覆盖 惠及 服务 开展 举办 进行
    参观 前往 赶赴 奔赴 来到 到达 进入 抵达 送往 入住 入驻 落户 签约 签订 开工 竣工 投产 运营 成为 获评 当选
    通过 提供 提出 申请 申报 报名 出席 死亡 受伤 遇难 失踪 获救 被困 感染 确诊 治愈 出院 入院 就业 创业 脱贫
    培训 学习 参赛 比赛 获奖 登记 注册 上市 出口 进口 销售 生产 发展 组成 构成 形成 包括 涉及 集中 分布 位于
    设立 成立 建立 组建 设置 保障 用来 购置 偿还 归还 缴纳 捐赠 捐款 捐献 救治 接受 参保 加入 留在 来自
    得到 出现 符合 作为 承担 享受 选择 愿意 能够 没有 维持 见到 听从 发还 需要 存在 面临 遭受 受到 具有 拥有""".split()
)

# Nouns that name the measure printed right after them (宽9米, 总面积5560平方公里, 缓刑两个月,
# 收受贿赂人民币1.5万元): when one stands right before a number (links such as 为/约/不过 aside), it
# is the number's subject, ahead of a noun after the unit (总面积…的小岛). One-character words count
# only as a word of their own after a boundary (一个宽9米、高2.5米), not 比去年高2米.
MEASURE_NOUNS_BEFORE: frozenset[str] = frozenset(
    """宽 高 长 深 厚 粗 重 直径 半径 周长 口径 宽度 高度 长度 深度 厚度 身高 体重 海拔 落差 面积 总面积 建筑面积
    占地面积 使用面积 水域面积 总重 重量 总重量 净重 毛重 载重 容积 库容 排量 跨度 全长 总长 里程 总里程 埋深
    货值 总货值 案值 涉案金额 贿赂 透支 欠款 欠薪 赃款""".split()
) | frozenset(
    # sentences and fines: 缓刑两个月, 拘留15日, 并处罚金2000元 (the person sentenced is no part of them)
    SENTENCE_WORDS := frozenset(
        "缓刑 拘留 拘役 有期徒刑 徒刑 刑期 管制 行政拘留 司法拘留 监禁 罚金 罚款".split()
    )
)
# Words between such a noun and its number that belong to neither (总面积|不过|5560平方公里, 贿赂|人民币).
MEASURE_LINKS: frozenset[str] = frozenset(
    """为 达 达到 约 约为 不过 仅 仅为 只有 共 共计 合计 计 高达 长达 多达 约合 人民币 美元 港币 港元 欧元 日元
    已 已达 超过 近 逾 都 均 各 了 在 是""".split()
)

# Words of a casualty count: right before the number (死亡8人, 伤7人) or right after it (造成58人死亡), they
# are what the count of people measures.
CASUALTY_WORDS: tuple[str, ...] = tuple(
    sorted(
        "死亡 身亡 遇难 丧生 罹难 受伤 重伤 轻伤 轻微伤 伤 失踪 获救 被困 死 受重伤 受轻伤".split(),
        key=len,
        reverse=True,
    )
)
# Time words that are no subject (比上年度减少1%, 1996年度增长了19%): the clause is then about the topic before.
TIME_SUBJECTS: frozenset[str] = frozenset(
    "年度 同期 去年同期 上年同期 当年 全年 月份 季度 年初 年底 年末 上年 去年 今年 本年度 上年度".split()
)

# Stock market indices as news prints them (沪指收报3168.96点, 深成指跌1.25%): jieba cuts them and glues
# the verb after them (沪|指涨, 指周|涨幅), so they are matched by characters. What may follow the name up to
# its number: market verbs, change words and link words (收报, 报收, 跌, 周涨幅为, 一度).
MARKET_INDICES: tuple[str, ...] = tuple(
    sorted(
        """沪指 深成指 深证成指 上证指数 上证综指 深证综指 创业板指 创业板 中小板指 沪深300 上证50 科创50 恒指
        恒生指数 国企指数 道指 道琼斯指数 纳指 纳斯达克指数 标普500指数 标普指数 日经指数 日经225指数
        富时100指数""".split(),
        key=len,
        reverse=True,
    )
)
MARKET_FILLERS: tuple[str, ...] = tuple(
    sorted(
        """收报 报收 收于 收盘于 收在 报 收 收涨 收跌 涨 跌 上涨 下跌 微涨 微跌 大涨 大跌 暴涨 暴跌 小幅 大幅 高开
        低开 盘中 一度 全天 终市 早盘 午盘 尾盘 最终 最高 最低 日 周 月 涨幅 跌幅 为 达 至 了 逾 超 约 再度 继续""".split(),
        key=len,
        reverse=True,
    )
)
# 震中距宁江区14公里, 阳逻港距武汉20多公里: the distance belongs to the thing before 距, not to the place after it.
DISTANCE_WORDS: tuple[str, ...] = ("距离", "距")

# Averages per unit of land printed before the verb (亩均增收1500元 → 元/亩). 人均, 户均, 月均 amounts stay plain
# 元: every such amount of the annotated sets (22 of 22) is reported without a per-unit.
AREA_AVERAGES: dict[str, str] = {"亩均": "亩"}
