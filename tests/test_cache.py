"""newsmine.cache: tables derived from installed packages are built once, then read back identical."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from newsmine import cache


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSMINE_CACHE_DIR", str(folder))
    return folder


def load_squares(builds: list[int]) -> dict[str, int]:
    def build() -> dict[str, int]:
        builds.append(1)
        return {str(n): n * n for n in range(1000)}

    return cache.cached(
        "squares.marshal", build, read=lambda p: marshal.loads(p.read_bytes()), write=marshal.dump
    )


def test_built_once_then_read_from_the_cache(cache_folder: Path) -> None:
    builds: list[int] = []
    first = load_squares(builds)
    again = load_squares(builds)
    assert first == again and first["31"] == 961
    assert builds == [1]
    assert [p.name for p in cache_folder.iterdir()] == ["squares.marshal"]  # no temporary left


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", None])
def test_a_damaged_file_is_built_again(cache_folder: Path, damage: bytes | None) -> None:
    builds: list[int] = []
    load_squares(builds)
    path = cache_folder / "squares.marshal"
    path.write_bytes(damage if damage is not None else path.read_bytes()[:100])  # None: torn write
    assert load_squares(builds)["999"] == 998001
    assert builds == [1, 1]
    assert load_squares(builds)["2"] == 4 and builds == [1, 1]  # the rebuilt file is good again


def test_an_unwritable_cache_costs_only_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("NEWSMINE_CACHE_DIR", str(blocked / "sub"))
    builds: list[int] = []
    assert load_squares(builds)["10"] == 100 and load_squares(builds)["10"] == 100
    assert builds == [1, 1]


def test_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSMINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "newsmine"
    monkeypatch.setenv("NEWSMINE_CACHE_DIR", str(tmp_path / "own"))
    assert cache.cache_dir() == tmp_path / "own"


def test_jieba_idf_is_cached_and_read_back_identical(cache_folder: Path) -> None:
    """keywords' fallback IDF comes from the installed jieba, parsed once per machine."""
    from newsmine import keywords

    keywords._jieba_idf.cache_clear()
    try:
        built = keywords._jieba_idf()
        files = list(cache_folder.glob("jieba-idf-*.marshal"))
        assert len(files) == 1
        keywords._jieba_idf.cache_clear()
        assert keywords._jieba_idf() == built
        idf_file = Path(keywords.importlib.util.find_spec("jieba").submodule_search_locations[0])
        first = (idf_file / "analyse" / "idf.txt").read_text(encoding="utf-8").split("\n", 1)[0].split()
        assert built[first[0]] == float(first[1])
        assert len(built) > 200_000
    finally:
        keywords._jieba_idf.cache_clear()
