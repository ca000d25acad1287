"""Mentions grouped per article, newest first, each sentence once; archive pages, one per month,
make every one reachable and keep their content when articles of other months arrive."""

from __future__ import annotations

import pytest

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention
from generator.render.environment import make_environment
from generator.render.memo import render_all
from generator.render.mentions import (
    ARTICLES_PER_PAGE,
    ArchivePart,
    archive_month,
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


def archive(dates: list[str]) -> dict[str, str]:
    env = make_environment(PROJECT_ROOT / "templates")
    index = CorpusGraph(_kb(dates))
    entity = index.entities["place/kyiv"]
    return render_all(env, mention_subpages(entity, mention_pages(index, entity)))


@pytest.mark.parametrize("articles", [1, ARTICLES_PER_PAGE, ARTICLES_PER_PAGE + 1, 3 * ARTICLES_PER_PAGE + 2])
def test_entity_page_shows_the_newest_and_every_article_is_on_exactly_one_archive_page(articles: int) -> None:
    index = CorpusGraph(_kb(monthly(articles)))
    entity_view, *pages = mention_pages(index, index.entities["place/kyiv"])
    newest = [f"Article {n}" for n in reversed(range(articles))][:ARTICLES_PER_PAGE]
    assert [item["title"] for item in entity_view["articles"]] == newest
    if articles <= ARTICLES_PER_PAGE:
        assert pages == [] and entity_view["years"] == []
        return
    listed = [item["title"] for view in pages for item in view["articles"]]
    assert sorted(listed) == sorted(f"Article {n}" for n in range(articles))
    assert len(pages) == articles  # one article a month
    assert pages[0]["archive"] == ArchivePart("2010-01") and pages[-1]["archive"].month == monthly(articles)[-1][:7]


def test_a_busy_month_goes_on_in_parts_of_a_bounded_size() -> None:
    pages = archive([f"2020-01-{n % 28 + 1:02d}" for n in range(2 * ARTICLES_PER_PAGE + 1)])
    assert sorted(pages) == [
        "places/kyiv/mentions-2020-01-2.md",
        "places/kyiv/mentions-2020-01-3.md",
        "places/kyiv/mentions-2020-01.md",
    ]
    second = pages["places/kyiv/mentions-2020-01-2.md"]
    assert "# Mentions of Kyiv, January 2020 (2)" in second
    assert "[Kyiv](../kyiv.md)" in second and "exclude: true" in second
    assert "[older: January 2020](mentions-2020-01.md) · [newer: January 2020 (3)](mentions-2020-01-3.md)" in second
    assert "of 3" not in second and "of 51" not in second  # no "n of N" that every new article would change
    assert second.count("    - <mark>Kyiv</mark> was hit.") == ARTICLES_PER_PAGE


@pytest.mark.parametrize(
    ("date", "month"),
    [("2024-03-05", "2024-03"), ("2024-03", "2024-03"), ("2024", "2024"), ("", "undated"), ("../etc", "undated")],
)
def test_an_article_goes_on_the_page_of_its_month(date: str, month: str) -> None:
    assert archive_month(date) == month


def test_undated_and_year_only_articles_have_pages_of_their_own() -> None:
    pages = archive(["", "2009", *monthly(ARTICLES_PER_PAGE)])
    assert "places/kyiv/mentions-undated.md" in pages and "places/kyiv/mentions-2009.md" in pages
    year_only = pages["places/kyiv/mentions-2009.md"]
    assert "# Mentions of Kyiv, 2009, no month" in year_only
    assert "[older: Undated](mentions-undated.md) · [newer: January 2010](mentions-2010-01.md)" in year_only


@pytest.mark.parametrize(
    ("added", "changed"),
    [
        ("2013-06-15", ["places/kyiv/mentions-2013-06.md"]),  # newest, in the newest month
        ("2011-03-15", ["places/kyiv/mentions-2011-03.md"]),  # backdated: its month only
        (  # a month that had none: the new page and the two whose neighbour it becomes
            "2011-03-15",
            ["places/kyiv/mentions-2011-02.md", "places/kyiv/mentions-2011-03.md", "places/kyiv/mentions-2011-04.md"],
        ),
    ],
    ids=["newest", "backdated", "new month"],
)
def test_an_article_changes_only_the_archive_pages_of_its_month(added: str, changed: list[str]) -> None:
    dates = monthly(3 * ARTICLES_PER_PAGE + 2)
    if len(changed) == 3:
        dates.remove("2011-03-01")
    before, after = archive(dates), archive([*dates, added])
    assert sorted(path for path in after if before.get(path) != after[path]) == changed


def test_entity_page_links_every_archive_page_one_line_a_year() -> None:
    index = CorpusGraph(_kb(["", *monthly(30)]))
    years = mention_pages(index, index.entities["place/kyiv"])[0]["years"]
    assert [line["year"] for line in years] == ["Undated", "2010", "2011", "2012"]
    assert [link["label"] for link in years[1]["links"]][:3] == ["January", "February", "March"]
    assert years[3]["links"][-1]["link"] == "kyiv/mentions-2012-06.md"
    assert mentions_page("place/kyiv") == "places/kyiv.md"
