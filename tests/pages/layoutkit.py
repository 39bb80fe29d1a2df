"""Page rendering with column breaks, shared by the builders of the blind split sets 7 to 9.

On top of ``pagekit`` (articles, wrapping, gold fields), an article here may carry ``breaks``: a
column that ends inside a sentence of paragraph k, with a caption, a blank line, page-strip lines, a
narrower next column (pdftotext default) or a shifted next column (pdftotext -layout) between the two
halves; captions set after a paragraph (``caps``, two lines where the text holds ``\\n``); a column
label printed after the byline (``after_by``) and a run-in ``【title】`` (``runin``).  What differs
between the sets (the -layout headline indent, how much narrower or further right the next column
is) is a parameter, so that every set's pages come out as they were first built.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pagekit import IND, A, cut, gold_of, head_lines, printed, sents, wrap, write_page

HAN = re.compile(r"[\u4e00-\u9fff]")


def squash(s: str) -> str:
    """Text without spaces (nor a BOM), as joins are compared."""
    return re.sub(r"[\s\ufeff]+", "", s)


def colon(text: str) -> tuple[str, str]:
    """Split a sentence at its ``：“``: a paragraph ending with the colon, then the quote."""
    k = text.index("：“") + 1
    return text[:k], text[k:]


def article(
    title: str,
    paras: list[str],
    *,
    breaks: tuple = (),
    caps: tuple = (),
    after_by: bool = False,
    runin: bool = False,
    **kw,
) -> dict:
    """An article as ``pagekit.A`` makes it, plus ``breaks`` (column breaks cutting paragraph k:
    ``(k, kind, payload)``, kind ``caption`` / ``blank`` / ``lines`` / ``narrow`` / ``shift``), ``caps``
    (captions set after paragraph k: ``(k, text)``, ``\\n`` inside a caption prints it on two lines),
    a column label printed after the byline (``after_by``) and a run-in ``【title】`` (``runin``)."""
    a = A(title, paras, **kw)
    a.update(breaks=breaks, caps=caps, after_by=after_by, runin=runin)
    return a


def gold_breaks(a: dict) -> dict:
    """The gold of an ``article``: its captions in page order, a two-line caption giving two."""
    g = gold_of(a)
    caps = [(k, t) for k, kind, t in a["breaks"] if kind == "caption"] + list(a["caps"])
    # a caption printed on two lines (the picture's words, then the credit) gives two captions, as the
    # older sets read them (split_heldout h07: ``…现场搜救。`` / ``新华社记者 曹阳 摄`` are two)
    g["captions"] = [part for _, t in sorted(caps, key=lambda x: x[0]) for part in t.split("\n")]
    for para in g["body"].split("\n"):
        assert para.strip(), g["title"]
    return g


def cut_line(lines: list[str]) -> int:
    """The printed line after which a column ends inside a sentence (both sides Han characters)."""
    start = max(1, (len(lines) * 55) // 100)
    for n in [*range(start, len(lines)), *range(start - 1, 0, -1)]:
        if HAN.match(lines[n - 1].rstrip()[-1]) and HAN.match(lines[n].strip(" " + IND)[0]):
            return n
    raise AssertionError(("no line to cut", lines[0][:20]))


def render(
    a: dict, style: str, width: int, *, pad: int = 12, narrow: int = 4, shift: int = 10
) -> tuple[list[str], list[str], list[str]]:
    """Printed lines of one article, the joins its column breaks make, and the furniture they carry.

    ``pad``: the spaces before headline lines in the ``layout`` style; ``narrow``: how many characters
    narrower the next column of a ``narrow`` break is; ``shift``: how far right a ``shift`` break's
    next column starts.
    """
    out = head_lines(a, style, pad, titles=not a["runin"], column_after=a["after_by"])
    joins: list[str] = []
    furn: list[str] = []
    head = " " * pad if style == "layout" else ""
    if out:
        out.append("")
    paras = list(a["paras"])
    paras[0] = ("【" + a["title"] + "】" if a["runin"] else "") + a["lead"] + paras[0]
    paras[-1] = paras[-1] + a["end"]
    moved = 0
    if a["note"]:
        paras = [a["note"], *paras]
        moved = 1
    brks = {k + moved: (kind, load) for k, kind, load in a["breaks"]}
    caps: dict[int, list[str]] = {}
    for k, t in a["caps"]:
        caps.setdefault(k + moved, []).append(t)
    subs = {k + moved: t for k, t in a["subheads"]}
    for k, p in enumerate(paras):
        if k in subs:
            if out and out[-1] != "":
                out.append("")
            out.append(head + subs[k])
            out.append("")
        lines = printed(p, style, width)
        if k in brks:
            kind, load = brks[k]
            insert: list[str] = []
            if kind == "caption":
                insert = load.split("\n")
            elif kind == "blank":
                insert = [""]
            elif kind == "lines":
                insert = list(load)
                furn += [x for x in load if x.strip()]
            if style in ("web", "indent"):
                assert kind in ("caption", "blank", "lines"), kind
                pa, pb = cut(p, 0.55)
                lines = [*printed(pa, style, width), *insert, pb]
                joins.append(squash(pa)[-6:] + squash(pb)[:6])
            else:
                n = cut_line(lines)
                rest = lines[n:]
                if kind == "narrow":
                    # the next column is narrower: the rest of the paragraph is set again at its width
                    rest = wrap("".join(x.strip(" ") for x in rest), width - narrow)
                elif kind == "shift":
                    # pdftotext -layout: the next column starts further right
                    rest = [" " * shift + x for x in rest]
                joins.append(squash(lines[n - 1])[-6:] + squash(rest[0])[:6])
                lines = [*lines[:n], *insert, *rest]
        out.extend(lines)
        for c in caps.get(k, []):
            out.extend(c.split("\n"))
        if style == "web":
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return out, joins, furn


def page(
    here: Path,
    name: str,
    arts: list[dict],
    style: str,
    *,
    pad: int = 12,
    narrow: int = 4,
    shift: int = 10,
    header: list[str] = (),
    footer: list[str] = (),
    width: int = 20,
    top: dict | None = None,
    top_lines: list[str] = (),
    after_art: dict[int, list[str]] | None = None,
    eol: str = "\n",
    bom: bool = False,
    trailing: bool = False,
    note: str = "",
) -> None:
    """Write a page of ``arts`` (made by ``article``) between ``header`` and ``footer`` into ``here``.
    ``top`` is an article continued from an earlier page (no headline), printed after the furniture
    lines ``top_lines``; ``after_art[n]`` are lines (jump lines, a box rule) set right after article
    n, which are furniture; ``pad``, ``narrow`` and ``shift`` go to ``render``."""
    lines: list[str] = [*header]
    joins: list[str] = []
    furn: list[str] = [*header]
    golds = []

    def rendered(a: dict) -> list[str]:
        got, j, f = render(a, style, width, pad=pad, narrow=narrow, shift=shift)
        joins.extend(j)
        furn.extend(f)
        golds.append(gold_breaks(a))
        return got

    if top is not None:
        furn += top_lines
        lines += ["", *top_lines, *rendered(top)]
    for n, a in enumerate(arts):
        if lines:
            lines.append("")
            if style == "web":
                lines.append("")
        lines += rendered(a)
        if after_art and n in after_art:
            lines += after_art[n]
            furn += [x for x in after_art[n] if x.strip()]
    if footer:
        lines += ["", *footer]
        furn += list(footer)
    write_page(
        here,
        name,
        lines,
        golds,
        joins,
        furn,
        eol=eol,
        bom=bom,
        trailing=trailing,
        note=note,
        check_joins=True,
    )


def clean_sentence(s: str) -> str:
    """A corpus sentence as a paper prints it: no ASCII spaces around Han characters and digits,
    full-width brackets, acronyms in capitals (the corpus is lower-cased)."""
    s = re.sub(r"(?<=[\u4e00-\u9fff\d%，。、：；“”（）])\s+(?=[\u4e00-\u9fff\d“”（）])", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff“”])\s+(?=\S)", "", s)
    s = re.sub(r"(?<=\S)\s+(?=[\u4e00-\u9fff“”])", "", s)
    s = re.sub(r'\s*"\s*', '"', s)
    s = s.replace(" (", "（").replace("(", "（").replace(") ", "）").replace(")", "）")
    s = re.sub(r"(?<![A-Za-z])[a-z]{2,4}(?![A-Za-z])", lambda m: m.group(0).upper(), s)
    s = s.replace(";", "；")
    return s.replace("?", "？") if s.endswith("?") else s


class Sentences:
    """Corpus sentences as a builder prints them: cleaned by ``clean``, straight double quotes turned
    into “…” by counting them through the whole article (a quote opened in one sentence may close in
    the next), each sentence taken at most once per set; a sentence the corpus mangled (a link, a stray
    question mark, an indent inside it) is refused, and so is one ``refuse(sentence)`` vetoes."""

    def __init__(self, clean: Callable[[str], str], refuse: Callable[[str], bool] | None = None) -> None:
        self.clean = clean
        self.refuse = refuse
        self.taken: dict[tuple[str, int], str] = {}
        self._converted: dict[str, list[str]] = {}

    def conv(self, rid: str) -> list[str]:
        """The article's sentences cleaned, with curly quotes."""
        if rid not in self._converted:
            k = 0
            out = []
            for x in sents(rid):
                chars = []
                for ch in self.clean(x):
                    if ch == '"':
                        chars.append("“" if k % 2 == 0 else "”")
                        k += 1
                    else:
                        chars.append(ch)
                out.append("".join(chars))
            self._converted[rid] = out
        return self._converted[rid]

    def sentence(self, rid: str, i: int) -> str:
        """One sentence of an article, taken as ``paragraphs`` takes it."""
        return self.paragraphs(rid, (i,))[0]

    def paragraphs(self, rid: str, *groups: tuple[int, ...]) -> list[str]:
        """Paragraphs of an article: each group of sentence numbers makes one paragraph."""
        s = sents(rid)
        c = self.conv(rid)
        out = []
        for g in groups:
            for i in g:
                assert "http" not in s[i] and IND not in s[i], (rid, i, s[i][:30])
                assert "?" not in re.sub(r"\?(?=[”\"])", "", s[i][:-1]), (rid, i, s[i][:30])
                assert not (self.refuse and self.refuse(s[i])), ("used by another set", rid, i, s[i][:30])
                assert (rid, i) not in self.taken, ("taken twice", rid, i, self.taken[(rid, i)])
                self.taken[(rid, i)] = s[i][:20]
            p = "".join(c[i] for i in g)
            if '"' in s[g[0]] and p.startswith("”"):
                p = p[1:]  # the close of a quote of the paragraph before
            if p.count("“") > p.count("”"):
                p += "”"  # closed in a sentence that is not taken here
            out.append(p)
        return out


def flat_width(arts: list[dict], lo: int = 17, hi: int = 40) -> int:
    """``pagekit.flat_width`` counting editors' notes too."""
    from pagekit import flat_width as pagekit_flat_width

    return pagekit_flat_width(arts, lo, hi, notes=True)


def page_writer(here: Path, prefix: str):
    """The ``page(name, arts, style, **kw)`` of one set's builder: :func:`page` into ``here``, refusing a
    page name that does not carry the set's letter (``q07_…``), so two sets never share a page name."""
    pattern = re.compile(rf"{prefix}\d\d_")

    def write(name: str, arts: list[dict], style: str, **kw) -> None:
        assert pattern.match(name), name
        page(here, name, arts, style, **kw)

    return write


def clean_sentence_codes(s: str) -> str:
    """:func:`clean_sentence`, and single letters beside digits in capitals too (g20 → G20, 5g → 5G)."""
    s = clean_sentence(s)
    s = re.sub(r"(?<![A-Za-z])([a-z])(?=\d)", lambda m: m.group(1).upper(), s)
    return re.sub(r"(?<=\d)([a-z])(?![A-Za-z])", lambda m: m.group(1).upper(), s)
