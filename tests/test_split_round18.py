"""Cues added after the eighteenth blind page set (issue 4): a briefs box's label of its kind alone under
a square (``■速览``), a site's report set apart as a dateline (``据重庆日报客户端消息　…``), an untitled
brief with no dateline set off from the brief above by a wider gap, and a line of running text opened
by a connective and a comma (``其次，…``) never read as a headline, even when a photo caption cuts it.

Text written for these tests, in the manner of the papers' pages."""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.lines import Kind, classify_text, heading_like, match_dateline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("■速览", Kind.COLUMN),
        ("■速递", Kind.COLUMN),
        ("▲简报", Kind.COLUMN),
        ("■经济速览", Kind.COLUMN),
        # without the square the word alone is no label of a box
        ("速览", Kind.HEADING),
        ("城市速览新变化", Kind.HEADING),
    ],
)
def test_briefs_label_under_a_square(text: str, kind: Kind) -> None:
    assert classify_text(text).kind is kind


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("据重庆日报客户端消息　在市公安局统一指挥下，警方侦破一起案件。", "据重庆日报客户端消息"),
        ("据中国江西网报道　据悉，今年以来共问责干部52人。", "据中国江西网报道"),
        ("据新华社电　据越南有关部门13日消息，洪水已造成13人死亡。", "据新华社电"),
        # with a comma the source is the body's own sourcing, and a bare 消息 with no source is text
        ("据澎湃新闻消息，当天下午已有多名游客被困。", None),
        ("据“法新社”12月13日消息，越南多个省份持续降雨。", None),
        ("据消息人士透露，双方已经初步达成一致。", None),
    ],
)
def test_spaced_report_of_a_site_is_a_dateline(text: str, dateline: str | None) -> None:
    m = match_dateline(text)
    assert (m.group("dateline") if m else None) == dateline


def test_spaced_site_report_names_the_source() -> None:
    page = "■速览\n\n据重庆日报客户端消息　警方在垫江县包家镇侦破一起制造毒品案，抓获犯罪嫌疑人3人。"
    (art,) = split_page(page)
    assert art.column == "■速览"
    assert art.title == ""
    assert art.dateline == "据重庆日报客户端消息"
    assert art.byline.source == "重庆日报客户端"


_BRIEFS = [
    "■速览",
    "",
    "据新华社电　据越南有关部门13日消息，近日强降雨引发的洪水已造成至少13人死亡。",
    "",
    "目前仍有1人失踪，救援工作仍在进行。",
    "",
    "",
    "据中国江西网报道　据悉，今年以来，新建区共问责履行主体责任不力的干部52人。",
    "",
    "其中单位一把手9人，党纪政务处分6人。",
    "",
    "",
    "记者昨日获悉，长乐文岭镇严厉打击违法占地建设行为，拆除违建4100平方米。",
    "",
    "下一步，长乐将继续加大巡查打击力度。（闽　讯）",
]


def test_untitled_brief_after_a_wider_gap_is_its_own() -> None:
    arts = split_page("\n".join(_BRIEFS))
    assert [a.dateline for a in arts] == ["据新华社电", "据中国江西网报道", None]
    assert arts[2].body.startswith("记者昨日获悉")
    assert arts[2].byline.reporters == ("闽讯",)
    assert arts[1].byline.reporters == ()


@pytest.mark.parametrize(
    ("gaps", "articles"),
    [
        # the gap between briefs is the gap between paragraphs: no cue, one brief goes on
        ((1, 1), 2),
        ((2, 2), 3),
        # a wider gap under an unfinished paragraph is a column break, not a new brief
        ((2, 2, "open"), 2),
    ],
)
def test_wider_gap_needs_a_finished_untitled_brief(gaps: tuple, articles: int) -> None:
    first, second = gaps[0], gaps[1]
    last = "其中单位一把手9人，党纪政务处分" if len(gaps) > 2 else "其中单位一把手9人，党纪政务处分6人。"
    lines = [
        "据新华社电　据越南有关部门13日消息，近日强降雨引发的洪水已造成至少13人死亡。",
        "",
        "目前仍有1人失踪，救援工作仍在进行。",
        *[""] * first,
        "据中国江西网报道　据悉，今年以来，新建区共问责履行主体责任不力的干部52人。",
        "",
        last,
        *[""] * second,
        "记者昨日获悉，长乐文岭镇严厉打击违法占地建设行为，拆除违建4100平方米。",
        "",
        "下一步，长乐将继续加大巡查打击力度。",
    ]
    assert len(split_page("\n".join(lines))) == articles


def test_wider_gap_inside_a_titled_article_is_no_new_article() -> None:
    page = "\n".join(
        [
            "文岭镇重拳拆违",
            "",
            "本报记者　吴　航",
            "",
            "石壁村有5幢违建，面积3600平方米。",
            "",
            "4月底，文岭镇组织镇、村干部50人，对违建进行强制拆除。",
            "",
            "",
            "约半个月后，文岭镇又对石壁村3幢违建进行强制拆除。",
        ]
    )
    (art,) = split_page(page)
    assert art.title == "文岭镇重拳拆违"
    assert len(art.body.split("\n")) == 3


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("其次，以“空白合同”、“阴阳合同”的方式掩盖", False),
        ("此外，该公司还存在虚假宣传", False),
        ("与此同时，警方加大巡查力度", False),
        ("据悉，涉案金额高达千万元", False),
        # a headline may hold a comma, and these words without one
        ("花都破获首宗“套路贷”案", True),
        ("最后一班车，他坚守到深夜", True),
        ("同时发力　全区深入排查违法用地", True),
    ],
)
def test_connective_and_comma_open_running_text(text: str, heading: bool) -> None:
    assert heading_like(text) is heading


def test_running_line_cut_by_a_caption_on_a_flat_page() -> None:
    """A flat hard-wrapped page: ``其次，…掩盖`` is the sentence's first half, the caption under it set
    inside the sentence, and the text goes on under the caption."""
    page = "\n".join(
        [
            "花都破获首宗“套路贷”案",
            "——团伙虚高合同金额3227.5万元，骗取房产24处",
            "",
            "据花都检察院介绍，这是花都区破获的首宗“套路贷”犯罪案件，",
            "目前，案件正在进一步侦办中。",
            "首先，以收取“保证金”的名义虚高借款金额。",
            "其次，以“空白合同”、“阴阳合同”、“口头约定”的方式掩盖",
            "图为检察官向市民讲解“套路贷”的常见手法。（资料图片）",
            "非法的高利贷。",
            "最后，合同签订后，犯罪嫌疑人会以行业规矩为由，收取“砍头息”",
            "等费用，被害人实际取得的借款额只有大约八成。（穗　检）",
        ]
    )
    (art,) = split_page(page)
    assert art.captions == ("图为检察官向市民讲解“套路贷”的常见手法。（资料图片）",)
    assert "“口头约定”的方式掩盖非法的高利贷。" in art.body
    assert art.byline.reporters == ("穗检",)


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        # a clause of time ending on 之后 sets the scene: the kicker, not the title's first half
        (
            ["餐厨垃圾回收公司撤走之后", "南环大街人行道成了“垃圾场”"],
            "餐厨垃圾回收公司撤走之后",
            "南环大街人行道成了“垃圾场”",
        ),
        (["暴雨过境之后", "老城区多处路段积水"], "暴雨过境之后", "老城区多处路段积水"),
        # 之后 inside a line ends nothing: one title as before
        (["骗到钱之后就再不搭理你"], None, "骗到钱之后就再不搭理你"),
    ],
)
def test_time_clause_ending_in_zhihou_is_a_kicker(lines: list[str], kicker: str | None, title: str) -> None:
    page = "\n".join([*lines, "本报记者　胥　门", "", "　　日前，有市民向本报反映了这一情况。"])
    (art,) = split_page(page)
    assert (art.kicker, art.title) == (kicker, title)


@pytest.mark.parametrize(
    ("last", "kicker", "title"),
    [
        # a kicker filling the wrap width over a plain line, over a last line of two phrases: three lines
        (
            "北上出川车辆需绕行　预计3小时后恢复通行",
            "从绵阳南到科学城收费站广元方向临时关闭",
            "京昆高速绵阳段三车相撞",
        ),
        ("——北上出川车辆需绕行", "从绵阳南到科学城收费站广元方向临时关闭", "京昆高速绵阳段三车相撞"),
    ],
)
def test_full_kicker_over_a_three_line_block_on_a_wrapped_page(last: str, kicker: str, title: str) -> None:
    page = "\n".join(
        [
            "从绵阳南到科学城收费站广元方向临时关闭",
            "京昆高速绵阳段三车相撞",
            last,
            "",
            "　　本报讯（记者　涪　城）",
            "12月19日13时30分许，G5京昆高速",
            "绵广向1655公里处发生三车相撞事故，造",
            "成道路中断。",
            "　　高速交警对现场实行交通管制，并设置了",
            "两个分流点。",
        ]
    )
    (art,) = split_page(page)
    assert (art.kicker, art.title) == (kicker, title)
    assert art.body.startswith("12月19日13时30分许，G5京昆高速绵广向")


def test_wrapped_paragraph_under_a_headline_stays_joined() -> None:
    """A body's full printed lines under a one-line title are not a headline block."""
    page = "\n".join(
        [
            "京昆高速绵阳段三车相撞",
            "",
            "　　本报讯　12月19日13时30分许，G5京昆高速",
            "绵广向1655公里处发生三车相撞事故，造",
            "成道路中断。",
        ]
    )
    (art,) = split_page(page)
    assert art.body == "12月19日13时30分许，G5京昆高速绵广向1655公里处发生三车相撞事故，造成道路中断。"
