"""newsmine: text mining for Chinese newspaper pages.

>>> import newsmine
>>> articles = newsmine.split_page(open("seeds/000_07dec771a2603ee3.txt", encoding="utf-8").read())
>>> facts = newsmine.extract_facts(articles[0])

The pipeline is read → split → segment → extract → write; each step is one module.
Importing newsmine is cheap: jieba and pandas load on first use.
"""

from newsmine.entities import extract_entities
from newsmine.errors import InputError, NewsmineError
from newsmine.facts import extract_facts
from newsmine.io import read_pages
from newsmine.keywords import extract_keywords
from newsmine.output import to_frame
from newsmine.records import Article, Byline, Entity, Fact, Keyword, Keywords, Page
from newsmine.split import split_page

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Byline",
    "Entity",
    "Fact",
    "InputError",
    "Keyword",
    "Keywords",
    "NewsmineError",
    "Page",
    "extract_entities",
    "extract_facts",
    "extract_keywords",
    "read_pages",
    "split_page",
    "to_frame",
]
