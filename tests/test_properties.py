"""Properties over any text: no crash, and every span sits at its offsets in the body."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmine import extract_entities, extract_facts, extract_keywords, split_page
from newsmine.records import Article, to_dict

# Text that looks like a page: Chinese characters, digits (half and full width), news punctuation,
# measure words and markers, spaces of both widths and line breaks.
PIECES = list(
    "青岛市新增就业人才项目投资亿万元美约余多以上近不足第届年月日号个名家条项%．.,，、。；：“”（）()—■□"
)
PAGE_ALPHABET = st.sampled_from(
    PIECES
    + list("0123456789０１２３４５６７８９一二三四五六七八九十百千两")
    + [" ", "\u3000", "\n", "\n\n", "\r\n"]
)
page_text = st.lists(PAGE_ALPHABET, max_size=300).map("".join)
any_text = st.text(max_size=200)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(page_text, any_text))
def test_split_never_crashes_and_numbers_articles(text: str) -> None:
    articles = split_page(text, page="p")
    assert [a.article for a in articles] == list(range(1, len(articles) + 1))
    for a in articles:
        json.dumps(to_dict(a), ensure_ascii=False)


@FAST
@given(st.one_of(page_text, any_text))
def test_fact_spans_sit_at_their_offsets(text: str) -> None:
    article = Article(page="p", article=1, body=text)
    for fact in extract_facts(article):
        assert text[fact.start : fact.end] == fact.text
        assert fact.kind in {"percent", "money", "count", "quantity"}


@FAST
@given(st.one_of(page_text, any_text))
def test_entity_spans_sit_at_their_offsets(text: str) -> None:
    article = Article(page="p", article=1, body=text)
    for entity in extract_entities(article):
        assert entity.type in {"PER", "LOC", "ORG"}
        assert entity.count >= 1
        if entity.start is not None:
            assert text[entity.start : entity.end] == entity.text


@FAST
@given(page_text)
def test_keywords_weights_are_bounded_and_sorted(text: str) -> None:
    result = extract_keywords(Article(page="p", article=1, title=text[:20], body=text), top=5)
    weights = [k.weight for k in result.keywords]
    assert len(weights) <= 5
    assert weights == sorted(weights, reverse=True)
    assert all(0.0 <= w <= 1.0 for w in weights)
