"""The assembler: classified lines in, articles out.

It walks the page once.  The rules are the ones a reader of a printed page applies:

* A **headline block** is a run of heading lines (short, without sentence punctuation).  It opens a
  new article when a byline or a dateline follows it, when it has two or more lines or a ——
  subtitle, when the current article has no byline (briefs), or when the current article was closed
  by a byline at its end.  A single heading line inside a signed article, between finished
  paragraphs, is a **subhead** (小标题).
* A line between the byline and the first paragraph that is not a sentence is the article's
  **column label** (栏目), as papers print it beside the byline.
* A **dateline** paragraph (本报…讯) after an article's body opens a new article (a brief).
* A paragraph that ends without closing punctuation goes on in the next body paragraph, across
  captions, page furniture and blank lines: the two are joined with no line break.
* Body text before the first headline is an article with an empty title (it began on an
  earlier page).
* A wire story's ``（完）`` closes the article, like a byline at its end.
* A bare 2–3 character name (opening with a surname) as the last line under a title is the author
  (人民时评 and other commentaries print it so).
* Two adjacent headline lines are one title when the cut falls inside a word or phrase
  (see :func:`_two_line_title`).
* Without a byline, an article's ``source`` is the agency its dateline names (:func:`dateline_source`).
* An editor's note (编者按) printed above a headline, with no article open or after a finished one,
  introduces the article below: it opens that article's body.
* A short line right under an unsigned article's last paragraph that reads as a signature (a place,
  ``读者`` and a name: ``四川南充 读者 王某``, ``（读者 王某）``) is its author and closes it
  (:func:`signature`; letters to the editor, contributed pieces).

* A **byline printed above its headline** (``■本报记者 王某`` / title / body) signs the article that the
  headline opens: a draft that holds only a byline takes the next headline run as its own, and a
  byline set apart by a blank line between a signed article and a headline is the next article's
  (:func:`_byline_first`), not the end byline of the one before.
* A single heading line set apart by blank lines inside a signed article is a subhead when it is a
  short phrase (at most ``_SUBHEAD_MAX`` characters), the title of a new, unsigned article when longer;
  a page printed without any blank line counts every heading as set apart.
* A paragraph ending in ``：`` over an indented or numbered line (``…公告如下：`` / ``一、…``) introduces
  a list: it is not a sentence cut by the layout.
* The author's name under a title may carry an ornament (``□ 沈佳音``); the name itself is measured
  against the title's length.

* A single heading set apart inside a signed article is weighed by :func:`subhead_score` (length, the
  article's earlier subheads, a title's two-phrase shape) rather than by its length alone.
* A byline block under the first paragraph or two of a titled, unsigned article, with the body going
  on under it, is that article's byline emitted out of reading order (:func:`_late_byline`).
* On a page that indents its paragraphs (``indented_page``), an indented line always opens a new
  paragraph: list items print without closing punctuation.

* An 编者按 printed under the headline and above the body belongs to that article (its body opens
  with it) and the dateline under it does not open a new article; an author's bare name under a title
  is measured against the title (the longest line), not against a short column label above it.

* A longer heading set apart by blank lines inside a signed article, with no signature under it, on a
  page whose articles so far are all signed, is still a subhead when the heading and the paragraph
  under it share content words with the story above (:func:`topic_overlap`): a short unsigned piece
  after a signed story is about something else.

* A heading whose text opens with a dated news lead naming another paper (``据北京青年报报道，2月16日，…``,
  ``M.REPORTED_BY_RE``) opens a new article, like a dateline would.
* Right under a headline and its byline, an unfinished line with a comma over running text is the body's
  first printed line cut by a photo, not a column label; on a page that indents its paragraphs, an
  unindented line under a caption goes on with the paragraph the photo cut.
* Two headline lines are one title when the second opens with a word that continues a clause (``却…``,
  ``M.CONTINUING_WORDS``); a first line opening with a topic word (``聚焦…``, ``M.KICKER_STARTS``) is
  the kicker.

* Round 11: two headline lines are one title when the second finishes the first's clause with no word
  spanning the cut (a verb's object, a topic's predicate: :func:`_runs_on`); a short line ending with a
  comma over a title is its kicker (the classifier keeps it apart); a title with its author's bare name
  under it opens a signed article (评论 pages), never a subhead; a wholly quoted heading inside a story
  continued from an earlier page is a subhead.

How the lines of a headline block are read is documented in :func:`read_headline`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsmine.records import Article, Byline
from newsmine.split import markers as M
from newsmine.split.lines import (
    Kind,
    Line,
    bare_name,
    clause_like,
    indented_page,
    is_closed,
    merge_bylines,
    paragraph_lead,
    split_end_byline,
    states_news,
    verbless_line,
)

_HEADS = {Kind.HEADING, Kind.SUBTITLE, Kind.COLUMN}
_SKIPPED = {Kind.FURNITURE, Kind.CAPTION}


@dataclass(slots=True)
class Draft:
    """An article being assembled."""

    column: str | None = None
    headline: tuple[str, ...] = ()
    kicker: str | None = None
    title: str = ""
    subtitle: str | None = None
    byline: Byline | None = None
    signed: bool = False  # a byline or dateline came before the body
    ended: bool = False  # a byline after the body closed it
    dateline: str | None = None
    subheads: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    open: bool = False  # the last paragraph is unfinished
    notes: list[str] = field(default_factory=list)  # 编者按 printed above the headline

    def add_body(self, text: str, closed: bool) -> None:
        jump = M.JUMP_RE.search(text)
        if jump is not None and jump.start() > 0:
            # ``…（下转第三版）``: page furniture; the paragraph goes on elsewhere, not in the next block.
            text, closed = text[: jump.start()].rstrip(M.SPACES), True
        end_mark = M.END_MARK_RE.search(text)
        if end_mark is not None:
            # ``…。（完）``: the wire story ends here.
            text, closed = text[: end_mark.start()].rstrip(M.SPACES), True
            self.ended = True
        start = M.JUMP_START_RE.match(text)
        if start is not None:
            text = text[start.end() :].lstrip(M.SPACES)
        text, end_by = split_end_byline(text)
        if end_by is not None:
            self.byline = merge_bylines(self.byline, end_by)
            self.ended = True
            closed = True
        if not text:
            return
        if self.open and self.paragraphs:
            self.paragraphs[-1] = _glue(self.paragraphs[-1], text)
        else:
            self.paragraphs.append(text)
        self.open = not closed

    def add_byline(self, by: Byline | None) -> None:
        self.byline = merge_bylines(self.byline, by)

    def to_article(self, page: str, number: int) -> Article:
        byline = self.byline or Byline()
        if byline.source is None and self.dateline:
            byline = dataclasses.replace(byline, source=dateline_source(self.dateline))
        return Article(
            page=page,
            article=number,
            column=self.column,
            headline=self.headline,
            kicker=self.kicker,
            title=self.title,
            subtitle=self.subtitle,
            byline=byline,
            dateline=self.dateline,
            subheads=tuple(self.subheads),
            captions=tuple(self.captions),
            body="\n".join([*self.notes, *self.paragraphs]),
        )


_PAPER = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:都市报|日报|晚报|早报|晨报|商报|时报|快报|法制报|新闻网|网)")


_OUTLET = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,10}?(?:社|台|网|报)")


def dateline_source(dateline: str) -> str | None:
    """The paper or agency a dateline names (``新华社北京7月25日电`` → 新华社, ``本报讯`` → 本报).

    Known agencies and names ending like a paper or a news site are read (``法制网昆明…电`` → 法制网,
    ``新快报讯`` → 新快报); a short name (``南都讯``) is left out, since the place may be glued to it.
    """
    d = dateline.removeprefix("据")
    reported = M.SPACED_REPORT_DATELINE_RE.match(dateline + "　.")
    if reported is not None:
        return reported.group("src") or reported.group("titled")  # ``据央视财经报道``: whoever reported it
    for src in sorted(M.KNOWN_SOURCES, key=len, reverse=True):
        if d.startswith(src):
            return src
    m = _PAPER.match(d)
    if m:
        return m.group()
    # a foreign outlet's report (the dateline of ``【英国《卫报》网站6月13日报道】``): the name in title
    # marks (卫报), or the outlet up to its own word (``路透社伦敦6月2日电`` → 路透社)
    if M.BRACKET_REPORT_DATELINE_RE.match(f"【{dateline}】") is None:
        return None
    titled = re.search(r"《([^《》]{1,12})》", dateline)
    outlet = _OUTLET.match(dateline)
    return titled.group(1) if titled else outlet.group() if outlet else None


def _glue(a: str, b: str) -> str:
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


# --- headline blocks ----------------------------------------------------------------------


def looks_like_column(line: Line, rest: list[Line]) -> bool:
    """Whether the first line of a headline block is a column label (栏目) rather than a kicker.

    A column label is a tag: a whole-line label (简讯, 短评), a bracketed one (【…】), or a line whose
    last phrase is a column word (…访谈, …一线, …实践).  It is only a column when a headline
    (at least one more line) stays under it.
    """
    if line.kind is Kind.COLUMN:
        return True
    if not rest:
        return False
    text = line.text
    if re.fullmatch(r"[【\[〖《「『].{2,20}[】\]〗》」』]", text):
        return True
    if text.startswith(M.COLUMN_STARTS) and len(rest) >= 2 and all(r.kind in _HEADS for r in rest):
        return True  # ``聚焦社区消防安全`` over a title and its subtitle labels the column
    last = re.split(rf"[{re.escape(M.SPACES)}]+", text)[-1]
    if any(last.endswith(w) for w in M.COLUMN_WORDS) and (len(rest) >= 2 or len(text) <= 12 or " " in text):
        return True
    # A box label behind an ornament (``■链接``, ``▲安全提示``) above a headline labels the box.
    if (
        text[0] in M.ORNAMENTS
        and len(text.strip(M.SPACES + M.ORNAMENTS)) <= 6
        and rest[0].kind is Kind.HEADING
    ):
        return True
    # A short tag over two longer headline lines, none of them a —— subtitle (``身边的感动`` /
    # ``一面锦旗背后的故事`` / ``两位“奶奶”都是亲人``): a kicker that short comes over a title alone, so
    # over a title and a second line it labels the column.
    if (
        len(rest) == 2
        and len(text) <= M.SHORT_LABEL_MAX
        and not clause_like(text)
        and all(
            r.kind is Kind.HEADING and not r.text.startswith("—") and len(r.text) > len(text) for r in rest
        )
    ):
        return True
    # A short tag (食品安全, 两会速递) above a much longer title labels the column; a place and one word
    # (``广州试点``) says where the news happens, the kicker of this headline.
    if (
        len(text) <= 6
        and rest[0].kind is Kind.HEADING
        and len(rest[0].text) >= 2 * len(text) + 4
        and not _place_and_word(text)
    ):
        return True
    # A line set far apart above a full headline block (kicker or title + subtitle).
    return len(rest) >= 2 and line.gap >= 0 and rest[0].gap >= 2 and all(r.gap <= 1 for r in rest[1:])


def _place_and_word(text: str) -> bool:
    """Whether a short line is a place name and one word (``广州试点``; column words aside: ``湘江时评``)."""
    words = _words(text)
    return len(words) == 2 and words[0].pos == "ns" and not any(text.endswith(w) for w in M.COLUMN_WORDS)


def _starts_anew(a: str, b: str) -> bool:
    """Whether ``b`` opens a phrase of its own after ``a`` although ``a`` ends on a distinguishing word
    (POS ``b``): jieba tags some verbs so (``…患病后轻生``), and a line opening with a quantity
    (``一对患病夫妻…``) starts a new noun phrase, it does not complete ``a``'s."""
    from newsmine.segment import tokenize

    ta, tb = tokenize(a), [t for t in tokenize(b) if t.pos != "x"]
    return bool(ta and tb) and ta[-1].pos == "b" and tb[0].pos == "m"


def _title_tail(a: str, b: str) -> bool:
    """Whether ``b`` is the rest of a short title ``a`` printed on two lines (``团伙敲断同伙锁骨`` /
    ``驾车“碰瓷”``, ``杀人犯冒用女友亡夫身份`` / ``隐匿12年``).

    Measured on the page sets: two lines of at most :data:`~newsmine.split.markers.SHORT_TITLE_MAX`
    characters in all, the second short, were one title wherever neither line is marked as a kicker or a
    subtitle; a title that short leaves no room for a subtitle, which is a clause of its own or opens with
    ——.  A line of phrases set apart by commas or spaces, a question, a colon, a kicker's opening word, a
    reaction or a reason (``疑因线路老化``) keeps the lines apart.
    """
    a, b = a.strip(M.SPACES), b.strip(M.SPACES)
    return (
        bool(a and b)
        and len(b) <= M.TITLE_TAIL_MAX
        and len(a) + len(b) <= M.SHORT_TITLE_MAX
        and len(a) > len(b)
        and not clause_like(a)
        and not clause_like(b)
        and not any(c in a + b for c in "？?！!：:—")
        and not a.startswith(M.KICKER_STARTS)
        and not any(w in a + b for w in M.ASKING_WORDS)
        and not M.REACTION_RE.match(b)
        and not b.startswith(M.EXPLAINING_STARTS)
    )


def _words(text: str) -> list:
    """A line's words (jieba tokens without punctuation and spaces)."""
    from newsmine.segment import tokenize

    return [t for t in tokenize(text) if t.pos != "x" and t.word.strip()]


def _runs_on(a: str, b: str) -> bool:
    """Whether headline line ``b`` finishes the clause ``a`` left open, though no word spans the cut.

    Two shapes, measured on the page sets (together at most :data:`~newsmine.split.markers.RUN_ON_TITLE_MAX`
    characters; no kicker + title or title + subtitle pair had either shape):

    * ``a`` holds a verb and ends on a noun, ``b`` holds no verb and no 的: the verb's object (or a clause
      under 建议/报告) runs over (``广州海关破获跨境电商渠道`` / ``走私奶粉海鲜案``, ``党员干部应报告`` /
      ``哪些个人有关事项``); a subtitle states something of its own, with a verb, and a title under a
      kicker names a whole thing (``…的…``);
    * ``a`` is a bare topic (no verb, adverb or preposition) and ``b`` opens with an adverb or modal, with
      no subject of its own: the topic is its subject (``养老金改革`` / ``当先破除双轨制``);
    * (titles3) ``a`` names a thing (:func:`verbless_line`) and ``b``, a single phrase, opens with a verb:
      ``上海首批PM2.5监测数据`` / ``优于国家一级标准``.  No kicker + title pair of the page sets had that
      shape; a naming kicker stands over a line with a subject of its own.
    """
    a, b = a.strip(M.SPACES), b.strip(M.SPACES)
    if len(a) + len(b) > M.RUN_ON_TITLE_MAX or any(c in a + b for c in "？?！!：:—，,"):
        return False
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if (
        any(w.pos == "v" for w in wa)
        and wa[-1].pos.startswith("n")
        and not any(w.pos == "v" for w in wb)
        and "的" not in b
        # (a place or a body opening ``b`` is a subject of its own: ``集中展示齐鲁文学脉络`` /
        # ``山东文学馆开馆迎客`` are kicker and title, whatever tags the segmenter gives 开馆)
        and wb[0].pos not in ("ns", "nt")
    ):
        return True
    # a noun phrase over a line opening with a verb, no subject of its own: the phrase is its subject
    # (``上海首批PM2.5监测数据`` / ``优于国家一级标准``); a naming kicker stands over a line with a subject
    # (``西乌旗“2·23”矿山事故`` / ``事故伤员得到全力救治``)
    # (``杭州试点`` / ``外卖餐盒押金回收　按件返还``: a line of two phrases is a whole title of its own)
    # (so for an adverb or a modal opening the line, ``杭州《地铁乘客守则》修订稿`` / ``将报市政府审批``,
    # but a toll is news of its own, ``悉尼卡车冲撞巴士站人群`` / ``至少1人死亡6人受伤``)
    opens = wb[0].pos == "v" or (wb[0].pos == "d" and not any(w.pos == "m" for w in wb))
    if opens and verbless_line(a) and not clause_like(b) and not _place_and_word(a):
        return True
    # (a topic names a thing, maybe a nominalised verb at its end: ``养老金改革``, not a clause with an
    # object, ``悉尼卡车冲撞巴士站人群`` / ``至少1人死亡…``)
    return (
        len(a) <= M.TOPIC_LINE_MAX
        and not any(w.pos in ("v", "p", "d") for w in wa)
        and not any(w.pos.startswith("v") for w in wa[:-1])
        and wb[0].pos == "d"
    )


def _cuts_word(a: str, b: str) -> bool:
    """Whether a word spans the cut between two headline lines (:func:`continues`) and ``a`` is as long as
    ``b`` at least (``网逃男子欲借救助系统从广`` / ``东回贵州…``): a wrap cuts a full first line, so a short
    line over a longer one (``因港而兴`` / ``阳逻三大园区竞相发展``) is a phrase of its own, whatever a
    segmenter makes of the two glued together."""
    return len(a.strip(M.SPACES)) >= len(b.strip(M.SPACES)) and continues(a, b)


def _correlated(a: str, b: str) -> bool:
    """Whether headline line ``a`` holds the first half of a word pair and ``b`` its second, ``a`` not its
    own (``…时间越长`` / ``…就越多``; not ``越来越…`` or ``越开越大``, whole inside one line)."""
    for first, second in M.CORRELATIVE_PAIRS:
        at = a.find(first)
        if at >= 0 and second not in a[at + len(first) :] and second in b and "越来越" not in a + b:
            return True
    return False


def _two_line_title(lines: list[Line]) -> list[Line]:
    """Join a title printed on two adjacent lines (no blank line between) into one.

    The lines are one title when the cut falls inside a word (``…接待国内`` / ``游客1.47亿人次``,
    ``…从广`` / ``东回贵州``): a line of a headline ends at a phrase's end, an extractor's wrap does not;
    or when both are so short that the second can only be the rest of the title (:func:`_title_tail`).
    Two lines that each read as a whole phrase stay apart (title and subtitle).
    """
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.gap == 0
            and line.kind is Kind.HEADING
            and prev.kind is Kind.HEADING
            and prev.text[-1] not in M.OPENERS
            and prev.text[-1] not in M.SPACES
            and (
                _cuts_word(prev.text, line.text)
                # (``写在…之际``, ``…前夕``: a line ending on the occasion is a kicker, whatever word
                # class the segmenter gives its last word)
                or (
                    ends_incomplete(prev.text)
                    and not _starts_anew(prev.text, line.text)
                    and not prev.text.endswith(M.KICKER_ENDINGS)
                )
                # (two long lines, each a clause of its own, are title and subtitle even when the second
                # opens with 也: ``专家建议到2045年退休年龄均为65岁`` / ``也有专家认为…``)
                or (opens_dependent(line.text) and len(prev.text) + len(line.text) <= M.DEPENDENT_TITLE_MAX)
                or _title_tail(prev.text, line.text)
                or _runs_on(prev.text, line.text)
                or (
                    _correlated(prev.text, line.text)
                    and len(prev.text) + len(line.text) <= M.DEPENDENT_TITLE_MAX
                )
            )
        ):
            out[-1] = Line(prev.text + line.text, Kind.HEADING, gap=prev.gap)
        else:
            out.append(line)
    return out


def _spaced(text: str) -> bool:
    """Two or more phrases set apart by a space (``青年救人溺亡 被救者悄然离去``), no comma."""
    return not any(c in text for c in "，,；;") and clause_like(text)


def judges(text: str) -> bool:
    """Whether a headline line states a judgment or the story's point rather than an event.

    The point of a story is what its main title says; the event that gives rise to it goes in the
    kicker above (``柳州多名市民租车遇麻烦`` / ``租车合同越细越好``).  Read from the words: a line wholly
    in quotation marks (someone's words), a copula or modal after its subject (``保护产权就是保护生产力``,
    ``“放管服”改革要放出活力``, ``遇暴雨预警可延迟上学``; not ``担心是…``, where 是 belongs to a verb's
    object), or a line ending on an adjective (``地库百十套消火栓全坏``, ``租车合同越细越好``).
    """
    from newsmine.segment import tokenize

    t = text.strip(M.SPACES)
    if len(t) >= 4 and t[0] == "“" and t[-1] == "”" and t.count("“") == 1:
        return True
    words = [w for w in tokenize(t) if w.pos != "x" and w.word.strip()]
    if not words:
        return False
    for k, w in enumerate(words[1:-1], 1):
        if w.word in M.JUDGING_WORDS and words[k - 1].pos != "v":
            # (要, 应, 可 are modals only before a verb, maybe after an adverb: ``要先问计于民``)
            nxt = words[k + 2] if words[k + 1].pos == "d" and k + 2 < len(words) else words[k + 1]
            if w.word not in M.MODAL_WORDS or nxt.pos.startswith("v"):
                return True
    # an adjective of one character stands alone only after an adverb (``越细越好``); after a name it is
    # a name's part (``翟欣欣``, tagged 欣欣/a)
    last, before = words[-1], words[-2] if len(words) >= 2 else None
    return (
        last.pos == "a"
        and len(t) >= 6  # (``现场惨烈`` is a detail: a judgment names what it judges)
        and _opens_with_subject(t)
        and (len(last.word) >= 2 or (before is not None and before.pos == "d"))
        and not (before is not None and before.pos in ("nr", "ns", "nrt"))
    )


#: Parts of speech (jieba's tags) of a word that can open a clause as its subject: a noun, a name, a
#: number, a pronoun, an abbreviation.
_SUBJECT_POS = ("n", "r", "m", "j")


def _opens_with_subject(text: str) -> bool:
    """Whether a headline line opens with a subject of its own (``头枕撬窗同样不靠谱``, ``两名中国游客…``)
    rather than going on with the other line's (``不代表任何人``, ``缓解劳动力不足``, ``现场惨烈``)."""
    from newsmine.segment import tokenize

    words = [t for t in tokenize(text) if t.pos != "x" and t.word.strip()]
    return bool(words) and words[0].pos.startswith(_SUBJECT_POS) and words[0].pos != "vn"


def _in_past(text: str) -> bool:
    """Whether a headline line tells what happened before the news (``…曾要求苏删帖``): a background word."""
    from newsmine.segment import tokenize

    return any(t.word in M.BACKGROUND_WORDS for t in tokenize(text))


def kicker_over_title(first: str, second: str) -> bool:
    """Whether two headline lines are kicker (引题) + title rather than title + subtitle (副题).

    Plain text has lost the type sizes, so the lines are weighed as a reader weighs them (the rules are
    tried in order; the first that applies decides):

    * a second line opening with —— is a subtitle;
    * the second line is the **local instance** of the first's general story (``增值税税率下调政策落地`` /
      ``云南顺利开出首批新税率发票``: see :func:`_local_under_general`), or says what is **urgently
      needed** (``…回收亟待“正规军”``): the title;
    * the first line opens with the **scene** (``在恩施许家坪机场``, ``从侗族大歌到…的围棋对决``:
      :data:`~newsmine.split.markers.SCENE_OPENINGS`), as with a purpose or cause (``为…``): the kicker;
    * the first line **leads into** the second: it ends with ：, ——, a comma or a verb of saying
      (``…推进大会强调``), opens with a topic or campaign word (``聚焦…``, ``学习贯彻…``), gives
      someone's words after their name and a colon over a line with a subject of its own
      (``专家：逃生还是用专用安全锤`` / ``头枕撬窗同样不靠谱``), tells the background (``…曾要求…``), is a
      slogan ending in ！, marks a follow-up report (``…救援续``), tells when the event happened
      (``2月24日凌晨荣县发生4.9级地震`` over the response to it), opens with the period it sums up
      (``上半年…``) or with how often (``多次以…为由…``), ends on a trend (``…持续升温``), is a longer
      line of several clauses above a shorter single-clause one, or opens with an adverb and has no
      subject of its own (``曾在看守所内…``);
    * the block **asks**: a how/why word, or a second line that is a question (``可可树40年内会灭绝？``);
    * the first line is **short** beside the second (at most half its length): a lead-in in small type;
    * the second line **adds detail**: clauses set apart by commas under a one-clause line, someone's
      reaction (``律师称…``), a reason (``系截污泵站故障所致…``), or an opening adverb (``至少1人死亡…``,
      ``已致…``): a subtitle;
    * the second line **judges** (see :func:`judges`: ``保护产权就是保护生产力``, ``租车合同越细越好``, a
      quotation) and the first does not: the point of the story is its title, the event its kicker;
    * one line is two parallel phrases set apart by a space and the other a single phrase: the
      two-deck layout of a kicker and a title (a subtitle of parallel phrases under a one-phrase title
      is rarer);
    * the first line is a **call** opening with a verb, no subject of its own (``严防扶贫资金“跑冒滴漏”``),
      over a line whose subject is a place or a body (``萍乡通报…``): a kicker;
    * the first line **names** rather than states (no verb: ``第5个中国文艺志愿者服务日``, an event known
      by its date ``京港澳高速“7·21”救援``): a kicker;
    * otherwise the first line is the title and the second its subtitle.
    """
    a, b = first.strip(M.SPACES), second.strip(M.SPACES)
    if b.startswith("—"):
        return False  # a line opening with a dash is a subtitle, whatever the line above
    if len(b) >= M.SPACED_SUBTITLE_MIN and len(b) > len(a) and _set_apart(b) and not _set_apart(a):
        return False  # a long line of two phrases under a shorter one: the subtitle
    if len(a) > M.TITLE_LINE_MAX and 2 * len(a) >= 3 * len(b):
        return True  # a long lead-in over a much shorter display line: the kicker
    if _first_word(a) in M.PURPOSE_OPENINGS or any(w in a[:-2] for w in M.OCCASION_WORDS):
        return True  # the purpose, cause or occasion of what the title reports
    if _first_word(a) in M.SCENE_OPENINGS and _first_word(b) not in M.SCENE_OPENINGS:
        return True  # where or over what span it happened: the scene, the kicker
    if _local_under_general(a, b):
        return True  # the wider story above, where it happened below: the title is the local news
    if any(w in b for w in M.URGING_WORDS) and not any(w in a for w in M.URGING_WORDS):
        return True  # the situation above, what it urgently needs below: the point is the title
    if (
        a.endswith(("：", ":", "——", "，", ",", *M.KICKER_ENDINGS))
        or (
            M.SPEAKER_OPENING_RE.match(a)
            and _opens_with_subject(b)
            and not M.SPEAKER_LINE_RE.match(b)
            and not M.REACTION_RE.match(b)
        )
        or (_in_past(a) and not _in_past(b))
        or _first_only(M.FOLLOW_UP_RE.search, a, b)
        or _first_only(M.DATED_OPENING_RE.match, a, b)
        or _first_only(M.PERIOD_OPENING_RE.match, a, b)
        or _first_only(M.FREQUENCY_OPENING_RE.match, a, b)
        or (M.TREND_ENDING_RE.search(a) is not None and "持续" not in b)
        or a.startswith(M.KICKER_STARTS)
        or (a.endswith(("！", "!")) and not any(c in a for c in "？?"))
        or (clause_like(a) and not clause_like(b) and len(b) < len(a))
        or (opens_with_adverb(a) and not opens_with_adverb(b))
    ):
        return True
    if any(w in a + b for w in M.ASKING_WORDS) and not M.SPEAKER_LINE_RE.match(b):
        return True
    if b.endswith(("？", "?")) and not any(c in a for c in "？?！!"):
        return True
    if len(a) <= M.SHORT_KICKER_MAX and len(b) >= 2 * len(a) + 2:
        return True
    if len(b) >= 2 * len(a) and not clause_like(b):
        return True
    if (
        (any(c in b for c in "，,") and not clause_like(a))
        or M.REACTION_RE.match(b)
        or b.startswith(M.EXPLAINING_STARTS)
    ):
        return False
    if opens_with_adverb(b) and not opens_with_adverb(a):
        return False
    if judges(b) and not judges(a) and not M.SPEAKER_LINE_RE.match(b):
        return True
    if _spaced(a) != _spaced(b) and not M.SPEAKER_LINE_RE.match(b):
        return True
    if _commands(a) and _names_place(b):
        return True
    return verbless_line(a) and states_news(b)


def _first_only(find: Callable[[str], re.Match[str] | None], a: str, b: str) -> bool:
    """Whether a marker (a follow-up word, a date, a period, a frequency) is found in line ``a`` but not
    in line ``b``: the marked line then sets the scene for the other."""
    return find(a) is not None and find(b) is None


def _set_apart(text: str) -> bool:
    """Whether a headline line holds two phrases set apart by a space (``江门港恢复直航　暑期每天两班``)."""
    return re.search(rf"[^{M.SPACES}][{M.SPACES}]+[^{M.SPACES}]", text.strip(M.SPACES)) is not None


#: Parts of speech (jieba's tags) of names: places, people, bodies, other proper names, abbreviations.
_HEADLINE_NAME_POS = ("ns", "nr", "nt", "nz", "nrt", "nrfg", "j")


def _local_under_general(a: str, b: str) -> bool:
    """Whether headline line ``b`` opens with where the news happened (``延安破获…``, ``云南顺利开出…``,
    ``我市全力做好…``) under a line ``a`` that names no place, body or person (``增值税税率下调政策落地``):
    the general story is the kicker, its local instance the title.  A line of two phrases set apart is
    left to the layout rules (``泰州全面取消…　再生育审批…``)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb or _set_apart(b) or a.startswith(M.LOCAL_OPENINGS):
        return False
    if b.startswith(M.LOCAL_OPENINGS):
        return True
    return (
        wb[0].pos == "ns"
        and wb[0].word not in M.UNLOCATED_PLACES
        and not any(w.pos in _HEADLINE_NAME_POS for w in wa)
    )


def _first_word(text: str) -> str:
    """A headline line's first word (by the segmenter)."""
    words = _words(text)
    return words[0].word if words else ""


def _commands(text: str) -> bool:
    """Whether a headline line is a call or slogan: it opens with a verb and has no subject of its own
    (``严防扶贫资金“跑冒滴漏”``, ``聚焦弱势儿童``); over a line that reports who did what, it is the kicker."""
    words = _words(text)
    return bool(words) and words[0].pos == "v" and len(words[0].word) >= 2


def _names_place(text: str) -> bool:
    """Whether a headline line opens with a place or a body as its subject (``萍乡通报…``)."""
    words = _words(text)
    return bool(words) and words[0].pos in ("ns", "nt")


def read_headline(lines: list[Line]) -> tuple[str | None, tuple[str, ...], str | None, str, str | None]:
    """Read a headline block: ``(column, headline, kicker, title, subtitle)``.

    The rule, as a reader states it:

    * a first line that is a column label (see :func:`looks_like_column`) is the column, not headline;
    * lines that are one title printed on two (a word cut by the wrap, a line that cannot end a phrase,
      a short title's second verb phrase: see :func:`_two_line_title`) are joined first;
    * one line is the title;
    * a line opening with —— is the subtitle (副题); the line before it is the title;
    * of two lines, the first is the **kicker** (引题) and the second the title when the first leads into
      the second, otherwise they are title and subtitle (副题); see :func:`kicker_over_title`;
    * three lines are kicker, title, subtitle; with more, the first is the kicker, the last the
      subtitle and the lines between make a title printed on several lines.
    """
    column = None
    if lines and (
        lines[0].kind is Kind.COLUMN or (len(lines) >= 2 and looks_like_column(lines[0], lines[1:]))
    ):
        column, lines = lines[0].text, lines[1:]
    lines = _two_line_title(lines)
    texts = [x.text for x in lines]
    headline = tuple(texts)
    kicker = subtitle = None
    if not texts:
        return column, (), None, "", None
    if len(texts) == 1:
        title = texts[0]
    elif len(texts) == 2:
        first, second = lines
        if second.kind is not Kind.SUBTITLE and kicker_over_title(first.text, second.text):
            kicker, title = first.text, second.text
        else:
            title, subtitle = first.text, second.text
    else:
        subs = [k for k, x in enumerate(lines) if x.kind is Kind.SUBTITLE]
        if subs and subs[0] >= 1:
            cut = subs[0]
            subtitle = " ".join(texts[cut:])
            if cut == 1:
                title = texts[0]
            else:
                kicker, title = texts[0], "".join(texts[1:cut])
        else:
            kicker, title, subtitle = texts[0], "".join(texts[1:-1]), texts[-1]
    return column, headline, kicker, title, subtitle


# --- the walk -----------------------------------------------------------------------------


def _author_line(run: list[Line], after: Line | None) -> Byline | None:
    """The author's bare name printed as the last line under a title (人民时评: ``周人杰``), if any.

    Only a 2–3 character name that opens with a surname, under at least one headline line and
    directly above the body, counts: alone, such a short line could be a label.
    """
    if len(run) < 2 or run[-1].kind is not Kind.HEADING or after is None:
        return None
    if after.kind not in (Kind.BODY, Kind.NOTE, Kind.DATELINE):
        return None
    name = bare_name(run[-1].text)
    # the name (not its printed line: ``□ 沈佳音``) must be far shorter than the title above it
    # (measured against the title, the longest line: a column label above it may be as short as a name)
    heads = [len(x.text) for x in run[:-1] if x.kind is Kind.HEADING]
    if name is None or not heads or max(heads) <= len(name) + 2:
        return None
    return Byline(reporters=(name,))


_SIGNATURE = re.compile(
    r"^[（(]?(?:(?P<place>(?!"
    + "|".join(M.SIGNATURE_ROLES)
    + r")[\u4e00-\u9fff]{2,10})[\s\u3000]+)?(?:(?P<role>"
    + "|".join(M.SIGNATURE_ROLES)
    + r")[\s\u3000：:]+)?(?P<name>[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff])[）)]?$"
)


def signature(text: str) -> Byline | None:
    """The author of a signature line printed under a letter or contribution, if the line is one.

    A name opening with a surname, after a place and/or a signing word (读者, 来信人…):
    ``四川南充 读者 王建国``, ``河北石家庄 李明辉``, ``（读者 张秀兰）``.  A bare name alone is not enough
    (it could be a subhead); the place or the signing word must be there.

    >>> signature("四川南充 读者 王建国").reporters
    ('王建国',)
    """
    m = _SIGNATURE.match(text.strip(M.SPACES))
    if not m or not (m.group("place") or m.group("role")):
        return None
    name = bare_name(m.group("name"))
    if name is None:
        return None
    return Byline(reporters=(name,))


def _next_content(lines: list[Line], i: int) -> Line | None:
    """The next line at or after ``i`` that is not a caption or page furniture."""
    while i < len(lines):
        if lines[i].kind not in _SKIPPED:
            return lines[i]
        i += 1
    return None


def opens_with_adverb(text: str) -> bool:
    """Whether a headline line opens with an adverb (``曾在看守所内…``, ``已致18人…``): it has no subject
    of its own and leans on the other line's."""
    from newsmine.segment import tokenize

    tokens = [t for t in tokenize(text) if t.pos != "x"]
    return bool(tokens) and tokens[0].pos == "d" and tokens[0].word not in M.CONTINUING_WORDS


def continues(a: str, b: str) -> bool:
    """Whether ``b`` goes on with the word ``a`` stopped in (``…判处有`` + ``期徒刑``): a word spans the cut."""
    from newsmine.segment import tokenize

    a, b = a[-6:], b[:6]
    if not a or not b or not re.match(r"[\u4e00-\u9fff]", a[-1]) or not re.match(r"[\u4e00-\u9fff]", b[0]):
        return False
    cut = len(a)
    return any(t.start < cut < t.end for t in tokenize(a + b))


#: Parts of speech (jieba's tags) that cannot end a headline line: a place or direction word, a
#: distinguishing word, a particle, a preposition or a conjunction still waits for its head word.
_OPEN_POS = ("s", "f", "b", "u", "p", "c")


def ends_incomplete(text: str) -> bool:
    """Whether a headline line stops before its phrase is complete (``…全国接待国内`` / ``游客…``)."""
    from newsmine.segment import tokenize

    tokens = tokenize(text)
    if not tokens or not re.match(r"[\u4e00-\u9fff]", tokens[-1].word[-1]) or text.endswith(M.PHRASE_ENDINGS):
        return False
    return tokens[-1].pos.startswith(_OPEN_POS)


def stops_mid_clause(text: str) -> bool:
    """Whether a line stops where no clause ends: on a word that waits for its head (see
    :func:`ends_incomplete`) or on an adverb that waits for its verb (``…的水电已经``)."""
    from newsmine.segment import tokenize

    tokens = tokenize(text)
    return ends_incomplete(text) or (bool(tokens) and tokens[-1].pos == "d")


def opens_dependent(text: str) -> bool:
    """Whether a headline line opens with a word that goes on with the clause above (``却下水勇救…``)."""
    from newsmine.segment import tokenize

    tokens = tokenize(text)
    return bool(tokens) and tokens[0].word in M.CONTINUING_WORDS


#: The longest a subhead set apart by blank lines can be (titles of unsigned articles are longer).
_SUBHEAD_MAX = 10


def _byline_first(cur: Draft, line: Line, after: Line | None) -> bool:
    """Whether a byline between an article and a headline is the next article's, printed above its
    headline: the current article is signed already and the byline is set apart by a blank line."""
    by = cur.byline
    return (
        after is not None
        and after.kind in _HEADS
        and line.gap >= 1
        and line.text[0] not in "（("
        and by is not None
        and bool(by.reporters or by.interns or by.correspondents)
    )


def _late_byline(cur: Draft, line: Line, after: Line | None) -> bool:
    """Whether a byline under the first paragraph or two of a titled, unsigned article is that
    article's own, emitted late by an extractor that reads text blocks out of order: the body goes
    on under it with no headline of its own."""
    by = cur.byline
    return (
        bool(cur.headline)
        and len(cur.paragraphs) <= 2
        and not (by is not None and (by.reporters or by.interns or by.correspondents))
        and after is not None
        and after.kind is Kind.BODY
        and line.text[0] not in "（("
    )


def _quoted_report(line: Line) -> bool:
    """Whether a dateline is an agency's report quoted at a paragraph's start (``据路透社…报道，``)."""
    return M.REPORTED_DATELINE_RE.match(line.text) is not None


def _marked_subhead(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a single heading carrying a subhead mark (``■…``, ``一、…``) with body text
    under it: a section of the same story, so the story's signature may come after it."""
    return (
        lines[k].kind is Kind.HEADING
        and M.SUBHEAD_RE.match(lines[k].text) is not None
        and k + 1 < len(lines)
        and lines[k + 1].kind not in _HEADS
    )


def _section_signed(lines: list[Line], j: int) -> str:
    """How the text after a heading (up to the next heading) is signed: ``"head"`` when it opens with
    its own dateline or byline (or another paper's dated lead), ``"end"`` when only a credit after its
    body signs it, ``""`` when nothing does."""
    k = j
    first_body = next((n for n in range(j, len(lines)) if lines[n].kind not in _SKIPPED), -1)
    found = ""
    while k < len(lines) and (lines[k].kind not in _HEADS or _marked_subhead(lines, k)):
        line = lines[k]
        if line.kind is Kind.DATELINE or (line.kind is Kind.BYLINE and k == first_body):
            return "head"
        if line.kind is Kind.BYLINE:
            found = "end"
        if line.kind in (Kind.BODY, Kind.NOTE) and split_end_byline(line.text)[1] is not None:
            found = "end"
        if k == first_body and M.REPORTED_BY_RE.match(line.text):
            return "head"  # ``据北京青年报报道，…``: another paper's story opens here
        k += 1
    return found


def _opens_article(
    cur: Draft | None,
    run: list[Line],
    after: Line | None,
    signed_section: str = "",
    apart: bool = False,
    all_signed: bool = False,
    section: str = "",
) -> bool:
    """Whether a headline run starts a new article (else it is a subhead or column of ``cur``).

    ``signed_section``: the text under the run has its own dateline or end byline;
    ``apart``: the run is set off by more blank lines than the page puts between paragraphs;
    ``all_signed``: every article opened on the page so far carries a byline or a dateline;
    ``section``: the opening text under the run (see :func:`_section_text`), weighed for its topic.
    """
    if cur is None or cur.ended:
        return True
    if not cur.paragraphs and not cur.headline and cur.byline is not None and cur.dateline is None:
        return False  # a byline printed above its headline: the run is that article's headline
    if after is not None and after.kind in (Kind.BYLINE, Kind.DATELINE):
        return True
    if len(run) >= 2 or any(x.kind is not Kind.HEADING for x in run):
        return True
    if not cur.paragraphs:
        return False  # still in the headline / byline part of the current article
    if M.SUBHEAD_RE.match(run[0].text):
        return False
    # A short phrase set apart inside a signed article is a subhead (``信用评级连遭下调``); a longer line
    # set apart is the title of an unsigned article that follows (see :func:`subhead_score`).
    if (
        not cur.signed
        and signed_section == "end"
        and apart
        and len(cur.paragraphs) >= 2
        and subhead_score(cur, run[0].text) >= 2
        and after is not None
        and after.kind is Kind.BODY
        and topic_overlap(cur, run[0].text + (section or after.text)) >= _TOPIC_MIN
    ):
        # A short heading in an article signed only at its end (``…（记者 王某）``), over text that goes
        # on with the story above it: a subhead, the credit at the end signs the whole article.
        return False
    if (
        not cur.headline
        and not cur.signed
        and not signed_section
        and after is not None
        and after.kind is Kind.BODY
        and subhead_score(cur, run[0].text) >= 1
        and (topic_overlap(cur, run[0].text + after.text) >= _TOPIC_MIN or _wholly_quoted(run[0].text))
    ):
        # A story continued from an earlier page (no headline here) goes on under a short heading that
        # takes up its people and places (``“以后不想他再跑了”`` over ``岳平是张家口本地人…``): a subhead.
        # A heading wholly in quotation marks (someone's words: ``“对家人总觉得亏欠”``) is one too: on the
        # page sets a quoted title always headed a signed article, never an unsigned one.
        return False
    if not cur.signed or signed_section:
        return True
    if not apart:
        return False
    if subhead_score(cur, run[0].text) >= 2:
        # A short line set apart in a signed article is a subhead, unless it is the first heading of the
        # article and the text under it shares not one content word with the story above (``越南多省持续
        # 降雨`` under a 杭州 story): a brief of its own that follows, whose title is short.
        return (
            not cur.subheads
            and after is not None
            and after.kind is Kind.BODY
            and _names_elsewhere(cur, run[0].text)
            and topic_overlap(cur, run[0].text + (section or after.text)) <= _TOPIC_MIN
        )
    # A longer line set apart, with no signature of its own under it, on a page whose articles are all
    # signed, is still a subhead when the text under it goes on with the running story's topic: an
    # unsigned article that follows a signed one (a short feature) talks about something else.
    return not (
        all_signed
        and after is not None
        and after.kind is Kind.BODY
        and after.gap >= 1
        and run[0].gap >= 1
        and topic_overlap(cur, run[0].text + (section or after.text)) >= _TOPIC_MIN
    )


def _wholly_quoted(text: str) -> bool:
    """A line that is one quotation (``“对家人总觉得亏欠”``): someone's words."""
    t = text.strip(M.SPACES)
    return len(t) >= 4 and t[0] == "“" and t[-1] == "”" and t.count("“") == 1


#: How much of the text under a heading is weighed for its topic: a first paragraph may be one short
#: sentence (``去年国庆节，…回商洛老家看望母亲。``) that names nothing of the story yet.
_SECTION_CHARS = 300


def _section_text(lines: list[Line], j: int) -> str:
    """The body text under a heading (from line ``j`` to the next heading), its first ``_SECTION_CHARS``."""
    out: list[str] = []
    size = 0
    for line in lines[j:]:
        if line.kind in _HEADS or size >= _SECTION_CHARS:
            break
        if line.kind in (Kind.BODY, Kind.NOTE):
            out.append(line.text)
            size += len(line.text)
    return "\n".join(out)[:_SECTION_CHARS]


#: The fewest content words (nouns and names of two or more characters) a heading and the paragraph
#: under it must share with the running article to continue its story.  Measured on the seven page
#: sets of benchmarks/split_eval.py: the subheads this guard reaches share 3–9, titles of unsigned
#: articles 0–1.
_TOPIC_MIN = 2


def _content_words(text: str) -> set[str]:
    from newsmine.segment import tokenize

    return {t.word for t in tokenize(text) if t.pos.startswith("n") and len(t.word) >= 2}


def topic_overlap(cur: Draft, text: str) -> int:
    """How many content words (nouns and names, 2+ characters) ``text`` shares with the article so far; a
    word of the article's headline counts twice (a subhead takes up the title's key word: ``网络“鸡汤”变了
    味儿`` … ``老年人热衷转发“鸡汤”``)."""
    words = _content_words(text)
    above = _content_words("\n".join([*cur.headline, *cur.paragraphs]))
    return len(words & above) + len(words & _content_words("\n".join(cur.headline)))


#: Parts of speech (jieba's tags) of proper names: a person, a place, an organisation.
_NAME_POS = ("nr", "ns", "nt")


def _names_elsewhere(cur: Draft, text: str) -> bool:
    """Whether a heading names a place, person or body (``越南多省持续降雨``, ``高雄一大楼凌晨起火``) and
    shares no content word with the article so far: a brief's title says where and who, a subhead takes
    up the story's own."""
    from newsmine.segment import tokenize

    names = {t.word for t in tokenize(text) if t.pos in _NAME_POS and len(t.word) >= 2}
    return bool(names) and topic_overlap(cur, text) == 0


def subhead_score(cur: Draft, text: str) -> int:
    """How strongly a single heading line set apart inside a signed article reads as a subhead.

    Weak signals, summed (2 or more: a subhead): a short phrase (at most ``_SUBHEAD_MAX`` characters:
    +2; at most 16: +1), an article already cut into sections by subheads marked as this line is (+1:
    papers number all the parts of a story the same way; -1 for a plain line after marked ones), and
    against it a line of two phrases set apart by a space or a
    comma (-1), the shape of a title.
    """
    score = 2 if len(text) <= _SUBHEAD_MAX else 1 if len(text) <= 16 else 0
    if cur.subheads:
        # papers mark all the parts of a story alike: a plain line after marked subheads (``■…``) is no
        # part of them, it titles the next article
        marked = [M.SUBHEAD_RE.match(x) is not None for x in cur.subheads]
        score += 1 if (M.SUBHEAD_RE.match(text) is not None) in marked else -1 if all(marked) else 0
    if clause_like(text):
        score -= 1
    return score


def assemble(lines: list[Line], page: str = "-") -> list[Article]:
    """Cut classified lines into articles (see the module docstring for the rules)."""
    drafts: list[Draft] = []
    cur: Draft | None = None
    pending_captions: list[str] = []
    pending_by: Byline | None = None
    i = 0
    # The blank lines a page puts between paragraphs; a wider gap before a heading is a section break.
    gaps = [x.gap for x in lines if x.kind is Kind.BODY]
    usual = max(set(gaps), key=gaps.count) if gaps else 0
    gap_break = usual + 1
    # A page printed without any blank line gives no spacing cue: every heading counts as set apart.
    flat = len(lines) > 1 and all(x.gap == 0 for x in lines)

    pending_notes: list[str] = []
    # On a page that indents paragraphs (and not headings), an indented line opens a paragraph: the
    # one before it has ended, whatever its last character (list items print without stops).
    indents = indented_page(lines)
    # the paragraph indent itself: a line set further right (a column ``pdftotext -layout`` shifted)
    # is no paragraph's first line
    para_lead = paragraph_lead([x for x in lines if x.kind in (Kind.BODY, Kind.DATELINE)]) or 0

    def start() -> Draft:
        nonlocal cur, pending_captions, pending_notes
        cur = Draft()
        cur.captions.extend(pending_captions)
        cur.notes.extend(pending_notes)
        pending_captions, pending_notes = [], []
        drafts.append(cur)
        return cur

    while i < len(lines):
        line = lines[i]
        kind = line.kind
        if kind is Kind.FURNITURE:
            if cur is not None and M.JUMP_RE.search(line.text) and cur.open:
                cur.open = False  # the paragraph goes on on another page
            if cur is not None and M.END_MARK_RE.match(line.text):
                cur.ended, cur.open = True, False  # ``（完）`` closes a wire story
            i += 1
            continue
        if kind is Kind.CAPTION:
            if cur is None:
                pending_captions.append(line.text)
            else:
                cur.captions.append(line.text)
            if line.byline is not None:
                # A photo credit names the photographer; its agency is not the article's source.
                line = Line(line.text, line.kind, byline=dataclasses.replace(line.byline, source=None))
                pending_by = merge_bylines(pending_by, line.byline)
                if cur is not None:
                    cur.add_byline(line.byline)
                    pending_by = None
            i += 1
            continue
        if (
            kind is Kind.HEADING
            and cur is not None
            and cur.paragraphs
            and not cur.ended
            and not cur.open
            and line.gap == 0
            and (i + 1 >= len(lines) or lines[i + 1].gap > 0 or lines[i + 1].kind in _HEADS)
        ):
            by = signature(line.text)
            if by is not None:
                # ``四川南充 读者 王建国`` under a letter: its author, and the letter ends here.
                cur.add_byline(by)
                cur.ended = True
                i += 1
                continue
        if kind is Kind.NOTE and (cur is None or cur.ended or (cur.paragraphs and not cur.open)):
            k = i
            while k < len(lines) and lines[k].kind in (Kind.NOTE, Kind.BODY) and not (k > i and lines[k].gap):
                k += 1
            nxt = _next_content(lines, k)
            if nxt is not None and nxt.kind in _HEADS:
                # 编者按 above a headline introduces the article below it.
                pending_notes.extend(x.text for x in lines[i:k])
                i = k
                continue
        if kind is Kind.NOTE and cur is not None and cur.headline and not cur.paragraphs and not cur.ended:
            # 编者按 printed under the headline, above the body: the article's own note; the dateline
            # under it still opens the body of the same article
            cur.notes.append(line.text)
            i += 1
            continue
        if kind in _HEADS:
            j = i
            run: list[Line] = []
            while j < len(lines) and (lines[j].kind in _HEADS or lines[j].kind in _SKIPPED):
                if lines[j].kind in _HEADS:
                    run.append(lines[j])
                elif lines[j].kind is Kind.CAPTION:
                    break
                j += 1
            after = _next_content(lines, j)
            author = _author_line(run, after)
            if author is not None:
                run = run[:-1]
            fragment = (
                cur is not None
                and cur.paragraphs
                and not cur.ended
                and len(run) == 1
                and run[0].kind is Kind.HEADING
                and after is not None
                and after.kind is Kind.BODY
                and (
                    (cur.open and clause_like(run[0].text))
                    or (len(run[0].text) > 30 and any(c in run[0].text for c in "，,"))
                    # an indented line opens a paragraph: a word cannot span into it
                    or (continues(run[0].text, after.text) and not after.indent)
                    # ``…两栋居民楼的水电已经`` over a photo, its caption, then ``全被掐断了。…``: a line of
                    # clauses that stops mid-phrase before a caption is running text the photo cut
                    or (
                        j < len(lines)
                        and lines[j].kind is Kind.CAPTION
                        and after.gap == 0
                        and any(c in run[0].text for c in "，,")
                        and stops_mid_clause(run[0].text)
                    )
                )
            )
            # Right under a headline and its byline, an unfinished line of clauses (a comma) over running
            # text (``近日，…意味着江门港至香港的``) is the body's first printed line cut by a photo or a
            # column break, not a column label: a label has no comma.
            lead = (
                cur is not None
                and cur.headline
                and not cur.paragraphs
                and not cur.ended
                and len(run) == 1
                and run[0].kind is Kind.HEADING
                and after is not None
                and after.kind is Kind.BODY
                and any(c in run[0].text for c in "，,")
                and len(run[0].text) >= 12
            )
            # A title printed run-in before its text on one source line (``【妥善处置打架事件】12月15日晚…``,
            # split off by the classifier) titles a brief of its own, never a subhead of the story above.
            run_in = (
                cur is not None
                and cur.paragraphs
                and len(run) == 1
                and after is not None
                and after.kind is Kind.BODY
                and after.gap == 0
                and run[0].number > 0
                and after.number == run[0].number
            )
            if fragment or lead:
                # ``…判处有`` cut by the column: a piece of running text, not a subhead or a title.  A
                # lead that is a whole sentence (``“…你们会怎么想？”`` over the body) ends its paragraph.
                assert cur is not None
                cur.add_body(run[0].text, closed=lead and not fragment and is_closed(run[0].text))
            # (a title with its author's name printed under it heads a signed article: a subhead
            # carries no name)
            elif (
                run_in
                or author is not None
                or _opens_article(
                    cur,
                    run,
                    after,
                    _section_signed(lines, j),
                    run[0].gap >= gap_break or flat,
                    all(d.signed or d.ended for d in drafts),
                    _section_text(lines, j),
                )
            ):
                d = start()
                d.column, d.headline, d.kicker, d.title, d.subtitle = read_headline(run)
                if author is not None:
                    d.add_byline(author)
                    d.signed = True
            elif not cur.paragraphs:
                if cur.headline and cur.byline is not None and len(run) == 1 and cur.column is None:
                    cur.column = run[0].text  # a column label printed after the byline
                else:
                    merged = [*cur.headline, *(x.text for x in run)]
                    fake = [Line(t, Kind.HEADING) for t in merged]
                    column, cur.headline, cur.kicker, cur.title, cur.subtitle = read_headline(fake)
                    cur.column = cur.column or column
                if author is not None:
                    cur.add_byline(author)
                    cur.signed = True
            else:
                cur.subheads.extend(x.text for x in run)
                cur.open = False
            i = j
            continue
        if kind is Kind.BYLINE:
            after = _next_content(lines, i + 1)
            if cur is None:
                start()
            elif (
                cur.paragraphs
                and (after is None or after.kind in _HEADS or line.text[0] in "（(")
                and not _byline_first(cur, line, after)
            ):
                cur.add_byline(line.byline)
                cur.ended = True
                cur.open = False
                i += 1
                continue
            elif cur.paragraphs and not cur.open and not _late_byline(cur, line, after):
                start()
            assert cur is not None
            cur.add_byline(line.byline)
            cur.signed = True
            i += 1
            continue
        # body, dateline, note
        if (
            kind is Kind.DATELINE
            and cur is not None
            and cur.paragraphs
            and not cur.ended
            and (line.gap < gap_break or flat)
            and _quoted_report(line)
        ):
            # ``据埃菲社5月19日报道，…`` run on under a paragraph: the story cites a wire, it is not a new
            # brief (a new one is set apart, or comes under its own headline).
            kind = Kind.BODY
            line = Line(line.text, Kind.BODY, gap=line.gap, indent=line.indent, closed=line.closed)
        if kind is Kind.DATELINE:
            if cur is None or cur.paragraphs or cur.dateline is not None:
                start()
            assert cur is not None
            cur.dateline = line.dateline
            if line.byline is not None:
                cur.add_byline(line.byline)
            cur.signed = True
            cur.open = False
            if line.rest:
                cur.add_body(line.rest, line.closed)
            i += 1
            continue
        if (
            cur is None
            or (cur.ended and not cur.open)
            or (
                # On a briefs page that parts paragraphs with blank lines, an untitled brief's finished
                # text followed by a wider gap: the next brief, printed with neither title nor dateline.
                kind is Kind.BODY
                and usual > 0
                and line.gap > usual
                and not flat
                and not cur.headline
                and cur.paragraphs
                and not cur.open
                and lines[i - 1].kind is Kind.BODY
                and not opens_dependent(line.text)
            )
        ):
            start()
        assert cur is not None
        if (
            cur.open
            and cur.paragraphs
            and cur.paragraphs[-1][-1:] in ("：", ":")
            and (line.indent or M.SUBHEAD_RE.match(line.text))
        ):
            cur.open = False  # ``…公告如下：`` over an indented or numbered item: a list, not a cut sentence
        if (
            cur.open
            and cur.paragraphs
            and cur.paragraphs[-1][-1:] in ("：", ":")
            and line.text[:1] in M.QUOTE_OPENERS
        ):
            cur.open = False  # ``…一位女士说：`` over ``“…”``: the quotation is printed as its own paragraph
        if cur.open and indents and line.indent and kind is Kind.BODY and line.lead <= para_lead + 2:
            cur.open = False
        if (
            indents
            and not line.indent
            and kind is Kind.BODY
            and cur.paragraphs
            and not cur.ended
            and lines[i - 1].kind is Kind.CAPTION
        ):
            # On a page that indents its paragraphs, an unindented line under a photo caption goes on
            # with the paragraph the photo cut, even when that one happened to end a sentence at the cut.
            cur.open = True
        cur.add_body(line.text, line.closed)
        i += 1
    if pending_notes:
        if cur is None:
            start()
        assert cur is not None
        cur.paragraphs.extend(pending_notes)
    if pending_captions:
        if cur is None:
            start()
        assert cur is not None
        cur.captions.extend(pending_captions)
    return [d.to_article(page, n) for n, d in enumerate(drafts, 1)]
