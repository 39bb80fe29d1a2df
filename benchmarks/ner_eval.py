"""Typed exact-span P/R/F1 of newsmine's entity tagger beside jieba's POS tags, plus speed and size.

    python benchmarks/ner_eval.py                       # all sets
    python benchmarks/ner_eval.py --limit 1000          # first 1000 sentences of each set
    python benchmarks/ner_eval.py --sets peoples-daily-ner/dev --raw   # tuning set, model without rules

Sets: peoples-daily-ner/test, msra-ner/test, cluener/dev (PER/LOC/ORG only; its other labels are
ignored, so a name it labels e.g. "game" counts neither way). newsmine runs sentence by sentence
with ``chains=False`` because these corpora annotate 浙江省/温州市 as separate places; the article
pipeline joins them. ``modern`` is ``benchmarks/data/ner_modern.jsonl``: passages of 2016–2019
internet news (inews-articles) annotated by hand for newsmine with its own conventions (chains
joined, development zones LOC, full organisation names, 王某 a person), scored with ``chains=True``.
Its errors were looked at while writing the dateline/byline rules, so ``modern-heldout``
(``ner_modern_heldout.jsonl``, other passages, annotated afterwards and never used for development)
is the unbiased figure. ``modern-blind`` (``ner_modern_blind.jsonl``, 78 passages of 50 further 2016–2019
articles, 426 entities) was annotated by another engineer by reading, without running the tagger, after
the news-frame rules of this round; its first run is ``benchmarks/results/ner_modern_blind_first.txt``
and no rule was changed for it. ``modern-blind2`` (118 passages, 548 entities) and ``modern-blind3``
(``ner_modern_blind3.jsonl``, 113 passages of 57 further articles, 597 entities, weighted toward ORG and
LOC: long agency names, units under an organisation, bracketed company names, foreign places) were
annotated the same way; their first runs are ``benchmarks/results/ner_modern_blind2_first.txt`` and
``ner_modern_blind3_first.txt`` (blind3's after the organisations round 3 and the model retrained with
the dev set, neither of which saw it). ``modern-blind4`` (``ner_modern_blind4.jsonl``, 105 passages of 73
further articles, 587 entities: government and court news, companies, local chains down to the village,
streets and landmarks, sports, international; the sogou rows are 2012 news) was annotated the same way;
its first run, on the code before entities round 4, is ``benchmarks/results/ner_modern_blind4_first.txt``.
``modern-blind5`` (``ner_modern_blind5.jsonl``, 148 passages of 42 further inews articles, 642 entities:
PER 160, LOC 259, ORG 223) was annotated the same way, by reading, before any run; its first run, on the
code after entities round 7, is ``benchmarks/results/ner_modern_blind5_first.txt``.
jieba: nr → PER, ns → LOC, nt → ORG, one token = one name.

Speed is measured on whole articles (inews-articles bodies, the unit newsmine works on), as the best
of three CPU times:
segmentation (newsmine.segment.tokenize, fresh), a bare ``jieba.lcut`` pass (the export's yardstick),
the entity stage alone (segmentation cached) and the whole of it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsmine.entities import model
from newsmine.entities.extract import find_spans
from newsmine.segment import tokenize

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
SETS = (
    "peoples-daily-ner/test",
    "msra-ner/test",
    "cluener/dev",
    "modern",
    "modern-heldout",
    "modern-blind",
    "modern-blind2",
    "modern-blind3",
    "modern-blind4",
    "modern-blind5",
)
DATA = Path(__file__).resolve().parent / "data"
ARTICLES = CORPORA / "inews-articles" / "articles.jsonl"
JIEBA = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}


def load(name: str, limit: int | None) -> list[dict]:
    rows = []
    path = (
        DATA / f"ner_{name.replace('-', '_')}.jsonl"
        if name.startswith("modern")
        else CORPORA / f"{name}.jsonl"
    )
    with path.open(encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def jieba_spans(text: str) -> list[tuple[int, int, str]]:
    return [(t.start, t.end, JIEBA[t.pos]) for t in tokenize(text) if t.pos in JIEBA]


def newsmine_spans(text: str, raw: bool = False, chains: bool = False) -> list[tuple[int, int, str]]:
    if raw:
        return model.tag_spans(text)
    return find_spans(text, chains=chains)


def score(rows: list[dict], fn) -> tuple[str, dict[str, float]]:
    tp = fp = fn_ = 0
    by_type = {t: [0, 0, 0] for t in ("PER", "LOC", "ORG")}
    for r in rows:
        gold = {(e["start"], e["end"], e["type"]) for e in r["entities"] if e.get("type")}
        # CLUENER's other labels (game, book, …) are neither credit nor blame.
        ignore = {(e["start"], e["end"]) for e in r["entities"] if not e.get("type")}
        pred = {p for p in fn(r["text"]) if (p[0], p[1]) not in ignore}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn_ += len(gold - pred)
        for t, c in by_type.items():
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)

    def prf(a: int, b: int, c: int) -> tuple[float, float, float]:
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    p, r, f = prf(tp, fp, fn_)
    types = " ".join(f"{t} {prf(*c)[2]:.3f}" for t, c in by_type.items())
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}  ({types})", {"f1": f}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--raw", action="store_true", help="model spans without post-rules")
    ap.add_argument("--no-jieba", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args(argv)

    tokenize("预热")
    print(f"{'set':<24} {'n':>5}  {'system':<9} typed exact-span")
    for name in args.sets:
        rows = load(name, args.limit)
        chains = name.startswith("modern")
        line, _ = score(rows, lambda t, c=chains: newsmine_spans(t, args.raw, c))
        print(f"{name:<24} {len(rows):>5}  {'newsmine':<9} {line}")
        if not args.no_jieba:
            line, _ = score(rows, jieba_spans)
            print(f"{name:<24} {len(rows):>5}  {'jieba':<9} {line}")
        sys.stdout.flush()
    if not args.no_speed:
        speed(args.limit)

    size = Path(model.model_path()).stat().st_size / 1e6
    print(
        f"model: {size:.2f} MB on disk (the name dictionary is derived from jieba's on first use); "
        f"memory in a fresh process: {memory()}"
    )
    return 0


_MEMORY_PROBE = """
def rss():
    return int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024
from newsmine.segment import tokenize
tokenize('预热一下')
a = rss()
from newsmine.entities.extract import find_spans
find_spans('国务院总理李克强在北京人民大会堂会见德国总理默克尔。')
print(f'segmenter alone {a:.0f} MB RSS, +{rss() - a:.0f} MB with the entity tagger (numpy and model)')
"""


def memory() -> str:
    """RSS added by the entity tagger over the segmenter, measured in a fresh interpreter."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", _MEMORY_PROBE], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def speed(limit: int | None) -> None:
    """chars/s on whole article bodies: segmentation, bare jieba.lcut, entities alone, entities in all."""
    import jieba  # the yardstick only; newsmine itself segments through newsmine.segment

    jieba.setLogLevel(60)
    jieba.lcut("预热")
    with ARTICLES.open(encoding="utf-8") as f:
        texts = [json.loads(line)["body"] for line in f][: limit or None][:400]
    chars = sum(len(t) for t in texts)

    def timed(fn, fresh: bool = False) -> float:
        """Best of three CPU times (the machine is shared: wall time varies twofold between runs)."""
        best = float("inf")
        for _ in range(3):
            if fresh:
                tokenize.cache_clear()
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        return best

    seg = timed(lambda: [tokenize(t) for t in texts], fresh=True)
    lcut = timed(lambda: [jieba.lcut(t) for t in texts])
    for t in texts:  # warm-up: model load and the per-word feature cache (steady state of an archive run)
        find_spans(t)
    ent = timed(lambda: [find_spans(t) for t in texts])  # segmentation cached: the entity stage alone
    hashed = timed_hashed(lambda: [find_spans(t) for t in texts], timed)
    both = timed(lambda: [find_spans(t) for t in texts], fresh=True)
    print(
        f"speed on {len(texts)} inews-articles bodies ({chars:,} chars): segmentation {chars / seg:,.0f} chars/s; "
        f"bare jieba.lcut {chars / lcut:,.0f} chars/s; entities alone {chars / ent:,.0f} chars/s "
        f"({ent / seg:.2f}x segmentation, {ent / lcut:.2f}x jieba.lcut); "
        f"segmentation + entities {chars / both:,.0f} chars/s; "
        f"entities alone with hashed feature keys (the previous scoring path) {chars / hashed:,.0f} chars/s"
    )


def timed_hashed(fn, timed) -> float:
    """Time ``fn`` with label scores from hashed feature keys instead of the direct tables (same output)."""
    from newsmine.entities import direct
    from newsmine.entities.features import encode

    fast = direct.emissions
    direct.emissions = lambda _tables, text, tokens, chunks: model.emissions(
        model.load(), encode(text, tokens, chunks)
    )
    try:
        return timed(fn)
    finally:
        direct.emissions = fast


if __name__ == "__main__":
    raise SystemExit(main())
