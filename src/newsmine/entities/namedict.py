"""The name dictionary behind the tagger's ``dict.*`` features, built on this machine.

The names are those of jieba's own dictionary (``jieba/dict.txt``, installed with the jieba package
newsmine depends on): nr / nrt / nrfg → person, ns → place, nt → organisation, words of 2..``DICT_MAX``
characters, plus newsmine's own place gazetteer. Nothing of jieba's is shipped inside newsmine: the
tables are derived from the installed file the first time they are needed (about a second) and kept
in newsmine's cache (:mod:`newsmine.cache`), named after the dictionary file's size and time and this
module's version, so another jieba rebuilds it.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from typing import IO, Any

from newsmine.cache import cached, source_tag
from newsmine.entities.features import DICT_MAX, dict_key
from newsmine.entities.gazetteer import PLACES

# Bump when what is stored or how it is keyed changes.
FORMAT = 1
DICT_TYPES = {"nr": 1, "nrt": 1, "nrfg": 1, "ns": 2, "nt": 4}  # type bits: 1 PER, 2 LOC, 4 ORG


def jieba_dictionary() -> Path:
    """Where the installed jieba keeps ``dict.txt`` (found without importing jieba)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("jieba is not installed: pip install jieba")
    return Path(spec.origin).parent / "dict.txt"


def names(dictionary: Path) -> dict[str, int]:
    """Type bits of every name: jieba's dictionary, then the gazetteer's places."""
    types: dict[str, int] = {}
    with dictionary.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] in DICT_TYPES and 2 <= len(parts[0]) <= DICT_MAX:
                types[parts[0]] = types.get(parts[0], 0) | DICT_TYPES[parts[2]]
    for place in PLACES:
        if 2 <= len(place) <= DICT_MAX:
            types[place] = types.get(place, 0) | 2
    return types


def build(dictionary: Path) -> dict[str, Any]:
    """The four arrays: sorted hashed keys and their type bits; first character pairs
    (``a << 21 | b``) and the longest name each pair starts (a pre-filter sparing most lookups)."""
    import numpy as np

    keyed: dict[int, int] = {}
    longest: dict[int, int] = {}
    for word, bits in names(dictionary).items():
        key = dict_key(word)
        keyed[key] = keyed.get(key, 0) | bits
        pair = (ord(word[0]) << 21) | ord(word[1])
        longest[pair] = max(longest.get(pair, 0), len(word))
    keys = np.array(sorted(keyed), dtype=np.uint64)
    pairs = np.array(sorted(longest), dtype=np.uint64)
    return {
        "dict_keys": keys,
        "dict_types": np.array([keyed[int(k)] for k in keys.tolist()], dtype=np.uint8),
        "dict_pairs": pairs,
        "dict_pair_longest": np.array([longest[int(p)] for p in pairs.tolist()], dtype=np.uint8),
    }


def cache_name(dictionary: Path) -> str:
    """The cache file's name for this dictionary file, this gazetteer and this format."""
    places = hashlib.sha1("\n".join(sorted(PLACES)).encode()).hexdigest()[:8]
    return f"names-v{FORMAT}-{source_tag(dictionary)}-{places}.npz"


def _read(path: Path) -> dict[str, Any]:
    import zipfile

    import numpy as np

    try:
        with np.load(str(path)) as data:
            return {name: data[name] for name in data.files}
    except zipfile.BadZipFile as exc:  # a torn file: build it again
        raise ValueError(str(exc)) from exc


def _write(arrays: dict[str, Any], f: IO[bytes]) -> None:
    import numpy as np

    np.savez(f, **arrays)


def load() -> dict[str, Any]:
    """The arrays, from the cache or built now."""
    dictionary = jieba_dictionary()
    return cached(cache_name(dictionary), lambda: build(dictionary), read=_read, write=_write)
