"""Speed and memory of every subcommand, through the library and through the CLI.

    python benchmarks/bench.py [--pages 200]

Builds (once) an archive of pages from the seed and the shared corpora (benchmarks/corpus.py), then runs, each
in a fresh process so that start-up, model loading and peak memory are counted honestly:
- a bare ``jieba.lcut`` pass over the same page texts (the yardstick),
- each subcommand through the library (read → split → extract),
- each subcommand through the CLI (``newsmine CMD DIR --jsonl -o /dev/null``),
and prints one table: seconds, pages/s, MB/s, peak RSS, and time relative to the jieba.lcut pass.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build  # noqa: E402

COMMANDS = ("split", "facts", "entities", "keywords")

JIEBA_PASS = """
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
import jieba, logging
jieba.setLogLevel(logging.WARNING)
n = 0
for p in sorted(Path(sys.argv[1]).rglob("*.txt")):
    n += len(jieba.lcut(p.read_text(encoding="utf-8")))
print(json.dumps({"seconds": time.perf_counter() - t0, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "n": n}))
"""

LIBRARY_RUN = """
import json, resource, sys, time
t0 = time.perf_counter()
import newsmine
command, folder = sys.argv[1], sys.argv[2]
n = 0
for page in newsmine.read_pages([folder]):
    articles = newsmine.split_page(page.text, page=page.path)
    for a in articles:
        if command in ("split", "all"):
            n += 1
        if command in ("facts", "all"):
            n += len(newsmine.extract_facts(a))
        if command in ("entities", "all"):
            n += len(newsmine.extract_entities(a))
        if command in ("keywords", "all"):
            n += len(newsmine.extract_keywords(a).keywords)
print(json.dumps({"seconds": time.perf_counter() - t0, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "n": n}))
"""


def run_python(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_cli(command: str, folder: Path) -> dict:
    """Wall time and peak RSS of one CLI run (measured from a fresh intermediate process)."""
    code = (
        "import json, resource, subprocess, sys, time\n"
        "t0 = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(json.dumps({'seconds': time.perf_counter() - t0,"
        " 'rss': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, 'n': 0}))\n"
    )
    return run_python(code, sys.executable, "-m", "newsmine", command, str(folder), "--jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    folder = build(args.pages)
    pages = sorted(folder.glob("*.txt"))
    megabytes = sum(p.stat().st_size for p in pages) / 1e6

    rows = [("jieba.lcut (bare pass)", run_python(JIEBA_PASS, str(folder)))]
    for command in (*COMMANDS, "all"):
        rows.append((f"library {command}", run_python(LIBRARY_RUN, command, str(folder))))
    for command in COMMANDS:
        rows.append((f"cli {command}", run_cli(command, folder)))

    base = rows[0][1]["seconds"]
    print(
        f"# {len(pages)} pages, {megabytes:.2f} MB of UTF-8 text; Python {platform.python_version()}, "
        f"{platform.machine()}; each row a fresh process (start-up and model loading included)"
    )
    print("| run | seconds | pages/s | MB/s | peak RSS MB | time / jieba.lcut |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in rows:
        s = r["seconds"]
        print(
            f"| {name} | {s:.2f} | {len(pages) / s:.1f} | {megabytes / s:.2f} | {r['rss'] / 1024:.0f} | {s / base:.2f} |"
        )


if __name__ == "__main__":
    main()
