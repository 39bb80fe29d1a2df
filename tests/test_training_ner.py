"""training/train_ner.py's --extra option: our annotated modern passages as training sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODERN = ROOT / "benchmarks" / "data"


@pytest.fixture(scope="module")
def train_ner() -> Any:
    """training/train_ner.py loaded as a module (it is a script, not part of the package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "training" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ents(text: str, *names: tuple[str, str]) -> list[dict]:
    """Entities of ``text`` from (surface, type) pairs, each at its first occurrence."""
    return [{"start": text.index(n), "end": text.index(n) + len(n), "type": t, "text": n} for n, t in names]


PASSAGE = "记者从青州市行政审批服务局获悉，王某已被查获。4月17日，梅江区畜牧局再次接到投诉。"


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            PASSAGE,
            [("青州市行政审批服务局", "ORG"), ("王某", "PER"), ("梅江区畜牧局", "ORG")],
            [
                ("记者从青州市行政审批服务局获悉，王某已被查获。", ["青州市行政审批服务局", "王某"]),
                ("4月17日，梅江区畜牧局再次接到投诉。", ["梅江区畜牧局"]),
            ],
        ),
        (
            "国务院总理李克强在北京人民大会堂会见了德国总理默克尔。",
            [("李克强", "PER"), ("北京人民大会堂", "LOC"), ("德国", "LOC"), ("默克尔", "PER")],
            [
                (
                    "国务院总理李克强在北京人民大会堂会见了德国总理默克尔。",
                    ["李克强", "北京人民大会堂", "德国", "默克尔"],
                )
            ],
        ),
        ("今天天气晴。明天有雨！", [], [("今天天气晴。", []), ("明天有雨！", [])]),
    ],
)
def test_sentence_rows(train_ner: Any, text: str, names: list, expected: list) -> None:
    rows = train_ner.sentence_rows([{"text": text, "entities": _ents(text, *names)}])
    got = [(r["text"], [r["text"][e["start"] : e["end"]] for e in r["entities"]]) for r in rows]
    assert got == expected


@pytest.mark.parametrize(
    ("spans", "start", "end", "expected"),
    [
        ([(0, 3), (3, 6), (6, 9)], 0, 9, [(0, 3), (3, 6), (6, 9)]),  # 浙江省温州市鹿城区
        ([(0, 3), (3, 6)], 0, 9, None),  # not covered to the end
        ([(0, 9)], 0, 9, None),  # one span: nothing to split
        ([(0, 1), (1, 2)], 0, 2, None),  # 江淮: one-character parts stay whole
        ([(2, 4), (4, 8), (10, 12)], 2, 8, [(2, 4), (4, 8)]),  # others elsewhere in the sentence
        ([(0, 4), (5, 8)], 0, 8, None),  # a gap
    ],
)
def test_tiling(train_ner: Any, spans: list, start: int, end: int, expected: Any) -> None:
    assert train_ner._tiling(spans, start, end) == expected


def test_split_chains_keeps_organisations(train_ner: Any) -> None:
    """A joined administrative chain becomes its places; an organisation over a chain stays whole."""
    text = "浙江省温州市鹿城区人民法院位于浙江省温州市鹿城区。"
    loc = text.rindex("浙江省温州市鹿城区")
    rows = [
        {
            "text": text,
            "entities": [
                {"start": 0, "end": 13, "type": "ORG"},
                {"start": loc, "end": loc + 9, "type": "LOC"},
            ],
        }
    ]
    got, n = train_ner.split_chains(rows)
    names = [(text[e["start"] : e["end"]], e["type"]) for e in got[0]["entities"]]
    assert n == 1
    assert names == [
        ("浙江省温州市鹿城区人民法院", "ORG"),
        ("浙江省", "LOC"),
        ("温州市", "LOC"),
        ("鹿城区", "LOC"),
    ]


def test_extra_file_becomes_bioes_sentences(train_ner: Any, tmp_path: Path) -> None:
    """A file in the ner_modern format yields labelled sentences exactly as the pool's rows do."""
    path = tmp_path / "extra.jsonl"
    row = {"id": "x-1", "text": PASSAGE, "entities": _ents(PASSAGE, ("王某", "PER"), ("梅江区畜牧局", "ORG"))}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = train_ner.load_extra([path], "keep")
    assert len(rows) == 2
    labels = [train_ner.labels_for(r["text"], r["entities"], "bioes") for r in rows]
    first = rows[0]["text"].index("王某")
    assert labels[0][first : first + 2] == ["B-PER", "E-PER"]
    org = rows[1]["text"].index("梅江区畜牧局")
    assert labels[1][org : org + 6] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "E-ORG"]
    assert labels[0].count("O") == len(rows[0]["text"]) - 2
    assert len(train_ner.features(rows[1]["text"])) == len(rows[1]["text"])


def test_real_modern_set_loads(train_ner: Any) -> None:
    """Every entity of a real annotated set survives the cut into sentences (none crosses one)."""
    path = MODERN / "ner_modern_heldout.jsonl"
    passages = train_ner.load(path)
    rows = train_ner.load_extra([path], "keep")
    assert sum(len(r["entities"]) for r in rows) == sum(len(r["entities"]) for r in passages)
    for r in rows:
        for e in r["entities"]:
            assert 0 <= e["start"] < e["end"] <= len(r["text"])
