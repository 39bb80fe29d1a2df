"""Kicker (引题) or title? The fourth titles round's cues (issue 4), read by
:func:`newsmine.split.assemble.kicker_over_title` and through the whole splitter.

Each cue was kept only when, over every gold two-line headline block of the page sets, it made more
blocks right than wrong and no block right before wrong.  The headlines here are written for these
tests (none is a gold block), with rows on both sides of each cue: where it fires and where it must not.
"""

from __future__ import annotations

import pytest

from newsmine.split import split_page
from newsmine.split.assemble import kicker_over_title

#: (first line, second line, whether the first is the kicker), one group per cue.
CUES = [
    # a line naming where the news happened, under a general line that names no place, body or person:
    # the general story is the kicker, its local instance the title
    ("个人所得税专项附加扣除政策落地", "温州首批纳税人享受减税红利", True),
    ("农村人居环境整治三年行动", "遂宁拆除违建旱厕三千余处", True),
    ("连续三个月出现亏损", "锦州港两亿元股权被冻结", True),
    ("创建国家卫生城市进入冲刺阶段", "我市全面开展环境卫生大扫除", True),
    ("秋粮收购工作全面启动", "我省已收购新粮120万吨", True),
    # …not when the first line names a place, body or person of its own (it is the title, the second
    # line its detail) …
    ("英国华人最新人口数据出炉", "伦敦华裔人口最多", False),
    ("县医院开通远程会诊平台", "山区患者在家门口看上专家号", False),
    ("重庆市消协发布上半年投诉分析", "渝北预付卡投诉居首", False),
    # …nor when the place word names no one place (the country opens organization names; 山区, 城市
    # are kinds of place) …
    ("作者维权诉讼一审胜诉", "中国知网被判赔偿", False),
    ("旧楼加装电梯提速", "城市老旧小区新装电梯120部", False),
    # …nor when the first line is itself local (我市…), nor when the second is two phrases set apart
    ("我市开展食品安全专项检查", "宜宾查处违规企业12家", False),
    ("一孩生育改为登记备案", "泰州取消生育服务证　再生育审批时限缩至30个工作日", False),
    # a first line opening with the period it sums up, over a figure of that period: the kicker
    ("上半年全市经济运行稳中向好", "规上工业增加值增长8.2%", True),
    ("前三个月外贸进出口回暖", "出口集装箱量同比增长一成", True),
    ("今年以来消费市场持续升温", "社会消费品零售总额突破千亿", True),
    # …not when both lines open with a period (the layout decides), nor with a period word later on
    ("一季度新增就业1.2万人", "一季度城镇登记失业率3.1%", False),
    ("全市养老金上半年发放到位", "惠及退休人员46万人", False),
    # a first line opening with how often something was done has no subject of its own: the kicker
    ("多次虚开增值税发票逃避监管", "建材公司负责人被判刑三年", True),
    ("多次以装修为名骗取业主定金", "装饰公司老板被判刑三年", True),
    ("反复修改招标文件排斥外地企业", "县住建局两名干部被问责", True),
    # …not with the frequency word after a subject, nor when both lines open with one
    ("男子多次盗窃电动车", "警方调取监控将其抓获", False),
    ("多次违规排污被罚", "屡次整改不到位被约谈", False),
    # a first line ending on a trend gives the background of the event below: the kicker
    ("冬季流感病例持续增多", "市疾控中心提醒老人儿童接种疫苗", True),
    ("网购退货纠纷愈演愈烈", "消协发布七天无理由退货提示", True),
    # …not a length of time (持续三天), nor when the second line runs on with the trend
    ("暴雨持续三天", "城区多条道路积水断行", False),
    ("流感病例持续增多", "全市流感病例持续高位运行", False),
    # a second line saying what is urgently needed is the story's point, the title
    ("老旧管网漏损严重", "供水管网改造亟待提速", True),
    ("城市停车位缺口较大", "停车设施建设急需提速", True),
    ("老旧小区消防通道常被堵", "消防设施改造亟须跟上", True),
    # …not when the first line says it (then the second reports what was done)
    ("农村养老服务亟待补短板", "县里建起十所互助幸福院", False),
]


@pytest.mark.parametrize(("first", "second", "kicker"), CUES)
def test_titles4_cues(first: str, second: str, kicker: bool) -> None:
    assert kicker_over_title(first, second) is kicker


#: A body of whole paragraphs under the headlines of the page tests.
BODY = [
    "　　本报讯 昨日，记者从有关部门获悉，今年以来全市共受理群众反映的各类问题一千二百余件，办结率超过九成。",
    "　　据介绍，相关部门将继续畅通诉求渠道，对群众反映集中的问题逐一建立台账，明确责任单位和办理时限。",
    "　　不少市民表示，问题反映后很快就有人上门处理，办事效率比以前明显提高。",
]


@pytest.mark.parametrize(
    ("head", "kicker", "title", "subtitle"),
    [
        (
            ["增值税发票电子化改革提速", "南充开出首张全电发票"],
            "增值税发票电子化改革提速",
            "南充开出首张全电发票",
            None,
        ),
        (
            ["上半年全市经济运行稳中向好", "规上工业增加值增长8.2%"],
            "上半年全市经济运行稳中向好",
            "规上工业增加值增长8.2%",
            None,
        ),
        (
            ["重庆市消协发布上半年投诉分析", "渝北预付卡投诉居首"],
            None,
            "重庆市消协发布上半年投诉分析",
            "渝北预付卡投诉居首",
        ),
    ],
)
def test_titles4_fields_on_a_page(
    head: list[str], kicker: str | None, title: str, subtitle: str | None
) -> None:
    """The cues reach the article's fields through the whole splitter."""
    page = "\n".join([*head, "本报记者 李文涛", "", *BODY])
    (art,) = split_page(page)
    assert (art.kicker, art.title, art.subtitle) == (kicker, title, subtitle)
    assert art.headline == tuple(head)
