"""Build the tenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too, but never one of their pages or headline blocks:
each page mixes its own pieces (other cut points, paragraph lengths and combinations), and no sentence
is taken twice inside this set (the builder refuses it).  Headlines, bylines, captions, questions of
the interview and page furniture are written afresh.  The pages aim at layouts and papers no other set
has:

* papers and page types: 21世纪经济报道 金融 (-layout), a 民主与法制时报-style court page, 新华每日电讯
  国际, 生命时报 健康, 人民公安报, a county paper (宿松报), 厦门日报 (CRLF), a 评论 page of short signed
  pieces, an interview page (``记者：…`` / ``王向楠：…``), a photo page with many captions, 大河报 titled
  briefs, 华西都市报 untitled 快讯, 中国劳动保障报 opening with a continued story, a 南方周末-style weekend
  feature with long subheads, 公益时报 (full-width digits), 金华日报 交通, 南充日报 (BOM), 海南日报
  (-layout), 每日经济新闻 (web copy, CRLF), 新疆日报 (trailing spaces);
* headline blocks of every kind (kicker + title, title + ``——`` subtitle, subtitle without a dash,
  two-line titles, three-line blocks), 栏目 labels (【…】, 「…」, ▲…, 聚焦…), bylines of every common
  form (□/■/● marks, ``本报记者 … 通讯员 … 实习生 …``, ``文/… 图/…``, ``记者 … 深圳报道``, names split by
  spaces, full-width spaces, 、 and ，, a credit after the body), datelines (``本报讯``, ``本报X月X日讯``,
  ``新华社…电（记者…）``, ``据…报道``, ``本报北京X月X日电``), captions (``图为…``, ``（… 摄）``,
  ``资料图片``, ``▲…``), subheads, sentences cut by a column (across a caption, a blank line, a page
  strip, a narrower or a shifted next column), jump lines, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind10/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A10  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence_codes)
conv = SOURCE.conv
P = SOURCE.paragraphs


P1 = SOURCE.sentence


flat_width = layoutkit.flat_width


def page(name: str, arts: list[dict], style: str, **kw) -> None:
    """Write a page with ``layoutkit.page`` (-layout headlines indented 12 spaces, a narrower next
    column 4 characters narrower, a shifted one 10 spaces further right)."""
    assert re.match(r"n\d\d_", name), name
    layoutkit.page(HERE, name, arts, style, **kw)


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
PAY = "inews-train-00133"  # 智付支付 fined
INSURE = "inews-train-02290"  # 新三板 insurance brokers
CHIP = "inews-test-00535"  # a finance digest: 大基金, 量子通信, company notes
GAME = "inews-train-02192"  # 武进 城管 official, 网游
YAO = "inews-train-03396"  # 邵武 court, 姚丽艳
CRASH = "inews-train-05028"  # 南昌 碰瓷 gang
VIRUS = "inews-train-02945"  # 来宾 phishing
PARIS = "inews-train-03996"  # Paris riots
MADA = "inews-dev-00564"  # chameleons smuggled out of Madagascar
WIRE = "inews-train-03193"  # a digest of unrelated wire items
NORO = "inews-train-04822"  # 诺如病毒 in 福州
FOOD = SG.format("6e79e1f1bdd2f0ea")  # 马志英 on food safety (full-width digits)
EYE = "inews-train-00673"  # a perforated cornea, not from phones
FAKE = "inews-test-00213"  # fake pills sold on WeChat
TROLL = "inews-train-04933"  # 莆田 "网络水军"
SHRIMP = "inews-train-01231"  # 宿松 rice-and-crayfish fields
TAX = "inews-train-01241"  # 黄果树 tax office helps a village
FARM = "inews-test-00329"  # 山河农场 clean-up
SEWAGE = "inews-train-01468"  # sewage into 杏林湾 reservoir
RAIN = SG.format("afc1447fd2d2f0ea")  # 杭州 metro storm plan (full-width digits)
FIRE = "inews-test-00134"  # a fire in 高雄
CRACKER = "inews-train-04749"  # 南充 without firecrackers
CARD = "inews-train-01776"  # 南京 bus-card wear fee
DRESS = SG.format("1a0950cba0d2f0ea")  # 上海 metro "dress decently" post
RAINVN = "inews-test-00899"  # rain in Vietnam
GIVE = SG.format("7eaf18924bd2f0ea")  # 黄怒波 on giving (full-width digits)
ONE = SG.format("b8610cc3f6d2f0ea")  # 壹基金 flood drill
RESCUED = SG.format("b797f767c8d2f0ea")  # the rescued thank the workers (京港澳高速)
SWEEP = SG.format("632a0019c9d2f0ea")  # street sweepers living in a half-pulled-down block
BUS = "inews-train-02048"  # 睢县 school-bus accident
WAGES = "inews-test-00205"  # 汉阴 unpaid wages
TRUCKS = "inews-test-00577"  # 韩城 traffic police and lorry drivers
WRONG = "inews-test-00674"  # two cars against the traffic on a motorway
VAN = "inews-train-02775"  # 巴中 overloaded vans
TREES = "inews-train-01344"  # 达州 street trees dead
QUAKE = "inews-train-04677"  # 荣县 earthquakes
BOAT = "inews-train-00021"  # 广元 pleasure boat capsized
CROSSING = "inews-train-03976"  # the last level crossing in 北京
MEDIC = SG.format("09f441f44bd2f0ea")  # 医保 years counted across regions (full-width digits)
LUAN = "inews-train-04538"  # 六安: an ill couple took their lives
BLOOD = SG.format("d1c808359dd2f0ea")  # blood shortage (full-width digits)
ELDER = SG.format("430d0abd49d2f0ea")  # care for the old (full-width digits)
JINHUA = "inews-train-01857"  # 金华 traffic police Spring Festival figures
VANS = "inews-train-01089"  # 河北 overloaded vans
DETOUR = "inews-train-03691"  # 武汉 overloaded van took a detour
SPEEDY = "inews-test-00272"  # 澄迈 prosecutors' fast-track trial
SLIDE = "inews-train-03503"  # 吕梁 landslide
LISHUI = "inews-train-01434"  # 丽水 landslide relief
PLAZA = "inews-test-00659"  # 字节跳动 and the 中坤广场
GAS = "inews-train-02903"  # blue gas from a well in 乐都


# --- the pages ----------------------------------------------------------------------------------


def n01() -> None:
    """21世纪经济报道 金融 page, pdftotext -layout: a three-line headline block (kicker, title, ——
    subtitle) over a ``记者 … 深圳报道`` byline and a sentence cut by a shifted next column; a story
    with a ■ byline, ■ subheads and a caption after a paragraph; a 据外媒报道， brief (body sourcing)."""
    arts = [
        A10(
            "智付支付违规被罚没4200余万元",
            P(PAY, (2,), (3,), (5, 6, 13), (19, 20), (27,)),
            kicker="央行、外汇局先后开出罚单",
            subtitle="——一张罚单逼近集团四年净利润",
            byline="21世纪经济报道记者　陈　岚　深圳报道",
            reporters=("陈岚",),
            source="21世纪经济报道",
            breaks=((3, "shift", ""),),
        ),
        A10(
            "新三板保险中介冷暖不均",
            P(INSURE, (0,), (2,), (6, 7, 8), (13, 14), (15,), (21, 22), (28,), (29,), (36,)),
            byline="■记者　郑　凯　实习生　邓小雨",
            reporters=("郑凯",),
            interns=("邓小雨",),
            subheads=((2, "■控股股东质押股权借款"), (6, "■31家公司近八成盈利")),
            caps=((5, "新三板挂牌的保险中介机构年报数据（资料图片）"),),
        ),
        A10(
            "大基金二期募资接近完成",
            P(CHIP, (0, 1), (2, 3), (4,), (6,)),
        ),
    ]
    page(
        "n01_21cbh_layout",
        arts,
        "layout",
        width=24,
        header=["              21世纪经济报道　2018年5月16日　星期三　第7版　金融"],
        footer=["                       责任编辑：孟　雪　　美编：黄　琦"],
        note="21世纪经济报道 金融, pdftotext -layout",
    )


def n02() -> None:
    """民主与法制时报-style 法院 page, pdftotext default (22): a kicker + title story with a ``本报记者 …
    通讯员 …`` byline, subheads and a narrower next column; a title + —— subtitle ``本报讯（记者 …）``
    story; a two-line title over a ``正义网…电`` story; a story with the credit after the body."""
    arts = [
        A10(
            "城管科长的“网游传奇”",
            P(GAME, (0,), (3, 5), (6, 7, 8), (16,), (22,), (35,), (39, 47), (49,), (55, 56), (57, 58)),
            kicker="四年敛财690余万元　两三年在网游上花掉1500万元",
            byline="本报记者　沈　冰　通讯员　武　检",
            reporters=("沈冰",),
            correspondents=("武检",),
            source="本报",
            subheads=((3, "虚开发票贪污公款"), (6, "犯罪所得几乎全砸进网游")),
            breaks=((2, "narrow", ""),),
        ),
        A10(
            "副市长情妇共谋受贿160万元获缓刑",
            P(YAO, (3,), (16,), (17, 19), (32,), (33, 34), (39,), (41,), (45,)),
            subtitle="——羁押期间三次救助突发疾病的在押人员",
            lead="本报讯（记者　林　蔚）",
            dateline="本报讯",
            reporters=("林蔚",),
            source="本报",
            caps=((0, "被告人姚丽艳在庭审中。（资料图片）"),),
        ),
        A10(
            "团伙敲断同伙锁骨驾车“碰瓷”",
            [after(P1(CRASH, 0), "电"), *P(CRASH, (1, 2), (3,), (4, 5, 6), (7,))],
            title_lines=("团伙敲断同伙锁骨", "驾车“碰瓷”"),
            lead="正义网11月16日电　",
            dateline="正义网11月16日电",
            source="正义网",
        ),
        A10(
            "男子租房发木马窃取4万余条个人信息获刑",
            P(VIRUS, (1,), (2, 3), (4, 5), (6,)),
            end="（记者　韦　宁　通讯员　覃　检）",
            reporters=("韦宁",),
            correspondents=("覃检",),
        ),
    ]
    page(
        "n02_court_wrapped",
        arts,
        "wrap",
        width=22,
        header=["民主与法制时报　2018年5月28日　星期一　第5版　法院"],
        footer=["责任编辑：孙　颖　　校对：王　楠"],
        note="民主与法制时报-style 法院 page, wrapped at 22",
    )


def n03() -> None:
    """新华每日电讯 国际 page (　　 indent): a 聚焦… label over a ``新华社巴黎…电（记者 … …）`` story with
    names split by a full-width space and a caption with a 新华社记者 … 摄 credit cutting a sentence; a
    据…报道 story with a kicker; two untitled-looking short wire items with titles."""
    arts = [
        A10(
            "巴黎再现大规模骚乱",
            P(PARIS, (1,), (5, 6), (7,), (8,), (9, 10), (11,), (16,), (17, 18), (21,), (22,), (24,)),
            column="聚焦法国“黄背心”运动",
            subtitle="——当局考虑颁布紧急状态",
            lead="新华社巴黎12月2日电（记者　韩冰　徐永）",
            dateline="新华社巴黎12月2日电",
            reporters=("韩冰", "徐永"),
            photographers=("韩冰",),
            source="新华社",
            breaks=((3, "caption", "12月1日，示威者聚集在巴黎凯旋门附近。新华社记者　韩　冰　摄"),),
        ),
        A10(
            "两名中国游客涉嫌私带变色龙出境被捕",
            [
                *P(MADA, (20, 21, 22)),
                "马达加斯加环境森林部官网消息称，" + after(P1(MADA, 15), "文章称，") + P1(MADA, 16),
                *P(MADA, (17,), (18, 19), (29, 30, 31), (32, 33, 34), (35,)),
            ],
            kicker="马达加斯加环境森林部：机场安检将进一步加强",
            lead="据红星新闻报道　",
            dateline="据红星新闻报道",
            source="红星新闻",
            caps=((2, "中国驻马达加斯加大使馆发布的提醒公告。（网页截图）"),),
        ),
        A10(
            "塔吉克斯坦一监狱发生暴动",
            P(WIRE, (9,)),
        ),
        A10(
            "加沙一巴勒斯坦人遭枪击身亡",
            P(WIRE, (7,)),
        ),
    ]
    page(
        "n03_xinhua_indent",
        arts,
        "indent",
        header=["新华每日电讯　2018年12月3日　星期一　第8版　国际"],
        footer=["责任编辑：赵　宇　　版式：刘　睿"],
        note="新华每日电讯 国际, indent",
    )


def n04() -> None:
    """生命时报-style 健康 page (e-paper copy, blank lines): a kicker + title story with a ■ byline of the
    paper, short subheads and a ▲ caption cutting a sentence; a 「…」-labelled story opening with a
    ``本报讯`` dateline and two questions set as a two-line kicker-less title block; a story whose credit
    follows the body with two names split by 、."""
    arts = [
        A10(
            "诺如病毒流行季　吃贝类要煮透",
            [
                *P(NORO, (0, 1), (3, 4)),
                after(P1(NORO, 5), "什么是诺如病毒"),
                *P(NORO, (6, 7)),
                after(P1(NORO, 8), "上吐下泻"),
                *P(NORO, (9,), (11,), (12, 13, 14), (15,), (16,), (17,)),
                after(P1(NORO, 18), "要彻底煮熟"),
                *P(NORO, (19, 20), (21,)),
            ],
            kicker="福州多名学生上吐下泻",
            byline="■生命时报记者　陈　静",
            reporters=("陈静",),
            source="生命时报",
            subheads=(
                (2, "什么是诺如病毒"),
                (4, "症状：上吐下泻"),
                (6, "如何预防和治疗"),
                (11, "食用贝类要彻底煮熟"),
            ),
            breaks=((7, "caption", "▲牡蛎、扇贝等贝类须煮熟煮透再吃。（资料图片）"),),
        ),
        A10(
            "菜叶有虫眼，农药就少吗？",
            P(FOOD, (2, 3), (4,), (5, 6), (7, 8, 9), (18,), (19, 20), (21, 22), (23, 24)),
            column="「食品安全」",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            subtitle="专家提醒：买食品警惕“白、艳、长、反、小、散”",
        ),
        A10(
            "角膜穿孔与熬夜玩手机无关",
            P(EYE, (2,), (3, 4), (5,), (8,), (9,)),
            end="（记者　潘　文、李　滔）",
            reporters=("潘文", "李滔"),
        ),
    ]
    page(
        "n04_health_web",
        arts,
        "web",
        header=["生命时报　2018年3月13日　星期二　第9版　健康"],
        footer=["本版编辑：吴　迪　　美编：杨　柳"],
        note="生命时报-style 健康 page, web copy",
    )


def n05() -> None:
    """人民公安报 page, flat wrap (a paragraph ends with a short line): a 新华社…电 story opened by 据…消息
    (body) with a 【…】 label; a story with a ``本报记者 …　…`` byline (two names, full-width space),
    subheads and a caption after a paragraph; a brief with no byline."""
    arts = [
        A10(
            "莆田警方摧毁一“网络水军”团伙",
            [after(P1(TROLL, 0), "电，"), *P(TROLL, (1,), (3,), (4,), (5,), (8,), (10, 11))],
            column="【网络安全】",
            subtitle="半年炒作舆情事件215起",
            lead="新华社福州12月26日电　",
            dateline="新华社福州12月26日电",
            source="新华社",
        ),
        A10(
            # gold corrected (f7bd7e1): title + subtitle, as blind3's d13 reads the same story
            "南京六合警方破获微信销售假性药案",
            [
                *P(FAKE, (4,), (5,), (6, 7, 8), (9, 10)),
                *P(FAKE, (15, 16), (17, 18), (19,)),
                *P(FAKE, (28, 29, 30), (23,), (34, 35)),
            ],
            subtitle="一粒1.2元的假药卖到100元",
            byline="本报记者　吴　宁　　孙　磊",
            reporters=("吴宁", "孙磊"),
            source="本报",
            subheads=((4, "千里追踪源头"), (7, "层层加价")),
            caps=((6, "民警在店内查获的假药。警方供图"),),
        ),
        A10(
            "5名大学生被雇来分装假药",
            P(FAKE, (31,), (32, 33)),
            column="相关",
        ),
    ]
    page(
        "n05_police_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["人民公安报　2018年12月27日　星期四　第4版　打击犯罪"],
        footer=["责任编辑：马　超　　校对：何　静"],
        note="人民公安报, flat wrap",
    )


def n06() -> None:
    """中国县域经济报 县域 page, pdftotext default (20): a three-line headline block (kicker, title, ——
    subtitle) over ``本报记者 … 通讯员 …　…`` (two correspondents split by a full-width space) with a
    ``图为…`` caption cutting a sentence; a ``本报讯（通讯员 …）`` story; a ``东北网…讯（通讯员 …）`` brief."""
    arts = [
        A10(
            "水田变成“聚宝盆”",
            P(SHRIMP, (0,), (3, 4), (7, 8), (12, 13), (14,), (17, 18, 19), (20, 21, 22)),
            kicker="宿松县汇口镇推行“稻虾共作”",
            subtitle="——今年预计为虾农增收2200万元",
            byline="本报记者　程　生　通讯员　汪松　吴雨",
            reporters=("程生",),
            correspondents=("汪松", "吴雨"),
            photographers=("汪松",),
            source="本报",
            breaks=((3, "caption", "图为汇口镇曹湖村虾农在稻田里收虾笼。汪　松　摄"),),
        ),
        A10(
            "国税干部结对帮扶木厦河村",
            P(TAX, (1,), (2,), (3, 4), (7,), (9,), (10,)),
            lead="本报讯（通讯员　丁　信）",
            dateline="本报讯",
            correspondents=("丁信",),
            source="本报",
        ),
        A10(
            "山河农场开展环境整治大拉练",
            [after(P1(FARM, 0), "）"), *P(FARM, (1,), (4,), (5,))],
            lead="东北网5月23日讯（通讯员　孙纪园）",
            dateline="东北网5月23日讯",
            correspondents=("孙纪园",),
            source="东北网",
        ),
    ]
    page(
        "n06_county_wrapped",
        arts,
        "wrap",
        width=20,
        header=["中国县域经济报　2018年5月24日　星期四　第3版　县域·三农"],
        footer=["编辑：刘　洋　　校对：陈　晨"],
        note="中国县域经济报 县域·三农, wrapped at 20",
    )


def n07() -> None:
    """厦门日报 城市 page, pdftotext default (21), CRLF: a title + subtitle (no dash) ``本报讯（记者 …）``
    story with a column cut by a blank line; a 据…报道 story with a —— subtitle (full-width digits); a
    据…报道 brief and a brief without any credit."""
    arts = [
        A10(
            "杏林湾水库边多个排口排放污水",
            P(SEWAGE, (1,), (2,), (4, 5), (8,), (11,), (13,), (16,)),
            subtitle="系截污泵站故障所致　相关部门将尽快维修",
            lead="本报讯（记者　李　晴）",
            dateline="本报讯",
            reporters=("李晴",),
            photographers=("李晴",),
            source="本报",
            breaks=((5, "blank", ""),),
            caps=((2, "杏林湾水库岸边的排污口冒出白色泡沫。本报记者　李　晴　摄"),),
        ),
        A10(
            "杭州地铁应对暴雨有预案",
            [
                after(P1(RAIN, 0), "本报讯"),
                *P(RAIN, (2, 3), (4,), (13, 14, 15), (16, 17), (21, 22), (23, 24), (29, 30)),
            ],
            subtitle="——晚点１０分钟以上可退票",
            lead="据杭州日报报道　",
            dateline="据杭州日报报道",
            source="杭州日报",
        ),
        A10(
            "越南多省持续降雨",
            P(RAINVN, (6,), (7, 8), (9,)),
        ),
        A10(
            "高雄一大楼凌晨起火",
            P(FIRE, (1,), (6,)),
        ),
    ]
    page(
        "n07_xiamen_crlf",
        arts,
        "wrap",
        width=21,
        header=["厦门日报　2018年12月14日　星期五　A07　城市"],
        footer=["责任编辑：郑　楠　　美编：林　杉"],
        eol="\r\n",
        note="厦门日报 城市, wrapped at 21, CRLF",
    )


def n08() -> None:
    """新华日报 评论 page (　　 indent): several short signed pieces: a 【今日快评】 label over a ``□ …``
    piece, a ``■ …`` piece, a ``文／…`` piece with a two-line title, and a piece signed after the body."""
    arts = [
        A10(
            "少了鞭炮声　年味照样浓",
            P(CRACKER, (2,), (4,), (9, 10), (29,)),
            column="【今日快评】",
            byline="□ 苏　河",
            reporters=("苏河",),
        ),
        A10(
            "公交卡“磨损费”该说清楚",
            P(CARD, (9,), (10, 11), (13,), (19,), (22,)),
            byline="■ 秦　川",
            reporters=("秦川",),
        ),
        A10(
            "提醒乘客注意着装也要讲方式",
            P(DRESS, (5,), (6,), (13,), (21,)),
            title_lines=("提醒乘客注意着装", "也要讲方式"),
            byline="文／何　言",
            reporters=("何言",),
        ),
        A10(
            "禁燃令落地靠的是自觉",
            P(CRACKER, (16,), (17,), (19,)),
            end="（叶　舟）",
            reporters=("叶舟",),
        ),
    ]
    page(
        "n08_comment_indent",
        arts,
        "indent",
        header=["新华日报　2018年2月13日　星期二　第3版　评论"],
        footer=["本版责编：许　然　　电子邮箱：xhpl@xhby.net"],
        note="新华日报 评论, short signed pieces, indent",
    )


def n09() -> None:
    """中华工商时报 访谈 page (e-paper copy, blank lines): two interviews set as ``记者：…`` / ``某某：…``
    paragraphs (the questions written for the page), one under a kicker + quoted title and a ``本报记者
    …`` byline with an opening paragraph, one under a 「对话」 label with the credit after the body."""
    give = P(GIVE, (0,), (3,), (4, 5, 6), (7,), (9,))
    wang = P(INSURE, (37,), (38,), (39, 40))
    arts = [
        A10(
            "“我已不信任官办慈善机构”",
            [
                give[0],
                "记者：您现在的捐赠主要投向哪里？",
                "黄怒波：" + after(give[1], "黄怒波表示，"),
                "记者：除了教育，还有别的捐助吗？",
                "黄怒波：" + give[2],
                "记者：给北大的资产捐赠办得顺利吗？",
                "黄怒波：" + after(give[3], "黄怒波表示，") + give[4],
            ],
            kicker="中坤集团董事长黄怒波谈慈善捐赠",
            byline="本报记者　田　野",
            reporters=("田野",),
            source="本报",
        ),
        A10(
            "保险中介要以智取胜",
            [
                "记者：保险中介的核心竞争力在哪里？",
                "王向楠：" + after(wang[0], "表示：“").rstrip("”") + wang[1],
                "记者：眼下不少中介以赚取中介费为目的，这条路走得通吗？",
                "王向楠：" + wang[2].rstrip("”"),
            ],
            column="「对话」",
            subtitle="——访中国社科院保险与经济发展研究中心副研究员王向楠",
            end="（本报记者　苗　青）",
            reporters=("苗青",),
            source="本报",
        ),
    ]
    page(
        "n09_interview_web",
        arts,
        "web",
        header=["中华工商时报　2012年6月28日　星期四　第5版　访谈"],
        footer=["责任编辑：白　雪　　美术编辑：郝　静"],
        note="中华工商时报 访谈, Q&A paragraphs, web copy",
    )


def n10() -> None:
    """京华时报 图片新闻 page (e-paper copy): photo stories, each with one or two captions (a credit
    ``京华时报记者 … 摄`` on the same line, a ``新华社发`` credit, a ▲ caption, a caption cutting a
    sentence), and short texts."""
    arts = [
        A10(
            "获救者鞠躬感谢农民工救命之恩",
            P(RESCUED, (7, 8), (9,), (12,), (18, 19)),
            subtitle="——京港澳高速“７·２１”获救者回到施救工地",
            photographers=("潘之",),
            caps=(
                (0, "昨天上午，获救者代表向施救的工人英雄们鞠躬致谢。京华时报记者　潘　之　摄"),
                (3, "京港澳高速护坡上，施救者和获救者一同悼念逝者。京华时报记者　潘　之　摄"),
            ),
        ),
        A10(
            "环卫工蜗居待拆半截楼",
            P(SWEEP, (0, 1), (9,), (12, 13), (23,), (25,)),
            kicker="楼内门窗全无　水电已停",
            photographers=("杜宇",),
            breaks=((2, "caption", "▲环卫工老周在没有门窗的屋里做饭。本报记者　杜　宇　摄"),),
        ),
        A10(
            "壹基金救援联盟演练水上救援",
            P(ONE, (0,), (3,), (5,)),
            caps=((1, "救援人员在南宁天雹水库演练水上搜救。新华社发"),),
        ),
        A10(
            "巴黎凯旋门前爆发冲突",
            P(PARIS, (3,), (13,), (15,)),
            caps=((2, "12月1日，法国巴黎，警察在凯旋门附近驱散示威者。新华社发"),),
        ),
    ]
    page(
        "n10_photo_web",
        arts,
        "web",
        header=["京华时报　2012年7月29日　星期日　第6版　图片新闻"],
        footer=["图片编辑：韩　冬　　责任编辑：齐　悦"],
        note="京华时报 图片新闻, many captions, web copy",
    )


def n11() -> None:
    """大河报 titled briefs (　　 indent): a 【豫闻简讯】 label over titled items, each opening with its own
    dateline: ``本报讯``, ``本报讯（记者 …）``, ``本报讯（通讯员 …　…）`` and ``据…报道``."""
    arts = [
        A10(
            "睢县校车事故2名受伤幼童经抢救无效死亡",
            [after(P1(BUS, 0), "日电"), *P(BUS, (11,), (12,))],
            column="【豫闻简讯】",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A10(
            "包工头欠薪“跑路”　警方助农民工讨回25万元",
            P(WAGES, (3,), (4,), (8, 9), (12,)),
            lead="本报讯（记者　毛　博）",
            dateline="本报讯",
            reporters=("毛博",),
            source="本报",
        ),
        A10(
            "交警请大货车司机上安全课",
            [after(P1(TRUCKS, 1), "）"), *P(TRUCKS, (2, 3), (6,))],
            lead="本报讯（通讯员　陈君君　赵飞龙）",
            dateline="本报讯",
            correspondents=("陈君君", "赵飞龙"),
            source="本报",
        ),
        A10(
            "两车雪天在高速上逆行7公里",
            P(WRONG, (3,), (4, 5), (6,), (7,)),
            lead="据红网报道　",
            dateline="据红网报道",
            source="红网",
        ),
    ]
    page(
        "n11_dahe_briefs",
        arts,
        "indent",
        header=["大河报　2018年12月12日　星期三　A12　豫闻"],
        footer=["责编：赵　阳　　美编：孙　艺　　校对：李　静"],
        note="大河报 titled briefs, indent",
    )


def n12() -> None:
    """华西都市报 快讯 column, flat wrap (a paragraph ends with a short line), trailing spaces: a 快讯
    label over untitled items opening with ``本报讯``, ``本报讯（记者 …）``, ``本报广元6月5日讯`` and
    ``四川新闻网…讯（记者 …）``."""
    arts = [
        A10(
            "",
            P(VAN, (1,), (2,), (5,)),
            column="快讯",
            lead="本报讯（记者　任　佳）",
            dateline="本报讯",
            reporters=("任佳",),
            source="本报",
        ),
        A10(
            "",
            P(BOAT, (1, 2, 3), (5, 6), (13, 14), (16,)),
            lead="本报广元6月5日讯　",
            dateline="本报广元6月5日讯",
            source="本报",
        ),
        A10(
            "",
            [after(P1(TREES, 1), "近日，"), *P(TREES, (4,), (14,), (20,))],
            lead="四川新闻网达州5月5日讯（记者　余开洋）",
            dateline="四川新闻网达州5月5日讯",
            reporters=("余开洋",),
            source="四川新闻网",
        ),
        A10(
            "",
            P(QUAKE, (1,), (2,), (4, 5), (7,)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "n12_huaxi_briefs",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["华西都市报　2018年6月5日　星期二　A06　四川新闻"],
        footer=["编辑　罗　丹　　美编　何　川"],
        trailing=True,
        note="华西都市报 untitled 快讯, flat wrap, trailing spaces",
    )


def n13() -> None:
    """中国劳动保障报 page (　　 indent) opening with a story continued from page 1 (``（上接第一版）``, no
    headline, a subhead inside); a kicker + title ``本报北京…电（记者 …）`` story with a caption after a
    paragraph; a 「关注」-labelled story with a ``本报记者 … 实习生 …`` byline."""
    top = A10(
        "",
        P(
            CROSSING,
            (37, 38, 39),
            (40, 41, 42),
            (43,),
            (44, 45),
            (48, 49),
            (50, 51),
            (52, 53),
            (54, 55),
            (56,),
        ),
        subheads=((5, "还救下过轻生的人"),),
    )
    arts = [
        A10(
            "医疗保险缴费年限将各地互认",
            [
                after(P1(MEDIC, 3), "）"),
                *P(MEDIC, (5,), (7, 8), (9, 10), (12, 13), (14,), (15, 16), (18, 19), (20, 21), (22, 23)),
            ],
            kicker="社会保障“十二五”规划纲要获批",
            lead="本报北京6月27日电（记者　韩　明）",
            dateline="本报北京6月27日电",
            reporters=("韩明",),
            source="本报",
            caps=((4, "流动就业人员在人社服务大厅咨询医保关系转移。（资料图片）"),),
        ),
        A10(
            "环卫工盼有个安稳住处",
            P(SWEEP, (14,), (15, 16, 17), (20,), (21, 22)),
            column="「关注」",
            byline="本报记者　孔　文　实习生　许　诺",
            reporters=("孔文",),
            interns=("许诺",),
            source="本报",
        ),
    ]
    page(
        "n13_labour_continued",
        arts,
        "indent",
        header=["中国劳动保障报　2019年1月26日　星期六　第2版　要闻"],
        top=top,
        top_lines=["（上接第一版）"],
        footer=["责任编辑：冯　军　　校对：钱　丽"],
        note="中国劳动保障报, a continued story first, indent",
    )


def n14() -> None:
    """南方周末-style weekend feature, pdftotext default (24): a kicker + title + —— subtitle over a
    ``南方周末记者 … 南方周末实习生 …`` byline, long subheads (a quote, a sentence with a comma), a column
    cut by the running page strip; a 记者手记 sidebar with the credit after the body."""
    arts = [
        A10(
            "一对患病夫妻的最后一程",
            [
                *P(LUAN, (0, 1), (2, 3, 4), (5, 6), (7, 8), (9, 10)),
                *P(LUAN, (23, 24), (27, 28, 29), (30, 31)),
                *P(LUAN, (36, 37), (38, 39), (41, 42, 43), (44, 45, 46), (47, 48)),
                *P(LUAN, (111, 112), (113, 114), (116,), (123, 124, 125)),
                *P(LUAN, (151, 152), (155, 156), (158, 159)),
            ],
            kicker="六安五旬夫妻双双患病后轻生",
            subtitle="——“他们是为给我们减轻负担”",
            byline="南方周末记者　周　南　南方周末实习生　吴　越",
            reporters=("周南",),
            interns=("吴越",),
            source="南方周末",
            subheads=(
                (5, "寻人启事贴在河岸边"),
                (8, "“他们俩支开我们，谁知道会走这条路”"),
                (13, "在外漂泊十几年，回到村里靠洗羽绒挣钱"),
                (17, "新农合之外还有补充医疗，夫妻俩仍怕拖累儿子"),
            ),
            breaks=((11, "lines", ["", "南方周末　2018年12月13日　纵深　第7版", ""]),),
        ),
        A10(
            "记者手记：来不及尽孝",
            P(LUAN, (99, 100), (160, 161), (162,)),
            end="（周　南）",
            reporters=("周南",),
        ),
    ]
    page(
        "n14_weekend_wrapped",
        arts,
        "wrap",
        width=24,
        header=["南方周末　2018年12月13日　第7版　纵深"],
        footer=["责任编辑　汪　洋"],
        note="南方周末-style weekend feature, wrapped at 24, a page strip inside a paragraph",
    )


def n15() -> None:
    """公益时报 page, flat wrap, full-width digits: a three-line block (kicker, title, —— subtitle) over
    a ``■本报记者 …`` byline; a ``本报讯（记者 …）`` story with a caption cutting a sentence; a story
    signed after the body; a brief with no byline."""
    arts = [
        A10(
            "部分地区血液供应紧张已呈常态化",
            P(BLOOD, (0, 1), (2, 3), (4, 5, 6), (7, 8), (9, 10), (11,)),
            kicker="卫生部发布《医疗机构临床用血管理办法》",
            subtitle="——手术人次增长１８．６％　无偿献血量仅增７．７％",
            byline="■本报记者　王　勇",
            reporters=("王勇",),
            source="本报",
        ),
        A10(
            "敬老爱老公益计划在京启动",
            P(ELDER, (0,), (3, 4), (5, 6), (11, 12)),
            lead="本报讯（记者　张　雪）",
            dateline="本报讯",
            reporters=("张雪",),
            source="本报",
            breaks=((1, "caption", "启动仪式现场。本报记者　张　雪　摄"),),
            photographers=("张雪",),
        ),
        A10(
            "救援专家走进孤儿学校教急救",
            P(ONE, (6, 7), (9, 10, 11)),
            end="（刘　畅）",
            reporters=("刘畅",),
        ),
        A10(
            "壹基金救援联盟已有２７７支救援队",
            P(ONE, (13, 14), (15,), (16,)),
        ),
    ]
    page(
        "n15_charity_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["公益时报　2012年6月19日　星期二　第3版　新闻"],
        footer=["本版编辑：姜　楠　　美编：陈　亮"],
        note="公益时报, full-width digits, flat wrap",
    )


def n16() -> None:
    """金华日报 交通 page (　　 indent): a kicker + title story with a ``本报讯（记者 … 通讯员 …）`` dateline,
    four ``预警X：…`` subheads and a ▲ caption after a paragraph; a title + —— subtitle 据…报道 story; a
    据…报道 story with a two-line title."""
    arts = [
        A10(
            "春运交通安全“白皮书”发布",
            [
                after(P1(JINHUA, 0), "）"),
                *P(JINHUA, (2,), (3,), (5,), (6,), (8,), (9,), (11,), (12,), (13,), (14,)),
            ],
            kicker="金华交警分析近三年春运事故数据",
            lead="本报讯（记者　张黎明　通讯员　钱玉蓉）",
            dateline="本报讯",
            reporters=("张黎明",),
            correspondents=("钱玉蓉",),
            source="本报",
            subheads=(
                (1, "预警一：公路及农村道路交通事故明显提升"),
                (3, "预警二：小微型客车、轿车肇事占比高达60%"),
                (5, "预警三：酒后驾驶约占全年查处三成"),
                (7, "预警四：18—21时是最危险时段"),
            ),
            caps=((4, "▲交警在国道上检查过往车辆。本报记者　张黎明　摄"),),
            photographers=("张黎明",),
        ),
        A10(
            "超员面包车事故多发",
            [after(P1(VANS, 0), "）"), *P(VANS, (3,), (6, 7), (8, 9), (12,), (16,))],
            subtitle="——河北高速交警通报两起典型案例",
            breaks=((2, "caption", "邢临高速超员面包车事故现场。河北高速交警供图"),),
            lead="据河北共产党员网报道　",
            dateline="据河北共产党员网报道",
            source="河北共产党员网",
        ),
        A10(
            "面包车超员载客返乡故意绕路被查",
            [after(P1(DETOUR, 1), "讯"), *P(DETOUR, (2,), (3, 4), (5,), (7,))],
            title_lines=("面包车超员载客返乡", "故意绕路被查"),
            lead="据长江日报报道　",
            dateline="据长江日报报道",
            source="长江日报",
        ),
    ]
    page(
        "n16_jinhua_indent",
        arts,
        "indent",
        header=["金华日报　2019年1月18日　星期五　第5版　交通"],
        footer=["责任编辑：楼　军　　美术编辑：方　园"],
        note="金华日报 交通, indent",
    )


def n17() -> None:
    """南充日报 page, pdftotext default (21), BOM: a title + —— subtitle story with a ``本报记者 … 文/图``
    byline and an uncredited caption cutting a sentence; a ``本报达州…讯（记者 …）`` story with a
    subhead; a 据…报道 brief."""
    arts = [
        A10(
            "禁燃令下　南充春节更安静",
            P(CRACKER, (3,), (5,), (7,), (11, 12), (14, 15), (23, 24, 25), (26,), (27, 28)),
            subtitle="——主城区仅个别地方有零星燃放",
            byline="本报记者　何　洁　文/图",
            reporters=("何洁",),
            photographers=("何洁",),
            source="本报",
            breaks=((4, "caption", "市民在府街选购春联和“福”字。"),),
        ),
        A10(
            "千余棵行道树为何“死了栽、栽了死”",
            P(TREES, (6,), (7, 8, 9), (12, 13), (17,), (21,)),
            lead="本报达州5月5日讯（记者　余　洋）",
            dateline="本报达州5月5日讯",
            reporters=("余洋",),
            source="本报",
            subheads=((3, "管理处：极端天气冻死时有发生"),),
        ),
        A10(
            "荣县连续地震系自然构造地震",
            P(QUAKE, (3,), (8,), (9, 10)),
            lead="据四川日报报道　",
            dateline="据四川日报报道",
            source="四川日报",
        ),
    ]
    page(
        "n17_nanchong_bom",
        arts,
        "wrap",
        width=21,
        header=["南充日报　2018年2月12日　星期一　第3版　民生"],
        footer=["本版编辑：蒲　雨　　校对：罗　琳"],
        bom=True,
        note="南充日报 民生, wrapped at 21, BOM",
    )


def n18() -> None:
    """海南日报 page, pdftotext -layout: a ``本报金江…电（记者 …　… 通讯员 …）`` (two names split by a full-width space) story; a ``中新网…电`` story
    with a kicker and a shifted next column; a ``中新网…电（记者 …　…　…）`` story with three names split by
    full-width spaces and a caption after a paragraph."""
    arts = [
        A10(
            "澄迈首次适用速裁程序审理公诉案件",
            ["近日，" + after(P1(SPEEDY, 0), "近日，"), *P(SPEEDY, (1,), (2,), (3,), (4, 5))],
            lead="本报金江12月20日电（记者　邢东明　翟小青　通讯员　梅　馨）",
            dateline="本报金江12月20日电",
            reporters=("邢东明", "翟小青"),
            correspondents=("梅馨",),
            source="本报",
        ),
        A10(
            "吕梁离石发生山体滑坡致9人遇难",
            [after(P1(SLIDE, 0), "日电"), *P(SLIDE, (1, 2), (5, 6), (8, 9), (11, 12), (13, 14))],
            kicker="搜救工作基本结束　善后工作全面展开",
            lead="中新网吕梁4月30日电　",
            dateline="中新网吕梁4月30日电",
            source="中新网",
            breaks=((3, "shift", ""),),
        ),
        A10(
            "丽水山体滑坡救援持续进行",
            [after(P1(LISHUI, 0), "）"), *P(LISHUI, (1,), (2,), (3,), (5,), (6, 7))],
            lead="中新网丽水11月18日电（记者　胡丰盛　奚金燕　李婷婷）",
            dateline="中新网丽水11月18日电",
            reporters=("胡丰盛", "奚金燕", "李婷婷"),
            source="中新网",
            caps=((2, "救援人员在里东村滑坡现场排水。（资料图片）"),),
        ),
    ]
    page(
        "n18_hainan_layout",
        arts,
        "layout",
        width=25,
        header=["                海南日报　2018年12月21日　星期五　A05　综合"],
        footer=["                        值班主任：吴　清　　责任编辑：符　晓"],
        note="海南日报 综合, pdftotext -layout",
    )


def n19() -> None:
    """每日经济新闻 page (e-paper copy, CRLF): a kicker + title story under a ``每经记者 … 每经编辑 …``
    byline (the editor is no reporter), a ■ subhead and a caption cutting a sentence; a 相关 sidebar
    with no byline; a story signed after the body."""
    arts = [
        A10(
            "字节跳动拟收购中坤广场产权",
            P(PLAZA, (0,), (2, 3), (4, 5), (6, 7), (8, 9, 10), (14, 15), (16,), (18, 19), (21, 22, 23)),
            kicker="海淀区国资委牵线搭桥",
            byline="每经记者　黄　鹂　每经编辑　陈　旭",
            reporters=("黄鹂",),
            source="每经",
            subheads=((3, "■黄金地段为何冷冷清清"),),
            breaks=((4, "caption", "北京大钟寺附近的中坤广场。每经记者　黄　鹂　摄"),),
            photographers=("黄鹂",),
        ),
        A10(
            "今年以来第三方支付罚单至少24张",
            P(PAY, (21,), (22,), (28,), (29,)),
            column="相关",
        ),
        A10(
            "我国量子通信进入产业化加速阶段",
            P(CHIP, (11,), (12,), (13, 14)),
            end="（每经记者　李　琪）",
            reporters=("李琪",),
            source="每经",
        ),
    ]
    page(
        "n19_nbd_crlf",
        arts,
        "web",
        header=["每日经济新闻　2019年2月18日　星期一　第4版　公司"],
        footer=["版面编辑：钱　程　　校对：万　方"],
        eol="\r\n",
        note="每日经济新闻 公司, web copy, CRLF",
    )


def n20() -> None:
    """新疆日报 综合新闻 page, flat wrap, trailing spaces: a 据…报道 story with 一是…五是 paragraphs and a
    title + subtitle (no dash); a 据…报道 story whose title is pulled from its first sentence; two
    short items without a byline."""
    arts = [
        A10(
            "青海乐都一村庄发现井喷气体",
            P(GAS, (0, 1), (3,), (5,), (6,), (7,), (9,), (10,), (11,)),
            subtitle="喷出气体主要为氮气、二氧化碳、氧气",
            caps=((0, "▲井喷现场。（省安监局供图）"),),
            lead="据青海日报报道　",
            dateline="据青海日报报道",
            source="青海日报",
        ),
        A10(
            "北京试供暖　暖气不热可打三类电话",
            [after(P1(WIRE, 4), "三种途径可解决"), *P(WIRE, (5,))],
            lead="据北京青年报报道　",
            dateline="据北京青年报报道",
            source="北京青年报",
        ),
        A10(
            "微信半年封禁涉黄公号约2.6万个",
            P(WIRE, (6,)),
        ),
        A10(
            "支持民营经济措施密集落地",
            P(WIRE, (0, 1)),
        ),
    ]
    page(
        "n20_xinjiang_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["新疆日报　2018年11月9日　星期五　第6版　综合新闻"],
        footer=["责任编辑：古丽　　校对：马　骏"],
        trailing=True,
        note="新疆日报 综合新闻, flat wrap, trailing spaces",
    )


PAGES = [n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19, n20]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
