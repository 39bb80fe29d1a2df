"""segment: tokens, offsets, the cache, user words, and agreement of the fast backend with jieba."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from newsmine import segment
from tests.conftest import CORPORA

SENTENCES = [
    "青州市行政审批服务局围绕便民利企“高效办成一件事”，以群众视角再造业务流程。",
    "本报7月25日讯  青岛\n\n　　市委 abc 1,614个 ON-GMSP2060",
    "",
    "   ",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_cover_the_text_with_offsets(text: str) -> None:
    tokens = segment.tokenize(text)
    assert "".join(t.word for t in tokens) == text
    for t in tokens:
        assert text[t.start : t.end] == t.word
        assert t.pos


def test_pos_tags_are_jieba_tags() -> None:
    tags = {t.word: t.pos for t in segment.tokenize("青岛市发展改革委表示，将继续推进以工代赈。")}
    assert tags["青岛市"] == "ns"
    assert tags["表示"] == "v"


def test_words_drop_whitespace() -> None:
    assert segment.words("青岛  高新区\n") == ["青岛", "高新区"]


def test_tokenize_is_cached_by_text() -> None:
    text = "阿斯利康中金基金在青岛高新区设立"
    assert segment.tokenize(text) is segment.tokenize(text)


def test_user_words_change_segmentation_and_clear_the_cache(tmp_path: Path) -> None:
    text = "观海新闻客户端发布消息"
    before = segment.words(text)
    assert "观海新闻客户端" not in before
    userdict = tmp_path / "user.txt"
    userdict.write_text("# newsmine test words\n观海新闻客户端 1000 nt\n", encoding="utf-8")
    assert segment.read_userdict(userdict) == [("观海新闻客户端", 1000, "nt")]
    assert segment.load_userdict(userdict) == 1
    assert "观海新闻客户端" in segment.words(text)


def test_backend_is_named() -> None:
    assert segment.backend() in {"rjieba", "jieba"}


def test_fast_backend_agrees_with_jieba_on_real_news() -> None:
    """Issue 8: rjieba must keep jieba's behaviour: ≥ 99.5% of jieba's token spans on real articles."""
    jieba = pytest.importorskip("jieba")
    rjieba = pytest.importorskip("rjieba")
    path = CORPORA / "inews-articles" / "articles.jsonl"
    if not path.exists():
        pytest.skip("shared corpora not found")
    jieba.setLogLevel(logging.WARNING)
    same = total = 0
    with path.open(encoding="utf-8") as f:
        for line in list(f)[:120]:
            body = json.loads(line)["body"]
            ours, theirs = _spans(rjieba.cut(body)), _spans(jieba.lcut(body))
            same += len(ours & theirs)
            total += len(theirs)
    assert total > 10000
    assert same / total >= 0.995


def _spans(words: list[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for w in words:
        spans.add((pos, pos + len(w)))
        pos += len(w)
    return spans
