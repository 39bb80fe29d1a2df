"""Shared fixtures: paths to the seed page and the shared corpora, and a runner for the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_07dec771a2603ee3.txt"
PAGES = Path(__file__).resolve().parent / "pages"
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


def run_newsmine(*args: str, input: str | bytes | None = None, cwd: Path | None = None, timeout: int = 120):
    """Run the installed ``newsmine`` command in a subprocess and return the CompletedProcess."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200")
    binary = isinstance(input, bytes)
    return subprocess.run(
        [sys.executable, "-m", "newsmine", *args],
        input=input,
        capture_output=True,
        text=not binary,
        cwd=cwd or ROOT,
        env=env,
        timeout=timeout,
    )


def jsonl(stdout: str) -> list[dict]:
    """Parse JSONL output."""
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def corpus_articles(name: str = "inews-articles") -> Iterator[dict]:
    """Articles of a shared corpus (skips the test when the corpora are not beside the repo)."""
    path = CORPORA / name / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
