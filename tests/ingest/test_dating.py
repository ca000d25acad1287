"""Which date an article gets, from where, and whether a timeline may trust it."""

from __future__ import annotations

import pytest

from generator.ingest.dates import FoundDate, parse_stamp
from generator.ingest.frontmatter import parse_text_seed
from generator.ingest.plaintext import parse_plain_text
from generator.model import Article

LEAD = "Russian drones struck an apartment block in Kharkiv overnight, the mayor said on Telegram."


@pytest.mark.parametrize(
    ("text", "iso", "origin"),
    [
        (f"Drones Hit Kharkiv Again\nNovember 14, 2024\n{LEAD}\n", "2024-11-14", "dateline"),
        (f"Drones hit Kharkiv again\nby Jane Doe November 14, 2024 10:27 AM\n{LEAD}\n", "2024-11-14", "byline"),
        (f"Russian Offensive Campaign Assessment, November 14, 2024\n{LEAD}\n", "2024-11-14", "text"),
        (f"{LEAD}\nThis report by The Canadian Press was first published April 19, 2022.\n", "2022-04-19", "text"),
        (f"Drones hit Kharkiv\n{LEAD}\nThe war began on 24 February 2022, when Russia invaded.\n", "", "missing"),
        (f"Drones hit Kharkiv\nOn March 3, 2024, the city was hit too. {LEAD}\n", "", "missing"),
        (f"{LEAD}\nTwo years ago, in 2022, the city was nearly surrounded.\n", "", "missing"),
        (f"{LEAD}\nThe city is ready.\n— Mayor (@mayor) November 13, 2024\n", "2024-11-13", "inferred"),
        (f"{LEAD} This report was published on 7 March 2024 after a night of strikes.\n", "2024-03-07", "text"),
    ],
    ids=["date line", "byline", "headline", "first published", "history", "prose", "year only", "post", "self-dated"],
)
def test_date_and_its_provenance(text: str, iso: str, origin: str) -> None:
    parsed = parse_plain_text(text)
    assert ((parsed.date.iso if parsed.date else ""), parsed.provenance["date"]) == (iso, origin)


def test_photo_caption_date_is_not_the_publication_date() -> None:
    caption = "A firefighter works at the site of a strike in Kharkiv, Ukraine, Monday, April 18, 2022."
    parsed = parse_plain_text(
        f"Kharkiv shelled again, officials say\n{caption}\nApril 19, 2022 at 11:52 a.m.\n{LEAD}\n"
    )
    assert parsed.date == FoundDate("2022-04-19", "day")
    assert caption not in [block.text for block in parsed.blocks]


def test_front_matter_title_with_a_date_dates_the_article() -> None:
    text = f"---\ntitle: 'Russian Offensive Campaign Assessment, February 21, 2026 | Critical Threats'\n---\n{LEAD}\n"
    parsed, _ = parse_text_seed(text, markdown=True)
    assert (parsed.date, parsed.provenance["date"]) == (FoundDate("2026-02-21", "day"), "text")


@pytest.mark.parametrize(
    ("line", "iso", "label"),
    [
        ("November 14, 2024, 6:12 AM EST", "2024-11-14", "published"),
        ("Updated 3:45 PM EST, November 14, 2024", "2024-11-14", "updated"),
        ("November 14, 20245:12 AM GMT+2Updated 2 hours ago", "2024-11-14", "published"),
        ("Thu 14 Nov 2024 14.05 GMT", "2024-11-14", "published"),
        ("Last modified on Thu 14 Nov 2024 16.30 GMT", "2024-11-14", "updated"),
        ("Issued on: 14/11/2024 - 10:32 Modified: 14/11/2024 - 12:40", "2024-11-14", "published"),
        ("APRIL 19, 2022 19:11", "2022-04-19", "published"),
        ("Updated: April 19 2022, 8.32pm", "2022-04-19", "updated"),
        ("11/14/2024", "2024-11-14", "published"),
    ],
)
def test_date_stamps(line: str, iso: str, label: str) -> None:
    stamp = parse_stamp(line)
    assert stamp is not None and stamp.date is not None and (stamp.date.iso, stamp.label) == (iso, label)


@pytest.mark.parametrize("line", ["The war began on 24 February 2022.", "Kyiv, 14 November 2024: a day of mourning"])
def test_sentences_with_dates_are_not_stamps(line: str) -> None:
    assert parse_stamp(line) is None


@pytest.mark.parametrize(
    ("date", "origin", "trusted"),
    [
        ("2024-11-14", "front matter", True),
        ("2024-11-14", "dateline", True),
        ("2024-11-14", "byline", True),
        ("2024-11-14", "html metadata", True),
        ("2024-11-14", "feed", True),
        ("2024-11-14", "inferred", False),
        ("", "missing", False),
    ],
)
def test_only_stated_dates_are_trusted(date: str, origin: str, trusted: bool) -> None:
    article = Article(
        id="a", title="t", date=date, date_precision="day" if date else "unknown", source="", author="", url="",
        seed="seeds/a.txt", sha256="0", body="b", paragraphs=(), provenance=(("date", origin),),
    )  # fmt: skip
    assert article.date_trusted is trusted
