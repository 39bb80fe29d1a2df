"""The rules the splitter gained on the eighth blind set, tests/pages/split_blind8 (20 typical pages of papers
the other sets lack: 经济参考报, 证券时报, 中国妇女报, 环球时报, 参考消息 with 外电 credits, 半岛都市报, 新京报,
成都商报, a county weekly, 安徽日报, 福建日报, 河南日报, 甘肃日报 法治专版, 海南日报 简讯, 中国汽车报,
吉林日报, 青海日报, a page opening with a continued story, 北京晚报 家教, 中国企业报).

The set itself and the splitter on each of its pages (with the known misses left) are tested in
tests/test_split_sets.py, from the table in tests/split_sets.py; here are the rules the set's round
added, on cases of their own.
"""

from __future__ import annotations

import pytest

# --- the rules the blind8 fixes added, line by line ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("克里斯滕森出庭受审时的资料图片。", "caption"),
        ("入围短片《缘份》截图。", "caption"),
        ("游学地点有英国、新加坡、泰国等（图据网络）", "caption"),
        ("记者看到，聊天记录的截图显示，对方多次催款。", "body"),
        ("甘肃日报　法治专版", "furniture"),
        ("北京晚报　家教周刊", "furniture"),
        ("据路透社3月20日报道，李克强：我们要建设粤港澳大湾区。", "dateline"),
        ("据中新网报道，２０１１年５月１０日，出生仅３天的童童被遗弃。", "dateline"),
        # an agency cited in passing, or a magazine: the body's own sourcing
        ("据新华社报道，经检测，部分鲜艳食品添加了色素。", "body"),
        ("据《福布斯》中文版报道，除了教育捐赠是比较系统的，其他捐赠都还零散。", "body"),
    ],
)
def test_blind8_line_rules(line: str, kind: str) -> None:
    from newsmine.split.lines import classify_text

    assert classify_text(line).kind.value == kind


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("家里一些农活，公公也抢着干，让婆婆多休息。（吴燕）", ("吴燕",)),
        ("区民政局领导及四十多家媒体参加了发布会。（孙　华）", ("孙华",)),
        ("确认刹车有效后方可行驶。（梁宇）", ("梁宇",)),
        # notes in the same place are no names
        ("故事到这里还没有结束。（待续）", None),
        ("庭审现场。（资料图片）", None),
        ("晓强（化名）却住进了医院", None),
    ],
)
def test_blind8_bare_name_end_credit(text: str, reporters: tuple[str, ...] | None) -> None:
    from newsmine.split.lines import split_end_byline

    _, by = split_end_byline(text)
    assert (by.reporters if by else None) == reporters


def test_blind8_marked_subheads_stay_in_the_story() -> None:
    """■ subheads inside a story signed only at its end do not open articles of their own."""
    from newsmine.split import split_page

    page = "\n".join(
        [
            "大连一命案二审维持原判",
            "女友坠楼身亡 男友被判无罪",
            "",
            "　　大连市中院一审判决郑飞犯故意杀人罪，判处死刑缓期执行。郑飞提起上诉。",
            "",
            "■死亡时间无法确定",
            "",
            "　　被害人尸体被发现是在早上6时20分至40分左右，坠落准确时间无法确定。",
            "",
            "■作案手法及工具并未查实",
            "",
            "　　具体受到何外力作用导致窒息死亡无客观证据证明，事实不清。（本报记者　佟　亮）",
        ]
    )
    arts = split_page(page)
    assert len(arts) == 1
    assert arts[0].subheads == ("■死亡时间无法确定", "■作案手法及工具并未查实")
    assert arts[0].byline.reporters == ("佟亮",)
