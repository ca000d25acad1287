"""Every page type, 404.html included, works under a sub-path (a GitHub Pages project site) and
from file://: styles and scripts load, nothing fails, and the tabs stay inside the site."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from generator.config import Config
from tests.browser.entities_support import Tab, tab  # noqa: F401 - fixtures are used by name
from tests.browser.pages_support import corpus, pages_project, serve_under_sub_path  # noqa: F401
from tests.sample import make_project, write_seeds

pytestmark = pytest.mark.browser

PAGES = [
    "index.html",
    "articles/index.html",
    "articles/2024-01-01-report-00-from-kharkiv-e77d03.html",
    "places/kyiv.html",
    "places/kyiv/mentions-earliest.html",
    "together/weapon-leopard-2--weapon-m1-abrams.html",
    "people/index.html",
    "weapons/index.html",
    "graph.html",
    "map.html",
    "data/index.html",
    "review.html",
    "about.html",
    "404.html",
]
MISSING = ["no-such-page.html", "people/no-such-person.html", "places/kyiv/mentions-1999-01-01-000000.html"]

_STATE = """() => ({
  styled: getComputedStyle(document.body).getPropertyValue("--md-primary-fg-color").trim() !== "",
  scripted: document.documentElement.getAttribute("data-sitrep-ready") === "1",
  tabs: Array.from(document.querySelectorAll("a.md-tabs__link")).map(a => a.href),
  heading: (document.querySelector("article h1") || {}).textContent || "",
})"""


@pytest.fixture(scope="module")
def sub_root(pages_project: Config) -> Iterator[str]:  # noqa: F811
    with serve_under_sub_path(pages_project.site_dir) as url:
        yield url


def _check(
    tab: Tab,  # noqa: F811
    root: str,
    path: str,
    *,
    missing: bool = False,
    prefetched: bool = False,
) -> dict[str, Any]:
    """Open root + path; with `prefetched`, a failed request is allowed when the same file was
    then loaded from the site's root (Chromium's preload scanner runs before the 404 page's <base>)."""
    bad: list[str] = []
    good: list[str] = []
    url = root + path
    tab.page.on("response", lambda r: (bad if r.status >= 400 else good).append(r.url) if r.url != url else None)
    tab.page.on("requestfailed", lambda r: bad.append(r.url))
    response = tab.page.goto(url, wait_until="load")
    assert response is not None and response.status == (404 if missing else 200) or root.startswith("file:")
    state: dict[str, Any] = tab.page.evaluate(_STATE)
    if prefetched:
        bad = [b for b in bad if not any(g.startswith(root) and g.endswith(b.rsplit("/", 2)[-1]) for g in good)]
    # Failed loads are in `bad`; the console repeats them without the address.
    errors = [e for e in tab.errors if "Failed to load resource" not in e and "request failed" not in e]
    assert bad == [] and errors == [], (path, bad, errors)
    assert state["styled"], f"{path}: Material's stylesheets did not load"
    assert state["scripted"], f"{path}: sitrep.js did not run"
    assert len(state["tabs"]) >= 8 and all(t.startswith(root) for t in state["tabs"]), (path, state["tabs"])
    return state


@pytest.mark.parametrize("path", PAGES)
def test_page_works_under_a_sub_path(tab: Tab, sub_root: str, path: str) -> None:  # noqa: F811
    _check(tab, sub_root, path)


@pytest.mark.parametrize("path", MISSING)
def test_missing_page_gets_a_styled_404_under_a_sub_path(tab: Tab, sub_root: str, path: str) -> None:  # noqa: F811
    state = _check(tab, sub_root, path, missing=True, prefetched=True)
    assert state["heading"] == "Page not found"
    tab.page.wait_for_load_state("networkidle")
    tab.page.locator("article a", has_text="home page").click()
    tab.page.wait_for_url(sub_root + "index.html")


@pytest.mark.parametrize("path", PAGES)
def test_page_works_from_file(tab: Tab, pages_project: Config, path: str) -> None:  # noqa: F811
    _check(tab, pages_project.site_dir.as_uri() + "/", path)
    tab.assert_offline_and_clean()


@pytest.fixture(scope="module")
def site_url_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A one-article site whose mkdocs.yml names its address (site_url ending in /sub/)."""
    from generator import pipeline

    config = make_project(tmp_path_factory.mktemp("site-url") / "project", seeds=())
    write_seeds(config.seeds_dir, {"report.md": corpus()["report-00.md"]})
    text = config.mkdocs_file.read_text(encoding="utf-8")
    config.mkdocs_file.write_text(
        text.replace("site_dir: site\n", "site_dir: site\nsite_url: https://example.org/sub/\n")
    )
    pipeline.build(config)
    with serve_under_sub_path(config.site_dir) as url:
        yield url


@pytest.mark.parametrize("path", MISSING)
def test_with_site_url_a_missing_page_at_any_depth_loads_nothing_in_vain(
    tab: Tab,  # noqa: F811
    site_url_root: str,
    path: str,
) -> None:
    state = _check(tab, site_url_root, path, missing=True)
    assert state["heading"] == "Page not found"
