"""Build the third blind split set (``*.txt``) and its gold files (``*.gold.json``).

These 15 pages were written *before* any splitter change was made for them, from articles of
``../shared/corpora`` that none of ``tests/pages/split``, ``split_heldout``, ``split_blind`` and
``split_blind2`` uses.  Where the 51 earlier pages mostly show one quirk each, these pages mix
several on one page and add the noise of real extractors:

* a front page mixing a lead story (kicker, title, —— subtitle, dateline credit, two subheads), a
  photo caption that cuts a sentence, a second story with a two-agency dateline and a 简讯 column;
* the same kind of page from three extractors: ``pdftotext`` default (hard-wrapped at 20 characters,
  no indent, paragraphs ended only by a short line), ``pdftotext -layout`` (two columns side by side,
  space indents) and a tool that emits one line per text block with the reading order slightly
  wrong (a byline block and a caption block a few lines late), plus a ``pdfplumber``-like page
  (hard-wrapped, no blank line, no indent at all);
* headlines ending with ！ or ？ (full and half width) and holding ：; bodies with half-width
  ``,`` ``:`` ``?`` mixed into full-width text;
* very short articles (two sentences) in a 新闻速览 box, very long paragraphs (600+ characters),
  an article whose byline is only at its end on a line of its own;
* numbered lists inside bodies (``1、…`` paragraphs, ``（一）…；`` items after a ``…：`` line, short
  ``1. …`` items without punctuation);
* quoted speech paragraphs starting with “ and cut by the column before their closing quote;
* web text pasted into a page (``原标题：…``, a time and ``来源：…`` line, ``责任编辑：…`` at the end);
* CRLF line ends with a BOM, tabs and trailing spaces, names set apart by full-width spaces;
* a page opening with the end of an article from an earlier page (``（上接第1版）``), a jump line,
  a dateline of three agencies set apart by spaces, a feature with ``套路一：…`` subheads.

The gold records what a careful reader finds, written by hand from the arrangement itself:
``原标题``/``来源`` lines of pasted web text and page headers/footers are listed under ``furniture``.
Run from the repo root: ``python tests/pages/split_blind3/build_pages.py`` (needs ../shared/corpora;
the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import articlekit  # noqa: E402
from articlekit import IND, S, after, art, cut, join_key, sents, wrap  # noqa: E402


def write(name: str, *args: object, **kw: object) -> None:
    articlekit.write(HERE, name, *args, **kw)


# --- the pages ----------------------------------------------------------------------------------


def short_last(p: str, width: int) -> bool:
    """Whether a paragraph's last printed line is visibly short (so that a reader sees it end)."""
    return 0 < len(p) % width <= width - 4


def d01() -> None:
    """A front page mixing a lead story (kicker, title, —— subtitle, 新华网 dateline with a credit, two
    subheads, a photo caption cutting a sentence), a mid-size story with a two-agency dateline, and a
    简讯 column of three titled briefs; header and editors' footer."""
    g = "inews-dev-00885"
    a = [after(sents(g)[0], ")") + S(g, 1), S(g, 2, 3), S(g, 4, 5), S(g, 6, 7, 8)]
    pa, pb = cut(a[2], 0.5)
    cap = "图为某地在建的保障性住房项目。新华社记者 邢广利 摄"
    y = "inews-dev-00453"
    b = [after(sents(y)[0], "大众报讯"), S(y, 1), S(y, 2, 3), S(y, 4, 5)]
    t1, t2, t3 = "inews-train-01443", "inews-dev-00049", "inews-train-02434"
    b1, b2, b3 = [S(t1, 0, 2)], [S(t2, 3, 2)], [S(t3, 0, 1)]
    header = "A1 要闻　2015年8月18日　星期二"
    footer = "责任编辑：王海涛　美术编辑：刘洁"
    lines = [
        header,
        "",
        "审计署公布城镇保障性安居工程跟踪审计结果",
        "近百亿元安居工程资金被套取挪用",
        "——16个项目单位编造资料套取专项资金4.85亿元",
        "",
        IND + "新华网北京8月17日电(记者高敬、董峻)" + a[0],
        IND + a[1],
        "",
        "资金结存未用超1年",
        "",
        IND + pa,
        cap,
        pb,
        "",
        "部分项目未享受优惠政策",
        "",
        IND + a[3],
        "",
        "我市全力做好创模迎查工作",
        "",
        IND + "盐城新闻网-盐阜大众报讯  " + b[0],
        *(IND + x for x in b[1:]),
        "",
        "简讯",
        "",
        "三江旅游嘉年华开幕",
        IND + b1[0],
        "北京“一刻钟服务圈”超1400个",
        IND + b2[0],
        "深圳新房均价连续19个月下降",
        IND + b3[0],
        "",
        footer,
    ]
    arts = [
        art(
            "近百亿元安居工程资金被套取挪用",
            a,
            kicker="审计署公布城镇保障性安居工程跟踪审计结果",
            subtitle="——16个项目单位编造资料套取专项资金4.85亿元",
            source="新华网",
            reporters=("高敬", "董峻"),
            dateline="新华网北京8月17日电",
            subheads=("资金结存未用超1年", "部分项目未享受优惠政策"),
            captions=(cap,),
        ),
        art("我市全力做好创模迎查工作", b, dateline="盐城新闻网-盐阜大众报讯"),
        art("三江旅游嘉年华开幕", b1, column="简讯"),
        art("北京“一刻钟服务圈”超1400个", b2),
        art("深圳新房均价连续19个月下降", b3),
    ]
    write("d01_front_mix", lines, arts, [join_key(pa, pb)], [header, footer], "front page mix")


def d02() -> None:
    """``pdftotext`` default: every printed line (20 characters) on its own line, no indent; a
    paragraph ends only where its last line is short; blank lines only between articles; a two-line
    headline; one article signed at the top, one at the end in parentheses."""
    m = "inews-dev-00085"
    a = [S(m, 0, 1), S(m, 2), S(m, 3, 4), S(m, 5, 6), S(m, 8)]
    a[0] = "本报讯 " + a[0]
    k = "inews-dev-00809"
    b = [S(k, 0, 1, 2), S(k, 3, 4), S(k, 5, 6), S(k, 7, 8)]
    w = 20
    end_by = "（记者 符晓 通讯员 王小丽）"
    for p in (*a, *b[:-1], b[-1] + end_by):
        assert short_last(p, w), (len(p) % w, p[:10])
    header = "4 社会新闻 2018年12月19日 星期三"
    lines = [header, "", "核载7人的面包车硬塞10人", "", "本报记者 周雪 通讯员 刘江华"]
    for p in a:
        lines += wrap(p, w)
    lines += ["", "酒后骑摩托载客追尾拖拉机", "乘客被路过货车碾亡 家属获赔65万", ""]
    for p in b[:-1]:
        lines += wrap(p, w)
    lines += wrap(b[-1] + end_by, w)
    arts = [
        art(
            "核载7人的面包车硬塞10人",
            [a[0].removeprefix("本报讯 "), *a[1:]],
            source="本报",
            reporters=("周雪",),
            correspondents=("刘江华",),
            dateline="本报讯",
        ),
        art(
            "酒后骑摩托载客追尾拖拉机",
            b,
            subtitle="乘客被路过货车碾亡 家属获赔65万",
            reporters=("符晓",),
            correspondents=("王小丽",),
        ),
    ]
    write("d02_pdftotext_wrapped", lines, arts, [], [header], "pdftotext default, 20-character lines")


def d03() -> None:
    """``pdftotext -layout``: two columns side by side, each hard-wrapped at 18 characters with
    two-space paragraph indents; a different article in each column; header across the page."""
    x = "inews-dev-00582"
    a = [S(x, 1, 2), S(x, 3, 4), S(x, 5, 6), S(x, 7, 8)]
    u = "inews-dev-00157"
    b = [after(sents(u)[0], "海外网10月18日电"), S(u, 1), S(u, 2, 3), S(u, 4)]
    w = 18
    left = ["澳洲象牙交易现象猖獗", "", "本报驻悉尼记者 李明", ""]
    for p in a:
        rows = wrap(p, w)
        left += ["  " + rows[0], *rows[1:]]
    right = ["普京：恐怖分子在叙劫持700人质", "", ""]
    first = True
    for p in b:
        rows = wrap(("海外网10月18日电 " if first else "") + p, w)
        first = False
        right += ["  " + rows[0], *rows[1:]]
    n = max(len(left), len(right))
    left += [""] * (n - len(left))
    right += [""] * (n - len(right))

    def cells(t: str) -> int:
        return sum(2 if "\u2e80" <= c <= "\uffef" else 1 for c in t)

    header = "国际新闻                 2018年10月19日 星期五                  第11版"
    lines = [header, ""]
    for lft, rgt in zip(left, right, strict=True):
        lines.append((lft + " " * (44 - cells(lft)) + rgt).rstrip() if rgt else lft)
    arts = [
        art("澳洲象牙交易现象猖獗", a, source="本报", reporters=("李明",)),
        art("普京：恐怖分子在叙劫持700人质", b, dateline="海外网10月18日电"),
    ]
    write("d03_layout_columns", lines, arts, [], [header], "pdftotext -layout, two columns")


def d04() -> None:
    """One line per text block, reading order slightly wrong: the byline block comes after the first
    paragraph, a caption block a paragraph late and inside a cut sentence; a second article with
    quoted speech, signed only at its end on a line of its own."""
    j = "inews-dev-00673"
    a = [after(sents(j)[2], "昨日 ") + S(j, 3), S(j, 4, 5), S(j, 6, 7), S(j, 8, 9)]
    a[0] = "本报讯 " + a[0]
    pa, pb = cut(a[2], 0.45)
    cap = "2月24日，事故现场的清理工作已基本完成。本报记者 王飞 摄"
    q = "inews-dev-00886"
    b = [S(q, 0, 1), S(q, 2, 3), S(q, 4), S(q, 5, 6, 7)]
    lines = [
        "内蒙古矿企运送工人车辆事故致21死",
        "",
        "伤者称所乘车辆经过改装，最多时车内可挤70多人",
        "",
        a[0],
        "",
        "本报记者 王煜 实习生 李佳",
        "",
        a[1],
        "",
        pa,
        "",
        cap,
        "",
        pb,
        "",
        a[3],
        "",
        "鲍师傅道歉 “总工头”现身称正常营销",
        "",
        *[y for p in b for y in (p, "")],
        "（记者 张珺 实习生 刘颖）",
    ]
    arts = [
        art(
            "内蒙古矿企运送工人车辆事故致21死",
            [a[0].removeprefix("本报讯 "), *a[1:]],
            subtitle="伤者称所乘车辆经过改装，最多时车内可挤70多人",
            source="本报",
            reporters=("王煜",),
            interns=("李佳",),
            dateline="本报讯",
            captions=(cap,),
        ),
        art("鲍师傅道歉 “总工头”现身称正常营销", b, reporters=("张珺",), interns=("刘颖",)),
    ]
    write("d04_blocks_out_of_order", lines, arts, [join_key(pa, pb)], [], "one line per block, late byline")


def half_width(p: str) -> str:
    """Web or OCR text: some full-width punctuation printed half-width."""
    return p.replace("，", ",", 2).replace("：", ":").replace("？", "?")


def d05() -> None:
    """Headlines ending with ！ and ？ (full and half width) or holding ：; bodies mixing half-width
    ``,`` ``:`` ``?`` into full-width text; a ■ byline, an unsigned story, a 记者 byline."""
    f = "inews-dev-00851"
    a = [S(f, 3), S(f, 4, 5), S(f, 6), S(f, 7)]
    e = "SogouCS-efb241c6f7d2f0ea-34913306c0bb3300"
    b = [S(e, 0, 1), S(e, 2, 3), S(e, 4, 5), S(e, 6)]
    n = "inews-dev-00352"
    c = [half_width(S(n, 5, 6)), half_width(S(n, 7, 8)), half_width(S(n, 3, 4))]
    lines = [
        "突发！广东揭阳一工厂起火燃烧十多个小时！",
        "",
        "■本报记者 林晓 通讯员 陈伟",
        "",
        *(IND + x for x in a),
        "",
        "",
        "调查：你认可在自动提款机上设置捐赠选项吗？",
        "",
        *(IND + x for x in b),
        "",
        "",
        "恩施往返机场的出租车不打表，还漫天要价!",
        "",
        "记者 向阳 田甜",
        "",
        *(IND + x for x in c),
    ]
    arts = [
        art(
            "突发！广东揭阳一工厂起火燃烧十多个小时！",
            a,
            source="本报",
            reporters=("林晓",),
            correspondents=("陈伟",),
        ),
        art("调查：你认可在自动提款机上设置捐赠选项吗？", b),
        art("恩施往返机场的出租车不打表，还漫天要价!", c, reporters=("向阳", "田甜")),
    ]
    write("d05_punct_headlines", lines, arts, [], [], "headlines with ！？： and half-width marks")


def d06() -> None:
    """A 新闻速览 box of very short articles (two sentences each), titled, some with datelines and
    credits, some signed at the end, some bare."""
    x = "inews-dev-00322"
    a = [after(sents(x)[0], "12日讯") + S(x, 1)]
    y = "inews-test-00812"
    b = [S(y, 0, 1)]
    z = "inews-train-00732"
    c = [after(sents(z)[0], "袁剑锋）") + S(z, 4)]
    v = "inews-dev-00466"
    d = [S(v, 3, 4)]
    header = "2 新闻速览 2018年12月13日 星期四"
    lines = [
        header,
        "",
        "新闻速览",
        "",
        "孟晚舟获准有条件保释",
        IND + "经济日报-中国经济网北京12月12日讯  " + a[0],
        "",
        "儋州一饼店肉松汉堡菌落超标",
        IND + b[0] + "（记者 符王润）",
        "",
        "太原公交开通3条“男篮专线”",
        IND + "本报讯 （记者袁剑锋）" + c[0],
        "",
        "连云港旅游项目完成投资30亿元",
        IND + d[0],
    ]
    arts = [
        art("孟晚舟获准有条件保释", a, dateline="经济日报-中国经济网北京12月12日讯", column="新闻速览"),
        art("儋州一饼店肉松汉堡菌落超标", b, reporters=("符王润",)),
        art("太原公交开通3条“男篮专线”", c, source="本报", reporters=("袁剑锋",), dateline="本报讯"),
        art("连云港旅游项目完成投资30亿元", d),
    ]
    write("d06_short_briefs", lines, arts, [], [header], "two-sentence articles in a box")


def d07() -> None:
    """Very long paragraphs (600+ characters) under a kicker and title, signed only at the end on a
    line of its own; a second story with long paragraphs and a dateline credit."""
    g = "inews-train-00883"
    s = sents(g)
    a = ["".join(s[2:8]), "".join(s[8:16]), "".join(s[16:24]), "".join(s[24:30])]
    y = "inews-train-00242"
    t = sents(y)
    b = [after(t[0], "胡光华）") + "".join(t[1:5]), "".join(t[5:10]), "".join(t[10:14])]
    header = "江西日报 2019年1月8日 星期二 第3版 政法"
    lines = [
        header,
        "",
        "江西政法机关交出2018年“平安答卷”",
        "连续十四年获评全国综治优秀省",
        "",
        *(IND + x for x in a),
        "（本报记者 刘佳惠子 通讯员 洪政）",
        "",
        "宜春推进水环境持续改善",
        "",
        IND + "本报宜春讯 （记者胡光华）" + b[0],
        *(IND + x for x in b[1:]),
    ]
    arts = [
        art(
            "连续十四年获评全国综治优秀省",
            a,
            kicker="江西政法机关交出2018年“平安答卷”",
            source="本报",
            reporters=("刘佳惠子",),
            correspondents=("洪政",),
        ),
        art("宜春推进水环境持续改善", b, source="本报", reporters=("胡光华",), dateline="本报宜春讯"),
    ]
    write("d07_long_paragraphs", lines, arts, [], [header], "long paragraphs, end-only byline line")


def d08() -> None:
    """Numbered lists inside bodies: ``1、…`` paragraphs, ``（一）…；`` items after a ``…：`` line and
    short ``1. …`` items without punctuation; a title ending with ！."""
    h = "inews-train-04901"
    a = [S(h, 0, 1), S(h, 2), S(h, 3, 4), S(h, 5, 6), S(h, 7, 8)]
    j = "inews-dev-00941"
    b0 = [S(j, 0), S(j, 3, 4)]
    intro = "接下来，句容交警将重点查处以下违法行为："
    items = [
        "（一）酒驾毒驾、闯红灯的；",
        "（二）无证驾驶、失去驾驶资格仍驾驶车辆的；",
        "（三）伪造、变造驾驶证件、号牌的。",
    ]
    intro2 = "交警大队同时推出三项便民措施："
    items2 = ["1. 违法处理窗口延时服务", "2. 驾驶证业务网上预约", "3. 事故快处快赔"]
    last = S(j, 5)
    header = "民生 2018年5月4日 星期五 第6版"
    lines = [
        header,
        "",
        "“两会”落下帷幕！你的生活将有这些改变",
        "",
        "本报记者 陈静",
        "",
        *(IND + x for x in a),
        "",
        "句容交警“春雷行动”全面打响",
        "",
        IND + "本报讯 " + b0[0],
        IND + b0[1],
        IND + intro,
        *(IND + x for x in items),
        IND + intro2,
        *(IND + x for x in items2),
        IND + last,
    ]
    arts = [
        art("“两会”落下帷幕！你的生活将有这些改变", a, source="本报", reporters=("陈静",)),
        art(
            "句容交警“春雷行动”全面打响",
            [*b0, intro, *items, intro2, *items2, last],
            source="本报",
            dateline="本报讯",
        ),
    ]
    write("d08_numbered_lists", lines, arts, [], [header], "numbered lists inside bodies")


def d09() -> None:
    """Quoted speech paragraphs that open with “ and are cut by the column before their closing
    quote: the rest follows after a blank line, once after the page footer and header."""
    r = "inews-test-00021"
    q1 = S(r, 3, 4)
    q1a, q1b = cut(q1, 0.35)
    q2 = S(r, 6, 7)
    q2a, q2b = cut(q2, 0.4)
    a = [S(r, 0, 1, 2), q1, S(r, 5), q2, S(r, 8, 9)]
    z = "inews-dev-00007"
    b = [after(sents(z)[2], "李婷婷)") + S(z, 3), S(z, 4, 5), S(z, 6, 7, 8), S(z, 9, 10, 11)]
    quote = "“现场搜救工作基本结束，共搜救出28人，其中确认死亡22人。”温州市鹿城区相关负责人说。"
    qa, qb = cut(quote, 0.3)
    b.insert(2, quote)
    footer = "第5版　2017年2月25日"
    header = "四川日报　2017年2月25日　星期六"
    lines = [
        "这一刻，心系荣县",
        "",
        "本报记者 蒋君芳",
        "",
        IND + a[0],
        IND + q1a,
        "",
        q1b,
        IND + a[2],
        IND + q2a,
        "",
        footer,
        "",
        header,
        "",
        q2b,
        IND + a[4],
        "",
        "温州民房倒塌搜救工作基本结束",
        "",
        IND + "中新网温州10月11日电 (记者 李婷婷)" + b[0],
        IND + b[1],
        IND + qa,
        "",
        qb,
        *(IND + x for x in b[3:]),
    ]
    arts = [
        art("这一刻，心系荣县", a, source="本报", reporters=("蒋君芳",)),
        art(
            "温州民房倒塌搜救工作基本结束",
            b,
            source="中新网",
            reporters=("李婷婷",),
            dateline="中新网温州10月11日电",
        ),
    ]
    joins = [join_key(q1a, q1b), join_key(q2a, q2b), join_key(qa, qb)]
    write("d09_quotes_cut", lines, arts, joins, [footer, header], "quotes cut by the column")


def d10() -> None:
    """Web text pasted into a page: a title, ``原标题：…``, a time and ``来源：…`` line, the body and
    ``来源：…`` / ``责任编辑：…`` at the end; the second story with a credit in its dateline."""
    m = "inews-dev-00586"
    a = [after(sents(m)[0], "6月19日电 ") + S(m, 1), S(m, 2, 3)]
    q = "inews-dev-00836"
    b = [after(sents(q)[1], "王梦馨）"), S(q, 2, 3), S(q, 4, 5), S(q, 8, 9)]
    orig = "原标题：民政部：近期南方部分地区强降雨致18人死亡"
    src1 = "来源：新华网"
    ed1 = "责任编辑：张倩"
    stamp = "2018-05-21 16:59:00　来源: 大众网"
    ed2 = "责任编辑：孙晓宁"
    lines = [
        "民政部：南方强降雨致18人死亡",
        "",
        orig,
        "",
        "新华社北京6月19日电 " + a[0],
        "",
        a[1],
        "",
        src1,
        ed1,
        "",
        "青岛打造新零售示范城市 与口碑签署战略合作协议",
        "",
        stamp,
        "",
        "大众网青岛5月21日讯（记者 王悦音 王梦馨）" + b[0],
        "",
        *[y for p in b[1:] for y in (p, "")],
        ed2,
    ]
    arts = [
        art("民政部：南方强降雨致18人死亡", a, source="新华社", dateline="新华社北京6月19日电"),
        art(
            "青岛打造新零售示范城市 与口碑签署战略合作协议",
            b,
            source="大众网",
            reporters=("王悦音", "王梦馨"),
            dateline="大众网青岛5月21日讯",
        ),
    ]
    write("d10_web_paste", lines, arts, [], [orig, src1, ed1, stamp, ed2], "web text pasted into a page")


def d11() -> None:
    """CRLF with a BOM, tabs and trailing spaces; names set apart by full-width spaces (one padded
    inside); a title holding a full-width space; full-width digits (Sohu text)."""
    r = "SogouCS-397c89308ad2f0ea-34913306c0bb3300"
    a = [S(r, 0, 1), S(r, 2, 3), S(r, 4, 5, 6), S(r, 7, 8)]
    e = "SogouCS-a5c6ecee63d2f0ea-34913306c0bb3300"
    b = [S(e, 0, 1), S(e, 2, 3), S(e, 4, 5), S(e, 6, 7, 8)]
    header = "北京晨报　２０１２年７月１２日　星期四　Ａ０６　　"
    lines = [
        header,
        "",
        "人社部专家建议延至６５岁退休　缓解劳动力不足\t",
        "  ",
        "本报记者　王　姝　　通讯员　李晓东   ",
        "",
        *(IND + x + (" \t" if k % 2 else "") for k, x in enumerate(a)),
        "\t",
        "",
        "养老保险空账正以２５％速度扩大",
        "",
        IND + "本报讯（记者　赵鹏　文静）" + b[0],
        *(IND + x + "  " for x in b[1:]),
    ]
    arts = [
        art(
            "人社部专家建议延至６５岁退休　缓解劳动力不足",
            a,
            source="本报",
            reporters=("王姝",),
            correspondents=("李晓东",),
        ),
        art(
            "养老保险空账正以２５％速度扩大", b, source="本报", reporters=("赵鹏", "文静"), dateline="本报讯"
        ),
    ]
    write(
        "d11_crlf_fullwidth",
        lines,
        arts,
        [],
        [header.strip(" \u3000")],
        "CRLF, BOM, tabs, full-width spaces",
        eol="\r\n",
        bom=True,
    )


def d12() -> None:
    """A 快讯 box of four briefs without datelines or bylines, each with a short title; the box sits
    under a signed story."""
    t = "inews-dev-00893"
    b1, b2, b3 = [S(t, 0, 2)], [S(t, 4, 5)], [S(t, 7, 8)]
    m = "inews-dev-00613"
    b4 = [S(m, 1, 2)]
    y = "inews-train-01318"
    a = [after(sents(y)[0], "念新洪)"), S(y, 1, 2), S(y, 3, 4), S(y, 6, 7, 8)]
    lines = [
        "云南50人因贪污挪用扶贫款物被起诉",
        "",
        IND + "新华网昆明1月29日电(罗春明 念新洪)" + a[0],
        *(IND + x for x in a[1:]),
        "",
        "快讯",
        "",
        "软银拟10亿美元投资满帮集团",
        IND + b1[0],
        "阿里巴巴将在泰国建物流中心",
        IND + b2[0],
        "戴姆勒在美启动卡车排队试验",
        IND + b3[0],
        "兰州警方打掉特大“套路贷”团伙",
        IND + b4[0],
    ]
    arts = [
        art(
            "云南50人因贪污挪用扶贫款物被起诉",
            a,
            dateline="新华网昆明1月29日电",
            source="新华网",
            reporters=(),
            correspondents=(),
        ),
        art("软银拟10亿美元投资满帮集团", b1, column="快讯"),
        art("阿里巴巴将在泰国建物流中心", b2),
        art("戴姆勒在美启动卡车排队试验", b3),
        art("兰州警方打掉特大“套路贷”团伙", b4),
    ]
    # the dateline credit names two writers without a role: they are correspondents of the agency
    arts[0]["byline"]["correspondents"] = ["罗春明", "念新洪"]
    write("d12_briefs_box", lines, arts, [], [], "快讯 box under a signed story")


def d13() -> None:
    """A feature with ``套路一：…`` subheads (holding ：), a ■ byline with a paper's name, a caption
    credited ``警方供图`` between paragraphs; a second story whose first sentence names the paper."""
    h = "inews-train-04486"
    s = sents(h)
    a = [S(h, 0, 1), S(h, 2, 3), after(s[4], "急需救治") + S(h, 5, 6), S(h, 7, 8)]
    sub1 = "套路一：父亲肾衰竭急需救治"
    cap = "■程某发给小梅的微信聊天记录截图。警方供图"
    f = "inews-test-00213"
    t = sents(f)
    b = [S(f, 0), after(t[1], "交加盟费成下线代理") + S(f, 2, 3), S(f, 4, 5), S(f, 6, 7)]
    sub2 = "交加盟费成下线代理"
    lines = [
        "冒充军官一年骗走女友50万",
        "",
        "□现代快报记者 刘峻 通讯员 玄宣",
        "",
        *(IND + x for x in a[:2]),
        "",
        sub1,
        "",
        IND + a[2],
        cap,
        IND + a[3],
        "",
        "南京破获特大微信销售假性药案件",
        "一粒1.2元卖到100元",
        "",
        "本报记者 丁国锋 通讯员 张冬",
        "",
        IND + b[0],
        "",
        sub2,
        "",
        *(IND + x for x in b[1:]),
    ]
    arts = [
        art(
            "冒充军官一年骗走女友50万",
            a,
            source="现代快报",
            reporters=("刘峻",),
            correspondents=("玄宣",),
            subheads=(sub1,),
            captions=(cap,),
        ),
        art(
            "南京破获特大微信销售假性药案件",
            b,
            subtitle="一粒1.2元卖到100元",
            source="本报",
            reporters=("丁国锋",),
            correspondents=("张冬",),
            subheads=(sub2,),
        ),
    ]
    write("d13_feature_subheads", lines, arts, [], [], "feature with 套路一： subheads")


def d14() -> None:
    """``pdfplumber``-like text: hard-wrapped at 24 characters with no blank line and no indent at
    all; paragraph ends show only as short lines; two stories with short headlines between."""
    j = "inews-dev-00301"
    a = [after(sents(j)[0], "肖剑)") + S(j, 1), S(j, 2, 3), S(j, 6, 7), S(j, 8, 10, 11)]
    m = "inews-dev-00613"
    b = [after(sents(m)[0], "网贷天眼讯 ") + S(m, 1), S(m, 7), S(m, 9)]
    w = 24
    first_a = "正义网讯(记者范跃红　通讯员肖剑)" + a[0]
    first_b = "网贷天眼讯 " + b[0]
    for p in (first_a, *a[1:], first_b, *b[1:]):
        assert short_last(p, w), (len(p) % w, p[:12])
    lines = ["杭州首例食品安全刑事附带民事公益诉讼案获判"]
    lines += wrap(first_a, w)
    for p in a[1:]:
        lines += wrap(p, w)
    lines += ["兰州警方严打“套路贷”"]
    lines += wrap(first_b, w)
    for p in b[1:]:
        lines += wrap(p, w)
    arts = [
        art(
            "杭州首例食品安全刑事附带民事公益诉讼案获判",
            a,
            source="正义网",
            reporters=("范跃红",),
            correspondents=("肖剑",),
            dateline="正义网讯",
        ),
        art("兰州警方严打“套路贷”", b, dateline="网贷天眼讯"),
    ]
    write("d14_plumber_flat", lines, arts, [], [], "hard-wrapped, no blank line, no indent")


def d15() -> None:
    """A page opening with the end of an article from an earlier page (``（上接第1版）``), then a story
    whose dateline names three agencies set apart by spaces, then one cut by a jump line; header,
    page number footer."""
    c = "inews-train-03831"
    top = [S(c, 5, 6, 7), S(c, 8, 9), S(c, 10, 11)]
    n = "inews-dev-00642"
    a = [after(sents(n)[2], "大皖客户端讯") + S(n, 3), S(n, 4, 5), S(n, 6, 7), S(n, 9, 10, 11)]
    k = "inews-dev-00325"
    b = [S(k, 0, 1), S(k, 3, 4), S(k, 5, 6) + "（下转第4版）"]
    header = "2019年1月10日　星期四　第2版　社会"
    footer = "2"
    lines = [
        header,
        "",
        IND + "（上接第1版）" + top[0],
        *(IND + x for x in top[1:]),
        "",
        "代还信用卡支付服务费 男子诈骗3万元获刑",
        "",
        IND + "新安晚报 安徽网 大皖客户端讯 " + a[0],
        *(IND + x for x in a[1:]),
        "",
        "香港北角车祸死亡人数增至4人",
        "",
        *(IND + x for x in b),
        "",
        footer,
    ]
    arts = [
        art("", top),
        art("代还信用卡支付服务费 男子诈骗3万元获刑", a, dateline="新安晚报 安徽网 大皖客户端讯"),
        art("香港北角车祸死亡人数增至4人", [*b[:2], b[2].removesuffix("（下转第4版）")]),
    ]
    write("d15_continued_page", lines, arts, [], [header], "continuation, 3-agency dateline, jump")


if __name__ == "__main__":
    for fn in (d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15):
        fn()
