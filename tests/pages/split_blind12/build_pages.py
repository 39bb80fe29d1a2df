"""Build the twelfth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too (mostly ones at most one other set touches), but
never one of their pages or headline blocks: each page mixes its own pieces (other cut points,
paragraph lengths and combinations), and no sentence is taken twice inside this set (the builder
refuses it).  Headlines, bylines, captions, subheads and page furniture are written afresh.  The pages
aim at papers and page types no other set has:

* papers and page types: 中国民航报, 中国食品安全报, 中国气象报, 陕西日报 (-layout), 山西日报 (CRLF), 兰州晨报,
  春城晚报, 南国早报 (trailing spaces), 东方早报, 金融时报, 中国质量报, 检察日报 titled 简讯, 福建日报 (CRLF),
  大众日报 (BOM), 安徽日报 opening with a continued story, 中国水利报, a 参考消息-style 国际 page, 吉林日报,
  a 深圳特区报 评论 page and 湖北日报 untitled 简讯;
* weight on headline blocks: about half the articles carry two or three headline lines of every kind
  an editor writes (引题 + 主题, 主题 + 副题 with and without ——, a 主题 printed on two lines cut inside
  a phrase, an 引题 that is a slogan, a place or an event, an 引题 ending with a comma or holding two
  parallel phrases, a ``X：Y`` 主题, 副题 opening with 记/访/——, lines with inner spaces);
* bylines of every common form (□/■/● marks, ``本报记者 … 通讯员 … 实习生 …``, ``文/… 图/…``, names split
  by spaces, full-width spaces, 、 and ，, a credit after the body), datelines (``本报讯``, ``本报X月X日讯``,
  ``新华社…电（记者…）``, ``据…报道``, ``本报北京X月X日电``), captions (``图为…``, ``（… 摄）``, ``资料图片``,
  ``▲…``), subheads, sentences cut by a column (across a caption, a blank line, a page strip, a narrower
  or a shifted next column), jump lines, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind12/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence)
P = SOURCE.paragraphs
P1 = SOURCE.sentence
flat_width = layoutkit.flat_width


# -layout headlines indented 12 spaces, a narrower next column 4 characters narrower, a shifted one
# 10 spaces further right (layoutkit.page)
page = layoutkit.page_writer(HERE, "q")


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
CHARGE = "inews-train-00466"  # a power bank catches fire on a 南航 flight
SLIDE = "inews-train-05342"  # a passenger opens an emergency door in 绵阳
INDIA = "inews-test-00667"  # smoke in an Indian airliner's cabin
NANSHAN = SG.format("9542165c42d2f0ea")  # 广州 dairy checks: 南山 milk powder
MELAMINE = SG.format("e334ff21d9d2f0ea")  # melamine limits misread
GUTTER = SG.format("c2bf7c2376d2f0ea")  # 北京 electronic eyes on gutter oil
HAIL = "inews-train-03016"  # 广州 hail warnings
PM25 = SG.format("b1516a3cead2f0ea")  # 上海 publishes PM2.5 data
VIETNAM = "inews-train-03220"  # floods in central 越南
GAS = "inews-train-02418"  # 渭南 gas shortage
EXTORT = "inews-train-03324"  # 延安 news extortion cases
FUXIAN = "inews-train-03409"  # 富县 hospital head defrauds medical insurance
WUXIANG = "inews-train-02642"  # 武乡 e-commerce against poverty
CHANGZHI = "inews-train-03698"  # 长治 shanty-town renewal
LOAN = "inews-dev-00613"  # 兰州 police and usurious loans
SHOES = SG.format("85c8b9d736d2f0ea")  # 甘肃 mountain pupils get new shoes
SCHOOLBUS = "inews-test-00772"  # 楚雄 overloaded school bus case
VAT = "inews-dev-00932"  # 云南 VAT rate cut in force
FINE = "inews-train-03475"  # 柳州 fines settled by WeChat
GYM = "inews-train-04078"  # 柳州 a man dies on a treadmill
SUBWAY = SG.format("1a0950cba0d2f0ea")  # 上海 metro: "ladies, dress with care"
EXTRA = "inews-train-03210"  # a film extra poses as a policeman
FARM = "inews-train-02461"  # 农行陕西 lends to the real economy

BEER = "inews-train-00077"  # 德清: a beer brand passed off as 中華
GLASS = SG.format("37a1c36549d2f0ea")  # car windows: head-rest tricks do not work
NEIJIANG = "inews-train-01419"  # 内江 court tries a supervision-commission case
GECKO = "inews-dev-00079"  # 濮阳 two men jailed for 30 geckos
LIUKAN = "inews-train-00435"  # 广西 a former CPPCC official on trial
DONGFENG = "inews-train-04062"  # a 东风 joint-venture manager takes bribes
BROADBAND = "inews-train-02207"  # 漳州 broadband down for a day
QUANZHOU = "inews-dev-00140"  # 泉州 first-quarter incomes
JINJIANG = "inews-train-02999"  # 晋江 driving instructors cut each other off
LIT = "inews-train-00448"  # 山东文学馆 opens
SANIT = SG.format("632a0019c9d2f0ea")  # 济南 street sweepers in a half-demolished block
LAIZHOU = "inews-train-04437"  # 莱州 battery thief caught
HUANGSHAN = "inews-train-02363"  # 黄山区 discipline body and gang cases
HEFEI = "inews-train-00542"  # 合肥 a car crashes on a flyover and burns
YICHUN = "inews-train-00242"  # 宜春 water quality
RIVER = SG.format("2111a794c1d2f0ea")  # a survey of the Yellow River's health
FLOAT = "inews-test-00901"  # 越南 floating houses
IVORY = "inews-dev-00582"  # ivory trade in Australia
MYANMAR = "inews-train-01057"  # 若开邦 a notable shot dead
QUAKE = "inews-train-03327"  # 松原 earthquake
BRIBE = "inews-dev-00834"  # 深圳 an official takes bribes at a mall's door
YINGCHENG = "inews-train-01052"  # 应城 police raid a drug den in a farm-stay
SPILL = SG.format("6629fa7b66d2f0ea")  # 济南 oily water leaks from a plant


# --- the pages ----------------------------------------------------------------------------------


def q01() -> None:
    """中国民航报 安全 page (　　 indent): a three-line block (kicker, title, —— subtitle) over a ``本报讯（记者
    … 通讯员 …）`` story with a caption cutting a sentence; a 【…】-labelled ``X：Y`` title signed after the
    body; a 据…报道 story with a title + subtitle (no dash)."""
    arts = [
        A(
            "南航一国际航班被迫返航马尼拉",
            P(CHARGE, (1,), (2, 3), (4, 5), (6, 7), (8, 9), (13, 14)),
            kicker="乘客行李内充电宝突然起火",
            subtitle="——锂电池安全隐患再敲警钟",
            lead="本报讯（记者　蓝　翔　通讯员　高　鹏）",
            dateline="本报讯",
            reporters=("蓝翔",),
            correspondents=("高鹏",),
            source="本报",
            breaks=((3, "caption", "机务人员对涉事飞机进行检修。（资料图片）"),),
        ),
        A(
            "擅自打开应急舱门：拘留之外还要赔偿",
            P(SLIDE, (0, 1), (2,), (3, 4), (5,), (9,), (10, 11)),
            column="【安全提示】",
            end="（航　文）",
            reporters=("航文",),
        ),
        A(
            "印度一航班客舱突发浓烟紧急着陆",
            P(INDIA, (2,), (3, 4), (5, 6, 7), (8,), (20, 21)),
            subtitle="136名乘客经滑梯撤离无人受伤",
            lead="据法新社12月11日报道　",
            dateline="据法新社12月11日报道",
            source="法新社",
        ),
    ]
    page(
        "q01_minhang_indent",
        arts,
        "indent",
        header=["中国民航报　2018年12月12日　星期三　第3版　安全"],
        footer=["责任编辑：龙　飞　　校对：余　航"],
        note="中国民航报 安全, indent",
    )


def q02() -> None:
    """中国食品安全报 page, flat wrap: a three-line block (event kicker, title, —— subtitle) over a ``本报广州
    …讯（记者 … …）`` story with a caption after a paragraph; a title + subtitle (no dash) with a
    ``本报北京…电（记者 …）`` dateline; a slogan kicker + title over a ``■本报记者 …`` byline."""
    arts = [
        A(
            "南山奶粉5批次检出强致癌物",
            P(NANSHAN, (1,), (2, 3), (4, 5), (6,), (7, 8, 9), (11, 12), (13, 14, 15), (16, 17, 18)),
            kicker="广州工商公布乳制品抽检结果",
            subtitle="——光明奶油、沙湾姜汁撞奶同上“黑榜”",
            lead="本报广州7月5日讯（记者　何　敏　李　慧）",
            dateline="本报广州7月5日讯",
            reporters=("何敏", "李慧"),
            source="本报",
            caps=((3, "超市货架上在售的婴幼儿奶粉。（资料图片）"),),
        ),
        A(
            "三聚氰胺国标“宽松”系误读",
            [
                after(P1(MELAMINE, 0), "）"),
                *P(MELAMINE, (1, 2), (3, 4), (5, 6), (7,), (9, 10), (13, 14), (15, 16, 17), (22, 23)),
            ],
            subtitle="卫生部：奶粉与液态奶折算后限量基本一致",
            lead="本报北京7月6日电（记者　章　燃）",
            dateline="本报北京7月6日电",
            reporters=("章燃",),
            source="本报",
        ),
        A(
            "北京拟装6万个电子眼监控地沟油",
            P(GUTTER, (1,), (2, 3), (4,), (5, 6), (9, 10), (11,), (16, 17), (18,)),
            kicker="紧盯废油去向　堵住回流餐桌",
            byline="■本报记者　邓　宁",
            reporters=("邓宁",),
            source="本报",
        ),
    ]
    page(
        "q02_shipin_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["中国食品安全报　2012年7月7日　星期六　A2　监管"],
        footer=["责任编辑：方　圆　　校对：白　洁"],
        note="中国食品安全报 监管, flat wrap",
    )


def q03() -> None:
    """中国气象报 page, pdftotext default (21): a kicker ending with a comma + title ``本报讯（记者 …）`` story
    with a narrower next column; a title printed on two lines cut inside a phrase over a ``中新社…电（记者
    …）`` story with a caption after a paragraph; a 据新华社电 brief."""
    arts = [
        A(
            "广州多区发布冰雹预警",
            [after(P1(HAIL, 0), "报道："), *P(HAIL, (1,), (2, 3), (4, 5), (6, 7), (8, 9))],
            kicker="强对流天气突袭羊城，",
            lead="本报讯（记者　关　悦）",
            dateline="本报讯",
            reporters=("关悦",),
            source="本报",
            breaks=((4, "narrow", ""),),
        ),
        A(
            "上海首批PM2.5监测数据优于国家一级标准",
            [after(P1(PM25, 0), "）"), *P(PM25, (1,), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11))],
            title_lines=("上海首批PM2.5监测数据", "优于国家一级标准"),
            lead="中新社上海6月27日电（记者　陈　婷）",
            dateline="中新社上海6月27日电",
            reporters=("陈婷",),
            source="中新社",
            caps=((2, "工作人员查看空气质量实时监测数据。（资料图片）"),),
        ),
        A(
            "越南中部暴雨成灾致13人死亡",
            P(VIETNAM, (1,), (2, 3), (4, 5), (6, 7), (8, 9, 10)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "q03_qixiang_wrapped",
        arts,
        "wrap",
        width=21,
        header=["中国气象报　2018年2月23日　星期五　第2版　天气·服务"],
        footer=["责任编辑：云　舒　　校对：林　雨"],
        note="中国气象报 天气·服务, wrapped at 21",
    )


def q04() -> None:
    """陕西日报 page, pdftotext -layout: a three-line block (kicker, title, —— subtitle with an inner space)
    over a ``本报记者 … 实习生 …`` byline with a shifted next column; an event kicker + title ``本报延安…讯
    （记者 …）`` story with a subhead; a short story signed after the body with a ▲ caption."""
    arts = [
        A(
            "渭南部分小区用气受影响",
            P(GAS, (0,), (2, 3), (4, 5), (6, 7, 8), (9, 10, 11), (13,), (14, 15)),
            kicker="入冬气源紧张",
            subtitle="——燃气公司正积极争取气源　请市民错峰用气",
            byline="本报记者　秦　川　实习生　柳　絮",
            reporters=("秦川",),
            interns=("柳絮",),
            source="本报",
            breaks=((4, "shift", ""),),
        ),
        A(
            "延安破获新闻敲诈案件20余起",
            P(EXTORT, (1,), (2,), (5,), (7, 8), (9, 10), (11, 12), (13, 14)),
            kicker="舆论环境集中整治专项行动",
            lead="本报延安10月25日讯（记者　高　原）",
            dateline="本报延安10月25日讯",
            reporters=("高原",),
            source="本报",
            subheads=((3, "假记者以“曝光”为名敛财"),),
        ),
        A(
            "富县一民营医院院长骗取医保资金获刑",
            P(FUXIAN, (1,), (3,), (4, 5), (7, 8, 9), (10,), (13, 14, 15)),
            end="（贺　平）",
            reporters=("贺平",),
            caps=((2, "▲延安市中级人民法院审判庭。（资料图片）"),),
        ),
    ]
    page(
        "q04_shaanxi_layout",
        arts,
        "layout",
        width=24,
        header=["                陕西日报　2018年10月26日　星期五　第7版　法治"],
        footer=["                       责任编辑：秦　岭　　校对：渭　清"],
        note="陕西日报 法治, pdftotext -layout",
    )


def q05() -> None:
    """山西日报 page (e-paper copy, CRLF): a kicker of two parallel phrases + ``X：Y`` title with an inner
    space over a ``本报长治…讯（记者 …）`` story with a caption cutting a sentence (photographer); a title +
    subtitle (no dash) ``本报讯（记者 …）`` story."""
    arts = [
        A(
            "武乡：小米进了直播间　农户有了新门路",
            P(WUXIANG, (1,), (2, 3), (4, 5), (6, 7), (8,), (9, 10), (11,), (12, 13), (14, 15)),
            kicker="电商扶贫添动力　积分超市聚人心",
            lead="本报长治5月23日讯（记者　董　路）",
            dateline="本报长治5月23日讯",
            reporters=("董路",),
            photographers=("董路",),
            source="本报",
            breaks=((3, "caption", "魏宝玉在田间通过直播推介小米。本报记者　董　路　摄"),),
        ),
        A(
            "城区加快推进天晚集棚户区改造",
            P(CHANGZHI, (1,), (3, 4), (5,), (6, 7), (8, 9), (12, 13), (14, 15)),
            subtitle="区长杨隽深入改造现场调研",
            lead="本报讯（记者　宋　瑶）",
            dateline="本报讯",
            reporters=("宋瑶",),
            source="本报",
        ),
    ]
    page(
        "q05_shanxi_crlf",
        arts,
        "web",
        header=["山西日报　2018年5月24日　星期四　第6版　市县"],
        footer=["责任编辑：晋　阳　　美术编辑：汾　河"],
        eol="\r\n",
        note="山西日报 市县, web copy, CRLF",
    )


def q06() -> None:
    """兰州晨报 page (　　 indent): a 【…】-labelled ``本报讯（记者 … 通讯员 …）`` story; a three-line block
    (event kicker, title, subtitle without a dash) over a ``本报讯（记者 …）`` story with a caption cutting
    a sentence and a jump line after it."""
    arts = [
        A(
            "兰州警方捣毁三个“套路贷”窝点",
            P(LOAN, (1,), (2,), (3, 4), (5, 6), (7,), (8, 9), (10, 11, 12), (16, 17)),
            column="【扫黑除恶】",
            lead="本报讯（记者　马　骏　通讯员　金　城）",
            dateline="本报讯",
            reporters=("马骏",),
            correspondents=("金城",),
            source="本报",
        ),
        A(
            "甘肃15所山区学校通过初选",
            [after(P1(SHOES, 2), "本报讯"), *P(SHOES, (0,), (1,), (3, 4), (5, 6), (7,), (8, 9, 10))],
            kicker="“给孩子送双运动鞋”公益行动",
            subtitle="1197名山里娃有望穿上新鞋",
            lead="本报讯（记者　苏　琳）",
            dateline="本报讯",
            reporters=("苏琳",),
            source="本报",
            breaks=((3, "caption", "图为山区学校的孩子们在操场上。"),),
        ),
    ]
    page(
        "q06_lanzhou_indent",
        arts,
        "indent",
        header=["兰州晨报　2012年6月14日　星期四　A05　城事"],
        after_art={1: ["（下转A06版）"]},
        footer=["责任编辑：陇　原　　美编：黄　河"],
        note="兰州晨报 城事, indent",
    )


def q07() -> None:
    """春城晚报 page, pdftotext default (20): a three-line block (kicker, title, —— subtitle) over a ``本报
    楚雄…讯（记者 … 通讯员 …）`` story with a caption cutting a sentence; an event kicker + title over a
    ``本报记者 …`` byline with a subhead."""
    arts = [
        A(
            "楚雄首例校车严重超载案宣判",
            [
                after(P1(SCHOOLBUS, 0), "通讯员何海燕"),
                *P(SCHOOLBUS, (1,), (2,), (3,), (4, 5), (6, 7), (8, 9), (10, 11)),
            ],
            kicker="核载19人实载36人",
            subtitle="——两名被告人当庭认罪服判",
            lead="本报楚雄1月27日讯（记者　石　菲　通讯员　何　燕）",
            dateline="本报楚雄1月27日讯",
            reporters=("石菲",),
            correspondents=("何燕",),
            source="本报",
            breaks=((5, "caption", "庭审现场。（通讯员供图）"),),
        ),
        A(
            "云南企业开出首批16%税率专票",
            P(VAT, (1,), (2,), (3, 4, 5), (6, 7), (8, 9), (10, 11, 12, 13), (14, 15), (16, 17)),
            kicker="增值税减税新政落地首日",
            byline="本报记者　杨　晖",
            reporters=("杨晖",),
            source="本报",
            subheads=((4, "系统升级早已完成"),),
        ),
    ]
    page(
        "q07_chuncheng_wrapped",
        arts,
        "wrap",
        width=20,
        header=["春城晚报　2019年1月28日　星期一　A08　云南新闻"],
        footer=["责任编辑：滇　池　　美术编辑：苍　山"],
        note="春城晚报 云南新闻, wrapped at 20",
    )


def q08() -> None:
    """南国早报 page, flat wrap, trailing spaces: a ``本报讯（记者 …）`` story; a three-line block (kicker,
    title, —— subtitle) over a ``■本报记者 …`` byline with a subhead."""
    arts = [
        A(
            "柳州城管罚单可用微信处理",
            P(FINE, (0,), (2, 3), (4, 5, 6), (7,), (8, 9, 10)),
            lead="本报讯（记者　韦　柳）",
            dateline="本报讯",
            reporters=("韦柳",),
            source="本报",
        ),
        A(
            "柳州一男子跑步机上猝死",
            P(GYM, (0,), (1, 2), (3, 4, 5), (6, 7, 8), (10,), (14, 15), (16, 17, 18), (19, 20)),
            kicker="冬季健身需谨慎",
            subtitle="——医生提醒：运动前热身要充分",
            byline="■本报记者　覃　江",
            reporters=("覃江",),
            source="本报",
            subheads=((4, "冬季锻炼　这些细节要注意"),),
        ),
    ]
    page(
        "q08_nanguo_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["南国早报　2018年12月14日　星期五　第9版　柳州新闻"],
        footer=["责任编辑：邕　江　　校对：柳　青"],
        trailing=True,
        note="南国早报 柳州新闻, flat wrap, trailing spaces",
    )


def q09() -> None:
    """东方早报 page (e-paper copy): a kicker + title over an ``早报记者 …`` byline with a caption cutting a
    sentence; a title printed on two lines over a ``本报讯（通讯员 … 记者 …）`` story."""
    arts = [
        A(
            "两名女志愿者地铁里“行为艺术”抗议",
            [
                after(P1(SUBWAY, 2), "整理报道"),
                *P(SUBWAY, (4, 5), (6,), (9, 10, 11, 12), (13,), (15, 16), (20, 21)),
            ],
            kicker="“请女性自重”微博引发论战",
            byline="早报记者　陈　斌",
            reporters=("陈斌",),
            source="东方早报",
            breaks=((3, "caption", "地铁车厢里的乘客。早报记者　陈　斌　摄"),),
            photographers=("陈斌",),
        ),
        A(
            "群众演员冒充“资深警官”骗走近2万元",
            P(EXTRA, (1,), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11, 12), (13, 14), (15,)),
            title_lines=("群众演员冒充“资深警官”", "骗走近2万元"),
            lead="本报讯（通讯员　顾　骁　记者　孙　芸）",
            dateline="本报讯",
            reporters=("孙芸",),
            correspondents=("顾骁",),
            source="本报",
        ),
    ]
    page(
        "q09_dongfang_web",
        arts,
        "web",
        header=["东方早报　2012年6月22日　星期五　A12　上海·社会"],
        footer=["责任编辑：申　江　　美术编辑：浦　东"],
        note="东方早报 上海·社会, web copy",
    )


def q10() -> None:
    """金融时报 page (　　 indent): a three-line block (place kicker, title, subtitle without a dash) over a
    ``本报讯（记者 …）`` story with subheads and a blank-line column break."""
    arts = [
        A(
            "金融活水精准浇灌实体经济",
            P(FARM, (1,), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11, 12), (13, 14), (15,), (16, 17, 18)),
            kicker="农行陕西省分行",
            subtitle="上半年对公贷款净增68.5亿元",
            lead="本报讯（记者　吴　轩）",
            dateline="本报讯",
            reporters=("吴轩",),
            source="本报",
            subheads=((3, "培育新的业务增长点"), (5, "做好自贸区金融服务"), (8, "做实小微金融")),
            breaks=((4, "blank", ""),),
        ),
    ]
    page(
        "q10_jinrong_indent",
        arts,
        "indent",
        header=["金融时报　2017年7月28日　星期五　第6版　区域金融"],
        footer=["责任编辑：钱　塘　　校对：金　石"],
        note="金融时报 区域金融, indent",
    )


def q11() -> None:
    """中国质量报 page, pdftotext -layout: an event kicker + title over a ``本报记者 … 通讯员 …`` byline with a
    shifted next column; a ▲-labelled title + —— subtitle story signed after the body with a caption
    after a paragraph."""
    arts = [
        A(
            "德清查处“中華啤酒”商业混淆案",
            P(BEER, (1,), (2, 3), (4,), (5,), (6, 7), (8, 9), (10, 11)),
            kicker="新《反不正当竞争法》实施后首例",
            byline="本报记者　郑　峰　通讯员　沈　鹏",
            reporters=("郑峰",),
            correspondents=("沈鹏",),
            source="本报",
            breaks=((4, "shift", ""),),
        ),
        A(
            "头枕撬窗逃生不靠谱",
            P(GLASS, (0, 1), (2,), (3, 4, 5), (6, 7, 8), (9, 10, 11), (14, 15), (23, 24, 25)),
            column="▲消费提示",
            subtitle="——专家建议车内常备质量可靠的逃生锤",
            end="（秦　声）",
            reporters=("秦声",),
            caps=((3, "汽车逃生锤。（资料图片）"),),
        ),
    ]
    page(
        "q11_zhiliang_layout",
        arts,
        "layout",
        width=25,
        header=["               中国质量报　2018年7月30日　星期一　第4版　质量监督"],
        footer=["                       责任编辑：方　正　　校对：严　谨"],
        note="中国质量报 质量监督, pdftotext -layout",
    )


def q12() -> None:
    """检察日报 page (　　 indent): a 【…】 label over titled briefs, each with its own dateline: ``本报讯
    （通讯员 …）``, ``据…报道``, ``本报南宁讯（记者 … 通讯员 …）`` and ``新华社…电（记者 …）``."""
    arts = [
        A(
            "内江市中区法院审理首起监察委移送案",
            P(NEIJIANG, (1,), (2, 3), (5, 6), (7, 8)),
            column="【检察简讯】",
            lead="本报讯（通讯员　廖　杰）",
            dateline="本报讯",
            correspondents=("廖杰",),
            source="本报",
        ),
        A(
            "抓30只壁虎获刑　检方抗诉后再审",
            P(GECKO, (1,), (2, 3), (4,), (5, 6)),
            lead="据北京青年报报道　",
            dateline="据北京青年报报道",
            source="北京青年报",
        ),
        A(
            "自治区政协原副主任刘侃受贿案开庭",
            P(LIUKAN, (1,), (2, 3), (8,), (9, 10)),
            lead="本报南宁讯（记者　梁　静　通讯员　孙　梅）",
            dateline="本报南宁讯",
            reporters=("梁静",),
            correspondents=("孙梅",),
            source="本报",
        ),
        A(
            "车企一部长多次索贿受贿获刑",
            P(DONGFENG, (2,), (3,), (6, 7), (10, 11, 12)),
            lead="新华社武汉12月24日电（记者　吴　言）",
            dateline="新华社武汉12月24日电",
            reporters=("吴言",),
            source="新华社",
        ),
    ]
    page(
        "q12_jiancha_briefs",
        arts,
        "indent",
        header=["检察日报　2018年12月26日　星期三　第4版　检察新闻"],
        footer=["责任编辑：柯　正　　版式编辑：齐　明"],
        note="检察日报 检察新闻, titled briefs, indent",
    )


def q13() -> None:
    """福建日报 page, pdftotext default (22), CRLF: a kicker + ``X：Y`` title ``本报漳州…讯（记者 …）`` story;
    a title + —— subtitle over ``本报记者 …　通讯员 …`` with a caption after a paragraph; a kicker ending
    with a comma + title story whose column is cut by a page strip."""
    arts = [
        A(
            "移动公司：已紧急抢修恢复",
            P(BROADBAND, (1,), (2, 3), (4, 5), (6, 7), (8,), (9, 10)),
            kicker="漳州市民反映宽带断网一天",
            lead="本报漳州9月30日讯（记者　王　敏）",
            dateline="本报漳州9月30日讯",
            reporters=("王敏",),
            source="本报",
        ),
        A(
            "泉州一季度居民人均可支配收入过万元",
            P(QUANZHOU, (1,), (2,), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12, 13)),
            subtitle="——城乡居民收入差距继续缩小",
            byline="本报记者　林　泉　通讯员　许　统",
            reporters=("林泉",),
            correspondents=("许统",),
            source="本报",
            caps=((3, "泉州市区一家商场里选购商品的市民。（资料图片）"),),
        ),
        A(
            "两名驾校教练赌气连续别车",
            P(JINJIANG, (0,), (1,), (2,), (3, 4), (5, 6, 7), (8, 9), (12, 13), (14, 15, 16), (19, 20)),
            kicker="不是交通事故，",
            lead="本报讯（记者　陈　海）",
            dateline="本报讯",
            reporters=("陈海",),
            source="本报",
            breaks=((4, "lines", ["", "福建日报　2018年9月30日　第6版", ""]),),
        ),
    ]
    page(
        "q13_fujian_crlf",
        arts,
        "wrap",
        width=22,
        header=["福建日报　2018年9月30日　星期日　第6版　八闽"],
        footer=["责任编辑：闽　江　　美术编辑：武　夷"],
        eol="\r\n",
        note="福建日报 八闽, wrapped at 22, CRLF",
    )


def q14() -> None:
    """大众日报 page, flat wrap, BOM: a kicker + title ``本报济南…讯（记者 …）`` story; a three-line block
    (kicker of two parallel phrases, title, ——记 subtitle) over a ``本报记者 … 实习生 …`` byline; an
    untitled-looking short ``本报讯（通讯员 …）`` story with its own title."""
    arts = [
        A(
            "山东文学馆开馆迎客",
            P(LIT, (1,), (2, 3), (4, 5), (6, 7, 8), (9, 10), (11, 12)),
            kicker="集中展示齐鲁文学脉络",
            lead="本报济南5月23日讯（记者　鲁　文）",
            dateline="本报济南5月23日讯",
            reporters=("鲁文",),
            source="本报",
        ),
        A(
            "十几户环卫工蜗居待拆楼",
            P(
                SANIT,
                (0, 1),
                (2,),
                (3, 4, 5),
                (6, 7),
                (8, 9),
                (10, 11),
                (12, 13),
                (20, 21),
                (22, 23),
                (24, 25),
            ),
            kicker="门窗全无　水电已停",
            subtitle="——记者探访经六纬六路口“半截楼”",
            byline="本报记者　齐　悦　实习生　孔　明",
            reporters=("齐悦",),
            interns=("孔明",),
            source="本报",
        ),
        A(
            "莱州警方抓获“电瓶大盗”",
            P(LAIZHOU, (1,), (2, 3), (4, 5), (6, 7)),
            lead="本报讯（通讯员　莱　公）",
            dateline="本报讯",
            correspondents=("莱公",),
            source="本报",
        ),
    ]
    page(
        "q14_dazhong_bom",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["大众日报　2018年5月24日　星期四　第11版　社会"],
        footer=["责任编辑：泰　山　　校对：孔　林"],
        bom=True,
        note="大众日报 社会, flat wrap, BOM",
    )


def q15() -> None:
    """安徽日报 page (　　 indent) opening with a story continued from page 1 (``（上接第一版）``); a
    【…】-labelled title + subtitle (no dash) ``本报讯（记者 …）`` story with a caption cutting a sentence."""
    top = A("", P(HUANGSHAN, (2,), (3, 4), (5, 6), (7, 8), (9, 10)))
    arts = [
        A(
            "轿车撞上立交桥护栏后自燃",
            P(HEFEI, (5,), (6, 7), (8, 9), (10, 11)),
            column="【行车安全】",
            subtitle="司机当场身亡",
            lead="本报讯（记者　汪　淮）",
            dateline="本报讯",
            reporters=("汪淮",),
            source="本报",
            breaks=((2, "caption", "事故现场。（读者供图）"),),
        ),
    ]
    page(
        "q15_anhui_continued",
        arts,
        "indent",
        header=["安徽日报　2018年12月10日　星期一　第2版　要闻"],
        top=top,
        top_lines=["（上接第一版）"],
        footer=["责任编辑：徽　州　　校对：淮　南"],
        note="安徽日报 要闻, a continued story first, indent",
    )


def q16() -> None:
    """中国水利报 page (e-paper copy): a kicker of two parallel phrases + title ``本报宜春讯（记者 …）`` story
    with subheads; a quoted title over a ``中广网北京…消息（记者 …）`` story with a caption cutting a
    sentence."""
    arts = [
        A(
            "宜春水环境质量持续改善",
            P(YICHUN, (1,), (2, 3), (4,), (5, 6), (7,), (8,), (9, 10), (11,)),
            kicker="严管工业排污　守护饮水源头",
            lead="本报宜春讯（记者　胡　华）",
            dateline="本报宜春讯",
            reporters=("胡华",),
            source="本报",
            subheads=((1, "工业园区全部在线监控"), (6, "畜禽养殖划定禁养区")),
        ),
        A(
            "“母亲河”环境健康状况考察即将启动",
            P(RIVER, (1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11,)),
            lead="中广网北京7月2日消息（记者　冯　勇）",
            dateline="中广网北京7月2日消息",
            reporters=("冯勇",),
            source="中广网",
            breaks=((3, "caption", "黄河上游河段。（资料图片）"),),
        ),
    ]
    page(
        "q16_shuili_web",
        arts,
        "web",
        header=["中国水利报　2012年7月3日　星期二　第2版　综合新闻"],
        footer=["责任编辑：江　河　　美术编辑：清　源"],
        note="中国水利报 综合新闻, web copy",
    )


def q17() -> None:
    """A 参考消息-style 国际 page (　　 indent): foreign reports opening with ``据…报道`` datelines: a
    title printed on two lines; a title + —— subtitle with a caption after a paragraph; a 【…】-labelled
    short report."""
    arts = [
        A(
            "越南山村建起“漂浮”住宅躲避洪水",
            P(FLOAT, (2,), (3, 4, 5), (6, 7), (8,), (9, 10), (11,)),
            title_lines=("越南山村建起“漂浮”住宅", "躲避洪水"),
            lead="据埃菲社5月19日报道　",
            dateline="据埃菲社5月19日报道",
            source="埃菲社",
        ),
        A(
            "澳大利亚象牙交易仍属“合法”",
            P(IVORY, (1, 2), (3,), (5, 6), (7, 8), (9,), (10, 11)),
            subtitle="——环保人士呼吁全面禁售",
            lead="据澳大利亚新闻网报道　",
            dateline="据澳大利亚新闻网报道",
            source="澳大利亚新闻网",
            caps=((2, "墨尔本一家古董店出售的象牙制品。（资料图片）"),),
        ),
        A(
            "若开邦一知名人士在家中遭枪杀",
            P(MYANMAR, (1,), (2, 3), (4, 5), (6,)),
            column="【亚洲动态】",
            lead="据缅甸中文网报道　",
            dateline="据缅甸中文网报道",
            source="缅甸中文网",
        ),
    ]
    page(
        "q17_cankao_indent",
        arts,
        "indent",
        header=["参考消息　2018年12月27日　星期四　第5版　国际"],
        footer=["责任编辑：海　外　　校对：译　文"],
        note="a 参考消息-style 国际 page, indent",
    )


def q18() -> None:
    """吉林日报 page, pdftotext default (20), trailing spaces: a three-line block (kicker with an inner space,
    title, subtitle without a dash) over a ``新华社长春…电（记者 … …）`` story with a caption cutting a
    sentence and a blank-line column break."""
    arts = [
        A(
            "松原发生5.7级地震",
            P(QUAKE, (1,), (2, 3), (4,), (5, 6), (7, 8), (9, 10)),
            kicker="震中位于宁江区　震感强烈",
            subtitle="暂无人员伤亡报告",
            lead="新华社长春5月28日电（记者　吉　松　周　原）",
            dateline="新华社长春5月28日电",
            reporters=("吉松", "周原"),
            source="新华社",
            breaks=((3, "caption", "地震发生后，救援人员连夜排查。新华社记者　周　原　摄"), (4, "blank", "")),
            photographers=("周原",),
        ),
    ]
    page(
        "q18_jilin_wrapped",
        arts,
        "wrap",
        width=20,
        header=["吉林日报　2018年5月29日　星期二　第2版　要闻"],
        footer=["责任编辑：长　白　　美术编辑：松　花"],
        trailing=True,
        note="吉林日报 要闻, wrapped at 20, trailing spaces",
    )


def q19() -> None:
    """深圳特区报 评论 page (e-paper copy): short signed pieces: a 【…】 label over a ``□ …`` piece, a
    ``■ …`` piece, a ``文／…`` piece with a title on two lines."""
    arts = [
        A(
            "受贿“打时间差”躲不过法网",
            P(BRIBE, (1,), (3, 4), (6, 7), (8,)),
            column="【法眼观察】",
            byline="□ 郑　言",
            reporters=("郑言",),
        ),
        A(
            "收了钱没办成事也是受贿",
            P(BRIBE, (10, 11, 12), (13, 14), (15,)),
            title_lines=("收了钱没办成事", "也是受贿"),
            byline="文／林　平",
            reporters=("林平",),
        ),
        A(
            "从轻处罚不是“免罪金牌”",
            P(BRIBE, (19,), (20, 21), (22, 23), (26, 27)),
            byline="■ 陈　实",
            reporters=("陈实",),
        ),
    ]
    page(
        "q19_tequ_comment",
        arts,
        "web",
        header=["深圳特区报　2017年11月2日　星期四　A03　评论"],
        footer=["本版编辑：鹏　城　　美编：南　山"],
        note="深圳特区报 评论, short signed pieces, web copy",
    )


def q20() -> None:
    """湖北日报 page, flat wrap: a title + subtitle (no dash) ``本报孝感讯（通讯员 … …）`` story; a 【简讯】
    label over untitled items opening with ``本报讯（记者 …）`` and ``据新华社电``."""
    arts = [
        A(
            "农庄暗藏吸毒窝点",
            P(YINGCHENG, (1,), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11, 12, 13)),
            subtitle="应城警方抓获涉毒人员16名",
            lead="本报孝感讯（通讯员　梁　婷　应　宣）",
            dateline="本报孝感讯",
            correspondents=("梁婷", "应宣"),
            source="本报",
        ),
        A(
            "",
            P(DONGFENG, (1,), (4, 5), (8, 9)),
            column="【简讯】",
            lead="本报讯（记者　楚　天）",
            dateline="本报讯",
            reporters=("楚天",),
            source="本报",
        ),
        A(
            "",
            P(SPILL, (1, 2), (5, 6), (7,), (12,)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "q20_hubei_briefs",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["湖北日报　2018年12月7日　星期五　第8版　综合"],
        footer=["责任编辑：荆　楚　　美术编辑：汉　江"],
        note="湖北日报 综合 with untitled 简讯, flat wrap",
    )


PAGES = [q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19, q20]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
