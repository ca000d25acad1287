"""The ranking table on the realistic corpus of the benchmark (bench/corpus.py), through the real
pipeline: the two rarest words of an article's body find that article first, and an entity's full name
finds that entity first, for pages picked from the corpus by rule (not by hand)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.search import make_corpus
from generator import pipeline
from generator.config import load_config
from generator.model import KnowledgeBase
from generator.search.documents import SearchDoc, documents, term_codes
from generator.search.fold import STOPWORDS, tokens
from tests.browser.entities_support import Tab, tab  # noqa: F401 - the fixture is used by name
from tests.browser.search_support import run_search
from tests.sample import serve_directory
from tests.search.site import write_search_site

pytestmark = pytest.mark.browser
ARTICLES = 40
PICKS = 4  # pages of each kind checked


@pytest.fixture(scope="module")
def realistic(tmp_path_factory: pytest.TempPathFactory) -> tuple[KnowledgeBase, Path]:
    project = make_corpus(tmp_path_factory.mktemp("realistic") / "project", ARTICLES)
    kb = pipeline.gather(load_config(project))
    return kb, write_search_site(kb, tmp_path_factory.mktemp("realistic-site")).parent


def _unique_body_words(docs: list[SearchDoc]) -> list[tuple[str, str]]:
    """(two words, article) for articles whose body alone holds both of its two rarest words that
    are in no title and no entity's page (the templated prose repeats its words, so one rare word
    is seldom the article's own)."""
    pages: dict[str, set[str]] = {}
    for doc in docs:
        for term in term_codes(doc)[1]:
            pages.setdefault(term, set()).add(doc.path)
    named = {t for doc in docs if doc.kind != "article" for t in term_codes(doc)[1]}
    picks = []
    for doc in (d for d in docs if d.kind == "article"):
        title = set(tokens(doc.title))
        words = [t for t in term_codes(doc)[1] if t not in title and t not in named and len(t) > 3 and t.isalpha()]
        rare = sorted(words, key=lambda t: (len(pages[t]), t))[:2]
        if len(rare) == 2 and pages[rare[0]] & pages[rare[1]] == {doc.path}:
            picks.append((" ".join(rare) + " ", doc.path))  # a space: whole words, not a prefix
    return picks[:PICKS]


def _unique_names(docs: list[SearchDoc]) -> list[tuple[str, str]]:
    """(name, entity) for the most mentioned entities whose name no other page has as a name."""
    names = Counter(tuple(tokens(name)) for doc in docs for name in doc.names)
    entities = sorted((d for d in docs if d.kind != "article"), key=lambda d: (-d.weight, d.path))
    picks = [
        (doc.title, doc.path)
        for doc in entities
        if names[tuple(tokens(doc.title))] == 1 and not set(tokens(doc.title)) <= STOPWORDS
    ]
    return picks[:PICKS]


@pytest.fixture(scope="module")
def table(realistic: tuple[KnowledgeBase, Path]) -> list[tuple[str, str]]:
    docs = documents(realistic[0])
    rows = _unique_body_words(docs) + _unique_names(docs)
    assert len(rows) == 2 * PICKS, f"the corpus gave too few pages to check: {rows}"
    return rows


@pytest.fixture(scope="module")
def http_root(realistic: tuple[KnowledgeBase, Path]) -> Iterator[str]:
    with serve_directory(realistic[1]) as url:
        yield url


@pytest.mark.parametrize("mode", ["file", "http"])
def test_realistic_ranking_puts_the_expected_page_first(
    tab: Tab,  # noqa: F811 - the imported fixture
    realistic: tuple[KnowledgeBase, Path],
    table: list[tuple[str, str]],
    mode: str,
    request: pytest.FixtureRequest,
) -> None:
    root = request.getfixturevalue("http_root") if mode == "http" else realistic[1].as_uri() + "/"
    tab.goto(root + "index.html")
    wrong: list[Any] = []
    for query, expected in table:
        found = [r.href.removeprefix(root) for r in run_search(tab.page, query)]
        if found[:1] != [expected]:
            wrong.append((query, expected, found[:3]))
    assert wrong == []
    tab.assert_offline_and_clean()
