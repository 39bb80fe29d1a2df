"""Build the fifteenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too, but never one of their pages or headline blocks: each
page mixes its own pieces (other cut points, paragraph lengths and combinations), and no sentence is
taken twice inside this set (the builder refuses it).  Headlines, bylines, captions, subheads, editor's
notes and page furniture are written afresh.  The pages aim at papers and page types no other set has:

* papers and page types: 现代快报 南京新闻, 杭州日报 城事, 中国税务报 (-layout), 劳动报 社保 (full-width
  digits, flat wrap), a county paper (荣县报, CRLF), a 区报 (成华报, BOM, an editor's note), 天府早报 教育
  feature (long subheads), an enterprise paper (贵阳城发报, CRLF), 中国经营报 公司 (-layout), 南方都市报
  图片新闻, a 深圳商报 评论 page of short signed pieces, a 福州晚报 page opening with a story continued from
  an earlier page, 海东时报 要闻 (a jump line), 潇湘晨报 untitled 快讯 (trailing spaces), 新文化报 titled
  简讯 and a 新闻晨报 interview (``记者：…`` / ``郑秉文：…``);
* headline blocks of every kind (引题 + 主题, 主题 + 副题 with and without ——, three-line blocks, a 主题
  printed on two lines), 栏目 labels (【…】, 「…」, ▲…, 聚焦…);
* bylines and datelines of the rarer real forms: ``本报通讯员 … 记者 …``, ``记者 … 通讯员 … 报道``,
  ``本报驻云南记者 …``, ``本报首席记者``, ``见习记者``, ``本报融媒体记者``, ``荣县融媒体中心记者 …``,
  ``新华社发`` (a photo credit), ``中新网杭州…电（记者 …）``, ``央视网消息``, ``人民网…电``, ``文/`` and
  ``图/`` on separate lines, a credit after the body as ``（记者 …）`` or ``（…）``, ``本报北京…电``;
* captions (``图为…``, ``（… 摄）``, ``资料图片``, ``▲…``, ``新华社发``), subheads (``一、`` / ``（一）`` /
  ``◆`` / ``■`` / short bold-style lines), sentences cut by a column (across a caption, a blank line, a
  page strip, a narrower or a shifted next column), jump lines, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind15/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A15  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence_codes)
P = SOURCE.paragraphs
P1 = SOURCE.sentence
flat_width = layoutkit.flat_width

# -layout headlines indented 12 spaces, a narrower next column 4 characters narrower, a shifted one
# 10 spaces further right (layoutkit.page)
page = layoutkit.page_writer(HERE, "t")


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
CARD = "inews-train-01776"  # 南京 transit card wear fee
ESTATE = "inews-train-01629"  # 南京 property management inspection
COLD = "inews-train-05274"  # 南京 weather, cold air
STORM = SG.format("afc1447fd2d2f0ea")  # 杭州 metro storm plan
RULES = SG.format("6daf53385fd2f0ea")  # 杭州 metro passenger rules
DOGS = "inews-dev-00301"  # 萧山 poisoned dog meat public-interest suit
FIRE = "inews-train-03363"  # 杭州 luxury flat fire, the nanny held
POOR = "inews-train-01241"  # 黄果树 tax bureau poverty relief
VAT = "inews-dev-00932"  # 云南 VAT rate cut
MOHRSS = SG.format("f5a30a8cadd2f0ea")  # 人社部 press conference on retirement
FORUM = SG.format("397c89308ad2f0ea")  # ageing forum, retire at 65
NETIZEN = SG.format("ec6a321662d2f0ea")  # netizens on delayed retirement
GAP = SG.format("a5c6ecee63d2f0ea")  # pension accounts gap
QUAKE = "inews-test-00021"  # 荣县 earthquake
EXPERT = "inews-train-04677"  # 荣县 quakes, the experts
CHENGHUA = "inews-train-03262"  # 成华区 community governance
STUDY = "inews-train-03859"  # study tours abroad in winter holidays
NODES = "inews-train-05340"  # 贵阳 人民大道 eight works
ZHONGPIN = "inews-dev-00014"  # 众品食品 debt
YIJIAN = "inews-train-01229"  # 易见股份 annual report
DANDONG = "inews-train-02794"  # 丹东港 assets seized
RESCUED = SG.format("b797f767c8d2f0ea")  # 京港澳 rescued thank the workers
WENZHOU = "inews-dev-00007"  # 温州 houses collapse
LISHUI = "inews-train-01434"  # 丽水 landslide
ALTAR = SG.format("c5a7973648d2f0ea")  # a living father "sacrificed" to beg for help
REPORT = "inews-train-04483"  # officials' personal matters reports
FIREWORK = "inews-train-04749"  # 南充 spring festival without firecrackers
OPENDAY = "inews-train-01977"  # 首都国企开放日
LIGHTWELL = "inews-train-03594"  # 福州 闽清 light well rooms
BANG = "inews-test-00936"  # 福州 blast opposite No. 10 school
POWERBANK = "inews-train-00466"  # a power bank fire on a flight
UNITY = "inews-test-00587"  # 海东 ethnic unity city
TELECOM = "inews-train-04146"  # carriers cut fees
SHIP = "inews-dev-00952"  # the ship capsized on the 长江
LIZARD = "inews-test-00247"  # a head teacher beats four pupils
BUS = "inews-dev-00325"  # 香港 北角 bus accident
TICKETS = "inews-train-04151"  # 武汉 railway police, fake tickets


# --- the pages ----------------------------------------------------------------------------------


def t01() -> None:
    """现代快报 南京新闻, pdftotext default (21): a kicker + title story signed ``现代快报/ZAKER南京记者 …
    见习记者 …`` with a caption cutting a sentence; a title + —— subtitle story signed ``本报通讯员 … 记者
    …`` (the correspondent first) with ◆ subheads; a title printed on two lines, credited ``（…）`` after the body."""
    arts = [
        A15(
            "公交卡押金30元两年半被“磨”光",
            [
                after(P1(CARD, 1), "龙虎网讯"),
                *P(CARD, (3,), (4, 5, 6), (9,), (12,), (15,), (20,), (21, 22)),
            ],
            kicker="金陵通记名卡每月扣1元磨损费",
            byline="现代快报/ZAKER南京记者　顾　元　见习记者　王　珊",
            reporters=("顾元", "王珊"),
            source="现代快报/ZAKER南京",
            breaks=((3, "caption", "市民展示手中的金陵通记名卡。顾　元　摄"),),
            photographers=("顾元",),
        ),
        A15(
            "15个小区物业被点名批评",
            P(ESTATE, (0,), (2,), (3,), (5,), (6, 7, 8), (14,), (15,)),
            subtitle="——南京第三轮物业专项检查结果出炉",
            byline="本报通讯员　宁　物　记者　钱　程",
            reporters=("钱程",),
            correspondents=("宁物",),
            source="本报",
            subheads=((2, "◆消防安保问题最突出"), (5, "◆6个项目建议征信处罚")),
        ),
        A15(
            "周末冷空气到货南京",
            P(COLD, (0,), (3, 4), (6, 7)),
            title_lines=("周末冷空气", "到货南京"),
            end="（孟天）",
            reporters=("孟天",),
        ),
    ]
    page(
        "t01_kuaibao_wrapped",
        arts,
        "wrap",
        width=21,
        header=["现代快报　2017年11月15日　星期三　A6　南京新闻"],
        footer=["责任编辑：周　宁　　美术编辑：陈　晨　　校对：李　欣"],
        note="现代快报 南京新闻, wrapped at 21",
    )


def t02() -> None:
    """杭州日报 城事 page (　　 indent): a three-line block over a ``本报首席记者 … 通讯员 …`` byline with ■
    subheads and a ``资料图片`` caption cutting a sentence; a ``中新网杭州…电（记者 …）`` story under a title
    + subtitle without a dash; a 「法治」 story opening ``本报讯（记者 … 通讯员 …）``; a ``人民网…电`` brief."""
    arts = [
        A15(
            "暴雨来袭　杭州地铁这样应对",
            P(STORM, (2, 3), (4,), (5, 6, 7), (13,), (14, 15), (16,), (23, 24), (29, 30)),
            kicker="地铁１号线未雨绸缪",
            subtitle="——晚点１０分钟以上可退票　必要时启动公交接驳",
            byline="本报首席记者　沈　杭　通讯员　杭　铁",
            reporters=("沈杭",),
            correspondents=("杭铁",),
            source="本报",
            subheads=((3, "■先救人后救物"), (6, "■列车晚点怎么办")),
            breaks=((1, "caption", "杭州地铁１号线一处车站出入口。（资料图片）"),),
        ),
        A15(
            "杭州地铁拟允许导盲犬进车厢",
            [after(P1(RULES, 0), "）"), *P(RULES, (1,), (5,), (8, 9), (11, 12), (14,))],
            subtitle="携带折叠车和车站内饮食明令禁止",
            lead="中新网杭州６月１９日电（记者　夏　毅）",
            dateline="中新网杭州６月１９日电",
            reporters=("夏毅",),
            source="中新网",
        ),
        A15(
            "毒杀土狗卖狗肉　6人获刑",
            [after(P1(DOGS, 0), "）"), *P(DOGS, (1,), (2, 3), (6, 7), (9,), (10, 11))],
            column="「法治」",
            lead="本报讯（记者　范　红　通讯员　萧　检）",
            dateline="本报讯",
            reporters=("范红",),
            correspondents=("萧检",),
            source="本报",
            breaks=((3, "blank", ""),),
        ),
        A15(
            "蓝色钱江小区纵火案保姆被刑拘",
            [after(P1(FIRE, 5), "中新网6月23日电"), *P(FIRE, (6, 7), (9,), (10, 11))],
            lead="人民网6月23日电　",
            dateline="人民网6月23日电",
            source="人民网",
        ),
    ]
    page(
        "t02_hangzhou_indent",
        arts,
        "indent",
        header=["杭州日报　2012年6月20日　星期三　A05　城事"],
        footer=["版面编辑：吴　越　　版式：徐　湖　　校对：郑　钱"],
        note="杭州日报 城事, indent",
    )


def t03() -> None:
    """中国税务报 page, pdftotext -layout: a three-line block over a ``记者 … 通讯员 … 报道`` byline with a
    caption cutting a sentence; a kicker + title story under ``本报驻云南记者 …`` with ``一、`` subheads and
    a shifted next column."""
    arts = [
        A15(
            "木厦河村贫困户入股拿分红",
            P(POOR, (1,), (2,), (3,), (4,), (5, 6), (7,), (9,), (10,), (11,)),
            kicker="把贫困户当亲戚走",
            subtitle="——黄果树国税局驻村帮扶见闻",
            byline="记者　潘　黔　通讯员　丁　宫　报道",
            reporters=("潘黔",),
            correspondents=("丁宫",),
            breaks=((2, "caption", "国税干部走访木厦河村贫困户。丁　宫　摄"),),
            photographers=("丁宫",),
        ),
        A15(
            "云南顺利开出首批新税率发票",
            [after(P1(VAT, 0), "）"), *P(VAT, (2,), (3,), (4, 5), (8, 9), (14,), (21,), (24, 25))],
            kicker="增值税税率下调政策落地",
            byline="本报驻云南记者　杨　滇",
            reporters=("杨滇",),
            source="本报",
            subheads=((2, "一、调研组分赴企业实地察看"), (6, "二、零售企业提前清理未开票业务")),
            breaks=((4, "shift", ""),),
        ),
    ]
    page(
        "t03_shuiwu_layout",
        arts,
        "layout",
        width=24,
        header=["            中国税务报　2018年5月4日　星期五　第3版　征管"],
        footer=["                     本版编辑：黄　税　　电话：010-61958888"],
        note="中国税务报 征管, pdftotext -layout",
    )


def t04() -> None:
    """劳动报 社保 page, flat wrap, full-width digits: a three-line block over a ``本报北京…电（记者 …）``
    story; a 【社保观察】 story under a title + subtitle without a dash, ``本报记者 … 实习生 …``; a short
    signed-at-the-end piece ``（林　言）``; a brief with no credit."""
    arts = [
        A15(
            "延迟退休将充分听取各方意见",
            [after(P1(MOHRSS, 0), "）"), *P(MOHRSS, (1,), (3,), (6, 7), (10,), (11,), (15,))],
            kicker="人社部召开二季度新闻发布会",
            subtitle="——上半年全国城镇新增就业６９４万人",
            lead="本报北京７月２６日电（记者　韩　明）",
            dateline="本报北京７月２６日电",
            reporters=("韩明",),
            source="本报",
        ),
        A15(
            "专家建议到２０４５年退休年龄均为６５岁",
            P(FORUM, (0, 1), (2, 3), (9,), (11, 12), (16,), (17, 18)),
            subtitle="也有专家认为目前没有延长退休年龄的条件",
            column="【社保观察】",
            byline="本报记者　蔡　林　实习生　何　萍",
            reporters=("蔡林",),
            interns=("何萍",),
            source="本报",
        ),
        A15(
            "先解开延迟退休的纠结",
            P(NETIZEN, (8,), (9,), (11,), (12,), (25,)),
            end="（林　言）",
            reporters=("林言",),
        ),
        A15(
            "养老保险“空账”以２５％左右的速度扩大",
            P(GAP, (0,), (13,)),
        ),
    ]
    page(
        "t04_laodong_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["劳动报　2012年7月27日　星期五　第4版　社保"],
        footer=["责任编辑：沈　保　　组版：刘　晓"],
        note="劳动报 社保, full-width digits, flat wrap",
    )


def t05() -> None:
    """荣县报 (a county paper), 　　 indent, CRLF: a kicker + title story signed ``荣县融媒体中心记者 …　…``
    with ``（一）`` subheads and a ▲ caption cutting a sentence; a title + —— subtitle ``本报讯`` story with
    the credit ``（融媒体记者 …）`` after the body."""
    arts = [
        A15(
            "全县干部群众连夜投入抗震救灾",
            P(QUAKE, (5,), (8,), (9,), (14,), (15, 16), (18,), (23,), (25,), (28,), (31,)),
            kicker="2月24日凌晨荣县发生4.9级地震",
            byline="荣县融媒体中心记者　卜　珊　周　雨",
            reporters=("卜珊", "周雨"),
            source="荣县融媒体中心",
            subheads=((3, "（一）震中房屋不同程度受损"), (8, "（二）县委县政府立即部署")),
            breaks=((4, "caption", "▲高山镇浸水村一户农家的院坝围墙被震垮。卜　珊　摄"),),
            photographers=("卜珊",),
        ),
        A15(
            "专家：连发地震属自然原因",
            P(EXPERT, (2,), (3,), (4,), (9,), (10,)),
            subtitle="——“工业开采引发地震”一说尚不能确定",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            end="（融媒体记者　何　林）",
            reporters=("何林",),
        ),
    ]
    page(
        "t05_rongxian_crlf",
        arts,
        "indent",
        header=["荣县报　2018年2月27日　星期二　第1版　要闻"],
        footer=["责任编辑：邓　荣　　校对：邱　县"],
        eol="\r\n",
        note="荣县报 (a county paper) 要闻, indent, CRLF",
    )


def t06() -> None:
    """成华报 (a 区报), pdftotext default (22), BOM: a 聚焦… label and a three-line block over an editor's
    note and ``本报记者 … 通讯员 …``, with a caption cutting a sentence and a narrower next column; a title +
    subtitle (no dash) story with ``文/…`` and ``图/…`` on separate lines and a caption after a paragraph; a
    ``四川新闻网成都…讯（记者 …）`` brief."""
    arts = [
        A15(
            "美食街上的“商居自治联盟”",
            P(
                CHENGHUA,
                (24, 25),
                (26,),
                (30, 31, 32),
                (34, 35),
                (37,),
                (42,),
                (43, 44, 45),
                (48, 49, 50),
                (51, 52, 53, 54),
            ),
            column="聚焦社区治理",
            kicker="化解商居矛盾　共建美丽家园",
            subtitle="——祥和里社区探索多元协商共治",
            note="编者按：社区是社会治理的基础平台。本报今起推出“社区治理新实践”系列报道，走进成华区的街巷院落，记录居民、商家与社区共建共治共享的故事。",
            byline="本报记者　柳　丹　通讯员　成　宣",
            reporters=("柳丹",),
            correspondents=("成宣",),
            source="本报",
            breaks=((3, "caption", "祥和里美食街的商家志愿者在街面巡查。成　宣　摄"), (7, "narrow", "")),
            photographers=("成宣",),
        ),
        A15(
            "有事找冯大姐",
            P(CHENGHUA, (58, 59, 60), (66, 67), (73, 74), (84, 85), (86, 87), (93, 94)),
            subtitle="华林社区“代言人”的院落自治路",
            author="文/本报记者　王　晴",
            byline="图/刘　川",
            reporters=("王晴",),
            photographers=("刘川",),
            source="本报",
            caps=((2, "冯大姐（右）在院落里和居民拉家常。"),),
        ),
        A15(
            "华林社区院落自治委员会22人",
            [after(P1(CHENGHUA, 10), "）"), *P(CHENGHUA, (100, 101), (103,), (109,))],
            lead="四川新闻网成都11月6日讯（记者　林　成）",
            dateline="四川新闻网成都11月6日讯",
            reporters=("林成",),
            source="四川新闻网",
        ),
    ]
    page(
        "t06_chenghua_bom",
        arts,
        "wrap",
        width=22,
        header=["成华报　2017年11月10日　星期五　第2版　社区"],
        footer=["编辑：何　蓉　　校对：钟　华"],
        bom=True,
        note="成华报 (a 区报) 社区, wrapped at 22, BOM",
    )


def t07() -> None:
    """天府早报 教育 feature (e-paper copy): a kicker + title + —— subtitle feature under ``天府早报记者 …``
    with three long subheads and a caption cutting a sentence; a ``据《南国早报》报道`` story under a title
    + subtitle without a dash, signed ``（记者 … 通讯员 …）`` at the end."""
    arts = [
        A15(
            "寒假带娃海外游学　花数万元值不值",
            [
                *P(STUDY, (0,), (2, 3), (4,)),
                *P(STUDY, (6,), (7,), (11,), (13,)),
                *P(STUDY, (20,), (22,), (24,), (31,)),
                *P(STUDY, (35,), (37,), (39,), (46, 47)),
            ],
            kicker="学校推荐项目15天收费3.6万元",
            subtitle="——三个家庭的三种游学选择",
            byline="天府早报记者　唐　蓉",
            reporters=("唐蓉",),
            source="天府早报",
            subheads=(
                (3, "学校推荐英国游学15天需3.6万元　家长犹豫“孩子太小”"),
                (7, "父亲自己带女儿去新西兰插班　一周学费500新币"),
                (11, "四家人结伴去泰国插班一个月　“比去三亚还省”"),
            ),
            breaks=((8, "caption", "张先生的女儿在新西兰的学校上课。（受访者供图）"),),
        ),
        A15(
            "小学生喊“校长”被打伤",
            P(LIZARD, (2,), (3,), (8, 9), (16,), (20,)),
            subtitle="涉事校长被行政拘留",
            lead="据《南国早报》报道　",
            dateline="据《南国早报》报道",
            source="南国早报",
            end="（记者　韦　钦　通讯员　苏　港）",
            reporters=("韦钦",),
            correspondents=("苏港",),
        ),
    ]
    page(
        "t07_tianfu_feature",
        arts,
        "web",
        header=["天府早报　2018年1月16日　星期二　第8版　教育"],
        footer=["本版编辑：蒋　川　　美编：罗　雪"],
        note="天府早报 教育 feature, long subheads, web copy",
    )


def t08() -> None:
    """贵阳城发报 (an enterprise paper), e-paper copy, CRLF: a kicker + title story signed ``本报融媒体记者 …
    通讯员 …`` with ◆ subheads, a caption after a paragraph and a caption cutting a sentence."""
    arts = [
        A15(
            "人民大道南段八个节点工程有序推进",
            [
                after(P1(NODES, 1), "集团消息，"),
                *P(NODES, (2, 3, 4), (5,), (6, 7), (8, 9, 10), (11, 12), (15, 16, 17)),
                *P(NODES, (18, 19), (20, 21, 22), (23, 24, 25), (26,)),
            ],
            kicker="抢抓工期　确保11月底全面完工",
            byline="本报融媒体记者　龙　城　通讯员　南　明",
            reporters=("龙城",),
            correspondents=("南明",),
            source="本报",
            subheads=(
                (1, "◆跨南明河筑城广场大桥"),
                (3, "◆瑞金南路下拉槽"),
                (6, "◆火车站大桥"),
                (7, "◆跨中环立交与五眼桥"),
            ),
            caps=((2, "跨南明河青云路大桥项目施工现场。龙　城　摄"),),
            breaks=((9, "caption", "施工人员在瑞金路地道钻孔作业。（资料图片）"),),
            photographers=("龙城",),
        ),
    ]
    page(
        "t08_chengfa_crlf",
        arts,
        "web",
        header=["贵阳城发报　2018年2月1日　第2版　项目建设"],
        footer=["主办：贵阳市城市发展投资（集团）股份有限公司　　责任编辑：黔　建"],
        eol="\r\n",
        note="贵阳城发报 (an enterprise paper) 项目建设, web copy, CRLF",
    )


def t09() -> None:
    """中国经营报 公司 page, pdftotext -layout: a title + —— subtitle story under ``本报记者 … 北京报道`` with
    ■ subheads and a shifted next column; a kicker + title ``中新经纬客户端…电`` story; a story credited
    ``（本报记者 …）`` at the end."""
    arts = [
        A15(
            "众品食品债务问题持续发酵",
            [
                after(P1(ZHONGPIN, 0), "北京报道"),
                *P(ZHONGPIN, (2, 3), (4,), (6,), (9,), (12,), (13,)),
                *P(ZHONGPIN, (15,), (16,), (17,), (21,), (22, 23), (26,), (27,)),
            ],
            subtitle="——半年内两遭下调信用评级",
            byline="本报记者　张　迪　北京报道",
            reporters=("张迪",),
            source="本报",
            subheads=((1, "■评级连遭下调"), (7, "■借壳A股受挫")),
            breaks=((4, "shift", ""),),
        ),
        A15(
            "丹东港26.9亿元资产被查封",
            [after(P1(DANDONG, 0), "电"), *P(DANDONG, (1,), (2,), (5,), (10,), (13,))],
            kicker="半年内已有4次违约",
            lead="中新经纬客户端5月23日电　",
            dateline="中新经纬客户端5月23日电",
            source="中新经纬客户端",
        ),
        A15(
            "易见股份去年保理利息收入5.27亿元",
            P(YIJIAN, (0,), (4,), (9,), (14,)),
            end="（本报记者　云　见）",
            reporters=("云见",),
            source="本报",
        ),
    ]
    page(
        "t09_jingying_layout",
        arts,
        "layout",
        width=25,
        header=["               中国经营报　2019年1月14日　星期一　B6　公司"],
        footer=["                       编辑：陈　营　　美编：方　舟　　校对：刘　军"],
        note="中国经营报 公司, pdftotext -layout",
    )


def t10() -> None:
    """南方都市报 图片新闻 (e-paper copy): a kicker + title photo story ``南都记者 … 实习生 …`` with three
    captions (one cutting a sentence); a ``中新网温州…电（记者 …）`` story with a ``（… 摄）`` caption; an
    ``央视网消息`` story with a ``新华社发`` caption."""
    arts = [
        A15(
            "获救者向农民工鞠躬谢恩",
            P(RESCUED, (1,), (6, 7), (9,), (12,), (13,), (15, 16, 17), (19,), (20,)),
            kicker="“７·２１”暴雨京港澳高速救援续",
            byline="南都记者　高　京　实习生　乔　庄",
            reporters=("高京",),
            interns=("乔庄",),
            source="南都",
            caps=(
                (0, "获救者代表向施救的农民工献上锦旗。南都记者　陈　保　摄"),
                (5, "６０多名获救者集体向救人英雄们鞠躬致敬。南都记者　陈　保　摄"),
            ),
            breaks=((3, "caption", "京港澳高速护坡上，施救者和获救者悼念逝者。"),),
            photographers=("陈保",),
        ),
        A15(
            "温州民房倒塌搜救基本结束",
            [after(P1(WENZHOU, 2), "）"), *P(WENZHOU, (3,), (9,), (12,), (15,), (18, 19))],
            lead="中新网温州10月11日电（记者　李　婷）",
            dateline="中新网温州10月11日电",
            reporters=("李婷",),
            source="中新网",
            caps=((1, "救援人员在倒塌民房现场搜救。（张　茵　摄）"),),
            photographers=("张茵",),
        ),
        A15(
            "丽水里东村滑坡救援持续进行",
            [after(P1(LISHUI, 0), "）"), *P(LISHUI, (1,), (2,), (3, 4), (7,))],
            lead="央视网消息　",
            dateline="央视网消息",
            source="央视网",
            caps=((0, "救援人员在里东村山体滑坡现场搜救。新华社发"),),
        ),
    ]
    page(
        "t10_nandu_photo",
        arts,
        "web",
        header=["南方都市报　2015年11月19日　星期四　AA12　图片新闻"],
        footer=["图片编辑：黄　图　　责任编辑：邹　南"],
        note="南方都市报 图片新闻, many captions, web copy",
    )


def t11() -> None:
    """深圳商报 评论 page (　　 indent): a 「今日快评」 piece signed ``■ …``; a ``本报特约评论员 …`` piece under
    a two-line title; a piece signed at the end ``（柳　青）``; a ``文/…`` piece."""
    arts = [
        A15(
            "“活祭”父亲求救助不可取",
            P(ALTAR, (3, 4), (5,), (6, 7), (10, 11), (20, 21)),
            column="「今日快评」",
            byline="■　钟　言",
            reporters=("钟言",),
        ),
        A15(
            "报告个人事项不能“缩水”",
            P(REPORT, (9,), (11,), (14,), (15,)),
            title_lines=("报告个人事项", "不能“缩水”"),
            byline="本报特约评论员　何　明",
            reporters=("何明",),
            source="本报",
        ),
        A15(
            "少了鞭炮声　年味照样浓",
            P(FIREWORK, (2,), (10,), (29,)),
            end="（柳　青）",
            reporters=("柳青",),
        ),
        A15(
            "国企开放日让企业走近百姓",
            P(OPENDAY, (7,), (19,), (21,)),
            byline="文/卢　国",
            reporters=("卢国",),
        ),
    ]
    page(
        "t11_shenshang_comment",
        arts,
        "indent",
        header=["深圳商报　2018年5月24日　星期四　A02　评论"],
        footer=["本版责编：罗　深　　美编：林　商　　电子邮箱：pinglun@szsb.cn"],
        note="深圳商报 评论, short signed pieces, indent",
    )


def t12() -> None:
    """福州晚报 page, pdftotext default (20), opening with a story continued from an earlier page
    (``（上接第1版）``, no headline); a kicker + title story signed ``记者 … 见习记者 …`` with a caption
    cutting a sentence and a column cut by a page strip; a 聚焦… label over a brief; a ``据…报道`` brief."""
    top = A15(
        "",
        P(LIGHTWELL, (4,), (7,), (13,), (16, 17), (20, 21), (31,), (32, 33, 34), (35,)),
    )
    arts = [
        A15(
            "十中对面民房发生爆炸　5人受伤",
            P(BANG, (0,), (2,), (4,), (5,), (6, 7), (9,), (13,), (16,), (17, 18), (19,)),
            kicker="疑似高压锅爆炸",
            byline="记者　陈　恐　见习记者　林　铮",
            reporters=("陈恐", "林铮"),
            breaks=(
                (3, "caption", "爆炸发生后，二楼防盗网被炸开掉落在街面上。林　铮　摄"),
                (7, "lines", ["", "福州晚报　2018年12月19日　A6　城事", ""]),
            ),
            photographers=("林铮",),
        ),
        A15(
            "充电宝起火　航班被迫返航",
            P(POWERBANK, (1,), (2,), (8,), (13, 14)),
            column="聚焦飞行安全",
            lead="据《广州日报》报道　",
            dateline="据《广州日报》报道",
            source="广州日报",
        ),
    ]
    page(
        "t12_fuzhou_continued",
        arts,
        "wrap",
        width=20,
        top=top,
        top_lines=["（上接第1版）"],
        header=["福州晚报　2018年12月19日　星期三　A6　城事"],
        footer=["责任编辑：郑　榕　　美术编辑：林　闽　　校对：陈　晚"],
        note="福州晚报 城事, a continued story first, wrapped at 20",
    )


def t13() -> None:
    """海东时报 要闻 (pdftotext default, 23): a three-line block over a ``时报讯（记者 …）`` story ending on
    a jump line (``（下转A02版）``); an ``央视网消息`` item; a ``新华社北京…电（记者 …　…）`` item."""
    arts = [
        A15(
            "奋力开创新时代民族团结进步事业新局面",
            [after(P1(UNITY, 0), "）"), *P(UNITY, (2,), (3,), (4,), (5,))],
            kicker="全市创建全国民族团结进步示范市推进大会召开",
            subtitle="——鸟成云出席并讲话　王林虎主持",
            lead="时报讯（记者　李　海）",
            dateline="时报讯",
            reporters=("李海",),
            source="时报",
        ),
        A15(
            "三大运营商公布提速降费方案",
            P(TELECOM, (1,), (2,), (8,)),
            lead="央视网消息　",
            dateline="央视网消息",
            source="央视网",
        ),
        A15(
            "工信部：降费要引入竞争",
            P(TELECOM, (5,), (6, 7)),
            lead="新华社北京5月15日电（记者　张　欣　高　亢）",
            dateline="新华社北京5月15日电",
            reporters=("张欣", "高亢"),
            source="新华社",
        ),
    ]
    page(
        "t13_haidong_wrapped",
        arts,
        "wrap",
        width=23,
        header=["海东时报　2018年5月24日　星期四　A01　要闻"],
        after_art={0: ["（下转A02版）"]},
        footer=["值班编委：马　东　　责任编辑：韩　青　　校对：李　海"],
        note="海东时报 要闻, a jump line, wrapped at 23",
    )


def t14() -> None:
    """潇湘晨报 untitled 快讯 (flat wrap, trailing spaces): a ▲快讯 label over items opening with
    ``中新网…电``, ``本报讯（通讯员 … 记者 …）``, ``据新华社电`` and ``人民网…电``."""
    arts = [
        A15(
            "",
            P(SHIP, (1,), (2,)),
            column="▲快讯",
            lead="中新网6月2日电　",
            dateline="中新网6月2日电",
            source="中新网",
        ),
        A15(
            "",
            P(TICKETS, (1,), (2,), (8,)),
            lead="本报讯（通讯员　武　铁　记者　田　昊）",
            dateline="本报讯",
            reporters=("田昊",),
            correspondents=("武铁",),
            source="本报",
        ),
        A15(
            "",
            P(BUS, (1,), (5, 6)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A15(
            "",
            P(LIZARD, (19,), (21,)),
            lead="人民网5月28日电　",
            dateline="人民网5月28日电",
            source="人民网",
        ),
    ]
    page(
        "t14_xiaoxiang_briefs",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["潇湘晨报　2015年6月3日　星期三　A10　国内"],
        footer=["编辑　易　湘　　美编　谭　晨"],
        trailing=True,
        note="潇湘晨报 untitled 快讯, flat wrap, trailing spaces",
    )


def t15() -> None:
    """新文化报 国内 titled 简讯 (　　 indent): a 【简讯】 label over titled items with ``据新华社电``,
    ``本报综合消息``, no credit, and a credit after the body."""
    arts = [
        A15(
            "香港北角校巴溜车致4死",
            P(BUS, (3,), (4,), (7,)),
            column="【简讯】",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A15(
            "南航一国际航班因充电宝起火返航",
            P(POWERBANK, (3,), (5,), (7,)),
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
        ),
        A15(
            "武汉铁路警方查获假火车票两万余张",
            P(TICKETS, (3,), (5,), (7,)),
        ),
        A15(
            "长江客轮倾覆事故已救起8人",
            P(SHIP, (4,), (5,), (6,)),
            end="（综　合）",
        ),
    ]
    page(
        "t15_xinwenhua_briefs",
        arts,
        "indent",
        header=["新文化报　2015年6月3日　星期三　A08　国内"],
        footer=["责编：金　松　　美编：于　雪　　校对：白　山"],
        note="新文化报 国内, titled briefs, indent",
    )


def t16() -> None:
    """新闻晨报 访谈 page (e-paper copy): an 「对话」-labelled Q&A (``记者：…`` questions written for the
    page, ``郑秉文：…`` / ``蔡昉：…`` answers) under a title + —— subtitle and an opening paragraph, signed
    ``晨报记者 …`` above; a kicker + title story under ``本报记者 …``, with a caption after a paragraph."""
    answer_z = "郑秉文：" + after(P1(FORUM, 4), "表示，")
    answer_c = "蔡昉：" + after(P1(FORUM, 19), "他建议，")
    arts = [
        A15(
            "退休年龄不妨弹性化",
            [
                P1(FORUM, 10),
                "记者：老龄化会给劳动力供给带来什么变化？",
                answer_z + P1(FORUM, 5) + P1(FORUM, 6),
                "记者：延长退休年龄的时机成熟了吗？",
                answer_c + P1(FORUM, 20),
                *P(FORUM, (13, 14, 15)),
            ],
            column="「对话」",
            subtitle="——两位专家谈应对人口老龄化",
            byline="晨报记者　吴　申",
            reporters=("吴申",),
            source="晨报",
        ),
        A15(
            "五项社保基金收入过万亿",
            P(MOHRSS, (12,), (14,), (16,), (17,)),
            kicker="上半年社保运行总体平稳",
            byline="本报记者　范　平",
            reporters=("范平",),
            source="本报",
            caps=((1, "市民在社保服务大厅办理业务。（资料图片）"),),
        ),
    ]
    page(
        "t16_chenbao_interview",
        arts,
        "web",
        header=["新闻晨报　2012年7月27日　星期五　A11　访谈"],
        footer=["编辑：顾　晨　　美编：钱　申"],
        note="新闻晨报 访谈, Q&A paragraphs, web copy",
    )


PAGES = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14, t15, t16]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
