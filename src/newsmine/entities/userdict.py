"""User dictionary: names an archive keeps meeting, with the entity type they must always get.

Format: jieba's user dictionary with an optional type column, one entry per line, ``#`` comments::

    青岛西海岸新区 LOC
    海洋一所 20 nt ORG
    张新竹 nr            # no type column: the POS decides (nr PER, ns LOC, nt ORG)
    观海新闻 n ORG

The words go into the segmenter's dictionary (so the model sees them whole), and every occurrence of
a typed word is that entity, whatever the model says. Words without a type (no column, POS not
nr/ns/nt) only change the segmentation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from newsmine.entities.rules import force
from newsmine.segment import add_word

Span = tuple[int, int, str]

TYPES = ("PER", "LOC", "ORG")
_POS_TYPES = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}

_names: dict[str, str] = {}
_pattern: re.Pattern[str] | None = None


def parse_line(line: str) -> tuple[str, int | None, str | None, str | None] | None:
    """(word, freq, POS, entity type) of one dictionary line, or None for a blank/comment line."""
    parts = line.split("#", 1)[0].split()
    if not parts:
        return None
    word, freq, pos, typ = parts[0], None, None, None
    for part in parts[1:]:
        if part.upper() in TYPES:
            typ = part.upper()
        elif freq is None and part.isdigit():
            freq = int(part)
        elif pos is None and not part.isdigit():
            pos = part
    if typ is None and pos is not None:
        typ = _POS_TYPES.get(pos)
    return word, freq, pos, typ


def load_userdict(path: str | Path) -> dict[str, str]:
    """Load a user dictionary: add its words to the segmenter and fix the type of its typed names.

    Returns the names that got a type (name → PER/LOC/ORG). May be called several times; later files
    override earlier ones for the same name.
    """
    added: dict[str, str] = {}
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        entry = parse_line(line)
        if entry is None:
            continue
        word, freq, pos, typ = entry
        add_word(word, freq, pos)
        if typ is not None and len(word) >= 1:
            added[word] = typ
    add_names(added)
    return added


def add_names(names: dict[str, str]) -> None:
    """Fix the type of some names (without touching the segmenter)."""
    global _pattern
    _names.update(names)
    ordered = sorted(_names, key=len, reverse=True)  # longest first: 青岛港集团 before 青岛
    _pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
    from newsmine.entities.extract import clear_cache

    clear_cache()


def clear() -> None:
    """Forget every user name (tests, or a long-running process switching archives)."""
    global _pattern
    _names.clear()
    _pattern = None
    from newsmine.entities.extract import clear_cache

    clear_cache()


def names() -> dict[str, str]:
    """The user names in force: name → type."""
    return dict(_names)


def apply(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans of ``text`` with every user name forced to its type.

    A model span equal to a user name is re-typed; spans crossing it or inside it give way to it;
    a longer span that contains it whole (青岛港集团 around 青岛) is a different name and stays.
    """
    if _pattern is None:
        return list(spans)
    return force(spans, [(m.start(), m.end(), _names[m.group()]) for m in _pattern.finditer(text)])
