"""Accuracy and speed of ``newsmine facts`` on a hand-annotated set of real news sentences.

    python benchmarks/facts_eval.py [-v] [GOLD.jsonl ...]

Without arguments it scores fifteen sets and prints one table each. ``facts_blind13.jsonl`` (thirteenth
blind round, 217 sentences and 287 facts, 96 % from 2016–2019 internet news and cluener, 34 sentences whose
numbers are not facts, 3 facts with a change: the unused text has no more) was annotated by reading before the
extractor was run on it and scored once after the facts round 15 (commit 64fcbe2, ``-v``,
``benchmarks/results/facts_blind13_before.txt``). ``facts_blind12.jsonl`` (twelfth
blind round, 282 sentences and 455 facts, 91 % from 2016–2019 internet news and cluener, 40 sentences whose
numbers are not facts, only 7 facts with a change and none with a basis: the unused text has no more) was
annotated by reading before the extractor was run on it and scored once after the subjects round 5 (commit
d0db92b, ``benchmarks/results/facts_blind12_before.txt``). ``facts_blind11.jsonl`` (eleventh
blind round, 182 sentences and 338 facts, 88 % from 2016–2019 internet news, 32 sentences whose numbers are
not facts, 16 facts with a change: the unused text had run out of change sentences) was annotated by
reading before the extractor was run on it and scored once after the subjects round 12a (commit 175feec,
``benchmarks/results/facts_blind11_before.txt``). ``facts_blind10.jsonl`` (tenth blind
round, 260 sentences and 407 facts, 89 % from 2016–2019 internet news, 39 sentences whose numbers are not
facts) was annotated by reading before the extractor was run on it and scored once after the subjects round
10 (commit a1ead1b, ``benchmarks/results/facts_blind10_before.txt``). ``facts_blind9.jsonl`` (ninth blind
round, 175 sentences and 392 facts, 89 % of the facts from 2016–2019 internet news, 40 sentences whose
numbers are not facts, 70 facts with a change) was annotated by reading before the extractor was run on it
and scored once after the change/basis round (commit 2e02d0f, ``benchmarks/results/facts_blind9_before.txt``).
``facts_blind8.jsonl`` (eighth blind
round, 245 sentences and 684 facts, 75 % from 2016–2019 internet news, 28 sentences whose numbers are not
facts) was annotated by reading before the extractor was run on it and scored after the subject round
(commit c7c13a0, ``benchmarks/results/facts_blind8_before.txt``) and again after the exact round that never
saw it (``benchmarks/results/facts_blind8_second.txt``); no rule was changed for it. ``facts_blind7.jsonl`` (seventh blind
round, 132 sentences and 302 facts, 81 % from 2016–2019 internet news, 21 sentences whose numbers are not
facts) was annotated by reading before the extractor was run on it and scored once, after the blind6
fixes, before any rule was changed for it (``benchmarks/results/facts_blind7_before.txt``).
``facts_blind6.jsonl`` (sixth blind
round, 279 sentences and 619 facts, 47 % from 2016–2019 internet news, 46 sentences whose numbers are not
facts, 68 facts with a change) was annotated by reading before the extractor was run on it and scored
once, after the blind5 and subject fixes, before any rule was changed for it
(``benchmarks/results/facts_blind6_before.txt``).
``facts_blind5.jsonl`` (fifth blind
round, 496 sentences and 790 facts, 61 % from 2016–2019 internet news, 79 sentences whose numbers are not
facts) was annotated by reading before the extractor was run on it and scored once, after the blind4
fixes and before any rule was changed for it (``benchmarks/results/facts_blind5_before.txt``).
``facts_blind4.jsonl`` (fourth blind
round, 195 sentences and 448 facts, two thirds from 2016–2019 internet news, 32 sentences whose numbers
are not facts) was annotated by reading before the extractor was run on it and scored once, after the
blind3 fixes and before any rule was changed for it (``benchmarks/results/facts_blind4_before.txt``).
``facts_blind3.jsonl`` (third blind
round, 303 sentences and 549 facts from all five corpora, 51 sentences whose numbers are not facts:
dates, meetings, article numbers, codes, plates, scores) was annotated by reading before the extractor
was run on it and scored before any rule was changed (``benchmarks/results/facts_blind3_before.txt``).
``facts_blind2.jsonl`` (second blind
round, weighted toward statistics bulletins, company results, prices, budgets, population, disasters,
sports, health and education, plus sentences that must give nothing) was annotated by reading before
the extractor was run on it and scored before any rule was changed
(``benchmarks/results/facts_blind2_before.txt``). ``facts_blind.jsonl`` is the first such round: real sentences from ../shared/corpora that neither other set nor the tests use, annotated
by reading before the extractor was run on them and scored once before any rule was changed
(``benchmarks/results/facts_blind_before.txt``); the two others were used to tune the rules.
``facts_independent.jsonl``
(real sentences from ../shared/corpora annotated by reading them before running the extractor,
plus traditional-character renderings of corpus sentences) and ``facts_gold.jsonl`` (the first
set, made by correcting the extractor's own output: flattering). Each line of a gold file is one sentence from ../shared/corpora with every numeric fact a careful
reader would put in a spreadsheet (text, kind, value, value_max, unit, currency, qualifier, subject,
change, basis). Prints span and exact P/R/F1, dates/ordinals/codes reported, subject accuracy,
change/basis accuracy, and the time facts take beside segmenting the same text.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from newsmine.facts import extract_facts
from newsmine.records import Article
from newsmine.segment import tokenize

DATA = Path(__file__).parent / "data"
GOLDS = (
    DATA / "facts_blind13.jsonl",
    DATA / "facts_blind12.jsonl",
    DATA / "facts_blind11.jsonl",
    DATA / "facts_blind10.jsonl",
    DATA / "facts_blind9.jsonl",
    DATA / "facts_blind8.jsonl",
    DATA / "facts_blind7.jsonl",
    DATA / "facts_blind6.jsonl",
    DATA / "facts_blind5.jsonl",
    DATA / "facts_blind4.jsonl",
    DATA / "facts_blind3.jsonl",
    DATA / "facts_blind2.jsonl",
    DATA / "facts_blind.jsonl",
    DATA / "facts_independent.jsonl",
    DATA / "facts_gold.jsonl",
)
# A reported span that is not in the gold and looks like a date, time, ordinal, code, phone number,
# address or year is counted as a "non-fact reported".
D = "[0-9０-９〇一二三四五六七八九十]"
NOT_FACT = re.compile(
    rf"({D}{{4}}\s*年|{D}+\s*月|{D}+\s*[日号]|第|{D}+\s*[时点]|[A-Za-z]\d|\d[A-Za-z]|\d{{3,}}-\d|届|年代|周年)"
)
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


def score(path: Path) -> tuple[list[str], list[str]]:
    """The figures of one gold file as printable lines, and the list of misses."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = exact = not_facts = 0
    subj_n = subj_ok = ch_n = ch_ok = ch_spurious = 0
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
                misses.append(f"FP {f.text} ({f.kind}) in {text[:50]}")
                if NOT_FACT.search(f.text):
                    not_facts += 1
                continue
            used[hit] = True
            tp += 1
            g = gold[hit]
            if f.text == g["text"] and all(same(getattr(f, k), g[k]) for k in EXACT_FIELDS):
                exact += 1
            else:
                got = [f.text] + [getattr(f, k) for k in EXACT_FIELDS]
                want = [g["text"]] + [g[k] for k in EXACT_FIELDS]
                misses.append(f"~  {got} vs {want}")
            if g.get("subject"):
                subj_n += 1
                if subject_ok(f.subject, g["subject"]):
                    subj_ok += 1
                else:
                    misses.append(f"S  {f.text}: {f.subject!r} vs {g['subject']!r} in {text[:50]}")
            if g.get("change") or g.get("basis"):
                ch_n += 1
                if f.change == g.get("change") and f.basis == g.get("basis"):
                    ch_ok += 1
                else:
                    misses.append(f"C  {f.text}: {f.change, f.basis} vs {g.get('change'), g.get('basis')}")
            elif f.change or f.basis:
                ch_spurious += 1
                misses.append(f"C+ {f.text}: {f.change, f.basis} vs none in {text[:50]}")
        for k, u in enumerate(used):
            if not u:
                fn += 1
                misses.append(f"FN {gold[k]['text']} in {text[:50]}")
    n_gold = sum(len(r["facts"]) for r in rows)
    lines = [
        f"gold: {len(rows)} sentences, {n_gold} facts ({path.name})",
        "span   P {:.3f}  R {:.3f}  F1 {:.3f}".format(*prf(tp, fp, fn)),
        "exact  P {:.3f}  R {:.3f}  F1 {:.3f}".format(*prf(exact, fp + tp - exact, fn + tp - exact)),
        f"non-facts reported (dates, times, ordinals, codes, phones, addresses): {not_facts}",
        f"subject right: {subj_ok}/{subj_n} = {subj_ok / max(1, subj_n):.3f}",
        f"change/basis right: {ch_ok}/{ch_n} = {ch_ok / max(1, ch_n):.3f}"
        f"  (change/basis reported where the gold has none: {ch_spurious})",
    ]
    return lines, misses


def speed(rounds: int = 3) -> str:
    """Facts beside segmentation on 200 corpus articles (best of ``rounds`` runs of each: the machine
    is shared, and the best run is the one least disturbed).

    The pipeline segments each body once (entities and keywords need it too) and facts slices
    those cached tokens, so the figure that matters is facts with the tokens shared; facts on
    a cold cache (segmentation included) is printed too. One article is extracted first so that
    one-time work (compiling the candidate pattern, loading the segmenter) is not timed.
    """
    from newsmine.segment import tokenize as tok

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "inews-articles" / "articles.jsonl"
    bodies = [json.loads(line)["body"] for line in corpus.read_text(encoding="utf-8").splitlines()[:200]]
    extract_facts(Article("w", 1, body="预热：全市新增就业18.55万人，同比增长4.48%。"))
    t_seg = t_shared = t_cold = float("inf")
    nf = 0
    for _ in range(rounds):
        tok.cache_clear()
        t0 = time.perf_counter()
        for b in bodies:
            tokenize(b)
        t_seg = min(t_seg, time.perf_counter() - t0)
        t0 = time.perf_counter()
        nf = sum(len(extract_facts(Article("b", 1, body=b))) for b in bodies)
        t_shared = min(t_shared, time.perf_counter() - t0)
        tok.cache_clear()
        t0 = time.perf_counter()
        for b in bodies:
            extract_facts(Article("b", 1, body=b))
        t_cold = min(t_cold, time.perf_counter() - t0)
    chars = sum(len(b) for b in bodies)
    return (
        f"speed on {len(bodies)} articles ({chars} chars, {nf} facts), best of {rounds}: segment {t_seg:.3f}s; "
        f"facts with the body's tokens shared {t_shared:.3f}s = {t_shared / t_seg:.2f}x segmentation; "
        f"facts on a cold cache {t_cold:.3f}s = {t_cold / t_seg:.2f}x"
    )


def main(paths: list[Path], verbose: bool) -> None:
    for path in paths:
        lines, misses = score(path)
        print("\n".join(lines))
        if verbose:
            print("\n".join(misses))
        print()
    print(speed())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Score newsmine facts against hand-annotated sentence sets.")
    parser.add_argument("golds", nargs="*", type=Path, help="gold .jsonl files (default: every set)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    options = parser.parse_args()
    main(options.golds or list(GOLDS), options.verbose)
