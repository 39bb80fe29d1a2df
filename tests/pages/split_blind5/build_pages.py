"""Build the fifth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These 20 pages were written *before* any splitter change was made for them, from articles of
``../shared/corpora`` that none of ``tests/pages/split``, ``split_heldout``, ``split_blind`` …
``split_blind4`` uses.  Like round 4 they aim at the *typical* page of a Chinese daily (2–4
articles, titles, bylines, datelines, captions, subheads, briefs), but with other papers and
conventions than round 4 used:

* papers: 北京晨报/商报-like dailies of 2012 with **full-width digits** (``晨报讯（记者　刘映花）``,
  ``中广网北京７月２日消息``, ``千龙网北京７月２６日讯``), 信息时报, 法制日报 (``法制网讯 （通讯员 …）``,
  byline ``法制网记者 王春 通讯员 王威``), 大河报 (``大河报·大河客户端记者 …``), 天中晚报 (``全媒体记者``),
  华商报 (subheads), 中新网/中新经纬/新华社 wire copy, 闽南网/红网/四川新闻网/南国今报 briefs,
  中国江西网 (``…讯 徐某、见习记者…、记者…报道：``), 金羊网 (``金羊网讯　记者…报道：``), 新京报;
* bylines ``本报见习记者　刘帅　本报记者　刘红杰``, ``■记者 … 通讯员 …``, run-in credits without a
  space (``（记者李莉通讯员刘清华）``), names alone in a wire credit, a credit at the article's end;
* two-line headlines **without a dash** in both readings (kicker + title, title + subtitle), as the
  papers print them (several are the articles' own printed headlines);
* captions: ``…（巴中市交警支队供图）``, ``…新华社记者 梁旭 摄``, ``图为…　田昊　摄``, ``资料图：…``,
  ``▲…``, a caption cutting a sentence;
* extractors: e-paper copy (blank lines / 　　 indents), pdftotext default (wrapped, with and without
  the indent), pdftotext -layout; headers and footers of other shapes (``Ａ０６　经济新闻``,
  ``法制日报　…　第8版　法治地方``, ``— 5 —``), a continuation from page 1.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers and footers).  Run from the repo root: ``python tests/pages/split_blind5/build_pages.py``
(needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pagekit  # noqa: E402
from pagekit import IND, ROWS, A, S, after, cut, gold_of, render, sents, wrap  # noqa: E402, F401


def flat_width(arts: list[dict], lo: int = 17, hi: int = 40) -> int:
    return pagekit.flat_width(arts, lo, hi)


def page(name: str, arts: list[dict], style: str, **kw) -> None:
    pagekit.page(HERE, name, arts, style, **kw)


# --- the pages ----------------------------------------------------------------------------------


SG = "SogouCS-{}-34913306c0bb3300"
SA = "SogouCA-{}-49f37189a1acd500"


def f01() -> None:
    """北京晨报-like page copied from the e-paper (blank lines), full-width digits: 晨报讯 with padded credit,
    a title + subtitle without a dash over a 千龙网 wire item, a 中广网…消息 item."""
    a = SA.format("a78181e795e7bc78")
    b = SG.format("756bbd91fed2f0ea")
    c = SG.format("2111a794c1d2f0ea")
    arts = [
        A(
            "美国大豆出口六成进入中国",
            [after(sents(a)[0], "）"), S(a, 1, 2), S(a, 3, 4)],
            lead="晨报讯（记者　刘映花）",
            dateline="晨报讯",
            reporters=("刘映花",),
            source="晨报",
        ),
        A(
            "北京“７·２１”暴雨已致７７人遇难",
            [after(sents(b)[0], "）"), S(b, 1, 2)],
            subtitle="１１人身份正在确认",
            lead="千龙网北京７月２６日讯（记者冯强　张驰）",
            dateline="千龙网北京７月２６日讯",
            reporters=("冯强", "张驰"),
            source="千龙网",
        ),
        A(
            "“母亲河”环境健康考察即将启动",
            [after(sents(c)[0], "）"), S(c, 1, 2, 3), S(c, 4, 5), S(c, 6, 7)],
            lead="中广网北京７月２日消息（记者冯赣勇）",
            dateline="中广网北京７月２日消息",
            reporters=("冯赣勇",),
            source="中广网",
        ),
    ]
    page(
        "f01_morning_fullwidth",
        arts,
        "web",
        header=["２０１２年７月２７日　星期五　Ａ０６　综合新闻"],
        footer=["编辑　王京　美编　李雪　校对　赵新"],
        note="full-width digits, web copy",
    )


def f02() -> None:
    """City daily 公益 page (　　 indent): a kicker + title without a dash, a 本报讯 item, a 人民网…电 item."""
    a = SG.format("be6bcb252fd2f0ea")
    b = SG.format("169348a8ecd2f0ea")
    c = SG.format("c94adcdbdbd2f0ea")
    arts = [
        A(
            "康师傅：我们也是受害者",
            [after(sents(a)[0], "）") + S(a, 1), S(a, 2), S(a, 3, 4), S(a, 5, 6, 7), S(a, 8)],
            kicker="生产废料处理商被指转卖废弃茶叶",
            lead="本报讯（记者刘俊）",
            dateline="本报讯",
            reporters=("刘俊",),
            source="本报",
        ),
        A(
            "张元将执导５部公益微电影",
            [after(sents(b)[0], "）"), S(b, 1, 2), S(b, 3)],
            kicker="聚焦弱势儿童",
            lead="本报讯（记者黄英男）",
            dateline="本报讯",
            reporters=("黄英男",),
            source="本报",
        ),
        A(
            "安利第３０１个春苗营养厨房落成",
            [after(sents(c)[0], "电"), S(c, 1), S(c, 2, 3), S(c, 4, 5)],
            lead="人民网６月１１日电　",
            dateline="人民网６月１１日电",
            source="人民网",
        ),
    ]
    page(
        "f02_charity_indent",
        arts,
        "indent",
        header=["Ａ１２　公益周刊　２０１２年６月１４日　星期四"],
        footer=["责任编辑：陈嘉　版式：刘一"],
        note="kicker without dash, indent",
    )


def f03() -> None:
    """信息时报-like city page, pdftotext default (wrapped at 22): a run-in credit without spaces
    (记者李莉通讯员刘清华), a kicker + title story with a padded byline and a ■ caption cutting a sentence."""
    a = SG.format("226ad5f5edd2f0ea")
    b = SG.format("6b4783d1d9d2f0ea")
    arts = [
        A(
            "１６岁少年涉嫌性侵７岁女童被刑拘",
            [after(sents(a)[1], "）"), S(a, 2, 3), S(a, 4, 5), S(a, 6, 7)],
            lead="信息时报讯（记者李莉通讯员刘清华）",
            dateline="信息时报讯",
            reporters=("李莉",),
            correspondents=("刘清华",),
            source="信息时报",
        ),
        A(
            "前海景区公厕免费提供卫生纸",
            [S(b, 0), S(b, 1), S(b, 2, 3, 4), S(b, 5, 6, 7), S(b, 8)],
            kicker="端午小长假游客点赞",
            byline="本报记者　孙　涛",
            reporters=("孙涛",),
            photographers=("孙涛",),
            source="本报",
            captions=((3, "■游客在花石楼景点附近的公厕内取用免费卫生纸。本报记者　孙　涛　摄", True),),
        ),
    ]
    page(
        "f03_city_wrapped",
        arts,
        "wrap",
        width=22,
        header=["A10　城事　2012年7月20日　星期五"],
        footer=["10"],
        note="wrapped at 22",
    )


def f04() -> None:
    """法制日报 local page (indent): a byline 法制网记者…通讯员…, title + subtitle without a dash,
    two 法制网讯 items with correspondents only (one with a space before the parenthesis)."""
    a = "inews-train-03301"
    b = "inews-train-03406"
    c = "inews-train-04552"
    arts = [
        A(
            "醉酒乘客拉扯公交司机引发车祸",
            [after(sents(a)[0], "王威"), S(a, 1, 2), S(a, 3, 4), S(a, 5, 6, 7), S(a, 8)],
            subtitle="乐清法院一审判处其有期徒刑一年",
            byline="法制网记者　王春　通讯员　王威",
            reporters=("王春",),
            correspondents=("王威",),
            source="法制网",
        ),
        A(
            "兴化开展政法综治广场宣传活动",
            [after(sents(b)[0], "）"), S(b, 1, 2, 3), S(b, 4, 5), S(b, 6, 7)],
            lead="法制网讯（通讯员 樊金如）",
            dateline="法制网讯",
            correspondents=("樊金如",),
            source="法制网",
        ),
        A(
            "中南财经政法大学赴润州法院调研信访立法",
            [after(sents(c)[0], "）"), S(c, 1, 2), S(c, 3, 4), S(c, 5)],
            lead="法制网讯 （通讯员 润萱） ",
            dateline="法制网讯",
            correspondents=("润萱",),
            source="法制网",
        ),
    ]
    page(
        "f04_legal_daily",
        arts,
        "indent",
        header=["法制日报　2018年12月5日　星期三　第8版　法治地方"],
        footer=["本版编辑：蒋安杰　校对：郭雪"],
        note="法制日报, indent",
    )


def f05() -> None:
    """Henan 都市报/晚报 page, pdftotext -layout: bylines 大河报·大河客户端记者 … 通讯员 … and
    天中晚报全媒体记者 … 通讯员 于 露 (a name padded by a space), a title + subtitle without a dash."""
    a = "inews-train-00671"
    b = "inews-dev-00348"
    sb = sents(b)
    arts = [
        A(
            "男子遇检查刻意用方言躲避回答",
            [after(sents(a)[0], "杜聪聪"), S(a, 1), S(a, 2, 3), S(a, 4)],
            subtitle="民警一查发现问题",
            byline="大河报·大河客户端记者 刘广超 通讯员 杜聪聪",
            reporters=("刘广超",),
            correspondents=("杜聪聪",),
            source="大河报·大河客户端",
        ),
        A(
            "夜查！你家的消防设施合格吗？",
            [after(sb[2], "于 露"), sb[3], sb[4]],
            byline="天中晚报全媒体记者 王永良 通讯员 于 露",
            reporters=("王永良",),
            correspondents=("于露",),
            source="天中晚报",
        ),
    ]
    page(
        "f05_henan_layout",
        arts,
        "layout",
        width=24,
        header=["A05　社会新闻　2018年12月18日　星期二"],
        footer=["编辑：张琳　校对：王平"],
        note="pdftotext -layout",
    )


def f06() -> None:
    """华商报 page, pdftotext default without indents (a paragraph ends with a short line): a story
    with two subheads, a second one with a byline 华商报记者 …."""
    a = "inews-train-03409"
    sa = sents(a)
    b = "inews-train-03324"
    arts = [
        A(
            "民营医院院长伪造住院手续套取医保185万",
            [
                after(sa[0], "）"),
                S(a, 1),
                after(sa[2], "563人次") + S(a, 3),
                S(a, 4, 5),
                after(sa[6], "罚金20万元") + S(a, 7, 8),
            ],
            subtitle="二审获刑七年",
            lead="华商报讯（记者 祁铭 贺秋平）",
            dateline="华商报讯",
            reporters=("祁铭", "贺秋平"),
            source="华商报",
            subheads=((2, "不到一年伪造虚假住院手续563人次"), (4, "二审宣判 院长获刑7年罚金20万元")),
        ),
        A(
            "延安破获20余起新闻敲诈案件",
            [S(b, 0, 1), S(b, 2, 3), S(b, 4), S(b, 5), S(b, 6, 7)],
            byline="华商报记者 王小龙",
            reporters=("王小龙",),
            source="华商报",
        ),
    ]
    page(
        "f06_huashang_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["华商报　2018年11月12日　A6　陕西新闻"],
        footer=["编辑 李娜　美编 赵辉"],
        note="flat wrap, subheads",
    )


def f07() -> None:
    """Wire page copied from the e-paper (blank lines): 新华社…电 without credit, 中新网…电 with a title +
    subtitle, 中新网…电 with a credit of names alone."""
    a = "inews-train-01284"
    b = "inews-train-03213"
    c = "inews-train-00592"
    arts = [
        A(
            "印度南部发生食物中毒事件12人死亡",
            [after(sents(a)[0], "电"), S(a, 1), S(a, 2, 3), S(a, 4)],
            lead="新华社新德里12月14日电　",
            dateline="新华社新德里12月14日电",
            source="新华社",
        ),
        A(
            "美国华人最新分布图出炉",
            [after(sents(b)[0], "电"), S(b, 1, 2, 3), S(b, 4, 5), S(b, 6, 7, 8)],
            subtitle="加州华裔人口最多",
            lead="中新网3月27日电　",
            dateline="中新网3月27日电",
            source="中新网",
        ),
        A(
            "台湾货船遇险沉没 已救起5人",
            [after(sents(c)[0], ")"), S(c, 1, 2), S(c, 3, 4, 5), S(c, 6, 7)],
            lead="中新网台州1月2日电（范宇斌　张文敏　吴樟强）",
            dateline="中新网台州1月2日电",
            correspondents=("范宇斌", "张文敏", "吴樟强"),
            source="中新网",
        ),
    ]
    page(
        "f07_wire_web",
        arts,
        "web",
        header=["国际·国内　A8　2019年1月3日"],
        footer=["责编：高山　美编：林叶"],
        note="wire copy",
    )


def f08() -> None:
    """A 新闻速递 box (indent): four titled briefs of regional news sites, half- and full-width brackets."""
    a = "inews-train-02207"
    b = "inews-test-00674"
    c = "inews-train-02945"
    d = "inews-train-02775"
    arts = [
        A(
            "铁通宽带断网1天 已抢修恢复",
            [after(sents(a)[0], ")"), S(a, 6, 7)],
            column="新闻速递",
            lead="闽南网9月30日讯(闽南网漳州记者王惠敏)",
            dateline="闽南网9月30日讯",
            reporters=("王惠敏",),
            source="闽南网",
        ),
        A(
            "两车“组队”逆行7公里",
            [after(sents(b)[2], "）"), S(b, 7)],
            lead="红网时刻12月11日讯（通讯员 肖钦仁 伍娟）",
            dateline="红网时刻12月11日讯",
            correspondents=("肖钦仁", "伍娟"),
            source="红网时刻",
        ),
        A(
            "男子网上大肆发病毒获刑",
            [after(sents(c)[0], ")"), S(c, 1)],
            lead="南国今报来宾讯(记者黄必成)",
            dateline="南国今报来宾讯",
            reporters=("黄必成",),
            source="南国今报",
        ),
        A(
            "恩阳交警查处两起严重超员",
            [after(sents(d)[0], "任佳君）"), S(d, 1)],
            lead="四川新闻网巴中12月20日讯（记者 任佳君）",
            dateline="四川新闻网巴中12月20日讯",
            reporters=("任佳君",),
            source="四川新闻网",
        ),
    ]
    page(
        "f08_briefs_box",
        arts,
        "indent",
        header=["第4版　新闻速递　2018年12月21日　星期五"],
        footer=["编辑：吴迪"],
        note="briefs",
    )


def f09() -> None:
    """Wrapped page (pdftotext default, 21): run-in datelines ``中国江西网讯　徐某、见习记者…、记者…报道：``
    and ``金羊网讯　记者…报道：``, a title + subtitle without a dash."""
    a = "inews-train-01946"
    b = "inews-train-03016"
    arts = [
        A(
            "女子以恋爱为名诱骗网友进传销窝点",
            [after(sents(a)[0], "报道："), S(a, 1), S(a, 2, 3, 4), S(a, 5, 6, 7), S(a, 8)],
            lead="中国江西网讯　徐政武、见习记者薛柏武、记者周再奔报道：",
            dateline="中国江西网讯",
            reporters=("薛柏武", "周再奔"),
            correspondents=("徐政武",),
            source="中国江西网",
        ),
        A(
            "广州多区发布冰雹预警",
            [after(sents(b)[0], "报道："), S(b, 1), S(b, 2, 3, 4, 5), S(b, 6, 7), S(b, 8)],
            subtitle="白云区已下冰雹",
            lead="金羊网讯　记者梁怿韬报道：",
            dateline="金羊网讯",
            reporters=("梁怿韬",),
            source="金羊网",
        ),
    ]
    page(
        "f09_reported_wrapped",
        arts,
        "wrap",
        width=21,
        header=["A4　2018年2月22日　星期四　综合"],
        footer=["本版编辑：李阳"],
        note="…报道： datelines, wrapped",
    )


def f10() -> None:
    """A 新春走基层 feature (e-paper copy, blank lines): column, kicker + title without a dash, a
    文/…图/… byline, a caption, subheads; then a short piece with a padded byline."""
    a = "inews-train-03976"
    sa = sents(a)
    b = "inews-train-05186"
    arts = [
        A(
            "道口工张连弟的第39个春运",
            [
                after(sa[0], "中新网客户端"),
                S(a, 1, 2),
                S(a, 3, 4),
                S(a, 6, 7, 8),
                S(a, 9, 10, 11),
                S(a, 12, 13),
                S(a, 14, 15),
                S(a, 16, 17, 18, 19),
                S(a, 20, 21, 22, 23),
            ],
            column="新春走基层",
            kicker="北京最后的站内道口",
            byline="文/中新网记者　李金磊　图/中新网记者　富田",
            reporters=("李金磊",),
            photographers=("富田",),
            source="中新网",
            captions=((3, "图为58岁的道口工张连弟在道口值守。富田　摄", False),),
            subheads=((4, "24小时不间断"), (7, "12小时不能看手机")),
        ),
        A(
            "润州：干部考核念好“实勤廉”真经",
            [S(b, 0, 1, 2), S(b, 3, 4, 5), S(b, 6, 7)],
            byline="本报记者　张　锋",
            reporters=("张锋",),
            source="本报",
        ),
    ]
    page(
        "f10_feature_web",
        arts,
        "web",
        header=["2019年2月6日　星期三　第5版　新春走基层"],
        footer=["责任编辑：刘　畅"],
        note="feature",
    )


def f11() -> None:
    """Photo-news page, pdftotext -layout: a wire-photo caption ``…新华社记者 梁旭 摄`` under the lead,
    a story with ``图为，…　田昊　摄`` captions (one cutting the column) and a credit of names alone."""
    a = "inews-train-04377"
    b = "inews-train-04151"
    sb = sents(b)
    arts = [
        A(
            "大风吹倒东莞工地龙门架砸中工棚",
            [S(a, 1), S(a, 2), S(a, 3), S(a, 4), S(a, 5, 6)],
            subtitle="已致18人死亡33人受伤",
            byline="新京报记者　刘名洋",
            reporters=("刘名洋",),
            photographers=("梁旭",),
            source="新京报",
            captions=((0, "事发现场，两台起重机在进行清理。新华社记者 梁旭 摄", False),),
        ),
        A(
            "武汉铁路警方捣毁一制假窝点",
            [
                after(sb[0], "徐金波)"),
                S(b, 1, 2, 3),
                after(sb[4], "摄") + S(b, 5),
                after(sb[6], "摄") + S(b, 7),
            ],
            subtitle="查获假火车票25000余张",
            lead="中新网武汉12月12日电（田昊　徐金波）",
            dateline="中新网武汉12月12日电",
            correspondents=("田昊", "徐金波"),
            photographers=("田昊",),
            source="中新网",
            captions=(
                (1, "图为，民警对照检查作案手机及电脑　田昊　摄", True),
                (3, "图为，民警清点查获的半成品假火车票　田昊　摄", False),
            ),
        ),
    ]
    page(
        "f11_photo_layout",
        arts,
        "layout",
        width=22,
        header=["A07　2018年12月13日　星期四　图片新闻"],
        note="captions, -layout",
    )


def f12() -> None:
    """Finance page (indent): 中新经纬客户端…电 with a subhead, 本报讯（names alone）, 中新网…电（names）
    with a title + subtitle without a dash."""
    a = "inews-train-02794"
    sa = sents(a)
    b = "inews-train-02461"
    c = "inews-train-01652"
    arts = [
        A(
            "丹东港26.9亿元资产被查封",
            [after(sa[0], "电"), S(a, 1, 2, 3), after(sa[4], "缩影") + S(a, 5, 6), S(a, 7, 8)],
            lead="中新经纬客户端5月23日电　",
            dateline="中新经纬客户端5月23日电",
            source="中新经纬客户端",
            subheads=((2, "欠薪问题是其资金面承压的缩影"),),
        ),
        A(
            "金融为实体经济输血助力",
            [after(sents(b)[0], ")"), S(b, 1, 2), S(b, 3, 4, 5), S(b, 6, 7, 8)],
            lead="本报讯（吴建轩　刘睿）",
            dateline="本报讯",
            correspondents=("吴建轩", "刘睿"),
            source="本报",
        ),
        A(
            "广州海关破获跨境电商走私奶粉案",
            [after(sents(c)[0], "）"), S(c, 1), S(c, 2, 3), S(c, 4, 5, 6)],
            subtitle="涉案金额1.68亿元",
            lead="中新网广州12月13日电（唐贵江　关悦）",
            dateline="中新网广州12月13日电",
            correspondents=("唐贵江", "关悦"),
            source="中新网",
        ),
    ]
    page(
        "f12_finance_indent",
        arts,
        "indent",
        header=["经济　2018年12月14日　星期五　B2"],
        footer=["编辑：孙明　校对：钱立"],
        note="finance",
    )


def f13() -> None:
    """A page opening with the end of a page-1 story (``（上接A1版）``), flat wrap: a story with a
    subhead and a credit at its end, a title + subtitle story with 本报讯（记者 …）."""
    f = "inews-train-02999"
    top = ["（上接A1版）" + S(f, 5, 6), S(f, 7, 8)]
    top_gold = gold_of(A("", [S(f, 5, 6), S(f, 7, 8)]))
    a = "inews-train-02295"
    sa = sents(a)
    b = "inews-train-01035"
    arts = [
        A(
            "轿车累计记分240多分",
            [S(a, 0, 1), after(sa[2], "网购车号牌、行驶证") + S(a, 3, 4), S(a, 5, 6, 7, 8)],
            subtitle="车主套假牌上路被查",
            end="（记者 赵亮 通讯员 高警宣）",
            reporters=("赵亮",),
            correspondents=("高警宣",),
            subheads=((1, "网购车号牌、行驶证"),),
        ),
        A(
            "以招工为名强迫20多名女孩卖淫",
            [after(sents(b)[1], "获悉，"), S(b, 2, 3, 4), S(b, 5, 6, 7), S(b, 8)],
            subtitle="10人涉恶团伙被判刑",
            lead="本报讯（记者 方琳）",
            dateline="本报讯",
            reporters=("方琳",),
            source="本报",
        ),
    ]
    w = flat_width([*arts, A("", top_gold["body"].split("\n"))])
    page(
        "f13_continued_flat",
        arts,
        "flat",
        width=w,
        header=["A2　要闻　2019年1月25日　星期五"],
        top=[y for x in top for y in wrap(x, w)],
        top_gold=top_gold,
        note="continuation, flat",
    )


def f14() -> None:
    """City page (indent): a news story with a 资料图片 caption, followed by a 短评 with an author line
    (own text), and an interview story with a kicker + title without a dash."""
    a = "inews-train-01776"
    sa = sents(a)
    b = SG.format("1d544adeb4d2f0ea")
    arts = [
        A(
            "公交卡月收1元“磨损费”",
            [after(sa[1], "龙虎网讯"), S(a, 2), S(a, 3, 4), S(a, 5, 6)],
            subtitle="押金两年半“磨光”不退",
            lead="龙虎网讯　",
            dateline="龙虎网讯",
            source="龙虎网",
            captions=((0, "金陵通记名卡。资料图片", False),),
        ),
        A(
            "押金不该被“磨损”光",
            [
                "办卡时收了押金，退卡时却说押金早被每月1元的“磨损费”扣光，市民有疑问并不奇怪。",
                "收费项目要事先说清楚，更要经得起合理性的追问，公共服务尤其如此。",
            ],
            column="短评",
            author="□ 林青",
            reporters=("林青",),
        ),
        A(
            "募捐“备案制”是上海首创",
            [S(b, 0, 1, 2, 3), S(b, 4, 5, 6), S(b, 7, 8)],
            kicker="《上海市募捐条例》９月起施行",
            byline="本报记者　顾　卿",
            reporters=("顾卿",),
            source="本报",
        ),
    ]
    page(
        "f14_news_comment",
        arts,
        "indent",
        header=["A05　城市观察　2018年5月20日"],
        footer=["责任编辑：许明"],
        note="news and comment",
    )


def f15() -> None:
    """法治 page from the e-paper site (blank lines): a two-line headline as printed (title + a long
    subtitle, no dash) with a subhead, a 资料图 caption with its credit, a 本报讯 court story."""
    a = "inews-train-03912"
    sa = sents(a)
    b = "inews-train-02959"
    sb = sents(b)
    c = "inews-train-02971"
    arts = [
        A(
            "挪用288万炒股 国企财务获刑",
            [after(sa[0], "16年徒刑") + S(a, 1, 2, 3), S(a, 4), after(sa[5], "来炒股") + S(a, 6, 7)],
            subtitle="股票巨亏潜逃7年 因赌博在山西被抓 法院终审判其16年徒刑",
            byline="本报记者 王巍",
            reporters=("王巍",),
            source="本报",
            subheads=((2, "挪公款288万来炒股"),),
        ),
        A(
            "文著协首例维权诉讼一审胜诉",
            [after(sb[1], "电 "), S(b, 2), S(b, 3, 4), S(b, 5, 6)],
            subtitle="中国知网被判赔偿",
            lead="中新网12月20日电　",
            dateline="中新网12月20日电",
            source="中新网",
            photographers=("金硕",),
            captions=((0, "资料图：海淀法院。中新网记者　金硕　摄", False),),
        ),
        A(
            "衡东“9·12”案一审宣判",
            [S(c, 0), S(c, 1, 2, 3), S(c, 4, 5), S(c, 6, 7)],
            subtitle="被告人阳赞云被判处死刑",
            lead="本报讯（通讯员 衡法宣）",
            dateline="本报讯",
            correspondents=("衡法宣",),
            source="本报",
        ),
    ]
    page(
        "f15_court_web",
        arts,
        "web",
        header=["2019年1月5日　星期六　A6　法治"],
        footer=["编辑：郑雪　美编：周宁"],
        note="court page",
    )


def f16() -> None:
    """Wrapped page (24, indent) with credits at the end ``（记者 … 通讯员 …）``, a ■ byline, a kicker
    ending in ！ over the title, a caption cutting a sentence."""
    a = "inews-train-02903"
    b = "inews-train-04067"
    c = "inews-train-05003"
    arts = [
        A(
            "乐都一村庄钻探现井喷蓝色气体",
            [S(a, 0, 1), S(a, 2, 3), S(a, 5, 6), S(a, 7, 8)],
            end="（记者 马俊 通讯员 青安宣）",
            reporters=("马俊",),
            correspondents=("青安宣",),
        ),
        A(
            "海垦（知青）帮扶互助基金成立",
            [S(b, 2), S(b, 4, 5), S(b, 6, 7)],
            kicker="构建慈善海垦家园！",
            byline="■记者　余美君　通讯员　李婷",
            reporters=("余美君",),
            correspondents=("李婷",),
            photographers=("李婷",),
            captions=((1, "领导嘉宾现场推杆，启动海垦（知青）帮扶互助基金。李婷　摄", True),),
        ),
        A(
            "山西今年将搬迁4000户“重灾户”",
            [S(c, 0), S(c, 1, 2), S(c, 3, 4), S(c, 5)],
            end="（记者 王媛）",
            reporters=("王媛",),
        ),
    ]
    page(
        "f16_end_credits",
        arts,
        "wrap",
        width=24,
        header=["2019年1月8日　第6版　民生"],
        footer=["本版责编：王蕾"],
        note="credits at the end",
    )


def f17() -> None:
    """A 快讯 column (indent) of untitled items, one with a credit mixing names alone and 记者."""
    a = "inews-train-02789"
    b = "inews-train-02808"
    c = "inews-test-00588"
    d = SG.format("ab6bdf3176d2f0ea")
    arts = [
        A(
            "",
            [S(a, 0, 1)],
            column="快讯",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A("", [S(b, 0)], lead="本报讯　", dateline="本报讯", source="本报"),
        A(
            "",
            [after(sents(c)[0], ") ")],
            lead="东北网5月23日讯（王作中 李会义 记者 刘嘉）",
            dateline="东北网5月23日讯",
            reporters=("刘嘉",),
            correspondents=("王作中", "李会义"),
            source="东北网",
        ),
        A("", [S(d, 0)], lead="据新华社电　", dateline="据新华社电", source="新华社"),
    ]
    page(
        "f17_quick_items",
        arts,
        "indent",
        header=["3　2018年12月12日　星期三　时讯"],
        footer=["编辑：马兰"],
        note="untitled items",
    )


def f18() -> None:
    """2012 山东 daily page, flat wrap: a byline ``本报见习记者　刘帅　本报记者　刘红杰``, a title +
    subtitle without a dash, full-width digits."""
    a = SG.format("6629fa7b66d2f0ea")
    b = SG.format("380fe3d99dd2f0ea")
    arts = [
        A(
            "操作不当致２０吨油污水泄漏",
            [S(a, 0), S(a, 1, 2), S(a, 5, 6, 7), S(a, 8)],
            byline="本报见习记者　刘帅　本报记者　刘红杰",
            reporters=("刘帅", "刘红杰"),
            source="本报",
        ),
        A(
            "苍南回应福利院铁链拴孤儿",
            [S(b, 0, 1), S(b, 2), S(b, 3, 4), S(b, 7)],
            subtitle="将查违法渎职行为",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "f18_shandong_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["２０１２年７月２４日　星期二　Ａ０３　山东新闻"],
        footer=["责任编辑　孙伟"],
        note="flat, full-width",
    )


def f19() -> None:
    """Consumer page (indent) of a 都市报: a kicker + title without a dash over a story with a subhead,
    a 法院 story with a 本报记者 byline, a 新京报-style caption line."""
    a = SG.format("37a1c36549d2f0ea")
    b = "inews-train-04946"
    c = "inews-train-01345"
    sc = sents(c)
    arts = [
        A(
            "头枕撬窗同样不靠谱",
            [S(a, 0), S(a, 1, 2), S(a, 3, 4, 5), S(a, 6, 7)],
            kicker="专家：逃生还是用专用安全锤",
            byline="本报记者　钱　程",
            reporters=("钱程",),
            source="本报",
        ),
        A(
            "32人跨境电信诈骗近千万元",
            [S(b, 1, 2), S(b, 3), S(b, 4), S(b, 5, 6), S(b, 7)],
            lead="本报讯（记者 于雷 通讯员 开法宣）",
            dateline="本报讯",
            reporters=("于雷",),
            correspondents=("开法宣",),
            source="本报",
        ),
        A(
            "快递员持石头上门打砸客户",
            [after(sc[1], "摄"), S(c, 2), S(c, 3, 4), after(sc[5], "乱砸") + S(c, 6)],
            subtitle="客户索赔77万",
            byline="新京报记者 王贵彬",
            reporters=("王贵彬",),
            photographers=("王贵彬",),
            source="新京报",
            captions=(
                (
                    0,
                    "5月22日，庭审后王女士在法庭上向记者展示快递员用于砸击王女士头部的石块。新京报记者 王贵彬 摄",
                    False,
                ),
            ),
            subheads=((3, "投诉快递员被登门一顿乱砸"),),
        ),
    ]
    page(
        "f19_consumer_indent",
        arts,
        "indent",
        header=["A12　消费　2018年5月23日　星期三"],
        footer=["本版编辑：韩雪　美编：吴杰　校对：赵亮"],
        note="consumer page",
    )


def f20() -> None:
    """County daily (e-paper copy, indents kept, blank lines): 吉林 culture story with kicker + title,
    a second story on the same event with a byline line after the title, a caption ``▲…``."""
    a = "inews-test-00636"
    b = "inews-train-02626"
    c = "inews-train-00607"
    arts = [
        A(
            "130位艺术家走进新时代传习所",
            [S(a, 0), S(a, 1), S(a, 2)],
            kicker="第5个中国文艺志愿者服务日",
            lead="本报讯（记者 赵欣）",
            dateline="本报讯",
            reporters=("赵欣",),
            source="本报",
        ),
        A(
            "多家主流媒体关注启动仪式",
            [S(b, 0, 1), S(b, 2), S(b, 4), S(b, 5, 6)],
            byline="本报记者 周婷 实习生 高原",
            reporters=("周婷",),
            interns=("高原",),
            source="本报",
        ),
        A(
            "南宁打击通信网络诈骗抓获114人",
            [S(c, 0, 1), S(c, 2, 3), S(c, 4), S(c, 5, 6), S(c, 7)],
            byline="本报记者 黄　玲",
            reporters=("黄玲",),
            source="本报",
            captions=((1, "▲警方抓获各类通信网络犯罪嫌疑人114人", False),),
        ),
    ]
    page(
        "f20_county_front",
        arts,
        "web",
        header=["2018年5月24日　星期四　第1版　今日要闻"],
        footer=["值班编委：李明　责任编辑：王芳"],
        note="county daily",
    )


if __name__ == "__main__":
    for fn in (
        f01,
        f02,
        f03,
        f04,
        f05,
        f06,
        f07,
        f08,
        f09,
        f10,
        f11,
        f12,
        f13,
        f14,
        f15,
        f16,
        f17,
        f18,
        f19,
        f20,
    ):
        fn()
