"""Keywords and keyphrases that a news editor would tag an article with, or a whole corpus.

Candidates are jieba words (from :func:`newsmine.segment.tokenize`, so the article is segmented once)
and keyphrases: runs of adjacent content tokens that recur (海洋碳汇, 中央预算内投资), quoted terms
(“青聚英才”), abbreviations the article defines (简称“阿斯利康中金基金”) and entity names.

Each candidate is scored by

    log(1 + zone-weighted mentions) × background IDF × kind × (1 + spread) × (1 + graph)

where the zones are title, kicker/subtitle, subheads, first paragraph, body and captions; the IDF table for
news ships in ``data/idf_news.tsv.gz`` (built by ``training/build_idf.py``) with jieba's own IDF as the
fallback; spread is the share of the body's fifths that mention the term; graph is a TextRank score over
the co-occurrence of content words. The score is squashed to a 0–1 weight by a fixed curve, so weights
are comparable across articles. Every constant lives in :class:`Weights`.
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

from newsmine.records import Article, Entity, Keyword, Keywords
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
    # the IDF a phrase gets when the background lacks it: mean of its words' IDF plus this
    phrase_idf_bonus: float = 1.5
    # a word tagged as a verb with at least this IDF is taken for a mis-tagged noun (碳汇, 上合)
    rare_verb_idf: float = 10.0
    # a keyphrase ending in a verb (制度型开放, 对外开放) needs this many mentions
    verb_end_min_count: int = 3
    # measured on benchmarks/data/keywords_gold.jsonl: the TextRank score did not help (P/R 0.339/0.480
    # without it, 0.330/0.469 at 0.3, 0.328/0.469 at 1.0) and cost 40% of the time, so it is off
    spread: float = 0.2
    graph: float = 0.0
    graph_window: int = 4
    graph_iterations: int = 10
    # score at which the weight is 0.5; weight = score / (score + scale)
    scale: float = 12.0
    # a longer term replaces a better-ranked shorter one it contains when it has this share of its mentions
    absorb: float = 0.5
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
_ABBREV = re.compile(r"简称(?:为)?[：:]?[“「\"]?([\u4e00-\u9fffA-Za-z0-9]{2,12})")
_SOURCE_SEP = re.compile(r"[/／、|｜·\s]+")
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


def _entity_names(article: Article) -> list[str]:
    """Names from the entities module, so keywords and entities agree (guarded until it lands)."""
    from newsmine.entities import extract_entities

    try:
        return [e.text for e in extract_entities(article)]
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
    parts: tuple[str, ...] = ()  # the words of a keyphrase (for its IDF and graph score)
    pos_end: str = ""
    # the tokens seen just before and after it ("" at a phrase break): a term always followed (or
    # preceded) by the same token is a fragment of a longer one (上合 of 上合示范区, 新竹 of 张新竹)
    left: set[str] | None = None
    right: set[str] | None = None


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


class _Extractor:
    """Collects and scores the candidates of one article."""

    def __init__(self, article: Article, w: Weights, stop: frozenset[str], entities: Sequence[str] | None):
        self.article = article
        self.w = w
        self.stop, self.generic = _stopwords()
        if stop:
            self.stop = self.stop | stop
        self.user_stop = stop
        self.weak = _weak_heads()
        self.starts, self.ends = _affixes()
        self.cands: dict[str, _Cand] = {}
        self.banned = self._banned_names()
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

    def _breaks(self, tok: Token) -> bool:
        return tok.pos in _BREAK_POS or tok.word in self.stop or tok.word.isspace()

    def _add(
        self,
        word: str,
        weight: float,
        kind: float,
        seg: int,
        left: str,
        right: str,
        parts: tuple[str, ...] = (),
    ) -> _Cand:
        cand = self.cands.get(word)
        if cand is None:
            cand = self.cands[word] = _Cand(parts=parts, left=set(), right=set())
        cand.left.add(left)  # type: ignore[union-attr]
        cand.right.add(right)  # type: ignore[union-attr]
        cand.tfw += weight
        cand.count += 1
        cand.segs |= seg
        if kind > cand.kind:
            cand.kind = kind
        return cand

    def scan(self) -> None:
        """Single words and recurring keyphrases from the tokens of every zone."""
        w = self.w
        body_len = max(1, len(self.body))
        graph_seq: list[str] = []
        for text, zw, is_body in _zones(self.article, w):
            toks = tokenize(text)
            start = -1
            for i, tok in enumerate(toks):
                if self._breaks(tok):
                    if start >= 0:
                        self._chunk(toks, start, i, zw, is_body, body_len, graph_seq if is_body else None)
                        start = -1
                elif start < 0:
                    start = i
            if start >= 0:
                self._chunk(toks, start, len(toks), zw, is_body, body_len, graph_seq if is_body else None)
        self.graph_seq = graph_seq

    def _chunk(
        self,
        toks: tuple[Token, ...],
        lo: int,
        hi: int,
        zw: float,
        is_body: bool,
        body_len: int,
        graph_seq: list[str] | None,
    ) -> None:
        """Candidates of the run toks[lo:hi] of content tokens."""
        w = self.w
        for i in range(lo, hi):
            tok = toks[i]
            weight = zw
            seg = 0
            if is_body:
                if tok.start < self.lead_end:
                    weight += w.lead
                seg = 1 << (5 * tok.start // body_len)
            # neighbours are real tokens (function words too), "" next to punctuation or the zone's edge
            left = _neighbour(toks, i - 1)
            pos = _pos(tok)
            mult = self._ok_single(tok.word, pos)
            if mult:
                self._add(tok.word, weight, mult, seg, left, _neighbour(toks, i + 1))
                if graph_seq is not None:
                    graph_seq.append(tok.word)
            if pos in _BAD_START_POS or (len(tok.word) == 1 and tok.word not in self.starts):
                continue
            if pos.startswith("nr") and not _placeish(tok.word, self.ends):
                continue
            chars = len(tok.word)
            for j in range(i + 1, min(hi, i + w.max_phrase_tokens)):
                last = toks[j]
                # a verb, locative or person name inside a phrase means a clause (轿车发生刮擦,
                # 立交桥上轿车, 董事长马国利), not a term
                if j - 1 > i and _pos(toks[j - 1]) in _INNER_BAD_POS:
                    break
                chars += len(last.word)
                if chars > w.max_phrase_chars:
                    break
                end_pos = _pos(last)
                if (
                    end_pos in _BAD_END_POS
                    or last.word in self.weak
                    or (len(last.word) == 1 and last.word not in self.ends)
                    or (end_pos.startswith("nr") and not _placeish(last.word, self.ends))
                ):
                    continue
                parts = tuple(t.word for t in toks[i : j + 1])
                cand = self._add("".join(parts), weight, w.phrase, seg, left, _neighbour(toks, j + 1), parts)
                cand.pos_end = end_pos

    def add_spans(self, words: Iterable[str], kind: float) -> None:
        """Quoted terms, defined abbreviations and entity names: counted by string over the zones."""
        w = self.w
        body_len = max(1, len(self.body))
        for word in set(words):
            if len(word) < 2 or word in self.stop or word in self.generic or _NUMBERISH.match(word):
                continue
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
                cand = self.cands[word] = _Cand(
                    parts=tuple(t.word for t in tokenize(word) if not t.word.isspace())
                )
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
        self.add_spans(quoted, w.quoted)
        self.add_spans(abbrevs, w.abbreviation)
        names = self.entities if self.entities is not None else _entity_names(self.article)
        self.add_spans(names, w.entity)

    def graph(self) -> dict[str, float]:
        """TextRank over the co-occurrence of content words in the body; scores scaled to max 1."""
        w = self.w
        seq = self.graph_seq
        if len(seq) < 3:
            return {}
        nbrs: dict[str, dict[str, float]] = {}
        for i, a in enumerate(seq):
            for b in seq[i + 1 : i + w.graph_window]:
                if a == b:
                    continue
                da = nbrs.setdefault(a, {})
                da[b] = da.get(b, 0.0) + 1.0
                db = nbrs.setdefault(b, {})
                db[a] = db.get(a, 0.0) + 1.0
        out_sum = {a: sum(d.values()) for a, d in nbrs.items()}
        score = dict.fromkeys(nbrs, 1.0)
        for _ in range(w.graph_iterations):
            score = {
                a: 0.15 + 0.85 * sum(wt * score[b] / out_sum[b] for b, wt in d.items())
                for a, d in nbrs.items()
            }
        top = max(score.values())
        return {a: s / top for a, s in score.items()}

    def ranked(self, limit: int | None = None) -> list[tuple[str, float]]:
        """All candidates with their weights, best first, containment duplicates removed."""
        w = self.w
        self.scan()
        self.spans()
        graph = self.graph() if w.graph else {}
        scored: list[tuple[float, str]] = []
        for word, cand in self.cands.items():
            if cand.parts and len(cand.parts) > 1 and cand.pos_end != "span":
                if cand.count < w.phrase_min_count:
                    continue
                if all(p in self.generic for p in cand.parts):
                    continue
                if cand.pos_end == "v" and cand.count < w.verb_end_min_count:
                    continue
            if self._is_banned(word) or _NUMBERISH.match(word) or _COUNTED.match(word):
                continue
            if (
                cand.count >= 2
                and cand.left is not None
                and len(cand.parts) < 2
                and _fragment(cand.left, cand.right)
            ):
                continue
            if self.user_stop and word in self.user_stop:
                continue
            term_idf = _term_idf(word, cand.parts, w)
            spread = bin(cand.segs).count("1") / 5.0
            if cand.parts and len(cand.parts) > 1:
                g = sum(graph.get(p, 0.0) for p in cand.parts) / len(cand.parts)
            else:
                g = graph.get(word, 0.0)
            score = (
                math.log1p(cand.tfw) * term_idf * cand.kind * (1.0 + w.spread * spread) * (1.0 + w.graph * g)
            )
            scored.append((score, word))
        scored.sort(key=lambda x: (-x[0], x[1]))
        counts = {word: cand.count for word, cand in self.cands.items()}
        return _dedupe(((word, score / (score + w.scale)) for score, word in scored), limit, counts, w.absorb)


def _placeish(word: str, ends: frozenset[str]) -> bool:
    """A token tagged as a person name that is really a place or body (高新区 is tagged nr)."""
    return len(word) >= 3 and word[-1] in ends


def _neighbour(toks: tuple[Token, ...], i: int) -> str:
    if i < 0 or i >= len(toks):
        return ""
    tok = toks[i]
    return "" if tok.pos in ("x", "w") or tok.word.isspace() else tok.word


@lru_cache(maxsize=65536)
def _rare(word: str) -> bool:
    return idf(word) >= WEIGHTS.rare_verb_idf


def _pos(tok: Token) -> str:
    """The token's tag, except that a rare word tagged as a verb is taken for a noun: jieba tags many
    words it does not know as verbs (碳汇, 上合), while common verbs (开工, 推动) keep their tag."""
    if tok.pos == "v" and _rare(tok.word):
        return "nz"
    return tok.pos


def _overlap(a: str, b: str) -> bool:
    """One term's end is the other's start, over at least two characters (中央预算内 / 预算内投资)."""
    for x, y in ((a, b), (b, a)):
        for n in range(2, min(len(x), len(y))):
            if x.endswith(y[:n]):
                return True
    return False


def _fragment(left: set[str], right: set[str] | None) -> bool:
    """Always preceded, or always followed, by one and the same token: part of a longer term."""
    return (len(left) == 1 and "" not in left) or (right is not None and len(right) == 1 and "" not in right)


def _term_idf(word: str, parts: tuple[str, ...], w: Weights) -> float:
    bg = _idf()
    value = bg.table.get(word)
    if value is not None:
        return value
    if len(parts) > 1:
        return min(bg.default, sum(idf(p) for p in parts) / len(parts) + w.phrase_idf_bonus)
    return idf(word)


def _dedupe(
    ranked: Iterable[tuple[str, float]],
    limit: int | None = None,
    counts: dict[str, int] | None = None,
    absorb: float = 1.0,
) -> list[tuple[str, float]]:
    """Keep one of any two terms where one contains the other: the better-ranked one, except that a
    longer term takes the place of a shorter one it holds when it carries at least ``absorb`` of the
    shorter one's mentions (上合示范区 for 上合: the short one is mostly said as part of the long one)."""
    kept: list[tuple[str, float]] = []
    for word, weight in ranked:
        clash = [i for i, (k, _) in enumerate(kept) if word in k or k in word]
        if not clash and any(_overlap(word, k) for k, _ in kept):
            continue  # 中央预算内 beside 预算内投资: two cuts of one longer term, keep the better
        if not clash:
            kept.append((word, weight))
        elif counts is not None and len(clash) == 1:
            k, kw = kept[clash[0]]
            if k in word and counts.get(word, 0) >= absorb * counts.get(k, 1):
                kept[clash[0]] = (word, kw)
        if limit is not None and len(kept) >= limit:
            break
    return kept


# --------------------------------------------------------------------------- public API


def rank_article(
    article: Article,
    *,
    stopwords: Iterable[str] = (),
    entities: Sequence[str | Entity] | None = None,
    weights: Weights = WEIGHTS,
    limit: int | None = None,
) -> list[tuple[str, float]]:
    """The keyword candidates of one article with their 0–1 weights, best first (the first ``limit``)."""
    names = None if entities is None else [e.text if isinstance(e, Entity) else e for e in entities]
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
    asked).

    >>> extract_keywords(Article(page="p", article=1, body="")).keywords
    ()
    """
    stop = frozenset(stopwords)
    if isinstance(articles, Article):
        ranked = rank_article(articles, stopwords=stop, entities=entities, weights=weights, limit=top)
        return Keywords(articles.page, articles.article, _cut(ranked, top, min_weight))
    items = list(articles)
    pages = {a.page for a in items}
    page = next(iter(pages)) if len(pages) == 1 else "*"
    return Keywords(page, None, _cut(corpus_ranking(items, stopwords=stop, weights=weights), top, min_weight))


def corpus_ranking(
    articles: Sequence[Article],
    *,
    stopwords: Iterable[str] = (),
    weights: Weights = WEIGHTS,
    per_article: int = 30,
    rank: Callable[..., list[tuple[str, float]]] = rank_article,
) -> list[tuple[str, float]]:
    """Keywords over many articles: a term's weight is the mean of its article weights (0 where absent).

    That product of document frequency and per-article weight (itself IDF-weighted against the shipped
    background) makes an archive's own recurring topics rise above one-off words and generic ones.
    """
    if not articles:
        return []
    stop = frozenset(stopwords)
    total: dict[str, float] = {}
    for article in articles:
        for word, weight in rank(article, stopwords=stop, weights=weights, limit=per_article):
            total[word] = total.get(word, 0.0) + weight
    n = len(articles)
    ranked = sorted(((word, s / n) for word, s in total.items()), key=lambda x: (-x[1], x[0]))
    return _dedupe(ranked)


def _cut(ranked: list[tuple[str, float]], top: int, min_weight: float) -> tuple[Keyword, ...]:
    out = [Keyword(word, round(weight, 4)) for word, weight in ranked if weight >= min_weight]
    return tuple(out[: max(0, top)])
