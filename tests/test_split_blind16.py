"""The rules the splitter gained on the sixteenth blind set, tests/pages/split_blind16 (16 typical pages of papers,
page types and layouts the other sets lack: 苏州日报 城市 (a 主题 printed on two lines), 温州日报 要闻 (CRLF),
江南都市报 titled 简讯, 东莞日报 (-layout), a 人民铁道 feature (long subheads, ``文/`` and ``图/`` lines),
中国自然资源报 (flat wrap, a long sentence-like 引题), 合肥晚报 (a story continued from an earlier page,
BOM), 郑州晚报 (-layout, a jump line), 半岛晨报 图片新闻, a 中国科学报 Q&A interview, a university paper
(trailing spaces), a 区报 (润州报), a 县报 (清水报, CRLF, an editor's note), 中国绿色时报, a 中国家庭报 评论 page
and 生活报 untitled 快讯), weighted toward headline blocks (引题 + 主题, 主题 + 副题 with and without ——,
three-line blocks, titles printed on two lines, a short 主题 over a long 副题 without a dash, 栏目 labels),.

The set itself and the splitter on each of its pages (with the known misses left) are tested in
tests/test_split_sets.py, from the table in tests/split_sets.py; here are the rules the set's round
added, on cases of their own.
"""

from __future__ import annotations

import pytest

from newsmine.split.assemble import kicker_over_title
from newsmine.split.lines import match_dateline, parse_byline, split_end_byline

# --- the cues this round added, on lines written for these tests -------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "kicker"),
    [
        # a long line of two phrases under a shorter one is the subtitle
        ("城区停车收费改为按时计费", "首小时内免费停放15分钟　夜间时段收费标准下调三成以上", False),
        ("老旧小区加装电梯提速", "市住建局简化审批流程　居民申请办理时限压缩至20个工作日", False),
        # a long lead-in over a much shorter display line is the kicker
        ("3名男子为牟取暴利在居民楼内私设加工点非法生产假冒白酒被查", "千余瓶假酒被当场查封", True),
        # purpose, cause or occasion opening the first line
        ("为骗取拆迁补偿款", "男子连夜抢建违章房", True),
        ("因琐事与邻居发生争执", "七旬老人持刀伤人", True),
        ("中秋前夕严查月饼市场", "市场监管部门抽检37批次", True),
        # what is urgently needed is the point of the story
        ("城区电动自行车保有量突破百万", "充电设施建设亟待提速", True),
        # unchanged: a one-phrase title over a clause of facts
        ("暴雨致多条道路积水", "交警部门紧急疏导交通，未发生人员伤亡", False),
    ],
)
def test_kicker_over_title_cues(first: str, second: str, kicker: bool) -> None:
    assert kicker_over_title(first, second) is kicker


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("…已全部撤离至安全地带。（川　岩　叙　勘）", ("川岩", "叙勘")),
        ("…伤者已无生命危险。（保　文）", ("保文",)),
        ("…目前正在进一步调查中。（综　合）", ()),
    ],
)
def test_spaced_end_credits(text: str, reporters: tuple[str, ...]) -> None:
    body, by = split_end_byline(text)
    assert by is not None and by.reporters == reporters
    assert not body.endswith("）")


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("浙江在线11月22日讯（记者　郑　德）近日，湖州市…", "浙江在线11月22日讯"),
        ("本报讯（苏报融媒记者　吴　苏）前天，…", "本报讯"),
    ],
)
def test_web_site_datelines(text: str, dateline: str) -> None:
    m = match_dateline(text)
    assert m is not None and m.group("dateline") == dateline


def test_converged_newsroom_byline() -> None:
    """``苏报融媒记者``: the paper is the source, 融媒记者 the reporters' role."""
    by = parse_byline("苏报融媒记者　吴　苏　通讯员　相　法")
    assert by is not None
    assert (by.source, by.reporters, by.correspondents) == ("苏报", ("吴苏",), ("相法",))
