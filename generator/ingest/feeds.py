"""RSS and Atom feeds (.xml, .rss, .atom), read with feedparser: one article per entry.

Each entry gives its title, link, author and date (as the publisher wrote it, in its own time
zone, not converted to UTC, which could move it to another day); its content (or summary) is HTML
that becomes paragraphs. feedparser is always handed bytes, so it never fetches anything.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from dataclasses import dataclass
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from generator.ingest.dates import FoundDate
from generator.ingest.parsed import ParsedSeed
from generator.ingest.plaintext import parse_plain_text

MAX_FEED_ENTRIES = 1000  # entries read from one feed file; the rest are reported
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre")


@dataclass(frozen=True)
class FeedEntry:
    key: str  # stable within the feed: a hash of the entry's id or link
    parsed: ParsedSeed
    digest: str  # sha256 of what the entry holds, for the extraction cache and duplicates


def html_paragraphs(fragment: str) -> str:
    """An entry's HTML content as one paragraph per line."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment
    blocks = [" ".join(el.text_content().split()) for el in root.iter(*_BLOCKS)]
    text = "\n".join(b for b in blocks if b)
    return text or " ".join(root.text_content().split())


def _entry_date(entry: Any) -> dt.date | None:
    """The date as written ('Thu, 14 Nov 2024 00:30 +0200' is 14 November, not 13 in UTC)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.strip()).date()
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    html = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
    return html_paragraphs(html)


def _entry(entry: Any, outlet: str) -> FeedEntry:
    text = _entry_text(entry)
    parsed = parse_plain_text(text, blocks_by_blank_lines=False)
    link = str(entry.get("link") or "")
    values = {
        "title": " ".join(str(entry.get("title") or "").split()),
        "author": " ".join(str(entry.get("author") or "").split()),
        "source": outlet,
        "url": link if link.startswith(("http://", "https://")) else "",
    }
    for name, value in values.items():
        if value:
            setattr(parsed, name, value)
            parsed.provenance[name] = "feed"
    date = _entry_date(entry)
    if date:
        parsed.date = FoundDate(date.isoformat(), "day")
        parsed.provenance["date"] = "feed"
    identity = str(entry.get("id") or link or values["title"])
    key = hashlib.sha256(identity.encode()).hexdigest()[:12]
    digest = hashlib.sha256("\0".join((identity, values["title"], text)).encode()).hexdigest()
    return FeedEntry(key, parsed, digest)


def parse_feed(data: bytes) -> tuple[list[FeedEntry], list[str]]:
    """Every entry of an RSS/Atom document, in feed order, and warnings about the file."""
    feed = feedparser.parse(data)  # bytes: feedparser never opens a URL or a file
    warnings: list[str] = []
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        return [], [f"no entries in this feed{problem}: check it is an RSS or Atom file"]
    if feed.get("bozo"):
        warnings.append(f"the feed is not well-formed ({feed.bozo_exception}); what could be read was used")
    if len(feed.entries) > MAX_FEED_ENTRIES:
        warnings.append(f"{len(feed.entries)} entries; only the first {MAX_FEED_ENTRIES} were read: split the feed")
    outlet = " ".join(str(feed.feed.get("title") or "").split())
    return [_entry(entry, outlet) for entry in feed.entries[:MAX_FEED_ENTRIES]], warnings
