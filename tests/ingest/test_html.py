"""Saved web pages: main text and page metadata; navigation, ads and comments dropped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.ingest import IngestResult
from generator.ingest.html import parse_html

Ingest = Callable[[dict[str, str | bytes]], IngestResult]
PAGE = (Path(__file__).parent / "pages" / "kharkiv-power-plant.html").read_bytes()


def test_page_metadata_read_with_provenance() -> None:
    parsed = parse_html(PAGE)
    assert parsed is not None
    assert (parsed.title, parsed.date and parsed.date.iso, parsed.source, parsed.author, parsed.url) == (
        "Russia strikes Kharkiv power plant",
        "2024-03-22",
        "Kyiv Chronicle",
        "Oksana Hrytsenko",
        "https://kyivchronicle.example/news/kharkiv-power-plant",
    )
    assert {parsed.provenance[k] for k in ("title", "date", "source", "author", "url")} == {"html metadata"}


@pytest.mark.parametrize("furniture", ["Subscribe", "Advertisement", "Great article", "All rights reserved", "Home"])
def test_page_furniture_dropped(furniture: str) -> None:
    parsed = parse_html(PAGE)
    assert parsed is not None
    assert not any(furniture in block.text for block in parsed.blocks)


def test_page_headline_is_not_repeated_in_the_body() -> None:
    parsed = parse_html(PAGE)
    assert parsed is not None
    assert parsed.blocks[0].text.startswith("Russian missiles struck a thermal power plant")


def test_page_without_publication_date_stays_undated() -> None:
    page = PAGE.replace(b"2024-03-22T09:15:00+02:00", b"").replace(b"article:published_time", b"x")
    parsed = parse_html(page)
    assert parsed is not None and parsed.date is None and parsed.provenance["date"] == "missing"


@pytest.mark.parametrize("name", ["page.html", "page.HTM"])
def test_html_seed_becomes_an_article(ingest_files: Ingest, name: str) -> None:
    [article] = ingest_files({name: PAGE}).articles
    assert (article.title, article.date, article.seed) == (
        "Russia strikes Kharkiv power plant",
        "2024-03-22",
        f"seeds/{name}",
    )
    assert "Slava Ukraini" not in article.body


@pytest.mark.parametrize(
    "page",
    [b"<html><body><nav>Home News</nav></body></html>", b"<html><body><p>Page not found.</p></body></html>"],
)
def test_page_without_an_article_is_skipped_with_a_reason(ingest_files: Ingest, page: bytes) -> None:
    result = ingest_files({"empty.html": page})
    [outcome] = result.report
    assert outcome.status == "skipped" and outcome.messages
    assert result.articles == ()
