"""Tests of the page splitter: the line classifier, the assembler, each layout of issue 4, the seed page
and the fixture pages of tests/pages/split (built from real corpus articles, with a gold file each)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmine.records import Byline
from newsmine.split import markers, split_page
from newsmine.split.assemble import assemble, continues, read_headline
from newsmine.split.lines import (
    Kind,
    Line,
    classify_text,
    credit_with_lead_names,
    is_closed,
    normalize,
    parse_byline,
    photo_credit,
    raw_lines,
    reflow,
    split_end_byline,
)
from tests.splitgold import squash

PAGES = Path(__file__).resolve().parent / "pages" / "split"
GOLD_SEED = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "000_07dec771a2603ee3.gold.json"
)


# --- the classifier ----------------------------------------------------------------------

KIND_CASES = [
    ("□青岛日报/观海新闻记者 张晋", Kind.BYLINE),
    ("实习生 赵一婧", Kind.BYLINE),
    ("■ 记者 王宁", Kind.BYLINE),
    ("（本报记者 白剑峰）", Kind.BYLINE),
    ("本报7月25日讯 25日下午，市卫生健康委同市委统战部开展对口联系活动。", Kind.DATELINE),
    ("新华社北京7月25日电（记者 王旭、李欣）国务院新闻办公室25日举行发布会。", Kind.DATELINE),
    ("据新华社电 香港警方12月初展开打击网上购物诈骗行动。", Kind.DATELINE),
    ("记者从25日市人力资源社会保障局召开的新闻通气会上获悉，上半年就业形势稳中向好。", Kind.BODY),
    ("■今年以来，青岛积极组织全市重点产业专场招聘会，为青年人才开发优质就业岗位。", Kind.CAPTION),
    ("图为武进区法院庭审现场。", Kind.CAPTION),
    ("事发现场，两台起重机在进行清理。新华社记者 梁旭 摄", Kind.CAPTION),
    ("本报记者 李某 摄", Kind.CAPTION),
    ("资料图片", Kind.CAPTION),
    ("2024年7月26日 星期五 第3版 要闻", Kind.FURNITURE),
    ("责任编辑：王海涛", Kind.FURNITURE),
    ("美术编辑：李娜", Kind.FURNITURE),
    ("（下转第二版）", Kind.FURNITURE),
    ("（上接第一版）", Kind.FURNITURE),
    ("A3", Kind.FURNITURE),
    ("——访市委常委、胶州市委书记张新竹", Kind.SUBTITLE),
    ("简讯", Kind.COLUMN),
    ("青岛明年计划新增百名高层次中医药人才", Kind.HEADING),
    ("规模10亿元，专注于医疗健康等领域早中期投资", Kind.HEADING),
    ("以经济体制改革为牵引 激发高质量发展动力活力", Kind.HEADING),
    ("死刑!判了!", Kind.HEADING),
    ("编者按：延迟退休话题近来引发热议。本版今起刊发系列报道。", Kind.NOTE),
    ("金融是实体经济的血脉。上合示范区将聚力健全上合特色金融体制机制。", Kind.BODY),
    # three commas and no stop: running text cut by the layout, not a headline
    ("在12月被捕的64人中，包括34男30女，他们涉及317宗案件，涉嫌诈骗等罪名", Kind.BODY),
]


@pytest.mark.parametrize(("text", "kind"), KIND_CASES)
def test_classify_text(text: str, kind: Kind) -> None:
    assert classify_text(text).kind is kind


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("来青就业创业。", True),
        ("获悉。”", True),
        ("为打造“中国康湾”", False),
        ("”张新竹", False),
        ("这咋找……", True),
        ("未就业普通高校毕业生", False),
        ("是什么？", True),
        ("港口", False),
    ],
)
def test_is_closed(text: str, closed: bool) -> None:
    assert is_closed(text) is closed


# --- bylines and datelines ---------------------------------------------------------------

BYLINE_CASES = [
    ("□青岛日报/观海新闻记者 张晋", Byline("青岛日报/观海新闻", ("张晋",))),
    ("本报记者 王宁 李红", Byline("本报", ("王宁", "李红"))),
    ("本报记者　何小敏　李星慧", Byline("本报", ("何小敏", "李星慧"))),
    ("本报记者 王宁 通讯员 李红 实习生 赵一婧", Byline("本报", ("王宁",), ("赵一婧",), ("李红",))),
    ("■ 记者 顾和平 通讯员 吴晓蓉", Byline(None, ("顾和平",), (), ("吴晓蓉",))),
    ("文/黄栀 图/刘洋", Byline(None, ("黄栀",), (), (), ("刘洋",))),
    ("新华社记者 王旭", Byline("新华社", ("王旭",))),
    ("人民日报记者 白剑峰、李红", Byline("人民日报", ("白剑峰", "李红"))),
    ("记者 王宁，李红", Byline(None, ("王宁", "李红"))),
    ("（本报记者 王益）", Byline("本报", ("王益",))),
    ("本报记者 王宁 本报通讯员 李红", Byline("本报", ("王宁",), (), ("李红",))),
    ("记者 阿依古丽·买买提", Byline(None, ("阿依古丽·买买提",))),
    ("深圳商报记者 李明", Byline("深圳商报", ("李明",))),
    ("本报评论员", Byline("本报")),
    ("实习生 赵一婧", Byline(None, (), ("赵一婧",))),
]


@pytest.mark.parametrize(("text", "expected"), BYLINE_CASES)
def test_parse_byline(text: str, expected: Byline) -> None:
    assert parse_byline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "记者从市人社局获悉",
        "本报记者近日走访看到，中坤广场共有5栋建筑。",
        "青岛明年计划新增百名高层次中医药人才",
        "记者注意到",
    ],
)
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


DATELINE_CASES = [
    (
        "本报7月25日讯 25日下午，市卫生健康委开展活动。",
        "本报7月25日讯",
        "25日下午，市卫生健康委开展活动。",
        (),
    ),
    ("本报北京7月25日电 国务院今天召开常务会议。", "本报北京7月25日电", "国务院今天召开常务会议。", ()),
    ("本报讯 青岛港昨日开通一条新航线。", "本报讯", "青岛港昨日开通一条新航线。", ()),
    (
        "新华社北京7月25日电（记者王旭、李欣）国新办25日举行发布会。",
        "新华社北京7月25日电",
        "国新办25日举行发布会。",
        ("王旭", "李欣"),
    ),
    ("据新华社电 香港警方展开行动。", "据新华社电", "香港警方展开行动。", ()),
    (
        "中新网杭州６月１９日电（记者　夏毅）今年１０月，杭州地铁一号线即将开通。",
        "中新网杭州６月１９日电",
        "今年１０月，杭州地铁一号线即将开通。",
        ("夏毅",),
    ),
    ("本报讯（记者 王宁 通讯员 李红）昨日，全市召开会议。", "本报讯", "昨日，全市召开会议。", ("王宁",)),
]


@pytest.mark.parametrize(("text", "dateline", "rest", "reporters"), DATELINE_CASES)
def test_dateline(text: str, dateline: str, rest: str, reporters: tuple[str, ...]) -> None:
    line = classify_text(text)
    assert line.kind is Kind.DATELINE
    assert (line.dateline, line.rest) == (dateline, rest)
    assert (line.byline.reporters if line.byline else ()) == reporters


def test_end_byline_is_split_from_its_paragraph() -> None:
    text, by = split_end_byline("1月15日至25日，陈某某等4人陆续被公安机关抓获。（记者 王莹 通讯员 陈俊云）")
    assert text.endswith("抓获。")
    assert by == Byline(None, ("王莹",), (), ("陈俊云",))
    assert split_end_byline("全市城镇新增就业18.55万人（同比增长4.95%）。")[1] is None


def test_photo_credit() -> None:
    assert photo_credit("事发现场。（新华社记者 梁旭 摄）").photographers == ("梁旭",)
    assert photo_credit("图为庭审现场。") is None


# --- reflow ------------------------------------------------------------------------------


def test_reflow_joins_hard_wrapped_lines_without_spaces() -> None:
    page = (
        "　　本报孝感12月6日讯 今年5月，应城市公安局\n禁毒大队接到匿名举报称，该市城北办事处茶棚村\n"
        "一休闲农庄有人吸毒。\n　　经查，该村的休闲农庄于2018年7月由原老板\n出租给天门人经营。\n"
    )
    paras = [r.text for r in reflow(raw_lines(page))]
    assert paras == [
        "本报孝感12月6日讯 今年5月，应城市公安局禁毒大队接到匿名举报称，该市城北办事处茶棚村一休闲农庄有人吸毒。",
        "经查，该村的休闲农庄于2018年7月由原老板出租给天门人经营。",
    ]


def test_reflow_keeps_whole_paragraph_lines_apart() -> None:
    page = "金融是实体经济的血脉。上合示范区将聚力健全上合特色金融体制机制，积极对接国家部委。\n同时，健全全面创新体制机制。发挥上合国际城鲁港科技合作创新中心作用。\n"
    assert len(reflow(raw_lines(page))) == 2


def test_normalize_crlf_bom_trailing_spaces() -> None:
    assert normalize("\ufeff标题  \r\n正文。\u3000\r\n") == "标题\n正文。\n"


# --- headline rule -----------------------------------------------------------------------


def _heads(*texts: str) -> list[Line]:
    return [classify_text(t) for t in texts]


HEADLINE_CASES = [
    # (lines, column, kicker, title, subtitle)
    (("青岛明年计划新增百名高层次中医药人才",), None, None, "青岛明年计划新增百名高层次中医药人才", None),
    (
        ("放大平台优势，持续深化制度型开放", "——访市委常委、胶州市委书记张新竹"),
        None,
        None,
        "放大平台优势，持续深化制度型开放",
        "——访市委常委、胶州市委书记张新竹",
    ),
    (
        ("持续推进高质量充分就业，深入实施“青聚英才”行动", "青岛上半年引进集聚各类人才11.95万人"),
        None,
        "持续推进高质量充分就业，深入实施“青聚英才”行动",
        "青岛上半年引进集聚各类人才11.95万人",
        None,
    ),
    (
        ("阿斯利康中金基金在青岛高新区设立", "规模10亿元，专注于医疗健康等领域早中期投资"),
        None,
        None,
        "阿斯利康中金基金在青岛高新区设立",
        "规模10亿元，专注于医疗健康等领域早中期投资",
    ),
    (
        ("网购普及 骗案上升", "香港警方打击网购诈骗拘64人", "——涉案金额156万港元"),
        None,
        "网购普及 骗案上升",
        "香港警方打击网购诈骗拘64人",
        "——涉案金额156万港元",
    ),
    (
        (
            "学习贯彻党的二十届三中全会精神 区(市)委书记访谈",
            "放大平台优势，持续深化制度型开放",
            "——访胶州市委书记",
        ),
        "学习贯彻党的二十届三中全会精神 区(市)委书记访谈",
        None,
        "放大平台优势，持续深化制度型开放",
        "——访胶州市委书记",
    ),
    (("【民生关注】", "“延迟退休”话题升温"), "【民生关注】", None, "“延迟退休”话题升温", None),
    (
        ("食品安全", "南山奶粉５批次含强致癌物　光明奶油上“黑榜”"),
        "食品安全",
        None,
        "南山奶粉５批次含强致癌物　光明奶油上“黑榜”",
        None,
    ),
    (("时隔八年：", "中国女排再夺世界杯冠军"), None, "时隔八年：", "中国女排再夺世界杯冠军", None),
    # titles round 3: a first line naming the occasion or day the news falls on is the kicker
    (
        ("新版医保目录执行首日", "本市定点药店上架首批谈判药品"),
        None,
        "新版医保目录执行首日",
        "本市定点药店上架首批谈判药品",
        None,
    ),
    (
        ("个人信息保护法施行后首例", "区法院审结一起人脸识别公益诉讼案"),
        None,
        "个人信息保护法施行后首例",
        "区法院审结一起人脸识别公益诉讼案",
        None,
    ),
    (
        ("第十届花博会开幕当天", "十万游客涌入滨江园区"),
        None,
        "第十届花博会开幕当天",
        "十万游客涌入滨江园区",
        None,
    ),
    # … a public debate the story arises from, a rule coming into force
    (
        ("小区“禁养大型犬”公告引发争议", "物业：将听取业主意见后再定"),
        None,
        "小区“禁养大型犬”公告引发争议",
        "物业：将听取业主意见后再定",
        None,
    ),
    (
        ("《城市绿化条例》下月起施行", "擅自砍伐行道树最高罚款十万元"),
        None,
        "《城市绿化条例》下月起施行",
        "擅自砍伐行道树最高罚款十万元",
        None,
    ),
    # a call over a line whose subject is a place is its kicker, never the start of one title
    (
        ("集中展示运河文化遗产", "扬州中国大运河博物馆开馆迎客"),
        None,
        "集中展示运河文化遗产",
        "扬州中国大运河博物馆开馆迎客",
        None,
    ),
    # a noun phrase over a line opening with a verb, no subject of its own: one title on two lines
    (
        ("全市二季度空气质量监测结果", "优于去年同期水平"),
        None,
        None,
        "全市二季度空气质量监测结果优于去年同期水平",
        None,
    ),
    # an arrest over its figures stays title + subtitle
    (
        ("某市破获特大网络诈骗案", "涉案金额三千余万元"),
        None,
        None,
        "某市破获特大网络诈骗案",
        "涉案金额三千余万元",
    ),
]


@pytest.mark.parametrize(("texts", "column", "kicker", "title", "subtitle"), HEADLINE_CASES)
def test_read_headline(texts, column, kicker, title, subtitle) -> None:
    got_column, headline, got_kicker, got_title, got_subtitle = read_headline(_heads(*texts))
    assert (got_column, got_kicker, got_title, got_subtitle) == (column, kicker, title, subtitle)
    if len(headline) == len([t for t in texts if t != column]):
        assert list(headline) == [t for t in texts if t != column]
    else:  # one title printed on two lines
        assert list(headline) == [title]


WRAPPED_HEADLINE_PAGES = [
    # (page, the headline lines reflow must keep apart): a kicker that happens to fill the column over a
    # title of two spaced phrases, under a bracketed label and over the byline
    (
        "青城日报　2024年5月8日　星期三　第5版　民生\n\n【关注老旧小区】\n“幸福家园”改造行动走进东关街道\n"
        "328户居民 户户用上新管网\n本报记者　李　青　通讯员　王小川\n\n"
        "　　本报联合区住建局开展的“幸福家园”改\n造行动东关街道站日前完成施工，改造工\n程历时三个月。\n",
        ["“幸福家园”改造行动走进东关街道", "328户居民 户户用上新管网"],
    ),
    # the same after a blank line, over a dateline paragraph
    (
        "\n“文明出行”宣传活动走进城南社区小学\n500顶头盔 顶顶护平安\n\n"
        "　　本报讯　5月7日上午，交警城南中队民警\n来到城南社区小学，为学生们讲授交通安全\n知识，并向学生赠送头盔。\n",
        ["“文明出行”宣传活动走进城南社区小学", "500顶头盔 顶顶护平安"],
    ),
]


@pytest.mark.parametrize(("page", "heads"), WRAPPED_HEADLINE_PAGES)
def test_reflow_keeps_a_full_width_kicker_apart(page: str, heads: list[str]) -> None:
    texts = [r.text for r in reflow(raw_lines(page))]
    assert all(h in texts for h in heads)
    # the body's printed lines are still joined into one paragraph
    assert any(t.endswith("。") and len(t) > 40 for t in texts)
    art = split_page(page)[0]
    assert art.title == heads[1] and art.kicker == heads[0]


def test_continues_finds_a_word_cut_by_the_layout() -> None:
    assert continues("一审判处有", "期徒刑18年")
    assert not continues("开放示范区", "党的二十届三中全会")


# --- the assembler alone -----------------------------------------------------------------


def _lines(*specs: tuple[str, int]) -> list[Line]:
    out = []
    for text, gap in specs:
        line = classify_text(text)
        out.append(
            Line(
                line.text,
                line.kind,
                gap=gap,
                closed=line.closed,
                dateline=line.dateline,
                byline=line.byline,
                rest=line.rest,
            )
        )
    return out


def test_assemble_subheads_stay_in_a_signed_article() -> None:
    arts = assemble(
        _lines(
            ("合作共赢开新局", 0),
            ("本报记者 王宁", 1),
            ("第一段正文写完了。", 1),
            ("以改革为牵引 激发发展活力", 1),
            ("第二段正文也写完了。", 1),
        )
    )
    assert len(arts) == 1
    assert arts[0].subheads == ("以改革为牵引 激发发展活力",)
    assert arts[0].body == "第一段正文写完了。\n第二段正文也写完了。"


def test_assemble_heading_then_byline_opens_an_article() -> None:
    arts = assemble(
        _lines(
            ("第一篇标题", 0),
            ("本报记者 王宁", 1),
            ("第一篇正文。", 1),
            ("第二篇标题", 1),
            ("本报记者 李红", 1),
            ("第二篇正文。", 1),
        )
    )
    assert [a.title for a in arts] == ["第一篇标题", "第二篇标题"]
    assert [a.byline.reporters for a in arts] == [("王宁",), ("李红",)]


def test_assemble_joins_across_caption_and_furniture() -> None:
    arts = assemble(
        _lines(
            ("标题", 0),
            ("补助发给企业。离校两年内未就业普通高校毕业", 1),
            ("■图为招聘会现场。", 2),
            ("责任编辑：王某", 1),
            ("生、登记失业青年可以领取补助。", 1),
        )
    )
    assert arts[0].body == "补助发给企业。离校两年内未就业普通高校毕业生、登记失业青年可以领取补助。"
    assert arts[0].captions == ("■图为招聘会现场。",)


def test_assemble_column_after_byline() -> None:
    arts = assemble(
        _lines(
            ("“五个一”推动政务服务更便捷高效", 0),
            ("□青岛日报/观海新闻记者 余博", 1),
            ("锚定现代化 改革再深化 青岛实践", 1),
            ("党的二十届三中全会胜利举行。", 1),
        )
    )
    assert arts[0].column == "锚定现代化 改革再深化 青岛实践"
    assert arts[0].headline == ("“五个一”推动政务服务更便捷高效",)


# --- layouts of issue 4 (whole pages) ----------------------------------------------------

LAYOUTS = {
    "title alone, no byline": (
        "青岛港开通新航线\n\n青岛港昨日开通一条至东南亚的集装箱航线。\n",
        [("青岛港开通新航线", None, None, "青岛港昨日开通一条至东南亚的集装箱航线。")],
    ),
    "body before the first headline": (
        "（上接第一版）\n上合示范区将持续深化制度型开放。\n\n阿斯利康中金基金在青岛高新区设立\n\n□青岛日报/观海新闻记者 周伟\n\n"
        "本报7月25日讯 该基金规模为10亿元。\n",
        [
            ("", None, None, "上合示范区将持续深化制度型开放。"),
            ("阿斯利康中金基金在青岛高新区设立", ("周伟",), "本报7月25日讯", "该基金规模为10亿元。"),
        ],
    ),
    "byline at the end": (
        "四人抢劫滴滴司机获刑\n\n4人分赃后各自分散逃离。\n（记者 王莹 通讯员 陈俊云）\n",
        [("四人抢劫滴滴司机获刑", ("王莹",), None, "4人分赃后各自分散逃离。")],
    ),
    "briefs under a label": (
        "快讯\n\n本报讯 青岛港开通新航线。\n\n本报讯 胶州湾大桥将封闭施工。\n",
        [("", None, "本报讯", "青岛港开通新航线。"), ("", None, "本报讯", "胶州湾大桥将封闭施工。")],
    ),
    "CRLF, BOM and full-width spaces": (
        "\ufeff青岛明年新增百名中医药人才\r\n\r\n本报记者\u3000黄飞\u3000\r\n\r\n本报7月25日讯\u300025日下午，市卫生健康委开展活动。  \r\n",
        [("青岛明年新增百名中医药人才", ("黄飞",), "本报7月25日讯", "25日下午，市卫生健康委开展活动。")],
    ),
    "hard-wrapped with indents": (
        "湖北应城警方捣毁吸毒窝点\n\n本报记者 梁婷\n\n　　今年5月，应城市公安局禁毒大队接到\n匿名举报称，该市城北办事处茶棚村一\n"
        "休闲农庄有人吸毒。\n　　经查，该农庄于2018年7月出租给天\n门人经营。\n",
        [
            (
                "湖北应城警方捣毁吸毒窝点",
                ("梁婷",),
                None,
                "今年5月，应城市公安局禁毒大队接到匿名举报称，该市城北办事处茶棚村一休闲农庄有人吸毒。\n经查，该农庄于2018年7月出租给天门人经营。",
            )
        ],
    ),
    "page furniture": (
        "2024年7月26日 星期五 第3版 要闻\n\n青岛港开通新航线\n\n青岛港昨日开通新航线。\n\n责任编辑：王海涛\n",
        [("青岛港开通新航线", None, None, "青岛港昨日开通新航线。")],
    ),
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_layouts(name: str) -> None:
    page, expected = LAYOUTS[name]
    arts = split_page(page, page="p.txt")
    got = [(a.title, a.byline.reporters or None, a.dateline, a.body) for a in arts]
    assert got == expected
    assert [a.article for a in arts] == list(range(1, len(arts) + 1))
    assert all(a.page == "p.txt" for a in arts)


def test_empty_and_blank_pages() -> None:
    assert split_page("") == []
    assert split_page("\n\u3000\n  \r\n") == []


def test_records_are_tuples() -> None:
    art = split_page("标题\n\n本报记者 王宁\n\n正文。\n")[0]
    assert isinstance(art.headline, tuple) and isinstance(art.byline.reporters, tuple)


# --- the seed page -----------------------------------------------------------------------


def test_seed_page_matches_the_gold(seed_text: str) -> None:
    if not GOLD_SEED.exists():
        pytest.skip("shared gold not found")
    gold = json.loads(GOLD_SEED.read_text(encoding="utf-8"))
    arts = split_page(seed_text)
    assert len(arts) == len(gold["articles"]) == 7
    for a, g in zip(arts, gold["articles"], strict=True):
        body = squash(a.body)
        assert body.startswith(squash(g["body_start"])) and body.endswith(squash(g["body_end"]))
        assert a.title in [g["title"], *g["title_alternatives"]]
        assert list(a.headline) == g["headline"]
        assert a.column == g["column"]
        assert list(a.byline.reporters) == g["byline"]["reporters"]
        assert list(a.byline.interns) == g["byline"]["interns"]
        assert a.dateline == g["dateline"]
        assert list(a.subheads) == g["subheads"]
        assert list(a.captions) == g["captions"]
        assert all(squash(c) not in body for c in g["captions"])
    paragraphs = [squash(p) for a in arts for p in a.body.split("\n")]
    for join in gold["joins"]:
        assert any(join in p for p in paragraphs), join


# --- fixture pages -----------------------------------------------------------------------

FIXTURES = sorted(PAGES.glob("*.gold.json"))


@pytest.mark.parametrize("gold_path", FIXTURES, ids=[p.name.split(".")[0] for p in FIXTURES])
def test_fixture_pages(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold["page"]).read_bytes().decode("utf-8")
    arts = split_page(text)
    assert len(arts) == len(gold["articles"])
    for a, g in zip(arts, gold["articles"], strict=True):
        assert a.body == g["body"]
        assert (a.column, list(a.headline), a.title, a.dateline) == (
            g["column"],
            g["headline"],
            g["title"],
            g["dateline"],
        )
        assert (a.kicker, a.subtitle) == (g["kicker"], g["subtitle"])
        assert (
            a.byline.source,
            list(a.byline.reporters),
            list(a.byline.interns),
            list(a.byline.correspondents),
        ) == (
            g["byline"]["source"],
            g["byline"]["reporters"],
            g["byline"]["interns"],
            g["byline"]["correspondents"],
        )
        assert list(a.subheads) == g["subheads"] and list(a.captions) == g["captions"]
    paragraphs = [squash(p) for a in arts for p in a.body.split("\n")]
    assert all(any(j in p for p in paragraphs) for j in gold["joins"])


# --- property: no article text is lost ---------------------------------------------------


CORPUS = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "inews-articles" / "articles.jsonl"
)


def _corpus_paragraphs() -> list[str]:
    out: list[str] = []
    if not CORPUS.exists():
        return out
    for line in CORPUS.open(encoding="utf-8"):
        art = json.loads(line)
        for p in art["body"].replace("\\n", "\n").split("\n"):
            p = p.strip()
            # Pasted web metadata (原标题：…) is page furniture by design, not article text.
            if (
                30 <= len(p) <= 200
                and p[-1] in "。！？"
                and not any(r.match(p) for r in markers.WEB_META_RES)
            ):
                out.append(p)
        if len(out) >= 300:
            break
    return out


PARAGRAPHS = _corpus_paragraphs()


@pytest.mark.skipif(not PARAGRAPHS, reason="corpora not found")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=8),
    layout=st.sampled_from(["blank", "lines", "indent", "wrapped", "crlf"]),
    titles=st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_no_article_text_lost(picks: list[int], layout: str, titles: list[bool]) -> None:
    paras = [PARAGRAPHS[k % len(PARAGRAPHS)] for k in picks]
    out: list[str] = []
    for k, p in enumerate(paras):
        if titles[k]:
            out += ["新闻标题第" + "一二三四五六七八"[k] + "篇", ""]
        if layout == "wrapped":
            out += ["\u3000\u3000" + p[i : i + 20] if i == 0 else p[i : i + 20] for i in range(0, len(p), 20)]
        elif layout == "indent":
            out.append("\u3000\u3000" + p)
        else:
            out.append(p)
        if layout in ("blank", "crlf"):
            out.append("")
    page = ("\r\n" if layout == "crlf" else "\n").join(out)
    arts = split_page(page)
    # every field that holds printed text, in reading order
    fields = squash("".join(f"{a.column or ''}{''.join(a.headline)}{a.dateline or ''}{a.body}" for a in arts))
    for p in paras:
        # a credit in parentheses that became the byline is the only text allowed to leave
        names = {n for a in arts for n in (*a.byline.reporters, *a.byline.correspondents, *a.byline.interns)}
        credits = [
            g
            for g in re.findall(r"[（(]([^（）()]{2,50})[）)]", p)
            # (a credit whose first names carry no role, ``沈骏鹏记者郑铁峰``, names correspondents)
            if (by := parse_byline(g) or credit_with_lead_names(g)) is not None
            and set(by.reporters + by.correspondents) <= names
        ]
        for credit in credits:
            p = re.sub(r"[（(]" + re.escape(credit) + r"[）)]", "", p)
        # a brief's run-in title (``【妥善处置打架事件】12月15日晚…``) becomes its title without the brackets
        # (or stays in the body, brackets and all, when it is not split off: no text is lost either way)
        kept = p
        p = re.sub(r"^【([^【】]{2,30})】", r"\1", p)
        # the comma closing a quoted agency's dateline (``据新华社报道，…``) is the dateline's punctuation
        p = re.sub(r"^(据[^，,。]{2,24}(?:报道|消息))[，,]", r"\1", p)
        assert squash(p) in fields or squash(kept) in fields


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("来源：新华网", True),
        ("原标题：行人闯入高速路被撞身亡，司机被判担责四成，你怎么看？", True),
        # A hard-wrapped sentence that happens to break before 来源 is body text.
        ("来源：新安晚报或安徽网”，违者将依法追究法律责任。", False),
    ],
)
def test_web_source_lines_versus_wrapped_sentences(line: str, furniture: bool) -> None:
    from newsmine.split.lines import is_furniture

    assert is_furniture(line) is furniture


JUMPED_PAGES = [
    # (page, first article's last paragraph end, second article's column and title): the last paragraph of
    # a story cut by a jump line reads like a heading (no closing punctuation); it is body, not a kicker
    (
        "第3版　2024年6月12日　星期三　县域经济\n\n推动园区扩容 打造产业高地\n本报记者　周　平\n\n"
        "今年以来，县里新引进项目二十余个，园区规\n模持续扩大。\n"
        "园区下一步将围绕主导产业延链补链，企业集\n群发展和园区承载能力都将进一步提\n"
        "（下转第四版）\n\n理论园地\n县域经济发展要找准比较优势\n□　陈　立\n\n"
        "发展县域经济，首先要认清自己的长处。各地\n资源禀赋不同，路径也不同。\n",
        "园区承载能力都将进一步提",
        ("理论园地", "县域经济发展要找准比较优势"),
    ),
]


@pytest.mark.parametrize(("page", "end", "second"), JUMPED_PAGES)
def test_paragraph_cut_by_a_jump_line_is_body(page: str, end: str, second: tuple[str, str]) -> None:
    arts = split_page(page)
    assert len(arts) == 2
    assert squash(arts[0].body).endswith(end)
    assert (arts[1].column, arts[1].title, arts[1].kicker) == (*second, None)


# A short article: two headline lines over two one-line paragraphs, no blank line anywhere. Runs
# of such short lines are no page hard-wrapped at 9 characters, so the headline lines stay two.
SHORT_ARTICLES = [
    (
        "两车追尾致3人受伤\n至少1人伤势较重\n"
        "　　本报讯（记者 王明）昨日上午，一辆小轿车在城区主干道上与前方货车发生追尾事故，造成三人受伤。\n"
        "　　事故发生后，交警和急救人员迅速赶到现场，伤者已被送往附近医院救治，事故原因正在调查中。\n",
        "两车追尾致3人受伤",
    ),
    (
        "暴雨致多条道路积水\n——市民出行请绕行\n"
        "　　本报讯（记者 李华）昨天下午的一场暴雨，让城区多条道路出现积水，部分路段车辆通行缓慢。\n"
        "　　市政部门已连夜排水，提醒市民出行前留意路况信息，尽量避开低洼路段和地下通道。\n",
        "暴雨致多条道路积水",
    ),
]


@pytest.mark.parametrize(("text", "title"), SHORT_ARTICLES)
def test_short_article_headline_lines_are_not_wrapped_text(text: str, title: str) -> None:
    [article] = split_page(text)
    assert article.title == title
    assert article.subtitle is not None and article.subtitle not in article.title
