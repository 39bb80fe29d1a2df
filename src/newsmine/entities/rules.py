"""Post-rules on the tagger's spans: suffix merges, administrative chains, clean-up, short forms.

All spans are ``(start, end, type)`` over one text, sorted by start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmine.entities.gazetteer import ADMIN_SUFFIXES, ORG_SUFFIXES
from newsmine.segment import Token

Span = tuple[int, int, str]

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


def clean(text: str, spans: Sequence[Span]) -> list[Span]:
    """Trim punctuation at span edges and drop spans that are empty or cross a line."""
    out = []
    for s, e, t in spans:
        while s < e and text[s] in _STRIP:
            s += 1
        while e > s and text[e - 1] in _STRIP:
            e -= 1
        if e > s and "\n" not in text[s:e]:
            out.append((s, e, t))
    return out


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
_ORG_END_CHARS = frozenset("局委厅所院办署部处")
_GENERIC = frozenset(
    {"组织", "机构", "论坛", "基金", "控股", "总会", "联盟", "代表团", "工作组", "示范区", "保税区"}
)
_ORG_END_WORDS = frozenset(s for s in ORG_SUFFIXES if len(s) >= 2) - _GENERIC | {"支行", "分行", "分公司"}
_INNER_POS = frozenset({"n", "nz", "vn", "nt", "ns", "j", "b", "an", "ng", "l", "nrt", "m"})
_END_POS = frozenset({"n", "nt", "nz", "j", "l"})
_ORG_END_TUPLE = tuple(_ORG_END_WORDS)


def extend_org(text: str, spans: Sequence[Span], tokens: Sequence[Token], limit: int = 4) -> list[Span]:
    """An ORG/LOC span followed by a few nouns that end in an organisation word becomes one ORG
    (自然资源部 + 第一 + 海洋 + 研究所, 中国人民银行 + 温州市 + 中心 + 支行)."""
    index = {tok.start: k for k, tok in enumerate(tokens)}
    starts = [s for s, _, _ in spans]
    out: list[Span] = []
    for n, (s, e, t) in enumerate(spans):
        k = index.get(e)
        if (
            t in ("ORG", "LOC") and k is not None and e - s >= 2
        ):  # PER never grows: 张三 + 办公室 is not a name
            stop = starts[n + 1] if n + 1 < len(starts) else len(text)
            for tok in tokens[k : k + limit]:
                if tok.end > stop and not (n + 1 < len(spans) and spans[n + 1][2] == "LOC"):
                    break
                w = tok.word
                if w in _NOT_ORG_END:
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


def join_chains(text: str, spans: Sequence[Span]) -> list[Span]:
    """Adjacent places that form an administrative chain become one LOC (浙江省温州市鹿城区);
    a chain followed directly by an ORG joins it (青州市 + 行政审批服务局)."""
    out: list[Span] = []
    for s, e, t in spans:
        if out:
            ps, pe, pt = out[-1]
            if pe == s and pt == "LOC" and text[ps:pe].endswith(ADMIN_SUFFIXES) and t in ("LOC", "ORG"):
                out[-1] = (ps, e, t)
                continue
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
    for m in _ABBR.finditer(text):
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
