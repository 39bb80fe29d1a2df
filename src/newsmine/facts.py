"""Numeric facts (placeholder)."""

from __future__ import annotations

from newsmine.records import Article, Fact


def extract_facts(article: Article, *, dates: bool = False) -> list[Fact]:
    """Every numeric fact of an article body."""
    raise NotImplementedError
