"""Tests of the splitter on the twelfth blind set, tests/pages/split_blind12 (20 typical pages of papers,
page types and layouts the other sets lack: 中国民航报, 中国食品安全报, 中国气象报, 陕西日报, 山西日报, 兰州晨报,
春城晚报, 南国早报, 东方早报, 金融时报, 中国质量报, 检察日报 titled 简讯, 福建日报, 大众日报, an 安徽日报 page
opening with a story continued from page 1, 中国水利报, a 参考消息-style 国际 page, 吉林日报, a 深圳特区报 评论
page and 湖北日报 untitled 简讯), weighted toward headline blocks of two and three lines, with their gold
written before the splitter was ever run on them.

The corpus has no clean unused article left, so this set may take text from articles the other sets
use too (new cut points, combinations, headlines and captions); no sentence is used twice inside it.
The first tests check the set itself (no splitter): every gold paragraph, headline line, caption and
name is on its page, the furniture lines are there, and no sentence is taken twice.  The others assert
what the other blind sets assert; the misses found on the first run are to be recorded as small
tables of known misses (each still asserted to miss), as the other blind sets' tests do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.split import split_page
from tests import splitgold as sg
from tests.splitgold import page_ids as _ids

PAGES = Path(__file__).resolve().parent / "pages" / "split_blind12"
GOLDS = sorted(PAGES.glob("*.gold.json"))

# --- known misses of the first run (each still asserted to miss: a fix shows up as a failing test) ---

#: Pages where false headlines open extra articles: none since the fix round (q02, wrapped at a fixed
#: 43-character width, read its full lines that end a sentence as headlines before).
KNOWN_EXTRA: set[str] = set()
#: Pages whose extra articles cut some gold paragraph in two (the text is all there, in page order).
KNOWN_CUT: set[str] = set()
#: (page, article number) whose title differs from the gold.
KNOWN_TITLE_MISSES = {
    ("q05_shanxi_crlf", 1),  # two parallel phrases (…　…) read as the title over the real one
    ("q09_dongfang_web", 2),  # a title printed on two lines read as title + subtitle
    ("q13_fujian_crlf", 1),  # a complaint kicker (市民反映…) read as the title
}
#: (page, article number) whose reporters are not found (q01's pen name （航　文） is read since the
#: blind13 round).
KNOWN_BYLINE_MISSES = {
    ("q18_jilin_wrapped", 1),  # a credit (（记者　吉　松　周　原）) opening the page, names spaced out
}
#: (page, paragraph end) not ending a predicted paragraph: glued to the next, or cut by a false headline.
KNOWN_GLUED = {
    # a one-line question paragraph (…，费用是否昂贵？) on a page with no indents reads as a subhead
    ("q02_shipin_flat", "样的装置，费用是否昂贵？"),
}


# --- the set itself ------------------------------------------------------------------------------


def test_blind12_set_is_complete() -> None:
    sg.check_set_complete(GOLDS, 20, prefix="q")


def test_blind12_set_weighs_toward_captions_and_cut_sentences() -> None:
    """The set was built with at least 14 captions, 14 cut sentences and 3–5 articles on 10 pages, and
    one page starts with a story continued from an earlier page (no headline)."""
    sg.check_set_weights(GOLDS, captions=14, joins=14, three_to_five=10, continued=True)


def test_blind12_set_weighs_toward_headline_blocks() -> None:
    """About half the titled articles carry two or three headline lines (a title printed on two lines
    counts: the gold keeps it as one title)."""
    sg.check_headline_weight(GOLDS)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_gold_is_on_its_page(gold_path: Path) -> None:
    sg.check_gold_on_page(gold_path)


def test_blind12_no_sentence_twice_in_the_set() -> None:
    sg.check_no_sentence_twice(GOLDS)


def test_blind12_line_ends_and_marks() -> None:
    """Two pages carry CRLF, one a BOM; two keep trailing spaces; the others are plain LF."""
    sg.check_line_ends(
        PAGES,
        crlf={"q05_shanxi_crlf.txt", "q13_fujian_crlf.txt"},
        bom={"q14_dazhong_bom.txt"},
        trailing=("q08_nanguo_flat.txt", "q18_jilin_wrapped.txt"),
    )


# --- the splitter on the set -----------------------------------------------------------------------


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_articles(gold_path: Path) -> None:
    sg.check_article_count(gold_path, extra=KNOWN_EXTRA)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_titles_and_headlines(gold_path: Path) -> None:
    sg.check_headlines(gold_path, columns=True, title_misses=KNOWN_TITLE_MISSES)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_bylines_and_datelines(gold_path: Path) -> None:
    sg.check_bylines(gold_path, byline_misses=KNOWN_BYLINE_MISSES)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_no_text_lost_and_no_furniture_in_bodies(gold_path: Path) -> None:
    sg.check_no_text_lost(gold_path, cut=KNOWN_CUT)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_captions_out_of_bodies(gold_path: Path) -> None:
    sg.check_captions_out_of_bodies(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_broken_sentences_joined(gold_path: Path) -> None:
    """A sentence cut by a column break, a caption or a page strip is one paragraph again."""
    sg.check_joins(gold_path)


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_blind12_paragraph_ends_are_kept(gold_path: Path) -> None:
    """A paragraph that really ends (at a full stop, a colon before a quote, a subhead) is never
    glued to the next one: each gold paragraph end is the end of a predicted paragraph."""
    sg.check_paragraph_ends(gold_path, glued=KNOWN_GLUED)


# --- pages wrapped at a fixed width wider than any column (45 characters): what must hold there.  The
# blind12 fix (such a width is taken as the wrap width when most lines stop at it) is guarded by
# q02_shipin_flat above (no extra article); these cases hold with and without it. ---------------------

_WIDE = (
    "本报北京7月6日电（记者　章　燃）根据世界卫生组织４日提供的消息，联合国负责制定食品安\n"
    "全标准的国际食品法典委员会为牛奶中三聚氰胺含量设定了新标准，今后每公斤液态婴儿牛奶中三\n"
    "聚氰胺含量不得超过０．１５毫克。该委员会说，新标准将有助于各国政府更好地保护消费者权益\n"
    "和健康。\n"
    "有评论指出我国的三聚氰胺标准比联合国标准松，引发社会热议。卫生部有关方面负责人表示，标\n"
    "准“宽松”系媒体误读，两种标准折算之后的限量基本一致，公众不必为此感到担心和忧虑了。\n"
    "此风波还未平息，市工商局抽检结果显示，由一家乳制品分公司生产的减脂芝士片检出菌落总数\n"
    "超标。目前问题产品已下架，工商部门表示将继续跟踪抽检，并向社会及时公布有关的检测结果。\n"
)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("根据世界卫生组织", "消费者权益和健康。"),  # three full lines cut mid-sentence, joined
        ("有评论指出", "感到担心和忧虑了。"),  # a full line ending on 。 is not glued to the next
        ("此风波还未平息", "有关的检测结果。"),  # a full line under a finished one is no headline
    ],
)
def test_fixed_width_wrap_wider_than_a_column(start: str, end: str) -> None:
    arts = split_page(
        "中国食品安全报　2012年7月7日　星期六　A2　监管\n\n三聚氰胺国标“宽松”系误读\n\n" + _WIDE
    )
    assert len(arts) == 1
    paragraphs = arts[0].body.split("\n")
    assert any(p.startswith(start) and p.endswith(end) for p in paragraphs), paragraphs
