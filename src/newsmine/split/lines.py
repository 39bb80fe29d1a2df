"""The line classifier: each line of a page gets a kind from its own features.

Features are the line's wording (markers of ``markers.py``), its length, how it ends
(closing punctuation or not), its indentation and the blank lines before it.  No line
looks at the article it belongs to: that is the assembler's job (``assemble.py``).

Two columns that ``pdftotext -layout`` printed side by side are first read one after the other
(:func:`split_columns`); form feeds are line breaks.  Hard-wrapped pages (one printed line per
text line, 15–30 characters) are then joined back into paragraphs by :func:`reflow`, so that the
classifier sees paragraphs.  On an indented hard-wrapped page, an unindented line under an unfinished
one goes on with it even when the printed line was cut short (OCR output broken inside a name).

Rules read from a line's own wording, beyond the markers: a whole line in parentheses
(``（文中人物均为化名）``, ``（作者为…）``) is a note printed with the body, never a headline, unless it is a
signature (``（读者 张秀兰）``); a byline in brackets opening a paragraph (``【环球时报驻越南特约记者
阮文 …】…``) opens the body like a dateline; a brief's title printed run-in in brackets before its
dateline (``【…】本报讯…``) is split off as a heading line; names before the first role of a dateline's
credit (``（余征 记者 李爱民）``) are correspondents.  After classification, rows of a table printed as
text (``2015　668.11　-76.27``) and a signature block pushed far right under a paragraph (a 公告's issuer
and date) are body text, not headings (:func:`_tables_and_signatures`).

Page-wide consistency: on a page that indents its paragraphs and not its headings
(:func:`indented_page`), a heading-like line printed with a paragraph indent is body text (a list's
intro or item, a paragraph cut short by the column).  Runs of spaces are squeezed before the page
furniture is looked for (``pdftotext -layout`` spreads a header across the page), pasted web metadata
(``原标题：…``, ``来源：…``) is furniture, a dateline credit of names alone (``（罗春明 念新洪）``) names
correspondents, and a dateline of agencies set apart by spaces is never cut into a run-in title.

A credit run into the body after a dateline and closed by ``报道：`` (``金羊网讯　记者梁怿韬报道：…``) is read
as the byline (:func:`inline_credit`); a dateline's credit that names the paper's bureau between paper
and role (``（闽南网漳州记者王惠敏）``) is read without the place (:func:`credit_with_place`); a ``▲…`` line
with no sentence end right under a finished paragraph is a photo caption (:func:`_pointer_captions`).

Indents are measured from the page's margin (:func:`page_margin`: the spaces ``pdftotext -layout`` puts
before nearly every line); a page header spread across two side-by-side columns stays one line; a
dated-less 电/消息 needs a known agency to be a dateline (:func:`match_dateline`); a printed line that
leaves a bracket open (``…协议（如``) always goes on in the next one, even one that opens like a caption.

On a page that indents its paragraphs, a short finished sentence printed without the indent under a
paragraph that ended on a short line is a photo caption (:func:`_unindented_captions`); lines under an
unfinished paragraph or under a caption do not count when the page's indenting is measured (they may go
on with a paragraph).  ``文/图`` names the writer, who took the photos too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from newsmine.records import Byline
from newsmine.split import markers as M


class Kind(str, Enum):
    """What a line is on the page."""

    FURNITURE = "furniture"  # page header/footer, editor line, page number, jump line
    CAPTION = "caption"  # photo caption or photo credit
    BYLINE = "byline"  # who wrote the article (alone on its line)
    DATELINE = "dateline"  # a body paragraph opening with 本报…讯 / 新华社…电
    NOTE = "note"  # 编者按 and similar boxes: body text printed with the article
    SUBTITLE = "subtitle"  # a headline line opening with ——
    COLUMN = "column"  # a column label alone on its line (简讯, 短评…)
    HEADING = "heading"  # short line without sentence punctuation: title, kicker, subhead…
    BODY = "body"  # running text


@dataclass(frozen=True, slots=True)
class Line:
    """One classified paragraph-line of a page (after reflow)."""

    text: str
    kind: Kind
    gap: int = 0  # blank lines before it
    indent: bool = False  # printed with a paragraph indent
    closed: bool = True  # body: ends with closing punctuation
    dateline: str | None = None
    byline: Byline | None = None  # parsed byline, or the credit after a dateline
    rest: str = ""  # body text after the dateline
    number: int = 0  # 0-based number of its first source line
    lead: int = 0  # printed cells of spaces before it (a right-aligned line has many)


@dataclass(slots=True)
class RawLine:
    """A source line before classification."""

    text: str
    indent: bool
    gap: int
    number: int
    parts: list[str] = field(default_factory=list)
    lead: int = 0  # printed cells of spaces before the line
    caption: bool = False  # a photo's words that reflow found set inside a paragraph
    kicker: bool = False  # a headline line ending with a comma over the title (see _comma_kicker)
    outside: bool = False  # printed left of the page's margin (``pdftotext -layout``): out of the column


_SPACE_CHARS = re.escape(M.SPACES)
_STRIP = M.SPACES + "\r"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def normalize(text: str) -> str:
    """The page with BOM removed, every line end (and pdftotext's form feed) turned into LF and trailing
    spaces cut."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return "\n".join(line.rstrip(_STRIP) for line in text.split("\n"))


def _cells(text: str) -> int:
    """Printed width of ``text`` in cells: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# the right column may open with an ideographic indent, so only ASCII spaces make the gap
_COLUMN_GAP = re.compile(r"[^ \u3000]( {3,})(?=[^ ])")
_RIGHT_ONLY = re.compile(r"^ {8,}(?=[^ ])")


def _cut_at(line: str, cell: int) -> tuple[str, str] | None:
    """``line`` cut at printed cell ``cell``; None when a character straddles it or text runs across it."""
    width = 0
    for k, c in enumerate(line):
        if width >= cell:
            if k and line[k - 1] != " ":
                return None  # text runs across the column edge: a line the width of the page
            return line[:k].rstrip(), line[k:]
        width += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return line.rstrip(), ""


def split_columns(lines: list[str]) -> list[str]:
    """Two columns that ``pdftotext -layout`` printed side by side, read one after the other.

    The extractor pads the left column with spaces so that the right one starts at the same printed
    cell on every line.  When most lines show such a gap (three spaces or more) at one cell, each line
    is cut there and the page becomes the left column, a blank line, then the right column.  Lines
    that run across the edge (a page header) stay with the left column.
    """
    starts: list[int] = []
    for line in lines:
        m = _COLUMN_GAP.search(line)
        if m:
            starts.append(_cells(line[: m.end(1)]))
        elif _RIGHT_ONLY.match(line):
            starts.append(_cells(_RIGHT_ONLY.match(line).group()))
    filled = sum(1 for x in lines if x.strip())
    if len(starts) < 4 or len(starts) < 0.3 * filled:
        return lines
    cell = max(set(starts), key=starts.count)
    if sum(1 for x in starts if abs(x - cell) <= 1) < 0.7 * len(starts):
        return lines
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if not line.strip():
            left.append("")
            right.append("")
            continue
        parts = _cut_at(line, cell) if _cells(line) > cell else (line, "")
        if parts is None or is_furniture(line.strip(_STRIP)):
            # a page header spread across both columns (``A04      民生      2018年5月18日``) is one line
            left.append(line)
            continue
        if parts[0].strip():
            left.append(parts[0])
        if parts[1].strip():
            right.append(parts[1])
    return [*left, "", *right]


def raw_lines(text: str) -> list[RawLine]:
    """Non-blank lines with their indentation and the count of blank lines before each."""
    out: list[RawLine] = []
    leads: list[str] = []
    gap = 0
    for number, line in enumerate(split_columns(normalize(text).split("\n"))):
        stripped = line.strip(_STRIP)
        if not stripped:
            gap += 1
            continue
        lead = line[: len(line) - len(line.lstrip(_STRIP))]
        out.append(RawLine(stripped, "\u3000" in lead or len(lead) >= 2, gap, number, lead=_cells(lead)))
        gap = 0
        leads.append(lead)
    # ``pdftotext -layout`` prints the whole column a few cells in from the page edge: that margin is
    # no indent.  A paragraph's indent is then measured from it.
    margin = page_margin(leads)
    if margin:
        for raw in out:
            raw.outside = raw.lead < margin
            raw.lead = max(0, raw.lead - margin)
            raw.indent = raw.lead >= 2
    return out


def page_margin(leads: list[str]) -> int:
    """The ASCII spaces before nearly every line of a page (``pdftotext -layout``), or 0.

    It is the commonest lead made of ASCII spaces alone, when at least 40% of the lines have it and at
    most one line in ten starts further left (a page that indents its paragraphs with spaces has its
    headings at the edge: there the spaces are indents, not a margin).
    """
    spaces = [len(x) for x in leads if x and set(x) == {" "} and len(x) < 8]
    if not spaces:
        return 0
    margin = max(set(spaces), key=spaces.count)
    left = sum(1 for x in leads if _cells(x) < margin)
    return margin if spaces.count(margin) >= 0.4 * len(leads) and left <= 0.1 * len(leads) else 0


# --- features ----------------------------------------------------------------------------


def is_closed(text: str) -> bool:
    """Whether a paragraph ends like a finished sentence (。！？ or a stop then ”）…)."""
    t = text.rstrip(_STRIP)
    if not t:
        return True
    if t[-1] not in M.CLOSERS:
        return False
    if t[-1] in M.SOFT_CLOSERS:
        core = t.rstrip("".join(M.SOFT_CLOSERS))
        # ``…获悉。”`` is closed; ``…打造“中国康湾”`` is not; ``（记者 王某）`` closes a paragraph.
        return bool(core) and (core[-1] in M.STOPS_BEFORE_SOFT or t[-1] in "）)")
    return True


def is_open_end(text: str) -> bool:
    """Whether a line visibly stops mid-sentence (ends with ，、： or an opening bracket)."""
    return bool(text) and text[-1] in M.OPENERS


def clause_like(text: str) -> bool:
    """A line of several clauses: commas, semicolons, or phrases set apart by spaces."""
    if any(c in text for c in "，,；;"):
        return True
    return bool(re.search(rf"[\u4e00-\u9fff”》)）][{_SPACE_CHARS}]+[\u4e00-\u9fff“《]", text))


# An event or date name (``第5个中国文艺志愿者服务日``, ``第十届…节``) reads as a label, whatever its tags.
_EVENT_NAME = re.compile(r"^第[0-9０-９一二三四五六七八九十百]+[个届次]")


# An event known by its date in quotes (``“7·21”``, ``“2·23”``).
_DATE_CODE = re.compile(r"“[0-9０-９]{1,2}[·•.．][0-9０-９]{1,2}”")


def verbless_line(text: str) -> bool:
    """A headline line that names rather than states: a noun phrase or an event name, no verb.

    Read by POS tags: no verb (``v``), no preposition or adverb (which make a clause: ``在济南开馆``),
    ending on a noun (``泰州改革生育服务证制度``), or an event name (``第5个…服务日``).  A question
    or an exclamation is a statement (``小米估值680亿美元？``).
    """
    from newsmine.segment import tokenize

    text = text.strip(M.SPACES)
    if not text or text[-1] in "？?！!":
        return False
    words = [t for t in tokenize(text) if t.pos != "x" and t.word.strip()]
    if words and _DATE_CODE.search(text) and not any(t.pos in ("v", "p") for t in words):
        return True  # ``京港澳高速“7·21”救援``: an event known by its date (segmenters tag 高速 an adverb)
    if not words or any(t.pos in ("v", "p", "d") for t in words):
        return False
    return words[-1].pos.startswith("n") or bool(_EVENT_NAME.match(text))


def states_news(text: str) -> bool:
    """Whether a headline line holds a verb (POS ``v``): it states what happened."""
    from newsmine.segment import tokenize

    return any(t.pos == "v" for t in tokenize(text))


def heading_like(text: str) -> bool:
    """Short, and without the punctuation of running text: a title, kicker, subhead or label."""
    if len(text) > 70 or any(c in text for c in M.SENTENCE_STOPS) or text.endswith(M.SPEECH_INTROS):
        return False
    if M.RUNNING_OPENER_RE.match(text):
        return False  # ``其次，…``: a sentence of running text
    last = text[-1]
    # A headline has at most two clauses; three commas make running text cut by the layout.
    if last in "，,、；;" or sum(text.count(c) for c in "，,") >= 3:
        return False
    # (a long line ending on an exclamation or question inside a quotation, ``…，“…泰国行哦！”``, is a
    # sentence of running text as the bare exclamation is)
    if text.rstrip("”’」』")[-1:] in "！？!?…" and len(text) > 30:
        return False
    return not is_closed(text) or last in "！？!?）)》”"


# --- bylines ------------------------------------------------------------------------------

_ROLE_RE = re.compile("|".join(re.escape(r) for r, _ in sorted(M.ROLES, key=lambda x: -len(x[0]))))
_ROLE_FIELD = dict(M.ROLES)
#: Roles whose people wrote or photographed the text (every role but the editor's).
_AUTHOR_ROLES = frozenset(r for r, f in M.ROLES if f != "editors")
_SOURCE_PART = re.compile(
    "^(?:"
    + "|".join(re.escape(s) for s in M.KNOWN_SOURCES)
    + r"|[\u4e00-\u9fffA-Za-z]{1,10}?(?:"
    + "|".join(re.escape(s) for s in M.SOURCE_SUFFIXES)
    + "))$"
)


_JOINERS = re.compile(rf"[{re.escape(M.SOURCE_JOINERS)}]")


def _source_ok(source: str) -> bool:
    """Whether ``source`` names papers or agencies (``本报``, ``青岛日报/观海新闻``, ``本报驻埃及``).

    Two names joined by ``-`` or ``·`` (``齐鲁晚报·齐鲁壹点``) need only the first to read as a paper:
    the second is often a brand (a client app) without a paper's suffix.
    """
    parts = [M.POSTING_RE.sub("", p) for p in re.split(rf"[{re.escape(M.SOURCE_JOINERS)}\s]+", source) if p]
    if parts and len(parts) == 1 and re.fullmatch(rf"[\u4e00-\u9fff][{M.SHORT_PAPER_ENDS}]", parts[0]):
        return True  # ``深晚记者　陈　帆``: a paper's short name
    if not parts or not _SOURCE_PART.match(parts[0]):
        return False
    joined = bool(_JOINERS.search(source))
    # (the brand after a joiner may be Latin, with its city: ``现代快报/ZAKER南京记者``)
    return all(
        _SOURCE_PART.match(p)
        or (joined and re.fullmatch(r"[A-Za-z]{0,10}[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,10}", p))
        for p in parts
    )


def _strip_next_source(chunk: str) -> str:
    """A chunk of names without the source or posting that opens the next role (``阮文 环球时报`` before
    ``记者``, ``钱玲玲 驻福州`` before ``记者``)."""
    for src in ("本报", *M.KNOWN_SOURCES):
        if chunk.endswith(src):
            return chunk[: -len(src)].strip(M.SPACES)
    words = re.split(rf"[{re.escape(M.SPACES)}]+", chunk)
    last = words[-1] if words else ""
    if len(words) >= 2 and (
        re.fullmatch(r"驻[\u4e00-\u9fff]{1,8}", last)
        or (len(last) >= 4 and _source_ok(last))
        # a paper's two-character short name before its next role (``黄　鹂　每经`` + ``编辑``)
        or (len(words) >= 3 and re.fullmatch(rf"[\u4e00-\u9fff][{M.SHORT_PAPER_ENDS}]", last) is not None)
    ):
        return chunk[: chunk.rfind(last)].strip(M.SPACES)
    return chunk


def _has_surname(word: str) -> bool:
    return word[:2] in M.COMPOUND_SURNAMES or word[0] in M.SURNAMES


def split_run_together(chunk: str) -> list[str] | None:
    """Names printed without separators (``陈俊云廖翔`` → 陈俊云, 廖翔), cut by the surname table.

    Every piece must open with a surname; three-character names are tried first (the commonest
    length), then two; after a compound surname (欧阳) four, then three.  None when no cut fits.

    >>> split_run_together("张拥军姜黎李志成")
    ['张拥军', '姜黎', '李志成']
    """
    if not chunk:
        return []
    if not re.fullmatch(r"[\u4e00-\u9fff]+", chunk):
        return None
    sizes = (4, 3) if chunk[:2] in M.COMPOUND_SURNAMES else (3, 2)
    for size in sizes:
        head = chunk[:size]
        if len(head) < size or not _has_surname(head):
            continue
        rest = split_run_together(chunk[size:])
        if rest is not None:
            return [head, *rest]
    return None


def _words(chunk: str) -> list[str]:
    """The words of a byline chunk; single characters set apart are joined (``程  杰`` → 程杰)."""
    words = [w for w in M.NAME_SEPARATORS.split(chunk) if w]
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        # 人民日报 and others pad a two-character name with a space: 王  浩.
        if len(w) == 1 and k + 1 < len(words) and len(words[k + 1]) == 1:
            out.append(w + words[k + 1])
            k += 2
            continue
        out.append(w)
        k += 1
    return out


def _names(chunk: str) -> list[str] | None:
    """The names of one chunk of a byline, or None when something in it is not a name."""
    names: list[str] = []
    for word in _words(chunk):
        if word.startswith(M.FILED_FROM):
            break  # ``发自成都``: the rest names where the story was filed
        if names and word.endswith(M.FILED_AT) and word not in M.FILED_AT:
            continue  # ``王某 北京报道``: a place, after the names
        if word in M.BYLINE_TAILS:
            continue
        for tail in M.BYLINE_TAILS:
            if word.endswith(tail) and M.NAME_RE.match(word[: -len(tail)]):
                word = word[: -len(tail)]
                break
        if word.startswith(M.NOT_NAME_STARTS):
            return None
        if M.NAME_RE.match(word):
            names.append(word)
            continue
        # ``陈俊云廖翔``: names run together; cut only when every piece opens with a surname.
        pieces = split_run_together(word) if len(word) >= 5 else None
        if not pieces:
            return None
        names.extend(pieces)
    return names


def bare_name(text: str) -> str | None:
    """A person's name alone on a line (``周人杰``, ``何　勇``), as printed under a commentary's title."""
    t = re.sub(rf"[{_SPACE_CHARS}]+", "", text.strip(M.SPACES + M.ORNAMENTS))
    if re.fullmatch(rf"[\u4e00-\u9fff](?:[{_SPACE_CHARS}]+)[\u4e00-\u9fff]", text.strip(M.SPACES)):
        return t if _has_surname(t) else None
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) or not _has_surname(t):
        return None
    return None if t.startswith(M.NOT_NAME_STARTS) else t


def _is_source_only(chunk: str) -> bool:
    return not chunk or chunk in ("本报", *M.KNOWN_SOURCES) or _source_ok(chunk)


def parse_byline(text: str) -> Byline | None:
    """A :class:`Byline` when the whole text is a byline (``本报记者 王某 通讯员 李某``), else None.

    >>> parse_byline("□青岛日报/观海新闻记者 张晋")
    Byline(source='青岛日报/观海新闻', reporters=('张晋',), interns=(), correspondents=(), photographers=())
    """
    t = text.strip(M.SPACES + M.ORNAMENTS)
    if len(t) >= 2 and t[0] in "（(【[" and t[-1] in "）)】]":
        t = t[1:-1].strip(M.SPACES)
    if not t or len(t) > 60 or any(c in t for c in "。！？；;!?“”《》") or t.endswith("摄"):
        return None
    # ``作者：王某，系某大学教授``: the affiliation after the name names nobody.
    t = M.AFFILIATION_RE.sub("", t) if re.search(r"[，,；;]", t) else t
    roles = list(_ROLE_RE.finditer(t))
    if not roles:
        return None
    source = t[: roles[0].start()].strip(M.SPACES + "：:")
    fields: dict[str, list[str]] = {
        "reporters": [],
        "interns": [],
        "correspondents": [],
        "photographers": [],
        "editors": [],
    }
    found = 0
    inherited: dict[int, str] = {}
    last_names: list[str] = []
    for k, m in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(t)
        chunk = t[m.end() : end].strip(M.SPACES + "：:")
        slash = m.group().endswith(("/", "／")) or m.group() in M.TEXT_AND_PHOTO_ROLES
        if slash and k + 1 < len(roles) and _is_source_only(chunk):
            # ``图/本报记者 黄伟``: the slash role names the job, the role after it the rank.
            inherited[k + 1] = m.group()
            continue
        # ``本报记者 王某 本报通讯员 李某``: a source word may sit before the next role.
        if k + 1 < len(roles):
            chunk = _strip_next_source(chunk)
        names = _names(chunk)
        if names is None:
            return None
        role = inherited.get(k, m.group())
        fields[_ROLE_FIELD[role]].extend(names)
        if role in M.TEXT_AND_PHOTO_ROLES:
            fields["photographers"].extend(names)  # ``文/图``: the writer took the photos too
        if names:
            last_names = names
        if role in _AUTHOR_ROLES:
            found += len(names)  # an editor alone (``（编辑　王某）``) signs no article
    if t.endswith("摄影报道") and not fields["photographers"]:
        # ``记者 王某 摄影报道``: the last named wrote the story and took its photos
        fields["photographers"].extend(last_names)
    if not source and inherited:
        k = min(inherited) - 1
        source = t[roles[k].end() : roles[k + 1].start()].strip(M.SPACES + "：:")
    if source and not _source_ok(source):
        return None
    if source:
        # ``本报驻埃及记者``: the posting is where the reporter works, not who publishes.
        source = M.POSTING_RE.sub("", source) or source
    if not found and not (source and roles[-1].group().endswith("评论员")):
        return None
    return Byline(
        source=source or None,
        reporters=tuple(fields["reporters"]),
        interns=tuple(fields["interns"]),
        correspondents=tuple(fields["correspondents"]),
        photographers=tuple(fields["photographers"]),
    )


def merge_bylines(a: Byline | None, b: Byline | None) -> Byline:
    """Both bylines in one (the first source wins; names kept once, in order)."""
    if a is None:
        return b or Byline()
    if b is None:
        return a

    def both(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x + y))

    return Byline(
        source=a.source or b.source,
        reporters=both(a.reporters, b.reporters),
        interns=both(a.interns, b.interns),
        correspondents=both(a.correspondents, b.correspondents),
        photographers=both(a.photographers, b.photographers),
    )


_PHOTO_CREDIT = re.compile(r"(?:[（(]|^|[\s\u3000])([^（）()。，]{2,40}?)\s*摄[）)]?$")


def photo_credit(caption: str) -> Byline | None:
    """The photographers named in a caption's credit (``（新华社记者 王某 摄）``), if any."""
    m = _PHOTO_CREDIT.search(caption)
    if not m:
        return None
    credit = m.group(1).strip(M.SPACES)
    by = parse_byline(credit)
    if by is None:
        names = _names(credit)
        if not names:
            return None
        by = Byline(photographers=tuple(names))
    else:
        people = by.reporters + by.photographers
        by = Byline(source=by.source, photographers=people)
    return by


_END_CREDIT = re.compile(r"[（(]([^（）()]{2,50})[）)]$")


def split_end_byline(text: str) -> tuple[str, Byline | None]:
    """A paragraph without its closing byline credit (``…。（本报记者 王某）``), and that byline."""
    m = _END_CREDIT.search(text)
    if not m or m.start() == 0:
        return text, None
    by = parse_byline(m.group(1))
    if by is None and text[: m.start()].rstrip(M.SPACES)[-1:] in M.NAME_CREDIT_AFTER:
        # ``…让婆婆多休息。（吴燕）``: a bare name after a finished sentence is the writer's credit
        # (many papers print it without 记者); a note in the same place (``（待续）``) is not a name.
        credit = m.group(1).strip(M.SPACES)
        name = None if credit in M.END_NOTES else bare_name(credit)
        squashed = re.sub(rf"[{_SPACE_CHARS}]+", "", credit)
        if (
            name is None
            and squashed not in M.END_NOTES
            and re.fullmatch(rf"[\u4e00-\u9fff][{_SPACE_CHARS}]+[\u4e00-\u9fff]", credit)
        ):
            # ``（保　文）``: two characters set apart as papers set a two-character name; a pen name
            # (the desk's initial and 文) need not open with a surname; a note may be spaced too
            # (``（综　合）``: compiled from several sources, nobody's name)
            name = squashed
        names = (name,) if name else ()
        if not names and re.fullmatch(rf"[\u4e00-\u9fff](?:[{_SPACE_CHARS}]+[\u4e00-\u9fff]){{3}}", credit):
            # ``（川　岩　叙　勘）``: two such names side by side, each set apart as above (no note of
            # four single characters reads so)
            names = (squashed[:2], squashed[2:])
        by = Byline(reporters=names) if names else None
        if squashed in M.COMPILED_NOTES:
            # ``…水道。（综　合）``: the desk compiled the story from several sources; the note credits
            # nobody and ends the article like a credit, so it leaves the body (an empty byline)
            by = Byline()
    if by is None:
        return text, None
    return text[: m.start()].rstrip(M.SPACES), by


_INLINE_ROLE = re.compile(
    r"^(?:" + "|".join(re.escape(r) for r, _ in M.ROLES if not r.endswith(("/", "／"))) + ")"
)
_SPACED = re.compile(rf"[{_SPACE_CHARS}]+")


def inline_credit(rest: str) -> tuple[Byline | None, str]:
    """A credit printed right after a dateline without parentheses (``南都讯 记者刘凡 周昌和 继推出…``).

    The credit runs from a role word over space-separated names; the body starts after the last
    space.  Without a space after the names nothing is taken (the body may start with 记者…).
    """
    m = M.REPORTED_CREDIT_RE.match(rest)
    if m is not None:
        by = parse_byline(m.group("credit")) or credit_with_lead_names(m.group("credit"))
        if by is not None:
            return by, rest[m.end() :]
    if not _INLINE_ROLE.match(rest):
        return None, rest
    parts = _SPACED.split(rest)
    best: tuple[Byline | None, str] = (None, rest)
    for k in range(1, min(len(parts), 8)):
        by = parse_byline(" ".join(parts[:k]))
        if by is None:
            continue
        best = (by, _after_words(rest, k))
    return best


def _after_words(text: str, k: int) -> str:
    """``text`` after its first ``k`` space-separated words."""
    m = re.match(rf"(?:[^{_SPACE_CHARS}]+[{_SPACE_CHARS}]+){{{k}}}", text)
    return text[m.end() :] if m else text


# --- the classifier -----------------------------------------------------------------------


_SPACE_RUN = re.compile(r"[ \t]{2,}")
# 41 CJK ideographs: they survive NFKC and the squeezing of spaces one for one, so such a line is
# longer than the 40 characters of a header or footer once normalized.
_OVER_40 = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){41}")


@lru_cache(maxsize=2048)
def _may_open_furniture(c: str) -> bool:
    """Whether a line opening with ``c`` may open like web metadata, （完） or a jump line after NFKC.

    NFKC(text) opens with the first character of NFKD(c): those heads are starters that never compose.
    """
    first = unicodedata.normalize("NFKD", c)[0]
    return first in M.FURNITURE_HEADS or first.isdecimal()  # \d is any decimal digit (category Nd)


def is_furniture(text: str) -> bool:
    """Page headers and footers, editor lines, page numbers, jump lines and a wire story's （完）."""
    if text and not _may_open_furniture(text[0]) and _OVER_40.match(text):
        # most lines are long paragraphs: spare them the normalization (the costly part of a page)
        return False
    # ``第Ａ５版``: full-width letters and digits read as their ASCII forms; a header that
    # ``pdftotext -layout`` spread across the page (``国际新闻      2018年…      第11版``) is read with
    # its runs of spaces squeezed to one.
    text = _SPACE_RUN.sub(" ", unicodedata.normalize("NFKC", text))
    if any(r.match(text) for r in M.WEB_META_RES):
        return True
    if len(text) <= 40 and any(r.search(text) for r in M.FURNITURE_RES):
        return True
    if M.END_MARK_RE.match(text):
        return True
    # a jump line is one that opens with the jump mark: a match at 0 is the leftmost search hit, and
    # trying only there spares a scan of every long paragraph
    return M.JUMP_RE.match(text) is not None


_KNOWN_AGENCY = re.compile("^据?(?:" + "|".join(re.escape(x) for x in M.KNOWN_SOURCES) + ")")


def match_dateline(text: str) -> re.Match[str] | None:
    """The dateline opening ``text`` (``本报讯``, ``新华社北京7月25日电``…), or None.

    A 电 or 消息 with neither a date nor a known agency is running text that happens to fit the
    pattern (``…四十个报修电话``: ``四十个报`` read as a paper): agencies that file by wire are named in
    full and dated.
    """
    m = M.DATELINE_RE.match(text)
    if m is not None:
        d = m.group("dateline")
        if d.endswith(("电", "消息")) and not re.search(r"\d|月", d) and not _KNOWN_AGENCY.match(d):
            m = None
    return (
        m
        or M.SHORT_DATELINE_RE.match(text)
        or M.REPORTED_DATELINE_RE.match(text)
        or M.SPACED_REPORT_DATELINE_RE.match(text)
        or M.BRACKET_REPORT_DATELINE_RE.match(text)
    )


def is_caption(text: str) -> bool:
    """Photo captions and credits: ``■…``, ``图为…``, ``…（新华社记者 王某 摄）``, ``资料图片``."""
    t = text.strip(M.SPACES)
    if t.startswith(M.CAPTION_PREFIXES):
        return True
    if M.CAPTION_END_RE.search(t) and len(t) <= 200:
        return True
    if t[0] in M.CAPTION_ORNAMENTS and parse_byline(t) is None:
        # ``■ 小标题`` may be a subhead; a caption is a sentence.
        return any(c in t for c in "。，,") or len(t) > 25
    return False


_PAREN_LINE = re.compile(r"[（(][^（）()]{2,40}[）)]")
#: ``（读者 张秀兰）``: a signature in parentheses (a signing word and/or a name), left to the assembler.
_SIGNED_PAREN = re.compile(
    rf"[（(](?:(?:{'|'.join(M.SIGNATURE_ROLES)})[{_SPACE_CHARS}：:]*)?"
    rf"(?:[\u4e00-\u9fff]{{2,3}}|[\u4e00-\u9fff][{_SPACE_CHARS}]+[\u4e00-\u9fff])[）)]"
)


def credit_with_lead_names(text: str) -> Byline | None:
    """A dateline's credit whose first names carry no role (``余征　记者　李爱民``): papers credit
    writers who are not on the staff so, and those names are read as correspondents (通讯员).
    A credit of names alone (``罗春明 念新洪``, ``范宇斌张文敏``) is read the same way."""
    role = _ROLE_RE.search(text)
    if role is None:
        # names alone: every one 2–4 characters, all but one (a rare surname) opening with a surname
        names = _names(text.strip(M.SPACES + "，,、"))
        if names and sum(_has_surname(n) for n in names) >= max(1, len(names) - 1):
            return Byline(correspondents=tuple(names))
        return None
    if role.start() == 0:
        return None
    names = _names(text[: role.start()].strip(M.SPACES + "，,、"))
    if not names or not all(_has_surname(n) for n in names):
        return None
    rest = parse_byline(text[role.start() :])
    return None if rest is None else merge_bylines(Byline(correspondents=tuple(names)), rest)


def credit_with_place(text: str) -> Byline | None:
    """A dateline's credit naming the paper's bureau between paper and role (``闽南网漳州记者王惠敏``):
    read without the place (``闽南网记者王惠敏``)."""
    m = M.CREDIT_PLACE_RE.match(text)
    return parse_byline(m.group("src") + text[m.end() :]) if m else None


# A pure function of the text: :func:`reflow` classifies each printed line and each joined paragraph,
# and :func:`classify` then meets the same texts again (and page headers repeat from page to page).
@lru_cache(maxsize=4096)
def classify_text(text: str) -> Line:
    """Classify one paragraph-line by its own features."""
    t = text.strip(M.SPACES)
    if is_furniture(t):
        return Line(t, Kind.FURNITURE)
    if M.COLUMN_LINE_RE.match(t):
        # ``评论员文章`` reads like a role and a name; a whole-line box label comes first.
        return Line(t, Kind.COLUMN)
    by = parse_byline(t)
    if by is not None:
        return Line(t, Kind.BYLINE, byline=by)
    if is_caption(t):
        return Line(t, Kind.CAPTION, byline=photo_credit(t))
    m = match_dateline(t)
    if m:
        credit = parse_byline(m.group("credit")) if m.group("credit") else None
        if m.group("credit") and credit is None:
            credit = credit_with_lead_names(m.group("credit")) or credit_with_place(m.group("credit"))
        if m.group("credit") and credit is None:
            # Not a credit we can read: keep the parenthesis as body text.
            rest = t[m.end("dateline") :].strip(M.SPACES + "：:】]")
        else:
            rest = t[m.end() :]
        if m.group("dateline").endswith("消息"):
            rest = rest.lstrip("，,")  # ``据新华社消息，近日…``: the comma closes the dateline
        if credit is None:
            credit, rest = inline_credit(rest)
        return Line(
            t, Kind.DATELINE, closed=is_closed(t), dateline=m.group("dateline"), byline=credit, rest=rest
        )
    m = M.BRACKET_CREDIT_RE.match(t)
    credit = parse_byline(m.group("credit")) if m else None
    if m and credit is not None:
        # ``【环球时报驻越南特约记者 阮文 环球时报记者 李司坤】…``: the credit opens the body like a dateline.
        return Line(t, Kind.DATELINE, closed=is_closed(t), dateline=None, byline=credit, rest=m.group("rest"))
    if M.QA_SPEAKER_RE.match(t):
        # ``记者：…？``: an interviewer's question is body text, however short.
        return Line(t, Kind.BODY, closed=is_closed(t))
    if M.SIDEBAR_TITLE_RE.match(t) and not is_closed(t):
        # ``记者手记：来不及尽孝``: a box word and a short phrase title a sidebar, they open no note's text
        return Line(t, Kind.HEADING, closed=False)
    if M.NOTE_RE.match(t):
        return Line(t, Kind.NOTE, closed=is_closed(t))
    if M.COLUMN_LINE_RE.match(t):
        return Line(t, Kind.COLUMN)
    if M.SUBTITLE_RE.match(t) and heading_like(t):
        return Line(t, Kind.SUBTITLE)
    if _PAREN_LINE.fullmatch(t) and not M.SUBHEAD_RE.match(t) and not _SIGNED_PAREN.fullmatch(t):
        # ``（文中人物均为化名）``, ``（作者为…学生）``: a note printed with the article, never a headline.
        return Line(t, Kind.BODY, closed=True)
    head, end_by = split_end_byline(t)
    if end_by is not None and head and head[-1] in "。！？!?…”’" and is_closed(head):
        # ``…开脱！”（实习生 周洁 记者 陈伟斌）``: a finished sentence and its credit, not a headline.
        return Line(t, Kind.BODY, closed=True)
    if heading_like(t):
        return Line(t, Kind.HEADING, closed=False)
    return Line(t, Kind.BODY, closed=is_closed(t))


def classify(raw: RawLine) -> Line:
    """Classify a source line, keeping its layout features."""
    line = classify_text(raw.text)
    return Line(
        line.text,
        line.kind,
        gap=raw.gap,
        indent=raw.indent,
        closed=line.closed,
        dateline=line.dateline,
        byline=line.byline,
        rest=line.rest,
        number=raw.number,
        lead=raw.lead,
    )


# --- reflow of hard-wrapped text ----------------------------------------------------------

_NEVER_CONTINUES = {
    Kind.FURNITURE,
    Kind.CAPTION,
    Kind.BYLINE,
    Kind.DATELINE,
    Kind.SUBTITLE,
    Kind.COLUMN,
    Kind.NOTE,
}
_NEVER_CONTINUED = {Kind.FURNITURE, Kind.CAPTION, Kind.BYLINE, Kind.SUBTITLE, Kind.COLUMN}


#: Bracket pairs: a printed line that opens one and does not close it is cut inside it.
_PAIRS = ("（）", "()", "《》", "【】", "〔〕")


def _bracket_open(line: str) -> bool:
    """Whether a printed line leaves a bracket open (``…补偿协议（如``, ``…小说《``); quotes are left out:
    a quoted speech may run over several paragraphs."""
    return any(line.count(a) > line.count(b) for a, b in _PAIRS)


#: The widest printed newspaper column, in characters.
_COLUMN_MAX = 40
#: The narrowest: runs of shorter lines are headlines over whole paragraphs (a two-line headline over
#: two one-line paragraphs is no page wrapped at 9 characters).
_COLUMN_MIN = 15


def _wrap_width(lines: list[RawLine]) -> int | None:
    """The printed line width of a hard-wrapped page, or None when lines are whole paragraphs."""
    in_runs = [a for a, b in zip(lines, lines[1:], strict=False) if b.gap == 0]
    if len(in_runs) < 3 or len(in_runs) < 0.4 * len(lines):
        return None
    lengths = sorted(len(x.text) for x in in_runs)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    median = lengths[len(lengths) // 2]
    # Printed newspaper columns hold 15–30 characters (40 at most); longer lines are paragraphs,
    # unless most of them stop at one width: an extractor that wrapped the page's text at a fixed
    # width (45–60 characters) wraps finished and unfinished sentences alike.
    if width < _COLUMN_MIN:
        return None
    if median <= _COLUMN_MAX and width <= _COLUMN_MAX:
        return width
    # (each paragraph's short last line is in a run too when no blank line follows it: on a page of
    # two-line paragraphs, fewer than half the lines fill the width)
    at_width = sum(1 for n in lengths if width - 2 <= n <= width)
    if width > 60:
        return None
    # a cap that no line passes: lines of whole paragraphs spread past any one length, an
    # extractor's fixed width stops them all there, however many short last lines the paragraphs have
    capped = lengths[-1] <= width and at_width >= 0.3 * len(lengths)
    return width if at_width >= 0.4 * len(lengths) or capped else None


def _glue(a: str, b: str) -> str:
    # Latin words broken at a line end keep their space; Chinese text takes none.
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


def _kicker_over_title(a: str, b: str) -> bool:
    """A headline line ending in ：or —— above another headline line (引题 over 主题)."""
    return a.endswith(("：", ":", "——")) and heading_like(a) and heading_like(b) and len(a) <= 30


#: The longest a kicker ending with a comma can be (``拼假出游成主旋律，``): a longer line is a sentence.
_COMMA_KICKER_MAX = 16


def _comma_kicker(lines: list[RawLine], kinds: list[Kind], n: int, width: int | None) -> bool:
    """Whether printed line ``n`` is a kicker (引题) ending with a comma over its title
    (``见义勇为值得肯定，`` / ``11岁女孩不会游泳却下水救人``), not a sentence cut by the wrap: a short line set
    apart above (a blank line, or first on the page), short of the column width, a headline phrase
    but for its comma, right over a heading line that is followed by a blank line or another headline
    line."""
    raw = lines[n]
    text = raw.text.strip(M.SPACES)
    if (
        n + 1 >= len(lines)
        or not text
        or text[-1] not in "，,"
        or len(text) > _COMMA_KICKER_MAX
        or (n and raw.gap == 0)
        or raw.indent
        or (width is not None and len(text) >= width - _slack(text, width))
    ):
        return False
    core = text[:-1]
    nxt = lines[n + 1]
    after = lines[n + 2] if n + 2 < len(lines) else None
    return (
        len(core) >= 4
        and not any(c in core for c in "，,；;、")
        and heading_like(core)
        and nxt.gap == 0
        and kinds[n + 1] is Kind.HEADING
        and (after is None or after.gap >= 1 or kinds[n + 2] in (Kind.HEADING, Kind.SUBTITLE, Kind.BYLINE))
    )


def paragraph_lead(lines: Sequence[RawLine | Line]) -> int | None:
    """The commonest lead of the indented lines of a page (its paragraph indent), if any."""
    leads = [x.lead for x in lines if x.indent]
    return max(set(leads), key=leads.count) if leads else None


def _shifted_column(lines: list[RawLine], n: int, para_lead: int) -> bool:
    """Whether printed line ``n`` belongs to a run of lines set further right than the paragraph
    indent, with the same lead (two lines or more, no blank line between): a column that
    ``pdftotext -layout`` shifted, not a paragraph's first line."""
    raw = lines[n]
    if raw.gap or raw.lead <= para_lead:
        return False
    before = lines[n - 1] if n else None
    after = lines[n + 1] if n + 1 < len(lines) else None
    if (after is not None and after.gap == 0 and after.lead == raw.lead) or (
        before is not None and before.lead == raw.lead
    ):
        return True
    # a single shifted line that ends a sentence (``删评呢？亚马逊卖家支持解释了这一问题。``) under a
    # paragraph's first line: a headline line never ends on a full stop
    return raw.text.rstrip(_STRIP)[-1:] in "。！？!?" and classify_text(raw.text).kind is Kind.BODY


def _slack(line: str, width: int) -> int:
    """How many characters short of the column width a printed line may be and still fill it: a line of
    Chinese alone fills it to within two characters (a wrap before closing punctuation); Latin letters,
    digits and half-width marks print narrower, so a line with them holds more and may count fewer."""
    # (Chinese quotes, dashes and ellipses, U+2010–U+206F, print a full cell in Chinese type)
    if all(ord(c) >= 0x2010 for c in line):
        return 2
    return max(2, width // 8)


def _caption_over_credit(lines: list[RawLine], kinds: list[Kind], n: int, width: int | None) -> bool:
    """Whether printed line ``n`` is a photo's words right above its credit line (``…摄``, ``…供图``): a
    finished sentence no longer than a printed line, with the credit under it and no blank line between."""
    raw = lines[n]
    if n + 1 >= len(lines) or kinds[n] is not Kind.BODY or kinds[n + 1] is not Kind.CAPTION:
        return False
    nxt = lines[n + 1]
    credit = re.sub(r"[\s\u3000]*(?:摄|供图|提供)[）)]?$", "", nxt.text.strip(M.SPACES)).strip(
        M.SPACES + "（(/／"
    )
    # the credit alone (``本报记者　高　原　摄``, ``警方供图``): a caption with its own words carries them
    return (
        nxt.gap == 0
        and _CREDIT_ONLY.match(nxt.text.strip(M.SPACES)) is not None
        and (parse_byline(credit) is not None or bool(_names(credit)))
        and is_closed(raw.text)
        and len(raw.text) <= (width or 40)
    )


def _caption_in_paragraph(
    lines: list[RawLine], kinds: list[Kind], n: int, width: int | None, tail: str
) -> bool:
    """Whether printed line ``n`` of an indented, hard-wrapped page is a photo's words set between two
    printed lines of one paragraph (``…害怕有烟花爆竹`` / ``市民在府街选购春联和“福”字。`` / ``声传来，…``): a
    single short sentence without the indent, under a full unfinished line and over another line
    without the indent, which goes on with the paragraph (a paragraph's last line would be followed
    by an indented one)."""
    raw = lines[n]
    nxt = lines[n + 1] if n + 1 < len(lines) else None
    text = raw.text.strip(M.SPACES)
    return (
        width is not None
        and nxt is not None
        and raw.gap == 0
        and not raw.indent
        and kinds[n] is Kind.BODY
        and text[-1:] in "。！？"
        and sum(text.count(c) for c in "。！？!?") == 1
        and len(text) < width - _slack(text, width)
        and width - _slack(tail, width) <= len(tail) <= width + 2
        and not is_closed(tail)
        and not is_open_end(tail)
        and nxt.gap == 0
        and not nxt.indent
        and kinds[n + 1] in (Kind.BODY, Kind.HEADING)
        # the line under goes on with the paragraph: a full printed line (a short one is a caption under
        # the paragraph's own last line, or the next article's title)
        and width - _slack(nxt.text, width) <= len(nxt.text) <= width + 2
    )


def _caption_left_of_margin(lines: list[RawLine], kinds: list[Kind], n: int, tail: str) -> bool:
    """Whether printed line ``n`` of a ``pdftotext -layout`` page is a photo's words set left of the
    column (``爱必达智能温室里待售的精品花卉。``): one short finished sentence printed out of the page's
    margin, under a printed line that finished its sentence and over a new paragraph (an indent or a
    blank line).  A paragraph's own last line out of the margin goes on with an unfinished line."""
    raw = lines[n]
    nxt = lines[n + 1] if n + 1 < len(lines) else None
    text = raw.text.strip(M.SPACES)
    return (
        raw.outside
        and raw.gap == 0
        and kinds[n] is Kind.BODY
        and is_closed(tail)
        and text[-1:] in "。！？"
        and sum(text.count(c) for c in "。！？!?") == 1
        and len(text) <= _COLUMN_MAX
        and (nxt is None or nxt.gap > 0 or nxt.indent)
    )


def _headline_under_headline(lines: list[RawLine], kinds: list[Kind], n: int, prev: RawLine) -> bool:
    """Whether printed line ``n`` is the second line of a headline block rather than the rest of a
    paragraph: the line above is a single heading line set apart above (a blank line, or a label or
    page strip right over it), line ``n`` is a heading whose phrases are set apart by a space, and a byline, a
    dateline or a blank line follows it.  Running text does not set phrases apart by spaces."""
    if len(prev.parts) != 1 or kinds[n] is not Kind.HEADING or n < 1 or kinds[n - 1] is not Kind.HEADING:
        return False
    if not (prev.gap >= 1 or n == 1 or kinds[n - 2] in (Kind.HEADING, Kind.COLUMN, Kind.FURNITURE)):
        return False
    text = lines[n].text.strip(M.SPACES)
    after = lines[n + 1] if n + 1 < len(lines) else None
    if _dash_subtitle_under(lines, kinds, n):
        # (a subtitle opening with —— follows a headline, never a printed line of running text)
        return True
    if not _two_phrases(text):
        # a three-line block: line ``n`` is plain, the line under it is the block's last, set
        # apart by a space or a dash and followed by the byline, the dateline or a blank line
        # (``从绵阳南到科学城收费站广元方向临时关闭`` / ``京昆高速绵阳段三车相撞`` / ``北上出川车辆需绕行　…``)
        if after is None or after.gap or kinds[n + 1] is not Kind.HEADING or len(text) > 24:
            return False
        last = after.text.strip(M.SPACES)
        below = lines[n + 2] if n + 2 < len(lines) else None
        return (_two_phrases(last) or last.startswith("——")) and (
            below is None or below.gap >= 1 or kinds[n + 2] in (Kind.BYLINE, Kind.DATELINE)
        )
    return after is None or after.gap >= 1 or kinds[n + 1] in (Kind.BYLINE, Kind.DATELINE, Kind.HEADING)


def _two_phrases(text: str) -> bool:
    """Phrases set apart by a space inside a line (``北上出川车辆需绕行　预计3小时后恢复通行``)."""
    return re.search(rf"[\u4e00-\u9fff”》][{_SPACE_CHARS}]+[\u4e00-\u9fff“《0-9]", text) is not None


def _dash_subtitle_under(lines: list[RawLine], kinds: list[Kind], n: int) -> bool:
    """Whether printed line ``n`` stands right over a subtitle opening with —— that is itself set apart
    below (a blank line, a byline or a dateline after it): ``n`` is then a headline line."""
    if n + 1 >= len(lines) or lines[n + 1].gap or not lines[n + 1].text.lstrip(M.SPACES).startswith("——"):
        return False
    below = lines[n + 2] if n + 2 < len(lines) else None
    return below is None or below.gap >= 1 or kinds[n + 2] in (Kind.BYLINE, Kind.DATELINE)


def _as_caption(raw: RawLine) -> RawLine:
    """Printed line ``raw`` on its own, marked as a photo's words found among the printed lines."""
    return RawLine(raw.text, raw.indent, raw.gap, raw.number, [raw.text], lead=raw.lead, caption=True)


def reflow(lines: list[RawLine]) -> list[RawLine]:
    """Join the printed lines of one paragraph back together.

    A line continues the one before it (no blank line between) when that line visibly stops
    mid-sentence (，、：), or when the page is hard-wrapped, the line before fills the column
    width and the line itself is not indented (indentation or a blank line opens a paragraph).
    """
    if not lines:
        return []
    width = _wrap_width(lines)
    indents = sum(1 for x in lines if x.indent) >= 2
    kinds = [classify_text(x.text).kind for x in lines]
    para_lead = paragraph_lead(lines) if width and indents else None
    out: list[RawLine] = []
    # captions found inside a paragraph, printed after it once it ends
    held: list[RawLine] = []
    last_kind: Kind | None = None
    for n, (raw, kind) in enumerate(zip(lines, kinds, strict=True)):
        prev = out[-1] if out else None
        join = False
        tail0 = (prev.parts[-1] if prev.parts else prev.text) if prev is not None else ""
        if (
            prev is not None
            and indents
            and last_kind in (Kind.BODY, Kind.DATELINE)
            and _caption_in_paragraph(lines, kinds, n, width, tail0)
        ):
            held.append(_as_caption(raw))
            continue
        if (
            prev is not None
            and last_kind in (Kind.BODY, Kind.DATELINE)
            and _caption_left_of_margin(lines, kinds, n, tail0)
        ):
            out.extend(held)
            held = []
            out.append(_as_caption(raw))
            last_kind = Kind.CAPTION
            continue
        if n and prev is not None and prev.kicker:
            # ``拼假出游成主旋律，`` over its title: the comma leads into the title, it cuts no sentence
            join = False
        elif _caption_over_credit(lines, kinds, n, width):
            # ``观众在专题展上参观。`` over ``本报记者　高　原　摄``, set between two printed lines of a paragraph:
            # the photo's words, never the rest of the line above, however full that one is
            join = False
        elif (
            prev is not None
            and raw.gap == 0
            and _bracket_open(tail0)
            # (a finished sentence over an indented line on a page that indents its paragraphs: the
            # paragraph ended, whatever bracket a typo left open, ``…课题《社会治理…研究——…项目。``)
            and not (indents and raw.indent and tail0.rstrip(_STRIP)[-1:] in "。！？!?")
            and kind is not Kind.FURNITURE
            and last_kind not in _NEVER_CONTINUED
        ):
            # ``…补偿协议（如`` / ``上图），如今…``: a bracket left open goes on in the next line,
            # whatever that line looks like on its own (here a caption's 上图)
            join = True
        elif (
            prev is not None
            and para_lead is not None
            and width
            and _shifted_column(lines, n, para_lead)
            and kind in (Kind.BODY, Kind.HEADING)
            # (a paragraph's first printed line, cut by the column, may read like a heading alone)
            and last_kind in (Kind.BODY, Kind.DATELINE, Kind.HEADING)
            # a heading-like line goes on in a shifted column only as a paragraph's first printed
            # line (set at the paragraph indent): two headline lines share their own lead, set in from it
            and (last_kind is not Kind.HEADING or prev.lead == para_lead or len(prev.parts) > 1)
            and not is_closed(tail0)
            and not is_open_end(tail0)
            and len(tail0) >= width - max(2, width // 8)
        ):
            # ``pdftotext -layout`` set the next column further right: its lines share a lead that is
            # neither the page's paragraph indent nor the margin, and the first goes on with the full,
            # unfinished printed line above it
            join = True
        elif (
            prev is not None
            and raw.gap == 0
            and kind not in _NEVER_CONTINUES
            and last_kind not in _NEVER_CONTINUED
        ):
            if not (indents and raw.indent):
                tail = prev.parts[-1] if prev.parts else prev.text
                # a full printed line: as wide as the column, give or take a character or two (a line
                # far wider than the column is a whole paragraph, not a printed line)
                # (a paragraph's first printed line gives its indent's cells to the column width: on a
                # page wrapped at 20, ``　　一共有15个项目被提出了批评，并下达`` fills its line at 18)
                lead = prev.lead // 2 if len(prev.parts) == 1 and prev.lead == para_lead else 0
                full = (
                    bool(width) and width - _slack(tail, width) <= len(tail) + lead and len(tail) <= width + 2
                )
                if _kicker_over_title(prev.text, raw.text) and not full:
                    # ``游戏侵权案件调查：`` over a title: a kicker that leads in, not a cut sentence.
                    join = False
                elif _table_row(tail) and _table_row(raw.text):
                    join = False  # rows of a table printed as text, however wide
                elif (
                    is_open_end(tail)
                    and len(tail) >= 8
                    and not (tail[-1] in "：:" and M.SUBHEAD_RE.match(raw.text))
                    and not (tail[-1] in "：:" and raw.text[0] in M.QUOTE_OPENERS and not full)
                ):
                    # (``…公告如下：`` over ``一、…`` opens a list, and ``…一位女士说：`` over ``“…”`` a
                    # quotation printed as its own paragraph: neither cuts a sentence, unless the line
                    # with the colon fills the column)
                    join = True
                elif (
                    width
                    and indents
                    and not raw.indent
                    and last_kind in (Kind.BODY, Kind.DATELINE)
                    and kind in (Kind.BODY, Kind.HEADING)
                    and not is_closed(tail)
                    and len(tail) >= width // 2
                ):
                    # an indented, hard-wrapped page: an unindented line under an unfinished one goes on
                    # with it, even when the printed line was cut short (inside a name, by a hyphenless wrap)
                    join = True
                elif full and _headline_under_headline(lines, kinds, n, prev):
                    # a headline line that happens to fill the column over the next line of its block
                    # (``“给孩子送双运动鞋”公益行动走进贵德`` / ``307双运动鞋 双双暖人心``): the assembler
                    # reads the block (a title cut by the wrap is joined there)
                    join = False
                elif full and not (width > _COLUMN_MAX and is_closed(tail)):
                    # A full printed line: the paragraph goes on (a blank line or an indent ends it).
                    # (On a page wrapped wider than any column, a full line that ends a sentence
                    # may end its paragraph as well: nothing tells, and a glued paragraph is worse.)
                    join = True
        if join and prev is not None:
            prev.text = _glue(prev.text, raw.text)
            prev.parts.append(raw.text)
            last_kind = classify_text(prev.text).kind
        else:
            out.extend(held)
            held = []
            kicker = _comma_kicker(lines, kinds, n, width)
            out.append(
                RawLine(raw.text, raw.indent, raw.gap, raw.number, [raw.text], lead=raw.lead, kicker=kicker)
            )
            last_kind = Kind.HEADING if kicker else kind
    return out + held


_RUN_IN = re.compile(rf"^(?P<head>[^{_SPACE_CHARS}。；;，,！？]{{4,28}})[{_SPACE_CHARS}]+(?P<rest>\S.*)$")


def _is_dateline(text: str) -> bool:
    return match_dateline(text) is not None


def _run_in_title(head: str, rest: str) -> bool:
    """Whether ``【head】rest`` is a brief's title run into its first sentence: the bracket holds a
    headline of a few words (no box label such as 编者按, no credit, no caption word), and running
    text of a sentence or more follows it."""
    head = head.strip(M.SPACES)
    return (
        len(head) >= M.RUN_IN_TITLE_MIN
        and heading_like(head)
        and not M.NOTE_RE.match(head + "：")
        and not head.startswith(M.CAPTION_PREFIXES)
        and parse_byline(head) is None
        and not M.COLUMN_LINE_RE.match(head)
        and match_dateline(head) is None
        and len(rest) >= 20
        and any(c in rest for c in "。，,！？")
    )


def split_run_in(raw: RawLine) -> list[RawLine]:
    """A brief's title printed on the dateline's own line (``福州进入流行季　本报讯　…``) as two lines."""
    b = M.RUN_IN_BRACKET_RE.match(raw.text)
    if b and _is_dateline(b.group("rest")) and not _is_dateline(b.group("head")):
        head = b.group("head").strip(M.SPACES)
        if parse_byline(head) is None and heading_like(head):
            # ``【盗卖车辆事发 拆东补西再盗窃】本报讯（…）…``: the brief's title, printed in brackets
            return [
                RawLine(head, raw.indent, raw.gap, raw.number, [head], lead=raw.lead),
                RawLine(b.group("rest"), False, 0, raw.number, [b.group("rest")]),
            ]
    if b and _run_in_title(b.group("head"), b.group("rest")):
        # ``【妥善处置打架事件】12月15日晚…``: a brief's title printed run-in before its first sentence
        head = b.group("head").strip(M.SPACES)
        return [
            RawLine(head, raw.indent, raw.gap, raw.number, [head], lead=raw.lead),
            RawLine(b.group("rest"), raw.indent, 0, raw.number, [b.group("rest")], lead=raw.lead),
        ]
    if _is_dateline(raw.text):
        return [raw]  # ``新安晚报 安徽网 大皖客户端讯 …``: agencies set apart by spaces, not a title
    m = _RUN_IN.match(raw.text)
    if not m or not _is_dateline(m.group("rest")):
        return [raw]
    head = m.group("head")
    if _is_dateline(head) or not heading_like(head):
        return [raw]
    return [
        RawLine(head, raw.indent, raw.gap, raw.number, [head]),
        RawLine(m.group("rest"), False, 0, raw.number, [m.group("rest")]),
    ]


_CREDIT_ONLY = re.compile(rf"^[^。，,；;]{{2,24}}[{_SPACE_CHARS}]*(?:摄|供图|提供)[）)]?$")


def _caption_before_credit(lines: list[Line]) -> list[Line]:
    """A short sentence right above a photo credit line (no blank line between) is that photo's caption."""
    out = list(lines)
    for k in range(len(out) - 1):
        line, nxt = out[k], out[k + 1]
        if (
            line.kind is Kind.BODY
            and nxt.kind is Kind.CAPTION
            and nxt.gap == 0
            and _CREDIT_ONLY.match(nxt.text)
            and len(line.text) <= 80
            and is_closed(line.text)
        ):
            out[k] = Line(line.text, Kind.CAPTION, gap=line.gap, indent=line.indent, number=line.number)
    return out


def _photo_story_captions(lines: list[Line], width: int | None = None) -> list[Line]:
    """In a photo story (its byline names a photographer: ``记者 王某 摄影报道``) on a page that sets its
    paragraphs apart by blank lines, a short one-clause sentence printed tight under a finished
    paragraph and set apart from the next one is a photo's caption: a paragraph there would have its
    blank line above, and a wrapped paragraph's tail would not stand alone under a finished sentence.

    On a flat page hard-wrapped at ``width`` (no indent, no blank line between paragraphs), the
    same sentence in a photo story between two paragraphs is a caption when it is shorter than half the
    column: the photo's words, set apart from running text only by their place."""
    bodies = [x for x in lines if x.kind is Kind.BODY]
    # (the paragraphs that follow a paragraph: the first under a headline or byline may have its blank)
    runs = [b for a, b in zip(lines, lines[1:], strict=False) if a.kind is b.kind is Kind.BODY]
    flat = (
        width is not None
        and len(runs) >= 4
        and not any(x.indent for x in bodies)
        and sum(x.gap >= 1 for x in runs) <= 0.1 * len(runs)
    )
    if len(bodies) < 4 or (sum(x.gap >= 1 for x in bodies) < 0.7 * len(bodies) and not flat):
        return lines
    out = list(lines)
    photo = False  # the current article's byline credits a photographer
    for k in range(1, len(out)):
        line, prev = out[k], out[k - 1]
        if line.kind is Kind.HEADING:
            photo = False
        elif line.kind in (Kind.BYLINE, Kind.DATELINE) and line.byline is not None:
            photo = photo or bool(line.byline.photographers)
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            line.kind is Kind.BODY
            and line.gap == 0
            and (
                (nxt is None or nxt.gap >= 1)
                # (on a flat page: a paragraph of the same story goes on below, and the line is short)
                or (flat and photo and nxt.kind is Kind.BODY and 2 * len(line.text) < (width or 0))
            )
            and prev.kind in (Kind.BODY, Kind.DATELINE)
            and prev.closed
            and len(prev.text) >= 2 * len(line.text)
            and 4 <= len(line.text) <= 24
            and line.text.endswith("。")
            and not any(c in line.text[:-1] for c in '，,；;：:。！？“”"')
            # outside a photo story, a bare noun phrase (``事故现场。``) names what a photo shows:
            # no paragraph of running text is a verbless phrase
            and ((photo and len(line.text) >= 6) or verbless_line(line.text[:-1]))
        ):
            out[k] = Line(line.text, Kind.CAPTION, gap=line.gap, indent=line.indent, number=line.number)
    return out


def _unfinished(line: Line) -> bool:
    """An unfinished paragraph-line: body text without closing punctuation, or a line of clauses that
    reads as a heading alone only because the column cut it (``…，上面竟然还挤坐着``)."""
    return (line.kind is Kind.BODY or (line.kind is Kind.HEADING and "，" in line.text)) and not is_closed(
        line.text
    )


def _cut_sentence_captions(lines: list[Line]) -> list[Line]:
    """On a page that sets its paragraphs apart by blank lines, a short finished sentence printed tight
    between an unfinished line and a line that goes on tight under it (``…上面竟然还挤坐着`` /
    ``前排座位被拆除后放着一张简易木凳。`` / ``两个人，简易凳子…``) is a photo's words set inside a cut
    sentence: the line under it has no blank line above, so it opens no paragraph and goes on with the
    unfinished one; the short line cannot be that paragraph's end, as something still follows it."""
    # (a line under an unfinished one goes on with it: only the others tell how paragraphs are set apart)
    bodies = [x for k, x in enumerate(lines) if x.kind is Kind.BODY and not (k and _unfinished(lines[k - 1]))]
    if len(bodies) < 4 or sum(x.gap >= 1 for x in bodies) < 0.7 * len(bodies):
        return lines
    out = list(lines)
    for k in range(1, len(out) - 1):
        line, prev, nxt = out[k], out[k - 1], out[k + 1]
        text = line.text
        if (
            line.kind is Kind.BODY
            and line.gap == 0
            and not line.indent
            and 6 <= len(text) <= 30
            and text[-1:] in "。！？"
            and sum(text.count(c) for c in "。！？!?；;") == 1
            and _unfinished(prev)
            and len(prev.text) > len(text)
            and nxt.kind is Kind.BODY
            and nxt.gap == 0
            and not nxt.indent
        ):
            out[k] = Line(
                text, Kind.CAPTION, gap=line.gap, indent=line.indent, number=line.number, lead=line.lead
            )
    return out


def _pointer_captions(lines: list[Line]) -> list[Line]:
    """A ``▲…`` line with no sentence end, right under a finished paragraph (no blank line between), is
    a caption: a subhead would be set apart, and a caption pointer never opens a paragraph of text."""
    out = list(lines)
    for k in range(1, len(out)):
        line, prev = out[k], out[k - 1]
        if (
            line.kind in (Kind.HEADING, Kind.BODY)
            and line.text[:1] in M.PHOTO_POINTERS
            and line.gap == 0
            and prev.kind in (Kind.BODY, Kind.DATELINE)
            and prev.closed
            and len(line.text) <= 60
            and not is_closed(line.text)
        ):
            out[k] = Line(line.text, Kind.CAPTION, gap=line.gap, indent=line.indent, number=line.number)
    return out


_CELL_SPLIT = re.compile(rf"[{_SPACE_CHARS}]+")
_NUMBER_CELL = re.compile(r"^[+\-－−]?[\d０-９][\d０-９.,．:：%％/／\-－−]*$")


def _table_row(text: str) -> bool:
    """A row of a table printed as text: cells set apart by spaces, three or more, or two with a number
    alone in one of them (``2015　668.11　-76.27``, ``南区最佳阵容 2:1 北区最佳阵容``)."""
    if any(c in text for c in "。；;！？!?") or len(text) > 60:
        return False
    cells = [c for c in _CELL_SPLIT.split(text) if c]
    return len(cells) >= 3 or (len(cells) == 2 and any(_NUMBER_CELL.match(c) for c in cells))


def _as_body(line: Line) -> Line:
    return Line(line.text, Kind.BODY, gap=line.gap, indent=line.indent, number=line.number, lead=line.lead)


def _tables_and_signatures(lines: list[Line]) -> list[Line]:
    """Heading-like lines that belong to the text around them.

    * A **table** printed as text: two or more adjacent rows of cells (see :func:`_table_row`), at least
      one with a figure, and the heading line right above them when it follows a paragraph without a
      blank line (the table's own title);
    * a **signature** block: lines pushed far right (``东营市不动产登记中心`` / ``2018年5月2日`` under a
      公告 or 讣告) right under a paragraph.
    """
    out = list(lines)
    k = 0
    while k < len(out):
        j = k
        while (
            j < len(out)
            and out[j].kind is Kind.HEADING
            and _table_row(out[j].text)
            and (j == k or out[j].gap == 0)
        ):
            j += 1
        rows = out[k:j]
        if len(rows) >= 2 and any(re.search(r"[\d０-９]", r.text) for r in rows):
            for n in range(k, j):
                out[n] = _as_body(out[n])
            above = out[k - 1] if k >= 1 else None
            if (
                above is not None
                and above.kind is Kind.HEADING
                and rows[0].gap == 0
                and above.gap == 0
                and k >= 2
                and out[k - 2].kind is Kind.BODY
            ):
                out[k - 1] = _as_body(above)
            k = j
            continue
        k += 1
    for k in range(1, len(out)):
        line, prev = out[k], out[k - 1]
        if line.kind is Kind.HEADING and line.lead >= 12 and line.gap == 0 and prev.kind is Kind.BODY:
            out[k] = _as_body(line)
    return out


def indented_page(lines: list[Line]) -> bool:
    """Whether the page indents its paragraphs and not its headings (a layout cue for the whole page):
    most body lines open with an indent, and the headings that open a block (after a blank line, or
    first on the page) mostly do not."""
    # a line under an unfinished one or under a photo caption may go on with the paragraph (a column
    # break): only lines that surely open a paragraph tell whether paragraphs are indented
    bodies = [
        x
        for k, x in enumerate(lines)
        if x.kind in (Kind.BODY, Kind.DATELINE)
        and not (
            k
            and (
                lines[k - 1].kind is Kind.CAPTION
                or (lines[k - 1].kind in (Kind.BODY, Kind.DATELINE) and not lines[k - 1].closed)
            )
        )
    ]
    heads = [x for k, x in enumerate(lines) if x.kind is Kind.HEADING and (x.gap or k == 0)]
    if len(bodies) < 3 or not heads:
        return False
    # a heading set well right of the paragraph indent is centred, not indented like a paragraph
    para_lead = paragraph_lead(bodies) or 0
    flush = sum(not x.indent or x.lead > para_lead + 2 for x in heads)
    return sum(x.indent for x in bodies) >= 0.7 * len(bodies) and flush >= len(heads) - flush


def _indented_headings(lines: list[Line]) -> list[Line]:
    """On a page that indents paragraphs and not headings, a heading-like line printed with a
    paragraph indent (not centred: at most 4 cells) is body text: a list's intro (``…如下：``), a
    list item without punctuation (``1. 违法处理窗口延时服务``) or a paragraph cut short by the column
    (``“现场搜救工作基本结束，共``)."""
    if not indented_page(lines):
        return lines
    out = list(lines)
    for k, line in enumerate(out):
        if line.kind is Kind.HEADING and line.indent and line.lead <= 4:
            out[k] = Line(
                line.text,
                Kind.BODY,
                gap=line.gap,
                indent=True,
                closed=is_closed(line.text),
                number=line.number,
                lead=line.lead,
            )
    return out


def _unindented_captions(raws: list[RawLine], lines: list[Line], width: int | None) -> list[Line]:
    """On a page that indents its paragraphs, a short finished sentence printed without the indent
    right under a paragraph that ended on a short line is a photo caption (``被打伤学生腿上的伤痕。``):
    it neither goes on with that paragraph (whose last line did not fill the column) nor opens one
    (no indent)."""
    if not indented_page(lines):
        return lines
    # the shortest a printed line is that fills the column (as in :func:`reflow`)
    full = width - max(2, width // 8) if width else None
    out = list(lines)
    for k in range(1, len(out)):
        line, prev = out[k], out[k - 1]
        nxt = out[k + 1] if k + 1 < len(out) else None
        last = raws[k - 1].parts[-1] if raws[k - 1].parts else prev.text
        if (
            line.kind is Kind.BODY
            and not line.indent
            and line.gap == 0
            and line.closed
            and len(raws[k].parts) <= 1
            and len(line.text) < (full or 31)
            and prev.kind in (Kind.BODY, Kind.DATELINE)
            and prev.closed
            and (full is None or len(last) < full)
            and (nxt is None or nxt.gap > 0 or nxt.indent or nxt.kind is not Kind.BODY)
        ):
            out[k] = Line(line.text, Kind.CAPTION, gap=line.gap, number=line.number, lead=line.lead)
    # A heading-like line (no stop) printed without the indent and without a blank line between two
    # paragraphs of a section that opened under a subhead set apart by a blank line is a photo's words
    # (``问题1：…`` … ``黄河水利职业技术学院出风口前方地面上的油衣``): a subhead of that article would stand
    # apart as the first did, and a brief's title follows no subhead.
    for k in range(1, len(out) - 1):
        line, prev, nxt = out[k], out[k - 1], out[k + 1]
        if (
            line.kind is Kind.HEADING
            and not line.indent
            and line.gap == 0
            and nxt.gap == 0
            and prev.kind in (Kind.BODY, Kind.DATELINE)
            and prev.closed
            and nxt.kind is Kind.BODY
            and nxt.indent
            and M.SUBHEAD_RE.match(line.text) is None
            and _under_subhead(out, k)
        ):
            out[k] = Line(line.text, Kind.CAPTION, gap=line.gap, number=line.number, lead=line.lead)
    return out


def _under_subhead(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is in a section opened by a subhead: the nearest heading above it (past body
    text and captions) is set apart by a blank line and follows a paragraph."""
    j = k - 1
    while j >= 0 and lines[j].kind in (Kind.BODY, Kind.DATELINE, Kind.CAPTION):
        j -= 1
    return (
        j >= 1
        and lines[j].kind is Kind.HEADING
        and lines[j].gap >= 1
        and lines[j - 1].kind in (Kind.BODY, Kind.DATELINE)
    )


def classify_page(text: str) -> list[Line]:
    """Every paragraph-line of a page, classified (blank lines are counted in ``gap``)."""
    raws = [part for r in raw_lines(text) for part in split_run_in(r)]
    flowed = reflow(raws)
    classified = [
        Line(r.text, Kind.CAPTION, gap=r.gap, number=r.number, lead=r.lead)
        if r.caption
        else Line(r.text.strip(M.SPACES), Kind.HEADING, gap=r.gap, closed=False, number=r.number, lead=r.lead)
        if r.kicker
        else classify(r)
        for r in flowed
    ]
    width = _wrap_width(raws)
    lines = _photo_story_captions(_caption_before_credit(_pointer_captions(classified)), width)
    lines = _cut_sentence_captions(lines)
    lines = _unindented_captions(flowed, lines, width)
    lines = _tables_and_signatures(lines)
    return _quoted_lines(_jumped_paragraphs(_indented_headings(lines)))


def _quoted_lines(lines: list[Line]) -> list[Line]:
    """A heading-like line that is one quoted finished sentence (``“大国工程，彰显大国风范！”``) set
    tight between two paragraphs (no blank line above or below, a caption aside) on a page that sets
    its headings apart by blank lines is someone's words ending a paragraph, not a subhead: a subhead
    there would have its blank line too."""
    # the other headings inside the page (past its first block): a page that prints them tight sets
    # its subheads tight as well, and there a tight quoted line may be one
    heads = [
        x
        for k, x in enumerate(lines)
        if x.kind is Kind.HEADING
        and k
        and lines[k - 1].kind is not Kind.HEADING
        and not x.text.startswith("“")
    ]
    if heads and sum(x.gap >= 1 for x in heads) < 0.5 * len(heads):
        return lines
    out = list(lines)
    for k in range(1, len(lines) - 1):
        line = lines[k]
        t = line.text
        if (
            line.kind is not Kind.HEADING
            or line.gap
            or lines[k - 1].kind not in (Kind.BODY, Kind.DATELINE)
            or not lines[k - 1].closed
            or not (t.startswith("“") and t.endswith(("！”", "。”", "？”")) and t.count("“") == 1)
        ):
            continue
        j = k + 1
        while j < len(lines) and lines[j].kind is Kind.CAPTION:
            j += 1
        if j < len(lines) and lines[j].kind is Kind.BODY and lines[j].gap == 0:
            out[k] = Line(
                t, Kind.BODY, gap=0, indent=line.indent, closed=True, number=line.number, lead=line.lead
            )
    return out


def _jumped_paragraphs(lines: list[Line]) -> list[Line]:
    """A heading-like line right above a jump-out line (``（下转第三版）``) whose text holds a comma is a
    paragraph cut by the jump (``…城镇化建设和美丽乡村建设绽放独特魅`` / ``（下转第三版）``): a headline sits
    above its body, never above a jump, and has at most one clause."""
    out = list(lines)
    for k in range(len(lines) - 1):
        line, nxt = lines[k], lines[k + 1]
        if (
            line.kind is Kind.HEADING
            and nxt.kind is Kind.FURNITURE
            and nxt.gap == 0
            and any(c in line.text for c in "，,")
            and re.match(r"^[（(]\s*下?转", nxt.text.strip(M.SPACES))
        ):
            out[k] = Line(
                line.text,
                Kind.BODY,
                gap=line.gap,
                indent=line.indent,
                closed=True,
                number=line.number,
                lead=line.lead,
            )
    return out
