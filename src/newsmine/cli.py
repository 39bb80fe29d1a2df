"""The ``newsmine`` command: parse options, call the library, hand records to ``output``.

Messages go to stderr as ``newsmine: PATH: problem``; data goes to stdout. Exit status:
0 all pages done, 1 some page could not be read (the others were still processed),
2 usage error, 130 interrupted.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from newsmine import errors, pipeline
from newsmine.output import Format, open_writer, resolve_format
from newsmine.records import Article

app = typer.Typer(
    name="newsmine",
    help="Mine Chinese newspaper pages: articles, keywords, numeric facts and entities.\n\n"
    "Each command reads pages (files, directories of *.txt, or - for stdin) and writes records: "
    "a table on a terminal, JSONL in a pipe, or --csv / --json / --jsonl.",
    epilog="Example: newsmine split seeds/ --jsonl | newsmine facts --csv -o facts.csv",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Pages: text files, directories (every *.txt below, sorted), '-' for stdin, "
        "or the JSONL that 'newsmine split' writes.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-f", help="auto: a table on a terminal, JSONL otherwise (or by -o's suffix)."),
]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Shorthand for --format csv.")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="Shorthand for --format jsonl.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
OutputOpt = Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")]
BomOpt = Annotated[
    bool, typer.Option("--bom", help="Start CSV with a byte-order mark (Excel needs it for Chinese).")
]
UserdictOpt = Annotated[
    Path | None,
    typer.Option(
        "--userdict",
        exists=True,
        dir_okay=False,
        help="A user dictionary for names and terms the archive keeps meeting: jieba's format "
        "(word [freq] [POS]) plus an optional type column PER|LOC|ORG that overrides the entity model.",
    ),
]
EncodingOpt = Annotated[
    str | None, typer.Option("--encoding", help="Input encoding (default: UTF-8, else GB18030 detected).")
]


class GroupBy(str, Enum):
    """How ``keywords --by`` groups articles."""

    page = "page"
    date = "date"
    column = "column"


@dataclass(frozen=True, slots=True)
class OutputOptions:
    """The output options every command shares."""

    fmt: Format
    output: str | None
    bom: bool
    encoding: str | None
    with_weights: bool = False


def _output_options(
    fmt: Format,
    csv: bool,
    jsonl: bool,
    json: bool,
    output: str | None,
    bom: bool,
    encoding: str | None,
    **extra: Any,
) -> OutputOptions:
    chosen = [f for f, on in ((Format.csv, csv), (Format.jsonl, jsonl), (Format.json, json)) if on]
    if len(chosen) > 1 or (chosen and fmt is not Format.auto and fmt is not chosen[0]):
        raise typer.BadParameter("use just one of --format, --csv, --jsonl, --json")
    return OutputOptions(chosen[0] if chosen else fmt, output, bom, encoding, **extra)


def _print_version(value: bool) -> None:
    if value:
        from newsmine import __version__

        typer.echo(f"newsmine {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of unexpected errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    ctx.obj = {"debug": debug}


def _input_paths(command: str, paths: list[str] | None) -> list[str]:
    if paths:
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        typer.echo("newsmine: " + errors.NO_INPUT.format(command=command), err=True)
        raise typer.Exit(2)
    return ["-"]


def _open(output: str | None) -> IO[str]:
    if output is None:
        if (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        return sys.stdout
    try:
        return open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        typer.echo(f"newsmine: {output}: cannot write ({exc.strerror})", err=True)
        raise typer.Exit(1) from None


def _progress(paths: list[str]) -> Any:
    """A rich progress bar on stderr, or None when stderr is no terminal or there is one page."""
    if not sys.stderr.isatty():
        return None
    from newsmine.io import expand_paths

    total = sum(1 for p in expand_paths(paths) if isinstance(p, str))
    if total < 2:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    progress.add_task("pages", total=total)
    progress.start()
    return progress


def _run(
    ctx: typer.Context,
    command: str,
    paths: list[str] | None,
    opts: OutputOptions,
    extract: Callable[[Article], Iterable[Any]],
    *,
    finish: Callable[[list[Article]], Iterable[Any]] | None = None,
) -> None:
    """The loop every command shares: pages → extractor → writer, errors reported one line each."""
    debug = bool(ctx.obj and ctx.obj.get("debug"))
    paths = _input_paths(command, paths)
    stream = _open(opts.output)
    isatty = opts.output is None and sys.stdout.isatty()
    fmt = resolve_format(opts.fmt, isatty=isatty, filename=opts.output)
    writer = open_writer(
        fmt, stream, bom=opts.bom, with_weights=opts.with_weights, title=f"newsmine {command}"
    )
    progress = _progress(paths)
    failed = False
    kept: list[Article] = []
    try:
        for result in pipeline.run(paths, extract, encoding=opts.encoding, debug=debug):
            if result.error is not None:
                failed = True
                if progress is not None:
                    progress.console.print(f"newsmine: {result.error}", markup=False, highlight=False)
                else:
                    typer.echo(f"newsmine: {result.error}", err=True)
            else:
                writer.write(result.records)
                if finish is not None:
                    kept.extend(result.articles)
            if progress is not None:
                progress.advance(progress.task_ids[0])
        if finish is not None and kept:
            writer.write(list(finish(kept)))
        if progress is not None:
            progress.stop()
            progress = None
        writer.close()
    except KeyboardInterrupt:
        if debug:
            raise
        raise typer.Exit(130) from None
    finally:
        if progress is not None:
            progress.stop()
        if stream is not sys.stdout:
            stream.close()
    if failed:
        raise typer.Exit(1)


@app.command(
    "split", epilog="Example: newsmine split seeds/000_07dec771a2603ee3.txt --jsonl > articles.jsonl"
)
def split_cmd(
    ctx: typer.Context,
    paths: PathsArg = None,
    fmt: FormatOpt = Format.auto,
    csv: CsvOpt = False,
    jsonl: JsonlOpt = False,
    json: JsonOpt = False,
    output: OutputOpt = None,
    bom: BomOpt = False,
    encoding: EncodingOpt = None,
) -> None:
    """Cut each page into articles: column, headline, byline, dateline, subheads, captions, body."""
    opts = _output_options(fmt, csv, jsonl, json, output, bom, encoding)
    _run(ctx, "split", paths, opts, lambda article: (article,))


@app.command("facts", epilog="Example: newsmine facts seeds/ --csv --bom -o facts.csv")
def facts_cmd(
    ctx: typer.Context,
    paths: PathsArg = None,
    dates: Annotated[
        bool, typer.Option("--dates", help="Also report dates, as kind 'date' with an ISO value.")
    ] = False,
    fmt: FormatOpt = Format.auto,
    csv: CsvOpt = False,
    jsonl: JsonlOpt = False,
    json: JsonOpt = False,
    output: OutputOpt = None,
    bom: BomOpt = False,
    encoding: EncodingOpt = None,
) -> None:
    """Every numeric fact: percentages, counts, money and quantities, normalized, with what they measure."""
    from newsmine.facts import extract_facts

    opts = _output_options(fmt, csv, jsonl, json, output, bom, encoding)
    _run(ctx, "facts", paths, opts, lambda article: extract_facts(article, dates=dates))


@app.command("entities", epilog="Example: newsmine entities seeds/000_07dec771a2603ee3.txt --csv")
def entities_cmd(
    ctx: typer.Context,
    paths: PathsArg = None,
    userdict: UserdictOpt = None,
    fmt: FormatOpt = Format.auto,
    csv: CsvOpt = False,
    jsonl: JsonlOpt = False,
    json: JsonOpt = False,
    output: OutputOpt = None,
    bom: BomOpt = False,
    encoding: EncodingOpt = None,
) -> None:
    """Persons, places and organizations of each article, with mention counts and first offsets."""
    from newsmine.entities import extract_entities

    opts = _output_options(fmt, csv, jsonl, json, output, bom, encoding)
    _load_userdict(userdict)
    _run(ctx, "entities", paths, opts, extract_entities)


@app.command("keywords", epilog="Example: newsmine keywords seeds/ --corpus --top 20")
def keywords_cmd(
    ctx: typer.Context,
    paths: PathsArg = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many keywords per article.")] = 10,
    corpus: Annotated[
        bool, typer.Option("--corpus", help="Add one record ranking keywords over all input articles.")
    ] = False,
    with_weights: Annotated[
        bool, typer.Option("--with-weights", help="Show weights in tables and CSV (JSON always has them).")
    ] = False,
    min_weight: Annotated[
        float, typer.Option("--min-weight", min=0.0, max=1.0, help="Drop keywords weighing less (0–1).")
    ] = 0.0,
    stopwords: Annotated[
        Path | None,
        typer.Option(
            "--stopwords", exists=True, dir_okay=False, help="A file of extra stop words, one per line."
        ),
    ] = None,
    by: Annotated[
        GroupBy | None,
        typer.Option(
            "--by",
            help="Rank over all input per page, date (file name or dateline) or column: one record per group "
            "(implies --corpus; a terminal shows each keyword's trend as a sparkline).",
        ),
    ] = None,
    userdict: UserdictOpt = None,
    fmt: FormatOpt = Format.auto,
    csv: CsvOpt = False,
    jsonl: JsonlOpt = False,
    json: JsonOpt = False,
    output: OutputOpt = None,
    bom: BomOpt = False,
    encoding: EncodingOpt = None,
) -> None:
    """Keywords and keyphrases of each article, best first (and of the whole input with --corpus or --by)."""
    from newsmine.keywords import corpus_keywords, extract_keywords

    opts = _output_options(fmt, csv, jsonl, json, output, bom, encoding, with_weights=with_weights)
    _load_userdict(userdict)
    stop = _read_word_list(stopwords)

    def per_article(article: Article) -> tuple[Any, ...]:
        return (extract_keywords(article, top=top, min_weight=min_weight, stopwords=stop),)

    def over_corpus(articles: list[Article]) -> list[Any]:
        group = by.value if by else None
        return corpus_keywords(articles, top=top, by=group, min_weight=min_weight, stopwords=stop)

    _run(ctx, "keywords", paths, opts, per_article, finish=over_corpus if corpus or by else None)


def _load_userdict(path: Path | None) -> None:
    """Add a user dictionary's words to the segmenter, and its typed names to the entity overrides."""
    if path is not None:
        from newsmine.entities import load_userdict

        load_userdict(path)


def _read_word_list(path: Path | None) -> frozenset[str]:
    """Words of a stop-word file: one per line (the first column), ``#`` comments."""
    if path is None:
        return frozenset()
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return frozenset(parts[0] for line in lines if (parts := line.split("#", 1)[0].split()))


def main() -> None:
    """Entry point for ``python -m newsmine``."""
    app(prog_name="newsmine")


class ExportFormat(str, Enum):
    """Table formats of ``export``."""

    csv = "csv"
    parquet = "parquet"


@app.command("export", epilog="Example: newsmine export archive/ -o tables/ --jobs 2 --format parquet")
def export_cmd(
    paths: Annotated[
        list[str], typer.Argument(help="Archive: page files and directories (every *.txt below).")
    ],
    outdir: Annotated[str, typer.Option("--output", "-o", help="Folder for the tables and the manifest.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Table format.")] = ExportFormat.csv,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")
    ] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Keywords kept per article.")] = 10,
    bom: BomOpt = False,
    encoding: EncodingOpt = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="A Dask scheduler (tcp://HOST:8786) to spread pages over a cluster."
        ),
    ] = None,
) -> None:
    """Export a whole archive in one pass: articles, facts, entities and keywords tables, joinable on
    (page, article). Resumable: run the same command again after a crash or Ctrl-C."""
    from newsmine.export import ExportError, export

    progress = None
    task = None

    def on_start(total: int, skipped: int) -> None:
        nonlocal progress, task
        if skipped:
            typer.echo(f"newsmine: resuming: {skipped} pages already exported", err=True)
        if sys.stderr.isatty() and total > 1:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            progress = Progress(
                TextColumn("[bold]export"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]} pages/s"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            task = progress.add_task("pages", total=total, rate="–")
            progress.start()

    started = time.perf_counter()

    def on_page(rows: Any) -> None:
        if rows.error:
            line = f"newsmine: {rows.path}: {rows.error}"
            if progress is not None:
                progress.console.print(line, markup=False, highlight=False)
            else:
                typer.echo(line, err=True)
        if progress is not None and task is not None:
            done = progress.tasks[0].completed + 1
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=1, rate=f"{rate:.1f}")

    try:
        if scheduler:
            from newsmine.dask import export as dask_export

            summary = dask_export(
                paths, outdir, scheduler=scheduler, format=fmt.value, top=top, encoding=encoding, bom=bom
            )
        else:
            summary = export(
                paths,
                outdir,
                format=fmt.value,
                jobs=jobs,
                top=top,
                encoding=encoding,
                bom=bom,
                on_start=on_start,
                on_page=on_page,
            )
    except ExportError as exc:
        typer.echo(f"newsmine: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        typer.echo("newsmine: interrupted; run the same command again to resume", err=True)
        raise typer.Exit(130) from None
    finally:
        if progress is not None:
            progress.stop()
    _print_summary(summary, outdir)
    if summary.errors:
        raise typer.Exit(1)


def _print_summary(summary: Any, outdir: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"newsmine export → {outdir}", header_style="bold")
    names = ("pages", "articles", "facts", "entities", "keywords", "errors", "skipped")
    for name in (*names, "elapsed"):
        table.add_column(name, justify="right")
    table.add_row(*(str(getattr(summary, n)) for n in names), f"{summary.seconds:.1f} s")
    Console(stderr=True).print(table)
