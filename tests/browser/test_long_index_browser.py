"""A kind index longer than the page shows (render/kind_index.py): the most mentioned rows are in
the page, every row arrives from the data script beside it, and sorting and filtering work on all
of them, from file:// and over HTTP, with no request leaving the machine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.catalogue import load_catalogue
from generator.config import Config
from generator.render.kind_index import SHOWN
from tests.browser.entities_support import Tab, tab  # noqa: F401 - fixtures are used by name
from tests.sample import make_project, serve_directory, write_seeds

pytestmark = pytest.mark.browser
WEAPONS = SHOWN + 30


@pytest.fixture(scope="module")
def long_index(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """Articles naming more catalogued weapons than the index page lists, ten an article."""
    config = make_project(tmp_path_factory.mktemp("long-index") / "project", seeds=())
    catalogue = load_catalogue(config.catalogue_dir)
    names = sorted(e.name for e in catalogue.entries.values() if e.kind == "weapon" and not e.ambiguous)[:WEAPONS]
    seeds = {}
    for number in range(0, len(names), 10):
        listed = ", the ".join(names[number : number + 10])
        seeds[f"inventory-{number:03d}.md"] = (
            f"---\ntitle: Inventory report {number}\ndate: 2024-05-{1 + number // 10:02d}\nsource: Test Wire\n---\n\n"
            f"Analysts counted the {listed} near the front line this week.\n"
        )
    write_seeds(config.seeds_dir, seeds)  # type: ignore[arg-type]
    pipeline.build(config)
    return config


@pytest.fixture(scope="module")
def long_http(long_index: Config) -> Iterator[str]:
    with serve_directory(long_index.site_dir) as url:
        yield url


@pytest.fixture(params=["http", "file"])
def root(request: pytest.FixtureRequest, long_index: Config) -> str:
    if request.param == "http":
        return str(request.getfixturevalue("long_http"))
    return long_index.site_dir.as_uri() + "/"


def _names(tab: Tab) -> list[str]:  # noqa: F811
    return list(
        tab.page.evaluate(
            """() => [...document.querySelectorAll(".sitrep-index tbody tr")]
                 .filter(row => !row.hidden).map(row => row.cells[0].querySelector("a").textContent.trim())"""
        )
    )


def test_the_page_holds_the_most_mentioned_and_the_data_script_every_row(long_index: Config) -> None:
    page = (long_index.site_dir / "weapons" / "index.html").read_text(encoding="utf-8")
    assert page.count("<tr>") == SHOWN + 1  # the header row and the rows shown without a script
    assert (long_index.site_dir / "weapons" / "index-data.js").is_file()


def test_every_row_arrives_and_sorts_and_filters(tab: Tab, root: str) -> None:  # noqa: F811
    tab.goto(root + "weapons/index.html")
    tab.page.wait_for_selector(".sitrep-index[data-rows-state=done]")
    everything = _names(tab)
    assert len(everything) >= WEAPONS - 5  # a few catalogue names may be read as another weapon's alias
    last = everything[-1]  # beyond the rows the page itself lists
    assert everything.index(last) >= SHOWN
    box = tab.page.get_by_label("Filter weapons")
    box.fill(last)
    assert last in _names(tab) and len(_names(tab)) < len(everything)
    assert tab.page.locator(".sitrep-filter-count").inner_text().endswith(f"of {len(everything)} shown")
    box.fill("")
    tab.page.locator(".sitrep-index th button.sitrep-sort", has_text="Name").click()
    assert _names(tab) == sorted(everything, key=str.casefold)
    link = tab.page.locator(".sitrep-index tbody tr a", has_text=last).first
    href = link.get_attribute("href")
    assert href and href.endswith(".html") and "/" not in href
    link.click()
    tab.page.wait_for_url(lambda url: url.endswith(href))
    assert tab.h1() == last
    tab.assert_offline_and_clean()


def test_without_its_data_script_the_index_keeps_the_rows_it_has(tab: Tab, long_index: Config, tmp_path: Path) -> None:  # noqa: F811
    (long_index.site_dir / "weapons" / "index-data.js").rename(tmp_path / "moved.js")
    try:
        tab.goto(long_index.site_dir.as_uri() + "/weapons/index.html")
        tab.page.wait_for_selector(".sitrep-index[data-rows-state=done]")
        assert len(_names(tab)) == SHOWN
        tab.page.get_by_label("Filter weapons").fill("zzzz-none")
        assert _names(tab) == []
    finally:
        (tmp_path / "moved.js").rename(long_index.site_dir / "weapons" / "index-data.js")
