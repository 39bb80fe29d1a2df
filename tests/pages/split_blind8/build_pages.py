"""Build the eighth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These 20 pages were written, and their gold with them, *before* the splitter was ever run on them,
from articles of ``../shared/corpora`` that none of ``tests/pages/split``, ``split_heldout``,
``split_blind`` … ``split_blind7`` uses (neither their ids nor any of their sentences: the corpus is
nearly used up, so several long articles here give two or three pieces, each from its own sentences).
Headlines, bylines, captions and page furniture are written afresh for the pages.  They aim at the
typical pages of papers no other set has:

* papers: 经济参考报 要闻, 证券时报 楼市, 中国妇女报, 环球时报 国际, 参考消息 (外电 credits
  ``【法新社…电】``, ``据美联社…报道``), 半岛都市报, 新京报, 成都商报 专题, a 区县报, 安徽日报,
  福建日报, 河南日报, 甘肃日报 法治 专版, 海南日报 简讯, 中国汽车报, 吉林日报, 青海日报 公益,
  a page opening with a continued story, a 晚报 家教 副刊, 中国企业报;
* captions: ``图为…``, ``▲…``, ``（XX摄）``, ``新华社记者 XX 摄``, ``XX/摄``, ``资料图片``, ``供图``,
  captions on two lines, captions set between the two halves of a sentence;
* sentences cut by a column: across a caption, a blank line, a running page strip, a narrower next
  column (pdftotext default) and a shifted next column (pdftotext -layout);
* paragraphs that really end without a full stop (``…说：`` before a quote, a jump line after a
  cut sentence), headline blocks in every combination (kicker + title, title + ``——`` subtitle,
  title + subtitle without a dash, two-line titles, 【…】/「…」/■ labels, a label after the byline),
  bylines of every common form, datelines (``本报讯``, ``本报X月X日讯``, ``新华社…电``, ``据…报道``),
  subheads, titled and untitled briefs, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind8/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A8  # noqa: E402
from layoutkit import colon  # noqa: E402
from pagekit import IND, after, cut, flat_width, sents  # noqa: E402


def P(rid: str, *groups: tuple[int, ...]) -> list[str]:
    """Paragraphs of an article: each group of sentence numbers makes one paragraph."""
    s = sents(rid)
    out = []
    for g in groups:
        for i in g:
            assert "http" not in s[i] and "  " not in s[i] and IND not in s[i], (rid, i)
        out.append("".join(s[i] for i in g))
    return out


def quoted(lead: str, paras: list[str]) -> list[str]:
    """Paragraphs whose first one opens with ``lead`` as running text (not a dateline)."""
    return [lead + paras[0], *paras[1:]]


def page(name: str, arts: list[dict], style: str, **kw) -> None:
    """Write a page with ``layoutkit.page`` (its defaults: -layout headlines indented 12 spaces, a
    narrower next column 4 characters narrower, a shifted one 10 spaces further right)."""
    layoutkit.page(HERE, name, arts, style, **kw)


SG = "SogouCS-{}-34913306c0bb3300"
PRESS = "inews-train-03418"  # a press conference: each answer is its own piece on its own page
LIUAN = "inews-train-04538"
BAIYIN = "inews-dev-00975"
DALIAN = "inews-test-00461"
ZHANG = "inews-test-00594"
KUNSHAN = "inews-test-00798"
HOUSING = "inews-train-02286"
STUDY = "inews-train-03859"
DALI = "inews-train-03214"
MEAT = "inews-train-03514"
ZHAI = "inews-train-00706"
JUDGE = "inews-train-02829"
HEFEI = "inews-train-00542"
MEIZHOU = "inews-dev-00243"
FUZHOU = "inews-test-00936"
FAKE = "inews-train-03672"
KID = "inews-train-02729"
QUAKE = "inews-train-03327"
SHOES = SG.format("1484f165c6d2f0ea")
TAXI = SG.format("5104f6caf9d2f0ea")
CITY = SG.format("2222928f38d2f0ea")
PING = SG.format("80ff786649d2f0ea")
TONG = SG.format("d3b5214f96d2f0ea")
YONG = SG.format("0dadd5002ed2f0ea")
VIDEO = SG.format("970b47b935d2f0ea")


# --- the pages ----------------------------------------------------------------------------------


def k01() -> None:
    """经济参考报 要闻 (　　 indent): a 新华社…电 answer with a kicker and a two-line caption cutting a
    sentence; a —— subtitle story with a padded byline; a 中国经济网…讯 story whose title and
    subtitle are set without a dash."""
    arts = [
        A8(
            "“放管服”改革要放出活力管出公平",
            P(PRESS, (34, 35, 36), (38, 39, 40), (41,), (42, 43, 44), (45, 46, 47, 48)),
            kicker="国务院总理李克强回答中外记者提问",
            lead="新华社北京3月20日电　",
            dateline="新华社北京3月20日电",
            source="新华社",
            photographers=("李学仁",),
            breaks=(
                (
                    3,
                    "caption",
                    "3月20日，国务院总理李克强在人民大会堂回答中外记者提问。\n新华社记者　李学仁　摄",
                ),
            ),
        ),
        A8(
            "中国有能力防范系统性金融风险",
            P(PRESS, (100, 101), (102, 103, 104, 105), (106, 107, 108), (111, 112, 113, 114)),
            subtitle="——总理记者会释放稳金融信号",
            byline="本报记者　王　慧　刘　峰",
            reporters=("王慧", "刘峰"),
            source="本报",
        ),
        A8(
            "出租车燃油费跟涨不跟跌",
            [
                after(sents(TAXI)[0], "讯"),
                *P(TAXI, (1, 2, 3), (9, 10, 11), (19, 20, 21), (22, 23, 24, 25, 26)),
            ],
            subtitle="全国仅有１１个城市下调",
            lead="中国经济网７月１８日讯　",
            dateline="中国经济网７月１８日讯",
            source="中国经济网",
        ),
    ]
    page(
        "k01_jjckb_yaowen",
        arts,
        "indent",
        header=["经济参考报　2018年3月21日　星期三　第1版　要闻"],
        footer=["责任编辑：周　莉　　美术编辑：王　潇　　校对：陈　冬"],
        note="经济参考报 要闻, indent",
    )


def k02() -> None:
    """证券时报 楼市 page from the e-paper (blank lines): a 【…】 column label over a kicker + title, a
    ``记者　…`` byline and a ■ subhead; a second story with a ``XX/摄`` caption cutting a sentence;
    a 本报讯 brief."""
    arts = [
        A8(
            "广州房价“上涨”真相几何",
            P(HOUSING, (8, 9), (10, 11), (12, 13, 14), (15, 16), (19, 20, 21)),
            column="【楼市观察】",
            kicker="实探广州楼市",
            byline="证券时报记者　陈　静",
            reporters=("陈静",),
            source="证券时报",
            subheads=((3, "■“双合同”被禁后网签价回归真实"),),
        ),
        A8(
            "特价房与分期首付成标配",
            P(HOUSING, (24, 25, 26), (27, 28, 29), (30, 31), (32, 33, 34, 35), (39, 40, 41)),
            subtitle="——部分楼盘一成首付即可网签",
            byline="证券时报记者　陈　静",
            reporters=("陈静",),
            photographers=("陈静",),
            source="证券时报",
            breaks=((2, "caption", "亚运城售楼部内，购房者正在看房。　陈静/摄"),),
        ),
        A8(
            "“中国爱心城市”公益活动启动",
            P(CITY, (0, 1), (4,), (6, 7)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "k02_stcn_property",
        arts,
        "web",
        header=["证券时报　2019年2月18日　星期一　A6　楼市"],
        footer=["编辑：孙　勇　　美编：黄　莹"],
        note="证券时报, web copy",
    )


def k03() -> None:
    """中国妇女报 社会 page, pdftotext default (22): a story with a byline ``本报记者 … 实习生 …``,
    a quote paragraph after ``…说：`` and a caption between two lines of a sentence; a second story
    of the same family with a ■ subhead and a credit at its end; a story with a narrower next column."""
    s = sents(LIUAN)
    arts = [
        A8(
            "患病夫妻双双轻生 儿子哭诉“来不及尽孝”",
            [
                *P(LIUAN, (2, 3, 4), (5, 6), (7, 8), (11, 12, 13, 14)),
                s[15] + s[16] + "她回忆当时的情景说：",
                s[17],
                s[18] + s[19],
                s[22],
            ],
            kicker="安徽六安一对五旬夫妻在淠河被发现",
            byline="本报记者　吴　燕　实习生　李婉婷",
            reporters=("吴燕",),
            interns=("李婉婷",),
            photographers=("吴燕",),
            source="本报",
            breaks=((3, "caption", "▲淠河边的亲水绿道。　本报记者　吴　燕　摄"),),
        ),
        A8(
            "“他们为我们做了这么多”",
            P(LIUAN, (103, 104, 105, 106), (107, 108, 109), (111, 112, 113), (115, 116, 117), (118, 119)),
            subheads=((3, "■“就是普通农村老夫妻的爱”"),),
            end="（吴燕）",
            reporters=("吴燕",),
        ),
        A8(
            "男童没写完作业被父亲砍伤",
            P(KID, (4, 5), (6, 7, 8, 9), (10, 11, 12), (13, 14, 15, 16), (17, 18, 19, 20)),
            subtitle="继母：家里对孩子的管教一直很头疼",
            byline="本报记者　周　敏",
            reporters=("周敏",),
            source="本报",
            breaks=((1, "narrow", None),),
        ),
    ]
    page(
        "k03_women_wrapped",
        arts,
        "wrap",
        width=22,
        header=["中国妇女报　2018年12月8日　星期六　第3版　社会"],
        footer=["本版责编：林　静　　美编：张　蕾"],
        note="中国妇女报, pdftotext default (22)",
    )


def k04() -> None:
    """环球时报 国际 page, pdftotext -layout: a 据…报道 story with a shifted next column and a
    ``——`` subtitle; a ``本报驻美国特约记者 …`` byline story with a caption under a paragraph; a 社评
    label over a short comment with an author line."""
    s = sents(ZHANG)
    arts = [
        A8(
            "章莹颖案嫌犯前妻当庭翻供",
            [
                s[3] + s[4],
                s[5] + s[6],
                s[7],
                *P(ZHANG, (9, 10), (11, 12, 13), (14, 15), (16, 17), (19, 20)),
            ],
            subtitle="——称联邦调查局趁她脆弱时利用她",
            byline="本报驻美国特约记者　萧　达",
            reporters=("萧达",),
            source="本报",
            breaks=((4, "shift", None),),
        ),
        A8(
            "辩方指联邦调查局违法搜查嫌犯牢房",
            P(ZHANG, (21, 23), (25, 26), (27, 28), (29,), (33, 34, 35), (36, 37)),
            byline="本报记者　曲　翔",
            reporters=("曲翔",),
            photographers=(),
            source="本报",
            caps=((1, "克里斯滕森出庭受审时的资料图片。"),),
        ),
        A8(
            "正义不应在程序中迟到",
            [
                "章莹颖失踪已经一年多，案件的审理日期却一再推后，听证会一场接着一场，焦点始终停留在管辖权和取证是否合法上。",
                "程序正义固然重要，但对一个失去女儿的家庭来说，每一次推延都是新的煎熬。我们期待美国司法机关早日让真相水落石出。",
            ],
            column="社评",
            author="□　单　仁",
            reporters=("单仁",),
        ),
    ]
    page(
        "k04_huanqiu_layout",
        arts,
        "layout",
        width=24,
        header=["环球时报　2018年12月20日　星期四　第3版　国际论坛"],
        footer=["责任编辑：刘　畅　　校对：马　丽"],
        note="环球时报, pdftotext -layout",
    )


def k05() -> None:
    """参考消息 page, flat wrap (a paragraph ends with a short line): 外电 credits — ``【美联社北京3月20日电】``
    in brackets, ``据路透社3月20日报道，``, ``据新华社电`` — over three answers of the press conference,
    one with a ``——`` subtitle."""
    arts = [
        A8(
            "外媒：中美打贸易战没有赢家",
            P(PRESS, (81, 82, 83, 84), (85, 86), (87, 88, 89, 90), (91, 92), (93, 94, 95)),
            subtitle="——李克强回应贸易摩擦",
            lead="【美联社北京3月20日电】",
            dateline="美联社北京3月20日电",
            source="美联社",
        ),
        A8(
            "外媒关注粤港澳大湾区规划",
            P(PRESS, (130,), (131, 132), (133,)),
            lead="据路透社3月20日报道，",
            dateline="据路透社3月20日报道",
            source="路透社",
        ),
        A8(
            "对“互联网+”采取包容审慎监管",
            P(PRESS, (120, 121, 122), (123,), (124, 125, 126)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "k05_cankao_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["参考消息　2018年3月21日　星期三　第10版　中国观察"],
        footer=["编辑：王晓东　　校对：孙　毅"],
        note="参考消息, foreign wire credits, flat wrap",
    )


def k06() -> None:
    """半岛都市报 法治 page (　　 indent): a ``半岛记者 …`` byline story with a subhead and a column
    label printed after the byline; a kicker + title court story with ■ subheads and a credit at
    the end; a ``本报讯（通讯员…记者…）`` story."""
    s = sents(DALIAN)
    arts = [
        A8(
            "女子死后坠楼 男友曾捂其口鼻",
            [
                s[0] + s[1],
                s[3],
                after(s[4], "调查显示："),
                s[5] + s[6],
                s[7] + s[8] + s[9],
                *P(DALIAN, (11, 12, 13), (14, 15, 16)),
            ],
            byline="半岛都市报记者　佟　亮",
            reporters=("佟亮",),
            source="半岛都市报",
            column="「我律社」",
            after_by=True,
            subheads=((5, "案发前一晚曾激烈争吵"),),
        ),
        A8(
            "女友坠楼身亡 男友被判无罪",
            [
                *P(DALIAN, (26, 27, 28), (29, 30), (36, 37), (42, 43), (45,), (47,), (51, 52, 53)),
                s[55] + s[56] + s[57],
            ],
            kicker="大连一命案二审维持原判",
            subheads=((3, "■死亡时间无法确定"), (5, "■作案手法及工具并未查实")),
            end="（本报记者　佟　亮　实习生　高　远）",
            reporters=("佟亮",),
            interns=("高远",),
        ),
        A8(
            "假冒记者伪造委托书连骗三人",
            P(FAKE, (2,), (6, 7, 8), (16, 17), (18, 19, 20), (24, 25, 26)),
            lead="本报讯（通讯员　相检宣　记者　王　帅）",
            dateline="本报讯",
            reporters=("王帅",),
            correspondents=("相检宣",),
            source="本报",
        ),
    ]
    page(
        "k06_bandao_indent",
        arts,
        "indent",
        header=["A12　法治　半岛都市报　2018年12月24日　星期一"],
        footer=["编辑：刘　涛　　美编：于　洋　　审读：孙　杰"],
        note="半岛都市报, indent",
    )


def k07() -> None:
    """新京报 社会 page, pdftotext default (21), CRLF: a ``新京报讯（记者 …）`` story; a story with a
    kicker + title, a ■ subhead and a sentence cut across a page strip; a court story with a
    caption ``（资料图片）`` and a column cut across a blank line."""
    arts = [
        A8(
            "苏享茂家属起诉翟欣欣",
            P(ZHAI, (6, 7, 8), (9, 10), (12,)),
            subtitle="三起案件共要求返还千万财产",
            lead="新京报讯（记者　王　飞）",
            dateline="新京报讯",
            reporters=("王飞",),
            source="新京报",
        ),
        A8(
            "知情人复原苏享茂自杀当晚",
            P(ZHAI, (77, 78, 79), (81, 82), (84, 85, 86), (88, 89, 90, 91)),
            kicker="翟欣欣曾要求苏删帖、两次报警",
            byline="新京报记者　王　飞　实习生　陈　琳",
            reporters=("王飞",),
            interns=("陈琳",),
            source="新京报",
            subheads=((3, "■婚姻状况共两段"),),
            breaks=((1, "lines", ["A10　新京报　2018年5月25日"]),),
        ),
        A8(
            "最高法原审判长受贿获刑六年",
            P(JUDGE, (4, 5, 6), (7, 8), (9, 10, 11, 12), (13, 14, 15), (21, 22, 23, 24), (58, 59)),
            subtitle="——与律师合伙敛财，部分赃款被认定为受贿未遂",
            byline="新京报记者　杨　锐",
            reporters=("杨锐",),
            source="新京报",
            caps=((0, "王洪光受审资料图片。"),),
            breaks=((3, "blank", None),),
        ),
    ]
    page(
        "k07_xinjing_crlf",
        arts,
        "wrap",
        width=21,
        header=["A10　社会　2018年5月25日　星期五　新京报"],
        footer=["本版编辑　李　明　　美编　王　岚　　校对　付春愔"],
        eol="\r\n",
        note="新京报, wrapped at 21, CRLF",
    )


def k08() -> None:
    """成都商报 专题 page (e-paper copy, blank lines): a 「…」 series label over three stories of one
    survey, a ``成都商报记者 …`` byline, captions (``图据网络``, a caption cutting a sentence), a
    paragraph ending with a colon before a quote, a two-line title."""
    arts = [
        A8(
            "学校推荐英国游学15天需3.6万元",
            P(STUDY, (6, 7), (8,), (9, 10, 11), (12, 13), (14,)),
            column="「寒假游学调查」",
            kicker="家长纠结",
            byline="成都商报记者　邱　珂",
            reporters=("邱珂",),
            source="成都商报",
            caps=((0, "游学地点有英国、新加坡、泰国等（图据网络）"),),
        ),
        A8(
            "他带女儿去新西兰游学一月",
            P(STUDY, (20, 21), (22, 23), (24, 25), (28, 29, 30), (31, 32, 33)),
            kicker="自由行",
            byline="成都商报记者　邱　珂",
            reporters=("邱珂",),
            source="成都商报",
            breaks=((1, "caption", "新西兰一所私立学校的晨会。受访者供图"),),
        ),
        A8(
            "四家人约好去泰国插班游学一个月",
            P(STUDY, (35, 36), (37, 38, 39), (40, 41, 42, 43), (44, 45), (46, 47)),
            title_lines=("四家人约好去泰国", "插班游学一个月"),
            end="（成都商报记者　邱　珂）",
            reporters=("邱珂",),
        ),
    ]
    page(
        "k08_chengdu_web",
        arts,
        "web",
        header=["成都商报　2019年1月10日　星期四　08　教育"],
        footer=["编辑　吴　锐　　美编　何　欣"],
        note="成都商报 专题, web copy",
    )


def k09() -> None:
    """区县报 page (大荔-like county weekly), flat wrap: a story with ■ subheads and a jump line after
    a cut sentence; a 理论 column piece with an author line; a 本报讯 brief with a caption."""
    s = sents(DALI)
    arts = [
        A8(
            "推动撤县设市 打造区域中心",
            [*P(DALI, (6, 7), (8, 10), (13, 14)), cut(s[16], 0.5)[0]],
            byline="本报记者　王建华",
            reporters=("王建华",),
            source="本报",
        ),
        A8(
            "撤县设市与改善民生哪个更重要",
            P(DALI, (53, 54, 55), (56, 57), (58, 59), (60, 61, 62, 63)),
            column="理论园地",
            author="□　李　明",
            reporters=("李明",),
            subheads=((2, "■“县改市”并未带来大的改观"),),
        ),
        A8(
            "“大荔冬枣”获地理标志证明商标",
            P(DALI, (74, 75), (76, 77)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            photographers=("张伟",),
            caps=((1, "▲枣农在大棚里采摘冬枣。　张伟　摄"),),
        ),
    ]
    page(
        "k09_county_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["第2版　2017年8月4日　星期五　综合新闻"],
        footer=["责任编辑：赵　峰　　校对：刘　颖"],
        after_art={0: ["（下转第三版）"]},
        note="county weekly, flat wrap, jump line",
    )


def k10() -> None:
    """安徽日报 page, pdftotext -layout: a —— subtitle story with a caption cutting a sentence and
    a shifted column; a story with a ``本报记者 … 通讯员 …`` byline; a 短评 with an author line."""
    arts = [
        A8(
            "寻人启事贴在淠河岸边",
            P(
                LIUAN,
                (23, 24, 25),
                (26, 27),
                (30,),
                (36, 37, 38, 39),
                (41, 42, 43, 44),
                (47, 48, 49, 50),
                (51, 52),
            ),
            subtitle="——一对患病夫妻离开医院后的最后行踪",
            byline="本报记者　何　雯",
            reporters=("何雯",),
            photographers=("何雯",),
            source="本报",
            breaks=(
                (3, "caption", "张大国夫妻俩出事前住过的六安市人民医院。　本报记者　何　雯　摄"),
                (5, "shift", None),
            ),
        ),
        A8(
            "村支书：网上说孩子不孝那些话不能听",
            P(LIUAN, (121, 122), (123, 124, 125), (151, 152, 153, 154), (155,), (158, 159)),
            byline="本报记者　何　雯　通讯员　姚　路",
            reporters=("何雯",),
            correspondents=("姚路",),
            source="本报",
        ),
        A8(
            "多一分关心 少一分遗憾",
            [
                "一对患病的农村夫妻，为了不拖累两个儿子，选择了最决绝的方式离开。这样的悲剧，令人唏嘘。",
                "大病医疗保障要织得更密，基层对困难家庭的关心要走得更近。多一分关心，就少一分遗憾。",
            ],
            column="短评",
            author="□　江　淮",
            reporters=("江淮",),
        ),
    ]
    page(
        "k10_anhui_layout",
        arts,
        "layout",
        width=24,
        header=["安徽日报　2018年12月7日　星期五　7　社会"],
        footer=["责任编辑：程　晨　　校对：许　文"],
        note="安徽日报, pdftotext -layout",
    )


def k11() -> None:
    """福建日报 page (e-paper copy, BOM, trailing spaces): a —— subtitle story with an ``本报讯（记者
    … 通讯员 …）`` dateline and a two-line caption cutting a sentence; a 梅州 story with an ``本报X月X日讯``
    dateline; a ■ 链接 box with numbered subheads."""
    s = sents(MEIZHOU)
    arts = [
        A8(
            "福州一民房疑似高压锅爆炸",
            P(FUZHOU, (0, 3, 4), (5, 6), (7, 8, 9), (10, 11), (13, 14), (15, 16, 17, 18), (19,)),
            subtitle="——伤员至少5人，已送医救治",
            lead="本报讯（记者　陈小恐　林　铮　通讯员　岳　宣）",
            dateline="本报讯",
            reporters=("陈小恐", "林铮"),
            correspondents=("岳宣",),
            photographers=("林铮",),
            source="本报",
            breaks=((2, "caption", "爆炸发生后，二楼的防盗网被炸开。\n本报记者　林　铮　摄"),),
        ),
        A8(
            "男子私宰生猪还暴力阻碍执法被拘",
            [s[1] + s[2], s[5], s[6]],
            lead="本报4月28日讯（记者　黄　颖）",
            dateline="本报4月28日讯",
            reporters=("黄颖",),
            source="本报",
        ),
        A8(
            "私宰肉有哪些危害",
            P(MEIZHOU, (8, 9), (10, 11), (12, 13), (14, 15, 16), (17, 18, 19), (20, 21)),
            column="■链接",
            subheads=((2, "一、私宰肉多为病死猪"), (3, "二、认清“两证两章”")),
        ),
    ]
    page(
        "k11_fujian_bom",
        arts,
        "web",
        header=["福建日报　2018年4月28日　星期六　第5版　社会"],
        footer=["责任编辑：郑　宇　　美术编辑：林　芳"],
        bom=True,
        trailing=True,
        note="福建日报, web copy, BOM, trailing spaces",
    )


def k12() -> None:
    """河南日报 page, pdftotext default (24) with trailing spaces: a 本报讯 story whose first paragraph
    ends at a colon before a quote and with a caption between lines of a sentence; a second story
    with ``第一…第六`` paragraphs, a subhead and a narrower column; a brief with a credit at its end."""
    s = sents(MEAT)
    qa, qb = colon(s[5])
    arts = [
        A8(
            "安阳突击清查市场 查扣无检疫证明生鲜肉",
            [s[4], qa, qb, *P(MEAT, (6, 7, 8), (9, 10, 11), (12, 13, 14))],
            kicker="我省多地开展牛羊肉市场专项整治",
            lead="本报讯（记者　李　丽　通讯员　安食宣）",
            dateline="本报讯",
            reporters=("李丽",),
            correspondents=("安食宣",),
            source="本报",
            photographers=("李丽",),
            breaks=((3, "caption", "执法人员在市场内抽检生鲜肉。　本报记者　李　丽　摄"),),
        ),
        A8(
            "濮阳：未经检疫鲜羊肉不能进市场",
            P(MEAT, (22,), (23, 24, 25), (26,), (27,), (29,), (32, 33), (34, 35, 36)),
            byline="本报记者　李　丽",
            reporters=("李丽",),
            source="本报",
            subheads=((2, "六项措施严查销售市场"),),
            breaks=((3, "narrow", None),),
        ),
        A8(
            "“爱心城市”大会在晋江签约",
            P(CITY, (5,), (2, 3)),
            end="（孙　华）",
            reporters=("孙华",),
        ),
    ]
    page(
        "k12_henan_wrapped",
        arts,
        "wrap",
        width=24,
        header=["河南日报　2017年5月24日　星期三　11　民生"],
        footer=["本版编辑：周　舟　　美编：王　旭"],
        trailing=True,
        note="河南日报, pdftotext default (24), trailing spaces",
    )


def k13() -> None:
    """甘肃日报 法治 专版 (　　 indent): a title over a 本报讯 dateline; a story with a ``■ 本报记者 …``
    byline and a colon-ended paragraph; a 庭审 piece with a caption cutting a sentence across a
    page strip; a Q&A piece whose paragraphs end in ？."""
    s = sents(BAIYIN)
    qa, qb = colon(s[12])
    qa = after(qa, "公诉人在庭审中")  # the web copy runs a photo label into the sentence
    arts = [
        A8(
            "白银连环杀人案30日宣判",
            [s[0], s[1] + s[2], s[3] + s[4] + s[5]],
            lead="本报兰州3月28日讯　",
            dateline="本报兰州3月28日讯",
            source="本报",
        ),
        A8(
            "“白银案”公诉团队忙碌准备近3个月",
            [qa, qb + s[13], *P(BAIYIN, (15, 16, 17), (18, 19, 20), (21, 22), (24,))],
            byline="■　本报记者　陈　斌",
            reporters=("陈斌",),
            source="本报",
        ),
        A8(
            "庭审中，高承勇的态度变了",
            P(BAIYIN, (41, 42, 43), (44,), (45, 46), (47, 48, 49)),
            byline="■　本报记者　陈　斌",
            reporters=("陈斌",),
            photographers=(),
            source="本报",
            breaks=((1, "lines", ["甘肃日报　法治专版"]), (2, "caption", "庭审现场。（资料图片）")),
        ),
        A8(
            "检察官与高承勇的对话",
            [s[52], s[53] + s[54], s[55], s[56] + s[57], s[62], s[63] + s[64], s[65], s[66]],
            column="【庭后对话】",
        ),
    ]
    page(
        "k13_gansu_law_indent",
        arts,
        "indent",
        header=["甘肃日报　2018年3月28日　星期三　第7版　法治"],
        footer=["责任编辑：马　骁　　美术编辑：杨　帆"],
        note="甘肃日报 法治专版, indent",
    )


def k14() -> None:
    """海南日报 简讯 column (　　 indent): titled briefs, then untitled ones opening with 本报讯 / 据…报道."""
    arts = [
        A8(
            "多地下调出租车燃油附加费",
            P(TAXI, (4, 5, 6), (7, 8)),
            column="全国简讯",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A8(
            "合肥一轿车撞桥自燃 司机身亡",
            P(HEFEI, (5, 6), (7, 8, 11)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A8(
            "",
            P(YONG, (0, 1, 2, 3)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A8(
            "",
            P(TONG, (0, 1, 2, 3), (4, 6, 7)),
            lead="据中新网报道，",
            dateline="据中新网报道",
            source="中新网",
        ),
        A8(
            "",
            P(PING, (0, 1, 2), (3, 4, 5, 6)),
            lead="本报讯（记者　符　蕾）",
            dateline="本报讯",
            reporters=("符蕾",),
            source="本报",
        ),
    ]
    page(
        "k14_hainan_briefs",
        arts,
        "indent",
        header=["海南日报　2012年6月20日　星期三　A8　综合"],
        footer=["本版编辑：符　晶　　检校：王　振"],
        note="briefs, titled and untitled",
    )


def k15() -> None:
    """中国汽车报 page (e-paper copy): a story with a ``文/… 图/…`` byline, a kicker and a caption after
    a paragraph; a 安全提示 box with numbered subheads and paragraphs of advice."""
    v = sents(VIDEO)
    arts = [
        A8(
            "“文明驾驶”短片征集揭晓入围作品",
            [v[0] + v[1], v[2], v[3], v[4] + v[5] + v[6], v[9] + v[10]],
            kicker="95%的事故与人员失误有关",
            byline="文/本报记者　梁　宇　图/本报记者　苏　晨",
            reporters=("梁宇",),
            photographers=("苏晨",),
            source="本报",
            caps=((2, "入围短片《缘份》截图。"),),
        ),
        A8(
            "雨天行车牢记“五避”",
            P(HEFEI, (13,), (14,), (15,), (16,), (17,), (18,), (19, 20), (21,)),
            column="▲安全提示",
            subheads=((3, "一、保持安全距离"),),
            end="（梁宇）",
            reporters=("梁宇",),
        ),
    ]
    page(
        "k15_auto_web",
        arts,
        "web",
        header=["中国汽车报　2018年7月16日　第14版　交通安全"],
        footer=["责任编辑：许　强"],
        note="中国汽车报, web copy",
    )


def k16() -> None:
    """吉林日报 page, pdftotext -layout: an earthquake story with ``本报讯（记者 …）`` and a
    caption; a 据…报道 piece on the same page; a 社区 brief with a byline after the body."""
    q = sents(QUAKE)
    arts = [
        A8(
            "松原震后各项工作有序开展",
            [q[2], q[3] + q[4], q[6], q[7]],
            subtitle="——吉林省地震局启动三级应急响应",
            lead="本报讯（记者　刘　冬　赵　明）",
            dateline="本报讯",
            reporters=("刘冬", "赵明"),
            source="本报",
            photographers=("刘冬",),
            caps=((1, "震后，市民在街道上避险。刘冬　摄"),),
        ),
        A8(
            "慈善家：将逐步捐出一半家产",
            # A magazine quoted at the body's start is the body's sourcing, not a dateline: the older
            # sets read ``据《卫报》报道，…`` and ``据《中国纪检监察报》报道，…`` so (corrected after the
            # first run; it was a dateline here at first).
            quoted("据《福布斯》中文版报道，", P(SG.format("7eaf18924bd2f0ea"), (6,), (12,))),
        ),
        A8(
            "社区志愿者为孩子送上运动鞋",
            P(SHOES, (15, 16), (17, 18, 19)),
            end="（本报记者　张　楠）",
            reporters=("张楠",),
        ),
    ]
    page(
        "k16_jilin_layout",
        arts,
        "layout",
        width=22,
        header=["吉林日报　2018年5月29日　星期二　第2版　要闻"],
        footer=["责任编辑：王　岩　　美术编辑：李　默"],
        note="吉林日报, pdftotext -layout",
    )


def k17() -> None:
    """青海日报 公益 page, pdftotext default (20): a story with a column label, a kicker, a ``本报记者 …
    本报通讯员 …`` byline, a quote after ``…说：``, a caption between two lines of a sentence;
    a second school story with a column cut across a blank line."""
    s = sents(SHOES)
    qa, qb = colon(s[20])
    arts = [
        A8(
            "307双运动鞋 双双暖人心",
            [
                after(s[0], "６月５日，"),
                s[2] + s[3],
                s[4] + s[5] + s[6] + s[7],
                s[8] + s[9],
                s[10] + s[11] + s[12],
                qa,
                qb + s[21],
            ],
            column="【关爱留守儿童】",
            kicker="“给孩子送双运动鞋”公益行动走进贵德",
            byline="本报记者　马　燕　本报通讯员　才让卓玛",
            reporters=("马燕",),
            correspondents=("才让卓玛",),
            photographers=("马燕",),
            source="本报",
            breaks=((3, "caption", "▲孩子们换上了新鞋子。　本报记者　马燕　摄"),),
        ),
        A8(
            "雨中的明德小学",
            P(SHOES, (27, 28), (29, 30, 31), (32, 33), (34,), (37, 38, 39)),
            byline="本报记者　马　燕",
            reporters=("马燕",),
            source="本报",
            breaks=((2, "blank", None),),
        ),
    ]
    page(
        "k17_qinghai_wrapped",
        arts,
        "wrap",
        width=20,
        header=["青海日报　2012年6月8日　星期五　第6版　公益"],
        footer=["责任编辑：韩　梅　　校对：李　东"],
        note="青海日报 公益, pdftotext default (20)",
    )


def k18() -> None:
    """A page opening with a story continued from page 1 (``（上接第一版）``, no headline), indent; an
    investigation in two parts: a title + subtitle without a dash story, and a ``——`` subtitle
    follow-up with a quote after ``…称：``."""
    s = sents(KUNSHAN)
    qa, qb = colon(s[22])
    top = A8("", P(PRESS, (11, 12), (17, 18, 19, 20), (27, 28, 29)))
    arts = [
        A8(
            "复垦土地被无条件收回",
            [s[1], s[2], *P(KUNSHAN, (3, 4), (5, 6), (7, 8), (10, 11), (12, 13))],
            subtitle="种植户称投入近200万元血本无归",
            byline="本报记者　顾　超",
            reporters=("顾超",),
            source="本报",
            subheads=((5, "辛苦复垦为他人做嫁衣"),),
        ),
        A8(
            "当事双方各执一词",
            [qa, qb + s[23], *P(KUNSHAN, (27, 28, 29), (30, 31), (34,), (38,))],
            subtitle="——管理局称协议写明无偿种植、提前七天告知",
            byline="本报记者　顾　超",
            reporters=("顾超",),
            source="本报",
            photographers=(),
            caps=((3, "已有施工车停留的红豆杉种植地。资料图片"),),
        ),
    ]
    page(
        "k18_continued_indent",
        arts,
        "indent",
        header=["2019年1月28日　星期一　第2版　要闻·调查"],
        footer=["责任编辑：沈　洁　　校对：吴　涛"],
        top=top,
        top_lines=["（上接第一版）"],
        note="continued story first, indent",
    )


def k19() -> None:
    """北京晚报 家教 副刊 (e-paper copy, CRLF): an essay with a column label after the author line, a
    paragraph ending with ``：`` before a quote, ▲ caption; a story with a dateline and a caption
    cutting a sentence."""
    k = sents(KID)
    q1, q2 = colon(k[30])
    arts = [
        A8(
            "那些被吼后不说话的孩子",
            [
                k[28] + k[29],
                q1,
                q2 + k[31] + k[32],
                k[35] + k[36],
                *P(KID, (40, 41, 42), (50, 51), (52, 53, 54), (55, 56, 57)),
            ],
            author="文/林　夕",
            reporters=("林夕",),
            column="「家教课堂」",
            after_by=True,
            caps=((3, "▲孩子被吼时，内心往往充满恐惧。（资料图片）"),),
        ),
        A8(
            "孩子被打骂后为何不吭声",
            P(KID, (1, 2, 3), (37, 38, 39), (58, 59)),
            subtitle="专家：沉默的孩子最让人担忧",
            lead="本报讯（记者　蒋若静）",
            dateline="本报讯",
            reporters=("蒋若静",),
            source="本报",
            breaks=((0, "lines", ["北京晚报　家教周刊"]),),
        ),
    ]
    page(
        "k19_evening_family_crlf",
        arts,
        "web",
        header=["北京晚报　2019年2月26日　星期二　第23版　家教"],
        footer=["责编　刘　洋　　美编　陈　实"],
        eol="\r\n",
        note="北京晚报 家教, web copy, CRLF",
    )


def k20() -> None:
    """中国企业报 page, flat wrap, CRLF: a 评论员文章 box with a ——-less subtitle; an answer of the press
    conference with a ``本报记者 …、…`` byline, subheads and a caption cutting a sentence."""
    arts = [
        A8(
            "保护产权就是保护生产力",
            P(PRESS, (66, 67), (68,), (71, 72), (73,), (74,)),
            column="本报评论员",
            kicker="稳定企业家预期",
        ),
        A8(
            "中国开放的大门会越开越大",
            P(PRESS, (8, 9, 10), (13, 14), (15, 16), (21, 22), (25, 26)),
            subtitle="外资准入将进一步放宽",
            byline="本报记者　张　凡、李　杰",
            reporters=("张凡", "李杰"),
            source="本报",
            photographers=("张凡",),
            subheads=((2, "服务业准入加大放宽力度"),),
            breaks=((3, "caption", "图为一家外资企业的生产车间。　张　凡　摄"),),
        ),
    ]
    page(
        "k20_enterprise_flat_crlf",
        arts,
        "flat",
        width=flat_width(arts),
        header=["中国企业报　2018年3月27日　星期二　第3版　观察"],
        footer=["本版编辑：杨　光"],
        eol="\r\n",
        note="中国企业报, flat wrap, CRLF",
    )


PAGES = (k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13, k14, k15, k16, k17, k18, k19, k20)

if __name__ == "__main__":
    for fn in PAGES:
        fn()
