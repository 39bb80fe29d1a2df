"""Build a benchmark archive of newspaper-like pages from the seed and the shared corpora.

Each built page holds four real articles laid out as a page would be: title, blank line, body paragraphs
of a few sentences each. The seed page is included as it is. Pages go to ``benchmarks/out/pages-N/``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_07dec771a2603ee3.txt"
CORPORA = ROOT.parent / "shared" / "corpora"
ARTICLE_FILES = [
    CORPORA / "inews-articles" / "articles.jsonl",
    CORPORA / "sogou-news-sample" / "articles.jsonl",
]
ARTICLES_PER_PAGE = 4


def load_articles() -> list[dict]:
    articles = []
    for path in ARTICLE_FILES:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                articles.extend(json.loads(line) for line in f)
    return articles


def layout(article: dict) -> str:
    """An article as a page prints it: title, then paragraphs of about three sentences."""
    body = article["body"].replace("\\n", "\n").replace("\ue40c", "\n")
    sentences = re.findall(r"[^。！？\n]+[。！？]?[”’」]?|\n", body)
    paragraphs, current = [], ""
    for s in sentences:
        if s == "\n" or len(current) > 150:
            if current.strip():
                paragraphs.append(current.strip())
            current = "" if s == "\n" else s
        else:
            current += s
    if current.strip():
        paragraphs.append(current.strip())
    return article["title"].strip() + "\n\n" + "\n\n".join(paragraphs)


def build(pages: int = 200, *, seed_every: int = 10) -> Path:
    """Write ``pages`` pages (every ``seed_every``-th a copy of the seed) and return their folder."""
    out = HERE / "out" / f"pages-{pages}"
    if out.exists() and len(list(out.glob("*.txt"))) == pages:
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    articles = load_articles()
    if not articles:
        raise SystemExit(f"no articles found under {CORPORA}")
    seed = SEED.read_text(encoding="utf-8")
    cursor = 0
    for n in range(pages):
        if n % seed_every == 0:
            text = seed
        else:
            chosen = [articles[(cursor + i) % len(articles)] for i in range(ARTICLES_PER_PAGE)]
            cursor += ARTICLES_PER_PAGE
            text = "\n\n\n".join(layout(a) for a in chosen) + "\n"
        (out / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    import sys

    print(build(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
