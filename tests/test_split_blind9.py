"""Tests of the splitter on the ninth blind set, tests/pages/split_blind9 (typical pages of papers and
page types the other sets lack: 人民日报海外版 要闻, a 中国新闻周刊-style magazine feature, 北京日报 社区,
深圳晚报, 三秦都市报 生活, 中国环境报, 海峡都市报 交通 briefs, 都市快报 消费, 辽宁日报 科普, 金陵晚报,
中国文化报, 贵州日报 乡村 briefs, 上海证券报, 燕赵都市报 opening with a continued story, 重庆日报 国际),
with their gold written before the splitter was ever run on them.

The first tests check the set itself (no splitter): every gold paragraph, headline line, caption and
name is on its page, the furniture lines are there, and no sentence of it is one of the other sets'.
The others assert what the other blind sets assert; the headline blocks the splitter still reads
otherwise after the blind9 fixes are listed in ``KNOWN_HEADLINE_MISSES`` (kicker / title / subtitle of
two plain lines, which only the type size tells).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.splitgold import load_page as _load
from tests.splitgold import page_ids as _ids
from tests.splitgold import squash

PAGES = Path(__file__).resolve().parent / "pages" / "split_blind9"
GOLDS = sorted(PAGES.glob("*.gold.json"))
OTHER_SETS = (
    "split",
    "split_heldout",
    "split_blind",
    "split_blind2",
    "split_blind3",
    "split_blind4",
    "split_blind5",
    "split_blind6",
    "split_blind7",
    "split_blind8",
)

#: (page, article number) whose headline block is a known miss, as the older sets keep theirs (see
#: tests/test_split_blind5.py and tests/test_split_blind8.py): plain text has no type size, and the older
#: sets hold both readings for two headline lines of the same shape.
KNOWN_HEADLINE_MISSES = {
    ("m01_haiwai_indent", 2),  # a detail line over the news line: kicker + title in the gold
    ("m03_beijing_wrapped", 1),  # under a 聚焦… column, two stating lines: kicker + title in the gold
    ("m05_sanqin_flat", 1),  # a short line over a longer one, both stating: kicker + title in the gold
    ("m09_liaoning_web", 1),  # a rumour line over a question: kicker + title in the gold
    ("m10_jinling_bom", 2),  # one title printed on two lines, read as title + subtitle
    ("m12_guizhou_briefs", 1),  # a ●-marked slogan line over the title: a kicker in the gold
    ("m13_securities_layout", 1),  # 本报评论员 above the title: a byline (older sets), a column here
    ("m14_yanzhao_continued", 2),  # title + subtitle read as kicker + title (冲撞 tagged as a noun)
    ("m14_yanzhao_continued", 4),  # one title printed on two lines, read as kicker + title
}


def _gold(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_name(path.name.replace(".gold.json", ".txt")).read_bytes().decode("utf-8")
    return gold, text


def _match(gold: dict, arts: list) -> dict[int, object]:
    """Gold article number (1-based) → the predicted article whose body starts like it."""
    out = {}
    for k, g in enumerate(gold["articles"], 1):
        start = squash(g["body_start"])
        for a in arts:
            body = squash(a.body)
            # a credit left at the body's start still marks the article
            if body.startswith(start) or body[:60].find(start[:12]) >= 0:
                out[k] = a
                break
    return out


# --- the set itself ------------------------------------------------------------------------------


def test_blind9_set_is_complete() -> None:
    assert len(GOLDS) == 15
    for g in GOLDS:
        assert g.name.startswith("m")
        assert g.with_name(g.name.replace(".gold.json", ".txt")).exists()
        assert json.loads(g.read_text(encoding="utf-8"))["articles"]


def test_blind9_set_weighs_toward_captions_and_cut_sentences() -> None:
    """The set was built with at least 15 captions, 9 cut sentences and 3–5 articles on most pages."""
    golds = [_gold(p)[0] for p in GOLDS]
    assert sum(len(a["captions"]) for g in golds for a in g["articles"]) >= 15
    assert sum(len(g["joins"]) for g in golds) >= 9
    assert sum(1 for g in golds if 3 <= len(g["articles"]) <= 5) >= 13
    # one page starts with a story continued from an earlier page (no headline)
    assert any(g["articles"][0]["title"] == "" and not g["articles"][0]["headline"] for g in golds)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind9_gold_is_on_its_page(gold_path: Path) -> None:
    gold, text = _gold(gold_path)
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    page = squash(text)
    furniture = {squash(f) for f in gold["furniture"]}
    captions = {squash(c) for a in gold["articles"] for c in a["captions"]}
    # a paragraph cut by a caption or a page strip is whole again once those lines are left out
    kept = [x for x in lines if squash(x) not in furniture | captions]
    # a caption printed on two lines leaves no line of its own either
    kept = [x for x in kept if not any(squash(x) and squash(x) in c for c in captions)]
    running = squash("".join(kept))
    for f in furniture:
        assert any(squash(x) == f for x in lines), f
    for a in gold["articles"]:
        assert a["headline"] == [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]
        for para in a["body"].split("\n"):
            assert para and squash(para) in running, para[:20]
        for part in [*a["headline"], *a["subheads"], *a["captions"], a["dateline"] or "", a["column"] or ""]:
            assert squash(part) in page, part
        for role in ("reporters", "interns", "correspondents", "photographers"):
            for name in a["byline"][role]:
                assert name in page, name
    for join in gold["joins"]:
        assert any(squash(join) in squash(a["body"]) for a in gold["articles"]), join
        # a cut sentence is never whole on one printed line
        assert not any(squash(join) in squash(x) for x in lines), join


def test_blind9_uses_no_article_of_the_other_sets() -> None:
    others = "".join(
        squash(p.read_bytes().decode("utf-8", "replace"))
        for name in OTHER_SETS
        for p in (PAGES.parent / name).glob("*.txt")
    )
    for path in GOLDS:
        gold, _ = _gold(path)
        for a in gold["articles"]:
            for para in a["body"].split("\n"):
                # a sentence of 20+ characters seen elsewhere means the article was used before
                for sentence in re.findall(r"[^。！？]{20,}[。！？]", para):
                    assert squash(sentence) not in others, (path.name, sentence[:20])


def test_blind9_no_sentence_twice_in_the_set() -> None:
    """Long corpus articles give several pieces here; each piece has sentences of its own."""
    seen: dict[str, str] = {}
    for path in GOLDS:
        gold, _ = _gold(path)
        for a in gold["articles"]:
            for sentence in re.findall(r"[^。！？]{20,}[。！？]", a["body"]):
                key = squash(sentence)
                assert key not in seen or seen[key] == path.name + a["title"], sentence[:20]
                seen[key] = path.name + a["title"]


def test_blind9_line_ends_and_marks() -> None:
    """Two pages carry CRLF, one a BOM; one keeps trailing spaces; the others are plain LF."""
    raw = {p.name: p.read_bytes() for p in PAGES.glob("*.txt")}
    crlf = {n for n, b in raw.items() if b"\r\n" in b}
    bom = {n for n, b in raw.items() if b.startswith(b"\xef\xbb\xbf")}
    assert crlf == {"m08_dushi_crlf.txt", "m15_chongqing_crlf.txt"}
    assert bom == {"m10_jinling_bom.txt"}
    for name in ("m12_guizhou_briefs.txt",):
        text = raw[name].decode("utf-8")
        assert any(x.endswith((" ", "\u3000")) for x in text.split("\n"))


# --- the splitter on the set -----------------------------------------------------------------------


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind9_articles(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    assert len(arts) == len(gold["articles"]), name


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind9_titles_and_headlines(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    found = _match(gold, arts)
    for k, g in enumerate(gold["articles"], 1):
        a = found.get(k)
        assert a is not None, (name, k)
        got = (squash(a.title), [squash(h) for h in a.headline], squash(a.column))
        want = (squash(g["title"]), [squash(h) for h in g["headline"]], squash(g["column"]))
        if (name, k) in KNOWN_HEADLINE_MISSES:
            assert got != want  # still a miss: update the table if it passes
            continue
        assert squash(a.title) == squash(g["title"]), (name, k)
        assert [squash(h) for h in a.headline] == [squash(h) for h in g["headline"]], (name, k)
        assert squash(a.column) == squash(g["column"]), (name, k)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind9_bylines_and_datelines(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    found = _match(gold, arts)
    for k, g in enumerate(gold["articles"], 1):
        a = found.get(k)
        assert a is not None, (name, k)
        assert sorted(a.byline.reporters) == sorted(g["byline"]["reporters"]), (name, k)
        assert sorted(a.byline.interns) == sorted(g["byline"]["interns"]), (name, k)
        assert sorted(a.byline.correspondents) == sorted(g["byline"]["correspondents"]), (name, k)
        assert squash(a.dateline) == squash(g["dateline"]), (name, k)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind9_no_text_lost_and_no_furniture_in_bodies(gold_path: Path) -> None:
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
def test_blind9_captions_out_of_bodies(gold_path: Path) -> None:
    name, gold, arts = _load(gold_path)
    bodies = squash("".join(a.body for a in arts))
    for g in gold["articles"]:
        for c in g["captions"]:
            assert squash(c) not in bodies, (name, c)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind9_broken_sentences_joined(gold_path: Path) -> None:
    """A sentence cut by a column break, a caption or a page strip is one paragraph again."""
    name, gold, arts = _load(gold_path)
    paragraphs = [squash(p) for a in arts for p in a.body.split("\n")]
    for join in gold["joins"]:
        assert any(squash(join) in p for p in paragraphs), (name, join)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind9_paragraph_ends_are_kept(gold_path: Path) -> None:
    """A paragraph that really ends (at a full stop, a colon before a quote, a subhead) is never
    glued to the next one: each gold paragraph end is the end of a predicted paragraph."""
    name, gold, arts = _load(gold_path)
    ends = {squash(p)[-8:] for a in arts for p in a.body.split("\n") if squash(p)}
    for g in gold["articles"]:
        for para in g["body"].split("\n")[:-1]:
            assert squash(para)[-8:] in ends, (name, para[-12:])
