#!/usr/bin/env bash
# Split a folder of pages once, then derive every table from the articles (no page is split twice).
# Usage: examples/pipeline.sh PAGES_DIR OUT_DIR
set -euo pipefail
pages=${1:-seeds}
out=${2:-out}
mkdir -p "$out"
newsmine split "$pages" --jsonl -o "$out/articles.jsonl"
newsmine facts "$out/articles.jsonl" --csv --bom -o "$out/facts.csv"
newsmine entities "$out/articles.jsonl" --csv --bom -o "$out/entities.csv"
newsmine keywords "$out/articles.jsonl" --corpus --csv --bom -o "$out/keywords.csv"
echo "wrote $out/articles.jsonl, facts.csv, entities.csv, keywords.csv" >&2
