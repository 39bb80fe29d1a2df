"""Shared tools of the page builders of blind split rounds 1–3 and the held-out set: corpus sentences,
wrapping, article gold records and page writing (the first fixture set and ``pagekit.py`` read the
corpus through it too). Each builder keeps its own pages; only the mechanics live here.
Run a builder from the repo root, e.g. ``python tests/pages/split_blind2/build_pages.py`` (needs ../shared/corpora).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
IDEO = "\u3000"
IND = IDEO * 2


def load() -> dict[str, dict]:
    rows = {}
    for name in ("inews-articles", "sogou-news-sample"):
        for line in (CORPORA / name / "articles.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            rows[r["id"]] = r
    return rows


ROWS = load()


def sents(rid: str) -> list[str]:
    b = ROWS[rid]["body"].replace("\\n", "\n").replace("\ue40c", "\n")
    found = re.findall(r"[^。！？\n]*[。！？]”?", b)
    return [x.strip(" \t\u3000\xa0") for x in found if x.strip()]


def S(rid: str, *idx: int) -> str:
    """Sentences ``idx`` of an article, joined into one paragraph."""
    s = sents(rid)
    return "".join(s[i] for i in idx)


def after(text: str, marker: str) -> str:
    """``text`` from just after ``marker``."""
    assert marker in text, (marker, text[:40])
    return text.split(marker, 1)[1].lstrip(" \u3000")


def cut(p: str, at: float = 0.5) -> tuple[str, str]:
    """Cut a paragraph between two Han characters near ``at`` (mid-sentence, often mid-word)."""
    k = int(len(p) * at)
    while not (re.match(r"[\u4e00-\u9fff]", p[k - 1]) and re.match(r"[\u4e00-\u9fff]", p[k])):
        k += 1
    return p[:k], p[k:]


def wrap(p: str, width: int) -> list[str]:
    return [p[i : i + width] for i in range(0, len(p), width)]


def art(
    title: str,
    body: list[str],
    *,
    headline: list[str] | None = None,
    kicker: str | None = None,
    subtitle: str | None = None,
    column: str | None = None,
    source: str | None = None,
    reporters: tuple[str, ...] = (),
    interns: tuple[str, ...] = (),
    correspondents: tuple[str, ...] = (),
    photographers: tuple[str, ...] = (),
    dateline: str | None = None,
    subheads: tuple[str, ...] = (),
    captions: tuple[str, ...] = (),
    alts: tuple[str, ...] = (),
) -> dict:
    if headline is None:
        headline = [x for x in (kicker, title, subtitle) if x]
    return {
        "column": column,
        "headline": headline,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "title_alternatives": list(alts),
        "byline": {
            "source": source,
            "reporters": list(reporters),
            "interns": list(interns),
            "correspondents": list(correspondents),
            "photographers": list(photographers),
        },
        "dateline": dateline,
        "body_start": body[0][:16],
        "body_end": body[-1][-14:],
        "subheads": list(subheads),
        "captions": list(captions),
        "body": "\n".join(body),
    }


def join_key(a: str, b: str) -> str:
    return a[-6:] + b[:6]


def write(
    out: Path,
    name: str,
    lines: list[str],
    articles: list[dict],
    joins: list[str],
    furniture: list[str],
    note: str,
    *,
    eol: str = "\n",
    bom: bool = False,
) -> None:
    """Write the page into ``out`` (lines joined by ``eol``, optionally after a BOM) and its gold."""
    text = ("\ufeff" if bom else "") + eol.join(lines) + eol
    (out / f"{name}.txt").write_bytes(text.encode("utf-8"))
    for f in furniture:
        assert any(f == x.strip(" \u3000\f\t") for x in lines), f
    gold = {"page": f"{name}.txt", "note": note, "articles": articles, "joins": joins, "furniture": furniture}
    (out / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
