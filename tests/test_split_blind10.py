"""The rules the splitter gained on the tenth blind set, tests/pages/split_blind10 (20 typical pages of papers,
page types and layouts the other sets lack: 21世纪经济报道 金融, a 法院 page, 新华每日电讯 国际, a 健康
page, 人民公安报, a county-economy paper, 厦门日报, a 评论 page of short signed pieces, an interview page
of ``记者：…`` / ``某某：…`` paragraphs, a photo page with many captions, 大河报 titled briefs, 华西都市报
untitled 快讯, a page opening with a story continued from an earlier page, a weekend feature with long
subheads, 公益时报 with full-width digits, 金华日报 交通, 南充日报, 海南日报, 每日经济新闻 and 新疆日报),.

The set itself and the splitter on each of its pages (with the known misses left) are tested in
tests/test_split_sets.py, from the table in tests/split_sets.py; here are the rules the set's round
added, on cases of their own.
"""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.lines import parse_byline, split_end_byline

# --- the rules added after round 10, as case tables --------------------------------------------------

BYLINES = [
    # a weekly's name before each role, names spaced character by character
    ("南方周末记者　周　南　南方周末实习生　吴　越", "南方周末", ("周南",), ("吴越",)),
    ("中国新闻周刊记者　李　明", "中国新闻周刊", ("李明",), ()),
    # a paper's short name, and the desk editor beside the reporter: the editor signs nothing
    ("每经记者　黄　鹂　每经编辑　陈　旭", "每经", ("黄鹂",), ()),
    ("记者　张　强　编辑　王　芳", None, ("张强",), ()),
    ("本报记者 王海涛 实习生 刘 畅", "本报", ("王海涛",), ("刘畅",)),
]


@pytest.mark.parametrize(("text", "source", "reporters", "interns"), BYLINES)
def test_paper_prefixed_roles_and_editors(
    text: str, source: str | None, reporters: tuple[str, ...], interns: tuple[str, ...]
) -> None:
    by = parse_byline(text)
    assert by is not None
    assert (by.source, by.reporters, by.interns) == (source, reporters, interns)


@pytest.mark.parametrize(
    "text",
    ["编辑　王　芳", "（编辑：王芳）", "本报编辑部", "编辑部的同志们"],
)
def test_an_editor_alone_is_no_byline(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "body", "reporters"),
    [
        (
            "预计未来5到10年，市场规模将超千亿元。（每经记者　李　琪）",
            "预计未来5到10年，市场规模将超千亿元。",
            ("李琪",),
        ),
        ("大伯声音低沉。（南方周末记者　周　南）", "大伯声音低沉。", ("周南",)),
    ],
)
def test_end_credits_with_a_paper_prefix(text: str, body: str, reporters: tuple[str, ...]) -> None:
    got, by = split_end_byline(text)
    assert got == body
    assert by is not None and by.reporters == reporters


IND = "\u3000\u3000"


def test_a_sidebar_titled_after_its_box_word_is_an_article() -> None:
    page = "\n".join(
        [
            "一对患病夫妻的最后一程",
            "南方周末记者　周　南",
            "",
            IND + "12月2日下午，两位老人的遗体在城郊的河中被发现。",
            IND + "经当地警方勘察，两人死亡排除刑事案件可能。",
            "",
            "记者手记：来不及尽孝",
            "",
            IND + "然而，两个儿子再也无法知道其中的细节。",
            IND + "特别是接连失去三个兄弟的大伯，声音低沉。（周　南）",
        ]
    )
    arts = split_page(page)
    assert [a.title for a in arts] == ["一对患病夫妻的最后一程", "记者手记：来不及尽孝"]
    assert arts[1].byline.reporters == ("周南",)


def test_a_plain_heading_after_marked_subheads_opens_an_article() -> None:
    page = "\n".join(
        [
            "新三板保险中介冷暖不均",
            "■记者　郑　凯",
            "",
            IND + "目前，我国保险中介市场已由初级阶段进入转型阶段，市场主体较多。",
            "",
            IND + "众信易诚的控股股东以股权质押的方式借款了300万元。",
            "",
            "■控股股东质押股权借款",
            IND + "具体来看，该公司控股股东此次质押股份数量为600万股，用于借款担保。",
            IND + "质押期限为2018年5月15日起至2018年7月7日止。",
            "",
            "大基金二期募资接近完成",
            IND + "据外媒报道，中国“大基金”接近完成190亿美元二期募资。",
            IND + "业内表示，化合物半导体是这支新基金重点关注的领域之一。",
        ]
    )
    arts = split_page(page)
    assert [a.title for a in arts] == ["新三板保险中介冷暖不均", "大基金二期募资接近完成"]
    assert arts[0].subheads == ("■控股股东质押股权借款",)


@pytest.mark.parametrize(
    ("heading", "under", "articles"),
    [
        # a short title naming a place the story never named, over text of another topic: a brief
        ("越南多省持续降雨", IND + "报道称，越南6个省份自8日起开始持续降下大雨，多个城市被淹。", 2),
        ("高雄一大楼凌晨起火", IND + "凤山警分局表示，起火原因仍待消防局报告，警方正在访查住户。", 2),
        # a short phrase taking up the story's own words: a subhead
        ("地铁站如何应对", IND + "当地面雨水流进地铁站时，地铁站将关闭部分出入口，引导乘客疏散。", 1),
    ],
)
def test_a_short_title_naming_elsewhere_opens_a_brief(heading: str, under: str, articles: int) -> None:
    page = "\n".join(
        [
            "杭州地铁应对暴雨有预案",
            "",
            IND + "据杭州日报报道　杭州是个多雨的城市，今年入夏以来地铁站也有过几次积水。",
            IND + "作为地下交通脉络，地铁应对暴雨的原则是先救人后救物，乘客可以退票。",
            "",
            heading,
            "",
            under,
        ]
    )
    assert len(split_page(page)) == articles


def test_a_caption_set_inside_a_wrapped_paragraph_is_left_out() -> None:
    page = "\n".join(
        [
            "禁燃令下　南充春节更安静",
            "本报记者　何　洁",
            "",
            IND + "家住嘉陵区陈寿路的张大爷告诉记者，尽管",
            "民间有除夕夜守岁的说法，但是人年纪大了，还",
            "是希望早点休息。往年春节期间，每天晚上睡觉",
            "前，他都会早早地把窗户紧闭，害怕有烟花爆竹",
            "市民在府街选购春联和“福”字。",
            "声传来，也担心邻居们燃放的烟花爆竹会窜到家",
            "里来引发火灾，通宵都睡不踏实。",
            IND + "家住顺庆区滨江北路的王丝告诉记者，她今年",
            "读小学六年级了，即将升入初中，喜欢安静。",
        ]
    )
    (art,) = split_page(page)
    assert art.captions == ("市民在府街选购春联和“福”字。",)
    assert "害怕有烟花爆竹声传来，也担心" in art.body
    assert len(art.body.split("\n")) == 2


def test_a_clause_cut_by_a_photo_goes_on_after_its_caption() -> None:
    page = "\n".join(
        [
            "环卫工蜗居待拆半截楼",
            "",
            "在这里居住的环卫工老周是莱芜人，来济南已经两年了，每月能有一千块钱的工资。",
            "",
            "最让老周难受的是水电问题，因为面临拆迁，两栋居民楼的水电已经",
            "▲环卫工老周在没有门窗的屋里做饭。本报记者　杜　宇　摄",
            "全被掐断了。吃水现在只能到院子里接，然后再提到楼上。",
        ]
    )
    (art,) = split_page(page)
    assert "两栋居民楼的水电已经全被掐断了。" in art.body
    assert art.captions == ("▲环卫工老周在没有门窗的屋里做饭。本报记者　杜　宇　摄",)


@pytest.mark.parametrize(
    ("lines", "title", "subtitle"),
    [
        (
            ("杏林湾水库边多个排口排放污水", "系截污泵站故障所致　相关部门将尽快维修"),
            "杏林湾水库边多个排口排放污水",
            "系截污泵站故障所致　相关部门将尽快维修",
        ),
        (("老旧小区一夜停电三次", "疑因线路老化"), "老旧小区一夜停电三次", "疑因线路老化"),
        # ``也`` goes on with the clause above: one title on two lines
        (("提醒乘客注意着装", "也要讲方式"), "提醒乘客注意着装也要讲方式", None),
        # a distinguishing-word tag (``轻生``) before a quantity does not join the lines
        (
            ("六安五旬夫妻双双患病后轻生", "一对患病夫妻的最后一程"),
            "六安五旬夫妻双双患病后轻生",
            "一对患病夫妻的最后一程",
        ),
    ],
)
def test_two_headline_lines(lines: tuple[str, str], title: str, subtitle: str | None) -> None:
    page = "\n".join([*lines, "", IND + "本报讯　昨天上午，记者在现场看到，工作人员正在逐一排查。"])
    (art,) = split_page(page)
    assert (art.title, art.subtitle) == (title, subtitle)
