"""Tests of the splitter on the fifth blind set, tests/pages/split_blind5 (20 typical pages of other
papers and conventions than round 4: full-width digits, 法制日报/华商报/大河报/信息时报, wire copy,
``…讯　记者…报道：`` datelines, two-line headlines without a dash; gold written before any code
change for them), and of the rule added after measuring them (header strips), as a case table.

Known misses are kept on purpose and asserted to still miss, so that a fix shows up as a failing
test to update: kicker + title read as title + subtitle, subheads inside dateline-only or
late-signed stories read as new articles, run-in ``…讯　记者…报道：`` credits and half-width
``讯(…)`` credits not parsed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsmine.split import split_page
from newsmine.split.lines import Kind, classify_text, is_furniture

PAGES = Path(__file__).resolve().parent / "pages" / "split_blind5"
GOLDS = sorted(PAGES.glob("*.gold.json"))
#: (page, article number) whose title is a known miss (a kicker read as the title).
KNOWN_TITLE_MISSES = {
    ("f02_charity_indent", 1),
    ("f02_charity_indent", 2),
    ("f03_city_wrapped", 2),
    ("f10_feature_web", 1),
    ("f14_news_comment", 3),
    ("f16_end_credits", 2),
    ("f19_consumer_indent", 1),
    ("f20_county_front", 1),
}
#: Pages where a subhead opens an extra article (boundaries and article count miss).
KNOWN_EXTRA = {"f06_huashang_flat", "f12_finance_indent", "f13_continued_flat", "f19_consumer_indent"}
#: (page, article number) whose dateline credit is not parsed (the byline stays empty).
KNOWN_BYLINE_MISSES = {
    ("f08_briefs_box", 1),
    ("f09_reported_wrapped", 1),
    ("f09_reported_wrapped", 2),
    ("f13_continued_flat", 2),  # its end credit goes to the extra article its subhead opens
}


def squash(s: str | None) -> str:
    return re.sub(r"[\s\u200b\ufeff]+", "", s or "")


def _load(gold_path: Path) -> tuple[str, dict, list]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes().decode("utf-8")
    return gold_path.name.split(".")[0], gold, split_page(text, page=gold["page"])


def _ids(paths: list[Path]) -> list[str]:
    return [p.name.split(".")[0] for p in paths]


def _match(gold: dict, arts: list) -> dict[int, object]:
    """Gold article number (1-based) → the predicted article whose body starts like it."""
    out = {}
    for k, g in enumerate(gold["articles"], 1):
        start = squash(g["body_start"])
        for a in arts:
            body = squash(a.body)
            # a credit left at the body's start (a known miss) still marks the article
            if body.startswith(start) or body[:60].find(start[:12]) >= 0:
                out[k] = a
                break
    return out


def test_blind5_set_is_complete() -> None:
    assert len(GOLDS) == 20
    for g in GOLDS:
        assert g.with_name(g.name.replace(".gold.json", ".txt")).exists()
        assert json.loads(g.read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind5_articles(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    if name in KNOWN_EXTRA:
        assert len(arts) > len(gold["articles"])  # still a miss: update KNOWN_EXTRA if it passes
        return
    assert len(arts) == len(gold["articles"])


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind5_titles_and_headlines(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    found = _match(gold, arts)
    for k, g in enumerate(gold["articles"], 1):
        a = found.get(k)
        assert a is not None, (name, k)
        if (name, k) in KNOWN_TITLE_MISSES:
            assert squash(a.title) != squash(g["title"])  # still a miss: update the table if it passes
            continue
        assert squash(a.title) == squash(g["title"]), (name, k)
        assert [squash(h) for h in a.headline] == [squash(h) for h in g["headline"]], (name, k)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind5_bylines_and_datelines(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    found = _match(gold, arts)
    for k, g in enumerate(gold["articles"], 1):
        a = found[k]
        if (name, k) in KNOWN_BYLINE_MISSES:
            assert sorted(a.byline.reporters) != sorted(g["byline"]["reporters"])
            continue
        if name == "f08_briefs_box" and k == 2:
            continue  # 红网时刻…讯: an agency name outside the tables (dateline missed, byline empty)
        assert sorted(a.byline.reporters) == sorted(g["byline"]["reporters"]), (name, k)
        assert sorted(a.byline.interns) == sorted(g["byline"]["interns"]), (name, k)
        if name != "f09_reported_wrapped":
            assert squash(a.dateline) == squash(g["dateline"]), (name, k)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind5_no_text_lost_and_no_furniture_in_bodies(gold_path: Path) -> None:
    _, gold, arts = _load(gold_path)
    everything = squash(
        "".join(
            "".join([a.body, *a.headline, *a.subheads, *a.captions, a.dateline or "", a.column or ""])
            for a in arts
        )
    )
    for g in gold["articles"]:
        for para in g["body"].split("\n"):
            assert squash(para) in everything
    bodies = squash("".join(a.body for a in arts))
    for f in gold["furniture"]:
        assert squash(f) not in bodies
        assert not any(squash(f) in squash(h) for a in arts for h in a.headline)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind5_captions_out_of_bodies(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    bodies = squash("".join(a.body for a in arts))
    for g in gold["articles"]:
        for c in g["captions"]:
            if name == "f20_county_front":
                continue  # ``▲…`` without a credit, under a finished paragraph: read as body (known miss)
            assert squash(c) not in bodies, (name, c)


# --- the rule added after round 5: header strips in any order -------------------------------------

HEADER_STRIPS = [
    ("华商报　2018年11月12日　A6　陕西新闻", True),
    ("国际·国内　A8　2019年1月3日", True),
    ("A05　城市观察　2018年5月20日", True),
    ("经济　2018年12月14日　星期五　B2", True),
    ("２０１２年７月２７日　星期五　Ａ０６　综合新闻", True),
    ("新民晚报 2019年3月2日 第12版 文体新闻", True),
    # a headline or a line of text with a date is not a header
    ("北京 2018年5月20日 3名游客 获救", False),
    ("挪用288万炒股 国企财务获刑", False),
    ("2018年5月20日，A6 高速路段发生事故。", False),
    ("民营医院院长伪造住院手续套取医保185万", False),
]


@pytest.mark.parametrize(("text", "expected"), HEADER_STRIPS)
def test_header_strip_is_furniture(text: str, expected: bool) -> None:
    assert is_furniture(text) is expected


def test_header_strip_is_classified_as_furniture_on_a_page() -> None:
    page = "华商报　2018年11月12日　A6　陕西新闻\n\n民营医院院长套取医保\n\n华商报讯（记者 祁铭）近日，延安中院作出二审判决。\n"
    assert classify_text(page.split("\n")[0]).kind is Kind.FURNITURE
    arts = split_page(page)
    assert len(arts) == 1 and arts[0].title == "民营医院院长套取医保"
