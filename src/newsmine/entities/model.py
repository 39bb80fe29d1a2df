"""The trained character tagger: loading it once per process and turning its labels into spans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from newsmine.entities.features import char_features, token_info
from newsmine.segment import Token, tokenize

MODEL_NAME = "ner.crfsuite"

# Sentences are tagged one by one: the model was trained on sentences, and short sequences keep
# Viterbi cheap. A sentence ends at 。！？; or a line break; very long runs are cut at commas too.
_SENTENCE = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")
_MAX_LEN = 300


def model_path() -> str:
    """Filesystem path of the shipped model."""
    return str(resources.files("newsmine").joinpath("data", MODEL_NAME))


@lru_cache(maxsize=1)
def tagger() -> Any:
    """The crfsuite tagger, opened on first use and kept for the life of the process."""
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(model_path())
    return t


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of ``text``."""
    spans = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        if e <= s or text[s:e].isspace():
            continue
        while e - s > _MAX_LEN:
            cut = max(text.rfind("，", s, s + _MAX_LEN), text.rfind(",", s, s + _MAX_LEN))
            cut = cut + 1 if cut > s else s + _MAX_LEN
            spans.append((s, cut))
            s = cut
        spans.append((s, e))
    return spans


def decode(labels: Sequence[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """BIOES/BIO labels to (start, end, type) spans; a stray I/E starts a span of its own."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate(labels):
        tag, _, t = lab.partition("-")
        if tag in ("B", "S") or (tag in ("I", "E") and t != typ):
            if start >= 0:
                spans.append((offset + start, offset + i, typ))
            start, typ = i, t
        elif tag == "O":
            if start >= 0:
                spans.append((offset + start, offset + i, typ))
            start, typ = -1, ""
        if tag in ("S", "E") and start >= 0:
            spans.append((offset + start, offset + i + 1, typ))
            start, typ = -1, ""
    if start >= 0:
        spans.append((offset + start, offset + len(labels), typ))
    return spans


def tag_spans(text: str, tokens: Sequence[Token] | None = None) -> list[tuple[int, int, str]]:
    """Raw model spans (start, end, type) over ``text``, sentence by sentence."""
    if not text or text.isspace():
        return []
    if tokens is None:
        tokens = tokenize(text)
    info = token_info(text, tokens)
    t = tagger()
    spans: list[tuple[int, int, str]] = []
    for s, e in sentences(text):
        labels = t.tag(char_features(text, info, s, e))
        spans.extend(decode(labels, s))
    return spans
