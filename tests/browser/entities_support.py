"""Shared helpers for the entity, graph, map and accessibility browser tests.

Fixtures defined here are imported by the test modules that use them (pytest picks up fixtures
from a module's namespace). The site is served over HTTP on 127.0.0.1 (a free port, a thread,
shut down after the module) and opened from file://.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from generator.config import Config
from tests.sample import serve_directory

PAGE_TIMEOUT_MS = 15_000
LOCAL_PREFIXES = ("file://", "http://127.0.0.1", "data:", "blob:", "about:")
MODES = ("http", "file")


@pytest.fixture(scope="module")
def entities_http_root(built_site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 on a free port, for one test module."""
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(params=MODES)
def root_url(request: pytest.FixtureRequest, built_site: Path) -> str:
    """The site's root URL (ending in "/"), over HTTP and from file://."""
    if request.param == "http":
        return str(request.getfixturevalue("entities_http_root"))
    return built_site.as_uri() + "/"


@dataclass
class Tab:
    """A browser tab that records every request and every console error."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def goto(self, url: str) -> None:
        self.page.goto(url, wait_until="load", timeout=PAGE_TIMEOUT_MS)

    def h1(self) -> str:
        return str(self.page.locator("article h1").first.inner_text()).strip()

    def assert_offline_and_clean(self) -> None:
        """Nothing left the machine and the console stayed free of errors."""
        assert self.requests, "no request was recorded"
        off_machine = [url for url in self.requests if not url.startswith(LOCAL_PREFIXES)]
        assert off_machine == [], f"requests leaving the machine: {off_machine}"
        assert self.errors == [], f"console errors: {self.errors}"


@pytest.fixture
def tab(chromium_browser: Any) -> Iterator[Tab]:
    page = chromium_browser.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    seen = Tab(page)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("console", lambda message: seen.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.errors.append(f"uncaught: {error}"))
    page.on("requestfailed", lambda request: seen.errors.append(f"request failed: {request.url}"))
    try:
        yield seen
    finally:
        page.close()


@pytest.fixture(scope="module")
def kb(built_project: Config) -> dict[str, Any]:
    """The knowledge base export of the session's build (docs/data/kb.json.gz)."""
    return dict(json.loads(gzip.decompress((built_project.docs_dir / "data" / "kb.json.gz").read_bytes())))


def article_for_seed(kb: dict[str, Any], seed_prefix: str) -> dict[str, Any]:
    """The exported article built from the seed whose file name starts with `seed_prefix`."""
    matches = [a for a in kb["articles"] if Path(a["seed"]).name.startswith(seed_prefix)]
    assert len(matches) == 1, f"expected one article from seed {seed_prefix}*, found {matches}"
    return dict(matches[0])


def resolve(page_url: str, href: str) -> str:
    """An href as the browser resolves it against the page's URL, without fragment or query."""
    return urljoin(page_url, href).split("#")[0].split("?")[0]


# Finds, among `selector` matches (SVG <a> links), the first whose drawn mark (the first
# `mark` inside it) is topmost at its centre, so a real click lands on it; returns its index.
_FIRST_CLICKABLE = """
([selector, mark]) => {
  const links = Array.from(document.querySelectorAll(selector));
  for (let i = 0; i < links.length; i++) {
    const shape = links[i].querySelector(mark);
    if (!shape) continue;
    shape.scrollIntoView({block: "center"});
    const box = shape.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (hit && hit.closest("a") === links[i]) return i;
  }
  return -1;
}
"""


def first_clickable(page: Any, selector: str, mark: str) -> Any:
    """The first link matching `selector` whose `mark` (a circle) is not covered by another one."""
    index = page.evaluate(_FIRST_CLICKABLE, [selector, mark])
    assert index >= 0, f"no link matching {selector!r} has an uncovered {mark!r} to click"
    return page.locator(selector).nth(index)
