"""Mentions grouped per article, newest first, each sentence once, paged so every one is reachable."""

from __future__ import annotations

import re

import pytest

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention
from generator.render.environment import make_environment
from generator.render.mentions import (
    ARTICLES_PER_PAGE,
    grouped_mentions,
    mention_pages,
    mentions_page,
    page_links,
    render_mention_subpages,
    sentence_excerpts,
)
from tests.sample import PROJECT_ROOT

BODY = "Kyiv was hit. Kyiv and Kyiv again. Lviv was quiet."


def _article(number: int, date: str) -> Article:
    return Article(
        f"a{number:03d}",
        f"Article {number}",
        date,
        "day" if date else "unknown",
        "Outlet",
        "",
        "",
        f"seeds/a{number}.txt",
        "",
        BODY,
        (),
        (),
    )


def _mention(article: str, start: int, end: int, sentence: tuple[int, int]) -> Mention:
    return Mention(article, "place/kyiv", "place", BODY[start:end], start, end, *sentence, "catalogue", 1.0)


def _kb(dates: list[str]) -> KnowledgeBase:
    articles = tuple(_article(n, date) for n, date in enumerate(dates))
    mentions = tuple(
        m
        for a in articles
        for m in (_mention(a.id, 0, 4, (0, 13)), _mention(a.id, 14, 18, (14, 34)), _mention(a.id, 23, 27, (14, 34)))
    )
    return KnowledgeBase(articles, (Entity("place/kyiv", "place", "Kyiv"),), mentions)


def test_each_sentence_is_shown_once_with_every_mention_highlighted() -> None:
    kb = _kb(["2024-01-01"])
    excerpts = sentence_excerpts(BODY, list(kb.mentions))
    assert excerpts == ["<mark>Kyiv</mark> was hit.", "<mark>Kyiv</mark> and <mark>Kyiv</mark> again."]


def test_a_sentence_the_article_repeats_is_shown_once() -> None:
    body = "Kyiv held. Kyiv held."
    mentions = [
        Mention("a", "place/kyiv", "place", "Kyiv", 0, 4, 0, 10, "catalogue", 1.0),
        Mention("a", "place/kyiv", "place", "Kyiv", 11, 15, 11, 21, "catalogue", 1.0),
    ]
    assert sentence_excerpts(body, mentions) == ["<mark>Kyiv</mark> held."]


def test_articles_are_grouped_newest_first_and_undated_last() -> None:
    index = CorpusGraph(_kb(["2023-05-01", "", "2024-02", "2024-01-31"]))
    assert [article for article, _ in grouped_mentions(index, "place/kyiv")] == ["a002", "a003", "a000", "a001"]
    assert all(len(members) == 3 for _, members in grouped_mentions(index, "place/kyiv"))


@pytest.mark.parametrize("articles", [1, ARTICLES_PER_PAGE, ARTICLES_PER_PAGE + 1, 3 * ARTICLES_PER_PAGE + 2])
def test_every_article_is_on_exactly_one_page(articles: int) -> None:
    index = CorpusGraph(_kb([f"20{10 + n // 12:02d}-{n % 12 + 1:02d}-01" for n in range(articles)]))
    views = mention_pages(index, index.entities["place/kyiv"])
    listed = [item["title"] for view in views for item in view["articles"]]
    assert sorted(listed) == sorted(f"Article {n}" for n in range(articles))
    assert len(views) == -(-articles // ARTICLES_PER_PAGE)
    assert all(len(view["articles"]) <= ARTICLES_PER_PAGE for view in views)


def test_sub_pages_link_back_and_to_each_other() -> None:
    index = CorpusGraph(_kb([f"2020-01-{n % 28 + 1:02d}" for n in range(2 * ARTICLES_PER_PAGE + 1)]))
    entity = index.entities["place/kyiv"]
    views = mention_pages(index, entity)
    pages = render_mention_subpages(make_environment(PROJECT_ROOT / "templates"), entity, views)
    assert sorted(pages) == ["places/kyiv/mentions-2.md", "places/kyiv/mentions-3.md"]
    second = pages["places/kyiv/mentions-2.md"]
    assert "[Kyiv](../kyiv.md)" in second and "exclude: true" in second
    assert re.search(r"\[1\]\(\.\./kyiv\.md\) \*\*2\*\* \[3\]\(mentions-3\.md\)", second)
    assert second.count("    - <mark>Kyiv</mark> was hit.") == ARTICLES_PER_PAGE


def test_page_links_keep_the_first_the_last_and_the_nearby_pages() -> None:
    links = page_links("place/kyiv", 10, 40)
    numbers = [link["number"] for link in links]
    assert numbers == [1, 0, 7, 8, 9, 10, 11, 12, 13, 0, 40]  # 0: a gap, written as an ellipsis
    assert [link["link"] for link in links if link["current"]] == ["mentions-10.md"]
    assert mentions_page("place/kyiv", 1) == "places/kyiv.md"
