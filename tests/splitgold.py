"""Helpers shared by the tests of the splitter's page sets (tests/pages/split*/ with their gold files)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsmine.records import Article
from newsmine.split import split_page


def squash(s: str | None) -> str:
    """Text with every kind of space removed, as the gold comparisons ignore layout spaces."""
    return re.sub(r"[\s\u200b\ufeff]+", "", s or "")


def load_page(gold_path: Path) -> tuple[str, dict, list[Article]]:
    """The page's name, its gold, and what the splitter makes of the page beside it."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes().decode("utf-8")
    return gold_path.name.split(".")[0], gold, split_page(text, page=gold["page"])


def page_ids(paths: list[Path]) -> list[str]:
    """Test ids: the page names."""
    return [p.name.split(".")[0] for p in paths]
