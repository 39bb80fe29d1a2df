"""Print the splitter's figures (issue 4) over fifteen page sets, each in its own table, then side by side.

* **fixtures**: the seed page and tests/pages/split (the pages the splitter was first built on);
* **held-out**: tests/pages/split_heldout (other papers and extractors, written before tuning on them);
* **blind**: tests/pages/split_blind (15 more papers, page types and extractor artefacts, built from
  articles neither other set uses; its first figures, taken before any code change for it, are kept
  in benchmarks/results/split_blind_before.txt);
* **blind2**: tests/pages/split_blind2 (15 more pages: 晚报, 体育, 财经 tables, 法治, 国际, 副刊, 公告/讣告,
  专题 boxes, OCR artefacts, bylines before headlines, pages without blank lines, run-in 【】 briefs),
  built from articles no other set uses and scored before any code change for it
  (benchmarks/results/split_blind2_before.txt);
* **blind3**: tests/pages/split_blind3 (15 pages mixing several layouts on one page, with extractor
  noise: pdftotext default/-layout/one-line-per-block/pdfplumber output, blocks out of reading order,
  ！？： headlines, half-width marks, two-sentence briefs, 600-character paragraphs, numbered lists,
  quotes cut by the column, pasted web text, CRLF+BOM), scored before any code change for it
  (benchmarks/results/split_blind3_before.txt);
* **blind4**: tests/pages/split_blind4 (20 *typical* pages of typical dailies rather than quirks: 2–5
  articles with titles, bylines, datelines, captions and subheads; briefs, commentary and feature pages;
  provincial 日报, 晚报, 都市报, a national 党报 and 行业报; e-paper copy, pdftotext default and -layout),
  scored before any code change for it (benchmarks/results/split_blind4_before.txt);
* **blind5**: tests/pages/split_blind5 (20 more typical pages of other papers and conventions:
  full-width digits, 法制日报/华商报/大河报/信息时报/wire copy, ``…讯 记者…报道：`` datelines, run-in
  credits, two-line headlines without a dash, ``供图``/``资料图``/``▲`` captions), scored before any
  code change for it (benchmarks/results/split_blind5_before.txt);
* **blind6**: tests/pages/split_blind6 (20 typical pages of papers no other set has: 经济日报/光明日报/
  工人日报/中国青年报/科技日报/农民日报, 北京日报/解放日报/南方日报/浙江日报/四川日报/湖北日报,
  新民晚报/扬子晚报/钱江晚报/西安晚报, a county paper, 中国交通报/中国电力报, a 新华社 wire page; column
  breaks with a blank line or a page strip inside a paragraph, 编者按, CRLF+BOM+trailing spaces), built
  and annotated before the splitter was ever run on it (benchmarks/results/split_blind6_before.txt);
* **blind7**: tests/pages/split_blind7 (20 typical pages of papers no other set has: 人民日报 要闻, 法治日报,
  中国纪检监察报, 健康报, 中国教育报, 文汇报, 大众日报, 河北日报, 广西日报, 云南日报, 黑龙江日报, 羊城晚报,
  齐鲁晚报, 今晚报 briefs, 深圳特区报, a business paper, a county paper, 中国消费者报, a 国际 page opening with a
  continued story, a digest page; 24 captions in all forms and 24 sentences cut across a blank line, a
  caption, a page strip, a footer + header pair or a narrower/shifted column; paragraphs ending with
  ：/…… or at a jump line), built and annotated before the splitter was ever run on it, after the
  blind6 fixes (benchmarks/results/split_blind7_before.txt);
* **blind8**: tests/pages/split_blind8 (20 typical pages of papers no other set has: 经济参考报, 证券时报,
  中国妇女报, 环球时报, 参考消息 with 外电 credits, 半岛都市报, 新京报, 成都商报, a county weekly,
  安徽/福建/河南/甘肃/海南/吉林/青海日报, 中国汽车报, 北京晚报 家教, 中国企业报; 59 articles, 18 captions,
  19 cut sentences), built and annotated before the splitter was ever run on it and scored after the
  blind7 fixes, with no change made for it (benchmarks/results/split_blind8_before.txt);
* **blind9**: tests/pages/split_blind9 (15 typical pages of papers no other set has: 人民日报海外版, a
  magazine feature, 北京日报 社区, 深圳晚报, 三秦都市报, 中国环境报, 海峡都市报 briefs, 都市快报, 辽宁日报
  科普, 金陵晚报, 中国文化报, 贵州日报 briefs, 上海证券报, 燕赵都市报 continued page, 重庆日报 国际; 50
  articles, 15 captions, 9 cut sentences), built before any run and scored after the blind8 fixes
  (benchmarks/results/split_blind9_before.txt).
* **blind10**: tests/pages/split_blind10 (20 typical pages of papers and page types no other set has:
  21世纪经济报道 金融, a 法院 page, 新华每日电讯 国际, a 健康 page, 人民公安报, 中国县域经济报, 厦门日报, a 评论
  page, an interview page, a photo page, 大河报/华西都市报 briefs, 中国劳动保障报 continued page, a weekend
  feature, 公益时报, 金华日报, 南充日报, 海南日报, 每日经济新闻, 新疆日报; 67 articles, 21 captions, 13 cut
  sentences), built and annotated before any run; its article text may repeat other sets' articles in new
  combinations, its headlines, bylines, captions and layouts are new (benchmarks/results/split_blind10_before.txt).
* **blind11**: tests/pages/split_blind11 (20 typical pages of papers and page types no other set has:
  人民政协报, 中国老年报, 中国旅游报, 天津日报, 内蒙古日报, 郑州日报 continued page, a 区报 (宝安日报), an 企业报,
  a school paper, 中国体育报, an interview page, 江西日报/湖南日报 briefs, 中国应急管理报, 中国社会报, 广州日报,
  长江日报, a 监督 page, 宁夏日报, a 评论 page; weighted toward two- and three-line headline blocks; 59
  articles, 16 captions, 14 cut sentences), built and annotated before any run; its article text may repeat
  other sets' articles in new combinations (benchmarks/results/split_blind11_before.txt).
* **blind12**: tests/pages/split_blind12 (20 typical pages of papers and page types no other set has:
  中国民航报, 中国食品安全报, 中国气象报, 陕西日报, 山西日报, 兰州晨报, 春城晚报, 南国早报, 东方早报, 金融时报,
  中国质量报, 检察日报 briefs, 福建日报, 大众日报, 安徽日报 continued page, 中国水利报, a 参考消息-style 国际 page,
  吉林日报, a 深圳特区报 评论 page, 湖北日报 untitled briefs; weighted toward two- and three-line headline
  blocks; 49 articles, 14 captions, 14 cut sentences), built and annotated before any run; its article text
  may repeat other sets' articles in new combinations (benchmarks/results/split_blind12_before.txt).
* **blind13**: tests/pages/split_blind13 (20 typical pages of papers and page types no other set has:
  中国国防报, 中国航天报, 国际商报, 中国城市报, 人民邮电报, 中国海洋报, 中国电影报, 中国知识产权报 briefs,
  武汉晚报 continued page, 青岛早报, 中国银行保险报, 中国国门时报, 中国人口报 interview, 宁波日报, 张家口日报,
  鲁中晨报, 江门日报, 团结报 without bylines, 中国经济时报, a county paper (新昌报); weighted toward two- and
  three-line headline blocks; 44 articles, 13 captions, 13 cut sentences), built and annotated before any
  run (benchmarks/results/split_blind13_before.txt).
* **blind14**: tests/pages/split_blind14 (16 typical pages of papers and page types no other set has:
  法制晚报, 中国证券报, 证券日报 briefs, 三湘都市报, 第一财经日报, 南方农村报, an 经济观察报 interview, 长沙晚报
  continued page, 辽沈晚报 photo page, a 中国商报 评论 page, 东南快报 untitled briefs, 中国医药报, a 区报
  (新洲报), a county paper (大荔报), 中国水运报, 重庆晨报; new byline and dateline forms (摄影报道, 本报特约记者,
  本报评论员, 通讯员 alone, 特约撰稿人, 文·图/, 【本报讯】, 本报综合消息, 据《XX报》报道); 47 articles, 16
  captions, 14 cut sentences), built and annotated before any run
  (benchmarks/results/split_blind14_before.txt).
* **blind15**: tests/pages/split_blind15 (16 typical pages of papers and page types no other set has:
  现代快报, 杭州日报, 中国税务报, 劳动报 (full-width digits), a county paper (荣县报), a 区报 (成华报, 编者按),
  天府早报 feature, an enterprise paper (贵阳城发报), 中国经营报, 南方都市报 photo page, a 深圳商报 评论 page,
  福州晚报 continued page, 海东时报 (jump line), 潇湘晨报 untitled briefs, 新文化报 titled briefs, a 新闻晨报
  interview; rarer byline and dateline forms (本报通讯员…记者…, 记者…通讯员…报道, 本报驻X记者, 首席记者,
  见习记者, 融媒体记者, XX融媒体中心, 新华社发, 中新网…电, 央视网消息, 人民网…电, 文/ and 图/ on separate
  lines, 本报北京…电); 47 articles, 16 captions, 14 cut sentences), built and annotated before any run
  (benchmarks/results/split_blind15_before.txt).
* **blind16**: tests/pages/split_blind16 (16 typical pages of papers and page types no other set has:
  苏州日报, 温州日报, 江南都市报 titled briefs, 东莞日报, a 人民铁道 feature, 中国自然资源报, 合肥晚报 continued
  page, 郑州晚报 (jump line), 半岛晨报 photo page, a 中国科学报 interview, a university paper, a 区报 (润州报),
  a county paper (清水报, 编者按), 中国绿色时报, a 中国家庭报 评论 page, 生活报 untitled briefs; weighted toward
  headline blocks (28 of 35 titles with a 2–3-line block or printed on two lines); 40 articles, 14
  captions, 13 cut sentences), built and annotated before any run
  (benchmarks/results/split_blind16_before.txt).
* **blind17**: tests/pages/split_blind17 (16 typical pages of papers and page types no other set has:
  无锡日报 (a title on two lines), 南国都市报 (CRLF), 京郊日报 (full-width digits), a 青年参考 国际 page
  (-layout, 【英国《卫报》网站…报道】), 江淮晨报 法治 (page strip), 宜宾日报 continued page (BOM), 华夏时报 金融
  (-layout), 台州日报 (flat), 江苏法制报 titled briefs, 长江商报 untitled briefs, a 民生周刊 interview,
  盐城晚报 (-layout, jump line), 三峡晚报 photo page, a 南宁晚报 weekend feature (long subheads), a county
  paper (长兴报, 编者按, CRLF), a 区报 (沈北新闻, trailing spaces); weighted toward headline blocks (28 of 33
  titles with a 2–3-line block or printed on two lines); 38 articles, 16 captions, 15 cut sentences), built
  and annotated before any run (benchmarks/results/split_blind17_before.txt).
* **blind18**: tests/pages/split_blind18 (16 typical pages of papers and page types no other set has:
  烟台日报 (a quotation title, a title on two lines), 北京晨报 (full-width digits), 新闻晚报 (-layout),
  温州都市报 (CRLF), 榆林日报 (flat), 绵阳日报 (a “从…到…” kicker), 唐山劳动日报 (-layout, an “在…” kicker),
  姑苏晚报 (BOM, page strip), 法治周末 titled briefs, 晶报 untitled briefs (trailing spaces), 宿迁晚报 (CRLF,
  编者按), a 区报 (今日长乐), 楚天金报 法治, 南京晨报 continued page, 临沂日报 photo page, 中国艺术报 (-layout);
  weighted toward headline blocks (27 of 34 titles with a 2–3-line block or printed on two lines); 39
  articles, 17 captions, 16 cut sentences), built and annotated before any run
  (benchmarks/results/split_blind18_before.txt).
* **blind19**: tests/pages/split_blind19 (16 typical pages of papers and page types no other set has:
  柳州日报 (wrapped, a “从…到…” kicker, a title on two lines), 泉州晚报 (indent), 昆明日报 (-layout),
  苍梧晚报 (CRLF, jump line), 扬州日报 法治 (BOM), 渭南日报 (-layout, a quotation title), 湄洲日报 titled
  briefs, 楚天都市报 (an “在…” kicker), 新晚报 untitled briefs (trailing spaces), 延安日报 continued page,
  佛山日报 photo page, 大连日报 (web copy), 长治日报 (flat, page strip), 南京日报 (CRLF), 内江日报 (flat),
  a 行业报 (中国安全生产报, -layout); weighted toward headline blocks (32 of 38 titles with a 2–3-line block
  or printed on two lines); 43 articles, 19 captions, 15 cut sentences), built and annotated before any run
  (benchmarks/results/split_blind19_before.txt).

Besides the per-article figures, ``missing articles`` counts reference articles no predicted article
matches and ``extra articles`` counts predicted articles matching no reference article (a headline
or a caption split off as an article, a brief cut in two): lower is better for both.

Usage (from the repository root)::

    python benchmarks/split_eval.py            # the eleven tables and the summary
    python benchmarks/split_eval.py -v         # also list every miss

It calls the library (``newsmine.split.split_page``) directly.  The figures follow
``../shared/tools/scorecard.py`` (bodies, titles, headline blocks, bylines, datelines, captions,
joins) and add the issue's false joins and lost text:

* false joins: a gold paragraph end (the last characters of each gold paragraph, or of each
  finished body line of the page when the gold has no full bodies) found inside a predicted
  paragraph instead of at its end;
* text lost: characters of body lines of the page (lines of 20+ characters; a line that holds
  columns side by side, set apart by 3+ spaces, counts column by column) that appear in no field
  of any article, over all such characters; lines the gold lists under ``furniture``
  (page headers and footers) are not article text and are left out.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from newsmine.split import split_page
from newsmine.split.lines import normalize

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PAGES = ROOT / "tests" / "pages" / "split"
HELDOUT = ROOT / "tests" / "pages" / "split_heldout"
BLIND = ROOT / "tests" / "pages" / "split_blind"
BLIND2 = ROOT / "tests" / "pages" / "split_blind2"
BLIND3 = ROOT / "tests" / "pages" / "split_blind3"
BLIND4 = ROOT / "tests" / "pages" / "split_blind4"
BLIND5 = ROOT / "tests" / "pages" / "split_blind5"
BLIND6 = ROOT / "tests" / "pages" / "split_blind6"
BLIND7 = ROOT / "tests" / "pages" / "split_blind7"
BLIND8 = ROOT / "tests" / "pages" / "split_blind8"
BLIND9 = ROOT / "tests" / "pages" / "split_blind9"
BLIND10 = ROOT / "tests" / "pages" / "split_blind10"
BLIND11 = ROOT / "tests" / "pages" / "split_blind11"
BLIND12 = ROOT / "tests" / "pages" / "split_blind12"
BLIND13 = ROOT / "tests" / "pages" / "split_blind13"
BLIND14 = ROOT / "tests" / "pages" / "split_blind14"
BLIND15 = ROOT / "tests" / "pages" / "split_blind15"
BLIND16 = ROOT / "tests" / "pages" / "split_blind16"
BLIND17 = ROOT / "tests" / "pages" / "split_blind17"
BLIND18 = ROOT / "tests" / "pages" / "split_blind18"
BLIND19 = ROOT / "tests" / "pages" / "split_blind19"


def squash(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def pages(folder: Path = PAGES, seed: bool = True) -> list[tuple[str, str, dict]]:
    out = []
    seed_gold = SHARED / "gold" / "000_07dec771a2603ee3.gold.json"
    if seed and seed_gold.exists():
        out.append(
            (
                "seed",
                (ROOT / "seeds" / "000_07dec771a2603ee3.txt").read_text(encoding="utf-8"),
                json.loads(seed_gold.read_text(encoding="utf-8")),
            )
        )
    for gold in sorted(folder.glob("*.gold.json")):
        text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_bytes().decode("utf-8")
        out.append((gold.name.split(".")[0], text, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def match(gold: list[dict], pred: list) -> dict[int, object]:
    m = {}
    for gi, g in enumerate(gold):
        start = squash(g["body_start"])
        for p in pred:
            body = squash(p.body)
            if body.startswith(start) or body[:60].find(start[:12]) >= 0:
                m[gi] = p
                break
    return m


def fields_text(a) -> str:
    by = a.byline
    parts = [
        a.column or "",
        *a.headline,
        a.dateline or "",
        a.body,
        *a.subheads,
        *a.captions,
        by.source or "",
        *by.reporters,
        *by.interns,
        *by.correspondents,
        *by.photographers,
    ]
    return squash("".join(parts))


def trim_split_names(frag: str, names: list[str]) -> str:
    """``frag`` without a byline name's tail at its start or head at its end: a name the printed page
    breaks over two lines (王 | 园报道：…) is read whole into the byline, but neither line holds it whole."""
    for n in names:
        for k in range(1, len(n)):
            if frag.startswith(n[k:]):
                frag = frag[len(n) - k :]
                break
            if frag.endswith(n[:k]):
                frag = frag[:-k]
                break
    return frag


def score(text: str, gold: dict, misses: list[str], name: str) -> dict[str, tuple[int, int]]:
    pred = split_page(text, page=name)
    arts = gold["articles"]
    m = match(arts, pred)
    c = dict.fromkeys(["bound", "title", "head", "byline", "date", "cap"], 0)
    for gi, g in enumerate(arts):
        p = m.get(gi)
        if p is None:
            misses.append(f"{name}#{gi + 1}: no article starts with {g['body_start']!r}")
            continue
        body = squash(p.body)
        checks = {
            "bound": body.startswith(squash(g["body_start"])) and body.endswith(squash(g["body_end"])),
            "title": squash(p.title) in {squash(t) for t in [g["title"], *g["title_alternatives"]]},
            "head": [squash(h) for h in p.headline] == [squash(h) for h in g["headline"]],
            "byline": sorted(p.byline.reporters) == sorted(g["byline"]["reporters"])
            and sorted(p.byline.interns) == sorted(g["byline"]["interns"]),
            "date": squash(p.dateline) == squash(g["dateline"]),
            "cap": bool(g["captions"])
            and all(squash(x) not in body for x in g["captions"])
            and all(squash(x) in {squash(y) for y in p.captions} for x in g["captions"]),
        }
        for k, ok in checks.items():
            c[k] += ok
            if not ok and (k != "cap" or g["captions"]):
                got = {
                    "bound": p.body[:20] + "…" + p.body[-20:],
                    "title": p.title,
                    "head": p.headline,
                    "byline": (p.byline.reporters, p.byline.interns),
                    "date": p.dateline,
                    "cap": p.captions,
                }[k]
                misses.append(f"{name}#{gi + 1} {k}: got {got!r}")
    paragraphs = [squash(x) for p in pred for x in p.body.split("\n")]
    joins = gold.get("joins", [])
    joined = sum(1 for j in joins if any(j in x for x in paragraphs))
    for j in joins:
        if not any(j in x for x in paragraphs):
            misses.append(f"{name} join missing: {j!r}")
    # false joins: a paragraph end that the prediction does not end a paragraph with
    if any("body" in g for g in arts):
        ends = [squash(x)[-10:] for g in arts for x in g.get("body", "").split("\n") if x]
    else:
        ends = [
            squash(x)[-10:]
            for x in normalize(text).split("\n")
            if len(x.strip()) >= 20 and x.strip()[-1] in "。！？”"
        ]
    false = 0
    for e in ends:
        inside = [x for x in paragraphs if e in x]
        if inside and not any(x.endswith(e) for x in inside):
            false += 1
            misses.append(f"{name} false join after {e!r}")
    # text lost
    # (a posting such as 驻越南 before 特约记者 and the tails 特约/特派/见习/报道 are byline words too;
    # the colon of a run-in ``记者X报道：`` closes the credit, and so does the slash of ``记者/王某``)
    roles = (
        r"驻[\u4e00-\u9fff]{1,6}?(?=特约|特派|记者)|特约|特派|见习|报道[：:]?|"
        r"本报|(?:记者|通讯员|实习生|摄影)/?|评论员|文/|图/|摄|[（(](?:下转|上接)[^）)]*[）)]"
    )
    printed = "".join(fields_text(a) for a in pred)
    # a printed line may start inside a role word (记 | 者在照片上…): look in the unstripped text too
    everything = (re.sub(roles, "", printed) + "\n" + printed).translate(NO_COMMAS)
    lost = total = 0
    names = sorted(
        {n for a in pred for n in (*a.byline.reporters, *a.byline.interns, *a.byline.correspondents)}, key=len
    )[::-1]
    furniture = {squash(x) for x in gold.get("furniture", [])}
    page = name
    # pdftotext -layout prints columns side by side: each run of text between wide gaps is checked alone
    pieces = [p for line in normalize(text).split("\n") for p in re.split(r" {3,}", line)]
    for line in pieces:
        s = squash(line)
        if len(s) < 20 or s in furniture:
            continue
        total += len(s)
        # byline role words are not article text: they become the fields of ``byline``
        s = re.sub(roles, "", s)
        # brackets set off credits and run-in titles, which fields keep without them
        for piece in re.split(r"[（）()【】]", s):
            # names become byline fields: what lies between them must be found somewhere
            frags = re.split("|".join(map(re.escape, names)), piece) if names else [piece]
            for frag in frags:
                # the comma or colon closing a dateline (据路透社3月20日报道，…) goes with the dateline,
                # so commas and colons are left out of the comparison
                frag = trim_split_names(frag.translate(NO_COMMAS), names)
                if len(frag) >= 4 and frag not in everything:
                    lost += len(frag)
                    misses.append(f"{page} lost: {frag[:30]!r}")
    n = len(arts)
    # articles the prediction invents (a headline or a caption split off as an article, a brief cut
    # in two) or drops: neither is seen by the per-article figures, which only look at matched ones
    taken = {id(p) for p in m.values()}
    extra = [p for p in pred if id(p) not in taken]
    for p in extra:
        misses.append(f"{name} extra article: {p.title!r} / {squash(p.body)[:24]!r}")
    return {
        "articles (found/reference)": (len(pred), n),
        "missing articles (of reference)": (n - len(m), n),
        "extra articles (of found)": (len(extra), len(pred)),
        "bodies with exact boundaries": (c["bound"], n),
        "titles": (c["title"], n),
        "headline blocks": (c["head"], n),
        "bylines": (c["byline"], n),
        "datelines": (c["date"], n),
        "captions kept out of bodies": (c["cap"], sum(1 for g in arts if g["captions"])),
        "broken sentences rejoined": (joined, len(joins)),
        "false joins (of paragraph ends)": (false, len(ends)),
        "text lost (chars of body lines)": (lost, total),
    }


NO_COMMAS = str.maketrans("", "", "，,：:")


def table(title: str, rows: list[tuple[str, dict[str, tuple[int, int]]]]) -> dict[str, tuple[int, int]]:
    """Print one set's table (totals, then one column per page) and return its totals."""
    figures = list(rows[0][1])
    w = max(len(f) for f in figures)
    print(f"== {title}")
    print(f"{'figure':<{w}}  {'all pages':>14}  " + "  ".join(f"{name[:9]:>9}" for name, _ in rows))
    totals = {}
    for f in figures:
        a = sum(r[f][0] for _, r in rows)
        b = sum(r[f][1] for _, r in rows)
        totals[f] = (a, b)
        cells = "  ".join(f"{r[f][0]:>4}/{r[f][1]:<4}" for _, r in rows)
        print(f"{f:<{w}}  {a:>5}/{b:<5}{pct(f, a, b):>3}  {cells}")
    print(f"pages: {len(rows)} ({', '.join(n for n, _ in rows)})\n")
    return totals


def pct(f: str, a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b and not f.startswith("articles") else "     "


def main() -> None:
    verbose = "-v" in sys.argv
    sets = {
        "fixtures": pages(PAGES, seed=True),
        "held-out": pages(HELDOUT, seed=False),
        "blind": pages(BLIND, seed=False),
        "blind2": pages(BLIND2, seed=False),
        "blind3": pages(BLIND3, seed=False),
        "blind4": pages(BLIND4, seed=False),
        "blind5": pages(BLIND5, seed=False),
        "blind6": pages(BLIND6, seed=False),
        "blind7": pages(BLIND7, seed=False),
        "blind8": pages(BLIND8, seed=False),
        "blind9": pages(BLIND9, seed=False),
        "blind10": pages(BLIND10, seed=False),
        "blind11": pages(BLIND11, seed=False),
        "blind12": pages(BLIND12, seed=False),
        "blind13": pages(BLIND13, seed=False),
        "blind14": pages(BLIND14, seed=False),
        "blind15": pages(BLIND15, seed=False),
        "blind16": pages(BLIND16, seed=False),
        "blind17": pages(BLIND17, seed=False),
        "blind18": pages(BLIND18, seed=False),
        "blind19": pages(BLIND19, seed=False),
    }
    misses: dict[str, list[str]] = {}
    totals = {}
    for label, group in sets.items():
        misses[label] = []
        rows = [(name, score(text, gold, misses[label], name)) for name, text, gold in group]
        if rows:
            totals[label] = table(f"{label} set", rows)
    w = max(len(f) for t in totals.values() for f in t)
    print("== summary")
    print(f"{'figure':<{w}}  " + "  ".join(f"{label:>16}" for label in totals))
    for f in next(iter(totals.values())):
        cells = "  ".join(f"{t[f][0]:>5}/{t[f][1]:<5}{pct(f, *t[f]):>6}" for t in totals.values())
        print(f"{f:<{w}}  {cells}")
    if verbose:
        for label, found in misses.items():
            print(f"\n-- misses, {label} set")
            print("\n".join(found) or "no misses")


if __name__ == "__main__":
    main()
