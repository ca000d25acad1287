"""Scraped plain text: headlines, metadata lines, page furniture, tweets and section headings."""

from __future__ import annotations

from functools import cache

import pytest

from generator.ingest.decode import decode_seed
from generator.ingest.plaintext import (
    ParsedSeed,
    is_headline,
    is_section_heading,
    parse_plain_text,
    title_from_lead,
)
from tests.sample import PROJECT_ROOT, SEED_HEADINGS

SEED_000 = "000_1012cfd9d8832902.txt"
SEED_002 = "002_2b7a5c7e930bf94d.txt"
SEED_004 = "004_b489b9662815227a.txt"


@cache
def parsed_seed(name: str) -> ParsedSeed:
    return parse_plain_text(decode_seed((PROJECT_ROOT / "seeds" / name).read_bytes()).text)


def body_of(parsed: ParsedSeed) -> str:
    return "\n\n".join(block.text for block in parsed.blocks)


# --- titles -------------------------------------------------------------------------------------


def test_title_taken_from_headline_after_blog_header() -> None:
    parsed = parsed_seed(SEED_002)
    assert parsed.title == "Ukraine Advances In Kursk, Toretsk As Depleted Russians Retreat, Vs Trump Claims"
    assert parsed.provenance["title"] == "text"


def test_title_inferred_from_lead_when_no_headline() -> None:
    parsed = parsed_seed(SEED_000)
    assert parsed.title == "The United States is pressuring Ukraine to loosen its hold on terrain around Bakhmut"
    assert parsed.provenance["title"] == "inferred"


def test_title_split_from_first_line_at_dash() -> None:
    parsed = parsed_seed(SEED_004)
    assert parsed.title == "Ukraine Makes Significant Gains In Kharkiv"
    assert parsed.provenance["title"] == "text"
    assert parsed.blocks[0].text.startswith("Following a series of victories in southeastern Ukraine")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ukraine Makes Significant Gains In Kharkiv", True),
        ("Ukraine Advances In Kursk, Toretsk As Depleted Russians Retreat, Vs Trump Claims", True),
        ("Zelenskyy Breaks Silence On Kharkiv Counteroffensive", True),
        ("The soldiers were pictured standing on a Russian flag.", False),
        ("Russian forces are making incremental gains around the city", False),
        ("#Ukraine: Some More Assets Captured", False),
        ("@UAWeapons Posts Photos", False),
        ("Ends With A Colon:", False),
        ("X", False),
    ],
)
def test_headline_is_title_case_without_full_stop(line: str, expected: bool) -> None:
    assert is_headline(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Accidental reveal", True),
        ("Gaining Too Much Ground, Too Quickly", True),
        ("Images Paint Picture Of Russian Desertion", True),
        ("Nonetheless, Ganchev painted a picture of Russian resistance.", False),
        ("“Weapons are the way to peace,” he said", False),
        ("lowercase start of a line", False),
        ("A line that is far too long to be a heading because it goes on and on and on and on and on", False),
    ],
)
def test_section_heading_is_a_short_line_without_sentence_punctuation(line: str, expected: bool) -> None:
    assert is_section_heading(line) is expected


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("Short lead sentence. Second sentence follows.", "Short lead sentence"),
        (
            "The United States is pressuring Ukraine to loosen its hold on terrain around Bakhmut as both "
            "Russia and Ukraine are gearing up for spring offensives, according to experts and media reports.",
            "The United States is pressuring Ukraine to loosen its hold on terrain around Bakhmut",
        ),
    ],
)
def test_title_from_lead_cuts_first_sentence(lead: str, title: str) -> None:
    assert title_from_lead(lead) == title


def test_title_from_lead_never_exceeds_a_hundred_characters() -> None:
    lead = " ".join(["Zaporizhzhia"] * 40) + "."
    title = title_from_lead(lead)
    assert len(title) <= 100
    assert title.endswith("…")


# --- metadata lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "field", "value", "provenance"),
    [
        (SEED_000, "source", "Daily Caller News Foundation", "text"),
        (SEED_000, "author", "", "missing"),
        (SEED_002, "author", "David Axe, Jonathan Low", "byline"),
        (SEED_002, "source", "Forbes", "byline"),
        (SEED_004, "author", "Jack Buckby", "text"),
        (SEED_004, "source", "", "missing"),
    ],
)
def test_credits_read_from_bylines_bios_and_notices(seed: str, field: str, value: str, provenance: str) -> None:
    parsed = parsed_seed(seed)
    assert getattr(parsed, field) == value
    assert parsed.provenance[field] == provenance


@pytest.mark.parametrize(
    ("seed", "iso", "provenance"),
    [
        (SEED_000, None, "missing"),
        (SEED_002, "2025-03-02", "dateline"),
        (SEED_004, "2022-09-09", "inferred"),
    ],
)
def test_date_read_from_date_line_or_inferred_from_prose(seed: str, iso: str | None, provenance: str) -> None:
    parsed = parsed_seed(seed)
    assert (parsed.date.iso if parsed.date else None) == iso
    assert parsed.provenance["date"] == provenance


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("By Jane Doe", "Jane Doe", ""),
        ("By Jane Doe, for Kyiv Post", "Jane Doe", "Kyiv Post"),
        ("David Axe reports in Forbes:", "David Axe", "Forbes"),
        ("Mark Galeotti writes for The Spectator:", "Mark Galeotti", "The Spectator"),
    ],
)
def test_byline_becomes_author_and_source_not_body(line: str, author: str, source: str) -> None:
    text = f"A Headline About The Front\n{line}\nThe first paragraph of the article, long enough to be body text.\n"
    parsed = parse_plain_text(text)
    assert (parsed.author, parsed.source) == (author, source)
    assert parsed.provenance["author"] == "byline"
    assert line not in body_of(parsed)


def test_byline_on_first_line_is_not_taken_as_title() -> None:
    parsed = parse_plain_text("By John Smith, for Kyiv Post\nThe first paragraph of the article, long enough.\n")
    assert (parsed.author, parsed.source) == ("John Smith", "Kyiv Post")
    assert "John Smith" not in parsed.title


def test_source_link_line_becomes_url() -> None:
    text = (
        "A Headline About The Front\n"
        "The first paragraph of the article, long enough to be body text.\n"
        "Source: https://example.com/news/front-line\n"
    )
    parsed = parse_plain_text(text)
    assert parsed.url == "https://example.com/news/front-line"
    assert parsed.provenance["url"] == "text"
    assert "example.com" not in body_of(parsed)


# --- page furniture -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "furniture"),
    [
        (SEED_000, "No featured image available"),
        (SEED_000, "All content created by the Daily Caller News Foundation"),
        (SEED_000, "republished"),
        (SEED_002, "A Blog by Jonathan Low"),
        (SEED_002, "Mar 2, 2025"),
        (SEED_002, "David Axe reports in Forbes"),
        (SEED_002, "0 comments:"),
        (SEED_002, "Post a Comment"),
        (SEED_002, "authoritarian designs. JL"),
        (SEED_004, "pic.twitter.com"),
        (SEED_004, "(@UAWeapons)"),
        (SEED_004, "Ukraine Weapons Tracker (@UAWeapons)"),
        (SEED_004, "Jack Buckby is a British author"),
        (SEED_004, "Ukraine Makes Significant Gains In Kharkiv –"),
    ],
)
def test_page_furniture_removed_from_body(seed: str, furniture: str) -> None:
    assert furniture not in body_of(parsed_seed(seed))


@pytest.mark.parametrize(
    ("seed", "first", "last"),
    [
        (
            SEED_000,
            "The United States is pressuring Ukraine to loosen its hold on terrain around Bakhmut",
            "“It’s going to be a bloody spring and summer",
        ),
        (SEED_002, "Despite Trump's false claims and Putin's bravado", "It’s true that Ukraine has struggled"),
        (SEED_004, "Following a series of victories in southeastern Ukraine", "“There are a huge number of Russian"),
    ],
)
def test_body_starts_and_ends_with_the_article_prose(seed: str, first: str, last: str) -> None:
    blocks = parsed_seed(seed).blocks
    assert blocks[0].text.startswith(first)
    assert blocks[-1].text.startswith(last)


@pytest.mark.parametrize(
    "line",
    ["No featured image available", "0 comments:", "3 Comments", "Post a Comment", "Share this article", "Labels: war"],
)
def test_boilerplate_lines_dropped(line: str) -> None:
    parsed = parse_plain_text(f"A Headline About The Front\nThe first paragraph of the article body.\n{line}\n")
    assert line not in body_of(parsed)
    assert "The first paragraph of the article body." in body_of(parsed)


def test_email_placeholder_replaced() -> None:
    parsed = parse_plain_text("A Headline About The Front\nWrite to [email protected] for tips on the story.\n")
    assert "[email protected]" not in body_of(parsed)
    assert "(email address withheld)" in body_of(parsed)


# --- tweets and headings ------------------------------------------------------------------------


def test_tweets_kept_as_quote_paragraphs_with_attribution() -> None:
    quotes = [block for block in parsed_seed(SEED_004).blocks if block.role == "quote"]
    assert [(q.text, q.attribution) for q in quotes] == [
        (
            "#Ukraine: Some more Russian air defence assets captured by Ukrainian forces in #Kharkiv Oblast; "
            "a 2S6M/M1 combat vehicle from the 2K22M/M1 Tunguska anti-aircraft system, and a much older "
            "ZSU-23-4 Shilka SPAAG.",
            "Ukraine Weapons Tracker (@UAWeapons), September 9, 2022",
        ),
        (
            "#Ukraine: Ukrainian SSO (Special Forces) ambushed a Rosgvardiya column in #Kharkiv Oblast. "
            "You can see the result.",
            "Ukraine Weapons Tracker (@UAWeapons), September 9, 2022",
        ),
    ]


@pytest.mark.parametrize(("seed", "headings"), [(name, headings) for name, headings in SEED_HEADINGS.items()])
def test_section_headings_kept_as_heading_paragraphs(seed: str, headings: list[str]) -> None:
    assert [block.text for block in parsed_seed(seed).blocks if block.role == "heading"] == headings


def test_hard_wrapped_paragraphs_joined() -> None:
    text = (
        "A Headline About The Front\n\n"
        "The first paragraph of the article is wrapped\nat a fixed width by the tool that saved it,\n"
        "so its lines must be joined again.\n\n"
        "The second paragraph is wrapped\nin the same way as the first one\nand ends here.\n\n"
        "A third short paragraph\nalso wrapped.\n"
    )
    parsed = parse_plain_text(text)
    assert [block.text for block in parsed.blocks] == [
        "The first paragraph of the article is wrapped at a fixed width by the tool that saved it, "
        "so its lines must be joined again.",
        "The second paragraph is wrapped in the same way as the first one and ends here.",
        "A third short paragraph also wrapped.",
    ]
