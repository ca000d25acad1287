"""An uncatalogued person's bare surname links to their full name, also in a second spelling that differs
only in y/i/j. Texts written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.new_surnames import surname_spans, yij
from tests.extract.support import Extract


def people(extract: Extract, *paragraphs: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in extract(*paragraphs) if m.kind == "person"]


def test_a_second_spelling_of_a_new_surname_is_the_same_person(extract: Extract) -> None:
    assert people(
        extract,
        "The briefing was given by the department's director Mykola Urshalovych, reports Ukrinform.",
        "According to Urshalovich, gunners destroyed a tank.",
    ) == [("Mykola Urshalovych", "person/mykola-urshalovych"), ("Urshalovich", "person/mykola-urshalovych")]


@pytest.mark.parametrize(
    ("body", "surname", "found"),
    [
        ("Urshalovych and Urshalovich", "Urshalovych", ["Urshalovych", "Urshalovich"]),
        ("Kovalenko and Kovalenka", "Kovalenko", ["Kovalenko"]),  # another letter: another name
        ("Naev and Nayev", "Naev", ["Naev"]),  # short surnames only as written
        ("Urshalovichi", "Urshalovych", []),  # whole words
    ],
)
def test_surname_spans_are_whole_words_as_written_or_in_a_yij_spelling(
    body: str, surname: str, found: list[str]
) -> None:
    assert [body[s:e] for s, e in surname_spans(body, surname)] == found


def test_yij_drops_the_letters_transliterations_differ_in() -> None:
    assert yij("malyar") == yij("maliar") == "malar"
