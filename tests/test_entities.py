"""Entities: the shipped tagger with its post-rules, on real corpus sentences and newspaper text."""

from __future__ import annotations

import json

import pytest

from newsmine.entities import extract_entities
from newsmine.entities.extract import find_spans
from newsmine.entities.model import decode, model_path, sentences
from newsmine.entities.rules import level_short_form
from newsmine.records import Article, Byline
from tests.conftest import CORPORA


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in find_spans(text)}


# (sentence, entities that must be found); sources: peoples-daily-ner/test (PD), msra-ner/test (MSRA),
# cluener/dev (CLUE), or written for these tests in the style of a city paper (own).
SENTENCE_CASES = [
    # PD: a foreign person and a country
    (
        "日本知名学者石川一成先生曾撰文说：面对宝顶大佛湾造像，看中华民族囊括外来文化的能力和创造能力。",
        {("日本", "LOC"), ("石川一成", "PER")},
    ),
    # own: three-character names with common surnames, a state organ, a foreign leader
    (
        "国务院总理李克强在北京人民大会堂会见了德国总理默克尔。",
        {("国务院", "ORG"), ("李克强", "PER"), ("德国", "LOC"), ("默克尔", "PER")},
    ),
    ("市委常委、胶州市委书记张新竹表示，要把改革落到实处。", {("张新竹", "PER")}),
    ("阿里巴巴集团董事局主席马云出席了在杭州举行的论坛。", {("马云", "PER"), ("杭州", "LOC")}),
    # own: long organisation names kept whole
    ("记者从青州市行政审批服务局获悉，该局今年推出多项便民举措。", {("青州市行政审批服务局", "ORG")}),
    ("华为技术有限公司和清华大学联合发布了研究报告。", {("华为技术有限公司", "ORG"), ("清华大学", "ORG")}),
    (
        "本报北京7月25日讯 记者张伟从国家统计局获悉，上半年经济运行总体平稳。",
        {("北京", "LOC"), ("张伟", "PER"), ("国家统计局", "ORG")},
    ),
    # own: an administrative chain and a government after it, one ORG
    ("浙江省温州市鹿城区人民政府今天发布通知。", {("浙江省温州市鹿城区人民政府", "ORG")}),
    ("山东省济南市历下区市场监管局执法人员对辖区超市进行了检查。", {("山东省济南市历下区市场监管局", "ORG")}),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES, ids=[c[0][:12] for c in SENTENCE_CASES])
def test_sentence_entities(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= spans(text)


# Names that must not be reported (jieba's nr/ns tags get these wrong).
NOT_ENTITIES = [
    ("牵住经济体制改革这个“牛鼻子”，统筹谋划好各领域改革。", "牛鼻子"),
    ("今年以来，全市新增就业岗位三千余个，同比增长一成。", "全市"),
]


@pytest.mark.parametrize(("text", "name"), NOT_ENTITIES)
def test_not_entities(text: str, name: str) -> None:
    assert name not in {n for n, _ in spans(text)}


def test_chain_joined_but_split_on_request() -> None:
    text = "他出生在浙江省温州市鹿城区的一个小村庄。"
    assert ("浙江省温州市鹿城区", "LOC") in spans(text)
    split = {text[s:e] for s, e, _ in find_spans(text, chains=False)}
    assert "浙江省温州市鹿城区" not in split and "浙江省" in split


def _article(body: str, **kw) -> Article:
    return Article(page="p", article=1, body=body, **kw)


def test_byline_reporters_and_source() -> None:
    art = _article(
        "近日，青岛市卫生健康委召开发布会。",
        headline=("青岛明年计划新增百名中医药人才",),
        title="青岛明年计划新增百名中医药人才",
        byline=Byline(source="青岛日报/观海新闻", reporters=("黄飞",), interns=("赵一婧",)),
    )
    got = {(e.text, e.type): e for e in extract_entities(art)}
    assert got[("黄飞", "PER")].start is None
    assert got[("赵一婧", "PER")].count == 1
    assert ("青岛日报", "ORG") in got and ("观海新闻", "ORG") in got
    qingdao = got[("青岛", "LOC")]  # in the headline only: counted, no offsets
    assert qingdao.start is None and qingdao.count == 1


def test_agency_byline() -> None:
    art = _article(
        "国家发展改革委今天表示，将加大投资力度。", byline=Byline(source="新华社", reporters=("王希",))
    )
    got = {(e.text, e.type) for e in extract_entities(art)}
    assert {("新华社", "ORG"), ("王希", "PER"), ("国家发展改革委", "ORG")} <= got


def test_counts_offsets_and_level_short_form() -> None:
    body = (
        "当下，青州市行政审批服务局围绕便民利企推出新举措。\n"
        "市行政审批局整合办事指南，打造政务服务数字地图。市行政审批局还上线了电子证照提醒功能。"
    )
    ents = {e.text: e for e in extract_entities(_article(body))}
    short = ents["市行政审批局"]
    assert short.canonical == "青州市行政审批服务局" and short.count == 2 and short.type == "ORG"
    assert ents["青州市行政审批服务局"].canonical == "青州市行政审批服务局"
    for e in ents.values():
        assert body[e.start : e.end] == e.text


def test_abbreviation_defined_by_jiancheng() -> None:
    body = (
        "自然资源部第一海洋研究所（以下简称“海洋一所”）近日发布报告。海洋一所研究员表示，海洋一所将继续观测。"
    )
    ents = {e.text: e for e in extract_entities(_article(body))}
    assert ents["海洋一所"].canonical == "自然资源部第一海洋研究所"
    assert ents["海洋一所"].count == 3  # the definition itself is a mention too


def test_repeated_name_counted_everywhere() -> None:
    body = "张新竹说，改革要落地。张新竹表示，胶州将加快发展。记者问张新竹下一步的打算。"
    ents = {e.text: e for e in extract_entities(_article(body))}
    assert ents["张新竹"].count == 3 and (ents["张新竹"].start, ents["张新竹"].end) == (0, 3)


@pytest.mark.parametrize(
    ("short", "longs", "expected"),
    [
        ("市行政审批局", ["青州市行政审批服务局"], "青州市行政审批服务局"),
        ("市人社局", ["青岛市人力资源和社会保障局"], "青岛市人力资源和社会保障局"),
        ("市委", ["胶州市委"], None),  # too short to stand for anything
        ("区教育局", ["青州市行政审批服务局"], None),
    ],
)
def test_level_short_form(short: str, longs: list[str], expected: str | None) -> None:
    assert level_short_form(short, longs) == expected


def test_zone_type_is_consistent() -> None:
    body = "上合示范区坚持开放合作。今年，上合示范区管委会推出新政策，上合示范区吸引了多家企业。"
    types = {e.text: e.type for e in extract_entities(_article(body))}
    assert types.get("上合示范区") in (None, "LOC")


def test_empty_article() -> None:
    assert extract_entities(_article("")) == []
    assert extract_entities(_article("   \n ")) == []


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["B-PER", "I-PER", "E-PER", "O", "S-LOC"], [(0, 3, "PER"), (4, 5, "LOC")]),
        (["B-ORG", "I-ORG", "O", "I-LOC"], [(0, 2, "ORG"), (3, 4, "LOC")]),
        (["O", "O"], []),
    ],
)
def test_decode(labels: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert decode(labels) == expected


def test_sentences_cover_text() -> None:
    text = "第一句。第二句！\n第三句，没有句号" + "长" * 700
    parts = sentences(text)
    # Blank sentences (the line break) are skipped; everything else is covered in order.
    assert "".join(text[s:e] for s, e in parts) == text.replace("\n", "")
    assert [text[s:e] for s, e in parts][:2] == ["第一句。", "第二句！"]
    assert all(e - s <= 300 for s, e in parts)


def test_model_is_small() -> None:
    import os

    assert os.path.getsize(model_path()) < 10_000_000


def test_real_articles_offsets_hold() -> None:
    """Every entity of real articles has consistent offsets, counts and types."""
    path = CORPORA / "inews-articles" / "articles.jsonl"
    if not path.exists():
        pytest.skip("corpora not available")
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(15), f, strict=False)]
    total = 0
    for row in rows:
        art = _article(row["body"], title=row["title"], headline=(row["title"],))
        for e in extract_entities(art):
            total += 1
            assert e.type in ("PER", "LOC", "ORG") and e.count >= 1 and len(e.text) >= 2
            if e.start is not None:
                assert art.body[e.start : e.end] == e.text
    assert total > 30
