"""Using newsmine as a library: split a page, extract everything, and look at it in pandas.

Run from the project root:  python examples/library.py seeds/000_07dec771a2603ee3.txt
"""

from __future__ import annotations

import sys

import newsmine


def main(paths: list[str]) -> int:
    articles, failed = [], 0
    for page in newsmine.read_pages(paths):
        if isinstance(page, newsmine.InputError):
            print(f"newsmine: {page}", file=sys.stderr)
            failed = 1
            continue
        articles.extend(newsmine.split_page(page.text, page=page.path))

    facts = [fact for article in articles for fact in newsmine.extract_facts(article)]
    entities = [entity for article in articles for entity in newsmine.extract_entities(article)]
    frame = newsmine.to_frame(facts)
    print(f"{len(articles)} articles, {len(facts)} facts, {len(entities)} entities")
    if not frame.empty:
        print(frame.groupby("kind")["value"].count().to_string())
    corpus = newsmine.extract_keywords(articles, top=5)
    print("corpus keywords:", "、".join(k.word for k in corpus.keywords))
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["seeds"]))
