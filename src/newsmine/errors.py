"""newsmine's exceptions; the text of every user-facing message lives here."""

from __future__ import annotations


class NewsmineError(Exception):
    """Base class of every error newsmine raises on purpose."""


class InputError(NewsmineError):
    """A page that cannot be read; rendered as ``newsmine: PATH: problem``."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


# Problems with one input file (the path is added in front).
NOT_FOUND = "no such file or directory"
NO_PAGES = "directory holds no *.txt pages"
EMPTY = "empty file"
BINARY = "binary file, not text"
UNDECODABLE = "not UTF-8 or GB18030 text; try --encoding"
BAD_ENCODING = "cannot be decoded as {encoding}"
UNKNOWN_ENCODING = "unknown encoding {encoding!r}"
UNREADABLE = "cannot be read ({reason})"
BAD_JSONL = "line {line}: not a split record ({reason})"

# Usage problems.
NO_INPUT = "no input: give PATH ... or pipe text in (try 'newsmine {command} --help')"
