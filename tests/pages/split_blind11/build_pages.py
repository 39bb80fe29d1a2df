"""Build the eleventh blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too (mostly ones only one other set touches), but never
one of their pages or headline blocks: each page mixes its own pieces (other cut points, paragraph
lengths and combinations), and no sentence is taken twice inside this set (the builder refuses it).
Headlines, bylines, captions, interview questions and page furniture are written afresh.  The pages
aim at papers and page types no other set has:

* papers and page types: 人民政协报 社会保障, 中国老年报, 中国旅游报, 天津日报, 内蒙古日报 (-layout), a
  郑州日报 page opening with a continued story, a 区报 (宝安日报), an 企业报, a school paper (BOM), 中国体育报,
  an interview page (新快报), 江西日报 untitled 简讯 (trailing spaces), 中国应急管理报 (-layout), 中国社会报,
  广州日报, 长江日报 (CRLF), 湖南日报 titled 简讯, 中国审计报-style 监督 page, 宁夏日报 (CRLF) and a
  北京青年报 评论 page of short signed pieces;
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
``python tests/pages/split_blind11/build_pages.py`` (needs ../shared/corpora; the pages are committed).
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
page = layoutkit.page_writer(HERE, "p")


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
WATER = SG.format("c3e9099ba2d2f0ea")  # NPC members on drinking water (full-width digits)
RETIRE = SG.format("f5a30a8cadd2f0ea")  # 人社部: later retirement by groups
AGE65 = SG.format("397c89308ad2f0ea")  # experts: retire at 65 by 2045
PENSION = SG.format("a5c6ecee63d2f0ea")  # pension accounts' gap, what netizens say
ILL = SG.format("06bc082fd1d2f0ea")  # 北京: second reimbursement for 11 serious illnesses
FLAG = "inews-train-04669"  # a banner of thanks: two grannies
DOCTOR = "inews-train-04762"  # 浙江 rules for family doctors
GDTOUR = "inews-dev-00253"  # 广东 May Day tourism
HOLIDAY = "inews-test-00695"  # May Day: 147 million domestic trips
LYG = "inews-dev-00466"  # 连云港 tourism projects
SANJ = "inews-train-01443"  # 三江 tourism carnival
TJCUSTOMS = "inews-train-02466"  # 天津 customs: cosmetics smuggled as cloth
GZCUSTOMS = "inews-train-01652"  # 广州 customs: milk powder and seafood via e-commerce
MINE = "inews-dev-00673"  # 内蒙古 mine bus accident
PIPE = "inews-train-01440"  # 郑州 water-meter repairman in winter
GIRL = SG.format("38b9d12490d2f0ea")  # an 11-year-old girl saves a boy
THANKS = SG.format("b63a67b396d2f0ea")  # a father's good deed gets no thanks
METRO = SG.format("98590b972ad2f0ea")  # 深圳 metro first-class carriages
BEG = SG.format("5b62a63445d2f0ea")  # 深圳 rules on aid to beggars
OIL = SG.format("4b7bab5accd2f0ea")  # 深圳 kitchen waste and gutter oil
COP = "inews-train-05016"  # 深圳 deputy police chief on trial
CHENG = "inews-train-04727"  # 山西成功集团 at 20
SUPP = SG.format("5578a67f4fd2f0ea")  # students teaching in 凉山
SOC = "inews-train-00908"  # a Spanish derby in 南京
XING = SG.format("61979ae9ecd2f0ea")  # 邢傲伟 on golf and gymnastics
SPURS = "inews-train-02757"  # the Spurs and Leonard's camp
BUSLINE = "inews-train-00732"  # 太原 basketball bus lines
CUI = SG.format("a9dda6b14dd2f0ea")  # 崔永元 treats the rescuers to dinner
GRAFT = "inews-train-01615"  # 萍乡 poverty-fund graft cases
PYRAMID = "inews-train-01946"  # 萍乡 pyramid scheme, a woman held
FUND = SG.format("8fd243c177d2f0ea")  # 贵阳 fund for good Samaritans
GANTRY = "inews-train-04377"  # 东莞 gantry crane falls on workers' huts
HONOR = SG.format("49501909d4d2f0ea")  # 民政部: housing for good Samaritans
DROWN = SG.format("e0b46452f0d2f0ea")  # a young man drowned saving others
BAGS = SG.format("acdd72c98dd2f0ea")  # 广州 named rubbish bags
GREEN = SG.format("54315985dbd2f0ea")  # 广州 greening regulations
STORM = "inews-train-03345"  # 广州 pupils may be late in a storm
YANGLUO = "inews-train-03243"  # 阳逻 port and its parks
TICKET = "inews-train-04151"  # 武汉 railway police: fake tickets
SHUANGFENG = "inews-train-04426"  # 双峰 court enforces poverty cases
PETITION = "inews-train-04552"  # a university studies petition law in 润州
GUILIN = "inews-train-05224"  # 桂林 civil-defence chief jailed
YUNNAN = "inews-train-01318"  # 云南 prosecutors and poverty funds
AUDIT = "inews-dev-00885"  # housing-project audit
JUDGE = "inews-train-04483"  # a judge expelled; reporting personal matters
SCHOOL = "inews-train-03831"  # 银川 private schools' fees
REPORT = "inews-train-01232"  # a 2-jiao reward for reporting stale food
DRILL = "inews-test-00267"  # an anti-abduction drill in a kindergarten


# --- the pages ----------------------------------------------------------------------------------


def p01() -> None:
    """人民政协报 社会保障 page (　　 indent): a kicker + ``X：Y`` title ``本报北京…电（记者 … …）`` story; a
    title + —— subtitle story with a ■ byline; a title printed on two lines cut inside a phrase with a
    caption cutting a sentence and a credit after the body; a 「…」-labelled unsigned digest with a
    kicker holding two parallel phrases."""
    arts = [
        A(
            "委员建言：让饮用水从源头到龙头全程受保护",
            P(WATER, (1,), (3,), (4, 5, 6), (7, 8, 9), (10, 11), (13, 14), (16, 17, 18), (19, 20, 21)),
            kicker="全国人大常委会分组审议保障饮用水安全工作报告",
            lead="本报北京6月28日电（记者　白　岚　毛　石）",
            dateline="本报北京6月28日电",
            reporters=("白岚", "毛石"),
            source="本报",
        ),
        A(
            "延迟退休将对不同群体采取差别政策",
            P(RETIRE, (1,), (2, 3), (4, 5), (6, 7), (8,), (10, 11), (12,)),
            subtitle="——人社部：以“小步慢走”方式实施",
            byline="■本报记者　韩　雨",
            reporters=("韩雨",),
            source="本报",
        ),
        A(
            "专家建议到2045年男女退休年龄均为65岁",
            P(AGE65, (0, 1), (2, 3), (4, 5, 6), (7, 8), (9, 10, 11, 12), (13, 14, 15), (16, 17, 18)),
            title_lines=("专家建议到2045年男女", "退休年龄均为65岁"),
            end="（记者　林　涵）",
            reporters=("林涵",),
            photographers=("林涵",),
            breaks=((2, "caption", "积极应对人口老龄化战略研讨会现场。本报记者　林　涵　摄"),),
        ),
        A(
            "破除双轨制比延迟退休更迫切",
            P(PENSION, (0, 1), (4, 5), (9, 10, 11, 12), (19, 20, 21), (22, 23), (26,)),
            column="「网言网语」",
            kicker="养老保险“空账”扩大　网民热议填补之道",
        ),
    ]
    page(
        "p01_zhengxie_indent",
        arts,
        "indent",
        header=["人民政协报　2012年7月27日　星期五　第5版　社会保障"],
        footer=["责任编辑：付　敏　　校对：宋　扬"],
        note="人民政协报 社会保障, indent",
    )


def p02() -> None:
    """中国老年报 page, flat wrap: a three-line block (kicker, title, —— subtitle) over a ``本报讯（记者 …
    通讯员 …）`` story; a title + subtitle without a dash over a ``■本报通讯员 …`` byline with a caption
    after a paragraph; a ▲-labelled 据…报道 story with subheads."""
    arts = [
        A(
            "11种大病患者明年可二次报销",
            P(ILL, (2, 3), (4, 5), (6, 7, 8), (10, 11, 12), (13, 14), (15, 16)),
            kicker="北京拟从社保基金中拿出3亿元",
            subtitle="——肾透析将按月定额结算",
            lead="本报讯（记者　宋　雯　通讯员　钱　进）",
            dateline="本报讯",
            reporters=("宋雯",),
            correspondents=("钱进",),
            source="本报",
        ),
        A(
            # (kicker and title as split_blind4 reads the same two lines: the second judges, the title)
            "两位“奶奶”都是亲人",
            P(FLAG, (1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12)),
            kicker="一面锦旗背后的故事",
            byline="■本报通讯员　孟　凡",
            correspondents=("孟凡",),
            source="本报",
            caps=((2, "姜娜（右）陪老人在卫生院检查。（资料图片）"),),
        ),
        A(
            "浙江为签约责任医生立规矩",
            P(DOCTOR, (3,), (8,), (9, 10, 11), (12, 13), (14, 15)),
            column="▲健康视点",
            lead="据浙江日报报道　",
            dateline="据浙江日报报道",
            source="浙江日报",
            subheads=((1, "签约对象：辖区常住居民"), (3, "服务内容：常见病多发病诊疗")),
        ),
    ]
    page(
        "p02_laonian_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["中国老年报　2012年8月3日　星期五　第2版　综合新闻"],
        footer=["本版编辑：常　青　　校对：于　晓"],
        note="中国老年报 综合新闻, flat wrap",
    )


def p03() -> None:
    """中国旅游报 要闻 page (e-paper copy, blank lines): a kicker + title 中新社 story; a kicker + title
    story with a caption cutting a sentence (photographer credit); a 【…】-labelled ``…讯`` story with a
    two-line title without a dash; a short story signed after the body."""
    arts = [
        A(
            "“五一”假期广东旅游收入逾85亿元",
            [after(P1(GDTOUR, 0), "）"), *P(GDTOUR, (1,), (2,), (3,), (4, 5), (6,))],
            kicker="乡村民宿受追捧　红色旅游持续升温",
            lead="中新社广州5月1日电（记者　程景伟）",
            dateline="中新社广州5月1日电",
            reporters=("程景伟",),
            source="中新社",
        ),
        A(
            "“五一”假日国内游客1.47亿人次",
            P(HOLIDAY, (3,), (4,), (5, 6), (7,), (10, 11), (12,)),
            kicker="拼假出游成主旋律，",
            lead="本报北京5月1日讯（记者　周　音）",
            dateline="本报北京5月1日讯",
            reporters=("周音",),
            photographers=("卢文伟",),
            source="本报",
            breaks=((2, "caption", "长沙太平老街游人如织。卢文伟　摄"),),
        ),
        A(
            "连云港前4月旅游项目完成投资30亿元",
            [after(P1(LYG, 0), "讯"), *P(LYG, (2, 3), (4, 5), (7, 8), (9, 10), (11, 12, 13))],
            column="【项目建设】",
            subtitle="57个重点项目实施动态管理",
            lead="中国江苏网5月22日讯　",
            dateline="中国江苏网5月22日讯",
            source="中国江苏网",
        ),
        A(
            "三江侗乡旅游嘉年华开幕",
            P(SANJ, (0, 1), (2,), (3, 4, 5)),
            end="（黄　蕾）",
            reporters=("黄蕾",),
        ),
    ]
    page(
        "p03_lvyou_web",
        arts,
        "web",
        header=["中国旅游报　2018年5月23日　星期三　第2版　要闻"],
        footer=["责任编辑：高　原　　版式：石　磊"],
        note="中国旅游报 要闻, web copy",
    )


def p04() -> None:
    """天津日报 page, pdftotext default (22): a kicker (two parallel phrases) + title story with a ``本报记者
    … 通讯员 …`` byline, subheads and a narrower next column; a title on two lines cut inside a phrase
    over a 据…报道 story with a caption after a paragraph."""
    arts = [
        A(
            "天津海关破获1600万元化妆品走私案",
            P(TJCUSTOMS, (1,), (2, 3, 4), (5, 6), (7, 8), (9,), (11, 12, 13), (14, 15, 16)),
            kicker="申报进口化纤布　箱内全是化妆品",
            byline="本报记者　于　洋　通讯员　津　关",
            reporters=("于洋",),
            correspondents=("津关",),
            source="本报",
            subheads=((1, "“火眼金睛”识破伪报"), (5, "智能审像系统上线")),
            breaks=((3, "narrow", ""),),
        ),
        A(
            "广州海关破获跨境电商渠道走私奶粉海鲜案",
            [
                after(P1(GZCUSTOMS, 0), "）"),
                *P(GZCUSTOMS, (2,), (3,), (5,), (9,), (10, 11), (12, 13), (18,)),
            ],
            title_lines=("广州海关破获跨境电商渠道", "走私奶粉海鲜案"),
            lead="据新华社广州12月13日电　",
            dateline="据新华社广州12月13日电",
            source="新华社",
            caps=((3, "海关缉私人员清点查扣的奶粉。（资料图片）"),),
        ),
    ]
    page(
        "p04_tianjin_wrapped",
        arts,
        "wrap",
        width=22,
        header=["天津日报　2018年12月14日　星期五　第6版　综合新闻"],
        footer=["责任编辑：毕　然　　美术编辑：庞　菲"],
        note="天津日报 综合新闻, wrapped at 22",
    )


def p05() -> None:
    """内蒙古日报 page, pdftotext -layout: an event-name kicker + title over a ``本报锡林浩特…电（记者 …）``
    story with a shifted next column; a sidebar titled with a quote and a ``——记…`` subtitle over a
    ``本报记者 …　…`` byline with a ▲ caption; an unsigned short follow-up."""
    arts = [
        A(
            "事故伤员得到全力救治",
            [
                after(P1(MINE, 2), "），"),
                "记者" + after(P1(MINE, 3), "新京报记者"),
                *P(MINE, (5, 6), (7, 8), (52, 53), (54, 55), (57,)),
            ],
            kicker="西乌旗“2·23”矿山事故",
            lead="本报锡林浩特2月24日电（记者　巴　图）",
            dateline="本报锡林浩特2月24日电",
            reporters=("巴图",),
            source="本报",
            breaks=((4, "shift", ""),),
        ),
        A(
            "“身下都是人，手上满是血”",
            P(
                MINE,
                (28, 29),
                (30, 31),
                (32, 33, 34),
                (35, 36),
                (37, 38),
                (40, 41, 42),
                (44, 45),
                (48, 49, 50),
            ),
            subtitle="——记一位矿山事故亲历者的回忆",
            byline="本报记者　乌　兰　　其其格",
            reporters=("乌兰", "其其格"),
            caps=((3, "▲锡林郭勒盟医院，医护人员查看伤者病情。"),),
        ),
        A(
            "伤者称通勤车经过改装",
            P(MINE, (14, 15, 16, 17), (18, 19), (20, 21), (22, 23)),
        ),
    ]
    page(
        "p05_neimenggu_layout",
        arts,
        "layout",
        width=24,
        header=["                内蒙古日报　2019年2月25日　星期一　第3版　社会"],
        footer=["                       责任编辑：阿　荣　　校对：孟　和"],
        note="内蒙古日报 社会, pdftotext -layout",
    )


def p06() -> None:
    """郑州日报 page (　　 indent) opening with a story continued from page 1 (``（上接第一版）``, a subhead
    inside); a kicker (ending with a comma) + title story with a ``文/… 图/…`` byline and a caption
    cutting a sentence; a ``本报讯（实习生 … 记者 …）`` brief with a two-line title and a jump line at the
    end of the first story's remainder."""
    top = A(
        "",
        P(PIPE, (20, 21), (22,), (23, 24), (25, 26, 27), (36, 37), (38, 39), (40, 41, 42)),
        subheads=((4, "“对家人总觉得亏欠”"),),
    )
    arts = [
        A(
            "11岁女孩不会游泳却下水救人",
            P(
                GIRL,
                (23, 24),
                (25, 26, 27, 28),
                (29, 30, 31, 32),
                (33, 34),
                (35, 36, 37, 38),
                (41, 42, 43),
                (44, 45),
                (46, 47),
            ),
            kicker="见义勇为值得肯定，",
            subtitle="——老师：表扬不提倡，暑期安全课要补上",
            byline="文/记者　何　苗　图/通讯员　陈　光",
            reporters=("何苗",),
            # (the slash role names the job, the rank after it is not listed: split_blind8 reads
            # ``图/本报记者　苏　晨`` as a photographer only)
            photographers=("陈光",),
            breaks=((4, "caption", "图为莹莹（左）和同学在校园里。"),),
        ),
        A(
            "他见义勇为追回包　失主一句谢谢都没说",
            P(THANKS, (3,), (4, 5), (6, 7), (8, 9), (10, 11)),
            title_lines=("他见义勇为追回包", "失主一句谢谢都没说"),
            lead="本报讯（实习生　靳　鸽　记者　何　杰）",
            dateline="本报讯",
            reporters=("何杰",),
            interns=("靳鸽",),
            source="本报",
        ),
    ]
    page(
        "p06_zhengzhou_continued",
        arts,
        "indent",
        header=["郑州日报　2018年12月12日　星期三　第2版　要闻"],
        top=top,
        top_lines=["（上接第一版）"],
        after_art={0: ["（下转第三版）"]},
        footer=["责任编辑：牛　磊　　美术编辑：薛　霞　　校对：贾　琳"],
        note="郑州日报 要闻, a continued story first, indent",
    )


def p07() -> None:
    """宝安日报 (a 区报) page, pdftotext default (20): a three-line block (kicker, title, subtitle without a
    dash) over ``本报记者 刘帆 周昌和`` (names split by a space) with a caption cutting a sentence; a
    ``本报讯（记者 …）`` story; a two-line block (title + subtitle, no dash) with the credit after the body;
    a ``本报讯`` court brief."""
    arts = [
        A(
            "地铁11号线拟设“头等车厢”",
            P(METRO, (1,), (2, 3), (4, 5, 6), (7,), (8, 9), (10,), (13,), (14,)),
            kicker="深港地铁圈高峰论坛透露",
            subtitle="买双倍票可享坐票",
            byline="本报记者 刘帆 周昌和",
            reporters=("刘帆", "周昌和"),
            photographers=("苏杭",),
            source="本报",
            breaks=((2, "caption", "乘客在地铁车厢内候车。本报记者　苏　杭　摄"),),
        ),
        A(
            "深圳拟分类救助流浪乞讨人员",
            P(BEG, (1,), (2, 3), (5,), (6, 7), (10, 11), (12,)),
            lead="本报讯（记者　蓝　天）",
            dateline="本报讯",
            reporters=("蓝天",),
            source="本报",
        ),
        A(
            "餐厨垃圾处理再加码",
            P(OIL, (1,), (2, 3), (4, 5), (6, 7), (8,), (12, 13, 14)),
            subtitle="食用油抽检将引入DNA检测",
            end="（肖　欢）",
            reporters=("肖欢",),
        ),
        A(
            "一公安分局原副局长涉嫌受贿受审",
            P(COP, (1,), (2,), (4,), (7, 8), (9, 10)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "p07_baoan_wrapped",
        arts,
        "wrap",
        width=20,
        header=["宝安日报　2018年7月5日　星期四　A04　宝安新闻"],
        footer=["责任编辑：冯　婷　　美编：邱　越　　校对：叶　青"],
        note="宝安日报 (a district daily) 宝安新闻, wrapped at 20",
    )


def p08() -> None:
    """An 企业报 front page (e-paper copy, CRLF): a slogan kicker + title over a ``●本报记者 …　…`` byline
    with a ``图为…`` caption cutting a sentence; a ▲-labelled short story without a byline."""
    arts = [
        A(
            "成功集团隆重庆祝成立20周年",
            P(CHENG, (1,), (2,), (4, 5), (6, 7), (9, 10), (11,)),
            kicker="不忘初心　砥砺前行",
            byline="●本报记者　申　明　王　源",
            reporters=("申明", "王源"),
            photographers=("王源",),
            source="本报",
            breaks=((3, "caption", "图为庆典现场。本报记者　王　源　摄"),),
        ),
        A(
            "《成功故事》展览开展",
            P(CHENG, (13,), (14,), (15,)),
            column="▲集团动态",
        ),
    ]
    page(
        "p08_enterprise_crlf",
        arts,
        "web",
        header=["成功集团报　2018年5月25日　星期五　第1版　要闻"],
        footer=["主办：山西成功集团党委　　责任编辑：李　茜"],
        eol="\r\n",
        note="an enterprise paper's front page, web copy, CRLF",
    )


def p09() -> None:
    """A school paper (浙江传媒学院报) page, flat wrap, BOM: a three-line block (place kicker, title, ——记
    subtitle) over a ``文/学生记者 … 图/…`` byline with subheads; a ``X：Y`` titled notebook with the
    credit after the body."""
    arts = [
        A(
            "九名师生的彝乡支教之旅",
            P(SUPP, (0, 1), (2, 3), (4, 5, 6), (7, 8, 9), (10,), (11, 12, 13), (15, 16), (17, 18, 19)),
            kicker="走进大凉山",
            subtitle="——记我校赴四川甘洛县暑期支教团",
            byline="文/学生记者　潘　悦　图/支教团",
            reporters=("潘悦",),
            subheads=((5, "铁索桥上的上学路"), (7, "代课二十三年的索波老师")),
        ),
        A(
            "支教手记：一个土豆的分量",
            P(SUPP, (20, 21, 22), (23, 24), (25, 26, 27), (28, 29), (30, 31)),
            end="（黄　婷）",
            reporters=("黄婷",),
        ),
    ]
    page(
        "p09_campus_bom",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["浙江传媒学院报　2012年9月10日　第3版　校园"],
        footer=["本版编辑：学生记者团　　指导老师：沈　洁"],
        bom=True,
        note="a school paper, flat wrap, BOM",
    )


def p10() -> None:
    """中国体育报 综合 page (　　 indent): a three-line block (event kicker, quoted title, subtitle without a
    dash) over a ``本报记者 …`` byline; a ``X：Y`` title with a ``本报广州…电（记者 …）`` dateline; a 据…报道
    story with a caption after a paragraph; a 【…】-labelled ``本报讯（记者 …）`` brief."""
    arts = [
        A(
            "“中国·西甲德比”将在南京上演",
            P(SOC, (1, 2), (3, 4), (5, 6, 7), (9, 10), (11, 12, 13), (20, 21), (27, 28, 29)),
            kicker="皇家社会对阵巴列卡诺",
            subtitle="张呈栋或随巴列卡诺亮相",
            byline="本报记者　宁　远",
            reporters=("宁远",),
            source="本报",
        ),
        A(
            "邢傲伟：希望体操队在伦敦再创佳绩",
            P(XING, (15, 16), (18,), (20, 21), (22, 23), (24, 25)),
            lead="本报广州4月22日电（记者　陶　然）",
            dateline="本报广州4月22日电",
            reporters=("陶然",),
            source="本报",
        ),
        A(
            "马刺与莱昂纳德团队关系紧张",
            P(SPURS, (1,), (2, 3), (7, 8), (9, 10), (12, 13)),
            lead="据ESPN报道　",
            dateline="据ESPN报道",
            source="ESPN",
            caps=((1, "莱昂纳德本赛季几乎全部缺阵。（资料图片）"),),
        ),
        A(
            "太原公交开通3条“男篮专线”",
            [after(P1(BUSLINE, 0), "）"), *P(BUSLINE, (1,), (2,), (3,), (4,))],
            column="【赛场内外】",
            lead="本报讯（记者　袁　锋）",
            dateline="本报讯",
            reporters=("袁锋",),
            source="本报",
        ),
    ]
    page(
        "p10_sport_indent",
        arts,
        "indent",
        header=["中国体育报　2016年7月26日　星期二　第4版　综合"],
        footer=["责任编辑：武　健　　校对：高　翔"],
        note="中国体育报 综合, indent",
    )


def p11() -> None:
    """新快报 访谈 page (e-paper copy): a kicker + title ``本报北京…讯（记者 …）`` story; a 「对话」-labelled
    interview set as ``记者：…`` / ``崔永元：…`` paragraphs under a quoted title and a ``——访…`` subtitle,
    with a byline."""
    arts = [
        A(
            "崔永元宴请154名救人农民工",
            P(CUI, (1,), (21,), (22, 23, 24), (25, 26, 27), (28, 29), (30,), (31, 32)),
            kicker="京港澳高速“7·21”救援",
            lead="本报北京7月30日讯（记者　张　燕）",
            dateline="本报北京7月30日讯",
            reporters=("张燕",),
            photographers=("梁辰",),
            source="本报",
            breaks=((3, "caption", "崔永元（中）向农民工敬酒。新快报记者　梁　辰　摄"),),
        ),
        A(
            "“我自己掏腰包，不代表任何人”",
            [
                "记者：为什么选择请吃饭这种方式表达谢意？",
                "崔永元：" + P(CUI, (4, 5))[0],
                "记者：到事发现场看过之后，您有什么感受？",
                "崔永元：" + P(CUI, (6, 7, 8))[0],
                "记者：" + P1(CUI, 11),
                "崔永元：" + P(CUI, (12, 13, 14))[0],
                "记者：" + P1(CUI, 15),
                "崔永元：" + P(CUI, (16, 17))[0],
                "记者：有人说公众人物做慈善是作秀，您怎么看？",
                "崔永元：" + P(CUI, (19, 20))[0],
            ],
            column="「对话」",
            subtitle="——访主持人崔永元",
            byline="本报记者　张　燕",
            reporters=("张燕",),
            source="本报",
        ),
    ]
    page(
        "p11_xinkuai_interview",
        arts,
        "web",
        header=["新快报　2012年7月31日　星期二　A10　访谈"],
        footer=["责任编辑：钟　声　　美术编辑：邓　莹"],
        note="新快报 访谈, Q&A paragraphs, web copy",
    )


def p12() -> None:
    """江西日报 page, flat wrap, trailing spaces: a kicker + title ``本报萍乡讯（记者 …）`` story; a 【简讯】
    label over untitled items opening with ``本报讯（记者 …）`` and ``据…报道``."""
    arts = [
        A(
            "萍乡通报扶贫领域腐败和作风问题典型案例",
            P(GRAFT, (1,), (2, 3), (4, 5, 6), (7, 8, 9), (10, 11), (12, 13), (17, 18, 19)),
            kicker="严防扶贫资金“跑冒滴漏”",
            lead="本报萍乡讯（记者　陈　成）",
            dateline="本报萍乡讯",
            reporters=("陈成",),
            source="本报",
        ),
        A(
            "",
            P(PYRAMID, (1,), (2, 3), (5, 6, 7), (9,)),
            column="【简讯】",
            lead="本报讯（记者　周　奔）",
            dateline="本报讯",
            reporters=("周奔",),
            source="本报",
        ),
        A(
            "",
            P(FUND, (1, 2), (3, 4), (6,)),
            lead="据贵阳日报报道　",
            dateline="据贵阳日报报道",
            source="贵阳日报",
        ),
    ]
    page(
        "p12_jiangxi_briefs",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["江西日报　2018年11月2日　星期五　第7版　综合新闻"],
        footer=["责任编辑：胡　敏　　美术编辑：吴　凡"],
        trailing=True,
        note="江西日报 综合新闻 with untitled 简讯, flat wrap, trailing spaces",
    )


def p13() -> None:
    """中国应急管理报 page, pdftotext -layout: a kicker + title ``本报东莞…电（记者 …）`` story with a
    shifted next column; a ■-labelled sidebar with a byline; a 据新华社电 follow-up; a story with a
    ▲ caption after a paragraph."""
    arts = [
        A(
            "工地龙门架倒塌压垮工棚致18死33伤",
            P(GANTRY, (2,), (3,), (4,), (6,), (9, 10), (11, 12), (13,), (15,), (21, 22), (23,)),
            kicker="东莞麻涌镇突发雷雨大风",
            lead="本报东莞5月7日电（记者　方　正）",
            dateline="本报东莞5月7日电",
            reporters=("方正",),
            source="本报",
            breaks=((5, "shift", ""),),
        ),
        A(
            "彩钢板房为何被压垮",
            P(GANTRY, (34, 35), (36, 37), (38, 39)),
            column="■追问",
            byline="本报记者　李　光",
            reporters=("李光",),
            source="本报",
        ),
        A(
            "伤者：听到一声巨响房子就塌了",
            ["昨日，" + after(P1(GANTRY, 31), "昨日，"), *P(GANTRY, (32,))],
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A(
            "钢筋工冲进废墟救出三人",
            P(GANTRY, (24, 25), (26, 27), (28,), (30,)),
            caps=((1, "▲救援人员在事故现场搜救。（资料图片）"),),
        ),
    ]
    page(
        "p13_emergency_layout",
        arts,
        "layout",
        width=25,
        header=["               中国应急管理报　2018年5月8日　星期二　第2版　安全生产"],
        footer=["                       责任编辑：秦　川　　校对：周　敏"],
        note="中国应急管理报 安全生产, pdftotext -layout",
    )


def p14() -> None:
    """中国社会报 社会事务 page, pdftotext default (21): a three-line block (kicker, title, —— subtitle)
    over a ``新华社北京…电（记者 …）`` story; a kicker with an inner space over a title, above a
    ``本报记者 … 实习生 …`` byline with a caption cutting a sentence and a blank-line column break."""
    arts = [
        A(
            "见义勇为人员可优先配租配售保障房",
            P(HONOR, (1,), (2,), (3, 4), (5,), (6, 7, 8), (9, 10), (11,), (12, 13)),
            kicker="民政部等部门出台意见",
            subtitle="——医疗、就业、入学、住房全方位给予保障",
            lead="新华社北京7月26日电（记者　李　丽）",
            dateline="新华社北京7月26日电",
            reporters=("李丽",),
            source="新华社",
        ),
        A(
            "前老板悬赏寻人只为一声“谢谢”",
            P(DROWN, (2,), (4, 5, 6), (9, 10, 11), (13, 14, 15), (16, 17), (23, 24, 25), (26, 27)),
            # gold corrected after the first run (f7bd7e1): read as kicker + title, like the identical
            # first line on blind's b05
            kicker="青年救人溺亡　被救者悄然离去",
            byline="本报记者　邓　林　实习生　罗　敏",
            reporters=("邓林",),
            interns=("罗敏",),
            source="本报",
            breaks=((3, "caption", "邓锦杰生前照片。（家属供图）"), (5, "blank", "")),
        ),
    ]
    page(
        "p14_shehui_wrapped",
        arts,
        "wrap",
        width=21,
        header=["中国社会报　2012年7月27日　星期五　第3版　社会事务"],
        footer=["责任编辑：严　冬　　校对：孔　岩"],
        note="中国社会报 社会事务, wrapped at 21",
    )


def p15() -> None:
    """广州日报 page, pdftotext default (20): a place kicker + title with an inner space ``本报讯（记者
    …）`` story; a kicker + title ``本报讯（记者 … 实习生 …）`` story with a subhead and a sentence cut by
    a blank line; a title + subtitle (no dash) brief."""
    arts = [
        A(
            "垃圾袋实名　按袋计量收费",
            P(BAGS, (1,), (2, 3), (4,), (5, 6), (8, 9), (10,)),
            kicker="广州试点",
            lead="本报讯（记者　黄　宏）",
            dateline="本报讯",
            reporters=("黄宏",),
            source="本报",
        ),
        A(
            "施工致树死亡最高罚50万元",
            P(GREEN, (1,), (2, 3), (6, 7), (8, 9), (10, 11, 12), (14, 15, 16)),
            kicker="《广州市绿化管理条例》9月起施行",
            lead="本报讯（记者　罗　琼　实习生　何　晴）",
            dateline="本报讯",
            reporters=("罗琼",),
            interns=("何晴",),
            source="本报",
            subheads=((3, "施工须避让保护树木"),),
            breaks=((4, "blank", ""),),
        ),
        A(
            "遇暴雨预警学生可延迟上学",
            P(STORM, (1,), (2,), (5, 6), (7,), (8,)),
            subtitle="不算迟到旷课",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "p15_guangzhou_wrapped",
        arts,
        "wrap",
        width=20,
        header=["广州日报　2018年5月26日　星期六　A5　广州新闻"],
        footer=["责任编辑：陆　薇　　美术编辑：冼　东"],
        note="广州日报 广州新闻, wrapped at 20",
    )


def p16() -> None:
    """长江日报 城事 page (e-paper copy, CRLF): a 聚焦… label over a three-line block (slogan kicker,
    title, —— subtitle with an inner space) and a ``长江日报记者 … 通讯员 …`` byline, subheads and a
    caption cutting a sentence; a ``本报讯（通讯员 …）`` story with a caption after a paragraph."""
    arts = [
        A(
            "阳逻三大园区竞相发展",
            P(
                YANGLUO,
                (2,),
                (3, 4),
                (5,),
                (7, 8),
                (9, 10),
                (15, 16),
                (17,),
                (24, 25, 26),
                (28, 29, 30),
                (35, 36),
                (42,),
                (43,),
                (44,),
                (45,),
            ),
            column="聚焦大临港",
            kicker="因港而兴",
            subtitle="——重大项目纷纷落户　港口新城初具雏形",
            byline="长江日报记者　江　帆　通讯员　罗　兵",
            reporters=("江帆",),
            correspondents=("罗兵",),
            source="长江日报",
            subheads=((3, "十几年前还是一个小港"), (7, "千亿航天产业蓄势待发"), (10, "三大园区各有依托")),
            breaks=((4, "caption", "阳逻集装箱港区码头一派繁忙。长江日报记者　江　帆　摄"),),
            photographers=("江帆",),
        ),
        A(
            "铁路警方捣毁一制假火车票窝点",
            P(TICKET, (1,), (2, 3), (5,), (7, 8)),
            lead="本报讯（通讯员　武　铁）",
            dateline="本报讯",
            correspondents=("武铁",),
            photographers=("武铁",),
            source="本报",
            caps=((2, "民警清点查获的假火车票。武　铁　摄"),),
        ),
    ]
    page(
        "p16_changjiang_crlf",
        arts,
        "web",
        header=["长江日报　2017年10月11日　星期三　第6版　城事"],
        footer=["责任编辑：程　浩　　美术编辑：夏　雪"],
        eol="\r\n",
        note="长江日报 城事, web copy, CRLF",
    )


def p17() -> None:
    """湖南日报 法治 page (　　 indent): a 【法治简讯】 label over titled items, each with its own dateline:
    ``本报讯（通讯员 …　…）``, ``本报讯（通讯员 …）``, ``据…报道`` and ``新华社…电（记者 …）``."""
    arts = [
        A(
            "双峰法院执结涉贫案件上百件",
            P(SHUANGFENG, (1,), (2,), (3, 4), (7,)),
            column="【法治简讯】",
            lead="本报讯（通讯员　曾　妍　胡　幸）",
            dateline="本报讯",
            correspondents=("曾妍", "胡幸"),
            source="本报",
        ),
        A(
            "高校学者赴润州调研信访立法",
            [after(P1(PETITION, 0), "）"), *P(PETITION, (1,), (2, 3), (4, 5))],
            lead="本报讯（通讯员　润　萱）",
            dateline="本报讯",
            correspondents=("润萱",),
            source="本报",
        ),
        A(
            "桂林市人防办原主任获刑",
            P(GUILIN, (1,), (2, 3), (13,), (15,)),
            lead="据正义网报道　",
            dateline="据正义网报道",
            source="正义网",
        ),
        A(
            "云南50人因贪污挪用扶贫款物被起诉",
            P(YUNNAN, (3,), (4,), (6,)),
            lead="新华社昆明1月29日电（记者　念　洪）",
            dateline="新华社昆明1月29日电",
            reporters=("念洪",),
            source="新华社",
        ),
    ]
    page(
        "p17_hunan_briefs",
        arts,
        "indent",
        header=["湖南日报　2019年1月30日　星期三　第8版　法治"],
        footer=["责任编辑：龙　文　　版式编辑：谭　静"],
        note="湖南日报 法治, titled briefs, indent",
    )


def p18() -> None:
    """中国审计报-style 监督 page, flat wrap: a three-line block (kicker, title, subtitle without a dash)
    over a ``本报北京…讯（记者 …　…）`` story with a caption after a paragraph; a 【…】-labelled piece
    with a title printed on two lines cut inside a phrase and a credit after the body."""
    arts = [
        A(
            "近百亿元安居工程资金被挪用",
            [after(P1(AUDIT, 0), "）"), *P(AUDIT, (1,), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11, 12))],
            kicker="审计署公布保障性安居工程跟踪审计结果",
            subtitle="2.06万户不符合条件家庭违规享受保障",
            lead="本报北京8月17日讯（记者　高　静　董　骏）",
            dateline="本报北京8月17日讯",
            reporters=("高静", "董骏"),
            source="本报",
            caps=((2, "一处在建的保障性住房项目。（资料图片）"),),
        ),
        A(
            "党员干部应报告哪些个人有关事项",
            P(JUDGE, (9,), (10,), (11,), (13,), (14,), (15,)),
            title_lines=("党员干部应报告", "哪些个人有关事项"),
            column="【纪法课堂】",
            end="（纪　研）",
            reporters=("纪研",),
        ),
    ]
    page(
        "p18_audit_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["中国审计报　2018年8月20日　星期一　第2版　监督"],
        footer=["责任编辑：宁　静　　校对：丁　一"],
        note="中国审计报-style 监督 page, flat wrap",
    )


def p19() -> None:
    """宁夏日报 社会 page, pdftotext default (22), CRLF: a three-line block (kicker, title, —— subtitle)
    over ``本报记者 …　　…`` (two names split by two full-width spaces) with a column cut by a page strip
    and a caption after a paragraph; a 据新华社电 brief."""
    arts = [
        A(
            "银川三所民办初中违规收取择校费",
            P(SCHOOL, (0, 1), (2, 3), (5, 6, 7), (9,), (11,), (14,), (18, 19), (22,), (25,)),
            kicker="每人1万元至8万元不等",
            subtitle="——学校称系家长自愿捐助",
            byline="本报记者　马　宁　　杨　洁",
            reporters=("马宁", "杨洁"),
            source="本报",
            breaks=((2, "lines", ["", "宁夏日报　2018年12月20日　第6版", ""]),),
            caps=((5, "家长提供的“捐赠”收据。（资料图片）"),),
        ),
        A(
            "上半年全国城镇新增就业694万人",
            P(RETIRE, (13,), (15,), (16, 17)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "p19_ningxia_crlf",
        arts,
        "wrap",
        width=22,
        header=["宁夏日报　2018年12月20日　星期四　第6版　社会"],
        footer=["责任编辑：马　丽　　校对：王　岩"],
        eol="\r\n",
        note="宁夏日报 社会, wrapped at 22, CRLF",
    )


def p20() -> None:
    """北京青年报 评论 page (e-paper copy, trailing spaces): several short signed pieces: a 【…】 label over
    a ``□ …`` piece, a ``■ …`` piece, a ``文／…`` piece with a title on two lines, a piece signed after
    the body."""
    arts = [
        A(
            "举报奖励别让“2毛钱”寒了人心",
            P(REPORT, (0,), (1, 2, 3), (4,), (5,), (7,), (10,), (12, 13), (14, 15), (16,)),
            column="【今日社评】",
            byline="□ 陈　言",
            reporters=("陈言",),
        ),
        A(
            "防拐演练别拿孩子的纯真开玩笑",
            P(DRILL, (5,), (7,), (8,), (9,), (11, 12), (13, 14), (15,), (19,)),
            byline="■ 徐　雄",
            reporters=("徐雄",),
        ),
        A(
            "养老金改革当先破除双轨制",
            P(PENSION, (24,), (25,), (27,), (28,)),
            title_lines=("养老金改革", "当先破除双轨制"),
            byline="文／余　非",
            reporters=("余非",),
        ),
        A(
            "个人事项报告不是走过场",
            P(JUDGE, (16, 17), (18, 19), (22, 23), (24, 25)),
            end="（叶　青）",
            reporters=("叶青",),
        ),
    ]
    page(
        "p20_bjyouth_comment",
        arts,
        "web",
        header=["北京青年报　2018年12月26日　星期三　A2　评论"],
        footer=["本版编辑：肖　宁　　美编：郑　岚"],
        trailing=True,
        note="北京青年报 评论, short signed pieces, web copy, trailing spaces",
    )


PAGES = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
