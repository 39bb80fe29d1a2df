"""Tables newsmine derives on this machine from installed packages, kept between runs.

Nothing of another package ships inside newsmine: tables drawn from jieba's files (the name dictionary
of the entity tagger, jieba's IDF for keywords) are built from the installed files on first use and
cached in ``$NEWSMINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsmine``, else ``~/.cache/newsmine``.
Callers name the file after what it was built from (size, time, format version), so a new jieba
rebuilds it. A damaged file is built again; a cache that cannot be written costs only speed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """The folder of newsmine's derived tables."""
    if os.environ.get("NEWSMINE_CACHE_DIR"):
        return Path(os.environ["NEWSMINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsmine"


def source_tag(path: Path) -> str:
    """Size and modification time of a source file, for naming what is derived from it."""
    stat = path.stat()
    return f"{stat.st_size}-{int(stat.st_mtime)}"


def cached(
    name: str,
    build: Callable[[], T],
    *,
    read: Callable[[Path], T],
    write: Callable[[T, IO[bytes]], None],
) -> T:
    """The table cached as ``name``, else ``build()`` now (and cached when the folder is writable)."""
    path = cache_dir() / name
    try:
        return read(path)
    except (OSError, ValueError, KeyError, EOFError, TypeError):
        pass  # not built yet, or a damaged file: build it again
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A temporary file renamed into place: workers building at the same time never see half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                write(value, f)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home: the table lives in memory only
    return value
