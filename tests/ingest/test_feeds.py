"""Feeds: one article per entry with its link, date and author; entries already present not repeated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.ingest import IngestResult
from generator.ingest.feeds import html_paragraphs, parse_feed

Ingest = Callable[[dict[str, str | bytes]], IngestResult]
PAGE = (Path(__file__).parent / "pages" / "kharkiv-power-plant.html").read_bytes()
TEXT = "Russian drones hit the port of Odesa overnight, damaging a grain terminal, the governor said on Thursday."


def rss(*items: tuple[str, str, str]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid><pubDate>{date}</pubDate>"
        f"<dc:creator>Jane Doe</dc:creator><description>&lt;p&gt;{TEXT} {title}.&lt;/p&gt;</description></item>"
        for title, link, date in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Kyiv Chronicle</title><link>https://kyivchronicle.example/</link>{entries}</channel></rss>"
    )


ODESA = ("Drones hit Odesa port", "https://kyivchronicle.example/news/odesa", "Thu, 14 Nov 2024 00:30:00 +0200")
KHARKIV = (
    "Russia strikes Kharkiv power plant",
    "https://kyivchronicle.example/news/kharkiv-power-plant",
    "Fri, 22 Mar 2024 09:15:00 +0200",
)
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Front Notes</title>
<entry><title>Pokrovsk under pressure</title><link href="https://notes.example/pokrovsk"/>
<id>tag:notes.example,2024:pokrovsk</id><updated>2024-11-15T23:30:00-05:00</updated>
<author><name>Olena Petrenko</name></author>
<content type="html">&lt;p&gt;{TEXT}&lt;/p&gt;
&lt;p&gt;Second paragraph of the entry, about Pokrovsk.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entry_metadata_from_the_feed() -> None:
    [entry], warnings = parse_feed(rss(ODESA).encode())
    parsed = entry.parsed
    assert (parsed.title, parsed.url, parsed.author, parsed.source) == (
        "Drones hit Odesa port",
        "https://kyivchronicle.example/news/odesa",
        "Jane Doe",
        "Kyiv Chronicle",
    )
    assert parsed.date is not None and parsed.date.iso == "2024-11-14"  # as written, not moved to UTC
    assert {parsed.provenance[k] for k in ("title", "url", "author", "source", "date")} == {"feed"}
    assert warnings == []


def test_atom_entry_paragraphs_and_local_date() -> None:
    [entry], _ = parse_feed(ATOM.encode())
    assert entry.parsed.date is not None and entry.parsed.date.iso == "2024-11-15"
    assert [b.text for b in entry.parsed.blocks] == [TEXT, "Second paragraph of the entry, about Pokrovsk."]
    assert entry.parsed.author == "Olena Petrenko"


@pytest.mark.parametrize("name", ["feed.xml", "feed.rss", "feed.atom"])
def test_feed_seed_yields_one_article_per_entry(ingest_files: Ingest, name: str) -> None:
    result = ingest_files({name: rss(ODESA, KHARKIV)})
    assert sorted(a.title for a in result.articles) == ["Drones hit Odesa port", "Russia strikes Kharkiv power plant"]
    assert all(a.seed.startswith(f"seeds/{name}#") for a in result.articles)
    assert [o.status for o in result.report] == ["built", "built"]


def test_feed_entries_keep_their_labels_when_the_feed_grows(ingest_files: Ingest) -> None:
    before = {a.url: a.seed for a in ingest_files({"feed.xml": rss(ODESA)}).articles}
    after = {a.url: a.seed for a in ingest_files({"feed.xml": rss(KHARKIV, ODESA)}).articles}
    assert after[ODESA[1]] == before[ODESA[1]]


def test_entry_already_saved_as_a_page_is_not_repeated(ingest_files: Ingest) -> None:
    result = ingest_files({"a-feed.xml": rss(ODESA, KHARKIV), "kharkiv.html": PAGE})
    by_url = {a.url: a.seed for a in result.articles}
    assert by_url[KHARKIV[1]] == "seeds/kharkiv.html"  # the full page, not the feed's summary
    duplicate = next(o for o in result.report if o.status == "duplicate")
    assert duplicate.seed.startswith("seeds/a-feed.xml#") and "seeds/kharkiv.html" in duplicate.messages[0]


def test_two_snapshots_of_a_feed_do_not_repeat_entries(ingest_files: Ingest) -> None:
    result = ingest_files({"monday.xml": rss(ODESA), "tuesday.xml": rss(KHARKIV, ODESA)})
    assert len(result.articles) == 2
    assert sum(o.status == "duplicate" for o in result.report) == 1


@pytest.mark.parametrize("data", ["<rss><channel><title>Empty</title></channel></rss>", "not a feed at all"])
def test_feed_without_entries_is_skipped_with_a_reason(ingest_files: Ingest, data: str) -> None:
    [outcome] = ingest_files({"feed.xml": data}).report
    assert outcome.status == "skipped" and "no entries" in outcome.messages[0]


def test_feed_never_fetches_a_url_given_as_content(ingest_files: Ingest) -> None:
    [outcome] = ingest_files({"feed.xml": "http://127.0.0.1:9/feed.xml"}).report
    assert outcome.status == "skipped"


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\nTwo."),
        ("Plain text summary.", "Plain text summary."),
        ("<div>Loose <b>bold</b> text</div>", "Loose bold text"),
        ("<p>Tag <script>alert(1)</script>soup", "Tag alert(1)soup"),
    ],
)
def test_entry_html_to_paragraphs(fragment: str, text: str) -> None:
    assert html_paragraphs(fragment) == text
