"""The speed paths of the pipeline give exactly what the plain paths give.

Batched entity tagging of a page, token offsets shared by the entity post-rules, the export's fast row
builder, the segmenter's token construction and the export's garbage-collector tuning are all
performance changes: each test compares the fast path with the plain one on real text.
"""

from __future__ import annotations

import gc
import itertools

import pytest

from newsmine.entities import rules
from newsmine.entities.extract import _TAGGED, clear_cache, find_spans_many, prepare
from newsmine.entities.extract import _side_texts as side_texts
from newsmine.entities.model import tag_documents, tag_many, tag_spans
from newsmine.export import fast_row, tuned_gc
from newsmine.output import flat_row
from newsmine.records import Article, Byline, Entity, Fact, KeywordRow
from newsmine.segment import Token, tokenize
from newsmine.split import split_page
from tests.conftest import SEED, corpus_articles


def _corpus_page(name: str, first: int, count: int) -> list[Article]:
    """A pseudo page: ``count`` consecutive corpus articles as the articles of one page."""
    rows = itertools.islice(corpus_articles(name), first, first + count)
    return [
        Article(page=f"{name}-{first}", article=k, title=r.get("title") or "", body=r.get("body") or "")
        for k, r in enumerate(rows, 1)
    ]


def _pages() -> list[list[Article]]:
    return [
        split_page(SEED.read_text(encoding="utf-8"), page=SEED.name),
        _corpus_page("inews-articles", 0, 6),
        _corpus_page("inews-articles", 200, 8),
        _corpus_page("sogou-news-sample", 10, 5),
    ]


def _spans_of(articles: list[Article]) -> list[list[list[tuple[int, int, str]]]]:
    return [find_spans_many([a.body, *side_texts(a)]) for a in articles]


@pytest.mark.parametrize("page", range(4))
def test_prepare_gives_the_spans_of_per_article_tagging(page: int) -> None:
    articles = _pages()[page]
    clear_cache()
    alone = _spans_of(articles)
    prepare(articles)
    assert _TAGGED, "prepare tagged nothing"
    batched = _spans_of(articles)
    clear_cache()
    assert batched == alone
    assert sum(len(s) for per in alone for s in per) > 5  # real pages have names


# Documents that end without a sentence mark sit right before the next one in the batch: the
# features must not see across (a name at the very end, a name at the very start).
DOCUMENTS = [
    ["青岛市政府", "李强在北京会见外宾"],
    ["记者 张晋", "", "   ", "上合示范区管委会发布通知。"],
    ["国务院新闻办公室今天举行发布会，国家统计局局长出席。\n", "山东省青岛市"],
    ["中国人民银行", "杭州", "王某某被判刑", "世界卫生组织，"],
]


@pytest.mark.parametrize("texts", DOCUMENTS)
def test_tag_documents_equals_one_call_per_document(texts: list[str]) -> None:
    docs = [(t, tokenize(t)) for t in texts]
    assert tag_documents(docs) == [tag_spans(t) for t in texts]


@pytest.mark.parametrize("texts", DOCUMENTS)
def test_tag_many_keeps_the_joined_article_behaviour(texts: list[str]) -> None:
    kept = [t for t in texts if t and not t.isspace()]
    joined = "\n".join(kept)
    expected: list[list[tuple[int, int, str]]] = [[] for _ in kept]
    base = 0
    for k, text in enumerate(kept):
        for s, e, t in tag_spans(joined):
            if base <= s < base + len(text):
                expected[k].append((s - base, e - base, t))
        base += len(text) + 1
    assert tag_many(kept) == expected


@pytest.mark.parametrize(
    ("rule", "text", "spans", "expected"),
    [
        (rules.extend_zone, "青岛高新区今年新增企业300家。", [(0, 2, "LOC")], [(0, 5, "LOC")]),
        (rules.extend_zone, "青岛高新区今年新增企业300家。", [(0, 2, "ORG")], [(0, 2, "ORG")]),
        (rules.place_not_org, "博士青岛行活动昨天启动", [(2, 5, "ORG")], [(2, 4, "LOC")]),
        (rules.place_not_org, "博士青岛行活动昨天启动", [(2, 4, "LOC")], [(2, 4, "LOC")]),
        (
            rules.known_orgs,
            "新华社记者从国务院新闻办获悉，世界卫生组织发布报告。",
            [],
            [(0, 3, "ORG"), (15, 21, "ORG")],
        ),
        (rules.known_orgs, "新华社记者从国务院新闻办获悉", [(0, 3, "LOC")], [(0, 3, "ORG")]),
        (rules.extend_org, "自然资源部第一海洋研究所发布报告", [(0, 5, "ORG")], [(0, 12, "ORG")]),
        (rules.extend_org, "自然资源部第一海洋研究所发布报告", [(0, 4, "PER")], [(0, 4, "PER")]),
    ],
)
def test_rules_read_token_offsets_by_bisection(rule, text: str, spans: list, expected: list) -> None:
    tokens = tokenize(text)
    assert rule(text, spans, tokens) == expected
    # a list of tokens (not cached by identity) gives the same, before and after another text's rules
    assert rule(text, spans, list(tokens)) == expected
    rule("另一段文字。", [], tokenize("另一段文字。"))
    assert rule(text, spans, tokens) == expected


RECORDS = [
    Fact(
        "p.txt",
        1,
        "count",
        "18.55万人",
        185500,
        unit="人",
        subject="新增就业",
        start=3,
        end=10,
        context="全市…",
    ),
    Fact("p.txt", 2, "money", "3亿元", 300000000.0, 4e8, "元", "CNY", "约", None, "增长", "同比", None, None),
    Entity("p.txt", 1, "ORG", "青岛日报", "青岛日报", 2, None, None),
    Entity("p.txt", 3, "PER", "张新竹", "张新竹", 1, 40, 43),
    KeywordRow("p.txt", 1, 1, "海洋碳汇", 0.8333),
    Article(
        "p.txt", 1, "要闻", ("标题",), None, "标题", None, Byline("青岛日报", ("张晋",)), None, (), (), "正文"
    ),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_fast_row_equals_flat_row(record: object) -> None:
    fast, plain = fast_row(record), flat_row(record)
    assert fast == plain
    assert list(fast) == list(plain)  # column order too


@pytest.mark.parametrize(
    "text",
    ["海洋碳汇功能区划", "本报讯 青岛市新增就业18.55万人。\n\n记者 张晋", "  ", "ABC 2024年", "a"],
)
def test_tokens_are_named_tuples_with_offsets(text: str) -> None:
    tokens = tokenize(text)
    assert all(type(t) is Token for t in tokens)
    assert "".join(t.word for t in tokens) == text
    assert all(text[t.start : t.end] == t.word for t in tokens)
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]]


def test_tuned_gc_restores_the_callers_settings() -> None:
    before = gc.get_threshold()
    with tuned_gc():
        assert gc.get_threshold()[0] > before[0]
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
