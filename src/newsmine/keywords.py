"""Keywords and keyphrases that a news editor would tag an article with, or a whole corpus.

Candidates are jieba words (from :func:`newsmine.segment.tokenize`, so the article is segmented once)
and keyphrases: runs of adjacent content tokens that recur (海洋碳汇, 中央预算内投资), quoted terms
(“青聚英才”), abbreviations the article defines (简称“阿斯利康中金基金”) and entity names.

Each candidate is scored by

    log(1 + zone-weighted mentions) × background IDF × kind × (1 + spread)

where the zones are title, kicker/subtitle, subheads, first paragraph, body and captions; the IDF table for
news ships in ``data/idf_news.tsv.gz`` (built by ``training/build_idf.py``) with jieba's own IDF as the
fallback; spread is the share of the body's fifths that mention the term. A word's mentions inside a
recurring longer keyphrase count for the keyphrase, not for the word (see ``_Extractor.scan``). The score is squashed to a 0–1 weight by a fixed curve, so weights
are comparable across articles. The paper's own place (青岛 of 青岛日报) is weighed down, names the paper
withheld (王某) and spans holding brackets or spaces are dropped, and past the 7th keyword only those near
the best one's weight are listed (fewer than ``top`` when the article has fewer good ones). Every constant
lives in :class:`Weights`.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsmine.records import Article, CorpusKeyword, Entity, Keyword, Keywords
from newsmine.segment import Token, tokenize

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
    # a keyphrase ending in a verb (制度型开放, 对外开放) needs this many mentions
    verb_end_min_count: int = 3
    # a TextRank score over word co-occurrence was measured on benchmarks/data/keywords_gold.jsonl and
    # did not help (P/R 0.339/0.480 without it, 0.330/0.469 at weight 0.3) while costing 40% of the time:
    # it is not computed
    spread: float = 0.2
    # score at which the weight is 0.5; weight = score / (score + scale)
    scale: float = 12.0
    # phrases need this many mentions over all zones
    phrase_min_count: int = 2
    max_phrase_tokens: int = 4
    max_phrase_chars: int = 8
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
    r"|([\u4e00-\u9fff]{2,3})[\s\u3000]+摄"
)
_BODY_MEDIA = re.compile(
    r"([\u4e00-\u9fff]{1,8}?(?:网|报|社|台|新闻))(?=[\u4e00-\u9fff]{0,4}(?:\d|讯|电|记者))"
)


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
    _CLASS_CACHE.clear()


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
    """jieba's own IDF table, read from the installed jieba package (not copied into newsmine)."""
    spec = importlib.util.find_spec("jieba")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "analyse" / "idf.txt"
    table: dict[str, float] = {}
    if path.exists():
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


@dataclass(slots=True)
class _Cand:
    tfw: float = 0.0  # zone-weighted mentions
    count: int = 0  # mentions over all zones
    segs: int = 0  # bit mask of the body fifths that mention it
    kind: float = 0.0  # best kind multiplier seen
    parts: tuple[str, ...] = ()  # the words of a keyphrase (for its IDF)
    pos_end: str = ""


def _zones(article: Article, w: Weights) -> list[tuple[str, float, bool]]:
    """(text, weight per mention, is body) for each zone of the article."""
    zones: list[tuple[str, float, bool]] = []
    if article.title:
        zones.append((article.title, w.title, False))
    seen = {article.title}
    for text in (article.kicker, article.subtitle, *article.headline):
        if text and text not in seen:
            seen.add(text)
            zones.append((text, w.headline, False))
    for text in article.subheads:
        zones.append((text, w.subhead, False))
    for text in article.captions:
        zones.append((text, w.caption, False))
    if article.body:
        zones.append((article.body, w.body, True))
    return zones


_CLASS_CACHE: dict[tuple[str, str], tuple] = {}


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
        self._class = _CLASS_CACHE if not stop else {}
        self.banned = self._banned_names()
        self.home = _home_places(article)
        self.entities = entities
        self.body = article.body
        first_nl = self.body.find("\n")
        # the lead: the first paragraph, or the first 150 characters of a body printed as one paragraph
        self.lead_end = first_nl if 0 < first_nl < 400 else min(len(self.body), 150)

    def _banned_names(self) -> tuple[str, ...]:
        by = self.article.byline
        names = [*by.reporters, *by.interns, *by.correspondents, *by.photographers]
        if by.source:
            names.extend(p for p in _SOURCE_SEP.split(by.source) if len(p) >= 2)
        head = self.article.body[:300]  # bylines and datelines sit at the start of a body
        for m in _BODY_PEOPLE.finditer(self.article.body):
            names.append(m.group(1) or m.group(2))
        names.extend(m.group(1) for m in _BODY_MEDIA.finditer(head) if len(m.group(1)) >= 3)
        return tuple(n for n in names if n)

    def _is_banned(self, word: str) -> bool:
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

        Two passes over the runs of content tokens: the first counts every n-gram that could be a
        keyphrase; the second cuts each run into the longest recurring keyphrases, left to right, and
        credits each mention to the piece that holds it. A word said mostly inside one longer term (上合
        of 上合示范区, 海洋 of 海洋碳汇 and 海洋空间规划) so keeps only its own free-standing mentions,
        the C-value idea of counting a term's nested occurrences for the longer term.
        """
        w = self.w
        runs: list[tuple[list[tuple[Token, tuple]], float, bool]] = []
        cls = self._class
        for text, zw, is_body in _zones(self.article, w):
            run: list[tuple[Token, tuple]] = []
            for tok in tokenize(text):
                c = cls.get((tok.word, tok.pos))
                if c is None:
                    c = self._classify(tok.word, tok.pos)
                if c[0]:
                    if run:
                        runs.append((run, zw, is_body))
                        run = []
                else:
                    run.append((tok, c))
            if run:
                runs.append((run, zw, is_body))
        # pass 1: n-gram counts (a phrase needs to recur to be one)
        grams: dict[str, int] = {}
        max_tok, max_chars = w.max_phrase_tokens, w.max_phrase_chars
        for run, _, _ in runs:
            n = len(run)
            if n < 2:
                continue
            for i in range(n - 1):
                c0 = run[i][1]
                if not c0[2]:
                    continue
                key = run[i][0].word
                for j in range(i + 1, min(n, i + max_tok)):
                    if j - 1 > i and run[j - 1][1][4]:
                        break  # a verb, locative or name inside means a clause, not a term
                    key += run[j][0].word
                    if len(key) > max_chars:
                        break
                    if run[j][1][3]:
                        grams[key] = grams.get(key, 0) + 1
        self.grams = grams
        min_count = w.phrase_min_count
        # pass 2: cut each run into the longest recurring phrases and credit the mentions
        body_len = max(1, len(self.body))
        lead_end = self.lead_end
        cands = self.cands
        for run, zw, is_body in runs:
            n = len(run)
            i = 0
            while i < n:
                tok, c = run[i]
                best = i
                key = tok.word
                if c[2] and n - i > 1:
                    chars = len(tok.word)
                    joined = tok.word
                    for j in range(i + 1, min(n, i + max_tok)):
                        if j - 1 > i and run[j - 1][1][4]:
                            break
                        chars += len(run[j][0].word)
                        if chars > max_chars:
                            break
                        joined += run[j][0].word
                        if run[j][1][3] and grams.get(joined, 0) >= min_count:
                            best, key = j, joined
                weight = zw
                seg = 0
                if is_body:
                    if tok.start < lead_end:
                        weight += w.lead
                    seg = 1 << (5 * tok.start // body_len)
                if best > i:
                    cand = cands.get(key)
                    if cand is None:
                        cand = cands[key] = _Cand(parts=tuple(t.word for t, _ in run[i : best + 1]))
                        cand.kind = w.phrase
                        cand.pos_end = run[best][1][5]
                    cand.tfw += weight
                    cand.count += 1
                    cand.segs |= seg
                    i = best + 1
                    continue
                if c[1]:
                    cand = cands.get(key)
                    if cand is None:
                        cand = cands[key] = _Cand()
                    if c[1] > cand.kind:
                        cand.kind = c[1]
                    cand.tfw += weight
                    cand.count += 1
                    cand.segs |= seg
                i += 1

    def _classify(self, word: str, pos: str) -> tuple:
        """(breaks a run, single-word multiplier, may start a phrase, may end one, bad inside one, tag)."""
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
        out = (brk, single, start, end, inner_bad, eff)
        self._class[(word, pos)] = out
        return out

    def add_spans(self, words: Iterable[str], kind: float) -> None:
        """Quoted terms, defined abbreviations and entity names: counted by string over the zones."""
        w = self.w
        body_len = max(1, len(self.body))
        for word in set(words):
            if len(word) < 2 or word in self.stop or word in self.generic or _NUMBERISH.match(word):
                continue
            self.named.add(word)
            tfw = 0.0
            count = 0
            segs = 0
            for text, zw, is_body in _zones(self.article, w):
                at = text.find(word)
                while at >= 0:
                    count += 1
                    tfw += zw
                    if is_body:
                        if at < self.lead_end:
                            tfw += w.lead
                        segs |= 1 << (5 * at // body_len)
                    at = text.find(word, at + len(word))
            if not count:
                continue
            cand = self.cands.get(word)
            if cand is None:
                cand = self.cands[word] = _Cand(parts=_split_known(word))
            cand.tfw = max(cand.tfw, tfw)
            cand.count = max(cand.count, count)
            cand.segs |= segs
            cand.kind = max(cand.kind, kind)
            cand.pos_end = "span"

    def spans(self) -> None:
        w = self.w
        texts = [text for text, _, _ in _zones(self.article, w)]
        quoted: list[str] = []
        abbrevs: list[str] = []
        for text in texts:
            quoted.extend(m.group(1) for m in _QUOTED.finditer(text))
            quoted.extend(m.group(1) for m in _BOOK.finditer(text))
            abbrevs.extend(m.group(1) for m in _ABBREV.finditer(text))
        self.add_spans([q for q in quoted if not _COUNTED_NOUN.match(q)], w.quoted)
        self.add_spans(abbrevs, w.abbreviation)
        names = self.entities if self.entities is not None else _entity_names(self.article)
        by_type: dict[str | None, list[str]] = {}
        for name, typ in names:
            by_type.setdefault(typ, []).append(name)
        for typ, group in by_type.items():
            self.add_spans(group, w.entity * w.entity_type.get(typ or "", 1.0))

    def ranked(self, limit: int | None = None) -> list[tuple[str, float]]:
        """All candidates with their weights, best first, containment duplicates removed."""
        w = self.w
        self.scan()
        self.spans()
        scored: list[tuple[float, str]] = []
        front = (
            "\n".join(t for t, _, body in _zones(self.article, w) if not body) + self.body[: w.front_chars]
        )
        for word, cand in self.cands.items():
            if cand.parts and len(cand.parts) > 1 and cand.pos_end != "span":
                if cand.count < w.phrase_min_count:
                    continue
                if all(p in self.generic for p in cand.parts):
                    continue
                if cand.pos_end == "v" and cand.count < w.verb_end_min_count:
                    continue
            if self._is_banned(word) or _NUMBERISH.match(word) or _COUNTED.match(word) or _JUNK.search(word):
                continue
            if self.user_stop and word in self.user_stop:
                continue
            term_idf = _term_idf(word, cand.parts, w)
            spread = bin(cand.segs).count("1") / 5.0
            score = math.log1p(cand.tfw) * term_idf * cand.kind * (1.0 + w.spread * spread)
            if word in self.home:
                score *= w.home_place
            if word not in front:
                score *= w.off_front
            if len(word) == 2:
                score *= w.two_char
            if cand.count < 2:
                score *= w.once
                if word not in self.named and len(cand.parts) < 2 and _unseen(word):
                    score *= w.unseen_once
            scored.append((score, word))
        scored.sort(key=lambda x: (-x[0], x[1]))
        counts = {word: cand.count for word, cand in self.cands.items()}
        ranked = ((word, score / (score + w.scale)) for score, word in scored)
        text = "\n".join(t for t, _, _ in _zones(self.article, w))
        return _dedupe(ranked, limit, counts, self.named, text.count, w.whole_share)


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


def _pos(word: str, pos: str) -> str:
    """The token's tag, except that a rare word tagged as a verb is taken for a noun: jieba tags many
    words it does not know as verbs (碳汇, 上合), while common verbs (开工, 推动) keep their tag."""
    if pos == "v" and _rare(word):
        return "nz"
    if not pos and not word.isspace():
        return "nz"  # a user-dictionary word added without a tag: the user's own term
    return pos


def _overlap(a: str, b: str) -> bool:
    """One term's end is the other's start, over at least two characters (中央预算内 / 预算内投资)."""
    for x, y in ((a, b), (b, a)):
        for n in range(2, min(len(x), len(y))):
            if x.endswith(y[:n]):
                return True
    return False


def _term_idf(word: str, parts: tuple[str, ...], w: Weights) -> float:
    bg = _idf()
    value = bg.table.get(word)
    if value is not None:
        return value
    if len(parts) > 1:
        return min(bg.default, sum(idf(p) for p in parts) / len(parts) + w.phrase_idf_bonus)
    return idf(word)


def _two_names(a: str, b: str, named: set[str] | frozenset[str]) -> bool:
    return a in named and b in named and 5 * min(len(a), len(b)) < 3 * max(len(a), len(b))


def _dedupe(
    ranked: Iterable[tuple[str, float]],
    limit: int | None = None,
    counts: dict[str, int] | None = None,
    named: set[str] | frozenset[str] = frozenset(),
    total: Callable[[str], int] | None = None,
    whole_share: float = 0.0,
) -> list[tuple[str, float]]:
    """Keep one of any two terms where one contains the other, at the better-ranked one's place; with
    ``counts`` (free-standing mentions), a longer term replaces a better-ranked shorter one it holds when
    it carries at least half of the shorter one's mentions.
    Two names (``named``) where the shorter is under 60% of the longer are two things (阿斯利康 and
    阿斯利康中金基金, the company and its fund): both stay."""
    kept: list[tuple[str, float]] = []
    for word, weight in ranked:
        clash = [
            i for i, (k, _) in enumerate(kept) if (word in k or k in word) and not _two_names(word, k, named)
        ]
        if not clash and any(_overlap(word, k) for k, _ in kept):
            continue  # 中央预算内 beside 预算内投资: two cuts of one longer term, keep the better
        if not clash:
            kept.append((word, weight))
        elif counts is not None and len(clash) == 1:
            k, kw = kept[clash[0]]
            # a longer term takes the place of a better-ranked shorter one it holds when it carries at
            # least half of the shorter one's free-standing mentions (上合示范区 over 上合)
            if k in word and 2 * counts.get(word, 0) >= counts.get(k, 1):
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
        if ranked and weights.keep_ratio > 0:
            # fewer keywords when the article has fewer good ones: the tail far below the best is noise
            floor = weights.keep_ratio * ranked[0][1]
            ranked = ranked[: weights.keep_min] + [x for x in ranked[weights.keep_min :] if x[1] >= floor]
        return Keywords(articles.page, articles.article, _cut(ranked, top, min_weight))
    return corpus_keywords(list(articles), top=top, min_weight=min_weight, stopwords=stop, weights=weights)[0]


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
