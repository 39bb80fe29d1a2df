"""Character features for the entity tagger: the one function that training and run time share.

Each character gets a short list of string attributes: character n-grams, the jieba word around it
(its boundary position B/M/E/S and POS tag), the character class, surname and given-name hints, and
flags for words that are known places or end in an organisation or place suffix. The same code
builds the training data (``training/train_ner.py``) and the run-time input, so the two never drift.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmine.entities.gazetteer import (
    GIVEN_CHARS,
    LOC_SUFFIXES,
    ORG_SUFFIXES,
    PLACES,
    SURNAMES_1,
    SURNAMES_2,
)
from newsmine.segment import Token

_ORG_LONG = tuple(sorted({s for s in ORG_SUFFIXES if len(s) > 1}, key=len, reverse=True))
_LOC_LONG = tuple(sorted({s for s in LOC_SUFFIXES if len(s) > 1}, key=len, reverse=True))


def _char_class(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha():
        return "L"
    if c.isspace():
        return "S"
    if c.isalpha():
        return "A"  # full-width Latin and other letters
    return "P"


def _suffix_flag(word: str) -> str:
    """'o' / 'l' when a multi-character word ends in an organisation / place suffix, else ''."""
    if word in ORG_SUFFIXES:
        return "o"
    if word in LOC_SUFFIXES:
        return "l"
    if len(word) < 2:
        return ""
    if word[-1] in ORG_SUFFIXES or word.endswith(_ORG_LONG):
        return "o"
    if word[-1] in LOC_SUFFIXES or word.endswith(_LOC_LONG):
        return "l"
    return ""


def token_info(text: str, tokens: Sequence[Token]) -> list[tuple[str, str, str, str]]:
    """Per character of ``text``: its jieba word as ``(bmes, pos, flags, word)``.

    ``tokens`` must cover ``text`` with offsets relative to it (as ``segment.tokenize`` returns).
    """
    info: list[tuple[str, str, str, str]] = [_EDGE] * len(text)
    n = len(tokens)
    for k, tok in enumerate(tokens):
        word, s, e = tok.word, tok.start, tok.end
        flags = _suffix_flag(word)
        if word in PLACES:
            flags += "g"
        elif k + 1 < n and (word + tokens[k + 1].word) in PLACES:
            flags += "h"  # first half of a two-word place name
        pos = tok.pos
        w = word if 1 < len(word) <= 4 else ""
        if e - s == 1:
            info[s] = ("S", pos, flags, w)
            continue
        info[s] = ("B", pos, flags, w)
        mid = ("M", pos, flags, w)
        for j in range(s + 1, e - 1):
            info[j] = mid
        info[e - 1] = ("E", pos, flags, w)
    return info


_EDGE = ("S", "x", "", "")
_PAD_START = ("^", "^", "", "")
_PAD_END = ("$", "$", "", "")


def char_features(
    text: str, info: Sequence[tuple[str, str, str, str]], lo: int = 0, hi: int | None = None
) -> list[list[str]]:
    """Attribute lists for the characters ``text[lo:hi]`` (one sequence for the tagger).

    ``info`` is :func:`token_info` of the whole ``text``; n-gram windows stop at the segment edges.
    The loop is the run-time cost of the tagger, so it does plain string work only.
    """
    if hi is None:
        hi = len(text)
    seg = "^^" + text[lo:hi] + "$$"
    inf = [_PAD_START, *info[lo:hi], _PAD_END]
    cls = [_char_class(c) for c in seg]
    sur1, sur2, given = SURNAMES_1, SURNAMES_2, GIVEN_CHARS
    out: list[list[str]] = []
    for i in range(hi - lo):
        p2, p1, c, n1, n2 = seg[i : i + 5]
        wb, pos, flags, word = inf[i + 1]
        f = [
            "c=" + c,
            "p=" + p1,
            "n=" + n1,
            "pp=" + p2,
            "nn=" + n2,
            "pc=" + p1 + c,
            "cn=" + c + n1,
            "pcn=" + p1 + c + n1,
            "ppp=" + p2 + p1,
            "nnn=" + n1 + n2,
            "w=" + wb + pos,
            "wp=" + inf[i][1] + "_" + pos,
            "wn=" + pos + "_" + inf[i + 2][1],
            "k=" + cls[i + 1] + cls[i + 2] + cls[i + 3],
        ]
        if word:
            f.append("W=" + word)
        if flags:
            f.append("f=" + wb + flags)
        if c in sur1 and (wb == "B" or wb == "S"):
            f.append("sn=" + wb)
        if c + n1 in sur2:
            f.append("sn2")
        if c in given:
            f.append("gn")
        out.append(f)
    return out
