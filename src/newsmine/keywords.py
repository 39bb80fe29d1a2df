"""Keywords and keyphrases that a news editor would tag an article with, or a whole corpus.

Candidates are jieba words (from :func:`newsmine.segment.tokenize`, so the article is segmented once)
and keyphrases: runs of adjacent content tokens that recur (海洋碳汇, 中央预算内投资), two adjacent words of
any tags that recur as a bounded unit with a background PMI (扫黑除恶: ``_Extractor._collocations``), quoted terms
(“青聚英才”), abbreviations the article defines (简称“阿斯利康中金基金”) and entity names.

Ranking has two stages. A hand-set score

    log(1 + zone-weighted mentions) × background IDF × kind × (1 + spread)

(zones: title, kicker/subtitle, subheads, first paragraph, body, captions; the IDF table for news ships in
``data/idf_news.tsv.gz``, built by ``training/build_idf.py``, with jieba's own IDF as the fallback; spread
is the share of the body's fifths that mention the term) picks the best ``Model.pool`` candidates. A
logistic model (``data/keywords_model.json``, trained by ``training/train_keywords.py`` on annotated
articles) re-ranks them from 54 features (IDF, mentions by zone, first position, spread, length, kind,
tag group, wholeness, mentions inside a longer name, all mentions of the string and the share said inside
longer terms, how many keyphrases hold a word, digits/Latin, keyphraseness: how often editors tagged the
string in the training articles, ``data/keywords_keyphraseness.tsv``, …); a keyword's weight is the
model's probability that an editor would tag it, so weights are 0–1 and comparable across articles, and
``min_weight=0.5`` means "more likely a keyword than not" (a model trained on a ranking objective, or on
features set against the article's pool, ``Model.relative``, is calibrated to the same scale by the
trainer). Past the pool, the hand-set order goes on under the pool's lowest weight. Without the model
file (or with ``Weights(learned=False)``) the hand-set score alone ranks, squashed to 0–1 by a fixed
curve.

A word's mentions inside a recurring longer keyphrase count for the keyphrase, not for the word (see
``_Extractor.scan``). The paper's own place (青岛 of 青岛日报) is weighed down (in the hand-set score and
on the model's weight: the training articles carry no byline, so the model cannot learn it), names the
paper withheld (王某), the media a report cites (据《大公报》报道) and spans holding brackets or spaces are
dropped, an entity name that is a chain of places (莱西市河头店镇) counts as its places, and past
``keep_min`` keywords only those above a floor are listed (fewer than ``top`` when the article has fewer
good ones). Of two terms where one holds the other only the better stays, unless they are two things
(客栈 and 物流客栈: see :func:`_apart`). The hand-set constants live in :class:`Weights`, the learned ones
in the model file.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import marshal
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, filterfalse, islice, repeat
from operator import add, and_, itemgetter, not_
from pathlib import Path
from typing import TYPE_CHECKING

from newsmine.cache import cached, source_tag
from newsmine.records import Article, CorpusKeyword, Entity, Keyword, Keywords
from newsmine.segment import tokenize

if TYPE_CHECKING:  # numpy is imported where it is used: newsmine --help stays fast
    import numpy as np

_DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Weights:
    """All tuning constants of the ranking (measured with ``benchmarks/keywords_eval.py``)."""

    # how much one mention counts, by where it is
    body: float = 1.0
    title: float = 4.0
    headline: float = 2.0  # kicker and subtitle
    subhead: float = 2.0
    lead: float = 0.5  # added to the body weight inside the first paragraph
    caption: float = 0.3
    # multiplier by kind of candidate (single words also by POS, see _POS_WEIGHT)
    phrase: float = 1.1
    quoted: float = 1.4
    abbreviation: float = 1.8
    entity: float = 1.1
    # entity names by type, times ``entity`` (names from the entities module carry PER/LOC/ORG)
    entity_type: dict[str, float] = field(default_factory=lambda: {"PER": 1.0, "LOC": 1.0, "ORG": 1.0})
    # the paper's own place (青岛 of 青岛日报): in nearly every article of that paper, so not a keyword
    home_place: float = 0.3
    # wholeness: of a term and a longer term holding it, the longer one is kept when it holds at least this
    # share of the shorter one's mentions (上合示范区 over 上合), else the shorter, core term (海洋碳汇 over
    # 海洋碳汇监测, a title phrase said twice)
    whole_share: float = 0.0
    # of two terms where one holds the other, both are listed when the shorter is under this share of the
    # longer and does not open it (客栈 and 物流客栈; see _apart). At 0 only the better one was kept, and
    # half of the gold keywords that never reached a list were lost that way (candidate recall after
    # dedupe 0.74 → 0.84 on the tuning set). Re-ranker CV F1 (118 tuning articles): 0.534 with this rule,
    # 0.530 when an opening term may stay too (搜救 and 搜救现场), 0.527 when only a final one may (物流客栈)
    apart: float = 0.6
    # an entity name that is a chain of places (莱西市河头店镇) is listed as its places
    split_places: bool = True
    # media the report cites as its source (据《大公报》报道, 来源：鲁中网) are never keywords
    cited_media: bool = True
    # fewer than ``top`` keywords when the article has fewer good ones: drop those whose weight is under
    # this share of the best one's, once ``keep_min`` are listed
    keep_ratio: float = 0.7
    keep_min: int = 7
    # a term mentioned once, and a word neither background table knows that is mentioned once (委同, 名失:
    # jieba's guesses at words it does not know, often cut across two words)
    once: float = 1.0
    unseen_once: float = 1.0
    # a term absent from the headline zones and from the first ``front_chars`` of the body: editors tag what
    # the article opens with (on the tuning set 39% of such candidates in a top 15 were right, against 11%).
    # × 0.6 gained 0.02 P / 0.03 R on the tuning set but lost 0.01 / 0.03 on the held-out articles (web
    # pages that open with site furniture), so it is off until a cleaner lead is available
    front_chars: int = 250
    off_front: float = 1.0
    # a two-character single word (市场, 司机) is less often a keyword than a longer term
    two_char: float = 1.0
    # the IDF a phrase gets when the background lacks it: mean of its words' IDF plus this
    phrase_idf_bonus: float = 1.5
    # a word tagged as a verb with at least this IDF is taken for a mis-tagged noun (碳汇, 上合)
    rare_verb_idf: float = 10.0
    # a two-character verb opens a two-word term (爆炸事故, 禁毒大队) only when at least this rare: an
    # everyday transitive verb before a noun is a clause (采取措施, 推进高质量, 发生口角)
    verb_open_idf: float = 5.5
    # a keyphrase ending in a verb (制度型开放, 对外开放) needs this many mentions
    verb_end_min_count: int = 3
    # a generic head of data/keywords_soft_heads.txt (平台, 环境, 项目) ends a two-word term after a noun
    # at least this rare (网贷平台, 营商环境, 旅游项目; readers tag them); inf: never (the other weak
    # heads, 领域 or 问题, never end one). CV F1 on 265 articles: off 0.507, 0 0.508, 5 0.508, 7 0.507
    soft_head_idf: float = 5.0
    # a TextRank score over word co-occurrence was measured on benchmarks/data/keywords_gold.jsonl and
    # did not help (P/R 0.339/0.480 without it, 0.330/0.469 at weight 0.3) while costing 40% of the time:
    # it is not computed
    spread: float = 0.2
    # score at which the weight is 0.5; weight = score / (score + scale)
    scale: float = 12.0
    # two adjacent words whatever their tags (扫黑除恶, 资产查封) are a keyphrase when said this many times
    # as a bounded unit with a background PMI of at least pair_pmi (see _Extractor._collocations; 0: off)
    pair_min_count: int = 3
    pair_pmi: float = 1.0
    pair_bounded: bool = True
    # phrases need this many mentions over all zones
    phrase_min_count: int = 2
    max_phrase_tokens: int = 4
    max_phrase_chars: int = 8
    # rank with the learned model of data/keywords_model.json (training/train_keywords.py) when it is
    # there; off: the hand-set score alone
    learned: bool = True
    pos: dict[str, float] = field(
        default_factory=lambda: {
            "n": 1.0,
            "nr": 1.3,
            "nrt": 1.0,
            "nrfg": 1.0,
            "ns": 1.3,
            "nt": 1.2,
            "nz": 1.1,
            "ng": 0.6,
            "vn": 1.0,
            "l": 0.8,
            "j": 1.0,
            "eng": 0.6,
            "v": 0.7,
            "i": 0.2,
            "b": 0.4,
            "s": 0.5,
        }
    )


WEIGHTS = Weights()

# Tokens with these tags end a keyphrase: punctuation, particles, prepositions, conjunctions, pronouns,
# adverbs, numerals, measure words, time words, interjections.
_BREAK_POS = frozenset("x w p c u uj ul uz uv ud ug y e o r rr rz d df m mq q t tg".split())
# A keyphrase may not start with these (推动政务服务, 高效…), nor end with them (…开工, …中).
_BAD_START_POS = frozenset("v vd vg a ad ag f k".split())
_BAD_END_POS = frozenset("a ad ag f h vd".split())
_INNER_BAD_POS = frozenset("v vd a ad f nr nrfg nrt".split())
_NUMBERISH = re.compile(
    r"^[第]?[0-9０-９.．%％〇零一二三四五六七八九十百千万亿两几多余点年月日号时分秒周期届次个名条项]+$"
)
_COUNTED = re.compile(r"^[万亿千百][人元名个家户吨件次]$")
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"\s，。、；：！？,.;:!?（）()《》]{2,12})[”」』\"]")
_BOOK = re.compile(r"《([^《》\s]{2,16})》")
_ABBREV = re.compile(r"简称(?:为)?[：:]?[“「\"]?([\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9-]{1,15})")
# a counted noun (一张表单, 两个中心): an item of a list, not a term, even when quoted
_COUNTED_NOUN = re.compile(r"^[一二三四五六七八九十两几每][个张枚项条件次份套批支家座本场名位种类]..")
# an administrative place (莱西市, 山东省) followed by more words is a chain of places or a place and its
# office (莱西市河头店镇, 胶州市委): not one keyphrase
_ADMIN_END = frozenset("省市县区镇乡村州旗盟")
_SOURCE_SEP = re.compile(r"[/／、|｜·\s]+")
# a candidate with a space, a bracket or a clause mark is a span gone wrong, and one with 某 is a name the
# paper withheld (王某, 陈某某): not keywords
_JUNK = re.compile(r"[\s（）()【】\[\]，,。；;：:！？!?、“”\"]|某")
# byline remnants inside a body (corpus text, or a page the splitter could not clean): 记者 李婷婷,
# 张茵 摄, 中新网温州10月11日电, 金羊网讯
_BODY_PEOPLE = re.compile(
    r"(?:记者|通讯员|实习生|评论员|编辑)[\s\u3000]*([\u4e00-\u9fff]{2,3})"
    r"(?=[\s\u3000)）、，,]|通讯员|实习生|摄|报道|$)"
)
# a photographer's name before 摄, matched on the few characters before each 摄
_BODY_PHOTO = re.compile(r"([\u4e00-\u9fff]{2,3})[\s\u3000]+$")
_BODY_PEOPLE_MARKS = ("记者", "通讯员", "实习生", "评论员", "编辑")
_BODY_MEDIA = re.compile(
    r"([\u4e00-\u9fff]{1,8}?(?:网|报|社|台|新闻))(?=[\u4e00-\u9fff]{0,4}(?:\d|讯|电|记者))"
)
# what every _BODY_MEDIA match holds (its media ending and the mark after it): half the bodies lack it,
# and this search costs half of that pattern's lazy scan from every character
_BODY_MEDIA_END = re.compile(r"(?:网|报|社|台|新闻)(?=[\u4e00-\u9fff]{0,4}(?:\d|讯|电|记者))")

# media a report cites as its source (据香港《大公报》报道, 据法新社报道, 来源：鲁中网, 网贷天眼讯 12月17日,
# 现代快报记者, （俄罗斯卫星网）): the messenger, not the story. Each pattern opens with a fixed mark, so
# the scan is cheap
_MEDIA_END = r"(?:日报|晚报|早报|晨报|快报|商报|时报|都市报|报|网|台|社|新闻|客户端)"
_NOT_SAID = r"(?<![根依证数占]据)"  # 根据《…法》, 依据, 证据: not a cited source (after 据: a literal opens)
_CITED_MEDIA = (
    re.compile(r"据" + _NOT_SAID + r"[^，。；！？\n]{0,10}?《([^《》\s]{1,10}?(?:报|刊|杂志|新闻|网))》"),
    re.compile(
        r"据"
        + _NOT_SAID
        + r"([\u4e00-\u9fff0-9０-９A-Za-z]{2,10}?"
        + _MEDIA_END
        + r")(?=报道|消息|援引|称|讯|披露|，|,|\d)"
    ),
    re.compile(r"来源[:：]\s*([\u4e00-\u9fff0-9A-Za-z]{2,12}?" + _MEDIA_END + r")(?![\u4e00-\u9fff])"),
    re.compile(r"[（(]([\u4e00-\u9fff]{2,10}?(?:网|报|社|台))[)）]"),
)
# a media name right before 记者, opening a line or a clause (现代快报记者 鹿伟): matched on the few
# characters before each 记者
_MEDIA_BEFORE_REPORTER = re.compile(r"(?:^|[\s，。：:（(）)、|｜])([\u4e00-\u9fff]{2,8}?(?:报|网|台|社))$")
_DATELINE_SOURCE = re.compile(r"^\s*([\u4e00-\u9fff]{2,8})讯\s*(?=[0-9０-９（(])")


def _names_before(text: str, mark: str, pattern: re.Pattern[str], reach: int) -> list[str]:
    """Group 1 of ``pattern`` in the ``reach`` characters before each ``mark`` (``…记者``, ``…摄``):
    the pattern runs only there, not over the whole text."""
    out = []
    at = text.find(mark)
    while at >= 0:
        m = pattern.search(text, max(0, at - reach), at)
        if m:
            out.append(m.group(1))
        at = text.find(mark, at + len(mark))
    return out


def _cited_media(text: str) -> list[str]:
    """Names of the media a text cites as its source (see _CITED_MEDIA)."""
    out = []
    for pattern, marks in zip(_CITED_MEDIA, (("据",), ("据",), ("来源",), ("（", "(")), strict=True):
        if any(mark in text for mark in marks):  # most texts lack the mark: no scan
            out.extend(m.group(1) for m in pattern.finditer(text))
    out.extend(_names_before(text, "记者", _MEDIA_BEFORE_REPORTER, 10))
    for line in text[:300].split("\n", 3)[:3]:  # a dateline source opens the text (网贷天眼讯 12月17日)
        m = _DATELINE_SOURCE.match(line)
        if m:
            out.append(m.group(1))
    return out


# fields of a token class (_Extractor._classify), read with C-level maps
_SINGLE, _TAG, _OPENS, _GOES_ON = itemgetter(1), itemgetter(5), itemgetter(6), itemgetter(7)
_PAIRS = itemgetter(10)  # a content word of two characters or more: may be half of a collocation
_FIRST = itemgetter(0)

# --------------------------------------------------------------------------- data


def _read_words(name: str) -> frozenset[str]:
    path = _DATA / name
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        out.update(line.split("#", 1)[0].split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _stopwords() -> tuple[frozenset[str], frozenset[str]]:
    """(never keywords and break keyphrases, generic words allowed only inside keyphrases)."""
    return _read_words("stopwords_keywords.txt"), _read_words("stopwords_generic.txt")


@lru_cache(maxsize=1)
def _affixes() -> tuple[frozenset[str], frozenset[str]]:
    """(one-character tokens that may start a keyphrase, ones that may end it)."""
    start: set[str] = set()
    end: set[str] = set()
    into = end
    for line in (_DATA / "stopwords_affixes.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line in ("[start]", "[end]"):
            into = start if line == "[start]" else end
            continue
        into.update(line.split())
    return frozenset(start), frozenset(end)


@lru_cache(maxsize=1)
def _weak_heads() -> frozenset[str]:
    """Generic nouns that may not end a keyphrase."""
    return _read_words("stopwords_weak_heads.txt")


@lru_cache(maxsize=1)
def _soft_heads() -> frozenset[str]:
    """Generic heads that may end a two-word term after a rare enough noun (网贷平台, 营商环境)."""
    return _read_words("keywords_soft_heads.txt")


@dataclass(frozen=True)
class _Idf:
    table: dict[str, float]
    default: float  # IDF of a word the background has seen at most once
    jieba_a: float  # jieba IDF → our scale: a * idf + b
    jieba_b: float


_IDF_PATH = _DATA / "idf_news.tsv.gz"


def use_background(path: str | Path | None = None) -> None:
    """Rank against another IDF table built by ``training/build_idf.py`` (None: the shipped one).

    The benchmark uses it to score its annotated articles against a background that leaves them out.
    """
    global _IDF_PATH
    _IDF_PATH = Path(path) if path else _DATA / "idf_news.tsv.gz"
    _idf.cache_clear()
    _rare.cache_clear()
    idf.cache_clear()
    _split_known.cache_clear()
    _word_info.cache_clear()
    _SINGLE_INFO.clear()
    _CLASS_CACHE.clear()
    _OTHER_CLASS_CACHES.clear()


@lru_cache(maxsize=1)
def _idf() -> _Idf:
    """The news IDF table shipped in data/, with the calibration of jieba's IDF written by build_idf."""
    table: dict[str, float] = {}
    meta: dict[str, float] = {}
    path = _IDF_PATH
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    parts = line[1:].split()
                    if len(parts) == 2:
                        try:
                            meta[parts[0]] = float(parts[1])
                        except ValueError:
                            pass
                    continue
                word, _, value = line.rstrip("\n").partition("\t")
                if value:
                    table[word] = float(value)
    default = meta.get("default", max(table.values(), default=10.0))
    return _Idf(table, default, meta.get("jieba_a", 1.0), meta.get("jieba_b", 0.0))


@lru_cache(maxsize=1)
def _jieba_idf() -> dict[str, float]:
    """jieba's own IDF table, read from the installed jieba package (not copied into newsmine).

    Parsed once per machine and kept in newsmine's cache as a marshal file (half the time to load).
    """
    spec = importlib.util.find_spec("jieba")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"
    if not path.exists():
        return {}
    return cached(
        f"jieba-idf-v1-{source_tag(path)}.marshal",
        lambda: _read_jieba_idf(path),
        read=lambda cache: marshal.loads(cache.read_bytes()),
        write=marshal.dump,
    )


def _read_jieba_idf(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.strip().partition(" ")
            if value:
                table[word] = float(value)
    return table


@lru_cache(maxsize=65536)
def idf(word: str) -> float:
    """Background IDF of a word: the news table, else jieba's IDF rescaled, else the unseen-word IDF."""
    bg = _idf()
    value = bg.table.get(word)
    if value is not None:
        return value
    fallback = _jieba_idf().get(word)
    if fallback is not None:
        # our background is small: for a word it lacks, jieba's general IDF (mapped onto our scale)
        # tells a rare term from an everyday word that the news sample happened to miss
        return min(bg.default, bg.jieba_a * fallback + bg.jieba_b)
    return bg.default


# --------------------------------------------------------------------------- entities hook


def _entity_names(article: Article) -> list[tuple[str, str | None]]:
    """(name, type) from the entities module, so keywords and entities agree (guarded until it lands)."""
    from newsmine.entities import extract_entities

    try:
        return [(e.text, e.type) for e in extract_entities(article)]
    except (NotImplementedError, OSError):
        # the entities module is optional here: keywords still work while it (or its model) is missing
        return []


# --------------------------------------------------------------------------- candidates


# zone numbers of _Cand.z: mentions in the title, kicker/subtitle, subheads, captions, first paragraph, body
Z_TITLE, Z_HEAD, Z_SUBHEAD, Z_CAPTION, Z_LEAD, Z_BODY = range(6)
# _Cand.flags: what kind of candidate it is (a term can be several: a quoted entity name)
F_PHRASE, F_QUOTED, F_ABBREV, F_ENTITY, F_PER, F_LOC, F_ORG = (1 << i for i in range(7))
_TYPE_FLAG = {"PER": F_PER, "LOC": F_LOC, "ORG": F_ORG}


@dataclass(slots=True)
class _Cand:
    tfw: float = 0.0  # zone-weighted mentions
    count: int = 0  # mentions over all zones
    segs: int = 0  # bit mask of the body fifths that mention it
    kind: float = 0.0  # best kind multiplier seen
    parts: tuple[str, ...] = ()  # the words of a keyphrase (for its IDF)
    pos_end: str = ""  # tag of a keyphrase's last word, of a single word, or "span"
    z: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0, 0])  # mentions by zone (Z_*)
    first: int = -1  # offset of the first mention in the body
    flags: int = 0


def _zones(article: Article, w: Weights) -> list[tuple[str, float, int]]:
    """(text, weight per mention, zone number Z_*) for each zone of the article."""
    zones: list[tuple[str, float, int]] = []
    if article.title:
        zones.append((article.title, w.title, Z_TITLE))
    seen = {article.title}
    for text in (article.kicker, article.subtitle, *article.headline):
        if text and text not in seen:
            seen.add(text)
            zones.append((text, w.headline, Z_HEAD))
    for text in article.subheads:
        zones.append((text, w.subhead, Z_SUBHEAD))
    for text in article.captions:
        zones.append((text, w.caption, Z_CAPTION))
    if article.body:
        zones.append((article.body, w.body, Z_BODY))
    return zones


_CLASS_CACHE: dict[tuple[str, str], tuple] = {}
_CLASS_CACHE_MAX = 300_000  # (word, tag) pairs; about 60 MB at most
_OTHER_CLASS_CACHES: dict[tuple, dict[tuple[str, str], tuple]] = {}  # for weights with other classes


class _Extractor:
    """Collects and scores the candidates of one article."""

    def __init__(
        self,
        article: Article,
        w: Weights,
        stop: frozenset[str],
        entities: Sequence[tuple[str, str | None]] | None,
    ):
        self.article = article
        self.w = w
        self.stop, self.generic = _stopwords()
        if stop:
            self.stop = self.stop | stop
        self.user_stop = stop
        self.weak = _weak_heads()
        self.starts, self.ends = _affixes()
        self.cands: dict[str, _Cand] = {}
        self.named: set[str] = set()  # quoted terms, abbreviations and entity names
        # token classes depend on the stop lists only: shared across articles unless the caller adds words
        # (classes also depend on the tag multipliers and the verb-opener IDF: other weights, another table)
        if stop:
            self._class = {}
        elif w.verb_open_idf == WEIGHTS.verb_open_idf and (w.pos is WEIGHTS.pos or w.pos == WEIGHTS.pos):
            self._class = _CLASS_CACHE
        else:
            key = (tuple(sorted(w.pos.items())), w.verb_open_idf)
            self._class = _OTHER_CLASS_CACHES.setdefault(key, {})
        self.banned = self._banned_names()
        # cited media: the name and longer terms holding it are dropped, not the place it names (自贡 of 自贡网)
        self.media = _cited_media(f"{article.title}\n{article.body}") if w.cited_media else []
        self.home = _home_places(article)
        self.entities = entities
        self.body = article.body
        self.zones = _zones(article, w)
        # single words, by zone (Z_*), filled by scan
        self.s_zone: list[Counter[str]] = [Counter() for _ in range(6)]
        self.s_kind: dict[str, float] = {}
        self.s_tag: dict[str, str] = {}
        self.s_first: dict[str, int] = {}
        self.s_fifths: list[set[str]] = []
        self._fifths: Counter[str] | None = None  # fifths_of
        self.s_seen: set[str] = set()
        self.held: dict[str, int] = {}  # keyphrases holding each word, filled by scan
        self.pair_keys: set[str] = set()  # keyphrases made by the collocation test (_collocations)
        self.text = "\n".join(t for t, _, _ in self.zones)
        # the headline zones and the opening of the body: what the article opens with
        self.front = "\n".join(t for t, _, z in self.zones if z != Z_BODY) + self.body[: w.front_chars]
        first_nl = self.body.find("\n")
        # the lead: the first paragraph, or the first 150 characters of a body printed as one paragraph
        self.lead_end = first_nl if 0 < first_nl < 400 else min(len(self.body), 150)

    def _banned_names(self) -> tuple[str, ...]:
        by = self.article.byline
        names = [*by.reporters, *by.interns, *by.correspondents, *by.photographers]
        if by.source:
            names.extend(p for p in _SOURCE_SEP.split(by.source) if len(p) >= 2)
        head = self.article.body[:300]  # bylines and datelines sit at the start of a body
        body = self.article.body
        # the patterns run only where one of their markers is
        if any(k in body for k in _BODY_PEOPLE_MARKS):
            names.extend(m.group(1) for m in _BODY_PEOPLE.finditer(body))
        names.extend(_names_before(body, "摄", _BODY_PHOTO, 12))
        if _BODY_MEDIA_END.search(head):
            names.extend(m.group(1) for m in _BODY_MEDIA.finditer(head) if len(m.group(1)) >= 3)
        return tuple(n for n in names if n)

    def _is_banned(self, word: str) -> bool:
        for name in self.media:
            if name in word:
                return True
        for name in self.banned:
            if name in word or (word in name and 2 * len(word) > len(name)):
                return True
        return False

    def _ok_single(self, word: str, pos: str) -> float:
        if len(word) < 2 or word in self.stop or word in self.generic:
            return 0.0
        mult = self.w.pos.get(pos, 0.0)
        if not mult or _NUMBERISH.match(word):
            return 0.0
        return mult

    def scan(self) -> None:
        """Single words and recurring keyphrases from the tokens of every zone.

        The first pass counts every n-gram of adjacent content tokens that could be a keyphrase; the
        second cuts the text into the longest recurring keyphrases, left to right, and credits each
        mention to the piece that holds it. A word said mostly inside one longer term (上合 of 上合示范区,
        海洋 of 海洋碳汇 and 海洋空间规划) so keeps only its own free-standing mentions, the C-value idea
        of counting a term's nested occurrences for the longer term.

        Speed: token classes come from a table shared across articles (one look-up per token), the
        n-gram pass visits only tokens that may start a keyphrase, and single words are counted with
        ``Counter`` and sets per zone rather than one Python step per mention.
        """
        w = self.w
        get = self._class.get
        classify = self._classify
        max_tok, max_chars = w.max_phrase_tokens, w.max_phrase_chars
        grams: dict[str, int] = {}
        person_heads = _person_heads()
        weak = self.weak
        soft, soft_idf = (_soft_heads(), w.soft_head_idf) if w.soft_head_idf < math.inf else ((), 0.0)
        zones = []
        pair_min = w.pair_min_count
        pair_keys: list[tuple[list[int], list[str]]] = []
        pair_count: Counter[str] = Counter()
        # pass 1: n-gram counts (a phrase needs to recur to be one)
        for text, zw, zone in self.zones:
            toks = tokenize(text)
            if not toks:
                continue
            # C-level column reads: zip(*toks) beats three itemgetter maps up to ~50,000 tokens (an article
            # has a few thousand) and is ~1.2× slower past 100,000
            words, tags, offsets, _ = zip(*toks, strict=True)  # the token columns in one C-level pass
            classes = list(map(get, zip(words, tags, strict=True)))
            if not all(classes):  # words this process has not met yet: visit only those
                for k in compress(range(len(classes)), map(not_, classes)):
                    classes[k] = classify(words[k], tags[k])
            n = len(toks)
            at: dict[int, list[tuple[int, str]]] = {}
            # places where a content token that may open a keyphrase is followed by a content token:
            # picked out by C-level maps, so the Python loop runs only where a keyphrase can start
            opens = list(map(_OPENS, classes))
            goes_on = list(map(_GOES_ON, classes))
            for i in compress(range(n - 1), map(and_, opens, goes_on[1:])):
                key = words[i]
                found = []
                verb_led = classes[i][8]
                name_led = classes[i][9]
                for j in range(i + 1, min(n, i + (2 if verb_led else max_tok))):
                    cj = classes[j]
                    if cj[0] or (j - 1 > i and classes[j - 1][4]):
                        break  # a run ends, or a verb, locative or name inside means a clause, not a term
                    key += words[j]
                    if len(key) > max_chars:
                        break
                    if name_led:
                        # a name-led term ends in a common noun of two characters or more that does not
                        # follow persons, generic ones included (小微企业, 华裔人口; not 王建国书记)
                        if cj[5] == "n" and len(words[j]) >= 2 and words[j] not in person_heads:
                            grams[key] = grams.get(key, 0) + 1
                            found.append((j, key))
                    elif verb_led:
                        # a two-word verb-led term ends in a plain noun, a generic one included (录用计划,
                        # 吸毒人员: the verb makes it specific), but not a title (分管局长)
                        if cj[5] == "n" and (cj[3] or (words[j] in weak and words[j] not in person_heads)):
                            grams[key] = grams.get(key, 0) + 1
                            found.append((j, key))
                    elif cj[3] or (j == i + 1 and words[j] in soft and idf(words[i]) >= soft_idf):
                        # past a rare modifier a generic head makes a term (网贷平台, 营商环境)
                        grams[key] = grams.get(key, 0) + 1
                        found.append((j, key))
                if found:
                    at[i] = found
            if pair_min:
                # the two-word strings of two adjacent content tokens of two characters or more (the
                # only ones _collocations looks at), counted over the article with C-level maps (most
                # never recur)
                pairs = list(map(_PAIRS, classes))
                idx = list(compress(range(n - 1), map(and_, pairs, pairs[1:])))
                keys = list(
                    map(add, map(words.__getitem__, idx), map(words.__getitem__, map((1).__add__, idx)))
                )
                pair_keys.append((idx, keys))
                pair_count.update(keys)
            zones.append((offsets, classes, words, at, zw, zone))
        if pair_min:
            self._collocations(pair_keys, pair_count, zones, grams)
        self.grams = grams
        min_count = w.phrase_min_count
        body_len = max(1, len(self.body))
        lead_end = self.lead_end
        lead_w = w.lead
        phrase_kind = w.phrase
        cands = self.cands
        skips: list[set[int]] = []
        # how many different keyphrases hold each word (缉私 in 缉私局 and 海关缉私: a core term they share)
        held = self.held
        for offsets, classes, words, at, zw, zone in zones:
            is_body = zone == Z_BODY
            # pass 2: the longest recurring keyphrase at each place, left to right
            skip: set[int] = set()
            done = -1
            for i in sorted(at):
                if i <= done:
                    continue
                best = None
                for j, key in at[i]:
                    # only a keyphrase that can pass the filters of candidates() takes the mentions of the
                    # words it holds: else a dropped phrase (实体经济输血, ends in a verb, said twice) would
                    # swallow a real term (实体经济) that is then never a candidate
                    if grams[key] >= min_count and self._phrase_ok(
                        words[i : j + 1], classes[j][5], grams[key]
                    ):
                        best = (j, key)
                if best is None:
                    continue
                j, key = best
                done = j
                skip.update(range(i, j + 1))
                cand = cands.get(key)
                if cand is None:
                    cand = cands[key] = _Cand(
                        parts=tuple(words[i : j + 1]), kind=phrase_kind, flags=F_PHRASE, pos_end=classes[j][5]
                    )
                    for part in set(cand.parts):
                        held[part] = held.get(part, 0) + 1
                weight = zw
                if is_body:
                    start = offsets[i]
                    if start < lead_end:
                        weight += lead_w
                        cand.z[Z_LEAD] += 1
                    if cand.first < 0:
                        cand.first = start
                    cand.segs |= 1 << (5 * start // body_len)
                cand.tfw += weight
                cand.count += 1
                cand.z[zone] += 1
            skips.append(skip)
        # single words: counted per zone with Counter and sets, not one Python step per mention; a word
        # becomes a _Cand only when it is looked at (_single), since most never reach the top
        s_zone = self.s_zone
        kind_pairs: set[tuple[str, float]] = set()
        for (offsets, classes, words, _, _, zone), skip in zip(zones, skips, strict=True):
            idx = list(compress(range(len(classes)), map(_SINGLE, classes)))
            if skip:
                idx = list(filterfalse(skip.__contains__, idx))
            if not idx:
                continue
            keys = list(map(words.__getitem__, idx))
            s_zone[zone].update(keys)  # counted in C straight into the zone's Counter
            mine = list(map(classes.__getitem__, idx))
            # a word's best kind over its tags: sorted by kind, the dict keeps the last (largest)
            kind_pairs.update(zip(keys, map(_SINGLE, mine), strict=True))
            # the tag of a word's first mention (earlier zones first)
            tags = dict(zip(reversed(keys), map(_TAG, reversed(mine)), strict=True))
            self.s_tag = {**tags, **self.s_tag} if self.s_tag else tags
            if zone != Z_BODY:
                continue
            starts = list(map(offsets.__getitem__, idx))
            cut = bisect_left(starts, lead_end)
            if cut:
                s_zone[Z_LEAD].update(keys[:cut])
            self.s_first = dict(zip(reversed(keys), reversed(starts), strict=True))
            lo = 0
            for fifth in range(5):
                # offsets p with 5 * p // body_len == fifth
                hi = bisect_left(starts, -(-(fifth + 1) * body_len // 5)) if fifth < 4 else len(starts)
                self.s_fifths.append(set(keys[lo:hi]))
                lo = hi
        # a word's best kind over its tags: sorted by kind, the dict keeps the last (largest)
        self.s_kind.update(sorted(kind_pairs, key=_SINGLE))
        self.s_seen = seen = set().union(*s_zone)
        # a keyphrase spelled like a single word (rare): one candidate
        for key in [k for k in cands if k in seen]:
            self._merge_single(cands[key], key)
            seen.discard(key)

    def _collocations(
        self,
        pair_keys: list[tuple[list[int], list[str]]],
        pair_count: Counter[str],
        zones: list[tuple],
        grams: dict[str, int],
    ) -> None:
        """Two adjacent words the tag rules do not join (扫黑除恶, 资产查封, 民房倒塌: verb-noun and
        noun-verb compounds) become a keyphrase when they recur as a unit: said ``pair_min_count`` times
        as two content words of two characters or more, bounded on both sides (a break, or different
        words, on each side: not a piece of a longer repeated clause such as 醉酒乘客拉扯公交司机) and with
        a background PMI, idf(a) + idf(b) - idf(ab) = ln(df(ab) N / df(a) df(b)) (a pair the background
        lacks counts as seen once), of at least ``pair_pmi``."""
        w = self.w
        least = w.pair_min_count
        hot = {k for k, c in pair_count.items() if c >= least and k not in grams}
        if not hot:
            return
        seen: dict[str, list[tuple[int, int, str | None, str | None]]] = {}
        for zi, (idx, keys) in enumerate(pair_keys):
            words, classes = zones[zi][2], zones[zi][1]
            n = len(words)
            for i in compress(idx, map(hot.__contains__, keys)):
                left = words[i - 1] if i and not classes[i - 1][0] else None
                right = words[i + 2] if i + 2 < n and not classes[i + 2][0] else None
                seen.setdefault(words[i] + words[i + 1], []).append((zi, i, left, right))
        bg = _idf()
        person_heads = _person_heads()
        for key, places in seen.items():
            if len(places) < least:
                continue
            lefts = {x[2] for x in places}
            rights = {x[3] for x in places}
            if w.pair_bounded and (
                (len(lefts) == 1 and None not in lefts) or (len(rights) == 1 and None not in rights)
            ):
                continue
            zi, i, _, _ = places[0]
            a, b = zones[zi][2][i], zones[zi][2][i + 1]
            if a in self.generic and b in self.generic:
                continue
            tag = zones[zi][1][i][5]
            if tag == "v" and idf(a) < w.verb_open_idf:
                continue  # an everyday verb before its object is a clause (发生口角, 采取措施)
            if b in person_heads or (tag.startswith("nr") and _likely_person(a)):
                continue  # a person and a title or an act (张伟书记, 杨某驾驶): not a term
            if idf(a) + idf(b) - bg.table.get(key, bg.default) < w.pair_pmi:
                continue
            grams[key] = len(places)
            self.pair_keys.add(key)
            for zi, i, _, _ in places:
                # the shortest entry: a longer keyphrase at the same place wins in pass 2
                zones[zi][3].setdefault(i, []).insert(0, (i + 1, key))

    def _phrase_ok(self, parts: Sequence[str], pos_end: str, count: int) -> bool:
        """A recurring keyphrase passes the form filters of :meth:`candidates` (not all generic words; one
        ending in a verb said often enough)."""
        if pos_end == "v" and count < self.w.verb_end_min_count:
            return False
        return not all(p in self.generic for p in parts)

    def _single_stats(self, word: str) -> tuple[list[int], float, int, int]:
        """(mentions by zone, zone-weighted mentions, mentions, body fifths mask) of a single word."""
        z = [c.get(word, 0) for c in self.s_zone]
        w = self.w
        tfw = (
            w.title * z[Z_TITLE]
            + w.headline * z[Z_HEAD]
            + w.subhead * z[Z_SUBHEAD]
            + w.caption * z[Z_CAPTION]
            + w.body * z[Z_BODY]
            + w.lead * z[Z_LEAD]
        )
        segs = sum(1 << f for f, words in enumerate(self.s_fifths) if word in words)
        return z, tfw, z[Z_TITLE] + z[Z_HEAD] + z[Z_SUBHEAD] + z[Z_CAPTION] + z[Z_BODY], segs

    def _single(self, word: str) -> _Cand:
        """The candidate of a single word (made from the per-zone counts on first use)."""
        cand = self.cands.get(word)
        if cand is None:
            z, tfw, count, segs = self._single_stats(word)
            cand = self.cands[word] = _Cand(
                tfw=tfw,
                count=count,
                segs=segs,
                kind=self.s_kind.get(word, 0.0),
                pos_end=self.s_tag.get(word, ""),
                z=z,
                first=self.s_first.get(word, -1),
            )
        return cand

    def _merge_single(self, cand: _Cand, word: str) -> None:
        z, tfw, count, segs = self._single_stats(word)
        if not count:
            return
        cand.tfw += tfw
        cand.count += count
        cand.segs |= segs
        cand.z = [a + b for a, b in zip(cand.z, z, strict=True)]
        cand.kind = max(cand.kind, self.s_kind.get(word, 0.0))
        first = self.s_first.get(word, -1)
        if first >= 0 and (cand.first < 0 or first < cand.first):
            cand.first = first
        for c in self.s_zone:
            c.pop(word, None)

    def _classify(self, word: str, pos: str) -> tuple:
        """(breaks a run, single-word multiplier, may start a phrase, may end one, bad inside one, tag, may
        open a keyphrase, may continue one, opens a verb-led one, opens a name-led one, may be half of a
        collocation)."""
        eff = _pos(word, pos)
        brk = eff in _BREAK_POS or word in self.stop or word.isspace()
        single = 0.0 if brk else self._ok_single(word, eff)
        if len(word) == 1:
            # the listed one-character modifiers start a term whatever their tag (新材料, 大健康)
            start = word in self.starts
        else:
            start = not (
                eff in _BAD_START_POS
                or (eff == "ns" and len(word) > 2 and word[-1] in _ADMIN_END)
                or (eff.startswith("nr") and not _placeish(word, self.ends))
            )
        end = not (
            eff in _BAD_END_POS
            or word in self.weak
            or (len(word) == 1 and word not in self.ends)
            or (eff.startswith("nr") and not _placeish(word, self.ends))
        )
        inner_bad = eff in _INNER_BAD_POS
        # the last two: may open a keyphrase, may continue one (read in bulk by scan)
        # a two-character verb may open a two-word term ending in a plain noun (爆炸事故, 禁毒大队, 留守儿童):
        # editors tag such event and body names, while longer verb-led runs are clauses (推动政务服务)
        verb_open = eff == "v" and len(word) == 2 and not brk and idf(word) >= self.w.verb_open_idf
        # a word tagged as a name that is no likely person name (小微, 西成, 华裔) may open a term ending in
        # a common noun (小微企业, 西成铁路, 华裔人口): jieba tags many rare modifiers nr
        name_open = (
            not brk and not start and eff.startswith("nr") and len(word) >= 2 and not _likely_person(word)
        )
        out = (
            brk,
            single,
            start,
            end,
            inner_bad,
            eff,
            (start or verb_open or name_open) and not brk,
            not brk,
            verb_open,
            name_open,
            not brk and len(word) >= 2,
        )
        if len(self._class) >= _CLASS_CACHE_MAX:
            self._class.clear()  # bounded memory over a long archive; the classes are recomputed
        self._class[(word, pos)] = out
        return out

    def _count(self, word: str) -> tuple[float, int, int, list[int], int]:
        """(zone-weighted mentions, mentions, body fifths mask, mentions by zone, first body offset) of a
        string, counted over the zones."""
        lead, lead_end = self.w.lead, self.lead_end
        body_len = max(1, len(self.body))
        tfw = 0.0
        count = 0
        segs = 0
        z = [0, 0, 0, 0, 0, 0]
        first = -1
        for text, zw, zone in self.zones:
            at = text.find(word)
            while at >= 0:
                count += 1
                tfw += zw
                z[zone] += 1
                if zone == Z_BODY:
                    if first < 0:
                        first = at
                    if at < lead_end:
                        tfw += lead
                        z[Z_LEAD] += 1
                    segs |= 1 << (5 * at // body_len)
                at = text.find(word, at + len(word))
        return tfw, count, segs, z, first

    def add_spans(self, words: Iterable[str], kind: float, flags: int) -> None:
        """Quoted terms, defined abbreviations and entity names: counted by string over the zones."""
        for word in set(words):
            if len(word) < 2 or word in self.stop or word in self.generic or _NUMBERISH.match(word):
                continue
            self.named.add(word)
            tfw, count, segs, z, first = self._count(word)
            if not count:
                continue
            cand = self.cands.get(word)
            if cand is None and word in self.s_seen:
                cand = self._single(word)
            if cand is None:
                cand = self.cands[word] = _Cand(parts=_split_known(word))
            if count > cand.count:
                cand.z = z
            cand.tfw = max(cand.tfw, tfw)
            cand.count = max(cand.count, count)
            cand.segs |= segs
            if first >= 0 and (cand.first < 0 or first < cand.first):
                cand.first = first
            cand.kind = max(cand.kind, kind)
            cand.flags |= flags
            cand.pos_end = "span"

    def spans(self) -> None:
        w = self.w
        texts = [text for text, _, _ in self.zones]
        quoted: list[str] = []
        abbrevs: list[str] = []
        for text in texts:
            quoted.extend(m.group(1) for m in _QUOTED.finditer(text))
            quoted.extend(m.group(1) for m in _BOOK.finditer(text))
            abbrevs.extend(m.group(1) for m in _ABBREV.finditer(text))
        self.add_spans([q for q in quoted if not _COUNTED_NOUN.match(q)], w.quoted, F_QUOTED)
        self.add_spans(abbrevs, w.abbreviation, F_ABBREV)
        names = self.entities if self.entities is not None else _entity_names(self.article)
        by_type: dict[str | None, list[str]] = {}
        for name, typ in names:
            if typ == "LOC" and self.w.split_places:
                # a chain of places (四川省泸州市叙永县分水镇): an editor tags the places, not the address
                by_type.setdefault(typ, []).extend(_place_chain(name))
            else:
                by_type.setdefault(typ, []).append(name)
        for typ, group in by_type.items():
            flag = F_ENTITY | _TYPE_FLAG.get(typ or "", 0)
            self.add_spans(group, w.entity * w.entity_type.get(typ or "", 1.0), flag)

    def pool(self, limit: int | None = None) -> list[tuple[float, str, _Cand | None, float]]:
        """(hand-set score, word, candidate, IDF) of the candidates that pass the filters, best first (the
        first ``limit``). A single word's candidate is None until :meth:`_single` makes it."""
        return list(islice(self.candidates(), limit))

    def candidates(self) -> Iterator[tuple[float, str, _Cand | None, float]]:
        """(hand-set score, word, candidate, IDF) of the candidates that pass the filters, best first:
        filtered lazily, as most are never looked at.

        The hand-set score (log of zone-weighted mentions × IDF × kind × spread) ranks alone when no
        learned model is available; with one, it picks the pool the model re-ranks and is one of its
        features.
        """
        w = self.w
        self.scan()
        self.spans()
        entries: list[tuple[float, str, _Cand | None, float]] = []  # (-score, word, cand, IDF)
        generic = self.generic
        bonus = w.phrase_idf_bonus
        for word, cand in self.cands.items():
            if cand.parts and len(cand.parts) > 1 and cand.pos_end != "span":
                if cand.count < w.phrase_min_count:
                    continue
                if all(p in generic for p in cand.parts):
                    continue
                if cand.pos_end == "v" and cand.count < w.verb_end_min_count:
                    continue
            junk, term_idf, unseen = _word_info(word, cand.parts, bonus)
            if junk:
                continue
            spread = bin(cand.segs).count("1") / 5.0
            score = math.log1p(cand.tfw) * term_idf * cand.kind * (1.0 + w.spread * spread)
            if word in self.home:
                score *= w.home_place
            if w.off_front != 1.0 and word not in self.front:
                score *= w.off_front
            if len(word) == 2:
                score *= w.two_char
            if cand.count < 2:
                score *= w.once
                if unseen and word not in self.named:
                    score *= w.unseen_once
            entries.append((-score, word, cand, term_idf))
        entries.extend(self._score_singles())
        entries.sort()  # words are unique: candidates are never compared
        banned, user_stop = self.banned or self.media, self.user_stop
        for neg, word, cand, term_idf in entries:
            if (banned and self._is_banned(word)) or (user_stop and word in user_stop):
                continue
            yield -neg, word, cand, term_idf

    def fifths_of(self) -> Counter[str]:
        """How many fifths of the body mention each single word: one count over the fifths' sets (made
        once, after :meth:`scan`), so a word's spread is one look-up."""
        if self._fifths is None:
            self._fifths = Counter(chain.from_iterable(self.s_fifths))
        return self._fifths

    def _score_singles(self) -> list[tuple[float, str, None, float]]:
        """(-score, word, None, IDF) of the single words not yet made candidates, scored with numpy."""
        import numpy as np

        w = self.w
        zones = self.s_zone
        cands = self.cands
        bonus = w.phrase_idf_bonus
        seen = list(filterfalse(cands.__contains__, self.s_seen))
        # the same words recur across articles: their IDF and form checks come from a plain dict
        cache = _SINGLE_INFO if bonus == WEIGHTS.phrase_idf_bonus else {}
        info = list(map(cache.get, seen))
        if not all(info):
            for i, word in enumerate(seen):
                if info[i] is None:
                    info[i] = cache[word] = _word_info(word, (), bonus)
        keep = list(map(not_, map(_FIRST, info)))  # not junk
        words = list(compress(seen, keep))
        if len(words) < len(seen):
            info = list(compress(info, keep))
        n = len(words)
        if not n:
            return []
        weights = (w.title, w.headline, w.subhead, w.caption, w.lead, w.body)
        tfw = np.zeros(n)
        count = np.zeros(n)
        for zone, c in enumerate(zones):
            if c:
                z = np.fromiter(map(c.get, words, repeat(0)), np.float64, n)
                tfw += weights[zone] * z
                if zone != Z_LEAD:
                    count += z
        fifths = self.fifths_of()
        spread = np.fromiter(map(fifths.get, words, repeat(0)), np.float64, n)
        kind = np.fromiter(map(self.s_kind.get, words, repeat(0.0)), np.float64, n)
        idf_ = np.fromiter(map(_SINGLE, info), np.float64, n)  # the IDF of each (junk, IDF, unseen)
        score = np.log1p(tfw) * idf_ * kind * (1.0 + w.spread * spread / 5.0)
        if self.home:
            for i, word in enumerate(words):
                if word in self.home:
                    score[i] *= w.home_place
        if w.two_char != 1.0:
            score[np.fromiter(map(len, words), np.int64, n) == 2] *= w.two_char
        if w.off_front != 1.0 or w.once != 1.0 or w.unseen_once != 1.0:
            # the rules that are off by default: plain Python
            for i, word in enumerate(words):
                if w.off_front != 1.0 and word not in self.front:
                    score[i] *= w.off_front
                if count[i] < 2:
                    score[i] *= w.once
                    if info[i][2] and word not in self.named:
                        score[i] *= w.unseen_once
        return list(zip((-score).tolist(), words, repeat(None), idf_.tolist()))

    def raw_features(self, scored: Sequence[tuple[float, str, _Cand | None, float]]) -> list[tuple]:
        """One row of raw measurements per candidate (see :data:`RAW_FEATURES`)."""
        front = self.front
        text = self.text
        body_len = len(self.body) or 1
        home = self.home
        named = self.named
        # names and quoted terms with their mentions: a word inside one is often a fragment (新竹 of 张新竹)
        longer = [(n, text.count(n)) for n in named]
        names_joined = "\n".join(named)
        s_zone, s_first, s_tag = self.s_zone, self.s_first, self.s_tag
        fifths = self.fifths_of()
        held = self.held
        w = self.w
        zw = (w.title, w.headline, w.subhead, w.caption, w.lead, w.body)
        kp_lookup = _kp().lookup
        rows = []
        for rank, (score, word, cand, term_idf) in enumerate(scored):
            inside = 0
            raw = text.count(word)  # all mentions, those inside longer terms included
            if word in names_joined:  # most words are inside no name: one test settles it
                for n, c in longer:
                    if word in n and n != word:
                        inside += c * n.count(word)
            if cand is None:  # a single word: straight from the per-zone counts
                z = list(map(dict.get, s_zone, repeat(word), repeat(0)))
                count = z[0] + z[1] + z[2] + z[3] + z[5]  # all zones but the lead (a part of the body)
                tfw = zw[0] * z[0] + zw[1] * z[1] + zw[2] * z[2] + zw[3] * z[3] + zw[4] * z[4] + zw[5] * z[5]
                first = s_first.get(word, -1)
                spread = fifths.get(word, 0) / 5.0
                tokens, flags, tag, whole = 1, 0, s_tag.get(word, ""), 1.0
                unseen = _word_info(word, (), w.phrase_idf_bonus)[2]
            else:
                z, count, tfw, first = cand.z, cand.count, cand.tfw, cand.first
                spread = bin(cand.segs).count("1") / 5.0
                tokens, flags, tag = max(1, len(cand.parts)), cand.flags, cand.pos_end
                whole = count / max(count, raw if cand.parts or tag == "span" else count)
                unseen = not cand.parts and _word_info(word, (), w.phrase_idf_bonus)[2]
            digit, latin = _form(word)
            rows.append(
                (
                    term_idf,
                    tfw,
                    score,
                    rank,
                    *z,
                    count,
                    first / body_len if first >= 0 else 1.0,
                    word in front,
                    spread,
                    len(word),
                    tokens,
                    flags,
                    _POS_GROUP.get(tag, 0),
                    whole,
                    digit,
                    latin,
                    word in home,
                    unseen,
                    word in named,
                    min(1.0, inside / max(1, raw)),
                    raw,
                    held.get(word, 0),
                    *kp_lookup(word),
                )
            )
        return rows

    def ranked(self, limit: int | None = None) -> list[tuple[str, float]]:
        """All candidates with their 0–1 weights, best first, containment duplicates removed.

        With the learned model (``data/keywords_model.json``, from ``training/train_keywords.py``) the
        weight is the model's probability that an editor would tag the term; without it (or with
        ``Weights.learned`` off) the hand-set score squashed by a fixed curve.
        """
        w = self.w
        model = _model() if w.learned else None
        scored = self.candidates()
        ranked: Iterable[tuple[str, float]]
        if model is not None:
            head = list(islice(scored, model.pool))
            probs = model.predict(self.raw_features(head)).tolist() if head else []
            if self.home:
                # the training articles carry no byline, so the model cannot learn the paper's own place
                # (its "home" coefficient is ~0): the hand-set discount applies to the weight itself
                probs = [
                    p * w.home_place if x[1] in self.home else p for p, x in zip(probs, head, strict=True)
                ]
            order = sorted(zip(probs, (x[1] for x in head), strict=True), key=lambda x: (-x[0], x[1]))
            # past the pool the hand-set order goes on, under the pool's lowest weight
            low = order[-1][0] if order else 1.0
            ranked = chain(
                ((word, p) for p, word in order),
                ((word, min(low, score / (score + w.scale))) for score, word, _, _ in scored),
            )
        else:
            ranked = ((word, score / (score + w.scale)) for score, word, _, _ in scored)
        return _dedupe(ranked, limit, _Counts(self), self.named, self.text.count, w.whole_share, w.apart)


class _Counts:
    """Free-standing mentions of any term of an extractor, for _dedupe (single words counted lazily)."""

    def __init__(self, ex: _Extractor):
        self.ex = ex

    def get(self, word: str, default: int = 0) -> int:
        cand = self.ex.cands.get(word)
        if cand is not None:
            return cand.count
        count = sum(c.get(word, 0) for i, c in enumerate(self.ex.s_zone) if i != Z_LEAD)
        return count or default


# --------------------------------------------------------------------------- keyphraseness

# how strongly a string's own counts outweigh its back-off (an m-estimate: m pseudo-observations)
KP_SMOOTH = 2.0
KP_PATH = _DATA / "keywords_keyphraseness.tsv"
_KP_PRIOR = 0.25  # with no table at all: about the share of pool candidates an editor tags
_KP_MEMO_MAX = 200_000  # strings looked up (three numbers each): a few tens of MB at most


def kp_keys(word: str) -> tuple[str, ...]:
    """The table keys of a candidate, most specific first: the string, its last two characters (the head
    word of most terms: 改革, 企业, 平台) when it is longer, its last character (the class of 市, 局, 区)."""
    keys = ["w:" + word]
    if len(word) >= 3:
        keys.append("h:" + word[-2:])
    if word:
        keys.append("c:" + word[-1])
    return tuple(keys)


class Keyphraseness:
    """How often a string was a gold keyword in the training articles where it was a pool candidate
    (KEA's keyphraseness), smoothed towards its head word's and last character's rates, then towards
    the overall rate. Counts are (gold, seen) per key, one per article and candidate."""

    def __init__(self, counts: dict[str, tuple[int, int]] | None = None):
        self.counts: dict[str, tuple[int, int]] = dict(counts or {})
        g, n = self.counts.get("*", (0, 0))
        self.prior = (g + _KP_PRIOR) / (n + 1.0)
        self._memo: dict[str, tuple[float, int, float]] = {}

    @classmethod
    def build(cls, articles: Iterable[Iterable[tuple[str, bool]]]) -> Keyphraseness:
        """The table of training articles, each given as its pool's (candidate, is gold) pairs."""
        return cls(_kp_counts(articles))

    def lookup(self, word: str, own: dict[str, tuple[int, int]] | None = None) -> tuple[float, int, float]:
        """(smoothed keyphraseness 0–1, times the string itself was seen, the back-off estimate it was
        smoothed towards: its head word's or last character's rate); ``own`` (an article's own counts,
        :func:`_kp_counts`) is taken out first, so a training article never scores itself."""
        if not own:
            hit = self._memo.get(word)
            if hit is not None:  # the usual case at run time: a string looked up before
                return hit
        counts = self.counts
        p = self.prior
        if own:
            g, n = counts.get("*", (0, 0))
            og, on = own.get("*", (0, 0))
            p = (g - og + _KP_PRIOR) / (n - on + 1.0)
        seen = 0
        back = p
        for key in reversed(kp_keys(word)):
            back = p  # back-off first: the general rate, then the specific one
            g, n = counts.get(key, (0, 0))
            if own and key in own:
                og, on = own[key]
                g, n = g - og, n - on
            p = (g + KP_SMOOTH * p) / (n + KP_SMOOTH)
            seen = n
        if not own and len(self._memo) < _KP_MEMO_MAX:
            self._memo[word] = (p, seen, back)
        return p, seen, back

    def to_tsv(self) -> str:
        """key, gold, seen per line (sorted: the file diffs well)."""
        return "".join(f"{k}\t{g}\t{n}\n" for k, (g, n) in sorted(self.counts.items()))

    @classmethod
    def from_tsv(cls, text: str) -> Keyphraseness:
        """A table from :meth:`to_tsv`'s text."""
        counts = {}
        for line in text.splitlines():
            key, g, n = line.split("\t")
            counts[key] = (int(g), int(n))
        return cls(counts)


def _kp_counts(articles: Iterable[Iterable[tuple[str, bool]]]) -> dict[str, tuple[int, int]]:
    """(gold, seen) per key of :func:`kp_keys` over the articles' (candidate, is gold) pairs; "*" the total."""
    gold: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for pairs in articles:
        for word, is_gold in dict(pairs).items():  # a string counts once per article
            for key in (*kp_keys(word), "*"):
                seen[key] += 1
                gold[key] += bool(is_gold)
    return {k: (gold[k], n) for k, n in seen.items()}


_KP_OVERRIDE: list[Keyphraseness] = []


def use_keyphraseness(table: Keyphraseness | None) -> None:
    """Score with another keyphraseness table (the trainer's folds); None goes back to the shipped one."""
    _KP_OVERRIDE.clear()
    if table is not None:
        _KP_OVERRIDE.append(table)


@lru_cache(maxsize=1)
def _shipped_kp() -> Keyphraseness:
    try:
        return Keyphraseness.from_tsv(KP_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Keyphraseness()  # no table: every string gets the prior


def _kp() -> Keyphraseness:
    return _KP_OVERRIDE[0] if _KP_OVERRIDE else _shipped_kp()


# --------------------------------------------------------------------------- learned ranker

_DIGIT = re.compile(r"[0-9０-９]")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


@lru_cache(maxsize=65536)
def _form(word: str) -> tuple[bool, bool]:
    """(holds a digit, holds a Latin letter)."""
    return bool(_DIGIT.search(word)), bool(_LATIN.search(word))


# single words by tag group (phrases by their last word's tag; quoted terms, abbreviations, names: span)
_POS_NAMES = ("other", "nr", "ns", "nt", "nz", "n", "vn", "v", "jli", "eng", "span")
_POS_GROUP = {
    "nr": 1, "nrfg": 1, "nrt": 1, "ns": 2, "nt": 3, "nz": 4, "n": 5, "vn": 6, "v": 7,
    "j": 8, "l": 8, "i": 8, "eng": 9, "span": 10,
}  # fmt: skip
# the raw measurements of a candidate, in the order of _Extractor.raw_features
RAW_FEATURES = (
    "idf", "tfw", "score", "rank", "n_title", "n_head", "n_subhead", "n_caption", "n_lead", "n_body",
    "count", "first", "front", "spread", "chars", "tokens", "flags", "pos", "whole", "digit", "latin",
    "home", "unseen", "named", "inside", "total", "held", "kp", "kp_seen", "kp_back",
)  # fmt: skip
# the model's inputs, derived from the raw measurements by feature_matrix
FEATURES = (
    "idf", "log_tfw", "log_score", "score_rel", "log_rank", "in_title", "log_title", "in_head", "in_subhead",
    "in_caption", "in_lead", "log_lead", "log_body", "log_count", "once", "first", "front", "spread",
    "chars", "two_char", "tokens", "phrase", "quoted", "abbrev", "entity", "per", "loc", "org",
    *(f"pos_{p}" for p in _POS_NAMES[1:]),
    "whole", "digit", "latin", "home", "unseen", "named", "inside", "tfidf", "entity_once", "title_phrase",
    "log_total", "nested_share", "held", "kp", "kp_seen", "kp_back",
)  # fmt: skip


_FLAG_BITS = (F_PHRASE, F_QUOTED, F_ABBREV, F_ENTITY, F_PER, F_LOC, F_ORG)
_R = {name: i for i, name in enumerate(RAW_FEATURES)}


def feature_matrix(rows: Sequence[tuple]) -> np.ndarray:
    """The model's input matrix (one row per candidate, columns :data:`FEATURES`) from raw rows."""
    import numpy as np  # imported here: newsmine --help stays fast

    r = np.asarray(rows, dtype=np.float64).reshape(-1, len(RAW_FEATURES))
    # the kicker and subtitle count as title: the training articles (web news) have a title alone, and
    # a page's headline block is one title to its reader
    r[:, _R["n_title"]] += r[:, _R["n_head"]]
    out = np.empty((len(r), len(FEATURES)))
    log1p = np.log1p
    logs = log1p(
        r[:, [_R["tfw"], _R["score"], _R["rank"], _R["n_title"], _R["n_lead"], _R["n_body"], _R["count"]]]
    )
    score = r[:, _R["score"]]
    out[:, 0] = r[:, _R["idf"]]
    out[:, 1:3] = logs[:, :2]
    out[:, 3] = score / max(float(score.max(initial=0.0)), 1e-9)
    out[:, 4] = logs[:, 2]
    zones = r[:, _R["n_title"] : _R["n_body"] + 1] > 0  # title, head, subhead, caption, lead, body
    out[:, 5] = zones[:, 0]
    out[:, 6] = logs[:, 3]
    out[:, 7:11] = zones[:, 1:5]
    out[:, 11:13] = logs[:, 4:6]
    out[:, 13] = logs[:, 6]
    out[:, 14] = r[:, _R["count"]] < 2
    out[:, 15:18] = r[:, _R["first"] : _R["spread"] + 1]
    chars = r[:, _R["chars"]]
    out[:, 18] = np.minimum(chars, 12.0)
    out[:, 19] = chars == 2
    out[:, 20] = np.minimum(r[:, _R["tokens"]], 4.0)
    k = 21 + len(_FLAG_BITS)
    out[:, 21:k] = (r[:, _R["flags"]].astype(np.int64)[:, None] & np.array(_FLAG_BITS)) > 0
    m = k + len(_POS_NAMES) - 1
    out[:, k:m] = r[:, _R["pos"]][:, None] == np.arange(1, len(_POS_NAMES))
    out[:, m : m + 7] = r[:, _R["whole"] : _R["inside"] + 1]
    out[:, m + 7] = logs[:, 0] * r[:, _R["idf"]]
    out[:, m + 8] = out[:, 24] * out[:, 14]  # a name mentioned once: often a minor person
    out[:, m + 9] = out[:, 5] * (out[:, 21] + out[:, 22])  # a keyphrase or quoted term of the title
    # all mentions of the string, those inside longer terms included, and the share said inside them
    total = r[:, _R["total"]]
    out[:, m + 10] = log1p(total)
    out[:, m + 11] = 1.0 - np.minimum(1.0, r[:, _R["count"]] / np.maximum(total, 1.0))
    out[:, m + 12] = np.minimum(r[:, _R["held"]], 3.0)  # distinct keyphrases holding the word
    # keyphraseness (how often editors tagged the string elsewhere) as a log-odds, and its evidence
    kp = np.clip(r[:, _R["kp"]], 1e-4, 1 - 1e-4)
    out[:, m + 13] = np.log(kp / (1 - kp))
    out[:, m + 14] = log1p(r[:, _R["kp_seen"]])
    kb = np.clip(r[:, _R["kp_back"]], 1e-4, 1 - 1e-4)
    out[:, m + 15] = np.log(kb / (1 - kb))
    return out


# ways of setting each feature against the article's own pool (``Model.relative``): "" none; "z" the
# z-score within the pool in place of the value, "rank" the mid-rank share (0–1) in place of it; "zcat" and
# "rankcat" append them to the values (the model then has both: which is high here, and how high at all)
RELATIVE = ("", "z", "zcat", "rank", "rankcat")


def relative_matrix(x: np.ndarray, mode: str) -> np.ndarray:
    """The feature matrix of one article's pool with each column set against the pool (see
    :data:`RELATIVE`): the ranker only has to order candidates within an article."""
    import numpy as np

    if not mode:
        return x
    n = len(x)
    if mode.startswith("z"):
        sd = x.std(axis=0)
        rel = (x - x.mean(axis=0)) / np.where(sd > 1e-9, sd, 1.0)
    elif mode.startswith("rank"):
        # mid-rank share: (values below + half the ties) / (n - 1), so a binary feature gets two levels
        below = (x[None, :, :] < x[:, None, :]).sum(axis=1)
        ties = (x[None, :, :] == x[:, None, :]).sum(axis=1) - 1
        rel = (below + 0.5 * ties) / max(n - 1, 1)
    else:
        raise ValueError(f"unknown relative mode {mode!r}: one of {RELATIVE}")
    return np.hstack([x, rel]) if mode.endswith("cat") else rel


@dataclass(frozen=True)
class Model:
    """A logistic model over :data:`FEATURES`: weight = sigmoid(intercept + coef · standardized x).

    ``pool`` candidates (best by the hand-set score) are re-ranked; past ``keep_min`` keywords only those
    with weight ``>= keep_floor`` are listed (``extract_keywords``). With ``relative`` the features are
    first set against the article's pool (:func:`relative_matrix`). A model trained on a ranking
    objective (pairwise) has its score calibrated to a probability by the trainer, and is stored in
    the same form.
    """

    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    pool: int = 30
    keep_min: int = 7
    keep_floor: float = 0.3
    relative: str = ""

    def predict(self, rows: Sequence[tuple]) -> np.ndarray:
        """Probability that each candidate (raw rows) is a keyword an editor would pick."""
        import numpy as np

        coef, intercept = self._folded()
        x = relative_matrix(feature_matrix(rows), self.relative)
        return 1.0 / (1.0 + np.exp(-(x @ coef + intercept)))

    @lru_cache(maxsize=4)  # noqa: B019  (a few models live for the whole process)
    def _folded(self) -> tuple[np.ndarray, float]:
        """The standardization folded into the coefficients: one product per candidate."""
        import numpy as np

        coef = np.asarray(self.coef) / np.asarray(self.scale)
        return coef, self.intercept - float(coef @ np.asarray(self.mean))

    def to_json(self) -> dict:
        """The model as a JSON object (with the feature names it was trained on)."""
        return {"features": list(FEATURES), **{k: getattr(self, k) for k in self.__dataclass_fields__}}

    @classmethod
    def from_json(cls, data: dict) -> Model:
        """A model from :meth:`to_json`'s object; ValueError when it was trained on other features."""
        names = tuple(data.get("features", ()))
        if not names or names != FEATURES[: len(names)]:
            raise ValueError("keyword model was trained on other features: rerun training/train_keywords.py")
        data = {k: (tuple(v) if isinstance(v, list) else v) for k, v in data.items() if k != "features"}
        # a model from before features were appended: the new ones get no weight (it ranks as it did)
        pad = len(FEATURES) - len(names)
        if pad and data.get("relative", "") in ("", "z", "rank"):
            data["coef"] += (0.0,) * pad
            data["mean"] += (0.0,) * pad
            data["scale"] += (1.0,) * pad
        elif pad:
            raise ValueError("keyword model was trained on other features: rerun training/train_keywords.py")
        return cls(**data)


MODEL_PATH = _DATA / "keywords_model.json"
_MODEL_OVERRIDE: list[Model | None] = []


def use_model(model: Model | str | Path | None) -> None:
    """Rank with another model (a :class:`Model` or a JSON file); None goes back to the shipped one.
    ``training/train_keywords.py`` uses it to score its cross-validation folds."""
    _MODEL_OVERRIDE.clear()
    if model is not None:
        if not isinstance(model, Model):
            model = Model.from_json(json.loads(Path(model).read_text(encoding="utf-8")))
        _MODEL_OVERRIDE.append(model)


@lru_cache(maxsize=1)
def _shipped_model() -> Model | None:
    try:
        return Model.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        # no model (or one for other features): the hand-set ranking still works
        return None


def _model() -> Model | None:
    return _MODEL_OVERRIDE[0] if _MODEL_OVERRIDE else _shipped_model()


# media suffixes of a paper's name: what is left before them is its place (青岛日报 → 青岛)
_MEDIA_SUFFIX = re.compile(
    r"(?:日报|晚报|早报|晨报|商报|都市报|法制报|广播电视台|电视台|新闻网|新闻|网|报)(?:社|集团)?$"
)


def _home_places(article: Article) -> frozenset[str]:
    """The paper's own place, from its name in the byline (青岛日报/观海新闻 → 青岛, 青岛市): a local paper
    names its city in nearly every article, and an editor does not tag it."""
    source = article.byline.source or ""
    out: set[str] = set()
    for part in _SOURCE_SEP.split(source):
        place = _MEDIA_SUFFIX.sub("", part)
        if place != part and 2 <= len(place) <= 4:
            out.add(place)
            out.update(place + end for end in "市省县区")
    return frozenset(out)


@lru_cache(maxsize=65536)
def _split_known(word: str) -> tuple[str, ...]:
    """A name cut into the longest words either IDF table knows, left to right (阿斯利康中金基金 →
    阿斯利康 中金 基金), for the IDF of a name the background lacks. Cheaper than segmenting it again,
    and it leaves the segmenter's cache to the article texts."""
    known, fallback = _idf().table, _jieba_idf()
    parts: list[str] = []
    i, n = 0, len(word)
    while i < n:
        for j in range(min(n, i + 6), i, -1):
            piece = word[i:j]
            if j == i + 1 or piece in known or piece in fallback:
                parts.append(piece)
                i = j
                break
    return tuple(parts)


def _unseen(word: str) -> bool:
    """Neither the news background nor jieba's IDF table knows the word."""
    return word not in _idf().table and word not in _jieba_idf()


def _placeish(word: str, ends: frozenset[str]) -> bool:
    """A token tagged as a person name that is really a place or body (高新区 is tagged nr)."""
    return len(word) >= 3 and word[-1] in ends


@lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    return idf(word) >= WEIGHTS.rare_verb_idf


# tags jieba gives to words it does not know well: a rare word with one of them is taken for a noun
_RARE_AS_NOUN = frozenset("v vg a ad d".split())
# characters of clock and calendar words (今年, 三月, 上午): a time word without any is a named day (元旦)
_TIME_CHARS = frozenset("年月日天时分秒周期夜晨早晚午前后今明昨去初末底旬季代世纪号点刻春夏秋冬")


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    """Nouns that follow a person's name (书记, 家属): they do not end a name-led keyphrase."""
    return _read_words("keywords_person_heads.txt")


@lru_cache(maxsize=65536)
def _likely_person(word: str) -> bool:
    """A name-tagged word that looks like a Chinese person's name: a surname of the entities gazetteer, then
    one or two given-name characters it lists (张伟, 王芳; not 小微, 华裔, 西成)."""
    from newsmine.entities import gazetteer

    for sur in (word[:2], word[:1]):
        if sur in gazetteer.SURNAMES_2 or sur in gazetteer.SURNAMES_1:
            given = word[len(sur) :]
            if 1 <= len(given) <= 2 and all(c in gazetteer.GIVEN_CHARS for c in given):
                return True
    return False


@lru_cache(maxsize=1)
def _adverb_nouns() -> dict[str, str]:
    """Nouns jieba tags as adverbs (高速, 立法) → the tag to read them with (data/keywords_adverb_nouns.txt)."""
    out: dict[str, str] = {}
    for item in _read_words("keywords_adverb_nouns.txt"):
        word, _, tag = item.partition("/")
        out[word] = tag or "n"
    return out


def _pos(word: str, pos: str) -> str:
    """The token's tag, except that a rare word tagged as a verb, adjective or adverb is taken for a noun:
    jieba tags many words it does not know so (碳汇, 上合 as verbs, 微博 as an adjective, 性侵 as a verb
    morpheme), while common ones (开工, 推动, 积极) keep their tag; and a time word naming a day (元旦) is a
    noun, unlike clock and calendar words (今年, 三月); and a listed noun jieba tags as an adverb (高速 of
    京港澳高速, 立法) is a noun, so it neither breaks a keyphrase nor is dropped."""
    if pos == "d" and word in _adverb_nouns():
        return _adverb_nouns()[word]
    if pos in _RARE_AS_NOUN and _rare(word):
        return "nz"
    if pos == "t" and len(word) >= 2 and not _TIME_CHARS.intersection(word):
        return "nz"
    if not pos and not word.isspace():
        return "nz"  # a user-dictionary word added without a tag: the user's own term
    return pos


def _overlap(a: str, b: str) -> bool:
    """One term's end is the other's start, over at least two characters (中央预算内 / 预算内投资)."""
    for x, y in ((a, b), (b, a)):
        if y[:2] not in x:
            continue  # the usual case, settled without the loop
        for n in range(2, min(len(x), len(y))):
            if x.endswith(y[:n]):
                return True
    return False


_SINGLE_INFO: dict[str, tuple[bool, float, bool]] = {}  # _word_info of single words, default bonus


def _term_idf(word: str, parts: tuple[str, ...], w: Weights) -> float:
    return _word_info(word, parts, w.phrase_idf_bonus)[1]


@lru_cache(maxsize=131072)
def _word_info(word: str, parts: tuple[str, ...], bonus: float) -> tuple[bool, float, bool]:
    """(never a keyword by its form, IDF, unseen one-word term) of a candidate: the same word recurs
    across articles, so this is worked out once."""
    junk = bool(_NUMBERISH.match(word) or _COUNTED.match(word) or _JUNK.search(word))
    bg = _idf()
    value = bg.table.get(word)
    if value is None:
        if len(parts) > 1:
            value = min(bg.default, sum(idf(p) for p in parts) / len(parts) + bonus)
        else:
            value = idf(word)
    return junk, value, len(parts) < 2 and _unseen(word)


_PLACE_END = frozenset("省市县区镇乡州旗盟")


@lru_cache(maxsize=4096)
def _place_chain(name: str) -> tuple[str, ...]:
    """The places of an address chain (四川省泸州市叙永县分水镇 → 四川省 泸州市 叙永县 分水镇); the name
    itself when it is one place or not a chain. A place ends in an administrative character not followed
    by another (扬州市, not 扬州 + 市江都区)."""
    if len(name) < 4 or name[-1] not in _PLACE_END:
        return (name,)
    pieces = []
    start = 0
    for i in range(1, len(name)):
        if name[i] in _PLACE_END and (i + 1 == len(name) or name[i + 1] not in _PLACE_END) and i > start:
            pieces.append(name[start : i + 1])
            start = i + 1
    if start != len(name) or len(pieces) < 2:
        return (name,)
    # a piece such as 自治县 (of …自治县) is a cut through a name, not a place
    return tuple(p for p in pieces if not p.startswith("自治"))


def _said_apart(a: str, b: str, total: Callable[[str], int]) -> bool:
    """The shorter of two terms is said outside the longer one too (客栈 beside 物流客栈), not only inside
    it (英才 of “青聚英才”: a fragment)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return total(short) > total(long_) * long_.count(short)


def _apart(a: str, b: str, share: float) -> bool:
    """Two terms, one inside the other, that may both be listed: the shorter is under ``share`` of the
    longer and does not open it (客栈 and 物流客栈, 地震局 and 淄博市地震局: a kind of the thing, or the
    thing with its place). One that opens the longer (上合示范区 of 上合示范区综合改革, 搜救 of 搜救现场) is
    a longer copy of it: only the better one stays."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return not long_.startswith(short) and len(short) < share * len(long_)


def _two_names(a: str, b: str, named: set[str] | frozenset[str]) -> bool:
    return a in named and b in named and 5 * min(len(a), len(b)) < 3 * max(len(a), len(b))


def _dedupe(
    ranked: Iterable[tuple[str, float]],
    limit: int | None = None,
    counts: dict[str, int] | _Counts | None = None,
    named: set[str] | frozenset[str] = frozenset(),
    total: Callable[[str], int] | None = None,
    whole_share: float = 0.0,
    apart: float = 0.0,
) -> list[tuple[str, float]]:
    """Keep one of any two terms where one contains the other, at the better-ranked one's place, unless
    they are two things (:func:`_apart`, shorter under ``apart`` of the longer); with ``counts``
    (free-standing mentions) and ``total`` (all mentions), a longer term replaces a better-ranked shorter
    one it holds when its mentions are at least half of all the shorter one's.
    Two names (``named``) where the shorter is under 60% of the longer are two things (阿斯利康 and
    阿斯利康中金基金, the company and its fund): both stay."""
    kept: list[tuple[str, float]] = []
    for word, weight in ranked:
        clash = [
            i
            for i, (k, _) in enumerate(kept)
            if (word in k or k in word)
            and not _two_names(word, k, named)
            and not (_apart(word, k, apart) and (total is None or _said_apart(word, k, total)))
        ]
        if not clash and any(map(_overlap, repeat(word), map(_FIRST, kept))):
            continue  # 中央预算内 beside 预算内投资: two cuts of one longer term, keep the better
        if not clash:
            kept.append((word, weight))
        elif counts is not None and len(clash) == 1:
            k, kw = kept[clash[0]]
            # a longer term takes the place of a better-ranked shorter one it holds when it carries at
            # least half of all the shorter one's mentions (上合示范区 over 上合)
            if k in word and 2 * counts.get(word, 0) >= (total(k) if total is not None else counts.get(k, 1)):
                kept[clash[0]] = (word, kw)
            elif word in k and total is not None and whole_share > 0 and total(k) < whole_share * total(word):
                # wholeness: the longer term holds few of the shorter one's mentions, so the shorter one
                # is the article's term and the longer a passing variant (海洋碳汇 over 海洋碳汇监测)
                kept[clash[0]] = (word, kw)
        if limit is not None and len(kept) >= limit:
            break
    return kept


# --------------------------------------------------------------------------- public API


def rank_article(
    article: Article,
    *,
    stopwords: Iterable[str] = (),
    entities: Sequence[str | Entity | tuple[str, str | None]] | None = None,
    weights: Weights = WEIGHTS,
    limit: int | None = None,
) -> list[tuple[str, float]]:
    """The keyword candidates of one article with their 0–1 weights, best first (the first ``limit``)."""
    names = None
    if entities is not None:
        names = [
            (e.text, e.type) if isinstance(e, Entity) else (e, None) if isinstance(e, str) else e
            for e in entities
        ]
    return _Extractor(article, weights, frozenset(stopwords), names).ranked(limit)


def extract_keywords(
    articles: Article | Sequence[Article],
    *,
    top: int = 10,
    min_weight: float = 0.0,
    stopwords: Iterable[str] = (),
    entities: Sequence[str | Entity] | None = None,
    weights: Weights = WEIGHTS,
) -> Keywords:
    """Ranked keywords of one article, or of a whole corpus when given a list of articles.

    For one article, ``article`` is its number; for a list, the record ranks keywords over all of them
    (mean weight over the articles, so a term that many articles share rises) with ``article=None``
    and ``page`` the common page or ``"*"``. ``min_weight`` drops weaker keywords; ``stopwords`` adds
    words that are never keywords; ``entities`` passes names already found (else the entities module is
    asked). A list gives ``corpus_keywords(articles, by=None, top=top)[0]``.

    >>> extract_keywords(Article(page="p", article=1, body="")).keywords
    ()
    """
    stop = frozenset(stopwords)
    if isinstance(articles, Article):
        ranked = rank_article(articles, stopwords=stop, entities=entities, weights=weights, limit=top)
        model = _model() if weights.learned else None
        if ranked and weights.keep_ratio > 0:
            # fewer keywords when the article has fewer good ones: the tail far below the best is noise
            # (with the learned model, a weight is a probability: the floor is absolute)
            keep = model.keep_min if model else weights.keep_min
            floor = model.keep_floor if model else weights.keep_ratio * ranked[0][1]
            ranked = cut_ranked(ranked, keep, floor)
        return Keywords(articles.page, articles.article, _cut(ranked, top, min_weight))
    return corpus_keywords(list(articles), top=top, min_weight=min_weight, stopwords=stop, weights=weights)[0]


def cut_ranked(ranked: list[tuple[str, float]], keep: int, floor: float) -> list[tuple[str, float]]:
    """The first ``keep`` of a ranked (word, weight) list, then only those weighing at least ``floor``."""
    return ranked[:keep] + [x for x in ranked[keep:] if x[1] >= floor]


_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)")
_DATELINE_DATE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日")
UNGROUPED = "?"


def article_date(article: Article) -> str | None:
    """The ISO date of an article: the edition date in the page's file name (2024-07-26, 20240726),
    else a dateline that gives the year (2024年7月25日电); None when neither says (a dateline without
    a year is not guessed at).

    >>> article_date(Article(page="qdrb/20240726_03.txt", article=1))
    '2024-07-26'
    """
    m = _FILE_DATE.search(Path(article.page).name) or _FILE_DATE.search(article.page)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    d = _DATELINE_DATE.search(article.dateline or "")
    if d and 1 <= int(d.group(2)) <= 12 and 1 <= int(d.group(3)) <= 31:
        return f"{d.group(1)}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
    return None


def group_of(article: Article, by: str | None) -> str | None:
    """The group label of an article for ``by`` = None, "page", "date" or "column" (None: no value)."""
    if by is None:
        return None
    if by == "page":
        return article.page or None
    if by == "date":
        return article_date(article)
    if by == "column":
        return (article.column or "").strip() or None
    raise ValueError(f"by must be None, 'page', 'date' or 'column', not {by!r}")


def distinctiveness(word: str, df: int, n: int) -> float:
    """How much more often the archive uses ``word`` than the shipped news background: log2 of its
    smoothed document frequency here over its background document frequency exp(-IDF). Near or below
    0 for everyday words (发展, 工作); high for the archive's own topics."""
    return math.log2(((df + 0.5) / (n + 1.0)) / math.exp(-idf(word)))


def corpus_keywords(
    articles: Sequence[Article],
    *,
    top: int = 20,
    by: str | None = None,
    stopwords: Iterable[str] = (),
    min_weight: float = 0.0,
    entities: Callable[[Article], Sequence[str | Entity]] | None = None,
    weights: Weights = WEIGHTS,
    per_article: int = 30,
) -> list[Keywords]:
    """Keywords ranked over many articles: one record for all (``by=None``) or one per group
    (``by="page" | "date" | "column"``, groups in sorted order, ``"?"`` last).

    Each keyword is a :class:`CorpusKeyword`: ``weight`` is the mean of its per-article weights over the
    group's articles (0 where it is not among an article's first ``per_article`` keywords), so it stays
    in 0–1 and favours terms that many articles share; ``df`` counts those articles; ``total_weight``
    sums the weights; ``distinctiveness`` (:func:`distinctiveness`) compares the group's document
    frequency with the shipped background. Articles without a value for ``by`` (no column label, no
    date in the file name or dateline) form the group ``"?"``, so every article counts somewhere.
    ``entities`` maps an article to its names (default: the entities module).

    >>> corpus_keywords([])[0].keywords
    ()
    """
    stop = frozenset(stopwords)
    groups: dict[str, list[Article]] = {}
    for article in articles:
        label = group_of(article, by)
        groups.setdefault(label if label is not None else UNGROUPED, []).append(article)
    if not groups:
        return [Keywords("*", None, (), None if by is None else UNGROUPED)]
    out: list[Keywords] = []
    for label in sorted(groups, key=lambda g: (g == UNGROUPED, g)):
        items = groups[label]
        total: dict[str, float] = {}
        df: dict[str, int] = {}
        for article in items:
            names = None if entities is None else entities(article)
            for word, weight in rank_article(
                article, stopwords=stop, entities=names, weights=weights, limit=per_article
            ):
                total[word] = total.get(word, 0.0) + weight
                df[word] = df.get(word, 0) + 1
        n = len(items)
        ranked = sorted(((word, s / n) for word, s in total.items()), key=lambda x: (-x[1], x[0]))
        kept = [(word, weight) for word, weight in _dedupe(ranked) if weight >= min_weight][: max(0, top)]
        words = tuple(
            CorpusKeyword(
                word,
                round(weight, 4),
                df[word],
                round(total[word], 4),
                round(distinctiveness(word, df[word], n), 3),
            )
            for word, weight in kept
        )
        pages = {a.page for a in items}
        out.append(
            Keywords(pages.pop() if len(pages) == 1 else "*", None, words, None if by is None else label)
        )
    return out


def _cut(ranked: list[tuple[str, float]], top: int, min_weight: float) -> tuple[Keyword, ...]:
    out = [Keyword(word, round(weight, 4)) for word, weight in ranked if weight >= min_weight]
    return tuple(out[: max(0, top)])
