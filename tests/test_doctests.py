"""The examples in the library's docstrings run and print what they say (run from the project root)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsmine
from tests.conftest import ROOT

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(newsmine.__path__, "newsmine.")
    if not name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed"
