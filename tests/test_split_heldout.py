"""Tests of the splitter on the held-out pages of tests/pages/split_heldout (other papers, other
extractors; built from real corpus articles, gold written by hand from the arrangement) and of the
rules added for them, as small case tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.records import Byline
from newsmine.split import markers as M
from newsmine.split import split_page
from newsmine.split.assemble import dateline_source, ends_incomplete, read_headline
from newsmine.split.lines import (
    Kind,
    Line,
    RawLine,
    bare_name,
    classify_page,
    classify_text,
    inline_credit,
    is_furniture,
    parse_byline,
    split_run_in,
    split_run_together,
)
from tests import splitgold as sg
from tests.splitgold import page_ids as _ids

PAGES = Path(__file__).resolve().parent / "pages" / "split_heldout"
GOLDS = sorted(PAGES.glob("*.gold.json"))


# --- the held-out pages, field by field --------------------------------------------------


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_heldout_boundaries(gold_path: Path) -> None:
    # the whole body, paragraph by paragraph: no headline, byline, caption or next article inside
    sg.check_bodies(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_heldout_headlines(gold_path: Path) -> None:
    sg.check_headline_blocks(gold_path, squashed=False)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_heldout_bylines_and_datelines(gold_path: Path) -> None:
    sg.check_credits(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_heldout_captions_and_furniture(gold_path: Path) -> None:
    sg.check_captions(gold_path, out_of="all")
    # jump lines and the wire's end mark are furniture too
    sg.check_furniture_out(gold_path, fields=("body",), shortest=4, marks=("下转", "（完）"))


@pytest.mark.parametrize("gold_path", sg.golds_with_joins(GOLDS))
def test_heldout_joins(gold_path: Path) -> None:
    sg.check_joins_as_printed(gold_path)


# --- the new rules as case tables ---------------------------------------------------------

RUN_TOGETHER = [
    ("陈俊云廖翔", ["陈俊云", "廖翔"]),
    ("张拥军姜黎李志成", ["张拥军", "姜黎", "李志成"]),
    ("王莹李明", ["王莹", "李明"]),
    ("欧阳晓明张强", ["欧阳晓明", "张强"]),
    ("刘凡周昌和", ["刘凡", "周昌和"]),
    ("记者从市里", None),  # 从 opens no name: not a run of names
    ("abc", None),
]


@pytest.mark.parametrize(("chunk", "names"), RUN_TOGETHER)
def test_split_run_together(chunk: str, names: list[str] | None) -> None:
    assert split_run_together(chunk) == names


BYLINES = [
    ("记者王莹通讯员陈俊云廖翔", Byline(reporters=("王莹",), correspondents=("陈俊云", "廖翔"))),
    (
        "首席记者童蔚通讯员章思蕾实习生李文",
        Byline(reporters=("童蔚",), interns=("李文",), correspondents=("章思蕾",)),
    ),
    ("通讯员建检暄记者许震宁", Byline(reporters=("许震宁",), correspondents=("建检暄",))),
    ("本报记者  程  杰  刘晓宇", Byline(source="本报", reporters=("程杰", "刘晓宇"))),
    ("本报记者  郑明达  报道", Byline(source="本报", reporters=("郑明达",))),
    (
        "文/本报记者　林文　图/本报记者　黄伟",
        Byline(source="本报", reporters=("林文",), photographers=("黄伟",)),
    ),
    ("■本报记者 陈晓 实习生 周雨婷", Byline(source="本报", reporters=("陈晓",), interns=("周雨婷",))),
    ("（南国今报记者 黄婷）", Byline(source="南国今报", reporters=("黄婷",))),
    ("评论员文章", None),
    ("记者：下一步有什么打算？", None),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_parse_byline_new_forms(text: str, expected: Byline | None) -> None:
    if expected is None:
        assert classify_text(text).kind is not Kind.BYLINE
    else:
        assert parse_byline(text) == expected


DATELINES = [
    (
        "三秦都市报-三秦网讯（记者张宁通讯员李光明）建筑发包商早将工资足额发放。",
        "三秦都市报-三秦网讯",
        ("张宁",),
    ),
    ("中新网北京7月25日电 (记者 李婷婷)10月10日凌晨，一栋民房倒塌。", "中新网北京7月25日电", ("李婷婷",)),
    ("长江日报融媒体1月24日讯（记者王莹）司机开着面包车。", "长江日报融媒体1月24日讯", ("王莹",)),
    ("南都讯　记者刘凡　周昌和　继推出日票后，深圳将设头等车厢。", "南都讯", ("刘凡", "周昌和")),
    ("钱江晚报讯（首席记者童蔚）这小伙子也真的是固执。", "钱江晚报讯", ("童蔚",)),
    ("新华社安卡拉12月13日电（记者沈敏）土耳其一列高速火车相撞。", "新华社安卡拉12月13日电", ("沈敏",)),
]


@pytest.mark.parametrize(("text", "dateline", "reporters"), DATELINES)
def test_datelines_new_forms(text: str, dateline: str, reporters: tuple[str, ...]) -> None:
    line = classify_text(text)
    assert line.kind is Kind.DATELINE
    assert line.dateline == dateline
    assert line.byline is not None and line.byline.reporters == reporters
    assert not line.rest.startswith(("（", "(", "记者"))


NOT_DATELINES = [
    "简讯 今天市里召开会议。",
    "记者从市人社局获悉，上半年就业形势稳中向好。",
    "通讯员 李某",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    assert classify_text(text).kind is not Kind.DATELINE


@pytest.mark.parametrize(
    ("rest", "names", "body"),
    [
        (
            "记者刘凡　周昌和　继推出日票后，深圳今后将设。",
            ("刘凡", "周昌和"),
            "继推出日票后，深圳今后将设。",
        ),
        ("记者从市政府获悉，今年以来。", None, "记者从市政府获悉，今年以来。"),
        ("记者王某今日上午走访了社区。", None, "记者王某今日上午走访了社区。"),
    ],
)
def test_inline_credit(rest: str, names: tuple[str, ...] | None, body: str) -> None:
    by, text = inline_credit(rest)
    assert (by.reporters if by else None) == names
    assert text == body


FURNITURE = [
    ("要闻 2024年7月26日 星期五 3", True),
    ("经济 2019年5月20日 星期一 7", True),
    ("A03 | 本版编辑 王晓", True),
    ("第3版｜责任编辑：王某", True),
    ("校对：李敏", True),
    ("版式设计：赵婷", True),
    ("（完）", True),
    ("（上接A01版）", True),
    ("２０１９年２月１２日　星期二　第６版　法治新闻", True),
    ("7月26日是星期五，全市中小学将迎来暑假。", False),
    ("本报讯 2024年7月26日星期五上午，市里召开会议。", False),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_furniture_forms(text: str, expected: bool) -> None:
    assert is_furniture(text) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("周人杰", "周人杰"),
        ("何　勇", "何勇"),
        ("欧阳峰", "欧阳峰"),
        ("今日谈", None),
        ("新气象", None),
        ("人民时评", None),
    ],
)
def test_bare_name(text: str, name: str | None) -> None:
    assert bare_name(text) == name


@pytest.mark.parametrize(
    ("text", "incomplete"),
    [
        ("“五一”假日全国接待国内", True),
        ("十大侵权盗版案件公布", False),
        ("深圳地铁将设立头等车厢", False),
        ("城管科长沉迷网游花超1500万元", False),
    ],
)
def test_ends_incomplete(text: str, incomplete: bool) -> None:
    assert ends_incomplete(text) is incomplete


TWO_LINE = [
    # a word or phrase cut by the extractor's wrap: one title
    (
        ["网逃男子欲借救助系统从广", "东回贵州 在柳州自投罗网"],
        "网逃男子欲借救助系统从广东回贵州 在柳州自投罗网",
        None,
    ),
    (["“五一”假日全国接待国内", "游客1.47亿人次"], "“五一”假日全国接待国内游客1.47亿人次", None),
    # two whole phrases: title and subtitle
    (["十大侵权盗版案件公布", "网络侵权案件占半数"], "十大侵权盗版案件公布", "网络侵权案件占半数"),
    (["深圳地铁将设立头等车厢", "买双倍票可享坐票"], "深圳地铁将设立头等车厢", "买双倍票可享坐票"),
]


@pytest.mark.parametrize(("texts", "title", "subtitle"), TWO_LINE)
def test_two_line_titles(texts: list[str], title: str, subtitle: str | None) -> None:
    lines = [Line(t, Kind.HEADING) for t in texts]
    _, _, _, got_title, got_subtitle = read_headline(lines)
    assert (got_title, got_subtitle) == (title, subtitle)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "福州进入诺如病毒流行季　本报讯　据媒体报道，福州近期已出现多例。",
            ["福州进入诺如病毒流行季", "本报讯　据媒体报道，福州近期已出现多例。"],
        ),
        ("本报讯　据媒体报道，福州近期已出现多例。", ["本报讯　据媒体报道，福州近期已出现多例。"]),
        ("据媒体报道，福州　本报讯的记者。", ["据媒体报道，福州　本报讯的记者。"]),
    ],
)
def test_split_run_in(text: str, parts: list[str]) -> None:
    assert [r.text for r in split_run_in(RawLine(text, False, 0, 0))] == parts


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("新华社北京7月25日电", "新华社"),
        ("据新华社电", "新华社"),
        ("本报讯", "本报"),
        ("中新网新乡7月9日电", "中新网"),
        ("钱江晚报讯", "钱江晚报"),
        ("三秦都市报-三秦网讯", "三秦都市报"),
        ("南都讯", None),
    ],
)
def test_dateline_source(dateline: str, source: str | None) -> None:
    assert dateline_source(dateline) == source


def test_qa_turns_stay_body() -> None:
    page = "\n".join(
        [
            "让农产品搭上“电商快车”",
            "本报记者 邹晓",
            "　　5月18日，记者从省供销社获悉，县域农村电商建设不乏产业园。",
            "　　记者：下一步有什么打算？",
            "　　刘建华：我们将继续完善同城配送系统，扩大试点范围。",
            "　　记者：农户能得到什么实惠？",
            "　　刘建华：配送成本降低后，农产品卖得更快。",
        ]
    )
    arts = split_page(page)
    assert len(arts) == 1 and arts[0].subheads == ()
    assert arts[0].body.count("记者：") == 2


def test_caption_above_credit_line() -> None:
    lines = classify_page(
        "正文第一段，记者在现场看到。\n\n4月30日，救援人员在现场搜救。\n新华社记者 曹阳 摄\n\n正文第二段。"
    )
    kinds = [x.kind for x in lines]
    assert kinds == [Kind.BODY, Kind.CAPTION, Kind.CAPTION, Kind.BODY]


def test_wire_end_mark_closes_story() -> None:
    page = "土耳其列车相撞\n\n新华社安卡拉12月13日电 一列火车与机车相撞。（完）\n\n越南中部暴雨\n\n据新华社电 暴雨致13人死亡。"
    arts = split_page(page)
    assert [a.title for a in arts] == ["土耳其列车相撞", "越南中部暴雨"]
    assert arts[0].body == "一列火车与机车相撞。"


def test_surname_table_is_data() -> None:
    assert {"王", "欧"} <= M.SURNAMES and "欧阳" in M.COMPOUND_SURNAMES
    assert len(M.SURNAMES) > 300
