"""One pass over an archive: four joinable tables (articles, facts, entities, keywords), resumable.

Every page is read, split, segmented once and run through every extractor; rows are written in
batches, so memory does not grow with the archive. ``OUTDIR/manifest.jsonl`` commits each batch
(its pages and the byte length of every CSV, or the number of Parquet parts) only after the rows
are on disk: a re-run after a crash or Ctrl-C truncates what an unfinished batch left behind and
continues with the pages not yet committed, so no row is lost or written twice.
"""

from __future__ import annotations

import dataclasses
import gc
import io
import json
import os
import time
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from newsmine.errors import InputError, NewsmineError
from newsmine.io import expand_paths, read_pages
from newsmine.output import csv_text_stdlib, flat_row
from newsmine.records import Article, Entity, Fact, KeywordRow

TABLES: dict[str, type] = {"articles": Article, "facts": Fact, "entities": Entity, "keywords": KeywordRow}
ERRORS = "errors"
MANIFEST = "manifest.jsonl"
FORMATS = ("csv", "parquet")
MANIFEST_VERSION = 1


class ExportError(NewsmineError):
    """An export that cannot start (OUTDIR holds another export, unknown format …)."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What makes two exports the same export: a resumed run must match the manifest's options."""

    format: str = "csv"
    top: int = 10
    encoding: str | None = None
    bom: bool = False


@dataclass(slots=True)
class PageRows:
    """Everything one input file gave: flat rows per table, or the problem that stopped it.

    ``counts`` keeps the number of rows per table when the rows themselves were already rendered
    to CSV text by a worker (see :class:`Chunk`).
    """

    path: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, table: str) -> int:
        """Rows this file gave to ``table``."""
        rows = self.rows.get(table)
        return len(rows) if rows is not None else self.counts.get(table, 0)


@dataclass(slots=True)
class Chunk:
    """Consecutive input files as one unit of work: their PageRows and, when a worker rendered
    them already, each table's CSV text (no header). Rendering in the workers keeps the parent,
    which shares the cores with them, down to writing bytes."""

    pages: list[PageRows]
    text: dict[str, str] | None = None


@dataclass(slots=True)
class ExportSummary:
    """Counts of one export run (``skipped``: pages an earlier run had already committed)."""

    pages: int = 0
    articles: int = 0
    facts: int = 0
    entities: int = 0
    keywords: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def add(self, rows: PageRows) -> None:
        """Count one processed input file."""
        self.pages += 1
        self.errors += rows.error is not None
        for name in TABLES:
            setattr(self, name, getattr(self, name) + rows.count(name))


def columns(record_type: type) -> list[str]:
    """The flat column names of a record type, nested records as ``parent_child``.

    >>> columns(KeywordRow)
    ['page', 'article', 'rank', 'word', 'weight']
    """
    hints = typing.get_type_hints(record_type)
    names: list[str] = []
    for f in dataclasses.fields(record_type):
        hint = hints[f.name]
        if dataclasses.is_dataclass(hint):
            names.extend(f"{f.name}_{inner}" for inner in columns(hint))  # type: ignore[arg-type]
        else:
            names.append(f.name)
    return names


_SCALARS = frozenset({str, int, float, bool, type(None)})
_PLANS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def fast_row(record: Any) -> dict[str, Any]:
    """``output.flat_row(record)``, several times faster for records of plain values (facts, entities,
    keyword rows: tens of thousands per archive); anything else goes through ``flat_row`` itself."""
    plan = _PLANS.get(type(record))
    if plan is None:
        names = tuple(f.name for f in dataclasses.fields(record))
        plan = _PLANS[type(record)] = (names, attrgetter(*names) if len(names) > 1 else _one(names[0]))
    names, get = plan
    values = get(record)
    if _SCALARS.issuperset(map(type, values)):
        return dict(zip(names, values, strict=True))
    return flat_row(record)


def _one(name: str) -> Callable[[Any], tuple[Any, ...]]:
    return lambda record: (getattr(record, name),)


def process_file(path: str, options: ExportOptions) -> PageRows:
    """Read one input file and extract every table's rows from it (the unit of work of a worker)."""
    from newsmine.entities import extract_entities
    from newsmine.entities.extract import prepare
    from newsmine.facts import extract_facts
    from newsmine.keywords import extract_keywords
    from newsmine.pipeline import page_articles

    result = PageRows(path=path, rows={name: [] for name in TABLES})
    try:
        for page in read_pages([path], encoding=options.encoding):
            if isinstance(page, InputError):
                result.error = page.problem
                return result
            articles = page_articles(page)
            prepare(articles)  # the entity tagger runs once per page, not once per article
            for article in articles:
                result.rows["articles"].append(flat_row(article))
                result.rows["facts"].extend(map(fast_row, extract_facts(article)))
                result.rows["entities"].extend(map(fast_row, extract_entities(article)))
                ranked = extract_keywords(article, top=options.top).keywords
                result.rows["keywords"].extend(
                    fast_row(KeywordRow(article.page, article.article, rank, k.word, k.weight))
                    for rank, k in enumerate(ranked, 1)
                )
    except InputError as exc:
        result.error = exc.problem
    except Exception as exc:  # One broken page goes to errors.csv; the archive goes on.
        result.error = f"cannot process page ({exc!r})"
    if result.error:
        result.rows = {}
    return result


# The cyclic garbage collector's first-generation threshold while pages are processed. A page makes
# hundreds of thousands of short-lived tuples (tokens, spans), none of them in a cycle; at Python's
# default (700) the collector runs thousands of times per archive and re-walks the loaded models and
# caches, about a tenth of the export's time. Memory is unchanged: the tuples are freed by reference
# counting; only true cycles wait a little longer.
GC_THRESHOLD = 10_000


@contextmanager
def tuned_gc() -> Iterator[None]:
    """Collect garbage less often while processing pages, then restore the caller's settings.

    Objects alive on entry (the models, dictionaries and tables loaded by then) are frozen: the
    collector no longer walks them on every full collection.
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def warm_up() -> None:
    """Load the segmenter and the models once per worker process, before the first page.

    Workers ignore Ctrl-C: the parent catches it, stops the pool and reports once, without a
    traceback from every worker. A worker does nothing but process pages, so its garbage collector
    is tuned for good (see :func:`tuned_gc`).
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from newsmine.entities import extract_entities
    from newsmine.facts import extract_facts
    from newsmine.keywords import extract_keywords

    article = Article(page="-", article=1, title="青岛新闻", body="本报讯 青岛市新增就业18.55万人。")
    extract_facts(article)
    extract_entities(article)
    extract_keywords(article)
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def process_chunk(paths: Sequence[str], options: ExportOptions) -> Chunk:
    """Process consecutive files; for CSV, render each table's rows here, in the worker."""
    pages = [process_file(path, options) for path in paths]
    if options.format != "csv":
        return Chunk(pages)
    text = {
        name: csv_text_stdlib(rows, columns(record_type), header=False)
        for name, record_type in TABLES.items()
        if (rows := [row for page in pages for row in page.rows.get(name, ())])
    }
    for page in pages:
        page.counts = {name: len(rows) for name, rows in page.rows.items()}
        page.rows = {}
    return Chunk(pages, text)


def _worker(args: tuple[Sequence[str], ExportOptions]) -> Chunk:
    return process_chunk(*args)


class Sink:
    """The tables of one OUTDIR, written batch by batch and committed in the manifest."""

    def __init__(self, outdir: Path, options: ExportOptions) -> None:
        if options.format not in FORMATS:
            raise ExportError(f"unknown format {options.format!r}; use one of {', '.join(FORMATS)}")
        self.outdir = outdir
        self.options = options
        self.manifest = outdir / MANIFEST
        self.done: set[str] = set()
        self.offsets: dict[str, int] = {}
        self.parts = 0
        outdir.mkdir(parents=True, exist_ok=True)
        self._resume()

    # -- manifest ------------------------------------------------------------------------------
    def _resume(self) -> None:
        header = {"newsmine_export": MANIFEST_VERSION, "options": dataclasses.asdict(self.options)}
        if not self.manifest.exists():
            leftovers = [p.name for p in self.outdir.iterdir()]
            if leftovers:
                raise ExportError(
                    f"{self.outdir} is not empty and holds no {MANIFEST}; use an empty or new OUTDIR"
                )
            self._append(header)
            return
        lines = self.manifest.read_text(encoding="utf-8").splitlines()
        entries = []
        for line in lines:
            try:
                entries.append(json.loads(line))
            except ValueError:
                break  # A torn last line: that batch was never committed.
        if not entries or entries[0].get("newsmine_export") != MANIFEST_VERSION:
            raise ExportError(f"{self.manifest} is not a newsmine export manifest")
        if entries[0].get("options") != header["options"]:
            raise ExportError(
                f"{self.outdir} holds an export made with other options {entries[0].get('options')}; "
                "re-run with the same options or use a new OUTDIR"
            )
        for entry in entries[1:]:
            self.done.update(entry["pages"])
            self.offsets = entry.get("offsets", self.offsets)
            self.parts = entry.get("parts", self.parts)
        # Rewrite the manifest without a torn line, then drop what an uncommitted batch left behind.
        self.manifest.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8"
        )
        for name in (*TABLES, ERRORS):
            path = self._csv_path(name)
            if path.exists() and path.stat().st_size > self.offsets.get(name, 0):
                with path.open("r+b") as f:
                    f.truncate(self.offsets.get(name, 0))
        if self.options.format == "parquet":
            for name in TABLES:
                for part in (self.outdir / name).glob("part-*.parquet"):
                    if int(part.stem.split("-")[1]) >= self.parts:
                        part.unlink()

    def _append(self, entry: dict[str, Any]) -> None:
        with self.manifest.open("a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())

    # -- tables --------------------------------------------------------------------------------
    def _csv_path(self, name: str) -> Path:
        return self.outdir / f"{name}.csv"

    def _write_csv(
        self, name: str, cols: list[str], rows: list[dict[str, Any]], *, rendered: str = ""
    ) -> None:
        path = self._csv_path(name)
        fresh = self.offsets.get(name, 0) == 0 and (not path.exists() or path.stat().st_size == 0)
        if not rows and not rendered and not fresh:
            return
        buffer = io.StringIO()
        if fresh and self.options.bom:
            buffer.write("\ufeff")
        if rows or fresh:
            buffer.write(csv_text_stdlib(rows, cols, header=fresh))
        buffer.write(rendered)
        with path.open("ab") as f:
            f.write(buffer.getvalue().encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
            self.offsets[name] = f.tell()

    def _write_parquet(self, name: str, record_type: type, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        import pandas as pd

        folder = self.outdir / name
        folder.mkdir(exist_ok=True)
        frame = pd.DataFrame.from_records(rows, columns=columns(record_type))
        final = folder / f"part-{self.parts:05d}.parquet"
        temporary = final.with_suffix(".tmp")
        frame.to_parquet(temporary, index=False, schema=arrow_schema(record_type))
        os.replace(temporary, final)

    def commit(self, batch: Sequence[PageRows], text: dict[str, str] | None = None) -> None:
        """Write one batch of pages to every table, then record it in the manifest.

        ``text``: the batch's CSV text per table, when workers rendered it (rows are then empty).
        """
        for name, record_type in TABLES.items():
            rows = [row for page in batch for row in page.rows.get(name, ())]
            if self.options.format != "csv":
                self._write_parquet(name, record_type, rows)
            elif text is not None:
                self._write_csv(name, columns(record_type), [], rendered=text.get(name, ""))
            else:
                self._write_csv(name, columns(record_type), rows)
        problems = [{"page": p.path, "problem": p.error} for p in batch if p.error]
        self._write_csv(ERRORS, ["page", "problem"], problems)
        entry: dict[str, Any] = {"pages": [p.path for p in batch], "offsets": dict(self.offsets)}
        if self.options.format == "parquet":
            self.parts += 1
            entry["parts"] = self.parts
        self._append(entry)
        self.done.update(p.path for p in batch)


def arrow_schema(record_type: type) -> Any:
    """A fixed Arrow schema from the record's type hints, so every Parquet part has the same columns."""
    import pyarrow as pa

    hints = typing.get_type_hints(record_type)
    fields = []
    for f in dataclasses.fields(record_type):
        hint = hints[f.name]
        if dataclasses.is_dataclass(hint):
            inner = arrow_schema(hint)  # type: ignore[arg-type]
            fields.extend(pa.field(f"{f.name}_{x.name}", x.type) for x in inner)
            continue
        args = set(typing.get_args(hint)) or {hint}
        if float in args:
            kind = pa.float64()
        elif int in args and str not in args:
            kind = pa.int64()
        else:
            kind = pa.string()
        fields.append(pa.field(f.name, kind))
    return pa.schema(fields)


def pending_files(paths: Iterable[str], done: set[str]) -> tuple[list[str], list[PageRows], int]:
    """The files still to do (sorted, as expand_paths gives them), path errors, and how many were done."""
    todo: list[str] = []
    problems: list[PageRows] = []
    skipped = 0
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            if item.path not in done:
                problems.append(PageRows(path=item.path, error=item.problem))
        elif item in done:
            skipped += 1
        else:
            todo.append(item)
    return todo, problems, skipped


def chunks(files: Sequence[str], jobs: int) -> Iterator[Sequence[str]]:
    """Consecutive runs of files, the units of work of the workers, shrinking towards the end.

    Each run is about a quarter of a worker's share of what is left, at most 10 files (so progress
    moves and a batch does not wait long), down to single files at the end, so the workers finish
    together instead of one idling while the other does a last long run.

    >>> [len(run) for run in chunks([str(n) for n in range(40)], 2)]
    [5, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    >>> [len(run) for run in chunks(["a", "b", "c"], 2)]
    [1, 1, 1]
    """
    start = 0
    while start < len(files):
        size = max(1, min(10, (len(files) - start) // (jobs * 4)))
        yield files[start : start + size]
        start += size


def _results(files: list[str], options: ExportOptions, jobs: int) -> Iterator[Chunk]:
    """Chunks in input order, from this process (jobs=1) or from a pool of worker processes."""
    if jobs <= 1 or len(files) <= 1:
        for path in files:
            with tuned_gc():  # per page: the caller's settings are back whenever this generator waits
                rows = process_file(path, options)
            yield Chunk([rows])
        return
    import multiprocessing

    tasks = ((run, options) for run in chunks(files, jobs))
    # spawn, not fork: the parent may hold threads (a progress bar) and a loaded segmenter.
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes=jobs, initializer=warm_up) as pool:
        yield from pool.imap(_worker, tasks, chunksize=1)


def export(
    paths: Sequence[str],
    outdir: str | Path,
    *,
    format: str = "csv",
    jobs: int | None = None,
    top: int = 10,
    encoding: str | None = None,
    bom: bool = False,
    batch_pages: int = 50,
    on_start: Callable[[int, int], None] | None = None,
    on_page: Callable[[PageRows], None] | None = None,
) -> ExportSummary:
    """Export every page under ``paths`` to four tables in ``outdir`` (resuming an earlier run there).

    ``jobs``: worker processes (default: all cores). Output order is by page whatever ``jobs`` is.
    ``on_start(total, skipped)`` and ``on_page(rows)`` let a caller draw progress.

    >>> summary = export(["seeds"], "/tmp/newsmine-doctest-export", jobs=1)  # doctest: +SKIP
    """
    started = time.perf_counter()
    options = ExportOptions(format=format, top=top, encoding=encoding, bom=bom)
    sink = Sink(Path(outdir), options)
    files, path_errors, skipped = pending_files(paths, sink.done)
    summary = ExportSummary(skipped=skipped)
    if on_start:
        on_start(len(files) + len(path_errors), skipped)
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    drain(sink, _chain(path_errors, files, options, jobs), summary, batch_pages=batch_pages, on_page=on_page)
    summary.seconds = time.perf_counter() - started
    return summary


def drain(
    sink: Sink,
    results: Iterable[PageRows | Chunk],
    summary: ExportSummary,
    *,
    batch_pages: int,
    on_page: Callable[[PageRows], None] | None = None,
) -> None:
    """Write ``results`` to ``sink`` in batches of at least ``batch_pages`` files (whole chunks),
    counting them in ``summary``."""
    batch: list[PageRows] = []
    text: dict[str, list[str]] | None = None
    for item in results:
        chunk = item if isinstance(item, Chunk) else Chunk([item])
        if chunk.text is not None:
            text = text if text is not None else {}
            for name, part in chunk.text.items():
                text.setdefault(name, []).append(part)
        for rows in chunk.pages:
            batch.append(rows)
            summary.add(rows)
            if on_page:
                on_page(rows)
        if len(batch) >= batch_pages:
            sink.commit(batch, _joined(text))
            batch, text = [], None
    if batch or not sink.offsets:
        # The last batch; on a fresh export with no rows, the tables' headers.
        sink.commit(batch, _joined(text))


def _joined(text: dict[str, list[str]] | None) -> dict[str, str] | None:
    return None if text is None else {name: "".join(parts) for name, parts in text.items()}


def _chain(
    path_errors: list[PageRows], files: list[str], options: ExportOptions, jobs: int
) -> Iterator[PageRows | Chunk]:
    yield from path_errors
    yield from _results(files, options, jobs)
