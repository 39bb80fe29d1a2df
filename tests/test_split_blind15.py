"""The rules the splitter gained on the fifteenth blind set, tests/pages/split_blind15 (16 typical pages of papers,
page types and layouts the other sets lack: 现代快报 南京新闻, 杭州日报 城事, 中国税务报 (-layout), 劳动报 社保
(full-width digits), a county paper (荣县报), a 区报 (成华报, an editor's note), a 天府早报 教育 feature with long
subheads, an enterprise paper (贵阳城发报), 中国经营报 公司 (-layout), 南方都市报 图片新闻, a 深圳商报 评论 page,
a 福州晚报 page opening with a story continued from an earlier page, 海东时报 要闻 (a jump line), 潇湘晨报
untitled 快讯, 新文化报 titled 简讯 and a 新闻晨报 interview), with bylines and datelines of rarer real forms
(``本报通讯员 … 记者 …``, ``记者 … 通讯员 … 报道``, ``本报驻云南记者``, ``本报首席记者``, ``见习记者``,
``本报融媒体记者``, ``荣县融媒体中心记者``, ``新华社发``, ``中新网…电``, ``央视网消息``, ``人民网…电``, ``文/``
and ``图/`` on separate lines, ``（…）`` after the body, ``本报北京…电``).

The set itself and the splitter on each of its pages (with the known misses left) are tested in
tests/test_split_sets.py, from the table in tests/split_sets.py; here are the rules the set's round
added, on cases of their own.
"""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.assemble import kicker_over_title, read_headline
from newsmine.split.lines import Kind, Line, heading_like, parse_byline, split_end_byline

# --- the rules added after the blind15 run, as case tables ------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "reporters"),
    [
        ("现代快报/ZAKER南京记者　顾　元　见习记者　王　珊", "现代快报/ZAKER南京", ("顾元", "王珊")),
        ("本报特约评论员　何　明", "本报", ("何明",)),
        ("扬子晚报/紫牛新闻记者　刘　岩", "扬子晚报/紫牛新闻", ("刘岩",)),
        ("本报评论员　张　平", "本报", ("张平",)),
    ],
)
def test_blind15_credit_forms(text: str, source: str, reporters: tuple[str, ...]) -> None:
    by = parse_byline(text)
    assert by is not None and by.source == source and by.reporters == reporters


@pytest.mark.parametrize(
    ("para", "body", "reporters"),
    [
        ("失事地点位于长江中游航道301公里处。（综　合）", "失事地点位于长江中游航道301公里处。", ()),
        ("据外媒报道，该航班已安全降落。（编译）", "据外媒报道，该航班已安全降落。", ()),
        ("处罚书已经下达。（保　文）", "处罚书已经下达。", ("保文",)),
    ],
)
def test_blind15_compiled_notes_credit_nobody(para: str, body: str, reporters: tuple[str, ...]) -> None:
    text, by = split_end_byline(para)
    assert text == body and by is not None and by.reporters == reporters


@pytest.mark.parametrize(
    ("first", "second", "kicker"),
    [
        ("“７·２１”暴雨京港澳高速救援续", "获救者向农民工鞠躬谢恩", True),  # a follow-up mark
        ("2月24日凌晨荣县发生4.9级地震", "全县干部群众连夜投入抗震救灾", True),  # the day of the event
        ("9月1日凌晨城东发生一起火灾", "消防员半小时内扑灭明火", True),
        ("高温天气仍将持续", "市民出行注意防暑", False),  # 持续 marks no follow-up
        ("延迟退休将充分听取各方意见", "——上半年全国城镇新增就业６９４万人", False),
    ],
)
def test_blind15_kicker_cases(first: str, second: str, kicker: bool) -> None:
    assert kicker_over_title(first, second) is kicker


def test_blind15_two_long_clauses_are_title_and_subtitle() -> None:
    """``也`` opening a long second clause with its own subject does not make one title of two lines."""
    lines = [
        Line("专家建议到２０４５年退休年龄均为６５岁", Kind.HEADING),
        Line("也有专家认为目前没有延长退休年龄的条件", Kind.HEADING),
    ]
    _, _, _, title, subtitle = read_headline(lines)
    assert title == "专家建议到２０４５年退休年龄均为６５岁"
    assert subtitle == "也有专家认为目前没有延长退休年龄的条件"
    short = [Line("11岁女孩不会游泳", Kind.HEADING), Line("却下水勇救5岁男孩", Kind.HEADING)]
    assert read_headline(short)[3] == "11岁女孩不会游泳却下水勇救5岁男孩"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("女儿在读幼儿园中班的刘女士也为孩子准备好了寒假游学项目，“现在幼儿组织游学很流行泰国行哦！”", False),
        ("他说，这样的安排到底合不合理，大家心里都有一杆秤，“你说呢？”", False),
        ("四家人结伴去泰国插班一个月　“比去三亚还省”", True),
        ("“放管服”改革要放出活力！", True),
    ],
)
def test_blind15_quoted_exclamations(text: str, heading: bool) -> None:
    assert heading_like(text) is heading


def test_blind15_full_line_with_quotes_ends_its_paragraph() -> None:
    """A wrapped line four characters short of the width, ending on 。 with Chinese quotes in it, ends
    its paragraph: the quotes print a full cell, so the line does not fill the column."""
    page = (
        "人社部召开新闻发布会\n\n"
        "本报北京７月２６日电（记者　韩　明）延迟退休年龄的问题，近期引发社会广泛关\n"
        "注。\n"
        "人社部２５日上午召开新闻发布会，新闻发言人尹成基表示，我国延迟退休年龄将借\n"
        "鉴国外经验，拟对不同群体采取差别措施，并以“小步慢走”的方式实施。\n"
        "人社部目前进行系统的规划研究，“已触及的重大问题有十几个，退休（或领取养老\n"
        "金）年龄问题是其中之一。”\n"
    )
    body = split_page(page)[0].body.split("\n")
    assert body[1].endswith("并以“小步慢走”的方式实施。")
    assert body[2].startswith("人社部目前进行系统的规划研究")


def test_blind15_wrapped_title_over_dash_subtitle() -> None:
    """On a page wrapped at the headline's width, a full headline line over a second headline line and
    a —— subtitle stays a line of its own (kicker over title)."""
    page = (
        "全市创建全国民族团结进步示范市推进大会召开\n"
        "奋力开创新时代民族团结进步事业新局面\n"
        "——鸟成云出席并讲话　王林虎主持\n\n"
        "　　时报讯（记者　李　海）5月23日，市委召开\n"
        "创建全国民族团结进步示范市推进大会。\n"
        "　　省人大常委会副主任、市委书记鸟成云出席会议\n"
        "并讲话，市委副书记、市长王林虎主持会议，省委统\n"
        "战部常务副部长吕刚到会指导。\n"
    )
    a = split_page(page)[0]
    assert a.kicker == "全市创建全国民族团结进步示范市推进大会召开"
    assert a.title == "奋力开创新时代民族团结进步事业新局面"
