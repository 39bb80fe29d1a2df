"""Post-rules on places the model leaves untagged or cuts: named streets, roads, estates and stations.

Modern local news names the street, estate, reservoir or toll station where something happened
(家住穿山路周边, 在来宾市绿源路一出租屋内, 在西岩收费站掉头, 天秀花园 + 古月园); the 1998-trained model
rarely tags them. A name is taken only between a locative lead (在, 至, 家住, a clause edge, or the end of
a place span: 三亚市 + 椰风巷) and a word that cannot go on the name (周边, 附近, 一带, punctuation…),
and never when it is a generic phrase (高速公路, 这条路, 老旧小区). All spans are ``(start, end, type)``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from newsmine.entities.rules import _find, _offsets
from newsmine.segment import Token

Span = tuple[int, int, str]

# The kinds of place a street-level name ends with (longest first so 大街 wins over 街).
_KIND = re.compile(r"大道|大街|胡同|棚户区|小区|水库|收费站|码头|大桥|路|街|巷|道")
# What may stand right before a name: a locative verb or preposition, a list mark, a clause edge.
_LEADS = (
    "家住",
    "靠近",
    "邻近",
    "紧邻",
    "前往",
    "来到",
    "驶入",
    "驶离",
    "位于",
    "地处",
    "住在",
    "途经",
    "沿着",
    "在",
    "于",
    "至",
    "到",
    "临",
    "沿",
    "经",
    "往",
    "从",
    "与",
    "和",
    "及",
    "、",
    "，",
    "。",
    "；",
    "：",
    "“",
    "（",
    "(",
    " ",
    "\n",
)
# What may follow a name (the name ends there): a position word, a list mark, a following clause.
_FOLLOW = re.compile(
    r"(?:[^\u4e00-\u9fff]|周边|附近|一带|以[东南西北]|两侧|两旁|沿线|沿途|路段|路口|交叉路口|交叉口|灯控路口|口|[东南西北]侧|"
    r"[上内旁边处一]|的|等|与|和|及|至|到|往|门口|片区|区域|现场|改造|项目|掉头|执勤|靠近|实施|发生|举行|开展)"
)
# A bare 道 ends a road name only before a junction word or a list (长宁道交叉口, 长宁道与…): most
# words ending in 道 are no roads (知道, 渠道, 报道, 车道).
_DAO_FOLLOW = re.compile(r"(?:交叉路口|交叉口|路口|口|与|和|、|，|附近|一带|两侧|沿线)")
_DAO_GENERIC = (
    "车道",
    "通道",
    "隧道",
    "轨道",
    "频道",
    "渠道",
    "街道",
    "人行道",
    "航道",
    "河道",
    "赛道",
    "跑道",
    "匝道",
    "坡道",
    "步道",
    "栈道",
    "便道",
    "绿道",
    "国道",
    "省道",
    "县道",
    "乡道",
    "辅道",
    "主道",
    "管道",
    "坑道",
    "地道",
    "过道",
    "走道",
    "知道",
    "报道",
    "味道",
    "轨道",
    "书道",
    "茶道",
    "孝道",
    "公道",
    "王道",
    "大道",
)
# Characters no street name holds (function words, measure words, pronouns).
_NOT_IN_NAME = frozenset(
    "的了是在和与及这那该此每各条个些都也就将已被把对向从到往等其我你他她它们所为着过去来在上下里被"
)
# Generic phrases ending in a place kind: they are no names (高速公路, 道路, 老旧小区, 步行街).
_GENERIC_END = (
    "公路",
    "马路",
    "道路",
    "铁路",
    "高速路",
    "快速路",
    "小路",
    "大路",
    "水路",
    "陆路",
    "网路",
    "线路",
    "电路",
    "思路",
    "出路",
    "后路",
    "退路",
    "套路",
    "一路",
    "沿路",
    "半路",
    "老路",
    "新路",
    "弯路",
    "之路",
    "活路",
    "门路",
    "来路",
    "去路",
    "走路",
    "上路",
    "开路",
    "让路",
    "带路",
    "引路",
    "修路",
    "过路",
    "商业街",
    "步行街",
    "美食街",
    "老街",
    "小街",
    "大街",
    "小巷",
    "街巷",
    "深巷",
    "居民小区",
    "住宅小区",
    "新建小区",
    "老旧小区",
    "老小区",
    "商品房小区",
    "高档小区",
    "封闭小区",
    "无物业小区",
    "安置小区",
    "棚户区",
    "小型水库",
    "大型水库",
    "中型水库",
    "病险水库",
    "十字路",
    "防范小区",
    "智慧小区",
    "文明小区",
    "平安小区",
    "示范小区",
    "和谐小区",
    "绿色小区",
    "码头",
    "大桥",
)
# Position words before a name are no part of it (在前方 + 西岩收费站).
_POSITION = ("前方", "后方", "对面", "附近", "旁边", "前面", "后面", "左侧", "右侧")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIRECTIONS = frozenset("东南西北中")


def _lead_ok(text: str, s: int, anchors: set[int]) -> bool:
    """A name may start at ``s``: text start, a lead word, the end of a place span before it or the
    start of a span (the model's 西岩 PER in 西岩收费站)."""
    return s == 0 or s in anchors or text.endswith(_LEADS, max(0, s - 2), s) or text.endswith(_POSITION, 0, s)


# Parts of speech a name part's words may have: nouns, names, adjectives, bound morphemes (穿/zg 山路,
# 椰风/n 巷, 革新/vn 大道, 槐荫/a 收费站); a verb, adverb or idiom makes a phrase (问路, 没有路, 走街串巷).
_NAME_POS = frozenset(
    {"n", "nr", "ns", "nz", "nt", "nrt", "nrfg", "ng", "zg", "a", "b", "j", "vn", "an", "s", "x"}
)


def _name_words_ok(tokens: Sequence[Token], starts: list[int], s: int, e: int) -> bool:
    """Every word overlapping ``text[s:e]`` has a part of speech a place name is made of; a
    one-character direction after the first word is one too (江滨 + 中 + 大道, 民族 + 西 + 街)."""
    i = max(0, bisect_right(starts, s) - 1)
    while i < len(tokens) and tokens[i].start < e:
        tok = tokens[i]
        if tok.end > s and tok.pos not in _NAME_POS and not (tok.start > s and tok.word in _DIRECTIONS):
            return False
        i += 1
    return True


def named_places(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """Add street-level places (穿山路, 椰风巷, 椿树园小区, 西岩收费站) the tagger missed.

    The name part is 2–4 characters; the shortest one with a lead before it wins (a lead word is
    never part of the name: 家住 + 穿山路). Spans inside the
    new name (the model's 西岩 PER in 西岩收费站) give way; a span over it (…路派出所) keeps it out.
    """
    if not _KIND.search(text):
        return list(spans)
    anchors = {e for _, e, t in spans if t == "LOC"} | {s for s, _, _ in spans}
    added: list[Span] = []
    for m in _KIND.finditer(text):
        ks, e = m.span()
        if text.startswith("街道", ks) or not _FOLLOW.match(text, e) and e < len(text):
            continue
        if m.group() == "道" and (
            not _DAO_FOLLOW.match(text, e)
            or text.endswith(_DAO_GENERIC, 0, e)
            or text[ks - 1] in "路街道有"
            or _find(_offsets(tokens)[0], ks) is None  # 道 begins no word: 有道, 知道
        ):
            continue
        for s in range(ks - 2, max(-1, ks - 5), -1):
            name = text[s:ks]
            if len(_HAN.findall(name)) != len(name) or set(name) & _NOT_IN_NAME:
                continue
            if name[0] in "一二两几多数" or name.startswith(_POSITION) or text.endswith(_GENERIC_END, s, e):
                continue
            if not _lead_ok(text, s, anchors):
                continue
            # token starts: read at the first candidate only (most texts have none), cached per text
            if _name_words_ok(tokens, _offsets(tokens)[0], s, ks):
                added.append((s, e, "LOC"))
                break
    if not added:
        return list(spans)
    out = list(spans)
    for s, e, t in added:
        if any(a <= s and e <= b for a, b, _ in out):
            continue  # inside a longer name (…路派出所, …小区物业) or already tagged
        if any(a < e and s < b and not (s <= a and b <= e) for a, b, _ in out):
            continue  # crosses a span: the model saw another reading
        inner = [sp for sp in out if s <= sp[0] and sp[1] <= e]
        if any(t == "LOC" and b < e for _, b, t in inner):
            continue  # a place inside before the kind word (张家口 + 东收费站): the chain rules decide
        out = [sp for sp in out if sp not in inner] + [(s, e, "LOC")]
    return sorted(out)


# Parts of China named after 中国 in one place name (中国台湾, 中国大陆, 中国香港).
_CHINA_PARTS = ("台湾", "大陆", "香港", "澳门", "内地")


def country_chains(text: str, spans: Sequence[Span], countries: frozenset[str]) -> list[Span]:
    """A country directly followed by one of its places is one LOC (韩国 + 浦项市, 韩国 + 釜山,
    中国 + 台湾省), as administrative chains are; 中国 joins only its parts (中国 + 北京 stays two)."""
    out: list[Span] = []
    for s, e, t in spans:
        if out and t == "LOC":
            ps, pe, pt = out[-1]
            head = text[ps:pe]
            if pe == s and pt == "LOC" and head in countries and text[s:e] not in countries:
                if head != "中国" or text.startswith(_CHINA_PARTS, s):
                    out[-1] = (ps, e, "LOC")
                    continue
        out.append((s, e, t))
    return out
