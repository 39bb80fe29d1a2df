"""Cues added after the seventeenth blind page set (issue 4): a photo's words printed tight inside a cut
sentence on a page that sets paragraphs apart by blank lines, a caption printed left of a
``pdftotext -layout`` page's margin, ``【英国《卫报》网站6月13日报道】`` datelines, ``「快讯」`` labels, a
magazine's running head by issue and page, a short title over a long two-phrase subtitle, and a title
printed on two lines around a word pair (``…越长`` / ``…就越多``).

Text written for these tests, in the manner of the papers' pages."""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.assemble import dateline_source, kicker_over_title, read_headline
from newsmine.split.lines import Kind, Line, classify_text, is_furniture


def test_caption_inside_a_cut_sentence_on_a_blank_line_page() -> None:
    """Paragraphs set apart by blank lines; a short finished sentence tight between an unfinished line
    and its rest is a caption, and the sentence is one paragraph again."""
    page = "\n".join(
        [
            "货车超载被查",
            "",
            "本报记者　林　海",
            "",
            "昨天上午，交警在国道一处检查站例行检查时，发现一辆货车车身明显下沉，行驶十分吃力。",
            "",
            "民警登车检查发现，车厢里堆满了建筑用的钢材，远远超出核定载质量，司机随后",
            "民警在检查站称重。",
            "承认为了多挣运费而冒险超载。",
            "",
            "目前，司机已被依法处罚，超载货物已卸载转运。",
        ]
    )
    (art,) = split_page(page)
    assert art.captions == ("民警在检查站称重。",)
    assert "司机随后承认为了多挣运费而冒险超载。" in art.body
    assert len(art.body.split("\n")) == 3


@pytest.mark.parametrize(
    ("rest", "caption"),
    [
        # the line under the short one opens a new paragraph (a blank line above it): the short line is
        # the paragraph's own end
        (["两个人。", "", "后排座也坐满了乘客。"], False),
        # the short line goes on with its own unfinished sentence: running text
        (["两个人，简易凳子没有固定，", "凳子左右摇晃。"], False),
        (["简易木凳放在车厢里。", "两个人，简易凳子没有固定。"], True),
    ],
)
def test_caption_in_cut_sentence_needs_the_sentence_to_go_on(rest: list[str], caption: bool) -> None:
    page = "\n".join(
        [
            "面包车超员被查",
            "",
            "本报记者　林　海",
            "",
            "来自交巡警的消息，昨天下午，民警正在立交附近执行晚高峰勤务。",
            "",
            "一辆面包车沉重驶过，民警当即示意司机靠边停车，接受检查。",
            "",
            "前排的三个座位中的一个座位已经拆除，放着一个用木板做的凳子，上面竟然还挤坐着",
            *rest,
            "",
            "经查，该车核载7人，实载10人。",
        ]
    )
    (art,) = split_page(page)
    assert (art.captions != ()) is caption


def _layout(paragraphs: list[str], width: int = 20) -> list[str]:
    """Paragraphs printed as ``pdftotext -layout`` prints a column: every line two cells in from the
    page edge, a paragraph's first line four more (two characters fewer), ``width`` characters a line."""
    out = []
    for para in paragraphs:
        first, rest = para[: width - 2], para[width - 2 :]
        out.append("      " + first)
        out.extend("  " + rest[k : k + width] for k in range(0, len(rest), width))
    return out


_FLOWERS = [
    "在消费升级的趋势下，中国鲜花消费正在从节庆礼品走向日常生活，越来越多的家庭开始定期购买鲜花。",
    "公开资料显示，这家公司2014年成立于云南昆明，是一家专注于花卉种植及周边智能硬件生产研发与销售服务的园艺科技公司。",
    "公司创始人在花卉行业拥有二十年经验，此前曾在多家种植企业和花卉拍卖市场任职。",
    "公司生产精品花卉和智能花盆，其智能花盆可以通过无线网络联网，产品已经卖到全国一百多个城市。",
]


def test_caption_left_of_a_layout_margin() -> None:
    """``pdftotext -layout``: a finished short sentence at the page edge, left of the column's margin,
    between two paragraphs is a photo's words, not the end of the paragraph above."""
    body = _layout(_FLOWERS)
    cut = next(n for n, x in enumerate(body) if x.endswith("园艺科技公司。")) + 1
    page = "\n".join(
        [
            "  花卉企业完成新一轮融资",
            "",
            "  本报记者　方　明",
            "",
            *body[:cut],
            "温室里待售的精品花卉。",
            *body[cut:],
        ]
    )
    (art,) = split_page(page)
    assert art.captions == ("温室里待售的精品花卉。",)
    assert art.body.split("\n")[1].endswith("园艺科技公司。")
    assert "温室里" not in art.body
    assert len(art.body.split("\n")) == 4


def test_continuation_left_of_a_layout_margin_stays_body() -> None:
    """The last line of a paragraph printed at the page edge under an unfinished line goes on with it."""
    body = _layout(_FLOWERS)
    k = next(n for n, x in enumerate(body) if x.startswith("  ") and not x.startswith("      ") and n > 4)
    body[k] = body[k].lstrip()
    page = "\n".join(["  花卉企业完成新一轮融资", "", "  本报记者　方　明", "", *body])
    (art,) = split_page(page)
    assert art.captions == ()
    assert len(art.body.split("\n")) == 4
    assert art.body.replace("\n", "") == "".join(_FLOWERS)


@pytest.mark.parametrize(
    ("line", "dateline", "rest", "source"),
    [
        (
            "【英国《卫报》网站6月13日报道】日前，苏格兰一家银行宣布推出新服务。",
            "英国《卫报》网站6月13日报道",
            "日前",
            "卫报",
        ),
        ("【路透社伦敦6月2日电】英国首相当天发表讲话。", "路透社伦敦6月2日电", "英国首相", "路透社"),
        ("【美联社６月２日报道】美国多地出现高温天气。", "美联社６月２日报道", "美国多地", "美联社"),
    ],
)
def test_bracketed_report_dateline(line: str, dateline: str, rest: str, source: str) -> None:
    got = classify_text(line)
    assert got.kind is Kind.DATELINE
    assert got.dateline == dateline
    assert got.rest.startswith(rest)
    assert dateline_source(dateline) == source


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("据新华社成都2月13日电", "新华社"),
        ("中新经纬客户端5月23日电", None),  # no bracketed report: the rules as before
        ("本报讯", "本报"),
    ],
)
def test_other_dateline_sources_unchanged(dateline: str, source: str | None) -> None:
    assert dateline_source(dateline) == source


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("「快讯」", Kind.COLUMN),
        ("『简讯』", Kind.COLUMN),
        ("「」", Kind.HEADING),
    ],
)
def test_corner_bracket_labels(line: str, kind: Kind) -> None:
    assert classify_text(line).kind is kind


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("民生周刊　２０１２年第２８期　第４２页　民生访谈", True),
        ("半月谈　2019年第5期", True),
        ("2019年第5期杂志刊发了这篇文章", False),
        ("幸福感不随收入水涨船高", False),
    ],
)
def test_magazine_running_head(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("first", "second", "kicker"),
    [
        # a short one-phrase title over a long subtitle of two phrases set apart by a space
        ("全市血站开放一个月", "市民可参观血液检验加工过程　血液价格同时公示", False),
        ("莘县农商银行推行公证抵押贷款", "累计办理2.65万笔　支持1210户贫困户脱贫", False),
        # a two-phrase title of 20 characters or less under a kicker stays the title
        ("大连一命案二审维持原判", "女友坠楼身亡 男友被判无罪", True),
        ("福州多名学生上吐下泻", "诺如病毒流行季　吃贝类要煮透", True),
    ],
)
def test_long_two_phrase_line_under_a_title(first: str, second: str, kicker: bool) -> None:
    assert kicker_over_title(first, second) is kicker


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["老用户在网时间越长", "网购节优惠就越多"], "老用户在网时间越长网购节优惠就越多"),
        (["只要按时缴纳社保", "退休后就能领养老金"], "只要按时缴纳社保退休后就能领养老金"),
        # the pair whole inside one line: two lines, kicker and title
        (["柳州多名市民租车遇麻烦", "租车合同越细越好"], "租车合同越细越好"),
    ],
)
def test_title_on_two_lines_around_a_word_pair(lines: list[str], title: str) -> None:
    heads = [Line(t, Kind.HEADING, closed=False) for t in lines]
    assert read_headline(heads)[3] == title
