"""The README stays true: its first commands, its examples, and every command documented."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsmine.cli import app
from tests.conftest import ROOT, SEED

README = (ROOT / "README.md").read_text(encoding="utf-8")
RUN_COMMAND = "pip install . && newsmine split seeds/000_07dec771a2603ee3.txt"
TEST_COMMAND = "pip install '.[test]' && pytest"


def command_lines() -> list[str]:
    return [
        line.strip() for line in README.splitlines() if re.match(r"^\s*(\$ )?(pip|python|uv|newsmine)", line)
    ]


def test_readme_starts_with_the_two_commands() -> None:
    assert command_lines()[:2] == [RUN_COMMAND, TEST_COMMAND]
    assert README.index(RUN_COMMAND) < 200
    assert SEED.exists()


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci
    assert "ruff check" in ci and "ruff format --check" in ci


def test_pyproject_declares_the_console_script() -> None:
    assert 'newsmine = "newsmine.cli:app"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(c.name for c in app.registered_commands))
def test_every_command_is_documented_with_help(command: str) -> None:
    assert f"newsmine {command}" in README
    registered = {c.name: c for c in app.registered_commands}[command]
    assert registered.callback.__doc__
    assert (registered.epilog or "").startswith("Example: newsmine")


def readme_examples() -> list[str]:
    blocks = re.findall(r"```console\n(.*?)```", README, re.S)
    return [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]


@pytest.mark.parametrize("example", readme_examples())
def test_readme_examples_run(example: str, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    if "articles.jsonl" in example and not example.startswith("newsmine split"):
        run_shell("newsmine split seeds/000_07dec771a2603ee3.txt --jsonl > articles.jsonl", tmp_path)
    done = run_shell(example, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "newsmine:" not in done.stderr and "Traceback" not in done.stderr
    made = [p for p in tmp_path.rglob("*.*") if p.is_file() and "seeds" not in p.parts]
    produced = done.stdout or "".join(
        p.read_text(encoding="utf-8-sig") for p in made if p.suffix != ".parquet"
    )
    assert produced.strip(), f"{example!r} produced nothing"


def run_shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Run the installed command as `python -m newsmine` of this interpreter, so the test needs no PATH.
    command = re.sub(r"(^|\| )newsmine ", rf"\1{sys.executable} -m newsmine ", command)
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_examples_folder_scripts_run(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "library.py"), str(SEED)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("7 articles")
