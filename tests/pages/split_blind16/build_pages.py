"""Build the sixteenth blind split set (``*.txt``) and its gold files (``*.gold.json``).

These pages were written, and their gold with them, *before* the splitter was ever run on them.  The
corpus has no clean unused article left, so this round takes its text from articles of
``../shared/corpora`` that other sets may use too, but never one of their pages or headline blocks: each
page mixes its own pieces (other cut points, paragraph lengths and combinations), and no sentence is
taken twice inside this set (the builder refuses it).  Headlines, bylines, captions, subheads, editor's
notes and page furniture are written afresh.  The set weighs toward headline blocks (more than half the
titled articles carry two or three headline lines) and aims at papers and page types no other set has:

* papers and page types: 苏州日报 城市 (a 主题 printed on two lines), 温州日报 要闻 (CRLF, a three-line
  block), 江南都市报 titled 简讯, 东莞日报 (-layout, ■ subheads), 人民铁道 feature (long subheads, 文/ and
  图/ credits), 中国自然资源报 (flat wrap), 合肥晚报 (a story continued from an earlier page, BOM),
  郑州晚报 (-layout, a jump line), 半岛晨报 图片新闻 (many captions), 中国科学报 访谈 (Q&A), a university
  paper (浙师大报, trailing spaces), a 区报 (润州报), a 县报 (清水报, CRLF), 中国绿色时报 (indent), a 中国家庭报
  评论 page of short signed pieces, 生活报 untitled 快讯;
* headline blocks in every real combination: 引题 + 主题, 主题 + 副题 with and without ——, 引题 + 主题 +
  副题, a 主题 printed on two lines, a long 引题 that reads like a sentence over a short 主题, a short 主题
  over a long explanatory 副题 without a dash, 栏目 labels (【…】, 「…」, ▲…, 聚焦…) above the block;
* bylines and datelines of the common forms (``本报记者 … 通讯员 … 实习生 …``, ``■ 记者 …``, ``文/`` and
  ``图/``, names split by spaces, full-width spaces and 、, ``…讯（记者 …）``, ``本报…电``, ``新华社…电（记者
  …）``, ``据…报道``, ``本报综合消息``, a credit after the body), captions (``图为…``, ``（… 摄）``,
  ``资料图片``, ``▲…``), subheads, sentences cut by a column (across a caption, a blank line, a page strip,
  a narrower or a shifted next column), jump lines, CRLF, a BOM and trailing spaces.

The gold records what a careful reader finds, written from the arrangement itself (``furniture``
lists page headers, footers, strips and jump lines set on their own line).  Run from the repo root:
``python tests/pages/split_blind16/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import layoutkit  # noqa: E402
from layoutkit import article as A16  # noqa: E402
from pagekit import after  # noqa: E402

SOURCE = layoutkit.Sentences(layoutkit.clean_sentence_codes)
P = SOURCE.paragraphs
P1 = SOURCE.sentence
flat_width = layoutkit.flat_width

# -layout headlines indented 12 spaces, a narrower next column 4 characters narrower, a shifted one
# 10 spaces further right (layoutkit.page)
page = layoutkit.page_writer(HERE, "u")


# --- the corpus articles (ids) ------------------------------------------------------------------

SG = "SogouCS-{}-34913306c0bb3300"
PENGCI = "inews-train-00385"  # 相城 court, the "drunk-driver crash" gang
BIRTH = "inews-train-01429"  # 泰州 birth permits reform
KUNSHAN = "inews-test-00798"  # 昆山 reclaimed land taken back
WENZHOU = "inews-dev-00007"  # 温州 houses collapse
BEER = "inews-train-00077"  # 德清 fake "中華" beer
STAB = "inews-test-00501"  # 新昌 villager stabs the party secretary
PYRAMID = "inews-train-01946"  # 萍乡 pyramid scheme, a woman lured by "love"
FOOTBALL = "inews-train-00644"  # 萍乡七中 girls' football
POVERTY = "inews-train-01615"  # 萍乡 poverty-fund discipline cases
YICHUN = "inews-train-00242"  # 宜春 water environment
GANTRY = "inews-train-04377"  # 东莞 gantry crane blown over
JIEYANG = "inews-dev-00851"  # 揭阳 factory fire
CROSSING = "inews-train-03976"  # 北京 槐房路 level crossing keepers
TICKETS = "inews-train-04151"  # 武汉 railway police, fake tickets
LISHI = "inews-train-03503"  # 离石 landslide
XUYONG = "inews-train-02789"  # 叙永 landslide
LUAN = "inews-train-04538"  # 六安 ill couple's suicide
FLYOVER = "inews-train-00542"  # 合肥 flyover crash
ZHOUYAN = SG.format("ad406ae0b0d2f0ea")  # 合肥 disfigured girl's civil suit
SHRIMP = "inews-train-01231"  # 宿松 rice and crayfish
SCHOOLBUS = "inews-train-02048"  # 睢县 school bus accident
MUTTON = "inews-train-03514"  # 豫北 beef and mutton inspections
FUMES = "inews-train-03951"  # 河南 college canteen fumes
SEAL = "inews-train-01426"  # 大连 poached spotted seal pups
SQUID = "inews-train-02345"  # a giant squid washed ashore in 日本
BATTERY = "inews-test-00115"  # waste lead-acid batteries
TEACH = SG.format("5578a67f4fd2f0ea")  # 浙江 students teach in 凉山
RUNZHOU = "inews-train-05186"  # 润州 cadres' "实勤廉" appraisal
PYROLYSIS = "inews-train-04445"  # 清水 county refuse pyrolysis
ALUM = "inews-train-04477"  # county police, aluminium in breakfast food
TREES = "inews-train-01344"  # 达州 roadside trees dead
GREEN = SG.format("54315985dbd2f0ea")  # 广州 greening regulations
GIRL = SG.format("38b9d12490d2f0ea")  # an 11-year-old girl jumps in to save a boy
THANKS = SG.format("b63a67b396d2f0ea")  # a father's good deed unthanked
DROWNED = SG.format("e0b46452f0d2f0ea")  # a rescuer drowned, the rescued left
WORLD = "inews-train-03193"  # world briefs
CAMBODIA = "inews-train-03174"  # a man jailed in 柬埔寨 for drugs
NUCLEAR = "inews-train-05294"  # a retired US general on nuclear orders


# --- the pages ----------------------------------------------------------------------------------


def u01() -> None:
    """苏州日报 城市, pdftotext default (21): a three-line block over a ``苏报讯（苏报融媒记者 … 通讯员 …）``
    court story with a caption cutting a sentence; a short 主题 over a long explanatory 副题 without a dash,
    ``据《泰州日报》报道``, with ■ subheads; a 主题 printed on two lines, credited ``（…）`` after the body."""
    arts = [
        A16(
            "相城宣判16人“酒驾碰瓷”案",
            [after(P1(PENGCI, 0), "）"), *P(PENGCI, (1,), (2, 3), (4, 5), (6,), (8,))],
            kicker="尾随酒后驾车者故意撞车索财",
            subtitle="——首要分子张某数罪并罚获刑11年",
            lead="苏报讯（苏报融媒记者　吴　苏　通讯员　相　法）",
            dateline="苏报讯",
            reporters=("吴苏",),
            correspondents=("相法",),
            source="苏报",
            breaks=((3, "caption", "庭审现场。（相城法院供图）"),),
        ),
        A16(
            "一孩生育改为登记备案",
            P(BIRTH, (0,), (3, 4), (7, 8), (10,), (12, 13), (15,), (16,), (20,)),
            subtitle="泰州全面取消《一孩生育服务证》　再生育审批时限缩短至30个工作日",
            lead="据《泰州日报》报道　",
            dateline="据《泰州日报》报道",
            source="泰州日报",
            subheads=((3, "■婚育证明推行承诺制"), (5, "■再生育申请更便捷")),
        ),
        A16(
            "复垦两年投入近200万元苗木地却被强行收回",
            P(KUNSHAN, (3, 4), (5,), (18,), (19, 20)),
            title_lines=("复垦两年投入近200万元", "苗木地却被强行收回"),
            end="（吴　昆）",
            reporters=("吴昆",),
        ),
    ]
    page(
        "u01_suzhou_wrapped",
        arts,
        "wrap",
        width=21,
        header=["苏州日报　2019年1月28日　星期一　A04　城市"],
        footer=["责任编辑：顾　吴　　美术编辑：沈　姑　　校对：陆　苏"],
        note="苏州日报 城市, wrapped at 21, a title on two lines",
    )


def u02() -> None:
    """温州日报 要闻 (　　 indent, CRLF): a three-line block (引题 + 主题 + —— 副题) over a ``本报讯（记者 …
    通讯员 …）`` story with a caption after a paragraph and a blank line cutting a sentence; an 「浙江新闻」
    story under a title + subtitle without a dash, ``浙江在线…讯（记者 …）``; a kicker + title story credited
    ``（记者 …）`` after the body."""
    arts = [
        A16(
            "现场搜救工作基本结束",
            [
                after(P1(WENZHOU, 2), "）"),
                *P(WENZHOU, (3,), (4, 5), (7, 8), (9, 10), (11,), (12,), (13, 14, 15), (16, 17), (18, 19)),
            ],
            kicker="鹿城双屿街道农民自建房倒塌事故",
            subtitle="——共搜救出28人，其中22人遇难",
            lead="本报讯（记者　林　瓯　通讯员　鹿　宣）",
            dateline="本报讯",
            reporters=("林瓯",),
            correspondents=("鹿宣",),
            source="本报",
            caps=((1, "救援人员在倒塌现场连夜搜救。记者　林　瓯　摄"),),
            photographers=("林瓯",),
            breaks=((6, "blank", ""),),
        ),
        A16(
            "德清查处一起商业混淆案",
            [after(P1(BEER, 0), "）"), *P(BEER, (1,), (2, 3), (4,), (5,), (10,))],
            subtitle="两家啤酒企业共被罚400万元",
            column="「浙江新闻」",
            lead="浙江在线11月22日讯（记者　郑　德）",
            dateline="浙江在线11月22日讯",
            reporters=("郑德",),
            source="浙江在线",
        ),
        A16(
            "村民持刀连刺村书记五刀",
            P(STAB, (0, 1), (4,), (9,), (12,), (18,)),
            kicker="为多拿园区赔偿款不成",
            end="（记者　章　越）",
            reporters=("章越",),
        ),
    ]
    page(
        "u02_wenzhou_crlf",
        arts,
        "indent",
        header=["温州日报　2016年10月12日　星期三　第2版　要闻"],
        footer=["责任编辑：陈　瓯　　美术编辑：周　鹿　　校对：潘　城"],
        eol="\r\n",
        note="温州日报 要闻, indent, CRLF",
    )


def u03() -> None:
    """江南都市报 titled 简讯 (　　 indent): a 【赣鄱简讯】 label over items with ``本报讯（记者 …）``,
    ``本报萍乡讯``, no credit, and a credit after the body."""
    arts = [
        A16(
            "女子以恋爱为名诱骗网友入传销",
            [after(P1(PYRAMID, 0), "报道："), *P(PYRAMID, (9,), (11,))],
            column="【赣鄱简讯】",
            lead="本报讯（记者　周　萍　通讯员　安　法）",
            dateline="本报讯",
            reporters=("周萍",),
            correspondents=("安法",),
            source="本报",
        ),
        A16(
            "萍乡七中一女生入选校园足球最佳阵容",
            P(FOOTBALL, (1,), (9,)),
            lead="本报萍乡讯　",
            dateline="本报萍乡讯",
            source="本报",
        ),
        A16(
            "武装部长骗取群众钱款被双开",
            P(POVERTY, (17,), (18,), (19,)),
        ),
        A16(
            "宜春划定畜禽禁养区8832个",
            P(YICHUN, (9, 10), (11,)),
            end="（胡　春）",
            reporters=("胡春",),
        ),
    ]
    page(
        "u03_jiangnan_briefs",
        arts,
        "indent",
        header=["江南都市报　2018年6月1日　星期五　A07　江西新闻"],
        footer=["编辑：熊　赣　　美编：万　鄱　　校对：涂　洪"],
        note="江南都市报 江西新闻, titled briefs, indent",
    )


def u04() -> None:
    """东莞日报 pdftotext -layout: a three-line block over ``本报记者 何莞城、麦晓涌`` with ■ subheads, a
    shifted next column and a caption cutting a sentence; a title printed alone over a ``本报综合消息``
    story."""
    arts = [
        A16(
            "麻涌一工地龙门架倒塌压垮工棚",
            [
                *P(GANTRY, (2,), (22,), (4,)),
                *P(GANTRY, (10, 11), (12, 13), (15,), (17, 18)),
                *P(GANTRY, (24, 25), (26,), (27,)),
            ],
            kicker="昨晨突发雷电大风强降雨",
            subtitle="——事故造成18人死亡　伤者均已送医救治",
            byline="本报记者　何莞城、麦晓涌",
            reporters=("何莞城", "麦晓涌"),
            source="本报",
            subheads=((3, "■强对流云团15分钟过境"), (7, "■工友冲进工棚救出孩子")),
            breaks=((1, "shift", ""), (4, "caption", "事发现场，两台起重机正在清理。　本报记者　麦晓涌　摄")),
            photographers=("麦晓涌",),
        ),
        A16(
            "揭阳一安全帽厂起火　明火燃烧十余小时",
            [after(P1(JIEYANG, 3), "于"), *P(JIEYANG, (4,), (6,), (7,))],
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
        ),
    ]
    page(
        "u04_dongguan_layout",
        arts,
        "layout",
        width=24,
        header=["            东莞日报　2015年6月3日　星期三　A05　东莞新闻"],
        footer=["                     责任编辑：叶　莞　　美术编辑：袁　城　　校对：卢　樟"],
        note="东莞日报 东莞新闻, pdftotext -layout",
    )


def u05() -> None:
    """人民铁道 feature (e-paper copy): 引题 + 主题 + —— 副题 over ``文/本报记者 …`` and ``图/…`` lines, three long
    subheads, a caption after a paragraph and one cutting a sentence; a kicker + title story opening
    ``本报讯（通讯员 … 记者 …）``."""
    arts = [
        A16(
            "槐房路道口：十几名道口工守护春运",
            [
                after(P1(CROSSING, 0), "客户端"),
                *P(CROSSING, (1, 2), (3,), (6, 7), (8, 9), (11, 12)),
                *P(CROSSING, (16,), (17, 18, 19), (20, 21), (23, 24)),
                *P(CROSSING, (25, 26), (27, 28), (29, 30), (33, 34)),
                *P(CROSSING, (49,), (50,), (51, 52), (53,), (56,)),
            ],
            kicker="压道铃一响，就得冲出值班室",
            subtitle="——走近北京最后一条通行公交车的站内道口",
            author="文/本报记者　丰　岩",
            byline="图/张　铁",
            reporters=("丰岩",),
            photographers=("张铁",),
            source="本报",
            subheads=(
                (6, "在岗12小时，看手机、读报纸、听收音机都被严令禁止"),
                (10, "四年轮上一次除夕团圆饭，“我可能不是一个好父亲”"),
                (14, "放行时发现女子神情异常，两人冲出去把她劝离道口"),
            ),
            caps=((1, "58岁的道口工张连弟在道口值守。"),),
            breaks=((12, "caption", "道口工在值班室记录列车通过时刻。"),),
        ),
        A16(
            "武铁警方捣毁一制售假票窝点",
            P(TICKETS, (1,), (2,), (5,), (7,), (8,)),
            kicker="春运前夕重拳打击票贩子",
            lead="本报讯（通讯员　汉　警　记者　田　路）",
            dateline="本报讯",
            reporters=("田路",),
            correspondents=("汉警",),
            source="本报",
        ),
    ]
    page(
        "u05_railway_feature",
        arts,
        "web",
        header=["人民铁道　2019年1月30日　星期三　第3版　春运特刊"],
        footer=["本版编辑：路　平　　美编：铁　云"],
        note="人民铁道 春运特刊, long subheads, web copy",
    )


def u06() -> None:
    """中国自然资源报 (flat wrap): a long 引题 that reads like a sentence over a short 主题, a run-in ``本报吕梁…电
    记者 … 通讯员 … 报道：`` dateline; a title + —— subtitle ``据新华社电`` story; a short item credited
    ``（… …）`` after the body."""
    arts = [
        A16(
            "离石山体滑坡搜救基本结束",
            [after(P1(LISHI, 0), "电"), *P(LISHI, (2,), (4,), (6,), (9,), (12,), (13,), (14,))],
            kicker="4月30日凌晨吕梁市离石区枣林乡彩家庄南沟发生山体滑坡灾害",
            lead="本报吕梁4月30日电　记者晋岩　通讯员赵离报道：",
            dateline="本报吕梁4月30日电",
            reporters=("晋岩",),
            correspondents=("赵离",),
            source="本报",
        ),
        A16(
            "叙永山体滑坡12名被埋人员全部找到",
            P(XUYONG, (0,), (1,), (3,)),
            subtitle="——其中5人遇难　7人在医院接受治疗",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A16(
            "第11名被困人员为一名女童",
            P(XUYONG, (4, 5, 6), (8,)),
            end="（川　岩　叙　勘）",
            reporters=("川岩", "叙勘"),
        ),
    ]
    page(
        "u06_ziyuan_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["中国自然资源报　2018年5月2日　星期三　第5版　地质灾害防治"],
        footer=["责任编辑：孟　地　　版式：石　勘"],
        note="中国自然资源报 地质灾害防治, flat wrap",
    )


def u07() -> None:
    """合肥晚报 (pdftotext default, 20, BOM) opening with a story continued from an earlier page
    (``（上接A1版）``, no headline); a kicker + title story signed ``■ 记者 … 实习生 …`` with a caption
    cutting a sentence; a title + subtitle (no dash) story opening ``本报讯（记者 …）`` with a column cut by
    a page strip; a 聚焦… label over a three-line block on a county story."""
    top = A16(
        "",
        P(LUAN, (11, 12), (13, 14), (15, 16), (18, 19), (22,), (36,), (37, 38), (41,)),
    )
    arts = [
        A16(
            "轿车撞上立交桥护栏后起火",
            P(FLYOVER, (5,), (6,), (7, 8), (9,), (10,), (11,)),
            kicker="四里河立交桥凌晨发生单方事故",
            byline="■　记者　鲍　赫　实习生　卢　扬",
            reporters=("鲍赫",),
            interns=("卢扬",),
            breaks=((2, "caption", "▲事故车辆已被烧成空壳。记者　鲍　赫　摄"),),
            photographers=("鲍赫",),
        ),
        A16(
            "毁容少女家人索赔116万元",
            [*P(ZHOUYAN, (1,), (3,), (4,), (5, 6), (7,), (8,), (9,))],
            subtitle="被告人父母作为监护人被一并起诉",
            lead="本报讯（记者　姚　海）",
            dateline="本报讯",
            reporters=("姚海",),
            source="本报",
            breaks=((4, "lines", ["", "合肥晚报　2012年7月26日　A6　城事", ""]),),
        ),
        A16(
            "汇口镇稻虾共作一万六千亩",
            P(SHRIMP, (0,), (3, 4), (8,), (12,), (20, 21, 22)),
            column="聚焦乡村振兴",
            kicker="水田变成“聚宝盆”",
            subtitle="——宿松县预计今年为虾农增收2200万元",
            byline="本报记者　汪　湖　通讯员　惠　可",
            reporters=("汪湖",),
            correspondents=("惠可",),
            source="本报",
        ),
    ]
    page(
        "u07_hefei_continued",
        arts,
        "wrap",
        width=20,
        top=top,
        top_lines=["（上接A1版）"],
        header=["合肥晚报　2012年7月26日　星期四　A6　城事"],
        footer=["责任编辑：许　庐　　美术编辑：程　蜀　　校对：孙　肥"],
        bom=True,
        note="合肥晚报 城事, a continued story first, wrapped at 20, BOM",
    )


def u08() -> None:
    """郑州晚报 pdftotext -layout (25): a kicker + title story under ``郑州晚报记者 … 通讯员 …`` ending on a
    jump line (``（下转A05版）``); a title + —— subtitle story with ■ subheads and a narrower next column; a
    「校园」 story under a title + subtitle without a dash, opening ``本报讯（记者 …）``."""
    arts = [
        A16(
            "睢县校车事故2名重伤儿童经抢救无效死亡",
            [after(P1(SCHOOLBUS, 0), "电"), *P(SCHOOLBUS, (2, 3), (5,), (6, 7, 8), (9, 10, 11), (12,))],
            kicker="县委宣传部通报救治情况　称无任何瞒报",
            byline="郑州晚报记者　孔　睿　通讯员　睢　宣",
            reporters=("孔睿",),
            correspondents=("睢宣",),
            source="郑州晚报",
        ),
        A16(
            "豫北三地严查未经检疫牛羊肉",
            P(MUTTON, (2,), (4,), (6,), (8,), (10, 11), (13, 14), (22,), (25,), (27,), (33,)),
            subtitle="——安阳鹤壁濮阳开展为期一个月专项整治",
            byline="郑州晚报记者　岳　豫",
            reporters=("岳豫",),
            source="郑州晚报",
            subheads=((1, "■安阳：突击清查批发市场"), (6, "■濮阳：六项措施严管销售")),
            breaks=((5, "narrow", ""),),
        ),
        A16(
            "22所院校食堂接受油烟检查",
            P(FUMES, (0,), (1,), (14, 15), (17, 18), (21, 22)),
            subtitle="多数学校拿不出环保设备维护台账",
            column="「校园」",
            lead="本报讯（记者　白　杨）",
            dateline="本报讯",
            reporters=("白杨",),
            source="本报",
        ),
    ]
    page(
        "u08_zhengwan_layout",
        arts,
        "layout",
        width=25,
        header=["               郑州晚报　2018年12月10日　星期一　A04　河南新闻"],
        after_art={0: ["（下转A05版）"]},
        footer=["                       编辑：李　郑　　美编：牛　豫　　校对：赵　中"],
        note="郑州晚报 河南新闻, pdftotext -layout, a jump line",
    )


def u09() -> None:
    """半岛晨报 图片新闻 (e-paper copy): a long 引题 that reads like a sentence over a short 主题, signed
    ``半岛晨报记者 … 实习生 …``, with three captions (one cutting a sentence); a title + —— subtitle
    ``本报综合消息`` story with a ``（资料图片）`` caption."""
    arts = [
        A16(
            "71头获救斑海豹将分批放归大海",
            P(
                SEAL,
                (1,),
                (2,),
                (3, 4),
                (7,),
                (9,),
                (10,),
                (11,),
                (12,),
                (13,),
                (16, 17),
                (20,),
                (25,),
                (26,),
            ),
            kicker="5名嫌疑人为卖给水族馆驾船到冰区偷猎斑海豹幼崽被刑拘",
            byline="半岛晨报记者　于　滨　实习生　夏　岚",
            reporters=("于滨",),
            interns=("夏岚",),
            source="半岛晨报",
            caps=(
                (0, "被救助的斑海豹幼崽在笼舍内休息。半岛晨报记者　于　滨　摄"),
                (5, "▲民警清点查获的斑海豹幼崽。（警方供图）"),
            ),
            breaks=((9, "caption", "工作人员给斑海豹幼崽喂食。半岛晨报记者　于　滨　摄"),),
            photographers=("于滨",),
        ),
        A16(
            "日本海岸发现一只大王乌贼",
            P(SQUID, (5,), (7, 8), (9, 10), (12,), (13,)),
            subtitle="——全长3.4米　重135公斤",
            lead="本报综合消息　",
            dateline="本报综合消息",
            source="本报",
            caps=((1, "被冲上岸的大王乌贼。（资料图片）"),),
        ),
    ]
    page(
        "u09_bandao_photo",
        arts,
        "web",
        header=["半岛晨报　2019年2月22日　星期五　A08　图片新闻"],
        footer=["图片编辑：孙　连　　责任编辑：王　海"],
        note="半岛晨报 图片新闻, many captions, web copy",
    )


def u10() -> None:
    """中国科学报 访谈 (　　 indent): a 【科技访谈】 Q&A (``记者：…`` questions written for the page,
    ``马永刚：…`` / ``高延莉：…`` answers) under a kicker + title, signed ``本报记者 …``; a title + subtitle
    (no dash) story opening ``本报讯（记者 … 通讯员 …）`` with a caption cutting a sentence."""
    arts = [
        A16(
            "废铅蓄电池回收亟待“正规军”",
            [
                *P(BATTERY, (1,), (2,)),
                "记者：非正规渠道回收的废电池有多少？",
                "马永刚：" + after(P1(BATTERY, 17), "说，"),
                "记者：这些电池去了哪里，有数可查吗？",
                "高延莉：" + after(P1(BATTERY, 18), "介绍，"),
                "记者：为什么非法回收、拆解屡打不绝？",
                "马永刚：" + P1(BATTERY, 19).strip("“”") + after(P1(BATTERY, 20), "说，"),
                *P(BATTERY, (21, 22), (25,)),
            ],
            kicker="我国进入电池报废高峰期",
            column="【科技访谈】",
            byline="本报记者　韩　淮",
            reporters=("韩淮",),
            source="本报",
        ),
        A16(
            "淮安查处一起非法冶炼废电池案",
            P(BATTERY, (4, 5), (6,), (7,), (9,), (13,)),
            subtitle="当地将通过公益诉讼筹资修复受污染土壤",
            lead="本报讯（记者　韩　淮　通讯员　林　检）",
            dateline="本报讯",
            reporters=("韩淮",),
            correspondents=("林检",),
            source="本报",
            breaks=((2, "caption", "被污染的厂区土地。（资料图片）"),),
        ),
    ]
    page(
        "u10_kexue_interview",
        arts,
        "indent",
        header=["中国科学报　2018年1月9日　星期二　第4版　综合"],
        footer=["责任编辑：方　科　　美术编辑：程　学　　校对：田　新"],
        note="中国科学报 综合, Q&A paragraphs, indent",
    )


def u11() -> None:
    """A university paper (浙江传媒学院报), flat wrap, trailing spaces: a three-line block (栏目-like 引题 +
    主题 + —— 副题) over ``文/…　图/…`` on one line, ■ subheads, a caption after a paragraph."""
    arts = [
        A16(
            "尼尔觉乡的孩子们",
            P(
                TEACH,
                (0,),
                (1,),
                (2,),
                (4, 5, 6),
                (7, 8, 9),
                (11,),
                (12, 13),
                (15, 16),
                (17, 18),
                (25, 26),
                (28,),
            ),
            kicker="暑期社会实践·支教手记",
            subtitle="——我校9名师生赴四川凉山支教纪实",
            byline="文/林　岚　图/许　川",
            reporters=("林岚",),
            photographers=("许川",),
            subheads=((5, "■铁索桥上的上学路"), (9, "■一篮土豆")),
            caps=((3, "支教老师和孩子们在操场上做游戏。"),),
        ),
    ]
    page(
        "u11_campus_flat",
        arts,
        "flat",
        width=flat_width(arts, 17, 80),
        header=["浙江传媒学院报　2012年9月15日　第3版　实践"],
        footer=["主办：浙江传媒学院党委宣传部　　责任编辑：钱　塘"],
        trailing=True,
        note="a university paper 实践, flat wrap, trailing spaces",
    )


def u12() -> None:
    """润州报 (a 区报), pdftotext default (22): a 聚焦… label over a short 主题 and a long explanatory 副题
    without a dash, ``本报记者 … 通讯员 …``, two ``X：…`` subheads and a caption cutting a sentence."""
    arts = [
        A16(
            "“实”字当头解难题",
            [
                *P(RUNZHOU, (0, 1), (2,), (4, 5), (7,), (8,), (10,)),
                *P(RUNZHOU, (14,), (16,), (17,), (19,)),
                *P(RUNZHOU, (24,), (25, 26)),
            ],
            column="聚焦作风建设",
            subtitle="润州区以“实勤廉”考核干部　商圈人气回升、群众办事更便捷",
            byline="本报记者　金　山　通讯员　润　组",
            reporters=("金山",),
            correspondents=("润组",),
            source="本报",
            subheads=((6, "勤：中午也有人值班"), (10, "廉：用制度筑牢“防火墙”")),
            breaks=((4, "caption", "常发广场人气回升。本报记者　金　山　摄"),),
            photographers=("金山",),
        ),
    ]
    page(
        "u12_runzhou_wrapped",
        arts,
        "wrap",
        width=22,
        header=["润州报　2016年7月5日　星期二　第1版　要闻"],
        footer=["编辑：甘　露　　校对：焦　山"],
        note="润州报 (a 区报) 要闻, wrapped at 22",
    )


def u13() -> None:
    """清水报 (a county paper), 　　 indent, CRLF: a three-line block over an editor's note and
    ``本报讯（记者 …　…）`` with two reporters."""
    arts = [
        A16(
            "红堡白沙两座垃圾热解站投运",
            P(PYROLYSIS, (3,), (4,), (5, 6), (7,), (8,), (9, 10)),
            kicker="全国农村生活垃圾分类示范县建设",
            subtitle="——其余乡镇热解站预计年内建成投产",
            note="编者按：农村垃圾处理是改善人居环境的难点。本报今起开设“美丽乡村在行动”专栏，报道各乡镇的新做法。",
            lead="本报讯（记者　杜　清　马　红）",
            dateline="本报讯",
            reporters=("杜清", "马红"),
            source="本报",
        ),
    ]
    page(
        "u13_qingshui_crlf",
        arts,
        "indent",
        header=["清水报　2018年3月16日　星期五　第1版　要闻"],
        footer=["责任编辑：秦　川　　校对：牛　清"],
        eol="\r\n",
        note="清水报 (a county paper) 要闻, indent, CRLF",
    )


def u14() -> None:
    """中国绿色时报 (pdftotext default, 23): a 主题 printed on two lines over a ``四川新闻网达州…讯（记者 …）``
    story with a caption cutting a sentence and a narrower next column; a three-line block over a run-in
    ``本报广州讯　记者… 实习生… 通讯员…报道：`` dateline."""
    arts = [
        A16(
            "达州七河路千余棵行道树干枯死亡",
            [
                after(P1(TREES, 0), "）"),
                *P(TREES, (1,), (4,), (6,), (7, 8), (9,), (14,), (17,), (20,), (21,)),
            ],
            title_lines=("达州七河路千余棵", "行道树干枯死亡"),
            lead="四川新闻网达州5月5日讯（记者　余　川）",
            dateline="四川新闻网达州5月5日讯",
            reporters=("余川",),
            source="四川新闻网",
            breaks=((3, "caption", "七河路两旁干枯的小叶榕。余　川　摄"), (7, "narrow", "")),
            photographers=("余川",),
        ),
        A16(
            "施工损伤树木最高罚10万元",
            P(GREEN, (1,), (2,), (6,), (7,), (8, 9), (11, 12), (13,)),
            kicker="《广州市绿化管理条例》下月实施",
            subtitle="——设立“永久保护绿地”制度",
            lead="本报广州讯　记者罗岭　实习生葛青　通讯员王园报道：",
            dateline="本报广州讯",
            reporters=("罗岭",),
            interns=("葛青",),
            correspondents=("王园",),
            source="本报",
        ),
    ]
    page(
        "u14_green_wrapped",
        arts,
        "wrap",
        width=23,
        header=["中国绿色时报　2018年5月8日　星期二　第2版　生态资讯"],
        footer=["责任编辑：林　森　　美术编辑：柏　青　　校对：杨　柳"],
        note="中国绿色时报 生态资讯, wrapped at 23",
    )


def u15() -> None:
    """中国家庭报 评论 page (e-paper copy): a 「家教评说」 piece signed ``文/…``; a piece signed at the end
    ``（…）`` under a two-line title; an ``本报评论员 …`` piece under a title + —— subtitle."""
    arts = [
        A16(
            "小女孩下水救人　表扬更要提醒",
            P(GIRL, (4,), (5, 6), (7,), (8, 9)),
            column="「家教评说」",
            byline="文/郝　敏",
            reporters=("郝敏",),
        ),
        A16(
            "别让孩子把善意当成“闲事”",
            P(THANKS, (8,), (9,), (11,)),
            title_lines=("别让孩子把善意", "当成“闲事”"),
            end="（何　谦）",
            reporters=("何谦",),
        ),
        A16(
            "被救者该说一声谢谢",
            P(DROWNED, (20,), (23,), (24, 25), (27,)),
            subtitle="——也谈悬赏寻找被救者",
            byline="本报评论员　晏　平",
            reporters=("晏平",),
            source="本报",
        ),
    ]
    page(
        "u15_family_comment",
        arts,
        "web",
        header=["中国家庭报　2012年7月26日　星期四　第2版　评论"],
        footer=["本版编辑：家　和　　美编：乐　平　　投稿邮箱：pinglun@jtb.cn"],
        note="中国家庭报 评论, short signed pieces, web copy",
    )


def u16() -> None:
    """生活报 untitled 快讯 (　　 indent): a ▲快讯 label over items opening with ``据新华社电``, ``中新网…电``,
    ``【环球时报驻美国特约记者 …】`` and ``本报讯（记者 … 通讯员 …）``."""
    arts = [
        A16(
            "",
            P(WORLD, (8,), (9,)),
            column="▲快讯",
            lead="据新华社电　",
            dateline="据新华社电",
            source="新华社",
        ),
        A16(
            "",
            P(CAMBODIA, (2, 3), (5,)),
            lead="中新网1月21日电　",
            dateline="中新网1月21日电",
            source="中新网",
        ),
        A16(
            "",
            P(NUCLEAR, (4,), (3,), (6,)),
            lead="【环球时报驻美国特约记者　林　森】",
            reporters=("林森",),
            source="环球时报",
        ),
        A16(
            "",
            P(ALUM, (1,), (7,)),
            lead="本报讯（记者　孙　晋　通讯员　丽　警）",
            dateline="本报讯",
            reporters=("孙晋",),
            correspondents=("丽警",),
            source="本报",
        ),
    ]
    page(
        "u16_shenghuo_briefs",
        arts,
        "indent",
        header=["生活报　2019年1月22日　星期二　A10　天下"],
        footer=["编辑：冰　城　　美编：松　花"],
        note="生活报 天下, untitled briefs, indent",
    )


PAGES = [u01, u02, u03, u04, u05, u06, u07, u08, u09, u10, u11, u12, u13, u14, u15, u16]

if __name__ == "__main__":
    for fn in PAGES:
        fn()
