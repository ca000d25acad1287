"""Driving Sitrep's search box in Chromium: type a query, set the filters, read the results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SEARCH_TIMEOUT_MS = 15_000
BOX = "[data-sitrep-search]"
INPUT = "#sitrep-search-input"
RESULT_LINKS = ".sitrep-search__result a.sitrep-search__link"

_READ = """
() => Array.from(document.querySelectorAll(".sitrep-search__result")).map(item => ({
  href: item.querySelector("a").href,
  kind: item.dataset.kind,
  title: item.querySelector(".sitrep-search__title").textContent,
  meta: item.querySelector(".sitrep-search__meta").textContent,
  snippet: item.querySelector(".sitrep-search__snippet").textContent,
  marks: Array.from(item.querySelectorAll(".sitrep-search__snippet mark")).map(m => m.textContent),
}))
"""
DONE = """
query => { const box = document.querySelector("[data-sitrep-search]");
  return box.dataset.state === "done" && box.dataset.query === query; }
"""


@dataclass(frozen=True)
class Result:
    href: str
    kind: str
    title: str
    meta: str
    snippet: str
    marks: tuple[str, ...]


def run_search(page: Any, query: str, *, kind: str = "", date_from: str = "", date_to: str = "") -> list[Result]:
    """Type `query` (as a reader does, key by key), set the filters and return the results shown."""
    box = page.locator(INPUT)
    box.click()
    if kind:
        page.select_option(".sitrep-search__kind", kind)
    if date_from:
        page.fill(".sitrep-search__from", date_from)
    if date_to:
        page.fill(".sitrep-search__to", date_to)
    box.fill("")
    box.press_sequentially(query, delay=10)
    page.wait_for_function(DONE, arg=query, timeout=SEARCH_TIMEOUT_MS)
    return read_results(page)


def read_results(page: Any) -> list[Result]:
    """The results on screen."""
    return [Result(**{**item, "marks": tuple(item["marks"])}) for item in page.evaluate(_READ)]
