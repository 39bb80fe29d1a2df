"""Writing records: JSONL, JSON, CSV (through pandas; ``export`` through the csv module) and rich tables, plus ``to_frame``.

Every writer takes records page by page (``write``) and is closed once (``close``);
JSONL and CSV flush after each page so that a pipeline sees results while a long
batch runs. Column names and JSON keys come from the record dataclasses: nested
records are flattened (``byline_reporters``), lists are joined with "、" in CSV
and tables and stay lists in JSON.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import IO, Any

from newsmine.records import Article, CorpusKeyword, Entity, Fact, Keyword, Keywords, to_dict

LIST_SEPARATOR = "、"


class Format(str, Enum):
    """Output formats; ``auto`` is a table on a terminal and JSONL anywhere else."""

    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


_SUFFIX_FORMATS = {".csv": Format.csv, ".json": Format.json, ".jsonl": Format.jsonl, ".ndjson": Format.jsonl}


def resolve_format(fmt: Format, *, isatty: bool, filename: str | None = None) -> Format:
    """The concrete format for ``auto``: by the output file's suffix, else table on a TTY, else JSONL.

    >>> resolve_format(Format.auto, isatty=False).value
    'jsonl'
    >>> resolve_format(Format.auto, isatty=False, filename="facts.csv").value
    'csv'
    """
    if fmt is not Format.auto:
        return fmt
    if filename:
        for suffix, found in _SUFFIX_FORMATS.items():
            if filename.lower().endswith(suffix):
                return found
        return Format.jsonl
    return Format.table if isatty else Format.jsonl


def flat_row(record: Any, *, with_weights: bool = False) -> dict[str, Any]:
    """One record as a flat dict: nested records become ``parent_child`` columns, lists are joined.

    >>> flat_row(Keywords("p.txt", 1, (Keyword("海洋碳汇", 0.9), Keyword("碳中和", 0.5))))
    {'page': 'p.txt', 'article': 1, 'keywords': '海洋碳汇、碳中和', 'group': None}
    """
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for key, inner in flat_row(value, with_weights=with_weights).items():
                row[f"{f.name}_{key}"] = inner
        elif isinstance(value, (tuple, list)):
            row[f.name] = LIST_SEPARATOR.join(_item_text(v, with_weights) for v in value)
        else:
            row[f.name] = value
    return row


def _item_text(item: Any, with_weights: bool) -> str:
    if isinstance(item, (Keyword, CorpusKeyword)):
        return f"{item.word}:{item.weight:.3f}" if with_weights else item.word
    return str(item)


def to_frame(records: Iterable[Any], *, with_weights: bool = False) -> Any:
    """Records as a pandas DataFrame, one row per record, columns in field order (nested fields flattened).

    Integer columns with gaps (``start`` of a headline fact, ``value_max``) use pandas' nullable ``Int64``
    rather than turning into floats.

    >>> to_frame([Keywords("p.txt", 1, (Keyword("海洋碳汇", 0.9),))]).columns.tolist()
    ['page', 'article', 'keywords', 'group']
    >>> to_frame([Entity("p", 1, "PER", "张晋", "张晋"), Entity("p", 1, "LOC", "青岛", "青岛", 2, 5, 7)])["start"].tolist()
    [<NA>, 5]
    """
    import pandas as pd

    rows = [flat_row(r, with_weights=with_weights) for r in records]
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame.from_records(rows)
    for name in frame.columns:
        values = [row[name] for row in rows if row.get(name) is not None]
        if values and all(type(v) is int for v in values) and frame[name].dtype.kind == "f":
            frame[name] = frame[name].astype("Int64")
    return frame


def csv_text(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, header: bool) -> str:
    """Flat rows as CSV text, each value printed as Python prints it (``341``, ``48.9``; nothing for None).

    An object frame keeps pandas from turning an integer column with gaps into ``341.0``.

    >>> csv_text([{"a": 341, "b": None}, {"a": None, "b": 48.9}], ["a", "b"], header=True)
    'a,b\\n341,\\n,48.9\\n'
    """
    import pandas as pd

    frame = pd.DataFrame(list(rows), columns=list(columns), dtype=object)
    return frame.to_csv(index=False, header=header, lineterminator="\n")


def csv_text_stdlib(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, header: bool) -> str:
    """What :func:`csv_text` writes, byte for byte, through the standard ``csv`` module.

    ``export`` renders its tables here: importing pandas costs each worker process about a third of a
    second, as much as its models. pandas drives the same ``csv`` writer (minimal quoting, ``""`` doubled,
    None as nothing), and a test holds the two equal on every table of real pages.

    >>> csv_text_stdlib([{"a": 341, "b": None}, {"a": None, "b": 48.9}], ["a", "b"], header=True)
    'a,b\\n341,\\n,48.9\\n'
    """
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(columns)
    writer.writerows([row.get(name) for name in columns] for row in rows)
    return buffer.getvalue()


class Writer:
    """Base writer: ``write(records)`` per page, then ``close()``."""

    def __init__(self, stream: IO[str], *, with_weights: bool = False) -> None:
        self.stream = stream
        self.with_weights = with_weights
        self.count = 0

    def write(self, records: Sequence[Any]) -> None:
        self.count += len(records)

    def close(self) -> None:
        self.stream.flush()


class JsonlWriter(Writer):
    def write(self, records: Sequence[Any]) -> None:
        super().write(records)
        for record in records:
            self.stream.write(json.dumps(to_dict(record), ensure_ascii=False) + "\n")
        self.stream.flush()


class JsonWriter(Writer):
    """One JSON array, streamed: elements are written as pages come in."""

    def write(self, records: Sequence[Any]) -> None:
        for record in records:
            self.stream.write("[\n" if self.count == 0 else ",\n")
            self.stream.write(json.dumps(to_dict(record), ensure_ascii=False))
            self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class CsvWriter(Writer):
    """CSV with a header (UTF-8; ``bom`` adds the byte-order mark Excel needs for Chinese)."""

    def __init__(self, stream: IO[str], *, with_weights: bool = False, bom: bool = False) -> None:
        super().__init__(stream, with_weights=with_weights)
        self.bom = bom
        self.header_written = False

    def write(self, records: Sequence[Any]) -> None:
        if not records:
            return
        super().write(records)
        rows = [flat_row(r, with_weights=self.with_weights) for r in records]
        if not self.header_written and self.bom:
            self.stream.write("\ufeff")
        self.stream.write(csv_text(rows, list(rows[0]), header=not self.header_written))
        self.header_written = True
        self.stream.flush()


# Columns a terminal table shows per record type (the other formats carry every field).
TABLE_COLUMNS: dict[type, tuple[str, ...]] = {
    Article: ("article", "column", "title", "byline_reporters", "dateline", "captions", "body"),
    Fact: (
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
    ),
    Entity: ("article", "type", "text", "canonical", "count"),
    Keywords: ("article", "keywords"),
}
_TRUNCATE = {"body": 60, "captions": 30, "subject": 24}


class TableWriter(Writer):
    """A rich table, drawn when the output is closed (a table needs all rows to size its columns)."""

    def __init__(self, stream: IO[str], *, with_weights: bool = False, title: str | None = None) -> None:
        super().__init__(stream, with_weights=with_weights)
        self.rows: list[dict[str, Any]] = []
        self.kind: type | None = None
        self.title = title
        self.pages: set[str] = set()
        self.groups: list[Keywords] = []

    def write(self, records: Sequence[Any]) -> None:
        super().write(records)
        for record in records:
            if isinstance(record, Keywords) and record.group is not None:
                self.groups.append(record)  # Drawn as one trend table at the end.
                continue
            self.kind = type(record)
            self.pages.add(record.page)
            self.rows.append(flat_row(record, with_weights=self.with_weights))

    def _table(self) -> Any:
        from rich.table import Table

        columns = list(TABLE_COLUMNS.get(self.kind, tuple(self.rows[0])))  # type: ignore[arg-type]
        if len(self.pages) > 1:
            columns.insert(0, "page")
        table = Table(title=self.title, show_lines=False, header_style="bold")
        for name in columns:
            table.add_column(name, overflow="fold", no_wrap=name in ("article", "type", "kind"))
        for row in self.rows:
            table.add_row(*(_cell(name, row.get(name)) for name in columns))
        return table

    def close(self) -> None:
        from rich.console import Console

        console = Console(file=self.stream)
        if self.rows and self.kind is not None:
            console.print(self._table())
        if self.groups:
            console.print(trend_table(self.groups, title=self.title))
        if not self.rows and not self.groups:
            console.print("[dim](no records)[/dim]")
        super().close()


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float]) -> str:
    """Values as a row of block characters, scaled to the largest (a blank for zero).

    >>> sparkline([0, 0.5, 1.0])
    ' ▅█'
    """
    top = max(values, default=0.0) or 1.0
    return "".join(
        " " if v <= 0 else SPARKS[min(len(SPARKS) - 1, int(v / top * (len(SPARKS) - 1) + 0.5))]
        for v in values
    )


def trend_table(groups: Sequence[Keywords], *, title: str | None = None, limit: int = 30) -> Any:
    """A table of the keywords of grouped rankings (``--by``): each keyword's weight across the groups
    as a sparkline, groups in the order given, keywords by their summed weight."""
    from rich.table import Table

    labels = [g.group or "?" for g in groups]
    weights: dict[str, list[float]] = {}
    for n, g in enumerate(groups):
        for k in g.keywords:
            weights.setdefault(k.word, [0.0] * len(groups))[n] = k.weight
    ranked = sorted(weights.items(), key=lambda item: -sum(item[1]))[:limit]
    table = Table(
        title=title, header_style="bold", caption=f"groups: {labels[0]} … {labels[-1]}" if labels else None
    )
    table.add_column("keyword")
    table.add_column(f"trend over {len(groups)} groups")
    table.add_column("groups", justify="right")
    table.add_column("peak", overflow="fold")
    for word, series in ranked:
        peak = labels[max(range(len(series)), key=series.__getitem__)]
        table.add_row(word, sparkline(series), str(sum(1 for v in series if v > 0)), peak)
    return table


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    text = str(value).replace("\n", " ⏎ ")
    limit = _TRUNCATE.get(name)
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def open_writer(
    fmt: Format, stream: IO[str], *, bom: bool = False, with_weights: bool = False, title: str | None = None
) -> Writer:
    """The writer for a concrete format (not ``auto``: resolve it first)."""
    if fmt is Format.jsonl:
        return JsonlWriter(stream, with_weights=with_weights)
    if fmt is Format.json:
        return JsonWriter(stream, with_weights=with_weights)
    if fmt is Format.csv:
        return CsvWriter(stream, with_weights=with_weights, bom=bom)
    if fmt is Format.table:
        return TableWriter(stream, with_weights=with_weights, title=title)
    raise ValueError(f"no writer for format {fmt.value!r}; resolve 'auto' first")
