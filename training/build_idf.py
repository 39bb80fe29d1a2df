"""Build the news IDF table that ships in ``src/newsmine/data/idf_news.tsv.gz``.

Documents are the article bodies (with titles) of ``../shared/corpora/*/articles.jsonl`` and every sentence
of the NER sets (``peoples-daily-ner``, ``msra-ner``, ``cluener``, ``ner-train``). Terms are the words that
newsmine's segmenter returns and the keyphrases its keyword extractor can form (runs of 2–4 adjacent
content tokens), so that generic phrases (高质量发展, 经济社会发展) get a low weight too. Only terms with
document frequency >= --min-df are written, to keep the table small; the header records the IDF of an
unseen term and a linear map from jieba's IDF to this table's scale (fitted on the words both share), which
``newsmine.keywords`` uses for the words the table lacks.

    python training/build_idf.py                       # writes src/newsmine/data/idf_news.tsv.gz
    python training/build_idf.py --exclude benchmarks/data/keywords_gold.jsonl -o /tmp/idf.tsv.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
OUT = ROOT / "src" / "newsmine" / "data" / "idf_news.tsv.gz"
ARTICLE_SETS = ("inews-articles", "sogou-news-sample")
SENTENCE_SETS = ("peoples-daily-ner", "msra-ner", "cluener", "ner-train")


def documents(corpora: Path, exclude: set[tuple[str, str]]) -> list[str]:
    """Texts of all documents: one per article, one per NER sentence."""
    docs: list[str] = []
    for name in ARTICLE_SETS:
        with (corpora / name / "articles.jsonl").open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if (name, rec["id"]) in exclude:
                    continue
                docs.append(f"{rec.get('title') or ''}\n{rec.get('body') or ''}")
    for name in SENTENCE_SETS:
        for path in sorted((corpora / name).glob("*.jsonl")):
            with path.open(encoding="utf-8") as f:
                docs.extend(json.loads(line)["text"] for line in f)
    return docs


def terms(text: str) -> set[str]:
    """Words (2+ characters) and candidate keyphrases of one document."""
    from newsmine.keywords import _BREAK_POS, WEIGHTS, _stopwords
    from newsmine.segment import tokenize

    stop = _stopwords()[0]
    out: set[str] = set()
    chunk: list[str] = []
    for tok in (*tokenize(text), None):
        if tok is not None and not (tok.pos in _BREAK_POS or tok.word in stop or tok.word.isspace()):
            chunk.append(tok.word)
            continue
        for i, word in enumerate(chunk):
            if len(word) >= 2:
                out.add(word)
            chars = len(word)
            for j in range(i + 1, min(len(chunk), i + WEIGHTS.max_phrase_tokens)):
                chars += len(chunk[j])
                if chars > WEIGHTS.max_phrase_chars:
                    break
                out.add("".join(chunk[i : j + 1]))
        chunk = []
    return out


def jieba_calibration(table: dict[str, float]) -> tuple[float, float]:
    """Least-squares a, b with our_idf ≈ a * jieba_idf + b over the words both tables hold."""
    from newsmine.keywords import _jieba_idf

    jieba = _jieba_idf()
    pairs = [(jieba[w], v) for w, v in table.items() if w in jieba]
    if len(pairs) < 10:
        return 1.0, 0.0
    n = len(pairs)
    mx = sum(x for x, _ in pairs) / n
    my = sum(y for _, y in pairs) / n
    sxx = sum((x - mx) ** 2 for x, _ in pairs)
    sxy = sum((x - mx) * (y - my) for x, y in pairs)
    a = sxy / sxx if sxx else 1.0
    return a, my - a * mx


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument(
        "--exclude", type=Path, help="JSONL of {corpus, id} records to leave out (an evaluation set)"
    )
    args = ap.parse_args(argv)
    exclude: set[tuple[str, str]] = set()
    if args.exclude:
        for line in args.exclude.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                exclude.add((rec["corpus"], rec["id"]))
    docs = documents(args.corpora, exclude)
    df: Counter[str] = Counter()
    for text in docs:
        df.update(terms(text))
    n = len(docs)
    table = {w: math.log(n / c) for w, c in df.items() if c >= args.min_df}
    a, b = jieba_calibration(table)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.output, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# newsmine news IDF: idf = ln(N / df); built by training/build_idf.py\n")
        f.write(f"# documents {n}\n# default {math.log(n):.4f}\n# jieba_a {a:.5f}\n# jieba_b {b:.5f}\n")
        for word in sorted(table, key=lambda w: (table[w], w)):
            f.write(f"{word}\t{table[word]:.3f}\n")
    print(
        f"{n} documents, {len(table)} terms with df >= {args.min_df}, jieba map a={a:.3f} b={b:.3f} "
        f"-> {args.output} ({args.output.stat().st_size // 1024} KB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
