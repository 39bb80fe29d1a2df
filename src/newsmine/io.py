"""Reading pages: files, directories and stdin; encodings; ``split``'s JSONL as input.

``read_pages`` never raises for one bad file: it yields an :class:`InputError` in
that file's place, so that a batch goes on and the caller reports each problem.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsmine import errors
from newsmine.errors import InputError
from newsmine.records import Article, Page, article_from_dict

STDIN = "-"
PAGE_GLOB = "*.txt"


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Each path as given; a directory becomes its ``*.txt`` files (recursively, sorted)."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob(PAGE_GLOB) if p.is_file())
            if not found:
                yield InputError(raw, errors.NO_PAGES)
            yield from (str(p) for p in found)
        elif path.exists() or path.is_symlink():
            yield raw
        else:
            yield InputError(raw, errors.NOT_FOUND)


def read_pages(
    paths: Iterable[str] | str, *, encoding: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[Page | InputError]:
    """Yield one :class:`Page` per input page, or an :class:`InputError` for a page that cannot be read.

    ``paths`` holds files, directories (every ``*.txt`` below, sorted) and ``-`` for stdin.
    A file of ``split``'s JSONL yields one page per ``page`` value, with its articles attached.

    >>> [p.path for p in read_pages(["seeds"])]
    ['seeds/000_07dec771a2603ee3.txt']
    """
    if isinstance(paths, str):
        paths = [paths]
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            for item in expand_paths(paths):
                name = item.path if isinstance(item, InputError) else item
                yield InputError(name, errors.UNKNOWN_ENCODING.format(encoding=encoding))
            return
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == STDIN:
                data = (stdin or sys.stdin.buffer).read()
            else:
                data = Path(item).read_bytes()
        except OSError as exc:
            yield InputError(item, errors.UNREADABLE.format(reason=exc.strerror or type(exc).__name__))
            continue
        try:
            yield from pages_from_bytes(item, data, encoding=encoding)
        except InputError as exc:
            yield exc


def pages_from_bytes(path: str, data: bytes, *, encoding: str | None = None) -> list[Page]:
    """Decode one input and return its page (or, for ``split`` JSONL, its pages). Raises InputError."""
    text, used = decode(path, data, encoding=encoding)
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError(path, errors.EMPTY)
    if text.lstrip().startswith("{"):
        articles = articles_from_jsonl(path, text)
        if articles is not None:
            return group_by_page(articles, used)
    return [Page(path=path, text=text, encoding=used)]


# Byte-order marks of the wide encodings, UTF-32 first (its little-endian mark begins like UTF-16's).
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(path: str, data: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """Bytes to text: the given encoding, else UTF-8 (BOM allowed), else GB18030 when it reads as Chinese;
    UTF-16 and UTF-32 files are read when they start with their byte-order mark (Windows tools write them)."""
    if not data.strip():
        raise InputError(path, errors.EMPTY)
    if not encoding:
        for bom, wide in _WIDE_BOMS:
            if data.startswith(bom):
                try:
                    text = data.decode(wide)
                except UnicodeDecodeError:
                    raise InputError(path, errors.BAD_ENCODING.format(encoding=wide)) from None
                if not text.strip():
                    raise InputError(path, errors.EMPTY)
                return text, wide
    if b"\x00" in data[:8192]:
        raise InputError(path, errors.BINARY)
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            raise InputError(path, errors.BAD_ENCODING.format(encoding=encoding)) from None
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(path, errors.UNDECODABLE) from None
    if not looks_like_chinese(text):
        raise InputError(path, errors.UNDECODABLE)
    return text, "gb18030"


def looks_like_chinese(text: str) -> bool:
    """True when most non-ASCII characters are common CJK ideographs or CJK punctuation.

    GB18030 decodes almost any byte string, so a wrong guess shows up as rare
    characters and control codes rather than as an error.
    """
    sample = text[:20000]
    if sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f") > len(sample) * 0.01:
        return False
    wide = [c for c in sample if ord(c) > 127]
    if not wide:
        return True
    good = sum(
        1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
    )
    return good >= 0.9 * len(wide)


def normalize_newlines(text: str) -> str:
    """CRLF and CR line ends to LF; a leading BOM removed."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def articles_from_jsonl(path: str, text: str) -> list[Article] | None:
    """Articles from ``split``'s JSONL, or None when the text is not JSONL of articles at all."""
    articles: list[Article] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as exc:
            if not articles:
                return None  # Not JSONL: a page of text that happens to start with "{".
            raise InputError(path, errors.BAD_JSONL.format(line=number, reason=exc.msg)) from None
        if not isinstance(data, dict) or "body" not in data:
            if not articles:
                return None
            raise InputError(path, errors.BAD_JSONL.format(line=number, reason="no 'body' field"))
        articles.append(article_from_dict(data))
    return articles or None


def group_by_page(articles: list[Article], encoding: str) -> list[Page]:
    """One Page per distinct ``page`` value, in order of first appearance."""
    pages: dict[str, list[Article]] = {}
    for article in articles:
        pages.setdefault(article.page, []).append(article)
    return [Page(path=name, encoding=encoding, articles=tuple(arts)) for name, arts in pages.items()]
