"""Build the ninth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them,
from sentences of ``../shared/corpora`` articles that no other page set under ``tests/pages/`` uses
(the builder checks every sentence it takes against every page there, and never takes one twice;
the corpus is nearly used up, so long articles give several pieces, each from its own sentences).
Headlines, bylines, captions and page furniture are written afresh for the pages.  They aim at the
typical pages of papers and page types no other set has:

* papers: 人民日报海外版 要闻, a 中国新闻周刊-style magazine feature pasted into a page, 北京日报 社区,
  南方都市报 深圳, 西安晚报 健康, 中国环境报, 海峡都市报 交通 briefs, 都市快报 消费, 辽宁日报 科普,
  金陵晚报, 中国文化报, 贵州日报 乡村 briefs, 上海证券报, 燕赵都市报 (a page opening with a story
  continued from page 1), 重庆日报 国际;
* captions: ``图为…``, ``▲…``, ``（XX 摄）``, ``XX/摄``, ``资料图片``, ``供图``, captions on two lines,
  captions set between the two halves of a sentence;
* sentences cut by a column: across a caption, a blank line, a running page strip, a narrower next
  column (pdftotext default) and a shifted next column (pdftotext -layout);
* headline blocks in every combination (kicker + title, title + ``——`` subtitle, title + subtitle
  without a dash, two-line titles, 【…】/「…」/聚焦… labels, a label after the byline), bylines of every
  common form (□/■/● marks, ``本报记者 … 通讯员 … 实习生 …``, ``文/… 图/…``, names split by spaces,
  full-width spaces, 、 and ，, a credit after the body), datelines (``本报讯``, ``本报X月X日讯``,
  ``新华社…电（记者…）``, ``据…报道``, ``本报北京X月X日电``), subheads (``一、…``, ``■…``, short lines),
  titled and untitled briefs, jump lines, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind9/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A9  # noqa: E402
from layoutkit import squash  # noqa: E402
from pagekit import after  # noqa: E402


def norm(s: str) -> str:
    """Text reduced for comparison: no spaces, brackets, quotes or half/full-width differences."""
    s = squash(s).translate({ord(c): None for c in "()（）\"“”'‘’"})
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in s).lower()


def _others() -> str:
    """Every page of the other sets, normalised: no sentence of this set may be found in it."""
    return "".join(
        norm(p.read_bytes().decode("utf-8", "replace"))
        for p in HERE.parent.glob("*/*.txt")
        if p.parent != HERE
    )


OTHERS = _others()


def clean(s: str) -> str:
    """A corpus sentence as a paper prints it: no ASCII spaces around Han characters and digits."""
    s = re.sub(r"(?<=[\u4e00-\u9fff\d%，。、：；“”（）])\s+(?=[\u4e00-\u9fff\d“”（）])", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff“”])\s+(?=\S)", "", s)
    s = re.sub(r"(?<=\S)\s+(?=[\u4e00-\u9fff“”])", "", s)
    s = re.sub(r'\s*"\s*', '"', s)
    s = re.sub(r"(?<![A-Za-z])([a-z])(?=\d)", lambda m: m.group(1).upper(), s)
    s = s.replace(" (", "（").replace("(", "（").replace(") ", "）").replace(")", "）")
    # the corpus is lower-cased: acronyms (IS, CEO, APP, ABS) are printed in capitals again
    s = re.sub(r"(?<![A-Za-z])[a-z]{2,4}(?![A-Za-z])", lambda m: m.group(0).upper(), s)
    for low, name in (("mobileye", "Mobileye"), ("snopes", "Snopes"), ("pose", "pose")):
        s = s.replace(low.upper() if len(low) <= 4 else low, name)
    s = re.sub(r"\?(?=[”\"])", "？", s)
    s = s.replace("MG/100ML", "mg/100ml").replace("°c", "℃")
    return s.replace("?", "？") if s.endswith("?") else s


def _printed_elsewhere(sentence: str) -> bool:
    return any(norm(frag) in OTHERS for frag in re.findall(r"[^。！？]{12,}[。！？]", sentence) or [sentence])


SOURCE = layoutkit.Sentences(clean, refuse=_printed_elsewhere)
conv = SOURCE.conv
P = SOURCE.paragraphs


flat_width = layoutkit.flat_width


def page(name: str, arts: list[dict], style: str, **kw) -> None:
    """Write a page with ``layoutkit.page`` (its defaults: -layout headlines indented 12 spaces, a
    narrower next column 4 characters narrower, a shifted one 10 spaces further right)."""
    assert re.match(r"m\d\d_", name), name
    layoutkit.page(HERE, name, arts, style, **kw)


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
PUTIN = "inews-dev-00157"
MIX = "inews-test-00928"  # a digest of unrelated wire items: each run of sentences is its own story
TRUCK = "inews-train-02310"
FIRE = "inews-train-03419"
LOAN = "inews-train-01832"
SOUP = "inews-train-00608"
CANTEEN = "inews-train-03951"
DRIVE = "inews-train-03724"
FRUIT = "inews-train-02755"
COCOA = "inews-train-01263"
RUMOR = "inews-train-00914"
MOBILEYE = "inews-train-01994"
QINHUAI = "inews-train-00801"
DIGEST = "inews-test-00830"  # a digest: 芬太尼, 娄底, 乌克兰, 成都银杏, 北京天气
JLC = "inews-train-02486"
SPRING = "inews-train-01630"  # a digest of Spring Festival items
VETERAN = "inews-dev-00223"
SHIXING = "inews-train-01773"
SHOES1 = SG.format("5cf301ec91d2f0ea")
SHOES2 = SG.format("2d8e5d2b4cd2f0ea")
SYDNEY = "inews-train-03247"
CLINIC = "inews-train-04030"


# --- the pages ----------------------------------------------------------------------------------


def m01() -> None:
    """人民日报海外版 要闻 (　　 indent): a 海外网…电 story with a —— subtitle and a caption after its
    first paragraph; a ``本报北京…电（记者 …）`` story with a kicker; a 据…报道 item; a brief with a
    byline after the body."""
    putin = P(PUTIN, (0,), (2,), (3, 4), (5, 6), (7, 8, 9, 10))
    putin[0] = after(putin[0], "电")
    arts = [
        A9(
            "普京：恐怖分子在叙劫持约700名人质",
            putin,
            subtitle="——呼吁国际社会联合力量共同反恐",
            lead="海外网10月18日电　",
            dateline="海外网10月18日电",
            source="海外网",
            caps=((0, "俄罗斯总统普京（资料图片）"),),
        ),
        A9(
            "12306试点推出候补购票服务",
            P(MIX, (8, 9), (10,), (36, 37), (38, 39), (40,)),
            kicker="注册用户刷脸核验后即可申请",
            lead="本报北京12月6日电　（记者孙　越）",
            dateline="本报北京12月6日电",
            reporters=("孙越",),
            source="本报",
        ),
        A9(
            "11月社融规模同比少增",
            P(MIX, (12,), (13, 14), (59, 60), (15, 16)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A9(
            "平安集团聘任三位联席CEO",
            P(MIX, (55,), (56,), (57, 58)),
            end="（海　闻）",
            reporters=("海闻",),
        ),
    ]
    page(
        "m01_haiwai_indent",
        arts,
        "indent",
        header=["人民日报海外版　2018年12月7日　星期五　第2版　要闻"],
        footer=["责编：刘　琳　　邮箱：hwbyaowen@126.com"],
        note="人民日报海外版 要闻, indent",
    )


def m02() -> None:
    """中国新闻周刊-style magazine feature pasted into a page (web copy, blank lines): a 封面故事 label,
    a —— subtitle, a ``文／本刊记者 …`` byline, ■ subheads and a caption with a ／摄 credit cutting a
    sentence; a sidebar with no byline; a box with the credit after the body."""
    arts = [
        A9(
            "等待中的货车司机",
            P(TRUCK, (10, 11, 12), (15, 16, 17), (18, 19, 20, 21), (22, 23, 24), (25, 26), (27, 28, 29))
            + P(TRUCK, (31, 32, 33), (34, 35, 36), (37, 38)),
            column="封面故事",
            subtitle="——张家口“11·28”爆燃事故亲历者讲述",
            byline="文／本刊记者　周　航",
            reporters=("周航",),
            photographers=("周航",),
            source="本刊",
            subheads=((1, "■漫长的夜"), (5, "■巨响之后")),
            breaks=((6, "caption", "11月28日下午5点，盛华化工公司路对面被烧焦的荒土。本刊记者　周　航／摄"),),
        ),
        A9(
            "跑了22年大车",
            P(TRUCK, (117, 118, 119, 120), (121, 122, 123, 124), (125, 126, 127), (128, 129))
            + P(TRUCK, (130, 131, 132), (133,), (134, 135, 136)),
            column="人物",
        ),
        A9(
            "“信息部”的生意越来越难做",
            P(
                TRUCK,
                (137, 138, 139),
                (140, 141),
                (142,),
                (143, 144, 145),
                (146,),
                (147, 148, 149),
                (150, 151, 152),
            ),
            end="（本刊记者　周　航）",
            reporters=("周航",),
            source="本刊",
        ),
    ]
    page(
        "m02_magazine_web",
        arts,
        "web",
        header=["中国新闻周刊　2018年12月10日出版　总第880期"],
        footer=["封面故事　|　23"],
        note="magazine feature pasted into a page, web copy",
    )


def m03() -> None:
    """北京日报 社区 page, pdftotext default (22): a 聚焦… label over a kicker + title story with a
    ``本报记者 … 实习生 …`` byline; a story with subheads taken from the printed text and a column cut
    by a blank line; a ``本报讯（记者 …）`` story; a brief whose byline follows the body."""
    s35 = P(FIRE, (35,))[0]
    s54 = P(FIRE, (54,))[0]
    arts = [
        A9(
            "地库百十套消火栓全坏",
            P(FIRE, (10, 11), (14,), (15, 16, 17), (18, 19), (20, 21, 22, 23), (24, 25)),
            column="聚焦社区消防安全",
            kicker="海淀天秀花园一月内连发两起火灾",
            byline="本报记者　高　健　实习生　林　溪",
            reporters=("高健",),
            interns=("林溪",),
            source="本报",
            breaks=((3, "blank", ""),),
        ),
        A9(
            "广渠家园楼道里仍停着电动车",
            [
                *P(FIRE, (26, 27, 28), (29, 30), (31, 32, 33), (34,)),
                after(s35, "“坚守”楼道"),
                *P(FIRE, (36, 37), (38, 39, 40), (41, 42, 43, 44), (45, 46, 47, 48)),
            ],
            byline="本报记者　高　健",
            reporters=("高健",),
            source="本报",
            subheads=((4, "电动车仍“坚守”楼道"),),
        ),
        A9(
            "“禁止牌”难禁消防通道被占",
            [
                after(s54, "被占"),
                *P(FIRE, (55, 56), (57, 58, 59), (60, 61), (62, 63), (68, 69, 70), (71, 72, 73, 74)),
            ],
            lead="本报讯（记者王　蕾）",
            dateline="本报讯",
            reporters=("王蕾",),
            source="本报",
        ),
        A9(
            "多部门表态清理消防隐患",
            [after(P(FIRE, (76,))[0], "隐患"), *P(FIRE, (77, 78), (81, 82, 83))],
            end="（本报记者　王　蕾）",
            reporters=("王蕾",),
            source="本报",
        ),
    ]
    page(
        "m03_beijing_wrapped",
        arts,
        "wrap",
        width=22,
        header=["北京日报　2018年12月14日　星期五　第9版　社区"],
        footer=["本版编辑　何　欣　　美术编辑　孙　琳　　校对　杜　宇"],
        note="北京日报 社区, wrapped at 22",
    )


def m04() -> None:
    """深圳晚报 深圳新闻 page, pdftotext -layout: a kicker + title story with a ``深晚记者 … 通讯员 …``
    byline, subheads printed as ``案发：…`` run-ins and a shifted next column; a —— subtitle story; a
    story whose credit follows the body; an untitled-looking 提醒 brief without a byline."""
    s4 = P(LOAN, (4,))[0]
    s10 = P(LOAN, (10,))[0]
    s40 = P(LOAN, (40,))[0]
    arts = [
        A9(
            "龙岗警方北上湘赣打掉230人贷款诈骗集团",
            [
                *P(LOAN, (0, 1, 2), (3,)),
                after(s4, "没人理她了"),
                *P(LOAN, (5,), (6, 7, 8, 9)),
                after(s10, "整个楼层"),
                *P(LOAN, (11, 12), (13, 14), (15,), (29, 30, 31)),
            ],
            kicker="代号“醉星城”",
            byline="深晚记者　陈　帆　通讯员　龙公宣",
            reporters=("陈帆",),
            correspondents=("龙公宣",),
            source="深晚",
            subheads=((2, "案发：交了8000多元就没人理她了"), (5, "现场：便衣警察的暴喝响彻整个楼层")),
            breaks=((6, "shift", ""),),
        ),
        A9(
            "骗到钱以后就再不搭理你",
            P(LOAN, (33,), (34, 35), (36, 37), (38, 39)),
            subtitle="——起底“醉星城”贷款诈骗集团",
            byline="深晚记者　陈　帆",
            reporters=("陈帆",),
            source="深晚",
            caps=((1, "▲民警在诈骗窝点清点缴获的手机。\n深晚记者　陈　帆　摄"),),
        ),
        A9(
            "骗子公司里也有“窝里斗”",
            [after(s40, "“窝里斗”"), *P(LOAN, (41,), (42, 43), (44, 45), (46,), (47, 48, 49))],
            end="（深晚记者　陈　帆）",
            reporters=("陈帆",),
            source="深晚",
        ),
        A9(
            "警方提醒：贷款应走正规渠道",
            P(LOAN, (50,), (51,)),
        ),
    ]
    page(
        "m04_shenzhen_layout",
        arts,
        "layout",
        width=24,
        header=["                 深圳晚报　2018年12月21日　星期五　A05　深圳新闻"],
        footer=["              责任编辑：吴　铭　　美术编辑：黄　蕾　　校对：丁　一"],
        note="深圳晚报 深圳新闻, pdftotext -layout",
    )


def m05() -> None:
    """三秦都市报 生活 page, flat wrap (a paragraph ends with a short line): a kicker + title story with a
    ``■本报记者 …`` byline, a subhead and a ▲ caption cutting a sentence; a story signed after the
    body; a story with a ``□本报记者 … 实习生 …`` byline and a subhead."""
    s3 = P(SOUP, (3,))[0]
    s17 = P(SOUP, (17,))[0]
    s43 = P(SOUP, (43,))[0]
    arts = [
        A9(
            "“鸡汤文”泛滥背后暗藏产业链",
            [
                *P(SOUP, (0, 1), (2,)),
                after(s3, "转发“鸡汤”"),
                *P(SOUP, (4, 5), (6, 7, 8), (9,), (10, 11), (12,), (13, 14), (15,), (16,)),
            ],
            kicker="网络“鸡汤”变了味儿",
            byline="■本报记者　李　静",
            reporters=("李静",),
            source="本报",
            subheads=((2, "老年人热衷转发“鸡汤”"),),
            breaks=((7, "caption", "▲不少老人热衷在朋友圈转发“养生文”（资料图片）"),),
        ),
        A9(
            "名人屡屡“被鸡汤”",
            [
                after(s17, "“被鸡汤”") + P(SOUP, (18, 19))[0],
                *P(SOUP, (20, 21), (22, 23, 24), (25, 26, 27), (28, 29)),
            ],
            end="（本报记者　李静）",
            reporters=("李静",),
            source="本报",
        ),
        A9(
            "“鸡汤”背后的骗局陷阱",
            [
                after(P(SOUP, (30, 31))[0], "骗局陷阱"),
                *P(SOUP, (32,), (33,), (34, 35, 36), (37,), (38, 39, 40), (41, 42)),
                after(s43, "“毒鸡汤”"),
                *P(SOUP, (44,), (45, 46, 47), (48,), (49, 50, 51), (52, 53, 54)),
            ],
            byline="□本报记者　李　静　实习生　王　月",
            reporters=("李静",),
            interns=("王月",),
            source="本报",
            subheads=((7, "双管齐下拒绝“毒鸡汤”"),),
        ),
    ]
    page(
        "m05_sanqin_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["三秦都市报　2018年5月16日　星期三　A12　生活"],
        footer=["责任编辑　郭　静　　美术编辑　杨　帆　　校对　赵　宁"],
        note="三秦都市报 生活, flat wrap",
    )


def m06() -> None:
    """中国环境报 地方 page (　　 indent): a title + subtitle story (no dash) with a byline ``本报记者 …
    通讯员 …``, three ``问题…：`` subheads and captions between paragraphs; a ``中国天气网讯``
    weather item from a wire."""
    s2 = P(CANTEEN, (2,))[0]
    s3 = P(CANTEEN, (3,))[0]
    s8 = P(CANTEEN, (8,))[0]
    s10 = P(CANTEEN, (10,))[0]
    s13 = P(CANTEEN, (13,))[0]
    s16 = P(CANTEEN, (16,))[0]
    arts = [
        A9(
            "河南22所院校食堂油烟污染普遍",
            [
                *P(CANTEEN, (0,), (1,)),
                after(s2, "维护不到位"),
                after(s3, "地面上的油衣"),
                *P(CANTEEN, (4,), (5,), (6, 7)),
                after(s8, "油迹与垃圾混合"),
                *P(CANTEEN, (9,)),
                after(s10, "学子餐厅油烟直排"),
                *P(CANTEEN, (11,), (12,)),
                after(s13, "管理制度混乱"),
                *P(CANTEEN, (14, 15)),
                after(s16, "大量油渍") + P(CANTEEN, (17, 18))[0],
                *P(CANTEEN, (21, 22)),
            ],
            subtitle="省污染防治攻坚办专项检查发现多校油烟直排",
            byline="本报记者　路　遥　通讯员　张　蕾",
            reporters=("路遥",),
            correspondents=("张蕾",),
            source="本报",
            subheads=(
                (2, "问题1：环保设备安装维护不到位"),
                (7, "问题2：相关从业人员环保意识淡薄"),
                (12, "问题3：校内餐饮服务单位环境保护管理制度混乱"),
            ),
            caps=(
                (2, "黄河水利职业技术学院出风口前方地面上的油衣"),
                (7, "焦作师范高等专科学校学子餐厅油迹与垃圾混合"),
                (9, "焦作师范高等专科学校学子餐厅油烟直排"),
                (13, "河南师范大学实乐餐厅操作间的大量油渍"),
            ),
        ),
        A9(
            "北京将迎大风降温天气",
            [after(P(DIGEST, (49, 50))[0], "中国天气网讯"), *P(DIGEST, (51,), (52,))],
            subtitle="或逼近近十年同期最低温",
            lead="中国天气网讯　",
            dateline="中国天气网讯",
            source="中国天气网",
        ),
    ]
    page(
        "m06_environment_indent",
        arts,
        "indent",
        header=["中国环境报　2018年12月12日　星期三　第6版　地方"],
        footer=["本版责编：王　越　　电话：（010）67102000"],
        note="中国环境报 地方, indent",
    )


def m07() -> None:
    """海峡都市报 交通 page of briefs (　　 indent): titled case briefs under a 【以案说法】 label, then
    untitled briefs opening with 本报讯."""
    arts = [
        A9(
            "醉驾上高速 驾驶证被吊销",
            [after(P(DRIVE, (2,))[0], "1."), *P(DRIVE, (3,), (4, 5))],
            column="【以案说法】",
        ),
        A9(
            "无证酒驾摩托车 罚款并拘留15日",
            [after(P(DRIVE, (6,))[0], "2."), *P(DRIVE, (7, 8), (9,))],
        ),
        A9(
            "货车车厢违法载人 驾驶员被记13分",
            [after(P(DRIVE, (27,))[0], "5."), *P(DRIVE, (28,))],
        ),
        A9(
            "",
            [after(P(DRIVE, (29,))[0], "6."), *P(DRIVE, (30, 31))],
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A9(
            "",
            [after(P(DRIVE, (38,))[0], "7."), *P(DRIVE, (39, 40), (41, 42))],
            lead="本报讯（记者　林　川）",
            dateline="本报讯",
            reporters=("林川",),
            source="本报",
        ),
    ]
    page(
        "m07_strait_briefs",
        arts,
        "indent",
        header=["海峡都市报　2018年3月28日　星期三　A10　交通"],
        footer=["编辑：陈　涛　美编：刘　芳"],
        note="海峡都市报 交通 briefs, indent",
    )


def m08() -> None:
    """都市快报 消费 page, pdftotext default (21), CRLF: a kicker + title story opening with a 据…报道
    dateline, subheads and a caption cutting a sentence; a sidebar of short dialogue paragraphs; a
    「追踪」-labelled story with a subtitle without a dash."""
    s3 = P(FRUIT, (3,))[0]
    s6 = P(FRUIT, (6,))[0]
    s15 = P(FRUIT, (15,))[0]
    s21 = P(FRUIT, (21,))[0]
    s40 = P(FRUIT, (40,))[0]
    arts = [
        A9(
            "腐烂水果流入冷饮店？",
            [
                after(s3, "然而最近，"),
                after(s6, "流入了杭州市场"),
                *P(FRUIT, (7, 8, 9), (10, 11), (12, 13, 14)),
                after(s15, "有事他们会承担"),
                *P(FRUIT, (16, 17, 18), (19, 20)),
            ],
            kicker="杭州一果品批发市场营业员爆料",
            lead="据央视财经报道　",
            dateline="据央视财经报道",
            source="央视财经",
            subheads=((1, "写明“不可食用”的烂水果还是流入了市场"), (5, "组长：你就按流程做，有事他们会承担")),
            breaks=((2, "caption", "成交单上注明“处理，不可食用”。（央视财经视频截图）"),),
        ),
        A9(
            "4箱坏掉的哈密瓜只卖了60块钱",
            [
                after(s21, "栏目视频"),
                *P(FRUIT, (22, 23), (24,), (25,), (26, 27, 28), (29,), (30,), (31,), (32,)),
            ],
            column="相关",
        ),
        A9(
            "小陈良心不安要辞职",
            [after(s40, "提醒业务"), *P(FRUIT, (41, 42, 43), (44, 45), (46, 47), (48, 49, 50))],
            column="「追踪」",
            subtitle="市场负责人：已尽到提醒义务",
        ),
    ]
    page(
        "m08_dushi_crlf",
        arts,
        "wrap",
        width=21,
        header=["都市快报　2018年5月25日　星期五　A14　消费"],
        footer=["本版编辑：许　菁　　版式：周　亮"],
        eol="\r\n",
        note="都市快报 消费, wrapped at 21, CRLF",
    )


def m09() -> None:
    """辽宁日报 科普 page (e-paper copy, blank lines): a kicker + title 据…报道 story with ■ subheads; a
    story with numbered ``一、…`` subheads and a byline ``本报记者 …、…`` (names split by 、); a 据…报道
    story with a caption after it."""
    s3 = P(MOBILEYE, (3,))[0]
    arts = [
        A9(
            "可可树40年内会灭绝？",
            [
                *P(COCOA, (1,), (2, 3), (4, 5, 6), (7, 8)),
                *P(COCOA, (9, 10), (11, 12), (13,), (14, 15, 16), (17, 18)),
                *P(COCOA, (22, 23), (24,), (26,)),
            ],
            kicker="网传“再也吃不到巧克力”",
            lead="据上观新闻报道　",
            dateline="据上观新闻报道",
            source="上观新闻",
            subheads=((4, "■可可树面临“生存困境”"), (9, "■谣言早已被查证")),
        ),
        A9(
            "这些“央视播报”都是谣言",
            P(RUMOR, (1, 2), (3, 4), (5, 6), (7,), (8, 9), (11,), (16, 17), (18, 19), (20, 21)),
            byline="本报记者　赵　明、孙　悦",
            reporters=("赵明", "孙悦"),
            source="本报",
            subheads=(
                (1, "一、“宇宙辐射”要关手机？"),
                (4, "二、“13种胶囊有毒”？"),
                (6, "三、三大运营商合并？"),
            ),
        ),
        A9(
            "无人车闯红灯 “背锅”的竟是电视摄像机",
            [after(s3, "但"), *P(MOBILEYE, (4,), (5, 6), (7, 8, 9), (10, 11, 12))],
            lead="据环球网报道，",
            dateline="据环球网报道",
            source="环球网",
            caps=((4, "Mobileye的无人驾驶测试车（资料图片）"),),
        ),
    ]
    page(
        "m09_liaoning_web",
        arts,
        "web",
        header=["辽宁日报　2018年5月24日　星期四　第11版　科普"],
        footer=["责任编辑：高　爽　　视觉编辑：孙　洋　　检校：李　佳"],
        note="辽宁日报 科普, web copy",
    )


def m10() -> None:
    """金陵晚报 page (　　 indent, BOM): a story with ``奇葩：…`` / ``真相：…`` / ``破案：…`` subheads, a
    ``金陵晚报记者 … 通讯员 …`` byline and a caption cutting a sentence; two briefs from other papers
    (据…报道), one with a two-line title."""
    s3 = P(QINHUAI, (3,))[0]
    s12 = P(QINHUAI, (12,))[0]
    s19 = P(QINHUAI, (19,))[0]
    arts = [
        A9(
            "男子招嫖发现卖淫女是同乡 报警将其解救",
            [
                *P(QINHUAI, (0, 1), (2,)),
                after(s3, "要救卖淫女"),
                *P(QINHUAI, (4, 5), (6, 7), (8,), (9, 10), (11,)),
                after(s12, "被骗经历"),
                *P(QINHUAI, (13,), (14,), (15, 16), (17, 18)),
                after(s19, "分工严明"),
                *P(QINHUAI, (20, 21), (22, 23), (24,)),
            ],
            byline="金陵晚报记者　顾　然　通讯员　秦　宣",
            reporters=("顾然",),
            correspondents=("秦宣",),
            source="金陵晚报",
            subheads=(
                (2, "奇葩：嫖客报警要救卖淫女"),
                (8, "真相：遇老乡卖淫女哭诉被骗经历"),
                (12, "破案：“卖淫”团伙分工严明"),
            ),
            breaks=((9, "caption", "▲瑞金路派出所民警在宾馆附近蹲守。警方供图"),),
        ),
        A9(
            "杀人犯冒用女友亡夫身份隐匿12年",
            P(DIGEST, (29, 30), (31, 32), (33, 34, 35, 36)),
            title_lines=("杀人犯冒用女友亡夫身份", "隐匿12年"),
            lead="据潇湘晨报报道　",
            dateline="据潇湘晨报报道",
            source="潇湘晨报",
        ),
        A9(
            "市民为拍照从垃圾桶翻出银杏叶抛撒",
            P(DIGEST, (44,), (45, 46), (47,), (48,)),
            lead="据华西都市报报道　",
            dateline="据华西都市报报道",
            source="华西都市报",
        ),
    ]
    page(
        "m10_jinling_bom",
        arts,
        "indent",
        header=["金陵晚报　2018年7月9日　星期一　A07　城事"],
        footer=["责编：周　静　　美编：王　琦　　校对：朱　敏"],
        bom=True,
        note="金陵晚报, indent, BOM",
    )


def m11() -> None:
    """中国文化报 文化 page, pdftotext default (23): a ``本报延安…电（记者…）`` story with a caption set
    on two lines between two halves of a sentence; a 「非遗」-labelled brief; a ``中国江苏网…讯 （记者 …）``
    story with a —— subtitle."""
    vet = P(VETERAN, (0,), (1, 2), (3,), (4, 5))
    vet[0] = after(vet[0], "）")
    arts = [
        A9(
            "郑律成生平事迹专题展在延安鲁艺旧址展出",
            P(JLC, (3,), (5,), (7, 8), (10, 11, 12), (13,), (15, 16), (18,), (20,)),
            lead="本报延安5月23日电（记者高　原）",
            dateline="本报延安5月23日电",
            reporters=("高原",),
            photographers=("高原",),
            source="本报",
            breaks=((3, "caption", "观众在专题展上参观。\n本报记者　高　原　摄"),),
        ),
        A9(
            "乐安花灯会传承300多年",
            P(SPRING, (49, 50), (51,)),
            column="「非遗」",
        ),
        A9(
            "央视摄制组走进泗洪关注抗战老兵",
            vet,
            subtitle="——92岁郭孝云讲述“铁道游击队”岁月",
            lead="中国江苏网7月20日讯 （记者 裴凌曼）",
            dateline="中国江苏网7月20日讯",
            reporters=("裴凌曼",),
            source="中国江苏网",
        ),
    ]
    page(
        "m11_culture_wrapped",
        arts,
        "wrap",
        width=23,
        header=["中国文化报　2018年7月23日　星期一　第3版　文化新闻"],
        footer=["责任编辑　于　洋　　版式设计　郑　宁"],
        note="中国文化报 文化新闻, wrapped at 23",
    )


def m12() -> None:
    """贵州日报 乡村 page of briefs (flat wrap, trailing spaces): a ●-marked kicker story with a
    byline ``本报记者 … 通讯员 …``; an untitled 本报讯 brief;
    a titled charity brief signed after the body."""
    arts = [
        A9(
            "宁陵县用移风易俗的钥匙打开“两把锁”",
            P(SPRING, (0, 1, 2), (16, 17), (67, 68, 69), (60, 61, 62)),
            kicker="●婚事新办　减负脱贫",
            byline="本报记者　吴　涛　通讯员　宁　宣",
            reporters=("吴涛",),
            correspondents=("宁宣",),
            source="本报",
        ),
        A9(
            "",
            P(SHIXING, (17, 18), (19, 20, 21), (22, 23)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A9(
            "“送双运动鞋”8所学校已受捐",
            P(SHOES1, (1, 2), (3, 4), (6,)),
            end="（本报记者　吴涛）",
            reporters=("吴涛",),
            source="本报",
        ),
    ]
    page(
        "m12_guizhou_briefs",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["贵州日报　2018年5月25日　星期五　第7版　乡村振兴"],
        footer=["责任编辑：陈　曦　　校对：刘　宁"],
        trailing=True,
        note="贵州日报 乡村 briefs, flat wrap, trailing spaces",
    )


def m13() -> None:
    """上海证券报 page, pdftotext -layout: a 评论员文章-like box with a kicker; a story with a ``■本报记者
    …`` byline and a caption cutting a sentence in a narrower next column; a 据…报道 brief."""
    arts = [
        A9(
            "营造民营经济发展的法治环境",
            P(MIX, (17, 18), (19,), (20, 21)),
            column="本报评论员",
            kicker="学习贯彻中央经济工作会议精神",
        ),
        A9(
            "深化经济体制改革　增强微观主体活力",
            P(MIX, (61, 62), (63,), (64,), (65, 66), (67, 68), (69,)),
            byline="■本报记者　钱　程",
            reporters=("钱程",),
            photographers=("钱程",),
            source="本报",
            breaks=((3, "narrow", ""),),
            caps=((1, "上海陆家嘴金融区（资料图片）　钱　程　摄"),),
        ),
        A9(
            "亚马逊付费会员超过1亿",
            # An agency cited without a date and with a comma at the body's start is the body's own
            # sourcing, as the older sets read it (blind8: ``据新华社报道，经检测…``, ``据外媒报道，…``;
            # corrected after the first run: it was a dateline here at first).  Set apart by a space
            # instead (``据澳联社报道　…``, m14) it is a dateline.
            [("据彭博社报道，" + x if k == 0 else x) for k, x in enumerate(P(MIX, (49, 50), (51,), (52,)))],
        ),
    ]
    page(
        "m13_securities_layout",
        arts,
        "layout",
        width=26,
        header=["                上海证券报　2018年12月24日　星期一　A2　新闻"],
        footer=["                          责任编辑：梁　宁"],
        note="上海证券报, pdftotext -layout",
    )


def m14() -> None:
    """燕赵都市报 page opening with a story continued from page 1 (``（上接第一版）``, no headline, indent,
    a jump line), then a 据…报道 foreign story with a caption, an untitled 本报讯 fire brief, and a
    story with a two-line title and an ``记者 …`` end credit."""
    top = A9(
        "",
        P(TRUCK, (45, 46), (47, 48, 49), (50,), (51, 52, 53), (54, 55), (56, 57), (82, 83, 84), (85, 86)),
        subheads=((6, "“以后不想他再跑了”"),),
    )
    arts = [
        A9(
            "悉尼卡车冲撞巴士站人群",
            P(SYDNEY, (4, 6), (10, 11, 12), (17, 18)),
            subtitle="至少1人死亡6人受伤",
            lead="据澳联社报道　",
            dateline="据澳联社报道",
            source="澳联社",
            caps=((0, "▲事故现场（图片来源：9号台）"),),
        ),
        A9(
            "",
            P(SPRING, (22, 23, 24)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
        A9(
            "贵航300医院精神科医护人员集体离岗",
            P(SPRING, (31,), (32, 33), (34,)),
            title_lines=("贵航300医院精神科", "医护人员集体离岗"),
            end="（记者　杨　帆）",
            reporters=("杨帆",),
        ),
    ]
    page(
        "m14_yanzhao_continued",
        arts,
        "indent",
        header=["燕赵都市报　2018年12月5日　星期三　第2版　要闻"],
        top=top,
        top_lines=["（上接第一版）"],
        after_art={},
        footer=["编辑：张　帆　　美编：李　宁　　校对：王　静"],
        note="燕赵都市报, a continued story first, indent",
    )


def m15() -> None:
    """重庆日报 国际 page (e-paper copy, CRLF): a 新华社…电 story with a 聚焦… label, a —— subtitle and
    a caption with a 新华社发 credit; a story with a column label after the byline ``文/… 图/…``; a
    据…报道 brief."""
    s37 = P(DIGEST, (37,))[0]
    fen = P(
        DIGEST, (0,), (2,), (8, 10), (11, 12), (13, 15), (16, 17, 18), (20, 21, 22), (23, 24, 25), (26, 27)
    )
    arts = [
        A9(
            "美国为何如此重视芬太尼管控",
            fen,
            column="聚焦中美禁毒合作",
            subtitle="——数说芬太尼",
            lead="新华社北京12月3日电（记者张　涛、刘　洋）",
            dateline="新华社北京12月3日电",
            reporters=("张涛", "刘洋"),
            source="新华社",
            breaks=((4, "caption", "美国缉毒局展示查获的芬太尼类物质。新华社发"),),
        ),
        A9(
            "俄罗斯“部分解锁”乌克兰港口",
            [after(s37, "乌克兰港口"), *P(DIGEST, (39, 40), (42,))],
            byline="文/本报记者　周　宁　图/视觉中国",
            reporters=("周宁",),
            source="本报",
            column="环球观察",
            after_by=True,
        ),
        A9(
            "国际足联借大数据打击操纵比赛",
            P(SPRING, (25, 26), (27, 28)),
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
    ]
    page(
        "m15_chongqing_crlf",
        arts,
        "web",
        header=["重庆日报　2018年12月4日　星期二　第6版　国际"],
        footer=["责任编辑　肖　雨　　美术编辑　曾　静"],
        eol="\r\n",
        note="重庆日报 国际, web copy, CRLF",
    )


PAGES = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
