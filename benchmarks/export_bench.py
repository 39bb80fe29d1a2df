"""The cost model of issue 8, as ratios measured in one run.

    python benchmarks/export_bench.py [--pages 200] [--big 2000]

Prints one table:
- a bare ``jieba.lcut`` pass over the pages on one core (the yardstick), and ``newsmine export`` (all four
  tables) with --jobs 1 and --jobs 2: seconds, MB/s, speed relative to the jieba pass, peak RSS per process;
- export --jobs 1 over ``--big`` pages: peak memory must not grow with the archive;
- ``newsmine --help`` against a bare Typer app's ``--help`` (median of 7 runs);
- one seed page, all four subcommands' work (``newsmine export seed``), wall time including start-up.
Every run is a fresh process; peak RSS is the largest of the process and its workers.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import SEED, build  # noqa: E402

MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "t0 = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(json.dumps({'seconds': time.perf_counter() - t0,"
    " 'rss': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))\n"
)
JIEBA_PASS = (
    "import logging, sys\nfrom pathlib import Path\nimport jieba\njieba.setLogLevel(logging.WARNING)\n"
    "for p in sorted(Path(sys.argv[1]).rglob('*.txt')):\n    jieba.lcut(p.read_text(encoding='utf-8'))\n"
)
BARE_TYPER = (
    "import typer\napp = typer.Typer()\n@app.command()\ndef main(path: str = '.') -> None:\n"
    "    '''A bare command.'''\n@app.command()\ndef other() -> None:\n    '''Another.'''\napp()\n"
)


def measure(*command: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def export(folder: Path, jobs: int) -> dict:
    out = Path(tempfile.mkdtemp(prefix="newsmine-bench-"))
    try:
        return measure(
            sys.executable, "-m", "newsmine", "export", str(folder), "-o", str(out / "t"), "-j", str(jobs)
        )
    finally:
        shutil.rmtree(out, ignore_errors=True)


def median_seconds(*command: str, runs: int = 7) -> float:
    return statistics.median(measure(*command)["seconds"] for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--big", type=int, default=2000)
    args = parser.parse_args()
    folder = build(args.pages)
    mb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6

    jieba_run = measure(sys.executable, "-c", JIEBA_PASS, str(folder))
    one = export(folder, 1)
    two = export(folder, 2)
    print(
        f"# {args.pages} pages, {mb:.2f} MB; every row a fresh process, start-up and model loading included"
    )
    print("| run | seconds | MB/s | speed / jieba.lcut | peak RSS MB |")
    print("|---|---:|---:|---:|---:|")
    for name, r in (
        ("jieba.lcut, bare pass, 1 core", jieba_run),
        ("export --jobs 1", one),
        ("export --jobs 2", two),
    ):
        print(
            f"| {name} | {r['seconds']:.2f} | {mb / r['seconds']:.2f} | "
            f"{jieba_run['seconds'] / r['seconds']:.2f}× | {r['rss']:.0f} |"
        )
    print(f"\n2 jobs / 1 job speed-up: {one['seconds'] / two['seconds']:.2f}×")

    if args.big:
        big = build(args.big)
        big_mb = sum(p.stat().st_size for p in big.glob("*.txt")) / 1e6
        r = export(big, 1)
        print(
            f"export --jobs 1 over {args.big} pages ({big_mb:.1f} MB): {r['seconds']:.1f} s, "
            f"{big_mb / r['seconds']:.2f} MB/s, peak RSS {r['rss']:.0f} MB (at {args.pages} pages: {one['rss']:.0f} MB)"
        )

    ours = median_seconds(sys.executable, "-m", "newsmine", "--help")
    bare = median_seconds(sys.executable, "-c", BARE_TYPER, "--help")
    print(
        f"newsmine --help: {ours * 1000:.0f} ms; bare Typer app --help: {bare * 1000:.0f} ms; ratio {ours / bare:.2f}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "seed"
        page.mkdir()
        shutil.copy(SEED, page / SEED.name)
        seed = measure(
            sys.executable, "-m", "newsmine", "export", str(page), "-o", str(Path(tmp) / "t"), "-j", "1"
        )
    print(f"one seed page, all four subcommands' work (export, 1 process): {seed['seconds']:.2f} s wall")


if __name__ == "__main__":
    main()
