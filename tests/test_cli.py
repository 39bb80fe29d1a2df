"""The real ``newsmine`` command in a subprocess: formats, stdin, pipes, bad input, exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, jsonl, run_newsmine

SEED_ARG = str(SEED.relative_to(ROOT))

# The field names of ../shared/docs/records.md, in contract order.
CONTRACT = {
    "split": [
        "page",
        "article",
        "column",
        "headline",
        "kicker",
        "title",
        "subtitle",
        "byline",
        "dateline",
        "subheads",
        "captions",
        "body",
    ],
    "facts": [
        "page",
        "article",
        "kind",
        "text",
        "value",
        "value_max",
        "unit",
        "currency",
        "qualifier",
        "subject",
        "change",
        "basis",
        "start",
        "end",
        "context",
    ],
    "entities": ["page", "article", "type", "text", "canonical", "count", "start", "end"],
    "keywords": ["page", "article", "keywords"],
}
BYLINE_KEYS = ["source", "reporters", "interns", "correspondents", "photographers"]


@pytest.fixture(scope="module")
def seed_outputs() -> dict[str, list[dict]]:
    """Each command's JSONL on the seed page, run once for the module."""
    outputs = {}
    for command in CONTRACT:
        done = run_newsmine(command, "--format", "jsonl", SEED_ARG)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        outputs[command] = jsonl(done.stdout)
    return outputs


@pytest.mark.parametrize("command", list(CONTRACT))
def test_jsonl_records_follow_the_contract(seed_outputs: dict[str, list[dict]], command: str) -> None:
    records = seed_outputs[command]
    assert records, f"{command} wrote nothing for the seed page"
    for record in records:
        assert list(record)[: len(CONTRACT[command])] == CONTRACT[command]
        assert record["page"] == SEED_ARG
    numbers = {r["article"] for r in records}
    assert numbers <= set(range(1, 8))


def test_split_finds_the_articles_with_bylines(seed_outputs: dict[str, list[dict]]) -> None:
    articles = seed_outputs["split"]
    assert [a["article"] for a in articles] == list(range(1, len(articles) + 1))
    assert len(articles) == 7
    for a in articles:
        assert list(a["byline"])[:5] == BYLINE_KEYS
        assert a["title"] and a["body"]
        assert a["title"] in a["headline"]


def test_facts_spans_sit_at_their_offsets(seed_outputs: dict[str, list[dict]]) -> None:
    bodies = {a["article"]: a["body"] for a in seed_outputs["split"]}
    facts = seed_outputs["facts"]
    assert {f["kind"] for f in facts} >= {"percent", "money", "count"}
    in_body = [f for f in facts if f["start"] is not None]
    assert len(in_body) > len(facts) / 2
    for f in in_body:
        assert bodies[f["article"]][f["start"] : f["end"]] == f["text"]


def test_entities_offsets_and_counts(seed_outputs: dict[str, list[dict]]) -> None:
    bodies = {a["article"]: a["body"] for a in seed_outputs["split"]}
    for e in seed_outputs["entities"]:
        assert e["type"] in {"PER", "LOC", "ORG"}
        assert e["count"] >= 1
        if e["start"] is not None:
            assert bodies[e["article"]][e["start"] : e["end"]] == e["text"]


def test_keywords_one_record_per_article_best_first(seed_outputs: dict[str, list[dict]]) -> None:
    records = seed_outputs["keywords"]
    assert [r["article"] for r in records] == list(range(1, 8))
    for r in records:
        weights = [k["weight"] for k in r["keywords"]]
        assert 0 < len(weights) <= 10
        assert weights == sorted(weights, reverse=True)
        assert all(0 <= w <= 1 for w in weights)


def test_keywords_top_and_corpus() -> None:
    done = run_newsmine("keywords", "--top", "3", "--corpus", "--jsonl", SEED_ARG)
    assert done.returncode == 0, done.stderr
    records = jsonl(done.stdout)
    assert len(records) == 8
    assert all(len(r["keywords"]) <= 3 for r in records)
    assert records[-1]["article"] is None


def test_csv_has_header_and_flattened_columns() -> None:
    done = run_newsmine("split", "--csv", SEED_ARG)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == 7
    assert "byline_reporters" in rows[0] and "byline" not in rows[0]
    assert not done.stdout.startswith("\ufeff")


def test_bom_and_output_file_with_format_from_suffix(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    done = run_newsmine("facts", SEED_ARG, "-o", str(out), "--bom")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header == CONTRACT["facts"][: len(header)]


def test_json_is_one_array() -> None:
    done = run_newsmine("entities", "--json", SEED_ARG)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert isinstance(data, list) and data and data[0]["type"] in {"PER", "LOC", "ORG"}


def test_conflicting_format_flags_are_a_usage_error() -> None:
    done = run_newsmine("facts", "--csv", "--json", SEED_ARG)
    assert done.returncode == 2
    assert done.stdout == ""


@pytest.mark.parametrize(
    "args", [["facts", "--top", "3", SEED_ARG], ["keywords", "--top", "0", SEED_ARG], ["nope"]]
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run_newsmine(*args).returncode == 2


def test_stdin_dash_and_piped_stdin_without_path() -> None:
    text = SEED.read_text(encoding="utf-8")
    with_dash = run_newsmine("facts", "-", input=text)
    without = run_newsmine("facts", input=text)
    from_file = run_newsmine("facts", SEED_ARG)
    assert with_dash.returncode == without.returncode == 0
    strip = [{k: v for k, v in r.items() if k != "page"} for r in jsonl(from_file.stdout)]
    assert [{k: v for k, v in r.items() if k != "page"} for r in jsonl(with_dash.stdout)] == strip
    assert jsonl(without.stdout)[0]["page"] == "-"


@pytest.mark.parametrize("command", ["facts", "entities", "keywords"])
def test_split_jsonl_piped_into_extractors_is_not_split_again(command: str) -> None:
    split = run_newsmine("split", "--jsonl", SEED_ARG)
    piped = run_newsmine(command, "-", input=split.stdout)
    direct = run_newsmine(command, SEED_ARG)
    assert piped.returncode == 0, piped.stderr
    assert jsonl(piped.stdout) == jsonl(direct.stdout)


def test_edited_split_jsonl_is_honoured() -> None:
    """The extractor works on the articles it is given: proof that JSONL input is not re-split."""
    record = {
        "page": "edited",
        "article": 5,
        "title": "标题",
        "body": "全年新增就业18.55万人，同比增长4.95%。",
    }
    done = run_newsmine("facts", input=json.dumps(record, ensure_ascii=False) + "\n")
    assert done.returncode == 0, done.stderr
    facts = jsonl(done.stdout)
    assert [(f["page"], f["article"], f["text"]) for f in facts] == [
        ("edited", 5, "18.55万人"),
        ("edited", 5, "4.95%"),
    ]


def test_bad_file_in_the_middle_of_a_batch(tmp_path: Path) -> None:
    gb = tmp_path / "gb.txt"
    gb.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    done = run_newsmine("split", "--jsonl", SEED_ARG, str(missing), str(empty), str(gb))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"newsmine: {missing}: no such file or directory",
        f"newsmine: {empty}: empty file",
    ]
    pages = [r["page"] for r in jsonl(done.stdout)]
    assert pages.count(SEED_ARG) == 7
    assert pages.count(str(gb)) == 7


def test_directory_input_and_no_progress_in_pipes(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        shutil.copy(SEED, tmp_path / name)
    done = run_newsmine("split", "--jsonl", str(tmp_path))
    assert done.returncode == 0
    assert done.stderr == ""
    pages = [r["page"] for r in jsonl(done.stdout)]
    assert pages == [str(tmp_path / "a.txt")] * 7 + [str(tmp_path / "b.txt")] * 7


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    done = run_newsmine("facts", str(tmp_path))
    assert done.returncode == 1
    assert done.stderr.strip() == f"newsmine: {tmp_path}: directory holds no *.txt pages"


def test_encoding_option(tmp_path: Path) -> None:
    page = tmp_path / "big5.txt"
    page.write_bytes("本報訊 全市新增就業18萬人。".encode("big5"))
    bad = run_newsmine("facts", str(page))
    assert bad.returncode == 1 and "try --encoding" in bad.stderr
    good = run_newsmine("split", "--encoding", "big5", str(page))
    assert good.returncode == 0, good.stderr
    assert "全市新增就業18萬人" in jsonl(good.stdout)[0]["body"]


@pytest.fixture(scope="module")
def many_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for i in range(60):
        shutil.copy(SEED, folder / f"{i:03d}.txt")
    return folder


def test_pipe_into_head_ends_quietly(many_pages: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m newsmine facts {many_pages} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 1
    json.loads(done.stdout)


def test_ctrl_c_exits_130_without_traceback(many_pages: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsmine", "entities", "--jsonl", str(many_pages)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # The batch is under way.
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err


def _run_on_terminal(*args: str) -> tuple[int, str]:
    """Run newsmine with stdin and stdout on a pseudo-terminal; return (status, what the terminal showed)."""
    import pty

    leader, follower = pty.openpty()
    env = dict(os.environ, COLUMNS="160", TERM="xterm")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsmine", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_no_path_on_a_terminal_prints_a_hint_and_exits_2() -> None:
    status, shown = _run_on_terminal("facts")
    assert status == 2
    assert "no input" in shown and "newsmine facts --help" in shown
    assert len(shown.strip().splitlines()) == 1


def test_terminal_gets_a_table() -> None:
    status, shown = _run_on_terminal("entities", SEED_ARG)
    assert status == 0
    assert "━" in shown or "─" in shown
    assert "{" not in shown


@pytest.mark.parametrize(
    "args", [["--help"], ["split", "--help"], ["facts", "--help"], ["keywords", "--help"]]
)
def test_help_is_lazy_and_ends_with_an_example(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from newsmine.cli import app\n"
        f"try:\n    app({args!r}, prog_name='newsmine')\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('jieba', 'rjieba', 'pandas', 'pycrfsuite') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = dict(os.environ, COLUMNS="200")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )
    assert "HEAVY []" in done.stderr, done.stderr
    lines = [line.strip(" │") for line in done.stdout.strip().splitlines() if line.strip(" │")]
    assert lines[-1].startswith("Example: newsmine")


def test_python_dash_m_and_version() -> None:
    done = run_newsmine("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("newsmine ")


def test_keywords_stopwords_and_min_weight(tmp_path: Path) -> None:
    plain = jsonl(run_newsmine("keywords", "--jsonl", SEED_ARG).stdout)
    first = plain[0]["keywords"][0]["word"]
    stop = tmp_path / "stop.txt"
    stop.write_text(f"# our stop words\n{first}\n", encoding="utf-8")
    done = run_newsmine("keywords", "--jsonl", "--stopwords", str(stop), "--min-weight", "0.3", SEED_ARG)
    assert done.returncode == 0, done.stderr
    records = jsonl(done.stdout)
    assert first not in [k["word"] for k in records[0]["keywords"]]
    assert all(k["weight"] >= 0.3 for r in records for k in r["keywords"])


@pytest.mark.parametrize("option", ["--stopwords", "--userdict"])
def test_missing_option_file_is_a_usage_error(option: str, tmp_path: Path) -> None:
    done = run_newsmine("keywords", option, str(tmp_path / "nope.txt"), SEED_ARG)
    assert done.returncode == 2
    assert "does not exist" in done.stderr


def test_progress_bar_on_a_terminal_stderr_only(many_pages: Path, tmp_path: Path) -> None:
    """stderr on a terminal, stdout to a file: a progress bar is drawn on stderr, the data stays clean."""
    import pty

    leader, follower = pty.openpty()
    out = tmp_path / "out.jsonl"
    with out.open("w") as stdout:
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsmine", "split", str(many_pages)],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=follower,
            cwd=ROOT,
            env=dict(os.environ, COLUMNS="120", TERM="xterm"),
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        os.close(leader)
        assert proc.wait(timeout=60) == 0
    assert "pages" in shown.decode("utf-8", "replace")
    assert len(jsonl(out.read_text(encoding="utf-8"))) == 60 * 7


def test_keywords_by_date_gives_one_record_per_group(tmp_path: Path) -> None:
    for day in ("2024-07-25", "20240726"):
        shutil.copy(SEED, tmp_path / f"qdrb-{day}.txt")
    done = run_newsmine("keywords", "--by", "date", "--top", "5", "--jsonl", str(tmp_path))
    assert done.returncode == 0, done.stderr
    records = jsonl(done.stdout)
    groups = [r for r in records if r["article"] is None]
    assert [g["group"] for g in groups] == ["2024-07-25", "2024-07-26"]
    for g in groups:
        assert 0 < len(g["keywords"]) <= 5
        assert {"word", "weight", "df", "total_weight", "distinctiveness"} <= set(g["keywords"][0])
    assert len(records) == 14 + 2


def test_entities_userdict_adds_typed_names(tmp_path: Path) -> None:
    # made-up company names no model can have seen: only the user dictionary can name them
    page = tmp_path / "page.txt"
    page.write_text(
        "本报讯 近日，岚禾在会上发布年度报告，岚禾负责人介绍了情况，星火科技也参加了活动。\n",
        encoding="utf-8",
    )
    userdict = tmp_path / "names.txt"
    userdict.write_text("# word freq POS type\n岚禾 1000 nt ORG\n星火科技 1000 nz ORG\n", encoding="utf-8")
    before = {e["text"] for e in jsonl(run_newsmine("entities", "--jsonl", str(page)).stdout)}
    assert not before & {"岚禾", "星火科技", "本报"}
    done = run_newsmine("entities", "--jsonl", "--userdict", str(userdict), str(page))
    assert done.returncode == 0, done.stderr
    found = {e["text"]: e for e in jsonl(done.stdout)}
    assert found["岚禾"]["type"] == "ORG" and found["岚禾"]["count"] == 2
    assert found["星火科技"]["type"] == "ORG"
