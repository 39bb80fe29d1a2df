"""Keywords and keyphrases: candidates, filters, ranking, corpus record (real segmenter, real corpus text)."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import numpy as np
import pytest

from newsmine.keywords import (
    FEATURES,
    MODEL_PATH,
    WEIGHTS,
    Model,
    Weights,
    _cited_media,
    _dedupe,
    _home_places,
    _model,
    _place_chain,
    article_date,
    corpus_keywords,
    distinctiveness,
    extract_keywords,
    feature_matrix,
    idf,
    rank_article,
    relative_matrix,
    use_model,
)
from newsmine.records import Article, Byline, CorpusKeyword, Entity, Keywords

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
            # a term inside another only when it is a different thing: under 60% of it and not its
            # opening (客栈 in 物流客栈), never a longer copy (上合示范区 / 上合示范区综合改革)
            if a in b:
                assert not b.startswith(a) and len(a) < 0.6 * len(b), (article.title, a, b)
        weights = [k.weight for k in kw.keywords]
        assert all(0.0 <= x <= 1.0 for x in weights)
        assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("top", [0, 1, 3, 5, 10])
def test_top_respected(top: int) -> None:
    # without the precision cut the list is exactly ``top`` long; with it, never longer and never under keep_min
    full = extract_keywords(FUND, top=top, entities=(), weights=Weights(keep_ratio=0.0))
    assert len(full.keywords) == top
    kw = extract_keywords(FUND, top=top, entities=())
    model = _model()  # the learned model's cut has its own keep_min
    keep = model.keep_min if model else WEIGHTS.keep_min
    assert min(top, keep) <= len(kw.keywords) <= top
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
    mixed = extract_keywords([*same_topic, FUND], top=30)
    assert mixed.page == "*"
    # the place both carbon articles share is near the top, beside the strongest term of each article
    assert "厦门" in words(mixed)[:3], words(mixed)
    assert next(k for k in mixed.keywords if k.word == "厦门").df == 2
    assert any("海洋碳汇" in w for w in words(mixed)), words(mixed)


def test_corpus_weight_is_mean_over_articles() -> None:
    one = extract_keywords(CARBON, top=50)
    many = extract_keywords([CARBON, FUND, SERVICE], top=50)
    w1 = {k.word: k.weight for k in one.keywords}
    wn = {k.word: k.weight for k in many.keywords}
    word = next(w for w in w1 if kw_match(w, "海洋碳汇"))
    assert wn[word] == pytest.approx(w1[word] / 3, abs=1e-3)


@pytest.mark.parametrize(("common", "rare"), [("发展", "碳汇"), ("中国", "以工代赈"), ("工作", "阿斯利康")])
def test_idf_background(common: str, rare: str) -> None:
    assert idf(common) < idf(rare)


def _dated(article: Article, page: str, column: str | None) -> Article:
    return Article(page=page, article=article.article, column=column, title=article.title, body=article.body)


CORPUS = [
    _dated(CARBON, "qd/2024-07-26_01.txt", "要闻"),
    _dated(SERVICE, "qd/2024-07-26_01.txt", "要闻"),
    _dated(FUND, "qd/20240727-02.txt", "经济"),
    _dated(CARBON, "qd/20240727-02.txt", None),
]


@pytest.mark.parametrize(
    ("by", "groups"),
    [
        (None, [None]),
        ("page", ["qd/2024-07-26_01.txt", "qd/20240727-02.txt"]),
        ("date", ["2024-07-26", "2024-07-27"]),
        ("column", ["经济", "要闻", "?"]),  # an article without a column label goes to "?", last
    ],
)
def test_corpus_keywords_groups(by: str | None, groups: list[str | None]) -> None:
    records = corpus_keywords(CORPUS, by=by, top=5)
    assert [r.group for r in records] == groups
    for r in records:
        assert r.article is None and 0 < len(r.keywords) <= 5
        assert all(isinstance(k, CorpusKeyword) and 0 <= k.weight <= 1 and k.df >= 1 for k in r.keywords)
        assert all(k.total_weight >= k.weight for k in r.keywords)


def test_corpus_keywords_df_and_total() -> None:
    (rec,) = corpus_keywords(CORPUS, top=30)
    carbon = next(k for k in rec.keywords if kw_match(k.word, "海洋碳汇"))
    assert carbon.df == 2  # two of the four articles
    assert carbon.total_weight == pytest.approx(4 * carbon.weight, abs=1e-3)
    assert extract_keywords(CORPUS, top=30) == rec


def test_corpus_keywords_bad_group() -> None:
    with pytest.raises(ValueError):
        corpus_keywords(CORPUS, by="month")


@pytest.mark.parametrize(
    ("page", "dateline", "expected"),
    [
        ("qdrb/2024-07-26_03.txt", None, "2024-07-26"),
        ("archive/qdrb20240726.txt", "本报7月25日讯", "2024-07-26"),  # the edition date wins
        ("page3.txt", "新华社北京2023年12月1日电", "2023-12-01"),
        ("page3.txt", "本报3月2日讯", None),  # no year: not guessed
        ("2024-13-40.txt", None, None),
    ],
)
def test_article_date(page: str, dateline: str | None, expected: str | None) -> None:
    assert article_date(Article(page=page, article=1, dateline=dateline)) == expected


def test_distinctiveness_prefers_archive_topics() -> None:
    # the same document frequency in the archive: an everyday word is far less distinctive
    assert distinctiveness("以工代赈", 3, 10) > distinctiveness("发展", 3, 10) + 3
    assert distinctiveness("工作", 3, 10) < distinctiveness("海洋碳汇", 3, 10) - 3


def test_user_dictionary_words_are_candidates(tmp_path: Path) -> None:
    from newsmine.segment import load_userdict, tokenize

    article = Article(
        page="u.txt",
        article=1,
        title="潮汐能微网示范工程在崂山区并网",
        body="潮汐能微网示范工程今天在崂山区并网发电。潮汐能微网示范工程装机容量2兆瓦，"
        "是我省首个潮汐能微网示范工程。",
    )
    path = tmp_path / "user.txt"
    path.write_text("潮汐能微网示范工程\n", encoding="utf-8")
    load_userdict(path)
    assert "潮汐能微网示范工程" in [t.word for t in tokenize(article.body)]
    assert words(extract_keywords(article, top=3, entities=()))[0] == "潮汐能微网示范工程"


@pytest.mark.parametrize(
    ("title", "body", "expected", "not_expected"),
    [
        # a phrase said as a whole wins over its parts (C-value-like nesting)
        (
            "上合示范区推进综合改革",
            "上合示范区今年出台改革方案。上合示范区将深化制度创新，上合示范区的企业数量增长。",
            "上合示范区",
            "上合",
        ),
        # a chain of administrative places is two places, not one term
        (
            "莱西市河头店镇产业园开工",
            "莱西市河头店镇产业园项目开工。莱西市河头店镇将建设标准厂房，产业园引进企业。",
            "莱西市",
            "莱西市河头店镇",
        ),
    ],
)
def test_keyphrase_boundaries(title: str, body: str, expected: str, not_expected: str) -> None:
    got = words(extract_keywords(Article(page="b", article=1, title=title, body=body), top=5, entities=()))
    assert any(kw_match(w, expected) for w in got), got
    assert not_expected not in got, got


# --------------------------------------------------------------------------- precision, home place, position


@pytest.mark.parametrize("learned", [True, False])
@pytest.mark.parametrize("article", MINE, ids=lambda a: a.title[:8])
def test_fewer_keywords_when_the_tail_is_weak(article: Article, learned: bool) -> None:
    """Past keep_min, a keyword stays only when it weighs at least the floor: the model's probability
    floor (learned), or keep_ratio of the best one (hand-set)."""
    w = Weights(learned=learned)
    kw = extract_keywords(article, top=10, entities=(), weights=w)
    weights = [k.weight for k in kw.keywords]
    model = _model() if learned else None
    keep = model.keep_min if model else WEIGHTS.keep_min
    floor = model.keep_floor if model else WEIGHTS.keep_ratio * weights[0]
    assert len(weights) >= keep
    assert all(x >= floor - 1e-4 for x in weights[keep:])
    longer = extract_keywords(article, top=10, entities=(), weights=Weights(learned=learned, keep_ratio=0.0))
    assert words(longer)[: len(weights)] == words(kw)


def test_fewer_keywords_on_a_real_article_with_a_long_tail(real_articles: list[Article]) -> None:
    # over ~30 real articles, the cut shortens some lists and never reorders them
    cut = 0
    for article in real_articles:
        short = words(extract_keywords(article, top=10))
        full = words(extract_keywords(article, top=10, weights=Weights(keep_ratio=0.0)))
        assert short == full[: len(short)]
        cut += len(short) < len(full)
    assert cut >= 3


@pytest.mark.parametrize(
    ("source", "home"),
    [
        ("青岛日报/观海新闻", {"青岛", "青岛市"}),
        ("广州日报", {"广州", "广州市"}),
        ("长沙晚报社", {"长沙"}),
        ("厦门广播电视台", {"厦门"}),
        ("新华社", set()),
        ("", set()),
    ],
)
def test_home_places_from_the_paper_name(source: str, home: set[str]) -> None:
    found = _home_places(Article(page="p", article=1, byline=Byline(source=source or None)))
    assert home <= found
    if not home:
        assert not found


# a local paper's story: its own city is everywhere in it, but it is not what the story is about
HARBOUR = {
    "page": "p",
    "article": 1,
    "title": "厦门港集装箱吞吐量创新高",
    "body": (
        "记者从厦门港口管理局获悉，上半年厦门港完成集装箱吞吐量620万标箱，同比增长8.1%。\n"
        "厦门港口管理局介绍，厦门港新开通外贸集装箱航线12条，海铁联运箱量增长三成。"
        "厦门市将继续推进智慧港口建设，厦门港远海码头自动化改造已完成。"
    ),
}


def test_home_city_drops_out_of_its_own_paper() -> None:
    away = extract_keywords(Article(**HARBOUR, byline=Byline(source="福建日报")), entities=())
    home = extract_keywords(Article(**HARBOUR, byline=Byline(source="厦门日报")), entities=())
    weight = {k.word: k.weight for k in away.keywords}
    assert "厦门" in weight or "厦门市" in weight  # another paper's reader is told where it happens
    assert not {"厦门", "厦门市"} & set(words(home))
    assert "集装箱吞吐量" in words(home) or "吞吐量" in words(home)


@pytest.mark.parametrize(
    ("rec_id", "never"),
    [
        ("inews-test-00161", "王某"),  # 被告人王某: a withheld name
        ("inews-test-00161", "胡某忠"),
    ],
)
def test_withheld_names_are_not_keywords(rec_id: str, never: str) -> None:
    rec = next(r for r in corpus_articles("inews-articles") if r["id"] == rec_id)
    article = Article(page="p", article=1, title=rec["title"], body=rec["body"])
    assert never in rec["body"]
    found = words(extract_keywords(article, top=30, weights=Weights(keep_ratio=0.0)))
    assert never not in found
    assert "猪圈" in found or "故意杀人罪" in found


def test_no_keyword_holds_space_brackets_or_withheld_names(real_articles: list[Article]) -> None:
    bad = re.compile(r"[\s（）()，。；：]|某")
    for article in real_articles:
        for word in words(extract_keywords(article, top=20)):
            assert not bad.search(word), (article.title, word)


def test_terms_the_article_opens_with_rank_above_later_ones() -> None:
    # two equally rare terms, each said three times: the one in the lead outranks the one in the tail
    filler = "会议还听取了有关部门的情况汇报，研究部署了下一阶段的重点任务。" * 12
    body = f"本市启动湿地保护修复工程，湿地保护修复工程覆盖五个区，湿地保护修复工程预计年底完工。\n{filler}\n"
    body += "会上还通报了候鸟栖息地监测情况，候鸟栖息地监测已设点40个，候鸟栖息地监测数据将公开。"
    article = Article(page="p", article=1, title="全市生态工作会议召开", body=body)
    kw = extract_keywords(article, entities=(), weights=Weights(off_front=0.6, keep_ratio=0.0))
    weight = {k.word: k.weight for k in kw.keywords}
    front = next(w for k, w in weight.items() if "湿地" in k)
    tail = max((w for k, w in weight.items() if "候鸟" in k), default=0.0)
    assert front > tail


@pytest.mark.parametrize(("typ", "word"), [("ORG", "华新资本"), ("LOC", "武汉东湖高新区")])
def test_entity_weight_by_type(typ: str, word: str) -> None:
    names = [
        Entity("t.txt", 1, "ORG", "华新资本", "华新资本"),
        Entity("t.txt", 1, "LOC", "武汉东湖高新区", "武汉东湖高新区"),
    ]
    # the hand-set score is what the type weight moves (the learned weight also reads how often editors
    # tagged the string elsewhere, which can leave a top name's weight where it was)
    plain = extract_keywords(FUND, entities=names, weights=Weights(keep_ratio=0.0, learned=False))
    boosted = extract_keywords(
        FUND,
        entities=names,
        weights=Weights(
            keep_ratio=0.0, learned=False, entity_type={"PER": 1.0, "LOC": 1.0, "ORG": 1.0, typ: 1.5}
        ),
    )
    # the name or the listed form of it (东湖高新区, said five times, stands for 武汉东湖高新区, said twice)
    before = next(k.weight for k in plain.keywords if k.word in word or word in k.word)
    after = next(k.weight for k in boosted.keywords if k.word in word or word in k.word)
    assert after > before


# --------------------------------------------------------------------------- learned ranker


@pytest.fixture(scope="module")
def more_articles() -> list[Article]:
    """40 real articles (30 + 10 of two corpora, others than ``real_articles``), title and body only."""
    out = []
    for name, n in (("inews-articles", 30), ("sogou-news-sample", 10)):
        for rec in itertools.islice(corpus_articles(name), 40, 40 + n):
            out.append(Article(page=name, article=len(out) + 1, title=rec["title"], body=rec["body"]))
    return out


def test_shipped_model_matches_the_features() -> None:
    model = _model()
    assert model is not None, f"{MODEL_PATH} missing or trained on other features"
    assert len(model.coef) == len(model.mean) == len(model.scale) == len(FEATURES)
    assert Model.from_json(json.loads(json.dumps(model.to_json()))) == model
    stale = {**model.to_json(), "features": [*FEATURES[:-1], "something_else"]}
    with pytest.raises(ValueError, match="train_keywords"):
        Model.from_json(stale)
    assert 0.0 < model.keep_floor < 1.0 and 1 <= model.keep_min <= 10 and model.pool >= 10


def test_learned_weights_are_sorted_probabilities_without_stop_words(more_articles: list[Article]) -> None:
    from newsmine.keywords import _stopwords

    stop = _stopwords()[0] | BOILERPLATE
    for article in more_articles:
        kw = extract_keywords(article, top=10)
        weights = [k.weight for k in kw.keywords]
        assert weights, article.title
        assert all(0.0 <= x <= 1.0 for x in weights), (article.title, weights)
        assert weights == sorted(weights, reverse=True), article.title
        for w in words(kw):
            assert w not in stop, (article.title, w)
            assert not NUMBERISH.match(w), (article.title, w)


def test_title_terms_rank_high_on_real_articles(more_articles: list[Article]) -> None:
    # an editor tags what the headline is about: one of the first three comes from the title in most articles
    hits = sum(any(w in a.title for w in words(extract_keywords(a, top=3))) for a in more_articles)
    assert hits >= 0.75 * len(more_articles), hits


def test_min_weight_is_a_probability_floor(more_articles: list[Article]) -> None:
    kept = 0
    for article in more_articles[:15]:
        full = extract_keywords(article, top=10)
        half = extract_keywords(article, top=10, min_weight=0.5)
        assert words(half) == [k.word for k in full.keywords if k.weight >= 0.5]
        kept += len(half.keywords)
    # 0.5 means "more likely a keyword than not": some survive, far from all
    assert 0 < kept < 10 * 15


@pytest.mark.parametrize(
    ("article", "word", "feature", "value"),
    [
        (FUND, "武汉东湖高新区", "in_title", 1.0),  # the title's mention goes to the longer phrase
        (FUND, "东湖高新区", "in_title", 0.0),
        (FUND, "长江新材基金", "abbrev", 1.0),
        (FUND, "长江新材基金", "in_title", 0.0),
        (SERVICE, "一码服务", "quoted", 1.0),
        (SERVICE, "一码服务", "in_title", 1.0),
        (CARBON, "海洋碳汇", "tokens", 2.0),
        (CARBON, "海洋碳汇", "phrase", 1.0),
        (CARBON, "厦门", "pos_ns", 1.0),
        (CARBON, "厦门", "two_char", 1.0),
        (CARBON, "红树林", "once", 1.0),
        (CARBON, "厦门", "once", 0.0),
        (SERVICE, "一网通办", "quoted", 1.0),  # in the kicker: a headline zone counts as title
        (SERVICE, "一网通办", "in_title", 1.0),
    ],
)
def test_candidate_features(article: Article, word: str, feature: str, value: float) -> None:
    from newsmine.keywords import _Extractor

    ex = _Extractor(article, WEIGHTS, frozenset(), ())
    pool = ex.pool()
    row = next(i for i, x in enumerate(pool) if x[1] == word)
    x = feature_matrix(ex.raw_features(pool))
    assert x.shape == (len(pool), len(FEATURES))
    assert x[row, FEATURES.index(feature)] == pytest.approx(value)


def _one_feature_model(feature: str, coef: float) -> Model:
    n = len(FEATURES)
    k = FEATURES.index(feature)
    return Model(
        coef=tuple(coef if i == k else 0.0 for i in range(n)),
        intercept=0.0,
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        pool=30,
        keep_min=10,
        keep_floor=0.0,
    )


@pytest.mark.parametrize(
    ("feature", "coef", "check"),
    [
        # a model that only likes title words puts them first
        ("in_title", 6.0, lambda a, got: all(w in f"{a.kicker}{a.title}{a.subtitle}" for w in got[:2])),
        # one that only likes length puts the longest candidate first
        ("chars", 3.0, lambda a, got: len(got[0]) == max(len(w) for w in got)),
        # one that dislikes the title keeps title-only words out of the first place
        ("in_title", -6.0, lambda a, got: got[0] not in f"{a.kicker}{a.title}{a.subtitle}"),
    ],
)
def test_the_model_decides_the_order(feature: str, coef: float, check) -> None:
    use_model(_one_feature_model(feature, coef))
    try:
        for article in MINE:
            got = words(extract_keywords(article, top=10, entities=()))
            assert got and check(article, got), (feature, coef, got)
    finally:
        use_model(None)


def test_hand_set_ranking_is_the_fallback() -> None:
    hand = rank_article(FUND, entities=(), weights=Weights(learned=False), limit=10)
    learned = rank_article(FUND, entities=(), limit=10)
    assert hand and learned
    assert {w for w, _ in hand[:3]} & {w for w, _ in learned[:5]}
    assert all(0.0 < x < 1.0 for _, x in hand + learned)


def test_corpus_records_keep_their_shape(more_articles: list[Article]) -> None:
    some = more_articles[24:36]
    recs = corpus_keywords(some, by="page", top=15)
    assert [r.group for r in recs] == ["inews-articles", "sogou-news-sample"]
    for rec in recs:
        n = sum(a.page == rec.group for a in some)
        assert rec.article is None and 0 < len(rec.keywords) <= 15
        for k in rec.keywords:
            assert isinstance(k, CorpusKeyword)
            assert 0.0 < k.weight <= 1.0 and 1 <= k.df <= n
            assert k.total_weight == pytest.approx(k.weight * n, abs=2e-3)


def _candidates(title: str, body: str) -> list[str]:
    """Every candidate of an article (no entity names, so only the keyword module is exercised)."""
    return [w for w, _ in rank_article(Article(page="t.txt", article=1, title=title, body=body), entities=())]


# A keyphrase that candidates() drops (ends in a verb and is said only twice; all generic words) must not
# take the mentions of the term it holds: that term would then never be a candidate.
@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "金融活水浇灌实体经济",
            "今年以来，全市金融机构持续为实体经济输血，信贷投放同比增长。"
            "银行负责人表示，为实体经济输血是金融工作的根本，也是防范风险的根本举措。",
            "实体经济",
        ),
    ],
)
def test_dropped_phrases_do_not_swallow_their_terms(title: str, body: str, expected: str) -> None:
    assert expected in _candidates(title, body)


# A two-character verb may open a two-word term ending in a plain noun (event and body names); a longer
# verb-led run stays a clause, not a keyphrase.
@pytest.mark.parametrize(
    ("title", "body", "expected", "not_expected"),
    [
        (
            "一起爆炸事故致三人受伤",
            "昨日下午，位于开发区的一家化工厂昨天出现一起爆炸事故，三名工人受伤送医。"
            "爆炸事故发生后，应急管理部门第一时间赶赴现场，事故原因正在调查中。",
            "爆炸事故",
            "发生爆炸事故",
        ),
        (
            "市公安局禁毒大队捣毁一处窝点",
            "近日，市公安局禁毒大队根据线索，在城郊一处出租房内抓获涉毒人员五名。"
            "禁毒大队民警现场缴获毒品若干，案件正在进一步侦办中。",
            "禁毒大队",
            "抓获涉毒人员",
        ),
        (
            "志愿者暑期陪伴留守儿童",
            "暑假期间，大学生志愿者走进山区，为留守儿童开设美术和阅读课程。"
            "不少留守儿童的父母常年在外务工，志愿者的陪伴让孩子们度过了充实的假期。",
            "留守儿童",
            "开设美术",
        ),
        (
            # an everyday transitive verb before its object is a clause, however often it is said
            "两车司机发生口角后互殴被拘",
            "两辆出租车在路口发生剐蹭，两名司机随即发生口角并扭打在一起。民警赶到后依法采取强制措施，"
            "两人因发生口角互殴被行政拘留五日。警方对两人依法采取强制措施后，提醒司机文明驾驶。",
            "行政拘留",
            "发生口角",
        ),
    ],
)
def test_verb_led_two_word_terms(title: str, body: str, expected: str, not_expected: str) -> None:
    found = _candidates(title, body)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("word", "tag", "expected"),
    [
        ("微博", "a", "nz"),  # a rare word jieba tags as an adjective: a noun
        ("性侵", "vg", "nz"),  # a rare verb morpheme: a noun
        ("碳汇", "v", "nz"),
        ("积极", "a", "a"),  # common adjectives, verbs and adverbs keep their tag
        ("推动", "v", "v"),
        ("进一步", "d", "d"),
        ("元旦", "t", "nz"),  # a time word naming a day is a noun
        ("今年", "t", "t"),  # clock and calendar words stay time words
        ("三月", "t", "t"),
        ("上午", "t", "t"),
        ("高速", "d", "n"),  # listed nouns jieba tags as adverbs (data/keywords_adverb_nouns.txt)
        ("立法", "d", "n"),
        ("大连", "d", "ns"),  # a listed place keeps a place tag
        ("不断", "d", "d"),  # real adverbs stay adverbs
        ("同步", "d", "d"),  # mostly adverbial in news (同步推进): not listed
    ],
)
def test_mis_tagged_words_read_as_nouns(word: str, tag: str, expected: str) -> None:
    from newsmine.keywords import _pos

    assert _pos(word, tag) == expected


# 高速 (tagged d) no longer breaks a keyphrase; a name-tagged word that is no likely person name opens a
# term ending in a common noun; a two-word verb-led term may end in a generic noun (计划, 人员).
@pytest.mark.parametrize(
    ("title", "body", "expected", "not_expected"),
    [
        (
            "京昆高速发生多车追尾",
            "昨日清晨，京昆高速四川段因团雾发生多车追尾事故，造成两人受伤。"
            "事故发生后，京昆高速该路段一度实行交通管制，车辆排起长队。",
            "京昆高速",
            "",
        ),
        (
            "雾天行车请减速慢行",
            "连日来，辖区多条道路出现团雾天气。高速交警迅速赶到现场处置，并在沿线设置警示标志。"
            "高速交警提醒广大司机，雾天行车务必减速慢行、保持车距。",
            "高速交警",
            "",
        ),
        (
            "西成铁路全线贯通",
            "西成铁路是连接西安和成都的快速通道。西成铁路开通后，两地间最短旅行时间大幅缩短，"
            "沿线群众出行更加便捷。",
            "西成铁路",
            "",
        ),
        (
            "银行加大对小微企业信贷支持",
            "今年以来，该行设立小微企业金融部，专门服务小微企业融资需求，全年向小微企业发放贷款超百亿元。",
            "小微企业",
            "",
        ),
        (
            "市公安局开展集中清查行动",
            "行动中，民警共查获吸毒人员十二名，吸毒人员均已依法处理。"
            "警方表示，将持续加大对吸毒人员的排查管控力度。",
            "吸毒人员",
            "",
        ),
        (
            "省考公务员录用计划公布",
            "今年全省公务员考试录用计划已经公布，录用计划共涉及三千余个职位。"
            "考生可登录网站查询录用计划详情。",
            "录用计划",
            "",
        ),
        (
            # a likely person name followed by a title is a person, never a keyphrase
            "张伟书记调研乡村振兴工作",
            "日前，张伟书记来到城阳区调研。张伟书记强调，要把乡村振兴工作抓实抓细。",
            "",
            "张伟书记",
        ),
    ],
)
def test_phrases_across_mis_tagged_openers_and_heads(
    title: str, body: str, expected: str, not_expected: str
) -> None:
    found = _candidates(title, body)
    if expected:
        assert expected in found
    if not_expected:
        assert not_expected not in found


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("张伟", True),  # surname + listed given-name characters
        ("王芳", True),
        ("小微", False),  # 小 is no surname
        ("西成", False),
        ("华裔", False),  # 裔 is no given-name character
        ("敬老", False),
    ],
)
def test_likely_person_names(word: str, expected: bool) -> None:
    from newsmine.keywords import _likely_person

    assert _likely_person(word) is expected


@pytest.mark.parametrize(
    ("name", "places"),
    [
        ("四川省泸州市叙永县分水镇", ("四川省", "泸州市", "叙永县", "分水镇")),
        ("扬州市江都区小纪镇", ("扬州市", "江都区", "小纪镇")),  # 扬州市, not 扬州 + 市江都区
        ("莱西市河头店镇", ("莱西市", "河头店镇")),
        ("浙江省绍兴市诸暨市", ("浙江省", "绍兴市", "诸暨市")),
        ("自治县江龙镇", ("江龙镇",)),  # a cut through …自治县 is no place
        ("沙市区", ("沙市区",)),  # one place with 市 inside
        ("市北区", ("市北区",)),
        ("青岛高新区", ("青岛高新区",)),
        ("胶州湾", ("胶州湾",)),  # not a chain
    ],
)
def test_place_chains_are_cut_into_places(name: str, places: tuple[str, ...]) -> None:
    assert _place_chain(name) == places


def test_an_address_chain_is_listed_as_its_places() -> None:
    body = (
        "记者从四川省泸州市叙永县分水镇获悉，分水镇油纸伞传习所近日开馆。"
        "分水镇是油纸伞之乡，叙永县将依托油纸伞传习所发展文旅产业。"
        "叙永县文旅局介绍，油纸伞传习所全年免费开放。"
    )
    article = Article(page="p", article=1, title="分水镇油纸伞传习所开馆", body=body)
    names = [Entity("p", 1, "LOC", "四川省泸州市叙永县分水镇", "四川省泸州市叙永县分水镇")]
    got = words(extract_keywords(article, entities=names))
    assert not any("市叙永县" in w or "县分水镇" in w for w in got), got
    assert "叙永县" in got, got  # a place of the chain, said on its own too


@pytest.mark.parametrize(
    ("text", "media"),
    [
        ("中新网12月18日电 据香港《大公报》报道，香港警方12日拘捕两名男子。", ["大公报"]),
        ("据法新社报道，经济部长勒梅尔宣布了一套计划。", ["法新社"]),
        ("据21世纪经济报道，截至2017年9月底，应付职工薪酬大幅上升。", []),  # no media ending: kept
        ("该计划覆盖全市中小学校。 来源：鲁中网-鲁中晨报", ["鲁中网"]),
        ("网贷天眼讯 12月17日消息，兰州警方打掉一个犯罪团伙。", ["网贷天眼"]),
        ("普京说，恐怖分子每次射杀10人（俄罗斯卫星网）。", ["俄罗斯卫星网"]),
        ("省政府批复同意。  现代快报记者鹿伟 通报称", ["现代快报"]),
        ("根据《道路交通安全法》，民警对两人均处罚100元。", []),  # a law, not a source
        ("据了解，证据显示该公司未按期兑付。", []),
    ],
)
def test_cited_media(text: str, media: list[str]) -> None:
    assert _cited_media(text) == media


def test_a_cited_medium_is_no_keyword_but_its_place_is() -> None:
    body = (
        "来源：自贡网\n自贡市荣县2月24日发生4.7级地震，自贡震感强烈。"
        "地震造成荣县高山镇部分房屋损坏，自贡市应急局已派出工作组。荣县高山镇群众已妥善安置。"
    )
    article = Article(page="p", article=1, title="自贡荣县发生4.7级地震", body=body)
    got = words(extract_keywords(article, entities=()))
    assert not any("自贡网" in w for w in got), got
    assert any(kw_match(w, "自贡") for w in got), got


def _total(text: str):
    return text.count


@pytest.mark.parametrize(
    ("text", "ranked", "kept"),
    [
        # a kind of the thing, said on its own too: two keywords
        ("物流客栈 客栈 客栈 客栈", ["物流客栈", "客栈"], ["物流客栈", "客栈"]),
        # the place with its office (淄博市地震局) beside the office said on its own
        ("淄博市地震局 地震局 地震局", ["淄博市地震局", "地震局"], ["淄博市地震局", "地震局"]),
        # a longer copy that opens with the shorter term: the better one only
        (
            "上合示范区综合改革 上合示范区 上合示范区",
            ["上合示范区综合改革", "上合示范区"],
            ["上合示范区综合改革"],
        ),
        # a fragment said only inside a quoted name (英才 of 青聚英才)
        ("“青聚英才” “青聚英才”", ["青聚英才", "英才"], ["青聚英才"]),
        # the shorter covers 60% of the longer: one keyword
        ("东湖高新区 东湖高新区 武汉东湖高新区", ["东湖高新区", "武汉东湖高新区"], ["东湖高新区"]),
    ],
)
def test_dedupe_keeps_two_things_and_drops_copies(text: str, ranked: list[str], kept: list[str]) -> None:
    pairs = [(w, 1.0 - i / 10) for i, w in enumerate(ranked)]
    got = _dedupe(pairs, total=text.count, apart=WEIGHTS.apart)
    assert [w for w, _ in got] == kept


@pytest.mark.parametrize(
    ("title", "body", "never"),
    [
        (
            "男子醉驾撞伤两人被判刑",
            "被告人张某醉酒后驾车撞伤两名行人。法院审理认为，被告人张某构成危险驾驶罪。"
            "被告人张某当庭认罪，被害人家属表示谅解。被告人张某被判处拘役四个月。",
            "被告人",
        ),
        (
            "一季度全市居民收入稳步增长",
            "一季度全市居民人均可支配收入10308元，同比增长8.7%。城镇居民人均可支配收入同比增长8.0%，"
            "农村居民人均可支配收入同比增长9.9%，人均消费支出同比增长10.9%。",
            "同比增长",
        ),
    ],
)
def test_roles_and_report_phrases_are_never_keywords(title: str, body: str, never: str) -> None:
    article = Article(page="p", article=1, title=title, body=body)
    assert never not in words(extract_keywords(article, entities=()))


# Collocations (issue 7, third round): two adjacent words the tag rules do not join become a keyphrase when
# said three times as a bounded unit; pieces of one repeated clause, a person with a title, an everyday
# verb before its object and a pair said twice stay out.
@pytest.mark.parametrize(
    ("title", "body", "expected", "not_expected"),
    [
        (
            "扫黑除恶专项斗争推进会召开",
            "会议指出，扫黑除恶专项斗争开展以来，全市共打掉涉黑组织三个。下一步要把扫黑除恶与基层治理"
            "结合起来，确保扫黑除恶取得实效。",
            "扫黑除恶",
            "确保扫黑除恶",
        ),
        (
            "温州一处民房倒塌 多人被困",
            "今天上午，鹿城区一处民房倒塌，消防赶到现场搜救。据了解，民房倒塌时屋内有六人。"
            "住建部门表示，将排查老旧民房，防止再次发生民房倒塌。",
            "民房倒塌",
            "发生民房倒塌",
        ),
        (
            "醉酒乘客拉扯公交司机被拘",
            "一名醉酒乘客拉扯公交司机，车辆险些失控。警方称，醉酒乘客拉扯公交司机危害公共安全，"
            "当晚醉酒乘客拉扯公交司机的视频在网上流传。",
            "公交司机",
            "乘客拉扯",
        ),
        (
            "张伟书记调研乡村振兴",
            "日前，张伟书记来到城阳区调研。张伟书记强调，要把乡村振兴抓实抓细。张伟书记还看望了驻村干部。",
            "城阳区",
            "张伟书记",
        ),
        (
            "一起盗刷案告破",
            "犯罪嫌疑人冒名补卡后盗刷他人存款。警方提醒，冒名补卡多发生在夜间，发现手机突然无信号要警惕。",
            "冒名",
            "冒名补卡",
        ),
    ],
)
def test_collocations_become_keyphrases(title: str, body: str, expected: str, not_expected: str) -> None:
    found = _candidates(title, body)
    assert expected in found
    assert not_expected not in found


def test_collocations_off_by_weight() -> None:
    # pair_min_count = 0 turns the collocation test off: the verb-verb compound is no candidate then
    art = Article(
        page="t.txt",
        article=1,
        title="扫黑除恶专项斗争推进会召开",
        body="会议指出，扫黑除恶专项斗争开展以来成效明显。要把扫黑除恶与基层治理结合起来，确保扫黑除恶取得实效。",
    )
    on = [w for w, _ in rank_article(art, entities=())]
    off = [w for w, _ in rank_article(art, entities=(), weights=Weights(pair_min_count=0))]
    assert "扫黑除恶" in on
    assert "扫黑除恶" not in off


# A generic head of data/keywords_soft_heads.txt (平台, 环境, 项目) ends a two-word term after a rare
# enough noun (readers tag 网贷平台, 营商环境, 旅游项目); after a common noun (社会环境) it stays a
# phrase of no term, and the other weak heads (领域, 问题, titles of office) never end one.
@pytest.mark.parametrize(
    ("title", "body", "expected", "not_expected"),
    [
        (
            "多家网贷平台相继爆雷",
            "近期多家网贷平台相继爆雷，网贷平台的兑付风险引发投资者关注。监管部门提醒，"
            "出借人应当核实平台资质，谨防高息诱惑。",
            "网贷平台",
            "",
        ),
        (
            "营商环境持续改善 市场主体明显增加",
            "今年以来，我市营商环境持续改善，新登记市场主体同比明显增加。企业普遍反映，营商环境的改善"
            "让办事少跑腿、少花钱。",
            "营商环境",
            "",
        ),
        (
            "海滨旅游项目建设提速",
            "今年以来，全市旅游项目建设提速，前五个月旅游项目完成投资十亿元，多个海岛度假区开工。",
            "旅游项目",
            "",
        ),
        (
            # 社会 is too common a modifier: 社会环境 is no term
            "社区志愿服务蔚然成风",
            "社会环境整体向好，志愿者走进社区开展服务。社会环境不断优化，邻里互助成为新风尚。",
            "",
            "社会环境",
        ),
        (
            # 问题 is a weak head that never ends a term, however rare the noun before it
            "老旧小区加装电梯问题有望破解",
            "老旧小区加装电梯一直是居民关心的难题，电梯问题牵涉低层住户利益。市住建局表示，"
            "将出台补贴办法，破解电梯问题。",
            "",
            "电梯问题",
        ),
    ],
)
def test_soft_generic_heads_end_two_word_terms(
    title: str, body: str, expected: str, not_expected: str
) -> None:
    found = _candidates(title, body)
    if expected:
        assert expected in found
    if not_expected:
        assert not_expected not in found


def test_soft_heads_are_weak_heads() -> None:
    from newsmine.keywords import _soft_heads, _weak_heads

    # a soft head relaxes the weak-head rule: a word outside that list needs no exception
    assert _soft_heads() and _soft_heads() <= _weak_heads()
    assert not {"领域", "问题", "书记"} & _soft_heads()


# --------------------------------------------------------------------------- issue 7, sixth pass: ranking


def _pool_matrix(article: Article) -> np.ndarray:
    from newsmine.keywords import _Extractor

    ex = _Extractor(article, WEIGHTS, frozenset(), ())
    return feature_matrix(ex.raw_features(ex.pool()[:30]))


@pytest.mark.parametrize("article", [FUND, SERVICE, CARBON, Article(**HARBOUR)])
@pytest.mark.parametrize("mode", ["z", "zcat", "rank", "rankcat"])
def test_features_set_against_the_pool(article: Article, mode: str) -> None:
    x = _pool_matrix(article)
    rel = relative_matrix(x, mode)
    n = x.shape[1]
    assert rel.shape == (len(x), 2 * n if mode.endswith("cat") else n)
    if mode.endswith("cat"):
        assert np.array_equal(rel[:, :n], x)  # the values stay, the pool-relative columns follow
    part = rel[:, -n:]
    if mode.startswith("z"):
        assert np.allclose(part.mean(axis=0), 0.0)
        varies = x.std(axis=0) > 1e-9
        assert np.allclose(part.std(axis=0)[varies], 1.0)
        assert np.allclose(part[:, ~varies], 0.0)  # a constant column says nothing within the article
    else:
        assert part.min() >= 0.0 and part.max() <= 1.0
    # within the pool the order of every column is kept: a higher value never gets a lower score
    for k in range(n):
        order = np.argsort(x[:, k], kind="stable")
        assert np.all(np.diff(part[order, k]) >= -1e-12), FEATURES[k]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ([0.0, 1.0, 1.0, 0.0], [1 / 6, 5 / 6, 5 / 6, 1 / 6]),  # a binary feature: two levels, ties share
        ([3.0, 1.0, 2.0], [1.0, 0.0, 0.5]),
        ([5.0, 5.0, 5.0], [0.5, 0.5, 0.5]),  # all tied: the middle
        ([7.0], [0.0]),  # a pool of one
    ],
)
def test_mid_rank_share(column: list[float], expected: list[float]) -> None:
    got = relative_matrix(np.array(column)[:, None], "rank")[:, 0]
    assert got.tolist() == pytest.approx(expected)


def test_unknown_relative_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="relative"):
        relative_matrix(np.zeros((3, 2)), "percentile")


def test_a_pool_relative_model_gives_stable_probabilities() -> None:
    shipped = _model()
    assert shipped is not None
    n = len(FEATURES)
    # the shipped coefficients on the values, and a liking for whatever is high in this article's idf
    k = FEATURES.index("idf")
    model = Model(
        coef=(*shipped.coef, *(1.5 if i == k else 0.0 for i in range(n))),
        intercept=shipped.intercept,
        mean=(*shipped.mean, *(0.0,) * n),
        scale=(*shipped.scale, *(1.0,) * n),
        relative="zcat",
    )
    assert Model.from_json(json.loads(json.dumps(model.to_json()))) == model
    use_model(model)
    try:
        for article in MINE:
            first = rank_article(article, entities=(), limit=10)
            again = rank_article(article, entities=(), limit=10)
            assert first == again  # the same article, the same order and weights
            weights = [x for _, x in first]
            assert all(0.0 <= x <= 1.0 for x in weights) and weights == sorted(weights, reverse=True)
    finally:
        use_model(None)


def _trainer():
    import importlib.util

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("train_keywords", root / "training" / "train_keywords.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("names", [["bogus"], ["in_title", "no_such_feature"], ["kp", "KP_BACK"]])
def test_trainer_drop_rejects_unknown_features_before_training(names: list[str]) -> None:
    tk = _trainer()
    with pytest.raises(SystemExit) as err:
        tk.main(["--dry-run", "--drop", *names])
    assert err.value.code == 2  # argparse's usage error, raised before any article is read


@pytest.mark.parametrize("objective", ["pointwise", "pairwise"])
@pytest.mark.parametrize("relative", ["", "zcat"])
def test_trainer_objectives_learn_a_planted_order(objective: str, relative: str) -> None:
    from newsmine.keywords import RAW_FEATURES, _Extractor

    tk = _trainer()
    # real pools of real and own articles; "gold" = the candidates that are in a headline zone
    articles = [*MINE, Article(**HARBOUR)]
    articles += [
        Article(page=n, article=1, title=r["title"], body=r["body"])
        for n in ("inews-articles", "sogou-news-sample")
        for r in itertools.islice(corpus_articles(n), 100, 108)
    ]
    data = []
    for a in articles:
        ex = _Extractor(a, WEIGHTS, frozenset(), ())
        head = ex.pool()[:30]
        rows = ex.raw_features(head)
        labels = np.array(
            [r[RAW_FEATURES.index("n_title")] + r[RAW_FEATURES.index("n_head")] > 0 for r in rows]
        )
        data.append((np.asarray(rows, dtype=float), labels.astype(float)))
    model = tk.fit(data, 1.0, 30, None, relative, objective)
    assert model.relative == relative
    k = FEATURES.index("in_title")
    assert model.coef[k] == max(model.coef[: len(FEATURES)])  # the planted feature leads
    for rows, labels in data:
        p = model.predict(rows)
        assert np.all((p >= 0) & (p <= 1))
        # calibrated: the headline candidates weigh more than the rest in every article that has both
        if labels.any() and not labels.all():
            assert p[labels > 0].min() > p[labels == 0].max()
    # calibrated on the training rows: the mean weight is near the share of gold candidates
    all_p = np.concatenate([model.predict(rows) for rows, _ in data])
    all_y = np.concatenate([labels for _, labels in data])
    assert abs(all_p.mean() - all_y.mean()) < 0.05


# --------------------------------------------------------------------------- issue 7, sixth pass: cost


def test_spread_counts_the_body_fifths_a_word_is_said_in() -> None:
    from newsmine.keywords import RAW_FEATURES, _Extractor

    # five paragraphs of one length: 冷链 in the first and the last, 仓储 in every one
    paras = [
        "冷链物流园区今年新建仓储设施，仓储能力明显提升。",
        "园区管委会介绍，仓储由专人管理，采用自动分拣系统。",
        "周边农户的蔬菜水果进入仓储环节后损耗下降两成。",
        "物流企业表示，仓储费用比去年同期略有下降趋势。",
        "下一步园区将扩大冷链运输规模，完善仓储服务网。",
    ]
    article = Article(page="p", article=1, title="园区物流设施建设提速", body="".join(paras))
    ex = _Extractor(article, WEIGHTS, frozenset(), ())
    pool = ex.pool()
    rows = {x[1]: r for x, r in zip(pool, ex.raw_features(pool), strict=True)}
    spread = RAW_FEATURES.index("spread")
    assert rows["仓储"][spread] == pytest.approx(1.0)
    assert rows["冷链"][spread] == pytest.approx(0.4)
    # the per-article count serves both the scores and the features: it agrees with the fifths' sets
    fifths = ex.fifths_of()
    for word in set().union(*ex.s_fifths):
        assert fifths[word] == sum(word in f for f in ex.s_fifths), word


@pytest.mark.parametrize(
    ("head", "medium"),
    [
        ("中新网温州10月11日电 (记者 李婷婷)10月10日凌晨", "中新网"),
        ("金羊网讯 记者张华报道：广州今年", "金羊网"),
        ("荆楚网消息（记者 王明）昨日", None),  # 消息 is no dateline mark
        ("本市今年新增绿地面积120万平方米", None),
    ],
)
def test_body_media_names_behind_the_quick_test(head: str, medium: str | None) -> None:
    from newsmine.keywords import _BODY_MEDIA, _BODY_MEDIA_END

    found = [m.group(1) for m in _BODY_MEDIA.finditer(head) if len(m.group(1)) >= 3]
    assert (medium in found) if medium else not found
    assert bool(_BODY_MEDIA_END.search(head)) == bool(list(_BODY_MEDIA.finditer(head)))


def test_the_quick_media_test_never_hides_a_match() -> None:
    from newsmine.keywords import _BODY_MEDIA, _BODY_MEDIA_END

    heads = [r["body"][:300] for n in ("inews-articles", "sogou-news-sample") for r in corpus_articles(n)]
    matched = [h for h in heads if _BODY_MEDIA.search(h)]
    assert matched  # the corpus has datelines (中新网…电)
    assert all(_BODY_MEDIA_END.search(h) for h in matched)
    # and it is a real filter: many bodies open without one
    assert sum(1 for h in heads if not _BODY_MEDIA_END.search(h)) > len(heads) // 5


# --------------------------------------------------------------------------- issue 7, seventh pass: keyphraseness

# pools of three own articles: (candidate, tagged by the editor)
_KP_ARTICLES = [
    [("以工代赈", True), ("乡村振兴", True), ("项目", False), ("滨河新区", True)],
    [("以工代赈", True), ("务工收入", True), ("项目", False), ("高新区", False)],
    [("以工代赈", False), ("乡村振兴", True), ("工作", False), ("经开区", True)],
]


@pytest.mark.parametrize(
    ("word", "keys"),
    [
        ("以工代赈", ("w:以工代赈", "h:代赈", "c:赈")),
        ("高新区", ("w:高新区", "h:新区", "c:区")),
        ("项目", ("w:项目", "c:目")),
        ("局", ("w:局", "c:局")),
    ],
)
def test_keyphraseness_keys_back_off_to_head_and_last_character(word: str, keys: tuple[str, ...]) -> None:
    from newsmine.keywords import kp_keys

    assert kp_keys(word) == keys


def test_keyphraseness_lookups() -> None:
    from newsmine.keywords import Keyphraseness

    table = Keyphraseness.build(_KP_ARTICLES)
    assert table.counts["w:以工代赈"] == (2, 3) and table.counts["*"] == (7, 12)
    kp = {w: table.lookup(w) for w in ("以工代赈", "乡村振兴", "项目", "工作", "开发区", "图书馆")}
    assert kp["乡村振兴"][1] == 2 and kp["图书馆"][1] == 0  # times the string itself was seen
    assert kp["乡村振兴"][0] > kp["以工代赈"][0] > kp["项目"][0]  # tagged 2 of 2, 2 of 3, 0 of 2
    assert kp["项目"][0] < table.prior < kp["乡村振兴"][0]
    # an unseen string borrows its head's rate (开发区: 区 was tagged 2 of 3 times; 图书馆: nothing known)
    assert kp["开发区"][0] > kp["图书馆"][0]
    assert kp["图书馆"][2] == pytest.approx(kp["图书馆"][0])  # unseen: the estimate is its back-off
    assert all(0.0 < p < 1.0 for p, _, _ in kp.values())


def test_keyphraseness_leave_one_out_equals_a_table_without_the_article() -> None:
    from newsmine.keywords import Keyphraseness, _kp_counts

    full = Keyphraseness.build(_KP_ARTICLES)
    for i, own in enumerate(_KP_ARTICLES):
        without = Keyphraseness.build(a for j, a in enumerate(_KP_ARTICLES) if j != i)
        for word in ("以工代赈", "乡村振兴", "项目", "滨河新区", "经开区", "图书馆"):
            assert full.lookup(word, _kp_counts([own])) == pytest.approx(without.lookup(word))


def test_keyphraseness_table_round_trip_and_empty_table() -> None:
    from newsmine.keywords import Keyphraseness

    table = Keyphraseness.build(_KP_ARTICLES)
    again = Keyphraseness.from_tsv(table.to_tsv())
    assert again.counts == table.counts and again.lookup("以工代赈") == table.lookup("以工代赈")
    empty = Keyphraseness()
    p, seen, back = empty.lookup("以工代赈")
    assert seen == 0 and p == pytest.approx(back) and 0.2 < p < 0.3


def test_shipped_keyphraseness_table_is_used_for_the_features() -> None:
    from newsmine.keywords import RAW_FEATURES, Keyphraseness, _Extractor, _shipped_kp, use_keyphraseness

    shipped = _shipped_kp()
    assert shipped.counts["*"][1] > 1000  # built from the training pools, not empty
    ex = _Extractor(FUND, WEIGHTS, frozenset(), ())
    head = ex.pool()[:30]
    k = RAW_FEATURES.index("kp")
    rows = ex.raw_features(head)
    assert [r[k : k + 3] for r in rows] == [shipped.lookup(word) for _, word, _, _ in head]
    # a table that saw 基金 tagged everywhere lifts its feature; the override is the trainer's fold table
    use_keyphraseness(Keyphraseness.build([[("基金", True)]] * 20))
    try:
        lifted = {x[1]: r[k] for x, r in zip(head, ex.raw_features(head), strict=True)}
    finally:
        use_keyphraseness(None)
    assert lifted["基金"] > 0.9


def test_trainer_keyphraseness_never_scores_an_article_with_its_own_labels() -> None:
    from newsmine.keywords import RAW_FEATURES

    tk = _trainer()
    n = len(RAW_FEATURES)
    words = [[w for w, _ in a] for a in _KP_ARTICLES]
    data = [(np.zeros((len(a), n)), np.array([g for _, g in a], dtype=float)) for a in _KP_ARTICLES]
    table = tk.kp_table(data, words, [0, 1, 2])
    loo = tk.with_kp(data, words, [0, 1, 2], table, leave_out=True)
    k = RAW_FEATURES.index("kp")
    # 滨河新区 is said in article 0 only: left out, it is unseen there (back-off only)
    row = words[0].index("滨河新区")
    assert loo[0][0][row, k + 1] == 0
    # 以工代赈 in article 2 (not tagged there): the other two tagged it, so its feature is the 2-of-2 rate
    other = tk.kp_table(data, words, [0, 1])
    assert loo[2][0][words[2].index("以工代赈"), k] == pytest.approx(other.lookup("以工代赈")[0])
    plain = tk.with_kp(data, words, [0], table, leave_out=False)
    assert plain[0][0][row, k + 1] == 1
    assert data[0][0][row, k] == 0  # the input rows are not changed in place
