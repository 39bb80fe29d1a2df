"""Train the keyword ranker that ships in ``src/newsmine/data/keywords_model.json``.

Data: the *tuning* part of ``benchmarks/data/keywords_gold.jsonl`` (articles without ``"split": "fresh"``;
the fresh, blind-annotated ones are never read here), scored against an IDF table rebuilt without any
annotated article (``training/build_idf.py --exclude``), as ``benchmarks/keywords_eval.py`` does.

For each article the extractor's candidate pool (the best ``--pool`` by the hand-set score of
``newsmine.keywords``) is measured (``_Extractor.raw_features``: IDF, mentions by zone, first position,
spread, length, kind, tag group, wholeness, digits/Latin, home place, …) and labelled 1 when the candidate
matches a gold keyword by the scorecard's rule (same word, or one inside the other covering 60% of it).
A logistic regression (L2, Newton steps, numpy only) turns the standardized features into a probability,
which is the keyword's weight: 0–1 and comparable across articles.

The L2 strength and the cut (past ``keep_min`` keywords, only those with probability >= ``keep_floor``)
are chosen by k-fold cross-validation by article on the tuning part (P@10/R@10 of the whole pipeline:
ranking, dedupe, cut); the model is then refitted on all tuning articles.

    python training/train_keywords.py                 # CV table, then writes the model
    python training/train_keywords.py --folds 5 --dry-run
    python training/train_keywords.py --features idf log_tfw front --dry-run   # a smaller model

Shipped model (this command, no options): 91 tuning articles (61 of the first annotation round, 30 of the
second), 2,730 pool candidates of which 610 match a gold keyword; chosen l2=100, keep_min=8,
keep_floor=0.30. 5-fold CV by article on the tuning part: P@10 0.468 R@10 0.517 (the hand-set ranking in
the same folds: 0.410 / 0.504). On the 63 held-out articles (``benchmarks/keywords_eval.py``) it gives
0.51 / 0.49 against the hand-set 0.49 / 0.52: no better there, so the CV gain is partly the tuning
articles' own style. After the candidate-recall fixes of keywords.py (see the log of ``benchmarks/keywords_eval.py``)
this command chose l2=100, keep_min=7, keep_floor=0.30; held-out 0.56 / 0.49. Pool 25: CV F1 0.487, pool 30: 0.491, pool 40: 0.491 (30 ships, cheaper).
After the adverb-noun, name-led and verb-led generic-head phrase rules (2026-11): chose l2=100,
keep_min=8, keep_floor=0.30, CV P 0.483 R 0.539 F1 0.510 (best row 0.514); held-out 0.53 / 0.52.
Issue 7 second pass (dedupe that keeps two things, 51 features, place chains, cited media, role stop
words, rare-verb openers; 150 tuning articles after annotation rounds 3 and 4): 4,484 pool candidates,
1,116 match a gold keyword; chose l2=300, keep_min=7, keep_floor=0.30, CV P 0.531 R 0.517 F1 0.524;
held-out 0.58 / 0.53.
Issue 7 fourth pass (bounded recurring pairs with a background PMI made keyphrases: 扫黑除恶, 民房倒塌):
4,484 pool candidates, 1,122 match a gold keyword; ``--l2 300 --keep-min 7 --floors 0.3`` (the full grid
picks keep 6 at 0.530 against 0.524, less recall): CV P 0.530 R 0.518 F1 0.524; held-out 0.578 / 0.527.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import keywords_eval as ke  # noqa: E402  (the benchmark's gold reader and matching rule)

from newsmine import keywords as kw  # noqa: E402

OUT = kw.MODEL_PATH


def collect(items, pool: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(raw feature rows, labels) of each article's candidate pool."""
    out = []
    for article, gold, _ in items:
        ex = kw._Extractor(article, kw.WEIGHTS, frozenset(), None)
        head = ex.pool()[:pool]
        rows = ex.raw_features(head)
        labels = np.array([any(ke.kw_match(word, g) for g in gold) for _, word, _, _ in head], dtype=float)
        out.append((np.asarray(rows, dtype=float).reshape(-1, len(kw.RAW_FEATURES)), labels))
    return out


def fit(
    data: list[tuple[np.ndarray, np.ndarray]], l2: float, pool: int, use: Sequence[str] | None = None
) -> kw.Model:
    """Logistic regression with an L2 penalty, by Newton's method on standardized features (only the
    features named in ``use``: the others get a zero coefficient)."""
    x = np.vstack([kw.feature_matrix(rows) for rows, _ in data])
    if use is not None:
        x = x * np.array([name in use for name in kw.FEATURES], dtype=float)
    y = np.concatenate([labels for _, labels in data])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0  # a constant column (no home place in the corpus) stays 0
    z = np.column_stack([np.ones(len(x)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0  # the intercept is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + penalty * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return kw.Model(
        coef=tuple(round(float(v), 6) for v in w[1:]),
        intercept=round(float(w[0]), 6),
        mean=tuple(round(float(v), 6) for v in mean),
        scale=tuple(round(float(v), 6) for v in scale),
        pool=pool,
    )


def score(items, model: kw.Model | None) -> tuple[float, float]:
    """Mean P@10 / R@10 of the whole pipeline with ``model`` (None: the hand-set ranking)."""
    weights = kw.WEIGHTS if model is not None else kw.Weights(learned=False)
    kw.use_model(model)
    ps, rs = [], []
    for article, gold, _ in items:
        pred = [k.word for k in kw.extract_keywords(article, top=10, weights=weights).keywords]
        p, r = ke.p_r(pred, gold)
        ps.append(p)
        rs.append(r)
    kw.use_model(None)
    return float(np.mean(ps)), float(np.mean(rs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--pool", type=int, default=30, help="candidates the model re-ranks, best by hand score")
    ap.add_argument("--l2", type=float, nargs="*", default=[10.0, 100.0, 300.0, 1000.0])
    ap.add_argument("--floors", type=float, nargs="*", default=[0.2, 0.3, 0.4])
    ap.add_argument("--keep-min", type=int, nargs="*", default=[7, 8, 10])
    ap.add_argument("--features", nargs="*", default=None, help="fit on these features only (default: all)")
    ap.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args(argv)

    print(ke.background(False))
    items = [x for x in ke.gold_articles() if x[2] != "fresh"]  # the held-out part is never read
    data = collect(items, args.pool)
    n_pos = int(sum(labels.sum() for _, labels in data))
    n_all = sum(len(labels) for _, labels in data)
    print(f"{len(items)} tuning articles, {n_all} candidates, {n_pos} match a gold keyword")

    folds = [list(range(k, len(items), args.folds)) for k in range(args.folds)]
    hp, hr = score(items, None)
    print(f"\n{args.folds}-fold CV by article (P@10 R@10); hand-set ranking: {hp:.3f} {hr:.3f}")
    print(f"{'l2':>6} {'keep':>5} {'floor':>6} {'P@10':>6} {'R@10':>6} {'F1':>6}")
    table = []
    for l2 in args.l2:
        fold_models = []
        for test in folds:
            train = [data[i] for i in range(len(items)) if i not in set(test)]
            fold_models.append(fit(train, l2, args.pool, args.features))
        for keep in args.keep_min:
            for floor in args.floors:
                ps, rs = [], []
                for test, model in zip(folds, fold_models, strict=True):
                    model = kw.Model(**{**model.__dict__, "keep_min": keep, "keep_floor": floor})
                    p, r = score([items[i] for i in test], model)
                    ps.append(p * len(test))
                    rs.append(r * len(test))
                p, r = sum(ps) / len(items), sum(rs) / len(items)
                f1 = 2 * p * r / (p + r) if p + r else 0.0
                print(f"{l2:>6g} {keep:>5} {floor:>6.2f} {p:>6.3f} {r:>6.3f} {f1:>6.3f}")
                table.append((f1, r, l2, keep, floor))
    # the recall target (0.70) is further off than its precision target (0.60): among the
    # settings within 0.005 F1 of the best, the one with the highest recall
    top = max(f1 for f1, *_ in table)
    _, _, l2, keep, floor = max((x for x in table if x[0] >= top - 0.005), key=lambda x: (x[1], x[0]))
    model = fit(data, l2, args.pool, args.features)
    model = kw.Model(**{**model.__dict__, "keep_min": keep, "keep_floor": floor})
    p, r = score(items, model)
    print(
        f"\nchosen l2={l2:g} keep_min={keep} floor={floor:.2f}; refitted on all tuning articles: P {p:.3f} R {r:.3f}"
    )
    order = np.argsort(-np.abs(model.coef))
    print("largest coefficients (standardized):")
    for i in order[:15]:
        print(f"  {kw.FEATURES[i]:<14} {model.coef[i]:+.3f}")
    if not args.dry_run:
        args.output.write_text(
            json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
