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
from operator import itemgetter

from newsmine.facts import tables as T
from newsmine.facts.numerals import is_digit
from newsmine.segment import Token, tokenize

_TOKEN_START = itemgetter(2)
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
# one-character heads jieba splits off a compound noun or tags as a numeral or measure word
# (分流|点/m, 排风|口中/s, 爱心|款/m, 芝士|片): they close the noun before them
_SPLIT_HEADS = _SUFFIX_HEADS | frozenset("点口片椅站处台组包地")
# locatives that jieba glues to such a head (排风|口中): the head is kept, the locative is no part
_LOCATIVE_TAILS = frozenset("中内上里外")
# adverbs and links jieba glues to a one-character head after it (排风|口未/d 安装, 服务|点共为/p)
_HEAD_ADVERBS = frozenset("未 共 共为 均 都 已 也 还 仍 正 将 均为 已经".split())
# words jieba tags as nouns that end a phrase after a number (押金|无法退还, 棚|全部倒在)
_AFTER_STOP = frozenset(
    # adverbs jieba tags as nouns or adjectives (城市|全面/n 展开, 青年|积极/ad 参加) end the phrase too
    """全部 无法 全都 一起 共同 各自 分别 均 都 核定 集体 参赛 上台 到场 出席 全面 积极 可望 有望 纷纷 相继
    陆续 顺利 正在 时""".split()
)
_SHARE_WORDS = frozenset({"占", "占到", "占据"})
_CHANGE_VERBS = frozenset(T.INCREASE_WORDS + T.DECREASE_WORDS)
_CHANGE_ENDS = tuple(w for w in _CHANGE_VERBS if len(w) == 2)
# last characters of things that jieba tags verbs after a noun (平板|挂车, 量子|接口, 监控|探头, 营养厨房)
_THING_HEAD_CHARS = frozenset("车口头房厅机器网库馆船柜箱罐桶")
# nouns that close a compound with a verb inside (结算业务, 服务点, 治理项目)
_COMPOUND_HEADS = frozenset(
    "业务 项目 服务 点 站 中心 工程 资金 费用 费 人员 企业 机构 设备 平台 报告 计划 工作 活动 行动 方案 系统 机制 基地 街区".split()
)
# 比上年增长, 较年初提高: the comparison's base is no subject
_COMPARE_WORDS = frozenset(
    {"比", "较", "相比", "相较", "比去年", "比上年", "比上", "较上", "高出", "高于", "低于", "超出", "多出"}
)
# 与去年同期相比: the comparison opens with one of these
_COMPARE_OPEN = frozenset({"与", "和", "同", "跟"})
# a 占 followed by …的 + one of these is the noun "share of …" (占总人口的比例将超过34%), not 占 + a share
_SHARE_HEADS = ("比例", "比重", "份额")
# words that end a clause's noun phrase without belonging to it (余额需|不低于, 息差保持在)
_TAIL_WORDS = frozenset(
    """需 需要 须 必须 保持 保持在 维持 维持在 涉及 广达 连续 年均 平均 仅 就 已 可 能 会 可以 要 控制 控制在 稳定在
    人民币 美元 港币 港元 欧元 日元 新台币 台币 共有 拥有 还有 有 现有 只有 仅有 尚有
    人均 户均 年人均 日均 月均 年均 一般 通常 普遍 最低 最少 时 只要 只需 仅需 不过 肯定 应 应为 可能 预计
    就会 将会 也会 还会 仍将 或将 可望 有望 只能 只会 内有 中有 出现 延续 高达 长达 多达 将
    仍 仍然 依然 依旧 还将 更 更达 可达 可达到 约等于 等于 跨越 变成 变为 因此 因而 从而 则
    折合 合计 不得 继续 足有 很 快速增长 稳步增长 大幅增长 持续增长""".split()
    + [w for w in T.INCREASE_WORDS + T.DECREASE_WORDS if w not in T.SAVING_NOUNS]
)
# verbs that end a noun phrase as its head when the clause ends right after them (保险费收入，)
# predicates jieba tags as nouns (葡萄大棚|连片/n 倒塌, 200万美国人|患病/n, 213个少数民族战士|入党/n): after the
# counted noun they start the clause's predicate, never extend the noun
_GLUED_PREDICATES = frozenset(
    """连片 患病 入党 入团 升星 摘帽 出列 脱贫 集资 开学 缩编 无人 投向 试点 链接 委托 供应 落户 受灾 受伤
    遇难 死亡 失踪 获救 倒塌 受损 报名 报考 获奖 入选 上榜 参战 参展 返乡 务工 就医 住院 确诊 感染""".split()
)
# heads of a noun phrase that jieba may tag verbs, or that double as a link word (计划), and the tags of a
# word after them that close the phrase
_PHRASE_HEADS = _COMPOUND_HEADS | frozenset(
    "要求 录像 补助 补贴 奖励 捐赠 补偿 赔偿 贷款 援助 警察 组织 导演 会计 教练 裁判".split()
)
_HEAD_CLOSERS = ("f", "x", "w", "u", "d", "c", "p")
_CLOSING_VERBS = frozenset("收入 支出 消费 监督 储蓄 存款 营收 产出".split())
_NOUN_PREFIXES = frozenset({"总", "净"})
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
        return cls(text, orig if orig is not None else text, tokens, list(map(_TOKEN_START, tokens)))

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


def _noun_like(tok: Token) -> bool:
    """A token that can be part of a noun phrase. jieba's tags are unreliable on short words (少年/m,
    赛季/t, 县/zg, 初中/f), so a plain CJK word of two characters or more, with no numeral, that is
    no time word or function word, counts as well."""
    if tok.word in _NOT_NOUN or tok.pos.startswith("v"):
        return tok.word in _MODIFIER_VERBS or tok.pos == "vn" and tok.word not in _NOT_NOUN
    if tok.pos.startswith(_NOUNISH) or tok.word in _MODIFIER_VERBS:
        return True
    if tok.pos in ("m", "t", "f", "zg", "s", "q", "ng", "g") and len(tok.word) >= 2:
        if tok.pos == "t" and (tok.word[-1] in "年月日天时期后前底初末" or tok.word[0] in "今去明前上下本次"):
            return False
        return _plain_chars(tok.word)
    return tok.pos == "zg"


_NUMERAL_NOUNS = frozenset(w for w in T.NUMERAL_WORDS if len(w) == 2)  # 二手|住宅: no number
# last characters that make a word jieba tags as a verb a noun (雇主, 投资者); 收费, 涨价, 捐款 are
# verbs, so 费价金款税 count only at the end of longer words (赞助费, 出厂价)
_NOUN_END_CHARS = frozenset("额率者员主商")
_LONG_NOUN_END_CHARS = frozenset("费价金款税")
# last characters of a four-character set phrase that names people or things (武装人员/l), not an action
_NOUNY_END = frozenset("员人者品物费额率量家户业区站点场所地院校车房屋金款价")
_ONE_CHAR_NOUNS = frozenset("县省市区村镇乡校院所局厂店站队组班户家国州岛港矿场园馆库井桥河湖山田林车船机")
_PREDICATE_VERBS = frozenset(
    "获得 取得 赶赴 奔赴 前往 送往 来到 到达 进入 购买 收购 支付 用于 参加 参与 完成 实现 发展 建设 建成 成为 领取 赢得".split()
)
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿几数")


def _plain_chars(word: str) -> bool:
    """Every character of ``word`` is a CJK character and none is a numeral (少年, 赛季; not 二手, 5G)."""
    return all("\u4e00" <= c <= "\u9fff" and c not in _NUMERAL_CHARS for c in word)


_NOT_NOUN = frozenset(
    "先后 分别 大部分 大多数 绝大多数 绝大部分 一部分 小部分 过去 此后 然后 最后 之后 以后 此前 事后 随后 现在 目前 当前 如今 近期 当时 同时 此时 届时 平时 随后 很多 许多 较多 不少 一些 部分 多数 少数 大量 以来 以后 以前 之后 之前 以上 以下 之间 期间 时候 当中 其中 之中 左右 前后 上下 内外 以内 之内 同比 环比 同期".split()
)


def _owned_share(toks: list[Token]) -> bool:
    """A percentage printed right against a plain noun of two characters or more counts a part of it
    without 的 (收购某公司20%|股权, 90%|病人); 99%|比例, 17%|时 and names after it do not."""
    if not toks:
        return False
    tok = toks[0]
    return (
        len(tok.word) >= 2
        and tok.pos.startswith(("n", "j"))
        and not tok.pos.startswith("nr")
        and tok.word not in _NOT_NOUN
        and not tok.word.endswith(_SHARE_HEADS)
    )


# adverbs jieba glues to a locative before them (范围|内约, 赛季|中共)
_GLUED_ADVERBS = frozenset("约共有近达为")
_GLUED_TAILS = _LOCATIVE_TAILS | frozenset("后前")  # 地后, 课后 besides 字里


def _glued_locative(toks: list[Token], k: int) -> Token | None:
    """2亩|地后/t, 一支酒|酒后, 三个|字里/f, 两节|课后: jieba glues a one-character noun to the locative
    after it; the token when that word closes the phrase (国内|企业 goes on to a noun), else None."""
    if k >= len(toks):
        return None
    tok = toks[k]
    if not (
        len(tok.word) == 2
        and tok.word[1] in _GLUED_TAILS
        and (tok.pos in ("t", "f", "s") or tok.pos == "n" and tok.word[1] in "后里")
        and "\u4e00" <= tok.word[0] <= "\u9fff"
        and tok.word[0] not in _NUMERAL_CHARS
        and tok.word not in _NOT_NOUN
        and tok.word[0] not in "之以此其这那前后上下内外中"
    ):
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (nxt.pos.startswith(("n", "j", "vn")) or nxt.word == "的"):
        return None
    return tok


def subject_after(view: TokenView, end: int, *, need_de: bool = False, names_stop: bool = True) -> str | None:
    """The noun phrase right after a number's unit (16个|上合组织国家, 9.3%的|受访者), or None.

    With ``need_de`` (percentages) only a phrase introduced by 的 counts: 30%的选票. With ``names_stop``
    a person's name after the noun is an apposition (两名中国少年|沈洁); an age keeps it (68岁村民齐少忠).
    """
    text = view.text
    if text[end : end + 1] in (" ", "\u3000") and text[end + 1 : end + 2] == "的":
        end += 1  # 超过50% 的上涨空间: a PDF space before 的
    elif text[end - 1 : end + 1] == "元钱":
        end += 1  # 7200元|钱的钱包: the spoken 钱 left out of the span is no subject
    # the clause's end, at most 24 characters on (the clause ends are listed once per text)
    ends = _ends(text, CLAUSE_ENDS)
    k = bisect_left(ends, end)
    b = min(ends[k] if k < len(ends) else len(text), end + 24, len(text))
    if b == end or not text[end].strip():
        return None
    toks = view.span(end, b)
    if not names_stop and text[end - 1] == "岁":
        name = _aged_name(view, toks)
        if name is not None:
            return name
    k = 0
    if toks and toks[0].word == "的":
        k = 1
    elif need_de and not _owned_share(toks):
        return None
    while k < len(toks) and toks[k].word in _QUOTES:
        k += 1
    glued = _glued_locative(toks, k)
    if glued is not None:
        return view.orig[glued.start : glued.start + 1]
    if k == 0:
        described = _relative_clause(view, end, toks)
        if described is not None:
            return described
    # 12名|被埋|人员: a passive modifier at the start
    if (
        k + 2 < len(toks)
        and toks[k].word == "被"
        and toks[k + 1].pos.startswith("v")
        and _noun_like(toks[k + 2])
    ):
        toks = (
            toks[:k]
            + [Token(toks[k].word + toks[k + 1].word, "b", toks[k].start, toks[k + 1].end)]
            + toks[k + 2 :]
        )
    words: list = []
    for idx in range(k, len(toks)):
        if (
            words
            and (toks[idx].pos == "t" or toks[idx].pos == "f" and toks[idx].word[0] in "之以")
            and words[-1].pos.startswith(("n", "j"))
        ):
            # 148万群众|过上/t, 一万多市民|日前/t, 17款产品|之外: a time or place word after the noun starts
            # the predicate (3所民办|初中/f is a noun)
            break
        tok = _retag(toks[idx])
        nxt_tok = toks[idx + 1] if idx + 1 < len(toks) else None
        if (
            words
            and tok.word in _PHRASE_HEADS
            and words[-1].pos.startswith(("n", "vn", "j"))
            and (nxt_tok is None or nxt_tok.word in ("的", "、") or nxt_tok.pos.startswith(_HEAD_CLOSERS))
        ):
            # 3500亿元融资|计划的, 21个小时的救援|工作，, 的补偿|要求 确实: a head noun jieba tags a verb (or
            # 计划, a link word before a verb) closing the phrase is its head
            words.append(Token(tok.word, "n", tok.start, tok.end))
            break
        if (
            tok.word in _QUOTES
            or tok.word in _AFTER_STOP
            or (words and tok.word in _CHANGE_VERBS and tok.word not in T.CHANGE_NOUNS)
            or (words and len(tok.word) == 2 and tok.word[0] == "被")  # 两个皮包|被盗/n: passive predicate
            or (words and tok.word in _GLUED_PREDICATES and _has_noun(words))
        ):
            break  # 二百零五种商品|涨价: a change verb after the noun is its predicate
        if not words and tok.word in T.BASIS_WORDS:
            words.append(Token(tok.word, "n", tok.start, tok.end))  # 3%的|环比涨幅
            continue
        if words and tok.word in _SPLIT_HEADS:
            words.append(Token(tok.word, "n", tok.start, tok.end))  # 磨损|费, 分流|点: one noun
            continue
        if (
            words
            and len(tok.word) in (2, 3)
            and tok.word[0] in _SPLIT_HEADS
            and (tok.word[1] in _LOCATIVE_TAILS or tok.word[1:] in _HEAD_ADVERBS)
            and words[-1].pos.startswith(("n", "vn"))
        ):
            # 排风|口中: 排风口 + 中; 排风|口未 安装, 医疗服务|点共为: the head and an adverb glued after it
            words.append(Token(tok.word[0], "n", tok.start, tok.start + 1))
            break
        nxt0 = toks[idx + 1] if idx + 1 < len(toks) else None
        if (
            words
            and tok.pos in ("a", "ad", "b", "z")
            and (nxt0 is None or not (nxt0.pos.startswith(("n", "j", "vn")) or nxt0.word in _SPLIT_HEADS))
        ):
            break  # 三天时间|凑齐/a, 3条临时专线|中途/b 不停车: an adjective after the noun is its predicate
        if (
            tok.word.isspace()
            or tok.word in _LINK_WORDS
            or tok.pos.startswith(_STOP_AFTER)
            or len(words) == 5
        ):
            break
        nxt = _retag(toks[idx + 1]) if idx + 1 < len(toks) else None
        if words and names_stop and tok.pos.startswith("nr") and len(tok.word) >= 2:
            break  # 两名中国少年|沈洁和李振宇: the names after the noun are an apposition
        # 1800万元|获得金海煤矿60%, 40辆|赶赴现场, 2000万元|建设的: a number followed by its clause's
        # predicate has no noun phrase after it; 输电|线路, 遇险|人员 are nouns with a verb inside
        if tok.pos in ("i", "l") and len(tok.word) == 4 and tok.word[:2] not in _MODIFIER_VERBS:
            # 赶赴现场/i, 汽车|起火燃烧/l: a set phrase after the number is its predicate (武装人员/l is not)
            if tok.word[:2] in _PREDICATE_VERBS or (_has_noun(words) and tok.word[-1] not in _NOUNY_END):
                break
        if not words and tok.word in _PREDICATE_VERBS:
            break
        if not words and tok.pos == "v" and tok.word not in _MODIFIER_VERBS and _counts_things(text, end):
            run = _mistagged_noun_run(toks, idx, closed=b == len(text) or text[b] in CLAUSE_ENDS)
            if run is not None:
                return view.orig[run[0].start : run[-1].end]  # 16个|上合/v|组织/v|国家/n
            if _lone_mistagged_noun(tok, nxt, closed=b == len(text) or text[b] in CLAUSE_ENDS):
                return view.orig[tok.start : tok.end]  # 四个|地检署/v 在侦办, 三个|对手/v 分别是
            after = toks[idx + 2] if idx + 2 < len(toks) else None
            if (
                tok.word in _PREDICATE_VERBS
                or nxt is None
                or not nxt.pos.startswith(_NOUNISH)
                or nxt.pos == "v"
                or (after is not None and after.pos.startswith(("m", "v")))
            ):
                break
        # 6人|愿意选择剖宫产, 3名|表示支持: a verb followed by a verb after a count of people is the
        # clause's predicate, so the people are named before the number (其中…, the clause's topic)
        if (
            not words
            and tok.pos == "v"
            and (
                tok.word[-1] in "手员者"
                or (nxt is not None and nxt.word in _GLUED_PREDICATES and len(tok.word) == 2)
            )
            and _counts_people(text, end)
        ):
            tok = Token(tok.word, "n", tok.start, tok.end)  # 300名|选手/v: jieba tags the noun a verb
        if (
            not words
            and tok.pos == "v"
            and tok.word not in _MODIFIER_VERBS
            and _counts_people(text, end)
            and not _person_head_ahead(toks, idx)
        ):
            break
        if (
            words
            and tok.pos in ("v", "vn")
            and len(tok.word) >= 2
            and tok.word[-1] in _THING_HEAD_CHARS
            and tok.word not in _MODIFIER_VERBS
            and _has_noun(words)
            and (nxt is None or nxt.word in ("的", "、") or nxt.pos.startswith(("f", "x", "w")))
        ):
            # 1辆平板|挂车/v, 25个量子|接口/v, 数百个监控|探头/v: jieba tags the head noun of the counted
            # thing a verb; a word ending in a thing's name right before the clause's end closes the phrase
            words.append(Token(tok.word, "n", tok.start, tok.end))
            break
        # a verb after the noun ends the phrase (租赁服务站点|投入使用, 水稻基地|建设)
        if words and tok.pos.startswith("v") and tok.word not in _MODIFIER_VERBS and _has_noun(words):
            # 国际|结算|业务: a verb inside a compound noun ending in one of these heads; 电视|监控|考场,
            # 失业|补偿|税金: a nominal verb followed by the noun that closes the phrase
            after = toks[idx + 2] if idx + 2 < len(toks) else None
            closes = (
                after is None
                or after.word in ("的", "、")
                or after.pos.startswith(("p", "u", "d", "c", "x", "w"))
                or after.word in _AFTER_STOP
            )
            inner = nxt is not None and (
                nxt.word in _COMPOUND_HEADS
                or (
                    tok.pos == "vn"
                    and nxt.pos.startswith(("n", "j"))
                    and not nxt.pos.startswith("nr")
                    and closes
                )
            )
            if not inner and tok.word in _CLOSING_VERBS and (nxt is None or nxt.word in ("的", "、")):
                # 保险费|收入，, 经常性卫生|监督，: a verb naming an amount closes the noun phrase
                words.append(Token(tok.word, "n", tok.start, tok.end))
                break
            if not inner:
                break
        words.append(tok)
    # the phrase ends on its head noun: drop trailing verbs (查询, 辅助 …)
    lone = words[0] if len(words) == 1 and k == 1 else None
    while words and not _nounish(words[-1].word, words[-1].pos):
        words.pop()
    if not words:
        if lone is not None and _lone_de_noun(toks, lone):
            return view.orig[lone.start : lone.end]  # 150英镑的|捐款/v。, 40余年的|冷战/v，
        return None
    if (
        len(words) == 1
        and words[0].pos.startswith("v")
        and text[words[-1].end : words[-1].end + 1] in "为成至到"
    ):
        return None  # 由30元/张|调整为20元/张: a verb of change, not a noun
    last = words[-1]
    if len(words) > 1 and len(last.word) == 2 and last.word[0] in "中内里" and last.word[1] in _GLUED_ADVERBS:
        words.pop()  # 50公里范围|内约/n 423万人, 18个赛季|中共/j 交战: a locative glued to an adverb after it
    elif len(last.word) >= 3 and last.word[-1] in "中内" and last.pos == "n" and last.word not in _NOT_NOUN:
        words[-1] = Token(
            last.word[:-1], "n", last.start, last.end - 1
        )  # 60名小|演員中/n，: a glued locative (公里 is no 里)
    words = _counted_part(text, end, words)
    return view.orig[words[0].start : _coordinated_end(toks, words[-1])]


def _lone_de_noun(toks: list[Token], tok: Token) -> bool:
    """A lone two-character word jieba tags a verb, right after N的 and closing the clause, names the thing
    (的捐款。, 的冷战，): nothing follows it that it could be the predicate of."""
    if tok.pos not in ("v", "vn") or len(tok.word) != 2 or tok.word in _CHANGE_VERBS:
        return False
    if tok.word in _PREDICATE_VERBS or tok.word in _MODIFIER_VERBS or not _plain_chars(tok.word):
        return False
    k = toks.index(tok)
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.word in _QUOTES


# nouns naming people that a count of places or bodies does not count (17个部门|负责人, 58所高校|学生)
_KIND_MEASURES = frozenset("档类种级")
_PEOPLE_HEADS = ("负责人", "学生", "职工", "员工", "工作人员", "居民", "村民", "干部", "代表", "主任", "领导")


def _counted_part(text: str, end: int, words: list) -> list:
    """The part of the noun phrase after a count that the measure word counts: a measure noun after it is
    what is said of the things counted (4位候选人|得票率, 70个大中城市|新建商品住宅价格), and people after a
    count of places or bodies are theirs (8个部门|负责人, 16家检测企业|负责人)."""
    if len(words) < 2 or not (_counts_things(text, end) or _counts_people(text, end)):
        return words
    if text[end - 1] in _KIND_MEASURES:
        return words  # 两档增值税税率: a count of kinds counts the measure itself
    things = _counts_things(text, end)
    for j in range(1, len(words)):
        w = words[j].word
        if (len(w) >= 2 and w.endswith(T.MEASURE_HEADS)) or (things and w.endswith(_PEOPLE_HEADS)):
            return words[:j]
    if _counts_people(text, end) and not _names_people(words[-1]):
        # 23名遇难者|名单, 11位挪威学者|…, 600多名志愿者|督导: people are counted, so the phrase ends on
        # the last word naming people; what follows is said of them
        j = max((k for k, t in enumerate(words) if _names_people(t)), default=-1)
        if j >= 0:
            return words[: j + 1]
    return words


def _names_people(tok: Token) -> bool:
    """A word that names people (学者, 遇难者, 志愿者, 干部, 群众)."""
    w = tok.word
    return (
        w == "人"
        or len(w) >= 2
        and (w in _PERSON_WORDS or w[-1] in _PERSON_ENDS or w.endswith(_PEOPLE_HEADS))
    )


_COORDINATORS = frozenset("和 及 与 以及".split())


def _coordinated_end(toks: list[Token], last: Token) -> int:
    """Where a counted noun ends when more nouns are joined to it (10个国家和地区, 33个专业和学科): after
    the last noun of the run; ``last.end`` when nothing is joined. A number after the joining word
    (5名男子和3名女子) starts an item of its own."""
    i = next((k for k, t in enumerate(toks) if t.start == last.start), -1)
    if i < 0 or i + 2 >= len(toks):
        return last.end
    joint = toks[i + 1].word
    if joint not in _COORDINATORS:
        return last.end
    end = last.end
    for k in range(i + 2, min(i + 5, len(toks))):
        tok = _retag(toks[k])
        if (
            tok.pos.startswith("nr")
            or not _noun_like(tok)
            or any(is_digit(c) for c in tok.word)
            or (
                tok.pos in ("i", "l")
                and len(tok.word) >= 4
                and tok.word[-1] not in _NOUNY_END
                and not _names_people(tok)
            )
        ):
            break  # 乡镇和部门负责人|精神抖擞/i: a set phrase is the predicate
        end = tok.end
    else:
        k = min(i + 5, len(toks))
    if end == last.end:
        return end
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and (nxt.pos.startswith(("m", "q")) or nxt.word in _COORDINATORS):
        return last.end  # 11个省和12个县, 猪、牛、羊: no clean end of the joined noun
    return end


# parts of speech that make the words between a count and 的 a descriptive clause (verbs, adjectives,
# adverbs, aspect particles: 经历过, 正在排放, 坏掉)
_CLAUSE_TAGS = ("v", "a", "d", "ug", "ul", "uz", "t")
_COUNT_MEASURES = frozenset(T.MEASURE_WORDS)


# prepositions that open or sit inside a clause describing the counted noun (17篇|关于…的|文章,
# 1364只|在夜间闪亮的|警灯, 10余名|来自各大城市的|志愿者)
_CLAUSE_PREPOSITIONS = frozenset(
    "关于 在 对 从 向 往 与 同 跟 由 为 各 各大 各地 各类 各种 全国 本地".split()
)


def _relative_clause(view: TokenView, end: int, toks: list[Token]) -> str | None:
    """6个|经历过抗日战争的|老人, 4箱|坏掉的|哈密瓜: after a count, a short clause that opens on a verb,
    an adjective or an adverb and closes with 的 describes the counted noun: that noun, else None."""
    text = view.text
    if not (text[end - 1 : end] in _COUNT_MEASURES or text[end - 2 : end] in _COUNT_MEASURES):
        return None
    first = toks[0] if toks else None
    if first is None or first.word in _MODIFIER_VERBS or (first.pos == "a" and len(first.word) == 1):
        return None  # 500家|大公司的利润: a one-character adjective belongs to the noun
    # 孩子|捐赠鞋子的, 乡镇|生活垃圾…的: a clause opening on a noun is the noun's own (经历/n 过 is a verb)
    if not (
        first.pos.startswith(_CLAUSE_TAGS)
        or first.word in _CLAUSE_PREPOSITIONS
        or (len(toks) > 1 and toks[1].pos in ("ug", "uz", "ul"))
    ):
        return None
    for j in range(1, min(9, len(toks) - 1)):
        tok = toks[j]
        if tok.word == "的":
            nxt = _retag(toks[j + 1])  # 来自各地高校的|青年/t|志愿者
            after = toks[j + 2] if j + 2 < len(toks) else None
            # 实践基地的|熏陶/vn: a verbal noun after 的 is what the place does, not the counted thing
            # (关于乡村振兴的|调研/vn|文章: a verbal noun before a noun is part of it)
            if nxt.pos == "vn" and after is not None and after.pos.startswith(("n", "j")):
                nxt = Token(nxt.word, "n", nxt.start, nxt.end)
            if not (nxt.pos.startswith(("n", "j")) and (nxt.pos != "nr" or len(nxt.word) > 2)):
                return None
            last = nxt  # 有一技之长的|外籍|工人: the nouns that follow it close the phrase
            for tok in toks[j + 2 : j + 4]:
                if not tok.pos.startswith(("n", "j")) or tok.pos.startswith("nr"):
                    break
                last = tok
            return view.orig[nxt.start : last.end]
            return None
        if (
            tok.pos.startswith(("m", "x", "w", "c"))
            or (tok.pos.startswith(("p", "r")) and tok.word not in _CLAUSE_PREPOSITIONS)
            or tok.word in _QUOTES
        ):
            return None
    return None


# words allowed between an age and the name it belongs to (64岁的|美国|宇航员|吉恩·赛尔南)
_BEFORE_NAME_TAGS = ("n", "j", "b", "a", "f")


def _aged_name(view: TokenView, toks: list[Token]) -> str | None:
    """64岁的|美国宇航员吉恩·赛尔南, 68岁|村民齐少忠: the noun phrase after an age up to the person's name
    that closes it, dotted names whole; None when no name closes it (75岁的老妪伯恩|丝 is cut short)."""
    k = 1 if toks and toks[0].word == "的" else 0
    for j in range(k, min(k + 6, len(toks))):
        tok = toks[j]
        if tok.pos.startswith("nr") and len(tok.word) >= 2:
            last = j
            # 吉恩|·|赛尔|南: a transliterated name joined by a middle dot
            if j + 2 < len(toks) and toks[j + 1].word in ("·", "•", "・") and toks[j + 2].pos.startswith("n"):
                last = j + 2
                while last + 1 < min(j + 5, len(toks)) and toks[last + 1].pos.startswith(("nr", "nz", "ns")):
                    last += 1
            nxt = toks[last + 1] if last + 1 < len(toks) else None
            if nxt is not None and nxt.pos.startswith(("m", "n", "q")):
                return None  # 伯恩|丝: jieba cut a name short
            return view.orig[toks[k].start : toks[last].end]  # 村民齐少忠: the noun keeps its name
        if tok.pos == "m" and any(is_digit(c) for c in tok.word):
            return None
        if not (tok.pos.startswith(_BEFORE_NAME_TAGS) or tok.pos == "m"):
            return None
    return None


def _retag(tok: Token, *, full: bool = True) -> Token:
    """jieba mis-tags short nouns after a measure word (少年/m, 赛季/t, 初中/f, 县/zg, 路口/s): a plain CJK word
    of two characters or more with no numeral, that is no time or function word, is read as a noun."""
    if tok.pos.startswith("v") and (
        (len(tok.word) >= 2 and tok.word[-1] in _NOUN_END_CHARS)
        or (len(tok.word) >= 3 and tok.word[-1] in _LONG_NOUN_END_CHARS)
    ):
        return Token(tok.word, "n", tok.start, tok.end)  # 赞助费/v, 雇主/v: nouns by their last character
    if full and (
        (tok.pos == "zg" and tok.word in _ONE_CHAR_NOUNS)
        or tok.word in _NUMERAL_NOUNS
        or (
            tok.pos in ("m", "t", "f", "q", "s")
            and len(tok.word) >= 2
            and tok.word not in _NOT_NOUN
            and not (
                tok.pos == "t" and (tok.word[-1] in "年月日天时期底初末" or tok.word[0] in "今去明前上下本次")
            )
            and tok.word[0] not in "比较"
            and _plain_chars(tok.word)
        )
    ):
        return Token(tok.word, "n", tok.start, tok.end)
    return tok


# tags of the word that closes a counted noun mis-tagged as verbs (国家/n, 委员会/nt, 新疆/ns)
_RUN_HEADS = ("n", "vn", "j", "ng")
# what may follow that noun: the clause's end or a joining word (的, 等, 、, 和)
_RUN_FOLLOWERS = frozenset("的 等 、 和 及 与 ， ,".split())
# measure words that count things (个, 件, 家); people (人, 名), times (次) and containers (包) are left
# out: 6人|愿意选择…, 366名|符合…条件, 21次|出现… are predicates, not counted nouns
_THING_MEASURES = frozenset(T.MEASURE_WORDS) - frozenset(
    "人 名 位 人次 次 起 例 包 户 口 人口 对 双 手 股 家次".split()
)


def _counts_things(text: str, end: int) -> bool:
    """The number ending at ``end`` ends on a measure word that counts things (16个, 6件)."""
    return text[end - 1 : end] in _THING_MEASURES or text[end - 2 : end] in _THING_MEASURES


_PEOPLE_MEASURES = frozenset("人 名 位".split())
# last characters of a noun naming people: 6名|参赛|选手 and 3名|受伤|群众 are noun phrases
_PERSON_ENDS = frozenset("人员者民生手众士师工户友家长官兵警")


_PERSON_WORDS = frozenset("干部 股东 房东 群众 孩子 儿童 妇女 老人 青年 少年 对象 者".split())


def _person_head_ahead(toks: list[Token], idx: int) -> bool:
    """A noun naming people closes the words after ``idx`` (获救/v 者, 原始/v 股东, 涉黑涉恶人员)."""
    for tok in toks[idx + 1 : idx + 5]:
        if tok.word in _PERSON_WORDS or (tok.pos.startswith(_NOUNISH) and tok.word[-1] in _PERSON_ENDS):
            return True
        if tok.word == "的" or tok.pos.startswith(("p", "u", "d", "x", "w", "c")):
            return False
    return False


def _counts_people(text: str, end: int) -> bool:
    """The number ending at ``end`` ends on a measure word that counts people (6人, 12名)."""
    return text[end - 1 : end] in _PEOPLE_MEASURES


def _mistagged_noun_run(toks: list[Token], idx: int, *, closed: bool) -> list[Token] | None:
    """16个|上合/v|组织/v|国家/n，: jieba tags the counted noun's first words as verbs. A run of at most
    four words from ``toks[idx]`` (a verb) that ends on a noun right before the clause's end (``closed``
    tells whether the tokens reach it) or a function word, and whose verbs are no common predicate
    verbs (1800万元|获得|金海煤矿, 30人|参加|培训), is the counted noun; None otherwise."""
    for j in range(idx, min(idx + 4, len(toks))):
        tok = _retag(toks[j])
        if tok.pos == "v" or tok.pos in ("vd", "vi", "vg"):
            if tok.word in T.AMOUNT_PREDICATE_VERBS or tok.word in _PREDICATE_VERBS or len(tok.word) < 2:
                return None
            continue
        if tok.word in _NOT_NOUN or tok.word in _LINK_WORDS or tok.word in _AFTER_STOP:
            return None
        if not (tok.pos.startswith(_RUN_HEADS) and not tok.pos.startswith("nr")):
            return None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if j == idx or not ((nxt is None and closed) or (nxt is not None and nxt.word in _RUN_FOLLOWERS)):
            continue
        return list(toks[idx : j + 1])
    return None


# what may follow a lone counted noun that jieba tags a verb (四个地检署|在侦办, 64个编制|最终保留)
_LONE_FOLLOWERS = frozenset("、 和 及 与 的 被 在 分别 最终 均 都 已 也 将 ， ,".split())


def _lone_mistagged_noun(tok: Token, nxt: Token | None, *, closed: bool) -> bool:
    """四个|地检署/v 在…, 三个|对手/v 分别…: a word of two or three characters tagged a verb right after a
    count of things, followed by the clause's end or a function word, is the counted noun (no verb of
    amount, change or action: 7个|入选 is a predicate)."""
    w = tok.word
    if not (2 <= len(w) <= 3 and _plain_chars(w)) or tok.pos != "v":
        return False
    if (
        w in _CHANGE_VERBS
        or w in T.AMOUNT_PREDICATE_VERBS
        or w in _PREDICATE_VERBS
        or w in _NOT_ACTION_VERBS
        or w in _LINK_WORDS
        or w in _TAIL_WORDS
        or w[0] in "不没未被已将可能会要应入出进上下获参完"
    ):
        return False
    return (nxt is None and closed) or (nxt is not None and nxt.word in _LONE_FOLLOWERS)


_PRONOUN_STARTS = frozenset("这那其此该各每本我你他她它哪某自彼何全")


# one-character verbs jieba tags nouns after a noun (驾驶证|记/n 12分, 每人|扣/n 5分)
_ONE_CHAR_VERBS = frozenset("记扣罚欠赔缴交汇")


def _plain_word(tok: Token) -> bool:
    """A word of two characters or more with no numeral that jieba tags a pronoun, a locative, a place
    word or a foreign name (本科/r, 沿海/f, 第戎/nrt) and that is no function word or pronoun."""
    return (
        tok.pos in ("r", "f", "s", "nrt", "nrfg")
        and len(tok.word) >= 2
        and tok.word not in _NOT_NOUN
        and tok.word[0] not in _PRONOUN_STARTS
        and _plain_chars(tok.word)
    )


def _has_noun(words: list) -> bool:
    return any(w.pos.startswith(("n", "j")) or w.pos == "vn" for w in words)


# periods and measures jieba glues to the noun after 每 (每|月租金); 每股收益 is a noun of its own
_PER_GLUED = frozenset("年月天日周人户亩吨")


def subject_before(view: TokenView, start: int, *, keep_lists: bool = False, floor: int = 0) -> str | None:
    """The noun phrase that the number's clause is about (表单免填写率|达到了63%以上), or None.

    ``floor`` is where the previous number of the clause ends: its unit (7.47|万人) is no subject.
    """
    text = view.text
    a = max(clause_start(text, start), floor)
    toks = [
        _retag(t, full=False) if t.pos[:1] == "v" else t for t in view.span(a, start) if not t.word.isspace()
    ]
    if (
        toks
        and len(toks[-1].word) >= 2
        and toks[-1].word[0] in _ONE_CHAR_HEADS
        and (
            (len(toks[-1].word) == 2 and toks[-1].word[1] in "为达")
            or (
                toks[-1].pos[:1] == "v"
                and (toks[-1].word[1:] in _LINK_WORDS or toks[-1].word[1:] in _TAIL_WORDS)
                and len(toks) > 1
                and toks[-2].pos[:1] in "nvj"
            )
        )
    ):
        t = toks[-1]  # 下岗|率为/v 7%, 空驶|率高达/v 39%: the head 率 and the link in one word
        toks[-1] = Token(t.word[0], "n", t.start, t.start + 1)
    # 占X的63%: the share belongs to what comes before 占; 比上年增长: the subject is before 比
    # 铅金属占比约为63%: 占|比 before the number is the noun "share", not 占 + 比
    for k in range(len(toks) - 1):
        if toks[k].word == "占" and toks[k + 1].word == "比" and _only_links(toks[k + 2 :]):
            toks = toks[:k] + [Token("占比", "n", toks[k].start, toks[k + 1].end)] + toks[k + 2 :]
            break
    toks = _drop_base(toks)
    for k in range(len(toks) - 1):
        t = toks[k + 1]
        if toks[k].word == "每" and len(t.word) >= 3 and t.pos.startswith("n") and t.word[0] in _PER_GLUED:
            # 每|月租金/n 为150元: jieba glues the period to the noun; the noun is the subject (租金)
            toks[k + 1] = Token(t.word[1:], "n", t.start + 1, t.end)
            toks.pop(k)
            break
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].word in _SHARE_WORDS:
            rest = [t for t in toks[k + 1 :] if t.word not in _LINK_WORDS and t.pos not in ("d", "x")]
            if rest and rest[-1].word.endswith(_SHARE_HEADS):
                toks = toks[: k + 1 + toks[k + 1 :].index(rest[-1]) + 1]  # 占总人口的比例: the share noun
                toks = toks[k + 1 :]
                toks = (
                    toks[[t.word for t in toks].index("的") + 1 :]
                    if any(t.word == "的" for t in toks)
                    else toks
                )
            else:
                toks = toks[:k]
            break
        if toks[k].word == "比" and k > 0 and toks[k - 1].pos[:1] in "nv" and _ratio_links(toks[k + 1 :]):
            # 房价收入|比|已超过15倍: a ratio; 收入比 is one noun (not the comparison 比上年)
            p = toks[k - 1]
            toks[k - 1 : k + 1] = [Token(p.word + "比", "n", p.start, toks[k].end)]
            break
        if toks[k].word in _COMPARE_WORDS:
            # 较去年同期增长22%, 与去年同期相比增长19%: a comparison opening the clause leaves no subject
            o = k
            if toks[k].word in ("相比", "相较"):
                o = next((j for j in range(k - 1, -1, -1) if toks[j].word in _COMPARE_OPEN), k)
            toks = toks[:o]
            break
    # drop the link words and fillers between the subject and the number, and the per-unit phrase
    # (学费标准为每人每学年8800元, 出口价每吨已达600美元)
    # 爱心|款/m 2万元, 房价收入|比 3至6倍: a split head closing a noun is the subject's head, no filler
    if toks and toks[-1].word in _SPLIT_HEADS and len(toks) > 1 and toks[-2].pos.startswith(("n", "j", "vn")):
        toks[-1] = Token(toks[-1].word, "n", toks[-1].start, toks[-1].end)
    while (
        toks
        and not (len(toks) > 1 and toks[-1].pos == "n" and toks[-1].word in _SPLIT_HEADS)
        and (
            toks[-1].word.startswith("每")
            or (len(toks) > 1 and toks[-2].word == "每")
            or toks[-1].word in _LINK_WORDS
            or toks[-1].word in _TAIL_WORDS
            or toks[-1].pos in ("d", "u", "p", "m", "q", "x", "w", "y", "uj", "ul", "t", "mq")
            # 房贷利率|或|将升至, 总需求很可能|只有/c: a conjunction before the number ends no subject
            or (toks[-1].pos == "c" and len(toks) > 1)
            # 股价一度|下探|至, 公司股份累计|被|质押: a verb of reaching split from 至, a passive verb
            or (
                len(toks) > 2
                and toks[-1].pos.startswith("v")
                and toks[-1].word not in _MODIFIER_VERBS
                and (text[toks[-1].end : toks[-1].end + 1] in ("至", "到") or toks[-2].word == "被")
            )
            or (toks[-1].word == "被" and len(toks) > 1)
            # 李某|分得 1万元, 张先生|获得: a verb of getting after a person is the clause's predicate
            # (吴某|减持 13次 is not: there the action is what is counted)
            or (
                len(toks) > 1
                and toks[-1].pos == "v"
                and toks[-1].word.endswith(("得", "到"))
                and (toks[-2].pos.startswith("nr") or toks[-2].word.endswith(_PERSON_TITLES))
                and toks[-1].word not in T.NOMINAL_VERBS
                and toks[-1].word not in _MODIFIER_VERBS
            )
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
            # 话费|骤减至, 增幅|降为, 气温|陡|降到, 差价|轻松|到手: a change verb, a verb of becoming or an
            # adverb-like adjective between the subject and the number
            or (
                len(toks) > 1
                and toks[-2].pos.startswith(("n", "a"))
                and (
                    (
                        toks[-1].pos.startswith("v")
                        and len(toks[-1].word) == 2
                        and toks[-1].word[-1] in "增减降涨升跌为达"
                    )
                    or (toks[-1].pos == "a" and toks[-2].pos.startswith("n"))
                )
            )
        )
    ):
        if toks[-1].word in _MODIFIER_VERBS and len(toks) > 1 and toks[-2].pos.startswith(("n", "v")):
            break
        if toks[-1].word in T.CHANGE_NOUNS and (len(toks) == 1 or not _nounish(toks[-2].word, toks[-2].pos)):
            break  # 跌幅已高达40%, 去年的增幅降为7.8%: a change noun with no noun before it is the subject
        toks.pop()
    if (
        len(toks) > 1
        and len(toks[-1].word) == 1
        and (toks[-1].pos in ("v", "vg") or toks[-1].word in _ONE_CHAR_VERBS)
        and toks[-1].word not in _ONE_CHAR_HEADS
        and toks[-1].word not in _SPLIT_HEADS
        and toks[-1].word not in _ONE_CHAR_NOUNS
        and toks[-1].word not in "包箱袋盒瓶罐桶票卡"  # 名牌|包/v 17个: containers jieba tags verbs
        and len(toks[-2].word) >= 2
        and toks[-2].pos.startswith(("n", "j"))
    ):
        toks.pop()  # 驾驶证|记/n 12分: a one-character verb after the noun is the predicate
    if len(toks) > 1 and toks[-1].pos == "v" and toks[-2].word == "的" and len(toks[-1].word) >= 2:
        # 关于环境问题的|投诉/v 有34条: a verb right after 的 is a noun (the complaints)
        toks[-1] = Token(toks[-1].word, "n", toks[-1].start, toks[-1].end)
    if not toks:
        return None
    if _plain_word(toks[-1]) and (
        len(toks) == 1 or toks[-2].pos in ("x", "w") or _nounish(toks[-2].word, toks[-2].pos)
    ):
        # 本科/r 74960人, 东南|沿海/f 1至2次, 第戎/nrt 70万欧元: a mis-tagged word right before the number
        toks[-1] = Token(toks[-1].word, "n", toks[-1].start, toks[-1].end)
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
        if prev.word in T.NOMINAL_VERBS and toks[first].word in T.MEASURE_HEADS:
            first -= 1  # 持股|数量, 销售|收入: a verb naming the amount opens its measure noun
            continue
        if prev.word in _NOUN_PREFIXES and first > 1 and _nounish(toks[first - 2].word, toks[first - 2].pos):
            first -= 1  # 县级综合医院|总|投资: 总, 净 bind to the noun after them
            continue
        break
    while first < len(toks) - 1 and (toks[first].word in _SPLITTERS or toks[first].word == "、"):
        first += 1
    last = toks[-1]
    if not _nounish(last.word, last.pos) and not one_char_head and last.pos != "v":
        return None
    if (
        first == len(toks) - 1
        and last.pos.startswith("v")
        and last.word not in _MODIFIER_VERBS
        and last.word not in T.NOMINAL_VERBS
        and (last.pos == "v" or len(toks) == 1)
    ):
        return None  # a lone verb (提供, 领到) is no subject; 完成投资, 累计脱贫 name the amount
    phrase = view.orig[toks[first].start : end]
    # 立案数比去年同期 (jieba joins 数比): the comparison is no part of the subject
    phrase = _COMPARISON.split(phrase, maxsplit=1)[0]
    # 民宿订单量|同比增加/nr: jieba can glue the basis to the change verb and tag it a name
    phrase = _BASIS_INSIDE.split(phrase, maxsplit=1)[0]
    if phrase in T.TIME_SUBJECTS:
        return None  # 1996年度增长了19%: a time is no subject
    return phrase or None


_PERSON_TITLES = ("先生", "女士", "小姐", "某")
_BASIS_INSIDE = re.compile("|".join(T.BASIS_WORDS))
_COMPARISON = re.compile("(?:比|较)(?:去年|上年|前年|同期|年初|上月|上季度|上周)")


# verbs that introduce the base of a share (相当于国内生产总值的44%, 只有全国总量的2.7%)
_BASE_VERBS = frozenset("相当于 只有 仅有 约为 为 是 占 占到 达 达到 有 超过 等于 不到 不足 接近".split())


def _drop_base(toks: list[Token]) -> list[Token]:
    """水资源只有|全国总量的|2.7%: a noun phrase + 的 right before the number is the base of a share;
    the subject is before the verb that introduces it (小企业|数占 joins the head 数 to 占)."""
    d = len(toks) - 1
    while d >= 0 and (toks[d].word in _RATIO_LINKS or toks[d].word.isspace()):
        d -= 1
    if d < 2 or toks[d].word != "的":
        return toks
    b = d
    while b > 0 and (
        _nounish(toks[b - 1].word, toks[b - 1].pos)
        or toks[b - 1].pos in ("s", "f")
        or toks[b - 1].word == "全年"
    ):
        b -= 1
    if b == d or b == 0:
        return toks
    verb = toks[b - 1]
    if verb.word.endswith("占") and len(verb.word) > 1:
        return toks[: b - 1] + [Token(verb.word[:-1], "n", verb.start, verb.end - 1)]
    if verb.word in _BASE_VERBS or verb.word.endswith(("相当于", "只有")):
        return toks[: b - 1]
    return toks


# what may stand between a ratio's 比 and its number (房价收入比|已超过|15倍); 比上年增长 is a comparison
_RATIO_LINKS = frozenset(
    "已 已经 超过 超 达 达到 高达 为 约 约为 在 仅 仅为 只有 近 接近 逾 不到 不足".split()
)


def _ratio_links(toks: list[Token]) -> bool:
    return all(t.word in _RATIO_LINKS or t.word.isspace() for t in toks)


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


def clause_topic(view: TokenView, start: int, *, depth: int = 0) -> str | None:
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
    if depth == 0 and k == len(toks) - 1 and k > 0 and toks[k - 1].pos == "m" and len(toks[k].word) == 1:
        # 华裔最多分布于新泽西州，有13万多人，|占4.4%: the clause before opens with a number (its unit is
        # no topic): the topic is the one of the clause before that
        return clause_topic(view, clause_start(text, b), depth=1)
    if k < len(toks) - 1 and toks[k].word in _OTHER_WORDS:
        k += 1  # 其它|美国华裔
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


_OTHER_WORDS = frozenset("其它 其他 其余".split())
# conjunctions that open a clause going on with the previous clause's topic (股价大幅震荡，并|一度急挫11%);
# 因此, 即使 open a new statement
_GOING_ON = frozenset("并 并且 且 而 又".split())


def clause_is_bare(view: TokenView, start: int) -> bool:
    """The clause before the number holds only link words (为4.91%, 达到了7.86%)."""
    text = view.text
    a = clause_start(text, start)
    if text.startswith(tuple(_SHARE_WORDS), a):
        return True  # 占违法总数的47%
    toks = [t for t in view.span(a, start) if t.word not in T.TIME_SUBJECTS]
    return all(
        t.word.isspace()
        or t.word in _LINK_WORDS
        or t.pos in ("d", "u", "p", "m", "mq", "t", "x", "uj", "ul", "v")
        # 东亚银行股价大幅震荡，|并|曾一度急挫11%: a conjunction opening the clause goes on with its topic
        or (t.word in _GOING_ON and t is toks[0])
        for t in toks
    ) and not any(t.pos.startswith(("n", "j")) for t in toks)


def _time_tokens(toks: list[Token], text: str) -> int:
    """How many tokens of ``toks`` print a time (明年/t, 2000|年, 1996年)."""
    return sum(
        1
        for t in toks
        if t.pos == "t" or t.word in T.TIME_SUBJECTS or (t.pos == "m" and text[t.end : t.end + 1] in "年月")
    )


def clause_is_time_only(view: TokenView, start: int, prev_start: int) -> bool:
    """明年|880万台 after 今年空调市场需求750万台: the clause before the number holds only a time (with link
    words or a verb) and the previous number's clause opens on a time too, so the clause goes on with the
    same subject at another time."""
    text = view.text
    toks = [t for t in view.span(clause_start(text, start), start) if not t.word.isspace()]
    if not toks or not _time_tokens(toks, text):
        return False
    if not all(
        t.word in _LINK_WORDS
        or t.pos in ("t", "m", "d", "u", "p", "uj", "ul", "v", "x")
        or t.word in T.TIME_SUBJECTS
        for t in toks
    ):
        return False
    before = [t for t in view.span(clause_start(text, prev_start), prev_start) if not t.word.isspace()]
    return bool(_time_tokens(before[:3], text))


def clause_is_base_only(view: TokenView, start: int) -> bool:
    """The clause before the number is a verb and the base of a share (是小麦出口价的|1.5倍,
    已相当于全年国内生产总值的|44%): the thing measured is the sentence's previous subject."""
    text = view.text
    toks = [t for t in view.span(clause_start(text, start), start) if not t.word.isspace()]
    kept = _drop_base(toks)
    return len(kept) < len(toks) and all(
        t.word in _LINK_WORDS or t.pos in ("d", "u", "p", "x", "uj", "ul", "c", "t", "r") for t in kept
    )


def clause_is_link_only(view: TokenView, start: int) -> bool:
    """The clause before the number holds only link words or a share verb (占总华裔人口的, 达到了):
    no verb of its own (造成2人死亡 is about the people, not the sentence's previous subject)."""
    text = view.text
    a = clause_start(text, start)
    toks = [t for t in view.span(a, start) if not t.word.isspace()]
    if toks and toks[0].word in _SHARE_WORDS:
        return True
    return all(t.word in _LINK_WORDS or t.pos in ("d", "u", "p", "x", "uj", "ul") for t in toks)


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
    if a > 1 and text[a - 1] in "）)":
        # 与去年同比（去年同期…）分别降低11.11%: the clause goes on across the bracket
        o = max(text.rfind("（", max(0, a - 80), a - 1), text.rfind("(", max(0, a - 80), a - 1))
        if o > 0:
            head = text[clause_start(text, o) : o] + head
    tail = head.rstrip()
    # strip fillers and qualifiers from the end, longest first (a set lookup per length, not a scan
    # of every word: this runs for every fact)
    stripped = True
    while stripped and tail:
        stripped = False
        for n in _STRIP_LENGTHS:
            # 节约200多吨: 约 ends the change verb here, it is no qualifier
            if tail[-n:] in _CHANGE_STRIP_SET and tail[-n - 1 :] not in _CHANGE_LABELS:
                tail = tail[:-n]
                stripped = True
                break
    basis = next((w for w in T.BASIS_WORDS if w in head), None)
    if tail.endswith(T.BASIS_WORDS):
        return None, tail[-2:]  # 同比3.2%: a basis with no verb
    if tail and tail[-1] in _COMPARATIVES:
        # 比男子低40%, 较上年多3人: a comparison gives the difference, a change
        m = _COMPARISON_OPEN.search(tail, max(0, len(tail) - 14))
        if m is not None:
            return _COMPARATIVES[tail[-1]], basis
    if end is not None and text[end - 1 : end] == "倍" and _TIMES_ABOVE.search(tail):
        return "increase", basis  # 利息高于本金数倍, 虚高达10.84倍: the multiple by which it exceeds
    if (
        head.strip()
        and not tail.strip()
        and a > 0
        and text[a - 1] in "，,"
        and head.strip() not in T.LINK_ONLY_CLAUSES
    ):
        # 平均每年递增25%，最高达51%: a clause of qualifiers only (not a bare number: 6个月共节约…)
        # shares the change of the number before
        prev = _NUMBER_AT_END.search(text, max(0, a - 16), a - 1)
        if prev is not None:
            return change_of(text, prev.start())
    for n in _CHANGE_LENGTHS:
        w = tail[-n:]
        label = _CHANGE_LABELS.get(w) if len(w) == n else None
        if label is not None:
            if w == "增长" and tail.endswith("负增长"):
                return "decrease", basis  # 同比负增长近30%
            if label == "increase" and tail[-n - 1 : -n] == T.LESS_BEFORE_INCREASE and w[0] != "多":
                return "decrease", basis  # 比上年同期少增加3948亿元
            if len(w) == 1 and len(tail) > 1 and tail[-2] in "新连":
                return None, None  # 新增 counts new things; 连跌19个月 counts the span of a fall: levels
            if tail.endswith(T.NOT_CHANGE_WORDS):
                return None, None  # 飞机起降4.7万架次
            # 降为6.69亿户, 降至16.2%: the level reached (降幅为 stays a change)
            if head[len(tail) :].lstrip().startswith(T.LEVEL_MARKERS) and not tail.endswith(
                tuple(T.CHANGE_NOUNS)
            ):
                # 增幅降为7.8%: the level reached is itself a rate of change, named by the noun before
                noun = next((m for m in T.CHANGE_NOUNS_AFTER if tail[: -len(w)].endswith(m)), None)
                if noun is not None and noun in T.CHANGE_NOUNS:
                    return T.CHANGE_NOUNS_AFTER[noun], basis
                return None, None
            return label, basis
    # 减少农村贫困人口1000万以上, 减收职工10%—20%的床费: a change verb, its object, then the number
    # the pattern is anchored at the end and spans at most 12 characters (13 with a final line end):
    # start the search there, not at every character of a long clause
    lo = max(0, len(head) - 15)
    # 减少客户往返次数159.08万趟: a noun of counting (次数, 人数) is an object, not a vague numeral 数
    obj = _COUNT_NOUN.sub("名目", head[lo:]) if "数" in head[lo:] else head[lo:]
    verb = _CHANGE_BEFORE_OBJECT.search(obj)
    if verb is not None:
        label = "increase" if verb.group(1) in T.INCREASE_WORDS else "decrease"
        return label, basis
    if end is not None:
        after = text[end : end + 10]
        if after.startswith("的"):
            after = after[1:]
            b = next((w for w in T.BASIS_WORDS if after.startswith(w)), None)
            if b:
                after = after[len(b) :]
            for w, label in T.CHANGE_NOUNS_AFTER.items():
                if after.startswith(w) and not after.startswith(w + "率"):
                    return label, b  # 20%的增长率 is a rate, not a change
            # 以每年3—10倍的速度递增, 以50%的速度逐年上升: a rate of change
            if after.startswith(("速度", "幅度")):
                after = after[2:]
                if after.startswith(_RATE_ADVERBS):
                    after = after[2:]
                for words, label in ((T.INCREASE_WORDS, "increase"), (T.DECREASE_WORDS, "decrease")):
                    if after.startswith(words):
                        return label, b
    return None, None


# A two-character change verb, then an object of 2–10 characters with no number, punctuation, 的 or
# verb of reaching (增长到, 降为 give a level), right before the number; 增加值, 增长率 are nouns.
_CHANGE_BEFORE_OBJECT = re.compile(
    "("
    + "|".join(
        sorted(
            {w for w in T.INCREASE_WORDS + T.DECREASE_WORDS if len(w) == 2}
            - T.VERB_OBJECT_CHANGES
            - T.CHANGE_NOUNS,  # 涨幅保持在10%以内: a noun takes no object
            key=len,
            reverse=True,
        )
    )
    + ")(?![值率额幅速量点的了至到为达]|连续|持续|周期)"  # 增长连续3年超过…: an adverb; 上涨周期: a noun
    # 、 joins the objects (节省农药、化肥款六七百元); 已 opens another predicate (提升工程已完成投资9000万元)
    + r"[^\d０-９，。；：,;:（）()“”‘’\"\s的是为至到达将了和与及或比较一二两三四五六七八九十百千万亿几数近约超逾已]{2,12}$"
)
# 高于本金数倍, 虚高达10.84倍: a multiple after "higher than …" or "inflated by" is how much it exceeds
_TIMES_ABOVE = re.compile(
    "(?:(?:高于|大于)[^，。；,;：:0-9０-９]{1,8}|虚(?:高达?)?)$"
)  # 高达 is stripped as a filler first
_COUNT_NOUN = re.compile("(?<=[次人户件总个])数")
# Comparatives after 比/较 + what is compared (比男子低40%, 较常年多两成): the number is the difference.
_COMPARATIVES = {"低": "decrease", "少": "decrease", "高": "increase", "多": "increase"}
# 比/较 opening a comparison, not the nouns 比重, 比例, 比率, 比赛, 较为, and with something between.
_COMPARISON_OPEN = re.compile("(?:比|较)(?![重例率赛分值价较为])[^，。；,;：:比较]{1,12}$")
# A number with its unit closing the clause before (递增25%，): 16 characters are enough to find it.
_NUMBER_AT_END = re.compile(r"[0-9０-９][0-9０-９.．]*\s*[^0-9０-９，,。；]{0,4}$")
# Adverbs between 速度 and its change verb (以50%的速度逐年上升).
_RATE_ADVERBS = ("逐年", "逐月", "逐步", "不断", "持续", "稳步", "快速", "每年", "连年")
_CHANGE_LABELS = dict.fromkeys(T.DECREASE_WORDS, "decrease") | dict.fromkeys(T.INCREASE_WORDS, "increase")
_CHANGE_LENGTHS = sorted({len(w) for w in _CHANGE_LABELS}, reverse=True)
_CHANGE_STRIP_SET = frozenset(w for w in T.CHANGE_FILLERS + tuple(T.PREFIX_QUALIFIERS) if w and w != "上")
_STRIP_LENGTHS = sorted({len(w) for w in _CHANGE_STRIP_SET}, reverse=True)


# Words between an action verb and its amount (处理了381人, 索赔共计77万元, 受贿人民币460万元).
_VERB_AMOUNT_LINKS = frozenset("了 共 共计 合计 累计 总计 人民币 美元 港币 港元 欧元 日元".split())
# Verbs that introduce an amount without naming it (达到, 造成, 花了 …): the amount is about something
# else in the sentence, so they are never its subject.
# verbs in 出 that introduce an amount without naming it (提出, 做出, 作出, 超出, 高出, 多出); 退出, 售出,
# 支出 name what they count (2016年退出7个)
_OUT_VERBS_NOT_NAMING = frozenset(
    "提出 做出 作出 超出 高出 多出 低出 长出 查出 得出 给出 列出 指出 突出 显示出".split()
)
_NOT_ACTION_VERBS = frozenset(
    """造成 导致 引起 带来 带动 吸引 吸纳 需要 需 花 花费 花掉 耗资 耗费 用 用了 使用 保持 维持 控制 超出
    包括 涉及 覆盖 惠及 相当于 等于 相差 有 拥有 共有 还有 只有 仅有 获得 取得 赢得 得到 收到 提供 给予 给
    发放 支付 拿出 拿到 领到 领取 投放 开出 推出 推动 组织 安排 出动 派出 调集 设立 设置 建成 建立 成立
    开展 举办 举行 召开 进行 参加 参与 出席 来自 接待 集聚 聚集 吸收 突破 创下 刷新 打破 位居 排名 列
    居 超越 领先 落后 报 报收 收于 收报 开于 连续 持续 长达 历时 为期 一连 每 约合 折合 合 计 算 按 以
    至 到 从 由 向 在 对 把 被 将 使 让 令 是 为 系 属 属于 成为 变成 作为 当作 看到 看 发现 显示 表明
    认为 表示 称 指出 介绍 透露 据 根据""".split()
)


def verb_before(view: TokenView, start: int) -> str | None:
    """An action verb printed right before its amount names it when no noun does (处理381人, 斥资约150亿美元,
    核载7人, 净赚10万元, 受贿人民币460万元), or None.

    Link verbs and verbs that introduce an amount of something else (达到, 造成, 花了, 获得) are left out, and
    so are the verbs of change (增长5%), whose subject is what changes.
    """
    text = view.text
    a = clause_start(text, start)
    toks = [t for t in view.span(max(a, start - 12), start) if not t.word.isspace()]
    while toks and toks[-1].word in _VERB_AMOUNT_LINKS:
        toks.pop()
    if not toks:
        return None
    tok = toks[-1]
    w = tok.word
    if (
        not tok.pos.startswith("v")
        or len(w) < 2
        or w in _LINK_WORDS
        or w in _NOT_ACTION_VERBS
        or w in _BOUNDARY_WORDS
        or (w in _CHANGE_VERBS and w not in T.VERB_OBJECT_CHANGES)
        or w in T.OBJECTLESS_CHANGES
        or w.endswith(("至", "到", "为", "达", "有", "是", "成", "于"))
        or w in _OUT_VERBS_NOT_NAMING
        or any(is_digit(c) or c in _NUMERAL_CHARS for c in w)
    ):
        return None
    return view.orig[tok.start : tok.end]


_CLOSE_AFTER = frozenset("。！？!?；;，,：:）)”\n")


def verb_after(view: TokenView, end: int) -> str | None:
    """A two-character verb that closes the clause right after the amount names it when nothing else
    does (三、四千元|收入，, ５０元|补助。, 已有4次|违约。, 1英镑的|捐款), or None.

    Verbs of change (连续3个月|上升), negations (两个小时|不到) and link verbs are the clause's predicate.
    """
    text = view.text
    k = end + 1 if text.startswith("的", end) else end
    toks = view.span(k, min(len(text), k + 3))
    if not toks or toks[0].start != k:
        return None
    tok = toks[0]
    w = tok.word
    if (
        not tok.pos.startswith("v")
        or len(w) != 2
        or text[tok.end : tok.end + 1] not in _CLOSE_AFTER
        or w[0] in "不没未被"
        or w in _CHANGE_VERBS
        or w in _LINK_WORDS
        or w in _BOUNDARY_WORDS
        or w in _NOT_ACTION_VERBS
        or w.endswith(("至", "到", "为", "达", "有", "是", "成", "于"))
    ):
        return None
    return view.orig[tok.start : tok.end]


_AGE_LINKS = frozenset("今年 已经 已 现年 年仅 仅 才 刚 刚满 时年 年方 当年 那年 已满 满".split())


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
        # 扎琳娜今年17岁, 埃雷拉已经89岁了: a person's name before the age (time words and adverbs aside)
        toks = [
            t for t in view.span(max(clause_start(text, start), start - 12), start) if not t.word.isspace()
        ]
        while toks and (toks[-1].pos in ("t", "d") or toks[-1].word in _AGE_LINKS):
            toks.pop()
        if toks and toks[-1].pos.startswith("nr") and len(toks[-1].word) >= 2:
            return view.orig[toks[-1].start : toks[-1].end]
        return None
    window = text[max(0, a - 3) : a]
    if "某" in window:
        b = max(0, a - 3) + window.index("某") - 1
        return view.orig[b:a] if b >= 0 else None
    toks = view.span(max(0, a - 8), a)
    if toks and toks[-1].pos.startswith("nr") and len(toks[-1].word) >= 2:
        return view.orig[toks[-1].start : toks[-1].end]
    return None


_MEASURE_SUFFIXES = tuple(w for w in T.MEASURE_NOUNS_BEFORE if len(w) >= 2)
# nouns that may open a measure noun's phrase (信用卡|透支, 建筑|面积); names of places, bodies and people
# are the owner, not part of the measure (浦发银行|持股数量 keeps the bank out)
_MEASURE_OWNER_TAGS = ("n", "vn", "j", "nz")


def measure_before(view: TokenView, start: int, *, floor: int = 0) -> str | None:
    """A noun that names the measure right before the number (宽9米, 总面积不过5560平方公里,
    缓刑两个月, 收受贿赂人民币1.5万元, 信用卡透支19万余元), or None.

    Link words (为, 约, 不过, 人民币) may stand between; ``floor`` is where the clause's previous
    number ends. A one-character word (宽, 高) counts only after a boundary or a count (一个宽9米),
    so 比去年高2米 is left to the other rules.
    """
    text = view.text
    a = max(clause_start(text, start), floor)
    toks = [t for t in view.span(a, start) if not t.word.isspace()]
    k = len(toks) - 1
    while k >= 0:
        w = toks[k].word
        if w in T.MEASURE_NOUNS_BEFORE:
            if len(w) == 1:
                prev = toks[k - 1] if k else None
                if prev is not None and prev.word in _NOUN_PREFIXES:
                    return view.orig[prev.start : toks[k].end]  # 总|重 (a number's unit split 批总重)
                if prev is not None and not (
                    prev.word in ("、", "的") or prev.pos.startswith(("x", "w", "m", "q", "r", "uj"))
                ):
                    return None
                return view.orig[toks[k].start : toks[k].end]
            if w in T.SENTENCE_WORDS:
                return view.orig[toks[k].start : toks[k].end]  # 判处秦某|罚金: the name is no part of it
            first = k
            # 信用卡|透支, 持股|数量: one or two nouns before it belong to the measure's phrase
            while first > 0 and k - first < 2:
                prev = toks[first - 1]
                if (
                    prev.word in T.NOMINAL_VERBS
                    or prev.pos.startswith(_MEASURE_OWNER_TAGS)
                    and len(prev.word) >= 2
                    and prev.word not in _LINK_WORDS
                    and prev.word not in _NOT_NOUN
                ):
                    first -= 1
                    continue
                break
            return view.orig[toks[first].start : toks[k].end]
        if len(w) > 2 and w.endswith(_MEASURE_SUFFIXES):
            # 收受贿赂/v, 批总重: jieba joins the measure noun to a verb or a measure word before it;
            # 耕地面积/n is a noun of its own
            n = max(len(s) for s in _MEASURE_SUFFIXES if w.endswith(s))
            if toks[k].pos.startswith("n") and w[: len(w) - n] not in T.MEASURE_WORDS:
                return view.orig[toks[k].start : toks[k].end]
            return view.orig[toks[k].end - n : toks[k].end]
        if w in T.MEASURE_LINKS or toks[k].pos in ("d", "c"):
            k -= 1
            continue
        return None
    return None
