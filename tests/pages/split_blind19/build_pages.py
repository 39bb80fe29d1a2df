"""Build the nineteenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too (mostly ones at most two other sets touch, none of
split_blind17/18's), but never one of their pages or headline blocks: each page mixes its own pieces
(other cut points, paragraph lengths and combinations), and no sentence is taken twice inside this set
(the builder refuses it).  Headlines, bylines, captions, subheads and page furniture are written afresh.
The set weighs toward headline blocks and aims at papers and page types no other set has:

* papers and page types: 柳州日报 城事 (pdftotext default), 泉州晚报 (　　 indent), 昆明日报 (-layout),
  苍梧晚报 (CRLF), 扬州日报 法治 (BOM), 渭南日报 (-layout), 湄洲日报 titled 简讯, 楚天都市报, 新晚报
  untitled 快讯 (trailing spaces), 延安日报 opening with a story continued from page 1, 佛山日报 图片新闻
  (e-paper copy), 大连日报 (e-paper copy), 长治日报 (flat wrap), 南京日报 (CRLF), 内江日报 (flat wrap) and
  a 行业报 (中国安全生产报, -layout);
* headline blocks in every real combination: 引题 + 主题, 主题 + 副题 with and without ——, 引题 + 主题 +
  副题, a 主题 printed on two lines, a long 引题 that reads like a sentence over a short 主题, a short 主题
  over a long explanatory 副题 without a dash, a place/time 引题 (“在…”, “从…到…”) over a short 主题, a
  quotation as 主题 over a 副题 naming the speaker, 栏目 labels (【…】, 「…」, ▲…, 聚焦…) above the block;
* bylines and datelines of the common forms (□/■/● marks, ``本报记者 … 通讯员 … 实习生 …``, ``文/… 图/…``,
  names split by spaces, full-width spaces, 、 and ，, credits after the body, ``本报讯``, ``本报X月X日讯``,
  ``本报北京X月X日电``, ``据…报道``, ``新华社…电（记者…）``), captions (``图为…``, ``（…摄）``,
  ``资料图片``, ▲), subheads (■…, 一、…, 预警一：…), column breaks that cut a sentence (a caption, a blank
  line, a page strip, a narrower or shifted next column between), page furniture and jump lines.

The gold records what a careful reader finds, written from the arrangement itself.  Run from the repo
root: ``python tests/pages/split_blind19/build_pages.py`` (needs ../shared/corpora; the pages are
committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A19  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence_codes)
P = SOURCE.paragraphs
P1 = SOURCE.sentence
flat_width = layoutkit.flat_width

# -layout headlines indented 12 spaces, a narrower next column 4 characters narrower, a shifted one
# 10 spaces further right (layoutkit.page)
page = layoutkit.page_writer(HERE, "x")


def last_after(text: str, marker: str) -> str:
    """``text`` from just after the last ``marker`` (a web copy that repeats its opening)."""
    assert marker in text, (marker, text[:40])
    return text.rsplit(marker, 1)[1].lstrip(" \u3000")


# --- the corpus articles (ids) ------------------------------------------------------------------

LZFINE = "inews-train-03475"  # 柳州 城管 fines paid by WeChat
SANJIANG = "inews-train-01443"  # 三江 tourism carnival
FUGITIVE = "inews-dev-00877"  # a fugitive asks the police for a lift to the shelter in 柳州
INCOME = "inews-dev-00140"  # 泉州 first-quarter income
COACHES = "inews-train-02999"  # 晋江 two driving-school coaches cut each other off
SCHOOLBUS = "inews-test-00772"  # 楚雄 overloaded school bus
YNPROCU = "inews-train-01318"  # 云南 procuratorates' year
LYGTOUR = "inews-dev-00466"  # 连云港 tourism projects
MAYDAY = "inews-test-00695"  # May Day holiday tourists
WASTE = "inews-dev-00262"  # 泰州 imported waste smuggling
DOGMEAT = "inews-dev-00301"  # 萧山 poisoned dog meat public-interest suit
GECKO = "inews-dev-00079"  # 濮阳 30 geckos
GAS = "inews-train-02418"  # 渭南 gas shortage
HANCHENG = "inews-test-00577"  # 韩城 traffic police visit a driving school
HANYIN = "inews-test-00205"  # 汉阴 unpaid wages recovered
TROLLS = "inews-train-04933"  # 莆田 paid-posting ring
BROADBAND = "inews-train-02207"  # 漳州 broadband outage
NOROVIRUS = "inews-train-04822"  # 福州 norovirus
CIVILEXAM = "inews-train-04766"  # 福建 civil-service exam
FORMALDEHYDE = "inews-train-00439"  # 武汉 formaldehyde in a rented flat
ENSHI = "inews-dev-00352"  # 恩施 airport taxis without meters
VANS = "inews-train-03691"  # 武汉 overloaded vans
FARM = "inews-test-00329"  # 山河农场 clean-up
BATTERY = "inews-train-04437"  # 莱州 battery thief
SLIDE = "inews-train-05342"  # a passenger opens an emergency slide
BASKETBALL = "inews-train-00732"  # 太原 basketball bus lines
HOSPITAL = "inews-train-03409"  # 富县 hospital insurance fraud
COMPOSER = "inews-train-02486"  # 郑律成 exhibition in 延安
HAIL = "inews-train-03016"  # 广州 hail
RAINSCHOOL = "inews-train-03345"  # 广州 school delays in rainstorms
WRONGWAY = "inews-test-00674"  # 邵阳 two cars driving the wrong way
CUSTOMS = "inews-train-02466"  # 天津 customs cosmetics smuggling
PROPS = "inews-train-02788"  # 临沂 prop banknotes
MILLET = "inews-train-02642"  # 武乡 millet sold by live stream
SHANTY = "inews-train-03698"  # 长治 shanty-town renewal
PROPERTY = "inews-train-01629"  # 南京 property-management inspection
COLD = "inews-train-05274"  # 南京 cold air
NEIJIANG = "inews-train-01419"  # 内江 first case of the supervisory commission
ENYANG = "inews-train-02775"  # 巴中恩阳 overloaded minibuses
JINHUA = "inews-train-01857"  # 金华 Spring Festival traffic white paper
HEBEIVANS = "inews-train-01089"  # 河北 overloaded vans on motorways


# --- the pages ----------------------------------------------------------------------------------


def x01() -> None:
    """柳州日报 城事, pdftotext default (21): a three-line block (引题 + 主题 + —— 副题) signed ``本报记者 …
    通讯员 …`` with a caption cutting a sentence; a “从…到…” 引题 over a short 主题, ``本报讯（记者 … 实习生
    …）``; a 主题 printed on two lines, ``据《南国今报》报道``."""
    arts = [
        A19(
            "城管罚单可以用微信缴了",
            P(LZFINE, (0,), (2,), (3, 4), (5,), (6,), (7,), (8,), (9,)),
            kicker="“车窗抛物”等案件开通扫码处理违章功能",
            subtitle="——市民不必再往返城管部门和银行　拒不履行者将被申请强制执行",
            byline="本报记者　龙　城　通讯员　柳　管",
            reporters=("龙城",),
            correspondents=("柳管",),
            source="本报",
            breaks=((1, "caption", "市民用手机扫码缴纳罚款。　本报记者　龙　城　摄"),),
            photographers=("龙城",),
        ),
        A19(
            "三江旅游嘉年华开幕",
            P(SANJIANG, (0,), (1,), (2,), (3,), (4, 5)),
            kicker="从侗族大歌到高山茶场的围棋对决",
            lead="本报讯（记者　鱼　峰　实习生　融　水）",
            dateline="本报讯",
            reporters=("鱼峰",),
            interns=("融水",),
            source="本报",
        ),
        A19(
            "网逃男子求助救助站“自投罗网”",
            [
                last_after(P1(FUGITIVE, 0), "郭澔）"),
                *P(FUGITIVE, (1,), (2, 3), (4, 5), (6,), (7, 8), (9, 10), (11, 12), (13,)),
            ],
            title_lines=("网逃男子求助救助站", "“自投罗网”"),
            lead="据《南国今报》报道　",
            dateline="据《南国今报》报道",
            source="南国今报",
        ),
    ]
    page(
        "x01_liuzhou_wrapped",
        arts,
        "wrap",
        width=21,
        header=["柳州日报　2018年5月22日　星期二　第5版　城事"],
        footer=["责任编辑：龙　潭　　美术编辑：马　鞍　　校对：雀　儿"],
        note="柳州日报 城事, wrapped at 21, a three-line block, a 从…到… kicker, a title on two lines",
    )


def x02() -> None:
    """泉州晚报 (　　 indent): a 主题 + 副题 without a dash over ``本报讯（记者 … 通讯员 …）`` with ■ subheads
    and a blank line cutting a sentence; a three-line block with a sentence-like 引题, ``据《海峡都市报》
    报道``, a caption after a paragraph; a health item under a 「提醒」 label and a short 主题."""
    arts = [
        A19(
            "一季度我市居民人均可支配收入10308元",
            [
                after(P1(INCOME, 0), "据泉州晚报报道"),
                *P(INCOME, (1,), (2, 3), (4,), (5, 6), (7, 8), (9,), (10, 11), (12,)),
            ],
            subtitle="比全省平均水平高出920元　城乡收入差距进一步缩小",
            lead="本报讯（记者　鲤　城　通讯员　泉　统）",
            dateline="本报讯",
            reporters=("鲤城",),
            correspondents=("泉统",),
            source="本报",
            subheads=((4, "■工资性收入贡献率达67.5%"), (7, "■人均消费支出增长10.9%")),
            breaks=((5, "blank", ""),),
        ),
        A19(
            "两教练车路口剐碰　不算交通事故",
            P(COACHES, (0,), (1,), (2,), (3,), (6,), (9,), (12,), (13,), (14,), (16,), (19, 20)),
            kicker="同在一家驾校上班却素有积怨　绿灯亮起后连续别车",
            subtitle="——别车教练被行政拘留5日，双方失去向保险公司索赔的权利",
            lead="据《海峡都市报》报道　",
            dateline="据《海峡都市报》报道",
            source="海峡都市报",
            caps=((4, "晋江市区崇德路与和平路口的监控画面。（警方供图）"),),
        ),
        A19(
            "吃贝类一定要煮熟",
            P(NOROVIRUS, (0,), (1,), (3,), (4,), (15,), (19,), (20,)),
            column="「提醒」",
            lead="据东南网报道　",
            dateline="据东南网报道",
            source="东南网",
        ),
    ]
    page(
        "x02_quanzhou_indent",
        arts,
        "indent",
        header=["泉州晚报　2018年4月25日　星期三　第6版　泉州新闻"],
        footer=["责任编辑：清　源　　美编：开　元　　校对：洛　阳"],
        note="泉州晚报 泉州新闻, indent, a title over a subtitle without a dash",
    )


def x03() -> None:
    """昆明日报 (pdftotext -layout, 24): a three-line block over ``本报讯（记者 … 通讯员 …）`` with a
    ``（…供图）`` caption and a shifted next column; a 主题 + long 副题 without a dash, ``据新华社电``,
    with a blank line cutting a sentence."""
    arts = [
        A19(
            "禄丰一幼儿园园长夫妇犯危险驾驶罪被判拘役",
            [
                after(P1(SCHOOLBUS, 0), "何海燕"),
                *P(SCHOOLBUS, (1,), (2,), (3,), (4, 5), (6,), (7,), (8, 9), (10, 11)),
            ],
            kicker="核载19人的校车塞进36人",
            subtitle="——楚雄州首例校车非法驾驶严重超载涉危险驾驶案宣判",
            lead="本报讯（记者　滇　池　通讯员　禄　检）",
            dateline="本报讯",
            reporters=("滇池",),
            correspondents=("禄检",),
            source="本报",
            caps=((4, "庭审现场。（禄丰县检察院供图）"),),
            breaks=((6, "shift", ""),),
        ),
        A19(
            "全省检察机关去年起诉涉众型经济犯罪644人",
            [after(P1(YNPROCU, 0), "）"), *P(YNPROCU, (1,), (2,), (3, 4), (5,), (6, 7), (8,), (9, 10))],
            subtitle="起诉贪污挪用扶贫款物犯罪50人　督促修复林地耕地6.9万余亩",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
            breaks=((3, "blank", ""),),
        ),
    ]
    page(
        "x03_kunming_layout",
        arts,
        "layout",
        width=24,
        header=["               昆明日报　2019年1月30日　星期三　第4版　综合新闻"],
        footer=["                     责任编辑：盘　龙　　美术编辑：官　渡　　校对：呈　贡"],
        note="昆明日报 综合新闻, pdftotext -layout, a three-line block",
    )


def x04() -> None:
    """苍梧晚报 (　　 indent, CRLF): a 聚焦… label over a three-line block signed ``■苍梧晚报记者 …
    通讯员 …``, a caption cutting a sentence, 一、… subheads and a jump line; a short 主题 over a 副题
    without a dash, ``中新社北京5月1日电（记者 …）``."""
    arts = [
        A19(
            "57个旅游重点项目加速推进",
            [
                after(P1(LYGTOUR, 0), "讯"),
                *P(
                    LYGTOUR,
                    (1,),
                    (2,),
                    (3, 4),
                    (5,),
                    (7, 8),
                    (9, 10),
                    (11, 12),
                    (13,),
                    (14, 15),
                    (16,),
                    (17,),
                ),
            ],
            column="聚焦全域旅游",
            kicker="1—4月全市旅游项目完成投资约30亿元",
            subtitle="——年内计划完成投资131.2亿元　推进缓慢的项目将施行退出机制",
            byline="■苍梧晚报记者　海　州　通讯员　连　旅",
            reporters=("海州",),
            correspondents=("连旅",),
            source="苍梧晚报",
            subheads=(
                (6, "一、旅游厕所年内新建改扩建76座"),
                (7, "二、以西游记文化统领产品开发"),
                (9, "三、引进一批大型旅游投资集团"),
            ),
            breaks=((1, "caption", "建设中的高公岛海滨公园。　苍梧晚报记者　海　州　摄"),),
            photographers=("海州",),
        ),
        A19(
            "“五一”假日国内游客1.47亿人次",
            [after(P1(MAYDAY, 0), "）"), *P(MAYDAY, (3,), (4,), (5, 6), (7,), (8,), (9,), (11, 12))],
            subtitle="城市周边游、乡村游成首选　拼假带动中长线出游",
            lead="中新社北京5月1日电（记者　周　京）",
            dateline="中新社北京5月1日电",
            reporters=("周京",),
            source="中新社",
        ),
    ]
    page(
        "x04_cangwu_crlf",
        arts,
        "indent",
        header=["苍梧晚报　2018年5月22日　星期二　A04　连云港新闻"],
        footer=["责任编辑：花　果　　美编：云　台　　校对：赣　榆"],
        after_art={0: ["（下转A05版）"]},
        eol="\r\n",
        note="苍梧晚报 连云港新闻, indent, CRLF, a jump line",
    )


def x05() -> None:
    """扬州日报 法治 (pdftotext default, 20, BOM): a 主题 + —— 副题 over ``本报讯（记者 … 通讯员 …）``
    with a ▲ caption cutting a sentence; a 【以案说法】 label over a 主题 + 副题 without a dash,
    ``据正义网报道``; a 主题 printed on two lines, ``据《北京青年报》报道``."""
    arts = [
        A19(
            "泰州史上最大走私“洋垃圾”案宣判",
            [after(P1(WASTE, 0), "）"), *P(WASTE, (1,), (2,), (3,), (4,), (5, 6), (7,), (8,), (9,))],
            subtitle="——四名被告人获刑1年7个月至6年不等，废粉末涂料曾被销往我市江都",
            lead="本报讯（记者　邗　江　通讯员　泰　海）",
            dateline="本报讯",
            reporters=("邗江",),
            correspondents=("泰海",),
            source="本报",
            breaks=((4, "caption", "▲泰州海关查获的走私固体废物。（资料图片）"),),
        ),
        A19(
            "毒狗肉案首提刑事附带民事公益诉讼",
            [
                after(P1(DOGMEAT, 0), "）"),
                *P(DOGMEAT, (1,), (2, 3), (4,), (5,), (6, 7), (8,), (9,), (10, 11)),
            ],
            column="【以案说法】",
            subtitle="萧山6人获刑　须支付销售价款十倍的赔偿金",
            lead="据正义网报道　",
            dateline="据正义网报道",
            source="正义网",
        ),
        A19(
            "抓30只壁虎获拘役检方抗诉后获再审",
            P(GECKO, (0,), (1, 2), (3,), (4,), (5, 6), (7,), (8,), (9, 10)),
            title_lines=("抓30只壁虎获拘役", "检方抗诉后获再审"),
            lead="据《北京青年报》报道　",
            dateline="据《北京青年报》报道",
            source="北京青年报",
        ),
    ]
    page(
        "x05_yangzhou_bom",
        arts,
        "wrap",
        width=20,
        header=["扬州日报　2019年2月14日　星期四　A05　法治"],
        footer=["责任编辑：瘦　西　　美术编辑：文　昌　　校对：东　关"],
        bom=True,
        note="扬州日报 法治, wrapped at 20, BOM, a title on two lines",
    )


def x06() -> None:
    """渭南日报 社会 (pdftotext -layout, 24): a quotation 主题 over a —— 副题 naming the speaker, ``据《华商报》
    报道``, with a narrower next column; a short 主题 over a long 副题 without a dash, ``本报讯（通讯员 …、
    …）``, with a caption; an 引题 + 主题, ``据西部网报道``."""
    arts = [
        A19(
            "“我只好半夜起来烧水”",
            P(GAS, (0,), (1,), (2,), (3, 4), (5,), (6,), (7, 8), (9,), (10,), (11,), (12, 13), (14,), (15,)),
            subtitle="——城区碧水园小区居民赵女士讲述停气这几天",
            lead="据《华商报》报道　",
            dateline="据《华商报》报道",
            source="华商报",
            breaks=((7, "narrow", ""),),
        ),
        A19(
            "大货车司机进驾校",
            [after(P1(HANCHENG, 1), "）"), *P(HANCHENG, (2,), (3,), (4,), (5,), (6, 7))],
            subtitle="韩城交警用事故车辆残骸和典型案例讲解交通违法危害　发放交通安全挂历和宣传册",
            lead="本报讯（通讯员　陈　韩、龙　门）",
            dateline="本报讯",
            correspondents=("陈韩", "龙门"),
            source="本报",
            caps=((1, "民警向大货车驾驶员讲解事故案例。（韩城市交警大队供图）"),),
        ),
        A19(
            "包工头卷款“跑路”被带回",
            [after(P1(HANYIN, 2), "）"), *P(HANYIN, (3,), (4, 5), (6, 7), (8,), (9,), (10,), (11, 12))],
            kicker="汉阴11名农民工讨回近25万元“辛苦钱”",
            lead="据西部网报道　",
            dateline="据西部网报道",
            source="西部网",
        ),
    ]
    page(
        "x06_weinan_layout",
        arts,
        "layout",
        width=24,
        header=["               渭南日报　2018年11月16日　星期五　第3版　社会"],
        footer=["                     责任编辑：华　山　　美术编辑：少　华　　校对：潼　关"],
        note="渭南日报 社会, pdftotext -layout, a quotation title",
    )


def x07() -> None:
    """湄洲日报 titled 简讯 (　　 indent): a 【八闽简讯】 label over four titled items (``新华社福州…电（记者
    …）``, ``据闽南网报道``, ``据《海峡导报》报道`` and one credited after the body)."""
    arts = [
        A19(
            "莆田警方摧毁一“网络水军”团伙",
            [after(P1(TROLLS, 0), "电，"), *P(TROLLS, (1,), (4,), (5,), (10,))],
            column="【八闽简讯】",
            lead="新华社福州12月26日电（记者　闽　安）",
            dateline="新华社福州12月26日电",
            reporters=("闽安",),
            source="新华社",
        ),
        A19(
            "铁通宽带断网近一天后恢复",
            [after(P1(BROADBAND, 0), "）"), *P(BROADBAND, (1,), (4,), (6, 7), (9, 10))],
            lead="据闽南网报道　",
            dateline="据闽南网报道",
            source="闽南网",
        ),
        A19(
            "省考20个职位取消开考",
            [after(P1(CIVILEXAM, 0), "）"), *P(CIVILEXAM, (1,), (2, 3))],
            lead="据《海峡导报》报道　",
            dateline="据《海峡导报》报道",
            source="海峡导报",
        ),
        A19(
            "3月仍是诺如病毒流行季",
            P(NOROVIRUS, (6, 7), (12,), (13, 14)),
            end="（榕　疾）",
            reporters=("榕疾",),
        ),
    ]
    page(
        "x07_meizhou_briefs",
        arts,
        "indent",
        header=["湄洲日报　2018年12月27日　星期四　第4版　综合"],
        footer=["本版编辑：荔　城　　校对：涵　江"],
        note="湄洲日报 八闽简讯, titled briefs, indent",
    )


def x08() -> None:
    """楚天都市报 (pdftotext default, 22): a three-line block over ``本报讯（记者 … 实习生 …）`` with a
    ``图为…`` caption cutting a sentence; an “在…” place 引题 over a short 主题, ``据恩施电视台报道``; a 主题
    + —— 副题, signed ``●本报记者 …，通讯员 …`` with a caption after a paragraph."""
    arts = [
        A19(
            "出租屋甲醛超标一倍多",
            [
                after(P1(FORMALDEHYDE, 0), "）"),
                *P(
                    FORMALDEHYDE,
                    (1, 2),
                    (3,),
                    (4, 5),
                    (6,),
                    (7,),
                    (8, 9),
                    (10, 11),
                    (13, 14),
                    (15,),
                    (16, 17),
                ),
                *P(FORMALDEHYDE, (18,), (19,), (20,)),
            ],
            kicker="入住半个月后提出退房　房东要扣2800元押金",
            subtitle="——经协商房东同意只收半个月租金",
            lead="本报讯（记者　江　汉　实习生　硚　口）",
            dateline="本报讯",
            reporters=("江汉",),
            interns=("硚口",),
            source="本报",
            breaks=((3, "caption", "图为空气质量检测结果。　本报记者　江　汉　摄"),),
            photographers=("江汉",),
        ),
        A19(
            "机场出租车不打表还漫天要价",
            [after(P1(ENSHI, 2), "（附视频）"), *P(ENSHI, (3, 4), (5,), (6,), (7, 8), (9,), (10, 11), (12,))],
            kicker="在恩施许家坪机场",
            lead="据恩施电视台报道　",
            dateline="据恩施电视台报道",
            source="恩施电视台",
        ),
        A19(
            "面包车超员载客绕路仍被查",
            [after(P1(VANS, 1), "讯"), *P(VANS, (2,), (3,), (4,), (5,), (7,), (9,))],
            subtitle="——春运第二天东西湖交警查处两起面包车超员",
            byline="●本报记者　东　湖，通讯员　吴　家",
            reporters=("东湖",),
            correspondents=("吴家",),
            source="本报",
            caps=((3, "交警在革新大道检查超员面包车。　本报记者　东　湖　摄"),),
            photographers=("东湖",),
        ),
    ]
    page(
        "x08_chutian_wrapped",
        arts,
        "wrap",
        width=22,
        header=["楚天都市报　2018年12月5日　星期三　A08　武汉新闻"],
        footer=["责任编辑：黄　陂　　美编：新　洲　　校对：蔡　甸"],
        note="楚天都市报 武汉新闻, wrapped at 22, a place kicker",
    )


def x09() -> None:
    """新晚报 untitled 快讯 (e-paper copy, trailing spaces): a ▲快讯 label over four untitled items
    (``据东北网消息``, ``据水母网消息``, ``本报讯　据…消息，…`` credited after the body, ``本报讯（记者 …）``)."""
    arts = [
        A19(
            "",
            [after(P1(FARM, 0), "）"), *P(FARM, (1,), (5,))],
            column="▲快讯",
            lead="据东北网消息　",
            dateline="据东北网消息",
            source="东北网",
        ),
        A19(
            "",
            P(BATTERY, (1,), (4,), (5, 7)),
            lead="据水母网消息　",
            dateline="据水母网消息",
            source="水母网",
        ),
        A19(
            "",
            P(SLIDE, (2,), (3,), (9,)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            end="（航　讯）",
            reporters=("航讯",),
        ),
        A19(
            "",
            [after(P1(BASKETBALL, 0), "）"), *P(BASKETBALL, (1,), (2,), (3,), (4,))],
            lead="本报讯（记者　松　北）",
            dateline="本报讯",
            reporters=("松北",),
            source="本报",
        ),
    ]
    page(
        "x09_xinwanbao_briefs",
        arts,
        "web",
        header=["新晚报　2018年5月24日　星期四　A10　快讯"],
        footer=["编辑：道　里　　美编：南　岗"],
        trailing=True,
        note="新晚报 快讯, untitled briefs, web copy, trailing spaces",
    )


def x10() -> None:
    """延安日报 (　　 indent) opening with a story continued from page 1 (``（上接第一版）``, no headline);
    a quotation-like 引题 + 主题 + 副题 block, signed ``□本报记者 … 实习生 …`` with a caption."""
    top = A19("", P(HOSPITAL, (11,), (12,), (13,), (14, 15)))
    arts = [
        A19(
            "郑律成生平事迹专题展在鲁艺旧址开展",
            P(COMPOSER, (3,), (5,), (7,), (8,), (10, 11), (12, 13), (16,), (18,), (20,)),
            kicker="“军歌之父”的音乐人生",
            subtitle="展出作品手稿和在延安期间的多幅珍贵照片",
            byline="□本报记者　宝　塔　实习生　枣　园",
            reporters=("宝塔",),
            interns=("枣园",),
            source="本报",
            caps=((2, "观众在展厅内参观。　本报记者　宝　塔　摄"),),
            photographers=("宝塔",),
        ),
    ]
    page(
        "x10_yanan_continued",
        arts,
        "indent",
        top=top,
        top_lines=["（上接第一版）"],
        header=["延安日报　2018年5月24日　星期四　第2版　要闻"],
        footer=["责任编辑：延　河　　校对：清　凉"],
        note="延安日报 要闻, a continued story first, indent",
    )


def x11() -> None:
    """佛山日报 图片新闻 (e-paper copy): a 主题 + —— 副题 story with two captions (one cutting a
    sentence), signed ``文/… 图/…``; a kicker + title story ``据《新快报》报道``; a title-only story
    ``据红网报道`` with a ``事故现场。`` caption."""
    arts = [
        A19(
            "广州多区出现冰雹",
            [after(P1(HAIL, 0), "报道："), *P(HAIL, (1,), (2,), (3, 4), (5,), (6, 7), (8,), (9,))],
            subtitle="——冰雹约汤圆大小，持续约1分钟",
            byline="文/禅　城　图/南　海",
            reporters=("禅城",),
            photographers=("南海",),
            caps=((3, "白云区网友拍到的冰雹。"),),
            breaks=((5, "caption", "▲冰雹过后的白云区街头。"),),
        ),
        A19(
            "遇暴雨预警可延迟上学",
            P(RAINSCHOOL, (1,), (2,), (3, 4), (5, 6), (7,), (8,)),
            kicker="广州市教育局再次挂出灾害性天气停课指引",
            lead="据《新快报》报道　",
            dateline="据《新快报》报道",
            source="新快报",
            caps=((0, "图为暴雨中撑伞上学的学生。（资料图片）"),),
        ),
        A19(
            "两车“组队”逆行7公里",
            [after(P1(WRONGWAY, 2), "）"), *P(WRONGWAY, (3,), (4, 5), (6,), (7,), (8,))],
            lead="据红网报道　",
            dateline="据红网报道",
            source="红网",
            caps=((0, "事故现场。"),),
        ),
    ]
    page(
        "x11_foshan_photo",
        arts,
        "web",
        header=["佛山日报　2019年2月22日　星期五　A07　图片新闻"],
        footer=["图片编辑：顺　德　　责任编辑：三　水"],
        note="佛山日报 图片新闻, many captions, web copy",
    )


def x12() -> None:
    """大连日报 (e-paper copy): a three-line block (a sentence-like 引题) ``据《天津日报》报道`` with ■
    subheads and a caption cutting a sentence; a quotation 主题 over a —— 副题 naming the speaker, signed
    ``本报记者　…　…`` (two names split by a full-width space)."""
    arts = [
        A19(
            "天津海关破获1600万元化妆品走私大案",
            P(
                CUSTOMS,
                (1,),
                (2, 3, 4),
                (5,),
                (6, 7),
                (8,),
                (9,),
                (10,),
                (11,),
                (12,),
                (13,),
                (14,),
                (15,),
                (16,),
            ),
            kicker="申报进口的是化纤布　集装箱里却是一箱箱韩国化妆品",
            subtitle="——智能审像系统识别一票货物平均仅需13秒",
            lead="据《天津日报》报道　",
            dateline="据《天津日报》报道",
            source="天津日报",
            subheads=((2, "■审像发现“瓶瓶罐罐”"), (10, "■机检多了“好帮手”")),
            breaks=((6, "caption", "海关缉私人员清点查扣的化妆品。（资料图片）"),),
        ),
        A19(
            "“它根本和真币差别非常大”",
            [after(P1(PROPS, 0), "报道，"), *P(PROPS, (1,), (2,), (3, 4), (5,), (6, 7), (8, 9), (10, 11))],
            subtitle="——辩护律师徐昕认为印制魔术道具纸币的夫妇不构成伪造货币罪",
            byline="本报记者　周水子　甘井子",
            reporters=("周水子", "甘井子"),
            source="本报",
        ),
    ]
    page(
        "x12_dalian_web",
        arts,
        "web",
        header=["大连日报　2019年1月30日　星期三　A06　国内"],
        footer=["责任编辑：星　海　　版式：老　虎"],
        note="大连日报 国内, web copy, a quotation title",
    )


def x13() -> None:
    """长治日报 (flat wrap): an “在…” place 引题 + short 主题 + 副题 without a dash, signed ``文/… 图/…``
    with a caption after a paragraph and a page strip cutting a sentence; a 主题 + —— 副题, ``本报讯（记者 …）``; a 主题 + —— 副题,
    ``本报5月22日讯（记者 …）``."""
    arts = [
        A19(
            "村民直播卖小米",
            [
                after(P1(MILLET, 0), "）"),
                *P(MILLET, (1,), (2, 3), (4,), (5,), (6, 7), (8,), (9,), (10,), (11,)),
            ],
            kicker="在武乡县上司乡岭头村",
            subtitle="两年来电商带动全县1320余户贫困户增收脱贫",
            byline="文/太　行　图/漳　河",
            reporters=("太行",),
            photographers=("漳河",),
            caps=((5, "魏宝玉在谷子地里直播卖小米。"),),
            breaks=((8, "lines", ["", "长治日报　2018年5月24日　第3版", ""]),),
        ),
        A19(
            "武乡首家电商扶贫超市开业",
            P(MILLET, (12,), (13,), (14, 15)),
            subtitle="——贫困户凭积分可领取捐赠物品",
            lead="本报讯（记者　故　城）",
            dateline="本报讯",
            reporters=("故城",),
            source="本报",
        ),
        A19(
            "加快推进天晚集棚户区改造",
            [
                after(P1(SHANTY, 0), "报道："),
                *P(SHANTY, (1,), (3,), (4, 5), (6,), (7, 8), (9, 10), (11,), (12,)),
            ],
            subtitle="——区长杨隽深入项目现场调研",
            lead="本报5月22日讯（记者　英　雄）",
            dateline="本报5月22日讯",
            reporters=("英雄",),
            source="本报",
        ),
    ]
    page(
        "x13_changzhi_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["长治日报　2018年5月24日　星期四　第3版　综合"],
        footer=["责任编辑：上　党　　校对：潞　州"],
        note="长治日报 综合, flat wrap, a place kicker",
    )


def x14() -> None:
    """南京日报 (pdftotext default, 20, CRLF): a 「民生观察」 label over a three-line block signed
    ``南京日报记者 … 通讯员 …`` with ■ subheads and a caption cutting a sentence; a 主题 + 副题 (no dash)
    ``本报11月14日讯（记者 …）`` with a blank line cutting a sentence."""
    arts = [
        A19(
            "15个物业项目被点名批评",
            P(
                PROPERTY,
                (0,),
                (1,),
                (2,),
                (3,),
                (4, 5),
                (6,),
                (7, 8, 9),
                (10,),
                (11,),
                (12,),
                (13,),
                (14,),
                (15,),
            ),
            column="「民生观察」",
            kicker="全市第三轮物业管理专项检查结果出炉",
            subtitle="——消防安保设备问题突出　6个项目将被征信处罚",
            byline="南京日报记者　秦　淮　通讯员　宁　物",
            reporters=("秦淮",),
            correspondents=("宁物",),
            source="南京日报",
            subheads=(
                (3, "■消防安保问题最突出"),
                (5, "■毁绿种菜、毁绿停车不少"),
                (9, "■6个项目将被征信处罚"),
            ),
            breaks=((7, "caption", "检查人员查看小区消火栓箱。　南京日报记者　秦　淮　摄"),),
            photographers=("秦淮",),
        ),
        A19(
            "本周末冷空气来袭",
            P(COLD, (0, 1), (2,), (3,), (4,), (5, 6), (7,)),
            subtitle="预计18日最低气温2℃左右",
            lead="本报11月14日讯（记者　钟　山）",
            dateline="本报11月14日讯",
            reporters=("钟山",),
            source="本报",
            breaks=((3, "blank", ""),),
        ),
    ]
    page(
        "x14_nanjing_crlf",
        arts,
        "wrap",
        width=20,
        header=["南京日报　2017年11月14日　星期二　A07　城市"],
        footer=["责任编辑：紫　金　　美术编辑：鼓　楼　　校对：栖　霞"],
        eol="\r\n",
        note="南京日报 城市, wrapped at 20, CRLF",
    )


def x15() -> None:
    """内江日报 (flat wrap): a long sentence-like 引题 over a short 主题, ``本报讯（通讯员 …）``, with a
    caption after a paragraph; a title + —— subtitle item ``据四川新闻网报道`` with 第二，… paragraphs."""
    arts = [
        A19(
            "市中区法院审理监察委移送起诉第一案",
            [after(P1(NEIJIANG, 0), "）"), *P(NEIJIANG, (1, 2), (3, 4), (5,), (6,), (7,), (8,), (9,))],
            kicker="市中区监察委员会采取留置措施的首起贪污案当庭宣判",
            lead="本报讯（通讯员　廖　刑）",
            dateline="本报讯",
            correspondents=("廖刑",),
            source="本报",
            caps=((1, "庭审现场。　本报通讯员　廖　刑　摄"),),
            photographers=("廖刑",),
        ),
        A19(
            "恩阳交警查处两起严重超员",
            [last_after(P1(ENYANG, 0), "）"), *P(ENYANG, (1,), (2,), (5,), (6,), (7,), (8,), (9,))],
            subtitle="——两名驾驶人均被依法行政处罚",
            caps=((0, "查获现场。（巴中市交警支队供图）"),),
            lead="据四川新闻网报道　",
            dateline="据四川新闻网报道",
            source="四川新闻网",
        ),
    ]
    page(
        "x15_neijiang_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["内江日报　2018年12月21日　星期五　第3版　法治"],
        footer=["责任编辑：甜　城　　校对：沱　江"],
        note="内江日报 法治, flat wrap, a long kicker over a short title",
    )


def x16() -> None:
    """中国安全生产报 (a 行业报, pdftotext -layout, 25): a ▲春运安全 label over a 主题 + 副题 without a
    dash, ``本报杭州1月16日电（记者 … 通讯员 …）`` (the credit wrapped inside a name), with 预警一：…
    subheads and a shifted next column; a three-line block ``本报石家庄1月28日电（记者 … 通讯员 …）`` with
    a caption cutting a sentence and a narrower next column."""
    arts = [
        A19(
            "金华发布春运交通安全“白皮书”",
            [
                after(P1(JINHUA, 0), "）"),
                *P(JINHUA, (2,), (3,), (5, 6), (8,), (9,), (11,), (12,), (13,), (14,)),
            ],
            column="▲春运安全",
            subtitle="近三年春运亡人事故六成四发生在公路及农村道路",
            lead="本报杭州1月16日电（记者　婺　城　通讯员　金　交）",
            dateline="本报杭州1月16日电",
            reporters=("婺城",),
            correspondents=("金交",),
            source="本报",
            subheads=(
                (1, P1(JINHUA, 1)),
                (3, P1(JINHUA, 4)),
                (4, P1(JINHUA, 7)),
                (6, P1(JINHUA, 10)),
            ),
            breaks=((7, "shift", ""),),
        ),
        A19(
            "超员面包车查处数量居高不下",
            [
                after(P1(HEBEIVANS, 0), "）"),
                *P(HEBEIVANS, (3,), (4, 5), (6,), (7,), (8, 9), (10, 11), (12, 13), (16,)),
            ],
            kicker="河北高速交警去年专项整治面包车违法",
            subtitle="——两起事故车辆均核载9人实载17人",
            lead="本报石家庄1月28日电（记者　冀　安　通讯员　燕　赵）",
            dateline="本报石家庄1月28日电",
            reporters=("冀安",),
            correspondents=("燕赵",),
            source="本报",
            caps=((3, "高速交警检查一辆超员面包车。（河北高速交警供图）"),),
            breaks=((6, "narrow", ""),),
        ),
    ]
    page(
        "x16_anquan_layout",
        arts,
        "layout",
        width=25,
        header=["              中国安全生产报　2019年1月29日　星期二　第3版　交通安全"],
        footer=["                      责任编辑：安　平　　美术编辑：宁　远"],
        note="中国安全生产报 交通安全, pdftotext -layout",
    )


PAGES = [x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, x11, x12, x13, x14, x15, x16]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
