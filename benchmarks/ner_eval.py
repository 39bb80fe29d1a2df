"""Typed exact-span P/R/F1 of newsmine's entity tagger beside jieba's POS tags, plus speed and size.

    python benchmarks/ner_eval.py                       # all sets
    python benchmarks/ner_eval.py --limit 1000          # first 1000 sentences of each set
    python benchmarks/ner_eval.py --sets peoples-daily-ner/dev --raw   # tuning set, model without rules

Sets: peoples-daily-ner/test, msra-ner/test, cluener/dev (PER/LOC/ORG only; its other labels are
ignored, so a name it labels e.g. "game" counts neither way). newsmine runs sentence by sentence
with ``chains=False`` because these corpora annotate 浙江省/温州市 as separate places; the article
pipeline joins them. jieba: nr → PER, ns → LOC, nt → ORG, one token = one name.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from newsmine.entities import model
from newsmine.entities.extract import find_spans
from newsmine.segment import tokenize

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
SETS = ("peoples-daily-ner/test", "msra-ner/test", "cluener/dev")
JIEBA = {"nr": "PER", "nrfg": "PER", "nrt": "PER", "ns": "LOC", "nt": "ORG"}


def load(name: str, limit: int | None) -> list[dict]:
    rows = []
    with (CORPORA / f"{name}.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def jieba_spans(text: str) -> list[tuple[int, int, str]]:
    return [(t.start, t.end, JIEBA[t.pos]) for t in tokenize(text) if t.pos in JIEBA]


def newsmine_spans(text: str, raw: bool = False) -> list[tuple[int, int, str]]:
    if raw:
        return model.tag_spans(text)
    return find_spans(text, chains=False)


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
    args = ap.parse_args(argv)

    tokenize("预热")
    print(f"{'set':<24} {'n':>5}  {'system':<9} typed exact-span")
    all_text: list[str] = []
    for name in args.sets:
        rows = load(name, args.limit)
        all_text += [r["text"] for r in rows]
        line, _ = score(rows, lambda t: newsmine_spans(t, args.raw))
        print(f"{name:<24} {len(rows):>5}  {'newsmine':<9} {line}")
        if not args.no_jieba:
            line, _ = score(rows, jieba_spans)
            print(f"{name:<24} {len(rows):>5}  {'jieba':<9} {line}")
        sys.stdout.flush()

    # Speed: fresh texts (the tokenize cache is cleared), segmentation alone vs the full extraction.
    chars = sum(len(t) for t in all_text)
    tokenize.cache_clear()
    t0 = time.perf_counter()
    for t in all_text:
        tokenize(t)
    seg = time.perf_counter() - t0
    tokenize.cache_clear()
    t0 = time.perf_counter()
    for t in all_text:
        find_spans(t)
    ext = time.perf_counter() - t0
    print(
        f"speed: segmentation {chars / seg:,.0f} chars/s; extraction incl. segmentation {chars / ext:,.0f} chars/s "
        f"({ext / seg:.1f}x segmentation)"
    )

    size = Path(model.model_path()).stat().st_size / 1e6
    model.tagger.cache_clear()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    model.tagger()
    py_mem = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"model: {size:.2f} MB on disk; process peak RSS {rss:.0f} MB (before reload {rss0:.0f} MB); "
        f"python-side allocation at load {py_mem:.2f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
