"""Cut a newspaper page into articles: ``split_page(text) -> list[Article]``.

Two separate steps: :mod:`newsmine.split.lines` classifies every line by its own features
(length, closing punctuation, markers, indentation), :mod:`newsmine.split.assemble` walks the
classified lines once and builds the articles.  The markers are data, in
:mod:`newsmine.split.markers`.
"""

from __future__ import annotations

from newsmine.records import Article
from newsmine.split.assemble import assemble
from newsmine.split.lines import classify_page

__all__ = ["split_page"]


def split_page(text: str, *, page: str = "-") -> list[Article]:
    """Split one page's text into articles, numbered from 1.

    >>> [a.title for a in split_page("青岛港开通新航线\\n\\n本报讯 青岛港昨日开通一条新航线。")]
    ['青岛港开通新航线']
    """
    return assemble(classify_page(text), page)
