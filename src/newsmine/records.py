"""The records newsmine reads and writes: frozen dataclasses, the only types shared between modules.

Field order is the contract: it is the JSON key order and the CSV column order
(see ``docs/records.md``). Add fields at the end of a record; never rename one.
List-valued fields are tuples so that records stay immutable and hashable; they
serialise as JSON arrays.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Byline:
    """Who wrote an article: the paper or agency, and people by role."""

    source: str | None = None
    reporters: tuple[str, ...] = ()
    interns: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a page, as ``newsmine split`` writes it."""

    page: str
    article: int
    column: str | None = None
    headline: tuple[str, ...] = ()
    kicker: str | None = None
    title: str = ""
    subtitle: str | None = None
    byline: Byline = field(default_factory=Byline)
    dateline: str | None = None
    subheads: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    body: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """A numeric fact of an article: ``body[start:end] == text``, or start/end None for a headline fact."""

    page: str
    article: int
    kind: str  # percent | money | count | quantity (| date with --dates)
    text: str
    value: float | int | str | None
    value_max: float | int | None = None
    unit: str | None = None
    currency: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    change: str | None = None
    basis: str | None = None
    start: int | None = None
    end: int | None = None
    context: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """One distinct person, place or organisation of an article."""

    page: str
    article: int
    type: str  # PER | LOC | ORG
    text: str
    canonical: str
    count: int = 1
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Keyword:
    """A ranked word or keyphrase with a weight in 0–1."""

    word: str
    weight: float


@dataclass(frozen=True, slots=True)
class CorpusKeyword:
    """A keyword ranked over many articles: weight in 0–1, document frequency, summed weight, and
    distinctiveness against the shipped news background (high: this archive's own topic)."""

    word: str
    weight: float
    df: int = 0
    total_weight: float = 0.0
    distinctiveness: float = 0.0


@dataclass(frozen=True, slots=True)
class Keywords:
    """The keywords of one article, or of a whole corpus or group (``article`` is None).

    ``group`` names the group of a ``--by page|date|column`` ranking (None otherwise).
    """

    page: str
    article: int | None
    keywords: tuple[Keyword | CorpusKeyword, ...] = ()
    group: str | None = None


@dataclass(frozen=True, slots=True)
class KeywordRow:
    """One keyword of one article: the long form ``export`` writes (joinable on page, article)."""

    page: str
    article: int | None
    rank: int
    word: str
    weight: float


@dataclass(frozen=True, slots=True)
class Page:
    """One input page: its text, or the articles when the input was ``split``'s JSONL."""

    path: str
    text: str = ""
    encoding: str = "utf-8"
    articles: tuple[Article, ...] | None = None


Record = Article | Fact | Entity | Keywords


def to_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict in field order (nested records become dicts, tuples lists).

    >>> to_dict(Keyword("海洋碳汇", 0.8))
    {'word': '海洋碳汇', 'weight': 0.8}
    """
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an :class:`Article` from a dict of ``split``'s JSONL (unknown keys are ignored)."""
    by = data.get("byline") or {}
    byline = Byline(
        source=by.get("source"),
        reporters=tuple(by.get("reporters") or ()),
        interns=tuple(by.get("interns") or ()),
        correspondents=tuple(by.get("correspondents") or ()),
        photographers=tuple(by.get("photographers") or ()),
    )
    return Article(
        page=str(data.get("page") or "-"),
        article=int(data.get("article") or 1),
        column=data.get("column"),
        headline=tuple(data.get("headline") or ()),
        kicker=data.get("kicker"),
        title=data.get("title") or "",
        subtitle=data.get("subtitle"),
        byline=byline,
        dateline=data.get("dateline"),
        subheads=tuple(data.get("subheads") or ()),
        captions=tuple(data.get("captions") or ()),
        body=data.get("body") or "",
    )
