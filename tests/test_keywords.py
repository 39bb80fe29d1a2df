"""Keywords and keyphrases: candidates, filters, ranking, corpus record (real segmenter, real corpus text)."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from newsmine.keywords import extract_keywords, idf
from newsmine.records import Article, Byline, Keywords

# Newspaper-style articles written for these tests (not taken from any page).
FUND = Article(
    page="t.txt",
    article=1,
    title="长江新材料产业基金在武汉东湖高新区设立",
    subtitle="规模20亿元，专注于新材料等领域早中期投资",
    byline=Byline(source="长江日报/长江网", reporters=("王晓明",)),
    body=(
        "由武汉东湖高新区与华新资本共同发起设立的长江新材料产业投资基金（以下简称“长江新材基金”）近日落地。"
        "长江新材基金规模20亿元，将重点投向先进半导体材料、新能源电池材料等领域的早中期企业。\n"
        "据介绍，长江新材基金是东湖高新区今年设立的第三支产业基金。东湖高新区将依托长江新材基金，"
        "引进一批新材料龙头企业，推动新材料产业链上下游协同发展。\n"
        "华新资本有关负责人表示，看好东湖高新区新材料产业的发展前景，将发挥在半导体材料领域的投资经验。"
    ),
)
SERVICE = Article(
    page="t.txt",
    article=2,
    kicker="以企业视角再造办事流程，“一网通办”“一码服务”解决办事堵点",
    title="“一码服务”让政务服务更便捷",
    byline=Byline(source="江城日报", reporters=("李华",)),
    body=(
        "记者从市政务服务中心获悉，今年以来，我市推出“一码服务”，企业凭一个电子营业执照二维码即可办理"
        "28项政务服务事项。\n“一码服务”上线以来，累计服务企业3.2万家次，电子证照调用量超过120万次。"
        "市政务服务中心将继续推进电子证照在更多政务服务场景中的应用，让“一码服务”覆盖更多事项。"
    ),
)
CARBON = Article(
    page="t.txt",
    article=3,
    title="海洋碳汇监测平台在厦门启用",
    byline=Byline(source="海峡日报", reporters=("陈立",)),
    dateline="本报3月2日讯",
    body=(
        "2日，由自然资源部第三海洋研究所建设的海洋碳汇监测平台在厦门正式启用。该平台可实时监测红树林、"
        "海草床等蓝碳生态系统的海洋碳汇能力。\n专家表示，海洋碳汇是实现碳中和的重要途径。"
        "平台启用后，将为海洋碳汇交易和生态补偿提供数据支撑，助力厦门打造海洋碳汇示范区。"
    ),
)
MINE = (FUND, SERVICE, CARBON)

BOILERPLATE = {"记者", "本报", "日电", "获悉", "表示", "通讯员", "今年", "近日", "目前", "我们", "工作"}
NUMBERISH = re.compile(r"^[0-9０-９.%％年月日号万亿千百十余多个名人元]+$")
REPORTER = re.compile(r"[（(](?:记者|通讯员)\s*([\u4e00-\u9fff]{2,3})")


CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def corpus_articles(name: str):
    path = CORPORA / name / "articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8") as f:
        yield from map(json.loads, f)


def words(kw: Keywords) -> list[str]:
    return [k.word for k in kw.keywords]


def kw_match(a: str, b: str) -> bool:
    """The scorecard's rule: same word, or the shorter inside the longer covering 60% of it."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 2 and short in long_ and len(short) >= 0.6 * len(long_))


@pytest.fixture(scope="module")
def real_articles() -> list[Article]:
    """~30 real articles of two corpora, with the reporter named in the body put into the byline."""
    out = []
    for name, n in (("inews-articles", 22), ("sogou-news-sample", 8)):
        for rec in itertools.islice(corpus_articles(name), n):
            reporters = tuple(dict.fromkeys(REPORTER.findall(rec["body"])))
            out.append(
                Article(
                    page=name,
                    article=len(out) + 1,
                    title=rec["title"],
                    byline=Byline(reporters=reporters),
                    body=rec["body"],
                )
            )
    return out


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (FUND, "长江新材基金"),  # abbreviation the article defines (简称“…”)
        (FUND, "东湖高新区"),  # compound of adjacent tokens
        (SERVICE, "一码服务"),  # quoted term
        (SERVICE, "政务服务"),  # compound noun
        (SERVICE, "电子证照"),
        (CARBON, "海洋碳汇"),  # noun + mis-tagged rare word
        (FUND, "新材料"),
    ],
)
def test_keyphrases_found(article: Article, expected: str) -> None:
    got = words(extract_keywords(article, top=10, entities=()))
    assert any(kw_match(w, expected) for w in got), got


@pytest.mark.parametrize("article", MINE, ids=lambda a: a.title[:8])
def test_title_terms_rank_high(article: Article) -> None:
    got = words(extract_keywords(article, top=3, entities=()))
    assert any(w in article.title for w in got), got


@pytest.mark.parametrize(
    ("article", "banned"),
    [
        (FUND, "王晓明"),  # reporter
        (FUND, "长江日报"),  # the paper's own name
        (SERVICE, "江城日报"),
        (SERVICE, "记者"),
        (CARBON, "陈立"),
        (CARBON, "表示"),
        (CARBON, "2日"),
    ],
)
def test_never_keywords(article: Article, banned: str) -> None:
    assert banned not in words(extract_keywords(article, top=30, entities=()))


def test_real_articles_have_clean_top10(real_articles: list[Article]) -> None:
    for article in real_articles:
        kw = extract_keywords(article, entities=())
        got = words(kw)
        assert got, article.title
        for w in got:
            assert w not in BOILERPLATE, (article.title, w)
            assert not NUMBERISH.match(w), (article.title, w)
            assert len(w) >= 2, (article.title, w)
            assert all(name not in w for name in article.byline.reporters), (article.title, w)
        for a, b in itertools.permutations(got, 2):
            assert a not in b, (article.title, a, b)
        weights = [k.weight for k in kw.keywords]
        assert all(0.0 <= x <= 1.0 for x in weights)
        assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("top", [0, 1, 3, 5, 10])
def test_top_respected(top: int) -> None:
    kw = extract_keywords(FUND, top=top, entities=())
    assert len(kw.keywords) == top
    assert (kw.page, kw.article) == ("t.txt", 1)


def test_min_weight_and_user_stopwords() -> None:
    full = extract_keywords(SERVICE, top=10, entities=())
    cut = extract_keywords(SERVICE, top=10, min_weight=full.keywords[2].weight, entities=())
    assert words(cut) == words(full)[:3] or len(cut.keywords) <= 3
    first = full.keywords[0].word
    assert first not in words(extract_keywords(SERVICE, top=10, stopwords={first}, entities=()))


def test_weights_comparable_across_articles() -> None:
    # the same weight curve for every article: a short article's best term is not forced to 1.0
    tops = [extract_keywords(a, top=1, entities=()).keywords[0].weight for a in MINE]
    assert all(0.2 < w < 1.0 for w in tops)
    assert len(set(tops)) == len(tops)


@pytest.mark.parametrize(
    "article",
    [
        Article(page="e", article=1),
        Article(page="e", article=2, body="   \n  "),
        Article(page="e", article=3, body="。，、"),
    ],
)
def test_empty_article_has_no_keywords(article: Article) -> None:
    assert extract_keywords(article, entities=()).keywords == ()


def test_corpus_record_document_frequency() -> None:
    kw = extract_keywords(list(MINE), top=20)
    assert kw.article is None and kw.page == "t.txt"
    got = words(kw)
    # 东湖高新区 and 海洋碳汇 are strong in one article each; a term of several articles rises with its df
    assert got and all(0 <= k.weight <= 1 for k in kw.keywords)
    same_topic = [CARBON, Article(page="u.txt", article=1, title="海洋碳汇交易首单落地", body=CARBON.body)]
    mixed = extract_keywords([*same_topic, FUND])
    assert mixed.page == "*"
    assert mixed.keywords[0].word == "海洋碳汇"


def test_corpus_weight_is_mean_over_articles() -> None:
    one = extract_keywords(CARBON, top=50)
    many = extract_keywords([CARBON, FUND, SERVICE], top=50)
    w1 = {k.word: k.weight for k in one.keywords}
    wn = {k.word: k.weight for k in many.keywords}
    assert wn["海洋碳汇"] == pytest.approx(w1["海洋碳汇"] / 3, abs=1e-3)


@pytest.mark.parametrize(("common", "rare"), [("发展", "碳汇"), ("中国", "以工代赈"), ("工作", "阿斯利康")])
def test_idf_background(common: str, rare: str) -> None:
    assert idf(common) < idf(rare)
