"""Credited articles: the newest on the entity page, every one on archive pages beside it, which keep
their content when a new article arrives elsewhere."""

from __future__ import annotations

import pytest

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Credit, Entity, KnowledgeBase
from generator.render.credits import CREDITS_SHOWN, credit_pages
from generator.render.environment import make_environment
from generator.render.memo import render_all
from tests.render.test_mentions import daily
from tests.sample import PROJECT_ROOT

OUTLET = Entity("organization/wire", "organization", "Wire <Service> & *Co*")


def _article(number: int, date: str) -> Article:
    return Article(
        f"a{number:03d}", f"Article {number}", date, "day", "Wire", "", "", f"seeds/a{number}.txt", "", "", (), ()
    )


def _index(dates: list[str], *, author_of: int = 0) -> CorpusGraph:
    """Articles credited to OUTLET; the first `author_of` also written by a person."""
    articles = tuple(_article(n, date) for n, date in enumerate(dates))
    credits = [Credit(a.id, OUTLET.id, "outlet") for a in articles]
    credits += [Credit(a.id, "person/writer", "author") for a in articles[:author_of]]
    writer = Entity("person/writer", "person", "A Writer")
    return CorpusGraph(KnowledgeBase(articles, (OUTLET, writer), (), credits=tuple(credits)))


def _rendered(index: CorpusGraph, entity_id: str = OUTLET.id) -> tuple[list[dict], dict[str, str]]:
    groups, pages = credit_pages(index, index.entities[entity_id])
    return groups, render_all(make_environment(PROJECT_ROOT / "templates"), pages)


@pytest.mark.parametrize("articles", [1, CREDITS_SHOWN, CREDITS_SHOWN + 1, 400])
def test_the_entity_page_shows_the_newest_and_every_article_is_on_exactly_one_archive_page(articles: int) -> None:
    groups, pages = _rendered(_index(daily(articles)))
    (group,) = groups
    newest = [f"Article {n}" for n in reversed(range(articles))][:CREDITS_SHOWN]
    assert [item["title"] for item in group["articles"]] == newest and group["total"] == articles
    if articles <= CREDITS_SHOWN:
        assert pages == {} and group["years"] == []
        return
    listed = [line for text in pages.values() for line in text.splitlines() if line.startswith("- [Article ")]
    assert sorted(listed) == sorted(set(listed)) and len(listed) == articles
    assert all(path.startswith("organizations/wire/published-") for path in pages)
    assert "organizations/wire/published-earliest.md" in pages
    linked = {link["link"] for year in group["years"] for link in year["links"]}
    assert {f"wire/{path.rsplit('/', 1)[1]}" for path in pages} == linked  # every archive page, from the entity page


def test_each_role_has_its_own_heading_and_archive() -> None:
    groups, pages = _rendered(_index(daily(60), author_of=30), "person/writer")
    assert [group["heading"] for group in groups] == ["Articles by A Writer"]
    assert pages and all(path.startswith("people/writer/by-") for path in pages)


def test_archive_pages_escape_the_name_and_link_back_and_to_their_neighbours() -> None:
    _, pages = _rendered(_index(daily(200)))
    middle = next(text for text in pages.values() if "older" in text and "newer" in text)
    assert "<Service>" not in middle  # text, never markup
    assert "# Articles published by Wire &lt;Service&gt; &amp; \\*Co\\*, " in middle
    assert "](../wire.md)" in middle and "exclude: true" in middle
    assert "of 200" not in middle  # no count that every new article would change


@pytest.mark.parametrize("position", [0, 57, 123, 199])
def test_a_new_article_changes_only_the_archive_page_it_lands_on(position: int) -> None:
    dates = daily(200)
    _, before = _rendered(_index(dates))
    extra = _article(999, dates[position])
    index = _index(dates)
    kb = index.kb
    grown = KnowledgeBase(
        (*kb.articles, extra), kb.entities, (), credits=(*kb.credits, Credit(extra.id, OUTLET.id, "outlet"))
    )
    _, after = _rendered(CorpusGraph(grown))
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert 1 <= len(changed) <= 3  # the page it joins; or the page it starts and its neighbours' links
