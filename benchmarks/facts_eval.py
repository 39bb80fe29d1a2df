"""Accuracy and speed of ``newsmine facts`` on a hand-annotated set of real news sentences.

    python benchmarks/facts_eval.py [benchmarks/data/facts_gold.jsonl]

Each line of the gold file is one sentence from ../shared/corpora with every numeric fact a careful
reader would put in a spreadsheet (text, kind, value, value_max, unit, currency, qualifier, subject,
change, basis). Prints span and exact P/R/F1, dates/ordinals/codes reported, subject accuracy,
change/basis accuracy, and the time facts take beside segmenting the same text.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from newsmine.facts import extract_facts
from newsmine.records import Article
from newsmine.segment import tokenize

GOLD = Path(__file__).parent / "data" / "facts_gold.jsonl"
# A reported span made only of a date/time/ordinal/code pattern is a "date reported as a fact".
NOT_FACT = re.compile(r"(\d{4}年|\d{1,2}月|\d{1,2}日|第.|\d+时|[A-Za-z]\d|\d[A-Za-z])")
EXACT_FIELDS = ("kind", "value", "value_max", "unit", "currency", "qualifier")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    return a == b


def subject_ok(pred: str | None, gold: str) -> bool:
    """Right when equal, or one inside the other with the same head (last character)."""
    if not pred:
        return False
    return pred == gold or ((pred in gold or gold in pred) and pred[-1] == gold[-1])


def main(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = exact = not_facts = 0
    subj_n = subj_ok = ch_n = ch_ok = 0
    misses: list[str] = []
    for row in rows:
        text = row["text"]
        pred = extract_facts(Article("eval", 1, body=text))
        gold = list(row["facts"])
        used = [False] * len(gold)
        for f in pred:
            hit = next(
                (
                    k
                    for k, g in enumerate(gold)
                    if not used[k] and (g["text"] in f.text or f.text in g["text"])
                ),
                None,
            )
            if hit is None:
                fp += 1
                misses.append(f"FP {f.text} ({f.kind}) in {text[:40]}")
                if NOT_FACT.search(f.text):
                    not_facts += 1
                continue
            used[hit] = True
            tp += 1
            g = gold[hit]
            if f.text == g["text"] and all(same(getattr(f, k), g[k]) for k in EXACT_FIELDS):
                exact += 1
            else:
                misses.append(f"~  {f.text} {[getattr(f, k) for k in EXACT_FIELDS]} vs {g['text']}")
            if g.get("subject"):
                subj_n += 1
                subj_ok += subject_ok(f.subject, g["subject"])
            if g.get("change") or g.get("basis"):
                ch_n += 1
                ch_ok += f.change == g.get("change") and f.basis == g.get("basis")
        for k, u in enumerate(used):
            if not u:
                fn += 1
                misses.append(f"FN {gold[k]['text']} in {text[:40]}")
    n_gold = sum(len(r["facts"]) for r in rows)
    print(f"gold: {len(rows)} sentences, {n_gold} facts ({path})")
    print("span   P {:.3f}  R {:.3f}  F1 {:.3f}".format(*prf(tp, fp, fn)))
    print("exact  P {:.3f}  R {:.3f}  F1 {:.3f}".format(*prf(exact, fp + tp - exact, fn + tp - exact)))
    print(f"dates/ordinals/codes reported as facts: {not_facts}")
    print(f"subject right: {subj_ok}/{subj_n} = {subj_ok / max(1, subj_n):.3f}")
    print(f"change/basis right: {ch_ok}/{ch_n} = {ch_ok / max(1, ch_n):.3f}")
    # speed: facts beside segmentation of the same text (a fresh text each pass defeats the cache)
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "inews-articles" / "articles.jsonl"
    bodies = [json.loads(line)["body"] for line in corpus.read_text(encoding="utf-8").splitlines()[:200]]
    tokenize("预热")
    t0 = time.perf_counter()
    for b in bodies:
        tokenize(b + " ")
    t_seg = time.perf_counter() - t0
    t0 = time.perf_counter()
    nf = sum(len(extract_facts(Article("b", 1, body=b + "  "))) for b in bodies)
    t_facts = time.perf_counter() - t0
    chars = sum(len(b) for b in bodies)
    print(
        f"speed on {len(bodies)} articles ({chars} chars, {nf} facts): segment {t_seg:.3f}s, "
        f"facts {t_facts:.3f}s (incl. clause segmentation), ratio {t_facts / t_seg:.2f}"
    )
    if "-v" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(Path(args[0]) if args else GOLD)
