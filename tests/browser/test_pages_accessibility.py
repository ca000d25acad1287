"""axe-core on every page type, in Material's light and dark schemes, over HTTP and from file://:
no serious or critical violation; every SVG figure has a text alternative.

Uses the corpus of tests/browser/pages_support (enough articles for "together" pages and
paged mentions) and the axe runner of test_accessibility. The dark scheme is switched the way
Material's own toggle does it: the body's data-md-color-scheme attribute."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.config import Config
from tests.browser.entities_support import Tab, tab  # noqa: F401 - fixtures are used by name
from tests.browser.pages_support import pages_project  # noqa: F401
from tests.browser.test_accessibility import _run_axe
from tests.sample import serve_directory

pytestmark = pytest.mark.browser

PAGES = {
    "home": "index.html",
    "articles": "articles/index.html",
    "article": "articles/2024-01-01-report-00-from-kharkiv-e77d03.html",
    "entity": "weapons/m1-abrams.html",
    "place": "places/kyiv.html",
    "mentions": "places/kyiv/mentions-earliest.html",
    "together": "together/weapon-leopard-2--weapon-m1-abrams.html",
    "index": "weapons/index.html",
    "graph": "graph.html",
    "map": "map.html",
    "data": "data/index.html",
    "review": "review.html",
    "about": "about.html",
    "404": "404.html",
}


@pytest.fixture(scope="module")
def a11y_http(pages_project: Config) -> Iterator[str]:  # noqa: F811
    with serve_directory(pages_project.site_dir) as url:
        yield url


@pytest.fixture(params=["http", "file"])
def root(request: pytest.FixtureRequest, pages_project: Config) -> str:  # noqa: F811
    if request.param == "http":
        return str(request.getfixturevalue("a11y_http"))
    return pages_project.site_dir.as_uri() + "/"


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_type_passes_axe_in_both_schemes(tab: Tab, root: str, name: str, scheme: str) -> None:  # noqa: F811
    url = root + PAGES[name]
    tab.goto(url)
    # The scheme as Material's toggle sets it (whatever palette an earlier test left stored), with
    # colour transitions off: axe must see the scheme's colours, not a frame halfway to them.
    tab.page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    tab.page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
    findings = _run_axe_in_place(tab, url, name)
    assert findings == [], "\n".join(str(f) for f in findings)
    unlabelled = tab.page.evaluate(
        """() => [...document.querySelectorAll("article svg")]
             .filter(svg => !(svg.getAttribute("aria-label") || "").trim() && !svg.querySelector(":scope > title"))
             .map(svg => svg.outerHTML.slice(0, 80))"""
    )
    assert unlabelled == []
    tab.assert_offline_and_clean()


def _run_axe_in_place(tab: Tab, url: str, name: str) -> list[object]:  # noqa: F811
    """axe on the page as it is now: the runner's own navigation is skipped."""
    goto = tab.goto
    tab.goto = lambda _url: None  # type: ignore[method-assign]
    try:
        return list(_run_axe(tab, url, name))
    finally:
        tab.goto = goto  # type: ignore[method-assign]
