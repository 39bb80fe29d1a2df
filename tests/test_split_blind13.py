"""The rules the splitter gained on the thirteenth blind set, tests/pages/split_blind13 (20 typical pages of papers,
page types and layouts the other sets lack: 中国国防报 国际军事, 中国航天报, 国际商报, 中国城市报, 人民邮电报,
中国海洋报, a 中国电影报 feature, 中国知识产权报 case briefs with no byline and no dateline, a 武汉晚报 page
opening with a story continued from page 1, 青岛早报, 中国银行保险报, 中国国门时报, a 中国人口报 interview,
宁波日报, 张家口日报, 鲁中晨报, 江门日报, a 团结报 两岸 page with no bylines and no datelines, 中国经济时报 and a
county paper, 新昌报), weighted toward headline blocks of two and three lines,.

The set itself and the splitter on each of its pages (with the known misses left) are tested in
tests/test_split_sets.py, from the table in tests/split_sets.py; here are the rules the set's round
added, on cases of their own.
"""

from __future__ import annotations

import pytest

from newsmine.split import split_page

# --- the causes fixed in the blind13 round, on short pages of my own -------------------------------

_LAYOUT_PAGE = """            市民热议老旧小区加装电梯
            本报记者　林　涛

      今年以来，全市已有一百二十个老旧小区提出加装
  电梯申请，其中八十多个已经开工建设，进度明显快
  于往年。
      住在三楼的刘女士说，她盼这部电梯盼了好几
            年了，如今终于等到了开工的这一天。

            低楼层住户怎么办

      “电梯装好以后，一楼的采光会不会受影响？”
  这是不少低楼层住户最关心的问题。
      对此，市住建局表示，加装方案须经本单元住户
  协商一致，并将公示不少于十天。公示期间有异议
  的，由街道和社区组织住户再次协商，协商不成的
  暂缓实施。
      据了解，加装电梯的费用由财政补贴一部分，
  其余由住户按楼层分摊，楼层越高分摊越多，一楼
  住户一般不承担费用。
"""

_WIDE_PAGE = (
    "社区食堂开进老街巷\n"
    "本报记者　周　敏\n"
    "\n"
    "家住老城区的王大爷今年七十八岁，儿女都在外地工作，过去一日三餐常常凑合，如今楼下开了社区\n"
    "食堂，每天中午都能吃上热饭热菜。\n"
    "街道负责人介绍，食堂由街道提供场地，引入专业餐饮企业运营，老年人就餐可享受八折优惠，八十岁\n"
    "以上老人还能送餐上门。\n"
    "“饭菜合口味，价格也实惠！”\n"
    "老人们纷纷点赞。目前，全区已建成社区食堂二十六家，日均服务老年人三千余人次，还将在年底\n"
    "前再建十家。\n"
    "附近居民李女士说，母亲年纪大了做饭不方便，有了社区食堂，自己上班也放心了许多，不用再每天\n"
    "中午赶回家。\n"
)


@pytest.mark.parametrize(
    ("page", "titles", "paragraph"),
    [
        # a layout page whose headings are centred: a paragraph's first line (lead 4) under a subhead is
        # no heading, and a lone line shifted right that ends a sentence goes on with the line above
        (
            _LAYOUT_PAGE,
            ["市民热议老旧小区加装电梯"],
            "住在三楼的刘女士说，她盼这部电梯盼了好几年了，如今终于等到了开工的这一天。",
        ),
        (
            _LAYOUT_PAGE,
            ["市民热议老旧小区加装电梯"],
            "“电梯装好以后，一楼的采光会不会受影响？”这是不少低楼层住户最关心的问题。",
        ),
        # a page wrapped at a fixed 46-character width with two-line paragraphs: the full lines go on, and
        # a quoted exclamation set tight between paragraphs is no subhead
        (_WIDE_PAGE, ["社区食堂开进老街巷"], "如今楼下开了社区食堂，每天中午都能吃上热饭热菜。"),
        (_WIDE_PAGE, ["社区食堂开进老街巷"], "“饭菜合口味，价格也实惠！”"),
    ],
)
def test_blind13_round_layout_causes(page: str, titles: list[str], paragraph: str) -> None:
    arts = split_page(page)
    assert [a.title for a in arts] == titles
    assert any(paragraph in p for p in arts[0].body.split("\n"))


@pytest.mark.parametrize(
    ("headline", "title", "kicker"),
    [
        # an occasion ending (之际, 前夕) makes the line a kicker, never the first half of the title
        (["写在第五个“全民国家安全教育日”之际", "筑牢国家安全的人民防线"], "筑牢国家安全的人民防线", True),
        (["春运启动前夕", "铁路部门为何再次加开夜间列车？"], "铁路部门为何再次加开夜间列车？", True),
        # a naming line over a line opening with a modal and no toll: one title on two lines
        (["青岛地铁六号线首期工程", "将于年底开通运营"], None, False),
        # a toll is news of its own: title over its second line
        (["印尼苏拉威西岛强烈地震", "至少30人遇难"], "印尼苏拉威西岛强烈地震", False),
    ],
)
def test_blind13_round_headline_causes(headline: list[str], title: str | None, kicker: bool) -> None:
    page = (
        "\n".join(headline)
        + "\n本报记者　陈　晨\n\n本报讯　全市各部门昨天召开会议，部署相关工作，会议要求各单位抓好落实。\n"
    )
    (art,) = split_page(page)
    if title is None:
        assert art.title == "".join(headline)
        assert list(art.headline) == ["".join(headline)]
    else:
        assert art.title == title
        assert len(art.headline) == 2
        assert (art.headline[0] == headline[0]) is True
        assert (art.title == art.headline[1]) is kicker


@pytest.mark.parametrize(
    ("tail", "reporters"),
    [
        ("保单现金价值是指保险合同在发生解约或退保时可以返还的金额。（保　文）", ["保文"]),
        ("全年航班正常率达到百分之八十五以上。（航　文）", ["航文"]),
        ("相关工作将于年底前全部完成。（王　强）", ["王强"]),
        # a note in parentheses is not a name
        ("本文有删节。（有删节）", []),
    ],
)
def test_blind13_round_pen_name_at_the_end(tail: str, reporters: list[str]) -> None:
    page = "银保监会提示消费者理性退保\n\n银保监会近日发布风险提示，提醒消费者谨慎办理退保。\n" + tail + "\n"
    (art,) = split_page(page)
    assert list(art.byline.reporters) == reporters
    assert "（" not in art.body.split("\n")[-1] or not reporters
