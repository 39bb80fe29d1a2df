"""Build the split fixture pages (``*.txt``) and their gold files (``*.gold.json``).

Each page arranges short excerpts of real articles from ``../shared/corpora`` (a few
paragraphs each) in one printed layout; the gold records what a careful reader finds,
written from the arrangement itself (not from newsmine's output).  Run from the repo root:
``python tests/pages/split/build_pages.py`` (needs ../shared/corpora; the pages are committed).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from articlekit import IDEO, ROWS  # noqa: E402


def paras(rid: str, idx: list[int], cut: int = 150) -> list[str]:
    b = ROWS[rid]["body"].replace("\\n", "\n").replace("\ue40c", "\n")
    ps = [p.strip() for p in b.split("\n") if p.strip()]
    out = []
    for i in idx:
        p = ps[i]
        if len(p) > cut:  # keep an excerpt: whole sentences up to ``cut`` characters
            sents = re.findall(r"[^。！？]*[。！？]”?", p)
            acc = ""
            for s in sents:
                if acc and len(acc) + len(s) > cut:
                    break
                acc += s
            p = acc or p
        out.append(p)
    return out


def wrap(p: str, width: int, indent: str = IDEO * 2) -> list[str]:
    lines = [p[i : i + width] for i in range(0, len(p), width)]
    return [indent + lines[0], *lines[1:]]


def gold_article(
    column,
    headline,
    title,
    byline,
    dateline,
    body,
    subheads=(),
    captions=(),
    alts=(),
    kicker=None,
    subtitle=None,
):
    ps = body.split("\n")
    return {
        "column": column,
        "headline": list(headline),
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "title_alternatives": list(alts),
        "byline": {
            "source": byline.get("source"),
            "reporters": byline.get("reporters", []),
            "interns": byline.get("interns", []),
            "correspondents": byline.get("correspondents", []),
            "photographers": byline.get("photographers", []),
        },
        "dateline": dateline,
        "body_start": ps[0][:16],
        "body_end": ps[-1][-14:],
        "subheads": list(subheads),
        "captions": list(captions),
        "body": body,
    }


def breaker(p: str, at: float = 0.55) -> tuple[str, str]:
    """Cut a paragraph mid-sentence (between two Han characters) near ``at`` of its length."""
    k = int(len(p) * at)
    while k < len(p) - 2 and not (
        re.match(r"[\u4e00-\u9fff]", p[k - 1]) and re.match(r"[\u4e00-\u9fff]", p[k])
    ):
        k += 1
    return p[:k], p[k:]


def write(
    name: str,
    text: str,
    articles: list[dict],
    joins: list[str],
    note: str,
    crlf: bool = False,
    bom: bool = False,
) -> None:
    data = text.replace("\n", "\r\n") if crlf else text
    raw = ("\ufeff" if bom else "") + data
    (HERE / f"{name}.txt").write_bytes(raw.encode("utf-8"))
    gold = {"page": f"{name}.txt", "note": note, "articles": articles, "joins": joins}
    (HERE / f"{name}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def page01() -> None:
    """Hard-wrapped text (22 characters a line, 　　 indents), header/footer furniture, two articles."""
    a = paras("inews-train-01052", [1, 2, 3])
    b = paras("inews-test-00134", [1, 2])
    lines = [
        "2019年12月7日 星期六 第5版 法治",
        "",
        "湖北应城警方捣毁聚众吸毒窝点",
        "",
        "本报记者 梁婷 通讯员 应公宣",
        "",
    ]
    lines += wrap("本报孝感12月6日讯 " + a[0], 22)
    for p in a[1:]:
        lines += wrap(p, 22)
    lines += ["", "高雄凤山大楼突发火灾", "120人仓皇逃出17人送医", "", "记者 林晓云", ""]
    for p in b:
        lines += wrap(p, 22)
    lines += ["", "责任编辑：王海涛　美术编辑：李娜"]
    arts = [
        gold_article(
            None,
            ["湖北应城警方捣毁聚众吸毒窝点"],
            "湖北应城警方捣毁聚众吸毒窝点",
            {"source": "本报", "reporters": ["梁婷"], "correspondents": ["应公宣"]},
            "本报孝感12月6日讯",
            "\n".join(a),
        ),
        gold_article(
            None,
            ["高雄凤山大楼突发火灾", "120人仓皇逃出17人送医"],
            "高雄凤山大楼突发火灾",
            {"reporters": ["林晓云"]},
            None,
            "\n".join(b),
            subtitle="120人仓皇逃出17人送医",
        ),
    ]
    write("01_wrapped_indent", "\n".join(lines) + "\n", arts, [], "hard-wrapped lines, indents, furniture")


def page02() -> None:
    """A box of briefs: 简讯 label, short titles, 本报讯 datelines, one brief without title, end bylines."""
    a = paras("SogouCS-6daf53385fd2f0ea-34913306c0bb3300", [2, 4])
    b = paras("inews-train-04933", [4])
    c = paras("SogouCS-45be281852d2f0ea-34913306c0bb3300", [1])
    d = paras("inews-train-02466", [2])
    lines = [
        "简讯",
        "",
        "杭州地铁守则修订稿将报批",
        "",
        "本报讯 " + a[0],
        a[1] + "（记者 夏毅）",
        "",
        "莆田“网络水军”案仍在审理",
        "",
        "本报讯 " + b[0],
        "",
        "本报讯 " + c[0],
        "",
        "天津海关查获走私化妆品",
        "",
        d[0] + "（本报记者 孟凯 通讯员 后璞）",
        "",
    ]
    arts = [
        gold_article(
            "简讯",
            ["杭州地铁守则修订稿将报批"],
            "杭州地铁守则修订稿将报批",
            {"source": "本报", "reporters": ["夏毅"]},
            "本报讯",
            "\n".join(a),
        ),
        gold_article(
            None, ["莆田“网络水军”案仍在审理"], "莆田“网络水军”案仍在审理", {"source": "本报"}, "本报讯", b[0]
        ),
        gold_article(None, [], "", {"source": "本报"}, "本报讯", c[0]),
        gold_article(
            None,
            ["天津海关查获走私化妆品"],
            "天津海关查获走私化妆品",
            {"source": "本报", "reporters": ["孟凯"], "correspondents": ["后璞"]},
            None,
            d[0],
        ),
    ]
    write("02_briefs", "\n".join(lines), arts, [], "briefs with and without titles, end bylines")


def page03() -> None:
    """Xinhua style: kicker + title + ——subtitle, dateline with reporters in parentheses, caption mid-sentence."""
    a = paras("inews-dev-00796", [0, 2, 3, 4], cut=170)
    first = a[0].split(" ", 1)[1]
    p1, p2 = breaker(a[2])
    cap = "香港警方展开名为“天翔”的打击网上购物诈骗行动，拘捕64人，检获大批证物。（新华社记者 周庆邦 摄）"
    lines = [
        "网购普及 骗案上升",
        "",
        "香港警方打击网购诈骗拘64人",
        "",
        "——涉案金额156万港元",
        "",
        "新华社香港12月18日电（记者 王旭 李欣）" + first,
        "",
        a[1],
        "",
        p1,
        "",
        cap,
        "",
        p2,
        "",
        a[3],
    ]
    body = "\n".join([first, a[1], p1 + p2, a[3]])
    arts = [
        gold_article(
            None,
            ["网购普及 骗案上升", "香港警方打击网购诈骗拘64人", "——涉案金额156万港元"],
            "香港警方打击网购诈骗拘64人",
            {"source": None, "reporters": ["王旭", "李欣"], "photographers": ["周庆邦"]},
            "新华社香港12月18日电",
            body,
            captions=[cap],
            kicker="网购普及 骗案上升",
            subtitle="——涉案金额156万港元",
        )
    ]
    arts[0]["byline"]["source"] = "新华社"
    write(
        "03_xinhua_caption",
        "\n".join(lines) + "\n",
        arts,
        [p1[-6:] + p2[:6]],
        "kicker/title/subtitle, caption",
    )


def page04() -> None:
    """Continued from an earlier page, jump lines, no byline, byline at the end, 图为 caption."""
    a = paras("inews-test-00659", [0, 1, 2], cut=160)
    b = paras("inews-train-02192", [0, 1, 3], cut=160)
    p1, p2 = breaker(b[1], 0.5)
    lines = [
        "（上接第一版）",
        a[1],
        a[2] + "（下转第三版）",
        "",
        "",
        "城管科长沉迷网游花超1500万元",
        "因贪污受贿获刑",
        "",
        b[0],
        p1,
        "",
        "图为武进区法院庭审现场。 资料图片",
        "",
        p2,
        b[2],
        "（本报记者 王益）",
        "",
        "第2版",
        "",
    ]
    arts = [
        gold_article(None, [], "", {}, None, "\n".join(a[1:])),
        gold_article(
            None,
            ["城管科长沉迷网游花超1500万元", "因贪污受贿获刑"],
            "城管科长沉迷网游花超1500万元",
            {"source": "本报", "reporters": ["王益"]},
            None,
            "\n".join([b[0], p1 + p2, b[2]]),
            captions=["图为武进区法院庭审现场。 资料图片"],
            subtitle="因贪污受贿获刑",
        ),
    ]
    write(
        "04_continued_endbyline",
        "\n".join(lines),
        arts,
        [p1[-6:] + p2[:6]],
        "body from an earlier page, jump lines, end byline",
    )


def page05() -> None:
    """CRLF, BOM, full-width spaces, trailing spaces; 本报记者 / 通讯员 / 实习生 on one line."""
    a = paras("SogouCS-9542165c42d2f0ea-34913306c0bb3300", [0, 2, 3], cut=150)
    first = a[0].split("）", 1)[1]
    lines = [
        "食品安全",
        "",
        "南山奶粉５批次含强致癌物　光明奶油上“黑榜”  ",
        "",
        "本报记者　何小敏　李星慧　通讯员　陈穗　实习生　张悦  ",
        "",
        "本报广州7月18日讯　" + first + "  ",
        "",
        a[1],
        "",
        a[2],
        "",
    ]
    arts = [
        gold_article(
            "食品安全",
            ["南山奶粉５批次含强致癌物　光明奶油上“黑榜”"],
            "南山奶粉５批次含强致癌物　光明奶油上“黑榜”",
            {
                "source": "本报",
                "reporters": ["何小敏", "李星慧"],
                "correspondents": ["陈穗"],
                "interns": ["张悦"],
            },
            "本报广州7月18日讯",
            "\n".join([first, a[1], a[2]]),
        )
    ]
    write("05_crlf_bom", "\n".join(lines), arts, [], "CRLF, BOM, full-width spaces", crlf=True, bom=True)


def page06() -> None:
    """【column】 above the headline, 文/图 byline, 编者按 box, numbered subheads."""
    a = paras("SogouCS-ec6a321662d2f0ea-34913306c0bb3300", [0, 1, 3, 4], cut=140)
    note = "编者按：延迟退休话题近来引发热议。本版今起刊发系列报道，倾听各方声音。"
    lines = [
        "【民生关注】",
        "",
        "“延迟退休”话题升温",
        "",
        "网民担心冲击年轻人就业",
        "",
        "文/黄栀 图/刘洋",
        "",
        note,
        "",
        a[0],
        "",
        a[1],
        "",
        "一、延迟退休面临两大纠结",
        "",
        a[2],
        "",
        "二、就业岗位会不会被挤压",
        "",
        a[3],
    ]
    arts = [
        gold_article(
            "【民生关注】",
            ["“延迟退休”话题升温", "网民担心冲击年轻人就业"],
            "“延迟退休”话题升温",
            {"reporters": ["黄栀"], "photographers": ["刘洋"]},
            None,
            "\n".join([note, *a]),
            subheads=["一、延迟退休面临两大纠结", "二、就业岗位会不会被挤压"],
            subtitle="网民担心冲击年轻人就业",
        )
    ]
    write("06_column_subheads", "\n".join(lines) + "\n", arts, [], "bracketed column, 文/图 byline, subheads")


def page07() -> None:
    """One paragraph per line without blank lines; sentences broken by a column end, a blank line and furniture."""
    a = paras("inews-train-02466", [0, 2, 4], cut=170)
    b = paras("inews-dev-00262", [2, 3, 4], cut=160)
    a1, a2 = breaker(a[1])
    b1, b2 = breaker(b[1], 0.4)
    lines = [
        "天津海关破获1600万元化妆品“偷梁换柱”走私大案",
        "■ 记者 张宇 通讯员 津关宣",
        a[0],
        a1,
        "",
        "",
        a2,
        a[2],
        "",
        "泰州史上最大走私“洋垃圾”案宣判",
        "■ 记者 顾和平 通讯员 吴晓蓉",
        b[0],
        b1,
        "2014年6月19日 星期四 第7版",
        "",
        b2,
        b[2],
    ]
    arts = [
        gold_article(
            None,
            ["天津海关破获1600万元化妆品“偷梁换柱”走私大案"],
            "天津海关破获1600万元化妆品“偷梁换柱”走私大案",
            {"reporters": ["张宇"], "correspondents": ["津关宣"]},
            None,
            "\n".join([a[0], a1 + a2, a[2]]),
        ),
        gold_article(
            None,
            ["泰州史上最大走私“洋垃圾”案宣判"],
            "泰州史上最大走私“洋垃圾”案宣判",
            {"reporters": ["顾和平"], "correspondents": ["吴晓蓉"]},
            None,
            "\n".join([b[0], b1 + b2, b[2]]),
        ),
    ]
    write(
        "07_column_breaks",
        "\n".join(lines) + "\n",
        arts,
        [a1[-6:] + a2[:6], b1[-6:] + b2[:6]],
        "column breaks across blank lines and furniture",
    )


def page08() -> None:
    """Commentary box (短评, 本报评论员) beside a news article with a two-line kicker-led headline."""
    a = paras("SogouCS-5b62a63445d2f0ea-34913306c0bb3300", [0], cut=150)
    b = paras("SogouCS-ec6a321662d2f0ea-34913306c0bb3300", [1], cut=150)
    c = paras("inews-test-00134", [3])
    lines = [
        "再次公开征求社会意见，救助站应提供必需的食物和住处",
        "",
        "深圳拟分类救助流浪乞讨者",
        "",
        "深圳商报记者 李明",
        "",
        a[0],
        "",
        "",
        "短评",
        "",
        "破除养老制度的种种不公",
        "",
        "本报评论员",
        "",
        b[0],
        "",
        "",
        "高雄火警伤者系面包店员工",
        "",
        "据台湾《联合报》报道，" + c[0],
    ]
    arts = [
        gold_article(
            None,
            ["再次公开征求社会意见，救助站应提供必需的食物和住处", "深圳拟分类救助流浪乞讨者"],
            "深圳拟分类救助流浪乞讨者",
            {"source": "深圳商报", "reporters": ["李明"]},
            None,
            a[0],
            kicker="再次公开征求社会意见，救助站应提供必需的食物和住处",
        ),
        gold_article(
            "短评", ["破除养老制度的种种不公"], "破除养老制度的种种不公", {"source": "本报"}, None, b[0]
        ),
        gold_article(
            None,
            ["高雄火警伤者系面包店员工"],
            "高雄火警伤者系面包店员工",
            {},
            None,
            "据台湾《联合报》报道，" + c[0],
        ),
    ]
    write(
        "08_commentary",
        "\n".join(lines) + "\n",
        arts,
        [],
        "kicker+title, 短评 box with 本报评论员, no byline",
    )


def page09() -> None:
    """Hard-wrapped, paragraphs separated by blank lines only (no indents), 28 characters a line."""
    a = paras("SogouCS-45be281852d2f0ea-34913306c0bb3300", [0, 1, 2], cut=150)
    lines = ["全国各省市血站将开放一个月", "同时公示血液价格", "", "本报北京6月14日电（记者 白剑峰）", ""]
    for p in a:
        lines += wrap(p, 28, indent="") + [""]
    lines += ["（本报记者 白剑峰）"]
    arts = [
        gold_article(
            None,
            ["全国各省市血站将开放一个月", "同时公示血液价格"],
            "全国各省市血站将开放一个月",
            {"source": "本报", "reporters": ["白剑峰"]},
            "本报北京6月14日电",
            "\n".join(a),
            subtitle="同时公示血液价格",
        )
    ]
    write("09_wrapped_blank", "\n".join(lines) + "\n", arts, [], "wrapped lines, blank-line paragraphs")


if __name__ == "__main__":
    for fn in (page01, page02, page03, page04, page05, page06, page07, page08, page09):
        fn()
