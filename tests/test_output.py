"""output: each format, column order from the dataclasses, flattening, and to_frame."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest

from newsmine.output import (
    CsvWriter,
    Format,
    JsonlWriter,
    JsonWriter,
    TableWriter,
    flat_row,
    open_writer,
    resolve_format,
    to_frame,
)
from newsmine.records import Article, Byline, Entity, Fact, Keyword, Keywords, to_dict

ARTICLE = Article(
    page="p.txt",
    article=1,
    column="青岛实践",
    headline=("引题", "主标题", "——副题"),
    kicker="引题",
    title="主标题",
    subtitle="——副题",
    byline=Byline(source="青岛日报", reporters=("张晋", "余博"), interns=("赵一婧",)),
    dateline="本报7月25日讯",
    subheads=("小标题一",),
    captions=("■图片说明",),
    body="第一段。\n第二段。",
)
FACT = Fact(
    page="p.txt",
    article=1,
    kind="money",
    text="约4.5亿美元",
    value=450000000,
    unit="美元",
    currency="USD",
    qualifier="about",
    start=3,
    end=10,
    context="总投资额约4.5亿美元",
)
ENTITY = Entity(
    page="p.txt", article=1, type="PER", text="张晋", canonical="张晋", count=2, start=None, end=None
)
KEYWORDS = Keywords(
    page="p.txt", article=1, keywords=(Keyword("制度型开放", 0.83), Keyword("上合示范区", 0.5))
)


@pytest.mark.parametrize(
    ("fmt", "isatty", "filename", "expected"),
    [
        (Format.auto, True, None, Format.table),
        (Format.auto, False, None, Format.jsonl),
        (Format.auto, False, "out.CSV", Format.csv),
        (Format.auto, False, "out.json", Format.json),
        (Format.auto, False, "out.txt", Format.jsonl),
        (Format.csv, True, None, Format.csv),
        (Format.table, False, None, Format.table),
    ],
)
def test_resolve_format(fmt: Format, isatty: bool, filename: str | None, expected: Format) -> None:
    assert resolve_format(fmt, isatty=isatty, filename=filename) is expected


def test_flat_row_flattens_nested_records_and_joins_lists() -> None:
    row = flat_row(ARTICLE)
    assert list(row)[:6] == ["page", "article", "column", "headline", "kicker", "title"]
    assert row["byline_source"] == "青岛日报"
    assert row["byline_reporters"] == "张晋、余博"
    assert row["byline_interns"] == "赵一婧"
    assert row["byline_photographers"] == ""
    assert row["headline"] == "引题、主标题、——副题"
    assert "byline" not in row


def test_keywords_flatten_with_and_without_weights() -> None:
    assert flat_row(KEYWORDS)["keywords"] == "制度型开放、上合示范区"
    assert flat_row(KEYWORDS, with_weights=True)["keywords"] == "制度型开放:0.830、上合示范区:0.500"


def test_jsonl_keeps_nesting_field_order_and_chinese() -> None:
    out = io.StringIO()
    writer = JsonlWriter(out)
    writer.write([ARTICLE])
    writer.write([])
    writer.close()
    line = out.getvalue()
    assert "张晋" in line  # not ASCII-escaped
    data = json.loads(line)
    assert list(data) == [f.name for f in dataclasses.fields(Article)]
    assert data["byline"]["reporters"] == ["张晋", "余博"]
    assert data["headline"] == ["引题", "主标题", "——副题"]


def test_json_is_one_array_even_when_empty() -> None:
    out = io.StringIO()
    writer = JsonWriter(out)
    writer.write([FACT])
    writer.write([FACT])
    writer.close()
    assert json.loads(out.getvalue()) == [to_dict(FACT), to_dict(FACT)]
    empty = io.StringIO()
    JsonWriter(empty).close()
    assert json.loads(empty.getvalue()) == []


@pytest.mark.parametrize("bom", [False, True])
def test_csv_header_once_columns_in_field_order(bom: bool) -> None:
    out = io.StringIO()
    writer = CsvWriter(out, bom=bom)
    writer.write([FACT])
    writer.write([FACT, FACT])
    writer.close()
    text = out.getvalue()
    assert text.startswith("\ufeff") is bom
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == [f.name for f in dataclasses.fields(Fact)]
    assert len(rows) == 4
    assert rows[1][rows[0].index("text")] == "约4.5亿美元"
    assert rows[1][rows[0].index("currency")] == "USD"


def test_csv_of_articles_has_flattened_byline_columns() -> None:
    out = io.StringIO()
    writer = CsvWriter(out)
    writer.write([ARTICLE])
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert header[header.index("byline_source") : header.index("byline_source") + 5] == [
        "byline_source",
        "byline_reporters",
        "byline_interns",
        "byline_correspondents",
        "byline_photographers",
    ]


def test_table_shows_key_columns() -> None:
    out = io.StringIO()
    writer = TableWriter(out, title="newsmine entities")
    writer.write([ENTITY])
    writer.close()
    text = out.getvalue()
    assert "newsmine entities" in text
    assert "张晋" in text and "PER" in text


def test_table_with_no_records_says_so() -> None:
    out = io.StringIO()
    TableWriter(out).close()
    assert "no records" in out.getvalue()


def test_open_writer_rejects_auto() -> None:
    with pytest.raises(ValueError):
        open_writer(Format.auto, io.StringIO())


def test_to_frame_columns_and_values() -> None:
    frame = to_frame([FACT, ENTITY][:1] * 3)
    assert frame.columns.tolist() == [f.name for f in dataclasses.fields(Fact)]
    assert len(frame) == 3
    assert frame.loc[0, "value"] == 450000000
    assert to_frame([]).empty


@pytest.mark.parametrize(
    ("values", "expected"),
    [([0, 0.5, 1.0], " ▅█"), ([2, 2], "██"), ([], ""), ([0, 0], "  "), ([0.1, 0.8], "▂█")],
)
def test_sparkline(values: list[float], expected: str) -> None:
    from newsmine.output import sparkline

    assert sparkline(values) == expected


def test_grouped_keywords_draw_a_trend_table() -> None:
    from newsmine.records import CorpusKeyword

    groups = [
        Keywords(
            "*", None, (CorpusKeyword("海洋碳汇", 0.9, 3), CorpusKeyword("就业", 0.2, 1)), group="2024-07-25"
        ),
        Keywords("*", None, (CorpusKeyword("就业", 0.8, 4),), group="2024-07-26"),
    ]
    out = io.StringIO()
    writer = TableWriter(out, title="newsmine keywords")
    writer.write(groups)
    writer.close()
    text = out.getvalue()
    assert "trend over 2 groups" in text
    assert "海洋碳汇" in text and "就业" in text
    assert "2024-07-26" in text  # the peak group of 就业


def test_csv_prints_integers_as_integers_even_with_gaps() -> None:
    headline = dataclasses.replace(FACT, start=None, end=None)
    out = io.StringIO()
    writer = CsvWriter(out)
    writer.write([headline, FACT])
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["start"] for r in rows] == ["", "3"]
    assert rows[1]["value"] == "450000000"


def test_to_frame_keeps_integer_columns_with_gaps_as_integers() -> None:
    frame = to_frame([dataclasses.replace(FACT, start=None, end=None), FACT])
    assert str(frame["start"].dtype) == "Int64"
    assert frame["start"].tolist()[1] == 3
