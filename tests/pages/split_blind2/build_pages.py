"""Build the second blind split set (``*.txt``) and its gold files (``*.gold.json``).

These 15 pages were written *before* any splitter change was made for them, from articles of
``../shared/corpora`` that none of ``tests/pages/split``, ``split_heldout`` and ``split_blind`` uses.
The 36 earlier pages cover: 青岛日报/人民日报/新华社/经济日报/光明日报/解放日报/北京日报/羊城晚报
layouts, 南都讯 and other short datelines, 简讯 boxes, kicker/title/subtitle blocks, 【】 columns,
编者按 and 评论员 boxes, Q&A interviews, captions, jumps, end bylines, letters, hard-wrapped text
(with and without indents), pdftotext two-column and form-feed output, CRLF/BOM and full-width text.
This set imitates what they do not: 晚报 datelines with 特派记者 credits, a 体育版 (发自…, a 赛果
box of score lines), a 财经版 with a table of figures as text lines and ``…北京报道`` bylines, a 法治版
with ``（文中人物均为化名）``, a 国际版 (本报驻…记者, 据外媒报道, 环球时报's 【…】 credits), 副刊 essays
signed under the title with no dateline, 公告/讣告 boxes ending with an issuer and a date, a 专题 with
【链接】/【记者手记】 boxes, headlines with quotes, 、 and ？, OCR-like artefacts (stray spaces, ``,``
for ``，``, a line broken inside a name), bylines printed before the headline (with and without a
blank line), a page with no blank lines at all, 齐鲁晚报/华西都市报 bylines (``·``, ``-``), and
今晚报 briefs with run-in 【】 titles.

The gold records what a careful reader finds, written by hand from the arrangement itself.
Run from the repo root: ``python tests/pages/split_blind2/build_pages.py`` (needs ../shared/corpora;
the pages are committed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import articlekit  # noqa: E402
from articlekit import IND, S, after, art, cut, join_key, sents, wrap  # noqa: E402


def write(name: str, *args: object, **kw: object) -> None:
    articlekit.write(HERE, name, *args, **kw)


# --- the pages ----------------------------------------------------------------------------------


def c01() -> None:
    """晚报: a header of | parts, title + —— subtitle, ``本报漳州讯 (特派记者 … 通讯员 …)`` with half-width
    parentheses; a second article with a ■ caption (``警方供图``) that cuts a sentence; editors' footer."""
    w = "inews-train-04199"
    a = [after(sents(w)[0], ")") + S(w, 1), S(w, 2, 3), S(w, 4, 5, 6), S(w, 7, 8, 9)]
    n = "inews-train-04671"
    p = S(n, 5, 6)
    pa, pb = cut(p, 0.55)
    b = [after(sents(n)[0], "）") + S(n, 1, 2), S(n, 3, 4), p, S(n, 7, 8, 9), S(n, 11, 12, 13)]
    cap = "■民警在超市裁缝店内将女嫌疑人易某抓获。警方供图"
    header = "北京晚报 | 2019年2月15日 星期五 | 第7版 | 社会"
    footer = "编辑 孙颖 美编 赵芳 校对 刘畅"
    lines = [
        header,
        "",
        "冒充离异女子 向朋友弟弟下手",
        "——前科累累男子骗走6万余元获刑2年2个月",
        "",
        IND + "本报漳州讯 (特派记者 黄树金 通讯员 黄从余 刘秋玲)" + a[0],
        *(IND + x for x in a[1:]),
        "",
        "时尚女子专偷名牌 警方寻找被盗商家",
        "",
        IND + "北京晚报讯（记者林靖）" + b[0],
        *(IND + x for x in b[1:2]),
        IND + pa,
        "",
        cap,
        "",
        pb,
        *(IND + x for x in b[3:]),
        "",
        footer,
    ]
    arts = [
        art(
            "冒充离异女子 向朋友弟弟下手",
            a,
            subtitle="——前科累累男子骗走6万余元获刑2年2个月",
            source="本报",
            reporters=("黄树金",),
            correspondents=("黄从余", "刘秋玲"),
            dateline="本报漳州讯",
        ),
        art(
            "时尚女子专偷名牌 警方寻找被盗商家",
            b,
            source="北京晚报",
            reporters=("林靖",),
            dateline="北京晚报讯",
            captions=(cap,),
        ),
    ]
    write(
        "c01_evening", lines, arts, [join_key(pa, pb)], [header, footer], "晚报: 特派记者 credit, ■ caption"
    )


def c02() -> None:
    """体育版: column label, title + plain subtitle, ``本报记者 … 发自成都`` bylines, a 【赛果】 box of score
    lines inside the article; a second article with full-width digits."""
    f = "inews-train-00644"
    a = [S(f, 0), S(f, 1, 2), S(f, 3), S(f, 4, 5, 6, 7), S(f, 8, 9)]
    scores = ["南区最佳阵容 2:1 北区最佳阵容", "东区最佳阵容 3:3 西区最佳阵容（点球4:2）"]
    g = "SogouCS-61979ae9ecd2f0ea-34913306c0bb3300"
    b = [after(sents(g)[0], "报道）") + S(g, 1), S(g, 6, 7), S(g, 9, 10), S(g, 11, 12)]
    header = "B3 体育·足球 2018年5月22日 星期二"
    lines = [
        header,
        "",
        "校园足球",
        "南区最佳阵容2比1力克北区最佳阵容",
        "萍乡七中陈杨阳收获人生第一个全国冠军",
        "",
        "本报记者 刘洋 发自成都",
        "",
        *(IND + x for x in a),
        "",
        "【赛果】",
        *scores,
        "",
        "邢傲伟：望更多人加入慈善",
        "——伦敦奥运会体操或取5金",
        "",
        "本报记者 陶冶 发自广州",
        "",
        *(IND + x for x in b),
    ]
    arts = [
        art(
            "南区最佳阵容2比1力克北区最佳阵容",
            [*a, *scores],
            subtitle="萍乡七中陈杨阳收获人生第一个全国冠军",
            column="校园足球",
            source="本报",
            reporters=("刘洋",),
            subheads=("【赛果】",),
        ),
        art(
            "邢傲伟：望更多人加入慈善",
            b,
            subtitle="——伦敦奥运会体操或取5金",
            source="本报",
            reporters=("陶冶",),
        ),
    ]
    write("c02_sports", lines, arts, [], [header], "体育版: 发自 bylines, a box of score lines")


def c03() -> None:
    """财经版: ``本报记者 … 北京报道`` byline, a subhead, a table of figures printed as text lines in the
    middle of each article; a 客户端 dateline, a title with ？ over a plain subtitle."""
    z = "inews-dev-00014"
    table_a = [
        "众品食品2018年前三季度主要财务数据",
        "营业收入　87.74亿元　同比下降23.40%",
        "净利润　1.33亿元　同比下降62.54%",
        "经营性现金流　-1.39亿元　同比下降131.88%",
    ]
    a = [
        after(sents(z)[0], "北京报道"),
        after(sents(z)[1], "信用评级连遭下调") + S(z, 2, 3),
        S(z, 4, 5),
        S(z, 6),
    ]
    a2 = [S(z, 8, 9), S(z, 11, 12)]
    x = "inews-dev-00336"
    table_b = [
        "小米近三年业绩（单位：亿元）",
        "年份　营业收入　净利润",
        "2015　668.11　-76.27",
        "2016　684.34　4.92",
        "2017　1146.25　-438.89",
    ]
    b = [after(sents(x)[0], "电 ") + S(x, 1), S(x, 2), S(x, 8), S(x, 10)]
    b2 = [S(x, 11, 12)]
    header = "财经 2019年1月7日 星期一 第15版"
    lines = [
        header,
        "",
        "肉业巨头众品食品债务问题持续发酵",
        "——信用评级再遭下调，目前被调至bbb-",
        "",
        "本报记者 张晓迪 北京报道",
        "",
        IND + a[0],
        "",
        "信用评级连遭下调",
        "",
        *(IND + p for p in a[1:]),
        *table_a,
        *(IND + p for p in a2),
        "",
        "小米估值680亿美元？",
        "雷军回应：谣言",
        "",
        IND + "中新经纬客户端5月23日电 " + b[0],
        *(IND + p for p in b[1:]),
        *table_b,
        *(IND + p for p in b2),
    ]
    arts = [
        art(
            "肉业巨头众品食品债务问题持续发酵",
            [*a, *table_a, *a2],
            subtitle="——信用评级再遭下调，目前被调至bbb-",
            source="本报",
            reporters=("张晓迪",),
            subheads=("信用评级连遭下调",),
        ),
        art(
            "小米估值680亿美元？",
            [*b, *table_b, *b2],
            subtitle="雷军回应：谣言",
            dateline="中新经纬客户端5月23日电",
        ),
    ]
    write("c03_finance", lines, arts, [], [header], "财经版: 北京报道 byline, figures tables as text lines")


def c04() -> None:
    """法治版: a long kicker over a short title, a site dateline with an inline credit; □ byline with
    通讯员 and a closing ``（文中人物均为化名）`` line; a 见习记者 credit run together in parentheses."""
    s = "inews-test-00772"
    a = [after(sents(s)[0], "何海燕 "), S(s, 1), S(s, 2, 3, 4), S(s, 5, 6, 7), S(s, 10, 11)]
    d = "inews-dev-00083"
    b = [S(d, 0), S(d, 1, 2, 3), S(d, 4, 5, 6), S(d, 7), "（文中人物均为化名）"]
    k = "inews-test-00161"
    c = [after(sents(k)[0], "项菁)"), S(k, 1), S(k, 2, 3, 4, 5), S(k, 6, 7, 8)]
    header = "8 法治经纬 2019年1月28日 星期一"
    footer = "责任编辑：周宇"
    lines = [
        header,
        "",
        "楚雄州首例校车超载涉危险驾驶案宣判",
        "司机和校长均获刑",
        "",
        IND + "法制网昆明1月27日电 记者 石飞 通讯员 何海燕 " + a[0],
        *(IND + p for p in a[1:]),
        "",
        "四人抢劫滴滴司机获刑",
        "",
        "□ 本报记者 陈磊 通讯员 仓检宣",
        "",
        *(IND + p for p in b),
        "",
        "男子报复村民致2死10伤被判死刑",
        "",
        IND + "中新网绍兴12月4日电(见习记者项菁)" + c[0],
        *(IND + p for p in c[1:]),
        "",
        footer,
    ]
    arts = [
        art(
            # gold corrected (f7bd7e1): a verdict over its sentence is title + subtitle, as on other pages
            "楚雄州首例校车超载涉危险驾驶案宣判",
            a,
            subtitle="司机和校长均获刑",
            source="法制网",
            reporters=("石飞",),
            correspondents=("何海燕",),
            dateline="法制网昆明1月27日电",
        ),
        art("四人抢劫滴滴司机获刑", b, source="本报", reporters=("陈磊",), correspondents=("仓检宣",)),
        art(
            "男子报复村民致2死10伤被判死刑",
            c,
            source="中新网",
            reporters=("项菁",),
            dateline="中新网绍兴12月4日电",
        ),
    ]
    write(
        "c04_legal",
        lines,
        arts,
        [],
        [header, footer],
        "法治版: 化名 note line, inline and run-together credits",
    )


def c05() -> None:
    """国际版: 本报驻…特约记者 byline with a body opening 据外媒报道; 环球时报 credits in 【】 at the body's
    start (people only; 综合报道 as the dateline)."""
    u = "inews-test-00245"
    a = [after(sents(u)[0], "电 "), S(u, 1), S(u, 2)]
    v = "inews-test-00899"
    b = [after(sents(v)[0], "电 "), S(v, 6, 7), S(v, 8, 9)]
    h = "inews-test-00684"
    c = [after(sents(h)[0], "】"), S(h, 1, 2), S(h, 3, 4)]
    header = "国际 2018年10月10日 星期三 第21版"
    lines = [
        header,
        "",
        "乌克兰一军事仓库发生爆炸",
        "——上万人紧急疏散",
        "",
        "本报驻乌克兰特约记者 王晓雨",
        "",
        *(IND + p for p in a),
        "",
        "越南大雨致13人丧生1人失踪",
        "",
        IND + "【环球时报驻越南特约记者 阮文 环球时报记者 李司坤】" + b[0],
        *(IND + p for p in b[1:]),
        "",
        "韩国浦项地震造成经济损失约7.5亿元",
        "",
        IND + "【环球时报综合报道】" + c[0],
        *(IND + p for p in c[1:]),
    ]
    arts = [
        art("乌克兰一军事仓库发生爆炸", a, subtitle="——上万人紧急疏散", source="本报", reporters=("王晓雨",)),
        art("越南大雨致13人丧生1人失踪", b, source="环球时报", reporters=("阮文", "李司坤")),
        art("韩国浦项地震造成经济损失约7.5亿元", c, source="环球时报", dateline="环球时报综合报道"),
    ]
    write(
        "c05_international",
        lines,
        arts,
        [],
        [header],
        "国际版: 驻外 bylines, 据外媒报道, 环球时报 【】 credits",
    )


def c06() -> None:
    """副刊: two essays, each with the author under the title (``□ 沈佳音``, ``文/叶 舟``), no dateline; the
    first ends with an ``（作者为…）`` line."""
    e = "SogouCS-5578a67f4fd2f0ea-34913306c0bb3300"
    a = [S(e, 0), S(e, 1, 2), S(e, 4, 5, 6), S(e, 8, 9), S(e, 11, 12, 13), "（作者为浙江传媒学院学生）"]
    r = "SogouCS-48d8394cb8d2f0ea-34913306c0bb3300"
    b = [S(r, 0), S(r, 1), S(r, 2), S(r, 3)]
    header = "16 夜光杯 2012年7月20日 星期五"
    lines = [
        header,
        "",
        "凉山深处上学娃",
        "□ 沈佳音",
        "",
        *(IND + p for p in a),
        "",
        "在千年古县留下热爱的足迹",
        "",
        "文/叶 舟",
        "",
        *(IND + p for p in b),
    ]
    arts = [
        art("凉山深处上学娃", a, reporters=("沈佳音",)),
        art("在千年古县留下热爱的足迹", b, reporters=("叶舟",)),
    ]
    write("c06_supplement", lines, arts, [], [header], "副刊: essays signed under the title, no dateline")


def c07() -> None:
    """A news article, then a 公告 box and a 讣告 box (spaced title), each ending with the issuer and a
    date on lines of their own."""
    f = "inews-train-04917"
    a = [after(sents(f)[0], "）"), S(f, 1), S(f, 2), S(f, 3)]
    notice = [
        "因不动产登记信息系统升级改造，我中心定于2018年5月5日至5月6日暂停办理各类不动产登记业务。现将有关事项公告如下：",
        "一、暂停期间，各登记窗口只接受咨询，不受理登记申请。",
        "二、已受理的登记业务，办理时限相应顺延。",
        "三、系统恢复后，将按受理先后顺序办理，给您带来不便，敬请谅解。",
        "特此公告。",
        "东营市不动产登记中心",
        "2018年5月2日",
    ]
    obit = [
        "中国共产党优秀党员、东营市第一中学退休教师王振华同志，因病医治无效，于2018年4月29日逝世，享年86岁。",
        "王振华同志的遗体告别仪式定于2018年5月3日上午9时在东营市殡仪馆举行。",
        "特此讣告。",
        "王振华同志治丧小组",
        "2018年4月30日",
    ]
    header = "A12 公告 2018年5月2日 星期三"
    lines = [
        header,
        "",
        "“五一”节期间全国火灾形势平稳",
        "",
        IND + "新华社北京5月1日电（记者叶昊鸣）" + a[0],
        *(IND + p for p in a[1:]),
        "",
        "关于暂停办理不动产登记业务的公告",
        "",
        *(IND + p for p in notice[:5]),
        " " * 20 + notice[5],
        " " * 22 + notice[6],
        "",
        "讣　告",
        "",
        *(IND + p for p in obit[:3]),
        " " * 22 + obit[3],
        " " * 24 + obit[4],
    ]
    arts = [
        art(
            "“五一”节期间全国火灾形势平稳",
            a,
            source="新华社",
            reporters=("叶昊鸣",),
            dateline="新华社北京5月1日电",
        ),
        art("关于暂停办理不动产登记业务的公告", notice),
        art("讣告", obit, headline=["讣　告"], alts=("讣　告",)),
    ]
    write("c07_notices", lines, arts, [], [header], "公告/讣告 boxes signed by an issuer and a date")


def c08() -> None:
    """专题: a column label ending in 进行时, title + —— subtitle, 云南网讯 credit, then 【链接】 and
    【记者手记】 boxes that belong to the article; a second article with a glued 本报讯 and its own 【链接】."""
    y = "inews-dev-00932"
    a = [after(sents(y)[0], "）"), S(y, 1), S(y, 2, 3), S(y, 4, 5), S(y, 6, 7)]
    link = "此次调整将制造业等行业增值税税率从17%降至16%，将交通运输、建筑、基础电信服务等行业及农产品等货物的税率从11%降至10%。"
    memo = "减税红利能否顺利落到纳税人手中，开票系统是第一道关口。从调研组走访的情况看，这道关口已经打通。"
    k = "inews-test-00646"
    b = [after(sents(k)[0], "本报讯"), S(k, 1), S(k, 2, 3), S(k, 4)]
    link2 = "工信部要求，三大运营商在10月底前完成固定宽带降费调整，中小企业宽带平均资费再降15%。"
    header = "5 专题 2018年5月2日 星期三"
    lines = [
        header,
        "",
        "减税降费进行时",
        "两档增值税税率下调政策顺利落地",
        "——云南5月1日成功实现开票",
        "",
        IND + "云南网讯（记者 杨之辉）" + a[0],
        *(IND + p for p in a[1:]),
        "",
        "【链接】",
        IND + link,
        "",
        "【记者手记】",
        IND + memo,
        "",
        "宽带降费 我市还在等安排",
        "",
        IND + "本报讯" + b[0],
        *(IND + p for p in b[1:]),
        "",
        "【链接】",
        IND + link2,
    ]
    arts = [
        art(
            "两档增值税税率下调政策顺利落地",
            [*a, link, memo],
            subtitle="——云南5月1日成功实现开票",
            column="减税降费进行时",
            source="云南网",
            reporters=("杨之辉",),
            dateline="云南网讯",
            subheads=("【链接】", "【记者手记】"),
        ),
        art("宽带降费 我市还在等安排", [*b, link2], source="本报", dateline="本报讯", subheads=("【链接】",)),
    ]
    write("c08_special_boxes", lines, arts, [], [header], "专题: 【链接】/【记者手记】 boxes inside articles")


def c09() -> None:
    """Headlines with quotes, 、, spaces and ？: kicker + title + —— subtitle, title + plain subtitle with
    、, a one-line title ending in ？; half-width and full-width credits after datelines."""
    j = "inews-train-05339"
    a = [after(sents(j)[0], ")"), S(j, 1), S(j, 2, 3), S(j, 4, 5), S(j, 12, 13)]
    g = "inews-dev-00253"
    b = [after(sents(g)[0], "）"), S(g, 1, 2), S(g, 3), S(g, 4, 5), S(g, 6)]
    p = "SogouCS-b1516a3cead2f0ea-34913306c0bb3300"
    c = [after(sents(p)[0], "）"), S(p, 1, 2), S(p, 3), S(p, 5, 6), S(p, 7)]
    header = "要闻 2017年11月7日 星期二 A02"
    lines = [
        header,
        "",
        "南京公布第三轮物业服务检查结果",
        "“红榜”表扬12家 “黑榜”点名15个",
        "——电梯管理、二次供水成突出问题",
        "",
        IND + "现代快报讯(记者张瑜)" + a[0],
        *(IND + x for x in a[1:]),
        "",
        "“五一”假期粤旅游业揽金逾85亿元",
        "乡村民宿、农家乐、古驿道游受追捧",
        "",
        IND + "中新社广州5月1日电　（记者　程景伟）" + b[0],
        *(IND + x for x in b[1:]),
        "",
        "上海首日发布ＰＭ２．５　空气质量为何“优”？",
        "",
        IND + "中新社上海６月２７日电　（记者　陈婷婷）" + c[0],
        *(IND + x for x in c[1:]),
    ]
    arts = [
        art(
            "“红榜”表扬12家 “黑榜”点名15个",
            a,
            kicker="南京公布第三轮物业服务检查结果",
            subtitle="——电梯管理、二次供水成突出问题",
            source="现代快报",
            reporters=("张瑜",),
            dateline="现代快报讯",
        ),
        art(
            "“五一”假期粤旅游业揽金逾85亿元",
            b,
            subtitle="乡村民宿、农家乐、古驿道游受追捧",
            source="中新社",
            reporters=("程景伟",),
            dateline="中新社广州5月1日电",
        ),
        art(
            "上海首日发布ＰＭ２．５　空气质量为何“优”？",
            c,
            source="中新社",
            reporters=("陈婷婷",),
            dateline="中新社上海６月２７日电",
        ),
    ]
    write("c09_quoted_headlines", lines, arts, [], [header], "headlines with quotes, 、 and ？")


def _wrap_breaking(p: str, width: int, inside: str) -> list[str]:
    """``p`` hard-wrapped at about ``width``, one printed line ending inside the word ``inside`` (lines of
    justified print differ by a character or two, so the nearest line end moves into the word)."""
    ends = list(range(width, len(p), width))
    for at in (m.start() for m in re.finditer(inside, p)):
        for k, e in enumerate(ends):
            if abs(e - (at + 1)) <= 3:
                ends[k] = at + 1
                bounds = [0, *ends, len(p)]
                return [p[x:y] for x, y in zip(bounds, bounds[1:], strict=False) if p[x:y]]
    raise AssertionError((inside, p[:20]))


def kinsoku(rows: list[str]) -> list[str]:
    """Printed lines never open with closing punctuation: it hangs at the end of the line before."""
    out: list[str] = []
    for r in rows:
        while out and r and r[0] in "。，,、；：？！”）":
            out[-1], r = out[-1] + r[0], r[1:]
        if r:
            out.append(r)
    return out


def c10() -> None:
    """OCR-like artefacts on a hard-wrapped page (22–29 characters a line, 　　 indents): stray spaces in
    a title and inside sentences, ``,`` for ``，``, printed lines broken inside a person's name (also
    inside the dateline's credit)."""
    q = "SogouCS-acdd72c98dd2f0ea-34913306c0bb3300"
    lead = "南方日报讯　（记者／黄少宏　实习生／朱子煜　通讯员／成广伟）"
    a = [after(sents(q)[0], "）"), S(q, 1), S(q, 2, 3).replace("，", ","), S(q, 4), S(q, 8, 9, 10)]
    a[3] = a[3][:6] + " " + a[3][6:12] + " " + a[3][12:]
    m = "SogouCS-b63a67b396d2f0ea-34913306c0bb3300"
    lead_b = "本报讯（实习记者　靳鸽　记者　何杰）　"
    b = [after(sents(m)[0], "）"), S(m, 1, 2), S(m, 3, 4).replace("，", ","), S(m, 5, 6, 7), S(m, 8, 9)]
    rows: list[str] = []
    first = _wrap_breaking(lead + a[0], 22, "朱子煜")
    rows += [IND + first[0], *first[1:]]
    for k, p in enumerate(a[1:], 1):
        r = kinsoku(_wrap_breaking(p, 22, "李廷贵") if k == 2 else wrap(p, 22))
        rows += [IND + r[0], *r[1:]]
    rows_b: list[str] = []
    for k, p in enumerate(b):
        text = lead_b + p if k == 0 else p
        r = kinsoku(_wrap_breaking(text, 24, "魏先生") if k == 2 else wrap(text, 24))
        rows_b += [IND + r[0], *r[1:]]
    lines = [
        "广州试点 垃圾袋实名制　按袋计量征收垃圾费",
        "",
        *rows,
        "",
        "爸爸见义勇为遭冷遇",
        "——１２岁儿子劝其“以后别管”",
        "",
        *rows_b,
    ]
    arts = [
        art(
            "广州试点 垃圾袋实名制　按袋计量征收垃圾费",
            a,
            source="南方日报",
            reporters=("黄少宏",),
            interns=("朱子煜",),
            correspondents=("成广伟",),
            dateline="南方日报讯",
        ),
        art(
            "爸爸见义勇为遭冷遇",
            [x.lstrip("　") for x in b],
            subtitle="——１２岁儿子劝其“以后别管”",
            source="本报",
            reporters=("何杰",),
            interns=("靳鸽",),
            dateline="本报讯",
        ),
    ]
    write(
        "c10_ocr_artefacts",
        lines,
        arts,
        [],
        [],
        "OCR artefacts: stray spaces, ASCII commas, names cut by a wrap",
    )


def c11() -> None:
    """Bylines printed before each article's headline (a blank line between): ■本报记者 …, then a title;
    本报记者 … 通讯员 … over a title + —— subtitle; a paper's byline with a 驻…记者 posting."""
    c = "inews-train-04727"
    a = [after(sents(c)[0], "）") + S(c, 1, 2), S(c, 5, 6), S(c, 9, 10, 11)]
    t = "inews-test-00861"
    b = [after(sents(t)[0], "）"), S(t, 1, 2), S(t, 3, 4), S(t, 5)]
    f = "inews-train-04766"
    d = [after(sents(f)[0], ")"), S(f, 1, 2), S(f, 3), S(f, 6)]
    lines = [
        "■本报记者 申贝贝 王源",
        "",
        "山西成功集团庆祝成立20周年",
        "",
        *(IND + p for p in a),
        "",
        "本报记者 信召红 通讯员 刘慧晶",
        "",
        "驾驶证被暂扣仍开车上路",
        "——男子被查后调侃交警“薅羊毛”",
        "",
        *(IND + p for p in b),
        "",
        "海峡导报记者 钱玲玲 驻福州记者 林芹",
        "",
        "福建公务员省考减招47人",
        "",
        *(IND + p for p in d),
    ]
    arts = [
        art("山西成功集团庆祝成立20周年", a, source="本报", reporters=("申贝贝", "王源")),
        art(
            "驾驶证被暂扣仍开车上路",
            b,
            subtitle="——男子被查后调侃交警“薅羊毛”",
            source="本报",
            reporters=("信召红",),
            correspondents=("刘慧晶",),
        ),
        art("福建公务员省考减招47人", d, source="海峡导报", reporters=("钱玲玲", "林芹")),
    ]
    write("c11_byline_first", lines, arts, [], [], "bylines printed before the headline")


def c12() -> None:
    """The headline printed on the line right after the byline (no blank line): a paper's byline, then a
    title and a subtitle with a comma, then the body with a site dateline; twice more without dateline."""
    s = "inews-train-04437"
    a = [S(s, 1), S(s, 2), S(s, 3, 4), S(s, 5, 6, 7)]
    r = "SogouCS-40c36004b4d2f0ea-34913306c0bb3300"
    b = [after(sents(r)[0], "）"), S(r, 1), S(r, 2, 3, 4), S(r, 7, 8, 9)]
    x = "SogouCS-f5a30a8cadd2f0ea-34913306c0bb3300"
    c = [after(sents(x)[0], "）"), S(x, 1), S(x, 2), S(x, 6, 7)]
    header = "第A06版 2018年2月22日 星期四 烟台·社会"
    lines = [
        header,
        "",
        "烟台晚报记者 史崇胤 通讯员 陈丹",
        "莱州盗窃电动车电瓶大盗落网",
        "作案15起，涉案价值4000余元",
        "",
        IND + "水母网2月21日讯 " + a[0],
        *(IND + p for p in a[1:]),
        "",
        "本报记者 李秋萌",
        "红会首次向７·２１遇难者发放慰问金",
        "",
        *(IND + p for p in b),
        "",
        "新京报记者 韩宇明",
        "人社部：延迟退休拟采取差别政策",
        "",
        *(IND + p for p in c),
    ]
    arts = [
        art(
            "莱州盗窃电动车电瓶大盗落网",
            a,
            subtitle="作案15起，涉案价值4000余元",
            source="烟台晚报",
            reporters=("史崇胤",),
            correspondents=("陈丹",),
            dateline="水母网2月21日讯",
        ),
        art("红会首次向７·２１遇难者发放慰问金", b, source="本报", reporters=("李秋萌",)),
        art("人社部：延迟退休拟采取差别政策", c, source="新京报", reporters=("韩宇明",)),
    ]
    write("c12_headline_after_byline", lines, arts, [], [header], "headline on the line after the byline")


def c13() -> None:
    """No blank lines and no indents at all: every line is a paragraph or a headline line; a kicker-led
    headline, an unsigned article whose body opens with 记者从…获悉, a kicker + title with a colon."""
    h = "SogouCS-c3e9099ba2d2f0ea-34913306c0bb3300"
    a = [after(sents(h)[0], "）"), S(h, 1), S(h, 2, 3), S(h, 4, 5), S(h, 10, 11)]
    o = "SogouCS-c2bf7c2376d2f0ea-34913306c0bb3300"
    b = [after(sents(o)[0], "万元　"), S(o, 1, 2), S(o, 3), S(o, 10, 11)]
    z = "SogouCS-e334ff21d9d2f0ea-34913306c0bb3300"
    c = [after(sents(z)[0], "）"), S(z, 1, 2), S(z, 3, 4), S(z, 9, 10)]
    header = "2012年6月29日 星期五 第4版 要闻"
    footer = "责任编辑：杜鹃"
    lines = [
        header,
        "全国人大常委会组成人员建议",
        "饮用水安全应有专管部门",
        "本报北京６月２８日电（记者白龙、毛磊）" + a[0],
        *a[1:],
        "全市拟装６万电子眼监控地沟油",
        *b,
        "联合国机构牛奶三聚氰胺含量新标引热议",
        "卫生部：三聚氰胺国标宽松系误读",
        "本报讯（记者张然）" + c[0],
        *c[1:],
        footer,
    ]
    arts = [
        art(
            "饮用水安全应有专管部门",
            a,
            kicker="全国人大常委会组成人员建议",
            source="本报",
            reporters=("白龙", "毛磊"),
            dateline="本报北京６月２８日电",
        ),
        art("全市拟装６万电子眼监控地沟油", b),
        art(
            "卫生部：三聚氰胺国标宽松系误读",
            c,
            kicker="联合国机构牛奶三聚氰胺含量新标引热议",
            source="本报",
            reporters=("张然",),
            dateline="本报讯",
        ),
    ]
    write("c13_no_blank_lines", lines, arts, [], [header, footer], "no blank lines, no indents")


def c14() -> None:
    """都市报 bylines: ``齐鲁晚报·齐鲁壹点记者 …`` (a source with ·), ``华西都市报-封面新闻记者 …`` (two
    sources joined by -), a caption credited to 封面新闻记者 … 摄, an inline 新快报讯 credit ending in 报道."""
    q = "inews-train-00448"
    a = [after(sents(q)[0], "讯"), S(q, 1), S(q, 2, 3), S(q, 4, 5)]
    t = "inews-test-00700"
    b = [after(sents(t)[0], "丁伟"), S(t, 1), S(t, 2), S(t, 5, 6)]
    cap = "■12月7日，乐山市交警支队一大队民警介绍事故经过。封面新闻记者 丁伟 摄"
    g = "SogouCS-54315985dbd2f0ea-34913306c0bb3300"
    c = [after(sents(g)[0], "报道　"), S(g, 1), S(g, 2), S(g, 8, 9)]
    header = "齐鲁晚报 2018年5月24日 星期四 A06 | 文化"
    lines = [
        header,
        "",
        "山东文学馆在济南开馆",
        "首个文学名家工作室“张炜工作室”揭牌",
        "",
        "齐鲁晚报·齐鲁壹点记者 师文静 通讯员 刘建国",
        "",
        IND + "本报济南5月23日讯 " + a[0],
        *(IND + p for p in a[1:]),
        "",
        "不满对手多载客 出租车司机6次别车酿车祸",
        "",
        "华西都市报-封面新闻记者 李昕锋 丁伟",
        "",
        *(IND + p for p in b[:2]),
        cap,
        *(IND + p for p in b[2:]),
        "",
        "广州下月起实施新绿化管理条例",
        "——施工致树死亡最高罚50万",
        "",
        IND + "新快报讯　记者　罗琼　实习生　葛晶　通讯员　王玮　报道　" + c[0],
        *(IND + p for p in c[1:]),
    ]
    arts = [
        art(
            "山东文学馆在济南开馆",
            a,
            subtitle="首个文学名家工作室“张炜工作室”揭牌",
            source="齐鲁晚报·齐鲁壹点",
            reporters=("师文静",),
            correspondents=("刘建国",),
            dateline="本报济南5月23日讯",
        ),
        art(
            "不满对手多载客 出租车司机6次别车酿车祸",
            b,
            source="华西都市报-封面新闻",
            reporters=("李昕锋", "丁伟"),
            photographers=("丁伟",),
            captions=(cap,),
        ),
        art(
            "广州下月起实施新绿化管理条例",
            c,
            subtitle="——施工致树死亡最高罚50万",
            source="新快报",
            reporters=("罗琼",),
            interns=("葛晶",),
            correspondents=("王玮",),
            dateline="新快报讯",
        ),
    ]
    write("c14_metro_bylines", lines, arts, [], [header], "都市报 bylines with · and - sources")


def c15() -> None:
    """今晚报 briefs: a box label, then items whose title is printed run-in, in 【】 before the dateline
    (``【…】本报讯（…）…``), one item with a second paragraph; the 本报讯 glued to the text in one."""
    k = "inews-train-04754"
    a = [after(sents(k)[0], "）") + S(k, 1), S(k, 3, 4)]
    m = "inews-train-04735"
    b = [after(sents(m)[0], "）") + S(m, 1)]
    w = "inews-train-00101"
    c = [after(sents(w)[0], "本报讯") + S(w, 1)]
    f = "inews-train-04426"
    d = [after(sents(f)[0], "）") + S(f, 1, 2)]
    y = "inews-test-00306"
    e = [after(sents(y)[0], "）") + S(y, 1)]
    header = "今晚报 2018年12月8日 星期六 第6版 综合新闻"
    lines = [
        header,
        "",
        "城事速递",
        "",
        IND + "【盗卖车辆事发 拆东补西再盗窃】本报讯（通讯员 丁雪莲 申亮亮）" + a[0],
        IND + a[1],
        IND + "【警方“五查”监管烟花爆竹安全】本报讯（余征　记者　李爱民）" + b[0],
        IND + "【废水排进河里 损害后果怎么算】本报讯" + c[0],
        IND + "【双峰执结涉贫案上百件】本报讯（通讯员 曾妍 胡幸 陈灿）" + d[0],
        IND + "【严查非法营运车辆】本报讯（龙华新闻记者 杨奕 通讯员 骆开源）" + e[0],
    ]

    def brief(title: str, body: list[str], **kw: object) -> dict:
        return art(title, body, source="本报", dateline="本报讯", alts=(f"【{title}】",), **kw)

    arts = [
        brief("盗卖车辆事发 拆东补西再盗窃", a, correspondents=("丁雪莲", "申亮亮"), column="城事速递"),
        brief("警方“五查”监管烟花爆竹安全", b, reporters=("李爱民",), correspondents=("余征",)),
        brief("废水排进河里 损害后果怎么算", c),
        brief("双峰执结涉贫案上百件", d, correspondents=("曾妍", "胡幸", "陈灿")),
        brief("严查非法营运车辆", e, reporters=("杨奕",), correspondents=("骆开源",)),
    ]
    write("c15_runin_briefs", lines, arts, [], [header], "今晚报 briefs with run-in 【】 titles")


if __name__ == "__main__":
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15):
        fn()
