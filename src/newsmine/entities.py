"""Persons, places and organisations (placeholder)."""

from __future__ import annotations

from newsmine.records import Article, Entity


def extract_entities(article: Article) -> list[Entity]:
    """One record per distinct entity of an article."""
    raise NotImplementedError
