"""newsmine: text mining for Chinese newspaper pages.

>>> import newsmine
>>> articles = newsmine.split_page(open("seeds/000_07dec771a2603ee3.txt", encoding="utf-8").read())
>>> len(articles)
7

The pipeline is read → split → segment → extract → write; each step is one module. Importing newsmine
is cheap: the modules behind the names below load on first use (PEP 562), and jieba, numpy and pandas
only when a page is processed, so ``newsmine --help`` starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> the module that defines it.
_EXPORTS = {
    "Article": "newsmine.records",
    "Byline": "newsmine.records",
    "CorpusKeyword": "newsmine.records",
    "Entity": "newsmine.records",
    "Fact": "newsmine.records",
    "Keyword": "newsmine.records",
    "Keywords": "newsmine.records",
    "Page": "newsmine.records",
    "InputError": "newsmine.errors",
    "NewsmineError": "newsmine.errors",
    "read_pages": "newsmine.io",
    "split_page": "newsmine.split",
    "extract_facts": "newsmine.facts",
    "extract_entities": "newsmine.entities",
    "extract_keywords": "newsmine.keywords",
    "corpus_keywords": "newsmine.keywords",
    "to_frame": "newsmine.output",
    "export": "newsmine.export",
}

__all__ = [
    "Article",
    "Byline",
    "CorpusKeyword",
    "Entity",
    "Fact",
    "InputError",
    "Keyword",
    "Keywords",
    "NewsmineError",
    "Page",
    "corpus_keywords",
    "export",
    "extract_entities",
    "extract_facts",
    "extract_keywords",
    "read_pages",
    "split_page",
    "to_frame",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from newsmine.entities import extract_entities
    from newsmine.errors import InputError, NewsmineError
    from newsmine.export import export
    from newsmine.facts import extract_facts
    from newsmine.io import read_pages
    from newsmine.keywords import corpus_keywords, extract_keywords
    from newsmine.output import to_frame
    from newsmine.records import Article, Byline, CorpusKeyword, Entity, Fact, Keyword, Keywords, Page
    from newsmine.split import split_page


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsmine' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # Later look-ups skip this function.
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
