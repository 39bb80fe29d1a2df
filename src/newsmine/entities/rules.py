"""Post-rules on the tagger's spans: suffix merges, administrative chains, clean-up, short forms.

All spans are ``(start, end, type)`` over one text, sorted by start.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from operator import itemgetter

from newsmine.entities.counties import COUNTIES
from newsmine.entities.gazetteer import (
    ADMIN_SUFFIXES,
    CITIES,
    COUNTRIES,
    ORG_SUFFIXES,
    ORGANISATIONS,
    PEOPLE,
    PLACES,
    PROVINCES,
    SHORT_FORMS,
    SHORT_OUTLETS,
    SURNAMES_1,
    TITLES,
    TITLES_BODY_ONLY,
    TITLES_PERSON_ONLY,
    WORLD_PLACES,
)
from newsmine.segment import Token

Span = tuple[int, int, str]

_WORD, _START, _END = itemgetter(0), itemgetter(2), itemgetter(3)
_OFFSETS: list = [None, [], []]  # the last token tuple with its starts and ends


def _offsets(tokens: Sequence[Token]) -> tuple[list[int], list[int]]:
    """Token starts and token ends (both increasing) of a text's tokens.

    Several rules look tokens up by offset; reading the offsets with C-level maps and searching them
    by bisection beats building a dict per rule. The last (immutable) token tuple's offsets are kept,
    so the rules of one text read them once.
    """
    if _OFFSETS[0] is not tokens:
        starts, ends = list(map(_START, tokens)), list(map(_END, tokens))
        if not isinstance(tokens, tuple):
            return starts, ends
        _OFFSETS[:] = [tokens, starts, ends]
    return _OFFSETS[1], _OFFSETS[2]


def _find(values: list[int], value: int) -> int | None:
    """Index of ``value`` in the increasing list ``values``, or None."""
    k = bisect_left(values, value)
    return k if k < len(values) and values[k] == value else None


# Zones that are both a place and an administration: newsmine always types them LOC (the place);
# their 管委会 / 管理委员会 is the ORG. One consistent type per name, whatever the model said.
ZONE_SUFFIXES = (
    "示范区",
    "高新区",
    "开发区",
    "自贸区",
    "自由贸易试验区",
    "保税区",
    "新区",
    "实验区",
    "试验区",
)

# Organisation words that may follow a tagged name directly (上合组织 + 秘书处, 青岛市 + 政府).
_ORG_WORDS = frozenset(s for s in ORG_SUFFIXES if len(s) >= 2) | frozenset(
    {"政府", "人民政府", "市委", "省委", "县委", "区委", "党委", "管委会", "委员会", "办公厅", "办事处"}
)

_STRIP = " \t\u3000\r\n，。、；：:,.;!?！？“”\"'‘’()（）《》<>【】[]·—-"


_BREAKS = re.compile(r"[\s/／|｜□■]")
_DATE_TAIL = "日月年号"
_OPEN, _CLOSE = "（(《“", "）)》”"
_BRACKET = re.compile("[（(《“）)》”]")  # most spans hold none: balanced without a Python loop


def _balanced(name: str) -> bool:
    """Whether brackets and quotes in a name pair up (阿斯利康中金(青岛) yes, 市)委 no)."""
    depth = 0
    for c in name:
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def clean(text: str, spans: Sequence[Span]) -> list[Span]:
    """Trim spans to what a name can be.

    Punctuation at the edges goes; a span that runs over a space, a slash or a layout mark keeps its
    first part (青岛日报/观海新闻记者 → 青岛日报); a date character glued in front (7月25日 + 市人社局)
    goes; spans with unpaired brackets or crossing a line are dropped.
    """
    out = []
    for s, e, t in spans:
        m = _BREAKS.search(text, s, e)
        if m:
            e = m.start()
        while s < e and text[s] in _STRIP:
            s += 1
        while e > s and text[e - 1] in _STRIP:
            e -= 1
        if (
            e - s >= 2
            and text[s] in _DATE_TAIL
            and s > 0
            and (text[s - 1].isdigit() or text[s - 1] in "〇一二三四五六七八九十")
        ):
            s += 1
        if e > s and (_BRACKET.search(text, s, e) is None or _balanced(text[s:e])):
            out.append((s, e, t))
    return out


def place_type(text: str, spans: Sequence[Span]) -> list[Span]:
    """A span that is exactly a known country, province or city is a place (出访俄罗斯: LOC)."""
    return [(s, e, "LOC" if t == "ORG" and text[s:e] in PLACES else t) for s, e, t in spans]


_JOINERS = "同和与及、"


def split_joined(text: str, spans: Sequence[Span]) -> list[Span]:
    """Split an ORG span made of two organisations joined by 同/和/与/及 (市卫生健康委同市委统战部).

    Both parts must end like an organisation (an ORG suffix) and be at least three characters long.
    """
    out: list[Span] = []
    for s, e, t in spans:
        if t == "ORG":
            for k in range(s + 3, e - 3):
                if text[k] in _JOINERS and _ends_org(text[s:k]) and _ends_org(text[k + 1 : e]):
                    out += [(s, k, "ORG"), (k + 1, e, "ORG")]
                    break
            else:
                out.append((s, e, t))
        else:
            out.append((s, e, t))
    return out


def _ends_org(name: str) -> bool:
    return name[-1] in _ORG_END_CHARS or name.endswith(_ORG_END_TUPLE)


def merge_org_suffix(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """A LOC/ORG span followed directly by an organisation word becomes one ORG (青岛市 + 政府)."""
    starts = {tok.start: tok for tok in tokens}
    taken = {s for s, _, _ in spans}
    out = []
    for s, e, t in spans:
        tok = starts.get(e)
        if t in ("LOC", "ORG") and tok is not None and tok.word in _ORG_WORDS and e not in taken:
            e, t = tok.end, "ORG"
        out.append((s, e, t))
    return out


# Words that end like an organisation but are not one (社会 ends in 会, 东部 in 部).
_NOT_ORG_END = frozenset(
    """社会 机会 大会 会议 部分 全部 内部 外部 局部 东部 西部 南部 北部 中部 大部 干部 两院 全院 本部 总部 外交部 场所 住所 厕所 处所
    研究 学会 开会 聚会 晚会 宴会 局面 格局 布局 当局 结局 学院派 法院 寺院 庭院 剧院 电影院""".split()
)
# Word endings that stop an extension wherever they occur (村干部, 新格局, 党委常委).
_NOT_ORG_TAILS = tuple(
    "大局 政局 时局 全局 格局 布局 开局 僵局 残局 变局 骗局 饭局 常委 委员 干部 两国 各国 双方".split()
)
# Words that stop an extension wherever they contain these (印度 + 两国政府 is two governments,
# 法国 + 全国性 + 日报 a kind of paper, 里加 + 集会 + 抗议 + 政府 a sentence, not a name).
_NOT_ORG_INNER = ("两国", "各国", "全国性", "抗议")
_NOT_ORG_INNER_RE = re.compile("|".join(_NOT_ORG_INNER))
_ORG_END_CHARS = frozenset("局委厅所院办署部处")
_GENERIC = frozenset(
    {"组织", "机构", "论坛", "基金", "控股", "总会", "联盟", "代表团", "工作组", "示范区", "保税区"}
)
_ORG_END_WORDS = frozenset(s for s in ORG_SUFFIXES if len(s) >= 2) - _GENERIC | {"支行", "分行", "分公司"}
_INNER_POS = frozenset({"n", "nz", "vn", "nt", "ns", "j", "b", "an", "ng", "l", "nrt", "m"})
_END_POS = frozenset({"n", "nt", "nz", "j", "l"})
_ORG_END_TUPLE = tuple(_ORG_END_WORDS)


# Outlets named after a place or a channel: the whole word only (网 is no 网友, 互联网, 电网).
_MEDIA_WORDS = frozenset({"网", "新闻网", "时报", "早报", "晚报", "日报", "商报", "都市报", "频道", "台网"})
_AND_NEXT_POS = frozenset({"n", "vn", "nz"})


def _and_inside(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether the 和 before ``tokens[i]`` joins two nouns of one name (住房和城乡建设局): a noun on
    either side, and the words after it reach an organisation word within the window."""
    before = tokens[i - 2]
    if before.pos not in _AND_NEXT_POS or i >= len(tokens) or tokens[i].pos not in _AND_NEXT_POS:
        return False
    for tok in tokens[i : min(last + 1, len(tokens))]:
        w = tok.word
        if w in _ORG_END_WORDS or (
            tok.pos in _END_POS and (w.endswith(_ORG_END_TUPLE) or (len(w) >= 2 and w[-1] in _ORG_END_CHARS))
        ):
            return True
        if tok.pos not in _INNER_POS:
            return False
    return False


def extend_org(text: str, spans: Sequence[Span], tokens: Sequence[Token], limit: int = 4) -> list[Span]:
    """An ORG/LOC span followed by a few nouns that end in an organisation word becomes one ORG
    (自然资源部 + 第一 + 海洋 + 研究所, 中国人民银行 + 温州市 + 中心 + 支行)."""
    tok_starts = _offsets(tokens)[0]
    starts = [s for s, _, _ in spans]
    out: list[Span] = []
    for n, (s, e, t) in enumerate(spans):
        k = _find(tok_starts, e)
        stop = starts[n + 1] if n + 1 < len(starts) else len(text)
        if k is None and t == "LOC" and e - s >= 2:
            # a place ending inside a word jieba reads as an organisation, followed by a unit of it
            # (香港特区 in 香港特区政府 + 新闻处): the unit is the name. The government alone stays a
            # place, as the corpora annotate it (美国政府: 美国).
            j = bisect_left(tok_starts, e) - 1
            tok = tokens[j] if j >= 0 else None
            nxt = tokens[j + 1] if 0 <= j < len(tokens) - 1 else None
            if (
                tok is not None
                and nxt is not None
                and tok.pos == "nt"
                and tok.start >= s
                and (nxt.end <= stop or (spans[n + 1][0] >= nxt.start and spans[n + 1][1] == nxt.end))
                and (nxt.pos == "nt" or (nxt.pos in _END_POS and nxt.word[-1] in _ORG_END_CHARS))
            ):
                e, t, k = nxt.end, "ORG", j + 2 if j + 2 < len(tokens) else None
        if (
            t in ("ORG", "LOC") and k is not None and e - s >= 2
        ):  # PER never grows: 张三 + 办公室 is not a name
            last = min(k + limit, len(tokens))
            i, joined = k, False
            while i < last:
                tok = tokens[i]
                i += 1
                if tok.end > stop and not (
                    n + 1 < len(spans)
                    and (spans[n + 1][2] == "LOC" or (joined and spans[n + 1][1] == tok.end))
                ):
                    break  # (after a 和, the name may run over the agency the model found: 城乡 + 建设局)
                w = tok.word
                if w in _MEDIA_WORDS:
                    e, t = tok.end, "ORG"  # 陕西 + 网, 中国 + 水产 + 频道, 福建电视台 + 综合 + 频道: outlets
                    break
                if tok.pos not in _INNER_POS and w not in _ORG_END_WORDS:
                    if w == "和" and i - 1 > k and _and_inside(tokens, i, last):
                        last = min(last + 1, len(tokens))  # 人力资源和社会保障局: 和 inside a name
                        joined = True
                        continue
                    break  # neither an organisation word nor a noun that may lead to one (most tokens)
                if (
                    (w in _NOT_ORG_END and w != "社会")
                    or w.endswith(_NOT_ORG_TAILS)
                    or _NOT_ORG_INNER_RE.search(w)
                ):
                    break  # (社会 never ends a name but goes inside one: 社会保障局, 社会科学院)
                if text.startswith("间", tok.end):  # 政府间, 部门间: a modifier of what follows
                    break
                if w in _ORG_END_WORDS or (
                    tok.pos in _END_POS
                    and (w.endswith(_ORG_END_TUPLE) or (len(w) >= 2 and w[-1] in _ORG_END_CHARS))
                ):
                    e, t = tok.end, "ORG"
                    break
                if tok.pos not in _INNER_POS or (tok.pos == "m" and w[0] != "第"):
                    break
        out.append((s, e, t))
    # Spans swallowed by an extension disappear.
    merged: list[Span] = []
    for sp in out:
        if merged and sp[0] < merged[-1][1]:
            continue
        merged.append(sp)
    return merged


def join_intergovernmental(text: str, spans: Sequence[Span]) -> list[Span]:
    """ORG + 政府间 + ORG is one body (联合国教科文组织政府间海洋学委员会): 政府间 names no organisation."""
    out: list[Span] = []
    for s, e, t in spans:
        if out and t == "ORG" and out[-1][2] == "ORG" and text[out[-1][1] : s] == "政府间":
            out[-1] = (out[-1][0], e, "ORG")
            continue
        out.append((s, e, t))
    return out


# A mainland province printed without 省 (四川, 广西) heads a chain only before a unit named with its level
# (凉山彝族自治州, 西昌市), not before any place (广东 + 深圳 stay two names). The gazetteer's short forms;
# 台湾/香港/澳门 are left out (chains under them were not measured).
_SHORT_PROVINCES = frozenset(p for p in PROVINCES if len(p) >= 2 and not p.endswith(ADMIN_SUFFIXES)) - {
    "台湾",
    "香港",
    "澳门",
}
# A city printed without 市 heads a chain before a county-level unit named with its level (驻马店 +
# 上蔡县, 绍兴 + 新昌县羽林街道).
_COUNTY_UNITS = ("县", "区", "市", "旗", "自治县", "街道", "镇", "乡")
_UNIT_FIRST = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|地区|市|州|县|盟)")


def join_chains(text: str, spans: Sequence[Span]) -> list[Span]:
    """Adjacent places that form an administrative chain become one LOC (浙江省温州市鹿城区, 四川 +
    凉山彝族自治州西昌市); a chain followed directly by an ORG joins it (青州市 + 行政审批服务局)."""
    out: list[Span] = []
    for s, e, t in spans:
        if out:
            ps, pe, pt = out[-1]
            head = text[ps:pe]
            if pe == s and pt == "LOC" and t in ("LOC", "ORG"):
                if (
                    head.endswith(ADMIN_SUFFIXES)
                    or (head in _SHORT_PROVINCES and _UNIT_FIRST.match(text, s, e))
                    or (head in CITIES and t == "LOC" and text[s:e].endswith(_COUNTY_UNITS))
                ):
                    out[-1] = (ps, e, t)
                    continue
        out.append((s, e, t))
    return out


# Bare county names that are also common words: they chain only with their suffix (荆州公安县, not
# 荆州公安 the police).
_COMMON_COUNTY_WORDS = frozenset(
    "公安 城区 郊区 和平 光明 前进 向阳 东风 新华 红旗 解放 资源 通道 平原 长安 大同 新建 永和 河口 "
    "石门 江南 城中 中山 安宁 天心 天元 兴安 新城 宁江 江北 河东 河西 河北 南区 北区 东区 海城 新兴".split()
)
_ANY_COUNTY = frozenset(c for cs in COUNTIES.values() for c in cs if len(c) >= 2) | frozenset(COUNTIES)
_COUNTY_SUFFIX = ("自治县", "县", "区", "市", "旗")
_COUNTY_HEADS = frozenset(COUNTIES) | _SHORT_PROVINCES


def _county_after(text: str, head: str, e: int) -> int:
    """End of the county-level unit of ``head`` (a prefecture or a province) named at ``e``, or -1."""
    names = COUNTIES.get(head, ()) if head in COUNTIES else _ANY_COUNTY
    best = -1
    for k in (4, 3, 2):
        c = text[e : e + k]
        if len(c) == k and c in names:
            end = e + k
            for suf in _COUNTY_SUFFIX:
                if text.startswith(suf, end) and not c.endswith(suf):
                    end += len(suf)
                    break
            else:
                if c in _COMMON_COUNTY_WORDS:
                    continue
            best = end
            break
    return best


def county_chains(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """A prefecture or province printed without its level, then one of its county-level units without
    its suffix, is one place: 广州增城, 清远清新, 宿迁泗洪, 山东诸城 (gazetteer table
    :mod:`~newsmine.entities.counties`). The head may be a LOC span or an untagged jieba word; the
    county must end a jieba word (宿迁泗洪 + 92岁, not 广州花都 + 花园), and nothing tagged may run past it."""
    starts, ends = _offsets(tokens)
    heads: list[tuple[int, int]] = [(s, e) for s, e, t in spans if t == "LOC"]
    covered = {(s, e) for s, e in heads}
    # untagged heads: whole jieba words (the word set is built in C, the scan runs on hits only)
    for word in _COUNTY_HEADS.intersection(map(_WORD, tokens)):
        k = text.find(word)
        while k >= 0:
            j = _find(starts, k)
            if j is not None and ends[j] == k + len(word) and (k, k + len(word)) not in covered:
                heads.append((k, k + len(word)))
            k = text.find(word, k + 1)
    out = list(spans)
    for hs, he in sorted(heads):
        head = text[hs:he]
        if head.endswith("市") and head[:-1] in COUNTIES:
            head = head[:-1]
        if head not in _COUNTY_HEADS:
            continue
        end = _county_after(text, head, he)
        if end < 0 or _find(ends, end) is None:
            continue  # the county runs into the next word (广州 + 花都花园 is no 花都)
        inside = [sp for sp in out if sp[0] < end and hs < sp[1]]
        glued = [sp for sp in inside if sp[0] == he and sp[1] > end and sp[2] == "LOC"]
        if glued:  # 榆林 + 榆阳机场: the county starts a place the model found
            end = glued[0][1]
            inside = [sp for sp in out if sp[0] < end and hs < sp[1]]
        if any(a < hs or b > end for a, b, _ in inside):
            continue  # a longer name around or across it: the model's reading stands
        out = [sp for sp in out if sp not in inside]
        out.append((hs, end, "LOC"))
    return sorted(out)


# A chain glued to the street, square, lake or estate named after it: two places (四川省广元市 +
# 白龙湖, 衡东县 + 洣江广场, 高雄市凤山区 + 福祥街), whatever type the model gave the whole.
_LANDMARK_END = re.compile(
    r"(?:路|街|大道|大街|巷|胡同|广场|小区|花园|公园|湖|水库|大桥|桥|寺|机场|火车站|高铁站|地铁站|汽车站|收费站)$"
)
_CHAIN_CUT = re.compile(r"(?:省|市|县|区|镇|乡|村|街道)")


def split_landmarks(text: str, spans: Sequence[Span]) -> list[Span]:
    """Split a span made of an administrative chain and a landmark of 2–6 characters into the chain
    (LOC) and the landmark (LOC). The cut is the last level word that leaves at least two characters
    before the landmark word; 西湖区 or 青岛市市南区 have no landmark and are left alone."""
    out: list[Span] = []
    for s, e, t in spans:
        m = _LANDMARK_END.search(text, s, e) if t != "PER" and e - s >= 5 else None
        if m:
            cut = -1
            for c in _CHAIN_CUT.finditer(text, s + 2, e):
                if m.start() - c.end() >= 1 and e - c.end() >= 2 and c.end() - s >= 2:
                    cut = c.end()
            if cut > 0 and e - cut <= 7 and not _CHAIN_CUT.match(text, cut):
                out += [(s, cut, "LOC"), (cut, e, "LOC")]
                continue
        out.append((s, e, t))
    return out


# Estates, streets and squares after a bare place name (福州闽清 + 理想湾小区): the modern sets write
# them apart from the place, as after a suffixed chain; stations and airports stay whole with their
# city (恩施许家坪机场, 深圳北站), and a 社区 is an administrative unit written whole with its chain
# (昌平区西环里社区), so they are not in this list.
_ESTATE_END = re.compile(r"(?:小区|花园|公馆|广场|大厦|大道|大街|路|街|巷)$")


def split_estates(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Split a span made of place words (cities, counties: 福州, 闽清) and an estate, street or square
    of three characters or more after them into the place (LOC) and the landmark (LOC)."""
    starts = _offsets(tokens)[0]
    out: list[Span] = []
    for s, e, t in spans:
        i = _find(starts, s) if t != "PER" and e - s >= 6 and _ESTATE_END.search(text, s, e) else None
        if i is not None:
            k = i
            while (
                k < len(tokens)
                and tokens[k].end < e
                and (_place_word(tokens[k].word) or tokens[k].word in _ANY_COUNTY)
            ):
                k += 1
            cut = tokens[k].start
            if k > i and e - cut >= 3 and not _CHAIN_CUT.match(text, cut):
                out += [(s, cut, "LOC"), (cut, e, "LOC")]
                continue
        out.append((s, e, t))
    return out


# A place inside the title of a law, report or article (《广州市绿化管理条例》, 《北京蓝皮书》) is part of
# the title: the modern sets annotate no place there (0 of 7), while bodies there are annotated
# (《…人民检察院金融检察白皮书》: 3 of 3), so only LOC spans go.
_BOOK_TITLE = re.compile(r"《[^《》\n]{2,60}》")


def places_in_titles(text: str, spans: Sequence[Span]) -> list[Span]:
    """Drop LOC spans lying inside a 《》 title (a title that is one place name whole stays)."""
    if "《" not in text:
        return list(spans)
    inside = [(m.start() + 1, m.end() - 1) for m in _BOOK_TITLE.finditer(text)]
    return [
        sp
        for sp in spans
        if sp[2] != "LOC"
        or not any(a <= sp[0] and sp[1] <= b and (sp[0], sp[1]) != (a, b) for a, b in inside)
    ]


# The session number before a body (十三届全国人大, 第九届政协): the modern sets name the body without
# it (3 of 3); the 1998 corpora keep it (9 of 9), so this runs on articles only.
_SESSION = re.compile(r"第?[一二三四五六七八九十]{1,3}届")


def drop_sessions(text: str, spans: Sequence[Span]) -> list[Span]:
    """An ORG span opening with a session number (十三届) starts after it, when two characters remain."""
    out = []
    for s, e, t in spans:
        if t == "ORG":
            m = _SESSION.match(text, s, e)
            if m and e - m.end() >= 2:
                s = m.end()
        out.append((s, e, t))
    return out


def zone_type(name: str, typ: str) -> str:
    """The one type newsmine gives a development zone name (see ZONE_SUFFIXES)."""
    if typ in ("LOC", "ORG") and name.endswith(ZONE_SUFFIXES):
        return "LOC"
    return typ


# 简称 definitions: X（以下简称“Y”） / X(简称Y) / X，简称“Y”
_ABBR = re.compile(
    r"[（(]?\s*(?:以下)?(?:简称|下称|以下称)\s*[为:：]?\s*[“\"‘「]?([^”\"’」）),，。；\s]{2,12})[”\"’」]?"
)
_PAREN = re.compile(r"[（(]([^（()）\s]{2,12})[)）]")


def abbreviations(text: str, spans: Sequence[Span]) -> dict[str, tuple[str, str]]:
    """Short forms defined right after an entity: short → (long form, type)."""
    out: dict[str, tuple[str, str]] = {}
    ends = {e: (s, t) for s, e, t in spans}
    # every definition holds 称 (runs of 30 spaces around it aside, it lies within 40 characters)
    for m in _near(_ABBR, text, ("称",), 40, 40):
        end = m.start()
        while end > 0 and text[end - 1] in "，, ":
            end -= 1
        if end in ends:
            s, t = ends[end]
            longf, short = text[s:end], m.group(1)
            if len(short) < len(longf):
                out[short] = (longf, t)
    for m in _PAREN.finditer(text):
        if m.start() in ends:
            s, t = ends[m.start()]
            longf, short = text[s : m.start()], m.group(1)
            if len(short) < len(longf) and t == "ORG" and _is_short_of(short, longf):
                out[short] = (longf, t)
    return out


def _is_short_of(short: str, longf: str) -> bool:
    """Whether the characters of ``short`` appear in order in ``longf`` (an abbreviation)."""
    it = iter(longf)
    return all(c in it for c in short)


_LEVEL = "省市县区州镇乡"


def level_short_form(short: str, longs: Sequence[str]) -> str | None:
    """The long ORG a level-prefixed short form stands for: 市行政审批局 → 青州市行政审批服务局.

    ``short`` starts with a level character (市, 省, 区…); a long form qualifies when it holds that
    character followed by a tail that starts and ends like the rest of ``short`` and contains its
    characters in order. Exactly one qualifying long form is needed.
    """
    if len(short) < 3 or short[0] not in _LEVEL:
        return None
    rest = short[1:]
    found = []
    for longf in longs:
        if len(longf) <= len(short):
            continue
        k = longf.find(short[0])
        while k >= 0:
            tail = longf[k + 1 :]
            if tail and tail[0] == rest[0] and tail[-1] == rest[-1] and _is_short_of(rest, tail):
                found.append(longf)
                break
            k = longf.find(short[0], k + 1)
    return found[0] if len(set(found)) == 1 else None


# Datelines and bylines of agency and web news: the outlet is an ORG, the place a LOC, the people
# named after 记者/通讯员 PER (中新网丽水11月18日电(记者 胡丰盛 奚金燕), 新京报讯, 据安徽商报报道).
_MEDIA_SUFFIX = r"(?:新闻网|新闻社|通讯社|电视台|广播电台|日报|晚报|晨报|早报|商报|时报|快报|周刊|在线|新闻|科技|网|社|报|台)"
_MEDIA = rf"[\u4e00-\u9fff]{{1,8}}?{_MEDIA_SUFFIX}"
_DATE = r"(?:\d{1,2}月\d{1,2}日)?"
_DATELINE = re.compile(
    rf"(?:^|(?<=[\s。！？；，：\]】」』）)]))(?P<org>{_MEDIA})(?P<place>[\u4e00-\u9fff]{{2,4}}?)?(?P<date>{_DATE})(?:电|讯)"
)
_REPORTED = re.compile(rf"据[《“\"]?(?P<org>{_MEDIA})[》”\"]?{_DATE}(?:报道|消息)")
_STAFF = "记者|通讯员|实习生|见习记者|特约记者|摄影记者|摄"
# An outlet named before its reporter, with no date (现代快报记者昨天获悉, 向闽南网漳州记者反映): after a
# clause edge or a preposition only, three characters at least (报社记者 names no outlet).
_OUTLET_REPORTER = re.compile(
    rf"(?:^|(?<=[\s。！？；，：（(【「『）)\]】」』向据从对经给和与及、]))"
    rf"(?P<org>(?:(?![向据从对是的名位个在为被把将和与及])[\u4e00-\u9fff]){{1,8}}?{_MEDIA_SUFFIX})(?:客户端)?"
    rf"(?P<place>[\u4e00-\u9fff]{{2,3}}?)??(?:记者|特约记者|见习记者|摄影记者|全媒体记者|融媒体记者|首席记者)"
)
_STAFF_MARKS = ("记者", "通讯员", "实习生", "摄")  # each alternative of _STAFF holds one of these
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})*"
_BYLINE = re.compile(rf"[（(](?:[^（）()]{{0,16}}?)(?:{_STAFF})[ \u3000]*(?P<names>{_NAMES})[ \u3000]*[)）]")
_SPACED = re.compile(rf"(?:{_STAFF})[ \u3000]+(?P<names>{_NAMES})(?=[ \u3000])")
_NAME_PART = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_NOT_OUTLET = "本我该在由从经对向据"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _near(pattern: re.Pattern[str], text: str, marks: tuple[str, ...], back: int, fwd: int):
    """``pattern.finditer(text)`` for a pattern whose every match lies within ``back`` characters
    before and ``fwd`` after an occurrence of one of ``marks``: the same matches, but the regex runs
    only on the windows around the marks (most of a text holds none), merged where they overlap."""
    spots = []
    for mark in marks:
        k = text.find(mark)
        while k >= 0:
            spots.append(k)
            k = text.find(mark, k + 1)
    if not spots:
        return
    spots.sort()
    n = len(text)
    lo, hi = max(0, spots[0] - back), min(n, spots[0] + fwd)
    for k in spots[1:]:
        a = max(0, k - back)
        if a > hi:
            yield from pattern.finditer(text, lo, hi)
            lo = a
        hi = min(n, k + fwd)
    yield from pattern.finditer(text, lo, hi)


def _names_outlet(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` can be an outlet's name: not 本报 / 在网, nor a phrase ending in 本报 (刊登本报)."""
    return text[s] not in _NOT_OUTLET and text[e - 2] not in "本我该此"


_NOT_NAMES = frozenset(
    "记者 通讯员 实习生 见习记者 特约记者 摄影记者 报道 摄影 获悉 了解 发现 看到 注意 表示 介绍 采访 今天 昨天 日前 近日".split()
)


def news_frame(text: str) -> list[Span]:
    """Names fixed by the conventions of datelines and bylines, found by pattern, not by the model."""
    out: list[Span] = []
    for m in _near(_DATELINE, text, ("电", "讯"), 32, 1):  # a dateline ends in 电/讯, ≤ 24 characters
        s, e = m.span("org")
        if text[s] == "据":
            s += 1
        if e - s < 2 or not _names_outlet(text, s, e):
            continue  # 本报讯 names no outlet; 在网 is no outlet
        if not m.group("date") and text[m.end() - 1] == "电" and _HAN.match(text, m.end()):
            continue  # 中央新闻电影制片厂, 举报电话: without a date, 电 must end the dateline
        out.append((s, e, "ORG"))
        if m.group("place") and m.group("place") in PLACES:
            out.append((m.start("place"), m.end("place"), "LOC"))
    for m in _REPORTED.finditer(text) if "据" in text else ():
        out += _agency_at_place(text, m.start("org"), m.end("org"))
    for m in _near(_OUTLET_REPORTER, text, ("记者",), 32, 2):  # ends in 记者, ≤ 25 characters
        s, e = m.span("org")
        if e - s < 3 or not _names_outlet(text, s, e):
            continue
        place = m.group("place")
        if place and place not in PLACES:
            continue  # 中国江西网记者 has none; 某某网小编记者 is no place
        out.append((s, e, "ORG"))
        if place:
            out.append((m.start("place"), m.end("place"), "LOC"))
    staff = any(w in text for w in _STAFF_MARKS)  # every byline pattern needs a staff word
    for pattern in (_BYLINE, _SPACED) if staff else ():
        for m in pattern.finditer(text):
            for n in _NAME_PART.finditer(text, m.start("names"), m.end("names")):
                if n.group() not in _NOT_NAMES:
                    out.append((n.start(), n.end(), "PER"))
    out += _head_dateline(text)
    out += _byline_parens(text)
    for m in _SPACED_PAIR.finditer(text) if staff else ():
        if m.group(1) in SURNAMES_1:
            out.append((m.start(1), m.end(2), "PER"))
    for m in _GLUED_LIST.finditer(text) if staff else ():
        parts = list(_NAME_PART.finditer(text, m.start("names"), m.end("names")))
        if all(n.group()[0] in SURNAMES_1 and n.group() not in _NOT_NAMES for n in parts):
            out += [(n.start(), n.end(), "PER") for n in parts]
    if "(" in text or "（" in text:
        out += _outlet_parens(text)
    for m in _REPORTED_TITLE.finditer(text) if "据" in text else ():
        place = m.group("place")
        if place and place in PLACES:
            out.append((m.start("place"), m.end("place"), "LOC"))
        out.append((m.start("org"), m.end("org"), "ORG"))
    return _no_overlaps(sorted(set(out)))


def _agency_at_place(text: str, s: int, e: int) -> list[Span]:
    """据伦敦路透社报道: the place the agency filed from and the agency, when the rest after a known
    place is a known news agency; otherwise the whole as one ORG."""
    if text[e - 1] == "社":
        for k in range(s + 2, e - 2):
            if _filed_from(text, s, k, e):
                return [(s, k, "LOC"), (k, e, "ORG")]
    return [(s, e, "ORG")]


def _filed_from(text: str, s: int, k: int, e: int) -> bool:
    """Whether text[s:k] is a known place and text[k:e] a known news agency (in 社) filing from it
    (伦敦 + 路透社); other bodies after a place (巴基斯坦外交部) are that place's and stay whole."""
    return text[e - 1] == "社" and text[k:e] in ORGANISATIONS and text[s:k] in PLACES


def _no_overlaps(spans: list[Span]) -> list[Span]:
    """Frame spans found by several patterns: where two overlap, the longer (then the first) stays."""
    out: list[Span] = []
    for sp in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if not any(a < sp[1] and sp[0] < b for a, b, _ in out):
            out.append(sp)
    return sorted(out)


# The head of a web or agency story: one or more outlets (joined by -, / or spaces), perhaps a place
# (perhaps with its province in brackets), a date, then 讯 or 电 (经济日报-中国经济网北京12月12日讯,
# 新安晚报 安徽网 大皖客户端讯, 红网时刻12月11日讯, 法制网澄迈（海南）12月20日电). Only at the very start
# of a text: there the words before 讯 can be nothing but the outlet, so no media suffix is needed.
_HEAD = re.compile(
    r"\s*(?P<head>[\u4e00-\u9fffA-Za-z]{2,14}(?:[ \u3000]*[-－—/／ \u3000][ \u3000]*[\u4e00-\u9fffA-Za-z]{2,14}){0,3})"
    r"(?:[（(](?P<prov>[\u4e00-\u9fff]{2,3})[)）])?"
    r"[ \u3000]*(?P<date>\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)?"
    r"(?P<mark>电|讯)"
)
_HEAD_SEP = re.compile(r"[ \u3000]*[-－—/／ \u3000][ \u3000]*")
_CLIENT = "客户端"


def _head_dateline(text: str) -> list[Span]:
    """Outlets and place of the dateline that opens a text (see ``_HEAD``)."""
    m = _HEAD.match(text)
    if not m:
        return []
    s0, e0 = m.span("head")
    head = text[s0:e0]
    if m.group("mark") == "电" and (not m.group("date") or _HAN.match(text, m.end())):
        return []  # 停电, 闪电, 电话: a dateline's 电 follows a date and ends the words
    cn_date = re.search(r"[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日$", head)
    if cn_date:  # 本报北京五月十三日讯
        e0 -= len(cn_date.group())
        head = text[s0:e0]
    if (
        len(head) < 2
        or head[-1] in "通资电闻喜音死简快传"
        or "的" in head
        or "本报" in head[2:]
        or "本台" in head[2:]
    ):
        return []  # 通讯, 电讯, 闻讯 are words; a phrase, or a headline run into 本报讯, is no outlet
    if head[0] == "据":
        s0 += 1  # 据新华社北京5月26日电: the outlet is 新华社
    out: list[Span] = []
    parts = []
    k = s0
    for sep in _HEAD_SEP.finditer(text, s0, e0):
        parts.append((k, sep.start()))
        k = sep.end()
    parts.append((k, e0))
    for n, (s, e) in enumerate(parts):
        last = n == len(parts) - 1
        place = None
        if last:
            # the longest known place (or any 2-4 characters before a bracketed province) ending the part
            for p in range(s + 2, e - 1):
                if text[p:e] in PLACES:
                    place = (p, e)
                    break
            if place is None and m.group("prov") in PLACES:
                media = re.match(_MEDIA, text[s:e])  # 法制网 + 澄迈（海南）: the outlet ends at its suffix
                if media and 2 <= e - s - media.end() <= 4:
                    place = (s + media.end(), e)
            if place:
                e = place[0]
        k = text.find(_CLIENT, s, e)
        if k >= 0:
            e = k  # 大皖客户端: the outlet is 大皖
        if e - s >= 2 and text[s:e] not in _SELF and not text[s:e].isdigit():
            out.append((s, e, "ORG"))
        if place:
            out.append((*place, "LOC"))
            if m.group("prov") in PLACES:
                out.append((m.start("prov"), m.end("prov"), "LOC"))
    return out


_SELF = frozenset({"本报", "本台", "本刊", "本网", "本社", "本报讯"})
# A byline in brackets: names and staff words separated by spaces, 、 or slashes, staff words perhaps
# glued to the name after them ((王作中 李会义 记者 刘嘉), (记者高敬、董峻), (记者／黄少宏　实习生／朱子煜)).
_PAREN_BODY = re.compile(r"[（(]([^（）()]{2,48})[)）]")
_STAFF_WORDS = re.compile(
    r"(?:全媒体记者|融媒体记者|首席记者|特约记者|见习记者|摄影记者|实习记者|记者|通讯员|实习生|编辑|摄影|摄)"
)
_PAREN_SEP = re.compile(r"[ \u3000、，,/／]+")
_PER_CHUNK = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3}·[\u4e00-\u9fff]{1,6}")


def _byline_parens(text: str) -> list[Span]:
    """People of a bracketed byline: every chunk of two to four characters between staff words and
    separators, once the brackets hold a staff word or follow a dateline's 电/讯 directly."""
    out: list[Span] = []
    for m in _PAREN_BODY.finditer(text):
        s, e = m.span(1)
        body = m.group(1)
        staff = list(_STAFF_WORDS.finditer(body))
        after_dateline = re.search(r"(?:电|讯)[ \u3000]*$", text[max(0, m.start() - 4) : m.start()])
        if not staff and not after_dateline:
            continue
        # chunks: the text between staff words, cut at separators
        edges = [0, *(x for st in staff for x in st.span()), len(body)]
        found: list[Span] = []
        ok = True
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            k = a
            for sep in [*_PAREN_SEP.finditer(body, a, b), None]:
                c_end = sep.start() if sep else b
                chunk = body[k:c_end]
                # a chunk glued to the staff word after it, not right after another staff word
                glued_to_staff = c_end == b and b < len(body) and not (k == a and a > 0)
                if chunk:
                    if glued_to_staff and not (len(chunk) <= 3 and chunk[0] in SURNAMES_1):
                        pass  # an outlet glued to the staff word after it (龙华新闻记者, 苏报融媒记者)
                    elif _PER_CHUNK.fullmatch(chunk) and chunk not in _NOT_NAMES:
                        found.append((s + k, s + c_end, "PER"))
                    else:
                        ok = False
                k = sep.end() if sep else b
        if ok or staff:
            out += found
    return out


# 通讯员 于 露: a two-character name printed with a space between its characters.
_SPACED_PAIR = re.compile(
    rf"(?:{_STAFF}|全媒体记者)[ \u3000]+(?:[\u4e00-\u9fff]{{2,3}}[ \u3000]+)*?([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[ \u3000)）]|$)"
)
# 记者刘凡　周昌和　任笑一　继推出…: several names after a staff word, the first glued to it, the others
# set off by spaces; each must begin with a surname (the words after 记者 in running text do not).
_GLUED_LIST = re.compile(
    rf"(?:{_STAFF})(?P<names>[\u4e00-\u9fff]{{2,3}}(?:[ \u3000]+[\u4e00-\u9fff]{{2,3}})+)(?=[ \u3000])"
)
# (搜狐体育　陶冶　4月22日广州报道), (中国台湾网　刘海伟): an outlet, a space, its reporter, in brackets.
_OUTLET_PAREN = re.compile(
    r"[（(](?P<org>[\u4e00-\u9fff]{2,8}?(?:新闻网|网|报|社|台|体育|财经|娱乐|新闻|客户端))[ \u3000]+"
    r"(?P<name>[\u4e00-\u9fff]{2,3})(?:[ \u3000]+[^（）()\n]{0,16})?[)）]"
)


def _outlet_parens(text: str) -> list[Span]:
    """The outlet and reporter of a bracketed source line with no staff word (see ``_OUTLET_PAREN``)."""
    out: list[Span] = []
    for m in _OUTLET_PAREN.finditer(text):
        name = m.group("name")
        if name[0] not in SURNAMES_1 or name in _NOT_NAMES or m.group("org").startswith("本"):
            continue
        out.append((*m.span("name"), "PER"))
        org_s, org_e = m.span("org")
        if text.endswith("客户端", org_s, org_e):
            org_e -= 3  # X客户端 names the outlet X
        if org_e - org_s >= 2:
            out.append((org_s, org_e, "ORG"))
    return out


# 据香港《大公报》报道, 据台湾“中时电子报”1月1日报道: the title before 报道 is an outlet.
_REPORTED_TITLE = re.compile(
    r"据(?P<place>[\u4e00-\u9fff]{2,4})?[《“](?P<org>[^》”\s]{2,12})[》”]" + _DATE + r"(?:报道|消息|援引|称)"
)


# Role nouns in 人 that the segmenter's dictionary tags as names (申请人/nr) but never name anyone.
ROLE_NOUNS = frozenset(
    """申请人 负责人 发言人 当事人 投资人 代理人 承包人 法人 责任人 联系人 经纪人 候选人 监护人 继承人
    受益人 出资人 委托人 被告人 原告人 证人 保证人 担保人 持有人 创始人 合伙人 主持人 带头人 接班人
    举报人 纳税人 借款人 购买人 收件人 寄件人 签字人 领队人 管理人 清算人 受让人 转让人 开发人""".split()
)


# Common words that jieba's dictionary tags as person names (查明/nr, 谢谢/nr, 高尔夫/nr), which the
# tagger follows: in news they are a verb, a sport or a thing, never anyone (written for newsmine from
# the nr words the tagger reported as people on news text; names that are also words, 高明, 白雪,
# 金山, are left to the model).
COMMON_WORDS = frozenset(
    """查明 谢谢 明白 高尔夫 宝宝 宝贝 黄金周 林立 马扎 雷达 马达 金秋 夏令营 幸福感 钟楼 孙女 伯伯
    英勇 文明 阳光 道德 卫星 荣誉 古老 冷笑 明星 光荣 权威 师傅 顾问 智慧 祖先 友谊 高潮 洪水 顾客
    公正 辛勤 胡同 玉米 青少年 光辉 安静 保健 白领 老公 康复 沙滩 吉祥 尚余 皮大衣 裘皮大衣 齐全 齐声
    诸如 子孙 宝贵 和尚 武功 言语 宫殿 侍卫 维生素 帝王 封锁 宣言 师兄 师哥 贡献者 范畴 寻思 胡子 叶子
    祖宗 鱼雷 师范 米粉 玉石 古建筑 花岗岩 汉白玉 丘陵 老太太 小姐 太后 皇太后 王爷 侍郎 大展宏图""".split()
)


def not_person(text: str, spans: Sequence[Span]) -> list[Span]:
    """Drop PER spans that are exactly a role noun (申请人 is who applies, not a name) or a common
    word the segmenter's dictionary calls a name (查明, 高尔夫)."""
    return [
        sp
        for sp in spans
        if not (sp[2] == "PER" and (w := text[sp[0] : sp[1]]) and (w in ROLE_NOUNS or w in COMMON_WORDS))
    ]


# Verbs that the model sometimes swallows at the head of a name (包括省委宣传部, 组建跨学科联盟):
# only words that never begin a name themselves (组织 is left out: 组织委员会; 联合: 联合国).
_LEAD_VERBS = frozenset(
    "组建 成立 包括 争取 加入 参加 支持 推动 依托 建立 设立 牵头 召开 举办 前往 来到 携手 致电 告诉 由".split()
)


# Parts of speech of the words that may stand before a known organisation inside a model span and are
# no part of it (纷纷 + 吐槽 + 知网, 宣布 + 起诉 + 腾讯): verbs, adverbs, prepositions, conjunctions and the
# bound morphemes jieba gives to slang verbs (吐槽 is ng).
_LEAD_POS = frozenset({"v", "vd", "d", "p", "c", "ad", "ng"})


def _known_tail(text: str, s: int, e: int, starts: list[int], tokens: Sequence[Token]) -> int:
    """Start of a known organisation ending the span text[s:e] after words that are all verbs or
    adverbs (see ``_LEAD_POS``), or ``s`` when there is none."""
    k = _find(starts, s)
    if k is None:
        return s
    j = k
    while j < len(tokens) and tokens[j].start < e - 1 and tokens[j].pos in _LEAD_POS:
        j += 1
        if j < len(tokens) and tokens[j].start < e - 1 and text[tokens[j].start : e] in ORGANISATIONS:
            return tokens[j].start
    return s


def trim_verbs(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Cut a leading verb word off an ORG/LOC span when a name of two characters or more remains, and
    the verbs and adverbs before a known organisation (gazetteer) that ends the span."""
    starts = _offsets(tokens)[0]  # a few spans: bisection beats a dict of every token
    out = []
    for s, e, t in spans:
        if t != "PER":
            k = _find(starts, s)
            tok = tokens[k] if k is not None else None
            if tok is not None and tok.word in _LEAD_VERBS and e - tok.end >= 2:
                s = tok.end
            elif t == "ORG" and tok is not None and tok.pos in _LEAD_POS:
                s = _known_tail(text, s, e, starts, tokens)
        out.append((s, e, t))
    return out


# Words no organisation or place name contains: the model sometimes runs a name on into the verb or
# channel after it (武进区法院一审判处, 新闻办公室官方微信公众号发布); the name ends before them
# (终审 stays: 香港特区终审法院).
_NAME_BREAKERS = re.compile(
    "一审|二审|判处|判决|宣判|获悉|表示|官方微信|微信公众号|公众号|官方微博|官网|举行|查处|母公司|创始人|"
    # an executive's Latin title after the company (集团ceo); 党组 is not one: the corpora and the
    # modern sets write 公安厅党组 whole as often as apart
    "(?i:ceo|cfo|coo|cto)"
)


# 讯 after a paper or site is the dateline word of its report (【深圳商报讯】), not part of the name.
_OUTLET_LAST = frozenset("报网台社刊")


def cut_breakers(text: str, spans: Sequence[Span]) -> list[Span]:
    """Cut an ORG/LOC span before the first word no name contains, when two characters remain; an
    outlet's name ends before the 讯 of its dateline."""
    out = []
    for s, e, t in spans:
        if t == "ORG" and e - s > 3 and text[e - 1] == "讯" and text[e - 2] in _OUTLET_LAST:
            e -= 1
        if t != "PER" and e - s > 3:
            m = _NAME_BREAKERS.search(text, s + 2, e)
            if m:
                if m.start() - s < 2:
                    continue
                e = m.start()
        out.append((s, e, t))
    return out


_ANON = re.compile(r"([\u4e00-\u9fff])某某?(?![些种个地市县省区处单公人年月日部门])")


def anonymised(text: str, spans: Sequence[Span]) -> list[Span]:
    """A surname followed by 某/某某 is a person (被告人王某某, 李某): extend or add the PER span."""
    if "某" not in text:
        return sorted(spans)
    from newsmine.entities.gazetteer import SURNAMES_1

    out = list(spans)
    starts = {s: k for k, (s, _, _) in enumerate(out)}
    for m in _ANON.finditer(text):
        if m.group(1) not in SURNAMES_1:
            continue
        s, e = m.start(1), m.end()
        k = starts.get(s)
        if k is not None and (out[k][2] == "PER" or out[k][1] == s + 1) and out[k][1] < e:
            out[k] = (s, e, "PER")  # 王某 extended; 韩某 tagged 韩 (Korea) is a person too
        elif not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, "PER"))
    return sorted(out)


# Titles printed right after the body they belong to (政治局常委, 派出所政委, 省委书记): the model runs
# the name on into them; the organisation ends before the title (常委会, 委员会 are bodies, not titles).
_TITLE_END = re.compile(
    "(?:原|前)?(?:副)?(?:"
    + "|".join([w for w in TITLES if w not in TITLES_PERSON_ONLY] + list(TITLES_BODY_ONLY))
    + ")$"
)


def cut_titles(text: str, spans: Sequence[Span]) -> list[Span]:
    """An ORG span ending in a title ends before it, when a name of three characters or more remains."""
    out = []
    for s, e, t in spans:
        if t == "ORG":
            m = _TITLE_END.search(text, s, e)
            if m and m.start() - s >= 3:
                e = m.start()
        out.append((s, e, t))
    return out


# Party committee and government of one place printed together (浙江省委省政府, 市委市政府): two bodies.
_COMMITTEE_GOVERNMENT = re.compile(r"([省市县区])委\1政府")


def split_committee_government(text: str, spans: Sequence[Span]) -> list[Span]:
    """Split an ORG span holding X委X政府 into the committee and the government."""
    out: list[Span] = []
    for s, e, t in spans:
        m = _COMMITTEE_GOVERNMENT.search(text, s, e) if t == "ORG" else None
        if m and m.end() == e:
            out += [(s, m.start() + 2, "ORG"), (m.start() + 2, e, "ORG")]
        else:
            out.append((s, e, t))
    return out


# Stations, lines, avenues and squares are places, even when the model calls them organisations (a bare
# 路 is left alone: 万宝路 is a brand).
_FACILITY_END = re.compile(r"(?:火车站|高铁站|地铁站|汽车站|客运站|收费站|服务区|号线|广场|小区|大道|大桥)$")


def facilities_are_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """ORG spans naming a station, line, avenue or square are LOC."""
    return [(s, e, "LOC" if t == "ORG" and _FACILITY_END.search(text, s, e) else t) for s, e, t in spans]


# One-character short forms of places, and the prepositions and verbs of motion before which a lone
# one is the place itself (在京召开, 对华出口, 赴美上市); the modern sets annotate those (5 of 5).
_ONE_CHAR_PLACES = frozenset("京沪津渝深穗港澳台藏美英法德日韩俄华越印")
_ONE_CHAR_BEFORE = frozenset("在赴来回对抵离")
# …but not the first character of a word it begins (华人, 华裔, 华为, 美方, 港澳); 驻华 is a title
# word (驻华大使), not a place the sets annotate.
_ONE_CHAR_NOT_AFTER = frozenset("人裔侨籍方军企资商语文元为")


def drop_single_characters(text: str, spans: Sequence[Span]) -> list[Span]:
    """One-character places and organisations (中, 美, 韩 in 中美, 访韩) are no names for an article's
    table, except a place short form the tagger found alone after 在, 赴, 对 … (在京, 对华)."""
    out = []
    for s, e, t in spans:
        if e - s > 1 or t == "PER":
            out.append((s, e, t))
        elif (
            t == "LOC"
            and text[s] in _ONE_CHAR_PLACES
            and s
            and text[s - 1] in _ONE_CHAR_BEFORE
            and text[e : e + 1] not in _ONE_CHAR_PLACES
            and text[e : e + 1] not in _ONE_CHAR_NOT_AFTER
        ):
            out.append((s, e, t))
    return out


# Words of the news frame that no name runs over: a model span across an outlet, a dateline's 讯/电 or
# a reporter's 记者 is cut there (中国江西网萍乡讯 → 中国江西网 | 萍乡; 记者从萍乡市纪委 → 萍乡市纪委).
_FRAME_LEAD = re.compile(rf"^{_DATE}(?:电|讯)?(?:记者|通讯员|特约记者|见习记者)?[从向在对据于经]?")
_FRAME_TAIL = re.compile(rf"{_DATE}(?:电|讯|记者|通讯员)$")


def force_frame(text: str, spans: Sequence[Span], forced: Sequence[Span]) -> list[Span]:
    """``spans`` with the news frame's names put in; a model span overlapping one keeps only its parts
    outside every frame name, without the frame words at their edges, when two characters remain."""
    if not forced:
        return list(spans)
    kept: list[Span] = []
    lo, hi = min(f[0] for f in forced), max(f[1] for f in forced)
    for s, e, t in spans:
        if e <= lo or s >= hi:  # clear of every frame name (most spans: frames sit at the edges)
            kept.append((s, e, t))
            continue
        inside = sorted((f[0], f[1]) for f in forced if f[0] < e and s < f[1])
        if not inside:
            kept.append((s, e, t))
            continue
        edges = [s, *(x for f in inside for x in f), e]
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            if b <= a:
                continue
            piece = text[a:b]
            lead = _FRAME_LEAD.match(piece)
            a += lead.end() if lead else 0
            tail = _FRAME_TAIL.search(text[a:b])
            b -= len(tail.group()) if tail else 0
            if b - a >= 2:
                kept.append((a, b, t))
    kept.extend(forced)
    return sorted(set(kept))


def force(spans: Sequence[Span], forced: Sequence[Span]) -> list[Span]:
    """``spans`` with the ``forced`` ones put in: model spans crossing or inside a forced span give
    way; a longer span containing one whole stays (it is another name)."""
    if not forced:
        return list(spans)
    kept: list[Span] = []
    for s, e, t in spans:
        inside = [f for f in forced if f[0] < e and s < f[1]]
        if inside and not all(s <= f[0] and f[1] <= e and (s, e) != (f[0], f[1]) for f in inside):
            continue
        kept.append((s, e, t))
    for f in forced:
        if not any(s <= f[0] and f[1] <= e for s, e, _ in kept):
            kept.append(f)
    return sorted(kept)


def _trie_pattern(words: frozenset[str] | set[str]) -> str:
    """A regex matching the longest of ``words`` at a position, as a character trie.

    Python's regex engine tries the branches of a flat alternation one by one at every position; a
    trie tries one branch per character. Only one child of a node can match the next character, so
    trying children before the word end yields the longest word, as the longest-first alternation.
    """
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        kids = [re.escape(c) + build(sub) for c, sub in sorted(node.items()) if c]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(tree)


_ORG_NAMES = re.compile(_trie_pattern(ORGANISATIONS))


def known_orgs(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Well-known organisations (gazetteer ``ORGANISATIONS``) made of whole jieba words: a span equal
    to one becomes ORG, spans inside or across one give way to it (住房和城乡 + 建设部), longer names
    around them stay; 中国 tagged right before one is part of it (中国 + 文化和旅游部)."""
    starts, ends = _offsets(tokens)
    out = sorted(spans)
    for m in _ORG_NAMES.finditer(text):
        s, e = m.span()
        if _find(ends, e) is None:
            continue  # inside another word
        if _find(starts, s) is None and not (
            text[s - 1 : s] in _JOIN_CHARS and _find(starts, s - 1) is not None
        ):
            continue  # inside another word; a joiner jieba glued on (和 + 顺为资本 read 和顺) is none
        if out and _inside_longer(out, s, e):
            # a news agency after a place is the dateline's place and the agency (伦敦 + 路透社); other
            # bodies after a country are that country's (巴基斯坦外交部, 赞比亚中国银行) and stay whole
            glued = _place_before(text, out, s, e)
            if glued is None:
                continue  # a longer name around it
            out.remove(glued)
            insort(out, (glued[0], s, "LOC"))
        if (s - 2, s, "LOC") in out and text[s - 2 : s] == "中国":
            s -= 2
        out = [(a, b, t) for a, b, t in out if not (a < e and s < b)]
        insort(out, (s, e, "ORG"))  # kept sorted for _inside_longer
    return out


_JOIN_CHARS = frozenset("和与及同跟")

# 最高法院, 最高检察院 and 农业部门 are other words, not a short form plus a character; a level word
# before one names the local body (区网信办, 市发改委). One trie over both tables, the contexts checked
# on its few matches (a regex holding them tries every position of a text: ten times the cost).
_SHORT_FORMS = re.compile(_trie_pattern(SHORT_FORMS | SHORT_OUTLETS))
_NOT_AFTER_SHORT = frozenset("院察门")
_LEVEL_BEFORE_SHORT = frozenset("省市县区州")
_AFTER_OUTLET = ("记者", "讯", "报道", "客户端", "融媒")


def short_forms(text: str) -> list[Span]:
    """ORG spans of the short forms of national bodies and outlets (gazetteer ``SHORT_FORMS``), found
    inside words too: jieba glues them to their neighbours (工信 + 部副部长, 被央广网). Two-character
    outlets (``SHORT_OUTLETS``) only before a byline or report word (深晚记者)."""
    out = []
    for m in _SHORT_FORMS.finditer(text):
        s, e = m.span()
        if m.group() in SHORT_OUTLETS:
            if text.startswith(_AFTER_OUTLET, e):
                out.append((s, e, "ORG"))
            continue
        if text[e : e + 1] in _NOT_AFTER_SHORT:
            continue
        if s and text[s - 1] in _LEVEL_BEFORE_SHORT:
            s -= 1
        out.append((s, e, "ORG"))
    return out


def _place_before(text: str, spans: list[Span], s: int, e: int) -> Span | None:
    """The span ending at ``e`` that is a place the agency at [s, e) filed from and the agency, if any."""
    k = bisect_left(spans, (s,))
    for a, b, t in spans[max(0, k - 3) : k]:
        if b == e and a < s and _filed_from(text, a, s, e):
            return (a, b, t)
    return None


def _inside_longer(spans: list[Span], s: int, e: int) -> bool:
    """Whether a span of the sorted ``spans`` covers [s, e) and is longer: only spans starting at or
    before ``s`` can, and no name is longer than 80 characters, so only those starting that close are read."""
    k = bisect_left(spans, (s + 1,))
    j = bisect_left(spans, (s - 80,), 0, k)
    return any(e <= b and (a, b) != (s, e) for a, b, _ in spans[j:k])


# Agencies named by their level only (市发展改革委, 省委宣传部, 区教育局): the 市 stands for the paper's
# own city. They start a clause or follow a preposition (记者从市人社局获悉), never 全市 or 我市.
_LEVEL_AGENCY = re.compile(
    r"(?=[省市区县])"  # checked first: most positions fail here, before the lookbehinds run
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[从在由据和与同及向对经让请于是])|(?<=\d日))"
    r"[省市区县](?![场民内外里级长直属辖域情])"
    # the associations go by their short name right after the level (省作协, 市文联)
    r"(?:(?:作协|科协|文联|侨联|妇联|残联)|(?:委|政府)?"
    r"[^\s的了是在和将要对把等为与也都、，。；：！？“”（）()《》]{1,10}?"
    r"(?:委员会|管委会|办公室|办公厅|委|局|厅|办|中心|院|所|处|部))"
    # 部门, 处理, 所有, 院校, 办法, 局面, 委员, 局长: the word goes on, it is no agency name
    r"(?![门理有以在校士法面势员长])"
)


# The government named by its level alone (泉州市委、市政府; 及市政府相关部门): an organisation in
# newsmine's convention, left untagged by the 1998 corpora (so only in the article pipeline).
_LEVEL_GOVERNMENT = re.compile(
    r"(?=[省市区县]政府)(?:^|(?<=[^\u4e00-\u9fff])|(?<=[从在由据和与同及向对经让请于]))[省市区县]政府"
)


_BARE_GOVERNMENT = re.compile(r"[省市区县]政府")


def drop_bare_governments(text: str, spans: Sequence[Span]) -> list[Span]:
    """Sentence mode: a government named by its level alone (市政府, 省政府, no place before it) is no
    entity in the 1998 corpora's convention, whatever the model says (the article pipeline tags it)."""
    return [sp for sp in spans if not (sp[2] == "ORG" and _BARE_GOVERNMENT.fullmatch(text, sp[0], sp[1]))]


def level_agencies(text: str, *, governments: bool = False) -> list[Span]:
    """Level-prefixed agencies found by pattern (the model rarely sees them in its 1998 training text);
    with ``governments``, the bare 市政府 / 省政府 too."""
    out = [
        (m.start(), m.end(), "ORG")
        for m in _LEVEL_AGENCY.finditer(text)
        if not m.group().endswith(_NOT_ORG_TAILS)  # 市委常委 is a title, not an agency
    ]
    if governments and "政府" in text:
        taken = {s for s, _, _ in out}
        out += [
            (m.start(), m.end(), "ORG") for m in _LEVEL_GOVERNMENT.finditer(text) if m.start() not in taken
        ]
        out.sort()
    return out


_ZONE_WORDS = frozenset(
    {"示范区", "高新区", "开发区", "自贸区", "保税区", "新区", "实验区", "试验区", "综合保税区"}
    | {"工业园区", "工业园", "产业园", "产业园区", "片区", "园区", "地质公园", "湿地公园", "森林公园"}
)
# One word that may stand between the place and the zone word (镜泊湖 + 世界 + 地质公园, 龙子湖 + 高校 +
# 园区); the modern sets write the whole as one place, as they do 阳春工业园区 and 横琴片区.
_ZONE_MODIFIERS = frozenset({"世界", "国家", "国家级", "省级", "高校", "科技", "工业", "物流"})


def extend_zone(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """A place followed directly by a zone word is the zone, a place (青岛 + 高新区: 青岛高新区,
    宜宾市江安县阳春 + 工业园区, 镜泊湖 + 世界 + 地质公园). 地区 is left out: the corpora and the modern
    sets mostly write 台湾 + 地区, 亚太 + 地区."""
    starts = _offsets(tokens)[0]
    out = []
    for s, e, t in spans:
        if t == "LOC":
            k = _find(starts, e)
            if k is not None:
                word = tokens[k].word
                if word in _ZONE_WORDS:
                    e = tokens[k].end
                elif word in _ZONE_MODIFIERS and k + 1 < len(tokens) and tokens[k + 1].word in _ZONE_WORDS:
                    e = tokens[k + 1].end
        out.append((s, e, t))
    return out


def place_not_org(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """An ORG made of a known place plus one verb is the place: 青岛 + 行 (博士青岛行) is 青岛, LOC.

    Only verbs: a place plus a noun is often an organisation the corpora write that way (印尼女队).
    """
    starts = _offsets(tokens)[0]
    out = []
    for s, e, t in spans:
        if t == "ORG":
            # the tokens that start inside the span, after its first two characters
            for i in range(bisect_left(starts, s + 2), bisect_left(starts, e)):
                tok = tokens[i]
                k = tok.start
                if tok.end == e and text[s:k] in PLACES:
                    if tok.pos in ("v", "vd", "zg") and tok.word not in _ORG_WORDS:
                        s, e, t = s, k, "LOC"
                    break
        out.append((s, e, t))
    return out


# Words that follow a place in a sentence but never inside an organisation's name: people from the
# place (台湾男子, 广东籍), its parts (市中心), what it has or where it lies (共有, 地处, 途中), its
# police or its people at large (警方, 民间). The model reads place + such a word as an ORG.
_AFTER_PLACE = frozenset(
    """男子 女子 男孩 女孩 男童 女童 老人 老汉 妇女 居民 市民 村民 网友 游客 民众 学生 少年 少女 青年 夫妇
    小伙 姑娘 司机 乘客 球迷 华人 华侨 民间 民间团体 中小学 工会 当地 境内 各地 全境 一带""".split()
)
# Of those, the ones after which a name ending like an organisation is another body, not the same
# name (南京警方 + 秦淮警务工作站, 中国电商巨头 + 阿里巴巴集团); after the others it is one name
# (中国女子排球队, 北京市少年管教所).
_AFTER_PLACE_HARD = frozenset(
    "籍 省籍 市籍 县籍 市中心 警方 电商 巨头 共有 地处 位于 途中 这 那 此次".split()
)
_AFTER_PLACE_ANY = _AFTER_PLACE | _AFTER_PLACE_HARD


def _place_word(word: str) -> bool:
    """A segmenter word that is a place by itself, not a school or unit named after one (三中)."""
    return word in PLACES or word.endswith(ADMIN_SUFFIXES) or word[-2:] in PLACES


def place_then_noun(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """An ORG made of a place (words tagged ns) and a word of ``_AFTER_PLACE`` is the place, LOC
    (中国台湾 + 男子, 巴黎 + 市中心, 银川市 + 共有 …), when nothing follows the word inside the span;
    more words after it make one name with the place (中国女子排球队), except after a word of
    ``_AFTER_PLACE_HARD``: the place, and the rest an ORG if it ends like one (南京 + 警方 + 秦淮警务工作站)."""
    starts = _offsets(tokens)[0]
    n = len(tokens)
    out = []
    for s, e, t in spans:
        i = _find(starts, s) if t == "ORG" else None
        if i is not None:
            j = i
            while j < n and tokens[j].end < e and tokens[j].pos == "ns":
                j += 1
            w = tokens[j].word if j < n else ""
            if j > i and tokens[j].end <= e and _place_word(tokens[j - 1].word) and w in _AFTER_PLACE_ANY:
                hard = False
                k = j
                while k < n and tokens[k].end <= e and tokens[k].word in _AFTER_PLACE_ANY:
                    hard = hard or tokens[k].word in _AFTER_PLACE_HARD
                    k += 1
                rest = tokens[k].start if k < n else e
                if rest < e and not hard:
                    out.append((s, e, t))
                    continue
                if e - rest >= 3 and _ends_org(text[rest:e]):
                    out.append((rest, e, "ORG"))
                out.append((s, tokens[j].start, "LOC"))
                continue
        out.append((s, e, t))
    return sorted(out)


# Courtesy words after a bare surname (杨小姐, 靳师傅, 李先生): the corpora and newsmine's modern sets
# annotate the surname alone as the person.
_HONORIFIC = re.compile(r"(?:先生|小姐|女士|师傅|太太|老先生)")


def honorifics(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """A surname followed by a courtesy word is a person, the surname alone: a PER span 杨小姐 becomes
    杨; an untagged 李先生 whose surname starts a word adds 李."""
    if _HONORIFIC.search(text) is None:
        return list(spans)
    from newsmine.entities.gazetteer import SURNAMES_2

    out: list[Span] = []
    for s, e, t in spans:
        if t == "PER" and e - s >= 3:
            m = _HONORIFIC.fullmatch(text, s + 1, e) or _HONORIFIC.fullmatch(text, s + 2, e)
            if m and (text[s : m.start()] in SURNAMES_1 or text[s : m.start()] in SURNAMES_2):
                e = m.start()
        out.append((s, e, t))
    starts = _offsets(tokens)[0]
    for m in _HONORIFIC.finditer(text):
        k = m.start() - 1
        if k < 0 or text[k] not in SURNAMES_1 or _find(starts, k) is None:
            continue
        if any(a <= k < b or a < m.end() and m.start() < b for a, b, _ in out):
            continue
        out.append((k, k + 1, "PER"))
    return sorted(out)


def defined_short_forms(text: str, spans: Sequence[Span]) -> list[Span]:
    """Short forms defined in the text (X（以下简称“Y”）, X(下称Y)) are names of X's type where defined."""
    found = abbreviations(text, spans) if "称" in text or "(" in text or "（" in text else None
    if not found:
        return list(spans)
    out = list(spans)
    for short, (_longf, typ) in found.items():
        k = text.find(short)
        while k >= 0:
            e = k + len(short)
            over = [sp for sp in out if sp[0] < e and k < sp[1]]
            if all(k <= a and b <= e and (a, b) != (k, e) for a, b, _ in over):
                out = [sp for sp in out if sp not in over]  # 康达 (PER) inside 康达食品 gives way
                out.append((k, e, typ))
            k = text.find(short, e)
    return sorted(out)


def consistent(text: str, spans: Sequence[Span]) -> list[Span]:
    """A name found once in a text is found at its other mentions, with the same type (韩正 … 韩正在):
    untagged occurrences of names of two characters or more become spans, longest names first."""
    names: dict[str, str] = {}
    seen: dict[str, int] = {}
    for s, e, t in spans:
        if e - s >= 2:
            name = text[s:e]
            names.setdefault(name, t)
            seen[name] = seen.get(name, 0) + 1
    # most names are tagged at every mention: counting (in C) spares the scan below for them
    names = {name: t for name, t in names.items() if text.count(name) > seen[name]}
    extra = untagged_mentions(text, spans, names) if names else []
    return sorted([*spans, *extra]) if extra else list(spans)


def untagged_mentions(text: str, spans: Sequence[Span], names: dict[str, str]) -> list[Span]:
    """Spans for the untagged occurrences of ``names`` (name → type): longest names first, never
    overlapping a span or each other."""
    covered = bytearray(len(text))
    for s, e, _ in spans:
        covered[s:e] = b"\x01" * (e - s)
    extra: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        k = text.find(name)
        while k >= 0:
            end = k + len(name)
            if not any(covered[k:end]):
                extra.append((k, end, names[name]))
                covered[k:end] = b"\x01" * (end - k)
            k = text.find(name, end)
    return extra


# The lookahead on first characters lets the regex engine skip positions no name starts at.
_PEOPLE = re.compile(_trie_pattern(PEOPLE))


def known_people(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Well-known people (gazetteer ``PEOPLE``) are PER: a span equal to one is re-typed, one the model
    missed is added (韩正 read as 韩 + 正在), one inside a longer span or a longer person's name
    (本雅明·内塔尼亚胡, a jieba name word 莫迪凯) is left alone."""
    out = list(spans)
    starts, ends = _offsets(tokens)
    for m in _PEOPLE.finditer(text):
        s, e = m.span()
        if s > 0 and text[s - 1] == "·":
            continue
        k = _find(starts, s)
        if k is not None and tokens[k].end > e and tokens[k].pos in ("nr", "nrfg", "nrt"):
            continue
        same = [k for k, (a, b, _) in enumerate(out) if (a, b) == (s, e)]
        if same:
            out[same[0]] = (s, e, "PER")
            continue
        over = [(a, b, t) for a, b, t in out if a < e and s < b]
        if any(a <= s and e <= b for a, b, _ in over):
            continue  # inside a longer name (普京机场, 马云飞)
        # spans cut across it (the model's 韩正在 or 林郑): the known name wins
        out = [sp for sp in out if sp not in over]
        out.append((s, e, "PER"))
    return sorted(out)


# A place and the police or agency named after it by its short form: 兰州公安, 金华交警 (the units
# speak for themselves in web news; 兰州警方 stays a place), 黑龙江省住建厅, 河南省人社厅.
# Units a place names by itself with one short word (南昌县法院, 海南移动, 太原公交, 萍乡七中): the
# place's court, telecom branch, bus company or numbered school, when a clause word or no word follows.
_UNIT_WORDS = r"(?:公安|交警|法院|检察院|海关|移动|联通|电信|公交|[一二三四五六七八九十]{1,2}中)"
_POLICE_AFTER = re.compile(
    rf"{_UNIT_WORDS}(?:公司)?(?![\u4e00-\u9fff])"
    rf"|{_UNIT_WORDS}(?:公司)?(?=[在于对向从将已发称表近日今昨等和与及的也承临再还正均都就即随共首])"
)
_AGENCY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}?[厅局委](?![员长会书常务])")


def place_agencies(text: str, spans: Sequence[Span]) -> list[Span]:
    """A LOC span directly followed by 公安/交警, or (ending in a level) by a short agency name ending
    in 厅/局/委 that no span covers, becomes that ORG."""
    out: list[Span] = []
    n = len(spans)
    for i, (s, e, t) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < n else len(text)
        if t == "LOC":
            m = _POLICE_AFTER.match(text, e)
            if m is None and text[s:e].endswith(("省", "市", "县", "区")):
                m = _AGENCY_AFTER.match(text, e)
            if m and m.end() <= nxt:
                e, t = m.end(), "ORG"
        out.append((s, e, t))
    return out


# A place followed by its government (泰国政府, 深圳市政府, 吕梁市人民政府): in articles the government is
# the organisation, as the modern sets annotate it; the 1998 corpora keep the place alone (美国政府: 美国),
# so the rule runs with the chains. 政府间 (intergovernmental) and 政府部门 name no one body; 中国政府网
# is the government's outlet.
_GOVERNMENT = re.compile(r"(?:人民)?政府网?(?![间部])")


def place_governments(text: str, spans: Sequence[Span]) -> list[Span]:
    """A LOC span directly followed by 政府 / 人民政府 becomes one ORG over both."""
    if "政府" not in text:
        return list(spans)
    out: list[Span] = []
    for n, (s, e, t) in enumerate(spans):
        if t == "LOC":
            m = _GOVERNMENT.match(text, e)
            if m and (n + 1 == len(spans) or spans[n + 1][0] >= m.end()):
                out.append((s, m.end(), "ORG"))
                continue
        out.append((s, e, t))
    return out


# A foreign name's original form in brackets right after it (勒梅尔（bruno le maire）, 岘港（danang）,
# 亚太经合组织(apec)): the gloss names the same thing, so it is an entity of the same type.
_LATIN_GLOSS = re.compile(r"[（(]([A-Za-z][A-Za-z .'&-]{0,60}[A-Za-z.])[)）]")


def latin_glosses(text: str, spans: Sequence[Span]) -> list[Span]:
    """Type the Latin gloss in brackets after a span like that span (spans inside the gloss give way)."""
    if "(" not in text and "（" not in text:
        return list(spans)
    out = list(spans)
    for _s, e, t in spans:
        m = _LATIN_GLOSS.match(text, e)
        if m:
            gs, ge = m.span(1)
            out = [sp for sp in out if not (gs <= sp[0] and sp[1] <= ge)] + [(gs, ge, t)]
    return sorted(out)


# Sentence mode (the 1998 corpora): a province or country before an organisation named by a smaller
# place is its own LOC (江苏省 + 宿迁市中级人民法院, 日本 + 东京三菱银行): those corpora split the chain
# and start the organisation at the place it is named after. Also a place before an edition (香港特别行政区
# + 第九届全国人民代表大会). Articles join the chain instead (the modern sets' convention).
_HEAD_PLACES = PROVINCES | COUNTRIES
_NAMED_PLACES = CITIES | PROVINCES | WORLD_PLACES  # a county only with its suffix (公安 + 厅 is none)
_EDITION = re.compile(r"第[一二三四五六七八九十百\d]{1,4}届")
_PLACE_LEVEL = "市县区州旗盟"


def _named_after_place(text: str, k: int, e: int) -> bool:
    """Whether text[k:e] is a name starting with a place (and more after it) or with an edition."""
    if _EDITION.match(text, k, e):
        return True
    for n in (4, 3, 2):
        name = text[k : k + n]
        level = text[k + n : k + n + 1] in _PLACE_LEVEL
        if name in _NAMED_PLACES or (level and name in _ANY_COUNTY):
            return e - (k + n + level) >= 2
    return False


def split_province(text: str, spans: Sequence[Span]) -> list[Span]:
    """An ORG opening with a province or country then a smaller place (or an edition): the head LOC,
    the rest ORG (sentence mode only)."""
    out: list[Span] = []
    for s, e, t in spans:
        if t == "ORG" and e - s >= 6:
            for n in (8, 7, 6, 5, 4, 3, 2):
                k = s + n
                if e - k >= 4 and text[s:k] in _HEAD_PLACES and _named_after_place(text, k, e):
                    out += [(s, k, "LOC"), (k, e, "ORG")]
                    break
            else:
                out.append((s, e, t))
            continue
        out.append((s, e, t))
    return out


# Suffixes that close one unit of an administrative chain (浙江省 + 温州市 + 鹿城区). A bare 州 is left out:
# it ends city names themselves (温州 + 市), so only 自治州 closes a unit.
_UNIT_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "街道",
    "地区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
    "镇",
    "乡",
)
_KNOWN_UNITS = PROVINCES | CITIES | frozenset(COUNTIES) | _ANY_COUNTY
_LEVEL_CHARS = frozenset("省市县区")


def _chain_unit(part: str, last: bool) -> bool:
    """Whether ``part`` can be one unit of an administrative chain: a name of two characters or more
    with its level suffix (or a one-character name the gazetteer knows: 沙县), or, at the end of the
    chain, a place the gazetteer knows without its suffix (浙江省 + 温州)."""
    if len(part) < 2:
        return False
    if part[0] in _LEVEL_CHARS and part not in _ANY_COUNTY and part[:-1] not in _ANY_COUNTY:
        return False  # 市鹿城区 is a cut in the wrong place (市中区 and 市北区 are in the county table)
    for suf in _UNIT_SUFFIXES:
        if part.endswith(suf):
            stem = part[: -len(suf)]
            if stem[-1:] in _LEVEL_CHARS and part not in _ANY_COUNTY:
                return False  # 青岛市市 + 北区 is a cut in the wrong place too
            if len(stem) >= 2 or part in _ANY_COUNTY or stem in _KNOWN_UNITS:
                return True
            break
    return last and part in _KNOWN_UNITS


def _chain_cuts(name: str) -> list[int]:
    """Offsets cutting ``name`` into the most administrative units (see :func:`_chain_unit`), or []
    when it is not a chain of two units or more. A small dynamic programme over cut positions."""
    n = len(name)
    best: list[list[int] | None] = [None] * (n + 1)  # best[i]: cuts of name[:i] into whole units
    best[0] = []
    for i in range(2, n + 1):
        for j in range(0, i - 1):
            prev = best[j]
            if prev is None or not _chain_unit(name[j:i], last=i == n):
                continue
            cuts = [*prev, j] if j else []
            if best[i] is None or len(cuts) > len(best[i]):
                best[i] = cuts
    cuts = best[n]
    return cuts if cuts else []


def split_chains(text: str, spans: Sequence[Span]) -> list[Span]:
    """Sentence mode: a LOC that is a chain of administrative units (浙江省温州市鹿城区) becomes one LOC
    per unit, as the 1998 corpora annotate chains (the article pipeline joins them: :func:`join_chains`)."""
    out: list[Span] = []
    for s, e, t in spans:
        if t == "LOC" and e - s >= 4:
            cuts = _chain_cuts(text[s:e])
            if cuts:
                edges = [s, *(s + c for c in cuts), e]
                out += [(a, b, "LOC") for a, b in zip(edges, edges[1:], strict=False)]
                continue
        out.append((s, e, t))
    return out
