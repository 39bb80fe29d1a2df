"""Build the seventh blind split set (``*.txt``) and its gold files (``*.gold.json``).

These 20 pages were written, and their gold with them, *before* the splitter was ever run on them,
from articles of ``../shared/corpora`` that none of ``tests/pages/split``, ``split_heldout``,
``split_blind`` … ``split_blind6`` uses (neither their ids nor any of their sentences).  They aim at
the typical pages of papers no other set has, and weigh toward what the figures count least so far:

* papers: 人民日报 要闻, 法治日报, 中国纪检监察报, 健康报, 中国教育报, 文汇报, 大众日报, 河北日报,
  广西日报, 云南日报, 黑龙江日报, 羊城晚报, 齐鲁晚报, 今晚报, 深圳特区报, a 21世纪经济报道-style
  business page, a county paper, 中国消费者报, a 国际 page opening with a continued story, a morning
  digest page;
* captions in all their forms: ``图为…``, ``▲…``, ``（XX摄）``, ``本报记者 XX 摄``, ``XX/摄``,
  ``资料图片``, ``…供图``, ``视觉中国``, ``新华社发``, captions printed on two lines, captions set between
  the two halves of a sentence;
* sentences broken by a column: across a blank line, a caption, a page strip or running header, a
  footer + header pair, a narrower next column (pdftotext default) and a shifted next column
  (pdftotext -layout);
* paragraphs that really end without a full stop: before a quote (``…说：`` / ``“…``), with ``……``,
  before a subhead, or at a jump line (``（下转第四版）``) — none may be joined to what follows;
* headline blocks (kicker + title, title + ``——`` subtitle, title + subtitle without a dash, title
  alone), column labels (``【…】``, ``「…」``, ``▲``-free plain labels, labels after the byline),
  bylines of every common form, datelines (``本报讯``, ``本报X月X日讯``, ``本报北京X月X日电``,
  ``新华社…电（…记者…）``, ``据…报道``), subheads (``■…``, ``一、…``, plain short lines, one ending ``？``),
  run-in ``【…】`` briefs and untitled briefs, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind7/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A7  # noqa: E402
from layoutkit import colon  # noqa: E402
from pagekit import IND, after, cut, flat_width, sents  # noqa: E402
from pagekit import S as Q  # noqa: E402


def clean(x: str) -> bool:
    """A corpus sentence fit to print: no web debris, no stray ASCII, a sane length."""
    return not (
        "?" in x
        or "http" in x
        or "[" in x
        or len(re.findall(r"[a-zA-Z]", x)) > 3
        or len(x) > 150
        or len(x) < 10
        or "  " in x
        or IND in x
        or "原标题" in x
        or "摘要" in x
    )


def P(rid: str, *groups: tuple[int, ...]) -> list[str]:
    """Paragraphs of an article: each group of sentence numbers makes one paragraph."""
    s = sents(rid)
    out = []
    for g in groups:
        for i in g:
            assert clean(s[i]), (rid, i, s[i][:30])
        out.append("".join(s[i] for i in g))
    return out


def page(name: str, arts: list[dict], style: str, **kw) -> None:
    """Write a page with ``layoutkit.page``: headlines of -layout pages indented 14 spaces, a narrower
    next column 3 characters narrower, a shifted one 8 spaces further right."""
    layoutkit.page(HERE, name, arts, style, pad=14, narrow=3, shift=8, **kw)


SG = "SogouCS-{}-34913306c0bb3300"
SA = "SogouCA-{}-69713306c0bb3300"


# --- the pages ----------------------------------------------------------------------------------


def h01() -> None:
    """人民日报 要闻 page (　　 indent): a 新华社 story credited to 人民日报 and 新华社 reporters with a
    —— subtitle, a two-line caption cutting a sentence and a jump line ending a cut sentence; a
    ``本报南昌…电`` story whose first paragraph ends with ……; a 人民时评 column with an author line."""
    a = "inews-dev-00600"
    sa = sents(a)
    b = "inews-test-00166"
    sb = sents(b)
    c = "inews-test-00375"
    k = sb[0].index("……") + 2
    arts = [
        A7(
            "揭开“维权”事件的黑幕",
            [
                after(sa[0], "）") + sa[1] + sa[2],
                sa[4],
                Q(a, 5, 6, 7),
                Q(a, 8, 9, 10),
                cut(sa[12], 0.6)[0],
            ],
            subtitle="——公安部指挥摧毁一个以北京锋锐律师事务所为平台，“维权”律师、推手、“访民”相互勾连、滋事扰序的涉嫌重大犯罪团伙",
            lead="新华社北京７月１１日电（人民日报记者黄庆畅、新华社记者邹伟）　",
            dateline="新华社北京７月１１日电",
            reporters=("黄庆畅", "邹伟"),
            photographers=("李鑫",),
            source="新华社",
            breaks=(
                (
                    2,
                    "caption",
                    "7月10日，公安部在北京召开新闻通报会，通报案件侦办进展。\n新华社记者　李　鑫　摄",
                ),
            ),
        ),
        A7(
            "南昌新建区今年问责52名干部",
            [sb[0][:k], sb[0][k:] + sb[1], sb[2], Q(b, 3, 4)],
            subtitle="其中单位“一把手”9人",
            lead="本报南昌12月18日电　（记者　朱　磊）",
            dateline="本报南昌12月18日电",
            reporters=("朱磊",),
            source="本报",
        ),
        A7(
            "楼市调控不会半途而废",
            P(c, (4, 5), (6,), (7, 8), (9, 10)),
            column="人民时评",
            author="□　钟　声",
            reporters=("钟声",),
        ),
    ]
    page(
        "h01_renmin_yaowen",
        arts,
        "indent",
        header=["人民日报　2015年7月12日　星期日　第1版　要闻"],
        footer=["本版责编：钱　伟　蔡华伟　　版式设计：沈亦伶"],
        after_art={0: ["（下转第四版）"]},
        note="人民日报 要闻, indent, jump line after a cut sentence",
    )


def h02() -> None:
    """法治日报 法治·案件 page, pdftotext default (22): a —— subtitle story with a ■ subhead and a
    sentence cut across a blank line; a run-in ``本报讯　记者…通讯员…`` credit without brackets and a
    资料图片 caption; an unsigned story with a subhead, a closing quote paragraph after ``…称：`` and
    a credit at its end, with a narrower next column."""
    a = "inews-test-00349"
    b = "inews-train-00916"
    c = "inews-train-03396"
    sc = sents(c)
    qa, qb = colon(sc[8])
    arts = [
        A7(
            "奚晓明受贿案在津开庭",
            P(a, (1, 2), (3,), (5, 6), (7, 8)),
            subtitle="——被控收受财物逾1.14亿元",
            byline="本报记者　张　昊　通讯员　付　杨",
            reporters=("张昊",),
            correspondents=("付杨",),
            source="本报",
            subheads=((2, "■多数贿款经其子之手"),),
            breaks=((1, "blank", None),),
        ),
        A7(
            "原都江堰市市长马汉选受贿一审获刑",
            P(b, (0, 1), (2, 5), (6, 7), (8, 9)),
            lead="本报讯　记者　李　松　通讯员　王　鹏　",
            dateline="本报讯",
            reporters=("李松",),
            correspondents=("王鹏",),
            source="本报",
            caps=((0, "马汉选在庭审中。（资料图片）"),),
        ),
        A7(
            "副市长情妇受贿160万获缓刑",
            [
                after(sc[1], "）"),
                Q(c, 2, 3),
                after(sc[4], "口腔专家") + sc[5],
                Q(c, 6, 7),
                qa,
                qb,
            ],
            kicker="曾在看守所内三次救助病危同监人员",
            end="（记者　陈卿媛　实习生　李　佳）",
            reporters=("陈卿媛",),
            interns=("李佳",),
            subheads=((2, "曾是低调的口腔专家"),),
            breaks=((3, "narrow", None),),
        ),
    ]
    page(
        "h02_fazhi_wrapped",
        arts,
        "wrap",
        width=22,
        header=["法治日报　2017年5月20日　星期六　第8版　法治·案件"],
        footer=["本版编辑：张　红　　校对：李　欣"],
        note="法治日报, wrapped at 22",
    )


def h03() -> None:
    """中国纪检监察报 page from the e-paper (blank lines): a kicker + title story with a column label
    printed after the byline and a ▲ caption cutting a sentence; a —— subtitle story with a subhead
    ending in ？; a story signed at its end; a ``中国台湾网…消息`` brief."""
    a = "inews-train-01870"
    b = "inews-train-04483"
    sb = sents(b)
    c = "inews-train-04062"
    d = SA.format("2951ad6149da2142")
    arts = [
        A7(
            "村霸为何能把持支书位置13年",
            P(a, (0, 2), (3, 4), (5, 6), (7,)),
            kicker="湖南查处一起村霸涉黑案",
            column="监督一线",
            after_by=True,
            byline="本报记者　程　威　实习生　宋宇晨",
            reporters=("程威",),
            interns=("宋宇晨",),
            photographers=("程威",),
            source="本报",
            breaks=((1, "caption", "▲湖南省纪委监委工作人员在牛角塘村走访群众。本报记者　程　威　摄"),),
        ),
        A7(
            "四川高院一原副庭长被“双开”",
            [after(sb[0], "】") + sb[1], Q(b, 2, 3), sb[5], Q(b, 6, 7), Q(b, 9, 10)],
            subtitle="——违规收受礼金，不报告购买投资型保险情况",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            subheads=((4, "党员干部应报告哪些个人有关事项？"),),
        ),
        A7(
            "东风创普原销售部部长受贿110万元",
            P(c, (0, 1), (2, 3), (4, 5), (6, 7, 8)),
            end="（本报记者　韩亚栋）",
            reporters=("韩亚栋",),
            source="本报",
        ),
        A7(
            "岛内大学教授假发票案涉案者或达千人",
            [after(sents(d)[0], "消息"), sents(d)[1]],
            lead="中国台湾网６月１５日消息　",
            dateline="中国台湾网６月１５日消息",
            source="中国台湾网",
        ),
    ]
    page(
        "h03_jijian_web",
        arts,
        "web",
        header=["中国纪检监察报　2018年12月27日　星期四　第4版　监督执纪"],
        footer=["责任编辑：马　楠　　美术编辑：陈　璐"],
        note="中国纪检监察报, e-paper copy",
    )


def h04() -> None:
    """健康报 综合新闻 page (indent): kicker + title with a ``本报杭州…讯　（记者…通讯员…）`` dateline
    and an 图为 caption; a title + subtitle story with a two-line caption cutting a sentence; a
    ■-signed story with 一、二、 subheads; a short 健康速递 item."""
    a = "inews-train-04762"
    sa = sents(a)
    b = "inews-train-00673"
    c = "inews-train-02257"
    d = SG.format("49ca3a2da9d2f0ea")
    arts = [
        A7(
            "浙江出台责任医生签约服务规范",
            [after(sa[0], "讯") + Q(a, 1, 2, 3), Q(a, 4, 5), Q(a, 6, 7), Q(a, 8, 9)],
            kicker="“身边的医生”怎么签",
            lead="本报杭州7月29日讯　（记者　郑纯胤　通讯员　李　建）",
            dateline="本报杭州7月29日讯",
            reporters=("郑纯胤",),
            correspondents=("李建",),
            photographers=("郑纯胤",),
            source="本报",
            caps=((0, "图为杭州市一社区卫生服务中心的责任医生上门为居民测量血压。本报记者　郑纯胤　摄"),),
        ),
        A7(
            "角膜穿孔与熬夜刷手机无关",
            P(b, (2, 3), (4, 5), (6,), (7, 8)),
            subtitle="主治医生：用眼过度会致疲劳，一般不会造成穿孔",
            byline="本报记者　吴　倩",
            reporters=("吴倩",),
            source="本报",
            breaks=((1, "caption", "患者在医院接受角膜检查。\n受访者供图"),),
        ),
        A7(
            "抗生素残留离餐桌有多远",
            P(c, (0,), (1, 2, 3), (4, 5), (6, 7), (8, 9)),
            byline="■本报记者　胡　彬",
            reporters=("胡彬",),
            source="本报",
            subheads=((1, "一、耐药菌从何而来"), (3, "二、儿童普遍暴露于抗生素")),
        ),
        A7(
            "心脏病孤儿纯纯术后康复",
            [Q(d, 0, 1, 2), Q(d, 3, 4, 5)],
            column="健康速递",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "h04_health_indent",
        arts,
        "indent",
        header=["健康报　2018年12月20日　星期四　第5版　综合新闻"],
        footer=["责任编辑：周　晨　　美术编辑：王晓静"],
        note="健康报, indent",
    )


def h05() -> None:
    """中国教育报 page, pdftotext default without indents (a paragraph ends with a short line): a ■
    byline, a kicker story whose sentence runs across a page strip, a 「…」 column story signed at the
    end, a ``文/本报记者`` story."""
    a = "inews-train-00867"
    b = "inews-train-02300"
    c = SG.format("bdec94fdaad2f0ea")
    d = "inews-test-00796"
    arts = [
        A7(
            "校园周边现“手机网吧”",
            P(a, (0, 1), (2, 3), (7,), (9, 10), (11, 12)),
            subtitle="一元钱租一小时，学生放学就冲进店里",
            byline="■本报记者　甘　甜",
            reporters=("甘甜",),
            source="本报",
        ),
        A7(
            "一次交清三年学费 退学难退款",
            P(b, (0,), (2, 3), (4, 5), (6, 7)),
            kicker="学生投诉职业学院“高价劳务输出”",
            lead="本报讯（记者　李见新）",
            dateline="本报讯",
            reporters=("李见新",),
            source="本报",
            breaks=((2, "lines", ["", "中国教育报　综合新闻　3", ""]),),
        ),
        A7(
            "“小桔灯”照亮乡村孩子阅读路",
            [Q(c, 0, 1), Q(c, 2, 3, 4), Q(c, 5)],
            column="「公益行动」",
            end="（本报记者　刘　洋）",
            reporters=("刘洋",),
            source="本报",
        ),
        A7(
            "校园欺凌如何防患于未然",
            P(d, (0, 1), (2, 3), (5,), (6, 7), (8, 9)),
            byline="文/本报记者　宋伟涛",
            reporters=("宋伟涛",),
            source="本报",
        ),
    ]
    page(
        "h05_education_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["中国教育报　2018年12月3日　星期一　第3版　新闻·综合"],
        footer=["责任编辑：杨　桐　　电话：010-82296588"],
        note="中国教育报, flat wrap",
    )


def h06() -> None:
    """文汇报 文化 page from the e-paper (blank lines): a 新华社发 caption, a 史林 column piece with an
    author line, a (资料图片) caption and a sentence cut across a blank line; a story whose paragraph
    ends ``…表示：`` before the quote, with a 图/视觉中国 caption."""
    a = SA.format("08a6e06749da2142")
    b = "inews-dev-00887"
    c = SG.format("1c490ec964d2f0ea")
    sc = sents(c)
    qa, qb = colon(sc[5])
    arts = [
        A7(
            "上海老相机制造博物馆即将开门迎客",
            [Q(a, 1), Q(a, 2), Q(a, 3)],
            lead="本报讯（记者　李　婷）",
            dateline="本报讯",
            reporters=("李婷",),
            photographers=("裴鑫",),
            source="本报",
            caps=(
                (0, "６月８日，技师在博物馆内的海鸥４Ａ－１０９相机生产线上测试镜头。新华社发（裴鑫　摄）"),
            ),
        ),
        A7(
            "1935年察哈尔的一桩外国记者遇害案",
            P(b, (0, 1, 2), (3, 4), (5, 6, 7), (8, 9)),
            column="【文汇·史林】",
            author="□　周　立",
            reporters=("周立",),
            caps=((0, "察哈尔省会张家口旧影。（资料图片）"),),
            breaks=((2, "blank", None),),
        ),
        A7(
            "公益短片《２０３２我们期望的未来》发布",
            [after(sc[0], "北京讯") + sc[1], Q(c, 2, 3, 4), qa, qb + sc[6], Q(c, 7, 8), Q(c, 9, 10)],
            byline="本报记者　张　蓉",
            reporters=("张蓉",),
            source="本报",
            caps=((4, "联合国秘书长潘基文出席发布活动。　图/视觉中国"),),
        ),
    ]
    page(
        "h06_wenhui_web",
        arts,
        "web",
        header=["文汇报　2012年7月19日　星期四　第9版　文化"],
        footer=["责任编辑/王　彦　　视觉设计/戚黎明"],
        note="文汇报, e-paper copy",
    )


def h07() -> None:
    """大众日报 社会 page, pdftotext -layout (24): a ``本报讯（记者…通讯员…）`` story with a quote paragraph
    after ``…说：`` and a sentence whose next column starts further right; a signed story with a
    ``… 摄`` caption; a story signed at its end; names split by a full-width space in a byline."""
    a = "inews-train-02969"
    sa = sents(a)
    qa, qb = colon(sa[2])
    b = "inews-train-02325"
    sb = sents(b)
    c = "inews-train-03458"
    d = "inews-train-04316"
    sd = sents(d)
    arts = [
        A7(
            "男子备齐作案工具欲抢劫",
            [after(sa[0], "）") + sa[1], qa, qb, Q(a, 3, 4), Q(a, 5, 6), Q(a, 7, 8)],
            subtitle="因驾驶套牌车被查获",
            lead="本报讯（记者　文　新　通讯员　李　魁）",
            dateline="本报讯",
            reporters=("文新",),
            correspondents=("李魁",),
            source="本报",
            breaks=((3, "shift", None),),
        ),
        A7(
            "故意追尾“碰瓷”团伙落网",
            [after(sb[0], "记者超艺") + sb[1], Q(b, 2, 3), Q(b, 4, 5), Q(b, 6, 7)],
            byline="大众日报记者　陈　晨　通讯员　林　敏",
            reporters=("陈晨",),
            correspondents=("林敏",),
            photographers=("陈晨",),
            source="大众日报",
            caps=((1, "事故现场，民警正在勘查。　陈　晨　摄"),),
        ),
        A7(
            "灵车停屋内莫名起火",
            P(c, (0, 1), (2, 3), (4, 5), (6, 7), (8, 9)),
            end="（记者　顾　敏）",
            reporters=("顾敏",),
        ),
        A7(
            "副镇长撕毁记者证件被调查",
            [after(sd[0], "核心提示｜") + sd[1], sd[2], Q(d, 3, 4)],
            byline="本报记者　魏朝林　胡公岗",
            reporters=("魏朝林", "胡公岗"),
            source="本报",
        ),
    ]
    page(
        "h07_dazhong_layout",
        arts,
        "layout",
        width=24,
        header=["大众日报　2018年12月6日　星期四　第7版　社会"],
        footer=["责任编辑：孙　伟　　校对：刘　洋"],
        note="大众日报, pdftotext -layout",
    )


def h08() -> None:
    """河北日报 社会 page, pdftotext default (20), CRLF with a BOM: a long story with a wire-photo
    caption between two lines of a sentence and a page turn (footer + running header) inside a
    sentence; a 据新华社…电 story with a —— subtitle; a 安全提示 item."""
    a = "inews-train-02310"
    b = "inews-train-02346"
    sb = sents(b)
    c = "inews-dev-00260"
    arts = [
        A7(
            "张家口“11·28”爆燃事故背后的货车司机",
            P(a, (0, 1), (2, 3), (4, 5), (6, 7), (8, 9)),
            byline="河北日报记者　王育民",
            reporters=("王育民",),
            photographers=("杨世尧",),
            source="河北日报",
            breaks=(
                (1, "caption", "11月29日，事故现场的过火车辆。新华社记者　杨世尧　摄"),
                (
                    3,
                    "lines",
                    ["", "责任编辑：刘　冰", "", "河北日报　2018年12月5日　星期三　第6版　社会", ""],
                ),
            ),
        ),
        A7(
            "孟津一能化公司发生中毒事故",
            [after(sb[0], "讯") + sb[1], Q(b, 2, 3), Q(b, 4, 5)],
            subtitle="——3人经抢救无效死亡",
            lead="据新华社郑州12月9日电　",
            dateline="据新华社郑州12月9日电",
            source="新华社",
        ),
        A7(
            "粉尘爆炸可防可控",
            P(c, (0, 1), (2, 3), (4, 5), (6, 7)),
            column="安全提示",
        ),
    ]
    page(
        "h08_hebei_crlf",
        arts,
        "wrap",
        width=20,
        header=["河北日报　2018年12月5日　星期三　第5版　社会"],
        footer=["责任编辑：刘　冰"],
        eol="\r\n",
        bom=True,
        note="河北日报, wrapped at 20, CRLF + BOM, page turn inside a sentence",
    )


def h09() -> None:
    """广西日报 社会 page (indent): kicker + title with a byline 广西日报记者…通讯员…, a plain subhead
    and a sentence cut across a blank line; a story with a two-line caption; a ``本报讯　（记者…）``
    story with a ``▲… XX/摄`` caption cutting a sentence."""
    a = "inews-train-00707"
    sa = sents(a)
    b = "inews-train-03970"
    c = "inews-train-01807"
    arts = [
        A7(
            "租车合同越细越好",
            [
                after(sa[2], "通讯员张婷"),
                Q(a, 3, 4),
                after(sa[5], "被扣十倍钱") + sa[6],
                Q(a, 7, 8, 9),
                Q(a, 10, 11),
            ],
            kicker="柳州多名市民租车遇麻烦",
            byline="广西日报记者　廖艳明　通讯员　张　婷",
            reporters=("廖艳明",),
            correspondents=("张婷",),
            source="广西日报",
            subheads=((2, "罚款100元 被扣十倍钱"),),
            breaks=((3, "blank", None),),
        ),
        A7(
            "欧式家具“实木”有几分",
            P(b, (0, 2), (3, 4), (5, 6), (7, 8), (9, 10)),
            byline="本报记者　黄　婷",
            reporters=("黄婷",),
            photographers=("黄婷",),
            source="本报",
            caps=((1, "南宁一家具市场内陈列的欧式家具。\n本报记者　黄　婷　摄"),),
        ),
        A7(
            "桂林东江市场拆除三分之二建筑",
            P(c, (5, 6), (7, 8), (9, 10)),
            lead="本报讯　（记者　秦　雯　通讯员　莫　玉）",
            dateline="本报讯",
            reporters=("秦雯",),
            correspondents=("莫玉",),
            photographers=("秦雯",),
            source="本报",
            breaks=((1, "caption", "▲挖掘机对东江市场后侧建筑进行拆除。　秦雯/摄"),),
        ),
    ]
    page(
        "h09_guangxi_indent",
        arts,
        "indent",
        header=["广西日报　2018年5月22日　星期二　第5版　社会"],
        footer=["责任编辑：韦　强　　校对：梁　芳"],
        note="广西日报, indent",
    )


def h10() -> None:
    """云南日报 经济 page from the e-paper (blank lines): kicker + title with a two-line caption cutting a
    sentence; a ``本报昆明…讯`` story; a ``本报讯`` story with a ``主办方供图`` caption."""
    a = "inews-dev-00169"
    b = "inews-train-01229"
    c = SG.format("dc12a76b5ad2f0ea")
    arts = [
        A7(
            "洱海流域畜禽粪便变身有机肥",
            P(a, (0, 1), (2, 3), (4, 5), (6, 7)),
            kicker="“用肥换粪”护洱海",
            byline="本报记者　杨　峥",
            reporters=("杨峥",),
            photographers=("杨峥",),
            source="本报",
            breaks=((2, "caption", "图为顺丰公司在洱海流域建设的畜禽粪便收集站。\n本报记者　杨　峥　摄"),),
        ),
        A7(
            "易见股份去年净利润增长35.25%",
            P(b, (2, 3), (4, 5), (6, 7)),
            lead="本报昆明4月20日讯　",
            dateline="本报昆明4月20日讯",
            source="本报",
        ),
        A7(
            "公益基金向“济慈之家”捐赠物资",
            P(c, (0, 1), (2, 3), (4,), (5, 6)),
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            caps=((2, "捐赠仪式现场。主办方供图"),),
        ),
    ]
    page(
        "h10_yunnan_web",
        arts,
        "web",
        header=["云南日报　2018年4月21日　星期六　第6版　经济"],
        footer=["责任编辑：李　娜"],
        note="云南日报, e-paper copy",
    )


def h11() -> None:
    """黑龙江日报 综合新闻 page, pdftotext default without indents, trailing spaces: kicker + title with
    a byline …实习生…, a subhead lifted from the story and a closing quote after ``…障碍：``; a story
    whose sentence runs across a page strip; an unsigned story; a story with two ``…说：`` quotes."""
    a = "inews-train-03419"
    sa = sents(a)
    qa, qb = colon(sa[12])
    b = "inews-train-04474"
    c = "inews-train-03604"
    d = "inews-train-00785"
    sd = sents(d)
    q1a, q1b = colon(sd[6])
    q2a, q2b = colon(sd[7])
    arts = [
        A7(
            "消防设施“瘫痪”隐患亟待排除",
            [Q(a, 0, 1, 2), Q(a, 3, 4, 5), after(sa[6], "全坏") + sa[7], Q(a, 8, 9), qa, qb],
            kicker="本报记者走访多个小区发现",
            byline="本报记者　刘　岩　实习生　王　楠",
            reporters=("刘岩",),
            interns=("王楠",),
            source="本报",
            subheads=((2, "地库百十套消火栓全坏"),),
        ),
        A7(
            "武汉捣毁16家豆制品小作坊",
            P(b, (2, 3), (4, 5), (6, 7, 8), (9,)),
            lead="本报讯（记者　陈　希）",
            dateline="本报讯",
            reporters=("陈希",),
            source="本报",
            breaks=((2, "lines", ["", "2018年5月3日　星期四　综合新闻　7", ""]),),
        ),
        A7("新房墙壁手抠能掉渣", P(c, (1, 2), (5, 6), (7, 8))),
        A7(
            "街头现“共享马扎”市民反应不一",
            [sd[3], sd[5], q1a, q1b, q2a, q2b, Q(d, 8, 9)],
            byline="华商报记者　李　斌",
            reporters=("李斌",),
            source="华商报",
        ),
    ]
    page(
        "h11_heilongjiang_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["黑龙江日报　2018年5月3日　星期四　第7版　综合新闻"],
        footer=["责任编辑：赵　宇　　校对：孙　楠"],
        trailing=True,
        note="黑龙江日报, flat wrap, trailing spaces",
    )


def h12() -> None:
    """羊城晚报 综合 page from the e-paper (blank lines): a 「体坛」 story with a (资料图片) caption, a
    ``羊城晚报讯 记者…报道：`` story with a 视觉中国 caption cutting a sentence, an unsigned story with a
    body opening 据…报道 and a quote after ``…说：``, a story signed 记者…实习生…."""
    a = "inews-train-02757"
    b = "inews-train-00908"
    c = SG.format("f7d8b0ad77d2f0ea")
    sc = sents(c)
    qa, qb = colon(sc[12])
    d = "inews-train-02827"
    arts = [
        A7(
            "马刺担心莱昂纳德团队提出交易",
            P(a, (1, 2), (3, 4), (5, 6), (7, 8)),
            column="「体坛」",
            byline="羊城晚报记者　杨　影",
            reporters=("杨影",),
            source="羊城晚报",
            caps=((0, "莱昂纳德（资料图片）"),),
        ),
        A7(
            "西甲德比南京开打",
            P(b, (0, 1), (2, 3), (4, 5), (6, 7), (8, 9)),
            subtitle="张呈栋或代表巴列卡诺亮相",
            lead="羊城晚报讯　记者郑佳报道：",
            dateline="羊城晚报讯",
            reporters=("郑佳",),
            source="羊城晚报",
            breaks=((3, "caption", "皇家社会主帅莫耶斯在训练中。　视觉中国"),),
        ),
        A7(
            "动车事故幸存女孩被幼儿园拒收",
            [sc[0], Q(c, 1, 2, 3), Q(c, 4, 5), Q(c, 6, 7), Q(c, 8, 9), qa, qb],
        ),
        A7(
            "边充电边玩手机 小心“定时炸弹”",
            P(d, (1, 2), (5, 6), (7, 8)),
            byline="羊城晚报记者　何　雯　实习生　刘　静",
            reporters=("何雯",),
            interns=("刘静",),
            source="羊城晚报",
        ),
    ]
    page(
        "h12_yangcheng_web",
        arts,
        "web",
        header=["羊城晚报　2018年7月20日　星期五　A12　综合"],
        footer=["责编　陈　琳　　美编　吴　萍"],
        note="羊城晚报, e-paper copy",
    )


def h13() -> None:
    """齐鲁晚报 国际·社会 page, pdftotext default (21): a 据新华社电 story with a —— subtitle, a
    齐鲁晚报·齐鲁壹点 byline, a kicker story with a 图/视觉中国 caption and a narrower next column, a
    ``本报讯`` story with a two-word closing sentence."""
    a = "inews-train-04434"
    b = "inews-train-03174"
    sb = sents(b)
    c = "inews-train-05038"
    d = SG.format("0457b76b4fd2f0ea")
    arts = [
        A7(
            "中国女游客泰国遭绑架",
            P(a, (0,), (2,), (3,), (4,)),
            subtitle="——5名绑匪中4人是中国人",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A7(
            "台湾男子在柬贩毒被判30年",
            [after(sb[1], "】"), sb[2], Q(b, 5, 6), sb[7]],
            byline="齐鲁晚报·齐鲁壹点记者　王　皓",
            reporters=("王皓",),
            source="齐鲁晚报·齐鲁壹点",
        ),
        A7(
            "帮人带行李竟成运毒",
            P(c, (0, 1), (2, 4), (5, 6), (7, 10)),
            kicker="警惕“人肉快递”风险",
            byline="本报记者　孙　璐",
            reporters=("孙璐",),
            source="本报",
            caps=((1, "马来西亚警方查获的毒品。图/视觉中国"),),
            breaks=((2, "narrow", None),),
        ),
        A7(
            "英国游客性骚扰中国女孩",
            [Q(d, 0, 1), Q(d, 2), Q(d, 3, 4, 5)],
            subtitle="律师称可能轻罚",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
        ),
    ]
    page(
        "h13_qilu_wrapped",
        arts,
        "wrap",
        width=21,
        header=["齐鲁晚报　2018年5月25日　星期五　A10　国际·社会"],
        footer=["编辑：王　芳　　美编：李　静　　组版：刘　颖"],
        note="齐鲁晚报, wrapped at 21",
    )


def h14() -> None:
    """今晚报 法治 page (indent): a 政法简讯 box of items whose titles are printed run-in in 【】."""
    a = "inews-dev-00274"
    sa = sents(a)
    b = "inews-test-00376"
    sb = sents(b)

    def item(k: int, paras: list[str], **kw) -> dict:
        t = sa[k][1 : sa[k].index("】")] if k >= 0 else sb[0][1 : sb[0].index("】")]
        return A7(t, paras, runin=True, **kw)

    arts = [
        item(3, [after(sa[3], "】")], column="政法简讯"),
        item(6, [after(sa[6], "】") + sa[7]]),
        item(8, [after(sa[8], "】")]),
        item(9, [after(sa[9], "】") + sa[10], Q(a, 11, 12)]),
        item(13, [after(sa[13], "】") + sa[14] + sa[15]]),
        item(-1, [after(sb[0], "】") + sb[1], Q(b, 2, 3, 4)]),
    ]
    page(
        "h14_jinwan_briefs",
        arts,
        "indent",
        header=["今晚报　2018年12月18日　星期二　第12版　法治"],
        footer=["责任编辑：刘　莉"],
        note="今晚报, run-in 【】 briefs",
    )


def h15() -> None:
    """深圳特区报 经济 page, pdftotext -layout (22): a story with a two-line caption, a —— subtitle story
    whose next column starts further right, a story whose sentence runs across a page strip."""
    a = "inews-train-01558"
    b = "inews-train-00040"
    c = "inews-train-01888"
    arts = [
        A7(
            "深圳首套房贷利率普遍上浮10%",
            P(a, (1, 2), (3, 4), (5, 6), (7, 8)),
            byline="深圳特区报记者　钟　华",
            reporters=("钟华",),
            photographers=("齐洁爽",),
            source="深圳特区报",
            caps=((1, "市民在银行网点咨询房贷业务。\n深圳特区报记者　齐洁爽　摄"),),
        ),
        A7(
            "多地银行上调房贷利率",
            P(b, (4, 5), (7, 8), (9, 10), (11, 12)),
            subtitle="——专家预测央行加息脚步逼近",
            lead="本报讯　",
            dateline="本报讯",
            source="本报",
            breaks=((1, "shift", None),),
        ),
        A7(
            "住建部赴15城检查楼市违规",
            P(c, (1, 2), (3, 4), (5, 6, 7), (8, 9)),
            lead="本报讯（记者　王　溪）",
            dateline="本报讯",
            reporters=("王溪",),
            source="本报",
            breaks=((2, "lines", ["", "深圳特区报　经济　A06", ""]),),
        ),
    ]
    page(
        "h15_shenzhen_layout",
        arts,
        "layout",
        width=22,
        header=["A06　经济　　深圳特区报　2017年11月18日　星期六"],
        footer=["责任编辑：李　萍　　美术编辑：陈　思"],
        note="深圳特区报, pdftotext -layout",
    )


def h16() -> None:
    """21世纪经济报道-style 金融 page (indent): a title + subtitle story, a ``本报讯（记者…）`` story with a
    plain subhead and a bare (资料图片) line, a ``本报记者 … 北京报道`` byline with a subhead and a
    sentence cut across a blank line, a 【理财提示】 piece signed at its end."""
    a = "inews-test-00535"
    b = "inews-train-01736"
    sb = sents(b)
    c = "inews-train-00965"
    sc = sents(c)
    d = "inews-train-00228"
    arts = [
        A7(
            "大基金二期募资接近完成",
            P(a, (0, 1), (2, 3), (4, 6)),
            subtitle="化合物半导体成三大重心之一",
            byline="21世纪经济报道记者　倪　雨",
            reporters=("倪雨",),
            source="21世纪经济报道",
        ),
        A7(
            "邦讯技术实控人违约遭被动减持",
            [Q(b, 0, 1), Q(b, 2, 3), after(sb[4], "触发违约") + sb[5], Q(b, 6, 7)],
            lead="本报讯（记者　王　晶）",
            dateline="本报讯",
            reporters=("王晶",),
            source="本报",
            subheads=((2, "延期不成触发违约"),),
            caps=((0, "（资料图片）"),),
        ),
        A7(
            "创富汇通涉嫌集资诈骗 数百投资人被套",
            [Q(c, 1, 2), Q(c, 3, 4), after(sc[5], "已失联") + sc[6], Q(c, 7, 8)],
            byline="本报记者　李　愿　北京报道",
            reporters=("李愿",),
            source="本报",
            subheads=((2, "高息诱惑 27岁公司法人已失联"),),
            breaks=((1, "blank", None),),
        ),
        A7(
            "警惕“退保理财”陷阱",
            P(d, (0, 1), (2, 3), (4, 5), (6, 7)),
            column="【理财提示】",
            end="（本报记者　李　智）",
            reporters=("李智",),
            source="本报",
        ),
    ]
    page(
        "h16_business_indent",
        arts,
        "indent",
        header=["21世纪经济报道　2018年5月24日　星期四　第10版　金融"],
        footer=["编辑：王　莹　　美编：刘　伟"],
        note="business paper, indent",
    )


def h17() -> None:
    """A county paper's front page from the e-paper (blank lines), CRLF and trailing spaces: a
    ``本报讯（通讯员…）`` story with a ▲… 供图 caption and a sentence cut across a blank line, a
    ``本报讯（记者…）`` story, a 天圆网讯 item, a ``商报讯　（记者…通讯员…）`` item."""
    a = "inews-test-00964"
    b = "inews-train-02265"
    sb = sents(b)
    c = "inews-train-00231"
    d = SA.format("e858eb9394e7bc78").replace("69713306c0bb3300", "49f37189a1acd500")
    arts = [
        A7(
            "半挂车“断头”险酿事故",
            [after(sents(a)[0], "）"), Q(a, 1), Q(a, 2, 3), Q(a, 4, 5)],
            lead="本报讯（通讯员　沈伟）",
            dateline="本报讯",
            correspondents=("沈伟",),
            source="本报",
            caps=((1, "▲脱节的半挂车车头与车厢。　县公安局交巡警大队供图"),),
            breaks=((2, "blank", None),),
        ),
        A7(
            "全省公务员考试报名已超3.6万人",
            [after(sb[0], "(记者张永)"), Q(b, 1, 2), Q(b, 3, 5), Q(b, 6)],
            lead="本报讯（记者　张　永）",
            dateline="本报讯",
            reporters=("张永",),
            source="本报",
        ),
        A7(
            "上半年查处医疗执业等违法案件133起",
            [after(sents(c)[0], "天圆网讯"), Q(c, 1), Q(c, 2), Q(c, 3, 4)],
            lead="天圆网讯　",
            dateline="天圆网讯",
            source="天圆网",
        ),
        A7(
            "阳光人寿推出少儿保险计划",
            [after(sents(d)[0], "）"), sents(d)[1]],
            lead="商报讯　（记者　楼志文　通讯员　陈佩云）　",
            dateline="商报讯",
            reporters=("楼志文",),
            correspondents=("陈佩云",),
            source="商报",
        ),
    ]
    page(
        "h17_county_crlf",
        arts,
        "web",
        header=["盐池县报　2018年12月20日　星期四　第1版　要闻"],
        footer=["本版编辑：马　玲　　校对：李　娟"],
        eol="\r\n",
        trailing=True,
        note="county paper, CRLF + trailing spaces",
    )


def h18() -> None:
    """中国消费者报 调查 page, pdftotext default (23): kicker + title with a subhead lifted from the
    story and a ``… 摄`` caption between two lines of a sentence; a signed story; a 消费调查 piece with
    a narrower next column; a story signed at its end."""
    a = "inews-train-01086"
    sa = sents(a)
    b = "inews-train-03110"
    c = SG.format("235a12dfe0d2f0ea")
    d = "inews-train-03594"
    arts = [
        A7(
            "阳澄湖大闸蟹券卡为何难兑换",
            [Q(a, 0, 1), after(sa[3], "难兑换") + sa[4], Q(a, 5, 6), Q(a, 7, 8)],
            kicker="记者赶在开湖前调查",
            byline="本报记者　刘　盼",
            reporters=("刘盼",),
            photographers=("刘盼",),
            source="本报",
            subheads=((1, "网购券卡难兑换"),),
            breaks=((2, "caption", "消费者出示的大闸蟹提货券。刘　盼　摄"),),
        ),
        A7(
            "宣称食品能治病 营销模式被指传销",
            P(b, (2,), (4, 5), (6, 7), (8, 9)),
            byline="本报记者　孙　旭",
            reporters=("孙旭",),
            source="本报",
        ),
        A7(
            "自救知识，你足够了解吗？",
            [Q(c, 0, 1), Q(c, 2, 3, 4), Q(c, 5, 6), Q(c, 7, 8), Q(c, 9, 10, 11)],
            column="消费调查",
            breaks=((1, "narrow", None),),
        ),
        A7(
            "小区采光井违建 业主办不了产权证",
            P(d, (3, 4), (5, 6), (7, 8), (9, 10)),
            end="（本报记者　林　苑）",
            reporters=("林苑",),
            source="本报",
        ),
    ]
    page(
        "h18_consumer_wrapped",
        arts,
        "wrap",
        width=23,
        header=["中国消费者报　2018年12月19日　星期三　第3版　调查"],
        footer=["责任编辑：侯　颖"],
        note="中国消费者报, wrapped at 23",
    )


def h19() -> None:
    """国际 page (indent) opening with the end of a page-1 story (``（上接第一版）``): a ``据中新网…电``
    story with a 新华社发 caption, a ``本报驻东京记者`` story with a (视频截图) caption cutting a
    sentence, a story with a 图片来源 caption."""
    f = "inews-train-02098"
    a = "inews-train-04195"
    sa = sents(a)
    b = "inews-train-02345"
    c = "inews-train-04506"
    arts = [
        A7("", P(f, (3, 4), (5, 6)), lead="（上接第一版）"),
        A7(
            "美联邦法官裁定“奥巴马医保”违宪",
            [after(sa[0], "综合报道，") + sa[1], sa[2], Q(a, 5, 6), Q(a, 7, 8)],
            lead="据中新网12月17日电　",
            dateline="据中新网12月17日电",
            source="中新网",
            caps=((2, "当地时间12月14日，民众在华盛顿参加集会。新华社发"),),
        ),
        A7(
            "日本近海惊现巨型乌贼",
            P(b, (5, 6), (7, 8), (9, 10), (11, 12)),
            subtitle="有人担心是大地震前兆",
            byline="本报驻东京记者　刘军国",
            reporters=("刘军国",),
            source="本报",
            breaks=((1, "caption", "北海道海岸发现的大王乌贼。（视频截图）"),),
        ),
        A7(
            "火山喷发如“半球形花朵”",
            P(c, (1, 2), (4, 5, 6), (8, 9), (10, 12)),
            caps=((2, "基拉韦厄火山喷射的岩浆。图片来源：美国地质勘探局"),),
        ),
    ]
    page(
        "h19_international_continued",
        arts,
        "indent",
        header=["2019年1月2日　星期三　第3版　国际"],
        footer=["责任编辑：李　强　　版式设计：张芳曼"],
        note="国际 page opening with a continued story",
    )


def h20() -> None:
    """A morning digest page, pdftotext default without indents: an 早间新闻 column of titled items,
    then a 简讯 column of untitled 据新华社电 items, one with a sentence cut across a blank line."""
    a = "inews-train-03837"
    sa = sents(a)
    b = "inews-dev-00942"
    arts = [
        A7(
            "李克强：希韩方继续妥善处理好“萨德”问题",
            [after(sa[0], "“萨德”问题") + sa[1] + sa[2]],
            column="早间新闻",
        ),
        A7("医疗广告卷土重来", [after(sa[3], "卷土重来") + sa[4]]),
        A7("住建部再发声：坚持房地产调控目标不动摇", [after(sa[7], "不动摇") + sa[8] + sa[9]]),
        A7(
            "",
            [Q(b, 2, 3)],
            column="简讯",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
            breaks=((0, "blank", None),),
        ),
        A7("", [Q(b, 5, 6)], lead="据新华社电　", dateline="据新华社电", source="新华社"),
    ]
    page(
        "h20_digest_flat",
        arts,
        "flat",
        width=flat_width(arts),
        header=["2018年5月12日　星期六　第2版　新闻速览"],
        footer=["编辑：周　舟"],
        note="digest page, flat wrap",
    )


PAGES = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
