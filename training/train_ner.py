"""Train newsmine's character CRF for PER / LOC / ORG and write ``src/newsmine/data/ner.crfsuite``.

Data: ``../shared/corpora/ner-train/train.jsonl`` only (People's Daily 1998 + MSRA resplits, research use;
see that folder's README for sources and licenses). Tuning: ``peoples-daily-ner/dev.jsonl``. No test
split is ever read here.

Features come from :mod:`newsmine.entities.features`, the same code the run-time tagger uses.

Command and time of the shipped model (``src/newsmine/data/ner.crfsuite``, 1.66 MB):
    python training/train_ner.py
    (defaults: BIOES labels, 150 L-BFGS iterations, c1 0.1, c2 0.01, feature.minfreq 2)
    features for 10,610 sentences 8 s, training 91 s on one core of the shared 2-core machine;
    peoples-daily-ner/dev typed exact-span P 0.895 R 0.840 F1 0.867 (raw model, no post-rules).
    Tried: 300 iterations with c1 0.05: same dev F1 (0.867), larger model; not shipped.
Smoke test of the pipeline (a few seconds):
    python training/train_ner.py --limit 2000 --iterations 30 --out /tmp/ner-quick.crfsuite --dev-limit 500
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsmine.entities.features import char_features, token_info
from newsmine.entities.model import decode
from newsmine.segment import tokenize

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
TRAIN = CORPORA / "ner-train" / "train.jsonl"
DEV = CORPORA / "peoples-daily-ner" / "dev.jsonl"
OUT = ROOT / "src" / "newsmine" / "data" / "ner.crfsuite"


def load(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if limit and len(rows) >= limit:
                break
    return rows


def labels_for(text: str, entities: list[dict], scheme: str) -> list[str]:
    """Character labels (BIO or BIOES) for the typed entities of one sentence."""
    y = ["O"] * len(text)
    for e in entities:
        t, s, end = e.get("type"), e["start"], e["end"]
        if t not in ("PER", "LOC", "ORG") or end <= s:
            continue
        if scheme == "bioes" and end - s == 1:
            y[s] = "S-" + t
            continue
        y[s] = "B-" + t
        for i in range(s + 1, end):
            y[i] = "I-" + t
        if scheme == "bioes":
            y[end - 1] = "E-" + t
    return y


def features(text: str) -> list[list[str]]:
    return char_features(text, token_info(text, tokenize(text)))


def evaluate(model: Path, rows: list[dict]) -> tuple[float, float, float]:
    """Typed exact-span precision, recall and F1 of ``model`` on annotated sentences."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tp = fp = fn = 0
    for r in rows:
        gold = {(e["start"], e["end"], e["type"]) for e in r["entities"] if e.get("type")}
        pred = set(decode(tagger.tag(features(r["text"]))))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return p, rc, 2 * p * rc / (p + rc) if p + rc else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="train on the first N sentences only")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.1, help="L1 weight (prunes features: smaller model)")
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("--scheme", choices=("bio", "bioes"), default="bioes")
    ap.add_argument("--dev-limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    import pycrfsuite

    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    rows = load(TRAIN, args.limit)
    for r in rows:
        trainer.append(features(r["text"]), labels_for(r["text"], r["entities"], args.scheme))
    t1 = time.time()
    print(f"features for {len(rows)} sentences: {t1 - t0:.0f} s", file=sys.stderr)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.minfreq": args.minfreq,
            "feature.possible_transitions": True,
        }
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    t2 = time.time()
    size = args.out.stat().st_size / 1e6
    print(f"trained in {t2 - t1:.0f} s; model {size:.2f} MB at {args.out}", file=sys.stderr)
    p, r, f = evaluate(args.out, load(DEV, args.dev_limit))
    print(f"peoples-daily-ner/dev typed exact-span P {p:.3f} R {r:.3f} F1 {f:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
