"""export: four joinable tables, deterministic order whatever --jobs is, resumable, errors.csv; Dask."""

from __future__ import annotations

import csv
import io
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmine.export import MANIFEST, TABLES, ExportError, columns, export
from tests.conftest import SEED, corpus_articles, run_newsmine


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six pages: the seed twice and four pages made of real corpus articles."""
    folder = tmp_path_factory.mktemp("archive")
    shutil.copy(SEED, folder / "a-seed.txt")
    (folder / "sub").mkdir()
    shutil.copy(SEED, folder / "sub" / "z-seed.txt")
    articles = list(corpus_articles("inews-articles"))[:8]
    for n in range(4):
        pair = articles[2 * n : 2 * n + 2]
        text = "\n\n\n".join(a["title"] + "\n\n" + a["body"][:600] for a in pair)
        (folder / f"b-{n}.txt").write_text(text, encoding="utf-8")
    return folder


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def tables(outdir: Path) -> dict[str, str]:
    return {name: (outdir / f"{name}.csv").read_text(encoding="utf-8") for name in (*TABLES, "errors")}


@pytest.fixture(scope="module")
def exported(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("out") / "tables"
    summary = export([str(archive)], outdir, jobs=1, batch_pages=2)
    assert summary.pages == 6 and summary.errors == 0
    return outdir


def test_four_tables_with_columns_from_the_records(exported: Path) -> None:
    for name, record_type in TABLES.items():
        header = next(csv.reader(io.StringIO((exported / f"{name}.csv").read_text(encoding="utf-8"))))
        assert header == columns(record_type)
    assert columns(TABLES["keywords"]) == ["page", "article", "rank", "word", "weight"]


def test_tables_join_on_page_and_article(exported: Path) -> None:
    articles = {(r["page"], r["article"]) for r in read_csv(exported / "articles.csv")}
    assert len(articles) >= 14 + 4
    for name in ("facts", "entities", "keywords"):
        rows = read_csv(exported / f"{name}.csv")
        assert rows, name
        assert {(r["page"], r["article"]) for r in rows} <= articles


def test_rows_are_sorted_by_page(exported: Path) -> None:
    pages = [r["page"] for r in read_csv(exported / "articles.csv")]
    assert pages == sorted(pages, key=pages.index)  # grouped
    assert list(dict.fromkeys(pages)) == sorted(set(pages))


def test_two_jobs_write_the_same_tables(archive: Path, exported: Path, tmp_path: Path) -> None:
    summary = export([str(archive)], tmp_path / "two", jobs=2, batch_pages=2)
    assert summary.pages == 6
    assert tables(tmp_path / "two") == tables(exported)


def test_chunks_rendered_by_workers_write_the_same_tables(
    archive: Path, exported: Path, tmp_path: Path
) -> None:
    """Workers render several pages' CSV text at once; the parent only appends it (and a bad page
    in the middle of a chunk still goes to errors.csv)."""
    from newsmine.export import ExportOptions, ExportSummary, Sink, drain, pending_files, process_chunk

    files, _, _ = pending_files([str(archive)], set())
    options = ExportOptions()
    chunks = [process_chunk(files[:4], options), process_chunk(files[4:], options)]
    assert all(chunk.text is not None and not any(p.rows for p in chunk.pages) for chunk in chunks)
    summary = ExportSummary()
    drain(Sink(tmp_path / "chunked", options), chunks, summary, batch_pages=3)
    assert summary.pages == 6 and summary.facts > 0
    assert tables(tmp_path / "chunked") == tables(exported)

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00broken")
    chunk = process_chunk([files[0], str(bad)], options)
    assert [p.error is not None for p in chunk.pages] == [False, True]
    assert chunk.pages[0].counts["articles"] == 7 and not any(chunk.pages[1].counts.values())
    assert chunk.text["articles"].startswith(files[0])


def test_export_csv_is_byte_for_byte_what_pandas_writes(archive: Path) -> None:
    """export renders CSV with the csv module (no pandas import per worker); pandas is the reference."""
    from newsmine.export import ExportOptions, pending_files, process_file
    from newsmine.output import csv_text, csv_text_stdlib

    files, _, _ = pending_files([str(archive)], set())
    pages = [process_file(path, ExportOptions()) for path in files]
    for name, record_type in TABLES.items():
        rows = [row for page in pages for row in page.rows[name]]
        assert rows, name
        for header in (True, False):
            assert csv_text_stdlib(rows, columns(record_type), header=header) == csv_text(
                rows, columns(record_type), header=header
            )
    awkward = [
        {"a": 'say "hi", then\nleave', "b": -0.5, "c": None},
        {"a": "", "b": 12000000000000.0, "c": True},
        {"a": "逗号，和、顿号", "b": 341, "c": 1e-06},
    ]
    assert csv_text_stdlib(awkward, ["a", "b", "c"], header=True) == csv_text(
        awkward, ["a", "b", "c"], header=True
    )


def test_resume_after_a_crash_neither_loses_nor_duplicates(
    archive: Path, exported: Path, tmp_path: Path
) -> None:
    outdir = tmp_path / "crash"
    seen = []

    def crash_on_third(rows: object) -> None:
        seen.append(rows)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export([str(archive)], outdir, jobs=1, batch_pages=2, on_page=crash_on_third)
    # A torn write of an uncommitted batch, as a crash in the middle of writing would leave it.
    with (outdir / "facts.csv").open("a", encoding="utf-8") as f:
        f.write("half,a,row\n")
    with (outdir / MANIFEST).open("a", encoding="utf-8") as f:
        f.write('{"pages": ["torn')
    summary = export([str(archive)], outdir, jobs=1, batch_pages=2)
    assert summary.skipped == 2
    assert summary.pages == 4
    assert tables(outdir) == tables(exported)
    again = export([str(archive)], outdir, jobs=1, batch_pages=2)
    assert again.pages == 0 and again.skipped == 6
    assert tables(outdir) == tables(exported)


def test_a_bad_page_goes_to_errors_csv(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    summary = export([str(folder), str(tmp_path / "missing.txt")], tmp_path / "out", jobs=1)
    assert summary.errors == 2
    errors = read_csv(tmp_path / "out" / "errors.csv")
    assert {(Path(e["page"]).name, e["problem"]) for e in errors} == {
        ("bad.txt", "binary file, not text"),
        ("missing.txt", "no such file or directory"),
    }
    assert {r["page"] for r in read_csv(tmp_path / "out" / "articles.csv")} == {str(folder / "good.txt")}


def test_other_options_or_a_foreign_folder_are_refused(archive: Path, exported: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="other options"):
        export([str(archive)], exported, jobs=1, top=3)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not empty"):
        export([str(archive)], foreign, jobs=1)


def test_parquet_tables_hold_the_same_rows(archive: Path, exported: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    export([str(archive)], tmp_path / "pq", format="parquet", jobs=1, batch_pages=2)
    for name in TABLES:
        from_parquet = pd.read_parquet(tmp_path / "pq" / name)
        from_csv = pd.read_csv(exported / f"{name}.csv")
        assert from_parquet.columns.tolist() == from_csv.columns.tolist()
        assert len(from_parquet) == len(from_csv)
        assert from_parquet["page"].tolist() == from_csv["page"].tolist()


def test_cli_export_prints_a_summary_and_reports_bad_pages(archive: Path, tmp_path: Path) -> None:
    done = run_newsmine("export", str(archive), "-o", str(tmp_path / "cli"), "--jobs", "1")
    assert done.returncode == 0, done.stderr
    assert "articles" in done.stderr and "elapsed" in done.stderr
    assert (tmp_path / "cli" / "keywords.csv").exists()
    bad = run_newsmine("export", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "cli2"))
    assert bad.returncode == 1
    assert f"newsmine: {tmp_path / 'nope.txt'}: no such file or directory" in bad.stderr


def test_dask_local_cluster_matches_single_process(archive: Path, exported: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    import newsmine.dask

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = newsmine.dask.export(
            [str(archive)], tmp_path / "dask", client=client, format="csv", batch_pages=2
        )
    assert summary.pages == 6 and summary.errors == 0
    assert tables(tmp_path / "dask") == tables(exported)


def test_ctrl_c_during_a_parallel_export_exits_130_quietly_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(40):
        shutil.copy(SEED, folder / f"{i:03d}.txt")
    outdir = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsmine", "export", str(folder), "-o", str(outdir), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (outdir / "manifest.jsonl").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130)  # 0 only if the export finished before the signal
    assert "Traceback" not in err
    again = run_newsmine("export", str(folder), "-o", str(outdir), "--jobs", "2")
    assert again.returncode == 0, again.stderr
    articles = read_csv(outdir / "articles.csv")
    assert len(articles) == 40 * 7
    assert len({(r["page"], r["article"]) for r in articles}) == 40 * 7
