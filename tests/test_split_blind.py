"""Tests of the splitter on the blind pages of tests/pages/split_blind (15 more papers, page types
and extractor artefacts, built from corpus articles the other sets do not use; gold written by hand
before any code change for them) and of the rules added after measuring them, as case tables.

b05's two-line headline, once a known miss (only type size tells a kicker from a title), is read as
kicker + title since the two-line rules weigh a line of two parallel phrases set apart by a space
(see :func:`newsmine.split.assemble.kicker_over_title`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.records import Byline
from newsmine.split import split_page
from newsmine.split.assemble import read_headline, signature
from newsmine.split.lines import (
    Kind,
    Line,
    classify_page,
    classify_text,
    is_furniture,
    normalize,
    parse_byline,
    split_columns,
)
from tests import splitgold as sg
from tests.splitgold import load_page as _load
from tests.splitgold import page_ids as _ids

PAGES = Path(__file__).resolve().parent / "pages" / "split_blind"
GOLDS = sorted(PAGES.glob("*.gold.json"))
#: (page, article number) pairs whose headline reading is a known miss.
KNOWN_MISSES: set[tuple[str, int]] = set()


def test_blind_set_is_complete() -> None:
    sg.check_set_complete(GOLDS, 15)


# --- the blind pages, field by field -----------------------------------------------------


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind_boundaries(gold_path: Path) -> None:
    sg.check_bodies(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind_headlines(gold_path: Path) -> None:
    sg.check_headline_blocks(gold_path, misses=KNOWN_MISSES, squashed=False)


def test_blind_kicker_of_two_parallel_phrases() -> None:
    """``青年救人溺亡 被救者悄然离去`` over a one-phrase line is the kicker (a known miss until the
    parallel-phrase cue)."""
    _, gold, arts = _load(PAGES / "b05_yangcheng.gold.json")
    assert arts[0].kicker == gold["articles"][0]["kicker"]


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind_bylines_and_datelines(gold_path: Path) -> None:
    sg.check_credits(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind_captions_and_furniture(gold_path: Path) -> None:
    sg.check_captions(gold_path)
    sg.check_furniture_out(
        gold_path, fields=("body", "title", "headline"), shortest=4, marks=("下转", "上接")
    )


@pytest.mark.parametrize("gold_path", sg.golds_with_joins(GOLDS))
def test_blind_joins(gold_path: Path) -> None:
    sg.check_joins_as_printed(gold_path)


# --- the new rules as case tables ---------------------------------------------------------

FURNITURE = [
    ("A6 | 羊城晚报 | 社会新闻 | 2012年7月6日 星期五", True),
    ("B02 | 都市 | 2024.3.5", True),
    ("第Ａ５版", True),
    ("２０１２年７月３１日　星期二　第Ａ５版　社会", True),
    ("责编 王晓东 美编 林洁", True),
    ("责编 王晓东", False),  # a name alone after 责编 could be running text cut short
    ("深圳 | 广州 两地联手", False),  # one bar and no date: a headline
    ("新华社北京5月22日电 记者 王某", False),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_furniture_new_forms(text: str, expected: bool) -> None:
    assert is_furniture(text) is expected


BYLINES = [
    ("本报驻埃及记者 黄培昭", Byline(source="本报", reporters=("黄培昭",))),
    ("新华社驻东京记者 郭丹", Byline(source="新华社", reporters=("郭丹",))),
    ("（作者：王石川，系媒体评论员）", Byline(reporters=("王石川",))),
    ("作者：李明，为北京大学教授", Byline(reporters=("李明",))),
    (
        "光明日报记者 陈鹏 光明日报通讯员 李苑",
        Byline(source="光明日报", reporters=("陈鹏",), correspondents=("李苑",)),
    ),
    ("（实习生 周洁 记者 陈伟斌）", Byline(reporters=("陈伟斌",), interns=("周洁",))),
    ("（记者 王雪 综合报道）", Byline(reporters=("王雪",))),
    ("海东时报见习记者 李富生", Byline(source="海东时报", reporters=("李富生",))),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_parse_byline_blind_forms(text: str, expected: Byline) -> None:
    assert parse_byline(text) == expected


SIGNATURES = [
    ("四川南充 读者 王建国", ("王建国",)),
    ("河北石家庄 李明辉", ("李明辉",)),
    ("（读者 张秀兰）", ("张秀兰",)),
    ("来信人：欧阳明", ("欧阳明",)),
    ("读者来信选登", None),
    ("读者 刘洋", ("刘洋",)),
    ("王建国", None),  # a bare name alone may be a subhead or a label
    ("网友热议", None),
    ("江苏南京 读者来信", None),
]


@pytest.mark.parametrize(("text", "names"), SIGNATURES)
def test_signature(text: str, names: tuple[str, ...] | None) -> None:
    by = signature(text)
    assert (by.reporters if by else None) == names


LETTER = (
    "读者来信\n\n少了鞭炮声，年味照样浓\n\n　　今年春节期间，南充市民很少燃放烟花爆竹。\n四川南充 读者 王建国\n\n"
    "超员面包车坐不得\n\n　　超员不仅让乘客乘坐的舒适感大打折扣，更隐藏着很大的事故隐患。\n（读者 张秀兰）\n"
)


def test_letters_are_signed_and_closed() -> None:
    arts = split_page(LETTER)
    assert [a.title for a in arts] == ["少了鞭炮声，年味照样浓", "超员面包车坐不得"]
    assert [a.byline.reporters for a in arts] == [("王建国",), ("张秀兰",)]
    assert arts[0].column == "读者来信"
    assert "王建国" not in arts[0].body


NOTE_PAGE = (
    "　　编者按：改革开放40年来，首都国企挑起大梁。本期访谈邀请市国资委负责人谈改革故事。\n\n"
    "首都国企开放日开放155条线路\n——访北京市国资委新闻发言人\n\n本报记者 刘政\n\n"
    "　　主持人：本届开放日有什么特点？\n　　荀永利：今年共开放线路155条，并首次开设国外线路。\n"
)


def test_editors_note_above_headline_opens_the_article_below() -> None:
    arts = split_page(NOTE_PAGE)
    assert len(arts) == 1
    assert arts[0].title == "首都国企开放日开放155条线路"
    assert arts[0].body.startswith("编者按：")
    assert arts[0].body.split("\n")[1].startswith("主持人：")
    assert arts[0].byline.reporters == ("刘政",)


def test_editors_note_inside_an_article_stays_where_it_is() -> None:
    page = (
        "智慧城市建设要让群众有获得感\n\n何　勇\n\n　　编者按：本版推出系列评论。\n"
        "　　数字技术正在改变城市生活。\n"
    )
    arts = split_page(page)
    assert len(arts) == 1 and arts[0].body.startswith("编者按")


HEADLINES = [
    (
        ["全市创建全国民族团结进步示范市推进大会强调", "奋力开创新时代全市民族团结进步事业新局面"],
        ("全市创建全国民族团结进步示范市推进大会强调", "奋力开创新时代全市民族团结进步事业新局面", None),
    ),
    (
        ["省委常委会会议指出", "坚决打好污染防治攻坚战"],
        ("省委常委会会议指出", "坚决打好污染防治攻坚战", None),
    ),
    (
        ["十大侵权盗版案件公布", "网络侵权案件占半数"],
        (None, "十大侵权盗版案件公布", "网络侵权案件占半数"),
    ),
]


@pytest.mark.parametrize(("texts", "expected"), HEADLINES)
def test_kicker_ending_with_a_verb_of_saying(texts: list[str], expected: tuple) -> None:
    _, _, kicker, title, subtitle = read_headline([Line(t, Kind.HEADING) for t in texts])
    assert (kicker, title, subtitle) == expected


def test_kicker_ending_in_colon_is_not_joined_to_the_title() -> None:
    lines = classify_page("游戏侵权案件调查：\n网游玩法侵权难界定\n\n　　多益对此结果不服继续上诉。\n")
    assert [x.text for x in lines[:2]] == ["游戏侵权案件调查：", "网游玩法侵权难界定"]
    # running text that ends in ：is still joined to its next line
    body = classify_page("记者了解到，该项目分为三期建设：\n一期工程已经完工，二期正在施工。\n")
    assert len(body) == 1


CREDIT_ENDS = [
    ("网友更是直言：“不要推脱责任，更别给罪犯开脱！”（实习生 周洁 记者 陈伟斌）", Kind.BODY),
    ("赔偿所有违法所得441万元。（本报记者 孔令晗）", Kind.BODY),
    ("举报奖励标准之争（上）", Kind.HEADING),
    ("（记者 王雪 综合报道）", Kind.BYLINE),
]


@pytest.mark.parametrize(("text", "kind"), CREDIT_ENDS)
def test_finished_sentence_with_end_credit_is_body(text: str, kind: Kind) -> None:
    assert classify_text(text).kind is kind


def test_form_feed_is_a_line_break() -> None:
    assert normalize("第一页末行\f3\n第二页") == "第一页末行\n3\n第二页"


def _layout(left: list[str], right: list[str], pad: int = 44) -> list[str]:
    out = []
    for k in range(max(len(left), len(right))):
        lt = left[k] if k < len(left) else ""
        rt = right[k] if k < len(right) else ""
        cells = sum(2 if ord(c) > 0x2E80 else 1 for c in lt)
        out.append((lt + " " * (pad - cells) + rt).rstrip())
    return out


def test_split_columns_reads_left_then_right() -> None:
    left = [
        "游船翻沉14人失踪",
        "本报记者 何强",
        "　　昨天下午，白龙湖上一",
        "艘游船发生翻沉。",
        "　　事故原因正在调查。",
    ]
    right = ["悉尼卡车冲撞人群", "本报记者 徐海静", "　　卡车司机向警方表示，", "他今晨病发。"]
    got = [x for x in split_columns(_layout(left, right)) if x.strip()]
    assert got == [*left, *right]


NOT_COLUMNS = [
    [
        "本报记者  郑明达  报道",
        "　　本报福州4月20日电  泉州居民收入增长。",
        "责任编辑：王  浩  版式设计：刘  燕",
    ],
    ["标题一", "2006 年至 2016 年，刘侃收受财物。", "正文   第二句。", "另一行。"],
]


@pytest.mark.parametrize("lines", NOT_COLUMNS)
def test_split_columns_leaves_single_column_pages(lines: list[str]) -> None:
    assert split_columns(lines) == lines


def test_indented_paragraph_is_not_a_fragment_of_the_title_above() -> None:
    # ``…财产获刑`` + ``事发后`` reads as the word 刑事 across the cut; the indent says it is a new paragraph
    page = (
        "新闻速览\n刘侃受贿案一审开庭\n　　本案是自治区监察委成立后移送中院审理的第一起案件。2006年至2016年，"
        "刘侃直接或通过其妻非法收受财物共计人民币460万元。\n"
        "运输公司恶意转移财产获刑\n　　事发后，法院判决驾驶员承担赔偿27万余元，并由运输公司承担补充赔偿责任。"
        "直到今年才选择投案自首，并缴纳拖欠的执行款。\n"
    )
    assert [a.title for a in split_page(page)] == ["刘侃受贿案一审开庭", "运输公司恶意转移财产获刑"]
