"""Cues added after the eleventh blind page set (issue 4): signed commentaries with the author's bare
name under each title, a foreign outlet's ``据ESPN报道`` lead, student reporters, a typo's open bracket
at a paragraph's end, and a quoted subhead in a story continued from an earlier page.

Text written for these tests, in the manner of the papers' pages."""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.lines import classify_text, parse_byline


def test_commentaries_signed_with_a_bare_name_under_each_title() -> None:
    """A 评论 page: title, the author's name behind an ornament, the piece; the next title with its own
    name opens the next piece, though the two talk about related things."""
    page = "\n".join(
        [
            "【今日社评】",
            "老旧小区加装电梯要算好民生账",
            "",
            "□ 陈　言",
            "",
            "老旧小区加装电梯，关系千家万户的出行便利，也考验基层治理的智慧。",
            "从各地实践看，低层住户的顾虑往往是加装工作推不动的主要原因。",
            "",
            "加装电梯别让低层住户吃亏",
            "",
            "■ 徐　雄",
            "",
            "加装电梯的费用分摊，不能只按楼层简单划分，低层住户的采光和噪声问题同样需要补偿。",
            "只有把账算细算公道，加装电梯这件好事才能真正办好。",
        ]
    )
    arts = split_page(page)
    assert [a.title for a in arts] == ["老旧小区加装电梯要算好民生账", "加装电梯别让低层住户吃亏"]
    assert [a.byline.reporters for a in arts] == [("陈言",), ("徐雄",)]
    assert arts[1].body.startswith("加装电梯的费用分摊")


@pytest.mark.parametrize(
    ("line", "dateline", "source"),
    [
        ("据ESPN报道　一位消息人士透露，球队总经理已与球员经纪人会面。", "据ESPN报道", "ESPN"),
        ("据CNN报道　美国东部多州遭遇暴风雪，数千航班取消。", "据CNN报道", "CNN"),
        ("据央视财经报道　今年一季度，全国快递业务量同比增长两成。", "据央视财经报道", "央视财经"),
    ],
)
def test_reported_by_lead_with_a_latin_name(line: str, dateline: str, source: str) -> None:
    got = classify_text(line)
    assert got.dateline == dateline
    (art,) = split_page("\n".join(["球队与球员关系紧张", "", line]))
    assert art.byline.source == source


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        ("文/学生记者　潘　悦　图/支教团", ("潘悦",), ("支教团",)),
        ("校园记者　李　想", ("李想",), ()),
        ("文/本报记者　梁　宇　图/本报记者　苏　晨", ("梁宇",), ("苏晨",)),
    ],
)
def test_student_reporters(text: str, reporters: tuple[str, ...], photographers: tuple[str, ...]) -> None:
    by = parse_byline(text)
    assert by is not None
    assert (by.reporters, by.photographers) == (reporters, photographers)


def test_open_bracket_left_by_a_typo_does_not_glue_indented_paragraphs() -> None:
    """On a page that indents its paragraphs, a finished sentence with a 《 left open by a typo ends its
    paragraph: the indented line under it opens the next (a bracket cut by the wrap goes on)."""
    page = "\n".join(
        [
            "高校学者赴基层调研信访立法",
            "",
            "　　本报讯（通讯员　李　明）日前，某大学法学院教授率队来到区人民法院调研。",
            "　　该院承担的课题《社会治理体制创新研究——以信访立法为重点，是目前唯一的专项研究。",
            "　　课题的研究成果将为立法工作提供智力支撑。",
            "　　与会人员结合各自工作实际提出了意见和建议。",
        ]
    )
    (art,) = split_page(page)
    assert len(art.body.split("\n")) == 4
    assert art.body.split("\n")[1].endswith("是目前唯一的专项研究。")


def test_quoted_subhead_in_a_continued_story() -> None:
    """A story continued from an earlier page (no headline) goes on under a heading wholly in quotation
    marks (someone's words): a subhead, not the title of an unsigned article."""
    page = "\n".join(
        [
            "2024年1月9日 星期二 第5版 社会",
            "",
            "　　每天清晨五点，他就骑着电动车出门，检查辖区里的每一处管道阀门，一干就是十八年。",
            "　　“冬天最怕的是爆管，一出事就是几百户人家停水。”他说。",
            "",
            "“对家人总觉得亏欠”",
            "",
            "　　他坦言，因为工作忙又常在外面跑，陪伴孩子的时间少得可怜，妻子从没抱怨过一句。",
            "　　今年春节，他打算第一次带全家出去走走。",
        ]
    )
    (art,) = split_page(page)
    assert art.title == ""
    assert art.subheads == ("“对家人总觉得亏欠”",)
    assert art.body.endswith("今年春节，他打算第一次带全家出去走走。")
