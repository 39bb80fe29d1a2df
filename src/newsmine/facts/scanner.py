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
        units[w] = UnitEntry(w, "money", "元" if code == "CNY" else w, code)
    for w, u in T.PERCENT_UNITS.items():
        units[w] = UnitEntry(w, "percent", u)
    units["成"] = UnitEntry("成", "cheng", "%")
    return units


UNITS = _build_units()
_MAX_UNIT = max(len(w) for w in UNITS)
_MAX_PER = max(len(w) for w in T.PER_UNITS)
_BLOCKERS: dict[str, tuple[str, ...]] = {}
for _b in T.UNIT_BLOCKERS:
    for _n in range(1, len(_b)):
        _BLOCKERS.setdefault(_b[:_n], ())
        _BLOCKERS[_b[:_n]] += (_b,)
_PREFIXES = sorted(T.PREFIX_QUALIFIERS, key=len, reverse=True)
_SUFFIXES = sorted(T.SUFFIX_QUALIFIERS, key=len, reverse=True)
_SYMBOLS = sorted(T.CURRENCY_SYMBOLS, key=len, reverse=True)
_CHENG_BLOCK = "为立功本果员交绩长就熟型品都群形效"
# Characters before 约/近 that make them part of another word (节约30%, 最近3年).
_PREFIX_WORD_BEFORE = {"约": "节制预签公契违相邀履大隐", "近": "最附将亲靠邻临就接贴", "超": "高赶"}


_START = re.compile("[0-9０-９数几半过" + "".join(sorted(CN_NUMERAL_CHARS)) + "]")
_FILLERS = "有需要"
_SYMBOL_LAST = frozenset(sym[-1] for sym in _SYMBOLS)
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
    return ("a" <= ch.lower() <= "z") or ("Ａ" <= ch <= "Ｚ") or ("ａ" <= ch <= "ｚ")


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
    for n in range(min(_MAX_UNIT, len(text) - k), 0, -1):
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
    while m < len(text) and m - k < 5 and "a" <= text[m].lower() <= "z":
        m += 1
    if m == k or (m < len(text) and (is_letter(text[m]) or is_digit(text[m]))):
        return None
    word = text[k:m]
    return word if word.lower() in T.LATIN_UNITS else None


def _cue_before(text: str, start: int, cues: tuple[str, ...]) -> bool:
    """One of ``cues`` ends right before ``start`` (allowing 了/为/达 between: 判处拘役了)."""
    head = text[max(0, start - 8) : start].rstrip("了为达")
    return head.endswith(cues)


def match_per(text: str, k: int) -> str | None:
    """The per-unit at ``k`` (人 of 元/人), longest first."""
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
        while k < n:
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
                multiplied = True
                k += 1
            else:
                break
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
    qual = None
    if "余" in run or "多" in run:
        qual = "over"
        run = run.replace("余", "").replace("多", "")
    multiplied = any(c in "万亿" for c in run)
    if len(run) == 1 and run in "一壹" and not allow_one and not _one_counts(text, k, i):
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
        and match_unit(text, k + 1)
    ):
        qual = "over"  # 两千余名, 十多个
        k += 1
    digits = str(value) if all(c in T.CN_DIGITS for c in run) and len(run) == 4 else ""
    bare = run in ("百", "千", "万", "亿") and qual is None
    return Numeral(k, value, None, qual, False, digits, multiplied, bare)


def _one_counts(text: str, k: int, i: int) -> bool:
    """一 is a number before a currency (一元), 个百分点, a duration with 多/余 (一年多) or a sentence
    (判处拘役一个月, 为期一年)."""
    entry = match_unit(text, k)
    if entry is None:
        return False
    if entry.kind == "quantity" and entry.unit in T.DURATION_UNITS and _cue_before(text, i, T.DURATION_CUES):
        return True
    if entry.kind in ("money", "cheng") or text.startswith("个百分点", k):
        return True  # 一元, 一成首付, 一个百分点
    end = k + len(entry.word)
    nxt = text[end : end + 1]
    # 一年多, 一年十个月: a duration with more after it
    return (
        entry.kind == "quantity"
        and entry.unit in T.DURATION_UNITS
        and (nxt in ("多", "余") or nxt in "两三四五六七八九十")
    )


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numerals are names, not facts: short quotes (“五个一”), book titles and set phrases."""
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
            if b - a - 1 <= limit and "\n" not in text[a:b]:
                spans.append((a, b + 1))
                pos = b + 1
            else:
                pos = a + 1
    for idiom in T.IDIOMS + T.NUMERAL_WORDS:
        pos = text.find(idiom)
        while pos >= 0:
            spans.append((pos, pos + len(idiom)))
            pos = text.find(idiom, pos + 1)
    return spans


_decimal_year = re.compile(r"[0-9]{1,2}\.(?:1[89]|20)[0-9]{2}年")
_HALF = frozenset({"一半", "半数", "过半"})


def _half(text: str, i: int, spans: list[tuple[int, int]]) -> Expr | None:
    """一半, 半数, 过半: half, as a percentage (另一半 is a partner, 半年 a duration)."""
    word = text[i : i + 2]
    if word not in _HALF or (word == "一半" and text[i - 1 : i] == "另"):
        return None
    if word == "过半" and text[i - 1 : i] == "超":
        return None  # 超过半数: read at 半数 with its qualifier
    if _in_spans(i, spans) or text[i + 2 : i + 3] in ("年", "天", "个", "月", "小", "夜"):
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


def _in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def _unit_after(text: str, e: Expr, k: int) -> int:
    """Read the unit (and per-unit) after the numeral at ``k``; returns the new end."""
    n = len(text)
    entry = match_unit(text, k)
    if entry is None:
        m = skip_space(text, k)
        if m > k and e.num.arabic:
            entry = match_unit(text, m)
            if entry is not None and entry.kind in ("percent", "money", "quantity", "count"):
                k = m
            else:
                entry = None
    num = e.num
    if entry is None and num.arabic and k < n and is_letter(text[k]):
        word = latin_unit(text, k)
        if word is not None:
            e.unit = UnitEntry(word, "quantity", T.LATIN_UNITS[word.lower()])
            return k + len(word)
    if entry is None:
        return k
    if entry.word == "日元" and e.start > 0 and text[e.start - 1] == "月":
        entry = UNITS["日"]  # 3月5日元宵节: a day, not yen
    if entry.word == "级" and not (
        (num.value is not None and num.value != num.value.to_integral_value())
        or text.startswith(T.LEVEL_NOUNS, k + 1)
        or text[max(0, e.start - 1) : e.start] == "风"
    ):
        return k  # 二级医院, 一级古树: a grade, not a magnitude
    if entry.kind == "cheng":
        # 三成 is 30%; 成为, 成本 and 3成以上 of large numbers are no percentages
        if num.value is None or num.value > 10 or (k + 1 < n and text[k + 1] in _CHENG_BLOCK):
            return k
    if num.bare_unit and not (
        entry.kind == "count" or (entry.kind in ("money", "quantity") and text[e.start - 1 : e.start] == "上")
    ):
        return k  # a lone 百/千 counts things (百名, 千名), or amounts after 上 (上万元): 千米 is a unit on its own
    # 2个多月: 多 between 个 and 月
    if entry.word == "个" and text.startswith("多月", k + 1):
        e.unit = UNITS["个月"]
        e.qualifier = "over"
        return k + 3
    e.unit = entry
    k += len(entry.word)
    # 1米65, 18米74: a height or a distance with its centimetres after the metre
    if entry.word == "米" and num.value is not None and num.value < 100 and not num.multiplied:
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
        if per is not None:
            e.per = per
            k += 1 + len(per)
    return k


def _suffix(text: str, e: Expr, k: int) -> int:
    """A qualifier after the unit (以上, 左右, 多): returns the new end."""
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
    if e.currency is None:
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
    # 至少有25人, 约需30天: a filler word between the qualifier and the number
    fill = 1 if s > 1 and text[s - 1] in _FILLERS and text[s - 2] in _PREFIX_BY_LAST else 0
    for w in _PREFIX_BY_LAST.get(text[s - 1 - fill], ()) if s > fill else ():
        a = s - fill - len(w)
        if a < floor or not text.startswith(w, a):
            continue
        if w == "上" and not (e.num.bare_unit or (not e.num.arabic and text[s] in "百千万亿")):
            continue
        if fill and w in ("上", "近", "超", "逾"):
            continue
        if a > 0 and text[a - 1] in _PREFIX_WORD_BEFORE.get(w, ""):
            continue
        if e.qualifier is None:
            e.qualifier = T.PREFIX_QUALIFIERS[w]
        s = a
        break
    # 每吨200元: a rate written before the amount
    if e.unit is not None and e.unit.kind == "money" and e.per is None:
        for n in range(min(_MAX_PER, 4), 0, -1):
            a = s - n - 1
            if a >= floor and text[a] == "每" and text[a + 1 : s] in T.PER_UNITS:
                e.per = text[a + 1 : s]
                s = a
                break
    e.start = s


def scan(text: str) -> list[Expr]:
    """Every number expression of ``text``, in order (dates and bare numbers included)."""
    spans = excluded_spans(text)
    out: list[Expr] = []
    n = len(text)
    i = 0
    floor = 0
    while i < n:
        # jump to the next character that can begin a numeral (most of a text cannot)
        m = _START.search(text, i)
        if m is None:
            break
        i = m.start()
        half = _half(text, i, spans)
        if half is not None:
            half.end = _suffix(text, half, half.end)
            _prefix(text, half, floor)
            out.append(half)
            floor = i = half.end
            continue
        if _decimal_year.match(text, i):
            i = text.index(".", i) + 1  # 7.2018年: a list number before a year
            continue
        if text[i] in "半过" or (text[i] in "数几" and text[i + 1 : i + 2] not in "十百千万亿"):
            i += 1  # 总数一半: 数 begins no numeral here, 一半 is read next
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
        if before == "第" or (before in " \u3000" and start > 1 and text[start - 2] == "第"):
            skip = True  # ordinal: 第十一届, 第3条
        elif (is_letter(before) and not _times_sign(text, start)) or (
            before in "-_./·＿" and start > 1 and is_letter(text[start - 2])
        ):
            skip = True  # code: ON-GMSP2060, C919
        elif num.end < n and (
            (is_letter(text[num.end]) and latin_unit(text, num.end) is None) or text[num.end] in "+＋×*:："
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
        elif _in_spans(start, spans):
            skip = True
        elif before == "前" and (u := match_unit(text, num.end)) is not None and u.word in T.RANK_UNITS:
            skip = True  # a rank: 前十名, 前3位
        elif _enumerated(text, start, num.end):
            skip = True  # 二、三、四层: floors or items named by number
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
                e.end = _suffix(text, e, k)
                _prefix(text, e, floor)
                out.append(e)
                floor = e.end
                i = e.end
                continue
        if num.bare_unit and not (match_unit(text, k) or text.startswith("分之", k)):
            i = k
            continue
        k = _unit_after(text, e, k)
        e.end = k
        # ranges: 16—24岁, 3至5年, 10%—15%, 50万到80万元
        for sep in T.RANGE_SEPARATORS:
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
        e.end = _suffix(text, e, k)
        e.noun_after = (
            e.end < n
            and "\u4e00" <= text[e.end] <= "\u9fff"
            and text[e.end] not in _FUNCTION_CHARS
            and not num.bare_unit
        )
        if not e.negative:
            _prefix(text, e, floor)
        if e.unit is not None and e.unit.word == "日":
            e.days = _cue_before(text, e.start, T.DURATION_CUES)
        if e.unit is not None and e.unit.word == "届":
            e.days = text.endswith(T.EDITION_CUES, 0, e.start) and len(num.digits) != 4  # 举办了四届
        if e.unit is not None and e.unit.word == "分":
            e.score = e.qualifier == "over" or any(text.endswith(c, 0, e.start) for c in T.SCORE_CUES)
        out.append(e)
        floor = e.end
        i = e.end
    _share_units(text, out)
    return out


def _share_units(text: str, exprs: list[Expr]) -> None:
    """856.01万、289.11万和338.79万人: numbers of a list take the unit printed after the last one."""
    for idx in range(len(exprs) - 2, -1, -1):
        e, nxt = exprs[idx], exprs[idx + 1]
        if e.unit is not None or nxt.unit is None:
            continue
        if text[e.end : nxt.start] in T.LIST_SEPARATORS and e.num.arabic == nxt.num.arabic:
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
