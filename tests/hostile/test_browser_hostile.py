"""In Chromium: pages built from the hostile seeds, the entity pages that quote them and search
results for a payload word run none of the payloads (every payload would set window.__pwned or
open a dialog; javascript: links are clicked)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.browser.search_support import RESULT_LINKS, run_search
from tests.hostile.conftest import HostileBuild
from tests.hostile.corpus import ENTITY_PAYLOAD_WORD, PAYLOAD_WORD, SENTINEL
from tests.sample import serve_directory

pytestmark = pytest.mark.browser

TIMEOUT_MS = 20_000
# Runs before any page script: reports every write to the sentinel, even one followed by a navigation.
TRAP = f"""
(() => {{
  let value;
  Object.defineProperty(window, "{SENTINEL}", {{
    configurable: false,
    get() {{ return value; }},
    set(v) {{ value = v; console.log("SITREP-PWNED " + location.href); }},
  }});
}})();
"""
FIND_ACTIVE_MARKUP = """
() => [...document.querySelectorAll("*")].flatMap(el => [...el.attributes]
  .filter(a => a.name.startsWith("on")
    || /^\\s*(javascript|data|vbscript):/i.test(a.value) && /href|src|action|data/.test(a.name))
  .map(a => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`))
"""
# Text a reader might take for a link and click.
CLICK_TEXTS = ("Click here for", "raw anchor", "ref link", "svg link", "[data]", "summary")


@pytest.fixture(scope="module")
def chromium(chromium_browser: Any) -> Any:
    """The session's Chromium (one Playwright per process); the trap is added to each page."""
    return chromium_browser


@pytest.fixture(scope="module")
def site_url(hostile_build: HostileBuild) -> Iterator[str]:
    with serve_directory(hostile_build.site) as url:
        yield url


@dataclass
class Tab:
    page: Any
    pwned: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def goto(self, url: str) -> None:
        self.page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
        self.page.wait_for_timeout(300)  # image errors and toggles fire after load

    def assert_clean(self) -> None:
        assert self.pwned == [], f"a payload ran: {self.pwned}"
        assert self.dialogs == [], f"a payload opened a dialog: {self.dialogs}"
        assert self.page.evaluate(f"() => window.{SENTINEL}") is None


@pytest.fixture
def tab(chromium: Any) -> Iterator[Tab]:
    page = chromium.new_page()
    page.add_init_script(TRAP)  # before any script of the page runs
    tab = Tab(page)
    page.on("console", lambda message: tab.pwned.append(message.text) if "SITREP-PWNED" in message.text else None)

    def on_dialog(dialog: Any) -> None:
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        yield tab
    finally:
        page.close()


def _click_everything_suspicious(tab: Tab, url: str) -> int:
    """Click every javascript: link and every piece of payload text that reads like a link."""
    clicked = 0
    hrefs = tab.page.eval_on_selector_all(".md-content a[href]", "links => links.map(a => a.getAttribute('href'))")
    for href in hrefs:
        if href.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
            tab.page.locator(f".md-content a[href={href!r}]").first.click(timeout=TIMEOUT_MS)
            clicked += 1
    for text in CLICK_TEXTS:
        target = tab.page.locator(".md-content p", has_text=text).first
        if target.count():
            target.hover(timeout=TIMEOUT_MS)
            target.click(timeout=TIMEOUT_MS, position={"x": 5, "y": 5})
            clicked += 1
            if tab.page.url != url:
                tab.goto(url)
    return clicked


def _pages(build: HostileBuild) -> dict[str, str]:
    articles = {
        seed: f"articles/{build.article_id(seed)}.html"
        for seed in (
            "seeds/payload-html.txt",
            "seeds/payload-markdown.md",
            "seeds/<img src=x onerror=window.__pwned=1>.txt",
        )
    }
    return {
        "payload-html article": articles["seeds/payload-html.txt"],
        "payload-markdown article": articles["seeds/payload-markdown.md"],
        "odd file name article": articles["seeds/<img src=x onerror=window.__pwned=1>.txt"],
        "person quoting them": "people/volodymyr-zelenskyy.html",
        "place quoting them": "places/kharkiv.html",
        "place with a payload title": "places/odesa.html",
        "weapon quoting them": "weapons/himars.html",
        "articles index": "articles/index.html",
        "home": "index.html",
        "review": "review.html",
    }


PAGES = [
    name
    for name in (
        "payload-html article",
        "payload-markdown article",
        "odd file name article",
        "person quoting them",
        "place quoting them",
        "place with a payload title",
        "weapon quoting them",
        "articles index",
        "home",
        "review",
    )
]


@pytest.mark.parametrize("name", PAGES)
def test_page_runs_no_payload(hostile_build: HostileBuild, site_url: str, tab: Tab, name: str) -> None:
    url = site_url + _pages(hostile_build)[name]
    tab.goto(url)
    assert tab.page.locator("h1").count() >= 1
    assert tab.page.evaluate(FIND_ACTIVE_MARKUP) == []
    _click_everything_suspicious(tab, url)
    tab.assert_clean()


def test_article_page_from_disk_runs_no_payload(hostile_build: HostileBuild, tab: Tab) -> None:
    page = hostile_build.site / f"articles/{hostile_build.article_id('seeds/payload-html.txt')}.html"
    tab.goto(page.as_uri())
    assert tab.page.locator(".md-content", has_text="<script>window.__pwned=1").count() == 1
    assert _click_everything_suspicious(tab, page.as_uri()) >= 2
    tab.assert_clean()


@pytest.mark.parametrize("query", [PAYLOAD_WORD, "onerror", "iframe", ENTITY_PAYLOAD_WORD])
def test_search_results_for_payload_words_run_no_payload(
    hostile_build: HostileBuild, site_url: str, tab: Tab, query: str
) -> None:
    tab.goto(site_url + "index.html")
    results = run_search(tab.page, query)
    tab.page.wait_for_timeout(500)
    assert len(results) >= 1
    assert tab.page.evaluate(FIND_ACTIVE_MARKUP) == []
    tab.assert_clean()
    if query == ENTITY_PAYLOAD_WORD:  # the entity's name is listed, as text
        assert any("<img src=x onerror=" in result.title for result in results), results
    if query == PAYLOAD_WORD:  # open the result: the payload article itself
        article_id = hostile_build.article_id("seeds/payload-html.txt")
        tab.page.locator(f"{RESULT_LINKS}[href*='{article_id}']").first.click()
        tab.page.wait_for_url(f"**/{article_id}.html*", timeout=TIMEOUT_MS)
        tab.page.wait_for_timeout(300)
        tab.assert_clean()
