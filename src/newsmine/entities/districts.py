"""Post-rule: a county-level unit printed with its own suffix (玄武区, 溧水区, 和静县) is a place.

The tagger misses many districts and counties it did not meet in 1998 text, most of all in lists
(玄武区6个，建邺区6个…) where no larger place comes first. The county table of
:mod:`newsmine.entities.counties` (written afresh for newsmine) names them; a short name of two
characters or more, its suffix right after it, and jieba word edges on both sides make one LOC.
All spans are ``(start, end, type)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmine.entities.counties import COUNTIES
from newsmine.entities.rules import _find, _offsets
from newsmine.segment import Token

Span = tuple[int, int, str]

# Short names of county-level units (and the prefectures themselves, which take 市).
_NAMES = frozenset(
    c for cs in COUNTIES.values() for c in cs if len(c) >= 2 and not c.endswith(("区", "县", "市"))
) | frozenset(p for p in COUNTIES if len(p) >= 2)
_LONGEST = max(len(n) for n in _NAMES)
_LAST = frozenset(n[-1] for n in _NAMES)
# Suffixed forms that are common nouns rather than the unit of that name (新城区 "the new town",
# 大城市 "big cities", 老城区 "the old town").
_GENERIC = frozenset(
    {"新城区", "新城市", "新建市", "城中区", "新兴市", "大城市", "老城区", "小城市", "主城区", "中心城区"}
)
_SUFFIX = re.compile(r"[区县市旗]")


def suffixed_counties(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Add a LOC for an untagged county-level name with its suffix (建邺区, 高淳区, 和静县).

    The name must start and the suffix end a jieba word (溧水 + 区 + 4个, not 新兴 + 市场); a span
    inside it (the model's 溧水) gives way, a span across or around it keeps it out.
    """
    added: list[Span] = []
    tagged: set[tuple[int, int]] | None = None
    for m in _SUFFIX.finditer(text):
        i = m.start()
        if text[i - 1 : i] not in _LAST:
            continue  # most 市/区 (城市, 市场, 地区) end no county name: one set lookup rules them out
        for k in range(min(_LONGEST, i), 1, -1):
            name = text[i - k : i]
            if name not in _NAMES:
                continue
            s, e = i - k, m.end()
            if tagged is None:
                tagged = {(a, b) for a, b, _ in spans}
            if text[s:e] in _GENERIC or (s, e) in tagged:
                break  # a common noun, or already tagged (its type stands)
            starts, ends = _offsets(tokens)  # cached per token tuple, shared with the other rules
            if _find(starts, s) is not None and _find(ends, e) is not None:
                added.append((s, e, "LOC"))
            break
    if not added:
        return list(spans)
    out = list(spans)
    for s, e, _ in added:
        over = [sp for sp in out if sp[0] < e and s < sp[1]]
        if any(a < s or b > e for a, b, _ in over):
            continue  # inside or across a longer name (南京市玄武区, 玄武区人民法院)
        out = [sp for sp in out if sp not in over] + [(s, e, "LOC")]
    return sorted(out)


# A township, sub-district, village or community glued after a chain (四川彭州市 + 通济镇 + 麻柳村,
# 郯城县 + 郯城街道 + 米顶村): the model often leaves these small units untagged.
_UNIT = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:街道|社区|镇|乡|村)")
_LEVEL_END = ("省", "市", "县", "区", "镇", "乡", "街道", "旗", "州")
# Characters of phrases, not unit names (新农村, 各乡镇, 全市城乡, 某自然村).
_NOT_UNIT = frozenset("农城各全每该本乡镇村的和与及在某")
# What may not follow a unit for it to be a place: 村民, 村委会, 镇党委, 镇长, 乡干部 are people or bodies.
_UNIT_NOT_AFTER = frozenset("民委党干级长里")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def chain_tails(text: str, spans: Sequence[Span]) -> list[Span]:
    """Extend a LOC span ending in an administrative level over the townships and villages glued after
    it; LOC pieces the model found there are absorbed, any other span stops the extension."""
    if not any(u in text for u in ("镇", "乡", "村", "街道", "社区")):
        return list(spans)
    out = list(spans)
    for n, (s, e, t) in enumerate(out):
        if t != "LOC" or not text.endswith(_LEVEL_END, s, e):
            continue
        end = e
        while True:
            m = _UNIT.match(text, end)
            if not m or set(m.group(1)) & _NOT_UNIT:
                break
            if m.end() < len(text) and text[m.end()] in _UNIT_NOT_AFTER:
                break
            if (
                text.endswith("社区", 0, m.end())
                and _HAN.match(text, m.end())
                and text[m.end()] not in "的内"
            ):
                break  # 北京市 + 智慧型社区建设: a community ends the phrase it names

            inside = [sp for sp in out if sp[0] < m.end() and end < sp[1] and sp != (s, e, t)]
            if any(sp[2] != "LOC" or sp[1] > m.end() for sp in inside):
                break
            end = m.end()
        if end > e:
            out[n] = (s, end, "LOC")
            out = [sp for sp in out if not (e <= sp[0] and sp[1] <= end)]
            return chain_tails(text, out)  # spans shifted: start over (chains are few per text)
    return sorted(out)


# Names of county-level units that are also common words: never taken bare from a list.
_COMMON = frozenset(
    "公安 城区 郊区 和平 光明 前进 向阳 东风 新华 红旗 解放 资源 通道 平原 长安 大同 新建 永和 河口 石门 "
    "江南 城中 中山 安宁 天心 天元 兴安 新城 宁江 江北 河东 河西 河北 南区 北区 东区 海城 新兴 城关 "
    "开发 高新 新区 市中 市南 市北 中西区".split()
)
_BARE = (_NAMES | frozenset(COUNTIES)) - _COMMON
_LIST_ITEM = re.compile(r"(?<=、)([\u4e00-\u9fff]{2,4})(?=、)|(?<=、)([\u4e00-\u9fff]{2,4})(?=[和及与等])")


def listed_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """A bare county or prefecture name (台中, 彰化, 庆安) in a 、-list whose item before it is a LOC span
    is a place too (台北、台中、彰化、台南)."""
    if "、" not in text:
        return list(spans)
    ends = {e: t for _, e, t in spans}
    covered = {s for s, _, _ in spans}
    out = list(spans)
    for m in _LIST_ITEM.finditer(text):
        k = 1 if m.group(1) else 2
        s, e = m.span(k)
        if m.group(k) not in _BARE or s in covered or ends.get(s - 1) != "LOC":
            continue
        if any(a < e and s < b for a, b, _ in out):
            continue
        out.append((s, e, "LOC"))
        ends[e] = "LOC"  # the next item may lean on this one
    return sorted(out)
