"""Build the sixth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These 20 pages were written, and their gold with them, *before* the splitter was ever run on them,
from articles of ``../shared/corpora`` that none of ``tests/pages/split``, ``split_heldout``,
``split_blind`` … ``split_blind5`` uses (neither their ids nor any of their sentences).  They aim at
the typical pages of papers the other sets do not have:

* papers: national 经济日报, 光明日报, 工人日报, 中国青年报, 科技日报, 农民日报; provincial 北京日报,
  解放日报, 南方日报, 浙江日报, 四川日报, 湖北日报; evening 新民晚报, 扬子晚报, 钱江晚报, 西安晚报; a
  county paper; trade papers 中国交通报 and 中国电力报; a 新华社 wire page;
* headline blocks: kicker + title, title + ``——`` subtitle, title + subtitle without a dash, a title
  printed on two lines; column labels ``【产业观察】``, ``「青年话题」``, ``【三夏一线】``, ``简讯``; a ``聚焦…`` kicker;
  an editor's note (``【编者按】``) above a body;
* bylines: ``□``/``■``/``●`` marks, ``本报记者 … 通讯员 … 实习生 …``, ``文/…``, ``文/图``, names set apart
  by spaces, full-width spaces, ``、`` and ``，``, ``南方日报讯　记者/…　通讯员/…``, credits after the body;
* datelines: ``本报讯``, ``本报9月23日讯``, ``本报北京3月27日讯``, ``本报乌鲁木齐5月1日电``,
  ``新华社…电（记者…）``, ``据新华社电``; a body opening ``据…报道`` (no dateline);
* captions ``图为…``, ``…摄``, ``（…摄）``, ``（资料图片）``, ``▲…``, ``…供图``; subheads ``■…``, ``一、…`` and plain
  short lines; column breaks that cut a sentence with a caption, a blank line, or a page strip between;
* extractors: e-paper copy (blank lines / 　　 indents), pdftotext default (wrapped, with and without
  the indent), pdftotext -layout; headers and footers (版次, 责任编辑, 美术编辑, 校对, a phone line), jump
  lines on their own line, a page opening with the end of a page-1 story; CRLF with a BOM and trailing
  spaces on two pages.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind6/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pagekit  # noqa: E402
from pagekit import A, S, after, brk, flat_width, gold_of, sents, wrap  # noqa: E402


def P(rid: str, *groups: tuple[int, ...]) -> list[str]:
    """Paragraphs of an article: each group of sentence numbers makes one paragraph."""
    return [S(rid, *g) for g in groups]


def page(name: str, arts: list[dict], style: str, **kw) -> None:
    pagekit.page(HERE, name, arts, style, **kw)


SG = "SogouCS-{}-34913306c0bb3300"
SA = "SogouCA-{}-69713306c0bb3300"


# --- the pages ----------------------------------------------------------------------------------


def g01() -> None:
    """经济日报 产经 page (　　 indent): kicker + title with a 经济日报记者…通讯员… byline, a
    ``本报北京3月27日讯`` story with a —— subtitle, a 【产业观察】 story signed ``文/本报记者``."""
    a = "inews-train-01210"
    b = "inews-test-00736"
    c = "inews-test-00233"
    arts = [
        A(
            "广西7个未批先建项目被挂牌督办",
            P(a, (1, 2), (3,), (4, 5), (6, 7)),
            kicker="全区建设工程质量安全督查情况通报",
            byline="经济日报记者　周　骏　通讯员　覃　亮",
            reporters=("周骏",),
            correspondents=("覃亮",),
            photographers=("周骏",),
            source="经济日报",
            captions=((2, "督查组在南宁一处在建工地检查施工许可手续。（经济日报记者　周　骏摄）", True),),
        ),
        A(
            "软银拟向满帮集团投资10亿美元",
            [after(sents(b)[0], "消息，"), S(b, 1, 2, 3), S(b, 4, 5, 6), S(b, 7)],
            subtitle="——公路货运平台估值或达50亿美元",
            lead="本报北京3月27日讯　",
            dateline="本报北京3月27日讯",
            source="本报",
        ),
        A(
            "花卉科技企业爱必达完成近亿元A轮融资",
            [after(sents(c)[0], ")"), S(c, 1), S(c, 2, 3, 4), S(c, 5, 6, 7)],
            column="【产业观察】",
            byline="文/本报记者　方　明",
            reporters=("方明",),
            source="本报",
        ),
    ]
    page(
        "g01_economic_indent",
        arts,
        "indent",
        header=["经济日报　2018年3月28日　星期三　第6版　产经"],
        footer=["责任编辑　李　哲　　美术编辑　王子萱"],
        note="经济日报, indent",
    )


def g02() -> None:
    """光明日报 要闻 page copied from the e-paper (blank lines): a two-sentence ``本报乌鲁木齐…电（记者…）``
    item, a 新华社 story with names set apart by a space and two subheads, a story with an 图为 caption
    signed 光明日报记者 … 光明日报通讯员 …."""
    a = "inews-test-00570"
    b = "inews-train-02555"
    sb = sents(b)
    c = SG.format("84b08ab7c7d2f0ea")
    arts = [
        A(
            "新疆纪录片首获国际大奖",
            [after(sents(a)[0], ")"), S(a, 1)],
            lead="本报乌鲁木齐5月1日电（记者王瑟）",
            dateline="本报乌鲁木齐5月1日电",
            reporters=("王瑟",),
            source="本报",
        ),
        A(
            "全国政法领导干部“集训”释放哪些信号",
            [
                S(b, 0, 1, 2),
                after(sb[3], "\u3000\u3000") + S(b, 4),
                S(b, 5),
                after(sb[6], "\u3000\u3000") + S(b, 7),
            ],
            lead="新华社北京5月8日电（记者 罗沙 白阳）",
            dateline="新华社北京5月8日电",
            reporters=("罗沙", "白阳"),
            source="新华社",
            subheads=(
                (1, "用习近平新时代中国特色社会主义政法思想武装头脑"),
                (3, "从体制机制上解决损害群众权益突出问题"),
            ),
        ),
        A(
            "孩子们用演出讲述“环保视界”",
            P(c, (0, 1), (2, 3), (5, 6), (8,)),
            byline="光明日报记者　李　韵　光明日报通讯员　刘　琪",
            reporters=("李韵",),
            correspondents=("刘琪",),
            photographers=("李韵",),
            source="光明日报",
            captions=((0, "图为小演员在演出现场表演环保情景剧。光明日报记者　李韵摄", False),),
        ),
    ]
    page(
        "g02_guangming_web",
        arts,
        "web",
        header=["光明日报　2018年5月9日　星期三　04　要闻"],
        footer=["本版编辑：张　勇　王　帆"],
        note="光明日报, web copy",
    )


def g03() -> None:
    """工人日报 职工 page, pdftotext default (wrapped at 22): a story signed ``本报记者…本报通讯员…``, a
    title + —— subtitle story with a ▲ caption cutting a column, an untitled-credit ``本报讯（通讯员 …）``."""
    a = "inews-train-00175"
    b = "inews-train-02131"
    c = "inews-test-00577"
    arts = [
        A(
            "郴州一非法讨债涉恶团伙获刑",
            P(a, (0, 1), (2, 3), (4, 5), (6,)),
            byline="本报记者　曹德莉　本报通讯员　邓中明",
            reporters=("曹德莉",),
            correspondents=("邓中明",),
            source="本报",
        ),
        A(
            "茶园务工每天能挣七八十元",
            P(b, (0, 1), (2, 3), (4, 5, 6), (7,)),
            subtitle="——贵州丹寨整合财政专项资金助力脱贫",
            byline="本报记者　黄　榆",
            reporters=("黄榆",),
            photographers=("黄榆",),
            source="本报",
            captions=((1, "▲甲石村村民在茅草坡茶叶基地采摘茶叶。本报记者　黄　榆　摄", True),),
        ),
        A(
            "大货车司机走进驾校上安全课",
            [after(sents(c)[1], "）"), S(c, 2), S(c, 3, 4)],
            lead="本报讯（通讯员　陈君君　赵飞龙）",
            dateline="本报讯",
            correspondents=("陈君君", "赵飞龙"),
            source="本报",
        ),
    ]
    page(
        "g03_workers_wrapped",
        arts,
        "wrap",
        width=22,
        header=["工人日报　2018年12月20日　星期四　5　职工生活"],
        footer=["本版责编：陈　俊　　本版校对：李　燕"],
        note="工人日报, wrapped at 22",
    )


def g04() -> None:
    """中国青年报 page, pdftotext -layout: a 「青年话题」 column over a title + —— subtitle with a
    ``中国青年报·中青在线记者 … 实习生 …`` byline; a title printed on two lines (no dash)."""
    a = "inews-test-00286"
    b = SG.format("38b9d12490d2f0ea")
    arts = [
        A(
            "充值50元用不完不退 学生告赢知网",
            P(a, (0, 1, 2, 3), (4, 5), (6, 7), (8, 9)),
            column="「青年话题」",
            subtitle="——法院认定最低充值额限制条款无效",
            byline="中国青年报·中青在线记者　王　烨　实习生　赵一凡",
            reporters=("王烨",),
            interns=("赵一凡",),
            source="中国青年报·中青在线",
        ),
        A(
            "11岁女孩不会游泳却下水勇救5岁男孩",
            P(b, (0, 1, 2, 3), (4, 5, 6), (7, 8)),
            title_lines=("11岁女孩不会游泳", "却下水勇救5岁男孩"),
            byline="中国青年报记者　黄轶涵",
            reporters=("黄轶涵",),
            source="中国青年报",
        ),
    ]
    page(
        "g04_youth_layout",
        arts,
        "layout",
        width=24,
        header=["2018年6月5日　星期二　中国青年报　03　青年·社会"],
        footer=["责任编辑：刘　洋"],
        note="中国青年报, pdftotext -layout, a two-line title",
    )


def g05() -> None:
    """科技日报 page (indent): a signed story, a ``本报讯（记者…通讯员…）`` story with ■ subheads, a
    ``本报讯（记者 …）`` story."""
    a = "inews-train-01247"
    b = "inews-train-04445"
    sb = sents(b)
    c = "inews-train-04455"
    arts = [
        A(
            "中国航天已在世界占有一席之地",
            P(a, (3, 4), (5, 6), (7, 8), (10,)),
            byline="科技日报记者　付毅飞",
            reporters=("付毅飞",),
            source="科技日报",
            captions=((1, brk(""), True),),
        ),
        A(
            "农村生活垃圾“热解”处理见成效",
            [after(sb[0], "报道 ") + S(b, 1, 2), S(b, 3), S(b, 4, 5), S(b, 6, 7)],
            lead="本报讯（记者　颉满斌　通讯员　王晓东）",
            dateline="本报讯",
            reporters=("颉满斌",),
            correspondents=("王晓东",),
            source="本报",
            subheads=((1, "■试点先行有了“新去处”"), (2, "■热解气化实现减量化")),
        ),
        A(
            "软件定义网络带来创业新机会",
            [after(sents(c)[0], "）"), S(c, 1), S(c, 2)],
            lead="本报讯（记者 林紫玉）",
            dateline="本报讯",
            reporters=("林紫玉",),
            source="本报",
        ),
    ]
    page(
        "g05_science_indent",
        arts,
        "indent",
        header=["科技日报　2018年4月25日　星期三　第3版　综合新闻"],
        footer=["责任编辑　胡兆珀"],
        note="科技日报, ■ subheads",
    )


def g06() -> None:
    """农民日报 page, flat wrap (no indent): a 【三夏一线】 photo story opening ``新华社临沂6月4日电（记者…）``
    with its caption, a story signed 本报记者 … 实习生 …, a story signed after its body."""
    a = SA.format("3fca104f49da2142")
    b = SG.format("e974a5a931d2f0ea")
    c = "SogouCA-5f92ae5894e7bc78-49f37189a1acd500"
    arts = [
        A(
            "夫妻“麦客”忙麦收",
            P(a, (1, 2), (3,), (4, 5, 6), (7, 8)),
            column="【三夏一线】",
            lead="新华社临沂６月４日电（记者　郭绪雷）",
            dateline="新华社临沂６月４日电",
            reporters=("郭绪雷",),
            photographers=("郭绪雷",),
            source="新华社",
            captions=(
                (
                    0,
                    "６月４日，在山东省临沂市郯城县郯城街道米顶村麦田间，范加江驾驶收割机在收获小麦。新华社记者　郭绪雷　摄",
                    False,
                ),
            ),
        ),
        A(
            "乡村小学有了新图书室",
            P(b, (0,), (1, 2), (4,), (7,)),
            byline="本报记者　冯　华　实习生　魏丽君",
            reporters=("冯华",),
            interns=("魏丽君",),
            source="本报",
        ),
        A(
            "承包地挖出乌木引发归属争议",
            P(c, (0,), (1, 2)),
            end="（本报记者　刘　久）",
            reporters=("刘久",),
            source="本报",
        ),
    ]
    page(
        "g06_farmers_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["农民日报　2012年6月6日　星期三　第2版　三农新闻"],
        footer=["责任编辑：杨　丹　　校对：赵　晶"],
        note="农民日报, flat wrap",
    )


def g07() -> None:
    """北京日报 城市 page (indent): ``本报讯（记者　赵鹏　文静）`` (a name that is also a word), a byline
    with names set apart by 、, a ▲ caption under a paragraph."""
    a = SG.format("06bc082fd1d2f0ea")
    b = SG.format("6d1c0548b7d2f0ea")
    c = SG.format("015dfb8dd9d2f0ea")
    sa = sents(a)
    sc = sents(c)
    arts = [
        A(
            "11种大病明年有望二次报销",
            [after(sa[1], "）"), S(a, 2, 3), S(a, 4), S(a, 5), S(a, 6, 7, 8)],
            lead="本报讯（记者　赵鹏　文静）",
            dateline="本报讯",
            reporters=("赵鹏", "文静"),
            source="本报",
        ),
        A(
            "首批2000辆公共自行车投入试运营",
            [after(sents(b)[0], "报道，"), S(b, 1, 2), S(b, 3, 4, 5), S(b, 6, 7, 8)],
            byline="本报记者　孙杰、王薇",
            reporters=("孙杰", "王薇"),
            source="本报",
        ),
        A(
            "小区流浪猫狗接连遭飞镖射杀",
            [after(sc[0], "）") + S(c, 1), S(c, 2, 3, 4), S(c, 5, 6, 7)],
            lead="本报讯（记者　姚锦波）",
            dateline="本报讯",
            reporters=("姚锦波",),
            photographers=("姚锦波",),
            source="本报",
            captions=((1, "▲小区绿地里放着喂流浪猫的猫粮盘。本报记者　姚锦波摄", False),),
        ),
    ]
    page(
        "g07_beijing_indent",
        arts,
        "indent",
        header=["北京日报　2012年7月3日　星期二　第6版　城市"],
        footer=["责任编辑：王海燕　　美术编辑：李　冰"],
        note="北京日报, indent",
    )


def g08() -> None:
    """解放日报 page, pdftotext default (wrapped at 23): opens with the end of a page-1 story
    (``（上接第1版）``), a —— subtitle story with a ■ subhead, an unsigned story opening 据…报道 that runs
    on to another page (``（下转第4版）`` alone on the last line)."""
    f = "inews-train-02290"
    top_paras = [S(f, 5), S(f, 6, 7)]
    top = [*wrap("\u3000\u3000（上接第1版）" + top_paras[0], 23), *wrap("\u3000\u3000" + top_paras[1], 23)]
    top_gold = gold_of(A("", top_paras))
    a = SG.format("6e79e1f1bdd2f0ea")
    b = "inews-train-03549"
    arts = [
        A(
            "虫眼菜所含农药未必少",
            P(a, (0, 1), (2,), (3,), (4,), (5, 6)),
            subtitle="——专家提醒选购食品警惕“白、艳、长、反、小、散”",
            byline="解放日报记者　顾　泳",
            reporters=("顾泳",),
            source="解放日报",
            subheads=((4, "■很白很艳要当心"),),
        ),
        A("浙江一厅官退休15年后投案", P(b, (0,), (1, 2), (3, 4))),
    ]
    page(
        "g08_jiefang_continued",
        arts,
        "wrap",
        width=23,
        header=["解放日报　2019年2月18日　星期一　2　要闻"],
        top=top,
        top_gold=top_gold,
        footer=["（下转第4版）", "责任编辑　徐　蓓"],
        note="continuation and jump, wrapped at 23",
    )


def g09() -> None:
    """南方日报 广东新闻 page (e-paper copy): ``南方日报讯　记者/…　通讯员/…`` run-in credit, a byline with
    reporter, correspondent and intern and a ``供图`` caption, a ``据新华社电`` story."""
    a = "inews-dev-00834"
    b = "inews-train-00161"
    c = "inews-train-04889"
    arts = [
        A(
            "原处级干部收受贿款440万元获刑四年",
            [after(sents(a)[0], "记者程昆 "), S(a, 1), S(a, 3, 4), S(a, 6, 7, 8)],
            lead="南方日报讯　记者/程昆　通讯员/盐法宣　",
            dateline="南方日报讯",
            reporters=("程昆",),
            correspondents=("盐法宣",),
            source="南方日报",
        ),
        A(
            "新“江门号”8月起复航香港",
            P(b, (2, 3), (4,), (5,), (6, 7)),
            byline="南方日报记者　吴　雪　通讯员　江港宣　实习生　陈　雨",
            reporters=("吴雪",),
            correspondents=("江港宣",),
            interns=("陈雨",),
            source="南方日报",
            captions=((0, "新建的“江门号”高速客船在中山下水。通讯员供图", True),),
        ),
        A(
            "进口车关税下调 特斯拉率先降价",
            P(c, (0, 1), (2, 3), (4, 5), (6, 7)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "g09_nanfang_web",
        arts,
        "web",
        header=["南方日报　2018年5月24日　星期四　A06　广东新闻"],
        footer=["责任编辑：陈　晓　　校对：林　芳"],
        note="南方日报, web copy",
    )


def g10() -> None:
    """浙江日报 社会 page (indent) with CRLF line ends, a BOM and trailing spaces: a —— subtitle story, a
    ``本报宁波12月11日电（记者…通讯员…）`` story, a story signed ``（本报记者 … 通讯员 …）`` after its body."""
    a = "inews-train-02304"
    b = "inews-test-00382"
    c = "inews-test-00501"
    arts = [
        A(
            "旧书里夹着两张外币存单",
            P(a, (1, 2), (3, 4), (5, 6, 7)),
            subtitle="——临海“拾宝客”辗转寻到失主",
            byline="本报记者　陈　醉　通讯员　林　立",
            reporters=("陈醉",),
            correspondents=("林立",),
            source="本报",
        ),
        A(
            "55亩葡萄大棚雪夜倒塌",
            P(b, (0,), (2, 3), (4, 5), (6,)),
            lead="本报宁波12月11日电（记者　王　冬　通讯员　江慈宣）",
            dateline="本报宁波12月11日电",
            reporters=("王冬",),
            correspondents=("江慈宣",),
            source="本报",
        ),
        A(
            "村民持刀伤人 村书记脱险",
            P(c, (0, 1, 2), (4,), (7,)),
            end="（本报记者　孙　燕　通讯员　羽宣）",
            reporters=("孙燕",),
            correspondents=("羽宣",),
            source="本报",
        ),
    ]
    page(
        "g10_zhejiang_crlf",
        arts,
        "indent",
        header=["浙江日报　2018年12月11日　星期二　第7版　社会"],
        footer=["责任编辑：方　敏　　版式设计：戚建卫"],
        eol="\r\n",
        bom=True,
        trailing=True,
        note="CRLF, BOM, trailing spaces",
    )


def g11() -> None:
    """四川日报 page: a 简讯 column of titled briefs (indent), each with a ``本报讯`` dateline."""
    a = "inews-train-03190"
    b = "inews-dev-00769"
    c = "inews-train-05342"
    arts = [
        A(
            "造谣雾霾爆表推销净化器被拘",
            [after(sents(a)[0], "）") + S(a, 1), S(a, 6, 7)],
            column="简讯",
            lead="本报讯（记者　吴冰清）",
            dateline="本报讯",
            reporters=("吴冰清",),
            source="本报",
        ),
        A(
            "垫江破获一起制毒案",
            [after(sents(b)[0], ")"), S(b, 2)],
            lead="本报讯（记者　周松）",
            dateline="本报讯",
            reporters=("周松",),
            source="本报",
        ),
        A(
            "乘客擅自打开应急舱门被拘",
            [S(c, 2), S(c, 3)],
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "g11_sichuan_briefs",
        arts,
        "indent",
        header=["四川日报　2018年12月14日　星期五　05　要闻·综合"],
        footer=["责任编辑　王　眉"],
        note="titled briefs",
    )


def g12() -> None:
    """新民晚报 page: a 简讯 column of untitled items (indent), one wire item, one credit listing a
    correspondent before the reporter."""
    a = SG.format("8fd243c177d2f0ea")
    b = SG.format("430d0abd49d2f0ea")
    c = SG.format("b8610cc3f6d2f0ea")
    d = SG.format("d1c808359dd2f0ea")
    arts = [
        A(
            "",
            [S(a, 0, 1)],
            column="简讯",
            lead="本报讯（记者　宋宁华）",
            dateline="本报讯",
            reporters=("宋宁华",),
            source="本报",
        ),
        A("", [S(b, 0, 1)], lead="本报讯　", dateline="本报讯", source="本报"),
        A("", [S(c, 0, 1)], lead="据新华社电　", dateline="据新华社电", source="新华社"),
        A(
            "",
            [S(d, 0, 1)],
            lead="本报讯（通讯员　王　蕾　记者　江跃中）",
            dateline="本报讯",
            reporters=("江跃中",),
            correspondents=("王蕾",),
            source="本报",
        ),
    ]
    page(
        "g12_xinmin_items",
        arts,
        "indent",
        header=["新民晚报　2012年7月12日　星期四　A11　社会新闻"],
        footer=["本版编辑：杨　阳　　视觉设计：窦云阳"],
        note="untitled briefs",
    )


def g13() -> None:
    """扬子晚报 page, pdftotext -layout: a —— subtitle story with a ``扬子晚报/紫牛新闻记者`` byline, a
    ``本报讯（记者…）`` story, a 聚焦… kicker over an unsigned service piece."""
    a = "inews-train-05274"
    b = SG.format("ad406ae0b0d2f0ea")
    c = SG.format("6a3c4d4f7ed2f0ea")
    arts = [
        A(
            "冷空气周末到南京",
            P(a, (0, 1, 2), (3, 4), (5, 6, 7)),
            subtitle="——18日最低气温2℃左右",
            byline="扬子晚报/紫牛新闻记者　马　燕",
            reporters=("马燕",),
            source="扬子晚报/紫牛新闻",
        ),
        A(
            "毁容案受害人索赔116万余元",
            P(b, (0, 1), (3, 4), (5, 6, 7)),
            lead="本报讯（记者　王　君）",
            dateline="本报讯",
            reporters=("王君",),
            source="本报",
            captions=((1, brk(""), True),),
        ),
        A(
            "车辆落水如何自救",
            P(c, (0, 1, 2, 3), (4, 5), (6, 7, 8)),
            # a kicker, as split_blind5/f02 reads the same ``聚焦…`` line over a title (was column=)
            kicker="聚焦汛期安全",
        ),
    ]
    page(
        "g13_yangtse_layout",
        arts,
        "layout",
        width=22,
        header=["扬子晚报　2012年7月24日　星期二　A8　城事"],
        footer=["编辑　王　伟　　美编　高　洁"],
        note="扬子晚报, pdftotext -layout",
    )


def g14() -> None:
    """钱江晚报 page, pdftotext default (wrapped at 20): a ``文/图`` byline, column breaks that cut a
    sentence with only a blank line between, and with a caption between."""
    a = "inews-test-00247"
    sa = sents(a)
    b = "inews-test-00543"
    arts = [
        A(
            "小学生对着蜥蜴喊“校长”",
            [after(sa[1], "打伤") + S(a, 2), S(a, 3), after(sa[4], "打伤小学生") + S(a, 5, 6), S(a, 7, 8, 9)],
            subtitle="——校长用电线抽打4名学生被行拘15日",
            byline="文/图　本报记者　何　晟",
            reporters=("何晟",),
            photographers=("何晟",),
            source="本报",
            captions=((2, brk(""), True), (3, "被打伤学生腿上的伤痕。", False)),
            subheads=((2, "网帖称校长打伤小学生"),),
        ),
        A(
            "指名道姓的短信也可能是诈骗",
            P(b, (0, 1), (3, 4), (5, 6), (7,)),
            byline="本报记者　张　蓉",
            reporters=("张蓉",),
            source="本报",
            captions=((1, "图为肖女士收到的诈骗短信截图。", True), (3, brk("", ""), True)),
        ),
    ]
    page(
        "g14_qianjiang_wrapped",
        arts,
        "wrap",
        width=20,
        header=["钱江晚报　2018年1月4日　星期四　A9　浙江新闻"],
        footer=["本版责任编辑　王　菲"],
        note="column breaks, 文/图",
    )


def g15() -> None:
    """County paper (　　 indent): a title + subtitle without a dash over a story
    signed by a correspondent alone, a ``本报9月23日讯`` story, a story with a byline ``记者　宋　璐``
    (no source) over its body."""
    a = "inews-train-04477"
    b = "inews-train-02048"
    c = "inews-train-03698"
    arts = [
        A(
            "县公安局查处多起铝超标食品案件",
            P(a, (1,), (2, 3, 4), (5,), (6, 7)),
            subtitle="七人被依法取保候审",
            byline="通讯员　刘　建",
            correspondents=("刘建",),
        ),
        A(
            "校车事故伤者得到全力救治",
            [after(sents(b)[0], "电 "), S(b, 1), S(b, 2, 3), S(b, 4, 5), S(b, 6, 7)],
            lead="本报9月23日讯　",
            dateline="本报9月23日讯",
            source="本报",
        ),
        A(
            "加快推进天晚集棚户区改造",
            [after(sents(c)[0], "报道："), S(c, 1, 2), S(c, 3, 4), S(c, 5), S(c, 6, 7)],
            byline="记者　宋　璐",
            reporters=("宋璐",),
        ),
    ]
    page(
        "g15_county_web",
        arts,
        "indent",
        header=["第2版　综合新闻　2015年7月30日　星期四"],
        footer=["责任编辑：李晓红　　校对：周　丽"],
        note="county paper",
    )


def g16() -> None:
    """中国交通报 page (indent): ``■本报记者`` and ``● 本报记者`` bylines, a —— subtitle, a story signed
    after its body; a footer with a phone number."""
    a = "inews-train-00466"
    b = "inews-train-02811"
    c = "inews-train-05082"
    arts = [
        A(
            "充电宝起火 南航航班返航",
            [after(sents(a)[0], "报道，"), S(a, 1), S(a, 2, 3), S(a, 4, 5), S(a, 6, 7)],
            subtitle="——机组处置得当未造成人员伤亡",
            byline="■本报记者　樊俊卿",
            reporters=("樊俊卿",),
            source="本报",
        ),
        A(
            "印度港口工人将举行全国罢工",
            P(b, (0,), (2,), (3,), (5,)),
            byline="● 本报记者　刘　畅",
            reporters=("刘畅",),
            source="本报",
        ),
        A(
            "网购假驾照上路被查",
            [after(sents(c)[0], "报道 "), S(c, 1), S(c, 2, 3), S(c, 4, 5)],
            end="（记者　鲁　宏　通讯员　平交宣）",
            reporters=("鲁宏",),
            correspondents=("平交宣",),
        ),
    ]
    page(
        "g16_transport_indent",
        arts,
        "indent",
        header=["中国交通报　2019年2月20日　星期三　3　综合"],
        footer=["责任编辑：李　颖　　电话：010-65293185"],
        note="行业报, ■/● bylines",
    )


def g17() -> None:
    """中国电力报 page (e-paper copy): an 【编者按】 above a story with a kicker, a byline line
    ``本报记者　葛　蕃``, a ``据新华社电`` story cut by a page strip at a column break."""
    a = "inews-train-01328"
    b = "inews-train-04663"
    c = "inews-train-03220"
    arts = [
        A(
            "高温下用电投诉数量剧增",
            [after(sents(a)[0], ")"), S(a, 1, 2), S(a, 4), S(a, 5)],
            kicker="陕西7月网络问政报告",
            note="【编者按】今年入夏以来，多地持续高温，用电负荷屡创新高。本报今起推出“迎峰度夏”系列报道，关注各地保供电工作。",
            lead="本报讯（记者　周　到）",
            dateline="本报讯",
            reporters=("周到",),
            source="本报",
        ),
        A(
            "榆林机场二期扩建航站区项目开工",
            [after(sents(b)[2], "报道 "), S(b, 3), S(b, 4, 5), S(b, 6)],
            byline="本报记者　葛　蕃",
            reporters=("葛蕃",),
            source="本报",
        ),
        A(
            "越南中部豪雨成灾",
            [after(sents(c)[0], "消息，"), S(c, 1, 2), S(c, 3, 4), S(c, 5, 6, 7)],
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
            captions=((2, brk("", "中国电力报　要闻　2", ""), True),),
        ),
    ]
    page(
        "g17_power_web",
        arts,
        "web",
        header=["中国电力报　2017年8月3日　星期四　第2版　要闻"],
        footer=["本版编辑　张　琳　　校对　王　磊"],
        furniture=["中国电力报　要闻　2"],
        note="行业报, 编者按, a page strip inside a paragraph",
    )


def g18() -> None:
    """西安晚报 3·15 page, flat wrap: a ``本报讯（记者…）`` story with 一、二、三、 subheads, a story with a
    byline whose names are set apart by ，."""
    a = "inews-train-01503"
    b = "inews-train-00686"
    arts = [
        A(
            "安康公布食品药品十大典型案件",
            [after(sents(a)[0], ")"), S(a, 2, 3), S(a, 5), S(a, 7)],
            lead="本报讯（记者　张松）",
            dateline="本报讯",
            reporters=("张松",),
            source="本报",
            subheads=(
                (1, "一、某油脂公司生产不合格菜子油案"),
                (2, "二、某油脂厂标签与实际不符案"),
                (3, "三、某制药厂擅改工艺生产原料药案"),
            ),
        ),
        A(
            "7个电话多收8分钟话费",
            P(b, (0,), (1, 2), (3,), (5, 6, 7)),
            byline="本报记者　黄媛，李杨",
            reporters=("黄媛", "李杨"),
            source="本报",
        ),
    ]
    page(
        "g18_xian_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["西安晚报　2017年3月15日　星期三　第7版　3·15特别报道"],
        footer=["编辑　李　瑾　　组版　张　敏"],
        note="numbered subheads, flat",
    )


def g19() -> None:
    """A wire page (indent): ``新华社…电（记者…）`` stories, one with a ``（资料图片）`` caption, one
    without a credit."""
    a = "inews-dev-00952"
    b = "inews-test-00901"
    sb = sents(b)
    c = "inews-test-00667"
    arts = [
        A(
            "“东方之星”客轮在长江倾覆",
            P(a, (1, 2), (4, 5), (6,), (7, 8)),
            lead="新华社武汉6月2日电（记者　皮曙初　李劲峰）",
            dateline="新华社武汉6月2日电",
            reporters=("皮曙初", "李劲峰"),
            source="新华社",
            captions=((0, "“东方之星”客轮（资料图片）", False),),
        ),
        A(
            "越南村民建“漂浮”住宅防洪",
            [after(sb[0], "／"), S(b, 1, 2), S(b, 3, 4, 5), S(b, 6, 7)],
            lead="新华社河内5月22日电（记者章建华）",
            dateline="新华社河内5月22日电",
            reporters=("章建华",),
            source="新华社",
        ),
        A(
            "印度一航班客舱冒烟紧急着陆",
            P(c, (1,), (2, 3), (4, 5, 6, 7)),
            lead="新华社新德里12月11日电　",
            dateline="新华社新德里12月11日电",
            source="新华社",
        ),
    ]
    page(
        "g19_xinhua_indent",
        arts,
        "indent",
        header=["2015年6月3日　星期三　第4版　国内·国际"],
        footer=["责任编辑：钱　江"],
        note="wire page",
    )


def g20() -> None:
    """湖北日报 page, pdftotext default (wrapped at 21) with CRLF and trailing spaces: opens with the end of
    a page-1 story, a ``□楚天都市报记者`` byline with a subhead, a story with two interns and a caption cutting
    a column, running on to page 4; footers on three lines."""
    f = "inews-train-03243"
    top_paras = [S(f, 2, 3), S(f, 4, 5), S(f, 7, 8)]
    top = [
        y
        for k, x in enumerate(top_paras)
        for y in wrap("\u3000\u3000" + ("（上接第一版）" if k == 0 else "") + x, 21)
    ]
    top_gold = gold_of(A("", top_paras))
    a = "inews-test-00645"
    sa = sents(a)
    b = "inews-dev-00564"
    arts = [
        A(
            "“小偷偷电瓶被电死获赔”系谣言",
            [S(a, 1), S(a, 2, 3), after(sa[4], "热传") + S(a, 5, 6), S(a, 7)],
            byline="□楚天都市报记者　吴昌华",
            reporters=("吴昌华",),
            source="楚天都市报",
            subheads=((2, "离奇索赔案在网上热传"),),
        ),
        A(
            "中国游客在马达加斯加被捕",
            P(b, (0, 1), (2, 3), (4, 5), (8, 9)),
            subtitle="——涉嫌走私变色龙",
            byline="湖北日报记者　王　磊　实习生　张　敏　李　娜",
            reporters=("王磊",),
            interns=("张敏", "李娜"),
            source="湖北日报",
            captions=((2, "网友爆料博文中贴出的旅行团合影（博文截图）", True),),
        ),
    ]
    page(
        "g20_hubei_jump",
        arts,
        "wrap",
        width=21,
        header=["湖北日报　2018年5月24日　星期四　3　要闻"],
        top=top,
        top_gold=top_gold,
        footer=["（下转第4版）", "责任编辑：周　君", "美术编辑：陈　璐", "校对：王　华"],
        eol="\r\n",
        trailing=True,
        note="continuation, jump, CRLF, trailing spaces",
    )


if __name__ == "__main__":
    for fn in (
        g01,
        g02,
        g03,
        g04,
        g05,
        g06,
        g07,
        g08,
        g09,
        g10,
        g11,
        g12,
        g13,
        g14,
        g15,
        g16,
        g17,
        g18,
        g19,
        g20,
    ):
        fn()
