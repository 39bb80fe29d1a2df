"""``extract_entities``: the article-level pipeline around the tagger.

1. Tag the body and the headline block, column, subheads and dateline in one batch (each text
   segmented once, the segmentation shared with other extractors), then the post-rules of
   :mod:`newsmine.entities.rules` and :mod:`newsmine.entities.subunits`, in this order: trim; extend
   an organisation over its suffix words (人力资源 + 和 + 社会保障局; a place + 网/时报/频道 is an
   outlet) and over a numbered or duty-named sub-unit (交警支队 + 一大队, 公安局 + 禁毒大队), and ORG +
   政府间 + ORG joined;
   split two organisations joined by 同/和; known places are LOC; a place plus a verb is the place;
   a place plus a zone word is the zone, plus 站/省/小区 the station, state or estate; districts
   named 市南区/市中区 keep their 市; well-known organisations; level-prefixed agencies
   (市发展改革委, and in articles the bare 市政府); dateline outlets, places and byline people; web
   outlets cited in the story (据西部网报道) and titled ones (《商业观察》记者); role nouns (申请人) are
   no PER; a leading verb (包括省委宣传部) is cut off; a name ends before 对 (法院对原…); 王某某;
   administrative chains joined, a country joins the place after it (韩国 + 釜山, :mod:`streets`);
   street-level places the model missed (穿山路, 椰风巷, 西岩收费站: :mod:`streets`); a verb glued
   after a name cut off (李尧 + 时) and names after a title (巡视员谭明政: :mod:`people`);
   withheld names 莫某成 whole, county-level units with their suffix and bare ones in a list of places,
   townships and villages glued after a chain, a place + 政府 one ORG in articles, title + name cut out
   of an ORG (…公司ＣＥＯ沈颢), a Latin gloss in brackets typed like the name before it
   (:mod:`districts`, :mod:`people`, round 5); in sentence mode a province or country before an
   organisation named after a smaller place its own LOC (江苏省 + 宿迁市中级人民法院); finally the
   user dictionary, which overrides everything.
2. Byline people are PER; each part of the byline source (青岛日报/观海新闻, 新华社) is ORG.
3. Every name found once is looked for again in the same article (a name the model tagged in one
   sentence is the same name in the next), so counts cover all mentions.
4. Short forms get their long form in ``canonical``: abbreviations defined by 简称 or in
   parentheses, and level-prefixed forms (市行政审批局 after 青州市行政审批服务局).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from newsmine.entities import districts, people, rules, streets, subunits, userdict
from newsmine.entities.gazetteer import COUNTRIES, PLACES
from newsmine.entities.model import article_document, split_document, tag_documents, tag_many
from newsmine.records import Article, Entity
from newsmine.segment import tokenize

Span = rules.Span

_SOURCE_SEPARATORS = "/／、|｜·"


def find_spans(text: str, *, chains: bool = True) -> list[Span]:
    """Typed spans (start, end, type) of one text: the tagger plus the post-rules.

    ``chains=False`` keeps administrative chains split, as the 1998 NER corpora annotate them.
    """
    return find_spans_many([text], chains=chains)[0]


def find_spans_many(texts: Sequence[str], *, chains: bool = True) -> list[list[Span]]:
    """:func:`find_spans` of several texts, tagged in one batch (cheaper than one call per text)."""
    todo = [k for k, t in enumerate(texts) if t and not t.isspace()]
    out: list[list[Span]] = [[] for _ in texts]
    if not todo:
        return out
    key = tuple(texts[k] for k in todo)
    tagged = _TAGGED.get(key)
    if tagged is None:
        tagged = tag_many(key)
    for k, raw in zip(todo, tagged, strict=True):
        text = texts[k]
        tokens = tokenize(text)
        spans = rules.clean(text, raw)
        spans = rules.extend_org(text, spans, tokens)
        spans = subunits.sub_units(text, spans)
        spans = rules.join_intergovernmental(text, spans)
        spans = rules.split_joined(text, spans)
        spans = rules.place_type(text, spans)
        spans = rules.place_not_org(text, spans, tokens)
        spans = rules.place_then_noun(text, spans, tokens)
        spans = rules.extend_zone(text, spans, tokens)
        spans = subunits.place_units(text, spans, tokens, PLACES)
        spans = subunits.city_districts(text, spans, tokens)
        spans = rules.known_orgs(text, spans, tokens)
        spans = rules.force(spans, rules.short_forms(text))
        spans = rules.force(spans, rules.level_agencies(text, governments=chains))
        spans = rules.force_frame(text, spans, rules.news_frame(text))
        spans = rules.force(spans, subunits.web_outlets(text, tokens) + subunits.titled_outlets(text))
        spans = rules.not_person(text, spans)
        spans = rules.trim_verbs(text, spans, tokens)
        spans = rules.cut_breakers(text, spans)
        spans = subunits.cut_prepositions(text, spans)
        spans = rules.cut_titles(text, spans)
        spans = rules.split_committee_government(text, spans)
        spans = rules.facilities_are_places(text, spans)
        spans = streets.named_places(text, spans, tokens)
        spans = districts.suffixed_counties(text, spans, tokens)
        spans = districts.listed_places(text, spans)
        spans = rules.anonymised(text, spans)
        spans = people.withheld(text, spans, tokens)
        spans = rules.place_agencies(text, spans)
        spans = people.unglue(text, spans)
        spans = people.complete(text, spans, tokens)
        spans = people.titled_names(text, spans)
        spans = people.org_title_names(text, spans)
        spans = rules.honorifics(text, spans, tokens)
        spans = rules.known_people(text, spans, tokens)
        spans = rules.defined_short_forms(text, spans)
        spans = rules.consistent(text, spans)
        if chains:  # the article pipeline (the 1998 corpora split chains and tag 中/美 abbreviations)
            spans = rules.join_chains(text, spans)
            spans = rules.county_chains(text, spans, tokens)
            spans = districts.chain_tails(text, spans)
            spans = streets.country_chains(text, spans, COUNTRIES)
            spans = rules.split_landmarks(text, spans)
            spans = rules.split_estates(text, spans, tokens)
            spans = rules.places_in_titles(text, spans)
            spans = rules.drop_sessions(text, spans)
            spans = rules.drop_single_characters(text, spans)
            spans = rules.place_governments(text, spans)
        else:
            spans = rules.split_province(text, spans)
            spans = rules.split_chains(text, spans)
            spans = rules.drop_bare_governments(text, spans)
        spans = rules.latin_glosses(text, spans)
        out[k] = userdict.apply(text, spans)
    return out


# Raw model spans of the texts of the articles of one page, tagged together by :func:`prepare`.
_TAGGED: dict[tuple[str, ...], list[list[Span]]] = {}


def prepare(articles: Sequence[Article]) -> None:
    """Tag the texts of several articles (a page) in one batch, ahead of :func:`extract_entities`.

    An optional speed-up: the tagger's cost is mostly per call (one Viterbi step per position), so
    one call for a page's articles costs about half as much as one per article. The labels are the
    same as tagging each article alone; only the last batch is kept, so memory stays bounded.
    """
    keys = []
    for article in articles:
        texts = [article.body or "", *_side_texts(article)]
        key = tuple(t for t in texts if t and not t.isspace())
        if key and key not in keys:
            keys.append(key)
    _TAGGED.clear()
    if not keys:
        return
    tagged = tag_documents([article_document(key) for key in keys])
    for key, spans in zip(keys, tagged, strict=True):
        _TAGGED[key] = split_document(key, spans)


# "This paper" and its kin name no organisation by themselves: the masthead does.
_SELF_REFERENCES = frozenset({"本报", "本台", "本刊", "本网", "本社"})


def _source_names(source: str) -> list[str]:
    for sep in _SOURCE_SEPARATORS:
        source = source.replace(sep, " ")
    return [part for part in source.split() if len(part) >= 2 and part not in _SELF_REFERENCES]


def _side_texts(article: Article) -> list[str]:
    """Texts outside the body whose names count: headline block, column, subheads, dateline."""
    head = list(article.headline) or [x for x in (article.kicker, article.title, article.subtitle) if x]
    texts = [x for x in (article.column, *head, article.dateline) if x]
    texts += [s for s in article.subheads if s and s not in article.body]
    seen: set[str] = set()
    return [t for t in texts if not (t in seen or seen.add(t))]


def _propagate(text: str, spans: list[Span], names: dict[str, str]) -> list[Span]:
    """Add untagged occurrences of already known names (longest first, never overlapping a span)."""
    return sorted(spans + rules.untagged_mentions(text, spans, names))


def extract_entities(article: Article) -> list[Entity]:
    """One record per distinct person, place or organisation of an article.

    ``count`` counts mentions in the body, headline block and byline; ``start``/``end`` give the
    first mention in ``article.body`` (None when the name occurs only outside the body).
    Results are cached per article, so ``keywords`` and ``entities`` in one process share them.
    """
    return list(_extract(article))


def clear_cache() -> None:
    """Forget cached results (the user dictionary changed)."""
    _extract.cache_clear()
    _TAGGED.clear()


@lru_cache(maxsize=256)
def _extract(article: Article) -> tuple[Entity, ...]:
    body = article.body or ""
    side = _side_texts(article)
    texts = [body, *side]
    spans = find_spans_many(texts)

    # Byline: fixed types, they are never re-typed by the model.
    by = article.byline
    fixed: dict[str, str] = {}
    byline_mentions: Counter[str] = Counter()
    for name in (*by.reporters, *by.interns, *by.correspondents, *by.photographers):
        name = name.strip()
        if len(name) >= 2:
            fixed[name] = "PER"
            byline_mentions[name] += 1
    for name in _source_names(by.source or ""):
        fixed.setdefault(name, "ORG")
        byline_mentions[name] += 1

    # One type per name: the byline's, else the majority of the model's votes, zones always LOC.
    votes: dict[str, Counter[str]] = {}
    for text, sp in zip(texts, spans, strict=True):
        for s, e, t in sp:
            votes.setdefault(text[s:e], Counter())[t] += 1
    types = {name: rules.zone_type(name, c.most_common(1)[0][0]) for name, c in votes.items()}
    user = userdict.names()
    types.update((n, user[n]) for n in types.keys() & user.keys())
    types.update(fixed)

    # Abbreviations defined in the text are names too, of their long form's type.
    canonical: dict[str, str] = {}
    for text, sp in zip(texts, spans, strict=True):
        for short, (longf, t) in rules.abbreviations(text, sp).items():
            canonical[short] = longf
            types.setdefault(short, types.get(longf, t))

    known = {n: t for n, t in types.items() if len(n) >= 2}
    spans = [_propagate(text, sp, known) for text, sp in zip(texts, spans, strict=True)]

    count: Counter[str] = Counter(byline_mentions)
    first: dict[str, tuple[int, int]] = {}
    order: dict[str, int] = {}
    for k, (text, sp) in enumerate(zip(texts, spans, strict=True)):
        for s, e, _ in sp:
            name = text[s:e]
            if len(name) < 2:
                continue  # single characters (中, 美) are abbreviations a reader cannot use alone
            count[name] += 1
            order.setdefault(name, len(order))
            if k == 0 and name not in first:
                first[name] = (s, e)
    for name in byline_mentions:
        order.setdefault(name, len(order))

    orgs = [n for n in count if types.get(n) == "ORG"]
    out: list[Entity] = []

    # Reading order: names met only outside the body (headline, byline) first, then by body offset.
    def key(n: str) -> tuple[int, int]:
        return (1, first[n][0]) if n in first else (0, order.get(n, 0))

    for name in sorted(count, key=key):
        typ = types.get(name)
        if typ not in ("PER", "LOC", "ORG"):
            continue
        canon = canonical.get(name) or (rules.level_short_form(name, orgs) if typ == "ORG" else None) or name
        s, e = first.get(name, (None, None))
        out.append(Entity(article.page, article.article, typ, name, canon, count[name], s, e))
    return tuple(out)
