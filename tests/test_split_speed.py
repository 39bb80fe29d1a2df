"""The splitter's shortcuts (issue 8) give the same answers as the full reading they skip."""

from __future__ import annotations

import re
import re._parser as sre  # the pattern's syntax tree: which characters can open a match
import unicodedata

import pytest

from newsmine.split import markers as M
from newsmine.split import split_page
from newsmine.split.lines import classify_text, is_furniture

DIGIT = "<digit>"


def _first_chars(items: list) -> set[str]:
    """The characters a parsed pattern can open with (DIGIT for ``\\d``); fails on any other opening."""
    op, av = items[0]
    if op is sre.AT:
        return _first_chars(items[1:])
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        out: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                out.add(chr(value))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                out.add(DIGIT)
            else:
                raise AssertionError(f"unexpected class member {kind} {value}")
        return out
    if op is sre.BRANCH:
        return set().union(*(_first_chars(list(alt)) for alt in av[1]))
    if op is sre.SUBPATTERN:
        return _first_chars(list(av[-1]))
    if op is sre.MAX_REPEAT and av[0] >= 1:
        return _first_chars(list(av[2]))
    raise AssertionError(f"unexpected opening {op}")


@pytest.mark.parametrize("pattern", [*M.WEB_META_RES, M.END_MARK_RE, M.JUMP_RE], ids=lambda p: p.pattern[:12])
def test_furniture_heads_cover_the_patterns(pattern: re.Pattern[str]) -> None:
    heads = _first_chars(list(sre.parse(pattern.pattern)))
    assert heads - {DIGIT} <= M.FURNITURE_HEADS


def _slow_is_furniture(text: str) -> bool:
    """The reading without the shortcut: normalize, squeeze spaces, try every pattern."""
    text = re.sub(r"[ \t]{2,}", " ", unicodedata.normalize("NFKC", text))
    if any(r.match(text) for r in M.WEB_META_RES):
        return True
    if len(text) <= 40 and any(r.search(text) for r in M.FURNITURE_RES):
        return True
    if M.END_MARK_RE.match(text):
        return True
    m = M.JUMP_RE.search(text)
    return m is not None and m.start() == 0


LONG = "市统计局昨日发布数据显示，今年前三季度全市地区生产总值同比增长百分之五点六，增速比上半年加快零点三个百分点，经济运行稳中向好"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（下转第二版）", True),
        ("（上接第１版）", True),
        ("(完)", True),
        ("原标题：" + "青岛港开通一条新的国际集装箱航线" * 2, True),
        ("来源：大众网", True),
        ("２０１８－０５－２１　１６：５９：００　来源：大众网", True),
        ("责任编辑：王某", True),
        ("第Ａ５版", True),
        ("国际新闻      2018年5月18日  星期五      第11版", True),
        (LONG, False),
        ("（" + LONG + "）", False),
        ("１２３" + LONG, False),
        ("⑴" + LONG, False),
        ("本报讯 " + LONG, False),
        ("　　" + LONG, False),
        ("新华社北京7月25日电 " + LONG + "。", False),
    ],
)
def test_is_furniture_matches_the_full_reading(text: str, expected: bool) -> None:
    assert is_furniture(text) is expected
    assert _slow_is_furniture(text) is expected


def test_shortcut_agrees_on_real_lines(seed_text: str) -> None:
    lines = [x.strip() for x in seed_text.splitlines() if x.strip()]
    assert len(lines) > 20
    for line in lines:
        assert is_furniture(line) == _slow_is_furniture(line), line


def test_cached_classification_is_stable(seed_text: str) -> None:
    # the cache must hand back the same reading, and splitting twice must give the same articles
    first = [classify_text(x.strip()) for x in seed_text.splitlines() if x.strip()]
    classify_text.cache_clear()
    again = [classify_text(x.strip()) for x in seed_text.splitlines() if x.strip()]
    assert first == again
    assert split_page(seed_text) == split_page(seed_text)
