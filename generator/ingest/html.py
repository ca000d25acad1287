"""Saved web pages (.html, .htm): main text and metadata with trafilatura (dates by htmldate).

trafilatura drops navigation, ads and comments and reads the title, author, site name, canonical
URL and publication date from the page's metadata (JSON-LD, Open Graph, <meta>, <time>). The main
text then goes through the plain-text parser, so bylines, captions and furniture left inside the
article are handled as in any other seed; what the page's metadata states wins.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from trafilatura import bare_extraction
from trafilatura.settings import use_config

from generator.ingest.dates import FoundDate, parse_front_matter_date
from generator.ingest.parsed import ParsedSeed
from generator.ingest.plaintext import parse_plain_text

MAX_HTML_BYTES = 10 * 1024 * 1024  # the seed limit; trafilatura's own tree limit applies beyond
# Only the page's markup and metadata date it: htmldate's "extensive search" guesses from the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_FROM_PAGE = (("title", "title"), ("author", "author"), ("sitename", "source"), ("url", "url"))


@cache
def _config() -> Any:
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout: deterministic, thread-safe
    return config


def _clean_author(value: str) -> str:
    """trafilatura joins several authors with '; '."""
    names = [name.strip() for name in value.split(";") if name.strip()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def extract_page(data: bytes) -> dict[str, Any] | None:
    """The page's main text and metadata, or None when no article text is found."""
    document = bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
        config=_config(),
    )
    if document is None:
        return None
    result = document if isinstance(document, dict) else document.as_dict()
    return result if (result.get("text") or "").strip() else None


def parse_html(data: bytes) -> ParsedSeed | None:
    """A saved web page to a parsed seed; None when the page holds no article text."""
    page = extract_page(data)
    if page is None:
        return None
    parsed = parse_plain_text(page["text"], blocks_by_blank_lines=False)
    for key, name in _FROM_PAGE:
        value = " ".join(str(page.get(key) or "").split())
        if key == "author":
            value = _clean_author(value)
        if key == "url" and not re.match(r"https?://", value):
            value = ""
        if value:
            setattr(parsed, name, value)
            parsed.provenance[name] = "html metadata"
    while parsed.blocks and " ".join(parsed.blocks[0].text.split()).casefold() == parsed.title.casefold():
        parsed.blocks.pop(0)  # the page's <h1> repeats the title
    found: FoundDate | None = parse_front_matter_date(page.get("date") or "")
    if found and parsed.provenance.get("date") not in ("front matter",):
        parsed.date, parsed.provenance["date"] = found, "html metadata"
    return parsed
