"""Helpers shared by the tests of the splitter's page sets (tests/pages/split*/ with their gold files)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsmine.records import Article
from newsmine.split import split_page


def squash(s: str | None) -> str:
    """Text with every kind of space removed, as the gold comparisons ignore layout spaces."""
    return re.sub(r"[\s\u200b\ufeff]+", "", s or "")


def load_page(gold_path: Path) -> tuple[str, dict, list[Article]]:
    """The page's name, its gold, and what the splitter makes of the page beside it."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes().decode("utf-8")
    return gold_path.name.split(".")[0], gold, split_page(text, page=gold["page"])


def page_ids(paths: list[Path]) -> list[str]:
    """Test ids: the page names."""
    return [p.name.split(".")[0] for p in paths]


# --- checks shared by the blind sets' tests (each test file keeps its parametrization and tables) ---

#: The page sets under tests/pages, in the order they were built.
SETS = (
    "split",
    "split_heldout",
    "split_blind",
    *(f"split_blind{n}" for n in range(2, 10)),
)


def sets_before(name: str) -> tuple[str, ...]:
    """The page sets built before set ``name`` (whose articles it may not use again)."""
    return SETS[: SETS.index(name)]


#: A sentence of 20+ characters: found in two places, it is the same article.
LONG_SENTENCE = re.compile(r"[^。！？]{20,}[。！？]")


def read_gold(gold_path: Path) -> tuple[dict, str]:
    """A page's gold and the page's text, read as bytes so that CRLF and a BOM stay as printed."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes().decode("utf-8")
    return gold, text


def match(gold: dict, arts: list[Article]) -> dict[int, Article]:
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


def check_set_complete(golds: list[Path], count: int, *, prefix: str = "", most: int | None = None) -> None:
    """The set has ``count`` gold files, each beside its page (named ``prefix``…), each with articles
    (at most ``most`` of them)."""
    assert len(golds) == count
    for g in golds:
        assert g.name.startswith(prefix)
        assert g.with_name(g.name.replace(".gold.json", ".txt")).exists()
        arts = json.loads(g.read_text(encoding="utf-8"))["articles"]
        assert arts
        assert most is None or len(arts) <= most


def check_set_weights(
    golds: list[Path], *, captions: int, joins: int, three_to_five: int = 0, continued: bool = False
) -> None:
    """The set holds at least ``captions`` captions and ``joins`` cut sentences, at least
    ``three_to_five`` pages of 3–5 articles, and (``continued``) a page opening with a story continued
    from an earlier page (no headline)."""
    sets = [read_gold(p)[0] for p in golds]
    assert sum(len(a["captions"]) for g in sets for a in g["articles"]) >= captions
    assert sum(len(g["joins"]) for g in sets) >= joins
    assert sum(1 for g in sets if 3 <= len(g["articles"]) <= 5) >= three_to_five
    if continued:
        assert any(g["articles"][0]["title"] == "" and not g["articles"][0]["headline"] for g in sets)


def check_headline_weight(golds: list[Path]) -> None:
    """At least half the titled articles carry two or three headline lines; a title printed on two lines
    counts too (the gold keeps it as one title, so no single line of the set's pages holds it)."""
    sets = [read_gold(p) for p in golds]
    arts = [a for g, _ in sets for a in g["articles"] if a["title"]]
    lines = [squash(x) for _, text in sets for x in text.split("\n")]
    two_line_titles = sum(
        1 for a in arts if len(a["headline"]) == 1 and not any(squash(a["title"]) in x for x in lines)
    )
    multi = sum(1 for a in arts if len(a["headline"]) >= 2)
    assert multi + two_line_titles >= len(arts) // 2


def check_gold_on_page(gold_path: Path, *, caption_parts: bool = True) -> None:
    """Every gold paragraph, headline line, caption, dateline, column and name is on the page, every
    furniture line is a line of it, and every join is in a gold body but never whole on one line.
    ``caption_parts``: a line that is part of a caption (a caption printed on two lines) is left out
    of the running text too, not only a line that is a whole caption."""
    gold, text = read_gold(gold_path)
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    page = squash(text)
    furniture = {squash(f) for f in gold["furniture"]}
    captions = {squash(c) for a in gold["articles"] for c in a["captions"]}
    # a paragraph cut by a caption or a page strip is whole again once those lines are left out
    kept = [x for x in lines if squash(x) not in furniture | captions]
    if caption_parts:
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


def check_no_article_of(golds: list[Path], other_sets: tuple[str, ...]) -> None:
    """No long sentence of the set is on a page of ``other_sets`` (folders beside the set's)."""
    others = "".join(
        squash(p.read_bytes().decode("utf-8", "replace"))
        for name in other_sets
        for p in (golds[0].parent.parent / name).glob("*.txt")
    )
    for path in golds:
        gold, _ = read_gold(path)
        for a in gold["articles"]:
            for para in a["body"].split("\n"):
                for sentence in LONG_SENTENCE.findall(para):
                    assert squash(sentence) not in others, (path.name, sentence[:20])


def check_no_sentence_twice(golds: list[Path]) -> None:
    """Long corpus articles give several pieces in a set; each piece has sentences of its own."""
    seen: dict[str, str] = {}
    for path in golds:
        gold, _ = read_gold(path)
        for a in gold["articles"]:
            for sentence in LONG_SENTENCE.findall(a["body"]):
                key = squash(sentence)
                assert key not in seen or seen[key] == path.name + a["title"], sentence[:20]
                seen[key] = path.name + a["title"]


def check_line_ends(pages: Path, *, crlf: set[str], bom: set[str], trailing: tuple[str, ...]) -> None:
    """Exactly the pages ``crlf`` carry CRLF and ``bom`` a BOM; the ``trailing`` ones keep spaces after
    the last glyph of some line."""
    raw = {p.name: p.read_bytes() for p in pages.glob("*.txt")}
    assert {n for n, b in raw.items() if b"\r\n" in b} == crlf
    assert {n for n, b in raw.items() if b.startswith(b"\xef\xbb\xbf")} == bom
    for name in trailing:
        text = raw[name].decode("utf-8")
        assert any(x.endswith((" ", "\u3000")) for x in text.replace("\r\n", "\n").split("\n")), name


def check_article_count(
    gold_path: Path, *, extra: set[str] = frozenset(), missing: set[tuple[str, int]] = frozenset()
) -> None:
    """As many articles as the gold, but more on the known ``extra`` pages and fewer on the pages of
    the known ``missing`` articles (each still asserted to miss: update the table if it passes)."""
    name, gold, arts = load_page(gold_path)
    if name in extra:
        assert len(arts) > len(gold["articles"]), name
    elif any(page == name for page, _ in missing):
        assert len(arts) < len(gold["articles"]), name
    else:
        assert len(arts) == len(gold["articles"]), name


def check_headlines(
    gold_path: Path,
    *,
    columns: bool = False,
    title_misses: set[tuple[str, int]] = frozenset(),
    block_misses: set[tuple[str, int]] = frozenset(),
    missing: set[tuple[str, int]] = frozenset(),
) -> None:
    """Each gold article's title and headline lines (and, with ``columns``, its column label) as the
    gold has them.  Known misses, each still asserted to miss: ``title_misses`` (the title differs),
    ``block_misses`` (title, headline or column differs), ``missing`` (the article is not found)."""
    name, gold, arts = load_page(gold_path)
    found = match(gold, arts)
    for k, g in enumerate(gold["articles"], 1):
        a = found.get(k)
        if (name, k) in missing:
            assert a is None, (name, k)
            continue
        assert a is not None, (name, k)
        got = (squash(a.title), [squash(h) for h in a.headline], squash(a.column))
        want = (squash(g["title"]), [squash(h) for h in g["headline"]], squash(g["column"]))
        if (name, k) in title_misses:
            assert got[0] != want[0], (name, k)
            continue
        if (name, k) in block_misses:
            assert got != want, (name, k)
            continue
        assert got[0] == want[0], (name, k)
        assert got[1] == want[1], (name, k)
        if columns:
            assert got[2] == want[2], (name, k)


def check_bylines(
    gold_path: Path,
    *,
    byline_misses: set[tuple[str, int]] = frozenset(),
    missing: set[tuple[str, int]] = frozenset(),
    dateline_misses: set[tuple[str, int]] = frozenset(),
) -> None:
    """Each gold article's reporters, interns, correspondents and dateline.  Known misses, each still
    asserted to miss: ``byline_misses`` (the reporters differ), ``dateline_misses`` (the dateline
    differs, the credits right); ``missing`` articles are passed over."""
    name, gold, arts = load_page(gold_path)
    found = match(gold, arts)
    for k, g in enumerate(gold["articles"], 1):
        if (name, k) in missing:
            continue
        a = found.get(k)
        assert a is not None, (name, k)
        if (name, k) in byline_misses:
            assert sorted(a.byline.reporters) != sorted(g["byline"]["reporters"]), (name, k)
            continue
        assert sorted(a.byline.reporters) == sorted(g["byline"]["reporters"]), (name, k)
        assert sorted(a.byline.interns) == sorted(g["byline"]["interns"]), (name, k)
        assert sorted(a.byline.correspondents) == sorted(g["byline"]["correspondents"]), (name, k)
        if (name, k) in dateline_misses:
            assert squash(a.dateline) != squash(g["dateline"]), (name, k)
            continue
        assert squash(a.dateline) == squash(g["dateline"]), (name, k)


def check_no_text_lost(
    gold_path: Path,
    *,
    cut: set[str] = frozenset(),
    furniture_misses: set[tuple[str, str]] = frozenset(),
    broken: set[str] = frozenset(),
    scattered: set[str] = frozenset(),
) -> None:
    """Every gold paragraph is somewhere in the output; no furniture line is in a body or headline.  On
    the known ``scattered`` pages some gold paragraph is strewn over headlines, subheads and bodies
    (asserted to still happen; the text is there, split_eval's text-lost figure counts it).  On
    the known ``cut`` pages a false headline cuts some paragraph (asserted to still happen), and each
    paragraph is looked for in the page's flow of headlines and bodies in article order instead.  The
    known ``furniture_misses`` (page, furniture line) are asserted to still be read as a headline.  On
    the known ``broken`` pages a caption left in a body splits some gold paragraph (asserted to still
    happen): the paragraphs are looked for with the gold captions taken out of the output."""
    name, gold, arts = load_page(gold_path)
    if name in scattered:
        fields = [squash(x) for a in arts for x in (a.body, *a.headline, *a.subheads, *a.captions)]
        paras = [squash(p) for g in gold["articles"] for p in g["body"].split("\n")]
        assert not all(any(p in f for f in fields) for p in paras), name
    else:
        _check_paragraphs_kept(name, gold, arts, cut, broken)
    bodies = squash("".join(a.body for a in arts))
    for f in gold["furniture"]:
        assert squash(f) not in bodies
        in_headline = any(squash(f) in squash(h) for a in arts for h in a.headline)
        assert in_headline == ((name, f) in furniture_misses), (name, f)


def _check_paragraphs_kept(
    name: str, gold: dict, arts: list[Article], cut: set[str], broken: set[str]
) -> None:
    """Every gold paragraph is in the output (see :func:`check_no_text_lost` for ``cut`` and ``broken``)."""
    if name in broken:
        caps = [squash(c) for g in gold["articles"] for c in g["captions"]]
        flat = squash("".join(a.body for a in arts))
        paras = [squash(p) for g in gold["articles"] for p in g["body"].split("\n")]
        assert not all(p in flat for p in paras), name
        for c in caps:
            flat = flat.replace(c, "")
        for para in paras:
            assert para in flat, (name, para[:12])
    if name in cut:
        flow = squash("".join("".join([*a.headline, a.body]) for a in arts))
        paras = [squash(p) for g in gold["articles"] for p in g["body"].split("\n")]
        bodies = [squash(p) for a in arts for p in a.body.split("\n")]
        assert not all(any(p in b for b in bodies) for p in paras), name
        for para in paras:
            assert para in flow, (name, para[:12])
    everything = squash(
        "".join(
            "".join([a.body, *a.headline, *a.subheads, *a.captions, a.dateline or "", a.column or ""])
            for a in arts
        )
    )
    for g in gold["articles"] if name not in cut | broken else []:
        for para in g["body"].split("\n"):
            assert squash(para) in everything


def check_captions_out_of_bodies(gold_path: Path, *, misses: set[tuple[str, str]] = frozenset()) -> None:
    """No gold caption is in a predicted body, but the known ``misses`` (page, caption), asserted to
    still be there."""
    name, gold, arts = load_page(gold_path)
    bodies = squash("".join(a.body for a in arts))
    for g in gold["articles"]:
        for c in g["captions"]:
            assert (squash(c) in bodies) == ((name, c) in misses), (name, c)


def check_joins(gold_path: Path, *, missed: set[tuple[str, str]] = frozenset()) -> None:
    """A sentence cut by a column break, a caption or a page strip is one paragraph again.  Known
    ``missed`` joins (page, the gold join text) are asserted to still be apart."""
    name, gold, arts = load_page(gold_path)
    paragraphs = [squash(p) for a in arts for p in a.body.split("\n")]
    for join in gold["joins"]:
        joined = any(squash(join) in p for p in paragraphs)
        assert joined != ((name, join) in missed), (name, join)


def check_no_false_joins(gold_path: Path) -> None:
    """A paragraph that really ends ends a paragraph of the output too: its last characters are never
    inside a paragraph."""
    name, gold, arts = load_page(gold_path)
    paragraphs = [squash(p) for a in arts for p in a.body.split("\n")]
    for g in gold["articles"]:
        for para in g["body"].split("\n"):
            end = squash(para)[-10:]
            inside = [p for p in paragraphs if end in p]
            assert not inside or any(p.endswith(end) for p in inside), (name, end)


def check_paragraph_ends(gold_path: Path, *, glued: set[tuple[str, str]] = frozenset()) -> None:
    """Each gold paragraph end (but an article's last) is the end of a predicted paragraph.  Known
    ``glued`` ends (page, the paragraph's last characters) are asserted to still be glued."""
    name, gold, arts = load_page(gold_path)
    ends = {squash(p)[-8:] for a in arts for p in a.body.split("\n") if squash(p)}
    for g in gold["articles"]:
        for para in g["body"].split("\n")[:-1]:
            if any(page == name and squash(para).endswith(squash(tail)) for page, tail in glued):
                assert squash(para)[-8:] not in ends, (name, para[-12:])
                continue
            assert squash(para)[-8:] in ends, (name, para[-12:])


# --- strict checks of the older sets (split_heldout, split_blind … split_blind4): every article read
# the gold's way, paired in order; the older sets keep their own tolerances as parameters ---


def pairs(gold_path: Path, *, first_only: set[str] = frozenset()) -> list[tuple[str, dict, Article]]:
    """(page name, gold article, predicted article) in page order; the article counts must agree, but
    on the ``first_only`` pages (a known boundary miss) only the first articles are paired."""
    name, gold, arts = load_page(gold_path)
    if name in first_only:
        return [(name, g, a) for g, a in zip(gold["articles"], arts[:1], strict=False)]
    return [(name, g, a) for g, a in zip(gold["articles"], arts, strict=True)]


def check_bodies(gold_path: Path, *, boundary_misses: set[str] = frozenset()) -> None:
    """As many articles as the gold, each body the gold's paragraph by paragraph (no headline, byline,
    caption or next article inside).  A ``boundary_misses`` page still has another count."""
    name, gold, arts = load_page(gold_path)
    if name in boundary_misses:
        assert len(arts) != len(gold["articles"])  # still a miss: update the set if it passes
        return
    assert len(arts) == len(gold["articles"])
    for g, a in zip(gold["articles"], arts, strict=True):
        got = [squash(p) for p in a.body.split("\n")]
        assert got == [squash(p) for p in g["body"].split("\n")], a.article


def check_headline_blocks(
    gold_path: Path,
    *,
    misses: set[tuple[str, int]] = frozenset(),
    miss_differs: bool = False,
    misses_keep_block: bool = True,
    alternatives: bool = False,
    squashed: bool = True,
    boundary_misses: set[str] = frozenset(),
) -> None:
    """Each article's subheads, headline lines and column, title, kicker and subtitle as the gold has
    them.  Known ``misses`` (kicker or title): with ``misses_keep_block`` their headline lines and
    column are still checked, with ``miss_differs`` their title is asserted to still differ.
    ``alternatives``: the gold's ``title_alternatives`` are fair titles too; ``squashed``: kicker and
    subtitle compared without spaces (else to the letter, None apart from "").  ``boundary_misses``
    pages are passed over."""
    name, gold, arts = load_page(gold_path)
    if name in boundary_misses:
        return
    for g, a in zip(gold["articles"], arts, strict=True):
        assert list(a.subheads) == g["subheads"]
        missed = (name, a.article) in misses
        if misses_keep_block or not missed:
            assert [squash(h) for h in a.headline] == [squash(h) for h in g["headline"]]
            assert a.column == g["column"]
        if missed:
            if miss_differs:
                assert squash(a.title) != squash(g["title"])  # still a miss: update the table if it passes
            continue
        titles = [g["title"], *g["title_alternatives"]] if alternatives else [g["title"]]
        assert squash(a.title) in {squash(t) for t in titles}
        if squashed:
            assert (squash(a.kicker), squash(a.subtitle)) == (squash(g["kicker"]), squash(g["subtitle"]))
        else:
            assert (a.kicker, a.subtitle) == (g["kicker"], g["subtitle"])


def check_credits(
    gold_path: Path,
    *,
    ordered: bool = True,
    all_roles: bool = True,
    sources: dict[tuple[str, int], set[str]] | None = None,
    squash_dateline: bool = False,
    first_only: set[str] = frozenset(),
) -> None:
    """Each article's reporters, interns and correspondents (``ordered``: in the gold's order, else as
    sets) and dateline (to the letter, or without spaces).  ``all_roles``: photographers and the
    source too; ``sources``, (page, article) → every fair source where the gold and the credit name
    different outlets.  ``first_only``: see :func:`pairs`."""
    for name, g, a in pairs(gold_path, first_only=first_only):
        by = g["byline"]
        roles = ("reporters", "interns", "correspondents", *(("photographers",) if all_roles else ()))
        for role in roles:
            got, want = list(getattr(a.byline, role)), by[role]
            assert got == want if ordered else sorted(got) == sorted(want), (a.article, role)
        if all_roles:
            assert a.byline.source in (sources or {}).get((name, a.article), {by["source"]}), a.article
        if squash_dateline:
            assert squash(a.dateline) == squash(g["dateline"]), a.article
        else:
            assert a.dateline == g["dateline"], a.article


def check_captions(
    gold_path: Path, *, exact: bool = False, out_of: str = "", first_only: set[str] = frozenset()
) -> None:
    """Each article's captions the gold's (``exact``: to the letter, else without spaces), and no gold
    caption in its ``out_of`` = "own" body or in "all" bodies ("": not checked)."""
    found = pairs(gold_path, first_only=first_only)
    bodies = squash("".join(a.body for a in load_page(gold_path)[2]))
    for _, g, a in found:
        if exact:
            assert list(a.captions) == g["captions"], a.article
        else:
            assert [squash(c) for c in a.captions] == [squash(c) for c in g["captions"]], a.article
        for c in g["captions"] if out_of else ():
            assert squash(c) not in (squash(a.body) if out_of == "own" else bodies), c


def check_furniture_out(
    gold_path: Path,
    *,
    fields: tuple[str, ...] = ("body", "headline"),
    shortest: int = 0,
    marks: tuple[str, ...] = (),
) -> None:
    """No gold furniture line of ``shortest`` characters or more (a bare page number is found
    anywhere) and none of the ``marks`` (jump lines, end marks) in the ``fields`` of any article."""
    _, gold, arts = load_page(gold_path)
    everything = squash("".join("".join("".join(getattr(a, f)) for f in fields) for a in arts))
    for f in gold["furniture"]:
        if len(squash(f)) >= shortest:
            assert squash(f) not in everything, f
    for mark in marks:
        assert mark not in everything, mark


def check_joins_as_printed(gold_path: Path) -> None:
    """Each gold join, as written in the gold (spaces and all), is inside one predicted paragraph."""
    _, gold, arts = load_page(gold_path)
    paragraphs = [squash(p) for a in arts for p in a.body.split("\n")]
    for join in gold["joins"]:
        assert any(join in p for p in paragraphs), join


def golds_with_joins(golds: list[Path]) -> list[Path]:
    """The pages whose gold has cut sentences."""
    return [g for g in golds if json.loads(g.read_text("utf-8"))["joins"]]
