"""Round 19 of the splitter (issue 4): the causes the nineteenth blind page set found.

* a paragraph's first printed line on a page wrapped at a narrow column gives its indent to the column
  width (it fills its line two characters short), so it is no headline or subhead;
* a flat page whose extractor wrapped every line at one width that no line passes is hard-wrapped,
  however many short last lines its paragraphs have;
* two headline lines that ``pdftotext -layout`` set at their own deep lead are no shifted column;
* a bare noun phrase (``事故现场。``) tight under a paragraph, on a page that parts paragraphs with blank
  lines, is a photo's caption;
* a first headline line opening with the scene (在…, 从…到…) is the kicker.
"""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.assemble import judges, kicker_over_title
from newsmine.split.lines import Kind, _wrap_width, classify_page, raw_lines

# --- narrow column, indented paragraphs -------------------------------------------------------


def _wrap(paragraph: str, width: int, indent: str = "\u3000\u3000") -> list[str]:
    """``paragraph`` printed in a column ``width`` characters wide, its first line indented (the indent
    takes its cells of the first line, as on a printed page; half-width digits take half a cell, so a
    line with them holds more characters)."""
    lines, line, cells = [], "", 0
    for c in indent + paragraph:
        step = 1 if c.isascii() else 2
        if cells + step > 2 * width:
            lines.append(line)
            line, cells = "", 0
        line += c
        cells += step
    return [*lines, line] if line else lines


NARROW_PARAGRAPHS = (
    "昨日，市交通运输局公布第二季度出租车服务质量考评结果，全市共有2300余辆出租车参加考评，其中46辆车被评为星级服务车辆，另有128辆车被扣分。",
    "记者看到，这次考评中，车容车貌、计价器使用和拒载问题仍然比较突出，有的车辆甚至3个月未年检，15名驾驶员存在绕路行驶的现象。",
    "一共有十二家出租车公司被提出了批评，并下达了整改通知书，相关负责人表示将在30天内完成整改，逾期未改的将扣减2019年的运力指标。",
    "另外，市交通运输局提醒乘客，乘车时应索要发票，遇到拒载、绕路等情况可拨打12328服务热线投诉，投诉将在24小时内得到回复。",
)


def _narrow_page(width: int = 20) -> str:
    lines = ["市出租车第二季度考评结果公布", "十二家公司被点名批评", "本报记者　林　川", ""]
    for k, para in enumerate(NARROW_PARAGRAPHS):
        if k == 2:
            lines += ["", "■拒载绕路问题仍突出", ""]
        lines += _wrap(para, width)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("width", [18, 20, 22])
def test_indented_first_line_of_a_narrow_column_is_body(width: int) -> None:
    page = _narrow_page(width)
    arts = split_page(page)
    assert len(arts) == 1
    art = arts[0]
    assert art.title == "十二家公司被点名批评" or art.title == "市出租车第二季度考评结果公布"
    assert art.subheads == ("■拒载绕路问题仍突出",)
    # every paragraph whole, in its place, none read as a headline or subhead
    assert art.body.split("\n") == list(NARROW_PARAGRAPHS)


def test_indented_first_line_is_not_a_heading() -> None:
    lines = classify_page(_narrow_page(20))
    heads = [x.text for x in lines if x.kind is Kind.HEADING]
    assert heads == ["市出租车第二季度考评结果公布", "十二家公司被点名批评", "■拒载绕路问题仍突出"]


# --- flat page wrapped at one width -----------------------------------------------------------

FLAT_PARAGRAPHS = (
    "近年来，县里坚持把农村电商作为带动群众增收的重要抓手，先后建成镇级服务站十二个、村级服务点一百余个，让山里的小米、核桃走出了大山。",
    "村民王某就是其中之一，去年他开起了网店。",
    "转机出现在前年秋天，乘着电子商务进农村的春风，他参加了县里组织的第一期电商培训班，并在当年冬天尝试开办了属于自己的网店。",
    "如今，依托网店和直播平台，他家的小米卖到了全国各地，今年收入预计将突破十万元。",
    "县商务局负责人说，下一步将继续完善物流体系。",
    "电子商务正在成为惠农服务的新路径，也圆了不少贫困户脱贫致富的梦想，更让年轻人愿意回到家乡创业，这是过去很难想象的。",
)


def _flat(width: int) -> list[str]:
    out: list[str] = []
    for para in FLAT_PARAGRAPHS:
        out += [para[k : k + width] for k in range(0, len(para), width)]
    return out


@pytest.mark.parametrize("width", [44, 50, 53])
def test_flat_page_capped_at_one_width_is_hard_wrapped(width: int) -> None:
    page = "\n".join(["小米搭上直播快车", "", *_flat(width)]) + "\n"
    assert _wrap_width(raw_lines(page)) == width
    arts = split_page(page)
    assert len(arts) == 1
    assert arts[0].body.split("\n") == list(FLAT_PARAGRAPHS)
    assert arts[0].subheads == ()


def test_whole_paragraph_lines_are_no_wrap() -> None:
    # lines of whole paragraphs spread past any one length: no wrap width
    page = "\n".join(["小米搭上直播快车", "", *FLAT_PARAGRAPHS]) + "\n"
    assert _wrap_width(raw_lines(page)) is None


# --- two -layout headline lines at their own lead -----------------------------------------------

LAYOUT_FIRST = (
    "本报讯（记者　春　城）记者今天从市中级法院获悉，去年全市法院依法审理涉众型经济犯罪案件，最大限度追赃挽损，维护群众合法权益。",
    "据悉，去年全市法院审结非法集资、集资诈骗等案件128件，判处罪犯316人，其中判处五年以上有期徒刑的有97人。",
    "在打击电信网络诈骗方面，全市法院坚持依法从严惩处，审结案件215件，对组织者、策划者依法从重处罚。",
)
LAYOUT_SECOND = (
    "本报讯　去年，全市法院出台服务保障营商环境的十条意见，依法审理涉众型经济犯罪案件，维护群众合法权益。",
    "在打击非法集资方面，坚持刑事惩处与追赃挽损并重，全年追回赃款赃物4.6亿元，退赔群众2.1万余人。",
    "在化解矛盾纠纷方面，全市法院推行诉前调解，去年共化解纠纷1.2万件，调解成功率达到六成以上。",
)


def _layout_page() -> str:
    """A ``pdftotext -layout`` page: a margin of two spaces, paragraphs indented four more, a column 24
    characters wide, headlines set in at twelve spaces; the second headline block's first line fills
    the column and leaves its phrase unfinished by punctuation."""
    lines = ["            市法院通报去年审判工作情况", "            涉众型经济犯罪案件审结率超九成", ""]
    for para in LAYOUT_FIRST:
        lines += ["  " + x for x in _wrap(para, 24, indent="    ")]
    lines += [
        "",
        "            全市法院去年审结涉众型经济犯罪案件1312件",
        "            追赃挽损4.6亿元\u3000督促退赔集资群众2.1万余人",
        "",
    ]
    for para in LAYOUT_SECOND:
        lines += ["  " + x for x in _wrap(para, 24, indent="    ")]
    return "\n".join(lines) + "\n"


def test_layout_headline_lines_at_their_own_lead_stay_apart() -> None:
    arts = split_page(_layout_page())
    assert len(arts) == 2
    art = arts[1]
    assert art.title == "全市法院去年审结涉众型经济犯罪案件1312件"
    assert art.subtitle == "追赃挽损4.6亿元\u3000督促退赔集资群众2.1万余人"
    assert art.body.split("\n") == [LAYOUT_SECOND[0].split("　", 1)[1], *LAYOUT_SECOND[1:]]


# --- a bare noun phrase under a paragraph is a caption --------------------------------------------

CAPTION_PAGE = """\
两车高速路上逆行追尾

据红网报道\u300012月9日，在一条高速公路的支线上发生一起两车追尾事故，两辆小车都是在前方收费站掉头逆行上高速的。
{caption}

因雨雪天气来袭，高速路面结冰，交警视情在各收费站实行交通管制。

当天11时许，巡逻民警发现两辆小型轿车正在超车道上逆行，随后两车发生追尾，所幸车内人员没有受伤。

最后，民警对两位驾驶人进行了严厉的批评教育，并依法作出处罚。
"""


@pytest.mark.parametrize(
    ("caption", "is_caption"),
    [
        ("事故现场。", True),
        ("救援现场。", True),
        ("雨雪中的高速公路。", True),
        ("两车均受损。", False),  # a clause with a verb may be the paragraph's own tail
        ("民警赶到现场处置。", False),
    ],
)
def test_bare_noun_phrase_under_paragraph_is_caption(caption: str, is_caption: bool) -> None:
    arts = split_page(CAPTION_PAGE.format(caption=caption))
    assert len(arts) == 1
    assert (caption in arts[0].captions) is is_caption
    assert (caption in arts[0].body) is not is_caption


# --- the scene opens a kicker ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "kicker"),
    [
        ("在恩施许家坪机场", "机场出租车不打表还漫天要价", True),
        ("在市民服务中心", "办事群众排起长队", True),
        ("从侗族大歌到高山茶场的围棋对决", "三江旅游嘉年华开幕", True),
        ("从田间地头到网络直播间", "武乡小米走出大山", True),
        ("自去年开展专项整治以来", "全市查处违法建筑三百余处", True),
        # no scene: the rules as before
        ("驾考作弊被抓现行", "一年内不得申领驾驶证", False),
        ("京昆高速绵阳段3车相撞", "北上出川需绕行", False),
    ],
)
def test_scene_opening_is_kicker(first: str, second: str, kicker: bool) -> None:
    assert kicker_over_title(first, second) is kicker


# --- a photo's words on a flat, hard-wrapped photo story -------------------------------------------

FLAT_PHOTO = (
    "近年来，县里坚持把农村电商作为带动群众增收的重要抓手，先后建成镇级服务站十二个、村级服务点一百余个。",
    "村民王大山就是其中之一。前年，他参加了县里组织的第一期电商培训班，并在当年冬天尝试开办了属于自己的网店。",
    "不久之后，尝到甜头的王大山又有了直播卖小米的念头，他说农民也可以去田地里直播卖小米。",
)


@pytest.mark.parametrize(
    ("credit", "line", "is_caption"),
    [
        ("文/太　行　图/漳　河", "王大山在谷子地里直播卖小米。", True),
        ("文/太　行　图/漳　河", "村民在晒场上翻晒谷子。", True),
        # no photographer in the byline: a short paragraph of its own
        ("本报记者　太　行", "王大山在谷子地里直播卖小米。", False),
        # a sentence of clauses is running text
        ("文/太　行　图/漳　河", "如今，他的小米卖到了全国。", False),
    ],
)
def test_short_sentence_in_flat_photo_story_is_caption(credit: str, line: str, is_caption: bool) -> None:
    width = 40
    printed: list[str] = []
    for k, para in enumerate(FLAT_PHOTO + FLAT_PARAGRAPHS[2:]):
        printed += [para[i : i + width] for i in range(0, len(para), width)]
        if k == 1:
            printed.append(line)
    page = "\n".join(["在上司乡岭头村", "村民直播卖小米", credit, "", *printed]) + "\n"
    arts = split_page(page)
    assert len(arts) == 1
    assert (line in arts[0].captions) is is_caption
    assert (line in arts[0].body) is not is_caption


# --- a modal of permission states the story's point ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "judging"),
    [
        ("遇暴雨预警可延迟上学", True),
        ("新生可以自愿选择宿舍", True),
        ("外地车辆周末可进入市区", True),
        ("“放管服”改革要放出活力", True),
        # 可 inside a word, or no verb after it: no modal
        ("景区推出可口小吃一条街", False),
        ("广州市教育局再次挂出灾害性天气停课指引", False),
        ("男子高速逆行被查", False),
    ],
)
def test_modal_of_permission_judges(text: str, judging: bool) -> None:
    assert judges(text) is judging


@pytest.mark.parametrize(
    ("first", "second", "kicker"),
    [
        ("广州市教育局再次挂出灾害性天气停课指引", "遇暴雨预警可延迟上学", True),
        ("我市出台新规", "老人乘公交可免费", True),
        # a permission in both lines: the rules as before
        ("学生遇暴雨预警可延迟上学", "不算迟到旷课", False),
    ],
)
def test_permission_line_is_title(first: str, second: str, kicker: bool) -> None:
    assert kicker_over_title(first, second) is kicker
