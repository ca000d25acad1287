"""Mentions grouped per article, newest first, each sentence once; archive pages make every one
reachable and keep their content when newer articles arrive."""

from __future__ import annotations

import pytest

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention
from generator.render.environment import make_environment
from generator.render.memo import render_all
from generator.render.mentions import (
    ARTICLES_PER_PAGE,
    archive_links,
    grouped_mentions,
    mention_pages,
    mention_subpages,
    mentions_page,
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


def test_articles_are_grouped_oldest_first_with_undated_ones_oldest() -> None:
    index = CorpusGraph(_kb(["2023-05-01", "", "2024-02", "2024-01-31"]))
    assert [article for article, _ in grouped_mentions(index, "place/kyiv")] == ["a001", "a000", "a003", "a002"]
    assert all(len(members) == 3 for _, members in grouped_mentions(index, "place/kyiv"))


def monthly(articles: int) -> list[str]:
    return [f"20{10 + n // 12:02d}-{n % 12 + 1:02d}-01" for n in range(articles)]


@pytest.mark.parametrize("articles", [1, ARTICLES_PER_PAGE, ARTICLES_PER_PAGE + 1, 3 * ARTICLES_PER_PAGE + 2])
def test_entity_page_shows_the_newest_and_every_article_is_on_exactly_one_archive_page(articles: int) -> None:
    index = CorpusGraph(_kb(monthly(articles)))
    entity_view, *archive = mention_pages(index, index.entities["place/kyiv"])
    newest = [f"Article {n}" for n in reversed(range(articles))][:ARTICLES_PER_PAGE]
    assert [item["title"] for item in entity_view["articles"]] == newest
    if articles <= ARTICLES_PER_PAGE:
        assert archive == [] and entity_view["links"] == []
        return
    listed = [item["title"] for view in archive for item in view["articles"]]
    assert sorted(listed) == sorted(f"Article {n}" for n in range(articles))
    assert len(archive) == -(-articles // ARTICLES_PER_PAGE)
    assert [item["title"] for item in archive[0]["articles"]] == [f"Article {n}" for n in reversed(range(25))]


def test_archive_pages_link_back_and_to_their_neighbours() -> None:
    index = CorpusGraph(_kb([f"2020-01-{n % 28 + 1:02d}" for n in range(2 * ARTICLES_PER_PAGE + 1)]))
    entity = index.entities["place/kyiv"]
    pages = render_all(
        make_environment(PROJECT_ROOT / "templates"), mention_subpages(entity, mention_pages(index, entity))
    )
    assert sorted(pages) == ["places/kyiv/mentions-1.md", "places/kyiv/mentions-2.md", "places/kyiv/mentions-3.md"]
    second = pages["places/kyiv/mentions-2.md"]
    assert "[Kyiv](../kyiv.md)" in second and "exclude: true" in second
    assert "Archive: [older](mentions-1.md) **2** [newer](mentions-3.md)" in second
    assert "of 3" not in second and "of 51" not in second  # no "n of N" that every new article would change
    assert second.count("    - <mark>Kyiv</mark> was hit.") == ARTICLES_PER_PAGE


def test_a_newer_article_changes_only_the_last_archive_page() -> None:
    env = make_environment(PROJECT_ROOT / "templates")

    def pages(articles: int) -> dict[str, str]:
        index = CorpusGraph(_kb(monthly(articles)))
        entity = index.entities["place/kyiv"]
        return render_all(env, mention_subpages(entity, mention_pages(index, entity)))

    before, after = pages(3 * ARTICLES_PER_PAGE + 2), pages(3 * ARTICLES_PER_PAGE + 3)
    changed = sorted(path for path in after if before.get(path) != after[path])
    assert changed == ["places/kyiv/mentions-4.md"]
    full = pages(4 * ARTICLES_PER_PAGE)
    assert sorted(
        path for path in pages(4 * ARTICLES_PER_PAGE + 1) if full.get(path) != pages(4 * ARTICLES_PER_PAGE + 1)[path]
    ) == [
        "places/kyiv/mentions-4.md",  # gains its "newer" link
        "places/kyiv/mentions-5.md",  # the new page
    ]


def test_entity_page_links_the_first_and_the_newest_archive_pages() -> None:
    links = archive_links("place/kyiv", 40)
    assert [link["label"] for link in links] == ["1", "…", "37", "38", "39", "40"]
    assert links[-1]["link"] == "kyiv/mentions-40.md"
    assert mentions_page("place/kyiv", 0) == "places/kyiv.md"
    assert [link["label"] for link in archive_links("place/kyiv", 3)] == ["1", "2", "3"]
