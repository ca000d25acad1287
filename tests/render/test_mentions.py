"""Mentions grouped per article, newest first, each sentence once; archive pages, cut where an
article starts one, make every one reachable and keep their content when articles arrive elsewhere."""

from __future__ import annotations

import pytest

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention
from generator.render import mentions
from generator.render.environment import make_environment
from generator.render.memo import render_all
from generator.render.mentions import (
    ARTICLES_PER_PAGE,
    CUT_EVERY,
    MAX_PER_PAGE,
    grouped_mentions,
    mention_pages,
    mention_subpages,
    mentions_page,
    sentence_excerpts,
    starts_page,
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


def daily(articles: int) -> list[str]:
    return [f"20{10 + n // 336:02d}-{n // 28 % 12 + 1:02d}-{n % 28 + 1:02d}" for n in range(articles)]


def archive(dates: list[str]) -> dict[str, str]:
    env = make_environment(PROJECT_ROOT / "templates")
    index = CorpusGraph(_kb(dates))
    entity = index.entities["place/kyiv"]
    return render_all(env, mention_subpages(entity, mention_pages(index, entity)))


@pytest.mark.parametrize("articles", [1, ARTICLES_PER_PAGE, ARTICLES_PER_PAGE + 1, 400])
def test_entity_page_shows_the_newest_and_every_article_is_on_exactly_one_archive_page(articles: int) -> None:
    index = CorpusGraph(_kb(daily(articles)))
    entity_view, *pages = mention_pages(index, index.entities["place/kyiv"])
    newest = [f"Article {n}" for n in reversed(range(articles))][:ARTICLES_PER_PAGE]
    assert [item["title"] for item in entity_view["articles"]] == newest
    if articles <= ARTICLES_PER_PAGE:
        assert pages == [] and entity_view["years"] == []
        return
    listed = [item["title"] for view in pages for item in view["articles"]]
    assert sorted(listed) == sorted(f"Article {n}" for n in range(articles))
    assert all(1 <= len(view["articles"]) <= MAX_PER_PAGE for view in pages)
    assert pages[0]["archive"].name == "earliest"
    assert len({view["archive"].name for view in pages}) == len(pages)
    if articles == 400:  # about 28 to a page
        assert 400 / MAX_PER_PAGE <= len(pages) <= 400 / 10


def test_about_one_article_in_forty_starts_a_page() -> None:
    starts = sum(starts_page(f"2024-01-01-article-{n}") for n in range(10_000))
    assert 10_000 / CUT_EVERY * 0.8 < starts < 10_000 / CUT_EVERY * 1.2


def test_archive_pages_link_back_and_to_their_neighbours() -> None:
    pages = archive(daily(200))
    names = sorted(pages)
    second = next(
        text for path, text in pages.items() if "earliest" not in path and "older" in text and "newer" in text
    )
    assert "[Kyiv](../kyiv.md)" in second and "exclude: true" in second
    assert "# Mentions of Kyiv, " in second and " to " in second  # the dates of its oldest and newest articles
    assert "of 200" not in second  # no "n of N" that every new article would change
    assert all(path.startswith("places/kyiv/mentions-") for path in names)


@pytest.mark.parametrize("position", range(0, 200, 9))
def test_a_new_article_changes_only_the_page_it_lands_on(position: int) -> None:
    """Wherever its date falls: the page it joins; and when it starts a page, that page and the
    neighbours' links to it. Every other page keeps its content and its address."""
    dates = daily(200)
    before = archive(dates)
    added = dates[position]  # the same day as an existing article: it lands beside it
    index = CorpusGraph(_kb([*dates, added]))
    new_id = index.kb.articles[-1].id
    after = archive([*dates, added])
    changed = sorted(path for path in after if before.get(path) != after[path])
    gone = sorted(set(before) - set(after))
    assert gone == []
    if any(starts_page(new_id, level) for level in range(4)):
        assert len(changed) <= 4  # the page it joined, its own, their neighbours' links
    else:
        assert len(changed) == 1


def test_entity_page_links_every_archive_page_one_line_a_year() -> None:
    index = CorpusGraph(_kb(["", *daily(400)]))
    years = mention_pages(index, index.entities["place/kyiv"])[0]["years"]
    assert [line["year"] for line in years][:1] == ["Undated"]
    assert {line["year"] for line in years[1:]} <= {"2010", "2011"}
    assert years[0]["links"][0] == {"label": "undated", "link": "kyiv/mentions-earliest.md"}
    assert all(link["link"].startswith("kyiv/mentions-") for line in years for link in line["links"])
    assert mentions_page("place/kyiv") == "places/kyiv.md"


def test_archive_pages_never_share_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two pages starting on the same day whose ids share a short hash still get two files."""
    monkeypatch.setattr(mentions, "_short_hash", lambda article_id: "000000")
    monkeypatch.setattr(mentions, "starts_page", lambda article_id, level=0: article_id.endswith(("0", "5")))
    pages = archive(["2024-01-01"] * 30)
    assert len(pages) == 6  # from a000, a005, ..., a025: every one its own file
    assert all(path.startswith("places/kyiv/mentions-2024-01-01-000000") for path in pages)


def test_an_article_older_than_all_others_leaves_every_page_where_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """The oldest page is named after its first article when that article starts a page, so an
    older article arriving later goes on a new `mentions-earliest` page and moves nothing."""
    monkeypatch.setattr(mentions, "starts_page", lambda article_id, level=0: article_id in ("a000", "a030"))
    dates = daily(60)
    before = archive(dates)
    after = archive([*dates, "2009-12-31"])  # a060, older than every other
    assert "places/kyiv/mentions-earliest.md" not in before
    assert sorted(set(after) - set(before)) == ["places/kyiv/mentions-earliest.md"]
    changed = sorted(path for path in before if after[path] != before[path])
    assert changed == ["places/kyiv/mentions-2010-01-01-" + mentions._short_hash("a000") + ".md"]  # its "older" link
