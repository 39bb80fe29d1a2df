"""Build the blind split pages (``*.txt``) and their gold files (``*.gold.json``).

These 15 pages were written *before* any splitter change was made for them, from articles of
``../shared/corpora`` that neither ``tests/pages/split`` nor ``tests/pages/split_heldout`` uses.
Their layouts imitate what the other two sets do not cover: 经济日报 (kicker, title and two
subtitles), 光明日报 (【光明视点】, 光明时评 with an end ``（作者：…）`` credit), 解放日报 (□ bylines,
English and digits in titles), 北京日报 (编者按 before the first article, a 主持人 interview),
羊城晚报 (文/…图/… bylines, a header with ``|`` parts), a 专版 feature cut by 一、二、 and 【】 subheads,
a 图片新闻 page of captions, 读者来信 signed at the end, nine tiny briefs with no bylines,
pdftotext ``-layout`` output with two columns interleaved line by line, pdftotext output with
form feeds and page numbers, full-width digits everywhere, jump lines (上接/下转) with full-width
numbers, end bylines in （）and a dateline quoted inside body text, a 短评 box.

The gold records what a careful reader finds, written by hand from the arrangement itself.
Run from the repo root: ``python tests/pages/split_blind/build_pages.py`` (needs ../shared/corpora;
the pages are committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import articlekit  # noqa: E402
from articlekit import IND, S, after, art, cut, join_key, sents, wrap  # noqa: E402


def write(name: str, *args: object, **kw: object) -> None:
    articlekit.write(HERE, name, *args, **kw)


# --- the pages ----------------------------------------------------------------------------------


def b01() -> None:
    """经济日报: header with the paper's name, kicker + title + two —— subtitles, 经济日报记者 … 通讯员 …;
    a second article with a subtitle without dash, 本报北京…讯."""
    w = "inews-train-02642"
    a = [S(w, 1), S(w, 2, 3), S(w, 4, 5), S(w, 6, 7, 8)]
    m = "SogouCS-09f441f44bd2f0ea-34913306c0bb3300"
    b = [after(sents(m)[3], "（记者韩宇明）"), S(m, 4, 5), S(m, 7, 8)]
    header = "经济日报 2024年5月24日 星期五 第6版 产经"
    editor = "责任编辑：李芃达 美术编辑：夏祎"
    lines = [
        header,
        "",
        "电商扶贫激发内生动力",
        "山西武乡小米“触网”走向全国",
        "——两年来电商累计销售额达1000多万斤",
        "——岭头村民开微店搞直播脱贫增收",
        "",
        "经济日报记者 董璐 通讯员 王仁贵",
        "",
        *(IND + p for p in a),
        "",
        "医保缴费年限将在各地互认",
        "“十二五”期间研究弹性延迟领取养老金年龄",
        "",
        "本报记者 韩宇明",
        "",
        IND + "本报北京7月25日讯 " + b[0],
        *(IND + p for p in b[1:]),
        "",
        editor,
    ]
    arts = [
        art(
            "山西武乡小米“触网”走向全国",
            a,
            headline=[
                "电商扶贫激发内生动力",
                "山西武乡小米“触网”走向全国",
                "——两年来电商累计销售额达1000多万斤",
                "——岭头村民开微店搞直播脱贫增收",
            ],
            kicker="电商扶贫激发内生动力",
            subtitle="——两年来电商累计销售额达1000多万斤 ——岭头村民开微店搞直播脱贫增收",
            source="经济日报",
            reporters=("董璐",),
            correspondents=("王仁贵",),
        ),
        art(
            "医保缴费年限将在各地互认",
            b,
            subtitle="“十二五”期间研究弹性延迟领取养老金年龄",
            source="本报",
            reporters=("韩宇明",),
            dateline="本报北京7月25日讯",
        ),
    ]
    write("b01_economic_daily", lines, arts, [], [header, editor], "经济日报: kicker, title, two subtitles")


def b02() -> None:
    """光明日报: 【光明视点】 column, 光明日报记者 … 光明日报通讯员 …, 本报北京…电; a 光明时评 whose title has a
    comma and whose author is credited at the end (（作者：…，系…）)."""
    m = "SogouCS-49501909d4d2f0ea-34913306c0bb3300"
    a = [S(m, 0, 1), S(m, 2), S(m, 3, 4), S(m, 5, 6, 7)]
    j = "inews-train-01232"
    b = [S(j, 0), S(j, 1, 2, 3, 4), S(j, 5), S(j, 7)]
    header = "光明日报 2024年7月27日 星期六 04 综合"
    credit = "（作者：王石川，系媒体评论员）"
    lines = [
        header,
        "",
        "【光明视点】",
        "见义勇为人员将优先配租配售保障房",
        "",
        "光明日报记者 陈鹏 光明日报通讯员 李苑",
        "",
        IND + "本报北京7月26日电 " + a[0],
        *(IND + p for p in a[1:]),
        "",
        "光明时评",
        "举报过期食品奖2毛钱，这是在“寒碜”谁",
        "",
        *(IND + p for p in b[:-1]),
        IND + b[-1] + credit,
    ]
    arts = [
        art(
            "见义勇为人员将优先配租配售保障房",
            a,
            column="【光明视点】",
            source="光明日报",
            reporters=("陈鹏",),
            correspondents=("李苑",),
            dateline="本报北京7月26日电",
        ),
        art("举报过期食品奖2毛钱，这是在“寒碜”谁", b, column="光明时评", reporters=("王石川",)),
    ]
    write(
        "b02_guangming", lines, arts, [], [header], "光明日报: 【】 column, 时评 with （作者：…） end credit"
    )


def b03() -> None:
    """解放日报: □ byline with an intern, an English word and digits in titles, a ■ caption with a
    credit cutting a sentence, a 本报讯（记者 …） story."""
    s = "SogouCS-4b7bab5accd2f0ea-34913306c0bb3300"
    a = [after(sents(s)[0], "林芮琪）"), S(s, 1), S(s, 2, 3), S(s, 5, 6)]
    a1, a2 = cut(a[2], 0.5)
    cap = "■ 执法人员在一家餐厅后厨检查食用油。 本报记者 张挺 摄"
    h = "SogouCS-afc1447fd2d2f0ea-34913306c0bb3300"
    b = [S(h, 2, 3), S(h, 4), S(h, 5, 6, 7)]
    header = "解放日报 2012年6月20日 星期三 要闻 3"
    lines = [
        header,
        "",
        "深圳用DNA检测严防“地沟油”回流餐桌",
        "",
        "□ 本报记者 肖怀礼 实习生 林芮琪",
        "",
        *(IND + p for p in a[:2]),
        IND + a1,
        cap,
        a2,
        IND + a[3],
        "",
        "杭州地铁1号线应对暴雨有预案 误15分钟启动公交接驳",
        "",
        IND + "本报讯（记者 王志彦）" + b[0],
        *(IND + p for p in b[1:]),
    ]
    arts = [
        art(
            "深圳用DNA检测严防“地沟油”回流餐桌",
            [a[0], a[1], a1 + a2, a[3]],
            source="本报",
            reporters=("肖怀礼",),
            interns=("林芮琪",),
            photographers=("张挺",),
            captions=(cap,),
        ),
        art(
            "杭州地铁1号线应对暴雨有预案 误15分钟启动公交接驳",
            b,
            source="本报",
            reporters=("王志彦",),
            dateline="本报讯",
        ),
    ]
    write(
        "b03_jiefang",
        lines,
        arts,
        [join_key(a1, a2)],
        [header],
        "解放日报: □ byline, English in title, ■ caption",
    )


def b04() -> None:
    """北京日报: 编者按 printed before the first headline, a 主持人 interview under a ——访 subtitle;
    a second article with a plain byline."""
    q = "inews-train-01977"
    note = "编者按：改革开放40年来，首都国企在城市建设中挑起大梁。本期访谈邀请市国资委新闻发言人荀永利，谈谈开放日背后的改革故事。"
    qa = [
        "主持人：本届“首都国企开放日”有什么特点？",
        "荀永利：" + S(q, 3),
        "主持人：今年的开放线路有哪些亮点？",
        "荀永利：" + S(q, 6, 7),
        "主持人：报名情况怎么样？",
        "荀永利：" + S(q, 5),
    ]
    h = "SogouCS-3d5334c8a0d2f0ea-34913306c0bb3300"
    b = [S(h, 0, 1), S(h, 2, 3), S(h, 6)]
    header = "北京日报 2018年5月23日 星期三 第5版 观点·访谈"
    lines = [
        header,
        "",
        IND + note,
        "",
        "首都国企开放日开放155条线路",
        "——访北京市国资委新闻发言人荀永利",
        "",
        "本报记者 刘政",
        "",
        *(IND + p for p in qa),
        "",
        "北京家庭幸福指数报告发布",
        "",
        "本报记者 孙乐琪",
        "",
        *(IND + p for p in b),
    ]
    arts = [
        art(
            "首都国企开放日开放155条线路",
            [note, *qa],
            subtitle="——访北京市国资委新闻发言人荀永利",
            source="本报",
            reporters=("刘政",),
        ),
        art("北京家庭幸福指数报告发布", b, source="本报", reporters=("孙乐琪",)),
    ]
    write(
        "b04_beijing_interview", lines, arts, [], [header], "北京日报: 编者按 before the headline, 主持人 Q&A"
    )


def b05() -> None:
    """羊城晚报: a header of | parts, kicker + title, 文/… 图/… byline, 羊城晚报讯, a caption with a
    credit, a 图/视觉中国 caption, an end-of-page editor line."""
    e = "SogouCS-e0b46452f0d2f0ea-34913306c0bb3300"
    a = [S(e, 2), S(e, 3), S(e, 4, 5), S(e, 6, 7, 8)]
    cap_a = "晏建伟和一条藏獒在一起。 羊城晚报记者 刘红 摄"
    g = "inews-train-02418"
    b = [S(g, 0), S(g, 3, 4), S(g, 5), S(g, 7)]
    cap_b = "天然气公司工作人员检修管道。 图/视觉中国"
    header = "A6 | 羊城晚报 | 社会新闻 | 2012年7月6日 星期五"
    editor = "责编 王晓东 美编 林洁"
    lines = [
        header,
        "",
        "青年救人溺亡 被救者悄然离去",
        "前老板悬赏1万元寻被救者“求谢”",
        "",
        "文/羊城晚报记者 邓文 通讯员 晏湘  图/羊城晚报记者 刘红",
        "",
        IND + "羊城晚报讯 " + a[0],
        *(IND + p for p in a[1:3]),
        cap_a,
        IND + a[3],
        "",
        "渭南部分小区天然气供应受影响",
        "",
        IND + "羊城晚报讯（记者 陈娟 通讯员 渭燃宣）" + b[0],
        IND + b[1],
        cap_b,
        *(IND + p for p in b[2:]),
        "",
        editor,
    ]
    arts = [
        art(
            "前老板悬赏1万元寻被救者“求谢”",
            a,
            kicker="青年救人溺亡 被救者悄然离去",
            source="羊城晚报",
            reporters=("邓文",),
            correspondents=("晏湘",),
            photographers=("刘红",),
            dateline="羊城晚报讯",
            captions=(cap_a,),
        ),
        art(
            "渭南部分小区天然气供应受影响",
            b,
            source="羊城晚报",
            reporters=("陈娟",),
            correspondents=("渭燃宣",),
            dateline="羊城晚报讯",
            captions=(cap_b,),
        ),
    ]
    write(
        "b05_yangcheng",
        lines,
        arts,
        [],
        [header, editor],
        "羊城晚报: | header, 文/图 byline, 视觉中国 caption",
    )


def b06() -> None:
    """A 专版 page: one long feature under a column label, cut by 一、二、 subheads and 【】 subheads."""
    f = "inews-train-01048"
    paras = [
        S(f, 0, 1),
        S(f, 2),
        S(f, 3, 4),
        S(f, 5, 6),
        S(f, 7, 8, 9),
        S(f, 11, 12, 13),
        S(f, 14, 15),
        S(f, 16, 17, 18),
        S(f, 19, 20, 21),
    ]
    subs = [
        "一、通信：流量“漫游”费取消",
        "二、个税：抓紧启动修法",
        "三、房产：研究制定房地产税法",
        "四、医保：大病保险保障水平提高",
        "【养老】",
        "【住房】",
        "【教育】",
        "【收入】",
    ]
    header = "两会特刊 2018年3月21日 星期三 T4"
    lines = [
        header,
        "",
        "两会特别报道",
        "两会落幕 这些变化将影响你的生活",
        "",
        "本报记者 何欣 整理",
        "",
        IND + paras[0],
    ]
    for sub, p in zip(subs, paras[1:], strict=True):
        lines += [sub, IND + p]
    lines += ["", "本版编辑：郭静 美编：杨丹"]
    arts = [
        art(
            "两会落幕 这些变化将影响你的生活",
            paras,
            column="两会特别报道",
            source="本报",
            reporters=("何欣",),
            subheads=tuple(subs),
        )
    ]
    write(
        "b06_special_feature",
        lines,
        arts,
        [],
        [header, "本版编辑：郭静 美编：杨丹"],
        "专版: one feature, 一、 and 【】 subheads",
    )


def b07() -> None:
    """图片新闻: three items, mostly captions with credits (本报记者 … 摄, （新华社记者 … 摄）, 新华社发)."""
    k = "SogouCS-b797f767c8d2f0ea-34913306c0bb3300"
    a = [S(k, 6, 7), S(k, 8)]
    cap1 = "7月24日上午，获救者贾志强（左二）代表获救者向施救的工人鞠躬感谢。 本报记者 王晓溪 摄"
    cap2 = "京港澳高速护坡上，部分施救者和获救者悼念逝者。 本报记者 王晓溪 摄"
    f = "inews-train-00439"
    b = [S(f, 1, 2), S(f, 6)]
    cap3 = "图为空气质量检测结果。"
    r = "inews-train-01434"
    c = [S(r, 2), S(r, 5)]
    cap4 = "11月18日，救援人员在丽水市莲都区里东村滑坡现场排水。（新华社记者 徐昱 摄）"
    cap5 = "救援人员在现场转移受灾群众。 新华社发"
    lines = [
        "图片新闻",
        "",
        "京港澳高速获救者鞠躬感谢农民工",
        "",
        cap1,
        "",
        cap2,
        "",
        IND + "本报讯 " + a[0],
        IND + a[1],
        "",
        "出租屋室内甲醛超标一倍多",
        "",
        cap3,
        "",
        IND + "本报讯（记者 刘闪 萧颢）" + b[0],
        IND + b[1],
        "",
        "浙江丽水山体滑坡救援进行时",
        "",
        cap4,
        cap5,
        "",
        IND + "据新华社电 " + c[0],
        IND + c[1],
    ]
    arts = [
        art(
            "京港澳高速获救者鞠躬感谢农民工",
            a,
            column="图片新闻",
            source="本报",
            photographers=("王晓溪",),
            dateline="本报讯",
            captions=(cap1, cap2),
        ),
        art(
            "出租屋室内甲醛超标一倍多",
            b,
            source="本报",
            reporters=("刘闪", "萧颢"),
            dateline="本报讯",
            captions=(cap3,),
        ),
        art(
            "浙江丽水山体滑坡救援进行时",
            c,
            source="新华社",
            photographers=("徐昱",),
            dateline="据新华社电",
            captions=(cap4, cap5),
        ),
    ]
    write("b07_photo_news", lines, arts, [], [], "图片新闻: captions with credits around short bodies")


def b08() -> None:
    """读者来信: letters with short titles (one with a comma), each signed after the body: a place and
    读者 and a name, a place and a name, （读者 …）."""
    y = "inews-train-04749"
    a = [S(y, 2), S(y, 7, 8)]
    u = "inews-train-01089"
    b = [S(u, 3, 4, 5), S(u, 8)]
    n = "SogouCS-632a0019c9d2f0ea-34913306c0bb3300"
    c = [S(n, 0, 1), S(n, 2)]
    lines = [
        "读者来信",
        "",
        "少了鞭炮声，年味照样浓",
        "",
        *(IND + p for p in a),
        "四川南充 读者 王建国",
        "",
        "超员面包车坐不得",
        "",
        *(IND + p for p in b),
        "河北石家庄 李明辉",
        "",
        "拆迁楼里的环卫工让人揪心",
        "",
        *(IND + p for p in c),
        "（读者 张秀兰）",
    ]
    arts = [
        art("少了鞭炮声，年味照样浓", a, column="读者来信", reporters=("王建国",)),
        art("超员面包车坐不得", b, reporters=("李明辉",)),
        art("拆迁楼里的环卫工让人揪心", c, reporters=("张秀兰",)),
    ]
    write("b08_letters", lines, arts, [], [], "读者来信: letters signed after the body")


def b09() -> None:
    """Nine tiny briefs under a 新闻速览 label: a short title line over one indented paragraph each,
    no bylines, no datelines, no blank lines."""
    items = [
        ("江苏上半年381人违反八项规定被查", S("inews-test-00609", 2, 6)),
        ("金华交警发布春运交通安全“白皮书”", S("inews-train-01857", 2, 3)),
        ("沈北新区食品生产企业达129家", S("inews-train-03206", 0, 2)),
        ("人民大道南段8个节点工程有序推进", S("inews-train-05340", 2, 3, 4)),
        ("杏林湾水库发现多个排污口", S("inews-train-01468", 4, 5)),
        ("一支付机构被罚没4200万元", S("inews-train-00133", 2, 3)),
        ("刘侃受贿案一审开庭", S("inews-train-00435", 1, 3)),
        ("运输公司恶意转移财产获刑", S("inews-test-00589", 1, 2, 4)),
        ("专家解读荣县地震成因", S("inews-train-04677", 3, 4)),
    ]
    lines = ["新闻速览"]
    arts = []
    for k, (title, p) in enumerate(items):
        lines += [title, IND + p]
        arts.append(art(title, [p], column="新闻速览" if k == 0 else None))
    write("b09_tiny_briefs", lines, arts, [], [], "nine briefs, titles without bylines or datelines")


def b10() -> None:
    """pdftotext -layout: two articles side by side, the columns interleaved line by line (the left
    column padded with spaces), hard-wrapped at 18 characters, paragraphs indented."""
    width = 18
    t = "inews-train-00021"
    a = [S(t, 1, 2), S(t, 3, 4), S(t, 5, 6), S(t, 7, 8)]
    s = "inews-train-03247"
    b = [S(s, 2), S(s, 3), S(s, 5, 6)]

    def column(title: str, byline: str, paras: list[str]) -> list[str]:
        out = [title, byline, ""]
        for p in paras:
            out += wrap(IND + p, width)
        return out

    left = column("四川景区游船翻沉14人失踪", "本报记者 何强", a)
    right = column("悉尼卡车冲撞巴士站人群", "本报驻悉尼记者 徐海静", b)
    pad = 2 * width + 6
    lines = ["国际·社会 2018年3月10日 星期六 第8版", ""]
    for k in range(max(len(left), len(right))):
        lt = left[k] if k < len(left) else ""
        rt = right[k] if k < len(right) else ""
        # pdftotext pads by printed width: a Han character takes two cells
        cells = sum(2 if ord(c) > 0x2E80 else 1 for c in lt)
        lines.append((lt + " " * (pad - cells) + rt).rstrip() if rt else lt)
    arts = [
        art("四川景区游船翻沉14人失踪", a, source="本报", reporters=("何强",)),
        art("悉尼卡车冲撞巴士站人群", b, source="本报", reporters=("徐海静",)),
    ]
    write(
        "b10_two_columns",
        lines,
        arts,
        [],
        ["国际·社会 2018年3月10日 星期六 第8版"],
        "pdftotext -layout: two columns interleaved",
    )


def b11() -> None:
    """pdftotext (no -layout): hard-wrapped at 22 characters with no indents, blank lines between
    paragraphs, lines ending with spaces, a page number alone, a form feed between two pages with
    a sentence running across it."""
    width = 22
    x = "inews-train-01029"
    a = [after(sents(x)[0], "(记者张海磊)") + S(x, 1), S(x, 2), S(x, 3, 4), S(x, 5, 6)]
    a1, a2 = cut(a[3], 0.5)
    q = "inews-train-04677"
    b = [S(q, 1, 2), S(q, 3, 4, 5), S(q, 6, 7)]

    def para(p: str) -> list[str]:
        out = wrap(p, width)
        # a paragraph that ends exactly at the column edge would be ambiguous even to a reader
        assert len(out[-1]) < width, p
        return out

    lines = ["宜宾“7·12”爆燃事故调查结果公布 ", ""]
    body = para("据新华社成都2月13日电（记者张海磊）" + a[0])
    lines += [x + " " for x in body] + [""]
    for p in a[1:3]:
        lines += para(p) + [""]
    lines += wrap(a1, width)
    lines += ["", "2", "\f3", ""]
    lines += para(a2) + ["", "", "荣县连发3次4级以上地震 专家：属自然构造地震", ""]
    lines += para("本报讯 " + b[0]) + [""]
    for p in b[1:]:
        lines += [x + "  " for x in para(p)] + [""]
    arts = [
        art(
            "宜宾“7·12”爆燃事故调查结果公布",
            [a[0], a[1], a[2], a1 + a2],
            source="新华社",
            reporters=("张海磊",),
            dateline="据新华社成都2月13日电",
        ),
        art("荣县连发3次4级以上地震 专家：属自然构造地震", b, source="本报", dateline="本报讯"),
    ]
    write(
        "b11_pdftotext_pages",
        lines,
        arts,
        [join_key(a1, a2)],
        ["2", "3"],
        "pdftotext: \\f, page numbers, trailing spaces",
    )


def b12() -> None:
    """Full-width digits and letters everywhere: header, titles, datelines (本报讯 glued to the date),
    a byline whose two-character name is spaced with a full-width space."""
    g = "SogouCS-85c8b9d736d2f0ea-34913306c0bb3300"
    a = [S(g, 2), S(g, 3, 4), S(g, 5, 6)]
    c = "SogouCS-a9dda6b14dd2f0ea-34913306c0bb3300"
    b = [after(sents(c)[0], "（记者　张燕）"), S(c, 1, 2), S(c, 3, 4, 5)]
    header = "２０１２年７月３１日　星期二　第Ａ５版　社会"
    lines = [
        header,
        "",
        "１５所学校过初选　甘肃１１９７名山里娃有望穿上新鞋",
        "",
        "本报记者　魏　娟",
        "",
        *(IND + p for p in a),
        "",
        "崔永元自掏腰包宴请１５４名救人农民工",
        "",
        IND + "四川新闻网北京７月３０日讯（记者　张燕）　" + b[0],
        *(IND + p for p in b[1:]),
        "",
        "第Ａ５版",
    ]
    arts = [
        art(
            "１５所学校过初选　甘肃１１９７名山里娃有望穿上新鞋",
            [after(a[0], "本报讯"), *a[1:]],
            source="本报",
            reporters=("魏娟",),
            dateline="本报讯",
        ),
        art(
            "崔永元自掏腰包宴请１５４名救人农民工",
            b,
            source="四川新闻网",
            reporters=("张燕",),
            dateline="四川新闻网北京７月３０日讯",
        ),
    ]
    write("b12_fullwidth", lines, arts, [], [header, "第Ａ５版"], "full-width digits and letters")


def b13() -> None:
    """Jumps with full-width numbers: the page opens mid-article after （上接第１版）, a 驻外 byline,
    the last article runs off the page with （下转第８版） alone on the last line."""
    m = "inews-train-01057"
    a = [S(m, 1), S(m, 2, 3), S(m, 6)]
    r = "SogouCS-66ede17fc2d2f0ea-34913306c0bb3300"
    b = [S(r, 0, 1), S(r, 2, 3), S(r, 5)]
    f = "inews-train-01919"
    c = [S(f, 0, 1, 2), S(f, 6, 7)]
    c1, _ = cut(S(f, 8, 9), 0.5)
    header = "第３版　国际"
    lines = [
        header,
        "",
        "（上接第１版）",
        *(IND + p for p in a),
        "",
        "红十字国际委员会认定叙利亚冲突扩大",
        "国际人道法适用于叙利亚全境",
        "",
        "本报驻埃及记者 黄培昭",
        "",
        IND + "本报开罗7月16日电 " + b[0],
        *(IND + p for p in b[1:]),
        "",
        "并购标的实控人疑违“犯罪”条款",
        "",
        "本报记者 王思文",
        "",
        *(IND + p for p in c),
        IND + c1,
        "（下转第８版）",
    ]
    arts = [
        art("", a),
        art(
            "红十字国际委员会认定叙利亚冲突扩大",
            b,
            subtitle="国际人道法适用于叙利亚全境",
            source="本报",
            reporters=("黄培昭",),
            dateline="本报开罗7月16日电",
        ),
        art("并购标的实控人疑违“犯罪”条款", [*c, c1], source="本报", reporters=("王思文",)),
    ]
    write(
        "b13_jumps_fullwidth",
        lines,
        arts,
        [],
        [header, "（上接第１版）", "（下转第８版）"],
        "上接/下转 with full-width numbers, 驻外 byline",
    )


def b14() -> None:
    """End bylines in （）: on their own line, glued to the last sentence, with 综合报道; a kicker ending
    in ：; a first paragraph that opens by quoting a dateline (据新华社电…) and stays body."""
    g = "inews-train-02542"
    a = [S(g, 3, 4), S(g, 7, 8), S(g, 12)]
    t = "inews-test-00830"
    quote = "“据新华社电，中美双方同意对芬太尼类物质进行整类列管。”这条消息发布后，芬太尼再次引起关注。"
    b = [quote, S(t, 3, 4), S(t, 5, 6, 7), S(t, 9)]
    s = "SogouCS-1a0950cba0d2f0ea-34913306c0bb3300"
    c = [S(s, 4, 5), S(s, 6), S(s, 8)]
    lines = [
        "游戏侵权案件调查：",
        "网游玩法侵权难界定",
        "——赔偿多为法定酌定，“官司缠身”影响更大",
        "",
        *(IND + p for p in a),
        "（本报记者 孔令晗 实习生 陈琳）",
        "",
        "数说芬太尼：致死人数20年涨了40倍",
        "",
        *(IND + p for p in b),
        IND + "（记者 王雪 综合报道）",
        "",
        "“请女性自重”微博引发争议",
        "",
        *(IND + p for p in c[:-1]),
        IND + c[-1] + "（实习生 周洁 记者 陈伟斌）",
    ]
    arts = [
        art(
            "网游玩法侵权难界定",
            a,
            kicker="游戏侵权案件调查：",
            subtitle="——赔偿多为法定酌定，“官司缠身”影响更大",
            source="本报",
            reporters=("孔令晗",),
            interns=("陈琳",),
        ),
        art("数说芬太尼：致死人数20年涨了40倍", b, reporters=("王雪",)),
        art("“请女性自重”微博引发争议", c, reporters=("陈伟斌",), interns=("周洁",)),
    ]
    write("b14_end_bylines", lines, arts, [], [], "end bylines in （）, a quoted dateline stays body")


def b15() -> None:
    """A long kicker ending in 强调 over the title, a 见习记者 byline with a paper name, a 图为 caption
    with a credit between paragraphs, then a 短评 box with its own title and a 评论员 signature."""
    h = "inews-test-00587"
    a = [after(sents(h)[0], "（记者 李富生）") + S(h, 1), S(h, 2), S(h, 3), S(h, 4)]
    cap = "图为会议现场。 海东时报见习记者 马晓军 摄"
    note = [S(h, 7), S(h, 8)]
    lines = [
        "海东时报 2018年5月24日 星期四 A01",
        "",
        "全市创建全国民族团结进步示范市推进大会强调",
        "奋力开创新时代全市民族团结进步事业新局面",
        "",
        "海东时报见习记者 李富生",
        "",
        *(IND + p for p in a[:2]),
        "",
        cap,
        "",
        *(IND + p for p in a[2:]),
        "",
        "短评",
        "",
        "让民族团结之花常开",
        "",
        "本报评论员 宋刚",
        "",
        *(IND + p for p in note),
    ]
    arts = [
        art(
            "奋力开创新时代全市民族团结进步事业新局面",
            a,
            kicker="全市创建全国民族团结进步示范市推进大会强调",
            source="海东时报",
            reporters=("李富生",),
            photographers=("马晓军",),
            captions=(cap,),
        ),
        art("让民族团结之花常开", note, column="短评", source="本报", reporters=("宋刚",)),
    ]
    write(
        "b15_kicker_shortcomment",
        lines,
        arts,
        [],
        ["海东时报 2018年5月24日 星期四 A01"],
        "long kicker, 见习记者, 图为 caption, 短评 box with 评论员",
    )


if __name__ == "__main__":
    for fn in (b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15):
        fn()
