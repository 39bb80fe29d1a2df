"""The public library API: every advertised name resolves, and importing newsmine stays cheap."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newsmine


@pytest.mark.parametrize("name", newsmine.__all__)
def test_public_names_resolve(name: str) -> None:
    assert getattr(newsmine, name) is not None
    assert name in dir(newsmine)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        newsmine.no_such_thing  # noqa: B018


def test_import_is_lazy() -> None:
    code = (
        "import sys, newsmine\n"
        "heavy = [m for m in ('jieba', 'rjieba', 'pandas', 'numpy', 'newsmine.entities', 'newsmine.keywords')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_the_pipeline_through_the_api(seed_text: str) -> None:
    articles = newsmine.split_page(seed_text, page="seed")
    assert len(articles) == 7
    facts = newsmine.extract_facts(articles[6])
    assert any(f.text == "18.55万人" and f.value == 185500 for f in facts)
    names = {(e.text, e.type) for e in newsmine.extract_entities(articles[0])}
    assert ("张新竹", "PER") in names
    assert newsmine.extract_keywords(articles).article is None
    frame = newsmine.to_frame(facts)
    assert list(frame.columns[:4]) == ["page", "article", "kind", "text"]
