"""Post-rules on organisation spans: sub-units glued after a unit, and a preposition glued inside.

Modern news names police, traffic and court sub-units by number or by duty right after their parent
(…交警大队107中队, …交警支队一大队, …公安局禁毒大队, …公安局合成作战专班); the model stops at the
parent. And it sometimes runs an agency on over the preposition that follows it (盐田区人民法院对原…,
…纪检组对省高级人民法院…): the name ends before 对. All spans are ``(start, end, type)``, sorted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmine.entities.gazetteer import COUNTRIES
from newsmine.entities.rules import _find, _near, _offsets
from newsmine.segment import Token

Span = tuple[int, int, str]

# Parents that have numbered or duty-named sub-units (police, traffic police, customs, armed police).
_PARENT_END = ("公安局", "分局", "支队", "大队", "交警", "交巡警", "海关", "武警", "边防", "消防", "公安处")
# A sub-unit: by number (一大队, 107中队, 二分局) or by a duty of 2–4 characters (禁毒大队, 合成作战专班).
# Not a title (大队长, 支队长) nor a member (大队员): the next character is checked.
_SUB_UNIT = re.compile(
    r"(?:(?:[一二三四五六七八九十]{1,3}|\d{1,4})(?:大队|中队|支队|分队|分局|派出所)"
    r"|[\u4e00-\u9fff]{2,4}?(?:大队|中队|支队|专班))"
    r"(?![长员])"
)
# Duty words that are no sub-unit name (该局 + 全体大队, 各 + 个大队).
_NOT_DUTY = ("各", "全体", "所有", "其他", "多个", "下属", "一个", "两个", "该", "和", "与", "及", "、")


def sub_units(text: str, spans: Sequence[Span]) -> list[Span]:
    """An ORG span ending in a police/customs unit, followed directly by a numbered or duty-named
    sub-unit, runs over it (四川省乐山市交警支队 + 一大队; 应城市公安局 + 禁毒大队)."""
    if "队" not in text and "专班" not in text and "分局" not in text and "派出所" not in text:
        return list(spans)  # no sub-unit word anywhere: most texts
    out: list[Span] = []
    for n, (s, e, t) in enumerate(spans):
        if t == "ORG" and text.endswith(_PARENT_END, s, e):
            m = _SUB_UNIT.match(text, e)
            nxt = spans[n + 1][0] if n + 1 < len(spans) else len(text)
            if m and m.end() <= max(nxt, e) and not m.group().startswith(_NOT_DUTY):
                e = m.end()
            elif m and spans[n + 1][2] == "ORG" and spans[n + 1][1] == m.end():
                e = m.end()  # the model tagged the sub-unit alone (中队): it belongs to its parent
        if out and s < out[-1][1]:
            continue  # swallowed by the extended span before it
        out.append((s, e, t))
    return out


# An agency name ends before 对 (its object follows): 对外, 对口, 对台 are parts of names
# (商务部对外投资和经济合作司, 对口支援办公室, 对台办).
_PREP = re.compile(r"对(?![外口台内华日美])")
_AGENCY_END = frozenset("院局委厅所组部处办庭队司署")


def cut_prepositions(text: str, spans: Sequence[Span]) -> list[Span]:
    """Cut an ORG span at a 对 that follows an agency word (法院对原…): the part before stays ORG; the
    part after, without a leading 原/该, is an ORG of its own when it ends like an agency too."""
    if "对" not in text:
        return list(spans)
    out: list[Span] = []
    for s, e, t in spans:
        m = _PREP.search(text, s + 3, e - 1) if t == "ORG" else None
        if m is None or text[m.start() - 1] not in _AGENCY_END:
            out.append((s, e, t))
            continue
        out.append((s, m.start(), t))
        a = m.end()
        while a < e and text[a] in "原该":
            a += 1
        if e - a >= 3 and text[e - 1] in _AGENCY_END | {"府"}:
            out.append((a, e, t))
    return out


# Words that make a place of the place before them: a station of the city (宁波 + 站), the province or
# state of a foreign name the model found bare (安卡拉 + 省), an estate or a scenic area (海兴水岸新城 +
# 小区, 长兴县太湖街道杨庄 + 居民区). Whole jieba words only (站 is no 站在, 小区 no 小区域).
_STATION_WORDS = frozenset({"站", "省", "州"})
_ESTATE_WORDS = frozenset({"小区", "居民区", "社区", "片区", "景区", "花园小区"})
# An estate word after an administrative unit is a generic phrase (青岛 + 社区医院, 和平区 + 社区建设),
# not a name; 站 after a country is a leg of a sports tour (美国站的比赛).
_ADMIN_END = ("省", "市", "区", "县", "镇", "乡", "街道", "旗")


def place_units(
    text: str, spans: Sequence[Span], tokens: Sequence[Token], places: frozenset[str]
) -> list[Span]:
    """A LOC span followed by a station, state or estate word (a whole jieba word, not followed by
    another noun of the name) runs over it; 综合 + 保税区 after a place is its zone."""
    if not spans:
        return []
    starts = _offsets(tokens)[0]  # shared with the other rules of this text
    out: list[Span] = []
    for n, (s, e, t) in enumerate(spans):
        k = _find(starts, e) if t == "LOC" else None
        if k is not None:
            w = tokens[k].word
            nxt = spans[n + 1][0] if n + 1 < len(spans) else len(text)
            name = text[s:e]
            if w in _STATION_WORDS and tokens[k].end <= nxt:
                after = tokens[k + 1].word if k + 1 < len(tokens) else ""
                if (w == "站" and name not in COUNTRIES) or (
                    w != "站" and after[:1] not in ("长", "委", "政", "级")  # 省长, 州委: a title, a body
                ):
                    e = tokens[k].end
            elif w in _ESTATE_WORDS and name not in places and not name.endswith(_ADMIN_END):
                e = tokens[k].end
            elif w == "综合" and k + 1 < len(tokens) and tokens[k + 1].word == "保税区":
                e = tokens[k + 1].end
        if out and s < out[-1][1]:
            continue
        out.append((s, e, t))
    return out


# A web outlet named in the frame of a story: a word ending in 网 between a clause edge (or 据, 通过,
# 【) and a reporting word (显示, 报道, 讯, 记者, 】, a quoted column): 据西部网报道, 近日，裁判文书网显示,
# 【通信产业网讯】. Common words ending in 网 are no outlet (互联网, 官网, 上网, 电网).
_WEB_OUTLET = re.compile(
    r"(?:^|(?<=[【，。、：；“”\s（(])|(?<=[据在由])|(?<=通过|登录|近日|来自))"
    r"(?![据在由本我该]|通过|登录|近日|来自)"  # those start the frame, not the name; 本网 is this site
    r"([\u4e00-\u9fff]{1,6}?网)"
    r"(?=讯|报道|消息|记者|综合报道|显示|获悉|客户端|】|“|发布|[(（]记者)"
)
_NOT_OUTLET = (
    "互联网",
    "物联网",
    "局域网",
    "因特网",
    "万维网",
    "官网",
    "联网",
    "上网",
    "全网",
    "内网",
    "外网",
)
_NOT_OUTLET_WORDS = frozenset({"电网", "专网", "天网", "法网", "光网", "公网", "网"})


_LEAD_POS = frozenset({"v", "vd", "d", "p", "c", "ad", "a", "ng"})


def web_outlets(text: str, tokens: Sequence[Token]) -> list[Span]:
    """Web outlets named where a story cites them (ORG), found by pattern; leading verbs, adverbs and
    prepositions are no part of the name (纷纷 + 吐槽 + 知网, 详见 + 财新网), which starts a word."""
    if "网" not in text:
        return []
    out: list[Span] = []
    by_start: dict[int, Token] | None = None
    # the regex runs only around each 网 (a name of ≤ 7 characters before it, ≤ 4 after: 综合报道)
    for m in _near(_WEB_OUTLET, text, ("网",), 9, 6):
        s, e = m.span(1)
        if by_start is None:
            by_start = {tok.start: tok for tok in tokens}
        tok = by_start.get(s)
        while tok is not None and tok.pos in _LEAD_POS and e - tok.end >= 2:
            s = tok.end
            tok = by_start.get(s)
        name = text[s:e]
        if tok is None or name in _NOT_OUTLET_WORDS or name.endswith(_NOT_OUTLET):
            continue
        out.append((s, e, "ORG"))
    return out


# A publication in title marks whose reporter or report is cited: 《商业观察》记者, 《证券日报》报道. Before
# 报道 only names shaped like a paper, a magazine or a site count (《新闻纵横》报道 is a programme).
_TITLED_OUTLET = re.compile(
    r"《([^《》\s]{2,12})》(?:(?:杂志|周刊)?记者|(?<=[报刊网闻]》)(?:报道|消息|讯|获悉))"
)


def titled_outlets(text: str) -> list[Span]:
    """Publications named in 《》 before their reporter or report (ORG, the marks left out)."""
    if "》" not in text:
        return []
    return [(m.start(1), m.end(1), "ORG") for m in _TITLED_OUTLET.finditer(text)]


# Districts whose name starts with 市 (青岛 市南区, 济南 市中区): the model reads the 市 as "the city"
# and leaves it out (南区政府) or misses the district. Built from the county table.
def _city_districts() -> frozenset[str]:
    from newsmine.entities.counties import COUNTIES

    return frozenset(v + "区" for vs in COUNTIES.values() for v in vs if v.startswith("市"))


_CITY_DISTRICTS = _city_districts()
_CITY_DISTRICT = re.compile("|".join(sorted(_CITY_DISTRICTS)))


def city_districts(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """A span starting right after the 市 of such a district takes it back (市 + 南区政府 → 市南区政府);
    the district as a whole jieba word, untagged, is a place (对市中区的建设)."""
    if not _CITY_DISTRICTS or _CITY_DISTRICT.search(text) is None:
        return list(spans)
    words = {tok.start: tok for tok in tokens if tok.word in _CITY_DISTRICTS}
    out: list[Span] = []
    for s, e, t in spans:
        if s > 0 and text[s - 1] == "市" and (s - 1) in words and not (out and out[-1][1] > s - 1):
            s -= 1
        out.append((s, e, t))
    for k, tok in words.items():
        if not any(a < tok.end and k < b for a, b, _ in out):
            out.append((k, tok.end, "LOC"))
    return sorted(out)
