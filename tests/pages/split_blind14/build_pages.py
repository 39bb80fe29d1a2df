"""Build the fourteenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too (mostly sentences no other set prints), but never one
of their pages or headline blocks: each page mixes its own pieces (other cut points, paragraph lengths
and combinations), and no sentence is taken twice inside this set (the builder refuses it).
Headlines, bylines, captions, subheads, interview questions and page furniture are written afresh.
The pages aim at papers and page types no other set has:

* papers and page types: 法制晚报 法治, 中国证券报 公司 (-layout), 证券日报 titled 简讯, 三湘都市报 (BOM),
  第一财经日报 (CRLF), 南方农村报, an 经济观察报 interview (``记者：…`` / ``李克强：…``), 长沙晚报 opening with a
  story continued from an earlier page, 辽沈晚报 图片新闻, a 中国商报 评论 page of short signed pieces, 东南快报
  untitled 快讯 (trailing spaces), 中国医药报 (-layout), a 区报 (新洲报), a county paper (大荔报, CRLF),
  中国水运报 and 重庆晨报 消费 (trailing spaces);
* headline blocks of every kind (引题 + 主题, 主题 + 副题 with and without ——, three-line blocks, a 主题
  printed on two lines), 栏目 labels (【…】, 「…」, ▲…, 聚焦…);
* bylines and datelines of forms the other sets have little or not at all: ``记者 … 摄影报道``,
  ``本报特约记者 …``, ``本报评论员`` (no name), ``通讯员 …`` alone, ``特约撰稿人 …``, ``文·图/…``,
  ``【本报讯】`` (gold dateline ``本报讯``: the brackets are type, not words), ``本报综合消息``,
  ``据《XX报》报道`` (gold source ``XX报``), ``…记者 … 上海报道``, a credit after the body;
* captions (``图为…``, ``（… 摄）``, ``资料图片``, ``▲…``), subheads, sentences cut by a column (across a
  caption, a blank line, a page strip, a narrower or a shifted next column), jump lines, CRLF, a BOM
  and trailing spaces.

pagekit has no two-columns-side-by-side rendering, so this set has none.  The gold records what a
careful reader finds, written from the arrangement itself (``furniture`` lists page headers, footers,
strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind14/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A14  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence_codes)
P = SOURCE.paragraphs
P1 = SOURCE.sentence
flat_width = layoutkit.flat_width


# -layout headlines indented 12 spaces, a narrower next column 4 characters narrower, a shifted one
# 10 spaces further right (layoutkit.page)
page = layoutkit.page_writer(HERE, "s")


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
XI = "inews-test-00349"  # 奚晓明 bribery case
MAJOR = "inews-train-04486"  # a fake army officer swindles his girlfriend
BLAST = "inews-train-00528"  # 海南 home-made explosives case
PLEDGE = "inews-train-01736"  # 邦讯技术 pledged shares sold
BILI = "inews-train-01919"  # B站 shares withheld from a former owner
COAL = "inews-train-04427"  # a market day: thermal coal limit-down
WEEK = "inews-test-00915"  # a week of tech and finance items
DEBT = "inews-train-00175"  # 郴州 illegal debt collectors
BATTERY = "inews-test-00645"  # the fake story of a thief killed by a battery
FIGHT = "inews-test-00796"  # a schoolboy dies after a classroom fight
PREMIER = "inews-train-03418"  # the premier's press conference
LOAN = "inews-train-00588"  # 吉林 finance for the real economy
DANZHAI = "inews-train-02131"  # 丹寨 tea garden, poverty relief
GRAPE = "inews-test-00382"  # 慈城 vineyard greenhouses collapse
SCAM = "inews-test-00543"  # scam text messages
LEAD = "inews-test-00115"  # waste lead batteries
SEAL = "inews-train-01426"  # 大连 seal pups poached
PLUMBER = "inews-train-01440"  # 郑州 plumber in icy water
STOOL = "inews-train-00785"  # shared folding stools in 西安
GAME = "inews-train-02542"  # game copyright
DEPUTY = "inews-train-04316"  # 司小国, the deputy town head
PHARMA = "inews-train-03110"  # 山东仁和制药 sales scheme
ANKANG = "inews-train-01503"  # 安康 food and drug cases
DRIVE = "inews-train-03724"  # 福建 driving cases
PORT = "inews-train-03243"  # 阳逻 port
JIANGMEN = "inews-train-00161"  # the new 江门号 ferry
DALI = "inews-train-03214"  # 大荔 county to become a city
ASK = "inews-train-01328"  # 西部网 问政 report
ROAM = "inews-train-00686"  # 海南移动 roaming calls split
RENT = "inews-train-00707"  # car rental disputes in 柳州
PLATE = "inews-train-02969"  # a robber caught with fake plates
BLASTZ = "inews-train-02310"  # 张家口 blast, the lorry drivers


# --- the pages ----------------------------------------------------------------------------------


def s01() -> None:
    """法制晚报 法治 page, pdftotext default (22): a three-line block (kicker, title, —— subtitle) over
    ``本报记者 … 实习生 …``, ``一、…`` subheads and a caption cutting a sentence; a ``本报讯（记者 …）``
    story with a column cut by a blank line; a ``据《法制日报》报道`` story under a two-line title."""
    arts = [
        A14(
            "超1亿元贿款多经其子之手",
            P(XI, (1,), (3,), (6, 7), (9, 10), (14, 15), (16, 17), (20,), (38, 39), (40, 41), (107, 108)),
            kicker="最高法原副院长奚晓明受贿案开庭",
            subtitle="——方正集团原CEO李友、山西首富张新明等涉案",
            byline="本报记者　章　程　实习生　吴　芮",
            reporters=("章程",),
            interns=("吴芮",),
            source="本报",
            subheads=((4, "一、从警察到最高法副院长"), (7, "二、贿款大多经儿子之手")),
            breaks=((2, "caption", "奚晓明受审现场。（资料图片）"),),
        ),
        A14(
            "冒充少校参谋　一年骗走女友50万元",
            P(MAJOR, (0, 1), (5, 6), (9,), (16,), (36,), (39, 40), (47,)),
            lead="本报讯（记者　孙　雷）",
            dateline="本报讯",
            reporters=("孙雷",),
            source="本报",
            breaks=((4, "blank", ""),),
        ),
        A14(
            "海南破获特大非法制贩爆炸物品案",
            P(BLAST, (1,), (9,), (10,), (13,), (26,)),
            title_lines=("海南破获特大非法", "制贩爆炸物品案"),
            lead="据《法制日报》报道　",
            dateline="据《法制日报》报道",
            source="法制日报",
        ),
    ]
    page(
        "s01_fawan_wrapped",
        arts,
        "wrap",
        width=22,
        header=["法制晚报　2017年11月8日　星期三　A12　法治"],
        footer=["责任编辑：高　远　　美术编辑：沈　洁　　校对：丁　宁"],
        note="法制晚报 法治, wrapped at 22",
    )


def s02() -> None:
    """中国证券报 公司 page, pdftotext -layout: a kicker + title story under a ``■中国证券报记者 …　…``
    byline (two names split by a full-width space), short subheads and a shifted next column; a
    ``本报综合消息`` market report; a ``据《吉林日报》报道`` story with a caption after a paragraph."""
    arts = [
        A14(
            "邦讯技术实控人违约遭被动减持",
            P(PLEDGE, (0,), (5,), (6, 7), (10,), (15, 16), (18,), (26, 27), (32,)),
            kicker="高比例股权质押“爆雷”",
            byline="■中国证券报记者　周文　方芳",
            reporters=("周文", "方芳"),
            source="中国证券报",
            subheads=((1, "质押延期未成触发违约"), (5, "夫妇二人持股接近“顶格质押”")),
            breaks=((3, "shift", ""),),
        ),
        A14(
            "两市单边下行　动力煤封跌停",
            P(COAL, (2,), (8, 9), (12,)),
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
        ),
        A14(
            "吉林上半年融资总量2214亿元",
            [after(P1(LOAN, 0), "）"), *P(LOAN, (3,), (4,), (6,), (15,), (17,))],
            lead="据《吉林日报》报道　",
            dateline="据《吉林日报》报道",
            source="吉林日报",
            caps=((2, "吉林银行小企业金融服务中心的客户经理走访企业。（资料图片）"),),
        ),
    ]
    page(
        "s02_zhongzheng_layout",
        arts,
        "layout",
        width=24,
        header=["            中国证券报　2018年5月24日　星期四　A07　公司新闻"],
        footer=["                     责任编辑：石　磊　　版式总监：毕　莉"],
        note="中国证券报 公司新闻, pdftotext -layout",
    )


def s03() -> None:
    """证券日报 titled 简讯 (　　 indent): a 【财经简讯】 label over titled items opening with ``【本报讯】``,
    ``本报综合消息``, ``据《每日经济新闻》报道``, ``本报讯（记者 …）`` and no credit at all."""
    arts = [
        A14(
            "阿里巴巴等130亿元入股居然之家",
            P(WEEK, (10, 11), (12,)),
            column="【财经简讯】",
            lead="【本报讯】",
            dateline="本报讯",
            source="本报",
        ),
        A14(
            "优步与Waymo庭外和解",
            P(WEEK, (17,), (18, 19)),
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
        ),
        A14(
            "网易上线区块链应用“星球”",
            P(WEEK, (20,), (21,), (24,)),
            lead="据《每日经济新闻》报道　",
            dateline="据《每日经济新闻》报道",
            source="每日经济新闻",
        ),
        A14(
            "微信小程序“回赏”上线一天用户破45万",
            P(WEEK, (30,), (31, 32), (33,)),
            lead="本报讯（记者　冯　雪）",
            dateline="本报讯",
            reporters=("冯雪",),
            source="本报",
        ),
        A14(
            "比特币中国股权全部转让",
            P(WEEK, (6, 7)),
        ),
    ]
    page(
        "s03_zhengquan_briefs",
        arts,
        "indent",
        header=["证券日报　2018年2月12日　星期一　C2　财经简讯"],
        footer=["本版主编：于　南　　责编：汪　洋　　制作：王　敬"],
        note="证券日报 titled briefs, indent",
    )


def s04() -> None:
    """三湘都市报 page, pdftotext default (20), BOM: a kicker + title story signed ``本报特约记者 … 通讯员
    …`` with a caption cutting a sentence and a 【…】 subhead; a title + —— subtitle story under a
    ``□本报记者 …`` byline; a story with the credit (reporter and correspondent) after the body."""
    arts = [
        A14(
            "讨债团伙逼得债务人妻子患上抑郁症",
            P(DEBT, (0,), (2, 3), (10, 11), (12,), (14, 15, 16), (20, 21), (28,), (30,)),
            kicker="郴州苏仙区一非法讨债涉恶团伙获刑",
            byline="本报特约记者　邓　颖　通讯员　苏　检",
            reporters=("邓颖",),
            correspondents=("苏检",),
            source="本报",
            subheads=((6, "【检察官说法】"),),
            breaks=((3, "caption", "苏仙区人民法院公开审理此案。（资料图片）"),),
        ),
        A14(
            "小偷偷电瓶被电死车主反被判赔？",
            P(BATTERY, (1,), (3,), (22,), (23, 24), (31, 32)),
            subtitle="——武汉中院通报：两级法院查无此案",
            byline="□本报记者　石　磊",
            reporters=("石磊",),
            source="本报",
        ),
        A14(
            "初中生教室围殴同学　先动手者倒地猝死",
            P(FIGHT, (5,), (6, 7), (18,), (28, 29), (30,), (34,)),
            end="（记者　宋　亮　通讯员　王　鹏）",
            reporters=("宋亮",),
            correspondents=("王鹏",),
        ),
    ]
    page(
        "s04_sanxiang_bom",
        arts,
        "wrap",
        width=20,
        header=["三湘都市报　2018年12月14日　星期五　A08　法治"],
        footer=["责编：罗　湘　　美编：周　颖　　校对：谭　敏"],
        bom=True,
        note="三湘都市报 法治, wrapped at 20, BOM",
    )


def s05() -> None:
    """第一财经日报 公司 page (e-paper copy, CRLF): a three-line block (kicker, title, —— subtitle) over a
    ``第一财经记者 … 上海报道`` byline, ■ subheads and a caption cutting a sentence; a 「相关」 story under a
    title + subtitle without a dash, signed after the body."""
    arts = [
        A14(
            "B站150万股股权至今未兑现",
            P(BILI, (0,), (2,), (4,), (10,), (12,), (23,), (24, 25), (30,), (33,)),
            kicker="并购标的原实控人被指违反“犯罪”条款",
            subtitle="——上市前一笔收购留下的对赌纠纷",
            byline="第一财经记者　揭　晓　上海报道",
            reporters=("揭晓",),
            source="第一财经",
            subheads=((3, "■对赌协议约定追加股份"), (7, "■“犯罪”案件另有隐情？")),
            breaks=((5, "caption", "B站今年3月在美国纳斯达克上市。第一财经记者　揭　晓　摄"),),
            photographers=("揭晓",),
        ),
        A14(
            "废旧铅蓄电池超六成流入非正规渠道",
            P(LEAD, (2,), (8,), (10, 11), (13,)),
            column="「相关」",
            subtitle="淮安一非法拆解案获利千余万元",
            end="（记者　曹　颖）",
            reporters=("曹颖",),
        ),
    ]
    page(
        "s05_yicai_crlf",
        arts,
        "web",
        header=["第一财经日报　2018年5月23日　星期三　A6　公司"],
        footer=["编辑：钱　晨　　校对：韩　丽"],
        eol="\r\n",
        note="第一财经日报 公司, web copy, CRLF",
    )


def s06() -> None:
    """南方农村报 乡村 page, flat wrap (a paragraph ends with a short line): a title + —— subtitle story
    signed by two correspondents only (``通讯员　…　…``) with a ``图为…`` caption after a paragraph; a
    kicker + title ``据《现代金报》报道`` story with a ▲ caption cutting a sentence."""
    arts = [
        A14(
            "荒坡种出白茶　贫困户家门口务工",
            P(DANZHAI, (0,), (2,), (3,), (4, 5), (11, 12), (13,), (14, 15)),
            subtitle="——审计署帮扶丹寨县甲石村发展茶产业",
            byline="通讯员　潘　丹　杨　茶",
            correspondents=("潘丹", "杨茶"),
            caps=((2, "图为甲石村茅草坡茶叶基地，村民正在茶园除草。（潘　丹　摄）"),),
            photographers=("潘丹",),
        ),
        A14(
            "55亩葡萄大棚一夜倒塌",
            P(GRAPE, (0,), (2,), (3,), (6,), (8,), (9,), (16,)),
            kicker="宁波慈城种植户损失至少两三百万元",
            lead="据《现代金报》报道　",
            dateline="据《现代金报》报道",
            source="现代金报",
            breaks=((4, "caption", "▲倒塌的葡萄大棚压在葡萄藤上。"),),
        ),
    ]
    page(
        "s06_nongcun_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["南方农村报　2018年12月13日　第5版　乡村振兴"],
        footer=["责任编辑：梁　田　　美编：何　苗"],
        note="南方农村报 乡村振兴, flat wrap",
    )


def s07() -> None:
    """经济观察报 访谈 page (e-paper copy, blank lines): an 「实录」-labelled Q&A (``记者：…`` questions
    written for the page, ``李克强：…`` answers) under a title + —— subtitle and an opening paragraph,
    credited after the body; a short 据…报道 note on the same topic."""
    arts = [
        A14(
            "开放的大门会越开越大",
            [
                *P(PREMIER, (1,), (2,)),
                "记者：进入新时代，中国对外开放会有哪些新变化？",
                "李克强：" + after(P1(PREMIER, 8), "李克强：") + P1(PREMIER, 9),
                *P(PREMIER, (12,), (18, 19)),
                "记者：“放管服”改革要放多少？放了以后又该怎么管？",
                "李克强：" + after(P1(PREMIER, 34), "李克强：") + P1(PREMIER, 35),
                *P(PREMIER, (38, 39)),
            ],
            column="「实录」",
            subtitle="——李克强总理答中外记者问（摘要）",
            end="（本报记者　钱　伟　整理）",
            reporters=("钱伟",),
            source="本报",
        ),
        A14(
            "扩大开放重在放宽服务业准入",
            P(PREMIER, (14,), (17,), (20,)),
            lead="据《中国日报》报道　",
            dateline="据《中国日报》报道",
            source="中国日报",
        ),
    ]
    page(
        "s07_jingguan_interview",
        arts,
        "web",
        header=["经济观察报　2018年3月26日　第3版　访谈"],
        footer=["本版编辑：陈　白　　美编：苏　青"],
        note="经济观察报 访谈, Q&A paragraphs, web copy",
    )


def s08() -> None:
    """长沙晚报 page (　　 indent) opening with a story continued from an earlier page (``（上接A3版）``, no
    headline) and ending with a jump line; a title + subtitle (no dash) story signed ``文·图/…`` with a
    caption after a paragraph and a column cut by a page strip; a ``聚焦…`` label over a short story."""
    top = A14(
        "",
        P(BLASTZ, (15,), (16, 17), (20, 21, 22), (25, 26), (27, 28), (34, 35)),
    )
    arts = [
        A14(
            "诈骗短信能叫出你的名字",
            P(SCAM, (0,), (3, 4), (6,), (7,), (12, 13), (16, 17), (23,), (28, 29)),
            subtitle="伪基站可伪装任意号码　市民收到短信先核实",
            byline="文·图/长沙晚报记者　曾　力",
            reporters=("曾力",),
            photographers=("曾力",),
            source="长沙晚报",
            caps=((2, "市民展示收到的冒充运营商的短信。"),),
            breaks=((5, "lines", ["", "长沙晚报　2018年1月3日　A4　综合新闻", ""]),),
        ),
        A14(
            "新安县副镇长撕记者证件后认错",
            [after(P1(DEPUTY, 2), "昨日，"), *P(DEPUTY, (3,), (13,))],
            column="聚焦基层作风",
            lead="据《大河报》报道　",
            dateline="据《大河报》报道",
            source="大河报",
        ),
    ]
    page(
        "s08_changsha_continued",
        arts,
        "indent",
        header=["长沙晚报　2018年1月3日　星期三　A4　综合新闻"],
        top=top,
        top_lines=["（上接A3版）"],
        after_art={0: ["（下转A6版）"]},
        footer=["责任编辑：易　湘　　美术编辑：刘　畅　　校对：陈　芳"],
        note="长沙晚报 综合新闻, a continued story first, indent",
    )


def s09() -> None:
    """辽沈晚报 图片新闻 page (e-paper copy): a story signed ``记者　…　摄影报道`` with two captions; a
    ▲ caption cutting a sentence of a ``本报讯（记者 …）`` story; a story with a ``新华社发`` caption."""
    arts = [
        A14(
            "29只斑海豹幼崽被放归大海",
            P(SEAL, (1,), (2,), (3, 4), (8,), (13,), (17,)),
            kicker="大连百只斑海豹被盗猎案续",
            byline="记者　于　滨　摄影报道",
            reporters=("于滨",),
            photographers=("于滨",),
            caps=(
                (1, "获救的斑海豹幼崽在救助池中休养。"),
                (4, "民警清点被盗猎的斑海豹幼崽。"),
            ),
        ),
        A14(
            "寒冬跳入冰水井抢修水管",
            P(PLUMBER, (4,), (5,), (6, 7), (11, 12), (13,), (15,)),
            lead="本报讯（记者　燕　南）",
            dateline="本报讯",
            reporters=("燕南",),
            source="本报",
            breaks=((3, "caption", "▲维修工李尧站在齐腰深的冰水里更换水表阀门。本报记者　燕　南　摄"),),
            photographers=("燕南",),
        ),
        A14(
            "街头现“共享马扎”",
            P(STOOL, (3,), (5,), (14, 15)),
            caps=((0, "市民在北大街坐上共享折叠凳歇脚。新华社发"),),
        ),
    ]
    page(
        "s09_liaoshen_photo",
        arts,
        "web",
        header=["辽沈晚报　2019年2月22日　星期五　A10　图片新闻"],
        footer=["图片编辑：郑　冬　　责任编辑：关　越"],
        note="辽沈晚报 图片新闻, many captions, web copy",
    )


def s10() -> None:
    """中国商报 评论 page (　　 indent): a 【本报评论员文章】 label over a piece signed ``本报评论员``
    (no name); a ``特约撰稿人 …`` piece under a two-line title; a ``□ …`` piece; a piece signed at the end."""
    arts = [
        A14(
            "共享经济不能“圈地”占道",
            P(STOOL, (8,), (9,), (10,)),
            column="【本报评论员文章】",
            byline="本报评论员",
            source="本报",
        ),
        A14(
            "游戏玩法侵权边界亟待厘清",
            P(GAME, (1,), (4,), (5,), (12,)),
            title_lines=("游戏玩法侵权边界", "亟待厘清"),
            byline="特约撰稿人　何　方",
            reporters=("何方",),
        ),
        A14(
            "撕记者证件的副镇长该补哪一课",
            P(DEPUTY, (6,), (7, 8), (9,)),
            byline="□ 周　正",
            reporters=("周正",),
        ),
        A14(
            "网传“奇案”需多一分求证",
            P(BATTERY, (12,), (16, 17), (27,)),
            end="（石　言）",
            reporters=("石言",),
        ),
    ]
    page(
        "s10_shangbao_comment",
        arts,
        "indent",
        header=["中国商报　2018年12月25日　星期二　第2版　评论"],
        footer=["本版责编：唐　宁　　电子邮箱：plb@zgsb.cn"],
        note="中国商报 评论, short signed pieces, indent",
    )


def s11() -> None:
    """东南快报 快讯 column, flat wrap, trailing spaces: a ▲快讯 label over untitled items opening with
    ``东南网…讯（本网记者 … 通讯员 …）``, ``本报讯``, ``本报讯（通讯员 …）`` and ``本报综合消息``."""
    arts = [
        A14(
            "",
            [after(P1(DRIVE, 0), "）"), *P(DRIVE, (3,), (4, 5))],
            column="▲快讯",
            lead="东南网3月27日讯（本网记者　陈　楠　通讯员　刘君华）",
            dateline="东南网3月27日讯",
            reporters=("陈楠",),
            correspondents=("刘君华",),
            source="东南网",
        ),
        A14(
            "",
            P(DRIVE, (7,), (8,), (9,)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A14(
            "",
            P(DRIVE, (11,), (12, 13)),
            lead="本报讯（通讯员　闽　交）",
            dateline="本报讯",
            correspondents=("闽交",),
            source="本报",
        ),
        A14(
            "",
            P(SCAM, (19,), (24, 25), (26,)),
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
        ),
    ]
    page(
        "s11_dongnan_briefs",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["东南快报　2018年3月28日　星期三　A05　福建新闻"],
        footer=["编辑　林　海　　美编　黄　晴"],
        trailing=True,
        note="东南快报 untitled 快讯, flat wrap, trailing spaces",
    )


def s12() -> None:
    """中国医药报 page, pdftotext -layout: a three-line block (kicker, title, —— subtitle) under an
    ``本报特约记者 …`` byline with a caption cutting a sentence (shifted next column); a
    ``据《西安晚报》报道`` story of numbered cases."""
    arts = [
        A14(
            "仁和制药子公司被指以传销模式卖保健品",
            P(PHARMA, (2,), (4,), (5,), (7,), (8,), (12,), (13,)),
            kicker="宣称食品能治病　报单消费即可当代理",
            subtitle="——专家：以发展人员数量计酬涉嫌传销",
            byline="本报特约记者　钟　琦",
            reporters=("钟琦",),
            source="本报",
            breaks=((3, "caption", "记者暗访时拿到的奖金制度宣传单。本报特约记者　钟　琦　摄"),),
            photographers=("钟琦",),
        ),
        A14(
            "安康公布食品药品十大典型案件",
            [after(P1(ANKANG, 0), "）"), *P(ANKANG, (2,), (6,), (7, 8), (15, 16))],
            lead="据《西安晚报》报道　",
            dateline="据《西安晚报》报道",
            source="西安晚报",
        ),
    ]
    page(
        "s12_yiyao_layout",
        arts,
        "layout",
        width=25,
        header=["               中国医药报　2018年4月28日　星期六　第3版　监管"],
        footer=["                       责任编辑：任　和　　美术编辑：吴　芳"],
        note="中国医药报 监管, pdftotext -layout",
    )


def s13() -> None:
    """新洲报 (a 区报), pdftotext default (21): a kicker + title story with a ``本报记者 …、… 通讯员 …``
    byline (names split by 、), a ``图为…`` caption cutting a sentence and a narrower next column; a
    short 据…报道 item."""
    arts = [
        A14(
            "阳逻港年吞吐量突破百万标箱",
            P(PORT, (2,), (7,), (8,), (9,), (13, 14), (15, 16), (17,), (19, 20), (24, 25), (26, 27)),
            kicker="因港而兴　重大项目纷纷落户",
            byline="本报记者　吴小港、陈　帆　通讯员　阳　宣",
            reporters=("吴小港", "陈帆"),
            correspondents=("阳宣",),
            source="本报",
            breaks=((4, "caption", "图为阳逻集装箱港区，巨轮在码头装卸集装箱。"), (7, "narrow", "")),
        ),
        A14(
            "京东华中物流园一期投入运行",
            P(PORT, (28,), (29, 30)),
            lead="据《长江日报》报道　",
            dateline="据《长江日报》报道",
            source="长江日报",
        ),
    ]
    page(
        "s13_xinzhou_wrapped",
        arts,
        "wrap",
        width=21,
        header=["新洲报　2017年10月9日　星期一　第1版　要闻"],
        footer=["编辑：胡　江　　校对：黄　晓"],
        note="新洲报 (a 区报) 要闻, wrapped at 21",
    )


def s14() -> None:
    """大荔报 (a county paper), 　　 indent, CRLF: a title + —— subtitle story signed ``本报记者 …，…``
    (names split by ，) with an ``一、…`` subhead and a caption after a paragraph; a title + —— subtitle
    ``西部网讯（记者 …）`` story; a brief without a byline."""
    arts = [
        A14(
            "大荔撤县设市有望迈出新步伐",
            P(DALI, (0,), (4,), (6,), (9,), (11,), (13, 14), (16,), (28,), (29, 30)),
            subtitle="——县民政局组织讨论设市后的命名问题",
            byline="本报记者　同　舟，　荔　文",
            reporters=("同舟", "荔文"),
            source="本报",
            subheads=((7, "一、大荔是否符合设市标准？"),),
            caps=((3, "大荔县城新貌。（资料图片）"),),
        ),
        A14(
            "7月问政　259条留言得到回复",
            [after(P1(ASK, 0), "）"), *P(ASK, (2,), (12,), (13,))],
            subtitle="——小区用电问题投诉集中",
            lead="西部网讯（记者　周　到）",
            dateline="西部网讯",
            reporters=("周到",),
            source="西部网",
        ),
        A14(
            "白水县泉馨苑小区违规收费被查",
            P(ASK, (14,)),
        ),
    ]
    page(
        "s14_dali_crlf",
        arts,
        "indent",
        header=["大荔报　2017年8月11日　星期五　第2版　综合"],
        footer=["责任编辑：王　荔　　校对：张　洁"],
        eol="\r\n",
        note="大荔报 (a county paper) 综合, indent, CRLF",
    )


def s15() -> None:
    """中国水运报 港航 page, pdftotext default (23): a title + subtitle (no dash) story with a ``本报讯
    （通讯员 …）`` dateline and a caption cutting a sentence; a kicker + title story signed ``本报记者 …``
    with a column cut by a blank line; a ``新华社武汉…电`` brief."""
    arts = [
        A14(
            "“江门号”高速客船8月通航香港",
            P(JIANGMEN, (2,), (3, 4), (5,), (6,), (7,), (9,), (11, 12)),
            subtitle="江门港恢复直航　暑期每天两班",
            lead="本报讯（通讯员　江　航）",
            dateline="本报讯",
            correspondents=("江航",),
            source="本报",
            breaks=((1, "caption", "新建的“江门号”高速客船。通讯员　江　航　摄"),),
            photographers=("江航",),
        ),
        A14(
            "阳逻港获批进口肉类指定口岸",
            P(PORT, (18,), (21,), (22,), (23,)),
            kicker="中部唯一",
            byline="本报记者　罗　江",
            reporters=("罗江",),
            source="本报",
            breaks=((0, "blank", ""),),
        ),
        A14(
            "阳逻港开通东盟4国航线",
            P(PORT, (10,), (11,)),
            lead="新华社武汉10月8日电　",
            dateline="新华社武汉10月8日电",
            source="新华社",
        ),
    ]
    page(
        "s15_shuiyun_wrapped",
        arts,
        "wrap",
        width=23,
        header=["中国水运报　2017年10月11日　星期三　第3版　港航"],
        footer=["责任编辑：马　航　　美术编辑：徐　波"],
        note="中国水运报 港航, wrapped at 23",
    )


def s16() -> None:
    """重庆晨报 消费 page, pdftotext default (21), trailing spaces: a 「维权」 label over a kicker + title
    story with a ``■记者 … 实习生 …`` byline and a caption cutting a sentence; a title + —— subtitle
    story opening ``本报讯（记者 … 实习生 …）``; a 据…报道 story signed after the body."""
    arts = [
        A14(
            "违章罚款100元　租车押金被扣千元",
            P(RENT, (4,), (6,), (7, 8), (9,), (10,), (12,), (13, 14)),
            column="「维权」",
            kicker="租车公司私自处理违章",
            byline="■记者　柳　青　实习生　赖　思",
            reporters=("柳青",),
            interns=("赖思",),
            breaks=((3, "caption", "消费者出示的租车合同和退款短信。记者　柳　青　摄"),),
            photographers=("柳青",),
        ),
        A14(
            "7个漫游电话被拆成几段计费",
            P(ROAM, (1,), (3,), (5,), (6, 7), (8,)),
            subtitle="——用户起诉移动公司多收费",
            lead="本报讯（记者　黄　生　实习生　李　琼）",
            dateline="本报讯",
            reporters=("黄生",),
            interns=("李琼",),
            source="本报",
        ),
        A14(
            "男子开套牌车欲抢劫被抓",
            P(PLATE, (3,), (4,), (10, 11), (12,)),
            lead="据《彭城晚报》报道　",
            dateline="据《彭城晚报》报道",
            source="彭城晚报",
            end="（记者　文　新　通讯员　李　魁）",
            reporters=("文新",),
            correspondents=("李魁",),
        ),
    ]
    page(
        "s16_chongqing_trailing",
        arts,
        "wrap",
        width=21,
        header=["重庆晨报　2018年9月26日　星期三　第9版　消费"],
        footer=["编辑　肖　楠　　视觉　周　扬　　校对　唐　菲"],
        trailing=True,
        note="重庆晨报 消费, wrapped at 21, trailing spaces",
    )


PAGES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
