"""io.read_pages: paths, directories, stdin, encodings, bad input and split JSONL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsmine import errors
from newsmine.errors import InputError
from newsmine.io import decode, looks_like_chinese, read_pages
from newsmine.records import Page

TEXT = "本报讯 青岛市今年新增就业18万人。\n\n第二段，继续说明。"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def results(*paths: str, **kw) -> list[Page | InputError]:
    return list(read_pages(list(paths), **kw))


def test_reads_a_utf8_file(tmp_path: Path) -> None:
    page = results(str(write(tmp_path / "a.txt", TEXT)))[0]
    assert isinstance(page, Page)
    assert page.text == TEXT
    assert page.encoding == "utf-8"
    assert page.articles is None


def test_a_single_string_is_one_path(tmp_path: Path) -> None:
    path = str(write(tmp_path / "a.txt", TEXT))
    assert [p.path for p in read_pages(path)] == [path]


def test_directory_gives_txt_files_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", TEXT)
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "sub" / "c.txt", TEXT)
    write(tmp_path / "notes.md", "# not a page")
    names = [Path(p.path).relative_to(tmp_path).as_posix() for p in results(str(tmp_path))]
    assert names == ["a.txt", "b.txt", "sub/c.txt"]


def test_stdin_is_read_for_dash() -> None:
    page = results("-", stdin=io.BytesIO(TEXT.encode("utf-8")))[0]
    assert isinstance(page, Page)
    assert page.path == "-"
    assert page.text == TEXT


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    raw = "\ufeff" + TEXT.replace("\n", "\r\n")
    page = results(str(write(tmp_path / "a.txt", raw)))[0]
    assert page.text == TEXT


def test_gb18030_is_detected(tmp_path: Path) -> None:
    page = results(str(write(tmp_path / "gb.txt", TEXT.encode("gb18030"))))[0]
    assert isinstance(page, Page)
    assert page.encoding == "gb18030"
    assert page.text == TEXT


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_wide_encodings_with_a_byte_order_mark_are_read(tmp_path: Path, codec: str) -> None:
    """Windows tools save UTF-16 with a BOM; without this a whole page would be refused as binary."""
    data = TEXT.replace("\n", "\r\n").encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    page = results(str(write(tmp_path / "wide.txt", data)))[0]
    assert isinstance(page, Page)
    assert page.text == TEXT
    assert page.encoding in ("utf-16", "utf-32")


def test_a_broken_wide_file_is_one_clear_error(tmp_path: Path) -> None:
    err = results(str(write(tmp_path / "torn.txt", b"\xff\xfe\x00\x00broken")))[0]
    assert isinstance(err, InputError)
    assert "utf-32" in err.problem


def test_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    path = str(write(tmp_path / "big5.txt", "臺灣新聞報導".encode("big5")))
    page = results(path, encoding="big5")[0]
    assert isinstance(page, Page) and page.text == "臺灣新聞報導"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", errors.EMPTY),
        ("blank.txt", b"  \n\r\n\t ", errors.EMPTY),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errors.BINARY),
        ("latin.txt", bytes(range(128, 256)) * 4, errors.UNDECODABLE),
    ],
)
def test_bad_files_give_one_error_each(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = str(write(tmp_path / name, data))
    (err,) = results(path)
    assert isinstance(err, InputError)
    assert err.path == path
    assert err.problem == problem
    assert str(err) == f"{path}: {problem}"


def test_missing_file_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    missing, empty_dir = results(str(tmp_path / "nope.txt"), str(tmp_path / "empty"))
    assert isinstance(missing, InputError) and missing.problem == errors.NOT_FOUND
    assert isinstance(empty_dir, InputError) and empty_dir.problem == errors.NO_PAGES


def test_unreadable_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    good = write(tmp_path / "good.txt", TEXT)
    first, second = results(str(broken), str(good))
    assert isinstance(first, InputError) and first.problem.startswith("cannot be read")
    assert isinstance(second, Page) and second.text == TEXT


def test_wrong_explicit_encoding_and_unknown_encoding(tmp_path: Path) -> None:
    path = str(write(tmp_path / "a.txt", TEXT))
    (err,) = results(path, encoding="ascii")
    assert isinstance(err, InputError) and err.problem == errors.BAD_ENCODING.format(encoding="ascii")
    (err,) = results(path, encoding="no-such-codec")
    assert isinstance(err, InputError) and "unknown encoding" in err.problem


def split_record(page: str, n: int, body: str) -> str:
    return json.dumps(
        {"page": page, "article": n, "title": f"标题{n}", "byline": {"reporters": ["王某"]}, "body": body}
    )


def test_split_jsonl_is_read_as_articles_grouped_by_page(tmp_path: Path) -> None:
    lines = [
        split_record("p1.txt", 1, "甲"),
        split_record("p1.txt", 2, "乙"),
        split_record("p2.txt", 1, "丙"),
    ]
    pages = results(str(write(tmp_path / "split.jsonl.txt", "\n".join(lines) + "\n")))
    assert [p.path for p in pages] == ["p1.txt", "p2.txt"]
    assert [a.body for a in pages[0].articles] == ["甲", "乙"]
    assert pages[0].articles[0].byline.reporters == ("王某",)
    assert pages[1].articles[0].title == "标题1"


def test_broken_jsonl_line_is_an_error(tmp_path: Path) -> None:
    text = split_record("p1.txt", 1, "甲") + "\n{not json\n"
    (err,) = results(str(write(tmp_path / "split.txt", text)))
    assert isinstance(err, InputError) and "line 2" in err.problem


def test_text_starting_with_a_brace_is_still_a_page(tmp_path: Path) -> None:
    text = "{编者按} 这是一段正文。"
    (page,) = results(str(write(tmp_path / "a.txt", text)))
    assert isinstance(page, Page) and page.text == text and page.articles is None


def test_looks_like_chinese() -> None:
    assert looks_like_chinese(TEXT)
    assert looks_like_chinese("plain ascii")
    assert not looks_like_chinese(bytes(range(128, 256)).decode("gb18030", errors="replace"))


def test_decode_prefers_utf8() -> None:
    assert decode("x", TEXT.encode("utf-8")) == (TEXT, "utf-8")
