"""Keywords and keyphrases (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from newsmine.records import Article, Keywords


def extract_keywords(articles: Article | Sequence[Article], *, top: int = 10) -> Keywords:
    """Ranked keywords of one article, or of a whole corpus when given a list."""
    raise NotImplementedError
