"""Build the held-out split pages (``*.txt``) and their gold files (``*.gold.json``).

These pages were written *before* the splitter was tuned on them, from articles of
``../shared/corpora`` that the first fixture set (``tests/pages/split``) does not use.  Each page
arranges short excerpts (a few sentences) in the layout of another kind of paper or PDF extractor:
人民日报 (kicker/title/subtitle, 本报记者 … 报道, 人民时评), 新华社 wire copy (（完）, 新华社发),
都市报 (■本报记者, 南都讯 记者某某), a 简讯 page, column breaks mid-word, hard-wrapped text without
indents, two-line titles, captions above and below photos, headers and footers of many forms,
a 评论员文章 box, a Q&A interview, jump lines, run-together bylines and hyphenated datelines.
The gold records what a careful reader finds, written from the arrangement itself.

Run from the repo root: ``python tests/pages/split_heldout/build_pages.py`` (needs ../shared/corpora;
the pages are committed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from articlekit import IDEO, S, after, art, cut, join_key, sents, wrap  # noqa: E402

#: Page furniture of every page (headers, footers, editor lines, jump and end marks): no article has it.
FURNITURE: list[str] = []


def write(
    name: str, lines: list[str], articles: list[dict], joins: list[str], note: str, crlf: bool = False
) -> None:
    text = "\n".join(lines) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    (HERE / f"{name}.txt").write_bytes(text.encode("utf-8"))
    furniture = [x for x in lines if x.strip() and x.strip() in FURNITURE]
    gold = {"page": f"{name}.txt", "note": note, "articles": articles, "joins": joins, "furniture": furniture}
    (HERE / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# --- the pages ----------------------------------------------------------------------------------


def h01() -> None:
    """人民日报 layout: section header, kicker/title/——subtitle, 本报记者 … 报道, 《人民时评》 with the
    author's name alone under the title, a byline whose two-character name is spaced out (程  杰)."""
    q = "inews-dev-00140"
    a = [S(q, 1, 2), S(q, 3, 4), S(q, 6, 7)]
    r = "inews-dev-00830"
    b = [S(r, 0), S(r, 1, 2, 3, 4), S(r, 5, 6)]
    h = "inews-train-02363"
    c = [S(h, 1, 2), S(h, 3, 4, 5), S(h, 8)]
    lines = [
        "要闻 2024年7月26日 星期五 3",
        "",
        "泉州城乡居民收入差距持续缩小",
        "一季度居民人均可支配收入超万元",
        "——工资性收入增速居四大项收入首位",
        "",
        "本报记者  郑明达  报道",
        "",
        IDEO * 2 + "本报福州4月20日电  " + a[0],
        IDEO * 2 + a[1],
        IDEO * 2 + a[2],
        "",
        "《人民时评》",
        "举报奖励不能“就低不就高”",
        "周人杰",
        "",
        *(IDEO * 2 + p for p in b),
        "",
        "黄山区排查涉黑涉恶问题线索",
        "",
        "本报记者  程  杰  刘晓宇",
        "",
        IDEO * 2 + "本报合肥12月20日电  " + c[0],
        IDEO * 2 + c[1],
        IDEO * 2 + c[2],
        "",
        "责任编辑：王  浩  版式设计：刘  燕",
    ]
    arts = [
        art(
            "一季度居民人均可支配收入超万元",
            a,
            kicker="泉州城乡居民收入差距持续缩小",
            subtitle="——工资性收入增速居四大项收入首位",
            source="本报",
            reporters=("郑明达",),
            dateline="本报福州4月20日电",
        ),
        art("举报奖励不能“就低不就高”", b, column="《人民时评》", reporters=("周人杰",)),
        art(
            "黄山区排查涉黑涉恶问题线索",
            c,
            source="本报",
            reporters=("程杰", "刘晓宇"),
            dateline="本报合肥12月20日电",
        ),
    ]
    write(
        "h01_peoples_daily",
        lines,
        arts,
        [],
        "人民日报: kicker/title/subtitle, 报道 byline, 人民时评, spaced names",
    )


def h02() -> None:
    """新华社 wire copy: dateline with run-together reporters, 新华社发 photo line, （完）, 据新华社电."""
    t = "inews-train-02320"
    first = after(sents(t)[0], "沈敏")
    a = [first + S(t, 1), S(t, 2, 3), S(t, 4, 5, 6), S(t, 10, 11)]
    a1, a2 = cut(a[2], 0.55)
    cap1 = "12月13日，在土耳其首都安卡拉，救援人员在列车相撞事故现场工作。新华社发"
    f = "inews-train-03308"
    b = [S(f, 2, 4), S(f, 5, 6), S(f, 8, 9)]
    cap2 = "2月13日，法国经济部长勒梅尔（中）在巴黎与各地市长代表开会。新华社记者 高静 摄"
    v = "inews-train-03932"
    c = [S(v, 0, 1), S(v, 3, 4, 5)]
    lines = [
        "土耳其一列高速列车与机车相撞",
        "",
        "新华社安卡拉12月13日电（记者沈敏）" + a[0],
        a[1],
        a1,
        "",
        cap1,
        "",
        a2,
        a[3],
        "（完）",
        "",
        "法国将为“黄衫”运动受损城市制定计划",
        "",
        cap2,
        "",
        "新华社巴黎2月13日电（记者 应强、徐永春）" + b[0],
        b[1],
        b[2] + "（完）",
        "",
        "越南中部暴雨致13人死亡",
        "",
        "据新华社电  " + c[0],
        c[1],
        "（完）",
    ]
    arts = [
        art(
            "土耳其一列高速列车与机车相撞",
            [a[0], a[1], a1 + a2, a[3]],
            source="新华社",
            reporters=("沈敏",),
            dateline="新华社安卡拉12月13日电",
            captions=(cap1,),
        ),
        art(
            "法国将为“黄衫”运动受损城市制定计划",
            b,
            source="新华社",
            reporters=("应强", "徐永春"),
            photographers=("高静",),
            dateline="新华社巴黎2月13日电",
            captions=(cap2,),
        ),
        art("越南中部暴雨致13人死亡", c, source="新华社", dateline="据新华社电"),
    ]
    write(
        "h02_xinhua_wire",
        lines,
        arts,
        [join_key(a1, a2)],
        "新华社 wire: run-together credit, 新华社发, （完）",
    )


def h03() -> None:
    """都市报: A07 | 本版编辑 header, 南都讯 记者某某 with names in the first line, ■本报记者 … 通讯员 …,
    a ■ caption, a byline with an intern."""
    m = "SogouCS-98590b972ad2f0ea-34913306c0bb3300"
    a0 = after(sents(m)[0], "任笑一　")
    a = [a0, S(m, 2, 3), S(m, 4, 5, 6), S(m, 7, 8)]
    z = "inews-train-00255"
    b = [S(z, 1, 2), S(z, 3, 4), S(z, 6, 7, 8)]
    cap = "■靳师傅在微博上发布的长文截图。"
    w = "inews-dev-00507"
    c = [S(w, 1, 2), S(w, 3, 4), S(w, 6, 7)]
    lines = [
        "A07 | 本版编辑 王晓东",
        "",
        "深圳地铁将设立ＶＩＰ头等车厢",
        "买双倍票可享坐票",
        "",
        "南都讯　记者刘凡　周昌和　任笑一　" + a[0],
        "　　" + a[1],
        "　　" + a[2],
        "　　" + a[3],
        "",
        "专车司机否认殴打给差评的女乘客",
        "■本报记者 苏妮 通讯员 李响",
        "　　" + b[0],
        cap,
        "　　" + b[1],
        "　　" + b[2],
        "",
        "失主清点赃款时反被铐上手铐",
        "■本报记者 陈晓 实习生 周雨婷",
        "　　" + c[0],
        "　　" + c[1],
        "　　" + c[2],
        "",
        "A07",
    ]
    arts = [
        art(
            "深圳地铁将设立ＶＩＰ头等车厢",
            a,
            subtitle="买双倍票可享坐票",
            reporters=("刘凡", "周昌和", "任笑一"),
            dateline="南都讯",
        ),
        art(
            "专车司机否认殴打给差评的女乘客",
            b,
            source="本报",
            reporters=("苏妮",),
            correspondents=("李响",),
            captions=(cap,),
        ),
        art("失主清点赃款时反被铐上手铐", c, source="本报", reporters=("陈晓",), interns=("周雨婷",)),
    ]
    write("h03_metro_daily", lines, arts, [], "都市报: 南都讯 记者某某, ■本报记者, ■ caption, A07 | 本版编辑")


def h04() -> None:
    """A page of 简讯: each item a short run-in title, some on the dateline's own line, end credits."""
    p = "inews-train-00775"
    a = [S(p, 1, 2, 4)]
    n = "inews-train-04822"
    b = [S(n, 0, 1, 3)]
    g = "inews-train-04078"
    c = [S(g, 0, 1, 2, 4)]
    k = "inews-train-02788"
    d = [S(k, 1, 3, 5, 7)]
    y = "inews-train-01241"
    e = [S(y, 3, 4)]
    lines = [
        "简讯",
        "",
        "长乐拆除8幢“博赔”违建",
        "本报讯（记者 林雪 通讯员 陈文）" + a[0],
        "",
        "福州进入诺如病毒流行季" + IDEO + "本报讯" + IDEO + b[0],
        "",
        "柳州一男子健身时猝死",
        "本报讯  " + c[0] + "（记者 黄永）",
        "",
        "印制“道具货币”夫妻被公诉",
        "本报讯（记者 李慧 实习生 王宁）" + d[0],
        "",
        "国税干部结对帮扶贫困户",
        "本报讯  " + e[0] + "（通讯员 吴迪 杨帆）",
    ]
    arts = [
        art(
            "长乐拆除8幢“博赔”违建",
            a,
            column="简讯",
            source="本报",
            reporters=("林雪",),
            correspondents=("陈文",),
            dateline="本报讯",
        ),
        art("福州进入诺如病毒流行季", b, dateline="本报讯", source="本报"),
        art("柳州一男子健身时猝死", c, dateline="本报讯", source="本报", reporters=("黄永",)),
        art(
            "印制“道具货币”夫妻被公诉",
            d,
            dateline="本报讯",
            source="本报",
            reporters=("李慧",),
            interns=("王宁",),
        ),
        art("国税干部结对帮扶贫困户", e, dateline="本报讯", source="本报", correspondents=("吴迪", "杨帆")),
    ]
    write(
        "h04_briefs_runin",
        lines,
        arts,
        [],
        "简讯 page: run-in titles, 本报讯 on the title's line, end credits",
    )


def h05() -> None:
    """Column breaks: a sentence cut mid-word across a page header, a caption and blank lines; a short
    fragment that looks like a heading; a full-width-digit header line."""
    g = "inews-dev-00079"
    a = [S(g, 0), S(g, 1, 2), S(g, 3, 4), S(g, 5, 6)]
    a1, a2 = cut(a[1], 0.4)
    b1, b2 = cut(a[3], 0.93)  # the next column opens with a short heading-like fragment
    e = "inews-train-00528"
    b = [S(e, 1), S(e, 3, 4), S(e, 6, 7, 8)]
    c1, c2 = cut(b[2], 0.5)
    cap = "■民警在文昌一处窝点清点收缴的私制炸药。（记者 符宁 摄）"
    lines = [
        "两男子抓30只壁虎被判拘役 检方抗诉后获再审",
        "",
        "记者 宋歌",
        "",
        a[0],
        a1,
        "",
        "２０１９年２月１２日　星期二　第６版　法治新闻",
        "",
        a2,
        a[2],
        b1,
        "",
        b2,
        "",
        "",
        "海南侦破特大非法制贩爆炸物品案",
        "",
        b[0],
        b[1],
        c1,
        "",
        cap,
        "",
        c2,
        "（记者 符宁 通讯员 王运和）",
    ]
    arts = [
        art(
            "两男子抓30只壁虎被判拘役 检方抗诉后获再审",
            [a[0], a1 + a2, a[2], b1 + b2],
            reporters=("宋歌",),
        ),
        art(
            "海南侦破特大非法制贩爆炸物品案",
            [b[0], b[1], c1 + c2],
            reporters=("符宁",),
            correspondents=("王运和",),
            photographers=("符宁",),
            captions=(cap,),
        ),
    ]
    write(
        "h05_column_breaks",
        lines,
        arts,
        [join_key(a1, a2), join_key(b1, b2), join_key(c1, c2)],
        "column breaks mid-word across header, caption, blank lines; heading-like fragment",
    )


def h06() -> None:
    """Hard-wrapped at 24 characters, no indents, blank lines only between articles: paragraph ends
    show only as short last lines; a title as wide as the column, a title wrapped over two lines."""
    width = 24
    t = "inews-test-00115"
    a = [S(t, 1), S(t, 4, 5, 6), S(t, 7)]
    h = "inews-train-00132"
    b = [S(h, 0, 1, 2), S(h, 5, 6), S(h, 8)]
    j = "inews-train-01645"
    c = [after(sents(j)[0], "(记者王琳)") + S(j, 1), S(j, 4, 5)]
    title_a = "我国进入电池报废高峰期　数百万吨废旧电池去向成谜"
    assert len(title_a) == width, len(title_a)
    title_b = "至少20个城市相继出台新政争夺人才西安一天迁入8000多人"
    for p in a + b + c:
        assert len(p) % width, p  # a paragraph never ends exactly at the column edge
    lines = ["8", "", title_a, "本报记者 朱国亮 杨绍功"]
    lines += wrap("本报南京12月18日电 " + a[0], width)
    for p in a[1:]:
        lines += wrap(p, width)
    lines += ["", *wrap(title_b, width)]
    for p in b:
        lines += wrap(p, width)
    lines += ["", "镜泊湖打下“开湖第一网”", ""]
    lines += wrap("中新社牡丹江5月1日电(记者王琳)" + c[0], width)
    lines += wrap(c[1], width)
    lines += ["", "校对：张丽"]
    arts = [
        art(title_a, a, source="本报", reporters=("朱国亮", "杨绍功"), dateline="本报南京12月18日电"),
        art(title_b, b),
        art(
            "镜泊湖打下“开湖第一网”", c, source="中新社", reporters=("王琳",), dateline="中新社牡丹江5月1日电"
        ),
    ]
    write(
        "h06_wrapped_noindent",
        lines,
        arts,
        [],
        "hard-wrapped 24 chars, no indents, full-width and wrapped titles",
    )


def h07() -> None:
    """Titles printed on two lines (cut mid-word), captions above the body and below a photo,
    a photo credit on its own line, 资料图片."""
    f = "inews-test-00695"
    a0 = after(sents(f)[0], "(记者 周音)")
    a = [a0, after(sents(f)[2], "卢文伟 摄").strip(" \u3000") + S(f, 3), S(f, 4), S(f, 6, 7)]
    cap_a = "图为5月1日，游客在长沙太平老街游览。（记者 卢文伟 摄）"
    ls = "inews-train-03503"
    b = [after(sents(ls)[0], "日电") + S(ls, 1), S(ls, 2, 3), S(ls, 6, 7)]
    b1, b2 = cut(b[1], 0.45)
    cap_b = "4月30日，救援人员在离石区枣林乡山体滑坡现场搜救。"
    credit_b = "新华社记者 曹阳 摄"
    x = "inews-dev-00877"
    c = [S(x, 1), S(x, 2, 3), S(x, 4, 5), S(x, 6, 7, 8)]
    lines = [
        "“五一”假日全国接待国内",
        "游客1.47亿人次",
        "",
        cap_a,
        "",
        "中新社北京5月1日电 (记者 周音)" + a[0],
        "",
        a[1],
        "",
        a[2],
        "",
        a[3],
        "",
        "",
        "山西吕梁离石区发生山体滑坡",
        "",
        "中新网吕梁4月30日电 " + b[0],
        "",
        b1,
        "",
        cap_b,
        credit_b,
        "",
        b2,
        "",
        b[2],
        "",
        "",
        "网逃男子欲借救助系统从广",
        "东回贵州 在柳州自投罗网",
        "",
        "资料图片",
        "",
        c[0],
        "",
        c[1],
        "",
        c[2],
        "",
        c[3],
        "（南国今报记者 黄婷）",
    ]
    arts = [
        art(
            "“五一”假日全国接待国内游客1.47亿人次",
            a,
            source="中新社",
            reporters=("周音",),
            photographers=("卢文伟",),
            dateline="中新社北京5月1日电",
            captions=(cap_a,),
        ),
        art(
            "山西吕梁离石区发生山体滑坡",
            [b[0], b1 + b2, b[2]],
            source="中新网",
            photographers=("曹阳",),
            dateline="中新网吕梁4月30日电",
            captions=(cap_b, credit_b),
        ),
        art(
            "网逃男子欲借救助系统从广东回贵州 在柳州自投罗网",
            c,
            source="南国今报",
            reporters=("黄婷",),
            captions=("资料图片",),
        ),
    ]
    write(
        "h07_two_line_titles",
        lines,
        arts,
        [join_key(b1, b2)],
        "titles on two lines, captions above/below, 资料图片",
    )


def h08() -> None:
    """A 评论员文章 box (本报评论员), a 时评 with the author's name spaced out under the title, 编者按."""
    r = "inews-dev-00830"
    a = [S(r, 5, 6), S(r, 7, 8, 9), S(r, 10, 11)]
    z = "inews-train-00429"
    note = "编者按：数字技术正在改变城市生活。本版今起推出“数字城市”系列评论，敬请关注。"
    b = [note, S(z, 0), S(z, 3), S(z, 4, 5)]
    lines = [
        "评论员文章",
        "",
        "让举报奖励真正激励公众监督",
        "",
        "本报评论员",
        "",
        *(IDEO * 2 + p for p in a),
        "",
        "",
        "数字城市·时评",
        "",
        "智慧城市建设要让群众有获得感",
        "",
        "何　勇",
        "",
        *(IDEO * 2 + p for p in b),
    ]
    arts = [
        art("让举报奖励真正激励公众监督", a, column="评论员文章", source="本报"),
        art("智慧城市建设要让群众有获得感", b, column="数字城市·时评", reporters=("何勇",)),
    ]
    write("h08_commentary_box", lines, arts, [], "评论员文章 box, 时评 with a spaced author name, 编者按")


def h09() -> None:
    """A Q&A interview (记者：… / 刘建华：…) that stays body, under a ——访… subtitle and a section header."""
    e = "inews-test-00430"
    s = sents(e)
    intro = [S(e, 0), S(e, 1)]
    qa = [
        "记者：“x+1”区域电商模式是什么？",
        "刘建华：" + s[3] + s[4],
        "记者：这一模式能带来哪些变化？",
        "刘建华：" + s[5] + s[6],
        "记者：下一步有什么打算？",
        "刘建华：" + s[7] + s[8],
    ]
    lines = [
        "经济 2019年5月20日 星期一 7",
        "",
        "让农产品搭上“电商快车”",
        "——访省供销社信息中心负责人刘建华",
        "",
        "本报记者 邹晓",
        "",
        *(IDEO * 2 + p for p in intro + qa),
        "",
        "本版编辑：周文  校对：吴敏",
    ]
    arts = [
        art(
            "让农产品搭上“电商快车”",
            intro + qa,
            subtitle="——访省供销社信息中心负责人刘建华",
            source="本报",
            reporters=("邹晓",),
        )
    ]
    write("h09_interview_qa", lines, arts, [], "Q&A interview stays body; 访 subtitle; section header")


def h10() -> None:
    """Jump lines and furniture: a page opening mid-article (上接), a last article continued elsewhere
    (下转A04版), A03 | 本版编辑, 校对/版式设计 lines, a page number alone."""
    d = "inews-train-05016"
    a = [S(d, 2), S(d, 3), S(d, 7, 8)]
    j = "inews-train-03541"
    b = [after(sents(j)[0], "记者许震宁)"), S(j, 1, 2), S(j, 3, 4)]
    lines = [
        "A03 | 本版编辑 王晓",
        "",
        "（上接A01版）",
        *(IDEO * 2 + p for p in a),
        "",
        "建邺检方发布金融检察白皮书",
        "去年办理金融犯罪案件27件63人",
        "",
        "本报记者 许震宁 通讯员 建检暄 报道",
        "",
        IDEO * 2 + "本报讯  " + b[0],
        IDEO * 2 + b[1],
        IDEO * 2 + b[2] + "（下转A04版）",
        "",
        "校对：李敏",
        "版式设计：赵婷",
        "3",
    ]
    arts = [
        art("", a),
        art(
            "建邺检方发布金融检察白皮书",
            b,
            subtitle="去年办理金融犯罪案件27件63人",
            source="本报",
            reporters=("许震宁",),
            correspondents=("建检暄",),
            dateline="本报讯",
        ),
    ]
    write(
        "h10_jumps_furniture", lines, arts, [], "上接/下转 jumps, A03 | 本版编辑, 校对, 版式设计, page number"
    )


def h11() -> None:
    """Run-together bylines (记者王莹通讯员陈俊云廖翔) inside datelines, hyphenated and site datelines."""
    w = "inews-train-03691"
    a = [after(sents(w)[1], "24日讯"), S(w, 2, 3), S(w, 4)]
    h = "inews-test-00205"
    b = [after(sents(h)[2], "（记者 毛明博） "), S(h, 3, 4), S(h, 6, 7)]
    x = "inews-train-01849"
    c = [S(x, 3, 4), S(x, 5, 6)]
    k = "inews-train-03857"
    d = [S(k, 1, 2), S(k, 4, 7)]
    lines = [
        "面包车超员载客返乡 绕路仍被交警查获",
        "",
        "长江日报融媒体1月24日讯（记者王莹通讯员陈俊云廖翔）" + a[0],
        a[1],
        a[2],
        "",
        "包工头“跑路” 警方助农民工讨回辛苦钱",
        "",
        "三秦都市报-三秦网讯（记者张宁通讯员李光明）" + b[0],
        b[1],
        b[2],
        "",
        "卫滨区重点推进四个重大在谈项目",
        "",
        "中新网新乡7月9日电 (记者 韩章云)" + c[0],
        c[1],
        "",
        "小伙三个月给“网恋女友”汇款三十多万元",
        "",
        "钱江晚报讯（首席记者童蔚通讯员章思蕾实习生李文）" + d[0],
        d[1],
    ]
    arts = [
        art(
            "面包车超员载客返乡 绕路仍被交警查获",
            a,
            reporters=("王莹",),
            correspondents=("陈俊云", "廖翔"),
            dateline="长江日报融媒体1月24日讯",
            source="长江日报",
        ),
        art(
            "包工头“跑路” 警方助农民工讨回辛苦钱",
            b,
            reporters=("张宁",),
            correspondents=("李光明",),
            dateline="三秦都市报-三秦网讯",
            source="三秦都市报",
        ),
        art(
            "卫滨区重点推进四个重大在谈项目",
            c,
            reporters=("韩章云",),
            dateline="中新网新乡7月9日电",
            source="中新网",
        ),
        art(
            "小伙三个月给“网恋女友”汇款三十多万元",
            d,
            reporters=("童蔚",),
            correspondents=("章思蕾",),
            interns=("李文",),
            dateline="钱江晚报讯",
            source="钱江晚报",
        ),
    ]
    write("h11_runtogether_bylines", lines, arts, [], "run-together credits, hyphenated and site datelines")


def h12() -> None:
    """文/图 bylines with sources, a byline with 文/图 at its end, an end credit, CRLF and full-width spaces."""
    r = "inews-train-05231"
    a = [S(r, 0, 1), S(r, 2, 3), S(r, 6, 7)]
    v = "inews-train-02975"
    b = [S(v, 1, 2), S(v, 4, 5), S(v, 8)]
    lines = [
        "红宫红场“五一”迎客忙　",
        "",
        "文/本报记者　林文　图/本报记者　黄伟",
        "",
        "　　" + a[0] + "  ",
        "　　" + a[1],
        "　　" + a[2],
        "",
        "",
        "十大侵权盗版案件公布",
        "网络侵权案件占半数",
        "",
        "本报记者　罗娟　文/图",
        "",
        "　　" + b[0],
        "　　" + b[1],
        "　　" + b[2] + "（本报记者　罗娟　通讯员　蒲晓）",
    ]
    arts = [
        art("红宫红场“五一”迎客忙", a, source="本报", reporters=("林文",), photographers=("黄伟",)),
        art(
            "十大侵权盗版案件公布",
            b,
            subtitle="网络侵权案件占半数",
            source="本报",
            reporters=("罗娟",),
            correspondents=("蒲晓",),
        ),
    ]
    write(
        "h12_wentu_crlf", lines, arts, [], "文/图 bylines, 文/图 after the name, end credit, CRLF", crlf=True
    )


FURNITURE += [
    "要闻 2024年7月26日 星期五 3",
    "责任编辑：王  浩  版式设计：刘  燕",
    "（完）",
    "A07 | 本版编辑 王晓东",
    "A07",
    "２０１９年２月１２日　星期二　第６版　法治新闻",
    "8",
    "校对：张丽",
    "经济 2019年5月20日 星期一 7",
    "本版编辑：周文  校对：吴敏",
    "A03 | 本版编辑 王晓",
    "（上接A01版）",
    "校对：李敏",
    "版式设计：赵婷",
    "3",
]

if __name__ == "__main__":
    for fn in (h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12):
        fn()
