"""People named in appointments and lists of nominees, even on the short lines ingest reads as
headings; an office ("Minister for ...") is not an organization. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (("The motion proposes to appoint:", "Bohdan Yarmolenko as Minister of Sports and Youth"), "Bohdan Yarmolenko"),
        (("The motion proposes to appoint:", "Minister for Digital Affairs - Orest Pylypchuk"), "Orest Pylypchuk"),
        (("Parliament voted on the appointment of Zenon Kravets as Minister of Culture.",), "Zenon Kravets"),
        (("The president appointed Lukiian Dmytrenko as the new Ambassador to Chile.",), "Lukiian Dmytrenko"),
    ],
)
def test_a_person_appointed_to_an_office_is_a_person(extract: Extract, paragraphs: tuple[str, ...], name: str) -> None:
    slug = name.lower().replace(" ", "-")
    assert entities_of(extract(*paragraphs), name) == {f"person/{slug}"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Ministers met.", "Foreign Affairs as Minister of Culture"),  # a title, no name
        ("Budget talks", "Energy Security as Head of the list"),
    ],
)
def test_capitalised_words_before_as_office_that_are_no_name_are_no_person(
    extract: Extract, paragraphs: tuple[str, ...]
) -> None:
    assert not any(m.kind == "person" for m in extract(*paragraphs))


def test_an_office_for_a_portfolio_is_not_an_organization(extract: Extract) -> None:
    mentions = extract("The Minister for Strategic Industries spoke in Kyiv.")
    assert not any(m.kind == "organization" and m.text.startswith("Minister") for m in mentions)


def test_a_surname_in_a_headline_before_the_full_name_is_that_person(extract: Extract) -> None:
    mentions = extract(
        "Hordiyenko to leave the ministry",
        "Parliament dismissed Minister of Science Taras Hordiyenko on Friday.",
    )
    assert entities_of(mentions, "Hordiyenko") == {"person/taras-hordiyenko"}


def test_a_full_name_repeated_in_a_heading_is_a_whole_mention(extract: Extract) -> None:
    mentions = extract(
        "# Taras Hordiyenko",
        "Parliament dismissed Minister of Science Taras Hordiyenko on Friday.",
    )
    assert [m.text for m in mentions if m.kind == "person"] == ["Taras Hordiyenko", "Taras Hordiyenko"]
