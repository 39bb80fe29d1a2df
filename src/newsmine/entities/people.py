"""Post-rules on person names: a verb or preposition glued after a name, and names after a title.

The segmenter glues a following one-character verb or preposition to a name it does not know
(李尧 + 时, 于承恩 + 涉受贿罪, 徐炜 + 以3900万元, 李红 + 死在楼下) and the tagger follows it; the
name ends before that character. And a name printed right after a title (巡视员谭明政。, 理事长余放等)
is often split by the segmenter into pieces the tagger does not read as a name; the title, a surname
and a clause edge after two or three characters make it one. All spans are ``(start, end, type)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmine.entities.gazetteer import SURNAMES_1, TITLES
from newsmine.entities.rules import _find, _offsets
from newsmine.segment import Token

Span = tuple[int, int, str]

# One-character verbs, adverbs and prepositions that follow a name and are no given-name character
# in practice (时 and 以 as the last of three are far likelier 当…时 and 以…万元 than a name); 才, 曾,
# 让 and 在 end many given names (罗豪才, 唐师曾) and are left out.
_GLUED = frozenset("时涉以未死被称说已却把遭就也又便则给等并于向因对从将")
# Characters that may follow a whole name (a clause edge, a list, a reporting verb).
_AFTER_NAME = frozenset('，。、；：！？（(）) \u3000”"')


def unglue(text: str, spans: Sequence[Span]) -> list[Span]:
    """Cut a glued verb or preposition off the end of a PER span of three characters or more.

    Kept whole when the same name stands elsewhere in the text before a clause edge (a real name
    ending in such a character: 王以 is cut only when 王以 is nowhere a whole name).
    """
    out: list[Span] = []
    for s, e, t in spans:
        if t == "PER" and e - s >= 3 and text[e - 1] in _GLUED and text[s] in SURNAMES_1:
            name = text[s:e]
            whole = any(
                (k + len(name) == len(text) or text[k + len(name)] in _AFTER_NAME)
                for k in _occurrences(text, name)
                if k != s
            )
            if not whole:
                e -= 1
        out.append((s, e, t))
    return out


# Parts of speech of a lone character the segmenter splits off a three-character name (黄生 + 精,
# 邢张 + 朋): a noun reading of the given name's last character. Adverbs (还, 则, 又, 颇) are left
# out: after a two-character name they are far likelier the clause's own word (申旭还分获).
_TAIL_POS = frozenset({"n", "ng", "g"})


def complete(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """A two-character PER span (surname + one) runs over a lone character the segmenter split off
    after it, when a clause edge or a verb follows that character (用户黄生精，, 副区长邢张朋参加)."""
    starts = None
    out: list[Span] = []
    for s, e, t in spans:
        if t == "PER" and e - s == 2 and text[s] in SURNAMES_1 and e < len(text) and text[e] not in _GLUED:
            if starts is None:
                starts = _offsets(tokens)[0]
            k = _find(starts, e)
            if k is not None and tokens[k].end == e + 1 and tokens[k].pos in _TAIL_POS:
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                if nxt is None or nxt.word[0] in _AFTER_NAME or nxt.pos == "v":
                    e += 1
        out.append((s, e, t))
    return out


def _occurrences(text: str, word: str) -> list[int]:
    out, k = [], text.find(word)
    while k >= 0:
        out.append(k)
        k = text.find(word, k + 1)
    return out


# Titles a person's name follows directly in news (副市长时小雨, 巡视员谭明政, 理事长余放).
_TITLE = "(?:" + "|".join(TITLES) + ")"
# Title, then a surname and one or two given-name characters, then a clause edge or a list/reporting word.
_TITLED_NAME = re.compile(
    rf"{_TITLE}(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=[，。、；：（(）)\s]|等|和|与|则|表示|介绍|说|称|指出|认为|强调|向记者)"
)
# Words that look like a surname plus a character after a title but are no name.
_NOT_NAMES = frozenset(
    {"一职", "职务", "同志", "先生", "女士", "一行", "等人", "本人", "助理", "任期", "人选"}
)


def titled_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Add a PER for an untagged name of 2–3 characters right after a title (理事长余放等领导)."""
    added: list[Span] = []
    for m in _TITLED_NAME.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        if name[0] not in SURNAMES_1 or name in _NOT_NAMES or name[-1] in "长员任席记":
            continue
        over = [sp for sp in spans if sp[0] < e and s < sp[1]]
        if any(not (s <= a and b <= e and t == "PER") for a, b, t in over):
            continue  # the tagger read something else there: it decides
        added.append((s, e, "PER"))
    if not added:
        return list(spans)
    out = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b, _ in added)]
    return sorted(out + added)


# Characters that, right after 王某, start the next word far more often than they end a withheld
# given name (王某犯…, 李某在…, 张某自称, 高某一审, 涂某夫妇), and measure words and nouns that make
# 某 a determiner (由某个, 于某种, 但某些): no name there.
_NOT_WITHHELD = frozenset(
    "犯涉在因为将的要与被判和对于以到有都却竟便持看自一夫等也又已就把向从给让称说系是均曾并及或同跟经"
    "遭拒驾酒刚决出捕报获帮商殴合分信贪抓委提浮假超骑硬进介交支某人女男"
    "些种个位项件次类方面地市县省区处单公年月日部门天"
)
# One-character verbs that, glued by the segmenter after a withheld given name (任某发 + 称,
# 符某文 + 到, 莫某成 + 驾), close the name.
_VERB_AFTER = frozenset("称到驾说在被将于与和等已也又便向从对因把")
_WITHHELD = re.compile(r"([\u4e00-\u9fff])某([\u4e00-\u9fff])")


def withheld(text: str, spans: Sequence[Span], tokens: Sequence[Token]) -> list[Span]:
    """A withheld name of the form surname + 某 + given name (莫某成, 林某泉) is one PER.

    Taken when the character after 某 is a plausible given-name character and the segmenter reads
    it as the end of a word begun at 某 (某成), a word alone (五), or a word whose second character is
    a verb (任某发 + 称); or when a clause edge follows it. Once one mention qualifies, every mention of
    the same three characters in the text does (莫某成 + 附带 after 莫某成 + ，).
    """
    if "某" not in text:
        return list(spans)
    cands = [
        m for m in _WITHHELD.finditer(text) if m.group(1) in SURNAMES_1 and m.group(2) not in _NOT_WITHHELD
    ]
    if not cands:
        return list(spans)
    starts, ends = _offsets(tokens)
    names: set[str] = set()
    for m in cands:
        y = m.start(2)
        k = _find(starts, y)
        tok = tokens[k] if k is not None else None
        j = _find(ends, y + 1)
        ok = (
            (j is not None and tokens[j].start == y - 1)  # 某成
            or (tok is not None and len(tok.word) == 1)  # 符某 + 五
            or (tok is not None and len(tok.word) == 2 and tok.word[1] in _VERB_AFTER)  # 发称
            or y + 1 == len(text)
            or text[y + 1] in _AFTER_NAME
        )
        if ok:
            names.add(m.group())
    if not names:
        return list(spans)
    out = list(spans)
    for m in cands:
        if m.group() not in names:
            continue
        s, e = m.span()
        over = [sp for sp in out if sp[0] < e and s < sp[1]]
        if any(t != "PER" and (a < s or b > e) for a, b, t in over):
            continue  # a longer name of another type runs across it: the tagger's reading stands
        out = [sp for sp in out if sp not in over] + [(s, e, "PER")]
    return sorted(out)


# An organisation, a title and a name run together into one ORG span by the tagger
# (…传媒股份有限公司ＣＥＯ沈颢, 某某集团董事长王建): the name after the title is a person.
_ORG_TITLE_NAME = re.compile(
    rf"(?:{_TITLE}|副{_TITLE}|CEO|ＣＥＯ|CFO|ＣＦＯ|COO|CTO|首席执行官|创始人)(?P<name>[\u4e00-\u9fff]{{2,3}})$"
)


# Last characters of a body, not a name (总裁 + 高峰会: a summit).
_BODY_END = frozenset("会社部所院局委厅处办组队团司行店站馆校")


def org_title_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Split an ORG span ending in title + name into the ORG (without the title) and the PER."""
    out: list[Span] = []
    for s, e, t in spans:
        if t == "ORG" and e - s >= 7:
            m = _ORG_TITLE_NAME.search(text, s, e)
            name = m.group("name") if m else ""
            if (
                m
                and name[0] in SURNAMES_1
                and name not in _NOT_NAMES
                and name[-1] not in _BODY_END
                and m.start() - s >= 3
            ):
                out += [(s, m.start(), "ORG"), (m.start("name"), e, "PER")]
                continue
        out.append((s, e, t))
    return out
