"""What a number measures: its subject (a span of the clause), change and basis.

The tokens come from :func:`newsmine.segment.tokenize` of the whole text (cached by text, so
the body is segmented once for facts, entities and keywords) and are sliced by offsets; a clause
is segmented on its own only when a word straddles its edge. They are read with a few rules: the noun phrase right after the unit (16个上合组织国家),
else the noun phrase before the verb that introduces the number (全市城镇新增就业达到18.55万人).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from newsmine.facts import tables as T
from newsmine.segment import Token, tokenize

SENTENCE_ENDS = "。！？!?；;\n"
CLAUSE_ENDS = SENTENCE_ENDS + "，,：:（(）)"

# Words between a subject and its number that are not part of the subject.
_LINK_WORDS = frozenset(
    """达到 达 为 是 有 约 共 共计 合计 累计 总计 总共 分别 了 已 已经 将 再 计划 预计 预期 超过 突破 实现
    完成 占 仅 只 仅为 高达 多达 近 逾 超 至 到 同比 环比 比 上年 同期 去年 增长 增加 提高 上升 提升 下降
    减少 回落 降低 下滑 增幅 降幅 增速 达成 约为 大约 接近 将近 不到 不足 至少 最多 最高 也 都 均 还 又
    新增 新 净 合 总 已达 首次 其中 其 当年 全年 今年 上半年 前 后 以及 和 及 与 的 之 内 之内 以内 里
    以后 以前 左右 远 长 高 宽 深 重""".split()
)
# Verbs that may sit inside a subject (新增就业, 参保人数, 引进人才).
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
    tokens: tuple[Token, ...] = ()
    starts: list[int] = field(default_factory=list)
    resegmented: int = 0  # how often a clause had to be segmented again (benchmark figure)

    @classmethod
    def of(cls, text: str) -> TokenView:
        """Segment ``text`` once (cached) and index the tokens by start."""
        tokens = tokenize(text)
        return cls(text, tokens, [t.start for t in tokens])

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


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (stripped of surrounding spaces)."""
    a = start
    while a > 0 and text[a - 1] not in SENTENCE_ENDS:
        a -= 1
    b = end
    while b < len(text) and text[b] not in SENTENCE_ENDS:
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins."""
    a = start
    while a > 0 and text[a - 1] not in CLAUSE_ENDS:
        a -= 1
    return a


def _nounish(tok_word: str, pos: str) -> bool:
    return pos.startswith(_NOUNISH) and not pos.startswith("nr") or tok_word in _MODIFIER_VERBS or pos == "nr"


def subject_after(view: TokenView, end: int) -> str | None:
    """The noun phrase right after a number's unit (16个|上合组织国家), or None."""
    text = view.text
    b = end
    while b < len(text) and text[b] not in CLAUSE_ENDS and b - end < 24:
        b += 1
    tail = text[end:b]
    if not tail or not tail[0].strip():
        return None
    words = []
    for tok in view.span(end, b):
        if (
            tok.word.isspace()
            or tok.word in _LINK_WORDS
            or tok.pos.startswith(_STOP_AFTER)
            or len(words) == 5
        ):
            break
        words.append(tok)
    # the phrase ends on its head noun: drop trailing verbs (查询, 辅助 …)
    while words and not _nounish(words[-1].word, words[-1].pos):
        words.pop()
    if not words:
        return None
    return text[end : words[-1].end]


def subject_before(view: TokenView, start: int, *, keep_lists: bool = False) -> str | None:
    """The noun phrase that the number's clause is about (表单免填写率|达到了63%以上), or None."""
    text = view.text
    a = clause_start(text, start)
    toks = [t for t in view.span(a, start) if not t.word.isspace()]
    # drop the link words and fillers between the subject and the number
    while toks and (
        toks[-1].word in _LINK_WORDS or toks[-1].pos in ("d", "u", "p", "m", "q", "x", "w", "y", "uj", "ul")
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
    if not _nounish(toks[-1].word, toks[-1].pos) and not one_char_head and toks[-1].pos != "v":
        return None
    phrase = text[toks[first].start : end]
    return phrase or None


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


def change_of(text: str, start: int) -> tuple[str | None, str | None]:
    """(change, basis) of the number at ``start``, read from its clause."""
    a = clause_start(text, start)
    head = text[a:start]
    basis = next((w for w in T.BASIS_WORDS if w in head), None)
    tail = head.rstrip()
    stripped = True
    while stripped:
        stripped = False
        for w in T.CHANGE_FILLERS + tuple(T.PREFIX_QUALIFIERS):
            if w and tail.endswith(w) and w not in ("上",):
                tail = tail[: -len(w)]
                stripped = True
    for words, label in ((T.INCREASE_WORDS, "increase"), (T.DECREASE_WORDS, "decrease")):
        for w in words:
            if tail.endswith(w):
                if len(w) == 1 and tail[-2:-1] in "新":
                    return None, basis  # 新增 counts new things; it is a level
                return label, basis
    return None, basis
