"""Build the eighteenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too (mostly ones at most one other set touches), but never
one of their pages or headline blocks: each page mixes its own pieces (other cut points, paragraph
lengths and combinations), and no sentence is taken twice inside this set (the builder refuses it).
Headlines, bylines, captions, subheads and page furniture are written afresh.  The set weighs toward
headline blocks and aims at papers and page types no other set has:

* papers and page types: 烟台日报 要闻 (pdftotext default), 北京晨报 (e-paper copy, full-width digits),
  新闻晚报 (-layout), 温州都市报 (CRLF), 榆林日报 (flat wrap), 绵阳日报, 唐山劳动日报 (-layout), 姑苏晚报
  (BOM, a page strip cutting a sentence), 法治周末 titled 简报, 晶报 untitled 快讯 (trailing spaces), 宿迁晚报
  (CRLF, an editor's note), a 区报 (今日长乐, flat wrap), 楚天金报 法治, a 南京晨报 page opening
  with a story continued from page 1, 临沂日报 图片新闻 and a 中国艺术报 page (-layout);
* headline blocks in every real combination: 引题 + 主题, 主题 + 副题 with and without ——, 引题 + 主题 +
  副题, a 主题 printed on two lines, a long 引题 that reads like a sentence over a short 主题, a short 主题
  over a long explanatory 副题 without a dash, a place/time 引题 (“在…”, “从…到…”) over a short 主题, a
  quotation as 主题 over a 副题 naming the speaker, 栏目 labels (【…】, 「…」, ▲…, 聚焦…) above the block;
* bylines and datelines of the common forms (□/■/● marks, ``本报记者 … 通讯员 … 实习生 …``, ``文/… 图/…``,
  names split by spaces, full-width spaces and 、, credits after the body, ``本报讯``, ``据新华社电``,
  ``据《…》报道``, ``新华社…电（记者…）``), captions (``图为…``, ``（…摄）``, ``资料图片``, ▲), subheads
  (■…, 一、…), column breaks that cut a sentence (a caption, a blank line, a page strip, a narrower or
  shifted next column between), page furniture and jump lines.

The gold records what a careful reader finds, written from the arrangement itself.  Run from the repo
root: ``python tests/pages/split_blind18/build_pages.py`` (needs ../shared/corpora; the pages are
committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A18  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence_codes)
P = SOURCE.paragraphs
P1 = SOURCE.sentence
flat_width = layoutkit.flat_width

# -layout headlines indented 12 spaces, a narrower next column 4 characters narrower, a shifted one
# 10 spaces further right (layoutkit.page)
page = layoutkit.page_writer(HERE, "w")


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
YTFRAUD = "inews-train-04946"  # 烟台 32 defendants of an overseas phone fraud ring tried together
SHEEP = "inews-test-00861"  # 烟台 driver with a suspended licence teases the traffic police
HKSHOP = "inews-dev-00796"  # Hong Kong police arrest 64 in an online-shopping fraud sweep
DARTS = SG.format("015dfb8dd9d2f0ea")  # 昌平 stray cats shot with darts
BIKES = SG.format("6d1c0548b7d2f0ea")  # Beijing public bicycles on trial
FLOODCAR = SG.format("6a3c4d4f7ed2f0ea")  # how to get out of a car in flood water
DONATE = SG.format("1d544adeb4d2f0ea")  # 上海市募捐条例
BADREVIEW = "inews-train-00255"  # a ride-hailing driver answers on Weibo
CANGNAN = SG.format("380fe3d99dd2f0ea")  # 苍南 orphanage chains a boy
FUEL = SG.format("5104f6caf9d2f0ea")  # taxi fuel surcharges do not follow oil prices down
AIRPORT = "inews-train-04663"  # 榆林榆阳机场 terminal works start
XUNYANG = "inews-train-04163"  # 旬阳 grant-scam call stopped at the bank
BAIYIN = "inews-train-05082"  # 白银 fake licence bought online
MIANYANG = "inews-test-00852"  # 京昆高速 绵阳 three-vehicle crash
CHONGZHOU = "inews-test-00589"  # 崇州 transport-firm boss hides assets
TANGSHAN = "inews-train-03677"  # 唐山 two rear-end crashes on snow
TEA = SG.format("be6bcb252fd2f0ea")  # 康师傅 used tea leaves resold
NANHUAN = "inews-train-00571"  # 苏州 南环大街 kitchen waste on the pavement
SANYA = "inews-train-04742"  # 三亚 tourist police detain two touts
IPHONE = "inews-train-00582"  # 21 iPhones strapped to the body at 福田口岸
DIALECT = "inews-train-00671"  # 临颍 fugitive hides behind a dialect
JURONG = "inews-dev-00941"  # 句容 “春雷行动”
VIETNAM = "inews-train-03932"  # Vietnam rains
DIANJIANG = "inews-dev-00769"  # 垫江 drug lab
XINJIAN = "inews-test-00166"  # 南昌新建区 cadres held to account
SIHONG = "inews-dev-00223"  # 泗洪 war veteran filmed by CCTV
CHANGLE = "inews-train-00775"  # 长乐 文岭 illegal buildings pulled down
LICENCE = "inews-train-03712"  # 武昌 fake promise to restore a licence
SIMCARD = "inews-train-04466"  # 武汉 SIM card reissued to a fraudster
STOCKS = "inews-train-03912"  # a state-firm accountant gambled 2.88 million on shares
DRUNK = "inews-train-03687"  # 顺德 a 10-yuan drink, 250 000 yuan of treatment
TAOLU = "inews-train-00738"  # 花都 “套路贷” gang
HARVEST = "SogouCA-3fca104f49da2142-69713306c0bb3300"  # 郯城 couple harvesters
TACHENG = "inews-train-00062"  # 塔城 party members dig the garden
OPERA = "inews-test-00027"  # 陆丰正字戏《妈祖》 on 湄洲岛
JILINART = "inews-test-00636"  # 吉林 100 artists to the grass roots
WHITEPAPER = "inews-train-03541"  # 南京建邺 procuratorate white paper on financial crime
CAMERA = "SogouCA-08a6e06749da2142-69713306c0bb3300"  # 上海 old-camera museum


# --- the pages ----------------------------------------------------------------------------------


def w01() -> None:
    """烟台日报 要闻, pdftotext default (21): a three-line block over ``本报讯（记者 … 通讯员 …）`` with a
    caption cutting a sentence; a quotation 主题 over a —— 副题 naming the speaker; a 主题 printed on two
    lines over ``据中新社电``."""
    arts = [
        A18(
            "烟台开发区法院同堂审理32名被告人",
            P(YTFRAUD, (1,), (2,), (3,), (4,), (5, 6), (7, 8), (9,), (11,), (12, 13), (14,)),
            kicker="一起特大境外电信诈骗案开庭",
            subtitle="——团伙在东南亚冒充快递员和公检法人员行骗",
            lead="本报讯（记者　芝　罘　通讯员　开　法）",
            dateline="本报讯",
            reporters=("芝罘",),
            correspondents=("开法",),
            source="本报",
            breaks=((5, "caption", "庭审现场。　本报通讯员　开　法　摄"),),
            photographers=("开法",),
        ),
        A18(
            "“你们交警怎么老抓着一个羊薅羊毛？”",
            [after(P1(SHEEP, 0), "）"), *P(SHEEP, (1,), (2,), (3,), (4,), (5,))],
            subtitle="——驾驶证被暂扣仍驾车上路的李某被查后这样问民警",
            lead="本报讯（记者　莱　山　通讯员　福　山）",
            dateline="本报讯",
            reporters=("莱山",),
            correspondents=("福山",),
            source="本报",
        ),
        A18(
            "香港警方打击网购诈骗12天拘捕64人",
            P(HKSHOP, (2,), (3,), (4, 5), (7,), (11, 12)),
            title_lines=("香港警方打击网购诈骗", "12天拘捕64人"),
            lead="据中新社电　",
            dateline="据中新社电",
            source="中新社",
        ),
    ]
    page(
        "w01_yantai_wrapped",
        arts,
        "wrap",
        width=21,
        header=["烟台日报　2018年12月21日　星期五　第2版　要闻"],
        footer=["责任编辑：蓬　莱　　美术编辑：长　岛　　校对：龙　口"],
        note="烟台日报 要闻, wrapped at 21, a quotation title, a title on two lines",
    )


def w02() -> None:
    """北京晨报 (e-paper copy, full-width digits): a long sentence-like 引题 over a short 主题, signed
    ``本报讯（记者 …）``; a three-line block (副题 without a dash) signed ``本报记者 … 实习生 …`` with ■
    subheads and a ▲ caption cutting a sentence; a 「链接」 item ``据《大河报》报道``."""
    arts = [
        A18(
            "小区里出了“飞镖杀手”",
            [
                after(P1(DARTS, 0), "）"),
                *P(DARTS, (1,), (2,), (4,), (5,), (6, 7), (8,), (10, 11), (13, 14), (15,)),
            ],
            kicker="昌平西环里社区一个月内十多只流浪猫狗被飞镖射中　居民担心伤及老人孩子",
            lead="本报讯（记者　昌　平）",
            dateline="本报讯",
            reporters=("昌平",),
            source="本报",
        ),
        A18(
            "本市公共自行车开始试运营",
            [
                after(P1(BIKES, 0), "报道，"),
                *P(BIKES, (1,), (3,), (4, 5), (6,), (11, 12), (13, 14, 15), (16,), (17,), (19, 20)),
            ],
            kicker="东城、朝阳首批２０００辆投入使用",
            subtitle="试运营阶段仅限持本市二代身份证的市民办理　非京籍常住居民今后也可申请",
            byline="本报记者　东　直　实习生　朝　阳",
            reporters=("东直",),
            interns=("朝阳",),
            source="本报",
            subheads=((5, "■办卡要带两样证件"), (7, "■一小时内免费")),
            breaks=((3, "caption", "▲市民在东城区一处租赁站点刷卡取车。本报记者　东　直　摄"),),
            photographers=("东直",),
        ),
        A18(
            "车辆落水如何自救",
            P(FLOODCAR, (0,), (4,), (5, 6), (7, 8), (9,), (10,)),
            column="「链接」",
            lead="据《大河报》报道　",
            dateline="据《大河报》报道",
            source="大河报",
        ),
    ]
    page(
        "w02_beichen_web",
        arts,
        "web",
        header=["北京晨报　２０１２年７月２３日　星期一　Ａ０８　城事"],
        footer=["责任编辑：燕　京　　版式：宣　武"],
        note="北京晨报 城事, web copy, full-width digits",
    )


def w03() -> None:
    """新闻晚报 (pdftotext -layout, 24): a quotation 主题 over a —— 副题 naming who is quoted, signed ``□本报
    记者 …``, with ■ subheads and a shifted next column; a kicker + title story ``据《法制晚报》报道``."""
    arts = [
        A18(
            "“信息越是公开，公信力将越强”",
            [
                *P(DONATE, (0,), (1, 2, 3), (4,), (5, 6), (7,), (8,)),
                *P(DONATE, (17,), (18, 19), (20, 21), (22, 23), (24,)),
                *P(DONATE, (26,), (28,), (29, 30), (31,)),
            ],
            subtitle="——市慈善基金会负责人解读《上海市募捐条例》",
            byline="□本报记者　申　城",
            reporters=("申城",),
            source="本报",
            subheads=((2, "■备案取代审批"), (6, "■统一平台公开信息"), (11, "■工作经费可自行列支")),
            breaks=((8, "shift", ""),),
        ),
        A18(
            "专车司机开微博自证清白",
            P(BADREVIEW, (1,), (2,), (3, 4), (5,), (6,), (7, 8), (9,), (12,)),
            kicker="“给专车差评遭打”追踪",
            lead="据《法制晚报》报道　",
            dateline="据《法制晚报》报道",
            source="法制晚报",
        ),
    ]
    page(
        "w03_xinwen_layout",
        arts,
        "layout",
        width=24,
        header=["             新闻晚报　2012年7月20日　星期五　A07　上海新闻"],
        footer=["                     责任编辑：浦　江　　视觉：黄　浦"],
        note="新闻晚报 上海新闻, pdftotext -layout, a quotation title",
    )


def w04() -> None:
    """温州都市报 (　　 indent, CRLF): a three-line block over ``本报讯（记者 … 通讯员 …）`` with 一、… subheads
    and a blank line cutting a sentence; a 【关注】 story under a title and a short 副题 without a dash,
    ``据中国经济网报道``."""
    arts = [
        A18(
            "苍南推出四项措施保障孤残儿童权益",
            P(CANGNAN, (0, 1), (2,), (3,), (4,), (5,), (6,), (8,), (9,), (10,), (11, 12), (13,), (14, 15)),
            kicker="针对“福利院铁链拴男童”报道",
            subtitle="——一周内搬入新址　纪检部门介入调查",
            lead="本报讯（记者　灵　溪　通讯员　苍　宣）",
            dateline="本报讯",
            reporters=("灵溪",),
            correspondents=("苍宣",),
            source="本报",
            breaks=((4, "blank", ""),),
        ),
        A18(
            "出租车燃油附加费“跟涨不跟跌”",
            [
                after(P1(FUEL, 0), "讯"),
                *P(
                    FUEL,
                    (1,),
                    (3,),
                    (4, 5),
                    (6,),
                    (11, 12),
                    (14,),
                    (15, 16),
                    (17,),
                    (19, 20),
                    (22,),
                    (24, 25, 26),
                ),
            ],
            column="【关注】",
            subtitle="全国仅１１城下调　温州要观察１５天再决定",
            lead="据中国经济网报道　",
            dateline="据中国经济网报道",
            source="中国经济网",
        ),
    ]
    page(
        "w04_wenzhou_crlf",
        arts,
        "indent",
        header=["温州都市报　2012年7月19日　星期四　第6版　温州新闻"],
        footer=["责任编辑：瓯　江　　美编：鹿　城　　校对：龙　湾"],
        eol="\r\n",
        note="温州都市报 温州新闻, indent, CRLF",
    )


def w05() -> None:
    """榆林日报 (flat wrap): a kicker + title story signed ``本报记者 …`` with a caption after a paragraph; a
    long sentence-like 引题 over a short 主题, ``据《安康日报》报道``, with a blank line cutting a sentence; a
    short 主题 over a —— 副题,
    ``据《兰州晚报》报道``."""
    arts = [
        A18(
            "榆阳机场二期扩建航站区项目开工",
            [after(P1(AIRPORT, 2), "报道"), *P(AIRPORT, (3,), (4,), (5, 6), (7,))],
            kicker="总投资约20亿元　新航站楼预计2020年底投用",
            byline="本报记者　榆　阳",
            reporters=("榆阳",),
            source="本报",
            caps=((1, "开工奠基仪式现场。　本报记者　榆　阳　摄"),),
            photographers=("榆阳",),
        ),
        A18(
            "警方在银行配合下成功止付",
            P(XUNYANG, (0,), (1,), (2,), (3,), (4,), (5,)),
            breaks=((2, "blank", ""),),
            kicker="旬阳一女子接到“发放助学金”电话后险些被骗走近5万元",
            lead="据《安康日报》报道　",
            dateline="据《安康日报》报道",
            source="安康日报",
        ),
        A18(
            "网购假驾照再上路",
            [after(P1(BAIYIN, 0), "兰州晚报报道"), *P(BAIYIN, (1,), (2,), (3,), (4, 5))],
            subtitle="——白银一男子半年三次被查处，此次被罚款4000元、扣12分、拘留15日",
            lead="据《兰州晚报》报道　",
            dateline="据《兰州晚报》报道",
            source="兰州晚报",
        ),
    ]
    page(
        "w05_yulin_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["榆林日报　2018年4月29日　星期日　第2版　综合新闻"],
        footer=["责任编辑：驼　城　　校对：塞　上"],
        note="榆林日报 综合新闻, flat wrap",
    )


def w06() -> None:
    """绵阳日报 (pdftotext default, 20): a “从…到…” place 引题 over a short 主题 and a 副题 without a dash,
    ``本报讯（记者 … 实习生 …）``, a ``（…供图）`` caption cutting a sentence; a 主题 printed on two lines,
    ``据封面新闻报道``, with a ■ subhead and a narrower next column."""
    arts = [
        A18(
            "京昆高速绵阳段三车相撞",
            P(MIANYANG, (0,), (1,), (2,), (3,), (4,), (5,), (6,)),
            kicker="从绵阳南到科学城收费站广元方向临时关闭",
            subtitle="北上出川车辆需绕行　预计3小时后恢复通行",
            lead="本报讯（记者　涪　城　实习生　游　仙）",
            dateline="本报讯",
            reporters=("涪城",),
            interns=("游仙",),
            source="本报",
            breaks=((3, "caption", "事故现场。（绵阳高速交警供图）"),),
        ),
        A18(
            "交通事故赔偿拖了7年运输公司负责人获刑",
            [
                after(P1(CHONGZHOU, 0), "）"),
                *P(CHONGZHOU, (1,), (2, 3), (4,), (9,), (10,), (11,), (12, 13, 14)),
            ],
            title_lines=("交通事故赔偿拖了7年", "运输公司负责人获刑"),
            lead="据封面新闻报道　",
            dateline="据封面新闻报道",
            source="封面新闻",
            subheads=((4, "■转移经营权逃避执行"),),
            breaks=((6, "narrow", ""),),
        ),
    ]
    page(
        "w06_mianyang_wrapped",
        arts,
        "wrap",
        width=20,
        header=["绵阳日报　2018年12月20日　星期四　第3版　综合"],
        footer=["责任编辑：涪　江　　美术编辑：安　州　　校对：三　台"],
        note="绵阳日报 综合, wrapped at 20, a place kicker, a title on two lines",
    )


def w07() -> None:
    """唐山劳动日报 (pdftotext -layout, 24): an “在…” place 引题 over a 主题 and a —— 副题, ``本报讯（记者 …
    通讯员 …）`` with a caption after a paragraph; a quotation 主题 over a 副题 naming the speaker,
    ``据《京华时报》报道``, with a narrower next column."""
    arts = [
        A18(
            "两小时内接连发生两起追尾",
            P(TANGSHAN, (0,), (1,), (2,), (3,), (4, 5), (6,)),
            kicker="在建设路与长宁道交叉口",
            subtitle="——交警提醒雪天出行减速慢行、保持车距",
            lead="本报讯（记者　路　北　通讯员　丰　润）",
            dateline="本报讯",
            reporters=("路北",),
            correspondents=("丰润",),
            source="本报",
            caps=((2, "交警在事故现场疏导交通。　本报记者　路　北　摄"),),
            photographers=("路北",),
        ),
        A18(
            "“我们也是受害者”",
            [
                after(P1(TEA, 0), "）") + P1(TEA, 1),
                *P(TEA, (2,), (3,), (4,), (5,), (6, 7), (8,), (9, 10), (11,)),
            ],
            subtitle="——康师傅回应废弃茶叶被转卖冒充名茶",
            lead="据《京华时报》报道　",
            dateline="据《京华时报》报道",
            source="京华时报",
            breaks=((4, "narrow", ""),),
        ),
    ]
    page(
        "w07_tangshan_layout",
        arts,
        "layout",
        width=24,
        header=["             唐山劳动日报　2012年7月10日　星期二　第3版　综合新闻"],
        footer=["                    责任编辑：开　平　　美术编辑：古　冶　　校对：滦　南"],
        note="唐山劳动日报 综合新闻, pdftotext -layout, a place kicker, a quotation title",
    )


def w08() -> None:
    """姑苏晚报 (　　 indent, BOM): a 聚焦… label over a three-line block (a time 引题, a 副题 without a
    dash), signed ``■本报记者 …`` with ■ subheads, a caption after a paragraph and a page strip cutting a
    sentence."""
    arts = [
        A18(
            "南环大街人行道成了“垃圾场”",
            [
                after(P1(NANHUAN, 0), "程黎莉"),
                *P(NANHUAN, (1,), (2,), (3, 4), (5, 6), (7, 8), (9,), (10,)),
                *P(NANHUAN, (11,), (12,), (13,), (14, 15), (16,), (17,), (18, 19, 20), (21, 22)),
            ],
            column="聚焦城市管理",
            kicker="餐厨垃圾回收公司撤走之后",
            subtitle="物业、社区和环卫部门正在协商　最迟下周拿出解决方案",
            byline="■本报记者　胥　门",
            reporters=("胥门",),
            source="本报",
            subheads=((3, "■人行道上垃圾成堆"), (8, "■回收公司停了服务")),
            caps=((4, "南环大街人行道上堆放的餐厨垃圾。　本报记者　胥　门　摄"),),
            photographers=("胥门",),
            breaks=((13, "lines", ["", "姑苏晚报　2018年11月8日　A06　城事", ""]),),
        ),
    ]
    page(
        "w08_gusu_bom",
        arts,
        "indent",
        header=["姑苏晚报　2018年11月8日　星期四　A06　城事"],
        footer=["编辑：沧　浪　　美编：平　江　　校对：金　阊"],
        bom=True,
        note="姑苏晚报 城事, indent, BOM, a page strip cutting a sentence",
    )


def w09() -> None:
    """法治周末 titled 简报 (　　 indent): a 【法治简报】 label over items ``据南海网报道``, ``据《南方都市报》
    报道``, ``据《大河报》报道`` and ``本报讯（通讯员 …）``, one with a credit after the body."""
    arts = [
        A18(
            "强揽游客到店消费　两名“拉客仔”被拘",
            P(SANYA, (1,), (2,), (3,)),
            column="【法治简报】",
            lead="据南海网报道　",
            dateline="据南海网报道",
            source="南海网",
        ),
        A18(
            "腰腹绑21台手机入境被查",
            [after(P1(IPHONE, 0), "消息，"), *P(IPHONE, (2,), (4,))],
            lead="据《南方都市报》报道　",
            dateline="据《南方都市报》报道",
            source="南方都市报",
        ),
        A18(
            "遇检查刻意说方言　原是网上逃犯",
            P(DIALECT, (1,), (2,), (3,), (4,)),
            lead="据《大河报》报道　",
            dateline="据《大河报》报道",
            source="大河报",
        ),
        A18(
            "句容“春雷行动”查处酒驾106起",
            P(JURONG, (0,), (3,), (4,)),
            lead="本报讯（通讯员　句　公）",
            dateline="本报讯",
            correspondents=("句公",),
            source="本报",
        ),
    ]
    page(
        "w09_fazhizhoumo_briefs",
        arts,
        "indent",
        header=["法治周末　2018年12月20日　第6版　法治简报"],
        footer=["本版编辑：秦　律　　校对：唐　法"],
        note="法治周末 法治简报, titled briefs, indent",
    )


def w10() -> None:
    """晶报 untitled 快讯 (e-paper copy, trailing spaces): a ■速览 label over items ``据新华社电``,
    ``据重庆日报客户端消息``, ``据中国江西网报道`` and one signed after the body."""
    arts = [
        A18(
            "",
            P(VIETNAM, (0,), (2,), (4,), (5,)),
            column="■速览",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A18(
            "",
            [after(P1(DIANJIANG, 0), "日前，"), *P(DIANJIANG, (2,))],
            lead="据重庆日报客户端消息　",
            dateline="据重庆日报客户端消息",
            source="重庆日报客户端",
        ),
        A18(
            "",
            P(XINJIAN, (3,), (4,)),
            lead="据中国江西网报道　",
            dateline="据中国江西网报道",
            source="中国江西网",
        ),
        A18(
            "",
            P(CHANGLE, (1,), (6,)),
            end="（闽　讯）",
            reporters=("闽讯",),
        ),
    ]
    page(
        "w10_jingbao_briefs",
        arts,
        "web",
        header=["晶报　2018年12月18日　星期二　A12　天下"],
        footer=["编辑：深　南　　美编：福　田"],
        trailing=True,
        note="晶报 天下, untitled briefs, web copy, trailing spaces",
    )


def w11() -> None:
    """宿迁晚报, pdftotext default (22), CRLF: a ▲… label over a three-line block with an
    editor's note, ``本报讯（记者 … 通讯员 …）``, a caption cutting a sentence and one after the body."""
    arts = [
        A18(
            "央视摄制组来泗洪拍摄抗战老兵郭孝云",
            [
                after(P1(SIHONG, 0), "晚报"),
                *P(SIHONG, (1,), (2,), (3,), (4,), (5,)),
            ],
            column="▲纪念抗战胜利",
            kicker="14岁参加儿童团　经历上百次战斗",
            subtitle="——本报报道引起广泛关注",
            note="编者按：本报6月8日报道的92岁老兵郭孝云，近日走进了央视镜头。",
            lead="本报讯（记者　洪　泽　通讯员　泗　宣）",
            dateline="本报讯",
            reporters=("洪泽",),
            correspondents=("泗宣",),
            source="本报",
            breaks=((3, "caption", "摄制组在郭孝云家中拍摄。　本报记者　洪　泽　摄"),),
            caps=((5, "郭孝云老人（资料图片）"),),
            photographers=("洪泽",),
        ),
    ]
    page(
        "w11_suqian_crlf",
        arts,
        "wrap",
        width=22,
        header=["宿迁晚报　2015年7月21日　星期二　A03　宿迁新闻"],
        footer=["责任编辑：湿　地　　美术编辑：项　王　　校对：双　沟"],
        eol="\r\n",
        note="宿迁晚报 宿迁新闻, wrapped at 22, CRLF, an editor's note",
    )


def w12() -> None:
    """今日长乐 (a 区报), flat wrap: a short 主题 over a long explanatory 副题 without a dash, signed ``文/…
    图/…`` with a caption after a paragraph; a 主题 + —— 副题 item credited after the body, a ``资料图片``
    caption cutting a sentence."""
    arts = [
        A18(
            "文岭重拳拆违",
            [*P(CHANGLE, (2,), (3,), (4,), (5,))],
            subtitle="石壁村8幢“博赔”违建被依法拆除　全区将深入排查各镇村违法用地",
            byline="文/吴　航　图/首　占",
            reporters=("吴航",),
            photographers=("首占",),
            caps=((2, "石壁村“博赔”违建拆除现场。"),),
        ),
        A18(
            "花都破获首宗“套路贷”案",
            P(TAOLU, (1,), (2,), (3,), (4,), (5,), (6,), (7,)),
            subtitle="——团伙虚高合同金额3227.5万元，骗取房产24处",
            breaks=((5, "caption", "图为检察官向市民讲解“套路贷”的常见手法。（资料图片）"),),
            end="（穗　检）",
            reporters=("穗检",),
        ),
    ]
    page(
        "w12_changle_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["今日长乐　2018年5月18日　星期五　第2版　综合"],
        footer=["责任编辑：漳　港　　校对：潭　头"],
        note="今日长乐 (a 区报) 综合, flat wrap, a short title over a long subtitle",
    )


def w13() -> None:
    """楚天金报 法治 (pdftotext default, 22): a 【以案说法】 label over a three-line block signed ``本报记者 …
    通讯员 … …`` with ■ subheads, a caption cutting a sentence and a narrower next column; a 主题 + —— 副题
    story ``本报讯（记者 …）``."""
    arts = [
        A18(
            "男子谎称能帮人提前恢复驾照骗走2.5万元",
            [
                after(P1(LICENCE, 0), "）") + P1(LICENCE, 1),
                *P(LICENCE, (2,), (3,), (4,), (5, 6), (7, 8), (9,)),
                *P(LICENCE, (10,), (11, 12), (13,), (14, 15), (16,), (17,), (18,), (19,)),
            ],
            column="【以案说法】",
            kicker="被吊销驾照能提前恢复驾驶资格吗",
            subtitle="——武昌区检察院提醒：驾照被吊销后五年内不得重新取得",
            byline="本报记者　武　昌　通讯员　田　检　汉　阳",
            reporters=("武昌",),
            correspondents=("田检", "汉阳"),
            source="本报",
            subheads=((7, "■拼车遇上“东哥”"),),
            breaks=((4, "caption", "图为武昌区检察院办案检察官查阅卷宗。（资料图片）"), (10, "narrow", "")),
        ),
        A18(
            "手机无故没信号　账户被转走24万",
            P(SIMCARD, (0,), (1,), (2,), (3,), (4,), (5,), (6,)),
            subtitle="——法官提醒：遇到手机突然停止服务应立即挂失",
            lead="本报讯（记者　江　岸）",
            dateline="本报讯",
            reporters=("江岸",),
            source="本报",
        ),
    ]
    page(
        "w13_chutian_wrapped",
        arts,
        "wrap",
        width=22,
        header=["楚天金报　2019年2月20日　星期三　A12　法治"],
        footer=["责任编辑：黄　鹄　　美编：晴　川　　校对：龟　山"],
        note="楚天金报 法治, wrapped at 22",
    )


def w14() -> None:
    """南京晨报 法治 (　　 indent) opening with a story continued from page 1 (``（上接第一版）``, no
    headline); a kicker + title story ``据《广州日报》报道`` with a caption cutting a sentence; a title
    alone signed ``●本报记者 … 通讯员 …``."""
    top = A18("", P(STOCKS, (20,), (21, 22), (23,), (24, 25), (26, 27)))
    arts = [
        A18(
            "喝了瓶10元的酒　治伤花了25万元",
            [after(P1(DRUNK, 0), "）"), *P(DRUNK, (1,), (2,), (3,), (4,), (5, 6), (7,), (8,), (11,), (12,))],
            kicker="醉驾摩托车出事故还被判拘役",
            lead="据《广州日报》报道　",
            dateline="据《广州日报》报道",
            source="广州日报",
            breaks=((6, "caption", "▲交警在路口查处酒后驾驶。（资料图片）"),),
        ),
        A18(
            "建邺检察院发布金融检察白皮书",
            [after(P1(WHITEPAPER, 0), "）"), *P(WHITEPAPER, (1,), (2,), (5,), (6,))],
            byline="●本报记者　许　宁　通讯员　建　检",
            reporters=("许宁",),
            correspondents=("建检",),
            source="本报",
        ),
    ]
    page(
        "w14_nanchen_continued",
        arts,
        "indent",
        top=top,
        top_lines=["（上接第一版）"],
        header=["南京晨报　2019年1月9日　星期三　A10　法治"],
        footer=["责任编辑：秦　淮　　校对：鼓　楼"],
        note="南京晨报 法治, a continued story first, indent",
    )


def w15() -> None:
    """临沂日报 图片新闻 (e-paper copy, full-width digits): a kicker + title story with three captions (one
    cutting a sentence), signed ``文/… 图/…`` on two lines; a 主题 + 副题 (no dash) story ``据亚心网报道``
    with a ``图为…`` caption."""
    arts = [
        A18(
            "夫妻“麦客”忙麦收",
            [after(P1(HARVEST, 0), "忙麦收"), *P(HARVEST, (1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,))],
            kicker="一天收割６０多亩　一季能挣２万多元",
            author="文/郯　城",
            byline="图/沂　河",
            reporters=("郯城",),
            photographers=("沂河",),
            caps=((1, "范加江驾驶收割机在麦田里收获小麦。"), (5, "赵琴兰帮农户把麦粒装袋。")),
            breaks=((3, "caption", "▲夫妻俩在田间地头吃午饭。"),),
        ),
        A18(
            "党员带头翻出小菜地",
            [after(P1(TACHENG, 0), "）"), *P(TACHENG, (1,), (2,), (3,), (4,), (5,))],
            subtitle="塔城市江木尔扎村周三党员学习日干实事",
            lead="据亚心网报道　",
            dateline="据亚心网报道",
            source="亚心网",
            caps=((2, "图为党员们在文化室院子里翻地。（亚心网供图）"),),
        ),
    ]
    page(
        "w15_linyi_photo",
        arts,
        "web",
        header=["临沂日报　２０１２年６月５日　星期二　Ａ０７　图片新闻"],
        footer=["图片编辑：蒙　山　　责任编辑：沂　水"],
        note="临沂日报 图片新闻, many captions, web copy",
    )


def w16() -> None:
    """中国艺术报 (pdftotext -layout, 25): a kicker + title story ``新华社莆田5月1日电（记者 …）`` with a
    shifted next column; a title + —— subtitle story ``本报讯（记者 …）`` with a caption; a title alone
    ``据新华社电``."""
    arts = [
        A18(
            "正字戏《妈祖》登上湄洲岛",
            [after(P1(OPERA, 1), "）"), *P(OPERA, (2,), (3,), (4,), (7,), (8,), (11,))],
            kicker="国家珍稀剧种首次在“妈祖故里”献演",
            lead="新华社莆田5月1日电（记者　湄　洲）",
            dateline="新华社莆田5月1日电",
            reporters=("湄洲",),
            source="新华社",
            breaks=((4, "shift", ""),),
        ),
        A18(
            "百名艺术家走进新时代传习所",
            P(JILINART, (0,), (1,)),
            subtitle="——吉林省文联启动“送欢乐下基层”慰问演出",
            lead="本报讯（记者　南　关）",
            dateline="本报讯",
            reporters=("南关",),
            source="本报",
            caps=((1, "慰问演出现场。　本报记者　南　关　摄"),),
            photographers=("南关",),
        ),
        A18(
            "上海老相机制造博物馆即将开馆",
            [after(P1(CAMERA, 0), "开门迎客"), *P(CAMERA, (1,), (2,), (3,))],
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "w16_zhongyi_layout",
        arts,
        "layout",
        width=25,
        header=["              中国艺术报　2018年5月25日　星期五　第3版　综合新闻"],
        footer=["                      责任编辑：梨　园　　美术编辑：丹　青"],
        note="中国艺术报 综合新闻, pdftotext -layout",
    )


PAGES = [w01, w02, w03, w04, w05, w06, w07, w08, w09, w10, w11, w12, w13, w14, w15, w16]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
