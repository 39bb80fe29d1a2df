"""Reading numerals: Arabic (with separators, decimals, full-width digits) and Chinese of every form.

Values are computed with :class:`~decimal.Decimal` so that 48.9万 is exactly 489000, and
handed out as ``int`` when integral (800000, not 800000.0).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from newsmine.facts.tables import CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS, VAGUE_PAIRS

_DIGITS = re.compile("[0-9０-９]+")
FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
CN_NUMERAL_CHARS = frozenset(CN_DIGITS) | frozenset(CN_SMALL_UNITS) | frozenset(CN_BIG_UNITS)


def is_digit(ch: str) -> bool:
    """An Arabic digit, ASCII or full-width."""
    return "0" <= ch <= "9" or "０" <= ch <= "９"


def plain(value: Decimal | None) -> int | float | None:
    """A Decimal as an int when integral, else a float (None stays None)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(slots=True)
class Numeral:
    """A numeral read at some position: its value (None when vague), range end and what it looked like."""

    end: int
    value: Decimal | None
    value_max: Decimal | None = None
    qualifier: str | None = None
    arabic: bool = True
    digits: str = ""  # the integer digits as written (year detection: 2024)
    multiplied: bool = False
    bare_unit: bool = False  # 百名, 千名: a Chinese place unit with no digit before it


def _goes_on(text: str, k: int) -> bool:
    """A thousands group or a decimal part starts at ``k`` (，078 or .39)."""
    nxt = text[k + 1 : k + 4]
    if text[k : k + 1] == "，":
        return len(nxt) == 3 and all(is_digit(c) for c in nxt) and not is_digit(text[k + 4 : k + 5] or "x")
    return text[k : k + 1] in (".", "．") and bool(nxt) and is_digit(nxt[0])


def read_arabic(
    text: str, i: int, unit_at: Callable[[str, int], bool] | None = None
) -> tuple[int, str] | None:
    """Digits from ``i`` with thousands separators and one decimal point: (end, normalised number).

    ``unit_at(text, k)`` tells whether a unit or multiplier begins at ``k``: a middle dot (16·9摄氏度)
    or a point followed by a space (PDF text: 4. 72亿部) is a decimal point only before one.
    """
    n = len(text)
    m = _DIGITS.match(text, i)
    if m is None:
        return None
    j = m.end()
    out: list[str] = list(m.group())
    # Thousands separators: a comma followed by exactly three digits (1,614 · １，６３３，２４２).
    lead = len(out)
    grouped = False  # a full-width group already taken: the next ones belong to it (94，557，236股)
    while j < n and text[j] in ",，" and lead <= 3:
        group = text[j + 1 : j + 4]
        if len(group) == 3 and all(is_digit(c) for c in group) and not (j + 4 < n and is_digit(text[j + 4])):
            # a full-width comma is a clause comma unless the digits are full-width too
            # (or the number goes on with another group or decimals: 11，078，964.39元)
            # (a group that opens with 0 is one anyway: 每吨4，000元; no number is printed as 000)
            if (
                text[j] == "，"
                and not grouped
                and not ("０" <= text[j - 1] <= "９")
                and not _goes_on(text, j + 4)
                and group[0] not in "0０"
            ):
                break
            grouped = grouped or text[j] == "，"
            out.append(",")
            out.extend(group)
            j += 4
        else:
            break
    # a middle dot is a decimal point in some typesetting (7·3％, 16·9摄氏度), but only before a unit:
    # 7·21暴雨 is a date
    dot = j + 1 < n and text[j] in "·" and _dot_decimal(text, j + 1, unit_at)
    # PDF extraction puts a space after the point (4. 72 亿部); a list number (1. 72岁老人) starts a line
    spaced = (
        j + 2 < n
        and text[j] in ".．"
        and text[j + 1] == " "
        and is_digit(text[j + 2])
        and _mid_line(text, i)
        and _dot_decimal(text, j + 2, unit_at)
    )
    if spaced:
        j += 1  # read as if the space were not there; the span keeps it
    if j + 1 < n and (text[j] in ".．" or dot or spaced) and is_digit(text[j + 1]):
        fm = _DIGITS.match(text, j + 1)
        assert fm is not None
        k = fm.end()
        frac = list(fm.group())
        # 1.2.3 is a version or a date, not a decimal
        if k + 1 < n and text[k] in ".．" and is_digit(text[k + 1]):
            return None
        out.append(".")
        out.extend(frac)
        j = k
    return j, "".join(out).translate(FULLWIDTH).replace(",", "")


def _mid_line(text: str, i: int) -> bool:
    """Something other than a line or sentence end comes before ``i`` (spaces skipped)."""
    p = i - 1
    while p >= 0 and text[p] in " \u3000\t":
        p -= 1
    return p >= 0 and text[p] not in "\n。；;！？!?：:"


def _dot_decimal(text: str, k: int, unit_at: Callable[[str, int], bool] | None) -> bool:
    while k < len(text) and is_digit(text[k]):
        k += 1
    if k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and (text[k] in "%％" or (unit_at is not None and unit_at(text, k)))


def parse_chinese(run: str) -> Decimal | None:
    """The value of a Chinese numeral run (一百二十三万, 两千, 十二, 二〇二四), or None when malformed."""
    if not run:
        return None
    if all(c in CN_DIGITS for c in run):
        if len(run) == 1:
            return Decimal(CN_DIGITS[run])
        # digit by digit (二〇二四): only as years; 四五 is no number
        if any(c in "〇○零" for c in run) or len(run) == 4:
            return Decimal("".join(str(CN_DIGITS[c]) for c in run))
        return None
    total = Decimal(0)
    section = Decimal(0)
    num: int | None = None
    prev_digit = False
    for c in run:
        if c in CN_DIGITS:
            if prev_digit and num not in (0, None) and CN_DIGITS[c] != 0:
                return None  # two digits in a row (十四五) is a name, not a number
            num = CN_DIGITS[c]
            prev_digit = True
        elif c in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[c]
            section += Decimal(1 if num is None else num) * unit
            num = None
            prev_digit = False
        elif c in CN_BIG_UNITS:
            unit = CN_BIG_UNITS[c]
            part = section + (num or 0)
            if unit == 100_000_000:
                # 一万亿: everything so far is multiplied again
                whole = total + part
                total = (whole if whole else Decimal(1)) * unit
            else:
                total += (part if part else Decimal(1)) * unit
            section = Decimal(0)
            num = None
            prev_digit = False
        else:
            return None
    return total + section + (num or 0)


def split_vague(run: str) -> tuple[str, str] | None:
    """两三百 → (二百, 三百); None when the run does not start with a vague digit pair."""
    if len(run) >= 2 and run[:2] in VAGUE_PAIRS:
        return run[0] + run[2:], run[1] + run[2:]
    # 十五六户, 二十七八岁, 一百五六十: the pair after a place unit (十四五 names a five-year plan)
    for k in range(1, len(run) - 1):
        if run[k : k + 2] in VAGUE_PAIRS and run[k - 1] in CN_SMALL_UNITS and run != "十四五":
            return run[:k] + run[k] + run[k + 2 :], run[:k] + run[k + 1] + run[k + 2 :]
    return None
