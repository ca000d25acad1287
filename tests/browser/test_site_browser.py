"""The built site in Chromium, served over HTTP on 127.0.0.1 and opened from file://."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.config import Config
from tests.browser.entities_support import Tab
from tests.browser.search_support import RESULT_LINKS, run_search
from tests.sample import serve_directory

pytestmark = pytest.mark.browser

PAGE_TIMEOUT_MS = 15_000
LOCAL_PREFIXES = ("file://", "http://127.0.0.1", "data:", "blob:", "about:")
WORD = re.compile(r"[A-Za-z]{6,}")


@pytest.fixture(scope="module")
def http_root(built_site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 on a free port, for this module only."""
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(params=["http", "file"])
def site_url(request: pytest.FixtureRequest, built_site: Path) -> str:
    """The site's root URL, over HTTP and from file://."""
    if request.param == "http":
        return str(request.getfixturevalue("http_root"))
    return built_site.as_uri() + "/"


@dataclass(frozen=True)
class SearchTarget:
    word: str
    article_id: str
    title: str


@pytest.fixture(scope="module")
def search_target(built_project: Config) -> SearchTarget:
    """A word of one article's body that no other article has, preferring words on fewest pages."""
    import json

    kb = json.loads(gzip.decompress((built_project.docs_dir / "data" / "kb.json.gz").read_bytes()))
    titles = {a["id"]: a["title"] for a in kb["articles"]}
    pages = {p: p.read_text(encoding="utf-8").lower() for p in built_project.docs_dir.rglob("*.md")}
    articles = {aid: (built_project.docs_dir / "articles" / f"{aid}.md") for aid in titles}
    best: tuple[int, str, str] | None = None
    for article_id, path in sorted(articles.items()):
        for word in sorted(set(WORD.findall(path.read_text(encoding="utf-8")))):
            needle = word.lower()
            in_articles = [aid for aid, other in articles.items() if needle in pages[other]]
            if in_articles != [article_id] or needle in " ".join(titles.values()).lower():
                continue
            on_pages = sum(1 for text in pages.values() if needle in text)
            if best is None or (on_pages, -len(word)) < (best[0], -len(best[1])):
                best = (on_pages, word, article_id)
    assert best is not None, "no word occurs in exactly one article"
    _, word, article_id = best
    return SearchTarget(word, article_id, titles[article_id])


def assert_all_local(requests: list[str]) -> None:
    assert requests, "no request was recorded"
    off_machine = [url for url in requests if not url.startswith(LOCAL_PREFIXES)]
    assert off_machine == [], f"requests leaving the machine: {off_machine}"


def test_home_page_loads(tab: Tab, site_url: str) -> None:
    tab.goto(site_url + "index.html")
    assert "Sitrep" in tab.page.title()
    assert tab.page.locator("h1").first.inner_text().strip() == "Sitrep"
    assert tab.page.locator("a[href*='articles/']").count() >= 3
    assert_all_local(tab.requests)
    assert tab.errors == []


def test_search_finds_article_by_a_word_only_its_body_has(tab: Tab, site_url: str, search_target: SearchTarget) -> None:
    tab.goto(site_url + "index.html")
    results = run_search(tab.page, search_target.word)
    assert [r.title for r in results[:3]].count(search_target.title) == 1, results
    tab.page.locator(f"{RESULT_LINKS}[href*='{search_target.article_id}.html']").first.click()
    tab.page.wait_for_url(re.compile(re.escape(search_target.article_id) + r"\.html"), timeout=PAGE_TIMEOUT_MS)
    tab.page.wait_for_load_state("load")
    assert tab.page.locator("h1").first.inner_text().strip() == search_target.title
    assert search_target.word.lower() in tab.page.locator("article").first.inner_text().lower()
    assert_all_local(tab.requests)
    assert tab.errors == []


def test_article_page_opens_from_the_home_page(tab: Tab, site_url: str, search_target: SearchTarget) -> None:
    tab.goto(site_url + "index.html")
    tab.page.locator(f"article a[href*='{search_target.article_id}']").first.click()
    tab.page.wait_for_url(re.compile(re.escape(search_target.article_id) + r"\.html"), timeout=PAGE_TIMEOUT_MS)
    assert tab.page.locator("h1").first.inner_text().strip() == search_target.title
    assert_all_local(tab.requests)
    assert tab.errors == []


@pytest.mark.parametrize(
    "path", ["articles/index.html", "people/index.html", "places/index.html", "data/index.html", "about.html"]
)
def test_index_pages_load_without_errors_or_remote_requests(tab: Tab, site_url: str, path: str) -> None:
    tab.goto(site_url + path)
    assert "Sitrep" in tab.page.title()
    assert_all_local(tab.requests)
    assert tab.errors == []
