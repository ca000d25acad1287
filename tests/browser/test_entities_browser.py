"""Entity pages, search, graph, map and sortable indexes in Chromium, over HTTP and from file://."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.entities_support import (  # noqa: F401 - fixtures are used by name
    PAGE_TIMEOUT_MS,
    Tab,
    article_for_seed,
    entities_http_root,
    first_clickable,
    kb,
    resolve,
    root_url,
    tab,
)
from tests.browser.search_support import RESULT_LINKS, run_search

pytestmark = pytest.mark.browser

GRAPH = "svg.sitrep-graph:not(.sitrep-neighbourhood)"
GRAPH_NODES = f"{GRAPH} a.node-link"
MAP_MARKERS = "svg.sitrep-map:not(.sitrep-locator) a:has(circle.marker)"


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def seed_004_article(kb: dict[str, Any]) -> dict[str, Any]:  # noqa: F811 - the imported fixture
    return article_for_seed(kb, "004_")


# 1. An article's mention opens its entity page, which lists the sentence and links back.


def test_article_mention_opens_entity_page_that_quotes_the_sentence_and_links_back(
    tab: Tab,  # noqa: F811
    root_url: str,  # noqa: F811
    seed_004_article: dict[str, Any],
) -> None:
    page = tab.page
    article_url = root_url + seed_004_article["page"]
    tab.goto(article_url)
    # The first mention in the article's text (the "In this article" panel comes before it).
    mention = page.locator("article.md-content__inner > p a[href$='people/vitaly-ganchev.html']").first
    surface = _words(mention.inner_text())
    paragraph = _words(mention.evaluate("link => link.closest('p').innerText"))
    assert surface and surface in paragraph

    mention.click()
    page.wait_for_url(re.compile(r"people/vitaly-ganchev\.html$"), timeout=PAGE_TIMEOUT_MS)
    assert tab.h1() == "Vitaly Ganchev"

    article_file = seed_004_article["page"].rsplit("/", 1)[-1]
    items = page.locator("article li:has(mark)")
    listed = []
    for i in range(items.count()):
        item = items.nth(i)
        sentence = _words(item.inner_text()).split(" — ")[0]
        marks = [_words(text) for text in item.locator("mark").all_inner_texts()]
        listed.append((sentence, marks))
        # Sentences are listed under their article's line (one link per article, issue 14).
        article_item = item.locator("xpath=ancestor-or-self::li[a][1]")
        if surface in marks and sentence in paragraph and article_item.locator(f"a[href$='{article_file}']").count():
            break
    else:
        pytest.fail(f"no list item quotes {surface!r} in a sentence of {paragraph!r}; listed: {listed}")

    article_item.locator(f"a[href$='{article_file}']").first.click()
    page.wait_for_url(article_url, timeout=PAGE_TIMEOUT_MS)
    assert tab.h1() == seed_004_article["title"]
    tab.assert_offline_and_clean()


# 2. Search finds entity pages by their names and aliases.


@pytest.mark.parametrize(
    ("query", "entity_page", "name"),
    [
        ("Zelensky", "people/volodymyr-zelenskyy.html", "Volodymyr Zelenskyy"),
        ("Artemivsk", "places/bakhmut.html", "Bakhmut"),
        ("Soledar", "places/soledar.html", "Soledar"),
        ("Wagner", "units/wagner-group.html", "Wagner Group"),
        ("abrams", "weapons/m1-abrams.html", "M1 Abrams"),
    ],
)
def test_search_ranks_the_entity_page_first(
    tab: Tab,  # noqa: F811
    root_url: str,  # noqa: F811
    query: str,
    entity_page: str,
    name: str,
) -> None:
    page = tab.page
    tab.goto(root_url + "index.html")
    results = run_search(page, query)
    assert results, f"no results for {query!r}"
    assert results[0].href == root_url + entity_page, f"first result for {query!r}: {results}"
    assert results[0].title == name
    page.locator(RESULT_LINKS).first.click()
    page.wait_for_url(re.compile(re.escape(entity_page)), timeout=PAGE_TIMEOUT_MS)
    assert tab.h1() == name
    tab.assert_offline_and_clean()


def test_search_lists_the_article_about_a_place_right_after_the_place(
    tab: Tab,  # noqa: F811
    root_url: str,  # noqa: F811
    kb: dict[str, Any],  # noqa: F811
) -> None:
    """The issue's complaint: "Soledar" listed entity pages that quote the article, not the article."""
    tab.goto(root_url + "index.html")
    about_soledar = article_for_seed(kb, "000_")
    hrefs = [result.href for result in run_search(tab.page, "Soledar")]
    assert hrefs[:2] == [root_url + "places/soledar.html", root_url + about_soledar["page"]]
    assert not [href for href in hrefs if "/people/" in href or "/organizations/" in href]
    tab.assert_offline_and_clean()


# 3. The graph page.


def test_graph_page_draws_linked_nodes(tab: Tab, root_url: str) -> None:  # noqa: F811
    tab.goto(root_url + "graph.html")
    assert tab.page.locator(GRAPH).count() == 1
    count = tab.page.locator(GRAPH_NODES).count()
    assert count >= 20, f"only {count} node links in the graph"
    tab.assert_offline_and_clean()


def test_clicking_a_graph_node_opens_its_entity_page(tab: Tab, root_url: str) -> None:  # noqa: F811
    page = tab.page
    tab.goto(root_url + "graph.html")
    node = first_clickable(page, GRAPH_NODES, "circle")
    label = re.sub(r" \([a-z]+\)$", "", str(node.get_attribute("aria-label")))
    target = resolve(page.url, str(node.get_attribute("href")))
    assert target.endswith(".html"), f"node {label!r} links to {target}, not to a page of the site"
    node.locator("circle").click()
    page.wait_for_url(target, timeout=PAGE_TIMEOUT_MS)
    assert tab.h1() == label
    tab.assert_offline_and_clean()


def test_unticking_a_kind_hides_its_graph_nodes(tab: Tab, root_url: str) -> None:  # noqa: F811
    page = tab.page
    tab.goto(root_url + "graph.html")
    places = page.locator(f"{GRAPH} a.node-link[data-kind='place']")
    others = page.locator(f"{GRAPH} a.node-link:not([data-kind='place'])")
    assert places.count() > 0 and others.count() > 0
    assert places.first.is_visible()
    box = page.locator(".sitrep-graph-filter input[type=checkbox][data-kind='place']")
    assert box.is_visible(), "the kind filter is not shown"
    box.uncheck()
    hidden = [places.nth(i).is_visible() for i in range(places.count())]
    assert not any(hidden), f"{sum(hidden)} of {len(hidden)} place nodes still visible"
    assert all(others.nth(i).is_visible() for i in range(others.count()))
    box.check()
    assert all(places.nth(i).is_visible() for i in range(places.count()))
    tab.assert_offline_and_clean()


# 4. The map page and the locator maps.


def test_map_page_draws_linked_markers(tab: Tab, root_url: str) -> None:  # noqa: F811
    tab.goto(root_url + "map.html")
    count = tab.page.locator(MAP_MARKERS).count()
    assert count >= 10, f"only {count} linked markers on the map"
    tab.assert_offline_and_clean()


def test_clicking_a_map_marker_opens_its_place_page(tab: Tab, root_url: str) -> None:  # noqa: F811
    page = tab.page
    tab.goto(root_url + "map.html")
    marker = first_clickable(page, MAP_MARKERS, "circle.marker")
    name = str(marker.get_attribute("aria-label"))
    target = resolve(page.url, str(marker.get_attribute("href")))
    assert re.search(r"/places/[^/]+\.html$", target), f"marker {name!r} links to {target}, not to a place page"
    marker.locator("circle.marker").click()
    page.wait_for_url(target, timeout=PAGE_TIMEOUT_MS)
    assert tab.h1() == name
    tab.assert_offline_and_clean()


def test_place_page_has_a_locator_map(tab: Tab, root_url: str) -> None:  # noqa: F811
    tab.goto(root_url + "places/bakhmut.html")
    assert tab.h1() == "Bakhmut"
    locator = tab.page.locator("article svg.sitrep-locator")
    assert locator.count() == 1
    assert locator.is_visible()
    assert locator.locator("circle.marker").count() == 1
    assert locator.locator("path.country").count() >= 1
    tab.assert_offline_and_clean()


# 5. Sortable index tables.


def _column(page: Any, index: int) -> list[str]:
    cells = page.locator(f".sitrep-index table tbody tr td:nth-child({index})")
    return [_words(text) for text in cells.all_inner_texts()]


def test_sorting_the_places_index_by_name_then_by_mentions(tab: Tab, root_url: str) -> None:  # noqa: F811
    page = tab.page
    tab.goto(root_url + "places/index.html")
    headers = [_words(text) for text in page.locator(".sitrep-index table thead th").all_inner_texts()]
    name_col, mentions_col = headers.index("Name") + 1, headers.index("Mentions") + 1
    before = _column(page, name_col)
    assert len(before) >= 10
    assert before != sorted(before, key=str.casefold), "the table already starts in name order"

    page.locator(".sitrep-index th button.sitrep-sort", has_text="Name").click()
    names = _column(page, name_col)
    assert names == sorted(before, key=str.casefold)
    assert page.locator(f".sitrep-index th:nth-child({name_col})").get_attribute("aria-sort") == "ascending"

    mentions_button = page.locator(".sitrep-index th button.sitrep-sort", has_text="Mentions")
    mentions_button.click()
    counts = [int(text.replace(",", "")) for text in _column(page, mentions_col)]
    assert counts == sorted(counts), f"not in ascending numeric order: {counts}"
    assert counts != sorted(counts, key=str), "numbers sorted as text would give the same order: weak check"
    mentions_button.click()
    counts = [int(text.replace(",", "")) for text in _column(page, mentions_col)]
    assert counts == sorted(counts, reverse=True)
    header = page.locator(f".sitrep-index th:nth-child({mentions_col})")
    assert header.get_attribute("aria-sort") == "descending"
    tab.assert_offline_and_clean()


# 6. No request leaves the machine and the console stays clean on any of these pages.


@pytest.mark.parametrize(
    "path",
    [
        "index.html",
        "ARTICLE",
        "people/vitaly-ganchev.html",
        "places/bakhmut.html",
        "people/index.html",
        "places/index.html",
        "graph.html",
        "map.html",
    ],
)
def test_page_makes_no_remote_request_and_no_console_error(
    tab: Tab,  # noqa: F811
    root_url: str,  # noqa: F811
    seed_004_article: dict[str, Any],
    path: str,
) -> None:
    tab.goto(root_url + (seed_004_article["page"] if path == "ARTICLE" else path))
    tab.page.wait_for_load_state("networkidle")
    assert "Sitrep" in tab.page.title()
    tab.assert_offline_and_clean()
