"""Word segmentation with jieba's dictionary, behind one small interface.

Every extractor asks this module for tokens; nothing else imports a segmenter.
The fast backend is ``rjieba`` (the Rust port of jieba: same dictionary, same
HMM for unknown words, POS tags included); plain ``jieba`` is the fallback and
can be forced with ``NEWSMINE_SEGMENTER=jieba``. Both are imported lazily so
that ``newsmine --help`` stays fast.

Segmentation results are cached by text, so the keywords and entities of one
article share a single segmentation pass.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

_CACHE_SIZE = 512


class Token(NamedTuple):
    """One word of a text with its jieba POS tag and character offsets (``text[start:end] == word``).

    A named tuple rather than a frozen dataclass: an archive makes millions of tokens, and a tuple is
    several times cheaper to build while reading the same (``token.word``, ``token.pos`` …).
    """

    word: str
    pos: str
    start: int
    end: int


_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_NEW = tuple.__new__

_tagger: Callable[[str], list[tuple[str, str]]] | None = None
_adder: Callable[[str, int | None, str | None], object] | None = None
_backend = ""


def _load() -> Callable[[str], list[tuple[str, str]]]:
    """Import the segmenter on first use and warm it up."""
    global _tagger, _adder, _backend
    if _tagger is not None:
        return _tagger
    wanted = os.environ.get("NEWSMINE_SEGMENTER", "rjieba").strip().lower()
    if wanted != "jieba":
        try:
            import rjieba

            _tagger = rjieba.tag
            _adder = rjieba.add_word
            _backend = "rjieba"
        except ImportError:  # pragma: no cover - rjieba is a dependency; this is the fallback path
            _tagger = None
    if _tagger is None:
        import logging

        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()

        def jieba_tag(text: str) -> list[tuple[str, str]]:
            return [(p.word, p.flag) for p in jieba.posseg.cut(text)]

        def jieba_add(word: str, freq: int | None, tag: str | None) -> None:
            jieba.add_word(word, freq, tag)

        _tagger, _adder, _backend = jieba_tag, jieba_add, "jieba"
    _tagger("预热")
    return _tagger


def backend() -> str:
    """The name of the segmenter in use: ``rjieba`` or ``jieba``."""
    _load()
    return _backend


@lru_cache(maxsize=_CACHE_SIZE)
def tokenize(text: str) -> tuple[Token, ...]:
    """Segment ``text`` into POS-tagged tokens with offsets; whitespace and punctuation are tokens too.

    >>> [t.word for t in tokenize("海洋碳汇功能区划")][:2]
    ['海洋', '碳汇']
    """
    if not text:
        return ()
    tag = _load()
    tagged = tag(text)
    if not tagged:
        return ()
    # C-level maps only (no Python frame per token): itemgetter columns, tuple.__new__ for the tokens
    words = list(map(_FIRST, tagged))
    ends = list(accumulate(map(len, words)))
    columns = zip(words, map(_SECOND, tagged), [0, *ends[:-1]], ends, strict=True)
    return tuple(map(_NEW, repeat(Token), columns))


def words(text: str) -> list[str]:
    """The words of ``text`` (no whitespace tokens).

    >>> words("青岛 高新区")
    ['青岛', '高新区']
    """
    return [t.word for t in tokenize(text) if not t.word.isspace()]


def add_word(word: str, freq: int | None = None, tag: str | None = None) -> None:
    """Add one word to the segmenter's dictionary (and forget cached segmentations)."""
    _load()
    assert _adder is not None
    _adder(word, freq, tag)
    tokenize.cache_clear()


def read_userdict(path: str | Path) -> list[tuple[str, int | None, str | None]]:
    """Parse a jieba-format user dictionary: ``word [freq] [tag]`` per line, ``#`` comments.

    Extra columns (newsmine's entity type column, for instance) are kept by the caller;
    this returns the three jieba columns.
    """
    entries: list[tuple[str, int | None, str | None]] = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        word, freq, tag = parts[0], None, None
        for part in parts[1:]:
            if freq is None and part.isdigit():
                freq = int(part)
            elif tag is None and not part.isdigit():
                tag = part
        entries.append((word, freq, tag))
    return entries


def load_userdict(path: str | Path) -> int:
    """Add every word of a jieba-format user dictionary; returns how many were added."""
    entries = read_userdict(path)
    for word, freq, tag in entries:
        add_word(word, freq, tag)
    return len(entries)
