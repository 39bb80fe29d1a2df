"""The shared core of every command: pages in, articles out, one extractor applied per article.

read → split → segment → extract: ``run`` yields, page by page, either the records an
extractor made from the page's articles or the :class:`InputError` that stopped the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsmine.errors import InputError
from newsmine.io import read_pages
from newsmine.records import Article, Page

Extractor = Callable[[Article], Iterable[Any]]


@dataclass(frozen=True, slots=True)
class PageResult:
    """What one page gave: its articles and the records extracted from them, or an error."""

    path: str
    articles: tuple[Article, ...] = ()
    records: tuple[Any, ...] = ()
    error: InputError | None = field(default=None)


def page_articles(page: Page) -> list[Article]:
    """The page's articles: those it came with (``split`` JSONL input), else the page split now."""
    if page.articles is not None:
        return list(page.articles)
    from newsmine.split import split_page

    return split_page(page.text, page=page.path)


def run(
    paths: Sequence[str], extract: Extractor, *, encoding: str | None = None, debug: bool = False
) -> Iterator[PageResult]:
    """Apply ``extract`` to every article of every page; a page that fails yields its error and the batch goes on.

    >>> [len(r.articles) for r in run(["seeds"], lambda a: [a])]
    [7]
    """
    for item in read_pages(paths, encoding=encoding):
        if isinstance(item, InputError):
            yield PageResult(path=item.path, error=item)
            continue
        try:
            articles = page_articles(item)
            records = tuple(r for article in articles for r in extract(article))
        except InputError as exc:
            yield PageResult(path=item.path, error=exc)
            continue
        except Exception as exc:  # One broken page must not end the batch; --debug shows the traceback.
            if debug:
                raise
            yield PageResult(path=item.path, error=InputError(item.path, f"cannot process page ({exc!r})"))
            continue
        yield PageResult(path=item.path, articles=tuple(articles), records=records)
