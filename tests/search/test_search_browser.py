"""Sitrep's search in Chromium on the corpus of tests/search/corpus.py, from file:// and over HTTP:
the ranking table, phrases, filters, snippets, keyboard, hostile names, and what gets loaded when."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.entities_support import Tab, tab  # noqa: F401 - the fixture is used by name
from tests.browser.search_support import DONE, INPUT, RESULT_LINKS, SEARCH_TIMEOUT_MS, read_results, run_search
from tests.sample import serve_directory
from tests.search.corpus import HOSTILE_NAME, HOSTILE_TITLE, corpus
from tests.search.site import write_search_site
from tests.search.test_fold import FOLDS, SHARDS, TOKENS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_search_site(corpus(), tmp_path_factory.mktemp("search-site")).parent


@pytest.fixture(scope="module")
def http_root(search_site: Path) -> Iterator[str]:
    with serve_directory(search_site) as url:
        yield url


@pytest.fixture(params=["file", "http"])
def root(request: pytest.FixtureRequest, search_site: Path) -> str:
    if request.param == "http":
        return str(request.getfixturevalue("http_root"))
    return search_site.as_uri() + "/"


@pytest.fixture
def page(tab: Tab, root: str) -> Any:  # noqa: F811 - the imported fixture
    tab.goto(root + "index.html")
    return tab.page


def test_browser_folds_and_tokenises_as_the_index_builder(tab: Tab, search_site: Path) -> None:  # noqa: F811
    tab.goto(search_site.as_uri() + "/index.html")
    folds = tab.page.evaluate("words => words.map(w => sitrepSearch.fold(w))", [w for w, _ in FOLDS])
    assert folds == [folded for _, folded in FOLDS]
    split = tab.page.evaluate("texts => texts.map(t => sitrepSearch.tokens(t))", [t for t, _ in TOKENS])
    assert split == [expected for _, expected in TOKENS]
    shards = tab.page.evaluate("terms => terms.map(t => sitrepSearch.shardOf(t))", [t for t, _ in SHARDS])
    assert shards == [shard for _, shard in SHARDS]


# The ranking table: a query and the page that must come first.
RANKING = [
    ("Zelensky", "people/volodymyr-zelenskyy.html"),
    ("zelenskyy", "people/volodymyr-zelenskyy.html"),
    ("Volodymyr Zelenskyy", "people/volodymyr-zelenskyy.html"),
    ("Artemivsk", "places/bakhmut.html"),
    ("HIMARS", "weapons/himars.html"),
    ("himars", "weapons/himars.html"),
    ("High Mobility", "weapons/himars.html"),
    ("KYIV", "places/kyiv.html"),
    ("Kyyiv's", "places/kyiv.html"),
    ("Wagner", "organizations/wagner-group.html"),
    ("Soledar", "places/soledar.html"),
    ("decommunisation", "articles/2023-05-20-bakhmut-history.html"),
    ("Sulina", "articles/2023-08-01-grain-corridor.html"),
    ("paediatric wards", "articles/2022-05-01-zelensky-visits-hospital.html"),
    ("salt mines", "articles/2023-01-13-soledar-falls.html"),
    ("thermobaric", "articles/2024-03-01-hostile.html"),
    ("Antonivsk", "articles/2022-07-15-himars-strikes.html"),  # a prefix, as while typing
]


@pytest.mark.parametrize(("query", "expected"), RANKING)
def test_ranking_puts_the_expected_page_first(page: Any, root: str, query: str, expected: str) -> None:
    results = run_search(page, query)
    assert results, f"no results for {query!r}"
    assert results[0].href == root + expected, [r.href.removeprefix(root) for r in results]


def test_entity_first_then_the_article_about_it(page: Any, root: str) -> None:
    hrefs = [r.href.removeprefix(root) for r in run_search(page, "Soledar")]
    assert hrefs[:2] == ["places/soledar.html", "articles/2023-01-13-soledar-falls.html"]


def test_name_in_a_description_ranks_below_the_entity_named(page: Any, root: str) -> None:
    hrefs = [r.href.removeprefix(root) for r in run_search(page, "HIMARS")]
    assert hrefs[0] == "weapons/himars.html"
    assert "organizations/lockheed-martin.html" in hrefs[1:]


def test_only_a_few_partial_name_matches_stay_above_the_articles(page: Any, root: str) -> None:
    hrefs = [r.href.removeprefix(root) for r in run_search(page, "Russian")]
    assert all(href.startswith("organizations/russian-") for href in hrefs[:5]), hrefs
    assert hrefs[5] == "articles/2023-01-13-soledar-falls.html", hrefs
    assert len([href for href in hrefs if href.startswith("organizations/russian-")]) == 6


def test_quoted_phrase_matches_only_as_a_phrase(page: Any, root: str) -> None:
    found = run_search(page, '"ammunition depots"')
    assert [r.href.removeprefix(root) for r in found] == ["articles/2022-07-15-himars-strikes.html"]
    assert found[0].marks == ("ammunition", "depots")
    assert run_search(page, '"depots ammunition"') == []
    stopwords = run_search(page, '"Armed Forces of Ukraine"')
    assert [r.href.removeprefix(root) for r in stopwords] == ["articles/2023-01-13-soledar-falls.html"]


def test_kind_filter_keeps_one_kind(page: Any) -> None:
    kinds = {r.kind for r in run_search(page, "Kyiv")}
    assert {"article", "place"} <= kinds
    assert {r.kind for r in run_search(page, "Kyiv", kind="article")} == {"article"}
    assert {r.kind for r in run_search(page, "Kyiv", kind="place")} == {"place"}


def test_date_filter_keeps_articles_of_the_range(page: Any, root: str) -> None:
    found = run_search(page, "Kyiv", date_from="2024-01-01", date_to="2024-12-31")
    assert [r.href.removeprefix(root) for r in found] == ["articles/2024-02-10-drones-over-the-capital.html"]
    assert found[0].meta == "Article · 10 February 2024 · Ukrainska Pravda"


def test_snippet_is_the_matching_sentence_with_the_words_marked(page: Any) -> None:
    result = run_search(page, "Sulina")[0]
    assert result.snippet == "Ships carried grain along the Danube to the port of Sulina after Russia quit the deal."
    assert result.marks == ("Sulina",)
    folded = run_search(page, "kyiv", kind="article")
    drones = next(r for r in folded if r.title == "Drones Over The Capital")
    assert drones.marks == ("KYIV’S", "Kyïv")
    title_only = run_search(page, "capital", kind="article")[0]  # in the title, not in the text
    assert title_only.snippet.startswith("KYIV’S air defence shot down drones")


def test_hostile_names_are_shown_as_text(tab: Tab, page: Any) -> None:  # noqa: F811
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    titles = [r.title for r in run_search(page, "onerror")]
    assert HOSTILE_NAME in titles
    assert HOSTILE_TITLE in [r.title for r in run_search(page, "alert")]
    assert page.locator(".sitrep-search__results img, .sitrep-search__results script").count() == 0
    assert dialogs == []
    tab.assert_offline_and_clean()


def test_keyboard_opens_search_and_moves_through_results(page: Any, root: str, search_site: Path) -> None:
    (search_site / "places").mkdir(exist_ok=True)
    (search_site / "places" / "kyiv.html").write_text("<title>Kyiv</title><h1>Kyiv</h1>", encoding="utf-8")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == INPUT.removeprefix("#")
    run_search(page, "Kyiv")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.href")
    assert second == page.locator(RESULT_LINKS).nth(1).evaluate("a => a.href")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == INPUT.removeprefix("#")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(root + "places/kyiv.html")


def test_nothing_is_loaded_until_the_reader_searches(tab: Tab, root: str) -> None:  # noqa: F811
    tab.goto(root + "index.html")
    tab.page.wait_for_timeout(200)
    assert [url for url in tab.requests if "/search/" in url] == []
    run_search(tab.page, "Sulina")
    loaded = sorted(url.removeprefix(root) for url in tab.requests if "/search/" in url)
    assert loaded[0] == "search/docs/" or "search/manifest.js" in loaded
    assert "search/terms/t-sul.js" in loaded
    assert len([url for url in loaded if url.startswith("search/terms/")]) == 1
    tab.assert_offline_and_clean()


def test_a_first_query_typed_before_the_manifest_arrives_finds_its_page(tab: Tab, root: str) -> None:  # noqa: F811
    tab.goto(root + "index.html")
    box = tab.page.locator(INPUT)
    box.focus()
    box.fill("Sulina")  # at once: the manifest and the term shard load side by side
    tab.page.wait_for_function(DONE, arg="Sulina", timeout=SEARCH_TIMEOUT_MS)
    assert [r.href.removeprefix(root) for r in read_results(tab.page)] == ["articles/2023-08-01-grain-corridor.html"]
    box.fill("qqzx")  # no shard holds it: the manifest says so, nothing is asked for
    tab.page.wait_for_function(DONE, arg="qqzx", timeout=SEARCH_TIMEOUT_MS)
    assert read_results(tab.page) == []
    assert not [url for url in tab.requests if "t-qqz" in url]
    tab.assert_offline_and_clean()
