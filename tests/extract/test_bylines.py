"""People named by the page's shape: a byline on its own line, an introduced call sign, a nickname
quoted inside a full name; "Sir" is a title. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.support import Extract, entities_of


@pytest.mark.parametrize(
    ("paragraphs", "name", "entity"),
    [
        (
            ("Shelling resumed in Kherson.", "By", "John T Psaropoulos", "Published On 27 Feb 2026"),
            "John T Psaropoulos",
            "person/john-t-psaropoulos",
        ),
        (
            ("Drones hit a depot in Russia", "By", "Marta Kovalenko", "Feb. 23, 2026"),
            "Marta Kovalenko",
            "person/marta-kovalenko",
        ),
        (("By Olha Denysenko", "Kyiv was attacked overnight."), "Olha Denysenko", "person/olha-denysenko"),
        (
            ("Talks on guarantees", "Author: Iryna Bondarchuk", "Before any talks, Kyiv wants guarantees."),
            "Iryna Bondarchuk",
            "person/iryna-bondarchuk",
        ),
        (
            ("Written by Taras Melnychenko", "Kyiv was attacked overnight."),
            "Taras Melnychenko",
            "person/taras-melnychenko",
        ),
    ],
)
def test_a_byline_on_its_own_line_is_a_person(
    extract: Extract, paragraphs: tuple[str, ...], name: str, entity: str
) -> None:
    assert entities_of(extract(*paragraphs), name) == {entity}


@pytest.mark.parametrize(
    ("paragraphs", "surface"),
    [
        (("By", "Kyiv Post"), "Kyiv Post"),
        (("By", "Monday Morning"), "Monday Morning"),
        (("By Tuesday",), "Tuesday"),
        (("Author: Kyiv Post",), "Kyiv Post"),
    ],
)
def test_a_byline_line_that_is_no_name_is_not_a_person(
    extract: Extract, paragraphs: tuple[str, ...], surface: str
) -> None:
    assert not any(m.kind == "person" for m in extract(*paragraphs) if m.text == surface)


def test_a_call_sign_the_text_introduces_is_a_person_and_its_later_uses_follow(extract: Extract) -> None:
    mentions = extract(
        "The battery commander – codenamed Falcon – watched the radar.",
        '"They come in waves," says Falcon. Falcon himself was a teacher.',
    )
    assert [m.entity for m in mentions if m.text == "Falcon"] == ["person/falcon"] * 3


def test_a_nickname_quoted_inside_a_full_name_belongs_to_the_person(extract: Extract) -> None:
    mentions = extract("Drone expert Oleh “Sparrow” Marchenko said on Tuesday that Marchenko's team adapted.")
    assert entities_of(mentions, "Oleh “Sparrow” Marchenko") == {"person/oleh-marchenko"}
    assert entities_of(mentions, "Marchenko") == {"person/oleh-marchenko"}


def test_sir_is_a_title_not_part_of_the_name(extract: Extract) -> None:
    mentions = extract("Prime Minister Sir Keir Starmer said the missiles were British.")
    assert entities_of(mentions, "Keir Starmer") == {"person/keir-starmer"}
    assert not any("Sir" in m.text for m in mentions)


@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        (
            ("# Russia sends paratroopers south", "# Stephen Ramdary", "The Russian army sent units south."),
            "Stephen Ramdary",
        ),
        (("# Russia sends paratroopers south", "# Taylor Daily Press", "The Russian army sent units south."), None),
        (("# Russia sends paratroopers south", "# Breaking News", "The Russian army sent units south."), None),
    ],
)
def test_a_given_name_and_surname_alone_near_the_top_is_the_author(
    extract: Extract, paragraphs: tuple[str, ...], person: str | None
) -> None:
    people = [m.text for m in extract(*paragraphs) if m.kind == "person"]
    assert people == ([person] if person else [])
