"""The number-expression grammar: [qualifier] [currency] numeral [multiplier] [qualifier] [unit] [qualifier].

One left-to-right pass over the text, independent of any tokenizer. Each expression found is
an :class:`Expr` with its span, its numbers and the unit word that follows; :func:`classify`
then decides its kind (percent, money, count, quantity, date, or nothing) from the tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from newsmine.facts import tables as T
from newsmine.facts.numerals import (
    CN_NUMERAL_CHARS,
    Numeral,
    is_digit,
    parse_chinese,
    read_arabic,
    split_vague,
)


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """What a unit word means: kind (percent|money|count|quantity|date|cheng), reported unit, currency."""

    word: str
    kind: str
    unit: str
    currency: str | None = None


def _build_units() -> dict[str, UnitEntry]:
    units: dict[str, UnitEntry] = {}
    for w in T.MEASURE_WORDS:
        units[w] = UnitEntry(w, "count", w)
    for w, u in T.QUANTITY_UNITS.items():
        units[w] = UnitEntry(w, "quantity", u)
    for w in T.DATE_UNITS:
        units[w] = UnitEntry(w, "date", w)
    for w, code in T.CURRENCIES.items():
        units[w] = UnitEntry(w, "money", "元" if code == "CNY" else T.MONEY_UNIT_NAMES.get(w, w), code)
    for w, u in T.PERCENT_UNITS.items():
        units[w] = UnitEntry(w, "percent", u)
    units["成"] = UnitEntry("成", "cheng", "%")
    units[T.DISCOUNT_WORD] = UnitEntry(T.DISCOUNT_WORD, "cheng", "%")  # 8.5折 = 85 %, as 八成 = 80 %
    for w in T.SEX_WORDS:
        units[w] = UnitEntry(w, "count", w)
    return units


UNITS = _build_units()
_MAX_UNIT = max(len(w) for w in UNITS)
_MAX_PER = max(len(w) for w in T.PER_UNITS)
_PER_FIRST = frozenset(w[0] for w in T.PER_UNITS)
# the lengths of the unit words by first character, longest first: match_unit tries only those
_UNIT_LENGTHS: dict[str, tuple[int, ...]] = {
    c: tuple(sorted({len(w) for w in UNITS if w[0] == c}, reverse=True)) for c in {w[0] for w in UNITS}
}
_BLOCKERS: dict[str, tuple[str, ...]] = {}
for _b in T.UNIT_BLOCKERS:
    for _n in range(1, len(_b)):
        _BLOCKERS.setdefault(_b[:_n], ())
        _BLOCKERS[_b[:_n]] += (_b,)
_PREFIXES = sorted(T.PREFIX_QUALIFIERS, key=len, reverse=True)
_SUFFIXES = sorted(T.SUFFIX_QUALIFIERS, key=len, reverse=True)
_SYMBOLS = sorted(T.CURRENCY_SYMBOLS, key=len, reverse=True)
_SUFFIX_FIRST = frozenset(w[0] for w in _SUFFIXES)
_CURRENCY_PREFIX_LAST = frozenset(w[-1] for w in T.CURRENCY_PREFIXES)
_CURRENCY_LINK_LAST = frozenset(w[-1] for w in T.CURRENCY_LINKS)
_RANGE_FIRST = frozenset(w[0] for w in T.RANGE_SEPARATORS)
_CHENG_BLOCK = "为立功本果员交绩长就熟型品都群形效"
# second characters of words opening with 人 (人民, 人员): 3个人民团体 counts bodies, not people
_PERSON_WORD_SECOND = frozenset("民员口才家工士物们均次数群气性事力体格权身生类文头")
# Characters before 约/近 that make them part of another word (节约30%, 最近3年).
_PREFIX_WORD_BEFORE = {"约": "节制预签公契违相邀履大隐", "近": "最附将亲靠邻临就接贴", "超": "高赶"}
# 过 is "over" only after these (仍过30万元, 年过六十); after a verb it marks experience (去过3次).
_PREFIX_NEEDS_BEFORE = {"过": "仍均都皆年龄额量数价口", "快": "下了有要到是花用欠赚挣攒"}


_CANDIDATE: re.Pattern[str] | None = None


def _candidates() -> re.Pattern[str]:
    """One compiled pass that finds where the grammar can start, so that it runs only there.

    Every Arabic digit; 数/几 before a place unit; 半 and 过半; a run of Chinese numerals that ends in
    万/亿 (上百万志愿军 needs no unit) or is followed by something the grammar reads after a numeral
    (a unit, a range separator, 分之, 点, 个, 来, 余, 多, 、 or clause punctuation for 上千，). A run
    of Chinese numerals followed by anything else (统一规划, 十四五期间) can make no fact.
    """
    global _CANDIDATE
    if _CANDIDATE is None:
        cn = "".join(sorted(CN_NUMERAL_CHARS))
        follow = {w[0] for w in UNITS} | set("分点个来余多几成之半、") | set("".join(T.RANGE_SEPARATORS))
        follow |= set(_CLAUSE_PUNCT) | {" ", "\u3000"}
        follow -= set(cn)
        cls = re.escape("".join(sorted(follow)))
        _CANDIDATE = re.compile(
            f"[0-9０-９]|[数几](?=[十百千万亿])|数(?=[次年天日月名人位个家项倍星周小分场部件种条辆架艘所])|过(?=半)|半|[{cn}]*[万亿]|[{cn}]+(?=[{cls}]|$)"
        )
    return _CANDIDATE


_FILLERS = ("需要", "有", "需", "要")  # 至少需要1000余人次: longest first
_SYMBOL_LAST = frozenset(sym[-1] for sym in _SYMBOLS)
# one-character symbols that may follow an amount instead of preceding it (2亿＄)
_SYMBOLS_AFTER = frozenset(sym for sym in _SYMBOLS if len(sym) == 1)
# prefix words by their last character, so that only a few are tried before each number
_PREFIX_BY_LAST: dict[str, list[str]] = {}
for _w in _PREFIXES:
    _PREFIX_BY_LAST.setdefault(_w[-1], []).append(_w)


@dataclass(slots=True)
class Expr:
    """A number expression in the text: span, numbers, unit and qualifier as read."""

    start: int
    end: int
    num: Numeral
    unit: UnitEntry | None = None
    per: str | None = None  # 元/人: the per-unit
    qualifier: str | None = None
    currency: str | None = None  # from a symbol or 人民币 before the number
    fraction: Decimal | None = None  # 三分之一 → 33.3333 (percent of the whole)
    permille: bool = False
    ranged: bool = False
    range_sep: str = ""
    shared_unit: bool = False
    negative: bool = False
    score: bool = False  # 240余分: 分 is points, not minutes
    days: bool = False  # 拘留15日: 日 is a span of days, not a date; 举办了四届: 届 counts editions
    noun_after: bool = False  # 几十万中国人: a counted noun right after a unit-less number


def is_letter(ch: str) -> bool:
    """A Latin letter, ASCII or full-width (codes: G20, ＶＩＰ)."""
    return ch in _LETTERS


_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "".join(chr(c) for c in range(ord("Ａ"), ord("Ｚ") + 1))
    + "".join(chr(c) for c in range(ord("ａ"), ord("ｚ") + 1))
)


_HALF_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)})

_INNER_SPACE = " \u3000\xa0"
# Characters that begin no counted noun (数亿乃至十多亿, 几千万的): a vague amount before them is no count.
_FUNCTION_CHARS = frozenset("乃的是和与及或在为了以之等也都就还又而但")


def skip_space(text: str, k: int) -> int:
    """Past one or two spaces inside a number expression (９　亿元, 8.1 %); never past a line end."""
    m = k
    while m < len(text) and m - k < 2 and text[m] in _INNER_SPACE:
        m += 1
    return m


def match_unit(text: str, k: int) -> UnitEntry | None:
    """The longest unit word at ``k``, unless it begins a longer ordinary word (项目, 条件)."""
    if k >= len(text):
        return None
    for n in _UNIT_LENGTHS.get(text[k], ()):
        entry = UNITS.get(text[k : k + n])
        if entry is None:
            continue
        for b in _BLOCKERS.get(entry.word, ()):
            if text.startswith(b, k):
                return None
        return entry
    return None


def unit_at(text: str, k: int) -> bool:
    """A multiplier or a unit (not a month, day or address number) begins at ``k``."""
    if k >= len(text):
        return False
    if text[k] in "万亿千百":
        return True
    entry = match_unit(text, k)
    return entry is not None and entry.word not in ("月", "日", "号")


def latin_unit(text: str, k: int) -> str | None:
    """The Latin unit word at ``k`` (10gb, 20Mbps, 50L) when the whole letter run is one, else None."""
    m = k
    while m < len(text) and m - k < 5 and text[m] in _LETTERS:
        m += 1
    # 14.1mg/l, １ｍｇ／ｋｇ: a concentration written with a slash between two Latin units
    if m < len(text) - 1 and text[m] in "/／" and text[m + 1] in _LETTERS:
        o = m + 1
        while o < len(text) and o - m < 4 and text[o] in _LETTERS:
            o += 1
        if (o >= len(text) or not (is_letter(text[o]) or is_digit(text[o]))) and text[k:o].translate(
            _HALF_WIDTH
        ).lower() in T.LATIN_UNITS:
            return text[k:o]
    if m == k or (m < len(text) and (is_letter(text[m]) or is_digit(text[m]))):
        return None
    word = text[k:m]
    return word if word.translate(_HALF_WIDTH).lower() in T.LATIN_UNITS else None


def latin_unit_name(word: str) -> str:
    """The unit reported for a Latin unit word as printed (ASCII or full-width letters)."""
    return T.LATIN_UNITS[word.translate(_HALF_WIDTH).lower()]


def _cue_before(text: str, start: int, cues: tuple[str, ...]) -> bool:
    """One of ``cues`` ends right before ``start`` (allowing 了/为/达 between: 判处拘役了)."""
    head = text[max(0, start - 8) : start].rstrip("了为达 \u3000")  # 拘留 5 日: PDF spaces
    return head.endswith(cues)


def _month_before(text: str, start: int) -> bool:
    """月 (or a digit run ending in 月) right before ``start``: 3月7日 is a date."""
    return start > 0 and text[start - 1] in "月/／-－.．"


def match_per(text: str, k: int) -> str | None:
    """The per-unit at ``k`` (人 of 元/人), longest first."""
    if k >= len(text) or text[k] not in _PER_FIRST:
        return None
    for n in range(min(_MAX_PER, len(text) - k), 0, -1):
        if text[k : k + n] in T.PER_UNITS:
            return text[k : k + n]
    return None


def read_number(text: str, i: int, *, allow_one: bool = False) -> Numeral | None:
    """The numeral starting at ``i`` with its multipliers and inner 余/多 (80余万, 1.2万亿, 两三百)."""
    n = len(text)
    if i >= n:
        return None
    ch = text[i]
    if is_digit(ch):
        got = read_arabic(text, i, unit_at)
        if got is None:
            return None
        k, digits = got
        value = Decimal(digits)
        qual = None
        multiplied = False
        m = skip_space(text, k)
        if m > k and m < n and text[m] in T.MULTIPLIERS and text[m] != "十":
            k = m
        last_mult = 1
        while k < n:
            c = text[k]
            if c in _INNER_SPACE and qual is None:
                # 4000 余元: PDF text puts a space before 余/多
                m = skip_space(text, k)
                if (
                    m + 1 < n
                    and text[m] in "余多"
                    and (text[m + 1] in T.MULTIPLIERS or match_unit(text, m + 1))
                ):
                    k = m
                    c = text[k]
            if (
                c in "余多"
                and qual is None
                and k + 1 < n
                and (text[k + 1] in T.MULTIPLIERS or match_unit(text, k + 1))
            ):
                qual = "over"
                k += 1
            elif c in T.MULTIPLIERS and c != "十":
                # 千米, 千克, 千瓦 are units, not a multiplier
                entry = match_unit(text, k)
                if entry is not None and len(entry.word) > 1 and entry.kind != "count":
                    break
                value *= T.MULTIPLIERS[c]
                last_mult = T.MULTIPLIERS[c]
                multiplied = True
                k += 1
            else:
                break
        if last_mult >= 10_000 and qual is None and k < n and is_digit(text[k]) and "." not in digits:
            # 1万2000公顷, 1亿2000万: the lower places printed after the multiplier
            rest = read_number(text, k)
            if (
                rest is not None
                and rest.value is not None
                and rest.qualifier is None
                and rest.value < last_mult
                and (rest.multiplied or len(rest.digits) == len(str(last_mult)) - 1)
            ):
                value += rest.value
                k = rest.end
        if not multiplied and k + 1 < n and text[k] == "个" and text[k + 1] in "万亿":
            value *= T.MULTIPLIERS[text[k + 1]]  # 2个亿: spoken Chinese for 2亿
            multiplied = True
            k += 2
        if qual is None and k < n and text[k] in "余多" and multiplied:
            qual = "over"
            k += 1
        return Numeral(k, value, None, qual, True, digits.split(".")[0], multiplied)
    if ch in "数几" and i + 1 < n and text[i + 1] in "十百千万亿":
        k = i + 1
        while k < n and text[k] in "十百千万亿":
            k += 1
        return Numeral(k, None, None, "about", False, "", True)
    if ch == "数" and i + 1 < n and _several(text, i):
        return Numeral(i + 1, None, None, "about", False, "", False)  # 数次, 几年, 数倍: several, no value
    if ch not in CN_NUMERAL_CHARS:
        return None
    k = i
    while k < n and (
        text[k] in CN_NUMERAL_CHARS
        or (text[k] == "几" and k > i)
        or (text[k] in "余多" and k > i and k + 1 < n and text[k + 1] in "万亿")
    ):
        k += 1
    run = text[i:k]
    if k - i == 1 and text[k : k + 1] == "、" and run + text[k + 1 : k + 2] in T.VAGUE_PAIRS:
        # 三、四千元: a vague pair printed with a pause mark (only with a place unit after: 三、四月 is a list)
        m = k + 2
        while m < n and text[m] in "十百千万亿":
            m += 1
        if m > k + 2:
            run, k = run + text[k + 1 : m], m
    qual = None
    if "余" in run or "多" in run:
        qual = "over"
        run = run.replace("余", "").replace("多", "")
    multiplied = any(c in "万亿" for c in run)
    if len(run) == 1 and run in _LONE_SUSPECTS:
        if run in T.FINANCIAL_DIGITS and text[k : k + 1] not in ("元", "圆"):
            return None  # 队伍, 陆续: a financial numeral alone is a number only in an amount of money
        if (
            run == "二"
            and (u := match_unit(text, k)) is not None
            and u.kind == "count"
            and u.word not in "人字"
        ):
            # 二队, 二次报销, 二套房: counts say 两 (两名, 两次); 二 + a measure word is a name or a rank
            # (二人 and 二字 are counts of the literary kind: 吴、孙二人)
            return None
    decimal = text[k : k + 1] == "点" and text[k + 1 : k + 2] in T.CN_DIGITS
    if len(run) == 1 and run in "一壹" and not allow_one and not decimal and not _one_counts(text, k, i):
        return None  # 一个, 一项, 一批: an article, not a count
    if "几" in run:
        base = run.replace("几", "")
        if not base or run.startswith("几"):
            return Numeral(k, None, None, "about", False, "", multiplied)
        value = parse_chinese(base)
        return None if value is None else Numeral(k, value, None, "over", False, "", multiplied)
    vague = split_vague(run)
    if vague is not None:
        lo, hi = parse_chinese(vague[0]), parse_chinese(vague[1])
        if lo is None or hi is None:
            return None
        return Numeral(k, lo, hi, qual, False, "", multiplied)
    if len(run) == 2 and all(c in T.CN_DIGITS for c in run) and text[k : k + 1] == T.DISCOUNT_WORD:
        # 九五折: two digits before 折 read as 9.5 (95 % of the price), as 9.5折
        value = Decimal(T.CN_DIGITS[run[0]]) + Decimal(T.CN_DIGITS[run[1]]) / 10
        return Numeral(k, value, None, qual, False, "", False)
    value = parse_chinese(run)
    if value is None:
        return None
    # 三点五: a Chinese decimal (not 九点 or 十点三十分, which are clock times)
    if k + 1 < n and text[k] == "点" and text[k + 1] in T.CN_DIGITS and "点" not in run:
        m = k + 1
        while m < n and text[m] in T.CN_DIGITS:
            m += 1
        if m >= n or text[m] not in T.CN_SMALL_UNITS:
            frac = "".join(str(T.CN_DIGITS[c]) for c in text[k + 1 : m])
            value = value + Decimal("0." + frac)
            k = m
            # 三点五万: the multiplier after the decimal
            while k < n and text[k] in "万亿":
                value *= T.MULTIPLIERS[text[k]]
                k += 1
    if qual is None and not multiplied and text.startswith("个多", k) and text[k + 2 : k + 3] in ("万", "亿"):
        value *= T.MULTIPLIERS[text[k + 2]]  # 两个多亿: spoken 2亿多
        return Numeral(k + 3, value, None, "over", False, "", True)
    if (
        k + 1 < n
        and text[k] == "个"
        and text[k + 1] in "万亿"
        and not multiplied
        and value < 100
        and text[k + 2 : k + 3] not in ("元", "人")
    ):
        value *= T.MULTIPLIERS[text[k + 1]]  # 两个亿: spoken Chinese for 2亿
        multiplied = True
        k += 2
    if qual is None and k + 1 < n and text[k] == "来" and run[-1] in "十百千" and match_unit(text, k + 1):
        qual = "about"  # 十来分钟, 二十来岁
        k += 1
    if (
        qual is None
        and k + 1 < n
        and text[k] in "余多"
        and run[-1] not in T.CN_DIGITS
        and (match_unit(text, k + 1) or run[-1] in "百千万亿")
    ):
        qual = "over"  # 两千余名, 十多个, 一万多市民, 八千多环卫工
        k += 1
    digits = str(value) if all(c in T.CN_DIGITS for c in run) and len(run) == 4 else ""
    bare = run in ("百", "千", "万", "亿") and qual is None
    return Numeral(k, value, None, qual, False, digits, multiplied, bare)


_LONE_SUSPECTS = T.FINANCIAL_DIGITS | {"二"}
# Characters before 数 that make it part of a word (无数, 少数, 人数, 次数): then it is no numeral.
_SHU_WORD_BEFORE = frozenset(
    "无少多人次总半倍分户指系件参基函变岁位常级个票名天页读点代奇偶整正负复实虚小计算全"
)
# Units after 数 that make it "several" (数次, 数年, 数倍); 数字, 数度, 数码 are words.
_SEVERAL_UNITS = frozenset(
    "次 年 天 日 月 名 人 位 个 家 项 倍 星期 周 个月 小时 分钟 场 部 件 种 条 辆 架 艘 所".split()
)


def _several(text: str, i: int) -> bool:
    """数 at ``i`` is "several" before a measure word or a span (数次, 数年, 数倍), not part of a word
    (无数次, 人数, 数字). 几 + a measure word (几年, 几位) is left out: the older sets do not count it."""
    if i > 0 and text[i - 1] in _SHU_WORD_BEFORE:
        return False
    entry = match_unit(text, i + 1)
    return entry is not None and entry.word in _SEVERAL_UNITS


# Bounds of two characters or more (不到, 不少于, 至少), by last character: before 一 they make it a number;
# one-character ones are parts of other words too (通过一位, 附近一个).
_BOUNDS_BY_LAST: dict[str, list[str]] = {}
for _w in _PREFIXES:
    if len(_w) >= 2 and _w not in ("约合", "约为", "大约", "大概", "最高", "最低"):
        _BOUNDS_BY_LAST.setdefault(_w[-1], []).append(_w)


# Characters that turn a casualty verb into the noun it modifies (获救群众, 受伤人员, 遇难者).
_PERSON_NOUN_CHARS = frozenset("员者群人民")
# Measure words after which a bound + 一 is a count (超过一次, 不少于一人); 接近一种, 低于一串 are articles.
_ONE_BOUND_COUNTS = frozenset("次 人 名 位 户 家 例 起 辆 架 艘".split())


# Chinese numerals that open the high end of a range after 一到/一至 (一到两个小时, 一年至一年半).
_RANGE_HIGH = frozenset("一两二三四五六七八九")


def _range_goes_on(text: str, j: int) -> bool:
    """Whether 到/至 at ``j`` leads to the high end of a range in Chinese numerals (…到两个小时)."""
    return text[j : j + 1] in "到至" and text[j + 1 : j + 2] in _RANGE_HIGH


def _one_counts(text: str, k: int, i: int) -> bool:
    """一 is a number before a currency (一元), 个百分点, a duration with 多/余 (一年多), a sentence
    (判处拘役一个月, 为期一年), a span before 前 (一个月前), a casualty (一人死亡) or after a bound
    (不到一平方公里, 不少于一次)."""
    if _range_goes_on(text, k):
        return True  # 一到两个小时, 一至两年: the low end of a range
    if text[k : k + 1] == "个" and text[k + 1 : k + 2] in "半百多":
        # 一个半小时, 一个百分点, 历时一个多月
        return text.startswith(("个半", "个百分点", "个多月", "个多小时", "个多星期"), k)
    entry = match_unit(text, k)
    if entry is None:
        return False
    kind = entry.kind
    if kind == "count":  # 一个, 一项, 一批: an article, but for casualties and bounds
        word = entry.word
        end = k + len(word)
        if word in ("人", "名") and text.startswith(T.ONE_PERSON_AFTER, end):
            # 一人死亡, 另有一人伤势危急: a casualty count (一名获救群众 is a person, not a count)
            w = next(w for w in T.ONE_PERSON_AFTER if text.startswith(w, end))
            return text[end + len(w) : end + len(w) + 1] not in _PERSON_NOUN_CHARS
        if word in T.RECORD_WORDS:
            return _record(text, i, end)  # 一平一负: a match record
        return (word in _ONE_BOUND_COUNTS and _bound_before(text, i)) or _listed_count(text, i, word)
    if kind in ("money", "cheng"):
        return entry.word not in T.MONEY_SCALES  # 一元, 一成首付 (一毛钱也不给 is an idiom)
    if kind != "quantity":
        return False
    end = k + len(entry.word)
    if entry.word == "倍":
        # 犯罪率提高了一倍, 援助比美国多一倍: a multiple after a verb of change or a comparison
        # 还有逾一倍的上涨空间: a bound before 一倍 makes it an amount
        return (
            text[max(0, i - 4) : i].removesuffix("了").endswith(_ONE_TIMES_AFTER) or text[i - 1 : i] == "逾"
        )
    if entry.unit in T.DURATION_UNITS:
        nxt = text[end : end + 1]
        # 一年多, 一年半, 一年十个月, 成立一年来, 一个月前, 仅一年时间, 为期一年
        if nxt in ("多", "余", "半", "来") or nxt in "两三四五六七八九十":
            return True
        if _range_goes_on(text, end):
            return True  # 一年至一年半, 一天到两天: the low end of a range
        if text.startswith(T.ONE_DURATION_AFTER, end) or _cue_before(text, i, T.DURATION_CUES):
            return True
        # 入网一年及以上, 一年左右: a bound after the span; 工期约一年: "about" before it
        if text.startswith(_SPAN_BOUNDS_AFTER, end) or (
            _about_before(text, i) and not text.startswith(_LATER, end)
        ):
            return True
    return _bound_before(text, i)  # 不到一平方公里


def _listed_count(text: str, i: int, word: str) -> bool:
    """3名中国籍男子、一名中国籍女子和一名泰国女子: 一 + a measure word in a list of counts of the same word."""
    if i < 2 or text[i - 1] not in _LIST_JOINS:
        return False
    a = max(max(text.rfind(c, 0, i) for c in "，。；,;：\n") + 1, i - 40)  # the clause, 、 included
    # walk back over the list's items: the nearest item naming a count of the same word decides
    # (是一个名字、一个事件 lists articles although 三个字 comes earlier)
    end = i - 1
    while end > a:
        b = max(max(text.rfind(c, a, end) for c in _LIST_JOINS) + 1, a)
        k = text.rfind(word, b, end)
        if k <= b:
            return False
        if is_digit(text[k - 1]) or (text[k - 1] in CN_NUMERAL_CHARS and text[k - 1] not in "一壹"):
            return True
        end = b - 1
    return False


_LIST_JOINS = frozenset("、和及与")


# Bounds after a span of time that make 一年, 一个月 a fact (入网一年及以上, 一年左右).
_LATER = ("后", "以后", "之后")
_SPAN_BOUNDS_AFTER = ("以上", "及以上", "或以上", "以下", "及以下", "或以下", "左右", "上下")


def _about_before(text: str, i: int) -> bool:
    """约 (not 节约, 签约) or 近 (not 最近, 附近) right before ``i``: 工期约一年, 近半年."""
    if i < 1 or text[i - 1] not in "约近":
        return False
    return i < 2 or text[i - 2] not in _PREFIX_WORD_BEFORE[text[i - 1]]


def _bound_before(text: str, i: int) -> bool:
    """A bound of two characters or more (不到, 不少于, 超过) ends right before ``i``."""
    return i > 1 and any(text.startswith(w, i - len(w)) for w in _BOUNDS_BY_LAST.get(text[i - 1], ()))


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numerals are names, not facts: short quotes (“五个一”) and book titles (set phrases
    are checked at each number by :func:`_in_idiom`)."""
    spans: list[tuple[int, int]] = []
    for open_, close, limit in (
        ("“", "”", 14),
        ("‘", "’", 14),
        ("「", "」", 14),
        ("《", "》", 80),
        ('"', '"', 14),
    ):
        pos = 0
        while True:
            a = text.find(open_, pos)
            if a < 0:
                break
            b = text.find(close, a + 1)
            if b < 0:
                break
            # a quoted name or slogan (“五个一”), not quoted speech (“已经卖了一周多了，生意很好”)
            if b - a - 1 <= limit and not any(c in text[a:b] for c in "\n，。！？；,"):
                s = a
                if (
                    open_ == "“"
                    and 1 < b - a <= 3
                    and all(c in T.CN_DIGITS for c in text[a + 1 : b])
                    and text[a - 1 : a] == "个"
                ):
                    # 六个“一”: the count of a quoted numeral slogan is part of its name (三个“五好”家庭 counts)
                    s = a - 1
                    while s > 0 and text[s - 1] in T.CN_DIGITS:
                        s -= 1
                spans.append((s, b + 1))
                pos = b + 1
            else:
                pos = a + 1
    return spans


# Set phrases by each of their characters (千家万户 → 千:0, 家:1, …): whether a numeral sits in one is
# checked only where the grammar starts, not by searching the whole text for every phrase.
_IDIOM_INDEX: dict[str, list[tuple[str, int]]] = {}
for _w in sorted(set(T.IDIOMS + T.NUMERAL_WORDS), key=len, reverse=True):
    for _k, _c in enumerate(_w):
        _IDIOM_INDEX.setdefault(_c, []).append((_w, _k))


def _in_idiom(text: str, i: int) -> bool:
    """The character at ``i`` belongs to a set phrase (千家万户, 二手, 道—琼斯30种)."""
    return any(text.startswith(w, i - k) for w, k in _IDIOM_INDEX.get(text[i], ()) if i >= k)


_decimal_year = re.compile(r"[0-9]{1,2}\.(?:1[89]|20)[0-9]{2}年")
_HALF = frozenset({"一半", "半数", "过半"})


def _half(text: str, i: int, spans: bytearray) -> Expr | None:
    """一半, 半数, 过半: half, as a percentage (另一半 is a partner, 半年 a duration)."""
    word = text[i : i + 2]
    if text.startswith("半个百分点", i) and not _in_spans(text, i, spans):
        return Expr(i, i + 5, Numeral(i + 5, Decimal("0.5"), arabic=False), unit=UNITS["个百分点"])
    if word[:1] == "半" and not _in_spans(text, i, spans):
        # (约半个月后 dates the next event: no span is measured)
        # 期限半年, 为期半个月, 半年内, 仅半年时间: half a span of time, with a cue that makes it a duration
        entry = match_unit(text, i + 1)
        if entry is not None and entry.kind == "quantity" and entry.unit in T.DURATION_UNITS:
            n = i + 1 + len(entry.word)
            if not (
                _cue_before(text, i, T.DURATION_CUES)
                or _about_before(text, i)
                or (text.startswith(T.ONE_DURATION_AFTER, n) and text[i - 1 : i] not in "上下前后")
            ):
                return None
            if not _cue_before(text, i, T.DURATION_CUES) and text.startswith(_LATER, n):
                return None
            return Expr(i, n, Numeral(n, Decimal("0.5"), arabic=False), unit=entry)
    if word not in _HALF or (word == "一半" and text[i - 1 : i] == "另"):
        return None
    if word == "过半" and text[i - 1 : i] == "超":
        return None  # 超过半数: read at 半数 with its qualifier
    if _in_spans(text, i, spans) or text[i + 2 : i + 3] in ("年", "天", "个", "月", "小", "夜"):
        return None
    e = Expr(i, i + 2, Numeral(i + 2, Decimal(50), arabic=False), unit=UNITS["%"])
    if word == "过半":
        e.qualifier = "over"
    return e


def _enumerated(text: str, start: int, end: int) -> bool:
    """A one-character Chinese numeral in a 、-list of such numerals (二、三、四层)."""
    if end - start != 1 or is_digit(text[start]):
        return False
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "、" and after[1] in T.CN_DIGITS) or (
        len(before) == 2 and before[1] == "、" and before[0] in T.CN_DIGITS
    )


def _times_sign(text: str, start: int) -> bool:
    """An x between two amounts is a multiplication sign (6000人x2000元x2年), not part of a code."""
    return start > 1 and text[start - 1] in "xX" and "\u4e00" <= text[start - 2] <= "\u9fff"


_YEAR_BEFORE = re.compile(r"(?:1[89]|20)[0-9]{2}(?:至|到|—|－|-|~|～)$")


def _year_range_end(text: str, start: int, num: Numeral) -> bool:
    """The number closes a range of years (2010至2011): 4 year-like digits after a year and a separator."""
    if not num.arabic or len(num.digits) != 4 or not ("1800" <= num.digits <= "2199"):
        return False
    return _YEAR_BEFORE.search(text, max(0, start - 6), start) is not None


_CHANGE_VERBS = tuple(w for w in T.INCREASE_WORDS + T.DECREASE_WORDS if len(w) > 1)
_ONE_TIMES_AFTER = _CHANGE_VERBS + ("多", "高", "高出", "多出", "大", "翻", "增", "涨", "快", "超标", "超出")
_POINT_MOVES = ("涨超", "跌超", "涨逾", "跌逾", "升超", "降超")


def clause_begin(text: str, i: int) -> int:
    """Where the clause holding ``i`` begins (after the last clause punctuation, at most 30 back)."""
    a = i
    while a > 0 and i - a < 30 and text[a - 1] not in _CLAUSE_PUNCT:
        a -= 1
    return a


_CLAUSE_PUNCT = frozenset("，。；、,;）)！？!?：:\n")


def _at_line_start(text: str, start: int) -> bool:
    """Only spaces between ``start`` and the beginning of the text, a line or a sentence."""
    p = start - 1
    while p >= 0 and text[p] in " \u3000\t":
        p -= 1
    return p < 0 or text[p] in "\n。！？!?；;”"


def _address(text: str, start: int, end: int) -> bool:
    """融玺公馆7栋, 飞凤村三组: a number + 栋/组 right after a place word is an address, not a count."""
    if start == 0:
        return False
    entry = match_unit(text, end)
    if entry is None or entry.word not in T.ADDRESS_UNITS:
        return False
    if text[start - 1] not in T.ADDRESS_UNITS[entry.word]:
        return False
    after = text[end + len(entry.word) : end + len(entry.word) + 1]
    # 小区3栋危楼 counts buildings; 公馆7栋。 and 7栋3单元 name one
    return (
        entry.word not in ("栋", "幢")
        or not after
        or not ("\u4e00" <= after <= "\u9fff")
        or after in "楼单室号"
    )


def _clock_before(text: str, k: int) -> bool:
    """The 分 at ``k`` closes a clock time: digits, then 时 or 点, before it (18时42分)."""
    m = k
    while m > 0 and is_digit(text[m - 1]):
        m -= 1
    return 1 < m < k and text[m - 1] in "时点" and is_digit(text[m - 2])  # (用时2分33秒 is a duration)


def _letter_counted(text: str, start: int, end: int) -> bool:
    """cpu344个, iphone21台: a word of three or more letters, then a count (C919, G20 stay codes)."""
    m = start
    while m > 0 and is_letter(text[m - 1]):
        m -= 1
    if start - m < 3 or not is_digit(text[start]):
        return False
    entry = match_unit(text, end)
    return entry is not None and entry.word in T.LETTER_COUNT_UNITS


_ADDRESS_FIRST = frozenset(w[0] for w in T.ADDRESS_UNITS)
# Signs between two numbers that make both parts of a ratio, a score, a clock time or a product
# (1∶5万比例尺, 3：1, 7×5.35公里 relay legs), not amounts.
_RATIO_SIGNS = "×*:：∶"
# Characters around a number that call for the checks of ordinals, codes, ranks, coordinates, year
# ranges, list items and addresses; an Arabic number between other characters skips them all.
_SKIP_BEFORE = (
    frozenset("第 \u3000-_./·＿前纬经+＋比" + _RATIO_SIGNS + "".join(T.RANGE_SEPARATORS)) | _LETTERS
)
_SKIP_AFTER = frozenset("+＋、" + _RATIO_SIGNS) | _ADDRESS_FIRST | _LETTERS
_DISTANT_QUALIFIER_CHARS = frozenset(w[0] for w in T.DISTANT_QUALIFIERS)


def _distant_qualifier(text: str, e: Expr, floor: int) -> None:
    """至少保证1100万人, 不得超过本级接受捐款的6.5%: a bound a verb or a 的-phrase before the number."""
    if not _DISTANT_QUALIFIER_CHARS.intersection(text[max(floor, e.start - 14) : e.start]):
        return  # the common case, checked at C speed before walking back character by character
    a = e.start
    while a > floor and e.start - a < 14 and text[a - 1] not in _CLAUSE_PUNCT and not is_digit(text[a - 1]):
        a -= 1
    head = text[a : e.start]
    if not _DISTANT_QUALIFIER_CHARS.intersection(head):
        return
    for w, q in T.DISTANT_QUALIFIERS.items():
        k = head.rfind(w)
        if k < 0:
            continue
        if w == "约" and k > 0 and head[k - 1] in _PREFIX_WORD_BEFORE["约"]:
            continue  # 节约开支, 签约: a word, not "about"
        gap = head[k + len(w) :]
        if gap.startswith(T.DISTANT_BLOCKERS.get(w, ())):
            continue  # 最高气温17℃: a noun, not a bound
        if w in T.DISTANT_ONE_CHAR and gap[:1] in ("为", "是") and len(gap) > 2:
            continue  # 约为建交初期的３倍: the older sets leave a base's multiple unqualified
        if (
            (
                len(gap) == 1
                and w in T.DISTANT_ONE_CHAR
                and "\u4e00" <= gap <= "\u9fff"
                and gap not in CN_NUMERAL_CHARS
            )
            or (len(gap) == 2 and all("\u4e00" <= c <= "\u9fff" and c not in CN_NUMERAL_CHARS for c in gap))
            or (2 < len(gap) <= 12 and gap.endswith("的"))
        ):
            e.qualifier = q
            return


def _in_spans(text: str, i: int, spans: bytearray) -> bool:
    return bool(spans[i]) or _in_idiom(text, i)


def _digit_at(text: str, k: int) -> int | None:
    """The single digit (Arabic or Chinese, 两 included) at ``k``, or None."""
    ch = text[k : k + 1]
    if not ch:
        return None
    if is_digit(ch):
        return int(ch.translate(_HALF_WIDTH))
    return 2 if ch == "两" else T.CN_DIGITS.get(ch)


def _spoken_money(text: str, e: Expr, k: int) -> int:
    """2块3毛2, 5元8角: yuan, then tenths (毛/角) and an optional hundredths digit (分 or left out).
    Sets the amount in 元 and returns the end, or 0 when no tenths follow the 块/元 at ``k - 1``."""
    tenth = _digit_at(text, k)
    if tenth is None or text[k + 1 : k + 2] not in ("毛", "角"):
        return 0
    value = e.num.value + Decimal(tenth) / 10
    end = k + 2
    cent = _digit_at(text, end)
    if cent is not None and not is_digit(text[end + 1 : end + 2] or "x"):
        fen = text[end + 1 : end + 2] == "分"
        if fen or not unit_at(text, end + 1):
            value += Decimal(cent) / 100
            end += 2 if fen else 1
    if text[end : end + 1] == "钱":
        end += 1
    e.num.value = value
    e.unit = UNITS["元"]
    return end


def _unit_after(text: str, e: Expr, k: int) -> int:
    """Read the unit (and per-unit) after the numeral at ``k``; returns the new end."""
    n = len(text)
    entry = match_unit(text, k)
    if entry is None:
        m = skip_space(text, k)
        if m > k and e.num.arabic:
            entry = match_unit(text, m)
            if entry is not None and (
                entry.kind in ("percent", "money", "quantity")
                or (
                    entry.kind == "count"
                    and not (len(e.num.digits) == 4 and "1800" <= e.num.digits <= "2199")
                )
            ):
                k = m  # 8.1 %, ９　亿元; 2018 手机 is a year before a word
            else:
                entry = None
    num = e.num
    if entry is None and num.arabic and k < n and is_letter(text[k]):
        word = latin_unit(text, k)
        if word is not None:
            e.unit = UnitEntry(word, "quantity", latin_unit_name(word))
            return k + len(word)
    if entry is None:
        return k
    if entry.word in ("块", "元") and num.value is not None and num.value_max is None:
        end = _spoken_money(text, e, k + 1)
        if end:
            return end
    if entry.word == "日元" and e.start > 0 and text[e.start - 1] == "月":
        entry = UNITS["日"]  # 3月5日元宵节: a day, not yen
    if entry.word == "级" and not (
        (num.value is not None and num.value != num.value.to_integral_value())
        or text.startswith(T.LEVEL_NOUNS, k + 1)
        or text[max(0, e.start - 1) : e.start] == "风"
    ):
        return k  # 二级医院, 一级古树: a grade, not a magnitude
    word = entry.word
    if word in _GUARDED_UNITS:  # one set lookup for the units that need a look at their neighbours
        if word == "里" and not text.startswith(T.LI_FOLLOWERS, k + 1):
            return k  # 三里屯, 十里河: a place name
        if (
            word == "面"
            and not num.arabic
            and (text[k + 1 : k + 2] in T.SIDES_AFTER or num.value in (3, 4, 8))
        ):
            return k  # 三面环山, 四面均有: sides, not flags or mirrors counted
        if word in T.RECORD_WORDS and not _record(text, e.start, k + 1):
            return k  # 平 (and 胜, 负) count games only in a record: 4胜1负, 6胜10平12负
        if word in T.SEX_WORDS and not _record(text, e.start, k + 1, T.SEX_WORDS):
            return k  # 男, 女 count people only as a pair: 34男30女 (3女子 is no count)
    if word == "个" and text[k + 1 : k + 2] == "人" and text[k + 2 : k + 3] not in _PERSON_WORD_SECOND:
        e.unit = UNITS["人"]  # 10个人: people counted with 个 (not 3个人民团体)
        return k + 2
    if entry.kind == "cheng":
        # 三成 is 30%; 成为, 成本 and 3成以上 of large numbers are no percentages; 折合, 折旧 are no discounts
        block = _CHENG_BLOCK if word == "成" else T.DISCOUNT_BLOCK
        if num.value is None or num.value > 10 or (k + 1 < n and text[k + 1] in block):
            return k
    if num.bare_unit and not (
        entry.kind == "count"
        or (
            entry.kind in ("money", "quantity")
            and text[e.start - 1 : e.start] in _BARE_AMOUNT_BEFORE
            and not (e.start > 1 and text[e.start - 2] in _PREFIX_WORD_BEFORE.get(text[e.start - 1], ""))
        )
        # 万吨以上的平台, 千元左右: a bound after the unit makes a lone 万/千 an amount
        # (亿元以上企业 names a class of firms: money is left out)
        or (entry.kind == "quantity" and text.startswith(_BARE_BOUNDS_AFTER, k + len(word)))
    ):
        return k  # a lone 百/千 counts things (百名, 千名), or amounts after 上 (上万元): 千米 is a unit on its own
    if word == "个" and text[k + 1 : k + 2] in "多半":
        # 2个多月: 多 between 个 and 月
        if text.startswith("多月", k + 1):
            e.unit = UNITS["个月"]
            e.qualifier = "over"
            return k + 3
        # 3个多小时, 一个多星期: 多 between 个 and a span of time
        span = next((w for w in ("小时", "钟头", "星期") if text.startswith(w, k + 2)), None)
        if text[k + 1] == "多" and span is not None:
            e.unit = UNITS["个小时"] if span == "钟头" else UNITS["个" + span]
            e.qualifier = "over"
            return k + 2 + len(span)
        # 一个半小时, 两个半月: half a unit more
        if text.startswith(("半小时", "半月", "半钟头"), k + 1) and num.value is not None:
            e.unit = UNITS["个月"] if text[k + 2] == "月" else UNITS["个小时"]
            e.num.value = num.value + Decimal("0.5")
            return k + (3 if text[k + 2] == "月" else 4)
    e.unit = entry
    k += len(word)
    if (
        word in ("年", "岁", "天")
        and text[k : k + 1] == "半"
        and num.value is not None
        and not num.multiplied
    ):
        e.num.value = num.value + Decimal("0.5")  # 近两年半, 一年半, 两岁半, 三天半
        return k + 1
    # 1米65, 18米74: a height or a distance with its centimetres after the metre
    if entry.word in ("米", "秒") and num.value is not None and num.value < 100 and not num.multiplied:
        m = k
        while m < n and "0" <= text[m] <= "9":
            m += 1
        if m - k == 2 and (
            m >= n or not (match_unit(text, m) or text[m] in T.MULTIPLIERS or text[m] in ".%")
        ):
            e.num.value = num.value + Decimal(text[k:m]) / 100
            return m
    if entry.kind == "cheng" and k < n and text[k] in "多余" and e.qualifier is None:
        e.qualifier = "over"  # 八成多
        return k + 1
    if k + 1 < n and text[k] in "/／" and entry.kind in ("money", "quantity", "count"):
        per = match_per(text, k + 1)
        if per is None and is_digit(text[k + 1]):
            # 960元/2年, 12元/100克: a rate per a counted span (three digits at most, then the per-unit)
            m = k + 1
            while m < n and m - k <= 3 and is_digit(text[m]):
                m += 1
            if (per2 := match_per(text, m)) is not None and (m == k + 2 or text[k + 1] not in "0０"):
                per = text[k + 1 : m].translate(_HALF_WIDTH) + per2
                e.per = per
                return m + len(per2)
        if per is not None:
            e.per = per
            k += 1 + len(per)
            # 二十元／人／天: a rate per person and per day
            if k + 1 < n and text[k] in "/／" and (per2 := match_per(text, k + 1)) is not None:
                e.per = f"{per}/{per2}"
                k += 1 + len(per2)
    return k


def _slash_fraction(text: str, start: int, k: int, num: Numeral) -> Numeral | None:
    """1/3, １／４ at ``start`` (the slash at ``k``) as a percentage, when it reads as a share: whole numbers,
    the numerator below the denominator (at most 1000), nothing date-, path- or odds-like around it."""
    if num.multiplied or num.value is None or "." in str(num.value) or num.value <= 0:
        return None
    if start > 0 and (text[start - 1] in "/／.．:：-" or is_letter(text[start - 1])):
        return None  # 2018/10/20, a URL, odds 2.37/3.00
    got = read_arabic(text, k + 1)
    if got is None:
        return None
    end, digits = got
    if "." in digits or not (num.value < int(digits) <= 1000):
        return None
    nxt = text[end : end + 1]
    if nxt and nxt not in T.FRACTION_FOLLOW and not nxt.isspace():
        return None  # 1/4决赛, 24/7, 3/5/2020
    share = (num.value * 100 / Decimal(digits)).quantize(Decimal("0.0001")).normalize()
    qual = num.qualifier
    if nxt in ("多", "余") and text[end + 1 : end + 2] in T.FRACTION_FOLLOW:
        qual, end = "over", end + 1  # 1/3多的牛粪
    return Numeral(end, share, None, qual, True, "", False)


def _temperature(text: str, e: Expr) -> None:
    """零下4度, 气温降到30度: degrees of temperature are ℃ (倾斜45度 stays an angle); 零下 makes it negative."""
    below = text.endswith("零下", 0, e.start)
    if below and e.num.value is not None:
        e.num.value = -e.num.value
        e.start -= 2
    head = text[clause_begin(text, e.start) : e.start]
    if below or any(c in head for c in T.TEMPERATURE_CUES):
        e.unit = UNITS["℃"]


def _not_a_measure(text: str, e: Expr, k: int) -> bool:
    """56公斤级 (a weight class), 52公里+40米 (a road stake), 09年年底 (a year in two digits)."""
    unit = e.unit
    if unit is None or unit.kind != "quantity" or k >= len(text):
        return False
    if text[k] == T.CLASS_SUFFIX and unit.word != "级":
        return True
    if text[k] in "+＋" and k + 1 < len(text) and is_digit(text[k + 1]):
        return True
    if text[k] == "处" and unit.unit in ("公里", "千米"):
        # 航道301公里处, 高速17.5公里处: a kilometre marker along a road or river, no distance measured
        # (隧道底层300米处, 车后50米至100米处 measure a distance from a point: kept)
        return True
    if unit.word == "方" and not e.num.arabic and not e.num.multiplied:
        return True  # 三方物流, 四方会谈: parties or sides (volumes are printed 3.4万方, 2亿方)
    if unit.word in T.EVENT_LENGTH_UNITS and text.startswith(T.SPORT_EVENTS, k):
        return True  # 女子100米仰泳铜牌: the name of an event, no distance measured
    if e.start > 0 and text[e.start - 1] == "、" and T.TENOR_CUE in text[max(0, e.start - 12) : e.start]:
        return True  # 隔夜、7天、14天价格: repo tenors named in a list, no span measured
    num = e.num
    return (
        unit.word == "年"
        and num.arabic
        and len(num.digits) == 2
        and not num.multiplied
        and (num.digits[0] == "0" or text.startswith(("年底", "年初", "年末", "年中", "上半年", "下半年"), k))
    )


_GUARDED_UNITS = frozenset({"里", "面"} | T.RECORD_WORDS | T.SEX_WORDS)
# Bounds before a lone 万/亿 that make it an amount (上万元, 逾亿元, 近万元, 超亿元).
_BARE_AMOUNT_BEFORE = frozenset("上逾近超破过")  # 突破亿元, 超过百米, 多见过万元
# Bounds before a lone 万/亿 with nothing after it (覆盖人数上千，, 老年人口过亿的国家): about or over that many.
_BARE_BOUND_BEFORE = frozenset("上逾超过")
_BARE_END = _CLAUSE_PUNCT | {"的", "。"}
_BARE_BOUNDS_AFTER = ("以上", "左右", "以下", "上下")


def _record(text: str, start: int, end: int, words: frozenset[str] = T.RECORD_WORDS) -> bool:
    """The count ending at ``end`` (…胜, …负, …平) stands beside another of a match record (4胜1负), or
    of a pair of ``words`` (34男30女)."""
    after = text[end : end + 4]
    m = 0
    while m < len(after) and is_digit(after[m]) or (m < len(after) and after[m] in CN_NUMERAL_CHARS):
        m += 1
    if m and after[m : m + 1] in words and after[m] != text[end - 1 : end]:
        return True
    return (
        text[start - 1 : start] in words
        and text[start - 1] != text[end - 1]
        and start > 1
        and (is_digit(text[start - 2]) or text[start - 2] in CN_NUMERAL_CHARS)
    )


def _suffix(text: str, e: Expr, k: int) -> int:
    """A qualifier after the unit (以上, 左右, 多): returns the new end."""
    if (
        text[k : k + 1] in T.SHARE_SUFFIX_QUALIFIERS
        and e.unit is not None
        and e.unit.kind == "percent"
        and not ("\u4e00" <= text[k + 1 : k + 2] <= "\u9fff" and text[k + 1] != "的")
    ):
        e.qualifier = T.SHARE_SUFFIX_QUALIFIERS[text[k]]  # 80％强, 2／3弱 (not 30%强制)
        return k + 1
    if text[k : k + 1] not in _SUFFIX_FIRST:
        return k
    for w in _SUFFIXES:
        if text.startswith(w, k):
            blocked = any(text.startswith(w + b, k) for b in T.SUFFIX_BLOCKERS.get(w, ()))
            if w in "多余" and (e.unit is None or e.unit.kind != "quantity"):
                blocked = True
            if not blocked:
                e.qualifier = T.SUFFIX_QUALIFIERS[w]
                return k + len(w)
    return k


def _prefix(text: str, e: Expr, floor: int) -> None:
    """A qualifier, a currency word or 每X just before the number: extends ``e.start``."""
    s = e.start
    for sym in _SYMBOLS if s > 0 and text[s - 1] in _SYMBOL_LAST else ():
        if text.startswith(sym, s - len(sym)) and s - len(sym) >= floor:
            e.currency = sym
            s -= len(sym)
            break
    if e.currency is None and s > 0 and text[s - 1] in _CURRENCY_PREFIX_LAST:
        for word in T.CURRENCY_PREFIXES:
            if text.startswith(word, s - len(word)) and s - len(word) >= floor:
                e.currency = word
                # 约人民币40万元: a qualifier before the currency word takes it into the span
                a = s - len(word)
                if a > 0 and any(
                    text.startswith(w, a - len(w)) for w in _PREFIX_BY_LAST.get(text[a - 1], ())
                ):
                    s = a
                break
    if e.currency is None and s > 2 and text[s - 1] in _CURRENCY_LINK_LAST:
        # 人民币共计109.75万: the currency word before a total word names the money (left out of the span)
        link = next((w for w in T.CURRENCY_LINKS if text.startswith(w, s - len(w))), None)
        if link is not None:
            b = s - len(link)
            e.currency = next(
                (w for w in T.CURRENCY_PREFIXES if text.startswith(w, b - len(w)) and b - len(w) >= floor),
                None,
            )
    # 至少有25人, 约需30天: a filler word between the qualifier and the number
    fill = next(
        (
            len(f)
            for f in _FILLERS
            if s > len(f) and text.startswith(f, s - len(f)) and text[s - len(f) - 1] in _PREFIX_BY_LAST
        ),
        0,
    )
    for w in _PREFIX_BY_LAST.get(text[s - 1 - fill], ()) if s > fill else ():
        a = s - fill - len(w)
        if a < floor or not text.startswith(w, a):
            continue
        if w == "上" and not (e.num.bare_unit or (not e.num.arabic and text[s] in "百千万亿")):
            continue
        if fill and w in ("上", "近", "超", "逾"):
            continue
        if w == "超过了" and text.startswith("的", e.end):
            continue  # 报酬已远远超过了30%的界限: the number names a line passed, no bound of an amount
        if a > 0 and text[a - 1] in _PREFIX_WORD_BEFORE.get(w, ""):
            continue
        if (
            w in _PREFIX_NEEDS_BEFORE
            and not (a > 0 and text[a - 1] in _PREFIX_NEEDS_BEFORE[w])
            and not e.num.bare_unit  # 过万元, 过亿: over, whatever comes before
        ):
            continue
        q = T.PREFIX_QUALIFIERS[w]
        if e.qualifier is None or (e.qualifier == "over" and q != "about"):
            e.qualifier = q  # 至少需要1000余人次: a bound printed first wins over 余 (大概1万多: still over)
        s = a
        break
    # 每吨200元: a rate written before the amount; 每立方米14微克: a concentration
    if (
        e.unit is not None
        and e.unit.kind in ("money", "quantity")
        and e.per is None
        and "每" in text[s - 5 if s - 5 > floor else floor : s]  # one C-speed test before the loop
    ):
        for n in range(min(_MAX_PER, 4), 0, -1):
            a = s - n - 1
            if a >= floor and e.unit.kind == "money" and text.startswith(("每个月", "每个小时"), a):
                e.per = text[a + 2 : s]  # 每个月20元: 个 between 每 and the span
                s = a
                break
            if (
                a >= floor
                and text[a] == "每"
                and text[a + 1 : s] in T.PER_UNITS
                and (
                    e.unit.kind == "money"
                    or text[a + 1 : s] in T.CONCENTRATION_PER
                    or (text[a + 1 : s] in T.SPEED_PER and e.unit.word in T.SPEED_UNITS)  # 每小时200公里
                )
            ):
                e.per = text[a + 1 : s]
                s = a
                break
    e.start = s


# Plain dates (2018年, 2018年3月5日, 7月25日) in ASCII digits: with ``dates=False`` they are stepped over
# without running the grammar, since a date is never a fact (a third of the numbers of a news text).
_PLAIN_DATE = re.compile(
    r"(?:1[0-9]|2[01])[0-9]{2}年(?![代度级])(?:(?:[1-9]|1[0-2])月(?![份底初末中])(?:(?:[1-9]|[12][0-9]|3[01])[日号])?)?"
    r"|(?:[1-9]|1[0-2])月(?![份底初末中])(?:(?:[1-9]|[12][0-9]|3[01])[日号])?"
)
# before a date, these make it part of something else (a range end, a code, a decimal, an ordinal)
_DATE_BEFORE_BAD = frozenset("".join(T.RANGE_SEPARATORS) + ".．·/／_第0123456789０１２３４５６７８９")


def scan(text: str, *, dates: bool = True) -> list[Expr]:
    """Every number expression of ``text``, in order (bare numbers included; dates unless ``dates`` is
    False, when plain dates are skipped as cheaply as possible)."""
    spans = bytearray(len(text))  # 1 where a numeral is inside a short quote or a book title
    for a, b in excluded_spans(text):
        spans[a:b] = b"\x01" * (b - a)
    out: list[Expr] = []
    n = len(text)
    i = 0
    floor = 0
    search = _candidates().search
    while i < n:
        # jump to the next character that can begin a numeral (most of a text cannot)
        m = search(text, i)
        if m is None:
            break
        if m.start() > i and text[m.start() - 1] in CN_NUMERAL_CHARS and not is_digit(text[m.start()]):
            # the pre-pass matched inside a run of numerals whose start it rejected (十四|五年规划):
            # the grammar reads runs from their first character, so skip the rest of the run
            j = m.start()
            while j < n and (text[j] in CN_NUMERAL_CHARS or is_digit(text[j])):
                j += 1
            i = j
            continue
        i = m.start()
        half = _half(text, i, spans) if text[i] in "一半过" else None
        if half is not None:
            half.end = _suffix(text, half, half.end)
            _prefix(text, half, floor)
            out.append(half)
            floor = i = half.end
            continue
        if text[i + 1 : i + 3].find(".") >= 0 and _decimal_year.match(text, i):
            i = text.index(".", i) + 1  # 7.2018年: a list number before a year
            continue
        if (
            not dates
            and (i == 0 or not (text[i - 1] in _DATE_BEFORE_BAD or is_letter(text[i - 1])))
            and (d := _PLAIN_DATE.match(text, i))
        ):
            j = d.end()
            if j >= n or not (is_digit(text[j]) or text[j] in _RANGE_FIRST or text[j] in "/／"):
                floor = i = j  # 2018年3月5日: a date, never a fact
                continue
        if text[i] in "半过" or (
            text[i] in "数几"
            and text[i + 1 : i + 2] not in "十百千万亿"
            and not (text[i] == "数" and _several(text, i))
        ):
            i += 1  # 总数一半: 数 begins no numeral here, 一半 is read next
            continue
        if text[i] == "零" and T.CN_DIGITS.get(text[i + 1 : i + 2], 0) != 0:
            i += 1  # 一年零三个月: 零 links two amounts ("and"), the number begins after it
            continue
        num = read_number(text, i)
        if num is None:
            # skip the whole run so that 十四五 is not re-read as 四五
            j = i + 1
            while j < n and (is_digit(text[j]) or text[j] in CN_NUMERAL_CHARS):
                j += 1
            i = j
            continue
        start = i
        e = Expr(start, num.end, num, qualifier=num.qualifier)
        skip = False
        before = text[start - 1] if start > 0 else ""
        after = text[num.end] if num.end < n else ""
        if (
            num.arabic
            and before not in _SKIP_BEFORE
            and after not in _SKIP_AFTER
            and not spans[start]
            and text[start] not in _IDIOM_INDEX
        ):
            pass  # the common case: an Arabic number between ordinary characters is no code, rank or name
        elif before == "第" or (before in " \u3000" and start > 1 and text[start - 2] == "第"):
            skip = True  # ordinal: 第十一届, 第3条
        elif (
            (
                is_letter(before)
                and num.arabic  # (smart player两家公司: a Chinese numeral after a Latin name is no code)
                and not _times_sign(text, start)
                and not _letter_counted(text, start, num.end)
                and not (before in "nrt" and text[start - 2 : start - 1] == "\\")
            )
            or (before in "-_./·＿" and start > 1 and is_letter(text[start - 2]))
        ):
            skip = True  # code: ON-GMSP2060, C919 (a line break escaped as \n in scraped text is none)
        elif (before in _RATIO_SIGNS or before == "比") and start > 1 and is_digit(text[start - 2]):
            skip = True  # the second term of 1∶5万, 7×5.35公里, 10:30, 1比132.75
        elif before in "+＋" and start > 1 and text[start - 2] in "里米mM":
            skip = True  # 什邦线52公里+40米: a stake number on a road, not a distance
        elif text.startswith("四周", start) and (
            start == 0 or before in _CLAUSE_PUNCT or before in "的 \u3000"
        ):
            skip = True  # 四周人口密集, 村子的四周: the surroundings, not four weeks
        elif num.end < n and (
            (is_letter(text[num.end]) and latin_unit(text, num.end) is None)
            or text[num.end] in "+＋" + _RATIO_SIGNS
        ):
            skip = True  # 5G, 3D, 1+N, ratios and scores (10GB is a unit)
        elif (
            not num.arabic
            and "届" in text[max(0, start - 5) : start]
            and text.startswith(T.SESSION_WORDS, num.end)
        ):
            skip = True  # 十四届全国人大二次会议: the second session, an ordinal
        elif text.endswith(T.COORDINATE_WORDS, 0, start):
            skip = True  # 北纬29.47度: a position
        elif _year_range_end(text, start, num):
            skip = True  # 2010至2011万龙: the second year of a range, not 2011万
        elif _in_spans(text, start, spans):
            skip = True
        elif (
            before == "前"
            and text[start - 2 : start - 1] not in T.NOT_RANK_BEFORE
            and (u := match_unit(text, num.end)) is not None
            and u.word in T.RANK_UNITS
        ):
            skip = True  # a rank: 前十名, 前3位
        elif _enumerated(text, start, num.end):
            skip = True  # 二、三、四层: floors or items named by number
        elif (
            num.arabic
            and len(num.digits) <= 2
            and text[num.end : num.end + 1] == "、"
            and _at_line_start(text, start)
        ):
            skip = True  # 2、24岁的徐倩雯: an item number at the start of a line or sentence
        elif text[num.end : num.end + 1] in _ADDRESS_FIRST and _address(text, start, num.end):
            skip = True  # 融玺公馆7栋, 飞凤村三组: part of an address
        if skip:
            i = num.end
            continue
        k = num.end
        # a minus sign (下行至-0.115元, 净利润为-34.83亿元), not a hyphen between numbers or in a code
        if (
            num.arabic
            and before
            and before in "-－−"
            and not (start > 1 and (is_digit(text[start - 2]) or is_letter(text[start - 2])))
            and not (start > 1 and text[start - 2] in "年月日号时分秒")  # 7月1日-2017年7月31日
            and num.value is not None
        ):
            e.num.value = -num.value
            e.start -= 1
            e.negative = True
        # slash fractions: 超过3/4的居民, 美国的1/50 (a share of a whole, like 四分之三)
        if text[k : k + 1] in "/／" and num.arabic and (frac := _slash_fraction(text, start, k, num)):
            e.num, e.unit, e.fraction = frac, UNITS["%"], frac.value
            e.qualifier = frac.qualifier
            e.end = _suffix(text, e, frac.end)
            _prefix(text, e, floor)
            if e.qualifier is None:
                _distant_qualifier(text, e, floor)  # 不到总保费的1/10
            out.append(e)
            floor = i = e.end
            continue
        # fractions: 三分之一, 百分之三十, 千分之五
        if text.startswith("分之", k) and num.value:
            second = read_number(text, k + 2, allow_one=True)
            if second is not None and second.value is not None:
                k = second.end
                e.end = k
                if num.value == 100:
                    e.num = Numeral(k, second.value, None, e.qualifier, second.arabic)
                    e.unit = UNITS["%"]
                elif num.value == 1000:
                    e.num = Numeral(k, second.value, None, e.qualifier, second.arabic)
                    e.unit = UNITS["‰"]
                else:
                    share = (second.value * 100 / num.value).quantize(Decimal("0.0001"))
                    e.num = Numeral(k, share.normalize(), None, e.qualifier, second.arabic)
                    e.unit = UNITS["%"]
                e.fraction = e.num.value
                unit = match_unit(text, k)
                if unit is not None and unit.kind == "quantity" and unit.word not in ("年", "倍", "级"):
                    # 千分之一秒, 百分之一毫米: a fraction of a unit of measure is a quantity
                    e.num = Numeral(k, second.value / num.value, None, e.qualifier, second.arabic)
                    e.unit = unit
                    e.fraction = None
                    k += len(unit.word)
                e.end = _suffix(text, e, k)
                _prefix(text, e, floor)
                out.append(e)
                floor = e.end
                i = e.end
                continue
        if num.bare_unit and not (match_unit(text, k) or text.startswith("分之", k)):
            if not (text[start - 1 : start] in _BARE_BOUND_BEFORE and (k >= n or text[k] in _BARE_END)):
                i = k
                continue
            # 覆盖人数上千，: about a thousand, with nothing counted after it
        k = _unit_after(text, e, k)
        if e.unit is not None and e.unit.unit == "秒" and before == "分" and _clock_before(text, start - 1):
            i = k  # 18时42分33秒: the seconds of a clock time (2分33秒 is a duration)
            continue
        if num.bare_unit and e.unit is None and k < n and text[k] not in _BARE_END:
            i = k  # a lone 百/千 before a word that is no unit (超过百家 is read with its unit)
            continue
        if e.unit is None and text[k : k + 1] in _SYMBOLS_AFTER and not is_digit(text[k + 1 : k + 2] or "x"):
            e.currency = text[k]  # 2亿＄: the symbol printed after the amount
            k += 1
        e.end = k
        if e.unit is not None and e.unit.kind == "quantity" and _not_a_measure(text, e, k):
            i = k
            continue
        if e.unit is not None and e.unit.word == "大类" and not num.arabic:
            i = k  # 四大类: "the four big classes" names them (X大 is never a fact); 33大类 counts
            continue
        if before == "每" and num.bare_unit and e.unit is not None and e.unit.kind == "count":
            i = k  # 每千名老人, 每百户: the base of a ratio, nothing counted
            continue
        if e.unit is not None and e.unit.word == "位" and text.endswith(T.RANK_VERBS, 0, e.start):
            i = k  # 谷歌跌至34位: a place in a ranking, an ordinal
            continue
        # ranges: 16—24岁, 3至5年, 10%—15%, 50万到80万元
        for sep in T.RANGE_SEPARATORS if text[k : k + 1] in _RANGE_FIRST else ():
            if not text.startswith(sep, k):
                continue
            j = k + len(sep)
            sym = next((s for s in _SYMBOLS if text.startswith(s, j)), "")
            second = read_number(text, j + len(sym))
            if second is None or second.value is None or num.value is None:
                break
            probe = Expr(j, second.end, second)
            k2 = _unit_after(text, probe, second.end)
            if probe.unit is None:
                break
            if e.unit is not None and e.unit.word != probe.unit.word:
                break
            if sep in T.WEAK_RANGE_SEPARATORS and not (num.arabic and second.arabic):
                break
            lo = num.value
            if not num.multiplied and second.multiplied and second.value:
                base = Decimal(read_arabic(text, j + len(sym))[1]) if second.arabic else None
                if base is not None and lo < base:
                    lo = lo * (second.value / base)
            if second.value <= lo:
                break
            e.num = Numeral(
                second.end, lo, second.value, e.qualifier or second.qualifier, num.arabic, num.digits
            )
            e.num.multiplied = num.multiplied or second.multiplied
            e.unit, e.per = probe.unit, probe.per or e.per
            e.ranged = True
            e.range_sep = sep
            k = k2
            break
        # 26.63亿元人民币, 10亿元新台币: the currency named after 元
        if e.unit is not None and e.unit.word == "元":
            cur = next((w for w in T.CURRENCY_SUFFIXES if text.startswith(w, k)), None)
            if cur is not None:
                e.currency = cur
                k += len(cur)
                if e.per is None and k + 1 < n and text[k] in "/／" and (per := match_per(text, k + 1)):
                    e.per = per  # 800元人民币/吨
                    k += 1 + len(per)
        # 260万元一亩, 0.3元一粒, 5万元每平方米: the per-unit written as 一/每 + measure word after the amount
        if (
            e.unit is not None
            and e.unit.kind == "money"
            and e.per is None
            and text[k : k + 1] in ("一", "每")
        ):
            if text.startswith(("一个月", "一个小时"), k):
                per = "月" if text[k + 2] == "月" else "小时"  # 118元一个月的业务
                after = k + 2 + len(per)
            else:
                per = match_per(text, k + 1)
                after = k + 1 + len(per) if per else k
            if per and (
                after >= n
                or text[after] in _CLAUSE_PUNCT
                or text[after] == "的"
                or text.startswith("不等", after)  # 以40到60元一瓶不等价出售
            ):
                per = T.PER_NAMES.get(per, per)  # 20万元每平米 → 元/平方米
                e.per = per
                k = after
        e.end = _suffix(text, e, k)
        e.noun_after = (
            e.end < n
            and "\u4e00" <= text[e.end] <= "\u9fff"
            and (text[e.end] not in _FUNCTION_CHARS or text.startswith("之众", e.end))
            and not num.bare_unit
        )
        if e.unit is not None and (e.unit.word == "度" or e.unit.unit == "℃"):
            _temperature(text, e)
        if not e.negative:
            _prefix(text, e, floor)
        if e.qualifier is None and e.unit is not None:
            _distant_qualifier(text, e, floor)
        if e.unit is not None and e.unit.word == "日":
            # 拘留15日, 7日内清空: a span of days (3月7日内 stays a date: the month is read first)
            e.days = (
                _cue_before(text, e.start, T.DURATION_CUES)
                or (text.startswith(("内", "之内"), e.end) and not _month_before(text, e.start))
                # 不得少于15日, 超过30日: a bound makes a span (a date is never "at least")
                or (
                    e.qualifier in ("at_least", "at_most", "over", "under")
                    and not _month_before(text, e.start)
                )
            )
        if e.unit is not None and e.unit.word == "届":
            e.days = text.endswith(T.EDITION_CUES, 0, e.start) and len(num.digits) != 4  # 举办了四届
            if not e.days and out and out[-1].days and out[-1].unit is e.unit:
                # 举办过8届龙舟大赛和6届国际龙舟节: the second count of the clause shares the verb
                e.days = clause_begin(text, e.start) <= out[-1].start
        if (
            e.unit is not None
            and e.unit.word == "点"
            and not text.startswith(("半", "钟", "多", "整"), e.end)
        ):
            head = text[clause_begin(text, e.start) : e.start]
            e.score = (
                any(c in head for c in T.POINT_CUES)
                or head.rstrip("了").endswith(_CHANGE_VERBS)
                # 日内跌超200点: a one-character verb of change before a bounded figure (近10点 is a time)
                or (e.qualifier == "over" and text.startswith(_POINT_MOVES, e.start - 1))
            )
        if e.unit is not None and e.unit.word == "分":
            e.score = e.qualifier == "over" or any(text.endswith(c, 0, e.start) for c in T.SCORE_CUES)
        out.append(e)
        floor = e.end
        i = e.end
    _share_units(text, out)
    _distant_per(text, out)
    return out


# What may stand between a 每X and the amount it prices: a price noun, an adverb and a link or
# change verb (每平方米的价格仅为2.09万元, 每吨已达600美元, 每人补贴10万元). A counted noun in between
# (每股收益为0.0834元, 每斤茶可得30元) makes the amount a total, not a rate.
_PER_GAP = re.compile(
    "(?:的)?(?:价格|售价|单价|均价|价钱|价|费用|收费|租金|补贴|补助|奖励)?(?:仅|已经|已|约|均|都|将|也|还|一般|大约)?"
    "(?:为|达|达到|是|在|上调|下调|上涨|下降|提高|降低|涨|降|补贴|补助|奖励|收费|收取|需|要)?(?:了)?"
)


# Characters that end the reach of a distant 每X: clause ends, and 的 (每名死者的家庭提供50万卢比 gives the
# amount to another owner).
_PER_GAP_STOPS = frozenset("，,。；;：:！？!?\n的")


def _distant_per(text: str, exprs: list[Expr]) -> None:
    """每平方米的价格仅为2.09万元, 每人补贴10万元: a 每X just before in the clause gives an amount its per-unit."""
    floor = 0
    for e in exprs:
        lo, floor = floor, e.end
        if e.unit is None or e.per is not None:
            continue
        if e.unit.kind != "money":
            if e.unit.kind == "quantity" and e.unit.unit not in T.NOT_RATE_QUANTITIES:
                if not _measure_per(text, e, lo):  # 每亩施200公斤
                    _period_rate(text, e, lo)  # 每天销售15万升
            continue
        a = text.rfind("每", max(lo, e.start - 16), e.start)
        if a < 0:
            _area_average(text, e, lo)
            continue
        per = match_per(text, a + 1)
        if per == "个" and text.startswith(("个月", "个小时"), a + 1):
            per = text[a + 2 : a + 3] if text[a + 2] == "月" else "小时"  # 每个月则要还5609.07元
            b = a + 2 + len(per)
        elif per is None:
            continue
        else:
            b = a + 1 + len(per)
        per = T.PER_ALIASES.get(per, per)
        if per in T.DISTANT_PER_SKIP:
            # 每天租金144元, 每月工资3000元: a period prices an amount only through a noun of pay or rent
            # (每年向村里上交200多万元 is a yearly total, left as it is)
            noun = next((w for w in T.PERIOD_PRICE_NOUNS if text.startswith(w, b)), None)
            if noun is not None and _PER_GAP.fullmatch(text, b + len(noun), e.start):
                e.per = per
            else:
                _period_rate(text, e, lo)
            continue
        gap = text[b : e.start]
        # 每亩多拿10万块钱, 每位烈士发放3万元, 每台设备（包括…）500多元: the 每X of the clause, with no
        # number between (每股收益0.73元 is earnings per share, printed as an amount)
        if _PER_GAP.fullmatch(gap) or _clause_per_gap(gap):
            e.per = per


def _clause_per_gap(gap: str) -> bool:
    """Whether the words between a 每X and an amount keep them in one clause: no number, no clause
    end or 的 (``_PER_GAP_STOPS``) and no word of a total (``T.PER_GAP_TOTALS``)."""
    return not any(c in _PER_GAP_STOPS or is_digit(c) for c in gap) and not any(
        w in gap for w in T.PER_GAP_TOTALS
    )


def _measure_per(text: str, e: Expr, lo: int) -> bool:
    """每亩施200公斤, 每人提供1亩: a 每X of a measure or a head (no period) earlier in the clause, with no
    number, 的 or clause end between, makes a quantity a rate per X (公斤/亩); True when it did."""
    a = text.rfind("每", max(lo, e.start - 12), e.start)
    if a < 0:
        return False
    per = match_per(text, a + 1)
    if per is None or per in T.DISTANT_PER_SKIP or per == "个":
        return False
    b = a + 1 + len(per)
    per = T.PER_ALIASES.get(per, per)
    if e.unit is None or per == e.unit.unit:
        return False
    if not _clause_per_gap(text[b : e.start]):
        return False
    e.per = T.PER_NAMES.get(per, per)
    return True


_PERIOD_RATE = re.compile("每(?:个)?(" + "|".join(T.RATE_PERIODS) + ")")


def _period_rate(text: str, e: Expr, lo: int) -> None:
    """每月有3000多元, 每天销售15万升, 每个月则要还5609.07元: a short period (not 每年: 每年向村里上交200多万元
    is a yearly total, the sets' majority) earlier in the clause, with no number, 的 or clause end
    between, makes the amount a rate per that period, unless a noun named after it takes it over
    (每月收取1元的磨损费, 每天有一百多元的收入: a fee or an income, written as an amount)."""
    a = text.rfind("每", max(lo, e.start - 16), e.start)
    if a < 0 or text.startswith("的", e.end):
        return
    if e.unit is not None and e.unit.kind == "money":
        k = e.end
        while k < len(text) and k - e.end < 6 and "\u4e00" <= text[k] <= "\u9fff":
            k += 1  # the noun run after the amount (短信提醒费), up to the first non-Han character
        if any(w in text[e.end : k] for w in T.AMOUNT_NOUNS_AFTER):
            return  # 每月收取1元短信费, 每月能拿到上万元工资: the amount of a fee or a pay, named after it
    m = _PERIOD_RATE.match(text, a)
    if m is None:
        return
    gap = text[m.end() : e.start]
    if any(c in _PER_GAP_STOPS or is_digit(c) for c in gap) or any(w in gap for w in T.PER_GAP_TOTALS):
        return
    e.per = m.group(1)


def _area_average(text: str, e: Expr, lo: int) -> None:
    """亩均增收1500元: an average per unit of land a few characters before the amount is its per-unit."""
    for word, per in T.AREA_AVERAGES.items():
        k = text.rfind(word, max(lo, e.start - 8), e.start)
        if k >= 0 and not any(c in _PER_GAP_STOPS or is_digit(c) for c in text[k + len(word) : e.start]):
            e.per = per
            return


def _share_units(text: str, exprs: list[Expr]) -> None:
    """856.01万、289.11万和338.79万人: numbers of a list take the unit printed after the last one."""
    for idx in range(len(exprs) - 2, -1, -1):
        e, nxt = exprs[idx], exprs[idx + 1]
        if e.unit is not None or nxt.unit is None:
            continue
        sep = text[e.end : nxt.start]
        # a comma ends a clause: 约84万，50公里范围内 does not give 84万 the unit 公里
        if sep in T.LIST_SEPARATORS and sep != "，" and e.num.arabic == nxt.num.arabic:
            e.unit, e.per = nxt.unit, nxt.per
            if e.currency is None:
                e.currency = nxt.currency
            e.shared_unit = True
    # 套现1.34亿元和1.02亿: a bare multiplied number after a list separator takes the unit before it
    for idx in range(1, len(exprs)):
        prev, e = exprs[idx - 1], exprs[idx]
        if (
            e.unit is None
            and prev.unit is not None
            and prev.unit.kind in ("money", "count", "quantity")
            and e.num.arabic
            and e.num.multiplied
            and text[prev.end : e.start] in ("、", "和", "及", "与", "或")
        ):
            e.unit, e.per, e.currency, e.shared_unit = prev.unit, prev.per, prev.currency, True
