"""What a number measures: its subject (a span of the clause), change and basis.

The tokens come from :func:`newsmine.segment.tokenize` of the whole text (cached by text, so
the body is segmented once for facts, entities and keywords) and are sliced by offsets; a clause
is segmented on its own only when a word straddles its edge. They are read with a few rules: the noun phrase right after the unit (16个上合组织国家),
else the noun phrase before the verb that introduces the number (全市城镇新增就业达到18.55万人).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from newsmine.facts import tables as T
from newsmine.segment import Token, tokenize

SENTENCE_ENDS = "。！？!?；;\n"
CLAUSE_ENDS = SENTENCE_ENDS + "，,：:（(）)"

# Words between a subject and its number that are not part of the subject.
_LINK_WORDS = frozenset(
    """达到 达 为 是 有 约 共 共计 合计 累计 总计 总共 分别 了 已 已经 将 再 计划 预计 预期 超过 突破 实现
    完成 占 仅 只 仅为 高达 多达 近 逾 超 至 到 同比 环比 比 上年 同期 去年 增长 增加 提高 上升 提升 下降
    减少 回落 降低 下滑 达成 约为 大约 接近 将近 不到 不足 至少 最多 最高 也 都 均 还 又
    新增 新 净 合 总 已达 首次 其中 其 当年 全年 今年 上半年 前 后 以及 和 及 与 的 之 内 之内 以内 里
    以后 以前 左右 远 长 高 宽 深 重""".split()
)
# Verbs that may sit inside a subject (新增就业, 参保人数, 引进人才).
_QUOTES = frozenset('“”"‘’「」『』')
# 占X的Y%: the share belongs to what comes before these
# one-character noun suffixes that jieba splits off (磨损|费, 长江|段)
_SUFFIX_HEADS = frozenset("费段额率量价金款税者员")
# words jieba tags as nouns that end a phrase after a number (押金|无法退还, 棚|全部倒在)
_AFTER_STOP = frozenset("全部 无法 全都 一起 共同 各自 分别 均 都 核定".split())
_SHARE_WORDS = frozenset({"占", "占到", "占据"})
_CHANGE_VERBS = frozenset(T.INCREASE_WORDS + T.DECREASE_WORDS)
_CHANGE_ENDS = tuple(w for w in _CHANGE_VERBS if len(w) == 2)
# nouns that close a compound with a verb inside (结算业务, 服务点, 治理项目)
_COMPOUND_HEADS = frozenset("业务 项目 服务 点 站 中心 工程 资金 费用 费 人员 企业 机构 设备 平台".split())
# 比上年增长, 较年初提高: the comparison's base is no subject
_COMPARE_WORDS = frozenset({"比", "较", "相比", "相较", "比去年", "比上年"})
# words that end a clause's noun phrase without belonging to it (余额需|不低于, 息差保持在)
_TAIL_WORDS = frozenset(
    """需 需要 须 必须 保持 保持在 维持 维持在 涉及 广达 连续 年均 平均 仅 就 已 可 能 会 可以 要 控制 控制在 稳定在
    人民币 美元 港币 港元 欧元 日元 新台币 台币 共有 拥有 还有 有 现有 只有 仅有 尚有""".split()
    + list(T.INCREASE_WORDS)
    + list(T.DECREASE_WORDS)
)
_MODIFIER_VERBS = frozenset(
    "新增 新建 新设 新开工 在建 引进 实际使用 参保 登记 失业 就业 进出口 出口 进口 集聚 扶持".split()
)
_NOUNISH = ("n", "vn", "j", "b", "an", "nz", "nt", "ns", "nr", "ng", "l", "eng", "i", "a")
_ONE_CHAR_HEADS = frozenset("率数额量值价费比度重数")
_BOUNDARY_WORDS = frozenset("是 在 对 把 将 使 让 由 被 从 向 给 为 以 经 据 其中".split())
_SPLITTERS = "、和及与"
_STOP_AFTER = ("x", "w", "u", "p", "c", "d", "r", "m", "q", "y", "f", "t")


@dataclass(slots=True)
class TokenView:
    """The tokens of a whole text, sliced by character offsets."""

    text: str
    orig: str = ""  # the text as printed, when ``text`` is its simplified-character folding
    tokens: tuple[Token, ...] = ()
    starts: list[int] = field(default_factory=list)
    resegmented: int = 0  # how often a clause had to be segmented again (benchmark figure)

    @classmethod
    def of(cls, text: str, orig: str | None = None) -> TokenView:
        """Segment ``text`` once (cached) and index the tokens by start; phrases are cut from ``orig``."""
        tokens = tokenize(text)
        return cls(text, orig if orig is not None else text, tokens, [t.start for t in tokens])

    def span(self, a: int, b: int) -> list[Token]:
        """The tokens of ``text[a:b]`` with offsets in ``text``."""
        if a >= b:
            return []
        i = max(0, bisect_right(self.starts, a) - 1)
        j = bisect_right(self.starts, b - 1)
        toks = self.tokens[i:j]
        if toks and toks[0].start == a and toks[-1].end == b:
            return list(toks)
        # a word straddles an edge (余个|便民): segment the piece on its own (rare, cached by text)
        self.resegmented += 1
        return [Token(t.word, t.pos, t.start + a, t.end + a) for t in tokenize(self.text[a:b])]


@lru_cache(maxsize=16)
def _ends(text: str, marks: str) -> list[int]:
    """Positions of the characters of ``marks`` in ``text`` (cached: one scan per text)."""
    return [m.start() for m in re.finditer("[" + re.escape(marks) + "]", text)]


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (stripped of surrounding spaces)."""
    ends = _ends(text, SENTENCE_ENDS)
    k = bisect_right(ends, start - 1)
    a = ends[k - 1] + 1 if k else 0
    k = bisect_left(ends, end)
    b = ends[k] if k < len(ends) else len(text)
    if b < len(text) and text[b] != "\n":
        b += 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins."""
    ends = _ends(text, CLAUSE_ENDS)
    k = bisect_right(ends, start - 1)
    return ends[k - 1] + 1 if k else 0


def _nounish(tok_word: str, pos: str) -> bool:
    return pos.startswith(_NOUNISH) and not pos.startswith("nr") or tok_word in _MODIFIER_VERBS or pos == "nr"


def subject_after(view: TokenView, end: int, *, need_de: bool = False) -> str | None:
    """The noun phrase right after a number's unit (16个|上合组织国家, 9.3%的|受访者), or None.

    With ``need_de`` (percentages) only a phrase introduced by 的 counts: 30%的选票.
    """
    text = view.text
    b = end
    while b < len(text) and text[b] not in CLAUSE_ENDS and b - end < 24:
        b += 1
    if b == end or not text[end].strip():
        return None
    toks = view.span(end, b)
    k = 0
    if toks and toks[0].word == "的":
        k = 1
    elif need_de:
        return None
    while k < len(toks) and toks[k].word in _QUOTES:
        k += 1
    words: list = []
    for tok in toks[k:]:
        if tok.word in _QUOTES or tok.word in _AFTER_STOP:
            break
        if not words and tok.word in T.BASIS_WORDS:
            words.append(Token(tok.word, "n", tok.start, tok.end))  # 3%的|环比涨幅
            continue
        if words and tok.word in _SUFFIX_HEADS:
            words.append(Token(tok.word, "n", tok.start, tok.end))  # 磨损|费, 长江|段: one noun
            continue
        if (
            tok.word.isspace()
            or tok.word in _LINK_WORDS
            or tok.pos.startswith(_STOP_AFTER)
            or len(words) == 5
        ):
            break
        # a verb after the noun ends the phrase (租赁服务站点|投入使用, 水稻基地|建设)
        if words and tok.pos.startswith("v") and tok.word not in _MODIFIER_VERBS and _has_noun(words):
            # 国际|结算|业务: a verb inside a compound noun ending in one of these heads
            nxt = toks[toks.index(tok) + 1] if toks.index(tok) + 1 < len(toks) else None
            if nxt is None or nxt.word not in _COMPOUND_HEADS:
                break
        words.append(tok)
    # the phrase ends on its head noun: drop trailing verbs (查询, 辅助 …)
    while words and not _nounish(words[-1].word, words[-1].pos):
        words.pop()
    if not words:
        return None
    return view.orig[words[0].start : words[-1].end]


def _has_noun(words: list) -> bool:
    return any(w.pos.startswith(("n", "j")) or w.pos == "vn" for w in words)


def subject_before(view: TokenView, start: int, *, keep_lists: bool = False, floor: int = 0) -> str | None:
    """The noun phrase that the number's clause is about (表单免填写率|达到了63%以上), or None.

    ``floor`` is where the previous number of the clause ends: its unit (7.47|万人) is no subject.
    """
    text = view.text
    a = max(clause_start(text, start), floor)
    toks = [t for t in view.span(a, start) if not t.word.isspace()]
    # 占X的63%: the share belongs to what comes before 占; 比上年增长: the subject is before 比
    # 铅金属占比约为63%: 占|比 before the number is the noun "share", not 占 + 比
    for k in range(len(toks) - 1):
        if toks[k].word == "占" and toks[k + 1].word == "比" and _only_links(toks[k + 2 :]):
            toks = toks[:k] + [Token("占比", "n", toks[k].start, toks[k + 1].end)] + toks[k + 2 :]
            break
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].word in _SHARE_WORDS or (toks[k].word in _COMPARE_WORDS and k > 0):
            toks = toks[:k]
            break
    # 学费标准为每人每学年8800元: the per-unit phrase is no subject
    while toks and (toks[-1].word.startswith("每") or (len(toks) > 1 and toks[-2].word == "每")):
        toks.pop()
    # drop the link words and fillers between the subject and the number
    while toks and (
        toks[-1].word in _LINK_WORDS
        or toks[-1].word in _TAIL_WORDS
        or toks[-1].pos in ("d", "u", "p", "m", "q", "x", "w", "y", "uj", "ul", "t")
        # 速率提至, 水平已降: a verb of reaching is no part of the subject
        or (
            toks[-1].pos.startswith("v")
            and (toks[-1].word.endswith(("至", "到")) or toks[-1].word.startswith("已"))
        )
        # 稳步增长, 大幅下降 (one word for jieba) end a clause, not a subject
        or (
            toks[-1].pos in ("v", "i", "l")
            and len(toks[-1].word) > 2
            and toks[-1].word.endswith(_CHANGE_ENDS)
        )
    ):
        if toks[-1].word in _MODIFIER_VERBS and len(toks) > 1 and toks[-2].pos.startswith(("n", "v")):
            break
        toks.pop()
    if not toks:
        return None
    end = toks[-1].end
    first = len(toks) - 1
    one_char_head = len(toks[-1].word) == 1 and toks[-1].word in _ONE_CHAR_HEADS
    while first > 0:
        prev = toks[first - 1]
        if one_char_head and prev.word not in _BOUNDARY_WORDS and prev.pos != "x":
            first -= 1
            continue
        if keep_lists and (prev.word in _SPLITTERS or prev.word == "、"):
            first -= 1
            continue
        if _nounish(prev.word, prev.pos) and prev.word not in _LINK_WORDS or prev.word in _MODIFIER_VERBS:
            first -= 1
            continue
        break
    while first < len(toks) - 1 and (toks[first].word in _SPLITTERS or toks[first].word == "、"):
        first += 1
    last = toks[-1]
    if not _nounish(last.word, last.pos) and not one_char_head and last.pos != "v":
        return None
    if first == len(toks) - 1 and last.pos.startswith("v") and last.word not in _MODIFIER_VERBS:
        return None  # a lone verb (提供, 领到) is no subject
    phrase = view.orig[toks[first].start : end]
    # 立案数比去年同期 (jieba joins 数比): the comparison is no part of the subject
    phrase = _COMPARISON.split(phrase, maxsplit=1)[0]
    return phrase or None


_COMPARISON = re.compile("(?:比|较)(?:去年|上年|前年|同期|年初|上月|上季度|上周)")


def _only_links(toks: list[Token]) -> bool:
    return all(t.word in _LINK_WORDS or t.pos in ("d", "p", "m", "x", "uj") for t in toks)


def previous_clause_subject(view: TokenView, start: int) -> str | None:
    """The subject (lists kept) of the clause before the one at ``start``, read back from its end:
    全市养老、失业和工伤保险参保人数稳步增长，|分别达到… → 全市养老、失业和工伤保险参保人数."""
    text = view.text
    a = clause_start(text, start)
    if a == 0 or text[a - 1] in SENTENCE_ENDS:
        return None
    return subject_before(view, a - 1, keep_lists=True)


def clause_topic(view: TokenView, start: int) -> str | None:
    """The noun phrase that opens the clause before the one at ``start`` (境外债融资成本|维持高位，达到了7.86%)."""
    text = view.text
    a = clause_start(text, start)
    if a == 0 or text[a - 1] in SENTENCE_ENDS:
        return None
    b = a - 1
    toks = [t for t in view.span(clause_start(text, b), b) if not t.word.isspace()]
    k = 0
    while k < len(toks) and (toks[k].pos in ("t", "m", "x", "p", "c", "d") or toks[k].word in _LINK_WORDS):
        k += 1
    words = []
    for tok in toks[k:]:
        if words and tok.pos == "r" and tok.word.startswith("各"):
            words.append(tok)  # 本外币|各项|贷款余额
            continue
        if (
            not (_nounish(tok.word, tok.pos) or tok.word in _MODIFIER_VERBS or tok.pos == "s")
            or tok.pos == "a"
        ):
            break
        words.append(tok)
    if not words or not _has_noun(words):
        return None
    return view.orig[words[0].start : words[-1].end]


def clause_is_bare(view: TokenView, start: int) -> bool:
    """The clause before the number holds only link words (为4.91%, 达到了7.86%)."""
    text = view.text
    a = clause_start(text, start)
    if text.startswith(tuple(_SHARE_WORDS), a):
        return True  # 占违法总数的47%
    return all(
        t.word.isspace() or t.word in _LINK_WORDS or t.pos in ("d", "u", "p", "m", "t", "x", "uj", "ul", "v")
        for t in view.span(a, start)
    ) and not any(t.pos.startswith(("n", "j")) for t in view.span(a, start))


def split_list(phrase: str, n: int) -> list[str] | None:
    """养老、失业和工伤保险参保人数 → its n coordinated items, when there are exactly n."""
    items: list[str] = []
    cur = ""
    for ch in phrase:
        if ch in _SPLITTERS:
            if cur:
                items.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        items.append(cur)
    return items if len(items) == n else None


def change_of(text: str, start: int, end: int | None = None) -> tuple[str | None, str | None]:
    """(change, basis) of the number at ``text[start:end]``, read from its clause.

    A change verb before the number (同比增长4.5%) or a change noun after it (3%的环比涨幅);
    the basis (同比/环比) is reported with a change, or when it stands right before the number.
    """
    a = clause_start(text, start)
    head = text[a:start]
    tail = head.rstrip()
    stripped = True
    while stripped:
        stripped = False
        for w in _CHANGE_STRIP:
            if tail.endswith(w):
                tail = tail[: -len(w)]
                stripped = True
    basis = next((w for w in T.BASIS_WORDS if w in head), None)
    if tail.endswith(T.BASIS_WORDS):
        return None, tail[-2:]  # 同比3.2%: a basis with no verb
    for words, label in ((T.INCREASE_WORDS, "increase"), (T.DECREASE_WORDS, "decrease")):
        for w in words:
            if tail.endswith(w):
                if len(w) == 1 and tail[-2:-1] in "新":
                    return None, None  # 新增 counts new things; it is a level
                # 降为6.69亿户, 降至16.2%: the level reached (降幅为 stays a change)
                if head[len(tail) :].lstrip().startswith(T.LEVEL_MARKERS) and not tail.endswith(
                    tuple(T.CHANGE_NOUNS)
                ):
                    return None, None
                return label, basis
    if end is not None:
        after = text[end : end + 10]
        if after.startswith("的"):
            after = after[1:]
            b = next((w for w in T.BASIS_WORDS if after.startswith(w)), None)
            if b:
                after = after[len(b) :]
            for w, label in T.CHANGE_NOUNS_AFTER.items():
                if after.startswith(w):
                    return label, b
            # 以每年3—10倍的速度递增: a rate of change
            if after.startswith(("速度", "幅度")):
                after = after[2:]
                for words, label in ((T.INCREASE_WORDS, "increase"), (T.DECREASE_WORDS, "decrease")):
                    if after.startswith(words):
                        return label, b
    return None, None


_CHANGE_STRIP = tuple(w for w in T.CHANGE_FILLERS + tuple(T.PREFIX_QUALIFIERS) if w and w != "上")


def age_owner(view: TokenView, e: object, r: object) -> str | None:
    """郑某辉（男，31岁）: the person an age in brackets belongs to, the name right before the bracket.

    Police and court news name people 郑某辉, 王某, 陈某某: the name starts one character before 某;
    other names are taken when jieba tags the word before the bracket as a person's name.
    """
    if getattr(r, "unit", None) != "岁":
        return None
    text = view.text
    start = getattr(e, "start", 0)
    a = max(text.rfind("（", max(0, start - 12), start), text.rfind("(", max(0, start - 12), start))
    if a <= 1 or any(c in text[a:start] for c in "）)。"):
        return None
    window = text[max(0, a - 3) : a]
    if "某" in window:
        b = max(0, a - 3) + window.index("某") - 1
        return view.orig[b:a] if b >= 0 else None
    toks = view.span(max(0, a - 8), a)
    if toks and toks[-1].pos.startswith("nr") and len(toks[-1].word) >= 2:
        return view.orig[toks[-1].start : toks[-1].end]
    return None
