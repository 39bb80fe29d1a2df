"""Build the fourth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These 20 pages were written *before* any splitter change was made for them, from articles of
``../shared/corpora`` that none of ``tests/pages/split``, ``split_heldout``, ``split_blind``,
``split_blind2`` and ``split_blind3`` uses.  Where the earlier sets hunt for quirks, this one aims at
the *typical* page of a Chinese daily, in the proportions an archive holds them:

* most pages carry 2–5 articles with a title (sometimes a kicker, a subtitle or a column label), a
  byline line or a dateline with its credit, several paragraphs, sometimes a photo caption (which may
  cut a sentence in two) and subheads;
* papers and conventions vary: provincial 日报, 晚报, 都市报, a national 党报, 行业报 (中国纪检监察报,
  人民法院报, 科技日报, 检察日报, 经济日报); bylines ``本报记者　王　浩`` (padded names), ``□楚天都市报记者
  …``, ``文/图``, ``本报记者 … 通讯员 …``, bylines at the end ``（记者 … 通讯员 …）``; datelines ``本报讯``,
  ``本报北京…电``, ``新华社…电（记者…、…）``, ``…讯 记者…报道``, a credit of names alone;
* captions ``图为…（本报记者 … 摄）``, ``■…``, ``…资料图片``, ``…本报记者 …摄`` on their own line;
* two briefs pages (titled briefs under 简讯, untitled items under a 快讯 label), a commentary page
  (人民时评-like author line, 短评, 读者来信), a feature with 编者按 and subheads;
* the common extractors: text copied from an e-paper website (paragraphs apart by blank lines, or
  indented with 　　), ``pdftotext`` default (hard-wrapped at the column width, with or without the
  indent), ``pdftotext -layout`` (space indents, centred headlines, once two columns side by side);
* page furniture: headers (``A6　社会新闻　2018年12月19日　星期三``, ``第3版｜要闻``…), editors' footers,
  page numbers, a continuation from an earlier page and a jump line.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers and footers).  Run from the repo root: ``python tests/pages/split_blind4/build_pages.py``
(needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pagekit  # noqa: E402
from pagekit import IND, ROWS, A, S, after, cut, gold_of, render, sents, wrap  # noqa: E402, F401


def flat_width(arts: list[dict], lo: int = 19, hi: int = 27) -> int:
    return pagekit.flat_width(arts, lo, hi)


def page(name: str, arts: list[dict], style: str, **kw) -> None:
    pagekit.page(HERE, name, arts, style, **kw)


# --- the pages ----------------------------------------------------------------------------------


def e01() -> None:
    """Provincial 日报 front page, e-paper copy with 　　 indents: a kicker/title/—— subtitle lead story
    with 本报讯（记者…） and two subheads, a 新华社 wire story with a two-reporter credit."""
    g = "inews-train-00588"
    s = sents(g)
    a = [
        after(s[0], "）"),
        after(s[1], "润泽实体经济"),
        S(g, 2, 3, 4),
        S(g, 5, 6, 7, 8),
        after(s[10], "激发创新活力") + s[11],
    ]
    w = "inews-train-01224"
    b = [after(sents(w)[0], ")"), S(w, 1, 2), S(w, 3), S(w, 4), S(w, 5)]
    arts = [
        A(
            "“输血”实体经济　激活经济“细胞”",
            a,
            kicker="深入学习贯彻习近平总书记在吉林考察重要讲话精神",
            subtitle="——我省金融系统支持振兴发展综述",
            lead="本报讯（记者杨晓艳）",
            dateline="本报讯",
            reporters=("杨晓艳",),
            source="本报",
            subheads=((1, "润泽实体经济"), (4, "激发创新活力")),
        ),
        A(
            "去年2.03亿人次通过人力资源服务机构实现就业和流动",
            b,
            lead="新华社北京5月23日电（记者叶昊鸣、姜琳）",
            dateline="新华社北京5月23日电",
            reporters=("叶昊鸣", "姜琳"),
            source="新华社",
        ),
    ]
    page(
        "e01_provincial_front",
        arts,
        "indent",
        header=["吉林日报　2016年7月25日　星期一　第1版　要闻"],
        footer=["责任编辑：孙启航　美术编辑：郑丽"],
        note="provincial front page, indent",
    )


def e02() -> None:
    """晚报 social page, pdftotext default (wrapped at 20, 　　 indent): a dateline with credit, a
    byline ``本报记者　程黎莉`` and a caption cutting a sentence, a short brief."""
    f = "inews-train-03210"
    a = [after(sents(f)[0], "）") + S(f, 1), S(f, 2, 3), S(f, 4, 5, 6), S(f, 7, 8, 9), S(f, 10, 11)]
    n = "inews-train-00571"
    s = sents(n)
    b = [after(s[0], "程黎莉"), S(n, 1, 2), S(n, 3, 4, 5, 6), S(n, 7, 8, 9)]
    t = "inews-train-03677"
    c = [S(t, 0, 1), S(t, 2, 3)]
    arts = [
        A(
            "群演冒充“民警”骗走近2万元",
            a,
            kicker="车墩影视基地一群众演员“大展演技”",
            lead="本报讯（通讯员 顾承骁 记者 孙云）",
            dateline="本报讯",
            reporters=("孙云",),
            correspondents=("顾承骁",),
            source="本报",
        ),
        A(
            "南环大街路边垃圾清了又重来",
            b,
            subtitle="行人通行受影响",
            byline="本报记者　程黎莉",
            reporters=("程黎莉",),
            source="本报",
            captions=((1, "图为南环大街人行道上堆放的垃圾。本报记者　程黎莉　摄", True),),
        ),
        A(
            "雪天路滑 一路口接连发生两起追尾",
            c,
            lead="本报讯（记者 齐雪）",
            dateline="本报讯",
            reporters=("齐雪",),
            source="本报",
        ),
    ]
    page(
        "e02_evening_wrapped",
        arts,
        "wrap",
        width=20,
        header=["A6　社会新闻　2018年12月19日　星期三"],
        footer=["责编：周小舟　美编：陈默　校对：王琳"],
        note="晚报 page, pdftotext default",
    )


def e03() -> None:
    """都市报 page copied from its e-paper site (paragraphs apart by blank lines, no indent): two
    stories with ``楚天都市报…讯（记者… 通讯员…）`` datelines, one with an ornamented byline line."""
    f = "inews-train-03712"
    a = [after(sents(f)[0], "）") + S(f, 1), S(f, 2), S(f, 3, 4, 5, 6), S(f, 7, 8, 9), S(f, 10, 11)]
    g = "inews-train-03116"
    b = [after(sents(g)[0], "）"), S(g, 1), S(g, 2, 3, 4), S(g, 5, 6)]
    h = "inews-train-04466"
    c = [S(h, 0, 1), S(h, 2), S(h, 3, 4), S(h, 5, 6)]
    arts = [
        A(
            "花钱就能提前恢复驾驶资格？假的！",
            a,
            subtitle="男子冒充省直机关干部骗走2.5万元被判刑",
            lead="楚天都市报2月20日讯（记者孙婷婷 通讯员田第潘 潘星）",
            dateline="楚天都市报2月20日讯",
            reporters=("孙婷婷",),
            correspondents=("田第潘", "潘星"),
            source="楚天都市报",
        ),
        A(
            "4名女生围殴同学 家长和学校均赔钱",
            b,
            lead="楚天都市报12月28日讯（记者翟方 通讯员张家宁 谭翠云）",
            dateline="楚天都市报12月28日讯",
            reporters=("翟方",),
            correspondents=("张家宁", "谭翠云"),
            source="楚天都市报",
        ),
        A(
            "手机无故没服务需警惕",
            c,
            subtitle="女子被冒名补卡转走24万元",
            byline="□楚天都市报记者 刘志勇 通讯员 汉法宣",
            reporters=("刘志勇",),
            correspondents=("汉法宣",),
            source="楚天都市报",
        ),
    ]
    page(
        "e03_metro_web",
        arts,
        "web",
        header=["楚天都市报 2019年2月21日 星期四 A08 武汉新闻"],
        note="都市报 web copy",
    )


def e04() -> None:
    """中国纪检监察报 page (indent, no blank line inside articles): padded reporter's name on the byline
    line, a 本报讯 with a correspondent's credit, a numbered case list."""
    f = "inews-train-01615"
    s = sents(f)
    a = [after(s[0], "报道：") + s[1], s[2], S(f, 3, 4), S(f, 5, 6)]
    g = "inews-train-05224"
    b = [after(sents(g)[0], ")") + S(g, 1), S(g, 2, 3), S(g, 4, 5, 6)]
    h = "inews-test-00935"
    c = [after(sents(h)[0], ")"), S(h, 1, 2), S(h, 3, 4, 5)]
    arts = [
        A(
            "萍乡通报5起扶贫领域典型问题",
            a,
            byline="本报记者　陈　成",
            reporters=("陈成",),
            source="本报",
        ),
        A(
            "桂林市人防办原主任获刑11年",
            b,
            lead="本报讯（通讯员　张娜）",
            dateline="本报讯",
            correspondents=("张娜",),
            source="本报",
        ),
        A(
            "陕西检察机关查办渎职侵权犯罪2061人",
            c,
            lead="本报西安11月14日电　记者吕贵民报道　",
            dateline="本报西安11月14日电",
            reporters=("吕贵民",),
            source="本报",
        ),
    ]
    page(
        "e04_discipline_paper",
        arts,
        "indent",
        header=["中国纪检监察报　2018年1月3日　星期三　第2版　要闻"],
        footer=["本版责任编辑　刘一丹"],
        note="行业报 indent",
    )


def e05() -> None:
    """人民法院报 page through ``pdftotext -layout`` (centred headlines, space indents, wrapped at 22):
    credits of names alone, 记者 and 通讯员, a kicker over a title."""
    f = "inews-train-01419"
    a = [after(sents(f)[0], ")"), S(f, 1, 2), S(f, 3, 4, 5), S(f, 7, 8)]
    g = "inews-train-00385"
    b = [after(sents(g)[0], ")"), S(g, 1, 2, 3), S(g, 4, 5), S(g, 8)]
    h = "inews-train-03687"
    c = [after(sents(h)[0], "）"), S(h, 1, 2), S(h, 3, 4, 5, 6), S(h, 7, 8, 11)]
    arts = [
        A(
            "内江市中区法院审理监察委移送起诉第一案",
            a,
            lead="本报讯（廖世杰）",
            dateline="本报讯",
            correspondents=("廖世杰",),
            source="本报",
        ),
        A(
            "16人恶势力犯罪集团“碰瓷”酒驾者诈骗30万余元",
            b,
            kicker="苏州相城法院一审宣判",
            lead="本报讯（记者 邹强 通讯员 张丁）",
            dateline="本报讯",
            reporters=("邹强",),
            correspondents=("张丁",),
            source="本报",
        ),
        A(
            "喝瓶10元的酒 治伤花了25万元",
            c,
            lead="本报讯（记者 陈昕宇 通讯员 顺法宣）",
            dateline="本报讯",
            reporters=("陈昕宇",),
            correspondents=("顺法宣",),
            source="本报",
        ),
    ]
    page(
        "e05_court_layout",
        arts,
        "layout",
        width=22,
        header=["2018年5月24日  星期四                    人民法院报                    第3版  综合新闻"],
        footer=["                         3"],
        note="人民法院报, pdftotext -layout",
    )


def e06() -> None:
    """科技日报 page (e-paper copy with indents): a ``科技日报北京…电（记者…）`` story with a caption line
    ``图为…（本报记者 … 摄）``, a 新华社 story with title and —— subtitle, credit names apart by 、."""
    f = "inews-train-00486"
    a = [after(sents(f)[0], ")") + S(f, 1), S(f, 2), S(f, 3, 4), S(f, 5, 6)]
    g = "inews-train-04146"
    s = sents(g)
    b = [after(s[0], "高亢"), S(g, 1), S(g, 2, 3), S(g, 4, 5), s[6]]
    arts = [
        A(
            "不限流量套餐降价 运营商为何开启降价模式",
            a,
            lead="科技日报北京6月1日电（记者吴涛）",
            dateline="科技日报北京6月1日电",
            reporters=("吴涛",),
            source="科技日报",
            captions=((1, "图为市民在营业厅办理业务。（本报记者 周维海 摄）", False),),
        ),
        A(
            "三大电信运营商公布提速降费方案",
            b,
            subtitle="——资费最高降幅35%以上",
            lead="新华社北京5月15日电（记者张辛欣、高亢）",
            dateline="新华社北京5月15日电",
            reporters=("张辛欣", "高亢"),
            source="新华社",
        ),
    ]
    page(
        "e06_science_daily",
        arts,
        "indent",
        header=["2018年6月2日　星期六　第3版｜综合新闻"],
        footer=["责任编辑　胡兆珀　　邮箱　zbs@stdaily.com"],
        note="科技日报",
    )


def e07() -> None:
    """A 简讯 box of a city 日报 (indent): five briefs, each with a short title and its own dateline."""
    t1, t2, t3, t4, t5 = (
        "inews-train-03475",
        "inews-train-04163",
        "inews-train-00062",
        "inews-test-00329",
        "inews-train-00805",
    )
    arts = [
        A(
            "罚单可在微信上处理",
            [S(t1, 0, 1)],
            lead="本报讯（记者 覃青）",
            dateline="本报讯",
            reporters=("覃青",),
            source="本报",
            column="简讯",
        ),
        A(
            "民警帮女子挽回近5万元",
            [S(t2, 1, 3)],
            lead="本报讯（通讯员 柯昌敏）",
            dateline="本报讯",
            correspondents=("柯昌敏",),
            source="本报",
        ),
        A(
            "党员学习日翻出文化室菜地",
            [after(sents(t3)[0], ")")],
            lead="亚心网讯（通讯员 杨娜）",
            dateline="亚心网讯",
            correspondents=("杨娜",),
            source="亚心网",
        ),
        A(
            "山河农场开展环境整治大拉练",
            [after(sents(t4)[0], ")")],
            lead="东北网5月23日讯（通讯员 孙纪园）",
            dateline="东北网5月23日讯",
            correspondents=("孙纪园",),
            source="东北网",
        ),
        A(
            "4家餐具消毒单位检测不合格",
            [S(t5, 1, 2)],
            lead="本报讯（记者 郑亚雷 成英）",
            dateline="本报讯",
            reporters=("郑亚雷", "成英"),
            source="本报",
        ),
    ]
    page(
        "e07_briefs_box",
        arts,
        "indent",
        header=["第5版　城事　2018年5月24日　星期四"],
        footer=["本版编辑：黄蓉　校对：李强"],
        note="简讯 box",
    )


def e08() -> None:
    """A commentary page of a 党报 (indent): a 时评 column label, title and the author's bare name
    under it, an 作者 note at the end; a 短评 box signed at its end; a reader's letter."""
    f = "SogouCS-c5a7973648d2f0ea-34913306c0bb3300"
    a = [S(f, 3, 4, 5), S(f, 6, 7, 8), S(f, 9, 10)]
    g = "inews-test-00267"
    b = [after(sents(g)[0], "徐汉雄") + S(g, 1, 2), S(g, 5, 6), S(g, 7, 8)]
    h = "inews-train-00801"
    c = [S(h, 0, 1), S(h, 2, 3)]
    arts = [
        A(
            "“活祭”老父求救助是损德的恶炒",
            a,
            column="湘江时评",
            author="徐大发",
            reporters=("徐大发",),
        ),
        A(
            "防拐演练不能拿孩子的纯真开玩笑",
            b,
            column="短评",
            end="（本报评论员 徐汉雄）",
            reporters=("徐汉雄",),
            source="本报",
        ),
    ]
    page(
        "e08_commentary",
        arts,
        "indent",
        header=["2012年7月18日　星期三　第4版　评论"],
        footer=["责任编辑：欧阳晓"],
        note="commentary page",
    )
    del c


def e09() -> None:
    """都市报 page through ``pdftotext -layout`` (single column, wrapped at 24): ``新快报讯 记者…报道``
    datelines with the credit run in, a caption line ``…资料图片``."""
    f = "inews-train-00738"
    a = [after(sents(f)[0], "报道 "), S(f, 1, 2), S(f, 3, 4, 5), S(f, 6)]
    g = "inews-train-03345"
    b = [after(sents(g)[0], "报道"), S(g, 1), S(g, 2, 3, 4), S(g, 5, 6)]
    arts = [
        A(
            "广州一团伙用“套路贷”骗取3200余万元及24套房",
            a,
            lead="新快报讯 记者何生廷报道 ",
            dateline="新快报讯",
            reporters=("何生廷",),
            source="新快报",
            captions=((1, "“套路贷”作案流程示意。资料图片", False),),
        ),
        A(
            "学生遇暴雨预警可延迟上学",
            b,
            subtitle="不算迟到旷课",
            lead="新快报讯 记者沈逸云报道 ",
            dateline="新快报讯",
            reporters=("沈逸云",),
            source="新快报",
        ),
    ]
    page(
        "e09_metro_layout",
        arts,
        "layout",
        width=24,
        header=["A10                    广州新闻                    2018年5月26日 星期六"],
        note="新快报 -layout",
    )


def e10() -> None:
    """National 党报 page (e-paper copy, indent): a kicker ending in 强调 over the title and a 新华社
    credit; a byline line of a padded name over a ``本报…电`` dateline; a wire story ending in （完）-less."""
    f = "inews-train-00576"
    s = sents(f)
    a = [after(s[0], ")"), S(f, 1), S(f, 2, 3), S(f, 4, 5), S(f, 6)]
    g = "inews-train-01150"
    b = [after(sents(g)[0], "消息，") + S(g, 1, 2), S(g, 3, 4), S(g, 5, 6)]
    arts = [
        A(
            "以制度创新为核心推动自贸试验区发展",
            a,
            kicker="韩正在广东调研时强调",
            lead="新华社广州5月23日电　（记者赵超）",
            dateline="新华社广州5月23日电",
            reporters=("赵超",),
            source="新华社",
        ),
        A(
            "“有一种骄傲，叫我是中国人”",
            b,
            subtitle="——纪录电影《厉害了，我的国》引发强烈反响",
            byline="本报记者　王　珏　张　贺",
            lead="本报北京3月5日电　",
            dateline="本报北京3月5日电",
            reporters=("王珏", "张贺"),
            source="本报",
        ),
    ]
    page(
        "e10_national_party",
        arts,
        "indent",
        header=["人民日报　2018年3月6日　星期二　4　要闻"],
        note="national 党报",
    )


def e11() -> None:
    """Photo-news page of a 日报 (web copy with blank lines): ``■`` captions and a photo credit line
    apart from the caption, a credit of names alone after a 中新网 dateline."""
    f = "inews-test-00027"
    s = sents(f)
    a = [after(s[1], ")"), S(f, 2, 3), S(f, 4)]
    g = "inews-train-01426"
    b = [after(sents(g)[0], "）"), S(g, 1, 2), S(g, 3, 4)]
    arts = [
        A(
            "陆丰正字戏《妈祖》首登“妈祖故里”献演",
            a,
            lead="中新网莆田5月1日电（陈启任 黄贤嘉 蔡金兵）",
            dateline="中新网莆田5月1日电",
            correspondents=("陈启任", "黄贤嘉", "蔡金兵"),
            source="中新网",
            captions=((0, "■演员在湄洲岛演出《妈祖》选段。陈启任　摄", False),),
        ),
        A(
            "大连斑海豹盗猎案5人被刑拘",
            b,
            lead="新京报讯（记者 王洪春 康佳）",
            dateline="新京报讯",
            reporters=("王洪春", "康佳"),
            source="新京报",
            captions=((1, "■被救助的斑海豹幼崽。（新华社发）", True),),
        ),
    ]
    page("e11_photo_news", arts, "web", header=["第7版　图片新闻　2019年2月22日　星期五"], note="photo news")


def e12() -> None:
    """pdftotext default without indents (paragraphs end with a short line): a 四川新闻网 dateline, a
    caption cutting a paragraph, a 南都 dateline with run-in credit."""
    f = "inews-train-01344"
    a = [after(sents(f)[0], "）") + S(f, 1), S(f, 2, 3), S(f, 4, 5), S(f, 6)]
    g = "inews-train-00582"
    b = [after(sents(g)[0], "文玉芳 ") + S(g, 1), S(g, 2, 3), S(g, 4, 5)]
    arts = [
        A(
            "达州千余棵行道树枯死",
            a,
            subtitle="村民：死了栽 栽了死",
            lead="四川新闻网达州5月5日讯（记者 余开洋）",
            dateline="四川新闻网达州5月5日讯",
            reporters=("余开洋",),
            source="四川新闻网",
            captions=((2, "道路两旁干枯的行道树。余开洋　摄", True),),
        ),
        A(
            "男子腰腹绑21台手机入境被查",
            b,
            lead="南都讯 记者王睦广 通讯员黄彦芬 文玉芳 ",
            dateline="南都讯",
            reporters=("王睦广",),
            correspondents=("黄彦芬", "文玉芳"),
        ),
    ]
    w = flat_width(arts)
    page(
        "e12_wrapped_flat",
        arts,
        "flat",
        width=w,
        header=["2019年5月6日 星期一 A05 本地"],
        footer=["编辑 李丹 美编 何佳"],
        note="flat wrap",
    )


def e13() -> None:
    """A 晚报 page opening with the end of an article from page 1 (``（上接A1版）``), a story cut by a
    jump line (``（下转A7版）``), a new-brand dateline (南海网、南海网客户端…消息)."""
    f = "inews-train-00077"
    top = ["（上接A1版）" + S(f, 8), S(f, 9, 10), S(f, 11)]
    top_gold = gold_of(A("", [S(f, 8), S(f, 9, 10), S(f, 11)]))
    g = "inews-train-04742"
    b = [after(sents(g)[0], ")"), S(g, 1, 2), S(g, 3, 4), S(g, 5)]
    h = "inews-train-03996"
    c = [after(sents(h)[0], "电 ") + S(h, 1), S(h, 5, 6)]
    arts = [
        A(
            "强揽游客到店消费 两女子被行拘",
            b,
            lead="南海网三亚4月30日消息（南海网记者 叶俊一）",
            dateline="南海网三亚4月30日消息",
            reporters=("叶俊一",),
            source="南海网",
        ),
        A(
            "法国遭遇13年来最严重骚乱",
            c,
            lead="中新网12月3日电 ",
            dateline="中新网12月3日电",
            source="中新网",
            end="（下转A7版）",
        ),
    ]
    lines_top = [IND + x for x in top]
    page(
        "e13_continued_jump",
        arts,
        "indent",
        header=["A2　2018年12月4日　星期二　要闻"],
        top=lines_top,
        top_gold=top_gold,
        note="continuation and jump",
    )


def e14() -> None:
    """A 都市报 page whose stories are signed at their end (``（记者 … 通讯员 …）``), one with a
    ``本报讯`` and no credit, one with no dateline at all; web copy with indents."""
    f = "inews-train-03809"
    a = [after(sents(f)[0], "本报讯"), S(f, 1), S(f, 2, 3, 4)]
    g = "inews-test-00689"
    b = [S(g, 0, 1, 2), S(g, 3, 4, 5), S(g, 6)]
    h = "inews-test-00852"
    c = [S(h, 0, 1, 2), S(h, 3, 4), S(h, 5, 6)]
    arts = [
        A(
            "“警保合作”又出新招",
            a,
            lead="本报讯　",
            dateline="本报讯",
            end="（记者 钱林 通讯员 郑琴）",
            reporters=("钱林",),
            correspondents=("郑琴",),
            source="本报",
        ),
        A(
            "多部门联合执法 拆除招商场违建",
            b,
            end="（记者 韩红梅 实习生 王悦）",
            reporters=("韩红梅",),
            interns=("王悦",),
        ),
        A("京昆高速绵阳段3车相撞", c, subtitle="北上出川需绕行", end="（记者 刘宇）", reporters=("刘宇",)),
    ]
    page(
        "e14_end_bylines",
        arts,
        "indent",
        header=["城市新闻　2018年12月20日　星期四　A07"],
        footer=["责编　赵晨　美编　孙乐　校对　吴冬"],
        note="end bylines",
    )


def e15() -> None:
    """A feature (特稿) of a 日报 (wrapped at 21 with indents): title and —— subtitle, a ``文/图`` byline,
    subheads, a caption ``…本报记者 … 摄`` on its own line."""
    f = "inews-train-01440"
    s = sents(f)
    a = [
        after(s[0], "）") + S(f, 1, 2),
        after(s[3], "李尧和同事们检查水表故障"),
        S(f, 4, 5),
        S(f, 6, 7, 8),
        S(f, 9, 10),
        S(f, 11, 12),
    ]
    arts = [
        A(
            "寒冬里，他们跳进冰水井抢修",
            a,
            subtitle="——记郑州市自来水公司管城维修班",
            byline="文/图　本报记者　燕子丹",
            reporters=("燕子丹",),
            source="本报",
            subheads=((1, "争分夺秒"), (3, "一天衣服湿几次")),
            captions=((1, "李尧和同事们检查水表故障。本报记者　燕子丹　摄", False),),
        ),
    ]
    g = "inews-train-03242"
    b = [after(sents(g)[0], "电 ") + S(g, 1), S(g, 2, 3), S(g, 4, 6)]
    arts.append(
        A("举债数千万 全家造假死骗保", b, lead="据中新网电　", dateline="据中新网电", source="中新网")
    )
    page(
        "e15_feature_subheads",
        arts,
        "wrap",
        width=21,
        header=["2018年12月12日　星期三　第8版　特别报道"],
        footer=["8"],
        note="feature",
    )


def e16() -> None:
    """经济日报 page, e-paper copy (blank lines, no indent): ``本报聊城5月22日讯（记者 …）``, a second story
    with a subhead and ``经济日报-中国经济网记者`` byline line, and a 3rd brief."""
    f = "inews-train-00460"
    a = [after(sents(f)[0], "讯 ") + S(f, 1), S(f, 2), S(f, 3, 4, 5), S(f, 6)]
    g = "inews-train-00340"
    s = sents(g)
    b = [after(s[0], "讯 ") + S(g, 1), after(s[2], "老用户乐享实惠") + S(g, 3, 4), S(g, 5, 6)]
    h = "inews-train-01629"
    c = [S(h, 0, 1), S(h, 2, 3), S(h, 6)]
    arts = [
        A(
            "莘县农商银行创新惠农模式",
            a,
            lead="本报聊城5月22日讯（记者 王金虎）",
            dateline="本报聊城5月22日讯",
            reporters=("王金虎",),
            source="本报",
        ),
        A(
            "无锡联通网购节让老用户得实惠",
            b,
            byline="经济日报-中国经济网记者　蒋　波",
            reporters=("蒋波",),
            source="经济日报-中国经济网",
            subheads=((1, "网龄越长优惠越多"),),
        ),
        A(
            "南京通报第三轮物业专项检查结果",
            c,
            byline="本报记者　薛海燕",
            reporters=("薛海燕",),
            source="本报",
        ),
    ]
    page(
        "e16_economic_web",
        arts,
        "web",
        header=["经济日报 2017年5月23日 星期二 第11版 产经"],
        note="经济日报 web",
    )


def e17() -> None:
    """A 检察日报 快讯 column of untitled items, each opening with its dateline (wrapped at 22, indent)."""
    t1, t2, t3 = "inews-train-01754", "inews-train-05028", "inews-test-00272"
    arts = [
        A(
            "",
            [after(sents(t1)[0], ")") + S(t1, 4)],
            column="检察快讯",
            lead="本报讯（通讯员李大跃）",
            dateline="本报讯",
            correspondents=("李大跃",),
            source="本报",
        ),
        A(
            "",
            [after(sents(t2)[0], "电") + S(t2, 1)],
            lead="本报讯（记者 胡珊）",
            dateline="本报讯",
            reporters=("胡珊",),
            source="本报",
        ),
        A(
            "",
            [after(sents(t3)[0], "梅艺馨 ") + S(t3, 1)],
            lead="本报讯（记者邢东伟 翟小功 通讯员梅艺馨）",
            dateline="本报讯",
            reporters=("邢东伟", "翟小功"),
            correspondents=("梅艺馨",),
            source="本报",
        ),
    ]
    t4 = "inews-train-04116"
    lead_art = A(
        "驾考作弊被抓现行",
        [after(sents(t4)[0], ")"), S(t4, 1, 2, 3), S(t4, 4, 5, 6)],
        subtitle="一年内不得申领驾驶证",
        lead="本报讯（通讯员彭金平 记者申艳）",
        dateline="本报讯",
        reporters=("申艳",),
        correspondents=("彭金平",),
        source="本报",
    )
    page(
        "e17_quick_items",
        [lead_art, *arts],
        "wrap",
        width=22,
        header=["检察日报　2017年11月16日　星期四　第2版｜要闻"],
        footer=["责任编辑：张安　校对：刘倩"],
        note="快讯 items",
    )


def e18() -> None:
    """``pdftotext -layout`` output of two columns side by side: one story a column, headline and byline
    in each column."""
    f = "inews-train-03475"
    a = [S(f, 0, 1), S(f, 2, 3), S(f, 4, 5, 6)]
    g = "inews-train-04030"
    b = [S(g, 0, 1), S(g, 2, 3), S(g, 4)]
    arts = [
        A("城管罚单能扫码缴款了", a, byline="本报记者 覃青", reporters=("覃青",), source="本报"),
        A("成都警方通报女子就医疑遭性侵事件", b, byline="本报记者 李晖", reporters=("李晖",), source="本报"),
    ]
    left, _ = render(arts[0], "flat", 18)
    right, _ = render(arts[1], "flat", 18)
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))
    rows = []
    for x, y in zip(left, right, strict=True):
        pad = 44 - sum(2 if ord(c) > 0x2E80 else 1 for c in x)
        rows.append((x + " " * pad + y).rstrip())
    header = "A04                          民生                          2018年5月18日  星期五"
    lines = [header, "", *rows]
    text = "\n".join(lines) + "\n"
    name = "e18_layout_two_columns"
    (HERE / f"{name}.txt").write_bytes(text.encode("utf-8"))
    gold = {
        "page": f"{name}.txt",
        "note": "two columns",
        "articles": [gold_of(x) for x in arts],
        "joins": [],
        "furniture": [header],
    }
    (HERE / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def e19() -> None:
    """A series story with its column label, an 编者按 above the body and an end credit; then a short
    story with kicker and title (indent)."""
    f = "inews-train-04669"
    a = [after(sents(f)[0], "）"), S(f, 1, 2), S(f, 3, 4), S(f, 5, 6)]
    g = "inews-train-01429"
    b = [S(g, 0, 1), after(sents(g)[2], "一孩生育核准制改为备案制").strip(" \u3000") + S(g, 3), S(g, 4, 5)]
    arts = [
        A(
            "两位“奶奶”都是亲人",
            a,
            column="身边的感动",
            kicker="一面锦旗背后的故事",
            lead="本报讯（记者 彭颂珂 通讯员 徐公轩）",
            dateline="本报讯",
            reporters=("彭颂珂",),
            correspondents=("徐公轩",),
            source="本报",
            note="编者按：平凡岗位上，总有一些人用点滴付出温暖着他人。本报今起推出“身边的感动”栏目，讲述发生在我们身边的暖心故事。",
        ),
        A(
            "生育一孩不必办生育证了",
            b,
            kicker="泰州改革生育服务证制度",
            byline="本报记者　丁　亮　通讯员　泰卫宣",
            reporters=("丁亮",),
            correspondents=("泰卫宣",),
            source="本报",
        ),
    ]
    page(
        "e19_column_note",
        arts,
        "indent",
        header=["泰州日报　2015年7月15日　星期三　A3　民生"],
        note="column, 编者按",
    )


def e20() -> None:
    """A county 日报 page of four stories (wrapped at 19, indent): byline ``记者 …``, one unsigned story,
    a caption ``（图片由…提供）``, a dateline ``本报讯 记者… 通讯员…`` with the credit run in."""
    f = "inews-train-03537"
    a = [after(sents(f)[1], "摄)").strip(" \u3000"), S(f, 2)]
    g = "inews-train-03724"
    b = [after(sents(g)[0], ")"), S(g, 1)]
    h = "inews-train-01231"
    c = [S(h, 0), S(h, 3, 4)]
    t = "inews-train-03504"
    d = [S(t, 2, 3), S(t, 4, 5, 6)]
    arts = [
        A("端午小长假宁波增开多趟高铁", a, byline="■记者 唐严", reporters=("唐严",)),
        A(
            "福建公布14个典型驾驶案例",
            b,
            lead="本报讯 记者陈楠 通讯员刘君华 ",
            dateline="本报讯",
            reporters=("陈楠",),
            correspondents=("刘君华",),
            source="本报",
            captions=((0, "交警在高速公路上检查车辆。（图片由省交警总队提供）", False),),
        ),
        A("稻虾共作“钱景好”", c),
        A(
            "酒桌上这四种情况要担责",
            d,
            byline="记者 张小红 实习生 李阳",
            reporters=("张小红",),
            interns=("李阳",),
        ),
    ]
    page(
        "e20_county_daily",
        arts,
        "wrap",
        width=19,
        header=["2019年1月8日　星期二　第3版　综合"],
        footer=["编辑：周平　校对：陈红"],
        note="county daily",
    )


if __name__ == "__main__":
    for fn in (
        e01,
        e02,
        e03,
        e04,
        e05,
        e06,
        e07,
        e08,
        e09,
        e10,
        e11,
        e12,
        e13,
        e14,
        e15,
        e16,
        e17,
        e18,
        e19,
        e20,
    ):
        fn()
