"""Numeric facts: every number a reader would put in a spreadsheet, normalised, with what it measures.

Three steps: :mod:`~newsmine.facts.scanner` reads number expressions from the body (a small
grammar: qualifier → numeral → multiplier → qualifier → unit), :func:`classify` turns each into a
kind and a value with the tables of :mod:`~newsmine.facts.tables`, and :mod:`~newsmine.facts.attach`
finds the subject, change and basis in the clause. Dates, times, years, ordinals and codes are
recognised so that they are never reported as facts (``dates=True`` adds dates as kind ``date``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from newsmine.facts import tables as T
from newsmine.facts.attach import (
    CLAUSE_ENDS,
    TokenView,
    age_owner,
    change_of,
    clause_is_bare,
    clause_is_base_only,
    clause_is_link_only,
    clause_is_time_only,
    clause_start,
    clause_topic,
    measure_before,
    previous_clause_subject,
    sentence_span,
    split_list,
    subject_after,
    subject_before,
    verb_after,
    verb_before,
)
from newsmine.facts.numerals import plain
from newsmine.facts.scanner import Expr, is_digit, scan
from newsmine.records import Article, Fact

_FOLD = str.maketrans(T.TRADITIONAL)
_TRADITIONAL = re.compile("[" + "".join(sorted(T.TRADITIONAL)) + "]")

# Link words right before a measure that tie it to the noun before (面积达1100多平方公里的原子城).
_PEOPLE_UNITS = frozenset({"人", "名", "位", "人次", "户"})
# 以25%的速度递增: a rate of change, named before 以
_RATE_NOUNS = ("的速度", "的幅度", "的增速")
_LINKS_BEFORE = ("为", "达", "达到", "约为", "不过", "高达", "长达", "仅为")

__all__ = ["classify", "extract_facts", "facts_in_text", "headline_lines", "scan"]


@dataclass(slots=True)
class Reading:
    """An expression's kind and normalised value."""

    kind: str
    value: Decimal | str | None
    value_max: Decimal | None = None
    unit: str | None = None
    currency: str | None = None
    date_parts: tuple[str, int, int | None] | None = None  # (part, value, max) for dates: Y / M / D


_DIMENSIONS = frozenset("长宽高深厚重")
_SIGNED_KINDS = frozenset({"money", "percent", "quantity"})
_JOIN_VERBS = ("参加", "参与")
_CASUALTY_LINKS = ("共", "了", "共有", "有")
_CASUALTY_FIRST = frozenset(w[0] for w in T.CASUALTY_WORDS)
_CASUALTY_LAST = frozenset(w[-1] for w in T.CASUALTY_WORDS)


def _currency_item(body: str, prev: Expr, e: Expr) -> bool:
    """The number follows the previous one with only a separator and a currency word between them, and
    the previous one had a currency word before it too (人民币240万元，港币70万元)."""
    gap = body[prev.end : e.start].strip(" \u3000")
    if len(gap) < 3 or gap[0] not in "、，,和及":
        return False
    if gap[1:].lstrip("和及与").rstrip("".join(T.CURRENCY_LINKS)) not in T.CURRENCY_PREFIXES:
        return False
    before = body[max(0, prev.start - 6) : prev.start]
    return before.endswith(T.CURRENCY_PREFIXES) or before.rstrip("".join(T.CURRENCY_LINKS)).endswith(
        T.CURRENCY_PREFIXES
    )


def _casualty(body: str, start: int, end: int, orig: str) -> str | None:
    """死亡8人, 伤7人: the casualty word printed as the label before a count of people; "" for
    造成58人死亡, where the word after the count is its predicate and the count has no subject (the
    convention of most annotated sentences: 43 of 53 casualty counts have none, and every labelled one
    is of the 死亡8人 form)."""
    w = (
        next((w for w in T.CASUALTY_WORDS if body.startswith(w, end)), None)
        if body[end : end + 1] in _CASUALTY_FIRST
        else None
    )
    if w is not None:
        nxt = body[end + len(w) : end + len(w) + 1]
        if not nxt or nxt in "，。；、,;）)和及" or nxt.isspace():
            return ""
    a = start
    for link in _CASUALTY_LINKS:
        if body.endswith(link, 0, a):
            a -= len(link)
            break
    if a == 0 or body[a - 1] not in _CASUALTY_LAST:
        return None  # the common case, one set lookup
    w = next((w for w in T.CASUALTY_WORDS if body.endswith(w, 0, a)), None)
    if w is not None:
        b = a - len(w)
        if b == 0 or body[b - 1] in "，。；、,;：:（(\n" or body[b - 1].isspace():
            return orig[b:a]
    return None


def _earlier_subjects(
    body: str, readings: list[tuple[Expr, Reading]], subjects: list[str | None], g: list[int], sent: int
) -> list[str] | None:
    """The subjects of the n numbers before a 分别 list of n in its sentence (asides in brackets left out),
    when they all have one: 发生事故8起，死亡8人，伤7人，同比分别降低11.1%、11.1%、12.0%."""
    e0 = readings[g[0]][0]
    if "分别" not in body[clause_start(body, e0.start) : e0.start]:
        return None
    before = [
        idx
        for idx in range(g[0])
        if readings[idx][0].start >= sent and not _in_brackets(body, readings[idx][0].start, e0.start)
    ]
    if len(before) < len(g):
        return None
    picked = [subjects[idx] for idx in before[-len(g) :]]
    return [p for p in picked if p] if all(picked) else None


def _in_brackets(body: str, i: int, limit: int) -> bool:
    """An opening bracket before ``i`` is closed after it, before ``limit``."""
    o = max(body.rfind("（", 0, i), body.rfind("(", 0, i))
    if o < 0:
        return False
    c = max(body.rfind("）", o, i), body.rfind(")", o, i))
    return c < 0 and 0 <= max(body.find("）", i, limit), body.find(")", i, limit))


_CHANGE_STEMS = frozenset(w for w in T.INCREASE_WORDS + T.DECREASE_WORDS if len(w) <= 2)


def _after_change(text: str, start: int) -> bool:
    """A verb of change (下降, 提高, 降了) ends right before ``start``."""
    head = text[max(0, start - 4) : start].removesuffix("了")
    return any(head.endswith(w) for w in _CHANGE_STEMS)


def _year_like(e: Expr) -> bool:
    num = e.num
    if num.multiplied or num.value is None or len(num.digits) != 4 or num.qualifier:
        return False  # 1300多年 is a span: no year is printed with 多
    return 1000 <= int(num.value) <= 2200


# Words right before a four-digit 年 that make it a point in time (到2500年, 将是2380年以后), not a span.
_YEAR_BEFORE = ("到", "至", "在", "于", "是", "直到", "截至")


def _far_year(text: str, e: Expr) -> bool:
    """A year beyond 2200 (the span of _year_like) printed after a word of time: 到2500年, 是2380年以后."""
    num = e.num
    if e.unit is None or e.unit.word != "年" or num.multiplied or num.qualifier or num.value is None:
        return False
    if len(num.digits) != 4 or not 2200 < num.value < 3000:
        return False
    return text.endswith(_YEAR_BEFORE, 0, e.start)


def classify(e: Expr) -> Reading | None:
    """The kind and value of an expression, or None when it is no fact (time, address, bare number)."""
    num, unit = e.num, e.unit
    value, vmax = num.value, num.value_max
    if unit is None:
        if e.currency and e.currency in T.CURRENCY_SYMBOLS:
            code, word = T.CURRENCY_SYMBOLS[e.currency]
            return Reading("money", value, vmax, word, code)
        if e.currency in T.CURRENCIES and num.multiplied:
            return Reading("money", value, vmax, "元", T.CURRENCIES[e.currency])  # 约合人民币38万
        if num.arabic and num.multiplied and value is not None:
            return Reading("count", value, vmax, None)
        if (
            (
                num.multiplied
                or (not num.arabic and e.qualifier == "over" and value is not None and value >= 100)
            )
            and e.noun_after
            and (value is None or e.qualifier in ("about", "over") or vmax is not None)
        ):
            return Reading("count", value, vmax, None)  # 几十万中国人, 上百万志愿军, 一万多市民
        if num.bare_unit and e.qualifier:
            return Reading("count", value, vmax, None)  # 覆盖人数上千, 老年人口过亿
        if num.multiplied and e.qualifier == "over" and value is not None:
            return Reading("count", value, vmax, None)  # 投资了两个多亿, 一万多: a spoken amount
        return None
    per = f"/{T.PER_NAMES.get(e.per, e.per)}" if e.per else ""  # 9.5万元/平米 → 元/平方米
    kind = unit.kind
    if kind == "percent":
        return Reading("percent", value, vmax, unit.unit)
    if kind == "cheng":
        return Reading("percent", value * 10 if value is not None else None, vmax * 10 if vmax else None, "%")
    if kind == "money":
        reported = unit.unit
        if unit.word in T.MONEY_SCALES and value is not None:
            factor, reported = T.MONEY_SCALES[unit.word]  # 2毛钱 = 0.2元, 50美分 = 0.5美元
            scale = Decimal(factor)
            value, vmax = value * scale, (vmax * scale if vmax is not None else None)
        code = unit.currency
        if e.currency in T.CURRENCY_SYMBOLS and unit.word == "元":
            code = T.CURRENCY_SYMBOLS[e.currency][0]
        elif e.currency in T.CURRENCIES and unit.word == "元":
            code = T.CURRENCIES[e.currency]  # 港币70万元 is Hong Kong dollars
        elif e.currency in T.CURRENCY_SUFFIXES and unit.word == "元":
            code = T.CURRENCY_SUFFIXES[e.currency]  # 10亿元新台币
        return Reading("money", value, vmax, reported + per, code)
    if kind == "count":
        if e.currency in T.CURRENCY_SYMBOLS:
            return None
        if unit.word in T.BULK_UNITS and num.multiplied:
            return Reading("quantity", value, vmax, unit.unit + per)  # 2574万桶 of oil
        return Reading("count", value, vmax, unit.unit + per)
    if kind == "quantity":
        if unit.word == "年" and (_year_like(e) or (not num.arabic and len(num.digits) == 4)):
            return _date("Y", e)
        return Reading("quantity", value, vmax, unit.unit + per)
    if unit.word == "分" and e.score:
        return Reading("quantity", value, vmax, "分")
    if unit.word == "届" and e.days:
        return Reading("count", value, vmax, "届")  # 举办了四届: editions (二十届三中全会 names a session)
    if unit.word == "日" and e.days:
        return Reading("quantity", value, vmax, "天")  # 拘留15日
    if unit.word == "点" and value is not None and (value != value.to_integral_value() or e.score):
        return Reading("quantity", value, vmax, "点")  # 飙升了164.17点: index points (no clock has decimals)
    if value is None and e.qualifier == "about" and unit.word in ("月", "日"):
        return Reading("quantity", None, None, "月" if unit.word == "月" else "天")  # 数月, 数日: several
    # date units
    if value is None or num.multiplied or e.qualifier:
        return None
    if unit.word == "月" and 1 <= value <= 12:
        return _date("M", e)
    if unit.word == "日" and 1 <= value <= 31:
        return _date("D", e)
    if unit.word in ("年代", "年度") and _year_like(e):
        return _date("Y", e)
    return None  # 号 (addresses), 时/点/分 (clock times), 季度, 届


def _closing_word(view: TokenView, start: int) -> str | None:
    """The word at ``start`` when it ends its clause (参与|罢工/v，): a verb named as the thing done."""
    toks = view.span(start, min(len(view.text), start + 6))
    if (
        not toks
        or toks[0].start != start
        or len(toks[0].word) < 2
        or not all("\u4e00" <= c <= "\u9fff" for c in toks[0].word)
    ):
        return None
    end = toks[0].end
    return view.orig[start:end] if end == len(view.text) or view.text[end] in CLAUSE_ENDS else None


def _date(part: str, e: Expr) -> Reading:
    v = int(e.num.value or 0)
    vmax = int(e.num.value_max) if e.num.value_max is not None else None
    return Reading("date", None, None, None, None, (part, v, vmax))


def _dateline_context(dateline: str | None) -> tuple[int | None, int | None]:
    """Year and month printed in a dateline (本报2024年7月25日讯 → 2024, 7)."""
    if not dateline:
        return None, None
    y = re.search(r"(\d{4})年", dateline)
    m = re.search(r"(\d{1,2})月", dateline)
    return (int(y.group(1)) if y else None), (int(m.group(1)) if m else None)


def _iso(y: int | None, m: int | None, d: int | None) -> str:
    if y is not None:
        out = f"{y:04d}"
        if m is not None:
            out += f"-{m:02d}"
            if d is not None:
                out += f"-{d:02d}"
        return out
    if m is not None:
        return f"--{m:02d}" + (f"-{d:02d}" if d is not None else "")
    return f"---{d:02d}" if d is not None else ""


def _dates(body: str, items: list[tuple[Expr, Reading]], dateline: str | None) -> list[tuple[int, int, str]]:
    """Join year/month/day parts that touch (2025年1月1日, 8月29日至30日) into ISO values."""
    dl_year, dl_month = _dateline_context(dateline)
    groups: list[list[tuple[Expr, Reading]]] = []
    order = "YMD"
    for e, r in items:
        assert r.date_parts is not None
        if groups:
            pe, pr = groups[-1][-1]
            assert pr.date_parts is not None
            if pe.end == e.start and order.index(r.date_parts[0]) > order.index(pr.date_parts[0]):
                groups[-1].append((e, r))
                continue
        groups.append([(e, r)])
    out: list[tuple[int, int, str]] = []
    for g in groups:
        parts = {r.date_parts[0]: r.date_parts for _, r in g if r.date_parts}
        y = parts["Y"][1] if "Y" in parts else None
        m = parts["M"][1] if "M" in parts else None
        d = parts["D"][1] if "D" in parts else None
        if y is None and m is not None:
            y = dl_year
        if y is None and m is None and d is not None:
            y, m = dl_year, dl_month
        value = _iso(y, m, d)
        last = g[-1][1].date_parts
        if last and last[2] is not None:
            hi = {"Y": (last[2], None, None), "M": (y, last[2], None), "D": (y, m, last[2])}[last[0]]
            value += "/" + _iso(*hi)
        out.append((g[0][0].start, g[-1][0].end, value))
    return out


def headline_lines(article: Article) -> list[str]:
    """The lines of the headline block whose facts are reported: kicker, title, subtitle (not the column)."""
    return [line for line in (article.kicker, article.title, article.subtitle) if line and line.strip()]


def extract_facts(article: Article, *, dates: bool = False) -> list[Fact]:
    """Every numeric fact of an article: headline facts first, then the body's in reading order.

    Body facts satisfy ``body[start:end] == text``; facts of the headline block (kicker, title,
    subtitle) have ``start``/``end`` None and the headline line as ``context``. Captions are skipped.

    >>> from newsmine.records import Article
    >>> [f.text for f in extract_facts(Article("-", 1, body="全市新增就业18.55万人，同比增长4.48%。"))]
    ['18.55万人', '4.48%']
    """
    facts: list[Fact] = []
    for line in headline_lines(article):
        for f in facts_in_text(line, article, dates=dates):
            facts.append(dataclasses.replace(f, start=None, end=None, context=line.strip()))
    facts.extend(facts_in_text(article.body, article, dates=dates))
    return facts


def facts_in_text(text: str, article: Article, *, dates: bool = False) -> list[Fact]:
    """The facts of one text (a body or a headline line) with offsets in that text."""
    if not text:
        return []
    orig = text
    if _TRADITIONAL.search(text):
        text = text.translate(_FOLD)  # Big5 pages: 18萬人 reads as 18万人, offsets unchanged
    readings: list[tuple[Expr, Reading]] = []
    date_items: list[tuple[Expr, Reading]] = []
    for e in scan(text, dates=dates):
        r = classify(e)
        if r is None:
            continue
        if r.kind == "quantity" and _far_year(text, e):
            r = _date("Y", e)  # 将是2380年以后的事: a year of the far future, no span of years
        if r.kind == "date":
            date_items.append((e, r))
            continue
        if (
            e.start
            and text[e.start - 1] == "负"
            and r.kind in _SIGNED_KINDS
            and isinstance(r.value, Decimal)
            and not e.qualifier
            and (e.start < 2 or not is_digit(text[e.start - 2]))
        ):
            # 经营性现金流为负1.39亿元: a negative amount (not 3胜1负2平, where a digit comes before 负)
            e.start -= 1
            r = dataclasses.replace(
                r, value=-r.value, value_max=-r.value_max if r.value_max is not None else None
            )
        if r.unit == "个" and text[e.end : e.end + 1] == "点" and _after_change(text, e.start):
            # 税率降了1个点: percentage points after a verb of change (设立3个点 counts places)
            e.end += 1
            r = Reading("percent", r.value, r.value_max, "个百分点")
        readings.append((e, r))
    if "下同" in text:
        _currency_notes(text, readings)
    facts = _attach(article, text, readings, orig)
    if dates and date_items:
        for a, b, value in _dates(text, date_items, article.dateline):
            s, t = sentence_span(text, a, b)
            facts.append(
                Fact(
                    article.page, article.article, "date", orig[a:b], value, start=a, end=b, context=orig[s:t]
                )
            )
        facts.sort(key=lambda f: f.start or 0)
    return facts


_CURRENCY_NOTE = re.compile(
    "[（(]("
    + "|".join(sorted(T.CURRENCY_NOTE_WORDS, key=len, reverse=True))
    + ")[，,、 ]?(?:下同|以下同)[）)]"
)


def _currency_notes(text: str, readings: list[tuple[Expr, Reading]]) -> None:
    """156万元(港币，下同): the note names the currency of the amount before it and of every later 元 amount."""
    for m in _CURRENCY_NOTE.finditer(text):
        code = T.CURRENCY_NOTE_WORDS[m.group(1)]
        for e, r in readings:
            if (
                e.end >= m.start() - 1
                and r.kind == "money"
                and e.unit is not None
                and e.unit.word == "元"
                and e.currency is None
            ):
                r.currency = code


# What may follow the last number of a comma-joined list for it to share the list's change.
_LIST_FOLLOW = frozenset("，,。；;、和及与）)") | {""}


def _listed_after(view: TokenView, a: int, b: int) -> bool:
    """``view.text[a:b]`` is a list join then a noun (、煤气 · 总氮、): no verb, clause break or number."""
    gap = view.text[a:b]
    if not 1 < len(gap) <= 10 or gap.count("、") != 1 or any(c in CLAUSE_ENDS or is_digit(c) for c in gap):
        return False
    toks = [t for t in view.span(a, b) if t.word != "、" and not t.word.isspace()]
    return bool(toks) and all(
        t.pos[:1] in ("n", "j", "e", "x")
        or t.pos == "vn"
        or (t.pos == "v" and t.word not in _LIST_STOP_VERBS)
        for t in toks
    )


# Verbs that give the next number of a list its own predicate (增长5%、利润达到3亿元): it shares no change.
# Other verbs in the gap name the item (氨氮排放850吨).
_LIST_STOP_VERBS = frozenset(
    "达到 达 为 是 有 占 实现 完成 超过 突破 保持 维持 共 计 合计 累计 共计 新增 达成".split()
)


_MARKET = re.compile(
    "("
    + "|".join(r"\s*".join(map(re.escape, w)) for w in T.MARKET_INDICES)
    + ")(?:"
    + "|".join(map(re.escape, T.MARKET_FILLERS))
    + r"|[0-9０-９.．%％\s])*$"
)


_FILLER_SET = frozenset(T.MARKET_FILLERS)
_FILLER_LENGTHS = sorted({len(w) for w in T.MARKET_FILLERS}, reverse=True)
_FIGURE_CHARS = frozenset("0123456789０１２３４５６７８９.．%％")


def _market_index(body: str, orig: str, start: int) -> str | None:
    """沪指收报3168.96点, 深成 指涨0.31%报10325点: the index named before the figure with nothing but market
    verbs, change words and its other figures between; None otherwise."""
    a = clause_start(body, start)
    if start - a > 40:
        a = start - 40  # the name stands close to its figure: no long scan
    # the cheap test first: strip market words and figures from the end, an index name must remain
    w = re.sub(r"\s+", "", body[a:start])
    stripped = True
    while stripped and w:
        stripped = False
        if w[-1] in _FIGURE_CHARS:
            w, stripped = w[:-1], True
            continue
        for n in _FILLER_LENGTHS:
            if w[-n:] in _FILLER_SET:
                w, stripped = w[:-n], True
                break
    if not w.endswith(T.MARKET_INDICES):
        return None
    m = _MARKET.search(body, a, start)
    return orig[m.start(1) : m.end(1)] if m is not None else None


_DISTANCE_AHEAD = re.compile("(?:" + "|".join(T.DISTANCE_WORDS) + r")(?!今)[^0-9０-９]*$")


_RANGE_LINKS = "至到~～-－—、和或"


def _range_end(body: str, readings: list[tuple[Expr, Reading]], idx: int) -> int | None:
    """Where the noun after 不等 starts when the numbers from ``idx`` on run into 不等 (only numbers and
    range links between), else None. 不等价 is a word of its own, not 不等 + 价."""
    pos = readings[idx][0].end
    k = idx + 1
    while True:
        while pos < len(body) and body[pos] in _RANGE_LINKS:
            pos += 1
        if k < len(readings) and readings[k][0].start == pos:
            pos = readings[k][0].end
            k += 1
            continue
        break
    if not body.startswith("不等", pos) or body.startswith("不等价", pos) or body.startswith("不等于", pos):
        return None
    return pos + 2


def _distance_subject(view: TokenView, start: int) -> str | None:
    """震中距宁江区14公里、距前郭县19公里: what lies before the clause's first 距 (the place after it is the
    point measured from), or None."""
    text = view.text
    a = clause_start(text, start)
    if text.find("距", a, start) < 0 or _DISTANCE_AHEAD.search(text, a, start) is None:
        return None
    k = min(i for i in (text.find(w, a, start) for w in T.DISTANCE_WORDS) if i >= 0)
    if k <= a:
        return None
    subj = subject_before(view, k)
    if subj is None:
        # 震中/v 距: jieba tags the word a verb; the word right before 距 is still what is measured
        toks = [t for t in view.span(a, k) if not t.word.isspace()]
        last = toks[-1] if toks else None
        if (
            last is not None
            and len(last.word) >= 2
            and not last.pos.startswith(("p", "c", "d", "u", "x", "r", "m"))
        ):
            subj = view.orig[last.start : last.end]
    return subj


def _attach(article: Article, body: str, readings: list[tuple[Expr, Reading]], orig: str) -> list[Fact]:
    """Build the Fact records with subject, change and basis (lists share subjects item by item)."""
    if not readings:
        return []
    view = TokenView.of(body, orig)
    # groups of numbers printed as one list (4.95%、2.37%和2.54%)
    groups: list[list[int]] = []
    for idx, (e, _) in enumerate(readings):
        if groups:
            pe = readings[groups[-1][-1]][0]
            sep = body[pe.end : e.start].strip()  # 11.11% 、12.05%: PDF spaces around the separator
            # a comma joins a list only of numbers of one kind (增加40元，一半用于… is two facts)
            if sep in T.LIST_SEPARATORS and (
                sep != "，" or readings[groups[-1][-1]][1].kind == readings[idx][1].kind
            ):
                groups[-1].append(idx)
                continue
        groups.append([idx])
    subjects: list[str | None] = [None] * len(readings)
    spans: dict[tuple[int, int], tuple[int, int]] = {}  # sentence of each number, computed once
    prev_items: tuple[int, list[str]] | None = None  # (sentence start, items) of the last 分别 list
    no_subject: set[int] = set()
    distance_subjects: set[int] = set()  # numbers named by what lies before 距
    for g in groups:
        e0 = readings[g[0]][0]
        sent = spans.setdefault((e0.start, e0.end), sentence_span(body, e0.start, e0.end))[0]
        if len(g) > 1:
            # 11个省、12个县: each number has its own noun after it; 17%和11%的税率: the list shares the
            # noun after its last number
            own = [
                subject_after(view, readings[idx][0].end, need_de=readings[idx][1].kind == "percent")
                for idx in g
            ]
            if all(own):
                for k, idx in enumerate(g):
                    subjects[idx] = own[k]
                continue
            last = readings[g[-1]][0]
            if body.startswith("的", last.end) and own[-1]:
                for idx in g:
                    subjects[idx] = own[-1]
                continue
            sentence = measure_before(view, e0.start)
            if sentence in T.SENTENCE_WORDS:
                # 分别判处拘役四个月和五个月: a sentence or fine names every item, not the people sentenced
                for idx in g:
                    subjects[idx] = sentence
                continue
            phrase = subject_before(view, e0.start, keep_lists=True)
            items = split_list(phrase, len(g)) if phrase else None
            if items is None and prev_items and prev_items[0] == sent and len(prev_items[1]) == len(g):
                items = prev_items[1]
            if items is None and not phrase:
                # 死亡8人，伤7人，同比分别降低11.1%、12.0%: the items are the sentence's previous numbers
                items = _earlier_subjects(body, readings, subjects, g, sent)
            if items is None and not phrase:
                # 养老、失业和工伤保险参保人数稳步增长，分别达到…: the items are named in the clause before
                topic = previous_clause_subject(view, e0.start)
                items = split_list(topic, len(g)) if topic else None
                phrase = phrase or topic
            if items is not None:
                prev_items = (sent, items)
                for k, idx in enumerate(g):
                    subjects[idx] = items[k]
                continue
            for idx in g:
                subjects[idx] = phrase
            continue
        e, r = readings[g[0]]
        prev = readings[g[0] - 1][0] if g[0] > 0 else None
        # 沪指收报3168.96点, 深成指跌1.25%: a market index printed before its figure
        # (收盘价距目标价还有超过50%的上涨空间: a share or an amount of money is no distance)
        named = _market_index(body, orig, e.start) or (
            _distance_subject(view, e.start) if r.kind not in ("percent", "money") else None
        )
        if (
            named is None
            and body.startswith(T.DISTANCE_WORDS, clause_start(body, e.start))
            and prev is not None
        ):
            # 距肇源县40公里，距松原市17公里: a clause of distances goes on from the one before
            if g[0] - 1 in distance_subjects and sentence_span(body, prev.start, prev.end)[0] == sent:
                named = subjects[g[0] - 1]
        if named:
            subjects[g[0]] = named
            if _DISTANCE_AHEAD.search(body, clause_start(body, e.start), e.start):
                distance_subjects.add(g[0])
            continue
        # 总面积不过5560平方公里的小岛, 宽9米: a measure noun right before the number names it
        # (刑事拘留4名 counts people: they are named elsewhere)
        subj = (
            measure_before(view, e.start, floor=prev.end if prev is not None else 0)
            if r.unit not in _PEOPLE_UNITS
            else _casualty(body, e.start, e.end, orig)
        )
        if subj == "":
            no_subject.add(g[0])  # 造成58人死亡: a casualty count has no subject
            continue
        joins = next((v for v in _JOIN_VERBS if body.startswith(v, e.end)), None)
        if subj is None and r.unit in _PEOPLE_UNITS and joins:
            # 7.5万人参与示威, 380余万人次参加无偿献血: people counted by what they take part in
            after = e.end + len(joins)
            subj = subject_after(view, after) or _closing_word(view, after)
        if subj is None and not e.shared_unit:
            # 30%的选票 needs 的; 六成被调查者 does not
            subj = subject_after(
                view,
                e.end,
                need_de=e.unit is not None and e.unit.kind == "percent",
                names_stop=r.unit != "岁",
            )
        if subj and subj.endswith(T.FRAME_NOUNS) and (len(subj) <= 4 or body.startswith("的", e.end)):
            # 有10万亿的规模, 突破百亿元大关: the noun after frames the amount; the thing is named before
            subj = subject_before(view, e.start) or subj
        if subj is None and body[e.end : e.end + 1] in _DIMENSIONS and body[e.end + 1 : e.end + 2] == "的":
            subj = subject_after(view, e.end + 1)  # 2公里长的下水道: the thing measured follows 长的
        if subj and r.kind == "quantity" and body.endswith(_LINKS_BEFORE, 0, e.start):
            # 跨度为1991米的明石海峡大桥: a measure introduced by 为/达 belongs to the noun before it
            # (not 一种长达105分钟的电池组, where nothing but the link word comes before)
            before = subject_before(view, e.start)
            # 设计出|一种长达105分钟的电池组: words other than links between them leave the noun after
            gap = body[body.rfind(before, 0, e.start) + len(before) : e.start] if before else ""
            if before and not before.endswith(_LINKS_BEFORE) and len(before) > 1 and len(gap) <= 3:
                subj = before
        if subj and body[max(0, e.start - 8) : e.start].rstrip("为达约是了在").endswith(T.MEASURE_HEADS):
            # 价格43.94万元的英菲尼迪汽车, 占地1280亩的工程: the measure named before the number
            subj = subject_before(view, e.start) or subj
        if body.startswith(_RATE_NOUNS, e.end):
            # 民品产值以每年25%的速度递增: the rate is how fast the noun before 以 changes
            a = clause_start(body, e.start)
            k = body.rfind("以", a, e.start)
            if k > a:
                subj = subject_before(view, k) or subj
        subj = subj or age_owner(view, e, r)
        if not subj and prev is not None and g[0] > 0 and _currency_item(body, prev, e):
            # 受贿人民币230万元、港币30万元: a second currency of the same sum names nothing itself
            subj = subjects[g[0] - 1]
        if not subj and prev is not None and clause_start(body, e.start) <= prev.start:
            # a second number of the clause: its subject is before it but after the first number's unit
            # (7.47|万人减少至2.52万人), else the first number's (有期徒刑2年2个月, 从39%下降到37%)
            subj = subject_before(view, e.start, floor=prev.end)
            if subj is None and "、" not in body[prev.end : e.start]:
                subj = subjects[g[0] - 1]  # 雷管102枚、私制炸药2.5吨 are two things
        subjects[g[0]] = subj or subject_before(view, e.start)
    # 30万元以上50万元以下罚款: a bound printed against the next one shares its subject
    for idx in range(len(readings) - 2, -1, -1):
        if (
            subjects[idx] is None
            and idx not in no_subject
            and readings[idx][0].end == readings[idx + 1][0].start
        ):
            subjects[idx] = subjects[idx + 1]
    # 判处2年6个月至11年4个月不等刑期 · 1万－3万元不等的慰问金: the noun after 不等 names the whole range
    measured = -1  # the end of a range whose first number has its measure noun printed against it
    for idx in range(len(readings)):
        if idx in no_subject or readings[idx][0].start < measured:
            continue
        pos = _range_end(body, readings, idx)
        before = subjects[idx]
        if (
            pos is not None
            and before in T.MEASURE_NOUNS_BEFORE
            and body.endswith(before, 0, readings[idx][0].start)
        ):
            measured = pos  # 处有期徒刑1年7个月至6年不等刑期: the measure noun before the range names it
            continue
        if pos is not None:
            named = subject_after(view, pos)
            if named:
                subjects[idx] = named
    # a list shares the change and basis of its first number (同比分别增长4.95%、2.37%和2.54%)
    changes: list[tuple[str | None, str | None]] = [(None, None)] * len(readings)
    for g in groups:
        e0 = readings[g[0]][0]
        first = change_of(body, e0.start, readings[g[-1]][0].end)
        for idx in g:
            e = readings[idx][0]
            if (
                idx != g[0]
                and body[readings[idx - 1][0].end : e.start].strip() in ("，", ",")
                and (body[e.end : e.end + 1] not in _LIST_FOLLOW)
            ):
                # 减少贫困人口2.22万人，56个贫困村出列: a number with words after it opens a clause of its
                # own (增长5%，6%和7% is one list)
                changes[idx] = change_of(body, e.start, e.end)
            else:
                changes[idx] = first
    for idx in range(1, len(readings)):
        e, pe = readings[idx][0], readings[idx - 1][0]
        if changes[idx] == (None, None) and changes[idx - 1][0] and _listed_after(view, pe.end, e.start):
            # 可减少二氧化硫120吨、氮氧化物80吨 · 多产焦炭150多吨、煤气6万多立方米: the items of a list
            # after a verb of change are changes too
            changes[idx] = changes[idx - 1]
    # the list a number is an item of (its first item), for items that name nothing themselves
    first_item = {idx: g[0] for g in groups if len(g) > 1 for idx in g}
    facts: list[Fact] = []
    last_subject: tuple[int, str | None] = (-1, None)
    for idx, (e, r) in enumerate(readings):
        change, basis = changes[idx]
        s, t = spans.get((e.start, e.end)) or sentence_span(body, e.start, e.end)
        head = first_item.get(idx)
        if subjects[idx] is None and head is not None and idx not in no_subject:
            if head != idx:
                # 转账4010元、33066元、9770元: a later item names nothing and shares the first one's subject
                subjects[idx] = subjects[head]
            elif not any(subjects[k] for k, h in first_item.items() if h == idx):
                # 等6人分别获利89300元、44300元…: no item is named anywhere, so the verb names them all (a
                # clause opening with 分别 lists items named in the clause before: 甲、乙各减持一次，分别减持…;
                # a measure noun tagged a verb still names them: 分别判处拘役三个月和二个月)
                verb = verb_before(view, e.start)
                if not body.startswith("分别", clause_start(body, e.start)) or verb in T.MEASURE_NOUNS_BEFORE:
                    subjects[idx] = verb
        # 11.95万人，同比增长4.48%: a bare change takes the subject of the sentence's previous number
        if subjects[idx] is None and change and last_subject[0] == s:
            subjects[idx] = last_subject[1]
        # 今年空调市场需求750万台；明年880万台: a clause of a time alone goes on with the previous subject
        if (
            subjects[idx] is None
            and idx not in no_subject
            and idx > 0
            and subjects[idx - 1]
            and clause_is_time_only(view, e.start, readings[idx - 1][0].start)
        ):
            subjects[idx] = subjects[idx - 1]
        # 处理381人, 斥资约150亿美元: an action verb right before the amount names it when nothing else does
        if subjects[idx] is None and idx not in no_subject:
            subjects[idx] = verb_after(view, e.end)
        if subjects[idx] is None and idx not in no_subject:
            # (分别减持2100万股和1600万股: a list's items are named elsewhere)
            if "分别" not in body[clause_start(body, e.start) : e.start]:
                subjects[idx] = verb_before(view, e.start)
        # 境外债融资成本维持高位，达到了7.86% · 外省牌照1250辆，占违法总数的47%: the previous clause's topic
        if subjects[idx] is None and idx not in no_subject and clause_is_bare(view, e.start):
            # 加州的华裔人口有110多万人，占总华裔人口的36.9%: the sentence's previous number's subject
            same = last_subject[0] == s and last_subject[1] is not None and clause_is_link_only(view, e.start)
            subjects[idx] = last_subject[1] if same else clause_topic(view, e.start)
        # 澳米出口价已达600美元，是小麦出口价的1.5倍: the base after 是 is no subject; the previous one is
        if subjects[idx] is None and idx not in no_subject and clause_is_base_only(view, e.start):
            subjects[idx] = last_subject[1] if last_subject[0] == s else clause_topic(view, e.start)
        last_subject = (s, subjects[idx])
        value = plain(r.value) if isinstance(r.value, Decimal) or r.value is None else r.value
        facts.append(
            Fact(
                page=article.page,
                article=article.article,
                kind=r.kind,
                text=orig[e.start : e.end],
                value=value,
                value_max=plain(r.value_max),
                unit=r.unit,
                currency=r.currency,
                qualifier=e.qualifier,
                subject=subjects[idx],
                change=change,
                basis=basis,
                start=e.start,
                end=e.end,
                context=orig[s:t],
            )
        )
    return facts
