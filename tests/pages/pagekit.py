"""Shared tools of the page builders of the blind split sets (rounds 4 to 9): corpus sentences,
line wrapping as typesetting does it, page rendering in several extractors' styles, and gold files.

Each builder keeps its own pages; only the mechanics live here (column breaks that cut a sentence with
a caption, a page strip, a narrower or shifted next column: ``layoutkit.py``). Run a builder from the repo root,
e.g. ``python tests/pages/split_blind5/build_pages.py`` (needs ../shared/corpora).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the corpus and its sentences are read as the first blind rounds read them
from articlekit import ROWS, S, after, cut, sents  # noqa: E402, F401

IND = "\u3000\u3000"


#: Marks a printed line never starts with (禁则): they stay at the end of the line before.
NO_START = "。，、；：！？”’）》」』…,.;:!?)"


def wrap(p: str, width: int) -> list[str]:
    """Printed lines of ``width`` characters, closing marks kept at the end of a line."""
    lines = []
    i = 0
    while i < len(p):
        j = min(i + width, len(p))
        while j < len(p) and p[j] in NO_START:
            j += 1
        lines.append(p[i:j])
        i = j
    return lines


def A(
    title: str,
    paras: list[str],
    *,
    kicker: str | None = None,
    subtitle: str | None = None,
    column: str | None = None,
    byline: str | None = None,
    lead: str = "",
    dateline: str | None = None,
    end: str = "",
    reporters: tuple[str, ...] = (),
    interns: tuple[str, ...] = (),
    correspondents: tuple[str, ...] = (),
    photographers: tuple[str, ...] = (),
    source: str | None = None,
    captions: tuple[tuple[int, str, bool], ...] = (),
    subheads: tuple[tuple[int, str], ...] = (),
    author: str | None = None,
    note: str | None = None,
    title_lines: tuple[str, ...] | None = None,
) -> dict:
    """One article: what is printed (``byline`` line, ``lead`` = dateline and credit opening the first
    paragraph, ``end`` = credit closing the last one, ``captions`` as (after paragraph k, text, cuts
    paragraph k), ``subheads`` as (before paragraph k, text), an ``author`` line under the title, an
    editor's ``note`` above the body) and the gold fields."""
    return dict(locals())


def gold_of(a: dict) -> dict:
    headline = [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]
    body = list(a["paras"])
    if a["note"]:
        body = [a["note"], *body]
    return {
        "column": a["column"],
        "headline": headline,
        "kicker": a["kicker"],
        "title": a["title"],
        "subtitle": a["subtitle"],
        "title_alternatives": [],
        "byline": {
            "source": a["source"],
            "reporters": list(a["reporters"]),
            "interns": list(a["interns"]),
            "correspondents": list(a["correspondents"]),
            "photographers": list(a["photographers"]),
        },
        "dateline": a["dateline"],
        "body_start": body[0][:16],
        "body_end": body[-1][-14:],
        "subheads": [t for _, t in a["subheads"]],
        "captions": [c for _, c, _ in a["captions"]],
        "body": "\n".join(body),
    }


def printed(p: str, style: str, width: int) -> list[str]:
    """The printed lines of one paragraph in an extractor's ``style`` (see ``render``)."""
    if style == "web":
        return [p]
    if style == "indent":
        return [IND + p]
    if style == "wrap":
        return wrap(IND + p, width)
    if style == "flat":
        return wrap(p, width)
    if style == "layout":
        # the 　　 indent takes the first line's first two cells; -layout prints it as spaces
        return ["  " + x.replace(IND, "    ") for x in wrap(IND + p, width)]
    raise ValueError(style)


def head_lines(
    a: dict, style: str, pad: int = 14, *, titles: bool = True, column_after: bool = False
) -> list[str]:
    """The lines printed above an article's body: column label, headline lines (unless not
    ``titles``), author line and byline, the column label after the byline with ``column_after``;
    ``layout`` pages indent them by ``pad`` spaces (the byline only when it is one)."""
    head = " " * pad if style == "layout" else ""
    out = []
    if a["column"] and not column_after:
        out.append(head + a["column"])
    if titles:
        for h in a["title_lines"] or [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]:
            out.append(head + h)
    if a["author"]:
        out.append(head + a["author"])
    if a["byline"]:
        if style == "web":
            out.append("")
        out.append(head + a["byline"] if style == "layout" else a["byline"])
    if a["column"] and column_after:
        out.append(head + a["column"])
    return out


def render(a: dict, style: str, width: int = 20) -> tuple[list[str], list[str]]:
    """The printed lines of one article in an extractor's ``style`` and the joins a caption makes.

    Styles: ``web`` (e-paper copy, a paragraph a line, blank lines between), ``indent`` (a paragraph a
    line, 　　 indent), ``wrap`` (pdftotext default: hard-wrapped at ``width``, 　　 indent), ``flat``
    (hard-wrapped, no indent: a paragraph ends with a short line), ``layout`` (pdftotext -layout: space
    indents, centred headlines, hard-wrapped).
    """
    out = head_lines(a, style)
    joins: list[str] = []
    head_pad = " " * 14 if style == "layout" else ""
    out.append("")
    paras = list(a["paras"])
    paras[0] = a["lead"] + paras[0]
    paras[-1] = paras[-1] + a["end"]
    if a["note"]:
        paras = [a["note"], *paras]
        shift = 1
    else:
        shift = 0
    caps = {k + shift: (t, c) for k, t, c in a["captions"]}
    subs = {k + shift: t for k, t in a["subheads"]}

    for k, p in enumerate(paras):
        if k in subs:
            if out and out[-1] != "":
                out.append("")
            out.append(head_pad + subs[k])
            out.append("")
        lines = printed(p, style, width)
        if k in caps and caps[k][1]:
            if style in ("web", "indent"):
                # e-paper text blocks: the photo's block cuts the paragraph mid-sentence
                pa, pb = cut(p, 0.55)
                lines = [*printed(pa, style, width), caps[k][0], pb]
                joins.append(pa[-6:] + pb[:6])
            else:
                # a printed column: the photo sits between two full lines of the paragraph
                n = max(1, (len(lines) * 55) // 100)
                joins.append(lines[n - 1].strip(" " + IND)[-6:] + lines[n].strip(" ")[:6])
                lines = [*lines[:n], caps[k][0], *lines[n:]]
        elif k in caps:
            lines = [*lines, caps[k][0]]
        out.extend(lines)
        if style == "web":
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return out, joins


def flat_width(arts: list[dict], lo: int = 17, hi: int = 40, *, notes: bool = False) -> int:
    """A column width at which every paragraph of a ``flat`` page ends with a visibly short line
    (``notes``: an editor's note above a body too)."""
    for w in range(lo, hi):
        ok = True
        for a in arts:
            paras = list(a["paras"])
            paras[0] = a["lead"] + paras[0]
            paras[-1] = paras[-1] + a["end"]
            if notes and a["note"]:
                paras.append(a["note"])
            for p in paras:
                if len(wrap(p, w)[-1]) > w - 4:
                    ok = False
        if ok:
            return w
    raise AssertionError("no width")


#: A caption entry whose text starts with this mark is not a caption but what the layout puts inside
#: a paragraph at a column break: its lines (split on "\n"), e.g. a blank line or a page strip.
BREAK = "\x00"


def brk(*lines: str) -> str:
    """A column break carrying ``lines`` (use with ``cuts=True`` in an article's captions)."""
    return BREAK + "\n".join(lines)


def page(
    out: Path,
    name: str,
    arts: list[dict],
    style: str,
    *,
    header: list[str] = (),
    footer: list[str] = (),
    width: int = 20,
    top: list[str] = (),
    top_gold: dict | None = None,
    between: dict[int, list[str]] | None = None,
    furniture: list[str] = (),
    eol: str = "\n",
    bom: bool = False,
    trailing: bool = False,
    note: str = "",
) -> None:
    """Write a page of ``arts`` (each preceded by a blank line) between ``header`` and ``footer``;
    column breaks (``brk``) print their lines, extra ``furniture`` lines are placed inside the page by
    a break; ``bom``, ``trailing`` and ``eol`` as ``write_page`` takes them."""
    lines: list[str] = [*header]
    joins: list[str] = []
    golds = []
    if top:
        lines += ["", *top]
        golds.append(top_gold)
    for n, a in enumerate(arts):
        if between and n in between:
            lines += ["", *between[n]]
        got, j = render(a, style, width)
        if lines:
            lines.append("")
            if style == "web":
                lines.append("")
        for x in got:
            lines += x[1:].split("\n") if x.startswith(BREAK) else [x]
        joins += j
        g = gold_of(a)
        g["captions"] = [c for c in g["captions"] if not c.startswith(BREAK)]
        golds.append(g)
    if footer:
        lines += ["", *footer]
    for g in golds:
        # no gold paragraph is empty (a top article continued from an earlier page may have no gold)
        assert not g or all(para.strip() for para in g["body"].split("\n")), (name, g["title"])
    furn = [*header, *furniture, *footer]
    write_page(out, name, lines, golds, joins, furn, eol=eol, bom=bom, trailing=trailing, note=note)


def write_page(
    out: Path,
    name: str,
    lines: list[str],
    golds: list[dict],
    joins: list[str],
    furniture: list[str],
    *,
    eol: str = "\n",
    bom: bool = False,
    trailing: bool = False,
    note: str = "",
    check_joins: bool = False,
) -> None:
    """Write a page's printed ``lines`` (``name``.txt) and its gold (``name``.gold.json), checking that
    every ``furniture`` line is printed (and, with ``check_joins``, that no join is whole on a line)."""
    if trailing:
        # pdf copy often keeps the spaces after the last glyph of a line, and blank lines of spaces
        lines = [x + (" " if k % 3 == 0 else "\u3000 " if k % 3 == 1 else "") for k, x in enumerate(lines)]
    text = ("\ufeff" if bom else "") + eol.join(lines) + eol
    (out / f"{name}.txt").write_bytes(text.encode("utf-8"))
    for f in furniture:
        assert any(f.strip() == x.strip(" \u3000") for x in lines), f
    if check_joins:
        for j in joins:
            # a cut sentence is found only once the break is repaired
            assert not any(j in re.sub(r"[\s\ufeff]+", "", x) for x in lines), j
    gold = {"page": f"{name}.txt", "note": note, "articles": golds, "joins": joins, "furniture": furniture}
    (out / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
