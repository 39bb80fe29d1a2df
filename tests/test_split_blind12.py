"""The rules the splitter gained on the twelfth blind set, tests/pages/split_blind12 (20 typical pages of papers,
page types and layouts the other sets lack: 中国民航报, 中国食品安全报, 中国气象报, 陕西日报, 山西日报, 兰州晨报,
春城晚报, 南国早报, 东方早报, 金融时报, 中国质量报, 检察日报 titled 简讯, 福建日报, 大众日报, an 安徽日报 page
opening with a story continued from page 1, 中国水利报, a 参考消息-style 国际 page, 吉林日报, a 深圳特区报 评论
page and 湖北日报 untitled 简讯), weighted toward headline blocks of two and three lines.

The set itself and the splitter on each of its pages (with the known misses left) are tested in
tests/test_split_sets.py, from the table in tests/split_sets.py; here are the rules the set's round
added, on cases of their own.
"""

from __future__ import annotations

import pytest

from newsmine.split import split_page

# --- pages wrapped at a fixed width wider than any column (45 characters): what must hold there.  The
# blind12 fix (such a width is taken as the wrap width when most lines stop at it) is guarded by
# q02_shipin_flat above (no extra article); these cases hold with and without it. ---------------------

_WIDE = (
    "本报北京7月6日电（记者　章　燃）根据世界卫生组织４日提供的消息，联合国负责制定食品安\n"
    "全标准的国际食品法典委员会为牛奶中三聚氰胺含量设定了新标准，今后每公斤液态婴儿牛奶中三\n"
    "聚氰胺含量不得超过０．１５毫克。该委员会说，新标准将有助于各国政府更好地保护消费者权益\n"
    "和健康。\n"
    "有评论指出我国的三聚氰胺标准比联合国标准松，引发社会热议。卫生部有关方面负责人表示，标\n"
    "准“宽松”系媒体误读，两种标准折算之后的限量基本一致，公众不必为此感到担心和忧虑了。\n"
    "此风波还未平息，市工商局抽检结果显示，由一家乳制品分公司生产的减脂芝士片检出菌落总数\n"
    "超标。目前问题产品已下架，工商部门表示将继续跟踪抽检，并向社会及时公布有关的检测结果。\n"
)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("根据世界卫生组织", "消费者权益和健康。"),  # three full lines cut mid-sentence, joined
        ("有评论指出", "感到担心和忧虑了。"),  # a full line ending on 。 is not glued to the next
        ("此风波还未平息", "有关的检测结果。"),  # a full line under a finished one is no headline
    ],
)
def test_fixed_width_wrap_wider_than_a_column(start: str, end: str) -> None:
    arts = split_page(
        "中国食品安全报　2012年7月7日　星期六　A2　监管\n\n三聚氰胺国标“宽松”系误读\n\n" + _WIDE
    )
    assert len(arts) == 1
    paragraphs = arts[0].body.split("\n")
    assert any(p.startswith(start) and p.endswith(end) for p in paragraphs), paragraphs
