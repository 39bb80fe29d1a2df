"""Markers and name patterns of newspaper layout, kept as data (written afresh for newsmine).

Everything the line classifier recognises by its wording lives here: punctuation classes,
bylines (sources, roles), datelines, captions, page furniture, column labels and subhead
markers.  The classifier (``lines.py``) and the assembler (``assemble.py``) only combine
these tables; nothing about one paper or one page is written anywhere else.
"""

from __future__ import annotations

import re

# --- punctuation -------------------------------------------------------------------------
#: A paragraph that ends with one of these has really ended.
CLOSERS = frozenset("。！？!?…」』”’）)】〕>》.;；")
#: Sentence punctuation that never occurs inside a headline line (headlines use ，、：and spaces).
SENTENCE_STOPS = frozenset("。；;")
#: A line ending with one of these is obviously cut in the middle of a sentence.
OPENERS = frozenset("，,、：:（(“‘《【〔—-")
#: Quote and bracket closers: a paragraph ending in one is closed only when a stop precedes it.
SOFT_CLOSERS = frozenset("”’」』）)】〕》")
#: Characters a paragraph can end with after a soft closer for it to count as finished.
STOPS_BEFORE_SOFT = frozenset("。！？!?…")

#: Leading ornaments that papers put before bylines, captions and subheads.
ORNAMENTS = "□■◎●○◆◇▲△▼▽★☆※◤◥►▶·•"
#: Spaces of every width that extractors emit (ASCII, ideographic, no-break, en/em, thin).
SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"

# --- people and sources -------------------------------------------------------------------
#: Agencies and papers that sign articles without the word 记者 (``新华社``, ``本报``…).
KNOWN_SOURCES = (
    "本报",
    # a magazine, a site and a station sign their own staff so (``文／本刊记者　周航``, ``本网讯``)
    "本刊",
    "本网",
    "本台",
    "新华社",
    "中新社",
    "人民日报",
    "中新网",
    "新华网",
    "人民网",
    "央视网",
    "央广网",
    "光明网",
    "环球网",
    "中国新闻网",
    "中央广播电视总台",
    "央视新闻",
    "经济日报",
    "光明日报",
    "工人日报",
    "法治日报",
    "科技日报",
    "中国日报",
    # 红网's client names itself with a word that ends like no paper (``红网时刻12月11日讯``)
    "红网时刻",
    # papers whose names end like no paper (``21世纪经济报道记者 倪雨``, ``第一财经记者 王某``)
    "21世纪经济报道",
    "第一财经",
    "财新",
)
#: Last characters of a paper's two-character short name (``深晚`` 深圳晚报, ``南都`` 南方都市报, ``北青`` 北京青年报,
#: ``扬晨``, ``钱快``, ``每经`` 每日经济新闻, ``中经``…): such a name signs a byline before 记者 (``深晚记者　陈　帆``)
#: as a full name would.
SHORT_PAPER_ENDS = "晚都青晨商快经"
#: Endings that make a word a paper, agency or site name (``青岛日报``, ``观海新闻``, ``大众网``).
SOURCE_SUFFIXES = (
    "日报",
    "晚报",
    "早报",
    "晨报",
    "商报",
    "时报",
    "周报",
    "报社",
    "新闻",
    # weeklies named for their day or kind (``南方周末记者``, ``中国新闻周刊记者``)
    "周末",
    "周刊",
    "客户端",
    # a provincial news site (``浙江在线11月22日讯``)
    "在线",
    "电视台",
    "广播电台",
    "融媒体中心",
    "通讯社",
    "社",
    "网",
    "报",
)
#: Roles whose people wrote the text and took the photos (``文/图　本报记者　王某``): their names are
#: photographers too.
TEXT_AND_PHOTO_ROLES = ("文·图/", "文·图／", "文・图/", "文/图", "文／图")
#: Role words of a byline, longest first, mapped to the Byline field they fill.
ROLES: tuple[tuple[str, str], ...] = (
    ("全媒体记者", "reporters"),
    ("融媒体记者", "reporters"),
    # a paper's converged newsroom (``苏报融媒记者　吴　苏``): the paper is the source
    ("融媒记者", "reporters"),
    ("首席记者", "reporters"),
    ("特约记者", "reporters"),
    ("见习记者", "reporters"),
    ("驻站记者", "reporters"),
    ("特派记者", "reporters"),
    ("实习记者", "interns"),
    # a school paper's student reporters (``文/学生记者　潘　悦``)
    ("学生记者", "reporters"),
    ("校园记者", "reporters"),
    # a guest commentator signs as the paper's (``本报特约评论员　何　明``)
    ("特约评论员", "reporters"),
    ("评论员", "reporters"),
    ("特约通讯员", "correspondents"),
    ("通讯员", "correspondents"),
    ("报道员", "correspondents"),
    ("实习生", "interns"),
    ("摄影记者", "photographers"),
    ("摄影", "photographers"),
    ("图/", "photographers"),
    ("图／", "photographers"),
    # the writer who took the photos too (TEXT_AND_PHOTO_ROLES)
    *((role, "reporters") for role in TEXT_AND_PHOTO_ROLES),
    ("文/", "reporters"),
    ("文／", "reporters"),
    ("撰文", "reporters"),
    # a contributor who is not on the staff (``特约撰稿人　何　方``)
    ("特约撰稿人", "reporters"),
    ("撰稿人", "reporters"),
    ("作者", "reporters"),
    ("记者", "reporters"),
    # the desk editor credited beside the reporter (``每经记者　黄　鹂　每经编辑　陈　旭``): named, but no
    # author of the text, so the names fill no field of the byline
    ("编辑", "editors"),
)
#: A posting abroad or elsewhere between a source and its role (``本报驻埃及记者``): not part of the source.
POSTING_RE = re.compile(r"驻[\u4e00-\u9fff]{1,8}$")
#: An affiliation printed after an author's name (``（作者：王某，系某大学教授）``): no names in it.
AFFILIATION_RE = re.compile(r"[，,；;\s\u3000]*(?:系|为|是|现任|单位[:：])[^，,]{2,40}$")
#: Words that sign a reader's letter or a contributed piece after its body (``四川南充 读者 王某``).
SIGNATURE_ROLES = ("读者", "来信人", "网友", "作者")

#: Words that may follow the names of a byline and carry no name (``本报记者 王某 报道``).
BYLINE_TAILS = ("报道", "发自", "采写", "整理", "综合报道", "摄影报道")
#: Words after the names that open a place where the reporter filed from (``发自成都``, ``发自 广州``):
#: the rest of the byline names a place, not a person.
FILED_FROM = ("发自",)
#: Words that end a place where the reporter filed from (``北京报道``): after a name, the word before
#: them is a place.
FILED_AT = ("报道",)
#: Separators inside a source made of two names (``华西都市报-封面新闻``, ``齐鲁晚报·齐鲁壹点``).
SOURCE_JOINERS = "-－—·•/／、"

#: Beginnings of running text after 记者 (``记者注意到``, ``记者从…获悉``): never the start of a name.
NOT_NAME_STARTS = (
    "注意",
    "了解",
    "获悉",
    "获知",
    "得知",
    "发现",
    "看到",
    "采访",
    "走访",
    "调查",
    "联系",
    "致电",
    "询问",
    "查询",
    "来到",
    "赶到",
    "前往",
    "进入",
    "实地",
    "近日",
    "日前",
    "昨",
    "今",
    "从",
    "在",
    "还",
    "也",
    "又",
    "再",
    "随后",
    "对",
    "跟",
    "说",
    "表示",
    "问",
    "一行",
    "们",
    "手记",
    "札记",
    "笔记",
    "观察",
    "亲历",
    "体验",
)
#: A person's name as printed in bylines: 2–4 Han characters, or a transliterated name with a middle dot.
NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·•．][\u4e00-\u9fff]{1,8})"
NAME_RE = re.compile(rf"^{NAME}$")
#: Separators between names in a byline.
NAME_SEPARATORS = re.compile(r"[\s\u3000、，,；;/／]+")

#: Common Chinese surnames (single characters), written for newsmine.  Used to cut names that a
#: byline prints run together (``记者王莹通讯员陈俊云廖翔``: 陈俊云 + 廖翔) and to accept a bare name
#: printed alone under a title (人民时评 and similar: ``周人杰``).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝封官谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况"
    "那宿鲜印逯隆茹诸战慕危玉银亢嵩帖蔚檀"
)
#: Two-character surnames (复姓).
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "尉迟",
        "公孙",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "澹台",
        "呼延",
        "闻人",
        "申屠",
        "太史",
        "万俟",
        "钟离",
    )
)
#: The interviewer's label of a Q&A (``记者：…？``, ``问：…``): such a line is body text, however
#: short.  Names before a colon are left alone, since titles quote people that way (``王某：…``);
#: the answers are long sentences and read as body anyway.
QA_SPEAKER_RE = re.compile(r"^(?:记者|本报记者|主持人|问|答|[Qq])[：:]\S")

# --- datelines ----------------------------------------------------------------------------
_MONTH_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_AGENCY = (
    r"(?:本报|本刊|本网|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|中国新闻网|红网时刻|"
    r"[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|晨报|新闻|网|社|报|客户端|在线))"
)
#: Two or three agencies printed as one (``三秦都市报-三秦网``, ``青岛日报/观海新闻``, or set apart by
#: spaces: ``新安晚报 安徽网 大皖客户端讯``).
_AGENCIES = rf"{_AGENCY}(?:(?:[-－—/／·]|[ \u3000]{{1,2}}){_AGENCY}){{0,2}}"
#: A dateline at the very start of a paragraph: ``本报7月25日讯``, ``新华社北京7月25日电``,
#: ``据新华社电``, ``本报讯``, ``中新网温州10月11日电``, ``三秦都市报-三秦网讯``; a ``（记者 …）``
#: credit may follow it.
DATELINE_RE = re.compile(
    rf"^[{ORNAMENTS}【\[]?\s*(?P<dateline>据?{_AGENCIES}[\u4e00-\u9fff]{{0,8}}?(?:{_MONTH_DAY})?"
    rf"(?:讯|电|消息|快讯|综合报道))[】\]]?"
    r"(?:\s*[（(](?P<credit>[^（）()]{2,60})[）)])?[\s\u3000：:]*"
)
#: A paper known by a short name without a suffix (``南都讯``, ``扬子晚报网讯``): 2–6 characters and
#: 讯, then a space, a credit in parentheses or a role word.  Words that merely end in 讯 are excluded.
SHORT_DATELINE_RE = re.compile(
    r"^(?P<dateline>(?!(?:简|快|短|通|资|喜|死|音|传|审|电|视|质|提|闻)讯)[\u4e00-\u9fff]{2,6}讯)"
    r"(?=[\s\u3000（(]|记者|首席记者|通讯员)"
    r"(?:\s*[（(](?P<credit>[^（）()]{2,60})[）)])?[\s\u3000：:]*"
)
#: When a news lead opens (``2月16日，…``, ``近日，…``): after ``据…报道，`` it makes the lead a dateline.
_LEAD_TIME = r"(?:\d{4}年|[０-９]{4}年|\d{1,2}月|\d{1,2}日|[０-９]{1,2}[月日]|近日|日前|昨天|昨日|今天|今日|前天|本周|上周|当地时间)"
#: A dated lead naming a news agency it reports (``据路透社3月20日报道，``, ``据中新网报道，２０１１年５月…``):
#: a dateline, like ``据新华社电``.  The agency is a known one or a wire service (…社); another paper or a
#: magazine quoted so (``据《卫报》报道，``, ``据外媒报道，``), or an agency cited in passing without a date
#: (``据新华社报道，经检测…``), is the body's own sourcing, as the page sets read it.
REPORTED_DATELINE_RE = re.compile(
    r"^(?P<dateline>据(?:"
    + "|".join(re.escape(x) for x in KNOWN_SOURCES if not x.startswith("本"))
    + r"|(?!该|本|杂志|出版|通讯)[\u4e00-\u9fff]{2,3}(?<!报)社)[\u4e00-\u9fff]{0,6}?"
    + rf"(?:{_MONTH_DAY}报道|报道(?=[，,][\s\u3000]*{_LEAD_TIME})))(?P<credit>)[，,][\s\u3000]*"
)
#: A report's source set apart from the lead by a space, as a dateline is (``据央视财经报道　杭州…``,
#: ``据澳联社报道　新州警方称…``): set so at the start of a paragraph it is the article's dateline, whatever
#: the source (a paper, a site, a channel, an agency) and with or without a date.  With a comma instead
#: (``据北京青年报报道，…``) the source is the body's own sourcing, as REPORTED_DATELINE_RE reads it.
SPACED_REPORT_DATELINE_RE = re.compile(
    # (a foreign outlet keeps its Latin name: ``据ESPN报道``, ``据CNN报道``)
    # (a paper in title marks, ``据《法制日报》报道``: the source is the name inside them)
    r"^(?P<dateline>据(?:《(?P<titled>[^《》\s]{2,12})》|(?P<src>[\u4e00-\u9fffA-Z][\u4e00-\u9fffA-Za-z·•－\-]{1,11}?))"
    # (``据重庆日报客户端消息　…``: a site's 消息 set apart so is its report, as 报道 is)
    r"(?:\d{1,2}月\d{1,2}日)?(?:报道|消息))(?P<credit>)"
    r"[ \u3000]+(?=[^\s\u3000，,：:])"
)
#: A report's source and date in square brackets opening the lead (``【英国《卫报》网站6月13日报道】日前，…``,
#: ``【路透社伦敦6月2日电】…``), as digest and international pages print them: the dateline inside the
#: brackets; the source is the name in title marks, or the outlet named first.
BRACKET_REPORT_DATELINE_RE = re.compile(
    r"^【(?P<dateline>(?:[\u4e00-\u9fff]{0,6}《(?P<titled>[^《》【】]{1,12})》[\u4e00-\u9fff]{0,4}?"
    r"|(?P<src>[\u4e00-\u9fffA-Za-z]{2,12}?)[\u4e00-\u9fff]{0,4}?)"
    r"[\d０-９]{1,2}月[\d０-９]{1,2}日(?:报道|电))】(?P<credit>)[\s\u3000]*"
)
#: A credit run into the body after a dateline and closed by ``报道：`` (``金羊网讯　记者梁怿韬报道：2月21日…``,
#: ``…讯　徐政武、见习记者薛柏武、记者周再奔报道：…``): the credit is read, the body starts after the colon.
REPORTED_CREDIT_RE = re.compile(r"^(?P<credit>[^：:，,。！？“”（）()]{2,40}?)(?:摄影)?报道[：:][\s\u3000]*")
#: A credit whose paper is followed by its bureau's place (``闽南网漳州记者王惠敏``): the place is dropped
#: to read the credit.
CREDIT_PLACE_RE = re.compile(
    r"^(?P<src>[\u4e00-\u9fff]{1,6}?(?:日报|晚报|早报|晨报|商报|时报|都市报|新闻网|网|社|报))(?P<place>[\u4e00-\u9fff]{2,4}?)"
    r"(?=(?:首席|特约|见习|实习)?记者)"
)
#: A credit in brackets at the very start of a paragraph, with no 讯/电 (环球时报: ``【环球时报驻越南特约记者
#: 阮文 环球时报记者 李司坤】…``): a byline when its content reads as one.
BRACKET_CREDIT_RE = re.compile(
    r"^[【\[〖](?P<credit>[^【】\[\]〖〗]{3,60})[】\]〗][\s\u3000]*(?P<rest>\S.*)$"
)
#: A brief's title printed run-in, in brackets before its dateline (``【盗卖车辆事发】本报讯…``).
RUN_IN_BRACKET_RE = re.compile(r"^[【〖\[](?P<head>[^【】〖〗\[\]]{2,30})[】〗\]][\s\u3000]*(?P<rest>\S.*)$")
#: The fewest characters of a run-in title in brackets before running text without a dateline
#: (``【妥善处置打架事件】12月15日晚…``); shorter bracketed words (``【现场】``, ``【案情】``) label a part
#: of a feature, they do not title a brief.
RUN_IN_TITLE_MIN = 6
#: Words that a 新华社 wire story ends with: ``（完）``, alone or after the last sentence.
END_MARK_RE = re.compile(r"[（(]\s*完\s*[）)]\s*$")
#: ``记者从…获悉`` and the like open a body; they are never a dateline (kept here as a reminder:
#: DATELINE_RE needs 讯/电/消息 right after the agency, place and date).

# --- captions -----------------------------------------------------------------------------
#: Beginnings of a photo caption.
CAPTION_PREFIXES = (
    "图为",
    "图片为",
    "图：",
    "图:",
    "上图",
    "下图",
    "左图",
    "右图",
    "题图",
    "资料图片",
    "■图",
)
#: Endings of a photo caption or photo credit (``（新华社记者 王某 摄）``, ``本报记者 李某 摄``, or a credit
#: right after the caption's last stop: ``…截图。警方供图``).
CAPTION_END_RE = re.compile(
    r"(?:[\s\u3000（(][^（）()，。,；;]{0,40}(?:摄|供图|提供|制图|绘)[）)]?|[（(][^（）()，。,；;]{0,12}(?:截图|截屏|翻拍)[）)]|"
    r"(?<=[。！？])[^（）()，。,；;\s]{2,12}(?:摄|供图)|^[^（）()，。,；;\s]{2,12}供图|资料图片[）)。]?|资料图[）)。]?|新华社发[）)]?|"
    r"[（(]?图片来源[:：][^（）()]{1,30}[）)]?|[（(]?视觉中国[）)]?|[（(]图据[^（）()]{1,12}[）)]|"
    # a short line of one clause naming a screen grab (``入围短片《缘份》截图。``)
    r"^[^（）()，。,；;！？]{2,28}(?:截图|截屏)。)$"
)
#: A caption marker at the start of a line (``■今年以来…``, ``▲…``); a byline can share it.
CAPTION_ORNAMENTS = "■▲△▼►▶"
#: Triangles that point at a photo (``▲警方抓获…``): a line opening with one, printed right under a
#: finished paragraph, is that photo's caption even without a credit or a comma.
PHOTO_POINTERS = "▲△▼"

# --- page furniture -----------------------------------------------------------------------
#: Lines that belong to the page, not to an article: headers, footers, editors, page numbers.
FURNITURE_RES = (
    re.compile(
        r"^(?:本版责任编辑|本版责编|责任编辑|本版编辑|美术编辑|图片编辑|版式设计|版式|美编|校对|编辑|组版|视觉设计|制图)[:：\s]"
    ),
    re.compile(r"^(?:责编|审读|值班编辑|值班主任|本版主编|主编|本版制作|制作|本版统筹|统筹)[:：]"),
    re.compile(r"^[-—\s]*(?:第\s*)?[A-Z]?\d{1,3}\s*(?:版)?[-—\s]*$"),
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日.{0,6}星期[一二三四五六日天].{0,30}$"),
    re.compile(r"^.{0,20}星期[一二三四五六日天].{0,30}第?\s*[A-Z]?\d{1,3}\s*版.{0,12}$"),
    re.compile(r"^.{0,30}第\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版(?:[\s\u3000].{0,10})?$"),
    re.compile(r"^(?:新闻热线|报料热线|投稿邮箱|E-?mail|邮箱)[:：]"),
    # a section name, the date with its weekday and the page number (``要闻 2024年7月26日 星期五 3``)
    re.compile(
        r"^[^，。,]{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s\u3000]*(?:星期|周)[一二三四五六日天][^，。,]{0,20}$"
    ),
    # a page code and the editor (``A03 | 本版编辑 王某``, ``第3版｜责任编辑：王某``)
    re.compile(r"^(?:第\s*)?[A-Z]?\d{1,3}\s*版?\s*[|｜丨]\s*.{0,24}$"),
    re.compile(r"^.{0,16}[|｜丨\s\u3000](?:责任编辑|本版编辑|美术编辑|编辑|校对)[:：\s\u3000].{0,20}$"),
    # a header strip of three or more parts set apart by bars, one of them a date, weekday or page code
    re.compile(
        r"^(?=(?:[^|｜丨]*[|｜丨]){2})(?=.*(?:\d{4}\s*年|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}|星期|周[一二三四五六日天]|"
        r"^[A-Z]?\d{1,3}\s*[|｜丨]))[^，。,；;]{4,60}$"
    ),
    # a header strip of three or more parts set apart by spaces, one the full date and one a page code
    # or weekday, in any order (``华商报 2018年11月12日 A6 陕西新闻``, ``国际·国内 A8 2019年1月3日``)
    re.compile(
        r"^(?=(?:\S+\s+){2,}\S+$)(?=(?:.*\s)?\d{4}年\d{1,2}月\d{1,2}日(?:\s|$))"
        r"(?=(?:.*\s)?(?:第?[A-Z]?\d{1,3}版?|星期[一二三四五六日天])(?:\s|$))[^，。,；;！？、]{6,40}$"
    ),
    # a running strip of the paper's name, the section and the page number, without a date, set in
    # the middle of a page where a column goes on (``中国电力报　要闻　2``, ``4 国内新闻 新民晚报``)
    re.compile(
        r"^(?=(?:\S+\s+){2,}\S+$)(?=(?:.*\s)?[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|晨报|商报|时报|周报|报)(?:\s|$))"
        r"(?=(?:.*\s)?第?[A-Z]?\d{1,3}版?(?:\s|$))[^，。,；;！？、：:]{5,30}$"
    ),
    # a running strip of the paper's name and a supplement or special page, without a date or page
    # number, set where a column goes on (``甘肃日报　法治专版``, ``北京晚报　家教周刊``)
    re.compile(
        r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|晨报|商报|时报|周报|报)[\s\u3000]+"
        r"[\u4e00-\u9fff]{1,6}(?:专版|周刊|副刊|专刊|特刊)$"
    ),
    # a magazine's running head: its date of issue and the issue number (``中国新闻周刊　2018年12月10日出版
    # 总第880期``)
    re.compile(
        r"^[^，。,；;！？]{0,16}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:出版)?[\s\u3000]*(?:总)?第\s*\d{1,5}\s*期"
        r"[^，。,；;！？]{0,12}$"
    ),
    # a magazine's running head by year and issue, maybe with its page and section (``民生周刊　2012年第28期
    # 第42页　民生访谈``)
    re.compile(
        r"^[^，。,；;！？]{0,16}\d{4}\s*年\s*(?:总)?第\s*\d{1,4}\s*期(?:[\s\u3000]*第\s*\d{1,3}\s*页)?"
        r"(?:[\s\u3000][^，。,；;！？]{0,12})?$"
    ),
    # a section name and the page number set apart by a bar, at a page's foot (``封面故事　|　23``)
    re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[|｜丨]\s*\d{1,3}$"),
    # editors named without a colon at the foot of a page (``责编 王某 美编 李某``)
    re.compile(r"^(?:责编|美编|编辑|校对)[\s\u3000]+[\u4e00-\u9fff]{2,4}[\s\u3000]+(?:美编|校对|版式|组版)"),
)
#: Metadata of web text pasted into a page (``原标题：…``, ``2018-05-21 16:59:00　来源: 大众网``,
#: ``来源：新华网``): not article text, whatever their length.
WEB_META_RES = (
    re.compile(r"^(?:原标题|原题)\s*[:：]\s*\S.{0,80}$"),
    # A source line names a source and nothing more; "来源：…”，违者…" is a sentence that a
    # hard-wrapped page happened to break before 来源.
    re.compile(r"^(?:来源|稿件来源|文章来源|本文来源)\s*[:：]\s*[^，。；！？”\"]{1,40}$"),
    re.compile(
        r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*(?:来源|作者|编辑)[:：].{0,40}$"
    ),
)
#: The characters that WEB_META_RES, END_MARK_RE and JUMP_RE open with (besides a digit), read after
#: NFKC: the classifier skips a long line that opens with anything else without normalizing it.
#: Keep in step with those patterns (tests/test_split_speed.py checks it).
FURNITURE_HEADS = frozenset("原来稿文本(（")
#: Jump lines, alone or at the end of a paragraph: ``（下转第二版）``, ``（上接第一版）``.
JUMP_RE = re.compile(
    r"[（(]\s*(?:下转|上接|转|接)(?:第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版|[^（）()]{0,8}版)\s*[）)]\s*$"
)
JUMP_START_RE = re.compile(
    r"^\s*[（(]\s*(?:上接|接)(?:第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版|[^（）()]{0,8}版)\s*[）)]"
)

# --- headlines, columns, subheads ---------------------------------------------------------
#: Words that make a short line a column or series label (栏目), not a headline.
COLUMN_WORDS = (
    "访谈",
    "专栏",
    "系列报道",
    "系列评论",
    "述评",
    "一线",
    "巡礼",
    "纪实",
    "特稿",
    "时评",
    "短评",
    "快评",
    "评论员文章",
    "本报评论员",
    "简讯",
    "快讯",
    "要闻",
    "综述",
    "观察",
    "聚焦",
    "直击",
    "在基层",
    "新春走基层",
    "调研行",
    "看变化",
    "新征程",
    "进行时",
    "面对面",
    "实践",
    # labels of a service box (``安全提示``, ``消费提示``, ``温馨提示``)
    "提示",
    # a magazine's sections (``封面故事`` over a feature's headline, ``人物`` over a profile's)
    "封面故事",
    "封面报道",
    "人物",
)
#: Topic words that open a column label (``聚焦社区消防安全``) when a full headline block of two lines or
#: more stays under it; over a single title the line is the title's kicker (``聚焦汛期安全`` / ``车辆落水…``).
COLUMN_STARTS = ("聚焦", "关注", "直击")
_NOTE_WORDS = r"(?:编者按|编者的话|编后|记者手记|短评|编辑点评)"
#: Box labels that introduce a note printed with the article (编者按) and stay in its body; in brackets
#: the note may run on with no colon or space (``【编者按】今年入夏以来…``).
NOTE_RE = re.compile(rf"^(?:[【\[]{_NOTE_WORDS}[】\]][:：\s\u3000]*(?=\S)|{_NOTE_WORDS}[:：\s\u3000])")
#: A sidebar's own title behind its box word (``记者手记：来不及尽孝``, ``编后：别让好政策打折扣``): a short
#: phrase, no clause, so the line titles a piece of its own rather than opening a note's text.
SIDEBAR_TITLE_RE = re.compile(r"^(?:记者手记|采访手记|编后|短评)[:：][\s\u3000]*[^，,。；;！？!?：:]{2,16}$")
#: Column labels that are a whole line by themselves (a briefs box, a commentary box).
COLUMN_LINE_RE = re.compile(
    # (a triangle or a square may mark the label: ``▲快讯``, ``■简讯``; a paper may name its own leader
    # writer: ``【本报评论员文章】``)
    r"^[▲△■□◆●]?[【\[〖「『]?(?:简讯|快讯|短讯|消息|要闻简报|新闻速递|新闻速览|新闻速读|新闻集锦|图片新闻|图片报道|图说新闻|"
    r"读者来信|来信|来信选登|编读往来|(?:本报|本刊)?(?:特约)?评论员文章|社论|短评|时评|"
    # a briefs box named after its field (``检察快讯``, ``政法简讯``, ``经济速览``)
    # (or its kind alone under a square: ``■速览``, ``■速递``)
    r"[\u4e00-\u9fff]{2,4}(?:快讯|简讯|短讯|速览|速递|简报)|(?<=[▲△■□◆●])(?:速览|速递|速读|简报|集锦))[】\]〗」』]?$"
)
#: Connectives that open a sentence of running text when a comma follows them (``其次，以…的方式掩盖``):
#: a line so opened is never a headline, a kicker or a label, however short and unfinished (no gold
#: headline line of any set opens so).
RUNNING_OPENERS = (
    "首先",
    "其次",
    "再次",
    "最后",
    "此外",
    "另外",
    "同时",
    "与此同时",
    "然而",
    "因此",
    "所以",
    "不过",
    "其中",
    "随后",
    "此后",
    "然后",
    "接着",
    "据悉",
    "据了解",
    "对此",
    "为此",
    "总之",
    "可见",
    "事实上",
    "实际上",
    "一方面",
    "另一方面",
    "值得注意的是",
)
RUNNING_OPENER_RE = re.compile("^(?:" + "|".join(sorted(RUNNING_OPENERS, key=len, reverse=True)) + ")[，,]")
#: Last words of a kicker that leads into the title (``…推进大会强调`` / ``奋力开创…新局面``): what was said.
KICKER_ENDINGS = (
    "强调",
    "指出",
    "表示",
    "提出",
    "要求",
    "寄语",
    "宣布",
    "呼吁",
    "倡议",
    "发布",
    "获悉",
    "透露",
    "建议",
    # what someone found, praised or questioned: the next line says what (``端午小长假游客点赞`` /
    # ``前海景区公厕免费提供卫生纸``); none of these ends a whole title in the corpora's 489 titles
    "发现",
    "点赞",
    "爆料",
    "质疑",
    "追问",
    "吐槽",
    "回应",
    # the occasion or time the news falls on (``增值税减税新政落地首日`` / ``云南企业开出…``,
    # ``新《反不正当竞争法》实施后首例`` / ``德清查处…``): a setting, the title says what happened then;
    # no title + subtitle pair of the page sets had a first line ending so
    "首日",
    "首例",
    "当天",
    "当日",
    "之际",
    "前夕",
    # (fix18: a clause of time, ``餐厨垃圾回收公司撤走之后`` / ``南环大街人行道成了“垃圾场”``: the setting
    # the title's news follows; no title of the page sets ends so)
    "之后",
    # a public debate the story arises from (``“请女性自重”微博引发论战`` / ``两名女志愿者…抗议``,
    # ``…新标引热议`` / ``卫生部：…``): the title gives the news inside it
    "论战",
    "热议",
    "争议",
    # a law or rule coming into force (``《广州市绿化管理条例》9月起施行`` / ``施工致树死亡最高罚50万元``):
    # the occasion; the title says what the rule brings (both such blocks of the page sets read so)
    "起施行",
    "起实施",
)
#: Endings of a sentence that introduces a quotation (``但是项余遇说：`` over ``“…”``): such a line is running
#: text however short, and it ends its paragraph when the quotation is printed as a paragraph of its own.
#: (``…表示：`` and ``…称：`` are left out: a kicker may end so, ``外交部称：`` over its title.)
SPEECH_INTROS = ("说：", "说:", "道：", "问：", "坦言：", "感叹：", "回忆：", "告诉记者：")
#: Marks that open a quotation printed as a paragraph of its own.
QUOTE_OPENERS = "“「『\"'‘"
#: Words that open the topic a kicker (引题) names over the title (``聚焦汛期安全`` / ``车辆落水如何自救``).
KICKER_STARTS = (
    "聚焦",
    "关注",
    "直击",
    "警惕",
    "记者",
    "本报记者",
    # a campaign the article serves (``学习贯彻中央经济工作会议精神`` / ``营造…法治环境``)
    "学习贯彻",
    "深入学习",
    "贯彻落实",
    "学习宣传",
)
#: Words opening a headline line with the purpose or cause of what the next line reports (``为多拿园区赔偿款
#: 不成`` / ``村民持刀连刺村书记五刀``): a subordinate clause, the kicker over the main one.
PURPOSE_OPENINGS = frozenset(("为", "为了", "因", "因为", "由于"))
#: Prepositions opening a headline line with where or over what span the news happened
#: (``在恩施许家坪机场`` / ``机场出租车不打表…``, ``从侗族大歌到高山茶场的围棋对决`` / ``三江旅游嘉年华开幕``): the
#: scene, a kicker over the line with a subject of its own.  Over all 248 gold two-line blocks of the
#: twenty-one sets: 2 right, none wrong (no title or subtitle line opens so).
SCENE_OPENINGS = frozenset(("在", "从", "自", "当"))
#: Occasions named inside a first headline line (``春运前夕重拳打击票贩子`` / ``武铁警方捣毁…``): the setting,
#: a kicker (KICKER_ENDINGS holds them when they end the line).
OCCASION_WORDS = ("前夕", "之际")
#: The longest line a main title runs to on the page sets' pages: a line of two phrases set apart by a
#: space that is longer, under a shorter line, is the subtitle (``一孩生育改为登记备案`` / ``泰州全面取消
#: 《一孩生育服务证》　再生育审批时限缩短至30个工作日``); a first line that long, over a line two thirds its
#: length or less, is the kicker.
TITLE_LINE_MAX = 24
#: The shortest a line of two phrases set apart by a space runs to as the subtitle under a shorter
#: one-phrase title (``全市血站开放一个月`` / ``市民可参观血液检验加工过程　血液价格同时公示``); the
#: two-phrase titles under a kicker on the pages sets' pages stay at 20 or less (``患病夫妻双双轻生
#: 儿子哭诉“来不及尽孝”``).  Counted over every set's two-line blocks: 2 more right, none lost.
SPACED_SUBTITLE_MIN = 21
#: Words asking how or why: a two-line headline with one of them is an explanatory piece's kicker and
#: title (``湖南查处一起村霸涉黑案`` / ``村霸为何能把持支书位置13年``); a subtitle adds facts, it does not ask.
ASKING_WORDS = ("为何", "为什么", "如何", "怎么", "怎样", "咋", "几何")
#: A headline line that gives someone's words after a colon (``专家：沉默的孩子最让人担忧``): under a
#: question it answers it, a subtitle.
SPEAKER_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]\S")
#: The longest a first headline line can be to read as a short lead-in (``家长纠结`` / ``学校推荐英国游学…``)
#: when the line under it is at least twice as long plus two.
SHORT_KICKER_MAX = 5
#: A second headline line that reports someone's reaction (``律师称可能轻罚``, ``雷军回应：谣言``) is
#: the subtitle under the news it reacts to.
REACTION_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:称|回应)")
#: Words that cannot open a headline line: they go on with the clause of the line above (``11岁女孩不会游泳``
#: / ``却下水勇救5岁男孩`` is one title printed on two lines).  Matched against the line's first word.
CONTINUING_WORDS = frozenset(
    (
        "却",
        "竟",
        "竟然",
        "却又",
        "但",
        "但是",
        "而",
        "而且",
        "并且",
        "反而",
        "仍",
        "仍然",
        "依然",
        "则",
        "才",
        "也",
    )
)
#: The longest two headline lines can be in all and still be one title when the second opens with a
#: continuing word: on the page sets such titles had at most 18 characters; two lines of 19 each
#: (``专家建议到2045年…`` / ``也有专家认为…``) are two clauses, title and subtitle.
DEPENDENT_TITLE_MAX = 30
#: Paired words of one sentence (``老用户在网时间越长`` / ``网购节优惠就越多``): a headline line holding the
#: first half and the line under it the second are one title printed on two lines; the first half alone
#: (a condition, a comparison that grows) is no kicker.
CORRELATIVE_PAIRS = (("越", "越"), ("只要", "就"), ("只有", "才"), ("一旦", "就"))
#: A headline line that ends by marking a follow-up report (``“7·21”暴雨京港澳高速救援续``, ``…追踪``) is a
#: kicker over the day's news; 续 ending a word (持续, 继续, 手续…) marks nothing.
FOLLOW_UP_RE = re.compile(r"(?:(?<![继持连陆手延存接断])续|追踪|（续）)$")
#: A headline line that opens with the day (and hour) of the event (``2月24日凌晨荣县发生4.9级地震``) tells
#: the event a kicker reports, over a title with what followed (``全县干部群众连夜投入抗震救灾``).
DATED_OPENING_RE = re.compile(r"^[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
#: A first headline line opening with how often something was done (``多次以…为由向经销商索贿``) has no
#: subject of its own: it leads into the title that names who did it.
FREQUENCY_OPENING_RE = re.compile(r"^(?:多次|屡次|屡屡|一再|反复|频频)")
#: A first headline line ending on a trend (``…不满情绪持续升温``) gives the background of the event the
#: title reports (``元旦升旗现场再现抗议``).
TREND_ENDING_RE = re.compile(r"(?:持续(?![一二三四五六七八九十两数多几])[\u4e00-\u9fff]{2}|愈演愈烈)$")
#: Words by which a headline line says what is urgently needed (``…回收亟待“正规军”``): the story's
#: point, the title, under the line that gives the situation.
URGING_WORDS = ("亟待", "亟需", "亟须", "急需")
#: A first headline line opening with the period it sums up (``上半年社保运行总体平稳`` / ``五项社保基金收入过
#:万亿``): the overview, a kicker over the figure the title gives.
PERIOD_OPENING_RE = re.compile(
    r"^(?:[上下]半年|前[一二三四五六七八九十两0-9０-９]{1,2}个?月|[一二三四1-4１-４]季度|今年以来|年初以来)"
)
#: First words of a title line naming where the news happened from the reader's side (``我市全力做好…``):
#: the local news is the title, the wider line above it the kicker.
LOCAL_OPENINGS = ("我市", "我省", "我区", "我县", "我州", "我镇")
#: Words the segmenter tags as places that name no one place: the country, which opens organization names
#: (``中国知网``, ``中国移动``), and kinds of place (``山区患者…``, ``城市社区…``): not a local title's opening.
UNLOCATED_PLACES = frozenset(
    ("中国", "全国", "我国", "山区", "城市", "农村", "城区", "郊区", "乡村", "沿海", "边境", "内地", "海外")
)
#: Adverbs that put a headline line in the past, before the news (``翟欣欣曾要求苏删帖、两次报警`` /
#: ``知情人复原…当晚``): the line gives the background, a kicker over the title.
BACKGROUND_WORDS = frozenset(("曾", "曾经", "此前", "早前"))
#: Modals saying what is now allowed (``遇暴雨预警可延迟上学``): the point of a rule's story, as 要 / 应
#: say what is due.  Over all 248 gold two-line blocks: 1 right more, none lost.
PERMISSION_WORDS = frozenset(("可", "可以"))
#: Copulas and modals by which a headline line states a judgment or the point of the story rather than
#: an event (``保护产权就是保护生产力``, ``募捐“备案制”是上海首创``, ``改革要放出活力``).
JUDGING_WORDS = (
    frozenset(
        # (``…回收亟待“正规军”``: what is urgently needed is a judgment too)
        (
            "是",
            "就是",
            "也是",
            "都是",
            "才是",
            "正是",
            "要",
            "应",
            "应当",
            "应该",
            "亟待",
            "亟需",
            "亟须",
            "急需",
        )
    )
    | PERMISSION_WORDS
)
#: Judging words that are modals only before a verb (``要先问计于民``, ``可延迟上学``; not ``要点``, ``可口``).
MODAL_WORDS = frozenset(("要", "应")) | PERMISSION_WORDS
#: A headline line that opens by naming who speaks, then a colon (``专家：逃生还是用专用安全锤``,
#: ``马达加斯加环境森林部：机场安检将…``).
SPEAKER_OPENING_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,12}[：:]\S")
#: Two headline lines of at most this many characters in all, the second the shorter
#: (``杀人犯冒用女友亡夫身份`` / ``隐匿12年``), are one title printed on two lines: on the page sets a
#: subtitle came under a longer title, or opened with ——.
SHORT_TITLE_MAX = 16
#: The longest second line that can be the rest of a short title (see SHORT_TITLE_MAX).
TITLE_TAIL_MAX = 7
#: The longest two headline lines can be in all and still be one title cut inside a phrase: a verb's
#: object run over to the second line (``广州海关破获跨境电商渠道`` / ``走私奶粉海鲜案``) or a topic whose
#: predicate is printed under it (``养老金改革`` / ``当先破除双轨制``).  Measured on the page sets: no
#: kicker + title or title + subtitle pair of that shape and length.
RUN_ON_TITLE_MAX = 22
#: The longest a bare topic line can be whose predicate is printed on the line under it (``养老金改革``).
TOPIC_LINE_MAX = 10
#: Words a segmenter cuts into an adverb and a particle that still end a phrase (``每人1万元至8万元不等``):
#: a headline line ending with one is complete.
PHRASE_ENDINGS = ("不等", "不一", "而已", "等等")
#: The longest first line of a three-line headline block (no —— subtitle) that reads as a column label
#: (``身边的感动``) rather than a kicker.
SHORT_LABEL_MAX = 6
#: Openings of a second headline line that says why the first happened (``杏林湾水库边多个排口排放污水`` /
#: ``系截污泵站故障所致…``, ``疑因…``): it explains the title, a subtitle.
EXPLAINING_STARTS = ("系", "疑系", "因", "疑因", "源于", "原因是", "原来是")
#: A news lead that opens by naming the paper or agency it reports from, then when (``据北京青年报报道，
#: 2月16日，…``, ``据新华社消息，近日…``): another paper's story, not a section of the article above (a
#: story quoting another paper in passing goes on without the date: ``据中国青年网报道，马某于…``).
REPORTED_BY_RE = re.compile(
    r"^据[\u4e00-\u9fff]{1,12}?(?:日报|晚报|早报|晨报|商报|时报|周报|报|网|社|电视台|台|新闻|客户端)"
    r"[\u4e00-\u9fff]{0,6}?(?:报道|消息)[，,]\s*"
    r"(?:\d{4}年|\d{1,2}月|\d{1,2}日|[０-９]{1,2}[月日]|近日|日前|昨天|昨日|今天|今日|前天|本周|上周|当地时间)"
)
#: What may stand before a bare name in parentheses ending a paragraph for it to be the writer's credit
#: (``…多休息。（吴燕）``): a finished sentence.
NAME_CREDIT_AFTER = frozenset("。！？!?”’」")
#: End notes (see END_NOTES) that credit the desk's compiling of a story (``（综合）``, ``（编译）``): they
#: end the article as a credit does and are not body text.
COMPILED_NOTES = frozenset(("综合", "编译", "综合报道"))
#: Words printed in parentheses at a paragraph's end that read like a 2–3 character name but are notes.
END_NOTES = frozenset(
    ("全文完", "连载", "原创", "文摘", "来源", "综合", "编译", "整理", "待续", "续完", "未完", "有删节")
)
#: Subhead markers: ``一、`` ``（一）`` ``1.`` ``◆`` ``【…】``, and a short word with an ordinal before a
#: colon, as features number their parts (``套路一：…``, ``看点二：…``, ``关键词三：…``).
SUBHEAD_RE = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]{1,2}[：:]|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|[■◆◇●○★☆▲]|[【〖].{2,20}[】〗]$)"
)
#: A subtitle line (副题) opens with a dash.
SUBTITLE_RE = re.compile(r"^(?:——|──|—|--|－－)\s*")
