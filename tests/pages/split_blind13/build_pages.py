"""Build the thirteenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too (mostly sentences no other set prints), but never one
of their pages or headline blocks: each page mixes its own pieces (other cut points, paragraph lengths
and combinations), and no sentence is taken twice inside this set (the builder refuses it).
Headlines, bylines, captions, subheads, interview questions and page furniture are written afresh.
The pages aim at papers and page types no other set has:

* papers and page types: 中国国防报 国际军事, 中国航天报, 国际商报 (-layout), 中国城市报 (CRLF), 人民邮电报,
  中国海洋报 (BOM), a 中国电影报 feature (trailing spaces), 中国知识产权报 case briefs with no byline and no
  dateline, a 武汉晚报 法治 page opening with a continued story, 青岛早报 (trailing spaces), 中国银行保险报
  (-layout), 中国国门时报 (CRLF), a 中国人口报 interview, 宁波日报 (a page strip cutting a sentence, trailing
  spaces), 张家口日报, 鲁中晨报 with an untitled brief, 江门日报, a 团结报 两岸 page with no bylines and no
  datelines, 中国经济时报 and a county paper (新昌报);
* weight on headline blocks: about half the articles carry two or three headline lines of every kind
  (引题 + 主题, 主题 + 副题 with and without ——, a 主题 printed on two lines, an 引题 naming an event
  or a series, two parallel phrases, titles ending with ！ or ？, quoted titles “…”, short one-line
  titles, 栏目 labels in the line above);
* bylines and datelines of forms the other sets use little (``本报驻美国记者 …``, ``早报记者 … 实习生 …``,
  ``据中新网…电``, a credit after the body with reporter and correspondent), captions (``图为…``,
  ``（… 摄）``, ``资料图片``, ``▲…``), subheads, sentences cut by a column (across a caption, a blank
  line, a page strip, a narrower or a shifted next column), jump lines, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind13/build_pages.py`` (needs ../shared/corpora; the pages are committed).
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
page = layoutkit.page_writer(HERE, "r")


def joined(rid: str, *parts: int | tuple[int, str]) -> str:
    """One paragraph of sentences ``parts`` of an article; a part ``(i, marker)`` is sentence i from
    just after ``marker`` (a wire credit or a website's name cut off)."""
    out = []
    for x in parts:
        if isinstance(x, tuple):
            out.append(after(P1(rid, x[0]), x[1]))
        else:
            out.append(P1(rid, x))
    return "".join(out)


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
UKR = "inews-test-00245"  # a digest: a military depot blows up in Ukraine, cold air, a DNA study
NUKE = "inews-train-05294"  # a retired US general on unlawful nuclear orders
SPACE = "inews-train-01247"  # China Space Day: a year of launches
AMZ = "inews-train-03081"  # Amazon sellers' reviews split by a system fault
SOFT = "inews-test-00736"  # SoftBank to invest in 满帮
BJ = "inews-dev-00049"  # 北京 blue book: quarter-hour service circles
HZM = SG.format("6daf53385fd2f0ea")  # 杭州 metro passenger rules
FLOW = "inews-train-00486"  # unlimited data plans get cheaper
BILL = "inews-train-00686"  # calls split into pieces and billed more
SEAL = "inews-train-01426"  # 大连 spotted seal pups poached and rescued
LAKE = "inews-train-01645"  # 镜泊湖 opens its fishing season
FILM = "inews-train-01150"  # audiences on the documentary 《厉害了，我的国》
IPR = "inews-train-02975"  # the ten piracy cases of 2017
BEAN = "inews-train-04474"  # 武汉 back-street tofu workshops
DEBT = "inews-train-00175"  # 郴州 debt collectors on trial
TOILET = SG.format("6b4783d1d9d2f0ea")  # 青岛 free toilet paper in public toilets
SURRENDER = "inews-train-00228"  # insurance customers talked into surrendering policies
WASTE = "inews-dev-00262"  # 泰州 foreign-waste smuggling case judged
MILK = "inews-train-01652"  # 广州 customs: smuggling through cross-border e-commerce
BIRTH = "inews-train-01429"  # 泰州 birth permits reformed
GRAPE = "inews-test-00382"  # 慈城 grape greenhouses collapse at night
PLATE = "inews-train-02295"  # 宣化 a car with 240 penalty points and fake plates
QUAKEBASE = "inews-train-01969"  # 淄博 earthquake education bases
FERRY = "inews-train-00161"  # 江门 a new ferry to Hong Kong
TAIWAN = "inews-train-02098"  # protests at a new-year flag raising in 台北
FUZHOU = "inews-train-00429"  # 福建 smart-city services
KNIFE = "inews-test-00501"  # 新昌 a villager stabs the village secretary


# --- the pages ----------------------------------------------------------------------------------


def r01() -> None:
    """中国国防报 国际军事 page (　　 indent): a kicker of two parallel phrases + title over a ``据中新网…电``
    story with a caption after a paragraph; a quoted title + subtitle (no dash) under a ``本报驻美国记者
    …`` byline with a blank-line column break."""
    arts = [
        A(
            "乌克兰北部一军事仓库凌晨爆炸",
            [after(P1(UKR, 0), "据外媒报道，"), P1(UKR, 1), P1(UKR, 2)],
            kicker="上万人紧急疏散　空域临时关闭",
            lead="据中新网10月9日电　",
            dateline="据中新网10月9日电",
            source="中新网",
            caps=((1, "爆炸发生后，仓库上空升起浓烟。（资料图片）"),),
        ),
        A(
            "“不合法的核打击命令可以拒绝”",
            [
                after(P1(NUKE, 1), "报道，"),
                joined(NUKE, (2, "门户网站"), 3),
                P1(NUKE, 4),
                joined(NUKE, (5, "门户网站"), 6),
                joined(NUKE, (7, "门户网站"), 8),
            ],
            subtitle="美参议院41年来首次审视总统核武使用权",
            byline="本报驻美国记者　刘　洋",
            reporters=("刘洋",),
            source="本报",
            breaks=((1, "blank", ""),),
        ),
    ]
    page(
        "r01_guofang_indent",
        arts,
        "indent",
        header=["中国国防报　2018年10月11日　星期四　第4版　国际军事"],
        footer=["责任编辑：戎　平　　校对：边　疆"],
        note="中国国防报 国际军事, indent",
    )


def r02() -> None:
    """中国航天报 page, flat wrap: a three-line block (event kicker, quoted title, —— subtitle) over a
    ``本报记者 …`` byline with three subheads; a 【…】-labelled 据新华社电 brief."""
    arts = [
        A(
            "从“东方红”到“慧眼”",
            [
                after(P1(SPACE, 0), "消息"),
                P1(SPACE, 2),
                joined(SPACE, 3, 4),
                P1(SPACE, 5),
                joined(SPACE, 7, 8),
                joined(SPACE, (9, "——"), 10),
                joined(SPACE, 11, 12, 13),
                joined(SPACE, 14, 15),
                P1(SPACE, 17),
            ],
            kicker="写在第三个“中国航天日”之际",
            subtitle="——一年来中国航天实现宇航发射25次",
            byline="本报记者　姜　宇",
            reporters=("姜宇",),
            source="本报",
            subheads=((4, "运载能力不断跃升"), (6, "探月工程稳步推进"), (7, "卫星应用走进寻常百姓家")),
        ),
        A(
            "澳科学家绘出心脏病风险基因图谱",
            P(UKR, (10,), (11,)),
            column="【科技视野】",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "r02_hangtian_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["中国航天报　2018年4月26日　星期四　第3版　综合新闻"],
        footer=["责任编辑：星　河　　校对：天　舟"],
        note="中国航天报 综合新闻, flat wrap",
    )


def r03() -> None:
    """国际商报 跨境电商 page, pdftotext -layout: a title ending with ？ + —— subtitle over a ``本报记者 …``
    byline with subheads and a shifted next column; an 引题 naming the source + title ``本报讯`` story
    with a caption after a paragraph."""
    arts = [
        A(
            "亚马逊卖家的评论为何突然“消失”？",
            [
                P1(AMZ, 0),
                joined(AMZ, 1, 2),
                after(P1(AMZ, 3), "从昨天到今天，"),
                joined(AMZ, 4, 5),
                P1(AMZ, 6),
                joined(AMZ, 7, 8),
                joined(AMZ, 10, 11),
                joined(AMZ, 12, 13),
                P1(AMZ, 14),
                P1(AMZ, 15),
            ],
            subtitle="——平台回应：系统问题所致　请耐心等待更新",
            byline="本报记者　商　琪",
            reporters=("商琪",),
            source="本报",
            subheads=((2, "卖家群里都在问"), (6, "别慌，可能是系统问题")),
            breaks=((1, "shift", ""),),
        ),
        A(
            "软银拟10亿美元入股满帮集团",
            [
                after(P1(SOFT, 0), "消息，"),
                joined(SOFT, 5, 6),
                P1(SOFT, 7),
                joined(SOFT, 8, 9, 10),
                joined(SOFT, 12, 13, 14),
                joined(SOFT, 15, 16, 17),
                P1(SOFT, 11),
            ],
            kicker="《华尔街日报》援引知情人士消息",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            caps=((2, "满帮集团的货运匹配平台界面。（资料图片）"),),
        ),
    ]
    page(
        "r03_guoji_layout",
        arts,
        "layout",
        width=24,
        header=["                国际商报　2018年3月28日　星期三　第4版　跨境电商"],
        footer=["                       责任编辑：贾　易　　校对：关　通"],
        note="国际商报 跨境电商, pdftotext -layout",
    )


def r04() -> None:
    """中国城市报 page (e-paper copy, CRLF): a 【…】 label over a title + subtitle (no dash) ``本报北京…电
    （记者 …）`` story with a caption cutting a sentence; a title printed on two lines over a ``本报杭州…电
    （记者 …）`` story."""
    arts = [
        A(
            "北京“一刻钟服务圈”增至1442个",
            [
                after(P1(BJ, 0), "）"),
                joined(BJ, 1, 2),
                joined(BJ, 3, 4),
                joined(BJ, 5, 6),
                joined(BJ, 7, 8),
            ],
            column="【城市观察】",
            subtitle="城市社区覆盖率超过85%",
            lead="本报北京5月23日电（记者　倪　川）",
            dateline="本报北京5月23日电",
            reporters=("倪川",),
            source="本报",
            breaks=((2, "caption", "社区服务站工作人员为居民办理业务。（资料图片）"),),
        ),
        A(
            "杭州《地铁乘客守则》修订稿将报市政府审批",
            [
                after(P1(HZM, 0), "）"),
                joined(HZM, 1, 2),
                joined(HZM, 3, 4),
                joined(HZM, 5, 6),
                joined(HZM, 7, 8),
                P1(HZM, 9),
                joined(HZM, 10, 11, 12),
                P1(HZM, 13),
                joined(HZM, 14, 15),
            ],
            title_lines=("杭州《地铁乘客守则》修订稿", "将报市政府审批"),
            lead="本报杭州6月19日电（记者　夏　雯）",
            dateline="本报杭州6月19日电",
            reporters=("夏雯",),
            source="本报",
        ),
    ]
    page(
        "r04_chengshi_crlf",
        arts,
        "web",
        header=["中国城市报　2012年6月25日　星期一　第7版　城市治理"],
        footer=["责任编辑：郭　城　　美术编辑：苏　堤"],
        eol="\r\n",
        note="中国城市报 城市治理, web copy, CRLF",
    )


def r05() -> None:
    """人民邮电报 page, pdftotext default (21): a kicker + title ending with ？ ``本报北京…讯（记者 …）``
    story with subheads and a narrower next column; a title with an inner space + —— subtitle over a
    ``■本报记者 …`` byline with a caption cutting a sentence (photographer)."""
    arts = [
        A(
            "运营商为何纷纷下调不限流量套餐资费？",
            [
                after(P1(FLOW, 0), "）"),
                joined(FLOW, 7, 8),
                P1(FLOW, 10),
                joined(FLOW, 13, 14),
                joined(FLOW, 17, 18, 19),
                joined(FLOW, 20, 21),
                joined(FLOW, 22, 23),
            ],
            kicker="取消流量漫游费前夕",
            lead="本报北京6月1日讯（记者　吴　凡）",
            dateline="本报北京6月1日讯",
            reporters=("吴凡",),
            source="本报",
            subheads=((3, "用户习惯在改变"), (5, "限速门槛依然存在")),
            breaks=((4, "narrow", ""),),
        ),
        A(
            "通话被“分割”计费　谁给用户一本明白账",
            [
                P1(BILL, 8),
                joined(BILL, 9, 10),
                joined(BILL, 11, 12),
                joined(BILL, 13, 14),
                joined(BILL, 15, 16),
                joined(BILL, 17, 18),
                P1(BILL, 19),
            ],
            subtitle="——一起话费纠纷引发的思考",
            byline="■本报记者　海　鸥",
            reporters=("海鸥",),
            photographers=("海鸥",),
            source="本报",
            breaks=((3, "caption", "用户展示的话费详单。本报记者　海　鸥　摄"),),
        ),
        A(
            "4月户均移动流量再创新高",
            [P1(FLOW, 11)],
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "r05_youdian_wrapped",
        arts,
        "wrap",
        width=21,
        header=["人民邮电报　2018年6月4日　星期一　第5版　市场·用户"],
        footer=["责任编辑：邮　明　　校对：杜　信"],
        note="人民邮电报 市场·用户, wrapped at 21",
    )


def r06() -> None:
    """中国海洋报 page (　　 indent, BOM): a three-line block (event kicker, title, —— subtitle) over a
    ``本报大连…电（记者 … 通讯员 …）`` story with subheads and a ▲ caption; a 「…」-labelled short title
    ``中新社…电（记者 …）`` story."""
    arts = [
        A(
            "百余只斑海豹幼崽获救",
            [
                P1(SEAL, 7),
                P1(SEAL, 8),
                joined(SEAL, 9, 10),
                joined(SEAL, 11, 12),
                P1(SEAL, 13),
                joined(SEAL, 16, 17),
                P1(SEAL, 20),
                joined(SEAL, 25, 26),
                P1(SEAL, 27),
                P1(SEAL, 30),
            ],
            kicker="辽东湾冰区盗猎案告破",
            subtitle="——大连警方刑拘5名犯罪嫌疑人　获救幼崽将分批放归大海",
            lead="本报大连2月21日电（记者　于　海　通讯员　连　公）",
            dateline="本报大连2月21日电",
            reporters=("于海",),
            correspondents=("连公",),
            source="本报",
            subheads=((3, "偷猎幼崽卖给水族馆"), (7, "专家逐一编号体检")),
            caps=((5, "▲获救的斑海豹幼崽在救助机构接受观察。"),),
        ),
        A(
            "镜泊湖开湖",
            [after(P1(LAKE, 0), "）"), joined(LAKE, 2, 3), joined(LAKE, 6, 7), P1(LAKE, 8)],
            column="「渔事」",
            lead="中新社牡丹江5月1日电（记者　王　岚）",
            dateline="中新社牡丹江5月1日电",
            reporters=("王岚",),
            source="中新社",
        ),
    ]
    page(
        "r06_haiyang_bom",
        arts,
        "indent",
        header=["中国海洋报　2019年2月22日　星期五　第2版　综合新闻"],
        footer=["责任编辑：蓝　波　　校对：海　宁"],
        bom=True,
        note="中国海洋报 综合新闻, indent, BOM",
    )


def r07() -> None:
    """中国电影报 纪录电影 feature, flat wrap, trailing spaces: a long event kicker + quoted title over a
    ``文/本报记者 …`` byline, three subheads with inner spaces and a caption after a paragraph."""
    arts = [
        A(
            "“有一种骄傲，叫我是中国人”",
            [
                joined(FILM, 7, 8),
                joined(FILM, 9, 10, 11),
                P1(FILM, 12),
                joined(FILM, 13, 14),
                joined(FILM, 15, 16),
                joined(FILM, 17, 18),
                joined(FILM, 19, 20, 21),
                joined(FILM, 22, 23, 24),
                joined(FILM, 25, 26),
                joined(FILM, 27, 28),
                joined(FILM, 29, 30),
                joined(FILM, 31, 32, 33),
                joined(FILM, 34, 35),
                joined(FILM, 36, 37),
            ],
            kicker="纪录电影《厉害了，我的国》引发观众强烈共鸣",
            byline="文/本报记者　江　帆",
            reporters=("江帆",),
            source="本报",
            subheads=((2, "大国工程　彰显风范"), (5, "脱贫攻坚　变化看得见"), (10, "走出国门　祖国在身后")),
            caps=((3, "观众在影院观看纪录电影《厉害了，我的国》。（资料图片）"),),
        ),
    ]
    page(
        "r07_dianying_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["中国电影报　2018年3月7日　星期三　第5版　纪录电影"],
        footer=["责任编辑：陈　影　　美术编辑：柯　达"],
        trailing=True,
        note="中国电影报 纪录电影 feature, flat wrap, trailing spaces",
    )


def r08() -> None:
    """中国知识产权报 page, pdftotext default (22): a lead story and five case briefs under a 【…】 label,
    each with its own short title (one ending with ！), none with a byline or a dateline."""
    arts = [
        A(
            "2017年度全国打击侵权盗版十大案件发布",
            [after(P1(IPR, 0), "日电"), P1(IPR, 1), P1(IPR, 2)],
        ),
        A(
            "南昌“摇头网”侵犯音乐作品著作权",
            P(IPR, (12,), (13, 14)),
            column="【案件回放】",
        ),
        A("天津“吉吉影院”网站经营者获刑", P(IPR, (16,), (17, 18))),
        A("威海制售盗版光盘案告破", P(IPR, (20, 21), (22, 23))),
        A("一款网游外挂获利132万余元！", P(IPR, (25, 26), (27, 28))),
        A("上海卿某制售盗版图书获刑", P(IPR, (37, 38), (39, 40, 41), (42,))),
    ]
    page(
        "r08_zhichan_wrapped",
        arts,
        "wrap",
        width=22,
        header=["中国知识产权报　2018年4月27日　星期五　第9版　版权周刊"],
        footer=["责任编辑：权　衡　　校对：文　正"],
        note="中国知识产权报 版权周刊, case briefs without bylines or datelines, wrapped at 22",
    )


def r09() -> None:
    """武汉晚报 page (　　 indent) opening with a story continued from page 1 (``（上接A1版）``); a three-line
    block (kicker of two parallel phrases, title, —— subtitle) signed after the body ``（记者 …
    通讯员 …）``, with a caption cutting a sentence and a ■ subhead; a ▲-labelled unsigned sidebar."""
    top = A("", P(BEAN, (26,), (27, 28), (29, 30), (31, 32), (33,)))
    arts = [
        A(
            "讨债团伙“软暴力”逼人还钱",
            [
                joined(DEBT, 8, 9),
                joined(DEBT, 10, 11),
                joined(DEBT, 12, 13),
                joined(DEBT, 14, 15, 16),
                joined(DEBT, 17, 18),
                P1(DEBT, 19),
                joined(DEBT, 20, 21),
                joined(DEBT, 28, 29, 30),
                joined(DEBT, 31, 32, 33),
            ],
            kicker="睡在家门口　不让人睡觉",
            subtitle="——郴州一涉恶团伙成员被判刑",
            end="（记者　吕　铭　通讯员　苏　萱）",
            reporters=("吕铭",),
            correspondents=("苏萱",),
            subheads=((7, "■法官提醒"),),
            breaks=((3, "caption", "讨债团伙成员在酒店房间内看守债务人。（警方供图）"),),
        ),
        A("武汉日均消费豆制品500吨", [joined(BEAN, 34, 35, 36)], column="▲链接"),
    ]
    page(
        "r09_wuhan_continued",
        arts,
        "indent",
        header=["武汉晚报　2012年9月3日　星期一　A06　法治"],
        top=top,
        top_lines=["（上接A1版）"],
        footer=["责任编辑：江　城　　校对：汉　阳"],
        note="武汉晚报 法治, a continued story first, indent",
    )


def r10() -> None:
    """青岛早报 page (e-paper copy, trailing spaces): a three-line block (kicker, title, —— subtitle)
    over an ``早报记者 … 实习生 …`` byline with a caption cutting a sentence (photographer); a 【…】
    短评 signed after the body."""
    arts = [
        A(
            "前海公厕免费手纸半小时少一半",
            [
                P1(TOILET, 9),
                joined(TOILET, 10, 11),
                joined(TOILET, 12, 13),
                P1(TOILET, 14),
                joined(TOILET, 15, 16),
                P1(TOILET, 17),
                joined(TOILET, 18, 19, 20),
            ],
            kicker="岛城前海一线24座公厕试点免费供纸",
            subtitle="——管理员：有人走时扯上一大截带走",
            byline="早报记者　林　岚　实习生　田　甜",
            reporters=("林岚",),
            interns=("田甜",),
            photographers=("林岚",),
            source="青岛早报",
            breaks=((2, "caption", "五四广场东侧公厕里的免费卫生纸。早报记者　林　岚　摄"),),
        ),
        A(
            "“青岛这一点很超前”",
            [P1(TOILET, 1), joined(TOILET, 2, 3, 4), joined(TOILET, 5, 6), joined(TOILET, 7, 8)],
            kicker="游客点赞景区公厕免费供纸",
            byline="早报记者　于　帆",
            reporters=("于帆",),
            source="青岛早报",
        ),
        A(
            "一卷手纸照见文明",
            [joined(TOILET, 21, 22), joined(TOILET, 23, 24, 25), joined(TOILET, 26, 27), P1(TOILET, 28)],
            column="【早报短评】",
            end="（海　风）",
            reporters=("海风",),
        ),
    ]
    page(
        "r10_qingdao_web",
        arts,
        "web",
        header=["青岛早报　2012年6月25日　星期一　第8版　城事"],
        footer=["责任编辑：崂　山　　美术编辑：栈　桥"],
        trailing=True,
        note="青岛早报 城事, web copy, trailing spaces",
    )


def r11() -> None:
    """中国银行保险报 page, pdftotext -layout: a title ending with ？ + —— subtitle over a ``本报记者 …
    实习生 …`` byline with a subhead and a shifted next column; a 【…】 tip with a short title signed
    after the body."""
    arts = [
        A(
            "“退保理财”陷阱为何屡屡得手？",
            [
                P1(SURRENDER, 0),
                joined(SURRENDER, 2, 3),
                P1(SURRENDER, 4),
                P1(SURRENDER, 12),
                joined(SURRENDER, 13, 14),
                P1(SURRENDER, 16),
                joined(SURRENDER, 17, 18),
            ],
            subtitle="——业内人士：“保本高收益”只是骗人的话术",
            byline="本报记者　钱　程　实习生　包　蓉",
            reporters=("钱程",),
            interns=("包蓉",),
            source="本报",
            subheads=((5, "一公司冒充客服吸金3亿余元"),),
            breaks=((4, "shift", ""),),
        ),
        A(
            "退保前先算清这笔账",
            [joined(SURRENDER, 5, 8), joined(SURRENDER, 20, 21)],
            column="【消费提示】",
            end="（保　文）",
            reporters=("保文",),
        ),
    ]
    page(
        "r11_yinbao_layout",
        arts,
        "layout",
        width=23,
        header=["              中国银行保险报　2018年5月24日　星期四　第6版　保险·消保"],
        footer=["                       责任编辑：安　然　　校对：胡　保"],
        note="中国银行保险报 保险·消保, pdftotext -layout",
    )


def r12() -> None:
    """中国国门时报 page, pdftotext default (20), CRLF: a place kicker + title ``本报泰州讯（记者 … 通讯员
    …）`` story; a title + —— subtitle over ``本报记者 …　通讯员 …`` with a subhead and a caption cutting a
    sentence."""
    arts = [
        A(
            "走私“洋垃圾”案一审宣判",
            [P1(WASTE, 5), joined(WASTE, 6, 7), P1(WASTE, 1)],
            kicker="泰州史上最大走私废物案",
            lead="本报泰州讯（记者　周　关　通讯员　吴　晓）",
            dateline="本报泰州讯",
            reporters=("周关",),
            correspondents=("吴晓",),
            source="本报",
        ),
        A(
            "假“三单”藏身跨境电商",
            [
                P1(MILK, 7),
                P1(MILK, 8),
                P1(MILK, 14),
                P1(MILK, 15),
                joined(MILK, 16, 17),
                P1(MILK, 19),
                P1(MILK, 20),
            ],
            subtitle="——广州海关破获两起走私案　涉案案值1.68亿元",
            byline="本报记者　穗　海　通讯员　粤　关",
            reporters=("穗海",),
            correspondents=("粤关",),
            source="本报",
            subheads=((2, "“林老板”的海鲜生意"),),
            breaks=((3, "caption", "海关缉私人员清点查获的进口奶粉。（广州海关供图）"),),
        ),
    ]
    page(
        "r12_guomen_crlf",
        arts,
        "wrap",
        width=20,
        header=["中国国门时报　2018年12月17日　星期一　第3版　缉私"],
        footer=["责任编辑：卫　国　　美术编辑：关　山"],
        eol="\r\n",
        note="中国国门时报 缉私, wrapped at 20, CRLF",
    )


def r13() -> None:
    """中国人口报 访谈 page (e-paper copy): a kicker + title + ——访 subtitle over a ``本报记者 …`` byline;
    the interview set as ``记者：…`` / ``陈兴栋：…`` paragraphs."""
    q = "记者："
    a = "陈兴栋："
    arts = [
        A(
            "一孩生育不必再办证了",
            [
                q + "这次改革，育龄夫妻最关心的变化是什么？",
                a + joined(BIRTH, 6, 7),
                q + "在外地务工经商的夫妻怎么办？",
                a + P1(BIRTH, 8),
                q + "婚育证明难开，这次有没有变化？",
                a + joined(BIRTH, 10, 11),
                q + "如果一时核实不了婚育情况呢？",
                a + joined(BIRTH, 12, 13),
                q + "申请再生育，手续会不会简单一些？",
                a + joined(BIRTH, 15, 16),
                q + "群众不方便到场的，能否代办？",
                a + joined(BIRTH, 18, 19),
            ],
            kicker="生育服务证制度改革落地",
            subtitle="——访泰州市卫生计生委政策法规处处长陈兴栋",
            byline="本报记者　孔　育",
            reporters=("孔育",),
            source="本报",
        ),
    ]
    page(
        "r13_renkou_web",
        arts,
        "web",
        header=["中国人口报　2016年7月18日　星期一　第3版　访谈"],
        footer=["责任编辑：任　和　　美术编辑：童　安"],
        note="中国人口报 访谈, an interview page, web copy",
    )


def r14() -> None:
    """宁波日报 page, pdftotext default (20), trailing spaces: a three-line block (kicker, title,
    subtitle without a dash with an inner space) ``本报讯（记者 … 通讯员 …）`` story whose column is cut by
    a page strip, with a caption after a paragraph."""
    arts = [
        A(
            "55亩葡萄大棚一夜倒塌",
            [
                P1(GRAPE, 6),
                joined(GRAPE, 7, 8),
                joined(GRAPE, 10, 11),
                joined(GRAPE, 12, 13),
                P1(GRAPE, 16),
                joined(GRAPE, 17, 18, 19),
                P1(GRAPE, 20),
                joined(GRAPE, 21, 22),
                P1(GRAPE, 23),
                P1(GRAPE, 26),
                joined(GRAPE, 27, 28),
                P1(GRAPE, 30),
            ],
            kicker="慈城一种植户损失至少两三百万元",
            subtitle="钢筋切口整齐　警方已立案侦查",
            lead="本报讯（记者　张　甬　通讯员　江　北）",
            dateline="本报讯",
            reporters=("张甬",),
            correspondents=("江北",),
            source="本报",
            breaks=((5, "lines", ["", "宁波日报　2018年12月13日　第6版", ""]),),
            caps=((2, "倒塌的葡萄大棚。记者　张　甬　摄"),),
            photographers=("张甬",),
        ),
    ]
    page(
        "r14_ningbo_wrapped",
        arts,
        "wrap",
        width=20,
        header=["宁波日报　2018年12月13日　星期四　第6版　区县新闻"],
        footer=["责任编辑：甬　江　　美术编辑：月　湖"],
        trailing=True,
        note="宁波日报 区县新闻, wrapped at 20, trailing spaces",
    )


def r15() -> None:
    """张家口日报 page (　　 indent): a kicker of two parallel phrases + title ending with ！ over a ``本报讯
    （通讯员 … 记者 …）`` story with a subhead and a caption cutting a sentence."""
    arts = [
        A(
            "一辆车累计记分240多分！",
            [
                after(P1(PLATE, 9), "12900元"),
                P1(PLATE, 10),
                joined(PLATE, 11, 12),
                joined(PLATE, 13, 14),
                after(P1(PLATE, 15), "刑事案件"),
                joined(PLATE, 16, 17),
                joined(PLATE, 18, 19),
            ],
            kicker="车主知情不处理　反倒套牌上路",
            lead="本报讯（通讯员　宣　交　记者　常　山）",
            dateline="本报讯",
            reporters=("常山",),
            correspondents=("宣交",),
            source="本报",
            subheads=((4, "牵出一桩刑事案件"),),
            breaks=((2, "caption", "民警检查涉案车辆。（高速交警供图）"),),
        ),
    ]
    page(
        "r15_zhangjiakou_indent",
        arts,
        "indent",
        header=["张家口日报　2019年1月15日　星期二　第5版　社会"],
        footer=["责任编辑：宣　化　　校对：桥　东"],
        note="张家口日报 社会, indent",
    )


def r16() -> None:
    """鲁中晨报 page, flat wrap: a title printed on two lines over a ``本报…讯（记者 … 通讯员 …）`` story;
    a 【…】 label over an untitled brief with no dateline."""
    arts = [
        A(
            "淄博将建成覆盖全市的中小学地震互动体验基地",
            [
                # the corpus's first sentence carries a web header: the lead sentence is written here
                "今天上午，市人大城建环保委员会对全市防震减灾工作进行专项视察。",
                P1(QUAKEBASE, 1),
                P1(QUAKEBASE, 2),
                P1(QUAKEBASE, 3),
                P1(QUAKEBASE, 4),
            ],
            title_lines=("淄博将建成覆盖全市的", "中小学地震互动体验基地"),
            lead="本报3月14日讯（记者　鲁　星　通讯员　马　静）",
            dateline="本报3月14日讯",
            reporters=("鲁星",),
            correspondents=("马静",),
            source="本报",
        ),
        A("", [joined(UKR, 5, 6)], column="【天气简讯】"),
    ]
    page(
        "r16_luzhong_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["鲁中晨报　2018年3月15日　星期四　A05　淄博新闻"],
        footer=["责任编辑：淄　川　　校对：博　山"],
        note="鲁中晨报 淄博新闻, flat wrap",
    )


def r17() -> None:
    """江门日报 page (e-paper copy): a three-line block (kicker, title, —— subtitle) over a ``本报记者 …
    通讯员 …`` byline with two subheads and a caption cutting a sentence."""
    arts = [
        A(
            "新“江门号”高速客船下水",
            [
                P1(FERRY, 2),
                joined(FERRY, 3, 4),
                P1(FERRY, 5),
                joined(FERRY, 6, 7),
                joined(FERRY, 11, 12),
                P1(FERRY, 14),
                P1(FERRY, 15),
            ],
            kicker="8月起江门人又可坐船直通香港",
            subtitle="——耗资约4000万元　最多可载客199人",
            byline="本报记者　江　航　通讯员　港　客",
            reporters=("江航",),
            correspondents=("港客",),
            source="本报",
            subheads=((3, "船型：铝合金双体喷水高速客船"), (4, "航班：暑期每天两班往返")),
            breaks=((2, "caption", "新建的“江门号”在船厂下水。（资料图片）"),),
        ),
    ]
    page(
        "r17_jiangmen_web",
        arts,
        "web",
        header=["江门日报　2018年6月12日　星期二　A03　民生"],
        footer=["责任编辑：五　邑　　美术编辑：蓬　江"],
        note="江门日报 民生, web copy",
    )


def r18() -> None:
    """团结报 两岸 page (　　 indent): a kicker + title story and a 【…】-labelled commentary, neither with a
    byline nor a dateline."""
    arts = [
        A(
            "元旦升旗现场再现抗议",
            [
                after(P1(TAIWAN, 0), "报道，"),
                P1(TAIWAN, 1),
                P1(TAIWAN, 2),
                P1(TAIWAN, 4),
                P1(TAIWAN, 7),
                P1(TAIWAN, 8),
            ],
            kicker="岛内民众不满情绪持续升温",
        ),
        A(
            "“翻”字背后的民意",
            [P1(TAIWAN, 9), P1(TAIWAN, 10), P1(TAIWAN, 11)],
            column="【两岸观察】",
        ),
        A("前年元旦也曾有民众抗议", [P1(TAIWAN, 6)]),
    ]
    page(
        "r18_tuanjie_indent",
        arts,
        "indent",
        header=["团结报　2019年1月3日　星期四　第2版　两岸"],
        footer=["责任编辑：同　心　　校对：和　平"],
        note="团结报 两岸, no bylines and no datelines, indent",
    )


def r19() -> None:
    """中国经济时报 区域 page, pdftotext default (22): a series kicker + title over a ``□本报记者 …``
    byline with a caption after a paragraph; a title + subtitle (no dash) ``本报福州讯（记者 …）`` story
    with a blank-line column break."""
    arts = [
        A(
            "“福码”让城市生活更便利",
            [
                P1(FUZHOU, 2),
                joined(FUZHOU, 6, 7),
                P1(FUZHOU, 9),
                joined(FUZHOU, 11, 13),
                P1(FUZHOU, 16),
            ],
            kicker="数字中国建设峰会观察",
            byline="□本报记者　闽　智",
            reporters=("闽智",),
            source="本报",
            caps=((1, "市民在公交车上扫码乘车。（资料图片）"),),
        ),
        A(
            "福建“一码办电”减少客户往返159万趟",
            [P1(FUZHOU, 17), P1(FUZHOU, 21), joined(FUZHOU, 23, 24), joined(FUZHOU, 26, 27)],
            subtitle="九成以上客户选择线上办理用电业务",
            lead="本报福州讯（记者　林　电）",
            dateline="本报福州讯",
            reporters=("林电",),
            source="本报",
            breaks=((2, "blank", ""),),
        ),
        A(
            "福州惠民资金网实现全覆盖",
            [P1(FUZHOU, 30), P1(FUZHOU, 31)],
            column="【简讯】",
            lead="本报讯（记者　闽　智）",
            dateline="本报讯",
            reporters=("闽智",),
            source="本报",
        ),
    ]
    page(
        "r19_jingji_wrapped",
        arts,
        "wrap",
        width=22,
        header=["中国经济时报　2018年4月24日　星期二　第5版　区域"],
        footer=["责任编辑：郑　经　　校对：时　平"],
        note="中国经济时报 区域, wrapped at 22",
    )


def r20() -> None:
    """新昌报 (a county paper) page, flat wrap: a title with an inner space ``本报讯（记者 …）`` story; a
    【…】 label over an untitled brief opening ``据浙江在线报道``."""
    arts = [
        A(
            "后岸村一村民持刀　村书记身中五刀",
            [
                P1(KNIFE, 3),
                joined(KNIFE, 5, 6),
                P1(KNIFE, 8),
                P1(KNIFE, 9),
                P1(KNIFE, 18),
            ],
            lead="本报讯（记者　羽　林）",
            dateline="本报讯",
            reporters=("羽林",),
            source="本报",
        ),
        A(
            "",
            [P1(UKR, 8)],
            column="【浙江快讯】",
            lead="据浙江在线报道　",
            dateline="据浙江在线报道",
            source="浙江在线",
        ),
    ]
    page(
        "r20_xinchang_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["新昌报　2018年7月20日　星期五　第2版　综合"],
        footer=["责任编辑：沃　洲　　校对：天　姥"],
        note="新昌报 (a county paper) 综合, flat wrap",
    )


PAGES = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
