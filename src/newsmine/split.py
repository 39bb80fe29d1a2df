"""Cut a newspaper page into articles (placeholder until the layout splitter lands)."""

from __future__ import annotations

from newsmine.records import Article


def split_page(text: str, *, page: str = "-") -> list[Article]:
    """Split one page's text into articles."""
    raise NotImplementedError
