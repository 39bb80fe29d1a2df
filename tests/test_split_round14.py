"""Cues added after the fourteenth blind page set (issue 4): ``据《XX报》报道　`` datelines (kept as printed,
the paper in ``source``), ``文·图/…`` and ``特约撰稿人`` credits, ``记者 王某 摄影报道`` (reporter and
photographer), ``▲快讯`` and ``【本报评论员文章】`` labels, ``本版主编/制作`` furniture, and a photo story's
short captions printed tight under a paragraph.

Text written for these tests, in the manner of the papers' pages."""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.lines import Kind, classify_text, parse_byline


@pytest.mark.parametrize(
    ("line", "dateline", "rest"),
    [
        (
            "据《法制日报》报道　经过4个月努力，警方侦破一起非法制贩爆炸物品案。",
            "据《法制日报》报道",
            "经过4个月努力",
        ),
        (
            "据《现代金报》报道　朱师傅是江北区慈城镇人，十多年来一直种葡萄。",
            "据《现代金报》报道",
            "朱师傅是",
        ),
        ("据《每日经济新闻》报道　2月9日，网易上线了一款区块链应用。", "据《每日经济新闻》报道", "2月9日"),
        ("据央视财经报道　杭州一家企业昨日宣布裁员。", "据央视财经报道", "杭州一家"),
    ],
)
def test_reported_dateline_in_title_marks(line: str, dateline: str, rest: str) -> None:
    got = classify_text(line)
    assert got.kind is Kind.DATELINE
    assert got.dateline == dateline
    assert got.rest.startswith(rest)


@pytest.mark.parametrize(
    "line",
    [
        # with a comma the paper is the body's own sourcing, not a dateline
        "据《卫报》报道，英国政府正在考虑新的措施。",
        "据《中国日报》记者了解，多个部门已开始行动。",
    ],
)
def test_reported_paper_with_a_comma_is_body(line: str) -> None:
    assert classify_text(line).kind is Kind.BODY


@pytest.mark.parametrize(
    ("line", "source", "reporters", "photographers"),
    [
        ("文·图/长沙晚报记者　曾　力", "长沙晚报", ("曾力",), ("曾力",)),
        ("文·图/王　伟", None, ("王伟",), ("王伟",)),
        ("特约撰稿人　何　方", None, ("何方",), ()),
        ("记者　于　滨　摄影报道", None, ("于滨",), ("于滨",)),
        ("本报记者　陈　明　摄影报道", "本报", ("陈明",), ("陈明",)),
        ("本报特约记者　邓　颖　通讯员　苏　检", "本报", ("邓颖",), ()),
    ],
)
def test_new_credit_forms(
    line: str, source: str | None, reporters: tuple[str, ...], photographers: tuple[str, ...]
) -> None:
    by = parse_byline(line)
    assert by is not None
    assert (by.source, by.reporters, by.photographers) == (source, reporters, photographers)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("▲快讯", Kind.COLUMN),
        ("■简讯", Kind.COLUMN),
        ("【本报评论员文章】", Kind.COLUMN),
        ("本版主编：于　南　　责编：汪　洋　　制作：王　敬", Kind.FURNITURE),
        ("制作：李　明", Kind.FURNITURE),
        ("制作工艺正在不断改进，成本逐年下降。", Kind.BODY),
    ],
)
def test_labels_and_furniture(line: str, kind: Kind) -> None:
    assert classify_text(line).kind is kind


def test_untitled_briefs_opening_with_a_reported_dateline() -> None:
    """A titled brief, then another whose dateline is ``据《XX报》报道``: two articles, each its dateline."""
    page = "\n".join(
        [
            "两市单边下行　动力煤封跌停",
            "",
            "本报综合消息　周三两市单边下行，动力煤期货主力合约封死跌停。",
            "",
            "吉林上半年融资总量2214亿元",
            "",
            "据《吉林日报》报道　连日来，省金融系统掀起学习热潮，上半年融资总量达2214亿元。",
            "",
            "本版主编：于　南　　责编：汪　洋　　制作：王　敬",
        ]
    )
    arts = split_page(page)
    assert [a.title for a in arts] == ["两市单边下行　动力煤封跌停", "吉林上半年融资总量2214亿元"]
    assert [a.dateline for a in arts] == ["本报综合消息", "据《吉林日报》报道"]
    assert arts[1].byline.source == "吉林日报"
    assert arts[1].body.startswith("连日来")
    assert "主编" not in "".join(a.body for a in arts)


def test_photo_story_captions_tight_under_paragraphs() -> None:
    """A photo story whose paragraphs are set apart by blank lines: a short one-clause sentence printed
    tight under a paragraph is a photo's caption; the same page's paragraphs stay body."""
    page = "\n".join(
        [
            "候鸟飞抵湿地越冬",
            "",
            "记者　林　海　摄影报道",
            "",
            "入冬以来，数万只候鸟陆续飞抵辽河口湿地，在这里觅食、栖息，场面十分壮观。",
            "",
            "据湿地管理人员介绍，今年飞来的候鸟数量比去年同期增加了两成，其中不乏国家重点保护鸟类。",
            "白鹤在湿地浅滩上觅食。",
            "",
            "为了保护候鸟，当地组织巡护队员每天巡查，严防非法捕猎行为。",
            "",
            "管理人员表示，将继续改善湿地生态环境，让候鸟住得更舒心。",
        ]
    )
    (art,) = split_page(page)
    assert art.captions == ("白鹤在湿地浅滩上觅食。",)
    assert "白鹤在湿地浅滩上觅食" not in art.body
    assert art.byline.photographers == ("林海",)
    assert len(art.body.split("\n")) == 4


def test_short_sentence_tight_under_a_paragraph_of_a_plain_story_is_body() -> None:
    """The same layout without a photographer's credit: the short sentence is the paragraph's end."""
    page = "\n".join(
        [
            "候鸟飞抵湿地越冬",
            "",
            "本报记者　林　海",
            "",
            "入冬以来，数万只候鸟陆续飞抵辽河口湿地，在这里觅食、栖息，场面十分壮观。",
            "",
            "据湿地管理人员介绍，今年飞来的候鸟数量比去年同期增加了两成，其中不乏国家重点保护鸟类。",
            "白鹤在湿地浅滩上觅食。",
            "",
            "为了保护候鸟，当地组织巡护队员每天巡查，严防非法捕猎行为。",
            "",
            "管理人员表示，将继续改善湿地生态环境，让候鸟住得更舒心。",
        ]
    )
    (art,) = split_page(page)
    assert art.captions == ()
    assert "白鹤在湿地浅滩上觅食" in art.body
